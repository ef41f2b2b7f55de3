"""Tables flattened to lines of words (``kesos_extract.readers.flattened``).

Seed 003 (a news site's copy of an LKPJ) is the one real case; the texts here are written for the
tests in the styles of other regions' LKPJ and LKjIP, with other column labels, other
wrapping and other row layouts, and cases that must stay prose.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from kesos_extract import extract_text
from kesos_extract.errors import GrammarError
from kesos_extract.readers import flattened
from kesos_extract.readers.text import _lines

IKU_KABUPATEN = """Capaian kinerja urusan sosial disajikan sebagai berikut.

Tabel 2.5
Capaian Indikator Kinerja Urusan Sosial Kabupaten Sumba Timur Tahun 2022

No Indikator Kinerja Satuan Target Realisasi Capaian (%)
1 Persentase PMKS yang
memperoleh bantuan sosial
% 80 76,5 95,63
2 Persentase panti sosial yang
menerapkan standar pelayanan
% 60 45 80

Capaian tersebut dipengaruhi oleh keterbatasan anggaran daerah yang dialokasikan untuk urusan sosial pada tahun 2022.
"""

PROBLEMS_WRAPPED = """Permasalahan yang dihadapi serta upaya pemecahannya adalah sebagai berikut:

No Permasalahan Upaya Pemecahan Masalah
1. Terbatasnya anggaran untuk
penanganan PMKS
Mengoptimalkan sumber dana dari CSR
2. Kurangnya koordinasi lintas sektor. Meningkatkan koordinasi dengan OPD terkait.
3. Belum optimalnya pendataan fakir miskin Verifikasi dan validasi data secara berkala


Demikian permasalahan dan solusi urusan sosial.
"""

PROBLEMS_ONE_LINE = """Permasalahan Solusi
1. Data PMKS belum mutakhir. Pemutakhiran data melalui aplikasi SIKS-NG.
2. Keterbatasan sarana panti. Penambahan sarana melalui DAK.

Seluruh permasalahan akan ditindaklanjuti pada tahun anggaran berikutnya bersama perangkat daerah terkait dan pemerintah provinsi.
"""

# an award table whose names wrap over lines and whose second column follows the first's last,
# short line; the caption sits right above the header with no blank line between
AWARDS_CAPTION_ABOVE = """Tabel 3.9 Penghargaan Bidang Sosial
No Nama Penghargaan Pemberi Penghargaan
1. Kabupaten Peduli Hak Asasi
Manusia
Kementerian Hukum dan HAM
2. Kampung Siaga Bencana
Terbaik
Gubernur Nusa Tenggara Barat
"""


def _cells(table):
    return [[c.text for c in r] for r in table.rows]


def test_indicator_table_with_numbers_on_the_last_line_is_checked():
    """The rebuilt table goes through the same typing and audit as any other: row 2 says 80% for
    45 of a target of 60 (75%)."""
    report = extract_text(IKU_KABUPATEN)
    (t,) = report.tables
    assert t.caption.startswith("Tabel 2.5 Capaian Indikator Kinerja")
    assert t.header == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    assert _cells(t) == [["1", "Persentase PMKS yang memperoleh bantuan sosial", "%", "80", "76,5", "95,63"],
                         ["2", "Persentase panti sosial yang menerapkan standar pelayanan", "%", "60", "45", "80"]]
    verdicts = [(c.check, c.verdict) for c in report.checks]
    assert verdicts == [("row_percent", "consistent"), ("row_percent", "mismatch")]
    bad = report.checks[1]
    assert report.text[bad.start:bad.end] == bad.quote and "45 / 60 = 75%" in bad.message


IKU_UNITS_IN_CELLS = """Tabel 3.2
Capaian Indikator Kinerja Utama Dinas Sosial Tahun 2022
No Sasaran Indikator Kinerja Target Realisasi Capaian (%)
1 Meningkatnya penanganan PMKS Persentase PMKS yang tertangani 85 % 87,5 % 102,94
2 Meningkatnya kemandirian KPM Persentase KPM yang graduasi mandiri 10 % 8 % 80,00
3 Meningkatnya kualitas layanan rehabilitasi sosial Jumlah anak terlantar yang direhabilitasi 250 anak 240 anak {c3}
4 Meningkatnya pemberdayaan lembaga Jumlah LKS yang dibina 40 lembaga 38 lembaga 95,00
Sumber : Dinas Sosial, 2023
"""


@pytest.mark.parametrize("c3, verdict", [("96,00", "consistent"), ("69,00", "mismatch")])
def test_figures_with_their_count_unit_in_a_row_a_line(c3, verdict):
    """Target and realisation written with their unit ("250 anak 240 anak 96,00") are cells as
    "85 %" is: the row is read and checked (it ended the table before)."""
    report = extract_text(IKU_UNITS_IN_CELLS.format(c3=c3))
    (t,) = report.tables
    assert [row[-3:] for row in _cells(t)] == [["85 %", "87,5 %", "102,94"], ["10 %", "8 %", "80,00"],
                                                ["250 anak", "240 anak", c3], ["40 lembaga", "38 lembaga", "95,00"]]
    checks = [(c.stated, c.verdict, c.operands["numerator"], c.operands["denominator"]) for c in report.checks]
    assert checks == [(102.94, "consistent", 87.5, 85.0), (80.0, "consistent", 8.0, 10.0),
                      (float(c3.replace(",", ".")), verdict, 240.0, 250.0), (95.0, "consistent", 38.0, 40.0)]


BUDGET_NUMBERED = """Realisasi anggaran per program disajikan pada tabel berikut.

