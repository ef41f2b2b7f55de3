"""Table arithmetic: differences, percentage columns, totals, program = sum of activities.

Column roles come from the header words of ``grammars/tables.yaml`` and the shape of the data
(:mod:`kesos_extract.tables`):

- ``row_difference``: a "sisa" / "selisih" (remaining) column is the total column minus the served
  column (the budget less its realisation, a realisation of "-" being nothing spent); a column of
  change in amounts ("Bertambah/(Berkurang)", negatives in brackets) is the later of the two
  columns before it less the earlier;
- ``row_percent``: a percentage column is the number before it over the row's total column, or
  over the column before that number (budget tables: realisation / budget, whatever quarters
  stand between them); "Sisa (%)" is the rest over the budget; a target / realisation /
  achievement triple is realisation / target (the quarters' sum where no realisation column adds
  them up), or for an indicator where lower is better (rencana - (realisasi - rencana)) / rencana
  or rencana / realisasi, and 100 stated for more than 100 is ``capped``; a column of change
  ("Kenaikan (%)") is (value - previous) / previous, down the rows where each row is a year; a
  percentage whose header names a column ("% Perempuan") is that column over the row's total; a
  percentage that fits no row formula but is the row's share of its column's total, or of the two
  columns before it, is judged as that share (and a slip in such a column by the share its other
  rows fit); a column that none of its rows fits by a formula guessed from the layout alone is
  of something the table does not show: no alarm; an "Efisiensi (%)" column is the achievement
  less the budget's uptake, their ratio, or the budget left unspent (the formula the row fits;
  a row fitting none is a slip only where the column's rows agree on one formula), and a change
  against a year its header names ("Kenaikan thd 2021 (%)") is the latest realisation against
  that year's, relative or in points, judged the same way; percentage columns come from the header and
  the written cells, never from a target or its realisation (a target of 30 in a row measured in
  % is an operand), nor a physical progress ("Realisasi Fisik (%)") from the money before it;
- ``column_total``: a "Jumlah" row against the sum of the rows above it (a total written in full
  rupiah under rows in the table's thousands is judged in its own writing);
- ``program_sum``: in a budget table whose rows alternate programs and activities, each program
  against the sum of its activities, and a group row ("I Dinas Sosial") against its programs;
- ``unparseable``: a cell that looks like a number but is none ("13,11,00"), or a word in a
  percentage column ("App").

A table that states "Dalam ribuan rupiah" may still write some cells in full rupiah: where one
operand is a thousand times the scale of the other and that alone explains the stated figure,
the scale is inferred per cell and the message says so.
"""

from __future__ import annotations

import copy
import itertools
from bisect import bisect_right
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable, Optional

import regex

from .. import regex_cache
from ..document import Document
from ..errors import MalformedNumberError
from ..grammar import load_grammar
from ..intervals import DisjointSpans
from ..evidence import names_lower_is_better, whole_digit_unit
from ..models import Cell, Check, Program, Table
from ..numbers import parse_number
from ..document import TableCell
from ..tables import (TypedValue, header_has, is_nomenclature_code, letter_scale_columns, percent_columns,
                      row_part_families, stated_scale, type_cell, vocabulary_re, without_group_labels)
from .verdict import SEVERITY, percent_verdict, value_verdict

# patterns used inside functions, compiled once (regex's cache lookup at every call was about a
# third of the text path's time)
_REPEATED_SEPARATOR = regex_cache.compile(r"([.,])[.,]+")
_DIGIT = regex_cache.compile(r"\d")
# an amount in a row's label ("Penanganan ... 326.000.000 310.510.000 2 Pemberian ..."): two rows
# run into one where a row's figures wrapped onto lines of their own; its figures are another's
_AMOUNT_IN_LABEL = regex_cache.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3}){2,}(?![\d])")
# a word in a cell: three letters, not a row's number in Roman numerals ("III", "VIII.")
_THREE_LETTERS = regex_cache.compile(r"^(?![ \t]*[IVXLC]{1,6}[.)]?[ \t]*$).*?\p{L}{3}", regex.S)
# a program's row, its number in its label where the table's "No" column was not told apart
# ("1 Program Rehabilitasi Sosial", "II. Program ...")
# (its number or its code may open the label: "1 Program ...", "01.02. Program ...", "1 06 02 Program ...")
_PROGRAM_LABEL = regex_cache.compile(r"^\W*(?:(?:\d{1,2}|[IVX]{1,4})[.)]?\s+|\d{1,2}(?:[. ]\d{1,2}){1,5}\.?\s+)?program\b", regex.I)
# a row's level under its program (Permendagri 90/2019: program > kegiatan > sub kegiatan): the
# depth of its nomenclature code ("1.06.02.2.01" under "1.06.02"), else its first word
# (a code of the official nomenclature, tables.yaml: "1.06.02", never a row number "1.1")
_SUB_ACTIVITY_LABEL = regex_cache.compile(r"^\W*sub[\s-]*kegiatan\b", regex.I)
_ACTIVITY_LABEL = regex_cache.compile(r"^\W*kegiatan\b", regex.I)
_ROW_NUMBER = regex_cache.compile(r"^\d{1,2}\.?$")

THOUSAND = Decimal(1000)
_DASHES = {"-", "–", "—"}
_PHYSICAL = regex_cache.compile(r"\bfisik\b", regex.I)
_SMALL_BRACKETED = regex_cache.compile(r"\(\s*(\d{1,3})\s*\)")
_YEAR_CELL = regex_cache.compile(r"(?:tahun\s+)?(?:19|20)\d\d", regex.I)
_NUMBERISH = regex_cache.compile(r"^[.,]?\d[\d.,\s]*\d\s*%?\s*\p{L}{0,10}\.?$")
_WORD_IN_NUMBERS = regex_cache.compile(r"^\p{L}{2,6}\.?$")
_INDICATOR_HEADER = regex_cache.compile(r"\bindikator\b", regex.I)
# a percentage column of change between two columns ("Kenaikan (%)", "Pertumbuhan"): (b - a) / a
# ("perubahan" is not one: "Anggaran Perubahan" is the revised budget; a column of changes
# headed so is told by its figures, see _row_checks)
_AVERAGE_GROWTH = regex_cache.compile(r"\b(?:rata[ -]?rata|rerata|average)\b.*\b(?:pertumbuhan|kenaikan|peningkatan|"
                                      r"perkembangan|growth)\b", regex.I)
_GROWTH = regex_cache.compile(r"\b(?:kenaikan|pertumbuhan|peningkatan|penurunan|perkembangan|selisih|deviasi|"
                        r"growth|naik|turun)\b", regex.I)


# a Laporan Realisasi Anggaran's "Lebih/(Kurang)" (also "Bertambah/(Berkurang)" read above): the
# realisation less the budget, a shortfall in brackets
_SURPLUS = r"\blebih\s*/?\s*\(?\s*kurang\b"
_SURPLUS_HEADER = regex_cache.compile(_SURPLUS, regex.I)


# the formulas of a percentage that is a share, named in the check's message
SHARE_OF_TOTAL = "share of the column's total = value / total"
SHARE_OF_PAIR = "share of the two parts = value / (value + the column before it)"
# formulas read from the layout alone, no header naming a budget, a realisation or a target: a
# column none of whose rows fits them is a percentage of something else ("Jumlah Kegiatan |
# Jumlah Peserta | Tingkat Kehadiran (%)")
SHARE_OF_PART = "share = part / total"
# a percentage after a column of change in amounts ("Sebelum | Setelah | Bertambah/(Berkurang) | %")
CHANGE_OF_AMOUNTS = "change = (value - previous) / previous"
VALUE_OVER_PREVIOUS = "percentage = value / the column before it"


def _fmt(x: Decimal, places: int = 4) -> str:
    s = f"{x:,.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _width(table: Table) -> int:
    return max([len(table.header)] + [len(r) for r in table.rows])


def _label_of(cells: list[Cell]) -> str:
    """A row's label: its first cell with a word in it."""
    return next((c.text for c in cells if c.text and _THREE_LETTERS.search(c.text)), "")


class _Row:
    """One body row of a typed table with its values re-read for their decimals."""

    def __init__(self, table: Table, index: int, pct_cols: set[int], width: Optional[int] = None,
                 lettered: frozenset[int] = frozenset()):
        self.cells = table.rows[index]
        self.header = table.header
        self.index = index
        self.pct = pct_cols
        # columns of money, where "1,25 M" is miliar (tables.letter_scale_columns), given by the caller
        self.lettered = lettered
        # the table's width, given by the caller that makes a row of each of its rows (counted once)
        self.width = width if width is not None else _width(table)
        self.values: list[TypedValue] = self._typed(self.cells)
        spans = [(c.start, c.end) for c in self.cells if c.text and c.start is not None]
        self.start = min((s for s, _ in spans), default=table.start)
        self.end = max((e for _, e in spans), default=table.end)
        self._quote: Optional[str] = None

    def quote(self, text: str) -> str:
        """The row's text (``text``: the document's), one string for all the checks of the row
        (a long report's tables give thousands of checks, most of them two or three a row)."""
        if self._quote is None:
            self._quote = text[self.start:self.end]
        return self._quote

    def spent_nothing_where_dashed(self, header: list[str]) -> None:
        """A realisation written "-" in a row with a budget is nothing spent: 0, so that its
        percentage (0,00) and the rest of the budget are judged. Only against a budget: in a
        table of targets "-" is a figure not measured."""
        budget = any(header_has(h, "budget") and self.value(k) is not None for k, h in enumerate(header))
        for k, h in enumerate(header[:len(self.cells)]):
            if budget and header_has(h, "realisation") and not header_has(h, "budget") \
                    and self.cells[k].text.strip() in _DASHES:
                self.values[k] = TypedValue(Decimal(0), 0, None)

    def negatives_in_change_columns(self, header: list[str]) -> None:
        """A small whole number in brackets ("(6)") is a column's number in a header, but in a
        column of differences ("Selisih", "Bertambah/(Berkurang)") it is a negative figure."""
        for k, h in enumerate(header[:len(self.cells)]):
            m = _SMALL_BRACKETED.fullmatch(self.cells[k].text.strip())
            if m and self.values[k].value is None and (header_has(h, "remaining") or _CHANGE_AMOUNT.search(h)):
                self.values[k] = TypedValue(-Decimal(m.group(1)), 0, None)

    def _typed(self, cells: list[Cell]) -> list[TypedValue]:
        return [type_cell(c.text, percent=j in self.pct, letter_scale=j in self.lettered) for j, c in enumerate(cells)]

    def value(self, j: int) -> Optional[Decimal]:
        return self.values[j].value if j < len(self.values) else None

    def label(self) -> str:
        return _label_of(self.cells)

    def indicator(self) -> str:
        """The row's indicator: the cell under a header naming it ("Indikator Kinerja", beside
        "Sasaran Strategis"), else its label."""
        for j, h in enumerate(self.header[:len(self.cells)]):
            if _INDICATOR_HEADER.search(h or "") and _THREE_LETTERS.search(self.cells[j].text):
                return self.cells[j].text
        return self.label()

    def shifted(self, at: int, by: int) -> Optional["_Row"]:
        """The row with its cells from offset ``at`` on ``by`` columns further right (left when
        negative); None when that puts a cell out of the table or on a cell that stays."""
        moving = [j for j, c in enumerate(self.cells) if c.text and c.start is not None and c.start >= at]
        if not moving:
            return None
        width = max(self.width, len(self.cells))
        staying = {j for j, c in enumerate(self.cells) if c.text and j not in moving}
        if any(not 0 <= j + by < width or j + by in staying for j in moving):
            return None
        cells = [Cell(text="") for _ in range(width)]
        for j in staying:
            cells[j] = self.cells[j]
        for j in moving:
            cells[j + by] = self.cells[j]
        out = copy.copy(self)
        out.cells = cells
        out.values = self._typed(cells)
        return out


def _lettered(table: Table) -> frozenset[int]:
    return frozenset(letter_scale_columns(table.header, [[c.text for c in r] for r in table.rows]))


# a figure no percentage column holds (an amount read under a "%" header: a row a column off)
NO_PERCENTAGE = Decimal(100000)


def _check(doc: Document, row: _Row, name: str, verdict: str, stated: Optional[Decimal], expected: Optional[Decimal],
           operands: dict[str, Optional[Decimal]], message: str, start: Optional[int] = None,
           end: Optional[int] = None, scale: Decimal = Decimal(1), counted: tuple[str, ...] = (),
           operand_scale: Decimal = Decimal(1)) -> Check:
    """A check of a table row. ``scale``: the table's stated scale where the figures judged are
    money written in it ("(juta rupiah)": 840,04 is Rp 840.040.000), so that the check's figures
    are in rupiah as every money value of the output is (the arithmetic is judged as written);
    ``counted``: the operands that are counts of rows or parts, never scaled; ``operand_scale``:
    the scale of a ratio's operands alone (its percentages have none)."""
    s = row.start if start is None else start
    e = row.end if end is None else end
    if operand_scale != 1:
        operands = {k: v if v is None else v * operand_scale for k, v in operands.items()}
    if scale != 1:
        stated = None if stated is None else stated * scale
        expected = None if expected is None else expected * scale
        operands = {k: v if v is None or k in counted else v * scale for k, v in operands.items()}
        message += f" (figures in the table's scale; x {_fmt(scale, 0)} in rupiah)"
    return Check(check=name, verdict=verdict, severity=SEVERITY[verdict],  # type: ignore[arg-type]
                 stated=None if stated is None else float(stated),
                 expected=None if expected is None else round(float(expected), 4),
                 operands={k: None if v is None else float(v) for k, v in operands.items()},
                 quote=row.quote(doc.text) if (s, e) == (row.start, row.end) else doc.text[s:e],
                 start=s, end=e, page=doc.page_at(s), message=message)


# a column of counts in a table of money ("Target K", "Realisasi (orang)", "Fisik"): not at its scale
_COUNT_COLUMN = regex_cache.compile(r"\b(?:k|kinerja|fisik|output|outcome|orang|jiwa|kk|kpm|unit|paket|lembaga|"
                                    r"dokumen|laporan|bulan|satuan|volume)\b", regex.I)
# a table "in thousands" whose money cells reach this (a billion as written) is written in full
# rupiah whatever its header says ("Target Renstra 2019 (Rp.000)" over "1.340.750.000"), and so is
# one whose cells at its scale would make more than this many rupiah (ten trillion)
_WRITTEN_IN_FULL = Decimal(10) ** 9
_TOO_MUCH = Decimal(10) ** 13


def _money_scale(table: Table, cols: Iterable[int]) -> Decimal:
    """The scale the figures of ``cols`` are written in, for a check's output: the table's stated
    scale where each column is its money, and the table's money is written at that scale (none
    of its figures a billion or more as written, nor more than ten trillion rupiah at it); else 1.
    A column is the scale's where its own label states it ("Target 2018 (Rp.000)"); where no
    label does (the caption, or a line over the table, says "Dalam ribuan rupiah"), every column
    but one of counts ("Target K", "Realisasi (orang)")."""
    if table.scale == 1:
        return Decimal(1)
    h = table.header
    own = without_group_labels(h)  # (a member's own label: "Rp" under "Target Kinerja dan Anggaran")
    cols = list(cols)
    per_column = any(stated_scale(label) != 1 for label in h)
    if not cols or any(j >= len(h) or _COUNT_COLUMN.search(own[j]) or
                       (stated_scale(h[j]) == 1 if per_column else False) for j in cols):
        return Decimal(1)
    scale = Decimal(str(table.scale))
    biggest = Decimal(str(max((abs(r[j].value) for r in table.rows for j in cols if j < len(r) and r[j].value is not None),
                              default=0)))
    if biggest >= _WRITTEN_IN_FULL or biggest * scale > _TOO_MUCH:
        return Decimal(1)
    return scale


def _pct_columns(table: Table) -> set[int]:
    """Percentage columns by header and by the written cells (not by the units typed from a
    "Satuan" cell: a target of 30 in a row whose unit is % is an operand, not a ratio)."""
    body = [[TableCell(c.text, c.start or 0, c.end or 0) for c in r] for r in table.rows]
    h = table.header
    if _group_names_roles(h, own := without_group_labels(h)):
        h = own  # ("Target dan Realisasi Kinerja Tahun 2021" over its columns: their own labels)
    else:
        h = _members_naming_their_own_role(h, own)
    # "Target (%) | Realisasi (%) | Capaian (%)": a target and the realisation beside it are the
    # operands of the achievement, in per cent as their indicator is, not ratios themselves
    # ("Capaian thd Target Renstra (%)" names a target but is the achievement of it; "Target
    # Capaian Kinerja" is a target)
    # (a column whose own label is an achievement, under a group naming the target: "Target Akhir
    # Renstra" over "Target 2026 | Capaian thd Renstra (%)")
    operands = {j for j in range(len(h)) if header_has(h[j], "target") and not header_has(h[j], "budget")
                and not _achievement_of_a_target(h[j])
                and not (j < len(own) and header_has(own[j], "achievement") and not header_has(own[j], "target"))}
    operands |= {j + 1 for j in operands if j + 1 < len(h) and header_has(h[j + 1], "realisation")}
    return percent_columns(h, body) - operands


def _achievement_of_a_target(label: str) -> bool:
    """Does the header name an achievement of a target ("Capaian thd Target Renstra (%)", "% thd
    Rencana"), the achievement's word (or a per cent "of") before the target's, not a target of an
    achievement ("Target Capaian")?"""
    achieved = vocabulary_re("achievement").search(label) or _PERCENT_OF.search(label)
    target = vocabulary_re("target").search(label)
    return achieved is not None and target is not None and achieved.start() < target.start()


# a plan's deviation: what the plan (a target of spending, "Rencana Penarikan Dana") left unrealised
_DEVIATION = regex_cache.compile(r"\bdeviasi\b", regex.I)
# a percentage "of" a column its header names: "% thd Rencana", "% terhadap Pagu", "Persentase dari
# Anggaran"; the word after it names the column (group 1)
_PERCENT_OF = regex_cache.compile(r"(?:%|\bpersen(?:tase)?\b|\bprosentase\b)\s*(?:\(\s*%\s*\)\s*)?"
                                  r"(?:thd\.?|terhadap|dari|atas)\s+(\p{L}{3,})", regex.I)


