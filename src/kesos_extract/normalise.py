"""Character-level clean-up shared by the readers.

Everything here maps text to text *before* offsets are taken, so spans always point into the
normalised text. Tabs and newlines are kept: they carry table and paragraph structure.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

from . import regex_cache

# Characters that only disturb matching: no-break and odd spaces become spaces, zero-width
# characters and soft hyphens disappear.
_SPACES = regex_cache.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = regex_cache.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# \f (form feed) is kept: text exported from PDFs (pdftotext) marks page breaks with it
_CONTROL = regex_cache.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# what a page shows besides its text: scripts and styles, and the site's menus and footer
_INVISIBLE_BLOCKS = regex_cache.compile(r"<(script|style|head|noscript|nav|footer|aside)\b[^>]{0,500}>.*?</\1\s*>",
                                  regex.I | regex.S)
# comments and declarations ("<!DOCTYPE html>", "<!-- iklan -->")
_DECLARATIONS = regex_cache.compile(r"<!--.*?-->|<![A-Za-z][^<>]{0,500}>", regex.S)
_BLOCK_TAG = regex_cache.compile(r"</?(?:p|div|h[1-6]|br|li|tr|table|ul|ol|section|article)\b[^>]{0,500}>", regex.I)
# a markdown pipe table's row with an HTML line break in a cell, and that break
_PIPE_ROW = regex_cache.compile(r"(?m)^[ \t]*\|[^\n]*<br\s*/?>[^\n]*\|[ \t]*$", regex.I)
_LINE_BREAK_TAG = regex_cache.compile(r"<br\s*/?>", regex.I)
_ANY_TAG = regex_cache.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]{0,500}>")
_TD_TAG = regex_cache.compile(r"</?t[dh]\b[^>]{0,500}>", regex.I)
# markdown emphasis: runs of * or _ glued to a word ("**Rp. 4.960.000.000,-**", "***teks***")
# (and before a signed figure: "**-1,0%**")
_EMPHASIS = regex_cache.compile(r"(?<![\s*])\*{1,3}(?!\w)|\*{1,3}(?=[\w(\"“']|[-+\u2212]\d)|(?<=\w)\*{1,3}")
_MD_HEADING = regex_cache.compile(r"(?m)^#{1,6}[ \t]+")
# a markdown backslash escape: the punctuation after it is meant literally. Converters escape
# what would otherwise read as markup ("1\) Program ...", "a\) Tujuan", "\%", "\[1\]"; pandoc
# does so throughout). "\|" stays: in a pipe table's cell it is no column's edge.
_MD_ESCAPE = regex_cache.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{}~])")
# a line with escapes, and the first space after an escape on it
_ESCAPED_LINE = regex_cache.compile(r"(?m)^[^\n]*\\[!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{}~][^\n]*$")


_THIN_SPACE_BEFORE_PERCENT = regex_cache.compile(r"(?<=\d)\\,(?=\\%)")


# a LaTeX table, as PDF-to-markdown converters (Nougat, MinerU) write a report's tables: its rows
# end in "\\", its cells are parted by "&", its rules are "\hline"; a "table" float around it
_LATEX_TABLE = regex_cache.compile(r"(?:\\begin\{table\}[^\n]*\n?)?\\begin\{tabular\}(?:\{[^{}\n]*\})?(?P<body>.*?)"
                                   r"\\end\{tabular\}(?:\s*\\end\{table\})?", regex.S)
_LATEX_RULE = regex_cache.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\})")
_LATEX_SPAN = regex_cache.compile(r"\\multi(?:column|row)\{[^{}]*\}\{[^{}]*\}\{(?P<text>[^{}]*)\}")
_LATEX_ESCAPE = regex_cache.compile(r"\\([%&$#_])")


def _latex_table_as_pipes(m: regex.Match) -> str:
    """A LaTeX tabular as a markdown pipe table, read as any other: rows at "\\\\", cells at "&"
    (not an escaped "\\&"), rules dropped, a spanned cell's text kept."""
    body = _LATEX_SPAN.sub(lambda s: s.group("text"), _LATEX_RULE.sub(" ", m.group("body")))
    rows = []
    for line in regex.split(r"\\\\", body):
        cells = [" ".join(_LATEX_ESCAPE.sub(r"\1", c).split()) for c in regex.split(r"(?<!\\)&", line)]
        if any(cells):
            rows.append(cells)
    if not rows:
        return m.group(0)
    width = max(len(r) for r in rows)
    lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n" + "\n".join(lines) + "\n"


