"""Budget tables as spreadsheets and unruled PDF tables lay them out:

- a program's row without figures, its kegiatan under it, then "Jumlah Program" with their sum:
  each such row is the total of its kegiatan (one kegiatan too), never the grand total, and the
  program's budget is read from it; "JUMLAH TOTAL" is the sum of those rows;
- a program's code row right under the header ("1.06.01 | Program Penunjang ... | | |") is a row of
  the body, not a second header row;
- a Renja's forward estimate ("Prakiraan Maju Tahun 2025 Kebutuhan Dana") is no year of the
  report's: the program's pagu is the report year's "Pagu Indikatif";
- an unruled header whose label's first line stands over one column only ("Belum" over
  "Tertangani") heads that column alone; a numbered table's "Jumlah" line is a row of its own.
"""

from __future__ import annotations

from kesos_extract import extract_text
from kesos_extract.readers.aligned import aligned_table_at
from test_aligned_tables import _line  # (a line of words placed 5 points a letter)

SUM_ROWS = """Tabel 3.6.2 Realisasi Anggaran Program dan Kegiatan Tahun 2021

| Kode Rekening | Program / Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---:|---:|---:|
| 1.06.02 | Program Pemberdayaan Sosial | | | |
| 1.06.02.2.01 | Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) | 300.000.000 | 290.000.000 | 96,67 |
| 1.06.02.2.03 | Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota | 100.000.000 | 95.000.000 | 95,00 |
| | Jumlah Program | 400.000.000 | 385.000.000 | 96,25 |
| 1.06.04 | Program Rehabilitasi Sosial | | | |
| 1.06.04.2.01 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 200.000.000 | 190.000.000 | 95,00 |
| | Jumlah Program | 200.000.000 | 190.000.000 | 95,00 |
| | JUMLAH TOTAL | 600.000.000 | {total} | 95,83 |
"""


def totals(text: str):
    return sorted((c.verdict, c.stated, c.expected) for c in extract_text(text).checks if c.check == "column_total")


def test_jumlah_program_rows_sum_their_kegiatan_and_the_total_sums_them():
    assert totals(SUM_ROWS.format(total="575.000.000")) == [
        ("consistent", 190e6, 190e6), ("consistent", 200e6, 200e6), ("consistent", 385e6, 385e6),
        ("consistent", 400e6, 400e6), ("consistent", 575e6, 575e6), ("consistent", 600e6, 600e6)]


def test_a_grand_total_that_is_not_the_sum_of_the_program_rows():
    assert ("mismatch", 585e6, 575e6) in totals(SUM_ROWS.format(total="585.000.000"))


def test_the_program_code_row_is_the_body_and_its_budget_is_its_sum_row():
    doc = extract_text(SUM_ROWS.format(total="575.000.000"))
    assert doc.tables[0].header == ["Kode Rekening", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"]
    budgets = {p.name: (p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in doc.programs}
    assert budgets["Program Pemberdayaan Sosial"] == (400e6, 385e6, 96.25)
    assert budgets["Program Rehabilitasi Sosial"] == (200e6, 190e6, 95.0)


FORWARD = """Tabel 2.3 Rencana Program dan Kegiatan Tahun 2024

| Kode | Program / Kegiatan | Rencana Tahun 2024 Target | Rencana Tahun 2024 Pagu Indikatif (Rp) | Prakiraan Maju Tahun 2025 Target | Prakiraan Maju Tahun 2025 Kebutuhan Dana (Rp) |
|---|---|---|---:|---|---:|
| 1.06.02 | Program Pemberdayaan Sosial | 72 % | 214.300.000 | 74 % | 225.000.000 |
| 1.06.02.2.03 | Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota | 180 orang | 214.300.000 | 190 orang | 225.000.000 |
| 1.06.04 | Program Rehabilitasi Sosial | 85 % | 899.000.000 | 87 % | 945.000.000 |
| 1.06.04.2.01 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 650 orang | 899.000.000 | 680 orang | 945.000.000 |
"""


def test_the_pagu_is_the_report_years_not_the_forward_estimates():
    budgets = {p.name: p.budget.pagu for p in extract_text(FORWARD).programs}
    assert budgets == {"Program Pemberdayaan Sosial": 214.3e6, "Program Rehabilitasi Sosial": 899e6}


def test_a_label_over_one_column_heads_that_column_only():
    lines = [
        _line(0, (330, "Belum"), (410, "%")),
        _line(10, (10, "No"), (40, "Jenis PMKS"), (190, "Jumlah"), (250, "Tertangani"), (320, "Tertangani"),
              (390, "Tertangani")),
        _line(20, (10, "1."), (40, "Anak Terlantar"), (190, "412"), (250, "268"), (320, "144"), (390, "65,05")),
        _line(30, (10, "2."), (40, "Anak Jalanan"), (190, "37"), (250, "37"), (320, "0"), (390, "100,00")),
        _line(40, (40, "Jumlah"), (190, "449"), (250, "305"), (320, "144"), (390, "67,93")),
    ]
    table = aligned_table_at(lines, 1)
    assert table is not None
    assert table.rows[0] == ["No", "Jenis PMKS", "Jumlah", "Tertangani", "Belum Tertangani", "% Tertangani"]
    assert table.rows[1:] == [["1.", "Anak Terlantar", "412", "268", "144", "65,05"],
                              ["2.", "Anak Jalanan", "37", "37", "0", "100,00"],
                              ["", "Jumlah", "449", "305", "144", "67,93"]]


def test_a_label_wider_than_the_columns_under_it_still_spans_them():
    lines = [
        _line(0, (215, "REALISASI ANGGARAN")),
        _line(10, (10, "No"), (40, "Program"), (200, "2021"), (260, "2022"), (320, "2023")),
        _line(20, (10, "1."), (40, "Program A"), (200, "100"), (260, "110"), (320, "120")),
        _line(30, (10, "2."), (40, "Program B"), (200, "200"), (260, "210"), (320, "220")),
    ]
    table = aligned_table_at(lines, 1)
    assert table is not None
    assert table.rows[0][2:] == ["REALISASI ANGGARAN 2021", "REALISASI ANGGARAN 2022", "REALISASI ANGGARAN 2023"]
