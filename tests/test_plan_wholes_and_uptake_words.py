"""Wholes a percentage names, and words that only look like a budget's:

- a table whose percentage columns say what they are of ("% thd Rencana", "% thd Pagu"): each of
  the column its header names (audit.tables._percent_of_named_column); "% thd Rencana" is a ratio,
  not a target operand (audit.tables._achievement_of_a_target); a "Deviasi" column is the plan less
  its realisation, not the budget's rest (audit.tables._DEVIATION);
- "realisasi Rp A (70,28% dari pagu; 93,71% dari rencana Rp C)": the second percentage is of the
  whole written right after it, never of the pagu (claims._Finder._whole_stated_after,
  _second_whole);
- "realisasi sampai akhir tahun anggaran sebesar Rp B": "tahun anggaran" is the fiscal year, not
  a budget word (claims._Finder._role), so the rest after it is a share of the pagu;
- "dana yang terpakai Rp A dengan tingkat serapan P%": an uptake of money is no ratio of counts
  served in the sentence before (evidence._MONEY_UPTAKE_BEFORE)."""

from __future__ import annotations

from kesos_extract import extract_text

PLAN_TABLE = """Tabel 2.1 Realisasi Keuangan per Program s.d. Semester I (dalam rupiah)

| No | Program | Pagu | Rencana s.d. Sem I | Realisasi s.d. Sem I | Deviasi | % thd Rencana | % thd Pagu |
|---|---|---|---|---|---|---|---|
| 1 | Program Pemberdayaan Sosial | 845.600.000 | 312.500.000 | 276.815.000 | 35.685.000 | 88,58 | 32,74 |
| 2 | Program Rehabilitasi Sosial | 1.972.400.000 | 918.750.000 | 601.242.500 | 371.507.500 | 65,44 | 30,48 |
| 3 | Program Penanganan Bencana | 486.000.000 | 150.000.000 | 149.250.000 | 750.000 | 99,50 | 30,71 |
"""



def test_each_percentage_column_is_of_the_column_it_names() -> None:
    report = extract_text(PLAN_TABLE)
    checks = [c for c in report.checks if c.check == "row_percent"]
    assert len(checks) == 6 and all(c.verdict == "consistent" for c in checks)
    of_plan = [c for c in checks if "/ Rencana s.d. Sem I" in c.message]
    of_pagu = [c for c in checks if "/ Pagu" in c.message]
    assert [c.stated for c in of_plan] == [88.58, 65.44, 99.5]
    assert [c.stated for c in of_pagu] == [32.74, 30.48, 30.71]


def test_a_deviation_is_the_plan_less_its_realisation() -> None:
    report = extract_text(PLAN_TABLE)
    diffs = [(c.verdict, c.stated, c.expected) for c in report.checks if c.check == "row_difference"]
    # (the second row's slip: 918.750.000 - 601.242.500 is 317.507.500, written 371.507.500)
    assert diffs == [("consistent", 35_685_000, 35_685_000), ("mismatch", 371_507_500, 317_507_500),
                     ("consistent", 750_000, 750_000)]


def _budget_checks(text: str) -> list[tuple[str, float, str, float, float]]:
    return [(c.check, c.stated, c.verdict, (c.operands or {}).get("numerator"), (c.operands or {}).get("denominator"))
            for c in extract_text(text).checks]


def test_a_percentage_of_a_plan_written_after_it_is_not_of_the_pagu() -> None:
    assert _budget_checks("Pagu Rp9.842.110.000,00; realisasi Rp6.917.403.225,00 (93,71% dari rencana "
                          "Rp7.381.582.500,00).") == [
        ("target_percent", 93.71, "consistent", 6_917_403_225, 7_381_582_500)]


def test_two_percentages_of_one_realisation_each_of_its_own_whole() -> None:
    assert _budget_checks("Pagu Rp9.842.110.000,00; realisasi Rp6.917.403.225,00 (70,28% dari pagu; 95,71% dari "
                          "rencana Rp7.381.582.500,00).") == [
        ("budget_percent", 70.28, "consistent", 6_917_403_225, 9_842_110_000),
        ("target_percent", 95.71, "mismatch", 6_917_403_225, 7_381_582_500)]


def test_the_fiscal_year_names_no_budget() -> None:
    text = ("Dalam APBD Perubahan Tahun Anggaran 2019 dialokasikan belanja langsung sebesar Rp. 2.644.400.000,-, "
            "dengan realisasi sampai akhir tahun anggaran sebesar Rp. 2.525.950.350,- atau 95,52%. Dengan demikian "
            "terdapat sisa anggaran Rp. 118.449.650,- atau 4,48% dari pagu yang tidak terserap.")
    assert ("share_percent", 4.48, "consistent", 118_449_650, 2_644_400_000) in _budget_checks(text)
    assert all(verdict == "consistent" for _, _, verdict, _, _ in _budget_checks(text))


def test_an_uptake_of_money_is_no_ratio_of_counts() -> None:
    text = ("Program Rehabilitasi Sosial mendapat alokasi Rp1,2 miliar. Program ini dilaksanakan melalui kegiatan "
            "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta "
            "Gelandangan Pengemis di Luar Panti Sosial. Bantuan permakanan bagi lanjut usia terlantar yang ditargetkan "
            "250 orang telah diberikan kepada 250 orang. Hingga akhir tahun, dana yang terpakai Rp1,13 miliar dengan "
            "tingkat serapan 94,17%.")
    assert not [c for c in _budget_checks(text) if c[2] == "mismatch"]


def test_a_realisation_over_its_plan_in_the_next_sentence() -> None:
    # "realisasi Rp A (57,81% dari pagu). Dibandingkan rencana penarikan Rp C realisasi baru 77,08%":
    # the same realisation over the plan the next sentence names (claims._PLAN_OPENS_NEXT_SENTENCE)
    assert _budget_checks("Pagu Rp2.764.500.000,00; realisasi Rp1.598.240.750,00 (57,81% dari pagu). Dibandingkan "
                          "rencana penarikan Rp2.073.375.000,00 realisasi baru 77,08%.") == [
        ("budget_percent", 57.81, "consistent", 1_598_240_750, 2_764_500_000),
        ("target_percent", 77.08, "consistent", 1_598_240_750, 2_073_375_000)]
    got = _budget_checks("Pagu Rp520.000.000,00; realisasi Rp204.500.000,00 (39,33% dari pagu). Rencana penarikan "
                         "s.d. Triwulan III Rp390.000.000,00 baru terealisasi 55,44%.")
    assert got[1][1:] == (55.44, "mismatch", 204_500_000, 390_000_000)


def test_a_second_percentage_after_a_plan_pointed_back_to() -> None:
    # "... atau 89,39% dari rencana penarikan dana tersebut, atau 42,03% dari pagu anggaran Rp Y":
    # the second of the pagu given after it (claims._BUDGET_NAMED_ONLY names a plan too)
    text = ("Berdasarkan Anggaran Kas yang telah disahkan, rencana penarikan dana Dinas Sosial sampai dengan Semester I "
            "sebesar Rp 8.538.570.000,00. Realisasi keuangan s.d. 30 Juni 2023 sebesar Rp 7.632.625.365,00 atau 89,39% "
            "dari rencana penarikan dana tersebut, atau {pct} dari pagu anggaran Rp 18.045.050.000,00.")
    assert ("budget_percent", 42.3, "consistent", 7_632_625_365, 18_045_050_000) in _budget_checks(text.format(pct="42,30%"))
    assert ("budget_percent", 42.03, "mismatch", 7_632_625_365, 18_045_050_000) in _budget_checks(text.format(pct="42,03%"))
