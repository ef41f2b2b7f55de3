"""A pipe table whose long names wrap onto rows of their own ("| 2 | Program Pemberdayaan Fakir
Miskin, Komunitas | 97,50 | ..." / "|   | Adat Terpencil (KAT) dan Penyandang Masalah | | ..."): the
rows that only carry the rest of a name are that name's (readers/text.py); a heading row with
no figures ("|   | Program Rehabilitasi Sosial |   |") stays a row."""

from __future__ import annotations

from kesos_extract import extract_text

TABLE = """\
Tabel 3.9 Realisasi Anggaran per Program

| No | Program                                        | Anggaran (Rp)     | Realisasi (Rp)    | %     |
|----|------------------------------------------------|-------------------|-------------------|-------|
| 1  | Program Pelayanan Administrasi Perkantoran     | 1.245.630.000     | 1.138.455.120     | 91,40 |
| 2  | Program Pemberdayaan Fakir Miskin, Komunitas   | 1.876.500.000     | 1.663.315.000     | 88,64 |
|    | Adat Terpencil (KAT) dan Penyandang Masalah    |                   |                   |       |
|    | Kesejahteraan Sosial (PMKS) Lainnya            |                   |                   |       |
| 3  | Program Pelayanan dan Rehabilitasi             | 942.800.000       | 877.950.000       | 93,12 |
|    | Kesejahteraan Sosial                           |                   |                   |       |
|    | JUMLAH                                         | 4.064.930.000     | 3.679.720.120     | 90,52 |
"""


def test_wrapped_names_are_one_row() -> None:
    report = extract_text(TABLE)
    (table,) = report.tables
    assert [r[1].text for r in table.rows] == [
        "Program Pelayanan Administrasi Perkantoran",
        "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan "
        "Sosial (PMKS) Lainnya",
        "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
        "JUMLAH"]
    assert [p.name for p in report.programs][1] == ("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) "
                                                    "dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya")
    assert not [c for c in report.checks if c.verdict == "mismatch"]


def test_a_heading_row_is_not_joined() -> None:
    text = TABLE.replace("|    | JUMLAH  ", "|    | Program Rehabilitasi Sosial |  |  |  |\n|    | JUMLAH  ")
    names = [r[1].text for r in extract_text(text).tables[0].rows]
    assert "Program Rehabilitasi Sosial" in names
