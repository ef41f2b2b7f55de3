"""Tables drawn with rules in text (readers/ruled.py) and markdown escapes (normalise.py): what a
converter (pandoc, docutils, a text editor's table mode) makes of a report's tables."""

from __future__ import annotations

from collections import Counter

import pytest

from kesos_extract import extract_text
from kesos_extract.normalise import normalise_text
from kesos_extract.readers.text import split_blocks

GRID = """\
Realisasi anggaran program ini disajikan pada tabel berikut.

+-----+---------------------------------+----------------+----------------+--------+
| No  | Kegiatan                        | Pagu (Rp)      | Realisasi (Rp) | %      |
+=====+=================================+================+================+========+
| 1   | Pengelolaan Data Fakir Miskin   | 250.000.000    | 237.500.000    | 95,00  |
|     | Cakupan Daerah Kabupaten/Kota   |                |                |        |
+-----+---------------------------------+----------------+----------------+--------+
| 2   | Penyaluran Bantuan Sosial       | 1.200.000.000  | 1.140.000.000  | 95,00  |
+-----+---------------------------------+----------------+----------------+--------+
| 3   | Perlindungan Sosial Korban      | 400.000.000    | 300.000.000    | {p3}  |
|     | Bencana Alam dan Sosial         |                |                |        |
+-----+---------------------------------+----------------+----------------+--------+
|     | Jumlah                          | 1.850.000.000  | 1.677.500.000  | 90,68  |
+-----+---------------------------------+----------------+----------------+--------+

Demikian realisasi program tersebut.
"""

# pandoc's multiline table: full rules above and below, columns by the dash runs, rows parted by
# blank lines, a cell over several lines
MULTILINE = """\
Capaian penanganan PMKS tahun 2022:

  ------------------------------------------------------------------------
  No.   Jenis PMKS                  Jumlah    Ditangani   \\%
  ----- --------------------------- --------- ----------- ----------------
  1\\.   Anak balita terlantar       2.308     2.308       100

  2\\.   Anak yang memerlukan        1.250     1.000       {p2}
        perlindungan khusus

  3\\.   Lanjut usia terlantar       800       600         75
  ------------------------------------------------------------------------

Sisa PMKS ditangani pada tahun berikutnya.
"""

# a simple table: a header over dash runs, a row a line, a blank line ends it
SIMPLE = """\
Indikator kinerja Dinas Sosial:

No   Indikator                              Target   Realisasi   Capaian
---- -------------------------------------- -------- ----------- --------
1    Persentase PMKS yang tertangani        80       76          {c1}
2    Persentase PSKS yang aktif             60       66          110,00

Capaian di atas 100% karena dukungan APBN.
"""

# reStructuredText's simple table: "=" runs above the header, under it and at the end
RST_SIMPLE = """\
=====  ==========================  ===========  ===========  ======
No     Program                     Pagu         Realisasi    %
=====  ==========================  ===========  ===========  ======
1      Pemberdayaan Sosial         500.000.000  450.000.000  {p1}
2      Rehabilitasi Sosial         200.000.000  190.000.000  95,00
=====  ==========================  ===========  ===========  ======
"""


def _rows(text: str) -> list[list[str]]:
    tables = [b for b in split_blocks(normalise_text(text)) if b.kind == "table"]
    assert len(tables) == 1, [b.kind for b in split_blocks(text)]
    return [[c.text for c in r] for r in tables[0].rows]


def _mismatches(text: str) -> list[tuple[float, float]]:
    return [(c.stated, round(c.expected, 2)) for c in extract_text(text).checks if c.verdict == "mismatch"]


