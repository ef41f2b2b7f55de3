"""Changes between years and revisions, in money and counts: a percentage increase or decrease
is a share whose numerator is new - old (old - new) and whose denominator is the old value.

Written for these tests in the register of LKPJ/LKjIP chapters and the news that quotes them, in
phrasings and layouts no seed or dev file uses: the change named in the sentence after its two
amounts ("naik dari Rp A. Kenaikan sebesar P persen itu ..."), APBD murni against its Perubahan,
refocusing cuts ("Pagu awal ... tersisa Rp B atau terpangkas P persen"), counts compared with last
year ("Tahun lalu ... Tahun ini ..., turun P persen dibanding tahun lalu"), "dua kali lipat", a
change stated as a count ("berkurang 936 jiwa atau 10,01 persen dibanding tahun 2022 yang
mencapai 9.348 jiwa"), a list of years before the change, "selisih", "P persen lebih tinggi /
lebih rendah dibanding", a signed percentage ("(-12,5%)"), a list of changes whose word only its
first item says, and controls: percentage points, growth, inflation, poverty rates, next year's
targets, a share that rises ("porsi naik dari 1,5 persen menjadi 1,8 persen").

The answers were worked out by hand with the rule of shared/gold/README.md (half-up rounding to
the stated decimals; an operand written rounded, "Rp 45,2 miliar", stands for every value that
rounds to it). Each passage keeps its correct version and, where it has a change, a planted slip
(most often the change divided by the new value instead of the old) that must be the one mismatch.
"""

from __future__ import annotations

import pytest
from probe_assertions import assert_claims, passage_tests, percent_checks

