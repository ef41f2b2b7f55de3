#!/usr/bin/env python3
"""Choose the catalogue matcher's scorer, threshold and margin on the labelled set.

    python benchmarks/measure_match.py              # scorers compared, then the table for the chosen one
    python benchmarks/measure_match.py --no-aliases # the same without catalogue/aliases.yaml

Prints, for each RapidFuzz scorer, top-1 accuracy, precision and recall at its best threshold;
then, for the scorer in use (kesos_extract.catalogue.SCORER), precision, recall and accuracy at
each threshold and margin. The labelled set is tests/data/catalogue_labels.csv (see
tests/catalogue_labels.py). Measured, never asserted here; the tests assert the chosen point.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import catalogue_labels as labels  # noqa: E402
from kesos_extract import catalogue  # noqa: E402

SCORERS = {"ratio": fuzz.ratio, "QRatio": fuzz.QRatio, "token_sort_ratio": fuzz.token_sort_ratio,
           "token_set_ratio": fuzz.token_set_ratio, "token_ratio": fuzz.token_ratio, "WRatio": fuzz.WRatio,
           "partial_ratio": fuzz.partial_ratio}
CUTOFFS = [70, 75, 80, 82, 84, 86, 88, 90, 92, 94, 96]
MARGINS = [0.0, 1.0, 2.0, 4.0, 6.0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-aliases", action="store_true")
    ap.add_argument("--scorer", choices=sorted(SCORERS), help="the table for this scorer instead of the one in use")
    args = ap.parse_args()
    stack = contextlib.ExitStack()
    if args.no_aliases:
        stack.enter_context(labels.without_aliases())
    rows = labels.rows()
    print(f"{len(rows)} labelled names, {sum(r.code is not None for r in rows)} with a code, "
          f"from {len({r.seen_in for r in rows})} reports")
    scorer_in_use = catalogue.SCORER
    chosen = SCORERS[args.scorer] if args.scorer else scorer_in_use
    margin0 = catalogue.DEFAULT_MARGIN
    print("\nscorer              best cutoff  accuracy  precision  recall  (margin %.0f)" % margin0)
    for name, scorer in SCORERS.items():
        catalogue.SCORER = scorer
        best = max(((c, labels.score(score_cutoff=c)) for c in CUTOFFS), key=lambda cs: (cs[1].accuracy, cs[0]))
        c, s = best
        print(f"{name:20s} {c:11d}  {s.accuracy:8.3f}  {s.precision:9.3f}  {s.recall:6.3f}")
    catalogue.SCORER = chosen
    print(f"\n{chosen.__name__}: cutoff x margin -> precision / recall / accuracy (wrong codes returned)")
    print("cutoff " + "".join(f"  margin {m:<18.0f}" for m in MARGINS))
    for c in CUTOFFS:
        cells = []
        for m in MARGINS:
            catalogue.DEFAULT_MARGIN = m
            s = labels.score(score_cutoff=c)
            cells.append(f"  {s.precision:.3f}/{s.recall:.3f}/{s.accuracy:.3f} ({s.returned - s.right_codes})")
        print(f"{c:6d} " + "".join(cells))
    catalogue.DEFAULT_MARGIN = margin0
    catalogue.SCORER = scorer_in_use
    s = labels.score()
    print(f"\nin use: {scorer_in_use.__name__}, cutoff {catalogue.DEFAULT_CUTOFF}, margin {margin0}: accuracy {s.accuracy:.3f} "
          f"({s.correct}/{s.n}), precision {s.precision:.3f}, recall {s.recall:.3f}")
    for row, got in s.wrong:
        print(f"  {row.seen_in[:12]} {row.level[:4]} {row.name[:70]!r}: labelled {row.code}, got {got}")
    gaps = sorted(labels.gaps())
    print(f"\ngap between the right code and the next, over the {len(gaps)} right matches: smallest "
          + ", ".join(f"{g:.1f}" for g in gaps[:5]) + f"; median {gaps[len(gaps) // 2]:.1f}")


if __name__ == "__main__":
    main()
