"""Tables whose columns are aligned by position but not ruled (PDF pages without table lines).

pdfplumber's table finder needs rules. A table laid out with tab stops or borderless cells
reaches the reader as lines of positioned words, a row's cells side by side, each wrapped cell
going on in the lines below::

    No Indikator Kinerja                 Satuan  Target  Realisasi  Capaian (%)
       Persentase PMKS yang memperoleh
    1  bantuan sosial                       %       80      76,5       95,63

Such a table is found from its header: a line made only of column labels (the vocabulary of
``readers.flattened``), with the label-only lines just above and below it, where a layout
engine puts the parts of header cells centred vertically ("Capaian" above, "(%)" below; a
"REALISASI" over three years above "No INDIKATOR SATUAN"). Pieces overlapping in x make one
column; a piece over several columns of the line below heads each of them. Then:

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

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

import regex

from .. import regex_cache
from ..grammar import load_grammar
from .flattened import _TOTAL_LABEL, header_labels

MAX_HEADER_LINES = 3
# columns of a header line at the least: two label words on a line are too often a phrase
MIN_LABELS = 3
# lines farther apart (top to top) than this many times the closest pair end the table
END_GAP = 2.6
# lines farther apart than this share of the closest pair in the table are in different rows
ROW_GAP = 1.35

# a figure, an accounting negative in parentheses among them ("(212.706)", "(14.327.500,00)")
_FIGURE = regex_cache.compile(r"^(?:[+-]?\d[\d.,]*%?|\((?:\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d{1,3},\d{1,2})\))$")
# a section's mark opening a line: "B.", "C)", "II."
_SECTION_MARK = regex_cache.compile(r"^(?:[A-Z]|[IVX]{1,4})[.)]$")
_ROW_NUMBER = regex_cache.compile(r"^\d{1,3}[.)]?$")
# a row's number or a sub-row's under it: "1", "2.", "1.1", "3.2.1"
_ROW_OR_SUB_NUMBER = regex_cache.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}[.)]?$")
# a numbered section's mark: "2.2", "3.1.4"
_SECTION_NUMBER = regex_cache.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
# the note under a table: its source, a remark
_SOURCE_NOTE = regex_cache.compile(r"^\W*(?:sumber(?:\s+data)?|keterangan|ket|catatan|source|note)\s*[.:]", regex.I)


@dataclass(frozen=True, slots=True)  # one a word of every page that may hold a table: kept small
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
    """The rows of cells (header row first) and the lines it was made of: ``first`` to ``end``
    (exclusive), indices into the lines it was found in. ``bounds``, ``x0``/``x1`` and
    ``numbered`` read its continuation on the next page (:func:`continued_rows`)."""

    rows: list[list[str]]
    first: int
    end: int
    bounds: list[float] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    numbered: bool = False
    body: int = 0  # index of the table's first line under its header
    # rows whose label ran on over the figure columns, their words placed in their columns (by
    # index into the lines; text laid out with spaces only: see :func:`_overflowing_figures`)
    replaced: dict[int, PlacedLine] = field(default_factory=dict)


def _rivers(columns: list[_Column], body: list[PlacedLine], space: float = 0.0) -> Optional[list[float]]:
    """The x where each column ends: the middle of the widest stretch between a column's label
    and the next one's that no word of the body crosses; None when two columns touch.
    ``space``: the width of the space between two words of a cell (1 in text laid out with
    spaces; 0 where it is not known)."""
    words = sorted((w.x0, w.x1) for ln in body for w in ln.words)
    bounds = []
    past_labels = False  # was the last bound a gutter right of the labels (_gutter_past_labels)?
    for k, (left, right) in enumerate(zip(columns, columns[1:])):
        lo, hi = left.x0, right.x1
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
        if past_labels:
            # the left column's figures stand right of its label: the river is past them
            free = [(a, b) for a, b in free if any(w0 >= bounds[-1] and w1 <= a for w0, w1 in words)]
        # the river lies right of the left label and left of the right label's start
        river = _widest([(max(a, left.x1), min(b, right.x0)) for a, b in free])
        if river is not None and river[1] - river[0] <= space and _figures_under_label_start(right, body):
            # figures set flush left under their label ("Anggaran (Rp)" over "445.250.000"), a
            # wrapped name of the column before running up to them: the column starts where they do
            bounds.append(right.x0 - space / 2 if space else right.x0)
            continue
        if river is not None and river[1] - river[0] <= space:
            # only the spaces between a cell's words are left of the right label: a name longer
            # than its label's column runs on under the next label ("Program Penunjang ...
            # Kabupaten/Kota" under "Program", up to "Pagu"), and the river is past its end
            run_on = _widest([(max(a, left.x1), b) for a, b in free])
            # or the left label runs on past its column's figures ("Sisa (Rp)" over right-aligned
            # "361.326.383", then "%" over "94,74"): the river is under the label's end, wider
            # than the space right of the right column's figures
            under = _widest([(a, min(b, right.x0)) for a, b in free])
            if under is not None and under[1] - under[0] > space and \
                    (run_on is None or under[1] - under[0] > run_on[1] - run_on[0]):
                run_on = under
            river = run_on or river
        past_before, past_labels = past_labels, False
        if river is None and space:
            after = columns[k + 2].x0 if k + 2 < len(columns) else float("inf")
            river = _gutter_past_labels(left, right, after, words, space, bounds[-1] if past_before and bounds else None)
            past_labels = river is not None
        if river is None or (bounds and (river[0] + river[1]) / 2 <= bounds[-1]):
            return None
        bounds.append((river[0] + river[1]) / 2)
    return bounds


def _gutter_past_labels(left: "_Column", right: "_Column", after: float, words: list[tuple[float, float]],
                        space: float, since: Optional[float] = None) -> Optional[tuple[float, float]]:
    """In text laid out with spaces, labels centred over figures wider than they are ("Pagu" and
    "Realisasi" over "1.284.500.000   1.231.962.000", "%" over "95,91"): no stretch is free between
    the labels, but the figures leave a gutter of two spaces or more between the columns: the
    first such gutter right of the left label's middle, before the label after the right one
    (``after``), not past the right label's end by more than a few spaces; where the bound before
    was such a gutter (``since``), past the left column's figures that stand right of it."""
    lo, hi = (left.x0 + left.x1) / 2, min(after, right.x1 + 8 * space)
    x = lo if since is None else max(lo, since)
    seen = since is None  # (a word of the left column passed)
    for a, b in words:  # (sorted by x0)
        if b <= x:
            continue
        if a >= hi:
            break
        if a - x > space and seen:
            return x, a
        x, seen = max(x, b), True
    return None


