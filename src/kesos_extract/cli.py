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
EXIT_OUTPUT_ERROR = 4
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def _dump(report: Report, indent: Optional[int]) -> str:
    return report.model_dump_json(indent=indent)


def _fail(message: str) -> None:
    click.echo(f"kesos-extract: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kesos-extract")
def cli() -> None:
    """Turn Indonesian social-welfare reports (LKPJ, LKjIP, Dinas Sosial reports) into checked JSON."""


@cli.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--indent", type=int, default=None, help="Pretty-print the JSON with this indent.")
def extract_cmd(file: Path, indent: Optional[int]) -> None:
    """Print the JSON of one report FILE (.txt, .md, .html, .pdf, .docx) to stdout."""
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
def convert_cmd(paths: tuple[Path, ...], out_dir: Path, jobs: int, quiet: bool, indent: Optional[int]) -> None:
    """Convert report files and folders of them to one JSON per report in --out.

    A file that cannot be read is named with its reason; the others still convert.
    """
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


def main(argv: Optional[list[str]] = None) -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli.main(args=argv, prog_name="kesos-extract")


if __name__ == "__main__":
    main()
