"""What a table's row numbers say of its rows: a program numbered "III" is a program row like
"II" (a Roman numeral of three letters was read as the row's label, and program III with its
kegiatan became kegiatan of program II: two false alarms), and rows numbered 1, 2, 3, ... stand
side by side, so a run of them that adds up to the one before is chance, not a group under it
(a Jumlah with a slip was judged against 214 + 1.102, as if the four rows after 1.102 were its
parts because 386 + 97 + 41 + 578 = 1.102)."""

from __future__ import annotations

from kesos_extract import extract_text

ROMAN = """Tabel 3.8 Realisasi Anggaran per Program dan Kegiatan Dinas Sosial Tahun 2023

| No | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---|---|---|---|
| I | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 3.224.358.000 | 3.077.053.728 | 147.304.272 | 95,43 |
| 1 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | 27.850.000 | 24.562.056 | 3.287.944 | 88,19 |
| 2 | Administrasi Keuangan Perangkat Daerah | 3.196.508.000 | 3.052.491.672 | 144.016.328 | 95,49 |
| II | Program Pemberdayaan Sosial | 132.975.000 | 123.800.337 | 9.174.663 | 93,10 |
| 1 | Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota | 132.975.000 | 123.800.337 | 9.174.663 | 93,10 |
| III | Program Rehabilitasi Sosial | 468.320.000 | 412.222.028 | 56.097.972 | 88,02 |
| 1 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 468.320.000 | 412.222.028 | 56.097.972 | 88,02 |
| IV | Program Penanganan Bencana | 87.500.000 | 85.062.725 | 2.437.275 | 97,21 |
| 1 | Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota | 87.500.000 | 85.062.725 | 2.437.275 | 97,21 |
| | JUMLAH | 3.913.153.000 | 3.698.138.818 | 215.014.182 | 94,51 |
"""


def checks(text: str, name: str):
    return [(c.verdict, c.stated, c.expected) for c in extract_text(text).checks if c.check == name]


def test_a_program_numbered_with_three_roman_letters_is_a_program_row():
    assert all(v == "consistent" for v, _, _ in checks(ROMAN, "program_sum"))
    assert ("consistent", 468320000.0, 468320000.0) in checks(ROMAN, "program_sum")
    assert ("consistent", 3913153000.0, 3913153000.0) in checks(ROMAN, "column_total")
    assert all(v == "consistent" for v, _, _ in checks(ROMAN, "column_total"))


NUMBERED = """Tabel 2 Jumlah PPKS yang Memperoleh Pelayanan Menurut Jenisnya Tahun 2023

| No | Jenis PPKS | Jumlah (jiwa) |
|---|---|---|
| 1 | Anak Terlantar | 214 |
| 2 | Lanjut Usia Terlantar | 1.102 |
| 3 | Penyandang Disabilitas Terlantar | 386 |
| 4 | Gelandangan dan Pengemis | 97 |
| 5 | Korban Tindak Kekerasan | 41 |
| 6 | Perempuan Rawan Sosial Ekonomi | 578 |
| | Jumlah | {total} |
"""


def test_numbered_rows_that_happen_to_add_up_to_the_one_before_are_no_group():
    # 214 + 1.102 + 386 + 97 + 41 + 578 = 2.418; written 2.481
    assert checks(NUMBERED.format(total="2.481"), "column_total") == [("mismatch", 2481.0, 2418.0)]
    assert checks(NUMBERED.format(total="2.418"), "column_total") == [("consistent", 2418.0, 2418.0)]


def test_unnumbered_rows_over_their_parts_are_still_a_group():
    # control: a Laporan Realisasi Anggaran's "Belanja Operasi" over its parts, no row numbers,
    # two columns of figures: the total is the group rows' and the rows in no group
    text = """| Uraian | Anggaran | Realisasi |
|---|---|---|
| Belanja Operasi | 9.000.000 | 8.500.000 |
| Belanja Pegawai | 5.000.000 | 4.800.000 |
| Belanja Barang dan Jasa | 3.000.000 | 2.900.000 |
| Belanja Hibah | 1.000.000 | 800.000 |
| Belanja Modal | 1.000.000 | 900.000 |
| Jumlah | 10.000.000 | 9.400.000 |
"""
    assert checks(text, "column_total") == [("consistent", 10000000.0, 10000000.0), ("consistent", 9400000.0, 9400000.0)]
