"""Typed tables: the shapes of the seeds' tables, cell typing, and table arithmetic on small
tables written for the tests."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from kesos_extract import extract_text
from kesos_extract.tables import type_cell

# Every table of the seeds, in order: (seed, index, caption start, body rows, columns, header
# labels). Read off the seeds by hand: body rows exclude header rows, the column-number rows
# and the headers repeated after page breaks, and count a row broken across a page break once.
SHAPES = [
    ("000_73e443a0bbfd6598.txt", 0, "Tabel 4.24.1", 9, 5, 5),
    ("000_73e443a0bbfd6598.txt", 1, "Tabel 4.24.2", 4, 5, 5),
    ("000_73e443a0bbfd6598.txt", 2, "Tabel 4.24.3", 10, 5, 5),
    ("000_73e443a0bbfd6598.txt", 3, "Tabel 4.24.4", 5, 5, 5),
    ("000_73e443a0bbfd6598.txt", 4, "Tabel 4.24.5", 4, 5, 5),
    ("000_73e443a0bbfd6598.txt", 5, "Tabel 4.24.6", 6, 5, 5),
    ("000_73e443a0bbfd6598.txt", 6, "Tabel 4.24.7", 14, 5, 5),
    # flattened by the conversion: "No. INDIKATOR KINERJA SATUAN / REALISASI / 2009 2010 2011" over
    # rows whose Satuan and three yearly figures end their last line; the figures stacked under
    # "Persentase PMKS" (the ratio's terms) stay in the indicator's cell
    ("001_46945bdb9795494b.txt", 0, None, 4, 6, 6),
    # 26 PMKS and Jumlah; the units stand in columns of their own
    ("002_0633a098c4ed8db1.txt", 0, "Tabel 1.1", 27, 10, 10),
    # "1) Urusan Sosial<TAB>: Rp. 11.518.440.092,-": label and amount, no header
    ("002_0633a098c4ed8db1.txt", 1, None, 7, 2, 0),
    ("002_0633a098c4ed8db1.txt", 2, None, 10, 3, 3),
    ("002_0633a098c4ed8db1.txt", 3, None, 5, 3, 3),
    # three header rows (TARGET DAN REALISASI / 2014 2015 ... / TARGET REALISASI)
    ("002_0633a098c4ed8db1.txt", 4, "Tabel 4.1", 1, 10, 10),
    ("002_0633a098c4ed8db1.txt", 5, "Tabel 4.2 Data PMKS Yang Diberikan Pelayanan Tahun 2014", 27, 7, 7),
    ("002_0633a098c4ed8db1.txt", 6, "Tabel 4.2 Data PMKS Yang Diberikan Pelayanan Tahun 2015", 27, 7, 7),
    # header split by a rule and a blank line, column numbers twice, two rows broken by page breaks
    ("002_0633a098c4ed8db1.txt", 7, "Tabel 4.3", 21, 9, 9),
    # flattened to lines of words by the web export (readers.flattened): an indicator whose
    # "Satuan" and numbers stand on the last line; five numbered problems with their solutions;
    # two awards
    ("003_ef023881b5c4e780.txt", 0, "Tabel 3.7. Realisasi Indikator Kinerja Utama", 1, 5, 5),
    ("003_ef023881b5c4e780.txt", 1, None, 5, 2, 2),
    ("003_ef023881b5c4e780.txt", 2, None, 2, 3, 3),
    ("004_0ca9ee8b18b5a3d7.txt", 0, "DAFTAR PEGAWAI", 17, 4, 4),
    ("004_0ca9ee8b18b5a3d7.txt", 1, None, 22, 4, 4),
    ("004_0ca9ee8b18b5a3d7.txt", 2, None, 1, 4, 4),
    ("004_0ca9ee8b18b5a3d7.txt", 3, "SDM kesejahteraan", 8, 4, 4),
    # codes 1 .. 12 under "KODE JENIS PSKS" are header labels, not column numbers
    ("004_0ca9ee8b18b5a3d7.txt", 4, "POTENSI SUMBER KESEJAHTERAAN SOSIAL", 19, 16, 16),
    ("004_0ca9ee8b18b5a3d7.txt", 5, "PROGRAM DINAS SOSIAL TAHUN 2018", 75, 5, 5),
    ("004_0ca9ee8b18b5a3d7.txt", 6, "SASARAN STRATEGIS, INDIKATOR", 25, 5, 5),
    ("004_0ca9ee8b18b5a3d7.txt", 7, None, 2, 4, 4),
    ("004_0ca9ee8b18b5a3d7.txt", 8, "Tabel 3.1", 26, 6, 6),
    # header repeated after the page break as "No / SASARAN STRATEGIS / ... UTAMA / 2016 2017 2018"
    ("004_0ca9ee8b18b5a3d7.txt", 9, "Tabel Perbandingan Realisasi", 26, 12, 12),
    ("004_0ca9ee8b18b5a3d7.txt", 10, "Tabel 3.3", 26, 6, 6),
    # "TARGET  REALISASI" over the number columns after the page break, where the first page
    # had "TARGET  TINGKAT CAPAIAN": the rest is a table of its own with that header
    ("004_0ca9ee8b18b5a3d7.txt", 11, "Perbandingan realisasi kinerja", 12, 6, 6),
    ("004_0ca9ee8b18b5a3d7.txt", 12, "Perbandingan realisasi kinerja", 14, 6, 6),
    # two rows lost their leading tabs
    ("004_0ca9ee8b18b5a3d7.txt", 13, "Rincian penggunaan", 25, 5, 5),
    # the title stands in the table's first row
    ("004_0ca9ee8b18b5a3d7.txt", 14, "SEBARAN KEPESERTAAN PENERIMA PROGRAM", 19, 8, 8),
    ("004_0ca9ee8b18b5a3d7.txt", 15, "Dasar : Permensos", 19, 3, 3),
    ("004_0ca9ee8b18b5a3d7.txt", 16, "SEBARAN BDT BERDASARKAN NIK", 19, 5, 5),
    ("004_0ca9ee8b18b5a3d7.txt", 17, "SEBARAN DATA KEC. DUKUHWARU", 11, 7, 7),
    ("004_0ca9ee8b18b5a3d7.txt", 18, None, 7, 3, 0),
    # rows that gained a leading tab after the page break
    ("004_0ca9ee8b18b5a3d7.txt", 19, "SASARAN STRATEGIS, INDIKATOR", 19, 6, 6),
]
TABLE_COUNTS = {"000_73e443a0bbfd6598.txt": 7, "001_46945bdb9795494b.txt": 1, "002_0633a098c4ed8db1.txt": 8,
                "003_ef023881b5c4e780.txt": 3, "004_0ca9ee8b18b5a3d7.txt": 20}


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_table_count(seed, seed_reports):
    assert len(seed_reports[seed].tables) == TABLE_COUNTS[seed]


@pytest.mark.parametrize("seed,index,caption,rows,cols,labels", SHAPES,
                         ids=[f"{s[:3]}-{i}-{(c or 'no caption')[:24]}" for s, i, c, *_ in SHAPES])
def test_seed_table_shapes(seed, index, caption, rows, cols, labels, seed_reports):
    t = seed_reports[seed].tables[index]
    assert (t.caption or None if caption is None else (t.caption or "")[:len(caption)]) == caption
    assert len(t.rows) == rows
    assert {len(r) for r in t.rows} == {cols}
    assert len(t.header) == labels


def test_seed_headers_merged(seed_reports):
    """Two-level headers give one label per column; the scale stated under a table counts."""
    t = seed_reports["002_0633a098c4ed8db1.txt"].tables[7]
    assert t.header[:6] == ["Sasaran Strategi", "Indikator Kinerja", "Target", "Program/Kegiatan",
                            "Anggaran Murni", "Anggaran Perubahan"]
    assert t.scale == 1000  # "(*Dalam ribuan rupiah)" stands under the table
    psks = seed_reports["004_0ca9ee8b18b5a3d7.txt"].tables[4]
    assert psks.header[2] == "KODE JENIS PSKS *) 1" and psks.header[13] == "KODE JENIS PSKS *) 12"
    assert psks.total_rows == [18]
    assert seed_reports["004_0ca9ee8b18b5a3d7.txt"].tables[17].total_rows == [10]  # "Grand Total"


def test_seed_units(seed_reports):
    """Units from the cell ("2,308 Jiwa"), the row's Satuan cell, or the unit cell after the number."""
    t = seed_reports["000_73e443a0bbfd6598.txt"].tables[0]
    assert [(c.value, c.unit) for c in t.rows[0][3:]] == [(114, "orsos"), (10, "orsos")]
    t = seed_reports["000_73e443a0bbfd6598.txt"].tables[1]
    assert (t.rows[0][4].text, t.rows[0][4].value, t.rows[0][4].unit) == ("8000/2000", 8000, "jiwa")
    assert (t.rows[3][4].text, t.rows[3][4].value, t.rows[3][4].unit) == ("120/325 kk", 120, "jiwa")
    t = seed_reports["002_0633a098c4ed8db1.txt"].tables[0]
    assert (t.rows[0][2].value, t.rows[0][2].unit) == (2308, "jiwa")
    kv = seed_reports["002_0633a098c4ed8db1.txt"].tables[1]
    assert (kv.rows[0][1].value, kv.rows[0][1].unit) == (11518440092, "IDR")


