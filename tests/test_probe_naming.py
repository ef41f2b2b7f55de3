"""Which check a claim is: an achievement against a target, a realisation of a budget, or a share.

Written for these tests in the register of LKPJ/LKjIP reports, Dinas Sosial annual reports and the
news that quotes them, in phrasings no seed or dev file uses. The answers were worked out by hand
with the rule of shared/gold/README.md (half-up rounding to the stated decimals). The names follow
shared/CONTRACT.md: ``target_percent`` is achieved / target, ``budget_percent`` realisation / budget
(pagu, alokasi, plafon, DPA, anggaran murni or perubahan), ``share_percent`` part / whole (and what is
left of a budget, or a kind among the whole, even of a whole that is a target).

Each passage comes correct and with a planted slip (a wrong percentage) that must be a mismatch
under the same name; the controls are correct text whose other figures (another year's, a
physical achievement, a percentage of no figure here) must raise no alarm and give no claim of the
wrong name.
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

PERCENT_CHECKS = ("budget_percent", "target_percent", "share_percent")


def percent_checks(text: str):
    return [c for c in extract_text(text).checks if c.check in PERCENT_CHECKS]


# (passage with {p} for the percentage, check, right percentage, slip, numerator, denominator)
CLAIMS = [
    # --- counts against a target the words name ---
    # "sasaran ... sebanyak": 141/150 = 94
    ("Sasaran pelatihan keterampilan tahun 2023 sebanyak 150 orang, terlatih 141 orang atau {p}%.",
     "target_percent", "94", "96", 141, 150),
    # "yang direncanakan untuk ...": 48/60 = 80
    ("Dari 60 LKS yang direncanakan untuk diakreditasi, 48 LKS telah terakreditasi ({p}%).",
     "target_percent", "80", "85", 48, 60),
    # "yang ditargetkan" after the whole: 1.140/1.200 = 95
    ("Bantuan sembako disalurkan kepada 1.140 KPM dari 1.200 KPM yang ditargetkan atau {p} persen.",
     "target_percent", "95", "97", 1140, 1200),
    # "target tahun ini": 240/250 = 96
    ("Rehabilitasi RTLH target tahun ini 250 unit, realisasi 240 unit ({p}%).", "target_percent", "96", "94", 240, 250),
    # "dari rencana": 171/190 = 90
    ("Jumlah anak terlantar yang mendapat layanan 171 anak atau {p}% dari rencana 190 anak.",
     "target_percent", "90", "92", 171, 190),
    # "desa sasaran": 72/80 = 90
    ("Dari 80 desa sasaran, 72 desa telah membentuk KSB ({p}%).", "target_percent", "90", "95", 72, 80),
    ("Dari 120 KPM sasaran, sebanyak 108 KPM telah menerima bantuan ({p}%).", "target_percent", "90", "92", 108, 120),
    # "Rencana" opening the record: 485/500 = 97
    ("Rencana 500 KPM, tersalurkan 485 KPM ({p}%).", "target_percent", "97", "95", 485, 500),
    # the percentage said to be of the target, the figures after it: 950/1.000 = 95
    ("Capaian kinerja pelayanan lansia sebesar {p}% dari target, yaitu 950 orang dari 1.000 orang.",
     "target_percent", "95", "96", 950, 1000),
    # above the target: 412/400 = 103
    ("Dari 400 RTLH yang ditargetkan, 412 unit telah direhabilitasi ({p}%).", "target_percent", "103", "105", 412, 400),
    ("Dari sasaran 1.000 orang, terlayani 930 orang atau {p}%.", "target_percent", "93", "95", 930, 1000),
    # "yang direncanakan" before its number: 276/300 = 92
    ("Jumlah penerima yang direncanakan 300 orang, yang terealisasi 276 orang ({p}%).",
     "target_percent", "92", "90", 276, 300),
    ("Sebanyak 45 unit dari 50 unit yang direncanakan telah selesai ({p}%).", "target_percent", "90", "92", 45, 50),
    # a header naming a target and its realisation, the realisation first: 230/250 = 92
    ("Realisasi/Target: 230/250 orang ({p}%)", "target_percent", "92", "95", 230, 250),
    ("Sasaran/Realisasi (orang): 400/372 ({p}%)", "target_percent", "93", "95", 372, 400),

    # "dari 400 KPM sasaran" inside the brackets after the percentage: 390/400 = 97,5
    ("Persentase penyaluran bantuan mencapai {p}% (390 dari 400 KPM sasaran).", "target_percent", "97,5", "95,7",
     390, 400),
    ("Sebanyak 1.200 KPM atau {p}% dari target penerima 1.500 KPM telah menerima bantuan.",
     "target_percent", "80", "85", 1200, 1500),
    ("Peserta pelatihan 240 dari 250 peserta yang ditargetkan ({p}%).", "target_percent", "96", "94", 240, 250),
    ("Jumlah lansia terlantar yang ditangani sebanyak 285 orang dari yang ditargetkan 300 orang atau {p}%.",
     "target_percent", "95", "92", 285, 300),
    ("Realisasi penyaluran BLT mencapai {p} persen, yakni 1.960 KPM dari rencana 2.000 KPM.",
     "target_percent", "98", "96", 1960, 2000),
    ("Dari jumlah sasaran sebanyak 750 anak, yang sudah mendapatkan layanan 690 anak atau {p} persen.",
     "target_percent", "92", "94", 690, 750),
    # money against a target that is no budget (revenue): achieved / target, above 100 too: 52/50 = 104
    ("Target PAD Rp 500.000.000, realisasi Rp 450.000.000 ({p}%).", "target_percent", "90", "95", 450e6, 500e6),
    ("Target retribusi panti sebesar Rp 50.000.000 dengan realisasi Rp 52.000.000 atau {p}%.",
     "target_percent", "104", "96", 52e6, 50e6),

    ("Telah dilatih 180 orang atau {p}% dari yang ditargetkan sebanyak 200 orang.", "target_percent", "90", "92",
     180, 200),
    # headers naming a target and its realisation, of things or of percentages: 48/50 = 96, 76/80 = 95
    ("Rencana/Realisasi (unit): 50/48 ({p}%)", "target_percent", "96", "98", 48, 50),
    ("Target/Realisasi/Capaian: 250 / 230 orang / {p}%", "target_percent", "92", "95", 230, 250),
    ("Target/Realisasi: 80%/76% ({p}%)", "target_percent", "95", "97", 76, 80),

    ("Target/Realisasi: 250 orang / 230 orang; capaian {p}%", "target_percent", "92", "95", 230, 250),
    # a formula whose terms are named: 230/250 = 92
    ("Capaian = Realisasi/Target: 230/250 x 100% = {p}%", "target_percent", "92", "95", 230, 250),

    # --- shares proper: a part of a whole, or a kind among a target's whole ---
    # a whole that is no target ("yang ada", "yang terdata"): 1.800/2.000 = 90, 2.250/2.500 = 90
    ("Jumlah PMKS yang tertangani 1.800 jiwa dari 2.000 jiwa PMKS yang ada ({p}%).", "share_percent", "90", "92",
     1800, 2000),
    ("Dari 2.500 KPM yang terdata, 2.250 KPM ({p}%) sudah menerima bantuan.", "share_percent", "90", "92", 2250, 2500),
    ("Sebanyak 300 KPM atau {p}% dari seluruh penerima sebanyak 1.500 KPM adalah lansia.",
     "share_percent", "20", "25", 300, 1500),
    ("Dari total 1.500 penerima, 300 orang ({p}%) adalah lansia.", "share_percent", "20", "25", 300, 1500),
    ("Sebanyak 60 dari 300 penerima ({p}%) merupakan penyandang disabilitas.", "share_percent", "20", "25", 60, 300),
    # the whole is the target's, the part a kind among it ("adalah lansia"): a share, not an achievement
    ("Dari 2.000 KPM sasaran PKH, 300 KPM ({p}%) adalah lansia.", "share_percent", "15", "12", 300, 2000),

    # a budget's part of a larger budget, a realisation's part of the total realisation: shares, not
    # realisations of a budget: 2.000/10.000 = 20, 400/5.000 = 8
    ("Alokasi bansos Rp 2.000.000.000 atau {p}% dari total anggaran Dinas Sosial Rp 10.000.000.000.",
     "share_percent", "20", "25", 2e9, 10e9),
    ("Pagu kegiatan pelatihan Rp 400.000.000 atau {p}% dari pagu Dinas Sosial Rp 5.000.000.000.",
     "share_percent", "8", "9", 400e6, 5e9),
    ("Realisasi belanja modal Rp 2.000.000.000 atau {p}% dari total realisasi Rp 10.000.000.000.",
     "share_percent", "20", "25", 2e9, 10e9),
    ("Belanja pegawai Rp 3.000.000.000 atau {p}% dari total belanja Rp 10.000.000.000.", "share_percent", "30", "35",
     3e9, 10e9),
    # nothing said to be spent: a budget's allocation to a purpose is a share of it: 4.000/10.000 = 40,
    # 13.200/22.000 = 60
    ("Dari total anggaran Rp 10.000.000.000, sebesar {p} persen atau Rp 4.000.000.000 dialokasikan untuk bantuan "
     "sosial.", "share_percent", "40", "45", 4e9, 10e9),
    ("Anggaran Dinsos sebesar Rp 22.000.000.000, {p} persen di antaranya atau Rp 13.200.000.000 untuk bantuan sosial.",
     "share_percent", "60", "65", 13.2e9, 22e9),
    # ... but spent, far before the figures, it is the realisation of the pagu: 69,21/106,88 = 64,76
    ("Realisasi anggaran Kementerian Sosial tahun 2021 per 3 Oktober adalah sebesar Rp69,21 triliun atau {p} persen "
     "dari pagu Rp106,88 triliun.", "budget_percent", "64,76", "66,76", 69.21e12, 106.88e12),
    ("Dari plafon Rp 2.000.000.000, sudah dicairkan Rp 1.500.000.000 ({p}%).", "budget_percent", "75", "80",
     1.5e9, 2e9),

    # --- budgets under other names ---
    ("Dari total pagu Rp 10.000.000.000, Rp 9.500.000.000 telah terealisasi ({p}%).", "budget_percent", "95", "92",
     9.5e9, 10e9),
    ("Dana yang dialokasikan sebesar Rp 2.000.000.000, terserap Rp 1.840.000.000 ({p}%).", "budget_percent", "92",
     "94", 1.84e9, 2e9),
    ("Dari anggaran yang tersedia Rp 1.000.000.000, telah terserap Rp 940.000.000 ({p}%).", "budget_percent", "94",
     "96", 940e6, 1e9),
    ("Pagu DPA Rp 600.000.000 dengan realisasi Rp 540.000.000 ({p}%).", "budget_percent", "90", "95", 540e6, 600e6),
    ("Alokasi anggaran Rp 800.000.000 terealisasi Rp 720.000.000 ({p}%).", "budget_percent", "90", "95", 720e6, 800e6),
    ("Plafon anggaran Rp 1.000.000.000, realisasi Rp 950.000.000 atau {p}%.", "budget_percent", "95", "90", 950e6, 1e9),
    ("Anggaran perubahan sebesar Rp 900.000.000, terserap Rp 810.000.000 atau {p}%.",
     "budget_percent", "90", "95", 810e6, 900e6),
    # the words name which of two budgets: 810/900 = 90 (81 would be of the anggaran murni)
    ("Anggaran murni Rp 1.000.000.000 dan anggaran perubahan Rp 900.000.000; realisasi Rp 810.000.000 atau {p}% "
     "dari anggaran perubahan.", "budget_percent", "90", "81", 810e6, 900e6),
    # headers naming the columns: "(Rp)" makes the bare figures amounts, "%" the last one the percentage
    ("DPA/Realisasi (Rp): 750.000.000 / 690.000.000 ({p}%)", "budget_percent", "92", "95", 690e6, 750e6),
    ("Alokasi/Realisasi/%: Rp 1.200.000.000 / Rp 1.080.000.000 / {p}", "budget_percent", "90", "95", 1.08e9, 1.2e9),
    ("Pagu/Realisasi (%): Rp 500.000.000 / Rp 450.000.000 / {p}", "budget_percent", "90", "95", 450e6, 500e6),
    ("Pagu/Realisasi: Rp 500.000.000 / Rp 450.000.000 ({p}%)", "budget_percent", "90", "95", 450e6, 500e6),
    # the header's "(Rp)" and "%" with bare figures, the realisation first; a field after the percentage
    ("Realisasi/Pagu (%): 450.000.000 / 500.000.000 / {p}", "budget_percent", "90", "92", 450e6, 500e6),
    ("Anggaran/Realisasi (Rp): 1.250.000.000/1.125.000.000 ({p}%)", "budget_percent", "90", "92", 1.125e9, 1.25e9),
    ("Pagu/Realisasi (Rp): 500.000.000 / 450.000.000 / {p}% / Sisa 50.000.000", "budget_percent", "90", "92",
     450e6, 500e6),
    # a remainder's column: the bracket after it is its share of the pagu: 52/520 = 10
    ("Pagu/Realisasi/Sisa (Rp): 520.000.000 / 468.000.000 / 52.000.000 ({p}%)", "share_percent", "10", "12",
     52e6, 520e6),
    ("Persentase = Realisasi/Pagu x 100% = 450.000.000/500.000.000 x 100% = {p}%", "budget_percent", "90", "92",
     450e6, 500e6),
    # the header's words before the slash pair, its percentage in brackets after it: 80/100 = 80
    ("Pagu/realisasi per triwulan: TW I Rp 100.000.000 / Rp 80.000.000 ({p}%)", "budget_percent", "80", "85",
     80e6, 100e6),
    # "tingkat serapan", "persentase penyerapan": 3.500/4.000 = 87,5; 480/500 = 96
    ("Tingkat serapan anggaran Dinas Sosial sebesar {p} persen, yaitu Rp 3.500.000.000 dari alokasi "
     "Rp 4.000.000.000.", "budget_percent", "87,5", "85,7", 3.5e9, 4e9),
    ("Persentase penyerapan dana hibah mencapai {p}% atau Rp 480.000.000 dari plafon Rp 500.000.000.",
     "budget_percent", "96", "98", 480e6, 500e6),
    # a physical achievement beside the financial one: 370/400 = 92,5
    ("Realisasi keuangan kegiatan mencapai Rp 370.000.000 dari pagu Rp 400.000.000 atau {p}%, dengan realisasi "
     "fisik 100%.", "budget_percent", "92,5", "95,2", 370e6, 400e6),
    ("Realisasi fisik 100%, keuangan {p}% (Rp 370.000.000 dari Rp 400.000.000).", "budget_percent", "92,5", "95,2",
     370e6, 400e6),

    # "target anggaran" names a budget: 450/500 = 90
    ("Target anggaran Rp 500.000.000, realisasi Rp 450.000.000 ({p}%).", "budget_percent", "90", "95", 450e6, 500e6),
    # the budget as revised ("menjadi") is the pagu in force: 1.080/1.200 = 90 (108 of the first)
    ("Pagu anggaran murni Rp 1.000.000.000, setelah perubahan menjadi Rp 1.200.000.000; realisasi Rp 1.080.000.000 "
     "({p}%).", "budget_percent", "90", "95", 1.08e9, 1.2e9),

    # --- two years: the other year's figures are not paired ---
    # a change of a count, the new value first: (480 - 400)/400 = 20, (2.000 - 1.800)/2.000 = 10
    ("Realisasi tahun 2023 sebanyak 480 KPM, naik dari tahun 2022 sebanyak 400 KPM atau {p}%.",
     "share_percent", "20", "25", 80, 400),
    ("Jumlah PMKS tahun 2023 sebanyak 1.800 jiwa, turun dibandingkan tahun 2022 sebanyak 2.000 jiwa atau {p}%.",
     "share_percent", "10", "12", 200, 2000),
    ("Jumlah penerima tahun 2022 sebanyak 1.000 KPM. Tahun 2023 target 1.200 KPM dengan realisasi 1.140 KPM ({p}%).",
     "target_percent", "95", "92", 1140, 1200),
    ("Pagu 2022 Rp 1.000.000.000 terealisasi 85%. Pagu 2023 Rp 1.200.000.000 terealisasi Rp 1.080.000.000 ({p}%).",
     "budget_percent", "90", "95", 1.08e9, 1.2e9),
    # the other year's realisation is nearer the percentage than this year's: 950/1.000 = 95
    ("Realisasi 2023: Rp 950.000.000 dari pagu Rp 1.000.000.000 ({p}%); realisasi 2022: Rp 870.000.000 (92%).",
     "budget_percent", "95", "93", 950e6, 1e9),
    # this year's target is not last year's: 450/500 = 90
    ("Jumlah lansia yang dilayani tahun 2023 sebanyak 450 orang ({p}% dari target 500 orang), sedangkan tahun 2022 "
     "sebanyak 400 orang (85%).", "target_percent", "90", "92", 450, 500),
    # 450/480 = 93,75 (90 would be 450 of the 500 KPM of 2022)
    ("Tahun 2022 sebanyak 500 KPM menerima bantuan, tahun 2023 sebanyak 450 KPM dari target 480 KPM ({p}%).",
     "target_percent", "93,75", "90", 450, 480),
    # 855/900 = 95 (85,5 would be of the 2022 budget)
    ("Anggaran tahun 2022 Rp 1.000.000.000 dan tahun 2023 Rp 900.000.000, realisasi tahun 2023 Rp 855.000.000 ({p}%).",
     "budget_percent", "95", "85,5", 855e6, 900e6),
    ("Realisasi anggaran tahun 2023 sebesar Rp 900.000.000 dari pagu Rp 1.000.000.000 atau {p}%, sedangkan tahun "
     "2022 sebesar 85%.", "budget_percent", "90", "92", 900e6, 1e9),
    ("Serapan anggaran tahun 2023 mencapai {p}% (Rp 950.000.000 dari Rp 1.000.000.000), meningkat dibanding tahun "
     "2022 yang hanya 88%.", "budget_percent", "95", "97", 950e6, 1e9),
]


def _value(p: str) -> float:
    return float(p.replace(",", "."))


@pytest.mark.parametrize("text, check, right, slip, numerator, denominator", CLAIMS)
@pytest.mark.parametrize("version", ["correct", "slip"])
def test_a_claim_is_named_and_judged(text, check, right, slip, numerator, denominator, version):
    p = right if version == "correct" else slip
    verdict = "consistent" if version == "correct" else "mismatch"
    found = [c for c in percent_checks(text.format(p=p)) if c.stated == _value(p)]
    assert [(c.check, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in found] == \
        [(check, numerator, denominator, verdict)]


def test_two_years_of_targets_in_one_sentence_are_two_claims():
    text = ("Pada tahun 2022 target 200 orang dengan realisasi 180 orang (92%); tahun 2023 target 250 orang dengan "
            "realisasi 240 orang (90%).")
    found = sorted((c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
                   for c in percent_checks(text))
    assert found == [("target_percent", 90, 240, 250, "mismatch"), ("target_percent", 92, 180, 200, "mismatch")]


# correct text: no alarm, and no claim named an achievement where the part is none
CONTROLS = [
    # what is left undone of a target is no achievement of it
    "Dari 400 RTLH yang ditargetkan, 20 unit belum selesai (5%).",
    # a physical or performance figure of no figures here
    "Realisasi fisik 100% dan keuangan 92,5%.",
    "Capaian kinerja indikator persentase PMKS yang tertangani sebesar 95% dari target.",
    "Capaian kinerja Program Perlindungan Sosial tahun 2023 mencapai 95,2 persen dari target, sedangkan tahun 2022 "
    "hanya 90 persen.",
    # another year's percentage after this year's record
    "Tahun 2022 realisasi 180 orang dari target 200 orang (90%). Tahun 2023 capaian kinerja sebesar 85%.",
    "Realisasi anggaran tahun 2023 sebesar Rp 900.000.000 dari pagu Rp 1.000.000.000 atau 90%, sedangkan tahun 2022 "
    "sebesar 85%.",
    "Serapan anggaran tahun 2023 mencapai 95% (Rp 950.000.000 dari Rp 1.000.000.000), meningkat dibanding tahun 2022 "
    "yang hanya 88%.",
    # last year's figures after this year's record, in the same sentence
    "Realisasi 2023: Rp 950.000.000 dari pagu Rp 1.000.000.000 (95%); realisasi 2022: Rp 870.000.000 (92%).",
    "Jumlah lansia yang dilayani tahun 2023 sebanyak 450 orang (90% dari target 500 orang), sedangkan tahun 2022 "
    "sebanyak 400 orang (85%).",
    "Jumlah lansia yang dilayani tahun 2023 sebanyak 450 orang (90% dari target 500 orang), sedangkan tahun 2022 "
    "sebanyak 400 orang (80%).",
    # a kind among a target's whole
    "Dari 2.000 KPM sasaran PKH, 300 KPM (15%) adalah lansia.",
    # a header of two realisations, or of two years: which is the whole is not told
    "Realisasi 2022/Realisasi 2023: Rp 500.000.000 / Rp 450.000.000 (90%)",
    # a remainder's column whose bracket only the realisation's share explains: read as that, no alarm
    "Pagu/Realisasi/Sisa: Rp 520.000.000 / Rp 468.000.000 / Rp 52.000.000 (90%)",
    # a scale in the header ("Rp 000") is not read: no claim rather than figures of the wrong size
    "Anggaran/Realisasi (Rp 000): 1.250.000/1.125.000 (90%)",
    # words and dates between slashes after a header
    "Keterangan Pagu/Realisasi: lihat lampiran 2/2023 dengan capaian 90%.",
    # a header whose columns are a budget and its remainder with a percentage of neither
    "Pagu/Sisa: Rp 500.000.000 / Rp 50.000.000 (90%)",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_no_alarm_on_correct_text(text):
    assert [c for c in percent_checks(text) if c.verdict == "mismatch"] == []


NOT_ACHIEVEMENTS = [
    "Dari 400 RTLH yang ditargetkan, 20 unit belum selesai (5%).",  # undone
    "Dari 2.000 KPM sasaran PKH, 300 KPM (15%) adalah lansia.",  # a kind among the whole
]


@pytest.mark.parametrize("text", NOT_ACHIEVEMENTS)
def test_a_part_that_is_no_achievement_is_not_named_one(text):
    assert text in CONTROLS
    assert [c for c in percent_checks(text) if c.check == "target_percent"] == []


# (control, the percentage of another year, or of no figure here, which gets no claim)
OTHER_YEARS = [
    ("Capaian kinerja Program Perlindungan Sosial tahun 2023 mencapai 95,2 persen dari target, sedangkan tahun 2022 "
     "hanya 90 persen.", 90),
    ("Tahun 2022 realisasi 180 orang dari target 200 orang (90%). Tahun 2023 capaian kinerja sebesar 85%.", 85),
    ("Realisasi anggaran tahun 2023 sebesar Rp 900.000.000 dari pagu Rp 1.000.000.000 atau 90%, sedangkan tahun 2022 "
     "sebesar 85%.", 85),
    ("Serapan anggaran tahun 2023 mencapai 95% (Rp 950.000.000 dari Rp 1.000.000.000), meningkat dibanding tahun 2022 "
     "yang hanya 88%.", 88),
    ("Realisasi 2023: Rp 950.000.000 dari pagu Rp 1.000.000.000 (95%); realisasi 2022: Rp 870.000.000 (92%).", 92),
    ("Jumlah lansia yang dilayani tahun 2023 sebanyak 450 orang (90% dari target 500 orang), sedangkan tahun 2022 "
     "sebanyak 400 orang (85%).", 85),
    ("Jumlah lansia yang dilayani tahun 2023 sebanyak 450 orang (90% dari target 500 orang), sedangkan tahun 2022 "
     "sebanyak 400 orang (80%).", 80),
]


def test_the_other_years_controls_are_controls():
    assert all(text in CONTROLS for text, _ in OTHER_YEARS)


@pytest.mark.parametrize("text, stated", OTHER_YEARS)
def test_another_years_percentage_gets_no_claim(text, stated):
    assert [c for c in percent_checks(text) if c.stated == stated] == []


def test_a_header_record_gives_a_programs_budget():
    text = ("1. Program Rehabilitasi Sosial\n"
            "   Pagu/Realisasi (%): Rp 500.000.000 / Rp 450.000.000 / 90\n")
    p = extract_text(text).programs[0]
    assert (p.budget.pagu, p.budget.realisasi, p.budget.percent) == (500e6, 450e6, 90)


def test_a_remainder_column_whose_bracket_fits_the_realisation_is_read_as_the_realisation():
    found = percent_checks("Pagu/Realisasi/Sisa: Rp 520.000.000 / Rp 468.000.000 / Rp 52.000.000 (90%)")
    assert [(c.check, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in found] == \
        [("budget_percent", 468e6, 520e6, "consistent")]


# an amount reached "atau P persen dari pagu" in a paragraph of its own (a news write-up, a Word
# file): what was spent of the pagu, unless the words say it was allotted
REACHED_OF_THE_PAGU = [
    ("Sementara itu, belanja untuk bantuan sosial mencapai Rp66,6 triliun atau 65,43 persen dari pagu "
     "Rp101,79 triliun.", "budget_percent", "consistent"),
    ("Sementara itu, belanja untuk bantuan sosial mencapai Rp66,6 triliun atau 66,43 persen dari pagu "
     "Rp101,79 triliun.", "budget_percent", "mismatch"),
    ("Alokasi bansos mencapai Rp 4 miliar atau 20 persen dari pagu Rp 20 miliar yang dialokasikan untuk Dinsos.",
     "share_percent", "consistent"),
    # the same in English number format (some national news sites): the decimal point ends no sentence
    ("Sementara itu, belanja untuk bantuan sosial mencapai Rp66.6 triliun atau 65.43 persen dari pagu "
     "Rp101.79 triliun.", "budget_percent", "consistent"),
    ("Sementara itu, belanja untuk bantuan sosial mencapai Rp66.6 triliun atau 66.43 persen dari pagu "
     "Rp101.79 triliun.", "budget_percent", "mismatch"),
]


@pytest.mark.parametrize("text, check, verdict", REACHED_OF_THE_PAGU)
def test_an_amount_reached_of_the_pagu_is_its_realisation(text, check, verdict):
    checks = [(c.check, c.verdict) for c in extract_text(text).checks]
    assert checks == [(check, verdict)]
