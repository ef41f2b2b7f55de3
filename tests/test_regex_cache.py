"""The compiled-pattern cache (kesos_extract.regex_cache): patterns come back from the file as they
were compiled, a changed pattern is compiled again, a damaged or foreign file is ignored, "off"
keeps nothing, and the grammars' patterns are the same text in every process (else no run could
find the last run's)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from kesos_extract import regex_cache

TEXT = "Pagu Rp 2.270.000.000 terealisasi Rp 2.239.872.329 atau 98,67 persen; 55 orsos dari 67 orsos."
PATTERNS = [(r"(?P<n>\d{1,3}(?:\.\d{3})+)", 0), (r"\b\p{L}+sos\b", regex.V1 | regex.IGNORECASE),
            (r"(?-f)\bpersen\b", regex.V1 | regex.IGNORECASE)]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The cache as a new process finds it, kept in a temporary directory."""
    monkeypatch.setenv("KESOS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_patterns", None)
    monkeypatch.setattr(regex_cache, "_new", False)
    monkeypatch.setattr(regex_cache, "_used", set())
    return tmp_path


def _restart(monkeypatch):
    monkeypatch.setattr(regex_cache, "_patterns", None)
    monkeypatch.setattr(regex_cache, "_new", False)
    monkeypatch.setattr(regex_cache, "_used", set())


def _spans(p: regex.Pattern) -> list:
    return [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_comes_back_from_the_file_as_compiled(fresh, monkeypatch, pattern, flags):
    first = regex_cache.compile(pattern, flags)
    regex_cache.save()
    assert regex_cache.cache_file().exists()
    _restart(monkeypatch)
    again = regex_cache.compile(pattern, flags)
    assert not regex_cache._new  # taken from the file, not compiled
    assert again.pattern == first.pattern and again.flags == first.flags
    assert _spans(again) == _spans(first) == _spans(regex.compile(pattern, flags))


def test_a_changed_pattern_or_flag_is_compiled_again(fresh, monkeypatch):
    regex_cache.compile(r"\bpagu\b", regex.IGNORECASE)
    regex_cache.save()
    _restart(monkeypatch)
    assert not regex_cache.compile(r"\bpagu\b", 0).search("PAGU")  # the flags are part of the key
    assert regex_cache._new
    assert regex_cache.compile(r"\bpagu\b", regex.IGNORECASE).search("PAGU")


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["a", "list"]),
                                     pickle.dumps({("\\d+", 0): "not a pattern"}),
                                     pickle.dumps({("\\d+", 0): regex.compile("[a-z]+")})])
def test_a_damaged_or_foreign_file_is_ignored(fresh, content):
    path = regex_cache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    p = regex_cache.compile(r"\d+", 0)
    assert p.pattern == r"\d+" and p.findall("a 12 b 3") == ["12", "3"]


def test_off_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KESOS_CACHE_DIR", "off")
    monkeypatch.setattr(regex_cache, "_patterns", None)
    assert regex_cache.cache_file() is None
    assert regex_cache.compile(r"\d+").findall("7 8") == ["7", "8"]
    regex_cache.save()
    assert not any(tmp_path.iterdir())


def test_an_unwritable_directory_is_left_alone(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("KESOS_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    monkeypatch.setattr(regex_cache, "_patterns", None)
    regex_cache.compile(r"\w+")
    regex_cache.save()  # no error
    assert blocker.read_text() == "x"


def test_the_grammars_are_the_same_text_in_every_process(tmp_path):
    """Word lists are sets: their alternations are ordered by length, then alphabetically, so a
    run with another hash seed compiles the very same patterns."""
    code = ("from kesos_extract import grammar\n"
            "print('\\n'.join(sorted(p.compiled.pattern for g in grammar.all_grammars().values() for p in g.patterns)))")
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, KESOS_CACHE_DIR="off")
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(outs) == 1


def test_an_extraction_asks_for_the_same_patterns_in_every_process(tmp_path):
    """The patterns built from the vocabularies when a report is first read (claims, evidence,
    counts) have the same text whatever the hash seed, so a second run compiles none of them."""
    corpus = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))[0]
    # (and how many patterns of a vocabulary's length were compiled, through the cache or not)
    code = ("import sys, regex\nfrom kesos_extract import extract, regex_cache\nplain = regex.compile\nlong = []\n"
            "regex.compile = lambda p, f=0, *a, **k: (long.append(p) if len(p) > 300 else None) or plain(p, f, *a, **k)\n"
            "extract(sys.argv[1])\n"
            "print(regex_cache._new, len(long))\nprint('\\n'.join(sorted(f'{p!r} {f}' for p, f in regex_cache._used)))")
    runs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, KESOS_CACHE_DIR=str(tmp_path))
        runs.append(subprocess.run([sys.executable, "-c", code, str(corpus)], env=env, capture_output=True,
                                   text=True, check=True).stdout.split("\n", 1))
    assert runs[0][1] == runs[1][1]
    assert runs[0][0].startswith("True ") and int(runs[0][0].split()[1]) > 0
    assert runs[1][0] == "False 0"  # the second run compiled none of them


def test_a_second_import_takes_the_modules_patterns_from_the_cache(tmp_path):
    """The patterns the modules compile when imported (some 700, 0.3 s) come from the cache once
    a run has kept them: a few short ones built by code are left."""
    code = ("import regex\nplain = regex.compile\ncompiled = []\n"
            "regex.compile = lambda p, f=0, *a, **k: compiled.append(p) or plain(p, f, *a, **k)\n"
            "import kesos_extract, kesos_extract.readers.pdf, kesos_extract.readers.docx\nprint(len(compiled))")
    env = dict(os.environ, KESOS_CACHE_DIR=str(tmp_path))
    counts = [int(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                 check=True).stdout) for _ in range(2)]
    assert counts[0] > 500 and counts[1] < 30


def test_a_second_run_takes_the_grammars_from_the_cache(tmp_path):
    code = ("from kesos_extract import grammar, regex_cache\n"
            "grammar.all_grammars()\n"
            "print(len(regex_cache._patterns), regex_cache._new)")
    env = dict(os.environ, KESOS_CACHE_DIR=str(tmp_path))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split()
            for _ in range(2)]
    assert runs[0][1] == "True" and runs[1] == [runs[0][0], "False"]


def test_patterns_no_run_uses_any_more_leave_the_file(fresh, monkeypatch):
    """A new grammar's run keeps its own patterns, not the old grammar's: the file does not grow
    with every version."""
    regex_cache.compile(r"\bpagu\b")
    regex_cache.save()
    _restart(monkeypatch)
    regex_cache.compile(r"\brealisasi\b")  # another grammar: only this pattern is used
    regex_cache.save()
    kept = pickle.loads(regex_cache.cache_file().read_bytes())
    assert list(kept) == [(r"\brealisasi\b", 0)]
