"""PDF reports (pdfplumber), page by page.

Each page is read once and closed: its text lines (outside tables) and its tables (pdfplumber's
table finder) are kept as plain strings, never the page objects, so memory grows with the text,
not with the PDF. Then:

- running headers and footers are dropped: a line near the top or bottom of a page that
  repeats, digits aside, on at least half the pages ("Laporan ... Tahun 2011 ... BAB IV - 407"),
  and bare page numbers ("- 12 -", "Halaman 12");
- lines are re-flowed into paragraphs: a paragraph ends at a wider gap, a bullet or numbered
  item, or a line that ends a sentence and is followed by a capital; a hyphen at a line end is
  joined; a paragraph that runs over a page break stays one paragraph;
- bullet glyphs from symbol fonts become list items;
- a table that goes on at the top of the next page with as many columns is one table; its first
  row there, when it is the rest of the page's last row (a row broken across the page), joins it;
- a table without rules, which the table finder cannot see, is found from a header line of
  column labels and read by the words' positions (:mod:`.aligned`); only pages with such a
  line keep their words' positions;
- rows laid with tabs are read from the glyphs' positions and the document's tab stops
  (:mod:`.tabbed`); among the lines left, a flattened table (a header of column labels over
  cells one per line, :mod:`.flattened`) is found as in a text export, vertical space read as
  blank lines; on the pages of a text file printed in a fixed-pitch font, its lines are read as
  the text's: a line the printer wrapped is joined again, a table may stand a cell a line
  (:mod:`.cell_paragraphs`), and a page's mark the text holds is a blank line;
- a page without a text layer (a scan) is named in the document's warnings.
"""

from __future__ import annotations

import bisect
import io
from array import array
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from statistics import median
from typing import Iterable, Iterator, Optional, Union

import numpy as np
import regex

from .. import regex_cache
from ..document import Block, Document, DocumentBuilder
from .aligned import (MIN_LABELS, AlignedTable, PlacedLine, PlacedWord, aligned_table_at, continued_rows,
                      split_at_gaps)
from .flattened import flattened_tables, header_label_count, laid_text
from .text import _without_page_marks
from .packed import (Packed, pack, pack_encoded, packed_positions, packed_span, packed_text, unpack,
                     unpack_positions)
from .hard_wrap import reduplicated_at_break
from .tabbed import Layout, Piece, TabLine, figure_row, learn_layout, pieces_of, tab_laid, tab_tables
from ..errors import EncryptedDocumentError, InputError, NoTextError
from ..normalise import join_spaced_figures, normalise_characters, part_glued_cells, spaced_figure_goes_on, strip_emphasis

BULLET = regex_cache.compile(r"^\s*(?:[\uf0b7\uf0a7\uf0d8\uf076\uf0fc·▪➤•◦●■□➢►‣⁃]|-(?=\s))\s*")
# "1.", "a)", "(1)", "(a)", "iv)", and a program's or kegiatan's code of the Permendagri nomenclature
# before its name ("1.06.01 PROGRAM ...", "1.06.04.2.01 Rehabilitasi ...")
LIST_ITEM = regex_cache.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)]|\([a-z\d]{1,2}\)|[ivx]{1,4}[.)]"
                          r"|\d{1,2}(?:\.\d{1,2}){2,}(?=\s+\p{Lu}))\s+")
PAGE_NUMBER = regex_cache.compile(r"^\s*(?:-\s*)?(?:halaman|hal\.?|page)?\s*\d{1,4}\s*(?:-\s*)?$|^\s*[ivxlc]{1,6}\s*$", regex.I)
_CAPITALS = regex_cache.compile(r"\p{Lu}{2,}[\p{Lu}\s\d.,/&()-]*").fullmatch
SENTENCE_END = regex_cache.compile(r"[.:;!?]\s*$")
HEADING = regex_cache.compile(r"^\s*(?:BAB\s+[IVXL]+\b|[A-Z]\.\s+\p{Lu}{3,}|\p{Lu}[\p{Lu}\s\d.,/&()-]{3,80}$)")




class _Recent:
    """The lines whose pieces were unpacked last: an unpacked line beyond the last ``size`` drops
    its pieces again (they are unpacked again when asked for), so that the document's passes over
    all its lines (the layout, the tab-laid tables, figure rows) hold a few pages' pieces at a time."""

    def __init__(self, size: int = 256):
        self.slots: list[Optional[PackedTabLine]] = [None] * size
        self.k = 0

    def hold(self, line: PackedTabLine) -> None:
        old = self.slots[self.k]
        if old is not None and old is not line:
            old._pieces = None
        self.slots[self.k] = line
        self.k = (self.k + 1) % len(self.slots)

    def clear(self) -> None:
        """Let go of the lines held (their document is read: the later stages never ask them)."""
        for line in self.slots:
            if line is not None:
                line._pieces = None
        self.slots = [None] * len(self.slots)
        self.k = 0


_RECENT = _Recent()


class PackedTabLine(TabLine):
    """A :class:`.tabbed.TabLine` over a line's packed pieces, unpacked when they are asked for."""

    __slots__ = ("_packed", "_pieces", "_spots")

    def __init__(self, top: float, bottom: float, packed: Optional[Packed]):  # noqa: D107
        self.top = top
        self.bottom = bottom
        self._packed = packed
        self._pieces: Optional[list[Piece]] = None
        self._spots: Optional[list[float]] = None

    @property  # type: ignore[override]
    def pieces(self) -> list[Piece]:
        got = self._pieces
        if got is None:
            got = self._pieces = unpack(self._packed)
            _RECENT.hold(self)
        return got

    @pieces.setter
    def pieces(self, value: list[Piece]) -> None:
        self._packed = pack(value)
        self._pieces = self._spots = None

    def _positions(self) -> list[float]:
        """For each piece the end of its text, its x0 and its x1 (no piece is made)."""
        got = self._spots
        if got is None:
            got = self._spots = packed_positions(self._packed) if self._packed is not None else []
        return got

    def positions(self) -> list[float]:
        return self._positions()

    def placed_text(self) -> tuple[list[float], str]:
        if self._packed is None:
            return [], ""
        if self._spots is not None:
            return self._spots, packed_text(self._packed)
        self._spots, text = unpack_positions(self._packed)
        return self._spots, text

    def glyphs(self) -> str:
        return packed_text(self._packed) if self._packed is not None else ""

    def gaps(self) -> list[float]:
        spots = self._positions()
        return [b - a for a, b in zip(spots[2::3], spots[4::3])]

    def starts(self) -> list[float]:
        return self._positions()[4::3]

    def has_glyphs(self) -> bool:
        return self._packed is not None

    def span(self) -> tuple[float, float]:
        if self._spots is not None:
            return (self._spots[1], self._spots[-1]) if self._spots else (0.0, 0.0)
        return packed_span(self._packed) if self._packed is not None else (0.0, 0.0)

    @property
    def x0(self) -> float:
        if self._spots is not None:
            return self._spots[1] if self._spots else 0.0
        return packed_span(self._packed)[0] if self._packed is not None else 0.0

    @property
    def x1(self) -> float:
        if self._spots is not None:
            return self._spots[-1] if self._spots else 0.0
        return packed_span(self._packed)[1] if self._packed is not None else 0.0


# the packed words of a line that kept its words' positions but has none
_NO_WORDS: Packed = pack_encoded("d", 0, b"", "")


def unpack_words(packed: Packed) -> list[PlacedWord]:
    """A line's words with their positions, packed as its pieces are (:func:`pack`: a PlacedWord
    takes some 170 bytes, packed some 30; the lines of pages with tables keep them all while the
    document is read)."""
    return [PlacedWord(*piece) for piece in unpack(packed)]


@dataclass(slots=True)  # one a line of the document, all kept while it is read
class _Line:
    text: str
    top: float
    bottom: float
    # the words with their x-positions, for unruled tables (None where the page kept none): given
    # as a list, kept packed (:attr:`words` unpacks them)
    placed: Optional[Union[list[PlacedWord], Packed]] = None
    # glyphs standing together, for tab-laid tables: given as a list of pieces, kept packed
    packed: Optional[Packed] = None
    confidences: Optional[list[tuple[str, float]]] = None  # (word, 0..1) where the line was read by OCR
    column: int = -1  # the column it was read in on a page set in columns (-1: across the page)

    def __post_init__(self) -> None:
        if isinstance(self.packed, list):
            self.packed = pack(self.packed)
        if isinstance(self.placed, list):
            self.placed = pack(self.placed) or _NO_WORDS

    @property
    def words(self) -> Optional[list[PlacedWord]]:
        return None if self.placed is None else unpack_words(self.placed)  # type: ignore[arg-type]

    @property
    def pieces(self) -> list[Piece]:
        return unpack(self.packed)

    def tab_line(self) -> TabLine:
        return PackedTabLine(self.top, self.bottom, self.packed)


