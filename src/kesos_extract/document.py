"""The normalised document every reader produces: one ``text`` and the blocks it is made of.

Readers (``kesos_extract.readers``) build a :class:`Document` through :class:`DocumentBuilder`;
every later stage reads ``Document.text`` and turns offsets into pages with
:meth:`Document.page_at`. Offsets are half-open character offsets into ``text``.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from typing import Collection, Iterator, Literal, Mapping, Optional, Sequence, Union, overload

import regex

from . import regex_cache

BlockKind = Literal["heading", "paragraph", "list_item", "table"]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@dataclass(slots=True)
class TableCell:
    """One cell of a table block: its text is ``document.text[start:end]``."""

    text: str
    start: int
    end: int


class CellRows(Sequence[list[TableCell]]):
    """The rows of a table the :class:`DocumentBuilder` wrote, as a sequence of lists of
    :class:`TableCell`: held as the cells' texts and offsets (24 bytes a cell, where a cell object
    and a list a row take some 100), each row made when asked for. A long report's tables hold tens
    of thousands of cells while the whole report is made; every later stage reads them row by row.
    A row asked for twice is two equal lists: change a row by ``rows[k] = [...]``, never in place."""

    __slots__ = ("_texts", "_starts", "_ends", "_row_ends")

    def __init__(self, rows: Sequence[Sequence[TableCell]] = ()) -> None:
        self._texts: list[str] = []
        self._starts = array("q")
        self._ends = array("q")
        self._row_ends = array("q")  # the index in ``_texts`` after each row's last cell
        for row in rows:
            self.append(row)

    def append(self, row: Sequence[TableCell]) -> None:
        for c in row:
            self._texts.append(c.text)
            self._starts.append(c.start)
            self._ends.append(c.end)
        self._row_ends.append(len(self._texts))

    def extend(self, rows: Sequence[Sequence[TableCell]]) -> None:
        for row in rows:
            self.append(row)

    def __len__(self) -> int:
        return len(self._row_ends)

    def _row(self, k: int) -> list[TableCell]:
        a = self._row_ends[k - 1] if k else 0
        b = self._row_ends[k]
        return [TableCell(t, s, e) for t, s, e in zip(self._texts[a:b], self._starts[a:b], self._ends[a:b])]

    @overload
    def __getitem__(self, k: int) -> list[TableCell]: ...

    @overload
    def __getitem__(self, k: slice) -> list[list[TableCell]]: ...

    def __getitem__(self, k: Union[int, slice]) -> Union[list[TableCell], list[list[TableCell]]]:
        if isinstance(k, slice):
            return [self._row(j) for j in range(*k.indices(len(self)))]
        n = len(self)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("row index out of range")
        return self._row(k)

    def __setitem__(self, k: int, row: Sequence[TableCell]) -> None:
        rows = list(self)
        rows[k] = list(row)
        CellRows.__init__(self, rows)

    def __iter__(self) -> Iterator[list[TableCell]]:
        return (self._row(k) for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (CellRows, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (a mutable sequence, as a list)

    def __repr__(self) -> str:
        return f"CellRows({list(self)!r})"


@dataclass(slots=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    page: Optional[int] = None
    level: Optional[int] = None  # heading level where the source says (DOCX styles, markdown #)
    label: Optional[str] = None  # list numbering recovered from the source ("1)", "a)")
    # for tables: rows of cells (a list, or :class:`CellRows` for the tables of a built Document)
    rows: Optional[Sequence[list[TableCell]]] = None
    # for tables whose reader knows its header (flattened tables): how many leading rows it is;
    # None lets the typing tell header from data by the rows' contents
    header_rows: Optional[int] = None
    # for tables read from text whose reader could not tell some rows' columns for sure: the
    # index of each such row, with its other placements as in ``Document.readings`` but by the
    # index of the first cell that moves (None: it may stand off in ways no reading names);
    # the text reader moves them to ``Document.uncertain`` and ``Document.readings``
    unsure_rows: Optional[dict[int, Optional[list[tuple[int, int]]]]] = None


@dataclass
class Document:
    path: str
    format: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # offset where page i+1 starts
    sha256: str = ""
    encoding: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    # spans of table rows whose cells may stand in the wrong columns (rows read back from a
    # PDF's layout where a tab or a row's end could not be told for sure): no alarm comes
    # from them
    uncertain: list[tuple[int, int]] = field(default_factory=list)
    # of those rows, the ones whose other placements the reader knows: (start, end) of the row
    # and, for each placement other than the one written, (the offset of the first cell that
    # moves, by how many columns: + right, - left); the cells from that one on move together.
    # A row of ``uncertain`` without an entry here may stand off in ways no reading names
    readings: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    # text read by OCR (PDF pages without a text layer): (start, end, confidence 0..1) of each word
    # found in ``text``, and each OCR page's mean confidence by page number
    ocr_words: list[tuple[int, int, float]] = field(default_factory=list)
    ocr_pages: dict[int, float] = field(default_factory=dict)

    def ocr_confidence(self, start: int, end: int) -> Optional[float]:
        """The confidence of text from OCR at [start, end): the lowest of its OCR words, else its
        page's mean; None for text that OCR did not read."""
        if not self.ocr_pages:
            return None
        k = bisect.bisect_left(self.ocr_words, (start,)) - 1
        confs = []
        for s, e, c in self.ocr_words[max(k, 0):]:
            if s >= end:
                break
            if e > start:
                confs.append(c)
        if confs:
            return min(confs)
        return self.ocr_pages.get(self.page_at(start) or 0)

    @property
    def pages(self) -> Optional[int]:
        return len(self.page_starts) or None

    def page_at(self, offset: int) -> Optional[int]:
        """1-based page holding ``offset``, or None for sources without pages."""
        if not self.page_starts:
            return None
        return _page_number(max(1, bisect.bisect_right(self.page_starts, offset)))

    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    def tables_of_figures(self) -> list[Block]:
        """The tables less those made only of labels and their values set apart by a tab
        ("Pagu<TAB>: Rp 3.234.500.000" / "Persentase<TAB>: 95,85 %"): lines of text, whose
        figures the claim finders read as prose."""
        return [b for b in self.tables() if not (b.rows and all(is_labelled_value(r) for r in b.rows if any(c.text for c in r)))]


