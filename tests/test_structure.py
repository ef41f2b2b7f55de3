"""Outline, programs and metadata, on a report written for the tests in the style of another
region (fixtures/laporan_kabupaten_sumba.txt: program names that appear in no seed) and on the seeds."""

from __future__ import annotations

import pytest

from conftest import ROOT, SEEDS
from kesos_extract import extract
from kesos_extract.programs import split_enumeration
from kesos_extract.structure import subsection_kind

FIXTURE = ROOT / "tests" / "fixtures" / "laporan_kabupaten_sumba.txt"


@pytest.fixture(scope="module")
def sumba():
    return extract(FIXTURE)


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)


def test_metadata_of_another_region(sumba):
    meta = sumba.report
    assert (meta.type, meta.region, meta.year, meta.agency) == ("LKjIP", "Kabupaten Sumba Timur", 2021, "Dinas Sosial")
    quoted = {k: sumba.text[v.start:v.end] for k, v in meta.evidence.items()}
    assert quoted == {"type": "LAPORAN KINERJA INSTANSI PEMERINTAH", "region": "KABUPATEN SUMBA TIMUR", "year": "TAHUN 2021", "agency": "DINAS SOSIAL"}


@pytest.mark.parametrize("seed,expected", [
    ("001_46945bdb9795494b.txt", ("LKPJ", "Provinsi Jawa Timur", 2011)),
    ("003_ef023881b5c4e780.txt", ("berita", "Kota Bontang", 2020)),
    ("004_0ca9ee8b18b5a3d7.txt", ("LKjIP", "Kabupaten Tegal", 2018)),
])
def test_seed_metadata(seed, expected, seed_reports):
    meta = seed_reports[seed].report
    assert (meta.type, meta.region, meta.year) == expected


@pytest.mark.parametrize("text,region", [
    ("Kepala Dinas Sosial Provinsi Sulawesi Tengah Hasbiah Zaenong menyerahkan bantuan.", "Provinsi Sulawesi Tengah"),
    ("Laporan Dinas Sosial Kabupaten Timor Tengah Selatan Tahun 2022.", "Kabupaten Timor Tengah Selatan"),
    ("Dinas Sosial Kabupaten Hulu Sungai Utara Budi Santoso mengatakan ...", "Kabupaten Hulu Sungai Utara"),
    ("Laporan Dinas Sosial Kabupaten Lima Puluh Kota Tahun 2021.", "Kabupaten Lima Puluh Kota"),
])
def test_region_names_end_where_the_next_name_starts(tmp_path, text, region):
    """A region is one or two words, a third only where it names a part ("Selatan", "Kota"): the
    head of the agency's name after it is no part of it."""
    path = tmp_path / "berita.txt"
    path.write_text(text)
    assert extract(path).report.region == region


def test_programs_of_another_region(sumba):
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in sumba.programs]
    assert got == [
        ("Program Perlindungan Sosial Korban Bencana Alam", 1250000000.0, 1187500000.0, 95.0),
        ("Program Pemberdayaan Perempuan Rawan Sosial Ekonomi", 25570000000.0, 25000000000.0, 97.77),
        ("Program Pelayanan Lanjut Usia Terlantar", 640000000.0, 600000000.0, 95.75),
    ]
    first = sumba.programs[0]
    assert first.stated_activity_count == 3
    assert [a.name for a in first.activities] == ["Penyediaan Makanan Siap Saji", "Pendistribusian Tenda Darurat",
                                                  "Pelatihan Relawan Tanggap Darurat"]
    for p in sumba.programs:
        span = p.budget.pagu_span
        assert span is not None and "Rp" in sumba.text[span.start:span.end]
        assert sumba.text[p.start:p.end].startswith(f"{sumba.programs.index(p) + 1}. Program")


def test_outline_of_another_region(sumba):
    nodes = list(_walk(sumba.sections))
    assert [n.kind for n in nodes if n.kind != "subsection"] == ["chapter", "urusan", "program", "program", "program"]
    programs = [n for n in nodes if n.kind == "program"]
    assert [[c.subsection_kind for c in p.children] for p in programs] == [
        ["tujuan", "pagu_realisasi", "hasil"], ["sasaran", "pagu_realisasi", "hasil"], ["pagu_realisasi"]]
    for n in nodes:
        assert n.start < n.end <= len(sumba.text)
        for c in n.children:
            assert n.start <= c.start and c.end <= n.end


