"""Kegiatan and budgets as news give them: in lower case after the word ("Kegiatan di program ini antara lain
pemberdayaan sosial komunitas adat terpencil dan ..."), taken only where every name is an
official kegiatan's; and in a later sentence of the program's paragraph ("... atau 15,28 persen.
Program ini mencakup kegiatan Perlindungan Sosial ..."); and a budget in the sentence after the one that names the program ("Serapan paling
rendah ada pada Program A. Dari pagu Rp ..., yang terealisasi ...")."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def kegiatan(text: str) -> dict[str, list[str]]:
    return {p.name: [a.name for a in p.activities] for p in extract_text(text).programs}


def test_official_kegiatan_named_in_lower_case():
    text = ("Program Pemberdayaan Sosial terealisasi Rp1,10 miliar dari Rp1,14 miliar atau 96,17 persen. Kegiatan di "
            "program ini antara lain pemberdayaan sosial komunitas adat terpencil dan pengumpulan sumbangan dalam daerah "
            "kabupaten/kota.\n\nSementara Program Perlindungan dan Jaminan Sosial menyerap Rp7,94 miliar dari pagu Rp8,64 "
            "miliar atau 91,79 persen. Program ini menampung kegiatan pengelolaan data fakir miskin cakupan daerah "
            "kabupaten/kota serta perlindungan sosial korban bencana alam dan sosial.\n")
    got = kegiatan(text)
    assert got["Program Pemberdayaan Sosial"] == ["pemberdayaan sosial komunitas adat terpencil",
                                                  "pengumpulan sumbangan dalam daerah kabupaten/kota"]
    assert got["Program Perlindungan dan Jaminan Sosial"] == ["pengelolaan data fakir miskin cakupan daerah kabupaten/kota",
                                                              "perlindungan sosial korban bencana alam dan sosial"]


def test_what_was_done_in_lower_case_is_no_kegiatan():
    # control: the words after "kegiatan" name no official kegiatan
    text = ("Program Pemberdayaan Sosial terealisasi Rp1,10 miliar dari Rp1,14 miliar atau 96,17 persen. Kegiatan di "
            "program ini antara lain pelatihan kader dan lomba desa.\n")
    assert kegiatan(text)["Program Pemberdayaan Sosial"] == []


def test_kegiatan_in_a_later_sentence_of_the_programs_paragraph():
    text = ("Serapan paling rendah ada pada Program Penanganan Bencana. Dari pagu Rp1,25 miliar, yang terealisasi baru "
            "Rp191 juta atau 15,28 persen. Program ini mencakup kegiatan Perlindungan Sosial Korban Bencana Alam dan "
            "Sosial Provinsi.\n\nSementara Program Perlindungan dan Jaminan Sosial memiliki pagu Rp6,57 miliar dan "
            "realisasi Rp2,71 miliar, atau 41,25 persen.\n")
    got = kegiatan(text)
    assert got["Program Penanganan Bencana"] == ["Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi"]
    assert got["Program Perlindungan dan Jaminan Sosial"] == []


@pytest.mark.parametrize("sentence", [
    "Dari pagu Rp1,25 miliar, yang terealisasi baru Rp191 juta atau 15,28 persen.",
    "Dari pagu Rp 1.250.000.000, program ini hanya terealisasi Rp 191.000.000 atau 15,28 persen.",
])
def test_the_budget_the_next_sentence_opens_on(sentence):
    # "Serapan paling rendah ada pada Program A. Dari pagu Rp ..., ...": the one just named
    text = "Serapan paling rendah ada pada Program Penanganan Bencana. " + sentence + "\n"
    (program,) = extract_text(text).programs
    assert (program.budget.pagu, program.budget.realisasi, program.budget.percent) == (1.25e9, 1.91e8, 15.28)


def test_the_budget_of_a_sentence_naming_another_program_is_not_the_one_before():
    text = ("Serapan paling rendah ada pada Program Penanganan Bencana. Dari pagu Rp1,25 miliar untuk Program "
            "Rehabilitasi Sosial, yang terealisasi Rp1,1 miliar atau 88 persen.\n")
    programs = {p.name: p.budget.pagu for p in extract_text(text).programs}
    assert programs.get("Program Penanganan Bencana") is None


def test_a_short_form_of_a_program_named_in_full_is_no_program_of_its_own():
    text = ("Realisasi Anggaran Dinsos Kalbar Semester I 2024 Baru 44,26 Persen, Program Bencana Terendah\n\n"
            "Serapan paling rendah ada pada Program Penanganan Bencana. Dari pagu Rp1,25 miliar, yang terealisasi "
            "baru Rp191 juta atau 15,28 persen.\n")
    assert [p.name for p in extract_text(text).programs] == ["Program Penanganan Bencana"]


def test_an_official_program_within_a_longer_name_stays():
    # control: "Program Rehabilitasi Sosial" (90/2019) beside "Program Pelayanan dan Rehabilitasi
    # Sosial" (13/2006): two programs, though one's words are all the other's
    text = ("Program Pelayanan dan Rehabilitasi Sosial terealisasi 95 persen. Program Rehabilitasi Sosial disebut "
            "dalam Renstra baru.\n")
    assert len(extract_text(text).programs) == 2