@pytest.mark.parametrize("seed", SEEDS)
def test_cells_quote_their_spans(seed, seed_reports):
    r = seed_reports[seed]
    for t in r.tables:
        for row in t.rows:
            for c in row:
                if c.text and c.start is not None and "\n" not in r.text[c.start:c.end]:
                    assert r.text[c.start:c.end] == c.text


CELLS = [("2,308 Jiwa", 2308, "jiwa"), ("356,568 KK", 356568, "KK"), ("1.700 KK", 1700, "KK"), ("96%", 96, "%"),
         ("100 %", 100, "%"), ("-", None, None), ("", None, None), ("54, 907 Jiwa", 54907, "jiwa"),
         ("300,00", 300, None), ("13,11,00", None, None), ("8000/2000", 8000, None), ("140/10", 140, None),
         ("120/325 kk", 120, None), (": Rp. 519.065.000,-", 519065000, "IDR"), ("1 keg.", 1, "keg."),
         ("1 Pendidikan dan pelatihan formal", None, None), ("2,22", 2.22, None), (".234 Buku", None, None),
         ("127.607.73 5", 127607735, None), ("276.763.50 0", 276763500, None), ("2.856.071. 653", 2856071653, None)]


@pytest.mark.parametrize("text,value,unit", CELLS, ids=[c[0] or "empty" for c in CELLS])
def test_type_cell(text, value, unit):
    v = type_cell(text)
    assert (None if v.value is None else float(v.value), v.unit) == (value, unit)


