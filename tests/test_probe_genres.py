"""A probe of kinds of report no other probe had: BPK audit findings (LHP) on bansos and hibah,
a Dinas Sosial's Laporan Realisasi Anggaran (LRA) as tab-separated text and as a copy flattened to
a cell a line or to single spaces, APBD Perubahan ("semula Rp A menjadi Rp B, bertambah Rp C (P%)")
in prose and as a table, monev / e-monev quarterly reports (realisasi keuangan and fisik per
kegiatan), BLT Dana Desa / PKH / BPNT distribution news (KPM, tahap, per-desa totals), DPRD
fraksi speeches and pansus LKPJ recommendations, and Renstra evaluation tables (target /
realisasi per year 2019-2023, capaian %).

The passages, in tests/fixtures/probes-genres/*.txt (one passage a block, two blank lines between
blocks), were written for these tests in the register of the real excerpts of shared/dev. Every
answer was worked out by hand with the rule of shared/gold/README.md (half-up rounding to the
stated decimals). Each passage has the prose checks it must give and no others, its table checks
(present, with their verdicts; no other table check a mismatch), its rupiah amounts and its
programs; SLIPS plant one wrong figure that must be a mismatch, and no other check may be one.
Each passage is also read wrapped at 60 columns and with "Rp" glued to its figure, and must give
the same findings.

Failed on the code before this file's rules (see the commit messages): the change table of an
APBD Perubahan (5 false row mismatches: its "%" taken as change / the value after), "Program A
semula sebesar Rp X menjadi Rp Y" (a program "Program A semula" with the old value as its pagu),
"(37 KPM x Rp1.800.000,00)" (the rate lost as an amount), an LRA's "Lebih/(Kurang)" column (not
checked).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from probe_assertions import PERCENT_CHECKS, expected_hits, percent_checks

from kesos_extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "probes-genres"
ANY = PERCENT_CHECKS
BUDGET_OR_SHARE = ("budget_percent", "share_percent")
TABLE_CHECKS = ("row_percent", "row_difference", "column_total", "program_sum")


def passage(file: str, index: int) -> str:
    return (FIXTURES / f"{file}.txt").read_text(encoding="utf-8").split("\n\n\n")[index].strip("\n") + "\n"


C, M, T = "consistent", "mismatch", "truncated"

# name: (file, index, prose claims [(check or checks, stated, numerator, denominator, verdict)],
#        table checks [(check, stated, verdict)], rupiah amounts in order (None: not asserted),
#        programs [(name, pagu)])
PASSAGES = {
    # --- BPK audit findings (LHP) ---
    # 13.912.437.500 / 14.750.000.000 = 94,3216
    "bpk_realisasi_bansos": ("bpk", 0, [("budget_percent", 94.32, 13912437500, 14.75e9, C)], [],
                             [14.75e9, 13912437500, 9875200000], []),
    # the findings listed a), b), c) (675 + 390 + 220 = 1.285 juta), then their share of the year's
    # hibah: 1.285 / 12.000 = 10,7083
    "bpk_hibah_rincian": ("bpk", 1, [(BUDGET_OR_SHARE, 10.71, 1285e6, 12e9, C)], [],
                          [1285e6, 675e6, 390e6, 220e6, 12e9], []),
    # a count's share found by sampling: 212 / 3.450 = 6,1449; the decree's number is no count
    "bpk_uji_petik": ("bpk", 2, [("share_percent", 6.14, 212, 3450, C)], [], [], []),
    # control: the criteria, regulation numbers, articles and a date; one amount with its words
    "bpk_kriteria": ("bpk", 3, [], [], [1285e6], []),
    # control: a product of a count and a rate in brackets, what was repaid and what is left
    # (FAILED BEFORE: "x Rp1.800.000,00" was read as a table's scale "(x Rp 1.000)", no amount)
    "bpk_bantuan_ganda": ("bpk", 4, [], [], [66.6e6, 1.8e6, 21.6e6, 45e6],
                          [("Program Keluarga Harapan (PKH)", None)]),
    # two kinds of belanja in one sentence: 35.870.126 / 38.406.250 = 93,3966; 3.654 / 4.200 = 87
    "bpk_hibah_dan_bansos": ("bpk", 5, [("budget_percent", 93.40, 35870126000, 38406250000, C),
                                         ("budget_percent", 87.00, 3654e6, 4200e6, C)], [],
                             [38406250000, 35870126000, 4200e6, 3654e6], []),
    # 2.917,08 / 3.600 = 81,03; the unspent rest named after it
    "bpk_barang_diserahkan": ("bpk", 6, [("budget_percent", 81.03, 2917080000, 3600e6, C)], [],
                              [2917080000, 3600e6, 682920000], []),

    # --- Laporan Realisasi Anggaran ---
    # tab-separated, with group rows (BELANJA, Belanja Operasi, Belanja Modal) over their parts:
    # every row's % and "Lebih/(Kurang)" = realisasi - anggaran, in brackets where short
    # (FAILED BEFORE: the "Lebih/(Kurang)" column was not checked)
    "lra_tabbed": ("lra", 0, [], [
        ("row_percent", 93.43, C), ("row_percent", 93.52, C), ("row_percent", 95.92, C), ("row_percent", 90.04, C),
        ("row_percent", 95.83, C), ("row_percent", 91.46, C), ("row_percent", 89.96, C), ("row_percent", 95.56, C),
        ("row_difference", -1232435850, C), ("row_difference", -384254300, C), ("row_difference", -10000000, C),
    ], [], []),
    # the same kind of LRA copied a cell a line
    "lra_cell_a_line": ("lra", 1, [], [
        ("row_percent", 95.92, C), ("row_percent", 90.04, C), ("row_percent", 91.46, C), ("row_percent", 93.26, C),
    ], [], []),
    # ... and with its cells parted by single spaces
    "lra_single_spaces": ("lra", 2, [], [
        ("row_percent", 95.92, C), ("row_percent", 90.04, C), ("row_percent", 91.46, C), ("row_percent", 93.26, C),
    ], [], []),
    # the CaLK's prose: 9.028,3457 / 9.412,6 = 95,9177; two years "masing-masing" and the rise:
    # 515,9457 / 8.512,4 = 6,0611
    "lra_calk_pegawai": ("lra", 3, [("budget_percent", 95.92, 9028345700, 9412600000, C),
                                     ("share_percent", 6.06, 515945700, 8512400000, C)], [],
                         [9028345700, 9412600000, 9028345700, 8512400000, 515945700], []),
    # "Anggaran Setelah Perubahan | Realisasi | Sisa Anggaran | Persentase (%)" and its total row
    "lra_sisa_anggaran": ("lra", 4, [], [
        ("row_percent", 96.20, C), ("row_percent", 89.87, C), ("row_percent", 100.0, C), ("row_percent", 94.50, C),
        ("row_percent", 93.93, C), ("row_difference", 156750000, C), ("row_difference", 531981000, C),
        ("column_total", 8767500000, C), ("column_total", 8235519000, C), ("column_total", 531981000, C),
    ], [], []),
    # "Anggaran | Realisasi | Lebih/(Kurang) | %": the percentage after the shortfall is the
    # realisation's (FAILED BEFORE: no row's percentage or shortfall checked)
    "lra_lebih_kurang_before_percent": ("lra", 6, [], [
        ("row_percent", 96.59, C), ("row_percent", 93.00, C), ("row_percent", 93.40, C), ("row_percent", 94.87, C),
        ("row_difference", -215674700, C), ("row_difference", -632944700, C),
        ("column_total", 12343450000, C), ("column_total", 11710505300, C), ("column_total", -632944700, C),
    ], [], []),
    # 768,25 / 840 = 91,4583; the parts and the shortfall carry no percentage
    "lra_calk_modal": ("lra", 5, [("budget_percent", 91.46, 768250000, 840e6, C)], [],
                       [768250000, 840e6, 553250000, 215e6, 71750000], []),

    # --- APBD Perubahan ---
    # 187,5 / 1.250 = 15 (of the value before the change); the program's budget is the revised one
    # (FAILED BEFORE: a program "Program Perlindungan dan Jaminan Sosial semula")
    "apbdp_semula_menjadi": ("apbdp", 0, [("share_percent", 15.00, 187.5e6, 1250e6, C)], [],
                             [1250e6, 1437.5e6, 187.5e6], [("Program Perlindungan dan Jaminan Sosial", 1437.5e6)]),
    # 135 / 980 = 13,7755 (FAILED BEFORE: "Program Rehabilitasi Sosial semula", pagu Rp980.000.000)
    "apbdp_berkurang": ("apbdp", 1, [("share_percent", 13.78, 135e6, 980e6, C)], [],
                        [980e6, 845e6, 135e6], [("Program Rehabilitasi Sosial", 845e6)]),
    # a change table: "%" is the change over the value before it, negatives in brackets
    # (FAILED BEFORE: five false row mismatches, each "%" taken as the change over the value after)
    "apbdp_tabel_perubahan": ("apbdp", 2, [], [
        ("row_percent", 3.55, C), ("row_percent", -10.0, C), ("row_percent", -13.78, C), ("row_percent", 15.0, C),
        ("row_percent", 0.0, C), ("row_percent", 2.09, C),
        ("row_difference", 192350000, C), ("row_difference", -65e6, C), ("row_difference", 179850000, C),
        ("column_total", 8600e6, C), ("column_total", 8779850000, C), ("column_total", 179850000, C),
    ], [], [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None), ("Program Pemberdayaan Sosial", None),
        ("Program Rehabilitasi Sosial", None), ("Program Perlindungan dan Jaminan Sosial", None),
        ("Program Penanganan Bencana", None),
    ]),
    # a change table whose "%" is the change over the value after it, row after row (80 / 480,
    # 30 / 120, 50 / 300, 100 / 900): judged so (FAILED BEFORE: the fall of row 2 a false mismatch)
    "apbdp_tabel_persen_menjadi": ("apbdp", 6, [], [
        ("row_percent", 16.67, C), ("row_percent", -25.0, C), ("row_percent", 11.11, C),
        ("row_difference", -30e6, C), ("column_total", 100e6, C),
    ], [], []),
    # news of the revised budget in "miliar": 3,2 / 18,2 = 17,5824
    "apbdp_news_miliar": ("apbdp", 3, [("share_percent", 17.58, 3.2e9, 18.2e9, C)], [], [18.2e9, 21.4e9], []),
    # the change in the sentence after the two values: 1.250 / 2.500 = 50
    "apbdp_btt_kenaikan": ("apbdp", 4, [("share_percent", 50, 1250e6, 2500e6, C)], [], [2500e6, 3750e6, 1250e6], []),
    # 250 / 2.100 = 11,9048
    "apbdp_pagu_program": ("apbdp", 5, [("share_percent", 11.90, 250e6, 2100e6, C)], [], [2100e6, 2350e6, 250e6],
                           [("Program Pemberdayaan Sosial", 2350e6)]),

    # --- monev / e-monev, quarterly ---
    # the financial realisation of a kegiatan: 312,45 / 500 = 62,49; the physical 70% is of nothing
    "monev_kegiatan_tw3": ("monev", 0, [("budget_percent", 62.49, 312450000, 500e6, C)], [], [312450000, 500e6], []),
    # "Pagu | Realisasi Keuangan | Keuangan (%) | Fisik (%)": the physical column is no ratio
    "monev_tabel_fisik_keuangan": ("monev", 1, [], [
        ("row_percent", 40.0, C), ("row_percent", 45.0, C), ("row_percent", 24.0, C), ("row_percent", 55.0, C),
        ("row_percent", 36.85, C), ("column_total", 1287.5e6, C), ("column_total", 474.5e6, C),
    ], [], []),
    # cumulative per quarter, the whole at the end: 1.162,5, 3.292,8, 5.766 of 9.300 = 12,5; 35,406; 62
    "monev_kumulatif_triwulan": ("monev", 2, [("budget_percent", 12.50, 1162.5e6, 9300e6, C),
                                              ("budget_percent", 35.41, 3292.8e6, 9300e6, C),
                                              ("budget_percent", 62.00, 5766e6, 9300e6, C)], [],
                                 [1162.5e6, 3292.8e6, 5766e6, 9300e6], []),
    # an achievement of a quarter's target in percent: 35,41 / 45 = 78,6889; the deviation is no ratio
    # (FAILED BEFORE: lost, "Target realisasi keuangan ... 45%" read as a realisation)
    "monev_target_triwulan": ("monev", 3, [("target_percent", 78.69, 35.41, 45, C)], [], [], []),
    # control: physical progress and an uptake rate of nothing given, a count of warnings
    "monev_fisik_control": ("monev", 4, [], [], [], []),
    # an e-monev table flattened to single spaces
    "monev_single_spaces": ("monev", 5, [], [
        ("row_percent", 75.0, C), ("row_percent", 80.0, C), ("row_percent", 75.0, C), ("row_percent", 76.39, C),
    ], [], []),

    # --- BLT Dana Desa / PKH / BPNT news ---
    # control: a count of KPM, a rate per month and the total paid (4.215 x 300.000 x 3)
    "bansos_blt_tahap": ("bansos", 0, [], [], [300000, 3793500000], []),
    # KPM reached of a quota: 12.480 / 13.000 = 96; the rest (520) has no percentage
    "bansos_pkh_kuota": ("bansos", 1, [(ANY, 96, 12480, 13000, C)], [], [], []),
    # counts per desa summed, then the largest one's share: 412 / 1.250 = 32,96
    "bansos_bpnt_per_desa": ("bansos", 2, [("share_percent", 32.96, 412, 1250, C)], [], [], []),
    # two kinds of bansos in "miliar": 8,42 / 9 = 93,5556; 11,7 / 12,6 = 92,8571
    "bansos_pkh_bpnt_miliar": ("bansos", 3, [("budget_percent", 93.56, 8.42e9, 9e9, C),
                                             ("budget_percent", 92.86, 11.7e9, 12.6e9, C)], [],
                               [8.42e9, 9e9, 11.7e9, 12.6e9], []),
    # a fall in KPM against the year before, its old value after "yang mencapai": 1.530 / 10.260 =
    # 14,9123 (FAILED BEFORE: lost)
    "bansos_blt_turun": ("bansos", 4, [("share_percent", 14.91, 1530, 10260, C)], [], [], []),
    # control: a date, rates per three months and per month, a count and the total paid
    "bansos_bpnt_pos": ("bansos", 5, [], [], [600000, 200000, 27907200000], []),
    # desa that paid of all desa: 214 / 237 = 90,2954
    "bansos_desa_salur": ("bansos", 6, [(ANY, 90.3, 214, 237, C)], [], [], []),

    # --- DPRD fraksi and pansus ---
    # 21,3 / 25,2 = 84,5238
    "dprd_fraksi_serapan": ("dprd", 0, [("budget_percent", 84.5, 21.3e9, 25.2e9, C)], [], [21.3e9, 25.2e9], []),
    # a pansus recommendation: 9.830 / 14.520 = 67,6997
    "dprd_pansus_rekomendasi": ("dprd", 1, [("share_percent", 67.7, 9830, 14520, C)], [], [500e6],
                                [("Program Perlindungan dan Jaminan Sosial", None)]),
    # a fall of two years' budgets: 2,3 / 15,4 = 14,935
    "dprd_fraksi_turun": ("dprd", 2, [("share_percent", 14.9, 2.3e9, 15.4e9, C)], [], [15.4e9, 13.1e9], []),
    # control: SiLPA and its parts, a ceiling "5 persen dari pagu" of no pagu given
    "dprd_silpa_control": ("dprd", 3, [], [], [1.86e9, 0.74e9, 1.12e9], []),
    # an achievement of percentages: 92,5 / 90 = 102,7778
    "dprd_capaian_indikator": ("dprd", 4, [("target_percent", 102.78, 92.5, 90, C)], [], [], []),
    # indicators that met their target: 11 / 14 = 78,5714
    "dprd_indikator_tercapai": ("dprd", 5, [(ANY, 78.57, 11, 14, C)], [], [], []),

    # --- Renstra evaluation ---
    # "Tahun | Target | Realisasi | Capaian (%)", a row a year
    "renstra_per_tahun": ("renstra", 0, [], [
        ("row_percent", 95.20, C), ("row_percent", 102.18, C), ("row_percent", 98.67, C),
        ("row_percent", 101.85, C), ("row_percent", 99.14, C),
    ], [], []),
    # indicators in percent: 67,6 / 65 = 104; 78 / 80 = 97,5; 100 / 100
    "renstra_indikator_persen": ("renstra", 1, [], [
        ("row_percent", 104.0, C), ("row_percent", 97.5, C), ("row_percent", 100.0, C),
    ], [], []),
    # an indicator where lower is better, its achievement target / realisation: 9,5 / 9,12 = 104,1667
    "renstra_indikator_negatif": ("renstra", 2, [("target_percent", 104.17, 9.5, 9.12, C)], [], [], []),
    # a rise over the Renstra's years (3.150 / 11.250 = 28), then the final target's achievement:
    # 14.400 / 13.500 = 106,6667, its realisation pointed back to ("Realisasi tahun 2023 tersebut")
    # (FAILED BEFORE: the achievement lost)
    "renstra_naik_dan_target_akhir": ("renstra", 3, [("share_percent", 28, 3150, 11250, C),
                                                     ("target_percent", 106.67, 14400, 13500, C)], [], [], []),
    # funding per year, the ratio of realisation to budget
    "renstra_pendanaan": ("renstra", 4, [], [
        ("row_percent", 94.0, C), ("row_percent", 93.0, C), ("row_percent", 96.0, C), ("row_percent", 97.0, C),
        ("row_percent", 98.0, C),
    ], [], []),
    # control: an average, the highest and the lowest achievement, no operands
    "renstra_rata_rata_control": ("renstra", 5, [], [], [], []),
    # two years' counts against their targets: 5.320 / 5.600 = 95; 5.010 / 5.400 = 92,7778
    "renstra_dua_tahun": ("renstra", 6, [("target_percent", 95, 5320, 5600, C),
                                         ("target_percent", 92.78, 5010, 5400, C)], [], [], []),
}

# what the tool still does not find, by passage and test
GAPS = {
    # (lra_cell_a_line and lra_single_spaces were gaps: "Lebih/(Kurang)" is a column label and a
    # negative in brackets a figure of readers/flattened.py since stop 27)
    # (monev_single_spaces was one: "Keuangan" and "Fisik" are column labels, and a total row with
    # its last cell empty is read, as a guess, since stop 27)
    # (bansos_bpnt_per_desa was one: an item of a counted list named again, "Dari jumlah tersebut, Desa A
    # ... dengan 32,96 persen", is claims.py `part_named_by_name`'s since stop 28)
}


def _marks(name: str, test: str) -> list:
    reason = GAPS.get((name, test))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _exact_claims(text: str, expected: list) -> None:
    """The text's percentage checks are the expected ones, each with its operands, kind and verdict."""
    checks = percent_checks(text)
    found = expected_hits(checks, expected)
    assert [c.message for c in checks if c not in found] == []


