"""Budget tables whose rows were flattened to lines of text, read from the program rows already
found in them (structure.py's "flat" and "code" items) and from the header above them.

A PDF or a document site (123dok, vdokumen, scribd) gives a Renja's or an LKPJ's "Program /
Kegiatan | Pagu | Realisasi | %" table as lines::

    No Program/Kegiatan Pagu (Rp) Realisasi (Rp) %
    1 2 3 4 5
    1 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota 4.210.500.000
    3.998.725.300 94,97
    1 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah 85.000.000
    ...

The rows' figures say nothing of their roles; the header does. A row's figures are given roles
only where the header names every column after the row's name, each with a role it has once
(``grammars/tables.yaml``, ``vocabulary.flat_budget_header``: budget, realisation, remaining,
percent, or a column of another kind such as "Prakiraan Maju"), and where the row has as many
figures as those columns. A header naming a column of a kind this does not know, or two budgets
(a Renstra's five years of "target Rp"), gives no roles: no figure gets a role by guess.

The table is made of the program rows and the rows under each (numbered kegiatan, or codes that
extend the program's code), each row's figures in the header's columns, the urusan's row over
the programs where it stands between the header and the first program, and a total row
("Jumlah") right after the last; the audit then judges it as any other budget table (row
percentages, remaining amounts, program = sum of its kegiatan, the total). A program whose
rows under it do not all read so gives none of them: a sum over part of them would be a false
alarm.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from . import regex_cache
from .document import Document
from .grammar import load_grammar
from .models import Cell, Table
from .structure import _Candidate, flat_row
from .tables import stated_scale, type_cell

_HEADER_LOOKBACK = 8  # lines above a table's first program row where its header may stand
_ROW_REACH = 40  # lines after a program row where the rows under it may stand
_MAX_HEADER_LINE = 200
_AMOUNT = regex_cache.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])")  # a row's money, not a page number
_FURNITURE_LINES = 4  # lines between two rows that are no row: a page's running title, number, repeated header

# a figure of a row: an amount, a decimal, a whole number, a percentage, or a dash for none
_FIGURE = regex_cache.compile(r"(?:Rp\.?\s*)?[-+]?\d[\d.,]*%?|[-–—](?=\s|$)")
# a row under a program row: its number or its code, then its name
# (a cell a line: the name on the line after its number)
_ROW_OPENING = regex_cache.compile(r"(?m)^[ \t]*(?P<mark>\d{1,2}(?:[. ]\d{1,2}){0,3}(?:\.\d{1,4}){0,3}\.?|[IVX]{1,4})"
                             r"(?:[ \t]+|[ \t]*\n[ \t]*)(?=\p{L})")
_FIGURES_LINE = regex_cache.compile(r"[ \t]*(?:(?:Rp\.?\s*)?[-+]?\d[\d.,]*%?|[-–—])(?:[ \t]+(?:(?:Rp\.?\s*)?[-+]?\d[\d.,]*%?|[-–—]))*[ \t]*")
_ROW_NUMBER_LINE = regex_cache.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[ \t]*")  # the next row's number, a cell a line
_TOTAL_LINE = regex_cache.compile(r"(?m)^[ \t]*(?P<label>(?:jumlah|total)(?:[ \t]+(?:total|keseluruhan|urusan|program|anggaran|"
                            r"belanja(?:[ \t]+langsung)?))?)[ \t]*:?(?:[ \t]+|[ \t]*\n[ \t]*)(?=[\dR])", regex.I)


@dataclass(frozen=True)
class _Roles:
    """The figure columns a header names, in order ("budget", "realisation", "remaining",
    "percent", "other"), its labels, and the text it spans (for the table's scale)."""

    roles: tuple[str, ...]
    labels: tuple[str, ...]
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _vocab() -> dict[str, regex.Pattern]:
    v = (load_grammar("tables").vocabulary or {})["flat_budget_header"]
    out = {k: regex.compile(v[k], regex.I) for k in ("opening", "qualifier", "percent_qualifier")}
    out["columns"] = regex.compile("|".join(f"(?P<{role}>{source})" for role, source in v["columns"].items()), regex.I)
    out["name_words"] = regex.compile(v["name_words"], regex.I)
    return out


def header_roles(line: str) -> Optional[tuple[list[str], list[str]]]:
    """The roles and labels of the figure columns a header line names, or None where it opens with
    no column of the rows' names or numbers, names a column of no known kind, or names no budget
    or two: "No Program/Kegiatan Pagu (Rp) Realisasi (Rp) %" gives budget, realisation, percent."""
    v = _vocab()
    opening = v["opening"].match(line)
    if opening is None:
        return None
    pos, roles, labels = opening.end(), [], []
    after_label = False  # the last thing read was a column's label, no qualifier of it yet
    while pos < len(line):
        gap = regex.match(r"\s+", line[pos:])
        if gap:
            pos += gap.end()
            continue
        if roles and (m := v["percent_qualifier"].match(line, pos)):
            if after_label:  # "Realisasi (%)": the column is a percentage
                roles[-1] = "percent"
            pos, after_label = m.end(), False
            continue
        if (m := v["qualifier"].match(line, pos)):
            pos, after_label = m.end(), False
            continue
        m = v["columns"].match(line, pos)
        if m is not None:
            roles.append(m.lastgroup)
            labels.append(m.group())
            pos, after_label = m.end(), True
            continue
        if not roles and (m := v["name_words"].match(line, pos)):
            pos = m.end()  # the name column's words ("Program dan Kegiatan", "Urusan/Bidang Urusan")
            continue
        return None
    if roles.count("budget") != 1 or any(roles.count(r) > 1 for r in ("realisation", "remaining", "percent")):
        return None
    return roles, labels


def _header_above(text: str, at: int) -> Optional[_Roles]:
    """The budget header in the few lines above offset ``at`` (its lines under it that only
    qualify its labels, "(Rp 000) (Rp 000) (%)", go with it), or its labels a line each right
    above the row ("No" / "Program/Kegiatan" / "Pagu (Rp)" / "Realisasi (Rp)" / "%")."""
    pos = at
    for _ in range(_HEADER_LOOKBACK):
        if pos <= 0:
            return None
        s = text.rfind("\n", 0, pos - 1) + 1
        line = text[s:pos - 1] if pos - 1 >= s else ""
        pos = s
        if len(line) > _MAX_HEADER_LINE:
            return None
        got = header_roles(line.strip())
        if got is None and pos < at:
            # a header line wrapped in the middle of a label ("... Pagu Indikatif (Rp) Prakiraan"
            # / "Maju (Rp)"): it reads with the lines under it
            wrapped = _wrapped_header(text, s, s + len(line) + 1, at, 0)
            if wrapped is not None:
                return wrapped
        if got is None:
            stacked = text[s:at].split()
            got = header_roles(" ".join(stacked)) if len(text[s:at]) <= _MAX_HEADER_LINE else None
            if got is not None:
                end = at - 1 if text[at - 1:at] == "\n" else at
                return _Roles(tuple(got[0]), tuple(got[1]), s, end, text[s:end])
            continue
        # the lines after it up to ``at``: qualifiers and column numbers only, or rows
        end = s + len(line)
        nxt = end + 1
        while nxt < at:
            e = text.find("\n", nxt)
            e = len(text) if e < 0 else e
            if not _only_qualifiers(text[nxt:e]):
                break
            end, nxt = e, e + 1
        # a header wrapped over lines ("... Pagu Anggaran 2022 (Rp)" / "Realisasi 2022 (Rp)
        # Capaian (%)"): the lines under it, up to the row or up to the urusan's row over the
        # programs ("(Rp) Prakiraan Maju (Rp)" / "1 06 URUSAN ... 6.945.000.000"), name its
        # other columns
        wider = _wrapped_header(text, s, nxt, at, len(got[0]))
        if wider is not None:
            return wider
        return _Roles(tuple(got[0]), tuple(got[1]), s, end, text[s:end])
    return None


_HEADER_WRAPS = 3  # lines under a header line that may hold the rest of its labels


def _wrapped_header(text: str, s: int, nxt: int, at: int, columns: int) -> Optional[_Roles]:
    """The header starting at offset ``s`` read with the lines after its first (from ``nxt``)
    where they name more columns than its first line (``columns``), the most lines that read
    as one header (never past ``at``, the first program row); None where none does."""
    best: Optional[_Roles] = None
    end = nxt - 1
    for _ in range(_HEADER_WRAPS):
        if end + 1 >= at:
            break
        e = text.find("\n", end + 1)
        end = min(at - 1 if text[at - 1:at] == "\n" else at, len(text) if e < 0 else e)
        if end - s > _MAX_HEADER_LINE:
            break
        wider = header_roles(" ".join(text[s:end].split()))
        if wider is not None and len(wider[0]) > max(columns, len(best.roles) if best else 0):
            best = _Roles(tuple(wider[0]), tuple(wider[1]), s, end, text[s:end])
    return best


def _only_qualifiers(line: str) -> bool:
    """Is the line the rest of a header: labels' qualifiers ("(Rp) (Rp) (%)", "(Rp 000)")?"""
    v = _vocab()
    pos, seen = 0, False
    while pos < len(line):
        gap = regex.match(r"\s+", line[pos:])
        if gap:
            pos += gap.end()
            continue
        m = v["percent_qualifier"].match(line, pos) or v["qualifier"].match(line, pos)
        if m is None:
            return False
        pos, seen = m.end(), True
    return seen


def _figures(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _FIGURE.finditer(text, start, end)]


def _row_at(text: str, name_start: int, mark: str, mark_start: int, roles: _Roles,
            strict: bool) -> Optional[tuple[list[Cell], int]]:
    """The cells of the row whose name starts at ``name_start`` (its mark first, then its name,
    then its figures in the header's columns) and the row's end; None where its figures are not
    one for each column."""
    row = flat_row(text, name_start, strict=strict)
    if row is None:
        return None
    name, name_end, end = row
    figures = _figures(text, name_end, end)
    while len(figures) < len(roles.roles):  # a cell a line: the row's other figures on the lines after
        nxt = text.find("\n", end + 1)
        line = text[end + 1:nxt if nxt >= 0 else len(text)]
        if end >= len(text) or not _FIGURES_LINE.fullmatch(line) or _ROW_NUMBER_LINE.fullmatch(line):
            break
        end = nxt if nxt >= 0 else len(text)
        figures = _figures(text, name_end, end)
    if len(figures) != len(roles.roles) or not name:
        return None
    cells = [Cell(text=mark, start=mark_start, end=mark_start + len(mark)),
             Cell(text=name, start=name_start, end=name_end)]
    for (raw, s, e), role in zip(figures, roles.roles):
        v = type_cell(raw, percent=role == "percent")
        unit = "%" if role == "percent" and v.value is not None else ("IDR" if v.value is not None and role in (
            "budget", "realisation", "remaining") else None)
        cells.append(Cell(text=raw, value=None if v.value is None else float(v.value), unit=unit, start=s, end=e))
    return cells, end


def _under(mark: str, program_mark: str, code: bool, count: int) -> bool:
    """Is a row marked ``mark`` one under the program marked ``program_mark``: the next number
    of the count from 1, or a code that extends the program's?"""
    if code:
        return mark.rstrip(".").startswith(program_mark.rstrip(".")) and len(mark.rstrip(".")) > len(program_mark.rstrip("."))
    return mark.rstrip(".") == str(count + 1)


def _program_rows(text: str, item: _Candidate, stop: int, roles: _Roles, next_program: bool
                  ) -> Optional[tuple[list[list[Cell]], int]]:
    """The program's row and the rows under it (all of them read, or none), and where they end.
    A line of figures between two of its rows, or between its last row and the next program's
    (``next_program``: ``stop`` is that row's start), is a row not read (its number lost): the
    rows under it are then not all there, and none is given."""
    head = _row_at(text, _name_start(text, item), item.label, item.start, roles, strict=True)
    if head is None:
        return None
    rows, end = [head[0]], head[1]
    code = item.delim == "code"
    under: list[list[Cell]] = []
    whole = True
    for m in _ROW_OPENING.finditer(text, end, stop):
        if m.start() < end:
            continue
        if sum(1 for line in text[end:m.start()].splitlines() if line.strip()) > _FURNITURE_LINES:
            break  # past the table: prose, or another table
        mark = m.group("mark")
        if not _under(mark, item.label, code, len(under)):
            break
        row = _row_at(text, m.end(), mark, m.start("mark"), roles, strict=False)
        if row is None or _AMOUNT.search(text, end, m.start()):
            whole = False
            break
        under.append(row[0])
        end = row[1]
    if next_program and _AMOUNT.search(text, end, stop) or not next_program and _unread_row_after(text, end):
        whole = False
    return (rows + under if whole else rows), end


def _unread_row_after(text: str, end: int) -> bool:
    """Is the line after the last row read a row of figures that is no total (a kegiatan whose
    number was lost)?"""
    s = text.find("\n", end)
    while 0 <= s < len(text) and not text[s + 1:text.find("\n", s + 1) if text.find("\n", s + 1) >= 0 else len(text)].strip():
        s = text.find("\n", s + 1)
    if s < 0:
        return False
    e = text.find("\n", s + 1)
    line = text[s + 1:e if e >= 0 else len(text)]
    return bool(_AMOUNT.search(line)) and not _TOTAL_LINE.match(line) and not _ROW_OPENING.match(line)


def _name_start(text: str, item: _Candidate) -> int:
    """Where the program row's name starts, after its number or code."""
    pos = item.start + len(item.label)
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _total_after(text: str, end: int, roles: _Roles) -> Optional[list[Cell]]:
    """A total row ("Jumlah 5.181.050.000 ...") on the line after the table's last row."""
    nxt = text.find("\n", end)
    if nxt < 0:
        return None
    m = _TOTAL_LINE.match(text, nxt + 1)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    figures = _figures(text, m.end(), line_end)
    while len(figures) < len(roles.roles) and line_end < len(text):  # a cell a line
        nxt = text.find("\n", line_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if not _FIGURES_LINE.fullmatch(text, line_end + 1, nxt):
            break
        line_end = nxt
        figures = _figures(text, m.end(), line_end)
    if len(figures) != len(roles.roles) or " ".join(text[m.end():line_end].split()) != " ".join(f[0] for f in figures):
        return None
    cells = [Cell(text="", start=m.start("label"), end=m.start("label")),
             Cell(text=m.group("label"), start=m.start("label"), end=m.end("label"))]
    for (raw, s, e), role in zip(figures, roles.roles):
        v = type_cell(raw, percent=role == "percent")
        cells.append(Cell(text=raw, value=None if v.value is None else float(v.value),
                          unit="%" if role == "percent" else "IDR", start=s, end=e))
    return cells


def flat_budget_tables(doc: Document, items: list[_Candidate]) -> list[Table]:
    """The budget tables that the program list's flattened rows stand in, one per header."""
    text = doc.text
    flat = [it for it in items if it.table is None and (it.delim.startswith("flat") or it.delim == "code")]
    out: list[Table] = []
    k = 0
    while k < len(flat):
        roles = _header_above(text, _line_start(text, flat[k].start))
        if roles is None:
            k += 1
            continue
        group = [flat[k]]
        while k + len(group) < len(flat) and _same_header(text, flat[k + len(group)], roles):
            group.append(flat[k + len(group)])
        k += len(group)
        scale = stated_scale(roles.text, _caption_above(text, roles.start))
        rows: list[list[Cell]] = []
        end = roles.end
        urusan = _urusan_row(text, roles, group[0].start)
        if urusan is not None:
            rows.append(urusan)
        for n, item in enumerate(group):
            stop = group[n + 1].start if n + 1 < len(group) else _reach(text, item.start)
            got = _program_rows(text, item, stop, roles, n + 1 < len(group))
            if got is None:
                continue
            rows += got[0]
            end = got[1]
        if not rows:
            continue
        totals = []
        total = _total_after(text, end, roles)
        if total is not None:
            totals.append(len(rows))
            rows.append(total)
            end = max(c.end or end for c in total)
        first = "Kode" if group[0].delim == "code" else "No"
        header = [first, "Program/Kegiatan", *(label if role != "percent" or "%" in label else f"{label} (%)"
                                               for role, label in zip(roles.roles, roles.labels))]
        out.append(Table(caption=None, page=doc.page_at(roles.start), start=roles.start, end=end, scale=float(scale),
                         header=header, rows=rows, total_rows=totals))
    return out


# the row of the urusan over the programs ("I Urusan Pemerintahan Bidang Sosial 9.875.400.000 ...",
# "1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL ...")
_URUSAN_ROW = regex_cache.compile(r"(?m)^[ \t]*(?P<mark>[IVX]{1,4}|\d{1,2}(?:[. ]\d{2})?)[ \t]+(?=urusan\b)", regex.I)


def _urusan_row(text: str, roles: _Roles, first: int) -> Optional[list[Cell]]:
    """The urusan's row between the header and the first program row, with a figure in each
    column (the audit checks it against the programs under it)."""
    m = _URUSAN_ROW.search(text, roles.end, first)
    if m is None:
        return None
    row = _row_at(text, m.end(), m.group("mark"), m.start("mark"), roles, strict=True)
    return row[0] if row is not None and row[1] <= first else None


def _same_header(text: str, item: _Candidate, roles: _Roles) -> bool:
    """Does the row stand under the same header: none in the lines above it, or the header
    repeated after a page break?"""
    above = _header_above(text, _line_start(text, item.start))
    return above is None or above.roles == roles.roles


_CAPTION_LINES = 3


def _caption_above(text: str, at: int) -> str:
    """The lines above a header, where a caption states the table's scale ("(dalam ribuan rupiah)")."""
    s = at
    for _ in range(_CAPTION_LINES):
        s = text.rfind("\n", 0, max(s - 1, 0)) + 1 if s > 0 else 0
    return text[s:at]


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _reach(text: str, start: int) -> int:
    pos = start
    for _ in range(_ROW_REACH):
        nxt = text.find("\n", pos + 1)
        if nxt < 0:
            return len(text)
        pos = nxt
    return pos
