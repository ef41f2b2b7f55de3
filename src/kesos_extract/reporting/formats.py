"""The audit's findings as text, Markdown, CSV, JSON and one self-contained HTML page.

Every format carries the same arrangement (:mod:`.findings`): findings grouped by section or
program, repeated ones merged with each place listed, a likely cause for each.
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from typing import Callable, Optional

from ..models import Report
from .findings import VERDICT_ORDER, Finding, ReportView, build_views, summary_line

#: (path, reason) of the inputs that could not be read; rendered beside the reports.
Failures = list[tuple[str, str]]


def _one_line(text: str, limit: int = 240) -> str:
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _places(f: Finding) -> str:
    return "; ".join(p.location for p in f.places)


# --- text ----------------------------------------------------------------------------------------

def render_text(reports: list[Report], failures: Optional[Failures] = None) -> str:
    """A summary line per report, then each error and warning once, with its places and quote."""
    out = []
    for v in build_views(reports):
        flagged = v.flagged
        out.append(summary_line(v.report) + (f"; {len(flagged)} distinct findings" if flagged else ""))
        for f in flagged:
            where = f.places[0].location + (f" (+{len(f.places) - 1} more)" if f.repeated else "")
            out.append(f"  [{f.severity}] {where} {f.check}: {f.message}")
            if f.cause:
                out.append(f"      likely cause: {f.cause}")
            for p in f.places:
                lead = f"{p.location}: " if f.repeated else ""
                out.append(f"      {lead}\u201c{_one_line(p.quote)}\u201d")
    return "\n".join(out) + "\n" if out else ""


# --- markdown ------------------------------------------------------------------------------------

def _md(s: str) -> str:
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def _index_rows(views: list[ReportView]) -> list[tuple[str, int, int, int, int]]:
    return [(v.path, len(v.report.checks), v.by_severity["error"], v.by_severity["warning"], len(v.flagged))
            for v in views]


def render_markdown(reports: list[Report], failures: Optional[Failures] = None) -> str:
    views = build_views(reports)
    if not views:
        return ""
    out = ["# Audit", ""]
    if len(views) > 1 or failures:
        out += ["| report | checks | errors | warnings | findings |", "|---|---:|---:|---:|---:|"]
        out += [f"| [{_md(p)}](#{_slug(p)}) | {n} | {e} | {w} | {f} |" for p, n, e, w, f in _index_rows(views)]
        out += [f"| {_md(p)} | could not be read: {_md(why)} | | | |" for p, why in failures or []]
        out.append("")
    for v in views:
        out += [f"## {_md(v.path)}", "", summary_line(v.report), ""]
        if v.report.checks:
            out += ["| check | " + " | ".join(VERDICT_ORDER) + " |", "|---|" + "---:|" * len(VERDICT_ORDER)]
            for name, counts in v.by_check:
                out.append(f"| {name} | " + " | ".join(str(counts.get(x, 0)) for x in VERDICT_ORDER) + " |")
            out += ["", "| section | checks | errors | warnings |", "|---|---:|---:|---:|"]
            out += [f"| {_md(name)} | {c['checks']} | {c['error']} | {c['warning']} |" for name, c in v.by_section]
            out.append("")
        for section, findings in v.sections:
            out += [f"### {_md(section)}", ""]
            for f in findings:
                out.append(f"{f.number}. **{f.severity}** `{f.check}` ({f.verdict}): {_md(f.message)}")
                if f.cause:
                    out.append(f"   - likely cause: {_md(f.cause)}")
                for p in f.places:
                    out.append(f"   - {p.location}: \u201c{_md(_one_line(p.quote, 200))}\u201d")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _slug(path: str) -> str:
    """GitHub's heading anchor for a path: lower case, punctuation but - and _ dropped."""
    return "".join(ch for ch in path.lower().replace(" ", "-") if ch.isalnum() or ch in "-_")


