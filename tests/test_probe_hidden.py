"""A blind probe of the kinds of excerpt the project is judged on, in phrasings the other probes lack.

The passages, in tests/fixtures/probes-hidden/*.txt (one passage a block, two blank lines between
blocks), were written for these tests in the register of the real excerpts of shared/dev: LKPJ
chapters of an urusan sosial with their page headers, OCR spacing ("Rp . 1 . 250 . 000 . 000"),
hyphenated words and "[...]"; LKjIP "Ikhtisar Eksekutif" and indicator tables as text; Renja
chapters; news of DPRD hearings on an LKPJ with a quoted Kadinsos; news of a Dinsos budget per
kabupaten; Kemensos national news in "T" and "triliun"; an official profile page; a thesis chapter.
Their phrasings: percentages of three bidang in one sentence with "masing-masing", "terserap",
"terpakai", "sisa anggaran (SiLPA)", "naik/turun sebesar Rp X atau P persen dibanding tahun
sebelumnya", achievements that "melampaui target", counts per kecamatan with their total, amounts
"terbilang", "Rp450 jt", "Rp 14,6 M", "Rp61,3 T", dates beside figures, two regions compared in one
paragraph, a program table read as text.

Every answer was worked out by hand with the rule of shared/gold/README.md (half-up rounding to the
stated decimals; an operand written rounded stands for every value that rounds to it). Each
passage has the checks it must give and no others, its rupiah amounts and its programs; SLIPS
plant one wrong percentage (or a wrong amount in words) that must be the one mismatch. Controls
are passages whose percentages are of nothing the figures around them give (points of change,
an efficiency, rates with no amount): they must give no check at all, or only the listed ones.

Failed on the code before this file's rules: see the module's report in the CHANGELOG.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest
import regex
from probe_assertions import PERCENT_CHECKS, expected_hits, percent_checks

from kesos_extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "probes-hidden"
# where the words leave it open whether a ratio is a realisation, an achievement or a share
ANY = PERCENT_CHECKS
BUDGET_OR_SHARE = ("budget_percent", "share_percent")


def passage(file: str, index: int) -> str:
    return (FIXTURES / f"{file}.txt").read_text(encoding="utf-8").split("\n\n\n")[index].strip("\n") + "\n"


# name: (file, index, claims [(check or checks, stated, numerator, denominator, verdict)],
#        rupiah amounts in order, programs [(name, pagu, realisasi, percent, number of activities)])
PASSAGES = {
    # three bidang with "masing-masing": percentages first, then realisations, then pagu, in order;
    # 1.245,3/1.323,1 = 94,12; 876,45/960 = 91,2969; 2.310/2.340 = 98,7179; their sum 4.431,75/4.623,1 = 95,861
    "lkpj_bidang_masing_masing": ("lkpj", 0, [
        ("budget_percent", 95.86, 4431750000, 4623100000, "consistent"),
        ("budget_percent", 94.12, 1245300000, 1323100000, "consistent"),
        ("budget_percent", 91.30, 876450000, 960000000, "consistent"),
        ("budget_percent", 98.72, 2310000000, 2340000000, "consistent"),
    ], [4431750000, 4623100000, 1245300000, 876450000, 2310000000, 1323100000, 960000000, 2340000000], []),
    # "terpakai", "terserap", the remainder named SiLPA: 1.794,9/1.860 = 96,5; 3.312,45/3.450 = 96,013;
    # 137,55/3.450 = 3,987
    "lkpj_terpakai_silpa": ("lkpj", 1, [
        ("budget_percent", 96.50, 1794900000, 1860000000, "consistent"),
        ("budget_percent", 96.01, 3312450000, 3450000000, "consistent"),
        ("share_percent", 3.99, 137550000, 3450000000, "consistent"),
    ], [1860000000, 1794900000, 3450000000, 3312450000, 137550000], [
        ("Program Rehabilitasi Sosial", 1860000000, 1794900000, 96.5, 1),
        ("Program Perlindungan dan Jaminan Sosial", 3450000000, 3312450000, 96.01, 0),
    ]),
    # OCR spacing, hyphenated words and a page header inside a sentence: 1.187,5/1.250 = 95;
    # 398,65/425 = 93,8
    "lkpj_ocr_page_header": ("lkpj", 2, [
        ("budget_percent", 95, 1187500000, 1250000000, "consistent"),
        ("budget_percent", 93.80, 398650000, 425000000, "consistent"),
    ], [1250000000, 1187500000, 425000000, 398650000], [
        ("Program Pemberdayaan Sosial", 1250000000, 1187500000, 95, None),
        ("Program Penanganan Bencana", 425000000, 398650000, 93.8, 0),
    ]),
    # bullets of achievements, one "melampaui target": 2.616/2.400 = 109; 80/85 = 94,1176; the third
    # bullet's "(100%)" is of its own 1.340 jiwa, whose whole no figure gives
    "lkpj_melampaui_bullets": ("lkpj", 3, [
        ("target_percent", 109, 2616, 2400, "consistent"),
        ("target_percent", 94.12, 80, 85, "consistent"),
    ], [], []),
    # amounts in words beside their digits: 2.389,6125/2.475 = 96,55
    "lkpj_terbilang": ("lkpj", 4, [
        ("budget_percent", 96.55, 2389612500, 2475000000, "consistent"),
    ], [2475000000, 2389612500], []),
    # a program table as text (row checks of tables, not prose claims): the programs and their budgets
    "lkpj_table_as_text": ("lkpj", 5, [], [], [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6412850000, 6015230400, 93.80, 0),
        ("Program Pemberdayaan Sosial", 742500000, 718020000, 96.70, 0),
        ("Program Rehabilitasi Sosial", 1318400000, 1296110000, 98.31, 0),
        ("Program Perlindungan dan Jaminan Sosial", 2105000000, 2073000000, 98.48, 0),
        ("Program Penanganan Bencana", 310000000, 287450000, 92.73, 0),
    ]),
    # the percentage before its amounts ("terealisasi 97,25% yaitu Rp A dari anggaran Rp B"), bullets of
    # kegiatan, counts per kecamatan "masing-masing" summed: 1.458,75/1.500 = 97,25; 60/75 = 80
    "lkpj_percent_first": ("lkpj", 6, [
        ("budget_percent", 97.25, 1458750000, 1500000000, "consistent"),
        ("target_percent", 80, 60, 75, "consistent"),
    ], [1458750000, 1500000000], [
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 1500000000, 1458750000, 97.25, 3),
    ]),
    # an achievement above target, then a share in a bullet of its own, written cut (2/3 = 66,6667:
    # 66,66 is truncated), then an indicator against its target with no achievement stated
    "lkpj_truncated_share": ("lkpj", 7, [
        ("target_percent", 115.38, 30, 26, "consistent"),
        ("share_percent", 66.66, 2, 3, "truncated"),
    ], [], []),
    # a page header between the realisation and its percentage: 7.845,2103/8.586,2 = 91,37
    "lkpj_header_inside_claim": ("lkpj", 8, [
        ("budget_percent", 91.37, 7845210300, 8586200000, "consistent"),
    ], [7845210300, 8586200000], []),

    # a program table as text with "Rp." in its cells and a source line under it (no activity)
    "lkpj_table_rp_cells": ("lkpj", 9, [], [845e6, 801905000, 320e6, 307584000], [
        ("Program Pemberdayaan Fakir Miskin, KAT dan PMKS Lainnya", 845e6, 801905000, 94.90, 0),
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 320e6, 307584000, 96.12, 0),
    ]),
    # financial and physical realisation side by side: 307,584/320 = 96,12; the physical 100% is of nothing
    "lkpj_fisik_keuangan": ("lkpj", 10, [
        ("budget_percent", 96.12, 307584000, 320e6, "consistent"),
    ], [320e6, 307584000], []),
    # amounts in words in title case, one wrapped inside its bracket: 816/850 = 96
    "lkpj_terbilang_title_case": ("lkpj", 11, [
        ("budget_percent", 96, 816e6, 850e6, "consistent"),
    ], [850e6, 816e6], [("Program Perlindungan dan Jaminan Sosial", 850e6, 816e6, 96, 0)]),

    # indicators per outcome: 11/14 = 78,5714; 2/14 = 14,2857; 1/14 = 7,1429; money in "M":
    # 13,96/14,72 = 94,837
    "lakip_ikhtisar": ("lakip", 0, [
        (ANY, 78.57, 11, 14, "consistent"),
        (ANY, 14.29, 2, 14, "consistent"),
        (ANY, 7.14, 1, 14, "consistent"),
        ("budget_percent", 94.84, 13960000000, 14720000000, "consistent"),
    ], [13960000000, 14720000000], []),
    # an indicator table as text: rows checked as rows, no prose claim
    "lakip_indicator_table": ("lakip", 1, [], [], []),
    # control: an efficiency that is a difference of two percentages (97,35 - 91,08 = 6,27)
    "lakip_efisiensi": ("lakip", 2, [], [], []),
    # an achievement of percentages: 73,5/70 = 105; the rise in points is no ratio; 294/400 = 73,5
    # is the indicator's own realisation, stated before its count
    "lakip_capaian_percentages": ("lakip", 3, [
        ("target_percent", 105, 73.5, 70, "consistent"),
    ], [], []),
    # the pagu after its percentage, the remainder and its parts with no percentage:
    # 12.842,615/13.769,5 = 93,2686
    "lakip_sisa_parts": ("lakip", 4, [
        ("budget_percent", 93.27, 12842615000, 13769500000, "consistent"),
    ], [12842615000, 13769500000, 926885000, 512300000, 414585000], []),

    # a budget per sasaran, each on a line of labels: 2.198,765432/2.345,678 = 93,7369; 612,48/640 = 95,7
    "lakip_per_sasaran": ("lakip", 5, [
        ("budget_percent", 93.74, 2198765432, 2345678000, "consistent"),
        ("budget_percent", 95.70, 612480000, 640e6, "consistent"),
    ], [2345678000, 2198765432, 640e6, 612480000], []),

    # a rise in money against last year's pagu: 1.120,4/8.755 = 12,7973
    "renja_naik_sebesar": ("renja", 0, [
        ("share_percent", 12.80, 1120400000, 8755000000, "consistent"),
    ], [9875400000, 1120400000, 8755000000], []),
    # kegiatan done of those planned: 29/32 = 90,625, half-up to 90,63
    "renja_evaluasi": ("renja", 1, [
        ("target_percent", 90.63, 29, 32, "consistent"),
    ], [642300000], []),
    # programs with their pagu indikatif on the next line; a total against a year not given
    "renja_pagu_indikatif": ("renja", 2, [], [7215000000, 385000000, 1040500000, 812000000, 9452500000], [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 7215000000, None, None, 0),
        ("Program Pemberdayaan Sosial", 385000000, None, None, 0),
        ("Program Rehabilitasi Sosial", 1040500000, None, None, 0),
        ("Program Perlindungan dan Jaminan Sosial", 812000000, None, None, 0),
    ]),

    # a quoted Kadinsos: 17,2/18,6 = 92,4731
    "hearing_kadinsos_quote": ("hearings", 0, [
        ("budget_percent", 92.47, 17.2e9, 18.6e9, "consistent"),
    ], [18.6e9, 17.2e9], []),
    # SiLPA of a pagu: 1,3/16,7 = 7,784
    "hearing_silpa": ("hearings", 1, [
        (BUDGET_OR_SHARE, 7.8, 1.3e9, 16.7e9, "consistent"),
    ], [1.3e9, 16.7e9], []),
    # two regions in one sentence: 8,4/9,1 = 92,3077; 5,2/7,8 = 66,6667
    "hearing_two_regions": ("hearings", 2, [
        ("budget_percent", 92.3, 8.4e9, 9.1e9, "consistent"),
        ("budget_percent", 66.7, 5.2e9, 7.8e9, "consistent"),
    ], [8.4e9, 9.1e9, 5.2e9, 7.8e9], []),
    # a fall in money against last year, whose figure is new + fall: 2.310,5/13.555,5 = 17,0447
    "hearing_turun_sebesar": ("hearings", 3, [
        ("share_percent", 17.04, 2310500000, 13555500000, "consistent"),
    ], [11245000000, 2310500000], []),
    # control: physical and financial realisation rates, a count below a rate, another OPD's rate
    "hearing_rates_only": ("hearings", 4, [], [], []),
    # a rise in points (93,4 - 88,2), then a fall between two years' amounts: (15,2 - 13,9)/15,2 = 8,55
    # (within the rounding: 1,2/15,25 .. 1,4/15,15 = 7,87 .. 9,24)
    "hearing_points_and_fall": ("hearings", 5, [
        ("share_percent", 8.55, 1.3e9, 15.2e9, "consistent"),
    ], [15.2e9, 13.9e9], []),

    # counts per kecamatan with their total: 3.120, 2.496, 1.872 and 4.992 of 12.480 = 25, 20, 15, 40
    "news_pmks_per_kecamatan": ("news", 0, [
        ("share_percent", 25, 3120, 12480, "consistent"),
        ("share_percent", 20, 2496, 12480, "consistent"),
        ("share_percent", 15, 1872, 12480, "consistent"),
        ("share_percent", 40, 4992, 12480, "consistent"),
    ], [], []),
    # control: parts of a count with no percentage
    "news_psks_parts": ("news", 1, [], [], []),
    # "jt" glued to the figure: 427,5/450 = 95
    "news_jt": ("news", 2, [
        ("budget_percent", 95, 427.5e6, 450e6, "consistent"),
    ], [450e6, 427.5e6], []),
    # a date before the figures, last year's rate after them: 4.230/4.638 = 91,2031
    "news_date_and_last_year": ("news", 3, [
        ("budget_percent", 91.2, 4230000000, 4638000000, "consistent"),
    ], [4230000000, 4638000000], []),
    # shares of a total in "M": 2,75, 2,25 and 1,5 of 12,5 = 22, 18, 12
    "news_bansos_per_kabupaten": ("news", 4, [
        ("share_percent", 22, 2.75e9, 12.5e9, "consistent"),
        ("share_percent", 18, 2.25e9, 12.5e9, "consistent"),
        ("share_percent", 12, 1.5e9, 12.5e9, "consistent"),
    ], [12.5e9, 2.75e9, 2.25e9, 1.5e9], []),
    # a rise in a count against last year's: 205/1.640 = 12,5
    "news_aslut_naik": ("news", 5, [
        ("share_percent", 12.5, 205, 1640, "consistent"),
    ], [200000], []),
    # "Dari pagu Rp 1,2 M ... terealisasi Rp 1,08 M (90 persen), sisa Rp 120 jt": 1,08/1,2 = 90
    "news_sisa_jt": ("news", 6, [
        ("budget_percent", 90, 1.08e9, 1.2e9, "consistent"),
    ], [1.2e9, 1.08e9, 120e6], []),
    # control: a product of a count and an amount, no percentage
    "news_total_bansos": ("news", 7, [], [600000, 2.55e9], []),
    # two regions in two sentences: 21,6/48 = 45; 30,8/44 = 70
    "news_two_regions_sentences": ("news", 8, [
        ("budget_percent", 45, 21.6e9, 48e9, "consistent"),
        ("budget_percent", 70, 30.8e9, 44e9, "consistent"),
    ], [21.6e9, 48e9, 30.8e9, 44e9], []),
    # counts per kecamatan summed, then against the target: 1.100/1.250 = 88
    "news_blt_per_kecamatan": ("news", 9, [
        ("target_percent", 88, 1100, 1250, "consistent"),
    ], [], []),

    # two regions' counts in one sentence: 18.450/18.981 = 97,2025; 9.870/10.378 = 95,105
    "news_two_regions_counts": ("news", 10, [
        ("share_percent", 97.2, 18450, 18981, "consistent"),
        ("share_percent", 95.1, 9870, 10378, "consistent"),
    ], [], []),
    # a bulleted list per kecamatan, its total on the line after it: 1.245, 1.100, 980, 875 and 800
    # of 5.000 = 24,9; 22; 19,6; 17,5; 16
    "news_pmks_bullets_total_after": ("news", 11, [
        ("share_percent", 24.9, 1245, 5000, "consistent"),
        ("share_percent", 22, 1100, 5000, "consistent"),
        ("share_percent", 19.6, 980, 5000, "consistent"),
        ("share_percent", 17.5, 875, 5000, "consistent"),
        ("share_percent", 16, 800, 5000, "consistent"),
    ], [], []),
    # a fraction's speech on the LKPJ, "sekitar": 3,4/5 = 68
    "hearing_fraksi_sekitar": ("news", 12, [
        ("budget_percent", 68, 3.4e9, 5e9, "consistent"),
    ], [3.4e9, 5e9], []),

    # a national pagu's rise, then a share of it: 1,17/78,04 = 1,4992; 75,84/79,21 = 95,7455
    "kemensos_pagu_naik": ("kemensos", 0, [
        ("share_percent", 1.5, 1.17e12, 78.04e12, "consistent"),
        ("share_percent", 95.75, 75.84e12, 79.21e12, "consistent"),
    ], [79.21e12, 1.17e12, 78.04e12, 75.84e12], []),
    # "T" for triliun glued to "Rp": 61,3/79,2 = 77,399
    "kemensos_t": ("kemensos", 1, [
        ("budget_percent", 77.4, 61.3e12, 79.2e12, "consistent"),
    ], [61.3e12, 79.2e12], []),
    # control: realisation rates "masing-masing" with only the pagu given
    "kemensos_rates_only": ("kemensos", 2, [], [1.23e12, 1.87e12], []),
    # shares of a province's total: 2,31/4,97 = 46,4789; 2,1/4,97 = 42,2535
    "kemensos_jatim_shares": ("kemensos", 3, [
        ("share_percent", 46.48, 2.31e12, 4.97e12, "consistent"),
        ("share_percent", 42.25, 2.1e12, 4.97e12, "consistent"),
    ], [4.97e12, 2.31e12, 2.1e12], []),

    # two parts "masing-masing" of one whole after their percentages: 28,7/78,25 = 36,677; 45,1/78,25 = 57,636
    "kemensos_masing_masing_one_whole": ("kemensos", 4, [
        ("share_percent", 36.7, 28.7e12, 78.25e12, "consistent"),
        ("share_percent", 57.6, 45.1e12, 78.25e12, "consistent"),
    ], [28.7e12, 45.1e12, 78.25e12], []),
    # control: this year's and last year's uptake rates, no amount
    "kemensos_rates_two_years": ("kemensos", 5, [], [], []),

    # a profile page: bullets of programs with their pagu in "M"
    "profile_programs_m": ("profile", 0, [], [14.6e9, 9.8e9, 1.1e9, 2.3e9, 1.2e9, 0.2e9], [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9.8e9, None, None, 0),
        ("Program Pemberdayaan Sosial", 1.1e9, None, None, 0),
        ("Program Rehabilitasi Sosial", 2.3e9, None, None, 0),
        ("Program Perlindungan dan Jaminan Sosial", 1.2e9, None, None, 0),
        ("Program Penanganan Bencana", 0.2e9, None, None, 0),
    ]),
    # control: tasks and functions name no program
    "profile_tupoksi": ("profile", 1, [], [], []),

    # respondents of a thesis: 24, 10 and 6 of 40 = 60, 25, 15
    "skripsi_responden": ("skripsi", 0, [
        ("share_percent", 60, 24, 40, "consistent"),
        ("share_percent", 25, 10, 40, "consistent"),
        ("share_percent", 15, 6, 40, "consistent"),
    ], [], []),
    # a thesis's numbered programs with their budgets: 1.978/2.150 = 92; 601,6/640 = 94; 263,5/310 = 85
    "skripsi_programs": ("skripsi", 1, [
        ("budget_percent", 92, 1978000000, 2150000000, "consistent"),
        ("budget_percent", 94, 601600000, 640000000, "consistent"),
        ("budget_percent", 85, 263500000, 310000000, "consistent"),
    ], [2150000000, 1978000000, 640000000, 601600000, 310000000, 263500000], [
        ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", 2150000000, 1978000000, 92, 0),
        ("Program Pembinaan Anak Terlantar", 640000000, 601600000, 94, 0),
        ("Program Pemberdayaan Kelembagaan Kesejahteraan Sosial", 310000000, 263500000, 85, 0),
    ]),
    # shares of a whole in the sentence's opening, the last "sisanya": 45, 30 and 45 of 120 = 37,5; 25; 37,5
    "skripsi_sisanya": ("skripsi", 3, [
        ("share_percent", 37.5, 45, 120, "consistent"),
        ("share_percent", 25, 30, 120, "consistent"),
    ], [], []),
    # an index's rise in points and in percent: 3,3/65,2 = 5,0613; targets of two years are no ratio
    "lakip_sakip_index": ("lakip", 6, [
        ("share_percent", 5.06, 3.3, 65.2, "consistent"),
    ], [], []),
    # counts in "juta" against a target: 18,8/20 = 94
    "kemensos_juta_kpm": ("kemensos", 6, [
        ("target_percent", 94, 18.8e6, 20e6, "consistent"),
    ], [200000], []),
    # a table with tabs and its total row (column totals: 1.600 and 145), no prose claim
    "news_table_per_kecamatan": ("news", 13, [], [], []),
    # control: percentages a council member names, of nothing given
    "hearing_rates_named": ("hearings", 6, [], [], []),
    # control: a thesis's table of respondents by age as text ("41 - 50 tahun" is an age range, no count)
    "skripsi_age_table": ("skripsi", 2, [], [], []),
}

# (passage, old, new, stated before, stated after): the one planted slip, which must be a mismatch
SLIPS = [
    ("lkpj_bidang_masing_masing", "91,30%", "93,10%", 91.30, 93.10),
    ("lkpj_bidang_masing_masing", "95,86%", "95,68%", 95.86, 95.68),
    ("lkpj_terpakai_silpa", "atau 3,99%", "atau 3,89%", 3.99, 3.89),
    ("lkpj_terpakai_silpa", "96,50%", "95,60%", 96.50, 95.60),
    ("lkpj_ocr_page_header", "atau 95 %", "atau 96 %", 95, 96),
    ("lkpj_melampaui_bullets", "94,12%", "94,21%", 94.12, 94.21),
    ("lkpj_terbilang", "96,55 %", "96,65 %", 96.55, 96.65),
    ("lkpj_percent_first", "97,25%", "97,52%", 97.25, 97.52),
    ("lkpj_percent_first", "(80%)", "(85%)", 80, 85),
    ("lkpj_truncated_share", "(115,38%)", "(113,58%)", 115.38, 113.58),
    ("lkpj_truncated_share", "(66,66%)", "(60,66%)", 66.66, 60.66),
    ("lkpj_header_inside_claim", "91,37%", "93,17%", 91.37, 93.17),
    ("lakip_ikhtisar", "(14,29%)", "(12,49%)", 14.29, 12.49),
    ("lakip_ikhtisar", "atau 94,84%", "atau 98,44%", 94.84, 98.44),
    ("lakip_capaian_percentages", "105%", "110%", 105, 110),
    ("lakip_sisa_parts", "93,27%", "92,37%", 93.27, 92.37),
    ("renja_naik_sebesar", "12,80 persen", "12,08 persen", 12.80, 12.08),
    ("renja_evaluasi", "(90,63 %)", "(96,63 %)", 90.63, 96.63),
    ("hearing_kadinsos_quote", "92,47 persen", "97,42 persen", 92.47, 97.42),
    ("hearing_silpa", "7,8 persen", "8,7 persen", 7.8, 8.7),
    ("hearing_two_regions", "66,7 persen", "76,7 persen", 66.7, 76.7),
    ("hearing_two_regions", "(92,3 persen)", "(95,3 persen)", 92.3, 95.3),
    # the fall taken against the new value: 2.310,5/11.245 = 20,55
    ("hearing_turun_sebesar", "17,04 persen", "20,55 persen", 17.04, 20.55),
    ("hearing_points_and_fall", "8,55 persen", "10,55 persen", 8.55, 10.55),
    ("news_pmks_per_kecamatan", "(15 persen)", "(18 persen)", 15, 18),
    ("news_jt", "95 persen", "59 persen", 95, 59),
    ("news_date_and_last_year", "91,2 persen", "92,1 persen", 91.2, 92.1),
    ("news_bansos_per_kabupaten", "(18 persen)", "(16 persen)", 18, 16),
    # the rise taken against the new count: 205/1.845 = 11,11
    ("news_aslut_naik", "12,5 persen", "11,1 persen", 12.5, 11.1),
    ("news_sisa_jt", "(90 persen)", "(98 persen)", 90, 98),
    ("news_two_regions_sentences", "atau 45 persen", "atau 54 persen", 45, 54),
    ("news_two_regions_sentences", "atau 70 persen", "atau 75 persen", 70, 75),
    ("news_blt_per_kecamatan", "88 persen", "86 persen", 88, 86),
    ("kemensos_pagu_naik", "95,75 persen", "97,55 persen", 95.75, 97.55),
    ("kemensos_t", "77,4%", "74,7%", 77.4, 74.7),
    ("kemensos_jatim_shares", "42,25 persen", "44,25 persen", 42.25, 44.25),
    ("skripsi_responden", "(25%)", "(20%)", 25, 20),
    ("skripsi_programs", "(94%)", "(92%)", 94, 92),
    ("lkpj_fisik_keuangan", "(96,12%)", "(96,21%)", 96.12, 96.21),
    ("lkpj_terbilang_title_case", "atau 96 %", "atau 69 %", 96, 69),
    ("news_two_regions_counts", "95,1 persen", "91,5 persen", 95.1, 91.5),
    ("news_pmks_bullets_total_after", "(22%)", "(20%)", 22, 20),
    ("news_pmks_bullets_total_after", "(24,9%)", "(29,4%)", 24.9, 29.4),
    ("hearing_fraksi_sekitar", "sekitar 68 persen", "sekitar 78 persen", 68, 78),
    ("kemensos_masing_masing_one_whole", "57,6 persen", "75,6 persen", 57.6, 75.6),
    ("lakip_per_sasaran", "95,70%", "97,50%", 95.70, 97.50),
    ("skripsi_sisanya", "(25%)", "(52%)", 25, 52),
    ("lakip_sakip_index", "5,06 persen", "5,60 persen", 5.06, 5.60),
    ("kemensos_juta_kpm", "94 persen", "92 persen", 94, 92),
]

# (passage, old, new, the amount in digits): an amount in words that says another figure
WORD_SLIPS = [
    ("lkpj_terbilang", "enam ratus dua belas ribu", "enam ratus dua puluh ribu", 2389612500),
    ("lkpj_terbilang_title_case", "Enam Belas Juta", "Enam Puluh Juta", 816000000),
]


def _assert_exact_claims(text: str, expected: list) -> None:
    """The text's percentage checks are the expected ones, each with its operands, kind and verdict."""
    checks = percent_checks(text)
    found = expected_hits(checks, expected)
    assert [c.message for c in checks if c not in found] == []


