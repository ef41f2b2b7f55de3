"""Typed tables: the shapes of the seeds' tables, cell typing, and table arithmetic on small
tables written for the tests."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from kesos_extract import extract_text
from kesos_extract.tables import type_cell

# (seed, caption start, body rows, columns): read off the seeds by hand
SHAPES = [
    ("000_73e443a0bbfd6598.txt", "Tabel 4.24.1", 9, 5),
    ("000_73e443a0bbfd6598.txt", "Tabel 4.24.6", 6, 5),
    ("002_0633a098c4ed8db1.txt", "Tabel 4.2 Data PMKS Yang Diberikan Pelayanan Tahun 2014", 27, 7),
    ("002_0633a098c4ed8db1.txt", "Tabel 4.2 Data PMKS Yang Diberikan Pelayanan Tahun 2015", 27, 7),
    ("004_0ca9ee8b18b5a3d7.txt", "PROGRAM DINAS SOSIAL TAHUN 2018", 75, 5),
]


@pytest.mark.parametrize("seed,caption,rows,cols", SHAPES, ids=[f"{s[:3]}-{c[:30]}" for s, c, _, _ in SHAPES])
def test_seed_table_shapes(seed, caption, rows, cols, seed_reports):
    tables = [t for t in seed_reports[seed].tables if (t.caption or "").startswith(caption)]
    assert tables, [t.caption for t in seed_reports[seed].tables]
    t = tables[0]
    assert len(t.rows) == rows
    assert max(len(r) for r in t.rows) == cols and len(t.header) == cols


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
         ("300,00", 300, None), ("13,11,00", None, None)]


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
        (1500, 1500, "consistent"), (1000, 1000, "consistent"), (500, 450, "mismatch")]
    assert "sum of its 2 programs" in checks[0].message and "sum of its 1 activities" in checks[2].message