# name -> (passage, [(check, stated, numerator, denominator, verdict)])
PASSAGES: dict[str, tuple[str, list]] = {
    # the change named in the next sentence: (45,2 - 38,2) / 38,2 = 18,32
    "kalimat_berikut": (
        "PEKALONGAN – Anggaran Dinas Sosial Kota Pekalongan tahun 2024 ditetapkan sebesar Rp 45,2 miliar, naik "
        "dari Rp 38,2 miliar pada 2023. Kenaikan sebesar 18,3 persen itu sebagian besar dialokasikan untuk "
        "bantuan permakanan lansia dan penyandang disabilitas.\n"
        "Kepala Dinsos Kota Pekalongan, Sri Wahyuni, mengatakan tambahan anggaran tersebut juga dipakai untuk "
        "memperluas layanan Rumah Singgah bagi gelandangan dan pengemis. \"Kami berterima kasih kepada DPRD yang "
        "menyetujui kenaikan ini,\" katanya, Senin (15/1/2024).\n"
        "Ia menyebut realisasi anggaran 2023 mencapai Rp 36,3 miliar atau 95 persen dari pagu. Sisa anggaran "
        "sebagian besar berasal dari efisiensi pengadaan.\n"
        "Jumlah penerima permakanan lansia tahun ini direncanakan 1.200 orang, bertambah 150 orang dari tahun "
        "lalu.\n",
        [("share_percent", 18.3, 7e9, 38.2e9, "consistent")]),
    # APBD murni and its Perubahan in two sentences: 2.465.000.000 / 24.650.000.000 = 10; 95 of the revised pagu
    "apbd_perubahan": (
        "2.3.1 Urusan Sosial\n"
        "Pada Tahun Anggaran 2023, Dinas Sosial Kabupaten Klaten mengelola anggaran yang bersumber dari APBD "
        "Kabupaten. Dalam APBD Murni, pagu belanja Dinas Sosial ditetapkan sebesar Rp 24.650.000.000,00. Melalui "
        "Perubahan APBD, pagu tersebut bertambah menjadi Rp 27.115.000.000,00 atau naik 10 persen, terutama untuk "
        "penambahan bantuan sosial bagi korban bencana banjir di tiga kecamatan.\n"
        "Dari pagu perubahan tersebut, terealisasi sebesar Rp 25.759.250.000,00 atau 95 persen. Sisa anggaran "
        "berasal dari efisiensi belanja barang dan jasa serta sisa lelang pengadaan.\n",
        [("share_percent", 10, 2.465e9, 24.65e9, "consistent"),
         ("budget_percent", 95, 25.75925e9, 27.115e9, "consistent")]),
    # refocusing: (18,6 - 11,16) / 18,6 = 40
    "refocusing": (
        "MAKASSAR – Komisi E DPRD Sulawesi Selatan mempertanyakan besarnya pemangkasan anggaran Dinas Sosial "
        "akibat refocusing penanganan Covid-19. Pagu awal Dinsos pada APBD 2020 sebesar Rp 18,6 miliar, setelah "
        "refocusing hanya tersisa Rp 11,16 miliar atau terpangkas 40 persen.\n"
        "\"Padahal kebutuhan bantuan untuk warga terdampak justru meningkat,\" kata anggota Komisi E, Rabu "
        "(20/5/2020).\n"
        "Sekretaris Dinsos Sulsel menjelaskan, sebagian anggaran yang dipangkas dialihkan ke Belanja Tidak "
        "Terduga (BTT) yang dikelola BPKAD. Menurutnya, program rehabilitasi sosial di panti tetap berjalan meski "
        "jumlah sasaran dikurangi dari 450 orang menjadi 300 orang.\n",
        [("share_percent", 40, 7.44e9, 18.6e9, "consistent")]),
    # a count compared with last year, its old value in the sentence before: 1.425 / 14.250 = 10
    "kpm_tahun_lalu": (
        "BLORA – Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Kabupaten Blora terus "
        "memutakhirkan data penerima bantuan sosial.\n"
        "Tahun lalu, jumlah keluarga penerima manfaat (KPM) Bantuan Pangan Non Tunai di Kabupaten Blora tercatat "
        "14.250 KPM. Tahun ini jumlahnya 12.825 KPM, turun 10 persen dibanding tahun lalu, setelah verifikasi dan "
        "validasi DTKS oleh operator desa.\n"
        "Menurut Kepala Bidang Penanganan Fakir Miskin, sebagian besar KPM yang keluar dari daftar sudah mampu "
        "atau pindah domisili. \"Ada juga yang meninggal dunia dan belum dilaporkan ahli warisnya,\" ujarnya.\n"
        "Ia meminta kepala desa aktif mengusulkan warga miskin yang belum terdata melalui musyawarah desa.\n",
        [("share_percent", 10, 1425, 14250, "consistent")]),
    # doubled: 6,2 / 6,2 = 100; a count: 930 / 1.550 = 60
    "dua_kali_lipat": (
        "Dalam Rancangan APBD 2024, alokasi anggaran untuk bantuan sosial bagi penyandang disabilitas berat "
        "meningkat dua kali lipat, dari Rp 6,2 miliar pada 2023 menjadi Rp 12,4 miliar pada 2024 atau naik 100 "
        "persen. Adapun jumlah penerimanya bertambah dari 1.550 orang menjadi 2.480 orang, atau meningkat 60 "
        "persen.\n"
        "Bantuan diberikan dalam bentuk uang tunai sebesar Rp 300.000 per bulan dan disalurkan melalui rekening "
        "bank milik daerah. Penerima ditetapkan dengan Keputusan Bupati berdasarkan hasil asesmen pekerja sosial "
        "dan pendamping disabilitas di tiap kecamatan.\n",
        [("share_percent", 100, 6.2e9, 6.2e9, "consistent"), ("share_percent", 60, 930, 1550, "consistent")]),
    # the change stated as a count, its old value after the percentage: 936 / 9.348 = 10,0128
    "pmks_berkurang": (
        "B. Penyandang Masalah Kesejahteraan Sosial (PMKS)\n"
        "Berdasarkan hasil pendataan, jumlah PMKS di Kota Bitung pada tahun 2023 tercatat 8.412 jiwa, berkurang "
        "936 jiwa atau 10,01 persen dibanding tahun 2022 yang mencapai 9.348 jiwa. Penurunan terbesar terjadi "
        "pada kategori fakir miskin dan anak terlantar, seiring dengan perbaikan data terpadu kesejahteraan "
        "sosial dan penyaluran bantuan sosial yang lebih tepat sasaran.\n"
        "Meski demikian, jumlah penyandang disabilitas terlantar dan lanjut usia terlantar cenderung tetap, "
        "sehingga masih memerlukan perhatian melalui program rehabilitasi sosial dasar.\n",
        [("share_percent", 10.01, 936, 9348, "consistent")]),
    # percentage points, then a change of the count: 130 / 1.240 = 10,4839
    "poin_dan_jumlah": (
        "Persentase lansia terlantar yang mendapatkan pelayanan sosial naik dari 62,4 persen pada 2022 menjadi "
        "68,9 persen pada 2023, atau naik 6,5 poin persen. Secara jumlah, lansia yang dilayani bertambah dari "
        "1.240 orang menjadi 1.370 orang, atau meningkat 10,48 persen.\n"
        "Pelayanan diberikan melalui Panti Sosial Tresna Werdha milik daerah dan layanan home care oleh "
        "pendamping lansia di kelurahan. Kendala yang dihadapi antara lain keterbatasan tenaga perawat dan "
        "sarana transportasi untuk menjangkau lansia di wilayah perbukitan.\n",
        [("share_percent", 10.48, 130, 1240, "consistent")]),
    # a list of years before the changes: 548 / 5.480 = 10; 360 / 5.120 = 7,03125
    "daftar_tahun": (
        "Perkembangan jumlah KPM PKH di Kabupaten Grobogan dalam tiga tahun terakhir sebagai berikut:\n"
        "- Tahun 2021 : 5.120 KPM\n"
        "- Tahun 2022 : 5.480 KPM\n"
        "- Tahun 2023 : 6.028 KPM\n"
        "Pada tahun 2023 jumlah KPM PKH naik 10 persen dibanding tahun 2022, sedangkan pada tahun 2022 naik 7,03 "
        "persen dibanding tahun 2021. Penambahan tersebut berasal dari usulan baru hasil musyawarah desa yang "
        "telah diverifikasi oleh Kementerian Sosial.\n",
        [("share_percent", 10, 548, 5480, "consistent"), ("share_percent", 7.03, 360, 5120, "consistent")]),
    # "selisih" of two years: 5,2 / 26 = 20
    "selisih": (
        "Dalam rapat Badan Anggaran, TAPD memaparkan pagu indikatif perangkat daerah untuk tahun 2025. Pagu "
        "Dinas Sosial dalam KUA-PPAS 2025 sebesar Rp 31,2 miliar, sedangkan pada APBD 2024 sebesar Rp 26 "
        "miliar. Selisih Rp 5,2 miliar atau 20 persen itu akan digunakan untuk rehabilitasi Panti Sosial Bina "
        "Laras dan penambahan kuota bantuan permakanan.\n"
        "Anggota Banggar meminta Dinsos memastikan kesiapan dokumen perencanaan agar pelaksanaan kegiatan tidak "
        "terlambat seperti tahun sebelumnya.\n",
        [("share_percent", 20, 5.2e9, 26e9, "consistent")]),
    # "P persen lebih tinggi / lebih rendah dibanding": 1,3 / 13,02 = 9,98; 0,9 / 3,6 = 25
    "lebih_tinggi": (
        "Anggaran program perlindungan dan jaminan sosial tahun 2024 sebesar Rp 14,32 miliar, 10 persen lebih "
        "tinggi dibanding tahun 2023 sebesar Rp 13,02 miliar. Sebaliknya, anggaran program pemberdayaan sosial "
        "Rp 2,7 miliar, 25 persen lebih rendah dari tahun sebelumnya yang mencapai Rp 3,6 miliar.\n"
        "Penurunan anggaran pemberdayaan sosial disebabkan selesainya kegiatan pembangunan balai pelatihan "
        "pada tahun 2023, sehingga pada tahun 2024 hanya dialokasikan untuk pelatihan dan pendampingan.\n",
        [("share_percent", 10, 1.3e9, 13.02e9, "consistent"), ("share_percent", 25, 0.9e9, 3.6e9, "consistent")]),
    # three values of a count: 85 / 340 = 25
    "bertambah_tiga_nilai": (
        "Program Asistensi Rehabilitasi Sosial (ATENSI) bagi lanjut usia dilaksanakan bersama Sentra Kemensos "
        "dan LKS Lansia yang terakreditasi. Jumlah lansia penerima ATENSI bertambah 85 orang, dari 340 orang "
        "pada 2022 menjadi 425 orang pada 2023 atau naik 25 persen. Bantuan yang diberikan berupa pemenuhan "
        "kebutuhan hidup layak, perawatan sosial, dukungan keluarga dan terapi.\n"
        "Penambahan penerima terutama berada di kecamatan yang jauh dari pusat layanan.\n",
        [("share_percent", 25, 85, 340, "consistent")]),
    # a signed percentage, no change word: 2,03 / 16,24 = 12,5
    "minus": (
        "Tabel 2.7 Perbandingan Belanja Dinas Sosial APBD Murni dan APBD Perubahan Tahun 2023\n"
        "Tabel di atas menunjukkan bahwa belanja Dinas Sosial berubah dari Rp 16,24 miliar pada APBD murni "
        "menjadi Rp 14,21 miliar pada APBD perubahan (-12,5%). Perubahan tersebut terjadi karena rasionalisasi "
        "belanja perjalanan dinas dan penundaan pengadaan kendaraan operasional.\n",
        [("share_percent", 12.5, 2.03e9, 16.24e9, "consistent")]),
    # a list of changes whose change word only the first item says: 0,3 / 2,4 = 12,5; 0,18 / 1,8 = 10
    "daftar_pos": (
        "Sejumlah pos bantuan dalam APBD 2024 juga naik. Bantuan permakanan lansia naik dari Rp 2.400.000.000 "
        "menjadi Rp 2.700.000.000 atau 12,5 persen, bantuan bagi penyandang disabilitas dari Rp 1.800.000.000 "
        "menjadi Rp 1.980.000.000 atau 10 persen, sedangkan anggaran pemulangan orang terlantar tetap Rp "
        "350.000.000.\n"
        "Kenaikan pos bantuan itu disepakati setelah Dinsos memaparkan jumlah calon penerima hasil pemutakhiran "
        "DTKS di hadapan Komisi IV.\n",
        [("share_percent", 12.5, 0.3e9, 2.4e9, "consistent"), ("share_percent", 10, 0.18e9, 1.8e9, "consistent")]),
    # the old value in brackets after the period it is of: 1,2 / 7,5 = 16
    "periode_sama": (
        "Realisasi penyaluran bansos daerah hingga Juni 2024 baru Rp 6,3 miliar, turun 16 persen dibanding "
        "periode yang sama tahun lalu (Rp 7,5 miliar). Kepala Bidang Perlindungan dan Jaminan Sosial menyebut "
        "keterlambatan disebabkan pemutakhiran data penerima yang baru rampung pada Mei.\n"
        "\"Penyaluran tahap berikutnya kami percepat agar tidak menumpuk di akhir tahun,\" katanya.\n",
        [("share_percent", 16, 1.2e9, 7.5e9, "consistent")]),
    # a rate compared with between the change and its values: 250.000 / 2.500.000 = 10
    "inflasi_honor": (
        "Mulai Januari 2025, honor pendamping sosial naik 10 persen, lebih tinggi dari inflasi 2,8 persen, "
        "menjadi Rp 2.750.000 per bulan dari sebelumnya Rp 2.500.000. Kenaikan honor diberikan kepada 120 "
        "pendamping yang tersebar di 14 kecamatan dan ditetapkan melalui Peraturan Bupati.\n",
        [("share_percent", 10, 2.5e5, 2.5e6, "consistent")]),
    # two years' counts, the change concluded after them: 1.248 / 12.480 = 10
    "sehingga_terjadi": (
        "3.2.2 Analisis Capaian Sasaran\n"
        "Indikator jumlah PMKS yang memperoleh bantuan sosial menunjukkan kinerja yang membaik. Jumlah PMKS "
        "tahun 2022 sebanyak 12.480 jiwa dan tahun 2023 sebanyak 11.232 jiwa, sehingga terjadi penurunan sebesar "
        "10 persen. Penurunan ini didukung oleh program pemberdayaan ekonomi bagi keluarga miskin melalui "
        "Kelompok Usaha Bersama (KUBE) dan pelatihan keterampilan bagi penyandang disabilitas.\n"
        "Pada tahun 2022 anggaran bantuan sosial Rp 4.000.000.000 dan tahun 2023 Rp 4.600.000.000, sehingga "
        "terjadi kenaikan sebesar 15 persen.\n",
        [("share_percent", 10, 1248, 12480, "consistent"), ("share_percent", 15, 0.6e9, 4e9, "consistent")]),
    # national news, triliun to two decimals: 0,52 / 79,73 = 0,6522
    "kemensos_triliun": (
        "JAKARTA – Pagu anggaran Kementerian Sosial tahun 2024 ditetapkan Rp 79,21 triliun, turun 0,65 persen "
        "dari pagu 2023 sebesar Rp 79,73 triliun. Sebagian besar anggaran tetap dialokasikan untuk Program "
        "Keluarga Harapan (PKH) dan Bantuan Pangan Non Tunai (BPNT) yang menjangkau lebih dari 18 juta keluarga.\n"
        "Menteri Sosial menyampaikan hal itu dalam rapat kerja dengan Komisi VIII DPR RI di Senayan, Jakarta.\n",
        [("share_percent", 0.65, 0.52e12, 79.73e12, "consistent")]),
    # --- controls: percentages of things the figures around them do not give ---
    "kontrol_makro": (
        "Dalam LKPJ 2023, Bupati menyampaikan pertumbuhan ekonomi Kabupaten Wonogiri mencapai 5,12 persen, lebih "
        "tinggi dibanding 2022 sebesar 4,87 persen. Inflasi terkendali pada 2,61 persen, sedangkan angka "
        "kemiskinan turun dari 10,99 persen menjadi 10,29 persen. Di bidang sosial, anggaran Dinas Sosial tahun "
        "2023 sebesar Rp 21,4 miliar, naik dari Rp 19,8 miliar pada tahun sebelumnya.\n"
        "Tingkat pengangguran terbuka turun 0,35 poin persen menjadi 3,1 persen.\n",
        []),
    # a share that rises, with the amounts it is of a whole not given
    "porsi": (
        "Porsi anggaran Dinas Sosial terhadap total belanja APBD naik dari 1,5 persen pada 2023 menjadi 1,8 "
        "persen pada 2024, atau dari Rp 15 miliar menjadi Rp 19,8 miliar. Pemerintah daerah menargetkan porsi "
        "itu naik lagi menjadi 2 persen pada 2025.\n",
        []),
    # next year's targets: no new value written
    "target_depan": (
        "Untuk tahun 2025, Dinsos menargetkan jumlah PMKS yang tertangani naik 5 persen dari capaian 2024 "
        "sebanyak 3.200 orang. Anggaran yang diusulkan sebesar Rp 9,5 miliar atau turun 3 persen karena "
        "efisiensi belanja operasional.\n",
        []),
}

