"""The LibreOffice exports of the seeds (tests/fixtures/exports, made by make_exports.py) give
what the seeds' text gives: tables, gold table checks, programs and alarms.

An alarm is a check with verdict ``mismatch``; two renderings raise the same alarm when it is the
same check of the same stated figure against the same expected one (as
benchmarks/compare_exports.py counts them). The floors below are what the readers reach today;
the one that must never move is: no alarm that the text does not raise.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, gold
from score_gold import score_programs, score_tables

EXPORTS = ROOT / "tests" / "fixtures" / "exports"
FORMATS = ("pdf", "docx")
# text alarms an export may lose, per seed and format
MAX_LOST = {"pdf": 0, "docx": 0}
# gold table checks right, over all seeds, per format (the text gets all 41)
MIN_TABLE_CHECKS = {"pdf": 40, "docx": 41}  # 002's PDF: one check of its PMKS table


def _alarms(report) -> Counter:
    return Counter((c.check, round(c.stated, 4) if c.stated is not None else None,
                    round(c.expected, 4) if c.expected is not None else None)
                   for c in report.checks if c.verdict == "mismatch")


@pytest.fixture(scope="module")
def export_reports():
    from kesos_extract import extract

    return {(seed, fmt): extract(EXPORTS / f"{Path(seed).stem}.{fmt}") for seed in SEEDS for fmt in FORMATS}


def test_every_seed_has_its_exports():
    for seed in SEEDS:
        for fmt in FORMATS:
            path = EXPORTS / f"{Path(seed).stem}.{fmt}"
            assert path.exists() and 0 < path.stat().st_size < 400_000, path


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_export_raises_no_alarm_the_text_does_not(seed, fmt, seed_reports, export_reports):
    text, export = _alarms(seed_reports[seed]), _alarms(export_reports[seed, fmt])
    false = export - text
    assert not false, f"alarms of the {fmt} not raised on the text: {sorted(false.elements())}"
    lost = text - export
    assert sum(lost.values()) <= MAX_LOST[fmt], f"text alarms lost in the {fmt}: {sorted(lost.elements())}"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_export_finds_every_gold_program(seed, fmt, export_reports):
    g = gold(seed, "programs")
    if not g:
        pytest.skip("no gold programs")
    res = score_programs(g, export_reports[seed, fmt].model_dump(mode="json"))
    assert res["programs_found"] == res["programs_total"] > 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_gold_table_checks(fmt, export_reports):
    right = total = 0
    for seed in SEEDS:
        g = gold(seed, "tables")
        if g:
            res = score_tables(g, export_reports[seed, fmt].model_dump(mode="json"))
            right += res["table_checks_right"]
            total += res["table_checks_total"]
    assert total == 41
    assert right >= MIN_TABLE_CHECKS[fmt], f"{right}/{total} gold table checks right in the {fmt}s"


def test_export_reads_tables_where_the_text_has_them(seed_reports, export_reports):
    """The DOCX has every table of the text; the PDF has tables wherever the text has any."""
    for seed in SEEDS:
        assert len(export_reports[seed, "docx"].tables) == len(seed_reports[seed].tables), seed
        if seed_reports[seed].tables:
            assert export_reports[seed, "pdf"].tables, f"{seed}: no table read from the PDF"


def _cells(doc, header_rows=None):
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks
            if b.kind == "table" and (header_rows is None or b.header_rows == header_rows)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_export_has_the_flattened_tables_of_the_text(seed, fmt):
    """Every flattened table the text reader rebuilds (a header of column labels over cells one
    per line: seeds 001 and 003) is read from the export too, cell for cell; and the PDF's tables
    whose reader knows the header are just those (none rebuilt from the prose around them)."""
    from kesos_extract.readers import read_document

    text = read_document(ROOT / "corpus" / seed)
    export = read_document(EXPORTS / f"{Path(seed).stem}.{fmt}")
    flat = _cells(text, header_rows=1)
    got = _cells(export)
    for table in flat:
        assert table in got, f"{seed}: {table[0]} not read from the {fmt}"
    if fmt == "pdf" and flat:
        assert sorted(map(str, _cells(export, header_rows=1))) == sorted(map(str, flat))


def test_table_cells_read_from_a_pdf_stand_in_the_text(export_reports):
    for seed in SEEDS:
        report = export_reports[seed, "pdf"]
        for t in report.tables:
            for row in t.rows:
                for c in row:
                    if c.text and c.start is not None:
                        # a cell glued from fragments spans them all (other cells may lie between)
                        span = report.text[c.start:c.end]
                        assert span.startswith(c.text.split()[0]) and span.endswith(c.text.split()[-1])
                        assert all(w in span.split() for w in c.text.split())
