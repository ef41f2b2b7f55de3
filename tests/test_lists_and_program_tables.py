"""Lists typed with a tab after their marker, and programs whose figures and kegiatan another part
of the report gives (stop 37's probes of Word files and their PDF exports).

- tests/fixtures/make_lettered_lists.py: each "a.<TAB>name" line of a Word file's PDF is a list
  item of its own, a name wrapped under its hanging indent is one item, the paragraph after the
  list is prose; numbered items with their figures ("1.<TAB>Program A: pagu Rp ...") are prose
  in the PDF and in the Word file. Before, the items ran together as the cells of one table row.
- Programs presented in prose take their figures from a budget table that names them later,
  and their kegiatan from the rows under their row in a table of programs and kegiatan; the
  programs of a table take their kegiatan from the sections after it that take them up.
Each case failed before stop 37."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kesos_extract import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from make_lettered_lists import AFTER_LIST, AFTER_SUMMARY, PROGRAMS  # noqa: E402


@pytest.fixture(scope="module", params=["pdf", "docx"])
def report(request):
    return extract(FIXTURES / "lettered_lists" / f"lettered_lists.{request.param}")


def test_each_lettered_line_is_an_item_of_its_program(report):
    assert [(p.name, [a.name for a in p.activities]) for p in report.programs] == \
        [(name, items) for name, (items, _, _, _) in PROGRAMS.items()]


def test_programs_in_prose_take_their_figures_from_the_table_that_names_them(report):
    assert [(p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == \
        [(float(pagu), float(real), float(pct.replace(",", "."))) for _, pagu, real, pct in PROGRAMS.values()]


def test_the_items_and_the_paragraph_after_them_are_lines_of_their_own(report):
    lines = report.text.splitlines()
    # no line holds two items, nor an item and the next heading or paragraph
    assert not [ln for ln in lines if len([c for c in ln.split("\t") if c.strip() in ("a.", "b.", "c.")]) > 1]
    assert sum(ln.strip() == AFTER_LIST for ln in lines) == len(PROGRAMS)
    # the wrapped name is one item
    assert any(ln.rstrip().endswith("serta Gelandangan Pengemis di Luar Panti Sosial") for ln in lines)


def test_numbered_items_with_their_figures_are_lines_of_prose(report):
    # "1.<TAB>Program ...: pagu Rp A,-, realisasi Rp B,- (P %)", wrapped under its hanging indent
    lines = report.text.splitlines()
    for k, (name, (_, pagu, real, pct)) in enumerate(PROGRAMS.items(), 1):
        # (the PDF's "1. A", the Word file's own "1.<TAB>A")
        items = [ln.split(None, 1) for ln in lines if ln.strip()]
        assert any(item[0] == f"{k}." and item[1].startswith(f"{name}:") and item[1].endswith(f"({pct} %)")
                   for item in items if len(item) == 2)
    assert AFTER_SUMMARY in lines
    prose = sorted((c.stated, c.operands["numerator"], c.operands["denominator"]) for c in report.checks
                   if c.check == "budget_percent" and c.verdict == "consistent")
    assert prose == sorted((float(pct.replace(",", ".")), float(real), float(pagu)) for _, pagu, real, pct in PROGRAMS.values())


def test_a_heading_run_into_the_next_sentence_ends_before_program_ini():
    from kesos_extract import extract_text

    text = ("BAB III PELAKSANAAN PROGRAM\n\n1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota Program ini "
            "didukung oleh 2 (dua) kegiatan, yaitu:\na. Administrasi Keuangan Perangkat Daerah\nb. Administrasi Umum "
            "Perangkat Daerah\n\n2. Program Rehabilitasi Sosial\nProgram ini didukung oleh 1 (satu) kegiatan, yaitu:\n"
            "a. Penyediaan Permakanan\n")
    assert [p.name for p in extract_text(text).programs] == [
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Program Rehabilitasi Sosial"]


PROSE_THEN_TABLES = """BAB II PROGRAM

Program yang dilaksanakan Dinas Sosial tahun 2022 adalah:
1. Program Rehabilitasi Sosial
2. Program Penanganan Bencana

