"""OCR for PDF pages without a text layer: the page rendered by PDFium, read by Tesseract with the
Indonesian model (``ind``, with ``eng`` beside it where installed), its words with their
positions into the same lines as a text page.

Tesseract is a program, not a Python package: ``apt-get install tesseract-ocr tesseract-ocr-ind``
(Debian/Ubuntu), ``brew install tesseract tesseract-lang`` (macOS). It is called as a process
(``tesseract - stdout tsv``): the page goes in as a grey PGM image, the words come back with
their boxes and confidences. Nothing else is needed (the ``[ocr]`` extra installs no package).

What is done around Tesseract:

- languages: ``ind+eng`` where the English model is installed (it is by default with the
  program): the Indonesian model alone reads '%' as "6", "S6" or "Yo", which loses every
  percentage claim;
- speed: a page is cut across at blank rows into as many bands as there are cores
  (:func:`jobs`), each read by its own Tesseract process at once, one thread each;
- lines: Tesseract's lines that stand side by side at the same height (the cells of a table row,
  which its layout analysis puts into separate blocks) are joined into one line, left to right,
  so the table logic of the text layer gets the row with its words' positions;
- ruled tables (:func:`rules`): the rules drawn in the image (straight runs of ink longer than
  any glyph) become the edges of pdfplumber's table finder, as a text page's drawn rules do,
  and each cell's text is the OCR words whose middle it holds (:func:`cell_text`);
- repairs (:func:`repair`), from the patterns and word lists of ``grammars/ocr.yaml``, only of
  words Tesseract was unsure of: a percentage with its sign misread and glued to it ("96,42”6",
  below ``LOW_CONFIDENCE``), a misread sign alone right after a number ("100 Yo", below
  ``SIGN_CONFIDENCE``), a bullet glyph read as a letter at a line's start ("m PSBR ...", by its
  shape). Each repair is kept (:attr:`OcrWord.read`: what Tesseract read) and named in the
  page's warning, and the word keeps Tesseract's low confidence, so every mention made of it
  says how unsure it is.

Modes (``--ocr``): ``auto`` reads a page without text by OCR when Tesseract is there (else the
page is named in the warnings, as before); ``always`` reads every page by OCR and fails with a
clear message when Tesseract is missing; ``never`` never runs OCR.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from typing import Optional

from ..errors import InputError

MODES = ("auto", "never", "always")
DPI = 300
LANGUAGE = "ind"
# models read beside the Indonesian one where installed (see the module's docstring)
HELPERS = ("eng",)
# below this confidence (0..1) a word may be repaired; Tesseract gives 0.9 and more to words it read well
LOW_CONFIDENCE = 0.9
# a word of the list of misread percent signs ("Yo", "S6") right after a number is no word of the
# language: it is repaired below this confidence, which a fifth of the words of a page have (one
# that Tesseract reads well has 0.96)
SIGN_CONFIDENCE = 0.95
# what a misread bullet glyph becomes (the text layer's bullets from symbol fonts are this too)
BULLET = "\u2022"
# a page is cut into bands only at a run of at least this many blank pixel rows
MIN_BLANK_ROWS = 6
INSTALL = ("install Tesseract with the Indonesian model (Debian/Ubuntu: apt-get install tesseract-ocr "
           "tesseract-ocr-ind; macOS: brew install tesseract tesseract-lang)")


def mode(requested: Optional[str] = None) -> str:
    name = (requested or os.environ.get("KESOS_OCR") or "auto").strip().lower()
    if name not in MODES:
        raise ValueError(f"unknown OCR mode {name!r}; one of {', '.join(MODES)}")
    return name


@functools.lru_cache(maxsize=None)
def _languages_installed() -> tuple[Optional[frozenset], Optional[str]]:
    """Tesseract's installed models, or why it cannot be run."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None, f"Tesseract is not installed: {INSTALL}"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as e:
        return None, f"Tesseract cannot be run ({e}): {INSTALL}"
    return frozenset(ln.strip() for ln in (out.stdout + out.stderr).splitlines()), None


