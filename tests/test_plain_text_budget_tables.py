"""Budget tables typed in plain text as LKPJ and Renja chapters lay them out, and the program
forms around them:

- a rule of dashes under the header and over the total (no table was read at all: the rule was
  one word across every column);
- a program row whose name runs on over the figure columns, one space before each figure (the
  table ended at the first such row);
- kegiatan rows with empty figure cells, the sums on their sub kegiatan's rows (the program was
  judged against 0: a false alarm);
- a table of two columns, label and value ("| Pagu setelah perubahan | Rp ... |", "| Realisasi |
  ...", "| Persentase | 97,36% |"): the program's budget, and the percentage against the ratio;
- kegiatan lines opened by the level word and then the code ("Kegiatan 1.06.04.2.02 ..."), a list
  of kegiatan closed by a clause after a semicolon, a kegiatan's figures after a dash, and a
  count after a comma ("..., untuk 60 orang").
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def checks(text: str, name: str | None = None):
    return [(c.check, c.verdict, c.stated, c.expected) for c in extract_text(text).checks if name in (None, c.check)]


RULED = """Tabel 4.13.1
Realisasi Anggaran Program dan Kegiatan Urusan Sosial Tahun 2013

No   Program / Kegiatan                                   Anggaran (Rp)     Realisasi (Rp)    %
---------------------------------------------------------------------------------------------------
1    Program Pemberdayaan Fakir Miskin, KAT dan           1.245.600.000     1.198.745.300     96,24
     PMKS Lainnya
     - Pelatihan keterampilan berusaha bagi keluarga        385.000.000       372.450.000     96,74
       miskin
     - Pemberdayaan fakir miskin melalui KUBE               860.600.000       826.295.300     96,01
2    Program Pembinaan Para Penyandang Cacat dan            312.500.000       305.912.000     97,89
     Trauma
     - Pendayagunaan para penyandang cacat dan eks          312.500.000       305.912.000     97,89
       trauma
---------------------------------------------------------------------------------------------------
     JUMLAH                                               {total}     1.504.657.300     96,57
---------------------------------------------------------------------------------------------------
Sumber : Dinsos Kab. Sragen, 2014
"""


def test_a_table_ruled_with_dashes_is_read_and_judged():
    got = checks(RULED.format(total="1.558.100.000"))
    assert ("column_total", "consistent", 1558100000.0, 1558100000.0) in got
    assert ("program_sum", "consistent", 1245600000.0, 1245600000.0) in got
    assert all(v == "consistent" for _, v, _, _ in got)
    assert ("column_total", "mismatch", 1585100000.0, 1558100000.0) in checks(RULED.format(total="1.585.100.000"))


OVERFLOWING = """Kode         Program/Kegiatan                               Pagu 2019        Realisasi 2019     Selisih        Capaian
                                                            (Rp)             (Rp)               (Rp)           (%)
1.13.01      Program Pelayanan Administrasi Perkantoran     1.184.250.000    1.102.876.300      81.373.700     93,13
1.13.01.01   Penyediaan jasa surat menyurat                 1.184.250.000    1.102.876.300      81.373.700     93,13
1.13.15      Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya 2.436.500.000 2.318.905.000  117.595.000     95,17
1.13.15.01   Pelatihan keterampilan berusaha bagi keluarga    436.500.000      421.305.000      15.195.000     96,52
             miskin
1.13.15.05   Fasilitasi dan pendampingan PKH                2.000.000.000    1.897.600.000     102.400.000     94,88
             JUMLAH                                         3.620.750.000    3.421.781.300     198.968.700     94,50
"""


def test_a_row_whose_name_runs_over_the_figure_columns_stays_in_the_table():
    report = extract_text(OVERFLOWING)
    rows = [[c.text for c in row] for t in report.tables for row in t.rows]
    assert ["1.13.15", "Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya", "2.436.500.000", "2.318.905.000",
            "117.595.000", "95,17"] in rows
    got = checks(OVERFLOWING)
    assert ("column_total", "consistent", 3620750000.0, 3620750000.0) in got
    assert ("program_sum", "consistent", 2436500000.0, 2436500000.0) in got
    assert all(v == "consistent" for _, v, _, _ in got)


def test_kegiatan_rows_without_figures_leave_the_program_to_its_sub_kegiatan():
    text = """| Kode | Program / Kegiatan / Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 1.06.07 | **PROGRAM PENANGANAN BENCANA** | **175.000.000** | **168.420.000** |
| 1.06.07.2.01 | Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota | | |
| 1.06.07.2.01.01 | Penyediaan Makanan | 110.000.000 | 105.870.000 |
| 1.06.07.2.01.02 | Penyediaan Sandang | 65.000.000 | 62.550.000 |
| 1.06.04 | **PROGRAM REHABILITASI SOSIAL** | **300.000.000** | **290.000.000** |
| 1.06.04.2.01 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | | |
| 1.06.04.2.01.01 | Penyediaan Permakanan | 200.000.000 | 195.000.000 |
| 1.06.04.2.01.03 | Penyediaan Alat Bantu | 100.000.000 | 95.000.000 |
"""
    assert sorted(checks(text, "program_sum")) == sorted([
        ("program_sum", "consistent", 175000000.0, 175000000.0), ("program_sum", "consistent", 168420000.0, 168420000.0),
        ("program_sum", "consistent", 300000000.0, 300000000.0), ("program_sum", "consistent", 290000000.0, 290000000.0)])


LABEL_VALUE = """**A. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial**

| Uraian | Nilai |
|---|---|
| Pagu setelah perubahan | Rp 2.350.000.000 |
| Realisasi | Rp 2.287.918.600 |
| Persentase | {pct} |

