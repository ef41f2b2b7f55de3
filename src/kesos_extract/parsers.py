"""Small parsers for one value at a time: ``parse_amount("Rp 1,5 miliar")``.

They use the same grammars as the mention extractor, anchored to the whole string.
"""

from __future__ import annotations

from decimal import Decimal

from .errors import MalformedNumberError
from .grammar import load_grammar
from .mentions import resolve


def _parse_whole(text: str, grammar: str) -> Decimal:
    s = " ".join(text.split())
    for p in load_grammar(grammar).patterns:
        m = p.compiled.fullmatch(s)
        if m:
            f = resolve(p, m)
            if f.value is None:
                raise MalformedNumberError(text, f.problem or "no value")
            return f.value
    raise MalformedNumberError(text, f"not a{'n' if grammar[0] in 'aeiou' else ''} {grammar[:-1]}")


def parse_amount(text: str) -> Decimal:
    """Rupiah value of an amount: ``"Rp. . 2.806.079.420,-"`` → ``Decimal('2806079420')``,
    ``"Rp 25,57 miliar"`` → ``Decimal('25570000000.00')``."""
    return _parse_whole(text, "amounts")


def parse_percentage(text: str) -> Decimal:
    """``"98,67%"`` → ``Decimal('98.67')``; ``"97.00 %"`` → ``Decimal('97.00')``."""
    return _parse_whole(text, "percentages")
