"""Programs named in running text, for reports that present no program list.

Stage "structure" of the pipeline: text only. News items and short reports name their programs
in sentences ("program rehabilitasi sosial dengan pagu Rp1.250.000.000 terealisasi ...",
"Program Keluarga Harapan (PKH) bagi keluarga miskin"), or on one line of their own ("1. Program
Pemberdayaan Fakir Miskin, ... Lainnya" with no second item). A name runs from the word
"program" to the first word that starts the sentence's next clause (``grammars/programs.yaml``:
a preposition, a budget word, a verb, a comma, a number). The word "program" often names no
program at all ("program kerja", "program dan kegiatan", "berbagai program bantuan"), so a
phrase is kept only with evidence that it is a name: the writer's capitals or quotes, the
official catalogue, an acronym in parentheses, or enough of the welfare vocabulary. Official
names listed after a program's own share its word ("program A, B, serta C"). The budgets these
mentions state are read later, from the mentions and claims (``programs.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Callable, Optional

import regex
from pydantic import BaseModel, ConfigDict, ValidationError

from . import regex_cache
from .catalogue import match_program, program_names
from .document import Document
from .errors import GrammarError
from .grammar import load_grammar
from .intervals import DisjointSpans

# "program" before a word (not "program-program", not "Program," nor a heading's last word)
_OPENER = regex_cache.compile(r"\bprogram\b(?!-)(?=[ \t]+[\"“‘']?[\p{L}\d(])", regex.I)
# a name the writer put in quotes: program "Jumat Berkah"
_QUOTED = regex_cache.compile(r"[ \t]+[\"“‘'](?P<name>[^\"”’'\n]{3,60})[\"”’']")
# a parenthesised group taken whole: an acronym "(PKH)" or an explanation "(Eks Narapidana, PSK)"
_PAREN = regex_cache.compile(r"\([^()\n]{1,90}\)")
_LIST_MARK = regex_cache.compile(r"\(\d{1,2}\)")
# a second name after a slash goes on with the first ("Program Bantuan Pangan Non Tunai (BPNT)/Sembako")
_SLASH_NAME = regex_cache.compile(r"/\p{L}")
# (or the program's figures under their labels: "(Pagu: Rp 310.000.000; Realisasi: ...)", "(anggaran Rp ...)")
_FIGURE_PAREN = regex_cache.compile(r"\(\s*(?:rp(?!\p{L})|idr\b|\d|(?:pagu|anggaran|alokasi|realisasi|dpa)\b[^)\n]{0,30}?\d)", regex.I)
_WORD = regex_cache.compile(r"[^\s(),;:!?\"“”‘’|]+")
_NUMBER = regex_cache.compile(r"^[\d.,/%-]+$")
_ABBREVIATION = regex_cache.compile(r"^(?:Rp|Kab|Kec|No|dll|dsb|Eks|Prov|Kel|Jl|dr|Hj?|Drs|Ir)\.$", regex.I)
# the end of a sentence (for the clause a program's budget is read from); a line break before a
# lower-case word is the conversion's wrapping of a sentence, not its end
# (the second dot of "Rp. . 6.972.300.000,-" ends no sentence)
# (nor one after a word before a percentage, an amount or a figure that a lower-case word follows:
# "... terealisasi\n97,25% yaitu Rp ...", "... Sosial tahun\n2018 sebesar Rp ...")
_SENTENCE_END = regex_cache.compile(r"(?<!\b(?:Rp|Kab|Kec|No|dll|dsb|Eks|Prov))(?<!\bRp\.[ \t]{1,2})\.(?=\s|$)|[;!?]|"
                              r"\n(?![ \t]*\p{Ll})(?!(?<=\p{L}[ \t]*\n)[ \t]*(?:\d[\d.,]*[ \t]*(?:%|persen\b)|Rp(?!\p{L})|"
                              r"\d[\d.,]*[ \t]+\p{Ll}))")
# what may stand before "program" on its line for the line to be an item ("1. ", "- ", "b) ")
# patterns of the helpers below, compiled once
_NEW_ITEM_AFTER_AND = regex_cache.compile(r"\s*(?:program|kegiatan|rp|\d|realisasi|pagu|anggaran)", regex.I)
_TRAILING_JOINER = regex_cache.compile(r"(?:\s+(?:dan|serta|atau))+$", regex.I)
_AND = regex_cache.compile(r"\s+(?:dan|serta)\s+")
_PROGRAM_HEAD = regex_cache.compile(r"^\W*program\s+")  # in a name already lower-cased
_PROGRAM_HEAD_ANY_CASE = regex_cache.compile(r"^\W*program\s+", regex.I)
_PROGRAM_WORD_ALONE = regex_cache.compile(r"^\W*program(?:\s+|$)", regex.I)  # "Program" alone is no name
_ALNUM_RUN = regex_cache.compile(r"[\p{L}\d]+")
_CAPITALS_ONLY = regex_cache.compile(r"[\p{Lu}\d-]+")
_LAST_WORD = regex_cache.compile(r"(\S+)[ \t]+$")
_QUOTE_AFTER = regex_cache.compile(r"[ \t]+[\"“‘']")
_CATALOGUE_CUTOFF = 88.0
_MAX_WORDS = 16


class NameExample(BaseModel):
    """A sentence and the programs the vocabulary must find in it (the tests run them)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    names: list[str]


class _Vocabulary(BaseModel):
    """The word lists of ``grammars/programs.yaml``; a missing or misspelt key is an error."""

    model_config = ConfigDict(extra="forbid")
    generic_heads: list[str]
    name_end_words: list[str]
    not_verbs: list[str]
    welfare_words: list[str]
    national_programs: list[str] = []
    ordinal_words: list[str] = []
    examples: list[NameExample] = []


@dataclass(frozen=True)
class _Words:
    end: frozenset[str]
    not_verbs: frozenset[str]
    welfare: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    """The validated vocabulary of ``grammars/programs.yaml``."""
    try:
        return _Vocabulary.model_validate(load_grammar("programs").vocabulary or {})
    except ValidationError as e:
        first = e.errors()[0]
        raise GrammarError("programs.yaml", "vocabulary." + ".".join(str(p) for p in first["loc"]), first["msg"]) from e


@lru_cache(maxsize=1)
def _words() -> _Words:
    v = vocabulary()
    low = (lambda ws: frozenset(w.lower() for w in ws))
    return _Words(low(v.name_end_words), low(v.not_verbs), low(v.welfare_words))


