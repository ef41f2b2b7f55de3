"""Ratios the reports work out in words, and an achievement stated as target / realisation.

- "Realisasi sebesar 78,5% diperoleh dari jumlah PMKS yang memperoleh bantuan sosial sebanyak
  6.123 jiwa dibagi jumlah PMKS yang terdata dalam basis data sebanyak 7.800 jiwa": "dibagi"
  names the divisor, whatever words name it before its number (claims.yaml ``role_words.whole``,
  evidence ``_DIVIDED_BY``).
- "Pada tahun 2017 realisasi ... sebanyak 320 KK, sehingga terjadi peningkatan sebesar 18,75%
  dibandingkan tahun sebelumnya" after "Realisasi tahun 2018 sebanyak 380 KK": a change whose
  sentence gives the earlier year's figure and the paragraph the next year's
  (evidence ``_Resolver._year_before_change``).
- An indicator where lower is better achieved as target / realisation: the check's operands are
  that ratio's (numerator the target), so that expected = 100 x numerator / denominator holds
  for every check a consumer reads.
"""

from __future__ import annotations

import pytest

from conftest import checks_by_stated


DIBAGI = ("Indikator ini pada tahun 2019 ditargetkan 75%, terealisasi 78,5% sehingga capaian kinerja 104,67%. "
          "Realisasi sebesar {pct}% diperoleh dari jumlah PMKS yang memperoleh bantuan sosial sebanyak 6.123 jiwa "
          "dibagi jumlah PMKS yang terdata dalam basis data sebanyak 7.800 jiwa. Dibandingkan dengan realisasi tahun "
          "2018 sebesar 72,4%, realisasi tahun 2019 meningkat 6,1 poin persen.")


# 6.123 / 7.800 = 78,5 (FAILED BEFORE: no claim, right or slipped)
@pytest.mark.parametrize("pct, verdict", [("78,5", "consistent"), ("75,8", "mismatch")])
def test_a_ratio_worked_out_with_dibagi(pct, verdict):
    checks = checks_by_stated(DIBAGI.format(pct=pct))
    assert checks[float(pct.replace(",", "."))] == ("share_percent", verdict, 6123.0, 7800.0)
    # last year's realisation and its rise in points are no ratio of the counts
    assert 72.4 not in checks and 6.1 not in checks


# 345 / 400 = 86,25 (FAILED BEFORE: no claim, the 400 read as a realisation)
def test_dibagi_before_a_number_named_by_words():
    text = ("Persentase lansia terlantar yang tertangani sebesar 86,25%, yaitu 345 orang lansia yang tertangani "
            "dibagi 400 orang lansia terlantar yang terdata.")
    assert checks_by_stated(text)[86.25] == ("share_percent", "consistent", 345.0, 400.0)


KUBE = ("Target tahun 2018 sebanyak 400 KK sedangkan target akhir Renstra tahun 2019 sebanyak 500 KK. Realisasi tahun "
        "2018 sebanyak 380 KK sehingga capaian kinerja 95%. Pada tahun 2017 realisasi pemberdayaan melalui KUBE "
        "sebanyak 320 KK, sehingga terjadi peningkatan sebesar {pct}% dibandingkan tahun sebelumnya.")


# (380 - 320) / 320 = 18,75 (FAILED BEFORE: no claim)
def test_a_change_against_the_year_before_given_in_its_own_sentence():
    checks = checks_by_stated(KUBE.format(pct="18,75"))
    assert checks[18.75] == ("share_percent", "consistent", 60.0, 320.0)
    assert checks[95.0] == ("target_percent", "consistent", 380.0, 400.0)


def test_a_change_against_the_year_before_that_does_not_fit_is_not_judged():
    # 15,79 is the rise over the new value (60 / 380): the words tie the years, not the figures,
    # so a pair that does not give the percentage is no claim (and no alarm)
    checks = checks_by_stated(KUBE.format(pct="15,79"))
    assert 15.79 not in checks


def test_the_year_before_must_be_the_one_before_the_new_figure():
    # the earlier figure is of 2016, two years before 2018: no pair
    checks = checks_by_stated(KUBE.format(pct="18,75").replace("Pada tahun 2017", "Pada tahun 2016"))
    assert 18.75 not in checks


NEGATIVE = ("Target persentase PMKS yang belum tertangani pada tahun 2022 adalah 15% dengan realisasi 12%. Karena "
            "indikator ini bersifat semakin kecil semakin baik, capaiannya sebesar {pct}.")


def test_an_achievement_as_target_over_realisation_has_that_ratio_s_operands():
    check = checks_by_stated(NEGATIVE.format(pct="125,00%"))[125.0]
    assert check == ("target_percent", "consistent", 15.0, 12.0)


def test_a_slipped_achievement_of_such_an_indicator_is_judged_by_the_usual_formula():
    # 130 fits neither formula: judged by (2 x target - realisation) / target = 120, whose
    # operands are realisation and target
    assert checks_by_stated(NEGATIVE.format(pct="130,00%"))[130.0] == ("target_percent", "mismatch", 12.0, 15.0)


def test_every_check_s_expected_is_its_operands_ratio_unless_mirrored():
    from kesos_extract import extract_text

    for c in extract_text(NEGATIVE.format(pct="125,00%") + "\n\n" + DIBAGI.format(pct="78,5")).checks:
        assert c.expected == pytest.approx(100 * c.operands["numerator"] / c.operands["denominator"], abs=1e-3)
