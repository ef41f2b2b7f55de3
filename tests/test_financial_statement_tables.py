"""The tables of a Dinas Sosial's financial statements (LRA, the Lampiran by program and kegiatan),
laid out with spaces as the accounting software prints them:

- group labels on lines of their own ("BELANJA OPERASI", "Belanja Modal") over indented lines,
  each group closed by its total ("JUMLAH BELANJA OPERASI") and the groups by the grand total:
  each total against its own group (readers/aligned._group_rows, readers/spaced._split_opened,
  tables._is_fragment_of; a label under a total's row is the next group's, never the total's);
- a name cut after a word that cannot end it ("Belanja Modal Gedung dan" over "Bangunan  980.000 ..."):
  one row, its figures on its last line (readers/aligned.name_goes_on);
- a "Catatan" column of note numbers ("5.2.1.1"), accounting negatives in parentheses
  ("(212.706)") in a "Lebih/(Kurang)" column: money, never percentages (tables.percent_columns);
- a kegiatan's name wrapped onto lines of its own that run on under the figures of the line
  above (readers/aligned._label_run_on), and a total's figures wider than any above, reaching
  over the gutter (readers/aligned._right_aligned_figures): the table read to its end;
- totals that name their part of a statement ("JUMLAH PENDAPATAN", "Jumlah Aset Tetap").
"""

from __future__ import annotations

from kesos_extract import extract_text
from kesos_extract.tables import is_total_label

LRA = """LAPORAN REALISASI ANGGARAN DINAS SOSIAL KABUPATEN CONTOH
TAHUN ANGGARAN 2023

 URAIAN                                  CATATAN        ANGGARAN          REALISASI       %        REALISASI
                                                          2023              2023                     2022
-------------------------------------------------------------------------------------------------------------
 PENDAPATAN
   Lain-lain PAD yang Sah                5.1.1              0,00        1.150.000,00      -         980.000,00
 JUMLAH PENDAPATAN                                          0,00        1.150.000,00      -         980.000,00

 BELANJA
   BELANJA OPERASI
     Belanja Pegawai                     5.2.1.1   5.120.400.000,00   4.980.112.500,00   97,26   4.801.300.000,00
     Belanja Barang dan Jasa             5.2.1.2   3.410.000.000,00   3.215.640.000,00   94,30   3.002.450.000,00
     Belanja Bantuan Sosial              5.2.1.3   1.200.000.000,00   1.164.000.000,00   97,00   1.050.000.000,00
   JUMLAH BELANJA OPERASI                          9.730.400.000,00   9.359.752.500,00   96,19   8.853.750.000,00

   BELANJA MODAL
     Belanja Modal Peralatan dan Mesin   5.2.2.1     640.000.000,00     628.300.000,00   98,17     410.000.000,00
     Belanja Modal Gedung dan Bangunan   5.2.2.2     900.000.000,00     871.250.000,00   96,81     755.000.000,00
   JUMLAH BELANJA MODAL                            1.540.000.000,00   1.499.550.000,00   97,37   1.165.000.000,00

 JUMLAH BELANJA                                   11.270.400.000,00  10.859.302.500,00   96,35  10.018.750.000,00
-------------------------------------------------------------------------------------------------------------
"""

RIBUAN = """B. LAPORAN REALISASI ANGGARAN
                              (dalam ribuan rupiah)

  Uraian                             Anggaran     Realisasi   Lebih/(Kurang)      %
  ---------------------------------------------------------------------------------
  Belanja Operasi
     Belanja Pegawai                  4.210.500     4.105.240       (105.260)    97,50
     Belanja Barang dan Jasa          2.845.000     2.701.900       (143.100)    94,97
  Jumlah Belanja Operasi              7.055.500     6.807.140       (248.360)    96,48
  Belanja Modal
     Belanja Modal Peralatan dan
       Mesin                            512.000       498.880        (13.120)    97,44
     Belanja Modal Gedung dan
       Bangunan                         760.000       741.600        (18.400)    97,58
  Jumlah Belanja Modal                1.272.000     1.240.480        (31.520)    97,52
  ---------------------------------------------------------------------------------
  JUMLAH BELANJA                      8.327.500     8.047.620       (279.880)    96,64
"""

LAMPIRAN = """Lampiran I.b  Laporan Realisasi Anggaran menurut Program dan Kegiatan

==================================================================================================================
KODE          URAIAN                                       ANGGARAN           REALISASI      LEBIH/(KURANG)       %
==================================================================================================================
1.06.02       PROGRAM PEMBERDAYAAN SOSIAL                412.500.000,00      398.250.000,00    (14.250.000,00)   96,55
1.06.02.2.03    Pengembangan Potensi Sumber Kesejahteraan 412.500.000,00     398.250.000,00    (14.250.000,00)   96,55
                Sosial Daerah Kabupaten/Kota
1.06.04       PROGRAM REHABILITASI SOSIAL              1.986.400.000,00    1.931.006.300,00    (55.393.700,00)   97,21
1.06.04.2.01    Rehabilitasi Sosial Dasar Penyandang   1.720.000.000,00    1.676.256.300,00    (43.743.700,00)   97,46
                Disabilitas Terlantar, Anak Terlantar,
                Lanjut Usia Terlantar, serta Gelandangan
                Pengemis di Luar Panti Sosial
1.06.04.2.07    Rehabilitasi Sosial PMKS Lainnya Bukan   266.400.000,00      254.750.000,00    (11.560.000,00)   95,63
                Korban HIV/AIDS dan NAPZA di Luar Panti
                Sosial
------------------------------------------------------------------------------------------------------------------
              JUMLAH BELANJA                           2.398.900.000,00    2.329.256.300,00    (69.643.700,00)   97,10
==================================================================================================================
"""


