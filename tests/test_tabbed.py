"""Tab-laid text read back from glyph positions (readers/tabbed.py), on positions made here
(a monospaced page: 6 points a character, margin 57, a tab stop every 35.43 points as a word
processor's default stops) and on a LibreOffice PDF."""

from __future__ import annotations

import numpy as np
from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kesos_extract import extract, read_document
from kesos_extract.readers.tabbed import (ModeCounter, Piece, TabLine, _mode, _readings, figure_row, learn_layout, paragraphs,
                                         tab_tables)

MARGIN, CHAR, STEP, RIGHT = 57.0, 6.0, 35.43, 537.0
STOPS = [MARGIN + k * STEP for k in range(1, 14)]


def _line(top: float, text: str, x: float = MARGIN) -> TabLine:
    """A line typed as a word processor lays it: a space is one character, a tab jumps to the
    next stop, a ``|`` is a tab that finds its stop right after the text (no room left)."""
    pieces, word, start = [], "", x
    for ch in text + " ":
        if ch in " \t|":
            if word:
                pieces.append(Piece(word, start, x))
                word = ""
            if ch == " ":
                x += CHAR
            else:
                x = next(s for s in STOPS if s > x + (0.01 if ch == "|" else 0.5))
            continue
        if not word:
            start = x
        word += ch
        x += CHAR
    return TabLine(top, top + 10, pieces)


def _page(rows: list[tuple[str, float]]) -> list[TabLine]:
    return [_line(100 + 11.3 * k, text, x) for k, (text, x) in enumerate(rows)]


TABLE = [("No\tIndikator\tTarget\tRealisasi\tCapaian", MARGIN),
         ("1\tJumlah PMKS yang ditangani\t175\t175\t100 %", MARGIN),
         ("2\tJumlah korban bencana\t430\t425\t96%", MARGIN),
         ("3\tPersentase lansia terlantar\t11,5\t11,5\t100 %", MARGIN)]
PROSE = [("Pada tahun 2018 Dinas Sosial melaksanakan  program dengan baik dan", MARGIN),
         ("capaian kinerja yang memuaskan bagi masyarakat.", MARGIN)]


def test_layout_learns_the_stop_grid_and_the_space():
    layout = learn_layout(_page(TABLE * 2 + PROSE))
    assert layout is not None and abs(layout.space - CHAR) < 0.2
    assert abs(layout.margin - MARGIN) < 0.6
    for s in STOPS[:8]:
        assert layout.on_stop(s)


def test_rows_of_tab_separated_cells_are_a_table_and_prose_is_not():
    lines = _page(TABLE + [("", MARGIN)] + PROSE)
    lines[len(TABLE)].pieces = []  # a barrier between the table and the prose
    layout = learn_layout(lines)
    [table] = tab_tables(lines, layout)
    assert [cells for _, cells in table.rows] == [text.split("\t") for text, _ in TABLE]
    assert table.end == len(TABLE) and not table.uncertain
    prose = [p.text for p in paragraphs(lines, layout) if p is not None and p.first > len(TABLE)]
    assert prose[0].startswith("Pada tahun 2018 Dinas Sosial melaksanakan")
    assert not any("\t" in t for t in prose)  # two spaces typed are no tab


def test_a_tab_that_left_no_room_is_still_a_tab():
    rows = TABLE[:1] + [("1\tPenyandang cacat yang direhabilitasi|250,00\t250,00\t100 %", MARGIN)] + TABLE[2:]
    lines = _page(rows)
    [table] = tab_tables(lines, learn_layout(lines * 2))
    assert table.rows[1][1] == ["1", "Penyandang cacat yang direhabilitasi", "250,00", "250,00", "100 %"]