def _percent_of_named_column(doc: Document, table: Table, row: _Row, j: int, h: list[str],
                             numeric: list[int]) -> Optional[Check]:
    """A percentage whose header names the column it is of ("Pagu | Rencana s.d. Sem I | Realisasi
    s.d. Sem I | Deviasi | % thd Rencana | % thd Pagu"): the realisation over the one column before
    it whose header holds that word; None where the header names none, or names no single one."""
    m = _PERCENT_OF.search(h[j])
    if m is None:
        return None
    word = m.group(1).lower()
    named = [k for k in numeric if k < j and word in _OWN_WORD.findall(h[k].lower())]
    real = next((k for k in range(j - 1, -1, -1) if k in numeric and header_has(h[k], "realisation")
                 and not header_has(h[k], "budget")), None)
    if len(named) != 1 or real is None or named[0] == real:
        return None
    kind = "realisation % = realisation / budget" if header_has(h[named[0]], "budget") else \
        "achievement = realisation / target"
    return _percent_check(doc, table, row, j, real, named[0], kind,
                          None if header_has(h[named[0]], "budget") else _lower_may_be_better(row))


def _label_columns(table: Table) -> set[int]:
    """Columns of numbering ("No") and text: never operands."""
    out = {j for j, h in enumerate(table.header) if header_has(h, "number") or header_has(h, "code")}
    width = max((len(r) for r in table.rows), default=0)
    for j in range(width):
        cells = [r[j].text for r in table.rows if j < len(r) and r[j].text]
        if cells and sum(bool(_ROW_NUMBER.match(t)) for t in cells) >= 0.8 * len(cells) and j <= 1:
            out.add(j)
        # a column of years ("Tahun | Jumlah PMKS | Pertumbuhan"): the rows' labels
        if len(cells) >= 2 and all(_YEAR_CELL.fullmatch(t.strip()) for t in cells):
            out.add(j)
    return out


# --- row checks --------------------------------------------------------------------------------

def _scale_inferred(num: Decimal, den: Decimal, stated: Decimal, decimals: int) -> Optional[tuple[Decimal, str]]:
    """If a factor of a thousand between the operands alone explains the stated percentage."""
    for factor, what in ((THOUSAND, "the base is written in thousands, the part in full rupiah"),
                         (1 / THOUSAND, "the part is written in thousands, the base in full rupiah")):
        ratio = num * 100 / (den * factor)
        digits = len(str(int(num))) - len(str(int(den)))
        if (factor == THOUSAND and digits >= 2 or factor != THOUSAND and digits <= -2) and \
                percent_verdict(stated, decimals, ratio) != "mismatch":
            return ratio, what
    return None


def _or_share_of(doc, table, row, j: int, x: int, c, den_value, den_name: str):
    """A mismatch that the row's share of ``den_value`` (a column's total or its rows' sum)
    explains is that share, and the check says so; else the check as it was."""
    # "capped" is for an achievement over its target, not a ratio no header names: the share
    # of the total that fits is the reading ("Jumlah | Persentase" of the total row: 100)
    if c is None or c.verdict not in ("mismatch", "capped") or not den_value:
        return c
    alt = _percent_check(doc, table, row, j, x, x, SHARE_OF_TOTAL, None,
                         den_value=den_value, den_name=den_name)
    return alt if alt is not None and alt.verdict != "mismatch" else c


@lru_cache(maxsize=1)
def _negative_polarity_cells() -> frozenset[str]:
    words = (load_grammar("targets").vocabulary or {}).get("negative_polarity_cells") or []
    return frozenset(" ".join(w.lower().split()) for w in words)


@lru_cache(maxsize=1)
def _polarity_header() -> regex.Pattern:
    words = (load_grammar("targets").vocabulary or {}).get("polarity_headers") or ["(?!)"]
    return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\w)", regex.I)


def _polarity_says_lower(row: "_Row") -> bool:
    """Does a cell of the row state the indicator's polarity as lower is better ("Negatif" under
    "Polaritas", "Minimize")? A cell that is the word alone, not a word of a name; or, under a
    header naming a polarity column, the last word of a cell the reader joined to the name."""
    cells = [" ".join(c.text.lower().split()) for c in row.cells]
    if any(c in _negative_polarity_cells() for c in cells):
        return True
    if not any(_polarity_header().search(h or "") for h in row.header):
        return False
    return any(c.rsplit(" ", 1)[-1] in _negative_polarity_cells() for c in cells if " " in c)


def _lower_may_be_better(row: "_Row") -> Optional[bool]:
    """True where the row's indicator may be one where lower is better (its achievement may be
    read by that formula too); None where its name says higher is better (tables.yaml
    ``higher_is_better``, and no word of ``lower_or_undone``)."""
    label = row.indicator()
    if vocabulary_re("higher_is_better").search(label) and not vocabulary_re("lower_or_undone").search(label):
        return None
    return True


def _percent_check(doc, table, row, j, num_col, den_col, kind_label, lower_is_better=False,
                   growth=False, den_value: Optional[Decimal] = None,
                   den_name: Optional[str] = None, num_value: Optional[Decimal] = None,
                   num_name: Optional[str] = None) -> Optional[Check]:
    stated = row.values[j]
    num = row.value(num_col) if num_value is None else num_value
    den = row.value(den_col) if den_value is None else den_value
    if stated.value is None or num is None or den is None or den == 0:
        return None
    if abs(stated.value) >= NO_PERCENTAGE:
        return None  # "325.000.000" under a "%" header: the row's cells stand a column off, no percentage
    ratio = (num - den) * 100 / den if growth else num * 100 / den
    if growth and stated.value >= 0 > ratio:
        ratio = -ratio  # a fall written without its sign in a "penurunan" column
    verdict = percent_verdict(stated.value, stated.decimals, ratio)
    notes = []
    lower_better = False
    inverse = False
    if verdict == "mismatch" and lower_is_better is not None:
        alt = (2 * den - num) * 100 / den
        if percent_verdict(stated.value, stated.decimals, alt) != "mismatch":
            verdict, ratio, lower_better = percent_verdict(stated.value, stated.decimals, alt), alt, True
            notes.append("fits the formula for an indicator where lower is better: "
                         "(target - (realisation - target)) / target")
        elif num and percent_verdict(stated.value, stated.decimals, den * 100 / num) != "mismatch":
            # the other formula of such an indicator: target / realisation
            ratio = den * 100 / num
            verdict, inverse = percent_verdict(stated.value, stated.decimals, ratio), True
            notes.append("fits the formula for an indicator where lower is better: target / realisation")
    if verdict == "mismatch" and not growth and _rounded_operands_allow(
            stated, num, den, row.values[num_col].decimals if num_value is None and num_col < len(row.values) else 0,
            row.values[den_col].decimals if den_value is None and den_col < len(row.values) else 0):
        verdict = "consistent"
        notes.append("the operands are written rounded (\"Rp 3,7 miliar\"): the ratio they allow includes the "
                     "stated percentage")
    if verdict in ("mismatch", "truncated") and not growth and num_value is None and num_col < len(row.values) \
            and _measured_percent_allows(stated, num, den, row.values[num_col],
                                         in_percent=any(c.text.strip() == "%" for c in row.cells)):
        verdict = "consistent"
        notes.append("the realisation is a percentage written rounded (\"52,3%\"): a value it rounds from gives the "
                     "stated percentage, as in prose")
    if verdict == "mismatch" and not growth and num_value is None and den_value is None and _rough_allows(
            stated, num, den, _cell_text(row, num_col), _cell_text(row, den_col)):
        verdict = "consistent"
        notes.append("an operand is written approximate (\"± 1.200\"): within a unit of its last digit it gives "
                     "the stated percentage")
    if verdict == "mismatch" and stated.value == 100 and ratio > 100:
        verdict = "capped"
        notes.append(f"the achievement is {_fmt(ratio, 2)}%, reported capped at 100%")
    if verdict == "mismatch" and lower_is_better and not inverse and not lower_better and \
            (names_lower_is_better(row.indicator()) or _polarity_says_lower(row)):
        # a slip in the achievement of an indicator named as one where lower is better ("yang
        # belum tertangani"): what it should be is by that indicator's usual formula
        ratio, lower_better = (2 * den - num) * 100 / den, True
        notes.append("the indicator's name says lower is better: judged by (target - (realisation - target)) / target")
    if verdict == "mismatch" and table.scale != 1 or verdict == "mismatch" and max(num, den) >= 100000:
        inferred = _scale_inferred(num, den, stated.value, stated.decimals)
        if inferred:
            ratio, what = inferred
            verdict = percent_verdict(stated.value, stated.decimals, ratio)
            notes.append(f"scale inferred cell by cell: {what} (table scale {table.scale:g}); "
                         f"operands in rupiah")
            # the operands in rupiah: the one written in thousands times a thousand
            if num * 100 / den > ratio:
                den = den * THOUSAND
            else:
                num = num * THOUSAND
    h = table.header
    name_n = num_name or (h[num_col] if num_col < len(h) and h[num_col] else f"column {num_col + 1}")
    name_d = den_name or (h[den_col] if den_col < len(h) and h[den_col] else f"column {den_col + 1}")
    if growth:
        msg = (f"{row.label()[:60]!r}: {kind_label} = ({name_n} - {name_d}) / {name_d} = "
               f"({_fmt(num)} - {_fmt(den)}) / {_fmt(den)} = {_fmt(ratio)}%, stated {row.cells[j].text}")
    elif inverse:
        msg = (f"{row.label()[:60]!r}: achievement = {name_d} / {name_n} = {_fmt(den)} / {_fmt(num)} = "
               f"{_fmt(ratio)}%, stated {row.cells[j].text}")
    elif lower_better:  # the equation as it was worked out, not the ratio the label names
        msg = (f"{row.label()[:60]!r}: achievement = (2 x {name_d} - {name_n}) / {name_d} = "
               f"(2 x {_fmt(den)} - {_fmt(num)}) / {_fmt(den)} = {_fmt(ratio)}%, stated {row.cells[j].text}")
    else:
        msg = (f"{row.label()[:60]!r}: {kind_label} = {name_n} / {name_d} = {_fmt(num)} / {_fmt(den)} = "
               f"{_fmt(ratio)}%, stated {row.cells[j].text}")
    if notes:
        msg += "; " + "; ".join(notes)
    # the operands of the ratio the percentage is: target / realisation where that formula fits
    operands = {"numerator": den, "denominator": num} if inverse else {"numerator": num, "denominator": den}
    # (operands of money in rupiah, where both are the columns' own figures at the table's scale)
    in_rupiah = _money_scale(table, (num_col, den_col)) if num_value is None and den_value is None and \
        not any("scale inferred" in n for n in notes) else Decimal(1)
    return _check(doc, row, "row_percent", verdict, stated.value, ratio, operands, f"{verdict}: {msg}",
                  operand_scale=in_rupiah)


# a cell whose figure is said to be approximate: "± 1.200 KPM", "≈ 2.500", "~ 300"
_ROUGH_CELL = regex_cache.compile(r"^\s*(?:±|\+/-|≈|~)\s*(?=\d)")


def _cell_text(row: "_Row", j: int) -> str:
    return row.cells[j].text if j < len(row.cells) else ""


def _rough_allows(stated: TypedValue, num: Decimal, den: Decimal, num_text: str, den_text: str) -> bool:
    """An operand written approximate ("± 1.200") stands for the values within half a unit of
    its last significant digit (1.150..1.250): does one of them give the stated percentage?"""
    half_num = whole_digit_unit(num) / 2 if _ROUGH_CELL.match(num_text) else Decimal(0)
    half_den = whole_digit_unit(den) / 2 if _ROUGH_CELL.match(den_text) else Decimal(0)
    if stated.value is None or not (half_num or half_den) or den - half_den <= 0:
        return False
    low = (num - half_num) * 100 / (den + half_den)
    high = (num + half_num) * 100 / (den - half_den)
    half_stated = Decimal(1).scaleb(-stated.decimals) / 2
    return low - half_stated <= stated.value <= high + half_stated


def _measured_percent_allows(stated: TypedValue, num: Decimal, den: Decimal, measured: TypedValue,
                             in_percent: bool = False) -> bool:
    """A realisation written as a percentage with decimals ("52,3%" against a target of "60%")
    is a measurement rounded to its last decimal; the target, set by a plan, stands for itself
    (audit/prose.py judges a sentence's the same way). Does a value it rounds from give the
    stated percentage? (``in_percent``: the row's unit column says "%", its figures bare.)"""
    if (measured.unit != "%" and not in_percent) or measured.decimals < 1 or stated.value is None or den <= 0:
        return False
    half = Decimal(1).scaleb(-measured.decimals) / 2
    low, high = (num - half) * 100 / den, (num + half) * 100 / den
    half_stated = Decimal(1).scaleb(-stated.decimals) / 2
    return low - half_stated <= stated.value <= high + half_stated


def _rounded_operands_allow(stated: TypedValue, num: Decimal, den: Decimal, num_decimals: int,
                            den_decimals: int) -> bool:
    """Operands written to the hundred million or the million ("Rp 3,7 miliar", "Rp 950 juta",
    negative decimals): does some pair of values they round from give the stated percentage?"""
    if num_decimals >= 0 and den_decimals >= 0 or stated.value is None:
        return False
    half_num = Decimal(1).scaleb(-num_decimals) / 2 if num_decimals < 0 else Decimal(0)
    half_den = Decimal(1).scaleb(-den_decimals) / 2 if den_decimals < 0 else Decimal(0)
    if den - half_den <= 0:
        return False
    low = (num - half_num) * 100 / (den + half_den)
    high = (num + half_num) * 100 / (den - half_den)
    half_stated = Decimal(1).scaleb(-stated.decimals) / 2
    return low - half_stated <= stated.value <= high + half_stated


def _pair_share(doc: Document, table: Table, row: _Row, j: int, x: int, other: int,
                only_fitting: bool = True) -> Optional[Check]:
    """The percentage as the share of column ``x`` in the sum of it and the column before it,
    when that fits (two parts of one whole: men and women, served and not yet served)."""
    a, b = row.value(x), row.value(other)
    if a is None or b is None or a < 0 or b < 0 or a + b == 0:
        return None
    h = table.header
    c = _percent_check(doc, table, row, j, x, x, SHARE_OF_PAIR, None, den_value=a + b,
                       den_name=f"({h[x] if x < len(h) and h[x] else f'column {x + 1}'} + "
                                f"{h[other] if other < len(h) and h[other] else f'column {other + 1}'})")
    return c if c is not None and (c.verdict != "mismatch" or not only_fitting) else None


def _formula_of(c: Check) -> str:
    """Which formula a percentage check was judged by: the share of the two parts, the share of
    the column's total, or the row's ratio of its own figures."""
    return "pair" if SHARE_OF_PAIR in c.message else "share" if SHARE_OF_TOTAL in c.message else "row"


def _guessed(c: Check) -> bool:
    """Was the percentage judged by a formula the layout alone suggests?"""
    return any(f": {label} = " in c.message for label in (SHARE_OF_PART, VALUE_OVER_PREVIOUS)) or \
        LAYOUT_SHARE_NOTE in c.message


# the note of a share of the column's total taken for a ratio the layout alone suggested (an
# amount over a count): as guessed as that ratio, so a column none of whose rows fits it raises
# no alarm
LAYOUT_SHARE_NOTE = "a share the layout alone suggests"


UNKNOWN_SHARE = 0.85  # of a column's rows judged, those the guessed formula misses: then it is no formula of the column's


def _unknown_columns(fits: dict[int, Counter]) -> set[int]:
    """Percentage columns whose rows (two or more) all miss the formula guessed from the layout
    and fit none: their percentages are of something the table does not show."""
    def unknown(counts: Counter, missed: str) -> bool:
        # (or nearly all: a guess that misses 20 rows and fits 2 by another formula is no formula
        # of the column's)
        others = sum(v for k, v in counts.items() if k != missed)
        return counts.get(missed, 0) >= 2 and counts.get(missed, 0) >= UNKNOWN_SHARE * (counts.get(missed, 0) + others)

    # the same for a column of differences none of whose rows is the difference of the two
    # columns before it ("Penurunan (jiwa)" from a year the table does not show)
    # and a column of percentages after a change in amounts none of whose rows is the change over
    # the value before it nor over the value after it
    return {j for j, counts in fits.items() if unknown(counts, "guessed mismatch") or unknown(counts, "difference misses")
            or unknown(counts, "change misses")}


def _preferred_formulas(fits: dict[int, Counter]) -> dict[int, str]:
    """Per percentage column, the share formula that most of its rows fit (at least two, and
    more than fit the row's own ratio): a slip in one row is judged by it. After a column of
    change in amounts, "change after" where more rows are the change over the value after it than
    over the value before it."""
    out = {}
    for j, counts in fits.items():
        if counts.get("change after", 0) >= 2 and counts["change after"] > counts.get("change before", 0):
            out[j] = "change after"  # a change's percentage taken over the value after it, row after row
            continue
        kind, n = max(((k, v) for k, v in counts.items() if k in ("pair", "share")), key=lambda kv: kv[1],
                      default=("", 0))
        if n >= 2 and n > counts.get("row", 0):
            out[j] = kind
    return out


# a column of one quarter's figures ("TW I", "Triwulan II", "Tw. IV", "s/d TW III")
_QUARTER = regex_cache.compile(r"\b(?:tw|triwulan|trw)\.?\s*(?:[IV]{1,3}|[1-4])\b", regex.I)


