"""Budget and indicator tables copied out of a PDF with their rows wrapped.

A Renstra's, Renja's, LKPJ's or LKjIP's table copied from a PDF viewer or a document site (123dok,
vdokumen) comes out a row a line, its cells run together, and a long row wraps onto the next
line: often in the middle of its figures ("1 Program Rehabilitasi Sosial 1.148.000.000" /
"1.102.660.000 96,05"), or in its name ("... Terlantar di" / "dalam Panti 648.000.000 ..."),
and the caption above the header wraps too ("Tabel 3.7 Realisasi ... Menurut Program" /
"Tahun 2022"). Such a table must read as the unwrapped one does (readers/flattened.py):

- a line of figures alone that completes the row before it to the header's count of figure
  columns belongs to that row;
- the rest of a caption wrapped onto a line ending in its year is no line of the header;
- a row whose figures' columns are only a guess (more figures than columns) raises no alarm.

Written for these tests in the register of the reports, in layouts no seed or dev file uses;
the answers worked out by hand (half-up rounding to the stated decimals). Each table comes
correct and with a planted slip, each wrapped at a few widths, with controls: prose after a
table, a page's number after a row, a list of figures that is no wrapped row.
"""

from __future__ import annotations

import textwrap

import pytest

from kesos_extract import extract_text


def _wrapped(text: str, width: int) -> str:
    """The text as a PDF viewer copies it at ``width`` characters a line: each line wrapped
    between words (never inside one)."""
    out: list[str] = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
    return "\n".join(out)


def _judged(text: str) -> list[tuple[str, float, str]]:
    return sorted((c.check, round(c.stated, 2), c.verdict) for c in extract_text(text).checks)


def _mismatches(text: str) -> list[tuple[str, float]]:
    return sorted((c.check, round(c.stated, 2)) for c in extract_text(text).checks if c.verdict == "mismatch")


# --- a budget table with what is left: every row wraps somewhere at 45-70 columns ---------------

# 618,95/642,3 = 96,36; 198,76/214,8 = 92,53; 371,2/377,5 = 98,33; 1.188,91/1.234,6 = 96,30; the
# columns add up: 642,3 + 214,8 + 377,5 = 1.234,6 and so on
SISA = (
    "Tabel 3.7 Realisasi Anggaran Dinas Sosial Menurut Program Tahun 2022\n"
    "No Uraian Pagu (Rp) Realisasi (Rp) Sisa (Rp) %\n"
    "1 Program Perlindungan dan Jaminan Sosial 642.300.000 618.950.000 23.350.000 96,36\n"
    "2 Program Penanganan Bencana 214.800.000 198.760.000 16.040.000 92,53\n"
    "3 Program Pemberdayaan Sosial 377.500.000 371.200.000 6.300.000 98,33\n"
    "Jumlah 1.234.600.000 1.188.910.000 45.690.000 96,30\n")

SISA_CHECKS = sorted(
    [("row_percent", p, "consistent") for p in (96.36, 92.53, 98.33, 96.3)]
    + [("row_difference", d, "consistent") for d in (23350000.0, 16040000.0, 6300000.0, 45690000.0)]
    + [("column_total", t, "consistent") for t in (1234600000.0, 1188910000.0, 45690000.0)])


@pytest.mark.parametrize("width", [None, 70, 60, 52, 45])
def test_budget_rows_wrapped_read_as_unwrapped(width: int | None) -> None:
    text = SISA if width is None else _wrapped(SISA, width)
    assert _judged(text) == SISA_CHECKS


@pytest.mark.parametrize("width", [None, 70, 60, 52, 45])
def test_budget_rows_wrapped_keep_the_planted_slip(width: int | None) -> None:
    slip = SISA.replace("92,53", "93,53")  # 198,76/214,8 = 92,53
    text = slip if width is None else _wrapped(slip, width)
    assert _mismatches(text) == [("row_percent", 93.53)]


# --- an indicator table (LKjIP): units, names wrapping into the figures --------------------------

