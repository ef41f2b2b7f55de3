"""Tables laid out with spaces whose name column runs on under the next column's label, and the
kegiatan a paragraph names for a program it does not open with.

A space-laid table's label column is as wide as its longest name, which may run past where the
next label starts ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" under "Program",
up to "Pagu (Rp)"): the column's end is past the name, not after the label's first word (before,
every row read "Program" as its name and its pagu as words of the name). A paragraph after a
table of programs may open with words before the program it speaks of ("Dari tabel tersebut,
Program A terealisasi ...", "Program dengan penyerapan tertinggi adalah Program A, ... melalui
kegiatan B"), and a kegiatan's name is followed by what is said of it without a comma ("Kegiatan
B antara lain ...", "C sebanyak 12 kelompok"). And the funds the paragraph under a program's
heading states without a percentage ("Dana yang tersedia ... Rp A dan yang terpakai Rp B").
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

TABLE = """Tabel 2.1
Pagu dan Realisasi Anggaran Urusan Sosial Tahun 2021

No   Program                                                     Pagu (Rp)          Realisasi (Rp)      %
1    Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota   3.845.200.000      3.662.953.000       95,26
2    Program Pemberdayaan Sosial                                   728.600.000        709.415.000         97,37
3    Program Rehabilitasi Sosial                                   1.492.350.000      1.431.480.500       95,92
     Jumlah                                                        6.066.150.000      5.803.848.500       95,68

"""


def programs(text: str):
    return [(p.name, p.budget.pagu, p.budget.realisasi, [a.name for a in p.activities]) for p in extract_text(text).programs]


def test_a_name_running_on_under_the_next_label_is_the_rows_name():
    assert [p[:3] for p in programs(TABLE)] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3845200000.0, 3662953000.0),
        ("Program Pemberdayaan Sosial", 728600000.0, 709415000.0),
        ("Program Rehabilitasi Sosial", 1492350000.0, 1431480500.0)]


def test_the_rows_of_such_a_table_are_judged():
    checks = [(c.check, c.verdict) for c in extract_text(TABLE).checks]
    assert ("column_total", "consistent") in checks and all(v == "consistent" for _, v in checks)


@pytest.mark.parametrize("paragraph", [
    "Dari tabel tersebut, Program Rehabilitasi Sosial terealisasi Rp1.431.480.500 atau 95,92 persen. Dana tersebut "
    "dipakai untuk kegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
    "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial, antara lain bantuan permakanan lansia.",
    "Program dengan penyerapan tertinggi adalah Program Rehabilitasi Sosial, yaitu 95,92%, yang dilaksanakan melalui "
    "kegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
    "serta Gelandangan Pengemis di Luar Panti Sosial. Penyerapan terendah terjadi pada Program Pemberdayaan Sosial.",
])
def test_a_paragraph_opening_with_other_words_gives_its_program_its_kegiatan(paragraph):
    got = {name: acts for name, _, _, acts in programs(TABLE + paragraph + "\n")}
    assert got["Program Rehabilitasi Sosial"] == [
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
        "serta Gelandangan Pengemis di Luar Panti Sosial"]
    assert got["Program Pemberdayaan Sosial"] == []


def test_opening_words_naming_another_program_give_it_nothing():
    # the kegiatan are the subject's, Program Rehabilitasi Sosial's: Pemberdayaan Sosial, named in the
    # opening words, gets none of them
    paragraph = ("Dibanding Program Pemberdayaan Sosial, Program Rehabilitasi Sosial terserap 95,92% melalui kegiatan "
                 "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
                 "serta Gelandangan Pengemis di Luar Panti Sosial.")
    got = {name: acts for name, _, _, acts in programs(TABLE + paragraph + "\n")}
    assert got["Program Pemberdayaan Sosial"] == []


@pytest.mark.parametrize("line, name", [
    ("Anggaran Rp 465.800.000,00 terealisasi Rp 398.745.000,00 atau 85,6%. Kegiatan Perlindungan Sosial Korban "
     "Bencana Alam dan Sosial Kabupaten/Kota antara lain penyediaan makanan siap saji dan sandang.",
     "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"),
    ("Program ini dilaksanakan melalui satu kegiatan yaitu Pengelolaan Data Fakir Miskin Cakupan Daerah "
     "Kabupaten/Kota, meliputi pemutakhiran DTKS, dengan realisasi Rp 398.745.000,00 dari Rp 465.800.000,00.",
     "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"),
])
def test_what_is_said_of_a_kegiatan_after_its_name_is_no_part_of_it(line, name):
    text = "1. Program Penanganan Bencana\n" + line + "\n\n2. Program Rehabilitasi Sosial\nAnggaran Rp 100.000.000,00.\n"
    assert programs(text)[0][3] == [name]


def test_a_count_after_a_listed_kegiatan_is_no_part_of_its_name():
    text = ("1. Program Pemberdayaan Sosial\nKegiatan yang dilaksanakan:\n"
            "   1. Pemberdayaan Kelompok Usaha Bersama (KUBE) sebanyak 12 kelompok atau 120 KK\n"
            "   2. Bantuan Sosial Rumah Tidak Layak Huni sebanyak 25 unit\n")
    assert programs(text)[0][3] == ["Pemberdayaan Kelompok Usaha Bersama (KUBE)", "Bantuan Sosial Rumah Tidak Layak Huni"]


# the funds a paragraph under a program's heading states without a ratio: the first amount after
# a word of funds, and the first after a word of spending (before, no budget: no percentage)
FUNDS = ("A. Program Pelayanan Administrasi Perkantoran\n"
         "   {sentence} Kegiatan yang dilaksanakan:\n"
         "   1. Penyediaan Jasa Surat Menyurat\n   2. Penyediaan Makanan dan Minuman\n\n"
         "B. Program Pemberdayaan Sosial\n   Kegiatan yang dilaksanakan:\n   1. Pemberdayaan Karang Taruna\n")


@pytest.mark.parametrize("sentence, pagu, realisasi", [
    ("Dana yang tersedia setelah perubahan APBD sebesar Rp. 1.084.500.000,- dan yang terpakai Rp. 1.021.776.300,-.",
     1084500000.0, 1021776300.0),
    ("Anggaran program ini Rp 740.000.000, terealisasi Rp 705.118.000.", 740000000.0, 705118000.0),
    # controls: the paragraph's first figures are another matter's; a rate is no allocation; one amount alone
    ("Program ini menyalurkan bantuan senilai Rp 1.200.000.000 kepada 9.250 KK yang terpakai Rp 900.000.000.", None, None),
    ("Bantuan Rp 300.000 per KPM; dana terpakai Rp 900.000.000.", None, None),
    ("Dana yang tersedia sebesar Rp 1.084.500.000.", None, None),
])
def test_the_funds_a_programs_paragraph_states_without_a_ratio(sentence, pagu, realisasi):
    first = extract_text(FUNDS.format(sentence=sentence)).programs[0]
    assert (first.budget.pagu, first.budget.realisasi) == (pagu, realisasi)
