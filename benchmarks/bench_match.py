#!/usr/bin/env python3
"""Batch catalogue matching: 10 000 report-like names against the nomenclature.

    python benchmarks/bench_match.py                  # 10 000 names, all levels, year unknown
    python benchmarks/bench_match.py --n 50000 --repeat 5

The names are the labelled set's (tests/data/catalogue_labels.csv) and the catalogue's own,
each varied the way reports vary them (case, a dropped or doubled word, "&", a typo, an
abbreviation), so that few repeat exactly. Timed, interleaved and repeated (median reported):

- ``preprocess``: kesos_extract.catalogue.preprocess over the names (its cache cleared first);
- ``cdist``: rapidfuzz.process.cdist of the 10 000 preprocessed names against the distinct
  preprocessed spellings of the catalogue (no deduplication of the names);
- ``match_many``: the whole lookup (preprocess, cdist of the distinct names, best code per name
  with margin and five candidates), one thread and all threads (``workers=-1``);
- ``match_many kegiatan 2016``: the same for one level and a known year, as the pipeline asks.

Measured, never asserted: quote the figures with the machine in notes.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import catalogue_labels as labels  # noqa: E402
from kesos_extract import catalogue  # noqa: E402


def names(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    base = [r.name for r in labels.rows()] + [e.name for e in catalogue.load_catalogue().entries]
    out = []
    for _ in range(n):
        words = rng.choice(base).split()
        for k in rng.sample(range(6), 2):  # two changes per name
            if k == 0 and len(words) > 3:
                del words[rng.randrange(len(words))]
            elif k == 1:
                i = rng.randrange(len(words))
                words.insert(i, words[i])
            elif k == 2:
                words = [w.replace("dan", "&") for w in words]
            elif k == 3:
                i = rng.randrange(len(words))
                w = words[i]
                if len(w) > 3:
                    j = rng.randrange(1, len(w) - 2)
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif k == 4:
                words = ["Program"] + words
            else:
                words = [w.replace("Kesejahteraan Sosial", "Kesos") for w in words]
        s = " ".join(words)
        out.append(s.upper() if rng.random() < 0.2 else s)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    batch = names(args.n)
    catalogue._index()  # load and preprocess the catalogue once, as a long-lived process does
    _, all_keys = catalogue._subset(catalogue.LEVELS, tuple(catalogue.FAMILIES), None, None)
    keys, _ = catalogue._distinct_keys(all_keys)
    catalogue.match_many(["warm up"])
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, Python {platform.python_version()}")
    print(f"{len(batch)} names ({len(set(batch))} distinct, {len({catalogue.preprocess(x) for x in batch})} after "
          f"preprocessing) against {len(all_keys)} preprocessed choices ({len(keys)} distinct spellings)")

    def t_pre():
        catalogue.preprocess.cache_clear()
        return [catalogue.preprocess(x) for x in batch]

    pre = t_pre()
    runs: dict[str, list[float]] = {"preprocess": [], "cdist": [], "cdist workers=-1": [],
                                   "match_many": [], "match_many workers=-1": [],
                                   "match_many kegiatan 2016": []}
    for _ in range(args.repeat):
        for label, fn in (("preprocess", t_pre),
                          ("cdist", lambda: process.cdist(pre, keys, scorer=catalogue.SCORER, dtype="float32")),
                          ("cdist workers=-1", lambda: process.cdist(pre, keys, scorer=catalogue.SCORER,
                                                                     dtype="float32", workers=-1)),
                          ("match_many", lambda: (catalogue.preprocess.cache_clear(), catalogue.match_many(batch))),
                          ("match_many workers=-1", lambda: (catalogue.preprocess.cache_clear(),
                                                             catalogue.match_many(batch, workers=-1))),
                          ("match_many kegiatan 2016", lambda: (catalogue.preprocess.cache_clear(),
                                                                catalogue.match_many(batch, level="kegiatan",
                                                                                     year=2016)))):
            t0 = time.perf_counter()
            fn()
            runs[label].append(time.perf_counter() - t0)
    for label, ts in runs.items():
        med = statistics.median(ts)
        print(f"{label:24s} median {med:6.3f} s  ({len(batch) / med:10,.0f} names/s; min {min(ts):.3f}, max {max(ts):.3f})")
    found = catalogue.match_many(batch)
    print(f"matched {sum(r.code is not None for r in found)} of {len(found)} "
          f"({sum(r.reason == 'ambiguous' for r in found)} ambiguous, {sum(r.reason == 'below_cutoff' for r in found)} below the cutoff)")


if __name__ == "__main__":
    main()