@lru_cache(maxsize=1)
def _line_item() -> regex.Pattern:
    """What may stand before "program" on its line for the line to be a list item: a bullet, a
    number, a letter or a roman numeral ("1.", "b)", "(c)", "iv)"), an ordinal word and a comma
    ("Pertama, Program ...", the vocabulary's ``ordinal_words``), or a form's label ("Nama
    Program : Program Rehabilitasi Sosial")."""
    ordinals = "|".join(regex.escape(w) for w in vocabulary().ordinal_words)
    return regex.compile(r"[ \t]*(?:(?:[-•▪·*➤]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)]|[IVXivx]{1,5}[.)]"
                         r"|\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,5})\)" + (rf"|(?i:{ordinals})[ \t]*," if ordinals else "")
                         + r"|(?i:(?:nama[ \t]+)?program)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}))?[ \t]*:"
                         + r"|(?:(?i:kode(?:[ \t]+program)?)[ \t]*:?[ \t]*)?(?:" + CODE_LABEL + r"))[ \t]*)?")


# a program's nomenclature code as a label before its name: "1.06.02", "1.06.02.", "1 06 02",
# "X.XX.02" (the urusan left open), "[1.06.02]", and a dash or a colon after it ("1.06.02 - Program
# ..."); a part led by a zero ("06", "02") or an "X" marks a code, never a section number ("4.2.1")
CODE_LABEL = (r"\[?(?=[\dXx. ]*(?:(?<![\d])0\d|[Xx]))(?:\d{1,2}|[Xx]{1,2})(?:\.(?:\d{1,3}|[Xx]{1,2})){2,5}\.?\]?(?:[ \t]*[-–:])?"
              r"|\[?\d{1,2}(?:[ ]0\d){2,4}\]?(?:[ \t]*[-–:])?")


@lru_cache(maxsize=1)
def _indicator_start() -> regex.Pattern:
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "indicator_start")


def before_indicator(name: str) -> int:
    """Where a name that runs into its row's indicator ends ("Program Rehabilitasi Sosial
    Persentase PMKS yang tertangani", the "Program | Indikator" cells of a table as one line):
    before the indicator (grammar ``indicator_start``), where the official catalogue knows the
    words before it as a program; else the name's end (capitalised words such as "Angka" or
    "Cakupan" may belong to a name)."""
    m = _indicator_start().search(name)
    if m is None or not _catalogue_evidence(name[:m.start()]):
        return len(name)
    return m.start()


@lru_cache(maxsize=1)
def _code_after_word() -> regex.Pattern:
    """A nomenclature code right after the word "program", a capitalised name after it."""
    return regex.compile(r"[ \t]+(?:" + CODE_LABEL + r")[ \t]*(?=\p{Lu})")


@lru_cache(maxsize=1)
def _generic() -> regex.Pattern:
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "generic_reference")


@lru_cache(maxsize=1)
def _group_heading() -> regex.Pattern:
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "group_heading")


def is_generic(text: str, pos: int = 0) -> bool:
    """Is the word "program" at ``pos`` a generic use ("program kerja", "program-program")?"""
    return bool(_generic().match(text, pos))


@dataclass
class NamedProgram:
    """A program named in the text: ``text[start:name_end]`` is "program <name>" (or, for a
    name listed after another's, "<name>")."""

    name: str
    start: int
    name_end: int
    heading: bool = False  # the name fills its line: what follows, up to the next one, is about it
    item: bool = False  # the name opens a list item's line ("- Program A dengan pagu ...", "Kedua, Program B ...")


# --- where a name ends ----------------------------------------------------------------------------

_VERB = regex_cache.compile(r"^(?:me(?:m[bpf]|n[dtcjsz]|ng|ny|[lrmnwy])|di|ber|ter)\p{Ll}{2,}$")
_ACRONYM = regex_cache.compile(r"\(\p{Lu}[\p{Lu}\d/-]+\)")


def is_verb(word: str) -> bool:
    """A me-/di-/ber-/ter- verb ("mencapai", "dilaksanakan", "berjumlah", "terdiri") starts the
    predicate, in a headline's capitals too ("Program Keluarga Harapan Disalurkan ke ...")."""
    w = word.lower()
    return bool(_VERB.match(w)) and w not in _words().not_verbs


def _stops(word: str, following: str) -> bool:
    """Does ``word`` (with the text after it) end the name before it?"""
    w = word.lower()
    if w in _words().end or _NUMBER.match(w) or w.startswith("rp") or is_verb(word):
        return True
    # "dan"/"serta" joins two names' words ("Perlindungan dan Jaminan Sosial") unless a new
    # item, a figure or a budget follows it
    return w in ("dan", "serta") and bool(_NEW_ITEM_AFTER_AND.match(following))


def _scan(text: str, pos: int, limit: int, *, through_commas: bool) -> tuple[int, str]:
    """The end of the name that starts at ``pos``, and why it stopped (the stop character,
    "word", "line" or "acronym"). Parenthesised groups are taken whole; a list marker "(2)" stops
    the name, and so does an acronym, which usually closes one ("Program Keluarga Harapan (PKH)
    dan ..."); a tab is a table's cell border."""
    end, words = pos, 0
    while pos < limit and words < _MAX_WORDS:
        at = pos + len(text[pos:limit]) - len(text[pos:limit].lstrip(" "))
        if at < limit and text[at] == "\n" and not through_commas:
            pos = at + 1  # a wrapped line (the sentence's end would have been the limit)
            continue
        if at >= limit or text[at] in "\n\t|":
            return end, "line" if at >= limit or text[at] == "\n" else "tab"  # (a tab or a pipe: a cell's border)
        ch = text[at]
        if ch == "(":
            m = _PAREN.match(text, at, limit)
            if not m or _LIST_MARK.fullmatch(m.group(0)) or _FIGURE_PAREN.match(m.group(0)):
                return end, "("  # a list marker "(2)", or the program's figures "(Rp 300 juta)"
            end = pos = m.end()
            if _ACRONYM.fullmatch(m.group(0)) and not through_commas and not _SLASH_NAME.match(text, end):
                return end, "acronym"
            continue
        if ch == "," and through_commas:
            pos = at + 1
            continue
        m = _WORD.match(text, at, limit)
        if not m:
            return end, ch
        word = m.group(0)
        if word in ("–", "—", "-", "--"):
            return end, "dash"  # a dash between spaces opens what is said of the program ("Program A – bantuan ...")
        if word.endswith(".") and not _ABBREVIATION.match(word):
            word = word.rstrip(".")
            if _stops(word, ""):
                return end, "."
            return at + len(word), "."
        if _stops(word, text[m.end():m.end() + 20]):
            return end, "word"
        end = pos = m.end()
        words += 1
    return end, "line" if pos >= limit else "word"


