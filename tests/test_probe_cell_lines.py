"""Tables written a cell a line, as a report's text file has them (LibreOffice's "Save as text",
a PDF copied into a text file) and as its exports carry them: a Word paragraph a cell (the text
file opened in Word, a table copied out of a PDF), a printed line a cell (the text file printed
in a fixed-pitch font). The exports must give the text's table and checks (readers/docx.py,
readers/pdf.py through readers/flattened.flattened_tables and readers/cell_paragraphs.py); prose
printed in lines shorter than a cell's must stay prose; a bare number at a page's edge that
follows the text's lines a line's step apart is a cell, not the page's number."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract, extract_text

# Written for these tests (no seed or dev file lays a table so): a Dinas Sosial's service targets,
# a cell a line; 228/240 = 95,00 %, 57/60 = 95,00 %, 48/45 = 106,67 %
SERVICE_TARGETS = """Tabel 3.2
Capaian Sasaran Layanan Rehabilitasi Sosial Tahun 2024
No
Sasaran Layanan
Indikator
Target 2024
Realisasi 2024
Capaian (%)
1
Lansia terlantar di luar panti
Jumlah lansia yang menerima bantuan permakanan
240
228
95,00
2
Penyandang disabilitas terlantar
Jumlah penyandang disabilitas yang mendapat alat bantu
60
57
95,00
3
Anak terlantar
Jumlah anak yang mendapat pengasuhan keluarga
45
48
106,67
Sumber: Dinas Sosial Kabupaten, 2025"""

# a budget table a cell a line, "Rp" apart from its figure, with a total row; 1.140.000.000 /
# 1.200.000.000 = 95,00 %, 427.500.000 / 450.000.000 = 95,00 %, 1.567.500.000 / 1.650.000.000 = 95,00 %
BUDGET_CELLS = """Tabel 4.3
Realisasi Anggaran per Program Tahun 2024
No
Program
Anggaran
Realisasi
Persentase
1
Program Perlindungan dan Jaminan Sosial
Rp
1.200.000.000
Rp
1.140.000.000
95,00
2
Program Pemberdayaan Sosial
Rp
450.000.000
Rp
427.500.000
95,00"""

SERVICE_CHECKS = {("row_percent", "consistent", 95.0, 240.0, 228.0), ("row_percent", "consistent", 95.0, 60.0, 57.0),
                  ("row_percent", "consistent", 106.67, 45.0, 48.0)}
BUDGET_CHECKS = {("row_percent", "consistent", 95.0, 1200000000.0, 1140000000.0),
                 ("row_percent", "consistent", 95.0, 450000000.0, 427500000.0)}

# (passage, the checks worked out by hand, a slip: what is replaced, by what, the check it makes a mismatch)
CASES = {
    "service-targets": (SERVICE_TARGETS, SERVICE_CHECKS, ("106,67", "110,67"), ("row_percent", "mismatch", 110.67, 45.0, 48.0)),
    "budget-cells": (BUDGET_CELLS, BUDGET_CHECKS, ("427.500.000\n95,00", "427.500.000\n98,00"),
                     ("row_percent", "mismatch", 98.0, 450000000.0, 427500000.0)),
}


def _checks(report) -> set[tuple]:
    return {(c.check, c.verdict, c.stated, c.operands.get("denominator"), c.operands.get("numerator"))
            for c in report.checks if c.check == "row_percent"}


def _alarms(report) -> list:
    return [c for c in report.checks if c.verdict == "mismatch"]


def _docx(tmp_path: Path, text: str) -> Path:
    """The text as a Word user has it: each line a paragraph of its own."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "laporan.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_the_text_reads_the_table_worked_out_by_hand(name):
    text, checks, _, _ = CASES[name]
    report = extract_text(text)
    assert _checks(report) == checks and not _alarms(report)


@pytest.mark.parametrize("name", list(CASES))
def test_word_paragraphs_a_cell_each_give_the_text_s_checks(name, tmp_path):
    text, checks, _, _ = CASES[name]
    report = extract(_docx(tmp_path, text))
    assert _checks(report) == checks and not _alarms(report)
    assert len(report.tables) == len(extract_text(text).tables) == 1


