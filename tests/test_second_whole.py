"""One realisation stated against two budgets: the revised budget and the original one ("anggaran
setelah perubahan" and "anggaran murni"), a common pair in LKPJ and LRA chapters. The first
percentage was judged; the second, of the same realisation over the other whole, was lost (3
tests failed before claims._Finder._second_whole).

Written for these tests; 12.450.000.000 / 12.640.000.000 = 98,497 and 12.450.000.000 /
11.800.000.000 = 105,508.
"""

from __future__ import annotations

import pytest
from probe_assertions import percent_checks

PASSAGES = [
    "Realisasi belanja bantuan sosial mencapai Rp 12.450.000.000 atau 98,5% dari anggaran setelah perubahan "
    "Rp 12.640.000.000, sedangkan terhadap anggaran murni Rp 11.800.000.000 realisasinya mencapai 105,51%.",
    "Realisasi belanja bantuan sosial mencapai Rp 12.450.000.000 atau 98,5% dari anggaran setelah perubahan "
    "Rp 12.640.000.000. Terhadap anggaran murni Rp 11.800.000.000, realisasi tersebut mencapai 105,51%.",
    "Realisasi belanja bantuan sosial mencapai Rp 12.450.000.000, atau 98,5% dari anggaran perubahan sebesar "
    "Rp 12.640.000.000 dan 105,51% dari anggaran murni sebesar Rp 11.800.000.000.",
]


@pytest.mark.parametrize("text", PASSAGES)
def test_the_first_budget_is_judged_and_nothing_alarms(text):
    checks = percent_checks(text)
    assert [(c.stated, c.verdict) for c in checks if c.stated == 98.5] == [(98.5, "consistent")]
    assert [c.message for c in checks if c.verdict == "mismatch"] == []


@pytest.mark.parametrize("text", PASSAGES)
def test_the_second_budget_is_judged_too(text):
    checks = percent_checks(text)
    second = [c for c in checks if c.stated == 105.51]
    assert [(c.operands["numerator"], c.operands["denominator"], c.verdict) for c in second] == [
        (12_450_000_000, 11_800_000_000, "consistent")]


@pytest.mark.parametrize("text", PASSAGES)
def test_a_slip_in_the_second_is_the_one_mismatch(text):
    checks = percent_checks(text.replace("105,51%", "107,1%"))
    assert [(c.stated, c.expected) for c in checks if c.verdict == "mismatch"] == [(107.1, pytest.approx(105.5085, abs=1e-3))]


# a percentage of another subject after the first claim, its own budget named after it: no pair
# with the first realisation
CONTROLS = [
    "Realisasi belanja Dinas Sosial mencapai Rp 12.450.000.000 atau 98,5% dari anggaran Rp 12.640.000.000. "
    "Belanja pegawai 30% dari anggaran murni Rp 11.800.000.000.",
    "Realisasi belanja Dinas Sosial mencapai Rp 12.450.000.000 atau 98,5% dari anggaran Rp 12.640.000.000, dan "
    "belanja modal 12% dari anggaran murni Rp 1.500.000.000.",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_another_subject_s_percentage_is_not_of_the_realisation(text):
    assert [(c.stated, c.verdict) for c in percent_checks(text)] == [(98.5, "consistent")]