# a word hyphenated at a line's end ("Pemerin-" / "tahan"): one word again
# a word the copy hyphenated at a line break ("pem-\nberdayaan"), or whose break a hard-wrapped
# text's reflow made a space ("Disabi- litas": readers/hard_wrap.py keeps offsets, one character
# for one); a space after a hyphen inside a word is never the writer's
_HYPHENATED_AT_BREAK = regex_cache.compile(r"(?P<head>\p{L}*\p{Ll})-(?:[ \t]*\n[ \t]*|[ ])"
                                           # (not a prefix left to a word after "dan": "pra- dan pascabencana")
                                           r"(?!(?:dan|serta|atau|maupun|dan/atau)\b)(?=(?P<tail>\p{Ll}+))")


def unbroken_words(text: str) -> str:
    """``text`` with the words hyphenated at a line break made whole again; a reduplication keeps
    its hyphen ("anak-\nanak" is "anak-anak", "sehari-\nhari" "sehari-hari")."""
    def join(m: regex.Match) -> str:
        head, tail = m.group("head").lower(), m.group("tail")
        return m.group("head") + ("-" if head.endswith(tail) or tail.startswith(head) else "")
    return _HYPHENATED_AT_BREAK.sub(join, text)


def tidy_name(name: str) -> str:
    name = " ".join(unbroken_words(name).split()).strip(" ,;:.-")
    # a name never ends with a joining word ("Program A dan" before an amount)
    return _TRAILING_JOINER.sub("", name).strip(" ,;:.-")


def _catalogue_score(name: str) -> float:
    m = match_program(name, score_cutoff=0)
    return m.score if m else 0.0


def name_end(text: str, start: int, limit: int) -> int:
    """End of the name that starts at ``start`` in a sentence. A comma or an acronym ends it,
    unless the official catalogue knows the longer name ("Program Pemberdayaan Fakir Miskin,
    Komunitas Adat Terpencil (KAT) dan ... Lainnya"); a national program's name ends before the
    "dan" after it ("Program Keluarga Harapan dan Bantuan Pangan Non Tunai")."""
    end = _name_end(text, start, limit)
    national = _national_then_and().match(text, start, end)
    if national:
        return national.end("name")
    # "program ketahanan pangan dan bantuan langsung tunai": a national program after "dan" is
    # another program, named without the word
    joined = _and_national().search(text, start, end)
    return joined.start() if joined and text[start:joined.start()].strip() else end


@lru_cache(maxsize=1)
def _and_national() -> regex.Pattern:
    """"dan"/"serta" and a national program's name, to the end of the name scanned."""
    return regex_cache.compile(rf"\s+(?:dan|serta)\s+(?:program\s+)?{_national_names()}\s*$", regex.I)


def _national_names() -> str:
    """The vocabulary's ``national_programs`` as one alternation, the longest first, its acronym
    in brackets after it if any ("keluarga harapan (PKH)")."""
    names = "|".join(r"\s+".join(regex.escape(w) for w in n.split())
                     for n in sorted(vocabulary().national_programs, key=len, reverse=True))
    return rf"(?:{names})(?:\s*\([^()\n]{{1,20}}\))?" if names else r"(?!)"


@lru_cache(maxsize=1)
def _national_then_and() -> regex.Pattern:
    """A national program's name (after the word "Program" or from its first word), then
    "dan"/"serta" and more words."""
    return regex_cache.compile(rf"\s*(?P<name>(?:program\s+)?{_national_names()})\s+(?:dan|serta)\s+\S", regex.I)


def _longest_known(text: str, start: int, limit: int) -> tuple[int, float, int, str]:
    """The scan of a name past its commas and acronyms: the end the catalogue knows best with its
    score, and where and why the scan stopped."""
    end, why = _scan(text, start, limit, through_commas=False)
    best, best_score = end, _catalogue_score(text[start:end])
    for _ in range(4):
        if why == ",":
            end, why = _scan(text, text.index(",", end) + 1, limit, through_commas=False)
        elif why == "acronym":
            end, why = _scan(text, end, limit, through_commas=False)
        else:
            break
        score = _catalogue_score(text[start:end])
        if score >= _CATALOGUE_CUTOFF and score > best_score:
            best, best_score = end, score
    return best, best_score, end, why


WRAPPED_NAME_LINES = 3  # lines after its first that a name the copy wrapped may run on


def _name_end(text: str, start: int, limit: int) -> int:
    best, best_score, end, why = _longest_known(text, start, limit)
    if why == "line" and (wrapped := _wrapped_name_end(text, start, best, best_score)) is not None:
        return wrapped
    if why in ("line", "(") and (wrapped := _name_over_lines(text, start, best_score)) is not None:
        # (a bracket the line break leaves open: "... Penyakit Sosial (Eks Narapidana, PSK," / "Narkoba ...)")
        return wrapped
    if best_score < _CATALOGUE_CUTOFF and (known := _known_name_then_predicate(text, start, best)) is not None:
        return known
    return best if best_score >= _CATALOGUE_CUTOFF else _through_acronym(text, start, _first_of_two(text, start, best), limit)


_KNOWN_PREFIX_SCORE = 95.0
_LOWER_WORD = regex_cache.compile(r"\p{Ll}[\p{Ll}-]*")


def _known_name_then_predicate(text: str, start: int, end: int) -> Optional[int]:
    """The end of the longest start of ``start``-``end`` that the catalogue knows as a program,
    written with capitals, where only words in lower case follow it: "Program Perlindungan dan
    Jaminan Sosial relatif rendah karena ...", whose predicate ("relatif rendah") starts with no
    verb or figure to stop the scan. None where no such start is known."""
    words = list(_WORD.finditer(text, start, end))
    for k in range(len(words) - 1, 1, -1):
        tail = words[k:]
        if not all(_LOWER_WORD.fullmatch(w.group(0)) for w in tail):
            break
        if not any(w.group(0)[:1].isupper() for w in words[:k]):
            break  # a name in lower case throughout ("program rehabilitasi sosial rumah tidak layak huni"): no contrast
        if _catalogue_score(text[start:words[k - 1].end()]) >= _KNOWN_PREFIX_SCORE:
            return words[k - 1].end()
    return None


_BLANKS = regex_cache.compile(r"[ \t]*")


def _wrapped_name_end(text: str, start: int, end: int, score: float) -> Optional[int]:
    """The end of a name the copy wrapped onto the next line ("... untuk Program Perlindungan dan
    Jaminan" / "Sosial tahun 2018 sebesar ..."): the next line's words that make it a name the
    catalogue knows better; None where they do not."""
    at = _BLANKS.match(text, end).end()  # (not text[end:].lstrip(): a copy of the rest of the report)
    if at >= len(text) or text[at] != "\n":
        return None
    line_end = text.find("\n", at + 1)
    longer, _ = _scan(text, at + 1, len(text) if line_end < 0 else line_end, through_commas=False)
    if longer <= at + 1:
        return None
    better = _catalogue_score(tidy_name(text[start:longer]))
    return longer if better >= _CATALOGUE_CUTOFF and better > score else None