@pytest.mark.parametrize("name", list(PASSAGES))
def test_passage_claims(name):
    file, index, claims, _, _ = PASSAGES[name]
    _assert_exact_claims(passage(file, index), claims)


@pytest.mark.parametrize("name", list(PASSAGES))
def test_passage_amounts(name):
    file, index, _, rupiah, _ = PASSAGES[name]
    found = [m.value for m in extract_text(passage(file, index)).mentions if m.kind == "amount"]
    assert found == [pytest.approx(v) for v in rupiah]


@pytest.mark.parametrize("name", list(PASSAGES))
def test_passage_programs(name):
    file, index, _, _, programs = PASSAGES[name]
    got = extract_text(passage(file, index)).programs
    assert [p.name for p in got] == [name for name, *_ in programs]
    for p, (_, pagu, realisasi, percent, activities) in zip(got, programs):
        assert (p.budget.pagu, p.budget.realisasi, p.budget.percent) == (
            pytest.approx(pagu) if pagu else None, pytest.approx(realisasi) if realisasi else None,
            pytest.approx(percent) if percent else None), p.name
        if activities is not None:
            assert len(p.activities) == activities, [a.name for a in p.activities]


@pytest.mark.parametrize("name,old,new,before,after", SLIPS, ids=[f"{s[0]}-{s[3]}->{s[4]}" for s in SLIPS])
def test_slip_is_the_one_mismatch(name, old, new, before, after):
    file, index, claims, _, _ = PASSAGES[name]
    text = passage(file, index)
    assert text.count(old) == 1
    slipped = [(check, after, num, den, "mismatch") if stated == before else (check, stated, num, den, verdict)
               for check, stated, num, den, verdict in claims]
    assert slipped != claims
    _assert_exact_claims(text.replace(old, new), slipped)