def test_a_row_wrapped_over_two_lines_is_one_row():
    long = "1\tJumlah anak terlantar, anak jalanan, anak nakal, anak yang menjadi korban tindak kekerasan"
    first = _line(0, long)
    # the layout wraps at the last space that fits; the rest goes on at the margin
    cut = max(k for k, p in enumerate(first.pieces) if p.x1 <= RIGHT)
    head = " ".join(p.text for p in first.pieces[:cut + 1]).replace("1 ", "1\t", 1)
    tail = " ".join(p.text for p in first.pieces[cut + 1:])
    rows = TABLE[:2] + [(head, MARGIN), (tail + "\t450\t450\t100 %", MARGIN)] + TABLE[2:]
    lines = _page(rows)
    [table] = tab_tables(lines, learn_layout(lines * 2))
    cells = [c for _, c in table.rows]
    assert len(cells) == len(TABLE) + 1
    assert cells[2][0] == "1" and cells[2][1].endswith("korban tindak kekerasan") and cells[2][2:] == ["450", "450", "100 %"]


def test_a_justified_line_is_no_row():
    # every gap of the line stretched alike: spaces, not tabs
    pieces, x = [], MARGIN
    for w in "Program ini dilaksanakan oleh bidang rehabilitasi sosial".split():
        pieces.append(Piece(w, x, x + CHAR * len(w)))
        x += CHAR * len(w) + 14.0
    layout = learn_layout(_page(TABLE * 2))
    assert figure_row(TabLine(0, 10, pieces), layout) is None
    assert figure_row(_line(0, "Jumlah korban bencana yang dievakuasi\t430\t425\t96%"), layout) == \
        ["Jumlah korban bencana yang dievakuasi", "430", "425", "96%"]


def test_a_row_of_figures_between_sentences_raises_no_prose_claim():
    """LibreOffice PDF of a tab-laid row alone between two sentences (make_exports.py): the row
    is a table row, the sentence under it stays prose, and "430 425 96% Persentase ..." is read
    as no share claim."""
    path = ROOT / "tests" / "fixtures" / "figure_row.pdf"
    doc = read_document(path)
    [table] = doc.tables()
    assert [[c.text for c in r] for r in table.rows] == [["Jumlah korban bencana yang dievakuasi", "430", "425", "96%"]]
    assert doc.blocks[-1].kind == "paragraph" and doc.text[doc.blocks[-1].start:].startswith("Persentase")
    assert [c for c in extract(path).checks if c.verdict == "mismatch"] == []


# a paragraph of full lines: the layout learns where a line ends (RIGHT)
FULL = [("Pada tahun 2018 Dinas Sosial melaksanakan program dengan baik, capaian kinerja 1", MARGIN)] * 8  # 80 characters
BUDGET = [("\t1\tPenyediaan jasa administrasi keuangan\t106.250.000\t27.297.000", MARGIN),
          ("\t2\tPenyediaan alat tulis kantor\t200.000.000\t100.000.000", MARGIN)]


def _table_of(rows: list[tuple[str, float]]):
    lines = _page(FULL + [("", MARGIN)] + rows)
    lines[len(FULL)].pieces = []  # a barrier between the prose and the table
    layout = learn_layout(lines + _page(TABLE * 3))  # the stops, from more rows
    assert layout is not None and abs(layout.right - RIGHT) < 1
    [table] = tab_tables(lines, layout)
    _table_of.readings = table.readings  # type: ignore[attr-defined]
    return [cells for _, cells in table.rows], table.uncertain


def test_a_tab_hidden_at_a_line_end_is_counted_where_the_word_would_have_fitted_after_one():
    # "\t3\tPenatausahaan ... Daerah\t\t0": the label ends past the last stop but one; a tab takes
    # that stop, and "0" would have fitted after it, so a second tab took it and moved
    label = "Penatausahaan dan Pelaporan Administrasi Barang Milik Daerah"
    cells, unsure = _table_of(BUDGET + [("\t3\t" + label, MARGIN), ("\t0", MARGIN)])
    assert cells[2] == ["", "3", label, "", "0"] and not unsure