def _checks(text, name=None):
    report = extract_text(text)
    return [c for c in report.checks if name is None or c.check == name], report


TABLE_42 = """Tabel 9.1
Pelayanan PMKS Tahun 2020

NO.\tJENIS PMKS\tJUMLAH\tDILAYANI\t%\tSISA\t%
1\t2\t3\t4\t5\t6\t7
1.\tAnak Terlantar\t1,200 Jiwa\t300 Jiwa\t25,00\t900 Jiwa\t75,00
2.\tLanjut Usia\t800 Jiwa\t200 Jiwa\t25,00\t601 Jiwa\t75,13
Jumlah\t\t2,000\t500\t25,00\t1,501\t75,05
"""


def test_difference_and_percent_columns():
    diffs, report = _checks(TABLE_42, "row_difference")
    assert [(c.stated, c.expected, c.verdict) for c in diffs] == [(900, 900, "consistent"), (601, 600, "mismatch"),
                                                                  (1501, 1500, "mismatch")]
    pcts = [(c.stated, c.verdict) for c in report.checks if c.check == "row_percent"]
    assert pcts == [(25.0, "consistent"), (75.0, "consistent"), (25.0, "consistent"), (75.13, "consistent"),
                    (25.0, "consistent"), (75.05, "consistent")]
    totals = [(c.stated, c.expected, c.verdict) for c in report.checks if c.check == "column_total"]
    assert totals == [(2000, 2000, "consistent"), (500, 500, "consistent"), (1501, 1501, "consistent")]
    table = report.tables[0]
    assert table.caption.startswith("Tabel 9.1") and table.total_rows == [2] and len(table.rows) == 3


TABLE_SCALE = """Realisasi Anggaran (Dalam ribuan rupiah)

Kegiatan\tAnggaran\tRealisasi\t%
Penyuluhan sosial\t300.000\t127.607.735\t42,54
Bimbingan teknis\t200.000\t150.000\t75,00
"""


