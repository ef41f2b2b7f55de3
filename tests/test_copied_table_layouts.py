"""Tables as users copy them from sites and PDF viewers, read whole:

- a markdown pipe table whose header cells wrap with an HTML line break ("Jumlah<br>(jiwa)");
- a table copied one cell per line whose kegiatan rows are numbered under their program's
  number ("1", "1.1", "1.2", "2", "2.1");
- a table laid out with spaces whose header label runs on past its right-aligned figures
  ("Sisa (Rp)" over "361.326.383", then "%" over "94,74").
"""

from __future__ import annotations

from collections import Counter

from kesos_extract import extract_text


def kinds(text: str) -> Counter:
    return Counter((c.check, c.verdict) for c in extract_text(text).checks)


PIPE_WITH_BREAKS = """**Tabel 3. Penanganan PMKS Tahun 2022**

| No | Jenis PMKS | Jumlah<br>(jiwa) | Ditangani<br>(jiwa) | Belum<br>Ditangani | %<br/>Ditangani |
|:--:|------------|-----:|-----:|-----:|-----:|
| 1 | Anak Terlantar | 500 | 200 | 300 | 40,00 |
| 2 | Lanjut Usia Terlantar | 1.200 | 300 | 900 | 25,00 |
| 3 | Fakir Miskin | 8.000 | 2.000 | {rest} | 25,00 |
"""


def test_a_break_in_a_pipe_table_header_keeps_the_header_one_row():
    doc = extract_text(PIPE_WITH_BREAKS.format(rest="6.000"))
    (table,) = doc.tables
    assert table.header == ["No", "Jenis PMKS", "Jumlah (jiwa)", "Ditangani (jiwa)", "Belum Ditangani", "% Ditangani"]
    found = kinds(PIPE_WITH_BREAKS.format(rest="6.000"))
    assert found[("row_percent", "consistent")] == 3
    assert found[("row_difference", "consistent")] == 3


def test_a_slip_in_the_rest_column_under_a_wrapped_header():
    assert kinds(PIPE_WITH_BREAKS.format(rest="6.200"))[("row_difference", "mismatch")] == 1


CELL_PER_LINE = """Tabel 2.1
Realisasi Anggaran Program dan Kegiatan Tahun 2019
No
Program/Kegiatan
Pagu (Rp)
Realisasi (Rp)
%
1
Program Pelayanan Administrasi Perkantoran
300.000.000
270.000.000
90,00
1.1
Penyediaan Jasa Surat Menyurat
100.000.000
90.000.000
90,00
1.2
Penyediaan Alat Tulis Kantor
200.000.000
180.000.000
90,00
2
Program Pemberdayaan Kelembagaan Kesejahteraan Sosial
{pagu}
95.000.000
95,00
2.1
Peningkatan Peran Aktif Masyarakat dan Dunia Usaha
100.000.000
95.000.000
95,00
JUMLAH
400.000.000
365.000.000
91,25

Realisasi seluruh program dinilai baik.
"""


def test_kegiatan_numbered_under_their_program_in_a_cell_per_line_table():
    doc = extract_text(CELL_PER_LINE.format(pagu="100.000.000"))
    (table,) = doc.tables
    assert [r[0].text for r in table.rows] == ["1", "1.1", "1.2", "2", "2.1", ""]
    found = kinds(CELL_PER_LINE.format(pagu="100.000.000"))
    assert found[("row_percent", "consistent")] == 6
    assert found[("program_sum", "consistent")] >= 2


def test_a_program_that_is_not_the_sum_of_its_numbered_kegiatan():
    assert kinds(CELL_PER_LINE.format(pagu="110.000.000"))[("program_sum", "mismatch")] >= 1


def test_numbers_out_of_order_end_the_cell_per_line_rows():
    text = CELL_PER_LINE.format(pagu="100.000.000").replace("\n1.2\n", "\n1.4\n")
    (table,) = extract_text(text).tables
    assert [r[0].text for r in table.rows][:2] == ["1", "1.1"]
    assert "1.4" not in [r[0].text for r in table.rows]


SPACED = """   Tabel 3.6.1
   Realisasi Anggaran Urusan Sosial Tahun 2021

   No   Program                                     Anggaran (Rp)     Realisasi (Rp)        Sisa (Rp)       %
   1    Program Penunjang Urusan Pemerintahan     6.874.230.500      6.512.904.117      361.326.383   94,74
        Daerah Kabupaten/Kota
   2    Program Pemberdayaan Sosial               1.245.800.000      1.187.364.250       58.435.750   95,31
   3    Program Rehabilitasi Sosial               3.918.650.000      3.762.418.900      156.231.100   96,01
        JUMLAH                                   12.038.680.500     11.462.687.267      575.993.233   95,22

   Sumber: Dinas Sosial (data diolah)
"""


def test_a_header_label_running_on_past_its_figures_keeps_the_next_column_apart():
    (table,) = extract_text(SPACED).tables
    assert table.header[-2:] == ["Sisa (Rp)", "%"]
    assert [r[-2].text for r in table.rows] == ["361.326.383", "58.435.750", "156.231.100", "575.993.233"]
    assert [r[-1].text for r in table.rows] == ["94,74", "95,31", "96,01", "95,22"]
    found = kinds(SPACED)
    assert found[("row_percent", "consistent")] == 4
    assert found[("row_difference", "consistent")] == 4
