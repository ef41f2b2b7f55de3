"""OCR of PDF pages without a text layer (readers/ocr.py): image-only pages of seed renditions
made by tests/fixtures/make_scans.py at 200 dpi. Skipped, with the reason, where Tesseract or its
Indonesian model is missing; the messages for a missing Tesseract are tested everywhere."""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kesos_extract import extract
from kesos_extract.cli import cli
from kesos_extract.errors import InputError, NoTextError
from kesos_extract.readers import ocr

FIX = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIX))
from make_scans import make_scan, rendition  # noqa: E402

needs_tesseract = pytest.mark.skipif(ocr.missing() is not None, reason=f"OCR tests skipped: {ocr.missing()}")


def _subset(src: Path, out: Path, pages: list[int]) -> Path:
    import pypdfium2 as pdfium

    doc, new = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
    new.import_pages(doc, [p - 1 for p in pages])
    new.save(str(out))
    return out


def _amounts(report) -> Counter:
    return Counter(round(m.value) for m in report.mentions if m.kind == "amount" and m.value is not None)


@needs_tesseract
@pytest.mark.parametrize("seed,pages", [("002", [18, 21]), ("004", [13, 45])])
def test_scanned_pages_give_the_amounts_of_the_text_layer(seed, pages, tmp_path):
    text = extract(_subset(rendition(seed), tmp_path / "text.pdf", pages), ocr="never")
    scan = make_scan(rendition(seed), tmp_path / "scan.pdf", pages)
    got = extract(scan)
    want = _amounts(text)
    assert want, "the pages chosen hold rupiah amounts"
    found = sum((_amounts(got) & want).values())
    assert found >= 0.9 * sum(want.values()), (found, sum(want.values()))
    assert all(f"page {i} was read by OCR" in " ".join(got.source.warnings) for i in range(1, len(pages) + 1))
    ocr_mentions = [m for m in got.mentions if m.kind == "amount"]
    assert ocr_mentions and all(m.ocr_confidence is not None and 0 <= m.ocr_confidence <= 1 for m in ocr_mentions)
    assert '"ocr_confidence"' in got.model_dump_json()
    # a text-layer report has no such field at all
    assert '"ocr_confidence"' not in text.model_dump_json()


@needs_tesseract
def test_ocr_never_refuses_a_scan_as_before(tmp_path):
    scan = make_scan(rendition("003"), tmp_path / "scan.pdf", [1])
    with pytest.raises(NoTextError, match="scanned images without a text layer"):
        extract(scan, ocr="never")
    assert extract(scan, ocr="auto").mentions


@needs_tesseract
def test_ocr_always_reads_a_text_page_by_ocr_too(tmp_path):
    page = _subset(rendition("003"), tmp_path / "text.pdf", [1])
    report = extract(page, ocr="always")
    assert report.source.warnings[0].startswith("page 1 was read by OCR")
    assert "Kesejahteraan" in report.text or "kesejahteraan" in report.text


def test_missing_tesseract_is_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    ocr.missing.cache_clear()
    try:
        assert "Tesseract is not installed" in ocr.missing() and "tesseract-ocr-ind" in ocr.missing()
        # asked for: a clear error naming the file
        with pytest.raises(InputError, match="OCR was asked for .*Tesseract is not installed"):
            extract(FIX / "report_multipage.pdf", ocr="always")
        result = CliRunner().invoke(cli, ["extract", "--ocr", "always", str(FIX / "report_multipage.pdf")])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "apt-get install tesseract-ocr tesseract-ocr-ind" in result.stderr
        # auto: the scanned page is named, as before, and the rest converts
        doc = extract(FIX / "scanned_page.pdf", ocr="auto")
        assert "page 2 has no text layer (a scanned image?)" in doc.source.warnings
    finally:
        ocr.missing.cache_clear()


def test_ocr_mode_names():
    assert ocr.mode("AUTO") == "auto"
    with pytest.raises(ValueError, match="unknown OCR mode"):
        ocr.mode("sometimes")


def test_cli_ocr_option_does_not_outlive_the_command(monkeypatch):
    import os

    monkeypatch.delenv("KESOS_OCR", raising=False)
    result = CliRunner().invoke(cli, ["extract", "--ocr", "never", str(FIX / "report_multipage.pdf")])
    assert result.exit_code == 0 and "KESOS_OCR" not in os.environ