def _unescape_line(m: regex.Match) -> str:
    r"""A line's escapes undone, each backslash given back as a space at the next space after it
    on the line, so that every word after a space keeps its column (a table ruled by dashes is
    read by columns: "1\.     Anak balita" is "1.      Anak balita", not "1.     Anak balita")."""
    out: list[str] = []
    owed = 0
    pos = 0
    line = m.group(0)
    for e in _MD_ESCAPE.finditer(line):
        chunk = line[pos:e.start()]
        if owed and " " in chunk:
            k = chunk.index(" ")
            chunk = chunk[:k] + " " * owed + chunk[k:]
            owed = 0
        out.append(chunk + e.group(1))
        owed += 1
        pos = e.end()
    rest = line[pos:]
    if owed and " " in rest:
        k = rest.index(" ")
        rest = rest[:k] + " " * owed + rest[k:]
    out.append(rest)
    return "".join(out)


# a number as an emoji keycap, a list's marker in a social-media post ("1️⃣ Program ..."): "1."
_KEYCAP_NUMBER = regex_cache.compile(r"(\d)\ufe0f?\u20e3")


def normalise_characters(text: str) -> str:
    """Unify newlines, spaces and quotes; drop control and invisible characters."""
    if text.isascii() and text.isprintable():
        return text  # nothing to do (most lines of a PDF): the patterns below are all outside it
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u20e3" in text:
        text = _KEYCAP_NUMBER.sub(r"\1.", text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return text


# a cell longer than this holds prose: its table lays out a page, it is no table of figures
LAYOUT_CELL = 300
_TABLE = regex_cache.compile(r"<table\b[^>]{0,500}>.*?</table\s*>", regex.I | regex.S)


class _TableCells(HTMLParser):
    """The rows of an HTML table as cells (text, columns spanned, rows spanned); a caption's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # entities are unescaped with the rest of the text
        self.rows: list[list[tuple[str, int, int]]] = []
        self.caption: list[str] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._in_caption = False

    @staticmethod
    def _count(value: str | None) -> int:
        digits = regex.match(r"\s*(\d{1,3})", value or "")
        return max(1, min(int(digits.group(1)), 50)) if digits else 1

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._close_cell()
            self.rows.append([])
        elif tag in ("td", "th"):
            self._close_cell()
            a = dict(attrs)
            self._cell, self._span = [], (self._count(a.get("colspan")), self._count(a.get("rowspan")))
        elif tag == "caption":
            self._in_caption = True
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "caption":
            self._in_caption = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif self._in_caption:
            self.caption.append(data)

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def _close_cell(self) -> None:
        if self._cell is None:
            return
        if not self.rows:
            self.rows.append([])
        text = " ".join("".join(self._cell).split()).replace("|", "/")
        self.rows[-1].append((text, *self._span))
        self._cell = None


def _table_as_pipes(m: regex.Match) -> str:
    """An HTML table as a markdown pipe table, its spanning cells spread over the grid: the text in
    the first column and row a cell covers, the others empty (as a Word table's merged cells are
    read), so a header "Realisasi" over "Rp" and "%" labels the columns it stands over."""
    parser = _TableCells()
    try:
        parser.feed(m.group(0))
        parser.close()
    except Exception:  # noqa: BLE001 - markup too broken to read as a table: its cells as before
        return _TD_TAG.sub("\t", m.group(0))
    grid: list[list[str]] = []
    below: dict[tuple[int, int], str] = {}  # cells covered by a rowspan from above
    for r, row in enumerate(parser.rows):
        out: list[str] = []
        for text, cols, rows in row:
            while (r, len(out)) in below:
                out.append(below.pop((r, len(out))))
            for k in range(cols):
                for down in range(1, rows):
                    below[(r + down, len(out))] = ""
                out.append(text if k == 0 else "")
        while (r, len(out)) in below:
            out.append(below.pop((r, len(out))))
        if any(c for c in out):
            grid.append(out)
    if not grid:
        return "\n"
    width = max(len(r) for r in grid)
    if width < 2 or any(len(c) > LAYOUT_CELL for r in grid for c in r):
        # a page laid out with a table (a column of paragraphs, a cell holding an article): its
        # cells are prose, read as before
        return _TD_TAG.sub("\t", m.group(0))
    lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in grid]
    lines.insert(1, "|" + "---|" * width)
    caption = " ".join("".join(parser.caption).split())
    return "\n" + (caption + "\n\n" if caption else "") + "\n".join(lines) + "\n\n"


# a whole HTML page (not a text with a few tags left in it)
_HTML_PAGE = regex_cache.compile(r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html\b|<html\b)", regex.I | regex.S)
# preformatted text, whose line breaks are the text's own
_PRE = regex_cache.compile(r"(<(pre|textarea)\b[^>]{0,500}>.*?</\2\s*>)", regex.I | regex.S)
_HTML_SPACE = regex_cache.compile(r"[ \t\n\f]+")
_BLANK_LINES = regex_cache.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def _html_whitespace(page: str) -> str:
    """A whole HTML page's runs of whitespace, line breaks among them, as single spaces (what a
    browser shows), but in <pre>: a page's line breaks are where its source was wrapped ("Rp." at
    one line's end, "1.560.000.000,-" on the next), and its lines are made by its tags."""
    parts = _PRE.split(page)  # the text between, then each <pre> block and its tag's name
    return "".join(_HTML_SPACE.sub(" ", part) if k % 3 == 0 else part if k % 3 == 1 else ""
                   for k, part in enumerate(parts))


