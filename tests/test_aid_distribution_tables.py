"""Tables of aid distribution and of a panti's residents: "Terealisasi (paket)" and "Tersalur"
name a realisation (tables.yaml ``header_roles.realisation``; "Belum Tersalur" stays the rest), and
a stock with its flows ("Awal Bulan | Masuk | Keluar | Akhir Bulan"; "KPM Awal | Graduasi Alamiah |
Graduasi Mandiri | Jumlah Graduasi | KPM Akhir") has each row's closing stock judged against the
opening one plus what came in less what went out (tables.yaml ``stock_flow``,
audit.tables._stock_flows, check ``row_total``)."""

from __future__ import annotations

from collections import Counter

from kesos_extract import extract_text

DISTRIBUTION = """\
Tabel 3.1 Realisasi Penyaluran Bantuan Sosial Sembako Daerah per Kecamatan Tahun 2022
No\tKecamatan\tRencana (paket)\tTerealisasi (paket)\tBelum Tersalur (paket)\tPersentase (%)
1\tKedungjati\t710\t703\t7\t99,01
2\tKarangrayung\t514\t505\t9\t98,25
3\tPenawangan\t503\t503\t0\t100,00
4\tToroh\t909\t897\t12\t98,86
"""


def test_the_percentage_is_of_what_was_distributed() -> None:
    # FAILED BEFORE: "Terealisasi" was no realisation, and no percentage was judged (a first
    # version that read "Belum Tersalur" as a realisation too judged each as the rest over the
    # plan, 7 / 710). 897 / 909 = 98,68: "98,86" is a slip
    report = extract_text(DISTRIBUTION)
    verdicts = {c.stated: c.verdict for c in report.checks if c.check == "row_percent"}
    assert verdicts == {99.01: "consistent", 98.25: "consistent", 100.0: "consistent", 98.86: "mismatch"}


RESIDENTS = """\
Tabel 3.4 Mutasi Penghuni PSTW Tahun 2023
Bulan | Awal Bulan | Masuk | Keluar | Akhir Bulan
Januari | 57 | 2 | 1 | 58
Februari | 58 | 0 | 2 | 56
Maret | 56 | 1 | 0 | 57
April | 57 | 2 | 1 | 59
"""

GRADUATION = """\
Kecamatan | Pendamping | KPM Awal | Graduasi Alamiah | Graduasi Mandiri | Jumlah Graduasi | KPM Akhir
Parigi | 6 | 2.214 | 96 | 63 | 159 | 2.055
Cijulang | 4 | 1.187 | 52 | 30 | 82 | 1.105
Cimerak | 5 | 1.763 | 71 | 47 | 118 | 1.645
"""


def test_a_month_s_closing_residents_are_its_opening_plus_in_less_out() -> None:
    # FAILED BEFORE: not judged. April: 57 + 2 - 1 = 58, stated 59
    report = extract_text(RESIDENTS)
    flows = {c.stated: c.verdict for c in report.checks if c.check == "row_total"}
    assert flows == {58: "consistent", 56: "consistent", 57: "consistent", 59: "mismatch"}


def test_the_graduation_total_alone_is_taken_out() -> None:
    # (the kinds and their total are all outflows: only the total is taken, not all three)
    report = extract_text(GRADUATION)
    assert Counter((c.check, c.verdict) for c in report.checks if c.stated in (2055, 1105, 1645)) == \
        Counter({("row_total", "consistent"): 3})


def test_columns_that_are_no_flows_leave_the_table_unjudged() -> None:
    # "Awal" and "Akhir" with a column between that is no flow (a target): no stock's table
    report = extract_text("Indikator | Kondisi Awal | Target | Kondisi Akhir\n"
                          "Persentase PMKS tertangani | 60 | 75 | 70\n"
                          "Jumlah PSKS aktif | 120 | 150 | 135\n")
    assert not [c for c in report.checks if c.check == "row_total"]
