"""Word (.docx) reports (python-docx).

Body paragraphs and tables are read in document order. A run of paragraphs whose text is
tab-separated cells (a table typed with tab stops, one row per paragraph) is one table, read
by the text reader's rules for tab-laid lines. Heading styles give heading blocks with
their level; Word's automatic numbering ("1)", "a."), which is not in the paragraph's text, is
recovered from the numbering definitions and put back in front of the text, so the outline
survives. Merged cells (gridSpan, vMerge) become a rectangular grid whose covered cells are
empty; a nested table's text goes into its cell. Headers, footers, footnotes and text boxes are
not body text and are left out. DOCX has no pages: ``page`` is None.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from pathlib import Path
from typing import Optional

import regex

from .flattened import with_flattened_tables
from .aligned import MIN_LABELS
from .spaced import _WIDE_GAP
from .text import _PIPE_ROW, split_blocks
from ..document import Document, DocumentBuilder
from ..errors import InputError, NoTextError
from ..normalise import normalise_characters, strip_emphasis

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _open(path: Path, data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
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


def _num_pr(paragraph, style_element) -> Optional[tuple[str, int]]:
    """(numId, level) of a numbered paragraph, from the paragraph or its style."""
    for pPr in (paragraph._p.pPr, getattr(style_element, "pPr", None)):
        if pPr is None or pPr.numPr is None or pPr.numPr.numId is None:
            continue
        num_id = str(pPr.numPr.numId.val)
        ilvl = pPr.numPr.ilvl.val if pPr.numPr.ilvl is not None else 0
        if num_id != "0":
            return num_id, int(ilvl)
    return None


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


# --- tables ----------------------------------------------------------------------------------------

def _cell_text(cell) -> str:
    parts = [p.text for p in cell.paragraphs if p.text.strip()]
    for nested in cell.tables:
        parts += [" | ".join(c for c in _grid(nested)[r] if c) for r in range(len(nested.rows))]
    return normalise_characters(" ".join(parts))


def _grid(table) -> list[list[str]]:
    """A rectangular grid: a merged cell's text once, in its top-left position."""
    seen: list = []  # the cells' XML elements, kept alive so that identity comparison is sound
    rows = []
    for row in table.rows:
        out = []
        for cell in row.cells:  # python-docx repeats a merged cell in every grid position it covers
            tc = cell._tc
            first = not any(tc is s for s in seen)
            out.append(_cell_text(cell) if first else "")
            if first:
                seen.append(tc)
        rows.append(out)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _spaced(line: str) -> bool:
    """Is the line laid out in columns of spaces (a space-laid table's line of a text opened in Word)?"""
    return len(_WIDE_GAP.findall(line)) >= MIN_LABELS - 1


def _tab_tables(paragraphs: list[str]) -> dict[int, tuple[int, list[list[str]], Optional[int]]]:
    """Tables of tab-separated cells among a run of paragraphs (one row per paragraph, as a
    table typed with tab stops, or a text file opened in Word, has them), tables laid out with
    spaces in a text file opened in Word (a paragraph a line) and its markdown pipe tables
    ("**Jumlah**" in a cell read as the text reader reads markdown): read by the text reader's
    rules, each paragraph a line and an empty paragraph a blank line. By the index of the
    table's first paragraph: the index after its last, its rows, and its header rows where the
    reader knows them (a space-laid table's)."""
    lines = [strip_emphasis(t.replace("\n", " ")) if t.strip(" ") else "" for t in paragraphs]
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
        if block.header_rows is not None and not _spaced(text[block.start:].partition("\n")[0]):
            continue  # flattened tables are found later, over the whole document's text
        first = bisect.bisect_right(starts, block.start) - 1
        last = bisect.bisect_right(starts, block.end) - 1
        out[first] = (last + 1, [[c.text for c in row] for row in block.rows], block.header_rows)
    return out


def read_docx(path: Path, data: bytes) -> Document:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = _open(path, data)
    numbering = _Numbering(document)
    styles = _StyleNames(document)
    b = DocumentBuilder(str(path), "docx")
    body = document.element.body
    # runs of paragraphs between Word's own tables
    items: list = []
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            p = Paragraph(child, document)
            if not items or not isinstance(items[-1], list):
                items.append([])
            items[-1].append(p)
        elif child.tag == f"{W}tbl":
            items.append(Table(child, document))
    for item in items:
        if not isinstance(item, list):
            b.add_table(_grid(item))
            continue
        texts = [normalise_characters(p.text) for p in item]
        tabbed = _tab_tables(texts)
        k = 0
        while k < len(item):
            if k in tabbed:
                end, rows, header_rows = tabbed[k]
                b.add_table(rows, header_rows=header_rows)
                k = end
                continue
            p, text = item[k], strip_emphasis(texts[k]).strip()  # as the text reader reads markdown
            k += 1
            if not text:
                b.add_gap()
                continue
            level = _heading_level(styles.of(p._p))
            num = _num_pr(p, styles.element(p._p))
            label = numbering.label(*num) if num else None
            kind = "heading" if level is not None else ("list_item" if label else "paragraph")
            b.add_block(kind, text, level=level, label=label)  # type: ignore[arg-type]
    doc = b.build()
    if not doc.text.strip():
        raise NoTextError(path, "has no body text")
    doc.blocks = with_flattened_tables(doc.text, doc.blocks)
    return doc
