"""Numbered rows ending in figures under a header laid out with spaces, whatever their
alignment: what ``pdftotext -layout`` makes of a table typed with tabs (each row a paragraph,
cells parted by tabs) once it was printed, its long rows wrapped::

    NO    Program / Kegiatan              Target Renstra 2019 (Rp.000) Target 2018
    (Rp.000)
    1     2           3     4
    I    Dinas Sosial            32.999.430.000    4.960.000.000
         1     Program Pelayanan Administrasi Perkantoran      1.340.750.000
         387.400.000
         1     Penyediaan jasa komunikasi, sumber daya air dan listrik
         474.000.000 108.400.000

A tab that left less room than two characters comes out as one space, and a row's figures
stand wherever its label ended, so no column lines up (:mod:`.spaced` then finds none). What
holds is the order of a row's words: its number, its label, its figures. Here

- the header is a line of column labels parted by two spaces or more whose first label is the
  row number's ("No", "No."), with at most two short lines of its labels wrapped under it and a
  row of column numbers ("1  2  3  4"); the column numbers, when written, say how many columns
  there are (a label standing one space from the one before, "Target 2018" or a lone "%", is
  parted from it to make up the count);
- a header may go over two levels: the header line ends in labels over groups of columns
  ("2016  2017", "2018" wrapped to a line of its own) and the indented lines under it name the
  columns of each group alike ("TARGET  REALISASI  TINGKAT CAPAIAN"): each column is named
  by both ("2018 TARGET");
- a row opens at a line whose first word is a row number ("1", "1.", "I") followed by a word;
  the lines after it go on in it, up to the next row's first line, or up to a line of words
  after the row has its figures (a row with no number of its own: "Jumlah  725,859 ...", an
  indicator under its numbered sasaran);
- a row's words are its number, its label (the words up to the first figure) and its figures
  (each a cell, with the unit word after it: "2,563 Jiwa"), the figures filling the last
  columns. A row with fewer figures than columns is uncertain: its figures may stand 1, 2, ...
  columns further left, and the audit judges it under each placement (``Block.unsure_rows``);
  a row whose words go on after its figures, or with more figures than columns, keeps its
  words in its label cell and no alarm comes from it;
- a page break (a blank line) goes on in the table when what follows is a row (numbered, or
  with a figure for every column), the rest of a row's label or figures, or the header
  repeated with its other lines; else the table ends there.

A table is taken only when most of its rows read so: a list of numbered sentences with a
figure here and there is no table. Where the columns of a space-laid table do line up,
:mod:`.spaced` reads it (``readers.text`` takes the reading that reads further).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .. import regex_cache
from ..document import Block, TableCell
from .flattened import label_first_words, unit_words

_WORD = regex_cache.compile(r"\S+")
_WIDE_GAP = regex_cache.compile(r" {2,}")
_ROW_LABEL = regex_cache.compile(r"(?:\d{1,3}|[IVX]{1,4})[.)]?").fullmatch
_NUMBER_LABEL = regex_cache.compile(r"(?i:no|nomor)\.?").fullmatch
# a figure of a row ("2,563", "7,41", "1.340.750.000", "106.,250.000", "96%", "Rp1.250.000"), or
# "-" for none
_FIGURE = regex_cache.compile(r"(?:Rp\.?)?[+-]?\d[\d.,]*(?:,-{1,2})?%?|[-–—]", regex.I).fullmatch
_CURRENCY = regex_cache.compile(r"Rp\.?", regex.I).fullmatch  # "Rp" standing apart from its figure
_YEAR = regex_cache.compile(r"(?:19|20)\d\d").fullmatch
_BULLETS = frozenset({"-", "•", "·", "▪", "➤"})  # a row's bullet standing for its number
_BROKEN_FIGURE = regex_cache.compile(r"\d[\d.,]*[.,]").fullmatch  # "54," of "54, 907": a figure broken by a space
MAX_HEADER_WRAPS = 2  # lines of labels wrapped under the header line
MAX_WRAPPED_WORDS = 3  # words of such a line: the rest of a label ("(Rp.000)", "(%)")
MAX_LABELS_UNDER = 4  # labels of a header's second level under its last label
MAX_LINES = 400  # lines looked at for one table
MIN_ROWS = 3
MIN_READ_SHARE = 0.8  # share of the rows that must read as number, label, figures


@dataclass
class _Word:
    text: str
    start: int
    end: int


@dataclass
class _Row:
    number: Optional[_Word]
    words: list[_Word] = field(default_factory=list)
    end_line: int = 0
    after_blank: bool = False  # opened after a blank line
    bulleted: bool = False  # opened by a bullet, not a number ("- Pemberdayaan Sosial KAT ...")

    def has_figures(self) -> bool:
        return any(_FIGURE(w.text) for w in self.words)

    def add_to_label(self, words: list[_Word]) -> None:
        """The rest of the row's label, set apart from it after its figures: it goes before them."""
        p = next((k for k, w in enumerate(self.words) if _FIGURE(w.text)), len(self.words))
        self.words[p:p] = words


