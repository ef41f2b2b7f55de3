"""What the audit found, arranged for a reader: the data every output format is rendered from.

The audit stage (:mod:`kesos_extract.audit`) only judges: it gives one
:class:`~kesos_extract.models.Check` per claim. This module, above the pipeline, arranges those
checks for people:

- repeated checks (the same table printed twice: same check, verdict, stated value, expected
  value and operands) become one :class:`Finding` that lists each :class:`Place`;
- each finding is put under the program or chapter it stands in, with a likely cause read from
  its verdict, message and figures (rounding, truncation, a probable typo);
- the text is cut into :class:`Segment` s, each painted with the worst verdict of the checks that
  cover it, so that a mismatch overlapping a consistent check shows as a mismatch;
- the programs' budgets (pagu against realisasi) for the chart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Optional

from ..models import Check, Report, Section

#: Worst first. A segment covered by several checks is painted with the first of these.
VERDICT_ORDER = ("mismatch", "unparseable", "truncated", "capped", "consistent")
SEVERITY_ORDER = ("error", "warning", "info")
_RANK = {v: i for i, v in enumerate(VERDICT_ORDER)}


def worst(verdicts) -> str:
    """The worst of ``verdicts`` (``mismatch`` before ``unparseable`` before ... ``consistent``)."""
    return min(verdicts, key=_RANK.__getitem__)


@dataclass
class Place:
    """One place in the text where a finding's claim is made."""

    check: int  # index into Report.checks
    start: int
    end: int
    page: Optional[int]
    line: int  # 1-based line of Report.text
    quote: str
    section: str
    message: str

    @property
    def location(self) -> str:
        """'p. 5' where the source has pages, else 'line 430' of the text."""
        return f"p. {self.page}" if self.page else f"line {self.line}"


@dataclass
class Finding:
    """A claim the audit tested, once, with every place it is made."""

    number: int
    check: str
    verdict: str
    severity: str
    stated: Optional[float]
    expected: Optional[float]
    operands: dict
    message: str
    cause: Optional[str]
    places: list[Place]

    @property
    def section(self) -> str:
        return self.places[0].section

    @property
    def repeated(self) -> bool:
        return len(self.places) > 1


@dataclass
class Segment:
    """A stretch of the text covered by the same checks (none for plain text)."""

    start: int
    end: int
    checks: list[int] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)  # distinct, worst first

    @property
    def worst(self) -> Optional[str]:
        return self.verdicts[0] if self.verdicts else None

    @property
    def second(self) -> Optional[str]:
        """The next verdict below the worst that is not ``consistent`` (shown as an underline)."""
        rest = [v for v in self.verdicts[1:] if v != "consistent"]
        return rest[0] if rest else None


@dataclass
class ProgramBar:
    name: str
    pagu: float
    realisasi: float
    percent: Optional[float]  # as stated
    computed: float  # realisasi / pagu * 100
    mismatches: list[Finding]  # findings on the program's own budget figures


@dataclass
class ReportView:
    """One report, arranged for reading."""

    number: int
    report: Report
    findings: list[Finding]  # every verdict but consistent, in section order
    groups: list[Finding]  # every check, consistent ones too, repeated ones merged
    sections: list[tuple[str, list[Finding]]]
    by_severity: dict[str, int]
    by_check: list[tuple[str, dict[str, int]]]  # check -> verdict -> count
    by_section: list[tuple[str, dict[str, int]]]  # section -> {"checks", "error", "warning"}
    programs: list[ProgramBar]

    @property
    def path(self) -> str:
        return self.report.source.path

    @property
    def anchor(self) -> str:
        return f"r{self.number}"

    def place_anchor(self, place: Place) -> str:
        """The id of the highlighted segment where ``place`` starts."""
        return f"r{self.number}-at-{place.start}"

    def segments(self) -> list[Segment]:
        return segments(self.report)

    @property
    def starts(self) -> set[int]:
        """Offsets where a check starts: each is the id of the segment there."""
        return {c.start for c in self.report.checks if c.end > c.start}

    @property
    def flagged(self) -> list[Finding]:
        """Errors and warnings (what the text format lists)."""
        return [f for f in self.findings if f.severity in ("error", "warning")]


# --- where a place stands ----------------------------------------------------------------------

_OUTER_KINDS = ("chapter", "urusan", "agency", "program")


def _section_path(sections: list[Section], pos: int) -> list[Section]:
    """The chain of chapters, urusan, agencies and programs that contain ``pos``."""
    chain: list[Section] = []
    level = sections
    while True:
        inside = [s for s in level if s.start <= pos < s.end]
        if not inside:
            return chain
        s = inside[0]
        if s.kind in _OUTER_KINDS:
            chain.append(s)
        level = s.children


def _label(s: Section) -> str:
    title = " ".join(s.title.split())
    if len(title) > 90:
        title = title[:89] + "…"
    return " ".join(x for x in ((s.label or "").strip(), title) if x) or s.kind


