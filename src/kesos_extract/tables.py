"""Typed tables: caption, header rows, typed cells, total rows and the scale a table states.

The readers give tables as rows of text cells with spans; here each becomes a
:class:`~kesos_extract.models.Table`:

- the caption is the "Tabel 4.24.1 ..." line just before the table, else a title standing in
  the table's first row ("SEBARAN DATA KEC. DUKUHWARU"), else the short paragraph before it;
- the leading rows without data are the header, merged per column into one label; a label
  spanning several columns is spread over them ("Anggaran" over "Murni", "Perubahan"); the
  column-number rows "1 2 3 4 5" are dropped wherever they stand, but a row of codes under a
  spanning label ("KODE JENIS PSKS" over "1 .. 12") labels its columns;
- a header repeated after a page break (maybe spelt a little differently), words over the
  number columns ("TARGET  REALISASI"), rules ("-----") and rows broken across a page break
  are not data rows; a row that lost or gained a leading cell in the conversion is realigned;
- every other cell is typed ({text, value, unit}): counts with units ("2,308 Jiwa"), pairs
  ("8000/2000", "120/325 kk": the first quantity), percentages, amounts ("Rp. 519.065.000,-"),
  negatives in accountants' brackets ("(1.250.000)") or before the currency ("-Rp 1.250.000"),
  targets stated as a bound or an approximation ("≥ 80%", "± 95%"), the percent sign as a word
  ("100 persen", "98.67 pct"), the figure repeated in words ("55 (lima puluh lima) orsos"),
  footnote marks ("1.250.000 *)"), "-" as empty, dates as no figure; figures misread by OCR
  ("1OO%", "Rp l.250.000", "2.OOO.OOO", "9O,0" in a column of percentages) are read as the
  figures they are (numbers.repair_cell); a count without a unit takes the unit of the row's
  "Satuan" cell or of the unit cell right after it; a label over a column of "Rp" cells names
  the amounts after it too;
- a row opening with a year and holding figures ("2021 | 25.000") is data, not a header;
- rows labelled "Jumlah"/"Total"/"Grand Total" are marked as totals;
- a scale stated in the caption, header or the note under the table ("(Rp.000)",
  "(*Dalam ribuan rupiah)") is kept as the table's scale.

Values are as written: the scale is applied by whoever adds up money, so that a table mixing
thousands with full rupiah can be judged cell by cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from . import regex_cache
from .document import Block, Document, TableCell
from .document_caches import per_document
from .errors import MalformedNumberError
from .grammar import load_grammar
from .mentions import canonical_unit, scale_of_word
from .models import Cell, Table
from .numbers import NumberKind, ParsedNumber, join_split_figures, parse_number, repair_cell
from .readers.flattened import continues_table, split_coded_names
from .words import parse_words

# patterns used inside functions, compiled once (regex's cache lookup at every call was about a
# third of the text path's time)
_LOST_LEADING_DIGITS = regex_cache.compile(r"^[.,]\d")
_YEAR_LABEL = regex_cache.compile(r"(?:tahun\s+)?(?:19|20)\d\d", regex.I)
_BLANK_LINE = regex_cache.compile(r"\n[ \t]*\n")
_DIGIT = regex_cache.compile(r"\d")
_YEAR_IN_LABEL = regex_cache.compile(r"\b(?:19|20)\d\d\b")
_FOUR_LETTERS = regex_cache.compile(r"\p{L}{4}")
_ROW_NUMBER_BEFORE_WORD = regex_cache.compile(r"^(\d{1,3}[.)]?)\s+(?=\p{L})")
_SATUAN = regex_cache.compile(r"\bsatuan\b", regex.I)
_PERCENT_WORD = regex_cache.compile(r"%|persen|prosen|persentase|prosentase", regex.I)
_ROW_NUMBER = regex_cache.compile(r"^\s*\d{1,3}\s*[.)]")
_THREE_LETTERS = regex_cache.compile(r"\p{L}{3}")
_TWO_LETTERS = regex_cache.compile(r"\p{L}{2}")
# a header that names the currency: its column holds money, however small its figures
_CURRENCY_HEADER = regex_cache.compile(r"\bRp\b|\brupiah\b|\bIDR\b", regex.I)
_MONEY_WORD = regex_cache.compile(r"\bRp\b|\brupiah\b|\bkeuangan\b|\bbiaya\b|\bdana\b", regex.I)
_RULE_CELL = regex_cache.compile(r"[-=_\s]*")
_DASH_CELL = regex_cache.compile(r"[-\s]*")
_SMALL_NUMBER = regex_cache.compile(r"\d{1,3}[.)]?")
_DIGITS_DOTS = regex_cache.compile(r"[\d.\s]+")

# a minus may stand before the currency ("-Rp 1.250.000"); the currency is "Rp" in any case or
# "IDR"; the percent sign may be written as a word ("100 persen", "98.67 pct")
_CELL = regex_cache.compile(r"^(?::\s*)?(?P<neg>-(?=Rp|RP|rp|IDR\b))?(?P<rp>(?:Rp|RP|rp|IDR\b)\.?\s*)?"
                       r"(?P<num>[+-]?\d[\d.,]*(?:[.,]\s\d{3}(?!\d))*?)(?:,-|,?-{1,2})?"
                       r"(?:\s*/\s*(?P<num2>\d[\d.,]*))?\s*(?P<pct>%|(?i:persen|prosen|pct|percent)(?!\p{L})|[o°]/o(?!\p{L}))?"
                       r"\s*(?P<unit>[^\d\s%][^\d]{0,30})?$")
_EMPTY = {"", "-", "–", "—", "0-", "n/a", "na"}
# a negative amount in accountants' brackets: "(1.250.000)", "Rp (1.250.000)", "(Rp 1.250.000,00)",
# "(2,50)"; a bracketed small whole number ("(1)", "(12)") is a column number, not a figure
_BRACKETED = regex_cache.compile(r"(?P<rp>Rp\.?\s*)?\(\s*(?P<rp2>Rp\.?\s*)?"
                           r"(?P<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{1,2})(?P<pct_in>\s*%)?\s*\)(?P<pct>\s*%)?")
_BOUND = regex_cache.compile(r"^(?:[≥≤><]=?|=>|>=|<=|min\.?|maks\.?|minimal|maksimal|±|\+/-|≈|~)\s*(?=\d)", regex.I)
# a footnote's mark after a figure: "1.250.000 *)", "2.308 jiwa*", "95%**"
_FOOTNOTE_MARK = regex_cache.compile(r"\s*\*+\)?$")
# a date in a cell ("26.02.2024", "12-12-2023", "1/7/2023"): no figure, and no malformed one
_DATE = regex_cache.compile(r"^(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?:19|20)\d\d$")
_CAPTION = regex_cache.compile(r"^\s*(?:\*\*)?(?:tabel|table)\b", regex.I)
# a page's number standing between two parts of a table that a page break cut ("- 12 -", "12",
# "Halaman 12", "Hal. 12 dari 40")
_PAGE_NUMBER = regex_cache.compile(r"\s*(?:[-–—]\s*)?(?:(?:halaman|hal\.?|page)\s*)?\d{1,4}"
                             r"(?:\s*(?:dari|of|/)\s*\d{1,4})?\s*(?:[-–—]\s*)?", regex.I)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_grammar("tables").vocabulary or {}


def vocabulary_re(key: str) -> regex.Pattern:
    """The compiled pattern ``key`` of tables.yaml's vocabulary (case-blind)."""
    return _re(key)


