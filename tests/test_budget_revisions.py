"""Budget revisions (APBD Perubahan, refocusing and realokasi, pergeseran) and the control reports
that give them:

- "pagu murni Rp A, setelah refocusing Rp B; realisasi Rp C (P%)", "pagu murni Rp A, bertambah
  melalui realokasi menjadi Rp B; terealisasi Rp C (P%)": B is A revised, the budget C is of
  (claims._REVISED_BY; P was judged against A, a false mismatch on every program);
- a program named by an item that says how it changed ("d. Program Perlindungan dan Jaminan
  Sosial mengalami kenaikan terbesar, ...", "Program Penanganan Bencana tidak mengalami
  perubahan") or which of its parts the item is about ("1. Program Rehabilitasi Sosial, Sub
  Kegiatan Penyediaan Permakanan: semula ..."): its name ends before those words
  (structure._NAME_END);
- a Word table exported to PDF with horizontal rules only, its header over three lines ("Realisasi
  Keuangan" over "s.d. Triwulan I (Rp) | Triwulan II (Rp) | s.d. Triwulan II (Rp)", "Program /
  Kegiatan / Sub Kegiatan" one label) and its numbered rows close under a program's name wrapped
  over two lines: each numbered line opens its row (readers/aligned._slashed_joined, _group_lines).
"""

from __future__ import annotations

from pathlib import Path

from kesos_extract import extract, extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "pdf_probes"

REFOCUSING = """C. Rincian per Program
1. Program Pelayanan Administrasi Perkantoran: pagu murni Rp. 2.400.000.000,-, setelah refocusing Rp. 1.850.000.000,-; realisasi Rp. 1.776.000.000,- (96,00%). Kegiatan rapat-rapat koordinasi ditunda.
2. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya: pagu murni Rp. 5.000.000.000,-, bertambah melalui realokasi menjadi Rp. 7.250.000.000,-; terealisasi Rp. 7.105.000.000,- (98,00%). Realokasi digunakan untuk bantuan sosial tunai.
"""

CHANGES = """Perubahan anggaran per program:
a. Program Pemberdayaan Sosial tidak mengalami perubahan, tetap sebesar Rp. 640.000.000,00.
b. Program Rehabilitasi Sosial mengalami penurunan, dari Rp. 1.800.000.000,00 menjadi Rp. 1.620.000.000,00, turun Rp. 180.000.000,00 atau 10,00%.
c. Program Perlindungan dan Jaminan Sosial mengalami kenaikan terbesar, yakni dari Rp. 2.000.000.000,00 menjadi Rp. 2.500.000.000,00, naik Rp. 500.000.000,00 atau 25,00%.
"""

PERGESERAN = """Dengan ini kami sampaikan pergeseran anggaran sebagai berikut:
1. Program Rehabilitasi Sosial, Sub Kegiatan Penyediaan Permakanan: semula Rp 640.000.000,-, digeser sebesar Rp 80.000.000,- sehingga menjadi Rp 560.000.000,-.
2. Program Penanganan Bencana, Sub Kegiatan Penyediaan Makanan: semula Rp 150.000.000,- menjadi Rp 230.000.000,-.
"""


def test_the_realisation_is_of_the_budget_as_revised() -> None:
    report = extract_text(REFOCUSING)
    budget = [c for c in report.checks if c.check == "budget_percent"]
    # 1.776.000.000 / 1.850.000.000 = 96,00; 7.105.000.000 / 7.250.000.000 = 98,00 (not / 2.400.000.000, / 5.000.000.000)
    assert sorted((c.stated, c.operands["denominator"], c.verdict) for c in budget) == [
        (96.0, 1_850_000_000, "consistent"), (98.0, 7_250_000_000, "consistent")]


def test_a_program_s_name_ends_before_what_is_said_of_its_change() -> None:
    names = [p.name for p in extract_text(CHANGES).programs]
    assert names == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial", "Program Perlindungan dan Jaminan Sosial"]


