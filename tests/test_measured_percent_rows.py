"""A table row whose realisation is a percentage written with decimals ("60% | 52,3% | 87,16%"): the
realisation is a measurement rounded to its last decimal, the target set by a plan stands for
itself, so the achievement is consistent where a value the realisation rounds from gives it (as a
sentence's is judged in audit/prose.py); before stop 33 the row read "truncated" (52,3 / 60 =
87,1667) where the prose reading says consistent."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

TABLE = ("Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2022\n"
         "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
         "1\tPersentase PPKS yang memperoleh bantuan sosial\t85%\t81,6%\t96%\n"
         "2\tPersentase PSKS yang aktif\t60%\t{real}\t{stated}\n"
         "3\tJumlah KPM yang menerima bantuan\t1.200\t1.046\t87,16%\n")


def _row_checks(real: str, stated: str):
    report = extract_text(TABLE.format(real=real, stated=stated))
    return {(c.stated, c.operands.get("numerator"), c.operands.get("denominator")): c.verdict
            for c in report.checks if c.check == "row_percent"}


@pytest.mark.parametrize("real, stated, verdict", [
    ("52,3%", "87,16%", "consistent"),   # 52,25..52,35 / 60 = 87,08..87,25
    ("52,3%", "87,17%", "consistent"),   # the exact ratio rounded
    ("52,3%", "87,40%", "mismatch"),     # beyond what 52,35 gives
    ("52%", "86,66%", "truncated"),      # a whole percentage: as written (52 / 60 = 86,666...)
])
def test_a_realisation_percentage_is_judged_within_its_decimals(real, stated, verdict):
    num = float(real.rstrip("%").replace(",", "."))
    assert _row_checks(real, stated)[(float(stated.rstrip("%").replace(",", ".")), num, 60.0)] == verdict


def test_a_count_is_exact():
    # 1.046 / 1.200 = 87,1666...: a count stands for itself, so 87,16 is cut, not rounded
    assert _row_checks("52,3%", "87,16%")[(87.16, 1046.0, 1200.0)] == "truncated"
