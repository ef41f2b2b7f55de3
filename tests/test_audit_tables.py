"""Table arithmetic against the gold tables files, and the evidence every table check carries.

Each entry of ``tests/gold/<seed>.tables.json`` is a row of a seed's table with the checks it
should yield (row differences, percentage columns, a program against its activities, a cell
that is no number). An entry is matched the way ``shared/tools/score_gold.py`` matches it: an
output check with the same stated value (parsed), the same verdict and, where both are given,
the same expected value within 1e-3; for an unparseable cell, an 'unparseable' check quoting
the raw text. Here the check must also quote the gold row. Known gaps would be listed in
``KNOWN_GAPS`` and marked xfail(strict=True); there are none at present.
"""

from __future__ import annotations

import pytest

from conftest import SEEDS, gold
from kesos_extract import extract_text
from kesos_extract.audit.verdict import SEVERITY

TABLE_CHECKS = ("row_difference", "row_percent", "column_total", "program_sum", "unparseable")


def _parse_id(text) -> float:
    """Indonesian notation as the gold writes it: "354,869" → 354869, "0,47" → 0.47."""
    if isinstance(text, (int, float)):
        return float(text)
    text = text.replace(" ", "")
    if text.count(",") == 1 and len(text.split(",")[1]) != 3:
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(".", "").replace(",", ""))


def _fold(text: str) -> str:
    return " ".join(text.split())


# ids of gold checks the audit does not get right yet, each with the reason
KNOWN_GAPS: dict[str, str] = {}


def _gold_cases():
    cases = []
    for seed in SEEDS:
        for r, row in enumerate(gold(seed, "tables").get("rows", [])):
            for k, check in enumerate(row["checks"]):
                case_id = f"{seed[:3]}-{r}-{k}-{check['check'][:30]}"
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case_id])] if case_id in KNOWN_GAPS else []
                cases.append(pytest.param(seed, row, check, id=case_id, marks=marks))
    return cases


def _matches(out, row: dict, check: dict) -> bool:
    stated = check["stated"]
    if check["verdict"] == "unparseable":
        return out.verdict == "unparseable" and str(stated) in out.quote
    if out.stated is None or abs(out.stated - _parse_id(stated)) > 1e-6 * max(1.0, abs(out.stated)):
        return False
    if out.verdict != check["verdict"]:
        return False
    if check.get("expected") is not None and out.expected is not None \
            and abs(out.expected - check["expected"]) > 1e-3 * max(1.0, abs(check["expected"])):
        return False
    label = _fold(row["row"].split("...")[0])[:25]
    return label in _fold(out.quote)


@pytest.mark.parametrize("seed,row,check", _gold_cases())
def test_gold_table_check(seed, row, check, seed_reports):
    checks = [c for c in seed_reports[seed].checks if c.check in TABLE_CHECKS]
    assert any(_matches(c, row, check) for c in checks), (row["row"], check)


@pytest.mark.parametrize("seed", SEEDS)
def test_table_checks_carry_their_evidence(seed, seed_reports):
    report = seed_reports[seed]
    from kesos_extract.document import Document

    doc = Document(path="", format="txt", text=report.text)
    for c in report.checks:
        if c.check not in TABLE_CHECKS:
            continue
        assert report.text[c.start:c.end] == c.quote and c.quote
        assert c.page == doc.page_at(c.start)
        assert c.severity == SEVERITY[c.verdict] and c.message
        if c.verdict != "unparseable":
            assert c.stated is not None and c.expected is not None and c.operands
            assert c.message.startswith(c.verdict)


def test_no_false_alarm_in_a_thousands_table_with_full_rupiah_cells(seed_reports):
    """Seed 002 Tabel 4.3 says "Dalam ribuan rupiah" and mixes thousands with full rupiah: every
    row is consistent once each cell's scale is inferred (shared/gold/README.md)."""
    report = seed_reports["002_0633a098c4ed8db1.txt"]
    table = next(t for t in report.tables if (t.caption or "").startswith("Tabel 4.3"))
    checks = [c for c in report.checks if c.check == "row_percent" and table.start <= c.start < table.end]
    assert len(checks) >= 15
    assert [c for c in checks if c.verdict == "mismatch"] == []
    assert any("scale inferred" in c.message for c in checks)
    gold_row = next(c for c in checks if c.stated == 42.54)
    assert gold_row.operands == {"numerator": 127607735, "denominator": 300000000}
    assert "realisation % = realisation / budget" in gold_row.message


