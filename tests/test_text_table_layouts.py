"""A budget table typed into a text report in the layouts people use: markdown pipes with and
without the outer pipes, right under its caption (no blank line), tabs, and columns of spaces
where the "No" column runs into the name's. Each layout gives the same table, the same checks
(one planted slip: 1.008.000.000 / 1.120.000.000 is 90%, stated 92,00) and the programs' budgets
read from their rows."""

import pytest

import kesos_extract as kx

ROWS = [
    ("No", "Program/Kegiatan", "Anggaran", "Realisasi", "%"),
    ("1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "3.250.000.000", "3.101.250.000", "95,42"),
    ("2", "Program Pemberdayaan Sosial", "780.000.000", "741.000.000", "95,00"),
    ("3", "Program Rehabilitasi Sosial", "1.120.000.000", "1.008.000.000", "92,00"),
    ("", "Jumlah", "5.150.000.000", "4.850.250.000", "94,18"),
]
BEFORE = ("2.1.6 URUSAN SOSIAL\nPada tahun 2022, urusan sosial dilaksanakan oleh Dinas Sosial melalui 3 (tiga) "
          "program dengan rincian sebagai berikut:\n\n"
          "Tabel 2.15 Realisasi Anggaran Urusan Sosial Tahun 2022 (dalam rupiah)\n")
AFTER = "\n\n2. Permasalahan dan Solusi\nPermasalahan yang dihadapi antara lain keterbatasan data PMKS.\n"

LAYOUTS = {
    "pipes without outer pipes": lambda r: " | ".join(r),
    "pipes with outer pipes": lambda r: "| " + " | ".join(r) + " |",
    "tabs": lambda r: "\t".join(r),
    "columns of spaces": lambda r: "    ".join(c for c in r if c) if r[0] else "      " + "    ".join(r[1:]),
}


def _report(tmp_path, layout):
    lines = [LAYOUTS[layout](r) for r in ROWS]
    if layout == "pipes with outer pipes":
        lines.insert(1, "|---|---|---:|---:|---:|")
    path = tmp_path / "laporan.txt"
    path.write_text(BEFORE + "\n".join(lines) + AFTER, encoding="utf-8")
    return kx.extract(path)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_typed_budget_table(tmp_path, layout):
    report = _report(tmp_path, layout)
    assert len(report.tables) == 1
    rows = [(c.stated, c.verdict) for c in report.checks if c.check == "row_percent"]
    assert rows == [(95.42, "consistent"), (95.0, "consistent"), (92.0, "mismatch"), (94.18, "consistent")]
    totals = [(c.stated, c.verdict) for c in report.checks if c.check == "column_total"]
    assert totals == [(5150000000.0, "consistent"), (4850250000.0, "consistent")]
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3250000000.0, 3101250000.0, 95.42),
        ("Program Pemberdayaan Sosial", 780000000.0, 741000000.0, 95.0),
        ("Program Rehabilitasi Sosial", 1120000000.0, 1008000000.0, 92.0),
    ]
    # every budget figure points at its cell
    for p in report.programs:
        span = p.budget.pagu_span
        assert report.text[span.start:span.end] in {r[2] for r in ROWS}


def test_bare_pipe_row_keeps_its_empty_first_cell(tmp_path):
    report = _report(tmp_path, "pipes without outer pipes")
    [table] = report.tables
    assert [c.text for c in table.rows[-1]][:2] == ["", "Jumlah"]


