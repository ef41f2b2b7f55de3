"""Hostile and broken files: each ends in a report or in an InputError naming the file, within
seconds, never in another exception. The big files are made here, not committed."""

from __future__ import annotations

import io
import re
import shutil
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesos_extract import extract
from kesos_extract.errors import InputError, KesosError
from kesos_extract.readers import ReadLimits, read_document

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_DOCX = FIXTURES / "numbering_merged.docx"
SMALL_PDF = FIXTURES / "report_multipage.pdf"


def rewrite_member(src: Path, dst: Path, member: str, edit) -> Path:
    """Copy a DOCX, passing one member's bytes through ``edit``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, edit(data) if info.filename == member else data)
    return dst


def test_a_list_numbered_from_a_trillion_in_roman_is_read_at_once(tmp_path):
    def huge_roman(xml: bytes) -> bytes:
        xml = re.sub(rb'<w:numFmt w:val="[^"]*"/>', b'<w:numFmt w:val="lowerRoman"/>', xml)
        return re.sub(rb'<w:start w:val="\d+"/>', b'<w:start w:val="999999999999"/>', xml)

    path = rewrite_member(SMALL_DOCX, tmp_path / "roman.docx", "word/numbering.xml", huge_roman)
    t0 = time.perf_counter()
    report = extract(path)
    assert time.perf_counter() - t0 < 30  # it hung before (a loop per thousand); a generous bound
    assert "999999999999" in report.text


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(SMALL_DOCX) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "word/document.xml":
                with zout.open("word/document.xml", "w", force_zip64=True) as f:
                    chunk = b" " * 2**20
                    for _ in range(600):  # 600 MB of spaces: about 600 KB packed
                        f.write(chunk)
            else:
                zout.writestr(info, zin.read(info))
    assert path.stat().st_size < 5 * 2**20
    tracemalloc.start()
    with pytest.raises(InputError, match="unpacks to .* MB, more than the limit"):
        read_document(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 100 * 2**20


def test_the_unpacked_limit_can_be_raised_or_lowered():
    with pytest.raises(InputError, match="max_unpacked_bytes"):
        read_document(SMALL_DOCX, limits=ReadLimits(max_unpacked_bytes=1000))
    assert read_document(SMALL_DOCX, limits=ReadLimits(max_unpacked_bytes=10**9)).text


def test_xml_with_a_dtd_and_entities_is_refused_and_nothing_expanded(tmp_path):
    def with_dtd(xml: bytes) -> bytes:
        dtd = (b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
               b'<!ENTITY secret SYSTEM "file:///etc/passwd">]>')
        xml = xml.replace(b"?>", b"?>" + dtd, 1)
        return xml.replace(b"<w:t>", b"<w:t>&b;&secret;", 1)

    path = rewrite_member(SMALL_DOCX, tmp_path / "dtd.docx", "word/document.xml", with_dtd)
    with pytest.raises(InputError, match="DTD"):
        extract(path)


@pytest.mark.parametrize("name,edit", [
    ("malformed", lambda xml: xml[: len(xml) // 2]),
    ("deep", lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * 300, 1)),
    ("ilvl", lambda xml: re.sub(rb'w:ilvl w:val="\d+"', b'w:ilvl w:val="one"', xml)),
])
def test_broken_xml_is_an_input_error_or_a_report(tmp_path, name, edit):
    path = rewrite_member(SMALL_DOCX, tmp_path / f"{name}.docx", "word/document.xml", edit)
    try:
        report = extract(path)
    except InputError as e:
        assert str(path) in str(e)
    else:
        assert report.text


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    b = bytearray(data)
    for pos, value in edits:
        b[pos % len(b)] = value
    return bytes(b[:cut] if cut else b)


@pytest.mark.parametrize("source", [SMALL_PDF, SMALL_DOCX], ids=["pdf", "docx"])
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=12),
       cut=st.one_of(st.none(), st.integers(200, 200_000)))
def test_damaged_files_end_in_a_report_or_an_input_error(tmp_path, source, edits, cut):
    path = tmp_path / f"damaged{source.suffix}"
    path.write_bytes(mutate(source.read_bytes(), edits, cut))
    t0 = time.perf_counter()
    try:
        extract(path)
    except KesosError as e:
        assert str(path) in str(e)
    assert time.perf_counter() - t0 < 60


def test_a_copy_of_a_good_file_still_reads(tmp_path):
    shutil.copy(SMALL_DOCX, tmp_path / "ok.docx")
    assert extract(tmp_path / "ok.docx").text
    with zipfile.ZipFile(io.BytesIO((tmp_path / "ok.docx").read_bytes())) as z:
        assert "word/document.xml" in z.namelist()