No Program Anggaran Realisasi %
1. Program Pemberdayaan Sosial 2.270.000.000 2.239.872.329 98,67
2. Program Perlindungan dan
Jaminan Sosial 1.500.000.000 1.350.000.000 92,00

Secara keseluruhan realisasi anggaran urusan sosial cukup baik dibandingkan dengan tahun sebelumnya.
"""


def test_numbered_rows_ending_in_figures_and_a_lone_percent_label():
    """Numbered rows whose figures end the line are read as rows ending in figures; the rows
    have a column more than "Realisasi %" would give, so "%" heads one of its own. Row 2 says
    92,00% for 1.350.000.000 of 1.500.000.000 (90%)."""
    report = extract_text(BUDGET_NUMBERED)
    (t,) = report.tables
    assert t.header == ["No", "Program", "Anggaran", "Realisasi", "%"]
    assert _cells(t) == [["1.", "Program Pemberdayaan Sosial", "2.270.000.000", "2.239.872.329", "98,67"],
                         ["2.", "Program Perlindungan dan Jaminan Sosial", "1.500.000.000", "1.350.000.000", "92,00"]]
    assert [(c.check, c.verdict) for c in report.checks] == [("row_percent", "consistent"), ("row_percent", "mismatch")]


# figures written with their currency ("Rp 1.250.000.000", fused "Rp800.000.000") and rupiah
# written "800.000.000,-": each is one figure of the row, never words of its label
BUDGET_RP_APART = """Program Anggaran Realisasi Persentase
Program Pemberdayaan Sosial Rp 1.250.000.000 Rp 1.125.000.000 90%
Program Rehabilitasi Sosial Rp 800.000.000 Rp 760.000.000 95%
Total Rp 2.050.000.000 Rp 1.885.000.000 91,95%
"""

BUDGET_RP_FUSED_AND_DASHED = """Tabel 3.1 Realisasi Anggaran per Program
No Program Anggaran Realisasi Sisa
1 Program Pemberdayaan Sosial Rp1.250.000.000 Rp1.125.000.000 Rp125.000.000
2 Program Rehabilitasi Sosial 800.000.000,- 760.000.000,- 40.000.000,-
3 Program Penanganan Bencana 100.000.000 - 100.000.000
Jumlah 2.150.000.000 1.885.000.000 265.000.000
"""


def test_figures_with_rp_apart_are_cells_and_a_slip_is_caught():
    """"Rp" apart from its figure was read as a word of the label: the figures shifted one column
    and "Total Rp 2.050.000.000 Rp" was taken for a program, raising a false program_sum alarm."""
    report = extract_text(BUDGET_RP_APART)
    (t,) = report.tables
    assert t.header == ["Program", "Anggaran", "Realisasi", "Persentase"]
    assert _cells(t)[2] == ["Total", "Rp 2.050.000.000", "Rp 1.885.000.000", "91,95%"]
    assert t.total_rows == [2]
    assert {c.verdict for c in report.checks} == {"consistent"}
    assert sorted(c.check for c in report.checks) == ["column_total"] * 2 + ["row_percent"] * 3
    slipped = extract_text(BUDGET_RP_APART.replace("Rp 760.000.000 95%", "Rp 760.000.000 97%"))
    assert [c.message.split(":")[1].strip() for c in slipped.checks if c.verdict == "mismatch"] == [
        "'Program Rehabilitasi Sosial'"]


def test_figures_with_rp_fused_or_a_dash_after_are_cells():
    """A row whose figures end in ",-" was swallowed into the next row's label: the "Jumlah"
    row was then checked against two rows and two false column_total alarms were raised."""
    report = extract_text(BUDGET_RP_FUSED_AND_DASHED)
    (t,) = report.tables
    assert _cells(t) == [
        ["1", "Program Pemberdayaan Sosial", "Rp1.250.000.000", "Rp1.125.000.000", "Rp125.000.000"],
        ["2", "Program Rehabilitasi Sosial", "800.000.000,-", "760.000.000,-", "40.000.000,-"],
        ["3", "Program Penanganan Bencana", "100.000.000", "-", "100.000.000"],
        ["", "Jumlah", "2.150.000.000", "1.885.000.000", "265.000.000"]]
    assert report.checks and {c.verdict for c in report.checks} == {"consistent"}
    slipped = extract_text(BUDGET_RP_FUSED_AND_DASHED.replace("Jumlah 2.150.000.000", "Jumlah 2.250.000.000"))
    assert [(c.check, c.verdict) for c in slipped.checks if c.verdict == "mismatch"] == [
        ("row_difference", "mismatch"), ("column_total", "mismatch")]


# a web page's table copied as text: every cell a line of its own, no tabs
IKU_CELL_PER_LINE = """Tabel 2.1 Capaian Indikator Kinerja Utama Dinas Sosial Tahun 2022

