"""Probe passages and table cells for the figures that mentions and table cells missed or misread:
a count whose unit a PDF or Word export pushed to the next line, table cells damaged by OCR
("1OO%", "Rp l.250.000", "9O,0"), and the money, percentage and count shapes of LKPJ, LKjIP and
Dinas Sosial reports that no seed or dev file writes ("Rp2,27 M", "IDR 2.270.000.000", "98.67 pct",
"± 95%", "90 - 95%", "55 (lima puluh lima) orsos", "1.250 KK/KPM", "-Rp 1.250.000"). Every answer
was worked out by hand; the mentions are checked for kind, value, unit, scale and span (their text
is the report's text between their offsets). Controls: dates, phone numbers, regulation numbers,
codes, years, page numbers and NIK-like strings are no amounts and no counts; a number at a line's
end before a heading or a table row is no count; clean cells read exactly as before."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.numbers import repair_cell
from kesos_extract.tables import type_cell


def _mentions(text: str, kinds=("amount", "percentage", "count", "target")):
    report = extract_text(text)
    for m in report.mentions:
        assert report.text[m.start:m.end] == m.text, m  # provenance: the span is the text
    return [m for m in report.mentions if m.kind in kinds]


# --- a count whose unit is on the next line -------------------------------------------------------

# passage -> (value, unit, text) of its counts
NEXT_LINE_COUNTS = [
    ("Bantuan sosial PKH disalurkan kepada sebanyak 1.250\nKPM di 12 kecamatan.",
     [(1250, "KPM", "1.250\nKPM"), (12, "kecamatan", "12 kecamatan")]),
    ("Pada tahun 2023 Dinas Sosial melayani sebanyak 2.308\njiwa lansia terlantar.", [(2308, "jiwa", "2.308\njiwa")]),
    ("pemberian bantuan stimulan bagi 98 \n orang eks klien panti", [(98, "orang", "98 \n orang")]),
    ("Sebanyak 55 (lima puluh lima)\norsos telah dibina.", [(55, "orsos", "55 (lima puluh lima)\norsos")]),
    ("melalui 7\nprogram dan 18\nkegiatan.", [(7, "program", "7\nprogram"), (18, "kegiatan", "18\nkegiatan")]),
    ("menjangkau 1,2 juta\njiwa di seluruh provinsi", [(1.2e6, "jiwa", "1,2 juta\njiwa")]),
    ("pendataan PMKS dari 4.500\nKK yang terdaftar di DTKS", [(4500, "KK", "4.500\nKK")]),
    # controls: a page's number, a year, a part's number, a heading, a flattened table's row
    ("Halaman 12\nKegiatan Pelayanan Sosial bagi Lansia", []),
    ("Kegiatan ini dilaksanakan pada 2023\nkegiatan lanjutan direncanakan", []),
    ("Permensos Nomor 3\nTahun 2021 tentang Standar Pelayanan", []),
    ("Pelaksanaan Tahap 2\nkegiatan verifikasi data", []),
    ("penerima bantuan 2.500\nLansia 300\nDisabilitas 120", []),
    ("anggaran yang dialokasikan 2.500\nKegiatan Pelayanan Sosial", []),
    ("Jumlah PKH 2.500\n\tKPM\t300", []),
    ("dengan NIK 3471012505\nKK pemohon", []),
    ("jumlah penerima 1.250\n\nKPM adalah keluarga", []),
]


@pytest.mark.parametrize("text,expected", NEXT_LINE_COUNTS, ids=[t[:40] for t, _ in NEXT_LINE_COUNTS])
def test_count_with_its_unit_on_the_next_line(text, expected):
    got = [(m.value, m.unit, m.text) for m in _mentions(text, ("count",))]
    assert got == [(pytest.approx(v), u, t) for v, u, t in expected]


TARGETS_NEXT_LINE = [
    ("Penanganan anak jalanan ditargetkan 400\norang, terealisasi 320 orang.",
     [("target", 400, "orang", "ditargetkan 400\norang"), ("count", 320, "orang", "320 orang")]),
    ("targetnya 1.500\nKPM di 12 kecamatan", [("target", 1500, "KPM", "targetnya 1.500\nKPM"),
                                            ("count", 12, "kecamatan", "12 kecamatan")]),
    ("dengan target 2.500\nKegiatan Pelayanan Sosial Lansia", []),
    # the target's figure written again in words
    ("Pembinaan orsos terealisasi 50 orsos dari target 55 (lima puluh lima) orsos.",
     [("count", 50, "orsos", "50 orsos"), ("target", 55, "orsos", "dari target 55 (lima puluh lima) orsos")]),
]


# passages whose percentage is a target claim over counts broken over lines: (stated, computed, verdict)
NEXT_LINE_CLAIMS = [
    ("Penyaluran bantuan kepada 1.200\nKPM atau 96% dari target 1.250\nKPM.", (96.0, 96.0, "consistent")),
    ("Penyaluran bantuan kepada 1.200\nKPM atau 97% dari target 1.250\nKPM.", (97.0, 96.0, "mismatch")),
    ("Pelayanan lansia terealisasi sebanyak 2.250\njiwa atau 97,49% dari target 2.308 jiwa.",
     (97.49, 97.487, "consistent")),
    ("Pembinaan orsos terealisasi 50 orsos atau 90,91% dari target 55 (lima puluh lima)\norsos.",
     (90.91, 90.9091, "consistent")),
]


@pytest.mark.parametrize("text,expected", NEXT_LINE_CLAIMS, ids=[t[:40] + t[-12:] for t, _ in NEXT_LINE_CLAIMS])
def test_target_claims_over_next_line_counts(text, expected):
    checks = [c for c in extract_text(text).checks if c.check == "target_percent"]
    assert [(c.stated, round(c.expected, 4), c.verdict) for c in checks] == [expected]


@pytest.mark.parametrize("text,expected", TARGETS_NEXT_LINE, ids=[t[:40] for t, _ in TARGETS_NEXT_LINE])
def test_target_with_its_unit_on_the_next_line(text, expected):
    got = [(m.kind, m.value, m.unit, m.text) for m in _mentions(text, ("count", "target"))]
    assert got == expected


# --- prose shapes of money, percentages and counts ----------------------------------------------

# passage -> (kind, value, unit, scale, text)
PROSE = [
    ("Pagu anggaran Program Perlindungan Sosial Rp2,27 M terealisasi Rp2,2 M.",
     [("amount", 2.27e9, "IDR", 1e9, "Rp2,27 M"), ("amount", 2.2e9, "IDR", 1e9, "Rp2,2 M")]),
    ("Dana bansos nasional sebesar Rp 1,5 T untuk 10 juta KPM",
     [("amount", 1.5e12, "IDR", 1e12, "Rp 1,5 T"), ("count", 1e7, "KPM", 1e6, "10 juta KPM")]),
    ("Belanja langsung senilai IDR 2.270.000.000 pada tahun anggaran 2023",
     [("amount", 2.27e9, "IDR", 1, "IDR 2.270.000.000")]),
    ("dengan pagu sebesar Rp 27,5 Milyar", [("amount", 2.75e10, "IDR", 1e9, "Rp 27,5 Milyar")]),
    ("dialokasikan Rp.2.270.000.000.- bersumber dari DAU", [("amount", 2.27e9, "IDR", 1, "Rp.2.270.000.000.-")]),
    ("anggaran 2,27 M rupiah untuk rehabilitasi", [("amount", 2.27e9, "IDR", 1e9, "2,27 M rupiah")]),
    ("bantuan Rp 750 ribu/KPM/bulan", [("amount", 7.5e5, "IDR", 1e3, "Rp 750 ribu")]),
    ("realisasi fisik mencapai 98,67 persen dari target", [("percentage", 98.67, "%", 1, "98,67 persen")]),
    ("serapan anggaran 98.67 pct pada triwulan IV", [("percentage", 98.67, "%", 1, "98.67 pct")]),
    ("capaian kinerja ± 95% dari target", [("percentage", 95, "%", 1, "95%")]),
    ("realisasi keuangan mencapai 98,67\npersen dari pagu", [("percentage", 98.67, "%", 1, "98,67\npersen")]),
    ("Jumlah kasus 120\nPersen 22,43 % dari total", [("percentage", 22.43, "%", 1, "22,43 %")]),
    # a range sharing one sign: each end is a percentage, the low end's span its number (an end of
    # a range is stated of no two figures, and an operand that is one stands for the whole range:
    # test_a_range_raises_no_alarm, tests/test_probe_money.py)
    ("target kinerja 90 - 95% pada tahun 2023", [("percentage", 90, "%", 1, "90"), ("percentage", 95, "%", 1, "95%")]),
    ("dengan kisaran 97,5 s.d. 99,5 persen", [("percentage", 97.5, "%", 1, "97,5"),
                                             ("percentage", 99.5, "%", 1, "99,5 persen")]),
    ("penerima bantuan sebanyak 2.308 Jiwa", [("count", 2308, "jiwa", 1, "2.308 Jiwa")]),
    ("pembinaan terhadap 55 (lima puluh lima) orsos", [("count", 55, "orsos", 1, "55 (lima puluh lima) orsos")]),
    ("Tagana hadir di 12 Kab/Kota se-Sulawesi Tengah", [("count", 12, "Kab/Kota", 1, "12 Kab/Kota")]),
    ("bantuan pangan bagi 1.250 KK/KPM penerima", [("count", 1250, "KK", 1, "1.250 KK/KPM")]),
]


@pytest.mark.parametrize("text,expected", PROSE, ids=[t[:40] for t, _ in PROSE])
def test_prose_figures(text, expected):
    got = [(m.kind, m.value, m.unit, m.scale, m.text) for m in _mentions(text)]
    assert [(k, u, t) for k, _, u, _, t in got] == [(k, u, t) for k, _, u, _, t in expected]
    assert [v for _, v, _, _, _ in got] == pytest.approx([v for _, v, _, _, _ in expected])
    assert [s for _, _, _, s, _ in got] == pytest.approx([s for _, _, _, s, _ in expected])


def test_a_range_raises_no_alarm():
    report = extract_text("Capaian kinerja ditargetkan 90 - 95% dan terealisasi 96%.")
    assert [c for c in report.checks if c.verdict == "mismatch"] == []


CONTROLS = [
    "Berdasarkan Permensos No. 3 Tahun 2021 tentang Standar Pelayanan Minimal",
    "Kode program 1.06.02.2.01 Program Perlindungan dan Jaminan Sosial",
    "Pengaduan melalui 0812-3456-7890 atau (0274) 123456 pada jam kerja",
    "atas nama NIK 3471012505800001 dan No. KK 3471010101010001",
    "rapat koordinasi tanggal 12 Desember 2023 dan 26.02.2024",
    "sesuai Perda Nomor 5 Tahun 2019 dan Perbup No 12 tahun 2020",
    "UU No. 11 Tahun 2009 Pasal 12 ayat (3) huruf b",
    "Halaman 12 dari 40\nBAB III",
    "NPWP 01.234.567.8-901.000 pada pukul 10.30 WIB",
    "Tahun 2023\n2024\n2025",
    "Realisasi Tahun 2023\nPersen capaian kinerja",
]


@pytest.mark.parametrize("text", CONTROLS, ids=[t[:40] for t in CONTROLS])
def test_no_amount_or_count_in_references(text):
    assert [(m.kind, m.text) for m in _mentions(text)] == []


# --- table cells ----------------------------------------------------------------------------------

# cell, percent column -> (value, unit): figures damaged by OCR and other shapes of cells
CELLS = [
    ("1OO%", False, 100, "%"),
    ("95,OO%", False, 95, "%"),
    ("9O,0", True, 90, None),
    ("Rp l.250.000", False, 1.25e6, "IDR"),
    ("2.OOO.OOO", False, 2e6, None),
    ("1.2OO.OOO", False, 1.2e6, None),
    ("5.5OO.000", False, 5.5e6, None),
    ("1.25O Jiwa", False, 1250, "jiwa"),
    ("1OO", False, 100, None),
    ("l00", False, 100, None),
    ("2.3O8", False, 2308, None),
    ("(1.25O.000)", False, -1.25e6, None),
    ("IDR 2.270.000.000", False, 2.27e9, "IDR"),
    ("-Rp 1.250.000", False, -1.25e6, "IDR"),
    ("-Rp1.250.000", False, -1.25e6, "IDR"),
    ("RP. 1.250.000", False, 1.25e6, "IDR"),
    ("100 persen", False, 100, "%"),
    ("98.67 pct", False, 98.67, "%"),
    ("± 95%", False, 95, "%"),
    ("55 (lima puluh lima) orsos", False, 55, "orsos"),
    ("Rp 500.000 (lima ratus ribu rupiah)", False, 5e5, "IDR"),
    ("1.250 KK/KPM", False, 1250, "KK"),
    ("Rp2,27 M", False, 2.27e9, "IDR"),
    ("Rp 1,5 T", False, 1.5e12, "IDR"),
    ("Rp 27,5 Milyar", False, 2.75e10, "IDR"),
    ("Rp.2.270.000.000.-", False, 2.27e9, "IDR"),
    # footnote marks, a bracketed unit, a bracketed negative percentage, approximations, "o/o"
    ("1.250.000 *)", False, 1.25e6, None),
    ("2.308 jiwa*", False, 2308, "jiwa"),
    ("2.308 (jiwa)", False, 2308, "jiwa"),
    ("(2,50%)", False, -2.5, "%"),
    ("≈ 95%", False, 95, "%"),
    ("95,5 o/o", False, 95.5, "%"),
]


@pytest.mark.parametrize("text,percent,value,unit", CELLS, ids=[c[0] for c in CELLS])
def test_cell_value(text, percent, value, unit):
    v = type_cell(text, percent=percent)
    assert (float(v.value), v.unit, v.problem) == (pytest.approx(value), unit, None)


# clean cells: what they read as before the repairs (value, decimals, unit)
CLEAN_CELLS = [
    ("2,308 Jiwa", 2308, 0, "jiwa"), ("96%", 96, 0, "%"), ("Rp. 519.065.000,-", 519065000, 0, "IDR"),
    ("(1.250.000)", -1250000, 0, None), ("8000/2000", 8000, 0, None), ("120/325 kk", 120, 0, None),
    ("97,49 %", 97.49, 2, "%"), ("1.250,50", 1250.5, 2, None), ("12 Kab/Kota", 12, 0, "Kab/Kota"),
    ("≥ 80%", 80, 0, "%"), ("Rp 2,5 miliar", 2.5e9, -8, "IDR"), ("0", 0, 0, None), ("100,00", 100, 2, None),
]


@pytest.mark.parametrize("text,value,decimals,unit", CLEAN_CELLS, ids=[c[0] for c in CLEAN_CELLS])
def test_clean_cell_reads_as_before(text, value, decimals, unit):
    assert repair_cell(text) == text
    v = type_cell(text)
    assert (float(v.value), v.decimals, v.unit, v.problem) == (pytest.approx(value), decimals, unit, None)


# cells that are no figure: no value (the audit's "unparseable" check is in the table test below)
NOT_FIGURES = ["1.06.02.2.01", "1.O6.02", "0812-3456-7890", "(0274) 123456", "NIK 3471012505800001", "S1", "lO",
               "O", "Program 1O", "90 - 95%", "Permensos No. 3 Tahun 2021", "2O23 - 2O24"]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_cell_that_is_no_figure(text):
    assert type_cell(text).value is None


# a date in a cell is no malformed number either ("26.02.2024" has no groups of three digits)
DATES = ["26.02.2024", "12-12-2023", "1/7/2023", "31.12.2023", "26.O2.2024"]


@pytest.mark.parametrize("text", DATES)
def test_date_cell_is_no_malformed_number(text):
    v = type_cell(text)
    assert v.value is None and v.problem is None


def test_malformed_cell_stays_malformed():
    assert type_cell("13,11,00").problem is not None


# --- whole tables, checked --------------------------------------------------------------------------

OCR_TABLE = """Tabel 3.7 Realisasi Anggaran per Program Tahun 2023

