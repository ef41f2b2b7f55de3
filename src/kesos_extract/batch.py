"""Batches of reports: resumable conversion to JSON, a manifest, and one queryable dataset.

>>> import kesos_extract as kx
>>> result = kx.batch.convert(["corpus"], "out", dataset="archive.sqlite")   # doctest: +SKIP

- Each input becomes ``OUT/<its path under the inputs' common folder>.json`` (the input tree is
  mirrored); the JSON starts with ``"generator": {"name", "version", "input_sha256"}``, so a
  re-run skips an output whose input and tool version are unchanged (``force=True`` redoes it).
- Every output is written to a temporary file in its folder and renamed into place: a kill
  leaves the old output or the new one, never half of one.
- ``OUT/manifest.jsonl`` gets one line per input as it finishes: path, output, sha256, status
  (``converted``, ``skipped`` or ``failed``), error, counts, seconds, version.
- With ``dataset=``, each report is upserted into a SQLite file (documents, programs, activities,
  mentions, checks, tables, table_cells; keyed by document, with page and span) as it finishes:
  a re-run replaces a document's rows, never duplicates them.
- ``jobs`` local processes (default: the cores available), or a Dask distributed cluster with
  ``scheduler="tcp://host:8786"`` (``pip install 'kesos-extract[dask]'``).

Nothing about one file stops the others: each failure is one line naming the file, in
``BatchResult.problems`` and in the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from . import __version__
from .errors import KesosError
from .pipeline import extract_or_error
from .readers import SUPPORTED_SUFFIXES

PathLike = Union[str, os.PathLike]

TMP_SUFFIX = ".kxtmp"
MANIFEST_NAME = "manifest.jsonl"
_HEADER = '{"generator":'


class OutputError(KesosError):
    """The batch's output (folder, manifest or dataset) cannot be written at all."""


def display(value: Union[str, os.PathLike]) -> str:
    """A path or message fit to print and to store as JSON/SQL text: bytes of a file name that
    are not UTF-8 are written as ``\\xff`` escapes instead of breaking the output."""
    text = os.fspath(value)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class Task:
    """One input and where its output goes."""

    src: str          # the input path as given or found (may hold non-UTF-8 bytes as surrogates)
    target: str       # the output JSON path
    key: str          # the input relative to the batch's base folder (display form): its identity
    output: str       # the output relative to OUT (display form)


def iter_inputs(paths: Iterable[PathLike], *, exclude: Optional[Path] = None) -> Iterator[Path]:
    """The files to convert: given files as they are, folders walked (sorted) for supported types;
    hidden files and anything under ``exclude`` (the output folder) left out."""
    excl = os.path.abspath(exclude) if exclude is not None else None
    for p in map(Path, paths):
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                     and not (excl and os.path.abspath(os.path.join(dirpath, d)) == excl))
                for name in sorted(filenames):
                    f = Path(dirpath, name)
                    if not name.startswith(".") and f.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield f
        else:
            yield p


def plan(paths: Iterable[PathLike], out: PathLike) -> list[Task]:
    """Inputs and their outputs: the tree under the inputs' common folder mirrored under ``out``.
    ``<stem>.json``, or ``<stem>.<ext>.json`` where files of one folder share a stem."""
    out = Path(out)
    roots = [Path(p) for p in paths]
    bases = [os.path.abspath(r) if r.is_dir() else os.path.dirname(os.path.abspath(r)) for r in roots]
    base = os.path.commonpath(bases) if bases else os.getcwd()
    seen: set[str] = set()
    files: list[tuple[Path, Path]] = []
    for f in iter_inputs(roots, exclude=out):
        a = os.path.abspath(f)
        if a in seen:
            continue
        seen.add(a)
        files.append((f, Path(os.path.relpath(a, base))))
    by_folder: dict[Path, list[tuple[Path, Path]]] = {}
    for f, rel in files:
        by_folder.setdefault(rel.parent, []).append((f, rel))
    tasks: list[Task] = []
    for folder, group in by_folder.items():
        stems: dict[str, int] = {}
        for _, rel in group:
            stems[rel.stem] = stems.get(rel.stem, 0) + 1
        taken: set[str] = set()
        for f, rel in group:
            stem = rel.stem if stems[rel.stem] == 1 else f"{rel.stem}{rel.suffix.lower()}"
            name, k = f"{stem}.json", 2
            while name in taken:
                name, k = f"{stem}-{k}.json", k + 1
            taken.add(name)
            out_rel = folder / name
            tasks.append(Task(src=os.fspath(f), target=os.fspath(out / out_rel), key=display(rel),
                              output=display(out_rel)))
    return tasks


