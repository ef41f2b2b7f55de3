"""The shortcuts that look for a pattern only where it can match (speed-pipeline) find exactly
what a scan of the whole text finds."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import regex

from kesos_extract import claims, grammar, numbers, structure
from kesos_extract.grammar import compile_pattern, load_grammar

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS] + [
    "1. Program A\n2.\nProgram B\n4.2.1 Program C\n1.06.02 Program D\nBAB IV\nPENYELENGGARAAN URUSAN\n"
    "13. URUSAN SOSIAL\n1. DINAS SOSIAL\n1.1.3 Penyusunan Laporan\n2) Tujuan: meningkatkan\n"
    "Program-program pokok :\nBaca juga: Serapan 43,7 Persen\n  berita  terkait x\n",
]


def _spans(found):
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("source", ["(?:puluh|belas|ratus|ribu|juta)\\b", "arget|sasar|rencana|nyasar", "rp|idr"])
def test_a_trigger_of_words_finds_what_its_alternation_finds(source):
    trigger = compile_pattern(source)
    words = grammar._literal_branches(trigger.pattern, trigger.flags)
    assert words is not None
    for text in TEXTS + ["sasaran target rencana menargetkan puluhan dua puluh RP idr Rp."]:
        spans = grammar._alternation_spans(words, text, 0, len(text))  # start, end, start, end, ...
        assert list(zip(spans[0::2], spans[1::2])) == [m.span() for m in trigger.finditer(text)]


def test_branches_of_a_trigger():
    assert grammar._branches("(?-f)(?:a|b)c", 0) is None
    got = grammar._branches("(?-f)[|]x|\\(y|(?:p|q)z", 0)
    assert [b.pattern for b in got] == ["(?-f)[|]x", "(?-f)\\(y", "(?-f)(?:p|q)z"]


def test_line_patterns_tried_at_line_starts_find_what_the_whole_text_gives():
    programs = structure._program_patterns()
    cases = [(structure._SUBITEM, structure._PROGRAM_ANY_CASE), (structure._CODE_ITEM, structure._PROGRAM_ANY_CASE),
             (programs["group_heading"], structure._PROGRAM_ANY_CASE),
             (programs["list_introducer"], structure._PROGRAM_ANY_CASE),
             (structure._ITEM, None), (programs["number_alone"], None)]
    cases += [(p.compiled, structure._HEADING_FINDERS[p.name]) for p in load_grammar("sections").patterns
              if p.name in structure._HEADING_FINDERS]
    for text in TEXTS:
        for pattern, finder in cases:
            assert _spans(structure._line_matches(pattern, text, finder)) == _spans(pattern.finditer(text))


def test_related_link_lines_found_as_by_the_whole_text():
    for text in TEXTS:
        assert _spans(claims._related_link_lines(text)) == _spans(claims._RELATED_LINK_LINE.finditer(text))


@pytest.mark.parametrize("text", [
    "pagu Rp 1.250.\n000.000 dan 95,\n5% tersalur", "Rp 2.000.000.\n150 orang", "lima ju-\nta rupiah, per-\nsen",
    "Rp l.250.000 dan 1OO% serta 2.OOO.OOO", "a-\nb-\nc 12.,34O", "ab1.2.\n345.678,00 x",
])
def test_repair_figures_as_before(text):
    # the broken figures and hyphenated words found at their breaks are those the patterns find
    broken = [m.span() for m in numbers._BROKEN_AMOUNT.finditer(text)]
    assert [m.span() for m in numbers._broken_figures(numbers._BROKEN_AMOUNT, text)] == broken
    assert [m.span() for m in numbers._hyphenated(text)] == [m.span() for m in numbers._HYPHENATED.finditer(text)]
    tokens = [m.span() for m in numbers._FIGURE_TOKEN.finditer(text) if regex.search("[OolIS]", m.group(0))]
    assert [m.span() for m in numbers._LETTERED_FIGURE_TOKEN.finditer(text)
            if regex.search("[OolIS]", m.group(0))] == tokens


def test_repaired_figures():
    got = numbers.repair_figures("pagu Rp 1.250.\n000.000 dan 1OO% serta ju-\nta rupiah")
    assert got == ("pagu Rp 1.250.000.000\n dan 100% serta juta \n rupiah", ((8, 22), (27, 30), (38, 44)))


# the glued-cell hint as first written: each sign with what stands before it
_GLUED_HINT_PLAIN = regex.compile(r"[\p{L}\d%)]Rp|\.\d{4,}|%\d|\p{Ll}\d{1,3}(?:,\d{1,2})?%|\p{L}{3}\d{1,3}\.\d{3}"
                                  r"|(?m:^[ \t]*\d{1,2}[.)]?(?:Program|PROGRAM|Kegiatan|KEGIATAN|Sub|SUB))").search


@settings(max_examples=400)
@given(st.text(alphabet="aBcRpP%.,)1234 \t\nrogamPRO", max_size=40))
def test_the_glued_cell_hint_looking_behind_finds_what_the_plain_hint_finds(text):
    from kesos_extract.normalise import _GLUED_HINT

    assert bool(_GLUED_HINT(text)) == bool(_GLUED_HINT_PLAIN(text))


@pytest.mark.parametrize("text", TEXTS + ["LainnyaRp1.250.000.000Rp1.187.500.00095,00%", "Sosial135.400 128.950",
                                          "1Program Pemberdayaan", "x.12345", "95%1", "abc12,5%", "Rp 1.000"])
def test_the_glued_cell_hint_on_texts(text):
    from kesos_extract.normalise import _GLUED_HINT

    for line in text.split("\n") + [text]:
        assert bool(_GLUED_HINT(line)) == bool(_GLUED_HINT_PLAIN(line))
