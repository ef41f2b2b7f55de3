"""Text hard-wrapped at a fixed width: the line breaks inside its paragraphs made spaces.

Text copied out of a PDF, saved by a mail program or by ``pdftotext``, or typed into an editor
that wraps, breaks every paragraph into lines of about the same width. The rest of the library
reads a line break as the end of something (a heading's name, a sentence, a labelled line), as it
is in a report whose paragraphs are one line each. So a break that only wraps a paragraph is
turned into a space here, one character for one (offsets into the text stay put).

A break is a wrap when the text is wrapped at all and:

- the line is full: the next line's first word would not have fitted on it within the text's
  width (the way every wrapping program decides);
- neither line is a table row (tabs, pipes, runs of spaces), and the next line starts no list
  item, bullet, label ("Pagu : ...") or heading number.

A text is wrapped when many of its lines end close to one width and few are longer. A text whose
paragraphs are each one line has lines of every length up to hundreds of characters, and nothing
is changed in it; nor where a blank line follows each line (each line its own paragraph).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter

import regex

from .. import regex_cache

# a wrapped text's lines end within this many characters of its width (a word's length)
SLACK = 18
# the shortest width taken for a wrap (a short line is a heading or a list, never a wrap; news
# read on a phone and the columns of a two-column PDF are copied 35-40 characters wide)
MIN_WIDTH = 30
# a wrapped text: at least this many full lines, this share of its lines longer than MIN_WIDTH
# full, and this share of its lines no longer than its width
MIN_FULL_LINES = 4
FULL_SHARE = 0.5
WITHIN_SHARE = 0.9

# a line that starts something of its own: a bullet, a list item ("1.", "a)", "(2)", "iv."),
# a label ("Pagu : Rp ...", "Realisasi = ..."), a heading ("BAB II", "A. PROGRAM")
_STARTS_OWN = regex_cache.compile(
    r"[ \t]*(?:[-•·▪➤*\uf0b7\uf0a7\uf0d8]|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-zA-Z][.)]\s|\(?[ivxIVX]{1,4}[.)]\s"
    r"|BAB\b|\p{L}[\p{L} ]{0,30}[ \t]*[:=](?!//))")
# a table's row: cells apart by tabs, pipes or runs of spaces, or three figures in a row
# ("Jiwa 8.404.817 8.372.530 8.276.236", a flattened row)
_TABLE_LIKE = regex_cache.compile(r"\t|\||\S {3,}\S|\d[\d.,]*[ \t]*%?[ \t]+\d[\d.,]*[ \t]*%?[ \t]+\d")
_HAS_LETTER = regex_cache.compile(r"\p{L}").search
_WORD_CUT_AT_END = regex_cache.compile(r"\p{L}{2}-$").search
# a list item's marker and the spaces after it ("1)    Program ...", as Word's numbering is
# copied): those spaces part no cells
_ITEM_MARKER = regex_cache.compile(r"[ \t]*(?:[-•·▪➤*\uf0b7\uf0a7\uf0d8]|\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-zA-Z][.)])[ \t]+")


def _table_like(line: str) -> bool:
    """Is the line (stripped) a table's row? Not for the spaces after a list item's marker."""
    item = _ITEM_MARKER.match(line)
    return bool(_TABLE_LIKE.search(line[item.end():] if item else line))


# a figure with thousands groups ("106.886.070.918.000."): a line of it alone goes on an amount
# ("... sebesar Rp" / "106.886.070.918.000."); a line of a bare number is a page's number
_GROUPED_FIGURE = regex_cache.compile(r"\d{1,3}(?:[.,]\d{3})+").search
_ENDS_SENTENCE = regex_cache.compile(r"[.:;!?]\s*$").search
_GOES_ON = regex_cache.compile(r"[ \t]*(?:\p{Ll}|\d|Rp\.?(?:\s|\d)|\()").match
# a figure complete at the line's end ("realisasi Rp 57.000.000") and a word in title case after
# it ("Secara keseluruhan ..."): a new sentence or item, not the figure's sentence going on
_ENDS_FIGURE = regex_cache.compile(r"\d(?:[.,]\d{3})+(?:,\d{1,2})?\s*$").search
_TITLE_WORD = regex_cache.compile(r"[ \t]*\p{Lu}\p{Ll}").match
# the longest line of prose a PDF's page holds (a paragraph one line each runs longer)
PDF_LINE = 80
# a copy that indents every line: this share of its lines at one indent
MARGIN_SHARE = 0.6
# a copy with a blank line after every line: this share of its lines followed by a blank line
# and then the next
DOUBLE_SHARE = 0.6
# of the breaks taken for wraps, at least this share before a lower-case word (in the wrapped
# seeds and dev texts 35-100%, most over a half)
LOWER_SHARE = 0.3


def _width(lengths: list[int]) -> int | None:
    """The width the text is wrapped at (the shortest that all but a tenth of its lines keep
    within), or None when it is not wrapped (too few of its lines end close to that width)."""
    ordered = sorted(lengths)
    if not ordered:
        return None
    width = ordered[min(len(ordered) - 1, math.ceil(WITHIN_SHARE * len(ordered)) - 1)]
    long = [n for n in ordered if n > MIN_WIDTH]
    full = sum(1 for n in long if width - SLACK <= n <= width)
    if width <= MIN_WIDTH or full < MIN_FULL_LINES or full < FULL_SHARE * len(long):
        return None
    return width


def _margin(lines: list[str]) -> int:
    """The indent most of the text's lines share, where a copy indents every line (a document
    site's text of a PDF: "    Dinas Sosial Kota ..." a line, a blank line after each); else 0."""
    indents = [len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()]
    if not indents:
        return 0
    common, count = Counter(indents).most_common(1)[0]
    return common if count >= MARGIN_SHARE * len(indents) else 0


