"""Programs of a budget table flattened to text, a row a line or a cell a line: what pypdf,
PyMuPDF, pdftotext, a document site (123dok, vdokumen), docx2txt or LibreOffice's "Save as text"
make of a report's "Program / Kegiatan | Pagu | Realisasi" table. A row opens with its number
(arabic or roman, no full stop), its name may wrap over two lines, its figures close it on the
same line or the next; the kegiatan rows are numbered from 1 inside each program, the header comes
again after a page break, and a section row ("I Urusan ...") is no program.

The passages are written for these tests in the register of LKPJ, LKjIP and Renja tables, in
layouts and wordings the seeds do not use; the controls are flattened tables and lists that name
no program (indicator rows, numbered kegiatan in prose, a page number over a paragraph)."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def _names(text: str) -> list[str]:
    return [p.name for p in extract_text(text).programs]


# --- a row a line (pypdf, a document site) ------------------------------------------------------

# a Renja's table of the year before, Permendagri 90 nomenclature, a section row over its
# programs, figures cut to the next line, a kegiatan's name wrapped, the header repeated after a
# page's running header
RENJA_ROWS = """Tabel 2.3
Realisasi Program dan Kegiatan Dinas Sosial Tahun 2022
No Program/Kegiatan Pagu (Rp) Realisasi (Rp) %
1 2 3 4 5
I Urusan Pemerintahan Bidang Sosial 9.875.400.000 9.412.118.500 95,31
1 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota 4.210.500.000
3.998.725.300 94,97
1 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah 85.000.000
84.150.000 99,00
2 Administrasi Keuangan Perangkat Daerah 3.725.500.000 3.541.175.300 95,05
3 Administrasi Umum Perangkat Daerah 400.000.000 373.400.000 93,35
2 Program Pemberdayaan Sosial 612.300.000 598.940.000 97,82
1 Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) 212.300.000 205.640.000
96,86
2 Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota 400.000.000 393.300.000 98,33
Renja Dinas Sosial Tahun 2023 II-14
No Program/Kegiatan Pagu (Rp) Realisasi (Rp) %
1 2 3 4 5
3 Program Rehabilitasi Sosial 3.152.600.000 2.985.503.200 94,70
1 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia
Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial 2.402.600.000
2.251.303.200 93,70
2 Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan
Korban HIV/AIDS dan NAPZA di Luar Panti Sosial 750.000.000 734.200.000 97,89
4 Program Perlindungan dan Jaminan Sosial 1.600.000.000
1.544.950.000 96,56
1 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 1.600.000.000
1.544.950.000 96,56
5 Program Penanganan Bencana 300.000.000 285.000.000 95,00
1 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota 300.000.000 285.000.000 95,00

