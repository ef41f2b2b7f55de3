"""Programs, their budgets and activities, and the outline, in layouts and phrasings of the genre
that no seed or dev file uses: bullets, "Pertama, ... Kedua, ...", "(a)", roman numerals,
Permendagri 90/2019 codes, names broken over lines, labelled budget lines without a percentage,
a Word document's blank lines between a "Kegiatan:" list's bullets, tables as text lines, and
prose that uses the word "program" without naming one. The passages were written for these tests
in the style of LKPJ/LKjIP chapters and Dinas Sosial news; the answers were decided by hand by the
programs format of shared/gold/README.md."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


CASES = [
    # bulleted programs, their figures on the line below
    pytest.param(
        'C. PROGRAM DAN KEGIATAN\nPada tahun 2022 Dinas Sosial melaksanakan program sebagai berikut:\n• Program Pemberdayaan Sosial\n  Pagu anggaran Rp 1.250.000.000, realisasi Rp 1.187.500.000 (95%).\n• Program Rehabilitasi Sosial\n  Pagu anggaran Rp 2.000.000.000, realisasi Rp 1.900.000.000 (95%).\n• Program Perlindungan dan Jaminan Sosial\n  Pagu anggaran Rp 800.000.000, realisasi Rp 760.000.000 (95%).\n',
        [('Program Pemberdayaan Sosial', 1250000000.0, 1187500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 2000000000.0, 1900000000.0, 95.0, []), ('Program Perlindungan dan Jaminan Sosial', 800000000.0, 760000000.0, 95.0, [])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial'), (None, 'Program Perlindungan dan Jaminan Sosial')],
        id='01_bullets'),
    # 'Pertama, ... Kedua, ...' items with their figures on the line (no outline node before)
    pytest.param(
        'Dalam penyelenggaraan urusan sosial tahun 2021 dilaksanakan tiga program.\nPertama, Program Rehabilitasi Sosial dengan pagu anggaran sebesar Rp 3.450.000.000 dan realisasi Rp 3.312.000.000 atau 96 persen.\nKedua, Program Perlindungan dan Jaminan Sosial dengan pagu Rp 1.200.000.000 dan realisasi Rp 1.140.000.000 atau 95 persen.\nKetiga, Program Penanganan Bencana dengan pagu Rp 500.000.000 terealisasi Rp 450.000.000 atau 90 persen.\n',
        [('Program Rehabilitasi Sosial', 3450000000.0, 3312000000.0, 96.0, []), ('Program Perlindungan dan Jaminan Sosial', 1200000000.0, 1140000000.0, 95.0, []), ('Program Penanganan Bencana', 500000000.0, 450000000.0, 90.0, [])],
        [('Pertama', 'Program Rehabilitasi Sosial'), ('Kedua', 'Program Perlindungan dan Jaminan Sosial'), ('Ketiga', 'Program Penanganan Bencana')],
        id='02_pertama'),
    # a Word document made from text: 'Kegiatan:' and its bullets each a paragraph (one activity before)
    pytest.param(
        '1. Program Pemberdayaan Sosial\nKegiatan:\n\n- Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n\n- Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota\n\n- Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n\n2. Program Rehabilitasi Sosial\nKegiatan:\n\n- Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\n\n- Rehabilitasi Sosial Dasar Anak Terlantar\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar', 'Rehabilitasi Sosial Dasar Anak Terlantar'])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial')],
        id='03_word_kegiatan'),
    # roman numerals and headings in capitals
    pytest.param(
        'I. PROGRAM PEMBERDAYAAN SOSIAL\nProgram ini bertujuan meningkatkan kemandirian PMKS. Pagu anggaran Rp 600.000.000 dengan realisasi Rp 582.000.000 atau 97%.\nII. PROGRAM REHABILITASI SOSIAL\nProgram ini dilaksanakan melalui pelayanan di panti. Pagu anggaran Rp 900.000.000 dengan realisasi Rp 855.000.000 atau 95%.\nIII. PROGRAM PENANGANAN BENCANA\nPagu anggaran Rp 150.000.000 dengan realisasi Rp 120.000.000 atau 80%.\n',
        [('PROGRAM PEMBERDAYAAN SOSIAL', 600000000.0, 582000000.0, 97.0, []), ('PROGRAM REHABILITASI SOSIAL', 900000000.0, 855000000.0, 95.0, []), ('PROGRAM PENANGANAN BENCANA', 150000000.0, 120000000.0, 80.0, [])],
        [('I.', 'PROGRAM PEMBERDAYAAN SOSIAL'), ('II.', 'PROGRAM REHABILITASI SOSIAL'), ('III.', 'PROGRAM PENANGANAN BENCANA')],
        id='04_roman_caps'),
    # Permendagri 90/2019 codes before headings in capitals
    pytest.param(
        'Realisasi program Dinas Sosial Tahun Anggaran 2023 menurut nomenklatur Permendagri 90 Tahun 2019:\n1.06.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\nAnggaran Rp 5.400.000.000, realisasi Rp 5.130.000.000 (95,00%)\n1.06.02 PROGRAM PEMBERDAYAAN SOSIAL\nAnggaran Rp 450.000.000, realisasi Rp 441.000.000 (98,00%)\n1.06.04 PROGRAM REHABILITASI SOSIAL\nAnggaran Rp 1.100.000.000, realisasi Rp 1.045.000.000 (95,00%)\n',
        [('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 5400000000.0, 5130000000.0, 95.0, []), ('PROGRAM PEMBERDAYAAN SOSIAL', 450000000.0, 441000000.0, 98.0, []), ('PROGRAM REHABILITASI SOSIAL', 1100000000.0, 1045000000.0, 95.0, [])],
        [('1.06.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'), ('1.06.02', 'PROGRAM PEMBERDAYAAN SOSIAL'), ('1.06.04', 'PROGRAM REHABILITASI SOSIAL')],
        id='05_codes'),
    # programs named in news prose with allocations; 'program kerja', 'program ini', 'program prioritas nasional' name none
    pytest.param(
        'BANJARMASIN – Dinas Sosial Kota Banjarmasin mencatat serapan anggaran hingga akhir Desember 2023 mencapai 93,5 persen.\nKepala Dinas Sosial menjelaskan, anggaran terbesar ada pada Program Perlindungan dan Jaminan Sosial yang mendapat alokasi Rp 4,2 miliar, disusul Program Rehabilitasi Sosial senilai Rp 2,8 miliar.\nSementara Program Pemberdayaan Sosial hanya mendapat Rp 650 juta.\n"Program kerja kami tahun depan tetap fokus pada penanganan PPKS," katanya.\nIa menambahkan, program ini akan dilanjutkan bersama program prioritas nasional lainnya.\n',
        [('Program Perlindungan dan Jaminan Sosial', 4200000000.0, None, None, []), ('Program Rehabilitasi Sosial', 2800000000.0, None, None, []), ('Program Pemberdayaan Sosial', 650000000.0, None, None, [])],
        [],
        id='06_news_inline'),
    # programs lettered '(a)' ... (no outline node before)
    pytest.param(
        'Program yang dilaksanakan pada Urusan Sosial terdiri dari:\n(a) Program Pelayanan Administrasi Perkantoran;\n(b) Program Peningkatan Sarana dan Prasarana Aparatur;\n(c) Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya;\n(d) Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial.\n',
        [('Program Pelayanan Administrasi Perkantoran', None, None, None, []), ('Program Peningkatan Sarana dan Prasarana Aparatur', None, None, None, []), ('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', None, None, None, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', None, None, None, [])],
        [('(a)', 'Program Pelayanan Administrasi Perkantoran'), ('(b)', 'Program Peningkatan Sarana dan Prasarana Aparatur'), ('(c)', 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya'), ('(d)', 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial')],
        id='07_paren_letters'),
    # names broken over three lines in a hanging indent (cut at the first line before)
    pytest.param(
        '4. Program Pemberdayaan Fakir Miskin, Komunitas Adat\n   Terpencil dan Penyandang Masalah Kesejahteraan Sosial\n   Lainnya\n   Pagu : Rp. 2.350.000.000,-\n   Realisasi : Rp. 2.115.000.000,- (90,00%)\n5. Program Pelayanan dan Rehabilitasi Kesejahteraan\n   Sosial\n   Pagu : Rp. 1.000.000.000,-\n   Realisasi : Rp. 950.000.000,- (95,00%)\n',
        [('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil dan Penyandang Masalah Kesejahteraan Sosial Lainnya', 2350000000.0, 2115000000.0, 90.0, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 1000000000.0, 950000000.0, 95.0, [])],
        [('4.', 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil dan Penyandang Masalah Kesejahteraan Sosial Lainnya'), ('5.', 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial')],
        id='08_broken_name'),
    # lettered programs, kegiatan numbered under 'Kegiatan yang dilaksanakan:'
    pytest.param(
        'a. Program Rehabilitasi Sosial\n   Kegiatan yang dilaksanakan:\n   1) Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti;\n   2) Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti;\n   3) Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti.\nb. Program Perlindungan dan Jaminan Sosial\n   Kegiatan yang dilaksanakan:\n   1) Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota;\n   2) Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota.\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Program Perlindungan dan Jaminan Sosial', None, None, None, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('a.', 'Program Rehabilitasi Sosial'), ('b.', 'Program Perlindungan dan Jaminan Sosial')],
        id='09_kegiatan_under'),
    # a table of programs as tab-separated lines
    pytest.param(
        'Tabel 3.2 Realisasi Anggaran Program Tahun 2022\nNo\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%\n1\tProgram Pemberdayaan Sosial\t750.000.000\t712.500.000\t95,00\n2\tProgram Rehabilitasi Sosial\t1.500.000.000\t1.350.000.000\t90,00\n3\tProgram Penanganan Bencana\t250.000.000\t237.500.000\t95,00\n',
        [('Program Pemberdayaan Sosial', 750000000.0, 712500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1500000000.0, 1350000000.0, 90.0, []), ('Program Penanganan Bencana', 250000000.0, 237500000.0, 95.0, [])],
        [('1', 'Program Pemberdayaan Sosial'), ('2', 'Program Rehabilitasi Sosial'), ('3', 'Program Penanganan Bencana')],
        id='10_table_lines'),
    # dashed items that go on after the name (no outline node before)
    pytest.param(
        'Adapun program yang dilaksanakan Dinas Sosial pada tahun 2020 antara lain:\n- Program Keluarga Harapan (PKH), dengan jumlah penerima 12.450 KPM;\n- Program Sembako, disalurkan kepada 18.200 KPM;\n- Program Rumah Sejahtera Terpadu (RST) sebanyak 45 unit.\nSeluruh program tersebut dilaksanakan bekerja sama dengan Kementerian Sosial.\n',
        [('Program Keluarga Harapan (PKH)', None, None, None, []), ('Program Sembako', None, None, None, []), ('Program Rumah Sejahtera Terpadu (RST)', None, None, None, [])],
        [(None, 'Program Keluarga Harapan (PKH)'), (None, 'Program Sembako'), (None, 'Program Rumah Sejahtera Terpadu (RST)')],
        id='11_dash_prose'),
    # starred programs with 'Anggaran:' and 'Realisasi:' lines and no percentage (no budget before)
    pytest.param(
        'Rincian capaian program:\n* Program Pemberdayaan Sosial\n  Anggaran: Rp 320.000.000\n  Realisasi: Rp 300.800.000\n* Program Rehabilitasi Sosial\n  Anggaran: Rp 1.240.000.000\n  Realisasi: Rp 1.190.400.000\n',
        [('Program Pemberdayaan Sosial', 320000000.0, 300800000.0, None, []), ('Program Rehabilitasi Sosial', 1240000000.0, 1190400000.0, None, [])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial')],
        id='12_star_anggaran_next'),
    # the word 'program' in prose naming no program
    pytest.param(
        'Dinas Sosial telah menyusun program kerja tahun 2023 yang selaras dengan program prioritas nasional.\nProgram tersebut meliputi penanganan fakir miskin dan penyandang disabilitas.\nSeluruh program dan kegiatan dievaluasi setiap triwulan oleh Bappeda.\nPelaksanaan program sosial di daerah masih menghadapi kendala data.\n',
        [],
        [],
        id='13_negative'),
    # 'didukung oleh 2 kegiatan yaitu A dan B' on the program's line
    pytest.param(
        '1) Program Perlindungan dan Jaminan Sosial, dengan pagu Rp 640.000.000 dan realisasi Rp 614.400.000 (96%), didukung oleh 2 kegiatan yaitu Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota.\n2) Program Penanganan Bencana, dengan pagu Rp 210.000.000 dan realisasi Rp 189.000.000 (90%), didukung oleh 1 kegiatan yaitu Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam.\n',
        [('Program Perlindungan dan Jaminan Sosial', 640000000.0, 614400000.0, 96.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota']), ('Program Penanganan Bencana', 210000000.0, 189000000.0, 90.0, ['Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam'])],
        [('1)', 'Program Perlindungan dan Jaminan Sosial'), ('2)', 'Program Penanganan Bencana')],
        id='14_numparen_kegiatan_inline'),
    # kegiatan coded under coded programs
    pytest.param(
        '1.06.04 Program Rehabilitasi Sosial\n1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti\n1.06.04.2.02 Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n1.06.05 Program Perlindungan dan Jaminan Sosial\n1.06.05.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti']), ('Program Perlindungan dan Jaminan Sosial', None, None, None, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('1.06.04', 'Program Rehabilitasi Sosial'), ('1.06.05', 'Program Perlindungan dan Jaminan Sosial')],
        id='15_sub_kegiatan_codes'),
    # 'Pertama, ... Kedua, ...' inside a paragraph: programs, no outline
    pytest.param(
        'Pada tahun 2024 Dinas Sosial Kabupaten Sleman menjalankan dua program unggulan. Pertama, Program Sleman Peduli Lansia yang menjangkau 1.200 lansia terlantar. Kedua, Program Rumah Layak Huni bagi 150 keluarga miskin.\n',
        [('Program Sleman Peduli Lansia', None, None, None, []), ('Program Rumah Layak Huni', None, None, None, [])],
        [],
        id='16_pertama_no_budget'),
    # dashed programs with their figures on the line (no outline node before)
    pytest.param(
        'Realisasi anggaran per program tahun 2023 adalah sebagai berikut:\n- Program Pemberdayaan Sosial dengan pagu Rp 500.000.000 terealisasi Rp 475.000.000 atau 95%;\n- Program Rehabilitasi Sosial dengan pagu Rp 1.000.000.000 terealisasi Rp 920.000.000 atau 92%;\n- Program Penanganan Bencana dengan pagu Rp 200.000.000 terealisasi Rp 196.000.000 atau 98%.\n',
        [('Program Pemberdayaan Sosial', 500000000.0, 475000000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 920000000.0, 92.0, []), ('Program Penanganan Bencana', 200000000.0, 196000000.0, 98.0, [])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial'), (None, 'Program Penanganan Bencana')],
        id='17_bullet_budget_same_line'),
    # numbered programs with 'Pagu:' and 'Realisasi:' lines and no percentage (no budget before)
    pytest.param(
        '1. Program Pemberdayaan Sosial\n   Pagu: Rp 320.000.000\n   Realisasi: Rp 300.800.000\n2. Program Rehabilitasi Sosial\n   Pagu: Rp 1.240.000.000\n   Realisasi: Rp 1.190.400.000\n',
        [('Program Pemberdayaan Sosial', 320000000.0, 300800000.0, None, []), ('Program Rehabilitasi Sosial', 1240000000.0, 1190400000.0, None, [])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial')],
        id='18_numbered_no_pct'),
    # 'Program A, dengan kegiatan:' (the name took ', dengan kegiatan' before)
    pytest.param(
        'PROGRAM DAN KEGIATAN TAHUN 2023\n1. Program Pemberdayaan Sosial, dengan kegiatan:\n   a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n   b. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n2. Program Rehabilitasi Sosial, dengan kegiatan:\n   a. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\n   b. Rehabilitasi Sosial Dasar Anak Terlantar\n   c. Rehabilitasi Sosial Dasar Lanjut Usia Terlantar\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar', 'Rehabilitasi Sosial Dasar Anak Terlantar', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar'])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial')],
        id='19_kegiatan_bullets_under_numbered'),
    # 'Kegiatan yang dilaksanakan meliputi:' and bullets
    pytest.param(
        'Program Perlindungan dan Jaminan Sosial\nPagu anggaran Rp 780.000.000 dan realisasi Rp 741.000.000 (95%).\nKegiatan yang dilaksanakan meliputi:\n• Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n• Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\n\nProgram Penanganan Bencana\nPagu anggaran Rp 120.000.000 dan realisasi Rp 114.000.000 (95%).\nKegiatan yang dilaksanakan meliputi:\n• Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n',
        [('Program Perlindungan dan Jaminan Sosial', 780000000.0, 741000000.0, 95.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota']), ('Program Penanganan Bencana', 120000000.0, 114000000.0, 95.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [(None, 'Program Perlindungan dan Jaminan Sosial'), (None, 'Program Penanganan Bencana')],
        id='20_kegiatan_dash_no_colon_word'),
    # allocations before and after the name in news prose
    pytest.param(
        'SLEMAN – Dinas Sosial Kabupaten Sleman mengalokasikan Rp 3,5 miliar untuk Program Rehabilitasi Sosial pada APBD 2024. Selain itu, Program Perlindungan dan Jaminan Sosial memperoleh anggaran Rp 1,25 miliar, sedangkan Program Pemberdayaan Sosial dianggarkan Rp 900 juta.\nMenurut Kepala Dinas, program tersebut disusun berdasarkan program kerja tahunan dan program prioritas daerah.\n',
        [('Program Rehabilitasi Sosial', 3500000000.0, None, None, []), ('Program Perlindungan dan Jaminan Sosial', 1250000000.0, None, None, []), ('Program Pemberdayaan Sosial', 900000000.0, None, None, [])],
        [],
        id='21_news_prose_multi'),
    # 'didukung oleh 1 kegiatan, yaitu:' and one numbered line (read as '1' before)
    pytest.param(
        'PROGRAM REHABILITASI SOSIAL\nPagu anggaran program sebesar Rp 1.500.000.000 dengan realisasi Rp 1.425.000.000 atau 95%. Program ini didukung oleh 2 kegiatan, yaitu:\n1. Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n2. Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\n\nPROGRAM PENANGANAN BENCANA\nPagu anggaran program sebesar Rp 300.000.000 dengan realisasi Rp 270.000.000 atau 90%. Program ini didukung oleh 1 kegiatan, yaitu:\n1. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n',
        [('PROGRAM REHABILITASI SOSIAL', 1500000000.0, 1425000000.0, 95.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('PROGRAM PENANGANAN BENCANA', 300000000.0, 270000000.0, 90.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [(None, 'PROGRAM REHABILITASI SOSIAL'), (None, 'PROGRAM PENANGANAN BENCANA')],
        id='22_caps_heading_kegiatan'),
    # lower-case roman numerals 'i)', 'ii)' (no outline node before)
    pytest.param(
        'Program yang dilaksanakan pada tahun 2022:\ni) Program Pemberdayaan Sosial;\nii) Program Rehabilitasi Sosial;\niii) Program Perlindungan dan Jaminan Sosial;\niv) Program Penanganan Bencana.\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, []), ('Program Penanganan Bencana', None, None, None, [])],
        [('i)', 'Program Pemberdayaan Sosial'), ('ii)', 'Program Rehabilitasi Sosial'), ('iii)', 'Program Perlindungan dan Jaminan Sosial'), ('iv)', 'Program Penanganan Bencana')],
        id='23_roman_paren'),
    # 'Pertama, Program A.' and its figures in the next sentence (no budget, no outline node before)
    pytest.param(
        'Pertama, Program Pemberdayaan Sosial.\nProgram ini dialokasikan anggaran Rp 450.000.000 dengan realisasi Rp 427.500.000 atau 95%.\nKedua, Program Rehabilitasi Sosial.\nProgram ini dialokasikan anggaran Rp 1.800.000.000 dengan realisasi Rp 1.620.000.000 atau 90%.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1800000000.0, 1620000000.0, 90.0, [])],
        [('Pertama', 'Program Pemberdayaan Sosial'), ('Kedua', 'Program Rehabilitasi Sosial')],
        id='24_kesatu'),
    # a coded table of programs and kegiatan
    pytest.param(
        'Kode\tProgram/Kegiatan/Sub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%\n1.06.02\tProgram Pemberdayaan Sosial\t450.000.000\t441.000.000\t98,00\n1.06.02.2.01\tPemberdayaan Sosial Komunitas Adat Terpencil (KAT)\t200.000.000\t195.000.000\t97,50\n1.06.02.2.02\tPengembangan Potensi Sumber Kesejahteraan Sosial\t250.000.000\t246.000.000\t98,40\n1.06.04\tProgram Rehabilitasi Sosial\t1.100.000.000\t1.045.000.000\t95,00\n1.06.04.2.01\tRehabilitasi Sosial Dasar Anak Terlantar\t1.100.000.000\t1.045.000.000\t95,00\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 441000000.0, 98.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial']), ('Program Rehabilitasi Sosial', 1100000000.0, 1045000000.0, 95.0, ['Rehabilitasi Sosial Dasar Anak Terlantar'])],
        [('1.06.02', 'Program Pemberdayaan Sosial'), ('1.06.04', 'Program Rehabilitasi Sosial')],
        id='25_table_code_rows'),
    # '(1) Program A, dengan pagu ...' opening lines (no outline node before)
    pytest.param(
        'Program yang dilaksanakan:\n(1) Program Pemberdayaan Sosial, dengan pagu Rp 400.000.000 dan realisasi Rp 380.000.000 (95%);\n(2) Program Rehabilitasi Sosial, dengan pagu Rp 600.000.000 dan realisasi Rp 540.000.000 (90%).\n',
        [('Program Pemberdayaan Sosial', 400000000.0, 380000000.0, 95.0, []), ('Program Rehabilitasi Sosial', 600000000.0, 540000000.0, 90.0, [])],
        [('(1)', 'Program Pemberdayaan Sosial'), ('(2)', 'Program Rehabilitasi Sosial')],
        id='26_paren_num_lines'),
    # generic uses of 'program' after list markers and ordinal words
    pytest.param(
        'Arah kebijakan Dinas Sosial tahun 2023:\n- Program kerja disusun berdasarkan Renstra 2021-2026;\n- Program prioritas nasional didukung melalui dana dekonsentrasi;\nPertama, program ini menyasar keluarga miskin ekstrem.\nKedua, program tersebut dilaksanakan bersama pemerintah desa.\na. Program dan kegiatan dievaluasi setiap triwulan.\n',
        [],
        [],
        id='27_negative_markers'),
    # labelled budget lines, kegiatan with their own labelled lines under them (one activity and the kegiatan's figures risked before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\n   Pagu Anggaran : Rp 900.000.000\n   Realisasi : Rp 855.000.000\n   Kegiatan:\n   - Rehabilitasi Sosial Dasar Anak Terlantar: pagu Rp 500.000.000\n   - Rehabilitasi Sosial Dasar Lanjut Usia Terlantar: pagu Rp 400.000.000\n2. Program Penanganan Bencana\n   Kegiatan:\n   - Perlindungan Sosial Korban Bencana Alam\n     Anggaran: Rp 100.000.000\n     Realisasi: Rp 95.000.000\n   - Pelayanan Penyelamatan dan Evakuasi Korban Bencana\n     Anggaran: Rp 50.000.000\n',
        [('Program Rehabilitasi Sosial', 900000000.0, 855000000.0, None, ['Rehabilitasi Sosial Dasar Anak Terlantar', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar']), ('Program Penanganan Bencana', None, None, None, ['Perlindungan Sosial Korban Bencana Alam', 'Pelayanan Penyelamatan dan Evakuasi Korban Bencana'])],
        [('1.', 'Program Rehabilitasi Sosial'), ('2.', 'Program Penanganan Bencana')],
        id='28_pagu_labels_activities'),
    # a form's 'Nama Program : Program A' and labelled lines (no budget, no outline node before)
    pytest.param(
        'Nama Program : Program Pemberdayaan Sosial\nPagu Anggaran : Rp 350.000.000\nRealisasi : Rp 332.500.000\nCapaian : 95%\n\nNama Program : Program Rehabilitasi Sosial\nPagu Anggaran : Rp 1.200.000.000\nRealisasi : Rp 1.140.000.000\nCapaian : 95%\n',
        [('Program Pemberdayaan Sosial', 350000000.0, 332500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1200000000.0, 1140000000.0, 95.0, [])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial')],
        id='30_label_form'),
    # a heading in capitals broken over two lines
    pytest.param(
        'PROGRAM PEMBERDAYAAN FAKIR MISKIN, KOMUNITAS ADAT TERPENCIL\nDAN PENYANDANG MASALAH KESEJAHTERAAN SOSIAL LAINNYA\nPagu anggaran sebesar Rp 2.000.000.000 dengan realisasi Rp 1.900.000.000 atau 95%.\n\nPROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA\nPagu anggaran sebesar Rp 500.000.000 dengan realisasi Rp 450.000.000 atau 90%.\n',
        [('PROGRAM PEMBERDAYAAN FAKIR MISKIN, KOMUNITAS ADAT TERPENCIL DAN PENYANDANG MASALAH KESEJAHTERAAN SOSIAL LAINNYA', 2000000000.0, 1900000000.0, 95.0, []), ('PROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA', 500000000.0, 450000000.0, 90.0, [])],
        [(None, 'PROGRAM PEMBERDAYAAN FAKIR MISKIN, KOMUNITAS ADAT TERPENCIL DAN PENYANDANG MASALAH KESEJAHTERAAN SOSIAL LAINNYA'), (None, 'PROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA')],
        id='31_caps_broken'),
    # bulleted programs with 'pagu ..., realisasi ...' after a colon
    pytest.param(
        'Capaian per program:\n• Program Pemberdayaan Sosial: pagu Rp 420.000.000, realisasi Rp 399.000.000 (95%);\n• Program Rehabilitasi Sosial: pagu Rp 880.000.000, realisasi Rp 792.000.000 (90%);\n• Program Penanganan Bencana: pagu Rp 95.000.000, realisasi Rp 95.000.000 (100%).\n',
        [('Program Pemberdayaan Sosial', 420000000.0, 399000000.0, 95.0, []), ('Program Rehabilitasi Sosial', 880000000.0, 792000000.0, 90.0, []), ('Program Penanganan Bencana', 95000000.0, 95000000.0, 100.0, [])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial'), (None, 'Program Penanganan Bencana')],
        id='32_bullet_colon'),
    # numbered programs with their allocation in brackets on the line (no budget before)
    pytest.param(
        'Program yang dilaksanakan Dinas Sosial tahun 2022 yaitu:\n1. Program Pemberdayaan Sosial (Rp 300.000.000)\n2. Program Rehabilitasi Sosial (Rp 750.000.000)\n3. Program Perlindungan dan Jaminan Sosial (Rp 410.000.000)\n',
        [('Program Pemberdayaan Sosial', 300000000.0, None, None, []), ('Program Rehabilitasi Sosial', 750000000.0, None, None, []), ('Program Perlindungan dan Jaminan Sosial', 410000000.0, None, None, [])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial'), ('3.', 'Program Perlindungan dan Jaminan Sosial')],
        id='34_numbered_name_then_paren_budget'),
    # 'PROGRAM KERJA' heading a list of tasks: no program
    pytest.param(
        'PROGRAM KERJA DINAS SOSIAL TAHUN 2024\n1. Penyusunan rencana kerja dan anggaran\n2. Pendataan PMKS dan PSKS\n3. Penyaluran bantuan sosial\n',
        [],
        [],
        id='35_program_kerja_heading'),
    # 'Rencana Program dan Kegiatan', 'Program Studi ...', 'program pemerintah pusat', 'Indikator Kinerja Program (IKP)', 'Sasaran Program:': no program
    pytest.param(
        'MAKASSAR – Kepala Dinas Sosial Kota Makassar menyampaikan bahwa Rencana Program dan Kegiatan tahun 2025 telah dibahas bersama DPRD.\nMenurutnya, Program Studi Kesejahteraan Sosial Universitas Hasanuddin turut dilibatkan dalam pendataan.\n"Kami juga menyesuaikan program pemerintah pusat dan program Kemensos," ujarnya.\nIndikator Kinerja Program (IKP) disusun ulang sesuai Renstra.\nSasaran Program: meningkatnya kualitas hidup PMKS.\n',
        [],
        [],
        id='40_news_negatives'),
    # news naming PKH, Program Sembako (a rate is no budget) and RTLH with their amounts
    pytest.param(
        'SURABAYA – Sebanyak 12.500 keluarga di Surabaya menerima bantuan Program Keluarga Harapan (PKH) tahap III senilai total Rp 9,4 miliar.\nSelain PKH, warga juga menerima Program Sembako atau BPNT sebesar Rp 200.000 per bulan.\nDinas Sosial juga menjalankan program rumah tidak layak huni (RTLH) dengan anggaran Rp 1,5 miliar untuk 75 unit rumah.\n',
        [('Program Keluarga Harapan (PKH)', 9400000000.0, None, None, []), ('Program Sembako', None, None, None, []), ('program rumah tidak layak huni (RTLH)', 1500000000.0, None, None, [])],
        [],
        id='41_news_positive_pkh'),
    # an LKPJ sentence with budget triple and 'didukung oleh 3 kegiatan yaitu A, B, dan C'
    pytest.param(
        'Pada Urusan Sosial tahun 2019 dilaksanakan Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial dengan anggaran sebesar Rp 1.750.000.000 dan realisasi sebesar Rp 1.662.500.000 atau 95%, yang didukung oleh 3 kegiatan yaitu Pelayanan Sosial Lanjut Usia, Pelayanan Sosial Penyandang Disabilitas, dan Pelayanan Sosial Anak Terlantar.\n',
        [('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 1750000000.0, 1662500000.0, 95.0, ['Pelayanan Sosial Lanjut Usia', 'Pelayanan Sosial Penyandang Disabilitas', 'Pelayanan Sosial Anak Terlantar'])],
        [],
        id='42_lkpj_prose_with_kegiatan'),
    # lettered headings in capitals, 'Anggaran :'/'Realisasi :'/'Persentase :' lines, dashed kegiatan
    pytest.param(
        'B. PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL\nAnggaran : Rp. 640.000.000,00\nRealisasi : Rp. 601.600.000,00\nPersentase : 94,00 %\nKegiatan yang dilaksanakan :\n- Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\n- Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\nC. PROGRAM PENANGANAN BENCANA\nAnggaran : Rp. 85.000.000,00\nRealisasi : Rp. 85.000.000,00\nPersentase : 100,00 %\n',
        [('PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 640000000.0, 601600000.0, 94.0, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota']), ('PROGRAM PENANGANAN BENCANA', 85000000.0, 85000000.0, 100.0, [])],
        [('B.', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL'), ('C.', 'PROGRAM PENANGANAN BENCANA')],
        id='43_caps_heading_activities_dash'),
    # a title-case headline, then the program with its acronym
    pytest.param(
        'Dinsos Salurkan Program Bantuan Sosial Tunai Tahap II kepada 3.000 KPM\nDinas Sosial Kabupaten Bogor menyalurkan Program Bantuan Sosial Tunai (BST) kepada 3.000 keluarga penerima manfaat.\n',
        [('Program Bantuan Sosial Tunai (BST)', None, None, None, [])],
        [],
        id='44_headline_titlecase'),
    # 'Program A:' heading its paragraph, figures in the next sentence (no budget, no outline node before)
    pytest.param(
        'Program Pemberdayaan Sosial:\nProgram ini dilaksanakan dengan anggaran Rp 275.000.000 dan terealisasi Rp 261.250.000 atau 95%.\n\nProgram Rehabilitasi Sosial:\nProgram ini dilaksanakan dengan anggaran Rp 640.000.000 dan terealisasi Rp 576.000.000 atau 90%.\n',
        [('Program Pemberdayaan Sosial', 275000000.0, 261250000.0, 95.0, []), ('Program Rehabilitasi Sosial', 640000000.0, 576000000.0, 90.0, [])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial')],
        id='51_program_colon_heading'),
    # 'Sub kegiatan yang dilaksanakan:' and lettered lines
    pytest.param(
        '1. Program Perlindungan dan Jaminan Sosial\n   Sub kegiatan yang dilaksanakan:\n   a) Bantuan Langsung Tunai kepada Korban Bencana Sosial;\n   b) Penyediaan Makanan bagi Korban Bencana;\n   c) Penyediaan Sandang bagi Korban Bencana.\n2. Program Penanganan Bencana\n   Sub kegiatan yang dilaksanakan:\n   a) Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana.\n',
        [('Program Perlindungan dan Jaminan Sosial', None, None, None, ['Bantuan Langsung Tunai kepada Korban Bencana Sosial', 'Penyediaan Makanan bagi Korban Bencana', 'Penyediaan Sandang bagi Korban Bencana']), ('Program Penanganan Bencana', None, None, None, ['Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana'])],
        [('1.', 'Program Perlindungan dan Jaminan Sosial'), ('2.', 'Program Penanganan Bencana')],
        id='52_sub_kegiatan_list'),
    # '2.1 Program A' with '2.1.1 ...' kegiatan (none before; the next program was its own activity)
    pytest.param(
        '2.1 Program Rehabilitasi Sosial\n2.1.1 Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n2.1.2 Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\n2.2 Program Penanganan Bencana\n2.2.1 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Program Penanganan Bencana', None, None, None, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('2.1', 'Program Rehabilitasi Sosial'), ('2.2', 'Program Penanganan Bencana')],
        id='53_kegiatan_numbered_sub'),
    # 'Kegiatan: A; B.' and 'Pagu: ...; Realisasi: ... (97%)' lines under numbered programs
    pytest.param(
        '1. Program Pemberdayaan Sosial\n   Kegiatan: Pemberdayaan Sosial KAT; Pengembangan Potensi Sumber Kesejahteraan Sosial.\n   Pagu: Rp 300.000.000; Realisasi: Rp 291.000.000 (97%).\n2. Program Rehabilitasi Sosial\n   Kegiatan: Rehabilitasi Sosial Dasar Anak Terlantar.\n   Pagu: Rp 500.000.000; Realisasi: Rp 450.000.000 (90%).\n',
        [('Program Pemberdayaan Sosial', 300000000.0, 291000000.0, 97.0, ['Pemberdayaan Sosial KAT', 'Pengembangan Potensi Sumber Kesejahteraan Sosial']), ('Program Rehabilitasi Sosial', 500000000.0, 450000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar'])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial')],
        id='60_kegiatan_inline_line'),
    # '1)' programs under lettered group headings in capitals
    pytest.param(
        'A. PROGRAM POKOK\n1) Program Pemberdayaan Sosial\n   Anggaran Rp 210.000.000, realisasi Rp 199.500.000 (95%)\n2) Program Rehabilitasi Sosial\n   Anggaran Rp 480.000.000, realisasi Rp 432.000.000 (90%)\nB. PROGRAM PENUNJANG\n1) Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n   Anggaran Rp 3.200.000.000, realisasi Rp 3.040.000.000 (95%)\n',
        [('Program Pemberdayaan Sosial', 210000000.0, 199500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 480000000.0, 432000000.0, 90.0, []), ('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 3200000000.0, 3040000000.0, 95.0, [])],
        [('1)', 'Program Pemberdayaan Sosial'), ('2)', 'Program Rehabilitasi Sosial'), ('1)', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota')],
        id='61_numbered_paren_items_nested'),
    # 'Realisasi Program A mencapai Rp X dari pagu Rp Y' (X was read as the pagu before)
    pytest.param(
        'Realisasi Program Rehabilitasi Sosial mencapai Rp 1,8 miliar dari pagu Rp 2 miliar, sedangkan Program Perlindungan dan Jaminan Sosial terealisasi Rp 900 juta dari pagu Rp 1 miliar.\n',
        [('Program Rehabilitasi Sosial', 2000000000.0, 1800000000.0, None, []), ('Program Perlindungan dan Jaminan Sosial', 1000000000.0, 900000000.0, None, [])],
        [],
        id='62_news_two_programs_one_sentence'),
    # kegiatan dashed right under bulleted programs, no 'Kegiatan:' (none before)
    pytest.param(
        '• Program Pemberdayaan Sosial\n  - Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n  - Pengembangan Potensi Sumber Kesejahteraan Sosial\n• Program Rehabilitasi Sosial\n  - Rehabilitasi Sosial Dasar Anak Terlantar\n  - Rehabilitasi Sosial Dasar Lanjut Usia Terlantar\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial']), ('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar'])],
        [(None, 'Program Pemberdayaan Sosial'), (None, 'Program Rehabilitasi Sosial')],
        id='63_dash_kegiatan_under_bullet_program'),
    # kegiatan lettered right under numbered programs, no 'Kegiatan:' (none before)
    pytest.param(
        '1. Program Pemberdayaan Sosial\n   a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n   b. Pengembangan Potensi Sumber Kesejahteraan Sosial\n2. Program Rehabilitasi Sosial\n   a. Rehabilitasi Sosial Dasar Anak Terlantar\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial']), ('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar'])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial')],
        id='64_numbered_lettered_kegiatan'),
    # lettered parts of a program's account ('a. Tujuan: ...') are no kegiatan
    pytest.param(
        '1. Program Pemberdayaan Sosial\n   a. Tujuan: meningkatkan kemandirian PMKS\n   b. Pelaksanaan program mencapai 95% dari target.\n2. Program Rehabilitasi Sosial\n   a. Sasaran: anak terlantar dan lansia\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, [])],
        [('1.', 'Program Pemberdayaan Sosial'), ('2.', 'Program Rehabilitasi Sosial')],
        id='65_numbered_lettered_parts'),
    # a dashed program's name broken after 'dan'
    pytest.param(
        'Program yang menjadi kewenangan kabupaten:\n- Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan\n  Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\n- Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n- Program Pembinaan Anak Terlantar\n',
        [('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', None, None, None, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', None, None, None, []), ('Program Pembinaan Anak Terlantar', None, None, None, [])],
        [(None, 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya'), (None, 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial'), (None, 'Program Pembinaan Anak Terlantar')],
        id='70_bullet_broken'),
    # a Renja table with pipes, codes, and sub kegiatan rows
    pytest.param(
        '| No | Kode | Program/Kegiatan | Pagu Indikatif (Rp) |\n|----|------|------------------|---------------------|\n| 1 | 1.06.02 | Program Pemberdayaan Sosial | 350.000.000 |\n| | 1.06.02.2.01 | Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) | 350.000.000 |\n| 2 | 1.06.04 | Program Rehabilitasi Sosial | 820.000.000 |\n| | 1.06.04.2.01 | Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti | 500.000.000 |\n| | 1.06.04.2.02 | Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti | 320.000.000 |\n',
        [('Program Pemberdayaan Sosial', 350000000.0, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)']), ('Program Rehabilitasi Sosial', 820000000.0, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti'])],
        [('1', 'Program Pemberdayaan Sosial'), ('2', 'Program Rehabilitasi Sosial')],
        id='71_renja_table_pipes'),
    # 'Pertama, ... Kedua, ...' inside a news paragraph, each with its allocation
    pytest.param(
        'Bupati menyebut dua program andalan Dinas Sosial tahun ini. Pertama, Program Rumah Layak Huni dengan anggaran Rp 2,5 miliar untuk 125 unit. Kedua, Program Sembako Daerah senilai Rp 1,2 miliar.\n',
        [('Program Rumah Layak Huni', 2500000000.0, None, None, []), ('Program Sembako Daerah', 1200000000.0, None, None, [])],
        [],
        id='72_news_ordinal_mid'),
    # generic 'program' after markers and ordinals ('Program Dinas', 'Program Bupati', 'Program Prioritas:'): none
    pytest.param(
        'II. PROGRAM DAN KEGIATAN\n- Program kegiatan belum berjalan optimal karena refocusing.\n- Program Dinas disusun setiap tahun.\na. Program Pembangunan Daerah mengacu pada RPJMD.\nPertama, Program Bupati diarahkan pada pengentasan kemiskinan.\nKedua, Program Pemerintah Kabupaten mendukung program nasional.\n• Program Prioritas:\n  penanganan kemiskinan ekstrem\n',
        [],
        [],
        id='73_negative_lists'),
    # a group's name 'Program Penunjang:' heading a paragraph names no program (reported before)
    pytest.param(
        'Program Penunjang:\nPelayanan administrasi perkantoran dan peningkatan sarana aparatur.\n',
        [],
        [],
        id='74_penunjang_colon'),
    # a table of programs as tab-separated lines with no header row (the first program was lost, no budgets before)
    pytest.param(
        'Tabel 3.5\nRealisasi Anggaran per Program Dinas Sosial Tahun 2023\nProgram Pemberdayaan Sosial\tRp 412.000.000\tRp 398.000.000\t96,60%\nProgram Rehabilitasi Sosial\tRp 1.050.000.000\tRp 987.000.000\t94,00%\nProgram Perlindungan dan Jaminan Sosial\tRp 610.000.000\tRp 573.400.000\t94,00%\nSumber: Dinas Sosial, 2024\n',
        [('Program Pemberdayaan Sosial', 412000000.0, 398000000.0, 96.6, []), ('Program Rehabilitasi Sosial', 1050000000.0, 987000000.0, 94.0, []), ('Program Perlindungan dan Jaminan Sosial', 610000000.0, 573400000.0, 94.0, [])],
        [('1', 'Program Pemberdayaan Sosial'), ('2', 'Program Rehabilitasi Sosial'), ('3', 'Program Perlindungan dan Jaminan Sosial')],
        id='80_lkjip_program_table_text'),
    # 'Kegiatan: A' then a 'Pagu Rp ...' line (the activity ran on into the figures before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\n   Kegiatan: Rehabilitasi Sosial Dasar Penyandang Disabilitas, Anak Terlantar, dan Lanjut Usia Terlantar di Luar Panti\n   Pagu Rp 700.000.000, realisasi Rp 665.000.000 (95%)\n2. Program Penanganan Bencana\n   Kegiatan: Penanganan Bencana Alam dan Sosial\n   Pagu Rp 100.000.000, realisasi Rp 100.000.000 (100%)\n',
        [('Program Rehabilitasi Sosial', 700000000.0, 665000000.0, 95.0, ['Rehabilitasi Sosial Dasar Penyandang Disabilitas, Anak Terlantar, dan Lanjut Usia Terlantar di Luar Panti']), ('Program Penanganan Bencana', 100000000.0, 100000000.0, 100.0, ['Penanganan Bencana Alam dan Sosial'])],
        [('1.', 'Program Rehabilitasi Sosial'), ('2.', 'Program Penanganan Bencana')],
        id='81_two_level_kegiatan_subkeg'),
    # 'Rp X dialokasikan untuk Program A dan Rp Y untuk Program B' (A took Y before)
    pytest.param(
        'Dari total anggaran tersebut, sebesar Rp 1,1 miliar dialokasikan untuk Program Rehabilitasi Sosial dan Rp 450 juta untuk Program Pemberdayaan Sosial.\n',
        [('Program Rehabilitasi Sosial', 1100000000.0, None, None, []), ('Program Pemberdayaan Sosial', 450000000.0, None, None, [])],
        [],
        id='82_program_amount_before_name_news'),
    # 'Serapan ... Program A baru 45 persen' ('baru' was in the name; the share of the pagu spent is
    # its percent), 'Program B (Rp 300 juta)' (the figures were in the name, no budget)
    pytest.param(
        'Serapan anggaran Program Rehabilitasi Sosial baru 45 persen dari pagu Rp 2 miliar.\nAnggaran Program Keluarga Harapan (PKH) daerah tahun ini mencapai Rp 3 miliar.\nAdapun Program Pemberdayaan Sosial (Rp 300 juta) dan Program Penanganan Bencana (Rp 150 juta) masih dalam tahap lelang.\n',
        [('Program Rehabilitasi Sosial', 2000000000.0, None, 45.0, []), ('Program Keluarga Harapan (PKH)', 3000000000.0, None, None, []), ('Program Pemberdayaan Sosial', 300000000.0, None, None, []), ('Program Penanganan Bencana', 150000000.0, None, None, [])],
        [],
        id='90_news_misc'),
    # five programs listed in one sentence, then 'dengan total anggaran Rp ...' (the total was the last program's pagu before)
    pytest.param(
        'Untuk mencapai sasaran tersebut, pada tahun 2022 Dinas Sosial melaksanakan 5 (lima) program, yaitu Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota, Program Pemberdayaan Sosial, Program Rehabilitasi Sosial, Program Perlindungan dan Jaminan Sosial, serta Program Penanganan Bencana, dengan total anggaran Rp 8.450.000.000.\n',
        [('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', None, None, None, []), ('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, []), ('Program Penanganan Bencana', None, None, None, [])],
        [],
        id='91_lkpj_paragraph_programs'),
    # 'melalui kegiatan: (1) A; (2) B; dan (3) C.' in a sentence (only A before: the clause ended at the semicolon)
    pytest.param(
        'Program Rehabilitasi Sosial dilaksanakan melalui kegiatan: (1) Rehabilitasi Sosial Dasar Anak Terlantar; (2) Rehabilitasi Sosial Dasar Lanjut Usia Terlantar; dan (3) Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar.\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar'])],
        [],
        id='95_inline_numbered_kegiatan'),
    # dashed kegiatan with an indented 'Sub kegiatan: ...' line under each
    pytest.param(
        '1. Program Perlindungan dan Jaminan Sosial\n   Kegiatan:\n   - Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\n     Sub kegiatan: Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\n   - Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n     Sub kegiatan: Penyediaan Makanan bagi Korban Bencana\n2. Program Penanganan Bencana\n   Kegiatan:\n   - Penanganan Bencana\n',
        [('Program Perlindungan dan Jaminan Sosial', None, None, None, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota']), ('Program Penanganan Bencana', None, None, None, ['Penanganan Bencana'])],
        [('1.', 'Program Perlindungan dan Jaminan Sosial'), ('2.', 'Program Penanganan Bencana')],
        id='96_kegiatan_subkegiatan_nested'),
    # news: kegiatan listed in lower case in the next sentence ('Anggaran tersebut digunakan untuk kegiatan antara lain a, b, dan c') (none before)
    pytest.param(
        'Dinas Sosial Kabupaten Gresik menganggarkan Program Rehabilitasi Sosial sebesar Rp 2,1 miliar pada tahun 2024. Anggaran tersebut digunakan untuk kegiatan antara lain rehabilitasi sosial dasar anak terlantar, rehabilitasi sosial dasar lanjut usia terlantar, dan rehabilitasi sosial dasar penyandang disabilitas terlantar.\n',
        [('Program Rehabilitasi Sosial', 2100000000.0, None, None, ['rehabilitasi sosial dasar anak terlantar', 'rehabilitasi sosial dasar lanjut usia terlantar', 'rehabilitasi sosial dasar penyandang disabilitas terlantar'])],
        [],
        id='33_news_kegiatan_inline'),
    # coded program lines with their allocation on the line
    pytest.param(
        'Rencana program Dinas Sosial tahun 2025:\n1.06.02  Program Pemberdayaan Sosial  Rp 450.000.000\n1.06.04  Program Rehabilitasi Sosial  Rp 1.200.000.000\n1.06.05  Program Perlindungan dan Jaminan Sosial  Rp 640.000.000\n',
        [('Program Pemberdayaan Sosial', 450000000.0, None, None, []), ('Program Rehabilitasi Sosial', 1200000000.0, None, None, []), ('Program Perlindungan dan Jaminan Sosial', 640000000.0, None, None, [])],
        [('1.06.02', 'Program Pemberdayaan Sosial'), ('1.06.04', 'Program Rehabilitasi Sosial'), ('1.06.05', 'Program Perlindungan dan Jaminan Sosial')],
        id='a1_code_amount_line'),
    # 'Program tersebut meliputi kegiatan A dan B.' after the program's sentence (none before)
    pytest.param(
        'Tahun ini Program Perlindungan dan Jaminan Sosial mendapat anggaran Rp 640 juta. Program tersebut meliputi kegiatan Pengelolaan Data Fakir Miskin dan Perlindungan Sosial Korban Bencana.\n',
        [('Program Perlindungan dan Jaminan Sosial', 640000000.0, None, None, ['Pengelolaan Data Fakir Miskin', 'Perlindungan Sosial Korban Bencana'])],
        [],
        id='a2_news_next_sentence_kegiatan'),
]


@pytest.mark.parametrize("text, programs, sections", CASES)
def test_programs_budgets_and_activities(text, programs, sections):
    found = extract_text(text).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
            for p in found] == programs


@pytest.mark.parametrize("text, programs, sections", CASES)
def test_program_sections_of_the_outline(text, programs, sections):
    assert [(s.label, s.title) for s in _walk(extract_text(text).sections) if s.kind == "program"] == sections


def test_a_kegiatan_s_own_labelled_lines_are_not_its_program_s_budget():
    text = ("1. Program Penanganan Bencana\n   Kegiatan:\n   - Perlindungan Sosial Korban Bencana Alam\n"
            "     Anggaran: Rp 100.000.000\n     Realisasi: Rp 95.000.000\n"
            "2. Program Rehabilitasi Sosial\n   Pagu : Rp 900.000.000\n")
    found = extract_text(text).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in found] == [
        ("Program Penanganan Bencana", None, None), ("Program Rehabilitasi Sosial", 900000000.0, None)]


def test_ordinal_items_head_sections_with_the_ordinal_as_label():
    text = ("Dua program dilaksanakan.\nKetiga, Program Penanganan Bencana dengan pagu Rp 500.000.000.\n"
            "Keempat, Program Rehabilitasi Sosial dengan pagu Rp 700.000.000.\n")
    sections = [s for s in _walk(extract_text(text).sections) if s.kind == "program"]
    assert [(s.label, s.title) for s in sections] == [("Ketiga", "Program Penanganan Bencana"),
                                                      ("Keempat", "Program Rehabilitasi Sosial")]
    assert sections[0].end == text.index("Keempat")


def test_a_word_document_s_bulleted_kegiatan_under_kegiatan_colon(tmp_path):
    """Word puts each line in a paragraph of its own, and the text keeps a blank line between
    paragraphs: "Kegiatan:" and each of its bullets stand apart (only the first bullet was read)."""
    docx = pytest.importorskip("docx")
    from kesos_extract import extract

    d = docx.Document()
    lines = ["1. Program Pemberdayaan Sosial", "Kegiatan:", "*Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
             "*Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota", "2. Program Rehabilitasi Sosial", "Kegiatan:",
             "*Rehabilitasi Sosial Dasar Anak Terlantar", "*Rehabilitasi Sosial Dasar Lanjut Usia Terlantar"]
    for line in lines:
        if line.startswith("*"):
            d.add_paragraph(line[1:], style="List Bullet")
        else:
            d.add_paragraph(line)
    path = tmp_path / "kegiatan.docx"
    d.save(str(path))
    assert [(p.name, [a.name for a in p.activities]) for p in extract(path).programs] == [
        ("Program Pemberdayaan Sosial", ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
                                         "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota"]),
        ("Program Rehabilitasi Sosial", ["Rehabilitasi Sosial Dasar Anak Terlantar",
                                         "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar"])]


def test_a_headerless_row_whose_percentage_is_not_the_share_gives_no_budget():
    text = "Program Pemberdayaan Sosial\tRp 412.000.000\tRp 398.000.000\t90,00%\n" \
           "Program Rehabilitasi Sosial\tRp 1.050.000.000\tRp 987.000.000\t94,00%\n"
    found = extract_text(text).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in found] == [
        ("Program Pemberdayaan Sosial", None, None), ("Program Rehabilitasi Sosial", 1050000000.0, 987000000.0)]
