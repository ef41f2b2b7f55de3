"""Tables flattened to lines of words, rebuilt from plain text.

A web page or a PDF-to-text export often loses a table's cell boundaries: no tabs, no pipes,
each cell's text wrapped over lines of its own or run into its neighbour's. LKPJ write-ups of
"Permasalahan dan Solusi" and of the key indicators come out like this (seed 003)::

    Permasalahan Solusi
    1. Adanya hutang dalam pemberian santunan kematian. Perlunya pematangan dalam tahap ...
    2. Tingginya angka PMKS akibat ... permasalahan sosial Penanganan PMKS secara ...

    Indikator Kinerja Utama Satuan Capaian
    2019 Target 2020
    Penanganan Penyandang
    Masalah Kesejahteraan Sosial
    Persen 99,08 85,21 99,37

Such a table is recognised by its header: one to four short lines made only of column labels
("Permasalahan", "Solusi", "No", "Nama", "Indikator Kinerja Utama", "Satuan", "Target 2020";
``grammars/tables.yaml``, ``vocabulary.flattened``), followed by either

- **numbered rows** ("1. ...", "2. ...", counting up): the header says how many columns there
  are, and each row's words are cut into that many cells where a new cell most likely starts
  (:func:`boundary_score`); a table whose rows cannot be cut is not taken; or
- **rows ending in numbers**: label lines, then a line whose last words are numbers
  ("Persen 99,08 85,21 99,37"); the numbers are the last cells, a unit word before them the
  "Satuan" cell, the words before that the row's label.

Every cell keeps its span in the text; a cell that runs over several lines has the span from
its first word to its last, and its text is its words joined by single spaces.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

import regex
from pydantic import BaseModel, ConfigDict, ValidationError

from .. import regex_cache
from ..document import Block, TableCell, line_spans
from ..errors import GrammarError
from ..grammar import load_grammar
from .cell_lines import cell_lines_table_at
from .cell_paragraphs import HAS_FIRST_ROW, MAX_HEADER_CELLS, cell_paragraph_table_at

# limits that keep a paragraph after the table out of it
MAX_HEADER_LINES = 4
MAX_HEADER_LINE = 100  # characters
MAX_ROW_LINES = 12
MAX_LABEL_LINE = 100
LOOKAHEAD_LINES = 10

_WORD = regex_cache.compile(r"\S+")
_ROW_NUMBER = regex_cache.compile(r"^(\d{1,3})[.)]$")
_NUMBER_LABEL = regex_cache.compile(r"\d{1,3}[.)]?").fullmatch
_DIGIT_IN = regex_cache.compile(r"\d").search
# a figure of a row: "99,08", "76,5%", "1.250.000,-", "Rp1.250.000", or "-" for none; a currency
# word standing alone ("Rp 1.250.000") goes with the figure after it
# (a negative in brackets, in thousands groups or with decimals: "(384.254.300)", an LRA's
# shortfall, "(10,00)" its percentage; never "(2)", a column's number under a header)
_NUMBER = regex_cache.compile(r"^(?:Rp\.?)?[+-]?\d[\d.,]*(?:,-{1,2})?%?$|^\((?:\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d{1,3},\d{1,2})\)$|^[-–—]$",
                        regex.I)
_CURRENCY = regex_cache.compile(r"^Rp\.?$", regex.I)
# the rest of a header wrapped in the middle of a label: words and units in brackets ("Indikatif
# (Rp) Prakiraan Maju (Rp)"), no figure
_HEADER_REST = regex_cache.compile(r"[^\d\n]*\((?:Rp|%)[^)\n]{0,10}\)[^\d\n]*")
# a header's label of a column of figures: a header opening with one has lost its name column
_FIGURES_LABEL = regex_cache.compile(r"(?i:pagu|anggaran|realisasi|target|capaian|sisa|persentase|prosentase)$")
# a word ending in a figure run into it ("Sosial135,4", "Lainnya1.250"): a cell's figure glued to
# the label before it
_GLUED_FIGURE = regex_cache.compile(r"\p{L}{3}\d{1,3}[.,]\d").search
# what ends a table: another kind of list item or heading, a caption, a tabbed line
_STOP = regex_cache.compile(r"^\s*(?:[a-zA-Z][.)]\s|[-•·▪➤]\s|(?:tabel|table|gambar|grafik|bab)\b|.*\t)", regex.I)


class FlattenedVocabulary(BaseModel):
    """``vocabulary.flattened`` of ``grammars/tables.yaml``, validated when first used."""

    model_config = ConfigDict(extra="forbid")
    column_labels: list[str]
    label_qualifier: str
    unit_words: list[str]
    joiners: list[str]
    cell_opening_prefixes: list[str]
    cell_opening_suffixes: list[str]


@dataclass(frozen=True)
class _Vocab:
    labels: frozenset[tuple[str, ...]]
    longest_label: int
    first_words: frozenset[str]
    qualifier: regex.Pattern
    units: frozenset[str]
    joiners: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    tables = load_grammar("tables").vocabulary or {}
    try:
        v = FlattenedVocabulary.model_validate(tables.get("flattened"))
    except ValidationError as e:
        first = e.errors()[0]
        key = ".".join(["vocabulary", "flattened", *(str(p) for p in first["loc"])])
        raise GrammarError("tables.yaml", key, first["msg"]) from e
    try:
        qualifier = regex_cache.compile(v.label_qualifier, regex.I)
    except regex.error as e:
        raise GrammarError("tables.yaml", "vocabulary.flattened.label_qualifier", f"regex does not compile: {e}") from e
    labels = frozenset(tuple(label.lower().split()) for label in v.column_labels)
    count_units = (load_grammar("counts").vocabulary or {}).get("units", {})
    return _Vocab(
        labels=labels,
        longest_label=max(len(k) for k in labels),
        first_words=frozenset(k[0] for k in labels),
        qualifier=qualifier,
        units=frozenset(w.lower() for w in [*v.unit_words, *count_units]),
        joiners=frozenset(w.lower() for w in v.joiners),
        prefixes=tuple(p.lower() for p in v.cell_opening_prefixes),
        suffixes=tuple(s.lower() for s in v.cell_opening_suffixes),
    )


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    line: int  # index of its line in the text's lines
    first_on_line: bool


def _words(text: str, lines: list[tuple[int, int]], i: int) -> list[Word]:
    s, e = lines[i]
    ms = list(_WORD.finditer(text, s, e))
    return [Word(m.group(), m.start(), m.end(), i, k == 0) for k, m in enumerate(ms)]


def _cell(words: list[Word], at: Optional[int] = None) -> TableCell:
    if not words:
        return TableCell("", at or 0, at or 0)
    return TableCell(joined_words([w.text for w in words], [w.line for w in words]), words[0].start, words[-1].end)


_BROKEN_WORD = regex_cache.compile(r"^\p{L}+-$")  # a word cut at a line's end ("Persen-")


def joined_words(texts: list[str], lines: list[int]) -> str:
    """The words of a cell joined by single spaces, a word a narrow column broke at a line's end
    with a hyphen ("Persen-" / "tase") made whole again: "Persentase". A word whose rest opens
    with a capital or a figure is no broken word ("Sosial-" / "Ekonomi"); one whose rest repeats
    it is a reduplication that keeps its hyphen ("anak-" / "anak": "anak-anak")."""
    out = ""
    for k, word in enumerate(texts):
        if k == 0:
            out = word
            continue
        before = texts[k - 1]
        if lines[k] != lines[k - 1] and _BROKEN_WORD.match(before) and word[:1].islower():
            reduplication = word.lower() == before[:-1].lower()
            out = (out if reduplication else out[:-1]) + word
            continue
        out += " " + word
    return out


# ---------------------------------------------------------------------------------------------
# header


def header_labels(words: list[Word], *, open_label: bool = False) -> Optional[list[list[Word]]]:
    """The column labels a header line's words make, or None when a word is no label word.

    A label opens a column ("Indikator Kinerja Utama", "Satuan"); a qualifier ("2019", "(%)",
    "Kejuaraan/Kegiatan/Penghargaan", a unit in capitals: "KPM") goes with the label before it. ``open_label`` says that a
    label of an earlier header line is there to take a qualifier starting this line; the first
    list then holds those qualifiers.
    """
    v = _vocab()
    out: list[list[Word]] = [[]] if open_label else []
    p = 0
    low = [w.text.lower().rstrip(":") for w in words]
    while p < len(words):
        n = next((n for n in range(min(v.longest_label, len(words) - p), 0, -1)
                  if tuple(low[p:p + n]) in v.labels), 0)
        if n:
            out.append(list(words[p:p + n]))
            p += n
            continue
        # a per cent sign before a label opens a column of that label's percentage ("Jumlah %
        # Graduasi": "Jumlah" | "% Graduasi"), where it is no qualifier of the label before
        # (the label a part of one before it: "Graduasi Alamiah | ... | Jumlah % Graduasi"; where it
        # is a column of its own, "Realisasi % Lebih/(Kurang)", the sign is a column too)
        m = next((m for m in range(min(v.longest_label, len(words) - p - 1), 0, -1)
                  if tuple(low[p + 1:p + 1 + m]) in v.labels and low[p + 1] in low[:p]), 0) \
            if low[p] == "%" and out and out[-1] else 0
        if m:
            out.append(list(words[p:p + 1 + m]))
            p += 1 + m
            continue
        # labels joined by a slash open a column of their own ("No Program/Kegiatan")
        parts = [q for q in low[p].split("/") if q]
        if out and len(parts) > 1 and all((q,) in v.labels for q in parts):
            out.append([words[p]])
            p += 1
            continue
        # a unit abbreviated in capitals after a label says what it counts ("Target KPM",
        # "Realisasi KK"); a unit in words may head a column of its own ("Laki-laki Perempuan")
        in_capitals = words[p].text.isupper() and low[p] in v.units
        if out and (v.qualifier.match(low[p]) or "/" in low[p] or in_capitals):
            out[-1].append(words[p])
            p += 1
            continue
        if open_label and low[p] in v.units and words[p].text[:1].isupper():
            # on a header's lower line, a unit heads the column of its counts under a group's
            # label ("Tertangani" over "Jiwa   %")
            out.append([words[p]])
            p += 1
            continue
        return None
    return out


@dataclass
class _Header:
    labels: list[list[Word]]
    end_line: int  # index of the header's last line
    longest_line: int


def _skip_blank(text: str, lines: list[tuple[int, int]], j: int) -> tuple[int, int]:
    """(index of the next non-blank line from j, how many blank lines were skipped)."""
    k = j
    while k < len(lines) and not text[lines[k][0]:lines[k][1]].strip():
        k += 1
    return k, k - j


def _header_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[_Header]:
    labels: list[list[Word]] = []
    j, end, longest = i, None, 0
    for _ in range(MAX_HEADER_LINES):
        if j >= len(lines):
            break
        s, e = lines[j]
        line = text[s:e]
        if len(line.strip()) > MAX_HEADER_LINE or "\t" in line.strip():
            break
        words = _words(text, lines, j)
        got = header_labels(words, open_label=bool(labels))
        if got is None:
            if labels and len(words) > 1 and _YEAR.match(words[0].text) and words[1].text[:1].isalpha():
                # "... Target 2024 Pagu Indikatif 2024 Target" / "2025 Prakiraan Maju 2025": a header
                # wrapped onto a line of labels this vocabulary does not know, no row: no table read
                return None
            break
        if labels:  # qualifiers starting this line go with the last label ("2019 Target 2020")
            labels[-1].extend(got[0])
            got = got[1:]
            # a line of one label that ends the last one's words: "... % Sisa" / "Anggaran" is
            # "Sisa Anggaran", one column
            if len(got) == 1 and _is_label(labels[-1] + got[0]):
                labels[-1].extend(got[0])
                got = []
        labels.extend(got)
        end, longest = j, max(longest, len(line.strip()))
        nxt, gap = _skip_blank(text, lines, j + 1)
        if gap > 1:
            break
        j = nxt
    if end is None or len(labels) < 2:
        return None
    return _Header(labels, end, longest)


_YEAR = regex_cache.compile(r"^(?:19|20)\d\d$")


def _is_label(words: list[Word]) -> bool:
    """Are the words one column label of the vocabulary ("Sisa Anggaran")?"""
    return tuple(w.text.lower().rstrip(":") for w in words) in _vocab().labels


def fit_labels(labels: list[list[Word]], width: int) -> list[TableCell]:
    """One header cell per column. When the rows have more columns than the header has labels,
    a label over a run of years heads one column per year ("REALISASI 2009 2010 2011" →
    "REALISASI 2009", "REALISASI 2010", "REALISASI 2011"), and a lone "%" after a label heads
    a column of its own ("Realisasi %"); columns still unlabelled get an empty label."""
    cells: list[TableCell] = []
    spare = width - len(labels)
    for label in labels:
        base = [w for w in label if not _YEAR.match(w.text)]
        years = [w for w in label if _YEAR.match(w.text)]
        if spare > 0 and len(years) >= 2 and base and len(years) - 1 <= spare:
            spare -= len(years) - 1
            text = " ".join(w.text for w in base)
            cells += [TableCell(f"{text} {y.text}", base[0].start, y.end) for y in years]
        elif spare > 0 and len(label) > 1 and label[-1].text == "%":
            spare -= 1
            cells += [_cell(label[:-1]), _cell(label[-1:])]
        else:
            cells.append(_cell(label))
    end = cells[-1].end
    return cells + [TableCell("", end, end) for _ in range(width - len(cells))]


def _is_number_label(label: list[Word]) -> bool:
    return " ".join(w.text.lower() for w in label).rstrip(".") in {"no", "nomor"}


def _is_unit_label(label: list[Word]) -> bool:
    return bool(label) and label[0].text.lower() == "satuan"


# ---------------------------------------------------------------------------------------------
# numbered rows


def _row_number_line(text: str, line: tuple[int, int], num: int) -> bool:
    return bool(regex.match(rf"^\s*{num}[.)]\s+\S", text[line[0]:line[1]]))


# a web page's leftover on a line of its own: one token joined by underscores ("spot_img", an
# image's placeholder a theme left in the page's text), no words of a report
_MARKUP_LEFTOVER = regex_cache.compile(r"[ \t]*[\w-]*_[\w-]*[ \t]*")


def _is_stop(text: str, line: tuple[int, int]) -> bool:
    return bool(_STOP.match(text[line[0]:line[1]]))


def _row_starts_soon(text: str, lines: list[tuple[int, int]], j: int, num: int) -> bool:
    """Does row ``num`` start within the next few lines, before anything that ends a table?"""
    seen = 0
    while j < len(lines) and seen < LOOKAHEAD_LINES:
        if text[lines[j][0]:lines[j][1]].strip():
            if _row_number_line(text, lines[j], num):
                return True
            if _is_stop(text, lines[j]):
                return False
            seen += 1
        j += 1
    return False


def _numbered_rows(text: str, lines: list[tuple[int, int]], first: int, header: _Header,
                   gap: int) -> tuple[list[list[int]], int]:
    """Line indices of each numbered row, and the index after the table's last line."""
    rows: list[list[int]] = []
    max_gap, longest = gap, header.longest_line
    j, num = first, 1
    while j < len(lines) and _row_number_line(text, lines[j], num):
        row = [j]
        longest = max(longest, len(text[lines[j][0]:lines[j][1]].strip()))
        k = j + 1
        while len(row) < MAX_ROW_LINES:
            nxt, g = _skip_blank(text, lines, k)
            if nxt >= len(lines) or _row_number_line(text, lines[nxt], num + 1) or _is_stop(text, lines[nxt]) \
                    or _MARKUP_LEFTOVER.fullmatch(text, *lines[nxt]):
                break
            if g > 3:
                break
            more_rows = _row_starts_soon(text, lines, nxt, num + 1)
            line_len = len(text[lines[nxt][0]:lines[nxt][1]].strip())
            # a wider gap than any inside the table, or (in what may be the last row) a line
            # longer than any of the table's: the table has ended, unless the next row follows
            if not more_rows and (g > max_gap or line_len > longest or text[lines[nxt][0]:lines[nxt][1]].rstrip().endswith(":")):
                break
            row.append(nxt)
            max_gap, longest = max(max_gap, g), max(longest, line_len)
            k = nxt + 1
        rows.append(row)
        j, g = _skip_blank(text, lines, row[-1] + 1)
        if g > max(max_gap, 1):
            break
        num += 1
    end = rows[-1][-1] + 1 if rows else first
    return rows, end


