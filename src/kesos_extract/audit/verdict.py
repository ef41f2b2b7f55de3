"""The verdict rule for a stated percentage (shared/gold/README.md, CONTRACT.md).

A stated value ``p`` written with ``d`` decimals against the exact ratio ``r`` is
``consistent`` when ``p`` equals ``r`` rounded half-up to ``d`` decimals, ``truncated`` when it
equals ``r`` cut to ``d`` decimals, and ``mismatch`` otherwise.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, Union

from ..numbers import rounding_verdict

Number = Union[Decimal, int, float, str]
RuleVerdict = Literal["consistent", "truncated", "mismatch"]
SEVERITY = {"consistent": "info", "truncated": "info", "capped": "info", "mismatch": "error",
            "unparseable": "warning"}


def _dec(x: Number) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def percent_verdict(stated: Number, decimals: int, ratio_percent: Number) -> RuleVerdict:
    """Judge ``stated`` (written with ``decimals`` decimals) against the exact ``ratio_percent``.

    >>> percent_verdict("82.08", 2, Decimal(55) * 100 / 67)
    'truncated'
    >>> percent_verdict("97.00", 2, Decimal("4697590882") * 100 / Decimal("4805736500"))
    'mismatch'
    """
    return rounding_verdict(_dec(stated), decimals, _dec(ratio_percent))  # type: ignore[return-value]


def value_verdict(stated: Number, decimals: int, expected: Number) -> RuleVerdict:
    """The same rule for any derived value (a difference, a total) written with ``decimals``."""
    return percent_verdict(stated, decimals, expected)
