"""Quarterly control reports (Permendagri 86/2017 "Pengendalian dan Evaluasi Renja", TEPRA, monthly
"Realisasi Fisik dan Keuangan") and budget sheets printed from a spreadsheet:

- "Target Fisik (%) | Realisasi Fisik (%) | Deviasi (%) | Realisasi Keuangan (Rp) | Keu (%)": the
  deviation is a gap in points (realisation less target, or as a header names it "Deviasi Fisik -
  Keuangan"), never a ratio; "Keu (%)" is the money's uptake of the pagu, never the money over
  a target in per cent or of physical progress (audit/tables._deviation_check, _target_of);
- a "Sisa" after the realisation of each quarter and their cumulative sum is of the realisation
  that fits, else of the last (the cumulative) one;
- "Sumber: ..." under the last row and "2.2 Kendala ..." after it end the table
  (readers/aligned._body);
- "Rp A atau P% dari pagu, naik dari Rp B (Q%)": B is where the figure rose from, no budget;
  the pagu is the one named before (claims._Finder._role);
- "1.1  1.06.01.2.01  Perencanaan ...": the code between a row's number and its name is no part of
  the kegiatan's name (programs._numbered_activities);
- a sheet printed by LibreOffice Calc, its figures set in the middle of a row whose name wraps
  over two lines ("Program / Kegiatan" one label, "Keuangan" over its four columns): each
  kegiatan one row, its whole name (readers/aligned._group_rows, _slashed_joined); a sheet whose
  header alone has borders, or whose columns alone are ruled: its words are read as an unruled
  table, not as a ruled table of one header row or of a few cells each holding a column
  (readers/pdf.header_over_unruled_body, columns_run_together);
- a kegiatan's name in the prose ends before where it was done ("kegiatan Pemberdayaan Sosial KAT
  di Dusun Lebangkar ...") and before the signed figure cells of its table row ("-5,00").
"""

from __future__ import annotations

from pathlib import Path

from kesos_extract import extract, extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "pdf_probes"

CONTROL = """2.1 Realisasi Fisik dan Keuangan s.d. Triwulan III
Sampai dengan akhir Triwulan III Dinas Sosial mengelola total pagu sebesar Rp. 4.120.000.000,00.
Realisasi keuangan kumulatif tercatat Rp. 2.987.450.000,00 atau 72,51% dari pagu, naik dari
Rp. 1.902.300.000,00 (46,17%) pada posisi akhir Triwulan II.

Tabel 2.1 Realisasi Fisik dan Keuangan per Program s.d. Triwulan III
No  Program                                     Pagu (Rp)  Target Fisik (%)  Realisasi Fisik (%)  Deviasi (%)  Realisasi Keuangan (Rp)  Keu (%)
------------------------------------------------------------------------------------------------------------------------------------------
 1  Program Pemberdayaan Sosial                 900.000.000             75,00                72,50        -2,50              621.000.000    69,00
 2  Program Rehabilitasi Sosial               2.000.000.000             70,00                74,20         4,20            1.480.250.000    74,01
 3  Program Penanganan Bencana                1.220.000.000             60,00                41,00       -19,00              886.200.000    72,64
------------------------------------------------------------------------------------------------------------------------------------------
    JUMLAH                                    4.120.000.000             67,50                63,98        -3,52            2.987.450.000    72,51
Sumber: SIPD, diolah.

2.2 Kendala dan Permasalahan
Pengadaan logistik bencana baru dapat dilelang setelah APBD Perubahan ditetapkan.
"""

FISIK_MINUS_KEUANGAN = """Tabel 3.1 Realisasi Fisik dan Keuangan Triwulan I

No\tProgram\tPagu (Rp)\tTarget Fisik TW I (%)\tRealisasi Fisik TW I (%)\tRealisasi Keuangan TW I (Rp)\tRealisasi Keuangan (%)\tDeviasi Fisik - Keuangan (%)
1.\tProgram Pelayanan Administrasi Perkantoran\t684.000.000\t22,81\t20,48\t128.727.400\t18,82\t1,66
2.\tProgram Pemberdayaan Sosial\t646.800.000\t12,00\t11,00\t31.240.000\t4,83\t6,17
\tJUMLAH\t1.330.800.000\t17,00\t14,10\t159.967.400\t12,02\t2,08
"""

