"""The PDF reader's cell finder (readers/pdfium.py ``cells_of``) against pdfplumber's own
``intersections_to_cells``, which it replaces for speed: the same cells in the same order on
ruled grids with merged cells, missing rules and stray lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.table import edges_to_intersections, intersections_to_cells

from kesos_extract.readers.pdfium import cells_of


def _rule(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": "h" if top == bottom else "v", "object_type": "line"}


@st.composite
def grids(draw) -> list[dict]:
    """A grid of columns and rows whose rules may stop short (merged cells) or be missing, with a
    few stray rules across it."""
    xs = sorted(draw(st.sets(st.integers(0, 60), min_size=2, max_size=7)))
    tops = sorted(draw(st.sets(st.integers(0, 60), min_size=2, max_size=8)))
    xs, tops = [10.0 * x for x in xs], [8.0 * t for t in tops]
    rules = []
    for top in tops:  # a horizontal rule over a run of the columns
        a, b = sorted(draw(st.tuples(st.integers(0, len(xs) - 1), st.integers(0, len(xs) - 1))))
        if a < b:
            rules.append(_rule(xs[a], top, xs[b], top))
    for x in xs:
        a, b = sorted(draw(st.tuples(st.integers(0, len(tops) - 1), st.integers(0, len(tops) - 1))))
        if a < b:
            rules.append(_rule(x, tops[a], x, tops[b]))
    for _ in range(draw(st.integers(0, 3))):  # stray rules, not on the grid
        x0, x1 = sorted(draw(st.tuples(st.floats(0, 600), st.floats(0, 600))))
        y = draw(st.floats(0, 480))
        if x0 < x1:
            rules.append(_rule(x0, y, x1, y))
    return rules


@settings(max_examples=300, deadline=None)
@given(grids())
def test_same_cells_as_pdfplumber(rules: list[dict]) -> None:
    crossings = edges_to_intersections(rules, 3, 3)
    assert cells_of(crossings) == intersections_to_cells(crossings)


def test_a_grid_with_a_merged_cell() -> None:
    # three columns, two rows; the first row's two right cells merged (no rule between them)
    rules = [_rule(0, t, 30, t) for t in (0, 10, 20)]
    rules += [_rule(0, 0, 0, 20), _rule(30, 0, 30, 20), _rule(10, 0, 10, 20), _rule(20, 10, 20, 20)]
    crossings = edges_to_intersections(rules, 3, 3)
    assert cells_of(crossings) == [(0, 0, 10, 10), (0, 10, 10, 20), (10, 0, 30, 10), (10, 10, 20, 20),
                                   (20, 10, 30, 20)]