def _double_spaced(lines: list[str]) -> bool:
    """Is the text a copy with a blank line after every line (a PDF's lines pasted as paragraphs)?"""
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    return sum(1 for k, nxt in zip(filled, filled[1:]) if nxt == k + 2) >= DOUBLE_SHARE * max(1, len(filled) - 1)


_CELL_GAP = regex_cache.compile(r"(?<=\S) {3,}(?=\S)")


def _cell_gap(line: str, start: int, joined: set[int]) -> bool:
    """Has the line (at offset ``start``) a run of spaces between cells: not one a wrap's joined
    breaks made ("dengan " / "" / "total" is "dengan   total")?"""
    return any(not joined.intersection(range(start + m.start(), start + m.end()))
               for m in _CELL_GAP.finditer(line))


def _laid_out(line: str, nxt: str, gaps: bool) -> bool:
    """Are the two lines (or one of them) rows of a table laid out with tabs or pipes, or both
    rows of one laid out with runs of spaces (``gaps``: both have a :func:`_cell_gap`)? (A
    page's footer, "LKPJ Bupati 2021      IV - 87", has a run of spaces, and a sentence goes on
    over it.)"""
    return any(c in line or c in nxt for c in "\t|") or gaps


def _rows_of_one_table(line: str, nxt: str) -> bool:
    """Two rows of a table laid with pipes, or two laid with tabs."""
    return any(c in line and c in nxt for c in "\t|")


def _rows_double_spaced(lines: list[str]) -> bool:
    """Does the copy put a blank line after each table row too (as a document site's copy of a
    PDF does, dev 05)? Then a blank line between two rows says nothing; where the rows stand
    together, a blank line between two of them parts two tables."""
    apart = together = 0
    for i, ln in enumerate(lines[:-2]):
        if _rows_of_one_table(ln, lines[i + 1]):
            together += 1
        elif not lines[i + 1].strip() and _rows_of_one_table(ln, lines[i + 2]):
            apart += 1
    return apart > together


def _close_double_spacing(text: str, joined: set[int] = frozenset()) -> str:
    """A copy with a blank line after every line, unwrapped: the single blank lines left say
    nothing (a list's items, a table's rows, a paragraph's end all have one), so each becomes a
    plain line break, as in a copy without them: "A\n\nB" is "A \nB" (same length: offsets stay
    put). Two blank lines or more still part paragraphs, and a blank line beside a row of a table
    laid with tabs, pipes or runs of spaces ends the table, unless it stands between two rows laid
    with tabs or pipes in a copy that parts all its rows so (:func:`_rows_double_spaced`)."""
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(ln) + 1 for ln in lines[:-1]), initial=0))
    rows_apart = _rows_double_spaced(lines)
    out = list(text)
    for i, ln in enumerate(lines[:-2]):
        nxt = lines[i + 2]
        # line i filled, line i + 1 blank, line i + 2 filled: the break ending line i becomes a space
        if ln.strip() and not lines[i + 1].strip() and nxt.strip():
            gaps = _cell_gap(ln, starts[i], joined) and _cell_gap(nxt, starts[i + 2], joined)
            if not _laid_out(ln, nxt, gaps) or rows_apart and _rows_of_one_table(ln, nxt):
                out[starts[i] + len(ln)] = " "
    return "".join(out)