def _table_checks(text: str, expected: list, slipped: str = "") -> None:
    """Each expected table check is found with its verdict; no other check is a mismatch (but
    those of the row a slip ``slipped`` changed)."""
    checks = [c for c in extract_text(text).checks if c.check in TABLE_CHECKS]
    for check, stated, verdict in expected:
        hits = [c for c in checks if c.check == check and c.stated == pytest.approx(stated)]
        assert hits, (check, stated, [c.message for c in checks])
        assert any(c.verdict == verdict for c in hits), [c.message for c in hits]
    others = [c.message for c in checks if c.verdict == "mismatch" and not (slipped and slipped in c.quote)]
    assert others == []


@pytest.mark.parametrize("name", [pytest.param(n, marks=_marks(n, "claims")) for n in PASSAGES])
def test_passage_claims(name):
    file, index, claims, _, _, _ = PASSAGES[name]
    _exact_claims(passage(file, index), claims)


@pytest.mark.parametrize("name", [pytest.param(n, marks=_marks(n, "tables")) for n in PASSAGES if PASSAGES[n][3]])
def test_passage_table_checks(name):
    file, index, _, table, _, _ = PASSAGES[name]
    _table_checks(passage(file, index), table)


@pytest.mark.parametrize("name", list(PASSAGES))
def test_passage_amounts(name):
    file, index, _, _, rupiah, _ = PASSAGES[name]
    found = [m.value for m in extract_text(passage(file, index)).mentions if m.kind == "amount"]
    assert found == [pytest.approx(v) for v in rupiah]