@dataclass
class _Table:
    top: float
    rows: list[list[str]]


@dataclass
class _Page:
    number: int
    lines: list[_Line] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    height: float = 0
    scanned: bool = False
    ocr: bool = False  # its lines were read by OCR
    # words of an OCR page that readers/ocr.py repaired: (what Tesseract read, the text kept, confidence)
    ocr_repairs: list[tuple[str, str, float]] = field(default_factory=list)

    def ends_like_a_table(self) -> bool:
        """Does one of the page's last lines (a footer may follow) hold words far apart, as a
        row of an unruled table that may go on on the next page? Known only where the page kept
        its words' positions."""
        return any(ln.words and len(split_at_gaps(ln.words)) >= 2 for ln in self.lines[-3:])


def _open(path: Path, data: Optional[bytes]):
    """The PDF opened by pdfplumber: from ``data``, or from the file at ``path`` where None."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        from pdfplumber.utils.exceptions import PdfminerException
    except ImportError:  # older pdfplumber raised pdfminer's exceptions as they are
        PdfminerException = PDFSyntaxError  # noqa: N806
    try:
        try:
            return pdfplumber.open(io.BytesIO(data) if data is not None else path)
        except PdfminerException as wrapped:
            inner = wrapped.args[0] if wrapped.args and isinstance(wrapped.args[0], Exception) else wrapped
            raise inner from wrapped
    except PDFPasswordIncorrect as e:
        raise EncryptedDocumentError(path, "is an encrypted PDF that needs a password to open") from e
    except PDFEncryptionError as e:
        raise EncryptedDocumentError(path, f"is encrypted in a way that cannot be read ({e})") from e
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as e:
        raise InputError(path, f"is not a readable PDF ({type(e).__name__}: {e})") from e


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


SYMBOL_FONT = regex_cache.compile(r"wingding|webding|symbol|zapf", regex.I)


def symbol_bullet(text: str, chars: list[dict]) -> str:
    """A line whose first glyph comes from a symbol font ("J" or "§" in Wingdings, "·" in
    Symbol) starts with a bullet, whatever letter the font maps it to."""
    if chars and text and SYMBOL_FONT.search(chars[0].get("fontname", "")) and text[0] == chars[0].get("text"):
        return "\u2022 " + text[1:].lstrip()
    return text


def _read_page(page, number: int, *, positions: bool = False) -> _Page:
    """The page's text lines and ruled tables; ``positions`` keeps the words' positions even
    without a header line (the page may continue an unruled table)."""
    out = _Page(number, height=float(page.height))
    if not page.chars:
        out.scanned = bool(page.images)
        return out
    from .pdfium import unbroken_cell  # (imported here: pdfium is loaded only when a PDF is read)

    boxes = []
    tables = page.find_tables()
    for t in tables:
        rows = [[unbroken_cell(normalise_characters(c or "")).strip() for c in row] for row in t.extract()]
        rows = [r for r in rows if any(r)]
        if rows and max(len(r) for r in rows) >= 2 and not is_page_frame(t.bbox, float(page.width), float(page.height), rows) \
                and not header_over_unruled_body(t.bbox, rows, ((c["text"], c["x0"], c["x1"], c["top"]) for c in page.chars),
                                                 [u.bbox for u in tables if u is not t]):
            boxes.append(t.bbox)
            out.tables.append(_Table(float(t.bbox[1]), rows))
    text_page = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else page
    raw = text_page.extract_text_lines(layout=False, strip=True, return_chars=True)
    texts = [normalise_characters(symbol_bullet(ln["text"], ln.get("chars") or [])).strip() for ln in raw]
    # word positions only where a line could head an unruled table: they cost time and memory
    placed = positions or any(header_label_count(t) >= MIN_LABELS for t in texts)
    for ln, text in zip(raw, texts):
        if text:
            chars = ln.get("chars") or []
            out.lines.append(_Line(text, float(ln["top"]), float(ln["bottom"]),
                                   placed_words(ln["text"], chars) if placed else None,
                                   pieces_of([(c.get("text", ""), float(c["x0"]), float(c["x1"])) for c in chars])))
    return out


# a figure of a table's body: money's thousands or decimals
_BODY_FIGURE = regex_cache.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+,\d+")
BODY_BELOW = 40.0  # points under a ruled header where its unruled body's first figures stand


def header_over_unruled_body(bbox: tuple, rows: list[list[str]], chars: Iterable[tuple], others: list[tuple]) -> bool:
    """Is a ruled table only a header, labels and no figure ("No | Kode Rekening | Program /
    Kegiatan | Jumlah (Rp) Anggaran ... Sisa"), over an unruled body, as a spreadsheet prints a
    sheet whose header alone has borders? Then its words are left on the page, where the reader of
    unruled tables finds header and body together. The body: digits right under the box, across
    its width (``chars``: each character's text, x0, x1 and top), and no other ruled table
    starting there (a ruled header over a ruled body is one table, put together later)."""
    if columns_run_together(rows):
        return True
    if len(rows) > 3 or any(_BODY_FIGURE.search(c) for r in rows for c in r) or \
            header_label_count(" ".join(c for c in rows[0] if c)) < MIN_LABELS:
        return False
    x0, _, x1, bottom = (float(v) for v in bbox)
    if any(bottom - 2.0 <= float(o[1]) <= bottom + BODY_BELOW for o in others):
        return False
    return any(text.isdigit() and bottom - 1.0 <= float(top) <= bottom + BODY_BELOW and float(a) >= x0 - 1.0
               and float(b) <= x1 + 1.0 for text, a, b, top, *_ in chars)


def columns_run_together(rows: list[list[str]]) -> bool:
    """A "table" ruled by its columns' vertical lines only, its rows ruled by nothing: read as a
    row or two whose cells each hold a whole column (three figures or more in two cells, or six in
    one, the whole body in the first cell where nothing rules it off). Its words
    are left on the page, for the reader of unruled tables."""
    counts = [len(_BODY_FIGURE.findall(c)) for r in rows for c in r]
    return len(rows) <= 3 and (sum(1 for n in counts if n >= 3) >= 2 or max(counts, default=0) >= 6)


def is_page_frame(bbox: tuple, width: float, height: float, rows: list[list[str]]) -> bool:
    """Is a ruled "table" the page's frame: a box around most of the page cut into a few cells, as
    a slide's background and its title band make, or a page border? Its cells hold the page's text,
    which is read as lines, not as a table of a few huge cells."""
    x0, top, x1, bottom = (float(v) for v in bbox)
    return len(rows) <= PAGE_FRAME_ROWS and max(len(r) for r in rows) <= PAGE_FRAME_COLUMNS and \
        x1 - x0 >= PAGE_FRAME_SHARE * width and bottom - top >= PAGE_FRAME_SHARE * height


# (a real table as tall as the page in a few rows has many columns: 2 rows of 12 cells)
PAGE_FRAME_ROWS = 3
PAGE_FRAME_COLUMNS = 2
PAGE_FRAME_SHARE = 0.8


def placed_words(text: str, chars: list[dict]) -> Optional[list[PlacedWord]]:
    """The words of a line with their x-positions, from its characters (the line's text has
    spaces where pdfplumber saw gaps; its other characters are the chars, in order). None when
    the two do not line up."""
    glyphs = [c for c in chars if not c.get("text", "").isspace()]
    out, k = [], 0
    for word in text.split():
        if k + len(word) > len(glyphs):
            return None
        first, last = glyphs[k], glyphs[k + len(word) - 1]
        if "".join(g.get("text", "") for g in glyphs[k:k + len(word)]) != word:
            return None
        clean = normalise_characters(word).strip()
        if clean:
            out.append(PlacedWord(clean, float(first["x0"]), float(last["x1"])))
        k += len(word)
    return out


def _placed(lines: list[_Line]) -> list[PlacedLine]:
    return [PlacedLine(ln.top, ln.bottom, ln.words or []) for ln in lines]


class _AllTabLines:
    """Every line of the pages as a :class:`PackedTabLine`, made anew each time they are gone over
    (a long document's are never all made at once)."""

    def __init__(self, pages: list[_Page]):  # noqa: D107
        self.pages = pages

    def __iter__(self) -> Iterator[TabLine]:
        for page in self.pages:
            for ln in page.lines:
                yield ln.tab_line()


def layout_of(pages: list[_Page]) -> Optional[Layout]:
    """The document's layout (space, margins, tab stops) from all its lines."""
    return learn_layout(_AllTabLines(pages))


@dataclass
class _TabRows:
    """The rows of a tab-laid table that start on one page (``table``: the table's number)."""

    table: int
    rows: list[list[str]]
    uncertain: set[int] = field(default_factory=set)  # indices into rows
    header_rows: Optional[int] = None  # where the reader knows the table's header (flattened tables)
    flattened: bool = False  # a flattened table's (numbered apart from the tab-laid ones)
    starts: list[int] = field(default_factory=list)  # a flattened table's: the line where each row starts
    readings: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # as TabTable.readings


class _DocumentLines:
    """The lines of a whole document, each made a :class:`PackedTabLine` when it is come to
    (never all held at once); a line of an aligned table is a barrier (no glyphs): no paragraph
    goes across it."""

    def __init__(self, stripped: list[list[_Line]], aligned: list[set[int]]):  # noqa: D107
        self.stripped = stripped
        self.aligned = aligned
        # the index of each page's first line among the document's
        self.starts = list(accumulate((len(lines) for lines in stripped[:-1]), initial=0))

    def __len__(self) -> int:
        return self.starts[-1] + len(self.stripped[-1]) if self.stripped else 0

    def __iter__(self):
        for lines, barriers in zip(self.stripped, self.aligned):
            for k, ln in enumerate(lines):
                yield PackedTabLine(ln.top, ln.bottom, None if k in barriers else ln.packed)

    def where(self, g: int) -> tuple[int, int]:
        """The page of the document's line ``g`` and its index there."""
        pi = bisect.bisect_right(self.starts, g) - 1  # pages without lines share their start with the next
        return pi, g - self.starts[pi]


def tab_tables_by_page(stripped: list[list[_Line]], aligned: list[set[int]], layout: Optional[Layout],
                       untabbed: Optional[list[set[int]]] = None) -> tuple[list[dict[int, _TabRows]], list[set[int]]]:
    """The tab-laid tables of the whole document (:mod:`.tabbed`), read over page breaks (a row
    may go on on the next page): for each page, its rows by the line where they stand, and the
    lines the tables take. ``aligned``: each page's lines of header-aligned tables, left out;
    ``untabbed``: each page's lines known to hold no tab (a fixed-pitch page's lines whose words
    all stand on the characters' grid): a table of such lines only is none (an indented list)."""
    flat = _DocumentLines(stripped, aligned)
    rows: list[dict[int, _TabRows]] = [{} for _ in stripped]
    taken: list[set[int]] = [set() for _ in stripped]
    for n, table in enumerate(tab_tables(flat, layout)):
        if untabbed is not None and all(k in untabbed[pi] for pi, k in map(flat.where, range(table.first, table.end))):
            continue
        for g in range(table.first, table.end):
            pi, k = flat.where(g)
            taken[pi].add(k)
        for r, (g, cells) in enumerate(table.rows):
            pi, k = flat.where(g)
            first_on_page = max(table.first, flat.starts[pi])
            at = rows[pi].setdefault(first_on_page - flat.starts[pi], _TabRows(n, []))
            if r in table.uncertain:
                at.uncertain.add(len(at.rows))
            if r in table.readings:
                at.readings[len(at.rows)] = table.readings[r]
            at.rows.append(cells)
    return rows, taken


def line_pitch(stripped: list[list[_Line]]) -> float:
    """The distance from one line's top to the next one's in the document's single-spaced text
    (a low tenth of the distances between lines that do not overlap)."""
    steps = sorted(b.top - a.top for lines in stripped for a, b in zip(lines, lines[1:])
                   if b.top - a.top >= 0.8 * min(a.bottom - a.top, b.bottom - b.top) > 0)
    if steps:
        return steps[len(steps) // 10]
    heights = sorted(ln.bottom - ln.top for lines in stripped for ln in lines)
    return 1.15 * heights[len(heights) // 2] if heights else 0.0


MAX_BLANKS = 4  # more than any count of blank lines readers.flattened tells apart


# the figures a row's cells hold: an amount in thousands groups, a decimal or a percentage (no
# code "1.06.02", no row number "2": those start a row of their own)
_WRAPPED_FIGURE = regex_cache.compile(r"(?:Rp\.?)?\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+%?|\d+%")
# the rest of a sentence or a name: a word in lower case ("target, sedangkan ..."), no list's
# letter ("b.")
_GOES_ON_WORD = regex_cache.compile(r"\p{Ll}(?![.)]$)")


PRINTER_EDGE_LINES = 3  # lines ending at the same rightmost point: the printer's edge, no line of the text's own


def _printed_wraps(stripped: list[list[_Line]], fixed_pitch: list[bool]) -> list[set[int]]:
    """On the pages of a text file printed in a fixed-pitch font, the lines that are the rest of
    a table row above, which the printer wrapped: the line starts with a figure that had no room
    at the end of the one above (measured on the page, where the runs of spaces a PDF line keeps
    as one still take their width), or with a word in lower case (the rest of a sentence or a
    name). A line that reaches the rightmost point of the document may be the text's own, as
    long, unless three lines or more reach it (the printer's edge); one that starts with a
    capital or a number may start a row: neither is joined."""
    out: list[set[int]] = [set() for _ in stripped]
    # each line's x0 and x1, as machine floats (a tuple of two floats a line is 110 bytes, and
    # every line of a printed text file is asked for)
    spans: list[tuple["array[float]", "array[float]"]] = []
    for lines, fixed in zip(stripped, fixed_pitch):
        x0s, x1s = array("d"), array("d")
        for ln in lines if fixed else ():
            x0, x1 = packed_span(ln.packed) if ln.packed is not None else (0.0, 0.0)
            x0s.append(x0)
            x1s.append(x1)
        spans.append((x0s, x1s))
    right = max((max(x1s) for _, x1s in spans if x1s), default=0.0)
    edge_lines = sum(1 for _, x1s in spans for x1 in x1s if x1 > right - 1.0)
    for pi, lines in enumerate(stripped):
        x0s, x1s = spans[pi]
        ratios = [(x1 - x0) / len(ln.text) for ln, x0, x1 in zip(lines, x0s, x1s) if len(ln.text) >= 10]
        if not ratios:
            continue
        char = min(ratios)  # a line without a run of spaces: the font's pitch
        # where lines of the document end right at the edge, one after another, that edge is the
        # printer's: a line that fills it had a word wrapped after it too
        limit = right + 0.5 * char if edge_lines >= PRINTER_EDGE_LINES else right - 0.5 * char
        for k in range(1, len(lines)):
            above, ln = lines[k - 1], lines[k]
            first = ln.text.split(" ", 1)[0]
            end = x1s[k - 1]
            # (where the line stands first: the cheaper test, false for most lines)
            if ln.top - above.top < 1.5 * (above.bottom - above.top) \
                    and end < limit and end + (1 + len(first)) * char > right + 0.5 * char \
                    and (_WRAPPED_FIGURE.fullmatch(first) or _GOES_ON_WORD.match(first)
                         or spaced_figure_goes_on(above.text, ln.text)):
                out[pi].add(k)
    return out


_DIGIT = regex_cache.compile(r"\d").search


def _part_glued_cells(text: str) -> str:
    """:func:`.normalise.part_glued_cells`, that first looks for a glued cell's sign with a slow
    regex (a tenth of this stage's time): a line with neither a digit nor "Rp" has none (each of
    its signs holds one of them), and is as it is."""
    return part_glued_cells(text) if "Rp" in text or _DIGIT(text) else text


def flattened_tables_by_page(pages: list[_Page], stripped: list[list[_Line]], taken: list[set[int]],
                             fixed_pitch: Optional[list[bool]] = None,
                             ) -> tuple[list[dict[int, _TabRows]], list[set[int]]]:
    """The flattened tables of the whole document (:mod:`.flattened`: a header of column labels
    over cells written one per line or run together), looked for as in a text export: each line
    of the page a line of text, and as many blank lines before it as its distance from the line
    above holds empty single-spaced lines (at the top of a page: from the highest first line of
    any page). A table may go on over a page break. ``taken``: each page's lines of tables
    already read; they, a ruled table and a page without lines end any flattened table. Per page
    as :func:`tab_tables_by_page`: the rows by the line where they stand, and the lines taken.
    ``fixed_pitch``: the pages that are a text file printed as it is; there a row's figures the
    printer wrapped onto the next line (:func:`_printed_wraps`) are read on the row's line again."""
    rows: list[dict[int, _TabRows]] = [{} for _ in stripped]
    used: list[set[int]] = [set() for _ in stripped]
    pitch = line_pitch(stripped)
    if pitch <= 0:
        return rows, used
    margin = min((lines[0].top for lines in stripped if lines), default=0.0)
    wrapped = _printed_wraps(stripped, fixed_pitch) if fixed_pitch else [set() for _ in stripped]
    # runs of the lines no other table took: a taken line, a ruled table or a page without
    # lines ends a run. A run's lines on one page follow each other: a run is kept as its pages'
    # stretches [page, first line, end], and its (page, line) pairs are made when it is read (a
    # report's runs hold most of its lines: a pair each, all at once, is megabytes)
    runs: list[list[list[int]]] = [[]]
    for pi, lines in enumerate(stripped):
        if not lines:
            runs.append([])
            continue
        tops = sorted(t.top for t in pages[pi].tables)
        for k, ln in enumerate(lines):
            above = lines[k - 1].top if k else float("-inf")
            if k in taken[pi] or any(above < top <= ln.top for top in tops):
                runs.append([])
            if k not in taken[pi]:
                stretches = runs[-1]
                if stretches and stretches[-1][0] == pi and stretches[-1][2] == k:
                    stretches[-1][2] = k + 1
                else:
                    stretches.append([pi, k, k + 1])
        if tops and tops[-1] > lines[-1].top:
            runs.append([])
    n = 0
    for stretches in runs:
        if not stretches:
            continue
        run = [(pi, k) for pi, first, end in stretches for k in range(first, end)]
        laid: list[tuple[str, int]] = []
        parts: list[list[int]] = []  # the run's lines each laid line holds
        # a row's cells the text layer ran together ("LainnyaRp1.250.000.000") parted, as the
        # text reader parts them
        parted = [_part_glued_cells(stripped[pi][k].text) for pi, k in run]
        for r, (pi, k) in enumerate(run):
            ln = stripped[pi][k]
            if r and k in wrapped[pi] and run[r - 1] == (pi, k - 1):
                laid[-1] = (laid[-1][0] + " " + parted[r], laid[-1][1])
                parts[-1].append(r)
                continue
            parts.append([r])
            if r == 0:
                blanks = 0
            elif run[r - 1][0] == pi:
                blanks = round((ln.top - stripped[pi][run[r - 1][1]].top) / pitch) - 1
            else:
                blanks = round((ln.top - margin) / pitch)
            laid.append((parted[r], max(0, min(MAX_BLANKS, blanks))))
        # figures an OCR layer spaced out ("7 0 %") joined as the text reader joins them: told
        # from the run's lines together (one spaced decimal among them shows the layer's way)
        together = "\n".join(t for t, _ in laid)
        spaced_joined = join_spaced_figures(together)
        # (where none was spaced out, the run's lines as they are: a run may hold most of a
        # report's lines, and splitting the text again would copy them all)
        joined = [t for t, _ in laid] if spaced_joined is together else spaced_joined.split("\n")
        del together, spaced_joined
        if len(joined) != len(laid):  # (no line holds a line break: each stays one)
            joined = [join_spaced_figures(t) for t, _ in laid]
        text, spans, source = laid_text([(t, blanks) for t, (_, blanks) in zip(joined, laid)])
        source = [parts[j][0] if j >= 0 else -1 for j in source]  # each laid line's first line in the run
        held = {rs[0]: rs for rs in parts}
        starts = [s for s, _ in spans]
        # a text file printed as it is (most of the run's lines on pages in a fixed-pitch font; a
        # page of tab-laid lines is off the characters' grid): a line may be a table's cell, as
        # in the text, and a page's mark the text holds (its own pages copied into it: "Laporan
        # Kinerja 2020 | 27") is a blank line there, as the text reader reads it (inside a table,
        # the table takes it: no paragraph of the report)
        printed = bool(fixed_pitch) and 2 * sum(1 for pi, _ in run if fixed_pitch[pi]) > len(run)
        if printed:
            text = _without_page_marks(text)
        for block, first, end in flattened_tables(text, spans, cells_one_per_line=printed):
            at = [run[r] for j in range(first, end) if source[j] >= 0 for r in held[source[j]]]
            for pi, k in at:
                used[pi].add(k)
            first_on = {}
            for pi, k in at:
                first_on.setdefault(pi, k)
            for r, row in enumerate(block.rows or []):
                cell = next((c for c in row if c.text), row[0])
                j = bisect.bisect_right(starts, cell.start) - 1 if r else first
                while j > first and source[j] < 0:
                    j -= 1
                pi = run[source[j]][0]
                part = rows[pi].setdefault(first_on[pi], _TabRows(n, [], header_rows=block.header_rows if r == 0 else None,
                                                                   flattened=True))
                if r in (block.unsure_rows or {}):  # its cells' columns a guess: no alarm from it
                    part.uncertain.add(len(part.rows))
                part.rows.append([c.text for c in row])
                part.starts.append(run[source[j]][1])
            n += 1
    return rows, used


def unruled_tables(lines: list[_Line], start: int = 0) -> dict[int, AlignedTable]:
    """The unruled tables of a page's lines from ``start`` (:mod:`.aligned`), by the index of
    their first line."""
    found: dict[int, AlignedTable] = {}
    placed: Optional[list[PlacedLine]] = None  # the lines' words, unpacked once a header is found
    i = start
    while i < len(lines):
        if lines[i].placed is not None and header_label_count(lines[i].text) >= MIN_LABELS:
            if placed is None:
                placed = _placed(lines)
            table = aligned_table_at(placed, i)
            if table is not None and not any(t.first <= table.first < t.end for t in found.values()):
                found[table.first] = table
                i = table.end
                continue
        i += 1
    return found


def read_pages(path: Path, data: Optional[bytes], engine: Optional[str] = None, ocr: Optional[str] = None) -> list[_Page]:
    from . import pdfium

    if pdfium.engine(engine) == "pdfium":  # PDFium's text layer (pdfplumber for ruled tables only; OCR)
        return pdfium.read_pages(path, data, ocr)
    pages = []
    pdf = _open(path, data)
    try:
        try:
            for i, page in enumerate(pdf.pages, start=1):
                try:
                    # a page after one that ends in an unruled table's row keeps its positions too
                    go_on = bool(pages) and pages[-1].ends_like_a_table()
                    pages.append(_read_page(page, i, positions=go_on))
                finally:
                    page.close()  # drop the page's parsed objects: only its text is kept
        except Exception as e:  # pdfminer raises many kinds on damaged files  # noqa: BLE001
            if isinstance(e, InputError):
                raise
            raise damaged_page(path, len(pages) + 1, e) from e
    finally:
        close_quietly(pdf)
    return pages


def damaged_page(path: Path, number: int, e: Exception) -> InputError:
    """The error for a page that cannot be read, whichever library failed on it."""
    return InputError(path, f"is a damaged PDF: page {number} cannot be read ({type(e).__name__})")


def close_quietly(pdf) -> None:
    """Close a PDF; closing a damaged file may fail too, and the first error is the one to tell."""
    try:
        pdf.close()
    except Exception:  # noqa: BLE001
        pass


# --- ruled tables over page breaks ---------------------------------------------------------------

FIGURE_CELL = regex_cache.compile(r"^[-+(]?(?:rp\.?\s*)?\d[\d.,]*\)?\s*%?$", regex.I)


def _continues_row(last: list[str], first: list[str], rows: list[list[str]]) -> bool:
    """Is ``first``, the first row of a ruled table at the top of a page (under a repeated header),
    the rest of ``last``, the row that ended the table on the page before (a row the word
    processor let break across the page)? LibreOffice rules the break like a row's end, so it is
    told by the cells: ``first`` has text only in columns where ``last`` has text, none of it a
    figure, and is empty in the first column, which ``last`` and every other row of the table
    (``rows``, the rest of its body on the page before) fill: a row of the table never lacks it.
    (A sub-heading row at the top of a page, "" / "Kegiatan Penunjang" / "" ..., looks the same:
    it is told apart only where the table has such rows before the break.)"""
    if len(first) != len(last) or first[0] or not last[0] or not any(first):
        return False
    if not rows or not all(r[0] for r in rows):
        return False  # rows without a first cell happen in this table (or none tells): this may be one
    filled = [c for c in first if c]
    if sum(1 for c in last if c) <= len(filled):
        return False
    return all(last[k] for k, c in enumerate(first) if c) and not any(FIGURE_CELL.match(c) for c in filled)


def join_split_rows(pages: list[_Page], stripped: list[list[_Line]]) -> None:
    """A ruled table that ends one page and goes on at the top of the next (as the reader joins
    them: nothing between, as many columns) whose first row there (a repeated header row aside)
    is the rest of the page's last row (:func:`_continues_row`): its cells' text is put at the
    end of that row's cells, and the row goes. In place, in ``pages``' tables."""
    before: Optional[tuple[_Table, list[str]]] = None  # the table that ended the page before, its header
    for pi, page in enumerate(pages):
        lines = stripped[pi]
        tables = sorted(page.tables, key=lambda t: t.top)
        if not tables:
            before = None
            continue
        first, head = tables[0], tables[0].rows[0]
        if before is not None and (not lines or lines[0].top > first.top) and \
                max(len(r) for r in before[0].rows) == max(len(r) for r in first.rows):
            table, head = before
            k = 1 if len(first.rows) > 1 and first.rows[0] == head else 0
            body = [r for r in table.rows if r != head]
            if body and _continues_row(body[-1], first.rows[k], body[:-1]):
                table.rows[-1] = [f"{x}\n{y}" if y else x for x, y in zip(table.rows[-1], first.rows[k])]
                del first.rows[k]
                if not first.rows:
                    page.tables.remove(first)
                    tables.pop(0)
                    if not tables:  # the page held nothing of the table but the row's rest
                        before = before if not lines else None
                        continue
                    first, head = tables[0], tables[0].rows[0]
        last = tables[-1]
        if last is not first:
            head = last.rows[0]
        before = (last, head) if not lines or lines[-1].top < last.top else None


# --- running headers and footers ---------------------------------------------------------------

_DIGIT_RUN = regex_cache.compile(r"\d+")


def _signature(text: str) -> str:
    return _DIGIT_RUN.sub("#", " ".join(text.lower().split()))


# a running header or footer stands at the same height on every page, give or take this much
FURNITURE_DRIFT = 3.0


def _furniture(pages: list[_Page], edge: int = 3) -> dict[str, float]:
    """Lines at the top or bottom of pages that repeat, digits aside, at the same height on at
    least half of them: their signature and height. (Rows of a table running over a page break
    look alike too, "23. Orang 330 330" and "24. Orang 340 340", but stand at the bottom of one
    page and the top of the next.)"""
    with_text = [p for p in pages if p.lines]
    if len(with_text) < 2:
        return {}
    tops: dict[str, list[float]] = {}
    for p in with_text:
        seen: dict[str, float] = {}
        for ln in p.lines[:edge] + p.lines[-edge:]:
            seen.setdefault(_signature(ln.text), ln.top)
        for sig, top in seen.items():
            tops.setdefault(sig, []).append(top)
    need = max(2, (len(with_text) + 1) // 2)
    out: dict[str, float] = {}
    for sig, ys in tops.items():
        at = median(ys)
        if sum(1 for y in ys if abs(y - at) <= FURNITURE_DRIFT) >= need:
            out[sig] = at
    return out


def _strip_furniture(page: _Page, furniture: dict[str, float], edge: int = 3,
                     layout: Optional[Layout] = None) -> list[_Line]:
    lines = page.lines
    keep = []
    for i, ln in enumerate(lines):
        at_edge = i < edge or i >= len(lines) - edge
        at = furniture.get(_signature(ln.text))
        if at_edge and (at is not None and abs(ln.top - at) <= FURNITURE_DRIFT
                        or PAGE_NUMBER.match(ln.text) and not _goes_on_a_row(lines, i, layout)
                        and not _in_the_text_s_flow(lines, i, edge)):
            continue
        keep.append(ln)
    return keep


_BARE_NUMBER = regex_cache.compile(r"\d{1,4}").fullmatch
FLOW_STEP = 1.2  # of the page's usual step from one line's top to the next


def _in_the_text_s_flow(lines: list[_Line], i: int, edge: int) -> bool:
    """Is the bare number of line ``i``, at the page's top or bottom, a cell of a table written a
    cell a line rather than the page's number: every line between it and the page's body (and
    the first body line) follows the one before a line's step away, as the lines of the text
    do? A page's number stands apart from the text, in the margin; a decorated one ("- 12 -",
    "Halaman 12") is a page number wherever it stands."""
    if not _BARE_NUMBER(lines[i].text.strip()) or len(lines) < 2 * edge + 1:
        return False
    tops = [ln.top for ln in lines]
    steps = sorted(b - a for a, b in zip(tops, tops[1:]) if b > a)
    if not steps:
        return False
    step = FLOW_STEP * steps[len(steps) // 2]
    span = range(i, edge) if i < edge else range(len(lines) - edge - 1, i)  # pairs (k, k + 1) up to the body
    return all(0 < tops[k + 1] - tops[k] <= step for k in span)


def _goes_on_a_row(lines: list[_Line], i: int, layout: Optional[Layout]) -> bool:
    """Is the bare number of line ``i`` the rest of a tab-laid row rather than a page number: on
    a tab stop past the margin, a line's spacing away from a tab-laid line ("15" below
    "13 TALANG 8 49 ... 1", its last cells wrapped)? A page number stands apart from the text."""
    ln = lines[i]
    if layout is None or not ln.pieces:
        return False
    x0 = ln.pieces[0].x0
    if x0 <= layout.margin + layout.space or not layout.on_stop(x0):
        return False
    tops = [l.top for l in lines]
    pitches = sorted(b - a for a, b in zip(tops, tops[1:]) if b > a)
    if not pitches:
        return False
    pitch = pitches[len(pitches) // 2]
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and abs(lines[j].top - ln.top) <= 1.2 * pitch \
                and tab_laid(TabLine(lines[j].top, lines[j].bottom, lines[j].pieces or []), layout):
            return True
    return False


GRID_TOLERANCE = 0.05  # of a character's width: a fixed-pitch font's glyphs stand on its grid exactly


def _runs(lines: list[_Line]) -> tuple[np.ndarray, list[int], list[int]]:
    """The words of the lines that kept their words, else their glyph runs: for each the end of
    its text in its line's, its x0 and its x1, in rows (read from the packed words or runs at
    once: no word or piece is made); for each line the index of its first among all (one more
    at the end), and the same for the lines that have words or runs packed (the others, none)."""
    spots = array("d")
    starts = []
    firsts = []  # where each line's words or runs start among all of them
    for ln in lines:
        starts.append(len(spots) // 3)
        got = ln.placed if ln.placed is not None else ln.packed
        if got is not None:
            firsts.append(len(spots) // 3)
            spots.extend(packed_positions(got))
    starts.append(len(spots) // 3)
    runs = np.frombuffer(spots, dtype=np.float64).reshape(-1, 3) if spots else np.zeros((0, 3))  # end, x0, x1
    return runs, starts, firsts


def _character_widths(runs: np.ndarray, firsts: list[int]) -> np.ndarray:
    """The width of a character in each word or glyph run (:func:`_runs`)."""
    before = np.empty(len(runs))
    before[1:] = runs[:-1, 0]
    before[firsts] = 0.0  # a line's first word or run starts at its text's start
    return (runs[:, 2] - runs[:, 1]) / (runs[:, 0] - before)


def line_on_grid(text: str, ends: list[int], columns: list[int], on_grid: list[bool]) -> str:
    """A line of :func:`monospaced_text` laid out word by word: each word on the grid at its
    character column (at least a space after the word before), a word off the grid after a tab.
    ``text``: the line's words' texts joined; ``ends``: each word's end in it."""
    out: list[str] = []  # the line's parts, and its length so far
    n = 0
    a = 0
    for end, column, flag in zip(ends, columns, on_grid):
        word = text[a:end]
        a = end
        if not flag:  # a tab's stop, off the characters' grid: the line is tab-laid
            out += ("\t", word)
            n += 1 + len(word)
            continue
        pad = max(column - n, 1 if n else 0)
        out += (" " * pad, word)
        n += pad + len(word)
    return "".join(out)


def laid_on_grid(line_texts: list[str], starts: list[int], ends: np.ndarray, columns: np.ndarray,
                  on_grid: np.ndarray) -> list[Optional[str]]:
    """The lines of :func:`monospaced_text` whose every word stands on the grid, each after the end
    of the word before (most lines of such a page), laid out all at once: each as
    :func:`line_on_grid` lays it, word by word (a Python loop over every word of the page took
    a twentieth of the reader's time). None for the other lines.
    ``line_texts``: each line's words' texts joined; ``starts``: each line's first word among all
    (one more at the end); ``ends``: each word's end in its line's text; ``columns``: each word's
    character column; ``on_grid``: does each word stand on the grid."""
    n_lines = len(line_texts)
    joined = "\n".join(line_texts)
    if not n_lines or joined.count("\n") != n_lines - 1:
        return [None] * n_lines
    if not len(ends):
        return [""] * n_lines
    at = np.asarray(starts, dtype=np.int64)
    counts = np.diff(at)
    line_of = np.repeat(np.arange(n_lines), counts)  # each word's line
    first = np.zeros(len(ends), dtype=bool)
    first[at[:-1][counts > 0]] = True
    begin = np.empty(len(ends), dtype=np.int64)  # each word's start in its line's text
    begin[:1] = 0
    begin[1:] = ends[:-1]
    begin[first] = 0
    length = ends - begin
    # the line's length before each word, as laid word by word: the end of the word before
    before = np.zeros(len(ends), dtype=np.int64)
    before[1:] = columns[:-1] + length[:-1]
    before[first] = 0
    # a word laid word by word gets at least one space after a word: where its column leaves
    # none, or it is off the grid, its line is laid word by word
    fits = on_grid & (columns - before >= (before > 0))
    bad = np.zeros(n_lines, dtype=bool)
    bad[line_of[~fits]] = True
    last = at[1:] - 1
    width = np.where((counts > 0) & ~bad, columns[np.maximum(last, 0)] + length[np.maximum(last, 0)], 0)
    out_start = np.cumsum(width + 1) - (width + 1)  # each line's start in the laid text ("\n" after each)
    src_start = np.cumsum([len(t) + 1 for t in line_texts]) - np.asarray([len(t) + 1 for t in line_texts])
    take = ~bad[line_of]
    w_src = (src_start[line_of] + begin)[take]
    w_dst = (out_start[line_of] + columns)[take]
    w_len = length[take]
    step = np.arange(int(w_len.sum())) - np.repeat(np.cumsum(w_len) - w_len, w_len)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    out = np.full(int((width + 1).sum()), 0x20, dtype="<u4")
    out[out_start + width] = 0x0A
    out[np.repeat(w_dst, w_len) + step] = codes[np.repeat(w_src, w_len) + step]
    laid = out[:-1].tobytes().decode("utf-32-le", "surrogatepass").split("\n")
    return [None if b else t for t, b in zip(laid, bad.tolist())]


def monospaced_text(lines: list[_Line]) -> Optional[tuple[str, list[tuple[int, int]], list[Optional[int]], set[int]]]:
    """A page set in one fixed-pitch font (a text file printed as it is: every glyph as wide as
    the next) as the text it was printed from, as ``pdftotext -layout`` gives it: each word in its
    character column, each skipped line a blank line, a word off the characters' grid after a tab
    (it stands on a tab stop). None for a page in a proportional font, or where most words do not
    stand on the character grid. The text, its lines' spans, for each line the page line it is
    (None for a blank one), and the page lines whose words all stand on the grid (no tab in
    them: a tab jumps to a stop of its own grid, 1,25 cm apart)."""
    # the width of a character in each word (else each glyph run), told from the packed runs: most
    # pages are in a proportional font and go no further
    runs, starts, firsts = _runs(lines)
    widths = _character_widths(runs, firsts)
    if len(widths) < 20:
        return None
    widths.sort()
    pitch = float(widths[len(widths) // 2])
    if pitch <= 0 or int(np.count_nonzero(np.abs(widths - pitch) > 0.02 * pitch)) > 0.05 * len(widths):
        return None
    # each word once: on the grid or not, and its character column (all the page's at once;
    # np.rint rounds half to even as round() does)
    margin = float(runs[:, 1].min())
    at = (runs[:, 1] - margin) / pitch
    cols = np.rint(at)
    on_grid = np.abs(at - cols) <= GRID_TOLERANCE
    if int(np.count_nonzero(~on_grid)) > 0.2 * len(runs):
        return None
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top)
    if not steps:
        return None
    step = steps[len(steps) // 2]
    texts: list[str] = []
    origin: list[Optional[int]] = []
    # the lines with a word off the grid (a line without words has all its words on it)
    off = set((np.searchsorted(starts, np.flatnonzero(~on_grid), side="right") - 1).tolist())
    gridded = set(range(len(lines))) - off
    line_texts = [packed_text(ln.placed if ln.placed is not None else ln.packed) if starts[k] < starts[k + 1] else ""
                  for k, ln in enumerate(lines)]
    laid = laid_on_grid(line_texts, starts, runs[:, 0].astype(np.int64), cols.astype(np.int64), on_grid)
    flags, columns, ends = on_grid.tolist(), cols.astype(np.int64).tolist(), runs[:, 0].astype(np.int64).tolist()
    for k, ln in enumerate(lines):
        if k:
            skipped = round((ln.top - lines[k - 1].top) / step) - 1
            texts += [""] * max(0, min(skipped, 2))
            origin += [None] * max(0, min(skipped, 2))
        a, b = starts[k], starts[k + 1]
        texts.append(laid[k] if laid[k] is not None else  # type: ignore[arg-type]
                     line_on_grid(line_texts[k], ends[a:b], columns[a:b], flags[a:b]))
        origin.append(k)
    spans, at_ = [], 0
    for t in texts:
        spans.append((at_, at_ + len(t)))
        at_ += len(t) + 1
    return "\n".join(texts), spans, origin, gridded


def _spaced_and_untabbed(stripped: list[list[_Line]], aligned: list[dict[int, AlignedTable]]
                         ) -> tuple[list[dict[int, tuple[int, list[list[str]], Optional[int]]]], list[set[int]]]:
    """For each page: its tables laid out with spaces (:func:`spaced_tables`), and the lines whose
    words all stand on the characters' grid (:func:`monospaced_text`). Each page is rebuilt as its
    text once (most of the time these take), and that text is dropped before the next page: kept
    for every page it was a sixth of what a long PDF held while it was read."""
    spaced, untabbed = [], []
    for lines, a in zip(stripped, aligned):
        rebuilt = monospaced_text(lines)
        spaced.append(spaced_tables(lines, {k for t in a.values() for k in range(t.first, t.end)}, rebuilt)
                      if rebuilt else {})
        untabbed.append(rebuilt[3] if rebuilt else set())
    return spaced, untabbed


def spaced_tables(lines: list[_Line], taken: set[int], rebuilt: Optional[tuple[str, list[tuple[int, int]], list[Optional[int]], set[int]]] = None,
                  ) -> dict[int, tuple[int, list[list[str]], Optional[int]]]:
    """Tables laid out with spaces in a text file printed in a fixed-pitch font (its columns stand
    where the spaces put them; a PDF line keeps one space of each run): read from the page's text
    rebuilt with its spaces (:func:`monospaced_text`) by the text reader's rules
    (:mod:`.spaced`), as the text file itself is. By the index of the table's first line: the index
    after its last, its rows and header rows."""
    from .spaced import spaced_table_at

    if rebuilt is None:
        rebuilt = monospaced_text(lines)
    if rebuilt is None:
        return {}
    text, spans, origin, _ = rebuilt
    out: dict[int, tuple[int, list[list[str]], Optional[int]]] = {}
    i = 0
    while i < len(spans):
        if origin[i] is None or origin[i] in taken:
            i += 1
            continue
        found = spaced_table_at(text, spans, i)
        if found is None:
            i += 1
            continue
        block, j = found
        covered = [k for k in origin[i:j] if k is not None]
        if block.rows and not taken.intersection(covered):
            out[covered[0]] = (covered[-1] + 1, [[c.text for c in r] for r in block.rows], block.header_rows)
            i = j
            continue
        i += 1
    return out


def blank_line_before(lines: list[_Line]) -> set[int]:
    """The lines of a page with a skipped line above them: a gap from the line above wider than
    the page's usual one by most of a line's height (a text's blank line, printed)."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    if not gaps:
        return set()
    usual = median(gaps)
    return {k for k, (a, b) in enumerate(zip(lines, lines[1:]), 1) if b.top - a.bottom > usual + 0.8 * (a.bottom - a.top) > usual}


def pipe_tables(texts: list[str], taken: set[int], blank_before: frozenset[int] = frozenset()) -> dict[int, tuple[int, list[list[str]]]]:
    """Markdown pipe tables of a text file printed to PDF ("No | Program | Pagu", with or without
    the outer pipes): a run of lines with pipes between cells, the first its header, read by the
    text reader's rules. A row too long for the page wraps onto the next line, anywhere (before a
    pipe, after it, inside a cell): lines join into one row until it has as many pipes as the
    header; a row that would get more is no row of this table. ``blank_before``: the lines with
    a blank line above them (:func:`blank_line_before`), which end a table as in the text. By the
    index of the table's first line: the index after its last, and its rows."""
    out: dict[int, tuple[int, list[list[str]]]] = {}
    i, n = 0, len(texts)
    while i < n:
        head = strip_emphasis(texts[i]).strip()
        if i in taken or not _starts_pipe_row(head) or head.count("|") < 2:
            i += 1
            continue
        rows, j = pipe_rows(texts, i + 1, head, taken | blank_before if blank_before else taken)
        if rows:
            out[i] = (j, rows)
            i = j
            continue
        i += 1
    return out


def _starts_pipe_row(line: str) -> bool:
    """Is the line a row of a markdown pipe table, by the text reader's rule?"""
    from .text import _PIPE_ROW

    return bool(_PIPE_ROW.match(line))


def pipe_rows(texts: list[str], i: int, head: str, taken: set[int]) -> tuple[list[list[str]], int]:
    """The rows under the pipe table's header line ``head`` from line ``i`` (the header's row the
    first), each joined from the lines it wrapped onto, and the index after the last; no rows
    where no line under the header is a row with its pipes. Also for a table that goes on at the
    top of the next page (read under the header of the page before, then left out)."""
    from .text import split_blocks

    want = head.count("|")
    rows, j, n = [head], i, len(texts)
    while j < n and j not in taken:
        row = strip_emphasis(texts[j]).strip()
        if "|" not in row:
            break
        got = row.count("|")
        while got < want and j + 1 < n and j + 1 not in taken and texts[j + 1].strip():
            more = strip_emphasis(texts[j + 1]).strip()
            if got + more.count("|") > want:
                break
            row, got, j = f"{row} {more}", got + more.count("|"), j + 1
        if got != want:
            break
        rows.append(row)
        j += 1
    if len(rows) >= 2:
        blocks = split_blocks("\n".join(rows))
        if len(blocks) == 1 and blocks[0].kind == "table" and blocks[0].rows:
            return [[c.text for c in r] for r in blocks[0].rows], j
    return [], i


# --- reflow ------------------------------------------------------------------------------------

def _starts_block(line: str) -> bool:
    return bool(BULLET.match(line) or LIST_ITEM.match(line) or HEADING.match(line))


def _kind(line: str) -> str:
    if BULLET.match(line) or LIST_ITEM.match(line):
        return "list_item"
    if HEADING.match(line) and len(line) <= 90:
        return "heading"
    return "paragraph"


def _clean_bullet(line: str) -> str:
    m = BULLET.match(line)
    return "- " + line[m.end():] if m else line


def _wrapped_sentence_end(prev_text: str, line: str, full_line: int) -> bool:
    """Is ``line`` a sentence's last word or two that a full line before wrapped ("... rapat
    evaluasi bersama Komisi IV" / "DPRD."), not a heading in capitals? The line before runs the
    full width without ending its sentence, and the line ends the sentence."""
    return bool(full_line) and len(prev_text) >= 0.8 * full_line and not SENTENCE_END.search(prev_text) \
        and line.endswith(".") and len(line.split()) <= 3 and not (BULLET.match(line) or LIST_ITEM.match(line))


def _continue(prev_text: str, line: str, full_line: int = 0, fixed_pitch: bool = False) -> tuple[bool, str]:
    """Does ``line`` continue the paragraph whose last line is ``prev_text``, and with what glue?

    ``full_line`` is the length of a full line on the page: a line much shorter than that was
    ended on purpose (a heading, the end of a paragraph) when the next one starts with a capital.
    On a ``fixed_pitch`` page (a text file printed as it is, every character as wide) a line the
    printer wrapped had no room for the next line's first word: a line that had room for it ended
    in the text itself, and its end is kept as the text reader keeps it (a line end before a
    capital can end a sentence: "... realisasi Rp 57.000.000" / "Secara keseluruhan ..."). The
    block goes on: a run of spaces the printer dropped at a wrap also leaves room, and the text
    reader's blocks do not end at every line's end either.
    """
    if _starts_block(line) and not _wrapped_sentence_end(prev_text, line, full_line):
        return False, ""
    if fixed_pitch and full_line and not (prev_text.endswith("-") and line[:1].islower()) and \
            len(prev_text) + 1 + len(line.split(" ", 1)[0]) <= full_line:
        return True, "\n"
    # a list item's heading in capitals ("1.06.01 PROGRAM PENUNJANG ...") ends at its line's end
    # when a line of ordinary case follows ("Anggaran Rp ...")
    label = LIST_ITEM.match(prev_text)
    if label and _CAPITALS(prev_text[label.end():]) and line[:1].isupper() and not _CAPITALS(line):
        return False, " "
    if full_line and len(prev_text) < 0.6 * full_line and line[:1].isupper():
        return False, " "
    if prev_text.endswith("-") and not prev_text.endswith(" -") and line[:1].islower():
        return True, ""  # a word hyphenated at the line end
    if SENTENCE_END.search(prev_text) and line[:1].isupper() and len(prev_text) < 60:
        return False, " "
    return True, " "


@dataclass
class _Pending:
    """A text block being re-flowed: its kind and its pieces (page, glue, text)."""

    kind: str
    pieces: list[tuple[int, str, str]]

    @property
    def text(self) -> str:
        return self.pieces[-1][2]


def _flush(b: DocumentBuilder, pending: Optional[_Pending]) -> Optional[Block]:
    if pending is None:
        return None
    page, _, first = pending.pieces[0]
    b.start_page(page)
    block = b.add_block(pending.kind, first)  # type: ignore[arg-type]
    if block is not None:
        for pg, glue, text in pending.pieces[1:]:
            b.extend_block(block, text, glue=glue, page=pg)
    return block


def _in_reading_order(lines: list[_Line], tables: list[_Table]) -> list[tuple[float, Union[_Line, _Table]]]:
    """The page's lines in their order, each ruled table before the first line below its top.
    The lines' order is the reader's, not their tops': a page in two columns gives the left
    column's lines, then the right one's (readers.pdfium.read_in_columns)."""
    ordered = sorted(tables, key=lambda t: t.top)
    items: list[tuple[float, Union[_Line, _Table]]] = []
    k = 0
    for ln in lines:
        while k < len(ordered) and ordered[k].top < ln.top:
            items.append((ordered[k].top, ordered[k]))
            k += 1
        items.append((ln.top, ln))
    items += [(t.top, t) for t in ordered[k:]]
    return items


def read_pdf(path: Path, data: Optional[bytes], engine: Optional[str] = None, ocr: Optional[str] = None) -> Document:
    """``data``: the file's bytes, or None to read the file at ``path`` (what read_document does:
    the bytes of a long PDF are then never all held). ``engine``: "pdfium" (the default) or
    "pdfplumber"; $KESOS_PDF_ENGINE where not given. ``ocr``: "auto", "never" or "always" (:mod:`.ocr`); $KESOS_OCR, else "auto", where not given."""
    try:
        return _read_pdf(path, data, engine, ocr)
    finally:
        _RECENT.clear()  # the last lines whose pieces were unpacked: the stages after reading hold them no more


def _read_pdf(path: Path, data: Optional[bytes], engine: Optional[str], ocr: Optional[str]) -> Document:
    pages = read_pages(path, data, engine, ocr) if engine or ocr else read_pages(path, data)
    if not pages:
        raise NoTextError(path, "has no pages")
    if not any(p.lines or p.tables for p in pages):
        scanned = "scanned images without a text layer" if any(p.scanned for p in pages) else "no text"
        from . import ocr
        hint = f" ({ocr.missing()})" if any(p.scanned for p in pages) and ocr.missing() else ""
        raise NoTextError(path, f"has {scanned} on all {len(pages)} page(s); run OCR first{hint}")
    furniture = _furniture(pages)
    layout = layout_of(pages)
    stripped = [_strip_furniture(page, furniture, layout=layout) for page in pages]
    join_split_rows(pages, stripped)
    # header-aligned tables first (their columns are read by position), then tab-laid ones
    aligned = [unruled_tables(lines) if any(ln.placed is not None for ln in lines) else {} for lines in stripped]
    # a text file printed in a fixed-pitch font: its tables laid out with spaces, read as the text's,
    # and on such a page a line whose words all stand on the characters' grid has no tab
    spaced, untabbed = _spaced_and_untabbed(stripped, aligned)
    in_spaced = [{k for first, (end, *_) in sp.items() for k in range(first, end)} for sp in spaced]
    # a markdown pipe table's lines are no tab-laid rows (the text reader reads a pipe table first)
    in_pipes = [{k for first, (end, _) in pipe_tables([ln.text for ln in lines], sp, frozenset(blank_line_before(lines))).items()
                 for k in range(first, end)}
                if any("|" in ln.text for ln in lines) else set() for lines, sp in zip(stripped, in_spaced)]
    tab_rows, tab_taken = tab_tables_by_page(
        stripped, [{k for t in a.values() for k in range(t.first, t.end)} | sp | pp
                   for a, sp, pp in zip(aligned, in_spaced, in_pipes)], layout, untabbed)
    # then flattened tables (a header of column labels over cells one per line) among the rest
    flat_rows, flat_taken = flattened_tables_by_page(
        pages, stripped, [{k for t in a.values() for k in range(t.first, t.end)} | t | sp
                          for a, t, sp in zip(aligned, tab_taken, in_spaced)], [bool(u) for u in untabbed])
    tab_blocks: dict[tuple[bool, int], Block] = {}
    # a text file printed in a fixed-pitch font keeps its blank lines as skipped steps of the pitch
    pitch = line_pitch(stripped) if any(untabbed) else 0.0
    # ... and a page that ends above the lowest line of the others, or starts below the highest,
    # had blank lines there: the text's paragraph ended at the page break
    highest = min((lines[0].top for lines in stripped if lines), default=0.0)
    lowest = max((lines[-1].bottom for lines in stripped if lines), default=0.0)
    ended_short = False
    b = DocumentBuilder(str(path), "pdf")
    warnings: list[str] = []
    pending: Optional[_Pending] = None
    last_table: Optional[Block] = None
    open_table: Optional[tuple[AlignedTable, Block]] = None  # an unruled table that ended its page
    open_pipes: Optional[tuple[Block, str]] = None  # a pipe table that ended its page, and its header line
    for pi, page in enumerate(pages):
        if pi:  # the page before is in the document: its lines go (an OCR page's are asked for at the end)
            stripped[pi - 1], aligned[pi - 1], spaced[pi - 1] = [], {}, {}
            if not pages[pi - 1].ocr:
                pages[pi - 1].lines = []
        if not page.lines and not page.tables:
            warnings.append(f"page {page.number} has no text layer (a scanned image?)" if page.scanned
                            else f"page {page.number} is empty")
            continue
        lines = stripped[pi]
        gaps = [l2.top - l1.bottom for l1, l2 in zip(lines, lines[1:]) if l2.top > l1.bottom]
        usual_gap = median(gaps) if gaps else 0.0
        # the gap between the lines of one paragraph where most lines end one (a list of one line
        # an item, each paragraph spaced after, as a word processor exports it): the median is then
        # the paragraphs' spacing, and their breaks are told from the narrowest gaps' width
        line_gap = sorted(gaps)[len(gaps) // 5] if len(gaps) >= 5 else 0.0
        line_gap = line_gap if 0 < line_gap < 0.6 * usual_gap else 0.0
        # where most lines touch or overlap the one before (their boxes as tall as the line step), the gaps
        # between boxes are only those between paragraphs, and their median tells none from the
        # others: there a gap of half a line's height or more after a sentence's end is a
        # skipped line (a paragraph's end; a line that ends mid-sentence goes on, whatever the gap)
        touching = sum(1 for l1, l2 in zip(lines, lines[1:]) if l2.top - l1.bottom <= 0.1 * (l1.bottom - l1.top))
        # (as many touching as not: short paragraphs of two lines, a skipped line after each)
        touch = touching > 0 and 2 * touching >= len(lines) - 1
        items = _in_reading_order(lines, page.tables)
        # a full line's length, in each column where the page is set in columns (a line across
        # the page, a title or a table's, is no measure of a column's lines)
        full_lines: dict[int, int] = {}
        for ln in lines:
            full_lines[ln.column] = max(full_lines.get(ln.column, 0), len(ln.text))
        prev: Optional[_Line] = None
        blank_at_break = bool(untabbed[pi]) and pitch > 0 and bool(lines) and \
            (ended_short or lines[0].top > highest + 0.5 * pitch)
        ended_short = bool(untabbed[pi]) and pitch > 0 and bool(lines) and lines[-1].bottom < lowest - 0.5 * pitch
        # an unruled table that ended the page before goes on in the first lines of this one
        went_on = 0
        if open_table is not None and lines and lines[0].placed is not None:
            got = continued_rows(_placed(lines), open_table[0])
            if got is not None:
                b.extend_table(open_table[1], got[0], page=page.number)
                went_on = got[1]
        if not went_on or went_on < len(lines):
            open_table = None
        # unruled tables under a header of labels, columns aligned; then tab-laid tables (rows
        # as the source's paragraphs of tab-separated cells) among the other lines
        positioned = any(ln.placed is not None for ln in lines)
        unruled = (unruled_tables(lines, went_on) if went_on else aligned[pi]) if positioned else {}
        in_unruled = {k for t in unruled.values() for k in range(t.first, t.end)}
        tabbed = {k: v for k, v in tab_rows[pi].items() if k >= went_on and k not in in_unruled}
        in_tabbed = {k for k in tab_taken[pi] if k >= went_on and k not in in_unruled}
        in_flat = {k for k in flat_taken[pi] if k >= went_on and k not in in_unruled | in_tabbed}
        tabbed.update((k, v) for k, v in flat_rows[pi].items() if k in in_flat)
        taken = set(range(went_on)) | in_tabbed | in_unruled | in_flat
        texts = [ln.text for ln in lines]
        # as the text reader reads a text with markdown, and its figures an OCR layer spaced out:
        # told from the page's lines together, as the text reader tells them from the whole text
        # (one spaced decimal shows the layer's way; "7 0 % 7 0 %" on a line of its own then joins)
        prose = [strip_emphasis(t) for t in texts]
        joined = join_spaced_figures("\n".join(prose)).split("\n")
        prose = joined if len(joined) == len(prose) else [join_spaced_figures(t) for t in prose]
        # a pipe table that ended the page before goes on in this one's first lines, under its header
        more, went_pipes = pipe_rows(texts, 0, open_pipes[1], taken) if open_pipes and lines else ([], 0)
        more_pipes = open_pipes[0] if more[1:] and open_pipes is not None else None
        pipes_header = open_pipes[1] if open_pipes is not None else ""
        piped_taken = taken | set(range(went_pipes if more_pipes is not None else 0))
        pipes_found = pipe_tables(texts, piped_taken, frozenset(blank_line_before(lines)))
        piped = {k: (end, rows, None) for k, (end, rows) in pipes_found.items()}
        piped.update((k, v) for k, v in spaced[pi].items()
                     if k >= went_on and not piped_taken.intersection(range(k, v[0])))
        in_piped = {k for first, (end, *_) in piped.items() for k in range(first, end)}
        if more_pipes is not None:
            in_piped |= set(range(went_pipes))
        open_pipes = None
        index = {id(ln): k for k, ln in enumerate(lines)}
        for n, (_, item) in enumerate(items):
            if isinstance(item, _Line) and index[id(item)] in in_piped:
                k = index[id(item)]
                if k == 0 and more_pipes is not None:
                    b.extend_table(more_pipes, more[1:], page=page.number)
                    if went_pipes == len(lines):
                        open_pipes = (more_pipes, pipes_header)
                elif k in piped:
                    _flush(b, pending)
                    pending, prev, open_table = None, None, None
                    b.start_page(page.number)
                    last_table = b.add_table(piped[k][1], header_rows=piped[k][2])
                    if k in pipes_found and piped[k][0] == len(lines) and last_table is not None:
                        open_pipes = (last_table, texts[k])
                continue
            if isinstance(item, _Line) and index[id(item)] in taken:
                k = index[id(item)]
                table = unruled.get(k)
                if table is not None or k in tabbed:  # the table stands where its first line stood
                    _flush(b, pending)
                    pending, prev = None, None
                    b.start_page(page.number)
                    if table is not None:
                        last_table = b.add_table(table.rows, header_rows=1)
                        if table.end == len(lines) and last_table is not None:
                            open_table = (table, last_table)
                    else:
                        part = tabbed[k]
                        went = tab_blocks.get((part.flattened, part.table))
                        if went is not None and b.doc.blocks and b.doc.blocks[-1] is went:
                            b.extend_table(went, part.rows, page=page.number,  # rows over a page break
                                           uncertain=part.uncertain, readings=part.readings)
                        else:
                            went = b.add_table(part.rows, header_rows=part.header_rows, uncertain=part.uncertain,
                                               readings=part.readings)
                            if went is not None:
                                tab_blocks[part.flattened, part.table] = went
                        last_table = went
                        open_table = None
                continue
            if isinstance(item, _Table):
                open_table = None
                width = max(len(r) for r in item.rows)
                if n == 0 and pending is None and last_table is not None and last_table.rows and \
                        max(len(r) for r in last_table.rows) == width:
                    b.extend_table(last_table, item.rows, page=page.number)  # it goes on from the page before
                else:
                    _flush(b, pending)
                    pending = None
                    b.start_page(page.number)
                    last_table = b.add_table(item.rows)
                prev = None
                continue
            row = figure_row(item.tab_line(), layout)
            if row is not None:
                # a row of figures outside any table read: a row of its own, never prose, and
                # its figures' columns unknown (no alarm from it)
                _flush(b, pending)
                pending, prev = None, None
                b.start_page(page.number)
                last_table = b.add_table([row], uncertain={0})
                continue
            line = _part_glued_cells(prose[index[id(item)]])
            text = _clean_bullet(line)
            wide_gap = prev is None and blank_at_break or prev is not None and (usual_gap > 0 and item.top - prev.bottom > 1.8 * usual_gap + 1
                                             or touch and item.top - prev.bottom > 0.5 * (prev.bottom - prev.top)
                                             and prev.text.rstrip().endswith((".", ":", ";", "!", "?"))
                                             or bool(untabbed[pi]) and pitch > 0 and item.top - prev.top > 1.5 * pitch
                                             or line_gap > 0 and item.top - prev.bottom > 1.8 * line_gap + 1 and pending is not None
                                             and (pending.kind == "list_item" or prev.text.rstrip().endswith((".", ":", ";", "!", "?"))))
            if pending is not None and pending.kind != "heading" and not wide_gap:
                full_line = full_lines.get((prev or item).column, 0)
                go_on, glue = _continue(pending.text, line, full_line, fixed_pitch=bool(untabbed[pi]))
                if go_on:
                    if glue == "" and not reduplicated_at_break(pending.text, line):
                        pg, g, t = pending.pieces[-1]
                        pending.pieces[-1] = (pg, g, t[:-1])  # "kesejah-" + "teraan"
                    pending.pieces.append((page.number, glue, text))
                    prev = item
                    continue
            _flush(b, pending)
            last_table = None
            pending = _Pending(_kind(line), [(page.number, "", text)])
            prev = item
    _flush(b, pending)
    b.start_page(len(pages))  # trailing pages without text still count
    doc = b.build()
    doc.warnings.extend(warnings)
    if any(p.ocr for p in pages):
        from .pdfium import mark_ocr
        mark_ocr(doc, pages)
    return doc
