"""Lettered items of prose in a Word file's PDF: each item a paragraph of its own, whatever width
the tab after its letter took ("a. Program ..." then "b.<TAB><TAB>Program ..."), so each program's
sentence states its own figures (readers.tabbed._prose_item). Before, the second item ran on as
the first item's last line, was read as a row of a table, and neither program's figures were
claims.

The fixture, tests/fixtures/pdf_probes/lkpj_2015_lettered_prose_items.pdf, is an LKPJ chapter of
2015 typed with python-docx (each item "x.<TAB>" and its text, justified, indented 0.6 cm, Times
New Roman 12) and saved as PDF by LibreOffice headless; it was written for a held-out test batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract

PDF = Path(__file__).parent / "fixtures" / "pdf_probes" / "lkpj_2015_lettered_prose_items.pdf"

# each lettered item's program and figures, as the report prints them
ITEMS = [
    ("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
     "Sosial (PMKS) Lainnya", 1_126_400_000, 1_098_215_600, 97.50),
    ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 742_500_000, 718_932_000, 96.83),
    ("Program Pembinaan Anak Terlantar", 215_000_000, 209_625_000, 97.50),
    ("Program Pembinaan Para Penyandang Cacat dan Trauma", 168_750_000, 165_318_750, 97.97),
    ("Program Pembinaan Panti Asuhan/Panti Jompo", 310_000_000, 286_471_000, 92.41),
    ("Program Pemberdayaan Kelembagaan Kesejahteraan Sosial", 134_500_000, 129_875_200, 96.56),
]


@pytest.fixture(scope="module")
def report():
    return extract(PDF)


def test_each_item_states_its_program_s_figures(report) -> None:
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == ITEMS


def test_each_item_s_percentage_is_a_claim(report) -> None:
    claims = {(c.operands["numerator"], c.operands["denominator"]) for c in report.checks
              if c.check == "budget_percent" and c.verdict == "consistent"}
    assert {(float(real), float(pagu)) for _, pagu, real, _ in ITEMS} <= claims
