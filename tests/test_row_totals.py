"""``row_total``: a row's total across its columns ("TW I | TW II | TW III | TW IV | Jumlah
Realisasi", "Laki-laki | Perempuan | Jumlah", "Semester I | Semester II | Jumlah") against the sum
of its parts (audit/tables.py ``_row_totals``; the parts' labels are tables.yaml's ``row_parts``).

FAILED BEFORE (stop 31): no check had a name for it; a slip in such a row went unseen where no other
check of the table reached it (the strict xfail of test_probe_tables' quarters, now passing).
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.audit.tables import _part_member

# a column's label -> (family, member, number), or None where it is no part of a row's total
LABELS = [
    ("TW I", ("quarter", "quarter", 1)),
    ("TW IV", ("quarter", "quarter", 4)),
    ("Triwulan II", ("quarter", "quarter", 2)),
    ("Trw. III", ("quarter", "quarter", 3)),
    ("TW 3", ("quarter", "quarter", 3)),
    ("TW I (Rp)", ("quarter", "quarter", 1)),
    ("Realisasi TW II", ("quarter", "quarter", 2)),
    ("Semester I", ("semester", "semester", 1)),
    ("Smt 2", ("semester", "semester", 2)),
    ("L", ("sex", "male", None)),
    ("Laki-laki", ("sex", "male", None)),
    ("Laki - Laki", ("sex", "male", None)),
    ("LK", ("sex", "male", None)),
    ("Pria", ("sex", "male", None)),
    ("P", ("sex", "female", None)),
    ("Perempuan", ("sex", "female", None)),
    ("Wanita (orang)", ("sex", "female", None)),
    # so far (cumulative), another quarter, no part at all
    ("s/d TW II", None),
    ("Realisasi s.d. Triwulan III", None),
    ("TW V", None),
    ("Target", None),
    ("Jumlah", None),
    ("Lansia", None),
    ("Pagu", None),
]


@pytest.mark.parametrize("label,expected", LABELS, ids=[lbl for lbl, _ in LABELS])
def test_a_column_label_names_its_part(label, expected):
    assert _part_member(label) == expected


def row_totals(text: str) -> list[tuple[str, float, float]]:
    return [(c.verdict, c.stated, c.expected) for c in extract_text(text).checks if c.check == "row_total"]


PMKS_BY_SEX = """Tabel 2.3 Jumlah Penyandang Disabilitas per Kecamatan Tahun 2023

| No | Kecamatan | Laki-laki | Perempuan | Jumlah |
|----|-----------|-----------|-----------|--------|
| 1 | Kota Barat | 412 | 389 | 801 |
| 2 | Kota Timur | 356 | 370 | 726 |
| 3 | Pesisir | 198 | 205 | 403 |
|  | Jumlah | 966 | 964 | 1.930 |
"""


def test_every_row_of_a_table_by_sex_is_its_two_parts():
    assert row_totals(PMKS_BY_SEX) == [("consistent", 801, 801), ("consistent", 726, 726),
                                       ("consistent", 403, 403), ("consistent", 1930, 1930)]


def test_a_slip_in_a_row_total_is_the_one_row_total_alarm():
    # 356 + 370 = 726, not 762 (the column's total then misses too: 1.966 against 1.930)
    got = row_totals(PMKS_BY_SEX.replace("| 370 | 726 |", "| 370 | 762 |"))
    assert [g for g in got if g[0] == "mismatch"] == [("mismatch", 762, 726)]


SEMESTERS = """Realisasi Bantuan Sosial per Semester Tahun 2022 (Rp)

