"""A total paid against the count of its recipients times the rate each received:
"4.215 keluarga penerima manfaat (KPM) ... Masing-masing KPM menerima Rp300.000 per bulan untuk
tiga bulan sekaligus, sehingga total dana yang disalurkan mencapai Rp3.793.500.000"
(4.215 x 300.000 x 3 = 3.793.500.000).

The words are ``grammars/products.yaml``'s: a total is an amount after "total", "seluruhnya";
a rate an amount after "masing-masing KPM menerima", "setiap penerima mendapat", or before
"/KPM", "per orang"; its months "per bulan" after it and "untuk tiga bulan" in its sentence. The
rate and the count stand in the total's paragraph before it, the count's unit of the rate's kind
of recipient (a household's, a person's, a village's, an institution's).

The stated total is judged at the precision it is written with ("Rp45,12 triliun"). It is
consistent where any reading fits: the count times the rate, times the periods named for a rate
per month, week or day (a rate paid once is also read times a duration named beside it). A
mismatch is raised only where one count and one rate are found (with more, which goes with which
is not known), a rate per period names one duration, and a total that is a budget ("total
anggaran") is below the payments (above them, it may hold other costs).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from .. import regex_cache
from ..document import Document
from ..grammar import load_grammar
from ..models import Check, Mention
from .verdict import SEVERITY, value_verdict

# how far before a total its rate and count may stand (a news paragraph), and how far before an
# amount the words that make it a total or a rate are looked for
REACH = 800
CUE_REACH = 80
_PARAGRAPH_BREAK = regex_cache.compile(r"\n[ \t]*\n")
_SENTENCE_END = regex_cache.compile(r"[.!?](?=\s)|\n[ \t]*\n")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    return {p.name: p.compiled for p in load_grammar("products").patterns}


@lru_cache(maxsize=1)
def _unit_kinds() -> dict[str, frozenset[str]]:
    """Each recipient word (lower case) -> the kinds of recipient it may name."""
    out: dict[str, set[str]] = {}
    for kind, words in (load_grammar("products").vocabulary or {})["recipient_units"].items():
        for w in words:
            out.setdefault(" ".join(w.lower().split()), set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


def _kinds(unit: Optional[str]) -> frozenset[str]:
    return _unit_kinds().get(" ".join((unit or "").lower().split()), frozenset())


def _count_of(word: str) -> int:
    if word.isdigit():
        return int(word)
    return int((load_grammar("products").vocabulary or {})["period_counts"][" ".join(word.lower().split())])


# how many of a rate's periods (the key) a duration's unit holds: a year is 12 months, 52 weeks,
# and 360 or 365 days (both are read)
_PERIODS_IN = {("bulan", "tahun"): (12,), ("minggu", "tahun"): (52,), ("hari", "tahun"): (360, 365)}


class _Rate:
    def __init__(self, mention: Mention, unit: str, period: Optional[str]):
        self.mention = mention
        self.kinds = _kinds(unit)
        self.period = period  # "bulan" for a rate per month; None for a rate paid once


def _rate(doc: Document, m: Mention) -> Optional[_Rate]:
    """The amount as a rate per recipient, where the words around it make it one."""
    p = _patterns()
    before = p["rate_before"].search(doc.text, max(0, m.start - CUE_REACH), m.start)
    after = doc.text[m.end:m.end + 40]
    unit = before.group("unit") if before else None
    if unit is None:
        a = p["rate_after"].match(after)
        unit = a.group("unit") if a else None
    if unit is None:
        return None
    per = p["per_period"].match(after)
    return _Rate(m, unit, per.group("period").lower() if per else None)


def _sentence(text: str, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around offset ``at`` within [lo, hi)."""
    a = lo
    for e in _SENTENCE_END.finditer(text, lo, at):
        a = e.end()
    e = _SENTENCE_END.search(text, at, hi)
    return a, e.start() if e else hi


def _durations(doc: Document, spans: list[tuple[int, int]]) -> set[tuple[int, str]]:
    """How long a rate is paid, as the spans' words say: (how many, of which period)."""
    out = set()
    for a, b in spans:
        for m in _patterns()["duration"].finditer(doc.text, a, b):
            out.add((1, "tahun") if m.group("year") else (_count_of(m.group("n")), m.group("period").lower()))
    return out


def _multipliers(rate: _Rate, durations: set[tuple[int, str]]) -> tuple[list[int], int]:
    """The numbers of the rate's periods the durations name (none for a rate paid once), and how
    many of the durations name them (a year read as 360 and as 365 days is one)."""
    if rate.period is None:
        return [], 0
    out, named = set(), 0
    for n, unit in durations:
        if unit == rate.period:
            out.add(n)
            named += 1
        elif (rate.period, unit) in _PERIODS_IN:
            out.update(n * k for k in _PERIODS_IN[rate.period, unit])
            named += 1
    return sorted(out), named