@pytest.mark.parametrize("name", list(PASSAGES))
def test_passage_programs(name):
    file, index, _, _, _, programs = PASSAGES[name]
    got = extract_text(passage(file, index)).programs
    assert [(p.name, p.budget.pagu) for p in got] == [(n, pytest.approx(pagu) if pagu else None) for n, pagu in programs]


def test_no_check_of_a_correct_passage_is_a_mismatch():
    """Every passage as written is correct: no check of any kind may be a mismatch."""
    alarms = {}
    for name, (file, index, *_) in PASSAGES.items():
        bad = [c.message for c in extract_text(passage(file, index)).checks if c.verdict == "mismatch"]
        if bad:
            alarms[name] = bad
    assert alarms == {}


# (passage, old, new, stated before, stated after): a wrong percentage in prose, the one mismatch
SLIPS = [
    ("bpk_realisasi_bansos", "94,32%", "94,23%", 94.32, 94.23),
    ("bpk_hibah_rincian", "10,71%", "10,17%", 10.71, 10.17),
    ("bpk_uji_petik", "(6,14%)", "(6,41%)", 6.14, 6.41),
    ("bpk_hibah_dan_bansos", "87,00%", "78,00%", 87.00, 78.00),
    ("bpk_barang_diserahkan", "81,03%", "80,13%", 81.03, 80.13),
    ("lra_calk_pegawai", "6,06%", "6,60%", 6.06, 6.60),
    ("lra_calk_pegawai", "95,92%", "95,29%", 95.92, 95.29),
    ("lra_calk_modal", "91,46%", "94,16%", 91.46, 94.16),
    # the change taken over the value after it: 187,5 / 1.437,5 = 13,04
    ("apbdp_semula_menjadi", "(15,00%)", "(13,04%)", 15.00, 13.04),
    # 135 / 845 = 15,98
    ("apbdp_berkurang", "(13,78%)", "(15,98%)", 13.78, 15.98),
    # 3,2 / 21,4 = 14,95
    ("apbdp_news_miliar", "17,58 persen", "14,95 persen", 17.58, 14.95),
    ("apbdp_btt_kenaikan", "atau 50%", "atau 52%", 50, 52),
    # the change over the value after it: 1.250 / 3.750 = 33,33, though "dari anggaran murni" names the old
    ("apbdp_btt_kenaikan", "atau 50%", "atau 33,33%", 50, 33.33),
    ("monev_kegiatan_tw3", "62,49%", "64,29%", 62.49, 64.29),
    ("monev_kumulatif_triwulan", "(35,41%)", "(35,14%)", 35.41, 35.14),
    ("monev_target_triwulan", "78,69%", "87,69%", 78.69, 87.69),
    ("bansos_pkh_kuota", "96 persen", "95 persen", 96, 95),
    # (not the first: "Rp9 miliar" written rounded allows 88,6 .. 99,1 persen)
    ("bansos_pkh_bpnt_miliar", "92,86\npersen", "96,28\npersen", 92.86, 96.28),
    ("bansos_desa_salur", "90,3 persen", "93,0 persen", 90.3, 93.0),
    # 1.530 / 8.730 = 17,53: the fall over the new count (FAILED BEFORE: no claim)
    ("bansos_blt_turun", "berkurang 14,91 persen", "berkurang 17,53 persen", 14.91, 17.53),
    ("bansos_bpnt_per_desa", "32,96 persen", "29,36 persen", 32.96, 29.36),
    ("dprd_fraksi_serapan", "84,5 persen", "85,4 persen", 84.5, 85.4),
    ("dprd_pansus_rekomendasi", "67,7 persen", "76,7 persen", 67.7, 76.7),
    # 2,3 / 13,1 = 17,56: the fall over the new value
    ("dprd_fraksi_turun", "turun 14,9 persen", "turun 17,6 persen", 14.9, 17.6),
    ("dprd_capaian_indikator", "102,78 persen", "102,87 persen", 102.78, 102.87),
    # (FAILED BEFORE: no claim; "indikator" was no unit of a count, only the weighing paired 11 and 14 where they fit)
    ("dprd_indikator_tercapai", "78,57 persen", "78,75 persen", 78.57, 78.75),
    ("renstra_indikator_negatif", "104,17%", "104,71%", 104.17, 104.71),
    # 3.150 / 14.400 = 21,88: the rise over the new value
    ("renstra_naik_dan_target_akhir", "naik 28 persen", "naik 21,88 persen", 28, 21.88),
    # 14.400 / 13.500 = 106,67 (FAILED BEFORE: no claim)
    ("renstra_naik_dan_target_akhir", "capaian 106,67 persen", "capaian 104,67 persen", 106.67, 104.67),
    ("renstra_dua_tahun", "atau 92,78%", "atau 92,87%", 92.78, 92.87),
]
ACHIEVED_AS_TARGET_OVER_REALISATION = {"renstra_indikator_negatif"}
SLIP_GAPS = {
    # (lra_calk_pegawai 6,60 was one: a change after the two years' amounts it is the difference of
    # is claims.py `_old_of_pair_before`'s since stop 28)
    # (apbdp_btt_kenaikan 33,33 was one: "semula Rp A menjadi Rp B" in the sentence before names the
    # old value, claims.py `_from_to`, since stop 28)
}