def section_of(report: Report, pos: int) -> str:
    """'BAB II › 1 Program Pelayanan Administrasi Perkantoran': where ``pos`` stands; a program
    of ``report.programs`` that is not in the outline counts too."""
    chain = _section_path(report.sections, pos)
    if not any(s.kind == "program" for s in chain):
        for p in report.programs:
            if p.start <= pos < p.end:
                return " › ".join([_label(s) for s in chain] + [" ".join(p.name.split())])
    return " › ".join(_label(s) for s in chain) if chain else "(outside any chapter or program)"


# --- likely causes -------------------------------------------------------------------------------

def _dec(x: float) -> Decimal:
    return Decimal(repr(x))


def _decimals(x: Decimal) -> int:
    return max(0, -x.normalize().as_tuple().exponent)  # type: ignore[operator]


def _fmt(x: Decimal, d: int) -> str:
    return f"{x:,.{d}f}"


def _written(c: Check) -> str:
    """The stated value as the report wrote it ('97,80'), from the check's message."""
    m = re.search(r"stated ([0-9][0-9.,]*[0-9]|[0-9])", c.message)
    return m.group(1) if m else f"{c.stated:,}"


def likely_cause(c: Check) -> Optional[str]:
    """The likeliest reason a check is not consistent, from its verdict, message and figures;
    ``None`` for a consistent check. Never a certainty: it says 'probable' where it guesses."""
    if c.verdict == "consistent":
        return None
    if c.verdict == "truncated":
        if c.stated is not None and c.expected is not None:
            return f"truncation: {_fmt(_dec(c.expected), 4)} cut to {_written(c)}, not rounded"
        return "truncation: the exact value was cut, not rounded"
    if c.verdict == "capped":
        return "capped: an achievement over 100% reported as 100%"
    if c.verdict == "unparseable":
        reason = re.findall(r"\(([^()]*)\)\s*$", c.message)
        return "unreadable figure" + (f": {reason[-1]}" if reason else "")
    typo = re.search(r"probable typo[^;]*", c.message)
    if typo:
        return typo.group(0)
    if c.stated is None or c.expected is None:
        return None
    stated, expected = _dec(c.stated), _dec(c.expected)
    d = _decimals(stated)
    for k in range(0, d + 3):
        q = Decimal(1).scaleb(-k)
        if expected.quantize(q, rounding=ROUND_DOWN) == stated:
            return f"truncation: {_fmt(expected, 4)} cut to {_fmt(stated, k)}"
        if expected.quantize(q, rounding=ROUND_HALF_UP) == stated:
            # the verdict is a mismatch, so the value was written with more decimals than k
            return f"rounding: {_fmt(expected, 4)} rounded to {k} decimals, written as {_written(c)}"
    if c.check.endswith("_percent") and (Decimal(100) - expected).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP) == stated:
        return f"the complement: 100 - {_fmt(expected, 4)} = {_fmt(stated, d)} (the other column's share?)"
    want = expected.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    a, b = _fmt(want, d), _fmt(stated, d)
    if abs(want - stated) == Decimal(1).scaleb(-d):
        return f"off by one in the last digit ({a} expected, {b} written): a slip of rounding or of a digit"
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diff) == 1:
            return f"probable typo: one digit differs ({a} expected, {b} written)"
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return f"probable typo: two digits swapped ({a} expected, {b} written)"
    da, db = a.replace(",", "").replace(".", ""), b.replace(",", "").replace(".", "")
    if len(da) != len(db) and min(len(da), len(db)) >= 3:
        n = min(len(da), len(db))
        if da[-n + 1:] == db[-n + 1:] and da[-n] != db[-n]:
            return f"probable typo in the leading digits ({a} expected, {b} written)"
        if da[-n:] == db[-n:]:
            return f"probable typo: a digit added or lost at the front ({a} expected, {b} written)"
    if expected and stated:
        ratio = stated / expected
        for k in (3, 6, -3, -6):
            if abs(ratio - Decimal(10) ** k) / Decimal(10) ** k < Decimal("0.005"):
                return f"probable typo: a factor of {10 ** k if k > 0 else f'1/{10 ** -k}'} off (a scale slip)"
    return "no simple slip explains it (not rounding, truncation or one digit)"


# --- grouping ------------------------------------------------------------------------------------

