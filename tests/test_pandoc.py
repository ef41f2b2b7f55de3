"""Reports converted to text by pandoc, and tables drawn with rules in text (readers/ruled.py).

tests/fixtures/pandoc holds pandoc's markdown and reStructuredText of the seeds' Word renditions
(real Word tables; made by tests/fixtures/make_pandoc.py). Read as they are, they give what the
seeds' text gives: every gold claim, word amount, program and table check, and no alarm the
text does not raise. Before readers/ruled.py and the markdown unescaping of normalise.py they
gave, over the five seeds, 3 (markdown) and 2 (rst) of the 41 gold table checks, 37 and 27 of the
47 programs, 18 of the 60 activities (markdown), and 19 extra programs (markdown).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, gold
from score_gold import score_claims, score_programs, score_tables

PANDOC = ROOT / "tests" / "fixtures" / "pandoc"
FLAVOURS = {"markdown": ".md", "rst": ".rst.txt"}


@pytest.fixture(scope="module")
def pandoc_reports():
    from kesos_extract import extract

    return {(seed, fl): extract(PANDOC / f"{Path(seed).stem}{suffix}") for seed in SEEDS for fl, suffix in FLAVOURS.items()}


def _alarms(report) -> Counter:
    return Counter((c.check, round(c.stated, 4) if c.stated is not None else None,
                    round(c.expected, 4) if c.expected is not None else None)
                   for c in report.checks if c.verdict == "mismatch")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("seed", SEEDS)
def test_pandoc_text_gives_the_gold_claims_words_and_amounts(seed, flavour, pandoc_reports):
    res = score_claims(gold(seed, "claims"), pandoc_reports[seed, flavour].model_dump(mode="json"), Path(seed).stem)
    for tag in ("explicit", "implicit", "words", "amounts"):
        right = res[f"{tag}_right"] if tag != "amounts" else res["amounts_found"]
        assert right == res[f"{tag}_total"], f"{tag}: {right}/{res[f'{tag}_total']}"
    assert res["false_alarm"] == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("seed", SEEDS)
def test_pandoc_text_gives_every_gold_program_and_no_other(seed, flavour, pandoc_reports):
    g = gold(seed, "programs")
    if not g:
        pytest.skip("no gold programs")
    res = score_programs(g, pandoc_reports[seed, flavour].model_dump(mode="json"))
    assert res["programs_found"] == res["programs_total"] > 0
    assert res["programs_extra"] == 0
    assert res["budget_right"] == res["budget_total"]
    assert res["activities_found"] == res["activities_total"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_pandoc_text_gives_every_gold_table_check(flavour, pandoc_reports):
    right = total = 0
    for seed in SEEDS:
        g = gold(seed, "tables")
        if g:
            res = score_tables(g, pandoc_reports[seed, flavour].model_dump(mode="json"))
            right += res["table_checks_right"]
            total += res["table_checks_total"]
    assert right == total == 41


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("seed", SEEDS)
def test_pandoc_text_raises_the_alarms_of_the_text_and_no_other(seed, flavour, seed_reports, pandoc_reports):
    text, converted = _alarms(seed_reports[seed]), _alarms(pandoc_reports[seed, flavour])
    assert not converted - text, f"alarms not raised on the text: {sorted((converted - text).elements())}"
    assert not text - converted, f"text alarms lost: {sorted((text - converted).elements())}"


# (seed 003's last table, cells one per line and a paragraph each in pandoc's text, ends at the
# web page's leftovers after it, "spot_img...": readers/flattened.py)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("seed", SEEDS)
def test_pandoc_text_has_the_tables_of_the_word_file(seed, flavour, pandoc_reports):
    """Every table of the Word file, cell for cell."""
    from kesos_extract import extract

    word = extract(ROOT / "tests" / "fixtures" / "renditions" / f"{Path(seed).stem}.docx")
    got = [[[c.text for c in r] for r in t.rows] for t in pandoc_reports[seed, flavour].tables]
    # every table of the Word file, cell for cell (the text may have more: seed 000's tables typed
    # as lines of text in the Word file are read from pandoc's text as from the seed's)
    for table in word.tables:
        assert [[c.text for c in r] for r in table.rows] in got


def test_a_rst_file_is_read_as_text(tmp_path):
    from kesos_extract import extract

    seed = Path(SEEDS[2]).stem  # 002: its PMKS tables are grid tables in rst
    path = tmp_path / f"{seed}.rst"
    path.write_bytes((PANDOC / f"{seed}.rst.txt").read_bytes())
    report = extract(path)
    assert report.source.format == "txt"
    assert report.tables and report.checks
