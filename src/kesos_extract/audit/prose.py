"""Stated percentages in prose: budget (realisasi / pagu), target (achieved / target), share."""

from __future__ import annotations

from ..document import Document
from ..models import Check, Mention, Program


def check_prose(doc: Document, mentions: list[Mention], programs: list[Program]) -> list[Check]:
    return []