def test_a_figure_that_may_stand_one_column_off_after_a_wrap_stays_doubtful():
    # "... perlengkapannya" then "170.000.000" on the next line, on the first stop: one tab or
    # two before it (the figure fits after neither stop left on the line); no alarm from it
    label = "Pengadaan Perangkat Komputer, printer dan perlengkapannya"
    cells, unsure = _table_of(BUDGET + [("\t3\t" + label, MARGIN), ("\t170.000.000", MARGIN)])
    assert 2 in unsure


def test_the_placements_a_wrapped_figure_may_have_are_recorded():
    # read after one tab (the fewest the glyphs allow); a second tab would leave the same glyphs
    # and put it a column further right; a third would make the row wider than the table
    label = "Pengadaan Perangkat Komputer, printer dan perlengkapannya"
    cells, unsure = _table_of(BUDGET + [("\t3\t" + label, MARGIN), ("\t170.000.000", MARGIN)])
    assert cells[2] == ["", "3", label, "170.000.000"]
    assert _table_of.readings[2] == [(3, 1)]  # type: ignore[attr-defined]
    assert set(_table_of.readings) <= unsure  # type: ignore[attr-defined]


def test_readings_are_named_only_where_the_figures_alone_may_move():
    usual = [["", "1", "Penyediaan alat tulis", "106.250.000", "27.297.000"],
             ["", "2", "Penyediaan barang cetakan", "200.000.000", "100.000.000"]]
    # a narrow row ending in one figure: it may stand one column further right
    assert _readings(usual + [["", "3", "Penyediaan makanan", "5.000"]], {2}, {}) == {2: [(3, 1)]}
    # ending in two figures, a column short: the empty cell may stand between them, unnamed
    assert _readings(usual + [["", "Penyediaan makanan", "5.000", "6.000"]], {2}, {}) == {}
    # wider than the table (two rows run together): unnamed
    assert _readings(usual + [["", "3", "Penyediaan", "5.000", "6.000", "7.000"]], {2}, {}) == {}


PSKS = [("1\tBUMBUAWA\t21\t5\t10\t0\t18\t0\t40\t0\t0\t0\t1", MARGIN), ("\t15\t1\tPeksos Profesional", MARGIN),
        ("2\tBALAPULANG\t18\t48\t0\t4\t20\t0\t20\t0\t0\t0\t1", MARGIN), ("\t54\t2\tPSM", MARGIN),
        ("3\tBOJONG\t15\t4\t3\t0\t17\t0\t36\t0\t0\t0\t1", MARGIN), ("\t0", MARGIN)]


def test_the_rest_of_a_numbered_row_wrapped_after_tabs_goes_on_the_row():
    # a row's last cells wrapped onto a line on the first stop, between rows 1 and 2: the rest of
    # row 1 even with words in it (no row above tells how many cells a row has)
    cells, unsure = _table_of(PSKS)
    assert len(cells) == 3
    assert cells[0][11:] == ["0", "1", "15", "1", "Peksos Profesional"]
    assert cells[2][-2:] == ["1", "0"]
    # row 3 ends narrower, with a figure: its tabs and its end are told, its last cells empty
    assert not unsure


def test_an_empty_line_left_by_tabs_that_end_a_row_is_no_blank_line():
    # "15\tTARUB\t...\t1\t3\t\t": the two tabs after "3" find no stop on the line and move to a
    # line of their own, empty; the table goes on under it
    rows = PSKS[:4] + [("4\tTARUB\t14\t4\t0\t1\t17\t0\t244\t0\t84\t13\t1\t3", MARGIN), ("", MARGIN),
                       ("5\tSURODADI\t11\t22\t1\t0\t11\t0\t24\t0\t60\t0\t1", MARGIN), ("\t1", MARGIN)]
    lines = _page(FULL + [("", MARGIN)] + rows)
    lines[len(FULL)].pieces = []
    del lines[len(FULL) + 6]  # the empty line holds no glyph: only a line's gap shows it
    layout = learn_layout(lines + _page(TABLE * 3))
    [table] = tab_tables(lines, layout)
    assert [c[0] for _, c in table.rows] == ["1", "2", "4", "5"] and not table.uncertain


