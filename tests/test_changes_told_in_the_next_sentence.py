"""A change whose sentence ends at its percentage, both values told in the next sentence by the
time each is of ("turun 24,9 persen. Pada APBD 2023 anggarannya Rp 40 miliar, sedangkan tahun ini
Rp 30,04 miliar"), as regional news write it. Each case failed before the change that reads it."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated

BUDGET_FELL = ("Anggaran Dinas Sosial tahun ini turun {pct} persen. Pada APBD 2023 anggarannya Rp 40 miliar, "
               "sedangkan tahun ini Rp 30,04 miliar.")


def test_a_fall_told_by_years_in_the_next_sentence():
    # (40 - 30,04) / 40 = 24,9
    assert checks_by_stated(BUDGET_FELL.format(pct="24,9"))[24.9] == ("share_percent", "consistent", 9.96e9, 40e9)


def test_a_slipped_fall_of_the_budget_is_a_mismatch():
    # the subject names the budget and both figures are money: the pair is the budget's
    assert checks_by_stated(BUDGET_FELL.format(pct="20"))[20.0] == ("share_percent", "mismatch", 9.96e9, 40e9)


@pytest.mark.parametrize("text", [
    "Anggaran Dinsos naik 12,5 persen. Tahun lalu anggarannya Rp 20 miliar, kini menjadi Rp 22,5 miliar.",
    # the present first, the past after it
    "Anggaran Dinsos naik 12,5 persen. Tahun ini anggarannya Rp 22,5 miliar, sedangkan pada tahun 2023 Rp 20 miliar.",
])
def test_a_rise_told_in_either_order(text):
    assert checks_by_stated(text)[12.5] == ("share_percent", "consistent", 2.5e9, 20e9)


def test_counts_are_taken_only_where_they_fit():
    # no budget is named: the pair is taken where it gives the percentage, never as an alarm
    assert checks_by_stated("Jumlah penerima naik 15 persen. Tahun lalu 300 KK, tahun ini 345 KK.")[15.0] == \
        ("share_percent", "consistent", 45.0, 300.0)
    assert 10.0 not in checks_by_stated("Jumlah penerima naik 10 persen. Tahun lalu 300 KK, tahun ini 345 KK.")


@pytest.mark.parametrize("text", [
    # a change of something else: the next sentence's money is not its values
    "Angka kemiskinan turun 2 persen. Pada 2023 bantuan Rp 40 miliar, sedangkan tahun ini Rp 30 miliar.",
    # two figures of one time: no old value
    "Anggaran Dinsos turun 5 persen. Tahun ini belanja pegawai Rp 4 miliar dan belanja barang Rp 3 miliar.",
    # three figures: which two the words leave open
    "Anggaran Dinsos turun 5 persen. Pada 2023 Rp 40 miliar, pada 2024 Rp 38 miliar, dan tahun ini Rp 30 miliar.",
])
def test_controls(text):
    assert not [c for c in checks_by_stated(text).values() if c[0] == "share_percent"]


SPLIT = ("Anggaran Dinas Sosial Provinsi pada 2025 naik {pct} persen dibanding tahun sebelumnya. Kenaikan itu "
         "diarahkan untuk penanganan korban bencana.\n\nHal tersebut disampaikan Kepala Dinas Sosial, Selasa "
         "(14/1/2025).\n\nPada APBD 2024, Dinsos mendapat Rp 72,8 miliar. Tahun ini, angkanya menjadi Rp 79,64 miliar.")


@pytest.mark.parametrize("pct, verdict", [("9,4", "consistent"), ("8,4", "mismatch")])
def test_a_change_whose_values_two_later_sentences_give_one_each(pct, verdict):
    # (79,64 - 72,8) / 72,8 = 9,3956
    stated = float(pct.replace(",", "."))
    assert checks_by_stated(SPLIT.format(pct=pct))[stated] == ("share_percent", verdict, pytest.approx(6.84e9),
                                                              72.8e9)


def test_a_percentage_between_ends_the_search():
    text = SPLIT.format(pct="9,4").replace("Kenaikan itu diarahkan", "Porsi bansos 25 persen, diarahkan")
    assert 9.4 not in checks_by_stated(text)
