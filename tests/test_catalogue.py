"""The catalogue: built from its sources, validated when loaded, and names matched to it.

The data checks read the source CSVs (catalogue/sources/ at the top level, copies of
shared/catalogue-sources) and the issue that asked for them (issue 11: codes the first catalogue
got wrong, entries it had without a source). The matching examples are report spellings; the
labelled set of report names and its figures are in test_catalogue_labels.py.
"""

from __future__ import annotations

import csv
import re

import pytest

from kesos_extract.grammar import data_dir
from pydantic import ValidationError

from conftest import CORPUS, ROOT
from kesos_extract import catalogue_build
from kesos_extract.catalogue import (ACTIVITY_LEVELS, Catalogue, load_abbreviations, load_aliases, load_catalogue,
                                     match, match_activity, match_many, match_program, preprocess)

SOURCES = ROOT / "catalogue" / "sources"
DEV = ROOT.parent / "shared" / "dev"


def _csv_rows():
    for file in catalogue_build.CSV_FILES:
        with (SOURCES / file).open(encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f)


# --- the data ------------------------------------------------------------------------------------

def test_data_file_is_what_the_build_script_makes():
    assert catalogue_build.main(["--check"]) == 0


def test_every_source_row_is_in_the_catalogue_with_its_level():
    have = {(e.code, e.level, " ".join(e.name.split())) for e in load_catalogue().entries}
    rows = list(_csv_rows())
    assert len(rows) == 116 + 487
    missing = [r for r in rows if (r["code"], r["level"], " ".join(r["name"].split())) not in have]
    assert missing == []


def test_catalogue_has_only_what_the_sources_give():
    names = {(r["code"], " ".join(r["name"].split())) for r in _csv_rows()}
    extra = [e for e in load_catalogue().entries if (e.code, e.name) not in names]
    assert extra == []


def test_counts_match_the_sources_readme():
    entries = load_catalogue().entries
    p13 = [e for e in entries if e.regulation == "Permendagri 13/2006"]
    assert len({e.code for e in p13 if e.level == "program"}) == 13
    assert len({e.code for e in p13 if e.level == "kegiatan"}) == 103
    fam90 = [e for e in entries if e.family == "90/2019"]
    assert len({e.code for e in fam90 if e.level == "program"}) == 7
    assert len({e.code for e in fam90 if e.level == "kegiatan"}) == 43
    current = {e.code for e in fam90 if e.level == "sub_kegiatan" and "S1" in e.source}
    assert len(current) == 289


@pytest.mark.parametrize("code,name", [
    ("1.13.16.01", "Pengembangan kebijakan tentang akses sarana dan prasarana publik bagi penyandang cacat dan lansia"),
    ("1.13.16.05", "Pelayanan psikososial bagi PMKS di trauma centre termasuk bagi korban bencana"),
    ("1.13.04", "Program fasilitasi pindah/purna tugas PNS"),
])
def test_codes_the_first_catalogue_got_wrong_or_missed(code, name):
    """Issue 11: these codes had another entry's name, or were missing."""
    assert [e.name for e in load_catalogue().entries if e.code == code] == [name]


@pytest.mark.parametrize("code", ["1.13.21.06"])
def test_entries_without_a_source_are_gone(code):
    assert [e for e in load_catalogue().entries if e.code == code] == []


def test_regulation_government_and_parent_follow_the_code():
    for e in load_catalogue().entries:
        if e.code.startswith("1.13."):
            assert e.regulation == "Permendagri 13/2006" and e.government == "both"
        elif e.level != "program":
            assert e.government == {"1": "provinsi", "2": "kab/kota"}[e.code.split(".")[3]]
        if e.level == "program":
            assert e.parent is None
        else:
            assert e.code.startswith(e.parent + ".")


def _valid_data() -> dict:
    return {"generated_by": "a test", "description": "x", "sources": {"P1": "a source"}, "entries": [
        {"code": "1.13.15", "level": "program", "parent": None, "name": "Program A", "regulation": "Permendagri 13/2006",
         "government": "both", "source": ["P1"]},
        {"code": "1.13.15.01", "level": "kegiatan", "parent": "1.13.15", "name": "Kegiatan B",
         "regulation": "Permendagri 13/2006", "government": "both", "source": ["P1"]}]}


