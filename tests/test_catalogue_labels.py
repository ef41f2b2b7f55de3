"""Report names labelled by hand (tests/data/catalogue_labels.csv) against what the matcher says.

The set: every program and activity name the extractor finds in the five seeds, and the program
and kegiatan names written in shared/dev, each with the code it means in the nomenclature of its
report's year or ``none`` (see tests/catalogue_labels.py). The figures printed here are the ones
``benchmarks/measure_match.py`` tabulates over thresholds; run with ``-s`` to see them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest
from click.testing import CliRunner

from catalogue_labels import rows, score, without_aliases
from conftest import SEEDS
from kesos_extract.catalogue import DEFAULT_CUTOFF
from kesos_extract.cli import cli


def test_the_labelled_set_is_large_and_real():
    data = rows()
    assert len({(r.seen_in, r.level, r.name) for r in data}) == len(data) >= 150
    assert {r.seen_in for r in data} >= set(SEEDS)
    dev = {r.seen_in for r in data} - set(SEEDS)
    assert len(dev) >= 4 and all(re.fullmatch(r"\d\d_[a-z0-9-]+\.txt", f) for f in dev)  # shared/dev files
    assert sum(r.code is not None for r in data) >= 100 and sum(r.code is None for r in data) >= 100


def _report(label: str, s) -> None:
    print(f"\n{label}: top-1 accuracy {s.accuracy:.3f} ({s.correct}/{s.n}), precision {s.precision:.3f}, "
          f"recall {s.recall:.3f} at cutoff {DEFAULT_CUTOFF}")
    for row, got in s.wrong:
        print(f"  {row.seen_in} {row.name!r}: labelled {row.code}, got {got}")


def test_top1_accuracy_and_no_wrong_code_above_the_cutoff():
    s = score()
    _report("with aliases", s)
    assert s.accuracy >= 0.95
    wrong_codes = [(r.name, r.code, got) for r, got in s.wrong if got is not None]
    assert wrong_codes == []


def test_without_the_aliases_too():
    """The aliases come from these reports, so the figure without them is the honest one."""
    with without_aliases():
        s = score()
    _report("without aliases", s)
    assert s.accuracy >= 0.95
    assert [(r.name, got) for r, got in s.wrong if got is not None] == []


def test_a_lower_cutoff_would_give_wrong_codes():
    """The cutoff is not lower than it must be: at 84 the set already gets a wrong code."""
    s = score(score_cutoff=84)
    assert any(got is not None for _, got in s.wrong)


def _program_spellings() -> dict[str, set[str]]:
    spellings: dict[str, set[str]] = defaultdict(set)
    for r in rows():
        if r.level == "program" and r.code:
            spellings[r.code].add(r.name)
    return spellings


def test_cli_one_code_per_program_however_spelled():
    spellings = _program_spellings()
    assert len(spellings) >= 15 and sum(len(v) > 1 for v in spellings.values()) >= 6
    names = sorted({n for v in spellings.values() for n in v})
    result = CliRunner().invoke(cli, ["match", "--json", "--level", "program", *names])
    assert result.exit_code == 0, result.output
    got = {o["query"]: o for o in json.loads(result.stdout)}
    assert set(got) == set(names)
    for o in got.values():
        assert set(o) >= {"query", "code", "name", "score", "regulation", "candidates"}
    for code, names_of_code in spellings.items():
        assert {got[n]["code"] for n in names_of_code} == {code}, (code, names_of_code)
    # and different programs to different codes
    by_code = {got[n]["code"] for n in names}
    assert len(by_code) == len(spellings)


def test_cli_json_no_match_has_candidates():
    result = CliRunner().invoke(cli, ["match", "--json", "--year", "2012", "--level", "program",
                                      "Program Pemberdayaan Sosial"])
    [o] = json.loads(result.stdout)
    assert o["code"] is None and o["reason"] == "below_cutoff" and o["candidates"]
    assert o["candidates"][0]["score"] < DEFAULT_CUTOFF


def test_cli_unknown_program_is_a_usage_error():
    result = CliRunner().invoke(cli, ["match", "--program", "9.99", "Penyediaan alat tulis kantor"])
    assert result.exit_code == 2 and "not a program code" in result.output


def test_cli_program_option_decides_a_shared_kegiatan_name():
    result = CliRunner().invoke(cli, ["match", "--json", "--program", "1.13.19", "Monitoring, evaluasi dan pelaporan"])
    assert json.loads(result.stdout)[0]["code"] == "1.13.19.06"


def test_cli_text_output():
    result = CliRunner().invoke(cli, ["match", "--level", "program", "Program pembinaan anak terlantar", "Laporan"])
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["Program pembinaan anak terlantar", "1.13.17", "100.0"]
    assert "no match: below cutoff" in lines[1]


@pytest.mark.parametrize("seed", SEEDS)
def test_extract_json_carries_the_labelled_codes(seed, seed_reports):
    """Every program and activity of a seed's extract JSON has the code of its label."""
    labels = {(r.level, r.name): r.code for r in rows() if r.seen_in == seed}
    report = json.loads(seed_reports[seed].model_dump_json())
    checked = 0
    for p in report["programs"]:
        items = [("program", p)] + [("activity", a) for a in p["activities"]]
        for level, item in items:
            if (level, item["name"]) not in labels:
                continue
            cat = item["catalogue"]
            assert (cat["code"] if cat else None) == labels[(level, item["name"])], item["name"]
            if cat:
                assert set(cat) >= {"code", "name", "score"} and cat["score"] >= DEFAULT_CUTOFF
            checked += 1
    assert checked >= min(len(labels), 5)
