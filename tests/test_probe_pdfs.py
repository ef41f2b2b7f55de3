"""PDFs as users hold them (tests/fixtures/pdf_probes, made by make_pdf_probes.py there): Word
files exported by LibreOffice and an HTML news page printed by Chromium, in proportional fonts
and layouts the other fixtures lack (a table without rules, a table told apart by shading only,
prose in two columns, a news page with a sidebar). The source (.docx/.html) is the truth: the
report of the PDF gives the same table cells, mentions and checks as the report of its source,
a correct version raises no alarm, and a version with a planted slip raises it."""

from __future__ import annotations

import importlib.util
from collections import Counter

import pytest

from conftest import ROOT

PROBES = ROOT / "tests" / "fixtures" / "pdf_probes"
_spec = importlib.util.spec_from_file_location("make_pdf_probes", PROBES / "make_pdf_probes.py")
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)

# what the PDF path does not read as its source yet: (case, what) -> why (xfail, strict)
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _params(what: str):
    for case in make.CASES:
        for version in make.VERSIONS:
            why = KNOWN_FAILURES.get((case, what))
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            yield pytest.param(case, version, marks=marks, id=f"{case}-{version}")


@pytest.fixture(scope="module")
def reports():
    from kesos_extract import extract

    out = {}
    for case in make.CASES:
        for version in make.VERSIONS:
            out[case, version, "source"] = extract(make.source_of(case, version))
            out[case, version, "pdf"] = extract(PROBES / f"{case}_{version}.pdf")
    return out


def _cells(report) -> list[tuple[list[str], list[list[str]]]]:
    return [(t.header, [[c.text for c in row] for row in t.rows]) for t in report.tables]


def _mentions(report) -> Counter:
    return Counter((m.kind, m.value, m.unit) for m in report.mentions)


def _checks(report) -> Counter:
    """The checks that test a figure, as (check, stated, expected, verdict)."""
    return Counter((c.check, c.stated, None if c.expected is None else round(c.expected, 4), c.verdict)
                   for c in report.checks if c.verdict != "unparseable")


def _figure(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def test_fixtures_are_committed_and_small():
    for case in make.CASES:
        for version in make.VERSIONS:
            for path in (make.source_of(case, version), PROBES / f"{case}_{version}.pdf"):
                assert path.exists() and 0 < path.stat().st_size < 100_000, path


@pytest.mark.parametrize("case,version", [(c, v) for c in make.CASES for v in make.VERSIONS])
def test_source_gives_the_table_it_was_made_with(case, version, reports):
    """The truth itself: the .docx/.html read gives the table the script wrote."""
    header, rows = make.rows_of(case, version)
    assert _cells(reports[case, version, "source"]) == [(header, rows)]


@pytest.mark.parametrize("case,version", list(_params("table")))
def test_pdf_gives_the_table_cells_of_its_source(case, version, reports):
    header, rows = make.rows_of(case, version)
    assert _cells(reports[case, version, "pdf"]) == [(header, rows)]


@pytest.mark.parametrize("case,version", list(_params("mentions")))
def test_pdf_gives_the_mentions_of_its_source(case, version, reports):
    assert _mentions(reports[case, version, "pdf"]) == _mentions(reports[case, version, "source"])


@pytest.mark.parametrize("case,version", list(_params("checks")))
def test_pdf_gives_the_checks_of_its_source(case, version, reports):
    assert _checks(reports[case, version, "pdf"]) == _checks(reports[case, version, "source"])


@pytest.mark.parametrize("case", make.CASES)
@pytest.mark.parametrize("fmt", ["source", "pdf"])
def test_correct_version_raises_no_alarm(case, fmt, reports):
    """The worst outcome is an alarm on a correct report: every percentage here is right."""
    report = reports[case, "ok", fmt]
    assert [c for c in report.checks if c.verdict == "mismatch"] == []
    assert _checks(report), "no figure was checked at all"


# the planted slips each PDF must catch: case -> (what, stated) where ``what`` is the kind of check
def _planted(case: str) -> set[tuple[str, float]]:
    prose_key = {"footnotes": "notes_pct", "borderless": "total_pct", "narrow": "total_pct", "shaded": "ppks_pct",
                 "two_columns": "prog_pct", "berita": "berita_pct"}[case]
    prose_check = "target_percent" if case == "shaded" else "budget_percent"
    _, _, cell = make.SLIPS[case]
    return {(prose_check, _figure(make.PROSE[prose_key][1])), ("row_percent", _figure(cell))}


@pytest.mark.parametrize("case,version", [pytest.param(c, "slip", marks=m.marks, id=f"{c}-slip")
                                          for c in make.CASES for m in _params("slips") if m.id == f"{c}-slip"])
def test_planted_slips_are_mismatches(case, version, reports):
    for fmt in ("source", "pdf"):
        found = {(c.check, c.stated) for c in reports[case, version, fmt].checks if c.verdict == "mismatch"}
        assert found == _planted(case), fmt
