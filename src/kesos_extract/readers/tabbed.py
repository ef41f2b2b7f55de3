"""Tab-laid text recovered from the positions of a PDF's glyphs.

A table typed with tab stops (a Word paragraph per row, cells separated by tabs, or a text file
opened in a word processor) reaches a PDF with no rules and often with no column alignment at
all: a tab jumps to the next tab stop after the text before it, so a row whose label is long
has its figures further right than the next row's, and a row longer than the line wraps like
any paragraph::

    No  SASARAN STRATEGIS  INDIKATOR KINERJA UTAMAA  2018
                TARGET  REALISASI  TINGKAT CAPAIAN
            Jumlah Korban Bencana yang dievakuasi  430  425  96%
            Persentase korban bencana yang ditangan  100,00  100,00  100
    %

What survives is where each glyph stands. Here the tabs are read back from it:

- the gap that a tab leaves is unlike a space: wider than the spaces of its line (a justified
  line stretches all its spaces alike), or of any width, even narrower than a space, when the
  glyph after it stands on a tab stop of the document and the line has a sure tab already;
- the tab stops are learned from the document: where glyphs land after sure tabs and where
  indented lines start; when they fall on a regular grid from the left margin (the default
  stops of word processors), the whole grid;
- a line that starts on the k-th stop starts with k tabs (empty leading cells);
- lines are joined into paragraphs (the source's rows): a line is a new paragraph when its
  first word would have fitted at the end of the line before (a layout engine breaks a line
  only where the next word does not fit), or after a blank line's gap; a paragraph that went
  on after a tab goes on with as many tabs as its stops.

The paragraphs are then cut into blocks by the text reader's rules for tab-laid lines
(:func:`~kesos_extract.readers.text.split_blocks`), so a table reads the same from the PDF as
from the text it was made of. Only positions come in (:class:`Piece`), so the module knows
nothing of PDFs.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, pairwise
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence

import numpy as np
import regex

from .. import regex_cache

# glyphs farther apart than this (points) are separate pieces: a space, a tab, or a tab that
# left less room than a space ("direhabilitasi" and "250,00" on a stop right after it)
PIECE_GAP = 0.5
# a glyph this close (points) to a tab stop stands on it
ON_STOP = 0.6
# gaps wider than this many of the line's spaces are tabs
TAB_SPACES = 1.5
# a stop is learned where at least this many glyphs land after sure tabs or lines start
MIN_LANDINGS = 3
# a row of a group's label alone: words, no figure, no sentence's end
_HEADING_ROW = regex_cache.compile(r"[^\d.:;!?]*[^\d\s.:;!?]").fullmatch
GRID_TOLERANCE = 0.05  # of a character's width: a fixed-pitch font's glyphs stand on its grid exactly
MIN_PITCHED = 0.95  # share of the pieces as wide as their characters at one pitch in a fixed-pitch document


class Piece(NamedTuple):
    """Glyphs with no gap between them, and where they stand. A named tuple: a long PDF makes
    one for every run of glyphs, several times over (a frozen dataclass is made three times
    slower)."""

    text: str
    x0: float
    x1: float


@dataclass(slots=True)  # one a line of a document, all at once while its layout is learned
class TabLine:
    top: float
    bottom: float
    pieces: list[Piece] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.pieces[0].x0 if self.pieces else 0.0

    @property
    def x1(self) -> float:
        return self.pieces[-1].x1 if self.pieces else 0.0

    def gaps(self) -> list[float]:
        """The room between each piece and the next."""
        pieces = self.pieces
        return [b.x0 - a.x1 for a, b in zip(pieces, pieces[1:])]

    def starts(self) -> list[float]:
        """Where each piece after the first starts (the piece after each gap)."""
        return [p.x0 for p in self.pieces[1:]]

    def glyphs(self) -> str:
        """The pieces' texts run together."""
        return "".join([p.text for p in self.pieces])

    def has_glyphs(self) -> bool:
        return bool(self.pieces)

    def span(self) -> tuple[float, float]:
        """:attr:`x0` and :attr:`x1` at once."""
        return self.x0, self.x1

    def positions(self) -> list[float]:
        """For each piece the end of its text in :meth:`glyphs`, its x0 and its x1, in one flat
        list (a packed line, readers/pdf.py, gives them without making a piece)."""
        out: list[float] = []
        end = 0
        for p in self.pieces:
            end += len(p.text)
            out += (end, p.x0, p.x1)
        return out

    def placed_text(self) -> tuple[list[float], str]:
        """:meth:`positions` and :meth:`glyphs` at once (a packed line reads both in one go)."""
        return self.positions(), self.glyphs()


def pieces_of(glyphs) -> list[Piece]:
    """A line's glyphs, in reading order, cut where they stand apart. A glyph is a tuple whose
    first three items are its text, x0 and x1 (PDFium's characters are; pdfplumber's char dicts
    are turned into such by the caller)."""
    out: list[Piece] = []
    text, x0, x1 = "", 0.0, 0.0
    gap = PIECE_GAP
    for g in glyphs:
        t = g[0]
        if not t or t.isspace():
            continue
        a = g[1]
        # a figure glued to the word before it by a tab that left almost no room stands apart
        if text and (a - x1 > gap or a - x1 > 0.05 and t[:1].isdigit() and text[-1:].isalpha()):
            out.append(Piece(text, x0, x1))
            text = ""
        if not text:
            x0 = a
        text += t
        x1 = g[2]
    if text:
        out.append(Piece(text, x0, x1))
    return out


@dataclass
class Layout:
    """What the document's lines say of its layout: the width of a space, the left margin, the
    right end of a full line and the tab stops."""

    space: float
    margin: float
    right: float
    stops: list[float]
    # a document printed in one fixed-pitch font (a text file as LibreOffice prints it): the
    # width of its characters; None in a proportional font
    pitch: Optional[float] = None

    def off_grid(self, x: float, after: float) -> bool:
        """Does a piece starting at x stand off the characters' grid counted from the end of the
        piece before it (``after``), so that no run of spaces but a tab put it there? Never in
        a proportional font."""
        if self.pitch is None or x - after < 0.5 * self.pitch:
            return False
        k = (x - after) / self.pitch
        return abs(k - round(k)) > GRID_TOLERANCE

    def stops_in(self, a: float, b: float) -> int:
        """How many stops lie in (a, b], give or take ON_STOP at b."""
        return max(0, bisect_right(self.stops, b + ON_STOP) - bisect_right(self.stops, a + ON_STOP))

    def on_stop(self, x: float) -> bool:
        k = bisect_left(self.stops, x - ON_STOP)
        return k < len(self.stops) and abs(self.stops[k] - x) <= ON_STOP

    def next_stop(self, x: float) -> Optional[float]:
        k = bisect_right(self.stops, x + 0.1)
        return self.stops[k] if k < len(self.stops) else None


