"""Tables of financial statements and aid reports below and above the kabupaten:

- a Laporan Realisasi Anggaran's or an APBDes's rows coded by level ("5.1 BELANJA OPERASI" over
  "5.1.1 Belanja Pegawai", ...; "3 BIDANG ..." over "3.1 Sub Bidang ..." over "3.1.01 ..."): each
  coded row against the rows coded one level under it (audit.tables._coded_group_sums), and the
  table's total against its top-level rows;
- "Lebih/(Kurang)" taken either way, the budget less the realisation or the other way round, a
  slip judged the way its sign shows (audit.tables._surplus_as_shortfall);
- a total row that names the groups it sums by their codes ("JUMLAH BELANJA BIDANG 3, 4 DAN 5");
  its label's last number is no figure pushed out of its cell (readers.aligned._overflowing_figures);
- aid paid in stages ("Tahap I | ... | Tahap IV | Jumlah Realisasi"), and a total that names what
  it totals ("Graduasi Alamiah | Graduasi Mandiri | Jumlah Graduasi") with its percentage of the
  whole before its kinds ("KPM Awal", "% Graduasi");
- a caption a tab away from its number ("Tabel 3.7<TAB>Capaian ...") is no header row;
- a remainder under a group label of the achievement ("Capaian Keuangan" over "% | Sisa (Rp)").
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def checks(text: str, kind: str = ""):
    return [(c.check, c.verdict, c.stated, c.expected) for c in extract_text(text).checks
            if c.check.startswith(kind)]


P_APBD = """\
Kode    Uraian                              Anggaran Setelah P-APBD      Realisasi 2019        %      Realisasi 2018
5.1     BELANJA OPERASI                           20.350.555.750,00   19.430.760.583,00    95,48   17.559.458.819,00
5.1.1   Belanja Pegawai                            7.215.630.000,00    6.874.209.318,00    95,27    6.652.118.704,00
5.1.2   Belanja Barang                            10.384.925.750,00    9.806.551.265,00    94,43    8.927.340.115,00
5.1.6   Belanja Bantuan Sosial                     2.750.000.000,00    2.750.000.000,00   100,00    1.980.000.000,00
5.2     BELANJA MODAL                              2.354.800.000,00    2.304.863.900,00    97,88    2.677.210.000,00
5.2.2   Belanja Modal Peralatan dan Mesin            865.300.000,00      843.118.900,00    97,44      512.760.000,00
5.2.3   Belanja Modal Gedung dan Bangunan          1.425.000.000,00    1.398.870.000,00    98,17    2.116.450.000,00
5.2.5   Belanja Modal Aset Tetap Lainnya              64.500.000,00       62.875.000,00    97,48       48.000.000,00
        JUMLAH BELANJA DAERAH                     22.705.355.750,00   21.735.624.483,00    95,73   20.236.668.819,00
"""


def test_a_coded_group_row_is_the_sum_of_the_rows_coded_under_it() -> None:
    found = checks(P_APBD, "column_total")
    # 5.1 = 5.1.1 + 5.1.2 + 5.1.6 in each column of money
    assert ("column_total", "consistent", 20350555750.0, 20350555750.0) in found
    assert ("column_total", "consistent", 17559458819.0, 17559458819.0) in found
    # the total is of 5.1 and 5.2, not of every row (each amount once)
    assert ("column_total", "consistent", 22705355750.0, 22705355750.0) in found
    assert not any(v == "mismatch" for _, v, *_ in found)


def test_a_slip_in_a_group_row_is_caught() -> None:
    found = checks(P_APBD.replace("20.350.555.750,00", "20.305.555.750,00"), "column_total")
    assert ("column_total", "mismatch", 20305555750.0, 20350555750.0) in found


APBDES = """\
KODE    URAIAN                                                     ANGGARAN       REALISASI  LEBIH/(KURANG)
                                                                       (Rp)            (Rp)            (Rp)
