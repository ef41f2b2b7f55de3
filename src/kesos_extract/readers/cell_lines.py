"""Tables one cell a line, as ``pdftotext`` without ``-layout`` and a PDF viewer's copy give them:
the header's labels a line each, then each row's cells a line each, in reading order::

    No                              <- the header: a row-number column, a name column,
    Program/Kegiatan                   then the columns of figures
    Pagu (Rp)
    Realisasi (Rp)
    %
    1                               <- a row: its number (a kegiatan's row may have none),
    PROGRAM PENUNJANG URUSAN           its name over one to three lines,
    DAERAH KABUPATEN/KOTA
    6.055.040.300                      then one figure a line, as many as the header's
    5.762.082.115                      figure columns
    95,16
    Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah
    48.650.000
    ...

Nothing but the figures tell one row from the next: a row is its name lines and then exactly as
many figure lines as the header has figure columns. A page's break inside the table leaves blank
lines (its running title and number are taken out before: readers/text._page_mark_lines), which
are passed over. A row that has fewer figures than columns (an empty cell left out) is kept where
the next row's number follows it, its figures put first and the row marked unsure (no alarm comes
from it: ``Block.unsure_rows``); elsewhere the table ends before it.
"""

from __future__ import annotations

from typing import Optional

import regex

from .. import regex_cache
from ..document import Block, TableCell

MIN_FIGURE_COLUMNS = 2
MAX_HEADER_LINES = 12
MAX_LABEL = 40  # characters of a header's label
MAX_NAME_LINES = 3
MAX_NAME_LINE = 120
MIN_ROWS = 2

# the first label of a header: the row number's, or the name column's
_FIRST_LABEL = regex_cache.compile(r"(?i)(?:no\.?|nomor|kode(?:\s+rekening)?|(?:nama\s+)?(?:program|kegiatan|sub\s+kegiatan)\b.*"
                                   r"|uraian\b.*|indikator\b.*|sasaran\b.*|jenis\b.*|urusan\b.*)").fullmatch
_NUMBER_LABEL = regex_cache.compile(r"(?i)no\.?|nomor|kode(?:\s+rekening)?").fullmatch
# a label of a column of figures
_FIGURE_LABEL = regex_cache.compile(r"(?i)(?:pagu|anggaran|realisasi|target|capaian|sisa|selisih|persentase|prosentase"
                                    r"|jumlah|apbd|dpa|alokasi|serapan|volume|lebih|kurang|tahun|tw|triwulan|%|\(%\)|rp"
                                    r"|\(rp\.?\)|20\d\d|realisasi\s+fisik|keuangan|kinerja)\b.*|%|\(%\)").fullmatch
_UNIT_LABEL = regex_cache.compile(r"(?i)satuan").fullmatch
# a figure cell: "6.055.040.300", "95,16", "95,16%", "-", "(1.250.000)", "Rp 1.250.000"
_FIGURE = regex_cache.compile(r"\s*(?:Rp\.?\s*)?(?:[+-]?\d[\d.,]*(?:,-{1,2})?\s*%?|\((?:\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d{1,3},\d{1,2})\)|[-–—])\s*",
                              regex.I).fullmatch
# a row's number or code on a line of its own: "1", "2.", "a.", "1.06.02", "1.06.02.2.01"
_ROW_MARK = regex_cache.compile(r"\s*(?:\d{1,3}[.)]?|[a-zA-Z][.)]|\d{1,2}(?:\.\d{1,4}){1,5})\s*").fullmatch


def _filled(text: str, lines: list[tuple[int, int]], k: int) -> int:
    """The index of the first line from ``k`` holding a character (the blank lines a page's
    break left passed over), or ``len(lines)``."""
    while k < len(lines) and not text[lines[k][0]:lines[k][1]].strip():
        k += 1
    return k


def _cell(text: str, spans: list[tuple[int, int]]) -> TableCell:
    parts = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
             for s, e in spans]
    return TableCell(" ".join(text[s:e] for s, e in parts), parts[0][0], parts[-1][1])


