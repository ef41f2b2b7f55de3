"""Unruled tables in PDFs: columns aligned by position (``kesos_extract.readers.aligned``).

The fixture ``unruled_tables.pdf`` is made by ``tests/fixtures/make_fixtures.py`` (fpdf2, tables
drawn without borders, cells wrapped and centred vertically); the rest are positioned lines
written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract
from kesos_extract.readers.aligned import PlacedLine, PlacedWord, aligned_table_at

FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def unruled():
    return extract(FIX / "unruled_tables.pdf")


def test_unruled_indicator_table_is_read_and_checked(unruled):
    iku = unruled.tables[0]
    assert iku.caption == "Tabel 2.5 Capaian Indikator Kinerja Urusan Sosial" and iku.page == 1
    assert iku.header == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    assert [[c.text for c in r] for r in iku.rows] == [
        ["1", "Persentase PMKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", "%", "80", "76,5",
         "95,63"],
        ["2", "Persentase panti sosial yang menerapkan standar pelayanan minimal", "%", "60", "45", "80"],
        ["3", "Jumlah anak terlantar yang dilayani", "Anak", "150", "150", "100"]]
    assert [(c.check, c.verdict) for c in unruled.checks] == [
        ("row_percent", "consistent"), ("row_percent", "mismatch"), ("row_percent", "consistent")]
    assert unruled.checks[1].page == 1 and "45 / 60 = 75%" in unruled.checks[1].message


def test_unruled_text_columns_whose_lines_interleave(unruled):
    """Both text columns wrap, so each line of the PDF holds the two cells' pieces side by side;
    positions, not word order, put them back."""
    problems = unruled.tables[1]
    assert problems.header == ["No", "Permasalahan", "Upaya Pemecahan Masalah"]
    assert [[c.text for c in r] for r in problems.rows] == [
        ["1.", "Terbatasnya anggaran untuk penanganan PMKS di daerah terpencil",
         "Mengoptimalkan sumber dana dari CSR dan swadaya masyarakat"],
        ["2.", "Kurangnya koordinasi lintas sektor dalam penanganan bencana",
         "Meningkatkan koordinasi dengan OPD terkait melalui forum rutin"]]


def test_paragraphs_around_unruled_tables_stay_paragraphs(unruled):
    assert len(unruled.tables) == 2
    for t in unruled.tables:
        assert "Demikian" not in unruled.text[t.start:t.end]
        for row in t.rows:
            for c in row:
                assert unruled.text[c.start:c.end] == c.text
    assert "Permasalahan yang dihadapi" not in unruled.text[unruled.tables[0].start:unruled.tables[0].end]


def _line(top: float, *cells: tuple[float, str]) -> PlacedLine:
    """A line of words: each (x, text) puts the text's words from x on, 5 points a letter."""
    words = []
    for x, text in cells:
        for w in text.split():
            words.append(PlacedWord(w, x, x + 5 * len(w)))
            x += 5 * len(w) + 4
    return PlacedLine(top, top + 8, words)


def test_top_aligned_rows_evenly_spaced_start_at_their_numbers():
    lines = [
        _line(0, (10, "No"), (40, "Sasaran"), (300, "Target"), (360, "Realisasi")),
        _line(10, (10, "1."), (40, "Meningkatnya pelayanan"), (300, "90"), (360, "85")),
        _line(20, (40, "lanjut usia")),
        _line(30, (10, "2."), (40, "Menurunnya PMKS"), (300, "70"), (360, "72")),
    ]
    table = aligned_table_at(lines, 0)
    assert table is not None and table.lines_used == 4
    assert table.rows == [["No", "Sasaran", "Target", "Realisasi"],
                          ["1.", "Meningkatnya pelayanan lanjut usia", "90", "85"],
                          ["2.", "Menurunnya PMKS", "70", "72"]]


def test_a_paragraph_across_the_columns_ends_the_table():
    lines = [
        _line(0, (10, "No"), (40, "Sasaran"), (300, "Target"), (360, "Realisasi")),
        _line(10, (10, "1."), (40, "Meningkatnya pelayanan"), (300, "90"), (360, "85")),
        _line(20, (10, "2."), (40, "Menurunnya PMKS"), (300, "70"), (360, "72")),
        _line(30, (10, "Capaian tersebut dipengaruhi oleh keterbatasan anggaran daerah pada tahun ini")),
    ]
    table = aligned_table_at(lines, 0)
    assert table is not None and table.lines_used == 3 and len(table.rows) == 3


@pytest.mark.parametrize("lines", [
    # two labels: too few to anchor columns on a line of prose
    [_line(0, (10, "Target"), (300, "Realisasi")), _line(10, (10, "90"), (300, "85")),
     _line(20, (10, "70"), (300, "72"))],
    # label words, then prose running across the columns
    [_line(0, (10, "No"), (40, "Sasaran"), (300, "Target"), (360, "Realisasi")),
     _line(10, (10, "Sasaran tersebut dicapai melalui program pemberdayaan sosial dan perlindungan sosial"))],
    # a header and a single row: no table
    [_line(0, (10, "No"), (40, "Sasaran"), (300, "Target"), (360, "Realisasi")),
     _line(10, (10, "1."), (40, "Meningkatnya pelayanan"), (300, "90"), (360, "85"))],
], ids=["two-labels", "prose-after-labels", "one-row"])
def test_no_table(lines):
    assert aligned_table_at(lines, 0) is None