@lru_cache(maxsize=None)
def _re(key: str) -> regex.Pattern:
    v = _vocab()
    source = v["header_roles"][key] if key in v["header_roles"] else v[key]
    return regex_cache.compile(source, regex.I)


@lru_cache(maxsize=1)
def row_part_families() -> dict[str, regex.Pattern]:
    """tables.yaml's ``row_parts``: for each family of columns that a row's total adds up
    ("TW I" ... "TW IV", "L" and "P"), the pattern of a part's label, a named group a member."""
    return {name: regex_cache.compile(source, regex.I) for name, source in (_vocab().get("row_parts") or {}).items()}


def is_nomenclature_code(text: str) -> bool:
    """Is the cell a code of the official nomenclature ("1.06.02", "1.06.02.2.01.0001"), not a
    row number ("1.1")?"""
    return bool(_re("nomenclature_code").match(text or ""))


@per_document
@lru_cache(maxsize=65536)  # pure; the typing and the audit ask it of the same few headers again and again
def header_has(label: str, role: str) -> bool:
    """Does a header label name this role (total, remaining, percent, target, realisation, budget, number)?"""
    return bool(_re(role).search(label or ""))


@dataclass(frozen=True, slots=True)  # one kept for each cell text typed (type_cell's cache)
class TypedValue:
    value: Optional[Decimal]
    decimals: int
    unit: Optional[str]
    problem: Optional[str] = None


def is_total_label(text: str) -> bool:
    """Does a row's label name its total ("Jumlah", "TOTAL", "Sub Total B")? Letters spaced out
    for a heading's look ("J U M LA H", "T O T A L") are read as the word."""
    if _re("total_row").match(text):
        return True
    pieces = text.split()
    return len(pieces) >= 3 and all(len(x) <= 2 and x.isalpha() for x in pieces) and bool(_re("total_row").match("".join(pieces)))


# a number wrapped inside a narrow cell of a PDF: "127.607.73 5" is 127.607.735, "104,9 3" is 104,93
_WRAPPED = regex_cache.compile(r"^(\d{1,3}(?:[.,]\d{3})*[.,])(\d{1,2}) (\d{1,2})(?!\d)")


_SPACE_GROUPED = regex_cache.compile(r"(?P<rp>Rp\.?[ ]?)?(?P<num>\d{1,3}(?:[ ]\d{3})+)(?P<tail>,\d{1,2}|,-)?")


def _unwrap(m: regex.Match) -> str:
    head, a, b = m.group(1), m.group(2), m.group(3)
    if len(a) + len(b) == 3:
        return f"{head}{a}{b}"
    # a decimal comma's two decimals, the cell's whole text: "100,8 1" is 100,81
    if head.endswith(",") and len(a) + len(b) == 2 and m.end() == len(m.string):
        return f"{head}{a}{b}"
    return m.group(0)


def type_cell(text: str, *, percent: bool = False, letter_scale: bool = False) -> TypedValue:
    """``"2,308 Jiwa"`` → 2308 jiwa; ``"96%"`` → 96 %; ``"-"`` → empty; ``"13,11,00"`` → a problem.
    ``letter_scale``: the cell is in a column of money (:func:`letter_scale_columns`), where a
    capital "M" or "T" after the figure is miliar or triliun even without "Rp"."""
    if percent or letter_scale:
        return _cell_typed_as(text, percent, letter_scale)
    return _cell_typed(text)


# Cells typed once a document (tables repeat the same cells a lot, and the typing and the audit
# type each cell). A plain cell is cached by its text alone: lru_cache keeps a lone str argument
# as its key, where keyword arguments cost a tuple of six (104 bytes an entry).
@per_document
@lru_cache(maxsize=65536)
def _cell_typed(text: str) -> TypedValue:
    return _type_cell(text, False, False)


