"""A total row whose label is spaced out for looks ("J U M LA H"), and an achievement of the
Renstra's end target whose own label ("Capaian thd Renstra (%)") stands under a group naming the
target ("Target Akhir Renstra" over "Target 2026 | Capaian thd Renstra (%)"): before, the total
went unjudged and the achievement was taken for a target, an operand."""

from __future__ import annotations

import docx
import pytest

import kesos_extract as kx
from kesos_extract import extract_text


@pytest.mark.parametrize("label", ["J U M LA H", "T O T A L", "JUMLAH"])
def test_a_spaced_out_total_label_is_a_total_row(label):
    text = f"""| No | Jenis Bantuan | Nilai Bantuan (Rp) |
|---|---|---|
| 1 | Bantuan permakanan lanjut usia terlantar | 630.000.000 |
| 2 | Bantuan alat bantu penyandang disabilitas | 187.200.000 |
| | {label} | 817.200.000 |
"""
    got = [(c.check, c.verdict, c.stated) for c in extract_text(text).checks]
    assert ("column_total", "consistent", 817200000.0) in got


def test_words_of_one_or_two_letters_are_no_total():
    # control: initials in a row's label
    from kesos_extract.tables import is_total_label
    assert not is_total_label("P K H")
    assert not is_total_label("KUBE A B C")


def _renstra_docx(path, stated: str):
    d = docx.Document()
    t = d.add_table(rows=3, cols=6)
    top = ["No", "Indikator Kinerja", "Tahun 2022", "", "Target Akhir Renstra", ""]
    sub = ["", "", "Target", "Realisasi", "Target 2026", "Capaian thd Renstra (%)"]
    for j, (a, b) in enumerate(zip(top, sub)):
        t.cell(0, j).text = a
        t.cell(1, j).text = b
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 5))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    for j, v in enumerate(["1", "Persentase PMKS yang tertangani", "63,00", "64,12", "70,00", stated]):
        t.cell(2, j).text = v
    d.save(path)


@pytest.mark.parametrize("stated, verdict", [("91,60", "consistent"), ("96,10", "mismatch")])
def test_an_achievement_of_the_renstra_target_under_its_group(tmp_path, stated, verdict):
    path = tmp_path / "lkjip.docx"
    _renstra_docx(path, stated)
    got = [(c.verdict, c.stated, c.expected) for c in kx.extract(path).checks if c.check == "row_percent"]
    assert (verdict, float(stated.replace(",", ".")), 91.6) in got