@pytest.mark.parametrize("change,words", [
    (lambda d: d["entries"].append(dict(d["entries"][1])), "listed twice"),
    (lambda d: d["entries"][1].update(parent="1.13.16", code="1.13.16.01"), "parent"),
    (lambda d: d["entries"][1].update(source=["S9"]), "unknown source"),
    (lambda d: d["entries"][1].update(source=[]), "at least 1"),
    (lambda d: d["entries"][1].update(level="activity"), "level"),
    (lambda d: d["entries"][1].update(extra="x"), "extra"),
], ids=["duplicate", "orphan", "unknown-source", "no-source", "bad-level", "unknown-key"])
def test_loader_rejects_bad_data(change, words):
    data = _valid_data()
    Catalogue.model_validate(data)
    change(data)
    with pytest.raises(ValidationError, match=words.replace(" ", ".")):
        Catalogue.model_validate(data)


def _report_exists(name: str) -> bool:
    if (CORPUS / name).exists():
        return True
    assert re.fullmatch(r"\d\d_[a-z0-9-]+\.txt", name), name
    return (DEV / name).exists() if DEV.exists() else True


def test_every_alias_names_the_report_it_was_seen_in():
    aliases = load_aliases().aliases
    assert aliases
    for a in aliases:
        assert _report_exists(a.seen_in), a
        assert a.code in {e.code for e in load_catalogue().entries}


def test_abbreviations_cite_real_reports():
    data = load_abbreviations()
    shorts = {a.short for a in data.abbreviations}
    assert {"PMKS", "PSKS", "KAT", "KUBE", "PKH", "BPNT", "TAGANA", "ODHA", "WKSBM", "PSM", "TKSK", "LKS", "LK3",
            "kesos", "napza"} <= shorts
    for item in [*data.abbreviations, *data.variants]:
        if item.seen_in:
            assert _report_exists(item.seen_in), item


def test_data_files_are_found_where_the_package_looks():
    # the installed wheel is checked in test_packaging; here, the checkout's top-level folder
    folder = data_dir("catalogue")
    for name in ("nomenclature.json", "aliases.yaml", "abbreviations.yaml"):
        assert folder.joinpath(name).is_file()


# --- normalising -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("Program Pembinaan Anak Terlantar", "pembinaan anak terlantar"),
    ("Kegiatan: Penyediaan Alat Tulis Kantor", "penyediaan alat tulis kantor"),
    ("Sub Kegiatan Penyediaan Alat Tulis Kantor", "penyediaan alat tulis kantor"),
    ("1. Program Pemberdayaan Sosial", "pemberdayaan sosial"),
    ("1.13.16.01 Pengembangan kebijakan", "pengembangan kebijakan"),
    ("b) Penyediaan Alat Tulis Kantor", "penyediaan alat tulis kantor"),
    ("2020 Penyediaan Alat Tulis Kantor", "penyediaan alat tulis kantor"),
    ("Pelayanan & Rehabilitasi Kesos", "pelayanan dan rehabilitasi kesejahteraan sosial"),
    ("Komunitas Adat Terpencil (KAT)", "komunitas adat terpencil"),
    ("Pemberdayaan KAT", "pemberdayaan komunitas adat terpencil"),
    ("Pendataan PMKS dan PSKS",
     "pendataan penyandang masalah kesejahteraan sosial dan potensi sumber kesejahteraan sosial"),
    ("Pelatihan ketrampilan bagi PMKS", "pelatihan keterampilan bagi penyandang masalah kesejahteraan sosial"),
    ("Pemberdayaan Karang Taruna (P2DT2)", "pemberdayaan karang taruna"),
    ("Pemeliharaan rutin/ berkala gedung kantor", "pemeliharaan rutin berkala gedung kantor"),
    ("Programmer", "programmer"),
])
def test_preprocess(raw, expected):
    assert preprocess(raw) == expected


# --- matching ------------------------------------------------------------------------------------

PROGRAM_SPELLINGS = [
    ("Program pembinaan anak terlantar", 2016, "1.13.17"),
    ("Program Pembinaan Panti Asuhan /Panti Jompo", 2018, "1.13.19"),
    ("Pembinaan Penyandang Cacat dan Trauma", 2016, "1.13.18"),
    ("program pelayanan & rehabilitasi kesos", 2016, "1.13.16"),
    ("Program Pelayanan dan Rehabilitasi Kesejahteran Sosial", 2016, "1.13.16"),  # typo
    ("Program Perlindungan Dan Jaminan Sosial", None, "1.06.05"),
    ("Program Pemberdayaan Sosial", 2022, "1.06.02"),
]


@pytest.mark.parametrize("name,year,code", PROGRAM_SPELLINGS, ids=[p[0][:40] for p in PROGRAM_SPELLINGS])
def test_program_spellings(name, year, code):
    m = match(name, level="program", year=year)
    assert m.code == code and 88 <= m.score <= 100 and m.reason is None
    assert match_program(name, year=year).code == code


