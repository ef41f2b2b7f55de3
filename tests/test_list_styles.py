"""Program lists numbered as their inner lists are, or otherwise than "1. Program ...".

Written for these tests in the register of LKPJ, Renja and LAKIP chapters, in layouts no seed or
dev file uses; the expected programs, their pagu and realisasi and their kegiatan were worked out
by hand. Families:

- both levels numbered "N)": "1) Program A" / "a) Tujuan" / "c) Hasil" / "1) Terlaksananya ..."
  (a program's result list longer than the programs before it took the next program's number);
- an inner "1)" list whose items begin with a program's name ("1) Program Keluarga Harapan (PKH)
  menjangkau 3.450 KPM ..."): a sentence about a national programme, never one of the report's;
- roman numerals ("I. Program ...", "II. ...") beside a short "1)" list of priorities;
- capital letters ("A. Program ...") with kegiatan lettered "a.", and lowercase letters at both
  levels with the indent lost;
- "Program 1: Program A" with kegiatan numbered "1.1.", "1.2.";
- numbering restarting per chapter (the plan's list, then the realisation's, same names);
- controls: inner lists with no program list, whose items must never become programs.

Each correct passage must give no mismatch; a planted slip (a wrong percentage) must be caught.
"""

from __future__ import annotations

import re
import pytest

from kesos_extract import extract_text

# an LKPJ's programs "1)" with "a) Tujuan" / "b) Pagu dan Realisasi" / "c) Hasil", and the results
# numbered "1)" again: program 3's five results run past program 4's number
PAREN_BOTH_LEVELS = """\
3.2.13 URUSAN SOSIAL

Pada tahun 2023 Dinas Sosial Kabupaten Tanah Merah melaksanakan 4 (empat) program dengan uraian sebagai berikut:

1) Program Rehabilitasi Sosial
a) Tujuan
Meningkatnya kualitas hidup penyandang masalah kesejahteraan sosial melalui rehabilitasi di dalam dan di luar panti.
b) Pagu dan Realisasi
Pagu anggaran program sebesar Rp 1.250.000.000,00 dengan realisasi Rp 1.187.500.000,00 atau 95,00%.
c) Hasil
1) Terlaksananya rehabilitasi sosial bagi 45 penyandang disabilitas terlantar;
2) Tersalurkannya alat bantu kepada 30 penyandang disabilitas;
3) Terlaksananya pembinaan lanjut bagi 20 eks klien panti.

2) Program Perlindungan dan Jaminan Sosial
a) Tujuan
Terlindunginya korban bencana dan keluarga miskin dari risiko sosial.
b) Pagu dan Realisasi
Pagu anggaran program sebesar Rp 800.000.000,00 dengan realisasi Rp 720.000.000,00 atau 90,00%.
c) Hasil
1) Tersedianya buffer stock logistik di 2 gudang;
2) Tertanganinya 150 KK korban bencana banjir;
3) Terbitnya 1.200 surat keterangan PBI JK;
4) Terlaksananya pemakaman bagi 12 orang terlantar.

3) Program Pemberdayaan Sosial
a) Tujuan
Meningkatnya kemandirian fakir miskin dan potensi sumber kesejahteraan sosial.
b) Pagu dan Realisasi
Pagu anggaran program sebesar Rp 600.000.000,00 dengan realisasi Rp 540.000.000,00 atau 90,00%.
c) Hasil
1) Terbentuknya 10 Kelompok Usaha Bersama (KUBE);
2) Terlaksananya bimbingan bagi 40 Pekerja Sosial Masyarakat;
3) Terbinanya 25 Karang Taruna desa;
4) Terlaksananya peringatan Hari Kesetiakawanan Sosial Nasional;
5) Tersusunnya data 250 keluarga penerima bantuan stimulan.

4) Program Penanganan Bencana
a) Tujuan
Meningkatnya kesiapsiagaan masyarakat menghadapi bencana.
b) Pagu dan Realisasi
Pagu anggaran program sebesar Rp 300.000.000,00 dengan realisasi Rp 285.000.000,00 atau 95,00%.
c) Hasil
1) Terlatihnya 60 anggota Tagana;
2) Terbentuknya 3 Kampung Siaga Bencana.
"""

