"""Budget tables that write each row's nomenclature code and name in one cell: "1 | 1.13.1.13.01.01
Program Pelayanan Administrasi Perkantoran | ..." over " | 1.13.1.13.01.01.01 Penyediaan jasa surat
menyurat | ..." (structure._row_candidate, programs._CODE_BEFORE_NAME), and a detail table whose
program rows open with their code under a summary table of the programs
(programs._named_row_activities: the program's row found by its name, its kegiatan the rows of the
shallowest code under it, not their sub kegiatan)."""

from __future__ import annotations

from kesos_extract import extract_text

NUMBERED = """\
Tabel 2.1 Evaluasi Hasil Pelaksanaan Renja SKPD Dinas Sosial Tahun 2016
No\tKode / Program / Kegiatan\tPagu Renja (Rp)\tRealisasi (Rp)\tTingkat Capaian (%)
1\t1.13.1.13.01.01 Program Pelayanan Administrasi Perkantoran\t74.231.000\t71.198.000\t95,91
\t1.13.1.13.01.01.01 Penyediaan jasa surat menyurat\t7.670.000\t7.589.000\t98,94
\t1.13.1.13.01.01.02 Penyediaan jasa komunikasi, sumber daya air dan listrik\t66.561.000\t63.609.000\t95,56
2\t1.13.1.13.01.17 Program Pembinaan Anak Terlantar\t174.893.000\t170.721.000\t97,61
\t1.13.1.13.01.17.02 Peningkatan kualitas pelayanan, sarana dan prasarana rehabilitasi kesejahteraan sosial bagi anak terlantar\t75.222.000\t72.937.600\t96,96
\t1.13.1.13.01.17.03 Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar\t99.671.000\t97.783.400\t98,11
\tJUMLAH\t249.124.000\t241.919.000\t97,11
"""


def test_a_number_then_a_code_and_the_name_in_one_cell() -> None:
    # FAILED BEFORE: no program (the cell opens with the code, not "Program")
    report = extract_text(NUMBERED)
    assert [(p.name, p.budget.pagu, [a.name for a in p.activities]) for p in report.programs] == [
        ("Program Pelayanan Administrasi Perkantoran", 74_231_000,
         ["Penyediaan jasa surat menyurat", "Penyediaan jasa komunikasi, sumber daya air dan listrik"]),
        ("Program Pembinaan Anak Terlantar", 174_893_000,
         ["Peningkatan kualitas pelayanan, sarana dan prasarana rehabilitasi kesejahteraan sosial bagi anak terlantar",
          "Pelatihan keterampilan dan praktek belajar kerja bagi anak terlantar"])]


SUMMARY_THEN_DETAIL = """\
Tabel 3.20 Ringkasan Realisasi Anggaran per Program Tahun 2022
No\tProgram\tPagu (Rp)\tRealisasi (Rp)\tCapaian
1\tProgram Pemberdayaan Sosial\t475.279.000\t454.196.879\t95,56 %
2\tProgram Penanganan Bencana\t352.417.000\t337.069.366\t95,65 %
\tJumlah\t827.696.000\t791.266.245\t95,60 %

Tabel 3.21 Rincian Realisasi Anggaran per Sub Kegiatan Tahun 2022
Program / Kegiatan / Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tCapaian
1.06.02 Program Pemberdayaan Sosial\t475.279.000\t454.196.879\t95,56 %
1.06.02.2.05 Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\t475.279.000\t454.196.879\t95,56 %
1.06.02.2.05.0001 Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kabupaten/Kota\t275.279.000\t262.196.879\t95,25 %
1.06.02.2.05.0003 Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kabupaten/Kota\t200.000.000\t192.000.000\t96,00 %
1.06.06 Program Penanganan Bencana\t352.417.000\t337.069.366\t95,65 %
1.06.06.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\t352.417.000\t337.069.366\t95,65 %
1.06.06.2.01.0001 Penyediaan Makanan\t152.417.000\t147.069.366\t96,49 %
1.06.06.2.01.0002 Penyediaan Sandang\t200.000.000\t190.000.000\t95,00 %
\tJumlah\t827.696.000\t791.266.245\t95,60 %
"""


def test_the_detail_table_s_coded_rows_give_the_summary_s_programs_their_kegiatan() -> None:
    # FAILED BEFORE: no kegiatan (the detail table's program cell opens with its code)
    report = extract_text(SUMMARY_THEN_DETAIL)
    assert [(p.name, [a.name for a in p.activities]) for p in report.programs] == [
        ("Program Pemberdayaan Sosial", ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
        ("Program Penanganan Bencana", ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"])]