@pytest.mark.parametrize("title,kind", [
    ("Tujuan", "tujuan"), ("Sasaran", "sasaran"), ("Pagu dan Realisasi Program", "pagu_realisasi"),
    ("Hasil / Outcome PelaksanaanPembangunan", "hasil"), ("Hasil Pelaksanaan Pembangunan", "hasil"),
    ("Permasalahan dan Solusi", "permasalahan"), ("Upaya Pemecahan Permasalahan", "solusi"),
    ("Solusi", "solusi"), ("Capaian Kinerja", "capaian"), ("Penghargaan", "other")])
def test_subsection_kind(title, kind):
    assert subsection_kind(title) == kind


SPLITS = [
    ("Pemberdayaan Karang Taruna, Penghargaan Bagi Pahlawan, Perintis Kemerdekaan, dan Pejuang",
     ["Pemberdayaan Karang Taruna", "Penghargaan Bagi Pahlawan, Perintis Kemerdekaan, dan Pejuang"]),
    ("Operasional Rumah Singgah, Rehabilitasi Sosial Anak dan Rehabilitasi Sosial Lanjut Usia",
     ["Operasional Rumah Singgah", "Rehabilitasi Sosial Anak", "Rehabilitasi Sosial Lanjut Usia"]),
    ("Fasilitasi Manajemen Usaha, Verifikasi dan Validasi Data Terpadu",
     ["Fasilitasi Manajemen Usaha", "Verifikasi dan Validasi Data Terpadu"]),
    ("Pembinaan PUB dan UGB; Penanganan Korban Tindak kekerasan dan Perlakuan Salah; dan Penanganan Orang Terlantar",
     ["Pembinaan PUB dan UGB", "Penanganan Korban Tindak kekerasan dan Perlakuan Salah", "Penanganan Orang Terlantar"]),
]


@pytest.mark.parametrize("text,names", SPLITS, ids=[s[0][:40] for s in SPLITS])
def test_split_enumeration(text, names):
    assert [text[s:e] for s, e in split_enumeration(text)] == names


@pytest.mark.parametrize("seed", SEEDS)
def test_every_program_and_activity_quotes_its_span(seed, seed_reports):
    r = seed_reports[seed]
    for p in r.programs:
        assert r.text[p.start:p.end].strip()
        for a in p.activities:
            assert " ".join(r.text[a.start:a.end].split()).strip(" ;,.") == a.name


def test_lettered_program_list():
    from kesos_extract import extract_text

    report = extract_text("B. PROGRAM DAN KEGIATAN\n\na. Program Pemberdayaan Sosial\nProgram ini dengan pagu sebesar "
                          "Rp 500.000.000 terealisasi Rp 450.000.000 (90%).\n\nb. Program Rehabilitasi Sosial\n"
                          "Program ini dengan pagu sebesar Rp 300.000.000 terealisasi Rp 300.000.000 (100%).\n")
    assert [(p.name, p.budget.percent) for p in report.programs] == [
        ("Program Pemberdayaan Sosial", 90.0), ("Program Rehabilitasi Sosial", 100.0)]
    assert [s.label for s in _walk(report.sections) if s.kind == "program"] == ["a.", "b."]


def test_enumeration_with_numbered_items_and_a_comma_before_yaitu():
    from kesos_extract import extract_text

    report = extract_text(
        "1. Program Rehabilitasi Sosial\nProgram ini terdiri dari 3 kegiatan, yaitu: (1) Pelayanan Sosial Lanjut Usia; "
        "(2) Rehabilitasi Sosial Anak Jalanan; (3) Pemulangan Orang Terlantar.\n\n2. Program Perlindungan Sosial\n"
        "Program ini didukung oleh 2 kegiatan yaitu Penyaluran Bantuan Sosial dan Pendataan Keluarga Miskin.\n")
    assert [(p.stated_activity_count, [a.name for a in p.activities]) for p in report.programs] == [
        (3, ["Pelayanan Sosial Lanjut Usia", "Rehabilitasi Sosial Anak Jalanan", "Pemulangan Orang Terlantar"]),
        (2, ["Penyaluran Bantuan Sosial", "Pendataan Keluarga Miskin"])]
    for p in report.programs:
        for a in p.activities:
            assert report.text[a.start:a.end] == a.name


