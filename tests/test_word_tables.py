"""Word files with real tables (python-docx) and the PDFs LibreOffice exports from them
(tests/fixtures/word_tables, made by tests/fixtures/make_word_tables.py) give those tables with
the right cells. The expected cells are the ones the script wrote (its CASES)."""

from __future__ import annotations

import importlib.util

import pdfplumber
import pytest

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
WORD_TABLES = FIXTURES / "word_tables"

_spec = importlib.util.spec_from_file_location("make_word_tables", FIXTURES / "make_word_tables.py")
make_word_tables = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_word_tables)
CASES = make_word_tables.CASES
FORMATS = ("docx", "pdf")

# cases the PDF reader does not read right yet: (case, format) -> why (xfail, strict)
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _expected_header(rows: list[list[str]], header_rows: int) -> list[str]:
    """A column's header as the readers give it: its header rows' labels, a merged cell's once."""
    out = []
    for c in range(len(rows[0])):
        labels: list[str] = []
        for r in range(header_rows):
            if rows[r][c] not in labels:
                labels.append(rows[r][c])
        out.append(" ".join(labels))
    return out


@pytest.fixture(scope="module")
def reports():
    from kesos_extract import extract

    return {(name, fmt): extract(WORD_TABLES / f"{name}.{fmt}") for name in CASES for fmt in FORMATS}


def _params(known_failures: bool = True):
    for name in CASES:
        for fmt in FORMATS:
            why = KNOWN_FAILURES.get((name, fmt)) if known_failures else None
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            yield pytest.param(name, fmt, marks=marks, id=f"{name}.{fmt}")


def test_fixtures_are_committed_and_small():
    for name in CASES:
        for fmt in FORMATS:
            path = WORD_TABLES / f"{name}.{fmt}"
            assert path.exists() and 0 < path.stat().st_size < 100_000, path


@pytest.mark.parametrize("name,fmt", list(_params()))
def test_word_table_is_read_with_its_cells(name, fmt, reports):
    case = CASES[name]
    rows, header_rows = case["rows"], case["header_rows"]
    report = reports[name, fmt]
    assert len(report.tables) == 1, [t.header for t in report.tables]  # a table over a page break is one table
    table = report.tables[0]
    assert table.header == _expected_header(rows, header_rows)
    got = [[c.text for c in row] for row in table.rows]
    assert got == rows[header_rows:]


@pytest.mark.parametrize("name,fmt", list(_params(known_failures=False)))
def test_word_table_figures_are_typed_and_raise_no_alarm(name, fmt, reports):
    """Every figure cell has its value (Indonesian separators: "1.250.000", "95,83"), and the
    tables, whose percentages were computed from their figures, raise no mismatch."""
    case = CASES[name]
    report = reports[name, fmt]
    body = case["rows"][case["header_rows"]:]
    cells = {c.text: c for t in report.tables for row in t.rows for c in row}
    for row in body:
        for text in row[2:]:
            if text[:1].isdigit():
                assert text in cells and cells[text].value is not None, text
    assert not [c for c in report.checks if c.verdict == "mismatch"]


def test_pdf_fixtures_have_the_layout_they_claim():
    """The long tables run over a page break; the landscape table stands on a landscape page."""
    for name in ("word_long_table", "word_split_rows"):
        with pdfplumber.open(WORD_TABLES / f"{name}.pdf") as pdf:
            assert sum(1 for p in pdf.pages if p.find_tables()) >= 2, name
    with pdfplumber.open(WORD_TABLES / "word_landscape.pdf") as pdf:
        shapes = [(p.width > p.height, bool(p.find_tables())) for p in pdf.pages]
    assert shapes == [(False, False), (True, True), (False, False)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["word_long_table", "word_split_rows"])
def test_table_over_a_page_break_keeps_every_numbered_row(name, fmt, reports):
    """Whatever else happens at the page break, each numbered row is there once, in order, with
    its figures (the repeated header row is not read as a row)."""
    case = CASES[name]
    body = case["rows"][case["header_rows"]:]
    numbered = [[c.text for c in row] for t in reports[name, fmt].tables for row in t.rows if row[0].text]
    assert [[r[0], *r[2:]] for r in numbered] == [[r[0], *r[2:]] for r in body]