def _rest_of_figures(row: _Row, words: list[_Word], width: int) -> bool:
    """Is the line figures only that the row still has room for (the rest of its figures on the
    next page: "Jml pengidap PMS ...  100  100  96 % 125,00" / "" / "120,00  96 %  125,00 ...")?"""
    read = _figure_cells(row.words)
    rest = _figure_cells(words)
    return (read is not None and rest is not None and not rest[0] and bool(rest[1])
            and len(read[1]) + len(rest[1]) <= width - 2)


def _label_and_figures(words: list[_Word], width: int) -> bool:
    """Do the words read as a label and at most a figure for each column of figures?"""
    read = _figure_cells(words)
    return read is not None and bool(read[0]) and 0 < len(read[1]) <= width - 2


def _full_row(words: list[_Word], width: int) -> bool:
    """Is the line a whole row with no number: its label and a figure for every column of
    figures ("Jumlah panti asuhan yang dibina    21,00 21,00 100 %")?"""
    read = _figure_cells(words)
    return read is not None and bool(read[0]) and len(read[1]) == width - 2


def _ends_in_figures(words: list[_Word]) -> bool:
    """Does the line end in figures after words, as a row's last line does ("Masalah
    Kesejahteraan Sosial (PMKS) 175.000.000 30.000.000")?"""
    read = _figure_cells(words)
    return read is not None and bool(read[1])


def _label_rest(text: str, lines: list[tuple[int, int]], j: int, words: list[_Word]) -> bool:
    """Is line ``j`` (``words``) words only, no figure, with a row opening on the next line?
    After a blank line (a page break) it is the rest of the row's label that the layout set
    apart below the row's figures ("20. Pekerja Migran Bermasalah  8,094 Jiwa ..." / "" /
    "Sosial (PMBS)" / "21. ...")."""
    if any(_FIGURE(w.text) for w in words) or j + 1 >= len(lines):
        return False
    return _opens_row(_words(text, lines[j + 1]))


def _starts_with_figure(words: list[_Word]) -> bool:
    """Does the line open with a figure ("360.000.000", "Rp 360.000.000"): the rest of a row's
    figures, not a row of its own?"""
    return bool(words) and (_FIGURE(words[0].text) is not None
                            or _CURRENCY(words[0].text) is not None and len(words) > 1 and _FIGURE(words[1].text) is not None)


def _words(text: str, line: tuple[int, int]) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, *line)]


def _column_numbers(words: list[_Word]) -> int:
    """How many columns a row of column numbers ("1  2  3  4") counts; 0 for any other line."""
    if len(words) < 3 or any(w.text != str(k) for k, w in enumerate(words, 1)):
        return 0
    return len(words)


