"""Tables whose columns are aligned by position but not ruled (PDF pages without table lines).

pdfplumber's table finder needs rules. A table laid out with tab stops or borderless cells
reaches the reader as lines of positioned words, a row's cells side by side, each wrapped cell
going on in the lines below::

    No Indikator Kinerja                 Satuan  Target  Realisasi  Capaian (%)
       Persentase PMKS yang memperoleh
    1  bantuan sosial                       %       80      76,5       95,63

Such a table is found from its header: a line made only of column labels (the vocabulary of
``readers.flattened``). Then:

- each column ends in the widest stretch that no word of the table crosses, between its label
  and the next label (a "river");
- a word belongs to the column holding its middle;
- rows are told apart by the spacing of the lines (wider between rows than inside one), or else
  by the row number in the first column or the figures on a line (the first line of a row);
- the table ends at a wide vertical gap, at a word that straddles a river (a paragraph running
  across the columns), or at a line that is not a table line at all.

Only positions and words come in (:class:`PlacedLine`), so the module knows nothing of PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from .flattened import header_labels

MAX_HEADER_LINES = 3
# columns of a header line at the least: two label words on a line are too often a phrase
MIN_LABELS = 3
# lines farther apart (top to top) than this many times the closest pair end the table
END_GAP = 2.6
# lines farther apart than this share of the closest pair in the table are in different rows
ROW_GAP = 1.35

_FIGURE = regex.compile(r"^[+-]?\d[\d.,]*%?$")
_ROW_NUMBER = regex.compile(r"^\d{1,3}[.)]?$")


@dataclass(frozen=True)
class PlacedWord:
    text: str
    x0: float
    x1: float

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PlacedLine:
    top: float
    bottom: float
    words: list[PlacedWord] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class AlignedTable:
    """The rows of cells (header row first) and how many of the lines it was made of."""

    rows: list[list[str]]
    lines_used: int


def _rivers(labels: list[list[PlacedWord]], body: list[PlacedLine]) -> Optional[list[float]]:
    """The x where each column ends: the middle of the widest stretch between a label and the
    next that no word of the body crosses; None when two columns touch."""
    words = sorted((w.x0, w.x1) for ln in body for w in ln.words)
    bounds = []
    for left, right in zip(labels, labels[1:]):
        lo, hi = left[0].x0, right[-1].x1
        free: list[tuple[float, float]] = []
        x = lo
        for a, b in words:
            if b <= x or a >= hi:
                continue
            if a > x:
                free.append((x, a))
            x = max(x, b)
        if x < hi:
            free.append((x, hi))
        # the river must lie right of the left label's words and left of the right label's start
        free = [(max(a, left[-1].x1), min(b, right[0].x0)) for a, b in free]
        free = [(a, b) for a, b in free if b > a]
        if not free:
            return None
        a, b = max(free, key=lambda ab: ab[1] - ab[0])
        bounds.append((a + b) / 2)
    return bounds


def _column(x: float, bounds: list[float]) -> int:
    return sum(1 for b in bounds if x > b)


def _straddles(line: PlacedLine, bounds: list[float]) -> bool:
    return any(w.x0 < b < w.x1 for w in line.words for b in bounds)


def _header(lines: list[PlacedLine], i: int) -> Optional[tuple[list[list[PlacedWord]], int]]:
    labels: list[list[PlacedWord]] = []
    j = i
    while j < len(lines) and j - i < MAX_HEADER_LINES:
        got = header_labels(lines[j].words, open_label=bool(labels))  # type: ignore[arg-type]
        if got is None:
            break
        if labels:
            if got[0]:
                return None  # qualifiers under the labels: a two-level header, not handled here
            got = got[1:]
        labels.extend(got)  # type: ignore[arg-type]
        j += 1
    if len(labels) < MIN_LABELS:
        return None
    return labels, j


def _body(lines: list[PlacedLine], start: int) -> list[PlacedLine]:
    """The lines after the header up to a vertical gap wider than END_GAP times the closest
    spacing of lines (top to top) at the table's start."""
    tops = [ln.top for ln in lines[start - 1:start + 6]]
    pitch = min((b - a for a, b in zip(tops, tops[1:]) if b > a), default=0.0)
    out: list[PlacedLine] = []
    prev = lines[start - 1]
    for ln in lines[start:]:
        if pitch and ln.top - prev.top > END_GAP * pitch:
            break
        out.append(ln)
        prev = ln
    return out


def _group_rows(body: list[PlacedLine], cells: list[list[list[str]]], numbered: bool) -> list[list[int]]:
    """Indices of the body lines of each row."""
    pitches = [b.top - a.top for a, b in zip(body, body[1:])]
    if pitches and max(pitches) > ROW_GAP * min(pitches):
        rows = [[0]]
        for k, p in enumerate(pitches, start=1):
            if p > ROW_GAP * min(pitches):
                rows.append([k])
            else:
                rows[-1].append(k)
        return rows
    # evenly spaced lines: a row starts at its number, or else at a line with figures
    rows = []
    for k, line_cells in enumerate(cells):
        starts = bool(line_cells[0]) and _ROW_NUMBER.match(line_cells[0][0]) is not None if numbered \
            else any(_FIGURE.match(w) for c in line_cells[1:] for w in c)
        if starts or not rows:
            rows.append([k])
        else:
            rows[-1].append(k)
    return rows


def aligned_table_at(lines: list[PlacedLine], i: int) -> Optional[AlignedTable]:
    """The table whose header is ``lines[i]``, or None."""
    found = _header(lines, i)
    if found is None:
        return None
    labels, first = found
    body = _body(lines, first)
    # the body ends before the first line that leaves no river between two columns (a paragraph
    # running across them) or straddles one
    bounds: Optional[list[float]] = None
    for k in range(1, len(body) + 1):
        got = _rivers(labels, body[:k])
        if got is None or _straddles(body[k - 1], got):
            body = body[:k - 1]
            break
        bounds = got
    if not body or bounds is None:
        return None
    width = len(labels)
    cells = [[[w.text for w in ln.words if _column(w.middle, bounds) == j] for j in range(width)] for ln in body]
    numbered = " ".join(w.text.lower() for w in labels[0]).rstrip(".") in {"no", "nomor"}
    rows = _group_rows(body, cells, numbered)
    table = [[" ".join(w.text for w in label) for label in labels]]
    for row in rows:
        table.append([" ".join(w for k in row for w in cells[k][j]) for j in range(width)])
    # a table is at least two rows with something in two columns or more
    if sum(1 for r in table[1:] if sum(1 for c in r if c) >= 2) < 2:
        return None
    return AlignedTable(table, first - i + len(body))