def _table(report, first_label: str):
    return next(t for t in report.tables if any(c.text == first_label for r in t.rows for c in r[:2]))


def _checks(report, kind: str):
    return [c for c in report.checks if c.check == kind]


def test_group_labels_stand_alone_and_each_total_is_its_group_s() -> None:
    report = extract_text(LRA)
    table = _table(report, "PENDAPATAN")
    labels = [r[0].text for r in table.rows]
    assert labels[:3] == ["PENDAPATAN", "Lain-lain PAD yang Sah", "JUMLAH PENDAPATAN"]
    # the labels under a total's row are the next group's, not the total's
    assert "BELANJA MODAL" in labels and "JUMLAH BELANJA OPERASI" in labels
    totals = {(" ".join(c.quote.split()[:3]), round(c.expected)) for c in _checks(report, "column_total")}
    verdicts = {c.verdict for c in _checks(report, "column_total")}
    # every total adds up: of its group's rows, and the grand total of the group totals
    assert verdicts == {"consistent"}, [c.message for c in _checks(report, "column_total") if c.verdict != "consistent"]
    assert ("JUMLAH BELANJA OPERASI", 9_730_400_000) in totals
    assert ("JUMLAH BELANJA MODAL", 1_540_000_000) in totals
    assert any(c.message.startswith("consistent: 'JUMLAH BELANJA' of") and "group totals" in c.message
               for c in _checks(report, "column_total"))


def test_a_name_cut_after_dan_is_one_row_with_the_figures_of_its_last_line() -> None:
    report = extract_text(RIBUAN)
    table = _table(report, "Belanja Pegawai")
    labels = [r[0].text for r in table.rows]
    assert "Belanja Modal Peralatan dan Mesin" in labels and "Belanja Modal Gedung dan Bangunan" in labels
    assert "Belanja Modal" in labels  # the group's label, a row of its own
    row = next(r for r in table.rows if r[0].text == "Belanja Modal Gedung dan Bangunan")
    assert [c.text for c in row[1:]] == ["760.000", "741.600", "(18.400)", "97,58"]
    # the differences in parentheses are negative money in thousands, and every one is right
    diffs = _checks(report, "row_difference")
    assert diffs and {c.verdict for c in diffs} == {"consistent"}
    assert any(c.stated == -18_400_000 for c in diffs)
    totals = _checks(report, "column_total")
    assert totals and {c.verdict for c in totals} == {"consistent"}, [c.message for c in totals]


def test_a_slip_in_a_group_total_is_caught_against_its_group_only() -> None:
    # the group's realisation is 4.105.240 + 2.701.900 = 6.807.140 thousand; written 6.852.140
    slipped = RIBUAN.replace("4.105.240       (105.260)", "4.060.240       (150.260)")
    report = extract_text(slipped)
    bad = [c for c in _checks(report, "column_total") if c.verdict == "mismatch"]
    assert bad and all("Jumlah Belanja Operasi" in c.quote for c in bad), [c.message for c in bad]
    assert {round(c.expected) for c in bad} >= {6_762_140_000}


def test_a_coded_lampiran_is_read_to_its_total_with_its_wrapped_kegiatan_names() -> None:
    report = extract_text(LAMPIRAN)
    table = _table(report, "PROGRAM PEMBERDAYAAN SOSIAL")
    names = [r[1].text for r in table.rows]
    assert ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
            "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial") in names
    assert names[-1] == "JUMLAH BELANJA"
    assert [c.text for c in table.rows[-1][2:]] == ["2.398.900.000,00", "2.329.256.300,00", "(69.643.700,00)", "97,10"]
    # "Lebih/(Kurang)" holds money: realisation - budget, negative, checked row by row
    diffs = _checks(report, "row_difference")
    assert len(diffs) >= 5
    slip = [c for c in diffs if c.verdict == "mismatch"]
    # planted: 254.750.000 - 266.400.000 = -11.650.000, written (11.560.000,00)
    assert [round(c.stated) for c in slip] == [-11_560_000] and round(slip[0].expected) == -11_650_000
    # the program rows add up to their kegiatan, and the total to the programs
    assert {c.verdict for c in _checks(report, "program_sum")} == {"consistent"}


def test_wrapped_kegiatan_names_carry_no_figure_of_the_line_they_wrapped_from() -> None:
    report = extract_text(LAMPIRAN)
    acts = [a.name for p in report.programs for a in p.activities]
    assert "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota" in acts
    assert not any(ch.isdigit() for a in acts for ch in a.replace("HIV/AIDS", ""))


def test_totals_of_a_financial_statement_s_parts_are_total_rows() -> None:
    for label in ["JUMLAH PENDAPATAN", "Jumlah Aset Tetap", "JUMLAH KEWAJIBAN DAN EKUITAS", "Jumlah Ekuitas",
                  "Jumlah Beban Operasi", "JUMLAH BELANJA OPERASI"]:
        assert is_total_label(label), label
    # an indicator that happens to open with the word stays one
    assert not is_total_label("Jumlah pendapatan keluarga penerima manfaat")
