"""Sentences and paragraphs of a normalised text, for the stages that reason within them.

Reports converted from PDF break lines, and even put blank lines, in mid-sentence; a blank
line ends a paragraph only where the text before it ends a sentence or the text after it
starts a new item ("a)", "2.", "-", a capital letter after a colon...).
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import regex_cache
from .document_caches import per_document

# a dot that ends a sentence: not in "Rp.", "Kab.", "No.", "dll." before a number, not a decimal
# a dot after these ends no sentence: "Rp.", "Kab.", titles before a name ("Drs. H. Abdul"),
# a single letter ("H.", "S.Sos."), "s.d." (sampai dengan: "s.d. TW III"); but "M" and "T" after a
# figure are scales ("Rp 7 M. Kenaikannya ..."), their dot ends the sentence
_ABBREV = (r"(?<!\bRp[.\s]{0,4})(?<!\bKab)(?<!\bKec)(?<!\bKel)(?<!\bNo)(?<!\bProv)(?<!\bDr)(?<!\bDra)(?<!\bDrs)"
           r"(?<!\bIr)(?<!\bHj)(?<!\bSdr)(?<!\bBpk)(?<!\bProf)(?<!\bH)(?<!\bS)(?<!\bTh)(?<!\bJl)(?<!\bJln)"
           r"(?<!\b(?<!\d[ \t]?)[A-Z])(?<!\b[A-LN-SU-Z])(?<!\bs\.d)")
# a news story's dateline opening a line ("TENGGARONG – ", "SUMBAWA BESAR, suarantb.id – "): its
# story starts there, whatever the line before (a headline has no full stop)
_DATELINE_LINE = r"(?=[ \t]*\p{Lu}[\p{Lu} .'-]{2,40}?(?:,[ \t]*[\w.]{2,30})?[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[–—-][ \t]*\S)"
_SENTENCE_END = regex_cache.compile(_ABBREV + r"[.!?;](?=\s+[\p{Lu}\d(\"“])|\n[ \t]*\n(?=[ \t]*(?:[-•·▪➤]|\d{1,2}[.)]\s|[a-z][.)]\s|\p{Lu}))"
                             r"|\n" + _DATELINE_LINE +
                             # a lettered or numbered heading's line ("c) Pagu dan Realisasi Program")
                             # and the capital that opens the next: its words are no part of the
                             # sentence after (a text whose lines no blank line parts: pypdf's)
                             r"|(?<=(?:^|\n)[ \t]*(?:[a-z]|\d{1,2})[.)][ \t]+[^\n.:;!?]{1,80})\n(?=[ \t]*\p{Lu})"
                             # a line of a program's or a kegiatan's figures that ends with them ("...;
                             # Capaian: 95,00%)") before the next such record's line ("2. Program B
                             # (Pagu: ..."): the next line's pagu is no operand of this one's percentage
                             r"|(?<=[%)][ \t]*)\n(?=[ \t]*(?:(?:[-•·▪➤*]|\d{1,2}[.)]|[a-z][.)])[ \t]+)?"
                             r"(?:Program|PROGRAM|Kegiatan|KEGIATAN|Sub[ \t-]*[Kk]egiatan)[ \t]+\p{Lu})")
# (every blank line of a run: an empty paragraph between two is none, "previous paragraph" the one
# with words; docx2txt parts paragraphs by three blank lines)
_PARAGRAPH_END = regex_cache.compile(r"(?<=[.:;!?)\]])[ \t]*\n(?:[ \t]*\n)+|\n(?:[ \t]*\n)+(?=[ \t]*(?:[-•·▪➤]|\d{1,2}[.)]\s|[a-z][.)]\s|\p{Lu}))")


@dataclass(frozen=True)
class Segments:
    """Start offsets of sentences and paragraphs, with lookups by offset. The offsets are kept as
    machine integers (8 bytes each, not a Python int's 32 and a tuple's 8: a 585-page report has
    some 15 000 sentences, and they are held while its claims are found)."""

    sentence_starts: "array[int]"
    paragraph_starts: "array[int]"
    length: int

    def _span(self, starts: "array[int]", offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        end = starts[i + 1] if i + 1 < len(starts) else self.length
        return starts[max(i, 0)], end

    def sentence(self, offset: int) -> tuple[int, int]:
        return self._span(self.sentence_starts, offset)

    def previous_sentence(self, offset: int) -> tuple[int, int]:
        start, _ = self.sentence(offset)
        return self.sentence(max(0, start - 1)) if start > 0 else (0, 0)

    def paragraph(self, offset: int) -> tuple[int, int]:
        return self._span(self.paragraph_starts, offset)

    def previous_paragraph(self, offset: int) -> tuple[int, int]:
        start, _ = self.paragraph(offset)
        return self.paragraph(max(0, start - 1)) if start > 0 else (0, 0)


# a paragraph this long or longer is a paragraph of its own, whatever the next one opens with: only
# the short paragraphs of news write-ups and of files that give each sentence a paragraph are one
# statement cut in two
SHORT_PARAGRAPH = 400


@lru_cache(maxsize=1)
def _continuation_re() -> regex.Pattern:
    """The opening of a paragraph that goes on with the one before (sections.yaml's
    ``continuation_openers``, or a figure noun pointing back among its first words: "Namun
    realisasinya", "Anggaran tersebut")."""
    from .grammar import load_grammar

    vocab = load_grammar("sections").vocabulary or {}

    def alternation(words) -> str:
        return "|".join(r"\s+".join(regex.escape(w) for w in str(word).split())
                        for word in sorted(words, key=len, reverse=True))

    nouns = alternation(vocab.get("continuation_nouns", []))
    return regex_cache.compile(
        rf"[ \t]*(?:(?:{alternation(vocab.get('continuation_openers', []))})\b"
        rf"|(?:\p{{L}}+[ \t,]+){{0,3}}(?:{nouns})(?:nya\b|[ \t]+(?:tersebut|itu)\b))",
        regex.IGNORECASE)


def _joined_paragraphs(text: str, starts: list[int]) -> list[int]:
    """The paragraph starts without those of paragraphs that go on with a short one before them
    (:func:`_continuation_re`)."""
    opener = _continuation_re()
    out = [starts[0]]
    for before, start in zip(starts, starts[1:]):
        if len(text[before:start].strip()) < SHORT_PARAGRAPH and opener.match(text, start):
            continue
        out.append(start)
    return out


# a text with next to no blank line (what pypdf and PyMuPDF give of a PDF: a line of the page
# each, or a paragraph a line once hard_wrap has joined its lines): a line of a table's cell, a
# figure alone, ends a paragraph (the prose after a table is no paragraph with its cells: a
# share's whole is never looked for among them). Lines of prose, each a sentence or a label
# ("Target 2023: 300 anak." / "Realisasi 2023: 282 anak."), stay one paragraph.
#
# A long line ending a sentence before another long line opening with a capital ends a paragraph
# too: text copied from a web page keeps each paragraph on a line of its own, with no blank line
# between (a news story's paragraphs are a statement each, as where blank lines part them); a
# short line after it is a label or a figure's line of the same statement ("Persentase realisasi
# anggaran: 95%"). A figure alone whose line before ends with "Rp" is that amount's, wrapped: no table's
# cell ("... realisasi Rp" / "57.000.000").
LONG_LINE = 120
_LINE_PARAGRAPH_END = regex_cache.compile(r"\n" + _DATELINE_LINE + r"|(?<=(?:^|\n)[ \t]*[-\d.,%]+[ \t]*)(?<!\bRp\.?[ \t]*\n[ \t]*[-\d.,%]+[ \t]*)\n"
                                    rf"|(?<=(?:^|\n)[^\n]{{{LONG_LINE},}}[.!?\"”][ \t]*)\n(?=[ \t]*[\p{{Lu}}\"“][^\n]{{{LONG_LINE // 2},}})")
_BLANK_LINE = regex_cache.compile(r"\n[ \t]*\n")
# blank lines per line of a text whose paragraphs are parted by blank lines (a page break's few
# in a text of hundreds of lines part none)
MIN_BLANK_SHARE = 0.01


def _spaced_by_blank_lines(text: str) -> bool:
    blanks = sum(1 for _ in _BLANK_LINE.finditer(text))
    return blanks > 0 and blanks >= MIN_BLANK_SHARE * text.count("\n")


_GAP = regex_cache.compile(r"\s*")
_BLANK_LINE_IN_GAP = regex_cache.compile(r"\n[ \t]*\n")


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence after a sentence end at ``end`` starts: at its first word, not at the
    space or the line break before it (a line's first sentence would otherwise start on the line
    before, inside the paragraph before where lines part paragraphs). Blank lines are the
    exception: the run of them stays a sentence of its own, whitespace only, which the readers of
    sentences take for the break between two paragraphs (claims._Finder._sentence_before)."""
    gap = _GAP.match(text, end)
    white = gap.group(0)
    if white.count("\n") >= 2 and _BLANK_LINE_IN_GAP.search(white):  # (a blank line holds two line breaks)
        return end
    return gap.end()


@per_document
@lru_cache(maxsize=8)
def segments(text: str) -> Segments:
    sentences = [0] + [_sentence_start(text, m.end()) for m in _SENTENCE_END.finditer(text)]
    ends = _PARAGRAPH_END if _spaced_by_blank_lines(text) else _LINE_PARAGRAPH_END
    paragraphs = _joined_paragraphs(text, sorted(set([0] + [m.end() for m in ends.finditer(text)])))
    return Segments(array("q", sorted(set(sentences))), array("q", paragraphs), len(text))