BAB III REALISASI

Tabel 3.2 Realisasi Anggaran per Program Tahun 2022
No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tRealisasi (%)
1\tProgram Rehabilitasi Sosial\t1.274.650.000\t1.236.882.900\t97,04
2\tProgram Penanganan Bencana\t386.500.000\t371.940.000\t96,23

Tabel 3.3 Realisasi Anggaran per Program dan Sub Kegiatan Tahun 2022
No\tProgram / Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tRealisasi (%)
\tProgram Rehabilitasi Sosial\t1.274.650.000\t1.236.882.900\t97,04
1\tPenyediaan Permakanan\t874.650.000\t850.000.000\t97,18
2\tPenyediaan Alat Bantu\t400.000.000\t386.882.900\t96,72
\tProgram Penanganan Bencana\t386.500.000\t371.940.000\t96,23
1\tPenyediaan Makanan\t386.500.000\t371.940.000\t96,23
\tJumlah\t1.661.150.000\t1.608.822.900\t96,85
"""


def test_programs_listed_in_prose_take_kegiatan_and_figures_from_the_tables_that_name_them():
    from kesos_extract import extract_text

    programs = extract_text(PROSE_THEN_TABLES).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
            for p in programs] == [
        ("Program Rehabilitasi Sosial", 1274650000.0, 1236882900.0, 97.04, ["Penyediaan Permakanan", "Penyediaan Alat Bantu"]),
        ("Program Penanganan Bencana", 386500000.0, 371940000.0, 96.23, ["Penyediaan Makanan"]),
    ]


def test_a_row_in_thousands_that_writes_its_realisation_in_rupiah(seed_reports):
    # seed 002's Tabel 4.3 "Dalam ribuan rupiah": "Program pembinaan panti asuhan/ panti jompo |
    # 2.108.000 | 2.108.000 | 2.085.764.676 | 98,95 | 100" (the realisation in rupiah; 100 is Fisik (%))
    program = next(p for p in seed_reports["002_0633a098c4ed8db1.txt"].programs if "Panti Jompo" in p.name)
    assert (program.budget.pagu, program.budget.realisasi, program.budget.percent) == (2108000000.0, 2085764676.0, None)


TABLE_THEN_SECTIONS = """Tabel 3.5 Realisasi Anggaran per Program Tahun 2022
No\tProgram\tPagu (Rp)\tRealisasi (Rp)\tCapaian (%)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t9.412.870.000\t8.903.115.262\t94,58
2\tProgram Pemberdayaan Sosial\t1.085.300.000\t1.041.662.500\t95,98
3\tProgram Perlindungan dan Jaminan Sosial\t1.904.920.000\t1.781.853.500\t93,54
4\tProgram Penanganan Bencana\t260.000.000\t246.300.000\t94,73
\tJumlah\t12.663.090.000\t11.972.931.262\t94,55

3.1.3 Realisasi Program dan Kegiatan

Program Pemberdayaan Sosial

Program ini dilaksanakan melalui 2 (dua) kegiatan dengan anggaran Rp 1.085.300.000,00, yaitu:

- Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota;

- Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota, antara lain pembinaan 35 Karang Taruna desa.

Program Perlindungan dan Jaminan Sosial dengan anggaran Rp 1.904.920.000,00 terealisasi Rp 1.781.853.500,00. Kegiatan pada program ini antara lain:

- Pemeliharaan Anak-Anak Terlantar;

- Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota di 331 desa.

Program Penanganan Bencana

Dengan pagu Rp 260.000.000,00, serapan program ini sebesar 94,73% melalui kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota, berupa penyediaan makanan siap saji dan dapur umum.

