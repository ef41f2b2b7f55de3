"""Kegiatan named in the phrasings of LKPJ and Renja chapters that a fresh probe of unseen-style
reports found missed or misplaced (stop 33): a paragraph after the program list that opens on one
of its programs, "Kegiatan pokok antara lain ...", "dengan kegiatan A melalui ...", what is said of
the last name after a comma ("A, berupa ...", "A, termasuk ..."), two official names joined by
"dan" after a list closed by an official name's own "serta", a program pointed back to in lower
case ("Kegiatan pada program penanggulangan bencana meliputi ..."), and the figures after a list of
kegiatan closed by a comma, which are its program's."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

REHAB_DASAR_DALAM = ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, "
                     "serta Gelandangan Pengemis di Dalam Panti Sosial")
REHAB_PMKS_LUAR = ("Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan "
                   "NAPZA di Luar Panti Sosial")
REHAB_DASAR_LUAR = REHAB_DASAR_DALAM.replace("Dalam", "Luar")
BENCANA = "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"

# name -> (passage, program, the activities expected for it)
CASES = {
    "paragraph_after_the_list": (
        "Realisasi program urusan sosial Tahun 2023 adalah sebagai berikut :\n"
        "1. Program Pemberdayaan Sosial, anggaran Rp 1.985.400.000,00 realisasi Rp 1.876.130.500,00 atau 94,50%;\n"
        "2. Program Rehabilitasi Sosial, anggaran Rp 9.120.681.150,00 realisasi Rp 8.902.958.620,00 atau 97,61%;\n"
        "3. Program Penanganan Bencana, anggaran Rp 700.000.000,00 realisasi Rp 688.760.000,00 atau 98,39%.\n\n"
        "Program Rehabilitasi Sosial dilaksanakan melalui Kegiatan " + REHAB_DASAR_DALAM + " dengan pagu Rp 6.640.681.150,00 "
        "dan Kegiatan Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan "
        "NAPZA di Dalam Panti Sosial dengan pagu Rp 2.480.000.000,00.\n\n"
        "Program Pemberdayaan Sosial meliputi kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) dan Pengembangan "
        "Potensi Sumber Kesejahteraan Sosial Daerah Provinsi, antara lain pemberdayaan warga KAT di dua kabupaten.\n",
        "Program Rehabilitasi Sosial",
        [REHAB_DASAR_DALAM, REHAB_PMKS_LUAR.replace("Luar", "Dalam")]),
    "paragraph_after_the_list_second_program": (
        None, "Program Pemberdayaan Sosial",
        ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Provinsi"]),
    "last_item_keeps_none_of_the_next_paragraph": (None, "Program Penanganan Bencana", []),
    "untuk_program_after_a_plan_table": (
        "Tabel 5.1 Rencana Program dan Pendanaan Indikatif (juta rupiah)\n"
        "Program Rehabilitasi Sosial / Persentase PPKS yang mendapat rehabilitasi sosial dasar / 62% / 3.100 3.250\n"
        "Program Penanganan Bencana / Persentase korban bencana yang terpenuhi kebutuhan dasarnya / 100% / 375 400\n\n"
        "Program Penanganan Bencana mendapat perhatian khusus mengingat wilayah kota rawan gempa bumi. Kegiatan yang "
        "direncanakan adalah " + BENCANA + ", termasuk penyediaan cadangan logistik di 5 (lima) kecamatan.\n\n"
        "Untuk Program Rehabilitasi Sosial, kegiatan yang direncanakan meliputi " + REHAB_DASAR_LUAR + ", dengan sasaran "
        "antara lain anak jalanan dan lanjut usia terlantar.\n",
        "Program Rehabilitasi Sosial", [REHAB_DASAR_LUAR]),
    "named_again_with_a_termasuk_clause": (None, "Program Penanganan Bencana", [BENCANA]),
    "kegiatan_pokok_antara_lain": (
        "1. Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya dengan anggaran Rp.2.135.830.000,- realisasi keuangan "
        "Rp.2.011.476.844,- (94,18 %). Kegiatan pokok antara lain Pelatihan Keterampilan Berusaha bagi Keluarga Miskin, "
        "Pengadaan Sarana dan Prasarana Pendukung Usaha bagi Keluarga Miskin serta Fasilitasi Rehabilitasi Rumah Tidak "
        "Layak Huni. Hasil yang dicapai yaitu terbentuknya 30 KUBE.\n"
        "2. Program Pembinaan Panti Asuhan/Panti Jompo dengan anggaran Rp.480.000.000,- realisasi keuangan "
        "Rp.472.150.000,- (98,36 %).\n",
        "Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya",
        ["Pelatihan Keterampilan Berusaha bagi Keluarga Miskin",
         "Pengadaan Sarana dan Prasarana Pendukung Usaha bagi Keluarga Miskin",
         "Fasilitasi Rehabilitasi Rumah Tidak Layak Huni"]),
    "dengan_kegiatan_then_how": (
        "1. Program Pembinaan Anak Terlantar\n"
        "Anggaran Rp. 215.000.000,- realisasi Rp. 214.650.000,- (99,84 %), dengan kegiatan Pembinaan anak terlantar "
        "melalui pemberian bantuan biaya pendidikan bagi 36 anak.\n"
        "2. Program Pembinaan Para Penyandang Cacat dan Trauma\n"
        "Anggaran Rp. 186.250.000,- realisasi Rp. 171.900.000,- (92,30 %), dengan kegiatan Pendayagunaan para "
        "penyandang cacat dan eks trauma.\n",
        "Program Pembinaan Anak Terlantar", ["Pembinaan anak terlantar"]),
    "dengan_kegiatan_to_the_full_stop": (None, "Program Pembinaan Para Penyandang Cacat dan Trauma",
                                         ["Pendayagunaan para penyandang cacat dan eks trauma"]),
    "two_official_names_and_berupa": (
        "1) Program Rehabilitasi Sosial\n"
        "Pagu Program Rehabilitasi Sosial sebesar Rp. 2.104.750.000,00 dengan realisasi Rp. 1.962.318.250,00 (93,23%). "
        "Kegiatan yang dilaksanakan adalah " + REHAB_DASAR_LUAR + " dan " + REHAB_PMKS_LUAR + ".\n\n"
        "2) Program Penanganan Bencana\n"
        "Program Penanganan Bencana dengan pagu sebesar Rp. 515.500.000,00 terealisasi Rp. 495.350.000,00 atau 96,09 %. "
        "Kegiatan yang dilaksanakan yaitu " + BENCANA + ", berupa penyediaan makanan, sandang dan peralatan shelter "
        "bagi korban banjir di Kecamatan Sambelia dan Kecamatan Pringgabaya.\n",
        "Program Rehabilitasi Sosial", [REHAB_DASAR_LUAR, REHAB_PMKS_LUAR]),
    "berupa_ends_the_last_name": (None, "Program Penanganan Bencana", [BENCANA]),
    "program_pointed_back_in_lower_case": (
        "Belanja langsung digunakan untuk melaksanakan 8 program, antara lain Program Pelayanan dan Rehabilitasi "
        "Kesejahteraan Sosial, serta Program Penanggulangan Bencana Alam dan Sosial dengan pagu Rp. 350.000.000 dan "
        "realisasi Rp. 348.500.000. Kegiatan pada program penanggulangan bencana meliputi penyediaan bufferstock "
        "logistik dan pelatihan Taruna Siaga Bencana (Tagana).\n",
        "Program Penanggulangan Bencana Alam dan Sosial",
        ["penyediaan bufferstock logistik", "pelatihan Taruna Siaga Bencana (Tagana)"]),
    "titled_kegiatan_past_the_first_one_s_figures": (
        "Pada tahun 2022, Program Rehabilitasi Sosial dilaksanakan melalui Kegiatan " + REHAB_DASAR_DALAM + " dengan "
        "pagu Rp 12.640.681.150,00 dan Kegiatan Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) "
        "Lainnya Bukan Korban HIV/AIDS dan NAPZA di Dalam Panti Sosial dengan pagu Rp 2.480.000.000,00.\n",
        "Program Rehabilitasi Sosial", [REHAB_DASAR_DALAM, REHAB_PMKS_LUAR.replace("Luar", "Dalam")]),
}
# cases that read the passage of the case before them
_PASSAGES: dict[str, str] = {}
_last = ""
for _name, (_text, _, _) in CASES.items():
    _last = _text if _text is not None else _last
    _PASSAGES[_name] = _last


@pytest.fixture(scope="module")
def reports():
    return {text: extract_text(text) for text in set(_PASSAGES.values())}


@pytest.mark.parametrize("name", list(CASES))
def test_the_program_s_activities(reports, name):
    _, program, expected = CASES[name]
    report = reports[_PASSAGES[name]]
    found = [p for p in report.programs if p.name == program]
    assert len(found) == 1, [p.name for p in report.programs]
    assert [a.name for a in found[0].activities] == expected


def test_a_program_pointed_back_in_lower_case_is_no_program_of_its_own(reports):
    report = reports[_PASSAGES["program_pointed_back_in_lower_case"]]
    assert [p.name for p in report.programs] == ["Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
                                                 "Program Penanggulangan Bencana Alam dan Sosial"]


def test_the_figures_after_a_list_of_kegiatan_closed_by_a_comma_are_the_program_s():
    text = ("1) Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
            "Program ini didukung oleh 4 kegiatan yaitu Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat "
            "Daerah; Administrasi Keuangan Perangkat Daerah; Administrasi Umum Perangkat Daerah; dan Penyediaan Jasa "
            "Penunjang Urusan Pemerintahan Daerah, dengan pagu sebesar Rp. 9.418.630.000,00 terealisasi Rp. "
            "8.874.105.312,00 atau 94,22%.\n\n"
            "2) Program Pemberdayaan Sosial\n"
            "Program Pemberdayaan Sosial dengan pagu anggaran Rp. 1.236.400.000,00 terealisasi sebesar Rp. "
            "1.151.884.500,00 atau 93,16 %.\n")
    first = extract_text(text).programs[0]
    assert len(first.activities) == 4
    assert (first.budget.pagu, first.budget.realisasi, first.budget.percent) == (9418630000, 8874105312, 94.22)


def test_figures_after_each_kegiatan_stay_the_kegiatan_s():
    # (the control: each name has its own figures, so the last one's are its own too)
    text = ("1. Program Pemberdayaan Sosial\n"
            "Program ini didukung oleh 2 kegiatan yaitu Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) dengan "
            "anggaran Rp 300.000.000 terealisasi Rp 290.000.000 (96,67%), dan Pengembangan Potensi Sumber "
            "Kesejahteraan Sosial Daerah Kabupaten/Kota, dengan anggaran Rp 200.000.000 terealisasi Rp 190.000.000 "
            "(95,00%).\n\n"
            "2. Program Penanganan Bencana\n"
            "Program Penanganan Bencana dengan pagu Rp 100.000.000 terealisasi Rp 90.000.000 atau 90,00%.\n")
    first = extract_text(text).programs[0]
    assert first.budget.pagu is None


def test_a_form_s_pagu_after_its_kegiatan_line_is_the_program_s():
    text = ("Rencana program dan kegiatan Tahun 2024 beserta pagu indikatifnya adalah sebagai berikut :\n\n"
            "1. Program Pemberdayaan Sosial\n"
            "   Indikator : Persentase PSKS yang aktif, target 75%\n"
            "   Kegiatan : Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n"
            "   Pagu indikatif : Rp 1.325.000.000,-\n"
            "2. Program Rehabilitasi Sosial\n"
            "   Indikator : Jumlah PPKS yang mendapat rehabilitasi sosial dasar, target 2.150 orang\n"
            "   Kegiatan : " + REHAB_DASAR_LUAR + " (Rp 3.118.250.000,-); " + REHAB_PMKS_LUAR + " (Rp 500.000.000,-)\n"
            "   Pagu indikatif : Rp 3.618.250.000,-\n")
    programs = extract_text(text).programs
    assert [(p.budget.pagu, len(p.activities)) for p in programs] == [(1325000000, 1), (3618250000, 2)]


def test_a_kegiatan_s_own_labelled_line_under_it_stays_the_kegiatan_s():
    # (the control: the pagu line indented deeper than the "Kegiatan :" line is the kegiatan's)
    text = ("1. Program Pemberdayaan Sosial\n"
            "   Kegiatan : Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n"
            "      Pagu : Rp 1.325.000.000,-\n"
            "2. Program Rehabilitasi Sosial\n"
            "   Pagu : Rp 3.618.250.000,-\n")
    programs = extract_text(text).programs
    assert programs[0].budget.pagu is None
