#!/usr/bin/env python3
"""PDF reading cost against plain pdfplumber text extraction, at two sizes, interleaved.

    python benchmarks/bench_pdf.py                  # ~50 and ~585 pages made from the seeds' LibreOffice exports
    python benchmarks/bench_pdf.py --source renditions   # ... from the renditions (more ruled tables)
    python benchmarks/bench_pdf.py --runs 5 --sizes 50 585 1170
    python benchmarks/bench_pdf.py --with-plumber-engine    # also our pipeline on the pdfplumber path
    python benchmarks/bench_pdf.py --files some/report.pdf ...   # per file, as before

The test PDFs are made here (never committed): the pages of tests/fixtures/exports/*.pdf (or
renditions/*.pdf) concatenated, again and again, up to each size, with pypdfium2. Every measurement runs in a
fresh process (so its peak RSS is its own), and the runs are interleaved: run 1 of every
method at every size, then run 2, ... The methods:

- ``plain``: pdfplumber.open, then page.extract_text() and page.close() for every page;
- ``reader``: kesos_extract.read_document (the PDF read into a Document: tables, reflow,
  running headers and footers), the default engine;
- ``pipeline``: kesos_extract.extract (reader + structure + mentions + claims + audit), the
  default engine (PDFium, pdfplumber's table finder on pages with rules);
- ``pipeline-plumber`` (with ``--with-plumber-engine``): the same on KESOS_PDF_ENGINE=pdfplumber.

Printed: pages/s (median of the runs, and the range), the speed-up of the pipeline over plain
pdfplumber, and the peak RSS (ru_maxrss of the process, MiB) at each size. Measured, never asserted.

Each child is a new process: its time includes what the first extraction of a process does once
(compiling the grammars, importing PDFium). The compiled grammars are taken from the cache of the
runs before (regex_cache.py); ``KESOS_CACHE_DIR=off python benchmarks/bench_pdf.py`` measures
without it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures"
# the seeds as PDFs: LibreOffice's exports of the text (what users hold; issue 15 measures on
# these), or the renditions made by make_fixtures.py (more ruled tables; issue 10 measures on these)
SOURCES = {name: sorted((FIXTURES / name).glob("*.pdf")) for name in ("exports", "renditions")}
RENDITIONS = SOURCES["renditions"]


def make_pdf(pages: int, out: Path, sources: list[Path] = RENDITIONS) -> int:
    """A PDF of ``pages`` pages: the sources' pages one after another, over and over."""
    import pypdfium2 as pdfium

    dest = pdfium.PdfDocument.new()
    srcs = [pdfium.PdfDocument(str(p)) for p in sources]
    k = 0
    while len(dest) < pages:
        src = srcs[k % len(srcs)]
        take = min(len(src), pages - len(dest))
        dest.import_pages(src, list(range(take)))
        k += 1
    dest.save(str(out))
    n = len(dest)
    dest.close()
    for s in srcs:
        s.close()
    return n


CHILD = r"""
import json, resource, sys, time
method, path = sys.argv[1], sys.argv[2]
if method == "plain":
    import pdfplumber
    def run():
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
            return len(pdf.pages)
elif method == "reader":
    from kesos_extract import read_document
    def run():
        return read_document(path).pages
else:
    from kesos_extract import extract
    def run():
        return extract(path).source.pages
t0 = time.perf_counter()
n = run()
elapsed = time.perf_counter() - t0
print(json.dumps({"pages": n, "seconds": elapsed, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_child(method: str, path: Path) -> dict:
    env = dict(os.environ)
    env.pop("KESOS_PDF_ENGINE", None)
    if method == "pipeline-plumber":
        env["KESOS_PDF_ENGINE"] = "pdfplumber"
    out = subprocess.run([sys.executable, "-c", CHILD, method, str(path)], env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def scale(args) -> None:
    methods = ["plain", "reader", "pipeline"] + (["pipeline-plumber"] if args.with_plumber_engine else [])
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for size in args.sizes:
            p = Path(tmp) / f"concat_{size}.pdf"
            files[size] = (p, make_pdf(size, p, SOURCES[args.source]))
            print(f"made {p.name}: {files[size][1]} pages, {p.stat().st_size / 2**20:.1f} MiB", flush=True)
        results: dict[tuple[str, int], list[dict]] = {}
        for r in range(args.runs):
            for size in args.sizes:
                for m in methods:
                    res = run_child(m, files[size][0])
                    results.setdefault((m, size), []).append(res)
            print(f"run {r + 1}/{args.runs} done", flush=True)
    print(f"\n{'method':<18} {'pages':>6} {'pages/s (median)':>17} {'range':>16} {'peak RSS MiB':>13}")
    rate = {}
    rss = {}
    for size in args.sizes:
        for m in methods:
            rs = results[(m, size)]
            speeds = [x["pages"] / x["seconds"] for x in rs]
            rate[(m, size)] = statistics.median(speeds)
            rss[(m, size)] = max(x["rss_mib"] for x in rs)
            print(f"{m:<18} {rs[0]['pages']:>6} {rate[(m, size)]:>17.1f} "
                  f"{min(speeds):>7.1f}-{max(speeds):<8.1f} {rss[(m, size)]:>13.1f}")
    print()
    for size in args.sizes:
        line = f"{size} pages: pipeline / plain pdfplumber = {rate[('pipeline', size)] / rate[('plain', size)]:.1f}x"
        if args.with_plumber_engine:
            line += f"; pipeline on pdfium / pipeline on pdfplumber = " \
                    f"{rate[('pipeline', size)] / rate[('pipeline-plumber', size)]:.1f}x"
        print(line)
    lo, hi = min(args.sizes), max(args.sizes)
    for m in methods:
        print(f"peak RSS {m}: {rss[(m, lo)]:.1f} MiB at {lo} pages, {rss[(m, hi)]:.1f} MiB at {hi} "
              f"({rss[(m, hi)] / rss[(m, lo)]:.2f}x)")


def per_file(paths: list[Path]) -> None:
    import pdfplumber

    from kesos_extract import extract

    def plain(path: Path) -> int:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
            return len(pdf.pages)

    print(f"{'file':<34} {'pages':>5} {'plain s':>8} {'extract s':>10} {'ratio':>6}")
    tp = te = 0.0
    pages = 0
    for path in paths:
        n = plain(path)  # warm the file cache and count pages
        t0 = time.perf_counter()
        plain(path)
        t1 = time.perf_counter()
        extract(path)
        t2 = time.perf_counter()
        tp, te, pages = tp + t1 - t0, te + t2 - t1, pages + n
        print(f"{path.name:<34} {n:>5} {t1 - t0:>8.2f} {t2 - t1:>10.2f} {(t1 - t0) / (t2 - t1):>5.1f}x")
    print(f"\n{pages} pages: plain pdfplumber {pages / tp:.1f} pages/s, whole pipeline {pages / te:.1f} pages/s "
          f"({tp / te:.1f}x)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[50, 585])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--source", choices=sorted(SOURCES), default="exports",
                    help="the seeds' PDFs the test files are made of (default: exports)")
    ap.add_argument("--with-plumber-engine", action="store_true")
    ap.add_argument("--files", nargs="+", type=Path)
    args = ap.parse_args()
    if args.files:
        per_file(args.files)
    else:
        scale(args)


if __name__ == "__main__":
    main()
