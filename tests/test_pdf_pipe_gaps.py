"""A markdown pipe table of a text file printed to PDF ends where the text's does: at a blank line,
which the PDF keeps only as a skipped line's height (readers/pdf.blank_line_before). Before, two
label lines with pipes ('Target: 250 anak | Realisasi: 231 anak | Capaian: 93,4%'), two passages
apart, were read as one table (tests/fixtures/probes/prose.pdf, passage 22)."""

from __future__ import annotations

import pytest

from kesos_extract.readers.pdf import _Line, blank_line_before, pipe_tables

LINES = ["Target: 250 anak | Realisasi: 231 anak | Capaian: 93,4%",
         "Realisasi: 1.180 KPM | Target: 1.250 KPM | Capaian: 91,4%"]
TABLE = ["No | Program | Pagu", "1 | Program Rehabilitasi Sosial | 1.250.000.000",
         "2 | Program Pemberdayaan Sosial | 415.000.000", "3 | Program Penanganan Bencana | 180.000.000"]


def _laid(texts: list[str], steps: list[float], height: float = 10.0) -> list[_Line]:
    out, top = [], 100.0
    for text, step in zip(texts, [0.0] + steps):
        top += step
        out.append(_Line(text, top, top + height))
    return out


def _tables(lines: list[_Line]) -> list[int]:
    found = pipe_tables([ln.text for ln in lines], set(), frozenset(blank_line_before(lines)))
    return [end - first for first, (end, _) in sorted(found.items())]


@pytest.mark.parametrize("blank_lines", [1, 2])
def test_pipe_lines_a_skipped_line_apart_are_no_table(blank_lines: int) -> None:
    lines = _laid(["Indikator: Jumlah anak jalanan yang dibina"] + LINES + ["Sasaran: 400 anak."],
                  [11.4, 11.4 * (1 + blank_lines), 11.4])
    assert _tables(lines) == []


def test_pipe_lines_one_under_the_other_are_a_table() -> None:
    # a control: the same lines with no skipped line between them
    assert _tables(_laid(LINES, [11.4])) == [2]


@pytest.mark.parametrize("step", [11.4, 20.0])
def test_a_pipe_table_whose_every_paragraph_is_spaced_stays_one(step: float) -> None:
    # a control: a Word file's paragraphs each spaced after (the page's usual gap) part no row
    lines = _laid(["Realisasi anggaran:"] + TABLE + ["Sumber: Dinas Sosial"], [step] * (len(TABLE) + 1))
    assert _tables(lines) == [4]


def test_a_pipe_table_ends_at_a_skipped_line() -> None:
    lines = _laid(TABLE + ["5 | Catatan | -"], [11.4, 11.4, 11.4, 34.2])
    assert _tables(lines) == [4]