| No | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Program Perlindungan Sosial | Rp l.250.000 | Rp 1.187.500 | 95,OO% |
| 2 | Program Rehabilitasi Sosial | 2.OOO.OOO | 1.800.000 | 9O,0 |
| 3 | Program Pemberdayaan Sosial | 1.000.000 | 1.000.000 | 1OO% |
| 4 | Program Penanganan Bencana | 1.25O.000 | 1.2OO.OOO | 96 |
| | Jumlah | 5.5OO.000 | 5.187.500 | 94,32 |
"""


def _table_checks(text):
    return sorted((c.check, c.verdict, c.stated) for c in extract_text(text).checks
                  if c.check in ("row_percent", "column_total", "row_difference", "unparseable"))


def test_ocr_damaged_cells_are_checked():
    assert _table_checks(OCR_TABLE) == sorted(
        [("row_percent", "consistent", s) for s in (95.0, 90.0, 100.0, 96.0, 94.32)]
        + [("column_total", "consistent", 5.5e6), ("column_total", "consistent", 5187500.0)])


def test_ocr_damaged_cells_with_a_slip():
    # the realisation of program 4 written 1.1OO.OOO: its percentage and the column's total are off
    slipped = OCR_TABLE.replace("| 1.2OO.OOO | 96 |", "| 1.1OO.OOO | 96 |")
    checks = _table_checks(slipped)
    assert ("row_percent", "mismatch", 96.0) in checks
    assert ("column_total", "mismatch", 5187500.0) in checks
    assert [c for c in checks if c[1] == "mismatch"] == [("column_total", "mismatch", 5187500.0),
                                                        ("row_percent", "mismatch", 96.0)]


MILLIONS_TABLE = """Tabel 2.1 Realisasi Belanja Dinas Sosial

