"""A chapter that presents several urusan lists each urusan's programs, then restates them under it
with their figures and kegiatan: "b) Pagu dan Realisasi / 1. Program A: pagu Rp ...", "c) Kegiatan /
1. Program A: Penyediaan B dan Pelayanan C;". Each restatement belongs to the list just above it,
not to a same-named program of another urusan (programs._restatement_windows); a restatement may
shorten a name's spelled-out parts to their abbreviations ("KAT dan PMKS Lainnya",
programs._name_pattern); a sentence that goes through the programs clause by clause gives each its
figures ("...; Program B terealisasi Rp ... dari pagu Rp ... atau 96,26 %; sedangkan Program C ...")."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.programs import _name_pattern

LKPJ = """\
URUSAN PEMERINTAHAN BIDANG KESEHATAN

a) Program
Urusan kesehatan dilaksanakan melalui 2 (dua) program, yaitu:
1. Program Pelayanan Administrasi Perkantoran;
2. Program Upaya Kesehatan Masyarakat.

b) Pagu dan Realisasi
1. Program Pelayanan Administrasi Perkantoran: pagu Rp 2.846.300.000, realisasi Rp 2.701.455.120 (94,91 %);
2. Program Upaya Kesehatan Masyarakat: pagu Rp 24.618.750.000, realisasi Rp 22.904.117.350 (93,04 %).

c) Kegiatan
1. Program Pelayanan Administrasi Perkantoran: Penyediaan jasa komunikasi, sumber daya air dan listrik dan Penyediaan jasa kebersihan kantor;
2. Program Upaya Kesehatan Masyarakat: Pemeliharaan dan pemulihan kesehatan dan Penyediaan biaya operasional puskesmas.

URUSAN PEMERINTAHAN BIDANG SOSIAL

a) Program
Urusan sosial dilaksanakan melalui 3 (tiga) program, yaitu:
1. Program Pelayanan Administrasi Perkantoran;
2. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya;
3. Program Pembinaan Anak Terlantar.

b) Pagu dan Realisasi
1. Program Pelayanan Administrasi Perkantoran: pagu Rp 1.386.450.000, realisasi Rp 1.322.905.117 (95,42 %);
2. Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya: pagu Rp 3.105.220.000, realisasi Rp 2.981.004.300 (96,00 %);
3. Program Pembinaan Anak Terlantar: pagu Rp 356.000.000, realisasi Rp 341.260.000 (95,86 %).

c) Kegiatan
1. Program Pelayanan Administrasi Perkantoran: Penyediaan jasa administrasi keuangan dan Penyediaan alat tulis kantor;
2. Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya: Pelatihan keterampilan berusaha bagi keluarga miskin dan Rehabilitasi rumah tidak layak huni bagi keluarga miskin;
3. Program Pembinaan Anak Terlantar: Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar.

URUSAN PEMERINTAHAN BIDANG PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA

a) Program
1. Program Keluarga Berencana;
2. Program Pelayanan Kontrasepsi;
3. Program Pengembangan Model Operasional BKB-Posyandu-PADU.

b) Pagu dan Realisasi
Program Keluarga Berencana terealisasi Rp 1.518.220.000 dari pagu Rp 1.604.000.000 atau 94,65 %; Program Pelayanan Kontrasepsi terealisasi Rp 300.996.500 dari pagu Rp 312.700.000 atau 96,26 %; sedangkan Program Pengembangan Model Operasional BKB-Posyandu-PADU terealisasi Rp 139.080.000 dari pagu Rp 145.000.000 atau 95,92 %.
"""


@pytest.fixture(scope="module")
def report():
    return extract_text(LKPJ)


def test_each_urusan_s_restated_figures_are_its_own(report) -> None:
    assert [(p.name.split(",")[0], p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        ("Program Pelayanan Administrasi Perkantoran", 2_846_300_000, 2_701_455_120, 94.91),
        ("Program Upaya Kesehatan Masyarakat", 24_618_750_000, 22_904_117_350, 93.04),
        ("Program Pelayanan Administrasi Perkantoran", 1_386_450_000, 1_322_905_117, 95.42),
        ("Program Pemberdayaan Fakir Miskin", 3_105_220_000, 2_981_004_300, 96.00),
        ("Program Pembinaan Anak Terlantar", 356_000_000, 341_260_000, 95.86),
        ("Program Keluarga Berencana", 1_604_000_000, 1_518_220_000, 94.65),
        ("Program Pelayanan Kontrasepsi", 312_700_000, 300_996_500, 96.26),
        ("Program Pengembangan Model Operasional BKB-Posyandu-PADU", 145_000_000, 139_080_000, 95.92),
    ]


def test_each_urusan_s_restated_kegiatan_are_its_own(report) -> None:
    assert [[a.name for a in p.activities] for p in report.programs[:5]] == [
        ["Penyediaan jasa komunikasi, sumber daya air dan listrik", "Penyediaan jasa kebersihan kantor"],
        ["Pemeliharaan dan pemulihan kesehatan", "Penyediaan biaya operasional puskesmas"],
        ["Penyediaan jasa administrasi keuangan", "Penyediaan alat tulis kantor"],
        ["Pelatihan keterampilan berusaha bagi keluarga miskin",
         "Rehabilitasi rumah tidak layak huni bagi keluarga miskin"],
        ["Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar"],
    ]


def test_a_restated_list_of_figures_gives_no_kegiatan(report) -> None:
    # ("1. Program A: pagu Rp ..." is no list of kegiatan: "pagu" starts no activity's name)
    names = [a.name for p in report.programs for a in p.activities]
    assert not any("pagu" in n.lower() for n in names)


@pytest.mark.parametrize("written, matches", [
    ("Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya", True),
    ("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan PMKS Lainnya", True),
    ("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
     "Sosial (PMKS) Lainnya", True),
    ("Program Pemberdayaan Fakir Miskin dan PMKS Lainnya", False),
])
def test_a_name_s_spelled_out_parts_may_be_abbreviated(written: str, matches: bool) -> None:
    pattern = _name_pattern("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang "
                            "Masalah Kesejahteraan Sosial (PMKS) Lainnya")
    assert (pattern.fullmatch(written) is not None) is matches


def test_brackets_that_do_not_abbreviate_the_words_before_stay_as_written() -> None:
    # ("(BLT)" after "Bantuan Sosial Tunai" is not its initials: the name must be written out)
    pattern = _name_pattern("Program Bantuan Sosial Tunai (BLT)")
    assert pattern.fullmatch("Program Bantuan Sosial Tunai (BLT)") is not None
    assert pattern.fullmatch("Program BLT") is None