# both levels "N)", the first program's results opening with national programmes' names
PAREN_INNER_PROGRAM_SENTENCES = """\
4.2 Capaian Program Tahun 2022

Realisasi program pada Dinas Sosial Kabupaten Pantai Biru selama tahun 2022:

1) Program Perlindungan dan Jaminan Sosial
Program ini dilaksanakan dengan anggaran Rp 640.000.000 dan terealisasi Rp 608.000.000 atau 95%. Hasil yang dicapai antara lain:
1) Program Keluarga Harapan (PKH) menjangkau 3.450 KPM yang didampingi 42 pendamping;
2) Program Sembako tersalur kepada 5.120 KPM;
3) bantuan sosial bagi 150 korban bencana kebakaran.

2) Program Rehabilitasi Sosial
Program ini dilaksanakan dengan anggaran Rp 480.000.000 dan terealisasi Rp 432.000.000 atau 90%. Hasil yang dicapai antara lain:
1) rehabilitasi sosial 35 anak terlantar di luar panti;
2) pemberian alat bantu kepada 28 penyandang disabilitas.

3) Program Pemberdayaan Sosial
Program ini dilaksanakan dengan anggaran Rp 220.000.000 dan terealisasi Rp 209.000.000 atau 95%. Hasil yang dicapai antara lain:
1) pembinaan 18 Karang Taruna;
2) pelatihan 30 Pekerja Sosial Masyarakat.
"""

# the same, programs numbered "1." (the two levels styled apart)
DOT_OVER_PAREN = """\
4.2 Capaian Program Tahun 2022

Realisasi program pada Dinas Sosial Kabupaten Pantai Biru selama tahun 2022:

1. Program Perlindungan dan Jaminan Sosial
Program ini dilaksanakan dengan anggaran Rp 640.000.000 dan terealisasi Rp 608.000.000 atau 95%. Hasil yang dicapai antara lain:
1) Program Keluarga Harapan (PKH) menjangkau 3.450 KPM yang didampingi 42 pendamping;
2) Program Sembako tersalur kepada 5.120 KPM;
3) bantuan sosial bagi 150 korban bencana kebakaran.

2. Program Rehabilitasi Sosial
Program ini dilaksanakan dengan anggaran Rp 480.000.000 dan terealisasi Rp 432.000.000 atau 90%. Hasil yang dicapai antara lain:
1) rehabilitasi sosial 35 anak terlantar di luar panti;
2) pemberian alat bantu kepada 28 penyandang disabilitas.

3. Program Pemberdayaan Sosial
Program ini dilaksanakan dengan anggaran Rp 220.000.000 dan terealisasi Rp 209.000.000 atau 95%. Hasil yang dicapai antara lain:
1) pembinaan 18 Karang Taruna;
2) pelatihan 30 Pekerja Sosial Masyarakat.
"""

# a LAKIP's roman-numbered programs, their kegiatan "1.", after a short "1)" list of next year's priorities
ROMAN_WITH_PRIORITIES = """\
BAB III
AKUNTABILITAS KINERJA

3.3 Realisasi Anggaran

Program yang menjadi prioritas pada tahun 2023 meliputi:
1) Program Rehabilitasi Sosial;
2) Program Perlindungan dan Jaminan Sosial.

Untuk mencapai sasaran strategis tahun 2022, Dinas Sosial Kota Bukit Jaya melaksanakan program dan kegiatan sebagai berikut:

I. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
Anggaran Rp 2.400.000.000, realisasi Rp 2.256.000.000 (94,00%), dilaksanakan melalui kegiatan:
1. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;
2. Administrasi Keuangan Perangkat Daerah;
3. Administrasi Umum Perangkat Daerah.

II. Program Pemberdayaan Sosial
Anggaran Rp 450.000.000, realisasi Rp 423.000.000 (94,00%), dilaksanakan melalui kegiatan:
1. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT);
2. Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota.

III. Program Rehabilitasi Sosial
Anggaran Rp 900.000.000, realisasi Rp 810.000.000 (90,00%), dilaksanakan melalui kegiatan:
1. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial;
2. Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial.

IV. Program Perlindungan dan Jaminan Sosial
Anggaran Rp 350.000.000, realisasi Rp 339.500.000 (97,00%), dilaksanakan melalui kegiatan:
1. Pemeliharaan Anak-Anak Terlantar;
2. Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota.

V. Program Penanganan Bencana
Anggaran Rp 150.000.000, realisasi Rp 120.000.000 (80,00%), dilaksanakan melalui kegiatan:
1. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota.
"""

