"""The audit of a text and of its PDF and Word exports is the same (tests/fixtures/phrasings/):
the export must not lose a check by breaking paragraphs into lines or running two together."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract

HERE = Path(__file__).parent / "fixtures" / "phrasings"


def _checks(path: Path) -> list[tuple]:
    return sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in extract(path).checks)


@pytest.fixture(scope="module")
def from_text() -> list[tuple]:
    return _checks(HERE / "phrasings.txt")


def test_the_text_has_its_planted_slips(from_text):
    mismatches = [c for c in from_text if c[1] == "mismatch"]
    assert len(from_text) >= 60 and len(mismatches) >= 10


@pytest.mark.parametrize("export", ["phrasings.pdf", "phrasings.docx"])
def test_an_export_gives_the_text_s_audit(from_text, export):
    assert _checks(HERE / export) == from_text


# More texts, each made of the probe passages of a test module, exported the same way: news-style
# claims (claims.txt: a blank line between short paragraphs, most of them one or two lines in the
# PDF), the audit cases of test_audit_phrasings (cases.txt) and the cell-per-line and flattened
# tables of test_flattened_tables (cells.txt). In claims.pdf the lines of a paragraph touch, so
# the only gaps between lines are the skipped lines between paragraphs: a paragraph whose last
# line is full must still end there, or its whole is taken for the next one's (a false alarm).
MORE = ["claims", "cases", "cells"]


def _programs(path: Path) -> list[tuple]:
    return [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, tuple(a.name for a in p.activities))
            for p in extract(path).programs]


@pytest.mark.parametrize("name", MORE)
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_more_exports_give_the_text_s_result(name, suffix):
    text, export = extract(HERE / f"{name}.txt"), extract(HERE / f"{name}{suffix}")
    key = lambda r: sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in r.checks)  # noqa: E731
    assert key(export) == key(text)
    assert _programs(HERE / f"{name}{suffix}") == _programs(HERE / f"{name}.txt")
    assert len(export.tables) == len(text.tables)


def test_a_full_last_line_before_a_skipped_line_ends_the_paragraph():
    checks = extract(HERE / "claims.pdf").checks
    assert not [c for c in checks if c.verdict == "mismatch" and c.operands.get("denominator") == 15e9]
