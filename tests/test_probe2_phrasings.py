"""The second fresh probe of stop 33 (18 unseen-style news and report excerpts, written with their
gold by a helper that saw none of the code): the phrasings it found unjudged, each with a slip
that must be caught and, where the finder judges only what fits, a control that must give no
claim."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated
from kesos_extract import extract_text


LOTIM = ("Selong - Pagu Dinsos naik dari Rp 22,6 miliar pada APBD murni menjadi Rp 25,35 miliar di APBD Perubahan, "
         "bertambah Rp 2,75 miliar atau 12,17 persen.\n\n"
         "Kepala Dinas Sosial mengatakan tambahan anggaran itu sebagian besar digunakan untuk bantuan lansia.\n\n"
         "Bantuan diberikan dalam bentuk paket senilai Rp 1.250.000 per orang.\n\n"
         "Subhan mengakui waktu pelaksanaan tinggal sekitar satu setengah bulan. Hingga akhir Oktober realisasi "
         "keuangan Dinsos baru Rp 16,4 miliar atau {pct} persen.\n")


def test_a_far_realisation_of_the_budget_the_story_gave_last():
    # 16,4 / 25,35 = 64,69: what the pagu was changed to, paragraphs before
    assert checks_by_stated(LOTIM.format(pct="64,7"))[64.7] == ("budget_percent", "consistent", 16400000000.0, 25350000000.0)


def test_a_far_realisation_that_fits_no_budget_gets_no_verdict():
    # (which budget a far realisation is of is a guess: only a fitting one is taken, never an alarm)
    assert 46.7 not in checks_by_stated(LOTIM.format(pct="46,7"))


def test_figures_written_to_the_whole_miliar_fit_too_much_to_pair_far():
    text = ("Pagu Dinsos tahun 2023 sebesar Rp 10 miliar.\n\nKepala Dinas menjelaskan pelaksanaan kegiatan.\n\n"
            "Warga menerima bantuan.\n\nHingga Desember realisasi keuangan Dinsos Rp 9 miliar atau 92 persen.\n")
    assert 92.0 not in checks_by_stated(text)


@pytest.mark.parametrize("lansia, disabilitas, verdicts", [
    ("60,9", "39", ("truncated", "consistent")),     # 640 / 1.050 = 60,95; 410 / 1.050 = 39,05
    ("69,0", "39", ("mismatch", "consistent")),
])
def test_the_shares_of_a_breakdown_s_kinds(lansia, disabilitas, verdicts):
    text = ("\"Sasarannya 1.050 orang, terdiri dari 640 lansia dan 410 penyandang disabilitas. Jadi lansia itu "
            f"{lansia} persen, penyandang disabilitas {disabilitas} persen,\" ungkapnya, Senin (7/11).")
    checks = checks_by_stated(text)
    a, b = float(lansia.replace(",", ".")), float(disabilitas)
    assert checks[a] == ("share_percent", verdicts[0], 640.0, 1050.0)
    assert checks[b] == ("share_percent", verdicts[1], 410.0, 1050.0)


def test_an_efficiency_is_what_is_left():
    text = ("Realisasi anggaran Dinas Sosial Tahun 2021 sebesar Rp. 14.227.893.114,- dari pagu anggaran setelah "
            "perubahan sebesar Rp. 15.006.452.000,- atau 94,81%, sehingga terdapat efisiensi anggaran sebesar "
            "Rp. 778.558.886,- atau 5,19%.")
    assert checks_by_stated(text)[5.19] == ("share_percent", "consistent", 778558886.0, 15006452000.0)


AMBON = ("AMBON - Realisasi keuangan Dinas Sosial Kota Ambon hingga akhir semester I tahun 2024 tercatat {pct} persen. "
         "Angka ini masih di bawah target realisasi pertengahan tahun yang dipatok Pemkot Ambon sebesar 50 persen.\n\n"
         "Hal itu terungkap dalam rapat evaluasi di Balai Kota, Senin (8/7/2024).\n\n"
         "Kepala Dinas Sosial Kota Ambon menjelaskan pagu anggaran Dinsos tahun ini sebesar Rp12.684.900.000. "
         "Sampai 30 Juni, dana yang sudah dibelanjakan sebesar Rp6.067.210.500.\n")


@pytest.mark.parametrize("pct, verdict", [("47,83", "consistent"), ("47,38", "mismatch")])
def test_a_lead_s_uptake_and_its_figures_further_on(pct, verdict):
    assert checks_by_stated(AMBON.format(pct=pct))[float(pct.replace(",", "."))] == \
        ("budget_percent", verdict, 6067210500.0, 12684900000.0)


def test_a_lead_s_figures_of_another_agency_are_not_its():
    text = AMBON.format(pct="47,38").replace("pagu anggaran Dinsos tahun ini", "pagu anggaran Dinas Kesehatan tahun ini")
    assert 47.38 not in checks_by_stated(text)


@pytest.mark.parametrize("row, verdict", [("% 65 60,5 93,07", "consistent"), ("% 65 60,5 93,70", "mismatch")])
def test_a_realisation_in_a_percent_unit_column_is_judged_within_its_decimals(row, verdict):
    text = ("Tabel 3.1 Capaian Indikator Kinerja Utama\n"
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\n"
            "1\tPersentase PPKS yang memperoleh bantuan sosial\t%\t80\t83,4\t104,25\n"
            "2\tPersentase PMKS yang tertangani\t" + row.replace(" ", "\t") + "\n")
    found = {(c.stated, c.verdict) for c in extract_text(text).checks if c.check == "row_percent"}
    assert (float(row.split()[-1].replace(",", ".")), verdict) in found


def test_a_national_program_after_dan_is_no_part_of_a_name():
    text = ("Ia berharap pemerintah desa memanfaatkan minimal 8 persen dana desa untuk program ketahanan pangan dan "
            "bantuan langsung tunai bagi warga miskin ekstrem.")
    assert [p.name for p in extract_text(text).programs] == []
