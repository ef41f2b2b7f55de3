"""Programs, their kegiatan and budgets as LKPJ/LAKIP/Renja chapters copied from 123dok or
vdokumen, Dinas Sosial profile pages, theses and news name them, in phrasings and layouts no seed
or dev file uses: kegiatan named before the program they belong to ("Kedua kegiatan tersebut
termasuk dalam Program ..."), a program's figures in the paragraph after it ("Anggaran program ini
...", "Realisasi anggaran program sebesar ..."), programs listed with "serta"/"dan", lettered and
bulleted kegiatan under numbered programs, sub kegiatan under kegiatan, Permendagri 90/2019 codes
before the name or after the word ("Program 1.06.04 Rehabilitasi Sosial"), a realisation
percentage measured at a date, figures in brackets after a name. And the other side: "program
kerja", "program prioritas", "program studi", lower-case common nouns ("program permakanan"), a
program of another urusan's agency, an umbrella that groups national programs: no program.

The passages were written for these tests in the register of the genre; the answers were worked
out by hand by the programs format of shared/gold/README.md (name as written, the kegiatan the
text names for the program, pagu / realisasi / percent of the program itself, never of one of its
kegiatan). A planted slip (a percentage changed) must give a mismatch on that claim only.
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from probe_assertions import percent_checks

# (text, [(name, pagu, realisasi, percent, [kegiatan ...])])
CASES = [
    # kegiatan named in the sentence before the program they belong to
    pytest.param(
        "Pada tahun 2022 Dinas Sosial melaksanakan Kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial "
        "Kabupaten/Kota serta Kegiatan Penanganan Warga Negara Migran Korban Tindak Kekerasan. Kedua kegiatan "
        "tersebut termasuk dalam Program Perlindungan dan Jaminan Sosial dengan pagu anggaran Rp 1.240.000.000 "
        "dan realisasi Rp 1.178.000.000 atau 95 persen.\n",
        [("Program Perlindungan dan Jaminan Sosial", 1240000000.0, 1178000000.0, 95.0,
          ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
           "Penanganan Warga Negara Migran Korban Tindak Kekerasan"])],
        id="kegiatan_before_kedua"),
    pytest.param(
        "Capaian kinerja urusan sosial tahun 2021 didukung oleh pelaksanaan kegiatan Penyediaan Permakanan, "
        "kegiatan Pemberian Alat Bantu, dan kegiatan Pelayanan Reunifikasi Keluarga. Seluruh kegiatan tersebut "
        "merupakan bagian dari Program Rehabilitasi Sosial yang dialokasikan sebesar Rp 860.500.000 dengan "
        "realisasi Rp 842.000.000 atau 97,85%.\n",
        [("Program Rehabilitasi Sosial", 860500000.0, 842000000.0, 97.85,
          ["Penyediaan Permakanan", "Pemberian Alat Bantu", "Pelayanan Reunifikasi Keluarga"])],
        id="kegiatan_before_seluruh"),
    # the sentence opens with the kegiatan it hands to the program
    pytest.param(
        "Kegiatan Penyediaan Permakanan dan Kegiatan Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial yang "
        "dilaksanakan tahun 2023 masuk dalam Program Rehabilitasi Sosial. Program ini didukung anggaran "
        "Rp 520.000.000 dan terealisasi Rp 494.000.000 atau 95 persen.\n",
        [("Program Rehabilitasi Sosial", 520000000.0, 494000000.0, 95.0,
          ["Penyediaan Permakanan", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial"])],
        id="kegiatan_open_sentence_masuk_dalam"),
    # numbered section headings, the figures on an "Anggaran program ini" line below
    pytest.param(
        "3.2.4 Program Rehabilitasi Sosial\nProgram ini bertujuan memulihkan keberfungsian sosial PMKS di dalam dan "
        "di luar panti.\nAnggaran program ini sebesar Rp 2.150.000.000 dengan realisasi sebesar Rp 2.021.000.000 "
        "atau 94,00%.\n3.2.5 Program Penanganan Bencana\nProgram ini dilaksanakan melalui kegiatan Perlindungan "
        "Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota.\nAnggaran program ini sebesar Rp 400.000.000 dengan "
        "realisasi sebesar Rp 372.000.000 atau 93,00%.\n",
        [("Program Rehabilitasi Sosial", 2150000000.0, 2021000000.0, 94.0, []),
         ("Program Penanganan Bencana", 400000000.0, 372000000.0, 93.0,
          ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])],
        id="section_headings_anggaran_program_ini"),
    # a heading in capitals over programs without a marker, "melalui Kegiatan A dan Kegiatan B"
    pytest.param(
        "PROGRAM DAN KEGIATAN TAHUN 2023\nProgram Pemberdayaan Sosial\nProgram ini dilaksanakan melalui Kegiatan "
        "Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) dan Kegiatan Pengembangan Potensi Sumber "
        "Kesejahteraan Sosial Daerah Kabupaten/Kota.\nAnggaran program ini Rp 288.000.000 dengan realisasi "
        "Rp 279.360.000 atau 97,00%.\nProgram Penanganan Bencana\nProgram ini dilaksanakan melalui Kegiatan "
        "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota.\nAnggaran program ini Rp 175.000.000 "
        "dengan realisasi Rp 166.250.000 atau 95,00%.\n",
        [("Program Pemberdayaan Sosial", 288000000.0, 279360000.0, 97.0,
          ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
           "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
         ("Program Penanganan Bencana", 175000000.0, 166250000.0, 95.0,
          ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])],
        id="unmarked_headings_melalui_kegiatan"),
    # a Word document's blank lines between the numbered program, its sentence and its figures
    pytest.param(
        "B. Realisasi Program\n1. Program Pemberdayaan Sosial\n\nProgram ini dilaksanakan oleh Bidang Pemberdayaan "
        "Sosial dan Penanganan Fakir Miskin.\n\nPagu anggaran program sebesar Rp 540.000.000,00 dan terealisasi "
        "Rp 513.000.000,00 atau 95,00%.\n\n2. Program Rehabilitasi Sosial\n\nProgram ini dilaksanakan oleh Bidang "
        "Rehabilitasi Sosial.\n\nPagu anggaran program sebesar Rp 1.200.000.000,00 dan terealisasi "
        "Rp 1.164.000.000,00 atau 97,00%.\n",
        [("Program Pemberdayaan Sosial", 540000000.0, 513000000.0, 95.0, []),
         ("Program Rehabilitasi Sosial", 1200000000.0, 1164000000.0, 97.0, [])],
        id="figures_next_paragraph"),
    # the next sentence's "anggaran program" with no name and no "ini"
    pytest.param(
        "Pada Program Rehabilitasi Sosial terdapat dua kegiatan, yakni Rehabilitasi Sosial Dasar Anak Terlantar di "
        "Luar Panti Sosial dan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial. Realisasi "
        "anggaran program sebesar Rp 612.000.000 dari pagu Rp 640.000.000 atau 95,63%.\n",
        [("Program Rehabilitasi Sosial", 640000000.0, 612000000.0, 95.63,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial",
           "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial"])],
        id="realisasi_anggaran_program_next_sentence"),
    # programs listed in one sentence with "serta", then the support program in lower case
    pytest.param(
        "Pada tahun anggaran 2023 Dinas Sosial Kabupaten Sleman melaksanakan Program Pemberdayaan Sosial, Program "
        "Rehabilitasi Sosial serta Program Perlindungan dan Jaminan Sosial. Ketiga program tersebut didukung oleh "
        "program penunjang urusan pemerintahan daerah kabupaten/kota.\n",
        [("Program Pemberdayaan Sosial", None, None, None, []),
         ("Program Rehabilitasi Sosial", None, None, None, []),
         ("Program Perlindungan dan Jaminan Sosial", None, None, None, []),
         ("program penunjang urusan pemerintahan daerah kabupaten/kota", None, None, None, [])],
        id="serta_list"),
    pytest.param(
        "PALU - Dinas Sosial Kota Palu tahun ini mengelola Program Pemberdayaan Sosial dengan pagu Rp 420 juta, "
        "Program Rehabilitasi Sosial dengan pagu Rp 1,3 miliar, serta Program Penanganan Bencana dengan pagu "
        "Rp 275 juta.\n",
        [("Program Pemberdayaan Sosial", 420e6, None, None, []),
         ("Program Rehabilitasi Sosial", 1.3e9, None, None, []),
         ("Program Penanganan Bencana", 275e6, None, None, [])],
        id="serta_list_with_pagu"),
    # two lower-case programs with "dan" and a total of both: no program's budget
    pytest.param(
        "Dalam rangka penanganan PMKS, Dinas Sosial Kota Kendari tahun 2023 menjalankan program rehabilitasi sosial "
        "dan program penanganan bencana dengan total anggaran Rp 1,75 miliar.\n",
        [("program rehabilitasi sosial", None, None, None, []), ("program penanganan bencana", None, None, None, [])],
        id="dan_list_total_is_neither"),
    pytest.param(
        "Dinas Sosial Kabupaten Pati pada tahun 2021 melaksanakan 3 (tiga) program, yaitu Program Pemberdayaan "
        "Sosial dengan anggaran Rp 215.000.000, Program Rehabilitasi Sosial dengan anggaran Rp 890.000.000, dan "
        "Program Perlindungan dan Jaminan Sosial dengan anggaran Rp 330.000.000. Realisasi keseluruhan mencapai "
        "Rp 1.378.600.000 atau 96,07 persen.\n",
        [("Program Pemberdayaan Sosial", 215e6, None, None, []), ("Program Rehabilitasi Sosial", 890e6, None, None, []),
         ("Program Perlindungan dan Jaminan Sosial", 330e6, None, None, [])],
        id="counted_list_total_after"),
    # numbered programs, lettered kegiatan nested under them
    pytest.param(
        "Program dan kegiatan yang dilaksanakan Dinas Sosial tahun 2023:\n1. Program Rehabilitasi Sosial\n"
        "   a. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
        "serta Gelandangan Pengemis di Luar Panti Sosial\n   b. Rehabilitasi Sosial Penyandang Masalah "
        "Kesejahteraan Sosial (Non HIV/AIDS dan NAPZA) di Luar Panti Sosial\n2. Program Perlindungan dan Jaminan "
        "Sosial\n   a. Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\n3. Program Penanganan Bencana\n"
        "   a. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n",
        [("Program Rehabilitasi Sosial", None, None, None,
          ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
           "Gelandangan Pengemis di Luar Panti Sosial",
           "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (Non HIV/AIDS dan NAPZA) di Luar Panti Sosial"]),
         ("Program Perlindungan dan Jaminan Sosial", None, None, None,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"]),
         ("Program Penanganan Bencana", None, None, None,
          ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])],
        id="numbered_programs_lettered_kegiatan"),
    # a thesis chapter: the numbered program, a paragraph about it, its kegiatan lettered with semicolons
    pytest.param(
        "1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
        "Sosial (PMKS) Lainnya\n\nProgram ini menyasar keluarga miskin di 14 kecamatan. Kegiatan yang dilakukan "
        "dalam program ini antara lain:\na. Pelatihan keterampilan berusaha bagi keluarga miskin;\nb. Pemberdayaan "
        "sosial Kelompok Usaha Bersama (KUBE);\nc. Bimbingan sosial dan pelatihan keterampilan bagi PMKS.\n\n"
        "2. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n\nProgram ini ditujukan bagi anak jalanan, "
        "gelandangan dan pengemis. Kegiatan yang dilakukan antara lain:\na. Pelayanan dan perlindungan sosial anak "
        "jalanan;\nb. Penjangkauan gelandangan dan pengemis.\n",
        [("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
          "Sosial (PMKS) Lainnya", None, None, None,
          ["Pelatihan keterampilan berusaha bagi keluarga miskin", "Pemberdayaan sosial Kelompok Usaha Bersama (KUBE)",
           "Bimbingan sosial dan pelatihan keterampilan bagi PMKS"]),
         ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", None, None, None,
          ["Pelayanan dan perlindungan sosial anak jalanan", "Penjangkauan gelandangan dan pengemis"])],
        id="thesis_numbered_lettered"),
    # bulleted programs, dashed kegiatan with their own amounts, the program's total under them
    pytest.param(
        "• Program Perlindungan dan Jaminan Sosial\n  - Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah "
        "Kabupaten/Kota: Rp 185.000.000\n  - Kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial "
        "Kabupaten/Kota: Rp 95.000.000\n  Jumlah anggaran program Rp 280.000.000, realisasi Rp 266.000.000 (95%).\n"
        "• Program Penanganan Bencana\n  - Kegiatan Penanganan Korban Bencana Alam dan Sosial: Rp 120.000.000\n"
        "  Jumlah anggaran program Rp 120.000.000, realisasi Rp 108.000.000 (90%).\n",
        [("Program Perlindungan dan Jaminan Sosial", 280e6, 266e6, 95.0,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]),
         ("Program Penanganan Bencana", 120e6, 108e6, 90.0, ["Penanganan Korban Bencana Alam dan Sosial"])],
        id="bullets_dash_kegiatan_amounts"),
    # three levels marked "a." / "-" / "•": kegiatan and their sub kegiatan in the text's order
    pytest.param(
        "a. Program Perlindungan dan Jaminan Sosial\n   - Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah "
        "Kabupaten/Kota\n     • Sub Kegiatan Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah "
        "Kabupaten/Kota\n     • Sub Kegiatan Verifikasi dan Validasi Data Fakir Miskin\n   - Kegiatan Perlindungan "
        "Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n     • Sub Kegiatan Penyediaan Makanan\n"
        "   Pagu program Rp 640.000.000 dengan realisasi Rp 608.000.000 atau 95%.\nb. Program Penanganan Bencana\n"
        "   - Kegiatan Penanganan Korban Bencana Alam dan Sosial\n   Pagu program Rp 150.000.000 dengan realisasi "
        "Rp 141.000.000 atau 94%.\n",
        [("Program Perlindungan dan Jaminan Sosial", 640e6, 608e6, 95.0,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Verifikasi dan Validasi Data Fakir Miskin",
           "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Penyediaan Makanan"]),
         ("Program Penanganan Bencana", 150e6, 141e6, 94.0, ["Penanganan Korban Bencana Alam dan Sosial"])],
        id="three_levels_marked"),
    # an unmarked program line, kegiatan titled, sub kegiatan bulleted
    pytest.param(
        "Program Rehabilitasi Sosial\nKegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak "
        "Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial\n• Sub Kegiatan "
        "Penyediaan Permakanan\n• Sub Kegiatan Pemberian Layanan Rujukan\nKegiatan Rehabilitasi Sosial Penyandang "
        "Masalah Kesejahteraan Sosial (Non HIV/AIDS dan NAPZA) di Luar Panti Sosial\n• Sub Kegiatan Penyediaan "
        "Alat Bantu\n",
        [("Program Rehabilitasi Sosial", None, None, None,
          ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
           "Gelandangan Pengemis di Luar Panti Sosial", "Penyediaan Permakanan", "Pemberian Layanan Rujukan",
           "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (Non HIV/AIDS dan NAPZA) di Luar Panti Sosial",
           "Penyediaan Alat Bantu"])],
        id="kegiatan_titled_sub_bulleted"),
    # Permendagri 90/2019 codes: programs, kegiatan and sub kegiatan each on a coded line
    pytest.param(
        "1.06.04 PROGRAM REHABILITASI SOSIAL\n1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas "
        "Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial\n"
        "1.06.04.2.01.0001 Penyediaan Permakanan\n1.06.04.2.01.0006 Pemberian Pelayanan Reunifikasi Keluarga\n"
        "1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL\n1.06.05.2.01 Pengelolaan Data Fakir Miskin Cakupan "
        "Daerah Kabupaten/Kota\n1.06.05.2.01.0001 Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota\n",
        [("PROGRAM REHABILITASI SOSIAL", None, None, None,
          ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
           "Gelandangan Pengemis di Luar Panti Sosial", "Penyediaan Permakanan",
           "Pemberian Pelayanan Reunifikasi Keluarga"]),
         ("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", None, None, None,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota"])],
        id="coded_three_levels"),
    pytest.param(
        "Urusan Sosial dilaksanakan melalui program berikut.\n1.06.02 Program Pemberdayaan Sosial, dengan anggaran "
        "Rp 325.000.000 terealisasi Rp 318.500.000 (98,00%).\n1.06.04 Program Rehabilitasi Sosial, dengan anggaran "
        "Rp 1.480.000.000 terealisasi Rp 1.406.000.000 (95,00%).\n1.06.05 Program Perlindungan dan Jaminan Sosial, "
        "dengan anggaran Rp 610.000.000 terealisasi Rp 591.700.000 (97,00%).\n",
        [("Program Pemberdayaan Sosial", 325e6, 318.5e6, 98.0, []),
         ("Program Rehabilitasi Sosial", 1.48e9, 1.406e9, 95.0, []),
         ("Program Perlindungan dan Jaminan Sosial", 610e6, 591.7e6, 97.0, [])],
        id="code_before_program_sentence_lines"),
    # the code after the word: a label, no word of the name
    pytest.param(
        "Program 1.06.04 Rehabilitasi Sosial dianggarkan sebesar Rp 1.650.000.000 dengan realisasi Rp 1.584.000.000 "
        "atau 96,00%, sedangkan Program 1.06.05 Perlindungan dan Jaminan Sosial dianggarkan sebesar Rp 420.000.000 "
        "dengan realisasi Rp 399.000.000 atau 95,00%.\n",
        [("Program Rehabilitasi Sosial", 1.65e9, 1.584e9, 96.0, []),
         ("Program Perlindungan dan Jaminan Sosial", 420e6, 399e6, 95.0, [])],
        id="code_after_word_prose"),
    pytest.param(
        "Realisasi program urusan sosial tahun 2022:\nProgram 1.06.02 Pemberdayaan Sosial\nPagu Rp 410.000.000, "
        "realisasi Rp 389.500.000 (95,00%).\nProgram 1.06.04 Rehabilitasi Sosial\nPagu Rp 1.250.000.000, realisasi "
        "Rp 1.212.500.000 (97,00%).\n",
        [("Program Pemberdayaan Sosial", 410e6, 389.5e6, 95.0, []),
         ("Program Rehabilitasi Sosial", 1.25e9, 1.2125e9, 97.0, [])],
        id="code_after_word_lines"),
    # the program's figures first, then its kegiatan by title with their own figures
    pytest.param(
        "Program Rehabilitasi Sosial dengan pagu Rp 900.000.000 dan realisasi Rp 864.000.000 (96,00%) terdiri dari "
        "Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial dengan pagu Rp 350.000.000 dan "
        "realisasi Rp 343.000.000 (98,00%) serta Kegiatan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar "
        "Panti Sosial dengan pagu Rp 550.000.000 dan realisasi Rp 521.000.000 (94,73%).\n",
        [("Program Rehabilitasi Sosial", 900e6, 864e6, 96.0,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial",
           "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial"])],
        id="program_then_titled_kegiatan_figures"),
    # news: "Untuk Program X, anggaran ..." and an allocation after "Adapun untuk"
    pytest.param(
        "Untuk Program Rehabilitasi Sosial, anggaran yang disiapkan tahun 2024 sebesar Rp 2,1 miliar. Adapun untuk "
        "Program Pemberdayaan Sosial dialokasikan Rp 600 juta.\n",
        [("Program Rehabilitasi Sosial", 2.1e9, None, None, []), ("Program Pemberdayaan Sosial", 600e6, None, None, [])],
        id="untuk_program_anggaran"),
    # realisation percentages measured at a date, the second in a contrasting clause
    pytest.param(
        "Realisasi keuangan Program Perlindungan dan Jaminan Sosial sampai dengan 31 Desember 2022 mencapai "
        "97,45 persen, sedangkan Program Rehabilitasi Sosial mencapai 92,10 persen.\n",
        [("Program Perlindungan dan Jaminan Sosial", None, None, 97.45, []),
         ("Program Rehabilitasi Sosial", None, None, 92.10, [])],
        id="percent_at_a_date"),
    # a national program named by the minister, then the regional program with its allocation
    pytest.param(
        "Sesuai arahan Menteri Sosial, Program Keluarga Harapan (PKH) merupakan program nasional yang dananya dari "
        "APBN. Adapun Dinas Sosial Kabupaten Bantul melalui Program Perlindungan dan Jaminan Sosial menganggarkan "
        "Rp 350 juta untuk pendataan fakir miskin.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, []),
         ("Program Perlindungan dan Jaminan Sosial", 350e6, None, None, [])],
        id="national_then_regional"),
    # another urusan's agency and its program: only the social one
    pytest.param(
        "Di bidang kesehatan, Dinas Kesehatan melaksanakan Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya "
        "Kesehatan Masyarakat dengan anggaran Rp 12 miliar. Adapun Dinas Sosial melaksanakan Program Rehabilitasi "
        "Sosial dengan anggaran Rp 1,1 miliar.\n",
        [("Program Rehabilitasi Sosial", 1.1e9, None, None, [])],
        id="other_agency_before"),
    pytest.param(
        "TEMPO - Menteri Sosial menyebut Program Keluarga Harapan (PKH) tahun 2024 dianggarkan Rp 28,7 triliun. "
        "Sementara Kementerian Kesehatan melalui Program Jaminan Kesehatan Nasional menanggung iuran 96,8 juta jiwa.\n",
        [("Program Keluarga Harapan (PKH)", 28.7e12, None, None, [])],
        id="other_ministry"),
    pytest.param(
        "Menurut Kepala Bappeda, program pengentasan kemiskinan daerah tahun 2024 difokuskan pada 5 kecamatan. "
        "Sementara Dinas Sosial melalui Program Perlindungan dan Jaminan Sosial mengalokasikan Rp 275 juta untuk "
        "pendataan DTKS.\n",
        [("Program Perlindungan dan Jaminan Sosial", 275e6, None, None, [])],
        id="bappeda_then_dinsos"),
    # an umbrella that groups the national programs listed after it is none of them
    pytest.param(
        "Dinas Sosial Kabupaten Klaten tahun ini menyalurkan bantuan untuk program perlindungan sosial nasional, "
        "antara lain Program Keluarga Harapan (PKH) dan Program Sembako, kepada 41.000 keluarga.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, []), ("Program Sembako", None, None, None, [])],
        id="umbrella_antara_lain"),
    # a profile page: program names on lines of their own, a description under each
    pytest.param(
        "Profil Program Unggulan\nProgram Keluarga Harapan (PKH)\nBantuan tunai bersyarat bagi keluarga miskin yang "
        "memiliki komponen kesehatan, pendidikan, dan kesejahteraan sosial.\nProgram Sembako\nBantuan pangan non "
        "tunai senilai Rp 200.000 per bulan bagi KPM.\nProgram Asistensi Rehabilitasi Sosial (ATENSI)\nLayanan "
        "rehabilitasi sosial berbasis keluarga, komunitas dan residensial.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, []), ("Program Sembako", None, None, None, []),
         ("Program Asistensi Rehabilitasi Sosial (ATENSI)", None, None, None, [])],
        id="profile_page_descriptions"),
    # kegiatan named by their title, then their sub kegiatan, each with the level word again
    pytest.param(
        "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial tahun 2019 dilaksanakan melalui Kegiatan Pelayanan "
        "dan Perlindungan Sosial Lanjut Usia yang meliputi sub kegiatan Penyediaan Permakanan dan sub kegiatan "
        "Pemberian Bimbingan Sosial.\n",
        [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", None, None, None,
          ["Pelayanan dan Perlindungan Sosial Lanjut Usia", "Penyediaan Permakanan", "Pemberian Bimbingan Sosial"])],
        id="sub_kegiatan_level_word_again"),
    # a counted list, "; dan" closing its last but one item; the program's total after it
    pytest.param(
        "II. PROGRAM DAN KEGIATAN\nProgram Perlindungan dan Jaminan Sosial terdiri atas 2 (dua) kegiatan, yaitu:\n"
        "1) Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota; dan\n2) Perlindungan Sosial Korban Bencana "
        "Alam dan Sosial Kabupaten/Kota.\nTotal pagu Program Perlindungan dan Jaminan Sosial Rp 455.000.000 dengan "
        "realisasi Rp 441.350.000 atau 97%.\n",
        [("Program Perlindungan dan Jaminan Sosial", 455e6, 441.35e6, 97.0,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])],
        id="counted_kegiatan_semicolon_dan"),
    # the kegiatan's amounts in the program's sentence are theirs; the program's total is in the next
    pytest.param(
        "Pada Program Rehabilitasi Sosial, kegiatan yang dilaksanakan adalah Rehabilitasi Sosial Dasar Anak Terlantar "
        "di Luar Panti Sosial dengan anggaran Rp 240.000.000 dan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di "
        "Luar Panti Sosial dengan anggaran Rp 310.000.000. Total anggaran program Rp 550.000.000 terealisasi "
        "Rp 528.000.000 atau 96 persen.\n",
        [("Program Rehabilitasi Sosial", 550e6, 528e6, 96.0,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial",
           "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial"])],
        id="kegiatan_amounts_then_program_total"),
    pytest.param(
        "Realisasi anggaran Program Pemberdayaan Sosial per Triwulan III tahun 2023 baru mencapai 61,20 persen.\n",
        [("Program Pemberdayaan Sosial", None, None, 61.2, [])],
        id="percent_per_triwulan"),
    pytest.param(
        "Rencana program Dinas Sosial tahun 2024:\n- Program Pemberdayaan Sosial : Rp 410.000.000\n- Program "
        "Rehabilitasi Sosial : Rp 1.325.000.000\n- Program Perlindungan dan Jaminan Sosial : Rp 515.000.000\n",
        [("Program Pemberdayaan Sosial", 410e6, None, None, []), ("Program Rehabilitasi Sosial", 1.325e9, None, None, []),
         ("Program Perlindungan dan Jaminan Sosial", 515e6, None, None, [])],
        id="dash_lines_colon_amount"),
    pytest.param(
        "Selain melaksanakan program dan kegiatan APBD, Dinas Sosial juga menjadi pelaksana Program Keluarga Harapan "
        "(PKH) yang bersumber dari APBN dan Program Bantuan Pangan Non Tunai (BPNT).\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, []),
         ("Program Bantuan Pangan Non Tunai (BPNT)", None, None, None, [])],
        id="national_programs_run_by_dinsos"),
    pytest.param(
        "Sementara Dinas Perumahan dan Kawasan Permukiman melalui Program Rumah Layak Huni merehab 120 unit rumah. "
        "Adapun Dinsos melalui Program Rehabilitasi Sosial memberikan alat bantu bagi 85 penyandang disabilitas.\n",
        [("Program Rehabilitasi Sosial", None, None, None, [])],
        id="other_agency_housing"),
    pytest.param(
        "SKRIPSI\nDiajukan untuk memenuhi syarat memperoleh gelar Sarjana pada Program Studi Ilmu Administrasi Negara, "
        "Program Pascasarjana Universitas Negeri Makassar. Penelitian ini mengkaji Program Rehabilitasi Sosial Dinas "
        "Sosial Kota Makassar.\n",
        [("Program Rehabilitasi Sosial", None, None, None, [])],
        id="thesis_front_matter"),
    # an LKjIP's "Program | Indikator" cells run together on a line: the name ends where the indicator starts
    pytest.param(
        "Tabel 2.3 Capaian Indikator Kinerja Program Tahun 2022\nNo. Program Sasaran Indikator Target Realisasi\n"
        "1. Program Perlindungan dan Jaminan Sosial Jumlah keluarga miskin yang terdata dalam DTKS 12.000 KK "
        "12.450 KK\n2. Program Penanganan Bencana Persentase korban bencana yang mendapat bantuan 100 100\n",
        [("Program Perlindungan dan Jaminan Sosial", None, None, None, []),
         ("Program Penanganan Bencana", None, None, None, [])],
        id="indicator_cells_run_together"),
    # a Renstra's coded rows, the indicator wrapped onto the next line with the years' figures
    pytest.param(
        "Rencana Program dan Pendanaan Indikatif 2021-2026\n1.06.05 Program Perlindungan dan Jaminan Sosial "
        "Persentase fakir miskin yang\nterpenuhi kebutuhan dasarnya 70% 450.000.000 72% 475.000.000 74% 500.000.000\n"
        "1.06.06 Program Penanganan Bencana Persentase korban bencana yang\ntertangani 100% 150.000.000 100% "
        "150.000.000 100% 170.000.000\n",
        [("Program Perlindungan dan Jaminan Sosial", None, None, None, []),
         ("Program Penanganan Bencana", None, None, None, [])],
        id="renstra_coded_rows_indicator"),
    # control: capitalised indicator words inside names the catalogue does not know stay in the name
    pytest.param(
        "Program prioritas daerah tahun 2023 yaitu:\n1. Program Peningkatan Cakupan Layanan Sosial Dasar Terpadu\n"
        "2. Program Penurunan Angka Kemiskinan Ekstrem\n",
        [("Program Peningkatan Cakupan Layanan Sosial Dasar Terpadu", None, None, None, []),
         ("Program Penurunan Angka Kemiskinan Ekstrem", None, None, None, [])],
        id="control_indicator_words_inside_names"),
    # bulleted kegiatan under the line that announces them, handed to the program after the list
    pytest.param(
        "Pada tahun 2022 Dinas Sosial melaksanakan kegiatan sebagai berikut:\n- Rehabilitasi Sosial Dasar Anak "
        "Terlantar di Luar Panti Sosial;\n- Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial;\n"
        "- Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti Sosial.\nKetiga kegiatan "
        "tersebut merupakan bagian dari Program Rehabilitasi Sosial dengan pagu Rp 780.000.000 dan realisasi "
        "Rp 741.000.000 atau 95%.\n",
        [("Program Rehabilitasi Sosial", 780e6, 741e6, 95.0,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti Sosial",
           "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial",
           "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti Sosial"])],
        id="bulleted_kegiatan_before_program"),
    # an LKPJ copied from 123dok: a page's running header between two kegiatan of a list
    pytest.param(
        "1. Program Pemberdayaan Sosial\nKegiatan yang dilaksanakan:\na. Pemberdayaan Sosial Komunitas Adat "
        "Terpencil (KAT)\nb. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\nLKPJ Bupati "
        "Sinjai Tahun 2022 IV-45\nc. Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota\nRealisasi keuangan program "
        "ini mencapai Rp 402.500.000 dari pagu Rp 425.000.000 atau 94,71%.\n2. Program Penanganan Bencana\n"
        "Kegiatan yang dilaksanakan:\na. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n"
        "Realisasi keuangan program ini mencapai Rp 96.000.000 dari pagu Rp 100.000.000 atau 96,00%.\n",
        [("Program Pemberdayaan Sosial", 425e6, 402.5e6, 94.71,
          ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
           "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
           "Pengumpulan Sumbangan Dalam Daerah Kabupaten/Kota"]),
         ("Program Penanganan Bencana", 100e6, 96e6, 96.0,
          ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])],
        id="running_header_inside_kegiatan_list"),
    # the figures in the paragraph after, the budget word before "program ini"
    pytest.param(
        "Program Rehabilitasi Sosial merupakan program dengan anggaran terbesar di Dinas Sosial.\n\nPada tahun "
        "2023, anggaran program ini mencapai Rp 2,45 miliar dan terserap Rp 2,33 miliar atau 95,1 persen.\n",
        [("Program Rehabilitasi Sosial", 2.45e9, 2.33e9, 95.1, [])],
        id="anggaran_program_ini_next_paragraph"),
    # the program's amount in brackets on its line, its kegiatan under "Kegiatan:" with theirs
    pytest.param(
        "Program Perlindungan dan Jaminan Sosial (Rp 650.000.000)\nKegiatan:\n- Pengelolaan Data Fakir Miskin "
        "Cakupan Daerah Kabupaten/Kota (Rp 250.000.000)\n- Perlindungan Sosial Korban Bencana Alam dan Sosial "
        "Kabupaten/Kota (Rp 400.000.000)\n",
        [("Program Perlindungan dan Jaminan Sosial", 650e6, None, None,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])],
        id="bracketed_amounts_kegiatan_line"),
    # a kegiatan the sentence before names, what is said of it after its name left out
    pytest.param(
        "Kegiatan Bimbingan Teknis Pendamping Sosial diikuti 45 peserta. Kegiatan tersebut merupakan bagian dari "
        "Program Keluarga Harapan (PKH) yang dijalankan Kementerian Sosial.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, ["Bimbingan Teknis Pendamping Sosial"])],
        id="kegiatan_before_verb_after_name"),
    pytest.param(
        "Dinas Pemberdayaan Masyarakat dan Desa menyalurkan dana melalui Program Pemberdayaan Masyarakat Desa. "
        "Sementara Dinas Sosial melalui Program Pemberdayaan Sosial membina 40 KUBE.\n",
        [("Program Pemberdayaan Sosial", None, None, None, [])],
        id="other_agency_dpmd"),
    # controls: the money of all the programs is none's; a "program kerja" no program
    pytest.param(
        "Dinas Sosial melaksanakan Program Rehabilitasi Sosial bagi penyandang disabilitas. Secara keseluruhan, "
        "anggaran program tahun 2023 pada Dinas Sosial sebesar Rp 9,2 miliar untuk lima program.\n",
        [("Program Rehabilitasi Sosial", None, None, None, [])],
        id="control_all_programs_money"),
    pytest.param(
        "Dinas Sosial juga mendukung Program Keluarga Harapan (PKH). Kegiatan tersebut merupakan bagian dari "
        "Program Kerja Bidang Perlindungan dan Jaminan Sosial.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, [])],
        id="control_program_kerja_bidang"),
    # an LKPJ's "a. Program dan Kegiatan" (kegiatan after "dengan kegiatan:") and "b. Realisasi" restating them
    pytest.param(
        "a. Program dan Kegiatan\nProgram yang dilaksanakan pada urusan sosial tahun 2016 yaitu:\n1) Program "
        "Pelayanan Administrasi Perkantoran, dengan kegiatan:\n   - Penyediaan jasa surat menyurat\n   - Penyediaan "
        "alat tulis kantor\n2) Program Pembinaan Panti Asuhan/Panti Jompo, dengan kegiatan:\n   - Operasi dan "
        "pemeliharaan sarana dan prasarana panti asuhan/jompo\nb. Realisasi Program dan Kegiatan\n1) Program "
        "Pelayanan Administrasi Perkantoran dianggarkan Rp 350.000.000 dan terealisasi Rp 332.500.000 (95,00%).\n"
        "2) Program Pembinaan Panti Asuhan/Panti Jompo dianggarkan Rp 120.000.000 dan terealisasi Rp 114.000.000 "
        "(95,00%).\n",
        [("Program Pelayanan Administrasi Perkantoran", 350e6, 332.5e6, 95.0,
          ["Penyediaan jasa surat menyurat", "Penyediaan alat tulis kantor"]),
         ("Program Pembinaan Panti Asuhan/Panti Jompo", 120e6, 114e6, 95.0,
          ["Operasi dan pemeliharaan sarana dan prasarana panti asuhan/jompo"])],
        id="lkpj_dengan_kegiatan_then_realisasi"),
    pytest.param(
        "Dinas Sosial Kota Tegal pada tahun 2024 mendapat alokasi Rp 6,8 miliar. Anggaran tersebut dibagi untuk "
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota sebesar Rp 4,1 miliar, Program Rehabilitasi "
        "Sosial Rp 1,9 miliar, dan Program Perlindungan dan Jaminan Sosial Rp 800 juta.\n",
        [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4.1e9, None, None, []),
         ("Program Rehabilitasi Sosial", 1.9e9, None, None, []),
         ("Program Perlindungan dan Jaminan Sosial", 800e6, None, None, [])],
        id="news_shared_out_dan"),
    pytest.param(
        "Program Pemberdayaan Sosial didukung oleh 2 (dua) kegiatan dan 3 (tiga) sub kegiatan dengan total pagu "
        "Rp 375.000.000. Realisasi sampai akhir tahun Rp 360.000.000 atau 96%.\n",
        [("Program Pemberdayaan Sosial", 375e6, 360e6, 96.0, [])],
        id="counted_kegiatan_total_pagu"),
    pytest.param(
        "Untuk penanganan fakir miskin, Dinas Sosial menjalankan kegiatan Pengelolaan Data Fakir Miskin Cakupan "
        "Daerah Kabupaten/Kota pada Program Perlindungan dan Jaminan Sosial.\n",
        [("Program Perlindungan dan Jaminan Sosial", None, None, None,
          ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"])],
        id="kegiatan_pada_program"),
    # a headline in capitals, then the share of the pagu spent and the pagu, no amount spent
    pytest.param(
        "PROGRAM REHABILITASI SOSIAL DINSOS SERAP 98 PERSEN\nSINJAI - Serapan anggaran Program Rehabilitasi Sosial "
        "Dinas Sosial Sinjai tahun 2023 mencapai 98 persen dari pagu Rp 1,5 miliar.\n",
        [("PROGRAM REHABILITASI SOSIAL", 1.5e9, None, 98.0, [])],
        id="headline_percent_of_pagu"),
    # the official list of the nomenclature's programs, "serta" before the last
    pytest.param(
        "Sebagaimana diatur dalam Permendagri Nomor 90 Tahun 2019, urusan sosial terdiri atas Program Penunjang "
        "Urusan Pemerintahan Daerah Kabupaten/Kota, Program Pemberdayaan Sosial, Program Penanganan Warga Negara "
        "Migran Korban Tindak Kekerasan, Program Rehabilitasi Sosial, Program Perlindungan dan Jaminan Sosial, "
        "Program Penanganan Bencana, serta Program Pengelolaan Taman Makam Pahlawan.\n",
        [(n, None, None, None, []) for n in (
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Program Pemberdayaan Sosial",
            "Program Penanganan Warga Negara Migran Korban Tindak Kekerasan", "Program Rehabilitasi Sosial",
            "Program Perlindungan dan Jaminan Sosial", "Program Penanganan Bencana",
            "Program Pengelolaan Taman Makam Pahlawan")],
        id="nomenclature_list_serta"),
    # another agency that only speaks of a social program does not make it its own
    pytest.param(
        "Badan Pusat Statistik (BPS) mencatat jumlah penerima Program Keluarga Harapan (PKH) di Kabupaten Sinjai "
        "tahun 2023 sebanyak 9.412 keluarga.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, [])],
        id="other_agency_speaks_of_social_program"),
    # an LKPJ's form: "Anggaran :" / "Realisasi : ... (95,00%)" lines, a "Kegiatan :" list under one program only
    pytest.param(
        "Pada Tahun Anggaran 2022, Dinas Sosial Kabupaten Luwu Utara melaksanakan 4 (empat) program sebagai "
        "berikut :\n1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\nAnggaran : Rp. 3.215.400.000,-\n"
        "Realisasi : Rp. 3.054.630.000,- (95,00%)\n2. Program Pemberdayaan Sosial\nAnggaran : Rp. 275.000.000,-\n"
        "Realisasi : Rp. 261.250.000,- (95,00%)\nKegiatan :\n- Pengembangan Potensi Sumber Kesejahteraan Sosial "
        "Daerah Kabupaten/Kota\n3. Program Rehabilitasi Sosial\nAnggaran : Rp. 890.000.000,-\nRealisasi : "
        "Rp. 863.300.000,- (97,00%)\n4. Program Perlindungan dan Jaminan Sosial\nAnggaran : Rp. 410.000.000,-\n"
        "Realisasi : Rp. 389.500.000,- (95,00%)\n",
        [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3.2154e9, 3.05463e9, 95.0, []),
         ("Program Pemberdayaan Sosial", 275e6, 261.25e6, 95.0,
          ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
         ("Program Rehabilitasi Sosial", 890e6, 863.3e6, 97.0, []),
         ("Program Perlindungan dan Jaminan Sosial", 410e6, 389.5e6, 95.0, [])],
        id="lkpj_form_lines"),
    # "Program ini merupakan bagian dari Program ...": a service called a program, then the program
    pytest.param(
        "Pemerintah Kota melalui Dinas Sosial menyalurkan bantuan permakanan bagi 300 lansia. Program ini merupakan "
        "bagian dari Program Rehabilitasi Sosial yang tahun ini dianggarkan Rp 1,2 miliar.\n",
        [("Program Rehabilitasi Sosial", 1.2e9, None, None, [])],
        id="program_ini_bagian_dari"),
    # a description after a copula is what the program is, no other program; an apposition names one twice
    pytest.param(
        "Program Keluarga Harapan (PKH) yaitu program bantuan sosial bersyarat kepada keluarga miskin.\n",
        [("Program Keluarga Harapan (PKH)", None, None, None, [])],
        id="description_after_yaitu"),
    pytest.param(
        "Program Sembako, yaitu Program Bantuan Pangan Non Tunai (BPNT) yang diperluas, disalurkan kepada 18,8 juta "
        "KPM.\n",
        [("Program Sembako", None, None, None, []), ("Program Bantuan Pangan Non Tunai (BPNT)", None, None, None, [])],
        id="apposition_is_no_umbrella"),
    # controls: the word "program" naming no program of the report
    pytest.param(
        "MAKASSAR - Dinas Sosial Kota Makassar menggelar rapat evaluasi program kerja triwulan III. Kepala Dinas "
        "Sosial mengatakan program prioritas tahun ini adalah penanganan anak jalanan. Selain itu, mahasiswa "
        "program studi Kesejahteraan Sosial turut magang di dinas tersebut.\nSementara Dinas Pendidikan melalui "
        "Program Pengelolaan Pendidikan menyalurkan beasiswa.\n",
        [], id="control_kerja_prioritas_studi_other_agency"),
    pytest.param(
        "Sebanyak 40 mahasiswa Program Studi Kesejahteraan Sosial Universitas Hasanuddin mengikuti praktik kerja di "
        "Dinas Sosial. Kepala Dinas menyebut, sinergi ini sejalan dengan program prioritas wali kota dan mendukung "
        "Program Indonesia Pintar yang dijalankan Kemendikbudristek.\n",
        [], id="control_program_studi_ministry_after"),
    pytest.param(
        "Dinas Sosial Kabupaten Gowa tahun ini kembali menjalankan program permakanan bagi lansia terlantar dan "
        "program bedah rumah bagi keluarga miskin. Kegiatan itu didanai APBD sebesar Rp 750 juta.\n",
        [], id="control_lower_case_nouns"),
    pytest.param(
        "Tahun ini Dinsos juga menyalurkan program permakanan untuk 250 lansia dan program bedah rumah untuk 30 "
        "keluarga, dengan anggaran masing-masing Rp 450 juta dan Rp 600 juta.\n",
        [], id="control_lower_case_masing_masing"),
    pytest.param(
        "Bupati juga meminta seluruh OPD menyusun program kerja yang terukur. Program pembangunan daerah tahun 2024 "
        "diarahkan pada pengentasan kemiskinan ekstrem.\n",
        [], id="control_program_kerja_pembangunan"),
]


def _programs(text: str):
    return [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
            for p in extract_text(text).programs]


@pytest.mark.parametrize("text, expected", CASES)
def test_programs_their_budgets_and_kegiatan(text: str, expected) -> None:
    assert _programs(text) == [(n, pytest.approx(pg) if pg else pg, pytest.approx(r) if r else r, p, acts)
                               for n, pg, r, p, acts in expected]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_correct_passage_gives_no_mismatch(text: str, expected) -> None:
    assert [c.message for c in percent_checks(text) if c.verdict == "mismatch"] == []


# (case id, the percentage as written, the slip planted in its place, (realisasi, pagu) of the claim)
SLIPS = [
    ("kegiatan_before_kedua", "95 persen", "59 persen", (1178000000.0, 1240000000.0)),
    ("kegiatan_before_seluruh", "97,85%", "97,58%", (842000000.0, 860500000.0)),
    ("section_headings_anggaran_program_ini", "93,00%", "39,00%", (372000000.0, 400000000.0)),
    ("realisasi_anggaran_program_next_sentence", "95,63%", "96,53%", (612000000.0, 640000000.0)),
    ("code_after_word_prose", "96,00%", "69,00%", (1584000000.0, 1650000000.0)),
    ("bullets_dash_kegiatan_amounts", "(90%)", "(99%)", (108000000.0, 120000000.0)),
    ("program_then_titled_kegiatan_figures", "(94,73%)", "(97,43%)", (521000000.0, 550000000.0)),
    ("counted_kegiatan_semicolon_dan", "97%", "79%", (441350000.0, 455000000.0)),
    ("kegiatan_amounts_then_program_total", "96 persen", "69 persen", (528000000.0, 550000000.0)),
    ("bulleted_kegiatan_before_program", "95%", "59%", (741000000.0, 780000000.0)),
    ("running_header_inside_kegiatan_list", "94,71%", "97,41%", (402500000.0, 425000000.0)),
    ("anggaran_program_ini_next_paragraph", "95,1 persen", "91,5 persen", (2.33e9, 2.45e9)),
    ("lkpj_form_lines", "(97,00%)", "(79,00%)", (863.3e6, 890e6)),
]
_BY_ID = {c.id: c.values for c in CASES}


@pytest.mark.parametrize("case_id, written, slip, operands", SLIPS, ids=[s[0] for s in SLIPS])
def test_a_planted_slip_is_caught_on_its_claim_only(case_id: str, written: str, slip: str, operands) -> None:
    text, expected = _BY_ID[case_id]
    assert text.count(written) == 1
    slipped = text.replace(written, slip)
    mismatches = [c for c in percent_checks(slipped) if c.verdict == "mismatch"]
    assert [(c.operands["numerator"], c.operands["denominator"]) for c in mismatches] == [operands]
    # the programs and their kegiatan read as before; the program with the slip states it
    got = _programs(slipped)
    assert [(n, acts) for n, _, _, _, acts in got] == [(n, acts) for n, _, _, _, acts in expected]


# --- each program's figures in brackets after its name, one program a line ----------------------

BRACKETED = [
    "Program Pemberdayaan Sosial (Pagu: Rp 310.000.000; Realisasi: Rp 294.500.000; Capaian: 95,00%)\n"
    "Program Rehabilitasi Sosial (Pagu: Rp 980.000.000; Realisasi: Rp 931.000.000; Capaian: 95,00%)\n",
    "1. Program Pemberdayaan Sosial (Pagu: Rp 310.000.000; Realisasi: Rp 294.500.000; Capaian: 95,00%)\n"
    "2. Program Rehabilitasi Sosial (Pagu: Rp 980.000.000; Realisasi: Rp 931.000.000; Capaian: 95,00%)\n",
]


@pytest.mark.parametrize("text", BRACKETED, ids=["unmarked", "numbered"])
def test_bracketed_figures_end_the_name_and_stay_on_their_line(text: str) -> None:
    # (a line's percentage was paired with the next line's pagu: a false alarm, 294,5 / 980 juta)
    assert [c.message for c in percent_checks(text) if c.verdict == "mismatch"] == []
    got = _programs(text)
    assert [p[0] for p in got] == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial"]
    assert got[1][1:4] == (980e6, 931e6, 95.0)


@pytest.mark.parametrize("text", BRACKETED, ids=["unmarked", "numbered"])
def test_bracketed_figures_of_the_first_line(text: str) -> None:
    # (a known gap before: the next line's figures made the first line's 'Capaian: 95,00%' a
    # headline told after it, and it got no claim)
    assert _programs(text)[0][1:4] == (310e6, 294.5e6, 95.0)


# --- a budget table flattened to lines, a sub kegiatan's row wrapped in the middle of its figures --

WRAPPED_ROWS = (
    "Tabel 2.4 Realisasi Program, Kegiatan dan Sub Kegiatan Tahun 2023\n"
    "Kode Uraian Anggaran Realisasi %\n"
    "1.06.02 PROGRAM PEMBERDAYAAN SOSIAL 310.000.000 297.600.000 96,00\n"
    "1.06.02.2.04 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota 310.000.000 297.600.000 96,00\n"
    "1.06.02.2.04.0001 Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota 310.000.000\n"
    "297.600.000 96,00\n"
    "1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL 385.500.000 372.090.000 96,52\n"
    "1.06.05.2.02 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 385.500.000 372.090.000 96,52\n"
    "1.06.05.2.02.0001 Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota 385.500.000\n"
    "372.090.000 96,52\n")


def test_a_coded_rows_figure_cells_are_no_part_of_its_name() -> None:
    got = _programs(WRAPPED_ROWS)
    assert [p[0] for p in got] == ["PROGRAM PEMBERDAYAAN SOSIAL", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"]
    assert not any(ch.isdigit() for _, _, _, _, acts in got for a in acts for ch in a)
    assert [c.message for c in percent_checks(WRAPPED_ROWS) if c.verdict == "mismatch"] == []


def test_a_wrapped_row_keeps_the_table_going() -> None:
    assert _programs(WRAPPED_ROWS) == [
        ("PROGRAM PEMBERDAYAAN SOSIAL", 310e6, 297.6e6, 96.0,
         ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
          "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota"]),
        ("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", 385.5e6, 372.09e6, 96.52,
         ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
          "Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"])]