def _deviation_check(doc: Document, table: Table, row: _Row, j: int, h: list[str]) -> Optional[Check]:
    """A "Deviasi" column of percentage points: the realisation nearest before it less the target
    before that ("Target Fisik (%) | Realisasi Fisik (%) | Deviasi (%)": 77,50 - 75,00 = 2,50), or
    the target less the realisation, as some reports write it (the sign the row's figures show)."""
    stated = row.value(j)
    if stated is None:
        return None
    before = [k for k in range(j - 1, -1, -1) if row.value(k) is not None]
    pairs: list[tuple[int, int]] = []  # (the minuend, the subtrahend), the likelier first
    real = next((k for k in before if header_has(h[k], "realisation")), None)
    target = next((k for k in before if real is not None and k < real and header_has(h[k], "target")
                   and not header_has(h[k], "budget")), None)
    if real is not None and target is not None:
        pairs.append((real, target))
    # "Realisasi Fisik (%) | Realisasi Keuangan (Rp) | Realisasi Keuangan (%) | Deviasi Fisik -
    # Keuangan (%)": the physical progress less the money's uptake, both in per cent
    physical = next((k for k in before if header_has(h[k], "realisation") and _PHYSICAL.search(h[k])), None)
    money = next((k for k in before if header_has(h[k], "realisation") and not _PHYSICAL.search(h[k])
                  and (getattr(row.cells[k], "unit", None) == "%" or header_has(h[k], "percent"))), None)
    if physical is not None and money is not None:
        pairs.insert(0 if _PHYSICAL.search(h[j]) and _MONEY_WORD.search(h[j]) else len(pairs), (physical, money))
    if not pairs:
        return None
    options = [(row.value(a) - row.value(b), f"{h[a]} - {h[b]}", a, b) for a, b in pairs]  # type: ignore[operator]
    options += [(-e, f"{h[b]} - {h[a]}", b, a) for e, _, a, b in list(options)]  # (some write it the other way)
    dec = row.values[j].decimals
    expected, formula, a, b = next((o for o in options if value_verdict(stated, dec, o[0]) != "mismatch"), options[0])
    verdict = value_verdict(stated, dec, expected)
    return _check(doc, row, "row_difference", verdict, stated, expected,
                  {"total": row.value(b), "served": row.value(a)},  # type: ignore[dict-item]
                  f"{verdict}: {row.label()[:60]!r}: {h[j]} = {formula} = {_fmt(expected)}, stated {row.cells[j].text}")


_MONEY_WORD = regex_cache.compile(r"\b(?:keuangan|keu|anggaran|dana)\b", regex.I)


def _target_of(h: list[str], target: int, real: int) -> bool:
    """May the column ``target`` be the target of the realisation in ``real``? Not a target of
    physical progress ("Target Fisik (%)") for money or counts, nor a target in per cent ("Target
    Keuangan TW III (%)") for an amount ("Realisasi Keuangan (Rp)"), which is of the budget."""
    return not (_PHYSICAL.search(h[target]) and not _PHYSICAL.search(h[real])) and \
        not (header_has(h[target], "percent") and not header_has(h[real], "percent"))


def _target_before(h: list[str], before: list[int], x: int, j: Optional[int] = None) -> Optional[int]:
    """The column before ``x`` that holds a target (not a budget's): the one the percentage's
    header names by a word of its own ("Capaian thd Renstra (%)" of "Target Renstra 2026"), else
    the nearest."""
    targets = [k for k in reversed(before) if k < x and header_has(h[k], "target") and not header_has(h[k], "budget")
               and _target_of(h, k, x)]
    if j is not None and len(targets) > 1:
        own = set(_OWN_WORD.findall(h[j].lower())) - _GENERIC_HEADER_WORDS
        named = [k for k in targets if own & set(_OWN_WORD.findall(h[k].lower()))]
        if len(named) == 1:
            return named[0]
    return targets[0] if targets else None


def _year_pair(h: list[str], before: list[int], j: int) -> Optional[tuple[int, int]]:
    """The realisation and the target of the one year an achievement's header names ("Capaian
    2021 (%)" of "Realisasi 2021" and "Target 2021"), each the only column before it naming that
    year as such; None where the header names no year or the columns do not give one pair."""
    years = _YEAR_IN.findall(h[j])
    if len(years) != 1 or not header_has(h[j], "achievement") or _GROWTH.search(h[j]):
        return None
    of_year = [k for k in before if years[0] in _YEAR_IN.findall(h[k]) and not header_has(h[k], "budget")]
    real = [k for k in of_year if header_has(h[k], "realisation") and not header_has(h[k], "target")]
    target = [k for k in of_year if header_has(h[k], "target") and not header_has(h[k], "realisation")]
    return (real[0], target[0]) if len(real) == 1 and len(target) == 1 else None


def _named_target_achievement(doc: Document, table: Table, row: _Row, j: int, numeric: list[int]) -> Optional[Check]:
    """An achievement after another percentage ("Capaian 2022 (%) | Capaian thd Renstra (%)"),
    no figure right before it: the realisation over the target its header names by a word of
    its own ("Target Renstra 2026"), where exactly one target does; else no check."""
    h = table.header + [""] * max(0, len(row.cells) - len(table.header))
    if not header_has(h[j], "achievement") or _GROWTH.search(h[j]):
        return None
    before = [k for k in numeric if k < j]
    targets = [k for k in before if header_has(h[k], "target") and not header_has(h[k], "budget")]
    own = set(_OWN_WORD.findall(h[j].lower())) - _GENERIC_HEADER_WORDS
    named = [k for k in targets if own & set(_OWN_WORD.findall(h[k].lower()))]
    # the realisation column nearest before it, whatever its cell holds (a malformed one is no
    # reason to take an earlier year's), of the year the achievement names if both name one
    real = next((k for k in range(j - 1, -1, -1) if header_has(h[k], "realisation") and not header_has(h[k], "budget")),
                None)
    if len(named) != 1 or real is None or real not in numeric:
        return None
    years, real_years = set(_YEAR_IN.findall(h[j])), set(_YEAR_IN.findall(h[real]))
    if years and real_years and not years & real_years:
        return None
    return _percent_check(doc, table, row, j, real, named[0], "achievement = realisation / target",
                          _lower_may_be_better(row))


_OWN_WORD = regex_cache.compile(r"\p{L}{3,}|\d{4}")
# words every column of an indicator table may carry: they name no particular target
_GENERIC_HEADER_WORDS = {"capaian", "target", "realisasi", "terhadap", "thd", "tahun", "kinerja", "persentase",
                         "tingkat", "pencapaian", "rencana", "sampai", "dengan"}


def _quarters_check(doc: Document, table: Table, row: _Row, j: int, x: int, target_col: int,
                    between: list[int]) -> Optional[Check]:
    """The achievement of a target whose realisation stands after its quarters: the realisation
    (or the last quarter, the year's figure so far) over the target; else, where no realisation
    column adds them up, the quarters' sum over the target."""
    c = _percent_check(doc, table, row, j, x, target_col, "achievement = realisation / target",
                       _lower_may_be_better(row))
    quarters = [k for k in between + [x] if _QUARTER.search(table.header[k] if k < len(table.header) else "")]
    if c is None or c.verdict != "mismatch" or len(quarters) < 2 or any(row.value(k) is None for k in quarters):
        return c
    summed = sum((row.value(k) for k in quarters), Decimal(0))  # type: ignore[misc]
    names = " + ".join(table.header[k] for k in quarters)
    alt = _percent_check(doc, table, row, j, x, target_col, "achievement = the quarters' sum / target",
                         _lower_may_be_better(row),
                         den_value=None, num_value=summed, num_name=f"({names})")
    return alt if alt is not None and alt.verdict != "mismatch" else c


_BRACKETED_NOTE = regex_cache.compile(r"\([^)]*\)")


def _named_part(h: list[str], before: list[int], j: int) -> Optional[int]:
    """The one column before ``j`` whose label the percentage's header repeats ("% Perempuan",
    "Persentase Perempuan (%)" over "Perempuan"), no total column itself."""
    def name(k: int) -> str:
        return " ".join(_BRACKETED_NOTE.sub(" ", h[k]).lower().split())

    head = f" {' '.join(_BRACKETED_NOTE.sub(' ', h[j]).lower().replace('%', ' ').split())} "
    named = [k for k in before if len(name(k)) >= 4 and f" {name(k)} " in head
             and not header_has(h[k], "total") and not header_has(h[k], "budget")]
    if named:
        return named[0] if len(named) == 1 else None
    # the columns under one group label ("Jumlah KPM" over "Sasaran | Tersalur | Belum Tersalur",
    # read as "Jumlah KPM Tersalur"): the member the header names, without the group's words
    members = without_group_labels(h)
    if members != h:
        named = [k for k in before if members[k] != h[k] and len(members[k]) >= 4
                 and f" {' '.join(_BRACKETED_NOTE.sub(' ', members[k]).lower().split())} " == head
                 and not header_has(members[k], "total") and not header_has(members[k], "budget")]
        if len(named) == 1:
            return named[0]
    # a short label of a family's member ("% L", "P (%)", "Persentase Pr"): the one column of that member
    member = _part_member(_PERCENT_WORDS.sub(" ", h[j]))
    same = [k for k in before if member is not None and _part_member(h[k]) == member]
    return same[0] if len(same) == 1 else None


# the words of a percentage, taken out of a share's label to leave the part it names (whole words:
# tables._PERCENT_WORD finds "persen" inside "persentase", which is enough to tell a percentage
# column but would leave "tase Pr" here)
_PERCENT_WORDS = regex_cache.compile(r"%|\b(?:persen|persentase|prosentase)\b", regex.I)


def _year_of(row: _Row) -> Optional[int]:
    """The year a row is labelled with ("2022", "Tahun 2022"), None for another label."""
    first = next((c.text.strip() for c in row.cells if c.text.strip()), "")
    return int(first[-4:]) if _YEAR_CELL.fullmatch(first) else None


def _change_down(doc: Document, table: Table, row: _Row, j: int, x: int, rows: list[_Row]) -> Optional[Check]:
    """A change column beside a single column of values, one row per year: the change from the
    row above (the first row, with nothing above it, has none)."""
    above = [r for r in rows if r.index < row.index]
    if not above or above[-1].value(x) is None:
        return None
    # only where the rows are years, one after the other (districts' growth is against a year
    # the table does not show)
    years = [_year_of(r) for r in (above[-1], row)]
    if years[0] is None or years[1] is None or years[1] - years[0] != 1:
        return None
    name = table.header[x] if x < len(table.header) and table.header[x] else f"column {x + 1}"
    label = above[-1].label() or next((c.text for c in above[-1].cells if c.text), "")
    return _percent_check(doc, table, row, j, x, x, "change = (value - previous) / previous", None, growth=True,
                          den_value=above[-1].value(x), den_name=f"the {name} of the row above ({label[:30]})")


def _earlier_col(before: list[int], x: int) -> int:
    """The numeric column right before column ``x`` (x itself when there is none)."""
    return max((k for k in before if k < x), default=x)


def _column_totals_of(table: Table, rows: list["_Row"]) -> dict[int, Decimal]:
    """Each column's whole: the value its last total row states, else the sum of its rows."""
    out: dict[int, Decimal] = {}
    width = max((len(r.cells) for r in rows), default=0)
    for j in range(width):
        stated = [r.value(j) for r in rows if r.index in table.total_rows and r.value(j) is not None]
        parts = [r.value(j) for r in rows if r.index not in table.total_rows and r.value(j) is not None]
        if stated:
            out[j] = stated[-1]
        elif len(parts) >= 2:
            out[j] = sum(parts, Decimal(0))
    return out


# a percentage column that is no share of a whole: an achievement against a target, a realisation
_NO_SHARE = regex_cache.compile(r"\b(?:capaian|pencapaian|realisasi|target|rencana|kinerja|tingkat)\b", regex.I)


def _share_columns(table: Table, rows: list[_Row], pct: set[int]) -> dict[int, _Row]:
    """Percentage columns that are each row's share of its column's total, with the total row
    that states the whole: the table has a total row, the column's header names no change, no
    achievement and no target (nor does the table's), and the rows' percentages add up to
    about 100 (1 point for rounding, 2 where written without decimals)."""
    if not table.total_rows or any(header_has(x, "target") for x in table.header):
        return {}
    whole = next((r for r in rows if r.index == table.total_rows[-1]), None)
    if whole is None:
        return {}
    out = {}
    for j in sorted(pct):
        hj = table.header[j] if j < len(table.header) else ""
        if _GROWTH.search(hj) or _NO_SHARE.search(hj):
            continue
        vals = [r.values[j] for r in rows if r.index not in table.total_rows and j < len(r.values)
                and r.values[j].value is not None]
        if len(vals) < 2:
            continue
        tolerance = 2 if any(v.decimals == 0 for v in vals) else 1
        if abs(sum((v.value for v in vals), Decimal(0)) - 100) <= tolerance:  # type: ignore[misc]
            out[j] = whole
    return out


# a row of the column's averages: its percentage is the mean of the rows' percentages (or the
# ratio of its own averages, which the ordinary check tries first)
_AVERAGE_ROW = regex_cache.compile(r"^\W*(?:rata\s*-?\s*rata|rerata|average)\b", regex.I)


# what an indicator that is itself an average measures ("Rata-rata waktu penyaluran bantuan",
# "Rata-rata lama penanganan pengaduan"): a row of its own, not the column's averages
_AVERAGED_MEASURE = regex_cache.compile(
    r"^\W*(?:rata\s*-?\s*rata|rerata)\s+(?:waktu|lama|jumlah|nilai|usia|umur|biaya|jarak|durasi|jangka|hari|frekuensi|"
    r"pendapatan|pengeluaran|skor|indeks|tingkat)\b", regex.I)


def _averaged_indicator(row: _Row) -> bool:
    """Is a row whose label opens with "Rata-rata" an indicator (numbered as the indicators are,
    or naming what is averaged), not the row of the column's averages?"""
    return bool(row.cells and _ROW_NUMBER.match(row.cells[0].text.strip())) or bool(_AVERAGED_MEASURE.match(row.label()))


def _average_check(doc: Document, table: Table, row: _Row, j: int, rows: list[_Row]) -> Optional[Check]:
    """The percentage of an average row against the mean of the column's other rows."""
    vals = [v for r in rows if r is not row and not _AVERAGE_ROW.match(r.label()) and (v := r.value(j)) is not None]
    stated = row.values[j]
    if len(vals) < 2 or stated.value is None:
        return None
    mean = sum(vals, Decimal(0)) / len(vals)
    verdict = percent_verdict(stated.value, stated.decimals, mean)
    name = table.header[j] if j < len(table.header) and table.header[j] else f"column {j + 1}"
    return _check(doc, row, "row_percent", verdict, stated.value, mean, {"sum": sum(vals, Decimal(0)), "count": Decimal(len(vals))},
                  f"{verdict}: {row.label()[:60]!r}: the mean of {name} over {len(vals)} rows = {_fmt(mean)}%, "
                  f"stated {row.cells[j].text}")


def _signed_change(row: _Row, j: int, x: int, base: int) -> bool:
    """Could the percentage in column ``j`` be the change from ``base`` to ``x``: smaller than
    100 and with the change's sign (a fall written negative, a rise not)?"""
    stated, new, old = row.value(j), row.value(x), row.value(base)
    if stated is None or new is None or old is None or abs(stated) >= 100:
        return False
    return stated == 0 or (stated < 0) == (new < old)


def _group_names_roles(h: list[str], own: list[str]) -> bool:
    """Does a group label shared by columns name a target and a realisation both (so every column
    under it would seem to be each), while the columns' own labels tell them apart?"""
    groups = [full[:len(full) - len(mine)] for full, mine in zip(h, own) if mine != full]
    return any(header_has(g, "target") and header_has(g, "realisation") for g in groups)


def _members_naming_their_own_role(h: list[str], own: list[str]) -> list[str]:
    """The header with the own label of each member that names the realisation under a group of
    what is left ("Sisa Anggaran" over "Rp | % Realisasi": the percentage is the realisation's);
    the other labels as they are. So too a member that names what is left under a group of the
    achievement ("Capaian Keuangan" over "% | Sisa (Rp)": the second column is the remainder, not a
    percentage)."""
    def own_role(full: str, mine: str) -> bool:
        group = full[:len(full) - len(mine)]
        return mine != full and (header_has(group, "remaining") and header_has(mine, "realisation")
                                 or header_has(mine, "remaining") and not header_has(group, "remaining"))
    return [mine if own_role(full, mine) else full for full, mine in zip(h, own)]


def _member_pair(h: list[str], before: list[int], j: int) -> Optional[tuple[int, int]]:
    """The realisation and target columns of the member a percentage's label names, in a header of
    groups over the same members ("Target ... K | Rp", "Realisasi ... K | Rp", "Tingkat Capaian
    (%) K | Rp"): the one column of that member under a realisation's group and the one under a
    target's, both before it; None where the header has no such groups."""
    own = without_group_labels(h)
    member = own[j].strip().lower() if j < len(own) else ""
    if not member or own[j] == h[j]:
        return None
    same = [k for k in before if k < len(own) and own[k].strip().lower() == member and own[k] != h[k]]
    groups = {k: h[k][:len(h[k]) - len(own[k])] for k in same}
    real = [k for k in same if header_has(groups[k], "realisation") and not header_has(groups[k], "target")]
    target = [k for k in same if header_has(groups[k], "target") and not header_has(groups[k], "realisation")]
    return (real[0], target[0]) if len(real) == 1 and len(target) == 1 else None


