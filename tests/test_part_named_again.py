"""Shares whose whole is in the sentence before and whose part the percentage's own sentence names.

An item of a list of counts in the sentence before, named again by its name: "Rincian penerima BPNT yakni Desa A 412 KPM, Desa B 287 KPM, Desa C 356 KPM dan Desa D 195
KPM, sehingga total 1.250 KPM. Dari jumlah tersebut, Desa A menjadi penerima terbanyak dengan
32,96 persen" (412 / 1.250; claims.py `part_named_by_name`). News gives per-village and
per-district breakdowns this way.

The list must add up to its total (before or after its items), the percentage's clause must have no
figure and point back to the total ("Dari jumlah tersebut", "... persen dari total"), and one
item's name only must be said again.

The same of a breakdown of money: "Total belanja Rp W yang terdiri dari belanja operasi Rp A dan
belanja modal Rp B. Belanja operasi menyerap 83 persen dari total belanja" (claims.py
`money_part_named_again`; the parts may be written rounded).

A count a few words before the percentage, "dari total" after it with no figure, and the whole the
one count of its kind in the sentence before: "... menyalurkan bantuan kepada 12.500 KPM. Sebanyak
11.875 KPM telah menerima bantuan, atau 95 persen dari total KPM sasaran" (claims.py
`part_of_total_before`; before, "dari total" kept the percentage from the count before it).

Written for these tests in the register of Dinas Sosial
news; the answers worked out by hand (half-up rounding to the stated decimals).
"""

from __future__ import annotations

from probe_assertions import passage_tests

C = "consistent"

LIST = ("Rincian penerima BPNT di Kecamatan Sukamaju yakni Desa Sukamaju 412 KPM, Desa Mekarsari 287 KPM, "
        "Desa Cibodas 356 KPM dan Desa Sindanglaya 195 KPM, sehingga total 1.250 KPM. ")

# name -> (passage, [(check, stated, numerator, denominator, verdict)])
PASSAGES: dict[str, tuple[str, list]] = {
    # 356 / 1.250 = 28,48
    "dari_jumlah_tersebut": (
        LIST + "Dari jumlah tersebut, Desa Cibodas menjadi penerima terbanyak kedua dengan 28,48 persen.",
        [("share_percent", 28.48, 356, 1250, C)]),
    # the total first: 195 / 800 = 24,375 -> 24,38
    "total_before_items": (
        "Penyandang disabilitas yang menerima alat bantu tahun 2023 berjumlah 800 orang, yakni Kecamatan Kota "
        "325 orang, Kecamatan Barat 280 orang dan Kecamatan Timur 195 orang. Kecamatan Timur menerima "
        "24,38 persen dari total penerima.",
        [("share_percent", 24.38, 195, 800, C)]),
    # 65.123.000.000 / 78.456.123.000 = 83,0056
    "money_breakdown_named_again": (
        "Total belanja Dinas Sosial tahun 2023 Rp 78.456.123.000 yang terdiri dari belanja operasi Rp "
        "65.123.000.000 dan belanja modal Rp 13.333.123.000. Belanja operasi menyerap 83 persen dari total belanja.",
        [("share_percent", 83, 65_123_000_000, 78_456_123_000, C)]),
    # the parts written rounded (12,4 + 3,1 + 2,3 = 17,8): 3,1 / 17,8 = 17,4157
    "money_breakdown_rounded": (
        "Anggaran bansos tahun ini Rp 17,8 miliar, meliputi PKH daerah Rp 12,4 miliar, bantuan lansia Rp 3,1 "
        "miliar dan bantuan disabilitas Rp 2,3 miliar. Dari jumlah tersebut, bantuan lansia mendapat 17,4 persen.",
        [("share_percent", 17.4, 3.1e9, 17.8e9, C)]),
    # 11.875 / 12.500 = 95
    "count_of_total_before": (
        "Pemerintah Kota Padang melalui Dinas Sosial menyalurkan bantuan kepada 12.500 KPM. Sebanyak 11.875 KPM "
        "telah menerima bantuan, atau 95 persen dari total KPM sasaran.",
        [("share_percent", 95, 11875, 12500, C)]),
    # "dari jumlah keseluruhan" points back; 160 / 640 = 25
    "count_of_total_keseluruhan": (
        "Pada 2023 jumlah anak terlantar tercatat 640 anak. Sebanyak 160 anak di antaranya telah dititipkan di "
        "LKSA, atau 25 persen dari jumlah keseluruhan.",
        [("share_percent", 25, 160, 640, C)]),
    # two counts before, one of the part's own unit: 60 / 120 = 50
    "count_of_total_own_unit": (
        "Dinsos menangani 300 lansia dan 120 anak terlantar. Sebanyak 60 anak telah kembali ke keluarga, atau "
        "50 persen dari total anak terlantar.",
        [("share_percent", 50, 60, 120, C)]),
    # controls: a percentage of another whole named after "dari total"; a breakdown not adding up
    "count_of_other_total": (
        "Di Kabupaten Sumba Timur terdapat 12.500 KPM penerima bansos. Sebanyak 2.300 KPM merupakan keluarga "
        "lansia, atau 5 persen dari total penduduk.", []),
    "money_breakdown_not_adding_up": (
        "Total belanja Rp 80.000.000.000 terdiri dari belanja operasi Rp 65.000.000.000 dan belanja modal Rp "
        "13.000.000.000. Belanja operasi menyerap 81 persen dari total belanja.", []),
    # controls: a percentage of something else about a named item; a list that does not add up to the
    # count before it (1.050, not 1.000: which is the whole is not told); two items' names said again
    "percentage_of_something_else": (
        LIST + "Desa Sukamaju memiliki angka kemiskinan 12 persen.", []),
    "list_not_adding_up": (
        "Bantuan disalurkan kepada 1.000 KPM di tiga desa: Desa Alpha 500 KPM, Desa Beta 300 KPM dan Desa Gamma "
        "250 KPM. Dari jumlah tersebut, Desa Alpha mendapat 50 persen.", []),
    "two_items_named": (
        LIST + "Dari jumlah tersebut, Desa Sukamaju dan Desa Cibodas bersama-sama mencakup 61,44 persen.", []),
}

# (passage, text as written, text with the slip, stated before, stated after)
SLIPS = [
    ("dari_jumlah_tersebut", "28,48 persen", "24,48 persen", 28.48, 24.48),
    ("total_before_items", "24,38 persen", "23,38 persen", 24.38, 23.38),
    ("money_breakdown_named_again", "83 persen", "88 persen", 83, 88),
    ("money_breakdown_rounded", "17,4 persen", "14,7 persen", 17.4, 14.7),
    ("count_of_total_before", "95 persen", "94 persen", 95, 94),
    ("count_of_total_keseluruhan", "25 persen", "20 persen", 25, 20),
    ("count_of_total_own_unit", "50 persen", "55 persen", 50, 55),
]


test_passage_claims, test_control_has_no_claim, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)
