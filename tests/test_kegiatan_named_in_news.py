"""Kegiatan as news name them: in lower case after the word ("Kegiatan di program ini antara lain
pemberdayaan sosial komunitas adat terpencil dan ..."), taken only where every name is an
official kegiatan's; and in a later sentence of the program's paragraph ("... atau 15,28 persen.
Program ini mencakup kegiatan Perlindungan Sosial ...")."""

from __future__ import annotations

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
