"""Amounts and counts written both in digits and in words: do the two readings agree?"""

from __future__ import annotations

from ..document import Document
from ..models import Check, Mention


def check_words(doc: Document, mentions: list[Mention]) -> list[Check]:
    return []
