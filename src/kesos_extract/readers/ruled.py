"""Tables drawn with rules in plain text, as document converters write them.

A report converted to text or markdown (``pandoc -t markdown``, ``-t plain``, ``-t rst``; most
tools that turn a Word file into text) keeps its tables in one of two drawings, both of which
read word by word as rows of nothing but loose words:

- a grid table: borders of ``+`` and ``-`` (``=`` under the header), cells between ``|``, a
  row as tall as its longest cell::

    +-----+-------------------------------+---------------+
    | No  | Kegiatan                      | Pagu (Rp)     |
    +=====+===============================+===============+
    | 1   | Pengelolaan Data Fakir Miskin | 250.000.000   |
    |     | Cakupan Daerah Kabupaten/Kota |               |
    +-----+-------------------------------+---------------+

- a table of columns ruled by dashes: a line of dash runs under the header, one run a column
  (pandoc's simple and multiline tables, reStructuredText's simple tables with ``=``). Between
  two full-width rules (a multiline table) a row may run over several lines, and rows are parted
  by blank lines; else each line is a row and the table ends at a blank line or a rule::

    ---------------------------------------------------------
    No.   Jenis PMKS                 Jumlah     %
    ----- -------------------------- ---------- -------------
    1.    Anak balita terlantar      2,308      100

    2.    Anak Terlantar             109,901    90,81
    ---------------------------------------------------------

The columns are where the drawing says (the ``+`` of the top border, the dash runs), so a
cell is what stands between them, whatever its words; a cell written over several lines is its
lines' words joined by single spaces, and its span runs from its first word to its last. The
rows above the header rule are the table's first rows; which of them are its header is left to
the typing (tables.py), as for a Word table: a converter draws a header rule under the first row
of any table, one of figures too.
"""

from __future__ import annotations

from typing import Optional

import regex

from .. import regex_cache
from ..document import Block, TableCell

# a grid table's border: "+----+:===+", the first "+" where the table starts
_GRID_BORDER = regex_cache.compile(r"^(\s*)\+(?:[-=:]+\+){1,}\s*$")
_GRID_HEADER_BORDER = regex_cache.compile(r"=")
_PARTIAL_BORDER = regex_cache.compile(r"^\s*\|[|+\-=: ]*[+][|+\-=: ]*$")
# a line of dash (or equals) runs, two or more, parted by spaces: a table's columns
_COLUMN_RULE = regex_cache.compile(r"^\s*(?:-{2,}|={2,})(?:[ ]+(?:-{2,}|={2,}))+\s*$")
# one run across the whole table: the top or bottom rule of a multiline table
_FULL_RULE = regex_cache.compile(r"^\s*(?:-{3,}|={3,})\s*$")
_RUN = regex_cache.compile(r"-+|=+")
_WORD = regex_cache.compile(r"\S+")
# any line of a rule: a text without one has no ruled table (most texts: no line is looked at)
HAS_RULE = regex_cache.compile(r"(?m)^[ \t]*(?:\+[-=:]{3,}\+|-{2,}[ ]+-{2,}|={2,}[ ]+={2,}|-{3,}[ \t]*$|={3,}[ \t]*$)").search
MAX_HEADER_LINES = 4  # lines of a header above the column rule
MAX_ROW_LINES = 12  # lines of one row of a multiline table


def ruled_table_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    """The ruled table that starts at line ``i`` (a grid table's top border, a multiline table's
    top rule, a header over a column rule, or a headerless table's column rule), and the index of
    the line after it; None where no such table starts."""
    line = text[lines[i][0]:lines[i][1]]
    if _GRID_BORDER.match(line):
        return _grid_table(text, lines, i)
    if _FULL_RULE.match(line) or _COLUMN_RULE.match(line) or line.strip():
        return _column_table(text, lines, i)
    return None


# --- grid tables ----------------------------------------------------------------------------------

