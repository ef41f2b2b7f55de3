"""Web pages printed to PDF by a browser, and a program's budget against its kegiatan's.

The PDFs are made by tests/fixtures/make_printed_pages.py (Chromium) and committed. The prose
cases are written here; each slip has its control.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract, extract_text

PAGES = Path(__file__).parent / "fixtures" / "printed_pages"


@pytest.fixture(scope="module")
def sidebar():
    return extract(PAGES / "sidebar_news.pdf")


@pytest.fixture(scope="module")
def columns():
    return extract(PAGES / "two_columns.pdf")


@pytest.fixture(scope="module")
def nested():
    return extract(PAGES / "nested_list.pdf")


def _budget_checks(report):
    return {(c.stated, c.verdict) for c in report.checks if c.check == "budget_percent"}


# --- pages printed by a browser -------------------------------------------------------------

def test_small_type_keeps_the_spaces_pdfium_infers(sidebar):
    # the sidebar's 10-pixel headlines: each word drawn apart, no space glyph between them
    assert "Harga Beras Medium Naik Jadi Rp14.100 per Kilogram" in sidebar.text
    assert "HargaBeras" not in sidebar.text


def test_an_article_beside_a_sidebar_reads_as_its_own_sentences(sidebar):
    assert "sebesar Rp4.194.000.000 dari pagu Rp4.500.000.000, atau 93,20 persen" in sidebar.text
    assert (93.2, "consistent") in _budget_checks(sidebar)
    # the sidebar's figures are no operands of the article's percentages
    assert not [c for c in sidebar.checks if c.stated in (64.0, 104.0)]


def test_two_columns_read_column_by_column_one_paragraph_each(columns):
    text = columns.text
    assert "mencapai Rp3.150.000.000 atau 45,00 persen dari pagu Rp7.000.000.000" in text
    # the right column set higher than the left (its first paragraph goes on from the left one)
    assert "Sebagian besar dana dipakai untuk iuran PBI daerah bagi 1.200 dari 2.400 jiwa yang ditargetkan" in text
    assert "dipakai untuk" not in text[:text.index("BUKIT LARAS")]
    # a sentence's last word wrapped alone is no heading in capitals
    assert "bersama Komisi IV DPRD." in text
    assert {(45.0, "consistent"), (55.0, "consistent"), (25.0, "consistent")} <= _budget_checks(columns)


def test_drawn_bullets_make_a_list_of_kegiatan_with_their_figures(nested):
    assert "\n- Pemberdayaan Sosial Komunitas Adat Terpencil — Rp 250.000.000,00" in nested.text
    programs = {p.name: p for p in nested.programs}
    first = programs["Program Pemberdayaan Sosial"]
    assert [(a.name, a.budget.pagu) for a in first.activities] == [
        ("Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", 350_000_000.0),
        ("Pemberdayaan Sosial Komunitas Adat Terpencil", 250_000_000.0)]
    sums = {(c.stated, c.expected, c.verdict) for c in nested.checks if c.check == "program_sum"}
    # 350 + 250 = 600 as stated; 500 + 420 = 920 against the 900 stated: a slip
    assert sums == {(600_000_000.0, 600_000_000.0, "consistent"), (900_000_000.0, 920_000_000.0, "mismatch")}


def test_an_achievement_after_semicolon_parted_figures_is_the_budgets(nested):
    # "Pagu Rp 900.000.000,00; realisasi Rp 864.000.000,00; capaian 96,00%."
    assert (96.0, "consistent") in _budget_checks(nested)


# --- a program's budget against its kegiatan's, in the prose ---------------------------------

LISTED = """A. Program dan Kegiatan

1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, dengan pagu Rp. {pagu} terealisasi Rp. 651.920.000,- (95,24%), melalui kegiatan:
   - Pelayanan dan Perlindungan Sosial bagi PMKS, Rp. 298.500.000,-;
   - Penanganan Masalah-Masalah Strategis yang Menyangkut Tanggap Cepat Darurat, Rp. 386.000.000,-.

