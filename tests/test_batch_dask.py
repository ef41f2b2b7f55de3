"""A batch on a Dask distributed cluster (issue 14): a LocalCluster of two worker processes, one
of them killed in the middle of the batch; every file must still be converted exactly once and
the manifest and dataset be complete. Skipped when dask.distributed is not installed (it is in
the test extra, so CI runs it)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import shutil

import pytest

from conftest import CORPUS
from kesos_extract import batch

distributed = pytest.importorskip("distributed")

SEEDS = [CORPUS / "000_73e443a0bbfd6598.txt", CORPUS / "003_ef023881b5c4e780.txt",
         CORPUS / "001_46945bdb9795494b.txt"]
N = 18


@pytest.fixture
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(2, timeout=60)
        yield cluster, client


def test_a_worker_killed_mid_batch_loses_no_file_and_duplicates_none(tmp_path, cluster):
    _, client = cluster
    archive = tmp_path / "arsip"
    for i in range(N):
        (archive / f"kab{i:02d}").mkdir(parents=True)
        shutil.copyfile(SEEDS[i % len(SEEDS)], archive / f"kab{i:02d}" / "laporan.txt")
    out, db_path = tmp_path / "out", tmp_path / "archive.sqlite"
    killed: list[int] = []

    def kill_one_worker(entry: dict) -> None:
        if killed:
            return
        pids = client.run(os.getpid)                      # worker address -> its process
        busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
        pid = pids[(busy or sorted(pids))[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    result = batch.convert([archive], out, client=client, dataset=db_path, on_result=kill_one_worker)
    assert killed, "no worker was killed"
    assert result.problems == [] and result.converted == N

    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["path"] for e in entries) == [f"kab{i:02d}/laporan.txt" for i in range(N)]
    assert {e["status"] for e in entries} == {"converted"}
    for e in entries:
        data = json.loads((out / e["output"]).read_text(encoding="utf-8"))
        assert data["generator"]["input_sha256"] == e["sha256"] == data["source"]["sha256"]
    assert [p.name for p in out.rglob("*") if p.name.endswith(batch.TMP_SUFFIX)] == []

    db = sqlite3.connect(db_path)
    docs = db.execute("SELECT path, n_mentions FROM documents ORDER BY path").fetchall()
    assert [p for p, _ in docs] == [f"kab{i:02d}/laporan.txt" for i in range(N)]
    assert dict(docs) == {e["path"]: e["counts"]["mentions"] for e in entries}
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == sum(e["counts"]["mentions"] for e in entries)
    db.close()

    # a re-run on the cluster skips everything
    again = batch.convert([archive], out, client=client, dataset=db_path)
    assert (again.skipped, again.converted, again.problems) == (N, 0, [])


def test_convert_with_a_scheduler_address(tmp_path, cluster):
    """The command line's --scheduler: a client of its own on the cluster's address."""
    from click.testing import CliRunner

    from kesos_extract.cli import cli

    local, _ = cluster
    for i, seed in enumerate(SEEDS):
        (tmp_path / "in").mkdir(exist_ok=True)
        shutil.copyfile(seed, tmp_path / "in" / f"laporan{i}.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["convert", str(tmp_path / "in"), "--out", str(out), "--scheduler",
                                      local.scheduler_address, "--dataset", str(tmp_path / "a.sqlite")])
    assert result.exit_code == 0, result.output
    assert "converted 3 of 3 file(s)" in result.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["laporan0.json", "laporan1.json", "laporan2.json"]
    db = sqlite3.connect(tmp_path / "a.sqlite")
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    db.close()
