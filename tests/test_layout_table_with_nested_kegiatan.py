"""A Word layout table whose left cell holds a program's name and its "Pagu: Rp" / "Realisasi: Rp"
lines, and whose right cell holds a nested table of its kegiatan ("Nama Kegiatan / Anggaran" | "%"),
each kegiatan's cell giving its name and then its own "Pagu: Rp ..." and "Realisasi: Rp ..."
paragraphs. The kegiatan are the nested table's rows (programs._kegiatan_table_under), their
names end before their figures, their figures are read inside the cell
(programs._activity_budget), the percentage cell is judged against them
(audit.program_sums.check_row_percents) and the program's pagu against their sum, a short sum
being a slip since a table lists all of a program's kegiatan (audit.program_sums._judge)."""

from __future__ import annotations

import pytest

from kesos_extract import extract

docx = pytest.importorskip("docx")

PROGRAMS = [
    ("Program Pelayanan Administrasi Perkantoran", "334.850.000", "315.574.220", "94,24%", [
        ("Penyediaan jasa surat menyurat", "12.600.000", "12.480.000", "99,05"),
        ("Penyediaan alat tulis kantor", "45.500.000", "45.212.500", "99,37")]),
    # (planted: the pagu of the program is 201.500.000, its kegiatan's sum 191.500.000; and the second
    # kegiatan's percentage is 97,35 where 152.440.000 / 155.000.000 is 98,35)
    ("Program Pembinaan Para Penyandang Cacat dan Trauma", "201.500.000", "188.260.000", "93,43%", [
        ("Pendidikan dan pelatihan bagi penyandang cacat dan eks trauma", "36.500.000", "35.850.000", "98,22"),
        ("Pemberian alat bantu bagi penyandang disabilitas", "155.000.000", "152.440.000", "97,35")]),
]


def _report(tmp_path):
    d = docx.Document()
    d.add_paragraph("Matriks Program dan Kegiatan Dinas Sosial Tahun 2019")
    layout = d.add_table(rows=1 + len(PROGRAMS), cols=2)
    layout.rows[0].cells[0].text, layout.rows[0].cells[1].text = "PROGRAM", "KEGIATAN"
    for i, (name, pagu, real, pct, kegiatan) in enumerate(PROGRAMS, 1):
        left, right = layout.rows[i].cells
        left.text = name
        left.add_paragraph(f"Pagu: Rp {pagu}")
        left.add_paragraph(f"Realisasi: Rp {real}")
        left.add_paragraph(f"Capaian keuangan: {pct}")
        nested = right.add_table(rows=1 + len(kegiatan), cols=2)
        nested.rows[0].cells[0].text, nested.rows[0].cells[1].text = "Nama Kegiatan / Anggaran", "%"
        for k, (kname, kpagu, kreal, kpct) in enumerate(kegiatan, 1):
            cell = nested.rows[k].cells[0]
            cell.text = kname
            cell.add_paragraph(f"Pagu: Rp {kpagu}")
            cell.add_paragraph(f"Realisasi: Rp {kreal}")
            nested.rows[k].cells[1].text = kpct
    path = tmp_path / "laporan.docx"
    d.save(str(path))
    return extract(path)


def test_the_nested_table_s_rows_are_the_program_s_kegiatan(tmp_path) -> None:
    report = _report(tmp_path)
    assert [(p.name, [a.name for a in p.activities]) for p in report.programs] == [
        (name, [k[0] for k in kegiatan]) for name, *_, kegiatan in PROGRAMS]


def test_each_kegiatan_has_the_figures_of_its_cell(tmp_path) -> None:
    report = _report(tmp_path)
    got = [(a.budget.pagu, a.budget.realisasi, a.budget.percent) for p in report.programs for a in p.activities]
    assert got == [(12_600_000, 12_480_000, 99.05), (45_500_000, 45_212_500, 99.37),
                   (36_500_000, 35_850_000, 98.22), (155_000_000, 152_440_000, 97.35)]


def test_row_percentages_and_the_program_s_sum_are_judged(tmp_path) -> None:
    report = _report(tmp_path)
    verdicts = {(c.check, c.stated): c.verdict for c in report.checks}
    assert verdicts[("budget_percent", 99.05)] == "consistent"
    assert verdicts[("budget_percent", 98.22)] == "consistent"
    assert verdicts[("budget_percent", 97.35)] == "mismatch"
    # a program's pagu above its sum of kegiatan: a table lists all of them, so it is a slip (and
    # so is the first program's, whose table here lists only two of its five kegiatan)
    assert verdicts[("program_sum", 201_500_000)] == "mismatch"
    assert verdicts[("program_sum", 334_850_000)] == "mismatch"
