"""A line's glyph pieces packed in one bytes object while a PDF is read.

A PDF's lines keep their pieces (:class:`.tabbed.Piece`: glyphs standing together, and where)
and their words' positions until the document's layout is learned from all its lines, so their
form is most of what a long PDF holds while it is read. Packed, a line's pieces are one bytes
object: a head (the positions' typecode and count), for each piece the end of its text, its x0
and its x1, then the pieces' texts joined, in UTF-8. The positions are kept as 4-byte floats where
every one of them is one exactly (PDFium's boxes are: it works in single precision), else as
doubles, so unpacking gives back the very values packed. A Piece object with its string and two
floats takes some 150 bytes; packed, a line takes some 45 bytes and 12 a piece.
"""

from __future__ import annotations

import struct
from array import array
from typing import Optional, Protocol, Sequence

from .tabbed import Piece

Packed = bytes
# the positions' array typecode ("f" or "d", then three pad bytes: the positions start 8 bytes
# in, aligned for doubles), and how many there are
_HEAD = struct.Struct("<c3xI")
# tuple.__new__ makes a named tuple without its __new__'s argument handling (a fifth faster)
_TUPLE = tuple.__new__


class _Placed(Protocol):
    text: str
    x0: float
    x1: float


def pack_positions(text: str, spots: Sequence[float]) -> Packed:
    """Pieces packed from their joined texts and their positions (for each piece the end of its
    text in ``text``, its x0 and its x1)."""
    values = list(spots)
    singles = array("f")
    try:
        singles.fromlist(values)
    except OverflowError:  # beyond a float's range: kept as doubles
        singles = array("f")
    kept = singles if len(singles) == len(values) and singles.tolist() == values else array("d", values)
    return pack_encoded(kept.typecode, len(kept), kept.tobytes(), text)


def pack_encoded(typecode: str, count: int, positions: bytes, text: str) -> Packed:
    """:func:`pack_positions` from the positions already as machine values (``count`` of them, of
    ``typecode`` "f" or "d")."""
    return _HEAD.pack(typecode.encode(), count) + positions + text.encode("utf-8", "surrogatepass")


def unpack_positions(packed: Packed) -> tuple[list[float], str]:
    """The positions (the end of its text, x0, x1 for each piece) and the joined texts."""
    code, count = _HEAD.unpack_from(packed)
    end = 8 + count * (4 if code == b"f" else 8)
    view = memoryview(packed)
    return view[8:end].cast(code.decode()).tolist(), str(view[end:], "utf-8", "surrogatepass")


def packed_positions(packed: Packed) -> list[float]:
    """The positions alone (:func:`unpack_positions` without the texts)."""
    code, count = _HEAD.unpack_from(packed)
    return memoryview(packed)[8:8 + count * (4 if code == b"f" else 8)].cast(code.decode()).tolist()


# one position of either width, read where it stands
_SINGLE, _DOUBLE = struct.Struct("<f"), struct.Struct("<d")


def packed_span(packed: Packed) -> tuple[float, float]:
    """The first piece's x0 and the last one's x1 (nothing else is read); (0.0, 0.0) for no piece."""
    code, count = _HEAD.unpack_from(packed)
    if not count:
        return 0.0, 0.0
    one, size = (_SINGLE, 4) if code == b"f" else (_DOUBLE, 8)
    return one.unpack_from(packed, 8 + size)[0], one.unpack_from(packed, 8 + (count - 1) * size)[0]


def packed_text(packed: Packed) -> str:
    """The pieces' texts joined (no position is read)."""
    code, count = _HEAD.unpack_from(packed)
    return str(memoryview(packed)[8 + count * (4 if code == b"f" else 8):], "utf-8", "surrogatepass")


def pack(pieces: Sequence[_Placed]) -> Optional[Packed]:
    """Pieces (or words with positions) packed; None for none."""
    if not pieces:
        return None
    spots: list[float] = []
    end = 0
    for pc in pieces:
        end += len(pc.text)
        spots += (end, pc.x0, pc.x1)
    return pack_positions("".join(pc.text for pc in pieces), spots)


def unpack(packed: Optional[Packed]) -> list[Piece]:
    """The pieces, exactly as packed."""
    if packed is None:
        return []
    values, text = unpack_positions(packed)
    ends = [int(e) for e in values[0::3]]
    return [_TUPLE(Piece, (text[a:b], x0, x1)) for a, b, x0, x1 in zip([0] + ends, ends, values[1::3], values[2::3])]