def _rupiah(x: Decimal) -> str:
    """1234567.5 -> "1.234.568": the report's own way of writing an amount."""
    return f"{x:,.0f}".replace(",", ".")


def check_products(doc: Document, mentions: list[Mention]) -> list[Check]:
    """One check for each total that follows a count and a rate per recipient in its paragraph."""
    amounts = [m for m in mentions if m.kind == "amount" and m.value]
    counts = [m for m in mentions if m.kind == "count" and m.value]
    if not amounts or not counts:
        return []
    total_before = _patterns()["total_before"]
    out: list[Check] = []
    for total in amounts:
        cue = total_before.search(doc.text, max(0, total.start - CUE_REACH), total.start)
        if not cue:
            continue
        lo = max(0, total.start - REACH)
        for b in _PARAGRAPH_BREAK.finditer(doc.text, lo, total.start):
            lo = b.end()
        rates = [r for r in (_rate(doc, m) for m in amounts if lo <= m.start and m.end <= total.start) if r is not None]
        if not rates:
            continue
        budget = bool(_patterns()["budget_total"].search(cue.group(0)))
        c = _judge(doc, total, rates, [m for m in counts if lo <= m.start and m.end <= total.start], budget)
        if c is not None:
            out.append(c)
    return out


def _judge(doc: Document, total: Mention, rates: list[_Rate], counts: list[Mention], budget: bool) -> Optional[Check]:
    """The readings of the total (count x rate x number of periods), judged as the docstring of
    the module says. ``budget``: the total is a budget ("total anggaran"), which may hold other
    costs than the payments: only one below them is a mismatch."""
    readings: list[tuple[Mention, _Rate, int]] = []  # (count, rate, times)
    sure: list[bool] = []  # may a reading that misses raise a mismatch?
    total_sentence = _sentence(doc.text, total.start, max(0, total.start - REACH), min(len(doc.text), total.end + 200))
    for r in rates:
        of_its_kind = [m for m in counts if _kinds(m.unit) & r.kinds]
        rate_sentence = _sentence(doc.text, r.mention.start, max(0, r.mention.start - REACH), total.end)
        durations = _durations(doc, [rate_sentence, total_sentence])
        times, named = _multipliers(r, durations)
        for count in of_its_kind:
            if r.period is None:
                # paid once; where a duration is named, the rate may still be per period of it
                readings += [(count, r, 1)] + [(count, r, n) for n, _ in sorted(durations) if n > 1]
                sure.append(True)
            else:
                # per period: as many as the one duration named says; where none is named, only a
                # total of one period is known (the total may be of any number of them), and where
                # several are, which one is not: no mismatch
                readings += [(count, r, n) for n in times] or [(count, r, 1)]
                sure.append(named == 1)
    if not readings:
        return None
    scale = Decimal(str(total.scale or 1))
    stated = Decimal(str(total.raw_value if total.raw_value is not None else total.value))
    decimals = total.decimals or 0

    def expected(reading: tuple[Mention, _Rate, int]) -> Decimal:
        count, r, times = reading
        return Decimal(str(count.value)) * Decimal(str(r.mention.value)) * times

    fits = [x for x in readings if value_verdict(stated, decimals, expected(x) / scale) != "mismatch"]
    pairs = {(id(count), id(r)) for count, r, _ in readings}
    if fits:
        reading = fits[0]
        verdict = value_verdict(stated, decimals, expected(reading) / scale)
    elif len(pairs) == 1 and all(sure) and not (budget and stated * scale > max(expected(x) for x in readings)):
        reading = readings[0]  # one count, one rate: paid once, or for the one duration named
        verdict = "mismatch"
    else:
        return None  # several counts or rates, none fitting, or periods not known: no alarm
    count, r, times = reading
    value = expected(reading)
    start = min(count.start, r.mention.start)
    per = f" x {times} ({r.period})" if times > 1 and r.period else (f" x {times}" if times > 1 else "")
    message = (f"{verdict}: total {total.text!r} = {count.text!r} x {r.mention.text!r}{per} = "
               f"{_rupiah(value)}, stated {_rupiah(stated * scale)}")
    operands = {"count": float(count.value), "rate": float(r.mention.value)}  # type: ignore[arg-type]
    if times > 1:
        operands["periods"] = float(times)
    return Check(check="count_times_rate", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=float(total.value), expected=float(value), operands=operands,  # type: ignore[arg-type]
                 quote=doc.text[start:total.end], start=start, end=total.end, page=doc.page_at(start),
                 message=message)