PERCENT_TARGET = """Progres Realisasi per Program s.d. Triwulan III

No\tProgram\tPagu (Rp)\tTarget Keuangan TW III (%)\tRealisasi Keuangan (Rp)\tRealisasi Keuangan (%)\tDeviasi Keuangan (%)
1\tProgram Pemberdayaan Sosial\t524.600.000\t70,00\t301.845.000\t57,54\t-12,46
2\tProgram Rehabilitasi Sosial\t1.138.250.000\t70,00\t742.605.400\t65,24\t-4,76
"""

QUARTERS = """REKAPITULASI REALISASI ANGGARAN S.D. TRIWULAN III

No\tProgram\tPagu\tRealisasi TW I\tRealisasi TW II\tRealisasi TW III\tRealisasi s.d. TW III\t%\tSisa Anggaran
1\tProgram Pelayanan Administrasi Perkantoran\t1.842.600.000\t312.440.500\t398.215.000\t421.906.250\t1.132.561.750\t61,47\t710.038.250
2\tProgram Peningkatan Sarana dan Prasarana Aparatur\t265.000.000\t-\t48.500.000\t112.780.000\t161.280.000\t60,86\t103.720.000
"""

NUMBERED_CODED = """Realisasi per Program dan Kegiatan

No    Kode            Program / Kegiatan                                     Anggaran (Rp)    Realisasi (Rp)       %
1     1.06.02         Program Pemberdayaan Sosial                              889.240.000       800.879.436    90,06
1.1   1.06.02.2.01    Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)       310.421.000       283.887.993    91,45
1.2   1.06.02.2.03    Pengembangan Potensi Sumber Kesejahteraan Sosial         578.819.000       516.991.443    89,32
"""


def _checks(report, kind: str):
    return [c for c in report.checks if c.check == kind]


def test_a_control_report_s_deviation_is_a_gap_and_keu_the_uptake_of_the_pagu() -> None:
    report = extract_text(CONTROL)
    table = report.tables[0]
    assert [r[1].text for r in table.rows][-1] == "JUMLAH"  # "Sumber: ..." is no part of the total's row
    assert not any("Kendala" in c.text for r in table.rows for c in r)
    gaps = _checks(report, "row_difference")
    # 72,50 - 75,00 = -2,50; 74,20 - 70,00 = 4,20; 41,00 - 60,00 = -19,00; 63,98 - 67,50 = -3,52
    assert sorted((c.stated, c.verdict) for c in gaps) == [(-19.0, "consistent"), (-3.52, "consistent"),
                                                          (-2.5, "consistent"), (4.2, "consistent")]
    uptake = {round(c.stated, 2): c.verdict for c in _checks(report, "row_percent")}
    # 621.000.000 / 900.000.000 = 69,00; 1.480.250.000 / 2.000.000.000 = 74,0125; 886.200.000 /
    # 1.220.000.000 = 72,6393; 2.987.450.000 / 4.120.000.000 = 72,5109
    assert uptake == {69.0: "consistent", 74.01: "consistent", 72.64: "consistent", 72.51: "consistent"}


def test_a_slip_in_a_deviation_is_caught() -> None:
    report = extract_text(CONTROL.replace("41,00       -19,00", "41,00       -91,00"))
    bad = [c for c in _checks(report, "row_difference") if c.verdict == "mismatch"]
    assert [(c.stated, c.expected) for c in bad] == [(-91.0, -19.0)]


def test_a_figure_that_rose_from_an_earlier_amount_is_of_the_pagu_named_before() -> None:
    report = extract_text(CONTROL)
    claims = {round(c.stated, 2): c for c in report.checks if c.check in ("budget_percent", "share_percent")}
    # 2.987.450.000 / 4.120.000.000 = 72,5109 (not / 1.902.300.000, the Triwulan II figure it rose from)
    assert claims[72.51].verdict == "consistent" and claims[72.51].operands["denominator"] == 4_120_000_000
    assert all(c.verdict != "mismatch" for c in claims.values())