def test_a_header_too_long_for_the_page_goes_on_its_next_line():
    # "No.\tJenis PMKS\tJumlah\t\tYang sudah diberikan pelayanan\t\t%\tSisa penanganan PMKS\t\t%":
    # no stop is left after the first "%", so the tab before "Sisa" takes it to the next line
    head = ("No\tJenis PMKS\tJumlah\tYang sudah diberikan pelayanan\t\tPersentasenya", MARGIN)
    wrapped = ("\tSisa penanganan PMKS\t\t%", MARGIN)
    row = ("1\tAnak\t109,901\t10,101\tJiwa\t9,19\t99,800\tJiwa\t90,81", MARGIN)
    cells, _ = _table_of([head, wrapped, row])
    assert cells[0][-4:] == ["Persentasenya", "Sisa penanganan PMKS", "", "%"] and len(cells) == 2


def test_a_line_of_labels_after_a_header_with_room_left_is_a_row():
    # the header ends with stops left on its line: the labelled line under it is a row of its own
    head = ("No\tUraian\tKeterangan", MARGIN)
    group = ("\tUrusan Sosial", MARGIN)
    row = ("1\tPelayanan lansia\t120 orang", MARGIN)
    cells, _ = _table_of([head, group, row])
    assert cells[0] == ["No", "Uraian", "Keterangan"] and len(cells) == 3


def test_a_long_document_read_window_by_window_has_the_tables_of_the_whole(monkeypatch):
    """tab_tables cuts the document's paragraphs into blocks a window at a time, at paragraphs
    where the blocks of the whole may be cut (a lettered item or a bullet): the tables are the
    same whatever the window, with the document's line indices."""
    from kesos_extract.readers import tabbed
    from kesos_extract.readers.text import cuts_blocks

    items = [("a) Program pemberdayaan sosial dengan pagu yang cukup besar", MARGIN),
             ("- Kegiatan pembinaan karang taruna berjalan sesuai rencana", MARGIN)]
    section = TABLE + [None] + items[:1] + PROSE + [None, "barrier"] + items[1:] + BUDGET + [None] \
        + PROSE + items + TABLE[1:] + [None]
    lines, top = [], 100.0
    for k in range(12):
        for row in section[k % 3:]:  # sections of other lengths: the windows fall elsewhere
            if row is None:
                top += 11.3  # an empty line: a gap
            elif row == "barrier":
                lines.append(TabLine(top, top + 10, []))  # a line without glyphs
            else:
                lines.append(_line(top, *row))
            top += 11.3
    layout = learn_layout(lines)
    calls: list[int] = []
    tables_of = tabbed._tables_of
    monkeypatch.setattr(tabbed, "_tables_of", lambda paras: calls.append(len(paras)) or tables_of(paras))

    def read(window: int):
        calls.clear()
        got = [(t.first, t.end, t.rows, t.uncertain, t.readings) for t in tab_tables(lines, layout, window)]
        return got, len(calls)

    whole, parts = read(10 ** 9)
    assert parts == 1 and len(whole) >= 24
    assert sum(1 for p in paragraphs(lines, layout) if p is not None and cuts_blocks(p.text)) >= 24
    for window in (1, 5, 40):
        got, parts = read(window)
        assert parts > 1 and got == whole


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=40.0, allow_nan=False), max_size=60),
       st.lists(st.integers(min_value=1, max_value=7), min_size=1, max_size=10),
       st.sampled_from([0.1, 0.5]))
def test_a_mode_counted_a_chunk_at_a_time_is_the_mode_of_all_the_values(values, cuts, step):
    # learn_layout counts a long document's gaps between words a chunk of lines at a time: the
    # commonest value (the first reached of the commonest) is the one counting them all gives
    counter = ModeCounter(step)
    at, k = 0, 0
    while at < len(values):
        size = cuts[k % len(cuts)]
        counter.add(np.array(values[at:at + size], dtype=np.float64))
        at, k = at + size, k + 1
    assert counter.mode() == _mode(values, step)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=1, max_value=6), st.floats(min_value=0.0, max_value=14.0),
                          st.floats(min_value=1.0, max_value=30.0), st.booleans()), min_size=1, max_size=8),
       st.floats(min_value=50.0, max_value=70.0), st.sampled_from([2.4, 2.78, 3.0, 3.3]),
       st.sampled_from([None, 6.0, 7.2]))