# --------------------------------------------------------------------------- one file (in a worker)


def sha256_of(path: PathLike) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def read_generator(target: PathLike) -> Optional[dict]:
    """The ``generator`` record at the head of an output JSON (version, input_sha256), or None."""
    try:
        with open(target, "r", encoding="utf-8") as f:
            head = f.read(4096)
    except (OSError, UnicodeDecodeError):
        return None
    if not head.startswith(_HEADER):
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(head, len(_HEADER))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _open_for_write(path: str) -> int:
    """Create the temporary file (a seam the full-disk test points at /dev/full)."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)


def write_atomic(target: PathLike, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it into place."""
    target = os.fspath(target)
    folder, name = os.path.split(target)
    os.makedirs(folder or ".", exist_ok=True)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}")
    fd = _open_for_write(tmp)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _why(e: OSError) -> str:
    """An OSError in a few words, naming the path it was about when that is not the file itself."""
    if isinstance(e, (FileExistsError, NotADirectoryError)) and e.filename:
        p = Path(os.fsdecode(e.filename))
        while not p.exists() and p.parent != p:
            p = p.parent
        if p.exists() and not p.is_dir():
            return f"{display(p)} is not a folder"
    return e.strerror or str(e)


def counts_of(report: dict) -> dict[str, int]:
    checks = report.get("checks") or []
    return {
        "programs": len(report.get("programs") or []),
        "activities": sum(len(p.get("activities") or []) for p in report.get("programs") or []),
        "mentions": len(report.get("mentions") or []),
        "tables": len(report.get("tables") or []),
        "checks": len(checks),
        "errors": sum(1 for c in checks if c.get("severity") == "error"),
        "mismatches": sum(1 for c in checks if c.get("verdict") == "mismatch"),
    }


def _run_one(task: Task, force: bool, indent: Optional[int], want_rows: bool,
             known: Optional[tuple[str, str]], run: str = "") -> dict:
    """Convert one file; never raises. Returns the manifest entry, with the dataset rows under
    ``"_rows"`` when ``want_rows`` and the dataset does not already hold this version of it.
    ``run`` identifies the batch: an output this batch already wrote (by a worker that died
    before reporting it) counts as converted, not redone and not "skipped"."""
    t0 = time.perf_counter()
    entry: dict[str, Any] = {"path": task.key, "output": task.output, "sha256": None, "status": "failed",
                             "error": None, "counts": None, "seconds": None, "version": __version__}
    try:
        try:
            entry["sha256"] = sha256_of(task.src)
        except OSError:
            pass  # extract_or_error below says why in its own words
        gen = read_generator(task.target) if entry["sha256"] else None
        if gen and gen.get("version") == __version__ and gen.get("input_sha256") == entry["sha256"]:
            this_run = bool(run) and gen.get("run") == run
            if this_run or not force:
                entry["status"] = "converted" if this_run else "skipped"
                entry["counts"] = gen.get("counts")
                if want_rows and known != (entry["sha256"], __version__):
                    try:
                        entry["_rows"] = dataset_rows(task, json.loads(Path(task.target).read_bytes()))
                    except (OSError, ValueError) as e:
                        entry["status"] = "failed"
                        entry["error"] = display(f"{task.key}: cannot read {task.output} for the dataset: {e}")
                return entry
        report, error = extract_or_error(task.src)
        if error:
            entry["error"] = display(error)
            return entry
        if report.source.path != display(report.source.path):
            report.source.path = display(report.source.path)
        data = report.model_dump()
        counts = counts_of(data)
        gen = json.dumps({"name": "kesos-extract", "version": __version__,
                          "input_sha256": entry["sha256"] or report.source.sha256, "counts": counts, "run": run},
                         separators=(",", ":"))
        body = report.model_dump_json(indent=indent).encode("utf-8")
        try:
            write_atomic(task.target, _HEADER.encode() + gen.encode() + b"," + body[1:])
        except OSError as e:
            entry["error"] = display(f"{task.key}: cannot write {task.target}: {_why(e)}")
            return entry
        entry["sha256"] = entry["sha256"] or report.source.sha256
        entry["status"] = "converted"
        entry["counts"] = counts
        if want_rows:
            entry["_rows"] = dataset_rows(task, data)
        return entry
    except Exception as e:  # noqa: BLE001 - a bug on one file must not stop a batch
        entry["status"] = "failed"
        entry["error"] = display(f"{task.key}: internal error ({type(e).__name__}: {e}); please report it")
        return entry
    finally:
        entry["seconds"] = round(time.perf_counter() - t0, 4)


