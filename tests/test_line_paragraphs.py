"""Paragraphs of a text with no blank line (segments.py): what pypdf, PyMuPDF and many copies of a
PDF give, a line of the page each (or a paragraph a line once hard_wrap has joined its lines).
There a line that is a figure alone (a table's cell) ends a paragraph; before, the whole text was
one paragraph, and a share's whole was looked for in a table pages before (pypdf's text of seed 000: "38 Kabupaten/Kota atau 100%" judged
against 360, a cell of the table above: a false alarm)."""

from __future__ import annotations

import pytest

from conftest import ROOT
from kesos_extract import extract, extract_text
from kesos_extract.segments import segments

EXCERPT = ROOT / "tests" / "fixtures" / "pypdf" / "000_excerpt.txt"  # pypdf's text of seed 000's PDF, two pages


def _paragraphs(text: str) -> list[str]:
    s = segments(text)
    ends = list(s.paragraph_starts[1:]) + [len(text)]
    return [text[a:b].strip() for a, b in zip(s.paragraph_starts, ends)]


def test_a_figure_alone_on_its_line_ends_a_paragraph_and_prose_lines_stay_one():
    text = "Target 2023: 300 anak.\nRealisasi 2023: 282 anak.\nKab/Kota\n38\n360\nSumber : Bidang\nSebagaimana dikemukakan."
    assert _paragraphs(text) == ["Target 2023: 300 anak.\nRealisasi 2023: 282 anak.\nKab/Kota\n38", "360",
                                 "Sumber : Bidang\nSebagaimana dikemukakan."]


def test_blank_lines_still_part_paragraphs_where_a_text_has_them():
    text = "Kalimat satu.\nKalimat dua.\n\nParagraf kedua.\n" * 3
    assert len(_paragraphs(text)) == 4  # the line breaks inside a paragraph end none


def test_a_share_whole_is_not_looked_for_in_a_table_above():
    checks = [(c.check, c.verdict, c.stated) for c in extract(EXCERPT).checks if c.check.endswith("percent")]
    assert ("share_percent", "mismatch", 100.0) not in checks  # "38 Kabupaten/Kota atau 100%"
    assert ("target_percent", "consistent", 67.0) in checks  # "168 orang atau 67% dari target sebanyak 250 orang"
    assert not [c for c in checks if c[1] == "mismatch"]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
@pytest.mark.parametrize("stated, verdict", [("88,04", "consistent"), ("89,04", "mismatch")])
def test_a_lettered_headings_line_is_no_part_of_the_sentence_after(between, stated, verdict):
    """pypdf's text of seed 001: "c) Pagu dan Realisasi Program" right above its paragraph, no blank
    line between; its words ran into the sentence, and its claim was lost."""
    text = (f"c) Pagu dan Realisasi Program  {between}Program Pemberdayaan Sosial sebesar Rp. . 6.972.300.000,- "
            f"dengan  realisasi Rp. 6.138.291.974,- ({stated}%) secara rinci realisasi per kegiatan.\n")
    [check] = extract_text(text).checks
    assert (check.check, check.verdict, check.stated) == ("budget_percent", verdict, float(stated.replace(",", ".")))


@pytest.mark.parametrize("blank_lines", [1, 3])
def test_a_run_of_blank_lines_is_one_paragraph_break(blank_lines):
    """docx2txt parts paragraphs by three blank lines: the paragraph before a share's sentence,
    which states its whole, is the one with words, not an empty one between (seed 003's
    "sebanyak 12.851 (99,37) telah ditangani" of the 12.932 PMKS stated before)."""
    text = ("Berdasarkan basis data PMKS Kota Bontang Tahun 2020, jumlah PMKS sebanyak 12.932 jiwa yang "
            "terbagi dalam 26 jenis/kategori." + "\n" * (blank_lines + 1) +
            "Dari total jumlah PMKS, sebanyak 12.851 (99,37) telah ditangani.\n")
    assert len(_paragraphs(text)) == 2
    [check] = [c for c in extract_text(text).checks if c.stated == 99.37]
    assert check.verdict == "consistent" and check.operands["denominator"] == 12932
