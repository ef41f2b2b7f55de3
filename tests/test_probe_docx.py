"""Word files as regional offices hold them (tests/fixtures/probes/docx, made by
make_docx_probes.py there): tracked changes, content controls, fields and links, text boxes,
footnotes, soft breaks and tabs, nested tables, a long table with a repeated header row, headers
and footers, no-break spaces and hyphens, symbols, custom XML, hidden text, a table of contents,
a web page imported whole (w:altChunk), a Strict package, a .docm and a .dotx renamed, an empty
body.

Each file gives the text a reader of the printed page sees (tracked changes accepted), and the
same checks, mentions, tables and programs as that text given as plain text (the builder's
twin of each file, read with ``extract_text``). The passages are correct reports: any mismatch
is a false alarm; the slips they hold are in deleted or hidden text, which must not be read."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from collections import Counter
from functools import lru_cache

import pytest

from conftest import ROOT
from kesos_extract import extract, extract_text, read_document
from kesos_extract.errors import InputError, NoTextError

HERE = ROOT / "tests" / "fixtures" / "probes" / "docx"

_spec = importlib.util.spec_from_file_location("make_docx_probes", HERE / "make_docx_probes.py")
make_docx_probes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_docx_probes)
NAMES = [n for n in make_docx_probes.CASES if n != "empty_body"]

# cases that do not give the text's result yet: name -> why (xfail, strict)
KNOWN: dict[str, str] = {}


@lru_cache(maxsize=None)
def twins() -> dict[str, str]:
    return make_docx_probes.texts()


@lru_cache(maxsize=None)
def from_docx(name: str):
    return extract(HERE / f"{name}.docx")


@lru_cache(maxsize=None)
def from_text(name: str):
    return extract_text(twins()[name])


def _checks(report) -> list[tuple]:
    return sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in report.checks)


def _mentions(report) -> Counter:
    return Counter((m.kind, m.value, m.unit) for m in report.mentions)


def _tables(report) -> list[tuple]:
    return [(t.caption, t.header, [[c.text for c in r] for r in t.rows]) for t in report.tables]


def _programs(report) -> list[tuple]:
    return [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs]


def _params():
    for name in NAMES:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
        yield pytest.param(name, marks=marks, id=name)


def test_fixtures_are_committed_and_small():
    paths = [HERE / f"{name}.docx" for name in make_docx_probes.CASES]
    paths += [HERE / "libreoffice" / f"{name}.docx" for name in make_docx_probes.RESAVED]
    for path in paths:
        assert path.exists() and 0 < path.stat().st_size < 100_000, path


@pytest.mark.parametrize("name", list(_params()))
def test_docx_gives_the_plain_text_s_checks(name):
    assert _checks(from_docx(name)) == _checks(from_text(name))


@pytest.mark.parametrize("name", list(_params()))
def test_docx_gives_the_plain_text_s_numbers(name):
    assert _mentions(from_docx(name)) == _mentions(from_text(name))


@pytest.mark.parametrize("name", list(_params()))
def test_docx_gives_the_plain_text_s_tables_and_programs(name):
    assert _tables(from_docx(name)) == _tables(from_text(name))
    assert _programs(from_docx(name)) == _programs(from_text(name))


@pytest.mark.parametrize("name", NAMES)
def test_correct_reports_raise_no_alarm(name):
    """Every passage is right as printed: a mismatch is a false alarm (or a deleted or hidden
    slip read as text). And none is an empty comparison: each has a consistent claim."""
    report = from_docx(name)
    assert [c.quote for c in report.checks if c.verdict == "mismatch"] == []
    assert any(c.verdict == "consistent" for c in report.checks)


@lru_cache(maxsize=None)
def resaved(name: str):
    return extract(HERE / "libreoffice" / f"{name}.docx")


@pytest.mark.parametrize("name", make_docx_probes.RESAVED)
def test_libreoffice_s_copy_gives_the_plain_text_s_result(name):
    """The file saved again by LibreOffice (its fields, tracked changes, text boxes, notes and
    symbols written LibreOffice's way): the same checks, numbers and tables as the text, and
    no alarm."""
    report = resaved(name)
    assert _checks(report) == _checks(from_text(name))
    assert _mentions(report) == _mentions(from_text(name))
    assert _tables(report) == _tables(from_text(name))
    assert not [c for c in report.checks if c.verdict == "mismatch"]


# --- what each file must and must not give, by hand -------------------------------------------------

# (check, stated, numerator, denominator): claims worked out by hand, each consistent
CLAIMS = {
    "tracked_changes": [("budget_percent", 93.5, 3_412_600_000, 3_650_000_000), ("target_percent", 84.8, 212, 250),
                        ("share_percent", 79.5, 318, 400), ("share_percent", 70.0, 56, 80),
                        ("share_percent", 95.0, 152, 160), ("row_percent", 96.0, 432, 450),
                        ("row_percent", 95.0, 114, 120)],
    "content_controls": [("budget_percent", 95.0, 1_482_000_000, 1_560_000_000), ("row_percent", 95.89, 350, 365),
                         ("row_percent", 96.53, 1028, 1065)],
    "fields_links": [("budget_percent", 90.0, 612_000_000, 680_000_000), ("row_percent", 97.5, 2730, 2800),
                     ("row_percent", 95.33, 1430, 1500)],
    "table_of_contents": [("budget_percent", 94.0, 17_296_000_000, 18_400_000_000)],  # "merealisasikan": a realisation word
    "text_boxes": [("target_percent", 96.2, 9870, 10260), ("share_percent", 75.0, 45, 60)],
    "footnotes": [("share_percent", 87.18, 1482, 1700), ("budget_percent", 93.92, 845_250_000, 900_000_000)],
    "breaks_tabs": [("budget_percent", 92.0, 1_978_000_000, 2_150_000_000),
                    ("budget_percent", 91.88, 735_000_000, 800_000_000), ("row_percent", 87.5, 56, 64)],
    "nested_table": [("row_percent", 86.67, 104, 120)],
    "headers_footers": [("budget_percent", 95.83, 14_375_000_000, 15_000_000_000), ("target_percent", 94.67, 142, 150)],
    "nbsp_numbers": [("budget_percent", 95.0, 1_187_500_000, 1_250_000_000),
                     ("budget_percent", 87.5, 84_000_000, 96_000_000)],
    "custom_xml": [("budget_percent", 95.0, 427_500_000, 450_000_000)],
    "hidden_text": [("budget_percent", 95.0, 342_000_000, 360_000_000)],
    "alt_chunk": [("budget_percent", 95.02, 2_613_000_000, 2_750_000_000), ("row_percent", 94.2, 1_413_000_000,
                                                                         1_500_000_000)],
    "outline_in_controls": [("budget_percent", 96.0, 1_968_000_000, 2_050_000_000)],
    "strict": [("budget_percent", 95.83, 14_375_000_000, 15_000_000_000)],
    "docm_renamed": [("budget_percent", 94.0, 2_256_000_000, 2_400_000_000)],
    "dotx_renamed": [("budget_percent", 94.0, 2_256_000_000, 2_400_000_000)],
}

# text that must be read, and text that must not (deleted, hidden, an instruction, a header...)
READ = {
    "tracked_changes": ["mencapai Rp 3.412.600.000 dari pagu", "atau 93,50%.", "318 jiwa atau 79,50%",
                        "Karang Taruna mencakup 56 unit", "terdaftar pada tahun 2023.",
                        "sebanyak 152 orang atau 95,00% dari 160 orang."],
    "content_controls": ["sebesar Rp 1.560.000.000 terserap Rp 1.482.000.000 atau 95,00%", "Kecamatan Tanjung Harapan"],
    "fields_links": ["Tabel 3.4 Realisasi", "mengacu pada SIKS-NG Kementerian Sosial per Desember",
                     "hibah sebesar Rp 612.000.000 dari", "mencapai 95,33%, yaitu", "pada tahun berjalan tanpa"],
    "table_of_contents": ["BAB I PENDAHULUAN\t1\nBAB II PERENCANAAN KINERJA\t6", "BAB IV PENUTUP\t38",
                          "atau 94,00%."],
    "text_boxes": ["Sorotan Kinerja", "9.870 KPM atau 96,20%", "45 panti asuhan"],
    "footnotes": ["1.482 jiwa atau 87,18%", "Rp 845.250.000 dari pagu", "mencapai 80% atau 120", "1.250 km2 dengan",
                  "(DTKS) per 31 Desember 2023."],
    "breaks_tabs": ["Pagu anggaran\t: Rp 2.150.000.000\nRealisasi\t: Rp 1.978.000.000", "mencapai\nRp 735.000.000"],
    "nested_table": ["Tabel 2.3 Capaian Rehabilitasi Sosial Dasar", "Laki-laki | 620 Perempuan | 630"],
    "nbsp_numbers": ["Rp 1.250.000.000 terealisasi Rp 1.187.500.000 atau 95 %", "dilaksanakan 2-3 kali",
                     "Renstra 2021-2026", "1-2 kali per bulan", "penyandang disabilitas sebesar Rp 84.000.000"],
    "symbols": ["ditetapkan ≥ 80%", "sosial ± Rp 25.000.000", "▪\tSelisih", "✓", "✗"],
    "custom_xml": ["Dinas Sosial Kabupaten Sukamaju menyalurkan bantuan kepada 1.845 KPM atau 92,25% dari target 2.000 KPM"],
    "alt_chunk": ["Realisasi Anggaran Bidang Rehabilitasi Sosial\n\n", "Sumber: aplikasi e-SAKIP"],
    "outline_in_controls": ["1. Program Pemberdayaan", "2. Program Rehabilitasi", "\n\nKeterangan: realisasi",
                            "3. Program Penanganan Bencana"],
}
NOT_READ = {
    "tracked_changes": ["3.398.100.000", "93,10", "410 orang", "tahun 2022", "Bantuan usaha ekonomi produktif",
                        "148", "92,00", "Mohon dicek ulang"],
    "fields_links": ["SEQ", "SUM", "ABOVE", "DOCPROPERTY", "MERGEFORMAT", "1430/1500", "IF", "tahun sebelumnya",
                     "2023 \"", "https://"],
    "footnotes": ["jiwa1", "845.250.0002", "80%2", "Rp 845.250.000 2"],
    "table_of_contents": ["TOC", "PAGEREF", "_Toc", "1-3"],
    "content_controls": ["Klik atau ketuk"],
    "hidden_text": ["310", "Catatan penyusun", "99%"],
    "headers_footers": ["PEMERINTAH KABUPATEN", "Laporan Kinerja Instansi", "Halaman", "LKjIP 2023", "dari 24"],
    "strict": ["PEMERINTAH KABUPATEN", "Halaman"],
}


def _claim_params():
    for name, claims in CLAIMS.items():
        for claim in claims:
            yield pytest.param(name, claim, id=f"{name}-{claim[0]}-{claim[1]}")


@pytest.mark.parametrize("name,claim", list(_claim_params()))
def test_claims_worked_out_by_hand(name, claim):
    check, stated, numerator, denominator = claim
    got = [(c.verdict, c.operands.get("numerator"), c.operands.get("denominator"))
           for c in from_docx(name).checks if c.check == check and c.stated == stated]
    assert ("consistent", numerator, denominator) in got, got


@pytest.mark.parametrize("name", sorted(set(READ) | set(NOT_READ)))
def test_text_read_and_not_read(name):
    text = from_docx(name).text
    for piece in READ.get(name, []):
        assert piece in text, piece
    for piece in NOT_READ.get(name, []):
        assert piece not in text, piece


def test_text_box_is_read_once_after_its_paragraph():
    """Word stores a text box twice (DrawingML and a VML fallback): its text comes once, after
    the text of the paragraph it is anchored in."""
    text = from_docx("text_boxes").text
    assert text.count("Sorotan Kinerja") == 1 and text.count("9.870 KPM") == 1
    assert text.index("disajikan pada bagian berikut.") < text.index("Sorotan Kinerja")


def test_footnotes_follow_the_body():
    report = from_docx("footnotes")
    notes = [*make_docx_probes.FOOTNOTES.values(), *make_docx_probes.ENDNOTES.values()]
    assert report.text.endswith("\n\n".join(notes))  # footnotes, then endnotes
    assert report.text.index(notes[0]) > report.text.index("24 pendamping lapangan.")


def test_repeated_header_row_is_read_once():
    """The header row Word repeats on every page (w:tblHeader) is in the file once; the table
    the user cut in two at a page break, its header typed again, is one table too."""
    report = from_docx("repeated_header")
    header = make_docx_probes.LONG_HEADER
    assert [t.header for t in report.tables] == [header, header]
    body = [r[:1] + r[2:] for r in make_docx_probes.LONG[1:]]
    for table in report.tables:
        rows = [[c.text for c in r] for r in table.rows]
        assert header not in rows
        assert [r[:1] + r[2:] for r in rows] == body
    column_totals = [c for c in report.checks if c.check == "column_total"]
    assert column_totals and all(c.verdict == "consistent" for c in column_totals)


def test_frame_table_is_read_as_its_content():
    """A table of one cell drawn around a caption and a table: the caption is a paragraph and
    the inner table a table of its own; a table nested in a data table's cell stays in that cell."""
    report = from_docx("nested_table")
    tables = _tables(report)
    assert tables[0][0] == "Tabel 2.3 Capaian Rehabilitasi Sosial Dasar"
    assert tables[0][1:] == (make_docx_probes.NESTED_ROWS[0], make_docx_probes.NESTED_ROWS[1:])
    assert tables[1][2] == [["Penerima ATENSI", "1.250 orang", "Laki-laki | 620 Perempuan | 630"]]


def test_content_control_rows_and_cells_are_read():
    """Rows in a repeating section and a cell inside a content control are rows and cells."""
    [table] = from_docx("content_controls").tables
    assert [[c.text for c in r] for r in table.rows] == make_docx_probes.CONTROLS_TABLE[1:]


def test_deleted_row_is_not_read():
    [table] = from_docx("tracked_changes").tables
    assert [[c.text for c in r] for r in table.rows] == make_docx_probes.TRACKED_TABLE[1:]


def test_numbering_survives_content_controls_and_numid_zero():
    """Automatic numbering inside content controls keeps counting; a paragraph whose numId is 0
    has no number (it takes away its list style's numbering) and does not count."""
    doc = read_document(HERE / "outline_in_controls.docx")
    assert [(b.kind, b.label) for b in doc.blocks] == [("heading", None), ("list_item", "1."), ("list_item", "2."),
                                                     ("paragraph", None), ("list_item", "3.")]
    assert [p.name for p in from_docx("outline_in_controls").programs] == [
        "Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial", "Program Penanganan Bencana"]


# --- files that hold no report -------------------------------------------------------------------------

def test_empty_body_is_a_clear_error():
    path = HERE / "empty_body.docx"
    with pytest.raises(NoTextError) as e:
        extract(path)
    assert str(path) in str(e.value) and "no body text" in str(e.value)


def test_text_only_in_the_header_is_no_body(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Laporan Kinerja Dinas Sosial Tahun 2023 - Rp 1.250.000.000"
    path = tmp_path / "kop_saja.docx"
    d.save(path)
    with pytest.raises(NoTextError, match="kop_saja.docx"):
        extract(path)


def _without(data: bytes, member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            if info.filename != member:
                w.writestr(info, z.read(info))
    return out.getvalue()


@pytest.mark.parametrize("name", ["strict", "docm_renamed", "headers_footers"])
def test_package_without_its_main_part_is_a_clear_error(tmp_path, name):
    """A Strict, a renamed .docm and an ordinary package whose document.xml is missing: an
    InputError naming the file, never a traceback out of python-docx."""
    path = tmp_path / f"{name}.docx"
    path.write_bytes(_without((HERE / f"{name}.docx").read_bytes(), "word/document.xml"))
    with pytest.raises(InputError) as e:
        extract(path)
    assert str(path) in str(e.value)


def test_a_field_left_open_does_not_hide_the_rest(tmp_path):
    """A damaged field (begun, its instruction never closed): the instruction is not read, and
    the paragraphs after it are."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    d = docx.Document()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d.element.body.sectPr.addprevious(parse_xml(
        f'<w:p {ns}><w:r><w:t xml:space="preserve">Jumlah KPM </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/>'
        '</w:r><w:r><w:instrText> MERGEFIELD JumlahKPM </w:instrText></w:r></w:p>'))
    d.add_paragraph("Bantuan disalurkan kepada 940 KPM atau 94,00% dari target 1.000 KPM.")
    path = tmp_path / "field_terbuka.docx"
    d.save(path)
    report = extract(path)
    assert "MERGEFIELD" not in report.text and "Jumlah KPM" in report.text
    assert [(c.stated, c.verdict) for c in report.checks] == [(94.0, "consistent")]


@pytest.mark.parametrize("font,char,shown", [
    ("Symbol", "F0B3", "≥"), ("Symbol", "F0A3", "≤"), ("Symbol", "F0B1", "±"), ("Symbol", "F025", "%"),
    ("Symbol", "F061", "α"), ("Symbol", "F041", ""),  # Symbol's letters are Greek: an unlisted one is left out
    ("Wingdings", "F0FC", "✓"), ("Wingdings", "F0A7", "▪"), ("Wingdings 2", "F050", "✓"),
    ("Wingdings", "F041", ""),  # a picture, not the letter A
    ("Times New Roman", "2265", "≥"), ("Calibri", "00B1", "±"), ("Symbol", "zz", ""),
])
def test_symbols(font, char, shown):
    from docx.oxml import parse_xml

    from kesos_extract.readers.docx import _symbol

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    assert _symbol(parse_xml(f'<w:sym {ns} w:font="{font}" w:char="{char}"/>')) == shown


def test_imported_html_in_windows_1252(tmp_path):
    """An imported HTML chunk saved in windows-1252, no-break spaces in its figures: decoded as
    such (not as UTF-8 with replacement characters inside the figures)."""
    data = (HERE / "alt_chunk.docx").read_bytes()
    html = ("<html><body><p>Realisasi belanja bantuan sosial sebesar Rp\xa0475.000.000 dari pagu Rp\xa0500.000.000 "
            "atau 95,00%.</p></body></html>").encode("cp1252")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            member = z.read(info)
            if info.filename == "[Content_Types].xml":
                member = member.replace(b'PartName="/word/afchunk.mht" ContentType="message/rfc822"',
                                        b'PartName="/word/afchunk.htm" ContentType="text/html"')
            elif info.filename == "word/_rels/document.xml.rels":
                member = member.replace(b'Target="afchunk.mht"', b'Target="afchunk.htm"')
            elif info.filename == "word/afchunk.mht":
                w.writestr("word/afchunk.htm", html)
                continue
            w.writestr(info, member)
    path = tmp_path / "unduhan.docx"
    path.write_bytes(out.getvalue())
    report = extract(path)
    assert "sebesar Rp 475.000.000 dari pagu Rp 500.000.000" in report.text
    assert [(c.check, c.verdict, c.stated) for c in report.checks] == [("budget_percent", "consistent", 95.0)]


@pytest.mark.parametrize("name, suffix", [("docm_renamed", ".docm"), ("dotx_renamed", ".dotx")])
def test_a_macro_enabled_document_or_template_is_read_under_its_own_extension(tmp_path, name, suffix):
    """A .docm or .dotx keeps its extension: read as the same file named .docx."""
    src = HERE / f"{name}.docx"
    own = tmp_path / f"report{suffix}"
    own.write_bytes(src.read_bytes())
    a, b = extract(own), extract(src)
    assert a.text == b.text and a.source.format == "docx"
    assert [(c.check, c.verdict, c.stated) for c in a.checks] == [(c.check, c.verdict, c.stated) for c in b.checks]


def test_a_docm_that_is_no_package_names_its_extension(tmp_path):
    bad = tmp_path / "report.docm"
    bad.write_text("bukan dokumen Word", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.docm extension"):
        extract(bad)
