"""Batch throughput (issue 14): files/s for a batch of N files (copies of the five seeds in
folders of a fake archive) with 1 and 2 local workers and through a Dask LocalCluster of two
worker processes; the scaling ratios; and the SQLite dataset's size and write time per 1,000
reports.

    .venv/bin/python benchmarks/bench_batch.py [--files 200] [--repeat 3]

The contenders run interleaved, ``--repeat`` times, each on a fresh output folder; medians are
reported, with the CPU seconds used (this process, its children and the Dask workers), and a
control: how much more a pure-Python loop gets done in 2 processes than in 1 on the machine as
it is (2.0 on two free cores). Figures are reported, never asserted.

Note (2026-11-25, the project's shared 2-core VM, CPython 3.11.7, other sessions running their
test suites: load average 4-7, CPU pressure ~90%):

    control: 2 processes do x1.59 the work of 1 before the runs, x1.18 after
    local, 1 worker                  5.11 files/s  (39.2 s; CPU 23.4 s)  x1.00
    local, 2 workers                 4.86 files/s  (41.1 s; CPU 25.4 s)  x0.95
    Dask LocalCluster, 2 workers     3.88 files/s  (51.5 s; CPU 28.4 s)  x0.76
    dataset per 1,000 reports: 132.7 MB SQLite (1,167,600 rows; JSON outputs 244 MB),
    written in 10.9 s (10.9 ms per report)

An earlier run the same afternoon: 6.32 / 5.32 / 5.98 files/s (x0.84, x0.95). The 1.8x aim on
2 cores is NOT shown by these runs: the control shows the machine was not giving this program
two cores' worth of time, so the wall-clock ratios measure the neighbours. What the runs do
show is the cost of parallelism: the same 200 files take 23.4 CPU s in one process, 25.4 s
with the process pool (+9%: two workers' imports and the parent's bookkeeping) and 28.4 s on
Dask (+21%: serialisation, scheduler and worker heartbeats), so on two free cores the
expected ratios are at most ~1.8x (local) and ~1.6x (Dask) -- to be measured on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_seconds(client) -> float:
    """CPU time used so far by this process, its finished children and the Dask workers."""
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = _cpu_self() + c.ru_utime + c.ru_stime
    if client is not None:
        total += sum(client.run(_cpu_self).values())
    return total


def _spin(n: int = 5_000_000) -> int:
    x = 0
    for i in range(n):
        x += i
    return x


def parallel_capacity(repeat: int = 3) -> float:
    """Control: the same pure-Python loop in 1 process, then twice in 2 processes. ~2.0 on two
    free cores; ~1.0 when the machine gives this program one core's worth (other load)."""
    import multiprocessing as mp

    def once(k: int) -> float:
        t0 = time.perf_counter()
        procs = [mp.Process(target=_spin) for _ in range(k)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return time.perf_counter() - t0
    one = statistics.median(once(1) for _ in range(repeat))
    two = statistics.median(once(2) for _ in range(repeat))
    return 2 * one / two


def timed(run, client) -> tuple[float, float]:
    c0, t0 = cpu_seconds(client), time.perf_counter()
    result = run()
    seconds = time.perf_counter() - t0
    assert not result.problems, result.problems[:3]
    return seconds, cpu_seconds(client) - c0


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
    cpus: dict[str, list[float]] = {name: [] for name in contenders}
    load_before = os.getloadavg()
    capacity_before = parallel_capacity()
    for r in range(args.repeat):
        for name, run in contenders.items():
            out = work / f"out-{r}-{len(times[name])}-{abs(hash(name))}"
            seconds, cpu = timed(lambda: run(out), client)
            times[name].append(seconds)
            cpus[name].append(cpu)
            shutil.rmtree(out)
    load_after = os.getloadavg()
    capacity_after = parallel_capacity()
    if client is not None:
        client.close()
        cluster.close()

    print(f"machine: {machine()}; load average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print(f"batch: {args.files} files ({sum(p.stat().st_size for p in archive.rglob('*.txt')) / 1e6:.1f} MB of "
          f"text, the five seeds repeated), {args.repeat} interleaved runs, medians")
    print(f"control: a pure-Python loop in 2 processes does x{capacity_before:.2f} the work of 1 per second "
          f"before the runs, x{capacity_after:.2f} after (2.0 on two free cores)")
    base = statistics.median(times["local, 1 worker"])
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"  {name:30s} {args.files / med:6.2f} files/s  ({med:5.1f} s; runs {', '.join(f'{t:.1f}' for t in ts)})"
              f"  x{base / med:.2f} of 1 worker; CPU {statistics.median(cpus[name]):.1f} s")

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