def test_cells_in_full_rupiah_inside_a_thousands_table():
    checks, report = _checks(TABLE_SCALE, "row_percent")
    assert report.tables[0].scale == 1000
    assert [(c.stated, c.verdict) for c in checks] == [(42.54, "consistent"), (75.0, "consistent")]
    assert "scale inferred" in checks[0].message


TABLE_TARGETS = """Capaian Kinerja 2021

No\tIndikator\tTarget\tRealisasi\tCapaian
1\tLansia dilayani\t430\t425\t96%
2\tAnak jalanan ditangani\t100\t120\t100 %
3\tPersentase PMKS\t13,80\t13,11,00\t100 %
4\tAngka kemiskinan (%)\t10,0\t9,0\t110 %
"""


def test_target_realisation_achievement():
    checks, report = _checks(TABLE_TARGETS)
    got = [(c.check, c.stated, c.verdict) for c in checks if c.check in ("row_percent", "unparseable")]
    assert got == [("row_percent", 96.0, "mismatch"), ("row_percent", 100.0, "capped"),
                   ("unparseable", None, "unparseable"), ("row_percent", 110.0, "consistent")]
    assert "lower is better" in checks[-1].message
    assert [c.quote for c in checks if c.check == "unparseable"] == ["13,11,00"]


TABLE_PROGRAMS = """NO\tProgram / Kegiatan\t\tPagu (Rp.000)
I\tDinas Sosial\t\t1.500
\t1\tProgram Pelayanan Administrasi\t1.000
\t1\tPenyediaan alat tulis\t400
\t2\tPenyediaan jasa\t600
\t2\tProgram Penanganan Bencana\t500
\t1\tLogistik bencana\t450
"""


def test_program_equals_sum_of_activities():
    checks, _ = _checks(TABLE_PROGRAMS, "program_sum")
    assert [(c.stated, c.expected, c.verdict) for c in checks] == [
        (1500e3, 1500e3, "consistent"), (1000e3, 1000e3, "consistent"), (500e3, 450e3, "mismatch")]  # (Rp.000): in rupiah
    assert "sum of its 2 programs" in checks[0].message and "sum of its 1 activities" in checks[2].message


# --- typing on small tables written for the tests ------------------------------------------------

def _table(text):
    report = extract_text(text)
    assert len(report.tables) == 1, [t.caption for t in report.tables]
    return report.tables[0]


TWO_LEVEL = """Tabel 2.7
Realisasi Anggaran Per Program

Program\tSasaran\tAnggaran\tRealisasi
-------\t-------\t--------\t---------

\t\tMurni\tPerubahan\tKeuangan\t\tFisik (%)
1\t2\t3\t4\t5\t6\t7
Program Perlindungan Sosial\tLansia\t500.000\t450.000\t400.000\t88,89\t100
Program Pemberdayaan\tKUBE\t200.000\t200.000\t190.000\t95,00\t100

(*Dalam ribuan rupiah)
"""


def test_two_level_header_split_by_a_blank_line():
    t = _table(TWO_LEVEL)
    assert t.caption.startswith("Tabel 2.7")
    assert t.header == ["Program", "Sasaran", "Anggaran Murni", "Anggaran Perubahan", "Realisasi Keuangan",
                        "Realisasi", "Realisasi Fisik (%)"]
    assert len(t.rows) == 2 and t.scale == 1000


TITLED = """Data penerima bantuan per kecamatan.

SEBARAN PENERIMA BANTUAN KABUPATEN CONTOH\t\t\t\t
NO\tKECAMATAN\tJENIS BANTUAN\t\t
\t\tPKH\tBPNT\tRASTRA
1\tUTARA\t1.200\t800\t300
2\tSELATAN\t900\t650\t210
JUMLAH\t\t2.100\t1.450\t510
"""


def test_title_row_is_the_caption_and_spanning_labels_spread():
    t = _table(TITLED)
    assert t.caption == "SEBARAN PENERIMA BANTUAN KABUPATEN CONTOH"
    assert t.header == ["NO", "KECAMATAN", "JENIS BANTUAN PKH", "JENIS BANTUAN BPNT", "JENIS BANTUAN RASTRA"]
    assert len(t.rows) == 3 and t.total_rows == [2]


