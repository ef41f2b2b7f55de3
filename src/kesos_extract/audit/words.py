"""Amounts and counts written both in digits and in words: do the two readings agree?

Reports write "Rp. 4.960.000.000,- (Empat Milyar Sembilan Ratus Empat Juta ... Rupiah)",
"18 (delapan belas) kegiatan" and "tiga belas ribu dua ratus (13.200) Jiwa". The patterns
``digits_then_words`` and ``words_then_digits`` of ``grammars/words.yaml`` find both orders;
each pair becomes an ``amount_in_words`` check: ``stated`` is the digits, ``expected`` the words.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ..document import Document
from ..errors import MalformedNumberError
from ..grammar import load_grammar
from ..intervals import DisjointSpans
from ..mentions import scale_of_word
from ..models import Check, Mention
from ..numbers import parse_number, repair_figures
from ..words import parse_words_decimal
from .verdict import SEVERITY


def _pair_value(match) -> tuple[Optional[Decimal], Optional[Decimal]]:
    try:
        digits = parse_number(match.group("number"), kind="amount").value * scale_of_word(match.groupdict().get("scale"))
    except MalformedNumberError:
        digits = None
    try:
        # a percentage in words may end in decimals ("dua belas koma lima persen")
        words = parse_words_decimal(match.group("words"))
    except MalformedNumberError:
        words = None
    return digits, words


def check_words(doc: Document, mentions: list[Mention]) -> list[Check]:
    """One check per number written in digits and in words, whatever the verdict."""
    patterns = [p for p in load_grammar("words").patterns if p.kind == "words_pair"]
    checks: list[Check] = []
    taken = DisjointSpans()
    # the text with its figures repaired (same length: spans hold), as the mentions read it: "ju-" /
    # "ta rupiah" hyphenated over a line end is "juta rupiah"
    text = repair_figures(doc.text)[0]
    for p in patterns:
        for m in p.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            digits, words = _pair_value(m)
            if digits is None or words is None:
                continue
            taken.add(m.start(), m.end())
            checks.append(_check(doc, m, digits, words))
    return checks


def _show(v: Decimal) -> str:
    """Whole numbers without decimals ("2,270,000,000"), a percentage's decimals kept ("12.5")."""
    return f"{v:,.0f}" if v == v.to_integral_value() else f"{v.normalize():,}"


def _check(doc: Document, m, digits: Decimal, words: Decimal) -> Check:
    same = digits == words
    verdict = "consistent" if same else "mismatch"
    if same:
        message = f"digits and words agree: {_show(digits)}"
    else:
        message = (f"the digits say {_show(digits)} but the words say {_show(words)} "
                   f"(difference {_show(abs(digits - words))})")
    said = float(digits)
    meant = said if same else float(words)  # (one float object a value: a long report has hundreds of these)
    return Check(check="amount_in_words", verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=said, expected=meant, operands={"digits": said, "words": meant},
                 quote=m.group(0), start=m.start(), end=m.end(), page=doc.page_at(m.start()), message=message)
