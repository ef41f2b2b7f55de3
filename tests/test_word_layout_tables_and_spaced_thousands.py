"""Word structures of real reports: a table laid out to place content, each program's cell beside
a cell holding the table of its kegiatan (read as Word shows it: the cells' paragraphs and their
tables, not one row of run-together text), and figures grouped with (no-break) spaces by Word's
digit grouping ("1 836 450 000")."""

from __future__ import annotations

import pytest

from kesos_extract import extract

docx = pytest.importorskip("docx")


def _fill(table, rows) -> None:
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text


def test_a_layout_table_s_nested_tables_are_tables(tmp_path) -> None:
    d = docx.Document()
    d.add_paragraph("Matriks Program dan Kegiatan Dinas Sosial Tahun 2019")
    layout = d.add_table(rows=3, cols=2)
    layout.cell(0, 0).text, layout.cell(0, 1).text = "PROGRAM", "KEGIATAN"
    for i, (program, kegiatan) in enumerate([
        ("Program Pelayanan Administrasi Perkantoran", [("Penyediaan jasa surat menyurat", "12.600.000", "12.480.000", "99,05"),
                                                        ("Penyediaan alat tulis kantor", "45.500.000", "45.212.500", "99,37")]),
        ("Program Pembinaan Anak Terlantar", [("Pelatihan keterampilan bagi anak terlantar", "88.600.000", "86.420.000", "97,54")]),
    ], 1):
        layout.cell(i, 0).text = program
        inner = layout.cell(i, 1).add_table(rows=1 + len(kegiatan), cols=4)
        _fill(inner, [("Nama Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"), *kegiatan])
    path = tmp_path / "matriks.docx"
    d.save(str(path))
    report = extract(path)
    assert [t.header for t in report.tables] == [["Nama Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]] * 2
    assert sorted(c.stated for c in report.checks if c.check == "row_percent" and c.verdict == "consistent") == \
        [97.54, 99.05, 99.37]


def test_figures_grouped_with_no_break_spaces(tmp_path) -> None:
    d = docx.Document()
    d.add_paragraph("Tabel 2.34 Realisasi Anggaran Program Urusan Sosial Tahun 2017")
    table = d.add_table(rows=3, cols=5)
    nbsp = "\u00a0"
    _fill(table, [
        ("No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"),
        ("1", "Program Pemberdayaan Sosial", nbsp.join(["1", "836", "450", "000"]), nbsp.join(["1", "752", "118", "300"]), "95,41"),
        ("2", "Program Rehabilitasi Sosial", nbsp.join(["2", "904", "780", "000"]), nbsp.join(["2", "811", "346", "050"]), "96,78"),
    ])
    path = tmp_path / "nbsp.docx"
    d.save(str(path))
    report = extract(path)
    assert [(c.stated, c.verdict) for c in report.checks if c.check == "row_percent"] == [(95.41, "consistent"),
                                                                                      (96.78, "consistent")]
    assert [p.budget.pagu for p in report.programs] == [1836450000.0, 2904780000.0]