def _line_lengths(words: list[Word]) -> dict[int, int]:
    """Length of the row's part on each of its lines, first word to last."""
    first: dict[int, Word] = {}
    last: dict[int, Word] = {}
    for w in words:
        first.setdefault(w.line, w)
        last[w.line] = w
    return {ln: last[ln].end - first[ln].start for ln in first}


def boundary_score(words: list[Word], p: int, line_lengths: Optional[dict[int, int]] = None) -> int:
    """How likely a new cell starts at ``words[p]`` of a row whose cells ran together.

    For: a sentence end before it (+3), a line break (+2), a short last line of a wrapped cell
    before it (+1), a lower-case word followed by a capitalised one on the same line (+1), a
    word shaped like a verb or nominalised verb ("Membuat", "Penanganan", "Koordinasi": +1).
    Against: a word before it that needs a complement ("di", "dan", "yang": -5), an open bracket
    (-5), a capitalised name going on over a line break ("Pemerintahan / Kelurahan": -1).
    Only a capitalised word can open a cell (not an acronym, not a bracket): others score 0.
    """
    v = _vocab()
    lengths = line_lengths if line_lengths is not None else _line_lengths(words)
    prev, word = words[p - 1], words[p]
    if not _is_title(word.text.rstrip(".,;:")):
        return 0
    prev_bare = prev.text.strip("\"'“”‘’")
    score = 0
    if prev_bare.endswith((".", ";", "!", "?")) and len(prev_bare) > 4:
        score += 3
    if word.first_on_line:
        score += 2
        row_lines = sorted(lengths)
        k = row_lines.index(prev.line)
        if k > 0 and lengths[prev.line] < 0.6 * lengths[row_lines[k - 1]]:
            score += 1  # the wrapped cell's last, short line ends here
        if _is_title(prev_bare):
            score -= 1  # "Penyelenggaraan Pemerintahan / Kelurahan": a name goes on
    elif prev_bare.isalpha() and prev_bare.islower():
        score += 1
    low = word.text.lower().rstrip(".,;:")
    if len(low) >= 6 and (low.startswith(v.prefixes) or low.endswith(v.suffixes)):
        score += 1
    if prev_bare.lower().rstrip(".,;:") in v.joiners:
        score -= 5
    left = " ".join(w.text for w in words[:p])
    if left.count("(") > left.count(")"):
        score -= 5
    return score


