"""PDF and DOCX readers, on fixtures built by tests/fixtures/make_fixtures.py (committed), and the
equivalence of the five seeds as text, DOCX and PDF."""

from __future__ import annotations

from collections import Counter

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from kesos_extract import EncryptedDocumentError, InputError, NoTextError, extract, read_document
from kesos_extract.cli import cli

FIX = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def report_pdf():
    return read_document(FIX / "report_multipage.pdf")


def test_pdf_pages_and_no_running_header_or_footer(report_pdf):
    assert report_pdf.pages == 3 and report_pdf.format == "pdf"
    assert "Laporan Kinerja Dinas Sosial Kabupaten Contoh" not in report_pdf.text
    assert "Halaman" not in report_pdf.text


def test_pdf_sentence_over_a_page_break_is_one_paragraph(report_pdf):
    start = report_pdf.text.index("Kalimat ini sengaja")
    end = report_pdf.text.index("anggaran berjalan.", start)
    block = next(b for b in report_pdf.blocks if b.start <= start < b.end)
    assert block.end >= end and "\n" not in report_pdf.text[start:end]
    assert report_pdf.page_at(start) == 1 and report_pdf.page_at(end) == 2


def test_pdf_table_over_a_page_break_is_one_table(report_pdf):
    [table] = report_pdf.tables()
    texts = [[c.text for c in r] for r in table.rows]
    assert texts[0] == ["No", "Jenis PMKS", "Jumlah", "Dilayani", "%"]
    data = [r for r in texts if r[0].isdigit()]
    assert [int(r[0]) for r in data] == list(range(1, 31))
    assert report_pdf.page_at(table.start) == 2 and report_pdf.page_at(table.end) == 3


def test_pdf_bullets_are_list_items(report_pdf):
    items = [report_pdf.text[b.start:b.end] for b in report_pdf.blocks if b.kind == "list_item"]
    assert items == ["- Penyediaan makanan siap saji bagi korban bencana;", "- Pelatihan relawan tanggap darurat."]


def test_pdf_mentions_and_checks_carry_pages():
    report = extract(FIX / "report_multipage.pdf")
    pages = {m.text: m.page for m in report.mentions}
    assert pages["Rp. 1.250.000.000,00"] == 1 and pages["120 jiwa"] == 2
    table_checks = [c for c in report.checks if c.check == "row_percent"]
    assert len(table_checks) == 30 and {c.verdict for c in table_checks} == {"consistent"}
    assert {c.page for c in table_checks} == {2, 3}


def test_scanned_page_is_reported_and_the_rest_converts():
    doc = read_document(FIX / "scanned_page.pdf")
    assert doc.pages == 2 and doc.warnings == ["page 2 has no text layer (a scanned image?)"]
    assert "Rp. 2.000.000,00" in doc.text


