"""The PDF text layer read with pypdfium2 (PDFium), page by page, into the same lines and tables
that :mod:`.pdf` builds from pdfplumber.

pdfplumber (pdfminer) builds a Python dict for every character of a page; that is most of the
time a PDF took. PDFium keeps the characters in C: here only each character's text and box are
asked for, and grouped the way pdfplumber groups them (``extract_text_lines(layout=False)``):

- characters are clustered into lines by their top (within ``Y_TOLERANCE``), sorted by x;
- a word ends at a space or where the next character starts more than ``X_TOLERANCE`` after the
  end of the one before (or before it, or on another line);
- words are clustered into lines by their top again and joined with one space.

So furniture removal, reflow and the position-based tables of :mod:`.pdf` and :mod:`.aligned`
run unchanged. Ruled tables still come from pdfplumber's table finder, but fed with the page's
rules read by PDFium (path objects: rectangles, lines, curves; only on pages that have any), and
the cells' text is read from PDFium's characters as pdfplumber's ``Table.extract`` reads it: no
page ever builds pdfplumber's per-character dicts. Rotated pages are read by pdfplumber itself.

Each page and its text page are closed before the next is loaded: memory holds one page at a
time plus the text kept.

``KESOS_PDF_ENGINE=pdfplumber`` (or ``read_pdf(..., engine="pdfplumber")``) reads with the
pdfplumber path instead, for comparison.
"""

from __future__ import annotations

import ctypes
import os
import re
import struct
from operator import itemgetter
from typing import Iterator, Optional

from ..errors import EncryptedDocumentError, InputError
from ..normalise import normalise_characters
from .aligned import MIN_LABELS, PlacedWord
from .flattened import header_label_count
from .tabbed import pieces_of

X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# pdfplumber writes these ligatures as their letters (``expand_ligatures``)
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_HAS_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]").search

ENGINES = ("pdfium", "pdfplumber")
# a character is (text, x0, x1, top, bottom, index); a word to cluster (top, x0, characters)
_X0, _TOP, _BOTTOM = itemgetter(1), itemgetter(3), itemgetter(4)
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def engine(requested: Optional[str] = None) -> str:
    """The PDF engine to use: ``requested``, else $KESOS_PDF_ENGINE, else pdfium."""
    name = (requested or os.environ.get("KESOS_PDF_ENGINE") or "pdfium").strip().lower()
    if name not in ENGINES:
        raise ValueError(f"unknown PDF engine {name!r}; one of {', '.join(ENGINES)}")
    return name


# --- opening -----------------------------------------------------------------------------------

def open_pdf(path, data: bytes):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedDocumentError(path, "is an encrypted PDF that needs a password to open") from e
        if code == raw.FPDF_ERR_SECURITY:
            raise EncryptedDocumentError(path, f"is encrypted in a way that cannot be read ({e})") from e
        raise InputError(path, f"is not a readable PDF ({type(e).__name__}: {e})") from e


# --- characters --------------------------------------------------------------------------------

_FOUR_FLOATS = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom


def _loose_box_call(tp):
    """FPDFText_GetLooseCharBox as a bare C function pointer, the text page and a box to fill as
    plain ``c_void_p``: it is called once a character, and ctypes converting each argument by
    pypdfium2's declared types takes half the time of the call (some 950 ns a call against 450).
    The index goes as a Python int, which ctypes passes as a C int, the function's type for it."""
    import pypdfium2.raw as raw

    declared = raw.FPDFText_GetLooseCharBox
    address = ctypes.cast(declared, ctypes.c_void_p).value
    # the same kind of function pointer as pypdfium2's (so the same calling convention, whatever
    # the platform), without argument types: arguments are passed as they are
    call = type(declared)(address)
    call.restype = ctypes.c_int
    box = (ctypes.c_float * 4)()
    return call, box, ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)