def _name_over_lines(text: str, start: int, score: float) -> Optional[int]:
    """The end of a name the copy wrapped over its lines after a comma or an acronym ("... Fakir
    Miskin, Komunitas Adat" / "Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial" /
    "Lainnya, yang terealisasi ..."): the name read with its line breaks as spaces, where the
    catalogue knows it better than the name cut at the first break; None where it does not."""
    window_end = start
    for _ in range(WRAPPED_NAME_LINES + 1):
        nl = text.find("\n", window_end + 1)
        if nl < 0:
            window_end = len(text)
            break
        window_end = nl
    flat = text[start:window_end].replace("\n", " ")  # (same length: offsets stay the text's)
    best, best_score, _, _ = _longest_known(flat, 0, len(flat))
    if "\n" not in text[start:start + best] or best_score < _CATALOGUE_CUTOFF or best_score <= score:
        return None
    return start + best


# a few words and an acronym in parentheses after where a name stopped: initials ("RTLH", with
# parts joined by a hyphen: "Bantuan Langsung Tunai Dana Desa (BLT-DD)") or an Indonesian
# syllable acronym, capitalised as a word ("Rutilahu" of RUmah TIdak LAyak HUni, "Jamkesda")
_ACRONYM_AHEAD = regex_cache.compile(r"(?P<words>(?:[ \t]+\p{L}+){1,4}?)[ \t]*\("
                               r"(?P<acronym>\p{Lu}{2,8}(?:-\p{Lu}{1,6})?|\p{Lu}\p{Ll}{3,9})\)")


def _abbreviated_words(letters: str, words: list[str]) -> int:
    """How many of the last ``words`` the acronym ``letters`` abbreviates: each of them gives it
    the beginning of the word (a letter, or a syllable or two of at most four letters), in order,
    and together they make it whole; 0 where no number of words does."""
    low = [w.lower() for w in words]

    def takes(i: int, j: int) -> bool:  # letters[j:] made of the beginnings of low[i:]
        if i == len(low):
            return j == len(letters)
        return any(low[i].startswith(letters[j:k]) and takes(i + 1, k)
                   for k in range(j + 1, min(len(letters), j + 4) + 1))

    for count in range(2, min(len(low), len(letters)) + 1):
        if takes(len(low) - count, 0):
            return count
    return 0


def _through_acronym(text: str, start: int, end: int, limit: int) -> int:
    """A name stopped at a word of the sentence's grammar ("program rumah" before "tidak") runs on
    to an acronym made of the beginnings of its words ("program rumah tidak layak huni (RTLH)",
    "... (Rutilahu)"), when the acronym reaches back into the name: the words between are the name's."""
    m = _ACRONYM_AHEAD.match(text, end, limit)
    if m is None:
        return end
    added = m.group("words").split()
    words = _WORD.findall(text[start:end]) + added
    letters = m.group("acronym").lower().replace("-", "")
    return m.end() if _abbreviated_words(letters, words) > len(added) else end


def _first_of_two(text: str, start: int, end: int) -> int:
    """"pemberdayaan sosial dan rehabilitasi sosial" is two names the catalogue knows, not one
    it does not: the name ends before the "dan"."""
    for m in _AND.finditer(text[start:end]):
        if _catalogue_score(text[start:start + m.start()]) >= _CATALOGUE_CUTOFF:
            return start + m.start()
    return end


# --- is it a name? ------------------------------------------------------------------------------

def _catalogue_evidence(name: str) -> bool:
    """The catalogue knows the name, or a name that begins with it ("program penunjang urusan
    pemerintahan daerah" for "... Daerah Kabupaten/Kota")."""
    if match_program(name, score_cutoff=_CATALOGUE_CUTOFF):
        return True
    key = _key(name)
    return len(key.split()) >= 2 and any(_key(n).startswith(key + " ") for n in program_names())


def _key(name: str) -> str:
    """Lower case, letters and digits only, no leading "program", no parenthesised acronym: two
    mentions of one program share it."""
    name = _PAREN.sub(" ", name.lower())
    name = _PROGRAM_HEAD.sub("", name)
    return " ".join(_ALNUM_RUN.findall(name))


def _words_of(name: str) -> list[str]:
    body = _PROGRAM_WORD_ALONE.sub("", _PAREN.sub(" ", name))
    return _WORD.findall(body)


def _acronyms_only(words: list[str]) -> bool:
    """"PKH BPNT" is acronyms; "PEMBERDAYAAN SOSIAL", a heading in capitals, is not."""
    return all(_CAPITALS_ONLY.fullmatch(w) for w in words) and not any(
        w.lower() in _words().welfare or len(w) > 6 for w in words)


# a nominal head: "-an" ("Bantuan", "Pemberdayaan", "Kesejahteraan") or a loanword in "-si"
_NOMINAL = regex_cache.compile(r"\p{Ll}{3,}an|\p{Ll}+si")


def _proper_single(word: str) -> bool:
    """"Program Sembako", "Program Rastra": one capitalised word is a name, unless it is a
    nominal head that needs its complement ("Program Bantuan", "Program Pemberdayaan") or an
    acronym ("Program PKH")."""
    return (len(word) >= 5 and word[0].isupper() and word[1:].islower() and word.isalpha()
            and not _NOMINAL.fullmatch(word.lower()))


def _is_name(name: str, titled_context: bool) -> bool:
    """Is "program <name>" a program's name rather than a passing use of the word?

    ``titled_context``: the word before "program" is capitalised mid-sentence, so the phrase
    may belong to a longer title ("Evaluasi Program Kesejahteraan Sosial", an activity);
    capitals then prove nothing."""
    words = _words_of(name)
    if len(words) == 1 and not titled_context and _proper_single(words[0]):
        return True
    if len(words) < 2 or _acronyms_only(words):
        return False  # one word ("program bansos") or acronyms only ("Program PKH PKS") name nothing
    if _ACRONYM.search(name) or _syllable_acronym(name, words) or _catalogue_evidence(name):
        return True
    if titled_context:
        return False
    if words[0][:1].isupper():
        return True  # the writer's capitals mark a proper name
    welfare = sum(w.lower() in _words().welfare for w in words)
    return len(words) >= 3 and welfare >= 2


_SYLLABLE_ACRONYM = regex_cache.compile(r"\((\p{Lu}\p{Ll}{3,9})\)")


def _syllable_acronym(name: str, words: list[str]) -> bool:
    """"program jaminan kesehatan daerah (Jamkesda)": the writer abbreviated the words before the
    parenthesis, as one does a name."""
    m = _SYLLABLE_ACRONYM.search(name)
    return m is not None and _abbreviated_words(m.group(1).lower(), words) >= 2


