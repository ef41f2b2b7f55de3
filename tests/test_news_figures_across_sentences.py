"""News phrasings whose percentage and figures stand in different sentences (stop 37's probe of
regional news): a share of the budget the sentence opens with by its year, a share of a list's
item named again by its short form.
Each case failed before the change that reads it."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated


BUDGETS = ("Pada APBD 2023, Dinsos mengelola anggaran Rp 38.612.450.000, sedangkan tahun ini hanya Rp 29.004.380.000. "
           "Dari anggaran tahun ini, Rp 11,2 miliar atau {pct} persen tersedot untuk belanja pegawai.")


@pytest.mark.parametrize("pct, verdict", [("38,6", "consistent"), ("42", "mismatch")])
def test_a_share_of_the_budget_the_sentence_opens_with_by_its_year(pct, verdict):
    stated = float(pct.replace(",", "."))
    assert checks_by_stated(BUDGETS.format(pct=pct))[stated] == ("share_percent", verdict, 11.2e9, 29004380000.0)


LIST = ("Total bantuan sosial yang mengalir ke warga sepanjang 2023 mencapai Rp 14,62 triliun. Angka itu merupakan "
        "gabungan dari Program Keluarga Harapan (PKH) Rp 6,91 triliun, Bantuan Pangan Non Tunai (BPNT) Rp 5,84 triliun, "
        "BLT Dana Desa Rp 1,52 triliun, dan bantuan sosial dari APBD Provinsi Jatim sebesar Rp 352 miliar.\n\n"
        "Data tersebut dipaparkan Kepala Dinas Sosial dalam rapat koordinasi.\n\n")


@pytest.mark.parametrize("sentence, stated, part", [
    ("PKH menjadi penyumbang terbesar, yakni 47,3 persen dari total bansos tersebut.", 47.3, 6.91e12),
    ("Di urutan kedua, BPNT menyumbang 39,9 persen.", 39.9, 5.84e12),
    ('"Porsi APBD provinsi hanya 2,4 persen," ujar Ratna.', 2.4, 352e9),
])
def test_a_share_of_an_item_named_again(sentence, stated, part):
    assert checks_by_stated(LIST + sentence)[stated] == ("share_percent", "consistent", part, 14.62e12)


def test_an_item_named_again_in_a_statement_of_something_else_is_no_claim():
    # 40 persen is no share of the sums: taken only where it fits
    assert 40.0 not in checks_by_stated(LIST + "PKH menjangkau 40 persen keluarga miskin.")


def test_an_indicators_number_is_no_operand():
    # "realisasi IKU 1 sebesar 64,12%": the 1 names the indicator (was judged as 1 / 9.874)
    text = ("Jumlah PMKS pada tahun 2022 tercatat 15.399 jiwa. Dari jumlah itu, sebanyak 9.874 jiwa telah memperoleh "
            "pelayanan sosial, sehingga realisasi IKU 1 sebesar 64,12%.")
    assert [c for c in checks_by_stated(text).values() if c[1] == "mismatch"] == []


LEAD = ("Kinerja penyerapan anggaran Dinas Sosial (Dinsos) Kabupaten Banyumas menjadi sorotan DPRD. Hingga "
        "pertengahan Juli 2024, dinas tersebut baru menyerap {pct} persen dari anggaran yang tersedia.\n\n"
        "Sorotan itu disampaikan dalam rapat dengar pendapat di ruang Komisi IV, Rabu (17/7/2024).\n\n"
        '"Pagu {agency} tahun ini Rp 52,4 miliar, tapi yang terserap baru Rp 14,3 miliar," ujar Teguh.')


@pytest.mark.parametrize("pct, verdict", [("27,3", "consistent"), ("37,3", "mismatch")])
def test_a_lead_of_the_agency_named_back_and_its_budget_named_by_the_word(pct, verdict):
    # "dinas tersebut" is the Dinsos named before; "dari anggaran yang tersedia" names no other whole
    stated = float(pct.replace(",", "."))
    assert checks_by_stated(LEAD.format(pct=pct, agency="Dinsos"))[stated] == ("budget_percent", verdict, 14.3e9, 52.4e9)


def test_a_lead_whose_figures_are_another_agencys_is_no_claim():
    assert 37.3 not in checks_by_stated(LEAD.format(pct="37,3", agency="Dinas Kesehatan"))


SCHEMES = ("Alokasi bantuan sosial dari Kementerian Sosial sepanjang tahun 2023 mencapai Rp 250,25 miliar.\n\n"
           "Alokasi tersebut terdiri atas Program Keluarga Harapan (PKH) sebesar Rp 86,4 miliar untuk 28.316 KPM, "
           "Program Sembako sebesar Rp 112,7 miliar untuk 46.950 KPM, Bantuan Langsung Tunai (BLT) BBM sebesar Rp "
           "41,35 miliar, serta Asistensi Rehabilitasi Sosial (ATENSI) dan bantuan lainnya sebesar Rp 9,8 miliar.\n\n"
           '"Disusul PKH dengan 34,5 persen, lalu BLT BBM 16,5 persen," ungkapnya.')


def test_shares_of_a_list_named_one_after_another():
    # each share's own words since the share before it; an item without a name ("bantuan lainnya")
    checks = checks_by_stated(SCHEMES)
    assert checks[34.5] == ("share_percent", "consistent", 86.4e9, 250.25e9)
    assert checks[16.5] == ("share_percent", "consistent", 41.35e9, 250.25e9)


AID = ("Pemkab mengalokasikan BTT Rp 1,25 miliar. \"Sampai hari ini yang sudah kami salurkan Rp 850 juta,\" ujarnya.\n\n"
       "Bantuan tersebut berupa paket sembako dan makanan siap saji senilai Rp 520 juta, bantuan sandang termasuk "
       "pakaian dan selimut Rp 180 juta, serta bantuan hunian sementara dan perbaikan ringan rumah Rp 150 juta.\n\n"
       "Dengan komposisi itu, porsi sembako mencapai 61,2 persen dari total bantuan yang sudah tersalur. Bantuan sandang "
       "menyerap 21,2%, sedangkan hunian sementara {pct} persen.")


def test_items_named_by_a_word_of_their_own_and_a_slip_among_them():
    # 520 / 850 = 61,18; 180 / 850 = 21,18; 150 / 850 = 17,647: each item by a word only it has
    checks = checks_by_stated(AID.format(pct="17,6"))
    assert checks[61.2] == ("share_percent", "consistent", 520e6, 850e6)
    assert checks[21.2] == ("share_percent", "consistent", 180e6, 850e6)
    assert checks[17.6] == ("share_percent", "consistent", 150e6, 850e6)
    # beside shares of the same list that fit, one that does not is a slip
    assert checks_by_stated(AID.format(pct="18,6"))[18.6] == ("share_percent", "mismatch", 150e6, 850e6)


@pytest.mark.parametrize("text, stated, part, whole", [
    ("Berdasarkan data DTKS, terdapat 18.230 KK miskin, di antaranya 2.297 KK belum masuk DTKS atau sebesar 12,60%.",
     12.6, 2297.0, 18230.0),
    ("Pada tahun 2020 dibina 50 orang gelandangan dan pengemis; hasil pemantauan menunjukkan 4 orang kembali turun "
     "ke jalan (8%).", 8.0, 4.0, 50.0),
])
def test_a_count_then_what_is_said_of_it_with_belum_or_kembali(text, stated, part, whole):
    assert checks_by_stated(text)[stated] == ("share_percent", "consistent", part, whole)


ITEMS = ("Pada tahun 2020 Dinas Sosial mengelola anggaran sebesar Rp 9.901.215.000,00 yang terdiri dari Belanja Tidak "
         "Langsung sebesar Rp 4.215.630.000,00 dan Belanja Langsung sebesar Rp 5.685.585.000,00. Realisasi Belanja Tidak "
         "Langsung mencapai Rp 4.102.874.550,00 (97,33%), sedangkan Belanja Langsung terealisasi Rp 5.412.337.800,00 "
         "atau {pct}%.")


@pytest.mark.parametrize("pct, verdict", [("95,19", "consistent"), ("95,91", "mismatch")])
def test_an_items_realisation_against_the_budget_named_by_its_name_before(pct, verdict):
    # 5.412.337.800 / 5.685.585.000 = 95,19: the budget given under "Belanja Langsung" before
    stated = float(pct.replace(",", "."))
    assert checks_by_stated(ITEMS.format(pct=pct))[stated] == ("budget_percent", verdict, 5412337800.0, 5685585000.0)


PROGRAMS_LISTED = ("Anggaran Dinas Sosial dalam APBD 2025 ditetapkan Rp 11.284.500.000.\n\n"
                   "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota mendapat alokasi terbesar, Rp "
                   "6.572.300.000, yang sebagian besar untuk gaji pegawai. Program Pemberdayaan Sosial mendapat Rp "
                   "1.150.000.000, Program Rehabilitasi Sosial Rp 1.862.200.000, Program Perlindungan dan Jaminan Sosial "
                   "Rp 1.310.000.000, dan Program Penanganan Bencana Rp 390.000.000.\n\n"
                   "Menurutnya, program penunjang menyedot 58,24 persen dari total pagu.")


def test_a_list_whose_first_item_has_a_sentence_of_its_own_and_an_item_named_by_its_first_words():
    # 6.572.300.000 / 11.284.500.000 = 58,2419
    assert checks_by_stated(PROGRAMS_LISTED)[58.24] == ("share_percent", "consistent", 6572300000.0, 11284500000.0)


SAME_WHOLE = ("Jumlah PMKS yang tertangani pada tahun 2022 sebanyak 14.218 jiwa dari 22.095 jiwa PMKS yang tercatat dalam "
              "basis data Dinas Sosial, atau 64,35%.\n\nAdapun PMKS yang memperoleh bantuan sosial tercatat 10.190 jiwa atau "
              "46,12% dari keseluruhan PMKS, sedikit di bawah target 48,00%.")


def test_an_agency_in_the_wholes_own_words_is_no_other_agency():
    # the whole of two shares, "22.095 jiwa PMKS yang tercatat dalam basis data Dinas Sosial": both are of it
    checks = checks_by_stated(SAME_WHOLE)
    assert checks[64.35] == ("share_percent", "consistent", 14218.0, 22095.0)
    assert checks[46.12] == ("share_percent", "consistent", 10190.0, 22095.0)
