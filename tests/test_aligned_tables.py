"""Unruled tables in PDFs: columns aligned by position (``kesos_extract.readers.aligned``).

The fixture ``unruled_tables.pdf`` is made by ``tests/fixtures/make_fixtures.py`` (fpdf2, three
tables drawn without borders, cells wrapped and centred vertically, one header of two levels);
the rest are positioned lines written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesos_extract import extract, read_document
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


def test_unruled_headers_centred_vertically(unruled):
    """A layout engine centres header cells vertically: "Capaian" stands above the line of the
    other labels and "(%)" below it; "REALISASI" (over three columns) above "No. INDIKATOR
    KINERJA SATUAN" (over two rows), the years below. Neither is taken into the caption."""
    iku, _, years = unruled.tables
    assert iku.header[-1] == "Capaian (%)" and iku.caption == "Tabel 2.5 Capaian Indikator Kinerja Urusan Sosial"
    assert years.header == ["No.", "INDIKATOR KINERJA", "SATUAN", "REALISASI 2009", "REALISASI 2010",
                            "REALISASI 2011"]
    assert [[c.text for c in r] for r in years.rows] == [
        ["1.", "Penurunan Jumlah PMKS", "Jiwa", "8.404.817", "8.372.530", "8.276.236"],
        ["2", "Jumlah PMKS yang ditangani", "Jiwa", "35.290", "35.838", "291.110"]]
    assert [(c.value, c.unit) for c in years.rows[1][3:]] == [(35290, "jiwa"), (35838, "jiwa"), (291110, "jiwa")]


def test_unruled_table_over_a_page_break_without_its_header_repeated():
    """45 rows, 23 on page 1 and the rest at the top of page 2 under the running header: one
    table. The rows at the two page edges look alike ("23. Orang 330 330", "24. Orang 340 340")
    but are no running header or footer: those stand at the same height on every page."""
    import sys

    sys.path.insert(0, str(FIX))
    from make_fixtures import HEADER, unruled_long_rows

    report = extract(FIX / "unruled_long.pdf")
    (t,) = report.tables
    assert t.header == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]
    assert [[c.text for c in r] for r in t.rows] == unruled_long_rows()
    doc = read_document(FIX / "unruled_long.pdf")
    assert [doc.page_at(t.rows[k][1].start) for k in (0, 22, 23, 44)] == [1, 1, 2, 2]
    assert HEADER not in report.text and "Halaman" not in report.text
    assert report.text[t.end:].lstrip().startswith("Secara umum")


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
    assert len(unruled.tables) == 3
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
    assert table is not None and (table.first, table.end) == (0, 4)
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
    assert table is not None and (table.first, table.end) == (0, 3) and len(table.rows) == 3


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


def test_a_wrapped_label_goes_on_under_its_column():
    lines = [
        _line(0, (10, "No"), (40, "Indikator"), (300, "Satuan"), (360, "Target"), (420, "Capaian")),
        _line(8, (40, "Kinerja"), (425, "(%)")),
        _line(20, (10, "1."), (40, "Persentase PMKS"), (300, "%"), (360, "80"), (420, "95,5")),
        _line(30, (10, "2."), (40, "Persentase LKS"), (300, "%"), (360, "60"), (420, "100")),
    ]
    table = aligned_table_at(lines, 0)
    assert table.rows[0] == ["No", "Indikator Kinerja", "Satuan", "Target", "Capaian (%)"]
    assert table.rows[1] == ["1.", "Persentase PMKS", "%", "80", "95,5"]


