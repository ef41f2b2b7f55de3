"""Percentages of two lists of amounts said "masing-masing" (respectively), item by item, a
common way of LKPJ and LRA chapters to give two programs or two kinds of spending in one sentence:
"Realisasi Program A dan Program B masing-masing sebesar Rp R1 dan Rp R2 atau P1 dan P2 dari pagu
Rp W1 dan Rp W2" (R1 / W1, R2 / W2; claims.py `respective_list_claims`). Before, no claim at all.

The programs named in a list before such lists get their items in order (programs.py
`_shared_out`); a claim of such a list is no budget of the name nearest before it: without this, the
first item's figures would have gone to the second name.

Written for these tests in the register of LKPJ chapters and news; the answers worked out by hand
(half-up rounding to the stated decimals).
"""

from __future__ import annotations

from kesos_extract import extract_text
from probe_assertions import passage_tests

C = "consistent"

PASSAGES: dict[str, tuple[str, list]] = {
    # 1.930 / 2.000 = 96,5; 1.368 / 1.500 = 91,2
    "two_programs": (
        "Realisasi Program Rehabilitasi Sosial dan Program Perlindungan dan Jaminan Sosial masing-masing sebesar "
        "Rp 1.930.000.000 dan Rp 1.368.000.000 atau 96,5% dan 91,2% dari pagu Rp 2.000.000.000 dan Rp "
        "1.500.000.000.",
        [("budget_percent", 96.5, 1_930_000_000, 2_000_000_000, C),
         ("budget_percent", 91.2, 1_368_000_000, 1_500_000_000, C)]),
    # three kinds of spending, "berturut-turut": 4,2 / 4,5 = 93,33; 1,1 / 1,25 = 88; 0,6 / 0,8 = 75
    "three_kinds": (
        "Realisasi belanja pegawai, belanja barang dan jasa serta belanja modal berturut-turut Rp 4,2 miliar, "
        "Rp 1,1 miliar dan Rp 600 juta, atau 93,33 persen, 88 persen dan 75 persen dari anggaran Rp 4,5 "
        "miliar, Rp 1,25 miliar dan Rp 800 juta.",
        [("budget_percent", 93.33, 4.2e9, 4.5e9, C), ("budget_percent", 88, 1.1e9, 1.25e9, C),
         ("budget_percent", 75, 600e6, 800e6, C)]),
    # the wholes first, then "terealisasi" and the parts: 760 / 800 = 95; 270 / 300 = 90
    "wholes_first": (
        "Pagu Program Pemberdayaan Sosial dan Program Penanganan Bencana masing-masing Rp 800 juta dan Rp 300 "
        "juta, terealisasi Rp 760 juta dan Rp 270 juta atau 95 persen dan 90 persen.",
        [("budget_percent", 95, 760e6, 800e6, C), ("budget_percent", 90, 270e6, 300e6, C)]),
    # counts against their quotas: 1.200 / 1.250 = 96; 2.400 / 2.600 = 92,3077
    "counts_of_quotas": (
        "Penerima PKH dan BPNT di Kecamatan Wates masing-masing 1.200 KPM dan 2.400 KPM, atau 96% dan 92% dari "
        "kuota 1.250 KPM dan 2.600 KPM.",
        [(("share_percent", "target_percent"), 96, 1200, 1250, C), (("share_percent", "target_percent"), 92, 2400, 2600, C)]),
    # controls: one whole for the list (shares of a total, not item by item); no parts before the
    # percentages
    "one_whole": (
        "Anggaran Program A dan Program B masing-masing Rp 2 miliar dan Rp 1,5 miliar, atau 57 persen dan 43 "
        "persen dari total belanja Rp 3,5 miliar tahun ini.", None),
    "no_parts_listed": (
        "Serapan kedua program masing-masing 96,5% dan 91,2% dari pagu Rp 2 miliar dan Rp 1,5 miliar.", None),
}

SLIPS = [
    ("two_programs", "atau 96,5% dan", "atau 95,6% dan", 96.5, 95.6),
    ("three_kinds", "88 persen", "80 persen", 88, 80),
    ("wholes_first", "dan 90 persen", "dan 80 persen", 90, 80),
    ("counts_of_quotas", "dan 92% dari", "dan 29% dari", 92, 29),
]


def _no_respective_mismatch(text: str) -> None:
    assert [c.message for c in extract_text(text).checks if c.verdict == "mismatch"] == []


# the controls may have other claims (a share of the total): only no mismatch and no item-by-item pairing
CONTROLS = {name: text for name, (text, expected) in PASSAGES.items() if expected is None}
PASSAGES = {name: v for name, v in PASSAGES.items() if v[1] is not None}

test_passage_claims, _, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)


def test_controls_pair_nothing_item_by_item():
    for text in CONTROLS.values():
        _no_respective_mismatch(text)
        assert not [c for c in extract_text(text).checks if "item by item" in c.message]


def test_each_program_named_before_gets_its_item():
    programs = extract_text(PASSAGES["two_programs"][0]).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in programs] == [
        ("Program Rehabilitasi Sosial", 2_000_000_000, 1_930_000_000, 96.5),
        ("Program Perlindungan dan Jaminan Sosial", 1_500_000_000, 1_368_000_000, 91.2)]
