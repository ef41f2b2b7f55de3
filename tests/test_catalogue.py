"""Matching names to the official nomenclature: scores, honest no-match, pinned ties."""

from __future__ import annotations

import pytest

from kesos_extract.catalogue import load_catalogue, match, match_activity, match_program

PROGRAMS = [
    ("Program pembinaan anak terlantar", "1.13.17"),
    ("Program Pembinaan Panti Asuhan /Panti Jompo", "1.13.19"),
    ("Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil dan Penyandang Masalah Kesejahteraan Sosial lainnya",
     "1.13.15"),
    ("Program Perlindungan Dan Jaminan Sosial", "1.06.05"),
    ("Program Pemberdayaan Sosial", "1.06.02"),
]


@pytest.mark.parametrize("name,code", PROGRAMS, ids=[p[0][:40] for p in PROGRAMS])
def test_program_matches(name, code):
    m = match_program(name)
    assert m is not None and m.code == code and 88 <= m.score <= 100


@pytest.mark.parametrize("name", ["Program Penanggulangan Bencana Berbasis Masyarakat", "Laporan Keuangan", ""])
def test_no_match_is_none(name):
    assert match_program(name) is None


def test_activity_match_and_cutoff():
    m = match_activity("Penyediaan alat tulis kantor")
    assert m is not None and m.code == "1.13.01.10" and m.score == 100
    assert match_activity("Penyediaan alat tulis", score_cutoff=100) is None


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        match("Program Pemberdayaan Sosial", "program")  # type: ignore[misc]


def test_catalogue_codes_are_unique_and_kinds_known():
    entries = load_catalogue().entries
    assert len({e.code for e in entries}) == len(entries)
    assert {e.kind for e in entries} == {"program", "activity"}


def test_ties_resolve_to_catalogue_order():
    # "Program Pelayanan Administrasi Perkantoran" appears once; an alias equal to a name would tie,
    # and extractOne keeps the first: pinned so a reorder of the file shows up here
    assert match_program("Pelayanan Administrasi Perkantoran").code == "1.13.01"
