"""Shared fixtures: where the bundled corpus and the gold answers are."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# the tests keep no compiled patterns in the user's cache directory (regex_cache.py), nor do the
# command-line runs they start; tests/test_regex_cache.py turns it on in a temporary directory
os.environ["KESOS_CACHE_DIR"] = "off"

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = sorted(p.name for p in CORPUS.glob("*.txt"))


def gold(seed: str, kind: str) -> dict:
    """The gold file ``<seed stem>.<kind>.json`` (claims, programs or tables), or {}."""
    path = GOLD / f"{Path(seed).stem}.{kind}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def checks_by_stated(text: str) -> dict:
    """The checks of a passage by their stated figure: (check, verdict, numerator, denominator)."""
    from kesos_extract import extract_text

    return {c.stated: (c.check, c.verdict, c.operands.get("numerator"), c.operands.get("denominator"))
            for c in extract_text(text).checks}


@pytest.fixture(scope="session")
def seed_reports():
    """Each seed's Report, extracted once per test session."""
    from kesos_extract import extract

    return {seed: extract(CORPUS / seed) for seed in SEEDS}
