"""Programs, kegiatan and sub kegiatan as reports since Permendagri 90/2019 write them.

An LKPJ, LKjIP or Renja realisation describes each program through its kegiatan AND their sub
kegiatan, each often with its own pagu, realisasi and percentage. Two rules are probed here:

* a program's budget is the one stated for the program ("Pagu program ...", "Total anggaran
  program ...", a sentence whose subject is the program, the program's heading line or table
  row), never a kegiatan's or a sub kegiatan's; with none stated, none (null);
* the activities of a program whose text names sub kegiatan are its kegiatan and their sub
  kegiatan in the report's order (the contract's list is flat; each activity's catalogue match
  gives its level where the catalogue is sure), named without their list marker, level word,
  code, figures or connecting phrase ("dengan Sub Kegiatan sebagai berikut", "yang terdiri
  dari", "meliputi"). A line indented under a kegiatan's bullet without a marker of its own
  ("- Kegiatan A" / "    Sub kegiatan: B") stays that bullet's text (tests/test_probe_programs.py,
  case 96).

Reports in the Permendagri 13/2006 style (kegiatan only) are controls: their kegiatan stay the
activities, and their program keeps the budget it states. The passages were written for these
tests in the register of the genre, in layouts no seed or dev file uses; the answers were worked
out by hand by the programs format of shared/gold/README.md."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


REHAB = "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial"
BENCANA_KAB = "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"

CASES = [
    # the brief's passage: the kegiatan named in the sentence, the sub kegiatan lettered with their
    # figures, the program's own 'Pagu program' line last; and 'yang terdiri dari Sub Kegiatan A,
    # B, dan C' in a sentence with a 'Total anggaran program' line
    pytest.param(
        "1. Program Rehabilitasi Sosial\n"
        "Program ini dilaksanakan melalui Kegiatan " + REHAB + " dengan Sub Kegiatan sebagai berikut:\n"
        "a. Sub Kegiatan Penyediaan Permakanan, pagu Rp 150.000.000 realisasi Rp 148.500.000 (99%);\n"
        "b. Sub Kegiatan Pemberian Pelayanan Reunifikasi Keluarga, pagu Rp 50.000.000 realisasi Rp 45.000.000 (90%).\n"
        "Pagu program Rp 200.000.000, realisasi Rp 193.500.000 (96,75%).\n"
        "2. Program Perlindungan dan Jaminan Sosial\n"
        "Program ini dilaksanakan melalui Kegiatan " + BENCANA_KAB + " yang terdiri dari Sub Kegiatan Penyediaan "
        "Makanan bagi Korban Bencana Alam, Penyediaan Sandang bagi Korban Bencana Alam, dan Penyediaan Tempat "
        "Penampungan Pengungsi bagi Korban Bencana Alam.\n"
        "Total anggaran program Rp 300.000.000 terealisasi Rp 270.000.000 (90%).\n",
        [("Program Rehabilitasi Sosial", 200000000.0, 193500000.0, 96.75,
          [REHAB, "Penyediaan Permakanan", "Pemberian Pelayanan Reunifikasi Keluarga"]),
         ("Program Perlindungan dan Jaminan Sosial", 300000000.0, 270000000.0, 90.0,
          [BENCANA_KAB, "Penyediaan Makanan bagi Korban Bencana Alam", "Penyediaan Sandang bagi Korban Bencana Alam",
           "Penyediaan Tempat Penampungan Pengungsi bagi Korban Bencana Alam"])],
        id="brief_lettered_and_sentence"),
    # code-prefixed programs in capitals, kegiatan and sub kegiatan on coded lines with their
    # figures; the second program states none of its own
    pytest.param(
        "1.06.04 PROGRAM REHABILITASI SOSIAL\n"
        "Pagu Rp 850.000.000, realisasi Rp 807.500.000 (95,00%)\n"
        "1.06.04.2.02 Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n"
        "1.06.04.2.02.0001 Penyediaan Permakanan, pagu Rp 500.000.000 realisasi Rp 480.000.000 (96,00%)\n"
        "1.06.04.2.02.0002 Penyediaan Sandang, pagu Rp 350.000.000 realisasi Rp 327.500.000 (93,57%)\n"
        "1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL\n"
        "1.06.05.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n"
        "1.06.05.2.01.0001 Penyediaan Makanan bagi Korban Bencana, pagu Rp 120.000.000 realisasi Rp 110.000.000 (91,67%)\n",
        [("PROGRAM REHABILITASI SOSIAL", 850000000.0, 807500000.0, 95.0,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan", "Penyediaan Sandang"]),
         ("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", None, None, None,
          [BENCANA_KAB, "Penyediaan Makanan bagi Korban Bencana"])],
        id="codes_caps_figures_on_part_lines"),
    # lettered programs, 'Kegiatan X, meliputi:' then '1) Sub Kegiatan A; pagu ...'; the first
    # program states no figures of its own, the second an 'Anggaran program' sentence
    pytest.param(
        "a. Program Pemberdayaan Sosial\n"
        "   Kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil (KAT), meliputi:\n"
        "   1) Sub Kegiatan Pemberdayaan Sosial bagi KAT; pagu Rp 90.000.000, realisasi Rp 90.000.000 (100%)\n"
        "   2) Sub Kegiatan Penyediaan Sarana Prasarana KAT; pagu Rp 60.000.000, realisasi Rp 54.000.000 (90%)\n"
        "b. Program Penanganan Bencana\n"
        "   Kegiatan Penanggulangan Bencana, yang terdiri dari:\n"
        "   1) Sub Kegiatan Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana; pagu Rp 40.000.000, realisasi Rp 38.000.000 (95%)\n"
        "   Anggaran program sebesar Rp 40.000.000 dengan realisasi Rp 38.000.000 atau 95%.\n",
        [("Program Pemberdayaan Sosial", None, None, None,
          ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pemberdayaan Sosial bagi KAT",
           "Penyediaan Sarana Prasarana KAT"]),
         ("Program Penanganan Bencana", 40000000.0, 38000000.0, 95.0,
          ["Penanggulangan Bencana", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])],
        id="lettered_meliputi_numbered_sub"),
    # a tab-separated 'Program / Kegiatan / Sub Kegiatan' table: the program row's own figures
    pytest.param(
        "Tabel 2.3 Realisasi Program, Kegiatan dan Sub Kegiatan Tahun 2022\n"
        "Program / Kegiatan / Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n"
        "Program Rehabilitasi Sosial\t200.000.000\t193.500.000\t96,75\n"
        "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial\t200.000.000\t193.500.000\t96,75\n"
        "Penyediaan Permakanan\t150.000.000\t148.500.000\t99,00\n"
        "Pemberian Pelayanan Reunifikasi Keluarga\t50.000.000\t45.000.000\t90,00\n"
        "Program Penanganan Bencana\t80.000.000\t72.000.000\t90,00\n"
        "Penanggulangan Bencana\t80.000.000\t72.000.000\t90,00\n"
        "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana\t80.000.000\t72.000.000\t90,00\n",
        [("Program Rehabilitasi Sosial", 200000000.0, 193500000.0, 96.75,
          ["Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial", "Penyediaan Permakanan",
           "Pemberian Pelayanan Reunifikasi Keluarga"]),
         ("Program Penanganan Bencana", 80000000.0, 72000000.0, 90.0,
          ["Penanggulangan Bencana", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])],
        id="tab_table_program_rows"),
    # a pipe table with codes whose program row leaves its figures empty: none, not its kegiatan's
    pytest.param(
        "| Kode | Program / Kegiatan / Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|\n"
        "| 1.06.04 | Program Rehabilitasi Sosial | | | |\n"
        "| 1.06.04.2.02 | Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti | 300.000.000 | 285.000.000 | 95,00 |\n"
        "| 1.06.04.2.02.0001 | Penyediaan Permakanan | 200.000.000 | 190.000.000 | 95,00 |\n"
        "| 1.06.04.2.02.0002 | Penyediaan Sandang | 100.000.000 | 95.000.000 | 95,00 |\n"
        "| 1.06.06 | Program Penanganan Bencana | 50.000.000 | 45.000.000 | 90,00 |\n"
        "| 1.06.06.2.01 | Penanggulangan Bencana | 50.000.000 | 45.000.000 | 90,00 |\n",
        [("Program Rehabilitasi Sosial", None, None, None,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan", "Penyediaan Sandang"]),
         ("Program Penanganan Bencana", 50000000.0, 45000000.0, 90.0, ["Penanggulangan Bencana"])],
        id="pipe_table_empty_program_row"),
    # no program figures at all: bulleted sub kegiatan with theirs, and a kegiatan's sentence
    pytest.param(
        "1. Program Rehabilitasi Sosial\n"
        "Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti dengan sub kegiatan:\n"
        "- Penyediaan Permakanan, anggaran Rp 150.000.000 realisasi Rp 148.500.000 (99%)\n"
        "- Penyediaan Sandang, anggaran Rp 50.000.000 realisasi Rp 45.000.000 (90%)\n"
        "2. Program Penanganan Bencana\n"
        "Kegiatan Penanggulangan Bencana dengan sub kegiatan Penyediaan Logistik Penyelamatan dan Evakuasi Korban "
        "Bencana, pagu Rp 40.000.000, realisasi Rp 38.000.000 (95%).\n",
        [("Program Rehabilitasi Sosial", None, None, None,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan", "Penyediaan Sandang"]),
         ("Program Penanganan Bencana", None, None, None,
          ["Penanggulangan Bencana", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])],
        id="no_program_figures"),
    # headings in capitals without a list; the sub kegiatan's figures inside the program's own
    # sentence, the program's realisation in the next one; 'Pagu program' after a kegiatan
    pytest.param(
        "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL\n"
        "Program ini dilaksanakan melalui 1 (satu) kegiatan yaitu Kegiatan " + BENCANA_KAB + ", yang meliputi sub "
        "kegiatan Penyediaan Makanan bagi Korban Bencana Alam dengan anggaran Rp 75.000.000 terealisasi Rp 75.000.000 "
        "(100%) serta Penyediaan Sandang bagi Korban Bencana Alam dengan anggaran Rp 25.000.000 terealisasi "
        "Rp 20.000.000 (80%). Secara keseluruhan realisasi program ini Rp 95.000.000 dari pagu Rp 100.000.000 atau 95%.\n"
        "\n"
        "PROGRAM PENANGANAN BENCANA\n"
        "Pada program ini dilaksanakan Kegiatan Penanggulangan Bencana dengan sub kegiatan Penyediaan Logistik "
        "Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota. Pagu program sebesar Rp 60.000.000 dengan realisasi "
        "Rp 54.000.000 atau 90%.\n",
        [("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", 100000000.0, 95000000.0, 95.0,
          [BENCANA_KAB, "Penyediaan Makanan bagi Korban Bencana Alam", "Penyediaan Sandang bagi Korban Bencana Alam"]),
         ("PROGRAM PENANGANAN BENCANA", 60000000.0, 54000000.0, 90.0,
          ["Penanggulangan Bencana", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota"])],
        id="caps_headings_figures_in_sentences"),
    # a form: 'Kegiatan :' and 'Sub Kegiatan :' labels, bulleted under it or listed after it
    pytest.param(
        "1.06.04 PROGRAM REHABILITASI SOSIAL\n"
        "Pagu Anggaran : Rp 500.000.000\nRealisasi : Rp 480.000.000\n"
        "Kegiatan : Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n"
        "Sub Kegiatan :\n- Penyediaan Permakanan\n- Penyediaan Sandang\n"
        "1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL\n"
        "Pagu Anggaran : Rp 90.000.000\nRealisasi : Rp 81.000.000\n"
        "Kegiatan : " + BENCANA_KAB + "\n"
        "Sub Kegiatan : Penyediaan Makanan bagi Korban Bencana Alam; Penyediaan Sandang bagi Korban Bencana Alam\n",
        [("PROGRAM REHABILITASI SOSIAL", 500000000.0, 480000000.0, None,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan", "Penyediaan Sandang"]),
         ("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", 90000000.0, 81000000.0, None,
          [BENCANA_KAB, "Penyediaan Makanan bagi Korban Bencana Alam", "Penyediaan Sandang bagi Korban Bencana Alam"])],
        id="form_labels"),
    # bulleted sub kegiatan whose figures stand on the line under each; a 'Total anggaran program'
    # line for the first program, none for the second
    pytest.param(
        "2. Program Rehabilitasi Sosial\n"
        "   Kegiatan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial, dengan sub kegiatan:\n"
        "   • Penyediaan Permakanan\n     Pagu Rp 120.000.000, realisasi Rp 114.000.000 (95%)\n"
        "   • Pemberian Layanan Rujukan\n     Pagu Rp 30.000.000, realisasi Rp 27.000.000 (90%)\n"
        "   Total anggaran program Rp 150.000.000, realisasi Rp 141.000.000 (94%).\n"
        "3. Program Penanganan Bencana\n"
        "   Kegiatan Penanggulangan Bencana, dengan sub kegiatan:\n"
        "   • Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana\n"
        "     Pagu Rp 40.000.000, realisasi Rp 40.000.000 (100%)\n",
        [("Program Rehabilitasi Sosial", 150000000.0, 141000000.0, 94.0,
          ["Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Luar Panti Sosial", "Penyediaan Permakanan",
           "Pemberian Layanan Rujukan"]),
         ("Program Penanganan Bencana", None, None, None,
          ["Penanggulangan Bencana", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])],
        id="bullets_figures_below"),
    # the program's figures on its own heading line, in brackets; kegiatan lettered, sub kegiatan dashed
    pytest.param(
        "1. Program Pemberdayaan Sosial (pagu Rp 250.000.000, realisasi Rp 237.500.000 atau 95%)\n"
        "   a. Kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n"
        "      - Sub Kegiatan Pemberdayaan Sosial bagi KAT: pagu Rp 150.000.000, realisasi Rp 142.500.000 (95%)\n"
        "      - Sub Kegiatan Penyediaan Sarana Prasarana KAT: pagu Rp 100.000.000, realisasi Rp 95.000.000 (95%)\n"
        "2. Program Rehabilitasi Sosial (pagu Rp 400.000.000, realisasi Rp 360.000.000 atau 90%)\n"
        "   a. Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n"
        "      - Sub Kegiatan Penyediaan Permakanan: pagu Rp 400.000.000, realisasi Rp 360.000.000 (90%)\n",
        [("Program Pemberdayaan Sosial", 250000000.0, 237500000.0, 95.0,
          ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pemberdayaan Sosial bagi KAT",
           "Penyediaan Sarana Prasarana KAT"]),
         ("Program Rehabilitasi Sosial", 400000000.0, 360000000.0, 90.0,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan"])],
        id="heading_line_figures"),
    # news: the program's realisation, then its sub kegiatan in lower case in the next sentence
    pytest.param(
        "KUDUS – Dinas Sosial Kabupaten Kudus merealisasikan Program Rehabilitasi Sosial sebesar Rp 1,2 miliar dari "
        "pagu Rp 1,3 miliar atau 92,31 persen. Anggaran tersebut digunakan untuk sub kegiatan penyediaan permakanan "
        "bagi lansia terlantar, pemberian bimbingan fisik, mental, spiritual, dan sosial, serta pemberian pelayanan "
        "reunifikasi keluarga.\n",
        [("Program Rehabilitasi Sosial", 1300000000.0, 1200000000.0, 92.31,
          ["penyediaan permakanan bagi lansia terlantar", "pemberian bimbingan fisik, mental, spiritual, dan sosial",
           "pemberian pelayanan reunifikasi keluarga"])],
        id="news_lower_case"),
    # lettered programs in capitals, numbered kegiatan, section-numbered sub kegiatan ('1.1 Sub Kegiatan')
    pytest.param(
        "B. PROGRAM REHABILITASI SOSIAL\n"
        "   1. Kegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti\n"
        "      1.1 Sub Kegiatan Penyediaan Alat Bantu\n"
        "      1.2 Sub Kegiatan Pemberian Bimbingan Aktivitas Hidup Sehari-hari\n"
        "   2. Kegiatan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\n"
        "      2.1 Sub Kegiatan Penyediaan Permakanan\n"
        "   Realisasi program Rp 712.000.000 dari pagu Rp 750.000.000 (94,93%).\n"
        "C. PROGRAM PENANGANAN BENCANA\n"
        "   Pagu Rp 100.000.000, realisasi Rp 100.000.000 (100%).\n",
        [("PROGRAM REHABILITASI SOSIAL", 750000000.0, 712000000.0, 94.93,
          ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti", "Penyediaan Alat Bantu",
           "Pemberian Bimbingan Aktivitas Hidup Sehari-hari", "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti",
           "Penyediaan Permakanan"]),
         ("PROGRAM PENANGANAN BENCANA", 100000000.0, 100000000.0, 100.0, [])],
        id="caps_numbered_section_sub"),
    # 'dilaksanakan melalui sub kegiatan (1) A; (2) B; dan (3) C.' on the kegiatan's line
    pytest.param(
        "c. Program Perlindungan dan Jaminan Sosial\n"
        "Kegiatan " + BENCANA_KAB + " dilaksanakan melalui sub kegiatan (1) Penyediaan Makanan bagi Korban Bencana; "
        "(2) Penyediaan Sandang bagi Korban Bencana; dan (3) Penyediaan Tempat Penampungan Pengungsi.\n"
        "Realisasi program mencapai Rp 171.000.000 dari pagu Rp 180.000.000 atau 95%.\n"
        "d. Program Penanganan Bencana\n"
        "Realisasi program mencapai Rp 45.000.000 dari pagu Rp 50.000.000 atau 90%.\n",
        [("Program Perlindungan dan Jaminan Sosial", 180000000.0, 171000000.0, 95.0,
          [BENCANA_KAB, "Penyediaan Makanan bagi Korban Bencana", "Penyediaan Sandang bagi Korban Bencana",
           "Penyediaan Tempat Penampungan Pengungsi"]),
         ("Program Penanganan Bencana", 50000000.0, 45000000.0, 90.0, [])],
        id="paren_numbered_sub_in_sentence"),
    # two kegiatan with their figures in one sentence, then 'Adapun sub kegiatannya yaitu A dan B.'
    pytest.param(
        "2) Program Pemberdayaan Sosial\n"
        "Kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) dengan pagu Rp 80.000.000 terealisasi Rp 76.000.000 "
        "(95%) dan Kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota dengan pagu "
        "Rp 20.000.000 terealisasi Rp 18.000.000 (90%). Adapun sub kegiatannya yaitu Pemberdayaan Sosial bagi KAT dan "
        "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat.\n"
        "3) Program Penanganan Bencana\n"
        "Pagu Rp 30.000.000, realisasi Rp 27.000.000 (90%).\n",
        [("Program Pemberdayaan Sosial", None, None, None,
          ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)",
           "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", "Pemberdayaan Sosial bagi KAT",
           "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat"]),
         ("Program Penanganan Bencana", 30000000.0, 27000000.0, 90.0, [])],
        id="kegiatan_figures_then_sub_sentence"),
    # a program named in prose with its figures, its sub kegiatan on coded lines after 'sebagai berikut:'
    pytest.param(
        "Program Rehabilitasi Sosial dengan pagu Rp 410.000.000 dan realisasi Rp 389.500.000 (95%) dilaksanakan "
        "melalui sub kegiatan sebagai berikut:\n"
        "1.06.04.2.01.0001 Penyediaan Permakanan\n"
        "1.06.04.2.01.0005 Pemberian Pelayanan Reunifikasi Keluarga\n",
        [("Program Rehabilitasi Sosial", 410000000.0, 389500000.0, 95.0,
          ["Penyediaan Permakanan", "Pemberian Pelayanan Reunifikasi Keluarga"])],
        id="prose_program_coded_sub_lines"),
    # the program is the sentence's subject, its sub kegiatan named in a clause before its figures
    # ('Penyediaan Permakanan dan Penyediaan Sandang': the head word again starts a second name)
    pytest.param(
        "1. Program Rehabilitasi Sosial\n"
        "Program ini, melalui sub kegiatan Penyediaan Permakanan dan Penyediaan Sandang, terealisasi Rp 190.000.000 "
        "dari pagu Rp 200.000.000 atau 95%.\n"
        "2. Program Penanganan Bencana\n"
        "Pagu Rp 50.000.000, realisasi Rp 45.000.000 (90%).\n",
        [("Program Rehabilitasi Sosial", 200000000.0, 190000000.0, 95.0, ["Penyediaan Permakanan", "Penyediaan Sandang"]),
         ("Program Penanganan Bencana", 50000000.0, 45000000.0, 90.0, [])],
        id="program_subject_parts_in_a_clause"),
    # a table with a column for each level: the program's row names its first kegiatan and sub
    # kegiatan, so its figures are theirs (more sub kegiatan follow): none for the program; a
    # program with one sub kegiatan shares its row's figures with it
    pytest.param(
        "| Program | Kegiatan | Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|---|\n"
        "| Program Rehabilitasi Sosial | Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti | Penyediaan Permakanan "
        "| 200.000.000 | 190.000.000 | 95,00 |\n"
        "| | | Penyediaan Sandang | 100.000.000 | 95.000.000 | 95,00 |\n"
        "| Program Penanganan Bencana | Penanggulangan Bencana | Penyediaan Logistik Penyelamatan dan Evakuasi Korban "
        "Bencana | 50.000.000 | 45.000.000 | 90,00 |\n",
        [("Program Rehabilitasi Sosial", None, None, None,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan", "Penyediaan Sandang"]),
         ("Program Penanganan Bencana", 50000000.0, 45000000.0, 90.0,
          ["Penanggulangan Bencana", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])],
        id="table_a_column_for_each_level"),
    # an LKPJ's labelled lines: the program's 'Anggaran:' and 'Realisasi:', its lettered kegiatan
    # (one with commas in its name) and a 'Sub Kegiatan:' label over dashed lines under each
    pytest.param(
        "1) Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
        "   Anggaran: Rp 5.000.000.000\n   Realisasi: Rp 4.800.000.000 (96%)\n"
        "   Kegiatan:\n"
        "   a) Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\n"
        "      Sub Kegiatan:\n"
        "      - Penyusunan Dokumen Perencanaan Perangkat Daerah\n"
        "      - Evaluasi Kinerja Perangkat Daerah\n"
        "   b) Administrasi Keuangan Perangkat Daerah\n"
        "      Sub Kegiatan:\n"
        "      - Penyediaan Gaji dan Tunjangan ASN\n"
        "2) Program Rehabilitasi Sosial\n"
        "   Anggaran: Rp 700.000.000\n   Realisasi: Rp 665.000.000 (95%)\n"
        "   Kegiatan:\n"
        "   a) Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n"
        "      Sub Kegiatan:\n"
        "      - Penyediaan Permakanan\n",
        [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 5000000000.0, 4800000000.0, 96.0,
          ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
           "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Evaluasi Kinerja Perangkat Daerah",
           "Administrasi Keuangan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN"]),
         ("Program Rehabilitasi Sosial", 700000000.0, 665000000.0, 95.0,
          ["Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti", "Penyediaan Permakanan"])],
        id="lkpj_labels_nested"),
    # numbered sub kegiatan with their figures in brackets, then the program's realisation in a
    # sentence that names it; the second program states none
    pytest.param(
        "A. Program Pemberdayaan Sosial\n"
        "Sub kegiatan yang dilaksanakan pada tahun 2023:\n"
        "1. Pemberdayaan Sosial bagi KAT (pagu Rp 100.000.000; realisasi Rp 98.000.000; 98%)\n"
        "2. Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat (pagu Rp 50.000.000; realisasi Rp 45.000.000; 90%)\n"
        "Dengan demikian realisasi Program Pemberdayaan Sosial mencapai Rp 143.000.000 dari pagu Rp 150.000.000 "
        "atau 95,33%.\n"
        "B. Program Penanganan Bencana\n"
        "Sub kegiatan yang dilaksanakan pada tahun 2023:\n"
        "1. Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana (pagu Rp 20.000.000; realisasi Rp 20.000.000; 100%)\n",
        [("Program Pemberdayaan Sosial", 150000000.0, 143000000.0, 95.33,
          ["Pemberdayaan Sosial bagi KAT", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat"]),
         ("Program Penanganan Bencana", None, None, None,
          ["Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])],
        id="numbered_sub_bracket_figures"),
]

CONTROLS = [
    # 13/2006 style: 'didukung oleh N kegiatan yaitu ...' in the program's own sentence
    pytest.param(
        "a) Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
        "Sosial (PMKS) Lainnya, dengan anggaran Rp 450.000.000 dan realisasi Rp 427.500.000 atau 95%, didukung oleh 2 "
        "kegiatan yaitu Pelatihan Keterampilan Berusaha bagi Keluarga Miskin dan Pengadaan Sarana dan Prasarana "
        "Pendukung Usaha bagi Keluarga Miskin.\n"
        "b) Program Pembinaan Anak Terlantar, dengan anggaran Rp 120.000.000 dan realisasi Rp 108.000.000 atau 90%, "
        "didukung oleh 1 kegiatan yaitu Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar.\n",
        [("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
          "Sosial (PMKS) Lainnya", 450000000.0, 427500000.0, 95.0,
          ["Pelatihan Keterampilan Berusaha bagi Keluarga Miskin",
           "Pengadaan Sarana dan Prasarana Pendukung Usaha bagi Keluarga Miskin"]),
         ("Program Pembinaan Anak Terlantar", 120000000.0, 108000000.0, 90.0,
          ["Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar"])],
        id="control_13_2006_didukung"),
    # 13/2006 style: lettered kegiatan with their figures and a 'Jumlah anggaran program' sentence
    pytest.param(
        "1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n"
        "Program ini dilaksanakan melalui 2 kegiatan, yaitu:\n"
        "a. Pelayanan Sosial Lanjut Usia, pagu Rp 100.000.000 realisasi Rp 95.000.000 (95%);\n"
        "b. Pelayanan Sosial Anak Terlantar, pagu Rp 80.000.000 realisasi Rp 76.000.000 (95%).\n"
        "Jumlah anggaran program Rp 180.000.000 dengan realisasi Rp 171.000.000 atau 95%.\n"
        "2. Program Pembinaan Anak Terlantar\n"
        "Pagu Rp 60.000.000, realisasi Rp 57.000.000 (95%).\n",
        [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 180000000.0, 171000000.0, 95.0,
          ["Pelayanan Sosial Lanjut Usia", "Pelayanan Sosial Anak Terlantar"]),
         ("Program Pembinaan Anak Terlantar", 60000000.0, 57000000.0, 95.0, [])],
        id="control_13_2006_lettered_with_program_total"),
    # 13/2006 style, kegiatan figures only: the program states none ('yaitu:' was an activity and
    # the first kegiatan's figures the program's before)
    pytest.param(
        "1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n"
        "Program ini dilaksanakan melalui 2 kegiatan, yaitu:\n"
        "a. Pelayanan Sosial Lanjut Usia, pagu Rp 100.000.000 realisasi Rp 95.000.000 (95%);\n"
        "b. Pelayanan Sosial Anak Terlantar, pagu Rp 80.000.000 realisasi Rp 76.000.000 (95%).\n"
        "2. Program Pembinaan Anak Terlantar\n"
        "Pagu Rp 60.000.000, realisasi Rp 57.000.000 (95%).\n",
        [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", None, None, None,
          ["Pelayanan Sosial Lanjut Usia", "Pelayanan Sosial Anak Terlantar"]),
         ("Program Pembinaan Anak Terlantar", 60000000.0, 57000000.0, 95.0, [])],
        id="control_13_2006_kegiatan_figures_only"),
    # 13/2006 style: a 'Kegiatan:' line listing kegiatan with commas, the program's 'Pagu' line after
    pytest.param(
        "3. Program Pembinaan Para Penyandang Cacat dan Trauma\n"
        "   Kegiatan: Pendidikan dan Pelatihan bagi Penyandang Cacat dan Eks Trauma, Pendayagunaan Para Penyandang "
        "Cacat dan Eks Trauma\n"
        "   Pagu Rp 240.000.000, realisasi Rp 228.000.000 (95%)\n",
        [("Program Pembinaan Para Penyandang Cacat dan Trauma", 240000000.0, 228000000.0, 95.0,
          ["Pendidikan dan Pelatihan bagi Penyandang Cacat dan Eks Trauma",
           "Pendayagunaan Para Penyandang Cacat dan Eks Trauma"])],
        id="control_13_2006_kegiatan_line"),
    # 13/2006 style: a sentence about the kegiatan of the program as a whole states the program's figures
    pytest.param(
        "1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n"
        "Kegiatan-kegiatan pada program ini terealisasi Rp 95.000.000 dari pagu Rp 100.000.000 (95%).\n"
        "2. Program Pembinaan Anak Terlantar\n"
        "Kegiatan: Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar, pagu Rp 60.000.000, "
        "realisasi Rp 57.000.000 (95%).\n",
        [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 100000000.0, 95000000.0, 95.0, []),
         ("Program Pembinaan Anak Terlantar", None, None, None,
          ["Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar"])],
        id="control_13_2006_kegiatan_of_the_program"),
    # 13/2006 style: kegiatan listed with their figures in the program's sentence: a program's
    # only kegiatan shares its figures; two kegiatan each with theirs leave the program none (the
    # names ran on into their figures, and the first kegiatan's were the program's, before)
    pytest.param(
        "a) Program Pembinaan Anak Terlantar didukung oleh 1 kegiatan yaitu Pelatihan Keterampilan dan Praktek "
        "Belajar Kerja bagi Anak Terlantar dengan anggaran Rp 120.000.000 dan realisasi Rp 108.000.000 atau 90%.\n"
        "b) Program Pembinaan Para Penyandang Cacat dan Trauma didukung oleh 2 kegiatan yaitu Pendidikan dan "
        "Pelatihan bagi Penyandang Cacat dan Eks Trauma dengan anggaran Rp 50.000.000 dan realisasi Rp 45.000.000 "
        "atau 90%, serta Pendayagunaan Para Penyandang Cacat dan Eks Trauma dengan anggaran Rp 30.000.000 dan "
        "realisasi Rp 30.000.000 atau 100%.\n",
        [("Program Pembinaan Anak Terlantar", 120000000.0, 108000000.0, 90.0,
          ["Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar"]),
         ("Program Pembinaan Para Penyandang Cacat dan Trauma", None, None, None,
          ["Pendidikan dan Pelatihan bagi Penyandang Cacat dan Eks Trauma",
           "Pendayagunaan Para Penyandang Cacat dan Eks Trauma"])],
        id="control_13_2006_kegiatan_figures_in_the_sentence"),
    # 'sub kegiatan' used generically names none ('dievaluasi', 'Tahun 2023 sebanyak 12')
    pytest.param(
        "1. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n"
        "Setiap kegiatan dan sub kegiatan dievaluasi setiap triwulan. Jumlah sub kegiatan Tahun 2023 sebanyak 12. "
        "Pagu Rp 100.000.000 realisasi Rp 95.000.000 (95%).\n"
        "2. Program Pembinaan Anak Terlantar\n"
        "Kegiatan: Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar\n"
        "Pagu Rp 60.000.000, realisasi Rp 57.000.000 (95%).\n",
        [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 100000000.0, 95000000.0, 95.0, []),
         ("Program Pembinaan Anak Terlantar", 60000000.0, 57000000.0, 95.0,
          ["Pelatihan Keterampilan dan Praktek Belajar Kerja bagi Anak Terlantar"])],
        id="control_generic_sub_kegiatan"),
]


def _found(text: str) -> list[tuple]:
    return [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
            for p in extract_text(text).programs]


@pytest.mark.parametrize("text, programs", CASES)
def test_programs_with_kegiatan_and_sub_kegiatan(text, programs):
    assert _found(text) == programs


@pytest.mark.parametrize("text, programs", CONTROLS)
def test_kegiatan_only_reports(text, programs):
    assert _found(text) == programs


# the passages whose programs are named in prose, not listed: no section of the outline heads them
_PROSE = {"news_lower_case", "prose_program_coded_sub_lines"}


@pytest.mark.parametrize("text, programs", CASES + CONTROLS)
def test_the_parts_leave_the_program_sections_of_the_outline_as_they_are(request, text, programs):
    sections = [s.title for s in _walk(extract_text(text).sections) if s.kind == "program"]
    listed = not any(k in request.node.callspec.id for k in _PROSE)
    assert sections == ([p[0] for p in programs] if listed else [])


def test_the_level_of_each_activity_is_its_catalogue_match_s_where_sure():
    text = CASES[0].values[0]
    rehab = extract_text(text).programs[0]
    assert rehab.catalogue is not None and rehab.catalogue.code == "1.06.04"
    kegiatan = rehab.activities[0]
    assert kegiatan.catalogue is not None and kegiatan.catalogue.level == "kegiatan"
    assert kegiatan.catalogue.code.startswith("1.06.04.")
    # the support program's kegiatan and sub kegiatan, named as Permendagri 90/2019 names them
    support = extract_text(next(c.values[0] for c in CASES if c.id == "lkpj_labels_nested")).programs[0]
    assert support.catalogue is not None and support.catalogue.code == "1.06.01"
    assert [(a.catalogue.level, a.catalogue.code) if a.catalogue else None for a in support.activities][:2] == [
        ("kegiatan", "1.06.01.2.01"), ("sub_kegiatan", "1.06.01.2.01.0001")]


def test_program_sections_of_a_coded_report_in_capitals():
    text = CASES[1].values[0]
    sections = [(s.label, s.title) for s in _walk(extract_text(text).sections) if s.kind == "program"]
    assert sections == [("1.06.04", "PROGRAM REHABILITASI SOSIAL"), ("1.06.05", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL")]


def test_an_activity_s_evidence_is_its_name():
    text = CASES[0].values[0]
    for p in extract_text(text).programs:
        for a in p.activities:
            assert " ".join(text[a.start:a.end].split()) == a.name


def test_a_program_s_figures_with_menyerap_anggaran():
    text = ("PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL\n"
            "Program ini dilaksanakan melalui Kegiatan " + BENCANA_KAB + " dengan sub kegiatan Penyediaan Makanan bagi "
            "Korban Bencana Alam. Secara keseluruhan program ini menyerap anggaran Rp 95.000.000 dari pagu "
            "Rp 100.000.000 atau 95%.\n")
    p = extract_text(text).programs[0]
    assert (p.budget.pagu, p.budget.realisasi, p.budget.percent) == (100000000.0, 95000000.0, 95.0)


CAPS_SLASHES = (
    "1. PROGRAM REHABILITASI SOSIAL\n"
    "   a. KEGIATAN REHABILITASI SOSIAL DASAR ANAK TERLANTAR DI DALAM PANTI\n"
    "      1) Sub Kegiatan Penyediaan Permakanan: Rp 300.000.000 / Rp 285.000.000 / 95%\n"
    "      2) Sub Kegiatan Penyediaan Sandang: Rp 100.000.000 / Rp 90.000.000 / 90%\n"
    "   Jumlah program: Rp 400.000.000 / Rp 375.000.000 / 93,75%\n"
    "2. PROGRAM PENANGANAN BENCANA\n"
    "   a. KEGIATAN PENANGGULANGAN BENCANA\n"
    "      1) Sub Kegiatan Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana: Rp 50.000.000 / Rp 50.000.000 / 100%\n"
)


def test_kegiatan_in_capitals_and_their_sub_kegiatan():
    found = extract_text(CAPS_SLASHES).programs
    assert [(p.name, [a.name for a in p.activities]) for p in found] == [
        ("PROGRAM REHABILITASI SOSIAL", ["REHABILITASI SOSIAL DASAR ANAK TERLANTAR DI DALAM PANTI", "Penyediaan Permakanan",
                                         "Penyediaan Sandang"]),
        ("PROGRAM PENANGANAN BENCANA", ["PENANGGULANGAN BENCANA", "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana"])]
    # no part's figures are taken for its program, whatever else is read
    assert all(p.budget.pagu in (None, 400000000.0) for p in found)
    assert found[1].budget.pagu is None


def test_a_program_total_line_with_slashes():
    p = extract_text(CAPS_SLASHES).programs[0]
    assert (p.budget.pagu, p.budget.realisasi, p.budget.percent) == (400000000.0, 375000000.0, 93.75)


STACKED = """1. Program Rehabilitasi Sosial
{own}a. Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar
Pagu Anggaran : Rp 500.000.000
Realisasi : Rp 450.000.000
Persentase : 90 %
b. Kegiatan Rehabilitasi Sosial Dasar Lanjut Usia
Pagu Anggaran : Rp 300.000.000
Realisasi : Rp 285.000.000
Persentase : 95 %

2. Program Pemberdayaan Sosial
Pagu Anggaran : Rp 200.000.000
Realisasi : Rp 190.000.000
Persentase : 95 %
"""


@pytest.mark.parametrize("own, budget", [
    ("", (None, None, None)),  # no figures of its own: none, never its first kegiatan's
    ("Pagu Anggaran : Rp 800.000.000\nRealisasi : Rp 735.000.000\nPersentase : 91,88 %\n",
     (800000000.0, 735000000.0, 91.88)),
])
def test_labelled_figures_stacked_under_a_marked_kegiatan_are_the_kegiatan_s(own, budget):
    """Kegiatan on lines of their own after a list marker, each with its labelled figures stacked
    under it at the same indent: the kegiatan are the program's activities and the figures theirs."""
    first, second = extract_text(STACKED.format(own=own)).programs
    assert (first.budget.pagu, first.budget.realisasi, first.budget.percent) == budget
    assert [a.name for a in first.activities] == ["Rehabilitasi Sosial Dasar Anak Terlantar",
                                                 "Rehabilitasi Sosial Dasar Lanjut Usia"]
    assert (second.budget.pagu, second.budget.realisasi, second.budget.percent) == (200000000.0, 190000000.0, 95.0)
