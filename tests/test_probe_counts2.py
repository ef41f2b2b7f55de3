"""Shares and targets of counts in whole news write-ups and report passages on bansos and PMKS.

Passages of 1-2 KB written for these tests in the register of Dinas Sosial news (a sentence a
paragraph, quotes, datelines, "(15/3)" dates) and LKjIP/LKPJ chapters, in phrasings and layouts no
seed or dev file uses: a whole stated paragraphs before its part, "Dari total X tersebut, N jiwa di
antaranya ... atau sekitar P persen" after a sentence comparing X with last year's, a count of last
year beside this year's ("86 anak, turun ... dari 120 anak pada tahun sebelumnya"), breakdowns
("terdiri dari A ... dan B"), remainders ("Sisanya 1.368 KPM atau 7,5 persen"), several parts of
one whole, a list of villages with their total, one thing under two names ("KPM"/"keluarga",
"unit"/"rumah", "orang"/"jiwa"), a count's percentage beside a money realisation and its own, and
percentages of people that are no ratio of the counts nearby (poverty rate, growth, share of the
population). The answers were worked out by hand with the rule of shared/gold/README.md (half-up
rounding to the stated decimals). Each passage is checked as written (every claim listed is
found with its operands and judged right, no mismatch at all, the percentages listed as absent
give no claim) and with each planted slip (a wrong percentage) that must come out a mismatch of
the right operands, the only one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kesos_extract import extract_text

PERCENT_CHECKS = ("budget_percent", "target_percent", "share_percent")


@dataclass
class Passage:
    name: str
    text: str
    # (check, stated, numerator, denominator): consistent (or capped) as written
    claims: list[tuple[str, float, float, float]]
    # stated percentages that are no ratio of the figures around them: no claim
    absent: list[float] = field(default_factory=list)
    # (words as written, the slip, (check, stated, numerator, denominator) that must be a mismatch)
    slips: list[tuple[str, str, tuple[str, float, float, float]]] = field(default_factory=list)


PASSAGES = [
    Passage(
        "pmks-whole-before-last-years-comparison",
        "GUNUNGKIDUL – Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak (DinsosP3A) Kabupaten Gunungkidul "
        "mencatat jumlah Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) di wilayahnya masih cukup tinggi.\n\n"
        "Sebanyak 12.450 jiwa di Bumi Handayani tercatat sebagai PMKS pada 2022. Jumlah ini turun 8,2 persen "
        "dibandingkan tahun sebelumnya yang mencapai 13.562 jiwa.\n\n"
        "Dari total PMKS tersebut, 4.980 jiwa di antaranya merupakan lanjut usia terlantar atau sekitar 40 persen.\n\n"
        "\"Lansia terlantar memang paling banyak, karena banyak anak yang merantau ke luar daerah,\" kata Kepala "
        "Bidang Rehabilitasi Sosial, Sri Lestari, Senin (13/2/2023).\n\n"
        "Menurut dia, angka kemiskinan Gunungkidul yang masih 15,86 persen turut memengaruhi jumlah PMKS. Pemerintah "
        "kabupaten menargetkan penanganan 1.500 lansia pada tahun ini melalui program permakanan dan Asistensi "
        "Rehabilitasi Sosial (ATENSI).\n\n[...]",
        claims=[("share_percent", 8.2, 1112, 13562), ("share_percent", 40, 4980, 12450)],
        absent=[15.86],
        slips=[("turun 8,2 persen", "turun 9,2 persen", ("share_percent", 9.2, 1112, 13562)),
               ("sekitar 40 persen", "sekitar 45 persen", ("share_percent", 45, 4980, 12450))],
    ),
    Passage(
        "bantuan-pangan-news-a-sentence-a-paragraph",
        "KULON PROGO – Dinas Sosial Kabupaten Kulon Progo mulai menyalurkan bantuan pangan beras 10 kilogram kepada "
        "18.240 keluarga penerima manfaat (KPM) pada tahap pertama tahun 2024.\n\n"
        "Kepala Dinas Sosial Kulon Progo, Bambang Haryanto, mengatakan penyaluran dilakukan bersama Perum Bulog dan "
        "PT Pos Indonesia di 12 kapanewon.\n\n"
        "\"Hingga Jumat (15/3), sudah 16.872 KPM yang menerima bantuan atau 92,5 persen,\" ujarnya.\n\n"
        "Sisanya 1.368 KPM atau 7,5 persen dijadwalkan menerima bantuan pada pekan depan karena sebagian penerima "
        "sedang bekerja di luar daerah.\n\n"
        "Ia menambahkan, jumlah penerima tahun ini berkurang dibandingkan tahun lalu yang mencapai 19.105 KPM. "
        "Pengurangan terjadi karena sebagian KPM sudah meninggal dunia, pindah domisili, atau dinilai mampu setelah "
        "verifikasi dan validasi DTKS.\n\n[...]",
        claims=[("share_percent", 92.5, 16872, 18240), ("share_percent", 7.5, 1368, 18240)],
        slips=[("atau 92,5 persen", "atau 93,5 persen", ("share_percent", 93.5, 16872, 18240)),
               ("atau 7,5 persen", "atau 8,5 persen", ("share_percent", 8.5, 1368, 18240))],
    ),
    Passage(
        "bpnt-breakdown-and-transactions",
        "MADIUN – Jumlah keluarga penerima manfaat (KPM) Bantuan Pangan Non Tunai (BPNT) atau Program Sembako di "
        "Kota Madiun tahun 2023 tercatat sebanyak 6.400 KPM. Jumlah tersebut terdiri dari 4.160 KPM reguler (65 "
        "persen) dan 2.240 KPM perluasan (35 persen) yang ditetapkan Kementerian Sosial melalui SK Dirjen "
        "Penanganan Fakir Miskin.\n\n"
        "Kepala Dinas Sosial Kota Madiun mengatakan, bantuan senilai Rp 200 ribu per bulan itu disalurkan melalui 47 "
        "e-warong yang tersebar di 27 kelurahan.\n\n"
        "Menurutnya, tingkat kemiskinan Kota Madiun pada 2023 sebesar 4,47 persen, turun dibanding tahun sebelumnya "
        "sebesar 4,68 persen.\n\n[...]",
        claims=[("share_percent", 65, 4160, 6400), ("share_percent", 35, 2240, 6400)],
        absent=[4.47, 4.68],
        slips=[("(35 persen)", "(38 persen)", ("share_percent", 38, 2240, 6400))],
    ),
    Passage(
        "blt-dd-villages-with-their-total",
        "Penyaluran BLT Dana Desa di Kapanewon Sentolo tahun 2023 ditujukan bagi 1.000 KK yang tersebar di tiga "
        "kalurahan, yakni Kalurahan Sentolo 320 KK (32%), Kalurahan Kaliagung 280 KK (28%) dan Kalurahan Sukoreno "
        "400 KK (40%). Penerima ditetapkan melalui musyawarah kalurahan khusus dengan memprioritaskan keluarga miskin "
        "ekstrem yang belum menerima PKH maupun bantuan sembako.\n\n"
        "Setiap KK menerima Rp 300.000 per bulan selama 12 bulan. Pagu BLT Dana Desa Kapanewon Sentolo tahun 2023 "
        "sebesar Rp 3.600.000.000 dan sampai dengan Desember terealisasi Rp 3.240.000.000 atau 90 persen. Sisa dana "
        "tidak tersalurkan karena penerima meninggal dunia atau pindah domisili.",
        claims=[("share_percent", 32, 320, 1000), ("share_percent", 28, 280, 1000), ("share_percent", 40, 400, 1000),
                ("budget_percent", 90, 3.24e9, 3.6e9)],
        slips=[("280 KK (28%)", "280 KK (26%)", ("share_percent", 26, 280, 1000)),
               ("Rp 3.240.000.000 atau 90 persen", "Rp 3.240.000.000 atau 95 persen",
                ("budget_percent", 95, 3.24e9, 3.6e9))],
    ),
    Passage(
        "rtlh-target-unit-rumah-beside-money",
        "Pada tahun 2023 Dinas Sosial Kabupaten Wonogiri menargetkan rehabilitasi sosial rumah tidak layak huni "
        "(RS-RTLH) sebanyak 150 unit dengan anggaran Rp 3.000.000.000,00 yang bersumber dari APBD. Sampai dengan "
        "akhir tahun anggaran telah terealisasi 138 rumah atau 92 persen dari target, dengan realisasi anggaran "
        "Rp 2.760.000.000,00 (92%). Sebanyak 12 rumah belum dapat dikerjakan karena status kepemilikan lahan belum "
        "jelas.\n\n"
        "Bantuan diberikan dalam bentuk bahan bangunan senilai Rp 20.000.000,00 per unit dan dikerjakan secara "
        "swadaya gotong royong oleh warga setempat bersama Tagana dan TKSK.",
        claims=[("target_percent", 92, 138, 150), ("budget_percent", 92, 2.76e9, 3e9)],
        slips=[("138 rumah atau 92 persen", "138 rumah atau 94 persen", ("target_percent", 94, 138, 150)),
               ("(92%)", "(90%)", ("budget_percent", 90, 2.76e9, 3e9))],
    ),
    Passage(
        "poverty-rate-growth-and-unemployment-control",
        "BREBES – Angka kemiskinan Kabupaten Brebes pada 2023 masih tinggi. Badan Pusat Statistik mencatat jumlah "
        "penduduk miskin sebanyak 277.120 jiwa atau 15,60 persen dari total penduduk, turun dari 16,05 persen pada "
        "2022.\n\n"
        "Kepala Dinas Sosial Brebes mengatakan, dari jumlah tersebut sebanyak 84.500 KK telah terdaftar sebagai "
        "penerima Program Keluarga Harapan (PKH) dan 112.300 KK menerima bantuan sembako.\n\n"
        "Selain itu, laju pertumbuhan ekonomi Brebes 2023 tercatat 4,9 persen, sedangkan tingkat pengangguran "
        "terbuka 8,21 persen. \"Kami terus memutakhirkan DTKS agar bantuan tepat sasaran,\" ujarnya.",
        claims=[],
        absent=[15.60, 16.05, 4.9, 8.21],
    ),
    Passage(
        "permakanan-growth-and-two-parts",
        "Program permakanan bagi lanjut usia dan penyandang disabilitas tunggal di Kota Magelang tahun 2024 "
        "menjangkau 1.250 orang, naik 25 persen dibandingkan tahun 2023 sebanyak 1.000 orang. Dari 1.250 penerima "
        "itu, 875 orang merupakan lansia tunggal atau 70 persen, sedangkan 375 orang lainnya (30 persen) penyandang "
        "disabilitas tunggal. Setiap penerima mendapatkan dua kali makan sehari yang diantar oleh pendamping.\n\n"
        "Anggaran program permakanan tahun ini Rp 4,5 miliar, meningkat dari Rp 3,6 miliar pada tahun sebelumnya.",
        claims=[("share_percent", 25, 250, 1000), ("share_percent", 70, 875, 1250), ("share_percent", 30, 375, 1250)],
        slips=[("naik 25 persen", "naik 20 persen", ("share_percent", 20, 250, 1000)),
               ("atau 70 persen", "atau 72 persen", ("share_percent", 72, 875, 1250))],
    ),
    Passage(
        "bst-remainder-after-pointing-back",
        "CIANJUR – Penyaluran Bantuan Sosial Tunai (BST) Kementerian Sosial di Kabupaten Cianjur hingga akhir "
        "pekan lalu terus berjalan.\n\n"
        "Berdasarkan data Dinas Sosial, sebanyak 20.125 KPM tercatat sebagai penerima BST tahap ini. Dari jumlah "
        "itu, 16.100 KPM (80 persen) sudah mencairkan bantuan di kantor pos, sisanya 4.025 KPM (20 persen) masih "
        "menunggu jadwal pencairan.\n\n"
        "\"Bagi lansia dan penyandang disabilitas yang tidak bisa datang, bantuan kami antar langsung ke rumah,\" "
        "kata Kepala Dinas Sosial Cianjur.",
        claims=[("share_percent", 80, 16100, 20125), ("share_percent", 20, 4025, 20125)],
        slips=[("(20 persen)", "(25 persen)", ("share_percent", 25, 4025, 20125))],
    ),
    Passage(
        "anak-jalanan-last-years-count-beside",
        "Dinas Sosial Kota Semarang mencatat jumlah anak jalanan yang terjangkau pada 2023 sebanyak 86 anak, turun "
        "28,3 persen dari 120 anak pada tahun sebelumnya. Sebanyak 43 anak atau 50 persen telah dikembalikan ke "
        "keluarga, sedangkan 25 anak lainnya dirujuk ke Panti Pelayanan Sosial Anak Pandanaran.\n\n"
        "Penjangkauan dilakukan oleh tim reaksi cepat bersama Satpol PP di 14 titik perempatan jalan. Selain "
        "pembinaan, anak-anak tersebut juga didaftarkan ke sekolah dan keluarganya diusulkan masuk DTKS.",
        claims=[("share_percent", 28.3, 34, 120), ("share_percent", 50, 43, 86)],
        slips=[("atau 50 persen", "atau 55 persen", ("share_percent", 55, 43, 86)),
               ("turun 28,3 persen", "turun 23,3 persen", ("share_percent", 23.3, 34, 120))],
    ),
    Passage(
        "dtks-people-beside-households",
        "SALATIGA – Jumlah warga Kota Salatiga yang masuk Data Terpadu Kesejahteraan Sosial (DTKS) per Desember "
        "2023 sebanyak 38.512 jiwa dari 12.408 KK. Dari jumlah itu, 9.870 jiwa atau 25,6 persen merupakan anak usia "
        "sekolah, dan 4.236 jiwa atau 11 persen lanjut usia.\n\n"
        "Kepala Dinas Sosial Salatiga mengatakan, pemutakhiran data dilakukan setiap bulan melalui aplikasi SIKS-NG "
        "dengan melibatkan operator di 23 kelurahan.",
        claims=[("share_percent", 25.6, 9870, 38512), ("share_percent", 11, 4236, 38512)],
        slips=[("atau 25,6 persen", "atau 26,6 persen", ("share_percent", 26.6, 9870, 38512)),
               ("atau 11 persen", "atau 12 persen", ("share_percent", 12, 4236, 38512))],
    ),
    Passage(
        "pkh-keluarga-then-kpm-past-a-sentence-of-no-figure",
        "BATU – Program Keluarga Harapan (PKH) di Kota Batu tahun ini menjangkau 7.850 keluarga. Bantuan disalurkan "
        "dalam empat tahap melalui rekening Himbara masing-masing penerima.\n\n"
        "Dari jumlah itu, sebanyak 1.570 KPM memiliki komponen lansia, atau 20 persen. \"Komponen yang paling banyak "
        "adalah pendidikan anak sekolah dasar,\" kata Koordinator PKH Kota Batu.",
        claims=[("share_percent", 20, 1570, 7850)],
        slips=[("atau 20 persen", "atau 25 persen", ("share_percent", 25, 1570, 7850))],
    ),
    Passage(
        "lkjip-permakanan-two-years-and-a-part",
        "Sasaran Strategis 2: Meningkatnya pemenuhan kebutuhan dasar PPKS\n\n"
        "Indikator jumlah lansia terlantar yang menerima bantuan permakanan ditargetkan 2.000 orang pada tahun 2023 "
        "dan terealisasi 1.960 orang atau 98 persen. Capaian ini lebih tinggi dibanding tahun 2022 yang mencapai "
        "1.850 orang dari target 2.000 orang (92,5 persen). Dari 1.960 orang penerima, sebanyak 1.176 orang atau 60 "
        "persen berjenis kelamin perempuan.\n\n"
        "Kendala yang dihadapi antara lain data penerima yang belum mutakhir dan keterbatasan tenaga pendamping di "
        "kecamatan. Upaya yang dilakukan adalah verifikasi berkala bersama TKSK.",
        claims=[("target_percent", 98, 1960, 2000), ("target_percent", 92.5, 1850, 2000),
                ("share_percent", 60, 1176, 1960)],
        slips=[("atau 98 persen", "atau 96 persen", ("target_percent", 96, 1960, 2000)),
               ("(92,5 persen)", "(95 persen)", ("target_percent", 95, 1850, 2000)),
               ("atau 60 persen", "atau 62 persen", ("share_percent", 62, 1176, 1960))],
    ),
    Passage(
        "lansia-share-of-population-and-among",
        "Jumlah penduduk lanjut usia di Kabupaten Magetan tahun 2023 sebanyak 45.300 jiwa atau 11,2 persen dari "
        "total penduduk. Dari jumlah tersebut, sebanyak 3.240 jiwa tercatat sebagai lansia terlantar dalam DTKS, dan "
        "2.106 jiwa di antaranya telah menerima Asistensi Rehabilitasi Sosial (ATENSI) atau 65 persen.\n\n"
        "Bantuan ATENSI berupa pemenuhan kebutuhan hidup layak, perawatan sosial, dan dukungan keluarga yang "
        "disalurkan melalui Sentra Terpadu Kementerian Sosial.",
        claims=[("share_percent", 65, 2106, 3240)],
        absent=[11.2],
        slips=[("atau 65 persen", "atau 60 persen", ("share_percent", 60, 2106, 3240))],
    ),
    Passage(
        "rtlh-rumah-then-unit-news",
        "PATI – Dinas Sosial Kabupaten Pati menargetkan rehabilitasi 250 rumah tidak layak huni (RTLH) pada tahun "
        "2023. Hingga pertengahan Desember, sebanyak 230 unit telah selesai dikerjakan atau 92 persen.\n\n"
        "Sisa 20 unit lainnya ditargetkan rampung pada akhir bulan ini. Setiap rumah mendapat bantuan Rp 17,5 juta "
        "yang disalurkan dalam bentuk bahan bangunan melalui kelompok penerima.",
        claims=[("target_percent", 92, 230, 250)],
        slips=[("atau 92 persen", "atau 95 persen", ("target_percent", 95, 230, 250))],
    ),
    Passage(
        "poverty-pockets-and-growth-control",
        "Dari 2.400 KPM penerima PKH di Kapanewon Wates, 1.200 KPM di antaranya tinggal di kalurahan dengan tingkat "
        "kemiskinan di atas 15 persen. Pertumbuhan jumlah penerima dalam tiga tahun terakhir rata-rata 3,5 persen "
        "per tahun, sementara jumlah penduduk Wates tumbuh 1,2 persen.\n\n"
        "Pendamping PKH juga mencatat 312 anak putus sekolah di wilayah tersebut yang kini diusulkan masuk program "
        "Kartu Indonesia Pintar.",
        claims=[],
        absent=[15, 3.5, 1.2],
    ),
    Passage(
        "dtks-verification-layak-tidak-layak",
        "Dinas Sosial Kabupaten Klaten telah melakukan verifikasi dan validasi terhadap 95.400 KK dalam DTKS "
        "sepanjang tahun 2023. Hasilnya, sebanyak 85.860 KK dinyatakan layak atau 90 persen, sedangkan 9.540 KK atau "
        "10 persen dinyatakan tidak layak dan diusulkan untuk dihapus dari DTKS.\n\n"
        "Verifikasi dilakukan oleh 401 operator desa dengan pendampingan TKSK di 26 kecamatan.",
        claims=[("share_percent", 90, 85860, 95400), ("share_percent", 10, 9540, 95400)],
        slips=[("atau 10 persen", "atau 12 persen", ("share_percent", 12, 9540, 95400))],
    ),
    Passage(
        "sembako-headline-subject-after-its-percentage",
        "SLEMAN – Sebanyak 96 persen bantuan sembako tahap II dari Pemerintah Kabupaten Sleman telah disalurkan. "
        "Dari 10.500 paket yang disiapkan untuk 17 kapanewon, 10.080 paket sudah tersalurkan hingga Rabu (20/9).\n\n"
        "Kepala Dinas Sosial Sleman mengatakan, setiap paket berisi beras 10 kilogram, minyak goreng 2 liter, gula "
        "pasir 2 kilogram dan telur 1 kilogram senilai Rp 300.000. Paket diantar oleh petugas bersama relawan Tagana "
        "ke balai kalurahan.",
        claims=[("share_percent", 96, 10080, 10500)],
        slips=[("Sebanyak 96 persen", "Sebanyak 98 persen", ("share_percent", 98, 10080, 10500))],
    ),
    Passage(
        "pmks-pointed-back-past-a-year-comparison",
        "Berdasarkan hasil pendataan Dinas Sosial Kabupaten Blora, pada 2023 tercatat 3.500 jiwa PMKS. Angka itu naik "
        "dibanding tahun 2022 yang mencapai 3.200 jiwa. Dari jumlah tersebut, 1.750 jiwa atau 50 persen merupakan "
        "fakir miskin, sedangkan 700 jiwa atau 20 persen adalah lanjut usia terlantar.",
        claims=[("share_percent", 50, 1750, 3500), ("share_percent", 20, 700, 3500)],
        slips=[("atau 50 persen", "atau 55 persen", ("share_percent", 55, 1750, 3500)),
               ("atau 20 persen", "atau 22 persen", ("share_percent", 22, 700, 3500))],
    ),
    Passage(
        "lksa-three-parts-and-a-remainder",
        "Pada tahun 2023 jumlah anak yang diasuh di 12 Lembaga Kesejahteraan Sosial Anak (LKSA) di Kota Pekalongan "
        "sebanyak 340 anak. Dari total 340 anak tersebut, 85 anak (25 persen) merupakan yatim piatu, 170 anak (50 "
        "persen) yatim atau piatu, dan sisanya 85 anak (25 persen) berasal dari keluarga miskin.",
        claims=[("share_percent", 50, 170, 340)],
        slips=[("170 anak (50 persen)", "170 anak (55 persen)", ("share_percent", 55, 170, 340)),
               ("sisanya 85 anak (25 persen)", "sisanya 85 anak (20 persen)", ("share_percent", 20, 85, 340))],
    ),
    Passage(
        "lansia-shares-of-wholes-named-in-words",
        "Jumlah penduduk lanjut usia di Kabupaten Magetan sebanyak 45.300 jiwa atau 11,2 persen dari total penduduk. "
        "Sebanyak 3.240 lansia (7,2 persen dari jumlah lansia) menerima bantuan Asistensi Lanjut Usia (ASLUT) dari "
        "pemerintah pusat maupun daerah.",
        claims=[("share_percent", 7.2, 3240, 45300)],
        absent=[11.2],
        slips=[("(7,2 persen", "(8,2 persen", ("share_percent", 8.2, 3240, 45300))],
    ),
]


def percent_checks(text: str):
    return [c for c in extract_text(text).checks if c.check in PERCENT_CHECKS]


def _found(checks):
    return [(c.check, c.stated, c.operands.get("numerator"), c.operands.get("denominator"), c.verdict) for c in checks]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.name for p in PASSAGES])
def test_correct_passage(passage: Passage):
    assert 1000 <= len(passage.text) <= 2100, len(passage.text)
    checks = percent_checks(passage.text)
    found = _found(checks)
    assert [f for f in found if f[4] == "mismatch"] == [], found
    for check, stated, num, den in passage.claims:
        hits = [f for f in found if f[1] == pytest.approx(stated) and f[0] == check]
        assert len(hits) == 1, (stated, found)
        assert (hits[0][2], hits[0][3]) == (pytest.approx(num), pytest.approx(den)), (stated, found)
        assert hits[0][4] in ("consistent", "capped"), hits[0]
    for stated in passage.absent:
        assert [f for f in found if f[1] == pytest.approx(stated)] == [], (stated, found)


SLIPS = [(p, slip) for p in PASSAGES for slip in p.slips]


@pytest.mark.parametrize("passage,slip", SLIPS, ids=[f"{p.name}-{i}" for i, (p, _) in enumerate(SLIPS)])
def test_planted_slip(passage: Passage, slip):
    written, wrong, (check, stated, num, den) = slip
    assert passage.text.count(written) == 1, written
    found = _found(percent_checks(passage.text.replace(written, wrong)))
    mismatches = [f for f in found if f[4] == "mismatch"]
    assert len(mismatches) == 1, found
    got = mismatches[0]
    assert (got[0], got[1]) == (check, pytest.approx(stated)), found
    assert (got[2], got[3]) == (pytest.approx(num), pytest.approx(den)), found


# the rest of each page, as copied with it: figures of other things, dates, quotes, amounts per
# head; nothing here is a ratio of the figures before (they are controls within the passage)
REST_OF_PAGE = {
    "pmks-whole-before-last-years-comparison":
        "Sepanjang 2022, DinsosP3A juga menyalurkan alat bantu bagi 215 penyandang disabilitas berupa kursi roda, "
        "tongkat, dan alat bantu dengar. Anggaran kegiatan tersebut sebesar Rp 1,2 miliar dari APBD Kabupaten "
        "Gunungkidul.",
    "bantuan-pangan-news-a-sentence-a-paragraph":
        "Bantuan pangan tahun ini diberikan selama tiga bulan, yakni Januari hingga Maret, dengan total 54.720 "
        "karung beras. Penyaluran tahap kedua direncanakan mulai Juni setelah data penerima dimutakhirkan kembali "
        "oleh operator SIKS-NG di tiap kalurahan.",
    "bpnt-breakdown-and-transactions":
        "Selain BPNT, Dinas Sosial juga mendampingi 3.150 KPM Program Keluarga Harapan (PKH) yang tersebar di tiga "
        "kecamatan, yakni Kartoharjo, Manguharjo dan Taman. Bantuan PKH tahap IV dijadwalkan cair pada pertengahan "
        "November.\n\n\"Kami minta KPM memanfaatkan bantuan untuk membeli bahan pangan bergizi, bukan untuk rokok "
        "atau pulsa,\" tegasnya.\n\nPenyaluran tahap berikutnya dijadwalkan pada awal Desember 2023.",
    "blt-dd-villages-with-their-total":
        "Panewu Sentolo menyampaikan, pendataan ulang penerima dilakukan setiap triwulan oleh pendamping desa. Pada "
        "triwulan III tercatat 14 KK penerima meninggal dunia dan 6 KK pindah ke luar daerah, sehingga digantikan "
        "oleh keluarga lain yang memenuhi kriteria.\n\n\"Kami pastikan tidak ada penerima ganda dengan PKH maupun "
        "BPNT,\" ujarnya.\n\nPenyaluran dilakukan di balai kalurahan dengan disaksikan Babinsa dan Bhabinkamtibmas.",
    "rtlh-target-unit-rumah-beside-money":
        "Kriteria penerima antara lain rumah berlantai tanah, dinding dari bambu atau papan yang lapuk, serta atap "
        "yang bocor. Calon penerima diusulkan melalui musyawarah desa dan diverifikasi oleh tim teknis Dinas "
        "Perumahan dan Kawasan Permukiman.\n\nUntuk tahun 2024, Dinas Sosial mengusulkan rehabilitasi 175 unit RTLH "
        "dengan kebutuhan anggaran Rp 3.500.000.000,00.\n\nUsulan tersebut telah dibahas bersama Badan Anggaran DPRD pada November lalu.",
    "poverty-rate-growth-and-unemployment-control":
        "Pemerintah Kabupaten Brebes menargetkan angka kemiskinan turun menjadi 14 persen pada 2024. Untuk itu, "
        "Dinas Sosial menyiapkan program pemberdayaan bagi 1.200 KK miskin melalui bantuan modal usaha ekonomi "
        "produktif senilai Rp 2,5 juta per KK.\n\nProgram tersebut menyasar 17 kecamatan, dengan prioritas desa-desa "
        "yang masuk kategori kemiskinan ekstrem berdasarkan data P3KE.\n\nPendampingan usaha dilakukan oleh 34 pendamping selama enam bulan.",
    "permakanan-growth-and-two-parts":
        "Kepala Dinas Sosial Kota Magelang mengatakan, menu makanan disusun bersama ahli gizi dari Puskesmas agar "
        "sesuai kebutuhan lansia. Penyedia makanan adalah 12 kelompok usaha bersama (KUBE) yang beranggotakan "
        "warga setempat, sehingga program ini sekaligus menggerakkan ekonomi kampung.\n\n\"Kami juga melibatkan 34 "
        "pendamping yang setiap hari memantau kondisi kesehatan para penerima,\" ujarnya, Selasa (9/1/2024).\n\nProgram ini akan dievaluasi setiap triwulan bersama Bappeda dan Inspektorat.",
    "bst-remainder-after-pointing-back":
        "Setiap KPM menerima Rp 600.000 untuk alokasi tiga bulan. Pencairan dilakukan di 32 kantor pos dan "
        "komunitas yang tersebar di 32 kecamatan, dengan penjadwalan per desa untuk menghindari antrean "
        "panjang.\n\nDinas Sosial mengimbau KPM membawa KTP elektronik, kartu keluarga, dan surat undangan saat "
        "pencairan. Bantuan yang tidak diambil hingga batas waktu akan dikembalikan ke kas negara.\n\nPengaduan terkait penyaluran dapat disampaikan melalui posko di kantor Dinas Sosial. Posko buka setiap hari kerja pukul 08.00 hingga 15.00 WIB.",
    "anak-jalanan-last-years-count-beside":
        "Kepala Bidang Rehabilitasi Sosial mengatakan, sebagian besar anak jalanan berasal dari luar kota, antara "
        "lain dari Demak, Kendal, dan Grobogan. Mereka dipulangkan ke daerah asal dengan pendampingan pekerja "
        "sosial setelah dilakukan asesmen.\n\nTahun ini Pemkot Semarang menganggarkan Rp 850 juta untuk kegiatan "
        "penjangkauan dan rehabilitasi sosial anak, termasuk biaya pemulangan dan bantuan pendidikan.\n\nPemkot juga membuka layanan pengaduan anak terlantar melalui call center 112 yang aktif 24 jam. Warga diminta tidak memberi uang di jalan, melainkan menyalurkan bantuan melalui lembaga resmi.",
    "dtks-people-beside-households":
        "Warga yang merasa layak tetapi belum masuk DTKS dapat mengusulkan diri melalui kelurahan atau aplikasi Cek "
        "Bansos. Usulan akan diverifikasi oleh petugas sebelum ditetapkan oleh Kementerian Sosial.\n\nPada 2023, "
        "Dinas Sosial menerima 1.845 usulan baru dan 962 usulan penghapusan data karena penerima meninggal dunia, "
        "pindah, atau dinilai sudah mampu. Seluruh usulan diproses dalam musyawarah kelurahan yang digelar setiap "
        "tiga bulan.\n\nHasil musyawarah kemudian diunggah oleh operator ke aplikasi SIKS-NG untuk diverifikasi Pusdatin Kementerian Sosial sebelum penetapan. Operator kelurahan juga mendapat pelatihan pemutakhiran data dua kali setahun.",
    "pkh-keluarga-then-kpm-past-a-sentence-of-no-figure":
        "Besaran bantuan komponen lansia mencapai Rp 2.400.000 per tahun, sedangkan komponen anak SD Rp 900.000 "
        "per tahun. Pencairan dilakukan melalui Bank Rakyat Indonesia dan Bank Negara Indonesia.\n\nKoordinator "
        "PKH menambahkan, pada 2023 sebanyak 215 KPM telah keluar dari program secara mandiri atau graduasi "
        "sejahtera. Mereka kini memiliki usaha sendiri, mulai dari warung kelontong, jasa jahit, hingga budi daya "
        "jamur tiram.\n\nPendamping PKH di Kota Batu saat ini berjumlah 48 orang yang tersebar di 24 desa dan "
        "kelurahan.\n\nSetiap pendamping rata-rata mendampingi sekitar 160 keluarga. Mereka juga bertugas memverifikasi komitmen kehadiran anak di sekolah dan pemeriksaan kesehatan ibu hamil serta balita di posyandu.",
    "lkjip-permakanan-two-years-and-a-part":
        "Anggaran kegiatan pemberian permakanan pada tahun 2023 sebesar Rp 4.116.000.000,00 untuk 2.000 orang "
        "selama 12 bulan, yang bersumber dari DAU.\n\nFaktor pendukung keberhasilan antara lain komitmen pimpinan daerah, dukungan anggaran yang memadai, dan peran aktif PSM serta TKSK di tingkat kecamatan dalam memantau penerima. Faktor penghambat adalah masih adanya lansia yang tinggal di daerah terpencil sehingga pengantaran makanan memerlukan waktu lebih lama, terutama pada musim hujan.",
    "lansia-share-of-population-and-among":
        "Kepala Dinas Sosial Magetan mengatakan, lansia terlantar yang belum menerima bantuan akan diusulkan pada "
        "tahap berikutnya. Pendataan dilakukan oleh pekerja sosial masyarakat (PSM) di setiap desa dengan "
        "mendatangi rumah lansia satu per satu.\n\nSelain ATENSI, pemerintah kabupaten juga memberikan santunan "
        "Rp 300.000 per bulan bagi lansia berusia di atas 80 tahun yang tinggal sendiri, melalui APBD Kabupaten "
        "Magetan.\n\nPenyaluran santunan dilakukan setiap tiga bulan melalui rekening bank. Pemkab berharap keluarga dan tetangga ikut memperhatikan lansia yang tinggal sendiri di lingkungannya.",
    "rtlh-rumah-then-unit-news":
        "Kepala Dinas Sosial Kabupaten Pati mengatakan, keterlambatan disebabkan cuaca dan keterbatasan tukang di "
        "beberapa desa. Pihaknya telah meminta pendamping untuk mempercepat pekerjaan dengan melibatkan warga "
        "sekitar secara gotong royong.\n\n\"Kami juga sudah menyiapkan usulan 300 RTLH untuk tahun depan, "
        "terutama bagi keluarga miskin ekstrem yang rumahnya berlantai tanah,\" katanya, Kamis (14/12/2023).\n\n"
        "Program RTLH dibiayai dari APBD Kabupaten Pati dan bantuan keuangan provinsi.\n\nPemeriksaan hasil pekerjaan dilakukan oleh tim teknis bersama Inspektorat sebelum serah terima. Rumah yang sudah selesai langsung ditempati kembali oleh pemiliknya.",
    "poverty-pockets-and-growth-control":
        "Koordinator Kabupaten PKH Kulon Progo mengatakan, pihaknya bekerja sama dengan Dinas Pendidikan untuk "
        "mengembalikan anak-anak tersebut ke sekolah. Pendamping juga melakukan kunjungan rumah secara rutin untuk "
        "memastikan anak mengikuti pembelajaran.\n\n\"Pendidikan menjadi kunci agar keluarga penerima bisa keluar "
        "dari kemiskinan,\" ujarnya. Pada tahun ini, anggaran pendampingan PKH di Kulon Progo mencapai Rp 1,8 "
        "miliar dari APBN.\n\nAnggaran tersebut digunakan untuk operasional pendamping, pertemuan kelompok, dan kunjungan rumah. Selain itu, Pemkab Kulon Progo menyiapkan beasiswa bagi anak dari keluarga penerima PKH yang melanjutkan ke perguruan tinggi.",
    "dtks-verification-layak-tidak-layak":
        "Kepala Dinas Sosial Klaten mengatakan, data tidak layak umumnya karena penerima sudah meninggal dunia, "
        "pindah domisili, tercatat ganda, atau memiliki penghasilan tetap sebagai ASN maupun pegawai BUMN.\n\n"
        "\"Data hasil verifikasi kami kirim ke Kementerian Sosial setiap bulan melalui aplikasi SIKS-NG, sehingga "
        "penetapan penerima bansos berikutnya lebih tepat sasaran,\" katanya.\n\nWarga juga dapat melaporkan "
        "penerima yang dinilai tidak layak melalui layanan pengaduan di kantor desa atau kecamatan.\n\nSetiap laporan akan ditindaklanjuti dengan kunjungan petugas dalam waktu paling lama tujuh hari kerja. Identitas pelapor akan dirahasiakan oleh petugas.",
    "sembako-headline-subject-after-its-percentage":
        "Sisa paket dijadwalkan tersalurkan pada pekan depan. \"Ada beberapa penerima yang sedang dirawat di rumah "
        "sakit sehingga paketnya kami titipkan ke dukuh,\" ujarnya.\n\nBantuan sembako dari APBD ini menyasar warga "
        "miskin yang belum menerima PKH maupun BPNT dari pemerintah pusat, termasuk lansia tunggal dan penyandang "
        "disabilitas berat.\n\nDinas Sosial juga membuka layanan pengaduan bagi warga yang merasa berhak tetapi belum terdata, melalui kantor kalurahan maupun aplikasi layanan sosial milik Pemkab Sleman. Pengaduan akan diverifikasi oleh pendamping sosial sebelum diusulkan sebagai penerima pada tahap berikutnya.",
    "pmks-pointed-back-past-a-year-comparison":
        "Kepala Dinas Sosial Blora mengatakan, kenaikan jumlah PMKS terutama disebabkan bertambahnya lansia yang "
        "tinggal sendiri karena anak-anaknya merantau. Selain itu, pendataan tahun ini lebih menyeluruh karena "
        "melibatkan pekerja sosial masyarakat di setiap desa.\n\nPemkab Blora menyiapkan anggaran Rp 2,7 miliar untuk "
        "penanganan PMKS tahun 2024, antara lain untuk permakanan lansia, bantuan alat bantu disabilitas, dan "
        "rehabilitasi sosial anak.\n\nMenurut dia, penanganan PMKS tidak bisa hanya mengandalkan bantuan sosial. Pemkab juga mendorong pemberdayaan ekonomi keluarga miskin melalui pelatihan keterampilan dan kelompok usaha bersama. Pelatihan dijadwalkan mulai Februari dengan melibatkan balai latihan kerja dan dinas terkait.",
    "lksa-three-parts-and-a-remainder":
        "Sebanyak 9 LKSA telah terakreditasi, sedangkan 3 LKSA lainnya dalam proses pengajuan akreditasi ke "
        "Kementerian Sosial. Dinas Sosial memberikan bantuan operasional kepada seluruh LKSA sebesar Rp 1.500.000 per "
        "anak per tahun yang bersumber dari APBD.\n\nUntuk meningkatkan kualitas pengasuhan, Dinas Sosial menggelar "
        "bimbingan teknis bagi 48 pengasuh LKSA selama tiga hari. Materi meliputi pengasuhan berbasis keluarga, "
        "perlindungan anak, dan pencatatan kasus.\n\nDinas Sosial juga mendorong pengasuhan berbasis keluarga melalui program orang tua asuh dan reunifikasi anak dengan keluarga besar. Anak yang masih memiliki keluarga didampingi pekerja sosial agar dapat kembali diasuh di lingkungan keluarganya sendiri secara bertahap.",
    "lansia-shares-of-wholes-named-in-words":
        "Kepala Dinas Sosial Magetan mengatakan, bantuan ASLUT diberikan dalam bentuk uang tunai sebesar Rp 250.000 "
        "per bulan yang disalurkan setiap tiga bulan. Penerima adalah lansia berusia di atas 60 tahun yang tidak "
        "memiliki sumber penghasilan dan tinggal bersama keluarga miskin.\n\nSelain ASLUT, lansia terlantar juga "
        "mendapat layanan home care dari 36 pekerja sosial masyarakat yang secara berkala mengunjungi rumah mereka "
        "untuk memeriksa kondisi kesehatan dan kebutuhan sehari-hari.\n\nPemkab Magetan berharap pemerintah desa ikut memperbarui data lansia setiap tahun agar bantuan tepat sasaran. Pendataan ulang dilakukan bersama kader posyandu lansia dan pekerja sosial masyarakat di setiap desa. Data yang terkumpul kemudian diverifikasi oleh petugas kecamatan sebelum dikirim ke Dinas Sosial untuk diusulkan masuk DTKS.",
}


def _with_rest_of_page(text: str, rest: str) -> str:
    """The passage with the rest of its page, before a closing "[...]" where the copy stops."""
    if text.endswith("[...]"):
        return text[:-len("[...]")] + rest + "\n\n[...]"
    return text + "\n\n" + rest


for _p in PASSAGES:
    _p.text = _with_rest_of_page(_p.text, REST_OF_PAGE[_p.name])


# short controls around the rules these passages needed: (text, the consistent checks it must
# give as (stated, numerator, denominator)); no mismatch in any
CONTROLS = [
    # a remainder whose part and whole are in its own paragraph
    ("Dari 2.000 KPM, 1.500 KPM (75%) sudah menerima. Sisanya 500 KPM (25%) menunggu tahap berikutnya.",
     [(75, 1500, 2000), (25, 500, 2000)]),
    # last year's part of last year's whole, in the sentence that names last year (not of this year's 4.500)
    ("Dinsos mencatat 4.500 KPM penerima BPNT pada 2023. Pada tahun sebelumnya sebanyak 5.000 KPM, dan 4.000 KPM "
     "atau 80 persen di antaranya bertransaksi di e-warong.", [(80, 4000, 5000)]),
    ("Dinsos mencatat 4.500 KPM penerima BPNT pada 2023. Pada tahun lalu tercatat 5.000 KPM, dan 4.000 KPM atau 80 "
     "persen bertransaksi di e-warong.", [(80, 4000, 5000)]),
    ("Dari 5.400 KPM PKH, sebanyak 4.860 KPM telah bertransaksi. Tahun lalu, dari 5.000 KPM, sebanyak 4.250 KPM atau "
     "85 persen telah bertransaksi.", [(85, 4250, 5000)]),
    # a share of a whole named in words is still the whole of the part after it
    ("Sebanyak 4.500 jiwa atau 3 persen dari jumlah penduduk tercatat sebagai PMKS. Sebanyak 900 jiwa atau 20 persen "
     "telah ditangani.", [(20, 900, 4500)]),
    # a headline percentage of no part given by a number; a share given by no number
    ("Sebanyak 60 persen penerima adalah perempuan. Dari 3.000 KPM yang terdaftar di 12 desa, 2.700 KPM sudah "
     "menerima kartu.", []),
    ("Jumlah penyandang disabilitas terdata 2.150 orang. Sebanyak 60 persen di antaranya laki-laki, dan 1.290 orang "
     "tinggal di perdesaan.", []),
    ("Jumlah penerima ASLUT tahun 2023 sebanyak 1.200 orang, sama dengan tahun sebelumnya. Sebanyak 85 persen "
     "penerima berusia di atas 70 tahun.", []),
    # a percentage of the population, whose number is not given
    ("Sebanyak 1.250 lansia menerima bantuan, atau 2,5 persen dari jumlah penduduk Kota Madiun.", []),
    # a count's percentage beside money: each of its own figures
    ("Realisasi fisik 45 unit atau 90 persen dari target 50 unit, dengan realisasi keuangan Rp 900.000.000 dari pagu "
     "Rp 1.000.000.000 (90%).", [(90, 45, 50), (90, 9e8, 1e9)]),
]


@pytest.mark.parametrize("text,expected", CONTROLS, ids=[f"{i:02d}" for i in range(len(CONTROLS))])
def test_control_gives_no_alarm(text, expected):
    found = _found(percent_checks(text))
    assert [f for f in found if f[4] == "mismatch"] == [], found
    for stated, num, den in expected:
        assert any((f[1], f[2], f[3]) == (pytest.approx(stated), pytest.approx(num), pytest.approx(den))
                   for f in found), found


# a whole written in words alone (grammars/counts.yaml words_unit)
@pytest.mark.parametrize("text,stated,num,den", [
    ("Dari seribu paket sembako yang disiapkan, sebanyak 850 paket atau 80 persen telah dibagikan kepada warga.",
     80, 850, 1000),
    ("Dari target dua ribu KPM, sebanyak 1.800 KPM atau 85 persen telah menerima bantuan tahap pertama.",
     85, 1800, 2000),
])
def test_a_whole_in_words(text, stated, num, den):
    found = _found(percent_checks(text))
    assert any(f[1:] == (pytest.approx(stated), pytest.approx(num), pytest.approx(den), "mismatch") for f in found)


# a share whose part is named by its kind alone ('Penerima reguler mencakup 62 persen dari total
# penerima'), the count of that kind in the breakdown of the sentence before (claims.part_named_by_kind)
def test_a_part_named_by_its_kind():
    text = ("Jumlah penerima BPNT tahun 2023 sebanyak 6.400 KPM, terdiri dari 4.160 KPM reguler dan 2.240 KPM "
            "perluasan. Penerima reguler mencakup 62 persen dari total penerima.")
    found = _found(percent_checks(text))
    assert ("share_percent", 62, 4160, 6400, "mismatch") in found


# a whole that is a target mention ('Target 2024 sebanyak 1.500 KPM') names the claim an achievement
# (claims._named: the mention's own text opens with its target word)
def test_a_target_mention_as_the_whole_is_a_target():
    text = ("Target 2024 sebanyak 1.500 KPM, naik dari 1.200 KPM pada 2023. Hingga Juni, 900 KPM atau 60 persen "
            "telah menerima bantuan.")
    found = _found(percent_checks(text))
    assert ("target_percent", 60, 900, 1500, "consistent") in found
