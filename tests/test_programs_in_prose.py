"""Programs in news and in report prose: the acronyms news gives them, budgets stated over two
sentences, kegiatan lists after "Kegiatan tersebut adalah:", names followed by what they are for.

A program named with its acronym ("Program Bantuan Sosial Tunai (BST)") is often spoken of by the
acronym alone afterwards, and its budget stated there ("Anggaran untuk program BST mencapai Rp
32,4 triliun"); Indonesian also abbreviates by syllables ("rumah tidak layak huni (Rutilahu)",
"jaminan kesehatan daerah (Jamkesda)"), which marks a name as initials do. Written for these
tests in the register of national and regional news; the controls must keep their answers.
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

# (text, [(program name, pagu, realisasi, percent)])
ACRONYM_RESTATED = [
    ("JAKARTA - Kementerian Sosial menyalurkan bantuan melalui Program Bantuan Sosial Tunai (BST) kepada 10 juta "
     "keluarga penerima manfaat.\n\nMenteri Sosial menyebut anggaran untuk program BST mencapai Rp 32,4 triliun.",
     [("Program Bantuan Sosial Tunai (BST)", 32.4e12, None, None)]),
    ("Kemensos kembali menyalurkan Program Keluarga Harapan (PKH) tahun ini. Anggaran PKH tahun 2022 sebesar "
     "Rp 28,7 triliun untuk 10 juta KPM.",
     [("Program Keluarga Harapan (PKH)", 28.7e12, None, None)]),
    ("Kemensos kembali menyalurkan Program Keluarga Harapan (PKH) tahun ini. Realisasi PKH hingga Juni mencapai "
     "Rp 14,2 triliun atau 49,5 persen dari pagu Rp 28,7 triliun.",
     [("Program Keluarga Harapan (PKH)", 28.7e12, 14.2e12, 49.5)]),
    # controls: an amount per KPM is no budget; a sum of two programs is neither's
    ("Kemensos kembali menyalurkan Program Keluarga Harapan (PKH) tahun ini. Setiap KPM PKH menerima Rp 3.000.000 "
     "per tahun.",
     [("Program Keluarga Harapan (PKH)", None, None, None)]),
    ("Kemensos kembali menyalurkan Program Keluarga Harapan (PKH) tahun ini. Selain PKH, bantuan sembako senilai "
     "Rp 200.000 per bulan juga disalurkan.",
     [("Program Keluarga Harapan (PKH)", None, None, None)]),
]


@pytest.mark.parametrize("text, expected", ACRONYM_RESTATED)
def test_a_budget_stated_under_the_programs_acronym_is_its_budget(text, expected):
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(text).programs]
    assert got == expected


SYLLABLE_ACRONYMS = [
    ("Kepala Dinsos menjelaskan, program rehabilitasi rumah tidak layak huni (Rutilahu) juga dilanjutkan dengan "
     "pagu Rp 25 miliar untuk 1.000 unit rumah.",
     [("program rehabilitasi rumah tidak layak huni (Rutilahu)", 25e9)]),
    ("Dinsos menjalankan program jaminan kesehatan daerah (Jamkesda) bagi warga miskin.",
     [("program jaminan kesehatan daerah (Jamkesda)", None)]),
    ("Selain itu, program Bantuan Langsung Tunai Dana Desa (BLT-DD) juga berjalan.",
     [("program Bantuan Langsung Tunai Dana Desa (BLT-DD)", None)]),
    # controls: an acronym that does not abbreviate the words before it proves nothing
    ("Dinsos menyiapkan program kerja tahun depan (Renja) bersama Bappeda.", []),
    ("Dinsos menjalankan program jaminan kesehatan bagi warga miskin (Jamkesda).", []),
]


@pytest.mark.parametrize("text, expected", SYLLABLE_ACRONYMS)
def test_a_syllable_acronym_marks_a_name(text, expected):
    assert [(p.name, p.budget.pagu) for p in extract_text(text).programs] == expected


# (text, [(program name, pagu, realisasi, percent)])
BUDGET_OVER_TWO_SENTENCES = [
    # the realisation stated with the name, its ratio to the pagu in the next sentence
    ("Liputan6.com, Jakarta - Kementerian Sosial (Kemensos) mencatat realisasi penyaluran Program Sembako hingga "
     "akhir Juni 2022 telah mencapai Rp 22,6 triliun. Angka itu setara 49,2 persen dari total pagu program tersebut "
     "yang mencapai Rp 45,9 triliun.\n\nSementara untuk Program Keluarga Harapan (PKH), realisasinya sebesar Rp 14,5 "
     "triliun dari pagu Rp 28,7 triliun atau 50,5 persen.",
     [("Program Sembako", 45.9e12, 22.6e12, 49.2), ("Program Keluarga Harapan (PKH)", 28.7e12, 14.5e12, 50.5)]),
    # control: the ratio of the next sentence is another program's
    ("Realisasi penyaluran Program Sembako telah mencapai Rp 22,6 triliun. Program Keluarga Harapan (PKH) terealisasi "
     "Rp 14,5 triliun atau 50,5 persen dari pagu Rp 28,7 triliun.",
     [("Program Sembako", None, 22.6e12, None), ("Program Keluarga Harapan (PKH)", 28.7e12, 14.5e12, 50.5)]),
]


@pytest.mark.parametrize("text, expected", BUDGET_OVER_TWO_SENTENCES)
def test_a_ratio_of_the_amount_a_programs_sentence_states_is_its_budget(text, expected):
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(text).programs]
    assert got == expected


def test_an_amount_and_its_share_allotted_to_a_program_named_after_them_is_its_pagu():
    text = ("TEMPO.CO, Jakarta - Menteri Sosial mengatakan pagu indikatif Kementerian Sosial tahun 2023 sebesar Rp 78,5 "
            "triliun. Dari jumlah itu, sebanyak Rp 74,8 triliun atau 95,3 persen dialokasikan untuk Program Perlindungan "
            "Sosial.\n\nAdapun sisanya untuk Program Dukungan Manajemen sebesar Rp 3,7 triliun.")
    assert [(p.name, p.budget.pagu) for p in extract_text(text).programs] == \
        [("Program Perlindungan Sosial", 74.8e12), ("Program Dukungan Manajemen", 3.7e12)]


def test_a_lower_case_list_of_kegiatan_with_an_acronym_in_it_is_split_at_its_commas():
    text = ("Dinas Sosial mengalokasikan anggaran sebesar Rp 3,5 miliar untuk Program Penanganan Fakir Miskin pada tahun "
            "2024. Program tersebut meliputi kegiatan pemberian bantuan sembako, bantuan usaha ekonomi produktif (UEP), "
            "dan rehabilitasi rumah tidak layak huni.")
    [program] = extract_text(text).programs
    assert [a.name for a in program.activities] == [
        "pemberian bantuan sembako", "bantuan usaha ekonomi produktif (UEP)", "rehabilitasi rumah tidak layak huni"]


def test_a_relative_clause_after_a_comma_ends_a_listed_programs_name():
    text = ("Program-program yang dilaksanakan oleh Dinas Sosial Kota Medan antara lain:\n"
            "1) Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, yang bertujuan meningkatkan kualitas "
            "pelayanan bagi PMKS;\n2) Program Pembinaan Anak Terlantar;\n3) Program Pembinaan Para Penyandang Cacat "
            "dan Trauma.\n")
    assert [p.name for p in extract_text(text).programs] == [
        "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", "Program Pembinaan Anak Terlantar",
        "Program Pembinaan Para Penyandang Cacat dan Trauma"]


LKPJ_PROGRAM_PARAGRAPHS = (
    "1. Program Pemberdayaan Sosial\n"
    "Program ini dilaksanakan melalui 2 (dua) kegiatan dengan anggaran sebesar Rp. 745.000.000,- dan terealisasi "
    "sebesar Rp. 701.230.000,- atau 94,12 %. Kegiatan tersebut adalah:\n"
    "a. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota, dengan anggaran Rp. 425.000.000,- "
    "terealisasi Rp. 398.500.000,- (93,76%);\n"
    "b. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT), dengan anggaran Rp. 320.000.000,- terealisasi "
    "Rp. 302.730.000,- (94,60%).\n"
    "2. Program Rehabilitasi Sosial\n"
    "Program ini dilaksanakan melalui 1 (satu) kegiatan yaitu Rehabilitasi Sosial Dasar Lanjut Usia Terlantar "
    "dengan anggaran Rp. 512.000.000,- dan realisasi Rp. 498.880.000,- atau 97,44%.\n")


def test_kegiatan_listed_after_kegiatan_tersebut_adalah_and_the_count_through_melalui():
    """Before: the words after "melalui 2 (dua) kegiatan" ("dengan anggaran sebesar Rp") were
    taken for the program's kegiatan, and the lettered list after "Kegiatan tersebut adalah:" lost."""
    got = [(p.name, [a.name for a in p.activities], p.stated_activity_count, p.budget.percent)
           for p in extract_text(LKPJ_PROGRAM_PARAGRAPHS).programs]
    assert got == [
        ("Program Pemberdayaan Sosial", ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
                                         "Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)"], 2, 94.12),
        ("Program Rehabilitasi Sosial", ["Rehabilitasi Sosial Dasar Lanjut Usia Terlantar"], 1, 97.44)]


