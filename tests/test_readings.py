"""Checks over rows whose figures may stand a column off (rows of ``Document.uncertain``): the
reader names the placements it cannot tell apart (``Document.readings``), and the audit judges
a check under each. Verdicts that all readings share stand (a mismatch under every reading is
an alarm); a reading that fits makes the check consistent, and its message says how the row
was read; readings that disagree with none fitting raise no alarm, nor does a row whose other
placements nobody names."""

from __future__ import annotations

import pytest

from kesos_extract.document import DocumentBuilder
from kesos_extract.pipeline import extract_document

HEADER = ["No", "Program / Kegiatan", "Target 2019 (Rp)", "Target 2018 (Rp)"]
OTHER = [["2", "Program Rehabilitasi Sosial", "50.000.000", "60.000.000"],
         ["", "Kegiatan rehabilitasi anak", "50.000.000", "60.000.000"]]


def _checks(rows, uncertain=(), readings=None):
    b = DocumentBuilder("t.pdf", "pdf")
    b.add_block("paragraph", "Tabel 1 Program dan kegiatan Dinas Sosial tahun 2018")
    b.add_table([HEADER] + rows + OTHER, header_rows=1, uncertain=uncertain, readings=readings or {})
    report = extract_document(b.build())
    return [c for c in report.checks if c.check == "program_sum" and "Pelayanan" in c.message]


def _program(stated_2019, stated_2018):
    return [["1", "Program Pelayanan Sosial", stated_2019, stated_2018],
            ["", "Kegiatan pelayanan lansia", "200.000.000", "100.000.000"]]


# the activity row read with its figure under 2019; the reader cannot tell it from 2018
WRITTEN = ["", "Kegiatan pelayanan disabilitas", "20.000.000", ""]
RIGHT = {3: [(2, 1)]}  # row 3 of the table (header 0): its cells from the third on, one column right

CASES = [
    # (program's figures, readings of the row, verdicts expected, a word of the messages)
    pytest.param(("200.000.000", "120.000.000"), RIGHT, ["consistent", "consistent"], "one column right",
                 id="the-shifted-reading-fits"),
    pytest.param(("220.000.000", "100.000.000"), RIGHT, ["consistent", "consistent"], None,
                 id="the-written-reading-fits"),
    pytest.param(("500.000.000", "500.000.000"), RIGHT, ["mismatch", "mismatch"], "under every reading",
                 id="every-reading-off-is-an-alarm"),
    pytest.param(("500.000.000", "500.000.000"), None, [], None, id="no-reading-named-no-alarm"),
    # 2019 fits the shifted reading; 2018 is off under both: an alarm, its figures those of the
    # reading that fits the most columns
    pytest.param(("200.000.000", "500.000.000"), RIGHT, ["consistent", "mismatch"], "one column right",
                 id="one-column-fits-the-other-is-off-under-both"),
]


@pytest.mark.parametrize("stated,readings,verdicts,word", CASES)
def test_a_check_is_judged_under_each_reading_of_an_uncertain_row(stated, readings, verdicts, word):
    checks = _checks(_program(*stated) + [WRITTEN], uncertain={3}, readings=readings)
    assert sorted(c.verdict for c in checks) == sorted(verdicts)
    if word:
        assert all(word in c.message for c in checks)
    else:
        assert all("reading" not in c.message for c in checks)


def test_readings_that_disagree_with_none_fitting_raise_no_alarm():
    # the program's own figure may stand under 2019 or 2018: under one reading 2019 is off and
    # 2018 has no stated figure, under the other the reverse
    rows = [["1", "Program Pelayanan Sosial", "250.000.000", ""],
            ["", "Kegiatan pelayanan lansia", "200.000.000", "100.000.000"],
            ["", "Kegiatan pelayanan disabilitas", "100.000.000", ""]]
    assert _checks(rows, uncertain={1}, readings={1: [(2, 1)]}) == []
    # the same row sure: an alarm
    assert [c.verdict for c in _checks(rows)] == ["mismatch"]


def test_a_reading_that_would_put_a_figure_out_of_the_table_is_none():
    # the figure ending a full row cannot move right: only the reading as written is left
    rows = _program("220.000.000", "500.000.000") + [["", "Kegiatan pelayanan disabilitas", "20.000.000", "1"]]
    checks = _checks(rows, uncertain={3}, readings={3: [(2, 1)]})
    assert sorted(c.verdict for c in checks) == ["consistent", "mismatch"]
    assert all("reading" not in c.message for c in checks)


def test_a_column_total_is_judged_under_each_reading():
    b = DocumentBuilder("t.pdf", "pdf")
    b.add_block("paragraph", "Tabel 2 Jumlah PMKS per kecamatan")
    rows = [["No", "Kecamatan", "Laki-laki", "Perempuan"], ["1", "Adiwerna", "10", "20"],
            ["2", "Balapulang", "5", ""], ["3", "Bojong", "7", "8"], ["", "Jumlah", "17", "33"]]
    b.add_table(rows, header_rows=1, uncertain={2}, readings={2: [(2, 1)]})
    checks = [c for c in extract_document(b.build()).checks if c.check == "column_total"]
    assert [c.verdict for c in checks] == ["consistent", "consistent"]
    assert all("'Balapulang' with its figures one column right" in c.message for c in checks)
