"""Outline of a report: chapters, urusan, agency, programs, lettered subsections, activities,
and the report's metadata (type, region, year, agency).

Stage "structure" of the pipeline (read → normalise → structure → mentions → claims → checks).
Headings are recognised by pattern (``grammars/sections.yaml``) and position, never by a list of
known titles.

The program list: a report presents its programs as a numbered list: headings ("1) Program
..."), one-line items followed by their activities ("1. Program ...", "- 1.1 Penyediaan ..."),
or the rows of a budget table ("<TAB>1<TAB>Program ...<TAB>1.340.750.000"). Every numbered item
of the text and of its tables is a candidate; candidates are chained into runs numbered 1, 2,
3, ... in one numbering style, and the run with the most items that name a program is the
report's program list. Items of that run without the word "Program" (a writer's slip: "10.
Pembinaan Penyandang Cacat") stay in it.

Other shapes of the same list: the number alone on the line before the name ("1.\nProgram
..."), items numbered inside a sentence ("(1) Program A, (2) Program B"), table rows with a
nomenclature code instead of a number, and groups under headings ("Program-program pokok :",
"Program-program penunjang :"), each numbered from 1 or bulleted, which together are the list.
A report without a list may still name programs in its sentences: see ``named_programs``.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from . import regex_cache
from .document import Block, Document, TableCell
from .document_caches import per_document
from .grammar import load_grammar
from .intervals import DisjointSpans
from .catalogue import match_program
from .models import ReportMeta, Section, Span
from .named_programs import before_indicator, is_generic, line_name, name_end, named_programs, tidy_name, wrapped_title

# patterns used inside functions, compiled once (regex's cache lookup at every call was about a
# third of the text path's time)
_SIGNATORY_BEFORE = regex_cache.compile(r"(?:Dinas\s+Sosial[^\n]{0,60}|Wali\s+|Bupati\s+|Gubernur\s+)$")

# a numbered or lettered item: "1) Program ...", "- 8. Program ...", "b. Program ..."
# (a copy's OCR may read an item's full stop as a comma: "4, Program Perlindungan ..."; only before
# the word "Program" is it one)
# ("II. Program ...": a roman numeral numbers programs as a chapter's sections are)
_ITEM = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*][ \t]*)?(?P<num>\d{1,2}|[IVX]{2,4}|[a-zA-Z])[ \t]*(?P<delim>[.)]|,(?=[ \t]+(?i:program)\b))"
                      r"[ \t]+(?P<title>\S[^\n]*)$")
_PROGRAM_WORD = regex_cache.compile(r"^\W*program\b", regex.I)
# where a program's name ends: the clause that starts to talk about it
_NAME_END = regex_cache.compile(
    r"\s*(?:[,:;]\s*|\s+)(?:dilaksanakan|didukung|di\s+dukung|melalui|dengan\s+(?:pagu|total|anggaran|alokasi|dana|realisasi|(?:sub\s+)?kegiatan)|"
    # how many parts it has: "Program Perlindungan dan Jaminan Sosial dengan 1 (satu) sub kegiatan"
    r"dengan\s+\d{1,2}\s*(?:\([\p{L} ]+\)\s*)?(?:sub\s+)?kegiatan|"
    r"sebesar|terdiri|meliputi|diarahkan|yang\s+(?:dilaksanakan|didukung|dialokasikan|dianggarkan|mencakup|meliputi|terdiri|berisi)|"
    # what it is counted as: "Program Perlindungan dan Jaminan Sosial sebagai program dengan alokasi terbesar"
    r"sebagai|"
    # its budget said by a verb: "Program Pemberdayaan Sosial dianggarkan Rp ... terserap Rp ..."
    r"dianggarkan|dialokasikan|menyerap|terserap|terealisasi|direalisasikan|(?:mendapat(?:kan)?|memperoleh|menerima)\s+(?:alokasi|anggaran|pagu|dana)|"
    # its budget revised: "Program Pemberdayaan Sosial bertambah Rp ...", "... naik dari Rp A menjadi
    # Rp B", "... yang semula dianggarkan Rp A" (no official name holds these words)
    r"(?:bertambah|berkurang|naik|turun|meningkat|menurun)\s+(?:dari|sebesar|menjadi|Rp\b)|(?:yang\s+)?semula|"
    # or said to change or not: "Program A mengalami kenaikan terbesar", "Program B tidak mengalami
    # perubahan, tetap sebesar Rp ..."
    r"(?:tidak\s+)?mengalami\s+(?:kenaikan|penurunan|peningkatan|perubahan|pengurangan|penambahan|pergeseran|refocusing)|"
    # the part of it an item is about: "Program Rehabilitasi Sosial, Sub Kegiatan Penyediaan Permakanan: ..."
    r"(?<=[,:;]\s*)(?:sub\s+)?kegiatan(?=\s+\p{Lu})|"
    # an adverb before that verb: "Program Rehabilitasi Sosial baru terserap 78,3 persen"
    r"(?:baru|hanya|telah|sudah)\s+(?:terserap|terealisasi|menyerap|mencapai|direalisasikan))\b.*$|"
    # the bulleted list of its kegiatan under it in its table cell ("Program A • Kegiatan B • ...")
    r"\s+•\s.*$|"
    # a relative clause after a comma says what it is for: "Program A, yang bertujuan ..." (no
    # official name holds ", yang")
    r"\s*,\s*yang\s.*$|"
    # nor ", untuk ...", ", berupa ...": what it is for ("Program Pelayanan Administrasi Perkantoran,
    # untuk menunjang kelancaran tugas pokok ...")
    r"\s*,\s*(?:untuk|guna|berupa|antara\s+lain|dalam\s+rangka|dengan\s+tujuan|bertujuan)\s.*$|"
    # the next sentence run into a heading ("1. Program Penunjang ... Kabupaten/Kota Program ini
    # didukung oleh 4 (empat) kegiatan"): no name holds "Program ini"
    r"\s+(?:Program|Kegiatan)\s+(?:ini|tersebut)\b.*$|"
    # its figures after a comma or a bracket: "Program Rehabilitasi Sosial, anggaran Rp ...",
    # "..., pagu Rp ...", "... (Rp 2.400.000.000)", or an amount right after the name
    r"\s*[,:;(]\s*(?:dengan\s+)?(?:(?:pagu|anggaran|alokasi|realisasi|dana)(?!\w)|rp\.?(?!\p{L})).*$|\s+rp\.?\s*\d.*$|"
    # an amount of a million or more after it, a table row's cells run into its name ("... Panti
    # Jompo210.000.000 201.600.000"): no name holds one
    r"(?:\s+|(?<=[\p{L})]))\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.]).*$|"
    # or a table row's figures in thousands run into it ("PROGRAM PENANGANAN BENCANA 610.000 532.775
    # 77.225 87,34"): two figures or more at its end
    r"\s+\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:\s+\d[\d.,]*){1,}\s*$|"
    # its nomenclature code in brackets after it: "Program Rehabilitasi Sosial (1.06.04)"
    r"\s*[(\[]\s*(?:\d{1,2}|x{1,2})(?:[. ](?:\d{1,3}|x{1,2})){2,5}\.?\s*[)\]].*$|"
    # what a profile page says of it after a colon, a semicolon, "yaitu" or a full stop: "Program
    # Keluarga Harapan (PKH): bantuan sosial bersyarat ...", "Program Sembako Daerah, yaitu bantuan
    # ...", "Program Asistensi Lanjut Usia. Program ini ..." (not "Eks." inside a name, nor a
    # bracket's list: "(eks narapidana; PSK; narkoba)")
    r"(?<!\([^()]*)\s*[:;]\s+(?=(?-i:\p{Ll})).*$|\s*,?\s+(?:yaitu|yakni|ialah|merupakan)\b.*$|"
    r"(?<!\([^()]*)(?<!\b(?:rp|kab|kec|no|dll|dsb|eks|prov|kel|jl|dr|drs|ir|hj?|st|tk))\.\s+(?=(?-i:\p{Lu})\p{Ll}).*$|"
    # the number of its kegiatan in brackets: "Program Pemberdayaan Sosial (2 kegiatan)"
    r"\s*\(\s*\d{1,3}(?:\s*\([^)]{1,20}\))?\s+(?:sub\s+)?kegiatan\s*\).*$|"
    # what a profile page says of it after a dash: "Program Rantang Kasih – pemberian makanan ..."
    r"\s+[–—]\s.*$|\s+-{1,2}\s+(?=\p{Ll}).*$|"
    # a comma and "dengan" ending its line, the rest of the clause wrapped to the next: "Program A,
    # dengan" / "anggaran Rp ..."
    r"\s*,\s*dengan\s*$|"
    r"[\s;:,.]+$", regex.I | regex.S)


@dataclass
class _Candidate:
    num: int
    title: str
    start: int
    end: int
    table: Optional[Block] = None
    row: Optional[int] = None
    delim: str = ""  # "." or ")" ("a." / "a)" for letters): items of one list share it
    label: str = ""  # as written: "1)", "b."
    inline: bool = False  # an item inside a sentence ("... adalah (1) Program A, (2) Program B")
    headed: bool = False  # the first item under a group heading ("Program-program pokok :")
    # the first item under a line that announces programs in the plural ("Program-program Dinas
    # Sosial :", "... melaksanakan 5 (lima) program, yaitu:"): its list may omit the word, as a
    # group's does, but it is no group of its own
    introduced: bool = False
    # a table's row read as lines: its next line a figure alone ("13." / "Pemulung" / "310 Jiwa":
    # PyMuPDF's text of a PDF puts each cell on a line)
    cells_follow: bool = False
    # a table's row that repeats the row before's program cell (a merged cell written out again)
    repeat: bool = False
    is_program: bool = field(init=False)

    def __post_init__(self) -> None:
        # "Program-program penunjang :", "Program kerja ...", a group's heading "Program Penunjang
        # sebanyak 2 program:" start with the word but name no program
        m = _PROGRAM_WORD.match(self.title)
        self.is_program = (bool(m) and not is_generic(self.title, m.end() - len("program"))
                           and not _program_patterns()["group_heading"].fullmatch(self.title.strip()))

    def known(self) -> bool:
        """Does the official catalogue know the item, without the word, as a program ("1.
        Pemberdayaan Sosial" under "Program-program pokok :")?"""
        if self._known is None:
            self._known = match_program("Program " + clean_name(self.title), score_cutoff=_KNOWN_CUTOFF) is not None
        return self._known

    _known: Optional[bool] = field(default=None, init=False, repr=False)


_KNOWN_CUTOFF = 88.0


@dataclass
class _Run:
    items: list[_Candidate] = field(default_factory=list)

    @property
    def grouped(self) -> bool:
        """Under a group heading every item is a program, "Program" written or not, where some
        item says "Program" or the catalogue knows at least half of them as programs: a group
        heading over priorities ("Program Prioritas :" / "1. Penanganan kemiskinan ekstrem")
        lists no programs."""
        if not (self.items[0].headed or self.items[0].introduced):
            return False
        return any(c.is_program for c in self.items) or 2 * sum(c.known() for c in self.items) >= len(self.items)

    @property
    def programs(self) -> int:
        return len(self.items) if self.grouped else sum(c.is_program for c in self.items)

    def share(self) -> float:
        """The share of the run's items that name a program."""
        return self.programs / len(self.items)


@lru_cache(maxsize=1)
def _program_patterns() -> dict[str, regex.Pattern]:
    return {p.name: p.compiled for p in load_grammar("programs").patterns}


_PROGRAM_ANY_CASE = regex_cache.compile(r"program", regex.I)


@per_document(until="outline")
@lru_cache(maxsize=16)
def _line_starts(finder: regex.Pattern, text: str) -> tuple[int, ...]:
    """The starts of the lines on which ``finder`` matches, in order."""
    out: list[int] = []
    end = -1
    for m in finder.finditer(text):
        if m.start() <= end:
            continue  # (its line is in already)
        out.append(text.rfind("\n", 0, m.start()) + 1)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
    return tuple(out)


@per_document(until="outline")
@lru_cache(maxsize=1)
def _all_line_starts(text: str) -> "array[int]":
    """The start of every line, as machine integers (8 bytes a line, not a Python int's 32 and a
    tuple's 8; a 585-page report has some 40 000 lines), found without splitting the text."""
    out = array("q", [0])
    find = text.find
    k = find("\n")
    while k >= 0:
        out.append(k + 1)
        k = find("\n", k + 1)
    return out


def _line_matches(pattern: regex.Pattern, text: str, finder: Optional[regex.Pattern] = _PROGRAM_ANY_CASE):
    """``pattern.finditer(text)`` for a pattern anchored at a line's start ("(?m)^...") whose every
    match holds a match of ``finder`` on its first line: the same matches, tried only at the
    starts of such lines (a literal's scan costs a thirtieth of a pattern's tries at every offset
    of a long report). With no ``finder``, at the start of every line (half the time of the
    tries at every offset)."""
    pos = 0
    for start in _line_starts(finder, text) if finder is not None else _all_line_starts(text):
        if start < pos:
            continue  # (inside the match before, as finditer goes on from its end)
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


def _line_candidates(doc: Document, tables: DisjointSpans) -> list[_Candidate]:
    """Numbered lines, with the name on the number's line or, the number standing alone, on
    the next ("1.\nProgram Pelayanan Administrasi Perkantoran")."""
    out: list[_Candidate] = []
    scans = (_line_matches(_ITEM, doc.text, None), _line_matches(_program_patterns()["number_alone"], doc.text, None),
             _line_matches(_SUBITEM, doc.text))  # (a program's line: "4.2.1 Program ...")
    for found in scans:
        for m in found:
            if tables.contains(m.start()) or _is_toc_line(m.group("title")):
                continue  # table rows are read from the table below, cell by cell; a table of contents' line is no item
            if "parent" in m.groupdict() and _ZERO_LED.search(m.group("parent") + m.group("num")):
                continue  # a nomenclature code, not a section number: see _code_candidates
            label = m.group("num")
            # letters count like numbers (a = 1, A = 1) but are numbering styles of their own;
            # "4.2.1", "4.2.2" are numbered 1, 2 in the style of their parent "4.2."
            if "parent" in m.groupdict():
                num, delim, start = int(label), "sub" + m.group("parent"), m.start("parent")
            elif label.isdigit():
                num, delim, start = int(label), m.group("delim").replace(",", "."), m.start("num")
            else:
                case = "a" if label.islower() else "A"
                num, delim, start = ord(label[0].lower()) - 96, case + m.group("delim").replace(",", "."), m.start("num")
            title, end = _wrapped_title(doc.text, m.group("title"), m.end())
            label_text = doc.text[start:m.end("delim")]
            cells_follow = bool(_FIGURE_LINE_NEXT(doc.text, end))
            if "parent" not in m.groupdict() and _ROMAN_LABEL.fullmatch(label):
                # roman numerals are a style of their own; "I.", "V.", "X." may as well be the 9th,
                # 22nd, 24th letter of a lettered list, so they are both (one run takes each)
                out.append(_Candidate(_roman(label), title, start, end, delim="R" + m.group("delim").replace(",", "."),
                                      label=label_text, cells_follow=cells_follow))
                if len(label) > 1:
                    continue
            out.append(_Candidate(num, title, start, end, delim=delim, label=label_text, cells_follow=cells_follow))
            if m.group("delim") == "," and label.isdigit():
                # OCR's comma may as well stand for a bracket: "2) Program B" / "3, Program C" / "4) ..."
                out.append(_Candidate(num, title, start, end, delim=")", label=label_text, cells_follow=cells_follow))
    return out


_ROMAN_LABEL = regex_cache.compile(r"[IVX]{1,4}")


# a program under a numbered section: "4.2.1 Program ...", "- 3.1. Program ..." (only the word
# "program" ignores case: with the whole pattern case-blind, the scan took twice as long)
_SUBITEM = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*][ \t]*)?(?P<parent>(?:\d{1,2}\.){1,3})(?P<num>\d{1,2})(?P<delim>\.?)[ \t]+"
                         r"(?P<title>(?i:program)\b[^\n]*)$")


