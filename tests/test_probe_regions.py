"""Other regions' texts of the hidden set's kinds: LKPJ chapters on urusan sosial, LKjIP/LAKIP of a
Dinas Sosial, Renja, official Dinsos pages and news on Dinsos/Kemensos budgets (serapan, realisasi,
pagu, refocusing, bansos per kabupaten, DPRD hearings).

Written for these tests in the register of shared/dev (none copied from it or from another probe):
mixed rupiah forms ("Rp1,2 miliar", "Rp 350 juta", "Rp. 1.234.567.890,-", "IDR"), "persen", "%",
"prosen", typos, text cut with "[...]", officials' quotes, lists of programs with budgets, the
percentage before its amounts or in the sentence before them, sisa anggaran, changes against last
year, target against capaian, counts of KPM, jiwa, KK, lansia, anak and penyandang disabilitas,
per-kabupaten lists, amounts in words. CONTROLS hold percentages and amounts that are no ratio of
each other (inflation, shares of the population, growth with no old value, another subject's
percentage): no claim, no mismatch.

Answers worked out by hand with the rule of shared/gold/README.md; an operand written rounded
("Rp 9,8 miliar") stands for every value that rounds to it. SLIPS plant one wrong percentage that
must be the one mismatch. Each passage is also read wrapped at 60 columns and with "Rp" glued to
its figure. Its three strict xfails (a fraction word before a bracketed percentage, a quote with no
subject, a quota two sentences before a wrong percentage) are passages of tests/test_claims_gaps3.py now.

Failed on the code before this file's rules (the passages say which): an item's realisation taken of the whole budget (a false mismatch), the total after its
items' claims, "Rp A yang terpakai", "Rp A di antaranya atau P persen", "Rp 7 M." read as an
initial, a line's first sentence starting in the paragraph before, "Rp" written once, "menargetkan
serapan P persen" (a false mismatch), "yaitu sisa Rp A dari Rp B", a target's words wrapped onto the
line before its figure, "dari kuota" (a whole given by no number, so the claim was dropped).
"""

from __future__ import annotations

import re
import textwrap

import pytest
from probe_assertions import PERCENT_CHECKS, amounts, assert_claims, passage_tests, percent_checks

C, M, T, CAP = "consistent", "mismatch", "truncated", "capped"
B, S, TG = "budget_percent", "share_percent", "target_percent"
B_OR_S = (B, S)
T_OR_S = (TG, S)
ANY = PERCENT_CHECKS

