"""Probe passages for figures damaged by OCR of scanned pages or by copying out of a PDF: letters
read for digits inside a figure, odd separators and currency marks, misread or spelled percent
signs, a figure broken over a line end. Each answer was decided by hand: the mentions (kind, value,
text as written, so the span) and the budget claims' verdicts. Controls: words that look like
figures stay words, codes and dates are no amounts."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text
from kesos_extract.errors import MalformedNumberError
from kesos_extract.numbers import parse_number, repair_figures

# passage -> the (kind, value, text) of its amount and percentage mentions, in order
MENTIONS = [
    # letters for digits inside a figure
    ("Belanja hibah Dinas Sosial dianggarkan sebesar Rp l.250.000.000 pada APBD Perubahan.",
     [("amount", 1.25e9, "Rp l.250.000.000")]),
    ("Pagu kegiatan Rp 1.25O.000.000,00 bersumber dari DAU.", [("amount", 1.25e9, "Rp 1.25O.000.000,00")]),
    ("Capaian indikator mencapai 1OO% dari target tahunan.", [("percentage", 100, "1OO%")]),
    ("serapan anggaran triwulan IV sebesar 9S,5% dari pagu", [("percentage", 95.5, "9S,5%")]),
    ("Realisasi Rp. 3.4I7.800.000,- dari pagu", [("amount", 3417800000, "Rp. 3.4I7.800.000,-")]),
    ("terealisasi 87,5O % pada akhir tahun", [("percentage", 87.5, "87,5O %")]),
    ("Rp 75O.OOO per KPM", [("amount", 750000, "Rp 75O.OOO")]),
    # separators and currency marks of copies
    ("pagu Rp 1,250,000,000.00 dan realisasi Rp 1.187.500.000,00", [("amount", 1.25e9, "Rp 1,250,000,000.00"),
                                                                    ("amount", 1.1875e9, "Rp 1.187.500.000,00")]),
    ("senilai Rp1.250.000.000.- untuk 500 KPM", [("amount", 1.25e9, "Rp1.250.000.000.-")]),
    ("senilai Rp. 1 250 000 000 untuk", [("amount", 1.25e9, "Rp. 1 250 000 000")]),
    ("senilai Rp 1\u2009250\u2009000\u2009000 untuk", [("amount", 1.25e9, "Rp 1 250 000 000")]),
    ("senilai Rp: 2.500.000 dan RP. 3.000.000 serta rp 500.000", [("amount", 2.5e6, "Rp: 2.500.000"),
                                                                  ("amount", 3e6, "RP. 3.000.000"),
                                                                  ("amount", 5e5, "rp 500.000")]),
    # a dot read as a comma inside money's thousands groups (the last separator comes twice)
    ("realisasi Rp 1.250,000.000 dari pagu", [("amount", 1.25e9, "Rp 1.250,000.000")]),
    ("realisasi Rp 2,306.500.000 dari pagu", [("amount", 2.3065e9, "Rp 2,306.500.000")]),
    # percent signs
    ("capaian 95 o/o dari target", [("percentage", 95, "95 o/o")]),
    ("kenaikan 12,5 pct dibanding tahun lalu", [("percentage", 12.5, "12,5 pct")]),
    ("realisasi (95,00 %) dan capaian (87 % dari target", [("percentage", 95, "95,00 %"),
                                                           ("percentage", 87, "87 %")]),
    ("Kinerja tercapai 95%.\nSelanjutnya", [("percentage", 95, "95%")]),
    ("capaian 95 prosen dari target", [("percentage", 95, "95 prosen")]),
    # the sign's stray "o" is left outside the span, the value is whole
    ("capaian 95%o dari target", [("percentage", 95, "95%")]),
    # a figure broken over a line end by the copy
    ("dengan realisasi sebesar Rp 1.250.\n000.000 atau", [("amount", 1.25e9, "Rp 1.250.\n000.000")]),
    ("pagu sebesar Rp 2.306.\n500.000,00 untuk", [("amount", 2.3065e9, "Rp 2.306.\n500.000,00")]),
    ("serapan anggaran mencapai 95,\n5% dari pagu", [("percentage", 95.5, "95,\n5%")]),
    ("pagu sebesar Rp\n1.250.000 untuk", [("amount", 1.25e6, "Rp\n1.250.000")]),
    # the last group alone on the next line: a group with a leading zero starts no number of its own
    ("terserap Rp 1.250.000.\n000 sampai Desember", [("amount", 1.25e9, "Rp 1.250.000.\n000")]),
    ("senilai Rp;2.500.000 dan capaian 95°/o", [("amount", 2.5e6, "Rp;2.500.000"), ("percentage", 95, "95°/o")]),
    # hyphenation and soft hyphens next to figures
    ("bantuan bagi penyan\u00addang disabilitas Rp 1.500.000 per orang", [("amount", 1.5e6, "Rp 1.500.000")]),
    ("realisasi keuang-\nan Rp 900.000.000 atau 90 %", [("amount", 9e8, "Rp 900.000.000"), ("percentage", 90, "90 %")]),
    ("capaian kinerja 87,5 per-\nsen dari target", [("percentage", 87.5, "87,5 per-\nsen")]),
    ("Rp 1.250.000.000,- (satu miliar dua ratus lima puluh ju-\nta rupiah) untuk",
     [("amount", 1.25e9, "Rp 1.250.000.000,- (satu miliar dua ratus lima puluh ju-\nta rupiah)")]),
    # controls: words stay words, codes and dates are no amounts
    ("kata lOO di tengah kalimat dan huruf O sebagai label", []),
    ("Lampiran O dan lampiran I memuat Rp lOO ribu", []),
    ("kode rekening 1.06.02.2.01 Program Perlindungan dan 1.O6.02", []),
    ("rapat tanggal 26.02.2024 dan 26.O2.2024 membahas", []),
    ("lulusan S1 sebanyak 2 orang, S2 1 orang", []),
    # a sentence ends after an amount, the next line starts with a count: no joining
    ("pagu Rp 2.000.000.\n150 orang penerima", [("amount", 2e6, "Rp 2.000.000")]),
    # a list of percentages over a line end is not one number
    ("masing-masing 10,\n15 dan 20%", [("percentage", 20, "20%")]),
]


@pytest.mark.parametrize("text,expected", MENTIONS, ids=[t[:40] for t, _ in MENTIONS])
def test_damaged_figures(text, expected):
    got = [(m.kind, m.value, m.text) for m in extract_text(text).mentions if m.kind in ("amount", "percentage")]
    assert [(k, t) for k, _, t in got] == [(k, t) for k, _, t in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


# counts: (value, unit, text)
COUNTS = [
    ("penerima bantuan sebanyak l.632 jiwa dan 1.25O orang", [(1632, "jiwa", "l.632 jiwa"), (1250, "orang", "1.25O orang")]),
    ("pendampingan bagi 1.250 ji-\nwa lansia terlantar", [(1250, "jiwa", "1.250 ji-\nwa")]),
    ("sebanyak lO orang dan O jiwa", []),
]


@pytest.mark.parametrize("text,expected", COUNTS, ids=[t[:40] for t, _ in COUNTS])
def test_damaged_counts(text, expected):
    got = [(m.value, m.unit, m.text) for m in extract_text(text).mentions if m.kind == "count"]
    assert got == expected


def test_hyphenated_amount_in_words_is_checked():
    report = extract_text("sebesar Rp 1.250.000.000,- (satu miliar dua ratus ju-\nta rupiah) untuk")
    assert [(c.check, c.verdict) for c in report.checks] == [("amount_in_words", "mismatch")]


@pytest.mark.parametrize("text,value", [("1.250.000,000", 1250000.0), ("2.270.000.000,00", 2.27e9),
                                        ("1,250,000,000.00", 1.25e9)])
def test_clean_money_reads_as_before(text, value):
    assert float(parse_number(text, kind="amount").value) == value


def test_mixed_separators_of_no_convention_stay_malformed():
    with pytest.raises(MalformedNumberError):
        parse_number("13,11.00", kind="amount")


def test_span_points_into_the_text_as_written():
    text = "Pagu Rp l.25O.000.000 terserap"
    (m,) = [m for m in extract_text(text).mentions if m.kind == "amount"]
    assert text[m.start:m.end] == "Rp l.25O.000.000" and m.value == 1.25e9


def test_year_with_a_misread_letter_is_a_year():
    fixed, regions = repair_figures("pada tahun 2O23 realisasi")
    assert fixed == "pada tahun 2023 realisasi" and regions == ((11, 15),)


@pytest.mark.parametrize("text", [
    "Realisasi belanja Dinas Sosial Tahun 2023 sebesar Rp 1.187.500.000 dari pagu Rp 1.250.000.000 (95,00%).",
    "kode 1.06.02.2.01, tanggal 26.02.2024, Perda No. 5 Tahun 2019",
    "Sumber: LKjIP Dinas Sosial; Kolom I, II dan III; SOP; 10 OPD",
])
def test_clean_text_is_not_repaired(text):
    assert repair_figures(text) == (text, ())


# passages whose percentage is a budget claim: (stated, computed, verdict)
CLAIMS = [
    ("Program Perlindungan dan Jaminan Sosial dengan pagu Rp 1.25O.000.000 terealisasi Rp l.187.500.000 "
     "atau 9S,OO %.", (95.0, 95.0, "consistent")),
    ("Anggaran Program Rehabilitasi Sosial sebesar Rp 1.250.\n000.000 terserap Rp 1.187.\n500.000 atau 95,\n00% "
     "dari pagu.", (95.0, 95.0, "consistent")),
    ("Dari pagu Rp 800.000.000 telah direalisasikan Rp 740.000.000 atau 95 o/o.", (95.0, 92.5, "mismatch")),
]


@pytest.mark.parametrize("text,expected", CLAIMS, ids=[t[:40] for t, _ in CLAIMS])
def test_budget_claims_on_damaged_figures(text, expected):
    checks = [c for c in extract_text(text).checks if c.check == "budget_percent"]
    assert [(c.stated, round(c.expected, 4), c.verdict) for c in checks] == [expected]
