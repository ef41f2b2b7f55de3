"""Word (.docx) reports (python-docx opens the package; the body XML is read in one pass).

Body paragraphs and tables are read in document order, as Word shows the document with its
tracked changes accepted: inserted and moved-to text is read, deleted and moved-from text is
not (a deleted paragraph mark joins the paragraph to the next), and hidden text is left out.
Content controls (w:sdt), custom XML and smart tags, hyperlinks and simple fields are read
through to their content; a complex field (w:fldChar) gives its result, never its instruction.
Soft line breaks stay line breaks and tabs stay tabs; a no-break hyphen is a hyphen and a
symbol (w:sym, "≥" in the Symbol font) its Unicode character. A footnote mark a user set as
superscript figures after a figure ("1.250²") is dropped, so that it is not read as digits of
the figure; Word's own note references give no text, and the notes themselves follow the body.
Comments are not read.

A run of paragraphs (or of the lines of one paragraph broken with Shift+Enter) whose text is
tab-separated cells, a table typed with tab stops, is one table, read by the text reader's
rules for tab-laid lines. Heading styles give heading blocks with their level; Word's automatic
numbering ("1)", "a."), which is not in the paragraph's text, is recovered from the numbering
definitions and put back in front of the text, so the outline survives. Merged cells
(gridSpan, vMerge) become a rectangular grid whose covered cells are empty; a nested table's
text goes into its cell (a table laid out to place content, its cells holding tables of their own,
is read row by row, a row of one line a cell as one line of tab-separated cells), and a table of one cell (a frame drawn around content) is read as the
content it holds. Text boxes and shapes give their paragraphs after the paragraph they are
anchored in (once, though Word stores each twice, as DrawingML and as VML). Headers and footers
are not body text and are left out. A web page imported whole (w:altChunk, as the "export to
Word" of web applications writes a report) is read as the text reader reads HTML. DOCX has no
pages: ``page`` is None.

A file saved as "Strict Open XML", and a macro-enabled document or a template (.docm, .dotx,
.dotm) renamed to .docx, are the same WordprocessingML under other names: they are read after
the names are mapped to the ones python-docx knows.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

import regex

from .. import regex_cache
from .flattened import with_flattened_tables
from .aligned import MIN_LABELS
from .spaced import _WIDE_GAP
from .text import _PIPE_ROW, _page_mark_lines, keep_unsure_rows, split_blocks
from ..document import Document, DocumentBuilder
from ..errors import InputError, NoTextError
from ..normalise import join_spaced_figures, normalise_characters, normalise_text, part_glued_cells, strip_emphasis

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MATH_TEXT = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
MATH = ("{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath",
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMathPara")


# --- opening the package -------------------------------------------------------------------------

# Strict Open XML names its namespaces and relationship types under purl.oclc.org; each has a
# transitional twin, which is what python-docx and this reader look for. Most map by prefix;
# these few were renamed too.
_STRICT_RENAMED = [
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/customProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
]
_STRICT_PREFIXES = [
    (b"http://purl.oclc.org/ooxml/wordprocessingml/", b"http://schemas.openxmlformats.org/wordprocessingml/2006/"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/", b"http://schemas.openxmlformats.org/officeDocument/2006/"),
    (b"http://purl.oclc.org/ooxml/drawingml/", b"http://schemas.openxmlformats.org/drawingml/2006/"),
]
_STRICT_MARK = b"http://purl.oclc.org/ooxml/officeDocument/relationships"
# the main part of a macro-enabled document and of the templates: the same XML as a .docx's
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAIN_TYPES = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                     b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                     b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")


def _as_transitional(xml: bytes) -> bytes:
    for strict, transitional in _STRICT_RENAMED + _STRICT_PREFIXES:
        xml = xml.replace(strict, transitional)
    return xml


def _as_docx(data: bytes) -> bytes:
    """The package as python-docx opens it: a Strict file's names mapped to the transitional
    ones, and a .docm's or a template's main part typed as a document's. Unchanged (and not
    rewritten: it costs a copy of the file) where neither is needed."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        rels = z.read("_rels/.rels") if "_rels/.rels" in names else b""
        types = z.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
        strict = _STRICT_MARK in rels
        other_type = any(t in types for t in _OTHER_MAIN_TYPES)
        if not strict and not other_type:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rebuilt:
            for info in z.infolist():
                member = z.read(info)
                if strict and info.filename.endswith((".xml", ".rels")):
                    member = _as_transitional(member)
                if info.filename == "[Content_Types].xml":
                    for t in _OTHER_MAIN_TYPES:
                        member = member.replace(t, _DOCUMENT_TYPE)
                rebuilt.writestr(info, member)
    return out.getvalue()