# capital letters for programs, labelled pagu and realisasi lines, kegiatan lettered "a."
CAPITAL_LETTERS = """\
C. REALISASI PROGRAM DAN KEGIATAN

Realisasi program Dinas Sosial Kabupaten Sungai Lebar Tahun Anggaran 2021 adalah sebagai berikut.

A. Program Pemberdayaan Sosial
Pagu : Rp 520.000.000
Realisasi : Rp 494.000.000 (95,00%)
Kegiatan yang dilaksanakan:
a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT);
b. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota.

B. Program Rehabilitasi Sosial
Pagu : Rp 1.100.000.000
Realisasi : Rp 968.000.000 (88,00%)
Kegiatan yang dilaksanakan:
a. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial;
b. Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial;
c. Pemberian Layanan Rujukan;
d. Pendampingan Eks Klien Panti.

C. Program Perlindungan dan Jaminan Sosial
Pagu : Rp 400.000.000
Realisasi : Rp 380.000.000 (95,00%)
Kegiatan yang dilaksanakan:
a. Pemeliharaan Anak-Anak Terlantar;
b. Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota.
"""

# a Renja's lowercase letters at both levels, the kegiatan's indent lost in the copy
LETTERS_BOTH_LEVELS = """\
2.3 Program dan Kegiatan Tahun 2024

Rencana program dan kegiatan Dinas Sosial Kabupaten Lembah Hijau tahun 2024 beserta pagu indikatifnya:

a. Program Rehabilitasi Sosial, pagu indikatif Rp 750.000.000
a. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial;
b. Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial.
b. Program Perlindungan dan Jaminan Sosial, pagu indikatif Rp 420.000.000
a. Pemeliharaan Anak-Anak Terlantar;
b. Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota;
c. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota.
c. Program Penanganan Bencana, pagu indikatif Rp 180.000.000
a. Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota.
d. Program Pemberdayaan Sosial, pagu indikatif Rp 260.000.000
a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT);
b. Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota;
c. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota.
"""

# the same with the kegiatan indented
LETTERS_INDENTED = re.sub(r"(?m)^(?=[a-z]\. (?!Program))", "   ", LETTERS_BOTH_LEVELS)

# "Program 1: Program A" with kegiatan numbered under it "1.1.", "1.2."
PROGRAM_COLON_NUMBER = """\
Tabel dan uraian berikut menyajikan program Dinas Sosial Kabupaten Gunung Sari tahun 2023.

Program 1: Program Rehabilitasi Sosial
Pagu Rp 860.000.000; realisasi Rp 817.000.000 (95,00%).
Kegiatan:
1.1. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial
1.2. Pemberian Layanan Rujukan

Program 2: Program Perlindungan dan Jaminan Sosial
Pagu Rp 390.000.000; realisasi Rp 351.000.000 (90,00%).
Kegiatan:
2.1. Pemeliharaan Anak-Anak Terlantar
2.2. Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota
"""