# a program heading labelled with its nomenclature code: "1.06.02 Program Pemberdayaan Sosial",
# "- 1.06.1.06.04. Program Rehabilitasi Sosial". A part with a leading zero ("06", "02") marks a
# code: section numbers ("4.2.1") are never written so.
# Also "1 06 02" (spaces for dots), "X.XX.02" (the urusan left open), "[1.06.02]", "1.06.02 - Program
# ...", "Kode Program 1.06.02 : Program ...".
_CODE_ITEM = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*][ \t]*)?(?:(?i:kode(?:[ \t]+program)?)[ \t]*:?[ \t]*)?\[?"
                           r"(?P<code>(?:\d{1,2}|[Xx]{1,2})(?:\.(?:\d{1,3}|[Xx]{1,2})){2,5}|\d{1,2}(?:[ ]\d{2}){2,4})\.?\]?"
                           r"(?:[ \t]*[-–:])?[ \t]+(?P<title>(?i:program)\b[^\n]*)$")
_ZERO_LED = regex_cache.compile(r"(?:^|[. ])0\d|[Xx]")


def _code_candidates(doc: Document, tables: DisjointSpans) -> list[_Candidate]:
    """Program headings labelled with their codes, not numbered: counted 1, 2, ... in the order
    they come, a numbering style of their own."""
    out: list[_Candidate] = []
    for m in _line_matches(_CODE_ITEM, doc.text):  # (a program's line)
        if tables.contains(m.start()) or not _ZERO_LED.search(m.group("code")):
            continue
        title, end = _wrapped_title(doc.text, m.group("title"), m.end())
        found = _Candidate(0, title, m.start("code"), end, delim="code", label=m.group("code"))
        if found.is_program:
            found.num = len(out) + 1
            out.append(found)
    return out


# --- a budget table flattened to text, a row a line ---------------------------------------------
# A PDF copied to text (pypdf, PyMuPDF, pdftotext, a document site) or a DOCX saved as text loses
# a table's cells: "1 Program Pelayanan Administrasi Perkantoran 1.340.750.000" / "387.400.000",
# or each cell on a line of its own ("1" / "Program ..." / "1.340.750.000"). A row opens with its
# number (arabic or roman, no full stop after it), its name runs over one to three lines, and its
# figures close it: the name ends where the rest of a line is figures.

# a row's number opening its line, then its name on that line or on the next (blank lines between,
# as docx2txt leaves them; pypdf may leave no space between a number and the word: "16Program ...")
_FLAT_ROW = regex_cache.compile(r"(?m)^[ \t]*(?P<num>\d{1,2}|[IVX]{1,4})"
                          r"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*|(?<=\d)(?=(?i:program)\b))(?=\p{Lu}|(?i:program)\b)")
_FIGURE = r"(?:[-+]?\d[\d.,]*%?|[-–—])"
# the figures closing a line: after a space, or run into the name's last letter ("Sosial16.345.000.000")
_TRAILING_FIGURES = regex_cache.compile(rf"(?:[ \t]+|(?<=[\p{{L}})])(?=\d{{1,3}}(?:\.\d{{3}})+))(?:{_FIGURE})(?:[ \t]+{_FIGURE})*[ \t]*$")
# an amount, a decimal or a long number: a page number ("45") or a year alone makes no table row
_SUBSTANTIAL_FIGURE = regex_cache.compile(r"\d{1,3}(?:\.\d{3})+|\d+,\d+|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}")
_FIGURES_ONLY = regex_cache.compile(rf"[ \t]*{_FIGURE}(?:[ \t]+{_FIGURE})*[ \t]*")
# the next row's first line: a number then a word ("1 Penyediaan jasa ..."), or the number alone
_ROW_START = regex_cache.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})(?:[ \t]+\p{L}|[ \t]*$)")
_FIRST_KEGIATAN = regex_cache.compile(r"[ \t]*1(?:[ \t]+\p{Lu}|[ \t]*$)")  # "1 Penyediaan ...", or "1" alone (a cell a line)
_FLAT_NAME_LINES = 3  # a long name in a narrow column wraps over three lines at most
_FLAT_NAME_WORDS = 30
_FIGURE_GAP = 6  # blank lines before a row's figures: docx2txt's text of two empty cells


