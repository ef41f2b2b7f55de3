"""A table typeset by LaTeX with booktabs: rules only above and below the header, above the total
and below the table, no rule between the body's rows, whose lines stand closer together than the
total row under its rule. Each line with a name and its figures is a row (readers/aligned.
_group_rows); before, the body's lines were read as one row of stacked cells ("6.842.315.000
1.126.450.000 ...") and its figures as unparseable. The fixture is made by pdflatex from
tests/fixtures/pdf_probes/booktabs_table.tex."""

from __future__ import annotations

from conftest import ROOT

from kesos_extract import extract

PDF = ROOT / "tests" / "fixtures" / "pdf_probes" / "booktabs_table.pdf"

ROWS = [["Penunjang Urusan Pemerintahan Daerah", "6.842.315.000", "6.517.904.236", "95,26"],
        ["Pemberdayaan Sosial", "1.126.450.000", "1.087.236.500", "96,52"],
        ["Rehabilitasi Sosial", "2.384.700.000", "2.301.558.900", "96,51"],
        ["Perlindungan dan Jaminan Sosial", "3.915.280.000", "3.846.112.750", "98,23"],
        ["Jumlah", "14.268.745.000", "13.752.812.386", "96,38"]]


def test_each_line_of_a_booktabs_body_is_a_row() -> None:
    report = extract(PDF)
    [table] = report.tables
    assert table.header == ["Program", "Pagu", "Realisasi", "%"]
    assert [[c.text for c in row] for row in table.rows] == ROWS


def test_its_rows_and_totals_are_judged() -> None:
    report = extract(PDF)
    assert sorted((c.check, c.stated) for c in report.checks) == sorted(
        [("row_percent", float(r[3].replace(",", "."))) for r in ROWS]
        + [("column_total", 14_268_745_000.0), ("column_total", 13_752_812_386.0)])
    assert all(c.verdict == "consistent" for c in report.checks)
