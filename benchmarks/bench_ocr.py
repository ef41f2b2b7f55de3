#!/usr/bin/env python3
"""OCR against the text layer: seeds 002 and 004 as image-only PDFs (every page rendered at 200 dpi
by tests/fixtures/make_scans.py), read with --ocr auto, against their text-layer renditions.

    python benchmarks/bench_ocr.py              # seeds 002 and 004, every page
    python benchmarks/bench_ocr.py 002 --pages 1-10

Printed for each seed: the character error rate of the OCR text against the text layer's
(Levenshtein distance over the length, whitespace runs as one space), the share of the
text version's rupiah amounts and percentage claims (check, stated, operands, verdict) that the
OCR version gives too, the mean OCR confidence of the mentions, and OCR pages/s (the whole
pipeline). Needs Tesseract with the 'ind' model. Measured, never asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from kesos_extract import extract
from kesos_extract.readers import ocr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "fixtures"))
from make_scans import make_scan, rendition  # noqa: E402

CLAIMS = ("budget_percent", "target_percent", "share_percent")


def amounts(report) -> Counter:
    return Counter(round(m.value, 2) for m in report.mentions if m.kind == "amount" and m.value is not None)


def claims(report) -> Counter:
    return Counter((c.check, c.stated, c.operands.get("numerator"), c.operands.get("denominator"), c.verdict)
                   for c in report.checks if c.check in CLAIMS)


def share(got: Counter, want: Counter) -> str:
    n = sum(want.values())
    return f"{sum((got & want).values())}/{n} ({sum((got & want).values()) / n:.0%})" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seeds", nargs="*", default=["002", "004"])
    ap.add_argument("--pages", help="e.g. 1-10 (1-based, inclusive)")
    args = ap.parse_args()
    if ocr.missing():
        sys.exit(ocr.missing())
    pages = None
    if args.pages:
        a, _, b = args.pages.partition("-")
        pages = list(range(int(a), int(b or a) + 1))
    print(f"{'seed':<6} {'pages':>5} {'CER':>6} {'amounts':>14} {'claims':>12} {'conf':>5} {'OCR pages/s':>11}")
    total_pages = total_s = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in args.seeds:
            src = rendition(seed)
            if pages:
                import pypdfium2 as pdfium
                doc, new = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
                new.import_pages(doc, [p - 1 for p in pages])
                src = Path(tmp) / f"{seed}.text.pdf"
                new.save(str(src))
            text = extract(src, ocr="never")
            scan = make_scan(src, Path(tmp) / f"{seed}.scan.pdf")
            t0 = time.perf_counter()
            got = extract(scan, ocr="auto")
            seconds = time.perf_counter() - t0
            a, b = " ".join(text.text.split()), " ".join(got.text.split())
            cer = Levenshtein.distance(a, b) / max(1, len(a))
            confs = [m.ocr_confidence for m in got.mentions if m.ocr_confidence is not None]
            n = got.source.pages or 0
            total_pages, total_s = total_pages + n, total_s + seconds
            print(f"{seed:<6} {n:>5} {cer:>6.1%} {share(amounts(got), amounts(text)):>14} "
                  f"{share(claims(got), claims(text)):>12} {sum(confs) / max(1, len(confs)):>5.2f} {n / seconds:>11.2f}")
    print(f"\nall: {total_pages:.0f} pages in {total_s:.0f} s, {total_pages / total_s:.2f} pages/s "
          f"(Tesseract {ocr.DPI} dpi, models {ocr.languages()}, a page read in up to {ocr.jobs()} bands at once, "
          f"one thread each; $KESOS_OCR_JOBS, $KESOS_OCR_LANG to compare)")


if __name__ == "__main__":
    main()