def _open(path: Path, data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(_as_docx(data)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(path, f"is not a readable Word document ({type(e).__name__}: {e})") from e


# --- automatic numbering -----------------------------------------------------------------------

MAX_ROMAN = 3999  # past it Roman numerals have no standard form; and a crafted list may start at 10**12


def _roman(n: int) -> str:
    if not 0 < n <= MAX_ROMAN:
        return str(n)
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                 (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class _Numbering:
    """Counters of Word's list numbering, from numbering.xml (numId → abstractNum → levels)."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        abstract = {}
        for a in root.findall(f"{W}abstractNum"):
            lv = {}
            for lvl in a.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                lv[ilvl] = (fmt.get(f"{W}val") if fmt is not None else "decimal",
                            text.get(f"{W}val") if text is not None else f"%{ilvl + 1}.",
                            int(start.get(f"{W}val")) if start is not None else 1)
            abstract[a.get(f"{W}abstractNumId")] = lv
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None and ref.get(f"{W}val") in abstract:
                self.levels[num.get(f"{W}numId")] = abstract[ref.get(f"{W}val")]

    def label(self, num_id: str, ilvl: int) -> Optional[str]:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        fmt, text, start = levels[ilvl]
        if fmt in ("bullet", "none"):
            return "-" if fmt == "bullet" else None
        counters = self.counters.setdefault(num_id, [0] * 9)
        for k in range(9):  # the first item of a level starts at its start value
            if counters[k] == 0 and k <= ilvl:
                counters[k] = levels.get(k, ("decimal", "", 1))[2] - (1 if k == ilvl else 0)
        counters[ilvl] += 1
        for k in range(ilvl + 1, 9):
            counters[k] = 0
        return regex.sub(r"%(\d)", lambda m: _format(counters[int(m.group(1)) - 1],
                                                       levels.get(int(m.group(1)) - 1, ("decimal",))[0]), text)


def _decimal(value: Optional[str]) -> int:
    """A w:val that should be a whole number; 0 where a damaged file has something else."""
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _num_pr(p_element, style_element) -> Optional[tuple[str, int]]:
    """(numId, level) of a numbered paragraph, from the paragraph or its style. numId 0 on the
    paragraph takes away the numbering its style would give it."""
    for owner in (p_element, style_element):
        pPr = owner.find(f"{W}pPr") if owner is not None else None
        numPr = pPr.find(f"{W}numPr") if pPr is not None else None
        num = numPr.find(f"{W}numId") if numPr is not None else None
        if num is None:
            continue
        num_id = num.get(f"{W}val") or "0"
        if num_id == "0":
            return None
        ilvl = numPr.find(f"{W}ilvl")
        return num_id, _decimal(ilvl.get(f"{W}val")) if ilvl is not None else 0
    return None


def _is_bulleted(p_element, numbering: "_Numbering", styles: "_StyleNames") -> bool:
    """Is the paragraph an item of a bulleted list? (A bullet's label takes no number, so asking
    for it moves no list's count.)"""
    num = _num_pr(p_element, styles.element(p_element))
    return num is not None and numbering.label(*num) == "-"


class _StyleNames:
    """Style names by style id, read once: python-docx's ``paragraph.style`` searches every
    style of the document on each call, which made a 20,000-paragraph file take a minute."""

    def __init__(self, document):
        self.by_id: dict[str, tuple[str, object]] = {}
        self.default: tuple[str, object] = ("", None)
        for st in document.styles.element.findall(f"{W}style"):
            sid, name = st.get(f"{W}styleId"), st.find(f"{W}name")
            if sid and name is not None and st.get(f"{W}type") in (None, "paragraph"):
                self.by_id[sid] = (name.get(f"{W}val") or "", st)
                if st.get(f"{W}default") in ("1", "true"):
                    self.default = self.by_id[sid]

    def _style(self, p_element) -> tuple[str, object]:
        ppr = p_element.find(f"{W}pPr")
        ps = ppr.find(f"{W}pStyle") if ppr is not None else None
        sid = ps.get(f"{W}val") if ps is not None else None
        return self.by_id.get(sid, self.default) if sid else self.default

    def of(self, p_element) -> str:
        """The style name of a paragraph (the document's default paragraph style where it names none)."""
        return self._style(p_element)[0]

    def element(self, p_element):
        """The style's XML element (python-docx's CT_Style), for its numbering."""
        return self._style(p_element)[1]


def _heading_level(name: str) -> Optional[int]:
    m = regex.match(r"(?:Heading|Judul)\s*(\d)", name, regex.I)
    if m:
        return int(m.group(1))
    return 0 if name.lower() == "title" else None


# --- the body XML, in one pass ---------------------------------------------------------------------

_P, _R, _T, _TBL, _TR, _TC = (f"{W}{n}" for n in ("p", "r", "t", "tbl", "tr", "tc"))
_SDT, _SDT_CONTENT = f"{W}sdt", f"{W}sdtContent"
_ALTERNATE, _CHOICE, _FALLBACK = f"{MC}AlternateContent", f"{MC}Choice", f"{MC}Fallback"
# inline wrappers whose content is the paragraph's own text: links, simple fields (their result),
# tracked insertions and moves, custom XML and smart tags, bidirectional runs
_INLINE_WRAPPERS = {f"{W}{n}" for n in ("hyperlink", "fldSimple", "ins", "moveTo", "customXml", "smartTag",
                                        "dir", "bdo")}
# block wrappers whose content is read as if it stood in their place (content controls aside)
_BLOCK_WRAPPERS = {f"{W}customXml", f"{W}ins", f"{W}moveTo"}
_TABS = {f"{W}tab", f"{W}ptab"}
_BREAKS = {f"{W}br", f"{W}cr"}
_GRAPHICS = {f"{W}drawing", f"{W}pict", f"{W}object", _ALTERNATE}
_NOTE_REFERENCES = {f"{W}footnoteReference": "footnotes", f"{W}endnoteReference": "endnotes"}
# a superscript footnote mark typed by hand: "1", "2)", "*", "*)"
_MARK = regex_cache.compile(r"\s*(?:\d{1,2}\)?|\*{1,3}\)?)\s*")

# The Symbol font's characters that are not its ASCII twins (Adobe's Symbol encoding), and the
# few Wingdings signs reports use: bullets and ticks in a table's status column.
_SYMBOL_FONT = {0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅", 0x44: "Δ", 0x53: "Σ",
                0x57: "Ω", 0x5C: "∴", 0x5E: "⊥", 0x61: "α", 0x62: "β", 0x63: "χ", 0x64: "δ", 0x65: "ε",
                0x66: "φ", 0x67: "γ", 0x6C: "λ", 0x6D: "μ", 0x70: "π", 0x73: "σ", 0xA2: "′", 0xA3: "≤",
                0xA5: "∞", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB2: "″",
                0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…",
                0xC6: "∅", 0xCE: "∈", 0xD6: "√", 0xD7: "⋅", 0xDE: "⇒", 0xE5: "∑"}
_WINGDINGS = {0x6C: "•", 0x6E: "■", 0x71: "❑", 0x76: "❖", 0x9F: "•", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢",
              0xE8: "➔", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"}
_WINGDINGS_2 = {0x4F: "✗", 0x50: "✓", 0x52: "☑", 0x53: "☒", 0x97: "•"}
_SYMBOL_FONTS = {"symbol": _SYMBOL_FONT, "wingdings": _WINGDINGS, "wingdings 2": _WINGDINGS_2}


def _symbol(sym) -> str:
    """The character a w:sym shows. Word stores a symbol font's characters at U+F0xx; other
    fonts' at their Unicode code point."""
    try:
        code = int(sym.get(f"{W}char") or "", 16)
    except ValueError:
        return ""
    font = (sym.get(f"{W}font") or "").strip().lower()
    if code >= 0xF000:
        code -= 0xF000
    elif font not in _SYMBOL_FONTS:
        return chr(code) if 0x20 <= code < 0xE000 or 0xF900 <= code <= 0x10FFFF else ""
    return _symbol_of(font, code)


def _symbol_of(font: str, code: int) -> str:
    """The character at ``code`` (0x20-0xFF) of a symbol font."""
    if code in _SYMBOL_FONTS.get(font, {}):
        return _SYMBOL_FONTS[font][code]
    # a symbol font's digits and punctuation are mostly the ASCII ones; its letters are glyphs
    # (Greek in Symbol, pictures in Wingdings), and signs not listed above are left out
    return chr(code) if font == "symbol" and 0x20 <= code < 0x7F and not chr(code).isalpha() else ""


_PRIVATE_USE = regex_cache.compile(r"[\uf020-\uf0ff]")


def _symbol_text(text: str, props) -> str:
    """Text typed in a symbol font (LibreOffice saves Word's w:sym so: "\uf0fc" in a run whose
    font is Wingdings): each such character as :func:`_symbol` gives it; unchanged in any
    other font."""
    fonts = props.find(f"{W}rFonts") if props is not None else None
    font = (fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "").strip().lower() if fonts is not None else ""
    table = _SYMBOL_FONTS.get(font)
    if table is None:
        return text
    return _PRIVATE_USE.sub(lambda m: _symbol_of(font, ord(m.group()) - 0xF000), text)


def _on(element) -> bool:
    """A toggle property (w:vanish, w:b...) that is present and not switched off."""
    return element is not None and element.get(f"{W}val") not in ("0", "false", "off")


def _filled(sdt):
    """A content control's content, unless it shows its placeholder ("Klik atau ketuk di sini
    untuk memasukkan teks."): a form field nobody filled in."""
    props = sdt.find(f"{W}sdtPr")
    if props is not None and props.find(f"{W}showingPlcHdr") is not None:
        return None
    return sdt.find(_SDT_CONTENT)


def _chosen(alternate):
    """The branch of an mc:AlternateContent a reader shows: its first choice (Word writes a text
    box as a DrawingML choice and a VML fallback holding the same text), else the fallback."""
    choice = alternate.find(_CHOICE)
    return choice if choice is not None else alternate.find(_FALLBACK)


@dataclass
class _Paragraph:
    text: str
    element: object  # the w:p, whose style and numbering are read where the paragraph is placed


@dataclass
class _Table:
    rows: list[list[str]]


_Item = Union[_Paragraph, _Table]


class _BodyReader:
    """Reads a container of paragraphs and tables (the body, a cell, a text box, a content
    control, a note) into items, in one walk over its XML elements: python-docx's objects look
    every child up again with XPath, which is slow on long reports."""

    def __init__(self, part=None, bulleted: Optional[Callable[[object], bool]] = None) -> None:
        self._part = part  # the document's part, whose relationships name imported chunks
        # is a w:p an item of a bulleted list (its own numbering or its style's)?
        self._bulleted = bulleted or (lambda p_element: False)
        # one entry per complex field open at this point: is its instruction being read (True),
        # or its result (False)? Fields nest, and a field may run over several paragraphs.
        self._fields: list[bool] = []
        self.notes: dict[str, list[str]] = {"footnotes": [], "endnotes": []}  # ids referenced, in order

    def blocks(self, container) -> list[_Item]:
        out: list[_Item] = []
        carry = ""  # text of paragraphs whose mark was deleted (tracked): it joins the next paragraph
        for child in container:
            tag = child.tag
            if tag == _P:
                text, boxes = self._paragraph(child)
                if _mark_deleted(child):
                    carry += text
                else:
                    out.append(_Paragraph(carry + text, child))
                    carry = ""
                out.extend(boxes)
                continue
            if carry:
                out.append(_Paragraph(carry, None))
                carry = ""
            if tag == _TBL:
                out.extend(self._table(child))
            elif tag == _SDT:
                content = _filled(child)
                if content is not None:
                    out.extend(self.blocks(content))
            elif tag in _BLOCK_WRAPPERS:
                out.extend(self.blocks(child))
            elif tag == _ALTERNATE:
                branch = _chosen(child)
                if branch is not None:
                    out.extend(self.blocks(branch))
            elif tag == f"{W}altChunk":
                out.extend(self._imported(child))
        if carry:
            out.append(_Paragraph(carry, None))
        return out

    def _imported(self, chunk) -> list[_Item]:
        """Content imported whole (w:altChunk): an HTML page or a web archive (.mht), as the
        "export to Word" of web applications writes a report. Read as the text reader reads
        HTML: its lines, a paragraph per run of lines between blank ones. Other chunks (RTF,
        a .docx inside the .docx) are left out."""
        try:
            part = self._part.related_parts[chunk.get(_RELATIONSHIP_ID)]
        except (AttributeError, KeyError):
            return []
        html = _html_of(part.content_type, part.blob)
        if html is None:
            return []
        out: list[_Item] = []
        for lines in regex.split(r"\n[ \t]*\n", normalise_text(html).strip("\n")):
            out.append(_Paragraph(lines.replace("\u2011", "-"), None))
        return out

    # -- paragraphs --

    def _paragraph(self, p) -> tuple[str, list[_Item]]:
        parts: list[str] = []
        boxes: list[_Item] = []
        self._inline(p, parts, boxes)
        # a field's result may run over paragraphs (a table of contents), its instruction does
        # not: a field still in its instruction here lost its separator or end (a damaged file),
        # and would otherwise hide the rest of the document
        if True in self._fields:
            del self._fields[self._fields.index(True):]
        return normalise_characters("".join(parts)).replace("\u2011", "-"), boxes

    def _inline(self, element, parts: list[str], boxes: list[_Item]) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                self._run(child, parts, boxes)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, parts, boxes)
            elif tag == _SDT:
                content = _filled(child)
                if content is not None:
                    self._inline(content, parts, boxes)
            elif tag == _ALTERNATE:
                branch = _chosen(child)
                if branch is not None:
                    self._inline(branch, parts, boxes)
            elif tag in MATH and not self._in_instruction():
                parts.append("".join(t.text or "" for t in child.iter(MATH_TEXT)))
            # w:del and w:moveFrom (deleted text), w:pPr, bookmarks, comments: no text

    def _in_instruction(self) -> bool:
        return True in self._fields

    def _run(self, r, parts: list[str], boxes: list[_Item]) -> None:
        props = r.find(f"{W}rPr")
        hidden = props is not None and _on(props.find(f"{W}vanish"))
        first = len(parts)
        for child in r:
            tag = child.tag
            if tag == f"{W}fldChar":
                self._field_char(child.get(f"{W}fldCharType"))
                continue
            if hidden or self._in_instruction():
                continue  # w:instrText, and all text of a field's instruction, is never read
            if tag == _T:
                text = child.text or ""
                parts.append(_symbol_text(text, props) if _PRIVATE_USE.search(text) else text)
            elif tag in _TABS:
                parts.append("\t")
            elif tag in _BREAKS:
                parts.append("\n")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}sym":
                parts.append(_symbol(child))
            elif tag in _NOTE_REFERENCES:
                self.notes[_NOTE_REFERENCES[tag]].append(child.get(f"{W}id") or "")
            elif tag in _GRAPHICS:
                boxes.extend(self._text_boxes(child))
        if props is not None and len(parts) > first and _superscript_mark(props, parts, first):
            del parts[first:]

    def _field_char(self, kind: Optional[str]) -> None:
        if kind == "begin":
            self._fields.append(True)
        elif kind == "separate" and self._fields:
            self._fields[-1] = False
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _text_boxes(self, element) -> list[_Item]:
        """The paragraphs and tables of the text boxes and shapes inside a drawing."""
        if element.tag == _ALTERNATE:
            element = _chosen(element)
            if element is None:
                return []
        out: list[_Item] = []
        for child in element:
            tag = child.tag
            if tag == f"{W}txbxContent":
                out.extend(self.blocks(child))
            elif tag == _ALTERNATE:
                branch = _chosen(child)
                if branch is not None:
                    out.extend(self._text_boxes(branch))
            elif isinstance(tag, str):
                out.extend(self._text_boxes(child))
        return out

    # -- tables --

    def _table(self, tbl) -> list[_Item]:
        """A table's grid; or, for a table of one cell, a frame drawn around content, that content."""
        rows = [(_grid_before(tr), list(_cells(tr))) for tr in _rows(tbl) if not _row_deleted(tr)]
        if len(rows) == 1 and len(rows[0][1]) == 1:
            return self.blocks(rows[0][1][0])
        if any(child.tag == _TBL and _headed(child) for _, cells in rows for tc in cells for child in tc):
            # a table laid out to place content, its cells holding tables ("PROGRAM" | "KEGIATAN",
            # each program's cell beside a cell with the table of its kegiatan): read as Word shows
            # it, row by row and cell by cell, each cell's paragraphs and tables as they are (a
            # table with no header in a cell of a data table, "425 | orang" or "Laki-laki | 620" /
            # "Perempuan | 630", is that cell's figures: the cell's text)
            return [item for _, cells in rows for item in self._layout_row(cells)]
        grid: list[list[str]] = []
        for before, cells in rows:
            out = [""] * before
            for tc in cells:
                span = _grid_span(tc)
                # a merged cell's text once, in its top-left position
                out.append("" if _merge_continues(tc) else self._cell_text(tc))
                out += [""] * (span - 1)
            grid.append(out)
        width = max((len(r) for r in grid), default=0)
        return [_Table([r + [""] * (width - len(r)) for r in grid])]

    def _layout_row(self, cells: list) -> list[_Item]:
        """A row of a table laid out to place content (:meth:`_table`): its cells' paragraphs and
        tables in order; a row without a table whose cells hold a line each ("1" | "Program A" |
        "191.500.000" | "183.876.500" | "96,02", the program's row over the cell of its kegiatan's
        table) one line of tab-separated cells, as Word shows the row (a paragraph a cell would part
        the program's name from its figures)."""
        cells = [tc for tc in cells if not _merge_continues(tc)]
        items = [self.blocks(tc) for tc in cells]
        lines = [item[0].text.strip() if len(item) == 1 and isinstance(item[0], _Paragraph) else None
                 for item in items if item]
        if len(lines) >= 2 and all(t and "\t" not in t and "\n" not in t for t in lines):
            return [_Paragraph("\t".join(lines), None)]  # type: ignore[arg-type]
        return [item for got in items for item in got]

    def _cell_text(self, tc) -> str:
        parts: list[str] = []
        headed = False  # the cell's first paragraph is no bullet: a name over a list
        for item in self.blocks(tc):
            if isinstance(item, _Paragraph):
                if item.text.strip():
                    # a name and the bulleted list under it in one cell ("Program A" / "• Kegiatan B" /
                    # "• Kegiatan C"): the bullets kept, as Word shows them, to tell the items apart
                    bullet = item.element is not None and self._bulleted(item.element)
                    if not parts:
                        headed = not bullet
                    parts.append("• " + item.text.lstrip() if bullet and headed and parts else item.text)
            else:  # a nested table: its rows, cells apart
                parts += [" | ".join(c for c in row if c) for row in item.rows if any(row)]
        return " ".join(parts)


def _html_of(content_type: str, blob: bytes) -> Optional[str]:
    """The HTML of an imported chunk: an HTML part, or the HTML page of a web archive."""
    if content_type in ("text/html", "application/xhtml+xml"):
        return _decode_html(blob)
    if content_type != "message/rfc822":
        return None
    import email
    import email.policy

    archive = email.message_from_bytes(blob, policy=email.policy.default)
    for piece in archive.walk():
        if piece.get_content_type() == "text/html":
            content = piece.get_content()
            return content if isinstance(content, str) else content.decode("utf-8", errors="replace")
    return None


_DECLARED_CHARSET = regex_cache.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_-]{1,40})""", regex.I)


def _decode_html(blob: bytes) -> str:
    """An HTML chunk's text: UTF-8, else the charset the page declares, else windows-1252 (what
    a Windows application writes; guessing from a short page picks a DOS code page as often)."""
    try:
        return blob.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(blob[:4096])
    if declared:
        try:
            return blob.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:  # a charset Python does not know
            pass
    return blob.decode("cp1252", errors="replace")


def _mark_deleted(p) -> bool:
    """Is the paragraph's mark a tracked deletion (the paragraph runs on into the next one)?"""
    pPr = p.find(f"{W}pPr")
    rPr = pPr.find(f"{W}rPr") if pPr is not None else None
    return rPr is not None and (rPr.find(f"{W}del") is not None or rPr.find(f"{W}moveFrom") is not None)


