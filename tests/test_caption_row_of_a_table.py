"""A table whose first row is its caption ("Tabel 3.6 Realisasi Anggaran ... Tahun" | "2020"), as OCR
of a scan and some Word files give it: the caption is a paragraph over the table, never a header
row whose words name columns (DocumentBuilder.add_table, document._is_caption_row). Before, "Tabel
3.6 Realisasi Anggaran ..." over "No" made the row number a budget: "Sisa = 1 - 1.154.372.800", a
false mismatch a row."""

from __future__ import annotations

import pytest

from kesos_extract import extract

docx = pytest.importorskip("docx")

ROWS = [
    ["Tabel 3.6 Realisasi Anggaran Belanja Langsung per Program Tahun", "", "", "", "", "2020"],
    ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
    ["1", "Program Pelayanan Administrasi Perkantoran", "1.186.420.000", "1.154.372.800", "32.047.200", "97,30"],
    ["2", "Program Peningkatan Sarana dan Prasarana Aparatur", "342.500.000", "336.812.000", "5.688.000", "98,34"],
    ["", "Jumlah", "1.528.920.000", "1.491.184.800", "37.735.200", "97,53"],
]


def test_the_caption_row_is_no_header(tmp_path) -> None:
    d = docx.Document()
    table = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for i, row in enumerate(ROWS):
        for j, text in enumerate(row):
            table.rows[i].cells[j].text = text
    path = tmp_path / "lkjip.docx"
    d.save(str(path))
    report = extract(path)
    [t] = report.tables
    assert t.header == ROWS[1]
    assert "Tabel 3.6 Realisasi Anggaran Belanja Langsung per Program Tahun 2020" in report.text
    assert not [c for c in report.checks if c.verdict == "mismatch"]
    assert {c.stated for c in report.checks if c.check == "row_difference"} == {32_047_200, 5_688_000, 37_735_200}