2. Program Pembinaan Panti Asuhan/Panti Jompo, pagu anggaran Rp. 528.400.000,- realisasi Rp. 489.604.600,- atau 92,66%, terdiri dari:
   - Operasional dan Pemeliharaan Panti Jompo, Rp. 318.400.000,-;
   - Pembinaan Anak Terlantar di Panti Asuhan, Rp. 210.000.000,-.
"""


def _sums(report):
    return sorted((c.stated, c.expected, c.verdict) for c in report.checks if c.check == "program_sum")


def test_each_kegiatan_carries_the_amount_after_its_name():
    r = extract_text(LISTED.format(pagu="684.500.000,-"))
    acts = [(a.name, a.budget.pagu) for p in r.programs for a in p.activities]
    assert acts == [("Pelayanan dan Perlindungan Sosial bagi PMKS", 298_500_000.0),
                    ("Penanganan Masalah-Masalah Strategis yang Menyangkut Tanggap Cepat Darurat", 386_000_000.0),
                    ("Operasional dan Pemeliharaan Panti Jompo", 318_400_000.0),
                    ("Pembinaan Anak Terlantar di Panti Asuhan", 210_000_000.0)]
    span = r.programs[0].activities[0].budget.pagu_span
    assert r.text[span.start:span.end] == "Rp. 298.500.000,-"


def test_a_program_is_the_sum_of_its_kegiatan():
    assert _sums(extract_text(LISTED.format(pagu="684.500.000,-"))) == [
        (528_400_000.0, 528_400_000.0, "consistent"), (684_500_000.0, 684_500_000.0, "consistent")]


def test_two_digits_swapped_in_the_programs_figure_is_a_slip():
    # 298,5 + 386 = 684,5 million; the program's line says 648,5 (short of the sum, a slip of the pen)
    assert (648_500_000.0, 684_500_000.0, "mismatch") in _sums(extract_text(LISTED.format(pagu="648.500.000,-")))


def test_kegiatan_adding_to_more_than_their_program_is_a_slip():
    assert (600_000_000.0, 684_500_000.0, "mismatch") in _sums(extract_text(LISTED.format(pagu="600.000.000,-")))


def test_a_list_short_of_its_program_by_a_kegiatan_is_no_slip():
    # 684,5 million of 900: the list may name only some kegiatan ("antara lain"); no alarm
    sums = _sums(extract_text(LISTED.format(pagu="900.000.000,-")))
    assert not [s for s in sums if s[0] == 900_000_000.0]


def test_a_stated_number_of_kegiatan_makes_a_short_sum_a_slip():
    text = LISTED.format(pagu="900.000.000,-").replace("melalui kegiatan:", "dilaksanakan melalui 2 (dua) kegiatan, yaitu:")
    assert (900_000_000.0, 684_500_000.0, "mismatch") in _sums(extract_text(text))


def test_what_is_left_of_a_budget_is_no_realisation_of_it():
    text = ("Pencapaian sasaran tersebut didukung program-program berikut:\n"
            "- Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial. Pagu Rp 2.150.000.000; terealisasi Rp "
            "2.061.300.000, sisa anggaran Rp 98.700.000 atau 4,13% dari pagu. Kegiatan: a) Pelayanan dan "
            "Perlindungan Sosial (Rp 1.250.000.000), b) Pemberian Bantuan Sosial kepada Penyandang Disabilitas "
            "(Rp 900.000.000).\n- Program Pembinaan Para Penyandang Cacat dan Trauma. Pagu Rp 346.000.000; "
            "terealisasi Rp 329.870.000 (95,34%).\n")
    r = extract_text(text)
    first = r.programs[0]
    assert (first.budget.pagu, first.budget.realisasi) == (2_150_000_000.0, 2_061_300_000.0)
    assert [a.budget.pagu for a in first.activities] == [1_250_000_000.0, 900_000_000.0]
    assert (2_150_000_000.0, 2_150_000_000.0, "consistent") in _sums(r)


def test_kegiatan_listed_after_the_sentence_that_announces_them():
    text = ("1) Dengan anggaran sebesar Rp 2.814.600.000,00 dilaksanakan Program Pemberdayaan Fakir Miskin, "
            "Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya, yang "
            "terealisasi Rp 2.705.321.450,00 (96,12%). Kegiatan pada program ini:\n"
            "   a) Pemberdayaan Sosial Komunitas Adat Terpencil: pagu Rp 1.264.600.000,00, realisasi Rp 1.221.087.450,00;\n"
            "   b) Fasilitasi Bantuan Sosial Kesejahteraan Keluarga: pagu Rp 950.000.000,00, realisasi Rp 915.434.000,00;\n"
            "   c) Peningkatan Kualitas Pelayanan Sosial bagi Fakir Miskin: pagu Rp 600.000.000,00, realisasi Rp 568.800.000,00.\n"
            "\n2) Program Pemberdayaan Kelembagaan Kesejahteraan Sosial dengan anggaran Rp 692.000.000,00.\n")
    r = extract_text(text)
    acts = r.programs[0].activities
    assert [(a.budget.pagu, a.budget.realisasi) for a in acts] == [
        (1_264_600_000.0, 1_221_087_450.0), (950_000_000.0, 915_434_000.0), (600_000_000.0, 568_800_000.0)]
    assert _sums(r) == [(2_705_321_450.0, 2_705_321_450.0, "consistent"), (2_814_600_000.0, 2_814_600_000.0, "consistent")]


def test_an_amount_said_to_be_for_a_kegiatan_before_its_name():
    text = ("3.2.2 Program Pemberdayaan Sosial\nPagu Rp2.315.000.000; realisasi Rp2.219.880.500 (95,89%). Alokasinya:\n"
            "  • Rp1.515.000.000 untuk kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) di 4 lokasi;\n"
            "  • Rp800.000.000 untuk kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Provinsi.\n")
    r = extract_text(text)
    assert [a.budget.pagu for a in r.programs[0].activities] == [1_515_000_000.0, 800_000_000.0]
    assert _sums(r) == [(2_315_000_000.0, 2_315_000_000.0, "consistent")]


def test_a_total_over_the_programs_is_their_sum():
    text = ("Urusan sosial dilaksanakan melalui 2 (dua) program, yaitu: Program Rehabilitasi Sosial dan Program "
            "Perlindungan dan Jaminan Sosial, dengan total anggaran sebesar Rp. {total} dan realisasi Rp. 1.240.000.000,00.\n\n"
            "1. Program Rehabilitasi Sosial, dialokasikan anggaran sebesar Rp. 800.000.000,- dan terealisasi Rp. "
            "760.000.000,- atau 95,00%.\n\n2. Program Perlindungan dan Jaminan Sosial, dengan pagu Rp. 500.000.000,- "
            "terealisasi Rp. 480.000.000,- (96,00%).\n")
    totals = [s for s in _sums(extract_text(text.format(total="1.300.000.000,00"))) if s[0] in (1.3e9, 1.24e9)]
    assert totals == [(1_240_000_000.0, 1_240_000_000.0, "consistent"), (1_300_000_000.0, 1_300_000_000.0, "consistent")]
    # the same figure with two digits swapped: a slip; a total of something else: no check
    assert not [s for s in _sums(extract_text(text.format(total="2.600.000.000,00"))) if s[0] == 2.6e9]
    assert (1_030_000_000.0, 1_300_000_000.0, "mismatch") in _sums(extract_text(text.format(total="1.030.000.000,00")))


# --- false alarms found on reports the project had not seen ----------------------------------

def _check(report, stated):
    return [(c.verdict, c.operands.get("numerator"), c.operands.get("denominator"))
            for c in report.checks if c.stated == stated]


def test_a_change_of_the_part_not_of_the_whole_it_was_counted_from():
    text = ("Dari tabel di atas terlihat bahwa sebanyak 4.954 jiwa dari 12.160 jiwa PMKS terdata telah menerima "
            "bantuan sosial daerah, atau cakupan layanan sebesar 40,74 %. Jumlah penerima tersebut naik {p} persen "
            "dibanding tahun 2022 yang hanya menjangkau 4.127 jiwa.")
    # (4.954 - 4.127) / 4.127 = 20,04%; the whole, 12.160, would make it 194,6%
    assert _check(extract_text(text.format(p="20,04")), 20.04) == [("consistent", 827.0, 4127.0)]
    assert _check(extract_text(text.format(p="24,00")), 24.0) == [("mismatch", 827.0, 4127.0)]


def test_a_change_of_a_plan_named_by_its_subject_stays_the_plans():
    text = ("Bantuan tersalur kepada 2.148 KK dari rencana 2.200 KK, atau 97,64%. Rencana penerima tersebut "
            "bertambah 11,11% dibanding tahun 2021 (1.980 KK).")
    assert _check(extract_text(text), 11.11) == [("consistent", 220.0, 1980.0)]


def test_a_rate_is_no_budget_of_a_realisation():
    text = ("Bantuan bedah rumah untuk 60 unit rumah tidak layak huni senilai Rp 10 juta per unit sudah disalurkan "
            "seluruhnya, sehingga serapannya sudah Rp 1.275.400.000 atau 92,02 persen.")
    assert not [c for c in extract_text(text).checks if c.verdict == "mismatch"]


def test_an_average_of_other_agencies_is_a_benchmark():
    text = ("Pada urusan sosial, Fraksi kami mencatat anggaran Dinas Sosial tahun 2023 sebesar Rp 11.386.200.000,00. "
            "Realisasinya baru terserap 58,73 persen atau Rp 6.687.065.000,00. Angka ini jauh di bawah rata-rata "
            "serapan perangkat daerah yang mencapai 87,9 persen, padahal warga miskin kita tidak bisa menunggu.\n\n"
            "Kami mempertanyakan mengapa bantuan permakanan yang dianggarkan Rp 2.750.000.000,00 hanya sampai kepada "
            "1.618 dari 2.400 lansia sasaran, atau 67,42 persen.\n\n"
            "Fraksi kami juga menyoroti rumah singgah. Dari Rp 640.000.000,00 yang dialokasikan, hanya Rp "
            "96.000.000,00 yang dibelanjakan untuk penyusunan DED.\n")
    assert not _check(extract_text(text), 87.9)


# --- 13/2006-era LAKIP and LKPJ phrasing ---------------------------------------------------

def _acts(report):
    return [[(a.name, a.budget.pagu) for a in p.activities] for p in report.programs]


def test_a_program_name_ends_before_its_allocation():
    text = ("Program yang dilaksanakan:\n\n1. Program Pembinaan Panti Asuhan/Panti Jompo dengan alokasi dana Rp. "
            "312.600.000,- terealisasi Rp. 289.441.750,- atau 92,59 %.\n\n2. Program Pembinaan Anak Terlantar dengan "
            "alokasi dana Rp. 118.450.000,- dan realisasi Rp. 109.904.000,- (92,79 %).\n")
    assert [p.name for p in extract_text(text).programs] == ["Program Pembinaan Panti Asuhan/Panti Jompo",
                                                             "Program Pembinaan Anak Terlantar"]


def test_kegiatannya_lists_names_each_with_its_figures_in_brackets():
    text = ("1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah "
            "Kesejahteraan Sosial (PMKS) Lainnya menyerap Rp. 1.036.500.000,- dari pagu Rp. 1.120.000.000,-, atau "
            "92,54 %. Kegiatannya : Pemberdayaan Fakir Miskin melalui KUBE (Rp. 360.000.000,-), Rehabilitasi Sosial "
            "Rumah Tidak Layak Huni (Rp. 600.000.000,-) dan Pendataan PMKS dan PSKS (Rp. 160.000.000,-).\n"
            "2. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, pagu Rp. 515.000.000,- dan realisasi Rp. "
            "471.150.000,- (91,49 %).\n")
    r = extract_text(text)
    assert _acts(r)[0] == [("Pemberdayaan Fakir Miskin melalui KUBE", 360_000_000.0),
                           ("Rehabilitasi Sosial Rumah Tidak Layak Huni", 600_000_000.0),
                           ("Pendataan PMKS dan PSKS", 160_000_000.0)]
    assert (1_120_000_000.0, 1_120_000_000.0, "consistent") in _sums(r)


def test_kegiatan_each_said_with_sebesar_and_a_verb_ending_a_name():
    text = ("1. Program Peningkatan Sarana dan Prasarana Aparatur dengan alokasi dana Rp. 215.000.000,- terealisasi "
            "Rp. 199.950.000,- atau 93 %. Kegiatan yang dilaksanakan adalah Pembangunan Gedung Kantor sebesar Rp. "
            "180.000.000,- dan Pengadaan Mebeulair sebesar Rp. 35.000.000,-.\n\n2. Program Pembinaan Para Penyandang "
            "Cacat dan Trauma dengan alokasi dana Rp. 214.500.000,- terealisasi Rp. 209.800.000,- atau 97,81 %. "
            "Kegiatan Pendayagunaan Para Penyandang Cacat dan Eks Trauma memberikan bantuan kursi roda kepada 36 "
            "orang penyandang cacat.\n")
    acts = _acts(extract_text(text))
    assert acts[0] == [("Pembangunan Gedung Kantor", 180_000_000.0), ("Pengadaan Mebeulair", 35_000_000.0)]
    assert [a for a, _ in acts[1]] == ["Pendayagunaan Para Penyandang Cacat dan Eks Trauma"]


def test_the_last_programs_kegiatan_end_at_the_next_lettered_section():
    text = ("A. Program dan Kegiatan\n\nPenyelenggaraan urusan wajib sosial dilaksanakan oleh Dinas Sosial.\n\n"
            "1. Program Pelayanan Administrasi Perkantoran\n   a. Penyediaan Jasa Surat Menyurat\n"
            "      Anggaran  : Rp. 12.500.000,-\n      Realisasi : Rp. 12.480.000,- (99,84 %)\n\n"
            "2. Program Pembinaan Para Penyandang Cacat dan Trauma\n"
            "   a. Pendidikan dan Pelatihan bagi Penyandang Cacat dan Eks Trauma\n      Anggaran  : Rp. 96.000.000,-\n"
            "      Realisasi : Rp. 94.560.000,- (98,50 %)\n   b. Pendayagunaan Para Penyandang Cacat dan Eks Trauma\n"
            "      Anggaran  : Rp. 55.250.000,-\n      Realisasi : Rp. 55.250.000,- (100 %)\n"
            "   Jumlah program : Anggaran Rp. 151.250.000,- Realisasi Rp. 149.810.000,- (99,05 %)\n\n"
            "B. Hasil yang Dicapai\n\nMelalui kegiatan pelatihan keterampilan sebanyak 50 anak terlantar telah "
            "mengikuti pelatihan menjahit selama 21 hari.\n")
    r = extract_text(text)
    assert _acts(r)[1] == [("Pendidikan dan Pelatihan bagi Penyandang Cacat dan Eks Trauma", 96_000_000.0),
                           ("Pendayagunaan Para Penyandang Cacat dan Eks Trauma", 55_250_000.0)]
    assert (151_250_000.0, 151_250_000.0, "consistent") in _sums(r)


def test_lembaga_and_lks_count_one_thing():
    text = "Jumlah LKS yang dibina pada tahun 2014 mencapai 97 lembaga dari 150 LKS yang terdaftar, atau 64,66 %."
    assert _check(extract_text(text), 64.66) == [("truncated", 97.0, 150.0)]


# --- texts about the Dinas written by others (audit summaries, DPRD) -------------------------

def test_a_share_said_of_the_realisation_is_judged_against_it():
    text = ("Pemerintah Provinsi menyajikan realisasi Belanja Bantuan Sosial TA 2022 sebesar Rp 58.735.420.000,00 "
            "atau 91,06% dari anggaran sebesar Rp 64.500.000.000,00.\n\n1) Terdapat kelebihan pembayaran bantuan "
            "sosial bagi korban bencana sebesar Rp 1.284.600.000,00 atau {p}% dari realisasi belanja bantuan sosial.")
    # 1.284.600.000 / 58.735.420.000 = 2,19%; 1,99% is its share of the budget, not of the realisation
    assert _check(extract_text(text.format(p="2,19")), 2.19) == [("consistent", 1_284_600_000.0, 58_735_420_000.0)]
    assert _check(extract_text(text.format(p="1,99")), 1.99) == [("mismatch", 1_284_600_000.0, 58_735_420_000.0)]


def test_a_program_said_again_with_its_pagu_and_ini_and_a_part_of_a_whole():
    text = ("Rekomendasi Pansus:\n\n2. Rendahnya serapan terutama terjadi pada Program Perlindungan dan Jaminan "
            "Sosial. Program dengan pagu Rp 6.240.000.000 ini hanya terealisasi Rp 2.934.100.000 atau 47,02 persen.\n\n"
            "5. Pansus memberi catatan positif pada Program Rehabilitasi Sosial yang realisasinya 88,64 persen, yakni "
            "Rp 1.595.520.000 dari pagu Rp 1.800.000.000, serta Program Penunjang Urusan Pemerintahan Daerah "
            "Kabupaten/Kota yang menyerap Rp 3.037.176.000 dari Rp 3.865.500.000.\n")
    budgets = {p.name: (p.budget.pagu, p.budget.realisasi) for p in extract_text(text).programs}
    assert budgets["Program Perlindungan dan Jaminan Sosial"] == (6_240_000_000.0, 2_934_100_000.0)
    assert budgets["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"] == (3_865_500_000.0, 3_037_176_000.0)


def test_a_percentage_named_after_a_member_of_a_group_of_columns():
    # "Jumlah KPM" over "Sasaran | Tersalur | Belum Tersalur": "% Tersalur" is Tersalur / Sasaran
    text = ("| No | Desa | Jumlah KPM | | | % Tersalur |\n| | | Sasaran | Tersalur | Belum Tersalur | |\n"
            "|---|---|---|---|---|---|\n| 1 | Air Bening | 214 | 201 | 13 | 93,93 |\n"
            "| 2 | Sungai Jernih | 119 | 118 | 1 | 99,16 |\n| 3 | Siulak Deras | 608 | 597 | 11 | 98,91 |\n")
    rows = [(c.stated, c.verdict) for c in extract_text(text).checks if c.check == "row_percent"]
    assert rows == [(93.93, "consistent"), (99.16, "consistent"), (98.91, "mismatch")]


def test_a_ratio_column_makes_a_header_of_labels():
    # (a long text before the table: columns are measured within their lines, not in the text)
    text = ("Bab II menyajikan evaluasi pelayanan Dinas Sosial selama periode Renstra. " * 20 + "\n\n"
            "Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan (dalam ribuan rupiah)\n\n"
            "Tahun     Anggaran   Realisasi  Rasio (%)\n2019     5.842.310   5.495.106      94,06\n"
            "2020     4.216.785   3.701.093      87,77\n2021     5.037.420   4.744.862      94,91\n\n"
            "Selama tiga tahun, Dinas Sosial mengelola anggaran Rp15.096.515.000 dengan realisasi Rp13.941.061.000 "
            "atau 92,35 persen. Realisasi terendah terjadi pada tahun 2020.\n")
    r = extract_text(text)
    rows = [(c.stated, c.verdict) for c in r.checks if c.check == "row_percent"]
    # 4.744.862 / 5.037.420 = 94,19%, written 94,91
    assert rows == [(94.06, "consistent"), (87.77, "consistent"), (94.91, "mismatch")]
    # the paragraph after the blank line is prose, not a row cut into the columns
    assert [(c.check, c.verdict) for c in r.checks if c.stated == 92.35] == [("budget_percent", "consistent")]


def test_an_amount_pointed_at_then_only_a_share():
    text = ('"Rp 9,86 miliar itu cuma {p} persen dari total APBD-P 2018 sebesar Rp 1,42 triliun. Dinas teknis '
            'yang lain dapat puluhan miliar," katanya.')
    # 9,86 miliar / 1,42 triliun = 0,69% (0,69..0,70 within the written precision)
    assert _check(extract_text(text.format(p="0,69")), 0.69)[0][0] == "consistent"
    assert _check(extract_text(text.format(p="0,74")), 0.74)[0][0] == "mismatch"