def _without_margin(raw: list[str]) -> list[str]:
    """The lines without the margin all of them share (:func:`_margin`)."""
    margin = _margin(raw)
    return [ln[min(margin, len(ln) - len(ln.lstrip(" "))):] for ln in raw] if margin else raw


def _text_width(lines: list[str]) -> int | None:
    """:func:`_width` of the lines of prose (a table's rows may run wider)."""
    return _width([len(ln.rstrip()) for ln in lines if ln.strip() and not _table_like(ln.strip())])


def _document_site_copy(text: str) -> bool:
    """Is the text a document site's copy of a PDF: every line indented by one margin, a blank
    line after each, its prose lines ending close to one width or nearly all of them no longer
    than a PDF's line, though few of them wrap a paragraph (a page of a table whose cells are
    each a line, with a heading or two)? A text whose paragraphs are each one line, indented and
    a blank line apart, has lines of every length, most longer than a PDF's."""
    raw = text.split("\n")
    if not _margin(raw):
        return False
    lines = _without_margin(raw)
    if not _double_spaced(lines):
        return False
    # a page of cells a line each has few lines near the width, but all of them a PDF's lines
    prose = [len(ln.rstrip()) for ln in lines if ln.strip() and not _table_like(ln.strip())]
    short = sum(1 for n in prose if n <= PDF_LINE)
    return _text_width(lines) is not None or short >= WITHIN_SHARE * max(1, len(prose))


def soft_breaks(text: str) -> list[int]:
    """The offsets of the line breaks that only wrap a paragraph."""
    raw = text.split("\n")
    starts = list(itertools.accumulate((len(ln) + 1 for ln in raw[:-1]), initial=0))
    # the lines without the margin all of them share (a break's offset is still the raw line's end)
    lines = _without_margin(raw)
    width = _text_width(lines)
    # a text not wrapped as a whole may still hold list items wrapped to their hanging indent,
    # told by the indent (and a line near the width its lines keep within)
    hanging_only = width is None
    if width is None:
        prose = sorted(len(ln.rstrip()) for ln in lines if ln.strip() and not _table_like(ln.strip()))
        if len(prose) < MIN_FULL_LINES:
            return []
        width = prose[min(len(prose) - 1, math.ceil(WITHIN_SHARE * len(prose)) - 1)]
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    # a copy with a blank line after every line (a PDF's lines pasted as paragraphs): the next
    # line of a paragraph is the next one after the blank line
    double = _double_spaced(lines)
    out = []
    hanging: list[int] = []  # breaks of list items wrapped to their hanging indent
    for k, n in zip(filled, filled[1:]):
        line, nxt = lines[k], lines[n]
        indent, nxt_indent = len(line) - len(line.lstrip()), len(nxt) - len(nxt.lstrip())
        # (on the lines as they are: a margin taken off the lines indented by it would move the
        # item's text and not its marker, "c. Program ..." / "   Rp ...")
        raw_line, raw_nxt = raw[k], raw[n]
        marker = _ITEM_MARKER.match(raw_line) if n == k + 1 else None
        if marker is not None and len(raw_nxt) - len(raw_nxt.lstrip()) == marker.end() and \
                _hanging(raw_line.rstrip(), raw_nxt, width + len(raw_line) - len(line)):
            # a list item's text wrapped to its hanging indent ("   b) Pelaksanaan KIE ... bagi
            # Penyandang" / "      Masalah Kesejahteraan Sosial (PMKS);"): the indent says it goes on
            hanging.append(starts[k] + len(raw[k]))
            continue
        if hanging_only:
            continue
        if n == k + 1 and (double or indent) and nxt_indent in (0, indent):
            # an indented line wrapped, its indent kept or not (" 6) Program Pengembangan" /
            # " Kesejahteraan Sosial"), in a copy with a blank line after every line too, where
            # it was wrapped again: a line right under another, at the margin or as far in, that
            # the first left no room for, goes on with it; but not a cell's text wrapped under
            # a row of a table laid out with spaces (its lines stay in their column)
            if indent and _under_table_row(lines, k):
                continue
            if _wraps(line.rstrip()[indent:], nxt[nxt_indent:], width - indent, False):
                out.append(starts[k] + len(raw[k]))
            continue
        if n != (k + 2 if double else k + 1):
            continue
        if _wraps(line.rstrip(), nxt, width, double):
            # every break between the line's last character and the next line's first
            gap = "\n" + "".join(ln + "\n" for ln in raw[k + 1:n])
            out += [starts[k] + len(raw[k]) + i for i, ch in enumerate(gap) if ch == "\n"]
    # wrapped prose breaks mid-sentence, before a lower-case word as often as not; lines that
    # each start with a capital (a list of names, of titles) are lines of their own
    lower = sum(1 for k in out if _next_letter(text, k).islower())
    if len(out) < MIN_FULL_LINES or lower < LOWER_SHARE * len(out):
        return hanging  # (an item's line wrapped to its hanging indent says so itself)
    return sorted(out + hanging)


