"""Tables laid out with spaces in plain text: what ``pdftotext -layout`` makes of a report's
tables, or a table typed with the space bar::

    No   Indikator Kinerja                          Satuan   Target   Realisasi   Capaian
    1    Persentase PMKS yang memperoleh            %        80       76          95,00
         bantuan sosial
    2    Jumlah lansia terlantar yang ditangani     orang    450      432         96,00

Read word by word, such a table is a flattened one, and a label wrapped onto the next line runs
into the row after it. Here each line's words are placed by their column in the line (a
character is one unit wide, a line one unit high) and handed to :mod:`.aligned`, which finds the
columns of a header of column labels and the rows under it as it does for a PDF page's
positioned words. Each cell keeps its span: from its first word to its last, its text the words
joined by single spaces. Only lines whose words stand two spaces apart or more somewhere are
tried, and a line with a tab never (tab tables are read as such).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from .. import regex_cache
from ..document import Block, TableCell
from .flattened import label_first_words
from .aligned import _FIGURE, _ROW_NUMBER, name_goes_on, opens_with_mark, MIN_LABELS, _pieces, PlacedLine, PlacedWord, _column, _group_rows, aligned_table_at

_WORD = regex_cache.compile(r"\S+")
# two spaces or more between words: where a column may end
_WIDE_GAP = regex_cache.compile(r"\S {2,}(?=\S)")
# a rule under a header or over a total, drawn with a character a line long: "-----", "=====", "+---+---+"
_RULE_LINE = regex_cache.compile(r"[ \t]*[-=_+|]{10,}[-=_+| \t]*")
_RULE_WORD = regex_cache.compile(r"[-=_]{3,}")
MAX_LINES = 80  # lines looked at for one table
LINE_HEIGHT = 0.8  # of the unit a line is from the next
MAX_LONE_ROWS = 0.25  # share of a table's rows that may have words in one column only


@dataclass(frozen=True, slots=True)
class _TextWord(PlacedWord):
    start: int = 0  # offset of the word in the document text
    end: int = 0


def _placed(text: str, lines: list[tuple[int, int]], i: int) -> list[PlacedLine]:
    """Lines ``i`` onwards as positioned words, up to two blank lines in a row or a tabbed line;
    a blank line leaves its place empty (a gap between rows, or the table's end)."""
    out: list[PlacedLine] = []
    blank = 0
    rules = 0  # lines of a rule drawn with dashes: no line of the table, and no gap in it
    for k in range(i, min(len(lines), i + MAX_LINES)):
        s, e = lines[k]
        line = text[s:e]
        if "\t" in line:
            break
        if _RULE_LINE.fullmatch(line):
            rules += 1
            continue
        if not line.strip():
            blank += 1
            if blank >= 2:
                break
            continue
        blank = 0
        top = float(k - i - rules)
        # (a rule under a group's label, "Tertangani" over "Jiwa  %": "---------------------", is no word)
        out.append(PlacedLine(top, top + LINE_HEIGHT, [
            _TextWord(m.group(), float(m.start()), float(m.end()), s + m.start(), s + m.end())
            for m in _WORD.finditer(line) if not _RULE_WORD.fullmatch(m.group())]))
    return out


def _before_prose_after_a_blank(header_lines: list[PlacedLine], body: list[PlacedLine]) -> list[PlacedLine]:
    """The table's lines up to a paragraph after a blank line: a line running far past the
    header's right end ("Jumlah ... 93,55" / "" / "Selama lima tahun, Dinas Sosial mengelola
    anggaran Rp26.361.280.000 dengan realisasi ...") is prose, whatever columns its single
    spaces happen to fall in."""
    right = max((w.x1 for ln in header_lines for w in ln.words), default=0.0)
    for n in range(1, len(body)):
        if body[n].top - body[n - 1].top > 1 and body[n].words and \
                max(w.x1 for w in body[n].words) > PROSE_PAST_HEADER * right + 10:
            return body[:n]
    return body



# a line whose text runs past this many times the header's width is no row of the table
PROSE_PAST_HEADER = 1.5


def _opens_row(line: list[list[str]], numbered: bool) -> bool:
    """Does this line of a table hold what opens a row: its number, or else its figures or a
    bulleted name ("- Rehabilitasi Sosial Dasar ..." whose figures stand on its last line)?"""
    if numbered:
        return bool(line[0]) and _ROW_NUMBER.match(line[0][0]) is not None
    return _has_figures(line) or _bulleted(line)


def _bulleted(line: list[list[str]]) -> bool:
    """Does the line open with a bullet or a code ("- Rehabilitasi ...", "1.06.06.2.02 Penyelenggaraan ...")?"""
    return opens_with_mark(next((col[0] for col in line if col), ""))


def _has_figures(line: list[list[str]]) -> bool:
    return any(_FIGURE.match(w) for col in line[1:] for w in col)


def _split_opened(texts: list[list[list[str]]], group: list[int], numbered: bool,
                  body: Optional[list[PlacedLine]] = None) -> list[list[int]]:
    """A row cut again before each line after its first that opens a row of its own: rows told
    apart by blank lines between them, where two rows stand with no blank line between; and a
    line with figures of its own under a row that has its figures already (a kegiatan, "-
    Pemberdayaan Sosial KAT  200.000.000 ...", under its numbered program); and, ``body`` given,
    a line with figures indented from the words-only lines above it (a group's label, "BELANJA
    OPERASI" over "  Belanja Pegawai  5.2.1.1  6.842.315.000,00 ...": the label a row of its own)."""
    out = [[group[0]]]
    for k in group[1:]:
        if numbered:
            opens = _opens_row(texts[k], numbered)
        else:
            # (a bulleted name opens a row; figures open one only under a row that has its own)
            opens = _bulleted(texts[k]) or _has_figures(texts[k]) and any(
                _opens_row(texts[x], numbered) for x in out[-1]) and not (
                _bulleted(texts[out[-1][0]]) and not any(_has_figures(texts[x]) for x in out[-1]))
            opens = opens or body is not None and _has_figures(texts[k]) and not _bulleted(texts[out[-1][0]]) and \
                not any(_has_figures(texts[x]) or name_goes_on(texts[x]) for x in out[-1]) and \
                _first_x(body[k]) > max(_first_x(body[x]) for x in out[-1]) + 1.0 and \
                _name_end(body[k]) > max(body[x].words[-1].x1 for x in out[-1] if body[x].words)
        if opens or _has_figures(texts[k]) and any(_has_figures(texts[x]) for x in out[-1]):
            out.append([k])
        else:
            out[-1].append(k)
    return out


def _first_x(line: PlacedLine) -> float:
    return line.words[0].x0 if line.words else 0.0


def _name_end(line: PlacedLine) -> float:
    """Where a line's words before its first figure end: a group's member is named further than
    its group's label reaches ("BELANJA MODAL" over "  Belanja Modal Peralatan dan Mesin  5.2.2.1
    ..."), where the rest of a name wrapped at its column's edge is shorter than the line it
    wrapped from ("Rehabilitasi ... Lanjut Usia" over "  Terlantar, serta ...  1.584.000.000")."""
    end = 0.0
    for w in line.words:
        if _FIGURE.match(w.text):
            break
        end = w.x1
    return end


def _opens_late(texts: list[list[list[str]]], group: list[int], numbered: bool) -> bool:
    """Is a row's number (or its figures) on a line after its first? Then its cells were set
    in the middle of their height (a ruled table's rows, centred, in ``pdftotext -layout``):
    the label lines above the number belong to it, but blank lines alone cannot tell where a
    row begins, and a row cut in the wrong place gives false alarms. Such a table is not
    taken here."""
    if _opens_row(texts[group[0]], numbered):
        return False
    late = next((n for n, k in enumerate(group[1:], start=1) if _opens_row(texts[k], numbered)), None)
    # (a name cut after a word that cannot end it, "Belanja Modal Gedung dan" over "Bangunan
    # 980.000 ...": its figures on its last line, where its words say the row goes on)
    return late is not None and not (not numbered and name_goes_on(texts[group[late - 1]]))


def _cell(words: list[_TextWord], at: int) -> TableCell:
    if not words:
        return TableCell("", at, at)
    return TableCell(" ".join(w.text for w in words), words[0].start, words[-1].end)


def _may_head(text: str, line: tuple[int, int]) -> bool:
    """May the line be a header of column labels? Its first word is a column label's ("No",
    "Indikator", "Program") and its words stand apart in as many places as a header's labels:
    a cheap look before the line's words are placed."""
    s, e = line
    first = _WORD.search(text, s, e)
    return (first is not None and first.group().lower().rstrip(":") in label_first_words()
            and len(_WIDE_GAP.findall(text, s, e)) >= MIN_LABELS - 1 and "\t" not in text[s:e])


# the upper line of a header over two lines: indented past the first column, words only
_LABELS_OVER = regex_cache.compile(r" {8,}[^\d\t\s][^\d\t]*")


def _labels_over(text: str, line: tuple[int, int]) -> bool:
    """Is the line the upper part of a header over two lines, labels standing over some columns
    only ("Anggaran Setelah        Realisasi" over "Kode  Program / Kegiatan  Perubahan (Rp)  Rp  %")?"""
    return _LABELS_OVER.fullmatch(text, *line) is not None


def _numbers_one_a_column(line: list[list[str]]) -> bool:
    """Does a row of column numbers under the header ("1  2  3  4") stand one number in each
    column? A table typed with tabs and printed comes out with its columns out of line (a tab
    jumps from where the text before it ends): its row of column numbers, at the top, shows
    the columns found are not the table's. Any other line passes."""
    words = [w for col in line for w in col]
    if len(words) < 3 or words != [str(k) for k in range(1, len(words) + 1)]:
        return True
    return all(len(col) == 1 for col in line)


def spaced_table_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    """The space-laid table whose header starts at line ``i``, and the index of the line after
    it; None when there is none."""
    s, e = lines[i]
    if not _may_head(text, lines[i]) and not (i + 1 < len(lines) and _labels_over(text, lines[i])
                                              and _may_head(text, lines[i + 1])):
        return None
    placed = _placed(text, lines, i)
    if not placed:
        return None
    # the header's line of labels: this one, or the next under labels over some of its columns
    main = 0 if _may_head(text, lines[i]) else 1
    if main >= len(placed):
        return None
    found = aligned_table_at(placed, main, join_below=2.0, space=1.0)
    if found is None or found.first != 0:
        return None
    bounds, width = found.bounds, len(found.rows[0])
    placed = [found.replaced.get(k, line) for k, line in enumerate(placed)]
    # a line of labels under the header, or a column without a label: the header is more lines
    # than were read as it (a label wrapped or set apart), and its columns are not the table's
    # (only before the first line with a figure: a row's name wrapped onto a line of its own,
    # "PMKS" under "Meningkatnya penanganan", is no label)
    under = placed[found.body:found.body + 3]
    before_figures = under[:next((n for n, ln in enumerate(under) if any(_FIGURE.match(w.text) for w in ln.words)),
                                 len(under))]
    if any(_pieces(line.words) for line in before_figures) or not all(found.rows[0]):
        return None
    header_lines, body = placed[:found.body], placed[found.body:found.end]
    body = _before_prose_after_a_blank(header_lines, body)

    def columns(line: PlacedLine) -> list[list[_TextWord]]:
        return [[w for w in line.words if _column(w.middle, bounds) == j] for j in range(width)]  # type: ignore[misc]

    head_words = [columns(ln) for ln in header_lines]
    header = [_cell([w for cols in head_words for w in cols[j]], int(header_lines[0].words[0].start))  # type: ignore[attr-defined]
              for j in range(width)]
    # the header's text is the aligned reader's labels (a label over two lines read top down)
    header = [TableCell(label, c.start, c.end) for label, c in zip(found.rows[0], header)]
    cells = [columns(ln) for ln in body]
    texts = [[[w.text for w in col] for col in line] for line in cells]
    if texts and not _numbers_one_a_column(texts[0]):
        return None
    groups = [part for group in _group_rows(body, texts, found.numbered)
              for part in _split_opened(texts, group, found.numbered, body)]
    if any(_opens_late(texts, group, found.numbered) for group in groups):
        return None
    # rows with words in one column only: a heading row now and then, but rows made of them are
    # the lines of cells wrapped and spread apart, which the columns do not hold together
    lone = sum(1 for group in groups if sum(1 for j in range(width) if any(texts[k][j] for k in group)) <= 1)
    if lone > MAX_LONE_ROWS * len(groups):
        return None
    rows = [header]
    for group in groups:
        at = body[group[0]].words[0].start  # type: ignore[attr-defined]
        rows.append([_cell([w for k in group for w in cells[k][j]], at) for j in range(width)])
    last_word = body[-1].words[-1].start  # type: ignore[attr-defined]
    last_line = bisect.bisect_right([ls for ls, _ in lines], last_word, i) - 1
    return Block("table", s + len(text[s:e]) - len(text[s:e].lstrip()), lines[last_line][1],
                 rows=rows, header_rows=1), last_line + 1
