"""Word budget tables as reports type them: a program's cell holding its name and the bulleted list of
its kegiatan under it (the bullets kept in the cell's text: readers/docx._cell_text; the name ends
before the first, structure._NAME_END; each bullet a kegiatan, programs._bullets_in_its_cell), and
"Rp." in a cell of its own under a label Word's merged header cell spreads over two columns ("Anggaran"
over "Rp." | "704.325.000": programs._table_row_budget takes the figure beside it)."""

from __future__ import annotations

import pytest

from kesos_extract import extract

docx = pytest.importorskip("docx")

ROWS = [
    ("1", "Program Pelayanan Administrasi Perkantoran",
     ["Penyediaan jasa kebersihan kantor", "Penyediaan alat tulis kantor"], "2.310.400.000", "2.205.812.300", "95,47 %"),
    ("2", "Program Pemberdayaan Kelembagaan Kesejahteraan Sosial",
     ["Peningkatan kualitas SDM kesejahteraan sosial masyarakat"], "844.700.000", "817.540.000", "96,78 %"),
]


def _report(tmp_path, bulleted: bool = True):
    d = docx.Document()
    d.add_paragraph("Tabel 3.9 Realisasi Anggaran Program Tahun 2019")
    table = d.add_table(rows=1 + len(ROWS), cols=7)
    header = table.rows[0].cells
    header[0].text, header[1].text, header[6].text = "No", "Program dan Kegiatan", "Capaian"
    header[2].merge(header[3]).text = "Anggaran"
    header[4].merge(header[5]).text = "Realisasi"
    for i, (no, program, kegiatan, pagu, real, pct) in enumerate(ROWS, 1):
        cells = table.rows[i].cells
        cells[0].text = no
        cells[1].text = program
        for name in kegiatan:
            cells[1].add_paragraph(name, style="List Bullet" if bulleted else None)
        cells[2].text, cells[3].text, cells[4].text, cells[5].text, cells[6].text = "Rp.", pagu, "Rp.", real, pct
    path = tmp_path / "lkjip.docx"
    d.save(str(path))
    return extract(path)


def test_a_program_s_cell_of_bulleted_kegiatan(tmp_path) -> None:
    report = _report(tmp_path)
    assert [(p.name, [a.name for a in p.activities]) for p in report.programs] == [
        (program, kegiatan) for _, program, kegiatan, *_ in ROWS]


def test_figures_beside_a_rupiah_cell_under_a_merged_label(tmp_path) -> None:
    report = _report(tmp_path)
    assert [(p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        (2_310_400_000, 2_205_812_300, 95.47), (844_700_000, 817_540_000, 96.78)]


def test_paragraphs_without_bullets_stay_one_name(tmp_path) -> None:
    # (no list style: the cell's paragraphs are read as one text, as before; no kegiatan made up)
    report = _report(tmp_path, bulleted=False)
    assert all("•" not in p.name for p in report.programs)
    assert all(not p.activities for p in report.programs)