def _under_table_row(lines: list[str], k: int) -> bool:
    """Is the indented line ``k`` a cell's text wrapped under a table's row: the lines from it back,
    indented and no row themselves, lead up to a line that is a row ("1.06.15     Program
    Pemberdayaan Fakir Miskin, Komunitas Adat    590.300.000 ..." / "            Terpencil (KAT) dan
    Penyandang Masalah Kesejahteraan" / "            Sosial (PMKS) Lainnya")?"""
    j = k
    while j > 0 and lines[j][:1] in " \t" and lines[j].strip() and not _table_like(lines[j].strip()):
        j -= 1
    return j < k and bool(lines[j].strip()) and _table_like(lines[j].strip())


def _hanging(line: str, nxt: str, width: int) -> bool:
    """Does a list item's line go on at the next line, indented to the item's text? The line is
    near the text's width (a short item ends where it ends), and neither is a table's row, nor does
    the next line start something of its own. (Not whether the next word would have fitted: a
    layout engine wraps by widths in its font, a hand by eye.)"""
    return len(line) >= width - SLACK and _HAS_LETTER(nxt) is not None and not _table_like(line.strip()) \
        and not _TABLE_LIKE.search(nxt.strip()) and not _STARTS_OWN.match(nxt) and not _OWN_LINE_UNDER_ITEM.match(nxt)


# what opens a line of its own under a list item, at its text's indent, rather than its name
# going on: the item's figures ("Anggaran Rp ...", "Pagu: ..."), a deeper
# item's number ("1.1 Sub Kegiatan ..."), the words that present its parts ("Kegiatan yang
# dilaksanakan:"); not an amount the item's words lead to ("... dengan pagu sebesar" / "Rp. 512.000.000,00")
_OWN_LINE_UNDER_ITEM = regex_cache.compile(
    r"[ \t]*(?:\d|(?:pagu|anggaran|realisasi|alokasi|dana|target|capaian|sasaran|indikator|kegiatan|"
    r"sub\s*kegiatan|output|outcome|keluaran|hasil|tujuan|keterangan|sumber|lokasi|jumlah|total|program|"
    r"dengan|melalui|yang)\b)", regex.I)


_LAST_WORD = regex_cache.compile(r"(\p{L}+)-$")
_FIRST_WORD = regex_cache.compile(r"\p{L}+")


def reduplicated_at_break(before: str, after: str) -> bool:
    """Is the hyphen that ends ``before`` the hyphen of a reduplicated word that the line end cut
    ("Masing-" / "masing", "anak-" / "anak", "sehari-" / "hari", "bersama-" / "sama")? Such a
    hyphen is the word's own and stays; a word the printer hyphenated ("kesejah-" / "teraan",
    "pelayan-" / "an") loses it. A partial reduplication repeats the word after a prefix of at most
    three letters (se-, ber-, ter-)."""
    last, first = _LAST_WORD.search(before), _FIRST_WORD.match(after)
    if last is None or first is None:
        return False
    a, b = last.group(1).lower(), first.group(0).lower()
    return len(b) >= 2 and a == b or len(b) >= 3 and a.endswith(b) and len(a) - len(b) <= 3


def _hyphenated_at(text: str, k: int, reduplication: bool = False) -> bool:
    """Does the wrapped line ending at the break ``k`` end with a word the wrap hyphenated: a letter
    then "-", the next line going on in lower case, and no reduplication ("anak-" / "anak")? With
    ``reduplication``: is it such a line whose hyphen is a reduplication's own?"""
    line_start = text.rfind("\n", 0, k) + 1
    after = text[k + 1:k + 60].lstrip(" \n")
    return k - line_start >= 3 and text[k - 1] == "-" and text[k - 2].isalpha() and after[:1].islower() \
        and reduplicated_at_break(text[line_start:k], after) is reduplication


def _next_letter(text: str, k: int) -> str:
    """The first character after the break at ``k`` and the blank lines and margin after it."""
    rest = text[k + 1:k + 200].lstrip(" \n")
    return rest[:1]