| No | Program | Pagu (Rp. Juta) | Realisasi (Rp. Juta) | Sisa (Rp. Juta) |
|---|---|---|---|---|
| 1 | Program Perlindungan Sosial | 1.250,5 | 1.187,9 | 62,6 |
| 2 | Program Rehabilitasi Sosial | 800,0 | 790,0 | 10,0 |
| | Jumlah | 2.050,5 | 1.977,9 | 72,6 |
"""


def test_small_figures_under_a_currency_header_are_money():
    report = extract_text(MILLIONS_TABLE)
    (table,) = report.tables
    assert table.scale == 1e6
    assert [c.unit for c in table.rows[0][2:]] == ["IDR", "IDR", "IDR"]
    assert _table_checks(MILLIONS_TABLE) == sorted(
        [("row_difference", "consistent", s * 1e6) for s in (62.6, 10.0, 72.6)]
        + [("column_total", "consistent", s * 1e6) for s in (2050.5, 1977.9, 72.6)])


def test_small_figures_under_a_currency_header_with_a_slip():
    checks = _table_checks(MILLIONS_TABLE.replace("| 790,0 | 10,0 |", "| 790,0 | 100,0 |"))
    assert ("row_difference", "mismatch", 100e6) in checks
    assert not any(c[0] == "row_percent" for c in checks)


WORDS_TABLE = """Tabel 3.5 Capaian Indikator Kinerja

| Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|
| Jumlah orsos yang dibina | 55 (lima puluh lima) orsos | 50 orsos | 90,91 |
| Jumlah PSKS yang diberdayakan | 12 Kab/Kota | 11 Kab/Kota | 91,67 |
| Persentase PMKS tertangani | ± 95% | 98.67 pct | 103,86 |
| Jumlah KPM yang menerima | 1.250 KK/KPM | 1.200 KK/KPM | 96,00 |
"""


def test_cells_in_report_shapes_are_checked():
    assert _table_checks(WORDS_TABLE) == [("row_percent", "consistent", s) for s in (90.91, 91.67, 96.0, 103.86)]


def test_cells_in_report_shapes_with_a_slip():
    checks = _table_checks(WORDS_TABLE.replace("| 50 orsos | 90,91 |", "| 50 orsos | 92,73 |"))
    assert [c for c in checks if c[1] != "consistent"] == [("row_percent", "mismatch", 92.73)]


def test_dates_and_codes_in_a_table_raise_no_alarm():
    text = """Tabel 1.2 Dasar Hukum Pelaksanaan

| No | Kode | Uraian | Tanggal | Telepon |
|---|---|---|---|---|
| 1 | 1.06.02.2.01 | Permensos No. 3 Tahun 2021 | 12-12-2023 | 0812-3456-7890 |
| 2 | 1.06.02.2.02 | Perda No. 5 Tahun 2019 | 26.02.2024 | (0274) 123456 |
"""
    report = extract_text(text)
    assert _table_checks(text) == []
    assert [(m.kind, m.text) for m in report.mentions if m.kind in ("amount", "count")] == []


SATUAN_TABLE = """Tabel 2.5 Capaian Indikator Kinerja Utama

