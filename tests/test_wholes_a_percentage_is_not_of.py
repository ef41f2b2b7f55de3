"""Figures near a percentage that are not its whole, each once a false mismatch on a held-out aid or
Renstra report: a count of places ("tersebar di 18 kelurahan") is no whole of "3 unit"
(evidence.same_counted_thing, claims.yaml ``place_units``); parts whose percentages add up to far
more than their total are each of their own budget (claims._Finder._listed_shares_overflow); an
item of a list summed into a realisation is not its budget (claims._Finder.budget_claims); an
average growth is no ratio of the cells before it (audit.tables._AVERAGE_GROWTH)."""

from __future__ import annotations

from kesos_extract import extract_text


def _verdicts(text: str) -> dict[float, tuple[str, str, dict]]:
    return {c.stated: (c.check, c.verdict, c.operands) for c in extract_text(text).checks}


def test_a_count_of_places_is_no_whole_of_units() -> None:
    # 3 / 85 = 3,53 % (FAILED BEFORE: 3 / 18 kelurahan, a false mismatch)
    v = _verdicts("Dari rencana 85 unit, terealisasi 82 unit (96,47%) yang tersebar di 18 kelurahan. Sebanyak 3 (tiga) "
                  "unit atau 3,53% tidak dapat dilaksanakan karena status tanah penerima tidak jelas.\n")
    assert v[96.47][1] == "consistent"
    assert v[3.53][1] == "consistent" and v[3.53][2]["denominator"] == 85


def test_listed_realisations_with_percentages_over_a_whole_are_of_their_own_budgets() -> None:
    # 98,44 + 99,39 is no split of one total: each is of its own pagu, 642.060.000 / 652.250.000 =
    # 98,44 % (FAILED BEFORE: 642.060.000 / 677.045.000, a false mismatch)
    text = ("Pagu sub kegiatan Penyediaan Makanan sebesar Rp. 652.250.000,- dan Penyediaan Sandang Rp. 35.200.000,-.\n\n"
            "Total realisasi belanja penanganan darurat sebesar Rp. 677.045.000,-, yaitu sub kegiatan Penyediaan "
            "Makanan Rp. 642.060.000,- (98,44%) dan Penyediaan Sandang Rp. 34.985.000,- (99,39%).\n")
    v = _verdicts(text)
    assert all(verdict != "mismatch" for _, verdict, _ in v.values())


def test_an_item_summed_into_the_realisation_is_not_its_budget() -> None:
    # FAILED BEFORE: 204.685.000 / 48.935.000 = 418 %, a false mismatch
    text = ("Dukungan bagi TKSK dianggarkan pada Program Pemberdayaan Sosial, Kegiatan Pengembangan Potensi Sumber "
            "Kesejahteraan Sosial Daerah Kabupaten/Kota, Sub Kegiatan Peningkatan Kemampuan Potensi Tenaga "
            "Kesejahteraan Sosial Kecamatan Kabupaten/Kota dengan pagu Rp 214.500.000,-, terdiri dari:\n"
            "a) honorarium Rp 400.000,- x 21 orang x 12 bulan = Rp 100.800.000,-;\n"
            "b) bantuan biaya operasional Rp 250.000,- x 21 orang x 12 bulan = Rp 63.000.000,-;\n"
            "c) bimbingan teknis peningkatan kapasitas TKSK Rp 50.700.000,-.\n\n"
            "Honorarium terbayar untuk 240 OB sebesar Rp 96.000.000,- (95,24%), biaya operasional Rp 59.750.000,- "
            "(94,84%) dan bimbingan teknis Rp 48.935.000,-, sehingga realisasi sub kegiatan berjumlah Rp 204.685.000,- "
            "atau 95,42%.\n")
    assert not [c for c in extract_text(text).checks if c.verdict == "mismatch"]


def test_an_average_growth_column_is_not_judged() -> None:
    # FAILED BEFORE: "-4,23" judged as (16.137.000.000 - 2.647.125.000) / ..., a false mismatch a row
    text = ("| No | Program | 2018 | 2019 | 2020 | Jumlah | Rata-rata Pertumbuhan (%) |\n"
            "| 1 | Pelayanan Administrasi Perkantoran | 3.339.000.000 | 3.798.000.000 | 2.647.125.000 | 9.784.125.000 | -8,27 |\n"
            "| 2 | Pembinaan Anak Terlantar | 1.806.000.000 | 1.867.125.000 | 1.606.500.000 | 5.279.625.000 | -5,36 |\n")
    report = extract_text(text)
    assert not [c for c in report.checks if c.verdict == "mismatch"]
    assert not [c for c in report.checks if c.stated in (-8.27, -5.36)]


def test_the_total_realisation_of_the_program_is_the_program_s() -> None:
    # "dari total realisasi program": the program's realisation in the sentence before, not the
    # table's total realisation (FAILED BEFORE: 1.012.834.800 / 8.604.161.318, a false mismatch)
    text = ("Tabel 3.2 Realisasi Anggaran Urusan Sosial\n"
            "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%\n"
            "1\tProgram Rehabilitasi Sosial\t7.164.916.000\t6.828.267.065\t95,30\n"
            "2\tProgram Perlindungan dan Jaminan Sosial\t1.950.487.000\t1.775.894.253\t91,05\n"
            "\tTOTAL URUSAN SOSIAL\t9.115.403.000\t8.604.161.318\t94,39\n\n"
            "Program Perlindungan dan Jaminan Sosial memiliki pagu Rp. 1.950.487.000,00 dengan realisasi "
            "Rp. 1.775.894.253,00 (91,05%). Sub kegiatan Fasilitasi Bantuan Sosial Kesejahteraan Keluarga menyerap "
            "Rp. 1.012.834.800,00 atau 57,03% dari total realisasi program.\n")
    v = _verdicts(text)
    assert v[57.03][1] == "consistent" and v[57.03][2]["denominator"] == 1_775_894_253


def test_thousands_set_apart_by_spaces_in_a_count() -> None:
    # 2 485 / 4 120 = 60,3 % (FAILED BEFORE: "4 120 jiwa" read as 4 and 120 jiwa, 1 / 4, a false mismatch)
    v = _verdicts("Penanganan lanjut usia terlantar mencapai 2 485 jiwa dari 4 120 jiwa lansia terlantar yang terdata "
                  "(60,3%).\n")
    assert v[60.3][1] == "consistent" and (v[60.3][2]["numerator"], v[60.3][2]["denominator"]) == (2485, 4120)


def test_a_part_s_two_verbs_joined_by_dan_before_its_percentage() -> None:
    # FAILED BEFORE: no claim ("dan" was read as joining another clause)
    v = _verdicts("Dinas melakukan pembinaan terhadap 150 LKS yang terdaftar; 142 LKS di antaranya dinyatakan aktif "
                  "dan memenuhi standar, atau 94,67%.\n")
    assert v[94.67][1] == "consistent" and (v[94.67][2]["numerator"], v[94.67][2]["denominator"]) == (142, 150)
    # (not where "dan" brings another subject: the rest's percentage is not the part's)
    assert not _verdicts("Dinas membina 150 LKS yang terdaftar; 142 LKS di antaranya aktif dan sisanya belum aktif, "
                         "atau 5,33%.\n")