@per_document
@lru_cache(maxsize=65536)
def _cell_typed_as(text: str, percent: bool, letter_scale: bool) -> TypedValue:
    return _type_cell(text, percent, letter_scale)


# (immutable: one for every cell without a figure)
_NO_VALUE = TypedValue(None, 0, None)
_NOT_A_NUMBER = TypedValue(None, 0, None, "not a number")


def _type_cell(text: str, percent: bool, letter_scale: bool) -> TypedValue:
    # figures misread by OCR ("1OO%", "Rp l.250.000", "2.OOO.OOO") are read as the figures they are
    # and figures split by a space ("1.550. 800.000", "89, 34") read whole
    t = _WRAPPED.sub(_unwrap, repair_cell(" ".join(text.split()).replace("\u2212", "-"), percent=percent))
    t = join_split_figures(t).rstrip()
    # thousands parted by (no-break) spaces, as Word's digit grouping leaves them ("1 836 450 000"):
    # two groups at least, or one after "Rp" ("Rp 850 000"), the cell's one figure
    spaced = _SPACE_GROUPED.fullmatch(t)
    if spaced is not None and (spaced.group("num").count(" ") >= 2 or spaced.group("rp")):
        t = (spaced.group("rp") or "") + spaced.group("num").replace(" ", ".") + (spaced.group("tail") or "")
    if t.lower() in _EMPTY:
        return _NO_VALUE
    if _re("nomenclature_code").match(t):
        return _NO_VALUE
    date = _DATE.match(t)
    if date and 1 <= int(date.group("d")) <= 31 and 1 <= int(date.group("m")) <= 12:
        return _NO_VALUE
    # a target stated as a bound ("≥ 80%", "> 75", "min. 90"): its figure is the target's value
    t = _BOUND.sub("", t, count=1)
    t = _FOOTNOTE_MARK.sub("", _drop_words_in_brackets(t))
    bracketed = _BRACKETED.fullmatch(t)
    if bracketed:
        # written as the negative it is: "(1.250.000)" → "-1.250.000"
        t = f"{'Rp ' if bracketed.group('rp') or bracketed.group('rp2') else ''}-{bracketed.group('num')}" \
            f"{'%' if bracketed.group('pct') or bracketed.group('pct_in') else ''}"
    m = _CELL.match(t)
    if not m:
        if _LOST_LEADING_DIGITS.match(t):
            return TypedValue(None, 0, None, "starts with a separator: its leading digits are lost")
        return _NOT_A_NUMBER if _DIGIT.search(t) else _NO_VALUE
    raw_unit = (m.group("unit") or "").strip().strip("()").strip()  # "2.308 (jiwa)"
    scale, raw_unit = _cell_scale(raw_unit, bool(m.group("rp")) or letter_scale)
    unit = canonical_unit(raw_unit) or canonical_unit(raw_unit.split("/")[0])
    if raw_unit and not unit and (len(raw_unit) > 12 or len(raw_unit.split()) > 2):
        # "1 Pendidikan dan pelatihan formal": a numbered name, not a count with its unit
        return _NO_VALUE
    is_pct = bool(m.group("pct")) or percent
    kind: NumberKind = "scaled" if scale != 1 else "amount" if m.group("rp") else "percent" if is_pct else "count"
    try:
        parsed = parse_number(m.group("num"), kind=kind)
    except MalformedNumberError as e:
        return TypedValue(None, 0, None, e.reason)
    if m.group("neg") and parsed.value > 0:
        parsed = ParsedNumber(-parsed.value, parsed.decimals, parsed.text, parsed.note)
    if scale != 1:
        # "Rp 2,5 miliar", "Rp 950 juta": the value in rupiah, as a mention's; its precision is
        # the written figure's, in the scale's unit ("Rp 3,7 miliar" is to the hundred million:
        # decimals -8), so that a total written so is judged as rounded
        return TypedValue(parsed.value * scale, parsed.decimals - (len(str(scale)) - 1),
                          "IDR" if m.group("rp") else (unit or None))
    if m.group("pct"):
        unit = "%"
    elif m.group("rp"):
        unit = "IDR"
    elif m.group("num2"):
        unit = None  # the unit written after "120/325 kk" is the second quantity's
    else:
        unit = unit or raw_unit or None
    # "8000/2000" (Jiwa/KK), "120/325 kk": the first quantity is the cell's value
    return TypedValue(parsed.value, parsed.decimals, unit)


# the figure written again in words, in brackets after it: "55 (lima puluh lima) orsos"
_WORDS_AFTER_FIGURE = regex_cache.compile(r"^(?P<head>(?:Rp\.?\s*)?[+-]?\d[\d.,]*)\s*\(\s*(?P<words>\p{L}[\p{L}\s-]{2,120}?)\s*\)")


def _drop_words_in_brackets(t: str) -> str:
    """``"55 (lima puluh lima) orsos"`` → ``"55 orsos"``: the words repeat the figure (their
    agreement is the audit's business); brackets holding other words are left."""
    m = _WORDS_AFTER_FIGURE.match(t)
    if not m:
        return t
    try:
        parse_words(m.group("words"))
    except MalformedNumberError:
        return t
    return f"{m.group('head')} {t[m.end():].strip()}".strip()


# scale words a cell may write after its figure ("2,5 miliar", "950 jt"); the one-letter ones
# ("M", "T") only after "Rp"
_CELL_SCALE = regex_cache.compile(r"^(ribu|rb|juta|jt|miliar|milyar|miliard|milyard|triliun|trilyun|M|T)\b\.?\s*", regex.I)


