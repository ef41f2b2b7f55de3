"""Word tables whose header has a group label over its columns (a merged cell over a second
header row), as LKjIP and Renja evaluations are typed (stop 37's probe of Word reports):

- "Jumlah (jiwa)" over "L | P | Jumlah": the column whose own label names the total is the total
  (the percentage of those served is of it, not of L), and Jumlah = L + P is judged;
- "Target dan Realisasi Kinerja Tahun 2021" over "Target Renja | Realisasi Renja | Tingkat
  Realisasi (%)": each column is what its own label says, so the achievement is judged.

Each case failed before the change that reads it (false alarms on every row, or nothing judged)."""

from __future__ import annotations

import pytest

from kesos_extract import extract


def _docx(path, header_top, header_sub, rows):
    """A Word table with a two-row header: ``header_top`` cells spanning (label, span) columns,
    ``header_sub`` the labels under the spans wider than one (a one-column cell spans both rows)."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Tabel 2.1 Data")
    width = sum(span for _, span in header_top)
    table = doc.add_table(rows=2 + len(rows), cols=width)
    col = 0
    sub = iter(header_sub)
    for label, span in header_top:
        top = table.cell(0, col)
        if span == 1:
            top.merge(table.cell(1, col)).text = label
        else:
            top.merge(table.cell(0, col + span - 1)).text = label
            for k in range(span):
                table.cell(1, col + k).text = next(sub)
        col += span
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(2 + i, j).text = text
    doc.save(str(path))
    return path


def _checks(report, name):
    return [(c.verdict, c.stated, c.expected) for c in report.checks if c.check == name]


def test_the_total_under_a_group_label_that_names_a_total(tmp_path):
    path = _docx(tmp_path / "pmks.docx",
                 [("No", 1), ("Jenis PMKS", 1), ("Jumlah (jiwa)", 3), ("Tertangani", 2)],
                 ["L", "P", "Jumlah", "Jiwa", "%"],
                 [["1", "Anak Terlantar", "146", "131", "277", "88", "31,77"],
                  ["2", "Penyandang Disabilitas", "612", "487", "1.099", "341", "31,03"],
                  ["3", "Lanjut Usia Terlantar", "418", "695", "1.113", "260", "23,36"]])
    report = extract(path)
    # 88 / 277 = 31,77: of the row's total, not of L (88 / 146 = 60,27, a false alarm before)
    assert _checks(report, "row_percent") == [("consistent", 31.77, pytest.approx(31.769, abs=1e-3)),
                                              ("consistent", 31.03, pytest.approx(31.028, abs=1e-3)),
                                              ("consistent", 23.36, pytest.approx(23.360, abs=1e-3))]
    assert sorted(_checks(report, "row_total")) == [("consistent", 277.0, 277.0), ("consistent", 1099.0, 1099.0),
                                                    ("consistent", 1113.0, 1113.0)]


def test_columns_under_a_group_label_that_names_target_and_realisation(tmp_path):
    path = _docx(tmp_path / "renja.docx",
                 [("Kode", 1), ("Program/Kegiatan", 1), ("Satuan", 1),
                  ("Target dan Realisasi Kinerja Tahun 2021", 3)],
                 ["Target Renja", "Realisasi Renja", "Tingkat Realisasi (%)"],
                 [["1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "nilai", "65", "66,12", "101,72"],
                  ["1.06.02", "Program Pemberdayaan Sosial", "%", "65", "68,4", "105,23"],
                  ["1.06.04", "Program Rehabilitasi Sosial", "%", "38", "36,5", "91,05"]])
    report = extract(path)
    # 66,12 / 65 = 101,72; 68,4 / 65 = 105,23; 36,5 / 38 = 96,05, stated 91,05
    assert [(v, s) for v, s, _ in _checks(report, "row_percent")] == [("consistent", 101.72), ("consistent", 105.23),
                                                                      ("mismatch", 91.05)]


def test_the_members_of_groups_over_k_and_rp(tmp_path):
    # a Renja evaluation: "Target | Realisasi | Tingkat Capaian (%)" each over "K | Rp"
    path = _docx(tmp_path / "evaluasi.docx",
                 [("Kode", 1), ("Program / Kegiatan", 1), ("Target Renja Tahun 2022", 2), ("Realisasi Tahun 2022", 2),
                  ("Tingkat Capaian (%)", 2)],
                 ["K", "Rp", "K", "Rp", "K", "Rp"],
                 [["1.06.04", "Program Rehabilitasi Sosial", "65", "562.200.000", "61", "580.520.000", "93,85", "103,26"],
                  ["1.06.04.2.02.01", "Penyediaan Permakanan", "180", "394.200.000", "180", "390.150.000", "100,00", "98,97"],
                  ["1.06.06", "Program Penanganan Bencana", "100", "138.500.000", "100", "137.780.000", "100,00", "99,84"]])
    report = extract(path)
    # each capaian of its own member: 61 / 65 = 93,85; 580.520.000 / 562.200.000 = 103,26; ...
    # 137.780.000 / 138.500.000 = 99,48, stated 99,84
    assert [(v, s) for v, s, _ in _checks(report, "row_percent")] == [
        ("consistent", 93.85), ("consistent", 103.26), ("consistent", 100.0), ("consistent", 98.97),
        ("consistent", 100.0), ("mismatch", 99.84)]
    # the budget is the money member under the target, its realisation the one under the realisation
    budgets = {p.name: (p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs}
    assert budgets["Program Rehabilitasi Sosial"] == (562200000.0, 580520000.0, 103.26)


IN_MILLIONS = """Tabel 4.5 Realisasi Belanja per Program dan Kegiatan TA 2023