def test_a_deviation_named_physical_less_financial_is_that_gap() -> None:
    report = extract_text(FISIK_MINUS_KEUANGAN)
    gaps = _checks(report, "row_difference")
    # 20,48 - 18,82 = 1,66; 11,00 - 4,83 = 6,17; 14,10 - 12,02 = 2,08
    assert sorted((c.stated, c.verdict) for c in gaps) == [(1.66, "consistent"), (2.08, "consistent"),
                                                          (6.17, "consistent")]


def test_a_target_in_per_cent_is_no_denominator_of_an_amount() -> None:
    report = extract_text(PERCENT_TARGET)
    assert not [c for c in report.checks if c.verdict == "mismatch"], [c.message for c in report.checks]
    uptake = {round(c.stated, 2) for c in _checks(report, "row_percent") if c.verdict == "consistent"}
    assert {57.54, 65.24} <= uptake  # 301.845.000 / 524.600.000, 742.605.400 / 1.138.250.000


def test_the_rest_is_of_the_cumulative_realisation() -> None:
    report = extract_text(QUARTERS)
    rests = _checks(report, "row_difference")
    # 1.842.600.000 - 1.132.561.750 = 710.038.250; 265.000.000 - 161.280.000 = 103.720.000
    assert sorted((c.stated, c.verdict) for c in rests) == [(103_720_000, "consistent"), (710_038_250, "consistent")]


def test_a_code_between_a_row_s_number_and_its_name_is_not_the_kegiatan_s_name() -> None:
    report = extract_text(NUMBERED_CODED)
    acts = [a.name for p in report.programs for a in p.activities]
    assert acts == ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
                    "Pengembangan Potensi Sumber Kesejahteraan Sosial"]


def test_a_spreadsheet_print_s_rows_with_wrapped_names_are_read_whole() -> None:
    """tests/fixtures/pdf_probes/calc_recap_centred_rows.pdf: a budget recap written with openpyxl
    and printed by LibreOffice Calc (no borders, "Keuangan" merged over four columns, names wrapped
    over two lines with the row's figures between them)."""
    report = extract(FIXTURES / "calc_recap_centred_rows.pdf")
    table = report.tables[0]
    assert table.header[:3] == ["No", "Kode Rekening", "Program / Kegiatan"]
    rows = {r[1].text: r for r in table.rows if r[1].text}
    wrapped = rows["1.06.04.2.01"]
    assert wrapped[2].text == ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut "
                               "Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial")
    assert [c.text for c in wrapped[3:]] == ["252.635.000", "247.914.300", "98,13%", "4.720.700"]
    assert rows["1.06.04"][2].text == "Program Rehabilitasi Sosial"
    names = [p.name for p in report.programs]
    assert len(names) == 5 and names[2] == "Program Rehabilitasi Sosial"
    assert [len(p.activities) for p in report.programs] == [5, 2, 2, 2, 2]
    # the sheet's narrative: 10.909.629.150 / 11.441.619.000 = 95,3504%, written 95,53 (a slip)
    slip = [c for c in report.checks if c.check == "budget_percent" and c.verdict == "mismatch"]
    assert [round(c.stated, 2) for c in slip] == [95.53]


def test_a_sheet_whose_header_alone_is_ruled_is_read_with_its_unruled_body() -> None:
    """tests/fixtures/pdf_probes/calc_ruled_header_only.pdf (Calc, borders round the header only)."""
    report = extract(FIXTURES / "calc_ruled_header_only.pdf")
    table = report.tables[0]
    assert table.header[:3] == ["No", "Kode Rekening", "Program / Kegiatan"]
    assert [c.text for c in table.rows[1]] == ["1.1", "1.06.01.01", "Penyediaan jasa surat menyurat", "19.625.000",
                                               "19.312.858", "98,41", "312.142"]
    assert len(report.programs) >= 7 and [len(p.activities) for p in report.programs][:6] == [6, 3, 1, 2, 3, 3]
    # the sheet's slip: the program's pagu 404.924.000, its kegiatan's sum 423.424.000
    slip = [c for c in report.checks if c.check == "program_sum" and c.verdict == "mismatch"]
    assert any(c.stated == 404_924_000 and c.expected == 423_424_000 for c in slip)