def _cell_scale(raw_unit: str, rupiah: bool) -> tuple[int, str]:
    """The scale word a cell writes after its figure, and what is left of the unit. A single
    letter ("M", "T") is a scale only in capitals and of money: after "Rp", or in a column of
    money; elsewhere it is a unit ("12 M" of length)."""
    m = _CELL_SCALE.match(raw_unit)
    if not m or len(m.group(1)) == 1 and (not rupiah or m.group(1).islower()):
        return 1, raw_unit
    return scale_of_word(m.group(1)), raw_unit[m.end():].strip()


# a figure with a scale word of money ("750 jt", "Rp 1,2 M", "2,5 miliar"): its column is one of money
_MONEY_SCALED_CELL = regex_cache.compile(r"^\s*Rp|\d\s*(?:rb|ribu|jt|juta|miliar|milyar|triliun|trilyun)\b", regex.I)


def letter_scale_columns(header: list[str], rows: list[list[str]]) -> set[int]:
    """Columns of money, where "1,25 M" is Rp 1,25 miliar: the header names money ("Pagu",
    "Anggaran (Rp)") or another cell of the column writes a scale word of money ("750 jt")."""
    width = max([len(header)] + [len(r) for r in rows])
    out = {j for r in rows for j, text in enumerate(r) if _money_scaled(text)}
    for j in range(width):
        h = header[j] if j < len(header) else ""
        if header_has(h, "budget") or _MONEY_WORD.search(h):
            out.add(j)
    return out


@per_document
@lru_cache(maxsize=65536)  # the same cells, read for each table by the typing and the audit
def _money_scaled(cell: str) -> bool:
    return _MONEY_SCALED_CELL.search(cell) is not None


def _is_column_numbers(row: list[TableCell]) -> bool:
    """"1 2 3 4 5" or "5 6 7 8 9": small integers counting up one by one."""
    cells = [c.text for c in row if c.text]
    if len(cells) < 3 or not all(_re("column_numbers").match(c) for c in cells):
        return False
    nums = [int(c) for c in cells]
    return all(b - a == 1 for a, b in zip(nums, nums[1:]))


def _is_year(text: str) -> bool:
    return bool(_YEAR_LABEL.fullmatch(repair_cell(text.strip())))  # "2O23" too


def _numeric_cells(row: list[TableCell]) -> list[TableCell]:
    """Cells holding a number (a year in a header, "2018", is a label, not data)."""
    return [c for c in row if c.text and not _is_year(c.text) and type_cell(c.text).value is not None]


def _is_code_row(row: list[TableCell]) -> bool:
    """A counting row that does not number the table's columns ("1 ... 12" under "KODE JENIS
    PSKS", starting in the third column): codes that label the columns, kept in the header."""
    if not _is_column_numbers(row):
        return False
    first = next(j for j, c in enumerate(row) if c.text)
    return first > 0 and int(row[first].text) != first + 1


def _is_data_row(row: list[TableCell]) -> bool:
    if _is_column_numbers(row):
        return False
    numeric = _numeric_cells(row)
    first = next((c.text for c in row if c.text), "")
    if numeric and _is_year(first):
        return True  # "2021 | 25.000 | -": a year's row of figures, not a header naming years

    return len(numeric) >= 1 and any(_THREE_LETTERS.search(c.text) for c in row) or len(numeric) >= 2


def _is_title_row(row: list[TableCell], width: int) -> bool:
    """A single long text in the first cell of a wide table: the table's own title
    ("SEBARAN DATA KEC. DUKUHWARU"), not a header label."""
    filled = [j for j, c in enumerate(row) if c.text]
    return width >= 3 and filled == [0] and len(row[0].text) >= 12 and not _numeric_cells(row)


# the item mark of a group heading in the first column: "I", "IV", "A", "B.", "1"
_ITEM_MARK = regex_cache.compile(r"^\s*(?:[IVX]{1,4}|[A-H]|\d{1,2})\s*[.)]?\s*$")


# a row naming a group of rows: a program, kegiatan or sub kegiatan, capitalised as a name
_GROUP_HEADING = regex_cache.compile(r"^\W*(?:PROGRAM|Program|KEGIATAN|Kegiatan|SUB KEGIATAN|Sub Kegiatan|URUSAN|Urusan)\s+\w")


def _is_group_heading(row: list[TableCell], above: list[list[TableCell]]) -> bool:
    """A body row without figures that heads a group of rows ("I | Program Pemberdayaan Sosial |
    | |", "A | **Program Rehabilitasi Sosial**"), under a header of labels: an item mark in the
    first column, a name of words in the next, nothing else; no header row above is laid out so.
    Or a program's (kegiatan's) name alone in its row."""
    filled = [j for j, c in enumerate(row) if c.text]
    if len(filled) == 1 and _GROUP_HEADING.match(row[filled[0]].text) and len(_FOUR_LETTERS.findall(row[filled[0]].text)) >= 3:
        return True  # "Program Rehabilitasi Sosial" alone in its row, over its kegiatan
    if filled != [0, 1] or len(_FOUR_LETTERS.findall(row[1].text)) < 2:
        return False
    if is_nomenclature_code(row[0].text):
        return True  # "1.06.01 | Program Penunjang Urusan ... | | |": a program's code, no header label
    if not _ITEM_MARK.match(row[0].text):
        return False
    return not any(r and r[0].text and _ITEM_MARK.match(r[0].text) for r in above)


def header_size(rows: list[list[TableCell]]) -> int:
    """How many leading rows are header (labels, separator lines, column numbers), up to the
    first row of figures or the first group heading under them."""
    n = 0
    for row in rows:
        if _is_data_row(row) or n and not _is_column_numbers(row) and _is_group_heading(row, rows[:n]):
            break
        n += 1
    return min(n, len(rows))