def _titled_context(text: str, start: int) -> bool:
    m = _LAST_WORD.search(text[max(0, start - 60):start])
    if not m or not m.group(1)[:1].isupper() or not m.group(1)[-1:].isalpha():
        return False
    # a capitalised word that opens its sentence (or line, or quote) says nothing about a title
    word_start = max(0, start - 60) + m.start(1)
    # the character before the word and its spaces (looked for in place: text[:word_start] would
    # copy the report up to here, at every name)
    k = word_start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1] not in ".!?\n\"“'‘(:"


# --- the mentions ---------------------------------------------------------------------------------

# a title line the conversion broke: it ends on a joining word or mark, or leaves a parenthesis open
_OPEN_END = regex_cache.compile(r"(?:,|\b(?:dan|serta|atau|bagi|&)|[/(-])[ \t]*$", regex.I)
_NEXT_ITEM = regex_cache.compile(r"[ \t]*(?:[-•▪·*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zA-Z][.)]|\(\d{1,2}\))[ \t]")


def wrapped_title(text: str, title: str, end: int, clean: Callable[[str], str] = tidy_name) -> tuple[str, int]:
    """A program's title with the next lines when the conversion or the layout broke it there
    ("1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan" / "Penyandang
    Masalah ...", or a long name in a narrow column over three lines). ``end`` is the end of the
    title's line; ``clean`` cuts a title to its name before the catalogue compares it."""
    if not _PROGRAM_HEAD_ANY_CASE.match(title + ' '):
        return title, end
    for _ in range(3):
        joined, nxt_end = _joined_line(text, title, end, clean)
        if joined is None:
            break
        title, end = joined, nxt_end
        if end < len(text) and text[end] != "\n":
            break  # the name ended inside the line, where the row's indicator starts
    return title, end


def _joined_line(text: str, title: str, end: int, clean: Callable[[str], str]) -> tuple[Optional[str], int]:
    nxt_end = text.find("\n", end + 1)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    nxt = text[end + 1:nxt_end]
    if end >= len(text) or not nxt.strip() or _NEXT_ITEM.match(nxt) or len(nxt.strip()) > 120:
        return None, end
    indicator = _indicator_start().search(nxt)
    if indicator is not None and indicator.start() > 0:
        # a Renstra row's name wrapped in its cell, the row going on into its indicator ("... dan
        # Penyandang" / "Masalah Kesejahteraan Sosial (PMKS) Lainnya Persentase keluarga miskin"):
        # the line's words up to the indicator may be the name's
        nxt, nxt_end = nxt[:indicator.start()], end + 1 + indicator.start()
    joined = title.rstrip() + " " + nxt.strip()
    if _HYPHEN_BREAK.search(title) and nxt.strip()[:1].islower():
        joined = title.rstrip()[:-1] + nxt.strip()  # a word hyphenated at the line's end: "Pemerin-" / "tahan Daerah"
    if _OPEN_END.search(title) or title.count("(") > title.count(")"):
        return joined, nxt_end
    if _PROGRAM_WORD_ONLY.fullmatch(title) and nxt.strip()[:1].isupper() and not _DIGIT.search(nxt):
        return joined, nxt_end  # "1. Program" / "Pemberdayaan Fakir Miskin, ... Lainnya" (a narrow column's break)
    joining = _JOINED_START.match(nxt)
    if joining and _TITLE_TAIL.fullmatch(nxt, joining.end() - 1):
        return joined, nxt_end  # broken before its "dan" ("... TERPENCIL (KAT)" / "DAN PENYANDANG ...")
    # broken after a whole word ("2. Program Penanganan" / "Bencana", "... Kesejahteraan" /
    # "Sosial"): the official catalogue knows the lines' name better than the first line's
    if _TITLE_TAIL.fullmatch(nxt):
        # (or as well, where the lines make an official name word for word: a cut name scores as
        # its whole, "... Pemerintahan Daerah" as "... Pemerintahan Daerah Kabupaten/Kota")
        score, alone = _catalogue_score(clean(joined)), _catalogue_score(clean(title))
        if score >= _CATALOGUE_CUTOFF and (score > alone or score == alone == 100.0):
            return joined, nxt_end
    # ... and the item's figures after the rest of its name ("• Program Penunjang Urusan Pemerintahan
    # Daerah" / "Kabupaten/Kota (Rp 9,8 M);"): the line is the item's, its name up to the figures
    figures = _FIGURES_START.search(nxt)
    if figures is not None and figures.start() > 0 and _TITLE_TAIL.fullmatch(nxt, 0, figures.start()):
        # (a tie too: a cut name scores as its whole, "... Pemerintahan Daerah" as "... Daerah
        # Kabupaten/Kota"; words that are no part of a name lower the score)
        score = _catalogue_score(clean(title.rstrip() + " " + nxt[:figures.start()].strip()))
        if score >= _CATALOGUE_CUTOFF and score >= _catalogue_score(clean(title)):
            return joined, nxt_end
    # a flattened row's name broken so, its figures closing the next line ("1 06 01 PROGRAM
    # PENUNJANG URUSAN PEMERINTAHAN DAERAH" / "KABUPATEN/KOTA 4.700.000.000 4.935.000.000"): the
    # words before the figures, in the title's case (a row of its own, "Jumlah 4.700.000.000",
    # is no rest of it), where the catalogue knows the name they make as well
    figures = _ROW_FIGURES.search(nxt)
    words = nxt[:figures.start()].strip() if figures is not None else ""
    if words and _TITLE_TAIL.fullmatch(words) and not _DIGIT.search(title) and not _TOTAL_WORD.match(words) \
            and words.isupper() == title.isupper():
        tail = title.rstrip() + " " + words
        score = _catalogue_score(clean(tail))
        if score >= _CATALOGUE_CUTOFF and score >= _catalogue_score(clean(title)):
            return tail, end + 1 + figures.start()
    return None, end


# where a line's figures start: "(Rp 9,8 M)", ", Rp 1.200.000", " 6.412.850.000"
_FIGURES_START = regex_cache.compile(r"[ \t]*[(,:;]?[ \t]*(?:rp\.?[ \t]*\d|\d)", regex.I)
# the figures that close a flattened row's line: amounts, decimals, percentages or dashes
_ROW_FIGURES = regex_cache.compile(r"(?:[ \t]+(?:Rp\.?[ \t]*)?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?%?|[-–—]))+[ \t]*$")
_TOTAL_WORD = regex_cache.compile(r"(?i:jumlah|total|sub[ -]?total)\b")
_HYPHEN_BREAK = regex_cache.compile(r"\p{Ll}-[ \t]*$")
_PROGRAM_WORD_ONLY = regex_cache.compile(r"[ \t]*program[ \t]*:?[ \t]*", regex.I)
_DIGIT = regex_cache.compile(r"\d")
# the rest of a broken title: a few capitalised words, no figures, no sentence
_TITLE_TAIL = regex_cache.compile(r"[ \t]*\p{Lu}[\p{L}/()&,-]*(?:[ \t]+[\p{L}/()&,-]+){0,7}[ \t]*")
# the next line of a title goes on with a joining word and a capitalised word
_JOINED_START = regex_cache.compile(r"[ \t]*(?:dan|serta|DAN|SERTA|Dan|Serta)[ \t]+\p{Lu}")