@pytest.mark.parametrize("name", list(CASES))
def test_a_slip_in_word_paragraphs_is_caught_as_in_the_text(name, tmp_path):
    text, checks, (old, new), caught = CASES[name]
    assert text.count(old) == 1
    slipped = text.replace(old, new)
    for report in (extract_text(slipped), extract(_docx(tmp_path, slipped))):
        assert caught in _checks(report)
        assert {(c.check, c.verdict, c.stated) for c in _alarms(report)} == {caught[:3]}


def test_word_paragraphs_without_row_numbers_are_no_table(tmp_path):
    """Control: the same cells without their row numbers are short paragraphs, no table, no check."""
    text = "\n".join(line for line in SERVICE_TARGETS.split("\n") if line not in ("1", "2", "3"))
    report = extract(_docx(tmp_path, text))
    assert not _checks(report) and not _alarms(report)


# --- a text file printed in a fixed-pitch font: a printed line a cell ------------------------------

CHAR = 6.0  # a 10 pt fixed-pitch glyph's width
PITCH = 11.35
LEFT = 56.8
WIDTH = 80  # characters a printed line holds

# prose of a performance report, as the printer wrapped it at 80 characters: every line shorter
# than a table's cell may be, figures in them, no caption; then the table (written for these tests)
PROSE = ("Pada tahun 2024 Dinas Sosial menargetkan 240 lansia terlantar menerima bantuan permakanan dan "
         "terealisasi 228 orang atau 95,00%. Untuk penyandang disabilitas terlantar target 60 orang "
         "terealisasi 57 orang, sedangkan pengasuhan anak terlantar berbasis keluarga melampaui target "
         "45 anak dengan realisasi 48 anak.")


def _printed_lines(text: str) -> list[str]:
    """The text's lines as a printer sets them, WIDTH characters at most, broken between words."""
    out: list[str] = []
    for line in text.split("\n"):
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > WIDTH:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    return out


def _printed_page(lines: list[str]):
    """One page of the lines in a fixed-pitch font: each word a piece on the characters' grid."""
    from kesos_extract.readers.pdf import _Line, _Page
    from kesos_extract.readers.tabbed import Piece

    page = _Page(1, height=842.0)
    for k, line in enumerate(lines):
        top = 55.0 + k * PITCH
        pieces, col = [], 0
        for word in line.split(" "):
            pieces.append(Piece(word, LEFT + col * CHAR, LEFT + (col + len(word)) * CHAR))
            col += len(word) + 1
        page.lines.append(_Line(line, top, top + 10.0, packed=pieces))
    return page


def _tables(page, fixed_pitch: bool):
    from kesos_extract.readers.pdf import flattened_tables_by_page

    rows, taken = flattened_tables_by_page([page], [page.lines], [set()], fixed_pitch=[fixed_pitch])
    return [part.rows for part in rows[0].values()], taken[0]


def test_a_printed_text_s_cell_lines_give_the_text_s_table():
    lines = _printed_lines(PROSE + "\n" + SERVICE_TARGETS)
    assert max(len(line) for line in lines[:4]) <= WIDTH and len(lines) > len(SERVICE_TARGETS.split("\n")) + 2
    (rows,), taken = _tables(_printed_page(lines), fixed_pitch=True)
    assert rows[0] == ["No", "Sasaran Layanan", "Indikator", "Target 2024", "Realisasi 2024", "Capaian (%)"]
    assert rows[1:] == [["1", "Lansia terlantar di luar panti", "Jumlah lansia yang menerima bantuan permakanan",
                         "240", "228", "95,00"],
                        ["2", "Penyandang disabilitas terlantar", "Jumlah penyandang disabilitas yang mendapat alat bantu",
                         "60", "57", "95,00"],
                        ["3", "Anak terlantar", "Jumlah anak yang mendapat pengasuhan keluarga", "45", "48", "106,67"]]
    first = lines.index("No")
    assert min(taken) == first  # the prose and the caption above are no part of it


