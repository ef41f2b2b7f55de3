"""Tables of evaluation memos and quarterly plans (held-out probes p33 and p34):

- a table laid out with spaces ends at the next section's heading after a blank line ("B.
  Realisasi keuangan ..."), which opens a table of its own;
- a bulleted kegiatan under its program, its name wrapped and its figures on its last line, is
  one row; one program over its bulleted kegiatan is checked as their sum;
- "Target | Realisasi | Capaian (%) | Sisa Target": the rest is the target less what was reached;
- "Target Tahunan | TW I | TW II | TW III | TW IV" and "Pagu | ... TW I .. TW IV": the year's
  figure is the sum of its quarters, except a percentage's targets, written cumulatively.
"""

from __future__ import annotations

from collections import Counter

from kesos_extract import extract_text

MEMO = """Hasilnya kami sampaikan sebagai berikut.

A. Capaian keluaran sub kegiatan s.d. Triwulan II

No  Indikator Keluaran Sub Kegiatan                       Satuan   Target   Realisasi   Capaian (%)   Sisa Target
1   Lansia terlantar yang mendapat permakanan             orang       350         287         82,00            63
2   Penyandang disabilitas yang mendapat alat bantu       orang       120          74         61,67            {rest}
3   Anak terlantar yang mendapat bimbingan sosial         anak         85          52         61,18            33

B. Realisasi keuangan s.d. Triwulan II

Program / Kegiatan                                                                                  Pagu (Rp)        Realisasi (Rp)      %
Program Rehabilitasi Sosial                                                                         {pagu}      812.345.600     41,73
  - Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia
    Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial                                      1.584.000.000      701.245.600     44,27
  - Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban
    HIV/AIDS dan NAPZA di Luar Panti Sosial                                                           362.500.000      111.100.000     30,65

C. Catatan hasil pendampingan
1. Realisasi keuangan program baru mencapai 41,73 persen.
"""


def kinds(text: str) -> Counter:
    return Counter((c.check, c.verdict) for c in extract_text(text).checks)