def strip_markup(text: str) -> str:
    """Reduce HTML remnants and markdown emphasis to their text; an HTML table becomes a markdown
    pipe table (:func:`_table_as_pipes`). A whole HTML page is read as a browser shows it: its
    lines are made by its tags, not by its source's line breaks."""
    if "<" in text:
        page = bool(_HTML_PAGE.match(text))
        if page:
            text = _html_whitespace(text)
        text = _DECLARATIONS.sub("", text)
        text = _INVISIBLE_BLOCKS.sub("", text)
        text = _TABLE.sub(_table_as_pipes, text)
        text = _TD_TAG.sub("\t", text)
        if "|" in text:
            # "| Jumlah<br>(jiwa) | Belum<br>Ditangani |": a break inside a pipe table's cell
            # wraps the cell's words; a new line would end the row
            text = _PIPE_ROW.sub(lambda m: _LINE_BREAK_TAG.sub(" ", m.group(0)), text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _ANY_TAG.sub("", text)
        if page:  # a page's empty paragraphs ("<p><br/><br/></p>") only space its paragraphs apart
            text = _BLANK_LINES.sub("\n\n", text)
    if "&" in text:
        text = html.unescape(text)
    if "\\begin{tabular}" in text:
        text = _LATEX_TABLE.sub(_latex_table_as_pipes, text)
    if "\\" in text:  # before emphasis: "\*\*Rp. 4.960.000.000,-\*\*" is bold typed as asterisks in the source
        # LaTeX's thin space before a per cent sign, as converters write math ("\(95,85\,\%\)"):
        # a space, not an escaped comma glued to the figure (two spaces keep the columns)
        text = _THIN_SPACE_BEFORE_PERCENT.sub("  ", text)
        text = _ESCAPED_LINE.sub(_unescape_line, text)
    if "*" in text:
        text = _EMPHASIS.sub("", text)
    text = _MD_HEADING.sub("", text)
    return text


def strip_emphasis(text: str) -> str:
    """Markdown emphasis reduced to its text: a PDF printed from a text with markdown shows the
    asterisks ("**Rp. 4.960.000.000,-**"), which the text itself loses to ``strip_markup``."""
    return _EMPHASIS.sub("", text) if "*" in text else text


def normalise_text(text: str) -> str:
    return part_glued_cells(join_spaced_figures(normalise_characters(strip_markup(normalise_characters(text))), wrapped=True))


def part_glued_cells(text: str) -> str:
    """A space put back where a PDF's text layer ran a row's cells together
    ("LainnyaRp1.250.000.000Rp1.187.500.00095,00%"): before "Rp" glued to what precedes it, and
    between an amount's last thousands group and a percentage glued to it (``grammars/tables.yaml``,
    ``glued_currency``, ``glued_percentage``)."""
    if not _GLUED_HINT(text):
        return text
    from .grammar import load_grammar  # here: the grammars load after this module

    for p in load_grammar("tables").patterns:
        if p.kind == "cell_boundary":
            text = p.compiled.sub(" ", text)
    return text


# where a glued cell may be: "Rp" after a letter, a figure, a sign; a digit after a thousands
# group or after a percent sign; a percentage or an amount after a word. What comes before is
# looked behind for, so that each branch is tried only at an "R" or a digit (twice as fast as
# "[\p{L}\d%)]Rp|\.\d{4,}|%\d|\p{Ll}\d{1,3}(?:,\d{1,2})?%|\p{L}{3}\d{1,3}\.\d{3}|...", which
# finds a hint in the same texts: tests/test_scan_shortcuts.py)
_GLUED_HINT = regex_cache.compile(r"(?<=[\p{L}\d%)])Rp|(?<=\.)\d{4}|(?<=%)\d|(?<=\p{Ll})\d{1,3}(?:,\d{1,2})?%"
                            r"|(?<=\p{L}{3})\d{1,3}\.\d{3}"
                            r"|(?m:^[ \t]*\d{1,2}[.)]?(?:Program|PROGRAM|Kegiatan|KEGIATAN|Sub|SUB))").search


def join_spaced_figures(text: str, wrapped: bool = False) -> str:
    """Figures whose characters a scanned report's text layer spaced apart ("Rp . 1 . 250 . 000",
    "9 8 , 5 %") written without the spaces ("Rp.1.250.000", "98,5%"), so that they read as one
    figure in prose and as one cell in a table (``grammars/ocr.yaml``, ``spaced_figure``). ``wrapped``:
    the text is a whole text, whose line breaks may stand inside such a figure."""
    if " , " not in text and " . " not in text:  # a spaced figure has one of these
        return text
    from .grammar import load_grammar  # here: the grammars load after this module

    patterns = {p.name: p.compiled for p in load_grammar("ocr").patterns if p.kind == "spaced_figure"}
    strict, whole = patterns["spaced_figure"], patterns["spaced_whole_percent"]

    def joined(m: regex.Match) -> str:
        return m.group(0).replace(" ", "")

    if wrapped:
        # a spaced figure the line wrapped in the middle ("Rp . 1 . 187 ." / "500 . 000 dari pagu"): one
        # line (only for a whole text: the PDF and Word readers keep their lines, one for one)
        text = _SPACED_FIGURE_WRAPPED.sub(" ", text)
        text = _join_breaks_inside_spaced_figures(text, strict)

    def line(m: regex.Match) -> str:
        out = m.group(0)
        spaced_out = bool(strict.search(out)) or sum(1 for _ in whole.finditer(out)) >= 2
        out = strict.sub(joined, out)
        return whole.sub(joined, out) if spaced_out else out

    return _LINE.sub(line, text)


_LINE = regex_cache.compile(r"[^\n]+")
# a line break that may stand inside a spaced figure: a figure's character or "Rp" before it, a
# digit, a dot or a comma after it; in a document site's copy, a blank line after the break and
# the next line's margin too ("Rp 2 ." / "" / "    145 . 600 . 000")
_BREAK_IN_FIGURE = regex_cache.compile(r"(?<=[\d.,]|\bRp)[ ]?\n(?:[ ]*\n)?[ ]{0,8}(?=[\d.,])")


def _join_breaks_inside_spaced_figures(text: str, strict: regex.Pattern) -> str:
    """A spaced figure a copy wrapped anywhere inside it ("Rp ." / "1 . 558 . 000", "Rp . 398" /
    ". 400 . 000", "9 5" / ", 0 7"): the break is a space where a spaced figure of the two lines
    read as one runs across it. A line that ends on a whole figure before one that starts with a
    digit stays as it is ("9 5 , 0 0" / "4 . 510 . 600 . 000", "9 5 , 0 0" / "2. Program ..."):
    that digit starts the next cell or row as often as it ends the decimals, and a copy breaks a
    spaced figure next to its dots and commas far more often ("Rp . 2 . 845 ." / "600 . 000",
    "Rp ." / "1 . 558 ...", "Rp . 398" / ". 400 . 000", "9 4" / ", 9 6")."""
    if "\n" not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _BREAK_IN_FIGURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[max(line_start, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 60 if line_end < 0 else min(line_end, m.end() + 60)]
        if not _runs_across(before, after, strict):
            continue
        out.append(text[last:m.start()])
        out.append(" ")
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _runs_across(before: str, after: str, strict: regex.Pattern) -> bool:
    joined = before + " " + after
    at = len(before)
    if not any(f.start() < at < f.end() - 1 for f in strict.finditer(joined)):
        return False
    if not after[:1].isdigit() or not any(f.end() == len(before) for f in strict.finditer(before)):
        return True
    # a whole figure ends the line, a digit starts the next: the decimals' second digit only where
    # the line ends on one decimal and the digit stands alone before the row's next cell ("9 6 , 0"
    # / "0 Rp . 16 . 600 . 000", "8 7 , 5" / "0 %"): a row's number is followed by its name
    return bool(_ONE_DECIMAL_END.search(before) and _LAST_DECIMAL.match(after))


_ONE_DECIMAL_END = regex_cache.compile(r"\d[ ]{1,2},[ ]{1,2}\d$")
_LAST_DECIMAL = regex_cache.compile(r"\d(?:[ ]{0,2}%|[ ]{1,2}(?:Rp|RP)\b|$)")


def spaced_figure_goes_on(line: str, next_line: str) -> bool:
    """Does a figure an OCR layer spaced out run from the end of a line into the next (see
    :func:`_join_breaks_inside_spaced_figures`)? For a reader that joins a row's lines itself."""
    before, after = line.rstrip(" ")[-60:], next_line.lstrip(" ")[:60]
    if not (before and after) or not (before[-1] in ".,0123456789" or before.endswith("Rp")) or after[0] not in ".,0123456789":
        return False
    if " , " not in before + " " + after and " . " not in before + " " + after:
        return False
    from .grammar import load_grammar  # here: the grammars load after this module

    strict = next(p.compiled for p in load_grammar("ocr").patterns if p.name == "spaced_figure")
    return _runs_across(before, after, strict)
# the line break inside a spaced figure: after a group and its dot ("1 . 187 .", "Rp . 398 .", "Rp 2 ."), before
# the next group of three digits; or before the spaced decimals of a percentage ("atau 96" / ", 00 %.")
_SPACED_FIGURE_WRAPPED = regex_cache.compile(
    r"(?<=(?:(?:\d|\bRp)[ ]\.[ ]|\bRp[ ]{1,2})\d(?:[ ]?\d){0,2}[ ]\.)[ ]?\n(?=[ ]?\d(?:[ ]?\d){2}(?:[ ][.,][ ]\d|[ ]|$))"
    r"|(?<=\d)[ ]?\n(?=,[ ]{1,2}\d(?:[ ]?\d)?[ ]{0,2}%)")