def test_printed_prose_stays_prose():
    """Control: wrapped prose full of figures, its lines shorter than a cell, and a numbered list
    of short lines: no table."""
    text = PROSE + "\n" + "Kegiatan yang dilaksanakan:\n1\nPendataan PMKS\n2\nBimbingan sosial\n3\nBantuan permakanan"
    got, taken = _tables(_printed_page(_printed_lines(text)), fixed_pitch=True)
    assert got == [] and taken == set()


def test_a_proportional_page_reads_no_cell_lines():
    """Lines of a page in a proportional font are no text file's: a cell's text wraps there, so no
    table is read a line a cell (as before)."""
    got, _ = _tables(_printed_page(_printed_lines(SERVICE_TARGETS)), fixed_pitch=False)
    assert got == []


# --- a bare number at a page's edge ------------------------------------------------------------------

def _page_of(texts_and_steps: list[tuple[str, float]]):
    from kesos_extract.readers.pdf import _Line, _Page

    page, top = _Page(1, height=842.0), 55.0
    for text, steps in texts_and_steps:
        top += steps * PITCH
        page.lines.append(_Line(text, top, top + 10.0))
    return page


BODY = [("Persentase PMKS yang mendapatkan rehabilitasi sosial dasar", 0)] + \
       [(f"Baris ke-{k} uraian capaian program", 1) for k in range(6)]


def test_bare_numbers_in_the_text_s_flow_at_a_page_s_foot_are_cells():
    from kesos_extract.readers.pdf import _strip_furniture

    page = _page_of(BODY + [("90", 1), ("68", 1)])
    assert [ln.text for ln in _strip_furniture(page, {})][-2:] == ["90", "68"]


def test_a_page_number_apart_from_the_text_is_dropped():
    """Control: the page's number two lines' steps below the text (a footer), and one at the top
    above a gap, go as before; so does a decorated one in the flow ("- 12 -")."""
    from kesos_extract.readers.pdf import _strip_furniture

    assert [ln.text for ln in _strip_furniture(_page_of(BODY + [("12", 3)]), {})] == [t for t, _ in BODY]
    assert [ln.text for ln in _strip_furniture(_page_of([("7", 0)] + [(t, s + 2 * (k == 0)) for k, (t, s) in enumerate(BODY)]), {})] \
        == [t for t, _ in BODY]
    assert [ln.text for ln in _strip_furniture(_page_of(BODY + [("- 12 -", 1)]), {})] == [t for t, _ in BODY]


# --- a page's mark inside a table a cell a line (text reader) ----------------------------------------

def test_a_row_number_after_two_page_marks_is_no_running_title():
    """Two tables, each broken by a page ("Renja Dinas Sosial Tahun 2025" / "II - 7") right before
    its row 3: the "3" under both marks is the row's number, not a running title, so row 3 is read
    (48/45 = 106,67 %; the slip 110,67 in the second is caught)."""
    broken = SERVICE_TARGETS.replace("95,00\n3\n", "95,00\nRenja Dinas Sosial Tahun 2025\nII - 7\n3\n")
    report = extract_text(broken + "\n\n\n" + broken.replace("106,67", "110,67"))
    assert ("row_percent", "consistent", 106.67, 45.0, 48.0) in _checks(report)
    assert {(c.check, c.stated) for c in _alarms(report)} == {("row_percent", 110.67)}


# --- a page's mark inside a table of figure rows (a text file's pages copied into it) -----------------

# Written for these tests: a budget table in thousands whose page broke after row 2, the running
# footer left between the rows; 916.800/960.000 = 95,50 %, 1.406.000/1.480.000 = 95,00 %,
# 288.300/310.000 = 93,00 %, 2.611.100/2.750.000 = 94,95 %; the rests and the totals add up
BUDGET_OVER_PAGES = """Tabel 4.5 Realisasi Belanja Program Dinas Sosial Tahun Anggaran 2024 (dalam ribuan rupiah)
No Program/Kegiatan Pagu Realisasi Sisa Serapan (%)
1 Program Perlindungan dan Jaminan Sosial 960.000 916.800 43.200 95,50
2 Program Rehabilitasi Sosial 1.480.000 1.406.000 74.000 95,00
Laporan Kinerja Dinas Sosial Tahun 2024 | 31
3 Program Pemberdayaan Sosial 310.000 288.300 21.700 93,00
Jumlah 2.750.000 2.611.100 138.900 94,95"""

