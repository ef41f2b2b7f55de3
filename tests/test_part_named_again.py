"""A share whose part is an item of a list of counts in the sentence before, named again by its
name: "Rincian penerima BPNT yakni Desa A 412 KPM, Desa B 287 KPM, Desa C 356 KPM dan Desa D 195
KPM, sehingga total 1.250 KPM. Dari jumlah tersebut, Desa A menjadi penerima terbanyak dengan
32,96 persen" (412 / 1.250; claims.py `part_named_by_name`). News gives per-village and
per-district breakdowns this way.

The list must add up to its total (before or after its items), the percentage's clause must have no
figure and point back to the total ("Dari jumlah tersebut", "... persen dari total"), and one
item's name only must be said again. Written for these tests in the register of Dinas Sosial
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
]


test_passage_claims, test_control_has_no_claim, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)
