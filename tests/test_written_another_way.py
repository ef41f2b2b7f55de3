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
