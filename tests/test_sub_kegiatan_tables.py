"""Budget tables down to sub kegiatan whose program rows are empty, each program's figures in a
"Sub Jumlah" / "Jumlah Program" row after its parts (LKPJ tables of 90/2019): each kegiatan is
judged against its sub kegiatan (audit.tables._coded_group_sums with ``nomenclature``, where the
program sums judged nothing), and each program's total against its kegiatan only, each amount once
(_group_parts, _shallowest_coded). Before, the total was judged against kegiatan and sub kegiatan
together: twice the stated figure, a false mismatch."""

from __future__ import annotations

from kesos_extract import extract_text

TABLE = """\
Tabel 3.9 Realisasi Anggaran per Sub Kegiatan Tahun 2023
Kode\tNomenklatur\tPagu\tRealisasi\t%
1.06.04\tProgram Rehabilitasi Sosial\t\t\t
1.06.04.2.01\tRehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\t752.284.000\t734.892.600\t97,69
1.06.04.2.01.0001\tPenyediaan Permakanan\t439.543.000\t428.408.600\t97,47
1.06.04.2.01.0003\tPenyediaan Alat Bantu\t206.111.000\t206.111.000\t100,00
1.06.04.2.01.0005\tPemberian Pelayanan Reunifikasi Keluarga\t{sub}\t28.414.000\t92,21
1.06.04.2.01.0009\tPemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial\t75.817.000\t71.959.000\t94,91
1.06.04.2.02\tRehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial Lainnya\t83.884.000\t71.781.956\t85,57
1.06.04.2.02.0003\tPemberian Bimbingan Fisik bagi PMKS Lainnya\t57.033.000\t50.436.300\t88,43
1.06.04.2.02.0007\tPemberian Layanan Kedaruratan\t26.851.000\t21.345.656\t79,50
\tSub Jumlah\t836.168.000\t806.674.556\t96,47
1.06.05\tProgram Perlindungan dan Jaminan Sosial\t\t\t
1.06.05.2.02\tPengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\t374.073.000\t337.847.000\t90,32
1.06.05.2.02.0001\tPendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota\t374.073.000\t337.847.000\t90,32
\tSub Jumlah\t374.073.000\t337.847.000\t90,32
\tJUMLAH\t1.210.241.000\t1.144.521.556\t94,57
"""


def _totals(text: str):
    return [(c.verdict, c.stated, c.expected) for c in extract_text(text).checks if c.check == "column_total"]


def test_each_kegiatan_against_its_sub_kegiatan_and_each_program_against_its_kegiatan() -> None:
    found = _totals(TABLE.format(sub="30.813.000"))
    assert ("consistent", 752284000.0, 752284000.0) in found  # 1.06.04.2.01 = its four sub kegiatan
    assert ("consistent", 83884000.0, 83884000.0) in found  # 1.06.04.2.02 = its two
    assert ("consistent", 836168000.0, 836168000.0) in found  # Sub Jumlah = the two kegiatan
    assert ("consistent", 374073000.0, 374073000.0) in found  # a program of one kegiatan
    assert not [t for t in found if t[0] == "mismatch"]


def test_a_sub_kegiatan_s_slip_is_caught_at_its_kegiatan() -> None:
    found = _totals(TABLE.format(sub="30.183.000"))
    assert ("mismatch", 752284000.0, 751654000.0) in found