No\tJenis Bantuan\tSemester I\tSemester II\tJumlah
1\tBantuan Sembako Lansia\t125.000.000\t140.500.000\t265.500.000
2\tBantuan Disabilitas Berat\t90.000.000\t-\t90.000.000
3\tBantuan Anak Yatim\t60.250.000\t60.250.000\t120.500.000
"""


def test_semesters_in_a_tab_laid_table_a_dash_being_nothing():
    assert row_totals(SEMESTERS) == [("consistent", 265.5e6, 265.5e6), ("consistent", 90e6, 90e6),
                                     ("consistent", 120.5e6, 120.5e6)]
    slipped = SEMESTERS.replace("140.500.000\t265.500.000", "145.500.000\t265.500.000")
    assert [g for g in row_totals(slipped) if g[0] == "mismatch"] == [("mismatch", 265.5e6, 270.5e6)]


# quarters written so far (each the year's figure until then) under plain labels: the total is
# the last quarter, no sum; nothing is judged
CUMULATIVE = """| No | Kegiatan | TW I | TW II | TW III | TW IV | Jumlah |
|----|----------|------|-------|--------|-------|--------|
| 1 | Pendataan PMKS | 120 | 250 | 390 | 500 | 500 |
| 2 | Bimbingan Sosial | 40 | 90 | 130 | 175 | 175 |
"""


def test_quarters_written_cumulatively_are_not_judged_as_a_sum():
    assert row_totals(CUMULATIVE) == []


def test_a_total_that_is_no_sum_of_the_columns_before_is_not_judged():
    # households beside persons: no row's "Jumlah KK" is its persons' sum
    text = """| No | Desa | L | P | Jumlah KK |
|----|------|---|---|-----------|
| 1 | Sukamaju | 210 | 230 | 128 |
| 2 | Sukajadi | 150 | 162 | 97 |
"""
    assert row_totals(text) == []


def test_parts_out_of_order_or_split_by_a_percentage_are_no_parts():
    reordered = CUMULATIVE.replace("| TW I | TW II |", "| TW II | TW I |")
    assert row_totals(reordered) == []
    text = """| No | Kecamatan | L | % | P | % | Jumlah |
|----|-----------|---|---|---|---|--------|
| 1 | Kota Barat | 412 | 51,44 | 389 | 48,56 | 801 |
"""
    assert row_totals(text) == []


def test_more_rows_missing_than_fitting_is_no_sum_to_judge_by():
    # one row of four fits (the total's): the column is likely of something else; no alarm on the
    # other three, nor anything said of the one that fits
    text = PMKS_BY_SEX.replace("| 389 | 801 |", "| 389 | 810 |").replace("| 370 | 726 |", "| 370 | 700 |") \
        .replace("| 205 | 403 |", "| 205 | 400 |")
    assert row_totals(text) == []
    # two of four miss (the total's row fits): a sum, two slips
    text = PMKS_BY_SEX.replace("| 370 | 726 |", "| 370 | 700 |").replace("| 205 | 403 |", "| 205 | 400 |")
    assert [g for g in row_totals(text) if g[0] == "mismatch"] == [("mismatch", 700, 726), ("mismatch", 400, 403)]


# --- a total's word alone over columns of kinds of one thing --------------------------------------

PMKS_BY_KIND = """Tabel 2.4 Jumlah PMKS per Kecamatan Tahun 2022

| No | Kecamatan | Anak Terlantar | Lansia Terlantar | Penyandang Disabilitas | Jumlah |
|----|-----------|----------------|------------------|------------------------|--------|
| 1 | Kota | 45 | 120 | 88 | 253 |
| 2 | Pesisir | 30 | 95 | 61 | 186 |
| 3 | Pegunungan | 12 | 64 | 40 | 116 |
| | Jumlah | 87 | 279 | 189 | 555 |
"""


def test_a_total_alone_adds_the_figure_columns_back_to_the_labels():
    assert row_totals(PMKS_BY_KIND) == [("consistent", 253, 253), ("consistent", 186, 186),
                                        ("consistent", 116, 116), ("consistent", 555, 555)]
    # 30 + 95 + 61 = 186, not 168 (the column's total misses too: 537 against 555)
    got = row_totals(PMKS_BY_KIND.replace("| 61 | 186 |", "| 61 | 168 |"))
    assert [g for g in got if g[0] == "mismatch"] == [("mismatch", 168, 186)]


def test_a_year_by_year_table_adds_its_years():
    text = """Tabel 3.4 Kebutuhan Pendanaan Program (Rp juta)

