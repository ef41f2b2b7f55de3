"""The same statement written the other ways reports write it: "Rp." with a dot and a space
before its figure ("Rp. 4,6 miliar"), which no clause ends at. Found by rewriting every probe
passage (tests/fixtures/probes*/) that way and comparing what it gives: before, 31 of 673 passages
lost a claim or changed its kind, three with a false or moved mismatch.

Written for these tests in the register of DPRD hearing news and Dinas Sosial reports; answers by
hand with the rule of shared/gold/README.md.
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

# (text with {rp} for the currency sign, [(check, stated, numerator, denominator, verdict)])
CASES = [
    # 9,87/10,45 = 94,45%; 4,12/4,6 = 89,57%, not 85,97: a slip, caught in both writings as a budget claim
    ("Program perlindungan dan jaminan sosial menyerap {rp}9,87 miliar dari {rp}10,45 miliar (94,45 persen), "
     "rehabilitasi sosial {rp}4,12 miliar dari {rp}4,6 miliar (85,97 persen).",
     [("budget_percent", 94.45, 9.87e9, 10.45e9, "consistent"), ("budget_percent", 85.97, 4.12e9, 4.6e9, "mismatch")]),
    # a decrease: (12,5 - 10,54) / 12,5 = 15,68%
    ("Anggaran Dinas Sosial tahun 2021 turun dari {rp}12,5 miliar atau turun 15,68 persen menjadi {rp}10,54 miliar.",
     [("share_percent", 15.68, 1.96e9, 12.5e9, "consistent")]),
    # last year's amount in brackets is no pagu of this year's uptake: 5,28 / 13,2 = 40%
    ("Anggaran 2024 {rp}13,2 miliar, naik 10 persen dari 2023 ({rp}12 miliar), dengan serapan hingga Juni "
     "{rp}5,28 miliar atau 40 persen.",
     [("budget_percent", 40.0, 5.28e9, 13.2e9, "consistent"), ("share_percent", 10.0, 1.2e9, 12e9, "consistent")]),
]


def _checks(text: str) -> list[tuple]:
    return sorted((c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
                  for c in extract_text(text).checks)


@pytest.mark.parametrize("rp", ["Rp ", "Rp. ", "Rp.", "Rp"])
@pytest.mark.parametrize("text, expected", CASES)
def test_rp_with_a_dot_and_a_space_ends_no_clause(text, expected, rp):
    assert _checks(text.format(rp=rp)) == sorted(expected)


# The same passages wrapped at 60 columns, as copied from a PDF: a line's figure broken from its
# "Rp" or its scale word, a total's percentage on the next line. Before, each made a false or
# moved mismatch.
WRAPPED_LIST = """Realisasi program dan kegiatan Dinas Sosial tahun 2021
adalah sebagai berikut:
1. Program Perlindungan dan Jaminan Sosial
1.1 Pengelolaan Data Fakir Miskin Cakupan Daerah
Kabupaten/Kota, pagu Rp 85.000.000, realisasi Rp 80.750.000
1.2 Perlindungan Sosial Korban Bencana Alam dan Sosial
Kabupaten/Kota, pagu Rp 115.000.000, realisasi Rp
105.000.000
2. Program Penanganan Bencana
2.1 Penanganan Bencana, pagu Rp 60.000.000, realisasi Rp
57.000.000
Secara keseluruhan realisasi anggaran Dinas Sosial mencapai
93,37%.
"""


@pytest.mark.parametrize("text", [WRAPPED_LIST, WRAPPED_LIST.replace("mencapai\n93", "mencapai 93"),
                                  WRAPPED_LIST.replace("Rp\n57", "Rp 57"),
                                  # (at 40 columns: the total's words over two lines before its figure)
                                  WRAPPED_LIST.replace("Secara keseluruhan realisasi anggaran Dinas Sosial mencapai\n93,37%.",
                                                       "Secara keseluruhan realisasi anggaran\nDinas Sosial mencapai 93,37%.")])
def test_a_total_line_under_listed_items_is_no_share_of_the_last_item_however_wrapped(text):
    # 93,37% is (80,75 + 105 + 57) / (85 + 115 + 60) million, a sum no line states: no claim
    assert extract_text(text).checks == []


@pytest.mark.parametrize("text", [
    "Bansos PKH tahap I 2024 telah disalurkan kepada 9,9 juta KPM atau 99 persen dari target 10 juta KPM.",
    "Bansos PKH tahap I 2024 telah disalurkan senilai Rp 7,2\ntriliun kepada 9,9 juta KPM atau 99 persen dari target 10\n"
    "juta KPM, kata Dirjen Perlindungan dan Jaminan Sosial."])
def test_a_targets_scale_word_on_the_next_line(text):
    assert _checks(text) == [("target_percent", 99.0, 9.9e6, 10e6, "consistent")]


MISALIGNED_ROWS = """Tabel 4.2.6.2
Realisasi Kinerja dan Anggaran Kegiatan Urusan Sosial Tahun
2018
No Kegiatan Indikator Keluaran Target Realisasi % Anggaran
(Rp) Realisasi (Rp) %
1 Pelayanan dan perlindungan sosial anak terlantar Jumlah
anak terlantar yang dilayani 150 150 100 325.000.000
318.450.000 97,98
2 Pemberdayaan keluarga miskin melalui KUBE Jumlah KUBE yang
dibentuk 12 12 100 240.000.000 232.800.000 97,00
"""


def test_an_amount_read_under_a_percent_header_is_no_stated_percentage():
    # the first row's cells stand a column off: "325.000.000" is no percentage (before: "stated
    # 325.000.000" against 100 / 150, a false mismatch)
    assert [c for c in extract_text(MISALIGNED_ROWS).checks if c.verdict == "mismatch"] == []


# News copied with its paragraphs one a line and no blank line between (as the dev texts are): the
# same claims as with blank lines. Before, both were lost without the blank lines: the sentence
# after a line's full stop started with that line break (the paragraph before's), and a headline
# with no full stop ran into the dateline's sentence.
REFOCUSING = ("MAKASSAR – Pemerintah Provinsi Sulawesi Selatan melakukan refocusing anggaran untuk penanganan dampak "
              "sosial ekonomi Covid-19. Dinas Sosial menjadi salah satu perangkat daerah yang anggarannya bertambah.\n"
              "Kepala Dinas Sosial Sulsel mengatakan, pagu Dinsos pada APBD induk 2020 sebesar Rp 57,8 miliar. Setelah "
              "refocusing, pagu bertambah menjadi Rp 74,3 miliar, atau naik {} persen.")
HEADLINE = ("Pemkab Kukar Alokasikan Rp27,6 Miliar untuk Dinas Sosial\n"
            "TENGGARONG – Dari total belanja daerah Rp 2,3 T dalam APBD 2024, Dinas Sosial Kutai Kartanegara mendapat "
            "Rp 27,6 miliar atau {} persen.\n"
            "Kepala Dinsos Kukar mengatakan sebagian untuk permakanan lansia.")


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
@pytest.mark.parametrize("text, stated, expected", [
    # (74,3 - 57,8) / 57,8 = 28,55%: "28,5" is read within its operands' rounding
    (REFOCUSING, "28,5", [("share_percent", 28.5, 16.5e9, 57.8e9, "consistent")]),
    (REFOCUSING, "38,5", [("share_percent", 38.5, 16.5e9, 57.8e9, "mismatch")]),
    # 27,6 miliar / 2,3 triliun = 1,2%
    (HEADLINE, "1,2", [("share_percent", 1.2, 27.6e9, 2.3e12, "consistent")]),
    (HEADLINE, "2,1", [("share_percent", 2.1, 27.6e9, 2.3e12, "mismatch")]),
])
def test_news_with_a_paragraph_a_line_gives_what_it_gives_with_blank_lines(text, stated, expected, blank):
    assert _checks(text.format(stated).replace("\n", blank)) == expected


# a goal stated as a story's first sentence, after its dateline, is still a goal: no claim (before,
# with the dateline 12,3 / 14,8 was judged against the 95 percent target, a false mismatch)
@pytest.mark.parametrize("dateline", ["", "JAKARTA, KOMPAS.com - ", "SUMBAWA BESAR, suarantb.id – ", "MATARAM (ANTARA) - "])
def test_a_goal_after_a_dateline_is_no_claim(dateline):
    text = dateline + "Target serapan tahun ini 95 persen. Dari pagu Rp 14,8 miliar, yang terserap baru Rp 12,3 miliar."
    assert extract_text(text).checks == []


# an OCR-spaced amount that the copy wrapped in the middle of its figure: one amount (before, "Rp . 1 .
# 187 ." was read as Rp 1.187 and judged against the pagu, a false mismatch)
SPACED = ("Realisasi anggaran Program Rehabilitasi Sosial sebesar Rp . 1 . 187 .{}500 . 000 dari pagu "
          "Rp . 1 . 250 . 000 . 000 atau 9 5 , 0 0 %.")


@pytest.mark.parametrize("brk", [" ", "\n", " \n"])
def test_a_spaced_amount_wrapped_mid_figure_is_one_amount(brk):
    assert _checks(SPACED.format(brk)) == [("budget_percent", 95.0, 1187500000.0, 1250000000.0, "consistent")]


# an achievement against the target its own sentence names, its count in the sentence before, each
# sentence a line or a paragraph (before: lost unless both stood in one paragraph). 1.175 / 2.000 =
# 58,75%
ACHIEVED = "Sampai dengan akhir tahun 2023, jumlah RTLH milik keluarga miskin yang telah direhabilitasi sebanyak 1.175 {}."
AGAINST = "Capaian terhadap target akhir Renstra tahun 2026 sebanyak 2.000 unit baru mencapai {}%."


@pytest.mark.parametrize("sep", [" ", "\n", "\n\n"])
@pytest.mark.parametrize("stated, verdict", [("58,75", "consistent"), ("68,75", "mismatch")])
def test_an_achievement_whose_count_stands_in_the_sentence_before(sep, stated, verdict):
    got = _checks(ACHIEVED.format("unit") + sep + AGAINST.format(stated))
    assert got == [("target_percent", float(stated.replace(",", ".")), 1175.0, 2000.0, verdict)]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_no_achievement_from_a_count_of_another_unit_before(sep):
    # 1.175 KK are no units of the 2.000-unit target
    assert extract_text(ACHIEVED.format("KK") + sep + AGAINST.format("58,75")).checks == []


# (stop 26) an OCR-spaced budget table copied at 40 columns, one of its figures broken before its dot
# ("Rp . 222 . 380" / ". 000") while the others were joined: before, the row was read with Rp 222.380
# for its remainder, a false row_difference mismatch; now that row's columns are a guess and raise no
# alarm (found by benchmarks/rewritings.py, wrap40 of tests/fixtures/probes2/probe_lkpj.txt#9)
OCR_TABLE_AT_40 = """Tabel 3.4
Realisasi Anggaran Program Dinas Sosial
Tahun Anggaran 2021