3.1.4 Permasalahan
"""


def test_a_tables_programs_take_their_kegiatan_from_the_sections_after_it():
    from kesos_extract import extract_text

    acts = {p.name: [a.name for a in p.activities] for p in extract_text(TABLE_THEN_SECTIONS).programs}
    assert acts["Program Pemberdayaan Sosial"] == ["Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota",
                                                   "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]
    assert acts["Program Perlindungan dan Jaminan Sosial"][0] == "Pemeliharaan Anak-Anak Terlantar"
    assert acts["Program Penanganan Bencana"] == ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]


YEARS_AND_REVISIONS = """Tabel 3.1 Realisasi Anggaran per Program (dalam ribuan rupiah)
No\tProgram\tTahun 2021 Anggaran\tTahun 2021 Realisasi\tTahun 2021 %\tTahun 2022 Anggaran\tTahun 2022 Realisasi\tTahun 2022 %
1\tProgram Pemberdayaan Sosial\t329.925\t300.261\t91,01\t312.650\t296.882\t94,96
2\tProgram Rehabilitasi Sosial\t1.344.980\t1.191.707\t88,60\t1.410.675\t1.254.253\t88,91

Tabel 3.2 Realisasi Anggaran per Program (dalam ribuan rupiah)
No\tProgram\tAnggaran Murni\tAnggaran Perubahan\tRealisasi\t%
1\tProgram Perlindungan dan Jaminan Sosial\t2.684.250\t3.046.700\t2.916.130\t95,71
2\tProgram Penanganan Bencana\t512.600\t498.300\t470.894\t94,50
"""


def test_a_programs_row_gives_its_latest_years_and_revised_budget():
    from kesos_extract import extract_text

    years, revisions = YEARS_AND_REVISIONS.split("\n\n")
    # the report's year, the latest of the table's
    budgets = {p.name: (p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(years).programs}
    assert budgets["Program Pemberdayaan Sosial"] == (312650000.0, 296882000.0, 94.96)
    # the realisation's budget, the revised one
    budgets = {p.name: (p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(revisions).programs}
    assert budgets["Program Perlindungan dan Jaminan Sosial"] == (3046700000.0, 2916130000.0, 95.71)


def test_a_kegiatan_list_that_opens_with_a_list_in_its_name():
    from kesos_extract import extract_text

    text = ("1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
            "Program ini mendukung tugas kesekretariatan.\n"
            "- Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\n"
            "- Administrasi Keuangan Perangkat Daerah\n\n"
            "2. Program Rehabilitasi Sosial\nProgram ini dilaksanakan di luar panti.\n"
            "- Rehabilitasi Sosial Dasar Lanjut Usia Terlantar\n")
    acts = {p.name: [a.name for a in p.activities] for p in extract_text(text).programs}
    assert acts["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"] == [
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"]


TABLE_THEN_NUMBERED_SECTIONS = """| No | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---:|---:|---:|
| 1 | Program Pembinaan Anak Terlantar | 415.000.000 | 402.550.000 | 97,00 |
| 2 | PROGRAM PENANGANAN BENCANA 610.000 532.775 77.225 87,34 | 610.000.000 | 532.775.000 | 87,34 |

### B. Uraian per Program

**1) Program Pembinaan Anak Terlantar**

c) Pagu dan Realisasi
Dialokasikan Rp. 415.000.000,00 dan terserap Rp. 402.550.000,00 (97,00%). Kegiatan yang dilaksanakan:
- Pembinaan Anak Terlantar di LKSA;
- Pemulangan Anak Terlantar.

Realisasi anggaran Program Penanganan Bencana sebesar Rp 532.775.000 atau 87,34 persen, digunakan untuk kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota.
"""


def test_numbered_bold_headings_and_sentences_about_a_tables_programs():
    from kesos_extract import extract_text

    programs = extract_text(TABLE_THEN_NUMBERED_SECTIONS).programs
    # a row's figures run into its name are no part of it; "**1) Program A**" heads A's section;
    # "Realisasi anggaran Program B sebesar ..., digunakan untuk kegiatan C" names B's kegiatan
    assert [(p.name, [a.name for a in p.activities]) for p in programs] == [
        ("Program Pembinaan Anak Terlantar", ["Pembinaan Anak Terlantar di LKSA", "Pemulangan Anak Terlantar"]),
        ("PROGRAM PENANGANAN BENCANA", ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])]
