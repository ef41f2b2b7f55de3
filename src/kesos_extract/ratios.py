"""The claim a stated percentage makes: its numerator and denominator, with their evidence.

Made by :mod:`kesos_extract.claims` and :mod:`kesos_extract.evidence`, judged by
:mod:`kesos_extract.audit.prose`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, Optional

if TYPE_CHECKING:
    from .models import Mention

ClaimKind = Literal["budget", "target", "share"]


@dataclass(frozen=True, slots=True)  # a long report's claims hold thousands
class Operand:
    """A number taking part in a claim, with its evidence."""

    value: Decimal
    start: int
    end: int
    text: str
    decimals: int = 0
    scale: Decimal = Decimal(1)
    unit: Optional[str] = None


# a mention's scale as a decimal: one object for the unscaled (most of them)
_UNSCALED = Decimal("1.0")


def mention_operand(m: "Mention") -> Operand:
    """A mention as an operand: its value and scale as the decimals they print as."""
    scale = _UNSCALED if m.scale == 1.0 else Decimal(str(m.scale))
    return Operand(Decimal(str(m.value)), m.start, m.end, m.text, m.decimals or 0, scale, m.unit)


@dataclass(slots=True)
class RatioClaim:
    kind: ClaimKind
    percent: Operand
    numerator: Operand
    denominator: Operand
    implicit_denominator: bool = False
    notes: list[str] = field(default_factory=list)
    # a target / realisation / achievement triple of an indicator: it may be one where lower is better
    indicator: bool = False
    # a percentage change ("turun 26,79 persen dari Rp106 triliun menjadi Rp78,2 triliun"): the
    # old and the new value; the numerator is their difference and the denominator the old one
    change: Optional[tuple[Operand, Operand]] = None
    # an item of lists said "masing-masing" ("Program A dan Program B masing-masing Rp R1 dan Rp R2 atau
    # P1 dan P2 dari pagu Rp W1 dan Rp W2"): its program is told by its place in the list of names, not
    # by the name nearest before it
    respective: bool = False

    def _operands(self) -> list[Operand]:
        ops = [self.percent, self.numerator, self.denominator]
        return ops + list(self.change) if self.change else ops

    @property
    def start(self) -> int:
        return min(o.start for o in self._operands())

    @property
    def end(self) -> int:
        return max(o.end for o in self._operands())
