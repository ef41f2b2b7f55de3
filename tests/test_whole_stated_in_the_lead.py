"""A news story's progress figure whose whole only its lead states, paragraphs before: "Sebanyak
24.315 keluarga penerima manfaat (KPM) ... menerima bantuan" ... "dana bantuan telah dicairkan
oleh 23.471 KPM atau 96,5 persen". The whole is the one larger count named alike since the
story's start, stated in its first paragraphs; none where two such counts differ, where the
part's paragraph names its own target, or where the lead's count is of another year."""

from __future__ import annotations

from kesos_extract import extract_text

LEAD = ("Bansos PKH Tahap Ketiga Cair\n\n"
        "GRESIK - Dinas Sosial Kabupaten Gresik memastikan penyaluran bantuan sosial PKH tahap ketiga tahun 2023 "
        "berjalan lancar. Sebanyak 24.315 keluarga penerima manfaat (KPM) yang tersebar di 18 kecamatan menerima "
        "bantuan.\n\n"
        "Kepala Dinas Sosial mengatakan penyaluran dilakukan melalui empat bank Himbara.\n\n"
        "Bagi lansia yang kesulitan datang ke agen bank, pendamping PKH melakukan pendampingan dari rumah ke "
        "rumah.\n\n"
        "Pendamping juga membantu KPM yang kartunya hilang mengurus penggantian di kantor cabang bank.\n\n"
        "Hingga Jumat (8/9/2023), dana bantuan telah dicairkan oleh 23.471 KPM atau {pct} persen.\n")


def shares(text: str):
    return [(c.verdict, c.stated, c.operands.get("numerator"), c.operands.get("denominator"))
            for c in extract_text(text).checks if c.check.endswith("_percent")]


def test_the_lead_states_the_whole_of_a_later_progress_figure():
    assert shares(LEAD.format(pct="96,5")) == [("consistent", 96.5, 23471.0, 24315.0)]


def test_a_slip_against_the_lead_is_caught():
    assert shares(LEAD.format(pct="95,6")) == [("mismatch", 95.6, 23471.0, 24315.0)]


def test_two_larger_counts_before_leave_the_whole_untold():
    # (the second in the third paragraph: further back than the two paragraphs searched first)
    text = LEAD.replace("melalui empat bank Himbara.", "melalui empat bank Himbara. Tahap kedua lalu 24.120 KPM menerima.")
    assert shares(text.format(pct="96,5")) == []


def test_a_target_in_the_parts_paragraph_is_its_whole_not_the_lead():
    text = LEAD.replace("Hingga Jumat (8/9/2023), dana bantuan telah dicairkan oleh 23.471 KPM",
                        "Tahun ini Dinsos menargetkan 1.480 KPM graduasi. Realisasinya 1.272 KPM")
    assert shares(text.format(pct="85,94")) == [("truncated", 85.94, 1272.0, 1480.0)]  # (85,945...)


def test_a_count_after_the_lead_is_no_lead():
    # the only larger count stands in the third paragraph, past the lead and further back than
    # the two paragraphs searched first
    text = LEAD.replace("Sebanyak 24.315 keluarga penerima manfaat (KPM) yang tersebar di 18 kecamatan menerima bantuan.",
                        "Bantuan tersebar di 18 kecamatan.").replace(
        "melalui empat bank Himbara.", "melalui empat bank Himbara untuk 24.315 KPM.")
    assert all(s[3] != 24315.0 for s in shares(text.format(pct="96,5")))


# --- lists whose total was stated before them -----------------------------------------------

SPREAD = ("Kepala Dinas Sosial menyebutkan jumlah keluarga penerima manfaat (KPM) tahap ini sebanyak 12.000 KPM. "
          "Masing-masing KPM menerima Rp 200.000 per bulan.\n\n"
          "Sebaran penerima per kecamatan yakni Ampenan 3.000 KPM, Sekarbela 2.000 KPM, Mataram 4.000 KPM, dan "
          "Sandubaya {last} KPM. Kecamatan Mataram tercatat sebagai wilayah dengan penerima terbanyak, yakni {pct} "
          "persen dari total KPM kota.\n")