@pytest.mark.parametrize("name", ["Program Penanggulangan Bencana Berbasis Masyarakat", "Laporan Keuangan", ""])
def test_no_match_is_none(name):
    assert match_program(name) is None
    assert match(name, level="program").code is None


def test_the_year_chooses_the_regulation():
    # a name of 90/2019 in a 2012 report is the province's own program, not 1.06.02
    assert match("Program Pemberdayaan Sosial", level="program", year=2012).code is None
    assert match("Program Pemberdayaan Sosial", level="program", year=2021).regulation.startswith("Kepmendagri")
    assert match("Penyediaan alat tulis kantor", year=2016).code == "1.13.01.10"
    assert match("Penyediaan alat tulis kantor", year=2022, government="kab/kota").code == "1.06.01.2.03.0010"
    # unknown year: both tried; the same name in both is no match, with both among the candidates
    both = match("Penyediaan alat tulis kantor")
    assert both.code is None and both.reason == "ambiguous"
    assert {"1.13.01.10", "1.06.01.2.03.0010"} <= {c.code for c in both.candidates}


def test_a_kegiatan_is_matched_among_its_programs():
    name = "Monitoring, evaluasi dan pelaporan"  # a kegiatan of 1.13.16, 17, 19 and 20
    assert match(name, year=2016).reason == "ambiguous"
    for program in ("1.13.16", "1.13.17", "1.13.19", "1.13.20"):
        assert match(name, level="kegiatan", year=2016, program=program).code.startswith(program + ".")
        assert match_activity(name, year=2016, program=program).code.startswith(program + ".")


def test_margin_makes_a_near_tie_no_match():
    name = "Rehabilitasi sedang/berat rumah"  # rumah dinas 91.2, rumah jabatan 88.6
    near = match(name, year=2016, margin=4)
    assert near.code is None and near.reason == "ambiguous"
    assert [c.code for c in near.candidates[:2]] == ["1.13.02.41", "1.13.02.40"]
    assert match(name, year=2016, margin=1).code == "1.13.02.41"


def test_cutoff():
    assert match_activity("Penyediaan alat tulis kantor", year=2016).score == 100
    assert match_activity("Penyediaan alat tulis", year=2016, score_cutoff=100) is None
    assert match("Penyediaan alat tulis", year=2016, score_cutoff=100).reason == "below_cutoff"


def test_candidates_are_top_k_distinct_codes_best_first():
    m = match("Pemberdayaan Fakir Miskin", limit=7)
    scores = [c.score for c in m.candidates]
    assert len(m.candidates) == 7 and scores == sorted(scores, reverse=True)
    # one decimal, also in JSON (a float32 score would print as 99.69999694824219)
    assert all(len(repr(x).split(".")[1]) == 1 for x in scores)
    assert len({c.code for c in m.candidates}) == 7


def test_ties_resolve_to_catalogue_order():
    # four kegiatan share the name; an exact tie lists them in catalogue order and decides nothing
    m = match("Monitoring, evaluasi dan pelaporan", level="kegiatan", year=2016)
    assert [c.code for c in m.candidates[:4]] == ["1.13.16.11", "1.13.17.06", "1.13.19.06", "1.13.20.05"]


def test_levels():
    assert match("Pemberdayaan KAT", level="kegiatan", year=2022).code == "1.06.02.2.01"
    assert match("Pemberdayaan KAT", level="program", year=2022).code is None
    m = match("Penyediaan Gaji dan Tunjangan ASN", level="sub_kegiatan", year=2022)
    assert m.reason == "ambiguous"  # provinsi and kab/kota twins
    assert {c.level for c in m.candidates} == {"sub_kegiatan"}
    assert match("Penyediaan Gaji dan Tunjangan ASN", level=ACTIVITY_LEVELS, year=2022,
                 government="provinsi").code == "1.06.01.1.02.0001"
    with pytest.raises(ValueError, match="unknown level"):
        match("x", level="activity")
    assert match("Penyediaan alat tulis kantor", level="program", program="1.13.01").reason == "no_entries"


def test_match_many_equals_match_one_by_one():
    names = [n for n, _, _ in PROGRAM_SPELLINGS] + ["Laporan Keuangan"]
    assert match_many(names, level="program") == [match(n, level="program") for n in names]


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        match("Program Pemberdayaan Sosial", "program")  # type: ignore[misc]
    with pytest.raises(TypeError):
        match_program("Program Pemberdayaan Sosial", 2022)  # type: ignore[misc]


def test_the_older_kind_option_still_works():
    assert match("Program pembinaan anak terlantar", kind="program").code == "1.13.17"
    assert match("Fasilitasi manajemen usaha bagi keluarga miskin", kind="activity").code == "1.13.15.03"
