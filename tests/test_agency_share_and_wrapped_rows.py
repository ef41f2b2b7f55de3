"""Two more of stop 33's probe findings. A news story's share of an agency's budget in the region's
("porsi anggaran Dinsos hanya 0,74 persen dari total APBD ... yang mencapai Rp2,53 triliun"), the
agency's budget named paragraphs before: no claim was made. And a tab table copied out of a PDF
whose long names wrapped within their cells ("1<TAB>Program Penunjang ... Daerah" / "Kabupaten/Kota
<TAB>9.812.345.600<TAB>...") and whose total's label spans the number and name columns ("JUMLAH<TAB>
17.550.795.600<TAB>..."): its cells stood a column off, and the column totals drew three false
alarms (a percentage column summed as money)."""

from __future__ import annotations

import pytest

from conftest import checks_by_stated
from kesos_extract import extract_text

PADANG = ("PADANG - Dinas Sosial (Dinsos) Kota Padang menutup tahun anggaran 2023 dengan serapan anggaran 94,37 persen.\n\n"
          "Kepala Dinas Sosial Kota Padang mengatakan, total pagu Dinsos setelah APBD Perubahan 2023 sebesar "
          "Rp18.742.615.300. Dari jumlah itu, yang terealisasi hingga 31 Desember sebesar Rp17.688.123.450.\n\n"
          "Ia menyebut, porsi anggaran Dinsos memang relatif kecil, hanya {pct} persen dari total APBD Kota Padang "
          "2023 yang mencapai Rp2,53 triliun.\n")
KUKAR = ("TENGGARONG - Pada APBD 2024, Dinsos Kukar hanya mendapat Rp 58,3 miliar, turun 8,6 persen dari tahun 2023 "
         "yang sebesar Rp 63,8 miliar.\n\n"
         "Padahal APBD Kukar 2024 ditetapkan Rp 13,1 triliun. Dengan demikian porsi anggaran Dinsos hanya {pct} "
         "persen dari total APBD.\n")


@pytest.mark.parametrize("text, pct, verdict, part, whole", [
    (PADANG, "0,74", "consistent", 18742615300.0, 2530000000000.0),
    (PADANG, "0,47", "mismatch", 18742615300.0, 2530000000000.0),
    (KUKAR, "0,45", "consistent", 58300000000.0, 13100000000000.0),   # 58,3 / 13.100 = 0,445: rounded operands
    (KUKAR, "0,54", "mismatch", 58300000000.0, 13100000000000.0),
])
def test_an_agency_s_share_of_the_region_s_budget(text, pct, verdict, part, whole):
    assert checks_by_stated(text.format(pct=pct))[float(pct.replace(",", "."))] == ("share_percent", verdict, part, whole)


def test_no_share_where_the_agency_s_budget_is_not_given():
    text = "Porsi anggaran Dinkes hanya 0,74 persen dari total APBD Kota Padang 2023 yang mencapai Rp2,53 triliun.\n"
    assert 0.74 not in checks_by_stated(text)


TABLE = ("Tabel 3.12 Realisasi Anggaran per Program\n"
         "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%\n"
         "1\tProgram Penunjang Urusan Pemerintahan Daerah\n"
         "Kabupaten/Kota\t9.812.345.600\t9.247.118.230\t94,24\n"
         "2\tProgram Pemberdayaan Sosial\t1.245.000.000\t1.198.550.000\t96,27\n"
         "3\tProgram Penanganan Warga Negara Migran Korban\n"
         "Tindak Kekerasan\t45.000.000\t42.300.000\t94,00\n"
         "JUMLAH\t{total}\t10.487.968.230\t94,47\n")


def test_a_wrapped_name_and_a_spanning_total_label_keep_the_columns():
    report = extract_text(TABLE.format(total="11.102.345.600"))
    rows = [[c.text for c in row] for row in report.tables[0].rows]
    assert rows[0] == ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "9.812.345.600", "9.247.118.230",
                       "94,24"]
    assert rows[2][1] == "Program Penanganan Warga Negara Migran Korban Tindak Kekerasan"
    assert rows[3] == ["JUMLAH", "", "11.102.345.600", "10.487.968.230", "94,47"]
    assert not [c for c in report.checks if c.verdict == "mismatch"]
    assert [p.name for p in report.programs][0] == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"


def test_a_total_that_is_not_the_sum_of_its_rows_is_caught():
    report = extract_text(TABLE.format(total="11.120.345.600"))
    found = {(c.check, c.stated, c.expected) for c in report.checks if c.verdict == "mismatch"}
    assert ("column_total", 11120345600.0, 11102345600.0) in found
    assert all(check != "column_total" or stated != 94.47 for check, stated, _ in found)