def _header(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[list[int], int, bool, bool]]:
    """The header at line ``i``: its label lines, the line after it, whether it opens with a
    row-number column and whether a "Satuan" column stands before the figures."""
    if not _FIRST_LABEL(text[lines[i][0]:lines[i][1]].strip()):
        return None
    labels = []
    k = i
    while k < len(lines) and len(labels) < MAX_HEADER_LINES:
        line = text[lines[k][0]:lines[k][1]].strip()
        if not line or len(line) > MAX_LABEL or _FIGURE(line) or _ROW_MARK(line):
            break
        labels.append(k)
        k += 1
    # (the header ends at its last label of figures: short lines after it are the first row's name,
    # "PROGRAM PENUNJANG URUSAN" / "PEMERINTAHAN DAERAH KABUPATEN/KOTA")
    while labels and not _FIGURE_LABEL(last := text[lines[labels[-1]][0]:lines[labels[-1]][1]].strip()) \
            and not _ENDS_IN_UNIT(last):
        labels.pop()
    if not labels:
        return None
    k = labels[-1] + 1
    texts = [text[lines[j][0]:lines[j][1]].strip() for j in labels]
    numbered = bool(_NUMBER_LABEL(texts[0]))
    unit = len(texts) > numbered + 1 and bool(_UNIT_LABEL(texts[numbered + 1]))
    if len(texts) - numbered - unit - 1 < MIN_FIGURE_COLUMNS or not any(_FIGURE_LABEL(t) for t in texts[numbered + 1:]):
        return None
    return labels, k, numbered, unit


def _figure_labels(texts: list[str], figures: int) -> Optional[list[list[int]]]:
    """The header's lines over the figure columns grouped into ``figures`` labels (a label wraps:
    "Pagu Anggaran" / "(Rp)", "Belum" / "Ditangani", "Capaian" / "Keuangan (%)"), as indices into
    ``texts``; None where they cannot be."""
    groups = [[j] for j in range(len(texts))]

    def first(g: list[int]) -> str:
        return texts[g[0]]

    def last(g: list[int]) -> str:
        return texts[g[-1]]

    rules = (
        lambda a, b: bool(_UNIT_ONLY(first(b))),  # "(Rp)" under its label
        lambda a, b: not _FIGURE_LABEL(last(a)) and not _FIGURE_LABEL(first(b)) and not _UNIT_ONLY(first(b)),  # "Belum" / "Ditangani"
        lambda a, b: "(" not in last(a) and bool(_ENDS_IN_UNIT(last(b))),  # "Capaian" / "Keuangan (%)"
    )
    for rule in rules:
        j = 0
        while len(groups) > figures and j + 1 < len(groups):
            if rule(groups[j], groups[j + 1]):
                groups[j:j + 2] = [groups[j] + groups[j + 1]]
            else:
                j += 1
    return groups if len(groups) == figures else None


_UNIT_ONLY = regex_cache.compile(r"\((?:rp|%|rp\.?\s*000|ribu(?:an)?|juta)[^)]{0,12}\)", regex.I).fullmatch
_ENDS_IN_UNIT = regex_cache.compile(r".*\((?:rp|%)[^)]{0,12}\)|.*%", regex.I).fullmatch


def _figures_of_first_row(text: str, lines: list[tuple[int, int]], k: int, unit: bool) -> int:
    """How many figure lines the first row has after its mark, name and unit."""
    k = _filled(text, lines, k)
    if k < len(lines) and _ROW_MARK(text[lines[k][0]:lines[k][1]]):
        k = _filled(text, lines, k + 1)
    while k < len(lines) and text[lines[k][0]:lines[k][1]].strip() and not _FIGURE(text[lines[k][0]:lines[k][1]]):
        k += 1
    count = 0
    while True:
        k = _filled(text, lines, k)
        if k >= len(lines) or not _FIGURE(text[lines[k][0]:lines[k][1]]) or _ROW_MARK(text[lines[k][0]:lines[k][1]]) \
                and count >= MIN_FIGURE_COLUMNS and _next_is_name(text, lines, k):
            return count
        count += 1
        k += 1


