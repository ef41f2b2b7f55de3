"""What a table's columns are, where the header leaves it open: a percentage column of changes
between years, and a program's budget realisation beside an indicator's realisation."""

import pytest

import kesos_extract as kx

PMKS_YEARS = """Tabel 4. Perkembangan Jumlah PMKS Tahun 2019-2021
Jenis PMKS\t2019\t2020\t2021\t{label}
Anak Terlantar\t1,250\t1,180\t1,100\t-6.78
Lanjut Usia Terlantar\t2,340\t2,400\t2,520\t5.00
Penyandang Disabilitas\t980\t1,020\t1,010\t-0.98
TOTAL\t4,570\t4,600\t4,630\t0.65
"""


@pytest.mark.parametrize("label", ["Perubahan (%)", "Perkembangan (%)", "Naik/Turun (%)", "(%)"])
def test_percentage_column_of_changes(tmp_path, label):
    """(1.100 - 1.180) / 1.180 = -6,78%: a change, not 1.100 / 1.180 (four false alarms when the
    header word was not known, or there was none)."""
    path = tmp_path / "pmks.txt"
    path.write_text(PMKS_YEARS.format(label=label))
    checks = [c for c in kx.extract(path).checks if c.check == "row_percent"]
    assert [(c.stated, c.verdict) for c in checks] == [
        (-6.78, "consistent"), (5.0, "consistent"), (-0.98, "consistent"), (0.65, "consistent")]
    assert all("change = (value - previous) / previous" in c.message for c in checks)


def test_a_slip_in_a_column_of_changes_is_still_caught(tmp_path):
    path = tmp_path / "pmks.txt"
    path.write_text(PMKS_YEARS.format(label="Perubahan (%)").replace("\t5.00", "\t5.20"))
    checks = [c for c in kx.extract(path).checks if c.check == "row_percent"]
    assert [c.verdict for c in checks] == ["consistent", "mismatch", "consistent", "consistent"]


KINERJA_KEUANGAN = (
    "Tabel 2.3 Capaian Kinerja dan Keuangan Program Tahun 2022\n"
    "No\tProgram\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tPagu (Rp)\tRealisasi (Rp)\tCapaian Keuangan (%)\n"
    "1\tProgram Rehabilitasi Sosial\tJumlah PPKS yang direhabilitasi (orang)\t150\t142\t94,67\t1.200.000.000\t1.140.000.000\t95,00\n"
    "2\tProgram Pemberdayaan Sosial\tJumlah PSKS yang diberdayakan (lembaga)\t40\t44\t110,00\t800.000.000\t736.000.000\t92,00\n"
    "\tJumlah\t\t\t\t\t2.000.000.000\t1.876.000.000\t93,80\n")


def test_program_budget_realisation_is_the_one_after_the_budget(tmp_path):
    """The program's realisasi is 1.140.000.000 (the "Realisasi (Rp)" after "Pagu (Rp)"), not
    the indicator's 142 people."""
    path = tmp_path / "lkpj.txt"
    path.write_text(KINERJA_KEUANGAN)
    report = kx.extract(path)
    assert [(p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        (1200000000.0, 1140000000.0, 95.0), (800000000.0, 736000000.0, 92.0)]
    assert all(c.verdict == "consistent" for c in report.checks)


YEARS_WITH_AVERAGE = (
    "Tabel 3.2 Realisasi Anggaran Dinas Sosial Tahun 2019-2021 (dalam ribuan rupiah)\n"
    "Tahun\tAnggaran\tRealisasi\tCapaian (%)\n"
    "2019\t8.450.000\t7.980.250\t94,44\n"
    "2020\t9.100.000\t8.645.000\t95,00\n"
    "2021\t8.200.000\t7.954.000\t97,00\n"
    "Rata-rata\t8.583.333\t8.193.083\t{average}\n")


@pytest.mark.parametrize("average, verdict", [("95,48", "consistent"), ("95,84", "mismatch")])
def test_average_row_is_the_mean_of_the_percentages(tmp_path, average, verdict):
    """(94,44 + 95,00 + 97,00) / 3 = 95,48: the average row's percentage is the mean of the
    column, not its averages' ratio 8.193.083 / 8.583.333 = 95,45 (a false alarm)."""
    path = tmp_path / "tahun.txt"
    path.write_text(YEARS_WITH_AVERAGE.format(average=average))
    last = [c for c in kx.extract(path).checks if c.check == "row_percent"][-1]
    assert (last.stated, last.verdict, last.expected) == (float(average.replace(",", ".")), verdict, 95.48)


GROUPED = (
    "Program/Kegiatan\tPagu\tRealisasi\t%\n"
    "Program Rehabilitasi Sosial\t\t\t\n"
    "Rehabilitasi Sosial Anak Terlantar\t500.000.000\t480.000.000\t96,00\n"
    "Rehabilitasi Sosial Lansia\t300.000.000\t270.000.000\t90,00\n"
    "Program Perlindungan dan Jaminan Sosial\t\t\t\n"
    "Pengelolaan Data Fakir Miskin\t200.000.000\t196.000.000\t98,00\n"
    "Jumlah\t1.000.000.000\t946.000.000\t94,60\n")


def test_program_heading_row_is_not_the_rest_of_the_row_above(tmp_path):
    """A program's row with empty cells over its kegiatan stays a row (it was glued to the last
    kegiatan of the program before as the rest of its name)."""
    path = tmp_path / "program.txt"
    path.write_text(GROUPED)
    report = kx.extract(path)
    [table] = report.tables
    assert [r[0].text for r in table.rows] == [
        "Program Rehabilitasi Sosial", "Rehabilitasi Sosial Anak Terlantar", "Rehabilitasi Sosial Lansia",
        "Program Perlindungan dan Jaminan Sosial", "Pengelolaan Data Fakir Miskin", "Jumlah"]
    assert [[a.name for a in p.activities] for p in report.programs] == [
        ["Rehabilitasi Sosial Anak Terlantar", "Rehabilitasi Sosial Lansia"], ["Pengelolaan Data Fakir Miskin"]]