No. Program Pagu (Rp) Realisasi (Rp) %
Sisa (Rp)
1. Program Penunjang Urusan Pemerintahan
Daerah Kabupaten/Kota Rp . 2 . 845 . 600
. 000 Rp . 2 . 702 . 320 . 000 9 4 , 9 6
Rp . 143 . 280 . 000
2. Program Pemberdayaan Sosial Rp . 415
. 000 . 000 Rp . 398 . 400 . 000 9 6 , 0
0 Rp . 16 . 600 . 000
3. Program Rehabilitasi Sosial Rp . 1 .
250 . 000 . 000 Rp . 1 . 187 . 500 . 000
9 5 , 0 0 Rp . 62 . 500 . 000
Jumlah Rp . 4 . 510 . 600 . 000 Rp . 4 .
288 . 220 . 000 9 5 , 0 7 Rp . 222 . 380
. 000
"""


def test_an_ocr_spaced_table_wrapped_mid_figure_raises_no_alarm():
    assert [c.message for c in extract_text(OCR_TABLE_AT_40).checks if c.verdict == "mismatch"] == []


# a year after "dari target" is the target's year, not its figure (before: 2.600 / 2021 against
# 108,33 persen, a false mismatch; found wrapping tests/fixtures/probes-alarms/alarms.txt#145 at 60
# columns, which put "target 2021." on one line)
@pytest.mark.parametrize("text, expected", [
    ("Realisasi 2.600 orang atau 108,33 persen dari target 2021.", []),
    ("Realisasi 2.600 orang atau 108,33 persen dari target 2021 sebanyak 2.400 orang.",
     [(2600.0, 2400.0, "consistent")]),
    ("Realisasi 1.900 orang atau 96 persen dari target 2000 orang.", [(1900.0, 2000.0, "mismatch")]),
])
def test_a_year_after_the_target_word_is_no_target(text, expected):
    got = [(c.operands["numerator"], c.operands["denominator"], c.verdict) for c in extract_text(text).checks]
    assert got == expected
