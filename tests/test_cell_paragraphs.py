"""Tables whose cells stand one to a paragraph, as docx2txt writes a Word table
(readers/cell_paragraphs.py)."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, gold
from score_gold import score_claims, score_tables
from kesos_extract import extract, extract_text
from kesos_extract.readers.text import split_blocks


def _docx2txt(rows: list[list[str]]) -> str:
    """Cells as docx2txt writes them: a blank line before each cell's text."""
    return "".join(f"\n\n{cell}" for row in rows for cell in row)


HEADER = [["No.", "Jenis PMKS", "Jumlah", "Ditangani", "%", "Sisa", "%"], ["1", "2", "3", "4", "5", "6", "7"]]
ROWS = [
    ["1.", "Anak balita terlantar", "2,308 Jiwa", "308 Jiwa", "13,34", "2,000 Jiwa", "86,66"],
    ["2.", "Anak Terlantar", "1,000 Jiwa", "250 Jiwa", "{p}", "750 Jiwa", "75,00"],
    ["3.", "Lanjut Usia Terlantar", "500 Jiwa", "", "", "500 Jiwa", "100"],
]


def _report(p: str = "25,00", rows=None) -> str:
    body = [[c.replace("{p}", p) for c in r] for r in (rows or ROWS)]
    return ("Tabel 4.2\n\nData PMKS Yang Diberikan Pelayanan Tahun 2015\n" + _docx2txt(HEADER + body)
            + "\n\nSisa PMKS akan ditangani pada tahun berikutnya.\n")


def _tables(text: str) -> list[list[list[str]]]:
    return [[[c.text for c in r] for r in b.rows] for b in split_blocks(text) if b.kind == "table"]


def test_cells_one_to_a_paragraph_make_rows_of_the_header_width():
    text = _report()
    [table] = _tables(text)
    assert table == HEADER + [[c.replace("{p}", "25,00") for c in r] for r in ROWS]
    [block] = [b for b in split_blocks(text) if b.kind == "table"]
    for row in block.rows:
        for c in row:
            if c.text:
                assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("stated, slip", [("25,00", False), ("30,00", True)])
def test_such_a_table_is_audited(stated, slip):
    checks = extract_text(_report(stated)).checks
    wrong = [(c.stated, round(c.expected, 2)) for c in checks if c.verdict == "mismatch"]
    assert wrong == ([(30.0, 25.0)] if slip else [])
    # the third row served nobody (empty cells): its difference is not worked out
    assert sum(1 for c in checks if c.check == "row_difference" and c.verdict == "consistent") == 2


def test_a_labels_rest_in_a_row_of_its_own_goes_on_the_label():
    rows = [list(r) for r in ROWS]
    wrapped = rows[:2] + [["", "Bermasalah Sosial", "", "", "", "", ""]] + rows[2:]
    text = ("\n\nNo.\n\nJenis PMKS\n\nJumlah\n\nDitangani\n\n%\n\nSisa\n\n%"
            + _docx2txt([[c.replace("{p}", "25,00") for c in r] for r in wrapped]) + "\n")
    [table] = _tables(text.lstrip("\n"))
    assert [r[1] for r in table[1:]] == ["Anak balita terlantar", "Anak Terlantar Bermasalah Sosial",
                                         "Lanjut Usia Terlantar"]
    assert [len(r) for r in table] == [7] * 4


def test_a_table_going_on_after_a_page_break_under_its_column_numbers():
    more = [["4.", "Pengemis", "117 Jiwa", "50 Jiwa", "42,74", "67 Jiwa", "57,26"],
            ["5.", "Gelandangan", "298 Jiwa", "53 Jiwa", "17,79", "245 Jiwa", "82,21"]]
    text = _docx2txt([["1", "2", "3", "4", "5", "6", "7"]] + more).lstrip("\n") + "\n"
    [table] = _tables(text)
    assert table[1:] == more


