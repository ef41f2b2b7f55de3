"""False alarms a seventh and eighth fresh probe found (long LKPJ/LKjIP chapters, news), each
from a pairing the words contradict: a whole "dari" gives beside the percentage that the pair did
not use, a change's difference read as a realisation, a compared year's count read as the new
value, money paired with a count's share, a regulation's number read as a count, a rule's cap
read as a share. Each passage raised its alarm before; the right reading is checked too."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated
from kesos_extract import extract_text


def _alarms(text: str) -> list[tuple[str, float]]:
    return [(c.check, c.stated) for c in extract_text(text).checks if c.verdict == "mismatch"]


PSM = ("Dana yang tersedia Rp 486.750.000,00 dan terserap Rp 471.215.000,00 (96,81%). Sebanyak 112 orang Pekerja Sosial "
       "Masyarakat (PSM) dari rencana 120 orang mengikuti peningkatan kapasitas, atau 93,33 persen, sementara 15 TKSK "
       "dari 15 kecamatan seluruhnya (100%) telah mendapat bimbingan teknis.")


def test_a_whole_given_beside_the_percentage_is_not_replaced_by_another_target():
    # before: 15 kecamatan / 120 orang = 12,5, a mismatch
    assert _alarms(PSM) == []
    assert checks_by_stated(PSM)[93.33] == ("target_percent", "consistent", 112.0, 120.0)


NIK = ("Jumlah penerima layanan tercatat 1.862 jiwa dibanding target 1.950 jiwa atau 95,49 persen. Selain itu, Dinsos "
       "memfasilitasi pembuatan NIK dan akta kelahiran untuk 38 anak terlantar, dari 40 anak yang direncanakan ({pct}), "
       "bekerja sama dengan Dinas Kependudukan dan Pencatatan Sipil.")


@pytest.mark.parametrize("pct, verdict", [("95%", "consistent"), ("97%", "mismatch")])
def test_the_count_before_dari_and_the_whole_beside_the_percentage(pct, verdict):
    # 38 / 40 = 95 (before: 40 / 1.862 = 2,15, a mismatch of the right figure)
    checks = checks_by_stated(NIK.format(pct=pct))
    assert checks[float(pct[:-1])] == ("target_percent", verdict, 38.0, 40.0)


KELUARAN = ("Keluaran yang dihasilkan: bantuan alat bantu bagi 120 penyandang disabilitas sesuai target 120 orang (100%); "
            "pemulangan 18 orang korban perdagangan orang dari 20 kasus yang dilaporkan (90%); serta penanganan darurat "
            "bagi 310 jiwa korban kebakaran dan banjir bandang, dari 350 jiwa yang terdampak, atau 88,57%.")


def test_people_of_cases_are_not_judged_and_a_whole_after_a_comma_is_the_whole():
    # before: 20 kasus / 120 orang = 16,67 and 350 jiwa / 120 orang = 291,67, two mismatches
    assert _alarms(KELUARAN) == []
    checks = checks_by_stated(KELUARAN)
    assert checks[88.57] == ("share_percent", "consistent", 310.0, 350.0)
    assert 90.0 not in checks  # 18 people of 20 cases: what the ratio counts the words do not tell


SELISIH = ("Pagu anggaran Dinas Sosial Tahun 2022 adalah Rp 7.319.000.000 dan realisasinya Rp 6.915.311.400, sehingga "
           "tingkat penyerapan 94,48 persen. Realisasi tahun 2021 sebesar Rp 6.502.118.750; dengan demikian realisasi "
           "tahun 2022 bertambah Rp 413.192.650 ({pct}%). Rincian per program:\n\n"
           "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota: pagu Rp 4.126.500.000, realisasi Rp "
           "3.914.672.300 (94,87%).\n")


def test_a_change_stated_as_its_difference():
    # 413.192.650 / 6.502.118.750 = 6,3547 (before: over the next program's pagu, 10,01, a mismatch)
    assert checks_by_stated(SELISIH.format(pct="6,35"))[6.35] == ("share_percent", "consistent", 413192650.0,
                                                                  6502118750.0)
    # its old value is told by the arithmetic only: a slip is no claim, and no alarm
    assert _alarms(SELISIH.format(pct="7,35")) == []


KENAIKAN = ("Target tahun 2018 ditetapkan 1.500 jiwa. Realisasinya 1.624 jiwa. Jika dibandingkan dengan realisasi tahun "
            "2017 sebanyak 1.390 jiwa, terjadi kenaikan 234 jiwa atau {pct} persen.")


@pytest.mark.parametrize("pct, verdict", [("16,83", "consistent"), ("14,41", "mismatch")])
def test_a_rise_over_the_compared_year_s_count_before_it(pct, verdict):
    # 234 / 1.390 = 16,8345 (before: 1.390 read as the new value, 234 / 1.156, a mismatch);
    # 14,41 is the rise over the new value
    checks = checks_by_stated(KENAIKAN.format(pct=pct))
    assert checks[float(pct.replace(",", "."))] == ("share_percent", verdict, 234.0, 1390.0)


BENCANA = ("Program Penanganan Bencana memiliki realisasi keuangan terendah, 72,17%. Dari pagu Rp275.400.000, yang terpakai "
           "Rp198.760.000, karena sepanjang 2022 hanya terjadi 9 kejadian bencana skala kecil. Seluruh korban, yaitu 1.086 "
           "jiwa, terlayani kebutuhan dasarnya; jumlah ini 90,5% dari 1.200 jiwa yang diperkirakan dalam rencana kontinjensi.")


def test_a_count_s_share_with_its_whole_after_it_is_not_money_s():
    # before: 198.760.000 / 275.400.000 = 72,17 judged against 90,5, a mismatch
    assert _alarms(BENCANA) == []
    assert checks_by_stated(BENCANA)[90.5] == ("share_percent", "consistent", 1086.0, 1200.0)


def test_a_regulation_s_number_is_no_count():
    text = ("Sesuai PMK Nomor 134/PMK.07/2022, pemerintah daerah menganggarkan belanja wajib perlindungan sosial sebesar "
            "2 persen dari Dana Transfer Umum, yang pada tahun 2023 diwujudkan dalam bentuk bantuan langsung tunai bagi "
            "1.750 penerima.")
    # before: 7 (of "PMK.07") / 1.750 = 0,4, a mismatch
    assert _alarms(text) == []


def test_a_rule_s_cap_is_no_share():
    text = ("Alokasi BLT-DD Rp 18,9 miliar itu setara 4,48 persen dari total Dana Desa Purworejo 2023 sebesar Rp 421,7 "
            "miliar. Sesuai ketentuan, BLT-DD dianggarkan paling banyak 25 persen dari Dana Desa.")
    # before: 25 judged as 18,9 / 421,7 (the part and whole named by words), a mismatch
    assert _alarms(text) == []