def test_a_realisation_ratio_of_the_pagu_a_programs_sentence_states_is_its_budget():
    text = ("Program Perlindungan dan Jaminan Sosial mendapat alokasi anggaran Rp 4,6 miliar pada APBD Perubahan "
            "2023, turun dari Rp 5,2 miliar pada APBD murni. Hingga akhir tahun, realisasinya mencapai Rp 4,4 miliar "
            "atau 95,65 persen.")
    [p] = extract_text(text).programs
    assert (p.budget.pagu, p.budget.realisasi, p.budget.percent) == (4.6e9, 4.4e9, 95.65)


# (text, [(program name, pagu, realisasi)])
SHARED_OUT = [
    ("Bupati menjelaskan, pada tahun 2023 Dinas Sosial mendapat alokasi untuk Program Rehabilitasi Sosial dan Program "
     "Perlindungan dan Jaminan Sosial masing-masing sebesar Rp 1,2 miliar dan Rp 850 juta.",
     [("Program Rehabilitasi Sosial", 1.2e9, None), ("Program Perlindungan dan Jaminan Sosial", 850e6, None)]),
    ("Realisasi Program Rehabilitasi Sosial, Program Pemberdayaan Sosial serta Program Penanganan Bencana masing-masing "
     "Rp 1,1 miliar, Rp 700 juta dan Rp 200 juta.",
     [("Program Rehabilitasi Sosial", None, 1.1e9), ("Program Pemberdayaan Sosial", None, 700e6),
      ("Program Penanganan Bencana", None, 200e6)]),
    ("Program Rehabilitasi Sosial dan Program Pemberdayaan Sosial masing-masing mendapat Rp 500 juta.",
     [("Program Rehabilitasi Sosial", 500e6, None), ("Program Pemberdayaan Sosial", 500e6, None)]),
    # controls: rates per person, a total, or fewer figures than names are nobody's budget
    ("Program Rehabilitasi Sosial dan Program Pemberdayaan Sosial masing-masing menyasar 200 orang dengan bantuan "
     "Rp 500.000 per orang dan Rp 300.000 per orang.",
     [("Program Rehabilitasi Sosial", None, None), ("Program Pemberdayaan Sosial", None, None)]),
    ("Program Rehabilitasi Sosial dan Program Pemberdayaan Sosial masing-masing dengan total Rp 500 juta.",
     [("Program Rehabilitasi Sosial", None, None), ("Program Pemberdayaan Sosial", None, None)]),
    ("Program Rehabilitasi Sosial, Program Pemberdayaan Sosial dan Program Penanganan Bencana masing-masing Rp 1,1 "
     "miliar dan Rp 700 juta.",
     [("Program Rehabilitasi Sosial", None, None), ("Program Pemberdayaan Sosial", None, None),
      ("Program Penanganan Bencana", None, None)]),
]


