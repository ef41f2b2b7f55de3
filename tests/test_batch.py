"""Batches (issue 14): resumable, safe conversion, the manifest, the SQLite dataset, and what
happens when a batch is killed, a file name is not UTF-8, the output cannot be written or the
disk is full. The inputs are copies of the bundled corpus (the smaller seeds, to stay quick)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kesos_extract as kx
from conftest import CORPUS
from kesos_extract import batch
from kesos_extract.cli import cli

SMALL = [CORPUS / "003_ef023881b5c4e780.txt", CORPUS / "001_46945bdb9795494b.txt"]
CLI = [sys.executable, "-m", "kesos_extract"]


def run(*args):
    return CliRunner().invoke(cli, [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else str(a)
                                    for a in args])


def manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


def make_archive(root: Path, layout: dict[str, Path]) -> Path:
    """Copy seeds to ``root/<relative name>`` (folders created)."""
    for rel, seed in layout.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seed, root / rel)
    return root


@pytest.fixture
def archive(tmp_path):
    """A small province archive: two regions, two years, one name shared by two formats."""
    return make_archive(tmp_path / "arsip", {
        "jatim/2011/lkpj.txt": SMALL[1],
        "jatim/2012/berita.txt": SMALL[0],
        "bontang/2020/berita.txt": SMALL[0],
        "bontang/2020/berita.md": SMALL[0],
    })


EXPECTED_OUTPUTS = ["bontang/2020/berita.md.json", "bontang/2020/berita.txt.json", "jatim/2011/lkpj.json",
                    "jatim/2012/berita.json"]


def outputs(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))


def test_the_input_tree_is_mirrored_and_every_file_in_the_manifest(archive, tmp_path):
    out = tmp_path / "out"
    result = run("convert", archive, "--out", out, "-q", "-j", "1")
    assert result.exit_code == 0, result.output
    assert outputs(out) == EXPECTED_OUTPUTS
    entries = manifest(out)
    assert sorted(e["output"] for e in entries) == EXPECTED_OUTPUTS
    assert {e["status"] for e in entries} == {"converted"}
    runs: dict[str, str] = {}
    for e in entries:
        data = json.loads((out / e["output"]).read_text(encoding="utf-8"))
        run_id = data["generator"].pop("run")
        assert data["generator"] == {"name": "kesos-extract", "version": kx.__version__,
                                     "input_sha256": e["sha256"], "counts": e["counts"]}
        assert len(run_id) == 16 and run_id == runs.setdefault("run", run_id)  # one id per batch
        assert data["source"]["sha256"] == e["sha256"] and data["schema_version"] == "1"
        assert e["counts"]["mentions"] == len(data["mentions"]) > 0 and e["seconds"] > 0


def test_a_rerun_skips_what_is_up_to_date_and_force_redoes_it(archive, tmp_path):
    out = tmp_path / "out"
    assert run("convert", archive, "--out", out, "-q", "-j", "1").exit_code == 0
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    (archive / "jatim/2012/berita.txt").write_text(SMALL[1].read_text(encoding="utf-8"), encoding="utf-8")
    result = run("convert", archive, "--out", out, "-j", "1")
    assert result.exit_code == 0, result.output
    status = {e["output"]: e["status"] for e in manifest(out)}
    assert status == {"bontang/2020/berita.md.json": "skipped", "bontang/2020/berita.txt.json": "skipped",
                      "jatim/2011/lkpj.json": "skipped", "jatim/2012/berita.json": "converted"}
    assert "converted 1 of 4 file(s)" in result.stderr and "3 up to date" in result.stderr
    unchanged = [p for p in stamps if p.stat().st_mtime_ns == stamps[p]]
    assert sorted(p.relative_to(out).as_posix() for p in unchanged) == [
        "bontang/2020/berita.md.json", "bontang/2020/berita.txt.json", "jatim/2011/lkpj.json"]
    assert run("convert", archive, "--out", out, "-q", "-j", "1", "--force").exit_code == 0
    assert {e["status"] for e in manifest(out)} == {"converted"}


def test_an_output_of_another_version_is_redone(archive, tmp_path):
    out = tmp_path / "out"
    assert run("convert", archive, "--out", out, "-q", "-j", "1").exit_code == 0
    target = out / "jatim/2011/lkpj.json"
    target.write_text(target.read_text(encoding="utf-8").replace(f'"version":"{kx.__version__}"',
                                                                 '"version":"0.0.1"', 1), encoding="utf-8")
    assert run("convert", archive, "--out", out, "-q", "-j", "1").exit_code == 0
    status = {e["output"]: e["status"] for e in manifest(out)}
    assert status["jatim/2011/lkpj.json"] == "converted" and list(status.values()).count("skipped") == 3


def _table_counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", *batch.CHILD_TABLES)}
    finally:
        db.close()


def _expected_counts(out: Path) -> dict[str, int]:
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in out.rglob("*.json")]
    return {
        "documents": len(reports),
        "programs": sum(len(r["programs"]) for r in reports),
        "activities": sum(len(p["activities"]) for r in reports for p in r["programs"]),
        "mentions": sum(len(r["mentions"]) for r in reports),
        "checks": sum(len(r["checks"]) for r in reports),
        "tables": sum(len(r["tables"]) for r in reports),
        "table_cells": sum(len(row) for r in reports for t in r["tables"] for row in t["rows"]),
    }


def test_the_dataset_holds_every_report_once_and_a_rerun_updates_it(archive, tmp_path):
    out, db_path = tmp_path / "out", tmp_path / "archive.sqlite"
    assert run("convert", archive, "--out", out, "-q", "-j", "2", "--dataset", db_path).exit_code == 0
    first = _table_counts(db_path)
    assert first == _expected_counts(out) and all(first.values())
    assert run("convert", archive, "--out", out, "-q", "--force", "--dataset", db_path).exit_code == 0
    assert _table_counts(db_path) == first
    # a changed input replaces its document's rows
    (archive / "jatim/2012/berita.txt").write_text(SMALL[1].read_text(encoding="utf-8"), encoding="utf-8")
    assert run("convert", archive, "--out", out, "-q", "--dataset", db_path).exit_code == 0
    assert _table_counts(db_path) == _expected_counts(out) != first


def test_an_existing_archive_is_loaded_into_a_new_dataset_without_converting(archive, tmp_path):
    out, db_path = tmp_path / "out", tmp_path / "later.sqlite"
    assert run("convert", archive, "--out", out, "-q", "-j", "1").exit_code == 0
    assert run("convert", archive, "--out", out, "-q", "-j", "1", "--dataset", db_path).exit_code == 0
    assert {e["status"] for e in manifest(out)} == {"skipped"}
    assert _table_counts(db_path) == _expected_counts(out)


def test_dataset_rows_carry_document_page_and_span(archive, tmp_path):
    out, db_path = tmp_path / "out", tmp_path / "archive.sqlite"
    kx.batch.convert([archive], out, jobs=1, dataset=db_path)
    db = sqlite3.connect(db_path)
    texts = {path: json.loads((out / output).read_text(encoding="utf-8"))["text"]
             for path, output in db.execute("SELECT path, output FROM documents")}
    rows = db.execute("SELECT d.path, m.text, m.span_start, m.span_end FROM mentions m "
                      "JOIN documents d USING (doc_id)").fetchall()
    assert len(rows) > 20
    assert all(texts[path][start:end] == text for path, text, start, end in rows)
    quotes = db.execute("SELECT d.path, c.quote, c.span_start, c.span_end FROM checks c "
                        "JOIN documents d USING (doc_id)").fetchall()
    assert quotes and all(texts[p][s:e] == q for p, q, s, e in quotes)
    codes = {c for (c,) in db.execute("SELECT DISTINCT catalogue_code FROM programs WHERE catalogue_code IS NOT NULL")}
    in_json = {p["catalogue"]["code"] for _, output in db.execute("SELECT path, output FROM documents")
               for p in json.loads((out / output).read_text(encoding="utf-8"))["programs"] if p.get("catalogue")}
    assert codes and codes == in_json  # the programs' official codes, as the JSON gives them
    db.close()


def test_parquet_export_has_the_datasets_rows(archive, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out, db_path, folder = tmp_path / "out", tmp_path / "archive.sqlite", tmp_path / "parquet"
    result = run("convert", archive, "--out", out, "-q", "--dataset", db_path, "--parquet", folder)
    assert result.exit_code == 0, result.output
    counts = _table_counts(db_path)
    assert {p.stem: pq.read_table(p).num_rows for p in folder.glob("*.parquet")} == counts
    assert pq.read_table(folder / "programs.parquet").schema.field("pagu").type == "double"


# ----------------------------------------------------------------- failures: one line each


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


def test_a_file_name_that_is_not_utf8_converts_and_is_named_when_it_fails(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    good = os.path.join(os.fsencode(src), b"laporan\xff.txt")
    bad = os.path.join(os.fsencode(src), b"kosong\xfe.txt")
    shutil.copyfile(SMALL[0], good)
    open(bad, "wb").close()
    shutil.copyfile(SMALL[1], src / "biasa.txt")
    out = tmp_path / "out"
    result = run("convert", src, "--out", out, "-j", "1")
    _no_traceback(result)
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if "converted" not in line]
    assert failures == [f"kesos-extract: {src}/kosong\\xfe.txt: is empty"]
    status = {e["path"]: e["status"] for e in manifest(out)}
    assert status == {"biasa.txt": "converted", "kosong\\xfe.txt": "failed", "laporan\\xff.txt": "converted"}
    written = json.loads(Path(os.fsdecode(os.path.join(os.fsencode(out), b"laporan\xff.json"))).read_text())
    assert written["source"]["path"].endswith("laporan\\xff.txt")


def test_extract_of_a_file_name_that_is_not_utf8(tmp_path):
    name = os.path.join(os.fsencode(tmp_path), b"laporan\xff.txt")
    shutil.copyfile(SMALL[0], name)
    done = subprocess.run([*CLI, "extract", name], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["path"] == f"{tmp_path}/laporan\\xff.txt"


def test_an_output_folder_that_cannot_be_created_is_one_line(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    result = run("convert", SMALL[0], "--out", blocker / "out")
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"kesos-extract: cannot create the output folder {blocker / 'out'}: "
                                          f"{blocker} is not a folder"]


def test_an_unwritable_mirrored_folder_fails_its_files_only(archive, tmp_path):
    out = tmp_path / "out"
    (out / "jatim").mkdir(parents=True)
    (out / "jatim" / "2011").write_text("a file where a folder should be")
    result = run("convert", archive, "--out", out, "-j", "2")
    _no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (f"kesos-extract: jatim/2011/lkpj.txt: cannot write {out}/jatim/2011/lkpj.json: "
                        f"{out}/jatim/2011 is not a folder")
    assert "converted 3 of 4" in lines[1] and len(lines) == 2
    assert outputs(out) == [o for o in EXPECTED_OUTPUTS if not o.startswith("jatim/2011")]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_output_folder_fails_each_file_in_one_line(archive, tmp_path):
    out = tmp_path / "out"
    (out / "bontang" / "2020").mkdir(parents=True)
    (out / "bontang" / "2020").chmod(0o500)
    try:
        result = run("convert", archive, "--out", out, "-j", "1")
    finally:
        (out / "bontang" / "2020").chmod(0o700)
    assert result.exit_code == 1
    assert sum("Permission denied" in line for line in result.stderr.splitlines()) == 2


@pytest.fixture
def disk_full_for(monkeypatch):
    """Temporary files of outputs whose name contains the given word are opened on /dev/full,
    so writing them fails as on a full disk (ENOSPC from the kernel)."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    real = batch._open_for_write

    def install(word: str):
        def opener(path: str) -> int:
            if word in os.path.basename(path):
                return os.open("/dev/full", os.O_WRONLY)
            return real(path)
        monkeypatch.setattr(batch, "_open_for_write", opener)
    return install


