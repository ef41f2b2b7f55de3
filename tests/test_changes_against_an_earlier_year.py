"""A change told against an earlier year's value whose new value the sentences before state, as
features and opinion pieces write it:

- "... memegang pagu Rp 38.412.650.000. Angka itu lebih besar dibanding tahun sebelumnya. Pada
  APBD Perubahan 2022, pagu dinas yang sama tercatat Rp 34.150.000.000, sehingga dalam setahun
  anggaran sosial naik 12,48 persen";
- taken only where it fits (a new value this far may be another's); none where the sentence
  before names the same earlier year, or nothing it shares a noun with.
"""

from __future__ import annotations

from kesos_extract import extract_text


def changes(text: str):
    return [(c.verdict, c.stated, c.operands.get("numerator"), c.operands.get("denominator"))
            for c in extract_text(text).checks if c.check.endswith("_percent")]


FEATURE = ("Dalam Dokumen Pelaksanaan Anggaran setelah perubahan, Dinas Sosial Banyumas memegang pagu Rp 38.412.650.000. "
           "Angka itu lebih besar dibanding tahun sebelumnya. Pada APBD Perubahan 2022, pagu dinas yang sama tercatat "
           "Rp 34.150.000.000, sehingga dalam setahun anggaran sosial naik {pct} persen.\n")


def test_a_rise_against_the_earlier_years_value_named_in_its_sentence():
    # (38.412.650.000 - 34.150.000.000) / 34.150.000.000 = 12,4821
    assert changes(FEATURE.format(pct="12,48")) == [("consistent", 12.48, 4262650000.0, 34150000000.0)]
    # taken only where it fits, as a far new value is (tests/test_news_changes.py)
    assert changes(FEATURE.format(pct="14,28")) == []


def test_a_sentence_before_of_the_same_year_gives_no_new_value():
    text = FEATURE.replace("memegang pagu Rp 38.412.650.000", "pada tahun 2022 memegang pagu Rp 38.412.650.000")
    assert changes(text.format(pct="12,48")) == []


def test_a_sentence_before_about_something_else_gives_no_new_value():
    text = ("Bantuan beras diterima 1.250 keluarga senilai Rp 2.500.000.000. Pada APBD Perubahan 2022, pagu dinas "
            "tercatat Rp 34.150.000.000, sehingga dalam setahun anggaran sosial naik 12,48 persen.\n")
    assert changes(text) == []


LRA_SENTENCE = ("Realisasi Belanja Barang sebesar Rp. 9.806.551.265,- atau 94,43 persen dari anggaran Rp. 10.384.925.750,-, "
                "naik Rp. {diff},- atau {pct} persen dibanding realisasi tahun 2018 sebesar Rp. 8.927.340.115,-.\n")


def test_the_new_value_is_the_one_the_stated_difference_leads_to():
    # the amount before "naik" is the budget (10.384.925.750); the realisation, 8.927.340.115 +
    # 879.211.150 = 9.806.551.265, is the new value: 879.211.150 / 8.927.340.115 = 9,8485 %
    assert ("consistent", 9.85, 879211150.0, 8927340115.0) in changes(LRA_SENTENCE.format(diff="879.211.150", pct="9,85"))
    assert ("mismatch", 9.58, 879211150.0, 8927340115.0) in changes(LRA_SENTENCE.format(diff="879.211.150", pct="9,58"))


def test_a_difference_no_amount_leads_to_keeps_the_amount_before_the_change():
    # (no amount of the sentence is the old value plus 500.000.000: the reading is left as it was)
    found = changes(LRA_SENTENCE.format(diff="500.000.000", pct="5,60"))
    assert not any(op == (500000000.0, 8927340115.0) and v == "consistent" for v, _, *op in found)
