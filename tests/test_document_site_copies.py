"""Reports as document-sharing sites (123dok, vdokumen) give a PDF's text: lines wrapped at about
72 columns, every line indented (dev 05 has a margin of four spaces) and followed by a blank line.

Before readers/hard_wrap.py took the margin off (``unwrap_margin``), an indented continuation line
was never a wrap's, and where it was joined the break, the blank line and the margin made a run of
spaces inside the sentence that the table readers took for a gap between cells: written so, 12 of
the 27 seeds and dev texts lost claims or programs (one gained a false alarm). The margin is taken
off the lines a wrap joins only; the characters taken out move the page starts with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract_text
from kesos_extract.readers.hard_wrap import unwrap_margin
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
GAPS = {
    "35_kemensos-nasional-anggaran-2022-rincian-belanja-news": "segments.py: as test_hard_wrap's DOUBLE_SPACED_GAPS: "
                            "a line wrapped at a sentence's end is a paragraph's end here",
}
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
    text, removed = unwrap_margin(copied)
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
    text, removed = unwrap_margin(lines)
    assert (text, removed) == (lines, [])
