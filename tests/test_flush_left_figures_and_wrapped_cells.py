"""A table laid out with spaces whose figures stand flush left under their labels, a name of the
column before wrapped onto lines that run up to them ("Terpencil (KAT) dan Penyandang Masalah
Kesejahteraan" / "Sosial (PMKS) Lainnya"): the columns start where the figures do
(readers/aligned.py), and the wrapped lines are the cell's, not a paragraph's hard wrap to join
(readers/hard_wrap.py)."""

from __future__ import annotations

from kesos_extract import extract_text

TEXT = """\
Pelaksanaan program dan kegiatan Dinas Sosial Kabupaten Kapuas Hulu
Tahun Anggaran 2019 dibiayai dari Belanja Langsung APBD dengan
rincian sebagaimana tabel di bawah ini. Seluruh program dilaksanakan
sesuai dengan Dokumen Pelaksanaan Anggaran yang telah disahkan.

Tabel 3.1  Anggaran dan Realisasi Belanja Langsung per Program dan Kegiatan TA 2019

Kode        Program / Kegiatan                                   Anggaran (Rp)        Realisasi (Rp)      %
1.06.01     Program Pelayanan Administrasi Perkantoran           445.250.000          421.528.752         94,67
1.06.01.01  Penyediaan Jasa Surat Menyurat                       12.000.000           11.850.000          98,75
1.06.01.02  Penyediaan Jasa Komunikasi, Sumber Daya Air          433.250.000          409.678.752         94,56
            dan Listrik
1.06.15     Program Pemberdayaan Fakir Miskin, Komunitas Adat    590.300.000          579.280.000         98,13
            Terpencil (KAT) dan Penyandang Masalah Kesejahteraan
            Sosial (PMKS) Lainnya
1.06.15.01  Pelatihan Keterampilan Berusaha bagi Keluarga        175.500.000          171.240.000         97,57
            Miskin
1.06.15.03  Pengadaan Sarana dan Prasarana Pendukung Usaha       414.800.000          408.040.000         {pct}
            bagi Keluarga Miskin
            JUMLAH                                               1.035.550.000        1.000.808.752       96,65

Secara keseluruhan realisasi Belanja Langsung Dinas Sosial Tahun 2019
mencapai Rp 1.000.808.752 atau 96,65 % dari anggaran sebesar
Rp 1.035.550.000. Program dengan serapan terbesar adalah Program
Pemberdayaan Fakir Miskin.
"""


def test_columns_and_wrapped_names() -> None:
    report = extract_text(TEXT.format(pct="98,37"))
    (table,) = report.tables
    assert table.header == ["Kode", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"]
    names = [r[1].text for r in table.rows]
    assert "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah " \
           "Kesejahteraan Sosial (PMKS) Lainnya" in names
    assert [r[2].value for r in table.rows][:3] == [445250000.0, 12000000.0, 433250000.0]
    assert not [c for c in report.checks if c.verdict in ("mismatch", "unparseable")]
    assert sum(c.check == "row_percent" for c in report.checks) >= 6


def test_a_slip_in_such_a_table() -> None:
    report = extract_text(TEXT.format(pct="93,37"))
    assert [(c.check, c.stated) for c in report.checks if c.verdict == "mismatch"] == [("row_percent", 93.37)]
