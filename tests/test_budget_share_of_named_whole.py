"""A budget's share of a larger whole its words name ("anggaran Rp A atau 31,03% dari anggaran urusan
sosial, dengan realisasi Rp B atau 95,25%"): the percentage is no ratio of the realisation and the
budget around it (a false alarm before stop 33: 31,03% judged as B / A), the realisation's own
percentage after it is B / A, and where a sentence before gives the whole under the same words it
is the share's denominator; a realisation stated beside that whole is not it."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

PROGRAM = ("3. Program Rehabilitasi Sosial, anggaran Rp 15.120.681.150,00 atau 31,03% dari anggaran urusan sosial, "
           "dengan realisasi Rp 14.402.958.620,00 atau 95,25%;\n")
TOTAL = ("Total anggaran urusan sosial Tahun 2022 sebesar Rp 48.736.912.350,00 dengan realisasi Rp 45.766.453.830,00 "
         "atau 93,91 persen.\n\n")


def _checks(text):
    return {(c.check, c.stated): (c.verdict, c.operands.get("numerator"), c.operands.get("denominator"))
            for c in extract_text(text).checks}


def test_the_share_is_no_ratio_of_the_realisation_and_the_budget():
    checks = _checks(PROGRAM)
    assert not any(stated == 31.03 for _, stated in checks)
    assert checks[("budget_percent", 95.25)] == ("consistent", 14402958620.0, 15120681150.0)


def test_the_whole_given_before_under_the_same_words_is_its_denominator():
    checks = _checks(TOTAL + "Realisasi program urusan sosial adalah sebagai berikut :\n" + PROGRAM)
    assert checks[("share_percent", 31.03)] == ("consistent", 15120681150.0, 48736912350.0)
    assert checks[("budget_percent", 95.25)] == ("consistent", 14402958620.0, 15120681150.0)
    assert checks[("budget_percent", 93.91)] == ("consistent", 45766453830.0, 48736912350.0)


@pytest.mark.parametrize("text", [
    # the whole given right after its words: the ratio of the two figures, as before
    "Realisasi belanja Rp 9.000.000.000 atau 90,00% dari anggaran urusan sosial sebesar Rp 10.000.000.000.",
    # a realisation's percentage of a budget named, not a budget's share
    "Anggaran Rp 10.000.000.000 dengan realisasi Rp 9.000.000.000 atau 90,00% dari anggaran.",
])
def test_controls(text):
    checks = _checks(text)
    assert checks[("budget_percent", 90.0)][0] == "consistent"


def test_a_realisation_of_a_part_named_as_a_share_of_the_total():
    # the part's own percentage before ("dan Belanja Langsung Rp Y atau 67,28 % dari total anggaran")
    # leaves Y the budget of the realisation named after it
    text = ("Anggaran Dinas Sosial Tahun 2018 sebesar Rp. 12.870.455.000 terdiri atas Belanja Tidak Langsung "
            "Rp. 4.210.600.000 dan Belanja Langsung Rp. 8.659.855.000 atau 67,28 % dari total anggaran. "
            "Realisasi belanja langsung sebesar Rp. 7.941.206.118 atau 91,70 %.")
    checks = _checks(text)
    assert checks[("share_percent", 67.28)] == ("consistent", 8659855000.0, 12870455000.0)
    assert checks[("budget_percent", 91.7)] == ("consistent", 7941206118.0, 8659855000.0)


def test_the_realisation_of_the_other_part_gets_no_verdict_from_it():
    # (the control: "belanja tidak langsung" is not the part whose share was stated; no false alarm)
    text = ("Anggaran Dinas Sosial Tahun 2018 sebesar Rp. 12.870.455.000 terdiri atas Belanja Tidak Langsung "
            "Rp. 4.210.600.000 dan Belanja Langsung Rp. 8.659.855.000 atau 67,28 % dari total anggaran. "
            "Realisasi belanja tidak langsung sebesar Rp. 4.041.206.118 atau 96,98 %.")
    assert not any(verdict == "mismatch" for verdict, _, _ in _checks(text).values())


@pytest.mark.parametrize("stated, verdict", [("9,05", "consistent"), ("9,50", "mismatch")])
def test_a_remainder_named_an_efficiency(stated, verdict):
    text = ("Dinas Sosial pada tahun 2019 mengelola anggaran belanja langsung sebesar Rp. 18.945.600.000,- dengan "
            "realisasi Rp. 17.230.418.755,- atau 90,95 %, sehingga terdapat sisa anggaran sebesar Rp. 1.715.181.245,- "
            f"atau efisiensi {stated} % dari pagu belanja langsung.")
    checks = _checks(text)
    assert checks[("share_percent", float(stated.replace(",", ".")))] == (verdict, 1715181245.0, 18945600000.0)
    assert checks[("budget_percent", 90.95)][0] == "consistent"