PAGED = """Tabel 5.1 Capaian Indikator

No\tSASARAN\tINDIKATOR KINERJA UTAMA\tTARGET\tREALISASI\tCAPAIAN
1\tMeningkatnya pelayanan sosial\tJumlah lansia dilayani\t100\t90\t90 %
\t\tJumlah anak jalanan dibina\t50\t50\t100 %

No\tSASARAN\tINDIKATOR KINERJA UTAMAA\t\t\t
\t\tJumlah penyandang disabilitas dibina\t40\t30\t75 %
Persentase disabilitas direhabilitasi\t8,0\t6,0\t75 %\t\t
\t\t\tTARGET\tREALISASI\t
\t\tJumlah korban bencana dievakuasi\t20\t20\t100 %
"""


def test_page_breaks_repeated_headers_and_shifted_rows():
    t = _table(PAGED)
    assert len(t.rows) == 5
    assert {len(r) for r in t.rows} == {6}
    shifted = t.rows[3]
    assert shifted[2].text == "Persentase disabilitas direhabilitasi" and shifted[3].value == 8.0
    assert shifted[5].unit == "%" and shifted[5].value == 75


SATUAN = """Tabel 4.9 Kegiatan

No\tKegiatan\tSatuan\t2019\t2020
1\tPembinaan Karang Taruna\tKT\t12\t15
2\tPemberdayaan fakir miskin\tJiwa/KK\t4680\t8000/2000
3\tPenyuluhan sosial\tlokasi\t-\t4
"""


def test_units_from_the_satuan_column():
    t = _table(SATUAN)
    assert [(c.value, c.unit) for c in t.rows[0][3:]] == [(12, "KT"), (15, "KT")]
    assert [(c.value, c.unit) for c in t.rows[1][3:]] == [(4680, "jiwa"), (8000, "jiwa")]
    assert (t.rows[2][3].value, t.rows[2][4].unit) == (None, "lokasi")
    assert t.rows[0][0].unit is None  # the item number has no unit


def test_flattened_indicator_table_of_seed_001(seed_reports):
    (t,) = seed_reports["001_46945bdb9795494b.txt"].tables
    assert t.header == ["No.", "INDIKATOR KINERJA", "SATUAN", "REALISASI 2009", "REALISASI 2010", "REALISASI 2011"]
    assert [(c.value, c.unit) for c in t.rows[3][3:]] == [(0.42, "%"), (0.43, "%"), (3.52, "%")]
    assert [c.text for c in t.rows[0][:3]] == ["1.", "Penurunan Jumlah PMKS", "Jiwa"]


def test_flattened_tables_of_seed_003(seed_reports):
    """Seed 003's tables lost their cell boundaries in the web export; each cell is rebuilt with
    its words and its span (a cell over several lines spans from its first word to its last)."""
    report = seed_reports["003_ef023881b5c4e780.txt"]
    iku, problems, awards = report.tables
    assert iku.header == ["Indikator Kinerja Utama", "Satuan", "Capaian 2019", "Target 2020", ""]
    assert [(c.text, c.value, c.unit) for c in iku.rows[0]] == [
        ("Penanganan Penyandang Masalah Kesejahteraan Sosial (PMKS)", None, None), ("Persen", None, None),
        ("99,08", 99.08, "%"), ("85,21", 85.21, "%"), ("99,37", 99.37, "%")]
    assert problems.header == ["Permasalahan", "Solusi"]
    assert [r[1].text.split()[0] for r in problems.rows] == ["Perlunya", "Penanganan", "Pembinaan", "Membuat",
                                                             "Pelaksanaan"]
    assert problems.rows[2][0].text.endswith("permasalahan sosial di Kota Bontang")
    assert problems.rows[3][0].text == "4. Belum adanya SOP Penanganan Orang Dengan Gangguan Jiwa (ODGJ)"
    assert awards.header == ["No", "Nama Kejuaraan/Kegiatan/Penghargaan", "Keterangan"]
    assert [[c.text for c in r] for r in awards.rows] == [
        ["1.", "LK3 LANDAK (Lembaga Konsultasi Kesejahteraan Keluarga Langsung Bertindak)",
         "Best Innovation tingkat Nasional"],
        ["2.", "Bidang Pemberdayaan Masyarakat dan Penyelenggaraan Pemerintahan Kelurahan",
         "Juara 1 tingkat Provinsi"]]
    for t in report.tables:
        for row in t.rows:
            for c in row:
                assert report.text[c.start:c.end].split() == c.text.split()


