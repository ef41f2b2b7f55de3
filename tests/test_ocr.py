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


# --- what is done around Tesseract (no Tesseract needed) -----------------------------------------

def _word(text, x0, x1, conf=0.96, line=(1, 1, 1), top=100.0, bottom=108.0):
    return ocr.OcrWord(text, x0, x1, top, bottom, conf, line)


@pytest.mark.parametrize("read,kept", [("96,42”6,", "96,42%,"), ("98,676", "98,67%"), ("92,30Yo.", "92,30%.")])
def test_a_percentage_with_its_sign_misread_is_repaired_where_tesseract_was_unsure(read, kept):
    [w] = ocr.repair([_word(read, 10, 40, conf=0.8)])
    assert (w.text, w.read, w.confidence) == (kept, read, 0.8)


@pytest.mark.parametrize("read,conf", [("98,676", 0.95), ("1006.", 0.5), ("2.645.752.832", 0.3), ("Yogyakarta", 0.2)])
def test_no_repair_of_sure_words_nor_of_other_shapes(read, conf):
    [w] = ocr.repair([_word(read, 10, 40, conf=conf)])
    assert (w.text, w.read) == (read, None)


def test_a_misread_sign_alone_is_a_percent_sign_only_after_a_number():
    words = ocr.repair([_word("Kinerja", 0, 30), _word("100", 35, 50), _word("Yo,", 52, 60, conf=0.2),
                        _word("lalu", 65, 80), _word("Yo", 85, 90, conf=0.2)])
    assert [w.text for w in words] == ["Kinerja", "100", "%,", "lalu", "Yo"]
    # the number may end the line before ("Kinerja 100" / "Yo, Tercapainya"), in the same block
    words = ocr.repair([_word("100", 35, 50), _word("Yo,", 0, 10, conf=0.93, line=(1, 1, 2))])
    assert words[1].text == "%,"
    words = ocr.repair([_word("100", 35, 50), _word("Yo", 0, 10, conf=0.2, line=(2, 1, 1))])
    assert words[1].text == "Yo"
    # a sure reading stays
    assert ocr.repair([_word("100", 35, 50), _word("Yo", 52, 60, conf=0.97)])[1].text == "Yo"


def test_a_bullet_read_as_a_letter_is_a_bullet_again():
    # "m" as Tesseract reads a small square bullet: x-height high, apart from the next word
    bullet = _word("m", 32.2, 36.7, conf=0.85, top=630.5, bottom=635.3)
    words = ocr.repair([bullet, _word("PSBR", 40.8, 63.1, top=628.3, bottom=635.5), _word("Rp.", 70, 80, top=628, bottom=637)])
    assert words[0].text == "\u2022" and words[0].read == "m"
    # a sure word, a word in the middle of a line, a tall glyph, a glyph glued to the next word: left alone
    for case in ([_word("m", 32.2, 36.7, conf=0.95, top=630.5, bottom=635.3), _word("PSBR", 40.8, 63.1, top=628.3, bottom=635.5)],
                 [_word("x", 0, 20), _word("m", 32.2, 36.7, conf=0.85, top=630.5, bottom=635.3), _word("PSBR", 40.8, 63.1)],
                 [_word("a", 32.2, 36.7, conf=0.85, top=625, bottom=637), _word("PSBR", 40.8, 63.1, top=628.3, bottom=635.5)],
                 [_word("m", 32.2, 36.7, conf=0.85, top=630.5, bottom=635.3), _word("PSBR", 36.9, 63.1, top=628.3, bottom=635.5)]):
        assert [w.read for w in ocr.repair(case)] == [None] * len(case)


def test_tesseract_lines_side_by_side_are_one_line_left_to_right():
    words = [_word("Jumlah", 100, 130, line=(1, 1, 1), top=100, bottom=110),
             _word("panti", 135, 160, line=(1, 1, 1), top=100, bottom=110),
             _word("21,00", 300, 325, line=(2, 1, 1), top=101, bottom=109),  # another block, same height
             _word("2", 20, 25, line=(3, 1, 1), top=100.5, bottom=109.5),
             _word("asuhan", 100, 130, line=(1, 1, 2), top=118, bottom=128),  # the cell's next line
             _word("21,00", 300, 325, line=(2, 1, 2), top=109, bottom=119)]  # between two lines: its own
    lines = ocr.ocr_lines(words)
    assert [ln[0] for ln in lines] == ["2 Jumlah panti 21,00", "21,00", "asuhan"]
    # words that overlap across are never one line
    lines = ocr.ocr_lines([_word("a", 0, 50, line=(1, 1, 1)), _word("b", 40, 80, line=(2, 1, 1))])
    assert len(lines) == 2