# --- a row broken across a page break (readers.pdf.join_split_rows) ------------------------------

HEAD = ["No", "Penerima Bantuan", "Target", "Realisasi", "Capaian (%)"]
BODY = [["6", "Keluarga miskin di Kelurahan Contoh 6", "46", "46", "100,00"],
        ["7", "Keluarga miskin di Kelurahan Contoh 7 yang tercatat dalam Data", "47", "46", "97,87"]]
REST = ["", "Terpadu Kesejahteraan Sosial tahun 2021", "", "", ""]
NEXT = ["8", "Keluarga miskin di Kelurahan Contoh 8", "48", "48", "100,00"]


@pytest.mark.parametrize("body,first,joined", [
    (BODY, REST, True),  # the fixture's case: only the label goes on
    ([BODY[0], [*BODY[1][:4], ""]], ["", "Sosial", "", "", "keterangan"], False),  # where the row is empty
    (BODY, ["", "Sosial", "12", "", ""], False),  # a figure: a row's own
    (BODY, NEXT, False),  # a numbered row is a row
    ([BODY[0], ["", "Kegiatan Penunjang", "", "", ""], BODY[1]], REST, False),  # unnumbered rows happen here
    (BODY[1:], REST, False),  # no other row of the page to tell that every row is numbered
    (BODY, ["", "", "", "", ""], False),
], ids=["label-goes-on", "cell-where-the-row-is-empty", "figure", "numbered", "table-has-unnumbered-rows",
        "one-row", "empty"])
def test_continues_row(body, first, joined):
    from kesos_extract.readers.pdf import _continues_row

    assert _continues_row(body[-1], first, body[:-1]) is joined


def _split_pages(line_between: bool = False, repeat_header: bool = True, width: int = 5):
    from kesos_extract.readers.pdf import _Line, _Page, _Table

    one = _Page(1, height=842.0, tables=[_Table(169.0, [HEAD, *BODY])],
                lines=[_Line("Tabel 4.1 Penyaluran bantuan pangan", 150.0, 160.0)])
    rows = [HEAD] * repeat_header + [REST, NEXT]
    two = _Page(2, height=842.0, tables=[_Table(72.0, [r[:width] for r in rows])])
    if line_between:
        two.lines.append(_Line("(lanjutan)", 60.0, 70.0))
    return [one, two]


@pytest.mark.parametrize("kwargs,joined", [
    ({}, True), ({"repeat_header": False}, True),
    ({"line_between": True}, False),  # a line above the table on the next page: another table
    ({"width": 4}, False),  # as many columns, or no continued table
])
def test_join_split_rows(kwargs, joined):
    from kesos_extract.readers.pdf import join_split_rows

    pages = _split_pages(**kwargs)
    join_split_rows(pages, [p.lines for p in pages])
    last, first = pages[0].tables[0].rows[-1], pages[1].tables[0].rows
    if joined:
        assert last[1] == f"{BODY[1][1]}\n{REST[1]}" and last[2:] == BODY[1][2:]
        assert REST not in first and NEXT in first
    else:
        assert last == BODY[1] and len(first) == len(_split_pages(**kwargs)[1].tables[0].rows)


def test_the_split_row_pdf_reads_every_row_once_whole():
    from kesos_extract.readers.pdf import read_pdf

    path = WORD_TABLES / "word_split_rows.pdf"
    doc = read_pdf(path, path.read_bytes())
    (table,) = doc.tables()
    body = [[c.text for c in r] for r in table.rows if [c.text for c in r] != CASES["word_split_rows"]["rows"][0]]
    assert body == CASES["word_split_rows"]["rows"][1:]
    assert {b.page for b in doc.blocks} == {1, 4}  # the table from page 1; the paragraph after it on page 4
