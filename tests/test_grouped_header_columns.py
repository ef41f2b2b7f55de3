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
