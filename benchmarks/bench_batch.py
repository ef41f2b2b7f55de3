"""Batch throughput (issue 14): files/s for a batch of N files (copies of the five seeds in
folders of a fake archive) with 1 and 2 local workers and through a Dask LocalCluster of two
worker processes; the scaling ratios; and the SQLite dataset's size and write time per 1,000
reports.

    .venv/bin/python benchmarks/bench_batch.py [--files 200] [--repeat 3]

The contenders run interleaved, ``--repeat`` times, each on a fresh output folder; medians are
reported. Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import kesos_extract as kx  # noqa: E402
from kesos_extract import batch  # noqa: E402

SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


def machine() -> str:
    cpu = "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.python_implementation()} {platform.python_version()}, {batch.default_jobs()} cores ({cpu})"


def make_archive(root: Path, n: int) -> Path:
    for i in range(n):
        seed = SEEDS[i % len(SEEDS)]
        folder = root / f"kab{i // 10:02d}" / str(2010 + i % 10)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seed, folder / f"{seed.stem}.txt")
    return root


def timed(run) -> float:
    t0 = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - t0
    assert not result.problems, result.problems[:3]
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kx-bench-batch-"))
    archive = make_archive(work / "arsip", args.files)
    kx.extract(SEEDS[0])  # warm this process (grammars compiled); forked workers inherit it

    client = cluster = None
    if not args.no_dask:
        try:
            import distributed
        except ImportError:
            print("dask.distributed not installed: pip install '.[dask]'; Dask skipped")
        else:
            cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=50)
            client = distributed.Client(cluster)
            batch.convert(SEEDS, work / "warm", client=client, force=True)  # each worker imports and compiles once

    contenders = {"local, 1 worker": lambda out: batch.convert([archive], out, jobs=1, force=True),
                  "local, 2 workers": lambda out: batch.convert([archive], out, jobs=2, force=True)}
    if client is not None:
        contenders["Dask LocalCluster, 2 workers"] = lambda out: batch.convert([archive], out, client=client,
                                                                               force=True)
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for r in range(args.repeat):
        for name, run in contenders.items():
            out = work / f"out-{r}-{len(times[name])}-{abs(hash(name))}"
            times[name].append(timed(lambda: run(out)))
            shutil.rmtree(out)
    if client is not None:
        client.close()
        cluster.close()

    print(f"machine: {machine()}")
    print(f"batch: {args.files} files ({sum(p.stat().st_size for p in archive.rglob('*.txt')) / 1e6:.1f} MB of "
          f"text, the five seeds repeated), {args.repeat} interleaved runs, medians")
    base = statistics.median(times["local, 1 worker"])
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"  {name:30s} {args.files / med:6.2f} files/s  ({med:5.1f} s; runs {', '.join(f'{t:.1f}' for t in ts)})"
              f"  x{base / med:.2f} of 1 worker")

    # the dataset: rows of 1,000 reports (the batch's outputs, under 1,000 distinct paths) upserted one by one
    out = work / "out-dataset"
    batch.convert([archive], out, jobs=2, force=True)
    reports = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(out.rglob("*.json"))]
    rows = []
    for i in range(1000):
        path, report = reports[i % len(reports)]
        task = batch.Task(src="", target="", key=f"copy{i // len(reports)}/{path.relative_to(out)}",
                          output=str(path.relative_to(out)))
        rows.append(batch.dataset_rows(task, report))
    db_path = work / "archive.sqlite"
    t0 = time.perf_counter()
    db = batch.Dataset(db_path)
    for r in rows:
        db.upsert(r)
    db.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    write = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in work.glob("archive.sqlite*"))
    n_rows = sum(len(v) for r in rows for v in r.values())
    json_mb = sum(p.stat().st_size for p, _ in reports) / len(reports) * 1000 / 1e6
    print(f"dataset per 1,000 reports: {size / 1e6:.1f} MB SQLite ({n_rows:,} rows; the JSON outputs would be "
          f"{json_mb:.0f} MB), written in {write:.1f} s ({write:.1f} ms per report)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