@functools.lru_cache(maxsize=None)
def missing() -> Optional[str]:
    """Why OCR cannot run here (None when it can): no tesseract program, or no ``ind`` model."""
    _languages_installed.cache_clear()  # follows missing()'s cache (the tests clear that one)
    langs, why = _languages_installed()
    if why:
        return why
    if LANGUAGE not in (langs or ()):
        return f"Tesseract has no Indonesian model ('{LANGUAGE}'): {INSTALL}"
    return None


def languages() -> str:
    """The models Tesseract reads with: ``$KESOS_OCR_LANG`` where set (e.g. "ind"), else
    Indonesian with the helpers that are installed ("ind+eng")."""
    chosen = os.environ.get("KESOS_OCR_LANG", "").strip()
    if chosen:
        return chosen
    langs = _languages_installed()[0] or frozenset()
    return "+".join([LANGUAGE] + [h for h in HELPERS if h in langs])


def jobs() -> int:
    """How many Tesseract processes read one page at once: ``$KESOS_OCR_JOBS``, else the cores
    this process may use (at most 4). Each runs one thread (OMP_THREAD_LIMIT=1): Tesseract's
    own threads gain little and contend with each other."""
    env = os.environ.get("KESOS_OCR_JOBS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(4, n))


@dataclass
class OcrWord:
    text: str
    x0: float  # points, from the page's left
    x1: float
    top: float  # points, from the page's top
    bottom: float
    confidence: float  # 0..1
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line (blocks numbered over the page's bands)
    read: Optional[str] = None  # what Tesseract read, where :func:`repair` changed the text


def render_grey(page, dpi: int = DPI):
    """The page as a grey image (numpy array, rows of bytes) at ``dpi``."""
    import numpy as np

    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        buf = np.frombuffer(bytes(bitmap.buffer), dtype=np.uint8).reshape(h, stride)[:, :w]
    finally:
        bitmap.close()
    return np.ascontiguousarray(buf)


def pgm(grey) -> bytes:
    h, w = grey.shape
    return f"P5 {w} {h} 255\n".encode() + grey.tobytes()


def render_pgm(page, dpi: int = DPI) -> bytes:
    """The page as a grey PGM image at ``dpi``."""
    return pgm(render_grey(page, dpi))


def bands(grey, n: int) -> list[tuple[int, int]]:
    """Row ranges [a, b) that cut the image into about ``n`` bands of like height, each cut in
    the middle of a run of blank rows (no ink: no text line is cut) near the ideal place; fewer
    bands where there is no such run."""
    import numpy as np

    h = grey.shape[0]
    if n <= 1 or h < 200:
        return [(0, h)]
    blank = grey.min(axis=1) >= 200
    # runs of blank rows: (start, end)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], blank.astype(np.int8), [0]))))
    runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if b - a >= MIN_BLANK_ROWS]
    inked = np.flatnonzero(~blank)
    if not runs or not len(inked):
        return [(0, h)]
    first, last = int(inked[0]), int(inked[-1]) + 1
    cuts = []
    for k in range(1, n):
        ideal = first + (last - first) * k / n
        near = [r for r in runs if first < r[0] and r[1] < last and abs((r[0] + r[1]) / 2 - ideal) < (last - first) / (2 * n)]
        if near:
            a, b = min(near, key=lambda r: abs((r[0] + r[1]) / 2 - ideal))
            cut = (a + b) // 2
            if not cuts or cut > cuts[-1]:
                cuts.append(cut)
    edges_ = [0] + cuts + [h]
    return list(zip(edges_, edges_[1:]))


def _tesseract(image_file: str, dpi: int) -> subprocess.Popen:
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
    return subprocess.Popen(["tesseract", image_file, "stdout", "-l", languages(), "--dpi", str(dpi), "--psm", "3",
                             "tsv"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _parse_tsv(tsv: str, dpi: int, offset: int, block_base: int) -> list[OcrWord]:
    scale = 72 / dpi
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        top += offset
        words.append(OcrWord(cols[11].strip(), left * scale, (left + width) * scale, top * scale,
                             (top + height) * scale, max(0.0, float(cols[10])) / 100,
                             (block_base + int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def ocr_words(image, dpi: int = DPI, path=None, parts: Optional[int] = None) -> list[OcrWord]:
    """The words Tesseract reads in ``image``: a grey numpy array (cut into bands read at once,
    ``parts``: :func:`jobs` by default) or the bytes of an image file (PGM here), read whole."""
    why = missing()
    if why:
        raise InputError(path or "<pdf>", f"needs OCR, but {why[0].lower() + why[1:]}")
    if isinstance(image, (bytes, bytearray)):
        pieces = [(bytes(image), 0)]
    else:
        pieces = [(pgm(image[a:b]), a) for a, b in bands(image, parts or jobs())]
    words: list[OcrWord] = []
    failed = None
    with tempfile.TemporaryDirectory(prefix="kesos-ocr-") as tmp:
        procs = []
        try:
            for k, (img, _) in enumerate(pieces):
                name = os.path.join(tmp, f"band{k}.pgm")
                with open(name, "wb") as f:
                    f.write(img)
                procs.append(_tesseract(name, dpi))
            for k, (proc, (_, offset)) in enumerate(zip(procs, pieces)):
                out, err = proc.communicate(timeout=600)
                if proc.returncode != 0:
                    failed = failed or err.decode("utf-8", "replace").strip()[:200]
                    continue
                words += _parse_tsv(out.decode("utf-8", "replace"), dpi, offset, 1000 * k)
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    if failed is not None:
        raise InputError(path or "<pdf>", f"OCR failed: {failed}")
    return words


@functools.lru_cache(maxsize=1)
def _repairs():
    from ..grammar import load_grammar

    g = load_grammar("ocr")
    return {p.name: p.compiled for p in g.patterns}


def _number_word(text: str) -> bool:
    t = text.strip("([")
    return bool(t) and t[0].isdigit() and all(c.isdigit() or c in ".," for c in t)


def repair(words: list[OcrWord]) -> list[OcrWord]:
    """Words with a percent sign Tesseract misread given their '%' back (``grammars/ocr.yaml``):
    only words it was unsure of (confidence below ``LOW_CONFIDENCE``), by their shape alone;
    a repaired word keeps its confidence and what was read (``read``). ``words`` in Tesseract's
    order (a line's words one after the other)."""
    rx = _repairs()
    glued, alone, bullet = rx["percent_glued_misread"], rx["percent_sign_alone"], rx["bullet_misread"]
    for i, w in enumerate(words):
        if w.confidence >= SIGN_CONFIDENCE:
            continue
        m = alone.match(w.text)
        # the number before: on the same line, or at the end of the line before in the same block
        if m and i and words[i - 1].line[0] == w.line[0] and _number_word(words[i - 1].text):
            w.read, w.text = w.text, "%" + m.group("tail")
            continue
        if w.confidence >= LOW_CONFIDENCE:
            continue
        m = glued.match(w.text)
        if m:
            w.read, w.text = w.text, m.group("number") + "%" + m.group("tail")
            continue
        if bullet.match(w.text) and _first_of_line(words, i) and _bullet_shaped(w, words[i + 1]):
            w.read, w.text = w.text, BULLET
    return words


def _first_of_line(words: list[OcrWord], i: int) -> bool:
    """Is words[i] the first of its Tesseract line, with a word after it on the line?"""
    return (i == 0 or words[i - 1].line != words[i].line) and i + 1 < len(words) and words[i + 1].line == words[i].line


def _bullet_shaped(w: OcrWord, after: OcrWord) -> bool:
    """A glyph about as wide as high, no higher than the word after it without ascenders
    (a bullet's square or dot; "m" read from one is as high as the x-height at most), that does
    not touch the word after it."""
    width, height = w.x1 - w.x0, w.bottom - w.top
    return 0 < height and 0.5 <= width / height <= 1.6 and height <= 0.85 * (after.bottom - after.top) \
        and after.x0 - w.x1 > 0.3 * height


def ocr_lines(words: list[OcrWord]) -> list[tuple[str, float, float, list[OcrWord]]]:
    """The page's lines, top to bottom: (text, top, bottom, words left to right). Tesseract's
    lines that stand side by side at one height (cells of a table row that its layout analysis
    put into separate blocks) are one line."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    tess = []
    for ws in lines.values():
        top, bottom = min(w.top for w in ws), max(w.bottom for w in ws)
        tess.append((top, bottom, ws))
    tess.sort(key=lambda t: ((t[0] + t[1]) / 2, t[2][0].x0))
    rows: list[list] = []  # [top, bottom, words, middles]
    for top, bottom, ws in tess:
        mid, height = (top + bottom) / 2, bottom - top
        for row in reversed(rows[-4:]):
            r_mid, r_height = (row[0] + row[1]) / 2, row[1] - row[0]
            side_by_side = all(w.x1 <= o.x0 or o.x1 <= w.x0 for w in ws for o in row[2])
            if side_by_side and abs(mid - r_mid) <= 0.3 * min(height, r_height):
                row[0], row[1] = min(row[0], top), max(row[1], bottom)
                row[2] = row[2] + ws
                break
        else:
            rows.append([top, bottom, list(ws)])
    out = []
    for top, bottom, ws in rows:
        ws.sort(key=lambda w: w.x0)
        out.append((" ".join(w.text for w in ws), top, bottom, ws))
    out.sort(key=lambda ln: (ln[1], ln[3][0].x0))
    return out


# --- ruled tables: the rules drawn in the image ------------------------------------------------

# ink darker than this is a rule's; a rule is a straight run of it at least this long (points):
# across, longer than any word's stroke ("______" aside); down, longer than a glyph is high
RULE_INK = 160
MIN_RULE_ACROSS = 30.0
MIN_RULE_DOWN = 12.0


def _runs(dark, min_len: int) -> list[tuple[int, int, int]]:
    """Runs of True along each row of ``dark`` at least ``min_len`` long: (row, start, end)."""
    import numpy as np

    pad = np.zeros((dark.shape[0], 1), dtype=np.int8)
    d = np.diff(np.hstack([pad, dark.astype(np.int8), pad]), axis=1)
    sr, sc = np.nonzero(d == 1)
    _, ec = np.nonzero(d == -1)
    keep = ec - sc >= min_len
    return list(zip(sr[keep].tolist(), sc[keep].tolist(), ec[keep].tolist()))


def _merge(runs: list[tuple[int, int, int]]) -> list[tuple[float, int, int]]:
    """Runs on neighbouring rows that lie over each other (a rule a few pixels thick) as one
    line: (middle row, start, end)."""
    open_: list[list] = []  # [first row, last row, start, end]
    done = []
    for r, a, b in sorted(runs):
        for line in open_:
            if r - line[1] <= 1 and min(b, line[3]) - max(a, line[2]) >= 0.8 * min(b - a, line[3] - line[2]):
                line[1], line[2], line[3] = r, min(a, line[2]), max(b, line[3])
                break
        else:
            open_.append([r, r, a, b])
        done += [ln for ln in open_ if r - ln[1] > 1]
        open_ = [ln for ln in open_ if r - ln[1] <= 1]
    return [((f + l) / 2, a, b) for f, l, a, b in done + open_]


def rules(grey, dpi: int = DPI) -> list[list[tuple[float, float]]]:
    """The straight rules drawn in the page image, as subpaths (two points, in points from the
    page's top-left) for :func:`.pdfium.edges_of`."""
    scale = 72 / dpi
    dark = grey < RULE_INK
    across = _merge(_runs(dark, int(MIN_RULE_ACROSS / scale)))
    down = _merge(_runs(dark.T, int(MIN_RULE_DOWN / scale)))
    out = [[(a * scale, y * scale), (b * scale, y * scale)] for y, a, b in across]
    out += [[(x * scale, a * scale), (x * scale, b * scale)] for x, a, b in down]
    return out


def cell_text(words: list[OcrWord], box) -> str:
    """The text of the OCR words whose middle is in ``box`` (x0, top, x1, bottom, half-open, as
    pdfplumber's cells), line by line."""
    x0, top, x1, bottom = box
    mine = [w for w in words if x0 <= (w.x0 + w.x1) / 2 < x1 and top <= (w.top + w.bottom) / 2 < bottom]
    return "\n".join(text for text, _, _, _ in ocr_lines(mine))
