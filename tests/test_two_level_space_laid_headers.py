"""A table laid out with spaces (pdftotext -layout) whose header is two levels: group labels over
their columns ("Tertangani" over "Jiwa  %"), the groups underlined with dashes, and a unit heading
a column on the lower line ("Jiwa"): every column found, each under its nearer group label."""

from __future__ import annotations

from kesos_extract import extract_text

TABLE = """\
                      Tabel 4.3 Penanganan PMKS Kabupaten Lombok Timur Tahun 2022

 --------------------------------------------------------------------------------------------------
                                                                Tertangani        Belum Tertangani
  No  Jenis PMKS                                 Jumlah     ---------------------  ---------------------
                                                  (jiwa)      Jiwa         %         Jiwa          %
 --------------------------------------------------------------------------------------------------
 1.   Anak Balita Terlantar                         214         96     44,86          118     55,14
 2.   Anak Terlantar                              1.873        640     34,17        1.233     65,83
 3.   Anak yang Memerlukan Perlindungan             157         38     24,20          119     75,80
      Khusus
 4.   Lanjut Usia Terlantar                       6.234      2.314     37,12        3.920     {pct}
 --------------------------------------------------------------------------------------------------
  Sumber: Bidang Rehabilitasi Sosial, 2022
"""


def test_group_labels_over_their_own_columns() -> None:
    report = extract_text(TABLE.format(pct="62,88"))
    (table,) = report.tables
    assert table.header == ["No", "Jenis PMKS", "Jumlah (jiwa)", "Tertangani Jiwa", "Tertangani %",
                            "Belum Tertangani Jiwa", "Belum Tertangani %"]
    assert [c.text for c in table.rows[2]] == ["3.", "Anak yang Memerlukan Perlindungan Khusus", "157", "38",
                                                "24,20", "119", "75,80"]
    assert not [c for c in report.checks if c.verdict in ("mismatch", "unparseable")]


def test_a_slip_in_a_group_s_column() -> None:
    report = extract_text(TABLE.format(pct="63,88"))
    assert [c.stated for c in report.checks if c.verdict == "mismatch"] == [63.88]
