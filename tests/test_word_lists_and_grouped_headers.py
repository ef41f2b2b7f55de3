"""Bulleted lists as Word exports them, and budget tables whose header is two rows read as one
(fresh probes of Word/PDF exports and converter output, stop 35):

- LibreOffice sets a Word list's bullet in OpenSymbol ("\\uf0b7"), its box a few points above
  its item's text, and a tab between them (the hanging indent): the PDF reader puts the bullet
  on its item's line (readers/pdfium.py ``bullets_on_their_lines``) and reads bullet and tab as
  a list item, no table (readers/tabbed.py ``_LIST_BULLETS``); a page whose lines are mostly
  one-line paragraphs spaced after breaks its paragraphs by the narrowest gaps (readers/pdf.py);
- the kegiatan bulleted under a program's heading, a blank line between items (a Word
  document's paragraphs spaced after), or under the heading after its table row (programs
  ``_bullets_under_its_heading``), are its activities;
- "| Kode | Program/Kegiatan | Realisasi Renja 2022 | Realisasi Renja 2022 | ..." over "| Kode |
  Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | Capaian (%) |": each column without the group
  label its neighbours share (programs ``_without_group_labels``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from make_word_lists import INTRO, OUTRO, PROGRAMS  # noqa: E402


@pytest.mark.parametrize("name", ["word_bullets.pdf", "word_bullets.docx"])
def test_a_word_list_s_bullets_read_as_list_items(name):
    # (FAILED BEFORE, PDF: "Penyediaan Alat Bantu bagi Penyandang Disabilitas Program Perlindungan dan
    # Jaminan Sosial", the heading run into the item before it; no activities from either file)
    from kesos_extract import extract

    report = extract(FIXTURES / "word_lists" / name)
    assert [(p.name, [a.name for a in p.activities]) for p in report.programs] == list(PROGRAMS.items())
    paragraphs = [" ".join(p.split()) for p in report.text.split("\n\n")]
    assert paragraphs[0] == INTRO and paragraphs[-1] == OUTRO
    for program, items in PROGRAMS.items():
        assert program in paragraphs
        assert all("- " + item in paragraphs for item in items)


def test_the_pdf_and_its_word_file_read_alike():
    from kesos_extract import extract

    pdf, docx = (extract(FIXTURES / "word_lists" / f"word_bullets.{ext}") for ext in ("pdf", "docx"))
    # paragraph by paragraph (FAILED BEFORE: the PDF ran a heading into the list item before it)
    assert [" ".join(p.split()) for p in pdf.text.split("\n\n")] == [" ".join(p.split()) for p in docx.text.split("\n\n")]


def test_kegiatan_under_a_program_s_heading_after_its_table_row():
    # (FAILED BEFORE: no activities; the table names the programs, the headings after it their kegiatan)
    from kesos_extract import extract_text

    text = ("No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tCapaian (%)\n"
            "1\tProgram Rehabilitasi Sosial\t472.900.000\t455.612.300\t96,34\n"
            "2\tProgram Penanganan Bencana\t96.750.000\t88.214.000\t91,18\n"
            "\tJumlah\t569.650.000\t543.826.300\t95,47\n\n"
            "Kegiatan yang dilaksanakan pada masing-masing program adalah sebagai berikut:\n\n"
            "Program Rehabilitasi Sosial\n\n- Penyediaan Permakanan\n\n- Penyediaan Alat Bantu\n\n"
            "Program Penanganan Bencana\n\n- Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n")
    got = {p.name: [a.name for a in p.activities] for p in extract_text(text).programs}
    assert got == {"Program Rehabilitasi Sosial": ["Penyediaan Permakanan", "Penyediaan Alat Bantu"],
                   "Program Penanganan Bencana": ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]}


GROUPED = """\
_Tabel 2.1 Rekapitulasi Evaluasi Pelaksanaan Renja Dinas Sosial Tahun 2022_

| Kode | Program/Kegiatan | Realisasi Renja 2022 | Realisasi Renja 2022 | Realisasi Renja 2022 |
| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | Capaian (%) |
|----|---|---|---|---|
| 1.06.04 | Program Rehabilitasi Sosial | 942.500.000 | 918.316.000 | 97,43 |
| 1.06.04.2.01 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 687.500.000 | 673.981.000 | 98,03 |
| 1.06.04.2.02 | Rehabilitasi Sosial PMKS Lainnya | 255.000.000 | 244.335.000 | 95,82 |
| 1.06.06 | Program Penanganan Bencana | 287.400.000 | 251.068.000 | 87,36 |
| 1.06.06.2.01 | Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota | 287.400.000 | 251.068.000 | 87,36 |
|  | Jumlah | 1.229.900.000 | 1.169.384.000 | 95,08 |
"""


def test_program_budgets_under_a_header_of_two_rows():
    # (FAILED BEFORE: no budget, "Realisasi Renja 2022 Pagu (Rp)" read as no budget column)
    from kesos_extract import extract_text

    report = extract_text(GROUPED)
    budgets = {p.name: (p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs}
    assert budgets == {"Program Rehabilitasi Sosial": (942500000.0, 918316000.0, 97.43),
                       "Program Penanganan Bencana": (287400000.0, 251068000.0, 87.36)}