# (passage, as written, slipped, stated, slipped stated): most slips divide the change by the new value
SLIPS = [
    ("kalimat_berikut", "18,3 persen", "15,5 persen", 18.3, 15.5),
    ("apbd_perubahan", "naik 10 persen", "naik 9,09 persen", 10, 9.09),
    ("refocusing", "terpangkas 40 persen", "terpangkas 60 persen", 40, 60),
    ("kpm_tahun_lalu", "turun 10 persen", "turun 11,1 persen", 10, 11.1),
    ("dua_kali_lipat", "naik 100", "naik 200", 100, 200),
    ("dua_kali_lipat", "meningkat 60", "meningkat 37,5", 60, 37.5),
    ("pmks_berkurang", "10,01 persen", "11,13 persen", 10.01, 11.13),
    ("poin_dan_jumlah", "10,48 persen", "9,49 persen", 10.48, 9.49),
    ("daftar_tahun", "naik 10 persen", "naik 9,09 persen", 10, 9.09),
    ("daftar_tahun", "naik 7,03", "naik 6,57", 7.03, 6.57),
    ("selisih", "atau 20 persen", "atau 16,67 persen", 20, 16.67),
    ("lebih_tinggi", "10 persen lebih", "9,08 persen lebih", 10, 9.08),
    ("lebih_tinggi", "25 persen lebih", "33 persen lebih", 25, 33),
    ("bertambah_tiga_nilai", "naik 25 persen", "naik 20 persen", 25, 20),
    ("minus", "(-12,5%)", "(-14,29%)", 12.5, 14.29),
    ("daftar_pos", "atau 12,5 persen", "atau 11,11 persen", 12.5, 11.11),
    ("daftar_pos", "atau 10 persen", "atau 9,09 persen", 10, 9.09),
    ("periode_sama", "turun 16 persen", "turun 19 persen", 16, 19),
    ("inflasi_honor", "naik 10 persen", "naik 9,09 persen", 10, 9.09),
    ("sehingga_terjadi", "penurunan sebesar 10 persen", "penurunan sebesar 11,11 persen", 10, 11.11),
    ("sehingga_terjadi", "kenaikan sebesar 15 persen", "kenaikan sebesar 13,04 persen", 15, 13.04),
    ("kemensos_triliun", "turun 0,65 persen", "turun 0,56 persen", 0.65, 0.56),
]