def _key(c: Check) -> tuple:
    """Checks with the same key are one claim made in several places."""
    key: tuple = (c.check, c.verdict, c.stated, c.expected, tuple(sorted(c.operands.items())))
    if c.stated is None and not c.operands:
        key += (" ".join(c.quote.split()),)  # unparseable cells: the same cell text
    return key


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def group_checks(report: Report) -> list[Finding]:
    """Every check of ``report``, repeated ones merged, in order of their first place."""
    import bisect

    starts = _line_starts(report.text)
    groups: dict[tuple, Finding] = {}
    for i, c in enumerate(report.checks):
        place = Place(check=i, start=c.start, end=c.end, page=c.page, line=bisect.bisect_right(starts, c.start),
                      quote=c.quote, section=section_of(report, c.start), message=c.message)
        k = _key(c)
        if k in groups:
            groups[k].places.append(place)
        else:
            groups[k] = Finding(number=0, check=c.check, verdict=c.verdict, severity=c.severity, stated=c.stated,
                                expected=c.expected, operands=dict(c.operands),
                                message=c.message, cause=likely_cause(c), places=[place])
    out = sorted(groups.values(), key=lambda f: (f.places[0].start, f.places[0].end))
    for f in out:
        f.places.sort(key=lambda p: (p.start, p.end))
    return out


# --- highlighting --------------------------------------------------------------------------------

def segments(report: Report) -> list[Segment]:
    """The text cut at every check's start and end; each piece lists the checks covering it and
    their verdicts, worst first. Pieces cover the whole text in order."""
    n = len(report.text)
    cuts = {0, n}
    for c in report.checks:
        cuts.update((max(0, min(c.start, n)), max(0, min(c.end, n))))
    bounds = sorted(cuts)
    opens: dict[int, list[int]] = {}
    for i, c in enumerate(report.checks):
        if c.end > c.start:
            opens.setdefault(c.start, []).append(i)
    out: list[Segment] = []
    active: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = {i for i in active if report.checks[i].end > a}
        active.update(opens.get(a, ()))
        ids = sorted(active)
        verdicts = sorted({report.checks[i].verdict for i in ids}, key=_RANK.__getitem__)
        out.append(Segment(a, b, ids, verdicts))
    return out


# --- the report as a whole -----------------------------------------------------------------------

def _program_bars(report: Report, groups: list[Finding]) -> list[ProgramBar]:
    by_check = {p.check: g for g in groups for p in g.places}
    bars = []
    for p in report.programs:
        b = p.budget
        if not b.pagu or b.realisasi is None:
            continue
        spans = [s for s in (b.pagu_span, b.realisasi_span, b.percent_span) if s is not None]
        own: list[Finding] = []
        for i, c in enumerate(report.checks):
            if c.verdict != "mismatch":
                continue
            on_figures = any(c.start < s.end and s.start < c.end for s in spans)
            budget_claim = c.check in ("budget_percent", "program_sum") and p.start <= c.start < p.end
            if (on_figures or budget_claim) and by_check[i] not in own:
                own.append(by_check[i])
        bars.append(ProgramBar(name=" ".join(p.name.split()), pagu=b.pagu, realisasi=b.realisasi,
                               percent=b.percent, computed=b.realisasi / b.pagu * 100, mismatches=own))
    return bars


def build_view(report: Report, number: int = 1) -> ReportView:
    """Arrange ``report``'s checks for reading (see the module's docstring)."""
    groups = group_checks(report)
    findings = [g for g in groups if g.verdict != "consistent"]
    order: dict[str, int] = {}
    for f in findings:
        order.setdefault(f.section, len(order))
    findings.sort(key=lambda f: (order[f.section], f.places[0].start))
    for k, f in enumerate(findings, 1):
        f.number = k
    for k, g in enumerate((g for g in groups if g.verdict == "consistent"), len(findings) + 1):
        g.number = k
    sections: dict[str, list[Finding]] = {}
    for f in findings:
        sections.setdefault(f.section, []).append(f)
    sev = Counter(c.severity for c in report.checks)
    checks: dict[str, Counter] = {}
    for c in report.checks:
        checks.setdefault(c.check, Counter())[c.verdict] += 1
    per_section: dict[str, Counter] = {}
    for p, g in sorted(((p, g) for g in groups for p in g.places), key=lambda pg: pg[0].start):
        cnt = per_section.setdefault(p.section, Counter())
        cnt["checks"] += 1
        cnt[g.severity] += 1
    return ReportView(
        number=number, report=report, findings=findings, groups=groups, sections=list(sections.items()),
        by_severity={s: sev.get(s, 0) for s in SEVERITY_ORDER},
        by_check=sorted(((k, dict(v)) for k, v in checks.items()), key=lambda kv: -sum(kv[1].values())),
        by_section=[(k, {"checks": v["checks"], "error": v["error"], "warning": v["warning"]})
                    for k, v in per_section.items()],
        programs=_program_bars(report, groups),
    )


def build_views(reports: list[Report]) -> list[ReportView]:
    return [build_view(r, i) for i, r in enumerate(reports, 1)]


def summary_line(report: Report) -> str:
    """'<path>: 83 checks, 12 errors, 0 warnings (61 consistent, 12 mismatch, 10 truncated)'."""
    verdicts = Counter(c.verdict for c in report.checks)
    sev = Counter(c.severity for c in report.checks)
    parts = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items()))
    return (f"{report.source.path}: {len(report.checks)} checks, {sev['error']} errors, "
            f"{sev['warning']} warnings ({parts or 'nothing to check'})")