def _spans(upper: list[str], lower: list[str], width: int) -> list[str]:
    """Spread the labels of an upper header row over the columns they head.

    A label followed by empty cells heads them too where the row below labels them
    ("JENIS PROGRAM BANTUAN" over "PBI JKN APBN", "RASTRA", ...). An upper row with fewer cells
    than the table (spans written once): a label with a role (budget, realisation, target) heads
    the run of lower labels with the same role ("Anggaran" over "Murni", "Perubahan"), any
    other label one column, and the last label the remaining columns.
    """
    lower = lower + [""] * (width - len(lower))
    out = [""] * width
    if len(upper) >= width:
        last = ""
        for j in range(width):
            if upper[j]:
                last = upper[j]
                out[j] = last
            elif last and lower[j] and j > 0 and any(upper[:j]):
                out[j] = last
            else:
                last = ""
        return out
    c = 0
    for i, u in enumerate(upper):
        if c >= width:
            break
        if i == len(upper) - 1:
            for j in range(c, width):
                out[j] = u
            break
        role = next((r for r in ("budget", "realisation", "target") if header_has(u, r)), None)
        run = 0
        if role:
            while c + run < width and lower[c + run] and header_has(lower[c + run], role):
                run += 1
        for j in range(c, c + max(run, 1)):
            out[j] = u
        c += max(run, 1)
    return out


def merge_header(rows: list[list[TableCell]], width: Optional[int] = None) -> list[str]:
    """One label per column from the header rows: "Anggaran" + "Murni" → "Anggaran Murni"."""
    rows = [r for r in rows if (not _is_column_numbers(r) or _is_code_row(r))
            and not all(_DASH_CELL.fullmatch(c.text) for c in r)]
    width = width or max((len(r) for r in rows), default=0)
    texts = [[c.text for c in r] for r in rows]
    spread = []
    for i, t in enumerate(texts):
        # what the rows below label, column by column
        below = [next((r[j] for r in texts[i + 1:] if j < len(r) and r[j]), "") for j in range(width)] \
            if i + 1 < len(texts) else []
        spread.append(_spans(t, below, width) if below else t + [""] * (width - len(t)))
    labels = []
    for j in range(width):
        parts: list[str] = []
        for t in spread:
            p = t[j] if j < len(t) else ""
            if p and (not parts or p.lower() != parts[-1].lower()):
                parts.append(p)
        labels.append(" ".join(parts))
    return labels


def _looks_percent(text: str) -> Optional[bool]:
    """True for "96%" or "42,54"; False for a number that cannot be a percentage of a part
    ("250,00" over 100 without a % sign, "7.879" a thousands group); None for no number."""
    v = type_cell(text, percent=True)
    if v.value is None:
        return None
    if "%" in text:
        return True
    return abs(v.value) <= 100 and v.decimals in (1, 2)  # ("(304.832.865,00)": a negative of money)


def percent_columns(header: list[str], body: list[list[TableCell]]) -> set[int]:
    """Columns of percentages: named so in the header, or holding only percentages (small
    numbers with one or two decimals or a % sign, none above 100 without the sign)."""
    cols = {j for j, h in enumerate(header) if header_has(h, "percent")}
    width = max((len(r) for r in body), default=0)
    for j in range(width):
        h = header[j] if j < len(header) else ""
        if header_has(h, "target") or header_has(h, "realisation") and j > 0 and (
                header_has(header[j - 1], "target") or _YEAR_IN_LABEL.search(h)):
            # a target and its realisation are in the indicator's unit, percent or not (so is a
            # year's realisation, "Realisasi 2022 | Realisasi 2023"); a realisation column of
            # percentages after the money's ("Realisasi Keuangan | Realisasi") is one
            continue
        if _CURRENCY_HEADER.search(h):
            continue  # "Sisa (Rp. Juta)": small decimals of money in millions, not percentages
        looks = [_looks_percent(r[j].text) for r in body if j < len(r) and r[j].text]
        looks = [x for x in looks if x is not None]
        if len(looks) < 2:
            continue
        over = sum(1 for r in body if j < len(r) and r[j].text and "%" not in r[j].text
                   and (v := type_cell(r[j].text, percent=True)).value is not None and abs(v.value) > 100)
        if sum(looks) >= 0.7 * len(looks) and not over:
            cols.add(j)
    return cols


def caption_of(doc: Document, block: Block) -> Optional[str]:
    """"Tabel 4.24.1 Perkembangan ..." from the few lines before the table, else the short
    paragraph just before it ("PROGRAM DINAS SOSIAL / TAHUN 2018")."""
    return _caption(doc, block)[0]


def _caption(doc: Document, block: Block) -> tuple[Optional[str], bool]:
    """The caption and whether it is a numbered "Tabel ..." caption."""
    before = doc.text[max(0, block.start - 400):block.start]
    lines = [ln.strip(" *") for ln in before.split("\n") if ln.strip(" *")]
    for i in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
        if _CAPTION.match(lines[i]):
            return " ".join(lines[i:])[:300], True
    paragraphs = [p for p in _BLANK_LINE.split(before) if p.strip(" *\n\t")]
    if paragraphs:
        last = " ".join(paragraphs[-1].replace("*", " ").split())
        if len(last) <= 150 and not last.endswith((".", ":")):
            return last, False
    return None, False


def _note_after(doc: Document, block: Block) -> Optional[str]:
    """The first line after a table when it is a short note ("(*Dalam ribuan rupiah)")."""
    after = doc.text[block.end:block.end + 300]
    line = next((ln.strip() for ln in after.split("\n") if ln.strip()), "")
    return line if 0 < len(line) <= 80 and line.startswith(("(", "*", "Ket", "Sumber")) else None


def stated_scale(*texts: Optional[str]) -> Decimal:
    for p in load_grammar("scales").patterns:
        if p.kind != "table_scale":
            continue
        for t in texts:
            if t and p.compiled.search(t):
                return Decimal(str(p.scale))
    return Decimal(1)