@pytest.mark.parametrize("text", [
    # prose a paragraph to a line, a blank line between: no table
    "Permasalahan yang dihadapi:\n\nKurangnya anggaran.\n\nKurangnya tenaga pendamping.\n\n"
    "Data PMKS belum mutakhir.\n\n1.\n\nHal ini perlu ditindaklanjuti.\n",
    # numbered headings with their text: "1." and "2." a paragraph apart are no row numbers of a table
    "Program\n\nKegiatan\n\nSasaran\n\n1.\n\nPendahuluan panjang yang menjelaskan latar belakang laporan ini "
    "secara rinci, dengan banyak kata dan kalimat yang tidak mungkin menjadi sel tabel apa pun karena "
    "panjangnya melebihi batas.\n\n2.\n\nPenutup.\n",
])
def test_prose_a_paragraph_to_a_line_is_no_table(text):
    assert not _tables(text)


def test_docx2txt_text_of_a_seed():
    """Seed 002's Word rendition through docx2txt (tests/fixtures/make_docx2txt.py): 8 of the 9
    gold table checks (the ninth is in "Tabel 4.3", whose rows are numbered by group), and no
    false alarm. Before readers/cell_paragraphs.py: 0 of 9."""
    seed = "002_0633a098c4ed8db1"
    out = json.loads(extract(ROOT / "tests" / "fixtures" / "docx2txt" / f"{seed}.txt").model_dump_json())
    assert score_tables(gold(f"{seed}.txt", "tables"), out)["table_checks_right"] >= 8
    assert score_claims(gold(f"{seed}.txt", "claims"), out, f"{seed}.txt")["false_alarm"] == 0


def test_a_cell_of_two_paragraphs_is_glued_back():
    """A Word cell of two paragraphs ("Perusa" / "Haan") is two cells in docx2txt's and pandoc's
    text: the row's two word cells side by side are glued, so its figures keep their columns."""
    rows = [["1.", "Pembinaan Organisasi Sosial", "orsos", "67", "55"],
            ["2.", "Pengembangan Kerjasama Dunia Usaha", "Perusa\n\nHaan", "15", "25"],
            ["3.", "Pemantapan Pekerja Sosial", "Jiwa", "400", "40"]]
    text = _docx2txt([["No", "Kegiatan", "Satuan", "Tahun 2011", "Tahun 2012"]] + rows).lstrip("\n") + "\n"
    [table] = _tables(text)
    assert table[2] == ["2.", "Pengembangan Kerjasama Dunia Usaha", "Perusa Haan", "15", "25"]
    assert table[3] == rows[2]


def test_a_row_that_cannot_be_told_ends_the_table_before_it():
    rows = [["1.", "Pembinaan Organisasi Sosial", "orsos", "67", "55"],
            ["2.", "Pengembangan Kerjasama", "15", "25", "30", "40"],  # a figure too many
            ["3.", "Pemantapan Pekerja Sosial", "Jiwa", "400", "40"]]
    text = _docx2txt([["No", "Kegiatan", "Satuan", "Tahun 2011", "Tahun 2012"]] + rows).lstrip("\n") + "\n"
    [table] = _tables(text)
    assert table[1:] == [rows[0]]  # no row with its figures a column off


def test_cells_one_to_a_line_in_a_text_file():
    """LibreOffice's "Save as text" (and pypdf's text of some PDFs) puts a table a cell a line: read
    so in a text file, never in the text the PDF and DOCX readers make."""
    rows = [[c.replace("{p}", "25,00") for c in r] for r in ROWS]
    text = "\n".join(c for r in HEADER + rows for c in r) + "\n\nSisa PMKS akan ditangani.\n"
    [table] = [[[c.text for c in r] for r in b.rows] for b in split_blocks(text, cells_one_per_line=True)
               if b.kind == "table"]
    assert table == HEADER + rows
    assert not _tables(text)  # not without being asked


def test_libreoffice_text_of_a_seed():
    """Seed 002's Word rendition saved as text by LibreOffice: 8 of its 9 gold table checks, every
    program, no false alarm. Before: 0 of 9 checks."""
    from score_gold import score_programs

    seed = "002_0633a098c4ed8db1"
    out = json.loads(extract(ROOT / "tests" / "fixtures" / "lotxt" / f"{seed}.txt").model_dump_json())
    assert score_tables(gold(f"{seed}.txt", "tables"), out)["table_checks_right"] >= 8
    programs = score_programs(gold(f"{seed}.txt", "programs"), out)
    assert programs["programs_found"] == programs["programs_total"] and programs["programs_extra"] == 0
    assert score_claims(gold(f"{seed}.txt", "claims"), out, f"{seed}.txt")["false_alarm"] == 0
