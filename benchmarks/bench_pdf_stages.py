#!/usr/bin/env python3
"""Where the PDF pipeline's time goes, stage by stage, and what issue 15's 8x would ask of each.

    python benchmarks/bench_pdf_stages.py                 # the 585-page PDF of bench_pdf.py (seed exports)
    python benchmarks/bench_pdf_stages.py --pages 50
    python benchmarks/bench_pdf_stages.py --files some/report.pdf
    python benchmarks/bench_pdf_stages.py --plain-rate 11.0   # pdfplumber's pages/s as bench_pdf.py measured it

In one process: plain pdfplumber ``extract_text`` on the file (the yardstick of bench_pdf.py),
then ``kesos_extract.extract`` with each stage function wrapped by a timer. A stage's time is its
own (``self``): what its callees that are stages themselves took is counted under them, so the
stages add up to the whole. The first extraction of the process (compiling the grammars) is made on
a small PDF before, and not counted. Wall-clock seconds (``time.perf_counter``); the timers add
about a microsecond a call, which only the per-page stages feel (a few thousand calls).

The stages are the pipeline's module-level functions, wrapped where their callers look them up; a
stage renamed in the code makes this script stop with its name. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# (label, module, attribute): a function or a "Class.method", wrapped where it is looked up when
# called; in the order of the data's flow
STAGES = [
    ("PDFium: load page", "pypdfium2", "PdfDocument.get_page"),
    ("PDFium: text page", "pypdfium2", "PdfPage.get_textpage"),
    ("glyphs and boxes", "kesos_extract.readers.pdfium", "page_glyphs"),
    ("glyphs into lines", "kesos_extract.readers.pdfium", "page_lines"),
    ("columns", "kesos_extract.readers.pdfium", "read_in_columns"),
    ("rest of a page's reading", "kesos_extract.readers.pdfium", "read_page"),
    ("tab stops learned", "kesos_extract.readers.pdf", "layout_of"),
    ("running headers and footers", "kesos_extract.readers.pdf", "_strip_furniture"),
    ("header-aligned tables", "kesos_extract.readers.pdf", "unruled_tables"),
    ("fixed-pitch text and its tables", "kesos_extract.readers.pdf", "_spaced_and_untabbed"),
    ("tab-laid tables", "kesos_extract.readers.pdf", "tab_tables_by_page"),
    ("flattened tables", "kesos_extract.readers.pdf", "flattened_tables_by_page"),
    ("pipe tables", "kesos_extract.readers.pdf", "pipe_tables"),
    ("rest of the reader (reflow, Document)", "kesos_extract.readers.pdf", "_read_pdf"),
    ("program list", "kesos_extract.pipeline", "program_list"),
    ("outline", "kesos_extract.pipeline", "build_outline"),
    ("mentions", "kesos_extract.pipeline", "extract_mentions"),
    ("tables typed", "kesos_extract.pipeline", "type_tables"),
    ("flattened budget tables", "kesos_extract.pipeline", "flat_budget_tables"),
    ("claims", "kesos_extract.pipeline", "find_claims"),
    ("programs", "kesos_extract.pipeline", "find_programs"),
    ("audit", "kesos_extract.pipeline", "audit"),
    ("metadata", "kesos_extract.pipeline", "report_metadata"),
    ("catalogue", "kesos_extract.pipeline", "annotate"),
    ("rest of the pipeline (Report)", "kesos_extract.pipeline", "_extract_document"),
]
READER_LAST = "rest of the reader (reflow, Document)"


class StageTimer:
    """Self time of each wrapped function: a call's time less that of the wrapped calls inside it."""

    def __init__(self) -> None:
        self.self_time: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._stack: list[float] = []  # time taken by wrapped callees, one slot a call in progress

    def wrap(self, label: str, f):
        @functools.wraps(f)
        def timed(*args, **kwargs):
            self._stack.append(0.0)
            t0 = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                took = time.perf_counter() - t0
                inner = self._stack.pop()
                self.self_time[label] = self.self_time.get(label, 0.0) + took - inner
                self.calls[label] = self.calls.get(label, 0) + 1
                if self._stack:
                    self._stack[-1] += took
        return timed

    def install(self, stages) -> None:
        for label, module, attr in stages:
            owner = importlib.import_module(module)
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            if not hasattr(owner, name):
                raise SystemExit(f"stage {label!r}: {module}.{attr} is gone; update STAGES in {__file__}")
            setattr(owner, name, self.wrap(label, getattr(owner, name)))


