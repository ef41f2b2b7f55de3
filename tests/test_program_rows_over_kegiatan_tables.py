"""A program's figures where a report gives them next to the table of its kegiatan:

- "Program A" as a heading of its own (no number) over the table of its kegiatan, whose total row
  ("Jumlah Program") is the program's (programs._total_row_budget_under), as it already was under a
  numbered heading;
- a Word table laid out to place content: the program's row ("1" | "Program A" | pagu | realisasi |
  %) over a cell holding the nested table of its kegiatan. The row is one line of cells
  (readers/docx._layout_row), not a paragraph a cell that parts the name from its figures;
  The later programs' rows, each a table of one row after the kegiatan table before it, are read
  under the first program row's header, their numbers going on from it (tables._resumed);
- a Word paragraph of tab-separated cells whose first cell was wrapped with Shift+Enter ("Program
  Pelayanan dan Rehabilitasi<br>Kesejahteraan Sosial<tab>2.915.480.000<tab>..."): one row
  (readers/docx._with_wrapped_label_joined), not the name's start as a paragraph of its own."""

from __future__ import annotations

import pytest

from kesos_extract import extract, extract_text

docx = pytest.importorskip("docx")

KEGIATAN_TABLES = """Realisasi Program dan Kegiatan Tahun 2022

Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota

Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
Administrasi Keuangan Perangkat Daerah\t7.842.615.000\t7.516.227.400\t95,84
Administrasi Umum Perangkat Daerah\t486.300.000\t471.915.250\t97,04
Jumlah Program\t8.328.915.000\t7.988.142.650\t95,91

Program Pemberdayaan Sosial

Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\t200.000.000\t190.000.000\t95,00
Jumlah Program\t200.000.000\t190.000.000\t95,00
"""


def test_a_heading_s_kegiatan_table_total_is_the_program_s() -> None:
    report = extract_text(KEGIATAN_TABLES)
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 8_328_915_000, 7_988_142_650, 95.91),
        ("Program Pemberdayaan Sosial", 200_000_000, 190_000_000, 95.0)]
    assert [[a.name for a in p.activities] for p in report.programs] == [
        ["Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah"],
        ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)"]]


def test_a_heading_far_above_a_table_takes_no_total_from_it() -> None:
    prose = " ".join(["Kalimat penjelasan tentang pelaksanaan program di lapangan."] * 8)
    text = KEGIATAN_TABLES.replace("Program Pemberdayaan Sosial\n\n", f"Program Pemberdayaan Sosial\n\n{prose}\n\n")
    report = extract_text(text)
    assert report.programs[1].name == "Program Pemberdayaan Sosial"
    assert report.programs[1].budget.pagu is None


PROGRAM_ROWS = [
    ("Program Pelayanan Administrasi Perkantoran", "191.500.000", "183.876.500", "96,02", [
        ("Penyediaan jasa surat menyurat", "12.000.000", "11.460.000", "95,50"),
        ("Penyediaan alat tulis kantor", "179.500.000", "172.416.500", "96,05")]),
    ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", "174.000.000", "156.195.000", "89,77", [
        ("Pemulangan orang terlantar dan PMKS lainnya", "174.000.000", "156.195.000", "89,77")]),
]