def test_every_gold_mismatch_is_reported_once_per_row(seed_reports):
    """The gold lists mismatches the audit must catch; a mismatch must not be said twice for
    the same cell of the same row."""
    for seed in SEEDS:
        seen = set()
        for c in seed_reports[seed].checks:
            if c.check in TABLE_CHECKS and c.verdict == "mismatch":
                key = (c.check, c.start, c.end, c.message)
                assert key not in seen, c
                seen.add(key)


# --- small tables written for the tests --------------------------------------------------------

def _checks(text, *names):
    return [c for c in extract_text(text).checks if not names or c.check in names]


ACHIEVEMENT_YEARS = """Tabel 7.2 Capaian Tiga Tahun

No\tINDIKATOR\t2019\t\t\t2020\t\t
\t\tTARGET\tREALISASI\tCAPAIAN\tTARGET\tREALISASI\tCAPAIAN
1\tJumlah lansia dilayani\t250,00\t250,00\t100 %\t120\t90\t75 %
2\tPersentase PMKS ditangani\t28,00\t27,00\t96,42\t30\t31\t100 %
"""


def test_each_year_triple_is_its_own_achievement():
    """Target columns holding numbers over 100 are no percentage columns: 250,00 is a count."""
    got = [(c.stated, round(c.expected, 4), c.verdict) for c in _checks(ACHIEVEMENT_YEARS, "row_percent")]
    assert got == [(100.0, 100.0, "consistent"), (75.0, 75.0, "consistent"),
                   (96.42, 96.4286, "truncated"), (100.0, 103.3333, "capped")]


TOTALS = """Tabel 8.1 Penerima Bantuan

NO\tDESA\tPKH\tBPNT
1\tSUKAMAJU\t1.200\t300
2\tSUKARAJA\t800\t210
Grand Total\t\t2.000\t500
"""


def test_grand_total_row():
    got = [(c.stated, c.expected, c.verdict) for c in _checks(TOTALS, "column_total")]
    assert got == [(2000, 2000, "consistent"), (500, 510, "mismatch")]


PROGRAMS_AND_ACTIVITIES = """Tabel 3.1 Realisasi Anggaran

No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%
1\tProgram Rehabilitasi Sosial\t1.500.000.000\t1.425.000.000\t95,00
\tKegiatan Rehabilitasi Sosial Penyandang Disabilitas\t1.000.000.000\t950.000.000\t95,00
\tKegiatan Rehabilitasi Sosial Lanjut Usia\t500.000.000\t475.000.000\t95,00
2\tProgram Perlindungan dan Jaminan Sosial\t2.000.000.000\t1.900.000.000\t95,00
\tKegiatan Pemeliharaan Anak Terlantar\t2.000.000.000\t1.900.000.000\t95,00
\tJumlah\t3.500.000.000\t3.325.000.000\t95,00
"""


@pytest.mark.parametrize("total,verdict,expected", [
    ("3.500.000.000", "consistent", 3_500_000_000),
    ("3.600.000.000", "mismatch", 3_500_000_000),
    ("7.000.000.000", "consistent", 7_000_000_000),  # the levels told wrong: every row's sum stands too
])
def test_a_total_under_programs_and_activities_adds_the_programs(total, verdict, expected):
    text = PROGRAMS_AND_ACTIVITIES.replace("Jumlah\t3.500.000.000", "Jumlah\t" + total)
    got = [(c.expected, c.verdict) for c in _checks(text, "column_total")]
    assert got[0] == (expected, verdict)


WITH_REMAINDER = """Tabel 2.3 Realisasi Anggaran per Jenis Belanja (dalam ribuan rupiah)

No\tUraian\tAnggaran\tRealisasi\tSisa\t%
1\tBelanja Pegawai\t2.500.000\t2.375.000\t125.000\t95,00
2\tBelanja Barang dan Jasa\t4.000.000\t3.600.000\t410.000\t90,00
3\tBelanja Modal\t1.000.000\t850.000\t150.000\t80,00
"""


