"""What the PDF reader sees of the tables on one page: ``kesos-extract debug-tables``.

For people whose PDF gives no table (or the wrong one), as pdfplumber users expect of its
``to_image()``: the page drawn with its words, and the tables our readers found with their
column boundaries and rows, and a short text summary. The tables are found as
:func:`~kesos_extract.readers.pdf.read_pdf` finds them, by the same readers and over the whole
document (tab stops are learned from all pages, running headers and footers dropped):

- ``ruled``: pdfplumber's table finder (cells drawn with rules);
- ``aligned``: an unruled table under a header line of column labels, its columns from the
  words' alignment (:mod:`.readers.aligned`);
- ``tabbed``: rows of tab-separated cells, from the glyphs' positions and the document's tab
  stops (:mod:`.readers.tabbed`);
- ``flattened``: a header line of column labels over cells written one per line or run
  together, among the lines no other reader took (:mod:`.readers.flattened`); its cells are cut
  by words, so no column boundaries are drawn.

The rows are the readers' (those of read_pdf's table blocks), before the table stage merges
header rows, joins rows broken by a page break and drops repeated headers; the JSON's tables
may have fewer rows. Not drawn: an aligned table's rows that go on at the top of the next page without a header
(the reader adds them to the table of the page before), and single rows of figures outside any
table (read as rows whose columns are unknown).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import InputError
from .normalise import normalise_characters
from .readers.aligned import MIN_LABELS, continued_rows
from .readers.flattened import header_label_count
from .readers.pdf import (_furniture, _open, _placed, _strip_furniture, flattened_tables_by_page,
                          layout_of, read_pages, unruled_tables)
from .readers.tabbed import ON_STOP, TabLine, tab_tables


def _tab_lines(lines: list) -> list[TabLine]:
    """A page's lines as the tab reader sees them (the PDF reader makes them line by line, never
    all held: a page's few are made here)."""
    return [ln.tab_line() for ln in lines]


READERS = {
    "ruled": "ruled table (pdfplumber's table finder)",
    "aligned": "unruled table under a header line, columns aligned",
    "tabbed": "tab-laid rows (tab-separated cells)",
    "flattened": "header line of column labels over cells one per line (flattened)",
}
# colours of the drawing (RGB): words, a table's box, its column boundaries, its row starts
WORD_COLOUR = (120, 120, 255)
TABLE_COLOUR = (230, 0, 0)
COLUMN_COLOUR = (0, 150, 255)
ROW_COLOUR = (0, 170, 0)


@dataclass
class FoundTable:
    reader: str  # a key of READERS
    rows: list[list[str]]
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (PDF points, top-down)
    columns: list[float] = field(default_factory=list)  # x of the boundaries between columns
    row_tops: list[float] = field(default_factory=list)  # y where each row starts
    continues: Optional[int] = None  # the rows go on the table of this page (without a header)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class PageView:
    path: str
    number: int
    pages: int
    width: float
    height: float
    words: list[tuple[float, float, float, float]]
    lines: int
    tables: list[FoundTable]
    best_header: Optional[tuple[str, int]] = None  # the line with the most column labels, and how many

    def summary(self) -> str:
        head = f"{self.path} page {self.number} of {self.pages}: {len(self.words)} words in {self.lines} lines"
        if not self.tables:
            hint = (f"no table found on page {self.number}. The readers look for rules around cells "
                    f"(pdfplumber's table finder), for a header line of at least {MIN_LABELS} column labels "
                    "(No, Uraian, Target, Realisasi, Satuan, Capaian...) with aligned columns below it, and "
                    "for rows whose cells are separated by tabs (gaps landing on the document's tab stops), "
                    "and for a header line made only of column labels over rows of words or figures")
            if self.best_header and self.best_header[1]:
                text, n = self.best_header
                hint += f"; the line most like a header has {n} label(s): {text[:70]!r}"
            return f"{head}\n{hint}."
        out = [f"{head}; {len(self.tables)} table(s) found:"]
        for k, t in enumerate(self.tables, start=1):
            first = " | ".join(" ".join(c.split()) for c in t.rows[0] if c)[:80] if t.rows else ""
            goes_on = f" (goes on from page {t.continues}, no header)" if t.continues else ""
            out.append(f"  table {k}: {len(t.rows)} rows x {t.width} columns, {t.reader}: {READERS[t.reader]}"
                       f"{goes_on}; first row: {first}")
        out.append("(rows as the readers find them on the page; in the JSON, header rows are merged and rows "
                   "broken by a page or a conversion are joined)")
        return "\n".join(out)


