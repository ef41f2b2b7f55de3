"""What pypdf (and plain pdftotext) make of a report's PDF: a line of the page each, a table's row
flattened into one line of words and figures ("14. Kelompok Minoritas 55 Jiwa Jiwa 55 Jiwa 100")."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

PROGRAMS = """\
1) Program Pemberdayaan Sosial
a) Pagu dan Realisasi: pagu Rp 1.000.000.000 terealisasi Rp 900.000.000 (90%).
2) Program Rehabilitasi Sosial
a) Pagu dan Realisasi: pagu Rp 2.000.000.000 terealisasi Rp 1.900.000.000 (95%).
3) Program Perlindungan dan Jaminan Sosial
a) Pagu dan Realisasi: pagu Rp 500.000.000 terealisasi Rp 450.000.000 (90%).
4) Program Penanganan Bencana
a) Pagu dan Realisasi: pagu Rp 400.000.000 terealisasi Rp 360.000.000 (90%).
"""
PROSE = "Data PMKS yang diberikan pelayanan tahun 2015 disajikan sebagai berikut.\n" * 20
TABLE = """\
No. Jenis PMKS Jumlah Yang sudah diberikan pelayanan %
1) Anak balita terlantar 2,308 Jiwa Jiwa 0 2,308 Jiwa 100
2) Anak Terlantar 109,901 Jiwa 10,101 Jiwa 9,19 99,800 Jiwa 90,81
3) Anak Nakal/ABH 1,109 Jiwa 250 Jiwa 22,54 859 Jiwa 77,46
4) Anak Jalanan 3,286 Jiwa Jiwa 0 3,286 Jiwa 100
5) Kelompok Minoritas 55 Jiwa Jiwa 55 Jiwa 100
6) Tuna Susila 93 Jiwa 50 Jiwa 53,76 43 Jiwa 46,24
7) Gelandangan 298 Jiwa 53 Jiwa 17,79 245 Jiwa 82,21
8) Pengemis 117 Jiwa 50 Jiwa 42,74 67 Jiwa 57,26
"""


@pytest.mark.parametrize("table", [TABLE, ""], ids=["with a flattened table after", "alone"])
def test_flattened_table_rows_continue_no_program_list(table):
    """A table's numbered rows read as list items ("4) Anak Jalanan 3,286 Jiwa ...") continued the
    program list that ended items before and made it no program list (pypdf's text of seed 002:
    its 13 programs lost)."""
    report = extract_text(PROGRAMS + PROSE + table)
    assert [p.name for p in report.programs] == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial",
                                                 "Program Perlindungan dan Jaminan Sosial", "Program Penanganan Bencana"]


def test_pypdf_text_of_a_seed_gives_its_programs():
    """pypdf's text of seed 002's PDF (tests/fixtures/make_pypdf.py): its PMKS tables' rows, read
    as numbered lines, continued its list of 13 programs and made it none (4 programs were found)."""
    from conftest import ROOT, gold
    from score_gold import score_programs
    from kesos_extract import extract

    seed = "002_0633a098c4ed8db1"
    out = extract(ROOT / "tests" / "fixtures" / "pypdf" / f"{seed}.txt").model_dump(mode="json")
    res = score_programs(gold(f"{seed}.txt", "programs"), out)
    assert res["programs_found"] == res["programs_total"] == 13 and res["programs_extra"] == 0


@pytest.mark.parametrize("page_break", ["\n\f", "\n\n\f", "\n\n\n\f"])
@pytest.mark.parametrize("stated, verdict", [("1,33", "consistent"), ("1,34", "mismatch")])
def test_a_sentence_over_a_page_break(page_break, stated, verdict):
    """Plain pdftotext leaves a blank line before a page's form feed: a sentence going on over the
    break ("sedangkan 15" / "anak atau 1,34%") is still one sentence (seed 000's slip was lost)."""
    text = (f"Pelayanan tetirah anak telah memberikan pelayanan terhadap 1.128 anak, sedangkan 15{page_break}"
            f"anak atau {stated}% memerlukan penanganan lebih lanjut.\n")
    checks = [c for c in extract_text(text).checks if c.check.endswith("percent")]
    assert [(c.verdict, c.operands["numerator"], c.operands["denominator"]) for c in checks] == [(verdict, 15, 1128)]


@pytest.mark.parametrize("name", ["002_0633a098c4ed8db1.pymupdf.txt"])
def test_pymupdf_text_of_a_seed_gives_its_programs(name):
    """PyMuPDF's text of seed 002's PDF: the PMKS rows, a cell a line ("13." / "Pemulung" /
    "310 Jiwa" ...), ran on its list of 13 programs and made it none."""
    from conftest import ROOT, gold
    from score_gold import score_programs
    from kesos_extract import extract

    out = extract(ROOT / "tests" / "fixtures" / "pypdf" / name).model_dump(mode="json")
    res = score_programs(gold("002_0633a098c4ed8db1.txt", "programs"), out)
    assert res["programs_found"] == res["programs_total"] == 13 and res["programs_extra"] == 0