def line_name(text: str, start: int) -> Optional[int]:
    """End of a name that fills the rest of its line ("1. Program Pemberdayaan Fakir Miskin,
    Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya"), or None when the line goes on
    into a sentence."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    end, why = _scan(text, start, line_end, through_commas=True)
    if why == "(" and _TRAILING_CODE.fullmatch(text, end, line_end):
        return end  # "Program Pemberdayaan Sosial (1.06.02)": the code closes the line
    # a full stop or a colon may close the line: "Pertama, Program A.", "Program B:" heading its paragraph
    return end if why in ("line", "tab") or (why in (".", ":") and not text[end + 1:line_end].strip()) else None


# a nomenclature code in brackets after a name, closing its line: " (1.06.02)", " [1.06.02]"
_TRAILING_CODE = regex_cache.compile(r"[ \t]*[(\[][ \t]*(?:\d{1,2}|[Xx]{1,2})(?:[. ](?:\d{1,3}|[Xx]{1,2})){2,5}\.?[ \t]*[)\]][ \t]*[.:]?[ \t]*")


def _quoted(text: str, m: regex.Match) -> Optional[NamedProgram]:
    """program "Jumat Berkah": the quotes mark the name and where it ends."""
    q = _QUOTED.match(text, m.end())
    if q is None or _acronyms_only(_WORD.findall(q.group("name"))) or is_generic("program " + q.group("name")):
        return None
    return NamedProgram(name=text[m.start():q.end()], start=m.start(), name_end=q.end())


@lru_cache(maxsize=1)
def _toc_line() -> regex.Pattern:
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "toc_line")


def _on_toc_line(text: str, pos: int) -> bool:
    """Is ``pos`` on a table of contents' line ("4.1 Program Pemberdayaan Sosial ....... 45")?"""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line = text[pos:line_end]
    return ("...." in line or "…" in line or ". . . ." in line) and _toc_line().search(line) is not None


def _mention(text: str, m: regex.Match) -> Optional[NamedProgram]:
    start = m.start()
    if is_generic(text, start) or _on_toc_line(text, start):
        return None  # (the contents name a program where the report's text about it is not)
    if _QUOTE_AFTER.match(text[m.end():m.end() + 8]):
        return _quoted(text, m)
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = bool(_line_item().fullmatch(text, line_start, start))
    # "Program 1.06.04 Rehabilitasi Sosial": the nomenclature code between the word and the name
    # is a label, no word of the name
    code = _code_after_word().match(text, m.end())
    after = code.end() if code else m.end()
    end = line_name(text, after) if at_line_start else None
    if end is None:
        stop = _SENTENCE_END.search(text, after)
        end = name_end(text, after, stop.start() if stop else len(text))
    heading = at_line_start and end == line_name(text, after)
    if heading:  # a name broken over lines of its own ("... Komunitas Adat" / "Terpencil dan ...")
        line_end = text.find("\n", end)
        if line_end >= 0 and not text[end:line_end].strip():
            wrapped_end = wrapped_title(text, text[start:line_end], line_end)[1]
            # (the next line may end with the item's figures: "Kabupaten/Kota (Rp 9,8 M);")
            figures = _FIGURES_START.search(text, line_end, wrapped_end)
            # (and the words before them may be a sentence's: "... dan Jami-" / "nan Sosial dengan
            # pagu Rp ...": the name ends where it would in the sentence)
            end = max(end, name_end(text, after, figures.start()) if figures is not None else wrapped_end)
            # (whose name and figures then read as a sentence's, as on one line, not a heading's)
            heading = figures is None or figures.start() < line_end
    end = start + before_indicator(text[start:end])
    name = tidy_name(text[start:m.end()] + " " + text[after:end]) if code else tidy_name(text[start:end])
    if not _is_name(name, not at_line_start and _titled_context(text, start)) or _group_heading().fullmatch(name):
        return None  # (a group's name, "Program Penunjang:", names no program of its own)
    return NamedProgram(name=name, start=start, name_end=start + len(text[start:end].rstrip(" ,;:.-")),
                        heading=heading,
                        item=at_line_start and bool(text[line_start:start].strip()))


# a form's label before a name that does not repeat the word: "Program : Perlindungan dan Jaminan
# Sosial", "Nama Program: Pemberdayaan Sosial", "PROGRAM 2: REHABILITASI SOSIAL", "Program<TAB>: ..."
# ("Program : Program A" is found at its own word; "Sasaran Program :", "Indikator Program :" label
# something else)
_LABEL = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*➤][ \t]*)?(?i:(?:nama[ \t]+)?program)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}))?"
                       r"[ \t]*:[ \t]*(?=\p{L})(?!(?i:program)\b)")


def _labelled(text: str, m: regex.Match) -> Optional[NamedProgram]:
    """The program a form's label line names, as written after the label."""
    start = m.end()
    if _on_toc_line(text, start):
        return None
    end = line_name(text, start)
    heading = end is not None
    if end is None:  # "Program : Pemberdayaan Sosial dengan pagu Rp ...": a sentence after the label
        stop = _SENTENCE_END.search(text, start)
        end = name_end(text, start, stop.start() if stop else len(text))
    else:  # a name broken over lines of its own
        line_end = text.find("\n", end)
        if line_end >= 0 and not text[end:line_end].strip():
            end = max(end, wrapped_title(text, "Program " + text[start:line_end], line_end)[1])
    name = tidy_name(text[start:end])
    full = "Program " + name
    if not name or not _is_name(full, False) or is_generic(full) or _group_heading().fullmatch(full):
        return None
    return NamedProgram(name=name, start=start, name_end=start + len(text[start:end].rstrip(" ,;:.-")),
                        heading=heading, item=True)


def _same(a: str, b: str) -> bool:
    """Two mentions name one program: the same words, up to a typo ("pemeberdayaan")."""
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.92


_PIECE_SEP = regex_cache.compile(r"[ \t]*[,;][ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+", regex.I)


def _listed_after(text: str, named: NamedProgram) -> list[NamedProgram]:
    """Names listed after a program's own that share its word "program" ("program pemberdayaan
    sosial, rehabilitasi sosial, serta penanganan bencana"): each must be a name the official
    catalogue knows, since a list may go on with things that are not programs ("..., beras
    sejahtera, bantuan lansia")."""
    stop = _SENTENCE_END.search(text, named.name_end)
    limit = stop.start() if stop else len(text)
    out: list[NamedProgram] = []
    pos = named.name_end
    while (sep := _PIECE_SEP.match(text, pos, limit)) is not None:
        if _OPENER.match(text, sep.end()):
            break  # the next item says "program" itself and is found on its own
        end = name_end(text, sep.end(), limit)
        piece = tidy_name(text[sep.end():end])
        if not piece or match_program("Program " + piece, score_cutoff=_CATALOGUE_CUTOFF) is None:
            break
        out.append(NamedProgram(name=piece, start=sep.end(), name_end=sep.end() + len(text[sep.end():end].rstrip(" ,;:.-"))))
        pos = out[-1].name_end
    return out