# 87,5/90 = 97,22; 78/75 = 104,00; 1.392/1.450 = 96,00
IKU = (
    "Tabel 2.3 Capaian Indikator Kinerja Utama Dinas Sosial Tahun 2021\n"
    "No Indikator Kinerja Satuan Target Realisasi Capaian (%)\n"
    "1 Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya di dalam panti "
    "% 90 87,5 97,22\n"
    "2 Persentase anak terlantar yang mendapatkan pengasuhan alternatif % 75 78 104,00\n"
    "3 Jumlah Potensi dan Sumber Kesejahteraan Sosial yang aktif orang 1.450 1.392 96,00\n")

IKU_CHECKS = sorted(("row_percent", p, "consistent") for p in (97.22, 104.0, 96.0))


@pytest.mark.parametrize("width", [None, 80, 66, 50])
def test_indicator_rows_wrapped_read_as_unwrapped(width: int | None) -> None:
    text = IKU if width is None else _wrapped(IKU, width)
    assert _judged(text) == IKU_CHECKS


@pytest.mark.parametrize("width", [None, 80, 66, 50])
def test_indicator_rows_wrapped_keep_the_planted_slip(width: int | None) -> None:
    slip = IKU.replace("97,22", "97,72")
    text = slip if width is None else _wrapped(slip, width)
    assert _mismatches(text) == [("row_percent", 97.72)]


# --- a program and its kegiatan, wrapped by hand as a viewer's copy shows them -------------------

# kegiatan: 621,43/648 = 95,90; 481,23/500 = 96,25; the program: 648 + 500 = 1.148,
# 621,43 + 481,23 = 1.102,66, 1.102,66/1.148 = 96,05; the second program and its one kegiatan:
# 258,11/265 = 97,40
KEGIATAN_WRAPPED = """Tabel 3.9 Realisasi Program dan Kegiatan Urusan Sosial
No Program/Kegiatan Alokasi (Rp) Realisasi (Rp) %
1 Program Rehabilitasi Sosial 1.148.000.000
1.102.660.000 96,05
1 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di
dalam Panti 648.000.000 621.430.000 95,90
2 Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti
Sosial 500.000.000 481.230.000
96,25
2 Program Pemberdayaan Sosial 265.000.000 258.110.000
97,40
1 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah
Kabupaten/Kota 265.000.000 258.110.000 97,40
"""


