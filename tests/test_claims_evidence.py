"""Claims whose operands are found by evidence (kesos_extract.evidence), in phrasings written for
these tests in the style of local reports and the news that quotes them: the budget and the
realisation in different sentences, a headline percentage with its amounts later, a list of
shares of a whole stated once, percentage changes, indicator rows on one line, English pages.
Each positive case states the operands and the verdict; the negative cases must raise nothing."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.evidence import Candidate, explains, vocabulary
from kesos_extract.ratios import Operand
from decimal import Decimal

PERCENT_CHECKS = ("budget_percent", "target_percent", "share_percent")


def percent_checks(text: str):
    return [c for c in extract_text(text).checks if c.check in PERCENT_CHECKS]


# (text, stated, numerator, denominator, verdict)
FOUND = [
    # budget and realisation in two sentences
    ("Pagu anggaran Dinas Sosial tahun ini Rp 8,5 miliar. Hingga Juni, baru terserap Rp 3,2 miliar atau 37,6 persen.",
     37.6, 3.2e9, 8.5e9, "consistent"),
    ("Dengan pagu Rp 900 juta, realisasi baru Rp 450 juta. Artinya serapan baru 60 persen.",
     60, 450e6, 900e6, "mismatch"),
    ("Tahun lalu bidang rehabilitasi sosial dianggarkan Rp 2.400.000.000. Realisasinya Rp 2.160.000.000 "
     "alias 90 persen.", 90, 2.16e9, 2.4e9, "consistent"),
    # the realisation named only by its place: "Rp X atau P persen dari pagu Rp Y"
    ("Belanja hibah mencapai Rp 1,2 miliar atau 80 persen dari pagu Rp 1,5 miliar.", 80, 1.2e9, 1.5e9, "consistent"),
    ("Belanja hibah mencapai Rp 1.200.000.000 atau 85 persen dari pagu Rp 1.500.000.000.",
     85, 1.2e9, 1.5e9, "mismatch"),
    # a headline figure whose amounts come later
    ("Serapan anggaran Dinas Sosial tahun 2024 mencapai 92 persen. Hal itu disampaikan kepala dinas dalam rapat "
     "kerja. Dari pagu Rp 4.000.000.000, telah digunakan Rp 3.500.000.000.", 92, 3.5e9, 4e9, "mismatch"),
    # counts: a target sentence, then the achievement
    ("Target penerima bantuan sembako tahun 2022 sebanyak 2.000 KK. Realisasinya sebanyak 1.600 KK atau 80 persen.",
     80, 1600, 2000, "consistent"),
    ("Capaian penyaluran sebesar 75 persen yaitu sebanyak 300 paket yang sudah tersalurkan dari target 400 paket.",
     75, 300, 400, "consistent"),
    # money above its target
    ("Realisasi pendapatan Rp 1,2 triliun atau 105 persen dari target Rp 1,14 triliun.", 105, 1.2e12, 1.14e12,
     "consistent"),
    # percentage changes: (old - new) / old, (new - old) / old
    ("Anggaran bantuan sosial naik 25 persen dari Rp 8 miliar menjadi Rp 10 miliar.", 25, 2e9, 8e9, "consistent"),
    ("Pagu Dinsos tahun 2023 sebesar Rp 12.000.000.000, meningkat 20 persen dibandingkan tahun 2022 sebesar "
     "Rp 10.000.000.000.", 20, 2e9, 10e9, "consistent"),
    ("Pagu tahun ini Rp 7.500.000.000 yang turun 30 persen dibanding tahun lalu sebesar Rp 10.000.000.000.",
     30, 2.5e9, 10e9, "mismatch"),
    ("Anggaran mengalami pemangkasan sekitar 20% yang semula 50 miliar menjadi 40 miliar.", 20, 10e9, 50e9, "consistent"),
    # a part "dari" its whole; percentages that the words make a target and a realisation
    ("Sebanyak 1.200 lansia dari 1.500 lansia terlantar (80%) telah mendapatkan bantuan.", 80, 1200, 1500,
     "consistent"),
    ("Target kinerja 90%, realisasi 85%, sehingga capaian kinerja 94,44%.", 94.44, 85, 90, "consistent"),
    # "masing-masing": the wholes in the order of the parts
    ("Realisasi belanja langsung Rp 12.345.000.000 (95,2 %) dan belanja tidak langsung Rp 3.000.000.000 (99,1 %) "
     "dari pagu masing-masing Rp 12.967.000.000 dan Rp 3.027.000.000.", 99.1, 3e9, 3.027e9, "consistent"),
    # numbers without a unit
    ("Persentase penanganan PMKS: 1.250 dari 5.000 PMKS (25%).", 25, 1250, 5000, "consistent"),
    # the realisation with its percentage, the budget in the next sentence
    ("Realisasi anggaran Dinsos sampai triwulan III sebesar Rp 5.100.000.000 atau 56 persen. Pagu tahun ini "
     "Rp 10.000.000.000.", 56, 5.1e9, 10e9, "mismatch"),
    # a change of counts
    ("Bantuan diberikan kepada 500 KK, naik 25 persen dibanding tahun lalu sebanyak 400 KK.", 25, 100, 400,
     "consistent"),
    # both values of the change before it ("dari X menjadi Y, atau berkurang P persen")
    ("Jumlah penduduk miskin turun dari 12.500 jiwa pada 2019 menjadi 11.250 jiwa pada 2020 atau berkurang "
     "10 persen.", 10, 1250, 12500, "consistent"),
    ("Anggaran turun dari Rp 12,5 miliar menjadi Rp 11,25 miliar, atau mengalami penurunan sebesar 12 persen.",
     12, 1.25e9, 12.5e9, "mismatch"),
    # a list of shares whose whole is named after its last item
    ("Belanja tidak langsung sebesar Rp. 3.200.000.000,- (42,95%) dan belanja langsung sebesar Rp. 4.250.000.000,- "
     "(57,05%) dari total anggaran Rp. 7.450.000.000,-.", 42.95, 3.2e9, 7.45e9, "consistent"),
    # a physical figure between the amounts and the financial percentage owns no money
    ("Kegiatan dengan anggaran Rp 600.000.000 telah terealisasi Rp 540.000.000 dengan realisasi fisik 100% dan "
     "realisasi keuangan 90%.", 90, 540e6, 600e6, "consistent"),
    # "the others" between a count and its share, the whole stated before the list
    ("Dari 34 provinsi, sebanyak 20 provinsi (58,82%) telah menyalurkan bansos tahap I, dan 14 provinsi lainnya "
     "(41,18%) belum.", 41.18, 14, 34, "consistent"),
    # a realisation participle inside the indicator's name does not make its target a realisation
    ("Target indikator persentase PMKS yang tertangani tahun 2021 sebesar 65%, realisasi 62%, sehingga capaian "
     "kinerja 95,38%.", 95.38, 62, 65, "consistent"),
    # English-language pages
    ("The ministry's budget realisation reached IDR 69.2 trillion, or 64.8 percent of the IDR 106.9 trillion ceiling.",
     64.8, 69.2e12, 106.9e12, "consistent"),
]


@pytest.mark.parametrize("text,stated,num,den,verdict", FOUND, ids=[t[:40] for t, *_ in FOUND])
def test_operands_found_by_evidence(text, stated, num, den, verdict):
    checks = percent_checks(text)
    hits = [c for c in checks if c.stated == pytest.approx(stated)]
    assert hits, f"no check of {stated}: {[c.message for c in checks]}"
    c = hits[0]
    assert c.operands["numerator"] == pytest.approx(num)
    assert c.operands["denominator"] == pytest.approx(den)
    assert c.verdict == verdict, c.message
    report = extract_text(text)
    assert report.text[c.start:c.end] == c.quote


def test_a_list_of_shares_is_judged_against_the_whole_that_explains_most_of_it():
    text = ("Total belanja Dinas Sosial tahun ini Rp 50 miliar. Belanja pegawai Rp 20 miliar atau 40 persen, "
            "belanja barang Rp 25 miliar atau 50 persen, dan belanja modal Rp 5 miliar atau 12 persen.")
    got = {c.stated: (c.operands["denominator"], c.verdict) for c in percent_checks(text)}
    assert got == {40.0: (50e9, "consistent"), 50.0: (50e9, "consistent"), 12.0: (50e9, "mismatch")}


def test_a_short_list_under_a_named_whole_is_judged_when_half_of_it_fits():
    text = ("Anggaran urusan sosial Rp 10.000.000.000. Belanja langsung Rp 6.000.000.000 (60%) dan belanja "
            "tidak langsung Rp 4.000.000.000 (45%).")
    got = {c.stated: c.verdict for c in percent_checks(text)}
    assert got == {60.0: "consistent", 45.0: "mismatch"}


def test_parts_followed_by_persen_are_no_wholes_of_the_next_part():
    text = ("Dari 1.000 penerima PKH, 950 KPM atau 95 persen telah menerima bantuan, sedangkan 30 KPM atau "
            "3 persen belum, dan sisanya 20 KPM atau 2 persen tidak memenuhi syarat.")
    assert {c.operands["denominator"] for c in percent_checks(text)} == {1000.0}
    assert all(c.verdict == "consistent" for c in percent_checks(text))


def test_the_whole_written_exactly_wins_over_its_rounded_headline():
    text = ("Anggaran Kemensos disetujui Rp 78,2 triliun.\n\nRinciannya, total anggaran adalah Rp 78.256.327.121.000. "
            "Untuk belanja pegawai Rp 517,6 miliar atau 0,66 persen. Belanja operasional Rp 284,4 miliar atau "
            "0,36 persen.")
    dens = {c.operands["denominator"] for c in percent_checks(text)}
    assert dens == {78256327121000.0}


def test_indicator_rows_written_on_one_line_under_their_header():
    text = ("Sasaran Indikator Kinerja Target Realisasi Capaian Keterangan\n"
            "Persentase lansia terlantar yang mendapat layanan 40% 30,25% 75.63% Tidak tercapai\n"
            "Persentase anak terlantar yang terlayani 50% 45,50% 90.00% Tidak tercapai\n")
    got = sorted((c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in percent_checks(text))
    assert got == [(75.63, 30.25, 40.0, "consistent"), (90.0, 45.5, 50.0, "mismatch")]


def test_cells_of_indicator_rows_are_no_operands_of_each_other():
    text = ("Sasaran Indikator Kinerja Target Realisasi Capaian Kriteria\n"
            "Persentase lansia yang mandiri 25% 34,48% 100% Terlampaui Target Persentase PMKS yang mengalami "
            "perubahan perilaku 35% 10,99% 31.40% Target Tidak Tercapai\n")
    got = sorted((c.stated, c.verdict) for c in percent_checks(text))
    assert got == [(31.4, "consistent"), (100.0, "capped")]


NO_CLAIM = [
    # both numbers after "dari" are wholes, one each: no realisation is stated
    "Realisasi anggaran Dinsos Kota A mencapai 91,2 persen, sedangkan Dinsos Kota B 88,5 persen dari pagu "
    "masing-masing Rp 12 miliar dan Rp 9 miliar.",
    # a share that the whole named after the list does not explain: no whole is sure, no claim
    "Belanja pegawai sebesar Rp 3.200.000.000 (30%) dan belanja modal sebesar Rp 4.250.000.000 (57,05%) dari "
    "total anggaran Rp 7.450.000.000.",
    # a change of one quantity, then a percentage change of another
    "Jumlah KPM meningkat dari 100 KPM menjadi 150 KPM, dan realisasi anggaran naik 20 persen.",
    "Angka kemiskinan turun 2,5 persen dibanding tahun lalu.",
    "Anggaran Dinsos Rp 20 miliar, naik 10 persen dari tahun lalu.",
    "Dinas Sosial mendapat alokasi Rp 3 miliar. Sebanyak 60 persen di antaranya untuk bantuan sosial.",
    "Realisasi keuangan sebesar 92,5 persen, sedangkan realisasi fisik 100 persen.",
    "Pagu Dinsos Rp 10 miliar. Hingga Juni realisasi anggaran ditargetkan hanya 50 persen.",
    # a headline of one year, amounts of another
    "Pada tahun 2020 realisasi anggaran mencapai 93,5 persen. Pagu anggaran tahun 2021 sebesar Rp 12 miliar dan "
    "realisasi hingga Juni Rp 4 miliar.",
    "Capaian kinerja program sebesar 95,5% dengan realisasi anggaran Rp 900.000.000 dari pagu Rp 1.000.000.000.",
    # two numbers and a percentage with nothing saying which is which
    "Kegiatan itu melibatkan 40 orang dan 120 orang, sekitar 25 persen di antaranya perempuan.",
    # table rows the readers did not rebuild: cells, not prose
    "Jumlah PMKS 725.859 jiwa, target penanganan 11.500 jiwa.\n1.\tCakupan penanganan PMKS\t%\t1,58\t2,2\t1,82",
    "Korban bencana yang ditangani 430 jiwa.\n430 425 96% Persentase korban bencana yang tertangani",
    # percentages in a row with no indicator header above them
    "Tingkat kehadiran 80% 85% 90% pada tiga triwulan terakhir.",
]


@pytest.mark.parametrize("text", NO_CLAIM, ids=[t[:40] for t in NO_CLAIM])
def test_no_alarm_where_the_operands_cannot_be_told(text):
    assert [c for c in percent_checks(text) if c.verdict == "mismatch"] == []


def test_explains_allows_for_operands_written_rounded():
    pct = Operand(Decimal("69.33"), 0, 5, "69.33%", 2, unit="%")
    num = Operand(Decimal("9.71"), 0, 4, "9,71%", 2, unit="%")
    den = Operand(Decimal("14"), 0, 3, "14%", 0, unit="%")
    assert explains(pct, num, den)  # 9,705..9,715 over 13,5..14,5 covers 69,33
    exact = Operand(Decimal("14"), 0, 2, "14", 0)
    exact_num = Operand(Decimal("9.71"), 0, 4, "9,71", 2)
    assert not explains(pct, exact_num, exact)  # 69,357 exactly: no


def test_role_vocabulary_is_validated_and_compiled_once():
    v = vocabulary()
    assert v is vocabulary()
    assert v.role_before.search("realisasinya mencapai")
    assert v.role_of["pagu"] == "budget"
    assert Candidate.__dataclass_fields__.keys() >= {"op", "family", "role"}


def test_a_vocabulary_without_its_cue_weights_is_a_grammar_error(monkeypatch):
    import copy

    from kesos_extract import evidence
    from kesos_extract.errors import GrammarError
    from kesos_extract.grammar import load_grammar

    broken = copy.copy(load_grammar("claims"))
    broken.vocabulary = {k: v for k, v in (broken.vocabulary or {}).items() if k != "cue_weights"}
    monkeypatch.setattr(evidence, "load_grammar", lambda name: broken)
    evidence.vocabulary.cache_clear()
    try:
        with pytest.raises(GrammarError, match="claims.yaml.*cue_weights"):
            evidence.vocabulary()
    finally:
        evidence.vocabulary.cache_clear()