# name -> (passage, [(check or checks, stated, numerator, denominator, verdict)])
PASSAGES: dict[str, tuple[str, list]] = {
    # the percentage first, its operands in the next sentence: 37.040 / 38.415,22 = 96,4201
    "serapan_lalu_rincian": (
        "GARUT - Serapan anggaran Dinas Sosial Kabupaten Garut hingga 31 Desember 2023 mencapai 96,42 persen. "
        "Dari pagu sebesar Rp. 38.415.220.000,- dinas tersebut merealisasikan Rp. 37.040.000.000,- untuk "
        "membiayai 42 sub kegiatan.\n"
        "Kepala Dinsos Garut, Aji Sukarmaji, menyebut sisa anggaran berasal dari efisiensi perjalanan dinas "
        "dan sisa tender pengadaan kursi roda.\n",
        [(B, 96.42, 37040e6, 38415.22e6, C)]),
    # operands written rounded: 8,65..8,75 / 9,75..9,85 holds 88,78
    "miliar_dibulatkan": (
        "Sementara itu Dinas Sosial Kota Tasikmalaya mencatat realisasi Rp 8,7 miliar dari pagu Rp 9,8 miliar "
        "atau 88,78 persen. \"Masih ada pembayaran honor pendamping yang belum kami cairkan,\" ujar Sekretaris "
        "Dinsos, Kamis (28/12).\n",
        [(B, 88.78, 8.7e9, 9.8e9, C)]),
    # "prosen", "Rp." with ",-": 2.134.567.000 / 2.283.000.000 = 93,4983
    "prosen_rp_titik": (
        "3.2.4 Urusan Sosial\n"
        "Realisasi keuangan urusan sosial Tahun Anggaran 2022 sebesar Rp. 2.134.567.000,- atau 93,5 prosen "
        "dari anggaran sebesar Rp. 2.283.000.000,-. Tidak terserapnya anggaran sebesar Rp. 148.433.000,- "
        "disebabkan adanya efisiensi belanja.\n",
        [(B, 93.5, 2134567000, 2283e6, C)]),
    # sisa anggaran as a share of the pagu: 625 / 12.500 = 5
    "sisa_persen": (
        "Dari total pagu Rp 12,5 miliar, anggaran yang tidak terserap atau sisa anggaran sebesar Rp 625 juta "
        "atau 5 persen. Sisa tersebut dikembalikan ke kas daerah.\n",
        [(B_OR_S, 5, 625e6, 12.5e9, C)]),
    # a target in persons and what was reached: 1.425 / 1.500 = 95
    "target_aslut": (
        "Program Asistensi Sosial Lanjut Usia Terlantar (ASLUT) tahun 2023 menargetkan 1.500 orang lansia. "
        "Hingga akhir tahun, bantuan telah diterima 1.425 orang atau 95 persen dari target. Masing-masing "
        "lansia menerima Rp 300.000 per bulan.\n",
        [(T_OR_S, 95, 1425, 1500, C)]),
    # a per-kabupaten list of KPM, each a share of the total: 12.000 / 48.000 = 25; 9.600 / 48.000 = 20
    "kpm_per_kabupaten": (
        "Total penerima BPNT di DIY tahap ini sebanyak 48.000 KPM. Kabupaten Gunungkidul menjadi yang "
        "terbanyak dengan 12.000 KPM atau 25 persen, disusul Kabupaten Bantul 9.600 KPM atau 20 persen, "
        "sedangkan sisanya tersebar di Sleman, Kulon Progo dan Kota Yogyakarta.\n",
        [(S, 25, 12000, 48000, C), (S, 20, 9600, 48000, C)]),
    # an amount and its words, then realisation: 1.187.500.000 / 1.250.000.000 = 95
    "terbilang": (
        "Pada tahun 2021 Dinas Sosial mendapat alokasi Belanja Bantuan Sosial sebesar Rp 1.250.000.000,- "
        "(satu miliar dua ratus lima puluh juta rupiah). Realisasi belanja tersebut sebesar Rp 1.187.500.000,- "
        "atau 95% dan disalurkan kepada 2.375 KK korban bencana.\n",
        [(B, 95, 1187.5e6, 1250e6, C)]),
    # the percentage, then "yakni Rp A dari Rp B": 5.782 / 14.010 = 41,2705
    "yakni_dari": (
        "Komisi IV DPRD menyoroti rendahnya serapan Dinsos. Sampai akhir Agustus serapan baru 41,27 persen, "
        "yakni Rp 5.782.000.000 dari total Rp 14.010.000.000. [...]\n",
        [(B, 41.27, 5782e6, 14010e6, C)]),
    # a rise from the old amount to the new one: 3 / 20 = 15
    "naik_dari_menjadi": (
        "Anggaran Dinas Sosial Kabupaten Kediri pada APBD 2024 naik 15 persen, dari Rp 20 miliar menjadi Rp 23 "
        "miliar. Tambahan itu untuk bantuan permakanan lansia tunggal dan penyandang disabilitas berat.\n",
        [(S, 15, 3e9, 20e9, C)]),
    # a fall named by its amount and the old value: 3,4 / 28 = 12,1429
    "turun_rp_dari_tahun_lalu": (
        "Pagu Dinsos tahun ini Rp 24,6 miliar, turun Rp 3,4 miliar atau 12,14 persen dibandingkan tahun lalu "
        "yang sebesar Rp 28 miliar.\n",
        [(S, 12.14, 3.4e9, 28e9, C)]),
    # a quote of the Kadinsos at a hearing: 6,3 / 15 = 42
    "kutipan_rdp": (
        "Dalam rapat dengar pendapat bersama Komisi D, Kepala Dinas Sosial mengakui serapan masih rendah. "
        "\"Serapan kami sampai triwulan III baru Rp 6,3 miliar dari Rp 15 miliar, atau 42 persen. Sebagian "
        "besar menunggu pencairan bansos akhir tahun,\" katanya.\n",
        [(B, 42, 6.3e9, 15e9, C)]),
    # LKjIP: an indicator's target and realisation in percent, capaian their ratio: 76 / 80 = 95
    "indikator_persen": (
        "Sasaran 2: Meningkatnya penanganan PPKS\n"
        "Indikator kinerja persentase PPKS yang tertangani dengan target 80% pada tahun 2022 terealisasi "
        "sebesar 76%, sehingga capaian kinerjanya sebesar 95%. Capaian ini lebih rendah dibandingkan tahun "
        "2021.\n",
        [(TG, 95, 76, 80, C)]),
    # LKPJ urusan sosial with ",00": 14.987.654.321 / 15.678.900.000 = 95,5912
    "lkpj_urusan_sosial": (
        "Urusan Sosial\n"
        "Jumlah anggaran untuk penyelenggaraan urusan sosial pada tahun 2022 sebesar Rp. 15.678.900.000,00 "
        "dengan realisasi sebesar Rp. 14.987.654.321,00 atau 95,59%. Urusan sosial dilaksanakan oleh Dinas "
        "Sosial melalui 4 (empat) program.\n",
        [(B, 95.59, 14987654321, 15678.9e6, C)]),
    # a numbered list of programs with pagu, realisasi and percentage in brackets
    # 1.150 / 1.200 = 95,8333; 612 / 680 = 90; 925 / 1.040 = 88,9423
    "daftar_program": (
        "Adapun realisasi per program sebagai berikut:\n"
        "1. Program Perlindungan dan Jaminan Sosial, pagu Rp 1.200.000.000, realisasi Rp 1.150.000.000 "
        "(95,83%);\n"
        "2. Program Rehabilitasi Sosial, pagu Rp 680.000.000, realisasi Rp 612.000.000 (90%);\n"
        "3. Program Pemberdayaan Sosial, pagu Rp 1.040.000.000, realisasi Rp 925.000.000 (88,94%).\n",
        [(B, 95.83, 1150e6, 1200e6, C), (B, 90, 612e6, 680e6, C), (B, 88.94, 925e6, 1040e6, C)]),
    # cut, not rounded: 24 / 36 = 66,6667
    "terpotong": (
        "Dari 36 Lembaga Kesejahteraan Sosial (LKS) yang dibina Dinas Sosial, sebanyak 24 LKS telah "
        "terakreditasi atau 66,66 persen. Sisanya masih dalam proses pengajuan ke Kementerian Sosial.\n",
        [(S, 66.66, 24, 36, T)]),
    # a slip the writer made: 4.512,3 / 5.000 = 90,246, not 92,46
    "salah_tulis": (
        "Pada tahun 2022, realisasi belanja Dinsos sebesar Rp 4.512.300.000 dari pagu Rp 5.000.000.000 atau "
        "92,46 persen.\n",
        [(B, 92.46, 4512.3e6, 5000e6, M)]),
    # above the target, reported as 100: 262 / 250 = 104,8
    "rtlh_capped": (
        "Bedah rumah atau rehabilitasi sosial rumah tidak layak huni (RS-RTLH) tahun 2023 ditargetkan 250 unit. "
        "Realisasinya 262 unit atau 100 persen, karena adanya tambahan dari dana CSR.\n",
        [(T_OR_S, 100, 262, 250, CAP)]),
    # "juta" of "miliar": 350 / 1.400 = 25
    "juta_dari_miliar": (
        "Dari total anggaran Dinsos Rp 1,4 miliar untuk penanganan bencana, Rp 350 juta atau 25 persen "
        "dialokasikan untuk buffer stock logistik.\n",
        [(S, 25, 350e6, 1.4e9, C)]),
    # realisasi keuangan with its amounts in brackets, and realisasi fisik: 2.625 / 3.000 = 87,5
    "keuangan_dan_fisik": (
        "Sampai dengan triwulan IV, realisasi keuangan Dinas Sosial mencapai 87,5% (Rp 2.625.000.000 dari "
        "Rp 3.000.000.000), sedangkan realisasi fisik mencapai 95%.\n",
        [(B, 87.5, 2625e6, 3000e6, C)]),
    # Kemensos, trillions: 41,345..41,355 / 78,55..78,65 holds 52,6
    "kemensos_triliun": (
        "JAKARTA - Realisasi anggaran Kementerian Sosial hingga 30 Juni 2023 sebesar Rp41,35 triliun atau 52,6 "
        "persen dari pagu Rp78,6 triliun. Sebagian besar terserap untuk PKH dan Program Sembako.\n",
        [(B, 52.6, 41.35e12, 78.6e12, C)]),
    # a count against its target: 8.745 / 9.120 = 95,8882
    "pkh_tahap": (
        "Bantuan PKH tahap III di Kabupaten Lamongan telah disalurkan kepada 8.745 KPM dari target 9.120 KPM "
        "atau 95,89 persen. Sisanya belum bertransaksi karena KKS belum diaktivasi.\n",
        [(T_OR_S, 95.89, 8745, 9120, C)]),
    # lansia: 1.980 / 2.400 = 82,5 (the whole first)
    "lansia_share": (
        "Dari 2.400 lansia terlantar yang terdata di DTKS, 1.980 orang (82,5%) telah mendapatkan bantuan "
        "permakanan melalui Dinas Sosial.\n",
        [(S, 82.5, 1980, 2400, C)]),
    # the percentage between part and whole: 312 / 1.200 = 26
    "disabilitas_alat_bantu": (
        "Sebanyak 312 penyandang disabilitas atau 26 persen dari 1.200 penyandang disabilitas yang terdata "
        "telah menerima alat bantu berupa kursi roda, kruk dan alat bantu dengar.\n",
        [(S, 26, 312, 1200, C)]),
    # refocusing: 2,1 / 7 = 30
    "refocusing_dipangkas": (
        "Akibat refocusing anggaran, pagu Dinas Sosial dipangkas Rp 2,1 miliar atau 30 persen dari semula Rp 7 "
        "miliar. Pemangkasan itu menyasar perjalanan dinas dan rapat-rapat.\n",
        [(S, 30, 2.1e9, 7e9, C)]),
    # the percentage, then "Adapun" with the operands: 7.004,4 / 9.750 = 71,84
    "adapun_rincian": (
        "Hingga akhir Oktober, realisasi keuangan Dinsos mencapai 71,84 persen. Adapun pagu anggaran Dinsos "
        "tahun ini sebesar Rp 9.750.000.000, sedangkan realisasinya Rp 7.004.400.000.\n",
        [(B, 71.84, 7004.4e6, 9750e6, C)]),
    # anak yatim: 1.120 / 1.245 = 89,9598
    "anak_yatim": (
        "Dinsos mencatat 1.245 anak yatim piatu akibat pandemi. Sebanyak 1.120 anak di antaranya atau 89,96 "
        "persen sudah menerima bantuan ATENSI dari Kementerian Sosial.\n",
        [(S, 89.96, 1120, 1245, C)]),
    # "terserap 92 persen" of trillions written with no space: 2,3 / 2,5 = 92
    "triliun_terserap": (
        "Dari pagu Rp2,5 triliun untuk bansos provinsi, yang telah terserap Rp2,3 triliun atau 92 persen.\n",
        [(B, 92, 2.3e12, 2.5e12, C)]),
    # sisa after the percentage: 3.243 / 3.450 = 94
    "sisa_sesudah": (
        "Anggaran Rp 3.450.000.000 terserap Rp 3.243.000.000 (94%), sisa Rp 207.000.000 menjadi SILPA.\n",
        [(B, 94, 3243e6, 3450e6, C)]),
    # KK against a target: 150 / 160 = 93,75
    "kk_target": (
        "Bantuan stimulan perbaikan rumah telah diberikan kepada 150 KK dari target 160 KK (93,75 persen).\n",
        [(T_OR_S, 93.75, 150, 160, C)]),
    # the percentage before both amounts in one sentence: 5.884,2 / 6.000 = 98,07
    "persen_di_depan": (
        "Realisasi belanja langsung Dinas Sosial tahun 2019 sebesar 98,07% atau Rp. 5.884.200.000 dari pagu "
        "Rp. 6.000.000.000.\n",
        [(B, 98.07, 5884.2e6, 6000e6, C)]),
    # IDR: 3,42 / 3,8 = 90
    "idr": (
        "The provincial social affairs office absorbed IDR 3,42 miliar dari pagu IDR 3,8 miliar atau 90 persen "
        "pada semester I.\n",
        [(B, 90, 3.42e9, 3.8e9, C)]),
    # "realisasi per 30 November" with "Rp" glued and a typo ("anggran"): 6.745,25 / 7.218,5 = 93,4439
    "typo_anggran": (
        "Realisasi anggran Dinsos Kota Bima per 30 November 2022 sebesar Rp6.745.250.000 atau 93,44 % dari "
        "total anggaran Rp7.218.500.000.\n",
        [(B, 93.44, 6745.25e6, 7218.5e6, C)]),
    # a fall of a count compared with last year: 2.140 - 1.926 = 214; 214 / 2.140 = 10
    "gepeng_turun": (
        "Jumlah gelandangan dan pengemis yang terjaring razia sepanjang 2023 sebanyak 1.926 orang, turun 10 "
        "persen dibanding tahun 2022 yang mencapai 2.140 orang.\n",
        [(S, 10, 214, 2140, C)]),
    # a percentage of realisation then the rest named: 11,5625 / 12,5 = 92,5
    "realisasi_dan_sisa_juta": (
        "Anggaran operasional Taruna Siaga Bencana (Tagana) sebesar Rp 12,5 juta terealisasi Rp 11.562.500 atau "
        "92,5 persen.\n",
        [(B, 92.5, 11562500, 12.5e6, C)]),
    # a share of the APBD: 31,2 / 1.560 = 2
    "porsi_apbd": (
        "Anggaran Dinsos tahun 2024 sebesar Rp 31,2 miliar, atau hanya 2 persen dari total belanja APBD "
        "Kabupaten yang mencapai Rp 1,56 triliun.\n",
        [(S, 2, 31.2e9, 1.56e12, C)]),
    # 2.87 / 3.15 = 91,11, the operands in the sentence after the "%"
    "capaian_kemudian_operand": (
        "Capaian serapan Bidang Rehabilitasi Sosial sebesar 91,11%. Bidang ini mengelola pagu Rp 3,15 miliar "
        "dan merealisasikan Rp 2,87 miliar.\n",
        [(B, 91.11, 2.87e9, 3.15e9, C)]),

    # a realisation word after its amount, in the sentence after the headline: 5,27 / 8,5 = 62
    # (FAILED BEFORE: "Rp A yang terpakai" named no realisation, so the headline was lost)
    "terpakai_sesudah": (
        "Rapat kerja Komisi II dengan Dinas Sosial Kabupaten Jember, Senin (2/10/2023), menyoroti lambatnya "
        "penyerapan. Penyerapan baru 62 persen. Dari Rp 8,5 miliar, baru Rp 5,27 miliar yang terpakai.\n"
        "Kadinsos beralasan pencairan bantuan permakanan menunggu verifikasi data penerima dari desa.\n",
        [(B, 62, 5.27e9, 8.5e9, C)]),
    "dicairkan_sesudah": (
        "Serapan anggaran Dinsos Kota Binjai baru 40 persen. Dari Rp 6,5 miliar, baru Rp 2,6 miliar yang "
        "dicairkan hingga akhir Juli.\n",
        [(B, 40, 2.6e9, 6.5e9, C)]),
    # a budget of parts by item, then each item's realisation and the total's
    # 28.123.456.789 / 29.876.543.000 = 94,1322; 1.498.765.432 / 1.580.246.000 = 94,8438;
    # 29.622.222.221 / 31.456.789.000 = 94,1680
    # (FAILED BEFORE: the first taken of the whole, 89,4035, a false mismatch; the total lost)
    "rincian_belanja_operasi_modal": (
        "Dinas Sosial Kabupaten Sleman pada tahun 2022 mengelola anggaran sebesar Rp 31.456.789.000,00 yang "
        "terdiri dari belanja operasi Rp 29.876.543.000,00 dan belanja modal Rp 1.580.246.000,00. Realisasi "
        "belanja operasi sebesar Rp 28.123.456.789,00 (94,13%) dan belanja modal Rp 1.498.765.432,00 (94,84%), "
        "sehingga total realisasi sebesar Rp 29.622.222.221,00 atau 94,17%.\n",
        [(B, 94.13, 28123456789, 29876543000, C), (B_OR_S, 94.84, 1498765432, 1580246000, C),
         (B, 94.17, 29622222221, 31456789000, C)]),
    # the same by program: 5,8 / 6,1 = 95,082; 4,3 / 4,5 = 95,556 (rounded operands hold both)
    # (FAILED BEFORE: 5,8 taken of the whole 24,8, a false mismatch)
    "rincian_per_program": (
        "Pagu anggaran Dinas Sosial Kota Batam tahun 2023 sebesar Rp 24,8 miliar yang terdiri dari program "
        "penunjang Rp 14,2 miliar, program rehabilitasi sosial Rp 6,1 miliar dan program perlindungan dan "
        "jaminan sosial Rp 4,5 miliar. Realisasi program rehabilitasi sosial Rp 5,8 miliar (95,08 persen) dan "
        "program perlindungan dan jaminan sosial Rp 4,3 miliar (95,56 persen).\n",
        [(B, 95.08, 5.8e9, 6.1e9, C), (B_OR_S, 95.56, 4.3e9, 4.5e9, C)]),
    # "Adapun realisasi belanja barang dan jasa": 10.687,5 / 11.250 = 95
    "rincian_belanja_barang": (
        "Anggaran Dinsos tahun 2023 terdiri atas belanja pegawai Rp 8.400.000.000, belanja barang dan jasa Rp "
        "11.250.000.000 dan belanja modal Rp 950.000.000. Adapun realisasi belanja barang dan jasa Rp "
        "10.687.500.000 atau 95 persen.\n",
        [(B, 95, 10687.5e6, 11250e6, C)]),
    # "M" for miliar: 4,1 / 11 = 37,2727
    "huruf_m": (
        "Per 30 September realisasi Dinsos baru mencapai Rp 4,1 M atau 37,27% dari total anggaran Rp 11 M.\n",
        [(B, 37.27, 4.1e9, 11e9, C)]),
    # label lines of an e-monev page: 1.950 / 2.050 = 95,122
    "label_baris": (
        "Pagu Anggaran : Rp 2.050.000.000\nRealisasi : Rp 1.950.000.000\nPersentase : 95,12 %\n",
        [(B, 95.12, 1950e6, 2050e6, C)]),
    # thousands parted by commas, a point for the decimals: 1.234.567.890 / 1.300.000.000 = 94,9668
    "koma_ribuan": (
        "Realisasi anggaran sebesar Rp 1,234,567,890 dari pagu Rp 1,300,000,000 atau 94.97%.\n",
        [(B, 94.97, 1234567890, 1300e6, C)]),
    # English in an Indonesian page: 1,5 / 2 = 75
    "english_idr": (
        "The ministry disbursed IDR 1.5 billion, or 75 percent of its IDR 2 billion allocation.\n",
        [(B, 75, 1.5e9, 2e9, C)]),
    # per-kota serapan with its amounts in brackets: 1,37 / 1,48 = 92,57 (held by rounding: 92,3 is
    # in 1,365..1,375 / 1,475..1,485? 91,92..93,22, yes); 620 / 704 = 88,07 (88,1); 1,02 / 1,046 = 97,51
    "per_kota_kurung": (
        "Kota Palu 92,3 persen (Rp 1,37 miliar dari Rp 1,48 miliar), Kabupaten Sigi 88,1 persen (Rp 620 juta "
        "dari Rp 704 juta) dan Kabupaten Poso 97,5 persen (Rp 1,02 miliar dari Rp 1,046 miliar).\n",
        [(B_OR_S, 92.3, 1.37e9, 1.48e9, C), (B_OR_S, 88.1, 620e6, 704e6, C), (B_OR_S, 97.5, 1.02e9, 1.046e9, C)]),
    # a list of belanja, each "Rp A (P%) dari anggaran Rp B": 9.876.543.210 / 10.500.000.000 = 94,0623; 90
    "daftar_belanja_kurung": (
        "Serapan Dinsos Kota Ambon tahun 2023 :\n"
        "- Belanja Operasi Rp 9.876.543.210 (94,06%) dari anggaran Rp 10.500.000.000\n"
        "- Belanja Modal Rp 1.125.000.000 (90%) dari anggaran Rp 1.250.000.000\n",
        [(B, 94.06, 9876543210, 10.5e9, C), (B, 90, 1125e6, 1250e6, C)]),
    # a count's rise over last year: 850 / 4.000 = 21,25
    "atensi_meningkat": (
        "Jumlah lansia penerima ATENSI 2023 sebanyak 4.850 jiwa atau meningkat 21,25 persen dibanding tahun "
        "2022 sebanyak 4.000 jiwa.\n",
        [(S, 21.25, 850, 4000, C)]),
    # "Jumlah itu P persen dari total alokasi": 21,6 / 36 = 60
    "blt_dd_jumlah_itu": (
        "Realisasi penyaluran BLT Dana Desa di Kabupaten Pati hingga Mei mencapai Rp 21,6 miliar. Jumlah itu 60 "
        "persen dari total alokasi BLT DD tahun ini sebesar Rp 36 miliar untuk 10.000 KPM.\n",
        [(B_OR_S, 60, 21.6e9, 36e9, C)]),
    # a fall to next year's budget: 0,4 / 3,2 = 12,5
    "berkurang_tahun_depan": (
        "Anggaran penanganan fakir miskin tahun 2023 sebesar Rp 3,2 miliar. Tahun 2024 dianggarkan Rp 2,8 "
        "miliar, atau berkurang 12,5 persen.\n",
        [(S, 12.5, 0.4e9, 3.2e9, C)]),
    # an LKjIP indicator, the counts of another figure after it: 88,12 / 85 = 103,6706
    "lkjip_indikator_dan_jumlah": (
        "BAB III AKUNTABILITAS KINERJA\n"
        "Sasaran 1 : Meningkatnya kualitas pelayanan sosial bagi PPKS\n"
        "Indikator : Persentase PPKS yang memperoleh pelayanan sosial dasar\n"
        "Target tahun 2023 sebesar 85%, realisasi 88,12%, sehingga capaian kinerja 103,67%. Jika dibandingkan "
        "dengan tahun 2022 yang realisasinya 82,5%, terjadi peningkatan.\n",
        [(TG, 103.67, 88.12, 85, C)]),

    # a part of money naming itself one "di antaranya", its whole in the sentence before: 98,5 / 125 = 78,8
    # (FAILED BEFORE: "Rp A di antaranya atau P persen" was no amount beside its percentage)
    "di_antaranya_rupiah": (
        "SURABAYA - Dinsos Kota Surabaya mengalokasikan Rp 125 miliar untuk permakanan lansia, anak yatim dan "
        "penyandang disabilitas pada APBD 2024. Sebanyak Rp 98,5 miliar di antaranya atau 78,8 persen untuk "
        "permakanan.\n",
        [(S, 78.8, 98.5e9, 125e9, C)]),
    "di_antaranya_rupiah_tanpa_sebanyak": (
        "Pemprov mengucurkan bansos Rp 40 miliar bagi korban banjir. Rp 12 miliar di antaranya atau 30 persen "
        "berupa santunan ahli waris.\n",
        [(S, 30, 12e9, 40e9, C)]),
    # realisation and the rest, each with its percentage: 18.654.894.080 / 19.845.632.000 = 94,0000;
    # 1.190.737.920 / 19.845.632.000 = 6
    "realisasi_dan_sisa_persen": (
        "Pagu Dinsos P3A Kabupaten Kebumen tahun 2023 sebesar Rp. 19.845.632.000,- Realisasi s.d. Desember Rp. "
        "18.654.894.080,- (94 %). Sisa anggaran Rp. 1.190.737.920,- (6 %).\n",
        [(B, 94, 18654894080, 19845632000, C), (B_OR_S, 6, 1190737920, 19845632000, C)]),
    # a count's share of the whole beside "yakni": 23.328 / 36.000 = 64,8
    "yakni_jiwa_dari": (
        "Dalam LKPJ 2023, capaian indikator persentase PMKS yang tertangani sebesar 64,8 persen, yakni 23.328 "
        "jiwa tertangani dari 36.000 jiwa PMKS.\n",
        [(ANY, 64.8, 23328, 36000, C)]),
    # two sources of APBN money, each of its pagu: 1.845,6 / 2.000 = 92,28; 3.410 / 3.500 = 97,4286
    "dekon_dan_tp": (
        "Realisasi APBN Dekonsentrasi Dinas Sosial Provinsi Bengkulu tahun 2021 sebesar Rp. 1.845.600.000,- atau "
        "92,28% dari pagu Rp. 2.000.000.000,- Sedangkan dana Tugas Pembantuan terealisasi Rp. 3.410.000.000,- "
        "atau 97,43% dari pagu Rp. 3.500.000.000,-.\n",
        [(B, 92.28, 1845.6e6, 2000e6, C), (B, 97.43, 3410e6, 3500e6, C)]),
    # the achievement first, target and realisation after: 1.300 / 1.200 = 108,3333
    "capaian_lalu_target": (
        "Capaian kinerja Program Perlindungan dan Jaminan Sosial tahun 2022 sebesar 108,33%. Target penerima "
        "jaminan sosial 1.200 jiwa, terealisasi 1.300 jiwa.\n",
        [(TG, 108.33, 1300, 1200, C)]),
    # a list of counts of a whole, each with its share: 5.200 / 12.480 = 41,6667; 25; 33,3333
    "rincian_jiwa_persen": (
        "Jumlah penerima bansos APBD Provinsi Jambi tahun 2023 tercatat 12.480 jiwa, terdiri dari lansia 5.200 "
        "jiwa (41,67%), penyandang disabilitas 3.120 jiwa (25%) dan anak terlantar 4.160 jiwa (33,33%).\n",
        [(S, 41.67, 5200, 12480, C), (S, 25, 3120, 12480, C), (S, 33.33, 4160, 12480, C)]),

    # "M" for miliar ending a sentence, the change named in the next: (8,75 - 7) / 7 = 25
    # (FAILED BEFORE: "Rp 7 M." was read as an initial, the sentence ran on and the change was lost)
    "m_titik_kenaikan": (
        "Tahun 2023 alokasi bansos Dinsos Lampung Rp 8,75 M, tahun 2022 Rp 7 M. Kenaikannya 25 persen, "
        "sebagian besar untuk bantuan korban bencana.\n",
        [(S, 25, 1.75e9, 7e9, C)]),
    # "T." likewise, then a share in the next sentence: 45,6 / 48 = 95
    "t_titik_setara": (
        "Realisasi bansos Kemensos untuk Jawa Timur tahun 2022 mencapai Rp 4,56 T. Angka itu setara 95 persen "
        "dari alokasi Rp 4,8 T.\n",
        [(B_OR_S, 95, 4.56e12, 4.8e12, C)]),
    # the pagu in the sentence before, "sekitar" before the realisation: 8,25..8,35 / 18,45..18,55 holds 45
    "sekitar_sesudah_persen": (
        "Anggaran Dinsos Kabupaten Gowa tahun ini Rp 18,5 miliar. Hingga September baru terserap 45 persen atau "
        "sekitar Rp 8,3 miliar.\n",
        [(B, 45, 8.3e9, 18.5e9, C)]),
    # "Rp." glued: 14.235.678.900 / 21.105.000.000 = 67,4517
    "rp_titik_rapat": (
        "Realisasi keuangan Dinas Sosial Kota Bogor Triwulan III tahun 2023 sebesar Rp.14.235.678.900 atau "
        "67,45% dari anggaran sebesar Rp.21.105.000.000.\n",
        [(B, 67.45, 14235678900, 21105e6, C)]),
    # "Realisasinya Rp A, atau P %" after a pagu in the sentence before: 34.123,9 / 36.750,5 = 92,8529
    "realisasinya_kalimat_berikut": (
        "Dinas Sosial Kabupaten Banyuwangi tahun 2022 mengelola anggaran Rp 36.750.500.000. Realisasinya Rp "
        "34.123.900.000, atau 92,85 %.\n",
        [(B, 92.85, 34123.9e6, 36750.5e6, C)]),
    # "Dari angka itu": 6.530 / 8.945 = 73,0017
    "dari_angka_itu": (
        "Dinsos Kota Palopo mencatat jumlah PMKS tahun 2023 sebanyak 8.945 jiwa. Dari angka itu, yang telah "
        "tertangani sebanyak 6.530 jiwa atau 73 persen.\n",
        [(ANY, 73, 6530, 8945, C)]),
    # "menyasar" a count, reached in the next sentence: 5.980 / 6.500 = 92
    "menyasar_anak": (
        "Program Bantuan Sosial Anak Yatim Piatu (Bansos Ayatim) Provinsi Jawa Barat menyasar 6.500 anak dengan "
        "nilai Rp 300 ribu per bulan. Sampai November penyaluran telah mencapai 5.980 anak atau 92 persen.\n",
        [(T_OR_S, 92, 5980, 6500, C)]),
    # label lines with the percentage in brackets: 9.321,95 / 9.876 = 94,3899
    "label_dpa_kurung": (
        "Pagu DPA Dinas Sosial Tahun 2022 : Rp 9.876.000.000,00\n"
        "Realisasi Keuangan : Rp 9.321.950.000,00 (94,39%)\n"
        "Realisasi Fisik : 100%\n",
        [(B, 94.39, 9321.95e6, 9876e6, C)]),

    # a news story with one claim among another year's serapan, a rise of a count with no old
    # value, poverty and unemployment rates and next year's target: 41.236,75 / 44.255 = 93,1799
    "berita_satu_klaim": (
        "PALANGKA RAYA – Dinas Sosial Provinsi Kalimantan Tengah mencatat realisasi anggaran tahun 2023 sebesar "
        "Rp 41.236.750.000 atau 93,18 persen dari pagu Rp 44.255.000.000.\n"
        "Kepala Dinsos Kalteng mengatakan, capaian tersebut lebih tinggi dibanding tahun 2022 yang hanya 88,6 "
        "persen. \"Kami bersyukur, meski ada refocusing, kinerja tetap terjaga,\" ujarnya, Kamis (11/1/2024).\n"
        "Ia menjelaskan, dari total anggaran itu, sebesar Rp 18,2 miliar dialokasikan untuk belanja bantuan "
        "sosial. Bantuan disalurkan kepada 12.450 KPM di 14 kabupaten/kota, atau naik 8,5 persen dibanding "
        "jumlah penerima tahun lalu.\n"
        "Sementara itu, angka kemiskinan Kalteng pada Maret 2023 turun menjadi 5,11 persen. Tingkat "
        "pengangguran terbuka 4,1 persen.\n"
        "Untuk tahun 2024, pagu Dinsos ditetapkan Rp 46,8 miliar. \"Target serapan kami minimal 95 persen,\" "
        "katanya.\n",
        [(B, 93.18, 41236.75e6, 44255e6, C)]),
    # a DPRD pansus: an indicator's realisation and target in percent, its achievement concluded in a
    # quote on the same line: 68 / 75 = 90,6667
    # (FAILED BEFORE: the line's first sentence started at the line break, in the paragraph before,
    # so the pair of percentages "before" it was not looked at)
    "pansus_capaian_kutipan": (
        "Pansus LKPJ DPRD Kabupaten Lombok Timur memberikan sejumlah catatan kepada Dinas Sosial. Dalam LKPJ "
        "2022, realisasi anggaran Dinsos tercatat Rp 27,45 miliar dari pagu Rp 30,5 miliar atau 90 persen.\n"
        "Ketua Pansus, H. Ahmad Amrullah, menyebut indikator persentase PPKS yang tertangani hanya mencapai 68 "
        "persen dari target 75 persen. \"Artinya capaian kinerja baru 90,67 persen,\" katanya.\n"
        "Pansus juga meminta Dinsos memperbaiki data DTKS. Dari 412.000 jiwa yang terdata, sekitar 15 persen "
        "diduga tidak tepat sasaran. Selain itu, realisasi bantuan RTLH 2022 sebanyak 245 unit dengan anggaran "
        "Rp 4,9 miliar.\n",
        [(B, 90, 27.45e9, 30.5e9, C), (TG, 90.67, 68, 75, C)]),

    # "Rp" written once for the two amounts: 3.420 / 3.600 = 95
    # (FAILED BEFORE: "realisasi 3.420.000.000" was no amount, the claim lost)
    "rp_sekali": (
        "Sub kegiatan penyediaan permakanan bagi lansia terlantar pada tahun 2023 dengan total anggaran Rp "
        "3.600.000.000 dengan realisasi 3.420.000.000 (95%). Permakanan diberikan kepada 400 lansia selama 12 "
        "bulan.\n",
        [(B, 95, 3420e6, 3600e6, C)]),
    "rp_sekali_koma_nol": (
        "Pada Tahun Anggaran 2022, Program Rehabilitasi Sosial memiliki pagu sebesar Rp. 1.250.000.000,00 dan "
        "realisasi 1.187.500.000,00 atau 95%.\n",
        [(B, 95, 1187.5e6, 1250e6, C)]),
    # "miliar rupiah" and "milyar" with no "Rp": 2,25 / 2,5 = 90; 10,2 / 12 = 85
    "tanpa_rp_skala": (
        "Dinsos mendapat anggaran sebesar 2,5 miliar rupiah dan telah terserap 2,25 miliar rupiah atau 90 "
        "persen. Tahun lalu anggaran Dinsos 12 milyar, terealisasi 10,2 milyar atau 85 persen.\n",
        [(B, 90, 2.25e9, 2.5e9, C), (B, 85, 10.2e9, 12e9, C)]),
    # each amount with its words: 6.975 / 7.500 = 93
    "dua_terbilang": (
        "Pagu anggaran Dinas Sosial sebesar Rp. 7.500.000.000,- (tujuh milyar lima ratus juta rupiah), "
        "terealisasi sebesar Rp. 6.975.000.000,- (enam milyar sembilan ratus tujuh puluh lima juta rupiah) atau "
        "93 %.\n",
        [(B, 93, 6975e6, 7500e6, C)]),

    # LKjIP efficiency: what is left named after "yaitu", its whole after it: 179 / 4.500 = 3,9778
    # (FAILED BEFORE: "yaitu sisa Rp A" was no amount beside the percentage, and the remainder's
    # whole was looked for only after the percentage)
    "efisiensi_yaitu_sisa": (
        "Dengan capaian kinerja rata-rata 98,5%, Dinas Sosial dapat melakukan efisiensi anggaran. Tingkat "
        "efisiensi anggaran sebesar 3,98%, yaitu sisa Rp 179.000.000 dari Rp 4.500.000.000.\n",
        [(B_OR_S, 3.98, 179e6, 4500e6, C)]),

    # a quota named as the whole after the percentage: 84.120 / 86.450 = 97,3048
    # (FAILED BEFORE: "dari kuota" named a whole given by no number, so the claim was dropped)
    "dari_kuota": (
        "Kuota PKH Kabupaten Tasikmalaya tahun 2024 sebanyak 86.450 KPM. Hingga tahap II, bantuan telah "
        "tersalur kepada 84.120 KPM. Dengan demikian, realisasi penyaluran mencapai 97,3 persen dari kuota.\n",
        [(T_OR_S, 97.3, 84120, 86450, C)]),
    # a quota as the whole pointed back to, another kabupaten's percentage with no part: 20.640 / 21.500 = 96
    "kuota_dari_jumlah_itu": (
        "Kuota BPNT Kota Tegal 21.500 KPM. Dari jumlah itu, 20.640 KPM atau 96 persen sudah menerima bantuan, "
        "sedangkan Kabupaten Tegal 94,5 persen dari kuota 64.000 KPM.\n",
        [(T_OR_S, 96, 20640, 21500, C)]),

    # a rise the writer got wrong: (20 - 12) / 12 = 66,67, not 25
    "naik_salah": (
        "Anggaran Dinsos sebesar Rp 20 miliar, atau naik 25 persen dibanding tahun 2019 yang sebesar Rp 12 "
        "miliar.\n",
        [(S, 25, 8e9, 12e9, M)]),

    # --- controls: percentages and amounts that are no ratio of each other ---
    "ctl_inflasi": (
        "Inflasi Kota Mataram pada Oktober 2023 tercatat 2,61 persen (yoy). Untuk menjaga daya beli, Pemkot "
        "menyalurkan bansos pangan senilai Rp 4,5 miliar kepada 15.000 KPM.\n",
        []),
    "ctl_penduduk_miskin": (
        "Persentase penduduk miskin Kabupaten Brebes pada Maret 2023 sebesar 15,01 persen atau sebanyak "
        "284.600 jiwa. Pemkab mengalokasikan Rp 12 miliar untuk program penanggulangan kemiskinan.\n",
        []),
    "ctl_naik_tanpa_lama": (
        "Anggaran Dinas Sosial tahun 2024 ditetapkan Rp 31 miliar, naik sekitar 8 persen dari tahun lalu.\n",
        []),
    "ctl_pad_lain": (
        "Realisasi Pendapatan Asli Daerah Kota Padang tahun 2022 mencapai 104 persen dari target. Sementara "
        "itu, anggaran Dinas Sosial sebesar Rp 12 miliar dengan realisasi Rp 11 miliar.\n",
        []),
    "ctl_padan_dukcapil": (
        "Sebanyak 80 persen data DTKS Kabupaten Sumedang sudah padan dengan data kependudukan Dukcapil. Jumlah "
        "KPM Program Sembako di kabupaten itu 45.000 keluarga dengan nilai bantuan Rp 200.000 per bulan.\n",
        []),
    "ctl_pertumbuhan": (
        "Pertumbuhan ekonomi Sulawesi Tenggara 2023 sebesar 5,35 persen. APBD provinsi tahun 2024 ditetapkan "
        "Rp 4,6 triliun, di antaranya Rp 98 miliar untuk Dinas Sosial.\n",
        []),
    "ctl_renja_target": (
        "Rencana Kerja Dinas Sosial Tahun 2025 menetapkan target persentase PMKS yang tertangani sebesar 90% "
        "dan persentase penyandang disabilitas yang mandiri sebesar 35%, dengan pagu indikatif Rp 14,3 miliar.\n",
        []),
    "ctl_survei": (
        "Hasil survei kepuasan masyarakat terhadap layanan Dinas Sosial memperoleh nilai 87,5 persen dari 320 "
        "responden. Anggaran pelayanan tahun ini Rp 850 juta.\n",
        []),
    "ctl_dana_desa": (
        "Sesuai ketentuan, paling sedikit 10 persen Dana Desa dialokasikan untuk BLT Desa. Total Dana Desa "
        "Kabupaten Sragen tahun 2024 sebesar Rp 247 miliar untuk 196 desa.\n",
        []),
    "ctl_angka_kemiskinan": (
        "Angka kemiskinan Kota Kendari turun dari 5,12 persen menjadi 4,87 persen. Penurunan ini didukung "
        "bansos daerah sebesar Rp 6,8 miliar dan bantuan PKH dari pusat.\n",
        []),
    "ctl_fisik_seratus": (
        "Pembangunan gedung Panti Sosial Bina Laras telah rampung dengan realisasi fisik 100 persen. Pagu "
        "kegiatan tersebut Rp 2,4 miliar, sedangkan realisasi keuangannya Rp 2,1 miliar karena adanya sisa "
        "tender.\n",
        []),
    "ctl_sumber_dana": (
        "Sumber pendanaan program rehabilitasi sosial berasal dari APBN sebesar 60 persen dan APBD 40 persen. "
        "Tahun ini, jumlah penerima manfaat ditargetkan 1.250 orang.\n",
        []),
    "ctl_kuota_perempuan": (
        "Kuota penerima bantuan usaha ekonomi produktif ditetapkan minimal 30 persen perempuan kepala keluarga. "
        "Setiap kelompok KUBE menerima Rp 20 juta.\n",
        []),
    "ctl_bansos_per_kabupaten": (
        "Rincian bantuan sosial APBD Provinsi NTB tahun 2023: Kabupaten Lombok Barat Rp. 1.245.000.000, Lombok "
        "Tengah Rp. 1.512.300.000, Lombok Timur Rp 2.015.000.000, Sumbawa Rp.876.500.000, Dompu Rp 640 juta "
        "dan Kota Mataram Rp1,1 miliar. [...]\n",
        []),
    "ctl_fisik_dan_keuangan": (
        "Realisasi fisik kegiatan mencapai 80 persen, sementara realisasi keuangan Rp 1,5 miliar dari pagu Rp 2 "
        "miliar.\n",
        []),
    "ctl_belanja_pegawai_apbd": (
        "APBD Kabupaten tahun ini Rp 2 triliun dan belanja pegawai 38 persen di antaranya. Dinas Sosial "
        "memperoleh Rp 25 miliar.\n",
        []),
    "ctl_lansia_dari_kpm": (
        "Dari 500 KPM penerima bantuan, 60 persen adalah lansia. Nilai bantuan Rp 600.000 per KPM.\n",
        []),
    "ctl_kemiskinan_per_kabupaten": (
        "Kabupaten Alor (kemiskinan 20,3%) menerima Rp 1,2 miliar; Kabupaten Sumba Timur (27,8%) Rp 800 juta.\n",
        []),
    "ctl_lebih_besar_tanpa_lama": (
        "Anggaran Dinsos tahun 2024 Rp 5 miliar, 20 persen lebih besar dibanding tahun sebelumnya.\n",
        []),
    "ctl_capaian_spm": (
        "Kepala Dinsos mengungkapkan, capaian SPM bidang sosial tahun 2022 sebesar 92,6 persen. Adapun anggaran "
        "SPM bidang sosial sebesar Rp 2.450.000.000 dengan realisasi Rp 2.302.000.000.\n",
        []),
    "ctl_hibah_seluruhnya": (
        "Dana hibah untuk LKS pada APBD 2023 sebesar Rp 1.750.000.000,- (satu milyar tujuh ratus lima puluh juta "
        "rupiah) dan telah disalurkan seluruhnya (100%) kepada 35 LKS.\n",
        []),
    "ctl_prosen_tanpa_angka": (
        "Realisasi penyerapan anggaran Dinsos Kabupaten Maros sudah 97,5 prosen, tertinggi dibanding OPD lain. "
        "Jumlah pegawai Dinsos 86 orang.\n",
        []),
    # a count with its unit after a money word is no amount
    "ctl_realisasi_jiwa": (
        "Target penerima bantuan iuran jaminan kesehatan 1.300.000 jiwa, realisasi 1.250.000 jiwa. Iuran per "
        "jiwa Rp 42.000 per bulan.\n",
        []),
    # a goal of uptake, the word of what is aimed at between the goal word and the percentage
    # (FAILED BEFORE: 95 taken as 12 / 20, a false mismatch)
    "ctl_menargetkan_serapan": (
        "Dinsos menargetkan serapan 95 persen dari pagu Rp 20 miliar tahun ini; hingga Oktober baru terserap Rp "
        "12 miliar.\n",
        []),
    "ctl_ditargetkan_realisasi": (
        "Tahun ini Dinsos Kota Cimahi ditargetkan realisasi anggaran 90 persen. Pagu Dinsos Rp 15 miliar, "
        "realisasi per September Rp 9 miliar.\n",
        []),
    "ctl_lebih_tinggi_tanpa_lama": (
        "Anggaran Dinsos 2024 Rp 1,2 miliar atau 15 persen lebih tinggi dari tahun lalu.\n",
        []),
    "ctl_inflasi_lalu_realisasi": (
        "Inflasi tahunan tercatat 3 persen, sementara realisasi bansos Rp 3 miliar dari pagu Rp 4 miliar.\n",
        []),
    "ctl_porsi_tanpa_jumlah": (
        "Belanja urusan sosial dalam APBD Rp 4 triliun hanya 1,2 persen. Dinsos sendiri mengelola Rp 36 miliar.\n",
        []),
    "ctl_kemiskinan_lima_kabupaten": (
        "Tingkat kemiskinan di 5 kabupaten: Lembata 24,3%, Sabu Raijua 29,5%, Rote Ndao 27,1%, Sumba Tengah "
        "33,8% dan Sumba Timur 28,1%. Dinsos NTT menyiapkan bansos Rp 15 miliar untuk kelima kabupaten itu.\n",
        []),
    "ctl_kuota_nasional": (
        "Jawa Tengah mendapat 1,2 juta KPM PKH atau 12 persen dari kuota nasional. Kabupaten Brebes sendiri "
        "98.000 KPM.\n",
        []),
    # another year's serapan, its figures not given; the same period of last year
    "ctl_serapan_tahun_lain": (
        "Realisasi anggaran Dinsos tahun 2023 Rp 9,3 miliar dari pagu Rp 10 miliar. Tahun 2022, serapan hanya "
        "85 persen.\n",
        []),
    "ctl_periode_sama_tahun_lalu": (
        "Pagu Dinsos tahun 2024 Rp 25 miliar. Hingga Maret realisasinya Rp 3,1 miliar. Pada periode yang sama "
        "tahun lalu, serapan mencapai 15 persen.\n",
        []),
    "ctl_persen_penerima": (
        "Dinsos Kota Cirebon menyalurkan bantuan Rp 1,5 miliar kepada 2.500 KPM. Sebanyak 40 persen penerima "
        "merupakan lansia, dan 15 persen penyandang disabilitas.\n",
        []),
    "ctl_usulan_tambahan": (
        "Anggaran bansos provinsi Rp 45 miliar. Dinsos mengusulkan tambahan 20 persen pada APBD Perubahan, namun "
        "TAPD hanya menyetujui Rp 4 miliar.\n",
        []),
    "ctl_penyaluran_tahap": (
        "Pemkab mengalokasikan Rp 3 miliar untuk BLT. Dana itu untuk 5.000 KPM, masing-masing Rp 600 ribu. "
        "Penyaluran tahap pertama telah mencapai 60 persen.\n",
        []),
    "ctl_serapan_seluruh_opd": (
        "Serapan anggaran seluruh OPD Kota Medan baru 62 persen. Dinsos sendiri dengan pagu Rp 80 miliar telah "
        "merealisasikan Rp 56 miliar.\n",
        []),
    "ctl_capaian_kinerja_program": (
        "Dari total pagu Rp 12 miliar, realisasi Rp 10,2 miliar. Capaian kinerja program mencapai 97 persen.\n",
        []),
}

