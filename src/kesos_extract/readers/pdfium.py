"""The PDF text layer read with pypdfium2 (PDFium), page by page, into the same lines and tables
that :mod:`.pdf` builds from pdfplumber.

pdfplumber (pdfminer) builds a Python dict for every character of a page; that is most of the
time a PDF took. PDFium keeps the characters in C: here only each character's text and box are
asked for, and grouped the way pdfplumber groups them (``extract_text_lines(layout=False)``):

- characters are clustered into lines by their top (within ``Y_TOLERANCE``), sorted by x
  (:func:`page_lines` does all of this on arrays of the page's glyphs, :func:`lines_of` on a
  list of characters, for the cells of ruled tables);
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
from operator import itemgetter
from typing import Iterator, NamedTuple, Optional

import numpy as np

from .. import regex_cache
from ..errors import EncryptedDocumentError, InputError
from ..normalise import normalise_characters
from .aligned import MIN_LABELS, PlacedWord
from .flattened import header_label_count
from .packed import pack_encoded, packed_text
from .tabbed import PIECE_GAP

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

def open_pdf(path, data: Optional[bytes]):
    """The PDF as a PDFium document: from ``data``, or from the file at ``path`` where None."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data if data is not None else str(path))
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedDocumentError(path, "is an encrypted PDF that needs a password to open") from e
        if code == raw.FPDF_ERR_SECURITY:
            raise EncryptedDocumentError(path, f"is encrypted in a way that cannot be read ({e})") from e
        raise InputError(path, f"is not a readable PDF ({type(e).__name__}: {e})") from e


# --- characters --------------------------------------------------------------------------------

def _bare(declared):
    """A PDFium function as a bare C function pointer, its arguments passed as they are: it is
    called once a character, and ctypes converting each argument by pypdfium2's declared types
    takes half the time of the call (some 950 ns a call against 450). Its arguments are then
    given as ``c_void_p`` (the text page), Python ints (an index: ctypes passes a C int, the
    function's type for it) and ctypes arrays (a box to fill)."""
    address = ctypes.cast(declared, ctypes.c_void_p).value
    # the same kind of function pointer as pypdfium2's (so the same calling convention, whatever
    # the platform), without argument types
    call = type(declared)(address)
    call.restype = ctypes.c_int
    return call


def _loose_box_call(tp):
    """FPDFText_GetLooseCharBox (:func:`_bare`), a box for it to fill and the text page to pass."""
    import pypdfium2.raw as raw

    box = (ctypes.c_float * 4)()
    return _bare(raw.FPDFText_GetLooseCharBox), box, ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)


class Glyphs(NamedTuple):
    """A page's glyphs in PDFium's order: each one's character, index and box (pdfminer's box:
    from the font's descent up by the font size, starting at the glyph's origin)."""

    chars: list  # one str of length 1 a glyph
    index: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray

    def __len__(self) -> int:
        return len(self.chars)

    def take(self, keep: np.ndarray) -> "Glyphs":
        at = np.flatnonzero(keep)
        return Glyphs([self.chars[k] for k in at.tolist()], self.index[at], self.x0[at], self.x1[at],
                      self.top[at], self.bottom[at])

    def tuples(self) -> list:
        return list(zip(self.chars, self.x0.tolist(), self.x1.tolist(), self.top.tolist(), self.bottom.tolist(),
                        self.index.tolist()))


def page_glyphs(textpage, left: float, top_of_page: float) -> Glyphs:
    """The glyphs of a text page, in the page's order; characters PDFium made up (spaces and line
    breaks it inferred) are left out, real spaces stay (they end words). Each glyph's box is one
    call into PDFium; everything else is asked once for each kind of glyph and worked out on
    arrays."""
    import pypdfium2.raw as raw

    tp = textpage.raw if hasattr(textpage, "raw") else textpage
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return Glyphs([], np.zeros(0, np.int64), *(np.zeros(0) for _ in range(4)))
    buf = ctypes.create_string_buffer((n + 1) * 2)
    raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: n * 2].decode("utf-16-le", errors="surrogatepass")
    codes = np.frombuffer(buf.raw[: n * 2], dtype="<u2")
    # printable ASCII, most glyphs: kept as they are; the others looked at one by one
    plain = (codes > 0x20) & (codes < 0x7F)
    chars = list(text)
    keep = plain.copy()
    loose, box, tp_arg = _loose_box_call(tp)
    generated = _bare(raw.FPDFText_IsGenerated)
    others = np.flatnonzero(~plain)
    # one character a code unit (no pair of surrogates made one character): the text's indices
    # are PDFium's, and the characters can be worked on as their codes
    aligned = len(text) == n
    if aligned:
        # spaces, most of the others: kept where the file has them (PDFium made up the rest)
        spaces = others[codes[others] == 0x20]
        made_up = np.array([generated(tp_arg, i) == 1 for i in spaces.tolist()], dtype=bool)
        keep[spaces] = ~made_up
        inferred = spaces[made_up]
        others = others[codes[others] != 0x20]
    else:
        inferred = np.zeros(0, np.int64)
    for i in others.tolist():
        ch = text[i]
        if ch.isspace() or ch == "\x00":
            if ch in "\r\n\x00" or generated(tp_arg, i) == 1:
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
        chars[i] = ch
        keep[i] = True
    index = np.flatnonzero(keep)
    boxes = bytearray()
    add = boxes.extend
    for i in index.tolist():
        loose(tp_arg, i, box)
        add(box)
    b = np.frombuffer(bytes(boxes), dtype=np.float32).reshape(-1, 4).astype(np.float64)
    x0, high, right, low = b[:, 0].copy(), b[:, 1], b[:, 2], b[:, 3]
    if aligned:  # the kept characters picked by their codes (a list of them item by item costs more)
        kept_codes = _codes("".join(chars))[index]
        kept = list(kept_codes.tobytes().decode("utf-32-le", "surrogatepass"))
    else:
        kept = [chars[i] for i in index.tolist()]
    heights = high - low
    # the font size by the loose box's height (one font at one size), asked at the first glyph of
    # each height; whether the loose box starts at the glyph's origin, asked at the first glyph of
    # each (height, character): where it does not ("j", "T" in some fonts), asked at every such glyph
    h_unique, h_first, h_of = np.unique(heights, return_index=True, return_inverse=True)
    font_size = raw.FPDFText_GetFontSize
    h_size = np.array([font_size(tp, int(index[k])) for k in h_first.tolist()], dtype=np.float64)
    size = h_size[h_of.ravel()]
    ords = (kept_codes if aligned else np.frombuffer("".join(kept).encode("utf-32-le"), dtype="<u4")).astype(np.int64)
    glyph = h_of.ravel().astype(np.int64) * 0x110000 + ords
    g_unique, g_first, g_of = np.unique(glyph, return_index=True, return_inverse=True)
    g_of = g_of.ravel()
    origin = raw.FPDFText_GetCharOrigin
    ox, oy = ctypes.c_double(), ctypes.c_double()
    op, oq = ctypes.byref(ox), ctypes.byref(oy)
    off_origin = np.zeros(len(g_unique), dtype=bool)
    below_baseline = np.zeros(len(g_unique))  # how far each kind's loose box reaches below its baseline
    for g, k in enumerate(g_first.tolist()):
        origin(tp, int(index[k]), op, oq)
        off_origin[g] = not abs(ox.value - x0[k]) < 1e-3
        below_baseline[g] = oy.value - low[k]
        x0[k] = max(ox.value, x0[k])
    if off_origin.any():
        first = np.zeros(len(kept), dtype=bool)
        first[g_first] = True
        for k in np.flatnonzero(off_origin[g_of] & ~first).tolist():
            origin(tp, int(index[k]), op, oq)
            x0[k] = max(ox.value, x0[k])
    bottom = top_of_page - low
    # (the tops by which lines and words are told apart, from bottoms evened out along each
    # baseline; the bottoms, by which the gaps between lines are measured, as PDFium gives them)
    top = top_of_page - _descent_line(low, below_baseline, g_of, size) - size
    return _with_inferred_spaces(Glyphs(kept, index, x0 - left, right - left, top, bottom), inferred)