def _opens_row(words: list[_Word]) -> bool:
    """Does the line open a row: a row number, then a word (not a figure: "1  2  3"; not the
    unit of a figure wrapped to the line's start: "100 %")?"""
    return (len(words) >= 2 and _ROW_LABEL(words[0].text) is not None
            and (words[1].text[:1].isalpha() or words[1].text[:1] in "(\"'“"))


def _opens_bulleted_row(words: list[_Word]) -> bool:
    """Does the line open a row marked with a bullet, not a number ("- Pemberdayaan Sosial KAT
    200.000.000 ...": a kegiatan under its numbered program)? The bullet then a word in upper
    case: "-" before a unit ("- Jiwa") or a figure is an empty cell."""
    return (len(words) >= 2 and words[0].text in _BULLETS and words[1].text[:1].isupper()
            and words[1].text.lower() not in unit_words())


def _gap_parts(text: str, line: tuple[int, int]) -> list[list[_Word]]:
    """The line's words in the parts that runs of two spaces or more set apart."""
    parts: list[list[_Word]] = [[]]
    prev_end: Optional[int] = None
    for w in _words(text, line):
        if prev_end is not None and _WIDE_GAP.fullmatch(text, prev_end, w.start):
            parts.append([])
        parts[-1].append(w)
        prev_end = w.end
    return [p for p in parts if p]


def _header_cells(parts: list[list[_Word]], width: int) -> Optional[list[list[_Word]]]:
    """The header's labels, ``width`` of them: a part holding two labels one space apart is cut
    before the second ("Target Renstra 2019 (Rp.000) Target 2018", "SISA %"), the last such
    place first. None when they cannot be made that many."""
    parts = [list(p) for p in parts]
    first_words = label_first_words()
    while len(parts) < width:
        cut = None
        for k in range(len(parts) - 1, -1, -1):
            places = [j for j in range(1, len(parts[k]))
                      if parts[k][j].text == "%" or parts[k][j].text.lower() in first_words]
            if places:
                cut = (k, places[-1])
                break
        if cut is None:
            return None
        k, j = cut
        parts[k:k + 1] = [parts[k][:j], parts[k][j:]]
    return parts if len(parts) == width else None


def _same_header(text: str, line: tuple[int, int], header: list[_Word]) -> bool:
    """Is the line the table's header repeated (at the top of the next page)?"""
    return [w.text for w in _words(text, line)] == [w.text for w in header]


@dataclass
class _Header:
    cells: list[list[_Word]]
    line_words: list[_Word]  # the header line's words, to know it again
    body: int  # index of the first line after the header
    # the words of each of its lines after the first (labels under the last one, labels wrapped,
    # column numbers), to know them again where the header is repeated
    more_lines: list[list[str]] = field(default_factory=list)


def _label_line(text: str, line: tuple[int, int]) -> Optional[list[list[_Word]]]:
    """The labels of an indented line of labels only (no figure, every word opening with a
    letter), in the parts that runs of spaces set apart; None for any other line."""
    raw = text[line[0]:line[1]]
    parts = _gap_parts(text, line)
    if not raw.startswith("  ") or "\t" in raw or not parts:
        return None
    if any(_FIGURE(w.text) or not w.text[:1].isalpha() for p in parts for w in p):
        return None
    return parts