def _superscript_mark(props, parts: list[str], first: int) -> bool:
    """Is the run just read a footnote mark set as superscript right after a figure ("1.250²",
    "95%¹")? Glued to it, its digits would be read as the figure's."""
    align = props.find(f"{W}vertAlign")
    if align is None or align.get(f"{W}val") != "superscript" or not _MARK.fullmatch("".join(parts[first:])):
        return False
    before = next((s for s in reversed(parts[:first]) if s), "")
    return before[-1:].isdigit() or before.endswith("%")


def _wrapped(parent, tag: str) -> Iterator:
    """The ``tag`` children of ``parent``, those inside content controls and custom XML too."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _wrapped(content, tag)
        elif child.tag == f"{W}customXml":
            yield from _wrapped(child, tag)


def _headed(tbl) -> bool:
    """Is a (nested) table one of its own: two rows at least, the first of labels without a figure?"""
    rows = list(_rows(tbl))
    if len(rows) < 2:
        return False
    first = "".join(t.text or "" for t in rows[0].iter(f"{W}t"))
    return bool(regex.search(r"\p{L}{3}", first)) and not regex.search(r"\d", first)


def _rows(tbl) -> Iterator:
    """A table's rows, those inside content controls (a repeating section) and custom XML too."""
    return _wrapped(tbl, _TR)


