"""Programs with their budgets (pagu, realisasi, percent) and activities."""

from __future__ import annotations

from .document import Document
from .models import Mention, Program, Section, Table


def find_programs(doc: Document, sections: list[Section], mentions: list[Mention],
                  tables: list[Table]) -> list[Program]:
    return []