def _row_checks(doc: Document, table: Table, row: _Row, pct: set[int], labels: set[int],
                col_totals: Optional[dict[int, Decimal]] = None,
                shares: Optional[dict[int, _Row]] = None, share_rows: Optional[list[_Row]] = None,
                fits: Optional[dict[int, Counter]] = None, prefer: Optional[dict[int, str]] = None,
                unknown: Optional[set[int]] = None) -> list[Check]:
    """The checks of one row: its percentage columns, its differences. ``fits`` gathers, per
    percentage column, the formulas its consistent rows were judged by; ``prefer`` names the
    formula a column's mismatches are judged by (see :func:`_preferred_formulas`), ``unknown``
    the columns whose guessed formula fits none of their rows (see :func:`_unknown_columns`)."""
    out: list[Check] = []
    h = table.header + [""] * (len(row.cells) - len(table.header))
    numeric = [j for j in range(len(row.cells)) if j not in pct and j not in labels and row.value(j) is not None]
    total_cols = [j for j in numeric if header_has(h[j], "total") and not header_has(h[j], "remaining")]
    # under a group label that names a total ("Jumlah (jiwa)" over "L | P | Jumlah"), the column
    # whose own label names it is the total; the others are its parts
    own = without_group_labels(h)
    if any(header_has(own[j], "total") for j in total_cols):
        total_cols = [j for j in total_cols if header_has(own[j], "total")]
    if _group_names_roles(h, own):
        # a group label that names roles of its own over its columns ("Target dan Realisasi
        # Kinerja Tahun 2021" over "Target Renja | Realisasi Renja | Tingkat Realisasi (%)"):
        # each column is what its own label says
        h = own
    else:
        h = _members_naming_their_own_role(h, own)
    for j in sorted(pct):
        if j >= len(row.cells) or row.value(j) is None:
            continue
        if header_has(h[j], "efficiency"):
            continue  # a figure of the percentages before it, judged by _efficiency_checks
        if _DEVIATION.search(h[j]):
            # "Target Fisik (%) | Realisasi Fisik (%) | Deviasi (%)": a gap in points, no ratio
            c = _deviation_check(doc, table, row, j, h)
            if c is not None:
                out.append(c)
            continue
        if _AVERAGE_GROWTH.search(h[j]):
            # "Rata-rata Pertumbuhan (%)" after the years and their sum: a mean of the yearly changes
            # or a compound rate, which one the table does not say, and no ratio of the cell before
            continue
        # the number a percentage is of stands right before it (unit-only or empty cells between)
        x = None
        for k in range(j - 1, -1, -1):
            if k in numeric:
                x = k
                break
            if k in pct or _DIGIT.search(row.cells[k].text):
                break
        if x is not None and _PHYSICAL.search(h[j]) and not _PHYSICAL.search(h[x]):
            continue  # a physical progress ("Realisasi Fisik (%)") is no ratio of the money before it
        if _PERCENT_OF.search(h[j]):
            # "% thd Rencana", "% thd Pagu": of the column its header names, whatever stands between
            c = _percent_of_named_column(doc, table, row, j, h, numeric)
            if c is not None:
                out.append(c)
                continue
        if (paired := _member_pair(h, list(range(j)), j)) is not None:
            # (a member's cell no figure in this row, "2.40 0" wrapped in a narrow cell: nothing
            # judged, and no other formula either)
            # "Target K | Target Rp | Realisasi K | Realisasi Rp | Capaian K | Capaian Rp": the
            # achievement of the member its label names, its realisation over its target
            c = _percent_check(doc, table, row, j, paired[0], paired[1], "achievement = realisation / target",
                               _lower_may_be_better(row))
            if c is not None:
                out.append(c)
            continue
        if x is None:
            if _AVERAGE_ROW.match(row.label()) and not _averaged_indicator(row):
                # "Rata-rata Capaian" under the indicators, its percentage alone in the row
                c = _average_check(doc, table, row, j, share_rows or [])
                if c is not None:
                    out.append(c)
            elif (c := _named_target_achievement(doc, table, row, j, numeric)) is not None:
                out.append(c)
            elif (part_col := _named_part(h, [k for k in numeric if k < j], j)) is not None and \
                    (whole_col := next((t for t in total_cols if t != part_col), None)) is not None:
                # "L | P | Jumlah | % L | % P": a share after another, of the row's total
                c = _percent_check(doc, table, row, j, part_col, whole_col, "share = the named part / the row's total",
                                   None)
                if c is not None:
                    out.append(c)
            continue
        before = [k for k in numeric if k < j]
        # the realisation and budget columns before the percentage, where the header names them
        real_col = next((k for k in reversed(before) if header_has(h[k], "realisation")), None)
        budget_col = next((k for k in reversed(before) if real_col is not None and k < real_col
                           and header_has(h[k], "budget")), None)
        rest_budget = next((k for k in before if k < x and header_has(h[k], "budget")), None)
        if (dated := _year_pair(h, [k for k in range(j) if k not in pct], j)) is not None and dated[0] != x:
            # "Target 2021 | Target 2022 | Realisasi 2021 | Realisasi 2022 | Capaian 2021 (%) |
            # Capaian 2022 (%)": the achievement of the year its header names, not the nearest
            # (none where that year's figures are not written)
            c = _percent_check(doc, table, row, j, dated[0], dated[1], "achievement = realisation / target",
                               _lower_may_be_better(row))
        elif header_has(h[x], "remaining") and header_has(h[j], "remaining") and rest_budget is not None:
            # "Anggaran | Realisasi | Sisa Anggaran | Sisa (%)": the rest's share of the budget
            c = _percent_check(doc, table, row, j, x, rest_budget, "remaining % = remaining / budget", None)
            spent, budget = row.value(real_col) if real_col is not None else None, row.value(rest_budget)
            if c is not None and c.verdict == "mismatch" and spent is not None and budget is not None:
                # the rest written in the row is the slip (its difference check says so): the
                # percentage may still be of the rest the budget and its realisation leave
                alt = _percent_check(doc, table, row, j, x, rest_budget, "remaining % = (budget - realisation) / budget",
                                     None, num_value=budget - spent,
                                     num_name=f"({h[rest_budget]} - {h[real_col]})")  # type: ignore[index]
                c = alt if alt is not None and alt.verdict != "mismatch" else c
        elif (header_has(h[x], "remaining") or _SURPLUS_HEADER.search(h[x])) and real_col is not None \
                and budget_col is not None:
            # "Anggaran | Realisasi | Sisa | %", "Anggaran | Realisasi | Lebih/(Kurang) | %": the
            # percentage is the realisation's, not the rest's
            c = _percent_check(doc, table, row, j, real_col, budget_col, "realisation % = realisation / budget", None)
        elif (header_has(h[x], "remaining") or _CHANGE_AMOUNT.search(h[x])) and real_col is not None and \
                (target_col := _target_before(h, before, real_col, j)) is not None:
            # "Target | Realisasi | Selisih | Capaian (%)": the achievement, not the difference's
            c = _percent_check(doc, table, row, j, real_col, target_col, "achievement = realisation / target",
                               _lower_may_be_better(row))
        elif header_has(h[x], "target") and not header_has(h[x], "budget") and real_col is not None and real_col < x:
            # "Realisasi 2023 | ... | Target Akhir Renstra | Capaian thd Renstra (%)": the
            # realisation's achievement of the target right before the percentage
            c = _percent_check(doc, table, row, j, real_col, x, "achievement = realisation / target",
                                   _lower_may_be_better(row))
        elif j >= 2 and header_has(h[j - 2], "target") and header_has(h[j - 1], "realisation") and x == j - 1 \
                and _target_of(h, j - 2, j - 1):
            c = _percent_check(doc, table, row, j, j - 1, j - 2, "achievement = realisation / target",
                                   _lower_may_be_better(row))
        elif x == real_col and budget_col is not None and not _GROWTH.search(h[j]) \
                and (_target_before(h, before, x, j) or -1) < budget_col:
            # "Pagu | TW I .. TW IV | Jumlah Realisasi | %", "Pagu | Realisasi TW I | % | Realisasi
            # TW II | %": a realisation's percentage is of the budget, whatever stands between them
            c = _percent_check(doc, table, row, j, x, budget_col, "realisation % = realisation / budget", None)
            for other in (k for k in reversed(before) if k < budget_col and header_has(h[k], "budget")):
                if c is None or c.verdict != "mismatch":
                    break
                # "Anggaran Murni | Anggaran Perubahan | Realisasi | %": of the first budget
                alt = _percent_check(doc, table, row, j, x, other, "realisation % = realisation / budget", None)
                c = alt if alt is not None and alt.verdict != "mismatch" else c
        elif (part_col := _named_part(h, before, j)) is not None and \
                (whole_col := next((t for t in total_cols if t != part_col), None)) is not None:
            # "Laki-laki | Perempuan | Jumlah | % Perempuan": the column the header names, of the
            # row's total
            c = _percent_check(doc, table, row, j, part_col, whole_col, "share = the named part / the row's total", None)
        elif (target_col := _target_before(h, before, x, j)) is not None and (x == real_col or _QUARTER.search(h[x])) \
                and not _GROWTH.search(h[j]):
            # "Target | TW I .. TW IV | Realisasi | Capaian": the achievement of the target, the
            # quarters between them (each quarter's figures, or the year's so far)
            c = _quarters_check(doc, table, row, j, x, target_col, [k for k in before if target_col < k < x])
        elif _CHANGE_AMOUNT.search(h[x]) and not header_has(h[x], "remaining") and not _GROWTH_PERCENT.search(h[x]) \
                and len(earlier := [k for k in before if k < x]) >= 2:
            # "Sebelum Perubahan | Setelah Perubahan | Bertambah/(Berkurang) | %": the percentage of a
            # change in amounts is of the value before it, (later - earlier) / earlier, as the
            # difference column is later - earlier; the value after it only where that fits instead
            c = _percent_check(doc, table, row, j, earlier[-1], earlier[-2], CHANGE_OF_AMOUNTS, None, growth=True)
            # the change over the value after it, where the column's rows fit that instead
            alt = _percent_check(doc, table, row, j, x, earlier[-1], VALUE_OVER_PREVIOUS, None)
            if c is not None and fits is not None:
                fits.setdefault(j, Counter())["change before" if c.verdict != "mismatch" else "change after"
                                              if alt is not None and alt.verdict != "mismatch" else "change misses"] += 1
            if c is not None and c.verdict == "mismatch" and alt is not None and (prefer or {}).get(j) == "change after":
                c = alt
        elif (kinds := _named_total_parts(h, x, pct, labels)) and kinds[0] - 1 in numeric:
            # "KPM Awal | Graduasi Alamiah | Graduasi Mandiri | Jumlah Graduasi | % Graduasi": the
            # total of the kinds, of the whole the column before them states
            c = _percent_check(doc, table, row, j, x, kinds[0] - 1, "share = the kinds' total / the whole before them", None)
        else:
            base = next((t for t in total_cols if t < x), None)
            if base is None:
                earlier = [k for k in before if k < x]
                if not earlier and _GROWTH.search(h[j]):
                    # "Tahun | Jumlah PMKS | Pertumbuhan (%)": the change from the row above
                    c = _change_down(doc, table, row, j, x, share_rows or [])
                    if c is not None:
                        out.append(c)
                    continue
                if not earlier:
                    # "Kecamatan | Jumlah PMKS | Persentase (%)": the row's share of the whole
                    whole = (shares or {}).get(j)
                    if whole is None or row.index in table.total_rows and row.index != whole.index \
                            or whole.value(x) is None:
                        continue
                    name = h[x] or f"column {x + 1}"
                    c = _percent_check(doc, table, row, j, x, x, SHARE_OF_TOTAL,
                                       None, den_value=whole.value(x),
                                       den_name=f"the {name} of the {whole.label() or 'total'!r} row")
                    summed = sum((v for r in (share_rows or []) if (v := r.value(x)) is not None), Decimal(0))
                    if summed != whole.value(x):
                        # the whole's cell is the slip (its column total says so): the shares are of the rows' sum
                        c = _or_share_of(doc, table, row, j, x, c, summed, f"the sum of {name}")
                    if c:
                        out.append(c)
                    continue
                base = earlier[-1]
            # a change by its header, or by its sign: no ratio of counts or amounts is negative
            if _GROWTH.search(h[j]) or row.value(j) < 0:  # type: ignore[operator]
                c = _percent_check(doc, table, row, j, x, _earlier_col(before, x) if base in total_cols else base,
                                   "change = (value - previous) / previous", None, growth=True)
            else:
                label = SHARE_OF_PART if base in total_cols else \
                    "realisation % = realisation / budget" if header_has(h[x], "realisation") \
                    and header_has(h[base], "budget") else VALUE_OVER_PREVIOUS
                c = _percent_check(doc, table, row, j, x, base, label, None)
                if base not in total_cols and c is not None and c.verdict == "mismatch" and _signed_change(row, j, x, base):
                    # a column of changes that no header word names ("(%)" after two years)
                    alt = _percent_check(doc, table, row, j, x, base, "change = (value - previous) / previous",
                                         None, growth=True)
                    c = alt if alt is not None and alt.verdict != "mismatch" else c
                # a share of the column's total ("% of all districts"), not of the column before,
                # nor of a "Jumlah KPM" column before an amount ("Jumlah KPM | Nilai Bantuan (Rp) |
                # Persentase (%)": each row's share of the total, of the amounts or of the KPM)
                first = c
                for col in dict.fromkeys((x, base)):
                    c = _or_share_of(doc, table, row, j, col, c, (col_totals or {}).get(col),
                                     f"the total of {h[col] or f'column {col + 1}'}")
                if base not in total_cols and c is not None and c.verdict == "mismatch" and base == _earlier_col(before, x):
                    # "Laki-laki | Perempuan | Persentase Perempuan": the part of the two that make
                    # the row's whole, no column of the whole written
                    c = _pair_share(doc, table, row, j, x, base) or c
                if c is first and c is not None and c.verdict in ("mismatch", "capped") and c.expected is not None and \
                        c.expected > 10000 and (col_totals or {}).get(x):
                    # an amount over a count (a million per cent) is no percentage the table means:
                    # the share of the column's total is, slip or not
                    share = _percent_check(doc, table, row, j, x, x, SHARE_OF_TOTAL,
                                           None, den_value=(col_totals or {})[x],
                                           den_name=f"the total of {h[x] or f'column {x + 1}'}")
                    if share is not None and _guessed(first):
                        share.message += f"; {LAYOUT_SHARE_NOTE}"
                    c = share or c
        if c is not None and c.verdict == "mismatch" and _AVERAGE_ROW.match(row.label()) \
                and not _averaged_indicator(row):
            c = _average_check(doc, table, row, j, share_rows or []) or c
        kind = (prefer or {}).get(j)
        if c is not None and c.verdict == "mismatch" and kind in ("pair", "share") and _formula_of(c) != kind:
            # the column's other rows are shares: this one's slip is judged as a share too
            if kind == "pair":
                c = _pair_share(doc, table, row, j, x, _earlier_col(before, x), only_fitting=False) or c
            elif (col_totals or {}).get(x):
                c = _percent_check(doc, table, row, j, x, x, SHARE_OF_TOTAL, None, den_value=(col_totals or {})[x],
                                   den_name=f"the total of {h[x] or f'column {x + 1}'}") or c
        if c and fits is not None:
            if c.verdict != "mismatch":  # consistent, truncated or capped: the formula fits
                fits.setdefault(j, Counter())[_formula_of(c)] += 1
            elif c.verdict == "mismatch" and _guessed(c):
                fits.setdefault(j, Counter())["guessed mismatch"] += 1
        if c is not None and j in (unknown or set()) and c.verdict == "mismatch" and (
                _guessed(c) or f": {CHANGE_OF_AMOUNTS} = " in c.message):
            continue  # no row of the column fits the formula guessed from the layout: no alarm
        if c:
            out.append(c)
    # remaining = total - served
    judged: set[int] = set()
    for c_col in [j for j in numeric if header_has(h[j], "remaining")]:
        t_col = next((t for t in total_cols if t < c_col), None)
        served = [k for k in numeric if t_col is not None and t_col < k < c_col]
        if t_col is None and _DEVIATION.search(h[c_col]):
            # "Pagu | Rencana s.d. Sem I | Realisasi s.d. Sem I | Deviasi": the plan less its
            # realisation (the plan nearest before the realisation), not the budget's rest
            real = next((k for k in reversed(numeric) if k < c_col and header_has(h[k], "realisation")), None)
            t_col = next((k for k in reversed(numeric) if real is not None and k < real and header_has(h[k], "target")
                          and not header_has(h[k], "budget")), None)
            served = [real] if t_col is not None and real is not None else []
        if t_col is None:
            # "Anggaran | Realisasi | Sisa": the budget less its realisation
            t_col = next((k for k in numeric if k < c_col and header_has(h[k], "budget")), None)
            served = [k for k in numeric if t_col is not None and t_col < k < c_col and header_has(h[k], "realisation")]
        if t_col is None and _REST_WORD.search(h[c_col]):
            # "Target | Realisasi | Capaian (%) | Sisa Target": the target less what was reached (a
            # "Selisih" may be taken either way: the difference check's)
            t_col = next((k for k in numeric if k < c_col and header_has(h[k], "target")), None)
            served = [k for k in numeric if t_col is not None and t_col < k < c_col and header_has(h[k], "realisation")]
        if t_col is None or not served:
            continue
        if len(served) > 1:
            # "Pagu | Realisasi TW I | TW II | TW III | Realisasi s.d. TW III | % | Sisa": the rest
            # is of the realisation that fits, else of the last (the cumulative one)
            stated_rest = row.value(c_col)
            served = [next((k for k in reversed(served) if stated_rest is not None and value_verdict(
                stated_rest, row.values[c_col].decimals, row.value(t_col) - row.value(k)) != "mismatch"),  # type: ignore[operator]
                served[-1])]
        total, part, stated = row.value(t_col), row.value(served[0]), row.value(c_col)
        expected = total - part  # type: ignore[operator]
        if _SURPLUS_HEADER.search(h[c_col]) and _surplus_as_shortfall(stated, row.values[c_col].decimals, expected):  # type: ignore[arg-type]
            expected = -expected
        verdict = value_verdict(stated, row.values[c_col].decimals, expected)  # type: ignore[arg-type]
        judged.add(c_col)
        out.append(_check(doc, row, "row_difference", verdict, stated, expected,
                          {"total": total, "served": part},
                          f"{verdict}: {row.label()[:60]!r}: {h[c_col] or 'remaining'} = {h[t_col]} - {h[served[0]]} = "
                          f"{_fmt(total)} - {_fmt(part)} = {_fmt(expected)}, stated {row.cells[c_col].text}",
                          scale=_money_scale(table, (c_col, t_col, served[0]))))
    for c_col in [j for j in numeric if j not in judged and _CHANGE_AMOUNT.search(h[j]) and not _GROWTH_PERCENT.search(h[j])]:
        c = _difference_check(doc, table, row, c_col, [k for k in numeric if k < c_col])
        if c is not None and fits is not None:
            fits.setdefault(c_col, Counter())["difference misses" if c.verdict == "mismatch" else "difference fits"] += 1
        if c is not None and not (c.verdict == "mismatch" and c_col in (unknown or set())):
            out.append(c)
    return out


# --- efficiency: the achievement against the budget's uptake -----------------------------------

# the ways an LKjIP works out "Efisiensi (%)" from the achievement a and the uptake u (both in %)
EFFICIENCY_FORMULAS: dict[str, tuple[str, Callable[[Decimal, Decimal], Optional[Decimal]]]] = {
    "difference": ("achievement - uptake", lambda a, u: a - u),
    "ratio": ("achievement / uptake", lambda a, u: a * 100 / u if u else None),
    "unspent": ("100 - uptake", lambda a, u: 100 - u),
}


def _uptakes(row: _Row, h: list[str], uptake: Optional[int], budget: Optional[int],
             spent: Optional[int]) -> list[tuple[Decimal, str]]:
    """The budget's uptake of a row as the efficiency may have been worked out from it: the
    stated "Serapan (%)", and the realisation over the budget (exact, and rounded as the stated
    one is written), so that a slip in the stated uptake leaves a right efficiency right."""
    out: list[tuple[Decimal, str]] = []
    if uptake is not None and (u := row.value(uptake)) is not None:
        out.append((u, h[uptake] or f"column {uptake + 1}"))
    b, r = (row.value(budget) if budget is not None else None), (row.value(spent) if spent is not None else None)
    if b and r is not None:
        exact = r * 100 / b
        places = row.values[uptake].decimals if uptake is not None and row.value(uptake) is not None else 2
        rounded = exact.quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP")
        name = f"({h[spent] or 'realisation'} / {h[budget] or 'budget'})"  # type: ignore[index]
        out += [(rounded, name), (exact, name)]
    return out


