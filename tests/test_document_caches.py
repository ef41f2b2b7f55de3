"""What the stages cache of a document's text is let go when its report is made, so a batch
holds no document it is done with (document_caches.py)."""

from __future__ import annotations

from array import array

import pytest

import kesos_extract as kx
from kesos_extract import document_caches, grammar, numbers, segments, structure

TEXT = ("BAB III\nProgram Perlindungan dan Jaminan Sosial dengan pagu anggaran sebesar Rp 1.200.000.000 "
        "dan realisasi sebesar Rp 1.150.000.000 atau 95,83%. Sebanyak 1.250 orang dari target 1.300 orang "
        "atau 96,15%.\n")

CACHES = [segments.segments, numbers.repair_figures, structure._line_starts, structure._all_line_starts,
          structure._group_heading_matches, structure._introducer_matches]


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
