"""Plain text, markdown and HTML-remnant reports.

The decoded text is normalised (``normalise.normalise_text``) and then cut into blocks:
paragraphs separated by blank lines, list items, and tables in the layouts the seeds use:
tab-separated rows, one cell per line (each line starting with a tab, rows separated by
blank lines), as text exported from Word tables looks, markdown pipe tables, tables laid out
with spaces (their columns lined up, ``readers.spaced``, or their rows' words in order under a
header, as ``pdftotext -layout`` prints a tab-typed table, ``readers.figure_rows``), and tables
flattened to lines of words under a header of column labels (``readers.flattened``).
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import Path
from typing import Sequence, Optional

import regex

from .. import regex_cache
from ..document import Block, Document, TableCell, line_spans
from ..errors import InputError
from ..grammar import load_grammar
from ..normalise import normalise_text
from .cell_lines import cell_lines_table_at
from .cell_paragraphs import HAS_FIRST_ROW, cell_paragraph_table_at
from .hard_wrap import unwrap_copy
from .ruled import HAS_RULE, ruled_table_at
from .spaced import PROSE_PAST_HEADER, spaced_table_at
from .figure_rows import figure_rows_table_at
from .flattened import _STOP, _WORD, Word, continues_table, could_start_line, flattened_table_at, header_labels

_BULLET = regex_cache.compile(r"^\s*(?:[-•·▪➤\uf0b7\uf0a7\uf0d8]|\d{1,2}[.)]|[a-zA-Z][.)])\s+")
_DIGIT_FIRST = regex_cache.compile(r"^\s*\d").match


def decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """Decode a text file: UTF-8 (with or without BOM) first, else the detected encoding.

    Raises InputError when the bytes are binary rather than text in any encoding.
    """
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "is binary data, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "is not UTF-8 and its encoding could not be detected (binary data?)")
    text = str(best)
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t")
    if bad > len(text[:20000]) * 0.01:
        raise InputError(path, "is binary data, not text")
    return text, best.encoding


# a page break inside a sentence: the page's last line ends with no mark of a sentence's end,
# the next page's first line goes on in lower case ("... sedangkan 15" / "anak atau 1,34% ...").
# The form feed opening the line would stand for a blank line, a paragraph's end; "\n\f", and
# the blank lines plain pdftotext leaves before it, become spaces and one line break (same
# length: offsets and page starts stay put)
_SENTENCE_OVER_PAGES = regex_cache.compile(r"(?<=[^\s.:;!?][ \t]*)(?:\n[ \t]*)*\n\f(?=[ \t]*\p{Ll})")

# a page's mark left on a line of its own where a report's pages were copied into a text file
# without form feeds (a PDF pasted from a document site): "Halaman 12", "Hal. 3 dari 40",
# "- 12 -", "III-12", a running title ending in its page ("LKPJ Bupati 2022 - Halaman 3").
# A number alone ("12") is none of them: it is as often a figure wrapped onto a line of its own.
_PAGE_MARK = (r"[ \t]*(?:[-–][ \t]*)?(?:hal(?:aman)?\.?|page)[ \t]*\d{1,4}(?:[ \t]*(?:dari|of|/)[ \t]*\d{1,4})?(?:[ \t]*[-–])?[ \t]*"
              r"|[ \t]*[-–][ \t]*\d{1,4}[ \t]*[-–][ \t]*"
              r"|[ \t]*[IVXL]{1,6}[ \t]*[-–][ \t]*\d{1,3}[ \t]*"
              r"|[^\n\t|]{3,80}?(?:[ \t]*[-–|,][ \t]*|[ \t]{2,})(?:halaman|hal\.)[ \t]*\d{1,4}(?:[ \t]*(?:dari|/)[ \t]*\d{1,4})?[ \t]*")
# such a mark, alone on its line, becomes spaces: its numbers are no figures of the report
# ("Halaman 2 dari 40" read as 2 of 40); so does a running header or footer naming the report,
# its year and the page (grammars/programs.yaml ``running_header``: "LKPJ Bupati Sumedang Tahun 2015
# IV-87")
_PAGE_MARK_LINE = regex_cache.compile(rf"(?:{_PAGE_MARK})", regex.I).fullmatch
# what every page mark has, to find the lines to try quickly (the patterns are slow to run over a
# whole text): "hal"/"page" before a number, a number between dashes, a roman numeral's dash, a
# report's name
_PAGE_MARK_CUE = regex_cache.compile(r"(?:[Hh][Aa][Ll]|[Pp][Aa][Gg][Ee])[A-Za-z.]{0,4}[ \t]*\d|[-–][ \t]*\d{1,4}[ \t]*[-–]"
                               r"|[IVXLivxl][ \t]*[-–][ \t]*\d|LKPJ|LPPD|LKjIP|LAKIP|LKIP|Renja|Renstra|RKPD|Laporan").finditer
# a sentence that goes on after a page mark: in lower case, in brackets, with an amount
_GOES_ON = regex_cache.compile(r"\p{Ll}|\(|Rp(?!\p{L})").match


@lru_cache(maxsize=1)
def _running_header():
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "running_header")


def _page_mark_lines(text: str, breaks: Sequence[int] = ()) -> list[tuple[int, int]]:
    """The spans of the lines that are a page's mark and nothing else; ``breaks``: where pages end
    (form feeds), beside which a bare number is the page's ("22" / form feed)."""
    spans: list[tuple[int, int]] = _bare_page_numbers(text, breaks)
    tried = -1  # the end of the last line tried
    for cue in _PAGE_MARK_CUE(text):
        start = text.rfind("\n", 0, cue.start()) + 1
        if start <= tried:
            continue
        end = text.find("\n", cue.end())
        tried = end = len(text) if end < 0 else end
        if end - start <= 160 and (_PAGE_MARK_LINE(text, start, end) or _running_header().fullmatch(text, start, end)):
            spans.append((start, end))
    spans = sorted(set(spans))
    return sorted(spans + _running_titles(text, spans))


