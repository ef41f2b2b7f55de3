"""A whole HTML page is read as a browser shows it (normalise.py): its source's line breaks are
spaces and its empty paragraphs only space the others apart. tests/fixtures/html holds
LibreOffice's HTML of three seeds' Word renditions (make_html.py); before, seed 001's (a line a
paragraph, an empty paragraph between) lost 3 of its 7 explicit claims and 3 of its amounts."""

from __future__ import annotations

import pytest

from conftest import ROOT, gold
from score_gold import score_claims, score_programs
from kesos_extract import extract, extract_text
from kesos_extract.normalise import normalise_text

HTML = sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))


@pytest.mark.parametrize("path", HTML, ids=lambda p: p.stem)
def test_html_page_gives_the_gold_of_its_seed(path):
    seed = f"{path.stem}.txt"
    out = extract(path).model_dump(mode="json")
    res = score_claims(gold(seed, "claims"), out, seed)
    for tag in ("explicit", "implicit", "words"):
        assert res[f"{tag}_right"] == res[f"{tag}_total"], tag
    assert res["amounts_found"] == res["amounts_total"] and res["false_alarm"] == 0
    programs = score_programs(gold(seed, "programs"), out)
    assert programs["programs_found"] == programs["programs_total"] and programs["programs_extra"] == 0


PAGE = ("<!DOCTYPE html>\n<html><head><title>LKPJ</title></head><body>\n"
        "<p style=\"margin-bottom: 0.14in\">Program penanggulangan bencana dengan total anggaran sebesar Rp.\n"
        "1.560.000.000,- dengan realisasi Rp.</p>\n<p style=\"margin-bottom: 0.14in\"><br/>\n<br/>\n\n</p>\n"
        "<p>1.547.456.750,- ({p}) secara\nrinci per kegiatan.</p>\n<pre>No  Kegiatan\n1   Evakuasi</pre>\n</body></html>\n")


@pytest.mark.parametrize("stated, slip", [("99,20%", False), ("98,20%", True)])
def test_a_claim_wrapped_in_the_pages_source_is_judged(stated, slip):
    [check] = [c for c in extract_text(PAGE.format(p=stated)).checks if c.check == "budget_percent"]
    assert check.verdict == ("mismatch" if slip else "consistent")


def test_page_lines_come_from_tags_and_pre_keeps_its_own():
    text = normalise_text(PAGE.format(p="99,20%"))
    assert "Rp. 1.560.000.000,- dengan realisasi Rp.\n" in text
    assert "\n\n\n" not in text  # the empty paragraph spaces, it adds no lines
    assert "No  Kegiatan\n1   Evakuasi" in text


def test_a_text_with_a_few_tags_keeps_its_line_breaks():
    text = normalise_text("Pagu <b>Rp 5.000.000</b>\nRealisasi Rp 4.000.000\n\n\n\nTabel 1\n")
    assert text == "Pagu Rp 5.000.000\nRealisasi Rp 4.000.000\n\n\n\nTabel 1\n"