def _next_line(text: str, pos: int, blanks: int = 2) -> Optional[tuple[int, int]]:
    """The next line with text at or after ``pos`` (up to ``blanks`` blank lines skipped), as (start, end)."""
    for _ in range(blanks + 1):
        if pos >= len(text):
            return None
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            return pos, end
        pos = end + 1
    return None


def flat_row(text: str, start: int, strict: bool = True) -> Optional[tuple[str, int, int]]:
    """The name of a flattened row whose name starts at ``start``, the name's end and the end of
    its figures, or None when no figures close it within a few lines (a heading, a sentence, a
    page number before a paragraph). A row with no figures at all counts where the next line
    opens the first of its kegiatan ("1 Penyediaan ..."). Not ``strict`` (a kegiatan row under a
    program row already found), any figure closes the name ("Revie Renstra SKPD -"), or the next
    row's start."""
    parts: list[str] = []
    pos = name_end = start
    for i in range(_FLAT_NAME_LINES):
        line = _next_line(text, pos) if i else (start, (text.find("\n", start) + 1 or len(text) + 1) - 1)
        if line is None:
            break
        s, e = line
        if i and (_FIGURES_ONLY.fullmatch(text, s, e) or _ROW_START.match(text, s, e)
                  or not _continues_name(parts[-1], text[s:e], _next_line(text, e + 1), text)):
            break  # the row's figures, the next row, or a line that carries on no name
        figures = _TRAILING_FIGURES.search(text, s, e)
        if figures is not None:
            parts.append(text[s:figures.start()])
            name_end = figures.start()
            last = e
            if _FIGURES_ONLY.fullmatch(text, figures.start(), e) and _more_figures(text, nxt := _next_line(text, e + 1)):
                last = nxt[1]  # the row's other figures cut to the next line ("1.340.750.000" / "387.400.000")
            if strict and not _SUBSTANTIAL_FIGURE.search(text, figures.start(), last):
                return None
            return " ".join(" ".join(parts).split()), name_end, last
        parts.append(text[s:e])
        pos, name_end = e + 1, e
    nxt = _next_line(text, pos)
    if len(parts) == 1 and nxt is not None and _FIRST_KEGIATAN.match(text, *nxt):
        return " ".join(parts[0].split()), name_end, pos - 1  # figures left empty, its first kegiatan next
    # the figures on a line of their own after the name's lines (docx2txt leaves two blank lines
    # for an empty cell before them)
    figures = _next_line(text, pos, _FIGURE_GAP)
    if figures is None or not _FIGURES_ONLY.fullmatch(text, *figures) or (
            strict and not _SUBSTANTIAL_FIGURE.search(text, *figures)):
        if not strict and (nxt is None or _ROW_START.match(text, *nxt)):
            return " ".join(" ".join(parts).split()), name_end, pos - 1  # its cells left empty
        return None
    last = figures[1]
    after = _next_line(text, last + 1, _FIGURE_GAP)
    if _more_figures(text, after):
        last = after[1]
    return " ".join(" ".join(parts).split()), name_end, last


_ROW_NUMBER_ALONE = regex_cache.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[ \t]*")


def _more_figures(text: str, line: Optional[tuple[int, int]]) -> bool:
    """Is the line the rest of a row's figures, not the next row's number standing alone ("1" /
    "Pembinaan Organisasi Kepemudaan", a cell a line)?"""
    return line is not None and _FIGURES_ONLY.fullmatch(text, *line) is not None \
        and _ROW_NUMBER_ALONE.fullmatch(text, *line) is None


# a name line that goes on in the next: it ends open, or the next starts in lower case
_OPEN_NAME_END = regex_cache.compile(r"(?:,|\b(?:dan|serta|atau|bagi|&)|[/(-])[ \t]*$", regex.I)


def _continues_name(before: str, line: str, after: Optional[tuple[int, int]] = None, text: str = "") -> bool:
    """Does ``line`` go on with the name ``before`` ends? It does where the name ends open, where
    the line starts in lower case, or where it is the name's last line: its figures close it, or
    they stand on the line after it ("... ikhtisar realisasi kinerja" / "SKPD" / "25.000.000")."""
    line = line.strip()
    last_line = _TRAILING_FIGURES.search(line) is not None or (
        after is not None and _FIGURES_ONLY.fullmatch(text, *after) is not None)
    return bool(_OPEN_NAME_END.search(before)) or before.count("(") > before.count(")") or line[:1].islower() \
        or (line[:1].isupper() and last_line)


def _without_indicator(title: str) -> str:
    """A row's name without the indicator its row goes on into (grammar ``indicator_start``): the
    "Program | Indikator" columns of a table whose cells ran together ("Program Rehabilitasi
    Sosial Persentase PMKS yang tertangani")."""
    indicator = _program_patterns()["indicator_start"].search(title)
    if indicator is not None and _PROGRAM_WORD.match(title) and len(title[:indicator.start()].split()) >= 3:
        return title[:indicator.start()]
    return title


def _flat_row_candidates(doc: Document, tables: DisjointSpans) -> list[_Candidate]:
    """Program rows of a budget table flattened to text (see above): a row whose name says
    "Program", or that the catalogue knows as a program (a writer's slip: "10 Pembinaan Para
    Penyandang Cacat dan Trauma 1.086.400.000"), numbered 1, 2, ... (or I, II, ...) in a style of
    their own. The rows of its kegiatan, numbered from 1 inside each program, are no candidates."""
    out: list[_Candidate] = []
    text = doc.text
    for m in _FLAT_ROW.finditer(text):
        if tables.contains(m.start()):
            continue  # a table read as cells gives its rows from its cells
        row = flat_row(text, m.end())
        if row is None:
            continue
        title, _, end = row
        title = _without_indicator(title)
        if not title or len(title.split()) > _FLAT_NAME_WORDS or clean_name(title) != title.rstrip(" .;:,"):
            continue  # a sentence that happens to open with a number, not a row's name
        num = m.group("num")
        style = "flat" if num.isdigit() else "flatI"
        found = _Candidate(int(num) if num.isdigit() else _roman(num), title, m.start("num"), end,
                           delim=style, label=num)
        if found.is_program or (not _PROGRAM_WORD.match(title) and found.known()):
            out.append(found)
    return out


def _wrapped_title(text: str, title: str, end: int) -> tuple[str, int]:
    """A program's title with the next lines where the conversion or the layout broke it, up to
    the indicator a Renstra's or an LKjIP's row goes on into ("1.06.05 Program Perlindungan dan
    Jaminan Sosial Persentase fakir miskin yang" / "terpenuhi ...": :func:`before_indicator`)."""
    title, end = wrapped_title(text, title, end, clean_name)
    return title[:before_indicator(title)].rstrip(), end


# the end of a sentence holding an inline list: a full stop, a blank line or a new line item (a
# single line break is the conversion's wrapping: "(3) Program Pembinaan Para Penyandang\nCacat")
_SENTENCE_END = regex_cache.compile(r"(?<!\b(?:Rp|Kab|Kec|No|dll|dsb|Eks|Prov))\.(?=\s|$)|\n[ \t]*\n"
                              r"|\n(?=[ \t]*(?:[-•▪·*]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t])")


def _inline_candidates(doc: Document) -> list[_Candidate]:
    """Programs numbered inside a sentence: "(1) Program A, (2) Program B (3) Program C". An
    item runs to the next marker of the sentence; the last one to the end of its name."""
    out: list[_Candidate] = []
    text = doc.text
    marks = list(_program_patterns()["inline_item"].finditer(text))
    for i, m in enumerate(marks):
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() and not m.group(0).startswith("("):
            continue  # "1) Program ..." or "1. Program ..." opening a line is a line item
        stop = _SENTENCE_END.search(text, m.end())
        limit = stop.start() if stop else len(text)
        nxt = marks[i + 1].start() if i + 1 < len(marks) and marks[i + 1].start() < limit else None
        end = nxt if nxt is not None else name_end(text, m.end() + len("program"), limit)
        title = tidy_name(text[m.end():end])
        style = "i" + (m.group(0).strip()[0] if m.group(0).startswith("(") else m.group(0).strip()[-1])
        out.append(_Candidate(int(m.group("num")), title, m.start(), m.end() + len(text[m.end():end].rstrip(" ,;:.")),
                              delim=style, label=m.group(0).strip(), inline=True))
    return out


_BULLET_PROGRAM = regex_cache.compile(r"[ \t]*(?:(?P<mark>[-•▪·*])[ \t]*)?(?P<title>program\b[^\n]*)", regex.I)
# a bulleted line without the word under a heading or an introducer ("• Pemberdayaan Sosial"):
# a program only where the catalogue knows its group's items as programs (:attr:`_Run.grouped`)
_BULLET_PLAIN = regex_cache.compile(r"[ \t]*(?P<mark>[-•▪·*➤])[ \t]*(?P<title>\p{Lu}[^\n]*)")


@per_document(until="outline")
@lru_cache(maxsize=1)  # (the same document's, read twice in a row)
def _group_heading_matches(text: str) -> tuple[regex.Match, ...]:
    """The group headings of a text, found once for the program list and the outline."""
    return tuple(_line_matches(_program_patterns()["group_heading"], text))  # (a line naming "program")


