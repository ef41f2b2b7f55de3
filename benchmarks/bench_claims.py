#!/usr/bin/env python3
"""Claim finding on long texts dense with figures: is the time proportional to the size?

    python benchmarks/bench_claims.py                    # 0.25, 0.5, 1 and 2 MB
    python benchmarks/bench_claims.py --sizes 0.5 4

The text is made of paragraphs in the genre's phrasings (budgets and realisations over two
sentences, lists of shares, changes, targets, indicator rows), many percentages per paragraph,
repeated with varied figures up to each size. For each size it prints the seconds of the
mention stage and of the claim stage (kesos_extract.claims.find_claims), and the seconds per MB;
doubling the size should about double the time. Measured, never asserted: quote it in notes.
"""

from __future__ import annotations

import argparse
import random
import time

from kesos_extract.claims import find_claims
from kesos_extract.document import Document
from kesos_extract.mentions import extract_mentions
from kesos_extract.normalise import normalise_text
from kesos_extract.readers.text import split_blocks

PARAGRAPHS = [
    "Program {n} dengan pagu sebesar Rp {a}.000.000 terealisasi Rp {b}.000.000 atau {p},{q}%. "
    "Pembinaan {c} orsos atau {p}% dari target {d} orsos.",
    "Urusan sosial dianggarkan sebesar Rp {a},{q} miliar. Hanya saja, realisasinya mencapai Rp {b},{q} miliar "
    "alias {p},{q} persen. Sebanyak {c} jiwa atau {p} persen telah dilayani dari {d} jiwa.",
    "Total belanja Rp {d} miliar. Belanja pegawai Rp {c} miliar atau {p} persen, belanja barang Rp {b} miliar "
    "atau {q} persen, dan belanja modal Rp {a} miliar atau {p},{q} persen.",
    "Anggaran tahun ini Rp {b} miliar, turun {p},{q} persen dibanding tahun lalu sebesar Rp {a} miliar. "
    "Capaian kinerja {p}% dan realisasi fisik {q}%.",
    "Target penerima tahun ini sebanyak {d} KK. Realisasinya sebanyak {c} KK atau {p},{q} persen.",
    "Sasaran Indikator Target Realisasi Capaian\nPersentase PMKS yang tertangani {p}% {q},5% {p}.{q}% Tercapai",
]


def dense_text(size_bytes: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    out, total, n = [], 0, 0
    while total < size_bytes:
        n += 1
        a, b = rnd.randint(100, 999), rnd.randint(100, 999)
        c, d = rnd.randint(10, 500), rnd.randint(500, 999)
        para = rnd.choice(PARAGRAPHS).format(n=n, a=max(a, b), b=min(a, b), c=c, d=d,
                                             p=rnd.randint(1, 99), q=rnd.randint(10, 99))
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)


def run(size_mb: float) -> tuple[float, float, int]:
    text = normalise_text(dense_text(int(size_mb * 1_000_000)))
    doc = Document(path="<bench>", format="txt", text=text, blocks=split_blocks(text), sha256="", encoding="utf-8")
    t0 = time.perf_counter()
    mentions = extract_mentions(text)
    t1 = time.perf_counter()
    claims = find_claims(doc, mentions)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, len(claims)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0], help="sizes in MB")
    args = ap.parse_args()
    print(f"{'MB':>6} {'mentions s':>11} {'claims s':>9} {'claims':>7} {'claims s/MB':>12}")
    for size in args.sizes:
        tm, tc, n = run(size)
        print(f"{size:>6.2f} {tm:>11.2f} {tc:>9.2f} {n:>7} {tc / size:>12.2f}")


if __name__ == "__main__":
    main()
