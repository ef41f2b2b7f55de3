"""A slide deck exported to PDF by LibreOffice Impress (tests/fixtures/pdf_probes/slide_deck.pdf,
made by make_slide_deck.py): the slide's background and its title band are no table
(readers.pdf.is_page_frame), and "p", "g", "j" that reach below the font's declared descent stay on
their line (readers.pdfium._descent_line). Before, each slide was read as a table of two huge
cells and the descenders as a line of their own ("Pa u APBD Perubahan: R 12.448.731.500 g p")."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract

DECK = Path(__file__).parent / "fixtures" / "pdf_probes" / "slide_deck.pdf"


@pytest.fixture(scope="module")
def report():
    return extract(DECK)


def test_every_bullet_is_read_whole(report) -> None:
    for line in ("Pagu APBD Perubahan: Rp 12.448.731.500", "Realisasi: Rp 11.918.402.650 (95,74%)",
                 "Sisa anggaran: Rp 530.328.850",
                 "Potensi Sumber Kesejahteraan Sosial (PSKS) yang aktif: 412 dari 450 PSKS (92,56%)"):
        assert line in report.text
    assert not report.tables


def test_the_bullets_claims_are_judged(report) -> None:
    verdicts = {(c.check, c.stated): c.verdict for c in report.checks}
    assert verdicts[("budget_percent", 95.74)] == "consistent"
    assert verdicts[("target_percent", 95.67)] == "consistent"
    assert verdicts[("share_percent", 92.56)] == "mismatch"  # 412 / 450 = 91,56 %
