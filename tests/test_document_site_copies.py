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
    "001_46945bdb9795494b": "readers/text.py: a table's rows parted by blank lines are tables of one row each; "
                            "the rows' percentages are still judged, 2 of the table's column totals are lost",
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
