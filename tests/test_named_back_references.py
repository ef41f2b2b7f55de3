"""Figures a news story's later paragraph names back by words, not by number (stop 33's probe):
a change whose subject names the budget ("anggaran Dinsos tahun 2023 turun 8,4 persen dibandingkan
tahun 2022 yang mencapai Rp 20,3 miliar", this year's budget in the paragraph before, beside what
was spent), and a share whose subject names back its part ("Anggaran BST tersebut merupakan bagian
dari total anggaran JPS ... sebesar Rp 35 miliar, atau sekitar 20,57 persen")."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated

KUPANG = ("KUPANG - Dinas Sosial Kota Kupang berhasil menyerap anggaran tahun 2023 sebesar 90,92 persen. Dari total "
          "anggaran Rp 18,6 miliar, yang terserap hingga 31 Desember 2023 sebanyak Rp 16,9 miliar.\n\n"
          "Kepala Dinas Sosial Kota Kupang, Jumat (12/1/2024) menjelaskan, {subject} turun {pct} persen "
          "dibandingkan tahun 2022 yang mencapai Rp 20,3 miliar.\n")

SAMARINDA = ("SAMARINDA - Dinas Sosial Kota Samarinda mencatat dana yang terserap Rp 6,93 miliar atau 96,25 persen dari "
             "total anggaran BST sebesar Rp7,2 miliar.\n\n"
             "\"Sasarannya 12.000 KPM. Masing-masing menerima Rp 600 ribu untuk tiga bulan,\" jelasnya.\n\n"
             "{subject} merupakan bagian dari total anggaran Jaring Pengaman Sosial (JPS) Kota Samarinda sebesar "
             "Rp 35 miliar, atau sekitar {pct} persen.\n")


@pytest.mark.parametrize("pct, verdict", [("8,4", "consistent"), ("4,8", "mismatch")])
def test_a_change_of_the_budget_named_by_the_subject(pct, verdict):
    checks = checks_by_stated(KUPANG.format(subject="anggaran Dinsos tahun 2023", pct=pct))
    # (20,3 - 18,6) / 20,3 = 8,37: the budget of the paragraph before, not the 16,9 spent
    assert checks[float(pct.replace(",", "."))] == ("share_percent", verdict, 1700000000.0, 20300000000.0)


@pytest.mark.parametrize("subject", ["serapan anggaran Dinsos tahun 2023", "anggaran Dinsos tahun 2021"])
def test_no_change_where_the_subject_names_what_was_spent_or_another_year(subject):
    # what was spent is not the budget; 2021 is named by no sentence before
    assert 8.4 not in checks_by_stated(KUPANG.format(subject=subject, pct="8,4"))


@pytest.mark.parametrize("pct, verdict", [("20,57", "consistent"), ("25,07", "mismatch")])
def test_a_share_whose_subject_names_back_its_part(pct, verdict):
    checks = checks_by_stated(SAMARINDA.format(subject="Anggaran BST tersebut", pct=pct))
    assert checks[float(pct.replace(",", "."))] == ("share_percent", verdict, 7200000000.0, 35000000000.0)


def test_no_share_where_the_subject_names_no_one_amount():
    # "Anggaran sembako" names no amount before: no part, no verdict
    assert 20.57 not in checks_by_stated(SAMARINDA.format(subject="Anggaran sembako tersebut", pct="20,57"))