def test_a_page_is_cut_into_bands_only_at_blank_rows():
    import numpy as np

    page = np.full((1000, 300), 255, dtype=np.uint8)
    for top in range(50, 950, 30):  # text lines 20 rows high, 10 blank rows between
        page[top:top + 20, 20:280] = 0
    cuts = ocr.bands(page, 2)
    assert len(cuts) == 2 and cuts[0][0] == 0 and cuts[-1][1] == 1000 and cuts[0][1] == cuts[1][0]
    assert page[cuts[0][1]].min() == 255 and 350 < cuts[0][1] < 650
    assert ocr.bands(page, 1) == [(0, 1000)]
    page[:, 10] = 0  # a rule down the whole page: no blank row, no cut
    assert ocr.bands(page, 3) == [(0, 1000)]


def test_languages_and_jobs_follow_the_environment(monkeypatch):
    monkeypatch.setenv("KESOS_OCR_LANG", "ind")
    assert ocr.languages() == "ind"
    monkeypatch.delenv("KESOS_OCR_LANG")
    assert ocr.languages().split("+")[0] == "ind"
    monkeypatch.setenv("KESOS_OCR_JOBS", "3")
    assert ocr.jobs() == 3
    monkeypatch.delenv("KESOS_OCR_JOBS")
    assert 1 <= ocr.jobs() <= 4


def test_the_repair_patterns_are_grammar_data():
    from kesos_extract.grammar import load_grammar

    g = load_grammar("ocr")
    assert {p.name for p in g.patterns} >= {"percent_glued_misread", "percent_sign_alone", "bullet_misread"}
    assert "Yo" in g.vocabulary["percent_sign_misreads"]


def _claims(report) -> Counter:
    return Counter((c.check, c.stated, c.operands.get("numerator"), c.operands.get("denominator"), c.verdict)
                   for c in report.checks if c.check in ("budget_percent", "target_percent", "share_percent"))


@needs_tesseract
def test_a_scanned_page_gives_the_percentage_claims_of_the_text_layer(tmp_path):
    # seed 004, page 44: "Prosentase Capaian Kinerja 100 %", "96,42%": the 'ind' model alone read
    # the signs as "S6", "Yo", "”6" and the page gave no claim
    text = extract(_subset(rendition("004"), tmp_path / "text.pdf", [44]), ocr="never")
    got = extract(make_scan(rendition("004"), tmp_path / "scan.pdf", [44]))
    want = _claims(text)
    assert sum(want.values()) >= 4
    assert sum((_claims(got) & want).values()) >= 0.8 * sum(want.values()), (_claims(got), want)
    percents = [m for m in got.mentions if m.kind == "percentage"]
    assert percents and all(m.ocr_confidence is not None for m in percents)


def test_rules_drawn_in_an_image_are_found_and_glyphs_are_not():
    import numpy as np

    page = np.full((1200, 900), 255, dtype=np.uint8)  # 300 dpi: 0.24 pt a pixel
    page[100:103, 50:850] = 0  # rules across, 3 px thick
    page[300:302, 50:850] = 0
    page[100:302, 50:52] = 0  # rules down
    page[100:302, 450:452] = 0
    page[100:302, 848:850] = 0
    page[500:530, 60:64] = 0  # an "l" 7.2 pt high, and a stroke across 19 pt ("___")
    page[600:603, 60:140] = 0
    found = sorted((round(a[0]), round(a[1]), round(b[0]), round(b[1])) for a, b in ocr.rules(page))
    assert found == [(12, 24, 12, 72), (12, 24, 204, 24), (12, 72, 204, 72), (108, 24, 108, 72), (204, 24, 204, 72)]


@needs_tesseract
def test_a_ruled_table_of_a_scanned_page_is_a_table(tmp_path):
    # seed 004, page 44: the end of a ruled table (label, target, realisation a row)
    text = extract(_subset(rendition("004"), tmp_path / "text.pdf", [44]), ocr="never")
    got = extract(make_scan(rendition("004"), tmp_path / "scan.pdf", [44]))
    want = [[c.text for c in row] for t in text.tables for row in t.rows]
    rows = [[c.text for c in row] for t in got.tables for row in t.rows]
    assert len(got.tables) == len(text.tables) and len(rows) == len(want)
    assert ["", "", "Jumlah eks WTS yang diberdayakan", "350,00", "423"] in rows
    same = sum(r == w for r, w in zip(rows, want))
    assert same >= len(want) - 1, (rows, want)
