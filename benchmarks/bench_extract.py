#!/usr/bin/env python3
"""Extraction throughput over the bundled corpus (or given files).

    python benchmarks/bench_extract.py                 # corpus/, 5 rounds
    python benchmarks/bench_extract.py --rounds 20 path/to/reports

Prints, for the mention stage alone and for the whole pipeline (read → ... → checks):
MB of text per second and mentions per second, best of the rounds, plus peak memory.
Numbers are measured, never asserted: quote them in notes.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from kesos_extract import extract, extract_mentions, read_document
from kesos_extract.grammar import all_grammars


def files_of(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".md")) if p.is_dir() else [p]
    return out


def _cold() -> None:
    """Empty the per-value caches so that no round profits from the one before."""
    from kesos_extract import tables
    from kesos_extract.numbers import parse_number

    parse_number.cache_clear()
    # (type_cell keeps two caches, by the cell's text alone and with its column's flags)
    tables._cell_typed.cache_clear()
    tables._cell_typed_as.cache_clear()


def best_of(rounds: int, fn) -> float:
    best = float("inf")
    for _ in range(rounds):
        _cold()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[Path(__file__).resolve().parent.parent / "corpus"])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--scaling", action="store_true",
                    help="also time the whole pipeline on the corpus repeated 1, 4 and 16 times (is it linear?)")
    args = ap.parse_args()
    files = files_of(args.paths)
    all_grammars()  # compile once, outside the timing, as a long-running process would
    texts = [read_document(f).text for f in files]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n_mentions = sum(len(extract_mentions(t)) for t in texts)

    t_mentions = best_of(args.rounds, lambda: [extract_mentions(t) for t in texts])
    t_pipeline = best_of(args.rounds, lambda: [extract(f) for f in files])
    tracemalloc.start()
    for f in files:
        extract(f)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()

    print(f"corpus: {len(files)} files, {mb:.3f} MB of text, {n_mentions} mentions")
    print(f"mentions stage: {mb / t_mentions:8.2f} MB/s  {n_mentions / t_mentions:10.0f} mentions/s  ({t_mentions:.3f} s)")
    print(f"whole pipeline: {mb / t_pipeline:8.2f} MB/s  {n_mentions / t_pipeline:10.0f} mentions/s  ({t_pipeline:.3f} s)")
    print(f"peak traced memory of one pass: {peak:.1f} MB")
    if args.scaling:
        from kesos_extract import extract_text

        joined = "\n\n".join(texts)
        for k in (1, 4, 16):
            _cold()
            t0 = time.perf_counter()
            extract_text(joined * k)
            dt = time.perf_counter() - t0
            print(f"corpus x{k:<2}: {len(joined) * k / 1e6:6.2f} MB in {dt:6.2f} s ({len(joined) * k / 1e6 / dt:.2f} MB/s)")


if __name__ == "__main__":
    main()