# the figures a name listed under a count goes on with ("..., yakni pemberdayaan sosial dengan
# anggaran Rp 400 juta, rehabilitasi sosial Rp 1,2 miliar, ..."), before the separator
_LISTED_FIGURES = regex_cache.compile(r"(?:[ \t]*\(?[ \t]*(?:dengan[ \t]+)?(?:anggaran|pagu|alokasi|sebesar|senilai)?[ \t]*"
                                r"Rp\.?[ \t]*[\d.,]+(?:[ \t]*(?:miliar|milyar|juta|triliun|ribu))?[ \t]*\)?)?", regex.I)


def _counted_list(text: str) -> list[NamedProgram]:
    """Names listed after a count of programs that says the word once for all ("tiga program,
    yakni pemberdayaan sosial dengan anggaran Rp 400 juta, rehabilitasi sosial Rp 1,2 miliar,
    serta perlindungan dan jaminan sosial Rp 800 juta"): each a name the official catalogue knows,
    the list ending at the first that is not, or at one that says "Program" itself (found on its own)."""
    out: list[NamedProgram] = []
    counted = next(p.compiled for p in load_grammar("programs").patterns if p.name == "counted_list")
    for m in counted.finditer(text):
        stop = _SENTENCE_END.search(text, m.end())
        limit = stop.start() if stop else len(text)
        pos = m.end()
        while pos < limit and not _OPENER.match(text, pos):
            end = name_end(text, pos, limit)
            piece = tidy_name(text[pos:end])
            if not piece or match_program("Program " + piece, score_cutoff=_CATALOGUE_CUTOFF) is None:
                break
            out.append(NamedProgram(name=piece, start=pos, name_end=pos + len(text[pos:end].rstrip(" ,;:.-"))))
            sep = _PIECE_SEP.match(text, _LISTED_FIGURES.match(text, out[-1].name_end, limit).end(), limit)
            if sep is None:
                break
            pos = sep.end()
    return out


# a news page's link to another article, left in the copied text
_RELATED_LINK = regex_cache.compile(r"[ \t]*(?:baca[ \t]+juga|lihat[ \t]+juga|berita[ \t]+terkait|artikel[ \t]+terkait)\b", regex.I)
# a line of a list: its marker and text
_MARKED_LINE = regex_cache.compile(r"[ \t]*(?:[-•▪·*➤]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])[ \t]+\S[^\n]*")
_BLANK_RUN = regex_cache.compile(r"(?:[ \t]*\n)+")


def _duty_lists(text: str) -> DisjointSpans:
    """The lists of an agency's duties or functions (grammar ``duty_list_introducer`` and the
    marked lines under it, blank lines between them aside)."""
    spans = []
    heading = next(p.compiled for p in load_grammar("programs").patterns if p.name == "duty_list_introducer")
    for h in heading.finditer(text):
        pos = end = h.end()
        while (blank := _BLANK_RUN.match(text, pos)) and (item := _MARKED_LINE.match(text, blank.end())):
            pos = end = item.end()
        if end > h.end():
            spans.append((h.start(), end))
    return DisjointSpans(spans)


@lru_cache(maxsize=1)
def _other_agency() -> regex.Pattern:
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "other_agency")


# a social agency named in a sentence ("Dinas Sosial", "Dinsos", "Kemensos", "Kementerian Sosial")
_SOCIAL_AGENCY = regex_cache.compile(r"\b(?:dinsos|kemensos|(?:dinas|kementerian|badan|kantor)\b(?:[ \t]+\p{L}+){0,5}?[ \t]+sosial)\b",
                               regex.I)
_CLAUSE_OPENING = regex_cache.compile(r"[.!?;\n]")
# the agency (its head) is the one who speaks: "Menurut Kepala Bappeda, program ..."
_SPEAKER_BEFORE = regex_cache.compile(r"\b(?:menurut|kata|ujar|tutur)[ \t]+(?:(?:kepala|sekretaris|plt\.?|pj\.?)[ \t]+)*$", regex.I)
# the verb by which an agency runs the program named after it
_RUNS = regex_cache.compile(r"\b(?:melalui|lewat|melaksanakan|menjalankan|mengelola|menggulirkan|meluncurkan|memiliki|"
                      r"mempunyai|punya)\b", regex.I)
# the words after a name that say whose program it is: "yang dijalankan (oleh) ...", "milik ...", "dari ..."
_RUN_BY = regex_cache.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:(?:di\p{Ll}{4,}|milik|dari|kepunyaan)[ \t]+)(?:oleh[ \t]+)?")


def _of_other_agency(text: str, found: NamedProgram) -> bool:
    """A program a sentence says another urusan's agency runs ("Sementara Dinas Pendidikan
    melalui Program Pengelolaan Pendidikan menyalurkan beasiswa"): that agency is named before it
    in its sentence, no social agency is, and the social nomenclature does not know the name."""
    opened = max((m.end() for m in _CLAUSE_OPENING.finditer(text, max(0, found.start - 300), found.start)),
                 default=max(0, found.start - 300))
    before = text[opened:found.start]
    run_by = _RUN_BY.match(text, found.name_end)
    # (the agency runs the program: "Dinas Kesehatan melalui Program ...", not "BPS mendata penerima
    # Program Keluarga Harapan", a social program another agency only speaks of)
    named = any(_RUNS.search(before, a.end()) or _SPEAKER_BEFORE.search(before, 0, a.start())
                for a in _other_agency().finditer(before)) or (
        run_by is not None and _other_agency().match(text, run_by.end()) is not None)
    return named and _SOCIAL_AGENCY.search(before) is None and not _catalogue_evidence(found.name)


def _all_mentions(doc: Document) -> list[NamedProgram]:
    out: list[NamedProgram] = []
    duties = _duty_lists(doc.text)
    for m in _OPENER.finditer(doc.text):
        if duties.contains(m.start()):
            continue  # "b. pelaksanaan program pemberdayaan sosial ..." among the agency's functions
        if _RELATED_LINK.match(doc.text, doc.text.rfind("\n", 0, m.start()) + 1):
            continue  # "Baca juga: Program Rumah Layak Huni Sasar 100 Keluarga": another article's headline
        found = _mention(doc.text, m)
        if found is not None and not found.heading and not found.item and _of_other_agency(doc.text, found):
            continue  # another agency's program, named in passing
        if found is not None:
            out.append(found)
            out.extend(_listed_after(doc.text, found))
    out.extend(found for found in _counted_list(doc.text) if not duties.contains(found.start))
    labelled = [found for m in _LABEL.finditer(doc.text) if (found := _labelled(doc.text, m)) is not None]
    return _without_umbrellas(doc.text, sorted(out + labelled, key=lambda n: n.start))