def _check_pdf(path: Path) -> bytes:
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a PDF")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from e
    if not data[:1024].lstrip().startswith(b"%PDF"):
        raise InputError(path, "is not a PDF (it does not start with %PDF)")
    return data


def _ruled(page) -> list[FoundTable]:
    out = []
    for t in page.find_tables():
        rows = [[normalise_characters(c or "").strip() for c in row] for row in t.extract()]
        if not any(any(r) for r in rows) or max(len(r) for r in rows) < 2:
            continue  # the reader keeps no such table either
        x0, top, x1, bottom = (float(v) for v in t.bbox)
        columns = sorted({float(c.bbox[0]) for c in t.columns} - {x0})
        out.append(FoundTable("ruled", [r for r in rows if any(r)], (x0, top, x1, bottom), columns,
                              [float(r.bbox[1]) for r in t.rows]))
    return out


def page_view(path: Path, number: int) -> PageView:
    """The words and the tables found on page ``number`` (from 1) of the PDF at ``path``."""
    return page_views(path, [number])[0]


def page_views(path: Path, numbers: Optional[list[int]] = None) -> list[PageView]:
    """The views of the given pages (all by default), the document read once."""
    data = _check_pdf(path)
    pages = read_pages(path, data)
    numbers = list(range(1, len(pages) + 1)) if numbers is None else numbers
    for number in numbers:
        if not 1 <= number <= len(pages):
            raise InputError(path, f"has {len(pages)} page(s): there is no page {number}")
    found: list[list[FoundTable]] = [[] for _ in pages]
    # the reader's own preparation (read_pdf): furniture dropped, layout learned from all pages
    furniture = _furniture(pages)
    layout = layout_of(pages)
    stripped = [_strip_furniture(p, furniture, layout=layout) for p in pages]
    aligned = [unruled_tables(lines) if any(ln.words is not None for ln in lines) else {} for lines in stripped]
    barriers = [{k for t in a.values() for k in range(t.first, t.end)} for a in aligned]  # tab tables skip them
    # an aligned table that ends its page goes on in the first lines of the next (as read_pdf reads it)
    went_on = [0] * len(pages)
    open_table = None
    for p, page_lines in enumerate(stripped):
        if open_table is not None and page_lines and page_lines[0].words is not None:
            got = continued_rows(_placed(page_lines), open_table)
            if got is not None:
                went_on[p] = got[1]
                aligned[p] = unruled_tables(page_lines, got[1])
                if got[1]:
                    body = page_lines[:got[1]]
                    found[p].append(FoundTable("aligned", got[0], (open_table.x0, body[0].top, open_table.x1,
                                                                   body[-1].bottom),
                                               list(open_table.bounds), [ln.top for ln in body], p))
        if not went_on[p] or went_on[p] < len(page_lines):
            open_table = None
        for t in aligned[p].values():
            if t.end == len(page_lines):
                open_table = t
        for t in aligned[p].values():
            body = page_lines[t.first:t.end]
            found[p].append(FoundTable("aligned", t.rows, (t.x0, body[0].top, t.x1, body[-1].bottom),
                                       list(t.bounds), [ln.top for ln in body]))
    # tab-laid tables over the whole document (a row may go on over a page break)
    flat: list[TabLine] = []
    where: list[tuple[int, int]] = []
    for p, page_lines in enumerate(stripped):
        for k, tl in enumerate(_tab_lines(page_lines)):
            flat.append(TabLine(tl.top, tl.bottom, [] if k in barriers[p] else tl.pieces))
            where.append((p, k))
    # as read_pdf: the lines of a page's continued and aligned tables are not the tab tables'
    in_unruled = [set(range(went_on[p])) | {k for t in aligned[p].values() for k in range(t.first, t.end)}
                  for p in range(len(pages))]
    stops = layout.stops if layout else []
    tab_taken: list[set[int]] = [set() for _ in pages]
    for table in tab_tables(flat, layout):
        for g in range(table.first, table.end):
            tab_taken[where[g][0]].add(where[g][1])
        for p in sorted({where[g][0] for g in range(table.first, table.end)}):
            def here(g: int) -> bool:
                return where[g][0] == p and where[g][1] not in in_unruled[p]

            on_page = [g for g in range(table.first, table.end) if here(g)]
            rows = [cells for g, cells in table.rows if here(g)]
            if not on_page or not rows:
                continue
            body = [flat[g] for g in on_page]
            x0 = min((ln.x0 for ln in body if ln.pieces), default=0.0)
            x1 = max((ln.x1 for ln in body if ln.pieces), default=0.0)
            landed = sorted({s for ln in body for pc in ln.pieces[1:] for s in stops
                             if abs(pc.x0 - s) <= ON_STOP and x0 < s < x1})
            found[p].append(FoundTable("tabbed", rows, (x0, min(ln.top for ln in body), x1,
                                                        max(ln.bottom for ln in body)),
                                       landed, [flat[g].top for g, _ in table.rows if here(g)]))
    # flattened tables among the lines no other table took (as read_pdf)
    flat_rows, flat_used = flattened_tables_by_page(pages, stripped, [in_unruled[p] | tab_taken[p]
                                                                      for p in range(len(pages))])
    for p, parts in enumerate(flat_rows):
        tab_lines = _tab_lines(stripped[p])
        for k, part in parts.items():
            end = k + 1
            while end in flat_used[p] and end not in parts:
                end += 1
            body = [ln for ln in tab_lines[k:end] if ln.pieces]
            found[p].append(FoundTable("flattened", part.rows, (min((ln.x0 for ln in body), default=0.0),
                                                                stripped[p][k].top,
                                                                max((ln.x1 for ln in body), default=0.0),
                                                                stripped[p][end - 1].bottom),
                                               row_tops=[stripped[p][j].top for j in part.starts]))
    views = []
    pdf = _open(path, data)
    try:
        for number in numbers:
            pi = number - 1
            page = pdf.pages[pi]
            tables = sorted(_ruled(page) + found[pi], key=lambda t: t.bbox[1])
            words = [(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))
                     for w in page.extract_words()]
            best = max(((ln.text, header_label_count(ln.text)) for ln in pages[pi].lines), key=lambda x: x[1],
                       default=None)
            views.append(PageView(str(path), number, len(pages), float(page.width), float(page.height), words,
                                  len(pages[pi].lines), tables, best))
            page.close()
    finally:
        pdf.close()
    return views


def draw(path: Path, view: PageView, resolution: int = 100) -> bytes:
    """The page drawn with the view's words and tables, as a PNG."""
    pdf = _open(path, path.read_bytes())
    try:
        image = pdf.pages[view.number - 1].to_image(resolution=resolution)
        image.draw_rects(view.words, stroke=WORD_COLOUR, fill=(0, 0, 0, 0), stroke_width=1)
        for t in view.tables:
            x0, top, x1, bottom = t.bbox
            image.draw_rect(t.bbox, stroke=TABLE_COLOUR, fill=(0, 0, 0, 0), stroke_width=3)
            for x in t.columns:
                image.draw_line([(x, top), (x, bottom)], stroke=COLUMN_COLOUR, stroke_width=2)
            for y in t.row_tops[1:]:
                image.draw_line([(x0, y), (x1, y)], stroke=ROW_COLOUR, stroke_width=1)
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    finally:
        pdf.close()