def _slip_params(slips: list) -> list:
    return [pytest.param(*s, id=f"{s[0]}-{s[1]}->{s[2]}",
                         marks=[pytest.mark.xfail(strict=True, reason=SLIP_GAPS[(s[0], s[4])])]
                         if (s[0], s[4]) in SLIP_GAPS else [])
            for s in slips]


@pytest.mark.parametrize("name,old,new,before,after", _slip_params(SLIPS))
def test_slip_is_the_one_mismatch(name, old, new, before, after):
    file, index, claims, _, _, _ = PASSAGES[name]
    text = passage(file, index)
    assert text.count(old) == 1
    # an achievement stated as target / realisation (lower is better) has those operands; its slip
    # fits no formula and is judged by the usual one of such an indicator, realisation against target
    slipped = [(check, after, *((den, num) if name in ACHIEVED_AS_TARGET_OVER_REALISATION else (num, den)), "mismatch")
               if stated == before else (check, stated, num, den, verdict)
               for check, stated, num, den, verdict in claims]
    assert slipped != claims
    # the other claims of the passage as they were, the slipped one a mismatch
    checks = percent_checks(text.replace(old, new))
    found = expected_hits(checks, slipped)
    assert [c.message for c in checks if c not in found and c.verdict == "mismatch"] == []