def test_a_sheet_ruled_by_its_columns_alone_is_read_as_an_unruled_one() -> None:
    """tests/fixtures/pdf_probes/calc_column_rules_only.pdf (Calc, vertical rules only): the rows are
    no longer one ruled row whose first cell holds the whole body. Its two-level header ("Keuangan"
    and "Fisik" over their columns) is still read wrong: no program's figures, and the kegiatan
    whose names wrap above their row's number are left out, never named by their figures."""
    report = extract(FIXTURES / "calc_column_rules_only.pdf")
    assert len(report.programs) == 5
    assert [len(p.activities) for p in report.programs] == [6, 3, 0, 2, 1]
    assert all(any(ch.isalpha() for ch in a.name) for p in report.programs for a in p.activities)


def test_a_kegiatan_named_in_prose_ends_before_where_it_was_done() -> None:
    text = ("""2.2 Kendala dan Permasalahan
a. Program Penanganan Bencana: realisasi keuangan baru Rp 97.350.000 dari pagu Rp 385.000.000 atau
   25,29%, karena pengadaan buffer stock logistik baru dapat dilelang setelah APBD Perubahan.
b. Program Pemberdayaan Sosial: kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) di Desa
   Lebangkar Kecamatan Ropang tertunda karena akses jalan terputus pada musim hujan. Realisasi keuangan
   program sebesar Rp 236.480.500 (57,31%) dari pagu Rp 412.650.000.
""")
    report = extract_text(text)
    assert [a.name for a in report.programs[1].activities] == ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)"]


def test_a_table_row_s_signed_figures_are_no_part_of_its_wrapped_name() -> None:
    text = ("""Tabel 1 Realisasi Fisik Program dan Kegiatan s.d. Juni 2024

No      Program / Kegiatan                                                Pagu (Rp)   Target Fisik (%)   Realisasi Fisik (%)   Deviasi (%)
1       Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota    1.240.750.000              45,00                 40,50         -4,50
1.1     Administrasi Keuangan Perangkat Daerah                           828.000.000              45,00                 41,00         -4,00
1.2     Administrasi Umum Perangkat Daerah                               412.750.000              45,00                 40,00         -5,00
""")
    report = extract_text(text)
    assert [a.name for a in report.programs[0].activities] == ["Administrasi Keuangan Perangkat Daerah",
                                                               "Administrasi Umum Perangkat Daerah"]


def test_a_wide_sheet_s_columns_printed_apart_from_their_names_raise_no_guessed_alarm() -> None:
    """tests/fixtures/pdf_probes/calc_wide_sheet_two_pages.pdf: a sheet too wide for a page, its
    "Triwulan IV | Jumlah s.d. Triwulan IV | % | Sisa" printed on a page of their own, the pagu the
    percentages are of on another. Taken as the cumulative sum over the quarter before it, the
    percentage misses 20 rows of 22: no formula of the column's, so no alarm
    (audit/tables._unknown_columns, UNKNOWN_SHARE)."""
    report = extract(FIXTURES / "calc_wide_sheet_two_pages.pdf")
    assert not [c.message for c in report.checks if c.verdict == "mismatch"]


MONTHLY = """Laporan Realisasi Keuangan Bulan September

No\tProgram\tPagu (Rp)\tRealisasi s.d. Bulan Lalu (Rp)\tRealisasi Bulan Ini (Rp)\tRealisasi s.d. Bulan Ini (Rp)\t%
1\tProgram Pemberdayaan Sosial\t600.000.000\t300.000.000\t60.000.000\t360.000.000\t60,00
2\tProgram Rehabilitasi Sosial\t900.000.000\t450.000.000\t90.000.000\t549.000.000\t61,00
3\tProgram Penanganan Bencana\t400.000.000\t100.000.000\t40.000.000\t140.000.000\t35,00
"""


def test_the_realisation_so_far_is_the_one_before_plus_the_period_s_own() -> None:
    report = extract_text(MONTHLY)
    totals = [c for c in report.checks if c.check == "row_total"]
    # 300 + 60 = 360; 450 + 90 = 540, written 549 (a slip; its % is 549 / 900 = 61,00); 100 + 40 = 140
    assert sorted((c.stated, c.expected, c.verdict) for c in totals) == [
        (140_000_000, 140_000_000, "consistent"), (360_000_000, 360_000_000, "consistent"),
        (549_000_000, 540_000_000, "mismatch")]