def test_pipes_in_one_line_of_prose_make_no_table(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("Realisasi | Pagu | Capaian ditulis dalam satu baris saja.\n\nParagraf berikutnya.\n")
    assert kx.extract(path).tables == []


# --- tables laid out with spaces (pdftotext -layout, or typed) ---------------------------------

WRAPPED = """Tabel 2.3 Pengukuran Kinerja Sasaran Strategis Tahun 2021

No   Sasaran Strategis / Indikator Kinerja        Satuan   Target   Realisasi   Capaian
1    Meningkatnya pelayanan dan rehabilitasi
     sosial bagi PMKS
     Persentase PMKS yang memperoleh              %        80       76          95,00
     bantuan sosial
2    Persentase anak terlantar yang               %        70       63          92,00
     mendapatkan pelayanan dalam panti
3    Jumlah lansia terlantar yang ditangani       orang    450      432         96,00

Dari tabel di atas, satu indikator belum mencapai target.
"""


def test_spaced_table_with_wrapped_labels(tmp_path):
    """A label wrapped onto the lines under its row stays in that row (read word by word it ran
    into the next row's number and the columns slipped: no check at all)."""
    path = tmp_path / "lkjip.txt"
    path.write_text(WRAPPED)
    report = kx.extract(path)
    [table] = report.tables
    assert table.header == ["No", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"]
    assert [c.text for c in table.rows[1]] == ["2", "Persentase anak terlantar yang mendapatkan pelayanan dalam panti",
                                                "%", "70", "63", "92,00"]
    # 63 / 70 is 90%: the slip planted in row 2
    assert [(c.stated, c.verdict) for c in report.checks if c.check == "row_percent"] == [
        (95.0, "consistent"), (92.0, "mismatch"), (96.0, "consistent")]
    # a cell over two lines spans from its first word to its last (the other columns' words
    # on its first line between)
    cell = table.rows[1][1]
    spanned = report.text[cell.start:cell.end]
    assert spanned.startswith("Persentase anak") and spanned.endswith("dalam panti")


ROWS_APART = """NO          NAMA KECAMATAN          JUMLAH

1           MARGASARI               49,362

2           BUMIJAWA                57,362
3           BOJONG                  46,134

4           BALAPULANG              58,941

JUMLAH                              211,799
"""


def test_spaced_table_rows_apart_and_together(tmp_path):
    """Rows set a blank line apart, two of them with none between: each numbered line is a row
    (grouped by the spacing alone, rows 2 and 3 were one, and the total a false alarm)."""
    path = tmp_path / "bdt.txt"
    path.write_text(ROWS_APART)
    report = kx.extract(path)
    [table] = report.tables
    assert [r[1].text for r in table.rows[:4]] == ["MARGASARI", "BUMIJAWA", "BOJONG", "BALAPULANG"]
    assert [(c.stated, c.verdict) for c in report.checks if c.check == "column_total"] == [(211799.0, "consistent")]


CENTRED = """NO   Program / Kegiatan                 Pagu            Realisasi

                  Program Peningkatan
     3            Kapasitas Sumber        87.500.000      25.000.000
                  Daya Aparatur

                  Pendidikan dan
                                          50.000.000      15.000.000
                  pelatihan formal

                  Pemeliharaan
     4            rutin gedung            37.500.000      10.000.000
                  kantor
"""


def test_spaced_table_with_centred_rows_is_not_cut_by_guess(tmp_path):
    """A ruled table's cells centred in their height (a row's label starts on the lines above its
    number): blank lines cannot tell where its rows begin, so it is not read as a spaced table,
    and no program sum is checked on rows cut in the wrong place."""
    path = tmp_path / "layout.txt"
    path.write_text(CENTRED)
    report = kx.extract(path)
    assert not [c for c in report.checks if c.verdict == "mismatch"]


# --- tables pasted one cell a line -------------------------------------------------------------

def _cell_per_line(rows):
    return "\n".join(cell for row in rows for cell in row if cell)


def test_cell_per_line_budget_table_with_slash_and_percent_labels(tmp_path):
    """A table copied from a web page, one cell a line and no tab, headed "Program/Kegiatan" and
    "%": the same table, checks and program budgets as its tab-separated text (neither label was
    read as one: no table, and the programs had no budget)."""
    path = tmp_path / "web.txt"
    path.write_text("Tabel 2.15 Realisasi Anggaran Urusan Sosial Tahun 2022\n" + _cell_per_line(ROWS)
                    + "\nSumber: BPKAD, 2023\n")
    report = kx.extract(path)
    [table] = report.tables
    assert table.header == list(ROWS[0])
    assert [c.text for c in table.rows[-1]] == list(ROWS[-1])
    assert [(c.stated, c.verdict) for c in report.checks if c.check == "row_percent"] == [
        (95.42, "consistent"), (95.0, "consistent"), (92.0, "mismatch"), (94.18, "consistent")]
    assert [(c.stated, c.verdict) for c in report.checks if c.check == "column_total"] == [
        (5150000000.0, "consistent"), (4850250000.0, "consistent")]
    assert [(p.budget.pagu, p.budget.realisasi) for p in report.programs] == [
        (3250000000.0, 3101250000.0), (780000000.0, 741000000.0), (1120000000.0, 1008000000.0)]


CELL_PER_LINE_INDICATORS = """Capaian indikator kinerja utama tahun 2020 adalah sebagai berikut.
Indikator Kinerja
Target
Realisasi
Capaian (%)
Persentase PMKS yang tertangani
80%
76%
95,00
Jumlah lansia terlantar
yang mendapat pelayanan
450
432
98,00
Indeks kepuasan masyarakat
80
82,4
103
Secara umum capaian kinerja sudah baik.
"""


def test_cell_per_line_indicator_table_with_a_wrapped_label(tmp_path):
    """No "No" column: a row is its label and its figures; a label wrapped onto a second line,
    where the first row has a figure, is one cell (the rows slipped by a line: no table)."""
    path = tmp_path / "lkjip.txt"
    path.write_text(CELL_PER_LINE_INDICATORS)
    report = kx.extract(path)
    [table] = report.tables
    assert [r[0].text for r in table.rows] == [
        "Persentase PMKS yang tertangani", "Jumlah lansia terlantar yang mendapat pelayanan", "Indeks kepuasan masyarakat"]
    # 432 / 450 is 96%, stated 98,00
    assert [(c.stated, c.verdict) for c in report.checks if c.check == "row_percent"] == [
        (95.0, "consistent"), (98.0, "mismatch"), (103.0, "consistent")]


def test_short_lines_of_labels_in_prose_make_no_table(tmp_path):
    path = tmp_path / "daftar.txt"
    path.write_text("Kolom yang diisi:\nTarget\nRealisasi\nCapaian\nsemuanya wajib diisi oleh setiap bidang.\n")
    assert kx.extract(path).tables == []


# --- labels and their values set apart by a tab --------------------------------------------------

@pytest.mark.parametrize("sep", ["\t: ", " :\t", "\t\t: "])
@pytest.mark.parametrize("stated, verdict", [("95,85", "consistent"), ("98,85", "mismatch")])
def test_labelled_budget_lines_set_with_tabs(tmp_path, sep, stated, verdict):
    """"Pagu<TAB>: Rp ..." lines (a Word document's tab stops) are a record of the program's
    budget, not a table whose figures no claim reads (no check was made of them)."""
    path = tmp_path / "lkpj.txt"
    path.write_text(f"c) Pagu dan Realisasi\nPagu{sep}Rp 3.234.500.000\nRealisasi{sep}Rp 3.100.250.000\n"
                    f"Persentase{sep}{stated} %\n\nd) Hasil\nKegiatan terlaksana.\n")
    checks = kx.extract(path).checks
    assert [(c.check, c.stated, c.verdict) for c in checks] == [
        ("budget_percent", float(stated.replace(",", ".")), verdict)]
    assert checks[0].operands == {"numerator": 3100250000.0, "denominator": 3234500000.0}


PROGRAMS_AND_KEGIATAN = """Tabel 3.1 Realisasi Program dan Kegiatan

No.  Program / Kegiatan                Anggaran (Rp)   Realisasi (Rp)   %
1.   Program Pemberdayaan Sosial       450.000.000     427.500.000      95,00
     - Pemberdayaan Sosial KAT         200.000.000     190.000.000      95,00
     - Pengumpulan Sumbangan           250.000.000     237.500.000      95,00
2.   Program Rehabilitasi Sosial       300.000.000     270.000.000      90,00
     - Rehabilitasi Sosial Lansia      300.000.000     270.000.000      90,00
"""


def test_spaced_table_of_programs_and_their_kegiatan(tmp_path):
    """Kegiatan rows under a numbered program row, each with its figures: rows of their own (they
    were run into the program's row: its cells 'unparseable'), and the program's activities."""
    path = tmp_path / "lkpj.txt"
    path.write_text(PROGRAMS_AND_KEGIATAN)
    report = kx.extract(path)
    [table] = report.tables
    assert [r[1].text for r in table.rows] == [
        "Program Pemberdayaan Sosial", "- Pemberdayaan Sosial KAT", "- Pengumpulan Sumbangan",
        "Program Rehabilitasi Sosial", "- Rehabilitasi Sosial Lansia"]
    assert {c.verdict for c in report.checks} == {"consistent"}
    assert [(c.stated, c.expected) for c in report.checks if c.check == "program_sum"] == [
        (450000000.0, 450000000.0), (427500000.0, 427500000.0), (300000000.0, 300000000.0), (270000000.0, 270000000.0)]
    assert [(p.name, p.budget.pagu, [a.name for a in p.activities]) for p in report.programs] == [
        ("Program Pemberdayaan Sosial", 450000000.0, ["Pemberdayaan Sosial KAT", "Pengumpulan Sumbangan"]),
        ("Program Rehabilitasi Sosial", 300000000.0, ["Rehabilitasi Sosial Lansia"])]


def test_a_table_with_a_header_of_its_own_after_blank_lines_is_a_table_of_its_own(tmp_path):
    """Two tab tables one column apart in width, two blank lines between: the second's first row
    is a header of its own (column labels, not the first's repeated), so it is no continuation."""
    path = tmp_path / "lkpj.txt"
    path.write_text("Program/Kegiatan\tPagu\tRealisasi\t%\n"
                    "Rehabilitasi Sosial Lansia\t300.000.000\t270.000.000\t90,00\n"
                    "Jumlah\t300.000.000\t270.000.000\t90,00\n\n\n"
                    "Kode\tProgram/Kegiatan/Sub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%\n"
                    "1.06.02\tProgram Pemberdayaan Sosial\t450.000.000\t441.000.000\t98,00\n"
                    "1.06.02.2.01\tPemberdayaan Sosial KAT\t450.000.000\t441.000.000\t98,00\n"
                    "1.06.04\tProgram Rehabilitasi Sosial\t300.000.000\t270.000.000\t90,00\n"
                    "1.06.04.2.01\tRehabilitasi Sosial Lansia\t300.000.000\t270.000.000\t90,00\n")
    report = kx.extract(path)
    assert [t.header[0] for t in report.tables] == ["Program/Kegiatan", "Kode"]
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in report.programs] == [
        ("Program Pemberdayaan Sosial", 450000000.0, 441000000.0), ("Program Rehabilitasi Sosial", 300000000.0, 270000000.0)]