def test_the_percentage_after_a_remainder_column_is_the_realisations():
    """'Anggaran | Realisasi | Sisa | %': the percentage is realisation / budget (not the rest over
    the realisation before it), and the rest is the budget less the realisation."""
    pct = [(c.expected, c.verdict) for c in _checks(WITH_REMAINDER, "row_percent")]
    assert pct == [(95, "consistent"), (90, "consistent"), (85, "mismatch")]
    rest = [(c.expected, c.verdict) for c in _checks(WITH_REMAINDER, "row_difference")]
    # (in rupiah: the table is "dalam ribuan rupiah", every money value of the output is in rupiah)
    assert rest == [(125_000_000, "consistent"), (400_000_000, "mismatch"), (150_000_000, "consistent")]


MALFORMED = """Tabel 8.2 Anggaran (Rp.000)

No\tKegiatan\tPagu\tRealisasi\t%
1\tPenyuluhan\t100.000\t90.000\t90,00
2\tPelatihan\t50.000\t4x.000\t96,00
3\tBimbingan\t40.000\t30.000\tApp
"""


def test_cells_that_are_no_number_are_reported_not_guessed():
    checks = _checks(MALFORMED)
    bad = [c for c in checks if c.check == "unparseable"]
    assert [c.quote for c in bad] == ["App"]
    assert [(c.stated, c.verdict) for c in checks if c.check == "row_percent"] == [(90.0, "consistent")]


SATUAN_PERCENT = """Tabel 3.2 Capaian Kinerja

No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian
1\tPersentase PMKS ditangani\t%\t30,00\t29,00\t96,67
2\tPersentase lansia dilayani\t%\t12,5\t12,5\t100
3\tPersentase panti dibina\t%\t21\t20\t95,24
"""


def test_targets_in_percent_are_operands_not_ratios():
    """Target and realisation of indicators measured in % are the operands of the achievement."""
    got = [(c.stated, round(c.expected, 4), c.verdict) for c in _checks(SATUAN_PERCENT, "row_percent")]
    assert got == [(96.67, 96.6667, "consistent"), (100.0, 100.0, "consistent"), (95.24, 95.2381, "consistent")]


GROWTH = """Tabel 6.1 Perkembangan Penerima

No\tJenis Bantuan\t2019\t2020\tKenaikan (%)
1\tPKH\t1.000\t1.250\t25,00
2\tBPNT\t800\t600\t25,00
3\tRastra\t500\t520\t5,00
"""


def test_change_columns_are_judged_as_change():
    """A "Kenaikan (%)" column is (2020 - 2019) / 2019, not 2020 / 2019 (which would be a false alarm)."""
    got = [(c.stated, c.expected, c.verdict) for c in _checks(GROWTH, "row_percent")]
    assert got == [(25.0, 25.0, "consistent"), (25.0, 25.0, "consistent"), (5.0, 4.0, "mismatch")]


SHARES = """Tabel 6.2 Penyandang Disabilitas per Kecamatan

No\tKecamatan\tLaki-laki\tPerempuan\t%
1\tUtara\t120\t80\t40,00
2\tSelatan\t100\t120\t60,00
Jumlah\t\t220\t200\t100,00
"""


def test_share_of_the_column_total_is_no_false_alarm():
    """A % column that is each row's share of the column total, not a ratio to the column before."""
    checks = _checks(SHARES, "row_percent")
    assert [(c.stated, c.expected, c.verdict) for c in checks] == [
        (40.0, 40.0, "consistent"), (60.0, 60.0, "consistent"), (100.0, 100.0, "consistent")]
    assert all("share of the column's total" in c.message for c in checks)


FRACTION_TABLE = """Tabel 3.2 Capaian Indikator Kinerja Utama

No Indikator Kinerja Satuan Target Realisasi Capaian
1 Persentase PMKS yang ditangani 4.120 / 9.800
% 40 42,04 105,10
2 Persentase anak terlantar yang dilayani 315 / 1.250
% 25 26,00 104,00
"""