def _two_levels(text: str, lines: list[tuple[int, int]], i: int, parts: list[list[_Word]]
                ) -> Optional[tuple[list[list[_Word]], int]]:
    """A header over two levels: the header line ends in labels over groups of columns (years:
    "2016  2017", the last one maybe wrapped to a line of its own, or one label of any kind),
    and the lines under it name the columns of each group alike ("TARGET  REALISASI  TINGKAT
    CAPAIAN" once per group, wrapped as the layout wrapped them). The header's labels, each
    column's its group's and its own ("2018 TARGET"), and the index of the line after them;
    None when the header is not so."""
    parts = [list(p) for p in parts]
    groups: list[list[_Word]] = []
    while (len(parts) > 2 or len(parts) == 2 and len(parts[-1]) > 1) and _YEAR(parts[-1][-1].text):
        groups.insert(0, [parts[-1].pop()])
        if not parts[-1]:
            parts.pop()
    j = i + 1
    while j < len(lines) and groups and all(_YEAR(w.text) for w in _words(text, lines[j]) or [_Word("", 0, 0)]):
        groups += [[w] for w in _words(text, lines[j])]
        j += 1
    labels: list[list[_Word]] = []
    while j < len(lines) and len(labels) < MAX_LABELS_UNDER * max(1, len(groups)):
        found = _label_line(text, lines[j])
        if found is None:
            break
        labels += found
        j += 1
    if not groups and len(parts) >= 3:
        groups, parts = [parts[-1]], parts[:-1]  # one label over the columns under it ("Anggaran")
    if not groups or not labels or len(labels) % len(groups):
        return None
    per = len(labels) // len(groups)
    if not 2 <= per <= MAX_LABELS_UNDER or len(parts) < 2:
        return None
    if len(groups) > 1 and any([w.text for w in labels[k]] != [w.text for w in labels[k % per]] for k in range(len(labels))):
        return None  # groups of columns alike, or no groups
    return parts + [g + labels[k * per + m] for k, g in enumerate(groups) for m in range(per)], j


def _opens_label(word: _Word) -> bool:
    return word.text == "%" or word.text.lower() in label_first_words()


def _wrapped_labels(text: str, lines: list[tuple[int, int]], i: int, j: int
                    ) -> Optional[tuple[list[_Word], list[list[_Word]]]]:
    """Line ``j`` as the rest of the header line ``i`` that a copy wrapped at a fixed width (a
    space-laid table saved by a mail program or an editor that wraps: "No.  Program / Kegiatan"
    / "Anggaran (Rp)   Realisasi (Rp)   %"): the words that end the header line's last label
    ("(Rp)" of "Realisasi" / "(Rp)   Capaian (%)") and the labels after them. Like the header
    line, it starts at the line's start (labels set under the columns are indented) and holds
    labels only; either its first part opens a label ("Anggaran", "%") or other labels follow
    it ("(Rp.000)" alone is the rest of the last label, read so by :func:`_header_at`). None
    for any other line."""
    head, line = text[lines[i][0]:lines[i][1]], text[lines[j][0]:lines[j][1]]
    if line[:1].isspace() or head[:1].isspace() or "\t" in line:
        return None
    parts = _gap_parts(text, lines[j])
    if not parts or any(_FIGURE(w.text) for p in parts for w in p):
        return None
    if _opens_label(parts[0][0]):
        return [], parts
    if len(parts) > 1 and all(_opens_label(p[0]) for p in parts[1:]):
        return parts[0], parts[1:]
    return None


# a line whose first word is "No" or "Nomor": a header's, looked for before its words are (cheaply)
_OPENS_WITH_NUMBER_LABEL = regex_cache.compile(r"[ \t]*(?i:no|nomor)\.?(?=\s|$)").match


def _header_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[_Header]:
    if not _OPENS_WITH_NUMBER_LABEL(text, lines[i][0], lines[i][1]):
        return None
    parts = _gap_parts(text, lines[i])
    if len(parts) < 2 or "\t" in text[lines[i][0]:lines[i][1]] or not _NUMBER_LABEL(parts[0][0].text):
        return None
    if len(parts[0]) > 1:
        parts = [parts[0][:1], parts[0][1:], *parts[1:]]
    j = i + 1
    levels = _two_levels(text, lines, i, parts)
    if levels is not None:
        parts, j = levels
    wrapped: list[_Word] = []
    width = 0
    for _ in range(MAX_HEADER_WRAPS + 1):
        if j >= len(lines):
            return None
        words = _words(text, lines[j])
        width = _column_numbers(words)
        if width or not words or _opens_row(words) or any(_FIGURE(w.text) for w in words):
            break
        more = _wrapped_labels(text, lines, i, j)
        if more is not None:
            # the header line's last labels, wrapped to a line of their own
            parts = [*parts[:-1], parts[-1] + more[0], *more[1]]
            j += 1
            continue
        if len(_gap_parts(text, lines[j])) > 1:
            return None  # labels set under several columns: a header the aligned reader reads
        if len(words) > MAX_WRAPPED_WORDS:
            return None  # a row's label set above its number, not the rest of a column label
        wrapped += words
        j += 1
    if width:
        j += 1
    cells = _header_cells(parts, width or len(parts))
    if cells is None:
        return None
    cells[-1] = cells[-1] + wrapped  # a label wrapped under the header line is the last one's rest
    more = [[w.text for w in _words(text, lines[k])] for k in range(i + 1, j)]
    return _Header(cells, _words(text, lines[i]), j, more)