def _layout_table_report(tmp_path):
    d = docx.Document()
    d.add_paragraph("Tabel 3.2 Realisasi Program dan Kegiatan Tahun 2019")
    layout = d.add_table(rows=1 + 2 * len(PROGRAM_ROWS), cols=5)
    for j, label in enumerate(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        layout.rows[0].cells[j].text = label
    for i, (name, pagu, real, pct, kegiatan) in enumerate(PROGRAM_ROWS):
        row = layout.rows[1 + 2 * i].cells
        for j, value in enumerate([str(i + 1), name, pagu, real, pct]):
            row[j].text = value
        under = layout.rows[2 + 2 * i].cells
        cell = under[0].merge(under[4])  # the kegiatan's table in a cell across the row
        nested = cell.add_table(rows=1 + len(kegiatan), cols=4)
        for j, label in enumerate(["Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
            nested.rows[0].cells[j].text = label
        for k, values in enumerate(kegiatan, 1):
            for j, value in enumerate(values):
                nested.rows[k].cells[j].text = value
    path = tmp_path / "laporan.docx"
    d.save(str(path))
    return extract(path)


def test_a_layout_table_s_program_row_keeps_its_figures(tmp_path) -> None:
    report = _layout_table_report(tmp_path)
    name, pagu, real, pct, _ = PROGRAM_ROWS[0]
    first = report.programs[0]
    assert (first.name, first.budget.pagu, first.budget.realisasi, first.budget.percent) == (
        name, float(pagu.replace(".", "")), float(real.replace(".", "")), float(pct.replace(",", ".")))
    assert [p.name for p in report.programs] == [name for name, *_ in PROGRAM_ROWS]
    assert [[a.name for a in p.activities] for p in report.programs] == [
        [k[0] for k in kegiatan] for *_, kegiatan in PROGRAM_ROWS]


def test_a_kegiatan_table_is_no_rest_of_the_program_row_over_it(tmp_path) -> None:
    # "No | Program | Pagu (Rp) | ..." and its row, then "Kegiatan | Pagu (Rp) | ...", a column
    # fewer and another level named (readers/flattened.header_of_its_own); then the next program's
    # row, its number a column more on the left (readers/flattened._numbered_after_named): three
    # tables, none the rest of the one before, whose columns joined gave false sums
    report = _layout_table_report(tmp_path)
    kegiatan = ["Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]
    assert [t.header for t in report.tables if t.header == kegiatan] == [kegiatan, kegiatan]
    assert report.tables[0].header == ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]
    assert not [c.message for c in report.checks if c.verdict == "mismatch"]


def test_every_program_row_of_a_layout_table_keeps_its_figures(tmp_path) -> None:
    # a later program's row is a table of one row after the kegiatan table of the one before: its
    # number follows the first program table's last, so it is read under that table's header
    # (tables._resumed)
    report = _layout_table_report(tmp_path)
    assert [(p.name, p.budget.pagu) for p in report.programs] == [
        (name, float(pagu.replace(".", ""))) for name, pagu, *_ in PROGRAM_ROWS]


def test_a_tab_row_s_label_wrapped_with_shift_enter_is_one_row(tmp_path) -> None:
    d = docx.Document()
    d.add_paragraph("Rekapitulasi Realisasi Anggaran per Program Tahun 2020")
    d.add_paragraph("Program\tAnggaran (Rp)\tRealisasi (Rp)\t%")
    d.add_paragraph("Program Pelayanan Administrasi Perkantoran\t1.046.250.000\t982.114.650\t93,87")
    p = d.add_paragraph("Program Pelayanan dan Rehabilitasi")
    p.add_run().add_break()  # Shift+Enter: a line break inside the paragraph
    p.add_run("Kesejahteraan Sosial\t2.915.480.000\t2.794.113.500\t95,84")
    d.add_paragraph("Program Pembinaan Panti Asuhan/Panti Jompo\t536.000.000\t511.845.000\t95,49")
    d.add_paragraph("Jumlah\t4.497.730.000\t4.288.073.150\t95,34")
    path = tmp_path / "rekap.docx"
    d.save(str(path))
    report = extract(path)
    assert [(p.name, p.budget.pagu) for p in report.programs] == [
        ("Program Pelayanan Administrasi Perkantoran", 1_046_250_000),
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 2_915_480_000),
        ("Program Pembinaan Panti Asuhan/Panti Jompo", 536_000_000)]
    [table] = report.tables
    assert [c.text for c in table.rows[1]] == [
        "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", "2.915.480.000", "2.794.113.500", "95,84"]