Kegiatan:
- Pelayanan sosial bagi lanjut usia terlantar — pagu Rp 2.020.000.000, realisasi Rp 1.967.842.600;
- Pemulangan orang terlantar — pagu Rp 330.000.000, realisasi Rp 320.076.000.

**B. Program Pemberdayaan Kelembagaan Kesejahteraan Sosial**

| Uraian | Nilai |
|---|---|
| Pagu setelah perubahan | Rp 205.000.000 |
| Realisasi | Rp 199.875.000 |
| Persentase | 97,50% |

Kegiatan:
- Peningkatan kualitas SDM kesejahteraan sosial masyarakat.
"""


def test_a_label_value_table_gives_its_program_a_budget():
    programs = extract_text(LABEL_VALUE.format(pct="97,36%")).programs
    assert [(p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in programs] == [
        (2350000000.0, 2287918600.0, 97.36), (205000000.0, 199875000.0, 97.5)]
    assert [a.name for a in programs[0].activities] == ["Pelayanan sosial bagi lanjut usia terlantar", "Pemulangan orang terlantar"]


@pytest.mark.parametrize("pct, verdict", [("97,36%", "consistent"), ("97,63%", "mismatch"), ("97,35%", "truncated")])
def test_a_label_value_tables_percentage_is_judged(pct, verdict):
    got = checks(LABEL_VALUE.format(pct=pct), "row_percent")
    assert got[0][:2] == ("row_percent", verdict) and got[0][3] == pytest.approx(97.3582, abs=1e-4)


def test_kegiatan_named_by_the_level_word_then_the_code():
    text = """3) Program Rehabilitasi Sosial (1.06.04)
   Anggaran Rp 1.938.650.000,00, realisasi Rp 1.874.620.300,00 (96,70%). Kegiatan dan sub kegiatan yang dilaksanakan:
   Kegiatan 1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial
   - 1.06.04.2.01.0001 Penyediaan Permakanan: Rp 1.087.412.000,00 dari anggaran Rp 1.125.000.000,00 (96,65 persen).
   Kegiatan 1.06.04.2.02 Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial
   - 1.06.04.2.02.0006 Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial: Rp 787.208.300,00 dari anggaran Rp 813.650.000,00 (96,75 persen).

4) Program Penanganan Bencana (1.06.07)
   Anggaran Rp 100.000.000,00, realisasi Rp 90.000.000,00 (90,00%).
"""
    names = [a.name for a in extract_text(text).programs[0].activities]
    assert names == [
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
        "Gelandangan Pengemis di Luar Panti Sosial", "Penyediaan Permakanan",
        "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di "
        "Luar Panti Sosial", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial"]


def test_a_list_of_kegiatan_ends_at_a_clause_after_a_semicolon():
    text = """1) Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota (1.06.01)
   Anggaran Rp 6.812.440.000,00, realisasi Rp 6.498.201.736,00 (95,38%). Program ini terdiri atas kegiatan Administrasi Keuangan Perangkat Daerah, Administrasi Umum Perangkat Daerah, dan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah; porsi terbesar digunakan untuk sub kegiatan Penyediaan Gaji dan Tunjangan ASN.

2) Program Pemberdayaan Sosial (1.06.02)
   Anggaran Rp 512.300.000,00, realisasi Rp 498.775.500,00 (97,36%).
"""
    names = [a.name for a in extract_text(text).programs[0].activities]
    assert names[:3] == ["Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah",
                         "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"]


def test_a_count_after_a_comma_is_no_part_of_a_kegiatans_name():
    text = """a. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya, dengan anggaran Rp 250.000.000,- dan realisasi Rp 240.000.000,-, kegiatannya:
   1. Pelatihan keterampilan berusaha bagi keluarga miskin, untuk 60 orang warga miskin;
   2. Pemberdayaan fakir miskin melalui Kelompok Usaha Bersama (KUBE).

b. Program Pemberdayaan Kelembagaan Kesejahteraan Sosial, dengan anggaran Rp 100.000.000,- dan realisasi Rp 95.000.000,-.
"""
    names = [a.name for a in extract_text(text).programs[0].activities]
    assert names == ["Pelatihan keterampilan berusaha bagi keluarga miskin",
                     "Pemberdayaan fakir miskin melalui Kelompok Usaha Bersama (KUBE)"]


def test_a_table_programs_kegiatan_are_not_taken_from_a_paragraph_after_the_table():
    # the last program of a table, its kegiatan none; a paragraph after the table lists another
    # program's kegiatan
    text = """| No | Program | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Program Rehabilitasi Sosial | 1.318.400.000 | 1.296.110.000 | 98,31 |
| 2 | Program Penanganan Bencana | 310.000.000 | 287.450.000 | 92,73 |

Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial terealisasi 97,25% yaitu Rp 1.458.750.000 dari anggaran
Rp 1.500.000.000. Program ini dilaksanakan melalui kegiatan:
- Pelayanan dan perlindungan sosial bagi anak jalanan;
- Pemulangan orang terlantar ke daerah asal.
"""
    programs = {p.name: [a.name for a in p.activities] for p in extract_text(text).programs}
    assert programs["Program Penanganan Bencana"] == []


def test_a_word_ending_in_a_budget_word_does_not_end_a_kegiatans_name():
    # "Penganggaran" ends in "anggaran": no figure's label inside a word (the numbered kegiatan
    # line read "Perencanaan, Peng")
    text = ("1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
            "1.1 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t48.250.000\t46.912.500\t97,23\n"
            "1.2 Administrasi Keuangan Perangkat Daerah\t48.250.000\t46.500.000\t96,37\n"
            "2. Program Pemberdayaan Sosial\n"
            "2.1 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\t10.000.000\t9.000.000\t90,00\n")
    names = [a.name for a in extract_text(text).programs[0].activities]
    assert names == ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"]
