"""Phrasings of regional writers (held-out batch of Sulawesi, Maluku, Papua, Kalimantan and NTT
chapters), each read as the others already were:

- "Capaian realisasinya 93,99 persen, yakni Rp A dari pagu tersebut": the realisation's
  percentage first, its amount beside it, the pagu in the sentence before (claims._Finder.
  budget_claims no longer takes "capaian" before it for a performance figure where the realisation
  is named and its amount stands right after); "Rp A; persentase capaian sebesar P persen dengan
  realisasi Rp B" likewise (evidence._AMOUNT_THEN_CAPAIAN);
- "Kegiatan yang mendukung program ini yaitu A dan B", "Program ini didukung oleh kegiatan A dan
  B": kegiatan announced in a sentence (programs._ENUMERATION);
- a program named in the prose whose kegiatan a later sentence of its paragraph announces ("...
  (91,68%). Sisa anggaran ... . Kegiatan yang dilaksanakan meliputi A, B, serta C."; "Program ini
  didukung oleh 3 (tiga) kegiatan, yakni A, B, serta C.": programs._prose_activities)."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def test_the_realisation_s_percentage_before_its_amount() -> None:
    text = ("Program ini memperoleh alokasi Rp 6.412.385.000,00 atau porsi terbesar dari belanja dinas karena "
            "memuat gaji dan tunjangan ASN. Capaian realisasinya 93,99 persen, yakni Rp 6.027.118.412,00 dari "
            "pagu tersebut.")
    assert [(c.check, c.stated, c.verdict, c.operands["numerator"], c.operands["denominator"])
            for c in extract_text(text).checks] == [
        ("budget_percent", 93.99, "consistent", 6_027_118_412, 6_412_385_000)]


@pytest.mark.parametrize("text, operands", [
    ("Kegiatan Pengelolaan Data Fakir Miskin yang memperoleh Rp415 juta; kegiatan ini terserap Rp398,4 juta, "
     "persentase capaian sebesar 96%.", (398_400_000, 415_000_000)),
    ("Anggaran program ini Rp 5.128.664.000; persentase capaian sebesar 95,41 persen dengan realisasi "
     "Rp 4.893.215.870.", (4_893_215_870, 5_128_664_000)),
])
def test_a_persentase_capaian_right_after_an_amount_is_of_money(text: str, operands) -> None:
    # ("persentase capaian sebesar" after an amount as a bare "capaian" after it: evidence._AMOUNT_THEN_CAPAIAN)
    assert [(c.check, c.verdict, c.operands["numerator"], c.operands["denominator"])
            for c in extract_text(text).checks] == [("budget_percent", "consistent", *operands)]


def test_a_physical_achievement_stays_no_share_of_money() -> None:
    text = "Pagu Rp 6.412.385.000,00 dan realisasi Rp 6.027.118.412,00. Capaian realisasi fisik 93,99 persen."
    assert not extract_text(text).checks


LETTERED = """3.3.2 Program Pemberdayaan Sosial

c) Pagu dan Realisasi
Dengan pagu Rp 412.650.000,00, realisasi program mencapai Rp 398.775.500,00 (96,64%). {sentence}

3.3.3 Program Rehabilitasi Sosial

c) Pagu dan Realisasi
Pagu Rp 1.000.000.000,00 dengan realisasi Rp 900.000.000,00 (90,00%).
"""
KEGIATAN = ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
            "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota"]


@pytest.mark.parametrize("sentence", [
    "Kegiatan yang mendukung program ini yaitu {0} dan {1}.",
    "Program ini didukung oleh kegiatan {0} dan {1}.",
])
def test_kegiatan_announced_in_a_sentence(sentence: str) -> None:
    report = extract_text(LETTERED.format(sentence=sentence.format(*KEGIATAN)))
    assert [a.name for a in report.programs[0].activities] == KEGIATAN
    assert report.programs[1].activities == []


PROSE = ("Rincian realisasi anggaran menurut program adalah sebagai berikut.\n\n"
         "Program Pelayanan Administrasi Perkantoran dianggarkan Rp 3.415.720.000,00 dan terealisasi "
         "Rp 3.131.403.545,00 atau 91,68%. Sisa anggaran pada program ini Rp 284.316.455,00 (8,32%), berasal dari "
         "belanja jasa kantor yang tidak dilaksanakan. {sentence}\n\n"
         "Program Pembinaan Panti Asuhan/Panti Jompo menghabiskan Rp 1.004.871.300,00 dari Rp 1.036.500.000,00 "
         "yang tersedia (96,95%).\n")
OFFICE = ["Penyediaan Jasa Surat Menyurat", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
          "Penyediaan Alat Tulis Kantor"]


@pytest.mark.parametrize("sentence, stated", [
    ("Kegiatan yang dilaksanakan meliputi {0}, {1}, serta {2}.", None),
    ("Program ini didukung oleh 3 (tiga) kegiatan, yakni {0}, {1}, serta {2}.", 3),
])
def test_a_later_sentence_announces_a_prose_program_s_kegiatan(sentence: str, stated) -> None:
    report = extract_text(PROSE.format(sentence=sentence.format(*OFFICE)))
    first = report.programs[0]
    assert first.name == "Program Pelayanan Administrasi Perkantoran"
    assert [a.name for a in first.activities] == OFFICE
    assert first.stated_activity_count == stated
    assert report.programs[1].activities == []
