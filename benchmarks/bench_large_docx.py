#!/usr/bin/env python3
"""Long Word files: is the whole pipeline's time proportional to the number of paragraphs?

    python benchmarks/bench_large_docx.py                  # 5,000 and 20,000 paragraphs
    python benchmarks/bench_large_docx.py --sizes 1000 100000

Each paragraph is a sentence dense with figures (a budget, a realisation, a percentage, a count
of a whole), as long Dinas Sosial annexes are. The DOCX is made with python-docx in a temporary
folder; the time of ``kesos_extract.extract`` on it is printed with the time per 1,000
paragraphs. Measured, never asserted: quote it in notes.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import docx

from kesos_extract import extract


def make(path: Path, n: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    d = docx.Document()
    for i in range(n):
        a = rnd.randint(100, 999)
        b = rnd.randint(50, a)
        d.add_paragraph(f"Kegiatan {i} dengan pagu Rp {a}.000.000 terealisasi Rp {b}.000.000 atau "
                        f"{rnd.randint(1, 99)},{rnd.randint(10, 99)}%. Sebanyak {b} jiwa dari {a} jiwa "
                        f"({rnd.randint(1, 99)}%).")
    d.save(str(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    args = ap.parse_args()
    print(f"{'paragraphs':>10} {'seconds':>8} {'s per 1000':>10} {'checks':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"long_{n}.docx"
            make(path, n)
            t0 = time.perf_counter()
            report = extract(path)
            took = time.perf_counter() - t0
            print(f"{n:>10} {took:>8.1f} {took * 1000 / n:>10.2f} {len(report.checks):>7}")


if __name__ == "__main__":
    main()
