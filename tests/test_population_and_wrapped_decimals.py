"""Two table shapes of exported reports: the people not yet served against a "Populasi" column
(the whole, like "Jumlah"), and a percentage a narrow PDF cell wrapped before its last decimal
("100,8 1", "104,9 3"; thousands were joined already: "7.462.077.7 00")."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.tables import type_cell

POPULATION = """| No | Jenis PPKS | Populasi (Jiwa) | Ditangani Jiwa | Ditangani % | Belum Ditangani Jiwa | Belum Ditangani % |
|---|---|---|---|---|---|---|
| 1 | Anak Terlantar | 412 | 186 | 45,15 | {rest} | 54,85 |
| 2 | Lanjut Usia Terlantar | 2.874 | 655 | 22,79 | 2.219 | 77,21 |
"""


@pytest.mark.parametrize("rest, verdict", [("226", "consistent"), ("262", "mismatch")])
def test_the_people_not_served_against_the_population(rest, verdict):
    got = [(c.verdict, c.stated, c.expected) for c in extract_text(POPULATION.format(rest=rest)).checks
           if c.check == "row_difference"]
    assert got[0] == (verdict, float(rest), 226.0) and got[1] == ("consistent", 2219.0, 2219.0)


@pytest.mark.parametrize("cell, value", [("100,8 1", 100.81), ("104,9 3", 104.93), ("100,0 0", 100.0),
                                         ("7.462.077.7 00", 7462077700.0)])
def test_a_figure_wrapped_before_its_last_digits_is_one_figure(cell, value):
    assert float(type_cell(cell).value) == value


@pytest.mark.parametrize("cell", ["1,5 2 orang", "12 3"])
def test_two_figures_in_a_cell_are_not_joined(cell):
    # controls: a decimal with words after it, a number without a decimal comma
    assert type_cell(cell).value is None or float(type_cell(cell).value) not in (1.52, 123.0)


BOLD_TOTAL = """| Jenis bantuan | 2023 | 2024 | Perubahan |
|---|---:|---:|---:|
| Bantuan sosial lanjut usia terlantar | 1.920 | 2.160 | 12,5% |
| Santunan kematian warga miskin | 3.000 | 2.700 | -10,0% |
| **Jumlah** | **4.920** | **4.860** | **{change}** |
"""


@pytest.mark.parametrize("change, verdict", [("-1,2%", "consistent"), ("-2,1%", "mismatch")])
def test_a_signed_figure_in_bold_is_read(change, verdict):
    # markdown emphasis before a sign ("**-1,2%**") was left on the figure, which then read as none:
    # (4.860 - 4.920) / 4.920 = -1,22%
    got = [(c.verdict, c.stated) for c in extract_text(BOLD_TOTAL.format(change=change)).checks
           if c.check == "row_percent" and c.quote.startswith("Jumlah")]
    assert got == [(verdict, float(change.rstrip("%").replace(",", ".")))]
