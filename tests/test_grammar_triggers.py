"""Patterns with a ``trigger`` (grammars/*.yaml) are tried only near its matches, for speed:
they must find exactly what they find over the whole text."""

from pathlib import Path

import pytest

from kesos_extract import read_document
from kesos_extract.errors import GrammarError
from kesos_extract.grammar import GRAMMAR_FILES, Example, Pattern, check_trigger, compile_pattern, load_grammar

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))
TRIGGERED = [(f, p) for f in GRAMMAR_FILES for p in load_grammar(f).patterns if p.trigger]


def test_some_patterns_have_triggers():
    assert len(TRIGGERED) >= 5


@pytest.mark.parametrize("fname,pattern", TRIGGERED, ids=[f"{f}:{p.name}" for f, p in TRIGGERED])
def test_triggered_pattern_finds_what_the_whole_text_gives(fname, pattern):
    texts = [read_document(f).text for f in CORPUS] + [ex.text for ex in pattern.examples]
    # the examples joined into one text, so that windows meet and merge
    texts.append("\n".join(ex.text for ex in pattern.examples) * 3)
    for text in texts:
        near = [(m.start(), m.end()) for m in pattern.finditer(text)]
        whole = [(m.start(), m.end()) for m in pattern.compiled.finditer(text)]
        assert near == whole


def test_an_example_without_its_trigger_is_a_grammar_error():
    p = Pattern(name="words_percent", regex=r"lima puluh persen", trigger=r"prosen",
                examples=[Example(text="lima puluh persen")])
    p.compiled, p.trigger_compiled = compile_pattern(p.regex), compile_pattern(p.trigger)
    with pytest.raises(GrammarError, match="without its trigger"):
        check_trigger(p, "x.yaml", "patterns[0]")
