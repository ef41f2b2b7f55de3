"""Golden JSON for whole documents: each seed's report must come out exactly as last approved.

A change that alters the output shows up here as a diff to review. To approve new output,
regenerate the files and review the diff in git before committing:

    KESOS_UPDATE_GOLDEN=1 pytest tests/test_golden.py

The flag must never be set in CI (tested below), or CI would approve whatever it produced.
"""

from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("KESOS_UPDATE_GOLDEN") == "1"


def _as_golden(report) -> dict:
    data = json.loads(report.model_dump_json())
    data["source"]["path"] = data["source"]["path"].replace(str(ROOT) + os.sep, "")
    data.pop("text")  # the text is checked through its sha256 and the spans; it would double the files
    return data


def test_update_flag_is_off_in_ci():
    assert not (os.environ.get("CI") and UPDATE), "KESOS_UPDATE_GOLDEN must not be set in CI"


@pytest.mark.parametrize("seed", SEEDS)
def test_report_matches_golden(seed, seed_reports):
    path = GOLDEN / f"{seed.rsplit('.', 1)[0]}.json"
    got = _as_golden(seed_reports[seed])
    if UPDATE:
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"{path.name} missing: run KESOS_UPDATE_GOLDEN=1 pytest tests/test_golden.py"
    expected = json.loads(path.read_text(encoding="utf-8"))
    for key in expected:
        assert got[key] == expected[key], f"{seed}: '{key}' differs from {path.name}"
    assert set(got) == set(expected)
