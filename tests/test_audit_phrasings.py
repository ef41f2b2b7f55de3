"""The audit on paragraphs written for these tests in phrasings that no seed uses.

They guard against rules keyed to the seeds' wording: other verbs, other orders, other regions.
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.audit.verdict import percent_verdict

# (paragraph, check, stated, numerator, denominator, verdict)
CASES = [
    ("Anggaran kegiatan ini sebesar Rp. 1.250.000.000,00 dan terserap sebesar Rp. 1.187.500.000,00 atau 95,00%.",
     "budget_percent", 95.0, 1187500000, 1250000000, "consistent"),
    ("Realisasi belanja mencapai Rp 900.000.000 dari pagu Rp 1.000.000.000 atau 90,5 %.",
     "budget_percent", 90.5, 900000000, 1000000000, "mismatch"),
    ("Program Jaminan Sosial sebesar Rp. 3.000.000.000,- dengan realisasi Rp. 2.999.000.000,- (99,97%).",
     "budget_percent", 99.97, 2999000000, 3000000000, "consistent"),
    ("Bantuan menjangkau 450 KK atau 90% dari target sebanyak 500 KK di tujuh kecamatan.",
     "target_percent", 90.0, 450, 500, "consistent"),
    ("Pendampingan diberikan kepada 77 lansia di Panti Werdha Kupang atau 77,78% dari target penanganan sebanyak 99 orang.",
     "target_percent", 77.78, 77, 99, "consistent"),
    ("Sebanyak 30 anak dan 20 remaja di UPT Bina Remaja atau 100% dari target pelayanan sebanyak 50 orang.",
     "target_percent", 100.0, 50, 50, "consistent"),
    ("Pelatihan diberikan kepada 120 orang. Dari jumlah tersebut sebanyak 96 orang atau 80% telah membuka usaha.",
     "share_percent", 80.0, 96, 120, "consistent"),
    ("Rumah tidak layak huni yang diperbaiki mencapai 20 unit atau 33,33% dari 60 unit yang diusulkan.",
     "share_percent", 33.33, 20, 60, "consistent"),
    ("Pelatihan menjangkau 7 orang atau 58,33 % dari 12 orang.", "share_percent", 58.33, 7, 12, "consistent"),
    ("Pelatihan menjangkau 2 orang atau 66,66 % dari 3 orang.", "share_percent", 66.66, 2, 3, "truncated"),
    # two budget claims in one sentence: the second's budget is its own "dari" amount, not the
    # first's "anggaran" (a percentage between them closes the first claim)
    ("Realisasi Program A sebesar Rp. 1.234.567.890,00 dari anggaran Rp. 1.500.000.000,00 (82,30%), sedangkan "
     "Program B terealisasi Rp. 987.000.000,00 dari Rp. 1.000.000.000,00 (98,70%).",
     "budget_percent", 98.7, 987000000, 1000000000, "consistent"),
    ("Realisasi Program A sebesar Rp. 1.234.567.890,00 dari anggaran Rp. 1.500.000.000,00 (82,30%), sedangkan "
     "Program B terealisasi Rp. 987.000.000,00 dari Rp. 1.000.000.000,00 (98,70%).",
     "budget_percent", 82.3, 1234567890, 1500000000, "consistent"),
    ("Pagu kegiatan Rp 2.000.000.000 terserap Rp 1.500.000.000 atau 75%, kegiatan lain terealisasi "
     "Rp 450.000.000 dari Rp 500.000.000 atau 90%.", "budget_percent", 90.0, 450000000, 500000000, "consistent"),
    # "diserap" is a realisation word: a budget claim, not a share of a list
    ("Untuk Program Perlindungan dan Jaminan Sosial, dari anggaran Rp 2.150.000.000 telah diserap sebesar "
     "Rp 2.100.000.000 atau 97,67%.", "budget_percent", 97.67, 2100000000, 2150000000, "consistent"),
    ("Dengan anggaran Rp 1,2 miliar, dinas hanya mampu menyerap Rp 960 juta atau 80 persen.",
     "budget_percent", 80.0, 960000000, 1200000000, "consistent"),
    ("Kemensos menyalurkan bantuan PKH dengan total anggaran Rp28,7 triliun. Hingga Oktober, penyaluran telah "
     "mencapai Rp25,1 triliun atau 87,46 persen.", "budget_percent", 87.46, 25.1e12, 28.7e12, "consistent"),
    # a change between the values of two years, the old one told by its year, not by "dari"
    ("Pada tahun 2020 jumlah fakir miskin yang mendapatkan bantuan sebanyak 5.400 jiwa, sedangkan pada tahun 2021 "
     "menjadi 6.210 jiwa atau naik 15 persen.", "share_percent", 15.0, 810, 5400, "consistent"),
    # ... and the next sentence's "dari" is not its old value
    ("Pada tahun 2020 jumlah fakir miskin sebanyak 5.400 jiwa, sedangkan pada tahun 2021 menjadi 6.210 jiwa atau naik "
     "15 persen. Realisasi belanja langsung hanya mencapai 78,5% dari alokasi sebesar Rp 3.400.000.000.",
     "share_percent", 15.0, 810, 5400, "consistent"),
    ("Penanganan anak jalanan ditargetkan 400 orang, terealisasi 320 orang (85%).",
     "target_percent", 85.0, 320, 400, "mismatch"),
    # people counted by sex: parts of the whole stated before them
    ("Jumlah penerima manfaat 4.000 orang terdiri dari 2.400 laki-laki (60%) dan 1.600 perempuan (45%).",
     "share_percent", 45.0, 1600, 4000, "mismatch"),
    # an indicator's figures labelled one a line
    ("Indikator Kinerja: Jumlah anak terlantar yang mendapat pelayanan\nTarget : 250 anak\nRealisasi : 230 anak\n"
     "Capaian : 95 %", "target_percent", 95.0, 230, 250, "mismatch"),
    ("Indikator Kinerja: Persentase PMKS yang memperoleh bantuan sosial\nTarget: 85%\nRealisasi: 87%\nCapaian: 102,35%",
     "target_percent", 102.35, 87, 85, "consistent"),
    # a noun between the percentage and the joining word
    ("Sebesar 96,5% anggaran atau Rp 4,825 miliar dari Rp 5 miliar telah terserap.",
     "share_percent", 96.5, 4825000000, 5000000000, "consistent"),
    # cases are counted
    ("Pada tahun 2022, Dinsos menangani 1.045 kasus, turun 5 persen dibandingkan tahun 2021 yang mencapai 1.100 kasus.",
     "share_percent", 5.0, 55, 1100, "consistent"),
]

# A remainder stated paragraphs after other figures is a share of the year's budget, not of the
# last amount a list of shares had: short paragraphs between two shares end a list
SEPARATE_PARAGRAPHS = """Pada tahun anggaran 2022, Dinas Sosial memperoleh alokasi anggaran sebesar Rp 12.450.000.000, dengan realisasi sebesar Rp 11.830.250.000 atau 95,02 persen.