def page_chars(textpage, left: float, top_of_page: float) -> list[tuple[str, float, float, float, float, int]]:
    """The characters of a text page as (text, x0, x1, top, bottom, index), in the page's order;
    characters PDFium made up (spaces and line breaks it inferred) are left out, real spaces stay
    (they end words)."""
    import pypdfium2.raw as raw

    tp = textpage.raw if hasattr(textpage, "raw") else textpage
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    # the whole text in one call: one UTF-16 unit a character index
    buf = ctypes.create_string_buffer((n + 1) * 2)
    raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    units = buf.raw[: n * 2]
    text = units.decode("utf-16-le", errors="surrogatepass")
    loose, box, tp_arg = _loose_box_call(tp)
    unpack_box = _FOUR_FLOATS.unpack_from
    font_size = raw.FPDFText_GetFontSize
    generated = raw.FPDFText_IsGenerated
    origin = raw.FPDFText_GetCharOrigin
    ox, oy = ctypes.c_double(), ctypes.c_double()
    op, oq = ctypes.byref(ox), ctypes.byref(oy)
    # the font size by the loose box's height (one font at one size); and by that height and the
    # character, whether the loose box starts at the glyph's origin. It does unless the glyph's
    # ink starts left of it ("j", "T" in some fonts): then, and only then, the origin is asked
    # for each time (a call a character otherwise, a fifth of the reading time)
    sizes: dict[float, float] = {}
    # (height, character) -> (font size, does the loose box start at the origin)
    glyphs: dict[tuple[float, str], tuple[float, bool]] = {}
    out = []
    append = out.append
    for i, ch in enumerate(text):
        if " " < ch < "\x7f":
            pass  # printable ASCII, most characters: none of the cases below
        elif ch.isspace() or ch == "\x00":
            if ch in "\r\n\x00" or generated(tp, i) == 1:
                continue
        elif "\ud800" <= ch <= "\udfff":  # half of a surrogate pair: ask for the code point itself
            cp = raw.FPDFText_GetUnicode(tp, i)
            if "\ud800" <= ch <= "\udbff" and 0x10000 <= cp:
                ch = chr(cp)
            elif "\udc00" <= ch <= "\udfff":
                continue  # the second half was taken with the first
            else:
                ch = "\ufffd"
        elif ch in "\x02\ufffe":  # PDFium's mark for a hyphen at a line end: the file's own hyphen
            ch = "-"
        loose(tp_arg, i, box)
        # pdfminer's box goes from the font's descent up by the font size; PDFium's loose box
        # up to the font's ascent
        x0, high, right, low = unpack_box(box)
        glyph = (high - low, ch)
        known = glyphs.get(glyph)
        if known is None or not known[1]:
            height = glyph[0]
            size = sizes.get(height)
            if size is None:
                size = sizes[height] = font_size(tp, i)
            # a glyph's ink may start left of its origin ("j", "T"): pdfminer starts the box at
            # the origin
            origin(tp, i, op, oq)
            if known is None:
                known = glyphs[glyph] = (size, abs(ox.value - x0) < 1e-3)
            x0 = max(ox.value, x0)
        size = known[0]
        bottom = top_of_page - low
        append((ch, x0 - left, right - left, bottom - size, bottom, i))
    return out


def _cluster(items: list, key, tolerance: float) -> list[list]:
    """pdfplumber's ``cluster_objects``: values sorted, chained within ``tolerance``; the items
    of each cluster in the order of their values (a stable sort)."""
    out: list[list] = []
    last = None
    for x in sorted(items, key=key):
        k = key(x)
        if last is None or k > last + tolerance:
            out.append([x])
        else:
            out[-1].append(x)
        last = k
    return out


def words_of(chars: list) -> list[list]:
    """Characters into words (lists of characters), as pdfplumber's WordExtractor does."""
    words: list[list] = []
    new_word = words.append
    for line in _cluster(chars, _TOP, Y_TOLERANCE):
        line.sort(key=_X0)
        word: list = []
        p = None
        for c in line:
            if c[0].isspace():
                if word:
                    new_word(word)
                word = []
                p = None
                continue
            if p is not None and (c[1] < p[1] or c[1] > p[2] + X_TOLERANCE or abs(c[3] - p[3]) > Y_TOLERANCE):
                new_word(word)
                word = []
            word.append(c)
            p = c
        if word:
            new_word(word)
    return words


def _text(word: list) -> str:
    text = "".join([c[0] for c in word])
    if _HAS_LIGATURE(text):
        text = "".join([LIGATURES.get(ch, ch) for ch in text])
    return text