def _efficiency_checks(doc: Document, table: Table, rows: list[_Row], pct: set[int]) -> list[Check]:
    """Each "Efisiensi (%)" against the achievement and the uptake before it, by the formula the
    row fits (the achievement less the uptake, their ratio, or the budget left unspent). A row
    that fits none is a slip only where two rows of the column or more fit one formula and more
    rows fit it than any other: it is judged by that formula; else the table's formula is one we
    do not know, and no alarm is raised."""
    h = table.header + [""] * max(0, _width(table) - len(table.header))
    out: list[Check] = []
    for j in sorted(pct):
        if not header_has(h[j], "efficiency"):
            continue
        before = [k for k in pct if k < j and not header_has(h[k], "efficiency")]
        achieved = max((k for k in before if header_has(h[k], "achievement")), default=None)
        uptake = max((k for k in before if k != achieved and not header_has(h[k], "achievement")), default=None)
        budget = next((k for k in range(j) if k not in pct and header_has(h[k], "budget")
                       and not header_has(h[k], "realisation")), None)
        spent = next((k for k in range(j) if k not in pct and budget is not None and k > budget
                      and header_has(h[k], "realisation")), None)
        judged: list[tuple[_Row, dict[str, tuple[Decimal, Decimal, str]]]] = []
        for row in rows:
            stated = row.values[j] if j < len(row.values) else None
            if stated is None or stated.value is None:
                continue
            a = row.value(achieved) if achieved is not None else None
            fits: dict[str, tuple[Decimal, Decimal, str]] = {}
            for u, u_name in _uptakes(row, h, uptake, budget, spent):
                for kind, (_, formula) in EFFICIENCY_FORMULAS.items():
                    if kind not in fits and (a is not None or kind == "unspent") and \
                            (value := formula(a or Decimal(0), u)) is not None and \
                            percent_verdict(stated.value, stated.decimals, value) != "mismatch":
                        fits[kind] = (value, u, u_name)
            judged.append((row, fits))
        column_kind = _column_formula([fits for _, fits in judged])
        for row, fits in judged:
            kind = column_kind if column_kind in fits else next(iter(fits), None)
            a = row.value(achieved) if achieved is not None else None
            if kind is not None:
                value, u, u_name = fits[kind]
            elif column_kind is not None and (column_kind == "unspent" or a is not None) and \
                    (ups := _uptakes(row, h, uptake, budget, spent)):
                kind = column_kind
                u, u_name = ups[0]
                value = EFFICIENCY_FORMULAS[kind][1](a or Decimal(0), u)  # type: ignore[assignment]
                if value is None:
                    continue
            else:
                continue  # a formula the column does not show: no alarm
            stated = row.values[j]
            verdict = percent_verdict(stated.value, stated.decimals, value)  # type: ignore[arg-type]
            a_name = h[achieved] if achieved is not None else "achievement"
            words = EFFICIENCY_FORMULAS[kind][0].replace("achievement", a_name).replace("uptake", u_name)
            figures = EFFICIENCY_FORMULAS[kind][0].replace("achievement", _fmt(a or Decimal(0))).replace(
                "uptake", _fmt(u))
            msg = (f"{verdict}: {row.label()[:60]!r}: {h[j] or 'efficiency'} = {words} = {figures} = "
                   f"{_fmt(value)}%, stated {row.cells[j].text}")
            operands = {"uptake": u} if kind == "unspent" else {"achievement": a, "uptake": u}
            out.append(_check(doc, row, "row_percent", verdict, stated.value, value, operands, msg))
    return out


def _column_formula(fitted: list[Iterable[str]]) -> Optional[str]:
    """The formula a column's rows agree on: fitted by two rows or more and by more rows than any
    other (each row's fitted formulas given); None where they agree on none."""
    ranked = Counter(kind for fits in fitted for kind in fits).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


# the ways a column of change against a year ("Kenaikan thd 2021 (%)") is worked out from the
# year's realisation and the later one: the change relative to the year's, or in points (an
# indicator measured in per cent)
CHANGE_FORMULAS: dict[str, tuple[str, Callable[[Decimal, Decimal], Optional[Decimal]]]] = {
    "relative": ("(later - earlier) / earlier", lambda new, old: (new - old) * 100 / old if old else None),
    "points": ("later - earlier", lambda new, old: new - old),
}


def _year_columns(h: list[str], before: list[int], year: str) -> Optional[tuple[int, int]]:
    """The realisation of ``year`` and the latest realisation after it among the columns
    ``before`` ("Realisasi 2021" and "Realisasi 2022"): (earlier, later), or None."""
    real = [k for k in before if header_has(h[k], "realisation") and not header_has(h[k], "target")
            and not header_has(h[k], "budget")]
    earlier = next((k for k in real if year in _YEAR_IN.findall(h[k])), None)
    if earlier is None:
        return None
    later = [(max(map(int, ys)) if (ys := _YEAR_IN.findall(h[k])) else 0, k) for k in real if k != earlier]
    later = [(y, k) for y, k in later if y > int(year) or y == 0]
    if not later:
        return None
    dated = [(y, k) for y, k in later if y]
    return earlier, (max(dated)[1] if dated else max(k for _, k in later))


def _change_from_year_checks(doc: Document, table: Table, rows: list[_Row], pct: set[int]) -> list[Check]:
    """A percentage column of change against a year its header names ("Kenaikan thd 2021 (%)",
    "Peningkatan dibanding 2021") standing after another percentage, so that no figure is right
    before it: the latest realisation against that year's, by the formula the row fits (relative,
    or in points); a row that fits none is a slip only where the column's rows agree on one."""
    h = table.header + [""] * max(0, _width(table) - len(table.header))
    out: list[Check] = []
    for j in sorted(pct):
        years = _YEAR_IN.findall(h[j])
        if not _GROWTH.search(h[j]) or len(years) != 1 or j - 1 not in pct:
            continue
        cols = _year_columns(h, [k for k in range(j) if k not in pct], years[0])
        if cols is None:
            continue
        old_col, new_col = cols
        judged: list[tuple[_Row, dict[str, Decimal]]] = []
        for row in rows:
            stated, new, old = (row.values[j] if j < len(row.values) else None), row.value(new_col), row.value(old_col)
            if stated is None or stated.value is None or new is None or old is None:
                continue
            fits: dict[str, Decimal] = {}
            for kind, (_, formula) in CHANGE_FORMULAS.items():
                value = formula(new, old)
                if value is not None and stated.value >= 0 > value:
                    value = -value  # a fall written without its sign in a column of change
                if value is not None and percent_verdict(stated.value, stated.decimals, value) != "mismatch":
                    fits[kind] = value
            judged.append((row, fits))
        column_kind = _column_formula([fits for _, fits in judged])
        for row, fits in judged:
            kind = column_kind if column_kind in fits else next(iter(fits), column_kind)
            if kind is None:
                continue  # a formula the column does not show: no alarm
            new, old = row.value(new_col), row.value(old_col)
            value = fits.get(kind)
            if value is None:
                value = CHANGE_FORMULAS[kind][1](new, old)  # type: ignore[arg-type]
                if value is None:
                    continue
                if row.values[j].value >= 0 > value:  # type: ignore[operator]
                    value = -value
            stated = row.values[j]
            verdict = percent_verdict(stated.value, stated.decimals, value)  # type: ignore[arg-type]
            words = CHANGE_FORMULAS[kind][0].replace("later", h[new_col]).replace("earlier", h[old_col])
            figures = CHANGE_FORMULAS[kind][0].replace("later", _fmt(new)).replace("earlier", _fmt(old))  # type: ignore[arg-type]
            msg = (f"{verdict}: {row.label()[:60]!r}: {h[j]} = {words} = {figures} = {_fmt(value)}, "
                   f"stated {row.cells[j].text}")
            out.append(_check(doc, row, "row_percent", verdict, stated.value, value,
                              {"new": new, "previous": old}, msg))
    return out


# a column of amounts or counts that is the change between the two columns before it:
# "Bertambah/(Berkurang)", "Kenaikan/(Penurunan) (Rp)", "Selisih" of a target and its realisation
_CHANGE_AMOUNT = regex_cache.compile(r"\b(?:bertambah|berkurang|kenaikan|penurunan|selisih)\b|\bnaik\s*/\s*\(?\s*turun\b|"
                            r"\btambah\s*/\s*\(?\s*kurang\b|" + _SURPLUS, regex.I)
# ... but not one of percentages ("Kenaikan (%)"), judged as a percentage column
_GROWTH_PERCENT = regex_cache.compile(r"%|\bpersen", regex.I)


def _surplus_as_shortfall(stated: Decimal, decimals: int, rest: Decimal) -> bool:
    """Is a "Lebih/(Kurang)" cell the realisation less the budget (a shortfall negative), rather
    than the budget less the realisation (``rest``)? Writers take it both ways: the way the
    figures fit, else the way the stated sign shows."""
    if value_verdict(stated, decimals, rest) != "mismatch":
        return value_verdict(stated, decimals, -rest) != "mismatch"
    if value_verdict(stated, decimals, -rest) != "mismatch":
        return True
    return not (stated > 0) == (rest > 0)


def _difference_check(doc: Document, table: Table, row: _Row, c_col: int, before: list[int]) -> Optional[Check]:
    """The change column against the later of the two figures before it less the earlier. Which
    way a "selisih" is taken is the writer's choice (budget less realisation, or the other way):
    the other sign fits too, and the check is against the way that fits."""
    if len(before) < 2:
        return None
    old_col, new_col = before[-2], before[-1]
    old, new, stated = row.value(old_col), row.value(new_col), row.value(c_col)
    if old is None or new is None or stated is None:
        return None
    decimals = row.values[c_col].decimals
    expected = new - old
    if value_verdict(stated, decimals, expected) == "mismatch" and value_verdict(stated, decimals, -expected) != "mismatch":
        expected = -expected
    verdict = value_verdict(stated, decimals, expected)
    h = table.header + [""] * (len(row.cells) - len(table.header))
    names = [h[k] or f"column {k + 1}" for k in (c_col, new_col, old_col)]
    way = f"{names[1]} - {names[2]}" if expected == new - old else f"{names[2]} - {names[1]}"
    figures = f"{_fmt(new)} - {_fmt(old)}" if expected == new - old else f"{_fmt(old)} - {_fmt(new)}"
    return _check(doc, row, "row_difference", verdict, stated, expected, {"new": new, "previous": old},
                  f"{verdict}: {row.label()[:60]!r}: {names[0]} = {way} = {figures} = {_fmt(expected)}, "
                  f"stated {row.cells[c_col].text}", scale=_money_scale(table, (c_col, new_col, old_col)))


# an indicator that is a ratio, and the figures written with its name: its two terms
# ("Persentase PMKS 8.276.236 37.476.757" over "REALISASI 2011 ... 22,08 %", seed 001)
_RATIO_NAME = regex_cache.compile(r"^\W*(?:persentase|prosentase|presentase|rasio|proporsi)\b", regex.I)
_TERM = regex_cache.compile(r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3})+|\d{4,})(?![\d.,]*\d)")
# terms written as a fraction may be small ("315 / 1.250"); alone, only large ones count, so that
# "anak usia 0 - 18 tahun" has none
_SLASHED = regex_cache.compile(r"(?<![\d.,])(\d[\d.,]*)\s*/\s*(\d[\d.,]*)(?![\d.,]*\d)")
_YEAR_IN = regex_cache.compile(r"\b(?:19|20)\d\d\b")


def _label_fraction(doc: Document, table: Table, row: _Row) -> Optional[Check]:
    """The two terms written with a ratio indicator's name against the percentage they make.

    Which percentage is unambiguous or there is no check: the realisation column, and of several
    (one a year) the latest year's; a "Capaian" column is the achievement of the target, not
    this ratio.
    """
    k, label = next(((k, c.text) for k, c in enumerate(row.cells) if _THREE_LETTERS.search(c.text)), (None, ""))
    if k is None or not _RATIO_NAME.match(label):
        return None
    slashed = list(_SLASHED.finditer(label))
    terms = list(slashed[0].groups()) if len(slashed) == 1 else \
        [m.group() for m in _TERM.finditer(label) if not _YEAR_IN.fullmatch(m.group())]
    if len(terms) != 2:
        return None
    h = table.header + [""] * (len(row.cells) - len(table.header))
    stated = [j for j in range(k + 1, len(row.cells)) if row.cells[j].unit == "%" and row.value(j) is not None]
    real = [j for j in stated if header_has(h[j], "realisation")]
    if len(real) > 1:
        dated = [(int(y.group()), j) for j in real if (y := _YEAR_IN.search(h[j]))]
        real = [max(dated)[1]] if len(dated) == len(real) else []
    if len(real) != 1:
        return None
    j = real[0]
    try:
        num, den = (parse_number(t, kind="count").value for t in terms)
    except MalformedNumberError:
        return None
    if not den:
        return None
    value = row.values[j]
    ratio = num * 100 / den
    verdict = percent_verdict(value.value, value.decimals, ratio)  # type: ignore[arg-type]
    name = " ".join(_TERM.sub("", _SLASHED.sub("", label)).split())
    msg = (f"{verdict}: {name[:60]!r}: the terms written with the indicator, {_fmt(num)} / {_fmt(den)} = "
           f"{_fmt(ratio)}%, against {h[j] or f'column {j + 1}'}: stated {row.cells[j].text}")
    return _check(doc, row, "row_percent", verdict, value.value, ratio, {"numerator": num, "denominator": den}, msg,
                  start=row.cells[k].start, end=row.cells[j].end)


def _label_value_checks(doc: Document, table: Table, rows: list[_Row], claimed: frozenset[int] = frozenset()) -> list[Check]:
    """A table of two columns, a label and its value, one figure a row ("| Pagu setelah perubahan
    | Rp 2.350.000.000 |" / "| Realisasi | Rp 2.287.918.600 |" / "| Persentase | 97,36% |"): the
    percentage row against the realisation's share of the budget, where each is named once."""
    if _width(table) != 2:
        return []
    budget, spent, share = [], [], []
    for r in rows:
        label, v = r.cells[0].text if r.cells else "", r.value(1)
        if v is None or not _THREE_LETTERS.search(label):
            continue
        if r.cells[1].unit == "%":
            if header_has(label, "percent") or header_has(label, "realisation") or header_has(label, "achievement"):
                share.append(r)
        elif header_has(label, "realisation"):
            spent.append(r)
        elif header_has(label, "budget"):
            budget.append(r)
    if len(budget) != 1 or len(spent) != 1 or len(share) != 1 or not budget[0].value(1):
        return []
    b, s_, p = budget[0], spent[0], share[0]
    if not (b.index < s_.index < p.index or s_.index < b.index < p.index):
        return []
    cell = p.cells[1]
    if cell.start is not None and any(cell.start <= k < (cell.end or cell.start) for k in claimed):
        return []
    num, den, stated = s_.value(1), b.value(1), p.values[1]
    ratio = num * 100 / den  # type: ignore[operator]
    verdict = percent_verdict(stated.value, stated.decimals, ratio)  # type: ignore[arg-type]
    msg = (f"{verdict}: {p.cells[0].text!r} {p.cells[1].text} against {s_.cells[0].text!r} / {b.cells[0].text!r} = "
           f"{s_.cells[1].text} / {b.cells[1].text} = {_fmt(ratio)}%")
    return [_check(doc, p, "row_percent", verdict, stated.value, ratio, {"numerator": num, "denominator": den}, msg,
                   start=b.start, end=p.end, operand_scale=_money_scale(table, (1,)))]


def _unparseable(doc: Document, table: Table, row: _Row, pct: set[int]) -> list[Check]:
    out = []
    for j, (cell, v) in enumerate(zip(row.cells, row.values)):
        if j < len(table.header) and header_has(table.header[j], "code"):
            continue  # "1 06 02" in a column of codes is a code, not a malformed number
        bad = (v.problem and _NUMBERISH.match(cell.text)) or (j in pct and _WORD_IN_NUMBERS.match(cell.text))
        if bad and cell.start is not None:
            reason = v.problem if v.problem and _NUMBERISH.match(cell.text) else "a word in a column of numbers"
            out.append(_check(doc, row, "unparseable", "unparseable", None, None, {},
                              f"{row.label()[:60]!r}: cell {cell.text!r} is not a number ({reason})",
                              start=cell.start, end=cell.end))
    return out


# a total of one group ("Sub Total", "Sub Jumlah", "Subtotal"): never the grand total of the table
# a group's total, never the grand total: "Sub Total", "Sub Jumlah", and "Jumlah Program" under a
# program's kegiatan
_SUB_TOTAL = regex_cache.compile(r"^\W*(?:sub\s*-?\s*(?:total|jumlah|jml)\b|(?:jumlah|total)\s+program\s*:?\s*$)", regex.I)
_PROGRAM_TOTAL = regex_cache.compile(r"^\W*(?:jumlah|total)\s+program\s*:?\s*$", regex.I)


def _group_parts(above: list[_Row]) -> list[tuple[list[_Row], str]]:
    """The ways the rows since the previous total add up to a group's total, the table's usual
    structure first: the top-level rows (programs, not their activities); the activities of the
    group's last program ("Program ..." then its activities, then "Sub Total"); every row."""
    out = [(_top_level(above), "rows")]
    progs = [k for k, x in enumerate(above) if _PROGRAM_LABEL.match(x.label())]
    if progs and progs[-1] + 1 < len(above):
        out.append((_shallowest_coded(above[progs[-1] + 1:]), "activities of its program"))
    elif above and _has_code(above[0]) and len(under := _shallowest_coded(above[1:])) < len(above) - 1:
        # a program's row by its code alone ("1.06.05 | Perlindungan dan Jaminan Sosial") over its
        # kegiatan and their sub kegiatan: its kegiatan, each amount once
        out.append((under, "activities of its program"))
    out.append((above, "rows"))
    if len(progs) >= 2 and progs[0] > 0:
        # a row over the programs ("1.06 | URUSAN ... BIDANG SOSIAL") states their sum already:
        # the total is the programs', that row not counted again
        out.append(([above[k] for k in progs], "programs"))
    if len(progs) == 1 and progs[0] == 0:
        # the group's one program carries its sum (its activities may have sub-activities under
        # them, levels the labels do not tell): the group total is that program's figure
        out.append((above[:1], "its program's row"))
    return out