# short variants of the families above: (sentence, [(check, stated, numerator, denominator, verdict)])
SENTENCES = [
    # two counts told apart by their periods of the year, not their years: (2.750 - 2.500) / 2.500 = 10,
    # (1.200 - 1.080) / 1.200 = 10 (before: lost)
    ("Dinsos menyalurkan bantuan kepada 2.500 KPM pada tahap pertama dan 2.750 KPM pada tahap kedua, meningkat "
     "10 persen dibanding tahap pertama.", [("share_percent", 10, 250, 2500, "consistent")]),
    ("Dinsos menyalurkan bantuan kepada 2.500 KPM pada tahap pertama dan 2.750 KPM pada tahap kedua, meningkat "
     "12 persen.", [("share_percent", 12, 250, 2500, "mismatch")]),
    ("Penerima pada triwulan I sebanyak 1.200 orang, sedangkan triwulan II sebanyak 1.080 orang atau turun 10 "
     "persen.", [("share_percent", 10, 120, 1200, "consistent")]),
    # the change named in the next sentence after the new value, the difference and the old value
    # (before: lost, as the sentence had three amounts): 1,5 / 16,5 = 9,09
    ("Anggaran Dinsos 2024 sebesar Rp 15 miliar, turun Rp 1,5 miliar dari 2023 yang Rp 16,5 miliar. Penurunan "
     "sekitar 9 persen ini akibat efisiensi.", [("share_percent", 9, 1.5e9, 16.5e9, "consistent")]),
    ("Anggaran Dinsos 2024 sebesar Rp 15 miliar, turun Rp 1,5 miliar dari tahun 2023 sebesar Rp 16,5 miliar. "
     "Penurunan itu sebesar 10 persen.", [("share_percent", 10, 1.5e9, 16.5e9, "mismatch")]),
    # a count's change said after its percentage, the new value in the sentence before it points back
    # to ("Angka ini"): (850 - 740) / 740 = 14,86
    ("Pada 2023, jumlah lansia penerima ASLUT mencapai 850 orang. Angka ini 15 persen lebih banyak dari tahun "
     "2022 yang sebanyak 740 orang.", [("share_percent", 15, 110, 740, "consistent")]),
    ("Pada 2023, jumlah lansia penerima ASLUT mencapai 850 orang. Jumlah tersebut 25 persen lebih banyak dari "
     "tahun 2022 yang sebanyak 740 orang.", [("share_percent", 25, 110, 740, "mismatch")]),
    # the change word said twice, before the old value and again before the percentage ("naik dari A
    # ... atau meningkat P persen"), and "dibanding" without "-kan": (12.450 - 11.200) / 11.200 = 11,16
    # (before: no claim from any of these)
    ("Jumlah penerima manfaat program pemberdayaan tahun 2021 tercatat 12.450 orang, naik dari 11.200 orang pada "
     "tahun 2020 atau meningkat 11,16 persen.", [("share_percent", 11.16, 1250, 11200, "consistent")]),
    ("Jumlah penerima manfaat program pemberdayaan tahun 2021 tercatat 12.450 orang, naik dari 11.200 orang pada "
     "tahun 2020 atau meningkat 12,16 persen.", [("share_percent", 12.16, 1250, 11200, "mismatch")]),
    ("Jumlah penerima manfaat tahun 2021 tercatat 12.450 orang, meningkat dibanding tahun 2020 sebanyak 11.200 "
     "orang atau naik 11,16 persen.", [("share_percent", 11.16, 1250, 11200, "consistent")]),
    ("Jumlah penerima manfaat tahun 2021 tercatat 12.450 orang, meningkat dibanding tahun 2020 sebanyak 11.200 "
     "orang atau 11,16 persen.", [("share_percent", 11.16, 1250, 11200, "consistent")]),
    # (500 - 450) / 500 = 10
    ("Jumlah lansia terlantar tahun 2022 sebanyak 450 orang, turun dari 500 orang pada tahun 2021 atau berkurang "
     "10 persen.", [("share_percent", 10, 50, 500, "consistent")]),
    ("Jumlah lansia terlantar tahun 2022 sebanyak 450 orang, turun dari 500 orang pada tahun 2021 atau berkurang "
     "11 persen.", [("share_percent", 11, 50, 500, "mismatch")]),
    ("Jumlah KPM menurun dari 12.000 KPM menjadi 10.200 KPM atau turun 16 persen.",
     [("share_percent", 16, 1800, 12000, "mismatch")]),
    # the change named after its amounts, told by "semula ... menjadi", and by two years
    ("Pagu Dinsos semula Rp 20.000.000.000, kemudian menjadi Rp 17.600.000.000 setelah refocusing. Penurunan "
     "anggaran tersebut mencapai 12 persen.", [("share_percent", 12, 2.4e9, 20e9, "consistent")]),
    ("Pagu Dinsos tahun 2023 Rp 20.000.000.000, sedangkan tahun 2024 Rp 22.000.000.000. Kenaikan itu 12 persen.",
     [("share_percent", 12, 2e9, 20e9, "mismatch")]),
    # the change named after its amounts with the years it is between, or the new value's year
    ("Anggaran Dinsos 2023 Rp 20,5 miliar dan 2024 Rp 22,55 miliar. Kenaikan anggaran dari tahun 2023 ke tahun "
     "2024 sebesar 10 persen.", [("share_percent", 10, 2.05e9, 20.5e9, "consistent")]),
    ("Anggaran Dinsos 2023 Rp 20,5 miliar dan 2024 Rp 22,55 miliar. Kenaikan anggaran tahun 2024 sebesar 11 "
     "persen.", [("share_percent", 11, 2.05e9, 20.5e9, "mismatch")]),
    # a change stated as a count, the old value after the percentage or only the new one before
    ("Jumlah penerima tahun ini 1.350 orang, naik 150 orang atau 12,5 persen dari tahun lalu sebanyak 1.200 "
     "orang.", [("share_percent", 12.5, 150, 1200, "consistent")]),
    ("Jumlah PMKS tahun 2023 tercatat 8.412 jiwa, berkurang 936 jiwa atau 11,13 persen.",
     [("share_percent", 11.13, 936, 9348, "mismatch")]),
    # the change word after the percentage, counts
    ("Penerima bantuan permakanan tahun 2024 sebanyak 2.700 orang, 25 persen lebih sedikit dari tahun "
     "sebelumnya yang mencapai 3.600 orang.", [("share_percent", 25, 900, 3600, "consistent")]),
    ("Penerima bantuan permakanan tahun 2024 sebanyak 2.700 orang, 20 persen lebih rendah dibanding tahun 2023 "
     "sebanyak 3.600 orang.", [("share_percent", 20, 900, 3600, "mismatch")]),
    # a count of an earlier year named by its number, the change compared with it
    ("Pada tahun 2022 jumlah anak terlantar yang dilayani 480 anak. Tahun 2023 jumlahnya 540 anak, naik 12,5 "
     "persen dibanding tahun 2022.", [("share_percent", 12.5, 60, 480, "consistent")]),
    # a list of years of money: 0,85 / 8,5 = 10; 1,5 / 10 = 15
    ("Anggaran Dinas Sosial tiga tahun terakhir:\n2020 = Rp 10.000.000.000\n2021 = Rp 8.500.000.000\n"
     "2022 = Rp 9.350.000.000\nAnggaran tahun 2022 naik 10 persen dari tahun sebelumnya, sedangkan tahun 2021 "
     "turun 15 persen dibanding tahun 2020.",
     [("share_percent", 10, 0.85e9, 8.5e9, "consistent"), ("share_percent", 15, 1.5e9, 10e9, "consistent")]),
    # more shapes of one sentence: the old value after "dibanding tahun sebelumnya", a rise of 200 persen,
    # "turun sekitar P persen dibanding 2024 yang mencapai Rp A", the change as a count in brackets, the
    # change in money and the new value named by "APBD-P", a new value after "sedangkan pada 2024"
    ("Jumlah lansia terlantar tahun 2023 mencapai 2.150 orang atau naik 7,5 persen dibanding tahun sebelumnya "
     "sebanyak 2.000 orang.", [("share_percent", 7.5, 150, 2000, "consistent")]),
    ("Alokasi BTT naik signifikan dari Rp 5 miliar menjadi Rp 15 miliar, naik 200 persen.",
     [("share_percent", 200, 10e9, 5e9, "consistent")]),
    ("Anggaran Dinsos tahun 2025 diproyeksikan Rp 30 miliar, turun sekitar 6,25 persen dibanding 2024 yang "
     "mencapai Rp 32 miliar.", [("share_percent", 6.25, 2e9, 32e9, "consistent")]),
    ("Jumlah KPM turun dari 3.200 menjadi 2.880 KPM, atau berkurang 320 KPM (11,1 persen).",
     [("share_percent", 11.1, 320, 3200, "mismatch")]),
    ("Pagu Dinsos APBD-P 2023 Rp 27,5 miliar atau bertambah Rp 2,5 miliar (10 persen) dari APBD murni.",
     [("share_percent", 10, 2.5e9, 25e9, "consistent")]),
    ("Pada 2023 ada 312 kasus kekerasan terhadap anak, sedangkan pada 2024 turun menjadi 273 kasus atau 12,5 "
     "persen.", [("share_percent", 12.5, 39, 312, "consistent")]),
    ("Dibandingkan tahun 2022 yang sebesar Rp 10,2 miliar, anggaran tahun 2023 sebesar Rp 11,22 miliar naik 10 "
     "persen.", [("share_percent", 10, 1.02e9, 10.2e9, "consistent")]),
    ("Jumlah anak jalanan tahun 2023 sebanyak 45 anak, 25 persen lebih sedikit dibanding tahun 2022 yang "
     "berjumlah 60 anak.", [("share_percent", 25, 15, 60, "consistent")]),
    ("Penerima bantuan naik 20 persen, dari 500 orang menjadi 600 orang.", [("share_percent", 20, 100, 500, "consistent")]),
    # the two counts each with its year right after it
    ("Dari 1.200 KPM pada 2022, jumlah penerima naik menjadi 1.380 KPM pada 2023 atau 15 persen.",
     [("share_percent", 15, 180, 1200, "consistent")]),
    ("Penerima PKH sebanyak 1.200 KPM pada 2022 dan 1.380 KPM pada 2023, atau naik 13 persen.",
     [("share_percent", 13, 180, 1200, "mismatch")]),
    # the new value's share of a whole it names after its year, no change (was read as one: 300 / 1.500)
    ("Penerima bantuan pada tahun 2022 sebanyak 1.500 orang meningkat menjadi 1.800 orang pada tahun 2023 atau "
     "12 persen dari total penduduk miskin sebanyak 15.000 jiwa.", [("share_percent", 12, 1800, 15000, "consistent")]),
    # the two values in two sentences before the change's, one each, their years named from the
    # year of writing (was a known gap): 1,2 / 12 = 10
    ("Tahun lalu anggaran Dinsos Rp 12 miliar. Tahun ini Rp 13,2 miliar. Kenaikannya 10 persen.",
     [("share_percent", 10, 1.2e9, 12e9, "consistent")]),
    # the new value as a percentage of the old one (was a known gap): 1,2 / 1,5 = 80
    ("Dana hibah untuk LKS turun menjadi Rp 1,2 miliar dari Rp 1,5 miliar, atau 80 persen dari tahun lalu.",
     [("share_percent", 80, 1.2e9, 1.5e9, "consistent")]),
    # a list of count changes whose word only the first item says (was a known gap):
    # 180 / 1.200 = 15, 40 / 400 = 10
    ("Bantuan permakanan lansia naik dari 1.200 orang menjadi 1.380 orang atau 15 persen, bantuan disabilitas "
     "dari 400 orang menjadi 440 orang atau 10 persen.",
     [("share_percent", 15, 180, 1200, "consistent"), ("share_percent", 10, 40, 400, "consistent")]),
    # a signed percentage whose sign agrees with the values
    ("Belanja berubah dari Rp 16.000.000.000 menjadi Rp 18.000.000.000 (+12,5%).",
     [("share_percent", 12.5, 2e9, 16e9, "consistent")]),
]

