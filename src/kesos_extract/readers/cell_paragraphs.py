"""Tables whose cells stand one to a paragraph: what docx2txt (and the loaders built on it, such as
LangChain's ``Docx2txtLoader``) makes of a Word table. Every cell is its text and a blank line,
an empty cell a blank line of its own and the blank line after it, and the rows follow one
another with nothing between::

    No.                      <- the header's cells
                             <- (the blank line after each cell)
    Jenis PMKS

    Jumlah

    %

    1.                       <- the first row: its number, then its cells
                            
    Anak balita terlantar

    2,308

    100

    2.
    ...

Nothing but the count of cells tells one row from the next, and that count is what a table's
numbered rows give away: the row numbers 1, 2, 3 ... stand the same number of cells apart, which
is the table's width, and the cells before row 1 are its header. A row of totals ("Jumlah") right
after the last numbered row is the table's too. Tables without numbered rows are left to the
other readers (as prose, their cells read one to a paragraph).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from .. import regex_cache
from ..document import Block, TableCell

# a line of the row number 1 alone: a text without one has no table of this reader
HAS_FIRST_ROW = regex_cache.compile(r"(?m)^[ \t]*1[.)]?[ \t]*$").search
MAX_COLUMNS = 30
MIN_COLUMNS = 3
MAX_LABEL = 80  # characters of a header cell: a longer one is prose
MAX_CELL = 400  # characters of a cell
MAX_CELL_LINES = 4  # lines of a cell (a line break in it)
_ROW_NUMBER = regex_cache.compile(r"^(\d{1,3})[.)]?$")


@lru_cache(maxsize=4096)
def _row_number(text: str) -> Optional[int]:
    """The row number a cell is ("1", "2.", "3)"), or None: a table's layout asks it of the same
    cells again and again, for each place its first row may start and each width."""
    m = _ROW_NUMBER.match(text)
    return int(m.group(1)) if m is not None else None
_CAPTION_NUMBER = regex_cache.compile(r"^\s*(?:tabel|table)\s+[\dIVXivx]+(?:[.\-]\d+)*\.?\s*$", regex.I).match
# a caption's first line: its number, maybe its title's first words
_CAPTION_OPENING = regex_cache.compile(r"^\s*(?:tabel|table)\s+[\dIVXivx]+(?:[.\-]\d+)*\.?(?:\s|$)", regex.I).match
_CURRENCY = regex_cache.compile(r"^(?:Rp\.?|IDR)$", regex.I).match  # a currency alone in its cell
_NUMBER_LABEL = regex_cache.compile(r"^(?:no|nomor)\.?$", regex.I).match
_TOTAL = regex_cache.compile(r"^(?:jumlah|total|sub\s*total)\b", regex.I)
_HAS_DIGIT = regex_cache.compile(r"\d").search
_FIGURE_FIRST = regex_cache.compile(r"(?:rp\.?\s*)?[-+(]?\d", regex.I).match  # "120/325 kk", "Rp 985.400.000", "(2,5)"
_CAPTION = regex_cache.compile(r"(?:tabel|table|gambar|grafik|sumber)\b", regex.I).match  # a caption's line, no header's
_NONE = {"-", "--", "–", "—", "0"}
_FIGURE = regex_cache.compile(r"^[\d.,%()+\-\s]*\d[\d.,%()+\-\s]*$")  # a figure: a digit among these
# a page's number as reports print it in a running footer: "II - 5", "IV-112", "Halaman 12"
_PAGE_MARK = regex_cache.compile(r"^(?:[IVX]{1,5}\s*[-–.]\s*\d{1,3}|(?:halaman|hal\.?)\s*\d{1,4})$", regex.I).match
_YEAR_IN = regex_cache.compile(r"\b(?:19|20)\d\d\b")


# a number, a figure broken after its separator ("54, 907") counted once, and so two written as
# one cell's with a slash ("120/325 kk": two cells a line are parted by a space, never a slash)
_NUMBER_TOKEN = regex_cache.compile(r"(?<![\w.,/])\d[\d.,]*(?:(?<=[.,]) \d[\d.,]*)?(?![\w])")


def _two_figures(text: str) -> bool:
    """Two numbers in one cell ("16,376 Jiwa 2,393 Jiwa"): in a table of a cell a line, two
    cells that a PDF's text put on one line (a figure broken after its separator, "54, 907",
    is one; a year is none: "12 Oktober 2016" is a date's cell)."""
    return len(_NUMBER_TOKEN.findall(_YEAR_IN.sub("", text))) > 1