@pytest.mark.parametrize("name,old,new,digits", WORD_SLIPS)
def test_an_amount_in_words_that_says_another_figure(name, old, new, digits):
    file, index, _, _, _ = PASSAGES[name]
    text = passage(file, index)
    assert text.count(old) == 1
    words = {c.stated: c.verdict for c in extract_text(text.replace(old, new)).checks if c.check == "amount_in_words"}
    assert words[digits] == "mismatch"
    assert set(words.values()) == {"consistent", "mismatch"}


# a share pointed back to the sentence before, which tells a change: its whole is the amount that
# is neither the change nor the old value (FAILED BEFORE: judged only where it fit, by the weighing)
POINTED_BACK_AFTER_A_CHANGE = [
    # 6/8 = 75: the new value as written, the old one not (its 10 miliar is new + fall)
    ("Anggaran Dinsos 2024 Rp 8.000.000.000, turun Rp 2.000.000.000 atau 20 persen dari tahun lalu. Dari jumlah "
     "itu, Rp 6.000.000.000 atau 70 persen untuk bansos.", 70, 6e9, 8e9, "mismatch"),
    ("Anggaran Dinsos 2024 Rp 8.000.000.000, turun Rp 2.000.000.000 atau 20 persen dari tahun lalu. Dari jumlah "
     "itu, Rp 6.000.000.000 atau 75 persen untuk bansos.", 75, 6e9, 8e9, "consistent"),
    # the old value written after the change: 3/12 = 25
    ("Pagu Dinsos tahun 2025 Rp 12.000.000.000, naik Rp 1.500.000.000 atau 14,29 persen dibanding tahun 2024 "
     "sebesar Rp 10.500.000.000. Dari jumlah tersebut, Rp 3.000.000.000 atau 28 persen untuk bantuan sosial.",
     28, 3e9, 12e9, "mismatch"),
]