# the plan's list in BAB II, numbered again with the figures in BAB III
RESTART_PER_CHAPTER = """\
BAB II
PERENCANAAN KINERJA

Dalam Rencana Kerja Tahun 2023, Dinas Sosial Kota Teluk Indah menetapkan program sebagai berikut:
1. Program Rehabilitasi Sosial;
2. Program Perlindungan dan Jaminan Sosial;
3. Program Pemberdayaan Sosial.

BAB III
AKUNTABILITAS KINERJA

B. Realisasi Anggaran

1. Program Rehabilitasi Sosial
Pagu anggaran Rp 700.000.000 dengan realisasi Rp 665.000.000 atau 95,00 persen.

2. Program Perlindungan dan Jaminan Sosial
Pagu anggaran Rp 500.000.000 dengan realisasi Rp 460.000.000 atau 92,00 persen.

3. Program Pemberdayaan Sosial
Pagu anggaran Rp 250.000.000 dengan realisasi Rp 200.000.000 atau 80,00 persen.
"""

# a control: results and problems numbered "1)", no program list; items naming national
# programmes are sentences, and no item's text becomes a program
INNER_LISTS_ONLY = """\
Capaian kinerja Dinas Sosial Kabupaten Hulu Permai tahun 2023 ditunjukkan oleh hasil berikut:
1) Terlaksananya pendataan 4.300 keluarga miskin ke dalam DTKS;
2) Tersalurkannya bantuan permakanan kepada 210 lansia terlantar;
3) Terbinanya 12 Lembaga Kesejahteraan Sosial Anak.

Permasalahan yang dihadapi:
1) Keterbatasan jumlah pendamping sosial di 9 kecamatan;
2) Data penerima bantuan belum seluruhnya padan dengan data kependudukan;
3) Program Keluarga Harapan (PKH) belum menjangkau seluruh keluarga sangat miskin;
4) Program Indonesia Pintar belum terintegrasi dengan data sosial daerah.

Upaya pemecahan masalah:
1) Menambah relawan sosial desa;
2) Memadankan data bersama Dinas Kependudukan dan Pencatatan Sipil.
"""

# both levels "N)", every result of the first program opening with a national programme's name:
# more "programs" in the inner list than in the report's own
INNER_PROGRAM_SENTENCES_OUTNUMBER = """\
1) Program Perlindungan dan Jaminan Sosial
Program ini dilaksanakan dengan anggaran Rp 640.000.000 dan terealisasi Rp 608.000.000 atau 95%. Hasil yang dicapai antara lain:
1) Program Keluarga Harapan (PKH) menjangkau 3.450 KPM yang didampingi 42 pendamping;
2) Program Sembako tersalur kepada 5.120 KPM;
3) Program Indonesia Pintar diterima 870 anak dari keluarga PKH.

2) Program Rehabilitasi Sosial
Program ini dilaksanakan dengan anggaran Rp 480.000.000 dan terealisasi Rp 432.000.000 atau 90%. Hasil yang dicapai antara lain:
1) rehabilitasi sosial 35 anak terlantar di luar panti;
2) pemberian alat bantu kepada 28 penyandang disabilitas.
"""

# roman numerals over a lettered program list: "II. Realisasi" closes the plan's last program
ROMAN_PARTS_OVER_LETTERS = """\
4.2.13 URUSAN SOSIAL
I. Program dan Kegiatan
Program dan kegiatan urusan sosial tahun 2014 dilaksanakan oleh Dinas Sosial, Tenaga Kerja dan Transmigrasi sebagai berikut:
a. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, dengan kegiatan:
1) Pelayanan dan perlindungan sosial, hukum bagi korban eksploitasi, perdagangan perempuan dan anak
2) Pelatihan keterampilan bagi penyandang cacat
b. Program Pembinaan Anak Terlantar, dengan kegiatan:
1) Pembinaan anak terlantar di panti asuhan
II. Realisasi Program dan Kegiatan
a. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial dianggarkan Rp. 250.000.000,- dan terealisasi Rp. 242.500.000,- (97,00%).
b. Program Pembinaan Anak Terlantar dianggarkan Rp. 80.000.000,- dan terealisasi Rp. 76.000.000,- (95,00%).
III. Permasalahan dan Solusi
Data anak terlantar belum mutakhir.
"""