def _skip_header(text: str, lines: list[tuple[int, int]], j: int, header: _Header) -> int:
    """The line after the header repeated at line ``j`` (with as many of its other lines as
    are repeated after it), or ``j`` when it is not repeated there."""
    if not _same_header(text, lines[j], header.line_words):
        return j
    k = j + 1
    for words in header.more_lines:
        if k >= len(lines) or [w.text for w in _words(text, lines[k])] != words:
            break
        k += 1
    return k


def _rows(text: str, lines: list[tuple[int, int]], header: _Header) -> list[_Row]:
    width = len(header.cells)
    rows: list[_Row] = []
    j, blank = header.body, 0
    while j < len(lines) and j < header.body + MAX_LINES:
        line = text[lines[j][0]:lines[j][1]]
        if not line.strip():
            blank += 1
            j += 1
            continue
        if "\t" in line:
            break
        k = _skip_header(text, lines, j, header)
        if k != j:
            j, blank = k, 0
            continue
        words = _words(text, lines[j])
        if _column_numbers(words):
            j += 1
            continue
        if _opens_row(words):
            rows.append(_Row(words[0], words[1:], j, after_blank=blank > 0))
        elif rows and _opens_bulleted_row(words):
            rows.append(_Row(None, words, j, after_blank=blank > 0, bulleted=True))  # the bullet stays in its label
        elif rows and rows[-1].has_figures() and _label_rest(text, lines, j, words):
            if not blank and _ROW_LABEL(rows[-1].number.text if rows[-1].number else "") \
                    and words[0].text[:1].islower() and not _label_above_first_row(text, lines, header.body, rows):
                # the rest of the row's label wrapped under its first line ("2  Persentase anak
                # jalanan yang  Negatif  12,00 ..." / "   kembali turun ke jalan"): it goes on in
                # lower case, and no label line stood above a row's number
                pass
            elif not blank:
                # a label's line above its row's number: rows set in the middle of their height
                # (a ruled table's), whose lines cannot be told apart by their order
                return []
            rows[-1].add_to_label(words)
        elif not rows and not blank and not _starts_with_figure(words):
            rows.append(_Row(None, words, j))  # the table goes on from a page before: no number
        elif not rows or blank and not (_full_row(words, width) if rows[-1].has_figures() else _ends_in_figures(words)) \
                and not _rest_of_figures(rows[-1], words, width):
            # after a blank line (a page break) the table goes on with a row: one that opens
            # with its number, one with no number but a figure for every column, or the rest of
            # a row still without its figures
            break
        elif rows[-1].has_figures() and not _starts_with_figure(words) and words[0].text.lower() not in unit_words():
            rows.append(_Row(None, words, j))  # a row with no number: "Jumlah  725,859 ..."
        else:
            rows[-1].words += words
            rows[-1].end_line = j
        blank = 0
        j += 1
    # a numbered list or heading after the table, a blank line between: its items do not read
    # as a label and figures ("2. Perbandingan ... Tahun 2018 dengan Tahun Lalu")
    cut = next((k for k, r in enumerate(rows) if r.after_blank and not _ends_in_figures(r.words)), len(rows))
    # a bulleted line that is no label and figures is a list after the table ("- Sisa anggaran
    # ... sebesar Rp 15.000.000 karena efisiensi."), not a kegiatan's row
    cut = next((k for k, r in enumerate(rows[:cut]) if r.bulleted and not _label_and_figures(r.words[1:], width)), cut)
    del rows[cut:]
    while rows and not rows[-1].has_figures():
        rows.pop()  # a line of words after the table (no figures) is not one of its rows
    return rows