def _cells(tr) -> Iterator:
    return _wrapped(tr, _TC)


def _row_deleted(tr) -> bool:
    trPr = tr.find(f"{W}trPr")
    return trPr is not None and trPr.find(f"{W}del") is not None


def _grid_before(tr) -> int:
    trPr = tr.find(f"{W}trPr")
    before = trPr.find(f"{W}gridBefore") if trPr is not None else None
    return max(0, min(_decimal(before.get(f"{W}val")), 63)) if before is not None else 0


def _grid_span(tc) -> int:
    tcPr = tc.find(f"{W}tcPr")
    span = tcPr.find(f"{W}gridSpan") if tcPr is not None else None
    return max(1, min(_decimal(span.get(f"{W}val")), 63)) if span is not None else 1


def _merge_continues(tc) -> bool:
    """Is the cell covered by the one above (w:vMerge without "restart")?"""
    tcPr = tc.find(f"{W}tcPr")
    merge = tcPr.find(f"{W}vMerge") if tcPr is not None else None
    return merge is not None and merge.get(f"{W}val") in (None, "continue")


# --- tables typed with tabs, and placing the blocks ---------------------------------------------------

def _spaced(line: str) -> bool:
    """Is the line laid out in columns of spaces (a space-laid table's line of a text opened in Word)?"""
    return len(_WIDE_GAP.findall(line)) >= MIN_LABELS - 1


