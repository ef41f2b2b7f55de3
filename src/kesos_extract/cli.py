"""The ``kesos-extract`` command.

Data goes to stdout, messages to stderr. Exit codes:

0  everything worked
1  at least one input could not be read (each named on stderr with the reason)
2  the command line was wrong (click's usage error)
3  ``audit --fail-on`` found checks at or above the given severity
4  the output file could not be written (named on stderr with the reason; no file is left)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

import click

from . import __version__, batch
from .batch import display
from .errors import KesosError
from .models import Report, report_json_schema
from .pipeline import extract_or_error

EXIT_INPUT_ERROR = 1
EXIT_CHECKS_FAILED = 3
EXIT_OUTPUT_ERROR = 4
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


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


_SNIFF = ((b"%PDF", ".pdf"), (b"PK\x03\x04", ".docx"))


def _extract_stdin() -> tuple[Optional[Report], Optional[str]]:
    """``extract -``: the report on standard input, its type told by its first bytes."""
    import tempfile

    data = sys.stdin.buffer.read()
    head = data[:1024].lstrip()
    suffix = next((s for magic, s in _SNIFF if head.startswith(magic)), None)
    if suffix is None:
        suffix = ".html" if head[:15].lower().startswith((b"<!doctype html", b"<html")) else ".txt"
    with tempfile.TemporaryDirectory(prefix="kesos-stdin-") as folder:
        path = Path(folder, "stdin" + suffix)
        path.write_bytes(data)
        report, error = extract_or_error(path)
    if error:
        return None, error.replace(str(path), "<stdin>")
    report.source.path = "<stdin>"
    return report, None


@cli.command("extract")
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--indent", type=int, default=None, help="Pretty-print the JSON with this indent.")
@click.option("--ocr", type=click.Choice(["auto", "never", "always"]), default=None,
              help="PDF pages without a text layer: auto (default: OCR where Tesseract is installed), never, "
                   "always (every page by OCR). Tesseract with the 'ind' model: apt-get install tesseract-ocr "
                   "tesseract-ocr-ind.")
def extract_cmd(file: Path, indent: Optional[int], ocr: Optional[str]) -> None:
    """Print the JSON of one report FILE (.txt, .md, .html, .pdf, .docx; - for standard input) to stdout."""
    _set_ocr(ocr)
    report, error = _extract_stdin() if str(file) == "-" else extract_or_error(file)
    if error:
        _fail(display(error))
        sys.exit(EXIT_INPUT_ERROR)
    report.source.path = display(report.source.path)  # a name that is not UTF-8: \xff escapes
    click.echo(_dump(report, indent))


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to convert: given files as they are, folders walked for supported types."""
    return batch.iter_inputs(paths)