# (passage, old, new, check, stated after): a wrong cell in a table, a mismatch in its row
TABLE_SLIPS = [
    ("lra_tabbed", "\t95,92\t", "\t95,29\t", "row_percent", 95.29),
    ("lra_tabbed", "\t(726.431.550)", "\t(762.431.550)", "row_difference", -762431550),
    ("lra_sisa_anggaran", "\t89,87\n", "\t89,78\n", "row_percent", 89.78),
    ("lra_sisa_anggaran", "\t352.571.000\t", "\t325.571.000\t", "row_difference", 325571000),
    ("apbdp_tabel_perubahan", "\t3,55\n", "\t3,43\n", "row_percent", 3.43),
    ("apbdp_tabel_perubahan", "\t(13,78)\n", "\t(15,98)\n", "row_percent", -15.98),
    ("apbdp_tabel_perubahan", "\t192.350.000\t", "\t129.350.000\t", "row_difference", 129350000),
    ("monev_tabel_fisik_keuangan", "\t45,00\t50,00", "\t47,00\t50,00", "row_percent", 47.0),
    ("lra_lebih_kurang_before_percent", "\t93,40\n", "\t94,30\n", "row_percent", 94.30),
    ("lra_lebih_kurang_before_percent", "\t(343.350.000)\t", "\t(334.350.000)\t", "row_difference", -334350000),
    # judged by the formula of the column's other rows (a row that fits the change over the value
    # before it, 30 / 150 = 20, is taken as that: no verdict against the column)
    ("apbdp_tabel_persen_menjadi", "\t(25,00)\n", "\t(52,00)\n", "row_percent", -52.0),
    ("renstra_per_tahun", "\t102,18\n", "\t101,28\n", "row_percent", 101.28),
    ("renstra_indikator_persen", "\t97,50\n", "\t95,70\n", "row_percent", 95.70),
    ("renstra_pendanaan", "\t93,00\n", "\t92,00\n", "row_percent", 92.0),
    ("lra_cell_a_line", "\n90,04\n", "\n90,40\n", "row_percent", 90.40),
    ("lra_single_spaces", " 90,04 ", " 90,40 ", "row_percent", 90.40),
    ("monev_single_spaces", " 80,00 100,00", " 78,00 100,00", "row_percent", 78.0),
]
TABLE_SLIP_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("name,old,new,check,stated", [
    pytest.param(*s, id=f"{s[0]}-{s[1].strip()}->{s[2].strip()}",
                 marks=[pytest.mark.xfail(strict=True, reason=TABLE_SLIP_GAPS[s[0]])] if s[0] in TABLE_SLIP_GAPS else [])
    for s in TABLE_SLIPS])
