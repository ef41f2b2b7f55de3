"""Every example written beside a pattern in ``grammars/*.yaml`` (top level; ``kesos_extract/grammars`` in the wheel) is a test case.

The examples are the grammar's own specification: text, the exact match where given, and the
value and unit the resolver must give.
"""

from __future__ import annotations

import pytest

from kesos_extract.grammar import GRAMMAR_FILES, load_grammar
from kesos_extract.mentions import resolve
from kesos_extract.numbers import parse_number
from kesos_extract.words import parse_words


def _cases():
    for fname in GRAMMAR_FILES:
        g = load_grammar(fname)
        for p in g.patterns:
            for i, ex in enumerate(p.examples):
                yield pytest.param(fname, p, ex, id=f"{fname}:{p.name}:{i}:{ex.text[:40]}")


CASES = list(_cases())


def test_every_grammar_pattern_has_examples():
    for fname in GRAMMAR_FILES:
        for p in load_grammar(fname).patterns:
            assert p.examples, f"{fname}.yaml pattern {p.name} has no examples"


def _value_of(fname, pattern, m):
    if fname == "numbers":
        return float(parse_number(m.group(0)).value)
    if fname == "scales":
        return pattern.scale
    if fname == "words":
        return parse_words(m.group("words"))
    found = resolve(pattern, m)
    return None if found.value is None else float(found.value)


@pytest.mark.parametrize("fname,pattern,example", CASES)
def test_grammar_example(fname, pattern, example):
    # through the pattern's own finditer: a pattern with a trigger is tried only near it
    m = next(iter(pattern.finditer(example.text)), None)
    if not example.matches:
        assert m is None, f"{pattern.name} must not match {example.text!r}, matched {m.group(0)!r}"
        return
    assert m is not None, f"{pattern.name} does not match {example.text!r}"
    if example.match is not None:
        assert m.group(0) == example.match
    if example.value is not None and fname in ("numbers", "scales", "words", "amounts", "percentages",
                                               "counts", "targets"):
        assert _value_of(fname, pattern, m) == pytest.approx(example.value, rel=1e-12)
    if example.unit is not None:
        assert resolve(pattern, m).unit == example.unit