Dari tabel di atas terlihat bahwa serapan anggaran tertinggi dicapai pada Program Pemberdayaan Sosial.
"""
RENJA_NAMES = ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Program Pemberdayaan Sosial",
               "Program Rehabilitasi Sosial", "Program Perlindungan dan Jaminan Sosial", "Program Penanganan Bencana"]

# an LKPJ's table of Permendagri 13 programs, the program's long name wrapped over two lines
# before its figures, a figure run into the name's last letter, a program row with its figures
# on the next line only
LKPJ_ROWS = """NO PROGRAM / KEGIATAN ANGGARAN REALISASI
1 Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan
Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya 845.250.000 812.004.500
1 Pelatihan keterampilan berusaha bagi keluarga miskin 245.250.000 240.100.000
2 Pemberdayaan kelembagaan KUBE fakir miskin 600.000.000 571.904.500
2 Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial
1.126.000.000 1.098.510.000
1 Penanganan masalah strategis yang menyangkut tanggap cepat darurat 326.000.000
310.510.000
2 Pemberian bantuan permakanan bagi lanjut usia terlantar 800.000.000 788.000.000
3 Program Pembinaan Panti Asuhan/Panti Jompo210.000.000 201.600.000
1 Operasional dan pemeliharaan sarana panti jompo 210.000.000 201.600.000
4 Program Pemberdayaan Kelembagaan Kesejahteraan Sosial 95.000.000 95.000.000
1 Peningkatan peran aktif masyarakat dan dunia usaha 95.000.000 95.000.000
"""
LKPJ_NAMES = ["Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah "
              "Kesejahteraan Sosial (PMKS) Lainnya", "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
              "Program Pembinaan Panti Asuhan/Panti Jompo", "Program Pemberdayaan Kelembagaan Kesejahteraan Sosial"]

# programs numbered in roman numerals, their kegiatan in arabic ones
ROMAN_ROWS = """NO URAIAN ANGGARAN (Rp) REALISASI (Rp)
I Program Pelayanan Administrasi Perkantoran 512.000.000 498.300.000
1 Penyediaan Jasa Surat Menyurat 12.000.000 11.850.000
2 Penyediaan Makanan dan Minuman 500.000.000 486.450.000
II Program Peningkatan Disiplin Aparatur 45.000.000 44.100.000
1 Pengadaan Pakaian Dinas Beserta Perlengkapannya 45.000.000 44.100.000
III Program Pembinaan Anak Terlantar 180.500.000 176.890.000
1 Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar 180.500.000 176.890.000
"""
ROMAN_NAMES = ["Program Pelayanan Administrasi Perkantoran", "Program Peningkatan Disiplin Aparatur",
               "Program Pembinaan Anak Terlantar"]


# --- a cell a line (PyMuPDF, pdftotext, LibreOffice's text, docx2txt) ---------------------------

# the last program's figures cells left empty, its first kegiatan right under it
CELL_LINES = """Tabel 3.5 Realisasi Anggaran per Program
No
Program / Kegiatan
Anggaran (Rp)
Realisasi (Rp)
1
Program Perlindungan dan Jaminan Sosial
1.380.000.000
1.329.744.000
1
Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota
1.380.000.000
1.329.744.000
2
Program Rehabilitasi Sosial
2.015.700.000
1.902.115.000
1
Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial
915.700.000
877.115.000
2
Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial
1.100.000.000
1.025.000.000
3
Program Pemberdayaan Sosial
1
Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota
418.250.000
405.900.000
"""
CELL_NAMES = ["Program Perlindungan dan Jaminan Sosial", "Program Rehabilitasi Sosial", "Program Pemberdayaan Sosial"]

# docx2txt: a blank line between cells, two more for an empty cell; one program row without the
# word "Program" (a writer's slip the catalogue knows)
DOCX_CELLS = """No

Program/Kegiatan

Pagu

Realisasi



1

Program Rehabilitasi Sosial

2.450.000.000

2.318.250.000



1

Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial

2.450.000.000

2.318.250.000



2

Pemberdayaan Sosial



780.000.000



1

Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota



780.000.000



3

Program Perlindungan dan Jaminan Sosial

96.000.000

