"""Which whole a share is of, where the nearest candidate is the wrong one: a count after the
percentage's whole named in words but in the next clause ("... dari total KPM PKH se-kabupaten,
dan 4.312 KPM Program Sembako"), last year's count named alike ("dibanding tahun lalu ... untuk
18.000 penerima"), the budget as revised in the APBD Perubahan, and a bare figure right after
"dari" with its noun ("77,3 persen dari 75 usulan")."""

from __future__ import annotations

from kesos_extract import extract_text


def _of(text: str, stated: float):
    return [(c.verdict, c.operands) for c in extract_text(text).checks if c.stated == stated]


def test_a_count_of_the_next_clause_is_no_whole() -> None:
    text = ("Kapanewon Kokap merupakan wilayah dengan penerima terbanyak, yaitu 2.896 KPM PKH atau 12,73% dari "
            "total KPM PKH se-kabupaten, dan 4.312 KPM Program Sembako atau 12,29 persen dari total 35.092 KPM "
            "Program Sembako.")
    assert not [v for v in _of(text, 12.73) if v[0] == "mismatch"]
    assert _of(text, 12.29) == [("consistent", {"numerator": 4312.0, "denominator": 35092.0})]


def test_last_year_s_count_named_alike_is_not_this_year_s_whole() -> None:
    text = ("\"Dari 13.350 penerima yang kami tetapkan dalam SK Bupati, yang sudah mengambil bantuan sebanyak "
            "13.127 orang. Jadi realisasinya 98,33 persen,\" ujarnya.\n\n"
            "Menurutnya, 223 penerima yang tidak mengambil bantuan sudah tidak lagi bekerja di pabrik rokok.\n\n"
            "Anggaran BLT tahun ini turun dibanding tahun lalu yang mencapai Rp21,6 miliar untuk 18.000 penerima.\n\n"
            "Dari sisi sebaran, penerima terbanyak berasal dari Kecamatan Jati dengan 2.716 orang atau sekitar "
            "20,3 persen dari seluruh penerima.")
    assert _of(text, 20.3) == [("consistent", {"numerator": 2716.0, "denominator": 13350.0})]


def test_nor_a_part_of_the_whole_its_sentence_opens_with() -> None:
    text = ("\"Dari 13.350 penerima yang kami tetapkan dalam SK Bupati, yang sudah mengambil bantuan sebanyak "
            "13.127 orang,\" ujarnya.\n\n"
            "Dari sisi sebaran, penerima terbanyak berasal dari Kecamatan Jati dengan 2.716 orang atau sekitar "
            "20,3 persen dari seluruh penerima.")
    assert _of(text, 20.3) == [("consistent", {"numerator": 2716.0, "denominator": 13350.0})]


def test_a_realisation_is_of_the_budget_as_revised() -> None:
    text = ("Anggaran Dinas Sosial pada APBD Murni 2023 sebesar Rp 38.475.000.000, kemudian pada APBD Perubahan "
            "menjadi Rp 41.260.500.000. Sampai dengan 30 September 2023 realisasi keuangan Rp 27.318.412.650 atau "
            "66,21 persen.")
    assert _of(text, 66.21) == [("consistent", {"numerator": 27318412650.0, "denominator": 41260500000.0})]


def test_a_rising_realisation_is_no_revised_budget() -> None:
    # "naik menjadi" after a realisation: the realisation of the next period, of the same pagu
    text = ("Semester I realisasi anggaran Rp 4.200.000.000 atau 42 persen dari pagu Rp 10.000.000.000, sedangkan "
            "semester II naik menjadi Rp 9.700.000.000 atau 95 persen.")
    assert _of(text, 95.0) == [("mismatch", {"numerator": 9700000000.0, "denominator": 10000000000.0})]


def test_a_bare_figure_after_dari_with_its_noun_is_the_whole() -> None:
    text = ("Capaian program tahun 2019:\n"
            "  -  pelatihan keterampilan berusaha diikuti 110 orang dari 120 orang peserta yang diundang (91,67%);\n"
            "  -  kursi roda dan alat bantu dengar diberikan kepada 58 penyandang disabilitas, atau 77,3 persen "
            "dari 75 usulan yang masuk melalui kecamatan;\n"
            "  -  pembinaan 161 Karang Taruna desa dan 16 Karang Taruna kecamatan.\n")
    assert _of(text, 77.3) == [("consistent", {"numerator": 58.0, "denominator": 75.0})]


def test_a_share_set_beside_another_is_of_the_same_whole() -> None:
    # (claims._SIBLING_CLAUSE: 31.420 is the first share's part, not the second's whole)
    text = ("Pada Tahun 2021 PKH Plus disalurkan kepada 139.640 KPM dari target 140.000 KPM atau 99,74%. Sebaran "
            "penerima terbanyak berada di wilayah Bakorwil I Madiun, yaitu 31.420 KPM atau 22,50% dari seluruh "
            "penerima, sedangkan yang paling sedikit berada di wilayah Bakorwil IV Pamekasan sebanyak 21.566 KPM "
            "(15,44%).")
    assert _of(text, 15.44) == [("consistent", {"numerator": 21566.0, "denominator": 139640.0})]


def test_a_bare_part_dari_its_whole_beside_the_percentage() -> None:
    # (claims._BARE_PART_DARI: "30 dari 35 tempat tidur", not the capacity of the sentence before)
    text = ("UPTD Panti Sosial Tresna Werdha memiliki daya tampung 45 orang dan dihuni 43 orang lanjut usia "
            "(95,55%). Pada UPTD Panti Sosial Bina Remaja Sungailiat, 30 dari 35 tempat tidur terisi (85,71%).")
    assert _of(text, 85.71) == [("consistent", {"numerator": 30.0, "denominator": 35.0})]