def _label_above_first_row(text: str, lines: list[tuple[int, int]], body: int, rows: list[_Row]) -> bool:
    """Did a line of words stand above the table's first row (its label set in the middle of
    the row's height, above its number: a centred layout's)?"""
    return bool(rows) and rows[0].number is None and rows[0].end_line == body


def _figure_cells(words: list[_Word]) -> Optional[tuple[list[_Word], list[list[_Word]]]]:
    """A row's words after its number as its label and its figures (each with its currency word
    before it, "Rp 1.250.000", and its unit word after it, "2,563 Jiwa"); None when words go on
    after the figures."""
    units = unit_words()
    p = next((k for k, w in enumerate(words) if _FIGURE(w.text)
              or _CURRENCY(w.text) and k + 1 < len(words) and _FIGURE(words[k + 1].text)), len(words))
    label, figures = words[:p], []
    currency: Optional[_Word] = None
    for w in words[p:]:
        if _CURRENCY(w.text) and currency is None:
            currency = w
        elif _FIGURE(w.text):
            if currency is not None:
                figures.append([currency, w])
                currency = None
            elif figures and _BROKEN_FIGURE(figures[-1][-1].text) and w.text[:1].isdigit():
                figures[-1].append(w)  # "54, 907": one figure broken by a space
            else:
                figures.append([w])
        elif currency is None and figures and w.text.lower() in units and _FIGURE(figures[-1][-1].text):
            figures[-1].append(w)  # "2,563 Jiwa"
        else:
            return None
    return (label, figures) if currency is None else None


def _cell(words: list[_Word], at: int) -> TableCell:
    if not words:
        return TableCell("", at, at)
    return TableCell(" ".join(w.text for w in words), words[0].start, words[-1].end)


@lru_cache(maxsize=1)
def _word_column() -> regex.Pattern:
    from ..grammar import load_grammar  # here: the grammars load after the readers

    return regex.compile(load_grammar("tables").vocabulary["word_column"], regex.I)


def word_columns_after_label(header: list[str]) -> int:
    """How many columns right after the row's label (the header's second) hold words by their
    label ("Indikator Kinerja", "Satuan" after "Program"): a row's words run over them, never
    its figures. A label in lower case is the rest of a label wrapped over the header's lines
    ("Indikator" / "kinerja sasaran" of a PDF's two-line header), no column of its own."""
    n = 0
    for label in header[2:]:
        if not _word_column().search(label) or label.lstrip()[:1].islower():
            break
        n += 1
    return n


def _words_set_apart(text: str, label: list[_Word], word_columns: int
                     ) -> Optional[tuple[list[_Word], list[list[_Word]]]]:
    """The label's words and, for each of the ``word_columns`` columns of words after it, the
    part of the row's first line that a run of spaces sets apart at its end ("Persentase PMKS
    yang tertangani" | "Positif"); None where the line has not that many parts after the
    label's first, or where the label goes on over a line after them."""
    if not word_columns or not label:
        return None
    parts: list[list[_Word]] = [[label[0]]]
    k = 1
    while k < len(label) and "\n" not in text[label[k - 1].end:label[k].start]:
        if label[k].start - label[k - 1].end >= 2:
            parts.append([])
        parts[-1].append(label[k])
        k += 1
    if len(parts) != word_columns + 1:
        return None
    # the label's lines under the first, each starting in the label's column ("2    Persentase
    # anak jalanan yang   Negatif ..." / "     kembali turun ke jalan"), are the label's rest
    column = _column_at(text, label[0].start)
    if any(_column_at(text, w.start) != column for w, before in zip(label[k:], label[k - 1:])
           if "\n" in text[before.end:w.start]):
        return None
    return parts[0] + label[k:], parts[1:]


