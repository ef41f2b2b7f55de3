"""The ``kesos-extract`` command.

Data goes to stdout, messages to stderr. Exit codes:

0  everything worked
1  at least one input could not be read (each named on stderr with the reason)
2  the command line was wrong (click's usage error)
3  ``audit --fail-on`` found checks at or above the given severity
"""

from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator, Optional

import click

from . import __version__
from .models import Report, report_json_schema
from .pipeline import extract_or_error
from .readers import SUPPORTED_SUFFIXES

EXIT_INPUT_ERROR = 1
EXIT_CHECKS_FAILED = 3


def _dump(report: Report, indent: Optional[int]) -> str:
    return report.model_dump_json(indent=indent)


def _set_ocr(ocr: Optional[str]) -> None:
    """--ocr for this command and the workers it starts (readers/ocr.py reads $KESOS_OCR); the
    environment is as it was once the command is done."""
    if not ocr:
        return
    before = os.environ.get("KESOS_OCR")
    os.environ["KESOS_OCR"] = ocr

    def restore() -> None:
        if before is None:
            os.environ.pop("KESOS_OCR", None)
        else:
            os.environ["KESOS_OCR"] = before

    click.get_current_context().call_on_close(restore)


def _fail(message: str) -> None:
    click.echo(f"kesos-extract: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kesos-extract")
def cli() -> None:
    """Turn Indonesian social-welfare reports (LKPJ, LKjIP, Dinas Sosial reports) into checked JSON."""


@cli.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--indent", type=int, default=None, help="Pretty-print the JSON with this indent.")
@click.option("--ocr", type=click.Choice(["auto", "never", "always"]), default=None,
              help="PDF pages without a text layer: auto (default: OCR where Tesseract is installed), never, "
                   "always (every page by OCR). Tesseract with the 'ind' model: apt-get install tesseract-ocr "
                   "tesseract-ocr-ind.")
def extract_cmd(file: Path, indent: Optional[int], ocr: Optional[str]) -> None:
    """Print the JSON of one report FILE (.txt, .md, .html, .pdf, .docx) to stdout."""
    _set_ocr(ocr)
    report, error = extract_or_error(file)
    if error:
        _fail(error)
        sys.exit(EXIT_INPUT_ERROR)
    click.echo(_dump(report, indent))


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to convert: given files as they are, folders walked for supported types."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."):
                    yield f
        else:
            yield p


def output_names(files: list[Path]) -> dict[Path, str]:
    """``<stem>.json`` for each input; inputs that share a stem (report.pdf, report.docx) get
    ``<stem>.<ext>.json``, and a number after that if they still collide, so none overwrites another."""
    stems: dict[str, int] = {}
    for f in files:
        stems[f.stem] = stems.get(f.stem, 0) + 1
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for f in files:
        base = f.stem if stems[f.stem] == 1 else f"{f.stem}{f.suffix.lower()}"
        name, k = f"{base}.json", 2
        while name in taken:
            name, k = f"{base}-{k}.json", k + 1
        taken.add(name)
        names[f] = name
    return names


def _convert_one(args: tuple[Path, Path, Optional[int]]) -> tuple[Path, Optional[Path], Optional[str], float]:
    src, target, indent = args
    t0 = time.perf_counter()
    report, error = extract_or_error(src)
    if error:
        return src, None, error, time.perf_counter() - t0
    try:
        target.write_text(_dump(report, indent), encoding="utf-8")
    except OSError as e:
        return src, None, f"{src}: cannot write {target}: {e.strerror or e}", time.perf_counter() - t0
    return src, target, None, time.perf_counter() - t0


@cli.command("convert")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the JSON files (created if missing).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--indent", type=int, default=None, help="Pretty-print the JSON with this indent.")
@click.option("--ocr", type=click.Choice(["auto", "never", "always"]), default=None,
              help="PDF pages without a text layer: auto (default: OCR where Tesseract is installed), never, "
                   "always (every page by OCR). Tesseract with the 'ind' model: apt-get install tesseract-ocr "
                   "tesseract-ocr-ind.")
def convert_cmd(paths: tuple[Path, ...], out_dir: Path, jobs: int, quiet: bool, indent: Optional[int],
                ocr: Optional[str]) -> None:
    """Convert report files and folders of them to one JSON per report in --out.

    A file that cannot be read is named with its reason; the others still convert.
    """
    _set_ocr(ocr)
    from tqdm import tqdm

    files = list(iter_inputs(paths))
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    failed: list[str] = []
    done = 0
    show_bar = not quiet and sys.stderr.isatty()
    names = output_names(files)
    work = [(f, out_dir / names[f], indent) for f in files]
    with tqdm(total=len(work), disable=not show_bar, unit="file", file=sys.stderr) as bar:
        if jobs > 1 and len(work) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                results = pool.map(_convert_one, work)
                for src, _target, error, _ in results:
                    done, failed = _tally(src, error, done, failed)
                    bar.update()
        else:
            for item in work:
                src, _target, error, _ = _convert_one(item)
                done, failed = _tally(src, error, done, failed)
                bar.update()
    for reason in failed:
        _fail(reason)
    if not quiet:
        click.echo(f"converted {done} of {len(files)} file(s) to {out_dir} in {time.perf_counter() - t0:.1f} s; "
                   f"{len(failed)} failed", err=True)
    if failed:
        sys.exit(EXIT_INPUT_ERROR)


def _tally(src: Path, error: Optional[str], done: int, failed: list[str]) -> tuple[int, list[str]]:
    if error:
        failed.append(error)
    else:
        done += 1
    return done, failed


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the report JSON (generated from the pydantic models)."""
    click.echo(json.dumps(report_json_schema(), indent=2))


def _register_optional_commands() -> None:
    """Commands that live beside their stage (the audit report) register themselves here."""
    try:
        from .audit.report import audit_cmd
    except ImportError:
        return
    cli.add_command(audit_cmd, "audit")


_register_optional_commands()


def main(argv: Optional[list[str]] = None) -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli.main(args=argv, prog_name="kesos-extract")


if __name__ == "__main__":
    main()