def _is_fragment_of(r: list[TableCell], above: list[TableCell]) -> bool:
    """Is this row the rest of the row above, broken by the conversion or a page break?

    One text cell and nothing else ("Pekerja Migran Bermasalah" / "Sosial (PMBS)"), or text
    cells only, no number and no item number, each under a text cell of the row above, which
    has numbers ("Pelayanan phikososial bagi" / "PMKS di trauma center ...").
    """
    filled = [j for j, c in enumerate(r) if c.text]
    if not filled or filled[-1] >= len(above):
        return False
    if len(filled) == 1:
        # a heading row of a group ("Program Perlindungan dan Jaminan Sosial" over its
        # kegiatan, its cells empty) is a row of its own
        # (and so is a group's label under a total's row, "Belanja Modal" under "Jumlah Belanja
        # Operasi": a total's label is not wrapped)
        return not _DIGIT.search(r[filled[0]].text) and not _GROUP_HEADING.match(r[filled[0]].text) \
            and not any(is_total_label(c.text) for c in above[:2] if c.text)
    if any(type_cell(r[j].text).value is not None or _ROW_NUMBER.match(r[j].text)
           or is_total_label(r[j].text) for j in filled):
        return False
    if not any(type_cell(c.text).value is not None for c in above):
        return False
    return all(above[j].text and type_cell(above[j].text).value is None for j in filled)


def _glue_fragments(rows: list[list[TableCell]]) -> list[list[TableCell]]:
    """Rows that are the rest of the row above (:func:`_is_fragment_of`) join it cell by cell."""
    out: list[list[TableCell]] = []
    for r in rows:
        if out and _is_fragment_of(r, out[-1]):
            glued = list(out[-1])
            for j, c in enumerate(r):
                if c.text:
                    above = glued[j]
                    glued[j] = TableCell(f"{above.text} {c.text}".strip(),
                                         above.start if above.text else c.start, c.end)
            out[-1] = glued
            continue
        out.append(r)
    return out


def _is_repeated_header(row: list[TableCell], header: list[str]) -> bool:
    """A header row repeated after a page break, maybe written a little differently
    ("INDIKATOR KINERJA UTAMA" for "UTAMAA", years alone): labels only, at least two of them
    found among the header's words, no data."""
    from rapidfuzz import fuzz

    cells = [c.text for c in row if c.text]
    if len(cells) < 2 or _numeric_cells(row):
        return False
    words = " ".join(header).lower()
    found = sum(1 for t in cells if t.lower() in words or fuzz.partial_ratio(t.lower(), words) >= 90)
    return found >= 2 and all(len(t) <= 60 for t in cells)


def _is_sub_header(row: list[TableCell], kinds: list[str]) -> bool:
    """Short words over columns of numbers and nothing else ("TARGET", "REALISASI" after a page
    break): a header row of the page that follows, not data."""
    filled = [(j, c.text) for j, c in enumerate(row) if c.text]
    return len(filled) >= 2 and all(j < len(kinds) and kinds[j] == "number" and len(t) <= 30
                                    and type_cell(t).value is None and not _DIGIT.search(t)
                                    and _TWO_LETTERS.search(t)
                                    for j, t in filled)


def _kinds(body: list[list[TableCell]], width: int) -> list[str]:
    """Per column: 'text' (names), 'number' or 'empty', by the majority of its cells."""
    kinds = []
    for j in range(width):
        cells = [r[j].text for r in body if j < len(r) and r[j].text]
        text = sum(1 for t in cells if _FOUR_LETTERS.search(t) and type_cell(t).value is None)
        kinds.append("empty" if not cells else "text" if text > len(cells) / 2 else "number")
    return kinds


def _realign(body: list[list[TableCell]], width: int) -> list[list[TableCell]]:
    """A row that lost its leading empty cells in the conversion ("Persentase ...<TAB>11,5<TAB><TAB>"
    in a table whose names stand in the third column), or gained one, is shifted back so that
    its name stands in the column of names."""
    kinds = _kinds(body, width)
    out = []
    for r in body:
        filled = [j for j, c in enumerate(r) if c.text]
        j0 = filled[0] if filled else None
        if j0 is not None and kinds[j0] != "text" and len(r[j0].text) >= 15 \
                and _FOUR_LETTERS.search(r[j0].text) and type_cell(r[j0].text).value is None \
                and not is_total_label(r[j0].text):
            trailing = len(r) - 1 - filled[-1]
            right = next((k for k in range(1, trailing + 1) if j0 + k < width and kinds[j0 + k] == "text"), None)
            left = next((k for k in range(1, j0 + 1) if kinds[j0 - k] == "text"), None)
            if right:
                pad = [TableCell("", r[0].start, r[0].start) for _ in range(right)]
                r = pad + list(r[:len(r) - right])
            elif left:
                end = r[-1].end
                r = list(r[left:]) + [TableCell("", end, end) for _ in range(left)]
        out.append(r)
    return out


def _split_numbered_names(body: list[list[TableCell]]) -> list[list[TableCell]]:
    """"1 Pendidikan dan pelatihan formal" in the column of names, with the column of item numbers
    before it empty: the number goes back to its column."""
    width = max((len(r) for r in body), default=0)
    numbering = set()
    for j in range(width):
        cells = [r[j].text for r in body if j < len(r) and r[j].text]
        if len(cells) >= 3 and sum(bool(_SMALL_NUMBER.fullmatch(t)) for t in cells) >= 0.8 * len(cells):
            numbering.add(j)
    out = []
    for r in body:
        r = list(r)
        for j in range(1, len(r)):
            m = _ROW_NUMBER_BEFORE_WORD.match(r[j].text)
            if m and j - 1 in numbering and not r[j - 1].text and j not in numbering:
                c = r[j]
                r[j - 1] = TableCell(m.group(1), c.start, c.start + len(m.group(1)))
                r[j] = TableCell(c.text[m.end():], c.start + m.end(), c.end)
        out.append(r)
    return out


