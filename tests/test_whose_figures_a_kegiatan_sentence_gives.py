"""Whose figures a sentence about kegiatan gives, in a program's paragraph: a sentence that lists the
program's kegiatan and then states figures after the last name and a comma gives the program's
(programs._figures_of_the_listed_whole); the sentence after the one naming a program's only kegiatan
gives figures the program shares (programs._only_kegiatan_s_next_sentence); figures inside a
kegiatan's own sentence stay its own. And a kegiatan's name ends before a passive verb and a count
("... dilatih 30 orang": programs._PASSIVE_BEFORE_COUNT)."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

CASES = [
    # FAILED BEFORE: no figures (the sentence opens on "Kegiatan", read as the kegiatan's)
    pytest.param(
        "a. Program Pemberdayaan Kelembagaan Kesejahteraan Sosial\n\n"
        "Kegiatan Peningkatan kualitas SDM kesejahteraan sosial masyarakat dan Peningkatan peran aktif masyarakat "
        "dan dunia usaha, dengan pagu Rp 318.400.000,00 dan realisasi Rp 301.522.800,00 atau 94,69 %.\n\n"
        "b. Program Pembinaan Anak Terlantar\n\n"
        "Pagu Rp 88.600.000,00; realisasi Rp 86.420.000,00 (97,54 %).\n",
        [("Program Pemberdayaan Kelembagaan Kesejahteraan Sosial", 318_400_000, 301_522_800),
         ("Program Pembinaan Anak Terlantar", 88_600_000, 86_420_000)],
        id="two_kegiatan_listed_then_the_whole_s_figures"),
    # FAILED BEFORE: no figures (the line of its only kegiatan)
    pytest.param(
        "Program Pemberdayaan Sosial\n\n"
        "Kegiatan: Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota. Pagu Rp412.000.000,-, "
        "realisasi Rp398.540.000,- (96,73%). Kegiatan ini antara lain memfasilitasi pembinaan Karang Taruna.\n\n"
        "Program Rehabilitasi Sosial\n\n"
        "Kegiatan: Rehabilitasi Sosial Dasar Anak Terlantar. Pagu Rp1.536.100.000,-, realisasi Rp1.490.872.600,- "
        "(97,06%).\n",
        [("Program Pemberdayaan Sosial", 412_000_000, 398_540_000),
         ("Program Rehabilitasi Sosial", 1_536_100_000, 1_490_872_600)],
        id="the_sentence_after_the_only_kegiatan"),
    # (control: the figures in the kegiatan's own sentence are its own)
    pytest.param(
        "1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n"
        "Pagu Rp 100.000.000, realisasi Rp 95.000.000 (95%).\n"
        "2. Program Pembinaan Anak Terlantar\n"
        "Kegiatan: Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar, pagu Rp 60.000.000, "
        "realisasi Rp 57.000.000 (95%).\n",
        [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 100_000_000, 95_000_000),
         ("Program Pembinaan Anak Terlantar", None, None)],
        id="control_the_kegiatan_s_own_sentence"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_whose_figures(text: str, expected: list) -> None:
    report = extract_text(text)
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in report.programs] == expected


def test_a_kegiatan_s_name_ends_before_a_passive_verb_and_a_count() -> None:
    # FAILED BEFORE: "... penyakit sosial dilatih 3"
    report = extract_text(
        "a. Program Pembinaan Eks Penyandang Penyakit Sosial (Eks Narapidana, PSK, Narkoba dan Penyakit Sosial Lainnya)\n\n"
        "Melalui kegiatan Pendidikan dan pelatihan bagi eks penyandang penyakit sosial dilatih 30 orang eks warga "
        "binaan pemasyarakatan. Realisasi Rp 148.935.000,00 dari pagu Rp 156.000.000,00 atau 95,47 %.\n\n"
        "b. Program Pembinaan Para Penyandang Cacat dan Trauma\n\n"
        "Melalui kegiatan Pemberian alat bantu bagi penyandang disabilitas 20 orang menerima kursi roda. "
        "Realisasi Rp 48.000.000,00 dari pagu Rp 50.000.000,00 atau 96,00 %.\n")
    assert [[a.name for a in p.activities] for p in report.programs][0] == [
        "Pendidikan dan pelatihan bagi eks penyandang penyakit sosial"]
    # (a noun in di- is no verb: the name goes on)
    assert all("penyandang disabilitas" in a.name for a in report.programs[1].activities)


def test_a_program_s_name_ends_before_memperoleh_anggaran() -> None:
    # FAILED BEFORE: "Program Pemberdayaan Sosial memperoleh anggaran" as the program's name
    report = extract_text(
        "1. Program Pemberdayaan Sosial memperoleh anggaran Rp. 426.300.000,00 dan terealisasi 96,59% atau sebesar "
        "Rp. 411.783.500,00.\n"
        "2. Program Perlindungan Perempuan menerima alokasi Rp. 286.700.000,00 dan terealisasi 94,50% atau sebesar "
        "Rp. 270.934.000,00.\n")
    assert [(p.name, p.budget.pagu) for p in report.programs] == [
        ("Program Pemberdayaan Sosial", 426_300_000), ("Program Perlindungan Perempuan", 286_700_000)]


def test_programs_set_aside_are_not_presented() -> None:
    # FAILED BEFORE: the two programs in brackets, named only as what the table leaves out, were
    # programs of the report
    report = extract_text(
        "Setelah refocusing, anggaran program urusan sosial (di luar program pelayanan administrasi perkantoran dan "
        "program peningkatan sarana dan prasarana aparatur) dialokasikan sebagai berikut.\n\n"
        "Program Rehabilitasi Sosial dengan pagu Rp 1.250.000.000 terealisasi Rp 1.187.500.000 atau 95%.\n")
    assert [p.name for p in report.programs] == ["Program Rehabilitasi Sosial"]


def test_a_program_s_name_ends_before_yang_mencakup() -> None:
    # FAILED BEFORE: "Program Pemberdayaan Sosial yang mencakup kegiatan Pengumpulan ..." as its name
    report = extract_text(
        "1. Program Rehabilitasi Sosial dengan anggaran Rp1.500.000.000 dan realisasi Rp1.425.000.000.\n"
        "2. Program Pemberdayaan Sosial yang mencakup kegiatan Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota. "
        "Anggaran program ini Rp1.082.400.000 dengan realisasi Rp1.044.916.000.\n")
    assert [p.name for p in report.programs] == ["Program Rehabilitasi Sosial", "Program Pemberdayaan Sosial"]
