"""A total stated with the parts it is made of listed right after it: "Anggaran Dinas Sosial tahun
2024 sebesar Rp 25.400.000.000 yang terdiri atas belanja pegawai Rp 8.200.000.000, belanja barang
dan jasa Rp 15.100.000.000, dan belanja modal Rp 2.100.000.000" (8,2 + 15,1 + 2,1 = 25,4 miliar).

The words are ``grammars/breakdowns.yaml``'s: "terdiri atas", "dengan rincian", "terbagi
menjadi" right after the total's figure open a list that names every part. The parts are the
figures of the total's kind (money, or counts of the same thing) up to the sentence's end, or,
after a colon and a line break, up to the end of the list's lines. Nothing is judged where the
words say the list names only some parts ("antara lain", "di antaranya"), where a part is a rate
("masing-masing", "per KPM"), where figures of another kind stand among the parts (which of them
add up is then not known), or where fewer than two parts are listed. Figures written rounded
("Rp 30 miliar") are judged at their precision: the total is consistent where some values the
parts and the total stand for agree.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterator
import regex

from .. import regex_cache
from ..document import Document
from ..evidence import bounds
from ..grammar import load_grammar
from ..mentions import canonical_unit
from ..models import Check, Mention
from ..ratios import mention_operand
from .verdict import SEVERITY

# a sentence's end, and the end of a list laid out over lines (a blank line, or a line that is no
# item of it: one that opens with no number, letter or bullet and holds no figure)
_SENTENCE_END = regex_cache.compile(r"[.!?](?<!\bRp\.)(?<!\bNo\.)(?=\s)|\n[ \t]*\n", regex.I)
_LIST_END = regex_cache.compile(r"\n[ \t]*\n")
_LINE_AFTER_COLON = regex_cache.compile(r":[ \t]*\n")
# a line opening as a list's item: a bullet, or a number or letter with its full stop or bracket
_ITEM_OPENING = regex_cache.compile(
    r"[ \t]*(?:(?P<bullet>[-\u2022*\u2013])[ \t]*(?:(?:(?P<number>[0-9]{1,2})|(?P<letter>[a-z]))(?P<close>[.)])[ \t])?"
    r"|(?:(?P<number>[0-9]{1,2})|(?P<letter>[a-z]))(?P<close>[.)])[ \t])", regex.I)
# lines of prose, none opening as an item, after which a list's items are taken to have ended
_PROSE_AFTER_ITEMS = 3


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    grammar = load_grammar("breakdowns")
    return {p.name: p.compiled for p in grammar.patterns}


def check_breakdowns(doc: Document, mentions: list[Mention]) -> list[Check]:
    """One check for each total whose parts are listed right after it."""
    figures = [m for m in mentions if m.kind in ("amount", "count") and m.value]
    opening = _patterns()["breakdown_opening"]
    out: list[Check] = []
    for i, total in enumerate(figures):
        m = opening.match(doc.text, total.end)
        if m is None:
            continue
        end = _list_end(doc.text, m.end())
        listed = [f for f in figures[i + 1:] if f.start < end]
        parts = [f for f in listed if _same_kind(total, f)]
        if len(parts) < 2 or len(parts) != len(listed):
            # a list over lines whose end no blank line marks (a PDF's lines pasted as paragraphs
            # lose it): the parts are the figures of the item lines
            check = _judge_item_lines(doc, figures, i, m)
            if check is not None:
                out.append(check)
            continue  # one part is no breakdown; figures of another kind leave the sum open
        if _patterns()["not_every_part"].search(doc.text, m.end(), parts[-1].end):
            continue
        # the whole broken down may be another figure of the sentence than the one right before
        # the words ("Realisasi Rp768.250.000 atau 91,46% dari anggaran Rp840.000.000, terdiri
        # dari ... Rp553.250.000 dan ... Rp215.000.000": the realisation's parts)
        lo = _sentence_start(doc.text, total.start)
        wholes = [f for f in figures[:i + 1] if f.start >= lo and _same_kind(total, f)]
        fitting = [w for w in reversed(wholes) if _fits(w, parts)]
        if fitting:
            out.append(_judge(doc, fitting[0], parts, m.group(0).strip(" ,:")))
        elif len(wholes) == 1:
            out.append(_judge(doc, total, parts, m.group(0).strip(" ,:")))
    return out


def _judge_item_lines(doc: Document, figures: list[Mention], i: int, m: regex.Match) -> Check | None:
    """A breakdown listed over lines, one item a line ("- a. 8 (delapan) orang ...", "- b. 35 ...")
    where the list's end is not marked: the parts are the figures from the colon to the end of the
    last item's line, one at least on each item line and all of the total's kind. Where the list
    ends is then a reading, so the check is made only where the parts add up to the total: a sum
    that does not may be a list read too short, and no mismatch is raised on it."""
    text, total = doc.text, figures[i]
    if not _LINE_AFTER_COLON.match(text, m.end() - 1):
        return None
    items, _ = _item_lines(text, m.end())
    if len(items) < 2:
        return None
    end = items[-1][1]
    listed = [f for f in figures[i + 1:] if f.start < end]
    parts = [f for f in listed if _same_kind(total, f)]
    if len(parts) != len(listed) or len(parts) < 2:
        return None
    if any(not any(lo <= p.start < hi for p in parts) for lo, hi in items):
        return None  # an item whose figure is on a line after its own: where the list ends is unsure
    if _patterns()["not_every_part"].search(text, m.end(), end) or not _fits(total, parts):
        return None
    return _judge(doc, total, parts, m.group(0).strip(" ,:"))


def _item_lines(text: str, start: int, prose_limit: int | None = _PROSE_AFTER_ITEMS) -> tuple[list[tuple[int, int]], int | None]:
    """The spans of the lines opening as items after ``start`` (a colon's line break), each marked
    as the first is ("- a.", "- b."; "1)", "2)"), up to a blank line, a run of ``prose_limit``
    prose lines, or a line marked otherwise (the next list's item), whose offset is returned too."""
    items: list[tuple[int, int]] = []
    shape = None
    prose = 0
    at = text.find("\n", start) + 1
    while 0 < at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if not line.strip():
            break
        item = _ITEM_OPENING.match(line)
        if item:
            marked = _marker_shape(item)
            if shape is not None and marked != shape:
                return items, at
            shape = marked
            items.append((at, end))
            prose = 0
        elif not items:
            break
        else:
            prose += 1
            if prose_limit is not None and prose >= prose_limit:
                break
        at = end + 1
    return items, None


def _marker_shape(item: regex.Match) -> tuple[bool, str, str]:
    """How an item is marked: with a bullet or not, by a number, a letter or neither, closed by a
    full stop or a bracket."""
    kind = "number" if item.group("number") else "letter" if item.group("letter") else ""
    return bool(item.group("bullet")), kind, item.group("close") or ""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts."""
    start = 0
    for e in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        start = e.end()
    return start


def _fits(total: Mention, parts: list[Mention]) -> bool:
    """Do the parts add up to the total, at the precision the figures are written with?"""
    t_lo, t_hi = bounds(mention_operand(total))
    spans = [bounds(mention_operand(p)) for p in parts]
    return sum((lo for lo, _ in spans), Decimal(0)) <= t_hi and t_lo <= sum((hi for _, hi in spans), Decimal(0))


def _list_end(text: str, start: int) -> int:
    """Where the parts' list ends: the sentence's end, or a list over lines after a colon ends at
    a blank line (its items may end with full stops) or at a line marked as another list's item
    ("a.", "b." then "1.")."""
    if _LINE_AFTER_COLON.match(text, start - 1) or text[start:start + 1] == "\n":
        e = _LIST_END.search(text, start)
        _, other_list = _item_lines(text, start, prose_limit=None)
        return min(e.start() if e else len(text), other_list if other_list is not None else len(text))
    e = _SENTENCE_END.search(text, start)
    return e.start() if e else len(text)


def _same_kind(total: Mention, part: Mention) -> bool:
    """Money with money; a count with counts of its unit."""
    if total.kind != part.kind:
        return False
    return total.kind == "amount" or canonical_unit(total.unit) == canonical_unit(part.unit)


def _judge(doc: Document, total: Mention, parts: list[Mention], opening: str) -> Check:
    exact = sum((mention_operand(p).value for p in parts), Decimal(0))
    verdict = "consistent" if _fits(total, parts) else "mismatch"
    start, end = total.start, parts[-1].end
    unit = "" if total.kind == "amount" else f" {total.unit}"
    listed = " + ".join(p.text for p in parts)
    message = (f"{verdict}: the total {total.text!r} against the sum of the {len(parts)} parts listed after "
               f"{opening!r}: {listed} = {_fmt(exact)}{unit}")
    if verdict == "consistent" and exact != mention_operand(total).value:
        message += " (within the precision the figures are written with)"
    return Check(check="parts_total", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=float(total.value or 0), expected=float(exact),
                 operands={"total": float(total.value or 0), "sum_of_parts": float(exact), "parts": float(len(parts))},
                 quote=doc.text[start:end], start=start, end=end, page=doc.page_at(start), message=message)


def _fmt(x: Decimal) -> str:
    """25400000000 -> "25.400.000.000": the report's own way of writing a figure."""
    return f"{x:,.0f}".replace(",", ".") if x == x.to_integral_value() else f"{x:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


# --- a list of lines and the total after it --------------------------------------------------------

# a line that states the total of the lines above it: "TOTAL hari ini: 612 KPM", "JUMLAH: 193 KK /
# beras 1.930 kg", "Total penerima 1.245 jiwa"
_TOTAL_LINE = regex_cache.compile(r"[^\p{L}\d]*(?:total|jumlah|jml)\b", regex.I)
_MIN_LISTED = 3  # lines a list needs before its total is judged
_LINES_BETWEEN = 3  # lines between the list and its total (a pending item, a blank line)


def check_totals_after_lists(doc: Document, mentions: list[Mention]) -> list[Check]:
    """A list laid over lines, one item a line with its figures ("✅ Desa Gamtala: 86 KPM", "Desa
    Bena: 45 KK – beras 450 kg"), and the total a line after it states ("TOTAL hari ini: 612 KPM",
    "JUMLAH: 193 KK / beras 1.930 kg"), as situation reports and posts write them: each figure of
    the total against the sum of the items' figures of its unit. The items are three lines at least,
    one after the other, each with the figures of the total's units in the same order; a table's
    rows (tabs, pipes, a table block) are the table checks'."""
    text = doc.text
    tables = sorted((b.start, b.end) for b in doc.blocks if b.kind == "table")
    figures = [m for m in mentions if m.kind in ("amount", "count") and m.value is not None]
    lines = list(_lines_with_figures(text, figures, tables))
    out: list[Check] = []
    for k, (ls, le, figs) in enumerate(lines):
        if not _TOTAL_LINE.match(text, ls, le):
            continue
        units = [_unit_key(f) for f in figs]
        items: list[list[Mention]] = []
        after = ls  # the start of the line after the last item taken
        for ps, pe, pfigs in reversed(lines[:k]):
            between = text.count("\n", pe, after) - 1  # lines without figures between
            if [_unit_key(f) for f in pfigs] != units or _TOTAL_LINE.match(text, ps, pe) or \
                    between > (0 if items else _LINES_BETWEEN):
                break
            items.append(pfigs)
            after = ps
        if len(items) < _MIN_LISTED:
            continue
        items.reverse()
        for n, total in enumerate(figs):
            out.append(_judge_listed(doc, total, [item[n] for item in items]))
    return out


def _unit_key(m: Mention) -> str:
    return "IDR" if m.kind == "amount" else (canonical_unit(m.unit) or "")


def _lines_with_figures(text: str, figures: list[Mention], tables: list[tuple[int, int]]
                        ) -> Iterator[tuple[int, int, list[Mention]]]:
    """The lines that hold figures (no table's row: tabs, pipes, a table block), each with its
    figures in order: (start, end, figures)."""
    k = 0
    t = 0
    while k < len(figures):
        ls = text.rfind("\n", 0, figures[k].start) + 1
        le = text.find("\n", figures[k].start)
        le = len(text) if le < 0 else le
        on = []
        while k < len(figures) and figures[k].start < le:
            if figures[k].end <= le:
                on.append(figures[k])
            k += 1
        while t < len(tables) and tables[t][1] <= ls:
            t += 1
        in_table = t < len(tables) and tables[t][0] <= ls < tables[t][1]
        line = text[ls:le]
        if not in_table and "\t" not in line and "|" not in line:
            yield ls, le, on


def _judge_listed(doc: Document, total: Mention, parts: list[Mention]) -> Check:
    exact = sum((mention_operand(p).value for p in parts), Decimal(0))
    verdict = "consistent" if _fits(total, parts) else "mismatch"
    start, end = parts[0].start, total.end
    unit = "" if total.kind == "amount" else f" {total.unit}"
    message = (f"{verdict}: the total {total.text!r} against the sum of the {len(parts)} lines listed above it: "
               f"{' + '.join(p.text for p in parts)} = {_fmt(exact)}{unit}")
    return Check(check="parts_total", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=float(total.value or 0), expected=float(exact),
                 operands={"total": float(total.value or 0), "sum_of_parts": float(exact), "parts": float(len(parts))},
                 quote=doc.text[start:end], start=start, end=end, page=doc.page_at(start), message=message)