def test_table_slip_is_a_mismatch_of_its_row(name, old, new, check, stated):
    file, index, _, _, _, _ = PASSAGES[name]
    text = passage(file, index)
    assert text.count(old) == 1
    slipped = text.replace(old, new)
    checks = extract_text(slipped).checks
    assert any(c.check == check and c.stated == pytest.approx(stated) and c.verdict == "mismatch" for c in checks), \
        [c.message for c in checks if c.check == check]
    # no other mismatch but in the slipped row, and the total of the slipped cell's column
    # (a cell's slip leaves its column's total unequal to the sum)
    assert [c.message for c in checks if c.verdict == "mismatch" and new.strip() not in c.quote
            and c.check != "column_total"] == []


def test_an_amount_in_words_that_says_another_figure():
    text = passage("bpk", 3)
    old, new = "delapan puluh lima juta", "lima puluh delapan juta"
    assert text.count(old) == 1
    words = [(c.stated, c.expected, c.verdict) for c in extract_text(text.replace(old, new)).checks
             if c.check == "amount_in_words"]
    assert words == [(1285e6, 1258e6, "mismatch")]
    assert [(c.verdict) for c in extract_text(text).checks if c.check == "amount_in_words"] == ["consistent"]


# a stated difference that does not add up in prose: the percentage is judged as the change of the
# two values (claims.py `_change_claim`, since stop 28; before, against the stated difference, which it fit)
def test_a_difference_in_prose_that_does_not_add_up():
    text = passage("apbdp", 5).replace("bertambah Rp250.000.000,00 (11,90%)", "bertambah Rp200.000.000,00 (9,52%)")
    assert any(c.verdict == "mismatch" for c in extract_text(text).checks)