def lines_of(chars: list) -> list[tuple[str, float, float, list[list]]]:
    """Characters into text lines: (text, top, bottom, words), top to bottom."""
    words = [(min(map(_TOP, w)), w[0][1], w) for w in words_of(chars)]  # a word's characters go left to right
    out = []
    for line in _cluster(words, _FIRST, Y_TOLERANCE):
        line.sort(key=_SECOND)
        ws = [w[2] for w in line]
        text = " ".join([_text(w) for w in ws])
        top = min([w[0] for w in line])
        bottom = max([max(map(_BOTTOM, w)) for w in ws])
        out.append((text, top, bottom, ws))
    return out


def placed(words: list[list]) -> list[PlacedWord]:
    out = []
    for w in words:
        clean = normalise_characters(_text(w)).strip()
        if clean:
            out.append(PlacedWord(clean, round(w[0][1], 3), round(w[-1][2], 3)))
    return out


def font_name(textpage, index: int) -> str:
    import pypdfium2.raw as raw

    tp = textpage.raw if hasattr(textpage, "raw") else textpage
    flags = ctypes.c_int()
    size = raw.FPDFText_GetFontInfo(tp, index, None, 0, ctypes.byref(flags))
    if size <= 0:
        return ""
    buf = ctypes.create_string_buffer(size)
    raw.FPDFText_GetFontInfo(tp, index, buf, size, ctypes.byref(flags))
    return buf.value.decode("utf-8", "replace")


# --- rules (for ruled tables) ------------------------------------------------------------------

def _objects(page_raw) -> Iterator:
    import pypdfium2.raw as raw

    for k in range(raw.FPDFPage_CountObjects(page_raw)):
        yield raw.FPDFPage_GetObject(page_raw, k)


def page_object_kinds(page) -> tuple[int, int, int]:
    """How many text, path and image objects the page has (form objects looked into)."""
    import pypdfium2.raw as raw

    counts = {raw.FPDF_PAGEOBJ_TEXT: 0, raw.FPDF_PAGEOBJ_PATH: 0, raw.FPDF_PAGEOBJ_IMAGE: 0}

    def walk(objs, depth=0):
        for o in objs:
            t = raw.FPDFPageObj_GetType(o)
            if t == raw.FPDF_PAGEOBJ_FORM and depth < 8:
                walk((raw.FPDFFormObj_GetObject(o, j) for j in range(raw.FPDFFormObj_CountObjects(o))), depth + 1)
            elif t in counts:
                counts[t] += 1

    walk(_objects(page.raw))
    return counts[raw.FPDF_PAGEOBJ_TEXT], counts[raw.FPDF_PAGEOBJ_PATH], counts[raw.FPDF_PAGEOBJ_IMAGE]


