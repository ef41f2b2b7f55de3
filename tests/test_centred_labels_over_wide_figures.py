"""A table laid out with spaces (pdftotext -layout) whose labels are centred over figures wider
than they are ("Pagu" and "Realisasi" over "1.284.500.000   1.231.962.000", "%" set left over
"95,91"): no stretch is free between the labels, but the figures leave gutters of two spaces or
more between the columns (readers/aligned.py ``_gutter_past_labels``)."""

from __future__ import annotations

from kesos_extract import extract_text

TABLE = """\
                         Tabel 3.5 Efisiensi Penggunaan Sumber Daya Tahun 2019

 ----------------------------------------------------------------------------------------------------
  No  Program                                 Capaian               Anggaran (Rp)                Ket.
                                              Kinerja   ----------------------------------------
                                                (%)           Pagu       Realisasi      %
 ----------------------------------------------------------------------------------------------------
 1.   Program Pemberdayaan Fakir Miskin,            96,40   1.284.500.000   1.231.962.000    95,91   Efisien
      Komunitas Adat Terpencil (KAT) dan
      Penyandang Masalah Kesejahteraan Sosial
      (PMKS) Lainnya
 2.   Program Pelayanan dan Rehabilitasi            92,31     436.750.000     415.380.500    {pct}   Kurang efisien
      Kesejahteraan Sosial
 3.   Program Pembinaan Panti Asuhan/Panti         100,00     218.000.000     214.645.000    98,46   Efisien
      Jompo
 ----------------------------------------------------------------------------------------------------
  Sumber: Dinas Sosial Kabupaten Sumba Timur, 2020
"""


def test_columns_from_the_figures_gutters() -> None:
    report = extract_text(TABLE.format(pct="95,11"))
    (table,) = report.tables
    assert table.header == ["No", "Program", "Capaian Kinerja (%)", "Anggaran (Rp) Pagu", "Anggaran (Rp) Realisasi",
                            "%", "Ket."]
    assert [c.text for c in table.rows[1]] == ["2.", "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", "92,31",
                                                "436.750.000", "415.380.500", "95,11", "Kurang efisien"]
    assert [(p.budget.pagu, p.budget.percent) for p in report.programs] == [
        (1284500000.0, 95.91), (436750000.0, 95.11), (218000000.0, 98.46)]
    assert not [c for c in report.checks if c.verdict == "mismatch"]


def test_a_slip_in_such_a_table() -> None:
    report = extract_text(TABLE.format(pct="96,11"))
    assert [c.stated for c in report.checks if c.verdict == "mismatch"] == [96.11]
