"""The audit: every claim the report makes that arithmetic can test, with a verdict.

Each family of checks lives in its own module and returns a list of
:class:`~kesos_extract.models.Check`:

- ``prose``:  stated percentages in sentences (budget, target, share) and stated counts;
- ``words``:  amounts and counts written in digits and in words;
- ``counts``: a program's number of activities stated twice, differently;
- ``products``: a total paid against the count of its recipients times the rate each received;
- ``tables``: row arithmetic, column totals, program = sum of activities, unparseable cells;
- ``program_sums``: a program's pagu and realisation against its kegiatan's, listed in the prose,
  and a kegiatan row whose name cell holds its own pagu and realisasi against its percentage;
- ``breakdowns``: a total against the parts listed right after it ("terdiri atas ..."), and a
  list laid over lines against the total line after it ("✅ Desa A: 86 KPM" ... "TOTAL: 612 KPM").
"""

from __future__ import annotations

from ..document import Document
from ..claims import RatioClaim
from ..models import Check, Mention, Program, Table
from . import breakdowns, counts, products, program_sums, prose, tables, words


def audit(doc: Document, mentions: list[Mention], claims: list[RatioClaim], programs: list[Program],
          tables_: list[Table]) -> list[Check]:
    """All checks of the report, in text order."""
    checks: list[Check] = []
    checks += prose.check_prose(doc, claims, programs)
    checks += words.check_words(doc, mentions)
    checks += counts.check_counts(doc, programs)
    checks += products.check_products(doc, mentions)
    checks += breakdowns.check_breakdowns(doc, mentions)
    checks += breakdowns.check_totals_after_lists(doc, mentions)
    # (a percentage a claim of the prose judges already is not judged again as a table's)
    checks += tables.check_tables(doc, tables_, programs, claimed=frozenset(c.percent.start for c in claims))
    checks += program_sums.check_program_sums(doc, programs, mentions, tables_)
    checks += program_sums.check_program_totals(doc, programs, mentions, tables_)
    checks += check_unparseable_amounts(doc, mentions)
    checks += program_sums.check_row_percents(doc, programs, mentions, tables_, frozenset(c.start for c in checks))
    return sorted(checks, key=lambda c: (c.start, c.end))


def check_unparseable_amounts(doc: Document, mentions: list[Mention]) -> list[Check]:
    """An amount whose digits cannot be read honestly ("Rp 106.,250.000") is reported, not guessed."""
    from .verdict import SEVERITY

    out = []
    for m in mentions:
        if m.kind == "amount" and m.value is None:
            out.append(Check(check="unparseable", verdict="unparseable", severity=SEVERITY["unparseable"],  # type: ignore[arg-type]
                             quote=m.text, start=m.start, end=m.end, page=m.page,
                             message=f"{m.text!r} is written as money but its digits cannot be read as a number"))
    return out