# a LAKIP's programs numbered afresh under each bidang
RESTART_PER_BIDANG = """\
3.2 Realisasi Program per Bidang

Bidang Rehabilitasi Sosial
1. Program Rehabilitasi Sosial
Pagu Rp 900.000.000, realisasi Rp 855.000.000 (95,00%).
2. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial
Pagu Rp 300.000.000, realisasi Rp 270.000.000 (90,00%).

Bidang Perlindungan dan Jaminan Sosial
1. Program Perlindungan dan Jaminan Sosial
Pagu Rp 500.000.000, realisasi Rp 475.000.000 (95,00%).
2. Program Penanganan Bencana
Pagu Rp 200.000.000, realisasi Rp 160.000.000 (80,00%).

Bidang Pemberdayaan Sosial
1. Program Pemberdayaan Sosial
Pagu Rp 350.000.000, realisasi Rp 315.000.000 (90,00%).
"""

REHAB_DASAR = ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
               "serta Gelandangan Pengemis di Luar Panti Sosial")
REHAB_PMKS = ("Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan "
              "NAPZA di Luar Panti Sosial")
ANAK = "Pemeliharaan Anak-Anak Terlantar"
DATA_FM = "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"
KAT = "Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)"
SUMBANGAN = "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota"
PSKS = "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"
KORBAN_BENCANA = "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"

PAREN_PROGRAMS = [("Program Perlindungan dan Jaminan Sosial", 640e6, 608e6, []),
                  ("Program Rehabilitasi Sosial", 480e6, 432e6, []),
                  ("Program Pemberdayaan Sosial", 220e6, 209e6, [])]
LETTERED_PLAN = [("Program Rehabilitasi Sosial", 750e6, None, [REHAB_DASAR, REHAB_PMKS]),
                 ("Program Perlindungan dan Jaminan Sosial", 420e6, None, [ANAK, DATA_FM, KORBAN_BENCANA]),
                 ("Program Penanganan Bencana", 180e6, None,
                  ["Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota"]),
                 ("Program Pemberdayaan Sosial", 260e6, None, [KAT, SUMBANGAN, PSKS])]

# (passage, [(name, pagu, realisasi, kegiatan)])
PROGRAMS = [
    (PAREN_BOTH_LEVELS, [("Program Rehabilitasi Sosial", 1_250e6, 1_187.5e6, []),
                         ("Program Perlindungan dan Jaminan Sosial", 800e6, 720e6, []),
                         ("Program Pemberdayaan Sosial", 600e6, 540e6, []),
                         ("Program Penanganan Bencana", 300e6, 285e6, [])]),
    (PAREN_INNER_PROGRAM_SENTENCES, PAREN_PROGRAMS),
    (DOT_OVER_PAREN, PAREN_PROGRAMS),
    (ROMAN_WITH_PRIORITIES, [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_400e6, 2_256e6,
         ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah",
          "Administrasi Umum Perangkat Daerah"]),
        ("Program Pemberdayaan Sosial", 450e6, 423e6, [KAT, SUMBANGAN]),
        ("Program Rehabilitasi Sosial", 900e6, 810e6, [REHAB_DASAR, REHAB_PMKS]),
        ("Program Perlindungan dan Jaminan Sosial", 350e6, 339.5e6, [ANAK, DATA_FM]),
        ("Program Penanganan Bencana", 150e6, 120e6, [KORBAN_BENCANA])]),
    (CAPITAL_LETTERS, [("Program Pemberdayaan Sosial", 520e6, 494e6, [KAT, PSKS]),
                       ("Program Rehabilitasi Sosial", 1_100e6, 968e6,
                        [REHAB_DASAR, REHAB_PMKS, "Pemberian Layanan Rujukan", "Pendampingan Eks Klien Panti"]),
                       ("Program Perlindungan dan Jaminan Sosial", 400e6, 380e6, [ANAK, DATA_FM])]),
    (LETTERS_BOTH_LEVELS, LETTERED_PLAN),
    (LETTERS_INDENTED, LETTERED_PLAN),
    (PROGRAM_COLON_NUMBER, [("Program Rehabilitasi Sosial", 860e6, 817e6, [REHAB_DASAR, "Pemberian Layanan Rujukan"]),
                            ("Program Perlindungan dan Jaminan Sosial", 390e6, 351e6, [ANAK, DATA_FM])]),
    (INNER_PROGRAM_SENTENCES_OUTNUMBER, PAREN_PROGRAMS[:2]),
    (ROMAN_PARTS_OVER_LETTERS, [
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 250e6, 242.5e6,
         ["Pelayanan dan perlindungan sosial, hukum bagi korban eksploitasi, perdagangan perempuan dan anak",
          "Pelatihan keterampilan bagi penyandang cacat"]),
        ("Program Pembinaan Anak Terlantar", 80e6, 76e6, ["Pembinaan anak terlantar di panti asuhan"])]),
    (RESTART_PER_BIDANG, [("Program Rehabilitasi Sosial", 900e6, 855e6, []),
                          ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 300e6, 270e6, []),
                          ("Program Perlindungan dan Jaminan Sosial", 500e6, 475e6, []),
                          ("Program Penanganan Bencana", 200e6, 160e6, []),
                          ("Program Pemberdayaan Sosial", 350e6, 315e6, [])]),
    (RESTART_PER_CHAPTER, [("Program Rehabilitasi Sosial", 700e6, 665e6, []),
                           ("Program Perlindungan dan Jaminan Sosial", 500e6, 460e6, []),
                           ("Program Pemberdayaan Sosial", 250e6, 200e6, [])]),
]


