"""A hyphen at a PDF line's end: a word the printer hyphenated loses it ("kesejah-" / "teraan"), a
reduplicated word keeps its own ("masing-" / "masing" is "masing-masing", not "masingmasing", which
no grammar reads: a rate "Masing-masing KPM menerima Rp300.000" went unseen).

FAILED BEFORE (stop 31): every hyphen at a line's end was dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kesos_extract import extract
from kesos_extract.readers.pdf import reduplicated_at_break

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

CASES = [
    ("Masing-", "masing KPM menerima", True),
    ("anak-", "anak terlantar", True),
    ("kemungkinan-", "kemungkinan", True),
    ("Laki-", "laki", True),
    ("sehari-", "hari", True),  # a prefix of up to three letters before the repeated word
    ("bersama-", "sama", True),
    ("kesejah-", "teraan sosial", False),
    ("pem-", "berdayaan", False),
    ("pelayan-", "an", False),  # a suffix the printer cut off is no reduplication
    ("kebijakan-", "kan", False),
    ("Rp -", "1.000", False),
    ("ber-", "beda", False),
]


@pytest.mark.parametrize("before,after,expected", CASES, ids=[f"{b}{a}" for b, a, _ in CASES])
def test_a_reduplicated_word_keeps_its_hyphen(before, after, expected):
    assert reduplicated_at_break(before, after) is expected


@pytest.mark.parametrize("pdf,source,words", [
    (FIXTURES / "probes2" / "probe_web.pdf", FIXTURES / "probes2" / "probe_web.txt", ["masing-masing", "program-program"]),
    (FIXTURES / "probes2" / "probe_kinerja.pdf", FIXTURES / "probes2" / "probe_kinerja.txt", ["rata-rata"]),
    (FIXTURES / "exports" / "000_73e443a0bbfd6598.pdf", ROOT / "corpus" / "000_73e443a0bbfd6598.txt",
     ["kemungkinan-kemungkinan"]),
], ids=["probe_web", "probe_kinerja", "seed_000"])
def test_the_exports_keep_the_hyphens_of_their_texts(pdf, source, words):
    """Words the PDF breaks at a line end after their hyphen read as their text writes them."""
    text = extract(pdf).text
    for w in words:
        assert w in source.read_text(encoding="utf-8"), w
        assert w in text and w.replace("-", "") not in text, w


# --- text copied out of a PDF keeps the hyphen and the line end: "masing-\nmasing" ------------------

def test_a_word_list_entry_with_a_hyphen_takes_a_line_end_after_it():
    from kesos_extract.grammar import alternation

    pattern = __import__("regex").compile(alternation(["masing-masing", "dari total", "se-"]))
    for text in ("masing-masing", "masing-\nmasing", "masing- masing", "dari  total"):
        assert pattern.fullmatch(text), text
    assert not pattern.fullmatch("masingmasing")


def test_two_lists_said_respectively_over_a_line_end():
    # (FAILED BEFORE: "masing-\nmasing" was no "masing-masing", and the two percentages went unjudged)
    from kesos_extract import extract_text

    text = ("Realisasi anggaran Program Rehabilitasi Sosial dan Program Pemberdayaan Sosial masing-\n"
            "masing sebesar Rp 950.000.000 dan Rp 480.000.000 atau 95% dan 97% dari pagu Rp 1.000.000.000\n"
            "dan Rp 500.000.000. Kegiatan berjalan sesuai jadwal yang ditetapkan oleh dinas pada awal tahun.\n")
    assert [(c.check, c.stated, c.verdict) for c in extract_text(text).checks] == [
        ("budget_percent", 95.0, "consistent"), ("budget_percent", 97.0, "mismatch")]
