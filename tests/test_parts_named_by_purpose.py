"""A part of a sum of money said with what it is for before its percentage ("Rp 4,8 miliar di
antaranya untuk bantuan pangan, atau 40 persen"), and a whole named by words an earlier sum's
own words name ("... dari total bantuan" after "Total bantuan sosial tahun ini Rp 12 miliar").
Each case failed before the change that reads it."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated

TOTAL = "Total bantuan sosial tahun ini Rp 12 miliar. "


@pytest.mark.parametrize("sentence", [
    "Rp 4,8 miliar di antaranya untuk bantuan pangan, atau 40 persen dari total.",
    "Sebanyak Rp 4,8 miliar di antaranya untuk bantuan pangan atau 40 persen.",
    "Sebanyak Rp 4,8 miliar dialokasikan bagi bantuan pangan (40 persen).",
    "Sebanyak Rp 4,8 miliar untuk bantuan pangan, atau 40 persen dari total bantuan.",
])
def test_a_part_with_its_purpose_before_its_share(sentence):
    assert checks_by_stated(TOTAL + sentence)[40.0] == ("share_percent", "consistent", 4.8e9, 12e9)


def test_the_whole_its_words_name_among_two_sums():
    text = TOTAL + ("Anggaran Dinsos Rp 20 miliar. Sebanyak Rp 4,8 miliar untuk bantuan pangan, atau 24 persen dari "
                    "total anggaran Dinsos.")
    assert checks_by_stated(text)[24.0] == ("share_percent", "consistent", 4.8e9, 20e9)


def test_a_whole_named_that_no_sum_is_is_of_no_figure_here():
    # the region's total budget is given nowhere: no operand, no alarm
    text = TOTAL + "Sebanyak Rp 4,8 miliar untuk bantuan pangan, atau 1,5 persen dari total APBD."
    assert 1.5 not in checks_by_stated(text)