# correct text whose percentages are of something else: no claim of the figures around them
NO_CLAIM = [
    # the later period written first: which value is the old one, the order does not say
    "Dinsos menyalurkan bantuan kepada 2.500 KPM pada tahap kedua dan 2.750 KPM pada tahap pertama, meningkat "
    "10 persen.",
    # the sentence before has two counts: which one "Angka ini" is, the words do not say
    "Pada 2023, jumlah lansia penerima ASLUT mencapai 850 orang dan penyandang disabilitas 300 orang. Angka ini "
    "15 persen lebih banyak dari tahun 2022 yang sebanyak 740 orang.",
    # the percentage's sentence names its own subject, not the count before
    "Pada 2023, jumlah lansia penerima ASLUT mencapai 850 orang. Jumlah penyandang disabilitas 15 persen lebih "
    "banyak dari tahun 2022 yang sebanyak 740 orang.",
    # the change of what was spent, not of the pagu of the sentence before
    "Pagu Dinsos tahun 2023 Rp 20.000.000.000, sedangkan tahun 2024 Rp 22.000.000.000. Realisasinya naik 12 persen.",
    "Pagu Dinsos tahun 2023 Rp 20.000.000.000, sedangkan tahun 2024 Rp 22.000.000.000. Jumlah penerima naik 12 "
    "persen.",
    # the change of other years than the amounts'
    "Anggaran Dinsos 2023 Rp 20,5 miliar dan 2024 Rp 22,55 miliar. Kenaikan anggaran dari tahun 2021 ke tahun "
    "2022 sebesar 12 persen.",
    # a change of a count that is a share of a whole not given
    "Jumlah penerima tahun ini 1.350 orang, naik 150 orang atau 12,5 persen dari total penduduk miskin.",
    # the realisation's rise against a list of the pagu of each year
    "Anggaran Dinas Sosial tiga tahun terakhir:\n2020 = Rp 10.000.000.000\n2021 = Rp 8.500.000.000\n"
    "2022 = Rp 9.350.000.000\nRealisasi tahun 2022 naik 12 persen dari tahun sebelumnya.",
    # a rise with no old value; percentage points written "persen"
    "Realisasi PAD naik 12 persen menjadi Rp 150 miliar.",
    "Angka kemiskinan ekstrem turun dari 1,2 persen menjadi 0,8 persen atau berkurang 0,4 persen.",
    # shares of the population beside a count's change (was a false alarm: 45.200 / 48.100 against 9,8)
    "Jumlah penduduk miskin 2023 sebanyak 45.200 jiwa (9,8 persen), turun dari 48.100 jiwa (10,5 persen) pada "
    "2022.",
    # a sign against the values: no claim of them
    "Belanja berubah dari Rp 16.000.000.000 menjadi Rp 14.000.000.000 (+12,5%).",
    # the values of a share that rose, beside the amounts (was a false alarm: 1,375 / 8,8 against 88)
    "Serapan anggaran Dinsos naik dari 88 persen pada 2022 menjadi 92,5 persen pada 2023, atau dari Rp "
    "8.800.000.000 menjadi Rp 10.175.000.000.",
]


test_passage_claims, test_control_has_no_claim, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[f"{i:02d}" for i in range(len(SENTENCES))])
def test_sentence_claims(text, expected):
    assert_claims(text, expected)


@pytest.mark.parametrize("text", NO_CLAIM, ids=[f"{i:02d}" for i in range(len(NO_CLAIM))])
def test_no_claim(text):
    assert [c.message for c in percent_checks(text)] == []