def test_reader_heading_with_a_tab_is_no_table():
    """"SASARAN 1<TAB>MENINGKATNYA ..." underlined by a rule: a heading, not a table (seed 004)."""
    from kesos_extract.readers.text import split_blocks

    text = "SASARAN 1\tMENINGKATNYA PERLINDUNGAN SOSIAL\n---------\t--\n\nSasaran ini dicapai melalui program.\n"
    assert [b.kind for b in split_blocks(text) if b.kind == "table"] == []


def test_reader_text_tables_apart_stay_apart():
    """Only a short table of header rows without digits goes on in the next table."""
    from kesos_extract.readers.text import split_blocks

    problems = "\n".join(f"Masalah {c}\tSolusi {c}" for c in "ABCD")
    text = problems + "\n\nNo\tDesa\tPKH\tJumlah\n1\tSukamaju\t20\t120\n"
    assert [len(b.rows) for b in split_blocks(text) if b.kind == "table"] == [4, 2]
    text = "Program\tAnggaran\tRealisasi\n\n\tMurni\tPerubahan\tKeuangan\n1\t2\t3\t4\n"
    assert [len(b.rows) for b in split_blocks(text) if b.kind == "table"] == [3]


def test_cell_problems_say_why():
    assert type_cell(".234 Buku").problem == "starts with a separator: its leading digits are lost"
    assert type_cell("13,11,00").problem and type_cell("-").problem is None


NEW_PAGE_HEADER = """Perbandingan kinerja dengan standar nasional

No\tINDIKATOR\t2020\t\t
\t\tTARGET\tTINGKAT CAPAIAN\tstandar nasional
\tJumlah lansia dilayani\t300,00\t100 %\t
\tPersentase lansia dilayani\t7,5\t100 %\t

\t\tTARGET\tREALISASI\t
\tJumlah penyandang disabilitas dibina\t250,00\t250,00\t
\tPersentase disabilitas dibina\t5,8\t5,8\t
"""


def test_a_page_with_a_header_of_its_own_is_a_table_of_its_own():
    """After the page break the columns are target and realisation, not achievement: 250,00 is
    no 250 %."""
    tables = extract_text(NEW_PAGE_HEADER).tables
    assert [len(t.rows) for t in tables] == [2, 2]
    assert tables[1].header[2:4] == ["TARGET", "REALISASI"]
    assert tables[1].caption == tables[0].caption
    assert [(c.value, c.unit) for c in tables[1].rows[0][2:4]] == [(250, None), (250, None)]
    assert tables[0].rows[0][3].unit == "%"


def test_item_number_glued_to_the_name_goes_back_to_its_column(seed_reports):
    """Seed 004: "<TAB><TAB>1 Pendidikan dan pelatihan formal" under a column of item numbers."""
    t = seed_reports["004_0ca9ee8b18b5a3d7.txt"].tables[5]
    row = next(r for r in t.rows if "Pendidikan dan pelatihan formal" in r[2].text)
    assert (row[1].text, row[1].value, row[2].text, row[2].value) == ("1", 1, "Pendidikan dan pelatihan formal", None)
    text = seed_reports["004_0ca9ee8b18b5a3d7.txt"].text
    assert text[row[1].start:row[1].end] == "1" and text[row[2].start:row[2].end] == row[2].text


def test_money_columns_are_rupiah_as_written(seed_reports):
    """Cells of money columns are IDR; the value is as written, the table keeps its stated scale."""
    t = seed_reports["004_0ca9ee8b18b5a3d7.txt"].tables[5]
    assert t.scale == 1000 and (t.rows[1][3].value, t.rows[1][3].unit) == (1340750000, "IDR")
    t = seed_reports["002_0633a098c4ed8db1.txt"].tables[7]
    assert [c.unit for c in t.rows[1][4:9]] == ["IDR", "IDR", "IDR", "%", "%"]


RENDITIONS = [(seed, ext) for seed in ("002_0633a098c4ed8db1", "004_0ca9ee8b18b5a3d7") for ext in ("docx", "pdf")]