def test_grid_table_cells_rows_and_header():
    text = GRID.format(p3="75,00")
    assert _rows(text) == [
        ["No", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"],
        ["1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "250.000.000", "237.500.000", "95,00"],
        ["2", "Penyaluran Bantuan Sosial", "1.200.000.000", "1.140.000.000", "95,00"],
        ["3", "Perlindungan Sosial Korban Bencana Alam dan Sosial", "400.000.000", "300.000.000", "75,00"],
        ["", "Jumlah", "1.850.000.000", "1.677.500.000", "90,68"],
    ]
    [table] = [b for b in split_blocks(text) if b.kind == "table"]
    for row in table.rows:  # each cell's span holds its words, from the first to the last
        for c in row:
            if c.text:
                span = text[c.start:c.end]
                assert span.startswith(c.text.split()[0]) and span.endswith(c.text.split()[-1])


@pytest.mark.parametrize("stated, slip", [("75,00", False), ("80,00", True)])
def test_grid_table_is_audited(stated, slip):
    report = extract_text(GRID.format(p3=stated))
    kinds = Counter((c.check, c.verdict) for c in report.checks)
    assert kinds["row_percent", "consistent"] == 4 - slip and kinds["column_total", "consistent"] == 2
    assert _mismatches(GRID.format(p3=stated)) == ([(80.0, 75.0)] if slip else [])


def test_multiline_table_rows_over_several_lines_and_escapes():
    assert _rows(MULTILINE.format(p2="80")) == [
        ["No.", "Jenis PMKS", "Jumlah", "Ditangani", "%"],
        ["1.", "Anak balita terlantar", "2.308", "2.308", "100"],
        ["2.", "Anak yang memerlukan perlindungan khusus", "1.250", "1.000", "80"],
        ["3.", "Lanjut usia terlantar", "800", "600", "75"],
    ]


@pytest.mark.parametrize("stated, slip", [("80", False), ("85", True)])
def test_multiline_table_is_audited(stated, slip):
    assert _mismatches(MULTILINE.format(p2=stated)) == ([(85.0, 80.0)] if slip else [])


def test_simple_table_and_the_prose_around_it():
    text = SIMPLE.format(c1="95,00")
    assert _rows(text) == [
        ["No", "Indikator", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase PMKS yang tertangani", "80", "76", "95,00"],
        ["2", "Persentase PSKS yang aktif", "60", "66", "110,00"],
    ]
    kinds = [b.kind for b in split_blocks(text)]
    assert kinds == ["paragraph", "table", "paragraph"]


@pytest.mark.parametrize("stated, slip", [("95,00", False), ("97,50", True)])
def test_simple_table_is_audited(stated, slip):
    assert _mismatches(SIMPLE.format(c1=stated)) == ([(97.5, 95.0)] if slip else [])


def test_rst_simple_table_header_between_rules():
    text = RST_SIMPLE.format(p1="90,00")
    assert _rows(text) == [
        ["No", "Program", "Pagu", "Realisasi", "%"],
        ["1", "Pemberdayaan Sosial", "500.000.000", "450.000.000", "90,00"],
        ["2", "Rehabilitasi Sosial", "200.000.000", "190.000.000", "95,00"],
    ]


@pytest.mark.parametrize("stated, slip", [("90,00", False), ("92,00", True)])
def test_rst_simple_table_is_audited(stated, slip):
    assert _mismatches(RST_SIMPLE.format(p1=stated)) == ([(92.0, 90.0)] if slip else [])


@pytest.mark.parametrize("text", [
    "Judul Bab\n---------\n\nIsi paragraf dengan 12 orang dan 50%.\n",  # a setext heading
    "Paragraf pertama.\n\n---\n\nParagraf kedua dengan Rp 5.000.000.\n",  # a horizontal rule
    "Paragraf pertama.\n\n-----------------\n\nParagraf kedua.\n",
    "+ butir satu\n+ butir dua\n",  # a list with plus signs
    "Nilai -- menurut laporan -- naik 5%.\n",
])
def test_rules_that_draw_no_table(text):
    assert not [b for b in split_blocks(text) if b.kind == "table"]


@pytest.mark.parametrize("raw, clean", [
    ("1\\) Program Pemberdayaan Sosial", "1)  Program Pemberdayaan Sosial"),
    ("a\\) Tujuan", "a)  Tujuan"),
    ("\\[1\\] Lampiran", "[1]   Lampiran"),
    ("C:\\Users\\dinsos", "C:\\Users\\dinsos"),  # a backslash before a letter is no escape
    ("x \\| y", "x \\| y"),  # an escaped pipe stays (a pipe table's cell)
    ("\\*\\*Rp. 4.960.000.000,-\\*\\* (Empat Milyar)", "Rp.   4.960.000.000,-   (Empat Milyar)"),
])
def test_markdown_escapes(raw, clean):
    assert normalise_text(raw) == clean


def test_unescaping_keeps_the_columns_of_the_words_after():
    line = "  1\\.    Anak balita   2,308   \\%    x"
    out = normalise_text(line)
    for word in ("Anak", "2,308", "x"):
        assert out.index(word) == line.index(word)


def test_escaped_list_items_are_read_as_lettered_items():
    report = extract_text("1\\) Program Pemberdayaan Sosial\n\na\\) Program Pemberdayaan Sosial dengan pagu "
                          "sebesar Rp. 2.000.000.000,00 terealisasi sebesar 90,00% atau Rp. 1.800.000.000,00.\n")
    [check] = [c for c in report.checks if c.check == "budget_percent"]
    assert check.verdict == "consistent" and check.stated == 90.0