def test_the_terms_written_with_a_ratio_indicator_are_checked():
    """"4.120 / 9.800" written with the indicator: 42,04% is 4.120 / 9.800 = 42.0408% (consistent),
    against the Realisasi column and not the achievement (Capaian) column. Row 2's terms are
    315 and 1.250: 25.2%, stated 26,00 (a slip)."""
    from kesos_extract import extract_text

    report = extract_text(FRACTION_TABLE)
    fractions = [c for c in report.checks if "terms written with the indicator" in c.message]
    assert [(c.verdict, c.stated, c.operands["numerator"], c.operands["denominator"]) for c in fractions] == [
        ("consistent", 42.04, 4120.0, 9800.0), ("mismatch", 26.0, 315.0, 1250.0)]
    for c in fractions:
        assert report.text[c.start:c.end] == c.quote and "Capaian" not in c.message


def test_no_fraction_check_where_the_percentage_is_ambiguous():
    """Two percentage columns, neither a realisation: which one the terms make is not said."""
    from kesos_extract import extract_text

    text = FRACTION_TABLE.replace("Target Realisasi Capaian", "Target Tahun Capaian")
    assert not [c for c in extract_text(text).checks if "terms written with the indicator" in c.message]


def test_nomenclature_codes_in_a_kode_column_are_labels_not_malformed_numbers():
    text = ("Tabel 3.1 Anggaran Dinas Sosial\n\nNo\tKode\tProgram/Kegiatan\tAnggaran (Rp)\n"
            "1\t1.06.01\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000\n"
            "\t1.06.01.2.01\tPerencanaan dan Evaluasi Kinerja\t400.000\n"
            "\t1.06.01.2.02\tAdministrasi Keuangan\t600.000\n"
            "2\t1.06.02\tProgram Pemberdayaan Sosial\t2.000.000\n"
            "\t1.06.02.2.01\tPemberdayaan Sosial KAT\t2.000.000\n")
    checks = extract_text(text).checks
    assert [c for c in checks if c.check == "unparseable"] == []
    assert sorted((c.stated, c.verdict) for c in checks if c.check == "program_sum") == [
        (1000000.0, "consistent"), (2000000.0, "consistent")]


# --- sub totals and the grand total over them ----------------------------------------------------

GROUP_TOTALS = """Tabel 3.7 Realisasi Anggaran Program dan Kegiatan Dinas Sosial Tahun 2022

No\tProgram/Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\tCapaian (%)
I\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t\t\t
1\tPenyediaan Gaji dan Tunjangan ASN\t2.145.600.000\t2.098.775.120\t97,82
2\tPenyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik\t84.000.000\t79.365.400\t94,48
3\tPenyediaan Jasa Pelayanan Umum Kantor\t126.500.000\t121.840.000\t96,32
\tJumlah\t2.356.100.000\t2.299.980.520\t97,62
II\tProgram Pemberdayaan Sosial\t\t\t
1\tPemberdayaan Sosial Komunitas Adat Terpencil\t45.000.000\t44.100.000\t98,00
2\tPengumpulan Sumbangan dalam Daerah Kabupaten/Kota\t18.250.000\t17.980.000\t98,52
\tJumlah\t63.250.000\t62.080.000\t98,15
III\tProgram Penanganan Bencana\t\t\t
1\tPerlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\t310.000.000\t287.455.000\t92,73
2\tPenyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana\t72.400.000\t70.012.000\t96,70
\tJumlah\t382.400.000\t357.467.000\t93,48
\tJumlah Total\t2.801.750.000\t2.719.527.520\t97,07
"""

SUB_TOTALS_MD = """Tabel 2.5 Anggaran dan Realisasi Belanja Langsung Dinas Sosial Tahun Anggaran 2021

| No | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|----|------------------|---------------|----------------|---|
| A | **Program Perlindungan dan Jaminan Sosial** | | | |
| 1 | Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten | 185.400.000 | 181.250.500 | 97,76 |
| 2 | Perlindungan Sosial Korban Bencana Alam dan Sosial | 312.750.000 | 298.112.000 | 95,32 |
| 3 | Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana | 96.000.000 | 93.450.000 | 97,34 |
| | **Sub Total** | **594.150.000** | **572.812.500** | **96,41** |
| B | **Program Rehabilitasi Sosial** | | | |
| 1 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 224.500.000 | 219.870.000 | 97,94 |
| 2 | Rehabilitasi Sosial Dasar Anak Terlantar | 158.300.000 | 150.212.400 | 94,89 |
| | **Sub Total** | **382.800.000** | **370.082.400** | **96,68** |
| | **Jumlah Total** | **976.950.000** | **942.894.900** | **96,51** |
"""