@pytest.mark.parametrize("text, expected", SHARED_OUT)
def test_amounts_shared_out_masing_masing_go_to_the_listed_programs_in_order(text, expected):
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in extract_text(text).programs] == expected


def test_the_last_listed_programs_own_line_after_its_kegiatan_is_its_budget():
    """The last item's text is estimated from the items before it; a line that says "program ini"
    just after that estimate is still the program's (before: its budget was lost)."""
    text = ("2.3.2 Urusan Sosial\nProgram dan kegiatan yang dilaksanakan pada urusan sosial tahun 2017 adalah:\n"
            "1. Program Pelayanan Administrasi Perkantoran\nKegiatan yang dilaksanakan:\n"
            "a) Penyediaan jasa surat menyurat\nb) Penyediaan jasa komunikasi, sumber daya air dan listrik\n"
            "2. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah "
            "Kesejahteraan Sosial (PMKS) Lainnya\nKegiatan yang dilaksanakan:\n"
            "a) Pelatihan keterampilan berusaha bagi keluarga miskin\n"
            "b) Pengadaan sarana dan prasarana pendukung usaha bagi keluarga miskin\n"
            "Realisasi anggaran program ini sebesar Rp. 312.450.000,- dari pagu Rp. 325.000.000,- (96,14%).\n")
    got = [(p.budget.pagu, p.budget.realisasi, p.budget.percent, len(p.activities))
           for p in extract_text(text).programs]
    assert got == [(None, None, None, 2), (325e6, 312.45e6, 96.14, 2)]


