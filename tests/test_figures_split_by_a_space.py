"""Figures split by a space, as OCR text layers and old PDF converters leave them ("Rp. 5.263.400.
000", "1.550. 800.000", "28, 57%", "Rp 2 .500.000"): read whole in prose (numbers.repair_figures)
and in table cells (numbers.join_split_figures), where the pieces can only be one figure; two
figures side by side stay two."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.numbers import join_split_figures, repair_figures


@pytest.mark.parametrize("text, joined", [
    ("Rp. 5.263.400. 000 (53,69 %)", "Rp. 5.263.400.000  (53,69 %)"),
    ("Rp.1.270. 110.500 |", "Rp.1.270.110.500  |"),
    ("sebanyak 1.250. 300.000 jiwa", "sebanyak 1.250.300.000  jiwa"),
    ("porsi 28, 57% dari", "porsi 28,57 % dari"),
    ("Rp 2 .500.000,00 untuk", "Rp 2.500.000,00  untuk"),
    ("89, 34", "89,34 "),  # a cell of a percentage column
])
def test_split_figures_are_joined(text: str, joined: str) -> None:
    assert join_split_figures(text) == joined
    assert len(joined) == len(text)


@pytest.mark.parametrize("text", [
    "Rp 2.000.000. 150 orang menerima",  # an amount ends a sentence, a count starts the next
    "tahap 2. 150.000 KPM",  # a list number, then a count
    "tahun 2021, 45 persen",  # a year, then a percentage
    "kelas 1, 2 dan 3",
    "masing-masing 10, 15, 20%",  # a list of percentages
    "Rp 1.250.000, 25 paket",
])
def test_figures_side_by_side_stay_apart(text: str) -> None:
    assert join_split_figures(text) == text
    assert repair_figures(text)[0] == text


def test_a_share_of_an_amount_split_by_ocr() -> None:
    report = extract_text(
        "Pagu anggaran Dinas Sosial tahun 2023 sebesar Rp. 9.804.117. 000,00. Alokasi terbesar pada "
        "Program Perlindungan dan Jaminan Sosial sebesar Rp. 5.263.400. 000 (53,69 %).")
    (check,) = [c for c in report.checks if c.stated == 53.69]
    assert check.verdict == "consistent"
    assert check.operands == {"numerator": 5263400000.0, "denominator": 9804117000.0}
    amounts = sorted(m.value for m in report.mentions if m.kind == "amount")
    assert amounts == [5263400000.0, 9804117000.0]


def test_a_table_total_and_a_percent_cell_split_by_ocr() -> None:
    report = extract_text(
        "Tabel 3.1 Anggaran dan Realisasi\n\n"
        "No  | Program                                   | Anggaran (Rp)   | Realisasi (Rp)  | %\n"
        "1   | Program Rehabilitasi Sosial               | 800.000.000     | 760.000.000     | 95, 00\n"
        "2   | Program Perlindungan dan Jaminan Sosial   | 750.800.000     | 706.503.752     | 94,10\n"
        "    | JUMLAH                                    | 1.550. 800.000  | 1.466.503.752   | 94,56\n")
    assert not [c for c in report.checks if c.verdict == "unparseable"]
    totals = sorted((c.stated, c.verdict) for c in report.checks if c.check == "column_total")
    assert totals == [(1466503752.0, "consistent"), (1550800000.0, "consistent")]
    assert sorted(c.stated for c in report.checks if c.check == "row_percent") == [94.1, 94.56, 95.0]