# page numbers as one int object each: Python keeps only the ints up to 256 once, and every
# mention, check and section of a long report's later pages would hold its own copy of its page
_PAGE_NUMBERS: list[int] = []


def _page_number(page: int) -> int:
    if page >= len(_PAGE_NUMBERS):
        _PAGE_NUMBERS.extend(range(len(_PAGE_NUMBERS), page + 1))
    return _PAGE_NUMBERS[page]


def is_labelled_value(row: list[TableCell]) -> bool:
    """A label and its value set apart by a tab: "Pagu<TAB>: Rp 3.234.500.000", "Target :<TAB>150"."""
    filled = [c.text for c in row if c.text]
    return len(filled) == 2 and (filled[1].startswith(":") or filled[0].endswith(":"))


# a line of a label, a tab and a value after a colon: "Realisasi<TAB>: Rp 3.100.250.000"
LABELLED_LINE = regex_cache.compile(r"^[^\t:]*[^\t\s:][ ]*(?:\t+[ ]*:|:[ ]*\t+)[^\t]*$")


# a table's caption: its number, then maybe its title ("Tabel 3.6 Realisasi Anggaran ...")
_CAPTION_OPENING = regex_cache.compile(r"\s*(?:tabel|table)\s+[\dIVX]+(?:[.-]\d+)*\.?(?:\s|$)", regex.I)


def _is_caption_row(row: list[str]) -> bool:
    """A first row that is the table's caption: its first cell opens with "Tabel N", and one more
    filled cell at most (a year or a title's end split off by a tab)."""
    filled = [c for c in row if c.strip()]
    return bool(filled) and len(filled) <= 2 and bool(_CAPTION_OPENING.match(filled[0]))


