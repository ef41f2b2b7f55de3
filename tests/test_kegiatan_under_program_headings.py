"""Kegiatan listed under the headings of a table's programs, as exported PDFs give them: a
heading with the program's code ("1. 1.06.02 Program Pemberdayaan Sosial"), kegiatan lettered
after a paragraph with no colon, and a lettered list restarting under a numbered heading ("1)
Program A:" / "a. B" / "b. C", each line a paragraph of its own). Before, the table's programs
had no kegiatan in all three."""

from __future__ import annotations

from kesos_extract import extract_text

TABLE = """Tabel 3.2.6.1 Realisasi Anggaran Urusan Sosial Tahun 2023

| No | Kode | Program | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|---|
| 1 | 1.06.02 | Program Pemberdayaan Sosial | 661.250.000 | 649.282.300 | 98,19 |
| 2 | 1.06.06 | Program Penanganan Bencana | 1.500.000.000 | 1.379.412.500 | 91,96 |
"""

CODED = """Uraian program dan kegiatan adalah sebagai berikut.

1. 1.06.02 Program Pemberdayaan Sosial
Anggaran Rp. 661.250.000,00, realisasi Rp. 649.282.300,00 (98,19%), dilaksanakan
melalui kegiatan:
a. Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota dengan pagu Rp.
48.500.000,00 dan realisasi Rp. 47.860.000,00;
b. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota
dengan pagu Rp. 612.750.000,00 dan realisasi Rp. 601.422.300,00;
2. 1.06.06 Program Penanganan Bencana
Pagu program ini Rp 1,5 miliar, terealisasi Rp. 1.379.412.500,00 atau 91,96%. Sisa
anggaran merupakan cadangan logistik bencana yang tidak terpakai.
a. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota dengan
pagu Rp. 1.500.000.000,00 dan realisasi Rp. 1.379.412.500,00;

"""


def kegiatan(text: str) -> dict[str, list[str]]:
    return {p.name: [a.name for a in p.activities] for p in extract_text(text).programs}


def test_kegiatan_under_a_heading_with_the_programs_code_and_after_a_paragraph():
    got = kegiatan(CODED + TABLE)
    assert got["Program Pemberdayaan Sosial"] == ["Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota",
                                                  "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]
    assert got["Program Penanganan Bencana"] == ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]


NUMBERED = """Kegiatan yang dilaksanakan pada masing-masing program adalah sebagai berikut:

1) Program Pemberdayaan Sosial:

a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)

b. Pengumpulan Sumbangan dalam Daerah Provinsi dan Kabupaten/Kota

2) Program Penanganan Bencana:

a. Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi

6.3 Capaian Kinerja

Pelayanan dan rehabilitasi sosial di dalam panti diberikan kepada 585 orang.
"""


def test_a_lettered_list_restarting_under_a_numbered_heading_after_the_table():
    got = kegiatan(TABLE + "\n" + NUMBERED)
    assert got["Program Pemberdayaan Sosial"] == ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
                                                  "Pengumpulan Sumbangan dalam Daerah Provinsi dan Kabupaten/Kota"]
    assert got["Program Penanganan Bencana"] == ["Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi"]


def test_the_next_programs_numbered_heading_is_no_kegiatan():
    # control: numbered headings one after another with no list under the first
    text = TABLE + "\n1) Program Pemberdayaan Sosial:\n\n2) Program Penanganan Bencana:\n\na. Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi\n"
    got = kegiatan(text)
    assert got["Program Pemberdayaan Sosial"] == []


SIDE_BY_SIDE = """Program dan kegiatan yang dilaksanakan adalah sebagai berikut:

I. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t• Administrasi Keuangan Perangkat Daerah\t• Administrasi Umum Perangkat Daerah
II. Program Rehabilitasi Sosial\t• Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia\tTerlantar, serta Gelandangan Pengemis di Luar Panti Sosial
III. Program Penanganan Bencana\t• Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota
Dari sisi pendanaan, Dinas Sosial memperoleh alokasi belanja sebesar Rp. 11.482.650.000,00 yang bersumber dari APBD.\tTabel 4 Rekapitulasi
"""


def test_a_heading_and_its_bullets_read_side_by_side_as_one_row():
    # (a browser-printed PDF's bold heading with its bulleted list under it, the bullets' indent
    # read as cells; a paragraph after them was taken for the last program's kegiatan)
    got = kegiatan(SIDE_BY_SIDE)
    assert got["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"] == [
        "Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah"]
    assert got["Program Rehabilitasi Sosial"] == [
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
        "Gelandangan Pengemis di Luar Panti Sosial"]
    assert got["Program Penanganan Bencana"] == ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]
