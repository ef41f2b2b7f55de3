"""Stated percentages in prose: budget (realisasi / pagu), target (achieved / target), share.

The claims come from :func:`kesos_extract.claims.find_claims`; here each one is judged by the
rule of :mod:`.verdict`, with three refinements an auditor expects:

- an operand written rounded ("Rp 25,57 miliar") stands for every value that rounds to it; the
  claim is consistent when any of them gives the stated percentage;
- an achievement above 100% reported as exactly 100% is ``capped``, not a mismatch;
- an indicator's achievement ("target capaian X, realisasi Y, prosentase Z") may be one where
  lower is better, computed as (target - (realisation - target)) / target; where the words say
  the indicator is one ("indikator negatif", "semakin kecil ... semakin baik", "yang belum
  tertangani": claims.yaml ``lower_is_better``), target / realisation too, and a slip is judged
  by the first;
- a mismatch that one operand a thousand times off would explain stays a mismatch, and the
  message names the probable typo ("Rp. 611.000,-" for Rp. 611.000.000);
- a percentage written as a bound ("lebih dari 90 persen", "di bawah 80 persen", "hampir 100
  persen": ``bound_words`` in ``grammars/claims.yaml``) is consistent when the ratio is on its side.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from .. import regex_cache
from ..claims import RatioClaim
from ..ratios import Operand
from ..evidence import bounds, lower_is_better_at, vocabulary, written_bounds
from ..grammar import load_grammar
from ..document import Document
from ..models import Check, Program
from .verdict import SEVERITY, percent_verdict

CHECK_NAME = {"budget": "budget_percent", "target": "target_percent", "share": "share_percent"}
THOUSAND = Decimal(1000)


def check_prose(doc: Document, claims: list[RatioClaim], programs: list[Program]) -> list[Check]:
    """One check per ratio claim of the prose (:func:`kesos_extract.claims.find_claims`)."""
    return [judge(doc, c) for c in claims]


def _fmt(x: Decimal, places: int = 4) -> str:
    return f"{x:,.{places}f}".rstrip("0").rstrip(".") if "." in f"{x:.{places}f}" else f"{x:,}"


def _ratio_range(claim: RatioClaim, text: Optional[str] = None) -> Optional[tuple[Decimal, Decimal]]:
    """The ratios (in %) that the operands, within the precision they are written with, allow;
    None when every operand is exact."""
    if claim.change is not None:
        old, new = claim.change
        (olo, ohi), (nlo, nhi) = bounds(old), bounds(new)
        if (olo, ohi, nlo, nhi) == (old.value, old.value, new.value, new.value) or olo <= 0:
            return None
        a, b = (1 - nhi / olo) * 100, (1 - nlo / ohi) * 100
        return (a, b) if claim.numerator.value == old.value - new.value else (-b, -a)
    nlo, nhi = written_bounds(claim.numerator, text)
    dlo, dhi = _target_bounds(claim, text)
    if (nlo, nhi, dlo, dhi) == (claim.numerator.value, claim.numerator.value,
                                claim.denominator.value, claim.denominator.value) or dlo <= 0:
        return None
    return nlo * 100 / dhi, nhi * 100 / dlo


def _target_bounds(claim: RatioClaim, text: Optional[str]) -> tuple[Decimal, Decimal]:
    """The values the denominator may stand for. A target written as a percentage ("target 80%",
    "target akhir Renstra 90%") is a value set by the plan, not a measurement rounded: it stands
    for itself alone (only the realisation, "76,5%", is judged within its precision), unless the
    words make it a range ("target 90 - 95%") or approximate."""
    den = claim.denominator
    lo, hi = written_bounds(den, text)
    if claim.kind == "target" and den.unit == "%" and (lo, hi) == bounds(den):
        return den.value, den.value
    return lo, hi


def _fits_rounded(claim: RatioClaim, text: Optional[str] = None) -> bool:
    span = _ratio_range(claim, text)
    if span is None:
        return False
    lo, hi = span
    half = Decimal(1).scaleb(-claim.percent.decimals) / 2
    return lo <= claim.percent.value + half and claim.percent.value - half <= hi


def _typo(claim: RatioClaim) -> Optional[str]:
    """Name the operand whose being a thousand times off alone explains the stated figure."""
    p, d = claim.percent, claim.percent.decimals
    n, den = claim.numerator.value, claim.denominator.value
    trials = [("denominator", claim.denominator, n * 100 / (den * THOUSAND), den * THOUSAND),
              ("denominator", claim.denominator, n * 100 / (den / THOUSAND), den / THOUSAND),
              ("numerator", claim.numerator, n * THOUSAND * 100 / den, n * THOUSAND),
              ("numerator", claim.numerator, n / THOUSAND * 100 / den, n / THOUSAND)]
    for role, op, ratio, meant in trials:
        if percent_verdict(p.value, d, ratio) != "mismatch":
            return (f"probable typo: the {role} {op.text!r} fits the stated {p.text.strip()} only if it is "
                    f"{_fmt(meant, 0)} (a thousand times {'more' if meant > op.value else 'less'})")
    return None


@lru_cache(maxsize=1)
def _bound_res() -> dict[str, regex.Pattern]:
    words = (load_grammar("claims").vocabulary or {}).get("bound_words", {})
    out = {}
    for side, ws in words.items():
        alt = "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in sorted(ws, key=len, reverse=True))
        out[side] = regex_cache.compile(rf"(?<!\w)(?:{alt})\s*\(?\s*$", regex.I)
    return out


def _bound(text: str, start: int) -> Optional[str]:
    """"above" or "below" when the words right before a percentage make it a bound."""
    before = text[max(0, start - 30):start]
    for side, pat in _bound_res().items():
        if pat.search(before):
            return side
    return None


def _roughly(text: str, p: Operand, ratio: Decimal) -> bool:
    """Is the percentage said to be approximate by the words before it ("sekitar", "±",
    "kurang lebih": claims.yaml approximate_operand_words), and the ratio within half a unit of
    its last significant digit?"""
    around = vocabulary().approximate.get("around")
    if around is None or not around.search(text, max(0, p.start - 40), p.start):
        return False
    if p.decimals:
        return False  # "sekitar 82,5 persen" is written to its decimals: the plain rule judges it
    unit, n = Decimal(1), int(p.value)
    while n and n % 10 == 0 and unit < 10:
        n //= 10
        unit *= 10
    return abs(ratio - p.value) <= unit / 2


def _lower_is_better(doc: Document, claim: RatioClaim) -> bool:
    """Is the achievement claimed of an indicator where lower is better: said so in its
    paragraph up to the end of the percentage's sentence, or named so by its own sentences?"""
    return lower_is_better_at(doc.text, claim.start, claim.percent.start)


