"""Programs and their budgets in Renstra, Renja, RKPD, LKPJ and LKjIP tables as copied to text
(123dok, vdokumen, scribd, pypdf, a cell a line, tabs, pipes), and the checks of those tables.

Written for these tests in the register of a Dinas Sosial's planning and reporting documents, in
layouts the seeds, the dev files and the earlier probes (test_flattened_programs.py,
test_flattened_tables.py, test_probe_tables.py, test_probe_subkegiatan.py, test_probe_lkpj.py,
test_text_table_layouts.py) do not use:

- program rows opening with their nomenclature code ("1.06.02 Program ...", "1 06 02 PROGRAM ...",
  "01.02. Program ...", "1.06.1.06.15 Program ..."), their kegiatan and sub kegiatan under them
  coded alike, a row a line with the figures after the name or wrapped to the next line;
- headers naming the columns in one line, over two ("Anggaran Realisasi Capaian" / "(Rp 000)
  (Rp 000) (%)"), a label a line (a cell a line), with "Sisa", "Pagu Indikatif", "Prakiraan Maju",
  "Alokasi", a scale in the caption or the header;
- totals: "Jumlah", "Total Urusan", an urusan row over its programs;
- a table whose program rows do not say "Program", read as programs only where the table says so
  (a budget header, rows in two levels, every outer row a program the catalogue knows);
- controls: a Renstra's five years of "target Rp" (no budget is taken from it, no claim made of
  its cells), a table per bidang with a budget header (no program), a table of indicators with
  an "Anggaran" column after them (no budget by guess).

The figures were worked out by hand: each percentage is realisasi / pagu rounded half-up to its
decimals, each program's figures the sum of its kegiatan's (and each kegiatan's of its sub
kegiatan's), each total the sum of the programs. Every correct passage must raise no mismatch;
each planted slip (a wrong percentage, a wrong total, a program that is not the sum of its
kegiatan, a wrong remaining amount) must be caught.
"""

from __future__ import annotations

from collections import Counter

import pytest

from kesos_extract import extract_text
from kesos_extract.flat_tables import header_roles

# a Renja's evaluation table as a document site copies it: codes glued to the names, a kegiatan's
# name wrapped, 'Sisa' and '%' columns, a 'Jumlah' row
PASSAGE_01 = """Tabel 2.1
Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Dinas Sosial Tahun 2022
Kode Program/Kegiatan Anggaran (Rp) Realisasi (Rp) Sisa (Rp) %
1.06.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota 3.412.650.000 3.201.884.500 210.765.500 93,82
1.06.01.2.02 Administrasi Keuangan Perangkat Daerah 2.987.650.000 2.811.234.500 176.415.500 94,10
1.06.01.2.06 Administrasi Umum Perangkat Daerah 425.000.000 390.650.000 34.350.000 91,92
1.06.02 Program Pemberdayaan Sosial 518.400.000 497.120.000 21.280.000 95,90
1.06.02.2.03 Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota 118.400.000 112.120.000 6.280.000 94,70
1.06.02.2.04 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota 400.000.000 385.000.000 15.000.000 96,25
1.06.04 Program Rehabilitasi Sosial 1.250.000.000 1.187.500.000 62.500.000 95,00
1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar,
Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial 1.250.000.000 1.187.500.000 62.500.000 95,00
Jumlah 5.181.050.000 4.886.504.500 294.545.500 94,31
Sumber: Dinas Sosial, 2023
"""

# an LKPJ's table in thousands, the header over two lines ('(Rp 000) (Rp 000) (%)'), a running
# title above the caption, a kegiatan's figures cut to the next line
PASSAGE_02 = """LKPJ Bupati Tahun 2019 III - 48
Tabel 3.27
Realisasi Program dan Kegiatan Urusan Sosial Tahun 2019
No Program dan Kegiatan Anggaran Realisasi Capaian
(Rp 000) (Rp 000) (%)
1 Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial 1.425.800 1.361.639 95,50
1 Pelayanan dan perlindungan sosial, hukum bagi korban eksploitasi, perdagangan perempuan dan
anak 325.800 310.139 95,19
2 Pemberian bantuan sosial bagi penyandang disabilitas 1.100.000 1.051.500 95,59
2 Program Pembinaan Panti Asuhan/Panti Jompo 640.000 622.400 97,25
1 Operasional dan pemeliharaan sarana dan prasarana panti 640.000 622.400 97,25
3 Program Pemberdayaan Kelembagaan Kesejahteraan Sosial 210.500 198.925 94,50
1 Peningkatan jejaring kerjasama pelaku-pelaku usaha kesejahteraan sosial masyarakat 90.500
87.100 96,24
2 Peningkatan peran aktif masyarakat dan dunia usaha 120.000 111.825 93,19
Jumlah 2.276.300 2.182.964 95,90
Sumber : Dinas Sosial Kabupaten, 2020
"""

