"""CellRows: the rows of a built document's tables, held as texts and offsets, read as lists of
TableCell exactly as a list of rows would be."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kesos_extract.document import CellRows, DocumentBuilder, TableCell

cells = st.builds(TableCell, st.text(max_size=6), st.integers(0, 10**12), st.integers(0, 10**12))
rows_of_cells = st.lists(st.lists(cells, max_size=5), max_size=8)


@given(rows_of_cells, st.integers(-10, 10), st.integers(-10, 10), st.sampled_from([None, 1, 2, -1, 3]))
def test_read_as_the_list_of_rows(rows, k, j, step):
    held = CellRows(rows)
    assert len(held) == len(rows)
    assert list(held) == rows and held == rows
    assert bool(held) == bool(rows)
    assert held[k:j:step] == rows[k:j:step]
    if -len(rows) <= k < len(rows):
        assert held[k] == rows[k]
    else:
        with pytest.raises(IndexError):
            held[k]


@given(rows_of_cells, rows_of_cells, st.lists(cells, max_size=4))
def test_appended_extended_and_set_as_a_list(rows, more, row):
    held, plain = CellRows(rows), [list(r) for r in rows]
    held.extend(more)
    plain.extend(more)
    held.append(row)
    plain.append(row)
    assert held == plain
    held[-1] = row[::-1]
    plain[-1] = row[::-1]
    assert held == plain and len(held) == len(plain)


def test_a_built_tables_rows_are_its_cells_in_the_text():
    b = DocumentBuilder("t.txt", "text")
    b.add_block("paragraph", "Tabel 1")
    block = b.add_table([["No", "Uraian", "Pagu"], ["", "", ""], ["1", "Bansos ", " 1.000"]])
    b.extend_table(block, [["2", "PKH", "2.500"]])
    doc = b.build()
    assert isinstance(block.rows, CellRows)  # (not a list of cell objects: see CellRows)
    assert [[c.text for c in r] for r in block.rows] == [["No", "Uraian", "Pagu"], ["1", "Bansos", "1.000"],
                                                         ["2", "PKH", "2.500"]]
    assert all(doc.text[c.start:c.end] == c.text for r in block.rows for c in r)
    assert block.rows[-1][0].start > block.rows[0][0].start