def _shallowest_coded(rows: list[_Row]) -> list[_Row]:
    """The rows of the shallowest level where every row bears a code of its level ("1.06.01.2.01"
    kegiatan over their "1.06.01.2.01.0001" sub kegiatan): a program's parts, each amount once;
    else every row."""
    levels = [_row_level(r) if _has_code(r) else None for r in rows]
    if None in levels or len(set(levels)) < 2:
        return rows
    top = min(lv for lv in levels if lv is not None)
    return [r for r, lv in zip(rows, levels) if lv == top]


def _column_totals(doc: Document, table: Table, rows: list[_Row], pct: set[int], labels: set[int],
                   readings: Optional["_Readings"] = None) -> list[Check]:
    """Each total row against the rows of its group (those since the previous total row), and a
    grand total after group totals ("Sub Total" ... "Jumlah Total") against the group totals
    and the rows after the last of them; whichever the figures show is the table's structure,
    no row counted twice. A mismatch is judged against the structure the rows' layout says."""
    out: list[Check] = []
    readings = readings or _Readings()
    block_start = 0
    pending: list[_Row] = []  # the group totals since the last grand total
    since_grand: list[_Row] = []  # the rows (no totals) since the last grand total
    for r in rows:
        if r.index not in table.total_rows:
            continue
        above = [x for x in rows[block_start:] if x.index < r.index and x.index not in table.total_rows]
        block_start = rows.index(r) + 1
        sub = bool(_SUB_TOTAL.match(r.label()))
        subs = [] if sub else _named_parts(r, pending)
        since_grand += above
        everything = list(since_grand)
        # after "Sub Total" rows, or directly under group totals (no two rows of figures since the
        # last), a total is the grand total: theirs
        grand = bool(subs) and (all(_SUB_TOTAL.match(x.label()) for x in subs) or sum(
            1 for x in above if any(x.value(j) is not None for j in range(r.width)
                                    if j not in pct and j not in labels)) < 2)

        figures = [j for j in range(r.width) if j not in pct and j not in labels]
        # (rows numbered one after another, 1, 2, 3, ..., stand side by side: a run of them that
        # adds up to the one before is chance, not a nesting)
        nested = None if _numbered_in_sequence(above) else _arithmetic_top(above, figures)

        def total(j: int, read: Callable[[_Row], _Row], r: _Row = r, above: list[_Row] = above,
                  subs: list[_Row] = subs, everything: list[_Row] = everything, grand: bool = grand,
                  nested: Optional[list[_Row]] = nested) -> Optional[Check]:
            t = read(r)
            v = t.values[j] if j < len(t.values) else None
            if v is None or v.value is None:
                return None

            def sum_of(rows: list[_Row]) -> tuple[list[Decimal], Decimal]:
                parts = [read(x).value(j) for x in rows if read(x).value(j) is not None]
                return parts, sum(parts, Decimal(0))

            group = _group_parts(above)
            # a total of one program's parts ("Jumlah Program", a "Sub Jumlah" after one program)
            one_program = (_PROGRAM_TOTAL.match(r.label()) or _SUB_TOTAL.match(r.label())) and \
                sum(1 for x in above if _PROGRAM_LABEL.match(x.label())) <= 1
            if one_program:
                # a program's own total ("Jumlah Program", "Sub Jumlah") is of its kegiatan first: a
                # slip is judged against them, not against every row since the last total
                group.sort(key=lambda g: g[1] != "activities of its program")
            if nested is not None and len(figures) < 2 and \
                    value_verdict(v.value, v.decimals, sum_of(nested)[1]) == "mismatch":
                nested = None  # one column's nesting is shown by one sum: chance, unless the total bears it out
            if nested is not None:
                # the figures show a nesting: where the labels show none it comes first (a slip is
                # then judged by it), else after the structure the labels say
                where = 0 if len(_top_level(above)) == len(above) else len(group)
                group.insert(where, (nested, "rows over the rows that add up to them"))
            of_subs = [(subs + _top_level(above), "group totals and rows after them"),
                       (_top_level(everything), "rows of its groups"),
                       (_leaves(everything), "rows of its groups")] if subs else []
            candidates = [(rs, what, *sum_of(rs)) for rs, what in (of_subs + group if grand else group + of_subs)]
            # (one part: a program's one row, or the one kegiatan a "Jumlah Program" row sums)
            candidates = [c for c in candidates if len(c[2]) >= 2 or c[1] == "its program's row" and c[2]
                          or c[1] == "activities of its program" and c[2] and (one_program or _PROGRAM_TOTAL.match(r.label()))]
            if not candidates:
                return None
            fits = [c for c in candidates if value_verdict(v.value, v.decimals, c[3]) != "mismatch"]
            several = [c for c in candidates if len(c[2]) >= 2]
            if not fits and not several:
                return None  # a program's row alone is no sum to judge a slip against
            head = next((c for c in candidates if c[1] == "its program's row"), None)
            acts = next((c for c in candidates if c[1] == "activities of its program"), None)
            if not fits and head is not None and (acts is None or acts[3] != head[3]):
                return None  # the group's program and its activities disagree: levels unclear, no alarm
            own = next((c for c in candidates if c[1] == "activities of its program"), None) if one_program else None
            # (a program's own total, where nothing fits: judged against its kegiatan)
            _, what, parts, expected = fits[0] if fits else own or several[0]
            verdict = value_verdict(v.value, v.decimals, expected)
            note = ""
            rescaled = _total_rescaled(table, v, expected) if verdict == "mismatch" else None
            if rescaled is not None:
                expected, note = rescaled
                verdict = value_verdict(v.value, v.decimals, expected)
            n_subs = sum(1 for x in subs if read(x).value(j) is not None) if what.startswith("group") else 0
            col = table.header[j] if j < len(table.header) and table.header[j] else f"column {j + 1}"
            if n_subs:
                desc = f"sum of {n_subs} group totals and {len(parts) - n_subs} rows after them" \
                    if len(parts) > n_subs else f"sum of {n_subs} group totals"
            elif len(parts) == 1:
                desc = what
            else:
                desc = f"sum of {len(parts)} {what}"
            return _check(doc, r, "column_total", verdict, v.value, expected, {"rows": Decimal(len(parts))},
                          f"{verdict}: {t.label()!r} of {col} = {desc} = {_fmt(expected)}, "
                          f"stated {t.cells[j].text}{note}", scale=_money_scale(table, (j,)), counted=("rows",))

        out += readings.judge([r, *above, *subs], figures, lambda read, j: total(j, read))
        if grand:
            pending, since_grand = [], []
        else:
            pending.append(r)
    return out


# a total's label, the word of the total and what it names: "JUMLAH BELANJA", "Jumlah Belanja Operasi"
_TOTAL_OF = regex_cache.compile(r"\W*(?:jumlah|jmlh|jml|total|grand\s+total)\s+(?P<name>\p{L}.*)", regex.I)


def _total_name(label: str) -> str:
    m = _TOTAL_OF.fullmatch(label.strip())
    return " ".join(m.group("name").lower().split()) if m else ""


def _named_parts(total: "_Row", group_totals: list["_Row"]) -> list["_Row"]:
    """The group totals a total adds up: of those before it, the ones whose names go on from its
    name where some do ("JUMLAH BELANJA" of "JUMLAH BELANJA OPERASI" and "JUMLAH BELANJA MODAL",
    not of "JUMLAH PENDAPATAN" above them in a Laporan Realisasi Anggaran); else all of them."""
    name = _total_name(total.label())
    if not name:
        return list(group_totals)
    named = [g for g in group_totals if _total_name(g.label()).startswith(name)]
    return named if named else list(group_totals)


_NUMBER_CELL = regex_cache.compile(r"[ \t]*(\d{1,3})[.)]?[ \t]*")


def _numbered_in_sequence(rows: list["_Row"]) -> bool:
    """Do three rows or more bear the numbers 1, 2, 3, ... (or k, k+1, ...) in their first cell?"""
    numbers = []
    for r in rows:
        m = _NUMBER_CELL.fullmatch(r.cells[0].text) if r.cells and r.cells[0].text else None
        if m is None:
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 3 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


_ROMAN_MEMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def _part_member(label: str) -> Optional[tuple[str, str, Optional[int]]]:
    """The family and member a column's label names as a part of a row's total (tables.yaml
    ``row_parts``: "TW II" is the quarter 2, "Perempuan" the female), or None."""
    bare = " ".join(_BRACKETED_NOTE.sub(" ", label or "").split())
    for family, pattern in row_part_families().items():
        m = pattern.fullmatch(bare)
        if m is not None and m.lastgroup is not None:
            text = m.group(m.lastgroup).lower()
            number = int(text) if text.isdigit() else _ROMAN_MEMBERS.get(text)
            return family, m.lastgroup, number
    return None


# a column that totals its row across all the figure columns before it: the word alone ("Jumlah",
# "Total (orang)"), over columns of kinds of one thing ("Anak Terlantar | Lansia | Disabilitas")
_TOTAL_ALONE = regex_cache.compile(r"^\W*(?:jumlah|jmlh|jml|total)\W*$", regex.I)
# roles whose column is no part of a row's sum (a budget beside its realisation, a target ...)
_NO_PART_ROLES = ("total", "target", "realisation", "budget", "remaining", "percent", "achievement", "efficiency")


# the group of a Renstra's end of period ("Kondisi Kinerja pada Akhir Periode Renstra") or a total
_END_OF_PERIOD = regex_cache.compile(r"\bakhir\s+periode\b|\b(?:jumlah|total)\b", regex.I)
_MONEY_MEMBER_LABEL = regex_cache.compile(r"^\s*(?:rp\.?|anggaran|pagu|dana)\s*$", regex.I)


def _period_money_total(h: list[str], own: list[str], pct: set[int]) -> list[tuple[int, list[int], bool]]:
    """A Renstra's funding over its years ("Tahun 2022 | Tahun 2023 | Tahun 2024 | Kondisi Kinerja
    pada Akhir Periode Renstra", each over "Target | Rp"): the money member of the end of the
    period is the sum of the money members of the years before it, each year once, in order."""
    money = [k for k in range(len(h)) if k not in pct and own[k] != h[k] and _MONEY_MEMBER_LABEL.match(own[k])]
    if len(money) < 3:
        return []
    total = money[-1]
    if not _END_OF_PERIOD.search(h[total][:len(h[total]) - len(own[total])]):
        return []
    years = [_YEAR_OF_GROUP.search(h[k][:len(h[k]) - len(own[k])]) for k in money[:-1]]
    if any(y is None for y in years) or len(years) < 2:
        return []
    numbers = [int(y.group(0)) for y in years]  # type: ignore[union-attr]
    if numbers != sorted(set(numbers)):
        return []
    return [(total, money[:-1], True)]


_YEAR_OF_GROUP = regex_cache.compile(r"\b(?:19|20)\d\d\b")


def _row_total_columns(table: Table, rows: list[_Row], pct: set[int],
                       labels: set[int]) -> list[tuple[int, list[int], bool]]:
    """The columns that total their row across the columns right before them: (the total's
    column, the parts' columns, whether the parts are a named family). A family's parts are its
    members, each once, numbered ones in order ("TW I | TW II | TW III | TW IV | Jumlah", "L | P |
    Jumlah"); else, under a total's word alone, every figure column back to the rows' labels, each
    with a label, none of a budget, target, realisation or percentage. No part is a percentage."""
    h = table.header
    own = without_group_labels(h)  # "Jumlah (jiwa) L" under a group label: the member "L"
    out = _period_money_total(h, own, pct) + _year_before_its_periods(h, own, pct) + _cumulative_periods(own, pct)
    for j, label in enumerate(h):
        if j < 2 or j in pct or not vocabulary_re("row_total").search(label or ""):
            continue
        parts: list[int] = []
        members: list[tuple[str, str, Optional[int]]] = []
        k = j - 1
        while k >= 0 and k not in pct:
            member = _part_member(h[k]) or _part_member(own[k])
            if member is None or members and member[0] != members[0][0] or member in members:
                break
            parts.insert(0, k)
            members.insert(0, member)
            k -= 1
        numbers = [n for _, _, n in members]
        ordered = None not in numbers and numbers == sorted(numbers)
        if len(parts) >= 2 and (ordered or all(n is None for n in numbers)):
            out.append((j, parts, True))
            continue
        named = _named_total_parts(h, j, pct, labels)
        if named:
            out.append((j, named, True))
            continue
        if not _TOTAL_ALONE.match(_BRACKETED_NOTE.sub(" ", label)):
            continue
        parts = []
        k = j - 1
        while k >= 0 and k not in pct and k not in labels and (h[k] or "").strip() \
                and not any(header_has(h[k], r) for r in _NO_PART_ROLES) \
                and 2 * sum(1 for r in rows if r.value(k) is not None) >= len(rows) > 0:
            parts.insert(0, k)
            k -= 1
        if len(parts) >= 2:
            out.append((j, parts, False))
    return out


# "so far": the cumulative figure up to a period ("s.d. Triwulan II", "s/d Bulan Ini", "sampai dengan Oktober")
_SO_FAR_MARK = regex_cache.compile(r"\bs\s*[./]\s*d\b\.?|\bsampai\s+dengan\b|\bkumulatif\b", regex.I)
# the words of a period's column that do not name the period: its measure and unit
_PERIOD_NOISE = regex_cache.compile(r"\((?:rp\.?|%)\)|\b(?:realisasi|keuangan|fisik|anggaran|belanja|rp)\b|[.:()]", regex.I)


def _period_of(label: str) -> str:
    return " ".join(_PERIOD_NOISE.sub(" ", _SO_FAR_MARK.sub(" ", label or "")).lower().split())


def _cumulative_periods(own: list[str], pct: set[int]) -> list[tuple[int, list[int], bool]]:
    """A control report's cumulative realisation after the one before it and the period's own:
    "s.d. Triwulan I | Triwulan II | s.d. Triwulan II", "s.d. Bulan Lalu | Bulan Ini | s.d. Bulan
    Ini", "s.d. September | Oktober | s.d. Oktober": the total of the two (a named family)."""
    out: list[tuple[int, list[int], bool]] = []
    for j, label in enumerate(own):
        if j in pct or not _SO_FAR_MARK.search(label or "") or not _period_of(label):
            continue
        this = next((k for k in range(j - 1, -1, -1) if k not in pct and not _SO_FAR_MARK.search(own[k] or "")
                     and _period_of(own[k]) == _period_of(label)), None)
        if this is None:
            continue
        before = next((m for m in range(this - 1, -1, -1) if m not in pct and _SO_FAR_MARK.search(own[m] or "")
                       and _period_of(own[m]) and _period_of(own[m]) != _period_of(label)), None)
        if before is not None:
            out.append((j, [before, this], True))
    return out


# a total that names what it totals: "Jumlah Graduasi", "Total Penerima"
_NAMED_TOTAL = regex_cache.compile(r"^\W*(?:jumlah|jml|total)\s+(?P<what>\p{L}[\p{L}\s-]*?)\s*$", regex.I)


def _named_total_parts(h: list[str], j: int, pct: set[int], labels: set[int]) -> list[int]:
    """The columns right before a total that names what it totals, each a kind of that ("Graduasi
    Alamiah | Graduasi Mandiri | Jumlah Graduasi", "Penerima Laki-laki | Penerima Perempuan |
    Jumlah Penerima"): two at least, each label holding the total's words and more."""
    m = _NAMED_TOTAL.match(_BRACKETED_NOTE.sub(" ", h[j] or ""))
    if m is None:
        return []
    what = set(m.group("what").lower().split())
    parts: list[int] = []
    k = j - 1
    while k >= 0 and k not in pct and k not in labels:
        words = set(_BRACKETED_NOTE.sub(" ", h[k] or "").lower().split())
        if not what < words or _NAMED_TOTAL.match(h[k] or ""):
            break
        parts.insert(0, k)
        k -= 1
    return parts if len(parts) >= 2 else []


# the periods a year is split into, all of them: its quarters, its semesters
_WHOLE_YEAR = {"quarter": 4, "semester": 2}


def _year_before_its_periods(h: list[str], own: list[str], pct: set[int]) -> list[tuple[int, list[int], bool]]:
    """A year's target or budget before its quarters ("Target Tahunan | TW I | TW II | TW III | TW
    IV", "Pagu (Rp) | Rencana Penarikan ... TW I | ... | TW IV"): the year's column totals every
    period of the year after it, each once, in order."""
    out = []
    for j, label in enumerate(h):
        if j in pct or not (header_has(label, "target") or header_has(label, "budget")) \
                or header_has(label, "realisation") or _part_member(label) or _part_member(own[j]):
            continue
        parts: list[int] = []
        members: list[tuple[str, str, Optional[int]]] = []
        k = j + 1
        while k < len(h) and k not in pct:
            # (under a group label that names the periods too, "Target Triwulan TW I": its last words)
            member = _part_member(h[k]) or _part_member(own[k]) or _part_member(" ".join((h[k] or "").split()[-2:]))
            if member is None or members and member[0] != members[0][0] or member in members:
                break
            parts.append(k)
            members.append(member)
            k += 1
        numbers = [n for _, _, n in members]
        if members and numbers == list(range(1, _WHOLE_YEAR.get(members[0][0], 0) + 1)):
            out.append((j, parts, True))
    return out


def _row_total_check(doc: Document, table: Table, row: _Row, total: int, parts: list[int]) -> Optional[Check]:
    """The row's total against the sum of its parts; None where a part or the total is not a
    figure (a part written "-" is nothing), or where every part is nothing."""
    stated = row.values[total] if total < len(row.values) else None
    if stated is None or stated.value is None:
        return None
    values: list[Decimal] = []
    for k in parts:
        v = row.value(k)
        if v is None and k < len(row.cells) and row.cells[k].text.strip() in _DASHES:
            v = Decimal(0)
        if v is None:
            return None
        values.append(v)
    if not any(values):
        return None
    expected = sum(values, Decimal(0))
    verdict = value_verdict(stated.value, stated.decimals, expected)
    names = [" ".join(table.header[k].split()) for k in parts]
    if len(set(names)) < len(names):  # (the operands are keyed by their columns' labels)
        names = [f"{n} (column {k + 1})" for n, k in zip(names, parts)]
    col = " ".join(table.header[total].split())
    return _check(doc, row, "row_total", verdict, stated.value, expected, dict(zip(names, values)),
                  f"{verdict}: {col} of row {row.label()[:60]!r} = {' + '.join(names)} = {_fmt(expected)}, "
                  f"stated {row.cells[total].text}", scale=_money_scale(table, (total, *parts)))