def judge(doc: Document, claim: RatioClaim) -> Check:
    num, den, p = claim.numerator, claim.denominator, claim.percent
    ratio = num.value * 100 / den.value if den.value else None
    verdict: str
    notes = list(claim.notes)
    formula = "ratio"  # or "mirrored", "inverse": the formulas of an indicator where lower is better
    said: list[bool] = []

    def lower_is_better() -> bool:
        """_lower_is_better of the claim, looked up once and only where a formula needs it."""
        if not said:
            said.append(_lower_is_better(doc, claim))
        return said[0]
    if ratio is None:
        verdict, expected = "unparseable", None
        notes.append("the denominator is zero")
    else:
        expected = ratio
        verdict = percent_verdict(p.value, p.decimals, ratio)
        if verdict == "mismatch" and claim.kind == "target" and p.value == 100 and ratio > 100:
            verdict = "capped"
            notes.append(f"the achievement is {_fmt(ratio, 2)}%, reported capped at 100%")
        elif verdict == "mismatch" and claim.kind == "target" and (claim.indicator or lower_is_better()) and \
                percent_verdict(p.value, p.decimals, (2 * den.value - num.value) * 100 / den.value) != "mismatch":
            expected = (2 * den.value - num.value) * 100 / den.value
            verdict = percent_verdict(p.value, p.decimals, expected)
            formula = "mirrored"
            notes.append("fits the formula for an indicator where lower is better: "
                         "(target - (realisation - target)) / target")
        elif verdict == "mismatch" and claim.kind == "target" and num.value and lower_is_better() and \
                percent_verdict(p.value, p.decimals, den.value * 100 / num.value) != "mismatch":
            # the other formula of such an indicator, where the words say it is one
            expected = den.value * 100 / num.value
            verdict = percent_verdict(p.value, p.decimals, expected)
            formula = "inverse"
            notes.append("fits the formula for an indicator where lower is better: target / realisation")
        elif verdict in ("mismatch", "truncated") and _fits_rounded(claim):
            # an operand written rounded ("Rp 25,57 miliar") stands for every value that rounds
            # to it: if one of them gives the stated value rounded, the report rounded correctly
            verdict = "consistent"
            notes.append("consistent within the rounding of the operands as written")
        elif verdict in ("mismatch", "truncated") and _fits_rounded(claim, doc.text):
            # an operand that is an end of a range ("target 90 - 95%") or that the words make
            # approximate ("lebih dari 300 orang") stands for the values it allows
            verdict = "consistent"
            notes.append("consistent with a value of the range or the approximate figure as written")
        elif verdict in ("mismatch", "truncated") and (side := _bound(doc.text, p.start)) and \
                (ratio >= p.value if side == "above" else ratio <= p.value):
            # "lebih dari 90 persen" of a 93% ratio, "di bawah 80 persen" of 75%: a bound it keeps
            verdict = "consistent"
            notes.append(f"the percentage is stated as a bound: the ratio is {'at least' if side == 'above' else 'at most'} it")
        elif verdict in ("mismatch", "truncated") and _roughly(doc.text, p, ratio):
            # "sekitar 80 persen", "± 80%" of 82,5%: a figure said to be approximate, within half a
            # unit of its last significant digit (at most five points: "sekitar 100 persen" is 95..105)
            verdict = "consistent"
            notes.append("the percentage is stated as approximate, and the ratio rounds to it at its last digit")
        elif verdict == "mismatch" and claim.kind == "target" and lower_is_better():
            # a slip in the achievement of an indicator the words say is one where lower is
            # better: what it should be is by that indicator's usual formula
            expected = (2 * den.value - num.value) * 100 / den.value
            formula = "mirrored"
            notes.append("the words say lower is better for this indicator: judged by "
                         "(target - (realisation - target)) / target")
        elif verdict == "mismatch":
            typo = _typo(claim)
            if typo:
                notes.append(typo)
    what = {"budget": "realisation / budget", "target": "achieved / target", "share": "part / whole"}[claim.kind]
    if formula == "mirrored":
        arithmetic = (f"(2 x target - achieved) / target = (2 x {_fmt(den.value)} - {_fmt(num.value)}) / "
                      f"{_fmt(den.value)} = {_fmt(expected)}%")  # type: ignore[arg-type]
    elif formula == "inverse":
        arithmetic = f"target / achieved = {_fmt(den.value)} / {_fmt(num.value)} = {_fmt(expected)}%"  # type: ignore[arg-type]
    else:
        arithmetic = (f"{what} = {_fmt(num.value)} / {_fmt(den.value)} = {_fmt(ratio)}%" if ratio is not None
                      else f"{what}: division by zero")
    head = {"consistent": "consistent", "truncated": "truncated, not rounded", "mismatch": "does not match",
            "capped": "capped", "unparseable": "cannot be computed"}[verdict]
    where = ""
    if claim.implicit_denominator:
        where = (" (the whole is stated earlier in the paragraph)" if den.start < p.start
                 else " (the operands are stated after the percentage)")
    message = f"stated {p.text.strip()} {head}: {arithmetic}{where}"
    if notes:
        message += "; " + "; ".join(notes)
    start, end = claim.start, claim.end
    return Check(check=CHECK_NAME[claim.kind], verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=float(p.value), expected=None if expected is None else round(float(expected), 4),
                 # the operands of the ratio the percentage is: target / realisation where that formula fits
                 operands=({"numerator": float(den.value), "denominator": float(num.value)} if formula == "inverse"
                           else {"numerator": float(num.value), "denominator": float(den.value)}),
                 quote=doc.text[start:end], start=start, end=end, page=doc.page_at(start), message=message)