def _descent_line(low: np.ndarray, below_baseline: np.ndarray, kind_of: np.ndarray, size: np.ndarray) -> np.ndarray:
    """Each glyph's box bottom for its top, a glyph whose box reaches more than a point below the
    bottom most glyphs of its size on its baseline have given that bottom. PDFium's loose box
    reaches down to the font's declared descent, or to the glyph's own bottom where that is
    lower: a font that declares too small a descent (LibreOffice's slide exports) puts "p", "j",
    "g" 5 points lower at 24 points, and they were read as a line of their own ("Ca aian Kiner a"
    / "p j"). The others keep their boxes (a bullet of a symbol font higher than the text beside
    it among them)."""
    if len(low) < 2:
        return low
    baseline = low + below_baseline[kind_of]
    order, chain = _chains(baseline, _SAME_BASELINE)  # (glyphs on one baseline, give or take)
    sorted_low = low[order]
    starts = np.flatnonzero(np.r_[True, chain[1:] != chain[:-1]])
    if not (np.maximum.reduceat(sorted_low, starts) - np.minimum.reduceat(sorted_low, starts) > _DEEPER).any():
        return low  # (most pages: every baseline's glyphs end within a point of each other)
    # each baseline's glyphs of one size (small capitals' larger letters reach deeper than the
    # small ones beside them): the bottom most of them share is the commonest
    sizes, size_of = np.unique(size, return_inverse=True)
    on_baseline = np.empty(len(low), dtype=np.int64)
    on_baseline[order] = chain
    _, line_of = np.unique(on_baseline * len(sizes) + size_of.ravel(), return_inverse=True)
    line_of = line_of.ravel()
    rounded = np.round(low, 2)
    by = np.lexsort((rounded, line_of))
    line_s, low_s = line_of[by], rounded[by]
    run_starts = np.flatnonzero(np.r_[True, (line_s[1:] != line_s[:-1]) | (low_s[1:] != low_s[:-1])])
    run_len = np.diff(np.r_[run_starts, len(low)])
    run_line, run_low = line_s[run_starts], low_s[run_starts]
    best = np.lexsort((-run_len, run_line))  # (each line's longest run first; ties: the lowest value)
    first = best[np.r_[True, run_line[best][1:] != run_line[best][:-1]]]
    usual = np.empty(int(line_of.max()) + 1)
    usual[run_line[first]] = run_low[first]
    usual = usual[line_of]
    return np.where(low < usual - _DEEPER, usual, low)


_SAME_BASELINE = 0.5  # points
# deeper than its line's usual bottom by this much, a glyph is given that bottom: a comma reaching
# 2.8 points below the digits at 24 points was read as a word apart ("(95, 74%)")
_DEEPER = 1.0  # points


def _with_inferred_spaces(g: Glyphs, inferred: np.ndarray) -> Glyphs:
    """The glyphs with a space where PDFium inferred one between two glyphs of a line (a file
    that draws each word apart without a space glyph, as Chromium prints a page): the gap PDFium
    judged by the font's own widths ends a word, where a small font's gap may be narrower than
    X_TOLERANCE ("PAD Teluk Sirih" in 8-point type would read "PADTelukSirih")."""
    if not len(inferred) or len(g) < 2:
        return g
    after = np.searchsorted(g.index, inferred) - 1  # the kept glyph before each inferred space
    ok = (after >= 0) & (after + 1 < len(g))
    after, inferred = after[ok], inferred[ok]
    nxt = after + 1
    same_line = (np.abs(g.top[nxt] - g.top[after]) <= Y_TOLERANCE) & (g.x0[nxt] >= g.x0[after])
    after, inferred = after[same_line], inferred[same_line]
    if not len(after):
        return g
    at = np.clip(np.minimum(g.x1[after], g.x0[after + 1]), g.x0[after], None)
    chars = list(g.chars)
    for k in reversed(after.tolist()):
        chars.insert(k + 1, " ")
    def put(a: np.ndarray, v: np.ndarray) -> np.ndarray:
        return np.insert(a, after + 1, v)
    return Glyphs(chars, put(g.index, inferred), put(g.x0, at), put(g.x1, at), put(g.top, g.top[after]),
                  put(g.bottom, g.bottom[after]))


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
    return _ligatures("".join([c[0] for c in word]))


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


