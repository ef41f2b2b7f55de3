"""A count's second percentage of another whole ("587 jiwa dari target 600 jiwa (97,83%), atau
91,71% dari realisasi tahun 2020 sebanyak 640 jiwa"), a remainder's budget named only by "dari"
in its own list item, and indicator rows that are averages themselves ("Rata-rata waktu
penyaluran", inverse: lower is better) under abbreviated headers ("Real. 2023")."""

from __future__ import annotations

from kesos_extract import extract_text


def _checks(text: str) -> list[tuple[str, str, float, dict]]:
    return [(c.check, c.verdict, c.stated, c.operands) for c in extract_text(text).checks]


def test_second_percentage_of_the_same_count() -> None:
    got = _checks("Korban bencana yang mendapat bantuan logistik sebanyak 587 jiwa dari target 600 jiwa "
                  "(97,83%), atau 91,71 % dari realisasi tahun 2020 sebanyak 640 jiwa karena jumlah "
                  "kejadian bencana lebih sedikit.")
    assert ("share_percent", "truncated", 91.71, {"numerator": 587.0, "denominator": 640.0}) in got
    assert ("target_percent", "consistent", 97.83, {"numerator": 587.0, "denominator": 600.0}) in got


def test_no_second_part_where_two_counts_could_be_it() -> None:
    # two counts before the first percentage, neither told as a part of the next: no guess
    got = _checks("Tahun ini 587 jiwa dan 120 KK menerima bantuan (97,83%), atau 91,71 % dari realisasi "
                  "tahun 2020 sebanyak 640 jiwa.")
    assert not [g for g in got if g[2] == 91.71]


def test_remainder_of_the_amount_after_dari_in_its_own_item() -> None:
    got = _checks(
        "- Program Rehabilitasi Sosial: realisasi Rp 1.139.810.500,00 atau 93,84% dari pagu Rp "
        "1.214.675.000,00.\n"
        "- Program Penanganan Bencana: hanya terserap Rp 168.150.000,00 dari Rp 200.000.000,00 (84,08%), "
        "dengan sisa Rp 31.850.000,00 (15,93%) karena cadangan logistik tidak seluruhnya digunakan.\n")
    (rest,) = [g for g in got if g[2] == 15.93]
    assert rest[1] == "consistent" and rest[3] == {"numerator": 31850000.0, "denominator": 200000000.0}


TABLE = """\
Tabel 3.2 Perbandingan Realisasi Kinerja

| No | Indikator Kinerja | Satuan | Real. 2022 | Target 2023 | Real. 2023 | Capaian 2023 (%) |
|----|-------------------|--------|------------|-------------|------------|------------------|
| 1 | Jumlah PMKS yang mendapatkan pelayanan | jiwa | 1.188 | 1.250 | 1.318 | 105,44 |
| 2 | Rata-rata waktu penyaluran bantuan korban bencana | hari | 3 | 3 | 2,5 | 116,67 |
| 3 | Jumlah Tagana yang aktif | orang | 98 | 110 | 104 | {third} |
"""


def test_an_averaged_indicator_row_is_judged_as_an_indicator() -> None:
    got = _checks(TABLE.format(third="94,55"))
    rows = sorted((g[2], g[1]) for g in got if g[0] == "row_percent")
    assert rows == [(94.55, "consistent"), (105.44, "consistent"), (116.67, "consistent")]


def test_a_slip_in_such_a_table_is_still_caught() -> None:
    got = _checks(TABLE.format(third="96,55"))
    assert [(g[2], g[1]) for g in got if g[1] == "mismatch"] == [(96.55, "mismatch")]
