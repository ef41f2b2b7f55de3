"""The PDF reader keeps each line's glyph pieces packed while the document is read (memory):
unpacked, they are the pieces given, exactly."""

from kesos_extract.readers import pdf
from kesos_extract.readers.tabbed import Piece, TabLine, learn_layout

PIECES = [Piece("Jumlah", 72.0, 101.123456789), Piece("430", 180.5, 195.25), Piece("96%", 250.0000001, 270.0)]


def test_pack_unpack_is_exact():
    packed = pdf.pack(PIECES)
    assert pdf.unpack(packed) == PIECES
    assert pdf.pack([]) is None and pdf.unpack(None) == []


def test_line_keeps_its_pieces_packed():
    line = pdf._Line("Jumlah 430 96%", 10.0, 20.0, None, list(PIECES))
    assert isinstance(line.packed, bytes) and line.pieces == PIECES
    tab = line.tab_line()
    assert isinstance(tab, TabLine)
    assert (tab.top, tab.bottom, tab.pieces, tab.x0, tab.x1) == (10.0, 20.0, PIECES, 72.0, 270.0)
    empty = pdf._Line("x", 0.0, 1.0).tab_line()
    assert (empty.pieces, empty.x0, empty.x1) == ([], 0.0, 0.0)


def test_unpacked_pieces_are_dropped_after_many_other_lines():
    lines = [pdf.PackedTabLine(k, k + 1, pdf.pack(PIECES)) for k in range(len(pdf._RECENT.slots) + 1)]
    first = lines[0].pieces
    assert lines[0].pieces is first  # kept while recent
    for ln in lines[1:]:
        assert ln.pieces == PIECES
    assert lines[0]._pieces is None and lines[0].pieces == first  # unpacked again, the same


def test_layout_is_the_same_from_packed_lines():
    plain = [TabLine(k * 12.0, k * 12.0 + 10, [Piece("a", 72.0, 80.0), Piece("12", 108.0 + k % 2 * 36, 118.0 + k % 2 * 36)])
             for k in range(12)]
    packed = [pdf.PackedTabLine(t.top, t.bottom, pdf.pack(t.pieces)) for t in plain]
    assert learn_layout(packed) == learn_layout(plain)


def test_packed_line_reads_as_its_pieces():
    """What a packed line tells without making its pieces (positions, glyphs, span) is what its
    pieces tell; and a line is cut the same either way."""
    from kesos_extract.readers.tabbed import Layout, _cut

    for packed_double in (False, True):
        pieces = PIECES if packed_double else [Piece(p.text, float(int(p.x0)), float(int(p.x1))) for p in PIECES]
        tab = pdf._Line("x", 10.0, 20.0, None, list(pieces)).tab_line()
        plain = TabLine(10.0, 20.0, list(pieces))
        assert tab.positions() == plain.positions() and tab.placed_text() == plain.placed_text()
        assert tab.span() == plain.span() == (pieces[0].x0, pieces[-1].x1) and tab.has_glyphs()
        layout = Layout(4.0, 72.0, 500.0, [108.0, 144.0, 180.0, 216.0, 252.0])
        for context in (False, True):
            assert _cut(tab, layout, context) == _cut(plain, layout, context)
    empty = pdf._Line("x", 0.0, 1.0).tab_line()
    assert empty.placed_text() == ([], "") and empty.span() == (0.0, 0.0) and not empty.has_glyphs()


def test_glued_cells_looked_for_only_with_a_digit_or_rp():
    """readers/pdf parts glued cells only in lines with a digit or "Rp": every sign of one
    (normalise._GLUED_HINT, each of its alternatives) holds one of them."""
    from kesos_extract import normalise

    pattern = normalise._GLUED_HINT.__self__.pattern
    alternatives, depth, at, in_class = [], 0, 0, False  # split at each "|" outside groups and classes
    for k, ch in enumerate(pattern):
        if pattern[k - 1:k] == "\\":
            continue
        if in_class:
            in_class = ch != "]"
            continue
        in_class = ch == "["
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alternatives.append(pattern[at:k])
            at = k + 1
    alternatives.append(pattern[at:])
    assert len(alternatives) >= 2 and all("\\d" in a or "Rp" in a for a in alternatives)
    for text in ("LainnyaRp1.250.000.000", "Jaminan Sosial385.000", "tanpa angka", "1Program X", "85%84,60%"):
        assert pdf._part_glued_cells(text) == normalise.part_glued_cells(text)
