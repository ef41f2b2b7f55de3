"""Indicator rows written on one line under a "Target Realisasi Capaian" header, as LKPJ and
LKjIP tables come out of a web page: the indicator's name, its target and realisation (counts,
bare or with their unit word) and the achievement."""

import pytest

import kesos_extract as kx

HEADER = ("Tabel 4.12\nCapaian Indikator Kinerja Sasaran Dinas Sosial Kabupaten Siak Tahun 2018 "
          "Indikator kinerja sasaran Target Realisasi Capaian (%)\n")
ROWS = {
    "bare figures": ["Jumlah panti sosial yang dibina 14 15 100%",
                     "PMKS yang memperoleh bantuan sosial 11.720 10.407 88,80%",
                     "Penanganan anak jalanan\ndan anak terlantar 60 56 90,33%"],
    "figures with units": ["Jumlah panti sosial yang dibina 14 unit 15 unit 100%",
                           "PMKS yang memperoleh bantuan sosial 11.720 jiwa 10.407 jiwa 88,80%",
                           "Penanganan anak jalanan dan anak terlantar 60 anak 56 anak 90,33%"],
}


@pytest.mark.parametrize("layout", list(ROWS))
def test_indicator_rows_with_count_figures(tmp_path, layout):
    """15 / 14 is 107% reported as 100% (capped), 10.407 / 11.720 = 88,80%, and 56 / 60 is
    93,33%, stated 90,33 (a slip): no check at all was made of such rows."""
    path = tmp_path / "lkpj.txt"
    path.write_text(HEADER + "\n".join(ROWS[layout]) + "\nSumber : Dinas Sosial Kabupaten Siak\n")
    checks = [c for c in kx.extract(path).checks if c.stated is not None]
    got = [(c.stated, c.verdict, c.operands.get("numerator"), c.operands.get("denominator")) for c in checks]
    assert got == [(100.0, "capped", 15.0, 14.0), (88.8, "consistent", 10407.0, 11720.0),
                   (90.33, "mismatch", 56.0, 60.0)]


@pytest.mark.parametrize("text", [
    # no header naming target, realisation and achievement above
    "Jumlah panti sosial yang dibina 14 15 100%\nPenanganan anak terlantar 60 56 90,33%\n",
    # more figures on the line: years of a series, not target and realisation
    HEADER + "Penanganan anak terlantar 60 56 90,33% 2019 2020\n",
    # units that differ: not one indicator's target and realisation
    HEADER + "Penanganan anak terlantar 60 anak 56 lembaga 90,33%\n",
])
def test_figures_before_a_percentage_that_are_no_indicator_row(tmp_path, text):
    path = tmp_path / "lkpj.txt"
    path.write_text(text)
    assert not [c for c in kx.extract(path).checks if c.verdict == "mismatch"]
