"""Reports as document-sharing sites (123dok, vdokumen) give a PDF's text: lines wrapped at about
72 columns, every line indented (dev 05 has a margin of four spaces) and followed by a blank line.

Before readers/hard_wrap.py took the margin off (``unwrap_copy``), an indented continuation line
was never a wrap's, and where it was joined the break, the blank line and the margin made a run of
spaces inside the sentence that the table readers took for a gap between cells: written so, 12 of
the 27 seeds and dev texts lost claims or programs (one gained a false alarm). The margin is taken
off the lines a wrap joins only; the characters taken out move the page starts with them. The
blank lines left after unwrapping such a copy say nothing (a list's items, a table's rows and a
paragraph's end all have one) and become plain line breaks (``_close_double_spacing``): before,
dev 35 lost a claim so, and a list of shares under its total ("• Kecamatan A : 1.245 jiwa (24,9%)"
... "Jumlah : 5.000 jiwa"), a blank line between its items, was not judged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract_text
from kesos_extract.readers.hard_wrap import unwrap_copy
from kesos_extract.readers.text import text_document
from test_hard_wrap import double_spaced, findings, wrap

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORTS = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "dev").glob("*.txt"))


def document_site(text: str, tables_too: bool = False) -> str:
    """The text wrapped at 72 columns, every line indented by four spaces, a blank line after each
    line of prose (``tables_too``: after each table row as well)."""
    wrapped = wrap(text, 72)
    spaced = "\n\n".join(wrapped.split("\n")) if tables_too else double_spaced(wrapped)
    return "\n".join("    " + ln if ln.strip() else ln for ln in spaced.split("\n"))


# by stem -> why (xfail, strict)
GAPS: dict[str, str] = {}
# with a blank line after every table row too: tables whose rows a blank line parts
TABLE_GAPS = dict(GAPS, **{
    "001_46945bdb9795494b": "seed 001 is itself a copy with a blank line after every line: written so again, its "
                            "lines are three apart, no copy found (hard_wrap._double_spaced), and a flattened "
                            "row's two shares (3,52%, 22,08%) are lost",
})


def _params(gaps: dict) -> list:
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=gaps[p.stem])) if p.stem in gaps else p
            for p in REPORTS]


@pytest.mark.skipif(not REPORTS, reason="../shared (seeds, dev) is not next to the repository")
@pytest.mark.parametrize("path", _params(GAPS), ids=lambda p: p.stem[:24])
def test_a_report_copied_by_a_document_site_gives_what_the_report_gives(path):
    text = path.read_text(encoding="utf-8")
    assert findings(document_site(text)) == findings(text)


@pytest.mark.skipif(not REPORTS, reason="../shared (seeds, dev) is not next to the repository")
@pytest.mark.parametrize("path", _params(TABLE_GAPS), ids=lambda p: p.stem[:24])
def test_a_report_copied_with_a_blank_line_after_every_row_too(path):
    text = path.read_text(encoding="utf-8")
    assert findings(document_site(text, tables_too=True)) == findings(text)


PROSE = ("Dinas Sosial Kota Cilegon sebagai unsur pelaksana Pemerintah Daerah di bidang kesejahteraan "
         "sosial melaksanakan program penyuluhan kesejahteraan sosial yang pada tahun ini telah "
         "menjangkau 30 kelurahan dari 38 kelurahan atau 78,95 persen, sedangkan pengembangan eks klien "
         "telah menjangkau 168 orang atau 67,2 persen dari target sebanyak 250 orang. Pelatihan bagi "
         "pendamping sosial diikuti oleh 45 orang dari 50 orang yang diundang atau 90 persen.")


def test_the_margin_and_blank_line_of_a_wrap_become_one_space():
    copied = document_site(PROSE)
    text, removed = unwrap_copy(copied)
    assert removed  # a margin was taken off
    assert "  " not in text.strip()
    assert " ".join(text.split()) == " ".join(PROSE.split())


def test_the_claims_of_an_indented_double_spaced_copy_are_the_texts():
    assert findings(document_site(PROSE)) == findings(PROSE)
    assert len(findings(PROSE)[0]) == 3


def test_page_starts_move_with_the_characters_taken_out():
    # two pages of a pdftotext export (a form feed between), each line indented, a blank line after each
    page1, page2 = document_site(PROSE), document_site(PROSE.replace("Cilegon", "Serang"))
    doc = text_document(page1 + "\n\f" + page2, "<test>")
    second = doc.text.index("Serang")
    assert doc.page_at(second) == 2
    assert doc.page_at(doc.text.index("Cilegon")) == 1
    assert doc.page_at(second - 40) == 1


def test_an_indented_text_that_is_not_wrapped_is_kept():
    lines = "\n".join("    " + s.strip() + "." for s in PROSE.split(".") if s.strip())
    text, removed = unwrap_copy(lines)
    assert (text, removed) == (lines, [])


LIST_OF_SHARES = (
    PROSE + "\n\nData PMKS Kabupaten Kendal tahun 2021 per kecamatan sebagai berikut:\n"
    "• Kecamatan Kendal : 1.245 jiwa (24,9%)\n"
    "• Kecamatan Kaliwungu : 1.100 jiwa (22%)\n"
    "• Kecamatan Boja : 980 jiwa (19,6%)\n"
    "• Kecamatan Weleri : 875 jiwa (17,5%)\n"
    "• Kecamatan Sukorejo : 800 jiwa (16%)\n"
    "Jumlah : 5.000 jiwa\n")


def test_a_list_of_shares_with_a_blank_line_between_its_items_is_judged_as_the_list():
    def shares(text: str) -> list:
        return sorted((c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
                      for c in extract_text(text).checks if c.operands.get("denominator") == 5000)
    expected = [(16, 800, 5000, "consistent"), (17.5, 875, 5000, "consistent"), (19.6, 980, 5000, "consistent"),
                (22, 1100, 5000, "consistent"), (24.9, 1245, 5000, "consistent")]
    assert shares(LIST_OF_SHARES) == expected
    assert shares(document_site(LIST_OF_SHARES, tables_too=True)) == expected


# a list's last item ends on an amount near the width, a new sentence in title case starts the
# next line: in a copy with a blank line after every line, the item's line is no wrap of it
# (before: "... realisasi Rp 57.000.000 Secara keseluruhan ... 93,37%" read 93,37% as 57/60 juta)
ITEMS_THEN_TOTAL = (
    PROSE + "\n\nRealisasi program dan kegiatan Dinas Sosial tahun 2021 adalah sebagai berikut:\n"
    "1. Program Perlindungan dan Jaminan Sosial\n"
    "1.1 Pengelolaan Data Fakir Miskin Cakupan Daerah, pagu Rp 85.000.000, realisasi Rp 80.750.000\n"
    "2. Program Penanganan Bencana\n"
    "2.1 Penanganan Bencana, pagu Rp 60.000.000, realisasi Rp 57.000.000\n"
    "Secara keseluruhan realisasi anggaran Dinas Sosial mencapai 93,37%.\n")


def test_a_line_ending_on_an_amount_before_a_sentence_in_title_case_is_no_wrap():
    copied = document_site(ITEMS_THEN_TOTAL, tables_too=True)
    assert "Rp 57.000.000\n\n    Secara" in copied  # the item's line ends near the width
    assert findings(copied) == findings(ITEMS_THEN_TOTAL)
    assert not [c for c in findings(copied)[0] if c[1] == "mismatch"]


# a figure a scanned PDF's text spaced out ("Rp 2 . 145 . 600 . 000"), the line broken inside it,
# a blank line and the margin after the break: one figure (before: "Rp 2" read alone, 96% a
# false alarm on Rp 2 of Rp 2.235.000.000)
SPACED_FIGURE = (
    "    " + PROSE.replace(". ", ".\n\n    ", 1) + "\n\n"
    "    Realisasi anggaran Program Pemberdayaan Sosial tahun 2021 sebesar Rp 2 .\n\n"
    "    145 . 600 . 000 dari anggaran Rp 2 . 235 . 000 . 000 atau 96 , 00 %.\n")


def test_a_spaced_figure_broken_over_a_blank_line_is_one_figure():
    found = [(c.verdict, c.stated, c.operands.get("numerator")) for c in extract_text(SPACED_FIGURE).checks
             if c.stated == 96]
    assert found == [("consistent", 96, 2145600000)]


# a document site's copy of a page that is mostly a table, its cells a line each, its prose lines
# each ending a sentence: few or no breaks wrap a paragraph, yet it is such a copy (one margin, a
# blank line after every line, prose lines ending close to one width), and its blank lines are
# plain line breaks (before: kept, the table's cells were each a paragraph, every check lost)
TABLE_OF_CELLS = (
    "Realisasi anggaran program urusan sosial tahun 2021 disajikan pada tabel berikut.\n"
    "Anggaran program pemberdayaan sosial terserap hampir seluruhnya.\n"
    "Program penanganan bencana terkendala cuaca pada triwulan ketiga.\n"
    "Sisa anggaran dikembalikan ke kas daerah pada akhir tahun anggaran.\n\n"
    "Tabel 3.12\nPagu dan Realisasi Anggaran Program Urusan Sosial\nTahun Anggaran 2021\n"
    "No\nProgram/Kegiatan\nPagu (Rp)\nRealisasi (Rp)\n%\n"
    "1\nProgram Pemberdayaan Sosial\n512.750.000\n497.367.500\n97,00\n"
    "1\nPengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n512.750.000\n497.367.500\n97,00\n"
    "2\nProgram Penanganan Bencana\n275.000.000\n261.525.000\n95,10\n"
    "1\nPerlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n175.000.000\n168.525.000\n96,30\n"
    "2\nPenyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota\n"
    "100.000.000\n93.000.000\n93,00\n"
    "Jumlah\n787.750.000\n758.892.500\n96,34\n")


def test_a_copy_of_a_page_of_table_cells_with_few_wraps_has_its_blank_lines_closed():
    copied = document_site(TABLE_OF_CELLS, tables_too=True)
    assert findings(copied) == findings(TABLE_OF_CELLS)
    assert len(findings(TABLE_OF_CELLS)[0]) == 12


def test_an_indented_text_of_paragraphs_a_blank_line_apart_is_kept():
    # control: paragraphs one line each, of every length, a blank line apart: no copy of a PDF
    paragraphs = "\n\n".join("    " + s.strip() + "." for s in (PROSE + " " + PROSE).split(".") if s.strip())
    assert unwrap_copy(paragraphs) == (paragraphs, [])


# the same, with a table laid out with runs of spaces: its rows, a blank line after each, stand
# apart as rows laid with tabs do (before: joined to their neighbours' lines, the cells of a row
# whose name runs over two lines were lost)
LAID_WITH_SPACES = (
    "Capaian indikator kinerja sasaran strategis tahun 2021 disajikan berikut.\n"
    "Sebagian besar indikator telah mencapai target yang ditetapkan semula.\n"
    "Indikator yang belum tercapai akan menjadi perhatian pada tahun 2022.\n"
    "Rincian capaian setiap indikator kinerja tercantum pada tabel di bawah.\n\n"
    "Tabel 2.3 Pengukuran Kinerja Sasaran Strategis Tahun 2021\n\n"
    "No   Sasaran Strategis / Indikator Kinerja        Satuan   Target   Realisasi   Capaian\n"
    "1    Meningkatnya pelayanan dan rehabilitasi\n"
    "     sosial bagi PMKS\n"
    "     Persentase PMKS yang memperoleh              %        80       76          95,00\n"
    "     bantuan sosial\n"
    "2    Persentase anak terlantar yang               %        70       63          92,00\n"
    "     mendapatkan pelayanan dalam panti\n"
    "3    Jumlah lansia terlantar yang ditangani       orang    450      432         96,00\n\n"
    "Dari tabel di atas, satu indikator belum mencapai target.\n")


def test_rows_laid_out_with_runs_of_spaces_keep_their_blank_lines():
    copied = document_site(LAID_WITH_SPACES, tables_too=True)
    assert findings(copied) == findings(LAID_WITH_SPACES)
    assert len(findings(LAID_WITH_SPACES)[0]) == 3


# a table laid with pipes in a copy that puts a blank line after every row: the rows go together
# (before: each row a table of its own, the column totals and the programs' budgets were lost)
PIPE_TABLE = (
    PROSE + "\n\nTabel 4.5 Realisasi Anggaran Urusan Sosial Tahun 2022\n"
    "| Kode | Urusan/Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |\n"
    "|---|---|---|---|---|\n"
    "| 1.06 | URUSAN PEMERINTAHAN BIDANG SOSIAL | 2.316.400.000 | 2.214.862.250 | 95,62 |\n"
    "| 1.06.05 | Program Perlindungan dan Jaminan Sosial | 1.016.400.000 | 981.912.250 | 96,61 |\n"
    "| 1.06.05.2.01 | Pemeliharaan Anak-Anak Terlantar | 416.400.000 | 401.962.250 | 96,53 |\n"
    "| 1.06.05.2.02 | Pengelolaan Data Fakir Miskin | 600.000.000 | 579.950.000 | 96,66 |\n"
    "| 1.06.06 | Program Penanganan Bencana | 1.300.000.000 | 1.232.950.000 | 94,84 |\n"
    "| 1.06.06.2.01 | Perlindungan Sosial Korban Bencana Alam | 1.300.000.000 | 1.232.950.000 | 94,84 |\n"
    "| | Total Urusan | 2.316.400.000 | 2.214.862.250 | 95,62 |\n")


def test_a_pipe_table_with_a_blank_line_after_every_row_is_one_table():
    copied = document_site(PIPE_TABLE, tables_too=True)
    assert "95,62 |\n\n    | 1.06.05" in copied
    assert findings(copied) == findings(PIPE_TABLE)
    assert len(findings(PIPE_TABLE)[1]) == 2


# the same page with no prose but its table's title: more than a tenth of its lines are long
# (the cells' names), so no width is found; nearly all are no longer than a PDF's line, and the
# copy is one all the same (before: each cell a paragraph, every check lost)
ONLY_CELLS = TABLE_OF_CELLS[TABLE_OF_CELLS.index("Tabel 3.12"):]


def test_a_copy_of_table_cells_alone_has_its_blank_lines_closed():
    copied = document_site(ONLY_CELLS, tables_too=True)
    assert findings(copied) == findings(ONLY_CELLS)
    assert len(findings(ONLY_CELLS)[0]) == 12


# the same with pipes between the cells only, none at the row's ends (before: each row alone)
INNER_PIPES = (
    PROSE + "\n\nTabel 3.15\nRealisasi Program Urusan Sosial Tahun 2019-2020\n"
    "Program | Anggaran 2019 | Realisasi 2019 | % | Anggaran 2020 | Realisasi 2020 | %\n"
    "Pemberdayaan Sosial | 500.000.000 | 475.000.000 | 95,00 | 600.000.000 | 540.000.000 | 90,00\n"
    "Rehabilitasi Sosial | 800.000.000 | 784.000.000 | 98,00 | 750.000.000 | 712.500.000 | 95,00\n"
    "Jumlah | 1.300.000.000 | 1.259.000.000 | 96,85 | 1.350.000.000 | 1.252.500.000 | 92,78\n")


def test_a_table_with_pipes_between_cells_only_and_a_blank_line_after_every_row_is_one_table():
    copied = document_site(INNER_PIPES, tables_too=True)
    assert findings(copied) == findings(INNER_PIPES)
    assert len([c for c in findings(INNER_PIPES)[0] if c[0] == "column_total"]) == 4


def test_runs_of_spaces_made_by_joined_wraps_are_no_gaps_between_cells():
    # a copy with a blank line after every line and a space ending each (seed 001): each joined
    # wrap leaves "line-end space, break, break" as three spaces; two paragraphs so joined are
    # no rows of a table laid out with spaces, and the blank line between them is a line break
    # (before: kept, as between two such rows)
    second = PROSE.replace("Cilegon", "Serang")
    lines = wrap(PROSE, 66).split("\n") + wrap(second, 66).split("\n")
    text, _ = unwrap_copy("\n\n".join(ln + " " for ln in lines) + "\n")
    assert "   " in text and "\n\n" not in text
    assert text.count("\n") == 2
