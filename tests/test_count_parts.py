"""A count and what became of it before its percentage ("600 unit selesai atau 60 persen"), and
the whole it is of when the whole was broken into components ("8.000 jiwa, terdiri dari 5.000 ...
dan 3.000 ...").

Written for these tests in the register of Dinas Sosial news and reports; answers by hand with the
rule of shared/gold/README.md. Each phrasing comes correct and with a planted slip.
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

# (text, check, stated, numerator, denominator, verdict)
CASES = [
    ("Dinsos menjalankan rehabilitasi rumah tidak layak huni dengan anggaran Rp 25 miliar untuk 1.000 unit rumah. "
     "Saat ini sudah 600 unit selesai atau 60 persen.", "share_percent", 60.0, 600.0, 1000.0, "consistent"),
    ("Dinsos menjalankan rehabilitasi rumah tidak layak huni dengan anggaran Rp 25 miliar untuk 1.000 unit rumah. "
     "Saat ini sudah 600 unit selesai atau 65 persen.", "share_percent", 65.0, 600.0, 1000.0, "mismatch"),
    ("Dinsos menargetkan rehabilitasi 1.000 unit rumah. Saat ini sudah 600 unit selesai atau 60 persen.",
     "target_percent", 60.0, 600.0, 1000.0, "consistent"),
    ("Dinsos merehabilitasi 1.000 rumah, dan saat ini sudah 600 rumah selesai dikerjakan atau 60 persen.",
     "share_percent", 60.0, 600.0, 1000.0, "consistent"),
    ("Jumlah PMKS 8.000 jiwa, terdiri dari 5.000 jiwa fakir miskin dan 3.000 jiwa lansia. Dari jumlah tersebut, "
     "2.000 jiwa (25 persen) telah tertangani.", "share_percent", 25.0, 2000.0, 8000.0, "consistent"),
    ("Jumlah PMKS 8.000 jiwa, terdiri dari 5.000 jiwa fakir miskin dan 3.000 jiwa lansia. Dari jumlah tersebut, "
     "2.000 jiwa (20 persen) telah tertangani.", "share_percent", 20.0, 2000.0, 8000.0, "mismatch"),
    ("Sebanyak 1.200 lansia tercatat, meliputi 700 lansia terlantar dan 500 lansia potensial. Dari jumlah itu, "
     "300 lansia sudah menerima bantuan atau 25 persen.", "share_percent", 25.0, 300.0, 1200.0, "consistent"),
]


@pytest.mark.parametrize("text, check, stated, num, den, verdict", CASES)
def test_a_count_and_what_became_of_it_before_its_percentage(text, check, stated, num, den, verdict):
    got = [(c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
           for c in extract_text(text).checks if c.check.endswith("_percent")]
    assert got == [(check, stated, num, den, verdict)]


HEADLINE = ("GARUT - Dinas Sosial Kabupaten Garut mencatat penyaluran Bantuan Sosial Tunai (BST) tahap III telah "
            "mencapai {} persen. Dari 87.500 keluarga penerima manfaat (KPM), sebanyak 83.475 KPM sudah mencairkan "
            "bantuan di kantor pos.")


def test_a_headline_percentage_whose_figures_say_another_verb_is_claimed_where_the_arithmetic_fits():
    # 83.475 / 87.500 = 95,4%: "mencairkan" is not "penyaluran", so only the arithmetic ties them
    got = [(c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
           for c in extract_text(HEADLINE.format("95,4")).checks]
    assert got == [("share_percent", 95.4, 83475.0, 87500.0, "consistent")]
    assert extract_text(HEADLINE.format("96,4")).checks == []  # (not tied: no claim, no alarm)


# an item's number is no count of the item: "9) ... bagi 100 anak nakal dan 80 korban napza ... atau
# 100% dari target ... 180 orang" is 180 / 180 whatever marks the list (before: "9)" and "(9)" made the
# achieved count 80, a false mismatch, while "9." was read right)
ITEM = ("{} Terlaksananya pelayanan rehabilitasi sosial bagi 100 anak nakal dan 80 korban penyalahgunaan napza "
        "di UPT Surabaya atau {}% dari target penanganan sebanyak 180 orang.")


@pytest.mark.parametrize("marker", ["9.", "9)", "(9)", "  9)"])
def test_an_items_number_is_no_count_of_the_item(marker):
    got = [(c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
           for c in extract_text("Capaian kinerja:\n" + ITEM.format(marker, "100")).checks]
    assert got == [("target_percent", 100.0, 180.0, 180.0, "consistent")]
    # a slip is caught (the listed counts are summed only where the sum fits, so 90% is read
    # against the nearest count: a mismatch either way)
    slipped = [(c.check, c.stated, c.operands["denominator"], c.verdict)
               for c in extract_text("Capaian kinerja:\n" + ITEM.format(marker, "90")).checks]
    assert slipped == [("target_percent", 90.0, 180.0, "mismatch")]


# the whole of a numbered item's part is never the count of the item before it (each item states
# its own figures): "11. ... 166 jiwa atau 65,09 %" is not of item 10's 1.368 jiwa
ITEMS = ("10. Rehabilitasi sosial gelandangan dan pengemis sebanyak 1.368 jiwa selama tahun 2012. Sebanyak 118 jiwa "
         "atau 8,63% berhasil bekerja mandiri.\n\n"
         "{} Rehabilitasi penyandang disabilitas menunjukkan perkembangan sebagai berikut 166 jiwa atau 65,09 % "
         "memiliki sikap penerimaan diri yang tinggi.")


@pytest.mark.parametrize("marker", ["11.", "11)", "(11)"])
def test_a_numbered_items_part_takes_no_whole_from_the_item_before(marker):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
           for c in extract_text(ITEMS.format(marker)).checks]
    assert got == [(8.63, 118.0, 1368.0, "consistent")]


# a percentage in brackets before "dari target ...": the target after the bracket is its whole, not
# a later count of the sentence (before: 150/600, a false mismatch; "atau 30 %" was read right)
BRACKETED = ("Pemberdayaan keluarga rentan menjangkau 560 jiwa {} dari target sebanyak 600 jiwa, sedangkan wanita "
             "rawan sosial ekonomi mencapai 150 jiwa {} dari target sebanyak 500 jiwa.")


@pytest.mark.parametrize("first, second", [("atau 93,33%", "atau 30 %"), ("(93,33%)", "(30 %)"), ("( 93,33 % )", "( 30 % )")])
def test_a_bracketed_percentage_is_of_the_target_after_its_bracket(first, second):
    got = [(c.check, c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict)
           for c in extract_text(BRACKETED.format(first, second)).checks]
    assert got == [("target_percent", 93.33, 560.0, 600.0, "consistent"), ("target_percent", 30.0, 150.0, 500.0, "consistent")]
    slipped = [(c.stated, c.operands["denominator"], c.verdict)
               for c in extract_text(BRACKETED.format(first, second.replace("30", "35"))).checks]
    assert slipped == [(93.33, 600.0, "consistent"), (35.0, 500.0, "mismatch")]