def test_encrypted_pdf_is_a_clear_error(tmp_path):
    with pytest.raises(EncryptedDocumentError, match="encrypted"):
        read_document(FIX / "encrypted.pdf")
    result = CliRunner().invoke(cli, ["extract", str(FIX / "encrypted.pdf")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().endswith("encrypted.pdf: is an encrypted PDF that needs a password to open")


def test_damaged_pdf_is_a_clear_error(tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes((FIX / "report_multipage.pdf").read_bytes()[:1500])
    with pytest.raises(InputError) as err:
        read_document(broken)
    assert "rusak.pdf" in str(err.value)


def test_pdf_without_any_text_layer_is_a_clear_error(monkeypatch):
    """Every page a scan: nothing to extract, and the error says so (pages faked as image-only)."""
    from kesos_extract.readers import pdf as pdf_reader

    data = (FIX / "scanned_page.pdf").read_bytes()
    pages = pdf_reader.read_pages(FIX / "scanned_page.pdf", data)
    for p in pages:
        p.lines, p.tables, p.scanned = [], [], True
    monkeypatch.setattr(pdf_reader, "read_pages", lambda path, data: pages)
    with pytest.raises(NoTextError, match="scanned images without a text layer on all 2 page"):
        pdf_reader.read_pdf(FIX / "scanned_page.pdf", data)


@pytest.fixture(scope="module")
def numbered_docx():
    return read_document(FIX / "numbering_merged.docx")


def test_docx_numbering_headings_and_order(numbered_docx):
    blocks = [(b.kind, b.level, b.label, numbered_docx.text[b.start:b.end][:32]) for b in numbered_docx.blocks]
    assert blocks[:6] == [
        ("heading", 1, None, "BAB III AKUNTABILITAS KINERJA"),
        ("list_item", None, "1.", "1. Program Pemberdayaan Sosial"),
        ("list_item", None, "2.", "2. Program Rehabilitasi Sosial"),
        ("list_item", None, "3.", "3. Program Perlindungan dan Jami"),
        ("paragraph", None, None, "Catatan biasa tanpa nomor."),
        ("list_item", None, "-", "- Bantuan sosial disalurkan."),
    ]
    assert blocks[-1][3] == "Penutup laporan." and blocks[-2][0] == "table"


def test_docx_merged_and_nested_cells(numbered_docx):
    [table] = numbered_docx.tables()
    assert [[c.text for c in r] for r in table.rows] == [
        ["Jenis", "Tahun 2021", ""], ["Lansia", "Target", "Realisasi"], ["", "430", "425 | orang"]]


def test_docx_header_and_footer_are_not_body_text(numbered_docx):
    assert "KOP SURAT" not in numbered_docx.text and "footer" not in numbered_docx.text


def test_docx_programs_from_automatic_numbering():
    report = extract(FIX / "numbering_merged.docx")
    assert [p.name for p in report.programs] == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial",
                                                 "Program Perlindungan dan Jaminan Sosial"]
    assert report.programs[2].budget.percent == 99.97


def _signature(report):
    amounts = Counter(round(m.value, 2) for m in report.mentions if m.kind == "amount" and m.value is not None)
    percents = Counter(m.value for m in report.mentions if m.kind == "percentage")
    claims = Counter((c.check, c.stated, c.operands.get("numerator"), c.operands.get("denominator"), c.verdict)
                     for c in report.checks if c.check in ("budget_percent", "target_percent", "share_percent"))
    return amounts, percents, claims, [p.name for p in report.programs]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("made_by", ["exports", "renditions"])  # LibreOffice's exports; make_fixtures.py's
def test_seed_renditions_give_the_same_numbers_and_claims(made_by, seed, fmt, seed_reports):
    rendition = extract(FIX / made_by / f"{seed.rsplit('.', 1)[0]}.{fmt}")
    got, want = _signature(rendition), _signature(seed_reports[seed])
    assert got[0] == want[0], "rupiah amounts differ"
    assert got[1] == want[1], "percentages differ"
    assert got[2] == want[2], "percentage claims differ"
    assert got[3] == want[3], "programs differ"
    if fmt == "pdf":
        pages = [m.page for m in rendition.mentions]
        assert all(p is not None for p in pages) and pages == sorted(pages)
        assert "Laporan Kinerja Dinas Sosial Kabupaten Contoh" not in rendition.text
        assert rendition.source.pages == len({*range(1, rendition.source.pages + 1)})


@pytest.mark.parametrize("text,font,expected", [
    ("J Pelatihan relawan", "ABCDEF+Wingdings-Regular", "\u2022 Pelatihan relawan"),
    ("\u00a7 Bimbingan sosial", "Symbol", "\u2022 Bimbingan sosial"),
    ("Jumlah penerima", "Arial", "Jumlah penerima"),
])
def test_bullets_from_symbol_fonts(text, font, expected):
    from kesos_extract.readers.pdf import symbol_bullet

    chars = [{"text": text[0], "fontname": font}] + [{"text": ch, "fontname": "Arial"} for ch in text[1:]]
    assert symbol_bullet(text, chars) == expected


def _tables(report):
    return [(t.header, [[c.text for c in r] for r in t.rows]) for t in report.tables]


@pytest.mark.parametrize("seed", ["001_46945bdb9795494b.txt", "003_ef023881b5c4e780.txt"])
def test_docx_rendition_gives_the_same_flattened_tables(seed, seed_reports):
    """A DOCX whose table lines are paragraphs of their own (a Word copy of the web page) gives
    the flattened tables the text gives; empty paragraphs count as blank lines, so the last row
    ends where the text's does and the page's trailing lines stay out."""
    rendition = extract(FIX / "renditions" / f"{seed.rsplit('.', 1)[0]}.docx")
    assert _tables(rendition) == _tables(seed_reports[seed]) != []
    for t in rendition.tables:
        for row in t.rows:
            for c in row:
                assert rendition.text[c.start:c.end].split() == c.text.split()


def test_docx_empty_paragraphs_are_blank_lines():
    from kesos_extract.document import DocumentBuilder

    b = DocumentBuilder("x.docx", "docx")
    b.add_block("paragraph", "Satu")
    b.add_block("paragraph", "Dua")
    b.add_gap()
    b.add_block("paragraph", "Tiga")
    for _ in range(5):
        b.add_gap()
    b.add_block("paragraph", "Empat")
    assert b.build().text == "Satu\n\nDua\n\n\nTiga\n\n\n\n\nEmpat"


def _docx_of(tmp_path, paragraphs):
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    path = tmp_path / "tabs.docx"
    d.save(path)
    return path


def test_docx_tab_separated_paragraphs_are_one_table(tmp_path):
    """A table typed with tab stops, one row per paragraph: one table, a cell per tab-separated
    piece (leading tabs are empty cells), and the prose around it stays prose."""
    rows = [["No", "Indikator", "Target", "Realisasi", "Capaian"],
            ["", "Jumlah korban bencana yang dievakuasi", "425", "408", "96%"],
            ["", "Persentase korban bencana yang ditangani", "100", "100", "100 %"]]
    path = _docx_of(tmp_path, ["Capaian indikator sebagai berikut:", *("\t".join(r) for r in rows),
                               "", "Dari tabel di atas terlihat capaian yang baik."])
    doc = read_document(path)
    tables = doc.tables()
    assert len(tables) == 1
    assert [[c.text for c in r] for r in tables[0].rows] == rows
    for r in tables[0].rows:
        for c in r:
            assert doc.text[c.start:c.end] == c.text
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    report = extract(path)
    assert [c.check for c in report.checks if c.verdict == "mismatch"] == []
    assert any(c.check == "row_percent" and c.stated == 96.0 and c.verdict == "consistent" for c in report.checks)