@pytest.mark.parametrize("text,expected", PROGRAMS, ids=lambda v: v.split("\n")[0][:40] if isinstance(v, str) else None)
def test_programs_of_each_list_style(text: str, expected: list) -> None:
    report = extract_text(text)
    got = [(p.name, p.budget.pagu, p.budget.realisasi, [a.name for a in p.activities]) for p in report.programs]
    assert got == expected
    # a correct report: every check consistent
    assert [c for c in report.checks if c.verdict == "mismatch"] == []


# (passage, the correct percentage as written, the slip planted for it, realisasi, pagu)
SLIPS = [
    (PAREN_BOTH_LEVELS, "atau 90,00%.\nc) Hasil\n1) Terbentuknya", "atau 92,00%.\nc) Hasil\n1) Terbentuknya", 540e6, 600e6),
    (PAREN_INNER_PROGRAM_SENTENCES, "432.000.000 atau 90%", "432.000.000 atau 88%", 432e6, 480e6),
    (ROMAN_WITH_PRIORITIES, "(97,00%)", "(95,00%)", 339.5e6, 350e6),
    (ROMAN_PARTS_OVER_LETTERS, "(95,00%)", "(97,00%)", 76e6, 80e6),
    (RESTART_PER_BIDANG, "(80,00%)", "(75,00%)", 160e6, 200e6),
    (RESTART_PER_CHAPTER, "atau 92,00 persen", "atau 90,00 persen", 460e6, 500e6),
]


@pytest.mark.parametrize("text,right,slip,realisasi,pagu", SLIPS)
def test_planted_slip_is_caught_and_programs_kept(text: str, right: str, slip: str, realisasi: float, pagu: float) -> None:
    assert text.count(right) == 1
    report = extract_text(text.replace(right, slip))
    mismatches = [c for c in report.checks if c.verdict == "mismatch"]
    assert [(c.check, c.operands["numerator"], c.operands["denominator"]) for c in mismatches] == \
        [("budget_percent", realisasi, pagu)]
    # the slip changes no program
    assert [p.name for p in report.programs] == [p.name for p in extract_text(text).programs]


def test_inner_lists_without_a_program_list_give_no_program_of_their_items() -> None:
    report = extract_text(INNER_LISTS_ONLY)
    # the national programmes a problem names are named programs of the report's prose (no budget
    # is theirs); no result, problem or remedy item is a program
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in report.programs] == [
        ("Program Keluarga Harapan (PKH)", None, None), ("Program Indonesia Pintar", None, None)]
    assert report.checks == [] or all(c.verdict != "mismatch" for c in report.checks)


