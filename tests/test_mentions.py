"""Mentions over the seed reports: evidence invariants and the gold rupiah amounts."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import SEEDS, gold
from kesos_extract import extract_mentions, extract_text

# the seeds whose gold lists every Rp amount of the text, so any other amount is a false find
EXHAUSTIVE_AMOUNTS = {"000_73e443a0bbfd6598.txt", "001_46945bdb9795494b.txt", "003_ef023881b5c4e780.txt"}


@pytest.mark.parametrize("seed", SEEDS)
def test_every_mention_quotes_its_span(seed, seed_reports):
    report = seed_reports[seed]
    assert report.mentions, "a seed report without mentions"
    for m in report.mentions:
        assert report.text[m.start:m.end] == m.text
        assert m.value is not None or m.kind == "amount"


@pytest.mark.parametrize("seed", SEEDS)
def test_gold_rupiah_amounts_are_found(seed, seed_reports):
    expected = Counter(round(v) for v in gold(seed, "claims").get("rupiah_amounts", []))
    found = Counter(round(m.value) for m in seed_reports[seed].mentions if m.kind == "amount" and m.value)
    assert not expected - found, f"missing amounts: {dict(expected - found)}"


@pytest.mark.parametrize("seed", sorted(EXHAUSTIVE_AMOUNTS))
def test_no_amount_that_is_not_an_amount(seed, seed_reports):
    expected = Counter(round(v) for v in gold(seed, "claims").get("rupiah_amounts", []))
    found = Counter(round(m.value) for m in seed_reports[seed].mentions if m.kind == "amount" and m.value)
    assert not found - expected, f"extra amounts: {dict(found - expected)}"


def _one(text, kind):
    ms = [m for m in extract_mentions(text) if m.kind == kind]
    assert len(ms) == 1, ms
    return ms[0]


def test_amount_keeps_raw_text_scale_and_words():
    m = _one("sebesar Rp 25,57 miliar untuk", "amount")
    assert (m.value, m.raw_value, m.scale, m.decimals, m.text) == (25570000000.0, 25.57, 1e9, 2, "Rp 25,57 miliar")
    report = extract_text("**Rp. 4.960.000.000,-** (Empat Milyar Sembilan Ratus Empat Juta Rupiah)")
    m = report.mentions[0]
    assert m.value == 4960000000.0 and m.words_value == 4904000000.0


def test_target_is_one_mention_not_a_target_and_a_count():
    ms = extract_mentions("55 orsos atau 82,08% dari target 67 orsos")
    assert [(m.kind, m.value, m.unit) for m in ms] == [
        ("count", 55.0, "orsos"), ("percentage", 82.08, "%"), ("target", 67.0, "orsos")]


def test_count_units_are_canonical():
    ms = extract_mentions("708 KK/1.632 orang dan 2,308 Jiwa serta 12 org")
    assert [(m.value, m.unit) for m in ms] == [(708.0, "KK"), (1632.0, "orang"), (2308.0, "jiwa"), (12.0, "orang")]


def test_year_is_not_an_amount_or_percentage():
    assert extract_mentions("Laporan Tahun 2012 Provinsi Jawa Timur") == []


def test_extract_text_gives_pages_none_for_plain_text():
    report = extract_text("Program X dengan pagu sebesar Rp. 1.000.000,00 terealisasi 50%")
    assert [m.page for m in report.mentions] == [None, None]


def test_malformed_amount_is_reported_not_guessed():
    report = extract_text("anggaran Rp 106.,250.000 untuk .234 Buku dan 13,11,00 jiwa")
    assert [(m.kind, m.value, m.text) for m in report.mentions] == [("amount", None, "Rp 106.,250.000")]
    [check] = [c for c in report.checks if c.check == "unparseable"]
    assert check.verdict == "unparseable" and check.quote == "Rp 106.,250.000" and check.severity == "warning"
    assert report.text[check.start:check.end] == check.quote