# rupiah amounts of some passages, in order
AMOUNTS = {
    "serapan_lalu_rincian": [38415.22e6, 37040e6],
    "prosen_rp_titik": [2134567000, 2283e6, 148433000],
    "terbilang": [1250e6, 1187.5e6],
    "sisa_sesudah": [3450e6, 3243e6, 207e6],
    "idr": [3.42e9, 3.8e9],
    "ctl_bansos_per_kabupaten": [1245e6, 1512.3e6, 2015e6, 876.5e6, 640e6, 1.1e9],
    "juta_dari_miliar": [1.4e9, 350e6],
    "kemensos_triliun": [41.35e12, 78.6e12],
    "huruf_m": [4.1e9, 11e9],
    "koma_ribuan": [1234567890, 1300e6],
    "english_idr": [1.5e9, 2e9],
    "rincian_belanja_operasi_modal": [31456789000, 29876543000, 1580246000, 28123456789, 1498765432, 29622222221],
    "ctl_hibah_seluruhnya": [1750e6],
    "m_titik_kenaikan": [8.75e9, 7e9],
    "t_titik_setara": [4.56e12, 4.8e12],
    "rp_titik_rapat": [14235678900, 21105e6],
    "rp_sekali": [3600e6, 3420e6],
    "rp_sekali_koma_nol": [1250e6, 1187.5e6],
    "tanpa_rp_skala": [2.5e9, 2.25e9, 12e9, 10.2e9],
    "ctl_realisasi_jiwa": [42000],
}

