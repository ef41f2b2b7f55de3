"""``count_times_rate``: a total paid against the count of its recipients times the rate each
received, times the periods it was paid for (audit/products.py; the words: grammars/products.yaml).

FAILED BEFORE (stop 31): no check had a name for it; a total that was not the count times the rate
went unseen (the strict xfail of test_probe_genres, now a test).
"""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

C, M = "consistent", "mismatch"

# (passage, [(verdict, stated, expected, operands)])
CASES = {
    "three_months_at_once": (
        "LOMBOK TENGAH - Pemerintah Kabupaten Lombok Tengah menyalurkan BLT Dana Desa tahap III kepada 4.215 "
        "keluarga penerima manfaat (KPM) yang tersebar di 127 desa. Masing-masing KPM menerima Rp300.000 per "
        "bulan untuk tiga bulan sekaligus, sehingga total dana yang disalurkan mencapai Rp3.793.500.000.",
        [(C, 3793.5e6, 3793.5e6, {"count": 4215, "rate": 300e3, "periods": 3})]),
    "rate_for_the_whole_period": (
        "Setiap KPM menerima Rp600.000 untuk tiga bulan atau Rp200.000 per bulan. Adapun jumlah penerima di "
        "Kabupaten Klaten sebanyak 46.512 KPM dengan total bantuan Rp27.907.200.000.",
        [(C, 27907.2e6, 27907.2e6, {"count": 46512, "rate": 600e3})]),
    "per_day_for_days": (
        "Bantuan permakanan lansia diberikan Rp 15.000 per orang per hari kepada 450 lansia selama 360 hari, "
        "sehingga total anggaran Rp 2.430.000.000.",
        [(C, 2430e6, 2430e6, {"count": 450, "rate": 15e3, "periods": 360})]),
    "per_month_for_a_year_in_words": (
        "Mulai 2024 indeks bantuan sembako daerah naik menjadi Rp 240.000 per KPM per bulan, bagi 3.250 KPM di 14 "
        "kecamatan. Total kebutuhan anggaran Rp 9,36 miliar setahun.",
        [(C, 9.36e9, 9.36e9, {"count": 3250, "rate": 240e3, "periods": 12})]),
    "rounded_total_in_trillions": (
        "Pemerintah menyalurkan bantuan sembako kepada 18,8 juta KPM. Setiap KPM menerima Rp 200.000 per bulan "
        "selama 12 bulan, dengan total anggaran Rp 45,12 triliun.",
        [(C, 45.12e12, 45.12e12, {"count": 18.8e6, "rate": 200e3, "periods": 12})]),
    "count_before_masing_masing": (
        "Sebanyak 25 LKS masing-masing menerima hibah Rp 50.000.000, sehingga total hibah Rp 1.250.000.000.",
        [(C, 1250e6, 1250e6, {"count": 25, "rate": 50e6})]),
    # a text copied out of a PDF: "Masing-" at a line's end, "masing" on the next
    "wrapped_in_masing_masing": (
        "Pemerintah menyalurkan BLT kepada 4.215 keluarga penerima manfaat (KPM) di desa. Masing-\n"
        "masing KPM menerima Rp300.000 per bulan untuk tiga bulan sekaligus, sehingga total dana yang\n"
        "disalurkan mencapai Rp3.793.500.000. Penyaluran dilakukan oleh kantor pos di seluruh kecamatan\n"
        "dan berjalan lancar tanpa kendala yang berarti menurut laporan dinas sosial.\n",
        [(C, 3793.5e6, 3793.5e6, {"count": 4215, "rate": 300e3, "periods": 3})]),
    "rate_after_its_amount": (
        "Bantuan alat bantu disabilitas senilai Rp 1.500.000/orang diberikan kepada 120 penyandang disabilitas "
        "dengan total Rp 180.000.000.",
        [(C, 180e6, 180e6, {"count": 120, "rate": 1.5e6})]),
}