# a Renstra's Table 6.1: five years of target and pagu, rows wrapped in the middle of their
# figures, a running footer: no single budget and no claim from its cells
PASSAGE_03 = """Tabel 6.1
Rencana Program, Kegiatan, dan Pendanaan Dinas Sosial Kota Tahun 2019-2023
Kode Program dan Kegiatan Indikator Kinerja Program (outcome) Target Kinerja dan Kerangka Pendanaan
2019 2020 2021 2022 2023
target Rp target Rp target Rp target Rp target Rp
1.06.1.06.15 Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang
Masalah Kesejahteraan Sosial (PMKS) Lainnya Persentase keluarga miskin yang
diberdayakan 20% 850.000.000 22% 900.000.000 24% 950.000.000 26% 1.000.000.000 28% 1.050.000.000
1.06.1.06.15.01 Pelatihan keterampilan berusaha bagi keluarga miskin 100 KK 350.000.000 100 KK
375.000.000 110 KK 400.000.000 110 KK 425.000.000 120 KK 450.000.000
1.06.1.06.15.02 Pemberdayaan kelembagaan KUBE fakir miskin 25 KUBE 500.000.000 25 KUBE
525.000.000 25 KUBE 550.000.000 25 KUBE 575.000.000 25 KUBE 600.000.000
1.06.1.06.21 Program Pembinaan Panti Asuhan/Panti Jompo Persentase panti yang dibina 80%
300.000.000 85% 310.000.000 90% 320.000.000 95% 330.000.000 100% 340.000.000
Renstra Dinas Sosial 2019-2023 VI-3
"""

# an RKPD/Renja table of 'Pagu Indikatif' and 'Prakiraan Maju', codes written with spaces,
# programs in capitals, an urusan row over them
PASSAGE_04 = """Tabel 4.2
Rencana Program dan Kegiatan Tahun 2023 dan Prakiraan Maju Tahun 2024
Kode Urusan/Bidang Urusan/Program/Kegiatan Pagu Indikatif (Rp) Prakiraan Maju (Rp)
1 06 URUSAN PEMERINTAHAN BIDANG SOSIAL 6.945.000.000 7.290.000.000
1 06 01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA 4.700.000.000 4.935.000.000
1 06 01 2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah 150.000.000 157.500.000
1 06 01 2.02 Administrasi Keuangan Perangkat Daerah 4.550.000.000 4.777.500.000
1 06 02 PROGRAM PEMBERDAYAAN SOSIAL 445.000.000 467.000.000
1 06 02 2.04 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota 445.000.000 467.000.000
1 06 04 PROGRAM REHABILITASI SOSIAL 1.800.000.000 1.888.000.000
1 06 04 2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut
Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial 1.800.000.000 1.888.000.000
"""

# an LKjIP's table in thousands (the caption says so), region codes '01.02.' before the
# programs, kegiatan numbered under each, a running footer between two programs
PASSAGE_05 = """Tabel 3.4 Realisasi Anggaran Program Dinas Sosial Tahun Anggaran 2020 (Dalam Ribuan Rupiah)
No Uraian Program/Kegiatan Alokasi Realisasi Sisa Capaian (%)
01.02. Program Pemberdayaan Sosial 735.400 701.250 34.150 95,36
1 Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) 135.400 128.950 6.450 95,24
2 Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota 600.000 572.300 27.700 95,38
01.03. Program Rehabilitasi Sosial 2.118.600 2.046.275 72.325 96,59
1 Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial 848.600 812.875 35.725 95,79
2 Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial 1.270.000 1.233.400 36.600 97,12
Laporan Kinerja Dinas Sosial 2020 | 27
01.04. Program Perlindungan dan Jaminan Sosial 420.000 401.100 18.900 95,50
1 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 420.000 401.100 18.900 95,50
Jumlah 3.274.000 3.148.625 125.375 96,17
"""