def _mul(m, n):
    """Matrix product m then n, matrices as (a, b, c, d, e, f)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def page_paths(page) -> list[list[tuple[float, float]]]:
    """The subpaths of every path object of the page (form objects looked into) as lists of
    points in page space."""
    import pypdfium2.raw as raw

    out: list[list[tuple[float, float]]] = []
    m = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()

    def matrix(o):
        if not raw.FPDFPageObj_GetMatrix(o, ctypes.byref(m)):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def walk(objs, outer, depth=0):
        for o in objs:
            t = raw.FPDFPageObj_GetType(o)
            if t == raw.FPDF_PAGEOBJ_FORM and depth < 8:
                inner = _mul(matrix(o), outer)
                walk([raw.FPDFFormObj_GetObject(o, j) for j in range(raw.FPDFFormObj_CountObjects(o))], inner, depth + 1)
            elif t == raw.FPDF_PAGEOBJ_PATH:
                a, b, c, d, e, f = _mul(matrix(o), outer)
                sub: list[tuple[float, float]] = []
                for s in range(raw.FPDFPath_CountSegments(o)):
                    seg = raw.FPDFPath_GetPathSegment(o, s)
                    raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
                    px, py = x.value, y.value
                    pt = (a * px + c * py + e, b * px + d * py + f)
                    if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO and sub:
                        out.append(sub)
                        sub = []
                    sub.append(pt)
                    if raw.FPDFPathSegment_GetClose(seg) and sub:
                        sub.append(sub[0])
                        out.append(sub)
                        sub = []
                if sub:
                    out.append(sub)

    walk(list(_objects(page.raw)), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return out


def edges_of(paths: list[list[tuple[float, float]]], left: float, top_of_page: float) -> list[dict]:
    """pdfplumber's edges (its ``page.edges``) from subpaths: an axis-aligned four-cornered
    subpath is a rectangle (four edges), anything else a polyline (an edge per segment)."""
    edges: list[dict] = []
    for pts in paths:
        pts = [(px - left, top_of_page - py) for px, py in pts]
        corners = pts[:-1] if len(pts) == 5 and pts[0] == pts[-1] else pts
        xs, ys = {round(p[0], 3) for p in corners}, {round(p[1], 3) for p in corners}
        if len(corners) == 4 and len(xs) <= 2 and len(ys) <= 2 and all(
                p[0] == q[0] or p[1] == q[1] for p, q in zip(corners, corners[1:] + corners[:1])):
            x0, x1 = min(p[0] for p in corners), max(p[0] for p in corners)
            top, bottom = min(p[1] for p in corners), max(p[1] for p in corners)
            y0, y1, w, h = top_of_page - bottom, top_of_page - top, x1 - x0, bottom - top
            edges.append({"object_type": "rect_edge", "orientation": "h", "x0": x0, "x1": x1, "width": w, "height": 0,
                          "top": top, "bottom": top, "doctop": top, "y0": y1, "y1": y1})
            edges.append({"object_type": "rect_edge", "orientation": "h", "x0": x0, "x1": x1, "width": w, "height": 0,
                          "top": bottom, "bottom": bottom, "doctop": bottom, "y0": y0, "y1": y0})
            edges.append({"object_type": "rect_edge", "orientation": "v", "x0": x0, "x1": x0, "width": 0, "height": h,
                          "top": top, "bottom": bottom, "doctop": top, "y0": y0, "y1": y1})
            edges.append({"object_type": "rect_edge", "orientation": "v", "x0": x1, "x1": x1, "width": 0, "height": h,
                          "top": top, "bottom": bottom, "doctop": top, "y0": y0, "y1": y1})
            continue
        for p0, p1 in zip(pts, pts[1:]):
            edges.append({
                "object_type": "curve_edge" if len(pts) > 2 else "line",
                "x0": min(p0[0], p1[0]), "x1": max(p0[0], p1[0]),
                "top": min(p0[1], p1[1]), "doctop": min(p0[1], p1[1]), "bottom": max(p0[1], p1[1]),
                "y0": top_of_page - max(p0[1], p1[1]), "y1": top_of_page - min(p0[1], p1[1]),
                "width": abs(p0[0] - p1[0]), "height": abs(p0[1] - p1[1]),
                "orientation": "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None),
            })
    return [e for e in edges if e["orientation"] is not None]


class RulesPage:
    """Just what pdfplumber's TableFinder asks of a page with the "lines" strategies: its edges
    and its box (the cells' text is read here, :func:`table_rows`)."""

    def __init__(self, edges: list[dict], width: float, height: float):
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)
        self.chars: list[dict] = []


def ruled_tables(edges: list[dict], width: float, height: float) -> list:
    """pdfplumber's tables (its default settings) from PDFium's rules."""
    from pdfplumber.table import TableFinder

    return TableFinder(RulesPage(edges, width, height)).tables  # type: ignore[arg-type]


def table_rows(table, chars: list) -> list[list[Optional[str]]]:
    """pdfplumber's ``Table.extract()`` on our characters: a character belongs to the row and
    the cell holding its middle (boxes half-open), a cell's text is its characters' lines."""
    def within(points: list, box) -> list:
        bx0, btop, bx1, bbottom = box
        return [p for p in points if bx0 <= p[0] < bx1 and btop <= p[1] < bbottom]

    # each character with its middle, worked out once
    points = within([((c[1] + c[2]) / 2, (c[3] + c[4]) / 2, c) for c in chars], table.bbox)
    out = []
    for row in table.rows:
        in_row = within(points, row.bbox)
        cells: list[Optional[str]] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            mine = [p[2] for p in within(in_row, cell)]
            cells.append("\n".join(text for text, _, _, _ in lines_of(mine)) if mine else "")
        out.append(cells)
    return out