@lru_cache(maxsize=None)
def _flow_re(kind: str) -> regex.Pattern:
    """tables.yaml's ``stock_flow`` pattern of one kind (opening, inflow, outflow, closing)."""
    return regex_cache.compile(load_grammar("tables").vocabulary["stock_flow"][kind], regex.I)


def _flow_columns(table: Table, pct: set[int], labels: set[int]) -> Optional[tuple[int, list[int], list[int], int]]:
    """The columns of a stock and its flows: (opening, inflows, outflows, closing), the flows between
    the two stocks; where a "Jumlah" column totals the outflows (or the inflows), it alone."""
    own = table.header  # (with a group's label: "Graduasi Alamiah" under "Graduasi" is an outflow)
    # (not the label columns' test: "Awal Bulan" names a month's opening stock, no month)
    figures = [j for j in range(1, len(own)) if j not in pct]
    opening = next((j for j in figures if _flow_re("opening").search(own[j])), None)
    closing = next((j for j in figures if opening is not None and j > opening and _flow_re("closing").search(own[j])), None)
    if opening is None or closing is None:
        return None
    between = [j for j in figures if opening < j < closing]
    ins = [j for j in between if _flow_re("inflow").search(own[j]) and not _flow_re("outflow").search(own[j])]
    outs = [j for j in between if _flow_re("outflow").search(own[j])]
    if not ins and not outs or len(ins) + len(outs) != len(between):
        return None  # (a column between that is no flow: not a stock's table)
    ins = [j for j in ins if vocabulary_re("row_total").search(own[j])] or ins
    outs = [j for j in outs if vocabulary_re("row_total").search(own[j])] or outs
    return opening, ins, outs, closing


def _stock_flows(doc: Document, table: Table, rows: list[_Row], pct: set[int], labels: set[int],
                 readings: "_Readings") -> list[Check]:
    """``row_total`` of a stock: each row's closing stock against its opening one plus its inflows less its
    outflows ("Awal Bulan | Masuk | Keluar | Akhir Bulan"), judged where two rows fit at least and
    fewer miss (the columns are what their labels say)."""
    cols = _flow_columns(table, pct, labels)
    if cols is None:
        return []
    opening, ins, outs, closing = cols
    h = [" ".join(x.split()) for x in table.header]
    judged = []
    for row in rows:
        stated = row.values[closing] if closing < len(row.values) else None
        values = [row.value(k) for k in (opening, *ins, *outs)]
        if stated is None or stated.value is None or any(v is None for v in values):
            continue
        expected = values[0] + sum(values[1:1 + len(ins)], Decimal(0)) - sum(values[1 + len(ins):], Decimal(0))
        verdict = value_verdict(stated.value, stated.decimals, expected)
        formula = h[opening] + "".join(f" + {h[k]}" for k in ins) + "".join(f" - {h[k]}" for k in outs)
        judged.append((row, _check(doc, row, "row_total", verdict, stated.value, expected,
                                   {f"{h[k]} (column {k + 1})": row.value(k) for k in (opening, *ins, *outs)},
                                   f"{verdict}: {h[closing]} of row {row.label()[:60]!r} = {formula} = "
                                   f"{_fmt(expected)}, stated {row.cells[closing].text}")))
    fits = sum(1 for _, c in judged if c.verdict != "mismatch")
    if fits < 2 or len(judged) - fits >= fits:
        return []
    out: list[Check] = []
    for row, c in judged:
        out += _no_alarm_from([c], readings.doubtful([row]))
    return out


def _row_totals(doc: Document, table: Table, rows: list[_Row], pct: set[int], labels: set[int],
                readings: "_Readings") -> list[Check]:
    """``row_total``: each row's total across its parts' columns. A column is judged only where
    its rows show that it is their parts' sum: a named family's (quarters, the sexes) where one
    row fits at least and no more miss than fit, other figure columns' where two rows fit at least
    and fewer miss; and never where a row's total is its last part alone after parts that are not
    nothing (quarters written cumulatively, "so far": each is the year's figure until then)."""
    out: list[Check] = []
    for total, parts, named in _row_total_columns(table, rows, pct, labels):
        judged = [(row, _row_total_check(doc, table, row, total, parts)) for row in rows]
        checked = [(row, c) for row, c in judged if c is not None]
        fits = sum(1 for _, c in checked if c.verdict != "mismatch")
        misses = len(checked) - fits
        # (a row whose total is its last part: its periods written cumulatively, "so far")
        so_far = {id(row) for row, c in checked if c.verdict == "mismatch" and row.value(parts[-1]) == row.value(total)
                  and any(row.value(k) for k in parts[:-1])}
        shown = fits >= 1 and misses <= fits if named else fits >= 2 and misses < fits
        # (a percentage's targets by quarter are cumulative while the counts' add up: "85 | 20 | 45 |
        # 65 | 85" among "240 | 45 | 60 | 70 | 65"; where such rows are no fewer than those that
        # add up, the column is no sum)
        if not shown or so_far and len(so_far) >= fits:
            continue  # the column is no sum of these parts (or not known to be one): nothing judged
        for row, c in checked:
            if id(row) not in so_far:
                out += _no_alarm_from([c], readings.doubtful([row]))
    return out


def _total_rescaled(table: Table, stated: TypedValue, expected: Decimal) -> Optional[tuple[Decimal, str]]:
    """A total written in full rupiah under rows in the table's stated thousands (or millions), or
    the other way round: the sum in the total's own writing, and a note saying so; None where no
    such factor explains the total."""
    factor = Decimal(str(table.scale)) if table.scale != 1 else THOUSAND
    if stated.value is None or abs(stated.value) < 100000 and abs(expected) < 100000:
        return None  # counts, or amounts too small to be rupiah written two ways
    for k, what in ((factor, "the total in full rupiah, its rows in the table's scale"),
                    (1 / factor, "the total in the table's scale, its rows in full rupiah")):
        if value_verdict(stated.value, stated.decimals, expected * k) != "mismatch":
            return expected * k, f"; scale inferred: {what} (x {_fmt(factor, 0)})"
    return None


def _leaves(rows: list[_Row]) -> list[_Row]:
    """The rows that are no program over activities: the activities, and the rows before the
    first program (each amount once, whether the programs carry their sums or not)."""
    top = {id(r) for r in _top_level(rows)}
    return [r for r in rows if id(r) not in top or not _PROGRAM_LABEL.match(r.label())] \
        if len(top) < len(rows) else rows


def _top_level(rows: list[_Row]) -> list[_Row]:
    """The rows a total adds up: where programs stand with their activities under them ("1 |
    Program ..." then "| Kegiatan ..."), the programs and the rows before the first program;
    otherwise every row."""
    out: list[_Row] = []
    under = False  # past a program: the rows up to the next program are its activities
    members = 0
    if not any(_PROGRAM_LABEL.match(r.label()) for r in rows):
        # no row says "Program": where every row has a nomenclature code at two depths or more
        # ("1.06.02 | Pemberdayaan Sosial" over "1.06.02.2.03 | ..."), the shallowest are the top
        # (or an account code, or a row's number of several levels: "5.1 BELANJA OPERASI" over
        # "5.1.02 Belanja Barang dan Jasa")
        levels = [_row_level(r) if _has_code(r) else (code.count(".") + 1 if (code := _row_code(r)) else None)
                  for r in rows]
        if rows and None not in levels and len(set(levels)) >= 2:
            top = min(lv for lv in levels if lv is not None)
            return [r for r, lv in zip(rows, levels) if lv == top]
    for r in rows:
        if _PROGRAM_LABEL.match(r.label()):
            out.append(r)
            under = True
        elif under:
            members += 1
        else:
            out.append(r)
    return out if members else rows


# --- a coded row = sum of the rows coded under it ------------------------------------------------

# an account or nomenclature code, or a row's number of several levels ("5.1", "5.1.02", "3.1.01",
# "1.06.02.2.01"); a whole number alone only as the parent of such codes ("3" over "3.1")
_LEVEL_CODE = regex_cache.compile(r"\s*(\d{1,2}(?:\.\d{1,4})*)\.?\s*")


def _row_code(r: _Row) -> Optional[str]:
    """The code the row opens with: its first cell's, or the start of its label ("1.1 Perencanaan
    ...")."""
    first = next((c.text for c in r.cells if c.text and c.text.strip()), None)
    if first is None:
        return None
    m = _LEVEL_CODE.fullmatch(first)
    if m is None:
        m = regex.match(r"\s*(\d{1,2}(?:\.\d{1,4})+)\s+(?=\p{L})", first)
    return m.group(1) if m else None


def _coded_groups(table: Table, rows: list[_Row]) -> list[tuple[_Row, str, list[_Row]]]:
    """(group row, its mark, the rows under it) of rows coded by level ("5.1" over "5.1.1",
    "5.1.2"; "3" over "3.1" over "3.1.01"), each group over the rows one level under it."""
    coded = [(r, code) for r in rows if r.index not in table.total_rows and (code := _row_code(r)) is not None]
    if sum(1 for _, code in coded if "." in code) < 2:
        return []
    out = []
    for k, (parent, code) in enumerate(coded):
        depth = code.count(".")
        children: list[_Row] = []
        for r, c in coded[k + 1:]:
            if not c.startswith(code + "."):
                break
            if c.count(".") == depth + 1:
                children.append(r)
        if children:
            out.append((parent, f"{code}.*", children))
    return out


# a group's mark: a capital letter or a Roman numeral alone in the row's first cell ("A", "II.")
_GROUP_MARK = regex_cache.compile(r"\s*(?:[A-H]|[IVX]{1,4})[.)]?\s*")
_NUMBERED_UNDER_GROUP = regex_cache.compile(r"\s*\d{1,2}[.)]?\s*")


def _lettered_groups(table: Table, rows: list[_Row]) -> list[tuple[_Row, str, list[_Row]]]:
    """(group row, its mark, the rows under it) of groups marked by a letter over rows numbered
    1, 2, 3 ("A | BELANJA OPERASI" over "1 | Belanja Pegawai", "2 | ...", then "B | BELANJA
    MODAL"): two numbered rows at least under each."""
    out = []
    group: Optional[_Row] = None
    under: list[_Row] = []
    for r in rows + [None]:  # type: ignore[list-item]
        first = None if r is None else next((c.text for c in r.cells if c.text and c.text.strip()), None)
        mark = r is not None and r.index not in table.total_rows and first is not None and _GROUP_MARK.fullmatch(first)
        if r is None or mark or r.index in table.total_rows:
            if group is not None and len(under) >= 2:
                out.append((group, (next(c.text for c in group.cells if c.text.strip())).strip(), under))
            group, under = (r, []) if mark else (None, [])
        elif group is not None and first is not None and _NUMBERED_UNDER_GROUP.fullmatch(first):
            under.append(r)
        elif group is not None:
            group, under = None, []  # (a row neither numbered nor a group's: no such layout)
    return out


def _coded_group_sums(doc: Document, table: Table, rows: list[_Row], pct: set[int], labels: set[int]
                      ) -> tuple[list[Check], list[Check]]:
    """Each group row against the rows under it, column by column of money: the rows coded one
    level under its code ("5.1 BELANJA OPERASI" over "5.1.1 Belanja Pegawai", "5.1.2 Belanja
    Barang", ...; "3 BIDANG ..." over "3.1 Sub Bidang ..."), or numbered under its letter ("A |
    BELANJA OPERASI" over "1 | Belanja Pegawai", ...): a Laporan Realisasi Anggaran's or an
    APBDes's groups. A program's row over its kegiatan, an urusan's over its programs, and any row
    coded by the nomenclature ("1.06.04.2.01"), are left to the program sums: those checks come
    second, a kegiatan's over its sub kegiatan, for a table the program sums could not judge (its
    program rows empty, their figures in "Jumlah Program" rows after their parts)."""
    figures = [j for j in range(_width(table)) if j not in pct and j not in labels]
    plain: list[Check] = []
    nomenclature: list[Check] = []
    for parent, mark, children in _coded_groups(table, rows) + _lettered_groups(table, rows):
        coded = is_nomenclature_code(mark.rstrip(".*")) or any(is_nomenclature_code(_row_code(r) or "") for r in children)
        if _PROGRAM_LABEL.match(parent.label()) or any(_PROGRAM_LABEL.match(r.label()) for r in children):
            continue  # (an urusan's row over its programs, a program's over its kegiatan: the program sums')
        out = nomenclature if coded else plain
        for j in figures:
            stated = parent.value(j)
            parts = [v for r in children if (v := r.value(j)) is not None]
            if stated is None or not parts or not _same_measure(parent, children, j):
                continue
            expected = sum(parts, Decimal(0))
            verdict = value_verdict(stated, parent.values[j].decimals, expected)
            col = table.header[j] if j < len(table.header) and table.header[j] else f"column {j + 1}"
            out.append(_check(doc, parent, "column_total", verdict, stated, expected, {"rows": Decimal(len(parts))},
                              f"{verdict}: {parent.label()[:60]!r} of {col} = sum of its {len(parts)} rows "
                              f"under {mark} = {_fmt(expected)}, stated {parent.cells[j].text}",
                              scale=_money_scale(table, (j,)), counted=("rows",)))
    return plain, nomenclature


# --- a table of an indicator laid on its side ---------------------------------------------------

# the rows of an indicator's table laid on its side, by their first cell: "Target (%)", "Realisasi
# (KPM)", "Capaian (%)"; the Renstra's end target and the achievement of it
_SIDE_TARGET = regex_cache.compile(r"^\W*target\b(?!.*\b(?:akhir|renstra|rpjmd)\b)", regex.I)
_SIDE_REALISED = regex_cache.compile(r"^\W*realisasi\b", regex.I)
_SIDE_ACHIEVED = regex_cache.compile(r"^\W*(?:tingkat\s+|persentase\s+)?capaian\b(?!.*\b(?:akhir|renstra|rpjmd)\b)", regex.I)
_SIDE_END_TARGET = regex_cache.compile(r"^\W*target\b.*\b(?:akhir|renstra|rpjmd)\b", regex.I)
_SIDE_END_ACHIEVED = regex_cache.compile(r"^\W*(?:tingkat\s+)?capaian\b.*\b(?:akhir|renstra|rpjmd)\b", regex.I)


def _transposed_achievements(doc: Document, table: Table, rows: list[_Row]) -> list[Check]:
    """An indicator's table laid on its side ("Uraian | 2022 | 2023" over "Target (%) | 72 | 75",
    "Realisasi (%) | 70,45 | 76,10", "Capaian (%) | 97,85 | 101,47"): each year's achievement
    against its realisation over its target (or the formula of an indicator where lower is
    better), and the achievement of the Renstra's end target ("Target akhir Renstra (2026) | 85",
    "Capaian terhadap target akhir Renstra (%) | 89,53") against the last year's realisation."""
    def one(pattern: regex.Pattern) -> Optional[_Row]:
        found = [r for r in rows if _side_row_label(r) and pattern.match(_side_row_label(r))]
        return found[0] if len(found) == 1 else None
    target, real, achieved = one(_SIDE_TARGET), one(_SIDE_REALISED), one(_SIDE_ACHIEVED)
    if target is None or real is None or achieved is None:
        return []
    out: list[Check] = []
    for j in range(1, _width(table)):
        num, den = real.value(j), target.value(j)
        if achieved.value(j) is None or num is None or den is None:
            continue
        year = table.header[j] if j < len(table.header) else ""
        c = _percent_check(doc, table, achieved, j, j, j, "achievement = realisation / target", False,
                           num_value=num, den_value=den, num_name=f"Realisasi {year}".strip(),
                           den_name=f"Target {year}".strip())
        if c is not None:
            out.append(c)
    end_target, end_achieved = one(_SIDE_END_TARGET), one(_SIDE_END_ACHIEVED)
    latest = next((real.value(j) for j in range(_width(table) - 1, 0, -1) if real.value(j) is not None), None)
    if end_target is not None and end_achieved is not None and latest is not None:
        j = next((k for k in range(1, _width(table)) if end_achieved.value(k) is not None), None)
        den = next((end_target.value(k) for k in range(1, _width(table)) if end_target.value(k) is not None), None)
        if j is not None and den is not None:
            c = _percent_check(doc, table, end_achieved, j, j, j, "achievement = the last realisation / the end target",
                               False, num_value=latest, den_value=den, num_name="the last year's realisation",
                               den_name="the Renstra's end target")
            if c is not None:
                out.append(c)
    return out


def _side_row_label(r: _Row) -> str:
    return r.cells[0].text.strip() if r.cells and r.cells[0].text and r.value(0) is None else ""


# --- program = sum of activities -----------------------------------------------------------------

def _lenient(text: str) -> Optional[Decimal]:
    """An honest second reading of a malformed cell: "106.,250.000" read as 106.250.000."""
    fixed = _REPEATED_SEPARATOR.sub(r"\1", text)
    try:
        return parse_number(fixed, kind="amount").value
    except MalformedNumberError:
        return None


def _has_code(r: "_Row") -> bool:
    return any(c.text and is_nomenclature_code(c.text) for c in r.cells)


def _row_level(r: "_Row") -> Optional[int]:
    """How deep a row stands under its program: its code's number of parts, else 1 for a
    "Kegiatan ..." row and 2 for a "Sub Kegiatan ..." row; None where nothing tells."""
    code = next((c.text for c in r.cells if c.text and is_nomenclature_code(c.text)), None)
    if code is not None:
        return len(code.strip().rstrip(".").split("."))
    label = r.label()
    if _SUB_ACTIVITY_LABEL.match(label):
        return 2
    if _ACTIVITY_LABEL.match(label):
        return 1
    return None


def _money_figures(row: "_Row", head: "_Row") -> bool:
    """Does ``row`` state a figure in a column where its program's row states one (not its code,
    nor its label)?"""
    return any(row.value(j) is not None for j in range(min(len(row.cells), len(head.cells)))
               if head.value(j) is not None and not is_nomenclature_code(head.cells[j].text or ""))