# (text, [(program name, realisation percent)])
PARALLEL_CLAUSES = [
    ("Sedangkan untuk tahun 2021, Dinas Sosial mendapat alokasi anggaran sebesar Rp 9,2 miliar yang dibagi ke dalam "
     "5 program. Program dengan realisasi tertinggi adalah Program Penanganan Bencana sebesar 99,1 persen, sedangkan "
     "terendah Program Pemberdayaan Sosial sebesar 82,4 persen.",
     [("Program Penanganan Bencana", 99.1), ("Program Pemberdayaan Sosial", 82.4)]),
    # controls: the first clause speaks of performance or physical progress, not of spending
    ("Capaian kinerja tertinggi adalah Program Penanganan Bencana sebesar 99,1 persen, sedangkan terendah Program "
     "Pemberdayaan Sosial sebesar 82,4 persen.",
     [("Program Penanganan Bencana", None), ("Program Pemberdayaan Sosial", None)]),
    ("Realisasi fisik Program Penanganan Bencana sebesar 99,1 persen, sedangkan Program Pemberdayaan Sosial sebesar "
     "82,4 persen.",
     [("Program Penanganan Bencana", None), ("Program Pemberdayaan Sosial", None)]),
]


@pytest.mark.parametrize("text, expected", PARALLEL_CLAUSES)
def test_a_parallel_clause_says_what_the_first_said_of_spending(text, expected):
    assert [(p.name, p.budget.percent) for p in extract_text(text).programs] == expected


# The same report prose copied from narrow columns: wrapped at any width, the same programs with the
# same budgets. (Before: at 40 columns "(3)" ended a line and "Program ..." opened the next, and the
# third item was read into the second's name; "Rp.\n. 6.972.300.000,-" was no amount.)
import textwrap  # noqa: E402

WRAPPED_PROSE = (
    "Sesuai Permendagri Nomor 13 Tahun 2006, program yang dilaksanakan Dinas Sosial pada tahun 2015 adalah "
    "(1) Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah "
    "Kesejahteraan Sosial Lainnya, (2) Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, (3) Program "
    "Pembinaan Para Penyandang Cacat dan Trauma, (4) Program Pembinaan Panti Asuhan/Panti Jompo dan (5) "
    "Program Pemberdayaan Kelembagaan Kesejahteraan Sosial.\n\n"
    "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial dengan total anggaran sebesar Rp. . 6.972.300.000,- "
    "dengan realisasi Rp. . 6.138.291.974,- (88,04%) secara rinci dapat dilihat pada lampiran.")


