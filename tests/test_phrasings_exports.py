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