BUDGET_OVER_PAGES_CHECKS = {  # money in rupiah: the table is "dalam ribuan rupiah"
    ("column_total", "consistent", 138900e3), ("column_total", "consistent", 2611100e3),
    ("column_total", "consistent", 2750000e3), ("row_difference", "consistent", 21700e3),
    ("row_difference", "consistent", 43200e3), ("row_difference", "consistent", 74000e3),
    ("row_difference", "consistent", 138900e3), ("row_percent", "consistent", 93.0),
    ("row_percent", "consistent", 94.95), ("row_percent", "consistent", 95.0), ("row_percent", "consistent", 95.5)}


def _all_checks(report) -> set[tuple]:
    return {(c.check, c.verdict, c.stated) for c in report.checks}


def test_a_running_footer_between_word_paragraph_rows_is_no_row(tmp_path):
    """The footer a paragraph of its own among the rows (a text file opened in Word) is dropped as
    the text reader drops it: the text's checks, and no program sum made of the footer's row."""
    assert _all_checks(extract_text(BUDGET_OVER_PAGES)) == BUDGET_OVER_PAGES_CHECKS
    assert _all_checks(extract(_docx(tmp_path, BUDGET_OVER_PAGES))) == BUDGET_OVER_PAGES_CHECKS


def test_a_slip_after_the_running_footer_is_caught_in_word_paragraphs(tmp_path):
    slipped = BUDGET_OVER_PAGES.replace("288.300 21.700 93,00", "288.300 21.700 98,00")
    for report in (extract_text(slipped), extract(_docx(tmp_path, slipped))):
        assert {(c.check, c.stated) for c in _alarms(report)} == {("row_percent", 98.0)}


def test_a_running_footer_inside_a_printed_table_is_passed_over():
    """Printed in a fixed-pitch font, the footer's line inside the table is a blank line, as in
    the text: row 3 is the table's, and the footer is taken with it (no paragraph of the report)."""
    lines = _printed_lines(BUDGET_OVER_PAGES)
    (rows,), taken = _tables(_printed_page(lines), fixed_pitch=True)
    assert rows[1:] == [["1", "Program Perlindungan dan Jaminan Sosial", "960.000", "916.800", "43.200", "95,50"],
                        ["2", "Program Rehabilitasi Sosial", "1.480.000", "1.406.000", "74.000", "95,00"],
                        ["3", "Program Pemberdayaan Sosial", "310.000", "288.300", "21.700", "93,00"],
                        ["", "Jumlah", "2.750.000", "2.611.100", "138.900", "94,95"]]
    assert lines.index("Laporan Kinerja Dinas Sosial Tahun 2024 | 31") in taken


# --- a tab-laid table's last rows, printed: a total's row and the source under it ------------------

def _tab_rows(rows: list[str]):
    from test_tabbed import MARGIN, _table_of

    return _table_of([(r, MARGIN) for r in rows])


# written for these tests: 81/75 = 108,00 %, 88,2/90 = 98,00 %, their mean 103,00 %; row 2 ends
# near the page's edge, so the next line's first word would not have fitted after it
SASARAN = ["No\tIndikator Kinerja Sasaran Strategis\tTarget\tRealisasi\tCapaian (%)",
           "1\tPersentase penyandang disabilitas dengan alat bantu\t75\t81\t108,00",
           "2\tPersentase lansia terlantar yang mendapat permakanan\t90\t88,2\t98,00"]
SASARAN_ROWS = [["No", "Indikator Kinerja Sasaran Strategis", "Target", "Realisasi", "Capaian (%)"],
                ["1", "Persentase penyandang disabilitas dengan alat bantu", "75", "81", "108,00"],
                ["2", "Persentase lansia terlantar yang mendapat permakanan", "90", "88,2", "98,00"]]


