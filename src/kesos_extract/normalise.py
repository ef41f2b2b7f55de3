"""Character-level clean-up shared by the readers.

Everything here maps text to text *before* offsets are taken, so spans always point into the
normalised text. Tabs and newlines are kept: they carry table and paragraph structure.
"""

from __future__ import annotations

import html

import regex

# Characters that only disturb matching: no-break and odd spaces become spaces, zero-width
# characters and soft hyphens disappear.
_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# \f (form feed) is kept: text exported from PDFs (pdftotext) marks page breaks with it
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# what a page shows besides its text: scripts and styles, and the site's menus and footer
_INVISIBLE_BLOCKS = regex.compile(r"<(script|style|head|noscript|nav|footer|aside)\b[^>]{0,500}>.*?</\1\s*>",
                                  regex.I | regex.S)
# comments and declarations ("<!DOCTYPE html>", "<!-- iklan -->")
_DECLARATIONS = regex.compile(r"<!--.*?-->|<![A-Za-z][^<>]{0,500}>", regex.S)
_BLOCK_TAG = regex.compile(r"</?(?:p|div|h[1-6]|br|li|tr|table|ul|ol|section|article)\b[^>]{0,500}>", regex.I)
_ANY_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]{0,500}>")
_TD_TAG = regex.compile(r"</?t[dh]\b[^>]{0,500}>", regex.I)
# markdown emphasis: runs of * or _ glued to a word ("**Rp. 4.960.000.000,-**", "***teks***")
_EMPHASIS = regex.compile(r"(?<![\s*])\*{1,3}(?!\w)|\*{1,3}(?=[\w(\"“'])|(?<=\w)\*{1,3}")
_MD_HEADING = regex.compile(r"(?m)^#{1,6}[ \t]+")


def normalise_characters(text: str) -> str:
    """Unify newlines, spaces and quotes; drop control and invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return text


def strip_markup(text: str) -> str:
    """Reduce HTML remnants and markdown emphasis to their text."""
    if "<" in text:
        text = _DECLARATIONS.sub("", text)
        text = _INVISIBLE_BLOCKS.sub("", text)
        text = _TD_TAG.sub("\t", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _ANY_TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "*" in text:
        text = _EMPHASIS.sub("", text)
    text = _MD_HEADING.sub("", text)
    return text


def strip_emphasis(text: str) -> str:
    """Markdown emphasis reduced to its text: a PDF printed from a text with markdown shows the
    asterisks ("**Rp. 4.960.000.000,-**"), which the text itself loses to ``strip_markup``."""
    return _EMPHASIS.sub("", text) if "*" in text else text


def normalise_text(text: str) -> str:
    return normalise_characters(strip_markup(normalise_characters(text)))
