"""Mentions: every amount, percentage, count and target in a text, with value and evidence.

Find, then resolve (as Recognizers-Text does): the grammar patterns find spans, and
:func:`resolve` turns a match's named groups (``number``, ``scale``, ``words``, ``unit``) into a
value. Overlapping finds are settled by pattern priority, then length: "dari target 67 orsos"
is one target, not a target and a count.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from . import regex_cache
from .errors import MalformedNumberError
from .grammar import GrammarFile, Pattern, load_grammar
from .intervals import DisjointSpans
from .models import Mention
from .numbers import NumberKind, parse_number, repair_figures
from .words import parse_words, parse_words_decimal

MENTION_GRAMMARS = ("amounts", "targets", "percentages", "counts")
_KIND_HINT: dict[str, NumberKind] = {"amount": "amount", "percentage": "percent", "count": "count", "target": "count"}


@dataclass
class Found:
    """A match before it becomes a :class:`Mention`: pattern, span and the resolved value."""

    pattern: Pattern
    match: regex.Match
    kind: str
    value: Optional[Decimal]
    raw_value: Optional[Decimal]
    decimals: Optional[int]
    scale: Decimal
    unit: Optional[str]
    words_value: Optional[int | Decimal]  # a Decimal for a percentage in words with decimals
    problem: Optional[str] = None
    # the span where it differs from the match's: widened to a figure repaired by OCR clean-up
    span: Optional[tuple[int, int]] = None

    @property
    def start(self) -> int:
        return self.span[0] if self.span else self.match.start()

    @property
    def end(self) -> int:
        return self.span[1] if self.span else self.match.end()


@lru_cache(maxsize=1)
def _unit_map() -> dict[str, str]:
    vocab = load_grammar("counts").vocabulary or {}
    return {k.lower(): v for k, v in vocab["units"].items()}


@lru_cache(maxsize=1)
def _scale_map() -> dict[str, int]:
    vocab = load_grammar("scales").vocabulary or {}
    return {k.lower(): int(v) for k, v in vocab["scale_words"].items()}


def canonical_unit(surface: Optional[str]) -> Optional[str]:
    """``"Jiwa"`` → ``"jiwa"``, ``"org"`` → ``"orang"``; None for an unknown word."""
    if not surface:
        return None
    return _unit_map().get(" ".join(surface.lower().split()))


def scale_of_word(word: Optional[str]) -> int:
    if not word:
        return 1
    return _scale_map().get(word.lower(), 1)


def resolve(pattern: Pattern, m: regex.Match) -> Found:
    """Give a match its value: number × scale, unit, and the words reading where present."""
    kind = pattern.kind or "count"
    groups = m.groupdict()
    problem = None
    value = raw = None
    decimals = None
    scale = Decimal(scale_of_word(groups.get("scale"))) * Decimal(str(pattern.scale or 1))
    if groups.get("number"):
        try:
            hint = _KIND_HINT.get(kind, "any")
            # a percentage split by OCR ("95 , 77 %") is read without its spaces
            number = "".join(groups["number"].split()) if kind == "percentage" else groups["number"]
            # before a scale word a comma is a decimal mark, for money and counts alike
            # ("Rp 19,790 miliar", "1,2 juta jiwa")
            parsed = parse_number(number, kind="scaled" if groups.get("scale") and hint in ("amount", "count") else hint)
            raw, decimals = parsed.value, parsed.decimals
            value = raw * scale
        except MalformedNumberError as e:
            problem = e.reason
    if value is not None and groups.get("number2"):
        # "Rp 12 milyar 500 juta": the second part under a smaller scale word is added
        scale2 = Decimal(scale_of_word(groups.get("scale2")))
        try:
            part = parse_number(groups["number2"], kind="scaled").value * scale2
        except MalformedNumberError as e:
            part, problem = None, e.reason
        if part is not None and part < scale:
            value += part
            raw = value / scale
        else:  # "Rp 500 juta 2 miliar" is no one amount: the first part stands
            problem = problem or "the second part is not below the first scale word"
    words_value = None
    if groups.get("words"):
        try:
            # a percentage in words may have decimals ("dua belas koma lima persen")
            words_value = parse_words_decimal(groups["words"]) if kind == "percentage" else parse_words(groups["words"])
        except MalformedNumberError:
            words_value = None
    if value is None and kind in ("percentage", "amount", "count", "target") and words_value is not None and not groups.get("number"):
        # a percentage, an amount or a count in words alone ("lima puluh persen", "lima ratus juta
        # rupiah", "seribu paket")
        value = raw = Decimal(words_value)
        decimals = max(0, -value.as_tuple().exponent)
    unit = pattern.unit or canonical_unit(groups.get("unit") or groups.get("unit2"))
    return Found(pattern, m, kind, value, raw, decimals, scale, unit, words_value, problem)


def find_all(text: str, grammars: tuple[str, ...] = MENTION_GRAMMARS,
             pos: int = 0, endpos: Optional[int] = None) -> list[Found]:
    """Every match of every pattern, overlapping ones included."""
    out: list[Found] = []
    for name in grammars:
        g: GrammarFile = load_grammar(name)
        for p in g.patterns:
            for m in p.finditer(text, pos, endpos):
                if m.end() > m.start():
                    out.append(resolve(p, m))
    return out


def _rank(f: Found) -> tuple[int, int, int]:
    return (-f.pattern.priority, -(f.end - f.start), f.start)


def select(found: list[Found]) -> list[Found]:
    """Keep the best of overlapping finds: higher priority first, then the longer span.

    The choice is made within each run of finds that overlap one another (a find is kept or not
    only because of those it overlaps), so a long report costs time in proportion to its finds."""
    keep: list[Found] = []
    group: list[Found] = []
    group_end = -1
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if group and f.start >= group_end:
            keep += _best_of(group)
            group = []
        group.append(f)
        group_end = max(group_end, f.end) if len(group) > 1 else f.end
    keep += _best_of(group)
    return sorted(keep, key=lambda f: f.start)


def _best_of(group: list[Found]) -> list[Found]:
    if len(group) <= 1:
        return list(group)
    taken = DisjointSpans()
    out = []
    for f in sorted(group, key=_rank):
        if not taken.overlaps(f.start, f.end):
            taken.add(f.start, f.end)
            out.append(f)
    return out


_ONE = 1.0


def to_mention(f: Found, page: Optional[int] = None, text: Optional[str] = None) -> Mention:
    """``text`` is the text as written, where the finds were made in its repaired copy."""
    value = None if f.value is None else float(f.value)
    return Mention(
        kind=f.kind,  # type: ignore[arg-type]
        value=value,
        unit=f.unit,
        text=f.match.group(0) if text is None else text[f.start:f.end],
        start=f.start,
        end=f.end,
        page=page,
        # one float object where the values are one (a float is 24 bytes; most mentions are
        # unscaled, and their raw value is their value)
        scale=_ONE if f.scale == 1 else float(f.scale),
        raw_value=None if f.raw_value is None else value if f.raw_value == f.value else float(f.raw_value),
        decimals=f.decimals,
        words_value=None if f.words_value is None else float(f.words_value),
        grammar=_grammar_label(f.pattern),
    )


@lru_cache(maxsize=None)
def _pattern_owner() -> dict[int, str]:
    return {id(p): name for name in MENTION_GRAMMARS for p in load_grammar(name).patterns}


def _grammar_file(p: Pattern) -> str:
    return _pattern_owner().get(id(p), "?")


@lru_cache(maxsize=None)
def _pattern_labels() -> dict[int, str]:
    return {id(p): f"{name}:{p.name}" for name in MENTION_GRAMMARS for p in load_grammar(name).patterns}


def _grammar_label(p: Pattern) -> str:
    """"file:pattern", one string a pattern for all its mentions (a long report has thousands)."""
    label = _pattern_labels().get(id(p))
    return label if label is not None else f"{_grammar_file(p)}:{p.name}"


def extract_mentions(text: str, *, page_at=None) -> list[Mention]:
    """All mentions of ``text``, in order. ``page_at(offset)`` gives pages where known.

    >>> [m.value for m in extract_mentions("pagu Rp. 2.270.000.000,00 terealisasi 98,67%")]
    [2270000000.0, 98.67]
    """
    # a malformed number is kept only where it claims to be money (an auditor wants to see it);
    # "1.1.5 Program" is an outline number, not a count
    # figures damaged by OCR or a copy ("Rp l.250.000.000", "1OO%", "Rp 1.250.\n000.000") are
    # read in a repaired copy of the same length; the mentions keep the text as written
    repaired, regions = repair_figures(text)
    found = select(_widened(find_all(repaired), regions)) if regions else select(find_all(text))
    found = [f for f in found if f.value is not None or f.kind == "amount"]
    return [to_mention(f, page_at(f.start) if page_at else None, text) for f in found]


def _widened(found: list[Found], regions: tuple[tuple[int, int], ...]) -> list[Found]:
    """Finds that start or end inside a repaired figure take in the whole figure (the line break
    moved after a broken figure belongs to it)."""
    for f in found:
        start, end = f.start, f.end
        for rs, re_ in regions:
            if rs < start < re_:
                start = rs
            if rs < end < re_:
                end = re_
        if (start, end) != (f.start, f.end):
            f.span = (start, end)
    return found


# what stands before a number that is a year, a date part or a reference, not a quantity
# (the label of a numbered thing too: "pernyataan 1 sebesar 80 persen", "butir 3", "Gambar 2")
_NOT_A_QUANTITY_BEFORE = regex_cache.compile(r"(?:tahun|th|thn|ta|s/d|sampai|hingga|-|–|/|no|nomor|pasal|bab|tabel|ke)\.?\s*$|"
                                       r"(?<!\w)(?:pernyataan|pertanyaan|item|butir|soal|gambar|grafik|lampiran|ayat|"
                                       r"huruf|halaman|hal)\.?\s*$|"
                                       # an indicator's or a goal's number: "realisasi IKU 1 sebesar 64,12%",
                                       # "Sasaran 2", "Misi 3", "Triwulan 4"
                                       r"(?<!\w)(?:IKU|IKK|IKD|IKP|IKSS|sasaran|tujuan|misi|indikator|triwulan|semester|"
                                       r"TW|tahap|prioritas)\s*$", regex.I)


# a range's dash and its second end: "20 - 30", "41 s/d 50" (then a word of time: an age range)
_RANGE_TO = regex_cache.compile(r"[ ]{0,2}(?:-|–|s/d|s\.d\.?|sampai|hingga)[ ]{0,2}\d{1,3}(?![\d.,]\d)", regex.I)


@lru_cache(maxsize=1)
def _duration_after() -> regex.Pattern:
    """A word of time right after a number ("60 tahun", "12 bulan"): ``duration_words`` in counts.yaml."""
    words = sorted((load_grammar("counts").vocabulary or {})["duration_words"], key=len, reverse=True)
    return regex_cache.compile(r"[ ]{0,2}(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.I)


# the day of a date: "Senin (3/6/2024)", "(13/2)" after a day's name; the month after "/" is left
# out by _NOT_A_QUANTITY_BEFORE, the year as a year
_DATE_AFTER = regex_cache.compile(r"\s*/\s*\d{1,2}\s*/\s*(?:19|20)?\d\d(?!\d)")
_DAY_MONTH_AFTER = regex_cache.compile(r"\s*/\s*\d{1,2}\s*\)")
_DAY_NAME_BEFORE = regex_cache.compile(r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*\(\s*$", regex.I)
# a space before a decimal separator, then the decimals and a percent sign: what OCR makes of
# "95,77 %" ("95 , 77 %", "95 ,77%"; percentages.yaml reads them whole)
_SPLIT_PERCENT_AFTER = regex_cache.compile(r"[ ]+[,.][ ]*\d{1,2}[ ]*(?:%|persen\b)", regex.I)


@lru_cache(maxsize=1)
def _number_re() -> regex.Pattern:
    from .grammar import compile_pattern

    return compile_pattern("{{number}}", where="numbers.yaml:number")


# what follows an item's number at the start of a line ("9)", "(9)", "9.", then a space)
_ITEM_NUMBER_AFTER = regex_cache.compile(r"[.)][ \t]")


def _is_item_number(text: str, start: int, end: int) -> bool:
    """Does the number open a numbered item: first on its line (after spaces or "("), then ")" or
    "." and a space?"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t(") and bool(_ITEM_NUMBER_AFTER.match(text, end))