@per_document(until="outline")
@lru_cache(maxsize=1)
def _introducer_matches(text: str) -> tuple[regex.Match, ...]:
    """The lines that announce a list of programs in the plural (grammar ``list_introducer``)."""
    heading = _program_patterns()["group_heading"]
    return tuple(m for m in _line_matches(_program_patterns()["list_introducer"], text)  # (ditto)
                 if not heading.fullmatch(text, m.start(), m.end()))  # (a group's heading is one already)


def _is_toc_line(line: str) -> bool:
    """A table of contents' line (grammar ``toc_line``), its leader dots looked for first."""
    return ("...." in line or "…" in line or ". . . ." in line) and _program_patterns()["toc_line"].search(line) is not None


def _group_candidates(doc: Document) -> list[_Candidate]:
    """Unnumbered lines under a group heading ("Program-program penunjang :" then "- Program
    ..." lines): numbered 1, 2, ... in a numbering style of their group's own. The items follow
    one another, or each heads its own lines ("A. PROGRAM POKOK" / "Program A" / "Pagu ..." /
    "Program B" / "Pagu ..."): an item after such lines is a program's name filling its line, marked
    as the first item was, within a few lines of the item before."""
    out: list[_Candidate] = []
    text = doc.text
    heads = sorted(_group_heading_matches(text) + _introducer_matches(text), key=lambda h: h.start())
    for h in heads:
        pos, num, mark, last_end, gap = h.end() + 1, 0, None, h.end(), False
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if _program_patterns()["group_heading"].fullmatch(text, pos, line_end):
                break  # the next group's heading ("Program Pokok" / "- ..." / "Program Penunjang" / "- ...")
            m = _BULLET_PROGRAM.fullmatch(text, pos, line_end)
            if m is None and not gap and (num == 0 or mark is not None):
                m = _BULLET_PLAIN.fullmatch(text, pos, line_end)  # (one after the other, marked alike)
                m = m if m is not None and (num == 0 or m.group("mark") == mark) else None
            if m is not None and gap and not (m.group("mark") == mark and _heads_its_lines(text, m)):
                m = None  # after a program's own lines, only another program's heading line goes on
            if m is None and text[pos:line_end].strip():
                if num == 0 or pos - last_end > _GROUP_GAP:
                    break
                gap = True
            if m is not None:
                num += 1
                mark = m.group("mark") if num == 1 else mark
                out.append(_Candidate(num, m.group("title"), m.start("title"), line_end, delim=f"g{h.start()}",
                                      label=m.group("mark") or ""))
                last_end, gap = line_end, False
            pos = line_end + 1
    return out


def _heads_its_lines(text: str, m: regex.Match) -> bool:
    """Is the line a program's name and nothing else ("Program Rehabilitasi Sosial", not "Program
    ini ..." nor "Program Keluarga Harapan juga disalurkan ...")?"""
    title = m.group("title")
    return _Candidate(0, title, 0, 0).is_program and line_name(text, m.start("title") + len("program")) is not None


def _line_before(doc: Document, c: _Candidate) -> str:
    """The last line with text before the item's line."""
    text = doc.text
    # the last line with text before the item's line, found without copying what goes before
    end = text.rfind("\n", 0, c.start) + 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]


def _headed(doc: Document, c: _Candidate) -> bool:
    """Does a group heading ("Program-program pokok :") stand on the line before the item?"""
    return bool(_program_patterns()["group_heading"].fullmatch(_line_before(doc, c)))


def _introduced(doc: Document, c: _Candidate) -> bool:
    """Does a line announcing programs in the plural ("Program-program Dinas Sosial :") stand on
    the line before the item?"""
    return bool(_program_patterns()["list_introducer"].fullmatch(_line_before(doc, c)))


