"""The audit: every claim the report makes that arithmetic can test, with a verdict.

Each family of checks lives in its own module and returns a list of
:class:`~kesos_extract.models.Check`:

- ``prose``:  stated percentages in sentences (budget, target, share) and stated counts;
- ``words``:  amounts and counts written in digits and in words;
- ``tables``: row arithmetic, column totals, program = sum of activities, unparseable cells.
"""

from __future__ import annotations

from ..document import Document
from ..models import Check, Mention, Program, Table
from . import prose, tables, words


def audit(doc: Document, mentions: list[Mention], programs: list[Program], tables_: list[Table]) -> list[Check]:
    """All checks of the report, in text order."""
    checks: list[Check] = []
    checks += prose.check_prose(doc, mentions, programs)
    checks += words.check_words(doc, mentions)
    checks += tables.check_tables(doc, tables_, programs)
    return sorted(checks, key=lambda c: (c.start, c.end))