@pytest.mark.parametrize("text,stated,num,den,verdict", POINTED_BACK_AFTER_A_CHANGE,
                         ids=[f"{i:02d}" for i in range(len(POINTED_BACK_AFTER_A_CHANGE))])
def test_a_share_pointed_back_after_a_change(text, stated, num, den, verdict):
    hits = [c for c in percent_checks(text) if c.stated == pytest.approx(stated)]
    assert [(c.operands["numerator"], c.operands["denominator"], c.verdict) for c in hits] == [
        (pytest.approx(num), pytest.approx(den), verdict)]
    assert [c.message for c in percent_checks(text) if c.verdict == "mismatch" and c.stated != pytest.approx(stated)] == []


# an achievement of percentages whose target ends the sentence before (FAILED BEFORE: judged only
# where it fit), and controls whose sentence before holds another indicator's or year's target
PERCENT_TARGET_BEFORE = [
    ("Indikator persentase anak terlantar yang terpenuhi hak dasarnya ditargetkan 70%. Pada tahun 2022 terealisasi "
     "73,5% sehingga capaiannya 110%.", [(110, 73.5, 70, "mismatch")]),
    ("Indikator persentase anak terlantar yang terpenuhi hak dasarnya ditargetkan 70%. Pada tahun 2022 terealisasi "
     "73,5% sehingga capaiannya 105%.", [(105, 73.5, 70, "consistent")]),
    ("Indikator persentase anak terlantar yang terpenuhi hak dasarnya ditargetkan 70%. Indikator persentase lansia "
     "terlantar yang terlayani terealisasi 73,5% dengan capaian 95%.", []),
    ("Persentase PMKS yang tertangani ditargetkan 70%. Sementara persentase PSKS yang aktif terealisasi 73,5% dengan "
     "capaian 95%.", []),
    ("Target kinerja tahun 2022 ditetapkan 70%. Pada tahun 2021 terealisasi 73,5% sehingga capaiannya 98%.", []),
]