def plain_pdfplumber(path: Path) -> float:
    import pdfplumber

    t0 = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return time.perf_counter() - t0


def warm_up() -> StageTimer:
    """The first extraction of the process (compiling the grammars), made on a small PDF and not
    counted; then the stages' timers, installed once."""
    import kesos_extract as kx
    from bench_pdf import SOURCES, make_pdf

    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.pdf"
        make_pdf(3, warm, SOURCES["exports"])
        kx.extract(warm)
    timer = StageTimer()
    timer.install(STAGES)
    return timer


def report(path: Path, timer: StageTimer, target: float, plain_rate: float | None = None) -> None:
    import pypdfium2 as pdfium

    import kesos_extract as kx

    doc = pdfium.PdfDocument(str(path))
    pages = len(doc)
    doc.close()
    plain = pages / plain_rate if plain_rate else plain_pdfplumber(path)
    timer.self_time.clear()
    timer.calls.clear()
    t0 = time.perf_counter()
    kx.extract(path)
    whole = time.perf_counter() - t0
    given = ", given" if plain_rate else ""
    print(f"{path.name}: {pages} pages; plain pdfplumber {plain:.2f} s ({pages / plain:.1f} pages/s{given}), "
          f"kesos_extract.extract {whole:.2f} s ({pages / whole:.1f} pages/s, {plain / whole:.1f}x)\n")
    print(f"{'stage':<40} {'calls':>6} {'s':>7} {'ms/page':>8} {'share':>6}")
    reader: float | None = 0.0  # the reader's stages come first: their sum, until the last of them
    for label, _, _ in STAGES:
        s = timer.self_time.get(label, 0.0)
        print(f"{label:<40} {timer.calls.get(label, 0):>6} {s:>7.2f} {1000 * s / pages:>8.2f} {s / whole:>6.1%}")
        if reader is not None:
            reader += s
            if label == READER_LAST:
                print(f"{'  = the reader':<40} {'':>6} {reader:>7.2f} {1000 * reader / pages:>8.2f} {reader / whole:>6.1%}")
                reader = None
    other = whole - sum(timer.self_time.values())
    print(f"{'(outside every stage)':<40} {'':>6} {other:>7.2f} {1000 * other / pages:>8.2f} {other / whole:>6.1%}")
    budget = plain / target
    print(f"\n{target:g}x plain pdfplumber on this file is {budget:.2f} s ({1000 * budget / pages:.2f} ms a page): "
          f"{whole - budget:+.2f} s from now ({whole / budget:.2f}x the budget)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=585, help="size of the PDF made from the seeds' exports (default 585)")
    ap.add_argument("--files", nargs="+", type=Path, help="PDFs of your own instead")
    ap.add_argument("--target", type=float, default=8.0, help="speed-up over plain pdfplumber to budget for (default 8)")
    ap.add_argument("--plain-rate", type=float, help="plain pdfplumber's pages/s, as bench_pdf.py measured it, "
                    "instead of measuring it here (a minute or more at 585 pages)")
    args = ap.parse_args()
    timer = warm_up()
    if args.files:
        for path in args.files:
            report(path, timer, args.target, args.plain_rate)
            print()
        return
    from bench_pdf import SOURCES, make_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"concat_{args.pages}.pdf"
        make_pdf(args.pages, path, SOURCES["exports"])
        report(path, timer, args.target, args.plain_rate)


if __name__ == "__main__":
    main()