# a total paid that is not the count times the rate (a strict xfail until stop 32: no check had a
# name for it; now count_times_rate, audit/products.py)
def test_a_total_paid_that_is_not_count_times_rate():
    text = passage("bansos", 0).replace("Rp3.793.500.000", "Rp3.739.500.000")
    assert [(c.check, c.expected) for c in extract_text(text).checks if c.verdict == "mismatch"] == [
        ("count_times_rate", 3793500000.0)]


# --- the same passages as copies write them: wrapped at 60 columns, "Rp" glued to its figure ---

def _wrap60(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, 60, break_long_words=False, break_on_hyphens=False) \
            if len(line) > 60 and "\t" not in line else [line]
    return "\n".join(out)


REWRITINGS = {
    "wrap60": _wrap60,
    "rp_glued": lambda t: re.sub(r"\bRp\.? ?(?=[1-9])", "Rp", t),
    "rp_spaced": lambda t: re.sub(r"\bRp\.? ?(?=[1-9])", "Rp ", t),
}


def _findings(text: str) -> tuple[list, list]:
    report = extract_text(text)
    checks = sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in report.checks)
    programs = [(" ".join(p.name.split()), p.budget.pagu, p.budget.realisasi) for p in report.programs]
    return checks, programs


@pytest.mark.parametrize("way,name", [(w, n) for w in REWRITINGS for n in PASSAGES])
def test_a_passage_written_another_way_reads_the_same(way, name):
    file, index, *_ = PASSAGES[name]
    text = passage(file, index)
    assert _findings(REWRITINGS[way](text)) == _findings(text)


# a count's fall or rise whose old value stands after "dibandingkan tahun ..." and a word of
# reaching ("yang mencapai", "yang tercatat"), or after "tahun lalu" (FAILED BEFORE: the first
# three lost, with their slips); the last a control of the shape that was read already
COUNT_CHANGE_OLD_AFTER = [
    ("Penerima PKH tahun 2023 sebanyak 4.590 KPM, naik dibandingkan tahun 2022 yang mencapai 4.250 KPM atau "
     "bertambah 8 persen.", 8, 340, 4250, "consistent"),
    ("Penerima PKH tahun 2023 sebanyak 4.590 KPM, naik dibandingkan tahun 2022 yang mencapai 4.250 KPM atau "
     "bertambah 7,41 persen.", 7.41, 340, 4250, "mismatch"),
    ("Tahun ini jumlah lansia terlantar yang dilayani 1.140 orang, turun dibanding tahun lalu yang tercatat "
     "1.200 orang atau berkurang 5 persen.", 5, 60, 1200, "consistent"),
    ("Penerima PKH tahun 2023 sebanyak 4.590 KPM, naik dibandingkan tahun 2022 sebanyak 4.250 KPM atau "
     "bertambah 8 persen.", 8, 340, 4250, "consistent"),
]


@pytest.mark.parametrize("text,stated,num,den,verdict", COUNT_CHANGE_OLD_AFTER,
                         ids=[f"{i:02d}" for i in range(len(COUNT_CHANGE_OLD_AFTER))])
