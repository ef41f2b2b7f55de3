"""Whatever text comes in, extraction finishes and every span it gives quotes its text.

Property-based: text made of the pieces reports are made of (numbers in every notation, Rp,
percent signs, tabs, list markers, keywords of the grammars) shuffled at random.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from kesos_extract import extract_text

PIECES = ["Rp.", "Rp", ". ", ",", ", ", "-", "(", ")", "%", " %", "persen", "atau", "dari target", "sebanyak",
          "sebesar", "pagu", "anggaran", "realisasi", "terealisasi", "kegiatan", "didukung oleh", "yaitu",
          "Program", "1)", "2.", "a)", "b.", "BAB IV", "URUSAN SOSIAL", "\t", "\n", "\n\n", "Jumlah", "jiwa",
          "orang", "KK", "orsos", "Dua Puluh", "ribu", "juta", "miliar", "Rupiah", "Tabel 1.1", "2.270.000.000,00",
          "98,67", "97.57", "2,308", "13,11,00", "106.,250.000", "0", "100", "1.000", "45", "60", "Dinas Sosial",
          "Kabupaten Contoh", "Tahun 2021", "dan", "Pemberdayaan", "Rehabilitasi", "|", "| --- |", "*", "**"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=80))
def test_extraction_never_fails_and_spans_hold(pieces):
    report = extract_text(" ".join(pieces))
    text = report.text
    for m in report.mentions:
        assert text[m.start:m.end] == m.text
    for c in report.checks:
        assert text[c.start:c.end] == c.quote and c.message
    for p in report.programs:
        assert 0 <= p.start <= p.end <= len(text)
        for a in p.activities:
            assert 0 <= a.start <= a.end <= len(text)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_garbage_behind_a_pdf_or_docx_name_is_a_clear_error(tmp_path_factory, garbage):
    import pytest

    from kesos_extract import InputError, read_document

    folder = tmp_path_factory.mktemp("garbage")
    for name, head in (("x.pdf", b"%PDF-1.4\n"), ("x.docx", b"PK\x03\x04"), ("x.txt", b"")):
        path = folder / name
        path.write_bytes(head + garbage)
        try:
            read_document(path)
        except InputError as e:
            assert name in str(e) and e.problem
        except Exception as e:  # pragma: no cover - what this test is for
            pytest.fail(f"{name}: {type(e).__name__}: {e}")