def _unit_columns(header: list[str]) -> list[int]:
    return [j for j, h in enumerate(header) if _SATUAN.search(h)]


def _row_unit(row: list[TableCell], unit_cols: list[int]) -> Optional[str]:
    """The unit a row's "Satuan" cell states ("Jiwa", "Jiwa/KK" → the first)."""
    for j in unit_cols:
        if j < len(row) and row[j].text:
            t = row[j].text.strip()
            if _PERCENT_WORD.fullmatch(t):
                return "%"
            return canonical_unit(t) or canonical_unit(t.split("/")[0]) or t.split("/")[0].strip() or None
    return None


def _new_labels(row: list[TableCell], header: list[str]) -> bool:
    """Does a header row met inside the body name columns the table's header does not
    ("REALISASI" where the header said "TINGKAT CAPAIAN")?"""
    words = " ".join(header).lower()
    return any(c.text and c.text.lower() not in words for c in row)


def type_table(doc: Document, block: Block) -> Table:
    """The block's table (the first one where a page of it has a header of its own)."""
    return _type_block(doc, block)[0]


def _type_block(doc: Document, block: Block) -> list[Table]:
    rows = list(block.rows or [])
    width = max((len(r) for r in rows), default=0)
    caption, numbered = _caption(doc, block)
    title = None
    while rows and _is_title_row(rows[0], width):
        title = f"{title} {rows[0][0].text}" if title else rows[0][0].text
        rows = rows[1:]
    if title and not numbered:
        caption = title
    # a reader that rebuilt the table knows its header; rows of words only would all look like one
    h = max(0, block.header_rows - (len(block.rows or []) - len(rows))) if block.header_rows is not None \
        else header_size(rows)
    header = merge_header(rows[:h], width) if h else []
    # repeated header rows and column-number rows after a page break are not data
    heads = [[c.text for c in r] for r in rows[:h]]
    body = [r for r in rows[h:] if not _is_column_numbers(r) and [c.text for c in r] not in heads
            and not all(_DASH_CELL.fullmatch(c.text) for c in r)]
    kinds = _kinds(body, width)
    # a page whose header names other columns ("TARGET  REALISASI" where the first page had
    # "TARGET  TINGKAT CAPAIAN") starts a table of its own with that header
    segments: list[tuple[list[str], Optional[TableCell], list[list[TableCell]]]] = [(header, None, [])]
    for r in body:
        if _is_repeated_header(r, header):
            continue
        if _is_sub_header(r, kinds):
            if _new_labels(r, header) and segments[-1][2]:
                new = [r[j].text if j < len(r) and r[j].text else (header[j] if j < len(header) else "")
                       for j in range(width)]
                first = next(c for c in r if c.text)
                segments.append((new, first, []))
            continue
        segments[-1][2].append(r)
    segments = [(hd, first, split_coded_names(_split_numbered_names(_glue_fragments(_realign(part, width))), hd))
                for hd, first, part in segments]
    # a last column that nothing labels and nothing fills is an artefact of trailing tabs
    while width and not any(hd[width - 1] if width <= len(hd) else "" for hd, _, _ in segments) \
            and not any(len(r) >= width and r[width - 1].text for _, _, part in segments for r in part):
        width -= 1
        segments = [(hd[:width], first, [r[:width] for r in part]) for hd, first, part in segments]
    scale = stated_scale(caption, " ".join(header), _note_after(doc, block))
    tables = []
    for k, (hd, first, part) in enumerate(segments):
        start = block.start if first is None else first.start
        end = block.end if k == len(segments) - 1 else max(
            (c.end for r in part for c in r if c.text), default=start)
        tables.append(_typed(doc, caption, hd, part, scale, start, end, block.page if first is None else None))
    return tables


_CURRENCY_CELL = regex_cache.compile(r"Rp\.?|IDR", regex.I)


def _label_over_currency(header: list[str], body: list[list[TableCell]]) -> list[str]:
    """"Anggaran" over a column of "Rp" and an unlabelled column of amounts after it (a Word
    table that sets the currency in a cell of its own): the label is the amounts' too."""
    header = list(header)
    for j in range(len(header) - 1):
        cells = [r[j].text.strip() for r in body if j < len(r) and r[j].text.strip()]
        after = [r[j + 1].text for r in body if j + 1 < len(r) and r[j + 1].text.strip()]
        if header[j] and not header[j + 1] and cells and all(_CURRENCY_CELL.fullmatch(t) for t in cells) \
                and after and all(type_cell(t).value is not None for t in after):
            header[j + 1] = header[j]
    return header


