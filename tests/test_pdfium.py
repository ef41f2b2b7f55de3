"""The PDFium reader (readers/pdfium.py) against the pdfplumber path it replaces: the same report
on every PDF fixture, the same lines and tables page by page, the engine switch, streaming."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract
from kesos_extract.readers import pdf as pdf_reader
from kesos_extract.readers import pdfium

FIX = Path(__file__).parent / "fixtures"
PDFS = sorted(p for p in [*FIX.glob("*.pdf"), *(FIX / "renditions").glob("*.pdf")] if p.name != "encrypted.pdf")


def _report(path: Path, engine: str, monkeypatch) -> str:
    monkeypatch.setenv("KESOS_PDF_ENGINE", engine)
    return extract(path).model_dump_json()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_same_report_json_as_the_pdfplumber_path(path, monkeypatch):
    assert _report(path, "pdfium", monkeypatch) == _report(path, "pdfplumber", monkeypatch)


@pytest.mark.parametrize("name", ["report_multipage.pdf", "unruled_tables.pdf", "renditions/004_0ca9ee8b18b5a3d7.pdf"])
def test_same_lines_words_and_tables_page_by_page(name):
    path = FIX / name
    data = path.read_bytes()
    want = pdf_reader.read_pages(path, data, "pdfplumber")
    got = pdf_reader.read_pages(path, data, "pdfium")
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert [ln.text for ln in g.lines] == [ln.text for ln in w.lines]
        assert [t.rows for t in g.tables] == [t.rows for t in w.tables]
        assert [t.top for t in g.tables] == pytest.approx([t.top for t in w.tables], abs=0.01)
        assert [ln.top for ln in g.lines] == pytest.approx([ln.top for ln in w.lines], abs=0.01)
        assert [ln.bottom for ln in g.lines] == pytest.approx([ln.bottom for ln in w.lines], abs=0.01)
        for lg, lw in zip(g.lines, w.lines):
            assert (lg.words is None) == (lw.words is None)
            if lg.words is not None:
                assert [x.text for x in lg.words] == [x.text for x in lw.words]
                assert [x.x0 for x in lg.words] == pytest.approx([x.x0 for x in lw.words], abs=0.05)


def test_engine_switch(monkeypatch):
    monkeypatch.delenv("KESOS_PDF_ENGINE", raising=False)
    assert pdfium.engine() == "pdfium"
    monkeypatch.setenv("KESOS_PDF_ENGINE", "pdfplumber")
    assert pdfium.engine() == "pdfplumber" and pdfium.engine("pdfium") == "pdfium"
    with pytest.raises(ValueError, match="unknown PDF engine"):
        pdfium.engine("ghostscript")


def test_the_default_reader_never_builds_pdfplumber_pages(monkeypatch):
    """A text page without rules never reaches pdfplumber (its per-character dicts were 85% of
    the time): pdfplumber.open is not even called."""
    import pdfplumber

    monkeypatch.delenv("KESOS_PDF_ENGINE", raising=False)
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber.open called"))
    doc = pdf_reader.read_pdf(FIX / "unruled_tables.pdf", (FIX / "unruled_tables.pdf").read_bytes())
    assert doc.tables()


def test_the_document_is_opened_again_every_few_pages(monkeypatch):
    """PDFium keeps what it parsed until the document closes: it is reopened every
    PAGES_PER_OPEN pages, and the pages read are the same."""
    path = FIX / "renditions" / "002_0633a098c4ed8db1.pdf"
    data = path.read_bytes()
    whole = pdfium.read_pages(path, data)
    opened = []
    real = pdfium.open_pdf
    monkeypatch.setattr(pdfium, "open_pdf", lambda p, d: opened.append(1) or real(p, d))
    monkeypatch.setattr(pdfium, "PAGES_PER_OPEN", 10)
    again = pdfium.read_pages(path, data)
    assert len(opened) == (len(whole) + 9) // 10
    assert [[ln.text for ln in p.lines] for p in again] == [[ln.text for ln in p.lines] for p in whole]


def test_symbol_font_bullet_and_line_end_hyphen_through_pdfium():
    path = FIX / "renditions" / "004_0ca9ee8b18b5a3d7.pdf"
    pages = pdfium.read_pages(path, path.read_bytes())
    # PDFium marks a hyphen at a line end with U+FFFE: it is the file's own hyphen
    assert any(ln.text.endswith("seluas-") for ln in pages[9].lines)
    assert not any("\ufffe" in ln.text or "\x02" in ln.text for p in pages for ln in p.lines)