# --- pages -------------------------------------------------------------------------------------

def _inside(c, boxes) -> bool:
    x = (c[1] + c[2]) / 2
    y = (c[3] + c[4]) / 2
    for x0, top, x1, bottom in boxes:
        if x0 <= x <= x1 and top <= y <= bottom:
            return True
    return False


def read_page(page, number: int, *, positions: bool = False, ocr: str = "never", path=None):
    """A :class:`~.pdf._Page` from a PDFium page, as :func:`.pdf._read_page` makes it from a
    pdfplumber page. ``ocr``: "auto" reads a page without text by OCR where Tesseract is
    installed, "always" every page (:mod:`.ocr`)."""
    from . import ocr as ocr_
    from .pdf import _Line, _Page, _Table, symbol_bullet

    left, bottom_of_page, right, top_of_page = page.get_bbox()
    out = _Page(number, height=float(top_of_page - bottom_of_page))
    if ocr == "always":
        return _ocr_page(page, out, path)
    textpage = page.get_textpage()
    try:
        chars = page_chars(textpage, left, top_of_page)
        if not any(not c[0].isspace() for c in chars):
            out.scanned = page_object_kinds(page)[2] > 0
            if out.scanned and ocr == "auto" and ocr_.missing() is None:
                return _ocr_page(page, out, path)
            return out
        boxes = []
        if page_object_kinds(page)[1]:  # rules drawn: maybe a ruled table
            edges = edges_of(page_paths(page), left, top_of_page)
            if edges:
                for t in ruled_tables(edges, right - left, top_of_page - bottom_of_page):
                    rows = [[normalise_characters(c or "").strip() for c in row] for row in table_rows(t, chars)]
                    rows = [r for r in rows if any(r)]
                    if rows and max(len(r) for r in rows) >= 2:
                        boxes.append(t.bbox)
                        out.tables.append(_Table(float(t.bbox[1]), rows))
        if boxes:
            chars = [c for c in chars if not _inside(c, boxes)]
        raw_lines = lines_of(chars)
        texts = []
        for text, _, _, words in raw_lines:
            first = words[0][0]
            text = symbol_bullet(text, [{"text": first[0], "fontname": font_name(textpage, first[5])}])
            texts.append(normalise_characters(text).strip())
        keep_positions = positions or any(header_label_count(t) >= MIN_LABELS for t in texts)
        for (_, top, bottom, words), text in zip(raw_lines, texts):
            if text:
                out.lines.append(_Line(text, round(top, 3), round(bottom, 3), placed(words) if keep_positions else None,
                                       pieces_of([c for w in words for c in w])))
        return out
    finally:
        textpage.close()


# PDFium keeps the objects it parsed for a page (fonts, streams) in the document until the
# document is closed: the document is opened again after this many pages, so that memory stays
# that of a few pages whatever the length of the file
PAGES_PER_OPEN = 40