3       BIDANG PEMBINAAN KEMASYARAKATAN                              68.850.000      67.655.500       1.194.500
3.1       Sub Bidang Ketenteraman dan Ketertiban Umum                31.100.000      30.950.000         150.000
3.1.01      Pengadaan/Penyelenggaraan Pos Keamanan Desa              12.500.000      12.350.000         150.000
3.1.02      Penguatan Kapasitas Tenaga Keamanan (Linmas)             18.600.000      18.600.000               0
3.2       Sub Bidang Kebudayaan dan Keagamaan                        37.750.000      36.705.500       1.044.500
3.2.01      Pembinaan Group Kesenian Tingkat Desa                    15.000.000      14.725.000         275.000
3.2.02      Penyelenggaraan Festival Kesenian dan Keagamaan          22.750.000      21.980.500         {slip}
4       BIDANG PEMBERDAYAAN MASYARAKAT                               54.300.000      53.375.000         925.000
4.2       Sub Bidang Pelatihan Pertanian dan Peternakan              24.300.000      23.975.000         325.000
4.2.01      Peningkatan Kapasitas Kelompok Tani dan Ternak           24.300.000      23.975.000         325.000
4.3       Sub Bidang Peningkatan Kapasitas Aparatur Desa             30.000.000      29.400.000         600.000
4.3.01      Peningkatan Kapasitas Kepala Desa dan Perangkat Desa     30.000.000      29.400.000         600.000
        JUMLAH BELANJA BIDANG 3 DAN 4                               123.150.000     121.030.500       2.119.500
"""


def test_an_apbdes_s_bidang_sub_bidang_and_its_total() -> None:
    found = checks(APBDES.format(slip="769.500"))
    assert ("column_total", "consistent", 68850000.0, 68850000.0) in found  # 3 = 3.1 + 3.2
    assert ("column_total", "consistent", 37750000.0, 37750000.0) in found  # 3.2 = 3.2.01 + 3.2.02
    assert ("column_total", "consistent", 123150000.0, 123150000.0) in found  # the total of 3 and 4
    # "LEBIH/(KURANG)" here is the budget less the realisation, positive
    assert ("row_difference", "consistent", 769500.0, 769500.0) in found
    assert not any(v == "mismatch" for _, v, *_ in found)


def test_a_surplus_column_s_slip_is_judged_the_way_its_sign_shows() -> None:
    found = checks(APBDES.format(slip="869.500"), "row_difference")
    assert ("row_difference", "mismatch", 869500.0, 769500.0) in found


def test_a_shortfall_in_brackets_is_the_realisation_less_the_budget() -> None:
    text = ("Uraian                  Anggaran        Realisasi       %    Lebih/(Kurang)\n"
            "Belanja Pegawai    9.412.600.000    9.028.345.700   95,92     (384.254.300)\n"
            "Belanja Modal        840.000.000      768.250.000   91,46      (71.750.000)\n")
    found = checks(text, "row_difference")
    assert ("row_difference", "consistent", -384254300.0, -384254300.0) in found
    assert ("row_difference", "consistent", -71750000.0, -71750000.0) in found


STAGES = """\
Tabel 1. Rekapitulasi Penyaluran BLT Dana Desa s.d. Tahap IV Tahun 2022

| No | Desa | Alokasi BLT | KPM | Tahap I | Tahap II | Tahap III | Tahap IV | Jumlah Realisasi |
|----|------|------------:|----:|--------:|---------:|----------:|---------:|-----------------:|
| 1 | Begadon | 453.600.000 | 126 | 113.400.000 | 111.600.000 | 110.700.000 | 109.800.000 | 445.500.000 |
| 2 | Beged | 457.200.000 | 127 | 114.300.000 | 114.300.000 | 112.500.000 | 111.600.000 | {total} |
"""


def test_the_stages_of_aid_add_up_to_the_row_s_total() -> None:
    assert [(v, s) for _, v, s, _ in checks(STAGES.format(total="452.700.000"), "row_total")] == [
        ("consistent", 445500000.0), ("consistent", 452700000.0)]
    assert ("row_total", "mismatch", 425700000.0, 452700000.0) in checks(STAGES.format(total="425.700.000"), "row_total")


GRADUATION = """\
Tabel 2. Graduasi KPM PKH per Kecamatan Tahun 2021

Kecamatan         Pendamping   KPM Awal  Graduasi  Graduasi    Jumlah % Graduasi
                     (orang)      (KPM)   Alamiah   Mandiri  Graduasi
