"""Count and performance-indicator claims in phrasings no seed or dev file uses.

Passages written for these tests in the register of LKjIP/LAKIP/LKPJ reports and the news that
quotes them: a percentage that is the ratio of two counts (KPM, jiwa, orang, anak, LKS, desa,
RTLH, kali ...), written as prose, as labelled fields on one line or one a line, target first or
realisation first, with the whole named after "dari" and the percentage after a relative clause.
Some carry a planted slip (a wrong percentage); the expected verdicts were worked out by hand with
the rule of shared/gold/README.md (half-up rounding to the stated decimals).
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

# (passage, stated, numerator, denominator, verdict)
CLAIMS = [
    # indicator fields on one line between bars, target first: 147/150 = 98; 231/250 = 92.4
    ("Indikator: Jumlah anak terlantar yang mendapat pelayanan\n"
     "Target: 150 orang | Realisasi: 147 orang | Capaian: 98%\n"
     "Indikator: Jumlah anak jalanan yang dibina\n"
     "Target: 250 anak | Realisasi: 231 anak | Capaian: 93,4%", 98.0, 147, 150, "consistent"),
    ("Indikator: Jumlah anak terlantar yang mendapat pelayanan\n"
     "Target: 150 orang | Realisasi: 147 orang | Capaian: 98%\n"
     "Indikator: Jumlah anak jalanan yang dibina\n"
     "Target: 250 anak | Realisasi: 231 anak | Capaian: 93,4%", 93.4, 231, 250, "mismatch"),
    # realisation first: 1.180/1.250 = 94.4
    ("Realisasi: 1.180 KPM | Target: 1.250 KPM | Capaian: 94,4%", 94.4, 1180, 1250, "consistent"),
    ("Realisasi: 1.180 KPM | Target: 1.250 KPM | Capaian: 91,4%", 91.4, 1180, 1250, "mismatch"),
    ("Realisasi : 1.180 KPM\nTarget : 1.250 KPM\nPersentase capaian : 91,4 %", 91.4, 1180, 1250, "mismatch"),
    # "Sasaran" for the target, semicolons between the fields: 392/400 = 98
    ("Sasaran: 400 anak; realisasi: 392 anak; capaian: 95%.", 95.0, 392, 400, "mismatch"),
    ("Sasaran: 400 anak; realisasi: 392 anak; capaian: 98%.", 98.0, 392, 400, "consistent"),
    # the year after the label: 298/320 = 93.125, half-up 93.13
    ("Indikator Kinerja: Persentase anak terlantar yang terpenuhi kebutuhan dasarnya\n"
     "Target tahun 2023 : 320 anak\nRealisasi tahun 2023 : 298 anak\nCapaian kinerja : 90,13 %",
     90.13, 298, 320, "mismatch"),
    # bullets before the fields: 1.050/1.000 = 105
    ("• Target 2023 : 1.000 KPM\n• Realisasi 2023 : 1.050 KPM\n• Capaian : 102 %", 102.0, 1050, 1000, "mismatch"),
    ("• Target 2023 : 1.000 KPM\n• Realisasi 2023 : 1.050 KPM\n• Capaian : 105 %", 105.0, 1050, 1000, "consistent"),
    # the whole after "dari", then a relative clause and the percentage: 45/50 = 90
    ("Pada tahun 2022 telah dilaksanakan rehabilitasi 45 RTLH dari 50 RTLH yang direncanakan atau sebesar 95%.",
     95.0, 45, 50, "mismatch"),
    ("Pada tahun 2022 telah dilaksanakan rehabilitasi 45 RTLH dari 50 RTLH yang direncanakan atau sebesar 90%.",
     90.0, 45, 50, "consistent"),
    # "N dari M <people> (P persen)": 320/400 = 80
    ("Kepala Dinas Sosial mengatakan, sebanyak 320 dari 400 penyandang disabilitas (77 persen) telah menerima "
     "alat bantu pada tahun ini.", 77.0, 320, 400, "mismatch"),
    ("Kepala Dinas Sosial mengatakan, sebanyak 320 dari 400 penyandang disabilitas (80 persen) telah menerima "
     "alat bantu pada tahun ini.", 80.0, 320, 400, "consistent"),
    # OCR-ish spaces inside the brackets: 46/50 = 92
    ("Jumlah LKS yang dibina sebanyak 46 LKS dari 50 LKS ( 89 % ) .", 89.0, 46, 50, "mismatch"),
    # the whole then a target word: 18/24 = 75
    ("Kampung Siaga Bencana telah terbentuk di 18 desa dari 24 desa sasaran atau 72 persen, tersebar di "
     "6 kecamatan.", 72.0, 18, 24, "mismatch"),
    # a verb between the part and "dari": 2.400/3.000 = 80
    ("Bantuan sembako sebanyak 2.400 paket telah disalurkan dari 3.000 paket yang disediakan, atau 77%.",
     77.0, 2400, 3000, "mismatch"),
    ("Sosialisasi dilaksanakan sebanyak 8 kali dari 10 kali yang direncanakan (77%).", 77.0, 8, 10, "mismatch"),
    ("Jumlah Karang Taruna aktif 57 KT dari 75 KT yang ada (73%).", 73.0, 57, 75, "mismatch"),
    # the percentage on the next line: 2.450/3.500 = 70
    ("Jumlah fakir miskin yang menerima bantuan sebanyak 2.450 jiwa dari 3.500 jiwa\natau 67 %.",
     67.0, 2450, 3500, "mismatch"),
    # the whole named before its number: 2.100/5.420 = 38.7454
    ("Jumlah PMKS yang tertangani sebanyak 2.100 jiwa dari total PMKS 5.420 jiwa atau 35,75%.",
     35.75, 2100, 5420, "mismatch"),
    ("Jumlah PMKS yang tertangani sebanyak 2.100 jiwa dari total PMKS 5.420 jiwa atau 38,75%.",
     38.75, 2100, 5420, "consistent"),
    # the percentage first, then "atau N dari M": 1.246/2.000 = 62.3
    ("Sebesar 59,3% atau 1.246 dari 2.000 KK penerima BPNT telah menerima bantuan tahap pertama.",
     59.3, 1246, 2000, "mismatch"),
    ("Sebesar 62,3% atau 1.246 dari 2.000 KK penerima BPNT telah menerima bantuan tahap pertama.",
     62.3, 1246, 2000, "consistent"),
    # the target first, the part followed by a relative clause: 640/1.000 = 64
    ("Dari target 1.000 rumah tidak layak huni, hingga November baru 640 rumah yang selesai direhab atau "
     "61 persen.", 61.0, 640, 1000, "mismatch"),
    # "menargetkan <noun> N unit", the achievement above the target reported as 100%: 54/50 = 108
    ("Dinsos menargetkan pemasangan 50 titik papan informasi, terealisasi 54 titik atau 100 persen.",
     100.0, 54, 50, "capped"),
    # the target in brackets, the achievement after it: 3.240/3.600 = 90
    ("Realisasi penerima manfaat: 3.240 jiwa (target 3.600 jiwa), capaian 87%.", 87.0, 3240, 3600, "mismatch"),
    ("Realisasi penerima manfaat: 3.240 jiwa (target 3.600 jiwa), capaian 90%.", 90.0, 3240, 3600, "consistent"),
    # a slash for "dari": 147/150 = 98
    ("Realisasi pelayanan 147/150 orang (95%).", 95.0, 147, 150, "mismatch"),
    # the performance formula written out (LKjIP): 147/150 = 98; 1.245/1.300 = 95.7692
    ("Capaian = (Realisasi / Target) x 100% = (147 / 150) x 100% = 95%", 95.0, 147, 150, "mismatch"),
    ("Capaian kinerja = 1.245 / 1.300 x 100% = 95,77%", 95.77, 1245, 1300, "consistent"),
    # OCR spaces inside the percentage: "95 , 77 %" is 95,77 (not 77 of 95)
    ("Jumlah KPM yang bertransaksi 1.245 KPM ( 95 , 77 % ) dari 1.300 KPM.", 95.77, 1245, 1300, "consistent"),
    ("Jumlah KPM yang bertransaksi 1.245 KPM ( 92 , 77 % ) dari 1.300 KPM.", 92.77, 1245, 1300, "mismatch"),
    # labels with the unit in brackets, the percent sign in the achievement's label
    ("Target Kinerja (orang) : 150\nRealisasi (orang) : 147\nCapaian (%) : 95", 95.0, 147, 150, "mismatch"),
    ("Target (KPM): 1.300 | Realisasi (KPM): 1.245 | Capaian (%): 95,77", 95.77, 1245, 1300, "consistent"),
    # units written with a slash or in two words: 24/30 = 80; 230/250 = 92
    ("Jumlah desa/kelurahan yang memiliki Tagana 24 desa/kelurahan dari 30 desa/kelurahan (77%).",
     77.0, 24, 30, "mismatch"),
    ("Bantuan disalurkan kepada 230 kepala keluarga dari 250 kepala keluarga (89%).", 89.0, 230, 250, "mismatch"),
    ("Penjangkauan dilakukan terhadap 4.500 PPKS dari 5.000 PPKS (87%).", 87.0, 4500, 5000, "mismatch"),
    # a change of a count, both values before the percentage: (12.000 - 10.200) / 12.000 = 15
    ("Jumlah KPM PKH menurun dari 12.000 KPM menjadi 10.200 KPM atau 15%.", 15.0, 1800, 12000, "consistent"),
    ("Jumlah KPM PKH menurun dari 12.000 KPM menjadi 10.200 KPM atau 18%.", 18.0, 1800, 12000, "mismatch"),
    ("Penerima bantuan meningkat dari 2.000 orang pada 2021 menjadi 2.300 orang pada 2022 atau 15%.",
     15.0, 300, 2000, "consistent"),
    ("Jumlah anak jalanan berkurang dari 250 anak menjadi 200 anak (25%).", 25.0, 50, 250, "mismatch"),
    # counts with a scale word: 12.500/13.000 = 96.1538; 1,2 juta / 14,1 juta = 8.5106 (5,5 is out
    # of reach even within the rounding of the operands: 1,15/14,15 .. 1,25/14,05 = 8.13 .. 8.90)
    ("Bantuan diterima sebanyak 12,5 ribu KPM dari 13 ribu KPM (96,15%).", 96.15, 12500, 13000, "consistent"),
    ("Sebanyak 1,2 juta jiwa atau 5,5 persen dari 14,1 juta jiwa penduduk tergolong miskin.",
     5.5, 1200000, 14100000, "mismatch"),
    # two years' indicators in one sentence: each achievement with its own target and realisation
    ("Tahun 2023: target 400 orang, realisasi 392 orang, capaian 95%; tahun 2022: target 350 orang, realisasi "
     "340 orang, capaian 97,14%.", 95.0, 392, 400, "mismatch"),
    ("Tahun 2023: target 400 orang, realisasi 392 orang, capaian 95%; tahun 2022: target 350 orang, realisasi "
     "340 orang, capaian 97,14%.", 97.14, 340, 350, "consistent"),
    # the whole of an earlier part is the whole of the next part too: 5/50 = 10 (not 5/45)
    ("Pada tahun 2022 sebanyak 45 dari 50 anak (90%) kembali ke keluarga; 5 anak (15%) dirujuk ke panti.",
     15.0, 5, 50, "mismatch"),
    ("Pada tahun 2022 sebanyak 45 dari 50 anak (90%) kembali ke keluarga; 5 anak (10%) dirujuk ke panti.",
     10.0, 5, 50, "consistent"),
    # a count with its own percentage after a relative clause is a part, not the next one's whole:
    # 50/250 = 20 (not 50/120)
    ("Dari total 250 LKS, baru 120 LKS yang terakreditasi, atau sekitar 48 persen. Target akreditasi tahun "
     "depan 50 LKS, atau 20 persen dari total LKS.", 20.0, 50, 250, "consistent"),
    ("Dari total 250 LKS, baru 120 LKS yang terakreditasi, atau sekitar 48 persen. Target akreditasi tahun "
     "depan 50 LKS, atau 25 persen dari total LKS.", 25.0, 50, 250, "mismatch"),
    # one or two words between a count and its bracketed percentage: 14/15 = 93.3333; 8/80 = 10
    ("Pada tahun 2023, dari 15 kegiatan yang direncanakan, 14 kegiatan terlaksana (90,33%).",
     90.33, 14, 15, "mismatch"),
    ("Pada tahun 2023, dari 15 kegiatan yang direncanakan, 14 kegiatan terlaksana (93,33%).",
     93.33, 14, 15, "consistent"),
    ("Dari 80 orang peserta, 72 orang lulus (90%), 8 orang tidak lulus (15%).", 15.0, 8, 80, "mismatch"),
    # "di antaranya": among those of the part before, 30/45 = 66.6667 (not 30/50)
    ("Sebanyak 45 orang dari 50 orang peserta pelatihan (90%) dinyatakan lulus, 30 orang di antaranya (66,67%) "
     "telah membuka usaha.", 66.67, 30, 45, "consistent"),
    ("Dari 50 peserta, 45 orang (90%) lulus dan 30 orang di antaranya (60%) telah bekerja.", 60.0, 30, 45, "mismatch"),
    # guards: phrasings that were already read right
    ("Realisasi penyaluran bantuan sembako tahun 2022 sebanyak 1.245 KPM dari target 1.300 KPM (92,77%).",
     92.77, 1245, 1300, "mismatch"),
    ("Dari 5.420 jiwa PMKS yang tercatat di Kabupaten Sikka, 2.100 jiwa (38,7%) telah ditangani.",
     38.7, 2100, 5420, "consistent"),
    ("Target penanganan lansia terlantar 200 orang, realisasi 236 orang, capaian kinerja 100%.",
     100.0, 236, 200, "capped"),
    ("KPM PKH yang telah dimutakhirkan datanya sebanyak 12,480 KPM atau 93% dari 13,000 KPM.",
     93.0, 12480, 13000, "mismatch"),
    ("Jumlah lansia terlantar yang mendapatkan\npelayanan sosial sebanyak 1.134\norang atau 94,5% dari sasaran\n"
     "1.200 orang.", 94.5, 1134, 1200, "consistent"),
    ("- Bantuan sosial bagi korban bencana: 1.050 jiwa dari target 1.000 jiwa (105%)\n"
     "- Pemulangan orang terlantar: 37 orang dari target 40 orang (90,5%)", 90.5, 37, 40, "mismatch"),
    ("Target penanganan gelandangan dan pengemis tahun 2022 ditetapkan 120 orang. Sampai akhir Desember 2022 "
     "terealisasi 102 orang.\nDengan demikian capaian kinerja indikator ini adalah 88%.", 88.0, 102, 120, "mismatch"),
    ("Jumlah anak terlantar di Kabupaten Lembata tahun 2023 tercatat 1.250 anak. Dari jumlah tersebut, 1.000 anak "
     "atau 80% telah mendapatkan pelayanan, dan sisanya 250 anak (25%) akan ditangani pada tahun berikutnya.",
     25.0, 250, 1250, "mismatch"),
    ("Capaian indikator: a. anak terlantar 450 dari 500 anak (90%); b. lansia terlantar 300 dari 320 orang "
     "(93,75%); c. penyandang disabilitas 75 dari 100 orang (80%).", 80.0, 75, 100, "mismatch"),
    ("Pada indikator jumlah PSKS yang aktif, ditargetkan 300 orang dengan realisasi 270 orang.\n"
     "Persentase capaian: 95%", 95.0, 270, 300, "mismatch"),
]


@pytest.mark.parametrize("text,stated,num,den,verdict", CLAIMS, ids=[f"{i:02d}" for i in range(len(CLAIMS))])
def test_count_claim(text, stated, num, den, verdict):
    checks = [c for c in extract_text(text).checks if c.operands and "numerator" in c.operands]
    hit = [c for c in checks if c.stated == pytest.approx(stated)]
    assert hit, f"no check states {stated}: {[(c.stated, c.operands) for c in checks]}"
    c = hit[0]
    assert (c.operands["numerator"], c.operands["denominator"]) == (pytest.approx(num), pytest.approx(den))
    assert c.verdict == verdict
    assert c.check in ("target_percent", "share_percent")


# correct passages and percentages that are no ratio of the counts around them (percentage-point
# changes, a rate of another thing, counts of different units): no mismatch, and the ratios
# that are there are judged right
NO_MISMATCH = [
    ("Persentase PMKS yang tertangani naik dari 62,5% pada tahun 2021 menjadi 68,3% pada tahun 2022, atau "
     "meningkat 5,8 persen.\nCapaian indikator ini turun 3,2 persen dibanding tahun 2021 yang mencapai 98,5 persen.", 0),
    ("Persentase PMKS yang tertangani pada tahun 2023 sebesar 45,2 persen, meningkat 3,4 persen dibandingkan "
     "tahun 2022 sebesar 41,8 persen.", 0),
    ("Cakupan kepesertaan naik dari 1.200 KPM (60%) menjadi 1.500 KPM (75%), atau naik 15 persen poin.", 0),
    ("Angka kemiskinan turun dari 9,5 persen menjadi 8,7 persen atau turun 0,8 poin.", 0),
    ("Sebanyak 25 dari 30 desa telah menyalurkan BLT Dana Desa sebesar 95%.", 0),
    ("Dari 40 panti asuhan yang ada, 32 panti (80%) telah terakreditasi, dengan tingkat hunian 95%.", 1),
    ("Sebanyak 150 orang dari 10 kecamatan mengikuti pelatihan (100%).", 0),
    ("Realisasi 320 orang dari target 400 orang, meningkat 12% dibanding tahun lalu.", 0),
    ("Pada tahun 2023, 1.200 dari 1.500 KPM (80%) telah bertransaksi; angka ini naik 5 persen poin dari tahun "
     "2022 (75%).", 1),
    ("Bantuan diberikan kepada 12 dari 15 kecamatan yang terdampak banjir dengan nilai bantuan mencapai 85%.", 0),
    ("Sebanyak 45 orang dari 50 orang peserta pelatihan (90%) dinyatakan lulus.", 1),
    ("Pada 2022 sebanyak 4 dari 5 program (80%) mencapai target, dengan capaian rata-rata 97,5%.", 1),
    ("Target: 10% | Realisasi: 8% | Capaian: 120%", 1),  # lower is better: (2 x 10 - 8) / 10
    ("Dari 120 orang yang ditargetkan, sebanyak 102 orang (85%) berhasil dipulangkan ke daerah asal.", 1),
    ("Target jumlah Tagana terlatih pada tahun 2023 adalah 60 orang, sedangkan realisasinya 75 orang. Dengan "
     "demikian capaian kinerja indikator ini 100%.", 1),
    ("Monitoring dan evaluasi dilaksanakan 4 kali dari 4 kali yang direncanakan atau 100%.", 1),
    ("Akreditasi telah diperoleh tiga puluh (30) panti dari empat puluh (40) panti yang ada (75%).", 1),
    ("Jumlah KPM PKH menurun dari 12.000 KPM menjadi 10.200 KPM atau 15%.", 1),
    ("Jumlah lansia terlantar turun dari 1.200 orang menjadi 1.080 orang atau sebesar 10 persen.", 1),
    ("Jumlah KPM yang bertransaksi 1.245 KPM ( 95 , 77 % ) dari 1.300 KPM.", 1),
    # the percentage names its own whole, a number of no figure here
    ("Jumlah penerima meningkat dari 2.000 orang menjadi 2.300 orang (12% dari total penduduk miskin).", 0),
    ("Sebanyak 320 dari 400 penyandang disabilitas (2 persen dari jumlah penduduk) telah menerima alat bantu.", 0),
    ("Jumlah penerima PKH turun dari 1.500 KK menjadi 1.200 KK pada 2023, sedangkan BPNT naik 10%.", 0),
    ("Dari 12 kecamatan, 9 kecamatan (75%) telah memiliki TKSK, dan 3 kecamatan lainnya (25%) belum.", 2),
    ("Jumlah penduduk 10.000 jiwa, 1.200 KK dengan tingkat kemiskinan (15%).", 0),
    ("Dari 80 orang peserta, 72 orang lulus (90%), 8 orang tidak lulus (10%).", 2),
    # "P persen di antaranya": the count before is the whole, the part is given by no number
    ("Jumlah warga terdampak banjir 4.500 jiwa dari 1.200 KK, 60 persen di antaranya perempuan.", 0),
    ("Jumlah penyandang disabilitas 1.500 orang, 45 persen di antaranya penyandang disabilitas fisik.", 0),
    ("Pelatihan vokasional diikuti 60 orang penyandang disabilitas, 45 orang atau 75% di antaranya telah bekerja.", 1),
    ("Dinsos menyalurkan 3.000 paket sembako, 2.850 paket (95%) tepat sasaran, 150 paket (5%) dialihkan.", 2),
    ("Kegiatan pemberian bantuan 150 paket sembako, realisasi fisik 100%, realisasi keuangan 98,5%.", 0),
    ("Tingkat partisipasi 72,5% atau naik 2,5 poin persen dibanding 70% pada tahun lalu.", 0),
    ("Dinsos Kota Bima mencatat capaian penanganan PMKS tahun 2023 mencapai 87,5 persen, yakni 3.500 dari "
     "4.000 PMKS yang terdata.", 1),
]


@pytest.mark.parametrize("text,ratios", NO_MISMATCH, ids=[f"{i:02d}" for i in range(len(NO_MISMATCH))])
def test_no_false_alarm(text, ratios):
    checks = [c for c in extract_text(text).checks if c.check in ("target_percent", "share_percent", "budget_percent")]
    assert [c for c in checks if c.verdict == "mismatch"] == []
    assert len(checks) == ratios
    assert all(c.verdict in ("consistent", "capped") for c in checks)


# labels of one indicator's figures are targets, counts with a unit are not: what the mention
# finder makes of them
@pytest.mark.parametrize("text,kind,value,unit", [
    ("Target: 150 orang | Realisasi: 147 orang", "target", 150, "orang"),
    ("Sasaran: 400 anak; realisasi: 392 anak", "target", 400, "anak"),
    ("Dinsos menargetkan pemasangan 50 titik papan informasi", "target", 50, "titik"),
    ("Teman asuh dengan sasaran 2 sekolah ;", "target", 2, "sekolah"),
    ("Dari target tersebut 320 orang telah dilayani", "count", 320, "orang"),
    ("sebanyak 1,2 juta jiwa penduduk miskin", "count", 1200000, "jiwa"),
    ("24 desa/kelurahan dari 30 desa/kelurahan", "count", 24, "desa"),
])
def test_target_mentions(text, kind, value, unit):
    first = [m for m in extract_text(text).mentions if m.kind in ("target", "count")][0]
    assert (first.kind, first.value, first.unit) == (kind, value, unit)