@pytest.mark.parametrize("seed,ext", RENDITIONS, ids=[f"{s[:3]}-{e}" for s, e in RENDITIONS])
def test_renditions_give_the_same_tables(seed, ext, seed_reports):
    """The seed printed to PDF or saved as DOCX breaks tables at page ends and wraps numbers in
    narrow cells ("127.607.73 5"); the typed tables are those of the text all the same."""
    from conftest import ROOT
    from kesos_extract import extract

    path = ROOT / "tests" / "fixtures" / "renditions" / f"{seed}.{ext}"
    if not path.exists():
        pytest.skip(f"{path.name} not generated")
    got = extract(path).tables
    want = seed_reports[f"{seed}.txt"].tables
    assert [(len(t.rows), len(t.header)) for t in got] == [(len(t.rows), len(t.header)) for t in want]


def test_blocks_broken_at_a_page_end_are_one_table():
    """Whatever the reader: two table blocks with only white space between them and as many
    columns are one table; the header repeated on the new page is dropped."""
    from kesos_extract.document import Block, Document, TableCell
    from kesos_extract.tables import type_tables

    lines = [["No", "Desa", "Jumlah"], ["1", "Sukamaju", "120"], ["2", "Sukaraja", "80"],
             ["No", "Desa", "Jumlah"], ["3", "Sukasari", "60"], ["Jumlah", "", "260"]]
    text, rows = "", []
    for cells in lines:
        row = []
        for k, c in enumerate(cells):
            row.append(TableCell(c, len(text), len(text) + len(c)))
            text += c + ("\t" if k < len(cells) - 1 else "\n")
        rows.append(row)
        if cells[1] == "Sukaraja":
            text += "\n"
    cut = rows[3][0].start
    doc = Document(path="x.pdf", format="pdf", text=text, page_starts=[0, cut])
    doc.blocks = [Block("table", 0, rows[2][-1].end, page=1, rows=rows[:3]),
                  Block("table", cut, len(text) - 1, page=2, rows=rows[3:])]
    tables = type_tables(doc)
    assert len(tables) == 1 and tables[0].page == 1
    assert [r[1].text for r in tables[0].rows] == ["Sukamaju", "Sukaraja", "Sukasari", ""]
    assert tables[0].total_rows == [3]


PAGE_NUMBER_BETWEEN = """Tabel 2.3
Realisasi Anggaran Program dan Kegiatan Dinas Sosial Tahun 2021

No\tProgram/Kegiatan\tAnggaran\tRealisasi\tSisa Anggaran\tCapaian
\t\t(Rp)\t(Rp)\t(Rp)\t(%)
1\tProgram Rehabilitasi Sosial\t1.200.000.000\t1.100.000.000\t100.000.000\t91,67
\tKegiatan Rehabilitasi Sosial Dasar Anak Terlantar\t1.200.000.000\t1.100.000.000\t100.000.000\t91,67
2\tProgram Perlindungan dan Jaminan Sosial\t300.000.000\t-\t300.000.000\t-

{page}

3\tProgram Penanganan Bencana\t150.000.000\t148.500.000\t1.500.000\t99,00
\tJumlah\t1.650.000.000\t1.248.500.000\t401.500.000\t75,67

Dari tabel di atas terlihat bahwa realisasi anggaran belum optimal.
"""


@pytest.mark.parametrize("page", ["- 12 -", "12", "Halaman 12", "Hal. 12 dari 40"])
def test_a_table_going_on_after_a_page_number_is_one_table(page):
    """A text export keeps the page's number between the two parts of a table a page break cut:
    the part after it was a table of its own with no header, whose "Sisa" column was taken for
    a percentage's base (three false row_percent alarms) and whose "Jumlah" had no rows above."""
    report = extract_text(PAGE_NUMBER_BETWEEN.format(page=page))
    (t,) = report.tables
    assert t.header[2:] == ["Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "Capaian (%)"]
    assert len(t.rows) == 5 and t.total_rows == [4]
    assert {c.verdict for c in report.checks} == {"consistent"}
    assert ("column_total", "consistent") in [(c.check, c.verdict) for c in report.checks]
    slipped = extract_text(PAGE_NUMBER_BETWEEN.format(page=page).replace("148.500.000\t1.500.000\t99,00",
                                                                         "148.500.000\t1.500.000\t98,00"))
    assert [c.check for c in slipped.checks if c.verdict == "mismatch"] == ["row_percent"]


def test_tables_apart_with_a_caption_between_stay_apart():
    text = PAGE_NUMBER_BETWEEN.format(page="Tabel 2.4 Realisasi Anggaran Tahun 2022")
    assert len(extract_text(text).tables) == 2