def test_a_count_change_whose_old_value_follows_dibandingkan(text, stated, num, den, verdict):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in percent_checks(text)]
    assert got == [(pytest.approx(stated), pytest.approx(num), pytest.approx(den), verdict)]


# a target word heading a realisation word names a target ("Target realisasi keuangan ... 45%",
# "Target penyerapan anggaran ... 95%"): its achievement is judged (FAILED BEFORE: the first three
# lost, the percentage taken for a realisation); the last a control: no achievement stated
TARGET_OF_A_REALISATION = [
    ("Target realisasi keuangan Triwulan III sebesar 70%, realisasi sebesar 62,49%, sehingga capaian sebesar "
     "89,27%.", [(89.27, 62.49, 70, "consistent")]),
    ("Target realisasi keuangan Triwulan III sebesar 70%, realisasi sebesar 62,49%, sehingga capaian sebesar "
     "87,29%.", [(87.29, 62.49, 70, "mismatch")]),
    ("Target penyerapan anggaran tahun 2023 sebesar 95%, sedangkan realisasi penyerapan mencapai 92,15% sehingga "
     "capaian 97%.", [(97, 92.15, 95, "consistent")]),
    ("Target realisasi fisik Triwulan II sebesar 50%, sedangkan realisasi keuangan baru 45%.", []),
]


@pytest.mark.parametrize("text,expected", TARGET_OF_A_REALISATION,
                         ids=[f"{i:02d}" for i in range(len(TARGET_OF_A_REALISATION))])
def test_a_target_of_a_realisation_is_a_target(text, expected):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in percent_checks(text)]
    assert got == [(pytest.approx(s), pytest.approx(n), pytest.approx(d), v) for s, n, d, v in expected]


# an achievement whose sentence opens by pointing back to the realisation of the sentence before
# ("Realisasi tahun 2023 tersebut", "Realisasi tersebut") and names its target: the count of the
# target's unit there, of the year named, or the one a change ended at (FAILED BEFORE: the first
# three lost); controls: another year than the sentence before's, a list of counts and no change
POINTED_BACK_REALISATION = [
    ("Jumlah KPM meningkat dari 11.250 KPM pada tahun 2019 menjadi 14.400 KPM pada tahun 2023, atau naik 28 persen. "
     "Realisasi tahun 2023 tersebut melampaui target akhir Renstra sebesar 13.500 KPM dengan capaian 104,67 persen.",
     [(28, 3150, 11250, "consistent"), (104.67, 14400, 13500, "mismatch")]),
    ("Jumlah KPM meningkat dari 11.250 KPM pada tahun 2019 menjadi 14.400 KPM pada tahun 2023, atau naik 28 persen. "
     "Realisasi tersebut melampaui target akhir Renstra sebesar 13.500 KPM dengan capaian 106,67 persen.",
     [(28, 3150, 11250, "consistent"), (106.67, 14400, 13500, "consistent")]),
    ("Anak terlantar yang mendapat layanan pada tahun 2022 sebanyak 296 anak dan pada tahun 2023 sebanyak 331 "
     "anak, atau bertambah 11,82 persen. Realisasi tahun 2023 tersebut mencapai target sebesar 325 anak dengan "
     "capaian 101,85 persen.", [(11.82, 35, 296, "consistent"), (101.85, 331, 325, "consistent")]),
    ("Jumlah KPM meningkat dari 11.250 KPM pada tahun 2019 menjadi 14.400 KPM pada tahun 2023, atau naik 28 persen. "
     "Realisasi tahun 2021 tersebut melampaui target sebesar 13.500 KPM dengan capaian 106,67 persen.",
     [(28, 3150, 11250, "consistent")]),
    ("Jumlah lansia yang dilayani 480 orang dan anak terlantar 320 orang, atau naik 12 persen. Realisasi tersebut "
     "mencapai target sebesar 900 orang dengan capaian 78,89 persen.", []),
]


@pytest.mark.parametrize("text,expected", POINTED_BACK_REALISATION,
                         ids=[f"{i:02d}" for i in range(len(POINTED_BACK_REALISATION))])
def test_an_achievement_of_a_realisation_pointed_back_to(text, expected):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in percent_checks(text)]
    assert got == [(pytest.approx(s), pytest.approx(n), pytest.approx(d), v) for s, n, d, v in expected]


def test_indicators_are_counted_and_a_goal_with_them_is_no_target():
    """'indikator' counts ("dari 14 indikator, 11 indikator ... atau 78,57 persen"), and "sasaran
    strategis dengan 8 indikator" names goals that have 8 indicators, no target of 8 (FAILED BEFORE:
    no count)."""
    mentions = extract_text("Laporan ini terdiri dari 4 sasaran strategis dengan 8 indikator kinerja. Masih terdapat "
                            "2 (dua) indikator yang belum tercapai.").mentions
    assert [(m.kind, m.value, m.unit) for m in mentions if m.kind in ("count", "target")] == [
        ("count", 8, "indikator"), ("count", 2, "indikator")]
