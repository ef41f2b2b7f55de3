"""A fixed-pitch page's lines laid out all at once (readers.pdf.laid_on_grid) read exactly as laid
word by word (readers.pdf.line_on_grid)."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given
from hypothesis import strategies as st

from kesos_extract.readers.pdf import laid_on_grid, line_on_grid

words = st.tuples(st.text(alphabet="ab1.,% \t\U0001d400é", max_size=4), st.integers(0, 30), st.booleans())
pages = st.lists(st.lists(words, max_size=5), max_size=6)


def _arrays(page):
    texts, starts, ends, columns, flags = [], [], [], [], []
    for line in page:
        starts.append(len(ends))
        end = 0
        for text, column, flag in line:
            end += len(text)
            ends.append(end)
            columns.append(column)
            flags.append(flag)
        texts.append("".join(t for t, _, _ in line))
    starts.append(len(ends))
    return texts, starts, ends, columns, flags


@given(pages)
@example([[("Pagu", 0, True), ("Rp", 6, True), ("1.000", 9, True)], [], [("98,5%", 2, True), ("x", 3, True)]])
def test_lines_laid_at_once_read_as_laid_word_by_word(page):
    texts, starts, ends, columns, flags = _arrays(page)
    laid = laid_on_grid(texts, starts, np.array(ends, dtype=np.int64), np.array(columns, dtype=np.int64),
                        np.array(flags, dtype=bool))
    assert len(laid) == len(page)
    for k, got in enumerate(laid):
        a, b = starts[k], starts[k + 1]
        one_by_one = line_on_grid(texts[k], ends[a:b], columns[a:b], flags[a:b])
        assert got is None or got == one_by_one
        # a line whose words all stand on the grid, each past the end of the one before, is laid at once
        spaced = all(f for _, _, f in page[k]) and all(
            c >= p + len(t) + 1 for (t, p, _), (_, c, _) in zip(page[k], page[k][1:]))
        if spaced and not any(len(t) == 0 for t, _, _ in page[k]) and "\n" not in "".join(texts):
            assert got == one_by_one


def test_a_line_laid_out():
    texts, starts, ends, columns, flags = _arrays([[("Pagu", 0, True), ("Rp", 6, True), ("95%", 12, False)]])
    assert line_on_grid(texts[0], ends, columns, flags) == "Pagu  Rp\t95%"
    assert laid_on_grid(texts, starts, np.array(ends), np.array(columns), np.array(flags)) == [None]
    texts, starts, ends, columns, flags = _arrays([[("Pagu", 2, True), ("Rp", 8, True)]])
    assert laid_on_grid(texts, starts, np.array(ends), np.array(columns), np.array(flags)) == ["  Pagu  Rp"]