def _column_at(text: str, at: int) -> int:
    return at - (text.rfind("\n", 0, at) + 1)


def _row_cells(row: _Row, width: int, word_columns: int = 0, text: str = ""
               ) -> tuple[list[TableCell], bool, Optional[list[tuple[int, int]]]]:
    """The row's cells, whether it reads as number, label and figures, and, for a row with
    fewer figures than the table has columns for them, its other placements (the figures
    stand in the last columns; they may stand 1, 2, ... columns further left: nothing in the
    words tells which columns the missing ones are). A row whose figures are just too few for
    the ``word_columns`` after the label (columns of names and units, by their header) has
    them in the last columns for sure: its words ran over the columns of words."""
    at = row.number.start if row.number is not None else row.words[0].start
    number = _cell([row.number] if row.number is not None else [], at)
    # a bulleted row's bullet opens its label ("- Pemberdayaan Sosial KAT"), though "-" alone
    # is also an empty figure
    bullet = row.words[:1] if row.number is None and _opens_bulleted_row(row.words) else []
    read = _figure_cells(row.words[len(bullet):])
    if read is not None:
        read = (bullet + read[0], read[1])
    if read is None or len(read[1]) > width - 2 or not read[0]:
        # its figures' columns unknown: its words stay in its label cell, and the row is one no
        # alarm comes from (a column's total over it would miss its figures)
        end = row.words[-1].end if row.words else at
        return [number, _cell(row.words, at)] + [TableCell("", end, end) for _ in range(width - 2)], False, []
    label, figures = read
    words_set_apart = _words_set_apart(text, label, word_columns) if len(figures) == width - 2 - word_columns else None
    if words_set_apart is not None:
        # the columns of words after the label hold the parts the layout set apart ("Persentase
        # PMKS yang tertangani   Positif   75,00 ..."): every column has its cell for sure
        label_part, word_parts = words_set_apart
        return [number, _cell(label_part, at), *(_cell(p, at) for p in word_parts),
                *(_cell(f, at) for f in figures)], True, None
    label_cell = _cell(label, at)
    missing = width - 2 - len(figures)
    empty = [TableCell("", label_cell.end, label_cell.end) for _ in range(missing)]
    # a shift that put a figure in a column of words is no placement
    shifts = missing - word_columns
    others = [(2 + missing, -k) for k in range(1, shifts + 1)] if figures and shifts > 0 else None
    return [number, label_cell, *empty, *(_cell(f, at) for f in figures)], True, others


def figure_rows_table_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    """The table of numbered rows ending in figures whose header is line ``i``, and the index
    of the line after it; None when there is none."""
    header = _header_at(text, lines, i)
    if header is None:
        return None
    width = len(header.cells)
    if width < 3:
        return None
    rows = _rows(text, lines, header)
    if len(rows) < MIN_ROWS:
        return None
    cells, read = [], 0
    unsure: dict[int, Optional[list[tuple[int, int]]]] = {}
    word_columns = word_columns_after_label([" ".join(w.text for w in c) for c in header.cells])
    for r, row in enumerate(rows, 1):  # row 0 is the header
        row_cells, ok, others = _row_cells(row, width, word_columns, text)
        cells.append(row_cells)
        read += ok
        if not ok:
            unsure[r] = None  # it may stand off in ways no reading names
        elif others is not None:
            unsure[r] = others
    if read < MIN_READ_SHARE * len(rows):
        return None
    head_at = lines[i][0]
    head = [_cell(c, head_at) for c in header.cells]
    s = lines[i][0] + len(text[lines[i][0]:lines[i][1]]) - len(text[lines[i][0]:lines[i][1]].lstrip())
    last = rows[-1].end_line
    return Block("table", s, lines[last][1], rows=[head, *cells], header_rows=1,
                 unsure_rows=unsure or None), last + 1