def _mode(values: Iterable[float], step: float = 0.1) -> Optional[float]:
    """The commonest value, to ``step``; the values may be a generator (a document's every gap
    is never held at once)."""
    counts = Counter(round(v / step) for v in values)
    return counts.most_common(1)[0][0] * step if counts else None


def _array_mode(values: "array[float]", step: float = 0.1) -> Optional[float]:
    """:func:`_mode` of values held in an array, counted at once: the same value (the first
    reached of the commonest, as Counter.most_common gives it)."""
    counter = ModeCounter(step)
    counter.add(np.frombuffer(values, dtype=np.float64) if len(values) else np.zeros(0))
    return counter.mode()


class ModeCounter:
    """:func:`_mode` of values given a chunk at a time: each chunk's values are counted as it
    comes, so a long document's values (the gaps between its words: 170,000 at 585 pages) are
    never held together, nor the sorted copies that counting them at once takes (some four times
    their size)."""

    def __init__(self, step: float = 0.1):  # noqa: D107
        self.step = step
        self.seen = 0
        self.counts: dict[int, list[int]] = {}  # key: [count, where it was first reached]

    def add(self, values: np.ndarray) -> None:
        if not len(values):
            return
        keys = np.rint(values / self.step)  # round() of each, half to even
        unique, first, counts = np.unique(keys, return_index=True, return_counts=True)
        for key, at, n in zip(unique.tolist(), first.tolist(), counts.tolist()):
            known = self.counts.get(key)
            if known is None:
                self.counts[key] = [n, self.seen + at]
            else:
                known[0] += n
        self.seen += len(values)

    def mode(self) -> Optional[float]:
        """The commonest value to ``step`` (the first reached of the commonest); None for none."""
        if not self.counts:
            return None
        key = min(self.counts, key=lambda k: (-self.counts[k][0], self.counts[k][1]))
        return int(key) * self.step


def _gaps(line: TabLine) -> list[float]:
    return line.gaps()


def _line_space(gaps: list[float], space: float) -> float:
    """The line's own space: the commonest gap not wider than a tab could be mistaken for (a
    justified line stretches its spaces), else the document's."""
    if not gaps:
        return space
    low = space * 0.8  # (once: called for every line of a document)
    wide = [g for g in gaps if g >= low]
    # every gap alike, though they fall on both sides of a step of the count below (4.88 and
    # 4.93): the spaces of a line set larger than the body (a heading), not tabs
    if len(wide) >= 2 and len(wide) == len(gaps) and max(wide) - min(wide) <= 0.3:
        return sum(wide) / len(wide)
    every = Counter(round(g / 0.2) for g in wide)
    if every:
        step, n = every.most_common(1)[0]
        if n >= 2 and n * 2 >= len(gaps):  # a justified line: most of its gaps alike
            return step * 0.2
    high = space * 2.5
    counts = Counter(round(g / 0.2) for g in gaps if low <= g <= high)
    if not counts:
        return space
    step, n = counts.most_common(1)[0]
    return step * 0.2 if n >= 2 else space


def _spaces(g: float, space: float) -> bool:
    """Is the gap a run of spaces (two spaces typed where one would do)?"""
    n = round(g / space)
    return n >= 1 and abs(g - n * space) <= 0.3


def _sure_tab(g: float, line_space: float, space: float, lands: Optional[bool] = None) -> bool:
    """A gap wider than the line's spaces that is no run of spaces, or that lands on a stop
    (``lands``: None while the stops are being learned)."""
    if g <= TAB_SPACES * max(line_space, space):
        return False
    return bool(lands) or not _spaces(g, space) and not _spaces(g, line_space)


def learn_layout(lines: Iterable[TabLine]) -> Optional[Layout]:
    """The layout of a document from all its lines; None when nothing is known. ``lines`` is gone
    over three times: a list, or an object that makes the lines anew each time it is gone over
    (readers/pdf.py: a long document's lines are never all made at once)."""
    def kept() -> Iterator[TabLine]:
        return (ln for ln in lines if ln.has_glyphs())

    heights, lefts, rights = array("d"), array("d"), array("d")
    for ln in kept():
        heights.append(ln.bottom - ln.top)
        x0, x1 = ln.span()
        lefts.append(x0)
        rights.append(x1)
    if not heights:
        return None
    size = _array_mode(heights, 0.5) or 10.0
    margin = _array_mode(lefts, 0.5) or 0.0
    pitch = _fixed_pitch(islice(kept(), FIXED_PITCH_SAMPLE))
    # a packed line (readers/pdf.py) tells its gaps without unpacking its pieces; the gaps are
    # counted a chunk of lines at a time (ModeCounter). In the same pass, a fixed-pitch print's
    # landings: a tab lands where no run of spaces could, off the grid of the characters before
    # it (an indent of spaces is no landing): Layout.off_grid of each piece's x0 from the x1 of
    # the one before, and of each line's x0 from the margin (round() and np.rint both round
    # half to even)
    gap_counts = ModeCounter(0.1)
    landings: list[float] = []
    for rows, between in _position_chunks(kept()):
        every = rows[1:, 1] - rows[:-1, 2]  # each piece's x0 less the x1 of the one before
        gap_counts.add(every[between & (every > 1.0) & (every <= 0.8 * size)])
        if pitch is not None:
            k = every / pitch
            landings += rows[1:, 1][between & (every >= 0.5 * pitch) & (np.abs(k - np.rint(k)) > GRID_TOLERANCE)].tolist()
            starts = rows[~np.concatenate(([False], between)), 1]
            k = (starts - margin) / pitch
            landings += starts[(starts - margin >= 0.5 * pitch) & (np.abs(k - np.rint(k)) > GRID_TOLERANCE)].tolist()
    space = gap_counts.mode()
    if space is None:
        return None
    xs = sorted(rights)
    right = xs[int(0.98 * (len(xs) - 1))]
    for ln in kept() if pitch is None else ():
        if ln.x0 > margin + space:
            landings.append(ln.x0)
        gaps = ln.gaps()
        own = _line_space(gaps, space)
        if any(_sure_tab(g, own, space) for g in gaps):
            landings += [x for g, x in zip(gaps, ln.starts()) if _sure_tab(g, own, space)]
    landings = [x for x in landings if x > margin + 1]
    counts = Counter(round(x * 2) / 2 for x in landings)
    # clusters of landings within a point of each other
    clusters: list[list[float]] = []
    for x in sorted(counts.elements()):
        if clusters and x - clusters[-1][-1] <= 1.0:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    found = [sum(c) / len(c) for c in clusters if len(c) >= MIN_LANDINGS]
    return Layout(space, margin, right, _grid(found, margin, right), pitch)