def test_a_program_s_name_ends_before_the_part_its_item_is_about() -> None:
    names = [p.name for p in extract_text(PERGESERAN).programs]
    assert names == ["Program Rehabilitasi Sosial", "Program Penanganan Bencana"]


def test_an_item_of_the_list_that_names_a_sub_kegiatan_is_no_program() -> None:
    """"2. Sub Kegiatan Pemberian Layanan Rujukan: semula ..." between two programs' items is a part
    of the program before it (structure._LOWER_LEVEL)."""
    text = PERGESERAN.replace("2. Program Penanganan Bencana", "2. Sub Kegiatan Pemberian Layanan Rujukan: semula "
                              "Rp 38.500.000,- menjadi Rp 118.500.000,-.\n3. Program Penanganan Bencana")
    names = [p.name for p in extract_text(text).programs]
    assert names == ["Program Rehabilitasi Sosial", "Program Penanganan Bencana"]


def test_a_word_table_ruled_across_only_is_read_row_by_numbered_row() -> None:
    """tests/fixtures/pdf_probes/word_control_report_hrules.pdf: a Renja control report written
    with python-docx and exported by LibreOffice Writer, its landscape table ruled across only."""
    report = extract(FIXTURES / "word_control_report_hrules.pdf")
    table = next(t for t in report.tables if t.header and "Kode" in t.header)
    assert table.header[:5] == ["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "s.d. Triwulan I (Rp)"]
    numbers = [r[0].text for r in table.rows[:4]]
    assert numbers == ["1", "1.1", "1.1.1", "1.2"]
    assert table.rows[0][2].text == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    # its slip: the program's pagu 275.650.000, its kegiatan's sum 257.650.000
    slip = [c for c in report.checks if c.check == "program_sum" and c.verdict == "mismatch"]
    assert any(c.stated == 275_650_000 and c.expected == 257_650_000 for c in slip)


def test_a_program_s_name_ends_before_the_count_of_its_parts() -> None:
    text = """Program dan kegiatan yang dilaksanakan:
1. Program Rehabilitasi Sosial dengan 2 (dua) sub kegiatan, yaitu Penyediaan Permakanan dan Pemberian Alat Bantu.
2. Program Perlindungan dan Jaminan Sosial dengan 1 (satu) sub kegiatan, yaitu Pengelolaan Data Fakir Miskin.
"""
    names = [p.name for p in extract_text(text).programs]
    assert names == ["Program Rehabilitasi Sosial", "Program Perlindungan dan Jaminan Sosial"]


CODED_PROGRAMS = """**Tabel 3.20 Realisasi Anggaran per Program Tahun 2022**

| Kode | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 01 | **PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI** | 1.000.000.000 | 950.000.000 | 95,00 |
| 2.02 | Administrasi Keuangan Perangkat Daerah | 1.000.000.000 | 950.000.000 | 95,00 |
| 02 | **PROGRAM PEMBERDAYAAN SOSIAL** | 400.000.000 | 380.000.000 | 95,00 |
| 2.01 | Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) | 400.000.000 | 380.000.000 | 95,00 |
| 04 | **PROGRAM REHABILITASI SOSIAL** | 600.000.000 | 540.000.000 | 90,00 |
| 2.01 | Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti | 600.000.000 | 540.000.000 | 90,00 |
| 06 | **PROGRAM PENANGANAN BENCANA** | 200.000.000 | 150.000.000 | 75,00 |
| 2.01 | Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi | 200.000.000 | 150.000.000 | 75,00 |
"""


def test_programs_labelled_by_codes_that_skip_a_number_are_one_list() -> None:
    """"01", "02", "04", "06": the nomenclature's codes skip the programs a region does not run
    (structure._runs, _PROGRAM_CODE)."""
    names = [p.name for p in extract_text(CODED_PROGRAMS).programs]
    assert names == ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "PROGRAM PEMBERDAYAAN SOSIAL",
                     "PROGRAM REHABILITASI SOSIAL", "PROGRAM PENANGANAN BENCANA"]