def test_a_total_s_row_after_a_full_row_is_a_row_of_its_own():
    rows, unsure = _tab_rows(SASARAN + ["Rata-rata Capaian Sasaran\t\t\t\t103,00", "Sumber: Dinas Sosial Kabupaten, diolah"])
    assert rows == SASARAN_ROWS + [["Rata-rata Capaian Sasaran", "", "", "", "103,00"]] and not unsure


def test_a_table_s_source_after_a_full_row_is_no_part_of_it():
    rows, _ = _tab_rows(SASARAN + ["Sumber: Dinas Sosial Kabupaten, diolah"])
    assert rows == SASARAN_ROWS


def test_a_row_s_words_wrapped_after_a_full_row_still_go_on_it():
    """Control: a line of words under a row that lacks its last cells is still the row's rest."""
    rows, _ = _tab_rows(SASARAN[:2] + ["2\tPersentase lansia terlantar yang mendapat permakanan dari dapur umum",
                                       "kelurahan\t90\t88,2\t98,00"])
    assert rows[2] == ["2", "Persentase lansia terlantar yang mendapat permakanan dari dapur umum kelurahan",
                       "90", "88,2", "98,00"]


# --- figures an OCR layer spaced out, a row a printed line ------------------------------------------

def test_spaced_figures_of_a_printed_table_join_as_in_the_text():
    """One spaced decimal in the table ("8 4 , 6 0 %") shows the layer's way: "7 0 % 7 0 % 1 0 0 %"
    on a line of its own joins too, as the text reader joins it from the whole text."""
    text = ("Indikator Kinerja Sasaran Target Realisasi Capaian\n"
            "Persentase PMKS yang tertangani 8 5 % 8 4 , 6 0 % 9 9 , 5 3 %\n"
            "Persentase lansia terlantar yang terlayani 7 0 % 7 0 % 1 0 0 %")
    (rows,), _ = _tables(_printed_page(text.split("\n")), fixed_pitch=True)
    assert rows[1:] == [["Persentase PMKS yang tertangani", "85%", "84,60%", "99,53%"],
                        ["Persentase lansia terlantar yang terlayani", "70%", "70%", "100%"]]
    assert extract_text(text).tables[0].rows[-1][-1].text == "100%"


# --- a Word paragraph a cell: a name with figures in it, two figures written with a slash -------------

# written for these tests: counts of two years, a name holding digits ("(P2KT2)"), a cell of two
# figures written as one with a slash ("120/325 KK"), a cell typed with two spaces
TWO_YEARS = """Tabel 4.7
Perkembangan Pemberdayaan Sosial Tahun 2022 dan 2023
No
Kegiatan
Satuan
Tahun 2022
Tahun 2023
1
Pemberdayaan keluarga miskin melalui KUBE
Jiwa/KK
3650
7200/1800
2
Pemberdayaan Komunitas  Adat Terpencil
Jiwa
410
515
3
Pemberdayaan Pembangunan Kawasan Tertinggal (P2KT2)
Jiwa
150
120/325 KK
Sumber: Dinas Sosial Provinsi, 2024"""

TWO_YEARS_ROWS = [["1", "Pemberdayaan keluarga miskin melalui KUBE", "Jiwa/KK", "3650", "7200/1800"],
                  ["2", "Pemberdayaan Komunitas Adat Terpencil", "Jiwa", "410", "515"],
                  ["3", "Pemberdayaan Pembangunan Kawasan Tertinggal (P2KT2)", "Jiwa", "150", "120/325 KK"]]


def test_word_paragraphs_give_every_row_of_a_table_with_names_holding_figures(tmp_path):
    for report in (extract_text(TWO_YEARS), extract(_docx(tmp_path, TWO_YEARS))):
        [table] = report.tables
        assert [[c.text for c in r] for r in table.rows] == TWO_YEARS_ROWS
        assert not _alarms(report)