def _tab_tables(paragraph_lines: list[str]) -> dict[int, tuple[int, list[list[str]], Optional[int]]]:
    """Tables of tab-separated cells among a run of paragraph lines (one row per paragraph, or
    per line of a paragraph broken with Shift+Enter, as a table typed with tab stops, or a text
    file opened in Word, has them), tables laid out with spaces in a text file opened in Word (a
    paragraph a line) and its markdown pipe tables ("**Jumlah**" in a cell read as the text
    reader reads markdown): read by the text reader's rules, an empty line a blank line. By the
    index of the table's first line: the index after its last, its rows, and its header rows
    where the reader knows them (a space-laid table's)."""
    lines = [strip_emphasis(t) if t.strip(" ") else "" for t in paragraph_lines]
    if not any("\t" in t or _PIPE_ROW.match(t) or _spaced(t) for t in lines):
        return {}
    text = "\n".join(lines)
    starts = [0]
    for t in lines[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    out = {}
    for block in split_blocks(text):
        if block.kind != "table" or not block.rows:
            continue
        line_end = text.find("\n", block.start)
        first_line = text[block.start:line_end if line_end >= 0 else len(text)]
        if block.header_rows is not None and not _spaced(first_line):
            continue  # flattened tables are found later, over the whole document's text
        first = bisect.bisect_right(starts, block.start) - 1
        last = bisect.bisect_right(starts, block.end) - 1
        out[first] = (last + 1, [[c.text for c in row] for row in block.rows], block.header_rows)
    return out


# the style Word and LibreOffice give the lines of a text file they open ("Plain Text",
# "Preformatted Text"), one paragraph a line
PREFORMATTED = regex_cache.compile(r"^(?:plain\s*text|preformatted\s*text|html\s*preformatted)$", regex.I)


def _preformatted(p: _Paragraph, styles: _StyleNames) -> bool:
    return p.element is not None and bool(PREFORMATTED.match(styles.of(p.element)))


def _lines_as_in_the_text(lines: list[str], owner: list[int], preformatted: list[bool]) -> None:
    """The lines of a text file opened in Word, each a paragraph in a preformatted style, made one
    block where the text reader makes them one paragraph (consecutive lines, no list item, no
    table): ``owner`` of each such line becomes that of the paragraph's first."""
    k = 0
    while k < len(lines):
        if not preformatted[owner[k]]:
            k += 1
            continue
        end = k
        while end < len(lines) and preformatted[owner[end]]:
            end += 1
        run = lines[k:end]
        text = "\n".join(run)
        starts = [0]
        for t in run[:-1]:
            starts.append(starts[-1] + len(t) + 1)
        for block in split_blocks(text):
            if block.kind != "paragraph":
                continue
            first = bisect.bisect_right(starts, block.start) - 1
            last = bisect.bisect_right(starts, max(block.start, block.end - 1)) - 1
            for j in range(first + 1, last + 1):
                owner[k + j] = owner[k + first]
        k = end


def _without_page_marks(lines: list[str], owner: list[int]) -> tuple[list[str], list[int]]:
    """The lines less those the text reader reads as a page's mark ("Halaman 12", "Laporan Kinerja
    Dinas Sosial 2020 | 27", a running title beside two marks): a text file's pages copied into
    Word keep them as paragraphs, inside a table too; they are no text of the report."""
    if not lines:
        return lines, owner
    text = "\n".join(lines)
    marks = _page_mark_lines(text)
    if not marks:
        return lines, owner
    starts = list(accumulate((len(t) + 1 for t in lines[:-1]), initial=0))
    dropped = {bisect.bisect_right(starts, start) - 1 for start, _ in marks}
    keep = [k for k in range(len(lines)) if k not in dropped]
    return [lines[k] for k in keep], [owner[k] for k in keep]


def _with_wrapped_label_joined(lines: list[str]) -> list[str]:
    """A paragraph's lines, a row of tab-separated cells whose first cell was wrapped with
    Shift+Enter ("Program Pelayanan dan Rehabilitasi<br>Kesejahteraan Sosial<tab>2.915.480.000<tab>...")
    made one line: only its last line has a tab, the lines before are the label's (each a row of
    its own would leave the label's start a paragraph and the row without its name)."""
    if len(lines) < 2 or len(lines) > MAX_WRAPPED_LABEL_LINES or "\t" not in lines[-1] or \
            any("\t" in t or not t.strip() for t in lines[:-1]) or lines[-1].startswith("\t"):
        return lines
    return [" ".join(t.strip() for t in lines[:-1]) + " " + lines[-1].lstrip(" ")]


MAX_WRAPPED_LABEL_LINES = 3


def _place_paragraphs(b: DocumentBuilder, paragraphs: list[_Paragraph], numbering: _Numbering,
                      styles: _StyleNames) -> None:
    """Paragraphs between tables: each line (a paragraph, or a line of one broken with
    Shift+Enter) is a line of the text reader, so that tables typed with tabs are found, and
    the other lines of a paragraph stay one block."""
    lines: list[str] = []
    owner: list[int] = []  # the paragraph of each line
    for i, p in enumerate(paragraphs):
        for line in _with_wrapped_label_joined(p.text.split("\n")):
            lines.append(line)
            owner.append(i)
    # figures an OCR layer spaced out ("7 0 %"), told as the text reader tells them: from the
    # lines together (one spaced decimal among them shows the layer spaces its figures out)
    lines = join_spaced_figures("\n".join(lines)).split("\n") if lines else lines
    lines, owner = _without_page_marks(lines, owner)
    _lines_as_in_the_text(lines, owner, [_preformatted(p, styles) for p in paragraphs])
    tabbed = _tab_tables(lines)
    k = 0
    while k < len(lines):
        if k in tabbed:
            end, rows, header_rows = tabbed[k]
            b.add_table(rows, header_rows=header_rows)
            k = end
            continue
        i, first_line = owner[k], k == 0 or owner[k - 1] != owner[k]
        end = k + 1
        while end < len(lines) and owner[end] == i and end not in tabbed:
            end += 1
        # as the text reader reads markdown, figures an OCR layer spaced out and a row's cells a
        # PDF's text ran together (a Word copy of a PDF)
        text = part_glued_cells(join_spaced_figures(strip_emphasis("\n".join(lines[k:end])))).strip()
        k = end
        if not text:
            b.add_gap()
            continue
        element = paragraphs[i].element
        level = _heading_level(styles.of(element)) if element is not None and first_line else None
        num = _num_pr(element, styles.element(element)) if element is not None and first_line else None
        label = numbering.label(*num) if num else None
        kind = "heading" if level is not None else ("list_item" if label else "paragraph")
        b.add_block(kind, text, level=level, label=label)  # type: ignore[arg-type]


def _notes(document, kind: str, ids: list[str], reader: _BodyReader) -> list[_Paragraph]:
    """The paragraphs of the footnotes (or endnotes) the body refers to, in the order referred to."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    if not ids:
        return []
    try:
        part = document.part.part_related_by(RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)
    except KeyError:
        return []
    root = part.element if hasattr(part, "element") else parse_xml(part.blob)
    notes = {n.get(f"{W}id"): n for n in root if n.get(f"{W}type") in (None, "normal")}
    out: list[_Paragraph] = []
    for note_id in dict.fromkeys(ids):  # a note referred to twice is read once
        if note_id in notes:
            out += [item for item in reader.blocks(notes[note_id]) if isinstance(item, _Paragraph)]
    return out


def read_docx(path: Path, data: bytes) -> Document:
    document = _open(path, data)
    numbering = _Numbering(document)
    styles = _StyleNames(document)
    reader = _BodyReader(document.part, bulleted=lambda p: _is_bulleted(p, numbering, styles))
    items = reader.blocks(document.element.body)
    for kind in ("footnotes", "endnotes"):
        notes = _notes(document, kind, reader.notes[kind], reader)
        if notes:
            items += [_Table([]), *notes]  # an empty table: the notes are no lines of the body's last paragraphs
    b = DocumentBuilder(str(path), "docx")
    run: list[_Paragraph] = []
    for item in items + [_Table([])]:
        if isinstance(item, _Paragraph):
            run.append(item)
            continue
        _place_paragraphs(b, run, numbering, styles)
        run = []
        if item.rows:
            b.add_table(item.rows)
    doc = b.build()
    if not doc.text.strip():
        raise NoTextError(path, "has no body text")
    before = {id(block) for block in doc.blocks}
    # a table's cells may stand a paragraph each (a table copied out of a PDF, a text file
    # opened in Word): read as the text reader reads a text's lines
    doc.blocks = with_flattened_tables(doc.text, doc.blocks, cells_one_per_line=True)
    for block in doc.blocks:  # a flattened table's rows read by a guess raise no alarm, as in a text
        if id(block) not in before and block.unsure_rows:
            keep_unsure_rows(doc, block)
    return doc
