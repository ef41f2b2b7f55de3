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