@pytest.mark.parametrize("text,expected", PERCENT_TARGET_BEFORE,
                         ids=[f"{i:02d}" for i in range(len(PERCENT_TARGET_BEFORE))])
def test_an_achievement_of_a_percentage_target_in_the_sentence_before(text, expected):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in percent_checks(text)]
    assert got == [(pytest.approx(s), pytest.approx(n), pytest.approx(d), v) for s, n, d, v in expected]


def test_an_activity_hyphenated_at_a_line_break_is_one_word_again():
    # "antara lain pem-\nberdayaan sosial KUBE ...": FAILED BEFORE ('pem- berdayaan')
    program = extract_text(passage("lkpj", 2)).programs[0]
    assert program.activities[0].name.startswith("pemberdayaan sosial KUBE bagi 30 kelompok")


# two years' amounts contrasted by "sedangkan"/"sementara", the change after the second (FAILED
# BEFORE: no claim; the slip of the second was a control of test_probe_sentences.py, which now
# holds the correct text)
CONTRASTED_YEARS = [
    ("Total anggaran Dinas Sosial tahun 2022 Rp 10.000.000.000, sedangkan tahun 2023 Rp 11.000.000.000 atau naik "
     "12 persen.", 12, 1e9, 1e10, "mismatch"),
    ("Anggaran Dinsos tahun 2023 Rp 15.200.000.000, sementara tahun 2024 Rp 13.900.000.000 atau turun 9,35 persen.",
     9.35, 1.3e9, 15.2e9, "mismatch"),
    ("Anggaran Dinsos tahun 2023 Rp 15.200.000.000, sementara tahun 2024 Rp 13.900.000.000 atau turun 8,55 persen.",
     8.55, 1.3e9, 15.2e9, "consistent"),
]


