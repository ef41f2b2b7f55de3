"""Loading the grammar data files in ``kesos_extract/grammars/``.

Each file is one concern (numbers, amounts, percentages, counts, targets, scales, words,
sections, programs, and the repairs of OCR misreadings). A file has:

``description``
    what it is for;
``fragments``
    named regex pieces, referenced from any file as ``{{name}}`` (names are global and must be
    unique, like Recognizers-Text's nested regexes);
``vocabulary``
    word lists and tables (units, scale words, number words) from which the loader also derives
    fragments, e.g. ``{{unit_word}}``;
``patterns``
    the regexes that find things, each with ``examples`` that the tests run.

Files are validated with pydantic (``extra="forbid"``) when loaded: a bad file raises
:class:`~kesos_extract.errors.GrammarError` naming the file and key. Everything is loaded and
compiled once per process.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from itertools import chain
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Optional

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import regex_cache
from .document_caches import forget_on_done
from .errors import GrammarError

GRAMMAR_FILES = ("numbers", "scales", "words", "amounts", "percentages", "counts", "targets", "sections", "claims", "tables",
                 "programs", "ocr", "products", "breakdowns")
_REF = regex_cache.compile(r"\{\{(\w+)\}\}")


class Example(BaseModel):
    """One example of a pattern: the text, and what the pattern must make of it."""

    model_config = ConfigDict(extra="forbid")
    text: str
    value: Optional[float] = None
    unit: Optional[str] = None
    match: Optional[str] = Field(default=None, description="the exact text the pattern must match")
    kind: Optional[str] = Field(default=None, description="for section patterns: the canonical kind")
    matches: bool = Field(default=True, description="false for a counter-example the pattern must not match")


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    regex: str
    kind: Optional[str] = None
    unit: Optional[str] = None
    scale: Optional[float] = None
    priority: int = 0
    ignore_case: bool = True
    # a short regex that every match contains ("persen" in a percentage written in words): the
    # pattern is then tried only within ``window`` characters of its matches. A pattern that
    # starts with a long alternation (numbers in words) costs a try at every letter of the text;
    # its trigger costs one cheap scan
    trigger: Optional[str] = None
    window: int = Field(default=200, ge=1)
    examples: list[Example] = Field(default_factory=list)
    compiled: Any = Field(default=None, exclude=True)
    trigger_compiled: Any = Field(default=None, exclude=True)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        end = len(text) if endpos is None else endpos
        if self.trigger_compiled is None:
            return self.compiled.finditer(text, pos, end)
        return self._near_triggers(text, pos, end)

    def _near_triggers(self, text: str, pos: int, end: int):
        """The matches within ``window`` of a trigger, windows that overlap merged (so each
        match is found once, left to right, as over the whole text)."""
        windows: list[list[int]] = []
        spans = _trigger_spans(self.trigger_compiled, text, pos, end)
        for t_start, t_end in zip(spans[0::2], spans[1::2]):
            a, b = max(pos, t_start - self.window), min(end, t_end + self.window)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], b)
            else:
                windows.append([a, b])
        for a, b in windows:
            yield from self.compiled.finditer(text, a, b)


# the last scan of each trigger (its regex and flags): the text, the bounds scanned and the spans of
# its matches. Patterns of several files share a trigger ("puluh|belas|ratus|...", a range's dash),
# and one scan of a long report costs as much as the pattern's own tries near its matches; one entry
# a trigger, so the texts held are a few. The spans are kept as machine integers, start and end one
# after the other (16 bytes a span; a list of tuples takes 120, and a long report's triggers
# match some 15,000 times)
_TRIGGER_SCANS: dict[tuple[str, int], tuple[str, int, int, "array[int]"]] = {}
forget_on_done(_TRIGGER_SCANS.clear)


def _trigger_spans(trigger: Any, text: str, pos: int, end: int) -> "array[int]":
    """The spans of ``trigger``'s matches in ``text[pos:end]``, scanned once per text: the start
    and the end of each match, one after the other."""
    key = (trigger.pattern, trigger.flags)
    last = _TRIGGER_SCANS.get(key)
    if last is not None and last[0] is text and last[1] == pos and last[2] == end:
        return last[3]
    literals = _literal_branches(trigger.pattern, trigger.flags)
    branches = _branches(trigger.pattern, trigger.flags) if literals is None else None
    if literals is not None:
        spans = _alternation_spans(literals, text, pos, end)
    elif branches is not None:
        # each branch scanned alone (a branch that opens with a literal is scanned as fast as the
        # literal, an alternation of them at every offset): the matches of every branch, which
        # hold those of the alternation (the windows only grow where two of a branch's overlap)
        spans = array("q", chain.from_iterable(sorted(t.span() for b in branches for t in b.finditer(text, pos, end))))
    else:
        spans = array("q", chain.from_iterable(t.span() for t in trigger.finditer(text, pos, end)))
    _TRIGGER_SCANS[key] = (text, pos, end, spans)
    return spans


# a trigger that is an alternation of words ("(?:puluh|belas|ratus|ribu|juta)\b", "target|sasar|rencana"):
# the regex module scans for a word as fast as for a character, for an alternation of words some
# twenty times slower
_WORDS = regex_cache.compile(r"\w+(?:\\s\+\w+)*(?:\|\w+(?:\\s\+\w+)*)*")  # "a|b|c\\s+d"


@lru_cache(maxsize=None)
def _literal_branches(source: str, flags: int) -> Optional[tuple[Any, ...]]:
    """The branches of a trigger that is only an alternation of words ("a|b", "(?:a|b)",
    "(?:a|b)\\b"), each compiled alone (with the closing ``\\b``); None for any other trigger."""
    prefix = "(?-f)" if source.startswith("(?-f)") else ""
    body, tail = source[len(prefix):], ""
    if body.endswith(")\\b"):
        body, tail = body[:-2], "\\b"
    while body.startswith("(?:") and body.endswith(")") and _balanced(body[3:-1]):
        body = body[3:-1]
    if not _WORDS.fullmatch(body) or (tail and source[len(prefix):][:3] != "(?:"):
        return None
    return tuple(regex_cache.compile(prefix + w + tail, flags) for w in body.split("|"))


_LEADING_FLAGS = regex_cache.compile(r"(?:\(\?[a-zA-Z-]+\))*")


@lru_cache(maxsize=None)
def _branches(source: str, flags: int) -> Optional[tuple[Any, ...]]:
    """The top-level branches of a trigger "A|B" (the flags it opens with, "(?-f)", kept before
    each), each compiled alone; None for a trigger of one branch."""
    prefix = _LEADING_FLAGS.match(source).group(0)
    body = source[len(prefix):]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if body[i + 1:i + 2] == "]" or body[i + 1:i + 3] == "^]":
                i += 2 if body[i + 1] == "]" else 3  # ("[]...]", "[^]...]": the bracket is a member)
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    if len(parts) < 2:
        return None
    return tuple(regex_cache.compile(prefix + part, flags) for part in parts)


def _balanced(body: str) -> bool:
    depth = 0
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


def _alternation_spans(branches: tuple[Any, ...], text: str, pos: int, end: int) -> "array[int]":
    """The spans ``(?:a|b|c)`` finds, from a scan for each word: at one offset the first word
    that matches there, and none that starts inside the span before, as the alternation's scan
    (start and end one after the other, as :func:`_trigger_spans` gives them)."""
    found = sorted((m.start(), i, m.end()) for i, b in enumerate(branches) for m in b.finditer(text, pos, end))
    spans = array("q")
    last = pos
    for start, _, stop in found:
        if start >= last:
            spans.append(start)
            spans.append(stop)
            last = stop
    return spans


class GrammarFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    fragments: dict[str, str] = Field(default_factory=dict)
    vocabulary: Optional[dict[str, Any]] = None
    patterns: list[Pattern] = Field(default_factory=list)


def data_dir(name: str):
    """Where a data folder (``grammars``, ``catalogue``) is: inside the installed package (the
    wheel maps the repository's top-level folder to ``kesos_extract/<name>``), or, in a source
    checkout or an editable install, the repository's top-level folder itself."""
    packaged = resources.files("kesos_extract").joinpath(name)
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def grammar_dir():
    return data_dir("grammars")


def _read(name: str) -> GrammarFile:
    path = grammar_dir().joinpath(f"{name}.yaml")
    try:
        # libyaml's loader where PyYAML has it: the grammars load in a tenth of the time
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError as e:
        raise GrammarError(f"{name}.yaml", None, "file not found in the installed package") from e
    except yaml.YAMLError as e:
        raise GrammarError(f"{name}.yaml", None, f"not valid YAML: {e}") from e
    try:
        return GrammarFile.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise GrammarError(f"{name}.yaml", key, first["msg"]) from e


def longest_first(word: str) -> tuple[int, str]:
    """The order of the words of an alternation: longest first, so that 'milyar' is tried before
    'M' and 'orang' before 'or'; words of one length in their alphabetical order, so that a pattern
    is the same text in every process (a set's order is not), as the compiled-pattern cache
    (regex_cache.py) needs: it finds a pattern by its text."""
    return -len(word), word


_INNER_HYPHEN = regex_cache.compile(r"(?<=\w)-(?=\w)")


def _phrase(words: str) -> str:
    """A word list's entry as a regex: its words apart by any spaces ("dari  total" as justified
    text spaces it), and a hyphen inside a word followed by any (a line end after "masing-" in
    text copied out of a PDF: "masing-\nmasing")."""
    return r"\s+".join(r"-\s*".join(regex.escape(piece) for piece in _INNER_HYPHEN.split(part))
                       for part in words.split())


def alternation(words) -> str:
    """The words as a regex alternation, :func:`longest_first`."""
    return "|".join(_phrase(w) for w in sorted(set(words), key=longest_first))


def _glued(v: dict) -> str:
    """A unit word written together with its multiplier: "Tigapuluh", "duaratus"."""
    units = [w for w in v["units"] if not w.startswith("se")]
    return f"(?:{alternation(units)})(?:puluh|belas|ratus)"


def _half_word(v: dict) -> str:
    """"setengah", only before a scale word ("satu setengah juta"): a half of nothing is no number."""
    return f"(?:{alternation(v['half'])})(?=[\\s-]+(?:{alternation(v['scales'])})\\b)"


def _fraction_words(v: dict) -> str:
    """The words of a fraction inside a number: "koma" before a digit word, "setengah" before a
    scale word."""
    digits = [w for w, n in v["units"].items() if n < 10]
    return f"(?:{alternation(v['decimal_point'])})(?=[\\s-]+(?:{alternation(digits)})\\b)|" + _half_word(v)


# Fragments derived from vocabularies: name -> (file, function of that file's vocabulary)
_DERIVED: dict[str, tuple[str, Callable[[dict], str]]] = {
    "unit_word": ("counts", lambda v: alternation(v["units"])),
    "scale_word": ("scales", lambda v: alternation(v["scale_words"])),
    # scales that only money reaches ("106 triliun", "57,8 miliar"): a number before one is an
    # amount even without "Rp"; "M" is left out, it is also a unit of length
    "money_scale_word": ("scales", lambda v: alternation(w for w, x in v["scale_words"].items()
                                                          if int(x) >= 10**9 and len(w) > 1)),
    "number_word": ("words", lambda v: _glued(v) + "|" + alternation(list(v["units"]) + list(v["multipliers"]) + list(v["scales"]))
                    + "|" + _fraction_words(v)),
    # the first word of a number in words: a bare "miliar" or "ratus" starts none ("Rp 4,5 miliar
    # (90 persen)" holds no number in words)
    "number_word_first": ("words", lambda v: _glued(v) + "|" + alternation(
        list(v["units"]) + [w for w in list(v["multipliers"]) + list(v["scales"]) if w.startswith("se")])
        + "|" + _half_word(v)),
    "program_generic_head": ("programs", lambda v: alternation(v["generic_heads"])),
    "percent_sign_misread": ("ocr", lambda v: alternation(v["percent_sign_misreads"])),
    "recipient_unit": ("products", lambda v: alternation(w for ws in v["recipient_units"].values() for w in ws)),
    "period_count": ("products", lambda v: alternation(v["period_counts"])),
    "bullet_misread": ("ocr", lambda v: alternation(v["bullet_misreads"])),
}


@lru_cache(maxsize=1)
def _all_files() -> dict[str, GrammarFile]:
    return {name: _read(name) for name in GRAMMAR_FILES}


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Every named fragment of every file, with derived ones; duplicates are an error."""
    out: dict[str, str] = {}
    owner: dict[str, str] = {}
    for fname, g in _all_files().items():
        for key, value in g.fragments.items():
            if key in out:
                raise GrammarError(f"{fname}.yaml", f"fragments.{key}", f"already defined in {owner[key]}.yaml")
            out[key], owner[key] = value, fname
    for key, (fname, fn) in _DERIVED.items():
        vocab = _all_files()[fname].vocabulary
        if vocab is None:
            raise GrammarError(f"{fname}.yaml", "vocabulary", f"needed for the fragment {key!r}")
        out[key] = fn(vocab)
    return out


def expand(pattern: str, *, where: str = "?") -> str:
    """Replace ``{{name}}`` references recursively."""
    frags = fragments()
    seen = 0

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in frags:
            raise GrammarError(where, None, f"unknown fragment {{{{{name}}}}}")
        return f"(?:{frags[name]})"

    while _REF.search(pattern):
        pattern = _REF.sub(sub, pattern)
        seen += 1
        if seen > 20:
            raise GrammarError(where, None, "fragment references loop")
    return pattern


def compile_pattern(source: str, *, ignore_case: bool = True, where: str = "?") -> regex.Pattern:
    # case-blind by simple case folding: the V1 default, full case folding ("ß" as "ss"), has no
    # use in Indonesian text whose ligatures are already taken apart (normalise.py), and it
    # takes most of the time to compile the grammars (over 100 ms at the first extraction) and
    # doubles the time to scan with a pattern that starts with letters
    flags = regex.V1 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex_cache.compile(("(?-f)" if ignore_case else "") + expand(source, where=where), flags)
    except regex.error as e:
        raise GrammarError(where, None, f"regex does not compile: {e}") from e


@lru_cache(maxsize=None)
def load_grammar(name: str) -> GrammarFile:
    """The validated grammar file ``name`` with every pattern compiled (cached)."""
    files = _all_files()
    if name not in files:
        raise GrammarError(f"{name}.yaml", None, f"unknown grammar; known: {', '.join(GRAMMAR_FILES)}")
    g = files[name]
    names = set()
    for i, p in enumerate(g.patterns):
        if p.name in names:
            raise GrammarError(f"{name}.yaml", f"patterns[{i}].name", f"duplicate pattern name {p.name!r}")
        names.add(p.name)
        if p.compiled is None:
            p.compiled = compile_pattern(p.regex, ignore_case=p.ignore_case, where=f"{name}.yaml:{p.name}")
        if p.trigger is not None and p.trigger_compiled is None:
            p.trigger_compiled = compile_pattern(p.trigger, ignore_case=p.ignore_case,
                                                 where=f"{name}.yaml:{p.name}.trigger")
            check_trigger(p, f"{name}.yaml", f"patterns[{i}]")
    return g


def check_trigger(p: Pattern, file: str, key: str) -> None:
    """Every example the pattern matches holds its trigger: a match without it would never be
    found, so the trigger would be wrong."""
    for k, ex in enumerate(p.examples):
        if ex.matches and p.compiled.search(ex.text) and not p.trigger_compiled.search(ex.text):
            raise GrammarError(file, f"{key}.examples[{k}]", f"matches {p.name!r} without its trigger {p.trigger!r}")


def all_grammars() -> dict[str, GrammarFile]:
    return {name: load_grammar(name) for name in GRAMMAR_FILES}