def test_an_item_named_again_of_a_list_whose_total_came_before_it():
    assert shares(SPREAD.format(last="3.000", pct="33,33")) == [("consistent", 33.33, 4000.0, 12000.0)]
    assert shares(SPREAD.format(last="3.000", pct="38,33")) == [("mismatch", 38.33, 4000.0, 12000.0)]


def test_a_list_that_does_not_add_up_to_the_count_before_it_names_no_whole():
    assert all(s[3] != 12000.0 for s in shares(SPREAD.format(last="2.500", pct="33,33")))


BREAKDOWN = ("Pemerintah Kabupaten Bima menyajikan Belanja Bantuan Sosial TA 2021 dengan anggaran sebesar "
             "Rp14.862.500.000,00 dan realisasi sebesar Rp13.947.216.400,00 atau 93,84% dari anggaran.\n\n"
             "Realisasi Belanja Bantuan Sosial tersebut terdiri atas bantuan sosial yang direncanakan sebesar "
             "Rp9.875.400.000,00 ({a}%) dan bantuan sosial yang tidak dapat direncanakan sebelumnya sebesar "
             "Rp{b},00 (29,19%).\n")


def test_the_shares_of_a_breakdown_of_the_sum_before_it():
    found = shares(BREAKDOWN.format(a="70,81", b="4.071.816.400"))
    assert ("consistent", 70.81, 9875400000.0, 13947216400.0) in found
    assert ("consistent", 29.19, 4071816400.0, 13947216400.0) in found
    assert ("mismatch", 71.80, 9875400000.0, 13947216400.0) in shares(BREAKDOWN.format(a="71,80", b="4.071.816.400"))


def test_a_breakdown_that_adds_up_to_nothing_before_it_is_not_read_so():
    found = shares(BREAKDOWN.format(a="70,81", b="4.171.816.400"))
    assert not [s for s in found if s[1] in (70.81, 29.19)]


TABALONG = ("Serapan Anggaran Dinsos Tabalong 2023 Tembus {pct} Persen\n\n"
            "TANJUNG - Dinas Sosial Kabupaten Tabalong menutup tahun anggaran 2023 dengan serapan anggaran {pct} "
            "persen. Capaian tersebut menempatkan Dinas Sosial di urutan ketiga tertinggi.\n\n"
            "Kepala Dinas Sosial Tabalong, Hj. Rusmiati, Selasa (9/1/2024), menjelaskan bahwa dari pagu belanja "
            "Rp16.482.915.000, yang berhasil direalisasikan sebesar Rp15.611.742.320.\n")


def test_the_date_a_statement_was_made_is_no_year_of_its_figures():
    # 15.611.742.320 / 16.482.915.000 = 94,7146: the lead's uptake, its figures said in January 2024
    assert ("consistent", 94.71, 15611742320.0, 16482915000.0) in shares(TABALONG.format(pct="94,71"))
    assert ("mismatch", 97.41, 15611742320.0, 16482915000.0) in shares(TABALONG.format(pct="97,41"))



REFUGEES = ("Menurut data posko, jumlah pengungsi pada puncak kejadian mencapai 1.260 jiwa. Sebanyak 420 jiwa atau "
            "{pct} persen dari pengungsi adalah anak-anak, sehingga kebutuhan susu dan popok cukup tinggi.\n")


def test_a_noun_after_the_percentage_names_the_count_of_the_sentence_before():
    # 420 / 1.260 = 33,33
    assert shares(REFUGEES.format(pct="33,33")) == [("consistent", 33.33, 420.0, 1260.0)]
    assert shares(REFUGEES.format(pct="35")) == [("mismatch", 35.0, 420.0, 1260.0)]


def test_a_noun_the_sentence_before_does_not_count_names_no_whole():
    text = REFUGEES.replace("dari pengungsi", "dari penduduk desa")
    assert shares(text.format(pct="35")) == []


def test_a_noun_the_sentence_before_qualifies_further_names_no_whole():
    # "penduduk miskin" counts the poor; "dari jumlah penduduk" is of all residents
    text = ("Jumlah penduduk miskin 12.000 jiwa pada 2023. Sebanyak 450 jiwa atau 0,3 persen dari jumlah penduduk "
            "menerima bantuan.\n")
    assert shares(text) == []
