"""Quarterly realisation tables (Laporan Realisasi Fisik dan Keuangan per triwulan): a program's
budget is the sum row of its kegiatan ("Jumlah Program", or "Jumlah" before the next program),
whether the program's row is empty or gives its first kegiatan's figures beside it (a "Program"
column, merged down, next to a "Kegiatan" column); the sum row is no kegiatan; 13/2006 codes
with the unit's part ("1.13.1.13.01.01") mark program rows."""

from __future__ import annotations

import pytest

from kesos_extract import extract, extract_text

HEADER = ["No", "Program", "Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Keuangan s.d. Triwulan III (Rp)",
          "Realisasi Keuangan (%)", "Realisasi Fisik (%)"]
ROWS = [
    ["1", "Program Rehabilitasi Sosial", "Rehabilitasi Sosial Dasar Anak Terlantar", "300.000.000", "210.000.000", "70,00", "75,00"],
    ["", "", "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar", "264.000.000", "168.545.000", "63,84", "70,00"],
    ["", "", "Jumlah Program", "564.000.000", "378.545.000", "67,12", "72,66"],
    ["2", "Program Penanganan Bencana", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "175.000.000",
     "64.250.000", "36,71", "40,00"],
    ["", "", "Jumlah Program", "175.000.000", "64.250.000", "36,71", "40,00"],
    ["", "", "TOTAL", "739.000.000", "442.795.000", "59,92", ""],
]


def test_program_column_beside_kegiatan_in_word(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Tabel 1. Realisasi Fisik dan Keuangan Triwulan III Tahun 2022")
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for j, h in enumerate(HEADER):
        table.cell(0, j).text = h
    for i, row in enumerate(ROWS, 1):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(1, 1).merge(table.cell(3, 1))  # the program's cell merged down over its rows
    table.cell(1, 1).text = "Program Rehabilitasi Sosial"
    path = tmp_path / "triwulan.docx"
    d.save(str(path))
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
           for p in extract(path).programs]
    assert got == [
        ("Program Rehabilitasi Sosial", 564000000.0, 378545000.0, 67.12,
         ["Rehabilitasi Sosial Dasar Anak Terlantar", "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar"]),
        ("Program Penanganan Bencana", 175000000.0, 64250000.0, 36.71,
         ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]),
    ]


CODED = """\
Tabel 1. Realisasi Fisik dan Keuangan Belanja Langsung TA 2018

Kode Rekening\tUraian Program/Kegiatan\tAnggaran DPPA (Rp)\tRealisasi (Rp)\t%
1.13.1.13.01.01\tProgram Pelayanan Administrasi Perkantoran\t\t\t
1.13.1.13.01.01.01\tPenyediaan jasa surat menyurat\t12.600.000,00\t12.450.000,00\t98,81
1.13.1.13.01.01.02\tPenyediaan jasa komunikasi, sumber daya air dan listrik\t84.000.000,00\t79.316.412,00\t94,42
\tJumlah\t96.600.000,00\t91.766.412,00\t95,00
1.13.1.13.01.15\tProgram Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\t\t\t
1.13.1.13.01.15.03\tPelatihan keterampilan berusaha bagi keluarga miskin\t265.000.000,00\t262.015.000,00\t98,87
\tJumlah\t265.000.000,00\t262.015.000,00\t98,87
\tJUMLAH TOTAL\t361.600.000,00\t353.781.412,00\t97,84
"""


def test_coded_program_rows_of_13_2006_and_their_sum_rows() -> None:
    got = [(p.name[:40], p.budget.pagu, p.budget.realisasi, p.budget.percent, len(p.activities))
           for p in extract_text(CODED).programs]
    assert got == [("Program Pelayanan Administrasi Perkantor", 96600000.0, 91766412.0, 95.0, 2),
                   ("Program Pemberdayaan Fakir Miskin, Komun", 265000000.0, 262015000.0, 98.87, 1)]


def test_the_grand_total_is_not_the_last_program_s() -> None:
    # no sum row under each program: the one "Jumlah" closing the table is every program's, none's own
    text = CODED.replace("\tJumlah\t96.600.000,00\t91.766.412,00\t95,00\n", "").replace(
        "\tJumlah\t265.000.000,00\t262.015.000,00\t98,87\n", "")
    got = [(p.name[:20], p.budget.pagu) for p in extract_text(text).programs]
    assert got == [("Program Pelayanan Ad", None), ("Program Pemberdayaan", None)]