def _has_figure(text: str) -> bool:
    """A digit besides a year's: "Renja Dinas Sosial Tahun 2023", a running title, has none."""
    return bool(_HAS_DIGIT(_YEAR_IN.sub("", text)))


def _without_page_breaks(cells: list["_Cell"]) -> list["_Cell"]:
    """A row's extra cells less a page break's running footer or header: the page's number
    ("II - 5", or the blank line readers.text left of it) and the running title just before it
    (words and a year: "Renja Dinas Sosial Tahun 2023")."""
    out: list[_Cell] = []
    for c in cells:
        if _PAGE_MARK(c.text) or not c.text:
            if out and _running_title(out[-1].text):
                out.pop()
            continue
        out.append(c)
    return out


def _running_title(text: str) -> bool:
    return bool(text) and bool(_YEAR_IN.search(text)) and not _has_figure(text)


CAPTION_LINES = 3  # lines a caption may wrap over


def _opens_label(cell: str) -> bool:
    """Does the cell open with a column label's first word ("No", "Indikator", "Program")?"""
    from .flattened import label_first_words  # here: flattened imports this module

    words = cell.split()
    return bool(words) and (words[0].lower().rstrip(":") in label_first_words() or _NUMBER_LABEL(words[0]) is not None)


def _under_caption(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Does line ``i`` go on a caption: a line opening with "Tabel N" stands right above it, or a
    few lines above with no blank line between?"""
    for k in range(i - 1, max(-1, i - 1 - CAPTION_LINES), -1):
        line = text[lines[k][0]:lines[k][1]]
        if not line.strip():
            return False
        if _CAPTION_OPENING(line):
            return True
    return False


def cell_paragraph_table_at(text: str, lines: list[tuple[int, int]], i: int,
                            one_per_line: bool = False) -> Optional[tuple[Block, int]]:
    """The table of cells one to a paragraph whose header starts at line ``i``, and the index of
    the line after it; None where no such table starts there. ``one_per_line``: the cells stand a
    line each, an empty line an empty cell (LibreOffice's "Save as text", pypdf's and PyMuPDF's
    text of a PDF), where the line after ``i`` is not blank."""
    one_per_line = one_per_line and i + 1 < len(lines) and bool(text[lines[i + 1][0]:lines[i + 1][1]].strip())
    cells = _Cells(text, lines, i, one_per_line)
    first = cells.get(0)
    if first is None or not first.text or len(first.text) > MAX_LABEL or _CAPTION(first.text):
        return None
    if i and _CAPTION_NUMBER(text[lines[i - 1][0]:lines[i - 1][1]]) and not _NUMBER_LABEL(first.text):
        return None  # the caption's title under its number ("Tabel 3.5" / "Perbandingan ..."), no header's
    if _under_caption(text, lines, i) and not _opens_label(first.text):
        # the rest of a caption wrapped ("Tabel 2.15 Realisasi Anggaran Urusan" / "Sosial Tahun
        # 2022"): no header's
        return None
    layout = _layout(cells)
    if layout is None:
        return None
    k, width, number = layout  # the first numbered row's first cell, the table's width, its number
    # the header's rows (a row of column numbers "1 2 3 ..." among them)
    rows = [_row(cells, h, h + width) or [] for h in range(0, k, width)]
    first_row: Optional[list[TableCell]] = None
    while True:
        nxt = _next_row(cells, k, width, number)
        if nxt is None:
            break
        row = _row(cells, k, k + width, extra=range(k + width, nxt))
        if row is None:
            break  # a row whose cells cannot be told: the table ends before it (no row shifted)
        if one_per_line and any(_two_figures(c.text) for c in row):
            break  # two figures on one line: the lines are no longer a cell each, the count is off
        if one_per_line and first_row is not None and not _alike(first_row, row):
            # a cell a line, nothing but the count of lines parts the rows: a row whose words and
            # figures stand in other columns than the first row's is one whose cells took more
            # lines (a name wrapped): the count no longer holds from there
            break
        first_row = first_row or row
        rows.append(row)
        k = nxt
        number += 1
    if first_row is None:
        return None  # not one row read: no table here
    totals = _totals_row(cells, k, width, first_row)
    if totals is not None:
        rows.append(totals[0])
        k += totals[1]
    last = cells.get(k - 1)
    assert last is not None
    start = lines[i][0] + len(text[lines[i][0]:lines[i][1]]) - len(text[lines[i][0]:lines[i][1]].lstrip())
    return Block("table", start, lines[last.line_end - 1][1], rows=rows), last.line_end


def _totals_row(cells: "_Cells", k: int, width: int, first_row: list[TableCell]
                ) -> Optional[tuple[list[TableCell], int]]:
    """The totals' row ("Jumlah") at cell ``k`` after the numbered rows and the count of cells it
    takes, or None. A web page's or a Word table's "Jumlah" often spans the number and the name
    columns, so the row is a cell short and the cell after its last figure (an empty line,
    "Sumber: ...") is no cell of it: the row that puts its figures in the columns of the numbered
    rows' figures is the one read (the merged cell left empty after the label); where neither
    does, the full width as before."""
    if cells.get(k) is None or not any(_TOTAL.match(_text_at(cells, k + c)) for c in range(min(2, width))):
        return None
    full = _row(cells, k, k + width) if cells.get(k + width - 1) is not None else None
    if full is not None and _alike(first_row[1:], full[1:]):
        return full, width
    merged = _merged_totals_row(cells, k, width, first_row)
    if merged is not None:
        return merged
    return (full, width) if full is not None else None


def _merged_totals_row(cells: "_Cells", k: int, width: int, first_row: list[TableCell]
                       ) -> Optional[tuple[list[TableCell], int]]:
    """The totals' row whose label at cell ``k`` spans the number and the name columns: the label,
    an empty cell and the figures after it; the last cells, where the text ends before them, are
    empty (a "Keterangan" left blank at the table's end). None where its figures do not stand in
    the numbered rows' columns of figures."""
    label = cells.get(k)
    if label is None or not _TOTAL.match(label.text):
        return None
    row = [TableCell(label.text, label.start, label.end), TableCell("", label.end, label.end)]
    taken = 1
    for j in range(k + 1, k + width - 1):
        got = cells.get(j)
        if got is None:
            break
        row.append(TableCell(got.text, got.start, got.end))
        taken += 1
    end = row[-1].end
    row += [TableCell("", end, end) for _ in range(width - len(row))]
    rest = row[2:]
    # figures, or none where the numbered rows have words ("Keterangan" left empty)
    if not any(c.text and _FIGURE.match(c.text) for c in rest) or \
            not all(not c.text or c.text in _NONE or _FIGURE.match(c.text) for c in rest) or \
            not _alike(first_row[1:], row[1:]):
        return None
    return row, taken


MAX_EXTRA_CELLS = 12  # cells a row may have besides its width before the next row's number


def _next_row(cells: "_Cells", k: int, width: int, number: int) -> Optional[int]:
    """Where the row after the one numbered ``number`` (at cell ``k``) starts: the next number
    ``width`` cells on, or a few cells further (an empty paragraph in a cell, a label's rest in a
    row of its own count as cells); or, for the last row, just after its cells. None where the
    cell at ``k`` is no such row."""
    got = cells.get(k)
    if got is None or _row_number(got.text) != number or cells.get(k + width - 1) is None:
        return None
    for extra in range(MAX_EXTRA_CELLS + 1):
        nxt = cells.get(k + width + extra)
        if nxt is None:
            break
        if _row_number(nxt.text) == number + 1:
            return k + width + extra
        after = _text_at(cells, k + width + extra + 1)
        if _PAGE_MARK(nxt.text) or _running_title(nxt.text) and (not after or _PAGE_MARK(after)):
            continue  # a page break's footer between two rows
        if extra == 0 and _TOTAL.match(nxt.text) or extra and nxt.text and _HAS_DIGIT(nxt.text):
            break  # the totals' row, or figures of no numbered row: the rows end here
    return k + width


def _text_at(cells: "_Cells", k: int) -> str:
    got = cells.get(k)
    return got.text if got is not None else ""


MAX_HEADER_CELLS = 60


def _layout(cells: "_Cells") -> Optional[tuple[int, int, int]]:
    """Where the first numbered row starts, the table's width and that row's number: a cell "1"
    (or "1.", or the number a table's part over a page break goes on from) followed, as many
    cells on as the table is wide (at least three), by the next number; the cells before it the
    header's rows: labels, or a row of the columns' numbers ("1", "2", "3" side by side, which is
    no row of the table)."""
    for p in range(1, MAX_HEADER_CELLS):
        got = cells.get(p)
        if got is None or len(got.text) > MAX_LABEL:
            return None  # prose before any row number: no table here
        number = _row_number(got.text)
        if number is None:
            continue
        for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
            nxt = cells.get(p + width)
            if nxt is None:
                break  # no next number after this one: the next "1" may have one
            if _row_number(nxt.text) == number + 1:
                # the header's rows fill it from line i: else line i is no header's (a caption,
                # or a header of merged cells, fewer than the columns: not read here)
                header = [cells.get(c).text for c in range(p)]  # type: ignore[union-attr]
                if p % width == 0 and (number == 1 and _labels(header, width) or _column_numbers(header)):
                    return p, width, number
                break  # this number starts no row (a column's number): the next one may
    return None


def _labels(header: list[str], width: int) -> bool:
    """Are these a table's header cells: most of a row of them filled, no figure among them but a
    year, and maybe a row of the columns' numbers after them?"""
    if sum(1 for h in header if h) * 2 < min(width, len(header)):
        return False
    labels = header[:len(header) - width] if _column_numbers(header[-width:]) else header
    # a caption ("Tabel 3.4 ...", "Sumber: ...") stands above or below a table, never among its labels
    return bool(labels) and not any(_FIGURE.match(h) and not _year(h) or _CAPTION(h) for h in labels if h)


def _column_numbers(cells: list[str]) -> bool:
    """The columns' numbers: "1", "2", "3" ... (or "(1)", "(2)" ...) side by side."""
    return len(cells) >= MIN_COLUMNS and all(c.strip("()") == str(k + 1) for k, c in enumerate(cells))


def _alike(a: list[TableCell], b: list[TableCell]) -> bool:
    """Do two rows have their figures and their words in the same columns (an empty cell, or a
    dash for none, goes with either)?"""
    def kind(c: TableCell) -> Optional[bool]:  # a figure starts with one: "(P2DT2)" in a name is no figure
        return None if not c.text or c.text in _NONE else bool(_FIGURE_FIRST(c.text))
    return len(a) == len(b) and all(x is None or y is None or x == y for x, y in ((kind(p), kind(q)) for p, q in zip(a, b)))


def _year(text: str) -> bool:
    return bool(regex.fullmatch(r"(?:19|20)\d\d", text.strip()))


def _row(cells: "_Cells", a: int, b: int, extra: range = range(0)) -> Optional[list[TableCell]]:
    """Cells ``a`` to ``b`` as a row, with the ``extra`` cells between them and the next row:
    words only (the rest of a label, wrapped into a row of its own) go on the row's first cell of
    words; with a figure among them, the row's cells are a cell's paragraphs too many ("Perusa" /
    "Haan"): two word cells side by side are glued, the shortest first, until the row has its
    width. None where that does not make the row."""
    got = [cells.get(c) for c in range(a, b)] + [cells.get(c) for c in extra]
    if any(g is None for g in got):
        return None
    got = got[:b - a] + _without_page_breaks(got[b - a:])  # type: ignore[arg-type]
    rest = got[b - a:]
    if not any(r.text and _HAS_DIGIT(r.text) for r in rest):  # type: ignore[union-attr]
        row = [TableCell(g.text, g.start, g.end) for g in got[:b - a]]  # type: ignore[union-attr]
        words = [r for r in rest if r.text]  # type: ignore[union-attr]
        label = next((j for j, cell in enumerate(row) if cell.text and not _HAS_DIGIT(cell.text)), None)
        if words and label is not None:
            cell = row[label]
            row[label] = TableCell(" ".join([cell.text] + [w.text for w in words]), cell.start, words[-1].end)  # type: ignore[union-attr]
        return row
    fitted = [TableCell(g.text, g.start, g.end) for g in got]  # type: ignore[union-attr]
    while len(fitted) > b - a:
        pairs = [j for j in range(len(fitted) - 1) if all(c.text and not _HAS_DIGIT(c.text) for c in fitted[j:j + 2])]
        if not pairs:
            return None
        j = min(pairs, key=lambda j: len(fitted[j].text) + len(fitted[j + 1].text))
        fitted[j:j + 2] = [TableCell(f"{fitted[j].text} {fitted[j + 1].text}", fitted[j].start, fitted[j + 1].end)]
    return fitted


class _Cell(NamedTuple):
    text: str  # its lines joined by single spaces
    start: int
    end: int
    line_end: int  # the index of the line after its last


class _Cells:
    """The cells from line ``i`` on, read as they are asked for: a cell is a run of lines (a line
    break inside a cell makes two), and each blank line after it beyond the first is an empty
    cell's; read so long as no cell is longer than a table's cell could be."""

    def __init__(self, text: str, lines: list[tuple[int, int]], i: int, one_per_line: bool = False):  # noqa: D107
        self.text, self.lines = text, lines
        self.at = i  # the next line to read
        self.read: list[_Cell] = []
        self.done = False
        self.one_per_line = one_per_line  # a cell a line, an empty line an empty cell

    def get(self, k: int) -> Optional[_Cell]:
        if k < len(self.read):  # read already (a table's layout asks for the same cells again and again)
            return self.read[k]
        while len(self.read) <= k and not self.done:
            self._read_one()
            self._currency_with_its_figure()
        return self.read[k] if k < len(self.read) else None

    def _currency_with_its_figure(self) -> None:
        """"Rp" in a cell of its own before the figure's (a PDF sets the currency apart, left in
        the column, the figure right): one cell, "Rp 985.400.000", as the header counts it."""
        if len(self.read) < 2 or not _CURRENCY(self.read[-2].text) or not _FIGURE.match(self.read[-1].text):
            return
        rp, figure = self.read[-2], self.read.pop()
        self.read[-1] = _Cell(f"{rp.text} {figure.text}", rp.start, figure.end, figure.line_end)

    def _line(self, j: int) -> str:
        return self.text[self.lines[j][0]:self.lines[j][1]]

    def _read_one(self) -> None:
        n = len(self.lines)
        j = self.at
        if self.one_per_line:
            line = self._line(j) if j < n else ""
            if j >= n or "\t" in line or len(line) > MAX_CELL:
                self.done = True
                return
            s, _ = self.lines[j]
            lead = len(line) - len(line.lstrip())
            # its words as one text ("Cacat  Grahita" typed with two spaces is the cell a Word
            # table's reader and the other layouts read)
            self.read.append(_Cell(" ".join(line.split()), s + lead if line.strip() else s, s + len(line.rstrip()), j + 1))
            self.at = j + 1
            return
        if j >= n or not self._line(j).strip():
            self.done = True
            return
        parts = []
        while j < n and self._line(j).strip():
            line = self._line(j)
            if "\t" in line or len(line) > MAX_CELL or len(parts) >= MAX_CELL_LINES:
                self.done = True
                return
            parts.append(j)
            j += 1
        first, last = self._line(parts[0]), self._line(parts[-1])
        start = self.lines[parts[0]][0] + len(first) - len(first.lstrip())
        end = self.lines[parts[-1]][0] + len(last.rstrip())
        self.read.append(_Cell(" ".join(self._line(p).strip() for p in parts), start, end, j))
        blanks = 0
        while j < n and not self._line(j).strip():
            blanks += 1
            j += 1
        # one blank line parts two cells; every two more are an empty cell's
        for _ in range((blanks - 1) // 2):
            self.read.append(_Cell("", self.lines[j - 1][0], self.lines[j - 1][0], j))
        self.at = j
