"""The ``parts_total`` check: a total against the parts listed right after it ("terdiri atas",
"dengan rincian", "terbagi ke dalam"), money or counts of one thing, at the precision the figures
are written with. The words are grammars/breakdowns.yaml's."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

CORPUS_002 = "002_0633a098c4ed8db1.txt"


def parts_totals(text: str) -> list[tuple[str, float, float]]:
    return [(c.verdict, c.stated, c.expected) for c in extract_text(text).checks if c.check == "parts_total"]


@pytest.mark.parametrize("text, expected", [
    ("Anggaran Dinas Sosial tahun 2024 sebesar Rp 25.400.000.000 yang terdiri atas belanja pegawai Rp 8.200.000.000, "
     "belanja barang dan jasa Rp 15.100.000.000, dan belanja modal Rp 2.100.000.000.",
     [("consistent", 25.4e9, 25.4e9)]),
    ("Anggaran Dinas Sosial tahun 2024 sebesar Rp 25.400.000.000 yang terdiri atas belanja pegawai Rp 8.200.000.000, "
     "belanja barang dan jasa Rp 15.300.000.000, dan belanja modal Rp 2.100.000.000.",
     [("mismatch", 25.4e9, 25.6e9)]),
    # counts of one thing; a share after each part is no part
    ("Penerima bantuan sebanyak 5.000 KK, terdiri dari 3.200 KK penerima PKH (64%) dan 1.700 KK penerima BPNT.",
     [("mismatch", 5000.0, 4900.0)]),
    # a list over lines after a colon, its items ending with full stops
    ("Pagu Dinas Sosial Rp 3.000.000.000 dengan rincian sebagai berikut:\n1. Program A Rp 1.000.000.000.\n"
     "2. Program B Rp 2.000.000.000.\n\nRealisasi dibahas di bawah.",
     [("consistent", 3e9, 3e9)]),
    # rounded figures stand for the values they round from: 30 + 15 + 6 may be 50 at whole miliar
    ("Total bantuan Rp 50 miliar, terdiri dari PKH Rp 30 miliar, BPNT Rp 15 miliar dan bansos APBD Rp 6 miliar.",
     [("consistent", 50e9, 51e9)]),
    ("Total bantuan Rp 50,5 miliar, terdiri dari PKH Rp 30,2 miliar, BPNT Rp 15,1 miliar dan bansos APBD Rp 6,0 miliar.",
     [("mismatch", 50.5e9, 51.3e9)]),
])
def test_a_total_against_its_listed_parts(text, expected):
    assert parts_totals(text) == expected


def test_the_whole_broken_down_is_the_sentences_figure_the_parts_add_up_to():
    # "terdiri dari" after the budget, yet the parts are the realisation's
    text = ("Realisasi Belanja Modal TA 2022 sebesar Rp768.250.000,00 atau 91,46% dari anggaran sebesar Rp840.000.000,00, "
            "terdiri dari Belanja Modal Peralatan dan Mesin sebesar Rp553.250.000,00 dan Belanja Modal Gedung dan "
            "Bangunan sebesar Rp215.000.000,00.")
    assert parts_totals(text) == [("consistent", 768.25e6, 768.25e6)]


@pytest.mark.parametrize("text", [
    # only some parts named
    "Total bantuan Rp 50 miliar, terdiri dari antara lain PKH Rp 30 miliar dan BPNT Rp 15 miliar.",
    # rates per recipient, not parts
    "Bantuan Rp 900 juta terdiri dari 300 KPM masing-masing Rp 3 juta dan 100 KPM masing-masing Rp 1 juta.",
    # counts and money mixed: which add up is not known
    "Bantuan Rp 900 juta terdiri dari 300 KPM senilai Rp 600 juta dan 100 lansia senilai Rp 200 juta.",
    # one part is no breakdown
    "Anggaran Rp 5 miliar terdiri dari belanja operasi Rp 4 miliar.",
    # no opening words: a list of its own
    "Anggaran Rp 5 miliar. Belanja operasi Rp 4 miliar dan belanja modal Rp 2 miliar.",
    # two figures before, neither the sum: which one the list details is not known
    "Realisasi Rp 700 juta dari pagu Rp 800 juta, terdiri dari belanja A Rp 300 juta dan belanja B Rp 350 juta.",
])
def test_controls(text):
    assert parts_totals(text) == []


def test_the_seed_sex_breakdowns_that_do_not_add_up(seed_reports):
    # seed 002 (a real LKjIP): 964 + 11.293 = 12.257, not 12.324; 449 + 1.875 = 2.324, not 2.236;
    # 5.520 + 1.964 = 7.484, not 7.540
    found = {(c.stated, c.expected) for c in seed_reports[CORPUS_002].checks
             if c.check == "parts_total" and c.verdict == "mismatch"}
    assert found == {(12324.0, 12257.0), (2236.0, 2324.0), (7540.0, 7484.0)}


# a list over lines, one item a line, whose end no blank line marks (a PDF's lines pasted as
# paragraphs lose it, and wrapped reports unwrapped): the parts are the figures of the item lines
ITEMS_THEN_PROSE = ("Peserta kegiatan berjumlah 43 (empat puluh tiga) orang terdiri dari :\n"
                    "- a. 8 (delapan) orang dari unsur teknis Dinas Sosial;\n"
                    " - b. {b} orang dari unsur pengurus LKS se\n"
                    "Provinsi NTB\n"
                    "Pembiayaan kegiatan ini sebesar Rp 120.000.000 dari APBD.\n"
                    "1. Peserta memahami kebijakan Dinas Sosial bagi 40 orang pengurus.\n")


def test_a_list_over_lines_with_no_blank_line_after_it_is_read_to_its_last_item():
    assert parts_totals(ITEMS_THEN_PROSE.format(b="35 (tiga puluh lima)")) == [("consistent", 43.0, 43.0)]


def test_a_list_with_no_blank_line_after_it_raises_no_mismatch():
    # where such a list ends is a reading: a sum that does not fit may be a list read too short
    assert parts_totals(ITEMS_THEN_PROSE.format(b="30 (tiga puluh)")) == []


def test_a_list_with_no_blank_line_after_it_does_not_take_in_the_next_list():
    # the numbered item after the prose is another list's (marked otherwise than "a.", "b."): with
    # it the figures would add up (20 + 30 + 10 = 60); the list is a. and b., 50
    text = ("Jumlah peserta 60 orang terdiri dari:\na. 20 orang pendamping;\nb. 30 orang pengurus LKS\n"
            "Kegiatan dilaksanakan di Mataram.\n1. Hadir pula 10 orang narasumber.\n")
    assert parts_totals(text) == [("mismatch", 60.0, 50.0)]