@pytest.mark.parametrize("text,stated,num,den,verdict", CONTRASTED_YEARS,
                         ids=[f"{i:02d}" for i in range(len(CONTRASTED_YEARS))])
def test_a_change_between_two_contrasted_years(text, stated, num, den, verdict):
    got = [(c.stated, c.operands["numerator"], c.operands["denominator"], c.verdict) for c in percent_checks(text)]
    assert got == [(pytest.approx(stated), pytest.approx(num), pytest.approx(den), verdict)]


# --- the same passages written the other ways real copies write them (benchmarks/rewritings.py) ---

def _wrapped(width: int):
    def rewrite(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) if len(line) > width \
                else [line]
        return "\n".join(out)
    return rewrite


def _double_spaces(text: str) -> str:
    rnd = random.Random(2)
    return regex.sub(r"(?<=\S) (?=\S)", lambda m: "  " if rnd.random() < 0.3 else " ", text)


REWRITINGS = {
    "wrap60": _wrapped(60),
    "wrap72": _wrapped(72),
    "rp_glued": lambda t: regex.sub(r"\bRp\.? ?(?=[1-9])", "Rp", t),
    "double_spaces": _double_spaces,
    "percent_sign": lambda t: regex.sub(r"(\d) persen\b", r"\1%", t),
}
# what a rewriting still changes, by module and why
# (none now: a program table as text whose rows a copy wrapped at 72 columns, "Rp. 845.000.000   Rp." /
# "801.905.000   94,90 %", is read as rows since the tables-gaps merge, readers/flattened.py)
KNOWN_REWRITING_GAPS: dict[tuple[str, str], str] = {}