(juta rupiah)

| Kode | Uraian | Anggaran | Realisasi | Sisa | % |
|---|---|---|---|---|---|
| 1.06.02 | Program Pemberdayaan Sosial | 1.711,28 | 1.543,76 | 167,52 | 90,21 |
| 1.06.02.2.01 | Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) | 1.108,92 | 1.008,55 | 100,37 | 90,95 |
| 1.06.02.2.03 | Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Provinsi | 602,36 | 535,21 | 67,15 | 88,85 |
| 1.06.04 | Program Rehabilitasi Sosial | 500,00 | 480,00 | 20,00 | 96,00 |
| 1.06.04.2.01 | Rehabilitasi Sosial Dasar Lanjut Usia Terlantar | 500,00 | 480,00 | 20,00 | 96,00 |
| | **Jumlah** | **2.211,28** | **2.023,76** | **187,52** | **91,52** |
"""


def test_money_checks_of_a_scaled_table_are_in_rupiah():
    # the output contract: every money value in rupiah after the table's stated scale
    from kesos_extract import extract_text

    checks = extract_text(IN_MILLIONS).checks
    differences = [(c.stated, c.expected) for c in checks if c.check == "row_difference"]
    assert differences[:3] == [(167520000.0, 167520000.0), (100370000.0, 100370000.0), (67150000.0, 67150000.0)]
    sums = [(c.stated, c.expected, c.operands["parts"]) for c in checks if c.check == "program_sum"]
    assert (1711280000.0, 1711280000.0, 2.0) in sums
    # ratios are unchanged by the scale; their operands are money in rupiah too
    ratios = [(c.stated, c.operands["numerator"], c.operands["denominator"]) for c in checks if c.check == "row_percent"]
    assert ratios[:2] == [(90.21, 1543760000.0, 1711280000.0), (90.95, 1008550000.0, 1108920000.0)]


def test_a_percentage_under_the_remainders_group_that_names_the_realisation(tmp_path):
    # "Sisa Anggaran" over "Rp | % Realisasi": the percentage is realisation / budget (was
    # judged as the rest's share: a false alarm on every row)
    path = _docx(tmp_path / "sisa.docx",
                 [("No", 1), ("Program", 1), ("Anggaran (Rp)", 1), ("Realisasi (Rp)", 1), ("Sisa Anggaran", 2)],
                 ["Rp", "% Realisasi"],
                 [["1", "Program Pemberdayaan Sosial", "1.186.250.000", "1.143.980.600", "42.269.400", "96,44"],
                  ["2", "Program Rehabilitasi Sosial", "2.047.800.000", "1.991.265.400", "56.534.600", "97,24"]])
    assert [(v, s) for v, s, _ in _checks(extract(path), "row_percent")] == [("consistent", 96.44), ("consistent", 97.24)]


@pytest.mark.parametrize("cell, whole", [
    ("Tingkat Capaian\n% Realisa\nsi", "Tingkat Capaian\n% Realisasi"),
    ("Lansia\nTerlanta\nr (jiwa)", "Lansia\nTerlantar (jiwa)"),
    ("N\no", "No"),
    ("Program Penunjang\nUrusan Kabupaten/Kot\na", "Program Penunjang\nUrusan Kabupaten/Kota"),
    # words of their own on a line stay so
    ("Bantuan\ndi\nPanti", "Bantuan\ndi\nPanti"),
    ("Jumlah\nKK", "Jumlah\nKK"),
])
def test_a_word_a_narrow_ruled_cell_broke_is_whole_again(cell, whole):
    from kesos_extract.readers.pdfium import unbroken_cell

    assert unbroken_cell(cell) == whole


def test_a_renstras_end_of_period_funding_is_the_sum_of_its_years(tmp_path):
    path = _docx(tmp_path / "renstra.docx",
                 [("Kode", 1), ("Program / Kegiatan", 1), ("Tahun 2022", 2), ("Tahun 2023", 2), ("Tahun 2024", 2),
                  ("Kondisi Kinerja pada Akhir Periode Renstra", 2)],
                 ["Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
                 [["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                   "7 dokumen", "38.000.000", "7 dokumen", "40.000.000", "7 dokumen", "42.000.000", "7 dokumen", "120.000.000"],
                  ["1.06.01.2.06", "Administrasi Umum Perangkat Daerah",
                   "10 paket", "170.000.000", "10 paket", "182.500.000", "10 paket", "195.000.000", "10 paket", "557.500.000"]])
    # 38 + 40 + 42 = 120 million; 170 + 182,5 + 195 = 547,5 million, written 557,5
    assert _checks(extract(path), "row_total") == [("consistent", 120e6, 120e6), ("mismatch", 557.5e6, 547.5e6)]


@pytest.mark.parametrize("cell, value", [("2.40 0", 2400), ("2.95 3", 2953), ("127.607.73 5", 127607735)])
def test_a_number_a_narrow_cell_wrapped_before_its_last_digits(cell, value):
    from kesos_extract.tables import type_cell

    assert type_cell(cell).value == value
