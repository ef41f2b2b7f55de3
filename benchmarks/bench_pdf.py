#!/usr/bin/env python3
"""PDF reading cost against plain pdfplumber text extraction of the same files.

    python benchmarks/bench_pdf.py                       # the seed renditions in tests/fixtures/renditions
    python benchmarks/bench_pdf.py some/report.pdf ...   # any PDFs

For each file and in total: pages per second and peak traced memory (tracemalloc) of
(1) plain pdfplumber: open, then page.extract_text() for every page;
(2) our reader: kesos_extract.read_document (tables, reflow, header/footer removal);
(3) the whole pipeline: kesos_extract.extract (reader + structure + mentions + claims + audit).
The ratio (2)/(1) and (3)/(1) of the times is the figure to quote. Measured, never asserted.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import pdfplumber

from kesos_extract import extract, read_document

HERE = Path(__file__).resolve().parent
DEFAULT = sorted((HERE.parent / "tests" / "fixtures" / "renditions").glob("*.pdf"))


def plain(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def measure(fn, path: Path) -> tuple[float, float]:
    """Seconds of one untraced run, and peak traced MB of a second run (tracing slows it down)."""
    t0 = time.perf_counter()
    fn(path)
    elapsed = time.perf_counter() - t0
    tracemalloc.start()
    fn(path)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return elapsed, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    args = ap.parse_args()
    totals = {"plain": [0.0, 0.0], "reader": [0.0, 0.0], "pipeline": [0.0, 0.0]}
    pages = 0
    print(f"{'file':<34} {'pages':>5} {'plain s':>8} {'reader s':>9} {'extract s':>10} {'plain MB':>9} {'reader MB':>10}")
    for path in args.paths:
        n = plain(path)  # warm the file cache and count pages
        t_plain, m_plain = measure(plain, path)
        t_reader, m_reader = measure(read_document, path)
        t_pipe, m_pipe = measure(extract, path)
        pages += n
        for key, (t, m) in {"plain": (t_plain, m_plain), "reader": (t_reader, m_reader), "pipeline": (t_pipe, m_pipe)}.items():
            totals[key][0] += t
            totals[key][1] = max(totals[key][1], m)
        print(f"{path.name:<34} {n:>5} {t_plain:>8.2f} {t_reader:>9.2f} {t_pipe:>10.2f} {m_plain:>9.1f} {m_reader:>10.1f}")
    tp, tr, te = totals["plain"][0], totals["reader"][0], totals["pipeline"][0]
    print(f"\n{pages} pages: plain pdfplumber {pages / tp:.1f} pages/s, our reader {pages / tr:.1f} pages/s, "
          f"whole pipeline {pages / te:.1f} pages/s")
    print(f"time ratio reader/plain {tr / tp:.2f}, pipeline/plain {te / tp:.2f}; "
          f"peak memory plain {totals['plain'][1]:.1f} MB, reader {totals['reader'][1]:.1f} MB, "
          f"pipeline {totals['pipeline'][1]:.1f} MB")


if __name__ == "__main__":
    main()