# program rows with their figures, their activities, a sub total per program: the grand total is
# the sub totals' sum (= the programs'), not that of every row above it
PROGRAMS_WITH_SUB_TOTALS_MD = """Tabel 3.2 Realisasi Anggaran Belanja Langsung per Program Tahun 2021

| No | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|:--:|:-----------------|--------------:|---------------:|--:|
| 1 | Program Rehabilitasi Sosial | 845.000.000 | 812.640.000 | 96,17 |
| | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 320.000.000 | 309.440.000 | 96,70 |
| | Rehabilitasi Sosial Dasar Anak Terlantar | 275.000.000 | 262.900.000 | 95,60 |
| | Rehabilitasi Sosial Dasar Lanjut Usia Terlantar | 250.000.000 | 240.300.000 | 96,12 |
| | Sub Total | 845.000.000 | 812.640.000 | 96,17 |
| 2 | Program Perlindungan dan Jaminan Sosial | 410.500.000 | 402.115.000 | 97,96 |
| | Pengelolaan Data Fakir Miskin Cakupan Daerah | 160.500.000 | 158.115.000 | 98,51 |
| | Perlindungan Sosial Korban Bencana Alam dan Sosial | 250.000.000 | 244.000.000 | 97,60 |
| | Sub Total | 410.500.000 | 402.115.000 | 97,96 |
| | **Total** | **1.255.500.000** | **1.214.755.000** | **96,75** |
"""


@pytest.mark.parametrize("text,stated_expected", [
    (GROUP_TOTALS, [(2356100000, 2356100000), (2299980520, 2299980520), (63250000, 63250000), (62080000, 62080000),
                    (382400000, 382400000), (357467000, 357467000), (2801750000, 2801750000),
                    (2719527520, 2719527520)]),
    (SUB_TOTALS_MD, [(594150000, 594150000), (572812500, 572812500), (382800000, 382800000),
                     (370082400, 370082400), (976950000, 976950000), (942894900, 942894900)]),
    (PROGRAMS_WITH_SUB_TOTALS_MD, [(845000000, 845000000), (812640000, 812640000), (410500000, 410500000),
                                   (402115000, 402115000), (1255500000, 1255500000), (1214755000, 1214755000)]),
], ids=["jumlah-per-program-tab", "sub-total-md", "programs-and-sub-totals-md"])
def test_sub_totals_and_the_grand_total_over_them_are_checked(text, stated_expected):
    """Each group total against its group's rows, the grand total against the group totals
    (never every row above it: no row counted twice); a correct table raises no mismatch."""
    checks = _checks(text, "column_total")
    assert [(c.stated, c.expected) for c in checks] == stated_expected
    assert {c.verdict for c in _checks(text)} <= {"consistent", "truncated", "capped"}
    assert "group totals" in checks[-1].message


def test_a_slip_in_a_sub_total_is_reported_once():
    """Sub total 64.250.000 for 45.000.000 + 18.250.000 = 63.250.000: the sub total is the slip;
    the grand total, whether added from the sub totals or from the rows, is not."""
    slipped = GROUP_TOTALS.replace("\tJumlah\t63.250.000", "\tJumlah\t64.250.000")
    for grand in ("2.801.750.000", "2.802.750.000"):
        text = slipped.replace("Jumlah Total\t2.801.750.000", "Jumlah Total\t" + grand)
        bad = [(c.stated, c.expected) for c in _checks(text, "column_total") if c.verdict == "mismatch"]
        assert bad == [(64250000, 63250000)], grand


def test_a_slip_in_the_grand_total_is_against_the_sub_totals():
    """Realisasi 942.894.900 written 942.984.900: the sum of the two sub totals is 942.894.900."""
    text = SUB_TOTALS_MD.replace("**942.894.900**", "**942.984.900**")
    bad = [c for c in _checks(text, "column_total") if c.verdict == "mismatch"]
    assert [(c.stated, c.expected) for c in bad] == [(942984900, 942894900)]
    assert "sum of 2 group totals" in bad[0].message


