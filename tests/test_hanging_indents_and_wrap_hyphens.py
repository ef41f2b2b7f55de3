"""Text copied from a PDF viewer, hard-wrapped by its layout, its list items wrapped to their
hanging indent and words hyphenated at the wrap:

- "1. Program ... (KAT) dan" / "   Penyandang Masalah ... Lainnya, dengan pagu" is one item: the
  program's whole name and its figures;
- "   b) Pelaksanaan KIE ... bagi Penyandang" / "      Masalah Kesejahteraan Sosial (PMKS);" is
  one kegiatan;
- "dengan ke-" / "giatan Pelaksanaan" is "dengan kegiatan Pelaksanaan" (a reduplication keeps its
  hyphen: "masing-" / "masing");
- but a line under an item that gives its figures or its parts ("   Anggaran Rp ...", "   Kegiatan
  yang dilaksanakan:", "   1.1 Sub Kegiatan ...") stays a line of its own.
"""

from __future__ import annotations

from kesos_extract import extract_text
from kesos_extract.readers.hard_wrap import unwrap_copy

REPORT = """LKPJ Bupati Gunung Mas Tahun 2018

a. Program dan Kegiatan
Penyelenggaraan urusan sosial di Kabupaten Gunung Mas pada Tahun Anggaran 2018
dilaksanakan oleh Dinas Sosial, Pemberdayaan Masyarakat dan Desa dengan total
alokasi anggaran sebesar Rp. 2.053.050.000,00 dan realisasi keuangan sebesar
Rp. 1.941.044.300,00 atau 94,54%, sedangkan realisasi fisik mencapai 100%. Ang-
garan tersebut digunakan untuk membiayai 2 (dua) program dengan rincian
sebagai berikut:

1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan
   Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya, dengan pagu
   sebesar Rp. 1.284.600.000,00 dan realisasi Rp. 1.198.725.400,00 atau 93,31%.
   Kegiatan yang dilaksanakan:
   a) Pelatihan Keterampilan Berusaha bagi Keluarga Miskin;
   b) Pengadaan Sarana dan Prasarana Pendukung Usaha bagi Keluarga Miskin.
   Melalui kegiatan ini telah diberikan bantuan usaha ekonomi produktif kepada
   120 KK dari target 150 KK (80%), yang tersebar di Kecamatan Kurun, Tewah,
   Sepang dan Rungan.

2. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial, pagu anggaran
   Rp. 768.450.000,00 dengan realisasi Rp. 742.318.900,00 atau 96,60%, dengan ke-
   giatan:
   a) Pelayanan dan Perlindungan Sosial, Hukum bagi Korban Eksploitasi,
      Perdagangan Perempuan dan Anak;
   b) Pelaksanaan KIE Konseling dan Kampanye Sosial bagi Penyandang
      Masalah Kesejahteraan Sosial (PMKS);
   Bantuan tanggap darurat disalurkan kepada korban bencana banjir dan ke-
   bakaran sebanyak 57 KK, masing-masing KK menerima paket sembako dan masing-
   masing desa menerima bantuan logistik.
"""


def test_items_wrapped_to_their_hanging_indent_are_whole():
    programs = extract_text(REPORT).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in programs] == [
        ("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
         "Sosial (PMKS) Lainnya", 1284600000.0, 1198725400.0, 93.31),
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 768450000.0, 742318900.0, 96.6)]
    assert [a.name for a in programs[0].activities] == [
        "Pelatihan Keterampilan Berusaha bagi Keluarga Miskin",
        "Pengadaan Sarana dan Prasarana Pendukung Usaha bagi Keluarga Miskin"]
    assert [a.name for a in programs[1].activities] == [
        "Pelayanan dan Perlindungan Sosial, Hukum bagi Korban Eksploitasi, Perdagangan Perempuan dan Anak",
        "Pelaksanaan KIE Konseling dan Kampanye Sosial bagi Penyandang Masalah Kesejahteraan Sosial (PMKS)"]


def test_a_word_hyphenated_at_the_wrap_is_one_word_and_a_reduplication_keeps_its_hyphen():
    text, removed = unwrap_copy(REPORT)
    assert "dengan kegiatan:" in text and "Anggaran tersebut" in text and "kebakaran sebanyak" in text
    assert "masing-masing KK" in text and "masing-masing desa" in text
    # every character taken out is accounted for: the text less them is the text given
    assert len(text) + len(removed) == len(REPORT)
    assert removed == sorted(removed)


def test_the_lines_that_give_an_items_figures_or_parts_stay_lines_of_their_own():
    text = ("A. PROGRAM POKOK\n"
            "1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah "
            "Kesejahteraan Sosial (PMKS) Lainnya\n"
            "   Anggaran Rp 1.250.000.000, realisasi Rp 1.187.500.000 (95,00%)\n"
            "2. Program Penanganan Bencana yang dilaksanakan melalui kegiatan penanggulangan bencana daerah\n"
            "   1.1 Sub Kegiatan Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota\n"
            "3. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial di kabupaten dan kota se-provinsi\n"
            "   Kegiatan yang dilaksanakan: Pelayanan Sosial bagi Lanjut Usia Terlantar di Dalam Panti Sosial\n")
    unwrapped, _ = unwrap_copy(text)
    assert unwrapped == text