def _findings(text: str) -> tuple[list, list]:
    report = extract_text(text)
    checks = sorted((c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in report.checks)
    programs = [(" ".join(p.name.split()), p.budget.pagu, p.budget.realisasi) for p in report.programs]
    return checks, programs


REWRITTEN = [pytest.param(way, name, id=f"{way}-{name}",
                          marks=[pytest.mark.xfail(strict=True, reason=KNOWN_REWRITING_GAPS[(way, name)])]
                          if (way, name) in KNOWN_REWRITING_GAPS else [])
             for way in REWRITINGS for name in PASSAGES]


@pytest.mark.parametrize("way,name", REWRITTEN)
def test_a_passage_written_another_way_reads_the_same(way, name):
    file, index, _, _, _ = PASSAGES[name]
    text = passage(file, index)
    assert _findings(REWRITINGS[way](text)) == _findings(text)


def test_a_total_row_of_a_table_per_kecamatan():
    totals = {c.stated: c.verdict for c in extract_text(passage("news", 13)).checks if c.check == "column_total"}
    assert totals == {1600.0: "consistent", 145.0: "consistent"}
    slipped = passage("news", 13).replace("\t1.600\t", "\t1.660\t")
    checks = [(c.stated, c.expected, c.verdict) for c in extract_text(slipped).checks if c.check == "column_total"]
    assert (1660.0, 1600.0, "mismatch") in checks and (145.0, 145.0, "consistent") in checks