No
Indikator Kinerja
Satuan
Target
Realisasi
Capaian (%)
1
Persentase PMKS yang tertangani
%
80
76,5
95,63
2
Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya
%
100
100
100

Capaian kinerja secara umum sudah baik.
"""

# the total row's "No" cell was empty, so it has no line: "Jumlah" stands where a number would
PMKS_CELL_PER_LINE = """Jumlah PMKS per kecamatan tahun 2023 disajikan berikut.

No
Kecamatan
Jumlah
Persentase
1
Kota Barat
1.252
42,07
2
Kota Timur
1.139
38,27
3
Dungingi
585
19,66
Jumlah
2.976
100,00

Data bersumber dari DTKS.
"""


def test_one_cell_per_line_indicator_table_is_read_and_a_slip_caught():
    report = extract_text(IKU_CELL_PER_LINE)
    (t,) = report.tables
    assert t.header == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    assert _cells(t)[0] == ["1", "Persentase PMKS yang tertangani", "%", "80", "76,5", "95,63"]
    assert len(t.rows) == 2 and t.end < report.text.index("Capaian kinerja secara")
    assert [(c.check, c.verdict) for c in report.checks] == [("row_percent", "consistent")] * 2
    slipped = extract_text(IKU_CELL_PER_LINE.replace("76,5\n95,63", "76,5\n97,63"))
    assert [c.verdict for c in slipped.checks] == ["mismatch", "consistent"]


def test_one_cell_per_line_table_with_a_total_row_without_its_number():
    report = extract_text(PMKS_CELL_PER_LINE)
    (t,) = report.tables
    assert t.header == ["No", "Kecamatan", "Jumlah", "Persentase"]
    assert _cells(t)[-1] == ["", "Jumlah", "2.976", "100,00"] and t.total_rows == [3]
    # the Persentase column is each row's share of the Jumlah row's 2.976 (1.252 / 2.976 = 42,07%)
    assert [(c.check, c.verdict) for c in report.checks] == [("row_percent", "consistent")] * 4 + [
        ("column_total", "consistent")]
    slipped = extract_text(PMKS_CELL_PER_LINE.replace("2.976", "2.967"))
    assert [(c.check, c.verdict) for c in slipped.checks if c.verdict != "consistent"] == [("column_total", "mismatch")]


@pytest.mark.parametrize("text", [
    # label words one per line over a list whose first column does not count the rows
    "No\nProgram\nAnggaran\n2\nProgram Pemberdayaan Sosial\n1.000\n5\nProgram Rehabilitasi Sosial\n2.000\n",
    # label words one per line, then prose
    "Program\nKegiatan\nSasaran\nProgram ini dilaksanakan pada tahun 2022 dengan anggaran 1.000.000.\n"
    "Kegiatan tersebut berjalan baik.\nSasaran tercapai 100 persen.\n",
], ids=["not-counting", "prose"])
def test_lines_of_labels_over_no_rows_of_cells_are_no_table(text):
    assert extract_text(text).tables == []


def test_numbered_problems_wrapped_over_lines():
    (t,) = extract_text(PROBLEMS_WRAPPED).tables
    assert t.header == ["No", "Permasalahan", "Upaya Pemecahan Masalah"]
    assert _cells(t) == [
        ["1.", "Terbatasnya anggaran untuk penanganan PMKS", "Mengoptimalkan sumber dana dari CSR"],
        ["2.", "Kurangnya koordinasi lintas sektor.", "Meningkatkan koordinasi dengan OPD terkait."],
        ["3.", "Belum optimalnya pendataan fakir miskin", "Verifikasi dan validasi data secara berkala"]]


def test_numbered_problems_one_line_each_and_the_paragraph_after_stays_out():
    report = extract_text(PROBLEMS_ONE_LINE)
    (t,) = report.tables
    assert _cells(t) == [["1. Data PMKS belum mutakhir.", "Pemutakhiran data melalui aplikasi SIKS-NG."],
                         ["2. Keterbatasan sarana panti.", "Penambahan sarana melalui DAK."]]
    assert t.end < report.text.index("Seluruh permasalahan")


def test_header_right_under_the_caption():
    report = extract_text(AWARDS_CAPTION_ABOVE)
    (t,) = report.tables
    assert t.caption == "Tabel 3.9 Penghargaan Bidang Sosial"
    assert t.header == ["No", "Nama Penghargaan", "Pemberi Penghargaan"]
    assert _cells(t) == [["1.", "Kabupaten Peduli Hak Asasi Manusia", "Kementerian Hukum dan HAM"],
                         ["2.", "Kampung Siaga Bencana Terbaik", "Gubernur Nusa Tenggara Barat"]]


@pytest.mark.parametrize("text", [IKU_KABUPATEN, PROBLEMS_WRAPPED, PROBLEMS_ONE_LINE, AWARDS_CAPTION_ABOVE,
                                  BUDGET_NUMBERED],
                         ids=["iku", "problems-wrapped", "problems-one-line", "awards", "budget-numbered"])
def test_every_cell_quotes_its_words(text):
    report = extract_text(text)
    assert report.tables
    for t in report.tables:
        for row in t.rows:
            for c in row:
                assert report.text[c.start:c.end].split() == c.text.split()


# texts that hold no table, read as text and as the lines of a PDF
PROSE = pytest.mark.parametrize("text", [
    # a numbered list under two label words whose items cannot be cut in two
    "Program Kegiatan\n1. Pelayanan sosial bagi lansia terlantar\n2. Bantuan bagi penyandang disabilitas\n",
    # a heading made of label words and "dan", then prose
    "Permasalahan dan Solusi\n\nDalam pelaksanaan urusan sosial ditemui beberapa permasalahan.\n",
    # one label is no header
    "Sasaran\n1. Meningkatnya pelayanan sosial\n2. Menurunnya jumlah PMKS\n",
    # label words over a sentence with figures in it, not a row ending in numbers
    "Target Realisasi\nPada tahun 2020 target 120 orang dan realisasi 118 orang.\n",
], ids=["list-under-labels", "heading-then-prose", "one-label", "sentence-with-figures"])


@PROSE
def test_prose_stays_prose(text):
    assert extract_text(text).tables == []


@pytest.mark.parametrize("row,cells", [
    # a sentence end, then a verb
    ("1. Adanya hutang santunan kematian. Perlunya perencanaan dana.",
     ["1. Adanya hutang santunan kematian.", "Perlunya perencanaan dana."]),
    # a lower-case word, then a nominalised verb
    ("2. Tingginya angka PMKS di perkotaan Penanganan PMKS secara berkelanjutan",
     ["2. Tingginya angka PMKS di perkotaan", "Penanganan PMKS secara berkelanjutan"]),
    # "di" needs its complement: the cell goes on over the line break
    ("3. Kurang aktifnya PSKS di\nKota Mataram\nPembinaan PSKS secara berkala",
     ["3. Kurang aktifnya PSKS di Kota Mataram", "Pembinaan PSKS secara berkala"]),
    # inside brackets no cell starts
    ("4. Belum ada SOP (Standar\nOperasional Prosedur)\nMenyusun SOP bersama OPD",
     ["4. Belum ada SOP (Standar Operasional Prosedur)", "Menyusun SOP bersama OPD"]),
], ids=["sentence-end", "case-shift", "joiner", "bracket"])
def test_split_row(row, cells):
    lines = _lines(row)
    words = [w for i in range(len(lines)) for w in flattened._words(row, lines, i)]
    got = flattened.split_row(words, 2)
    assert [" ".join(w.text for w in c) for c in got] == cells


def test_a_row_with_no_place_to_cut_is_none():
    text = "1. pelayanan sosial bagi lansia"
    lines = _lines(text)
    assert flattened.split_row(flattened._words(text, lines, 0), 2) is None


def test_header_labels_longest_first_and_qualifiers():
    text = "Indikator Kinerja Utama Satuan Capaian 2019 Target 2020 (%)"
    labels = flattened.header_labels(flattened._words(text, _lines(text), 0))
    assert [" ".join(w.text for w in lab) for lab in labels] == [
        "Indikator Kinerja Utama", "Satuan", "Capaian 2019", "Target 2020 (%)"]
    text = "Indikator Kinerja dan Target"
    assert flattened.header_labels(flattened._words(text, _lines(text), 0)) is None


def test_a_bad_vocabulary_names_its_key(monkeypatch):
    class Fake:
        vocabulary = {"flattened": {"column_labels": [False]}}

    flattened._vocab.cache_clear()
    monkeypatch.setattr(flattened, "load_grammar", lambda name: Fake())
    try:
        with pytest.raises(GrammarError, match=r"tables\.yaml.*vocabulary\.flattened\.column_labels\.0"):
            flattened._vocab()
    finally:
        monkeypatch.undo()
        flattened._vocab.cache_clear()

_LABELS = st.sampled_from(["No", "Permasalahan", "Solusi", "Keterangan", "Indikator Kinerja", "Satuan",
                           "Target 2020", "Realisasi", "Capaian (%)", "Upaya Pemecahan"])
_WORDS = st.sampled_from(["Adanya", "hutang", "santunan.", "Perlunya", "perencanaan", "di", "Kota", "Bontang",
                          "(PMKS", "PMKS)", "dan", "Penanganan", "Membuat", "SOP", "tingkat", "Nasional", "yang",
                          "Verifikasi", "data", "LK3", "%", "80", "76,5", "-", "Rp.", "1.000"])
_FIGURES = st.lists(st.sampled_from(["99,08", "85", "1.200", "-", "76,5 %", "100"]), min_size=2, max_size=4)


@st.composite
def _flattened_texts(draw):
    """A header of column labels, then numbered rows or rows ending in figures, their words
    wrapped at random, with blank lines and other paragraphs around."""
    lines = draw(st.lists(st.sampled_from(["Tabel 3.7", "Uraian berikut ini:", "a) Penghargaan", ""]), max_size=2))
    labels = draw(st.lists(_LABELS, min_size=1, max_size=4, unique=True))
    cut = draw(st.integers(0, len(labels)))
    lines += [" ".join(labels[:cut]), " ".join(labels[cut:])]
    numbered = draw(st.booleans())
    for n in range(1, draw(st.integers(1, 4)) + 1):
        words = draw(st.lists(_WORDS, min_size=1, max_size=12))
        row = ([f"{n}."] if numbered else []) + words + ([] if numbered else draw(_FIGURES))
        while row:
            k = draw(st.integers(1, len(row)))
            lines.append(" ".join(row[:k]))
            row = row[k:]
            lines += [""] * draw(st.integers(0, 2))
    lines += draw(st.lists(st.sampled_from(["", "Demikian laporan ini disampaikan untuk diketahui bersama."]),
                           max_size=2))
    return "\n".join(lines)


def test_any_flattened_text_never_fails_and_cells_quote_their_words():
    """Whatever header, rows, wrapping and blank lines come, the reader never raises, every row of
    a rebuilt table is as wide as its header, and every cell quotes its words. Not vacuous: a
    share of the texts must come out as tables (the rest are rows that cannot be cut, or one
    label: no table)."""
    seen = {"texts": 0, "tables": 0}

    @settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(_flattened_texts())
    def holds(text):
        report = extract_text(text)
        seen["texts"] += 1
        seen["tables"] += bool(report.tables)
        for t in report.tables:
            for row in t.rows:
                assert len(row) == len(t.header)
                for c in row:
                    assert report.text[c.start:c.end].split() == c.text.split()

    holds()
    assert seen["tables"] >= 0.1 * seen["texts"], seen


def test_a_rebuilt_table_going_on_after_a_page_break_keeps_its_header():
    """Two blocks of a text-only table that the reader rebuilt, one right after the other (the
    second repeating the header after a page break), are one table: its rows are not taken for
    header rows because none of them holds a number."""
    from kesos_extract.document import Block, Document, TableCell
    from kesos_extract.tables import type_tables

    text = "Masalah\tSolusi\nA\tB\n\nMasalah\tSolusi\nC\tD"

    def cell(word, start):
        return TableCell(word, start, start + len(word))

    first = Block("table", 0, 18, rows=[[cell("Masalah", 0), cell("Solusi", 8)], [cell("A", 15), cell("B", 17)]],
                  header_rows=1)
    second = Block("table", 20, 38, rows=[[cell("Masalah", 20), cell("Solusi", 28)], [cell("C", 35), cell("D", 37)]],
                   header_rows=1)
    doc = Document(path="x.txt", format="txt", text=text, blocks=[first, second])
    (t,) = type_tables(doc)
    assert t.header == ["Masalah", "Solusi"]
    assert [[c.text for c in r] for r in t.rows] == [["A", "B"], ["C", "D"]]


# --- the same tables from a PDF's lines (readers.pdf.flattened_tables_by_page) -------------------

PITCH = 13.5  # a single-spaced line's top to the next one's


def _pdf_pages(text: str, break_at: int = -1):
    """The text's lines as a PDF's: each non-blank line a line of the page, as many pitches below
    the one before as it has blank lines before it, plus one; from non-blank line ``break_at`` on,
    a second page whose first line stands as many pitches below the top as its blank lines."""
    from kesos_extract.readers.pdf import _Line, _Page

    pages = [_Page(1, height=842.0)]
    top, blanks, n = 60.0, 0, 0
    for line in text.split("\n"):
        if not line.strip():
            blanks += 1
            continue
        if n == break_at and pages[-1].lines:
            pages.append(_Page(2, height=842.0))
            top = 60.0 + PITCH * blanks
        elif pages[-1].lines:
            top += PITCH * (1 + blanks)
        pages[-1].lines.append(_Line(line.strip(), top, top + 10.0))
        blanks, n = 0, n + 1
    return pages


def _text_tables(text: str):
    from kesos_extract.readers.text import split_blocks

    return [[[c.text for c in r] for r in b.rows] for b in split_blocks(text) if b.header_rows == 1]


def _pdf_tables(pages):
    from kesos_extract.readers.pdf import flattened_tables_by_page

    rows, taken = flattened_tables_by_page(pages, [p.lines for p in pages], [set() for _ in pages])
    tables: dict[int, list] = {}
    for page_rows in rows:
        for k in sorted(page_rows):
            tables.setdefault(page_rows[k].table, []).extend(page_rows[k].rows)
    return [tables[n] for n in sorted(tables)], taken


_SEED_TEXTS = {seed: (ROOT / "corpus" / seed).read_text(encoding="utf-8")
               for seed in ("001_46945bdb9795494b.txt", "003_ef023881b5c4e780.txt")}
_LAID = {"iku": IKU_KABUPATEN, "problems-wrapped": PROBLEMS_WRAPPED, "problems-one-line": PROBLEMS_ONE_LINE,
         "awards": AWARDS_CAPTION_ABOVE, "budget-numbered": BUDGET_NUMBERED, "budget-rp-apart": BUDGET_RP_APART,
         "budget-rp-fused": BUDGET_RP_FUSED_AND_DASHED, **_SEED_TEXTS}


@pytest.mark.parametrize("text", list(_LAID.values()), ids=list(_LAID))
def test_a_pdf_of_the_text_gives_its_flattened_tables(text):
    """Laid out as a PDF page lays them (blank lines as vertical space), the lines give the tables
    the text gives, cell for cell, wherever a page break falls."""
    text = "\n".join(line for line in text.replace("\xa0", " ").split("\n") if "\t" not in line)
    expected = _text_tables(text)
    assert expected
    count = sum(1 for line in text.split("\n") if line.strip())
    for break_at in [-1, *range(1, count)]:
        got, _ = _pdf_tables(_pdf_pages(text, break_at))
        assert got == expected, break_at


@PROSE
def test_prose_of_a_pdf_stays_prose(text):
    got, taken = _pdf_tables(_pdf_pages(text))
    assert got == [] and taken == [set()]


def test_any_flattened_text_gives_the_same_tables_from_its_pdf_lines():
    """The generated texts of the test above, laid as a PDF's lines: the same tables as the text."""
    @settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(_flattened_texts())
    def holds(text):
        assert _pdf_tables(_pdf_pages(text))[0] == _text_tables(text)

    holds()


def test_lines_other_tables_took_and_ruled_tables_end_a_flattened_table():
    """A line of a table already read (``taken``) or a ruled table between two lines ends a
    flattened table: here one numbered row is left, no table."""
    from kesos_extract.readers.pdf import _Table, flattened_tables_by_page

    pages = _pdf_pages(PROBLEMS_ONE_LINE)
    lines = [p.lines for p in pages]
    assert [len(r.rows) for r in flattened_tables_by_page(pages, lines, [set()])[0][0].values()] == [3]
    assert flattened_tables_by_page(pages, lines, [{2}]) == ([{}], [set()])  # row 2 is another table's
    assert flattened_tables_by_page(pages, lines, [{0}]) == ([{}], [set()])  # so is the header
    pages[0].tables.append(_Table((lines[0][1].top + lines[0][2].top) / 2, [["a", "b"], ["c", "d"]]))
    assert flattened_tables_by_page(pages, lines, [set()]) == ([{}], [set()])
