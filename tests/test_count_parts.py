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
