"""An indicator's formula written as a list ("a. Jumlah PMKS yang memperoleh bantuan sosial : 3.412
jiwa" / "b. Jumlah PMKS yang seharusnya ... : 3.650 jiwa" / "Capaian kinerja : 93,48%"), its items
Word paragraphs or a PDF's lines read as paragraphs: the document's text parts them with blank
lines, and the conclusion is read of the list's items before it, each a paragraph
(claims.ClaimFinder._item_paragraphs_before). Before, the claim was lost
(tests/fixtures/probes2/probe_kinerja.docx and .pdf, passages 22 and 23). Written in the register
of LKjIP chapters; answers by hand: 3.412 / 3.650 = 93,48%; 1.180 / 1.250 = 94,40%."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

FORMULA = """IKK 2.13.1
Persentase PMKS skala kabupaten yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar
Rumus: (Jumlah PMKS yang memperoleh bantuan sosial / Jumlah PMKS yang seharusnya memperoleh bantuan sosial) x 100%
{m1} Jumlah PMKS yang memperoleh bantuan sosial : 3.412 jiwa
{m2} Jumlah PMKS yang seharusnya memperoleh bantuan sosial : 3.650 jiwa
Capaian kinerja : {p}%
Keterangan: data bersumber dari DTKS yang telah diverifikasi dan divalidasi per Desember 2023.
"""


def _as_paragraphs(text: str, before_conclusion: bool) -> str:
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines):
        item = line[:2] in ("a.", "b.", "1)", "2)", "- ")
        conclusion = line.startswith("Capaian") and before_conclusion
        if (item or conclusion) and k:
            out.append("")
        out.append(line)
    return "\n".join(out)


def _claims(text: str) -> list[tuple]:
    return sorted((c.check, c.verdict, c.stated, c.operands.get("numerator"), c.operands.get("denominator"))
                  for c in extract_text(text).checks)


MARKS = [("a.", "b."), ("1)", "2)"), ("-", "-")]


@pytest.mark.parametrize("m1, m2", MARKS)
@pytest.mark.parametrize("before_conclusion", [True, False], ids=["word", "pdf"])
def test_a_formula_s_items_as_paragraphs(m1: str, m2: str, before_conclusion: bool) -> None:
    text = _as_paragraphs(FORMULA.format(m1=m1, m2=m2, p="93,48"), before_conclusion)
    assert _claims(text) == [("share_percent", "consistent", 93.48, 3412.0, 3650.0)]


@pytest.mark.parametrize("before_conclusion", [True, False], ids=["word", "pdf"])
def test_a_formula_s_items_as_paragraphs_keep_the_planted_slip(before_conclusion: bool) -> None:
    text = _as_paragraphs(FORMULA.format(m1="a.", m2="b.", p="94,38"), before_conclusion)
    assert _claims(text) == [("share_percent", "mismatch", 94.38, 3412.0, 3650.0)]


@pytest.mark.parametrize("m1, m2", MARKS)
def test_a_formula_s_items_as_lines(m1: str, m2: str) -> None:
    # a control: the same a line an item, read before too
    assert _claims(FORMULA.format(m1=m1, m2=m2, p="93,48")) == [("share_percent", "consistent", 93.48, 3412.0, 3650.0)]


def test_items_of_other_things_before_a_percentage_give_no_alarm() -> None:
    # a control: items of figures of other units and another percentage before the conclusion
    text = ("Capaian kinerja Dinas Sosial tahun 2023:\n\n- Jumlah LKS yang dibina : 45 lembaga\n\n"
            "- Jumlah PSKS yang aktif : 120 orang\n\n- Persentase panti yang terakreditasi : 60%\n\n"
            "Capaian kinerja : 88,5%\n")
    assert [c for c in _claims(text) if c[1] == "mismatch"] == []


def test_items_each_with_its_percentage_lend_none_to_the_conclusion() -> None:
    # a control: the items' own percentages part them from the conclusion
    text = ("- Realisasi 1.180 KPM : 94,40%\n\n- Target 1.250 KPM : 100%\n\nCapaian kinerja : 90,00%\n")
    assert [c for c in _claims(text) if c[1] == "mismatch" and c[2] == 90.0] == []