def test_both_levels_paren_in_a_longer_chapter() -> None:
    """The nested LKPJ passage twice over, as two agencies' chapters: each chapter's programs,
    numbered from 1, are found, and no result item is taken for a program."""
    second = PAREN_BOTH_LEVELS.replace("3.2.13 URUSAN SOSIAL", "3.2.14 URUSAN SOSIAL (LANJUTAN)")
    names = [p.name for p in extract_text(PAREN_BOTH_LEVELS + "\n\n" + second).programs]
    four = ["Program Rehabilitasi Sosial", "Program Perlindungan dan Jaminan Sosial", "Program Pemberdayaan Sosial",
            "Program Penanganan Bencana"]
    assert names[:4] == four and set(names) == set(four)


def test_ocr_comma_in_a_bracketed_list() -> None:
    """OCR read one item's bracket as a comma ("3, Program Penanganan Bencana" between "2)" and
    "4)"): the list keeps all four programs."""
    text = ("Program yang dilaksanakan Dinas Sosial pada tahun 2022:\n1) Program Pemberdayaan Sosial\n"
            "2) Program Rehabilitasi Sosial\n3, Program Penanganan Bencana\n4) Program Perlindungan dan Jaminan Sosial\n")
    assert [p.name for p in extract_text(text).programs] == [
        "Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial", "Program Penanganan Bencana",
        "Program Perlindungan dan Jaminan Sosial"]


# the same results list under the report's last program, where no next program item closes it
INNER_PROGRAM_SENTENCES_LAST = """\
1) Program Rehabilitasi Sosial
Program ini dilaksanakan dengan anggaran Rp 480.000.000 dan terealisasi Rp 432.000.000 atau 90%. Hasil yang dicapai antara lain:
1) rehabilitasi sosial 35 anak terlantar di luar panti;
2) pemberian alat bantu kepada 28 penyandang disabilitas.

2) Program Perlindungan dan Jaminan Sosial
Program ini dilaksanakan dengan anggaran Rp 640.000.000 dan terealisasi Rp 608.000.000 atau 95%. Hasil yang dicapai antara lain:
1) Program Keluarga Harapan (PKH) menjangkau 3.450 KPM yang didampingi 42 pendamping;
2) Program Sembako tersalur kepada 5.120 KPM;
3) Program Indonesia Pintar diterima 870 anak dari keluarga PKH.
"""


def test_inner_program_sentences_under_the_last_program() -> None:
    # (a known gap before: the list nested in the last program's text, no next item closing it,
    # was taken for the report's program list)
    got = [(p.name, p.budget.pagu, p.budget.realisasi) for p in extract_text(INNER_PROGRAM_SENTENCES_LAST).programs]
    assert got == [("Program Rehabilitasi Sosial", 480e6, 432e6), ("Program Perlindungan dan Jaminan Sosial", 640e6, 608e6)]


def test_a_single_program_item_pages_after_the_list_does_not_join_it() -> None:
    """A recommendation numbered "1." far after the program list names a national programme: no
    bidang's list restarting, so no program of the report."""
    recommendations = ("\n\nBAB IV\nPENUTUP\n\n" + "Uraian capaian kinerja telah disampaikan pada bab sebelumnya. " * 40
                       + "\n\nRekomendasi:\n1. Program Keluarga Harapan perlu diperluas cakupannya pada tahun 2024.\n")
    names = [p.name for p in extract_text(RESTART_PER_BIDANG + recommendations).programs]
    assert names == [p.name for p in extract_text(RESTART_PER_BIDANG).programs]


def test_a_later_single_program_line_without_a_chapter_between_does_not_join_it() -> None:
    filler = "Capaian kinerja tersebut dipengaruhi oleh ketersediaan data dan pendamping di lapangan. " * 30
    text = RESTART_PER_BIDANG + "\n" + filler + "\n\nSaran:\n1. Program Sembako Daerah perlu dievaluasi.\n"
    assert [p.name for p in extract_text(text).programs] == [p.name for p in extract_text(RESTART_PER_BIDANG).programs]