def _typed(doc: Document, caption: Optional[str], header: list[str], body: list[list[TableCell]], scale: Decimal,
           start: int, end: int, page: Optional[int]) -> Table:
    header = _label_over_currency(header, body)
    pct = percent_columns(header, body)
    unit_cols = _unit_columns(header)
    # columns of money: "Anggaran", "Pagu", "Target 2018 (Rp.000)", "Realisasi ... Keuangan"
    money = {j for j, h in enumerate(header) if j not in pct and (
        header_has(h, "budget") or _MONEY_WORD.search(h))}
    # columns that only carry the unit of the number before them ("2,308<TAB>Jiwa")
    unit_only = set()
    for j in range(max((len(r) for r in body), default=0)):
        words = [r[j].text for r in body if j < len(r) and r[j].text]
        if words and all(canonical_unit(w) for w in words) and len(set(w.lower() for w in words)) <= 3:
            unit_only.add(j)
    lettered = letter_scale_columns(header, [[c.text for c in r] for r in body])
    typed_rows, totals = [], []
    for r in body:
        row_unit = _row_unit(r, unit_cols)
        cells = []
        for j, c in enumerate(r):
            v = type_cell(c.text, percent=j in pct, letter_scale=j in lettered)
            unit = v.unit or ("%" if j in pct and v.value is not None else None) \
                or ("IDR" if j in money and v.value is not None else None)
            if v.value is not None and unit is None and unit_cols and j > unit_cols[0] or \
                    v.value is not None and unit is None and not unit_cols and j > 1:
                # the unit of a count stands in the row's "Satuan" cell or in the cell after it
                nxt = r[j + 1].text if j + 1 < len(r) and j + 1 in unit_only else ""
                unit = (canonical_unit(nxt) if nxt and type_cell(nxt).value is None else None) or row_unit
            cells.append(Cell(text=c.text, value=None if v.value is None else float(v.value),
                              unit=unit, start=c.start, end=c.end))
        label = next((c.text for c in r if c.text and not _DIGITS_DOTS.fullmatch(c.text)), "")
        if is_total_label(label):
            totals.append(len(typed_rows))
        typed_rows.append(cells)
    return Table(caption=caption, page=page if page is not None else doc.page_at(start),
                 start=start, end=end, scale=float(scale), header=header, rows=typed_rows, total_rows=totals)


def _only_page_numbers(gap: str) -> bool:
    """Is the text between two tables white space, or lines each holding only a page number?"""
    return all(not ln.strip() or _PAGE_NUMBER.fullmatch(ln) for ln in gap.split("\n"))


def _continued(doc: Document, blocks: list[Block]) -> list[Block]:
    """Table blocks that go on in the next one (a page break of a PDF or DOCX, whatever the
    reader): nothing but white space between them, or the page's number ("- 12 -" of a text
    export), and as many columns, or a first block of a few header rows without digits. The rows
    are joined; repeated headers are dropped later."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.rows and b.rows and _only_page_numbers(doc.text[prev.end:b.start]) and (
                continues_table(prev.rows, b.rows)
                or len(prev.rows) <= 3 and not any(_DIGIT.search(c.text) for r in prev.rows for c in r)):
            # the first block's header stays the header (the next one's repeats it and is dropped)
            out[-1] = Block("table", prev.start, b.end, page=prev.page, rows=list(prev.rows) + list(b.rows),
                            header_rows=prev.header_rows)
            continue
        out.append(b)
    return out


def _is_table(block: Block) -> bool:
    """Two rows, or one row of three cells or more, rules aside: "SASARAN 1<TAB>MENINGKATNYA ..."
    or "Realisasi<TAB>X 100 %" laid out with a tab is a heading or a formula, not a table."""
    content = [r for r in block.rows or [] if not all(_RULE_CELL.fullmatch(c.text) for c in r)]
    return len(content) >= 2 or bool(content) and len(content[0]) >= 3


def _resumed(blocks: list[Block]) -> list[Block]:
    """A table's numbered rows resumed after other tables between them (a Word table laid out to
    place content: each program's row, "2 | Program B | pagu | realisasi | %", over the cell of its
    kegiatan's table): a block of one row whose number follows the last row of the last table
    headed by labels, as wide as it, is read under that table's header (the header cells are those
    of that table, where the text writes them)."""
    out: list[Block] = []
    headed: Optional[tuple[list, int, int]] = None  # (header row, width, number of its last row)
    for b in blocks:
        rows = list(b.rows or [])
        first = rows[0] if rows else []
        n = _row_no(first[0].text) if first else None
        if headed is not None and len(rows) == 1 and len(first) == headed[1] and n == headed[2] + 1:
            out.append(Block(b.kind, b.start, b.end, page=b.page, rows=[headed[0], *rows], header_rows=1))
            headed = (headed[0], headed[1], n)
            continue
        out.append(b)
        last = _row_no(rows[-1][0].text) if len(rows) >= 2 else None
        if last is not None and not any(_DIGIT.search(c.text) for c in first):
            headed = (first, len(first), last)
    return out


def _row_no(text: str) -> Optional[int]:
    m = _BARE_ROW_NUMBER.fullmatch(text)
    return int(m.group(1)) if m else None


_BARE_ROW_NUMBER = regex_cache.compile(r"\s*(\d{1,3})\.?\s*")


def type_tables(doc: Document) -> list[Table]:
    blocks = [b for b in _resumed(_continued(doc, doc.tables())) if _is_table(b)]
    return [t for b in blocks for t in _type_block(doc, b)]


def without_group_labels(header: list[str]) -> list[str]:
    """A header of two rows read as one ("Realisasi Renja 2022 Pagu (Rp)", "Realisasi Renja 2022
    Realisasi (Rp)", "Realisasi Renja 2022 Capaian (%)"), each label without the group label its
    neighbours share: the words that open it and the label beside it, where words follow them."""
    return list(_without_group_labels(tuple(header)))


@lru_cache(maxsize=256)
def _without_group_labels(header: tuple[str, ...]) -> tuple[str, ...]:
    # the audit asks this of a table's header at every row it checks: asked once a header
    out = []
    for i, h in enumerate(header):
        words = h.split()
        shared = 0
        for j in (i - 1, i + 1):
            if 0 <= j < len(header):
                other = header[j].split()
                k = 0
                while k < min(len(words), len(other)) - 1 and words[k] == other[k]:
                    k += 1
                shared = max(shared, k)
        out.append(" ".join(words[shared:]) if shared else h)
    return tuple(out)