def test_a_memos_two_tables_are_read_apart():
    doc = extract_text(MEMO.format(rest="46", pagu="1.946.500.000"))
    assert [t.header for t in doc.tables] == [
        ["No", "Indikator Keluaran Sub Kegiatan", "Satuan", "Target", "Realisasi", "Capaian (%)", "Sisa Target"],
        ["Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]]
    assert len(doc.tables[0].rows) == 3
    assert [r[-1].text for r in doc.tables[1].rows] == ["41,73", "44,27", "30,65"]
    assert doc.tables[1].rows[1][0].text.startswith("- Rehabilitasi Sosial Dasar")


def test_the_rest_of_a_target_and_the_program_over_its_bulleted_kegiatan():
    found = kinds(MEMO.format(rest="46", pagu="1.946.500.000"))
    assert found[("row_difference", "consistent")] == 3
    assert found[("program_sum", "consistent")] == 2
    slips = kinds(MEMO.format(rest="64", pagu="1.964.500.000"))
    assert slips[("row_difference", "mismatch")] == 1
    assert slips[("program_sum", "mismatch")] == 1


AID_TABLE = """Tabel 3. Penerima bantuan sosial tahun 2022

| No | Jenis Bantuan | Satuan | Target | Realisasi |
|---|---|---|---:|---:|
| 1 | Program Keluarga Harapan (PKH) | orang | 268.718 | 338.655 |
| 2 | Bantuan Pangan Non Tunai | orang | 120.000 | 118.400 |
| 3 | Bantuan Sosial Tunai | orang | 95.000 | 94.100 |
"""


def test_a_program_named_first_among_unmarked_rows_is_no_sum_of_them():
    assert not [c for c in extract_text(AID_TABLE).checks if c.check == "program_sum"]


PLAN = """Tabel 2.3 Rencana Aksi Indikator Kinerja Tahun 2023

| No | Indikator Kinerja | Satuan | Target Tahunan | Target Triwulan TW I | Target Triwulan TW II | Target Triwulan TW III | Target Triwulan TW IV |
|---|---|---|---:|---:|---:|---:|---:|
| 1 | Persentase PMKS yang tertangani | % | 85 | 20 | 45 | 65 | 85 |
| 2 | Jumlah anak terlantar yang mendapat pemenuhan kebutuhan dasar | anak | 240 | 45 | 60 | 70 | 65 |
| 3 | Jumlah lanjut usia terlantar yang mendapat permakanan | orang | {year} | 40 | 50 | 50 | 40 |
| 4 | Jumlah KPM yang dimutakhirkan dalam DTKS | KK | 3.600 | 600 | 1.200 | 1.000 | 800 |
"""


def test_a_years_target_is_the_sum_of_its_quarters_but_a_percentages_is_cumulative():
    checks = [c for c in extract_text(PLAN.format(year="180")).checks if c.check == "row_total"]
    assert sorted((c.verdict, c.stated) for c in checks) == [
        ("consistent", 180.0), ("consistent", 240.0), ("consistent", 3600.0)]
    assert ("mismatch", 190.0) in [(c.verdict, c.stated) for c in extract_text(PLAN.format(year="190")).checks
                                   if c.check == "row_total"]


def test_quarters_written_cumulatively_in_most_rows_make_no_sum():
    text = PLAN.format(year="180").replace("| 45 | 60 | 70 | 65 |", "| 45 | 105 | 175 | 240 |").replace(
        "| 600 | 1.200 | 1.000 | 800 |", "| 600 | 1.800 | 2.800 | 3.600 |")
    assert not [c for c in extract_text(text).checks if c.check == "row_total" and c.verdict == "mismatch"]


CODED = """Kode           Program / Kegiatan                                                              Pagu (Rp)     Realisasi (Rp)     %
1.06.06        Program Penanganan Bencana                                                    745.000.000      285.500.000   38,32
1.06.06.2.01   Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota              520.000.000      236.900.000   45,55
1.06.06.2.02   Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana
               Kabupaten/Kota                                                                 225.000.000       48.600.000   21,60
"""


def test_a_coded_kegiatan_whose_figures_stand_on_its_names_last_line_is_one_row():
    doc = extract_text(CODED)
    assert [r[0].text for r in doc.tables[0].rows] == ["1.06.06", "1.06.06.2.01", "1.06.06.2.02"]
    (program,) = doc.programs
    assert [a.name for a in program.activities] == [
        "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
        "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota"]


RECOMMENDATIONS = """Rekomendasi Pansus atas LKPJ urusan sosial:
1. Program Perlindungan dan Jaminan Sosial sebagai program dengan alokasi terbesar, berpagu Rp 6,85 miliar, terealisasi Rp 6,52 miliar (95,2 persen). Pansus mengapresiasi capaian ini.
2. Program Rehabilitasi Sosial baru terserap 78,3 persen, yakni Rp 1,12 miliar dari pagu Rp 1,43 miliar.
3. Program Pemberdayaan Sosial (pagu Rp 742 juta) terealisasi 97,6 persen. Pansus meminta pendataan diperbaiki.
"""


def test_program_names_end_before_what_is_said_of_them_and_a_percentage_goes_with_its_pagu():
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(RECOMMENDATIONS).programs]
    assert got == [("Program Perlindungan dan Jaminan Sosial", 6.85e9, 6.52e9, 95.2),
                   ("Program Rehabilitasi Sosial", 1.43e9, 1.12e9, 78.3),
                   ("Program Pemberdayaan Sosial", 742e6, None, 97.6)]


PURPOSES = """Dinas Sosial melaksanakan dua program, yaitu:

  I.   Program Pelayanan Administrasi Perkantoran, untuk menunjang kelancaran tugas pokok dan fungsi
       dinas, antara lain penyediaan jasa kebersihan kantor;
  II.  Program Peningkatan Sarana dan Prasarana Aparatur, berupa pengadaan perlengkapan gedung kantor.
"""

ITS_KEGIATAN = """Anggaran urusan sosial dilaksanakan melalui program sebagai berikut:

c. Program Rehabilitasi Sosial, dengan anggaran Rp 2.175.300.000,00 dan realisasi
   Rp 2.098.415.500,00 atau 96,47 persen, kegiatannya:
   1) Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti Sosial;
   2) Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya.

d. Program Perlindungan dan Jaminan Sosial, dengan anggaran Rp 856.000.000,00 dan realisasi
   Rp 811.947.300,00 atau 94,85 persen, kegiatannya:
   1) Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi;
   2) Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Provinsi.
"""


def test_names_end_before_their_purpose():
    assert [p.name for p in extract_text(PURPOSES).programs] == [
        "Program Pelayanan Administrasi Perkantoran", "Program Peningkatan Sarana dan Prasarana Aparatur"]


def test_kegiatannya_opens_a_programs_list():
    programs = extract_text(ITS_KEGIATAN).programs
    assert [a.name for a in programs[1].activities] == [
        "Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi",
        "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Provinsi"]