def test_a_program_wrapped_in_its_figures_keeps_its_budget_and_kegiatan() -> None:
    r = extract_text(KEGIATAN_WRAPPED)
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
            for p in r.programs] == [
        ("Program Rehabilitasi Sosial", 1148e6, 1102.66e6, 96.05,
         ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di dalam Panti",
          "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial"]),
        ("Program Pemberdayaan Sosial", 265e6, 258.11e6, 97.4,
         ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"])]
    judged = _judged(KEGIATAN_WRAPPED)
    assert ("program_sum", 1148e6, "consistent") in judged and ("program_sum", 1102.66e6, "consistent") in judged
    assert sorted(x for x in judged if x[0] == "row_percent") == [
        ("row_percent", 95.9, "consistent"), ("row_percent", 96.05, "consistent"), ("row_percent", 96.25, "consistent"),
        ("row_percent", 97.4, "consistent"), ("row_percent", 97.4, "consistent")]
    assert not [x for x in judged if x[2] == "mismatch"]


def test_a_program_wrapped_in_its_figures_with_a_slip_in_a_kegiatan() -> None:
    slip = KEGIATAN_WRAPPED.replace("481.230.000", "471.230.000")  # the program's sum then 1.092,66
    assert _mismatches(slip) == [("program_sum", 1102.66e6), ("row_percent", 96.25)]


# --- the caption wrapped over the header ----------------------------------------------------------

CAPTION_WRAPPED = """Tabel III.4 Realisasi Anggaran Belanja Langsung Dinas Sosial per Program
Tahun Anggaran 2022
Kode Uraian Anggaran (Rp) Realisasi (Rp) %
1.06.03 Rehabilitasi Sosial 920.000.000 874.000.000 95,00
1.06.05 Perlindungan dan Jaminan Sosial 480.000.000 451.200.000 94,00
Jumlah 1.400.000.000 1.325.200.000 94,66
"""


def test_a_captions_year_wrapped_onto_a_line_is_no_column() -> None:
    # 874/920 = 95,00; 451,2/480 = 94,00; 1.325,2/1.400 = 94,657 -> 94,66
    assert _judged(CAPTION_WRAPPED) == sorted(
        [("row_percent", p, "consistent") for p in (95.0, 94.0, 94.66)]
        + [("column_total", t, "consistent") for t in (1400000000.0, 1325200000.0)])


# --- controls: what must read as before -----------------------------------------------------------

def test_prose_after_a_wrapped_table_stays_prose() -> None:
    text = _wrapped(SISA, 52) + (
        "\nDari tabel di atas terlihat bahwa sisa anggaran terbesar ada pada Program Perlindungan dan "
        "Jaminan Sosial, yaitu Rp 23.350.000, karena efisiensi pengadaan.\n")
    assert _judged(text) == SISA_CHECKS


def test_a_pages_number_after_a_row_is_no_figure_of_it() -> None:
    # the table's last row is whole; "27" below it is the page's number, no fifth figure
    text = SISA.rstrip("\n") + "\n27\n"
    assert _judged(text) == SISA_CHECKS


def test_figures_beyond_the_columns_raise_no_alarm() -> None:
    # a row whose figures go on over more columns than the header has (a figure spaced out
    # by the PDF's text layer): which column each stands in is a guess, and none is judged
    text = ("Tabel 4.1 Capaian Kinerja Sasaran Tahun 2023\n"
            "Indikator Kinerja Target Realisasi Capaian\n"
            "Persentase PMKS yang tertangani 8 5 %\n"
            "84,60% 99,53%\n"
            "Persentase lansia terlantar yang terlayani 70% 70% 100%\n")
    assert _mismatches(text) == []


def test_a_list_of_figures_is_no_wrapped_row() -> None:
    # figures a line under a row that has all of its own: a list of counts after the table,
    # not the rest of its last row
    text = ("Tabel 2.2 Penerima Bantuan Sosial Tahun 2023\n"
            "No Jenis Bantuan Target Realisasi %\n"
            "1 Bantuan permakanan lanjut usia 1.200 1.164 97,00\n"
            "2 Bantuan alat bantu disabilitas 150 147 98,00\n"
            "Jumlah penerima per kecamatan:\n"
            "412 388 364\n")
    assert _judged(text) == [("row_percent", 97.0, "consistent"), ("row_percent", 98.0, "consistent")]


# --- kegiatan lettered under their program, wrapped in their names or their figures --------------

# 412,8/430 = 96,00; 288,7/300 = 96,23; the program: 430 + 300 = 730, 412,8 + 288,7 = 701,5,
# 701,5/730 = 96,10; the second: 247/260 = 95,00 (one kegiatan)
LETTERED = (
    "Tabel 3.2 Realisasi Program dan Kegiatan Bidang Sosial Tahun 2021\n"
    "No Program/Kegiatan Anggaran (Rp) Realisasi (Rp) %\n"
    "1 Program Pemberdayaan Sosial 730.000.000 701.500.000 96,10\n"
    "a. Pengembangan potensi sumber kesejahteraan sosial daerah 430.000.000 412.800.000 96,00\n"
    "b. Pengumpulan sumbangan dalam daerah 300.000.000 288.700.000 96,23\n"
    "2 Program Penanganan Bencana 260.000.000 247.000.000 95,00\n"
    "a. Perlindungan sosial korban bencana alam dan sosial 260.000.000 247.000.000 95,00\n")

LETTERED_CHECKS = sorted(
    [("row_percent", p, "consistent") for p in (96.1, 96.0, 96.23, 95.0, 95.0)]
    + [("program_sum", s, "consistent") for s in (730e6, 701.5e6, 260e6, 247e6)])


@pytest.mark.parametrize("width", [None, 75, 62, 55])
def test_lettered_kegiatan_wrapped_read_as_unwrapped(width: int | None) -> None:
    text = LETTERED if width is None else _wrapped(LETTERED, width)
    assert _judged(text) == LETTERED_CHECKS
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in extract_text(text).programs] == [
        ("Program Pemberdayaan Sosial", 730e6, 701.5e6), ("Program Penanganan Bencana", 260e6, 247e6)]


