"""OCR for PDF pages without a text layer: the page rendered by PDFium, read by Tesseract with the
Indonesian model (``ind``), its words with their positions into the same lines as a text page.

Tesseract is a program, not a Python package: ``apt-get install tesseract-ocr tesseract-ocr-ind``
(Debian/Ubuntu), ``brew install tesseract tesseract-lang`` (macOS). It is called as a process
(``tesseract - stdout tsv``): the page goes in as a grey PGM image, the words come back with
their boxes and confidences. Nothing else is needed (the ``[ocr]`` extra installs no package).

Modes (``--ocr``): ``auto`` reads a page without text by OCR when Tesseract is there (else the
page is named in the warnings, as before); ``always`` reads every page by OCR and fails with a
clear message when Tesseract is missing; ``never`` never runs OCR.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass
from typing import Optional

from ..errors import InputError

MODES = ("auto", "never", "always")
DPI = 300
LANGUAGE = "ind"
INSTALL = ("install Tesseract with the Indonesian model (Debian/Ubuntu: apt-get install tesseract-ocr "
           "tesseract-ocr-ind; macOS: brew install tesseract tesseract-lang)")


def mode(requested: Optional[str] = None) -> str:
    name = (requested or os.environ.get("KESOS_OCR") or "auto").strip().lower()
    if name not in MODES:
        raise ValueError(f"unknown OCR mode {name!r}; one of {', '.join(MODES)}")
    return name


@functools.lru_cache(maxsize=None)
def missing() -> Optional[str]:
    """Why OCR cannot run here (None when it can): no tesseract program, or no ``ind`` model."""
    exe = shutil.which("tesseract")
    if exe is None:
        return f"Tesseract is not installed: {INSTALL}"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as e:
        return f"Tesseract cannot be run ({e}): {INSTALL}"
    langs = {ln.strip() for ln in (out.stdout + out.stderr).splitlines()}
    if LANGUAGE not in langs:
        return f"Tesseract has no Indonesian model ('{LANGUAGE}'): {INSTALL}"
    return None


@dataclass
class OcrWord:
    text: str
    x0: float  # points, from the page's left
    x1: float
    top: float  # points, from the page's top
    bottom: float
    confidence: float  # 0..1
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line


def render_pgm(page, dpi: int = DPI) -> bytes:
    """The page as a grey PGM image at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        buf = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    rows = buf if stride == w else b"".join(buf[y * stride: y * stride + w] for y in range(h))
    return f"P5 {w} {h} 255\n".encode() + rows


def ocr_words(image: bytes, dpi: int = DPI, path=None) -> list[OcrWord]:
    """The words Tesseract reads in ``image`` (any format it reads; PGM here)."""
    why = missing()
    if why:
        raise InputError(path or "<pdf>", f"needs OCR, but {why[0].lower() + why[1:]}")
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
    done = subprocess.run(["tesseract", "-", "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "tsv"],
                          input=image, capture_output=True, env=env, timeout=600)
    if done.returncode != 0:
        raise InputError(path or "<pdf>", f"OCR failed: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
    scale = 72 / dpi
    words = []
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        words.append(OcrWord(cols[11].strip(), left * scale, (left + width) * scale, top * scale,
                             (top + height) * scale, max(0.0, float(cols[10])) / 100,
                             (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def ocr_lines(words: list[OcrWord]) -> list[tuple[str, float, float, list[OcrWord]]]:
    """Tesseract's lines, top to bottom: (text, top, bottom, words left to right)."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    out = []
    for ws in lines.values():
        ws.sort(key=lambda w: w.x0)
        out.append((" ".join(w.text for w in ws), min(w.top for w in ws), max(w.bottom for w in ws), ws))
    out.sort(key=lambda ln: (ln[1], ln[3][0].x0))
    return out