# a Renja's T-C.29-like table of Permendagri 90: program, kegiatan, sub kegiatan, each coded
PASSAGE_06 = """Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah s/d Tahun 2022
Kode Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan Pagu Anggaran 2022 (Rp) Realisasi 2022 (Rp) Capaian (%)
1.06.04 PROGRAM REHABILITASI SOSIAL 1.940.000.000 1.851.336.000 95,43
1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut
Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial 1.940.000.000 1.851.336.000 95,43
1.06.04.2.01.0001 Penyediaan Permakanan 1.215.000.000 1.170.540.000 96,34
1.06.04.2.01.0004 Pemberian Pelayanan Reunifikasi Keluarga 125.000.000 112.796.000 90,24
1.06.04.2.01.0006 Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial 600.000.000 568.000.000 94,67
1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL 385.500.000 372.090.000 96,52
1.06.05.2.02 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 385.500.000 372.090.000 96,52
1.06.05.2.02.0001 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 385.500.000
372.090.000 96,52
Renja Dinas Sosial Tahun 2023 II - 9
"""

# the same kind of table a cell a line (PyMuPDF, LibreOffice's text): the header's labels, the
# rows' numbers, names and figures each on a line of their own
PASSAGE_07 = """Tabel 3.12
Pagu dan Realisasi Anggaran Program Urusan Sosial
Tahun Anggaran 2021
No
Program/Kegiatan
Pagu (Rp)
Realisasi (Rp)
%
1
Program Pemberdayaan Sosial
512.750.000
497.367.500
97,00
1
Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota
512.750.000
497.367.500
97,00
2
Program Penanganan Bencana
275.000.000
261.525.000
95,10
1
Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota
175.000.000
168.525.000
96,30
2
Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota
100.000.000
93.000.000
93,00
Jumlah
787.750.000
758.892.500
96,34
"""

# a table as a site renders it, with pipes: an urusan row over the programs, 'Total Urusan'
PASSAGE_08 = """Tabel 4.5 Realisasi Anggaran Urusan Sosial Tahun 2022
| Kode | Urusan/Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1.06 | URUSAN PEMERINTAHAN BIDANG SOSIAL | 2.316.400.000 | 2.214.862.250 | 95,62 |
| 1.06.05 | Program Perlindungan dan Jaminan Sosial | 1.016.400.000 | 981.912.250 | 96,61 |
| 1.06.05.2.01 | Pemeliharaan Anak-Anak Terlantar | 416.400.000 | 401.962.250 | 96,53 |
| 1.06.05.2.02 | Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota | 600.000.000 | 579.950.000 | 96,66 |
| 1.06.06 | Program Penanganan Bencana | 1.300.000.000 | 1.232.950.000 | 94,84 |
| 1.06.06.2.01 | Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota | 1.300.000.000 | 1.232.950.000 | 94,84 |
| | Total Urusan | 2.316.400.000 | 2.214.862.250 | 95,62 |
"""

# a table typed with tabs, the kegiatan numbered '1.' inside the name's cell, the scale in the
# caption ('dalam Rp 000')
PASSAGE_09 = ('Tabel 2.4\n'
    'Capaian Kinerja dan Anggaran Program Tahun 2018 (dalam Rp 000)\n'
    'No\tProgram/Kegiatan\tAnggaran\tRealisasi\tSisa\t%\n'
    '1\tProgram Pelayanan Administrasi Perkantoran\t642.350\t618.412\t23.938\t96,27\n'
    '\t1. Penyediaan jasa surat menyurat\t12.350\t11.980\t370\t97,00\n'
    '\t2. Penyediaan jasa komunikasi, sumber daya air dan listrik\t630.000\t606.432\t23.568\t96,26\n'
    '2\tProgram Pembinaan Anak Terlantar\t340.000\t329.800\t10.200\t97,00\n'
    '\t1. Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar\t340.000\t329.800\t10.200\t97,00\n')