def test_a_slip_in_a_sub_total_of_activities():
    """Sub Total 854.000.000 for 320 + 275 + 250 million (845.000.000): a slip of the sub
    total, against the program's activities (not the program row plus them)."""
    text = PROGRAMS_WITH_SUB_TOTALS_MD.replace("| | Sub Total | 845.000.000", "| | Sub Total | 854.000.000")
    bad = [c for c in _checks(text, "column_total") if c.verdict == "mismatch"]
    assert [(c.stated, c.expected) for c in bad] == [(854000000, 845000000)]
    assert "3 activities of its program" in bad[0].message


def test_a_group_heading_row_is_no_header():
    """'I | Program ...' with no figures under the header row heads a group: a body row."""
    report = extract_text(GROUP_TOTALS)
    t = report.tables[0]
    assert t.header == ["No", "Program/Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Capaian (%)"]
    assert t.rows[0][0].text == "I" and t.total_rows == [4, 8, 12, 13]


SUB_TOTAL_THEN_ROWS = """Tabel 4.1 Penerima Bantuan Sosial per Kecamatan Tahun 2022

No\tKecamatan\tPKH\tBPNT
1\tKota Barat\t1.245\t1.880
2\tKota Timur\t980\t1.402
\tSub Total Wilayah Kota\t2.225\t3.282
3\tLimboto\t1.530\t2.110
4\tTelaga\t1.102\t1.455
5\tTibawa\t876\t1.320
\tJumlah Total\t5.733\t8.167
"""


def test_a_sub_total_naming_its_group_and_rows_after_it():
    """'Sub Total Wilayah Kota' is a total row (before: a row, and the grand total a false alarm
    at 7.958 = every row); the grand total is the sub total plus the rows after it."""
    got = [(c.stated, c.expected, c.verdict) for c in _checks(SUB_TOTAL_THEN_ROWS, "column_total")]
    assert got == [(2225, 2225, "consistent"), (3282, 3282, "consistent"),
                   (5733, 5733, "consistent"), (8167, 8167, "consistent")]
    slip = SUB_TOTAL_THEN_ROWS.replace("Tibawa\t876", "Tibawa\t867")
    assert [(c.stated, c.expected) for c in _checks(slip, "column_total") if c.verdict == "mismatch"] == [
        (5733, 5724)]


THREE_LEVELS_MD = """Tabel 3.5 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2022

| No | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|----|-------------------------------|---------------|----------------|---|
| 1 | Program Rehabilitasi Sosial | 540.000.000 | 523.800.000 | 97,00 |
| 1.1 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar | 300.000.000 | 291.000.000 | 97,00 |
| | Penyediaan Permakanan | 180.000.000 | 175.000.000 | 97,22 |
| | Penyediaan Alat Bantu | 120.000.000 | 116.000.000 | 96,67 |
| 1.2 | Rehabilitasi Sosial Dasar Lanjut Usia Terlantar | 240.000.000 | 232.800.000 | 97,00 |
| | Penyediaan Permakanan Lansia | 240.000.000 | 232.800.000 | 97,00 |
| | Sub Total | 540.000.000 | 523.800.000 | 97,00 |
| 2 | Program Pemberdayaan Sosial | 90.000.000 | 88.200.000 | 98,00 |
| 2.1 | Pemberdayaan Sosial Komunitas Adat Terpencil | 90.000.000 | 88.200.000 | 98,00 |
| | Pemberdayaan Sosial KAT | 50.000.000 | 49.000.000 | 98,00 |
| | Pengembangan Potensi Sumber Kesejahteraan Sosial | 40.000.000 | 39.200.000 | 98,00 |
| | Sub Total | 90.000.000 | 88.200.000 | 98,00 |
| | Jumlah Total | 630.000.000 | 612.000.000 | 97,14 |
"""


def test_sub_totals_over_three_levels_raise_no_false_alarm():
    """Program > kegiatan > sub kegiatan, levels the labels do not tell: the sub total is its
    program's figure (no sum of every row under it), the grand total the sub totals' sum."""
    got = [(c.stated, c.expected, c.verdict) for c in _checks(THREE_LEVELS_MD, "column_total")]
    assert got == [(540000000, 540000000, "consistent"), (523800000, 523800000, "consistent"),
                   (90000000, 90000000, "consistent"), (88200000, 88200000, "consistent"),
                   (630000000, 630000000, "consistent"), (612000000, 612000000, "consistent")]
    # a slip in the program's row (545 for 540): the sub total, right, is no alarm
    slipped = THREE_LEVELS_MD.replace("Rehabilitasi Sosial | 540.000.000", "Rehabilitasi Sosial | 545.000.000")
    assert [c for c in _checks(slipped, "column_total") if c.verdict == "mismatch"] == []


