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
from ..models import Activity, Check, Mention, Program, Table
from .verdict import SEVERITY

_FIGURES = {"pagu": "pagu", "realisasi": "realisation"}


def check_program_sums(doc: Document, programs: list[Program], mentions: list[Mention],
                       tables: list[Table]) -> list[Check]:
    """One check per program figure (pagu, realisasi) whose kegiatan in the prose each state theirs."""
    written = {m.start: m for m in mentions if m.kind == "amount"}
    out: list[Check] = []
    for p in programs:
        acts = p.activities
        if len(acts) < 2 or any(_in_a_table(a, tables) for a in acts):
            continue
        for field, what in _FIGURES.items():
            check = _judge(doc, p, acts, field, what, written)
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


def _judge(doc: Document, p: Program, acts: list[Activity], field: str, what: str,
           written: dict[int, Mention]) -> Optional[Check]:
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
    elif expected > Decimal(repr(stated)) or (p.stated_activity_count == len(acts)) \
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