# program rows without the word 'Program', coded: the codes say which rows are programs
PASSAGE_10 = """Tabel III.6 Realisasi Anggaran Dinas Sosial per Program Tahun 2023
Kode Uraian Anggaran (Rp) Realisasi (Rp) %
1.06.02 Pemberdayaan Sosial 655.000.000 631.420.000 96,40
1.06.02.2.03 Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota 155.000.000 148.420.000 95,75
1.06.02.2.04 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota 500.000.000 483.000.000 96,60
1.06.04 Rehabilitasi Sosial 1.480.000.000 1.436.340.000 97,05
1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia
Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial 1.480.000.000 1.436.340.000 97,05
Jumlah 2.135.000.000 2.067.760.000 96,85
"""

# control: a table per bidang under a budget header, the bidang named as programs are, no
# rows under them: no program
PASSAGE_11 = """Anggaran dan realisasi belanja langsung menurut bidang pada Dinas Sosial tahun 2022 disajikan pada tabel berikut.
No Bidang Anggaran (Rp) Realisasi (Rp) %
1 Pemberdayaan Sosial 780.000.000 771.300.000 98,88
2 Rehabilitasi Sosial 2.450.000.000 2.318.250.000 94,62
3 Perlindungan dan Jaminan Sosial 96.000.000 91.440.000 95,25
Jumlah 3.326.000.000 3.180.990.000 95,64
"""

# control: programs with their indicators, then an 'Anggaran' column: the indicator's figures
# come first, so no figure is taken for a budget by guess
PASSAGE_12 = """Tabel 3.3 Capaian Kinerja Program Tahun 2021
No Program Indikator Kinerja Target Realisasi Capaian (%) Anggaran (Rp)
1 Program Rehabilitasi Sosial Persentase PMKS yang tertangani di luar panti 80,00 82,50 103,13
1.250.000.000
2 Program Pemberdayaan Sosial Jumlah PSKS yang aktif 1.200 1.184 98,67 450.000.000
"""

# an LKPJ's table with 'Rp' before each amount and ',00' after it, '%' after each percentage, a
# kegiatan not carried out ('-' realised, 0,00%)
PASSAGE_13 = """Tabel 3.9 Realisasi Program dan Kegiatan Bidang Sosial Tahun 2020
No Program/Kegiatan Anggaran (Rp) Realisasi (Rp) Capaian (%)
1 Program Pemberdayaan Sosial Rp 612.300.000,00 Rp 598.940.000,00 97,82%
1 Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) Rp 212.300.000,00 Rp 205.640.000,00 96,86%
2 Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota Rp 400.000.000,00 Rp 393.300.000,00 98,33%
2 Program Penanganan Bencana Rp 150.000.000,00 Rp 90.000.000,00 60,00%
1 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota Rp 90.000.000,00 Rp 90.000.000,00 100,00%
2 Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota Rp 60.000.000,00 - 0,00%
Jumlah Rp 762.300.000,00 Rp 688.940.000,00 90,38%
"""

# --- the programs and their budgets -------------------------------------------------------------

KEGIATAN_P06 = ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
                "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial")