def test_a_label_over_years_heads_a_column_per_year():
    """"REALISASI" over "2009 2010 2011", as seed 001's indicator table stands in its PDF."""
    lines = [
        _line(0, (10, "No."), (40, "INDIKATOR KINERJA"), (250, "SATUAN"), (350, "REALISASI")),
        _line(8, (320, "2009"), (380, "2010"), (440, "2011")),
        _line(20, (10, "1."), (40, "Penurunan Jumlah PMKS"), (250, "Jiwa"), (310, "8.404.817"), (370, "8.372.530"),
              (430, "8.276.236")),
        _line(30, (10, "3"), (40, "Jumlah PMKS ditangani"), (250, "Jiwa"), (310, "35.290"), (370, "35.838"),
              (430, "291.110")),
    ]
    table = aligned_table_at(lines, 0)
    assert table.rows == [
        ["No.", "INDIKATOR KINERJA", "SATUAN", "REALISASI 2009", "REALISASI 2010", "REALISASI 2011"],
        ["1.", "Penurunan Jumlah PMKS", "Jiwa", "8.404.817", "8.372.530", "8.276.236"],
        ["3", "Jumlah PMKS ditangani", "Jiwa", "35.290", "35.838", "291.110"]]

_HEADER_WORDS = st.sampled_from(["No", "Indikator", "Kinerja", "Satuan", "Target", "Realisasi", "Capaian", "(%)",
                                 "2019", "2020", "Permasalahan", "Solusi", "Keterangan"])
_BODY_WORDS = st.sampled_from(["1.", "2", "Persentase", "PMKS", "yang", "ditangani", "%", "80", "76,5", "Jiwa",
                               "8.404.817", "-", "Capaian", "tersebut", "dipengaruhi", "oleh", "anggaran"])


@st.composite
def _placed_pages(draw):
    """A header line of labels at increasing x, lines of other label words near it, then body
    lines of words at random x and spacing."""
    lines = []
    top = 0.0
    for _ in range(draw(st.integers(1, 3))):
        xs = sorted(draw(st.lists(st.floats(0, 500), min_size=1, max_size=7, unique=True)))
        words = [PlacedWord(draw(_HEADER_WORDS), x, x + draw(st.floats(5, 60))) for x in xs]
        lines.append(PlacedLine(top, top + 8, sorted(words, key=lambda w: w.x0)))
        top += draw(st.sampled_from([7.0, 8.0, 14.0]))
    for _ in range(draw(st.integers(0, 12))):
        xs = sorted(draw(st.lists(st.floats(0, 500), min_size=1, max_size=8, unique=True)))
        words = [PlacedWord(draw(_BODY_WORDS), x, x + draw(st.floats(4, 70))) for x in xs]
        lines.append(PlacedLine(top, top + 8, words))
        top += draw(st.sampled_from([7.0, 7.0, 14.0, 30.0]))
    return lines


def test_any_positioned_lines_never_fail():
    """Whatever the lines, the positional reader never raises; a table it finds has rows as wide
    as its header and lies within the lines. Not vacuous: some of the pages give tables."""
    seen = {"pages": 0, "tables": 0}

    @settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(_placed_pages())
    def holds(lines):
        seen["pages"] += 1
        for i in range(len(lines)):
            table = aligned_table_at(lines, i)
            if table is not None:
                seen["tables"] += 1
                assert 0 <= table.first <= i < table.end <= len(lines)
                assert all(len(r) == len(table.rows[0]) for r in table.rows)

    holds()
    assert seen["tables"] >= 0.05 * seen["pages"], seen


def test_a_wide_spanning_label_over_two_of_its_columns():
    """"REALISASI" reaches over both "2009" and "2010": still one column per year."""
    lines = [
        _line(0, (10, "No"), (40, "Indikator"), (250, "Satuan"), (325, "Realisasi")),
        _line(8, (320, "2009"), (360, "2010"), (420, "2011")),
        _line(20, (10, "1."), (40, "Lansia terlantar"), (250, "Jiwa"), (310, "8.404.817"), (365, "8.372.530"),
              (425, "8.276.236")),
        _line(30, (10, "2."), (40, "Anak terlantar"), (250, "Jiwa"), (310, "35.290"), (365, "35.838"),
              (425, "291.110")),
    ]
    table = aligned_table_at(lines, 0)
    assert table.rows[0] == ["No", "Indikator", "Satuan", "Realisasi 2009", "Realisasi 2010", "Realisasi 2011"]
    assert table.rows[1][3:] == ["8.404.817", "8.372.530", "8.276.236"]
