"""What the stages cache of a document's text is let go when its report is made, so a batch
holds no document it is done with (document_caches.py)."""

from __future__ import annotations

from array import array
from functools import lru_cache

import pytest

import kesos_extract as kx
from kesos_extract import document_caches, grammar, numbers, segments, structure, tables
from kesos_extract.document import Document

TEXT = ("BAB III\nProgram Perlindungan dan Jaminan Sosial dengan pagu anggaran sebesar Rp 1.200.000.000 "
        "dan realisasi sebesar Rp 1.150.000.000 atau 95,83%. Sebanyak 1.250 orang dari target 1.300 orang "
        "atau 96,15%.\n")

CACHES = [segments.segments, numbers.repair_figures, structure._line_starts, structure._all_line_starts,
          structure._group_heading_matches, structure._introducer_matches,
          # keyed by a cell's or a number's text: a batch's documents share few of them
          numbers.parse_number, tables._cell_typed, tables._cell_typed_as, tables.header_has, tables._money_scaled]
# what only the program list and the outline ask for
OUTLINE_CACHES = [structure._line_starts, structure._all_line_starts, structure._group_heading_matches,
                  structure._introducer_matches]


@pytest.mark.parametrize("cached", CACHES, ids=lambda f: f.__name__)
def test_a_document_s_text_caches_are_empty_once_its_report_is_made(cached) -> None:
    report = kx.extract_text(TEXT)
    assert report.checks, "the passage was read (its claims were found)"
    assert cached.cache_info().currsize == 0


def test_trigger_scans_are_let_go_too() -> None:
    kx.extract_text(TEXT)
    assert grammar._TRIGGER_SCANS == {}


def test_caches_are_let_go_when_a_stage_fails(monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a stage fails")

    monkeypatch.setattr("kesos_extract.pipeline.audit", broken)
    with pytest.raises(RuntimeError):
        kx.extract_text(TEXT)
    assert segments.segments.cache_info().currsize == 0


def test_forget_empties_what_was_registered() -> None:
    held = {"text": "x"}
    document_caches.forget_on_done(held.clear)
    try:
        document_caches.forget()
        assert held == {}
    finally:
        document_caches._CLEARERS.remove(held.clear)


def test_all_line_starts_are_the_lines_starts() -> None:
    for text in ["", "a", "a\n", "a\nbc\n\nd", "\n\n"]:
        starts = structure._all_line_starts(text)
        assert isinstance(starts, array)
        expected, at = [], 0
        for line in text.split("\n"):
            expected.append(at)
            at += len(line) + 1
        assert list(starts) == expected


def test_the_outline_s_caches_are_let_go_once_the_outline_is_made(monkeypatch) -> None:
    held: dict[str, int] = {}

    def find_claims(doc, mentions, tables=None):  # the stage after the outline and the mentions
        for cached in OUTLINE_CACHES:
            held[cached.__name__] = cached.cache_info().currsize
        return []

    monkeypatch.setattr("kesos_extract.pipeline.find_claims", find_claims)
    kx.extract_text(TEXT)
    assert held == {cached.__name__: 0 for cached in OUTLINE_CACHES}


def test_forget_after_a_stage_empties_only_what_that_stage_was_the_last_to_ask_for() -> None:
    @document_caches.per_document(until="a stage")
    @lru_cache(maxsize=1)
    def until_the_stage(text: str) -> int:
        return len(text)

    @document_caches.per_document
    @lru_cache(maxsize=1)
    def until_the_report(text: str) -> int:
        return len(text)

    try:
        until_the_stage("abc")
        until_the_report("abc")
        document_caches.forget(after="a stage")
        assert until_the_stage.cache_info().currsize == 0
        assert until_the_report.cache_info().currsize == 1
        document_caches.forget()
        assert until_the_report.cache_info().currsize == 0
    finally:
        for f in (until_the_stage, until_the_report):
            document_caches._CLEARERS.remove(f.cache_clear)
        del document_caches._CLEARERS_AFTER["a stage"]


@pytest.mark.parametrize("text", ["96%", "1.250.000", "Rp 2,5 miliar", "-", "", "2.308 Jiwa", "13,11,00", "(1.250.000)"])
def test_a_cell_typed_with_the_defaults_named_is_typed_as_without(text) -> None:
    # a plain cell is cached by its text alone, a cell with options by them all: one typing
    assert tables.type_cell(text) == tables.type_cell(text, percent=False, letter_scale=False)
    assert tables.type_cell(text) == tables._type_cell(text, False, False)
    assert tables.type_cell(text, percent=True) == tables._type_cell(text, True, False)


def test_a_long_document_s_page_numbers_are_one_object_each() -> None:
    # (ints above 256 are made anew at each sum: every mention of page 300 would hold its own)
    doc = Document(path="x", format="txt", text="x" * 600, page_starts=list(range(600)))
    assert doc.page_at(300) == 301
    assert doc.page_at(300) is doc.page_at(300)
    assert [doc.page_at(k) for k in range(600)] == list(range(1, 601))


def test_a_pdf_s_lines_are_let_go_once_it_is_read() -> None:
    # the reader keeps the pieces of the lines it unpacked last (readers/pdf.py _RECENT) while it
    # reads; the stages after reading never ask for them
    from conftest import ROOT
    from kesos_extract.readers import pdf

    kx.read_document(next((ROOT / "tests" / "fixtures" / "exports").glob("001_*.pdf")))
    assert all(line is None for line in pdf._RECENT.slots)
