"""A list of figures under a line naming their order ("Realisasi per OPD (realisasi / pagu /
persen):"), its items Word paragraphs or a PDF's lines read as paragraphs: the document's text
parts them with one blank line, which is no end of the list (claims.ClaimFinder._list_intro).
Before, every item's claim was lost (tests/fixtures/probes2/probe_hearings.docx and .pdf, passage
119). Written in the register of DPRD hearing news; answers by hand: 8,9/12,4 = 71,77%; 142,6/165
= 86,42%; 3,1/4 = 77,5%."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

ITEMS = ["- Dinas Sosial: Rp 8,9 M / Rp 12,4 M / {p}%", "- Dinas Kesehatan: Rp 142,6 M / Rp 165 M / 86,42%",
         "- Dinas Pendidikan: Rp 3,1 M / Rp 4 M / 77,50%"]


def _claims(text: str) -> list[tuple]:
    return sorted((c.check, c.verdict, c.stated, c.operands["numerator"], c.operands["denominator"])
                  for c in extract_text(text).checks)


def _list(intro: str, sep: str, p: str = "71,77") -> str:
    return "Rapat kerja Komisi IV DPRD membahas serapan anggaran.\n\n" + intro + sep + sep.join(
        item.format(p=p) for item in ITEMS) + "\n\nRapat ditutup pukul 15.00.\n"


# ("lines": a control, the same list a line an item, read before too)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["lines", "paragraphs"])
def test_a_list_under_a_line_naming_its_order(sep: str) -> None:
    assert _claims(_list("Realisasi per OPD (realisasi / pagu / persen):", sep)) == [
        ("budget_percent", "consistent", 71.77, 8.9e9, 12.4e9), ("budget_percent", "consistent", 77.5, 3.1e9, 4e9),
        ("budget_percent", "consistent", 86.42, 142.6e9, 165e9)]


def test_a_list_under_a_line_naming_its_order_keeps_the_planted_slip() -> None:
    got = [c for c in _claims(_list("Realisasi per OPD (realisasi / pagu / persen):", "\n\n", p="77,71")) if c[1] == "mismatch"]
    assert got == [("budget_percent", "mismatch", 77.71, 8.9e9, 12.4e9)]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["lines", "paragraphs"])
def test_a_list_whose_order_no_line_names_is_not_judged_against_its_figures(sep: str) -> None:
    # a control: "Serapan per OPD:" names no order; the items' second amount the larger, the
    # reports' order (pagu first) does not fit, and no verdict is given
    assert [c for c in _claims(_list("Serapan per OPD:", sep)) if c[1] == "mismatch"] == []


def test_a_line_naming_an_order_two_paragraphs_above_is_not_the_list_s() -> None:
    # a control: a paragraph between the line and the list
    text = ("Realisasi per OPD (realisasi / pagu / persen):\n\nData dihimpun oleh Bappeda dari laporan OPD.\n\n"
            + "\n\n".join(item.format(p="77,71") for item in ITEMS) + "\n")
    assert [c for c in _claims(text) if c[1] == "mismatch"] == []