def _is_title(word: str) -> bool:
    """"Penanganan", "Kota": capitalised, not an acronym ("PMKS") and not a code ("LK3")."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()


def split_row(words: list[Word], cells: int) -> Optional[list[list[Word]]]:
    """Cut a row's words into ``cells`` cells at the best-scoring boundaries (the earlier of
    two equal ones); None when there are not that many places a cell can start at."""
    if cells <= 1:
        return [words]
    lengths = _line_lengths(words)
    lead = 1 if words and _ROW_NUMBER.match(words[0].text) else 0
    scored = [(boundary_score(words, p, lengths), p) for p in range(lead + 1, len(words))]
    best = sorted((sp for sp in scored if sp[0] > 0), key=lambda sp: (-sp[0], sp[1]))[:cells - 1]
    if len(best) < cells - 1:
        return None
    bounds = [0, *sorted(p for _, p in best), len(words)]
    return [list(words[a:b]) for a, b in zip(bounds, bounds[1:])]


_MARKED_LINE = regex_cache.compile(r"[ \t]*\d{1,3}[.)][ \t]+\p{L}")
_ENDS_IN_FIGURES = regex_cache.compile(r"\d[\d.,]*%?[ \t]+\d[\d.,]*%?[ \t]*$")


def _numbered_under_figures(text: str, lines: list[tuple[int, int]], row: list[int]) -> bool:
    """Does a line of the row open with a number of its own right after a line ending in
    figures ("1. Program Rehabilitasi Sosial 2.450.000.000 2.318.250.000" / "1. Rehabilitasi
    ...")? Then the rows are numbered on two levels (programs, their kegiatan from 1 again),
    each a line ending in figures: rows the numbered reading would run together."""
    return any(_ENDS_IN_FIGURES.search(text, *lines[a]) and _MARKED_LINE.match(text, *lines[b])
               for a, b in zip(row, row[1:]))


def _numbered_table(text: str, lines: list[tuple[int, int]], header: _Header, first: int,
                    gap: int) -> Optional[tuple[list[list[TableCell]], int]]:
    rows, end = _numbered_rows(text, lines, first, header, gap)
    if len(rows) < 2 or any(_numbered_under_figures(text, lines, row) for row in rows):
        return None
    labels = header.labels
    numbered_column = _is_number_label(labels[0])
    text_columns = len(labels) - 1 if numbered_column else len(labels)
    out: list[list[TableCell]] = []
    unsplit = 0
    for row in rows:
        words = [w for j in row for w in _words(text, lines, j)]
        number: list[Word] = []
        if numbered_column:
            number, words = words[:1], words[1:]
        cells = split_row(words, text_columns)
        if cells is None:
            unsplit += 1
            cells = [words] + [[] for _ in range(text_columns - 1)]
        at = words[-1].end if words else lines[row[-1]][1]
        out.append(([_cell(number)] if numbered_column else []) + [_cell(c, at) for c in cells])
    # a numbered list under a line of label words is no table when its items cannot be cut
    if unsplit * 2 > len(rows):
        return None
    return out, end


# ---------------------------------------------------------------------------------------------
# rows ending in numbers


def _unit_after_number(words: list[Word], k: int, units: bool) -> bool:
    """Is word ``k`` a count's unit right after its number ("250 anak", "12 KPM"), where ``units``?"""
    return units and k > 0 and words[k].text.lower() in _vocab().units and bool(_NUMBER.match(words[k - 1].text)) \
        and words[k - 1].text[:1].isdigit() and not words[k - 1].text.endswith("%")


_GRADE = regex_cache.compile(r"AA|BB|CC|[ABCD]")


def _number_tail(words: list[Word], units: bool = False) -> int:
    """Where the run of numbers ending the line starts ("Persen 99,08 85,21 99,37" → 1). With
    ``units``, a count's unit after its number is part of it ("... 250 anak 240 anak 96,00" → the
    six words). A currency word ending the line opens a figure that wrapped onto the next
    ("... Rp 612.300.000,00 Rp" / "598.940.000,00 97,82%"): it is part of the run."""
    p = len(words)
    if p > 1 and _CURRENCY.match(words[-1].text):
        p -= 1
    while p > 0 and (_NUMBER.match(words[p - 1].text) or words[p - 1].text == "%" and p > 1
                     and _NUMBER.match(words[p - 2].text) or _unit_after_number(words, p - 1, units)
                     # a SAKIP grade as a target before the figures ("Nilai SAKIP ... BB 8.120.400.000")
                     or 1 < p < len(words) and _GRADE.fullmatch(words[p - 1].text) and _NUMBER.match(words[p].text)):
        if _unit_after_number(words, p - 1, units):
            p -= 1  # the unit; its number next
        p -= 1
        # "Rp" written apart from its figure ("Rp 1.250.000") is part of it
        if p > 0 and _CURRENCY.match(words[p - 1].text) and _NUMBER.match(words[p].text) \
                and words[p].text[:1].isdigit():
            p -= 1
    # a "%" standing alone belongs to the number before it; a leading lone "%" is a unit
    while p < len(words) and words[p].text == "%":
        p += 1
    return p


def _numbers_of(words: list[Word], units: bool = False) -> list[list[Word]]:
    out: list[list[Word]] = []
    for k, w in enumerate(words):
        if w.text == "%" and out or out and len(out[-1]) == 1 and _CURRENCY.match(out[-1][0].text) \
                or out and _unit_after_number(words, k, units):
            out[-1].append(w)
        else:
            out.append([w])
    return out


_LETTERED = regex_cache.compile(r"^\s*[a-zA-Z][.)]\s")


def _empty_word_columns(rows: list[list[TableCell]], header: _Header) -> None:
    """Rows ending in figures hold all their words in one label cell: where the header has more
    columns of words after the label's ("Kegiatan | Indikator Keluaran | Target ..."), those
    columns are left empty in each row, so that the figures stand under the figures' labels and
    not one column to the left of them."""
    from .figure_rows import word_columns_after_label  # here: figure_rows imports this module

    labels = [" ".join(w.text for w in label) for label in header.labels]
    first = 1 if _is_number_label(header.labels[0]) else 0
    extra = word_columns_after_label(([""] if first == 0 else []) + [x for x in labels if x.lower() != "satuan"])
    if extra <= 0:
        return
    for r in rows:
        at = r[first].end
        r[first + 1:first + 1] = [TableCell("", at, at) for _ in range(extra)]


def _lettered_row(text: str, lines: list[tuple[int, int]], k: int, width_numbers: Optional[int]) -> bool:
    """Is line ``k`` a lettered row under a numbered one ("a. Rehabilitasi sosial dasar ...
    650.000.000 617.500.000 95,00": a program's kegiatan), ending in as many figures as the rows
    before? A lettered line is otherwise a list's item that ends the table."""
    if width_numbers is None or width_numbers < 2 or not _LETTERED.match(text[lines[k][0]:lines[k][1]]):
        return False
    words: list[Word] = []
    # its name or its figures may wrap onto the next lines ("a. Rehabilitasi sosial dasar
    # penyandang disabilitas" / "terlantar 650.000.000 617.500.000 95,00")
    for j in range(k, min(len(lines), k + MAX_LETTERED_LINES)):
        if j > k and (not text[lines[j][0]:lines[j][1]].strip() or _is_stop(text, lines[j])
                      or _ROW_OPENING_WORD.match(text, lines[j][0], lines[j][1])):
            break
        words += _words(text, lines, j)
        p = _number_tail(words)
        if p > 1 and len(_numbers_of(words[p:])) == width_numbers:
            return True
    return False


MAX_LETTERED_LINES = 3  # lines a lettered row may wrap over
# a line that opens a numbered row ("2 Program ...", "12. ..."): no lettered row's rest
_ROW_OPENING_WORD = regex_cache.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+\p{L}")


def _figure_columns(header: _Header) -> tuple[int, int]:
    """How many columns of figures the header names, at least and at most: its labels after the
    row's number and name, less a "Satuan" column and columns of words ("Indikator Kinerja",
    "Program/Kegiatan" after "Uraian"); at most one more for a lone "%" after a label
    ("Sisa (Rp) %") and for each year more than one under one label ("Target 2019 2020"), as
    :func:`fit_labels` may part them."""
    from .figure_rows import word_columns_after_label  # here: figure_rows imports this module

    first = 1 if _is_number_label(header.labels[0]) else 0
    rest = header.labels[first + 1:]
    names = [" ".join(w.text for w in label) for label in header.labels]
    words = word_columns_after_label(([""] if first == 0 else []) + [x for x in names if x.lower() != "satuan"])
    least = len(rest) - sum(1 for label in rest if _is_unit_label(label)) - max(words, 0)
    parted = 0
    for label in rest:
        years = sum(1 for w in label if _YEAR.match(w.text))
        parted += max(years - 1, 0) if years < len(label) else 0
        parted += len(label) > 1 and label[-1].text == "%"
    return least, least + parted


_BARE_INTEGER = regex_cache.compile(r"\d{1,3}").fullmatch  # "27": a page's or a row's number as like as a figure


def _wrapped_figures(text: str, lines: list[tuple[int, int]], k: int, count: int,
                     width_numbers: Optional[int], columns: tuple[int, int]) -> Optional[list[int]]:
    """The lines after line ``k`` (which ends in ``count`` figures) that hold the rest of its
    row's figures, a copy of a PDF having wrapped the row in the middle of them ("1 Pemberdayaan
    Sosial KAT 135.400" / "128.950 6.450 95,24"): lines of figures only, right after it, that
    make the row's figures as many as the rows before have (``width_numbers``) or, in the first
    row, as many as the header has columns of figures for (``columns``: at least, at most).
    None when no such lines complete it. A lone short whole number ("27", "1") on a line is no
    row's figure: a page's number, or the next row's in a table a cell a line; nor a year
    ending a line of labels ("% Capaian 2023")."""
    least, most = columns
    want = (width_numbers, width_numbers) if width_numbers is not None else (max(least, 2), most)
    if want[0] < 2 or count >= want[1]:
        return None
    if count == 1 and _YEAR.match(_words(text, lines, k)[-1].text):
        return None
    rest: list[int] = []
    total = count
    r = k + 1
    while r < len(lines):
        words = _words(text, lines, r)
        if not words or _number_tail(words, units=True) != 0:
            break
        if len(words) == 1 and _BARE_INTEGER(words[0].text):
            break  # a page's number, or the next row's number in a table a cell a line
        rest.append(r)
        total += len(_numbers_of(words, units=True))
        r += 1
    if not rest:
        return None
    if total > want[1] and count < want[0]:
        # more figures than columns: the row's own, but which column each stands in is a guess
        # (its cells outnumber the header's labels, so no alarm comes from it)
        return rest
    return rest if want[0] <= total <= want[1] else None


def _numeric_table(text: str, lines: list[tuple[int, int]], header: _Header, first: int
                   ) -> Optional[tuple[list[list[TableCell]], int, set[int]]]:
    """Rows of label lines ending in a run of figures, the index after the last, and the rows
    whose figures' columns are a guess."""
    v = _vocab()
    has_number = _is_number_label(header.labels[0])
    has_unit = any(_is_unit_label(label) for label in header.labels)
    out: list[list[TableCell]] = []
    guessed: set[int] = set()  # rows (from 1) whose figures' columns are a guess
    width_numbers = None
    columns = _figure_columns(header)
    j, end = first, first
    while j < len(lines):
        label_words: list[Word] = []
        tail: Optional[list[Word]] = None
        overshot = False
        short = 0  # a total row's empty cells at its end
        k = j
        for _ in range(6):
            if k >= len(lines) or _is_stop(text, lines[k]) and not _lettered_row(text, lines, k, width_numbers):
                break
            words = _words(text, lines, k)
            p = _number_tail(words, units=True)
            count = len(_numbers_of(words[p:], units=True))
            # (a lone figure on a line of its own is a table's cell a line, no row wrapped)
            wrapped = count >= 2 or count == 1 and p > 0
            # a currency word ending the line is the figure of the next line's first
            dangling = int(p < len(words) and bool(_CURRENCY.match(words[-1].text)))
            rest = _wrapped_figures(text, lines, k, count - dangling, width_numbers, columns) if wrapped else None
            if rest is not None:  # the row's figures wrapped onto the lines after it
                label_words += words[:p]
                tail = words[p:] + [w for r in rest for w in _words(text, lines, r)]
                overshot = len(_numbers_of(tail, units=True)) > (width_numbers or columns[1])
                k = rest[-1]
                break
            if count >= 2 and (width_numbers is None or count == width_numbers):
                label_words += words[:p]
                tail = words[p:]
                break
            if 2 <= count < (width_numbers or 0) and not label_words and p > 0 \
                    and _TOTAL_LABEL.match(" ".join(w.text for w in words[:p])):
                # a total row with its last cells empty ("Jumlah 670.000.000 511.800.000 76,39"
                # under rows of four figures: no total of "Fisik (%)"); which cells are empty is a
                # guess, so the row raises no alarm
                label_words, tail, short = words[:p], words[p:], width_numbers - count
                break
            line = text[lines[k][0]:lines[k][1]].strip()
            # a label line is short and no sentence; it may hold figures ("Persentase PMKS yang
            # ditangani 4.120 / 9.800": the ratio's terms), but not end in a run of them
            if len(line) > MAX_LABEL_LINE or line.endswith((".", ":")):
                break
            label_words += words
            k, g = _skip_blank(text, lines, k + 1)
            if g > 1:
                break
        if tail is None or not label_words:
            break
        if not overshot and not short:  # (a wrapped row of more figures than columns sets no width)
            width_numbers = len(_numbers_of(tail, units=True))
        number: list[Word] = []
        if has_number and _NUMBER_LABEL(label_words[0].text):
            number, label_words = label_words[:1], label_words[1:]
        unit: list[Word] = []
        # the "Satuan" cell: a unit word just before the numbers, or the only word on their line
        if has_unit and label_words and label_words[-1].line == tail[0].line and (
                label_words[-1].text.lower() in v.units or label_words[-1].first_on_line):
            unit, label_words = label_words[-1:], label_words[:-1]
        at = label_words[0].start if label_words else tail[0].start
        row = ([_cell(number, at)] if has_number else []) + [_cell(label_words, at)] \
            + ([_cell(unit, tail[0].start)] if has_unit else []) + [_cell(n) for n in _numbers_of(tail, units=True)] \
            + [_cell([], tail[-1].end) for _ in range(short)]
        out.append(row)
        # a lone "." or "," before its figures: a figure broken there ("Rp.2.845.600" / ". 000")
        broken = bool(label_words) and label_words[-1].text in (".", ",")
        # a figure run into the label's last word ("Sosial135,4"): a cell lost to the label
        glued = bool(label_words) and _GLUED_FIGURE(label_words[-1].text) is not None
        if overshot or broken or glued or short or _figures_go_on(text, lines, k + 1):
            guessed.add(len(out))
        end = k + 1
        j, g = _skip_blank(text, lines, k + 1)
        if g > 2 or g and j < len(lines) and _header_at(text, lines, j) is not None:
            break  # (a header after a blank line opens another table, whose rows are its own)
    if not out:
        return None
    return out, end, guessed


def _figures_go_on(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Does line ``k``, right under a row, open with figures that are no row of their own (a
    figure, then no word: "4 , 6 0 % 9 9 , 5 3 %", the rest of a row's figures spaced out by a
    PDF's text layer and wrapped)? Then where the row's figures end, and which columns they
    fill, is a guess."""
    if k >= len(lines):
        return False
    words = _words(text, lines, k)
    if words and words[0].text in (".", ",") and len(words) > 1 and words[1].text[:1].isdigit():
        return True  # the rest of a figure broken before its dot: "Rp . 222 . 380" / ". 000"
    return bool(words) and bool(_NUMBER.match(words[0].text)) and (len(words) == 1 or not words[1].text[:1].isalpha())


# ---------------------------------------------------------------------------------------------
# one cell per line (a web page's table copied as text: every cell a line of its own)

MAX_CELL_LINE = 200  # characters; a longer line is prose, not a cell
_TOTAL_LABEL = regex_cache.compile(r"^\s*(?:jumlah|jmlh|jml|total|grand\s+total|sub\s*total)"
                             r"(?:\s+(?:total|keseluruhan|seluruhnya|akhir|umum))?\s*:?\s*$", regex.I)


def _counts(words: list[Word], n: int) -> bool:
    """Is the cell the row number ``n`` ("3", "3.", "3)")?"""
    return len(words) == 1 and bool(regex.fullmatch(rf"{n}[.)]?", words[0].text))


def _is_figure_line(words: list[Word]) -> bool:
    return bool(words) and _number_tail(words) == 0


_SUB_NUMBER = regex_cache.compile(r"(\d{1,2})\.(\d{1,2})\.?")


def _next_row_number(words: list[Word], last: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The number of the row after the one numbered ``last`` ((2, 0) for "2", (2, 3) for "2.3"): the
    next one ("3"), or the next under it ("2.4", "3.1" under "3": a program's kegiatan numbered
    under the program's number); None for any other cell."""
    top, sub = last
    if _counts(words, top + 1):
        return top + 1, 0
    m = _SUB_NUMBER.fullmatch(words[0].text) if len(words) == 1 else None
    if m and top and int(m.group(1)) == top and int(m.group(2)) == sub + 1:
        return top, sub + 1
    return None


_PERCENT_LABEL = regex_cache.compile(r"\(?%\)?")
_SLASH_PART = regex_cache.compile(r"[^\s/]+")
MAX_WRAPPED_LABEL = 3  # lines of one label cell


def _slash_parts(words: list[Word]) -> list[Word]:
    """The words with the parts of "Program/Kegiatan" as words of their own."""
    return [Word(m.group(), w.start + m.start(), w.start + m.end(), w.line, w.first_on_line and m.start() == 0)
            for w in words for m in _SLASH_PART.finditer(w.text)]


def _cell_per_line_table(text: str, lines: list[tuple[int, int]], i: int
                         ) -> Optional[tuple[Block, int]]:
    """A header of three or more lines, each one column label ("No", "Indikator Kinerja",
    "Satuan", "Target", "Realisasi", "Capaian (%)"), then rows of as many lines, one cell each.
    Every row has figures in the same columns as the first ("-" fits either); the rows end at a
    line that breaks that shape, and there must be two of them. A total row whose "No" cell was
    empty (so no line) has one line less: "Jumlah" right where a row number would be."""
    labels: list[list[Word]] = []
    j, last = i, i
    while j < len(lines) and len(labels) < 12:
        words = _words(text, lines, j)
        line = text[lines[j][0]:lines[j][1]].strip()
        got = header_labels(words) if words and len(line) <= MAX_HEADER_LINE and "\t" not in line else None
        if got is not None and len(got) > 1 and "/" in line and header_labels(_slash_parts(words)) is not None:
            got = [words]  # labels joined by a slash are one column's: "Program / Kegiatan"
        elif got is None and "/" in line and header_labels(_slash_parts(words)) is not None:
            got = [words]  # "Program/Kegiatan"
        elif got is None and labels and _PERCENT_LABEL.fullmatch(line):
            got = [words]  # a percentage column headed by the sign alone
        if got is None and labels and any(_YEAR.match(w.text) for w in words):
            # a column of a year: "s/d Tahun 2011", "2022" (qualifiers only, a label of its own)
            got = [words] if header_labels(words, open_label=True) is not None else None
        if not got or len(got) != 1:
            break
        labels.append(got[0])
        last = j
        j, g = _skip_blank(text, lines, j + 1)
        if g > 1:
            break
    k = len(labels)
    if k < 3:
        return None
    numbered = _is_number_label(labels[0])
    shape: Optional[list[Optional[bool]]] = None
    rows: list[list[TableCell]] = []
    end = last + 1
    j, g = _skip_blank(text, lines, last + 1)
    if g > 2:
        return None
    merges = 0
    numbers: Optional[tuple[int, int]] = (0, 0)  # the last row's number: a program's, and its kegiatan's
    if numbered:
        lines, merges = _first_label_unwrapped(text, lines, j, k)
    while j < len(lines):
        cells: list[list[Word]] = []
        p, want = j, k
        while len(cells) < want and p < len(lines):
            line = text[lines[p][0]:lines[p][1]].strip()
            if len(line) > MAX_CELL_LINE or "\t" in line:
                break
            words = _words(text, lines, p)
            if not cells and numbered and _TOTAL_LABEL.match(line):
                want = k - 1  # "Jumlah" stands where the empty "No" cell would
            col = len(cells) + k - want  # the column this line would fill
            if (shape is not None and cells and col < k and shape[col] and shape[col - 1] is False
                    and not _is_figure_line(words) and line not in ("-", "–", "—")
                    and len({w.line for w in cells[-1]}) < MAX_WRAPPED_LABEL):
                cells[-1] = cells[-1] + words  # a label wrapped onto the next line: words where figures go
            else:
                cells.append(words)
            p, g = _skip_blank(text, lines, p + 1)
            if g > 2 and len(cells) < want:
                break
        if len(cells) < want:
            if _total_row_at_end(cells, want, k, shape, numbered, text, lines, j):
                # "Jumlah" and its figures at the table's end, the word columns after them
                # ("Keterangan") left blank: no line of theirs
                cells += [[] for _ in range(want - len(cells))]
            else:
                break
        kinds: list[Optional[bool]] = [None] * (k - want) + [
            None if " ".join(w.text for w in c) in ("-", "–", "—") else _is_figure_line(c) for c in cells]
        if shape is None:
            if want < k or not any(kinds) or all(x is not False for x in kinds):
                return None  # the first row has figures and words
            shape = kinds
        elif any(a is not None and b is not None and a != b for a, b in zip(shape, kinds)):
            break
        # figures in the first column are the rows' numbers: 1, 2, 3 ... (a total row has none)
        # (a "No" column must hold them)
        if (shape[0] or numbered) and want == k:
            numbers = _next_row_number(cells[0], numbers)
            if numbers is None:
                break
        cells = _word_cells_resplit(cells, shape[k - want:])
        at = cells[0][0].start
        filled = [c for c in cells if c]
        rows.append([TableCell("", at, at) for _ in range(k - want)] + [_cell(c, filled[-1][-1].end) for c in cells])
        end = filled[-1][-1].line + 1
        j = p
    if not numbered and shape is not None and _words_then_figures(shape):
        spanned = _spanned_rows(text, lines, _skip_blank(text, lines, last + 1)[0], shape)
        if spanned is not None and len(spanned[0]) > len(rows):
            rows, end = spanned
    if len(rows) < 2:
        return None
    head = [_cell(label) for label in labels]
    block = Block("table", labels[0][0].start, rows[-1][-1].end, rows=[head, *rows], header_rows=1)
    return block, end + merges  # the index in the lines as they were


def _total_row_at_end(cells: list[list[Word]], want: int, k: int, shape: Optional[list[Optional[bool]]],
                      numbered: bool, text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """Is this short row the totals' row of a numbered table ("Jumlah" where the empty "No" cell
    would be) with its figures, where only word columns after them (a blank "Keterangan") have no
    line of theirs?"""
    if shape is None or not numbered or want != k - 1 or len(cells) < 2:
        return False
    if not _TOTAL_LABEL.match(text[lines[j][0]:lines[j][1]]):
        return False
    present = shape[1:1 + len(cells)]
    missing = shape[1 + len(cells):]
    return all(x is False for x in missing) and all(
        _is_figure_line(c) == x for c, x in zip(cells[1:], present[1:]) if x is not None)


def _words_then_figures(shape: list[Optional[bool]]) -> bool:
    """A row shape of two word columns or more, then figures only ("Sasaran | Indikator |
    Target | Realisasi | Capaian"): the first column may span rows."""
    words = 0
    while words < len(shape) and shape[words] is False:
        words += 1
    return words >= 2 and words < len(shape) and all(x is not False for x in shape[words:])


MAX_SPANNED_EXTRA = 2  # lines of words beyond a row's word columns (a wrapped name, a page's footer)


def _spanned_rows(text: str, lines: list[tuple[int, int]], j: int, shape: list[Optional[bool]]
                  ) -> Optional[tuple[list[list[TableCell]], int]]:
    """Rows of a cell-a-line table whose first column spans rows, as an LKjIP's "Sasaran
    Strategis" spans its indicators: each row is lines of words, then as many figure lines as
    the table has figure columns. A row with one word line less than the word columns has its
    first cell in a row above (left empty here); one with more has a wrapped name or a page's
    running footer before it ("Laporan Kinerja ... 18"), which goes on its first cell. The rows
    end at a line that is no cell or where the figures do not come."""
    width = len(shape)
    figures = sum(1 for x in shape if x is not False)
    label_columns = width - figures
    rows: list[list[TableCell]] = []
    end = j
    while j < len(lines):
        word_lines: list[list[Word]] = []
        figure_lines: list[list[Word]] = []
        p = j
        while p < len(lines) and len(figure_lines) < figures:
            line = text[lines[p][0]:lines[p][1]].strip()
            if not line or len(line) > MAX_CELL_LINE or "\t" in line:
                break
            words = _words(text, lines, p)
            if _is_figure_line(words) or line in ("-", "–", "—"):
                figure_lines.append(words)
            elif figure_lines:
                break  # words among a row's figures: no row of this table
            else:
                word_lines.append(words)
            p, _ = _skip_blank(text, lines, p + 1)
        short = label_columns - len(word_lines)
        if len(figure_lines) < figures or short > 1 or short < -MAX_SPANNED_EXTRA or not word_lines:
            break
        if short < 0:  # the first lines go on the first cell
            word_lines = [[w for ln in word_lines[:1 - short] for w in ln]] + word_lines[1 - short:]
        at = word_lines[0][0].start
        rows.append([TableCell("", at, at)] * short + [_cell(c) for c in word_lines + figure_lines])
        end = figure_lines[-1][-1].line + 1
        j = p
    return (rows, end) if len(rows) >= 2 else None


def _lines_of(words: list[Word]) -> list[list[Word]]:
    """A cell's words by the line they stand on."""
    out: list[list[Word]] = []
    for w in words:
        if out and out[-1][-1].line == w.line:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _continues(line: list[Word]) -> bool:
    """Does a line of words go on with the cell above it: it opens with a small letter
    ("tertangani", "bantuan sosial"), where a cell of a name opens with a capital?"""
    return line[0].text[:1].islower()


def _cell_starts(lines: list[list[Word]], cells: int) -> list[int]:
    """Which of a run's lines of words open its ``cells`` cells: the first line, then the lines
    that open with a capital (the first of them), then, wanting more, the last lines (a unit or a
    category after a wrapped name is short and does not wrap)."""
    opening = [n for n in range(1, len(lines)) if not _continues(lines[n])][:cells - 1]
    rest = [n for n in range(len(lines) - 1, 0, -1) if n not in opening][:cells - 1 - len(opening)]
    return [0] + sorted(opening + rest)


def _word_cells_resplit(cells: list[list[Word]], shape: list[Optional[bool]]) -> list[list[Word]]:
    """A row's runs of word cells ("Sasaran | Indikator", "Indikator | Satuan") cut again where
    their lines were wrapped: the lines of a run are shared among its cells by where a cell
    opens (:func:`_cell_starts`), not each line a cell and the rest in the last one."""
    out = list(cells)
    n = 0
    while n < len(shape):
        if shape[n] is not False:
            n += 1
            continue
        end = n
        while end < len(shape) and shape[end] is False:
            end += 1
        lines = [ln for c in out[n:end] for ln in _lines_of(c)]
        if len(lines) > end - n:
            starts = _cell_starts(lines, end - n) + [len(lines)]
            out[n:end] = [[w for ln in lines[a:b] for w in ln] for a, b in zip(starts, starts[1:])]
        n = end
    return out


def _first_label_unwrapped(text: str, lines: list[tuple[int, int]], j: int, k: int
                           ) -> tuple[list[tuple[int, int]], int]:
    """The lines with the first row's label made one line where it was wrapped over two or three
    ("Persentase PMKS yang memperoleh" / "bantuan sosial"), and how many lines fewer that makes.
    Rows after the first are unwrapped by the shape the first gives (words where figures go);
    the first is told by where the second starts: its number "2" on a line of its own, a label
    after it, and one or two lines more than the header's columns between. The two word lines
    merged are the first pair in the row (an indicator's name wraps, its unit does not)."""
    if j >= len(lines) or not _counts(_words(text, lines, j), 1):
        return lines, 0
    row: list[int] = []
    p = _skip_blank(text, lines, j + 1)[0]
    while p < len(lines) and len(row) <= k + 1:
        words = _words(text, lines, p)
        nxt = _skip_blank(text, lines, p + 1)[0]
        if _counts(words, 2) and nxt < len(lines) and not _is_figure_line(_words(text, lines, nxt)):
            break
        row.append(p)
        p = nxt
    extra = len(row) - (k - 1)
    if p >= len(lines) or not 1 <= extra <= MAX_WRAPPED_LABEL - 1:
        return lines, 0
    words = [_words(text, lines, q) for q in row]
    words_line = [not _is_figure_line(w) for w in words]
    # the lines that go on with the line above: of words after words, those opening with a small
    # letter first, then the first such lines
    joinable = [n for n in range(1, len(row)) if words_line[n] and words_line[n - 1]]
    chosen = sorted(([n for n in joinable if _continues(words[n])] +
                     [n for n in joinable if not _continues(words[n])])[:extra])
    if len(chosen) < extra:
        return lines, 0
    merged = list(lines)
    for n in reversed(chosen):  # each into the line above it, from the last: indices stay put
        a, b = row[n - 1], row[n]
        merged[a:b + 1] = [(merged[a][0], merged[b][1])]
        # the lines between two lines of a cell are blank ones: merged away with them
    return merged, len(lines) - len(merged)


# ---------------------------------------------------------------------------------------------


def continues_table(before: list[list[TableCell]], rows: list[list[TableCell]]) -> bool:
    """Can ``rows`` be the rest of a table of the rows ``before`` (after a page break): as many
    columns, or one more or less (a column empty on one page), unless then they open with a
    header of their own (another table, whose columns the typing could not fit to the first's).
    A header of its own over as many columns stays: the typing makes a table of it that keeps
    the caption."""
    a, b = max((len(r) for r in before), default=0), max((len(r) for r in rows), default=0)
    return a == b or abs(a - b) == 1 and not (rows and before and (
        header_of_its_own(rows[0], before[0]) or _numbered_after_named(before[-1], rows[0])))


_ROW_NUMBER_CELL = regex_cache.compile(r"\d{1,3}\.?")


def _numbered_after_named(last: list[TableCell], first: list[TableCell]) -> bool:
    """Do the rows open with a row's number where the rows before opened with a name ("2" |
    "Program B" | ... after "Pemulangan orang terlantar" | ...): a column more on the left, a
    program's row after the table of the kegiatan of the one before, not its rest."""
    return bool(first and last and _ROW_NUMBER_CELL.fullmatch(first[0].text.strip())
                and _OPENS_WITH_A_LETTER(last[0].text))


_OPENS_WITH_A_LETTER = regex_cache.compile(r"\s*\p{L}").match


def header_of_its_own(first: list[TableCell], header: list[TableCell]) -> bool:
    """Is a table's first row a header that is not a repeat of the header before it (labels in
    two cells or more, no figure)? Then it starts a table of its own ("Kode | Program/Kegiatan/Sub
    Kegiatan | Anggaran (Rp) | ..." after a "Program/Kegiatan | Pagu | ..." table)."""
    cells = [" ".join(c.text.lower().split()) for c in first if c.text]
    if len(cells) < 2 or any(_DIGIT_IN(t) for t in cells):
        return False
    # column labels ("Kode", "Anggaran (Rp)"), not the rest of a row the page broke
    if sum(1 for c in first if c.text and header_label_count(c.text)) < 2:
        return False
    # a header repeated after a page break, maybe written a little differently ("INDIKATOR
    # KINERJA UTAMAA", its columns not all labelled again): half its cells are the header's
    before = {" ".join(c.text.lower().split()) for c in header if c.text}
    # the rows named by another level of the nomenclature ("Kegiatan | Pagu (Rp) | ..." under a
    # "No | Program | Pagu (Rp) | ..." row: the table of a program's kegiatan), however many of
    # the figures' labels it shares
    if _levels_named(" ".join(cells)) != _levels_named(" ".join(before)):
        return True
    return sum(1 for t in cells if t in before) * 2 < len(cells)


def _levels_named(labels: str) -> frozenset[str]:
    """The levels of the nomenclature a header's labels name: "program", "kegiatan", "sub kegiatan"."""
    return frozenset(m.group().replace(" ", "") for m in _LEVEL_WORD.finditer(labels))


_LEVEL_WORD = regex_cache.compile(r"\b(?:sub\s*kegiatan|kegiatan|program)\b", regex.I)


def could_start_table(text: str, line: tuple[int, int]) -> bool:
    """A cheap first look: is the line short and does it start with a column label's word?"""
    return could_start_line(text[line[0]:line[1]])


def header_label_count(line: str) -> int:
    """How many column labels the line is made of; 0 when it is not made only of labels."""
    if not could_start_line(line):
        return 0
    words = [Word(m.group(), m.start(), m.end(), 0, k == 0) for k, m in enumerate(_WORD.finditer(line))]
    labels = header_labels(words)
    return len(labels) if labels else 0


def label_first_words() -> frozenset[str]:
    """The first words of the column labels, lower case."""
    return _vocab().first_words


def unit_words() -> frozenset[str]:
    """The words of units a figure may be followed by ("Jiwa", "KK", "persen"), lower case."""
    return _vocab().units


def could_start_line(line: str) -> bool:
    """:func:`could_start_table` for a line on its own."""
    if len(line) > MAX_HEADER_LINE + 20:
        return False
    m = _WORD.search(line)
    return bool(m) and m.group().lower().rstrip(":") in _vocab().first_words


_CAPTION_NUMBER = regex_cache.compile(r"^\s*(?:tabel|table)\s+[\dIVXivx]+(?:[.\-]\d+)*\.?\s*$", regex.I)


def _caption_title(text: str, lines: list[tuple[int, int]], i: int, header: _Header) -> bool:
    """Is line ``i`` the title of a caption whose number stands alone on the line above ("Tabel
    3.3" / "Realisasi Anggaran Program Tahun 2018"), made of label words only, with the real
    header, opening with its "No" column, on the next line? Read as the header's first line it
    doubled the columns."""
    if i == 0 or not _CAPTION_NUMBER.match(text[lines[i - 1][0]:lines[i - 1][1]]):
        return False
    if _is_number_label(header.labels[0]) or header.end_line == i:
        return False
    below = _header_at(text, lines, _skip_blank(text, lines, i + 1)[0])
    return below is not None and _is_number_label(below.labels[0])


_CAPTION_OPENING = regex_cache.compile(r"^\s*(?:tabel|table)\s+[\dIVXivx]+(?:[.\-]\d+)*\.?\s+\S", regex.I)
# a caption's title ends in its year: "... Tahun 2023", "Tahun Anggaran 2021", "Tahun 2019-2023"
_ENDS_IN_YEAR = regex_cache.compile(r"\btahun(?:\s+anggaran)?\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?\s*$", regex.I)
_OPENING_LABEL = regex_cache.compile(r"^\s*(?:no\.?|nomor|kode)(?:\s|$)", regex.I)


# a line's last words a column's label and its unit: "... Pagu Anggaran 2022 (Rp)", "Capaian (%)"
_LABEL_WITH_UNIT_AT_END = regex_cache.compile(r"\p{L}+(?:\s+(?:19|20)\d\d)?\s*\((?:rp\.?|%)[^()]{0,12}\)\s*$", regex.I)


def _header_goes_on_from_above(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Is line ``i`` the rest of a header that starts on the line above, a line this reader
    cannot read as labels ("Kode Urusan/Bidang Urusan Pemerintahan Daerah dan" /
    "Program/Kegiatan/Sub Kegiatan Pagu Anggaran 2022 (Rp)" / "Realisasi 2022 (Rp) Capaian (%)"):
    the line above opens with the "No" or "Kode" column, or ends in a column's label and its
    unit? Read from line ``i``, the header lacks the first columns and the rows' figures stand
    under no label; the budget table's reading from the header it starts with (flat_tables.py)
    is then left to do."""
    if i == 0:
        return False
    above = text[lines[i - 1][0]:lines[i - 1][1]]
    if not above.strip() or _CAPTION_OPENING.match(above):
        return False
    if _OPENING_LABEL.match(above) and len(above.split()) > 1:
        return True
    m = _LABEL_WITH_UNIT_AT_END.search(above)
    return m is not None and header_label_count(m.group().strip()) >= 1


def _opens_header_line(text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """Is line ``j`` a header line of its own, opening with the "No" or "Kode" column ("No
    Uraian Anggaran Realisasi %"; not "No" alone, a header a cell a line)?"""
    if not _OPENING_LABEL.match(text[lines[j][0]:lines[j][1]]):
        return False
    labels = header_labels(_words(text, lines, j))
    return labels is not None and len(labels) >= 2


def _caption_rest(text: str, lines: list[tuple[int, int]], i: int, header: _Header) -> bool:
    """Is line ``i`` no line of the header that reads from it: the rest of a caption wrapped onto
    it ("Tabel III.6 Realisasi Anggaran Dinas Sosial per Program" / "Tahun 2023"), or a title over
    a header that opens with its "No" or "Kode" column on a line below? Read as the header's,
    its labels shifted every column by one; the table is read from a later line.

    A caption's rest follows the caption's first lines (up to three, the first opening with
    "Tabel"/"Table" and a number, none ending a sentence) and ends in its year ("Tahun 2023"), as
    a caption's title does; the header goes on below it. (One label alone is no sign: a header
    a cell a line has one label a line.)"""
    if header.end_line == i or _OPENING_LABEL.match(text[lines[i][0]:lines[i][1]]):
        return False
    if any(_opens_header_line(text, lines, j) for j in range(i + 1, header.end_line + 1)):
        return True
    caption = False
    for j in range(i - 1, max(-1, i - 4), -1):
        above = text[lines[j][0]:lines[j][1]].rstrip()
        if not above.strip() or above.endswith((".", ":")):
            break
        if _CAPTION_OPENING.match(above):
            caption = True
            break
    if not caption:
        return False
    return bool(_ENDS_IN_YEAR.search(text[lines[i][0]:lines[i][1]]))


# a nomenclature code opening a cell, then the row's name ("1.06.02 Program Rehabilitasi Sosial")
_CODE_BEFORE_WORD = regex_cache.compile(r"^(\d\.\d{2}(?:\.\d{1,2})+(?:\.\d{4})?\.?)\s+(?=\p{L})")
# the header of a column that may hold a row's code: "Kode", "No", or none
_CODE_COLUMN = regex_cache.compile(r"^\s*(?:kode(?:\s+rekening)?|no\.?|nomor)?\s*$", regex.I)


def split_coded_names(body: list[list[TableCell]], header: list[str]) -> list[list[TableCell]]:
    """"1.06.02 Program Rehabilitasi Sosial" in the column of codes ("Kode", "No"), the column of
    names after it empty (a flattened row's words fill the first columns): the name goes on to
    its column, the code stays in its own, so the name is the row's label and the code tells its
    depth."""
    out = []
    for r in body:
        r = list(r)
        for j in range(len(r) - 1):
            m = _CODE_BEFORE_WORD.match(r[j].text)
            if m and not r[j + 1].text and (j >= len(header) or _CODE_COLUMN.match(header[j])):
                c = r[j]
                r[j] = TableCell(m.group(1), c.start, c.start + len(m.group(1)))
                r[j + 1] = TableCell(c.text[m.end():], c.start + m.end(), c.end)
                break
        out.append(r)
    return out


def flattened_table_at(text: str, lines: list[tuple[int, int]], i: int) -> Optional[tuple[Block, int]]:
    """The flattened table whose header starts at line ``i``, and the index of the line after
    it; None when there is none."""
    if not could_start_table(text, lines[i]):
        return None
    header = _header_at(text, lines, i)
    if header is None or _caption_title(text, lines, i, header) or _caption_rest(text, lines, i, header) \
            or _header_goes_on_from_above(text, lines, i):
        return None
    first, gap = _skip_blank(text, lines, header.end_line + 1)
    if first >= len(lines) or gap > 2:
        return None
    # numbered rows of words first; rows ending in figures ("1. Program ... 2.270.000.000
    # 2.239.872.329 98,67") cannot be cut by words and are read as such
    found = _numbered_table(text, lines, header, first, gap) if _row_number_line(text, lines[first], 1) else None
    guessed: set[int] = set()
    if found is None:
        numeric = _numeric_table(text, lines, header, first)
        if numeric is not None:
            found, guessed = numeric[:2], numeric[2]
            _empty_word_columns(found[0], header)
    if found is None:
        return _cell_per_line_table(text, lines, i)
    rows, end = found
    width = max(len(header.labels), max(len(r) for r in rows))
    head = fit_labels(header.labels, width)
    for r in rows:
        at = r[-1].end
        r += [TableCell("", at, at) for _ in range(width - len(r))]
    rows = split_coded_names(rows, [c.text for c in head])
    # a row with a figure under no label has more cells than the header has columns: where its
    # figures stand is a guess ("8 5 %" read as two cells shifts the rest), so no alarm from it
    unlabelled = [k for k, c in enumerate(head) if not c.text]
    unsure = {n: None for n, r in enumerate(rows, 1) if n in guessed or any(r[k].text for k in unlabelled)}
    if unlabelled and len(unsure) == len(rows) and (_HEADER_REST.fullmatch(text, *lines[first])
                                                    or _FIGURES_LABEL.match(header.labels[0][0].text)):
        # no row has its figures under labels, and the first row's first line is the header's
        # rest (labels' units in brackets, no figure) or the header has no column of the rows'
        # names (its first label one of figures: "Pagu Anggaran 2022 (Rp) Realisasi ..."): the
        # header was cut short ("... Pagu" / "Indikatif (Rp) Prakiraan Maju (Rp)", a Renja's
        # header wrapped in the middle of a label), or read from its last lines only; the lines
        # are left to the readers of flattened rows (flat_tables.py), which read the header whole
        return None
    start = header.labels[0][0].start
    block = Block("table", start, max(c.end for c in rows[-1]), rows=[head, *rows], header_rows=1,
                  unsure_rows=unsure or None)
    return block, end


def laid_text(lines: list[tuple[str, int]]) -> tuple[str, list[tuple[int, int]], list[int]]:
    """Lines of a source that has no text of its own (a PDF page's lines), each with how many
    blank lines stand before it, as a text to look for tables in: the text, its lines' spans
    and, for each span, the index of the source line it holds (-1 for a blank line)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    source: list[int] = []
    pos = 0
    for n, (line, blanks) in enumerate(lines):
        for _ in range(blanks if spans else 0):
            spans.append((pos, pos))
            source.append(-1)
            parts.append("\n")
            pos += 1
        spans.append((pos, pos + len(line)))
        source.append(n)
        parts += (line, "\n")  # (not line + "\n": a copy of every line of a long run)
        pos += len(line) + 1
    return "".join(parts), spans, source


def _without_separators(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, less the one blank line after each line with text."""
    out: list[tuple[int, int]] = []
    after_text = False
    for s, e in lines:
        blank = not text[s:e].strip()
        if not (blank and after_text):
            out.append((s, e))
        after_text = not blank
    return out


def _one_soon(ones: list[int], i: int) -> bool:
    """Is a line of ``ones`` (sorted) within the cells a table's header may have below line ``i``?"""
    k = bisect.bisect_right(ones, i)
    return k < len(ones) and ones[k] - i < MAX_HEADER_CELLS


def flattened_tables(text: str, lines: list[tuple[int, int]],
                     inside: Optional[Callable[[int], bool]] = None,
                     cells_one_per_line: bool = False) -> list[tuple[Block, int, int]]:
    """Every flattened table among ``lines`` (spans of ``text``), in order: the table, the index
    of its first line and the index after its last. ``inside(i)`` says that line ``i`` is in a
    table the reader already has: no table starts there. ``cells_one_per_line``: the lines are
    those of a text file (a Word paragraph each, or printed in a fixed-pitch font), where a
    table may stand a cell a line, its rows told apart by their numbers only
    (:mod:`.cell_paragraphs`), as the text reader reads it where no flattened table starts."""
    found: list[tuple[Block, int, int]] = []
    # the lines of a first row's number alone ("1"): a table a cell a line has its header within
    # a few dozen lines above one, and is looked for only there
    ones = [k for k, (s, e) in enumerate(lines) if HAS_FIRST_ROW(text, s, e)] if cells_one_per_line else []
    i = 0
    while i < len(lines):
        if inside is not None and inside(i):
            i += 1
            continue
        hit = flattened_table_at(text, lines, i)
        if hit is None and ones and _one_soon(ones, i):
            hit = cell_paragraph_table_at(text, lines, i, one_per_line=True)
        if hit is None and cells_one_per_line:
            hit = cell_lines_table_at(text, lines, i)  # (no empty line between cells: .cell_lines)
        if hit is None:
            i += 1
            continue
        found.append((hit[0], i, hit[1]))
        i = hit[1]
    return found


def with_flattened_tables(text: str, blocks: list[Block], cells_one_per_line: bool = False) -> list[Block]:
    """``blocks`` with the flattened tables found among them: for readers whose text keeps one
    line per paragraph of the source (DOCX: a Word copy of a web page has each wrapped line of
    a table as a paragraph of its own). The blocks a table covers give way to it.

    Such a reader separates every two paragraphs by a blank line, so that blank line is no gap:
    it is left out of the lines the tables are looked for in (offsets stay those of ``text``),
    and only the blank lines of empty paragraphs count. ``cells_one_per_line``: as
    :func:`flattened_tables` (a Word paragraph a table's cell, an empty one an empty cell)."""
    lines = _without_separators(text, line_spans(text))
    existing = sorted((b.start, b.end) for b in blocks if b.kind == "table")
    t = 0

    def inside(i: int) -> bool:  # lines are asked for in increasing order
        nonlocal t
        while t < len(existing) and existing[t][1] <= lines[i][0]:
            t += 1
        return t < len(existing) and existing[t][0] <= lines[i][0]

    found = [block for block, _, _ in flattened_tables(text, lines, inside, cells_one_per_line)]
    if not found:
        return blocks
    out: list[Block] = []
    k = 0
    for b in blocks:
        while k < len(found) and found[k].start <= b.start:
            out.append(found[k])
            k += 1
        table = out[-1] if out and out[-1] in found else None
        if table is not None and b.start < table.end:
            table.page = table.page or b.page
            continue  # a paragraph the table covers
        out.append(b)
    out.extend(found[k:])
    return out
