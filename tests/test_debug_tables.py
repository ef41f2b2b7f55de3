"""``kesos-extract debug-tables``: a page drawn with its words, columns and rows, and a summary of
the tables the PDF readers find on it (kesos_extract.debug_tables)."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from PIL import Image

from conftest import ROOT
from kesos_extract.cli import cli
from kesos_extract.debug_tables import TABLE_COLOUR, page_view, page_views

FIXTURES = ROOT / "tests" / "fixtures"

# file, page, the tables found on it: (reader, rows, columns, first header cell)
CASES = [
    ("unruled_tables.pdf", 1, [("aligned", 4, 6, "No"), ("aligned", 3, 3, "No"), ("aligned", 3, 6, "No.")]),
    ("report_multipage.pdf", 2, [("ruled", 29, 5, "No")]),
    ("report_multipage.pdf", 1, []),
    # a Word table in a landscape section, saved as PDF by LibreOffice (the PNG is landscape too)
    ("word_tables/word_landscape.pdf", 2, [("ruled", 5, 10, "No")]),
    # an unruled table going on after a page break, without its header
    ("unruled_long.pdf", 2, [("aligned", 22, 5, "24.")]),
    # a LibreOffice PDF of a seed whose tables are tab-laid rows
    ("exports/002_0633a098c4ed8db1.pdf", 2, [("tabbed", 14, 10, "14.")]),
    # a LibreOffice PDF of a seed whose tables are flattened: a header of labels, cells one per line;
    # the last one goes on over the page break
    ("exports/003_ef023881b5c4e780.pdf", 1, [("flattened", 2, 5, "Indikator Kinerja Utama")]),
    ("exports/003_ef023881b5c4e780.pdf", 2, [("flattened", 6, 2, "Permasalahan"), ("flattened", 2, 3, "No")]),
    ("exports/003_ef023881b5c4e780.pdf", 3, [("flattened", 1, 3, "2.")]),
]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("name,page,expected", CASES, ids=[f"{c[0]}-p{c[1]}" for c in CASES])
def test_page_view_finds_the_tables(name, page, expected):
    view = page_view(FIXTURES / name, page)
    got = [(t.reader, len(t.rows), t.width, t.rows[0][0]) for t in view.tables]
    assert got == expected
    assert view.words and view.number == page
    for t in view.tables:
        x0, top, x1, bottom = t.bbox
        assert 0 <= x0 < x1 <= view.width and 0 <= top < bottom <= view.height
        # boundaries inside the table (a flattened table's cells are cut by words: it has none)
        assert (t.columns or t.reader == "flattened") and all(x0 < x < x1 + 1 for x in t.columns)
        assert len(t.row_tops) >= 1 and all(top - 1 <= y <= bottom for y in t.row_tops)


def _red_pixels(png: bytes) -> int:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    r0, g0, b0 = TABLE_COLOUR
    data = image.tobytes()
    return sum(1 for r, g, b in zip(data[0::3], data[1::3], data[2::3]) if abs(r - r0) < 40 and g < 60 and b < 60)


@pytest.mark.parametrize("name,page,expected", CASES, ids=[f"{c[0]}-p{c[1]}" for c in CASES])
def test_command_draws_the_page_and_names_the_tables(name, page, expected, tmp_path):
    out = tmp_path / f"page{page}.png"
    result = run("debug-tables", FIXTURES / name, "--page", page, "-o", out)
    assert result.exit_code == 0, result.output
    view = page_view(FIXTURES / name, page)
    png = out.read_bytes()
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width / image.height == pytest.approx(view.width / view.height, rel=0.01)
    assert image.width == pytest.approx(view.width * 100 / 72, abs=2)  # the default 100 dpi
    # the tables' boxes are drawn in red, and nothing is red without a table
    assert (_red_pixels(png) > 0) == bool(expected)
    if expected:
        assert f"{len(expected)} table(s) found" in result.output
        for reader, rows, cols, _ in expected:
            assert f"{rows} rows x {cols} columns, {reader}" in result.output
    else:
        assert f"no table found on page {page}" in result.output
        assert "header line" in result.output and "tab" in result.output


def test_summary_without_a_drawing_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("debug-tables", FIXTURES / "unruled_tables.pdf", "--page", 1)
    assert result.exit_code == 0 and "3 table(s) found" in result.output
    assert list(tmp_path.iterdir()) == []


BAD = [
    (["missing.pdf", "--page", "1"], 1, "no such file"),
    ([ROOT / "README.md", "--page", "1"], 1, "is not a PDF"),
    ([FIXTURES / "unruled_tables.pdf", "--page", "2"], 1, "has 1 page(s): there is no page 2"),
    ([FIXTURES / "encrypted.pdf", "--page", "1"], 1, "encrypted"),
    ([FIXTURES / "unruled_tables.pdf", "--page", "1", "-o", "/nonexistent-folder/p.png"], 4, "cannot write"),
    ([FIXTURES / "unruled_tables.pdf", "--page", "0"], 2, "--page"),
]


@pytest.mark.parametrize("args,code,message", BAD, ids=["missing", "not-pdf", "no-such-page", "encrypted",
                                                         "unwritable", "page-0"])
def test_bad_input_gives_one_line(args, code, message):
    result = run("debug-tables", *args)
    assert result.exit_code == code
    assert message in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    if code != 2:
        assert len(result.output.strip().splitlines()) == 1


def test_a_folder_as_output_is_a_usage_error(tmp_path):
    folder = tmp_path / "is-a-folder.png"
    folder.mkdir()
    result = run("debug-tables", FIXTURES / "unruled_tables.pdf", "--page", 1, "-o", folder)
    assert result.exit_code == 2 and "is a directory" in result.output
    assert isinstance(result.exception, SystemExit)


# the view runs the reader's own steps: over whole documents it finds the very rows read_pdf puts in
# its table blocks (before the table stage joins broken rows and merges header rows)
SAME_AS_READER = ["unruled_tables.pdf", "unruled_long.pdf", "report_multipage.pdf", "exports/002_0633a098c4ed8db1.pdf",
                  "exports/004_0ca9ee8b18b5a3d7.pdf", "word_tables/word_long_table.pdf",
                  "exports/001_46945bdb9795494b.pdf", "exports/003_ef023881b5c4e780.pdf"]


@pytest.mark.parametrize("name", SAME_AS_READER)
def test_view_finds_the_rows_the_pdf_reader_reads(name):
    from collections import Counter

    from kesos_extract.readers.pdf import read_pdf

    path = FIXTURES / name
    seen = Counter(tuple(" ".join(c.split()) for c in r) for view in page_views(path) for t in view.tables
                   for r in t.rows)  # the document writes a cell's lines on one line
    doc = read_pdf(path, path.read_bytes())
    read = Counter(tuple(" ".join(c.text.split()) for c in r) for b in doc.blocks if b.kind == "table" for r in b.rows)
    assert read and seen == read