@cli.command("convert")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the JSON files (created if missing); the inputs' folders are mirrored in it.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Local worker processes [default: the cores available].")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run on a Dask distributed cluster (tcp://host:8786) instead of local processes.")
@click.option("--dataset", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Upsert every report into this SQLite file as it finishes.")
@click.option("--parquet", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="After the batch, export the dataset's tables to this folder as Parquet (needs --dataset).")
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the manifest [default: OUT/manifest.jsonl].")
@click.option("--force", is_flag=True, help="Convert again files whose output is up to date.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--indent", type=int, default=None, help="Pretty-print the JSON with this indent.")
@click.option("--ocr", type=click.Choice(["auto", "never", "always"]), default=None,
              help="PDF pages without a text layer: auto (default: OCR where Tesseract is installed), never, "
                   "always (every page by OCR). Tesseract with the 'ind' model: apt-get install tesseract-ocr "
                   "tesseract-ocr-ind.")
def convert_cmd(paths: tuple[Path, ...], out_dir: Path, jobs: Optional[int], scheduler: Optional[str],
                dataset: Optional[Path], parquet: Optional[Path], manifest: Optional[Path], force: bool,
                quiet: bool, indent: Optional[int], ocr: Optional[str]) -> None:
    """Convert report files and folders of them to one JSON per report under --out.

    Resumable: an output whose input (sha256) and tool version are unchanged is skipped
    (--force redoes it); outputs are renamed into place when complete. OUT/manifest.jsonl says
    what happened to every file. A file that fails is named with its reason on one line; the
    others still convert.
    """
    _set_ocr(ocr)
    from tqdm import tqdm

    if parquet is not None and dataset is None:
        raise click.UsageError("--parquet exports the dataset: give --dataset too")
    show_bar = not quiet and sys.stderr.isatty()
    printed: set[str] = set()
    with tqdm(disable=not show_bar, unit="file", file=sys.stderr) as bar:
        def on_result(entry: dict) -> None:
            if entry["status"] == "failed":
                message = entry["error"] or f"{entry['path']}: failed"
                printed.add(message)
                if show_bar:
                    bar.write(f"kesos-extract: {message}", file=sys.stderr)
                else:
                    _fail(message)
            bar.update()

        def on_plan(total: int) -> None:
            bar.total = total
            bar.refresh()

        try:
            result = batch.convert(paths, out_dir, jobs=jobs, scheduler=scheduler, dataset=dataset,
                                   manifest=manifest, force=force, indent=indent, on_result=on_result,
                                   on_plan=on_plan)
        except KesosError as e:
            _fail(display(str(e)))
            sys.exit(EXIT_INPUT_ERROR)
    for message in result.problems:
        if message not in printed:
            _fail(message)
    if parquet is not None and dataset is not None and dataset.exists():
        try:
            batch.export_parquet(dataset, parquet)
        except (KesosError, OSError) as e:
            result.problems.append(f"parquet {display(parquet)}: {e}")
            _fail(result.problems[-1])
    if not quiet:
        total = len(result.entries)
        click.echo(f"converted {result.converted} of {total} file(s) to {display(out_dir)} in {result.seconds:.1f} s; "
                   f"{result.skipped} up to date; {result.failed} failed", err=True)
    if result.problems:
        sys.exit(EXIT_INPUT_ERROR)


@cli.command("match")
@click.argument("names", nargs=-1, required=True)
@click.option("--level", type=click.Choice(["program", "kegiatan", "sub_kegiatan"]), default=None,
              help="Only entries of this level (default: all).")
@click.option("--year", type=click.IntRange(1990, 2100), default=None,
              help="The report's year: 13/2006 up to 2020, the 90/2019 family from 2021 (default: both).")
@click.option("--program", "program", metavar="CODE", default=None,
              help="Only the kegiatan and sub kegiatan of this program code (e.g. 1.13.16).")
@click.option("--government", type=click.Choice(["provinsi", "kab/kota"]), default=None,
              help="Leave out the other government level's kegiatan (1.06.PP.1.* are provinsi, .2.* kab/kota).")
@click.option("--json", "as_json", is_flag=True, help="A JSON list, one object per name, with the candidates.")
def match_cmd(names: tuple[str, ...], level: Optional[str], year: Optional[int], program: Optional[str],
              government: Optional[str], as_json: bool) -> None:
    """Match program, kegiatan or sub kegiatan NAMES to the official nomenclature.

    Prints one line per name: its code, score and official name, or "no match" with the reason
    (below the cutoff, or two codes too close to tell). With --json: a list of objects with
    query, code (null for no match), name, score, regulation, level, reason and candidates.
    """
    from .catalogue import load_catalogue, match_many

    if program and program not in {e.code for e in load_catalogue().entries if e.level == "program"}:
        raise click.BadParameter(f"{program!r} is not a program code of the catalogue (e.g. 1.13.16, 1.06.02)",
                                 param_hint="--program")
    results = match_many(names, level=level, year=year, program=program, government=government)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
        return
    for r in results:
        if r.code:
            click.echo(f"{r.query}\t{r.code}\t{r.score:.1f}\t{r.name}\t{r.regulation}")
        else:
            best = r.candidates[0] if r.candidates else None
            hint = f" (best: {best.code} {best.score:.1f} {best.name})" if best else ""
            click.echo(f"{r.query}\t-\tno match: {(r.reason or '').replace('_', ' ')}{hint}")


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the report JSON (generated from the pydantic models)."""
    click.echo(json.dumps(report_json_schema(), indent=2))


@cli.command("audit")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "html", "json", "markdown", "text"]), default="text",
              show_default=True, help="How to write the findings.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit with status 3 when a check of this severity or worse is found.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Write the findings to this file instead of stdout (no file is written if nothing could be read).")
def audit_cmd(files: tuple[Path, ...], fmt: str, fail_on: Optional[str], output: Optional[Path]) -> None:
    """Audit report FILES: every stated percentage, total and amount in words that does not add up,
    grouped by chapter and program, with page or line, quote, arithmetic and likely cause."""
    from .reporting import RENDERERS, OutputError, check_output_path, write_output

    files = tuple(batch.iter_inputs(files))  # folders are walked for reports, as convert does

    if output is not None:
        try:
            check_output_path(output)
        except OutputError as e:
            _fail(str(e))
            sys.exit(EXIT_OUTPUT_ERROR)
    reports, failures = [], []
    for f in files:
        report, error = extract_or_error(f)
        if error:
            _fail(error)
            failures.append((str(f), error.removeprefix(f"{f}: ")))
        else:
            reports.append(report)
    if reports:
        rendered = RENDERERS[fmt](reports, failures)
        if output is not None:
            try:
                write_output(output, rendered)
            except OutputError as e:
                _fail(str(e))
                sys.exit(EXIT_OUTPUT_ERROR)
        else:
            sys.stdout.write(rendered)
    elif output is not None:
        _fail(f"nothing to write: no report could be read; {output} not written")
    if failures:
        sys.exit(EXIT_INPUT_ERROR)
    if fail_on and any(SEVERITY_RANK[c.severity] >= SEVERITY_RANK[fail_on] for r in reports for c in r.checks):
        sys.exit(EXIT_CHECKS_FAILED)


@cli.command("debug-tables")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--page", "-p", "page", type=click.IntRange(min=1), required=True, help="The page to look at (from 1).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the page drawn with its words, columns and rows to this PNG file.")
@click.option("--resolution", type=click.IntRange(30, 600), default=100, show_default=True,
              help="Pixels per inch of the PNG.")
def debug_tables_cmd(file: Path, page: int, output: Optional[Path], resolution: int) -> None:
    """Show the tables the PDF reader finds on one page of FILE (a PDF).

    Prints the tables found (rows x columns, and which reader found each: ruled, aligned,
    tabbed or flattened), or what the readers looked for when none is found. With -o, draws the page as PNG:
    words in blue boxes, each table's box in red, its column boundaries in light blue, the
    starts of its rows in green.
    """
    from .debug_tables import draw, page_view

    try:
        view = page_view(file, page)
        png = draw(file, view, resolution) if output is not None else None
    except KesosError as e:
        _fail(display(str(e)))
        sys.exit(EXIT_INPUT_ERROR)
    if output is not None and png is not None:
        try:
            output.write_bytes(png)
        except OSError as e:
            _fail(f"cannot write {display(output)}: {e.strerror or e}")
            sys.exit(EXIT_OUTPUT_ERROR)
    click.echo(view.summary())
    if output is not None:
        click.echo(f"drawn: {display(output)}")


def main(argv: Optional[list[str]] = None) -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        cli.main(args=argv, prog_name="kesos-extract")
    except OSError as e:  # standard output unwritable: a full disk (/dev/full), a closed pipe
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit
        sys.stderr.write(f"kesos-extract: cannot write the output: {e.strerror or e}\n")
        sys.exit(EXIT_INPUT_ERROR)


if __name__ == "__main__":
    main()
