"""News shares whose part is named by a list told a sentence an item, or by the sentence before:

- "Pertama, bantuan bagi anak yatim Rp A. Kedua, ... Rp B. Ketiga, ... Rp C." then "Anak yatim
  mendapat porsi terbesar, sekitar 40 persen dari belanja bansos": the items, each in a sentence
  opening with its ordinal, add up to the whole stated before them;
- "Program Sembako masih menjadi penyumbang terbesar. Porsinya sekitar 45 persen dari seluruh
  bansos": "-nya" points back to the item the sentence before names;
- "Untuk lansia 30 persen": the abbreviation names the item "lanjut usia".
"""

from __future__ import annotations

from kesos_extract import extract_text


def shares(text: str):
    return sorted((c.verdict, c.stated, c.operands.get("numerator"), c.operands.get("denominator"))
                  for c in extract_text(text).checks if c.check.endswith("_percent"))


ORDINALS = (
    "PALU - Dinas Sosial Provinsi Sulawesi Tengah tahun ini mengelola anggaran Rp 50 miliar. Sebanyak Rp 20 miliar "
    "di antaranya dialokasikan untuk belanja bantuan sosial.\n\n"
    "Kepala Dinas Sosial menjelaskan belanja bantuan sosial itu dibagi menjadi tiga kelompok penerima.\n\n"
    "Pertama, santunan bagi anak yatim piatu sebesar Rp 8 miliar. Kedua, bantuan bagi lanjut usia terlantar "
    "Rp 7 miliar. Ketiga, bantuan bagi penyandang disabilitas berat Rp 5 miliar.\n\n"
    "\"Anak yatim piatu menjadi penerima terbesar, sekitar {a} persen dari belanja bansos kita. Untuk lansia "
    "{b} persen, sedangkan disabilitas {c} persen,\" ujarnya.\n")


def test_shares_of_a_list_told_a_sentence_an_item_by_ordinals():
    assert shares(ORDINALS.format(a="40", b="35", c="25")) == [
        ("consistent", 25.0, 5e9, 20e9), ("consistent", 35.0, 7e9, 20e9), ("consistent", 40.0, 8e9, 20e9)]


def test_a_slip_among_shares_of_an_ordinal_list_is_caught():
    found = shares(ORDINALS.format(a="40", b="35", c="17"))
    assert ("mismatch", 17.0, 5e9, 20e9) in found
    assert ("consistent", 40.0, 8e9, 20e9) in found


def test_ordinals_that_do_not_start_with_the_first_make_no_list():
    # the sentence opening with "Pertama" is missing: no list of items, no share read
    text = ORDINALS.replace("Pertama, santunan bagi anak yatim piatu sebesar Rp 8 miliar. ", "")
    assert not [s for s in shares(text.format(a="40", b="35", c="25")) if s[1] in (35.0, 25.0)]


PORTION = (
    "Alokasi bansos pusat tahun 2024 untuk Kabupaten Klaten mencapai Rp 200 miliar. Alokasi tersebut terdiri atas "
    "Program Keluarga Harapan (PKH) sebesar Rp 70 miliar, Program Sembako sebesar Rp 90 miliar, serta Bantuan "
    "Langsung Tunai (BLT) sebesar Rp 40 miliar.\n\n"
    "Kepala Dinas Sosial menjelaskan bahwa Program Sembako masih menjadi penyumbang terbesar. \"Porsinya sekitar "
    "{pct} persen dari seluruh bansos pusat. Disusul PKH dengan 35 persen, lalu BLT 20 persen,\" ungkapnya.\n")


def test_a_portion_pointing_back_to_the_item_the_sentence_before_names():
    found = shares(PORTION.format(pct="45"))
    assert ("consistent", 45.0, 90e9, 200e9) in found
    assert ("consistent", 35.0, 70e9, 200e9) in found


def test_a_portion_pointing_back_with_a_slip():
    assert ("mismatch", 54.0, 90e9, 200e9) in shares(PORTION.format(pct="54"))


def test_a_portion_after_a_sentence_naming_two_items_is_not_read():
    text = PORTION.replace("bahwa Program Sembako masih menjadi penyumbang terbesar",
                           "bahwa Program Sembako dan PKH masih menjadi penyumbang terbesar")
    assert not [s for s in shares(text.format(pct="45")) if s[1] == 45.0]
