"""What PDF-to-markdown converters (marker, Nougat, MinerU) make of a report: percentages in LaTeX
math with a thin space before the sign ("\\(95,85\\,\\%\\)": normalise._THIN_SPACE_BEFORE_PERCENT),
and programs as bold run-in titles opening their paragraphs ("**Program Pemberdayaan Sosial.**
Melalui kegiatan A dilakukan ... . Realisasi Rp ... dari pagu Rp ... (98,06%)."), whose paragraph
states their figures (programs._run_in_title_end)."""

from __future__ import annotations

from kesos_extract import extract_text


def test_a_percentage_in_latex_math_with_a_thin_space() -> None:
    report = extract_text("Dari 48 PSKS yang terdaftar, 41 lembaga telah mengikuti bimbingan teknis \\(85,42\\,\\%\\).\n")
    assert [(c.check, c.verdict, c.stated) for c in report.checks] == [("share_percent", "consistent", 85.42)]


def test_an_escaped_comma_elsewhere_stays_a_comma() -> None:
    report = extract_text("Bantuan diberikan kepada 1.250 KPM\\, dari 1.300 KPM sasaran (96,15%).\n")
    assert [(c.verdict, c.stated) for c in report.checks] == [("consistent", 96.15)]


RUN_IN = """\
### 3.2 Realisasi Anggaran

**Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota.** Program ini menampung belanja gaji dan tunjangan ASN serta belanja operasional kantor. Dengan pagu Rp 7.845.210.000,00 realisasinya mencapai Rp 7.402.996.318,00 \\(94,36\\%\\).

**Program Pemberdayaan Sosial.** Melalui kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota dilakukan pembinaan terhadap Karang Taruna dan TKSK. Realisasi Rp 259.870.000,00 dari pagu Rp 265.000.000,00 \\(98,06\\%\\).

**Program Perlindungan dan Jaminan Sosial.** Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota menyerap Rp 716.228.900,00 dari pagu Rp 734.500.000,00 \\(97,51\\%\\), antara lain untuk honorarium petugas pendata.
"""


def test_a_run_in_title_s_paragraph_states_its_figures() -> None:
    report = extract_text(RUN_IN)
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 7_845_210_000, 7_402_996_318, 94.36),
        ("Program Pemberdayaan Sosial", 265_000_000, 259_870_000, 98.06),
        # (the paragraph's only kegiatan: its figures are the program's too, as a list's only
        # kegiatan's are, "didukung oleh 1 kegiatan yaitu B dengan anggaran ..."; FAILED BEFORE: none)
        ("Program Perlindungan dan Jaminan Sosial", 734_500_000, 716_228_900, 97.51),
    ]
    assert [[a.name for a in p.activities] for p in report.programs][1:] == [
        ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"],
        ["Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"],
    ]


def test_two_kegiatan_each_with_figures_leave_the_run_in_program_none() -> None:
    report = extract_text("**Program Rehabilitasi Sosial.** Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar menyerap "
                          "Rp 300.000.000,00 dari pagu Rp 320.000.000,00 (93,75%). Kegiatan Rehabilitasi Sosial Dasar "
                          "Lanjut Usia Terlantar menyerap Rp 180.000.000,00 dari pagu Rp 200.000.000,00 (90,00%).\n")
    assert [(p.budget.pagu, p.budget.realisasi) for p in report.programs] == [(None, None)]


LATEX = """\
Anggaran per program disajikan pada tabel berikut.

\\begin{table}
\\begin{tabular}{l l r r r} \\hline No & Program & Anggaran (Rp) & Realisasi (Rp) & \\% \\\\ \\hline
1 & Program Pelayanan Administrasi Perkantoran & 1.126.400.000 & 1.087.915.300 & 96,58 \\\\
2 & Program Pembinaan Anak Terlantar & 665.600.000 & 640.113.000 & 96,71 \\\\ \\hline
 & Jumlah & 1.792.000.000 & 1.728.028.300 & 96,43 \\\\ \\hline \\end{tabular}
\\end{table}
Tabel 3.4: Realisasi Anggaran per Program Tahun 2019
"""


def test_a_latex_tabular_is_read_as_a_table() -> None:
    # Nougat and MinerU write tables as LaTeX: rows at "\\\\", cells at "&" (FAILED BEFORE: no table,
    # no program, no check). 640.113.000 / 665.600.000 = 96,17 %, stated 96,71: a slip
    report = extract_text(LATEX)
    assert [(p.name, p.budget.pagu, p.budget.realisasi) for p in report.programs] == [
        ("Program Pelayanan Administrasi Perkantoran", 1_126_400_000, 1_087_915_300),
        ("Program Pembinaan Anak Terlantar", 665_600_000, 640_113_000)]
    verdicts = {c.stated: c.verdict for c in report.checks}
    assert verdicts[96.58] == "consistent" and verdicts[96.71] == "mismatch"
    assert verdicts[1_792_000_000] == "consistent" and verdicts[1_728_028_300] == "consistent"


MERGED = """\
Tabel 2.1 Realisasi Anggaran Dinas Sosial Tahun 2021

| Program | Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Administrasi Keuangan Perangkat Daerah | 4.912.300.000 | 4.688.415.226 | 95,44 |
| Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Administrasi Umum Perangkat Daerah | 276.850.000 | 259.114.700 | 93,59 |
| Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | 418.000.000 | 401.286.000 | 96,00 |
| Program Pemberdayaan Sosial | Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota | 188.400.000 | 171.920.000 | 91,25 |
| Program Penanganan Bencana | Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota | 2.365.000.000 | 2.214.781.500 | 93,65 |
| Jumlah | Jumlah | 8.160.550.000 | 7.735.517.426 | 94,79 |
"""


def test_a_merged_program_cell_written_out_in_each_of_its_rows_is_one_program() -> None:
    # (docling and MinerU repeat a merged cell's text in every row it spans: structure._table_candidates)
    report = extract_text(MERGED)
    assert [(p.name, [a.name for a in p.activities]) for p in report.programs] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
         ["Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah",
          "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"]),
        ("Program Pemberdayaan Sosial", ["Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota"]),
        ("Program Penanganan Bencana", ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"]),
    ]
