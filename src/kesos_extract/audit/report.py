"""``kesos-extract audit``: the inconsistencies of reports, for people.

A summary line per document, then each error and warning with page, quote and arithmetic.
Formats: ``text`` (default), ``markdown``, ``html`` (the document text with every checked claim
highlighted and linked from the list), ``csv`` and ``json``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import click

from ..models import Check, Report
from ..pipeline import extract_or_error

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
EXIT_CHECKS_FAILED = 3


def summary_line(report: Report) -> str:
    verdicts = Counter(c.verdict for c in report.checks)
    sev = Counter(c.severity for c in report.checks)
    parts = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items()))
    return (f"{report.source.path}: {len(report.checks)} checks, {sev['error']} errors, "
            f"{sev['warning']} warnings ({parts or 'nothing to check'})")


def _flagged(report: Report) -> list[Check]:
    return [c for c in report.checks if c.severity in ("error", "warning")]


def _one_line(text: str, limit: int = 240) -> str:
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def render_text(reports: list[Report]) -> str:
    out = []
    for r in reports:
        out.append(summary_line(r))
        for c in _flagged(r):
            page = f"p. {c.page}" if c.page else f"chars {c.start}-{c.end}"
            out.append(f"  [{c.severity}] {page} {c.check}: {c.message}")
            out.append(f"      \u201c{_one_line(c.quote)}\u201d")
    return "\n".join(out) + "\n"


def render_markdown(reports: list[Report]) -> str:
    out = ["# Audit", ""]
    for r in reports:
        out += [f"## {r.source.path}", "", summary_line(r), ""]
        flagged = _flagged(r)
        if flagged:
            out += ["| severity | page | check | finding | quote |", "|---|---|---|---|---|"]
            for c in flagged:
                cells = [c.severity, str(c.page or ""), c.check, c.message, _one_line(c.quote, 160)]
                out.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
            out.append("")
    return "\n".join(out) + "\n"


def render_csv(reports: list[Report]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["file", "check", "verdict", "severity", "page", "start", "end", "stated", "expected", "quote", "message"])
    for r in reports:
        for c in r.checks:
            w.writerow([r.source.path, c.check, c.verdict, c.severity, c.page or "", c.start, c.end,
                        "" if c.stated is None else c.stated, "" if c.expected is None else c.expected,
                        _one_line(c.quote, 1000), c.message])
    return buf.getvalue()


def render_json(reports: list[Report]) -> str:
    return json.dumps([{"path": r.source.path, "summary": summary_line(r),
                        "checks": [c.model_dump() for c in r.checks]} for r in reports], ensure_ascii=False, indent=1)


_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}pre{white-space:pre-wrap;font-family:inherit}
mark{padding:0 .1em}mark.consistent,mark.truncated,mark.capped{background:#dff0d8}mark.mismatch{background:#f8c0c0}
mark.unparseable{background:#fde9a8}li{margin:.3em 0}.error{color:#a00}.warning{color:#a60}"""


def _highlighted_text(report: Report) -> str:
    """The document text with each checked claim in a <mark> that the list links to."""
    pieces, pos = [], 0
    for i, c in sorted(enumerate(report.checks), key=lambda x: (x[1].start, -x[1].end)):
        if c.start < pos:
            continue  # nested in a claim already marked: the list still links to the outer one
        pieces.append(html.escape(report.text[pos:c.start]))
        pieces.append(f'<mark id="check-{i}" class="{c.verdict}" title="{html.escape(c.message)}">'
                      f"{html.escape(report.text[c.start:c.end])}</mark>")
        pos = c.end
    pieces.append(html.escape(report.text[pos:]))
    return "".join(pieces)


def render_html(reports: list[Report]) -> str:
    body = []
    for r in reports:
        items = []
        for i, c in enumerate(r.checks):
            if c.severity in ("error", "warning"):
                page = f"p. {c.page}, " if c.page else ""
                items.append(f'<li class="{c.severity}"><a href="#check-{i}">{page}{html.escape(c.check)}</a>: '
                             f"{html.escape(c.message)}</li>")
        body.append(f"<h2>{html.escape(r.source.path)}</h2><p>{html.escape(summary_line(r))}</p>"
                    f"<ol>{''.join(items)}</ol><h3>Text</h3><pre>{_highlighted_text(r)}</pre>")
    return (f"<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>kesos-extract audit</title>"
            f"<style>{_CSS}</style></head><body><h1>Audit</h1>{''.join(body)}</body></html>\n")


RENDERERS = {"text": render_text, "markdown": render_markdown, "html": render_html, "csv": render_csv,
             "json": render_json}


@click.command("audit")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True,
              help="How to write the findings.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit with status 3 when a check of this severity or worse is found.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the findings to this file instead of stdout.")
def audit_cmd(files: tuple[Path, ...], fmt: str, fail_on: Optional[str], output: Optional[Path]) -> None:
    """Audit report FILES: every stated percentage, total and amount in words that does not add up,
    with page and quote."""
    reports, failed = [], 0
    for f in files:
        report, error = extract_or_error(f)
        if error:
            click.echo(f"kesos-extract: {error}", err=True)
            failed += 1
        else:
            reports.append(report)
    rendered = RENDERERS[fmt](reports)
    if output:
        output.write_text(rendered, encoding="utf-8")
    else:
        sys.stdout.write(rendered)
    if failed:
        sys.exit(1)
    if fail_on and any(SEVERITY_RANK[c.severity] >= SEVERITY_RANK[fail_on] for r in reports for c in r.checks):
        sys.exit(EXIT_CHECKS_FAILED)
