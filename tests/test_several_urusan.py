"""An LKPJ chapter that presents several urusan one after another, each under its heading with its
own list of programs: every urusan's programs are the report's programs, each under its urusan in
the outline (structure._other_urusans_lists, grammars/sections.yaml ``urusan``). The same urusan
named twice (a summary, then its details) is one urusan: its programs are not listed twice."""

from __future__ import annotations

from kesos_extract import extract_text

LKPJ = """\
BAB III PENYELENGGARAAN URUSAN PEMERINTAHAN DAERAH

3.1.2 Urusan Kesehatan

Urusan kesehatan dilaksanakan oleh Dinas Kesehatan melalui 2 (dua) program.

1) Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat
Pagu anggaran Rp 60.120.000.000,00, terealisasi Rp 55.310.400.000,00 atau 92,00 persen.
2) Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan
Pagu anggaran Rp 1.250.000.000,00, terealisasi Rp 1.187.500.000,00 atau 95,00 persen.

3.1.6 Urusan Sosial

Urusan sosial dilaksanakan oleh Dinas Sosial melalui 3 (tiga) program.

1) Program Pemberdayaan Sosial
Pagu anggaran Rp 450.000.000,00, terealisasi Rp 441.000.000,00 atau 98,00 persen.
2) Program Rehabilitasi Sosial
Pagu anggaran Rp 1.200.000.000,00, terealisasi Rp 1.140.000.000,00 atau 95,00 persen.
3) Program Perlindungan dan Jaminan Sosial
Pagu anggaran Rp 800.000.000,00, terealisasi Rp 784.000.000,00 atau 98,00 persen.

3.2.1 Urusan Tenaga Kerja

Urusan tenaga kerja dilaksanakan oleh Dinas Tenaga Kerja melalui 2 (dua) program.

1) Program Pelatihan Kerja dan Produktivitas Tenaga Kerja
Pagu anggaran Rp 900.000.000,00, terealisasi Rp 864.000.000,00 atau 96,00 persen.
2) Program Penempatan Tenaga Kerja
Pagu anggaran Rp 300.000.000,00, terealisasi Rp 291.000.000,00 atau 97,00 persen.
"""


def _urusan_of_programs(report) -> list[tuple[str, list[str]]]:
    out = []

    def walk(sections, urusan=None):
        for s in sections:
            if s.kind == "urusan":
                out.append((s.title, []))
            elif s.kind == "program" and out:
                out[-1][1].append(s.title)
            walk(s.children)
    walk(report.sections)
    return out


def test_every_urusan_s_programs_with_their_budgets() -> None:
    report = extract_text(LKPJ)
    assert [(p.name, p.budget.pagu, p.budget.percent) for p in report.programs] == [
        ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 60120000000.0, 92.0),
        ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1250000000.0, 95.0),
        ("Program Pemberdayaan Sosial", 450000000.0, 98.0),
        ("Program Rehabilitasi Sosial", 1200000000.0, 95.0),
        ("Program Perlindungan dan Jaminan Sosial", 800000000.0, 98.0),
        ("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 900000000.0, 96.0),
        ("Program Penempatan Tenaga Kerja", 300000000.0, 97.0),
    ]
    assert [(u, len(ps)) for u, ps in _urusan_of_programs(report)] == [
        ("Urusan Kesehatan", 2), ("Urusan Sosial", 3), ("Urusan Tenaga Kerja", 2)]


def test_the_same_urusan_named_again_is_not_listed_twice() -> None:
    summary = LKPJ.split("3.2.1")[0].split("3.1.6 Urusan Sosial")[1]
    text = "URUSAN WAJIB SOSIAL\n" + summary + "\nB. Urusan Sosial\n" + summary
    names = [p.name for p in extract_text(text).programs]
    assert names == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial",
                     "Program Perlindungan dan Jaminan Sosial"]