def _programs(text: str) -> list[tuple[str, object, object]]:
    return [(" ".join(p.name.split()), p.budget.pagu, p.budget.realisasi) for p in extract_text(text).programs]


@pytest.mark.parametrize("width", [30, 34, 40, 45, 50, 60, 72, 90])
def test_prose_wrapped_at_any_width_names_the_same_programs(width):
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False)) for p in WRAPPED_PROSE.split("\n\n"))
    assert _programs(wrapped) == _programs(WRAPPED_PROSE)
    assert [c.check for c in extract_text(wrapped).checks] == ["budget_percent"]


def test_the_unwrapped_prose_names_its_five_programs():
    got = _programs(WRAPPED_PROSE)
    assert [name for name, _, _ in got] == [
        "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
        "Sosial Lainnya", "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
        "Program Pembinaan Para Penyandang Cacat dan Trauma", "Program Pembinaan Panti Asuhan/Panti Jompo",
        "Program Pemberdayaan Kelembagaan Kesejahteraan Sosial"]
    assert got[1][1:] == (6972300000.0, 6138291974.0)


@pytest.mark.parametrize("joined", ["dengan pagu anggaran", "dengan pagu", "dengan total anggaran"])
def test_the_count_of_kegiatan_before_their_budget_names_no_kegiatan(joined):
    """"melalui 3 (tiga) kegiatan dengan pagu anggaran Rp ..., yaitu: a. ... b. ... c. ...": the words
    after the count are the program's budget, no kegiatan (before: "dengan pagu anggaran Rp" was a
    fourth kegiatan)."""
    text = ("3. Program Perlindungan dan Jaminan Sosial\n"
            f"Program ini dilaksanakan melalui 3 (tiga) kegiatan {joined} Rp. 1.850.000.000,- dan realisasi "
            "Rp. 1.776.000.000,- (96,00%), yaitu:\n"
            "a. Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota, anggaran Rp. 650.000.000,- "
            "realisasi Rp. 624.000.000,-;\n"
            "b. Kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota, anggaran Rp. "
            "900.000.000,- realisasi Rp. 864.000.000,-;\n"
            "c. Kegiatan Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana, anggaran Rp. "
            "300.000.000,- realisasi Rp. 288.000.000,-.\n")
    (program,) = extract_text(text).programs
    assert (program.budget.pagu, program.stated_activity_count) == (1850000000.0, 3)
    assert [a.name for a in program.activities] == [
        "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
        "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
        "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana"]


@pytest.mark.parametrize("listed, names", [
    ("kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil dan kegiatan Pengumpulan Sumbangan dalam Daerah",
     ["Pemberdayaan Sosial Komunitas Adat Terpencil", "Pengumpulan Sumbangan dalam Daerah"]),
    ("kegiatan Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat, kegiatan Pemberdayaan Sosial KAT serta "
     "kegiatan Pengumpulan Sumbangan dalam Daerah",
     ["Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "Pemberdayaan Sosial KAT",
      "Pengumpulan Sumbangan dalam Daerah"]),
    # a "dan" inside one name stays
    ("kegiatan Pengembangan dan Pembinaan Kegiatan Karang Taruna", ["Pengembangan dan Pembinaan Kegiatan Karang Taruna"]),
])
def test_kegiatan_each_named_with_its_level_word(listed, names):
    """"melalui kegiatan A dan kegiatan B": the level word said again starts the next name (before:
    one kegiatan "A dan kegiatan B")."""
    text = f"1) Program Pemberdayaan Sosial\nProgram ini dilaksanakan melalui {listed}.\n"
    (program,) = extract_text(text).programs
    assert [a.name for a in program.activities] == names