# --- a percentage column that is each row's share of the column's total ---------------------------

SHARE_OF_TOTAL = """Tabel 2.3 Sebaran PMKS per Kecamatan Tahun 2022

No\tKecamatan\tJumlah PMKS\tPersentase (%)
1\tBulango Utara\t1.284\t18,34
2\tBulango Selatan\t976\t13,94
3\tKabila\t2.105\t30,07
4\tSuwawa\t1.530\t21,86
5\tTapa\t1.105\t15,79
\tJumlah\t7.000\t100,00
"""

SHARE_OF_TOTAL_MD = """**Tabel 2.8 Jumlah Penerima Bantuan Sosial Pangan menurut Desa/Kelurahan**

| No | Desa/Kelurahan | Jumlah KPM | % |
|---:|----------------|-----------:|--:|
| 1 | Kelurahan Limba B | 412 | 22,9 |
| 2 | Kelurahan Biawao | 287 | 15,9 |
| 3 | Desa Pilolodaa | 356 | 19,8 |
| 4 | Desa Tenda | 518 | 28,8 |
| 5 | Desa Buladu | 227 | 12,6 |
| | **Jumlah** | **1.800** | **100** |
"""


@pytest.mark.parametrize("text,expected", [
    (SHARE_OF_TOTAL, [18.3429, 13.9429, 30.0714, 21.8571, 15.7857, 100.0]),
    (SHARE_OF_TOTAL_MD, [22.8889, 15.9444, 19.7778, 28.7778, 12.6111, 100.0]),
], ids=["tab", "md"])
def test_a_percentage_of_the_column_total_is_checked(text, expected):
    """'Kecamatan | Jumlah PMKS | Persentase (%)' with a Jumlah row of 100%: each row's percentage
    is its value over the total row's (before: no check, there being no column before it)."""
    checks = _checks(text, "row_percent")
    assert [round(c.expected, 4) for c in checks] == expected
    assert {c.verdict for c in _checks(text)} == {"consistent"}
    assert all("share of the column's total" in c.message for c in checks)


def test_a_slip_in_a_share_of_the_total():
    """Kabila 2.105 / 7.000 = 30,07%, written 31,07 (the percentages then add up to 101)."""
    text = SHARE_OF_TOTAL.replace("30,07", "31,07")
    bad = [(c.stated, round(c.expected, 4)) for c in _checks(text, "row_percent") if c.verdict == "mismatch"]
    assert bad == [(31.07, 30.0714)]


def test_shares_of_the_rows_when_the_total_cell_is_the_slip():
    """Jumlah written 7.100 for 7.000: the column total is the one slip, not every share."""
    text = SHARE_OF_TOTAL.replace("\tJumlah\t7.000", "\tJumlah\t7.100")
    bad = [(c.check, c.stated) for c in _checks(text) if c.verdict == "mismatch"]
    assert bad == [("column_total", 7100)]


@pytest.mark.parametrize("text", [
    # a growth rate: no share of anything
    "Tabel 2.4 Perkembangan PMKS\n\nNo\tKecamatan\tJumlah PMKS 2022\tPertumbuhan (%)\n"
    "1\tKabila\t2.105\t4,20\n2\tSuwawa\t1.530\t-1,35\n3\tTapa\t1.105\t2,10\n\tJumlah\t4.740\t2,05\n",
    # an achievement: realisation against a target the table does not show in the row
    "Tabel 3.1 Capaian Kinerja\n\nNo\tIndikator\tRealisasi\tCapaian (%)\n"
    "1\tLansia terlantar yang dilayani\t175\t58,33\n2\tAnak terlantar yang dibina\t120\t41,67\n"
    "\tJumlah\t295\t100\n",
    # the share of each district's own population: the percentages add up to no 100
    "Tabel 2.6 Penduduk Miskin per Kecamatan\n\nNo\tKecamatan\tPenduduk Miskin\tPersentase (%)\n"
    "1\tKabila\t2.105\t9,84\n2\tSuwawa\t1.530\t11,20\n3\tTapa\t1.105\t8,75\n\tJumlah\t4.740\t9,93\n",
], ids=["growth", "achievement", "not-summing-to-100"])
def test_no_share_check_where_the_column_is_something_else(text):
    assert [c for c in _checks(text, "row_percent") if "share" in c.message] == []
    assert [c for c in _checks(text) if c.verdict == "mismatch"] == []