@pytest.mark.parametrize("width", [None, 75, 62, 55])
def test_lettered_kegiatan_wrapped_keep_the_planted_slip(width: int | None) -> None:
    slip = LETTERED.replace("96,23", "96,32")  # 288,7/300 = 96,23
    text = slip if width is None else _wrapped(slip, width)
    assert _mismatches(text) == [("row_percent", 96.32)]


# --- a header of three lines, its first with words no column label has ----------------------------

# 518,94/540 = 96,10; 292,95/310 = 94,50
RENJA = (
    "Tabel 2.4 Evaluasi Hasil Pelaksanaan Renja Dinas Sosial Tahun 2023\n"
    "Kode Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan Pagu Anggaran 2023 (Rp) "
    "Realisasi 2023 (Rp) Capaian (%)\n"
    "1.06.02 PROGRAM PEMBERDAYAAN SOSIAL 540.000.000 518.940.000 96,10\n"
    "1.06.02.2.04 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota 540.000.000 "
    "518.940.000 96,10\n"
    "1.06.06 PROGRAM PENANGANAN BENCANA 310.000.000 292.950.000 94,50\n"
    "1.06.06.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota 310.000.000 "
    "292.950.000 94,50\n")


# (at 60 columns the header's lines under its first reach the urusan's or program's row: only
# the lines that read as header go with it, flat_tables._wrapped_header)
THREE_LINE_WIDTHS = [None, 80, 60]


@pytest.mark.parametrize("width", THREE_LINE_WIDTHS)
def test_a_header_wrapped_over_three_lines_gives_the_budgets(width: int | None) -> None:
    text = RENJA if width is None else _wrapped(RENJA, width)
    r = extract_text(text)
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in r.programs] == [
        ("PROGRAM PEMBERDAYAAN SOSIAL", 540e6, 518.94e6, 96.1), ("PROGRAM PENANGANAN BENCANA", 310e6, 292.95e6, 94.5)]
    assert not [c for c in r.checks if c.verdict == "mismatch"]


@pytest.mark.parametrize("width", THREE_LINE_WIDTHS)
def test_a_header_wrapped_over_three_lines_keeps_the_planted_slip(width: int | None) -> None:
    slip = RENJA.replace("292.950.000 94,50\n1.06.06.2.01", "292.950.000 95,40\n1.06.06.2.01")
    text = slip if width is None else _wrapped(slip, width)
    assert ("row_percent", 95.4) in _mismatches(text)


# --- a column label wrapped in the middle of its words -------------------------------------------

# "... % Sisa" / "Anggaran": one column, "Sisa Anggaran"; 734,4/765 = 96,00, 765 - 734,4 = 30,6;
# 412,25/425 = 97,00, 425 - 412,25 = 12,75
SISA_ANGGARAN = """Tabel 4.7 Realisasi Program Urusan Sosial Tahun 2019
No Program/Kegiatan Pagu Anggaran Realisasi Anggaran % Sisa
Anggaran
1 Program Pemberdayaan Sosial 765.000.000 734.400.000 96,00 30.600.000
2 Program Perlindungan dan Jaminan Sosial 425.000.000 412.250.000 97,00 12.750.000
"""


def test_a_label_wrapped_in_its_words_is_one_column() -> None:
    assert _judged(SISA_ANGGARAN) == sorted(
        [("row_percent", 96.0, "consistent"), ("row_percent", 97.0, "consistent"),
         ("row_difference", 30600000.0, "consistent"), ("row_difference", 12750000.0, "consistent")])


def test_a_label_wrapped_in_its_words_keeps_the_planted_slip() -> None:
    assert _mismatches(SISA_ANGGARAN.replace("12.750.000", "17.250.000")) == [("row_difference", 17250000.0)]
