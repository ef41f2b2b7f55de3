"""Budget claims in phrasings no seed or dev text uses: the percentage is a ratio of rupiah
amounts, but not of a realisation and its pagu side by side.

Written for these tests after the way Indonesian local reports and the news that quotes them
speak of money: a change between two years or after refocusing whose new value or change amount
stands elsewhere in the sentence ("turun dari Rp A atau turun 15,68 persen menjadi Rp B"), what
is left of a pagu ("sisa anggaran Rp C atau 3,2 persen"), realisations of successive periods that
share one pagu ("triwulan I ... (15%), triwulan II ... (40%)"), shares of a total named as such
("2,5 persen dari total APBD Rp W", "65 persen di antaranya atau Rp A"), amounts written rounded
("Rp 12,5 miliar", "Rp3,9 T") beside exact ones, news quotes ("kata Kadis") and report records
("Pagu Anggaran : ... / Sisa Anggaran : ... (5,50 %)"). Each case was a missed claim or a false
alarm before the money finders of :mod:`kesos_extract.claims` learnt it; a mismatching variant
of each phrasing is kept beside the consistent one, so that a finder that pairs the wrong numbers
fails one of them."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

PERCENT_CHECKS = ("budget_percent", "target_percent", "share_percent")


def percent_checks(text: str):
    return [c for c in extract_text(text).checks if c.check in PERCENT_CHECKS]


# (text, stated, numerator, denominator, verdict)
CHANGES = [
    # the old value before the percentage, the new one after it
    ("Anggaran Dinas Sosial tahun 2021 turun dari Rp 12,5 miliar atau turun 15,68 persen menjadi Rp 10,54 miliar.",
     15.68, 1.96e9, 12.5e9, "consistent"),
    # the new value first, as the subject
    ("Anggaran Dinsos tahun 2021 sebesar Rp 10.540.000.000, turun dari Rp 12.500.000.000 atau turun 16,68 persen.",
     16.68, 1.96e9, 12.5e9, "mismatch"),
    ("Setelah refocusing, anggaran Dinas Sosial menjadi Rp 10,54 miliar dari sebelumnya Rp 12,5 miliar, atau turun "
     "15,68 persen.", 15.68, 1.96e9, 12.5e9, "consistent"),
    # the decrease stated in money with the old value
    ("Akibat refocusing, anggaran Dinsos berkurang Rp 1,96 miliar dari Rp 12,5 miliar atau turun 15,68 persen.",
     15.68, 1.96e9, 12.5e9, "consistent"),
    ("Anggaran Dinsos dipangkas Rp 1.960.000.000 atau 16,68 persen dari semula Rp 12.500.000.000.",
     16.68, 1.96e9, 12.5e9, "mismatch"),
    ("Anggaran Dinsos mengalami penurunan sebesar Rp 1,2 miliar atau 12 persen dari Rp 8 miliar.",
     12, 1.2e9, 8e9, "mismatch"),
    ("Akibat refocusing, anggaran Dinsos Sulsel dipangkas sebesar Rp 28.500.000.000 atau sekitar 55 persen dari "
     "total Rp 56.600.000.000.", 55, 28.5e9, 56.6e9, "mismatch"),
    ("Kenaikan anggaran sebesar Rp 2.000.000.000 atau 25 persen dari tahun sebelumnya Rp 10.000.000.000.",
     25, 2e9, 10e9, "mismatch"),
    # the change in money and the new value: the old value is their sum (or difference)
    ("Pagu Dinsos pada APBD Perubahan 2020 menjadi Rp 45,3 miliar, berkurang Rp 12,1 miliar atau 21,08 persen dari "
     "APBD induk.", 21.08, 12.1e9, 57.4e9, "consistent"),
    ("Anggaran bansos bertambah Rp 300.000.000 menjadi Rp 2.300.000.000 (18%).", 18, 3e8, 2e9, "mismatch"),
    ("Anggaran bansos turun Rp 500.000.000 atau 6 persen, menjadi Rp 9.500.000.000.", 6, 5e8, 1e10, "mismatch"),
    # the percentage in brackets after the new value ("menjadi Rp B (P%)")
    ("Anggaran bansos naik dari Rp 2.000.000.000 menjadi Rp 2.300.000.000 (18%).", 18, 3e8, 2e9, "mismatch"),
    ("Anggaran bansos menjadi Rp 2.300.000.000 (naik 18%) dari Rp 2.000.000.000.", 18, 3e8, 2e9, "mismatch"),
    # the old value told by its year, in the clause or alone in the sentence before
    ("Anggaran bansos tahun 2023 Rp 2.000.000.000 dan tahun 2024 Rp 2.300.000.000 atau naik 18 persen.",
     18, 3e8, 2e9, "mismatch"),
    ("Dari pagu Rp 10.000.000.000 tahun 2023, tahun 2024 naik menjadi Rp 12.000.000.000 atau 25 persen.",
     25, 2e9, 10e9, "mismatch"),
    ("Anggaran tahun 2021 sebesar Rp 12.500.000.000. Pada tahun 2022 anggaran turun menjadi Rp 10.540.000.000 atau "
     "turun 16,68 persen.", 16.68, 1.96e9, 12.5e9, "mismatch"),
    ("Anggaran Dinsos tahun 2024 Rp 11.500.000.000, naik 10 persen dari tahun lalu Rp 10.000.000.000.",
     10, 1.5e9, 1e10, "mismatch"),
    # a quote of the head of the agency
    ("\"Anggaran kami tahun ini turun Rp 2.000.000.000 dari Rp 24.000.000.000 menjadi Rp 22.000.000.000, atau "
     "sekitar 9,3 persen,\" kata Kadis Sosial.", 9.3, 2e9, 24e9, "mismatch"),
]

REMAINDERS = [
    # was a false alarm: the realisation (96,8%) taken for the remainder's numerator
    ("Dari pagu Rp 5.000.000.000, terealisasi Rp 4.840.000.000 sehingga sisa anggaran Rp 160.000.000 atau "
     "3,2 persen.", 3.2, 1.6e8, 5e9, "consistent"),
    ("Dari pagu Rp 5.000.000.000, terealisasi Rp 4.840.000.000 sehingga sisa anggaran Rp 160.000.000 atau "
     "3,5 persen.", 3.5, 1.6e8, 5e9, "mismatch"),
    ("Realisasi Rp 4,84 miliar dari pagu Rp 5 miliar, sisa Rp 160 juta atau 3,2 persen tidak terserap.",
     3.2, 1.6e8, 5e9, "consistent"),
    ("Realisasi anggaran Dinsos Rp 9.000.000.000 dari pagu Rp 10.000.000.000 atau 90 persen, sisanya "
     "Rp 1.000.000.000 atau 12 persen akan dikembalikan ke kas daerah.", 12, 1e9, 1e10, "mismatch"),
    ("Realisasi anggaran Rp 9,2 miliar atau 92 persen, sehingga masih ada SILPA Rp 800 juta atau 8 persen dari pagu "
     "Rp 10 miliar.", 8, 8e8, 1e10, "consistent"),
    ("Terealisasi Rp 4.840.000.000 (96,8%) dari pagu Rp 5.000.000.000, dengan sisa anggaran Rp 160.000.000 (4,2%).",
     4.2, 1.6e8, 5e9, "mismatch"),
    ("Sisa anggaran tahun 2023 sebesar Rp 160.000.000 atau 3,5 persen dari total pagu Rp 5.000.000.000.",
     3.5, 1.6e8, 5e9, "mismatch"),
    # a record of labelled lines (report register)
    ("Program Perlindungan dan Jaminan Sosial\nPagu Anggaran : Rp 1.250.000.000,00\nRealisasi : Rp 1.187.500.000,00\n"
     "Persentase : 95,00 %\nSisa Anggaran : Rp 62.500.000,00 (5,50 %)", 5.5, 6.25e7, 1.25e9, "mismatch"),
    # the remainder's line between the realisation and its percentage
    ("Program Perlindungan dan Jaminan Sosial\nPagu Anggaran : Rp 1.250.000.000,00\nRealisasi : Rp 1.187.500.000,00\n"
     "Sisa Anggaran : Rp 62.500.000,00\nPersentase : 96,00 %", 96, 1.1875e9, 1.25e9, "mismatch"),
]

PERIODS = [
    # one pagu, the realisation of each quarter in a sentence of its own
    ("Pagu anggaran Dinsos tahun 2023 sebesar Rp 10.000.000.000. Pada triwulan I realisasi mencapai Rp 1.500.000.000 "
     "atau 15 persen. Pada triwulan II realisasi mencapai Rp 4.000.000.000 atau 48 persen. Pada triwulan III "
     "realisasi mencapai Rp 6.500.000.000 atau 65 persen.", 48, 4e9, 1e10, "mismatch"),
    ("Pagu anggaran Dinsos tahun 2023 sebesar Rp 10.000.000.000. Pada triwulan I realisasi mencapai Rp 1.500.000.000 "
     "atau 15 persen. Pada triwulan II realisasi mencapai Rp 4.000.000.000 atau 48 persen. Pada triwulan III "
     "realisasi mencapai Rp 6.500.000.000 atau 65 persen.", 65, 6.5e9, 1e10, "consistent"),
    # the percentages first, the pagu at the end of the list
    ("Realisasi anggaran triwulan I 15 persen (Rp 1.500.000.000), triwulan II 48 persen (Rp 4.000.000.000), dan "
     "triwulan III 65 persen (Rp 6.500.000.000) dari pagu Rp 10.000.000.000.", 48, 4e9, 1e10, "mismatch"),
    ("Realisasi anggaran triwulan I 15 persen (Rp 1.500.000.000), triwulan II 48 persen (Rp 4.000.000.000), dan "
     "triwulan III 65 persen (Rp 6.500.000.000) dari pagu Rp 10.000.000.000.", 15, 1.5e9, 1e10, "consistent"),
    # the second half-year in a clause that names no realisation word
    ("Semester I realisasi anggaran Rp 4.200.000.000 atau 42 persen dari pagu Rp 10.000.000.000, sedangkan semester "
     "II naik menjadi Rp 9.700.000.000 atau 95 persen.", 95, 9.7e9, 1e10, "mismatch"),
    ("Dari pagu Rp 10.000.000.000, realisasi hingga triwulan I sebesar Rp 1.500.000.000 (15%), hingga triwulan II "
     "sebesar Rp 4.000.000.000 (40%), hingga triwulan III sebesar Rp 6.500.000.000 (65%) dan hingga triwulan IV "
     "sebesar Rp 9.700.000.000 (99%).", 99, 9.7e9, 1e10, "mismatch"),
    # the list's subject named in its first item, the pagu after its last
    ("Realisasi anggaran Dinsos s/d TW III sebesar Rp 6.500.000.000 (68%) dan s/d TW IV sebesar Rp 9.800.000.000 "
     "(98%) dari pagu Rp 10.000.000.000.", 68, 6.5e9, 1e10, "mismatch"),
    # was a false alarm against the first quarter alone: the quarters listed are summed
    ("Dari pagu Rp 10.000.000.000, realisasi triwulan I Rp 1.500.000.000 dan triwulan II Rp 2.500.000.000, sehingga "
     "total realisasi mencapai 42 persen.", 42, 4e9, 1e10, "mismatch"),
]

SHARES = [
    ("Anggaran bantuan sosial sebesar Rp 4.000.000.000 atau sebesar 45 persen dari total anggaran Dinsos "
     "Rp 10.000.000.000.", 45, 4e9, 1e10, "mismatch"),
    ("Dari total anggaran Rp 10.000.000.000, sebesar 45 persen atau Rp 4.000.000.000 dialokasikan untuk bantuan "
     "sosial.", 45, 4e9, 1e10, "mismatch"),
    ("Anggaran Dinsos sebesar Rp 22.000.000.000, 65 persen di antaranya atau Rp 13.200.000.000 untuk bantuan sosial.",
     65, 13.2e9, 22e9, "mismatch"),
    ("Dari Rp 22.000.000.000 anggaran Dinsos, sebanyak Rp 13.200.000.000 (65 persen) dialokasikan untuk bansos.",
     65, 13.2e9, 22e9, "mismatch"),
    # a whole named by its number after "dari total APBD": was taken for a whole given by no number
    ("Anggaran Dinas Sosial Rp 30.000.000.000 atau 2,5 persen dari total APBD Rp 1.500.000.000.000.",
     2.5, 30e9, 1.5e12, "mismatch"),
    ("Anggaran Dinas Sosial Rp 30 miliar atau 2 persen dari total APBD Rp 1,5 triliun.", 2, 30e9, 1.5e12,
     "consistent"),
    ("Anggaran Dinsos naik menjadi Rp 12.000.000.000 atau 3 persen dari total APBD Rp 600.000.000.000.",
     3, 12e9, 6e11, "mismatch"),
]

CASES = [("change", *c) for c in CHANGES] + [("remainder", *c) for c in REMAINDERS] + \
    [("period", *c) for c in PERIODS] + [("share", *c) for c in SHARES]


@pytest.mark.parametrize("group,text,stated,num,den,verdict", CASES,
                         ids=[f"{g}-{i}-{t[:40]}" for i, (g, t, *_) in enumerate(CASES)])
def test_money_claims(group, text, stated, num, den, verdict):
    checks = percent_checks(text)
    hits = [c for c in checks if c.stated == pytest.approx(stated)]
    assert hits, f"no check of {stated}: {[c.message for c in checks]}"
    c = hits[0]
    assert c.operands["numerator"] == pytest.approx(num), c.message
    assert c.operands["denominator"] == pytest.approx(den), c.message
    assert c.verdict == verdict, c.message
    assert extract_text(text).text[c.start:c.end] == c.quote


def test_a_remainder_is_a_share_of_the_pagu_not_a_realisation():
    text = ("Realisasi Rp 4.840.000.000 dari pagu Rp 5.000.000.000, sisa Rp 160.000.000 atau 3,2 persen tidak "
            "terserap.")
    (c,) = percent_checks(text)
    assert c.check == "share_percent" and "sisa" in c.message


def test_quarters_of_one_pagu_are_budget_claims_in_order():
    text = ("Dari pagu Rp 10.000.000.000, hingga triwulan I terealisasi Rp 1.500.000.000 (15%), triwulan II "
            "Rp 4.000.000.000 (42%), dan triwulan III Rp 6.500.000.000 (65%).")
    got = [(c.check, c.stated, c.operands["numerator"], c.verdict) for c in percent_checks(text)]
    assert got == [("budget_percent", 15.0, 1.5e9, "consistent"), ("budget_percent", 42.0, 4e9, "mismatch"),
                   ("budget_percent", 65.0, 6.5e9, "consistent")]


def test_a_change_from_the_new_value_and_the_decrease_keeps_the_rounding_of_both():
    # Rp 45,3 miliar + Rp 12,1 miliar = Rp 57,4 miliar: 21,08% exactly; 21,1% is within the rounding
    text = "Pagu Dinsos menjadi Rp 45,3 miliar, berkurang Rp 12,1 miliar atau 21,1 persen dari APBD induk."
    (c,) = percent_checks(text)
    assert c.verdict == "consistent", c.message


NO_ALARM = [
    # another amount beside the percentage: not the realisation's share of its pagu
    "Pagu Dinsos Rp 10.000.000.000 dengan realisasi Rp 9.000.000.000, sedangkan belanja modal Rp 2.000.000.000 "
    "atau 20 persen.",
    # a change of something else than the amounts before it
    "Realisasi Rp 9.000.000.000 dari pagu Rp 10.000.000.000 atau turun 5 persen dibanding tahun lalu.",
    "Pagu Rp 10.000.000.000, realisasi Rp 9.000.000.000, naik 20 persen dibanding tahun lalu.",
    "Anggaran turun Rp 2.000.000.000 menjadi Rp 8.000.000.000, sementara realisasi naik 5 persen.",
    "Anggaran Dinsos naik Rp 1.000.000.000 dibanding tahun lalu, dan jumlah penerima naik 12 persen.",
    # a realisation that rose, with its share of the pagu in brackets
    "Realisasi anggaran naik dari Rp 8.000.000.000 menjadi Rp 9.500.000.000 (95%).",
    # a realisation larger than a pagu of another sentence is of another pagu
    "Pada triwulan I realisasi Rp 1.500.000.000 (15%) dari pagu Rp 10.000.000.000. Pada triwulan II realisasi "
    "Rp 12.000.000.000 atau 80 persen dari pagu perubahan.",
    # a remainder's share of a whole given by no number
    "Dari pagu Rp 5.000.000.000, sisa Rp 160.000.000 atau 0,2 persen dari total APBD.",
    "Anggaran Dinsos Rp 5.000.000.000, sisa waktu tiga bulan dan realisasi baru 60 persen.",
    # the wholes of a list given in order
    "Realisasi belanja langsung Rp 12.345.000.000 (95,2 %) dan belanja tidak langsung Rp 3.000.000.000 (99,1 %) "
    "dari pagu masing-masing Rp 12.967.000.000 dan Rp 3.027.000.000.",
    # a rise of a percentage, not of money
    "Serapan anggaran Dinsos naik dari 80 persen menjadi 90 persen, dengan realisasi Rp 9.000.000.000 dari pagu "
    "Rp 10.000.000.000.",
]


@pytest.mark.parametrize("text", NO_ALARM, ids=[t[:50] for t in NO_ALARM])
def test_no_false_alarm(text):
    assert [c.message for c in percent_checks(text) if c.verdict == "mismatch"] == []


OTHER_AGENCY = [
    "Hingga Juni, realisasi anggaran Dinsos Rp 4.000.000.000 (40%) dari pagu Rp 10.000.000.000. Sementara hingga "
    "Juni Dinas Kesehatan menyerap Rp 3.000.000.000 atau 25 persen.",
    "Hingga Juni, realisasi anggaran Dinsos Rp 4.000.000.000 (40%) dari pagu Rp 10.000.000.000, sedangkan hingga "
    "Juli realisasi Dinkes Rp 3.000.000.000 atau 25 persen.",
]


@pytest.mark.parametrize("text", OTHER_AGENCY, ids=["next-sentence", "same-sentence"])
def test_a_realisation_of_another_agency_is_not_of_this_pagu(text):
    """The pagu has its realisation already; the agency named after it is another's (it was
    paired with it: 3 / 10 = 30%, a false alarm against 25 persen)."""
    assert [c.message for c in percent_checks(text) if c.verdict == "mismatch"] == []


def test_a_second_realisation_of_the_same_agency_is_still_paired():
    """The same agency named again is no other agency: its pagu stays a candidate."""
    text = ("Realisasi anggaran Dinas Sosial Rp 4.000.000.000 (40%) dari pagu Rp 10.000.000.000. Hingga akhir "
            "tahun Dinas Sosial menyerap Rp 9.000.000.000 atau 95 persen.")
    assert [(c.stated, c.verdict) for c in percent_checks(text)] == [(40.0, "consistent"), (95.0, "mismatch")]


def test_a_whole_that_opens_the_sentence_as_its_total_is_the_whole_of_the_part_after_it():
    """"Total APBD ... Rp W, sedangkan anggaran Dinas Sosial Rp A atau 2,5 persen": the sentence
    opens with the total, the part is the one amount after it (30 miliar / 1,5 triliun = 2 %).
    It was judged only when it fitted, so the slip went unreported."""
    text = ("Total APBD Kabupaten tahun 2023 Rp 1.500.000.000.000, sedangkan anggaran Dinas Sosial Rp 30.000.000.000 "
            "atau 2,5 persen.")
    assert [c.verdict for c in percent_checks(text)] == ["mismatch"]


def test_s_d_before_a_capital_does_not_end_the_sentence():
    """"s.d. TW III" (sampai dengan) ended the sentence at the dot before a capital, which cut the
    first quarter off from the pagu named after the list."""
    text = ("Realisasi anggaran Dinsos s.d. TW III sebesar Rp 6.500.000.000 (68%) dan s.d. TW IV sebesar "
            "Rp 9.800.000.000 (98%) dari pagu Rp 10.000.000.000.")
    assert {c.stated: c.verdict for c in percent_checks(text)} == {68.0: "mismatch", 98.0: "consistent"}


@pytest.mark.parametrize("title", ["Drs.", "Ir.", "Hj.", "Prof."])
def test_a_title_before_a_name_does_not_end_the_sentence(title):
    """The pagu and the realisation stay in one sentence across "Kadis, Drs. H. Abdul Rahman,"."""
    text = (f"Menurut Kepala Dinas Sosial, {title} Abdul Rahman, dari pagu Rp 10.000.000.000 telah terealisasi "
            "Rp 9.500.000.000 atau 95 persen.")
    assert [(c.stated, c.verdict) for c in percent_checks(text)] == [(95.0, "consistent")]
