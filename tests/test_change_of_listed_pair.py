"""Changes stated by their amount whose old value no change word names.

A change stated by its amount after the two amounts it is the difference of, each of a year
named before them, with no word telling which is the old one: the CaLK's (Catatan atas Laporan
Keuangan) "Realisasi Belanja Pegawai TA 2022 dan TA 2021 masing-masing sebesar Rp A dan Rp B,
sehingga terdapat kenaikan sebesar Rp D atau P% dibandingkan TA 2021". The percentage is D over
the old value: the smaller of the pair for a rise, the larger for a fall.

Before claims.py `_old_of_pair_before`, only the weighing paired such a percentage, and only
where it fitted: a wrong P was no claim at all.

"Semula Rp A menjadi Rp B. ... terdapat kenaikan sebesar Rp D atau P%": "semula" names the old value
of the sentence before as a change word would (claims.py `_from_to`). Before, a P of D over B (the
new value) was read as a share of B, consistent.

"Semula Rp A menjadi Rp B atau bertambah Rp D (P%)" where D is not B - A: one of the figures slipped,
and the percentage is judged as the change of the two values (the gold's rule), so that the slip
shows whichever figure it is in. Before, P was judged against D, which it may fit.

A change written on its year's line of a list of years, the old value on an earlier year's line:
"Tahun 2019 : Rp 10.250.000.000" / "Tahun 2020 : Rp 8.900.000.000 (turun 13,17%)" (claims.py
`_change_on_year_line`; before, no claim).

Written for these tests in the register of LKPD
notes and news; the answers worked out by hand (half-up rounding to the stated decimals).
"""

from __future__ import annotations

from probe_assertions import passage_tests

C = "consistent"

# name -> (passage, [(check, stated, numerator, denominator, verdict)])
PASSAGES: dict[str, tuple[str, list]] = {
    # 300 / 1.200 = 25
    "kenaikan_masing_masing": (
        "Realisasi Belanja Hibah TA 2022 dan TA 2021 masing-masing sebesar Rp1.500.000.000,00 dan "
        "Rp1.200.000.000,00, sehingga terdapat kenaikan sebesar Rp300.000.000,00 atau 25,00% dibandingkan "
        "TA 2021. Kenaikan tersebut disebabkan bertambahnya penerima hibah lembaga kesejahteraan sosial.",
        [("share_percent", 25, 300_000_000, 1_200_000_000, C)]),
    # a fall: 600 / 3.000 = 20 (600 / 2.400 = 25 would be over the new value)
    "penurunan_masing_masing": (
        "Realisasi Belanja Barang dan Jasa TA 2022 dan TA 2021 masing-masing sebesar Rp2.400.000.000,00 dan "
        "Rp3.000.000.000,00, sehingga terdapat penurunan sebesar Rp600.000.000,00 atau 20,00% dibandingkan "
        "TA 2021.",
        [("share_percent", 20, 600_000_000, 3_000_000_000, C)]),
    # the earlier year first: 1.450.000.000 / 12.500.000.000 = 11,6
    "naik_tahun_berurutan": (
        "Anggaran Dinas Sosial tahun 2023 dan 2024 masing-masing Rp12.500.000.000 dan Rp13.950.000.000, atau "
        "naik Rp1.450.000.000 (11,6 persen).",
        [("share_percent", 11.6, 1_450_000_000, 12_500_000_000, C)]),
    # 1.250 / 2.500 = 50 ("semula ... menjadi" in the sentence before; 1.250 / 3.750 is over the new value)
    "semula_menjadi_sentence_before": (
        "Anggaran bantuan sosial bagi korban bencana dalam APBD Perubahan semula Rp2.500.000.000 menjadi "
        "Rp3.750.000.000. Dengan demikian terdapat kenaikan sebesar Rp1.250.000.000 atau 50% dari anggaran murni.",
        [("share_percent", 50, 1_250_000_000, 2_500_000_000, C)]),
    # 250 / 2.100 = 11,9048; the stated change agrees, written rounded
    "semula_menjadi_bertambah": (
        "Pagu Program Perlindungan dan Jaminan Sosial semula Rp2.100.000.000 menjadi Rp2.350.000.000 atau "
        "bertambah Rp250 juta (11,90%) untuk penambahan sasaran.",
        [("share_percent", 11.90, 250_000_000, 2_100_000_000, C)]),
    # the stated change slipped (Rp200 juta, and P = 200 / 2.100 = 9,52 after it): 250 / 2.100 = 11,9048
    "stated_change_slipped": (
        "Pagu Program Perlindungan dan Jaminan Sosial semula Rp2.100.000.000 menjadi Rp2.350.000.000 atau "
        "bertambah Rp200.000.000 (9,52%) untuk penambahan sasaran.",
        [("share_percent", 9.52, 250_000_000, 2_100_000_000, "mismatch")]),
    # (10.250 - 8.900) / 10.250 = 13,1707; (11.200 - 8.900) / 8.900 = 25,8427
    "year_lines_money": (
        "Perkembangan anggaran Dinas Sosial tiga tahun terakhir sebagai berikut:\n"
        "Tahun 2019 : Rp 10.250.000.000\n"
        "Tahun 2020 : Rp 8.900.000.000 (turun 13,17%)\n"
        "Tahun 2021 : Rp 11.200.000.000 (naik 25,84%)\n",
        [("share_percent", 13.17, 1_350_000_000, 10_250_000_000, C),
         ("share_percent", 25.84, 2_300_000_000, 8_900_000_000, C)]),
    # counts, a bullet a line: (1.380 - 1.200) / 1.200 = 15
    "year_lines_counts": (
        "Jumlah KPM PKH di Kecamatan Wates:\n"
        "- 2022: 1.200 KPM\n"
        "- 2023: 1.380 KPM, naik 15 persen\n",
        [("share_percent", 15, 180, 1200, C)]),
    # controls: a change of its own whole on a year line
    "year_line_own_whole": (
        "Realisasi penyaluran bantuan:\n"
        "Tahun 2022 : 1.200 KPM\n"
        "Tahun 2023 : 1.100 KPM (turun 5 persen dari target)\n", []),
    # controls: two amounts of other things that differ by the change by chance (no years named for
    # them), and a pair whose difference is not the change
    "pair_of_other_things": (
        "Belanja pegawai Rp 5 miliar dan belanja barang Rp 3 miliar, sehingga terdapat kenaikan Rp 2 miliar "
        "atau 10 persen dibandingkan tahun lalu.", []),
}

# (passage, text as written, text with the slip, stated before, stated after)
SLIPS = [
    ("kenaikan_masing_masing", "atau 25,00%", "atau 52,00%", 25, 52),
    ("penurunan_masing_masing", "atau 20,00%", "atau 25,00%", 20, 25),
    ("semula_menjadi_sentence_before", "atau 50%", "atau 33,33%", 50, 33.33),
    ("semula_menjadi_bertambah", "(11,90%)", "(11,09%)", 11.90, 11.09),
    ("year_lines_money", "(naik 25,84%)", "(naik 28,54%)", 25.84, 28.54),
    ("year_lines_counts", "naik 15 persen", "naik 13 persen", 15, 13),
    ("naik_tahun_berurutan", "(11,6 persen)", "(11,2 persen)", 11.6, 11.2),
]


test_passage_claims, test_control_has_no_claim, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)