def _grid_table(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    first = text[lines[i][0]:lines[i][1]]
    bounds = [k for k, ch in enumerate(first) if ch == "+"]  # the columns' edges, by character
    rows: list[list[TableCell]] = []
    header_rows: Optional[int] = None
    part: list[tuple[int, int]] = []  # the lines of the row being read
    j = i + 1
    end = lines[i][1]
    while j < len(lines):
        s, e = lines[j]
        line = text[s:e]
        if _GRID_BORDER.match(line):
            if part:
                rows.append(_grid_row(text, part, bounds))
                part = []
            if header_rows is None and _GRID_HEADER_BORDER.search(line):
                header_rows = len(rows)
            end = e
            j += 1
            continue
        if not line.strip().startswith("|"):
            break
        if _PARTIAL_BORDER.match(line):
            j += 1  # a border under some cells only (a cell spanning rows): the rows are read as one
            continue
        part.append((s, e))
        j += 1
    if part or len(rows) < 1 or (header_rows is None and len(rows) < 2):
        return None  # a border with no row under it, or a row never closed: no grid table
    return Block("table", lines[i][0] + len(first) - len(first.lstrip()), end, rows=rows), j


def _grid_row(text: str, part: list[tuple[int, int]], bounds: list[int]) -> list[TableCell]:
    """A grid row's cells: for each column, the words between its two edges on every line of
    the row. An edge a line has no "|" at (a cell spanning columns) is read through."""
    cells: list[list[tuple[int, int]]] = [[] for _ in bounds[:-1]]
    for s, e in part:
        line = text[s:e]
        edges = [b for b in bounds if b < len(line) and line[b] == "|"]
        for a, b in zip(edges, edges[1:]):
            col = bounds.index(a)
            cells[col] += [(s + m.start(), s + m.end()) for m in _WORD.finditer(line, a + 1, b)]
    first = part[0][0]
    return [_cell(text, words, first + min(b + 1, part[0][1] - first)) for words, b in zip(cells, bounds)]


# --- tables of columns ruled by dashes -------------------------------------------------------------

def _column_table(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    n = len(lines)
    at = lambda k: text[lines[k][0]:lines[k][1]]  # noqa: E731 - the text of line k
    multiline = bool(_FULL_RULE.match(at(i)))
    k = i + 1 if multiline else i
    header: list[int] = []  # the header's lines, above the column rule
    while k < n and not _COLUMN_RULE.match(at(k)) and at(k).strip() and len(header) < MAX_HEADER_LINES:
        header.append(k)
        k += 1
    if k >= n or not _COLUMN_RULE.match(at(k)):
        return None
    if not multiline and len(header) > 1:
        return None  # a simple table's header is one line
    rule = at(k)
    columns = [(m.start(), m.end()) for m in _RUN.finditer(rule)]
    starts = [c[0] for c in columns]
    rows: list[list[TableCell]] = []
    if header:
        rows.append(_column_row(text, [lines[h] for h in header], starts))
    j = k + 1
    headerless_rule = not header
    header_rows: Optional[int] = 1 if header else None
    end = lines[k][1]
    part: list[tuple[int, int]] = []
    while j < n:
        line = at(j)
        if not line.strip():
            if not multiline:
                break
            if part:
                rows.append(_column_row(text, part, starts))
                part = []
            j += 1
            continue
        if _FULL_RULE.match(line) or _COLUMN_RULE.match(line):
            end = lines[j][1]
            j += 1
            if not header and not multiline and rows and header_rows is None and j < n and at(j).strip() \
                    and _fits(at(j), columns):
                header_rows = len(rows)  # a rule under the first rows of a headerless start: they were the header
                continue
            break  # the bottom rule
        if not _fits(line, columns):
            break
        if multiline:
            part.append(lines[j])
            if len(part) > MAX_ROW_LINES:
                return None
        else:
            rows.append(_column_row(text, [lines[j]], starts))
        end = lines[j][1]
        j += 1
    else:
        if multiline and part:
            return None  # never closed by its bottom rule
    if part:
        rows.append(_column_row(text, part, starts))
    data = len(rows) - (header_rows or 0)
    if data < 1 or (headerless_rule and header_rows is None and data < 2) or len(columns) < 2:
        return None
    first = lines[i][0] + len(at(i)) - len(at(i).lstrip())
    return Block("table", first, end, rows=rows), j


def _fits(line: str, columns: list[tuple[int, int]]) -> bool:
    """Could the line be a row of the columns: it starts no more than a character left of the
    first column, and is no longer than the rule by more than a column's width (prose is)."""
    indent = len(line) - len(line.lstrip())
    widest = max(b - a for a, b in columns)
    return indent >= columns[0][0] - 1 and len(line.rstrip()) <= columns[-1][1] + widest


def _column_row(text: str, part: list[tuple[int, int]], starts: list[int]) -> list[TableCell]:
    """A row's cells: each word goes to the column it starts in (a column runs from the start of
    its dash run to the start of the next)."""
    cells: list[list[tuple[int, int]]] = [[] for _ in starts]
    for s, e in part:
        for m in _WORD.finditer(text, s, e):
            col = max(0, _column_of(m.start() - s, starts))
            cells[col].append((m.start(), m.end()))
    first, last = part[0]
    return [_cell(text, words, first + min(x, last - first)) for words, x in zip(cells, starts)]


def _column_of(x: int, starts: list[int]) -> int:
    k = 0
    while k + 1 < len(starts) and starts[k + 1] <= x:
        k += 1
    return k


def _cell(text: str, words: list[tuple[int, int]], at: int) -> TableCell:
    """A cell of its words (joined by single spaces); an empty one stands at ``at``."""
    if not words:
        return TableCell("", at, at)
    return TableCell(" ".join(text[a:b] for a, b in words), words[0][0], words[-1][1])