# (passage, [(name, pagu, realisasi, percent, activities)])
PROGRAMS = {
    "renja-codes-glued-sisa": (PASSAGE_01, [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3412650000, 3201884500, 93.82,
         ["Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah"]),
        ("Program Pemberdayaan Sosial", 518400000, 497120000, 95.90,
         ["Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota",
          "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
        ("Program Rehabilitasi Sosial", 1250000000, 1187500000, 95.00, [KEGIATAN_P06]),
    ]),
    "lkpj-thousands-two-line-header": (PASSAGE_02, [
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 1425800000, 1361639000, 95.50,
         ["Pelayanan dan perlindungan sosial, hukum bagi korban eksploitasi, perdagangan perempuan dan anak",
          "Pemberian bantuan sosial bagi penyandang disabilitas"]),
        ("Program Pembinaan Panti Asuhan/Panti Jompo", 640000000, 622400000, 97.25,
         ["Operasional dan pemeliharaan sarana dan prasarana panti"]),
        ("Program Pemberdayaan Kelembagaan Kesejahteraan Sosial", 210500000, 198925000, 94.50,
         ["Peningkatan jejaring kerjasama pelaku-pelaku usaha kesejahteraan sosial masyarakat",
          "Peningkatan peran aktif masyarakat dan dunia usaha"]),
    ]),
    "rkpd-pagu-indikatif-spaced-codes": (PASSAGE_04, [
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 4700000000, None, None,
         ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"]),
        ("PROGRAM PEMBERDAYAAN SOSIAL", 445000000, None, None,
         ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
        ("PROGRAM REHABILITASI SOSIAL", 1800000000, None, None, [KEGIATAN_P06]),
    ]),
    "lkjip-region-codes-footer": (PASSAGE_05, [
        ("Program Pemberdayaan Sosial", 735400000, 701250000, 95.36,
         ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota"]),
        ("Program Rehabilitasi Sosial", 2118600000, 2046275000, 96.59,
         ["Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial",
          "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial"]),
        ("Program Perlindungan dan Jaminan Sosial", 420000000, 401100000, 95.50,
         ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"]),
    ]),
    "renja-sub-kegiatan-coded": (PASSAGE_06, [
        ("PROGRAM REHABILITASI SOSIAL", 1940000000, 1851336000, 95.43, [KEGIATAN_P06]),
        ("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", 385500000, 372090000, 96.52,
         ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"]),
    ]),
    "cell-a-line-with-percent": (PASSAGE_07, [
        ("Program Pemberdayaan Sosial", 512750000, 497367500, 97.00,
         ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
        ("Program Penanganan Bencana", 275000000, 261525000, 95.10,
         ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
          "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota"]),
    ]),
    "pipes-urusan-row-total-urusan": (PASSAGE_08, [
        ("Program Perlindungan dan Jaminan Sosial", 1016400000, 981912250, 96.61,
         ["Pemeliharaan Anak-Anak Terlantar", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"]),
        ("Program Penanganan Bencana", 1300000000, 1232950000, 94.84,
         ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]),
    ]),
    "tabs-thousands-in-caption": (PASSAGE_09, [
        ("Program Pelayanan Administrasi Perkantoran", 642350000, 618412000, 96.27,
         ["Penyediaan jasa surat menyurat", "Penyediaan jasa komunikasi, sumber daya air dan listrik"]),
        ("Program Pembinaan Anak Terlantar", 340000000, 329800000, 97.00,
         ["Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar"]),
    ]),
    "no-program-word-coded": (PASSAGE_10, [
        ("Pemberdayaan Sosial", 655000000, 631420000, 96.40,
         ["Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota",
          "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
        ("Rehabilitasi Sosial", 1480000000, 1436340000, 97.05, [KEGIATAN_P06]),
    ]),
    "bidang-table-control": (PASSAGE_11, []),
    "rp-in-cells-dash-realised": (PASSAGE_13, [
        ("Program Pemberdayaan Sosial", 612300000, 598940000, 97.82,
         ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota"]),
        ("Program Penanganan Bencana", 150000000, 90000000, 60.00,
         ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
          "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota"]),
    ]),
}


@pytest.mark.parametrize("text, expected", PROGRAMS.values(), ids=PROGRAMS.keys())
def test_programs_with_their_budgets(text: str, expected: list) -> None:
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
           for p in extract_text(text).programs]
    assert got == [(n, None if pg is None else float(pg), None if r is None else float(r), pc, acts)
                   for n, pg, r, pc, acts in expected]


def test_renstra_years_give_no_budget() -> None:
    """Five years of "target Rp" name no one budget: no program of the Renstra gets one."""
    programs = extract_text(PASSAGE_03).programs
    assert programs and all(p.budget.pagu is None and p.budget.realisasi is None for p in programs)


def test_indicator_columns_give_no_budget() -> None:
    """'Target | Realisasi | Capaian (%) | Anggaran (Rp)': the figures of the row are the
    indicator's before the budget's; no figure is taken for a budget by its place. (Row 1's
    budget wrapped onto a line of its own is read back into its row: each figure stands under
    its label, and "Anggaran (Rp)" is the pagu; the "Realisasi" before it is the indicator's.)"""
    assert [(p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(PASSAGE_12).programs] == [
        (1.25e9, None, None), (450e6, None, None)]


# --- the table checks: correct passages raise no mismatch, planted slips are caught --------------

def _judged(text: str) -> Counter:
    return Counter((c.check, c.verdict) for c in extract_text(text).checks
                   if c.check in ("program_sum", "column_total") or c.verdict == "mismatch")


# (passage, program_sum checks, column_total checks): all consistent, no mismatch of any kind
CONTROLS = {
    "renja-codes-glued-sisa": (PASSAGE_01, 9, 3),
    "lkpj-thousands-two-line-header": (PASSAGE_02, 6, 2),
    "renstra-five-years": (PASSAGE_03, 0, 0),
    "rkpd-pagu-indikatif-spaced-codes": (PASSAGE_04, 8, 0),  # the urusan row = its programs, too
    "lkjip-region-codes-footer": (PASSAGE_05, 9, 3),
    "renja-sub-kegiatan-coded": (PASSAGE_06, 8, 0),  # program = kegiatan, kegiatan = its sub kegiatan
    "cell-a-line-with-percent": (PASSAGE_07, 4, 2),
    "pipes-urusan-row-total-urusan": (PASSAGE_08, 6, 2),  # the urusan row = its programs, too
    "tabs-thousands-in-caption": (PASSAGE_09, 6, 0),
    "no-program-word-coded": (PASSAGE_10, 4, 2),
    "bidang-table-control": (PASSAGE_11, 0, 0),
    "indicator-columns-control": (PASSAGE_12, 0, 0),
    "rp-in-cells-dash-realised": (PASSAGE_13, 4, 2),
}


@pytest.mark.parametrize("text, sums, totals", CONTROLS.values(), ids=CONTROLS.keys())
def test_correct_tables_raise_no_mismatch(text: str, sums: int, totals: int) -> None:
    judged = _judged(text)
    assert judged == Counter({k: n for k, n in ((("program_sum", "consistent"), sums),
                                                 (("column_total", "consistent"), totals)) if n})


# (passage, the text as written, the text with the slip, the mismatches it must raise)
SLIPS = {
    # 497.120.000 / 518.400.000 = 95,8951: "95,09" is a slip
    "wrong-percent-of-a-program": (PASSAGE_01, "518.400.000 497.120.000 21.280.000 95,90",
                                   "518.400.000 497.120.000 21.280.000 95,09",
                                   [("row_percent", 95.09, 95.8951)]),
    # the programs add up to 2.276.300 (thousands); the total says 2.267.300, and its percentage
    # (2.182.964 / 2.267.300 = 96,28) no longer fits either
    "wrong-total-in-thousands": (PASSAGE_02, "Jumlah 2.276.300", "Jumlah 2.267.300",
                                 [("row_percent", 95.9, 96.2803), ("column_total", 2267300e3, 2276300e3)]),
    # the program's realisation is not its kegiatan's 1.851.336.000 (nor its sub kegiatan's)
    "program-not-sum-of-kegiatan": (PASSAGE_06, "SOSIAL 1.940.000.000 1.851.336.000 95,43",
                                    "SOSIAL 1.940.000.000 1.815.336.000 95,43",
                                    [("row_percent", 95.43, 93.574), ("program_sum", 1815336000.0, 1851336000.0)]),
    # a cell a line: the total's realisation 758.982.500, the programs' 758.892.500
    "wrong-total-a-cell-a-line": (PASSAGE_07, "Jumlah\n787.750.000\n758.892.500", "Jumlah\n787.750.000\n758.982.500",
                                  [("column_total", 758982500.0, 758892500.0)]),
    # a kegiatan's pagu changed with its percentage made to fit (483 / 550 = 87,82): only the
    # program's sum tells, 155 + 550 = 705 million, stated 655
    "kegiatan-slip-under-unworded-program": (PASSAGE_10, "500.000.000 483.000.000 96,60", "550.000.000 483.000.000 87,82",
                                             [("program_sum", 655000000.0, 705000000.0)]),
    # the urusan row over its programs: 4.700 + 445 + 1.800 = 6.945 million, written 6.954
    "urusan-row-not-sum-of-programs": (PASSAGE_04, "BIDANG SOSIAL 6.945.000.000", "BIDANG SOSIAL 6.954.000.000",
                                       [("program_sum", 6954000000.0, 6945000000.0)]),
    # the program's remaining amount: 2.118.600 - 2.046.275 = 72.325, written 73.225; the
    # total then disagrees with the program rows too
    "wrong-remaining-amount": (PASSAGE_05, "2.118.600 2.046.275 72.325", "2.118.600 2.046.275 73.225",
                               [("row_difference", 73225e3, 72325e3), ("program_sum", 73225e3, 72325e3),
                                ("column_total", 125375e3, 126275e3)]),
}


@pytest.mark.parametrize("text, right, slip, mismatches", SLIPS.values(), ids=SLIPS.keys())
def test_planted_slips_are_caught(text: str, right: str, slip: str, mismatches: list) -> None:
    assert right in text
    checks = extract_text(text.replace(right, slip)).checks
    assert [(c.check, c.stated, c.expected) for c in checks if c.verdict == "mismatch"] == mismatches


@pytest.mark.parametrize("lost, totals", [("2 Pemberian bantuan sosial", 2), ("2 Peningkatan peran aktif", 0)],
                         ids=["inside-a-program", "last-row-of-the-table"])
def test_a_kegiatan_row_that_lost_its_number_raises_no_alarm(lost: str, totals: int) -> None:
    """A kegiatan's number lost in the copy: its row is read under no program, so the program's
    kegiatan are not all there and its sum is not judged (it was a false program_sum alarm);
    the programs keep their budgets, and the total is judged where it follows a row read (the
    unread row between the last row and "Jumlah" leaves it out)."""
    report = extract_text(PASSAGE_02.replace(lost, lost[2:]))
    assert not [c for c in report.checks if c.verdict == "mismatch"]
    assert [p.budget.pagu for p in report.programs] == [1425800000.0, 640000000.0, 210500000.0]
    assert Counter(c.check for c in report.checks if c.check in ("program_sum", "column_total")) == \
        Counter({k: n for k, n in (("program_sum", 4), ("column_total", totals)) if n})


# --- the header's column roles ------------------------------------------------------------------

@pytest.mark.parametrize("header, roles", [
    ("No Program/Kegiatan Pagu (Rp) Realisasi (Rp) %", ["budget", "realisation", "percent"]),
    ("No Program dan Kegiatan Anggaran Realisasi Capaian", ["budget", "realisation", "percent"]),
    ("Kode Program/Kegiatan Anggaran (Rp) Realisasi (Rp) Sisa (Rp) %", ["budget", "realisation", "remaining", "percent"]),
    ("Kode Urusan/Bidang Urusan/Program/Kegiatan Pagu Indikatif (Rp) Prakiraan Maju (Rp)", ["budget", "other"]),
    ("No Program Realisasi (%) Anggaran", ["percent", "budget"]),
    # no roles: a column of an unknown kind, two budgets (years), a caption, no name column first
    ("Kode Program dan Kegiatan Indikator Kinerja Program (outcome) Target Kinerja dan Kerangka Pendanaan", None),
    ("No Uraian Anggaran 2021 Anggaran 2022", None),
    ("Tabel 3.5 Realisasi Anggaran per Program", None),
    ("target Rp target Rp", None),
    ("No Program/Kegiatan Anggaran Realisasi Keterangan", None),
])
def test_header_roles(header: str, roles) -> None:
    got = header_roles(header)
    assert (got[0] if got else None) == roles


# --- the programs of tables no reader reads -------------------------------------------------------

def test_renstra_program_names() -> None:
    # (no table reader reads the rows wrapped in the middle of their five years of figures; the
    # prose finder names the programs: a wrapped name is joined up to where the indicator starts)
    assert [p.name for p in extract_text(PASSAGE_03).programs] == [
        "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
        "Sosial (PMKS) Lainnya", "Program Pembinaan Panti Asuhan/Panti Jompo"]


def test_indicator_table_program_names() -> None:
    # (the header's "Program Indikator Kinerja" names none; a row's name ends where its indicator starts)
    assert [p.name for p in extract_text(PASSAGE_12).programs] == ["Program Rehabilitasi Sosial",
                                                                    "Program Pemberdayaan Sosial"]
