"""A program's budget against the budgets of its kegiatan, where the prose lists them.

"1. Program A, pagu Rp 1.245.600.000 ..., melalui kegiatan: - B, Rp 412.000.000; - C, Rp
586.600.000; - D, Rp 247.000.000": the program's pagu is the sum of its kegiatan's (and its
realisation the sum of theirs, where each is given). Tables are judged row by row in
:mod:`kesos_extract.audit.tables`; this is the same check for the lists and sentences of a report.

A list of kegiatan may name only some of them ("antara lain"), so a sum short of the program's
figure is a slip only where the text says how many kegiatan the program has and lists that many,
or where the two figures differ as a slip of the pen does (two digits swapped, one digit
wrong). Kegiatan adding up to more than their program is always a slip.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from .. import regex_cache
from ..document import Document
from ..numbers import parse_number
from ..errors import MalformedNumberError
from ..models import Activity, Check, Mention, Program, Table
from .verdict import SEVERITY, percent_verdict

_FIGURES = {"pagu": "pagu", "realisasi": "realisation"}


def check_program_sums(doc: Document, programs: list[Program], mentions: list[Mention],
                       tables: list[Table]) -> list[Check]:
    """One check per program figure (pagu, realisasi) whose kegiatan in the prose each state theirs."""
    written = {m.start: m for m in mentions if m.kind == "amount"}
    out: list[Check] = []
    for p in programs:
        acts = p.activities
        tabled = [a for a in acts if _in_a_table(a, tables)]
        if len(acts) < 2 or tabled and (_figures_in_a_table(p, tables) or not _tables_under(p, tabled, tables)):
            continue  # (a budget table's rows: the table's checks sum them)
        for field, what in _FIGURES.items():
            check = _judge(doc, p, acts, field, what, written,
                           complete=len(tabled) == len(acts))
            if check is not None:
                out.append(check)
    return out


# words that make an amount a total over the programs: "total anggaran", "jumlah pagu", "secara
# keseluruhan", "keempat program", "seluruh program" (in its sentence, before it)
_TOTAL_BEFORE = regex_cache.compile(r"\b(?:total|totalnya|jumlah|keseluruhan|seluruh|(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan))"
                                    r"(?:\s+program)?)\b(?:[^.;\n]|(?<=\d)\.(?=\d)|(?<=\bRp)\.){0,120}$", regex.I)


def check_program_totals(doc: Document, programs: list[Program], mentions: list[Mention],
                         tables: list[Table]) -> list[Check]:
    """A total the prose states over the programs ("dengan total anggaran sebesar Rp W dan
    realisasi Rp R") against the sum of the programs' own figures: consistent where it is their
    sum, a slip where it differs from the sum as a miswritten figure does. A total that is
    neither may be of more than the programs listed (an agency's whole budget): no check."""
    if len(programs) < 2:
        return []
    own = {getattr(p.budget, f"{f}_span").start for p in programs for f in _FIGURES
           if getattr(p.budget, f"{f}_span") is not None}
    out: list[Check] = []
    for field, what in _FIGURES.items():
        values = [getattr(p.budget, field) for p in programs]
        # a program without figures (a national scheme run in the region, PKH) may be left out
        # of a total that is the others' sum; a slip is told only where every program has its figure
        complete = all(v is not None for v in values)
        values = [v for v in values if v is not None]
        if len(values) < 2:
            continue
        expected = sum((Decimal(repr(v)) for v in values), Decimal(0))
        for m in mentions:
            if m.kind != "amount" or m.value is None or m.start in own or any(t.start <= m.start < t.end for t in tables):
                continue
            if not _TOTAL_BEFORE.search(doc.text, max(0, m.start - 140), m.start):
                continue
            stated = Decimal(repr(m.value))
            lo, hi = _bounds(stated, m)
            if lo <= expected <= hi:
                verdict = "consistent"
            elif complete and _slip_of_the_pen(stated, expected):
                verdict = "mismatch"
            else:
                continue
            message = (f"{verdict}: the total {m.text} ({what}) against the sum of the {len(values)} programs' "
                       f"{what} = {_fmt(expected)}")
            out.append(Check(check="program_sum", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                             stated=float(m.value), expected=float(expected), operands={"parts": float(len(values))},
                             quote=m.text, start=m.start, end=m.end, page=doc.page_at(m.start), message=message))
    return out


def _in_a_table(a: Activity, tables: list[Table]) -> bool:
    return any(t.start <= a.start < t.end for t in tables)


def _figures_in_a_table(p: Program, tables: list[Table]) -> bool:
    """Are the program's own figures a table's (or has it none)? A program whose pagu and
    realisasi are lines of their own above a table of its kegiatan ("Pagu: Rp ..." / "Realisasi:
    Rp ..." / "Nama Kegiatan | ...") is summed here: no table holds both."""
    spans = [s for s in (p.budget.pagu_span, p.budget.realisasi_span) if s is not None]
    return not spans or any(t.start <= s.start < t.end for t in tables for s in spans)


def _tables_under(p: Program, acts: list[Activity], tables: list[Table]) -> bool:
    """Do the tables that hold the kegiatan lie under the program, inside its own part of the text
    (not a table elsewhere that restates them)?"""
    return all(p.start <= t.start < p.end for t in tables if any(t.start <= a.start < t.end for a in acts))


def check_row_percents(doc: Document, programs: list[Program], mentions: list[Mention], tables: list[Table],
                       judged: frozenset[int]) -> list[Check]:
    """A kegiatan's table row whose name cell holds its figures ("A Pagu: Rp X Realisasi: Rp Y" |
    "98,05"): the percentage cell against realisasi / pagu, where no column of the table names
    them and so no check of the table's judged it."""
    percents = {m.start: m.decimals for m in mentions if m.kind == "percentage" and m.decimals is not None}
    out: list[Check] = []
    for p in programs:
        for a in p.activities:
            b = a.budget
            if b.pagu is None or b.realisasi is None or b.percent is None or not b.pagu or b.percent_span is None \
                    or b.pagu_span is None or b.realisasi_span is None or b.percent_span.start in judged:
                continue
            row = _row_holding(tables, b.percent_span.start)
            cell = None if row is None else next((c for c in row if c.start is not None and c.end is not None
                                                  and c.start <= b.pagu_span.start < c.end), None)
            if cell is None or not (cell.start <= b.realisasi_span.start < cell.end) or cell.start <= b.percent_span.start < cell.end:
                continue  # (figures in columns of their own are the table's checks; none beyond the row)
            raw = doc.text[b.percent_span.start:b.percent_span.end]
            decimals = percents.get(b.percent_span.start, _decimals_of(raw))
            if decimals is None:
                continue
            expected = Decimal(repr(b.realisasi)) * 100 / Decimal(repr(b.pagu))
            verdict = percent_verdict(Decimal(repr(b.percent)), decimals, expected)
            message = (f"{verdict}: {a.name[:70]!r} realisation % = realisation / budget = "
                       f"{doc.text[b.realisasi_span.start:b.realisasi_span.end]} / "
                       f"{doc.text[b.pagu_span.start:b.pagu_span.end]} = {_fmt(expected)}%, stated {raw}")
            out.append(Check(check="budget_percent", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                             stated=b.percent, expected=float(round(expected, 4)),
                             operands={"numerator": b.realisasi, "denominator": b.pagu},
                             quote=raw, start=b.percent_span.start, end=b.percent_span.end,
                             page=doc.page_at(b.percent_span.start), message=message))
    return out


def _decimals_of(cell: str) -> Optional[int]:
    """The decimals of a percentage cell written without its sign ("99,05")."""
    try:
        return parse_number(cell.strip().rstrip("%").strip()).decimals
    except MalformedNumberError:
        return None


def _row_holding(tables: list[Table], pos: int) -> Optional[list]:
    for t in tables:
        if t.start <= pos < t.end:
            return next((row for row in t.rows if any(c.start is not None and c.end is not None and c.start <= pos < c.end
                                                      for c in row)), None)
    return None


def _judge(doc: Document, p: Program, acts: list[Activity], field: str, what: str,
           written: dict[int, Mention], complete: bool = False) -> Optional[Check]:
    """The program's figure against its kegiatan's sum. A sum short of it is a slip only where
    the kegiatan are all of the program's: as many as the text says it has, or a table of them
    (``complete``); a list in the prose may name only some."""
    stated, span = getattr(p.budget, field), getattr(p.budget, f"{field}_span")
    parts = [(getattr(a.budget, field), getattr(a.budget, f"{field}_span")) for a in acts]
    if stated is None or span is None or any(v is None or s is None for v, s in parts):
        return None
    if any(s.start == span.start for _, s in parts):
        return None  # the program's figure read as a kegiatan's too: no sum to judge
    lo, hi = _bounds(Decimal(repr(stated)), written.get(span.start))
    total_lo = total_hi = Decimal(0)
    for v, s in parts:
        a_lo, a_hi = _bounds(Decimal(repr(v)), written.get(s.start))  # type: ignore[union-attr]
        total_lo, total_hi = total_lo + a_lo, total_hi + a_hi
    expected = sum((Decimal(repr(v)) for v, _ in parts), Decimal(0))
    if total_lo <= hi and lo <= total_hi:
        verdict = "consistent"
    elif expected > Decimal(repr(stated)) or complete or (p.stated_activity_count == len(acts)) \
            or _slip_of_the_pen(Decimal(repr(stated)), expected):
        verdict = "mismatch"
    else:
        return None  # short of the program's figure: the list may name only some of its kegiatan
    raw = doc.text[span.start:span.end]
    listed = "; ".join(f"{a.name[:50]} {doc.text[s.start:s.end]}" for a, (_, s) in zip(acts, parts))  # type: ignore[union-attr]
    message = (f"{verdict}: {p.name[:70]!r} ({what}) = sum of its {len(acts)} activities = {_fmt(expected)}, "
               f"stated {raw} ({listed})")
    return Check(check="program_sum", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=float(stated), expected=float(expected), operands={"parts": float(len(acts))},
                 quote=raw, start=span.start, end=span.end, page=doc.page_at(span.start), message=message)


def _bounds(value: Decimal, mention: Optional[Mention]) -> tuple[Decimal, Decimal]:
    """The values an amount written rounded stands for ("Rp 1,25 miliar": 1,245 to 1,255 miliar)."""
    if mention is None or mention.scale <= 1 or mention.decimals is None:
        return value, value
    half = Decimal(1).scaleb(-mention.decimals) / 2 * Decimal(repr(mention.scale))
    return value - half, value + half


def _slip_of_the_pen(a: Decimal, b: Decimal) -> bool:
    """Do two amounts differ as a miswritten one does: the same digits with two of them swapped,
    or one digit wrong?"""
    x, y = str(int(a)), str(int(b))
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _fmt(x: Decimal) -> str:
    return f"{int(x):,}".replace(",", ".") if x == int(x) else f"{x:,.2f}"