Untuk belanja pegawai, dari anggaran Rp 2.150.000.000 sebesar Rp 2.100.000.000 atau 97,67%.

Serapan anggaran Program Penanganan Bencana mencapai 88,5 persen, yakni Rp 885 juta dari pagu Rp 1 miliar.

Jumlah PMKS yang ditangani sebanyak 1.250 orang dari target 1.400 orang atau 89,29 persen.

Penyaluran bantuan sosial kepada 3.400 KPM dari rencana 3.500 KPM (97,14%).

Sisa anggaran sebesar Rp 620.000.000 atau 4,98% tidak terserap karena efisiensi.
"""


def test_a_share_paragraphs_after_another_is_no_item_of_its_list():
    report = extract_text(SEPARATE_PARAGRAPHS)
    assert not [c.message for c in report.checks if c.verdict == "mismatch"]
    [c] = [c for c in report.checks if c.stated == 4.98]
    assert (c.operands["numerator"], c.operands["denominator"]) == (620000000, 12450000000)


@pytest.mark.parametrize("text,check,stated,num,den,verdict", CASES, ids=[c[0][:50] for c in CASES])
def test_claim_in_another_phrasing(text, check, stated, num, den, verdict):
    report = extract_text(text)
    hits = [c for c in report.checks if c.check == check and c.stated == pytest.approx(stated)]
    assert len(hits) == 1, [c.message for c in report.checks]
    c = hits[0]
    assert (c.operands["numerator"], c.operands["denominator"], c.verdict) == (num, den, verdict), c.message
    assert report.text[c.start:c.end] == c.quote and c.page is None


def test_rounded_operands_are_judged_within_their_precision():
    report = extract_text("Program ini dengan pagu sebesar Rp 25,57 miliar terealisasi Rp 25,00 miliar (97,80%).")
    [c] = [c for c in report.checks if c.check == "budget_percent"]
    assert c.verdict == "consistent" and "rounding" in c.message  # 25,00/25,57 = 97,77; 25,005/25,565 = 97,81


def test_thousand_times_typo_stays_a_mismatch_and_is_named():
    report = extract_text("Realisasi keuangan sebesar Rp. 603.085.000,- dari anggaran Rp. 611.000,- atau 98,70 %.")
    [c] = [c for c in report.checks if c.check == "budget_percent"]
    assert c.verdict == "mismatch" and c.severity == "error"
    assert "probable typo" in c.message and "611.000.000" in c.message.replace(",", ".")


def test_achievement_over_target_reported_as_100_is_capped():
    report = extract_text("Kegiatan menjangkau 160 jiwa atau 100 % dari target sebesar 150 jiwa.")
    [c] = [c for c in report.checks if c.check == "target_percent"]
    assert c.verdict == "capped" and c.severity == "info"


def test_a_percentage_without_its_operands_is_not_a_claim():
    report = extract_text("Capaian program mencapai 100 %. Tingkat kepuasan masyarakat 87,5% pada tahun 2021.")
    assert [c for c in report.checks if c.check.endswith("percent")] == []


def test_digits_against_words_both_orders():
    report = extract_text("Dana hibah Rp. 15.500.000,- (lima belas juta lima ratus ribu rupiah) untuk "
                          "dua puluh satu (21) kelompok dan 18 (delapan belas) kegiatan serta Rp 2.000.000 (dua juta seratus ribu rupiah).")
    got = sorted((c.stated, c.expected, c.verdict) for c in report.checks if c.check == "amount_in_words")
    assert got == [(18.0, 18.0, "consistent"), (21.0, 21.0, "consistent"), (2000000.0, 2100000.0, "mismatch"),
                   (15500000.0, 15500000.0, "consistent")]


RULE = [("82,08", "82.08", 2, 55, 67, "truncated"), ("97.00", "97.00", 2, 4697590882, 4805736500, "mismatch"),
        ("75", "75", 0, 45, 60, "consistent"), ("66,67", "66.67", 2, 2, 3, "consistent"),
        ("33,3", "33.3", 1, 1, 3, "consistent"), ("0,5", "0.5", 1, 1, 200, "consistent"),
        ("12,5", "12.5", 1, 1, 8, "consistent"), ("12", "12", 0, 1, 8, "truncated")]


@pytest.mark.parametrize("text,stated,decimals,num,den,verdict", RULE, ids=[r[0] for r in RULE])
def test_the_verdict_rule(text, stated, decimals, num, den, verdict):
    from decimal import Decimal

    assert percent_verdict(stated, decimals, Decimal(num) * 100 / Decimal(den)) == verdict


def test_counts_of_activities_stated_twice():
    report = extract_text(
        "1) Program Alpha Sosial\n\na) Program ini didukung oleh 30 kegiatan yaitu Pelayanan Panti Sosial.\n\n"
        "b) Program Alpha Sosial di dukung oleh 29 (dua puluh sembilan) kegiatan dengan total anggaran Rp. 10.000,00.\n\n"
        "2) Program Beta Sosial\n\na) Program ini didukung oleh 2 kegiatan yaitu Pembinaan A dan Pelatihan B.\n")
    [c] = [c for c in report.checks if c.check == "count_agreement"]
    assert (c.stated, c.expected, c.verdict) == (29.0, 30.0, "mismatch")
    assert "didukung oleh 30 kegiatan" in c.message and report.text[c.start:c.end] == c.quote


MORE = [
    ("Realisasi anggaran Program Perlindungan Sosial sebesar Rp. 900.000.000,00 atau 90,00% dari total anggaran "
     "sebesar Rp. 1.000.000.000,00.", "budget_percent", 90.0, 900000000, 1000000000, "consistent"),
    ("Dari target 100 orang, terealisasi 90 orang (90%).", "target_percent", 90.0, 90, 100, "consistent"),
    ("Anggaran yang terserap Rp 450.000.000 dari pagu Rp 500.000.000 (91%).", "budget_percent", 91.0, 450000000,
     500000000, "mismatch"),
]


@pytest.mark.parametrize("text,check,stated,num,den,verdict", MORE, ids=[c[0][:50] for c in MORE])
def test_more_phrasings(text, check, stated, num, den, verdict):
    test_claim_in_another_phrasing(text, check, stated, num, den, verdict)


def test_a_news_report_from_another_province():
    """fixtures/berita_kaltim.txt: a news write-up in a style no seed has; every claim found, no false alarm."""
    from conftest import ROOT
    from kesos_extract import extract

    report = extract(ROOT / "tests" / "fixtures" / "berita_kaltim.txt")
    got = [(c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in report.checks]
    assert got == [("budget_percent", 96.18, 45.3e9, 47.1e9, "consistent"),
                   ("target_percent", 83.33, 1250, 1500, "consistent"),
                   ("share_percent", 90.0, 288, 320, "consistent")]
    assert (report.report.type, report.report.region, report.report.year) == ("berita", "Provinsi Kalimantan Timur", 2022)


def test_indicator_where_lower_is_better():
    report = extract_text("Angka kemiskinan: target capaian 10,0 %, Realisasi Capaian Kinerja 9,0 %, "
                          "Prosentase Capaian Kinerja 110 %.")
    [c] = [c for c in report.checks if c.check == "target_percent"]
    assert c.verdict == "consistent" and "lower is better" in c.message and c.expected == 110.0


BUDGET_VARIANTS = [
    ("Persentase realisasi anggaran 95,00% (Rp 950.000.000 dari Rp 1.000.000.000).", 95.0, 950e6, 1e9),
    ("Dari pagu anggaran Rp 2 miliar, telah terealisasi Rp 1,9 miliar atau 95 persen.", 95.0, 1.9e9, 2e9),
    ("Serapan anggaran mencapai 87,5% atau Rp 875 juta dari alokasi Rp 1 miliar.", 87.5, 875e6, 1e9),
    ("Realisasi dana sebesar Rp1.250.000,00 dari pagu Rp1.500.000,00 atau 83,33%.", 83.33, 1.25e6, 1.5e6),
]


@pytest.mark.parametrize("text,stated,num,den", BUDGET_VARIANTS, ids=[b[0][:50] for b in BUDGET_VARIANTS])
def test_budget_phrasings(text, stated, num, den):
    [c] = [c for c in extract_text(text).checks if c.check == "budget_percent"]
    assert (c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) == (stated, num, den, "consistent")


def test_a_performance_percentage_beside_money_is_not_a_budget_claim():
    report = extract_text("Capaian kinerja program sebesar 95,5% dengan realisasi anggaran Rp. 950.000.000 "
                          "dari pagu Rp. 1.000.000.000.")
    assert [c for c in report.checks if c.check == "budget_percent"] == []


@pytest.mark.parametrize("text,stated,num,den,verdict", [
    ("Jumlah penerima bantuan sebanyak 1.200 KK dari target 1.500 KK (80%).", 80.0, 1200, 1500, "consistent"),
    ("Pelatihan diikuti realisasi 45 orang dari rencana 50 orang atau 90%.", 90.0, 45, 50, "consistent"),
    ("Sebanyak 30 anak dari target 40 anak atau 70 % telah dilayani.", 70.0, 30, 40, "mismatch"),
])
def test_count_then_target_then_percentage(text, stated, num, den, verdict):
    [c] = [c for c in extract_text(text).checks if c.check == "target_percent"]
    assert (c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) == (stated, num, den, verdict)


@pytest.mark.parametrize("text,stated,num,den", [
    ("Persentase PMKS yang ditangani sebesar 3,52% (291.110 dari 8.276.236 jiwa).", 3.52, 291110, 8276236),
    ("Tingkat kepuasan 87,5% (35 dari 40 responden).", 87.5, 35, 40),
    ("Dari 500 KPM, sebanyak 450 KPM (90%) telah menerima bantuan.", 90.0, 450, 500),
])
def test_share_phrasings(text, stated, num, den):
    [c] = [c for c in extract_text(text).checks if c.check == "share_percent"]
    assert (c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) == (stated, num, den, "consistent")


@pytest.mark.parametrize("text,num,den", [
    ("Jumlah peserta 1.380 orang, meningkat 15% dari tahun sebelumnya 1.200 orang.", 180, 1200),
    ("Sebanyak 120 orang atau turun 20% dari 150 orang pada tahun lalu.", 30, 150),
])
def test_a_change_is_a_ratio_of_the_difference_to_the_old_value(text, num, den):
    [c] = [c for c in extract_text(text).checks if c.check.endswith("percent")]
    assert (c.operands["numerator"], c.operands["denominator"], c.verdict) == (num, den, "consistent")


@pytest.mark.parametrize("text", [
    "Jumlah penduduk miskin 25.000 jiwa atau 8,5% dari total penduduk.",
    "Angka kemiskinan turun 0,5% dari 9,2% menjadi 8,7%.",
])
def test_changes_and_wholes_not_given_are_no_claims(text):
    assert [c for c in extract_text(text).checks if c.check.endswith("percent")] == []


TABLES_WITHOUT_SLIPS = [
    "Tabel 2.1 Capaian Indikator\n\nNo\tIndikator\t2019\t2020\t2021\n1\tPersentase PMKS tertangani (%)\t45,5\t50,2\t55,1\n"
    "2\tPersentase lansia terlayani (%)\t60,0\t62,5\t70,25\n",
    "Tabel 3.2 Realisasi Anggaran Program\n\nNo\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%\tSisa (Rp)\n"
    "1\tProgram Rehabilitasi Sosial\t1.000.000.000\t950.000.000\t95,00\t50.000.000\n"
    "2\tProgram Perlindungan Sosial\t2.000.000.000\t1.500.000.000\t75,00\t500.000.000\n"
    "\tJumlah\t3.000.000.000\t2.450.000.000\t81,67\t550.000.000\n",
    "Tabel 4.1 Jumlah PMKS per Kecamatan\n\nNo\tKecamatan\tLaki-laki\tPerempuan\tJumlah\n1\tSukamaju\t120\t130\t250\n"
    "2\tSukajadi\t80\t95\t175\n\tJumlah\t200\t225\t425\n",
]


@pytest.mark.parametrize("text", TABLES_WITHOUT_SLIPS, ids=["years", "budget", "per-district"])
def test_tables_without_slips_raise_no_alarm(text):
    report = extract_text(text)
    assert report.tables and [c.message for c in report.checks if c.verdict == "mismatch"] == []


def test_a_list_takes_its_whole_from_its_own_paragraph():
    text = ("Realisasi anggaran Dinas Sosial sebesar Rp 9.750.000.000 dari pagu Rp 10.000.000.000 atau 97,50%.\n\n"
            "Anggaran urusan sosial sebesar Rp 10 miliar, belanja pegawai Rp 4 miliar (40%) dan belanja langsung "
            "Rp 6 miliar (60%).\n")
    shares = {c.stated: c for c in extract_text(text).checks if c.check == "share_percent"}
    assert {s: c.operands["denominator"] for s, c in shares.items()} == {40.0: 10e9, 60.0: 10e9}


def test_labelled_lines_each_a_paragraph_are_read_as_one_record():
    # a Word file or a PDF makes each labelled line a paragraph of its own
    text = ("1) Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n\nc) Pagu dan Realisasi\n\n"
            "Pagu anggaran : Rp 1.500.000.000,00\n\nRealisasi : Rp 1.350.000.000,00\n\nPersentase : 92 %\n\nd) Hasil\n")
    [c] = [c for c in extract_text(text).checks if c.check == "budget_percent"]
    assert (c.operands["numerator"], c.operands["denominator"], c.verdict) == (1350000000, 1500000000, "mismatch")


# a budget and its realisation without a percentage of their own, then a percentage of something
# else: its own clause names another subject, or the whole it is "dari" is none of the numbers
@pytest.mark.parametrize("text", [
    "Dari pagu Rp 3 miliar, realisasi Rp 2,4 miliar. Persentase penduduk miskin turun menjadi 9,5 persen.",
    "Dari pagu Rp 3 miliar, realisasi Rp 2,4 miliar. Inflasi daerah tercatat 2,5 persen.",
    "Anggaran Dinsos Rp 3 miliar, realisasi Rp 2,4 miliar. Sebanyak 35 persen penerima bantuan adalah lansia.",
    "Anggaran Dinsos Rp 3 miliar dan terealisasi Rp 2,4 miliar, sedangkan tingkat kemiskinan 9,5 persen.",
    "Pada tahun 2023, anggaran Dinas Sosial sebesar Rp 20 miliar atau 1,5 persen dari total APBD, dengan "
    "realisasi Rp 18 miliar.",
    "Anggaran Dinas Sosial sebesar Rp 20 miliar atau 1,5 persen dari APBD Kabupaten. Realisasi sebesar Rp 18 miliar.",
    "Realisasi anggaran Dinas Sosial sebesar Rp 18 miliar dari pagu Rp 20 miliar. Anggaran tersebut setara 1,5 persen "
    "dari total belanja daerah.",
    "Realisasi belanja Dinsos Rp 2,4 miliar dari pagu Rp 3 miliar. Kontribusi belanja sosial terhadap PDRB sebesar "
    "0,8 persen.",
])
def test_a_percentage_of_something_else_beside_a_budget_is_no_claim(text):
    assert [c.message for c in extract_text(text).checks if c.check.endswith("percent")] == []


@pytest.mark.parametrize("text,stated", [
    ("Anggaran Dinsos Rp 3 miliar dan terealisasi Rp 2,4 miliar. Dengan demikian tingkat penyerapan mencapai 80 persen.",
     80.0),
    ("Dari pagu Rp 3 miliar, realisasi Rp 2,4 miliar. Hal ini berarti persentasenya mencapai 85 persen.", 85.0),
    ("Realisasi Rp 2,4 miliar atau 80 persen dari pagu anggaran Dinas Sosial sebesar Rp 3 miliar.", 80.0),
])
def test_a_percentage_that_refers_back_to_a_budget_is_still_its_claim(text, stated):
    [c] = [c for c in extract_text(text).checks if c.check == "budget_percent"]
    assert (c.stated, c.operands["numerator"], c.operands["denominator"]) == (stated, 2.4e9, 3e9)


@pytest.mark.parametrize("text,verdict", [
    # the whole named is another than the count stated before: no claim
    ("Dari 2.000 KPM terdata, sebanyak 450 KPM atau 3 persen dari total penduduk miskin belum menerima bantuan.", None),
    # named by the part's unit, or by a back reference: the count before is the whole
    ("Dari 2.000 KPM terdata, sebanyak 450 KPM atau 22,5 persen dari total KPM belum menerima bantuan.", "consistent"),
    ("Dari 2.000 KPM terdata, sebanyak 450 KPM atau 25 persen dari jumlah tersebut belum menerima bantuan.", "mismatch"),
])
def test_a_share_of_a_named_whole_takes_no_other_count_before(text, verdict):
    got = [(c.operands["numerator"], c.operands["denominator"], c.verdict) for c in extract_text(text).checks
           if c.check.endswith("percent")]
    assert got == ([] if verdict is None else [(450, 2000, verdict)])


# lists read in parallel: the i-th percentage is the i-th part over the i-th whole, wherever the
# percentages stand (before the pairs, after the wholes, beside the parts)
PARALLEL = [
    ("Realisasi anggaran Program Rehabilitasi Sosial dan Program Perlindungan Sosial masing-masing sebesar 92,5% "
     "dan 88%, yaitu Rp 925.000.000 dari Rp 1.000.000.000 dan Rp 1.760.000.000 dari Rp 2.000.000.000.",
     [(92.5, 925e6, 1e9, "consistent"), (88.0, 1.76e9, 2e9, "consistent")]),
    ("Realisasi Program A dan Program B secara berturut-turut sebesar Rp 450.000.000 dan Rp 300.000.000 dari pagu "
     "Rp 500.000.000 dan Rp 400.000.000 atau 90% dan 70%.",
     [(90.0, 450e6, 500e6, "consistent"), (70.0, 300e6, 400e6, "mismatch")]),
    ("Realisasi Program A dan Program B masing-masing Rp 450.000.000 (90%) dan Rp 300.000.000 (75%) dari pagu "
     "Rp 500.000.000 dan Rp 400.000.000.", [(90.0, 450e6, 500e6, "consistent"), (75.0, 300e6, 400e6, "consistent")]),
    ("Capaian penanganan anak terlantar dan lansia terlantar masing-masing 90% dan 80%, yaitu 180 anak dari target "
     "200 anak dan 120 orang dari target 150 orang.", [(90.0, 180, 200, "consistent"), (80.0, 120, 150, "consistent")]),
]


@pytest.mark.parametrize("text,expected", PARALLEL, ids=[p[0][:50] for p in PARALLEL])
def test_lists_read_in_parallel(text, expected):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
           for c in extract_text(text).checks if c.check.endswith("percent")]
    assert got == expected


# a budget and its realisation, then a goal, a benchmark or another year's percentage
@pytest.mark.parametrize("text", [
    "Dinas Sosial menerima anggaran Rp 10 miliar, namun realisasi hanya Rp 7 miliar. Target serapan anggaran sebesar "
    "95 persen.",
    "Anggaran Rp 10 miliar, realisasi Rp 7 miliar. Kepala Dinas menargetkan serapan mencapai 90 persen pada akhir tahun.",
    "Realisasi sampai Juni Rp 4 miliar dari pagu Rp 10 miliar. Rata-rata serapan nasional 55 persen.",
    "Realisasi anggaran tahun 2023 sebesar Rp 9 miliar dari pagu Rp 10 miliar. Pada tahun 2022, serapan anggaran "
    "mencapai 85 persen.",
    "Pagu anggaran Dinsos 2024 sebesar Rp 12 miliar. Realisasi tahun 2023 sebesar Rp 9 miliar atau 92 persen dari "
    "pagu 2023.",
])
def test_a_goal_a_benchmark_or_another_year_is_no_ratio_of_the_amounts(text):
    assert [c.message for c in extract_text(text).checks if c.check.endswith("percent")] == []