def test_a_full_disk_fails_the_file_in_one_line_and_leaves_no_partial_output(archive, tmp_path, disk_full_for):
    disk_full_for("lkpj")
    out = tmp_path / "out"
    result = run("convert", archive, "--out", out, "-j", "1")
    _no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (f"kesos-extract: jatim/2011/lkpj.txt: cannot write {out}/jatim/2011/lkpj.json: "
                        "No space left on device")
    assert "converted 3 of 4" in lines[1] and len(lines) == 2
    assert not (out / "jatim/2011/lkpj.json").exists()
    assert [p.name for p in out.rglob("*") if p.name.endswith(batch.TMP_SUFFIX)] == []


def test_a_manifest_or_dataset_on_a_full_disk_is_one_line_and_the_files_convert(archive, tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    out = tmp_path / "out"
    result = run("convert", archive, "--out", out, "-j", "1", "--manifest", "/dev/full", "--dataset", "/dev/full")
    _no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:2] == ["kesos-extract: dataset /dev/full: cannot open: database or disk is full; "
                         "converting without it",
                         "kesos-extract: manifest /dev/full: cannot write: No space left on device"]
    assert "converted 4 of 4" in lines[2] and len(lines) == 3
    assert outputs(out) == EXPECTED_OUTPUTS


def test_extract_to_a_full_disk_is_one_line(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run([*CLI, "extract", str(SMALL[0])], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr == "kesos-extract: cannot write the output: No space left on device\n"


def test_a_killed_batch_leaves_whole_outputs_and_resumes(tmp_path):
    """kill -9 in the middle of a batch: every output present is complete JSON, and the re-run
    converts only what is missing; the dataset ends with each report once."""
    archive = make_archive(tmp_path / "arsip", {f"r{i:02d}/laporan.txt": CORPUS / "000_73e443a0bbfd6598.txt"
                                                for i in range(12)})
    out, db_path = tmp_path / "out", tmp_path / "archive.sqlite"
    proc = subprocess.Popen([*CLI, "convert", str(archive), "--out", str(out), "-j", "1", "-q",
                             "--dataset", str(db_path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        mf = out / "manifest.jsonl"
        if mf.exists() and len(mf.read_text().splitlines()) >= 3:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    done_before = {e["path"] for e in manifest(out)}
    assert 3 <= len(done_before) < 12, "the batch finished before it could be killed"
    for p in out.rglob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))  # never a partial file
    result = run("convert", archive, "--out", out, "-j", "2", "--dataset", db_path)
    assert result.exit_code == 0, result.output
    entries = manifest(out)
    assert len(entries) == 12 and len({e["path"] for e in entries}) == 12
    assert {e["path"] for e in entries if e["status"] == "skipped"} >= done_before
    assert {e["status"] for e in entries if e["path"] not in done_before} == {"converted"}
    assert [p.name for p in out.rglob("*") if p.name.endswith(batch.TMP_SUFFIX)] == []
    assert _table_counts(db_path) == _expected_counts(out)


def test_a_local_worker_killed_mid_batch_is_replaced(tmp_path):
    """A worker process of the local pool dies (OOM killer, kill -9): a new pool takes the files
    that were in flight; each file ends in the manifest once, converted."""
    import multiprocessing

    archive = make_archive(tmp_path / "arsip", {f"r{i:02d}/laporan.txt": SMALL[i % 2] for i in range(10)})
    killed: list[int] = []

    def kill_a_worker(entry: dict) -> None:
        if not killed:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)

    result = kx.batch.convert([archive], tmp_path / "out", jobs=2, on_result=kill_a_worker)
    assert killed and result.problems == []
    assert sorted(e["path"] for e in result.entries) == [f"r{i:02d}/laporan.txt" for i in range(10)]
    assert result.converted == 10 and len(list((tmp_path / "out").rglob("*.json"))) == 10


def test_one_bad_file_among_good_ones_in_the_python_api(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kosong.txt").write_text("")
    shutil.copyfile(SMALL[0], tmp_path / "in" / "baik.txt")
    planned: list[int] = []
    result = kx.batch.convert([tmp_path / "in", tmp_path / "missing.pdf"], tmp_path / "out", jobs=2,
                              on_plan=planned.append)
    assert planned == [3]
    assert (result.converted, result.failed) == (1, 2)
    assert any("kosong.txt" in p and "empty" in p for p in result.problems)
    assert any("missing.pdf" in p and "no such file" in p for p in result.problems)
    assert all("\n" not in p for p in result.problems)


# ----------------------------------------------------------------- conventions


def test_python_dash_m_and_standard_input():
    done = subprocess.run([*CLI, "extract", "-"], input=SMALL[0].read_bytes(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["source"]["path"] == "<stdin>" and data["mentions"]
    empty = subprocess.run([*CLI, "extract", "-"], input=b"", capture_output=True, timeout=120)
    assert empty.returncode == 1 and empty.stderr.decode().startswith("kesos-extract: <stdin>: ")


def test_audit_accepts_folders(tmp_path):
    make_archive(tmp_path / "a", {"x/one.txt": SMALL[0], "two.txt": SMALL[1]})
    result = run("audit", tmp_path / "a", "--format", "json")
    assert result.exit_code in (0, 3), result.output
    assert sorted(Path(r["path"]).relative_to(tmp_path).as_posix() for r in json.loads(result.stdout)) == [
        "a/two.txt", "a/x/one.txt"]


def test_jobs_default_to_the_cores_available():
    assert batch.default_jobs() == len(os.sched_getaffinity(0))


# ----------------------------------------------------------------- the README's questions


def _readme_questions():
    from conftest import ROOT
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```\s*```text\n(.*?)```", readme, re.S)


@pytest.fixture(scope="module")
def corpus_dataset(tmp_path_factory):
    """The bundled corpus converted with a dataset, as the README says."""
    folder = tmp_path_factory.mktemp("corpus_dataset")
    result = kx.batch.convert([CORPUS], folder / "out", dataset=folder / "corpus.sqlite")
    assert result.problems == [] and result.converted == len(list(CORPUS.glob("*.txt")))
    return folder / "corpus.sqlite"


def test_the_readme_has_three_questions():
    assert len(_readme_questions()) == 3


@pytest.mark.parametrize("sql,shown", _readme_questions(),
                         ids=["missed_budget", "arithmetic_slips", "program_over_years"][:len(_readme_questions())])
def test_readme_sql_answers(sql, shown, corpus_dataset):
    db = sqlite3.connect(corpus_dataset)
    rows = db.execute(sql).fetchall()
    db.close()
    printed = "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in rows)
    assert rows and printed == shown


def test_activities_carry_their_figures_and_an_older_dataset_gains_the_columns(tmp_path):
    """A kegiatan's own pagu and realisasi (``activities[].budget``) are columns of the dataset's
    activities table; a dataset written before those columns existed gains them when opened."""
    text = ("1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, dengan pagu Rp. 684.500.000,- terealisasi "
            "Rp. 651.920.000,- (95,24%), melalui kegiatan:\n   - Pelayanan dan Perlindungan Sosial bagi PMKS, Rp. "
            "298.500.000,-;\n   - Penanganan Masalah Strategis Tanggap Cepat Darurat, Rp. 386.000.000,-.\n\n"
            "2. Program Pembinaan Panti Asuhan/Panti Jompo, pagu anggaran Rp. 528.400.000,-.\n")
    report = json.loads(kx.extract_text(text).model_dump_json())
    db_path = tmp_path / "old.sqlite"
    old = sqlite3.connect(db_path)  # the activities table as the first datasets wrote it
    old.executescript(batch.SCHEMA.replace("  pagu REAL, realisasi REAL,          -- the kegiatan's own figures "
                                           "(added after the first datasets: last)\n", ""))
    assert "pagu" not in {row[1] for row in old.execute("PRAGMA table_info(activities)")}
    old.close()
    dataset = batch.Dataset(db_path)
    task = batch.Task(src=str(tmp_path / "a.txt"), target=str(tmp_path / "a.json"), key="a.txt", output="a.json")
    dataset.upsert(batch.dataset_rows(task, report))
    dataset.close()
    rows = sqlite3.connect(db_path).execute("SELECT name, pagu, realisasi FROM activities ORDER BY activity_idx").fetchall()
    assert rows == [("Pelayanan dan Perlindungan Sosial bagi PMKS", 298_500_000.0, None),
                    ("Penanganan Masalah Strategis Tanggap Cepat Darurat", 386_000_000.0, None)]