_BARE_PAGE_NUMBER = regex_cache.compile(r"[ \t]*\d{1,4}[ \t]*").fullmatch


def _bare_page_numbers(text: str, breaks: Sequence[int]) -> list[tuple[int, int]]:
    """A bare number as the last filled line before a page's end or the first after it."""
    out = []
    for b in breaks:
        line_start = text.rfind("\n", 0, b) + 1
        line_end = text.find("\n", b)
        for span in (_next_filled_line(text, line_start, -1),
                     _next_filled_line(text, len(text) if line_end < 0 else line_end, +1)):
            if span is not None and _BARE_PAGE_NUMBER(text, *span):
                out.append(span)
    return out


MAX_TITLE = 90  # characters of a running title
_HAS_LETTER = regex_cache.compile(r"\p{L}").search
_SENTENCE_MARK = regex_cache.compile(r"[.:;!?,]\s*$|\t|\|")


def _next_filled_line(text: str, at: int, step: int) -> Optional[tuple[int, int]]:
    """The span of the first line holding a character beyond the blank lines from offset ``at``
    (the start of a line for ``step`` -1: the lines above it; the end of one for +1: below)."""
    for _ in range(3):
        if step < 0:
            if at <= 0:
                return None
            end = at - 1
            start = text.rfind("\n", 0, end) + 1
            at = start
        else:
            if at >= len(text):
                return None
            start = at + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            at = end
        if text[start:end].strip():
            return start, end
    return None