def _chains(values: np.ndarray, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """pdfplumber's ``cluster_objects`` on values: the order of the values (a stable sort) and the
    cluster of each in that order (a value more than ``tolerance`` above the one before starts one)."""
    order = np.argsort(values, kind="stable")
    v = values[order]
    new = np.empty(len(v), dtype=bool)
    new[:1] = True
    new[1:] = v[1:] > v[:-1] + tolerance
    return order, np.cumsum(new) - 1


class _Words:
    """The words of a page's lines, made when asked for: line ``k``'s words as (text, x0 of the
    first glyph, x1 of the last)."""

    def __init__(self, text, starts, ends, x0, x1, first, end):
        self.text, self.starts, self.ends, self.x0, self.x1, self.first, self.end = text, starts, ends, x0, x1, first, end

    def __len__(self):
        return len(self.first)

    def __getitem__(self, k):
        return [(_ligatures(self.text[self.starts[j]:self.ends[j]]), self.x0[j], self.x1[j])
                for j in range(self.first[k], self.end[k])]

    def __eq__(self, other):
        return [self[k] for k in range(len(self))] == list(other)


class PageLines(NamedTuple):
    """A page's text lines from its glyphs."""

    texts: list  # the line's words joined by a space (ligatures as their letters)
    tops: list
    bottoms: list
    first_glyph: list  # the PDFium index of the line's first glyph
    words: list  # the line's words: (text, x0 of the first glyph, x1 of the last)
    packed: list  # the line's glyph runs, packed (readers/packed.py)
    # the column each line was read in where the page is set in columns (read_in_columns): -1
    # for a line across the page, else 2 * its band + its side; None where the page has none
    columns: Optional[list] = None


def _ligatures(text: str) -> str:
    if _HAS_LIGATURE(text):
        text = "".join([LIGATURES.get(ch, ch) for ch in text])
    return text


# every character Python's str.isspace() takes for a space
_SPACE_TABLE = np.array([chr(c).isspace() for c in range(0x3002)], dtype=bool)  # the last: any code above


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def _is(codes: np.ndarray, text: str, ascii_mask: np.ndarray, test) -> np.ndarray:
    """str.isdigit()/isalpha() of each character: by its code for ASCII, asked of the others."""
    out = ascii_mask.copy()
    for k in np.flatnonzero(codes >= 0x80).tolist():
        out[k] = test(text[k])
    return out


def page_lines(g: Glyphs) -> PageLines:
    n = len(g)
    if not n:
        return PageLines([], [], [], [], [], [])
    # glyphs into lines by their tops, each line left to right
    by_top, line_of = _chains(g.top, Y_TOLERANCE)
    in_lines = np.lexsort((g.x0[by_top], line_of))
    o, line_of = by_top[in_lines], line_of[in_lines]
    # the glyphs' characters as their codes, moved about as arrays (a list of one-character
    # strings, reordered item by item, cost half of this function)
    codes = _codes("".join(g.chars))[o]
    space = _SPACE_TABLE[np.minimum(codes, len(_SPACE_TABLE) - 1)]
    x0, x1, top, bottom = g.x0[o], g.x1[o], g.top[o], g.bottom[o]
    # a word starts a line, follows a space, or stands apart from the glyph before it
    start = np.ones(n, dtype=bool)
    start[1:] = ((line_of[1:] != line_of[:-1]) | space[:-1] | (x0[1:] < x0[:-1]) | (x0[1:] > x1[:-1] + X_TOLERANCE)
                 | (np.abs(top[1:] - top[:-1]) > Y_TOLERANCE))
    ink = ~space
    o, start, x0, x1, top, bottom = o[ink], start[ink], x0[ink], x1[ink], top[ink], bottom[ink]
    codes = codes[ink]
    if not len(codes):
        return PageLines([], [], [], [], [], [])
    w_start = np.flatnonzero(start)
    w_end = np.append(w_start[1:], len(codes))
    w_top = np.minimum.reduceat(top, w_start)
    w_bottom = np.maximum.reduceat(bottom, w_start)
    w_x0 = x0[w_start]
    # words into lines by their tops, each line left to right
    w_by_top, w_line = _chains(w_top, Y_TOLERANCE)
    sort2 = np.lexsort((w_x0[w_by_top], w_line))
    w_order = w_by_top[sort2]
    w_line = w_line[sort2]
    # the glyphs in that order: line by line, word by word
    lengths = (w_end - w_start)[w_order]
    offsets = np.cumsum(lengths) - lengths
    f = np.repeat(w_start[w_order] - offsets, lengths) + np.arange(int(lengths.sum()))
    codes = codes[f]
    text = codes.tobytes().decode("utf-32-le", "surrogatepass")
    fx0, fx1 = x0[f], x1[f]
    # where a new line starts in f, and in the word order
    l_first_word = np.flatnonzero(np.r_[True, w_line[1:] != w_line[:-1]])
    l_end_word = np.append(l_first_word[1:], len(w_order))
    l_top = np.minimum.reduceat(w_top[w_order], l_first_word)
    l_bottom = np.maximum.reduceat(w_bottom[w_order], l_first_word)
    w_pos = offsets  # each word's start in f (words in w_order)
    # glyph runs (pieces): a new one at each line, after a gap wider than PIECE_GAP, or a figure
    # right after a letter with the least gap
    line_of_f = np.repeat(w_line, lengths)
    digit = _is(codes, text, (codes >= 0x30) & (codes <= 0x39), str.isdigit)
    alpha = _is(codes, text, (codes | 0x20 >= 0x61) & (codes | 0x20 <= 0x7A), str.isalpha)
    gap = np.empty(len(text))
    gap[0] = 0.0
    gap[1:] = fx0[1:] - fx1[:-1]
    cut = np.ones(len(text), dtype=bool)
    cut[1:] = (line_of_f[1:] != line_of_f[:-1]) | (gap[1:] > PIECE_GAP) | ((gap[1:] > 0.05) & digit[1:] & alpha[:-1])
    p_start = np.flatnonzero(cut)
    p_end = np.append(p_start[1:], len(text))
    # each line's words, glyph runs and text
    w_end_f = (w_pos + lengths).tolist()
    w_pos_l = w_pos.tolist()
    l_lo = w_pos[l_first_word]
    l_hi = (w_pos + lengths)[l_end_word - 1]
    p_line = np.searchsorted(l_lo, p_start, side="right") - 1
    doubles = np.column_stack(((p_end - l_lo[p_line]).astype(np.float64), fx0[p_start], fx1[p_end - 1]))
    singles = doubles.astype(np.float32)
    # the glyph runs packed (readers/packed.py), their positions as 4-byte floats where they are ones exactly
    code, spots = ("f", singles.tobytes()) if np.array_equal(singles, doubles) else ("d", doubles.tobytes())
    size = 3 * (4 if code == "f" else 8)
    p_bounds = np.searchsorted(p_line, np.arange(len(l_lo) + 1)).tolist()
    # the lines' texts: their words a space apart, all made at once (a line break between lines;
    # no glyph is one)
    breaks = np.ones(len(w_pos), dtype=bool)
    breaks[l_first_word] = False
    spaced = np.insert(codes, w_pos[1:], np.where(breaks[1:], 0x20, 0x0A))
    texts = _ligatures(spaced.tobytes().decode("utf-32-le", "surrogatepass")).split("\n")
    packed = []
    for li, (lo, hi) in enumerate(zip(l_lo.tolist(), l_hi.tolist())):
        first, end = p_bounds[li], p_bounds[li + 1]
        packed.append(pack_encoded(code, 3 * (end - first), spots[size * first:size * end], text[lo:hi]))
    first_glyph = g.index[o[f[w_pos[l_first_word]]]].tolist()
    words = _Words(text, w_pos_l, w_end_f, fx0[w_pos].tolist(), fx1[w_pos + lengths - 1].tolist(),
                   l_first_word.tolist(), l_end_word.tolist())
    return PageLines(texts, l_top.tolist(), l_bottom.tolist(), first_glyph, words, packed)


# --- bullets ---------------------------------------------------------------------------------

# a list's bullet glyphs: a symbol font's private code ("\uf0b7" of OpenSymbol or Symbol) and the
# common bullet characters
_BULLET_GLYPHS = frozenset("\u2022\u25aa\u25cf\u25e6\u25a0\u25a1\u2023\u2043\u27a2\u27a4\u2713\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0a8")
BULLET_REACH = 40.0  # points from a bullet to the first glyph of its item


def bullets_on_their_lines(g: Glyphs) -> None:
    """A bullet set in a symbol font stands on its item's line: its box comes from the symbol
    font's own ascent and descent, so its top may be a few points off the item's ("\uf0b7" at
    110.6, the item's text at 113.9), and the bullet would read as a line of its own. A bullet
    with no glyph beside it at its top takes the top and bottom of the nearest glyph to its right
    whose height overlaps it (in place)."""
    if _BULLET_GLYPHS.isdisjoint(g.chars):
        return  # most pages: nothing to do
    for k in [k for k, ch in enumerate(g.chars) if ch in _BULLET_GLYPHS]:
        right = (g.x0 >= g.x1[k] - 0.1) & (g.x0 <= g.x1[k] + BULLET_REACH) & (g.top < g.bottom[k]) & (g.bottom > g.top[k])
        level = np.abs(g.top - g.top[k]) <= Y_TOLERANCE
        level[k] = False
        if (level & right).any() or not right.any():
            continue
        j = np.flatnonzero(right)
        j = j[np.argmin(g.x0[j])]
        g.top[k], g.bottom[k] = g.top[j], g.bottom[j]


# a bullet drawn as a shape, not set as a glyph (Chromium prints a list's disc or square so): a
# small closed shape about as wide as high, within these sizes (points)
DRAWN_BULLET_SIZE = (1.5, 8.0)


def drawn_bullets(paths: list[list[tuple[float, float]]], left: float, top_of_page: float
                  ) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, x1, top, bottom, in the glyphs' space) of the small closed shapes of a
    page's subpaths that may be a list's bullets."""
    lo, hi = DRAWN_BULLET_SIZE
    out = []
    for pts in paths:
        if len(pts) < 4 or pts[0] != pts[-1]:
            continue
        xs = [px - left for px, _ in pts]
        ys = [top_of_page - py for _, py in pts]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if lo <= w <= hi and lo <= h <= hi and abs(w - h) <= 0.25 * max(w, h):
            out.append((min(xs), max(xs), min(ys), max(ys)))
    return out


def with_drawn_bullets(g: Glyphs, boxes: list[tuple[float, float, float, float]]) -> Glyphs:
    """The glyphs with a bullet ("•") for each drawn one (:func:`drawn_bullets`) that opens a line:
    a glyph to its right within BULLET_REACH whose height spans the shape's middle, and no glyph
    of that line to its left close by (a shape between words is no bullet). The bullet stands
    on that glyph's line, just before it in PDFium's order."""
    if not boxes or not len(g):
        return g
    at: list[tuple[int, tuple[float, float]]] = []
    for x0, x1, top, bottom in boxes:
        middle = (top + bottom) / 2
        on_line = (g.top <= middle) & (g.bottom >= middle)
        right = on_line & (g.x0 >= x1 - 0.1) & (g.x0 <= x1 + BULLET_REACH)
        if not right.any() or (on_line & (g.x1 <= x0 + 0.1) & (g.x1 >= x0 - BULLET_REACH)).any():
            continue
        j = np.flatnonzero(right)
        at.append((int(j[np.argmin(g.x0[j])]), (x0, x1)))
    if not at:
        return g
    at.sort()
    where = np.array([j for j, _ in at])
    chars = list(g.chars)
    for j, _ in reversed(at):
        chars.insert(j, "\u2022")
    return Glyphs(chars, np.insert(g.index, where, g.index[where]), np.insert(g.x0, where, [b[0] for _, b in at]),
                  np.insert(g.x1, where, [b[1] for _, b in at]), np.insert(g.top, where, g.top[where]),
                  np.insert(g.bottom, where, g.bottom[where]))


# --- footnote marks ------------------------------------------------------------------------------

# a superscript glyph is at most this share of its neighbour's height, its foot raised by at
# least this share of it (Word sets a note mark at about 58% of the size, raised a third)
SUPERSCRIPT_HEIGHT = 0.75
SUPERSCRIPT_RISE = 0.2
_NOTE_MARK = frozenset("0123456789*")
MARK_REACH = 4  # glyphs on either side that a mark of up to three figures is measured against


def _close_up(g: Glyphs, k: int, j: int) -> None:
    """The glyphs after mark ``k`` on the line of glyph ``j`` move left by the mark's width, as
    if it were not set: the gap it leaves is no tab ("KK¹ dari" reads "KK dari")."""
    width = float(g.x1[k] - g.x0[k])
    after = (np.abs(g.top - g.top[j]) <= Y_TOLERANCE) & (g.x0 >= g.x1[k] - 0.1)
    after[k] = False
    g.x0[after] -= width
    g.x1[after] -= width


def footnote_marks(g: Glyphs) -> np.ndarray:
    """The glyphs of footnote marks: superscript figures (or "*") right after a word or a
    figure ("7.615.300.000,00²", "KK¹"), or opening a note's line ("¹ Data ..."). Read as
    text they would become digits of the figure ("7.615.300.000,002"); Word's own marks give no
    text in the .docx, and a mark is no part of the sentence."""
    n = len(g)
    marks = np.zeros(n, dtype=bool)

    def raised(k: int, j: int) -> bool:
        """Is glyph k set small and raised against glyph j beside it on its line?"""
        height = bottom[j] - top[j]
        return (height > 0 and bottom[k] - top[k] < SUPERSCRIPT_HEIGHT * height
                and bottom[k] < bottom[j] - SUPERSCRIPT_RISE * height and abs(top[k] - top[j]) < height)

    chars = g.chars
    # a mark is smaller than a glyph it stands against, which is at most a few glyphs away (a
    # mark has three figures at most): the figures of a page's text are left out at once
    heights = g.bottom - g.top
    tallest = heights.copy()
    for d in range(1, MARK_REACH + 1):
        tallest[d:] = np.maximum(tallest[d:], heights[:-d])
        tallest[:-d] = np.maximum(tallest[:-d], heights[d:])
    codes = _codes("".join(chars))
    candidates = np.flatnonzero((heights < SUPERSCRIPT_HEIGHT * tallest)
                                & (((codes >= 0x30) & (codes <= 0x39)) | (codes == 0x2A)))  # [0-9*]
    if not len(candidates):
        return marks  # most pages
    # the boxes as Python floats (a numpy scalar a comparison costs more than the rest); read
    # again after a mark closes its line up
    x0, x1, top, bottom = g.x0.tolist(), g.x1.tolist(), g.top.tolist(), g.bottom.tolist()
    for k in candidates.tolist():
        j = k - 1
        while j >= 0 and marks[j]:  # a mark of two figures ("12") stands against the glyph before both
            j -= 1
        if j >= 0 and not chars[j].isspace() and -1.0 <= x0[k] - x1[j] <= 1.5 and raised(k, j):
            marks[k] = True
            _close_up(g, k, j)
            x0, x1 = g.x0.tolist(), g.x1.tolist()
            continue
        # a note's own line starts with its mark, then a space and the note in its size
        starts_line = (j < 0 or chars[j] == "\n" or x1[j] > x0[k] + 1.0
                       or abs(top[j] - top[k]) > 2 * Y_TOLERANCE)
        after = k + 1
        while after < n and chars[after] in _NOTE_MARK and raised(after, min(after + 1, n - 1)):
            after += 1
        nxt = after + 1 if after < n and chars[after].isspace() else after
        if starts_line and nxt < n and not chars[nxt].isspace() and 0 <= x0[nxt] - x1[k] <= 6.0 \
                and raised(k, nxt):
            marks[k:after] = True
    return marks


# --- pages set in columns ------------------------------------------------------------------------

# the least width of the white stretch between two columns of prose (points): wider than any
# space of a justified line, narrower than the usual 0.5-1 cm between columns
MIN_GUTTER = 12.0
# a gutter lies in this part of the text's width: two equal columns, or an article beside a sidebar
GUTTER_ZONE = (0.2, 0.85)
# each side of a gutter has at least this many lines of two words or more ...
MIN_COLUMN_LINES = 4
# ... and this share of its words hold a letter: prose, not a table's figures
PROSE_SHARE = 0.8
# the heading of a news page's sidebar of links to other articles: not the article (an HTML
# page's <aside>, which the HTML reader leaves out)
SIDEBAR_HEADING = re.compile(r"^(?:baca juga|berita terkait|artikel terkait|berita lainnya|terpopuler"
                             r"|berita populer|terkini)\b", re.I)


class ColumnBand(NamedTuple):
    """A stretch of a page set in two columns: from ``top`` to ``bottom``, the columns parted
    at ``gutter`` (x)."""
    top: float
    bottom: float
    gutter: float


def _is_prose(words: list[tuple[str, float, float]]) -> bool:
    return bool(words) and sum(any(ch.isalpha() for ch in w[0]) for w in words) >= PROSE_SHARE * len(words)


def _band_of(lines: PageLines, first: int, end: int, gutter: tuple[float, float], width: float,
             text_left: float) -> Optional[ColumnBand]:
    """Lines ``first`` to ``end`` (exclusive) as a band of two columns of prose parted at
    ``gutter``, or None. The band starts where both columns have begun: a title above one
    column only is read before both."""
    left: list[int] = []
    right: list[int] = []
    left_words: list = []
    right_words: list = []
    if header_label_count(lines.texts[first]) >= MIN_LABELS:
        return None  # a table's header: its columns are a table's, not the page's
    for k in range(first, end):
        words = [w for w in lines.words[k] if w[0] not in _BULLET_GLYPHS]  # (a list's bullet is no word of prose)
        # the gutter's ends are known to the grid's point and the half point spared beside a word
        mine_left = [w for w in words if w[2] <= gutter[0] + 1.5]
        mine_right = [w for w in words if w[1] >= gutter[1] - 1.5]
        left_words += mine_left
        right_words += mine_right
        if len(mine_left) >= 2:
            left.append(k)
        if len(mine_right) >= 2:
            right.append(k)
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return None
    if not (_is_prose(left_words) and _is_prose(right_words)):
        return None
    # each column spans a good part of the text's width (not a column of labels or of numbers)
    if gutter[0] - text_left < 0.2 * width or max(w[2] for w in right_words) - gutter[1] < 0.1 * width:
        return None
    # a glyph's middle is below its line's top: half a point spares the glyphs of that line
    first_tops = sorted((lines.tops[left[0]], lines.tops[right[0]]))
    start = first_tops[1] - 0.5
    early = left[0] if lines.tops[left[0]] < lines.tops[right[0]] else right[0]
    if first_tops[1] - first_tops[0] <= 2 * (lines.bottoms[early] - lines.tops[early]):
        # one column set a little higher than the other (the other's first paragraph spaced
        # before, a column that goes on from the one before): within two lines' height, both begin there
        start = first_tops[0] - 0.5
    return ColumnBand(start, max(lines.bottoms[k] for k in range(first, end)), (gutter[0] + gutter[1]) / 2)


def column_bands(lines: PageLines) -> list[ColumnBand]:
    """The stretches of the page set in two columns of prose (a report's two-column section, a
    news page's article beside its sidebar): runs of lines, top to bottom, that leave the same
    white gutter free, with prose on both sides of it. A line across the gutter (a heading, a
    table, a footer) ends a run."""
    n = len(lines.texts)
    if n < 2 * MIN_COLUMN_LINES:
        return []
    words = lines.words
    # (a list's bullet alone is left out: a sidebar's drawn bullets stand in the gutter's edge)
    if isinstance(words, _Words):  # the positions only: no word's text is made
        text = words.text
        ranges = [[j for j in range(words.first[k], words.end[k])
                   if not (words.ends[j] - words.starts[j] == 1 and text[words.starts[j]] in _BULLET_GLYPHS)]
                  for k in range(n)]
        xs0 = [words.x0[j] for r in ranges for j in r]
        xs1 = [words.x1[j] for r in ranges for j in r]
        counts = [len(r) for r in ranges]
    else:
        all_words = [[w for w in words[k] if w[0] not in _BULLET_GLYPHS] for k in range(n)]
        xs0 = [w[1] for ws in all_words for w in ws]
        xs1 = [w[2] for ws in all_words for w in ws]
        counts = [len(ws) for ws in all_words]
    if not xs0:
        return []
    text_left, text_right = min(xs0), max(xs1)
    width = text_right - text_left
    lo = text_left + GUTTER_ZONE[0] * width
    cells = int(max(0.0, GUTTER_ZONE[1] - GUTTER_ZONE[0]) * width) + 1
    grid = lo + np.arange(cells)

    # each word covers the grid's points from x0 - 0.5 to x1 + 0.5: as index ranges [a, b), all
    # words of the page at once (the page's lines asked one by one cost more than the rest of it)
    a_arr = np.searchsorted(grid, np.asarray(xs0) - 0.5, side="left")
    b_arr = np.searchsorted(grid, np.asarray(xs1) + 0.5, side="right")
    # every line of a band leaves the band's gutter free, and a band has MIN_COLUMN_LINES lines
    # or more: a page without such a run of lines has none (most pages: their lines fill the width)
    stretches = _free_stretches(a_arr, b_arr, counts, cells)
    if not stretches:
        return []
    a_all, b_all = a_arr.tolist(), b_arr.tolist()
    spans: list[list[tuple[int, int]]] = []
    at = 0
    for c in counts:
        spans.append(sorted(zip(a_all[at:at + c], b_all[at:at + c])))
        at += c

    def union(covered: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The grid's covered index ranges, merged, with ``more`` added."""
        out: list[tuple[int, int]] = []
        for x, y in sorted(covered + more):
            if out and x <= out[-1][1]:
                if y > out[-1][1]:
                    out[-1] = (out[-1][0], y)
            elif y > x:
                out.append((x, y))
        return out

    def widest(covered: list[tuple[int, int]]) -> Optional[tuple[float, float]]:
        """The widest run of free grid points, MIN_GUTTER or more, the leftmost of the widest
        (as the grid's runs of free points, read left to right, give it)."""
        best: Optional[tuple[int, int]] = None
        end = 0
        for x, y in covered + [(cells, cells)]:
            if x - end >= MIN_GUTTER and (best is None or x - end > best[1] - best[0]):
                best = (end, x)
            end = max(end, y)
        return (lo + best[0], lo + best[1]) if best else None

    bands: list[ColumnBand] = []
    # runs of lines within each stretch (a line that leaves no gutter of its own ends any run):
    # the points the run's lines cover, merged; what is left free is their common gutter
    for start, end in stretches:
        first, common = start, union([], spans[start])
        for k in range(start + 1, end + 1):
            if k < end:
                both = union(common, spans[k])
                # a table's header line ends a run too: the table below is read as a table, whatever
                # its columns (asked last: most lines leave no gutter in common)
                if widest(both) is not None and header_label_count(lines.texts[k]) < MIN_LABELS:
                    common = both
                    continue
            # a band has MIN_COLUMN_LINES lines or more (a shorter run is none: not asked)
            gutter = widest(common) if k - first >= MIN_COLUMN_LINES else None
            band = _band_of(lines, first, k, gutter, width, text_left) if gutter else None
            if band:
                bands.append(band)
            if k < end:
                first, common = k, union([], spans[k])
    return bands


def _free_stretches(a: np.ndarray, b: np.ndarray, counts: list[int], cells: int) -> list[tuple[int, int]]:
    """The stretches of MIN_COLUMN_LINES lines or more (first, end exclusive) that each leave
    MIN_GUTTER grid points or more free, of their own: only there may a band of two columns be
    (:func:`column_bands`), and all of a page's lines are asked at once. ``a``, ``b``: the grid
    index ranges [a, b) the words cover, line after line, each line's words left to right
    (``counts`` a line); an empty range covers nothing."""
    n = len(counts)
    line = np.repeat(np.arange(n), counts)
    covers = b > a
    a, b, line = a[covers], b[covers], line[covers]
    # the end of what the words before cover on the line: a running maximum, line by line (each
    # line's values raised above the lines' before, so that one running maximum serves them all)
    lift = line * (cells + 1)
    reach = np.maximum.accumulate(b + lift) - lift
    first = np.ones(len(a), dtype=bool)
    first[1:] = line[1:] != line[:-1]
    before = np.where(first, 0, np.r_[0, reach[:-1]])
    free = np.zeros(n, dtype=bool)
    free[line[a - before >= MIN_GUTTER]] = True
    # after the line's last word, to the grid's end; a line of no word leaves the whole grid free
    last = np.ones(len(a), dtype=bool)
    last[:-1] = line[1:] != line[:-1]
    free[line[last][cells - reach[last] >= MIN_GUTTER]] = True
    has_words = np.zeros(n, dtype=bool)
    has_words[line] = True
    free[~has_words] = cells >= MIN_GUTTER
    edges = np.flatnonzero(np.diff(np.r_[0, free.astype(np.int8), 0]))
    return [(s, e) for s, e in zip(edges[::2].tolist(), edges[1::2].tolist()) if e - s >= MIN_COLUMN_LINES]


class _StackedWords:
    """The words of lines gathered from several :class:`PageLines`, in the order given."""

    def __init__(self, parts: list[tuple[PageLines, int]]):
        self.parts = parts

    def __len__(self):
        return len(self.parts)

    def __getitem__(self, k):
        part, j = self.parts[k]
        return part.words[j]


def read_in_columns(glyphs: Glyphs, lines: PageLines) -> PageLines:
    """The page's lines in reading order where it is set in two columns: each band's left column,
    then its right one, where the lines were read across both (a sentence of the left column
    then ran on into the right one). A news page's sidebar of links is left out."""
    bands = column_bands(lines)
    if not bands:
        return lines
    y = (glyphs.top + glyphs.bottom) / 2
    x = (glyphs.x0 + glyphs.x1) / 2
    outside = np.ones(len(glyphs), dtype=bool)
    groups: list[tuple[float, int, PageLines]] = []
    for b, band in enumerate(bands):
        inside = (y >= band.top) & (y <= band.bottom)
        outside &= ~inside
        for side, mask in enumerate((inside & (x < band.gutter), inside & (x >= band.gutter))):
            part = page_lines(glyphs.take(mask))
            if part.texts and SIDEBAR_HEADING.match(part.texts[0]):
                continue
            groups.append((band.top, 2 * b + side, part))
    rest = page_lines(glyphs.take(outside))
    order: list[tuple[float, int, PageLines, int]] = [(rest.tops[k], -1, rest, k) for k in range(len(rest.texts))]
    for top, rank, part in groups:
        order += [(top, rank, part, k) for k in range(len(part.texts))]
    # a band's lines after the lines above it, its left column before its right; each in its order
    order.sort(key=lambda o: (o[0], o[1], o[3]))
    return PageLines([p.texts[k] for _, _, p, k in order], [p.tops[k] for _, _, p, k in order],
                     [p.bottoms[k] for _, _, p, k in order], [p.first_glyph[k] for _, _, p, k in order],
                     _StackedWords([(p, k) for _, _, p, k in order]), [p.packed[k] for _, _, p, k in order],
                     [rank for _, rank, _, _ in order])


def placed(words: list[tuple[str, float, float]]) -> list[PlacedWord]:
    """A line's words (:class:`PageLines`) with their positions, for unruled tables."""
    out = []
    for text, x0, x1 in words:
        clean = normalise_characters(text).strip()
        if clean:
            out.append(PlacedWord(clean, round(x0, 3), round(x1, 3)))
    return out


# a font's name fits in this many bytes but for the rarest (asked once a line: one call, not two)
FONT_NAME_BYTES = 256


def font_name(textpage, index: int, buffer: Optional[ctypes.Array] = None) -> str:
    """The name of the font of glyph ``index``. ``buffer``: FONT_NAME_BYTES bytes to read it into
    (one made for each call where not given; a page's lines share one)."""
    import pypdfium2.raw as raw

    tp = textpage.raw if hasattr(textpage, "raw") else textpage
    buf = buffer if buffer is not None else ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    size = raw.FPDFText_GetFontInfo(tp, index, buf, len(buf), ctypes.byref(flags))
    if size <= 0:
        return ""
    if size > len(buf):  # a longer name: asked again with room for it
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
    """pdfplumber's tables (its default settings) from PDFium's rules: its TableFinder's steps,
    with :func:`cells_of` for its ``intersections_to_cells``."""
    from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

    page = RulesPage(edges, width, height)
    finder = TableFinder.__new__(TableFinder)  # its steps one by one, the cells' step replaced
    finder.page, finder.settings = page, TableSettings.resolve(None)  # type: ignore[assignment]
    settings = finder.settings
    crossings = edges_to_intersections(finder.get_edges(), settings.intersection_x_tolerance,
                                       settings.intersection_y_tolerance)
    return [Table(page, group) for group in cells_to_tables(cells_of(crossings))]  # type: ignore[arg-type]


def cells_of(crossings: dict) -> list[tuple[float, float, float, float]]:
    """The cells pdfplumber's ``intersections_to_cells`` finds, the same ones in the same order.

    Its test of whether two crossings share a rule rebuilds both crossings' sets of rules for
    every pair it tries (and looks up ``typing`` aliases on the way): on a page of ruled tables
    that was a third of the table finding. Here each crossing's rules become sets once, and the
    crossings below and to the right of a point are looked up instead of filtered from all the
    points after it."""
    def boxes(rules: list[dict]) -> set[tuple[float, float, float, float]]:
        return {(r["x0"], r["top"], r["x1"], r["bottom"]) for r in rules}

    vertical = {p: boxes(d["v"]) for p, d in crossings.items()}
    horizontal = {p: boxes(d["h"]) for p, d in crossings.items()}
    points = sorted(crossings)
    # points are sorted by (x, top): the ones after a point with its x are below it, top down;
    # the ones after it with its top are to its right, left to right
    same_x: dict[float, list] = {}
    same_top: dict[float, list] = {}
    for p in points:
        same_x.setdefault(p[0], []).append(p)
        same_top.setdefault(p[1], []).append(p)
    after_in_column = {p: i for column in same_x.values() for i, p in enumerate(column)}
    after_in_row = {p: i for row in same_top.values() for i, p in enumerate(row)}

    cells = []
    for p in points:
        below = same_x[p[0]][after_in_column[p] + 1:]
        right = same_top[p[1]][after_in_row[p] + 1:]
        cell = None
        for q in below:
            if vertical[p].isdisjoint(vertical[q]):
                continue
            for r in right:
                if horizontal[p].isdisjoint(horizontal[r]):
                    continue
                corner = (r[0], q[1])
                if (corner in crossings and not vertical[corner].isdisjoint(vertical[r])
                        and not horizontal[corner].isdisjoint(horizontal[q])):
                    cell = (p[0], p[1], corner[0], corner[1])
                    break
            if cell:
                break
        if cell:
            cells.append(cell)
    return cells


class BandRow(NamedTuple):
    """A row of a table joined from shaded bands: its box and its cells' boxes (None: merged)."""
    bbox: tuple[float, float, float, float]
    cells: list[Optional[tuple[float, float, float, float]]]


class BandedTable(NamedTuple):
    """A table whose rows are told apart by shading only, as pdfplumber's ``Table`` gives it
    to :func:`table_rows`: its box and its rows."""
    bbox: tuple[float, float, float, float]
    rows: list[BandRow]


# how far apart two columns' edges may be and be the same column (points: rounding of the
# writer's widths, a fill drawn a hair inside its cell)
SAME_EDGE = 1.5
# the most a white row between two shaded ones may be, in heights of the taller shaded row:
# rows of one table differ by a line or two of wrapped text, not by whole paragraphs
BAND_GAP_ROWS = 3.0


def _column_bounds(table) -> Optional[list[tuple[float, float]]]:
    """The x-bounds of a table's columns when all its rows share them (no merged cell)."""
    bounds: Optional[list[tuple[float, float]]] = None
    for row in table.rows:
        if any(c is None for c in row.cells):
            return None
        mine = [(float(c[0]), float(c[2])) for c in row.cells]
        if bounds is None:
            bounds = mine
        elif not _same_columns(bounds, mine):
            return None
    return bounds


def _same_columns(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    return len(a) == len(b) and all(abs(p[0] - q[0]) <= SAME_EDGE and abs(p[1] - q[1]) <= SAME_EDGE
                                    for p, q in zip(a, b))


def _reads_as_a_row(chars: list, bounds: list[tuple[float, float]], top: float, bottom: float) -> bool:
    """Is the text between two shaded bands a white row of their table: text in two columns
    at least, and no word across a column's edge (a caption or a paragraph between two tables
    runs across the columns)?"""
    left, right = bounds[0][0], bounds[-1][1]
    mine = [c for c in chars if top <= (c[3] + c[4]) / 2 < bottom]
    if any((c[1] + c[2]) / 2 < left or (c[1] + c[2]) / 2 > right for c in mine if not c[0].isspace()):
        return False
    used: set[int] = set()
    for word in words_of(mine):
        x0, x1 = min(c[1] for c in word), max(c[2] for c in word)
        inside = [k for k, (c0, c1) in enumerate(bounds) if c0 - SAME_EDGE <= x0 and x1 <= c1 + SAME_EDGE]
        if not inside:
            return False
        used.add(inside[0])
    return len(used) >= 2


def join_shaded_bands(tables: list, chars: list) -> list:
    """Tables drawn by shading only (header and every other row filled, no rules): each filled
    row's rectangles make a "ruled" table of one row, the white rows between are bare text. Two
    such tables one above the other, with the same columns and a gap of at most a few rows'
    height between them, are one table; the gap is a row of it, cut in the same columns."""
    out: list = []
    last_bounds: Optional[list[tuple[float, float]]] = None
    for table in sorted(tables, key=lambda t: t.bbox[1]):
        bounds = _column_bounds(table)
        if out and bounds and last_bounds and len(bounds) >= 2 and _same_columns(bounds, last_bounds):
            above = out[-1]
            gap_top, gap_bottom = above.bbox[3], table.bbox[1]
            tallest = max(above.rows[-1].bbox[3] - above.rows[-1].bbox[1],
                          table.rows[0].bbox[3] - table.rows[0].bbox[1])
            if 0 < gap_bottom - gap_top <= BAND_GAP_ROWS * tallest \
                    and _reads_as_a_row(chars, bounds, gap_top, gap_bottom):
                gap = BandRow((above.bbox[0], gap_top, above.bbox[2], gap_bottom),
                              [(x0, gap_top, x1, gap_bottom) for x0, x1 in bounds])
                out[-1] = BandedTable((min(above.bbox[0], table.bbox[0]), above.bbox[1],
                                       max(above.bbox[2], table.bbox[2]), table.bbox[3]),
                                      [*_band_rows(above), gap, *_band_rows(table)])
                continue
        out.append(table)
        last_bounds = bounds
    return [_with_last_white_row(t, chars) if isinstance(t, BandedTable) else t for t in out]


def _with_last_white_row(table: BandedTable, chars: list) -> BandedTable:
    """A banded table whose last row is white: the lines right under the last band that stay
    inside its columns, as tight as a cell's lines, are that row (bands alternate, so one row
    at most). A paragraph after the table runs across the columns and is left out."""
    last = table.rows[-1]
    bounds = [(c[0], c[2]) for c in last.cells if c is not None]
    if len(bounds) != len(last.cells):
        return table
    height = last.bbox[3] - last.bbox[1]
    top = table.bbox[3]
    below = [c for c in chars if top <= (c[3] + c[4]) / 2 < top + BAND_GAP_ROWS * height]
    bottom = None
    for _, line_top, line_bottom, words in lines_of(below):
        size = line_bottom - line_top
        if (line_top - (bottom if bottom is not None else top)) > size:
            break  # a blank line's space: the row (or the table) ended
        if any(not any(c0 - SAME_EDGE <= min(c[1] for c in w) and max(c[2] for c in w) <= c1 + SAME_EDGE
                       for c0, c1 in bounds) for w in words):
            break
        bottom = line_bottom
    if bottom is None or not _reads_as_a_row(chars, bounds, top, bottom + 0.5):
        return table
    row = BandRow((table.bbox[0], top, table.bbox[2], bottom + 0.5), [(x0, top, x1, bottom + 0.5) for x0, x1 in bounds])
    return BandedTable((table.bbox[0], table.bbox[1], table.bbox[2], bottom + 0.5), [*table.rows, row])


def _band_rows(table) -> list[BandRow]:
    return [BandRow(tuple(row.bbox), [None if c is None else tuple(c) for c in row.cells]) for row in table.rows]


# the last letters of a word a narrow cell broke over its next line, alone on it ("Realisa" /
# "si", "Terlanta" / "r", "Kabupaten/Kot" / "a"): one or two lower-case letters that are no word
_BROKEN_TAIL = regex_cache.compile(r"(?<=\p{L})\n(\p{Ll}{1,2})(?=\n|$|[ ]\()")
_SHORT_WORDS = frozenset({"di", "ke", "ya", "yg", "dg", "dr", "rt", "rw", "kk", "sd", "tw", "ha", "kg", "km", "m"})


def unbroken_cell(text: str) -> str:
    """A ruled cell's text with the words its width broke over lines made whole again."""
    if "\n" not in text:
        return text
    return _BROKEN_TAIL.sub(lambda m: m.group(0) if m.group(1) in _SHORT_WORDS else m.group(1), text)


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


def _inside_any(glyphs: Glyphs, boxes) -> np.ndarray:
    """Which glyphs have their middle in one of the boxes (x0, top, x1, bottom), edges included."""
    x = (glyphs.x0 + glyphs.x1) / 2
    y = (glyphs.top + glyphs.bottom) / 2
    inside = np.zeros(len(glyphs), dtype=bool)
    for x0, top, x1, bottom in boxes:
        inside |= (x0 <= x) & (x <= x1) & (top <= y) & (y <= bottom)
    return inside


def read_page(page, number: int, *, positions: bool = False, ocr: str = "never", path=None,
              heights: Optional[dict[float, float]] = None):
    """A :class:`~.pdf._Page` from a PDFium page, as :func:`.pdf._read_page` makes it from a
    pdfplumber page. ``ocr``: "auto" reads a page without text by OCR where Tesseract is
    installed, "always" every page (:mod:`.ocr`). ``heights``: the lines' tops and bottoms met on
    the pages before, each value kept once (:func:`read_pages`)."""
    if heights is None:
        heights = {}
    from . import ocr as ocr_
    from .pdf import _Line, _Page, _Table, header_over_unruled_body, is_page_frame, symbol_bullet

    left, bottom_of_page, right, top_of_page = page.get_bbox()
    out = _Page(number, height=float(top_of_page - bottom_of_page))
    if ocr == "always":
        return _ocr_page(page, out, path)
    textpage = page.get_textpage()
    try:
        glyphs = page_glyphs(textpage, left, top_of_page)
        if not any(not c.isspace() for c in glyphs.chars):
            out.scanned = page_object_kinds(page)[2] > 0
            if out.scanned and ocr == "auto" and ocr_.missing() is None:
                return _ocr_page(page, out, path)
            return out
        boxes = []
        drawn: list[tuple[float, float, float, float]] = []
        if page_object_kinds(page)[1]:  # rules drawn: maybe a ruled table, or a list's bullets
            paths = page_paths(page)
            drawn = drawn_bullets(paths, left, top_of_page)
            edges = edges_of(paths, left, top_of_page)
            if edges:
                chars = glyphs.tuples()
                found = join_shaded_bands(ruled_tables(edges, right - left, top_of_page - bottom_of_page), chars)
                for t in found:
                    rows = [[unbroken_cell(normalise_characters(c or "")).strip() for c in row] for row in table_rows(t, chars)]
                    rows = [r for r in rows if any(r)]
                    if rows and max(len(r) for r in rows) >= 2 and \
                            not is_page_frame(t.bbox, right - left, top_of_page - bottom_of_page, rows) and \
                            not header_over_unruled_body(t.bbox, rows, chars, [u.bbox for u in found if u is not t]):
                        boxes.append(t.bbox)
                        out.tables.append(_Table(float(t.bbox[1]), rows))
        if boxes:
            glyphs = glyphs.take(~_inside_any(glyphs, boxes))
        marks = footnote_marks(glyphs)
        if marks.any():  # most pages have none: their glyphs stay as they are
            glyphs = glyphs.take(~marks)
        glyphs = with_drawn_bullets(glyphs, drawn)
        bullets_on_their_lines(glyphs)
        lines = read_in_columns(glyphs, page_lines(glyphs))
        texts = []
        name_buffer = ctypes.create_string_buffer(FONT_NAME_BYTES)
        for text, first, glyph_runs in zip(lines.texts, lines.first_glyph, lines.packed):
            glyph_text = packed_text(glyph_runs)
            text = symbol_bullet(text, [{"text": glyph_text[0], "fontname": font_name(textpage, first, name_buffer)}])
            texts.append(normalise_characters(text).strip())
        keep_positions = positions or any(header_label_count(t) >= MIN_LABELS for t in texts)
        for k, (text, top, bottom, packed) in enumerate(zip(texts, lines.tops, lines.bottoms, lines.packed)):
            if text:
                top, bottom = round(top, 3), round(bottom, 3)
                out.lines.append(_Line(text, heights.setdefault(top, top), heights.setdefault(bottom, bottom),
                                       placed(lines.words[k]) if keep_positions else None, packed,
                                       column=lines.columns[k] if lines.columns else -1))
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


def read_pages(path, data: Optional[bytes], ocr: Optional[str] = None) -> list:
    """Every page of the PDF, one loaded at a time and closed before the next. ``ocr``: see
    :func:`read_page` ($KESOS_OCR, else "auto", where not given)."""
    from . import ocr as ocr_
    from .pdf import close_quietly, damaged_page

    ocr = ocr_.mode(ocr)
    if ocr == "always" and ocr_.missing():
        raise InputError(path, f"OCR was asked for (--ocr always), but {ocr_.missing()}")
    pages: list = []
    # the pages of a report are set alike: their lines stand at the same heights page after page,
    # and a line's top and bottom are each one float object for all of them (a float is 24 bytes,
    # and every line of the document is held until its layout is learned)
    heights: dict[float, float] = {}
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
                        pages.append(read_page(page, i + 1, positions=go_on, ocr=ocr, path=path, heights=heights))
                finally:
                    page.close()
        except Exception as e:  # noqa: BLE001 - a damaged file may make PDFium or pdfplumber raise anything
            if isinstance(e, InputError):
                raise
            raise damaged_page(path, len(pages) + 1, e) from e
    finally:
        close_quietly(pdf)
    return pages


def _rotated(path, data: Optional[bytes], index: int, positions: bool):
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