POSITION_CHUNK = 2048  # lines whose pieces' positions are gone over at once (some 400 kB)


def _position_chunks(lines: Iterable[TabLine]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The positions of the lines' pieces (lines with glyphs), ``POSITION_CHUNK`` lines at a time:
    a row for each piece (the end of its text, its x0, its x1), and for each row after the first
    whether it is of the same line as the row before (a gap between two pieces)."""
    spots = array("d")
    firsts: list[int] = []
    for ln in lines:
        firsts.append(len(spots) // 3)
        spots.extend(ln.positions())
        if len(firsts) == POSITION_CHUNK:
            yield _chunk(spots, firsts)
            spots, firsts = array("d"), []
    if firsts:
        yield _chunk(spots, firsts)


def _chunk(spots: "array[float]", firsts: list[int]) -> tuple[np.ndarray, np.ndarray]:
    rows = np.frombuffer(spots, dtype=np.float64).reshape(-1, 3)
    between = np.ones(max(len(rows) - 1, 0), dtype=bool)
    between[np.asarray(firsts[1:], dtype=np.int64) - 1] = False  # a row that starts a line
    return rows, between


FIXED_PITCH_SAMPLE = 400  # lines: a document's first ones tell whether it is set in a fixed-pitch font


def _fixed_pitch(lines: Iterable[TabLine]) -> Optional[float]:
    """The character width of a document set in one fixed-pitch font: nearly every piece of its
    first lines (``lines``: those) as wide as its characters at that pitch. None otherwise."""
    pieces = [p for ln in lines for p in ln.pieces if len(p.text) >= 2]
    if len(pieces) < 20:
        return None
    widths = sorted((p.x1 - p.x0) / len(p.text) for p in pieces)
    pitch = widths[len(widths) // 2]
    if pitch <= 0 or sum(1 for w in widths if abs(w - pitch) <= 0.02 * pitch) < MIN_PITCHED * len(widths):
        return None
    return pitch


def _grid(found: list[float], margin: float, right: float) -> list[float]:
    """The learned stops, or the regular grid from the margin they fall on (most of them, and
    at least three of its points)."""
    if len(found) < 3:
        return found
    offsets = [x - margin for x in found]
    best: Optional[float] = None
    for step in range(400, 1201):  # 20 to 60 points, by 0.05
        d = step / 20
        fit = sum(1 for o in offsets if abs(o - round(o / d) * d) <= ON_STOP and round(o / d) >= 1)
        if fit >= 0.8 * len(offsets) and len({round(o / d) for o in offsets}) >= 3:
            best = d  # the widest grid that fits (a grid of half the step fits too)
    if best is None:
        return found
    # the grid's origin and step fitted to the stops it explains (least squares), the margin
    # counting as its point 0
    pts = [(0, margin)] + [(round(o / best), x) for o, x in zip(offsets, found)
                           if abs(o - round(o / best) * best) <= ON_STOP]
    n = len(pts)
    mk = sum(k for k, _ in pts) / n
    mx = sum(x for _, x in pts) / n
    var = sum((k - mk) ** 2 for k, _ in pts)
    step = sum((k - mk) * (x - mx) for k, x in pts) / var if var else best
    origin = mx - step * mk
    out, k = [], 1
    while origin + k * step <= right + step:
        out.append(origin + k * step)
        k += 1
    return out


@dataclass(slots=True)  # one a line of the document while its tab-laid tables are read
class _Cut:
    """A line read back as text with tabs: how many tabs lead it, its text, its first word's
    width, and whether a gap in it is a sure tab."""

    lead: int
    text: str
    first_width: float
    tabbed: bool
    doubtful: bool = False  # a tab or a space told by a guess next to a figure


# a list item's bullet, alone before the tab of its hanging indent: the common characters and a
# symbol font's private codes (OpenSymbol's and Symbol's "\uf0b7", Wingdings' "\uf0a7", "\uf0d8")
_LIST_BULLETS = frozenset(["-", "\u2013", "\u2022", "\u25aa", "\u25cf", "\u25e6", "\u25a0", "\u2023", "\u27a2", "\u27a4",
                           "\uf0a7", "\uf0b7", "\uf0d8", "\uf076", "\uf0fc", "\uf0a8"])


def _cut(line: TabLine, layout: Layout, context: bool = False) -> _Cut:
    """The line as text with tabs. ``context``: a line next to it has a tab, so a gap landing
    on a stop may be a tab here too."""
    spots, text = line.placed_text()
    return _cut_placed(spots, text, layout, context)


def _cut_placed(spots: list[float], text: str, layout: Layout, context: bool = False) -> _Cut:
    """:func:`_cut` from the line's :meth:`TabLine.placed_text` (no piece is made: every line of
    a document is cut, some twice). The pieces' texts and their x0 and x1; the gap before each
    piece after the first, and whether that piece starts on a stop."""
    ends = [int(e) for e in spots[0::3]]
    texts = [text[a:b] for a, b in zip([0, *ends], ends)]
    x0s, x1s = spots[1::3], spots[2::3]
    starts = x0s[1:]
    gaps = [b - a for a, b in zip(x1s, starts)]
    space = layout.space
    x0 = x0s[0]
    lead = layout.stops_in(layout.margin, x0) if x0 > layout.margin + 1 else 0
    if not context and x0 <= layout.margin + space and _plainly_untabbed(gaps, layout):
        # most lines (prose): cut as below, without the line's own space, which could change nothing
        return _untabbed_cut(texts, gaps, starts, layout, x0, x1s, 0.6 * space, lead)
    stops = layout.stops
    n_stops = len(stops)
    # does the piece after each gap start on a stop (Layout.on_stop, inlined: called for every gap)
    lands = [(k := bisect_left(stops, x - ON_STOP)) < n_stops and abs(stops[k] - x) <= ON_STOP for x in starts]
    # the line's own space from the gaps that do not land on a stop (a tab may leave a gap
    # of any width, the same on several lines of a table)
    own = _line_space([g for g, on in zip(gaps, lands) if not on], space)
    # in a fixed-pitch print a gap that is no whole number of characters is a tab, however narrow
    # (Layout.off_grid of the piece after the gap from the end of the one before: the gap itself;
    # and no gap up to ``limit`` is a sure tab by _sure_tab: most gaps go no further)
    pitch = layout.pitch if layout.pitch is not None else 1.0
    half = 0.5 * layout.pitch if layout.pitch is not None else float("inf")
    limit = TAB_SPACES * max(own, space)
    sure = [g > limit and _sure_tab(g, own, space, on) or g >= half
            and abs(g / pitch - round(g / pitch)) > GRID_TOLERANCE for g, on in zip(gaps, lands)]
    if sure and texts[0] in _LIST_BULLETS:
        sure[0] = False  # the hanging indent after a list item's bullet: no tab of a table (below)
    if any(sure):
        _sentence_spaces_untabbed(sure, gaps, lands, texts, own)
    has_sure = any(sure) or context
    indented = x0 > layout.margin + space
    narrow = 0.6 * min(own, space)
    if not has_sure and not indented:
        # no gap can be a tab (most lines: prose): a space or nothing between pieces
        return _untabbed_cut(texts, gaps, starts, layout, x0, x1s, narrow, lead)
    parts = [texts[0]]
    first_width: Optional[float] = None
    doubtful = False
    for j, (g, is_sure, on) in enumerate(zip(gaps, sure, lands)):
        a, b = texts[j], texts[j + 1]
        # a gap as wide as a space next to a figure, landing on a stop: a tab or a space by a
        # guess (a figure may then stand a column off)
        if j == 0 and a in _LIST_BULLETS:
            # a list item's bullet and the tab of its hanging indent ("\uf0b7<tab>Rehabilitasi ..."):
            # a bullet, no cell of a table
            parts += [" ", b]
            continue
        doubtful = doubtful or (not is_sure and on and abs(g - space) <= 0.3
                                and bool(_FIGURE.match(a) or _FIGURE.match(b)))
        # a space between two figures of a tabbed line that lands on a stop is a tab too
        if is_sure or (has_sure or indented) and on and not (
                (abs(g - own) <= 0.3 or abs(g - space) <= 0.3)
                and not (has_sure and _FIGURE.match(a) and _FIGURE.match(b))):
            parts.append("\t" * max(1, layout.stops_in(x1s[j], starts[j])))
        elif g >= narrow or context and g > PIECE_GAP and on:
            parts.append(" ")
        else:
            parts.append("")  # glyphs a little apart inside a word
        if first_width is None and parts[-1]:
            first_width = x1s[j] - x0
        parts.append(b)
    return _Cut(lead, "".join(parts), first_width if first_width is not None else x1s[-1] - x0,
                "\t" in parts or lead > 0 and has_sure, doubtful)


def _sentence_spaces_untabbed(sure: list[bool], gaps: list[float], lands: list[bool], texts: list[str],
                              own: float) -> None:
    """A justified line of prose typeset as TeX sets it: the space after a sentence's end (".",
    ":", ";", "?", "!") is wider than the line's other spaces, up to three times as wide where
    the line is stretched ("(93,6%).   Program Pemberdayaan"): such a gap, on no stop, before a
    word, in a line of words spaced alike, is a space, no tab. Changes ``sure`` in place."""
    alike = sum(1 for g in gaps if abs(g - own) <= 0.3)
    if alike < MIN_ALIKE_SPACES:
        return
    for j, is_sure in enumerate(sure):
        if is_sure and not lands[j] and gaps[j] <= SENTENCE_SPACE * own and \
                texts[j][-1:] in ".:;?!" and texts[j + 1][:1].isalpha():
            sure[j] = False


MIN_ALIKE_SPACES = 3  # gaps as wide as the line's own space: a line of prose, no row of a table
SENTENCE_SPACE = 3.0  # times the line's space: TeX stretches the space after a sentence three times as much


def _plainly_untabbed(gaps: list[float], layout: Layout) -> bool:
    """Does every gap of the line tell what it is whatever the line's own space (:func:`_line_space`)?
    That space is the document's or one measured from gaps at least 0.8 of it (rounded to 0.2:
    at least 0.8 of it less 0.1), so no gap up to ``TAB_SPACES`` spaces is a sure tab by its
    width, and a gap is a space from 0.6 of a space up and nothing below 0.48 of one less 0.06
    (:func:`_cut_placed`'s ``narrow``, 0.6 of the smaller space). The line is then cut as a
    line without a tab, unless a gap is off a fixed-pitch print's grid (a tab however narrow)."""
    if not gaps:
        return True
    space = layout.space
    if max(gaps) > TAB_SPACES * space:
        return False
    distinct = set(gaps)  # (a line's gaps between words are mostly one width: each is looked at once)
    if layout.pitch is not None:
        pitch, half = layout.pitch, 0.5 * layout.pitch
        if any(g >= half and abs(g / pitch - round(g / pitch)) > GRID_TOLERANCE for g in distinct):
            return False
    low, high = 0.48 * space - 0.07, 0.6 * space  # (0.01 more than 0.06: the rounding's float error)
    return not any(low <= g < high for g in distinct)


def _untabbed_cut(texts: list[str], gaps: list[float], starts: list[float], layout: Layout, x0: float,
                  x1s: list[float], narrow: float, lead: int) -> _Cut:
    """:func:`_cut_placed` of a line without a sure tab, not indented and cut without context:
    each gap is a space, or nothing where the glyphs stand a little apart inside a word
    (``starts``: the x0 of each piece after a gap)."""
    if not gaps or min(gaps) >= narrow:  # (most lines: a space at every gap)
        first_width = x1s[0] - x0
        text = " ".join(texts)
    else:
        seps = [" " if g >= narrow else "" for g in gaps]
        j = next((j for j, sep in enumerate(seps) if sep), None)
        first_width = x1s[j] - x0 if j is not None else x1s[-1] - x0
        text = "".join([t for pair in zip(texts, seps) for t in pair]) + texts[-1]
    # a gap as wide as a space next to a figure, landing on a stop: a tab or a space by a guess
    # (a line without a digit has no figure: most lines of prose go no further)
    doubtful = False
    if _HAS_DIGIT(text):
        space, on_stop = layout.space, layout.on_stop
        doubtful = any(abs(g - space) <= 0.3 and on_stop(starts[j])
                       and bool(_FIGURE.match(texts[j]) or _FIGURE.match(texts[j + 1])) for j, g in enumerate(gaps))
    return _Cut(lead, text, first_width, "\t" in texts, doubtful)


def _fits_after(prev: TabLine, cut: _Cut, layout: Layout) -> bool:
    """Would the line's first word have fitted at the end of the line before?"""
    if cut.lead:
        at = layout.next_stop(prev.x1)
        if at is None:
            return False
    else:
        at = prev.x1 + layout.space
    return at + cut.first_width <= layout.right + 1.0


def _hidden_tabs(prev: TabLine, cut: _Cut, layout: Layout) -> tuple[int, int]:
    """How many tabs ended ``prev`` and left no trace, when ``cut`` (a line starting on a stop)
    goes on with its paragraph, and how many more there may have been (each a reading the
    glyphs cannot tell apart: the line's cells one, two... columns further right).

    A tab at the end of a line takes the next stop if that stop is on the line; the tab that
    moves to the next line (and lands on its first stop) is one that could not stay: followed
    by a tab, because its stop was past the line's end (so the tabs before it took every stop
    left on the line); followed by the line's first word, because that word did not fit after
    its stop (so the tabs before it took every stop where the word would have fitted, and
    maybe more)."""
    free = [s for s in layout.stops if prev.x1 + 0.1 < s <= layout.right]
    if cut.lead >= 2:
        return len(free), 0
    fits = sum(1 for s in free if s + cut.first_width <= layout.right)
    return fits, len(free) - fits


def _numbered_between(cur: "Paragraph", cut: _Cut, after: Optional[_Cut]) -> bool:
    """Does a line indented deeper than its paragraph stand between the paragraph's numbered row
    and the next numbered row (the next line, at the paragraph's indent, numbered one more)?
    Then it is the rest of the row, whatever its cells hold."""
    number = _row_number(cur.body)
    return (number is not None and after is not None and cut.lead > cur.lead and after.lead == cur.lead
            and "\t" in after.text and _row_number(after.text) == number + 1)


@dataclass(slots=True)  # one a paragraph of the document while its tab-laid tables are read
class Paragraph:
    """Lines ``first`` to ``end`` (exclusive) read back as one line of text with tabs."""

    first: int
    end: int
    body: str
    lead: int = 0  # tabs before the first line's text
    sure: bool = True  # its tabs and its end told for sure (else its cells may stand a column off)
    # the next line starts a paragraph for sure (a blank line, a word that would have fitted on
    # this one, the next numbered row): no cell of it went on after tabs that leave no trace
    ended: bool = False
    in_table: bool = False  # a paragraph without tabs between rows of tab-separated cells
    guessed: bool = False  # a tab or a space in it told by a guess (no reading says which)
    # lines that went on after tabs told at the least: (the cell the line starts, in ``text``;
    # how many more tabs there may have been); the cells from there may stand that many
    # columns further right, and nothing else is unsure of them
    wraps: list[tuple[int, int]] = field(default_factory=list)

    @property
    def tabbed(self) -> bool:
        return "\t" in self.body

    @property
    def text(self) -> str:
        """With its leading tabs where a tab stands inside it too (else an indented first line
        of prose would read as a table's cell); one standing between rows of a table, indented
        to a stop, is a row of its own ("Sosial (PMBS)", the rest of a cell whose trailing tabs
        left no trace), and so is one at the margin (a group's label over its rows)."""
        if self.in_table:  # at the margin, its empty cells after it (a lone trailing tab reads as none)
            return "\t" * self.lead + self.body + ("\t" if self.lead else "\t\t")
        if _list_item(self.body):
            # a list's item, its marker set apart by a tab (a hanging indent): "a. Perencanaan ...",
            # as the text it was typed from reads, no table's row
            marker, rest = (c.strip() for c in self.body.split("\t") if c.strip())
            return f"{marker} {rest}"
        return "\t" * self.lead + self.body if self.tabbed else self.body


_FIGURE = regex_cache.compile(r"^[+-]?\d(?:[\d.,]*\d)?%?$")
_YEAR = regex_cache.compile(r"^(?:19|20)\d\d$")
_HAS_DIGIT = regex_cache.compile(r"\d").search
# two digits at the least (a search that stops at the second, where findall would collect them all)
_TWO_DIGITS = regex_cache.compile(r"\d\D*\d").search
_TEXT_WORD = regex_cache.compile(r"\p{L}{3}")


def _cells(text: str) -> list[str]:
    return text.split("\t")


def _cell_count(text: str) -> int:
    """len(_cells(text)), no cell made (asked of a paragraph at each of its lines)."""
    return text.count("\t") + 1


_ROW_NUMBER = regex_cache.compile(r"^(\d{1,3})[.)]?$")


def _row_number(text: str) -> Optional[int]:
    m = _ROW_NUMBER.match(text.split("\t", 1)[0].strip())  # (the first cell only: a paragraph may be long)
    return int(m.group(1)) if m else None


def _goes_on(cur: Paragraph, cut: _Cut, run_cells: int, last_number: Optional[int]) -> bool:
    """Does a line that did not fit at the end of the line before go on with the paragraph
    after a tab, or is it a row of its own? A row when it starts with the row number after the
    last one; else the paragraph goes on while it has fewer cells than the rows above it; else a
    row when it holds a cell of words after its first (a row's label), or is indented as the
    paragraph."""
    if _cell_count(cur.body) + cur.lead < run_cells:
        return True
    if not run_cells and "\t" not in cur.body and "\t" not in cut.text:
        return False  # no row of cells above, nor a tab on either line: an indented list's lines
    cells = _cells(cut.text)
    if len(cells) >= 2 and any(_TEXT_WORD.search(c) for c in cells):
        return False
    return cut.lead != cur.lead


def _wrapped_labels(cur: Paragraph, prev: TabLine, cut: _Cut, layout: Layout) -> bool:
    """Does a line of labels go on a row of labels that ended where no tab stop was left on the
    line? A header too long for the page wraps so: "No. Jenis PMKS Jumlah Yang sudah diberikan
    pelayanan %" / "Sisa penanganan PMKS %", the tab before "Sisa" taken to the next line."""
    def labels(text: str) -> bool:
        cells = [c.strip() for c in _cells(text) if c.strip()]
        return bool(cells) and not any(_HAS_DIGIT(c) for c in cells)

    left = layout.next_stop(prev.x1)
    return (left is None or left > layout.right) and "\t" in cur.body and labels(cur.body) and labels(cut.text)


def _wrapped_tabs_line(cur: Paragraph, prev: TabLine, cut: _Cut, layout: Layout, run_cells: int) -> bool:
    """May the empty line between ``prev`` and a line of a table be the tabs that end the row of
    ``prev`` (its last cells empty), moved to a line of their own, rather than a blank line? So
    when the row lacks cells, ends where no stop is left on the line (a tab after it has to
    move) and the next line is tabbed too."""
    left = layout.next_stop(prev.x1)
    return (cur.tabbed and _cell_count(cur.body) + cur.lead < run_cells
            and (left is None or left > layout.right) and ("\t" in cut.text or cut.lead > 0))


def _pitch(lines: Iterable[TabLine]) -> float:
    """The commonest distance from a line's top to the next one's (a document's, never held at once)."""
    tops = array("d", (ln.top for ln in lines))  # (8 bytes a line)
    steps = np.diff(np.frombuffer(tops, dtype=np.float64))
    return _array_mode(array("d", steps[steps > 0].tobytes()), 0.5) or 0.0


def _context_cuts(lines: Iterable[TabLine], layout: Layout) -> Iterator[tuple[TabLine, Optional[_Cut]]]:
    """Each line with its cut (None for a line without glyphs, a barrier): a line next to a line
    with a tab or starting on a stop is cut with ``context`` (its gaps landing on stops may be
    tabs too). One line ahead is looked at, so a document's lines are never cut all at once."""
    before = False  # the line before the held one: tabbed?
    # the held line, its cut, whether that is tabbed, and its positions and glyphs (read once: a
    # line cut again with context is not read again)
    held: Optional[tuple[TabLine, Optional[_Cut], bool, list[float], str]] = None
    for ln in lines:
        spots, text = ln.placed_text()
        cut = _cut_placed(spots, text, layout) if spots else None
        tabbed = cut is not None and ("\t" in cut.text or cut.lead > 0)
        if held is not None:
            hl, hc, ht, hs, hx = held
            if hc is not None and not ht and (before or tabbed):
                hc = _cut_placed(hs, hx, layout, context=True)
            yield hl, hc
            before = ht
        held = (ln, cut, tabbed, spots, text)
    if held is not None:
        hl, hc, ht, hs, hx = held
        if hc is not None and not ht and before:
            hc = _cut_placed(hs, hx, layout, context=True)
        yield hl, hc


def paragraphs(lines: list[TabLine], layout: Layout) -> list[Optional[Paragraph]]:
    """The lines joined into the source's paragraphs; None stands for a blank line (a gap
    wider than the lines' spacing)."""
    return list(_paragraphs(lines, layout, _pitch(lines)))


# what starts a line under or over a table, never the rest of a row: its source, a note, a caption
_NOTE_LINE = regex_cache.compile(r"(?:sumber|keterangan|ket\.|catatan|tabel|table|gambar|grafik)\b", regex.I).match


def _labelled_row(cells: list[str]) -> bool:
    """Is a line of these cells a table's row with a label: a number then a label ("3<TAB>Persentase
    ..."), or a label, empty cells and a figure last ("Rata-rata Capaian Kinerja<TAB><TAB><TAB>106,88",
    a total's row)?"""
    return len(cells) >= 2 and bool(_TEXT_WORD.search(cells[1])) or \
        len(cells) >= 3 and bool(_TEXT_WORD.search(cells[0])) and bool(_FIGURE.match(cells[-1].strip()))


def _paragraphs(lines: Iterable[TabLine], layout: Layout, pitch: float) -> Iterator[Optional[Paragraph]]:
    """:func:`paragraphs`, one at a time as the lines come (``pitch``: the distance between the
    lines of the whole document, :func:`_pitch`). Each paragraph is given when it has ended: no
    line after changes it."""
    cur: Optional[Paragraph] = None
    prev: Optional[TabLine] = None
    run_cells = 0  # the most cells of a paragraph since the last blank line
    last_number: Optional[int] = None  # the row number that starts the last such paragraph
    given = False  # was the last thing given a paragraph (not a blank line)?
    cuts = _context_cuts(lines, layout)
    nxt = next(cuts, None)
    k = -1
    while nxt is not None:
        ln, cut = nxt
        nxt = next(cuts, None)
        k += 1
        if cut is None:  # a line without glyphs is a barrier, as a blank line
            if cur is not None:
                cur.ended = True
                yield cur
                given = True
            if given:
                yield None
                given = False
            cur, prev, run_cells, last_number = None, None, 0, None
            continue
        gap = prev is not None and pitch > 0 and ln.top - prev.top > 1.5 * pitch
        if gap and cur is not None and prev is not None and _wrapped_tabs_line(cur, prev, cut, layout, run_cells) \
                and ln.top - prev.top <= 2.5 * pitch:
            gap = False  # one empty line: the tabs that ended a row lacking cells, wrapped
        joined = False
        at = -1  # the cell of the paragraph where the line starts, when it goes on after tabs
        after = nxt[1] if nxt is not None else None
        hidden, more = _hidden_tabs(prev, cut, layout) if prev is not None and cut.lead else (0, 0)
        fits = prev is not None and _fits_after(prev, cut, layout)
        next_row = False  # the next numbered row, as indented as the paragraph
        if cur is not None and prev is not None and not gap and cut.lead == cur.lead + 1 and \
                _bulleted(cur.body) and "\t" not in cur.body and "\t" not in cut.text:
            # a bulleted item's text wrapped to its hanging indent, one stop in ("• Pemeliharaan
            # ... — Rp" / "200.000.000,00"): prose, whatever the line holds
            cur.body += " " + cut.text
            joined = True
        elif cur is not None and prev is not None and not gap and "\t" not in cut.text and _list_item(cur.body):
            # a lettered item's text wrapped to its hanging indent ("a.<TAB>Rehabilitasi ... Lanjut" /
            # "Usia Terlantar, serta ..."): prose; any other line after it (a heading, a paragraph
            # indented its own way) starts a paragraph of its own
            if not fits and cut.lead == cur.lead + cur.body.rstrip("\t").count("\t"):
                cur.body += " " + cut.text
                joined = True
        elif cur is not None and prev is not None and not gap and _list_item(cut.text) and \
                (_list_item(cur.body) or cur.body.rstrip().endswith(":") or _prose_item(cur.body)):
            # a list's next item, or its first after the sentence that opens it: an item of its own
            # (after an item of prose whose marker a space follows: "a. Program A, ... miskin." /
            # "b.<TAB><TAB>Program B ...")
            pass
        elif cur is not None and prev is not None and not gap and fits:
            # figures alone after a row that lacks cells: its last cells, wrapped after tabs
            # that took the rest of the line before
            if cut.lead and all(_FIGURE.match(c) or not c for c in _cells(cut.text)) and \
                    _cell_count(cur.body) + cur.lead < run_cells:
                cur.body += "\t" * (hidden + cut.lead)
                at = cur.lead + cur.body.count("\t")
                cur.body += cut.text
                joined = True
        elif cur is not None and prev is not None and not gap:
            number = _row_number(cut.text)
            before = _row_number(cur.body)
            before = before if before is not None else last_number
            if number is not None and before is not None and number == before + 1 and "\t" in cut.text:
                next_row = cut.lead == cur.lead  # the next numbered row
            elif not cut.lead and run_cells >= 3 and _cell_count(cur.body) + cur.lead >= run_cells \
                    and _labelled_row(_cells(cut.text)):
                pass  # the row before has all its cells, and the line is a row with a label: a row of its own
            elif not cut.lead and not _NOTE_LINE(cut.text):
                # a wrap at a space, or at a tab between two figures (the tab stays at the end
                # of the line before); a table's source or note ("Sumber: Dinas Sosial, 2024")
                # under its last row is a line of its own, however long that row
                # (the paragraph's last word and the line's first: a paragraph of prose grows long)
                last = (cur.body.rsplit(None, 1) or [""])[-1]
                first = (cut.text.split(None, 1) or [""])[0]
                tab = "\t" in cur.body and _FIGURE.match(last) and _FIGURE.match(first) and not _YEAR.match(last)
                cur.body += ("\t" if tab else " ") + cut.text
                joined = True
            elif _numbered_between(cur, cut, after) or _goes_on(cur, cut, run_cells, last_number) \
                    or _wrapped_labels(cur, prev, cut, layout):
                cur.body += "\t" * (hidden + cut.lead)
                at = cur.lead + cur.body.count("\t")
                cur.body += cut.text
                joined = True
        if joined:
            cur.end = k + 1  # type: ignore[union-attr]
            # tabs at the end of the line before told at the least: a cell may stand further
            cur.sure = cur.sure and not cut.doubtful and not (cut.lead and more)  # type: ignore[union-attr]
            cur.guessed = cur.guessed or cut.doubtful  # type: ignore[union-attr]
            if cut.lead and more and at >= 0:
                cur.wraps.append((at, more))  # type: ignore[union-attr]
        else:
            if cur is not None:
                cur.ended = gap or fits and not cut.lead or next_row
                yield cur
                given = True
                if "\t" in cur.body and not _list_item(cur.body):
                    # (a line only indented, a list's item, is no row of cells)
                    run_cells = max(run_cells, _cell_count(cur.body) + cur.lead)
                last_number = _row_number(cur.body) if _row_number(cur.body) is not None else last_number
            if gap:
                yield None
                given = False
                run_cells, last_number = 0, None
            cur = Paragraph(k, k + 1, cut.text, cut.lead, sure=not cut.doubtful, guessed=cut.doubtful)
        prev = ln
    if cur is not None:
        cur.ended = True
        yield cur


# a list item's marker: "a.", "b)", "(c)", "iv.", a bullet
_ITEM_MARKER = regex_cache.compile(r"(?:\(?[a-z]\)|[a-z]\.|\(?\d{1,2}[.)]|(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]|[-\u2013\u2022\u25aa\u25cf\u25e6\u27a2])")


def _list_item(text: str) -> bool:
    """Is a paragraph a list's item laid with a tab: its marker ("a.", "b)", "1.", "•"), then one
    cell of words, figures among them or not ("a.<TAB><TAB>Perencanaan, Penganggaran, dan Evaluasi
    Kinerja Perangkat Daerah", "a.<TAB>Pemberdayaan ... dengan anggaran Rp. 485.000.000")? A
    table's row holds more cells."""
    cells = [c for c in _cells(text) if c.strip()]
    return len(cells) == 2 and _ITEM_MARKER.fullmatch(cells[0].strip()) is not None and \
        bool(_TEXT_WORD.search(cells[1]))


_PROSE_ITEM = regex_cache.compile(r"[ \t]*(?:[a-z]|\d{1,2})[.)] \S[^\t]*[.;:]")


def _prose_item(text: str) -> bool:
    """Is a paragraph a list's item of prose, no tab in it, ended as a sentence ("a. Program A,
    dengan anggaran Rp ... (97,50%). Kegiatan ...: B; C.")?"""
    return _PROSE_ITEM.fullmatch(text.rstrip()) is not None


def _bulleted(text: str) -> bool:
    """Does ``text`` open with a list item's bullet and a space ("• A", "- B")?"""
    return len(text) > 2 and text[0] in _LIST_BULLETS and text[1] == " "


def _in_tables(paras: Iterable[Optional[Paragraph]]) -> Iterator[Optional[Paragraph]]:
    """The paragraphs, each given once the next one is known, with ``in_table`` set: without
    tabs, between two paragraphs with tabs, and indented to a stop (blank lines between count for
    nothing), or one line of words touching the rows on both sides (a group's row whose empty
    cells' tabs, at the line's end, left no trace: "Program Rehabilitasi Sosial" over its
    kegiatan)."""
    before: Optional[Paragraph] = None  # the paragraph before the held one
    held: list[Optional[Paragraph]] = []  # the last paragraph and the blank lines after it
    for p in paras:
        if p is None:
            if held:
                held.append(None)
            else:
                yield None
            continue
        if held:
            q = held[0]
            assert q is not None
            if before is not None and not q.tabbed and before.tabbed and p.tabbed and (
                    q.lead or len(held) == 1 and q.end - q.first == 1 and q.ended and _HEADING_ROW(q.body)):
                q.in_table = True
            yield from held
            before = q
        held = [p]
    yield from held


@dataclass
class TabTable:
    """A tab-laid table: lines ``first`` to ``end`` (exclusive) and its rows, each with the
    index of the line it starts on."""

    first: int
    end: int
    rows: list[tuple[int, list[str]]]
    uncertain: set[int] = field(default_factory=set)  # indices of rows whose cells may stand a column off
    # of those rows, the ones whose every other placement is known: (the first cell that may
    # move, by how many columns) for each placement other than the one read; a row of
    # ``uncertain`` without an entry may stand off in ways no reading names
    readings: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


# the paragraphs of a document are cut into blocks this many at a time at the least (then up to a
# paragraph where blocks may be cut, :func:`.text.cuts_blocks`): its text and blocks are never all
# held at once
WINDOW = 256


def tab_tables(lines: Sequence[TabLine], layout: Optional[Layout], window: int = WINDOW) -> list[TabTable]:
    """The tab-laid tables among ``lines`` (a page's, or a whole document's where a row may go
    on over a page break). ``lines`` are gone over twice, and never held by index: a sequence
    that makes each line when asked for serves.

    The paragraphs are made one at a time, and cut into blocks (:func:`.text.split_blocks`)
    ``window`` paragraphs or so at a time, each time up to a paragraph where the blocks of the
    whole may be cut (:func:`.text.cuts_blocks`): the tables are those of the whole text."""
    if layout is None or not layout.stops or not lines:
        return []
    from .text import cuts_blocks

    out: list[TabTable] = []
    tabs = False  # is there a tab inside a paragraph? else no table
    part: list[Optional[Paragraph]] = []
    for p in _in_tables(_paragraphs(lines, layout, _pitch(lines))):
        if p is not None:
            text = p.text
            if len(part) >= window and cuts_blocks(text):
                out += _tables_of(part)
                part = []
            tabs = tabs or "\t" in text.strip("\t ")
        part.append(p)
    if not tabs:
        return []
    out += _tables_of(part)
    return out


def _tables_of(paras: list[Optional[Paragraph]]) -> list[TabTable]:
    """The tab-laid tables of a run of paragraphs (``in_table`` set), read by the text reader's
    rules (:func:`.text.split_blocks`)."""
    from .text import split_blocks

    texts = [p.text if p is not None else "" for p in paras]
    text = "\n".join(texts)
    if "\t" not in text and "|" not in text:
        return []  # no tab-separated rows, no cells one per line, no pipe table
    starts = [0]
    for t in texts[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    out: list[TabTable] = []
    for block in split_blocks(text):
        if block.kind != "table" or block.header_rows is not None or not block.rows:
            continue  # only tab-laid tables; flattened tables are the reflowed text's
        rows: list[tuple[int, list[str]]] = []
        unsure: set[int] = set()
        guessed: set[int] = set()  # rows with a tab or a space told by a guess
        told: set[int] = set()  # rows whose every tab and whose end are told for sure
        unknown: set[int] = set()  # rows that may stand off in ways no reading names
        wraps: dict[int, list[tuple[int, int]]] = {}
        for row in block.rows:
            at = min((c.start for c in row if c.text), default=row[0].start)
            para = paras[bisect_right(starts, at) - 1]
            if para is not None:
                if para.in_table:
                    unsure.add(len(rows))
                if para.in_table or para.guessed:
                    unknown.add(len(rows))
                if para.wraps:
                    wraps[len(rows)] = para.wraps
                if not para.sure:
                    guessed.add(len(rows))
                elif para.ended:
                    told.add(len(rows))
                rows.append((para.first, [c.text for c in row]))
        cells_of = [cells for _, cells in rows]
        unsure |= _odd_widths(cells_of, guessed, told)
        readings = _readings(cells_of, unsure - unknown, wraps)
        a = bisect_right(starts, block.start) - 1
        b = bisect_right(starts, block.end) - 1
        first = next((paras[k] for k in range(a, b + 1) if paras[k] is not None), None)
        last = next((paras[k] for k in range(b, a - 1, -1) if paras[k] is not None), None)
        if first is None or last is None or not rows:
            continue
        out.append(TabTable(first.first, last.end, rows, unsure, readings))
    return out


def _width(r: list[str]) -> int:
    return max((j + 1 for j, c in enumerate(r) if c.strip()), default=0)


def _readings(rows: list[list[str]], unsure: set[int], wraps: dict[int, list[tuple[int, int]]]
              ) -> dict[int, list[tuple[int, int]]]:
    """The other placements of the unsure rows whose doubt is only where their figures stand:
    cells that went on on a line after tabs told at the least (:func:`_hidden_tabs`) may stand
    as many columns further right as tabs may have hidden; the figures ending a row narrower
    than the table (:func:`_odd_widths`: a cell before it empty, or the tabs after it lost) may
    stand further right, up to the table's usual width. A row wider than that is no reading.
    Rows that are unsure for another reason (wider than the table, several figures at the end
    of a narrow row: an empty cell may stand between any two) get none."""
    full = [r for r in rows if sum(1 for c in r if c.strip()) >= 2]
    if not full:
        return {}
    usual = Counter(_width(r) for r in full).most_common(1)[0][0]
    out: dict[int, list[tuple[int, int]]] = {}
    for i in sorted(unsure):
        r = rows[i]
        w = _width(r)
        if not w or w > usual:
            continue  # two rows run together, or a row wider than the table: nothing to shift
        alts: list[tuple[int, int]] = []
        for at, more in wraps.get(i, []):
            alts += [(at, k) for k in range(1, min(more, usual - w) + 1) if at < w]
        # the figures that end the row
        j = w
        while j > 0 and _FIGURE.match(r[j - 1].strip().replace(" ", "")):
            j -= 1
        if j < w - 1 and usual > w:
            continue  # several: an empty cell may have stood between any two of them
        if j < w:
            alts += [(j, k) for k in range(1, usual - w + 1)]
        out[i] = sorted(set(alts))
    return out


def _odd_widths(rows: list[list[str]], guessed: set[int], told: set[int] = frozenset()) -> set[int]:
    """Rows whose figures may stand a column off: wider than most rows of the table (two rows
    run together; not when only its leading empty cells, told from its indent, make it wider),
    narrower and ending in a figure (was a cell before it empty, or the tabs after it, which
    leave no trace? not for a row in ``told``: its tabs all told by the stops they cross and its
    end by the line after it; its last cells were empty), or of another width with a tab told
    by a guess."""
    def width(r: list[str]) -> int:
        return max((j + 1 for j, c in enumerate(r) if c.strip()), default=0)

    def span(r: list[str]) -> int:  # from its first cell with text: leading tabs are told for sure
        return width(r) - next((j for j, c in enumerate(r) if c.strip()), 0)

    full = [r for r in rows if sum(1 for c in r if c.strip()) >= 2]
    if not full:
        return set()
    usual = Counter(width(r) for r in full).most_common(1)[0][0]
    usual_span = Counter(span(r) for r in full).most_common(1)[0][0]
    out = set()
    for i, r in enumerate(rows):
        w = width(r)
        wide = w > usual and span(r) > usual_span
        other = w != usual and span(r) != usual_span
        narrow = w < usual and w and _FIGURE.match(r[w - 1].strip()) and i not in told
        if wide or narrow or i in guessed and other:
            out.add(i)
    return out


def figure_row(line: TabLine, layout: Optional[Layout]) -> Optional[list[str]]:
    """The cells of a line that is a row of figures set apart by tabs ("Jumlah Korban Bencana
    430  425  96%": two figures at least, each after a tab), or None. Such a line is a table's
    row whatever else is around it, never prose: no claim is read from it."""
    if layout is None:
        return None
    # every line of prose is asked: its glyphs first (most have fewer than two digits), then
    # its positions (no piece is made)
    text = line.glyphs()
    if not _TWO_DIGITS(text):
        return None
    spots = line.positions()
    if len(spots) < 9:  # three pieces at the least
        return None
    # every figure holds a digit: a line with fewer than two pieces with digits has no such row
    ends = [int(e) for e in spots[0::3]]
    if sum(1 for a, b in zip([0, *ends], ends) if _HAS_DIGIT(text[a:b])) < 2:
        return None
    cut = _cut_placed(spots, text, layout)
    cells = [c.strip() for c in cut.text.split("\t")]
    figures = [c for c in cells[1:] if _FIGURE.match(c.replace(" ", "").rstrip("%") or "x")]
    if len(cells) < 3 or len(figures) < 2:
        return None
    return cells


def tab_laid(line: TabLine, layout: Optional[Layout]) -> bool:
    """Does the line hold a tab, or start on a tab stop?"""
    if layout is None:
        return False
    spots, text = line.placed_text()
    if not spots:
        return False
    cut = _cut_placed(spots, text, layout)
    return "\t" in cut.text or cut.lead > 0
