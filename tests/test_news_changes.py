"""Changes in news stories whose new value the story gave paragraphs before, and shares of a fund
the words name with its figure (the eighth fresh probe of stop 34). Each failed before; the far
new value is taken only where it fits, so a slip there is no claim and no alarm."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated
from kesos_extract import extract_text


YATIM = ("Kepala Dinas Sosial Kalsel mengatakan bantuan tahun ini diberikan kepada 4.860 anak di 13 kabupaten/kota.\n\n"
         "\"Usulan yang masuk sebenarnya 5.400 anak. Yang lolos verifikasi 4.860 anak atau 90 persen,\" ujarnya.\n\n"
         "Jumlah penerima tahun ini bertambah dibanding 2023 yang hanya 4.100 anak, atau naik {pct} persen.")
PKH = ("Pada tahap II tahun ini, PKH di Bojonegoro disalurkan kepada 18.450 KPM.\n\n"
       "Jumlah KPM PKH di Bojonegoro terus menyusut. Pada tahap II 2023 tercatat 19.870 KPM, sehingga tahun ini turun "
       "{pct} persen.")
SEMBAKO = ("Alokasi Program Sembako Januari-Maret 2024 di Indramayu sebanyak 24.310 KPM.\n\n"
           "Jumlah penerima tahap ini lebih sedikit dibanding alokasi yang sama tahun lalu sebanyak 26.980 KPM, atau turun "
           "{pct} persen.")
SULBAR = ("Kemensos mengalokasikan PKH untuk Sulawesi Barat tahun ini Rp 412,6 miliar.\n\n"
          "Dibanding tahun lalu, alokasi PKH untuk Sulbar justru berkurang. Pada 2023 nilainya Rp 438,2 miliar, sehingga "
          "tahun ini turun {pct} persen.")
PLAFON = ("Banggar dan TAPD menyepakati plafon sementara Dinas Sosial dalam KUA-PPAS 2025 sebesar Rp 42,6 miliar.\n\n"
          "Plafon itu naik {pct} persen dibandingkan pagu Dinsos pada APBD murni 2024 yang sebesar Rp 38,4 miliar.")


# (4.860 - 4.100) / 4.100 = 18,5366; (19.870 - 18.450) / 19.870 = 7,1465; (26.980 - 24.310) / 26.980 =
# 9,8962; (438,2 - 412,6) / 438,2 = 5,8421; (42,6 - 38,4) / 38,4 = 10,9375
@pytest.mark.parametrize("text, pct, num, den", [
    (YATIM, "18,54", 760.0, 4100.0), (PKH, "7,15", 1420.0, 19870.0), (SEMBAKO, "9,9", 2670.0, 26980.0),
    (SULBAR, "5,84", 25600000000.0, 438200000000.0), (PLAFON, "10,94", 4200000000.0, 38400000000.0),
])
def test_a_change_whose_new_value_the_story_gave_before(text, pct, num, den):
    assert checks_by_stated(text.format(pct=pct))[float(pct.replace(",", "."))] == ("share_percent", "consistent", num,
                                                                                    den)


@pytest.mark.parametrize("text, pct", [(YATIM, "15,64"), (PKH, "7,70"), (SEMBAKO, "10,98"), (SULBAR, "6,20")])
def test_a_far_new_value_that_does_not_fit_is_no_claim(text, pct):
    checks = extract_text(text.format(pct=pct)).checks
    assert [c for c in checks if c.verdict == "mismatch"] == []


def test_a_budget_s_share_of_a_fund_named_with_its_figure():
    text = ("Alokasi BLT-DD Rp 18,9 miliar itu setara {pct} persen dari total Dana Desa Purworejo 2023 sebesar Rp 421,7 "
            "miliar.")
    # 18,9 / 421,7 = 4,4819; the words tie both figures, so a slip is a mismatch
    assert checks_by_stated(text.format(pct="4,48"))[4.48] == ("share_percent", "consistent", 18900000000.0,
                                                               421700000000.0)
    assert checks_by_stated(text.format(pct="4,84"))[4.84][:2] == ("share_percent", "mismatch")


def test_a_share_named_of_the_pagu_is_not_taken_of_the_realisation():
    text = ("PRAYA - Dinas Sosial mencatat realisasi belanja hingga 30 September 2023 sebesar Rp 9,87 miliar dari pagu "
            "APBD Perubahan Rp 16,45 miliar, atau sekitar 60 persen.\n\n"
            "\"Bantuan sosial yang sudah kami salurkan sampai triwulan III sebesar Rp 2,1 miliar atau 21,3 persen dari "
            "pagu Dinsos,\" ujarnya.")
    # 21,3 is 2,1 / 9,87, the share of the realisation; the words say of the pagu (12,77): before,
    # judged consistent against the realisation
    assert 21.3 not in checks_by_stated(text) or checks_by_stated(text)[21.3][3] != 9870000000.0


def test_a_program_s_name_ends_before_its_allocation():
    # (FAILED BEFORE: "Program Sembako alokasi Januari-Maret", an extra program of each story)
    text = ("PIKIRAN-RAKYAT.com - Sebanyak 24.310 keluarga penerima manfaat (KPM) di Kabupaten Indramayu menerima "
            "bantuan Program Sembako alokasi Januari-Maret 2024. Setiap KPM menerima Rp 600.000, rapelan tiga bulan "
            "dengan indeks Rp 200.000 per bulan.")
    assert [p.name for p in extract_text(text).programs] == ["Program Sembako"]