--------------------------------------------------------------------------------
Sindangbarang              9      2.418        71       104       175       7,24
Cidaun                    10      2.756        88       131       219       {pct}
Naringgul                  9      2.503        64        97       161       6,43
"""


def test_a_named_total_of_its_kinds_and_its_share_of_the_whole() -> None:
    found = checks(GRADUATION.format(pct="7,95"))
    assert ("row_total", "consistent", 175.0, 175.0) in found  # Alamiah + Mandiri
    # % Graduasi = Jumlah Graduasi / KPM Awal: 219 / 2.756 = 7,946 %
    assert ("row_percent", "consistent", 7.95, 7.9463) in found
    assert ("row_percent", "mismatch", 9.75, 7.9463) in checks(GRADUATION.format(pct="9,75"))


def test_a_caption_a_tab_away_from_its_number_is_no_header_row() -> None:
    text = ("Tabel 3.7\tCapaian Layanan Permakanan Lanjut Usia per Kabupaten/Kota Tahun 2023\n"
            "Kabupaten/Kota\tSasaran (jiwa)\tTerlayani (jiwa)\tCapaian (%)\n"
            "Kota Gorontalo\t150\t150\t100,00\n"
            "Kabupaten Gorontalo\t320\t317\t99,06\n"
            "Kabupaten Boalemo\t160\t158\t98,75\n")
    report = extract_text(text)
    assert [t.header for t in report.tables] == [["Kabupaten/Kota", "Sasaran (jiwa)", "Terlayani (jiwa)", "Capaian (%)"]]
    assert ("row_percent", "consistent", 99.06, 99.0625) in checks(text)


@pytest.mark.parametrize("header", [
    ["No", "Kegiatan", "Pagu", "Realisasi", "Capaian Keuangan %", "Capaian Keuangan Sisa (Rp)"],
    ["No", "Kegiatan", "Pagu", "Realisasi", "%", "Sisa (Rp)"],
])
def test_a_remainder_under_a_group_of_the_achievement_is_no_percentage(header) -> None:
    from kesos_extract.audit.tables import _members_naming_their_own_role
    from kesos_extract.tables import header_has, without_group_labels
    own = _members_naming_their_own_role(header, without_group_labels(header))
    assert header_has(own[-1], "remaining") and not header_has(own[-1], "percent")


LETTERED = """\
Tabel V.3 Anggaran dan Realisasi Belanja Dinas Sosial Tahun 2022 (dalam Rupiah)
No\tUraian\tAnggaran 2022\tRealisasi 2022\t%\tRealisasi 2021
A\tBELANJA OPERASI\t9.617.755.000,00\t{real}\t95,39\t9.138.415.771,00
1\tBelanja Pegawai\t7.402.115.000,00\t7.096.338.042,00\t95,86\t6.988.415.771,00
2\tBelanja Bantuan Sosial\t2.215.640.000,00\t2.078.203.660,00\t93,80\t2.150.000.000,00
B\tBELANJA MODAL\t1.013.900.000,00\t986.562.000,00\t97,30\t533.300.000,00
1\tBelanja Modal Peralatan dan Mesin\t975.400.000,00\t948.612.000,00\t97,25\t512.300.000,00
2\tBelanja Modal Aset Tetap Lainnya\t38.500.000,00\t37.950.000,00\t98,57\t21.000.000,00
\tJUMLAH (A+B)\t10.631.655.000,00\t10.161.103.702,00\t95,57\t9.671.715.771,00
"""


def test_a_lettered_group_is_the_sum_of_the_rows_numbered_under_it() -> None:
    found = checks(LETTERED.format(real="9.174.541.702,00"), "column_total")
    assert ("column_total", "consistent", 9617755000.0, 9617755000.0) in found  # A = 1 + 2
    assert ("column_total", "consistent", 1013900000.0, 1013900000.0) in found  # B = 1 + 2
    assert ("column_total", "consistent", 10631655000.0, 10631655000.0) in found  # A + B
    slip = checks(LETTERED.format(real="9.174.451.702,00"), "column_total")
    assert ("column_total", "mismatch", 9174451702.0, 9174541702.0) in slip


def test_a_budget_s_stage_qualifies_its_label() -> None:
    report = extract_text(P_APBD)
    assert report.tables[0].header[2] == "Anggaran Setelah P-APBD"
    found = checks(P_APBD, "column_total")
    assert ("column_total", "consistent", 20350555750.0, 20350555750.0) in found  # 5.1 = 5.1.1 + 5.1.2 + 5.1.6
    assert ("column_total", "consistent", 22705355750.0, 22705355750.0) in found  # the total of 5.1 and 5.2