def _wraps(body: str, nxt: str, width: int, double: bool) -> bool:
    """Does a paragraph go on from the line ``body`` to ``nxt``? The line is full: within a word
    of the width; the next word would not have fitted on it, where each line is one of the
    text's. A copy with a blank line after each line comes from a PDF in a proportional font,
    where lines of as many characters differ in width, and its paragraphs end at a blank line
    too: there the line must end mid-sentence and the next go on in lower case."""
    first = nxt.strip().split(" ", 1)[0]
    if first and len(body) >= width - SLACK and _WORD_CUT_AT_END(body) and first[:1].islower():
        return True  # "dengan ke-" / "giatan:": a word the wrap hyphenated goes on, whatever follows it
    if not first or len(body) < width - SLACK or nxt[:1] in " \t" or not (_HAS_LETTER(nxt) or _GROUPED_FIGURE(nxt)):
        return False
    if _table_like(body.strip()) or _TABLE_LIKE.search(nxt.strip()) or _STARTS_OWN.match(nxt):
        return False
    fits = len(body) + 1 + len(first) > width
    if body.count("(") > body.count(")"):
        return True  # a bracket opened on the line closes on the next: "(eks narapidana;" / "PSK; narkoba)"
    if double and _ENDS_FIGURE(body) and _TITLE_WORD(nxt):
        return False
    if double:
        # a paragraph's end is a blank line too: the line must end mid-sentence, and the next
        # go on with a word in lower case, a figure or an amount, or its first word not fit
        # (a capital may start a heading, a pull quote's next paragraph)
        return not _ENDS_SENTENCE(body) and (bool(_GOES_ON(nxt)) or fits)
    return fits


def unwrap(text: str) -> str:
    """The text with the breaks of :func:`soft_breaks` made spaces (same length)."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for k in breaks:
        chars[k] = " "
    return "".join(chars)


def unwrap_copy(text: str) -> tuple[str, list[int]]:
    """:func:`unwrap`, and for the copies it finds wrapped:

    - a copy that indents every line (:func:`_margin`): a wrap's break, the blank line after it
      and the next line's margin would be a run of spaces inside a sentence, which the readers of
      tables take for a gap between cells ("menjangkau 30      Kabupaten/Kota atau 78,94%"); each
      such run is made one space;
    - a copy with a blank line after every line (a document site's text of a PDF, seed 001): the
      blank lines left say nothing and become plain line breaks (:func:`_close_double_spacing`),
      so that a list's items and a table's rows stand together as in a copy without them.

    Returns the text and the offsets (into the text given) of the characters taken out, to move
    what points into it. A text with no wrap is returned as it is, blank lines and all (a
    paragraph a line with a blank line between is no copy of a PDF's lines), unless it is a
    document site's copy all the same (:func:`_document_site_copy`): its blank lines left are
    plain line breaks too, so that a table whose cells are each a line reads as one."""
    breaks = soft_breaks(text)
    if not breaks:
        return (_close_double_spacing(text) if _document_site_copy(text) else text), []
    lines = text.split("\n")
    double = _double_spaced(lines)
    chars = list(text)
    for k in breaks:
        chars[k] = " "
    # a word the writer's program hyphenated at the wrap ("dengan ke-" / "giatan Pelaksanaan"):
    # one word again, its hyphen and the break taken out; a reduplication keeps its own ("masing-" /
    # "masing")
    hyphenated = {k for k in breaks if _hyphenated_at(text, k)}
    # ("masing-" / "masing": the word's own hyphen stays, the break and the indent go)
    reduplicated = {k for k in breaks if _hyphenated_at(text, k, reduplication=True)}
    # (without a margin, a wrapped line may still be indented: a list item's text wrapped to its
    # hanging indent, an indented paragraph)
    indented = bool(_margin(lines)) or any(text[k + 1:k + 2] == " " for k in breaks)
    removed: list[int] = []
    if indented or hyphenated or reduplicated:
        at_break = set(breaks)
        k = 0
        while k < len(chars):
            if k in at_break:
                end = k + 1
                while end < len(chars) and (chars[end] == " " or end in at_break):
                    end += 1
                if k in hyphenated:
                    removed += [k - 1, k]
                elif k in reduplicated:
                    removed.append(k)
                if indented or k in hyphenated or k in reduplicated:
                    removed.extend(range(k + 1, end))
                k = end
            else:
                k += 1
        gone = set(removed)
        chars = [ch for i, ch in enumerate(chars) if i not in gone]
    out = "".join(chars)
    # the breaks joined, where no margin was taken off (there each run is one space already), at
    # their places after what was taken out
    gone_before = sorted(removed)
    joined = set() if indented else {b - bisect.bisect_left(gone_before, b) for b in breaks
                                     if b not in hyphenated and b not in reduplicated}
    return (_close_double_spacing(out, joined) if double else out), removed