# a line whose own space (2.4, from its two gaps of 2.5) is narrower than the document's (3.0):
# its gap of 1.5 is a space by its own (0.6 x 2.4 = 1.44), nothing by the document's (1.8)
@example([(3, 0.0, 10.0, False), (3, 2.5, 10.0, False), (3, 2.5, 10.0, False), (3, 1.5, 10.0, False)], 57.0, 3.0, None)
# a figure after a gap of a space that lands on a stop (92.43): a tab or a space by a guess
@example([(3, 0.0, 32.43, False), (2, 3.0, 8.0, True)], 57.0, 3.0, None)
def test_a_line_cut_without_its_own_space_is_cut_as_with_it(pieces, x0, space, pitch):
    # _cut_placed leaves out the line's own space (_line_space) where no gap could be read
    # otherwise with it (_plainly_untabbed): the line is cut exactly as the whole way cuts it
    from kesos_extract.readers import tabbed

    spots, text, x, end = [], "", x0, 0
    for length, gap, width, figure in pieces:
        x += gap if spots else 0.0
        end += length
        text += ("7" if figure else "w") * length  # (a piece of digits is a figure)
        spots += [float(end), x, x + width]
        x += width
    layout = tabbed.Layout(space, 57.0, 537.0, [57.0 + k * 35.43 for k in range(1, 14)], pitch)
    quick = tabbed._cut_placed(spots, text, layout)
    real = tabbed._plainly_untabbed
    tabbed._plainly_untabbed = lambda gaps, layout: False
    try:
        whole = tabbed._cut_placed(spots, text, layout)
    finally:
        tabbed._plainly_untabbed = real
    assert quick == whole
    if pieces == [(3, 0.0, 32.43, False), (2, 3.0, 8.0, True)]:
        assert quick.doubtful and quick.text == "www 77"


def _stretched_line(words: list[str], gaps: list[float], x0: float = 72.0, char: float = 5.0) -> tuple[list[float], str]:
    """A line's spots for _cut_placed: words of ``char`` points a character, ``gaps`` between them."""
    spots, text, x, end = [], "", x0, 0
    for k, word in enumerate(words):
        x += gaps[k - 1] if k else 0.0
        end += len(word)
        text += word
        spots += [float(end), x, x + char * len(word)]
        x += char * len(word)
    return spots, text


def test_tex_s_wider_space_after_a_sentence_s_end_is_no_tab():
    # a justified line typeset by TeX, measured on a pdflatex page (11 pt, its interword space set
    # to 0.4em plus 0.3em): the spaces stretched to 7.79 points, the one after "(93,6%)." to 15.28,
    # TeX stretching it three times as much (its space factor). No stop of the page under it.
    from kesos_extract.readers import tabbed

    words = ["dari", "pagu", "Rp", "7.905.335.000,00", "(93,6%).", "Program", "Pemberdayaan", "Sosial", "dengan"]
    gaps = [7.79, 7.78, 7.79, 7.79, 15.28, 7.79, 7.78, 7.79]
    layout = tabbed.Layout(3.6, 72.0, 523.0, [300.0, 400.0])
    cut = tabbed._cut_placed(*_stretched_line(words, gaps), layout)
    assert cut.text == " ".join(words)
    # a gap as wide before a figure, or in a row of few words, stays a tab
    row = ["Jumlah:", "Rp", "1.250.000"]
    assert "\t" in tabbed._cut_placed(*_stretched_line(row, [15.28, 3.6]), layout).text
    figure_after = words[:5] + ["1.250.000"] + words[6:]
    assert "\t" in tabbed._cut_placed(*_stretched_line(figure_after, gaps), layout).text
