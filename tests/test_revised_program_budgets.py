"""A budget revision (APBD Perubahan) told program by program: the program's budget is the one it
was revised to ("semula Rp A menjadi Rp B", "bertambah Rp C dari semula Rp A menjadi Rp B", "yang
semula dianggarkan Rp A pada perubahan menjadi Rp B"), its name ends before the change's words,
and the change ("berkurang Rp C atau 4,30%") is no realisation of it."""

from __future__ import annotations

from kesos_extract import extract_text

TEXT = """\
Penjelasan perubahan anggaran per program:
1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota semula Rp 9.876.400.000,00 menjadi Rp 9.452.150.000,00, berkurang Rp 424.250.000,00 atau 4,30%. Pengurangan berasal dari efisiensi belanja pegawai.
2. Program Pemberdayaan Sosial bertambah Rp 300.000.000,00 dari semula Rp 834.500.000,00 menjadi Rp 1.134.500.000,00 (naik 35,95%). Tambahan dialokasikan untuk bantuan usaha ekonomi produktif.
3. Program Perlindungan dan Jaminan Sosial yang semula dianggarkan Rp 3.950.000.000,00 pada perubahan menjadi Rp 3.712.600.000,00. Anggaran program ini berkurang Rp 237.400.000,00 atau 6,01%.
4. Program Penanganan Bencana naik dari Rp 620.000.000,00 menjadi Rp 1.870.000.000,00 atau bertambah Rp 1.250.000.000,00 (201,61%).
"""


def test_each_program_s_budget_as_revised() -> None:
    got = [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(TEXT).programs]
    assert got == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9452150000.0, None, None),
        ("Program Pemberdayaan Sosial", 1134500000.0, None, None),
        ("Program Perlindungan dan Jaminan Sosial", 3712600000.0, None, None),
        ("Program Penanganan Bencana", 1870000000.0, None, None),
    ]


def test_the_changes_are_still_judged() -> None:
    checks = {c.stated: c.verdict for c in extract_text(TEXT).checks if c.check == "share_percent"}
    assert checks == {4.3: "consistent", 35.95: "consistent", 6.01: "consistent", 201.61: "consistent"}


def test_a_change_whose_revision_the_sentence_before_tells() -> None:
    # the change alone in its sentence; the revision (semula A, menjadi B) in the sentence before:
    # D = A - B proves the pair, and the percentage is D / A (6,01; stated 6,10: a slip)
    text = ("Program Perlindungan dan Jaminan Sosial yang semula dianggarkan Rp 3.950.000.000,00 pada perubahan "
            "menjadi Rp 3.712.600.000,00. Anggaran program ini berkurang Rp 237.400.000,00 atau {pct}% karena "
            "verifikasi dan validasi DTKS.")
    (check,) = [c for c in extract_text(text.format(pct="6,10")).checks if c.stated == 6.1]
    assert check.verdict == "mismatch" and check.operands == {"numerator": 237400000.0, "denominator": 3950000000.0}
    (check,) = [c for c in extract_text(text.format(pct="6,01")).checks if c.stated == 6.01]
    assert check.verdict == "consistent"


def test_no_old_value_where_the_difference_does_not_prove_the_pair() -> None:
    # another amount's cut, not the revision's difference: no mismatch is raised against the revision
    text = ("Program Perlindungan dan Jaminan Sosial yang semula dianggarkan Rp 3.950.000.000,00 pada perubahan "
            "menjadi Rp 3.712.600.000,00. Anggaran bantuan pangan berkurang Rp 150.000.000,00 atau 3,95%.")
    assert not [c for c in extract_text(text).checks if c.verdict == "mismatch"]