# (its number closed by a dot or a parenthesis: "1", "1.", "1)")
_NUMBER_CELL = regex_cache.compile(r"\d{1,2}[.)]?")
# a program row's label in the "No" column may be a letter or a roman numeral ("A | PROGRAM ...",
# "II | Program ..."), the kegiatan rows under it numbered 1, 2, ...
_LETTER_CELL = regex_cache.compile(r"(?P<letter>[A-Za-z])[.)]?|(?P<roman>[IVX]{1,4})[.)]?")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    values = [_ROMAN[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _label_number(text: str) -> Optional[tuple[int, str]]:
    """The number and the numbering style of a row's label cell: "1" (1, ""), "B" (2, "A"), "II" (2, "I")."""
    if _NUMBER_CELL.fullmatch(text):
        return int(text.rstrip(".)")), ""
    m = _LETTER_CELL.fullmatch(text)
    if m is None:
        return None
    if m.group("roman") or m.group("letter") in ("I", "V", "X"):  # "I" opens a roman list, not the ninth letter
        return _roman(m.group("roman") or m.group("letter")), "I"
    letter = m.group("letter")
    return ord(letter.lower()) - 96, "a" if letter.islower() else "A"
# (arabic or roman: "1 Program ...", "II Program ..."; no space before the word where pypdf ran
# them together: "1Program ...")
_NUMBERED_CELL = regex_cache.compile(r"(?P<label>(?P<num>\d{1,2}|[IVX]{1,4})\.?)(?:\s+|(?<=\d)(?=(?i:program)\b))(?P<title>\S.*)",
                               regex.DOTALL)
_AMOUNT_CELL = regex_cache.compile(r"\d{1,3}(?:\.\d{3})+")
_CODED_CELL = regex_cache.compile(r"(?P<code>\d{1,2}(?:[. ]\d{1,2}){1,5}\.?)\s+(?P<title>\p{L}.*)", regex.DOTALL)
_CODE_CELL = regex_cache.compile(r"\d{1,2}(?:\.\d{1,3}){1,5}\.?")  # a nomenclature code: "1.06.02", "1.13.1.13.01.01" (13/2006 with the unit's)


def _row_candidate(block: Block, r: int, cells: list[TableCell], counted: dict[tuple[str, ...], int]) -> Optional[_Candidate]:
    """A program row of a table: "1 | Program ..." (its number), "1 | 1.06.02 | Program ..." (the
    number before the code), or "1.06.02 | Program ..." and "Program ... | 1.200.000" with no
    number (counted 1, 2, ... over the table and the tables that repeat its header)."""
    for i, c in enumerate(cells[:-1]):
        label = _label_number(c.text) if i <= 1 or c.text[:1].isdigit() else None
        if label is not None and _PROGRAM_WORD.match(cells[i + 1].text):
            nxt = cells[i + 1]
            return _Candidate(label[0], nxt.text, c.start, nxt.end, block, r, delim=label[1], label=c.text)
        if label is not None and (coded := _CODED_CELL.fullmatch(cells[i + 1].text)) is not None \
                and _PROGRAM_WORD.match(coded.group("title")):
            # "1 | 1.13.1.13.01.01 Program Pelayanan Administrasi Perkantoran | ...": the number, then
            # the code and the name in one cell
            nxt = cells[i + 1]
            return _Candidate(label[0], coded.group("title"), c.start, nxt.end, block, r, delim=label[1], label=c.text)
    # the number and the name in one cell: a table laid out with spaces, whose "No" column ran
    # into the name's ("1    Program ...")
    glued = _NUMBERED_CELL.fullmatch(cells[0].text) if cells else None
    if glued is not None and _PROGRAM_WORD.match(glued.group("title")):
        c = cells[0]
        num, style = _label_number(glued.group("num")) or (0, "")
        return _Candidate(num, glued.group("title"), c.start, c.end, block, r, delim=style, label=glued.group("label"))
    # a code and the name in one cell ("01.02. Program ...", "1 06 02 Program ..."): counted as
    # rows labelled by their codes are
    coded = _CODED_CELL.fullmatch(cells[0].text) if cells else None
    if coded is not None and _PROGRAM_WORD.match(coded.group("title")) and r > 0:
        c = cells[0]
        found = _Candidate(0, coded.group("title"), c.start, c.end, block, r, delim="row", label=coded.group("code"))
        if found.is_program:
            head = tuple(x.text for x in (block.rows or [[]])[0])
            counted[head] = found.num = counted.get(head, 0) + 1
            return found
    j = next((i for i, c in enumerate(cells[:3]) if _PROGRAM_WORD.match(c.text)), None)
    if j is None or (r == 0 and not any(_AMOUNT_CELL.search(c.text) for c in cells[j + 1:])):
        return None  # a header row (a table whose first row carries figures has none)
    if j >= 2 and _NUMBER_CELL.fullmatch(cells[j - 2].text) and _CODE_CELL.fullmatch(cells[j - 1].text):
        first = cells[j - 2]
        return _Candidate(int(first.text.rstrip(".)")), cells[j].text, first.start, cells[j].end, block, r, label=first.text)
    if not all(_CODE_CELL.fullmatch(c.text) for c in cells[:j]):
        return None
    found = _Candidate(0, cells[j].text, cells[0].start, cells[j].end, block, r, delim="row")
    if not found.is_program:
        return None  # a header cell "Program/Kegiatan"
    head = tuple(c.text for c in (block.rows or [[]])[0])
    counted[head] = found.num = counted.get(head, 0) + 1
    found.label = cells[0].text if j else str(found.num)
    return found


def _table_candidates(doc: Document) -> list[_Candidate]:
    out: list[_Candidate] = []
    counted: dict[tuple[str, ...], int] = {}
    for block in doc.tables():
        found_here = len(out)
        seen: Optional[tuple[str, int]] = None  # the last program row's name and row
        for r, row in enumerate(block.rows or []):
            found = _row_candidate(block, r, [c for c in row if c.text], counted)
            if found is not None:
                found = _continued(block, r, found)
                found.title = _without_indicator(found.title)
                name = clean_name(found.title)
                # a merged cell a converter wrote out in each of its rows ("| Program A | Kegiatan B
                # | ..." / "| Program A | Kegiatan C | ..."): one program over its rows (the list is
                # numbered by rows, so the repeat is dropped once the list is chosen)
                found.repeat = seen == (name, r - 1)
                seen = (name, r)
                out.append(found)
        if len(out) == found_here:
            out += _unworded_program_rows(block)
    return out


# a row's mark and name in its first filled cell ("1 Rehabilitasi Sosial", "1.06.02 Rehabilitasi
# Sosial"), or in two cells
_MARKED_NAME = regex_cache.compile(r"(?P<mark>\d{1,2}(?:\.\d{1,2}){0,5}(?:\.\d{4})?)\.?\s+(?P<name>\p{L}.*)", regex.DOTALL)
_MARK_ALONE = regex_cache.compile(r"(?P<mark>\d{1,2}(?:\.\d{1,2}){0,5}(?:\.\d{4})?)\.?")
_BUDGET_HEADER = regex_cache.compile(r"\b(?:pagu|anggaran|alokasi|realisasi)\b", regex.I)
_TOTAL_LABEL = regex_cache.compile(r"^\W*(?:jumlah|total)\b", regex.I)


def _marked_rows(block: Block) -> Optional[list[tuple[int, str, TableCell, TableCell]]]:
    """Each body row's (index, mark, mark's cell, name's cell), total rows left out; None where a
    row has no mark and name."""
    out = []
    for r, row in enumerate((block.rows or [])[1:], 1):
        cells = [c for c in row if c.text]
        if not cells or _TOTAL_LABEL.match(cells[0].text):
            continue
        m = _MARKED_NAME.fullmatch(cells[0].text)
        if m is not None:
            c = cells[0]
            name = TableCell(m.group("name"), c.start + m.start("name"), c.end)
            out.append((r, m.group("mark"), TableCell(m.group("mark"), c.start, c.start + len(m.group("mark"))), name))
        elif len(cells) > 1 and _MARK_ALONE.fullmatch(cells[0].text) and regex.match(r"\p{L}", cells[1].text):
            out.append((r, cells[0].text.rstrip("."), cells[0], cells[1]))
        else:
            return None
    return out


def _unworded_program_rows(block: Block) -> list[_Candidate]:
    """The program rows of a budget table that writes no "Program" before their names ("1 |
    Rehabilitasi Sosial | 2.450.000.000" over "1 | Rehabilitasi Sosial Dasar Anak Terlantar ...").
    A table of bidang or of kinds of PMKS looks the same row by row, so the table must say it:
    its header names a budget ("Pagu", "Anggaran", "Realisasi"), its rows fall in two levels,
    each outer row followed by rows under it (numbered again from 1, or coded with the outer
    row's code and more), every row in that order, and the catalogue knows every outer row,
    two at least, as a program."""
    if not block.rows or not any(_BUDGET_HEADER.search(c.text) for c in block.rows[0]):
        return []
    rows = _marked_rows(block)
    if not rows or len(rows) < 4:
        return []
    outer: list[tuple[int, str, TableCell, TableCell]] = []
    inner = 0
    for k, (r, mark, mcell, name) in enumerate(rows):
        nxt = rows[k + 1][1] if k + 1 < len(rows) else None
        if "." in mark:  # codes: the outer row's code, the rows under it extend it
            if outer and mark.startswith(outer[-1][1] + "."):
                inner += 1
                continue
            if nxt is None or not nxt.startswith(mark + ".") or (outer and inner == 0):
                return []
        else:  # numbers: the outer rows count 1, 2, ...; the rows under each count again from 1
            if outer and mark == str(inner + 1) and not (mark == str(len(outer) + 1) and nxt == "1"):
                inner += 1
                continue
            if mark != str(len(outer) + 1) or nxt != "1" or (outer and inner == 0):
                return []
        outer.append((r, mark, mcell, name))
        inner = 0
    if len(outer) < 2 or inner == 0:
        return []
    found = [_Candidate(n, name.text, mcell.start, name.end, block, r, delim="", label=mark)
             for n, (r, mark, mcell, name) in enumerate(outer, 1)]
    if not all(c.known() for c in found):
        return []
    for c in found:
        c.is_program = True  # the table says so: see above
    return found


# a name cell that goes on in the next row: it ends on a joining word or mark, or leaves a
# parenthesis open
_OPEN_CELL_END = regex_cache.compile(r"(?:,|\b(?:dan|serta|atau|bagi)|[&/(-])[ \t]*$", regex.I)


def _continued(block: Block, r: int, found: _Candidate) -> _Candidate:
    """A program row whose name the table wrapped into the next row, that row holding nothing but
    the rest of the name in the same column ("| 1 | Program ... (KAT) dan | 2.000.000.000 |" / "| |
    Penyandang Masalah ... Lainnya | |"): the name is both cells' text, the row the program's."""
    rows = block.rows or []
    if r + 1 >= len(rows):
        return found
    col = next((i for i, c in enumerate(rows[r]) if c.text and c.end == found.end), None)
    filled = [(i, c) for i, c in enumerate(rows[r + 1]) if c.text]
    if col is None or len(filled) != 1 or filled[0][0] != col:
        return found
    rest = filled[0][1]
    title = found.title.rstrip()
    if not (_OPEN_CELL_END.search(title) or title.count("(") > title.count(")") or rest.text[:1].islower()):
        return found
    found.title = f"{title} {rest.text.strip()}"
    found.end = rest.end
    return found


def _candidates(doc: Document) -> list[_Candidate]:
    tables = DisjointSpans((b.start, b.end) for b in doc.tables())
    out = (_line_candidates(doc, tables) + _code_candidates(doc, tables) + _inline_candidates(doc) + _group_candidates(doc)
           + _table_candidates(doc) + _flat_row_candidates(doc, tables))
    for c in out:
        c.headed = c.num == 1 and not c.inline and c.table is None and _headed(doc, c)
        c.introduced = c.num == 1 and not c.inline and c.table is None and not c.headed and _introduced(doc, c)
    return sorted(out, key=lambda c: c.start)


_GROUP_GAP = 400  # a group's next item follows within a few lines (its activities between)


# a title that ends in two figures or more (a table's row, its cells run together), years aside
_TABLE_ROW_TITLE = regex_cache.compile(r".*?(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*%?(?:\s+\p{L}{1,8}\.?)?\s+[-+]?\d[\d.,]*%?"
                                 r"(?:\s+\S+){0,6}\s*$").match


# the line after an item's: a figure alone, maybe with its unit ("2,308 Jiwa", "99,80")
_FIGURE_LINE_NEXT = regex_cache.compile(r"[ \t]*\n[ \t]*[-+]?\d[\d.,]*%?(?:[ \t]+\p{L}{1,8}\.?)?[ \t]*(?:\n|$)").match


def _open_to_plain_item(c: _Candidate, open_runs: list[_Run]) -> list[_Run]:
    """The runs an item without "Program" may continue. A group's items need not say "Program",
    but only the nearest open list takes them, and only within a few lines: a group's list
    does not reach over other lists to the ones after it."""
    if not any(r.grouped for r in open_runs):
        return open_runs
    recent = max(open_runs, key=lambda r: r.items[-1].start)
    if recent.grouped and c.start - recent.items[-1].end <= _GROUP_GAP:
        return [recent]
    return [r for r in open_runs if not r.grouped]


# a program's own code, two digits: "01", "04"
_PROGRAM_CODE = regex_cache.compile(r"0\d")


def _runs(cands: list[_Candidate]) -> list[_Run]:
    runs: list[_Run] = []
    # runs by (number, style) of their last item: each candidate looks up only the runs it can
    # continue or mend, so the chaining stays linear in the number of items
    by_last: dict[tuple[int, str], list[_Run]] = {}

    def index(run: _Run) -> None:
        runs_here = by_last.setdefault((run.items[-1].num, run.items[-1].delim), [])
        runs_here.append(run)
        if len(runs_here) > 50:  # a list left fifty lists behind is not continued any more
            del runs_here[0]

    def unindex(run: _Run) -> None:
        runs_here = by_last[(run.items[-1].num, run.items[-1].delim)]
        if run in runs_here:
            runs_here.remove(run)

    # runs by (number, style) of their last program item, for a program item that follows strays
    by_last_program: dict[tuple[int, str], list[_Run]] = {}
    program_key: dict[int, tuple[int, str]] = {}  # id(run) -> its key in by_last_program

    def index_program(run: _Run) -> None:
        last = run.items[-1]
        if not last.is_program:
            return
        old = program_key.get(id(run))
        if old is not None:
            by_last_program[old].remove(run)
        program_key[id(run)] = (last.num, last.delim)
        by_last_program.setdefault((last.num, last.delim), []).append(run)

    for c in cands:
        open_runs = by_last.get((c.num - 1, c.delim), [])
        if not open_runs and c.is_program and _PROGRAM_CODE.fullmatch(c.label or ""):
            # programs labelled by their nomenclature code ("01", "02", "04"): the code skips the
            # programs a region does not run (03, migrant workers'), and the list goes on past it
            open_runs = [r for skip in (2, 3) for r in by_last.get((c.num - skip, c.delim), [])
                         if r.items[-1].is_program and _PROGRAM_CODE.fullmatch(r.items[-1].label or "")]
        if c.is_program and not any(r.items[-1].is_program for r in open_runs):
            # a program item takes the place of a stray item of the same number ("4. Penanganan
            # terhadap HIV" inside program 3's text, before "4) Program ..."), unless a list whose
            # program 3 is its last item is open for it: the stray's list is then an inner one that
            # began with a program's name ("1) Program Keluarga Harapan (PKH) menjangkau ..." /
            # "2) Program Sembako tersalur ..." / "3) bantuan ...", under "1) Program A")
            stray = [r for r in by_last.get((c.num, c.delim), []) if not r.items[-1].is_program and len(r.items) > 1]
            if stray:
                stray[-1].items[-1] = c
                index_program(stray[-1])
                continue
        if c.is_program and c.num > 1 and not any(r.share() >= 0.6 for r in open_runs):
            # the inner lists of program 3's text numbered as the programs are ("c) Hasil" /
            # "1) Terlaksananya ..." / "2) ..." / "3) ..." / "4) ..."): the program list took their
            # later items as its own ("4) Terlaksananya ..."), so "4) Program B" finds it ended
            # at 5 and an inner list open at 3. The list whose last program is number 3 is the
            # one it continues: its items after that program were strays from the inner lists.
            strays = [r for r in by_last_program.get((c.num - 1, c.delim), [])
                      if not r.items[-1].is_program and r.items[-1].num > c.num - 1]
            if strays:
                run = max(strays, key=lambda r: (r.programs, r.items[-1].start))
                unindex(run)
                while not run.items[-1].is_program:
                    run.items.pop()
                run.items.append(c)
                index(run)
                index_program(run)
                continue
        if not c.is_program:
            open_runs = _open_to_plain_item(c, open_runs)
            if _TABLE_ROW_TITLE(c.title) or c.cells_follow:
                # a table's row read as a numbered line ("14. Kelompok Minoritas 55 Jiwa 55 Jiwa
                # 100": a PDF's text flattened by pypdf) continues no list of programs
                open_runs = [r for r in open_runs if r.share() < 0.6]
        if open_runs and c.num > 1:
            best = max(open_runs, key=lambda r: (r.share(), r.items[-1].start))
            if c.is_program or best.share() >= 0.6:
                unindex(best)
                best.items.append(c)
                index(best)
                index_program(best)
                continue
        if c.num == 1:
            run = _Run([c])
            runs.append(run)
            index(run)
            index_program(run)
    return runs


def _trimmed(run: _Run) -> list[_Candidate]:
    """The run without trailing items that are not programs: those are the next list's, not
    slips inside this one."""
    items = list(run.items)
    while items and not items[-1].is_program and not run.grouped:
        items.pop()
    # nor leading ones: the chapter's own headings numbered with its programs ("1. Gambaran Umum" /
    # "2. Program Pemberdayaan Sosial" / "3. Program Rehabilitasi Sosial")
    while len(items) > 2 and not items[0].is_program and items[1].is_program and not run.grouped:
        items.pop(0)
    return items


def _trimmed_share(run: _Run) -> float:
    """The share of programs among the run's items, its trailing strays left out."""
    items = _trimmed(run)
    if run.grouped or not items:
        return run.share()
    return sum(c.is_program for c in items) / len(items)


def _nested_in(inner: _Run, outer: _Run, text: str) -> bool:
    """Do the inner run's items all stand in the text of one of the outer list's programs (between
    its line and the next item's, the lines of one table or sentence aside)? Such a list is what
    that program achieved ("1) Program Perlindungan dan Jaminan Sosial" / "Hasil yang dicapai:" /
    "1) Program Keluarga Harapan (PKH) menjangkau 3.450 KPM ..." / "2) Program Sembako tersalur
    ..." / "2) Program Rehabilitasi Sosial"), however many of its items begin with a programme's
    name."""
    if inner.items[0].inline or inner.items[0].table is not None or outer.items[0].inline or outer.items[0].table is not None:
        return False
    items = _trimmed(outer)
    if any(a.end < inner.items[0].start and inner.items[-1].end < b.start and a.is_program
           for a, b in zip(items, items[1:])):
        return True
    return _in_last_item_text(inner, items, text)


# a line that announces what a program achieved or did, not programs: "Hasil yang dicapai antara
# lain:", "Capaian program ini meliputi:"; a line naming programs announces another list
_ANNOUNCES_NO_PROGRAMS = regex_cache.compile(r"(?i)(?!.*\bprogram(?!\s+(?:ini|tersebut)\b))[^\n]*:[ \t]*$")


def _in_last_item_text(inner: _Run, items: list[_Candidate], text: str) -> bool:
    """Does the inner run stand in the text of the outer list's LAST program, where no next item
    closes it ("2) Program Perlindungan dan Jaminan Sosial" / "Program ini ... Hasil yang dicapai
    antara lain:" / "1) Program Keluarga Harapan (PKH) menjangkau 3.450 KPM ...")? It follows that
    program's line, no further than the outer items are apart (one program's text), no chapter
    heading between, under a line of that text that announces it and names no program (a bidang's
    own list of programs, "Bidang Perlindungan Sosial" / "1. Program C", is no such list)."""
    if len(items) < 2 or not items[-1].is_program:
        return False
    last, first = items[-1], inner.items[0]
    if first.start <= last.end:
        return False
    reach = max(b.start - a.start for a, b in zip(items, items[1:]))
    if first.start - last.start > reach or _CHAPTER_BETWEEN.search(text, last.end, first.start):
        return False
    # its items state what was done, with figures ("menjangkau 3.450 KPM"): a list of names
    # under a bidang's line ("Bidang Perlindungan Sosial:" / "1. Program C") is another list
    if 2 * sum(bool(_DIGIT.search(c.title)) for c in inner.items) < len(inner.items):
        return False
    line_end = text.rfind("\n", last.end, first.start)
    line_start = text.rfind("\n", last.end, line_end) + 1 if line_end > 0 else -1
    return line_start > last.end and bool(_ANNOUNCES_NO_PROGRAMS.fullmatch(text[line_start:line_end]))


_DIGIT = regex_cache.compile(r"\d")


def program_list(doc: Document) -> list[_Candidate]:
    """The items of the report's program list, in order (empty when it has none).

    Programs presented in groups ("Program-program pokok :" ... "Program-program penunjang :"),
    each group numbered from 1, are one list: the groups' runs together, when they hold at least
    as many programs as the best single run."""
    # (a run's share counts without its trailing strays, which _trimmed drops: the inner list of
    # the last program's text, numbered on from it, "8) Terlaksananya ...", is no slip inside it)
    runs = all_runs = [r for r in _runs(_candidates(doc)) if _trimmed_share(r) >= 0.6 and r.programs >= 1]
    headed = [r for r in runs if r.grouped and r.items[0].headed]  # (groups, not lists an introducer announces)
    runs = [r for r in runs if r.programs >= 2]
    runs = [r for r in runs if not any(_nested_in(r, outer, doc.text) for outer in runs if outer is not r)]
    best = max(runs, key=lambda r: (r.programs, -r.items[0].start)) if runs else None
    if best is not None and best.items[0].inline:
        # the programs numbered inside an intro's sentence, then each again on a line of its own
        # with its text ("... adalah (1) Program A, (2) Program B, dengan uraian sebagai berikut :" /
        # "a) Program A" / "Alokasi anggaran ..."): the list with their text is the one to read
        names = _names_of(best)
        best = next((r for r in runs if not r.items[0].inline and r.items[0].start > best.items[0].start
                     and _names_of(r) == names), best)
    if len(headed) >= 2 and sum(r.programs for r in headed) >= (best.programs if best else 0):
        return [c for r in sorted(headed, key=lambda r: r.items[0].start) for c in _trimmed(r)
                if not c.repeat and not _LOWER_LEVEL.match(c.title)]
    if best is None:
        return []
    # (a list in the text of the best list's last program is that program's, no bidang's list)
    restarted = [r for r in all_runs if r.programs >= 1 and not _nested_in(r, best, doc.text)]
    # (an item of the list that names a kegiatan or sub kegiatan, "2. Sub Kegiatan Pemberian
    # Layanan Rujukan: semula Rp ...", is a part of the program before it, no program)
    return [c for r in _restarted_lists(doc, best, restarted) for c in _trimmed(r)
            if not c.repeat and not _LOWER_LEVEL.match(c.title)]


# a list item that names a program's part by its level's word
_LOWER_LEVEL = regex_cache.compile(r"\W*(?:sub[ \t-]*)?kegiatan\b", regex.I)


# a chapter's or urusan's heading: lists on either side of it are different chapters' lists
_CHAPTER_BETWEEN = regex_cache.compile(r"(?m)^[ \t]*(?:BAB\s+[IVXL]+\b|\d+\.\s*URUSAN\b|URUSAN\b)")


def _any_named_again(names: list[str], others: list[str]) -> bool:
    """Does a name of ``others`` name a program of ``names`` again ("program a" / "program a
    dianggarkan": a name runs on into its sentence where no clause word ends it)?"""
    return any(a.startswith(b) or b.startswith(a) for a in names for b in others)


def _restarted_lists(doc: Document, best: _Run, runs: list[_Run]) -> list[_Run]:
    """The best run with the lists numbered afresh right before and after it ("Bidang Rehabilitasi
    Sosial" / "1. Program A" / "2. Program B" / "Bidang Perlindungan dan Jaminan Sosial" / "1.
    Program C"): every item of each a program named in full, none named twice, no chapter or urusan
    heading between (a summary list and the same programs' detailed list are one list said twice;
    another urusan's programs are another urusan's)."""
    def plain(r: _Run) -> bool:
        items = _trimmed(r)
        return (bool(items) and all(c.is_program and not c.inline and c.table is None for c in items)
                and not r.grouped)

    def programs_listed(r: _Run) -> bool:  # (an urusan's list: its items may go on in sentences)
        items = _trimmed(r)
        return bool(items) and all(c.is_program and (c.table is None) == (best.items[0].table is None)
                                   for c in items)

    urusan_lists = sorted((r for r in runs if programs_listed(r)), key=lambda r: r.items[0].start)
    if not plain(best):
        return sorted([best] + _other_urusans_lists(doc, [best], urusan_lists), key=lambda r: r.items[0].start)
    chosen = [best]
    names = _names_of(best)
    ordered = sorted((r for r in runs if plain(r)), key=lambda r: r.items[0].start)
    at = next(i for i, r in enumerate(ordered) if r is best) if best in ordered else None
    if at is None:
        return [best]
    # the next list follows as closely as the best list's items follow each other (a single
    # "1. Program Keluarga Harapan perlu ..." pages on, in the recommendations, is no bidang's list)
    reach = 2 * max(b.start - a.start for a, b in zip(best.items, best.items[1:]))
    for step in (-1, 1):
        i = at + step
        edge = best
        while 0 <= i < len(ordered):
            r = ordered[i]
            first, last = (r, edge) if step < 0 else (edge, r)
            gap_start, gap_end = _trimmed(first)[-1].end, last.items[0].start
            if gap_start >= gap_end or last.items[0].start - _trimmed(first)[-1].start > reach \
                    or _CHAPTER_BETWEEN.search(doc.text, gap_start, gap_end) \
                    or _any_named_again(names, _names_of(r)) or r.items[0].delim != best.items[0].delim:
                break
            chosen.append(r)
            names.extend(_names_of(r))
            edge = r
            i += step
    chosen += _other_urusans_lists(doc, chosen, urusan_lists)
    return sorted(chosen, key=lambda r: r.items[0].start)


def _other_urusans_lists(doc: Document, chosen: list[_Run], plain_runs: list[_Run]) -> list[_Run]:
    """An LKPJ chapter presents several urusan, each under its heading with its own list of
    programs ("3.1.2 Urusan Kesehatan" / "1) Program ..." ... "3.1.6 Urusan Sosial" / "1) Program
    ..."): where the chosen list stands under an urusan's heading, each plain list that stands
    under the heading of another urusan (the first list after that heading, numbered the same way)
    is that urusan's list of programs. The same program may be named in two urusan ("Program
    Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")."""
    # (the outline's urusan headings, any urusan: "3.1.2 Urusan Kesehatan", "B. URUSAN SOSIAL")
    urusan = next(p for p in load_grammar("sections").patterns if p.kind == "urusan")
    found = list(urusan.compiled.finditer(doc.text))
    headings = [m.start() for m in found]
    names = [_urusan_name(m.group("title")) for m in found]
    if len(set(names)) < 2:
        return []

    def name_of(r: _Run) -> Optional[str]:
        k = bisect.bisect_left(headings, r.items[0].start) - 1
        return names[k] if k >= 0 else None

    taken = {name_of(r) for r in chosen}
    if None in taken or "" in taken:
        return []  # the chosen list is under no urusan's heading: one report's list
    delim = chosen[0].items[0].delim
    out: list[_Run] = []
    for r in plain_runs:
        name = name_of(r)
        # (an urusan named again, "URUSAN SOSIAL" over a summary and over its details, is the same
        # urusan: its programs are the chosen list's; a heading naming no urusan is a group's)
        if not name or name in taken or r in chosen or r.items[0].delim != delim:
            continue
        taken.add(name)  # (the first list under each urusan)
        out.append(r)
    return out


# words of an urusan's heading that name no urusan ("Urusan Wajib Sosial", "Urusan Pemerintahan
# Bidang Sosial", "Urusan Wajib yang Berkaitan dengan Pelayanan Dasar": a group of urusan)
_URUSAN_FILLER = frozenset("urusan wajib pilihan pemerintahan bidang yang berkaitan dengan tidak pelayanan dasar non "
                           "daerah konkuren".split())


def _urusan_name(heading: str) -> str:
    """An urusan's heading as the urusan's name, its label and filler words left out ("4.1.12
    URUSAN WAJIB SOSIAL" and "B. Urusan Sosial": "sosial")."""
    words = regex.findall(r"\p{L}+", heading.lower().split("urusan", 1)[-1])
    return " ".join(w for w in words if w not in _URUSAN_FILLER)


def _names_of(run: _Run) -> list[str]:
    return [" ".join(clean_name(c.title).lower().split()) for c in _trimmed(run)]


def clean_name(title: str) -> str:
    name = _NAME_END.sub("", title.strip())
    return " ".join(name.split())




# --- outline ------------------------------------------------------------------------------------

# a group of programs ("A. PROGRAM POKOK") ranks between the agency and its programs; it is a
# "subsection" node of the outline, its subsection_kind "program_group"
RANK = {"chapter": 0, "urusan": 1, "agency": 2, "group": 2.5, "program": 3, "subsection": 4, "activity": 5}
_SECTION_KIND = {"group": "subsection"}



@dataclass
class _Heading:
    kind: str
    label: Optional[str]
    title: str
    start: int
    end: int  # end of the heading line
    subsection_kind: Optional[str] = None


@lru_cache(maxsize=1)
def _kind_patterns():
    return [p for p in load_grammar("sections").patterns if p.name.startswith("kind_")]


def subsection_kind(title: str) -> str:
    """Canonical kind of a lettered subsection from its heading, whatever the wording."""
    for p in _kind_patterns():
        if p.compiled.search(title):
            return p.kind or "other"
    return "other"


# what every match of a heading pattern of grammars/sections.yaml holds on its first line: the
# pattern is tried only at the starts of the lines holding it (see _line_matches)
_HEADING_FINDERS = {
    "chapter": regex.compile(r"BAB"),
    "urusan": regex.compile(r"urusan", regex.I),
    "agency": regex.compile(r"dinas", regex.I),
    "numbered_subsection": regex.compile(r"[.)][ \t]+(?:Tujuan|Sasaran|Pagu|Anggaran|Realisasi|Hasil|Permasalahan|Solusi|Kendala"
                                         r"|Hambatan|Capaian|Upaya)"),
    "numbered_activity": regex.compile(r"\.\d"),  # (its label: "1.1.3", "1.06.02.2.01")
}


def _headings(doc: Document, items: Optional[list[_Candidate]] = None) -> list[_Heading]:
    out: list[_Heading] = []
    tables = DisjointSpans((b.start, b.end) for b in doc.tables())
    for p in load_grammar("sections").patterns:
        if p.name.startswith("kind_"):
            continue
        finder = _HEADING_FINDERS.get(p.name)
        for m in p.finditer(doc.text) if finder is None else _line_matches(p.compiled, doc.text, finder):
            if tables.contains(m.start()) or _is_toc_line(m.group(0)):
                continue  # (a table of contents' line names a heading; it is none)
            title = " ".join(m.group("title").split()).strip(" :")
            if p.kind == "subsection" and (title.endswith((".", ";", ",")) or _PROGRAM_WORD.match(title)):
                continue  # a sentence in a lettered list, not a heading
            label = m.group("label") if "label" in m.groupdict() else None
            out.append(_Heading(p.kind or "subsection", label, title, m.start(), m.end(),
                                subsection_kind(title) if p.kind == "subsection" else None))
    items = program_list(doc) if items is None else items
    for c in items:
        end = c.end
        if c.inline:
            line_start = doc.text.rfind("\n", 0, c.start) + 1
            if doc.text[line_start:c.start].strip():
                continue  # an item inside a sentence heads no section of the outline
            # "(1) Program A, dengan pagu ..." opening its line is a list item as "1)" is
            end = doc.text.find("\n", c.start)
            end = len(doc.text) if end < 0 else end
        # (an unmarked line under a group heading has no label: none is invented for it)
        label = c.label or (None if c.delim.startswith("g") else f"{c.num}.")
        out.append(_Heading("program", label, clean_name(c.title), c.start, end))
    out.extend(_group_headings(doc, tables))
    if not items:
        # no program list: the programs named on lines of their own head their sections
        # ("Program Pemberdayaan Sosial" / "Tujuan: ..." / "Sasaran: ..."), and so do those that
        # open a list item's line ("- Program A dengan pagu ...", "Kedua, Program B ...")
        for first, mentions in named_programs(doc):
            for m in mentions:
                if m.heading or m.item:
                    line_start = doc.text.rfind("\n", 0, m.start) + 1
                    line_end = doc.text.find("\n", m.name_end)
                    # "1.", "b)", "Kedua", "1.06.02", "Program 2" (a form's "PROGRAM 2:"); none for a
                    # form's label "Nama Program :"
                    label = _mention_label(doc.text[line_start:m.start])
                    out.append(_Heading("program", label, tidy_name(doc.text[m.start:m.name_end]),
                                        line_start if label else m.start, len(doc.text) if line_end < 0 else line_end))
    # an item of the program list is its line's heading ("  1.06.02 Program ...", which the
    # activities' pattern matches from the line's start, before the item's label)
    programs = DisjointSpans((h.start, h.end) for h in out if h.kind == "program")
    out = [h for h in out if h.kind != "activity" or not programs.overlaps(h.start, h.end)]
    # one heading per position: the higher rank wins
    out.sort(key=lambda h: (h.start, RANK[h.kind]))
    unique: list[_Heading] = []
    for h in out:
        if unique and unique[-1].start <= h.start < unique[-1].end:
            continue
        unique.append(h)
    return _groups_over_programs(unique)


_FORM_LABEL = regex_cache.compile(r"(?:nama[ \t]+)?program", regex.I)
_CODE_LABEL = regex_cache.compile(r"(?:kode(?:[ \t]+program)?[ \t]*:?[ \t]*)?\[?(?P<code>[\dXx][\dXx. ]*?)\.?\]?", regex.I)


def _mention_label(before: str) -> Optional[str]:
    """The label of a program named at a line's start, from what stands before its name."""
    label = before.strip(" \t-–•▪·*➤,:")
    if not label or _FORM_LABEL.fullmatch(label):
        return None
    code = _CODE_LABEL.fullmatch(label)
    if code is not None and regex.search(r"\d[. ][\dXx]|[Xx]\.", code.group("code")):
        return code.group("code")  # "Kode Program 1.06.02 -", "[1.06.02]": the code
    return label


def _group_headings(doc: Document, tables: DisjointSpans) -> list[_Heading]:
    """The headings of groups of programs ("A. PROGRAM POKOK", "Program-program penunjang :", "I.
    Program Wajib"): outline nodes above the programs listed under them."""
    out: list[_Heading] = []
    for m in _group_heading_matches(doc.text):
        if tables.contains(m.start()) or _is_toc_line(m.group(0)):
            continue
        start = m.start("label") if m.group("label") else m.start("title")
        out.append(_Heading("group", m.group("label"), " ".join(m.group("title").split()).rstrip(" :"), start,
                            m.end(), "program_group"))
    return out


def _groups_over_programs(heads: list[_Heading]) -> list[_Heading]:
    """The group headings a program follows, before any other heading of its rank or above (a
    group heading over prose, "B. PROGRAM PRIORITAS" / "Dalam RPJMD ...", heads no programs and
    is no node of the outline)."""
    out: list[_Heading] = []
    for i, h in enumerate(heads):
        if h.kind == "group":
            nxt = next((k for k in heads[i + 1:] if RANK[k.kind] <= RANK["program"]), None)
            if nxt is None or nxt.kind != "program":
                continue
        out.append(h)
    return out


def _letter(h: _Heading) -> Optional[str]:
    label = (h.label or "").strip().lower()
    return label[0] if h.kind == "subsection" and label[:1].isalpha() else None


def _follows(letter: str, prev: Optional[str]) -> bool:
    return prev is not None and ord(letter) == ord(prev) + 1


def _ranks(text: str, heads: list[_Heading]) -> list[int]:
    """Each heading's rank in the outline. A lettered subsection after a program that starts at
    a letter other than "a", whose predecessor letter opens no line of that program's text
    ("b) Realisasi ..." after "4) Program ...", the programs having been listed under an
    unlabelled "a)"), continues a list begun outside the programs: it ranks with the programs,
    and so do the letters that follow it. (A predecessor not taken as a heading still counts:
    "a) Program ... didukung oleh 9 kegiatan ..." is a sentence, yet the list is the program's.)"""
    ranks: list[int] = []
    program: Optional[_Heading] = None  # the program whose text we are in
    promoted: Optional[str] = None  # the last letter of a list promoted to the programs' rank
    for h in heads:
        rank = RANK[h.kind]
        letter = _letter(h)
        if letter:
            if _follows(letter, promoted) or program is not None and letter != "a" and not regex.search(
                    rf"(?m)^[ \t]*(?:[-•▪·*][ \t]*)?{chr(ord(letter) - 1)}[.)]", text[program.end:h.start], regex.I):
                rank, promoted, program = RANK["program"], letter, None
        elif rank <= RANK["program"]:
            program, promoted = (h if h.kind == "program" else None), None
        ranks.append(rank)
    return ranks


def build_outline(doc: Document, program_items: Optional[list[_Candidate]] = None) -> list[Section]:
    """The nested outline of ``doc``: each heading's section runs to the next heading of the same
    or a higher rank (:func:`_ranks`). ``program_items``: :func:`program_list` of ``doc``, where the
    caller has it already."""
    heads = _headings(doc, program_items)
    ranks = _ranks(doc.text, heads)
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []
    for i, h in enumerate(heads):
        rank = ranks[i]
        end = len(doc.text)
        for k in range(i + 1, len(heads)):
            if ranks[k] <= rank:
                end = heads[k].start
                break
        sec = Section(kind=_SECTION_KIND.get(h.kind, h.kind), label=h.label, title=h.title,  # type: ignore[arg-type]
                      subsection_kind=h.subsection_kind,
                      start=h.start, end=end, page=doc.page_at(h.start))
        while stack and stack[-1][0] >= rank:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(sec)
        stack.append((rank, sec))
    return roots


# --- report metadata ----------------------------------------------------------------------------

_TYPES = [
    ("berita", regex.compile(r"(?m)^[ \t]*\p{Lu}{3,}(?:\s\p{Lu}{3,})?\s+[–-]\s+\p{Lu}")),
    ("LKjIP", regex.compile(r"\bLKj\s?IP\b|laporan\s+kinerja\s+instansi\s+pemerintah", regex.I)),
    ("LAKIP", regex.compile(r"\bLAKIP\b|laporan\s+akuntabilitas\s+kinerja", regex.I)),
    ("LKPJ", regex.compile(r"\bLKPJ\b|laporan\s+keterangan\s+pertanggung\s?jawaban", regex.I)),
    ("laporan_tahunan", regex.compile(r"\blaporan\s+tahunan\b", regex.I)),
]
# the types a report's whole text is counted for, in one pass: no match of one of them can overlap
# a match of another (each is an acronym word or "laporan" and a word of its own after it), so the
# one scan finds exactly what a scan for each would
_COUNTED_TYPES = [(name, pat) for name, pat in _TYPES if name != "berita"]
# Every one of them starts with an "l" ("LKPJ", "laporan ..."): a case-sensitive look-ahead for it,
# outside the case-blind part, lets the regex module skip to the l's (half the time of the scan;
# no other character folds to "l")
_ANY_COUNTED_TYPE = regex_cache.compile("(?=[lL])(?i:" + "|".join(f"(?P<{name}>{pat.pattern})" for name, pat in _COUNTED_TYPES) + ")")


def _count_types(text: str) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """How often each counted type is named in ``text``, and where first."""
    counts = {name: 0 for name, _ in _COUNTED_TYPES}
    first: dict[str, tuple[int, int]] = {}
    for m in _ANY_COUNTED_TYPE.finditer(text):
        counts[m.lastgroup] += 1
        first.setdefault(m.lastgroup, m.span())
    return counts, first


_REGION = regex_cache.compile(r"\b(?P<level>Provinsi|Kabupaten|Kota|PROVINSI|KABUPATEN|KOTA)\s+"
                        r"(?P<name>\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:[ \t]+\p{Lu}(?:\p{Ll}+|\p{Lu}+)){0,2})")
# a region's name is one or two words, and a third only where it says which part ("Timor Tengah
# Selatan", "Hulu Sungai Utara", "Lima Puluh Kota"): a capitalised word after two is the next
# name's ("Provinsi Sulawesi Tengah Hasbiah Zaenong", the head of the agency)
_REGION_THIRD = {"Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Daya", "Raya", "Ilir", "Ulu", "Hulu",
                 "Hilir", "Laut", "Kota", "Seribu", "Darat", "Induk"}
_REGION_STOP = {"Tahun", "Nomor", "No", "Dalam", "Lokasi", "Yang", "Dan", "Pada", "Di", "Se", "Program", "Sebagai"}
_AGENCY = regex_cache.compile(r"\bDinas\s+Sosial(?:,?\s+(?:dan\s+)?(?:Kependudukan|Pemberdayaan|Catatan|Sipil|Masyarakat|Perempuan|"
                        r"Perlindungan|Anak|Tenaga|Kerja|Transmigrasi|dan)\b)*", regex.I)
# (the look-ahead for a "t" outside the case-blind part halves the scan, as for the types above)
_YEAR = regex_cache.compile(r"(?=[tT])(?i:\b(?:tahun|TA\.?|T\.A\.?)\s+(?:anggaran\s+)?(?P<year>(?:19|20)\d\d)\b)")
_REGULATION_BEFORE = regex_cache.compile(r"(?:nomor|no\.?)\s*[\w./-]{1,12}\s*$", regex.I)


def _region(text: str) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    scores: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for m in _REGION.finditer(text):
        words = []
        for w in m.group("name").split():
            w = w.capitalize() if w.isupper() else w
            if w in _REGION_STOP or len(words) >= 2 and w not in _REGION_THIRD:
                break
            words.append(w)
        if not words:
            continue
        name = f"{m.group('level').capitalize()} {' '.join(words)}"
        before = text[max(0, m.start() - 80):m.start()]
        weight = 5 if _SIGNATORY_BEFORE.search(before) else 1
        scores[name] += weight
        first.setdefault(name, (m.start(), m.start("name") + len(" ".join(m.group("name").split()[:len(words)]))))
    if not scores:
        return None, None
    best = scores.most_common(1)[0][0]
    return best, first[best]


def _year(text: str) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    years: Counter[int] = Counter()
    first: dict[int, tuple[int, int]] = {}
    for m in _YEAR.finditer(text):
        if _REGULATION_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue  # "Nomor 8 Tahun 2006": the year of a regulation, not of the report
        year = int(m.group("year"))
        years[year] += 1
        first.setdefault(year, (m.start(), m.end()))
    if not years:
        return None, None
    top = max(years.values())
    best = max(y for y, n in years.items() if n >= top * 0.6)
    return best, first[best]


def _agency(text: str) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    matches = list(_AGENCY.finditer(text))
    names = Counter(" ".join(m.group(0).split()).rstrip(",") for m in matches)
    # the same name in capitals and in title case is one name
    folded: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for n, k in names.items():
        folded[n.lower()] += k
        if n.lower() not in spelling or spelling[n.lower()].isupper():
            spelling[n.lower()] = n
    names = Counter({spelling[n]: k for n, k in folded.items()})
    if not names:
        return None, None
    name = names.most_common(1)[0][0]
    where = next((m.start(), m.end()) for m in matches if " ".join(m.group(0).split()).rstrip(",").lower() == name.lower())
    if name.isupper():
        name = " ".join(w if w in ("dan",) else w.capitalize() for w in name.lower().split())
    return name[0].upper() + name[1:], where


def report_metadata(doc: Document) -> ReportMeta:
    """Report type, region, reporting year and agency, or None where the text does not say."""
    text = doc.text
    kind, kind_at = "unknown", None
    head = text[:3000]
    for name, pat in _TYPES:
        m = pat.search(head)
        if m:
            kind, kind_at = name, (m.start(), m.end())
            break
    else:
        counts, first = _count_types(text)
        best = max(counts, key=lambda k: counts[k])
        if counts[best]:
            kind, kind_at = best, first[best]
    region, region_at = _region(text)
    year, year_at = _year(text)
    agency, agency_at = _agency(text)
    evidence = {key: Span(start=at[0], end=at[1], page=doc.page_at(at[0]))
                for key, at in (("type", kind_at), ("region", region_at), ("year", year_at), ("agency", agency_at)) if at}
    return ReportMeta(type=kind, region=region, year=year, agency=agency, evidence=evidence)  # type: ignore[arg-type]