91.440.000
"""
DOCX_NAMES = ["Program Rehabilitasi Sosial", "Pemberdayaan Sosial", "Program Perlindungan dan Jaminan Sosial"]


@pytest.mark.parametrize("text, names", [
    (RENJA_ROWS, RENJA_NAMES),
    (LKPJ_ROWS, LKPJ_NAMES),
    (ROMAN_ROWS, ROMAN_NAMES),
    (CELL_LINES, CELL_NAMES),
    (DOCX_CELLS, DOCX_NAMES),
], ids=["renja-row-a-line", "lkpj-wrapped-names", "roman-programs", "cell-a-line", "docx2txt-cells"])
def test_flattened_table_programs(text: str, names: list[str]) -> None:
    assert _names(text) == names


# --- controls: flattened text that presents no program -----------------------------------------

# an LKjIP's indicator table flattened: numbered rows ending in figures, none a program
INDICATOR_ROWS = """No Indikator Kinerja Utama Satuan Target Realisasi Capaian
1 Persentase PMKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar % 80,00 82,50
103,13
2 Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya di luar panti
% 100,00 100,00 100,00
3 Jumlah Lembaga Kesejahteraan Sosial yang dibina LKS 45 42 93,33
"""

# numbered kegiatan in prose, the numbers without a full stop as a copy leaves them
KEGIATAN_PROSE = """Kegiatan yang dilaksanakan pada tahun 2022 antara lain:
1 Pelatihan keterampilan menjahit bagi 40 orang penyandang disabilitas di Balai Latihan Kerja
2 Bimbingan sosial bagi 25 anak jalanan di 3 kecamatan dengan anggaran 45.000.000
3 Penyaluran bantuan permakanan bagi 150 lanjut usia terlantar senilai 1.350.000.000
"""

# a page number alone over a paragraph that opens with a program's name
PAGE_NUMBER = """Jumlah penerima bantuan meningkat dibanding tahun sebelumnya.
14
Program Keluarga Harapan (PKH) di wilayah ini menjangkau 12.450 keluarga penerima manfaat, naik dari
11.980 keluarga pada tahun sebelumnya.
"""


def test_page_number_over_a_paragraph_adds_no_row() -> None:
    assert _names(PAGE_NUMBER) == ["Program Keluarga Harapan (PKH)"]  # (named in the sentence)


# --- other shapes of the same rows ---------------------------------------------------------------

# the row numbers with a full stop, kegiatan numbered alike: each row's figures end its name
DOTTED_ROWS = """Realisasi anggaran per program tahun 2021 disajikan berikut.
1. Program Rehabilitasi Sosial 2.450.000.000 2.318.250.000
1. Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial 2.450.000.000 2.318.250.000
2. Program Pemberdayaan Sosial 780.000.000 771.300.000
1. Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota 780.000.000 771.300.000
3. Program Perlindungan dan Jaminan Sosial 96.000.000 91.440.000
1. Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 96.000.000 91.440.000
"""

# an LKjIP's table of programs and their indicators: the row goes on from the program's name
# into its indicator's column
PROGRAM_INDICATOR_ROWS = """Tabel 3.2 Capaian Indikator Program
No Program Indikator Kinerja Program Target Realisasi
1 Program Rehabilitasi Sosial Persentase PMKS yang tertangani di luar panti 80,00 82,50
2 Program Pemberdayaan Sosial Jumlah Potensi Sumber Kesejahteraan Sosial yang aktif 1.200 1.184
3 Program Perlindungan dan Jaminan Sosial Cakupan keluarga miskin yang menerima bantuan
sosial 65,00 71,25
"""


@pytest.mark.parametrize("text, names", [
    (DOTTED_ROWS, ["Program Rehabilitasi Sosial", "Program Pemberdayaan Sosial", "Program Perlindungan dan Jaminan Sosial"]),
    (PROGRAM_INDICATOR_ROWS, ["Program Rehabilitasi Sosial", "Program Pemberdayaan Sosial",
                              "Program Perlindungan dan Jaminan Sosial"]),
], ids=["dotted-row-numbers", "program-and-indicator-columns"])
def test_flattened_rows_other_shapes(text: str, names: list[str]) -> None:
    assert _names(text) == names


# --- more controls ------------------------------------------------------------------------------

# a table of staff or beneficiaries per bidang: the bidang are named as programs are, the rows
# end in figures, and none is a program
BIDANG_ROWS = """Jumlah penerima manfaat menurut bidang
No Bidang 2021 2022
1 Pemberdayaan Sosial 1.250 1.310
2 Rehabilitasi Sosial 2.418 2.530
3 Perlindungan dan Jaminan Sosial 12.450 11.980
"""

# prose wrapped so that a line opens with a number and the word "program"
WRAPPED_PROSE = """Pada tahun anggaran 2022 Dinas Sosial mengelola sebanyak
2 program dengan total anggaran 1.250.000.000 dan realisasi
1.190.400.000 atau 95,23 persen dari pagu yang tersedia.
"""


@pytest.mark.parametrize("text", [INDICATOR_ROWS, KEGIATAN_PROSE, BIDANG_ROWS, WRAPPED_PROSE],
                         ids=["indicator-rows", "kegiatan-in-prose", "bidang-rows", "wrapped-prose"])
def test_no_program_from_flattened_lines(text: str) -> None:
    assert _names(text) == []


# --- not yet -------------------------------------------------------------------------------------

# every program row without the word "Program", the kegiatan numbered from 1 under each: the
# program rows are known to the catalogue, but so might a table of bidang be (BIDANG_ROWS)
NO_PROGRAM_WORD = """Kode Uraian Pagu Realisasi
1 Rehabilitasi Sosial 2.450.000.000 2.318.250.000
1 Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial 2.450.000.000 2.318.250.000
2 Pemberdayaan Sosial 780.000.000 771.300.000
1 Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota 780.000.000 771.300.000
3 Perlindungan dan Jaminan Sosial 96.000.000 91.440.000
1 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 96.000.000 91.440.000
"""

# a header whose first label is "No." reads the rows as a table whose numbered rows count up,
# and the repeated kegiatan numbers ("1.") run the rows into each other
DOTTED_TABLE = "Tabel 4.2 Realisasi Anggaran Program\nNo. Program/Kegiatan Anggaran Realisasi\n" + DOTTED_ROWS.split("\n", 1)[1]


def test_rows_without_the_program_word() -> None:
    """The header names a budget, the rows fall in two levels (numbered again from 1 under each),
    and the catalogue knows every outer row as a program: structure.py reads them as programs
    (BIDANG_ROWS, with no budget header nor rows under rows, stays no program)."""
    assert _names(NO_PROGRAM_WORD) == ["Rehabilitasi Sosial", "Pemberdayaan Sosial", "Perlindungan dan Jaminan Sosial"]


def test_dotted_rows_under_a_header() -> None:
    assert _names(DOTTED_TABLE) == ["Program Rehabilitasi Sosial", "Program Pemberdayaan Sosial",
                                    "Program Perlindungan dan Jaminan Sosial"]


# --- the kegiatan rows under each program row ----------------------------------------------------

def _activities(text: str) -> list[list[str]]:
    return [[a.name for a in p.activities] for p in extract_text(text).programs]


@pytest.mark.parametrize("text, activities", [
    (RENJA_ROWS, [["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                   "Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah"],
                  ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota"],
                  ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
                   "serta Gelandangan Pengemis di Luar Panti Sosial",
                   "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan "
                   "NAPZA di Luar Panti Sosial"],
                  ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"],
                  ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]]),
    (CELL_LINES, [["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"],
                  ["Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial",
                   "Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial"],
                  ["Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota"]]),
    (DOCX_CELLS, [["Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial"],
                  ["Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota"], []]),
], ids=["renja-row-a-line", "cell-a-line", "docx2txt-cells"])
def test_kegiatan_rows_are_the_programs_activities(text: str, activities: list[list[str]]) -> None:
    assert _activities(text) == activities


# pypdf may leave no space between a row's number and the word "Program"
GLUED_ROWS = """1Program Pemberdayaan Sosial 412.000.000 398.000.000
1 Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat 412.000.000 398.000.000
2Program Rehabilitasi Sosial 1.050.000.000 1.002.750.000
1 Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial 1.050.000.000 1.002.750.000
"""


@pytest.mark.parametrize("text", [GLUED_ROWS, "Tabel 2.1 Program dan Kegiatan Tahun 2020\n"
                                              "No Program / Kegiatan Anggaran Realisasi\n" + GLUED_ROWS],
                         ids=["no-header", "under-a-header"])
def test_number_run_into_the_program_word(text: str) -> None:
    assert _names(text) == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial"]


def test_a_kegiatan_row_run_into_the_next_raises_no_alarm():
    """Kegiatan 1 of program 2 has its figures wrapped onto lines of their own, and the flattened
    table runs it into kegiatan 2 ("... darurat 326.000.000 310.510.000 2 Pemberian ..."): the
    program's sum would count one kegiatan of two (audit/tables.py: no judgement then; it raised a
    program_sum mismatch before). The programs whose kegiatan are read whole are still judged."""
    checks = extract_text(LKPJ_ROWS).checks
    # (programs 1, 2 and 4: program 2's kegiatan wrapped in the middle of its figures is read
    # back whole, its figures' line joined to it: readers/flattened.py; and program 3, whose
    # name runs into its pagu, "Jompo210.000.000", parted by grammars/tables.yaml glued_amount)
    assert [c.verdict for c in checks if c.check == "program_sum"] == ["consistent"] * 8
    assert not [c for c in checks if c.verdict == "mismatch"]