# (name, text as written, text with the slip, stated before, stated after)
SLIPS = [
    ("serapan_lalu_rincian", "96,42 persen", "96,24 persen", 96.42, 96.24),
    ("prosen_rp_titik", "93,5 prosen", "93,9 prosen", 93.5, 93.9),
    ("kpm_per_kabupaten", "9.600 KPM atau 20 persen", "9.600 KPM atau 22 persen", 20, 22),
    ("lkpj_urusan_sosial", "95,59%", "95,95%", 95.59, 95.95),
    ("daftar_program", "(88,94%)", "(89,94%)", 88.94, 89.94),
    ("pkh_tahap", "95,89 persen", "95,98 persen", 95.89, 95.98),
    ("gepeng_turun", "turun 10", "turun 11", 10, 11),
    ("persen_di_depan", "98,07%", "98,70%", 98.07, 98.70),
    ("terpakai_sesudah", "62 persen", "64 persen", 62, 64),
    ("rincian_belanja_operasi_modal", "(94,13%)", "(94,31%)", 94.13, 94.31),
    ("rincian_belanja_operasi_modal", "94,17%", "94,71%", 94.17, 94.71),
    ("rincian_per_program", "(95,08 persen)", "(85,08 persen)", 95.08, 85.08),
    ("daftar_belanja_kurung", "(94,06%)", "(96,04%)", 94.06, 96.04),
    ("di_antaranya_rupiah", "78,8 persen", "87,8 persen", 78.8, 87.8),
    ("dekon_dan_tp", "97,43%", "97,34%", 97.43, 97.34),
    ("rincian_jiwa_persen", "(41,67%)", "(42,67%)", 41.67, 42.67),
    ("m_titik_kenaikan", "Kenaikannya 25", "Kenaikannya 20", 25, 20),
    ("label_dpa_kurung", "(94,39%)", "(94,93%)", 94.39, 94.93),
    ("berita_satu_klaim", "93,18 persen", "93,81 persen", 93.18, 93.81),
    ("pansus_capaian_kutipan", "90,67 persen", "96,07 persen", 90.67, 96.07),
    ("rp_sekali", "(95%)", "(96%)", 95, 96),
    ("efisiensi_yaitu_sisa", "3,98%", "3,89%", 3.98, 3.89),
]


test_passage_claims, test_control_has_no_claim, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)


def wrapped(text: str) -> str:
    """The passage as a PDF's text gives it: lines cut at 60 columns."""
    return "\n".join("\n".join(textwrap.wrap(line, 60)) if line else "" for line in text.split("\n"))


def glued(text: str) -> str:
    """The passage with "Rp" glued to its figure, as many pages write it."""
    return re.sub(r"\bRp\.? (?=\d)", "Rp", text)


# (FAILED BEFORE, wrapped: capaian_lalu_target, its target's words on the line before its figure,
# "Target penerima jaminan sosial" / "1.200 jiwa, terealisasi 1.300 jiwa.")
@pytest.mark.parametrize("form", [wrapped, glued], ids=["wrapped", "glued"])
@pytest.mark.parametrize("name", list(PASSAGES))
def test_passage_in_another_form(name, form):
    text, expected = PASSAGES[name]
    assert_claims(form(text), expected)
    if not expected:
        assert [c.message for c in percent_checks(form(text))] == []


@pytest.mark.parametrize("name", list(AMOUNTS))
def test_rupiah_amounts(name):
    text, _ = PASSAGES[name]
    assert amounts(text) == pytest.approx(AMOUNTS[name])