# between an umbrella's name and the first program it groups: "program Penanganan Covid-19 dan
# Pemulihan Ekonomi Nasional (PC-PEN) 2021 di antaranya seperti Program Keluarga Harapan (PKH)"
# (words of a family's members, never of an apposition: "Program Sembako, yaitu Program BPNT yang
# diperluas" names one program twice)
_GROUPS_NEXT = regex_cache.compile(r"[^.;!?\n]{0,40}?\b(?:di[ \t]*antaranya|antara[ \t]+lain|seperti|meliputi|"
                             r"terdiri[ \t]+(?:dari|atas))\b[ \t:,]*(?:seperti[ \t]+)?", regex.I)
# a copula between a program's name and a lower-case "program ..." that says what it is: "Program
# Keluarga Harapan (PKH) yaitu program bantuan sosial bersyarat ..."
_DESCRIBED_AS = regex_cache.compile(r"[ \t]*,?[ \t]*(?:yaitu|yakni|adalah|ialah|merupakan|sebagai|sebuah)[ \t]+(?:sebuah[ \t]+|salah[ \t]+satu[ \t]+)?",
                              regex.I)


def _without_umbrellas(text: str, found: list[NamedProgram]) -> list[NamedProgram]:
    """The mentions without those of an umbrella that groups the programs named right after it
    ("bansos untuk program Pemulihan Ekonomi Nasional (PEN) di antaranya seperti Program Keluarga
    Harapan (PKH)"): a family of programs, not one the text presents; never a name the social
    nomenclature knows."""
    out = []
    for before, named, nxt in zip([None] + found[:-1], found, found[1:] + [None]):
        if (nxt is not None and not named.heading and not named.item
                and _GROUPS_NEXT.fullmatch(text, named.name_end, nxt.start)
                and not _catalogue_evidence(named.name)):
            continue
        if (before is not None and named.name[:1].islower() and not named.heading and not named.item
                and _DESCRIBED_AS.fullmatch(text, before.name_end, named.start) and not _catalogue_evidence(named.name)):
            continue  # what the program before is, in the words of a description, not another program
        out.append(named)
    return out


def named_programs(doc: Document) -> list[tuple[NamedProgram, list[NamedProgram]]]:
    """The programs the text names, each once in the order of their first mention, with all
    their mentions (a budget may be stated at a later one: "Terbesar adalah program keluarga
    harapan (PKH) sebesar Rp2,4 miliar"). A later mention that adds the acronym gives the name
    its fuller spelling ("Program Keluarga Harapan (PKH)")."""
    out: list[tuple[NamedProgram, list[NamedProgram]]] = []
    for found in _all_mentions(doc):
        if _set_aside(doc.text, found.start):
            continue  # "(di luar program pelayanan administrasi perkantoran dan program ...)": not presented
        key = _key(found.name)
        group = next((g for g in out if _same(_key(g[0].name), key)), None)
        if group is None:
            group = _shortened_from(found, key, out)
        if group is None:
            out.append((found, [found]))
            continue
        group[1].append(found)
        if "(" in found.name and "(" not in group[0].name:
            group[0].name = found.name
    return out


# words that set what follows aside: "di luar", "selain", "kecuali", "tidak termasuk"
_ASIDE = regex_cache.compile(r"\b(?:di[ \t]+luar|selain|kecuali|tidak[ \t]+termasuk)[ \t]+$", regex.I)
_ASIDE_IN_BRACKET = regex_cache.compile(r"\([ \t]*(?:di[ \t]+luar|selain|kecuali|tidak[ \t]+termasuk)\b[^()\n]*$", regex.I)


def _set_aside(text: str, start: int) -> bool:
    """Is the program named at ``start`` set aside by the words before it ("selain program A",
    "(di luar program A dan program B)"): named as what the text is not about?"""
    before = text[max(0, start - _ASIDE_REACH):start]
    return bool(_ASIDE.search(before) or _ASIDE_IN_BRACKET.search(before))


_ASIDE_REACH = 160  # characters before a name its bracket may have opened in


def _shortened_from(found: NamedProgram, key: str, groups: list) -> Optional[tuple]:
    """The program named before whose name ``found`` shortens, in lower case, as a sentence
    points back to it ("Program Penanggulangan Bencana Alam dan Sosial ..." / "Kegiatan pada
    program penanggulangan bencana meliputi ..."): the one earlier name whose words start with
    all of its own (two at least). A name written with capitals is a program's own name."""
    words = key.split()
    if len(words) < 2 or found.name != found.name.lower():
        return None
    longer = [g for g in groups if _key(g[0].name).split()[:len(words)] == words and len(_key(g[0].name).split()) > len(words)]
    return longer[0] if len(longer) == 1 else None


_HEADING_AHEAD = regex_cache.compile(r"(?m)^[ \t]*(?:BAB\s+[IVX]+\b|\d+\.\s*URUSAN\b|URUSAN\b)")
_HEADING_REACH = 3000


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence from ``start`` ends (:data:`_SENTENCE_END`); a line break inside a bracket
    opened before it ends none ("Rp. 850.000.000,- (Delapan\nRatus Lima Puluh Juta Rupiah)": an
    amount in words the copy wrapped), within a few lines."""
    for stop in _SENTENCE_END.finditer(text, start):
        if text[stop.start()] == "\n":
            line_start = text.rfind("\n", 0, stop.start()) + 1
            opened = text[max(start, line_start - _BRACKET_REACH):stop.start()]
            if opened.count("(") > opened.count(")"):
                continue
        return stop.start()
    return len(text)


_BRACKET_REACH = 160  # characters before a line a bracket still open at its end may have opened in


def clause_end(text: str, named: NamedProgram, others: list[NamedProgram]) -> int:
    """Where the text about a named program ends. For a name in a sentence: the sentence's end
    or the next program's mention, whichever comes first. For a name on a line of its own (a
    heading): the next such name, a chapter or urusan heading, or a few pages on."""
    if named.heading:
        ahead = _HEADING_AHEAD.search(text, named.name_end)
        stops = [o.start for o in others if o.heading and o.start > named.start]
        stops += [ahead.start() if ahead else len(text), named.name_end + _HEADING_REACH]
        return min(stops)
    end = _sentence_end(text, named.name_end)
    later = [o.start for o in others if named.start < o.start < end]
    return min(later) if later else end