# --- csv -----------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with = + - @, a tab or a
    carriage return gets a leading apostrophe (OWASP's advice on CSV injection)."""
    s = "" if cell is None else str(cell)
    return "'" + s if s.startswith(_FORMULA_START) else s


CSV_COLUMNS = ["file", "section", "finding", "places", "check", "verdict", "severity", "likely_cause", "page",
               "line", "start", "end", "stated", "expected", "quote", "message"]


def render_csv(reports: list[Report], failures: Optional[Failures] = None) -> str:
    """Every check, one row per place, grouped like the findings: the rows of a repeated claim
    share their ``finding`` number; non-consistent findings first, by section."""
    views = build_views(reports)
    if not views:
        return ""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for v in views:
        ordered = v.findings + [g for g in v.groups if g.verdict == "consistent"]
        for f in ordered:
            for p in f.places:
                row = [v.path, p.section, f.number, len(f.places), f.check, f.verdict, f.severity, f.cause or "",
                       p.page or "", p.line, p.start, p.end, "" if f.stated is None else f.stated,
                       "" if f.expected is None else f.expected, _one_line(p.quote, 1000), p.message]
                w.writerow([neutralise(x) for x in row])
    return buf.getvalue()


# --- json ----------------------------------------------------------------------------------------

def render_json(reports: list[Report], failures: Optional[Failures] = None) -> str:
    """Per report: its path, summary, every check as in the report JSON, and the findings."""
    views = build_views(reports)
    if not views:
        return ""
    return json.dumps([{
        "path": v.path, "summary": summary_line(v.report),
        "checks": [c.model_dump() for c in v.report.checks],
        "findings": [{"number": f.number, "section": f.section, "check": f.check, "verdict": f.verdict,
                      "severity": f.severity, "stated": f.stated, "expected": f.expected, "operands": f.operands,
                      "message": f.message, "likely_cause": f.cause,
                      "places": [{"check": p.check, "start": p.start, "end": p.end, "page": p.page, "line": p.line,
                                  "section": p.section, "quote": p.quote} for p in f.places]}
                     for f in v.findings],
    } for v in views], ensure_ascii=False, indent=1) + "\n"


# --- html ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("kesos_extract.reporting", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["money"] = _money
    env.filters["one_line"] = _one_line
    return env


def _money(x: float) -> str:
    """Rupiah for people: 'Rp 2,27 M' (miliar) or 'Rp 611 jt' (juta)."""
    if x >= 1e12:
        return f"Rp {x / 1e12:,.2f} T"
    if x >= 1e9:
        return f"Rp {x / 1e9:,.2f} M"
    if x >= 1e6:
        return f"Rp {x / 1e6:,.0f} jt"
    return f"Rp {x:,.0f}"


def chart(view: ReportView, width: int = 820, row: int = 22) -> dict:
    """Geometry of the budget chart: one bar per program, pagu (light) with realisasi over it, on
    one scale; programs whose own figures mismatch are marked."""
    bars = view.programs
    label_w, value_w = 290, 270
    plot_w = width - label_w - value_w
    top = max((b.pagu for b in bars), default=0) or 1
    rows = []
    for i, b in enumerate(bars):
        rows.append({"bar": b, "y": 18 + i * row, "pagu_w": max(1.0, plot_w * b.pagu / top),
                     "real_w": max(1.0, plot_w * min(b.realisasi, b.pagu * 2) / top),
                     "name": b.name if len(b.name) <= 40 else b.name[:39] + "…"})
    return {"width": width, "height": 18 + len(bars) * row + 8, "label_w": label_w, "plot_w": plot_w,
            "rows": rows, "value_x": label_w + plot_w + 6}


def render_html(reports: list[Report], failures: Optional[Failures] = None) -> str:
    """One self-contained page: an index when there are several reports, then per report the
    summary (counts, budget chart), the findings by section and the highlighted text."""
    views = build_views(reports)
    if not views:
        return ""
    return _environment().get_template("audit.html.j2").render(
        views=views, failures=failures or [], index_rows=_index_rows(views), verdicts=VERDICT_ORDER,
        summary_line=summary_line, chart=chart)


Renderer = Callable[..., str]
RENDERERS: dict[str, Renderer] = {"text": render_text, "markdown": render_markdown, "html": render_html,
                                  "csv": render_csv, "json": render_json}
