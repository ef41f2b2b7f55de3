"""An indicator's table laid on its side, as LKjIP chapters III print one a table ("Uraian | 2022 |
2023" over "Target (%)", "Realisasi (%)", "Capaian (%)"; then the Renstra's end target and the
achievement of it): each year's achievement is judged against that year's realisation over its
target, or the formula of an indicator where lower is better, and the achievement of the end
target against the last year's realisation (audit.tables._transposed_achievements). A group's
total named by its number ("Jumlah Sasaran 2") is a total row, not a kegiatan."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.tables import is_total_label

SIDE = """\
Tabel 3.1 IKU 1: Persentase PMKS yang tertangani
Uraian\t2022\t2023
Target (%)\t72\t75
Realisasi (%)\t70,45\t76,10
Capaian (%)\t{first}\t101,47
Target akhir Renstra (2026) (%)\t85
Capaian terhadap target akhir Renstra (%)\t89,53
"""

INVERSE = """\
Tabel 3.2 IKU 2: Persentase PMKS yang belum tertangani
Uraian\t2022\t2023
Target (%)\t28\t25
Realisasi (%)\t29,55\t23,90
Capaian (%)\t94,75\t104,60
"""


def _achievements(text: str):
    return [(c.verdict, c.stated) for c in extract_text(text).checks if c.check == "row_percent"]


def test_each_year_s_achievement_and_the_end_target_s() -> None:
    # 70,45 / 72 = 97,847; 76,10 / 75 = 101,467; 76,10 / 85 = 89,529
    assert sorted(_achievements(SIDE.format(first="97,85"))) == [
        ("consistent", 89.53), ("consistent", 97.85), ("consistent", 101.47)]
    assert ("mismatch", 98.75) in _achievements(SIDE.format(first="98,75"))


def test_an_indicator_where_lower_is_better() -> None:
    # target / realisation: 28 / 29,55 = 94,755; 25 / 23,90 = 104,603
    assert sorted(_achievements(INVERSE)) == [("consistent", 94.75), ("consistent", 104.6)]


@pytest.mark.parametrize("label, total", [
    ("Jumlah Sasaran 2", True), ("JUMLAH BELANJA BIDANG 3, 4 DAN 5", True), ("Jumlah 5.1 + 5.2", True),
    ("Jumlah sasaran yang tercapai", False), ("Jumlah 2022", False),
])
def test_a_group_s_total_named_by_its_number(label: str, total: bool) -> None:
    assert is_total_label(label) is total


SASARAN = """\
Tabel 3.2 Realisasi Anggaran per Sasaran dan Program Tahun 2023
Sasaran / Program\tPagu (Rp)\tRealisasi (Rp)\t%
Sasaran 1: Meningkatnya penanganan PMKS\t6.107.200.000\t5.780.865.650\t94,66
Program Rehabilitasi Sosial\t4.367.200.000\t4.128.565.650\t94,54
Program Pemberdayaan Sosial\t1.740.000.000\t1.652.300.000\t94,96
Sasaran 2: Meningkatnya perlindungan sosial bagi penduduk miskin\t5.250.000.000\t4.847.643.000\t92,34
Program Perlindungan dan Jaminan Sosial\t4.250.000.000\t3.948.643.000\t92,91
Program Penanganan Bencana\t1.000.000.000\t899.000.000\t89,90
TOTAL\t11.357.200.000\t10.628.508.650\t93,58
"""


def test_each_sasaran_over_its_own_programs() -> None:
    # (audit.tables._next_group_head: "Sasaran 2" opens the next group, no kegiatan of a program)
    sums = [(c.verdict, c.stated) for c in extract_text(SASARAN).checks if c.check == "program_sum"]
    assert ("consistent", 6107200000.0) in sums and ("consistent", 5250000000.0) in sums
    assert not [s for s in sums if s[0] == "mismatch"]


def test_a_year_s_t_and_r_are_its_target_and_realisation(tmp_path) -> None:
    # a Word table whose year cells are merged over "T | R | %" (tables.yaml header_roles: "2022 T",
    # "2022 R"); the end target's achievement is of the last realisation: 231 / 260 = 88,85
    docx = pytest.importorskip("docx")
    from kesos_extract import extract

    d = docx.Document()
    d.add_paragraph("Tabel 3.1 Capaian Indikator Sasaran 1")
    t = d.add_table(rows=4, cols=10)
    top, sub = t.rows[0].cells, t.rows[1].cells
    top[0].merge(sub[0]).text, top[1].merge(sub[1]).text = "Indikator Kinerja", "Satuan"
    top[2].merge(top[4]).text, top[5].merge(top[7]).text = "2022", "2023"
    top[8].merge(sub[8]).text, top[9].merge(sub[9]).text = "Target 2026", "% thd 2026"
    for k, label in zip(range(2, 8), ["T", "R", "%", "T", "R", "%"]):
        sub[k].text = label
    for r, row in enumerate([
            ["Persentase PMKS yang mendapatkan rehabilitasi sosial dasar", "%", "60", "58,2", "97,0", "65", "66,4",
             "102,2", "80", "83,0"],
            ["Jumlah PSKS yang aktif", "lembaga", "210", "198", "94,3", "220", "231", "105,0", "260", "88,8"]], 2):
        for k, text in enumerate(row):
            t.rows[r].cells[k].text = text
    path = tmp_path / "iku.docx"
    d.save(str(path))
    found = [(c.verdict, c.stated) for c in extract(path).checks if c.check == "row_percent"]
    assert sorted(found) == sorted([("consistent", v) for v in (97.0, 102.2, 83.0, 94.3, 105.0, 88.8)])