URUSAN_LETTERS_AFTER_PROGRAMS = """URUSAN SOSIAL

Urusan sosial dilaksanakan oleh Dinas Sosial melalui 2 program pokok, sebagai berikut:

1) Program Perlindungan Anak Terlantar, dilaksanakan melalui kegiatan Pendataan Anak Terlantar dan Pemberian Bantuan Anak Terlantar.

2) Program Pemulihan Korban Bencana, dilaksanakan melalui kegiatan Penyediaan Hunian Sementara.

b) Realisasi Pelaksanaan Program dan Kegiatan

Alokasi dana urusan sosial sebesar Rp.1.000.000.000,00 dengan realisasi Rp.900.000.000,00 atau 90,00%.

c) Permasalahan dan Solusi

Keterbatasan tenaga pendamping.
"""

PROGRAMS_WITH_OWN_LETTERS = """1) Program Perlindungan Anak Terlantar

a) Tujuan

Melindungi anak terlantar.

b) Pagu dan Realisasi

Pagu sebesar Rp.500.000.000,00 terealisasi Rp.450.000.000,00.

2) Program Pemulihan Korban Bencana

a) Tujuan

Memulihkan korban bencana.

b) Pagu dan Realisasi

Pagu sebesar Rp.300.000.000,00 terealisasi Rp.300.000.000,00.
"""


def test_letters_going_on_after_the_programs_are_not_the_last_programs():
    """"b)" after the last program, with no "a)" in that program, continues the urusan's own
    list (whose "a)" held the program list): it stands beside the programs, not inside one."""
    from kesos_extract import extract_text

    (urusan,) = extract_text(URUSAN_LETTERS_AFTER_PROGRAMS).sections
    assert [(s.kind, s.label, s.subsection_kind, len(s.children)) for s in urusan.children] == [
        ("program", "1)", None, 0), ("program", "2)", None, 0),
        ("subsection", "b)", "pagu_realisasi", 0), ("subsection", "c)", "permasalahan", 0)]


def test_a_programs_own_letters_stay_inside_it():
    from kesos_extract import extract_text

    programs = extract_text(PROGRAMS_WITH_OWN_LETTERS).sections
    assert [[c.label for c in p.children] for p in programs] == [["a)", "b)"], ["a)", "b)"]]


LKPJ_CHAPTER = """BAB IV
PENYELENGGARAAN URUSAN PEMERINTAHAN DAERAH

4.1.6 Urusan Sosial

a. Program Rehabilitasi Sosial
1) Tujuan: meningkatkan kemampuan PMKS.
2) Sasaran: terlayaninya 300 PMKS.
3) Anggaran dan Realisasi: pagu Rp 900.000.000, realisasi Rp 855.000.000 (95%).
4) Permasalahan: keterbatasan sarana prasarana.

b. Program Perlindungan dan Jaminan Sosial
1) Tujuan: memberikan perlindungan sosial.
"""


def test_a_chapter_titled_on_its_next_line_a_numbered_urusan_and_numbered_subsections():
    from kesos_extract import extract_text

    [chapter] = extract_text(LKPJ_CHAPTER).sections
    assert (chapter.label, chapter.title) == ("BAB IV", "PENYELENGGARAAN URUSAN PEMERINTAHAN DAERAH")
    [urusan] = chapter.children
    assert (urusan.kind, urusan.label, urusan.title) == ("urusan", "4.1.6", "Urusan Sosial")
    assert [(p.kind, p.title) for p in urusan.children] == [
        ("program", "Program Rehabilitasi Sosial"), ("program", "Program Perlindungan dan Jaminan Sosial")]
    assert [s.subsection_kind for s in urusan.children[0].children] == ["tujuan", "sasaran", "pagu_realisasi", "permasalahan"]
    assert [s.subsection_kind for s in urusan.children[1].children] == ["tujuan"]
