#!/usr/bin/env python3
"""Damaged files: how many end in a report, a clear input error, or an internal error.

    python benchmarks/mutate_inputs.py              # 100 mutated PDFs and 100 mutated DOCX files
    python benchmarks/mutate_inputs.py --count 500 --seed 3

Each file is a copy of a small fixture (tests/fixtures) with a few bytes overwritten, a block
deleted or the tail cut off, as a damaged download or disk would leave it. Every file goes
through ``kesos_extract.extract_or_error`` as a batch would; the counts per outcome and the
slowest file are printed. "internal error" is a bug to report; the aim is none.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

from kesos_extract.pipeline import extract_or_error

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SOURCES = [FIXTURES / "report_multipage.pdf", FIXTURES / "unruled_tables.pdf",
           FIXTURES / "numbering_merged.docx", FIXTURES / "renditions" / "001_46945bdb9795494b.docx"]


def damage(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    how = rnd.choice(["bytes", "delete", "cut", "bytes+cut"])
    if how.startswith("bytes"):
        for _ in range(rnd.randint(1, 20)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
    if how == "delete":
        i = rnd.randrange(len(b))
        del b[i:i + rnd.randint(1, 4096)]
    if how.endswith("cut"):
        b = b[:rnd.randint(100, len(b))]
    return bytes(b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    slowest = (0.0, "")
    internal = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.count):
            src = SOURCES[i % len(SOURCES)]
            path = Path(tmp) / f"damaged_{i:04d}{src.suffix}"
            path.write_bytes(damage(src.read_bytes(), rnd))
            t0 = time.perf_counter()
            report, error = extract_or_error(path)
            took = time.perf_counter() - t0
            slowest = max(slowest, (took, path.name))
            kind = "report" if report else "internal error" if "internal error" in (error or "") else "input error"
            outcomes[f"{src.suffix} {kind}"] += 1
            if kind == "internal error":
                internal.append(error)
    for k, n in sorted(outcomes.items()):
        print(f"{k:<22} {n}")
    print(f"slowest: {slowest[1]} in {slowest[0]:.2f} s")
    for e in internal[:10]:
        print("INTERNAL:", e)


if __name__ == "__main__":
    main()