class DocumentBuilder:
    """Appends text piece by piece, recording blocks and page starts, so that offsets are exact.

    Blocks are separated by a blank line; table cells by a tab and rows by a newline, so the
    stitched text still reads naturally and every cell has a span.
    """

    def __init__(self, path: str, format: str):
        self._parts: list[str] = []
        self._len = 0
        self.doc = Document(path=path, format=format, text="")
        self._page: Optional[int] = None
        self._gap = 0  # empty paragraphs met since the last block

    def start_page(self, page: int) -> None:
        """Text added from now on is on ``page`` (1-based); pages without text still count."""
        self._page = page
        while len(self.doc.page_starts) < page:
            self.doc.page_starts.append(self._len)

    def _append(self, s: str) -> tuple[int, int]:
        start = self._len
        self._parts.append(s)
        self._len += len(s)
        return start, self._len

    def _separate(self) -> None:
        if self._len:
            self._append("\n\n" + "\n" * self._gap)
        self._gap = 0

    def add_gap(self) -> None:
        """An empty paragraph of the source: vertical space, kept as one more blank line before
        the next block (three at the most), as a text export would keep it. Where a table or a
        list ends can depend on it."""
        self._gap = min(self._gap + 1, 3)

    def add_block(self, kind: BlockKind, text: str, *, level: Optional[int] = None,
                  label: Optional[str] = None) -> Optional[Block]:
        text = text.strip()
        if not text:
            return None
        self._separate()
        if label:
            text = f"{label} {text}"
        start, end = self._append(text)
        block = Block(kind=kind, start=start, end=end, page=self._page, level=level, label=label)
        self.doc.blocks.append(block)
        return block

    def extend_block(self, block: Block, text: str, *, glue: str = " ", page: Optional[int] = None) -> None:
        """Continue the last block (a paragraph broken by a line or page end); ``page`` marks
        that the continuation starts a new page."""
        text = text.strip()
        if not text:
            return
        if glue:
            self._append(glue)
        if page is not None and page != self._page:
            self.start_page(page)
        _, end = self._append(text)
        block.end = end

    def add_table(self, rows: list[list[str]], *, header_rows: Optional[int] = None,
                  uncertain: Collection[int] = (),
                  readings: Mapping[int, Sequence[tuple[int, int]]] = {}) -> Optional[Block]:
        """A table of text cells; ``header_rows``: how many leading rows are header, where the
        reader knows (else the typing tells by the rows' contents); ``uncertain``: indices of
        rows whose cells may stand in the wrong columns (kept in ``Document.uncertain``);
        ``readings``: for such rows, their other placements, each (the index of the first cell
        that moves, by how many columns), kept in ``Document.readings``."""
        kept = [(r, i in uncertain, readings.get(i)) for i, r in enumerate(rows) if any(c.strip() for c in r)]
        if not kept:
            return None
        if len(kept) > 1 and _is_caption_row(kept[0][0]):
            # "Tabel 3.6 Realisasi Anggaran ... Tahun<TAB>2020" read as the table's first row: the
            # table's caption, a paragraph over it, never a header (its words would name columns)
            self.add_block("paragraph", " ".join(" ".join(c.split()) for c in kept[0][0] if c.strip()))
            kept = kept[1:]
            header_rows = header_rows - 1 if header_rows else header_rows
        self._separate()
        block = Block(kind="table", start=self._len, end=self._len, page=self._page, rows=CellRows(),
                      header_rows=header_rows)
        self._write_rows(block, kept, first=True)
        self.doc.blocks.append(block)
        return block

    def extend_table(self, block: Block, rows: list[list[str]], *, page: Optional[int] = None,
                     uncertain: Collection[int] = (),
                     readings: Mapping[int, Sequence[tuple[int, int]]] = {}) -> None:
        """Append rows to the table written last (a table that goes on over a page break)."""
        if page is not None and page != self._page:
            self.start_page(page)
        self._write_rows(block, [(r, i in uncertain, readings.get(i)) for i, r in enumerate(rows)
                                 if any(c.strip() for c in r)], first=False)

    def _write_rows(self, block: Block, rows: list[tuple[list[str], bool, Optional[Sequence[tuple[int, int]]]]],
                    *, first: bool) -> None:
        for i, (row, doubtful, others) in enumerate(rows):
            if i or not first:
                self._append("\n")
            out = []
            for j, c in enumerate(row):
                c = " ".join(c.split())
                if j:
                    self._append("\t")
                s, e = self._append(c)
                out.append(TableCell(c, s, e))
            block.rows.append(out)  # type: ignore[union-attr]
            if doubtful and out:
                self.doc.uncertain.append((out[0].start, out[-1].end))
                if others is not None:
                    self.doc.readings[(out[0].start, out[-1].end)] = [
                        (out[j].start, by) for j, by in others if j < len(out)]
        block.end = self._len

    def build(self) -> Document:
        self.doc.text = "".join(self._parts)
        return self.doc
