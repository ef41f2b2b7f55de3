"""Typed tables: caption, header rows, typed cells, total rows and the scale a table states.

The readers give tables as rows of text cells with spans; here each becomes a
:class:`~kesos_extract.models.Table`: the leading rows without data (and the column-number rows
"1 2 3 4 5" that repeat after page breaks) are the header, merged per column into one label;
every other cell is typed ({text, value, unit}); rows labelled "Jumlah"/"Total" are marked as
totals; a scale stated in the caption or header ("(Rp.000)", "Dalam ribuan rupiah") is kept.
Values are as written: the scale is applied by whoever adds up money, so that a table mixing
thousands with full rupiah can be judged cell by cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from .document import Block, Document, TableCell
from .errors import MalformedNumberError
from .grammar import load_grammar
from .mentions import canonical_unit
from .models import Cell, Table
from .numbers import NumberKind, parse_number

_CELL = regex.compile(r"^(?P<num>[+-]?\d[\d.,]*(?:[.,]\s\d{3}(?!\d))*)\s*(?P<pct>%)?\s*(?P<unit>[^\d\s%][^\d]{0,30})?$")
_EMPTY = {"", "-", "–", "—", "0-", "n/a", "na"}
_CAPTION = regex.compile(r"^\s*(?:\*\*)?(?:tabel|table)\b", regex.I)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_grammar("tables").vocabulary or {}


@lru_cache(maxsize=None)
def _re(key: str) -> regex.Pattern:
    v = _vocab()
    source = v["header_roles"][key] if key in v["header_roles"] else v[key]
    return regex.compile(source, regex.I)


def header_has(label: str, role: str) -> bool:
    """Does a header label name this role (total, remaining, percent, target, realisation, budget, number)?"""
    return bool(_re(role).search(label or ""))


@dataclass(frozen=True)
class TypedValue:
    value: Optional[Decimal]
    decimals: int
    unit: Optional[str]
    problem: Optional[str] = None


def type_cell(text: str, *, percent: bool = False) -> TypedValue:
    """``"2,308 Jiwa"`` → 2308 jiwa; ``"96%"`` → 96 %; ``"-"`` → empty; ``"13,11,00"`` → a problem."""
    t = " ".join(text.split())
    if t.lower() in _EMPTY:
        return TypedValue(None, 0, None)
    m = _CELL.match(t)
    if not m:
        return TypedValue(None, 0, None, "not a number" if regex.search(r"\d", t) else None)
    is_pct = bool(m.group("pct")) or percent
    kind: NumberKind = "percent" if is_pct else "count"
    try:
        parsed = parse_number(m.group("num"), kind=kind)
    except MalformedNumberError as e:
        return TypedValue(None, 0, None, e.reason)
    unit = "%" if m.group("pct") else (canonical_unit(m.group("unit")) or (m.group("unit") or "").strip() or None)
    return TypedValue(parsed.value, parsed.decimals, unit)


def _is_column_numbers(row: list[TableCell]) -> bool:
    """"1 2 3 4 5" or "5 6 7 8 9": small integers counting up one by one."""
    cells = [c.text for c in row if c.text]
    if len(cells) < 3 or not all(_re("column_numbers").match(c) for c in cells):
        return False
    nums = [int(c) for c in cells]
    return all(b - a == 1 for a, b in zip(nums, nums[1:]))


def _is_data_row(row: list[TableCell]) -> bool:
    if _is_column_numbers(row):
        return False
    # a year in a header ("2018", "Tahun 2012") is a label, not data
    numeric = [c for c in row if c.text and regex.match(r"^(?=[^\d]*\d)[\d.,\s%]+(?:\s*\w{1,10})?$", c.text)
               and not regex.fullmatch(r"(?:19|20)\d\d", c.text.strip())]
    return len(numeric) >= 1 and any(regex.search(r"\p{L}{3}", c.text) for c in row) or len(numeric) >= 2


def header_size(rows: list[list[TableCell]]) -> int:
    """How many leading rows are header (labels, separator lines, column numbers)."""
    n = 0
    for row in rows:
        if _is_data_row(row):
            break
        n += 1
    return min(n, len(rows))


def merge_header(rows: list[list[TableCell]]) -> list[str]:
    width = max((len(r) for r in rows), default=0)
    labels = []
    for j in range(width):
        parts = [r[j].text for r in rows if j < len(r) and r[j].text and not regex.fullmatch(r"[-\s]+", r[j].text)
                 and not _is_column_numbers(r)]
        labels.append(" ".join(parts))
    return labels


def percent_columns(header: list[str], body: list[list[TableCell]]) -> set[int]:
    """Columns of percentages: named so in the header, or holding only small decimal numbers."""
    cols = {j for j, h in enumerate(header) if header_has(h, "percent")}
    width = max((len(r) for r in body), default=0)
    for j in range(width):
        cells = [r[j].text for r in body if j < len(r) and r[j].text]
        if len(cells) < 2:
            continue
        small = 0
        for t in cells:
            v = type_cell(t, percent=True)
            # one or two decimals, or a % sign: "7.879" is a thousands group, not a percentage
            if v.value is not None and v.value <= 150 and (v.decimals in (1, 2) or "%" in t):
                small += 1
        if small >= 0.7 * len(cells):
            cols.add(j)
    return cols


def caption_of(doc: Document, block: Block) -> Optional[str]:
    """"Tabel 4.24.1 Perkembangan ..." from the few lines before the table, else the short
    paragraph just before it ("PROGRAM DINAS SOSIAL / TAHUN 2018")."""
    before = doc.text[max(0, block.start - 400):block.start]
    lines = [ln.strip(" *") for ln in before.split("\n") if ln.strip(" *")]
    for i in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
        if _CAPTION.match(lines[i]):
            return " ".join(lines[i:])[:300]
    paragraphs = [p for p in regex.split(r"\n[ \t]*\n", before) if p.strip(" *\n\t")]
    if paragraphs:
        last = " ".join(paragraphs[-1].replace("*", " ").split())
        if len(last) <= 150 and not last.endswith((".", ":")):
            return last
    return None


def stated_scale(*texts: Optional[str]) -> Decimal:
    for p in load_grammar("scales").patterns:
        if p.kind != "table_scale":
            continue
        for t in texts:
            if t and p.compiled.search(t):
                return Decimal(str(p.scale))
    return Decimal(1)


def _glue_fragments(rows: list[list[TableCell]]) -> list[list[TableCell]]:
    """A row with one text cell and nothing else is the rest of the row above, broken by the
    conversion ("Pekerja Migran Bermasalah" / "Sosial (PMBS)"): its text joins that cell."""
    out: list[list[TableCell]] = []
    for r in rows:
        filled = [j for j, c in enumerate(r) if c.text]
        if out and len(filled) == 1 and not regex.search(r"\d", r[filled[0]].text) and filled[0] < len(out[-1]):
            j = filled[0]
            above = out[-1][j]
            out[-1] = list(out[-1])
            out[-1][j] = TableCell(f"{above.text} {r[j].text}".strip(), above.start if above.text else r[j].start, r[j].end)
            continue
        out.append(r)
    return out


def type_table(doc: Document, block: Block) -> Table:
    rows = block.rows or []
    h = header_size(rows)
    header = merge_header(rows[:h])
    # repeated header rows and column-number rows after a page break are not data
    heads = [[c.text for c in r] for r in rows[:h]]
    body = _glue_fragments([r for r in rows[h:] if not _is_column_numbers(r) and [c.text for c in r] not in heads])
    pct = percent_columns(header, body)
    caption = caption_of(doc, block)
    scale = stated_scale(caption, " ".join(header))
    typed_rows, totals = [], []
    for r in body:
        cells = []
        for j, c in enumerate(r):
            v = type_cell(c.text, percent=j in pct)
            cells.append(Cell(text=c.text, value=None if v.value is None else float(v.value),
                              unit=v.unit or ("%" if j in pct and v.value is not None else None),
                              start=c.start, end=c.end))
        label = next((c.text for c in r if c.text and not regex.fullmatch(r"[\d.\s]+", c.text)), "")
        if _re("total_row").match(label):
            totals.append(len(typed_rows))
        typed_rows.append(cells)
    return Table(caption=caption, page=block.page if block.page is not None else doc.page_at(block.start),
                 start=block.start, end=block.end, scale=float(scale), header=header, rows=typed_rows,
                 total_rows=totals)


def type_tables(doc: Document) -> list[Table]:
    return [type_table(doc, b) for b in doc.tables()]