def _next_is_name(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Is the line after a row mark at ``k`` a name (the mark opens the next row, no figure)?"""
    j = _filled(text, lines, k + 1)
    return j < len(lines) and not _FIGURE(text[lines[j][0]:lines[j][1]])


def _row(text: str, lines: list[tuple[int, int]], k: int, figures: int, unit: bool
         ) -> Optional[tuple[Optional[tuple[int, int]], list[tuple[int, int]], Optional[tuple[int, int]], list[tuple[int, int]], int]]:
    """The row from line ``k``: its mark, name lines, unit and figure lines, and the line after it."""
    k = _filled(text, lines, k)
    if k >= len(lines):
        return None
    mark = None
    if _ROW_MARK(text[lines[k][0]:lines[k][1]]):
        mark, k = lines[k], _filled(text, lines, k + 1)
    names: list[tuple[int, int]] = []
    while k < len(lines) and len(names) <= MAX_NAME_LINES:
        line = text[lines[k][0]:lines[k][1]]
        if not line.strip() or _FIGURE(line):
            break
        if len(line.strip()) > MAX_NAME_LINE:
            return None  # prose
        names.append(lines[k])
        k += 1
    own_unit = names.pop() if unit and len(names) >= 2 else None
    if not names or len(names) > MAX_NAME_LINES or (unit and own_unit is None):
        return None
    cells: list[tuple[int, int]] = []
    while len(cells) < figures:
        k = _filled(text, lines, k)
        if k >= len(lines) or not _FIGURE(text[lines[k][0]:lines[k][1]]) or \
                cells and _ROW_MARK(text[lines[k][0]:lines[k][1]]) and _next_is_name(text, lines, k):
            # a cell missing (an empty one left out): kept only where the next row starts right
            # after, its figures' columns unsure
            if cells and k < len(lines) and text[lines[k][0]:lines[k][1]].strip():
                return mark, names, own_unit, cells, k
            return None
        cells.append(lines[k])
        k += 1
    return mark, names, own_unit, cells, k


def cell_lines_table_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    """A table one cell a line whose header starts at line ``i``, and the index of the line after
    it; None where there is none."""
    head = _header(text, lines, i)
    if head is None:
        return None
    labels, k, numbered, unit = head
    figures = _figures_of_first_row(text, lines, k, unit)
    before = numbered + 1 + unit  # the label lines of the number, name and unit columns
    groups = _figure_labels([text[lines[j][0]:lines[j][1]].strip() for j in labels[before:]], figures) \
        if figures >= MIN_FIGURE_COLUMNS else None
    if groups is None:
        return None
    header = [_cell(text, [lines[j]]) for j in labels[:before]] + \
        [_cell(text, [lines[labels[before + g]] for g in group]) for group in groups]
    rows = [header]
    unsure: dict[int, None] = {}
    end, after = lines[labels[-1]][1], k
    while True:
        row = _row(text, lines, k, figures, unit)
        if row is None:
            break
        mark, names, own_unit, cells, k = row
        first = names[0][0]
        out = []
        if numbered:
            out.append(_cell(text, [mark]) if mark is not None else TableCell("", first, first))
        elif mark is not None:
            names = [mark] + names  # (a code before a name with no column of its own: the name's)
        out.append(_cell(text, names))
        if unit:
            out.append(_cell(text, [own_unit]))  # type: ignore[list-item]
        out += [_cell(text, [c]) for c in cells]
        if len(cells) < figures:
            unsure[len(rows)] = None  # (which of its columns are empty is not known: no alarm from it)
            out += [TableCell("", cells[-1][1], cells[-1][1])] * (figures - len(cells))
        rows.append(out)
        end, after = cells[-1][1], k
    if len(rows) - 1 < MIN_ROWS:
        return None
    return Block("table", lines[i][0], end, rows=rows, header_rows=1, unsure_rows=unsure or None), after