def _levels(head: "_Row", members: list["_Row"]) -> list[tuple["_Row", list["_Row"], str]]:
    """A program's rows by depth: where they stand at two depths or more (kegiatan and their sub
    kegiatan, each level summing to the program), the program with the shallowest ones and each
    of those with the rows of the next depth under it; else the program with all its rows."""
    levels = [_row_level(m) for m in members]
    known = sorted({lv for lv in levels if lv is not None})
    if len(known) < 2:
        return [(head, members, "activities")]
    top, below = known[0], known[1]
    tops = [m for m, lv in zip(members, levels) if lv == top]
    if not any(_money_figures(m, head) for m in tops):
        # kegiatan rows with empty figure cells, the sums standing on their sub kegiatan's rows
        # only: the program is the sum of the sub kegiatan (its kegiatan's 0 is no sum)
        return [(head, [m for m, lv in zip(members, levels) if lv == below], "sub activities")]
    out: list[tuple[_Row, list[_Row], str]] = [(head, tops, "activities")]
    for k, (m, lv) in enumerate(zip(members, levels)):
        if lv != top:
            continue
        subs = []
        for n, nlv in zip(members[k + 1:], levels[k + 1:]):
            if nlv == top:
                break
            if nlv == below:
                subs.append(n)
        if subs:
            out.append((m, subs, "sub activities"))
    return out


def _nested_top(rows: list["_Row"], cols: list[int]) -> Optional[list["_Row"]]:
    """The rows that stand above the others, where each of them is followed by rows that add up
    to it in every column (a kegiatan and its sub kegiatan); None where the rows do not fall so."""
    def sums_to(parent: "_Row", children: list["_Row"]) -> bool:
        known = [j for j in cols if parent.value(j) is not None]
        return bool(known) and all(sum((c.value(j) or Decimal(0) for c in children), Decimal(0)) == parent.value(j)
                                   for j in known)

    top: list[_Row] = []
    i = 0
    while i < len(rows):
        end = next((e for e in range(i + 2, len(rows) + 1) if sums_to(rows[i], rows[i + 1:e])), None)
        if end is None:
            return None
        top.append(rows[i])
        i = end
    return top if len(top) < len(rows) else None


def _arithmetic_top(rows: list["_Row"], cols: list[int]) -> Optional[list["_Row"]]:
    """The rows a total adds up where the figures alone show a nesting the labels do not: a row
    followed by rows that add up to it in every column of figures is their group's row ("Belanja
    Operasi" over "Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Hibah" in a Laporan
    Realisasi Anggaran; then "Belanja Modal", a row of its own). The group rows and the rows in
    no group, or None where no row is followed by its parts (an exact sum in every column, never
    met by chance in a table of amounts; most columns suffice, so that a slip in one leaves the
    nesting)."""
    def group_end(i: int) -> Optional[int]:
        """The end of the first run of two rows or more after row ``i`` that adds up to it (the
        runs' sums kept as they grow: one pass over the rows below, not one a run)."""
        parent = rows[i]
        known = [(j, v) for j in cols if (v := parent.value(j)) is not None]
        if not any(v for _, v in known):
            return None
        sums = [Decimal(0)] * len(known)
        for e in range(i + 2, len(rows) + 1):
            child = rows[e - 1]
            sums = [s + (child.value(j) or Decimal(0)) for s, (j, _) in zip(sums, known)]
            if e < i + 3:
                continue
            holds = sum(1 for s, (_, v) in zip(sums, known) if s == v)
            # in every column, or in most of them: a slip in one column (the group row's, or a
            # part's) leaves the nesting the others show, and that column's total is judged by it
            if holds == len(known) or holds >= 2 and 2 * holds >= len(known):
                return e
        return None

    top: list[_Row] = []
    grouped = False
    i = 0
    while i < len(rows):
        # two parts at least: one row equal to the next is a repeated row as often as a group of one
        end = group_end(i)
        top.append(rows[i])
        if end is None:
            i += 1
        else:
            grouped = True
            i = end
    return top if grouped else None


def _same_measure(head: "_Row", members: list["_Row"], j: int) -> bool:
    """Do the program's cell and its activities' cells measure the same thing: no percentage
    among them, and no two units ("95%" over "12.000 KK" and "500 jiwa") but rupiah and none?"""
    units = {(r.cells[j].unit or "IDR") if j < len(r.cells) and r.value(j) is not None else "IDR"
             for r in [head, *members]}
    return len(units) <= 1 and "%" not in units


def _indicator_column(header: list[str], j: int) -> bool:
    """A column of an indicator's target, or its realisation beside the target ("Target |
    Realisasi | Capaian" before "Anggaran | Realisasi Anggaran"): each row measures its own
    indicator, in its own unit, so a program's figure is no sum of its activities' figures."""
    h = header[j]
    if header_has(h, "budget") or _MONEY_HEADER.search(h):
        return False
    return header_has(h, "target") or header_has(h, "realisation") and j > 0 and header_has(header[j - 1], "target")


# a header naming money: the column's figures may add up
_MONEY_HEADER = regex_cache.compile(r"\bRp\b|\brupiah\b|\bkeuangan\b|\bdana\b|\bbiaya\b", regex.I)


# what is left of a whole: "Sisa Target", "Belum Tertangani"
_REST_WORD = regex_cache.compile(r"\b(?:sisa|belum)\b", regex.I)
# a row marked as a part of the program above it: a bullet, a letter, a sub-number ("- Rehabilitasi
# ...", "a. Pemberdayaan ...", "1.1 Penyediaan ...")
_MARKED_PART = regex_cache.compile(r"^\s*(?:[-\u2013\u2022\u00b7\u25aa*]|[a-z][.)]|\d{1,2}\.\d{1,2}\.?)\s")


_GROUP_WORD = regex_cache.compile(r"\W*(\p{L}+)[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b")


def _next_group_head(head: _Row, r: _Row) -> bool:
    """Does the row open a group as the head before it did, by the same word and its number
    ("Sasaran 1: ..." then "Sasaran 2: ...", "Tujuan I" then "Tujuan II")?"""
    a, b = _GROUP_WORD.match(head.label()), _GROUP_WORD.match(r.label())
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower() \
        and not _PROGRAM_LABEL.match(r.label())


def _program_sums(doc: Document, tables: list[Table], readings: Optional["_Readings"] = None,
                  program_starts: frozenset[int] = frozenset()) -> list[Check]:
    """Budget tables whose rows alternate programs and activities, continued across repeated headers."""
    out: list[Check] = []
    readings = readings or _Readings()
    chains: list[list[Table]] = []
    for t in tables:
        if chains and chains[-1][-1].header == t.header and t.header:
            chains[-1].append(t)
        else:
            chains.append([t])
    for chain in chains:
        # most tables have no program rows: their rows are typed only where there are two
        is_prog = [bool(_PROGRAM_LABEL.match(_label_of(r))) or any(c.start in program_starts for c in r if c.text)
                   for t in chain for r in t.rows]
        # (one program over its kegiatan counts where it opens the table: "Program Rehabilitasi
        # Sosial | 1.946.500.000 | ..." then "- Rehabilitasi Sosial Dasar ... | 1.584.000.000 | ...")
        if sum(is_prog) < 2 and not (is_prog[:1] == [True] and len(is_prog) >= 3 and all(
                _MARKED_PART.match(_label_of(r)) for t in chain for r in t.rows[1:] if _label_of(r)
                and r.index not in t.total_rows)):
            continue
        rows = [(t, _Row(t, i, set(), _width(t), _lettered(t))) for t in chain for i in range(len(t.rows))]
        header = chain[0].header
        cols = [j for j, h in enumerate(header) if h and not _indicator_column(header, j) and any(
            j < len(r.cells) and r.value(j) is not None and r.value(j) >= 1000 for _, r in rows)]
        groups: list[tuple[_Row, list[_Row]]] = []
        group_rows: list[tuple[_Row, list[_Row]]] = []
        current: Optional[tuple[_Row, list[_Row]]] = None
        for (t, r), p in zip(rows, is_prog):
            if r.index in t.total_rows:
                current = None  # a "Jumlah" row closes the list: it is no activity of the last program
                continue
            if p:
                current = (r, [])
                groups.append(current)
                if group_rows:
                    group_rows[-1][1].append(r)
            elif current is None and any(r.value(j) is not None for j in cols) and r.label():
                group_rows.append((r, []))
            elif group_rows and any(r.value(j) is not None for j in cols) and _next_group_head(group_rows[-1][0], r):
                # "Sasaran 1: ..." over its programs, then "Sasaran 2: ...": the next group, no
                # activity of the last program
                current = None
                group_rows.append((r, []))
            elif current is not None and r.label():
                current[1].append(r)
        for head, members, what in [level for g, m in groups for level in _levels(g, m)] + \
                                   [(g, m, "programs") for g, m in group_rows]:
            if not members:
                continue
            def program(j: int, read: Callable[[_Row], _Row], head: _Row = head, members: list[_Row] = members,
                        what: str = what) -> Optional[Check]:
                h = read(head)
                stated = h.value(j)
                if stated is None:
                    return None
                if not _same_measure(h, list(map(read, members)), j):
                    return None
                if any(_AMOUNT_IN_LABEL.search(m.label()) for m in members):
                    return None  # a part is two rows run together: the sum would miss one
                values, notes = [], []
                for m in map(read, members):
                    v = m.value(j)
                    if v is None and j < len(m.cells) and m.values[j].problem:
                        v = _lenient(m.cells[j].text)
                        notes.append(f"cell {m.cells[j].text!r} is malformed; read as {_fmt(v or Decimal(0), 0)}")
                    values.append(v or Decimal(0))
                expected = sum(values, Decimal(0))
                verdict = value_verdict(stated, h.values[j].decimals, expected)
                parts = len(members)
                if verdict == "mismatch" and what == "activities":
                    # rows under rows that no code or word tells apart (kegiatan, each followed
                    # by its sub kegiatan): the program against the rows above the others, when
                    # that fits; else the plain sum stands
                    rows_read = list(map(read, members))
                    top = _nested_top(rows_read, cols) or _nested_top(rows_read, [j])  # every column, else this one
                    if top is not None:
                        nested = sum((m.value(j) or Decimal(0) for m in top), Decimal(0))
                        if value_verdict(stated, h.values[j].decimals, nested) != "mismatch":
                            expected, verdict, parts = nested, value_verdict(stated, h.values[j].decimals, nested), len(top)
                            notes.append(f"each of them the sum of the {len(members) - len(top)} rows under it")
                msg = (f"{verdict}: {head.label()[:70]!r} ({header[j]}) = sum of its {parts} {what} = "
                       f"{_fmt(expected, 0)}, stated {h.cells[j].text}")
                if notes:
                    msg += "; " + "; ".join(notes)
                return _check(doc, head, "program_sum", verdict, stated, expected,
                              {"parts": Decimal(parts)}, msg, scale=_money_scale(chain[0], (j,)), counted=("parts",))

            out += readings.judge([head, *members], cols, lambda read, j: program(j, read))
    return out


_WORDS = {1: "one column", 2: "two columns", 3: "three columns"}
# the most combinations of readings a check is judged under (rows of readings multiply)
MAX_COMBINATIONS = 256


class _Readings:
    """The placements a reader could not tell apart for the rows of ``doc.uncertain``
    (``doc.readings``), and a check judged under each of them."""

    def __init__(self, doc: Optional[Document] = None):
        self._unsure = DisjointSpans(doc.uncertain if doc is not None else ())
        known = sorted((doc.readings if doc is not None else {}).items())
        self._starts = [s for (s, _), _ in known]
        self._known = known

    def doubtful(self, rows: Iterable[_Row]) -> bool:
        """Does any of the rows stand in ``doc.uncertain``?"""
        return any(self._unsure.overlaps(r.start, r.end) for r in rows)

    def of(self, row: _Row) -> Optional[list[tuple[str, _Row]]]:
        """The row's placements other than the one written, each with what it says; None when
        the row may stand off in ways the reader does not name."""
        if not self._unsure.overlaps(row.start, row.end):
            return []
        k = bisect_right(self._starts, row.end - 1) - 1
        while k >= 0 and self._known[k][0][1] > row.start:
            (s, e), others = self._known[k]
            if s < row.end and e > row.start:
                out = []
                for at, by in others:
                    alt = row.shifted(at, by)
                    if alt is not None:
                        side = "right" if by > 0 else "left"
                        out.append((f"reading row {row.label()[:50]!r} with its figures "
                                    f"{_WORDS.get(abs(by), f'{abs(by)} columns')} {side}", alt))
                return out
            k -= 1
        return None

    def judge(self, rows: list[_Row], columns: list[int],
              check: Callable[[Callable[[_Row], _Row], int], Optional[Check]]) -> list[Check]:
        """``check`` of each column (given how to read each row) under every reading of the rows.

        A column's verdict is the one all readings agree on (a mismatch under every reading is
        an alarm); else consistent by a reading that fits, the message saying how the rows were
        read; else no alarm (the check as written when it raises none). The figures the check
        reports are those of the reading that fits the most columns, and of those the one they
        miss by the least (a row's placement is one for all its columns)."""
        plain = [check(lambda r: r, j) for j in columns]
        unsure = [r for r in rows if self._unsure.overlaps(r.start, r.end)]
        if not unsure:
            return [c for c in plain if c is not None]
        options: list[list[tuple[Optional[str], _Row]]] = []
        named = True
        for r in unsure:
            others = self.of(r)
            if others is None:
                named = False
                others = []
            options.append([(None, r)] + [(note, alt) for note, alt in others])
        combos = 1
        for o in options:
            combos *= len(o)
        if not named or combos > MAX_COMBINATIONS or combos == 1:
            return [c for c in plain if c is not None and (c.verdict != "mismatch" or named and combos == 1)]
        # every reading: what it says of the rows, and its check of each column
        results: list[tuple[list[str], list[Optional[Check]]]] = []
        for pick in itertools.product(*options):
            swap = {id(r): alt for r, (_, alt) in zip(unsure, pick)}
            results.append(([note for note, _ in pick if note],
                            [check(lambda r: swap.get(id(r), r), j) for j in columns]))

        def miss(checks: list[Optional[Check]]) -> tuple[int, float]:
            fits = sum(1 for c in checks if c is not None and c.verdict == "consistent")
            off = sum(abs(c.stated - c.expected) / max(abs(c.stated), 1.0) for c in checks
                      if c is not None and c.verdict == "mismatch" and c.stated is not None
                      and c.expected is not None)
            return -fits, off

        best = min(range(len(results)), key=lambda k: miss(results[k][1]))  # the first on a tie: as written
        out: list[Check] = []
        for n in range(len(columns)):
            got = [(notes, checks[n]) for notes, checks in results]
            verdicts = {c.verdict if c is not None else None for _, c in got}
            notes, c = got[best]
            if len(verdicts) == 1:
                if c is None:
                    continue
                if notes:  # every reading says the same: a mismatch under all of them is an alarm
                    c.message += (f"; {c.verdict} under every reading of its rows (their columns are not sure); "
                                  "figures of the closest: " + "; ".join(notes))
                out.append(c)
                continue
            if c is None or c.verdict != "consistent":
                notes, c = next(((nt, k) for nt, k in got if k is not None and k.verdict == "consistent"),
                                ([], None))
            if c is not None:
                if notes:
                    c.message += "; " + "; ".join(notes) + " (its columns are not sure; this reading fits)"
                out.append(c)
                continue
            written = got[0][1]
            if written is not None and written.verdict != "mismatch":
                out.append(written)
        return out


def _no_alarm_from(checks: list[Check], doubtful: bool) -> list[Check]:
    """Where the figures' columns are not sure, no mismatch is raised from them."""
    return [c for c in checks if not (doubtful and c.verdict == "mismatch")]


def check_tables(doc: Document, tables: list[Table], programs: list[Program],
                 claimed: frozenset[int] = frozenset()) -> list[Check]:
    """The arithmetic of each table; ``claimed``: the starts of percentages the prose's claims
    judge (a record of "Pagu : Rp ..." lines read both ways)."""
    out: list[Check] = []
    readings = _Readings(doc)
    by_nomenclature: list[tuple[Table, list[Check]]] = []  # (a table, its kegiatan = sum of its sub kegiatan)
    for table in tables:
        pct = _pct_columns(table)
        labels = _label_columns(table)
        width = _width(table)
        lettered = _lettered(table)
        rows = [_Row(table, i, pct, width, lettered) for i in range(len(table.rows))]
        for row in rows:
            row.spent_nothing_where_dashed(table.header)
            row.negatives_in_change_columns(table.header)
        col_totals = _column_totals_of(table, rows)
        shares = _share_columns(table, rows, pct)
        parts = [r for r in rows if r.index not in table.total_rows]
        fits: dict[int, Counter] = {}
        judged = [_row_checks(doc, table, row, pct, labels, col_totals, shares, parts, fits=fits) for row in rows]
        prefer, unknown = _preferred_formulas(fits), _unknown_columns(fits)
        for row, checks in zip(rows, judged):
            if (prefer or unknown) and any(c.verdict == "mismatch" for c in checks):
                checks = _row_checks(doc, table, row, pct, labels, col_totals, shares, parts, prefer=prefer,
                                     unknown=unknown)
            mine = _unparseable(doc, table, row, pct) + checks
            fraction = _label_fraction(doc, table, row)
            if fraction is not None:
                mine.append(fraction)
            out += _no_alarm_from(mine, readings.doubtful([row]))
        out += _no_alarm_from(_efficiency_checks(doc, table, rows, pct) + _change_from_year_checks(doc, table, rows, pct)
                              + _label_value_checks(doc, table, rows, claimed), readings.doubtful(rows))
        # percentages add up to nothing, operands of an achievement ("Target (%)") included
        in_percent = pct | {j for j, h in enumerate(table.header) if header_has(h, "percent")}
        out += _column_totals(doc, table, rows, in_percent, labels, readings)
        plain, coded = _coded_group_sums(doc, table, rows, in_percent, labels)
        out += _no_alarm_from(plain, readings.doubtful(rows))
        by_nomenclature.append((table, _no_alarm_from(coded, readings.doubtful(rows))))
        out += _no_alarm_from(_transposed_achievements(doc, table, rows), readings.doubtful(rows))
        out += _row_totals(doc, table, rows, pct, labels, readings)
        out += _stock_flows(doc, table, rows, pct, labels, readings)
    # the rows of programs the report's program list found without the word "Program" (a table
    # whose header, levels and the catalogue say so: structure.py) are program rows too
    sums = _program_sums(doc, tables, readings, frozenset(p.start for p in programs))
    out += sums
    for table, coded in by_nomenclature:
        if not any(table.start <= c.start < table.end for c in sums):
            out += coded  # (a table the program sums judged nothing of)
    return out