def _ocr_page(page, out, path):
    """The page's lines read by OCR; each line keeps its words' confidences, their positions (for
    unruled and tab-laid tables, as a text page's) and the words :func:`.ocr.repair` changed."""
    from . import ocr as ocr_
    from .pdf import _Line, _Table
    from .tabbed import Piece

    out.ocr = True
    grey = ocr_.render_grey(page)
    words = ocr_.repair(ocr_.ocr_words(grey, path=path))
    out.ocr_repairs = [(w.read, w.text, w.confidence) for w in words if w.read is not None]
    # ruled tables from the rules drawn in the image, their cells' text from the OCR words
    height = grey.shape[0] * 72 / ocr_.DPI
    edges = edges_of([[(x, height - y) for x, y in sub] for sub in ocr_.rules(grey)], 0.0, height)
    boxes = []
    if edges:
        for t in ruled_tables(edges, grey.shape[1] * 72 / ocr_.DPI, height):
            rows = [[None if cell is None else normalise_characters(ocr_.cell_text(words, cell)).strip() for cell in row.cells]
                    for row in t.rows]
            rows = [[c or "" for c in r] for r in rows if any(r)]
            if rows and max(len(r) for r in rows) >= 2:
                boxes.append(t.bbox)
                out.tables.append(_Table(float(t.bbox[1]), rows))
    if boxes:
        words = [w for w in words if not _inside(("", w.x0, w.x1, w.top, w.bottom), boxes)]
    for text, top, bottom, words in ocr_.ocr_lines(words):
        text = normalise_characters(text).strip()
        if text:
            placed_ = [PlacedWord(normalise_characters(w.text).strip(), round(w.x0, 3), round(w.x1, 3)) for w in words]
            placed_ = [w for w in placed_ if w.text]
            out.lines.append(_Line(text, round(top, 3), round(bottom, 3), placed_,
                                   [Piece(w.text, w.x0, w.x1) for w in placed_],
                                   confidences=[(normalise_characters(w.text).strip(), w.confidence) for w in words]))
    out.scanned = not out.lines
    return out


def read_pages(path, data: bytes, ocr: Optional[str] = None) -> list:
    """Every page of the PDF, one loaded at a time and closed before the next. ``ocr``: see
    :func:`read_page` ($KESOS_OCR, else "auto", where not given)."""
    from . import ocr as ocr_
    from .pdf import close_quietly, damaged_page

    ocr = ocr_.mode(ocr)
    if ocr == "always" and ocr_.missing():
        raise InputError(path, f"OCR was asked for (--ocr always), but {ocr_.missing()}")
    pages: list = []
    pdf = open_pdf(path, data)
    try:
        try:
            count = len(pdf)
            for i in range(count):
                if i and i % PAGES_PER_OPEN == 0:
                    pdf.close()
                    pdf = open_pdf(path, data)
                page = pdf[i]
                try:
                    go_on = bool(pages) and pages[-1].ends_like_a_table()
                    if page.get_rotation() % 360:
                        pages.append(_rotated(path, data, i, go_on))
                    else:
                        pages.append(read_page(page, i + 1, positions=go_on, ocr=ocr, path=path))
                finally:
                    page.close()
        except Exception as e:  # noqa: BLE001 - a damaged file may make PDFium or pdfplumber raise anything
            if isinstance(e, InputError):
                raise
            raise damaged_page(path, len(pages) + 1, e) from e
    finally:
        close_quietly(pdf)
    return pages


def _rotated(path, data: bytes, index: int, positions: bool):
    """A rotated page, read by pdfplumber (which turns its coordinates upright)."""
    from .pdf import _open, _read_page

    pdf = _open(path, data)
    try:
        page = pdf.pages[index]
        try:
            return _read_page(page, index + 1, positions=positions)
        finally:
            page.close()
    finally:
        pdf.close()


def mark_ocr(doc, pages) -> None:
    """Where the document's text came from OCR: each OCR word found again, in order, in its page's
    text (``doc.ocr_words``: start, end, confidence) and each OCR page's mean confidence
    (``doc.ocr_pages``); a warning names the pages."""
    starts = doc.page_starts + [len(doc.text)]
    for p in pages:
        if not p.ocr or not p.lines:
            continue
        confs = [c for ln in p.lines for _, c in ln.confidences or []]
        mean = sum(confs) / len(confs) if confs else 0.0
        doc.ocr_pages[p.number] = round(mean, 3)
        lo = starts[p.number - 1] if p.number - 1 < len(starts) else len(doc.text)
        hi = starts[p.number] if p.number < len(starts) else len(doc.text)
        at = lo
        for ln in p.lines:
            for word, conf in ln.confidences or []:
                k = doc.text.find(word, at, hi) if word else -1
                if k >= 0 and k - at < 200:
                    doc.ocr_words.append((k, k + len(word), round(conf, 3)))
                    at = k + len(word)
        repaired = "".join(f"; '{read}' read as '{text}' ({conf:.0%})" for read, text, conf in p.ocr_repairs)
        doc.warnings.append(f"page {p.number} was read by OCR (Tesseract, mean word confidence {mean:.0%}){repaired}")