def _figures_under_label_start(right: "_Column", body: list[PlacedLine]) -> bool:
    """Do figures start where the right column's label starts, on two lines at least, and no word
    run across that start?"""
    flush = sum(1 for ln in body for w in ln.words if abs(w.x0 - right.x0) < 0.5 and _FIGURE.fullmatch(w.text))
    return flush >= 2 and not any(w.x0 < right.x0 - 0.5 < w.x1 for ln in body for w in ln.words)


def _widest(stretches: list[tuple[float, float]]) -> Optional[tuple[float, float]]:
    stretches = [(a, b) for a, b in stretches if b > a]
    return max(stretches, key=lambda ab: ab[1] - ab[0]) if stretches else None


def _column(x: float, bounds: list[float]) -> int:
    return sum(1 for b in bounds if x > b)


def _straddles(line: PlacedLine, bounds: list[float]) -> bool:
    return any(w.x0 < b < w.x1 for w in line.words for b in bounds)


@dataclass
class _Column:
    """A header column: the words of its label (top line first) and the x-range it anchors."""

    words: list[PlacedWord]
    x0: float
    x1: float

    @property
    def label(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class _Piece:
    """A label or qualifier of a header line, with the index of its line in the band."""

    words: list[PlacedWord]
    line: int

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


def _pieces(words: list[PlacedWord], *, first: bool = False) -> Optional[list[list[PlacedWord]]]:
    """A header line's labels, each qualifier on its own ("2009", "2010", "(%)"), and each cut
    where its words are far apart; None when a word is neither label nor qualifier."""
    got = header_labels(words, open_label=not first)  # type: ignore[arg-type]
    if got is None:
        return None
    groups = got if first else [[w] for w in got[0]] + list(got[1:])
    return _slashed_joined([p for g in groups for p in split_at_gaps(list(g))])  # type: ignore[arg-type]


_UP_TO = regex_cache.compile(r"s\.?\s?d\.?|s/d|sampai|thd\.?|terhadap", regex.I)


@lru_cache(maxsize=1)
def _name_words() -> regex.Pattern:
    """A word of a name column's label ("Program", "Kegiatan", "/"), as tables.yaml's
    flat_budget_header names them."""
    return regex.compile((load_grammar("tables").vocabulary or {})["flat_budget_header"]["name_words"], regex.I)


def _slashed_joined(pieces: list[list[PlacedWord]]) -> list[list[PlacedWord]]:
    """Labels a slash joins are one column's: "Program / Kegiatan", "Sasaran/ Indikator" (a label
    of alternatives centred over its column, its words read as two labels)."""
    out: list[list[PlacedWord]] = []
    for p in pieces:
        # (as near as a cell's words: a label wrapped after its slash, "Sasaran Strategis /" over
        # "Indikator Kinerja", is no label of the column beside it)
        # and of a name column's words only: "Sasaran Strategis / Indikator Kinerja" may head two
        # columns, the sasaran's and the indikator's, a body's rivers tell
        near = bool(out and p and out[-1]) and not split_at_gaps([out[-1][-1], p[0]])[1:]
        slashed = near and (out[-1][-1].text.endswith("/") or p[0].text.startswith("/")) and \
            not _name_words().sub("", " ".join(w.text for w in out[-1] + p)).strip()
        # ("s.d." then "Triwulan I (Rp)": what was realised up to the quarter, one label)
        up_to = near and len(out[-1]) == 1 and _UP_TO.fullmatch(out[-1][0].text) is not None
        if slashed or up_to:
            out[-1] = out[-1] + p
        else:
            out.append(p)
    return out


# words farther apart than this many letter widths stand in different columns
COLUMN_GAP = 2.5


def split_at_gaps(words: list[PlacedWord]) -> list[list[PlacedWord]]:
    """A label group cut where its words are far apart: "Kinerja (%)" on a second header line
    is "Kinerja" under one column and "(%)" under another."""
    out = [[words[0]]] if words else []
    for a, b in zip(words, words[1:]):
        letter = ((a.x1 - a.x0) + (b.x1 - b.x0)) / max(1, len(a.text) + len(b.text))
        if b.x0 - a.x1 > COLUMN_GAP * letter:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _joined(pieces: Optional[list[list[PlacedWord]]], join_below: float) -> Optional[list[list[PlacedWord]]]:
    """Pieces of a line less than ``join_below`` apart made one: in a table laid out with spaces,
    one space parts the words of one cell ("Sasaran Strategis / Indikator Kinerja"), two or more
    part columns."""
    if not pieces or join_below <= 0:
        return pieces
    out = [list(pieces[0])]
    for p in pieces[1:]:
        # ("% Graduasi" after "Jumlah": a percentage's column of its own)
        if p[0].x0 - out[-1][-1].x1 < join_below and not (p[0].text == "%" and len(p) > 1):
            out[-1].extend(p)
        else:
            out.append(list(p))
    return out


def _band(lines: list[PlacedLine], i: int, join_below: float = 0.0) -> Optional[tuple[int, int, list[_Piece]]]:
    """The header band around line ``i`` (a line of at least MIN_LABELS labels): the lines just
    above and below made only of labels and qualifiers, as a layout engine puts the parts of
    cells centred vertically ("Capaian" above the line, "(%)" below it). Its first line, the
    line after it, and its pieces."""
    main = _joined(_pieces(lines[i].words, first=True), join_below)
    if main is None or len(main) < MIN_LABELS:
        return None
    height = lines[i].bottom - lines[i].top
    near = 1.6 * height if height > 0 else float("inf")
    start, end = i, i + 1
    found: dict[int, list[list[PlacedWord]]] = {i: main}
    while start > 0 and i - start < MAX_HEADER_LINES - 1 and lines[start].top - lines[start - 1].top <= near:
        got = _joined(_pieces(lines[start - 1].words), join_below)
        if not got:
            break
        start -= 1
        found[start] = got
    while end < len(lines) and end - start < MAX_HEADER_LINES and lines[end].top - lines[end - 1].top <= near:
        got = _joined(_pieces(lines[end].words), join_below)
        if not got:
            break
        found[end] = got
        end += 1
    pieces = [_Piece(words, k - start) for k in range(start, end) for words in found[k]]
    return start, end, pieces


def _overlapping(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped where their x-ranges overlap, left to right."""
    groups: list[list[_Piece]] = []
    for p in sorted(pieces, key=lambda p: p.x0):
        if groups and p.x0 < max(q.x1 for q in groups[-1]):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


# a label this close (points, or characters in text) to the end of the column under it is set flush with it
FLUSH = 1.0


def _columns(pieces: list[_Piece]) -> list[_Column]:
    """Header columns from the band's pieces: pieces overlapping in x are one column, its label
    read top down. A piece over pieces of one lower line only heads a column of each of them and
    of the columns beside it made of pieces of that line alone ("REALISASI" over "2009 2010
    2011": three columns); "Capaian" over "(%)" stays one column."""
    clusters = _overlapping(pieces)
    heads: list[list[_Piece]] = [[] for _ in clusters]
    # how far each column given a spanning label is from it: a column between two spanning labels
    # is the nearer one's ("Tertangani" and "Belum Tertangani" over "Jiwa  %  Jiwa  %")
    head_gap: dict[int, float] = {}
    split: dict[int, list[list[_Piece]]] = {}  # a spanning piece's cluster, less that piece
    for k, cluster in enumerate(clusters):
        top = min(p.line for p in cluster)
        lows = {p.line for p in cluster if p.line != top}
        if len(lows) != 1:
            continue
        low = lows.pop()
        rest = _overlapping([p for p in cluster if p.line != top])
        # a label set flush with the left end of the column under it heads the columns to its
        # right only ("Realisasi" over "Rp  %"), one flush with its right end those to its left;
        # one set over the middle of a column ("REALISASI" over "2009 2010 2011") both: so
        # "Anggaran Setelah" over "Perubahan (Rp)" does not reach "Program / Kegiatan" to its left
        head = [p for p in cluster if p.line == top]
        under = [p for p in cluster if p.line != top]
        flush_left = abs(min(p.x0 for p in head) - min(p.x0 for p in under)) <= FLUSH
        flush_right = abs(max(p.x1 for p in head) - max(p.x1 for p in under)) <= FLUSH
        # a label inside the x-range of the one label under it is that column's first line
        # ("Belum" over "Tertangani", the next column "%" over "Tertangani"): it heads no other
        inside = len(rest) == 1 and min(p.x0 for p in head) >= min(p.x0 for p in under) - FLUSH and \
            max(p.x1 for p in head) <= max(p.x1 for p in under) + FLUSH
        siblings = []
        for step in (-1, 1):
            if step < 0 and flush_left or step > 0 and flush_right or inside:
                continue
            j = k + step
            while 0 <= j < len(clusters) and {p.line for p in clusters[j]} == {low}:
                siblings.append(j)
                j += step
        if len(rest) + len(siblings) > 1:
            spanning = [p for p in cluster if p.line == top]
            split[k] = rest
            x0, x1 = min(p.x0 for p in spanning), max(p.x1 for p in spanning)
            for j in [k, *siblings]:
                gap = max(0.0, x0 - max(p.x1 for p in clusters[j]), min(p.x0 for p in clusters[j]) - x1)
                if j in head_gap and head_gap[j] <= gap:
                    continue
                heads[j], head_gap[j] = spanning, gap
    out = []
    for k, cluster in enumerate(clusters):
        for part in split.get(k, [cluster]):
            words = [w for p in heads[k] + sorted(part, key=lambda p: (p.line, p.x0)) for w in p.words]
            out.append(_Column(words, min(p.x0 for p in part), max(p.x1 for p in part)))
    return out


def _body(lines: list[PlacedLine], start: int) -> list[PlacedLine]:
    """The lines from ``start`` up to a vertical gap wider than END_GAP times the closest
    spacing of lines (top to top) at the table's start; the line before ``start`` (the
    header's last) counts for the spacing."""
    tops = [ln.top for ln in lines[max(0, start - 1):start + 6]]
    pitch = min((b - a for a, b in zip(tops, tops[1:]) if b > a), default=0.0)
    out: list[PlacedLine] = []
    prev = lines[start - 1] if start else None
    for ln in lines[start:]:
        if prev is not None and pitch and ln.top - prev.top > END_GAP * pitch:
            break
        if prev is not None and pitch and ln.top - prev.top > ROW_GAP * pitch and ln.words and \
                (_SECTION_MARK.match(ln.words[0].text) or _SECTION_NUMBER.match(ln.words[0].text) and len(ln.words) > 1) \
                and not any(_FIGURE.match(w.text) for w in ln.words[1:]):
            break  # "B. Realisasi keuangan s.d. Triwulan II", "2.2 Kendala ..." after space: the next section's heading
        if ln.words and _SOURCE_NOTE.match(ln.text):
            break  # "Sumber: SIPD ...", "Keterangan: ..." under the last row: the table's note, no row
        out.append(ln)
        prev = ln
    return out


def _group_rows(body: list[PlacedLine], cells: list[list[list[str]]], numbered: bool) -> list[list[int]]:
    """Indices of the body lines of each row. Lines that overlap one another from top to bottom
    are one row's: a spreadsheet prints a row's figures in the middle of its height, between
    the lines of its wrapped name ("Rehabilitasi Sosial Dasar ... Lanjut Usia" / "1.06.04.2.01
    252.635.000 ..." / "Terlantar, serta ..."), and they are grouped as one line."""
    bands = _overlapping_bands(body)
    if len(bands) == len(body):
        return _group_lines(body, cells, numbered)
    band_lines = [PlacedLine(body[b[0]].top, max(body[k].bottom for k in b), [w for k in b for w in body[k].words])
                  for b in bands]
    band_cells = [[[w for k in b for w in cells[k][j]] for j in range(len(cells[b[0]]))] for b in bands]
    # (the rows' wrapped lines are the bands: the wider steps around a band are no gaps between rows)
    return [[k for n in row for k in bands[n]] for row in _group_lines(band_lines, band_cells, numbered, by_gaps=False)]


def _overlapping_bands(body: list[PlacedLine]) -> list[list[int]]:
    """The lines in runs whose each line starts above the bottom of the one before by more than
    a third of its height (no two lines of one cell, nor of two rows, overlap so)."""
    bands: list[list[int]] = []
    for k, ln in enumerate(body):
        prev = body[k - 1] if k else None
        if prev is not None and ln.top < prev.bottom - (prev.bottom - prev.top) / 3:
            bands[-1].append(k)
        else:
            bands.append([k])
    return bands


def _group_lines(body: list[PlacedLine], cells: list[list[list[str]]], numbered: bool, by_gaps: bool = True) -> list[list[int]]:
    pitches = [b.top - a.top for a, b in zip(body, body[1:])]
    if by_gaps and pitches and max(pitches) > ROW_GAP * min(pitches):
        rows = [[0]]
        for k, p in enumerate(pitches, start=1):
            # (in a numbered table a line with its own number opens a row however close it stands:
            # a kegiatan's "1.1" right under its program's name wrapped over two lines)
            if p > ROW_GAP * min(pitches) or numbered and cells[k] and cells[k][0] and \
                    _ROW_OR_SUB_NUMBER.match(cells[k][0][0]) is not None and \
                    any(_ROW_OR_SUB_NUMBER.match(cells[x][0][0]) for x in rows[-1] if cells[x] and cells[x][0]):
                rows.append([k])
            else:
                rows[-1].append(k)
        # lines set close, each a name and its figures: a row a line, the wider gaps those around
        # a total row or a group (a LaTeX table whose rules, above "Jumlah", add space), not
        # between rows of several lines
        return [[k] for group in rows for k in group] if all(
            len(group) == 1 or all(_has_name_and_figures(cells[k]) for k in group) for group in rows) \
            and any(len(group) > 1 for group in rows) else rows
    # evenly spaced lines: a row starts at its number, or else at a line with figures, or at a
    # bulleted name ("- Rehabilitasi Sosial Dasar ... Lanjut Usia" over "Terlantar, ... 1.584.000.000
    # 701.245.600 44,27": a kegiatan under its program, its figures on its name's last line)
    rows: list[list[int]] = []
    bulleted = False  # did the current row open with a bullet, and has it no figures yet?
    has_figures = [any(_FIGURE.match(w) for c in line_cells[1:] for w in c) for line_cells in cells]
    going_on = False  # did the line before end a name that goes on in this line?
    for k, line_cells in enumerate(cells):
        figures = has_figures[k]
        if numbered:
            # (a numbered table's total row has no number: "Jumlah" and its figures)
            # (nor a kegiatan's row under its numbered program, its code in the next column: "" |
            # "1.06.01.2.01" | "Perencanaan, ...")
            starts = bool(line_cells[0]) and _ROW_OR_SUB_NUMBER.match(line_cells[0][0]) is not None or \
                any(_TOTAL_LABEL.match(" ".join(c)) for c in line_cells[:2] if c) or \
                not line_cells[0] and len(line_cells) > 1 and bool(line_cells[1]) and _CODE.fullmatch(line_cells[1][0]) is not None or \
                figures and opens_with_mark(next((c[0] for c in line_cells if c), ""))  # ("- Pemberdayaan Sosial KAT  200.000.000 ...")
        else:
            first = next((c[0] for c in line_cells if c), "")
            bullet = opens_with_mark(first)
            starts = bullet or figures and not bulleted and not going_on
            bulleted = bullet and not figures if starts else bulleted and not figures
            going_on = False
            if not starts and rows and not figures:
                row = rows[-1]
                row_figures = any(has_figures[x] for x in row)
                # words only, set left of the row's first line: no cell's wrapped words (they go on
                # at the cell's edge or indented from it) but the next group's label ("Belanja
                # Modal" under "   Belanja Bantuan Sosial  1.850.000 ...")
                starts = row_figures and _indent(body[k]) < _indent(body[row[0]]) - 1.0
                # a name cut after a word that cannot end it, over a line with figures ("Belanja
                # Modal Peralatan dan" over "Mesin  623.400 ..."): the name and its figures are
                # a row of their own, under a row that has its figures or under a group's label
                # it stands indented from ("Belanja Modal" over "   Belanja Modal Gedung dan")
                if k + 1 < len(cells) and has_figures[k + 1] and name_goes_on(line_cells):
                    going_on = True
                    starts = starts or row_figures or len(row) == 1 and not _name_goes_on_word(cells[row[0]]) \
                        and _indent(body[k]) > _indent(body[row[0]]) + 1e-6
                # words only under a total's row: the next group's label, a row of its own (a
                # total's label is not wrapped)
                starts = starts or row_figures and _OPENS_TOTAL.match(" ".join(cells[row[0]][0])) is not None
        if starts or not rows:
            rows.append([k])
        else:
            rows[-1].append(k)
    return rows


# the words a name cannot end with: a name cut after one goes on in the next line
_CONNECTOR = regex_cache.compile(r"(?:dan|serta|atau|dan/atau|yang|untuk|bagi|di|ke|dari|pada|dengan|terhadap"
                                 r"|melalui|oleh|dalam|antar|para|&|.*[,/])", regex.I)
# a total row's label: "Jumlah Belanja Operasi", "JUMLAH BELANJA", "Sub Total"
_OPENS_TOTAL = regex_cache.compile(r"\W*(?:jumlah|jml|total|sub\s*total)\b", regex.I)


def _name_goes_on_word(line_cells: list[list[str]]) -> bool:
    words = [w for c in line_cells for w in c]
    return bool(words) and _CONNECTOR.fullmatch(words[-1]) is not None


def name_goes_on(line_cells: list[list[str]]) -> bool:
    """Is a body line words only (no figure after its first column) whose last word is one a
    name cannot end with ("dan", "serta", "yang", a comma)?"""
    return not any(_FIGURE.match(w) for c in line_cells[1:] for w in c) and _name_goes_on_word(line_cells)


def _indent(line: PlacedLine) -> float:
    return line.words[0].x0 if line.words else 0.0


def _has_name_and_figures(line_cells: list[list[str]]) -> bool:
    """Has a body line words in its first column and a figure in another?"""
    return bool(line_cells and line_cells[0]) and any(_FIGURE.match(w) for c in line_cells[1:] for w in c)


_BULLETS = frozenset({"-", "\u2013", "\u2022", "\u25aa", "\u25cf", "*"})
# a code of the nomenclature opening a row ("1.06.06.2.02 Penyelenggaraan ... Bencana" over
# "Kabupaten/Kota  225.000.000 ...": its figures on its name's last line)
_CODE = regex_cache.compile(r"\d{1,2}(?:\.\d{1,4}){2,5}")


def opens_with_mark(word: str) -> bool:
    """Is a row's first word a bullet or a nomenclature code, which opens a row of its own?"""
    return word in _BULLETS or _CODE.fullmatch(word) is not None


def aligned_table_at(lines: list[PlacedLine], i: int, join_below: float = 0.0, space: float = 0.0) -> Optional[AlignedTable]:
    """The table whose header band holds ``lines[i]`` (a line of column labels), or None.
    ``join_below``: header labels closer than this are one column's (see :func:`_joined`);
    ``space``: the width of a space between a cell's words (see :func:`_rivers`)."""
    band = _band(lines, i, join_below)
    if band is None:
        return None
    first, after, pieces = band
    columns = _columns(pieces)
    if len(columns) < MIN_LABELS:
        return None
    body = _body(lines, after)
    # the body ends before the first line that leaves no river between two columns (a paragraph
    # running across them) or straddles one
    bounds: Optional[list[float]] = None
    aligned: list[PlacedLine] = []  # the lines the rivers are found from
    overflowing: dict[int, int] = {}  # body line -> its trailing figures (a label run on over them)
    run_on: dict[int, int] = {}  # body line -> the column its label's words ran on from
    for k in range(1, len(body) + 1):
        line = body[k - 1]
        figures = _overflowing_figures(line, len(columns), space)
        if figures:
            overflowing[k - 1] = figures  # placed once the columns' ends are known
            continue
        got = _rivers(columns, aligned + [line], space)
        if got is None or _straddles(line, got):
            col = _label_run_on(line, body[k - 2] if k >= 2 else None, bounds, space, aligned)
            if col is not None:
                run_on[k - 1] = col
                continue
            figures = _right_aligned_figures(line, aligned, bounds, len(columns), space)
            if figures:
                overflowing[k - 1] = figures
                continue
            body = body[:k - 1]
            break
        aligned.append(line)
        bounds = got
    if not body or bounds is None:
        return None
    replaced = {k: _placed_in_columns(body[k], figures, bounds) for k, figures in overflowing.items() if k < len(body)}
    replaced.update((k, _placed_in_column(body[k], col, bounds)) for k, col in run_on.items() if k < len(body))
    body = [replaced.get(k, line) for k, line in enumerate(body)]
    numbered = columns[0].label.lower().rstrip(".") in {"no", "nomor"}
    rows = _rows(body, bounds, len(columns), numbered)
    # a table is at least two rows with something in two columns or more
    if _full_rows(rows) < 2:
        return None
    words = [w for ln in body for w in ln.words]
    return AlignedTable([[col.label for col in columns], *rows], first, after + len(body), bounds,
                        min([columns[0].x0, *(w.x0 for w in words)]), max([columns[-1].x1, *(w.x1 for w in words)]),
                        numbered, after, {after + k: line for k, line in replaced.items()})


def _label_run_on(line: PlacedLine, before: Optional[PlacedLine], bounds: Optional[list[float]],
                  space: float, aligned: list[PlacedLine]) -> Optional[int]:
    """In text laid out with spaces, a row's label wrapped onto a line of its own that runs on
    past its column into the next one, no figure on it ("1.06.04.2.01  Rehabilitasi Sosial Dasar
    Penyandang  1.836.500.000,00 ..." / "Lanjut Usia Terlantar, serta Gelandangan" reaching under
    the figures of the line above): the column its words belong to; else None. One run of
    words a space apart, right under the line before (no blank line between), reaching no further
    than the column after its own: a paragraph after the table runs across the columns."""
    if space <= 0 or bounds is None or before is None or not line.words or \
            line.top - before.top > ROW_GAP * (line.bottom - line.top) / LINE_HEIGHT_SHARE:
        return None
    words = line.words
    if any(_FIGURE.match(w.text) for w in words) or \
            any(b.x0 - a.x1 > 1.5 * space for a, b in zip(words, words[1:])):
        return None
    col = _column(words[0].x0, bounds)
    if col + 1 >= len(bounds) or words[-1].x1 > bounds[col + 1]:
        return None
    # (the column of the rows' labels, words in most of them: not a column of numbers, under which
    # a note starts, "Sumber: Dinas Sosial, diolah")
    cells = [[w for w in ln.words if _column(w.middle, bounds) == col] for ln in aligned]
    worded = sum(1 for c in cells if any(_LETTERS.search(w.text) for w in c))
    return col if worded * 2 > sum(1 for c in cells if c) else None


_LETTERS = regex_cache.compile(r"\p{L}{2}")


def _right_aligned_figures(line: PlacedLine, aligned: list[PlacedLine], bounds: Optional[list[float]], width: int,
                           space: float) -> int:
    """In text laid out with spaces, a row whose figures are wider than any above and reach
    left over the columns' gutter, each ending where the figures of its column end ("JUMLAH
    BELANJA  17.170.515.000,00 ..." under "8.325.665.000,00"): the number of its figures, which
    then fill the last columns one each; else 0."""
    if space <= 0 or bounds is None:
        return 0
    words = line.words
    t = 0
    while t < len(words) and _FIGURE.match(words[-1 - t].text):
        t += 1
    if t < 2 or t >= width or t == len(words):
        return 0
    ends: dict[int, set[float]] = {}
    for ln in aligned:
        for w in ln.words:
            if _FIGURE.match(w.text):
                ends.setdefault(_column(w.middle, bounds), set()).add(w.x1)
    first = width - t
    if any(w.x1 > bounds[first - 1] for w in words[:-t]):
        return 0  # (the label itself runs over the first figures' column: its words say nothing of theirs)
    return t if all(any(abs(w.x1 - e) <= 0.5 * space for e in ends.get(first + n, ()))
                    for n, w in enumerate(words[-t:])) else 0


LINE_HEIGHT_SHARE = 0.8  # a line's height, of the distance from its top to the next line's in text (spaced.LINE_HEIGHT)


def _placed_in_column(line: PlacedLine, col: int, bounds: list[float]) -> PlacedLine:
    """The line's words all placed in column ``col``: those past its end just inside it."""
    edge = bounds[col] - 0.5 if col < len(bounds) else None
    return PlacedLine(line.top, line.bottom, [w if edge is None or _column(w.middle, bounds) <= col
                                              else replace(w, x0=edge, x1=edge) for w in line.words])


def _overflowing_figures(line: PlacedLine, width: int, space: float) -> int:
    """In text laid out with spaces (``space`` > 0), a row whose label is longer than its column
    and pushed its figures on, one space apart ("1.13.15  Program Pemberdayaan Fakir Miskin, KAT
    dan PMKS Lainnya 2.436.500.000 2.318.905.000  117.595.000  95,17"): the number of figures
    at the line's end, which then fill the last columns one each; else 0."""
    if space <= 0:
        return 0
    words = line.words
    t = 0
    while t < len(words) and _FIGURE.match(words[-1 - t].text):
        t += 1
    # (a number the label ends with, far from the figures: "JUMLAH BELANJA BIDANG 3, 4 DAN 5"
    # then the row's figures at their columns; run-on figures stand a space or two apart)
    while t >= 2 and words[-t + 1].x0 - words[-t].x1 > _RUN_ON_GAP * space:
        t -= 1
    if t < 2 or t >= width or t == len(words):
        return 0
    last_word, first_figure = words[-1 - t], words[-t]
    if _CURRENCY.match(last_word.text):
        return 0  # "Rp 800.000.000 Rp 760.000.000": the cells' own "Rp", no label run on
    return t if first_figure.x0 - last_word.x1 <= space else 0


_CURRENCY = regex_cache.compile(r"^(?:Rp\.?|IDR)$", regex.I)
_RUN_ON_GAP = 8  # spaces: figures a label pushed on stand closer together than this


def _placed_in_columns(line: PlacedLine, figures: int, bounds: list[float]) -> PlacedLine:
    """The line's words placed in their columns: its last ``figures`` words in the last columns,
    one each, its other words where they stand but not past the label's column."""
    width = len(bounds) + 1
    label_column = width - figures - 1
    edges = [bounds[0] - 2.0, *bounds, bounds[-1] + 2.0]
    words = []
    for n, w in enumerate(line.words):
        k = n - (len(line.words) - figures)
        if k >= 0:
            col = label_column + 1 + k
            x = (edges[col] + edges[col + 1]) / 2
        elif _column(w.middle, bounds) > label_column:
            x = edges[label_column + 1] - 0.5
        else:
            words.append(w)
            continue
        words.append(replace(w, x0=x, x1=x))
    return PlacedLine(line.top, line.bottom, words)


# a figure cut where its cell was too narrow: "3.450.000." over "000", "800.000.00" over "0"
_CUT_FIGURE = regex_cache.compile(r"^[+-]?\d{1,3}(?:\.\d{3})*(?:\.|\.\d{1,2}|,\d*)?$")
_FIGURE_TAIL = regex_cache.compile(r"^\d[\d.,]*%?$")


def _cell_text(pieces: list[str]) -> str:
    """A cell's words over its lines, a space between them; but a figure wrapped inside a
    narrow cell is one figure again: the piece before ends in a digit or a separator, the piece
    after is digits, and together they make one figure of Indonesian separators."""
    out = ""
    for piece in pieces:
        if out and _CUT_FIGURE.match(out.rsplit(" ", 1)[-1]) and _FIGURE_TAIL.match(piece) \
                and _FIGURE.match(out.rsplit(" ", 1)[-1] + piece) and _one_figure(out.rsplit(" ", 1)[-1] + piece):
            out += piece
        else:
            out = f"{out} {piece}" if out else piece
    return out


def _one_figure(text: str) -> bool:
    """Does ``text`` read as one figure with dots every three digits ("3.450.000.000",
    "1.250,50")?"""
    return bool(regex.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?", text))


def _rows(body: list[PlacedLine], bounds: list[float], width: int, numbered: bool) -> list[list[str]]:
    cells = [[[w.text for w in ln.words if _column(w.middle, bounds) == j] for j in range(width)] for ln in body]
    return [[_cell_text([w for k in row for w in cells[k][j]]) for j in range(width)]
            for row in _group_rows(body, cells, numbered)]


def _full_rows(rows: list[list[str]]) -> int:
    return sum(1 for r in rows if sum(1 for c in r if c) >= 2)


# how far (in points) a continued row's words may stand outside the table's x-range
EDGE = 6.0


def continued_rows(lines: list[PlacedLine], table: AlignedTable) -> Optional[tuple[list[list[str]], int]]:
    """The rows that go on at the top of the next page (no header repeated): the lines from
    the first that fit the table's columns, up to a wide gap, a word straddling a column's end
    or standing outside the table. Their rows, and how many lines they took; None when the
    page does not start with such rows."""
    body = _body(lines, 0)
    for k, ln in enumerate(body):
        if _straddles(ln, table.bounds) or any(w.x0 < table.x0 - EDGE or w.x1 > table.x1 + EDGE for w in ln.words):
            body = body[:k]
            break
    if not body:
        return None
    rows = _rows(body, table.bounds, len(table.bounds) + 1, table.numbered)
    if _full_rows(rows) < 1:
        return None
    return rows, len(body)