# Permendagri 90/2019 budget tables: program > kegiatan > sub kegiatan, each level summing to the
# level above; the levels told by the codes' depth, or by the rows' first words
THREE_LEVELS_CODED = """| Kode | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 1.06.02 | Program Pemberdayaan Sosial | 540.000.000 | 500.000.000 |
| 1.06.02.2.01 | Kegiatan Pengumpulan Uang atau Barang | 540.000.000 | 500.000.000 |
| 1.06.02.2.01.0001 | Sub Kegiatan Penerbitan Izin Undian Gratis Berhadiah | 300.000.000 | 280.000.000 |
| 1.06.02.2.01.0002 | Sub Kegiatan Pengelolaan Data Pengumpulan Uang | {slip} | 220.000.000 |
| 1.06.04 | Program Rehabilitasi Sosial | 400.000.000 | 380.000.000 |
| 1.06.04.2.01 | Kegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas | 400.000.000 | 380.000.000 |
| 1.06.04.2.01.0001 | Sub Kegiatan Penyediaan Permakanan | 400.000.000 | 380.000.000 |
"""

THREE_LEVELS_WORDS = """No\tUraian\tAnggaran\tRealisasi
1\tProgram Pemberdayaan Sosial\t540.000.000\t500.000.000
\tKegiatan Pengumpulan Uang atau Barang\t540.000.000\t500.000.000
\tSub Kegiatan Penerbitan Izin Undian Gratis Berhadiah\t300.000.000\t280.000.000
\tSub Kegiatan Pengelolaan Data Pengumpulan Uang\t{slip}\t220.000.000
2\tProgram Rehabilitasi Sosial\t400.000.000\t380.000.000
\tKegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas\t400.000.000\t380.000.000
\tSub Kegiatan Penyediaan Permakanan\t400.000.000\t380.000.000
"""


@pytest.mark.parametrize("table", [THREE_LEVELS_CODED, THREE_LEVELS_WORDS], ids=["codes", "words"])
def test_program_kegiatan_sub_kegiatan_each_level_against_the_next(table):
    from kesos_extract import extract_text

    right = [c for c in extract_text(table.format(slip="240.000.000")).checks if c.check == "program_sum"]
    assert right and all(c.verdict == "consistent" for c in right), [c.message for c in right]
    assert len(right) == 8  # two programs and two kegiatan, two columns each
    slipped = [c for c in extract_text(table.format(slip="250.000.000")).checks if c.verdict == "mismatch"]
    assert [(c.check, c.stated, c.expected) for c in slipped] == [("program_sum", 540000000, 550000000)]


THREE_LEVELS_UNMARKED = """No\tUraian\tAnggaran\tRealisasi
1\tProgram Pemberdayaan Sosial\t540.000.000\t500.000.000
\tPengumpulan Uang atau Barang\t540.000.000\t500.000.000
\tPenerbitan Izin Undian Gratis Berhadiah\t300.000.000\t280.000.000
\tPengelolaan Data Pengumpulan Uang\t{slip}\t220.000.000
2\tProgram Rehabilitasi Sosial\t400.000.000\t380.000.000
\tRehabilitasi Sosial Dasar Penyandang Disabilitas\t400.000.000\t380.000.000
\tPenyediaan Permakanan\t400.000.000\t380.000.000
"""


def test_rows_under_rows_that_nothing_marks_are_read_as_levels_where_that_fits():
    from kesos_extract import extract_text

    right = [c for c in extract_text(THREE_LEVELS_UNMARKED.format(slip="240.000.000")).checks if c.check == "program_sum"]
    assert len(right) == 4 and all(c.verdict == "consistent" for c in right), [c.message for c in right]
    # a slip in one column: that column's check fails, the other column still reads the levels
    slipped = extract_text(THREE_LEVELS_UNMARKED.format(slip="250.000.000")).checks
    assert [(c.check, c.stated) for c in slipped if c.verdict == "mismatch"] == [("program_sum", 540000000)]