def _running_titles(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a running title that stands apart from its page's mark ("LKPJ Kabupaten X
    Tahun 2022" / "Halaman 12"): a short line, no sentence nor table row, right above or below
    page marks (blank lines between), the same words next to two marks or more; no list's item.
    A title that stands by one mark only is not told from a heading that opens the page."""
    beside: dict[str, list[tuple[int, int]]] = {}
    for start, end in marks:
        for span in (_next_filled_line(text, start, -1), _next_filled_line(text, end, +1)):
            if span is None:
                continue
            line = text[span[0]:span[1]].strip()
            # a title has words: a bare figure by two marks is a table's cell ("3", a row's number)
            if len(line) <= MAX_TITLE and not _SENTENCE_MARK.search(line) and not _PAGE_MARK_LINE(line) \
                    and not _BULLET.match(line) and _HAS_LETTER(line):
                beside.setdefault(" ".join(line.split()), []).append(span)
    return [span for spans in beside.values() if len(set(spans)) >= 2 for span in sorted(set(spans))]


def _without_page_marks(text: str, breaks: Sequence[int] = ()) -> str:
    """The text with the page marks left in it as spaces (same length: offsets stay put). Where
    a mark stands inside a sentence (the line before ends with no mark of a sentence's end, the
    text after goes on: "dengan realisasi Rp. 2.737.997.440,-" / "Halaman 2 dari 40" / "(97,57%)
    ..."), the mark and the blank lines about it become spaces and one line break, as a page break
    inside a sentence does (_SENTENCE_OVER_PAGES)."""
    spans = _page_mark_lines(text, breaks)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        before, after = start, end
        while before > 0 and chars[before - 1] in " \t\n":
            before -= 1
        while after < len(chars) and chars[after] in " \t\n":
            after += 1
        if before > 0 and chars[before - 1] not in ".:;!?" and after < len(chars) and _GOES_ON(text, after):
            chars[before:after] = " " * (after - before - 1) + "\n"
        else:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def read_text(path: Path, data: bytes) -> Document:
    raw, encoding = decode_bytes(path, data)
    fmt = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}.get(path.suffix.lower(), "txt")
    text = normalise_text(raw)
    if not text.strip():
        raise InputError(path, "has no text")
    doc = text_document(text, str(path), fmt, encoding)
    if encoding != "utf-8":
        doc.warnings.append(f"decoded as {encoding}, not UTF-8")
    return doc


def text_document(text: str, path: str, fmt: str = "txt", encoding: str = "utf-8") -> Document:
    """The document of a normalised text (``normalise.normalise_text``): its pages (form feeds),
    its paragraphs unwrapped, its blocks; what :func:`read_text` makes of a file and
    ``pipeline.extract_text`` of a string."""
    page_starts: list[int] = []
    breaks: list[int] = []
    if "\f" in text:
        breaks = [i for i, ch in enumerate(text) if ch == "\f"]
        # pages of a pdftotext export: a form feed ends each page; it becomes a newline (same
        # length, so offsets stay put) and the page starts are kept as provenance
        page_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\f" and i + 1 < len(text)]
        text = _SENTENCE_OVER_PAGES.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text).replace("\f", "\n")
    text = _without_page_marks(text, breaks)
    # a text hard-wrapped at a fixed width: its paragraphs' line breaks are spaces (where every line
    # is indented, the break and the next line's margin one space: the page starts move back; where
    # a blank line follows every line, the blank lines left are plain line breaks)
    text, removed = unwrap_copy(text)
    if removed and page_starts:
        page_starts = [p - bisect.bisect_left(removed, p) for p in page_starts]
    doc = Document(path=path, format=fmt, text=text, encoding=encoding, page_starts=page_starts)
    doc.blocks = split_blocks(text, cells_one_per_line=True)
    for block in doc.blocks:
        block.page = doc.page_at(block.start)
        keep_unsure_rows(doc, block)
    return doc


def keep_unsure_rows(doc: Document, block: Block) -> None:
    """The rows of a table whose columns its reader could not tell for sure, kept in the
    document (``Document.uncertain``, ``Document.readings``) by their spans: no alarm comes
    from a placement that is only one of several."""
    for r, others in (block.unsure_rows or {}).items():
        row = [c for c in (block.rows or [])[r] if c.text]
        if not row:
            continue
        span = (min(c.start for c in row), max(c.end for c in row))
        doc.uncertain.append(span)
        if others is not None:
            cells = (block.rows or [])[r]
            doc.readings[span] = [(cells[j].start, by) for j, by in others if j < len(cells)]


_lines = line_spans  # (start, end) of every line, without its newline


_FIGURE_CELL = regex_cache.compile(r"[-–(]?\s*(?:Rp\.?\s*)?\d[\d.,]*\s*%?\)?|-|–")
_ROW_NUMBER_CELL = regex_cache.compile(r"\d{1,3}\.?|[a-zA-Z][.)]|[IVX]{1,4}\.?")
# a total row's label alone ("JUMLAH", "Total Keseluruhan", "Sub Total"), not a name that opens with
# the word ("Jumlah pengidap PMS yang ditangani")
_TOTAL_LABEL = regex_cache.compile(r"(?i:(?:sub[ -]?|grand[ ])?(?:jumlah|total)(?:[ ]+(?:total|keseluruhan|seluruhnya|akhir|umum))?"
                             r"(?:[ ]*\(rp\.?\))?[ ]*:?)")


def _wrapped_rows_joined(rows: list[list[TableCell]]) -> list[list[TableCell]]:
    """The rows of a tab table copied out of a PDF, where a long name wrapped within its cell
    ("1<TAB>Program Penunjang Urusan Pemerintahan Daerah" / "Kabupaten/Kota<TAB>9.812.345.600<TAB>
    ..."), made one: a row that stops at a text cell, then a row that opens with text and no row
    number, whose cells make the header's width together; and a total row whose label spans the
    number and name columns ("JUMLAH<TAB>17.550.795.600<TAB>...") given its empty name cell, so
    its figures stand under their columns (right-aligned, as the table lays them)."""
    if len(rows) < 3:
        return rows
    width = len(rows[0])
    out: list[list[TableCell]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if nxt is not None and len(row) < width and len(nxt) < width and len(row) + len(nxt) - 1 == width \
                and row[-1].text and not _FIGURE_CELL.fullmatch(row[-1].text) \
                and nxt[0].text and not _FIGURE_CELL.fullmatch(nxt[0].text) and not _ROW_NUMBER_CELL.fullmatch(nxt[0].text) \
                and all(_FIGURE_CELL.fullmatch(c.text) for c in nxt[1:] if c.text):
            joined = TableCell(f"{row[-1].text} {nxt[0].text}", row[-1].start, nxt[0].end)
            out.append(row[:-1] + [joined] + nxt[1:])
            k += 2
            continue
        if 1 < len(row) < width and _TOTAL_LABEL.fullmatch(row[0].text) and \
                all(_FIGURE_CELL.fullmatch(c.text) for c in row[1:]):
            pad = [TableCell("", row[0].end, row[0].end) for _ in range(width - len(row))]
            row = row[:1] + pad + row[1:]
        out.append(row)
        k += 1
    return out


# a row's name may go on in the next row of a pipe table but never opens with these: a heading row
# of its own ("|   | Program Rehabilitasi Sosial |   |")
_OWN_ROW_LABEL = regex_cache.compile(r"(?i:program|kegiatan|sub\s*kegiatan|sasaran|bidang|urusan|indikator|jumlah|total|sub\s*total)\b")


def _pipe_rows_continued(rows: list[list[TableCell]], body: int) -> list[list[TableCell]]:
    """A pipe table's rows below its header (``body``: the first body row's index) with the rows
    that only carry the rest of the names above them joined to those rows: a cell wrapped onto
    rows of its own, as a text editor or a converter lays a long name out ("| 2 | Program
    Pemberdayaan Fakir Miskin, Komunitas | 97,50 | ..." / "|   | Adat Terpencil (KAT) dan ... |  |
    ..."). Such a row has no row number and no figure, its text only where the row above has text,
    and that row has figures."""
    out = rows[:body]
    for row in rows[body:]:
        prev = out[-1] if len(out) > body else None
        filled = [j for j, c in enumerate(row) if c.text.strip()]
        if prev is not None and filled and len(row) == len(prev) and not row[0].text.strip() \
                and any(_FIGURE_CELL.fullmatch(c.text.strip()) for c in prev if c.text.strip()) \
                and all(not _FIGURE_CELL.fullmatch(row[j].text.strip()) and prev[j].text.strip()
                        and not _FIGURE_CELL.fullmatch(prev[j].text.strip()) for j in filled) \
                and not _OWN_ROW_LABEL.match(row[filled[0]].text.strip()):
            out[-1] = [TableCell(f"{p.text} {c.text}", p.start, c.end) if j in filled else p
                       for j, (p, c) in enumerate(zip(prev, row))]
            continue
        out.append(row)
    return out


def _cells_of_line(text: str, start: int, end: int) -> list[TableCell]:
    cells, pos = [], start
    for part in text[start:end].split("\t"):
        s = pos + (len(part) - len(part.lstrip()))
        e = pos + len(part.rstrip())
        cells.append(TableCell(text[s:e] if e > s else "", s, max(s, e)))
        pos += len(part) + 1
    return cells


# a markdown table row "| a | b |" and its rule line "|---|:--:|"; a row may also go without the
# outer pipes ("No | Program | Pagu", as markdown allows and as text copied from a web page or
# typed by hand lays a table out): two pipes or more make it one
_PIPE_ROW = regex_cache.compile(r"^\s*\|.*\|\s*$|^[^|]*\|[^|]*\|")
_OUTER_PIPES = regex_cache.compile(r"^\s*\|.*\|\s*$").match
_HAS_DIGIT = regex_cache.compile(r"\d").search
# a line of a page's header or footer: its number alone ("12", "- 12 -", "Halaman 12 dari 40",
# "II-23"), or a short running title ending in it ("LKPJ Tahun 2022 - Halaman 3")
_FURNITURE_LINE = (r"[ \t]*(?:[-–][ \t]*)?(?:(?:hal(?:aman)?\.?|page)[ \t]*)?\d{1,4}"
                   r"(?:[ \t]*(?:dari|of|/)[ \t]*\d{1,4})?[ \t]*(?:[-–][ \t]*)?"
                   r"|[^\n\t|]{0,80}\b(?:halaman|hal\.)[ \t]*\d{1,4}(?:[ \t]*(?:dari|/)[ \t]*\d{1,4})?[ \t]*"
                   r"|[ \t]*[IVXL]{1,6}[ \t]*[-–.][ \t]*\d{1,3}[ \t]*")
_PAGE_FURNITURE = regex_cache.compile(rf"(?:{_FURNITURE_LINE})$", regex.I).match
_PAGE_FURNITURE_RUN = regex_cache.compile(rf"(?m)^(?:{_FURNITURE_LINE})$", regex.I)
MAX_FURNITURE = 3  # blocks of page furniture a table may go on over
_RULE_CELL = regex_cache.compile(r"[-=_\s]*").fullmatch  # a cell of a rule drawn with dashes
_PIPE_RULE = regex_cache.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+(?:\s*:?-{2,}:?\s*)?$")


def _pipe_cells(text: str, start: int, end: int, outer: bool = True) -> list[TableCell]:
    """Cells of a markdown table row, each with its span (the pipes are not part of a cell).
    ``outer``: the table's rows start and end with a pipe, which then bound no cell; without
    them, every pipe parts two cells ("| Jumlah | ..." in such a table starts with an empty cell)."""
    line = text[start:end]
    if outer and _OUTER_PIPES(line):
        first, last = line.index("|"), line.rindex("|")
    else:
        first, last = -1, len(line)
    cells, pos = [], start + first + 1
    for part in line[first + 1:last].split("|"):
        s = pos + (len(part) - len(part.lstrip()))
        e = pos + len(part.rstrip())
        cells.append(TableCell(text[s:e] if e > s else "", s, max(s, e)))
        pos += len(part) + 1
    return cells


def _starts_pipe_table(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Do this line and the next both look like pipe table rows?"""
    return (i + 1 < len(lines) and bool(_PIPE_ROW.match(text[lines[i][0]:lines[i][1]]))
            and bool(_PIPE_ROW.match(text[lines[i + 1][0]:lines[i + 1][1]])))


def split_blocks(text: str, *, cells_one_per_line: bool = False) -> list[Block]:
    """The text's blocks. ``cells_one_per_line``: a table may stand a cell a line, its rows not
    parted, an empty line an empty cell (readers/cell_paragraphs.py): so in a text file, where
    LibreOffice's "Save as text", pypdf and PyMuPDF put a table; never in the text the PDF and
    DOCX readers make of a page or a cell (their lines that are a text's, Word paragraphs and
    a printed text file's lines, are read so by ``readers.flattened.flattened_tables``)."""
    return _merge_continued_tables(text, _split_blocks(text, cells_one_per_line))


def cuts_blocks(line: str) -> bool:
    """May a text be cut into two right before this line of it, each part split into blocks on
    its own (:func:`split_blocks`), and give the blocks of the whole? So at a line that no block
    of the lines before it takes or looks past, and that starts a block of no table: a lettered
    item or a bullet ("a) Program ...", "- ...", "· ..."), longer than 20 characters, without a
    tab, that cannot be a flattened table's header line. Every block before it ends there, as
    the text would end there:

    - a paragraph at a list item (and a tab-separated row at a line without tabs, a pipe table
      at a line that is no pipe row);
    - a table of one cell per line at an untabbed line longer than 20 characters (it takes a
      short one only, when a tabbed line follows);
    - a flattened table at a line of ``readers.flattened``'s ``_STOP`` that no row number
      starts: its rows go on over no such line and the look ahead for the next row stops there;
      nor can its header take the line (no label words).

    The line itself is a list item of its own: a table before it and one after it are never one
    (:func:`_merge_continued_tables` joins only tables with nothing but blank lines between)."""
    if "\t" in line or "\n" in line or len(line.strip()) <= 20:
        return False
    if not (_BULLET.match(line) and _STOP.match(line)) or _DIGIT_FIRST(line) or _PIPE_ROW.match(line):
        return False
    if could_start_line(line):
        return False
    words = [Word(m.group(), m.start(), m.end(), 0, k == 0) for k, m in enumerate(_WORD.finditer(line))]
    return header_labels(words) is None and header_labels(words, open_label=True) is None


def _merge_continued_tables(text: str, blocks: list[Block]) -> list[Block]:
    """A tab table interrupted by blank lines (a page break) and going on with as many columns
    is one table; a repeated header or column-number row stays in it for the typing to drop.
    A table of header rows only (a few rows, no digit in them) goes on in the table right after
    it, whatever its width: the second header row of a two-level header stood after a blank line."""
    out: list[Block] = []
    for b in blocks:
        # a page's footer or header between the two parts ("LKPJ 2022 - Halaman 3", "12") is
        # looked past: the table went on over the page break
        back = len(out)
        while back and out[back - 1].kind == "paragraph" and b.kind == "table" and len(out) - back < MAX_FURNITURE \
                and all(_PAGE_FURNITURE(ln) for ln in text[out[back - 1].start:out[back - 1].end].split("\n")
                        if ln.strip()):
            back -= 1
        prev = out[back - 1] if back else None
        if (prev is not None and prev.kind == "table" and b.kind == "table" and prev.rows and b.rows
                and not _PAGE_FURNITURE_RUN.sub("", text[prev.end:b.start]).strip()
                and (continues_table(prev.rows, b.rows)
                     or len(prev.rows) <= 3 and not any(_HAS_DIGIT(c.text) for r in prev.rows for c in r))):
            del out[back:]  # the furniture between is no block of the report
            prev.rows.extend(b.rows)
            prev.end = b.end
            continue
        out.append(b)
    return out


# a caption's number before a tab: "Tabel 3.7", "TABEL III.2", "Table 4"
_TAB_CAPTION = regex_cache.compile(r"\s*(?:tabel|table|tab\.)\s*[\dIVX]+(?:[.-]\d+)*\.?\s*", regex.I)


def _split_blocks(text: str, cells_one_per_line: bool = False) -> list[Block]:
    lines = _lines(text)
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    ruled = bool(HAS_RULE(text))  # tables drawn with rules (grid, dash-ruled columns): readers/ruled.py
    numbered = bool(HAS_FIRST_ROW(text))  # a row number alone on its line: readers/cell_paragraphs.py
    while i < n:
        s, e = lines[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        table = ruled_table_at(text, lines, i) if ruled else None
        if table is not None:
            blocks.append(table[0])
            i = table[1]
            continue
        if line.startswith("\t") and line.count("\t") == 1:
            i = _one_cell_per_line_table(text, lines, i, blocks)
            continue
        if _PIPE_ROW.match(line):
            j = i
            while j < n and _PIPE_ROW.match(text[lines[j][0]:lines[j][1]]):
                j += 1
            if j - i >= 2:
                # the outer pipes bound no cell when the table is drawn with them: its first
                # row (the header) starts and ends with one
                outer = bool(_OUTER_PIPES(line))
                rows = [_pipe_cells(text, *lines[k], outer=outer) for k in range(i, j)
                        if not _PIPE_RULE.match(text[lines[k][0]:lines[k][1]])]
                rule = next((k for k in range(i, j) if _PIPE_RULE.match(text[lines[k][0]:lines[k][1]])), None)
                if rule is not None:
                    rows = _pipe_rows_continued(rows, rule - i)
                blocks.append(Block("table", lines[i][0], lines[j - 1][1], rows=rows))
                i = j
                continue
        if "\t" in line.strip("\t ") or line.count("\t") >= 2:
            j = i
            rows = []
            while j < n and ("\t" in text[lines[j][0]:lines[j][1]].strip("\t ")
                             or text[lines[j][0]:lines[j][1]].count("\t") >= 2):
                rows.append(_cells_of_line(text, *lines[j]))
                j += 1
            if len(rows) >= 3 and _TAB_CAPTION.fullmatch(rows[0][0].text) and sum(1 for c in rows[0] if c.text.strip()) == 2:
                # the table's caption, its number and title a tab apart ("Tabel 3.7<TAB>Capaian
                # Layanan ..."): a line of its own over the table, no row of its header
                blocks.append(Block("paragraph", lines[i][0], lines[i][1]))
                i += 1
                continue
            # a heading laid out with a tab and underlined ("SASARAN 1<TAB>MENINGKATNYA ..." over
            # "-----<TAB>--") is no table: rules do not count as rows
            content = [r for r in rows if not all(_RULE_CELL(c.text) for c in r)]
            if content and all(_tabbed_list_item(r) for r in content):
                # "1.<TAB>Program A: pagu Rp ..., realisasi Rp ..." (a marker typed with a tab for
                # a hanging indent): a list's items, each a block of its own, no table
                for k in range(i, j):
                    ks, ke = lines[k]
                    blocks.append(Block("list_item", ks + len(text[ks:ke]) - len(text[ks:ke].lstrip()), ke))
                i = j
                continue
            if len(content) >= 2 or (content and len(content[0]) >= 3):
                blocks.append(Block("table", lines[i][0], lines[j - 1][1], rows=_wrapped_rows_joined(rows)))
                i = j
                continue
        table = cell_paragraph_table_at(text, lines, i) \
            if numbered and i + 1 < n and lines[i + 1][0] == lines[i + 1][1] else None
        if table is not None:  # cells one to a paragraph (docx2txt): readers/cell_paragraphs.py
            blocks.append(table[0])
            i = table[1]
            continue
        spaced = _space_laid_table_at(text, lines, i)
        if spaced is not None:
            blocks.append(spaced[0])
            i = spaced[1]
            continue
        flattened = flattened_table_at(text, lines, i)
        if flattened is not None and not _space_laid_below(text, lines, i, flattened[1]):
            blocks.append(flattened[0])
            i = flattened[1]
            continue
        # cells one to a line with empty lines for empty cells (LibreOffice's text), where the
        # flattened reader, which knows no empty cell, reads no table
        table = cell_paragraph_table_at(text, lines, i, one_per_line=True) if cells_one_per_line and numbered else None
        if table is not None:
            blocks.append(table[0])
            i = table[1]
            continue
        # cells one to a line with no empty line between, figures telling the rows apart
        # (pdftotext without -layout): readers/cell_lines.py
        table = cell_lines_table_at(text, lines, i) if cells_one_per_line else None
        if table is not None:
            blocks.append(table[0])
            i = table[1]
            continue
        # paragraph: consecutive non-blank lines; list items on their own; a flattened table's
        # header may follow the caption with no blank line between
        kind = "list_item" if _BULLET.match(line) else "paragraph"
        j = i + 1
        if kind == "paragraph":
            while j < n and text[lines[j][0]:lines[j][1]].strip() and "\t" not in text[lines[j][0]:lines[j][1]] \
                    and not _BULLET.match(text[lines[j][0]:lines[j][1]]) \
                    and not _starts_pipe_table(text, lines, j) \
                    and not (ruled and ruled_table_at(text, lines, j) is not None) \
                    and spaced_table_at(text, lines, j) is None \
                    and figure_rows_table_at(text, lines, j) is None \
                    and flattened_table_at(text, lines, j) is None \
                    and not (cells_one_per_line and numbered
                             and cell_paragraph_table_at(text, lines, j, one_per_line=True) is not None) \
                    and not (cells_one_per_line and cell_lines_table_at(text, lines, j) is not None):
                j += 1
        bs = s + (len(line) - len(line.lstrip()))
        blocks.append(Block(kind, bs, lines[j - 1][1]))
        i = j
    return blocks


# a list item's marker alone in a cell: "1.", "a)", "(b)", "-", "•"
_MARKER_CELL = regex_cache.compile(r"\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[-•·▪➤\uf0b7\uf0a7\uf0d8])\s*")
_WORDS_CELL = regex_cache.compile(r"\p{L}{3}")


def _tabbed_list_item(cells: list) -> bool:
    """Is a tabbed line a list's item: its marker, then one cell of words (figures among them or
    not), the tab only the hanging indent's?"""
    filled = [c.text for c in cells if c.text.strip()]
    return len(filled) == 2 and _MARKER_CELL.fullmatch(filled[0]) is not None and bool(_WORDS_CELL.search(filled[1]))


def _space_laid_table_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    """The table laid out with spaces whose header is line ``i``: its columns lined up
    (``readers.spaced``) or its rows in the order of their words (``readers.figure_rows``,
    a tab-typed table printed and turned back into text). Where both readings take it, the one
    that reads further: columns found over the first rows only, where the rest stand out of
    line, are not the table's."""
    aligned = spaced_table_at(text, lines, i)
    ordered = figure_rows_table_at(text, lines, i)
    if aligned is None or ordered is None:
        return aligned or ordered
    if ordered[1] > aligned[1] and _prose_among(text, lines, i, aligned[1], ordered[1]):
        return aligned  # (the rows read further are a paragraph after the table: prose)
    if ordered[1] > aligned[1] and not any(_ROW_FIGURE.search(text, s, e) for s, e in lines[aligned[1]:ordered[1]]):
        return aligned  # (what it reads further holds no figure: a rule, a "Sumber : ..." line)
    return ordered if ordered[1] > aligned[1] else aligned


# a figure of a table's row: grouped thousands or decimals ("1.558.100.000", "96,56"), not a year
_ROW_FIGURE = regex_cache.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+,\d{1,2}\b")


def _prose_among(text: str, lines: list[tuple[int, int]], header: int, start: int, end: int) -> bool:
    """Is a line from ``start`` to ``end`` a paragraph's, running far past the header line's width
    (readers.spaced.PROSE_PAST_HEADER)?"""
    width = len(text[lines[header][0]:lines[header][1]].rstrip())
    return any(len(text[s:e].rstrip()) > PROSE_PAST_HEADER * width + 10 for s, e in lines[start:end])


HEADER_LOOKAHEAD = 4  # lines below a flattened table's first line where a space-laid header may stand


def _space_laid_below(text: str, lines: list[tuple[int, int]], i: int, end: int) -> bool:
    """Does a space-laid table start a few lines below line ``i`` and read at least as far as
    the flattened table read from line ``i`` (``end``)? Then line ``i`` is a caption of label
    words ("Capaian Indikator Kinerja Utama Tahun 2023") that the flattened reading took for
    the first line of the table's header."""
    for j in range(i + 1, min(len(lines), i + 1 + HEADER_LOOKAHEAD)):
        found = _space_laid_table_at(text, lines, j) if text[lines[j][0]:lines[j][1]].strip() else None
        if found is not None and found[1] >= end:
            return True
    return False


def _one_cell_per_line_table(text: str, lines: list[tuple[int, int]], i: int, blocks: list[Block]) -> int:
    """Rows whose cells stand one per line, each line starting with a tab; rows end at a blank line.

    A short untabbed fragment right after a row (a cell broken by the conversion, "Perusa" /
    "Haan") is glued to that row's last cell; a page's furniture between two rows ("12",
    "Halaman 3") is passed over.
    """
    n = len(lines)
    rows: list[list[TableCell]] = []
    cur: list[TableCell] = []
    start = lines[i][0]
    end = lines[i][1]
    j = i
    while j < n:
        s, e = lines[j]
        line = text[s:e]
        if line.startswith("\t") and line.count("\t") == 1:
            cs = s + 1 + (len(line[1:]) - len(line[1:].lstrip()))
            ce = s + len(line.rstrip())
            cur.append(TableCell(text[cs:ce], cs, ce))
            end = e
            j += 1
            continue
        if not line.strip():
            if cur:
                rows.append(cur)
                cur = []
            j += 1
            continue
        # untabbed line: a fragment of a broken cell if the next tabbed line follows soon
        nxt = j + 1
        while nxt < n and not text[lines[nxt][0]:lines[nxt][1]].strip():
            nxt += 1
        table_goes_on = nxt < n and text[lines[nxt][0]:lines[nxt][1]].startswith("\t")
        if table_goes_on and _PAGE_FURNITURE(line):
            j += 1  # a page's number or running title ("12", "Halaman 3") where the table went over a page
            continue
        if not cur and rows:
            cur = rows.pop()  # the row the broken cell belongs to goes on
        last = cur
        if last and len(line.strip()) <= 20 and table_goes_on:
            cell = last[-1]
            # the cell's text is its two fragments joined by a space; its span covers both
            last[-1] = TableCell(f"{cell.text} {line.strip()}", cell.start, s + len(line.rstrip()))
            end = e
            j += 1
            continue
        break
    if cur:
        rows.append(cur)
    blocks.append(Block("table", start, end, rows=rows))
    return j