# the same with a slip in the total: (passage, old, new, expected); a total that is a budget ("total
# anggaran") is a slip only below the payments it funds (above them it may hold other costs)
SLIPS = {
    "three_months_at_once": ("Rp3.793.500.000", "Rp3.739.500.000", 3793.5e6),
    "per_day_for_days": ("Rp 2.430.000.000", "Rp 2.340.000.000", 2430e6),
    "per_month_for_a_year_in_words": ("Rp 9,36 miliar", "Rp 9,26 miliar", 9.36e9),
    "rounded_total_in_trillions": ("Rp 45,12 triliun", "Rp 45,02 triliun", 45.12e12),
    "count_before_masing_masing": ("Rp 1.250.000.000", "Rp 1.205.000.000", 1250e6),
}


def products(text: str) -> list[tuple]:
    return [(c.verdict, c.stated, c.expected, c.operands) for c in extract_text(text).checks
            if c.check == "count_times_rate"]


@pytest.mark.parametrize("name", list(CASES))
def test_a_total_is_the_count_times_the_rate(name):
    text, expected = CASES[name]
    got = products(text)
    assert [(v, s, e) for v, s, e, _ in got] == [(v, pytest.approx(s), pytest.approx(e)) for v, s, e, _ in expected]
    assert [o for *_, o in got] == [{k: pytest.approx(x) for k, x in o.items()} for *_, o in expected]


@pytest.mark.parametrize("name", list(SLIPS))
def test_a_slip_in_the_total_is_a_mismatch(name):
    old, new, expected = SLIPS[name]
    text = CASES[name][0]
    assert old in text
    got = products(text.replace(old, new))
    assert [(v, e) for v, _, e, _ in got] == [(M, pytest.approx(expected))]


def test_the_evidence_spans_the_count_the_rate_and_the_total():
    text = CASES["three_months_at_once"][0]
    c = next(c for c in extract_text(text).checks if c.check == "count_times_rate")
    assert text[c.start:c.end] == c.quote
    assert c.quote.startswith("4.215 keluarga") and c.quote.endswith("Rp3.793.500.000")


# what is no such claim, or none that can be judged: no check, or no alarm
CONTROLS = {
    # a rate per month, no months named: the total may be for any number of them
    "months_not_named": "BLT diberikan kepada 1.200 KPM. Setiap KPM menerima Rp 300.000 per bulan, dengan total "
                        "Rp 1.080.000.000.",
    # two counts of recipients: which one the rate is of is not known
    "two_counts": "Bantuan diberikan kepada 1.200 KPM dan 300 lansia. Setiap penerima menerima Rp 300.000, dengan "
                  "total Rp 400.000.000.",
    # no word makes the amount a rate per recipient
    "no_rate": "Bantuan sebesar Rp 300.000 diberikan kepada 1.200 KPM dengan total Rp 400.000.000.",
    # two durations named for a rate per month: which one is not known
    "two_durations": "Sebanyak 500 KPM masing-masing menerima Rp 200.000 per bulan untuk tiga bulan pada tahap I "
                     "dan selama enam bulan pada tahap II, dengan total Rp 450.000.000.",
    # a budget above the payments may hold other costs (240.000 x 3.250 x 12 = 9,36 miliar)
    "budget_above_payments": CASES["per_month_for_a_year_in_words"][0].replace("Rp 9,36 miliar", "Rp 9,63 miliar"),
    # the rate and the count in another paragraph than the total
    "other_paragraph": "Sebanyak 25 LKS masing-masing menerima hibah Rp 50.000.000.\n\nSelain itu, total belanja "
                       "hibah Dinas Sosial Rp 3.400.000.000.",
}


@pytest.mark.parametrize("name", list(CONTROLS))
def test_no_check_where_the_words_do_not_say_what_multiplies(name):
    assert products(CONTROLS[name]) == []
