"""Social-media posts and quoted speech about a Dinas Sosial's budget: programs numbered with emoji
keycaps ("1️⃣ Program ...": normalise._KEYCAP_NUMBER reads them as "1."), their figures on the line
under the name ("Pagu Rp... | Realisasi Rp... | 94,80%"), and a change word with its enclitic
("Turunnya 790 KPM atau 5,26 persen": claims._CHANGE_BEFORE_DIFF)."""

from __future__ import annotations

from kesos_extract import extract_text

POST = """\
Dinas Sosial Kota Tidore Kepulauan
2 Januari 2024 · 🌏

Alhamdulillah 🤲 Realisasi anggaran Dinas Sosial Tahun Anggaran 2023 ditutup dengan baik 💪

Rincian per program 👇

1\ufe0f\u20e3 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
Pagu Rp5.912.400.000 | Realisasi Rp5.604.773.150 | 94,80%

2\ufe0f\u20e3 Program Pemberdayaan Sosial
Pagu Rp612.350.000 | Realisasi Rp598.900.000 | 97,80%

3\ufe0f\u20e3 Program Penanganan Bencana
Pagu Rp300.000.000 | Realisasi Rp298.000.000 | 99,33%

#DinsosTikep #RealisasiAnggaran2023
"""


def test_programs_numbered_with_emoji_keycaps_and_their_figures() -> None:
    report = extract_text(POST)
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 5_912_400_000, 5_604_773_150, 94.80),
        ("Program Pemberdayaan Sosial", 612_350_000, 598_900_000, 97.80),
        ("Program Penanganan Bencana", 300_000_000, 298_000_000, 99.33),
    ]


def test_a_change_word_with_its_enclitic_is_a_change() -> None:
    text = ("Penerima PKH tahun 2022 sebanyak 14.220 KPM, turun dari 15.010 KPM pada 2021. \"Turunnya 790 KPM atau "
            "5,26 persen itu karena graduasi,\" katanya.")
    # 790 / 15.010 = 5,263 %: of the old value, not of this year's 14.220
    assert [(c.verdict, c.operands) for c in extract_text(text).checks] == [
        ("consistent", {"numerator": 790.0, "denominator": 15010.0})]


def test_a_quoted_change_after_the_report_of_its_two_counts() -> None:
    # (claims._old_of_pair_told_before: 15.010 - 14.220 = 790, the pair of the sentence before)
    text = ("Kepala Dinas Sosial menjelaskan bahwa jumlah keluarga penerima PKH tahun ini tercatat 14.220 KPM, "
            "turun dari 15.010 KPM pada 2021.\n\n"
            "\"Turunnya 790 KPM atau {pct} persen. Itu hasil graduasi mandiri,\" jelasnya.\n")
    assert [(c.verdict, c.operands) for c in extract_text(text.format(pct="5,26")).checks] == [
        ("consistent", {"numerator": 790.0, "denominator": 15010.0})]
    assert [c.verdict for c in extract_text(text.format(pct="5,62")).checks] == ["mismatch"]


SITREP = """\
*SITREP PENYALURAN BLT EL NINO*

✅ Desa Gamtala: 86 KPM
✅ Desa Hate Bicara: 74 KPM
✅ Desa Guaeria: 59 KPM
✅ Desa Gufasa: 112 KPM
⏳ Desa Tuada: besok (Rabu) jam 08.00 di kantor desa

TOTAL hari ini: {total} KPM
"""

LOGISTICS = """\
✅ Desa Bena: 45 KK – 12 unit rumah rusak
✅ Desa Oebelo: 38 KK – 9 unit rumah rusak
✅ Desa Mio: 27 KK – 7 unit rumah rusak

JUMLAH: 110 KK / {houses} unit rumah rusak
"""


def _parts_totals(text: str):
    return [(c.verdict, c.stated, c.expected) for c in extract_text(text).checks if c.check == "parts_total"]


def test_a_list_of_lines_against_the_total_after_it() -> None:
    # (audit.breakdowns.check_totals_after_lists: 86 + 74 + 59 + 112 = 331)
    assert _parts_totals(SITREP.format(total="331")) == [("consistent", 331.0, 331.0)]
    assert _parts_totals(SITREP.format(total="313")) == [("mismatch", 313.0, 331.0)]


def test_each_figure_of_the_total_against_its_unit_s_items() -> None:
    assert _parts_totals(LOGISTICS.format(houses="28")) == [("consistent", 110.0, 110.0), ("consistent", 28.0, 28.0)]
    assert ("mismatch", 82.0, 28.0) in _parts_totals(LOGISTICS.format(houses="82"))


def test_two_lines_are_no_list() -> None:
    assert _parts_totals("Desa A: 45 KK\nDesa B: 38 KK\nJUMLAH: 90 KK\n") == []