# --------------------------------------------------------------------------- the dataset

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  doc_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,          -- the input, relative to the batch's base folder
  output TEXT, sha256 TEXT NOT NULL, tool_version TEXT NOT NULL, schema_version TEXT,
  format TEXT, pages INTEGER, type TEXT, region TEXT, year INTEGER, agency TEXT,
  n_programs INTEGER, n_activities INTEGER, n_mentions INTEGER, n_tables INTEGER, n_checks INTEGER,
  n_errors INTEGER, updated_at TEXT
);
CREATE TABLE IF NOT EXISTS programs (
  doc_id INTEGER NOT NULL, program_idx INTEGER NOT NULL, name TEXT,
  catalogue_code TEXT, catalogue_name TEXT, catalogue_score REAL,
  pagu REAL, realisasi REAL, percent REAL, stated_activity_count INTEGER,
  page INTEGER, span_start INTEGER, span_end INTEGER,
  PRIMARY KEY (doc_id, program_idx)
);
CREATE TABLE IF NOT EXISTS activities (
  doc_id INTEGER NOT NULL, program_idx INTEGER NOT NULL, activity_idx INTEGER NOT NULL, name TEXT,
  catalogue_code TEXT, catalogue_name TEXT, catalogue_score REAL,
  page INTEGER, span_start INTEGER, span_end INTEGER,
  pagu REAL, realisasi REAL,          -- the kegiatan's own figures (added after the first datasets: last)
  PRIMARY KEY (doc_id, program_idx, activity_idx)
);
CREATE TABLE IF NOT EXISTS mentions (
  doc_id INTEGER NOT NULL, mention_idx INTEGER NOT NULL, kind TEXT, value REAL, unit TEXT, text TEXT,
  scale REAL, page INTEGER, span_start INTEGER, span_end INTEGER,
  PRIMARY KEY (doc_id, mention_idx)
);
CREATE TABLE IF NOT EXISTS checks (
  doc_id INTEGER NOT NULL, check_idx INTEGER NOT NULL, check_name TEXT, verdict TEXT, severity TEXT,
  stated REAL, expected REAL, numerator REAL, denominator REAL, operands TEXT, quote TEXT, message TEXT,
  page INTEGER, span_start INTEGER, span_end INTEGER,
  PRIMARY KEY (doc_id, check_idx)
);
CREATE TABLE IF NOT EXISTS tables (
  doc_id INTEGER NOT NULL, table_idx INTEGER NOT NULL, caption TEXT, header TEXT, scale REAL,
  n_rows INTEGER, page INTEGER, span_start INTEGER, span_end INTEGER,
  PRIMARY KEY (doc_id, table_idx)
);
CREATE TABLE IF NOT EXISTS table_cells (
  doc_id INTEGER NOT NULL, table_idx INTEGER NOT NULL, row_idx INTEGER NOT NULL, col_idx INTEGER NOT NULL,
  header TEXT, text TEXT, value REAL, unit TEXT, is_total INTEGER, page INTEGER,
  span_start INTEGER, span_end INTEGER,
  PRIMARY KEY (doc_id, table_idx, row_idx, col_idx)
);
CREATE INDEX IF NOT EXISTS programs_code ON programs (catalogue_code);
CREATE INDEX IF NOT EXISTS activities_code ON activities (catalogue_code);
CREATE INDEX IF NOT EXISTS checks_verdict ON checks (verdict, severity);
CREATE INDEX IF NOT EXISTS mentions_kind ON mentions (kind, unit);
"""

CHILD_TABLES = ("programs", "activities", "mentions", "checks", "tables", "table_cells")
_DOC_COLUMNS = ("path", "output", "sha256", "tool_version", "schema_version", "format", "pages", "type", "region",
                "year", "agency", "n_programs", "n_activities", "n_mentions", "n_tables", "n_checks", "n_errors",
                "updated_at")


def _cat(obj: Optional[dict]) -> tuple:
    return (obj["code"], obj["name"], obj["score"]) if obj else (None, None, None)


def dataset_rows(task: Task, report: dict) -> dict[str, list[tuple]]:
    """The rows of one report for every dataset table (child rows without their doc_id)."""
    src, meta = report.get("source") or {}, report.get("report") or {}
    counts = counts_of(report)
    doc = (task.key, task.output, src.get("sha256"), __version__, report.get("schema_version"), src.get("format"),
           src.get("pages"), meta.get("type"), meta.get("region"), meta.get("year"), meta.get("agency"),
           counts["programs"], counts["activities"], counts["mentions"], counts["tables"], counts["checks"],
           counts["errors"], time.strftime("%Y-%m-%dT%H:%M:%S"))
    programs, activities = [], []
    for i, p in enumerate(report.get("programs") or []):
        b = p.get("budget") or {}
        programs.append((i, p["name"], *_cat(p.get("catalogue")), b.get("pagu"), b.get("realisasi"),
                         b.get("percent"), p.get("stated_activity_count"), p.get("page"), p["start"], p["end"]))
        for j, a in enumerate(p.get("activities") or []):
            ab = a.get("budget") or {}
            activities.append((i, j, a["name"], *_cat(a.get("catalogue")), a.get("page"), a["start"], a["end"],
                               ab.get("pagu"), ab.get("realisasi")))
    mentions = [(i, m["kind"], m.get("value"), m.get("unit"), m["text"], m.get("scale"), m.get("page"),
                 m["start"], m["end"]) for i, m in enumerate(report.get("mentions") or [])]
    checks = []
    for i, c in enumerate(report.get("checks") or []):
        ops = c.get("operands") or {}
        checks.append((i, c["check"], c["verdict"], c["severity"], c.get("stated"), c.get("expected"),
                       ops.get("numerator"), ops.get("denominator"), json.dumps(ops) if ops else None,
                       c["quote"], c["message"], c.get("page"), c["start"], c["end"]))
    tables, cells = [], []
    for t, tab in enumerate(report.get("tables") or []):
        header = tab.get("header") or []
        rows = tab.get("rows") or []
        totals = set(tab.get("total_rows") or [])
        tables.append((t, tab.get("caption"), json.dumps(header, ensure_ascii=False), tab.get("scale"), len(rows),
                       tab.get("page"), tab["start"], tab["end"]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                cells.append((t, r, c, header[c] if c < len(header) else None, cell["text"], cell.get("value"),
                              cell.get("unit"), int(r in totals), tab.get("page"), cell.get("start"),
                              cell.get("end")))
    return {"documents": [doc], "programs": programs, "activities": activities, "mentions": mentions,
            "checks": checks, "tables": tables, "table_cells": cells}


# columns added to a table after datasets were first written, each at the table's end: a dataset
# written by an earlier version gains them when opened (its rows keep them empty until updated)
ADDED_COLUMNS = {"activities": (("pagu", "REAL"), ("realisasi", "REAL"))}


def _add_missing_columns(db: sqlite3.Connection) -> None:
    for table, columns in ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns:
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    db.commit()


class Dataset:
    """The SQLite dataset of a batch: ``upsert`` one report's rows in one transaction."""

    def __init__(self, path: PathLike):
        self.path = Path(path)
        try:
            if self.path.parent != Path(""):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(os.fspath(self.path), timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            _add_missing_columns(self.db)
        except (OSError, sqlite3.Error) as e:
            why = _why(e) if isinstance(e, OSError) else str(e)
            raise OutputError(f"dataset {display(self.path)}: cannot open: {why}") from e
        self._inserts = {
            name: f"INSERT INTO {name} VALUES ({', '.join('?' * (1 + n))})"
            for name, n in (("programs", 12), ("activities", 11), ("mentions", 9), ("checks", 14), ("tables", 8),
                            ("table_cells", 11))
        }

    def known(self) -> dict[str, tuple[str, str]]:
        """path -> (sha256, tool_version) of the documents already in the dataset."""
        return {p: (s, v) for p, s, v in self.db.execute("SELECT path, sha256, tool_version FROM documents")}

    def upsert(self, rows: dict[str, list[tuple]]) -> int:
        cols = ", ".join(_DOC_COLUMNS)
        updates = ", ".join(f"{c}=excluded.{c}" for c in _DOC_COLUMNS[1:])
        with self.db:
            (doc_id,) = self.db.execute(
                f"INSERT INTO documents ({cols}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))}) "
                f"ON CONFLICT(path) DO UPDATE SET {updates} RETURNING doc_id", rows["documents"][0]).fetchone()
            for name in CHILD_TABLES:
                self.db.execute(f"DELETE FROM {name} WHERE doc_id = ?", (doc_id,))
                if rows[name]:
                    self.db.executemany(self._inserts[name], [(doc_id, *r) for r in rows[name]])
        return doc_id

    def close(self) -> None:
        self.db.close()


def export_parquet(dataset: PathLike, folder: PathLike, *, batch_rows: int = 50_000) -> list[Path]:
    """Write every table of the SQLite ``dataset`` to ``folder/<table>.parquet`` (needs pyarrow:
    ``pip install 'kesos-extract[parquet]'``). Returns the files written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise OutputError("Parquet export needs pyarrow: pip install 'kesos-extract[parquet]'") from e
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(os.fspath(dataset))
    types = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}
    written = []
    try:
        for name in ("documents", *CHILD_TABLES):
            info = db.execute(f"PRAGMA table_info({name})").fetchall()
            schema = pa.schema([(col[1], types.get(col[2].upper(), pa.string())) for col in info])
            target = folder / f"{name}.parquet"
            tmp = folder / f".{name}.parquet{TMP_SUFFIX}"
            with pq.ParquetWriter(tmp, schema) as writer:
                cur = db.execute(f"SELECT * FROM {name}")
                while True:
                    chunk = cur.fetchmany(batch_rows)
                    if not chunk:
                        break
                    columns = list(zip(*chunk))
                    writer.write_table(pa.table([pa.array(c, type=f.type) for c, f in zip(columns, schema)],
                                                schema=schema))
            os.replace(tmp, target)
            written.append(target)
    finally:
        db.close()
    return written


# --------------------------------------------------------------------------- the batch


@dataclass
class BatchResult:
    entries: list[dict] = field(default_factory=list)      # the manifest, in the order files finished
    problems: list[str] = field(default_factory=list)      # one line per failure (files, manifest, dataset)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e["status"] == status)

    @property
    def converted(self) -> int:
        return self.count("converted")

    @property
    def skipped(self) -> int:
        return self.count("skipped")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def ok(self) -> bool:
        return not self.problems


def convert(paths: Iterable[PathLike], out: PathLike, *, jobs: Optional[int] = None,
            scheduler: Optional[str] = None, client: Any = None, dataset: Optional[PathLike] = None,
            manifest: Optional[PathLike] = None, force: bool = False, indent: Optional[int] = None,
            on_result: Optional[Callable[[dict], None]] = None,
            on_plan: Optional[Callable[[int], None]] = None) -> BatchResult:
    """Convert report files and folders of them to JSON under ``out`` (see the module's doc).

    ``jobs`` local worker processes (default: the cores available; 1 runs in this process);
    ``scheduler`` a Dask scheduler address, or ``client`` a ``distributed.Client``, to run on a
    cluster instead (inputs and ``out`` must then be on a filesystem the workers share).
    ``on_plan`` is called with the number of input files once they are found, ``on_result``
    with each manifest entry as its file finishes.
    Raises :class:`OutputError` only when ``out`` cannot be created at all."""
    t0 = time.perf_counter()
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create the output folder {display(out)}: {_why(e)}") from e
    tasks = plan(paths, out)
    if on_plan is not None:
        on_plan(len(tasks))
    result = BatchResult()

    db: Optional[Dataset] = None
    known: dict[str, tuple[str, str]] = {}
    if dataset is not None:
        try:
            db = Dataset(dataset)
            known = db.known()
        except (OutputError, sqlite3.Error) as e:
            result.problems.append(display(str(e)) + "; converting without it")
            db = None

    manifest_path = Path(manifest) if manifest is not None else out / MANIFEST_NAME
    mf = None
    try:
        mf = open(manifest_path, "w", encoding="utf-8")
    except OSError as e:
        result.problems.append(f"manifest {display(manifest_path)}: cannot write: {e.strerror or e}")

    def finish(entry: dict) -> None:
        nonlocal db, mf
        rows = entry.pop("_rows", None)
        if db is not None and rows is not None:
            try:
                db.upsert(rows)
            except sqlite3.Error as e:
                result.problems.append(f"dataset {display(db.path)}: cannot write ({e}) after "
                                       f"{len(result.entries)} file(s); the dataset is incomplete")
                db.close()
                db = None
        if entry["status"] == "failed":
            result.problems.append(entry["error"] or f"{entry['path']}: failed")
        result.entries.append(entry)
        if mf is not None:
            try:
                mf.write(json.dumps(entry, ensure_ascii=False) + "\n")
                mf.flush()
            except OSError as e:
                result.problems.append(f"manifest {display(manifest_path)}: cannot write: {e.strerror or e}")
                try:
                    mf.close()
                except OSError:
                    pass
                mf = None
        if on_result is not None:
            on_result(entry)

    run = secrets.token_hex(8)
    args = [(t, force, indent, db is not None, known.get(t.key), run) for t in tasks]
    try:
        if scheduler is not None or client is not None:
            _run_dask(args, finish, scheduler=scheduler, client=client)
        else:
            n = jobs or default_jobs()
            if n <= 1 or len(args) <= 1:
                for a in args:
                    finish(_run_one(*a))
            else:
                _run_processes(args, finish, n)
    finally:
        if mf is not None:
            try:
                mf.close()
            except OSError as e:
                result.problems.append(f"manifest {display(manifest_path)}: cannot write: {e.strerror or e}")
        if db is not None:
            db.close()
        _remove_orphans({os.path.dirname(t.target) for t in tasks})
    result.seconds = time.perf_counter() - t0
    return result


def _remove_orphans(folders: Iterable[str]) -> None:
    """Temporary files left by workers killed mid-write (all the batch's work is done by now)."""
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.startswith(".") and name.endswith(TMP_SUFFIX):
                try:
                    os.unlink(os.path.join(folder, name))
                except OSError:
                    pass


def _lost(a: tuple, why: str) -> dict:
    task = a[0]
    return {"path": task.key, "output": task.output, "sha256": None, "status": "failed",
            "error": f"{task.key}: {why}", "counts": None, "seconds": None, "version": __version__}


def _run_processes(args: list[tuple], finish: Callable[[dict], None], jobs: int, *, attempts: int = 2) -> None:
    """Local worker processes, at most ``4 * jobs`` files in flight. A worker that dies (killed, out
    of memory) breaks the pool: a new one takes the unfinished files; a file in flight at
    ``attempts`` such deaths is failed with a one-line reason."""
    pending = list(reversed(range(len(args))))
    deaths = [0] * len(args)
    while pending:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            inflight: dict[Any, int] = {}
            broken = False
            while (pending or inflight) and not broken:
                while pending and len(inflight) < 4 * jobs:
                    try:
                        fut = pool.submit(_run_one, *args[pending[-1]])
                    except BrokenProcessPool:
                        broken = True
                        break
                    inflight[fut] = pending.pop()
                if broken:
                    break
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for fut in done:
                    try:
                        entry = fut.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    del inflight[fut]
                    finish(entry)
            for fut, i in inflight.items():  # the pool broke: these files were in flight
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    finish(fut.result())
                    continue
                deaths[i] += 1
                if deaths[i] >= attempts:
                    finish(_lost(args[i], f"a worker process died while converting it ({attempts} times)"))
                else:
                    pending.append(i)


def _run_dask(args: list[tuple], finish: Callable[[dict], None], *, scheduler: Optional[str], client: Any) -> None:
    """On a Dask distributed cluster. The scheduler reruns a task whose worker died; a file whose
    task failed anyway (KilledWorker after repeated deaths) is failed with a one-line reason."""
    try:
        from distributed import Client, as_completed
    except ImportError as e:
        raise OutputError("--scheduler needs dask.distributed: pip install 'kesos-extract[dask]'") from e
    own = client is None
    if own:
        try:
            client = Client(scheduler, timeout=30)
        except (OSError, TimeoutError) as e:
            raise OutputError(f"cannot reach the Dask scheduler {scheduler}: {e}") from e
    try:
        window = max(8, 4 * max(1, sum(client.nthreads().values())))
        queue = list(reversed(args))
        futures: dict[Any, tuple] = {}

        def submit() -> Any:
            a = queue.pop()
            fut = client.submit(_run_one, *a, pure=False, key=f"kesos-{secrets.token_hex(8)}")
            futures[fut] = a
            return fut

        ac = as_completed([submit() for _ in range(min(window, len(queue)))])
        for fut in ac:
            a = futures.pop(fut)
            try:
                entry = fut.result()
            except Exception as e:  # noqa: BLE001 - KilledWorker, CommClosedError...: one line for this file
                entry = _lost(a, f"the cluster lost it ({type(e).__name__}: {display(str(e))[:200]})")
            finish(entry)
            fut.release()
            if queue:
                ac.add(submit())
    finally:
        if own:
            client.close()