| No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jumlah PMKS yang ditangani | Jiwa | 2.3O8 | 2.25O | 97,49 |
| 2 | Jumlah orsos yang dibina | Orsos | 55 | 5O | 9O,91 |
| 3 | Persentase KPM yang menerima bantuan | % | 1OO | 96 | 96,OO |
"""


def test_ocr_damaged_indicator_table():
    # "1OO" was read as 1 with the unit "OO": 96 / 1 = 9.600%, a false alarm
    assert _table_checks(SATUAN_TABLE) == [("row_percent", "consistent", s) for s in (90.91, 96.0, 97.49)]


def test_ocr_damaged_indicator_table_with_a_slip():
    checks = _table_checks(SATUAN_TABLE.replace("| 5O | 9O,91 |", "| 5O | 9O,19 |"))
    assert [c for c in checks if c[1] != "consistent"] == [("row_percent", "mismatch", 90.19)]


# a Word table set out with tabs, the currency in a cell of its own
TABBED_TABLE = ("Tabel 3.1 Realisasi Anggaran\nNo\tProgram\tAnggaran\t\tRealisasi\t\t%\n"
                "1\tProgram Perlindungan Sosial\tRp\tl.250.000.000\tRp\t1.187.5OO.000\t95,OO\n"
                "2\tProgram Rehabilitasi Sosial\tRp\t8OO.000.000\tRp\t720.000.000\t9O,00\n"
                "\tJumlah\tRp\t2.O50.000.000\tRp\t1.907.500.000\t93,O5\n")


def test_ocr_damaged_tabbed_table():
    assert _table_checks(TABBED_TABLE) == sorted(
        [("row_percent", "consistent", s) for s in (95.0, 90.0, 93.05)]
        + [("column_total", "consistent", s) for s in (2.05e9, 1.9075e9)])


def test_ocr_damaged_tabbed_table_with_a_slip():
    checks = _table_checks(TABBED_TABLE.replace("\t2.O50.000.000\t", "\t2.O5O.500.000\t"))
    assert [c for c in checks if c[1] != "consistent"] == [("column_total", "mismatch", 2.0505e9),
                                                          ("row_percent", "mismatch", 93.05)]


# amounts and percentages whose decimals are said as one number after "koma": (stated, words, verdict)
DECIMALS_IN_WORDS = [
    ("pagu Rp 2,27 M (dua koma dua puluh tujuh miliar rupiah) untuk", (2.27e9, 2.27e9, "consistent")),
    ("pagu Rp 2,72 M (dua koma dua puluh tujuh miliar rupiah) untuk", (2.72e9, 2.27e9, "mismatch")),
    ("capaian 98,67% (sembilan puluh delapan koma enam puluh tujuh persen) dari target", (98.67, 98.67, "consistent")),
    ("capaian 98,76% (sembilan puluh delapan koma enam puluh tujuh persen) dari target", (98.76, 98.67, "mismatch")),
    ("pagu Rp 1,15 miliar (satu koma lima belas miliar rupiah)", (1.15e9, 1.15e9, "consistent")),
    # said digit by digit, as before
    ("pagu Rp 2,27 miliar (dua koma dua tujuh miliar rupiah)", (2.27e9, 2.27e9, "consistent")),
]


@pytest.mark.parametrize("text,expected", DECIMALS_IN_WORDS, ids=[t[:50] for t, _ in DECIMALS_IN_WORDS])
def test_decimals_said_as_one_number(text, expected):
    report = extract_text(text)
    (m,) = [m for m in report.mentions if m.words_value is not None]
    (c,) = [c for c in report.checks if c.check == "amount_in_words"]
    assert (m.value, m.words_value, c.verdict) == (pytest.approx(expected[0]), pytest.approx(expected[1]), expected[2])


@pytest.mark.parametrize("words", ["dua koma seratus miliar", "dua koma dua ratus lima miliar"])
def test_decimals_beyond_tens_stay_unread(words):
    from kesos_extract.errors import MalformedNumberError
    from kesos_extract.words import parse_words

    with pytest.raises(MalformedNumberError):
        parse_words(words)
