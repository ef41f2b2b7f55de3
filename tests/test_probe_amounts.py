"""Probe passages for rupiah amounts, percentages and amounts in words, in formats the seeds and
the dev texts do not use but reports and news of the genre do. Each passage's answer was decided
by hand: the amount and percentage mentions (kind, value, text) and the digits-vs-words checks."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.tables import stated_scale

# passage -> the (kind, value, text) of its amount and percentage mentions, in order
MENTIONS = [
    # scale words after "Rp", abbreviated and spelled out
    ("Dinsos mendapat Rp1,2 M untuk bansos.", [("amount", 1.2e9, "Rp1,2 M")]),
    ("anggaran Rp 2,5 M dan Rp 750 jt", [("amount", 2.5e9, "Rp 2,5 M"), ("amount", 7.5e8, "Rp 750 jt")]),
    ("IDR 5 miliar untuk PKH", [("amount", 5e9, "IDR 5 miliar")]),
    ("sebesar 5,2 miliar rupiah", [("amount", 5.2e9, "5,2 miliar rupiah")]),
    ("Rp 12,7 triliun dan Rp 3 Milyar", [("amount", 12.7e12, "Rp 12,7 triliun"), ("amount", 3e9, "Rp 3 Milyar")]),
    ("Rp 500 ribu per KK, Rp 1,5 juta per bulan", [("amount", 5e5, "Rp 500 ribu"), ("amount", 1.5e6, "Rp 1,5 juta")]),
    # decorations and the other conventions of separators
    ("sebesar Rp. 1.234.567.890,- untuk", [("amount", 1234567890, "Rp. 1.234.567.890,-")]),
    ("sebesar Rp.1.234.567.890,00.- terbilang", [("amount", 1234567890, "Rp.1.234.567.890,00.-")]),
    ("sebesar Rp 1.234.567.890.00 untuk", [("amount", 1234567890, "Rp 1.234.567.890.00")]),
    ("sebesar Rp 1,234,567,890 untuk", [("amount", 1234567890, "Rp 1,234,567,890")]),
    ("sebesar Rp, 2.500.000 untuk", [("amount", 2.5e6, "Rp, 2.500.000")]),
    # groups set apart by spaces, and OCR's space after a separator
    ("sebesar Rp 1 234 567 890 untuk", [("amount", 1234567890, "Rp 1 234 567 890")]),
    ("bantuan Rp 750 000 per KK", [("amount", 7.5e5, "Rp 750 000")]),
    ("sebesar Rp 2. 270.000.000 untuk", [("amount", 2.27e9, "Rp 2. 270.000.000")]),
    ("sebesar Rp 2.270. 000.000,00 untuk", [("amount", 2.27e9, "Rp 2.270. 000.000,00")]),
    ("sebesar Rp 2.000.000. 15 orang", [("amount", 2e6, "Rp 2.000.000")]),
    ("sebesar Rp. 1.234 .567.890 untuk", [("amount", 1234567890, "Rp. 1.234 .567.890")]),
    # a line break after "Rp"
    ("dengan pagu sebesar Rp.\n2.270.000.000,00 terealisasi", [("amount", 2.27e9, "Rp.\n2.270.000.000,00")]),
    ("realisasi Rp - (nihil) dan Rp 0", [("amount", 0, "Rp 0")]),
    # ranges sharing one scale word, and amounts in two scale words
    ("kebutuhan Rp 1-2 miliar per tahun", [("amount", 1e9, "Rp 1"), ("amount", 2e9, "2 miliar")]),
    ("bantuan Rp 500 s.d. 750 ribu per KK", [("amount", 5e5, "Rp 500"), ("amount", 7.5e5, "750 ribu")]),
    ("antara Rp 500 ribu hingga Rp 1 juta", [("amount", 5e5, "Rp 500 ribu"), ("amount", 1e6, "Rp 1 juta")]),
    ("sebesar Rp 12 milyar 500 juta untuk", [("amount", 12.5e9, "Rp 12 milyar 500 juta")]),
    ("BST Rp 600 ribu 1,2 juta KPM", [("amount", 6e5, "Rp 600 ribu")]),
    ("santunan Rp 2 juta 500 ribu per jiwa", [("amount", 2.5e6, "Rp 2 juta 500 ribu")]),
    # percentages
    ("terealisasi 98,67% dari pagu, capaian 97.00 % dari target", [("percentage", 98.67, "98,67%"),
                                                                    ("percentage", 97.0, "97.00 %")]),
    ("naik 12 persen, 12 prosen, 12 per sen", [("percentage", 12, "12 persen"), ("percentage", 12, "12 prosen"),
                                               ("percentage", 12, "12 per sen")]),
    ("hanya 0,5% saja, mencapai 100 %", [("percentage", 0.5, "0,5%"), ("percentage", 100, "100 %")]),
    ("mencapai 98,67\n% dari pagu", [("percentage", 98.67, "98,67\n%")]),
    ("dengan persentase 87,5 dari target", [("percentage", 87.5, "87,5")]),
    ("persentase capaian sebesar 87,5.", [("percentage", 87.5, "87,5")]),
    ("realisasi lima puluh persen dari pagu", [("percentage", 50, "lima puluh persen")]),
    ("sebesar 50 (lima puluh) persen dari", [("percentage", 50, "50 (lima puluh) persen")]),
    ("sebesar 50% (lima puluh persen) dari", [("percentage", 50, "50% (lima puluh persen)")]),
    # none of these is an amount or a percentage
    ("per tanggal 31 Desember 2023 realisasi", []),
    ("berdasarkan Perda No. 5 Tahun 2019 tentang APBD", []),
    ("kode rekening 1.06.02.2.01 Program Perlindungan", []),
    ("hubungi (0274) 367509 atau 0812-2345-6789", []),
    ("lihat halaman 12 dan hal. 45", []),
    ("pengelolaan Rp dan valas, bantuan berupa uang (Rp) kepada", []),
    ("persentase penduduk miskin di 12 kecamatan", []),
    ("persentase kenaikan pada triwulan 3 dan", []),
    ("Rp 5 juta (lima orang)", [("amount", 5e6, "Rp 5 juta")]),
    # money in another currency is no rupiah amount
    ("pinjaman Bank Dunia US$ 1,5 miliar untuk PKH", []),
    ("setara 1,2 miliar dolar AS", []),
    # a PDF layout's wide gap between "Rp" and a right-aligned number (not read at all before)
    ("Program Rehabilitasi Sosial        Rp      1.250.000.000    Rp      1.200.000.000     96,00 %",
     [("amount", 1.25e9, "Rp      1.250.000.000"), ("amount", 1.2e9, "Rp      1.200.000.000"),
      ("percentage", 96, "96,00 %")]),
    ("Satuan: Rp              2021        2022", []),
    # (a form feed is a page break, read as a line break as in a file: extract_text reads a
    # string as readers.text reads a file)
    ("sebesar Rp.\n2.000.000 dan Rp\f3.000.000", [("amount", 2e6, "Rp.\n2.000.000"), ("amount", 3e6, "Rp\n3.000.000")]),
    # "Rp" closing a line, a list's number opening the next: no amount of Rp 1
    ("Tabel 3 Anggaran dalam satuan Rp.\n\n1. Program Perlindungan Sosial", []),
    ("realisasi Rp. \n\n1.547.456.750,- atau", [("amount", 1547456750, "Rp. \n\n1.547.456.750,-")]),
    # amounts and percentages in words alone
    ("dana sebesar lima ratus juta rupiah untuk", [("amount", 5e8, "lima ratus juta rupiah")]),
    ("sebesar dua miliar rupiah (Rp 2.000.000.000) untuk", [("amount", 2e9, "dua miliar rupiah (Rp 2.000.000.000)")]),
    ("Rp 2.700.005.000 (Dua Milyar Tuju Ratus Lima Juta Rupiah)", [("amount", 2700005000, "Rp 2.700.005.000")]),
    ("naik dua belas koma lima persen", [("percentage", 12.5, "dua belas koma lima persen")]),
    ("realisasi mencapai 98, 67% dari pagu", [("percentage", 98.67, "98, 67%")]),
    ("mencapai 98,67persen dari pagu", [("percentage", 98.67, "98,67persen")]),
    ("masing-masing 10, 15, 20%", [("percentage", 20, "20%")]),
    ("capaian sembilan puluh persen (90%) dari", [("percentage", 90, "sembilan puluh persen (90%)")]),
]


@pytest.mark.parametrize("text,expected", MENTIONS, ids=[t[:40] for t, _ in MENTIONS])
def test_amount_and_percentage_mentions(text, expected):
    got = [(m.kind, m.value, m.text) for m in extract_text(text).mentions if m.kind in ("amount", "percentage")]
    assert [(k, t) for k, _, t in got] == [(k, t) for k, _, t in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


# passage -> (digits, words, verdict) of each amount_in_words check
WORDS = [
    ("sebesar Rp. 2.270.000.000,- (Dua Milyar Dua Ratus Tujuh Puluh Juta Rupiah)",
     [(2.27e9, 2.27e9, "consistent")]),
    ("sebesar Rp 150.000.000,- (terbilang: seratus lima puluh juta rupiah)", [(1.5e8, 1.5e8, "consistent")]),
    ("sebesar Rp 150.000.000,- terbilang : Seratus Lima Puluh Juta Rupiah.", [(1.5e8, 1.5e8, "consistent")]),
    ("sebanyak 11 (Sebelas) orang", [(11, 11, "consistent")]),
    ("Rp 1.001.000 (Satu Juta Seribu Rupiah)", [(1001000, 1001000, "consistent")]),
    ("sebesar Rp 100.000.000 (Se Ratus Juta Rupiah)", [(1e8, 1e8, "consistent")]),
    ("sebesar Rp 100.000.000 (se-ratus juta rupiah)", [(1e8, 1e8, "consistent")]),
    ("Rp. 350.000.000,- (tiga ratus lima puluh juta)", [(3.5e8, 3.5e8, "consistent")]),
    ("Rp 2.500.000.000 (dua koma lima milyar rupiah)", [(2.5e9, 2.5e9, "consistent")]),
    ("Rp. 2.500.000,- (Dua Juta Lima Ratus Ribu Rupiah.)", [(2.5e6, 2.5e6, "consistent")]),
    ("Rp. 2.270.000.000,- ( Dua Miliyar Dua Ratus Tujuh Puluh Juta Rupiah )", [(2.27e9, 2.27e9, "consistent")]),
    ("sebesar dua miliar rupiah (Rp 2.000.000.000) untuk", [(2e9, 2e9, "consistent")]),
    ("sebesar 50% (lima puluh persen) dari", [(50, 50, "consistent")]),
    ("capaian sembilan puluh persen (90%) dari", [(90, 90, "consistent")]),
    ("capaian 12,5% (dua belas koma lima persen) dari", [(12.5, 12.5, "consistent")]),
    ("Uang sejumlah: Rp 2.500.000,- Terbilang: # Dua Juta Lima Ratus Ribu Rupiah #", [(2.5e6, 2.5e6, "consistent")]),
    ("Rp 2,5 M (dua koma lima miliar rupiah)", [(2.5e9, 2.5e9, "consistent")]),
    ("sebanyak 1.250 (seribu dua ratus lima puluh) KK", [(1250, 1250, "consistent")]),
    ("Rp. 2.270.000.000,00 (dua milyar dua ratus tujuh puluh juta rupiah nol sen)", [(2.27e9, 2.27e9, "consistent")]),
    # digits in groups set apart by spaces, or with OCR's spaces: the whole is checked, not its tail
    # (the tail "000" or "270.000.000" was checked against the words: false alarms)
    ("sebesar Rp 1 250 000 (satu juta dua ratus lima puluh ribu rupiah)", [(1.25e6, 1.25e6, "consistent")]),
    ("sebesar Rp 2. 270.000.000 (dua milyar dua ratus tujuh puluh juta rupiah)", [(2.27e9, 2.27e9, "consistent")]),
    # wrong pairs, which must be flagged
    ("sebesar Rp 2.270.000.000 (dua milyar dua ratus juta rupiah)", [(2.27e9, 2.2e9, "mismatch")]),
    ("Rp 2.275.500.000,- (Dua Milyar Dua Ratus Tujuh Puluh Juta Lima Ratus Ribu Rupiah)",
     [(2275500000, 2270500000, "mismatch")]),
    ("sebesar 75 persen (tujuh puluh persen) dari", [(75, 70, "mismatch")]),
    ("capaian sembilan puluh persen (95%) dari", [(95, 90, "mismatch")]),
    ("capaian 12,5% (dua belas koma tujuh persen) dari", [(12.5, 12.7, "mismatch")]),
    ("Uang sejumlah: Rp 2.500.000,- Terbilang: # Dua Juta Lima Ratus Rupiah #", [(2.5e6, 2000500, "mismatch")]),
    # no number in words
    ("Rp 5 juta (lima orang)", []),
    ("terealisasi Rp 4,5 miliar (90 persen)", []),
]


@pytest.mark.parametrize("text,expected", WORDS, ids=[t[:40] for t, _ in WORDS])
def test_amounts_in_words(text, expected):
    checks = [c for c in extract_text(text).checks if c.check == "amount_in_words"]
    assert [(c.stated, c.expected, c.verdict) for c in checks] == [
        (pytest.approx(d), pytest.approx(w), v) for d, w, v in expected]


def test_amount_keeps_words_value():
    m = next(m for m in extract_text("sebesar Rp 150.000.000,- (terbilang: seratus lima puluh juta rupiah)").mentions
             if m.kind == "amount")
    assert (m.value, m.words_value) == (1.5e8, 1.5e8)


# a table's heading or caption -> the scale it states for the table's numbers
SCALES = [
    ("Pagu (Rp juta)", 1e6), ("(dalam Rp juta)", 1e6), ("Realisasi (dalam juta rupiah)", 1e6),
    ("Pagu (Juta Rupiah)", 1e6), ("Satuan: Rp juta", 1e6), ("(Rp x 1.000.000)", 1e6), ("(x Rp 1.000.000)", 1e6),
    ("Dalam Jutaan Rupiah", 1e6), ("(dalam juta)", 1e6),
    ("Anggaran (Rp Ribu)", 1e3), ("(dalam ribu rupiah)", 1e3), ("(x Rp 1.000)", 1e3), ("(Rp.000,-)", 1e3),
    ("(000 Rp)", 1e3), ("(000)", 1e3), ("Dalam Ribuan Rp", 1e3), ("(ribuan rupiah)", 1e3),
    ("Alokasi (Rp Miliar)", 1e9), ("Pagu (dalam miliar rupiah)", 1e9), ("Belanja (Dalam Milyar)", 1e9),
    ("Target Rp.000 Realisasi Rp.000", 1e3), ("Pagu Rp 000.000", 1e6),
    ("Anggaran (Rp.)", 1), ("Dalam rupiah", 1), ("Jumlah Penduduk (ribu jiwa)", 1), ("bantuan Rp 500 ribu per KK", 1),
]


@pytest.mark.parametrize("text,scale", SCALES, ids=[t for t, _ in SCALES])
def test_table_scale_statements(text, scale):
    assert float(stated_scale(text)) == scale


def test_table_in_thousands_gives_program_budgets_in_rupiah():
    text = ("Tabel 3.5 Realisasi Anggaran per Program\n"
            "No\tProgram\tPagu (Rp Ribu)\tRealisasi (Rp Ribu)\t%\n"
            "1\tProgram Pemberdayaan Sosial\t868.954\t853.287\t98,20\n"
            "2\tProgram Rehabilitasi Sosial\t602.545\t602.434\t99,98\n")
    report = extract_text(text)
    assert [(p.budget.pagu, p.budget.realisasi) for p in report.programs] == [
        (868954000.0, 853287000.0), (602545000.0, 602434000.0)]


# passages whose percentage is a budget claim: (stated, computed, verdict)
CLAIMS = [
    ("Program Perlindungan dan Jaminan Sosial\nPagu anggaran : Rp. 1.234.567.890,-\n"
     "Realisasi : Rp. 1.111.111.001,-\nPersentase : 90,00\n", (90.0, 90.0, "consistent")),
    # read as Rp 1 of Rp 1 (100%), a false alarm, before groups set apart by spaces were read
    ("Realisasi belanja Dinas Sosial tahun 2022 mencapai Rp 1 234 567 890 dari pagu Rp 1 500 000 000 "
     "atau 82,30 persen.", (82.3, 82.3045, "consistent")),
    ("Anggaran program rehabilitasi sosial sebesar Rp 2. 500.000.000 terserap Rp 2.250. 000.000 atau\n90\n"
     "% dari pagu.", (90.0, 90.0, "consistent")),
    # read as Rp 11 miliar of Rp 12 miliar before
    ("Dinsos mengelola anggaran Rp12 milyar 500 juta, dan hingga akhir tahun terserap Rp 11 miliar 875 juta "
     "atau 95 persen.", (95.0, 95.0, "consistent")),
    ("Dari pagu sebesar Rp 800.000.000,- (delapan ratus juta rupiah) telah direalisasikan sebesar "
     "Rp 760.000.000,- (tujuh ratus enam puluh juta rupiah) atau sembilan puluh lima persen.",
     (95.0, 95.0, "consistent")),
    ("Pagu Rp 800.000.000 dan realisasi Rp 740.000.000 atau sembilan puluh lima persen.",
     (95.0, 92.5, "mismatch")),
]


@pytest.mark.parametrize("text,expected", CLAIMS, ids=[t[:40] for t, _ in CLAIMS])
def test_budget_claims(text, expected):
    checks = [c for c in extract_text(text).checks if c.check == "budget_percent"]
    assert [(c.stated, round(c.expected, 4), c.verdict) for c in checks] == [expected]


def test_words_mismatch_message_keeps_a_percentages_decimals():
    check = next(c for c in extract_text("capaian 12,5% (dua belas koma tujuh persen) dari").checks
                 if c.check == "amount_in_words")
    assert check.message == "the digits say 12.5 but the words say 12.7 (difference 0.2)"