| No | Program | 2020 | 2021 | 2022 | Total |
|----|---------|------|------|------|-------|
| 1 | Program Rehabilitasi Sosial | 1.250 | 1.300 | 1.375 | 3.925 |
| 2 | Program Pemberdayaan Sosial | 800 | 850 | 900 | 2.550 |
"""
    assert [g[0] for g in row_totals(text)] == ["consistent", "consistent"]


def test_a_budget_or_a_target_beside_its_realisation_is_no_part():
    text = """| No | Program | Anggaran | Realisasi | Jumlah |
|----|---------|----------|-----------|--------|
| 1 | Program Rehabilitasi Sosial | 1.250.000 | 1.200.000 | 2.450.000 |
| 2 | Program Pemberdayaan Sosial | 800.000 | 750.000 | 1.550.000 |
"""
    assert row_totals(text) == []


def test_a_total_alone_is_judged_only_where_two_rows_fit_and_fewer_miss():
    # one data row and the total's: a slip in the one leaves a single row fitting, too few to tell
    text = """| No | Kecamatan | Anak Terlantar | Lansia Terlantar | Jumlah |
|----|-----------|----------------|------------------|--------|
| 1 | Kota | 45 | 120 | 156 |
| | Jumlah | 45 | 120 | 165 |
"""
    assert row_totals(text) == []
    # two rows of four miss: as many as fit, no sum to judge by
    text = PMKS_BY_KIND.replace("| 88 | 253 |", "| 88 | 235 |").replace("| 61 | 186 |", "| 61 | 168 |")
    assert row_totals(text) == []


# --- the sexes' shares of the row's total: "% L", "% P" (audit/tables._named_part) -----------------

BY_SEX_WITH_SHARES = """Tabel 2.7 Penerima Bantuan menurut Jenis Kelamin

| No | Jenis Bantuan | L | P | Jumlah | % L | % P |
|----|---------------|---|---|--------|-----|-----|
| 1 | Bantuan Sembako | 1.250 | 1.480 | 2.730 | 45,79 | 54,21 |
| 2 | Bantuan Alat Bantu Disabilitas | 85 | 60 | 145 | 58,62 | 41,38 |
"""


def shares(text: str) -> list[tuple[str, float, float]]:
    return [(c.verdict, c.stated, round(c.expected, 2)) for c in extract_text(text).checks if c.check == "row_percent"]


def test_a_share_headed_by_a_short_label_of_a_sex_is_of_the_row_total():
    # (FAILED BEFORE: "L" and "P" were too short to be named by "% L"; "% P", after another
    # percentage, was judged by nothing)
    assert shares(BY_SEX_WITH_SHARES) == [("consistent", 45.79, 45.79), ("consistent", 54.21, 54.21),
                                          ("consistent", 58.62, 58.62), ("consistent", 41.38, 41.38)]
    slipped = BY_SEX_WITH_SHARES.replace("| 54,21 |", "| 52,21 |")
    assert [s for s in shares(slipped) if s[0] == "mismatch"] == [("mismatch", 52.21, 54.21)]


def test_columns_without_a_label_are_no_parts_of_a_total_alone():
    text = """| No | Kecamatan |  |  | Jumlah |
|----|-----------|--|--|--------|
| 1 | Kota | 45 | 120 | 165 |
| 2 | Pesisir | 30 | 95 | 125 |
| 3 | Pegunungan | 12 | 64 | 76 |
"""
    assert row_totals(text) == []


def test_parts_of_the_same_label_are_told_apart_by_their_columns():
    text = """| No | Kecamatan | 2022 | 2022 | Jumlah |
|----|-----------|------|------|--------|
| 1 | Kota | 45 | 120 | 165 |
| 2 | Pesisir | 30 | 95 | 125 |
| 3 | Pegunungan | 12 | 64 | 76 |
"""
    from kesos_extract import extract_text as ex

    ops = [c.operands for c in ex(text).checks if c.check == "row_total"]
    assert ops and all(list(o) == ["2022 (column 3)", "2022 (column 4)"] for o in ops)