# a number inside a document's identifier: after letters and a dot or slash ("PMK.07", "HUK/12"),
# or before a slash and letters or a year ("134/PMK", "07/2022")
_IDENTIFIER_BEFORE = regex_cache.compile(r"\p{L}[./]$")
_IDENTIFIER_AFTER = regex_cache.compile(r"/(?:\p{L}|(?:19|20)\d\d(?!\d))")


# a multiplication sign beside a number: a factor of a formula written out ("x 100", "2 x 4,20")
_TIMES_BEFORE = regex_cache.compile(r"(?<![\p{L}\d])[x×*][ \t]*$")
_TIMES_AFTER = regex_cache.compile(r"[ \t]*[x×*](?![\p{L}\d])")


def bare_numbers(text: str, start: int, end: int, taken: DisjointSpans) -> list[Mention]:
    """Numbers without a unit between two offsets ("menjangkau 560 atau 93,33%", "1.250 dari
    5.000 PMKS"), as counts: operands for the claim finders, never listed as mentions. Numbers
    inside ``taken`` (the mentions' spans), years and references ("Tahun 2019", "No. 5") are left out."""
    out = []
    text = repair_figures(text)[0]  # "1.25O" read as the figure it is, as extract_mentions does
    for m in _number_re().finditer(text, start, end):
        if taken.contains(m.start()) or _NOT_A_QUANTITY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _DATE_AFTER.match(text, m.end()) or (_DAY_MONTH_AFTER.match(text, m.end())
                                                 and _DAY_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "Senin (3/6/2024)": a date's day, no count
        if _SPLIT_PERCENT_AFTER.match(text, m.end()):
            continue  # "( 95 , 77 % )": the whole part of a percentage split by OCR, not a count
        if _duration_after().match(text, m.end()):
            continue  # "usia 60 tahun ke atas", "selama 12 bulan": an age or a span of time
        if (r := _RANGE_TO.match(text, m.end())) and _duration_after().match(text, r.end()):
            continue  # "20 - 30 tahun", "41 s/d 50 tahun": the first end of an age range
        if _is_item_number(text, m.start(), m.end()):
            continue  # "9) Terlaksananya ... 100 anak dan 80 korban": the list's numbering, no quantity
        if _IDENTIFIER_BEFORE.search(text, max(0, m.start() - 2), m.start()) or _IDENTIFIER_AFTER.match(text, m.end()):
            continue  # "PMK Nomor 134/PMK.07/2022": a part of a regulation's number, no quantity
        if _TIMES_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _TIMES_AFTER.match(text, m.end()):
            continue  # "(2 x 4,20 - 3,90) / 4,20 x 100 = 107,14%": a formula's factor, no count
        try:
            parsed = parse_number(m.group(0), kind="count")
        except MalformedNumberError:
            continue
        if 1900 <= parsed.value <= 2100 and "." not in m.group(0) and "," not in m.group(0):
            continue
        out.append(Mention(kind="count", value=float(parsed.value), text=m.group(0), start=m.start(), end=m.end(),
                           decimals=parsed.decimals, grammar="numbers.yaml:number"))
    return out
