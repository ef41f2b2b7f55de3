"""Reading and writing numbers the way Indonesian reports write them.

Reports mix two conventions: ``2.270.000.000,00`` (dot groups thousands, comma marks decimals)
and ``2,308`` / ``97.57`` (English habits from spreadsheets). :func:`parse_number` decides from
the digit groups, with a ``kind`` hint for the one truly ambiguous shape: a single separator
followed by exactly three digits (``2,308``, ``1.632``), which is a thousands group for counts
and amounts and a decimal only where a percentage is expected and the value would otherwise be
implausible, or where a comma stands before a scale word (``kind="scaled"``: "19,790 miliar").

Values are :class:`~decimal.Decimal` inside the library; floats only at the JSON edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Literal, Optional

import regex

from . import regex_cache
from .document_caches import per_document
from .errors import MalformedNumberError

NumberKind = Literal["count", "amount", "scaled", "percent", "any"]

_CLEAN = regex_cache.compile(r"[\s\u00a0]+")
# trailing money decorations: "2.806.079.420,-" and "142.801.000.-"
_TRAILING_DASH = regex_cache.compile(r"[.,]\s*[-–]+$")
_SHAPE = regex_cache.compile(r"^[+-]?[\d.,]+$")
_TWO_SEPARATORS = regex_cache.compile(r"[.,]{2}")
_MIXED_GROUPS = regex_cache.compile(r"\d{1,3}(?:[.,]\d{3})+")


@dataclass(frozen=True, slots=True)  # one kept for each number read (parse_number's cache)
class ParsedNumber:
    """A number read from text: its value and how many decimals it was written with."""

    value: Decimal
    decimals: int
    text: str
    note: Optional[str] = None  # how an ambiguity was resolved, for the audit's messages


@per_document  # (a batch's documents share few numbers: each one's are let go when it is done)
@lru_cache(maxsize=65536)  # pure; the result is immutable
def parse_number(text: str, *, kind: NumberKind = "any") -> ParsedNumber:
    """Read one written number (``"2.270.000.000,00"``, ``"98,67"``, ``"2,308"``, ``"97.57"``).

    Raises :class:`MalformedNumberError` for text that cannot be read honestly, such as
    ``"13,11,00"`` or ``"106.,250.000"``.
    """
    raw = text
    s = _CLEAN.sub("", text)
    s = _TRAILING_DASH.sub("", s)
    if not s or not _SHAPE.match(s):
        raise MalformedNumberError(raw, "not a number")
    sign = ""
    if s[0] in "+-":
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    if not any(ch.isdigit() for ch in s):
        raise MalformedNumberError(raw, "no digits")
    if s[0] in ".,":
        raise MalformedNumberError(raw, "starts with a separator: a digit may be lost")
    if s[-1] in ".,":
        s = s[:-1]  # "2.000." at a sentence end
        if s[-1] in ".,":
            raise MalformedNumberError(raw, "ends with two separators")
    if _TWO_SEPARATORS.search(s):
        raise MalformedNumberError(raw, "two separators in a row")
    integer, fraction, note = _split(s, raw, kind)
    digits = integer + ("." + fraction if fraction else "")
    return ParsedNumber(Decimal(sign + digits), len(fraction), raw, note)


def _split(s: str, raw: str, kind: NumberKind) -> tuple[str, str, Optional[str]]:
    """Split into integer digits and fraction digits, deciding which separator is which."""
    dots, commas = s.count("."), s.count(",")
    if not dots and not commas:
        return s, "", None
    if dots and commas and kind == "amount" and _MIXED_GROUPS.fullmatch(s) and s.count(s[-4]) > 1:
        # "1.250,000.000": OCR reads a dot as a comma (or back) inside money's thousands groups;
        # every group has three digits and the last separator comes twice, so it is no decimal
        # mark ("1.250.000,000" keeps its reading)
        return s.replace(".", "").replace(",", ""), "", f"{raw!r}: mixed separators read as thousands groups"
    if dots and commas:
        last = max(s.rfind("."), s.rfind(","))
        dec_sep = s[last]
        group_sep = "," if dec_sep == "." else "."
        if s.count(dec_sep) > 1:
            raise MalformedNumberError(raw, "mixed separators that fit no convention")
        if s.index(group_sep) > last:
            raise MalformedNumberError(raw, "mixed separators that fit no convention")
        integer, fraction = s[:last], s[last + 1:]
        _check_groups(integer.split(group_sep), raw)
        return integer.replace(group_sep, ""), fraction, None
    sep = "." if dots else ","
    parts = s.split(sep)
    if len(parts) > 2:
        if kind in ("amount", "scaled", "any") and 1 <= len(parts[-1]) <= 2:
            # "Rp.1.000.000.000.00": the decimal comma typed as the group separator; only the
            # last group may be short, so "13,11,00" stays malformed
            _check_groups(parts[:-1], raw)
            return "".join(parts[:-1]), parts[-1], f"{raw!r}: the last {sep!r} read as the decimal mark"
        _check_groups(parts, raw)
        return "".join(parts), "", None
    head, tail = parts
    if len(tail) != 3 or not head or len(head) > 3 or head == "0":
        # "98,67", "97.57", "0,475": cannot be a thousands group, so it is a decimal
        if len(tail) == 3 and (len(head) > 3 or head == "0"):
            return head, tail, None
        return head, tail, None
    # exactly one separator followed by three digits: "2,308", "1.632", "12,500"
    if kind == "percent":
        return head, tail, f"{raw!r} read as a decimal in a percentage"
    if kind == "scaled" and sep == ",":
        # before a scale word a comma is the decimal mark ("Rp19,790 miliar" is 19,79 miliar); a
        # dot still groups thousands ("Rp 3.000 triliun")
        return head, tail, f"{raw!r} read as a decimal before a scale word"
    return head + tail, "", None


def _check_groups(parts: list[str], raw: str) -> None:
    if not (1 <= len(parts[0]) <= 3) or any(len(p) != 3 for p in parts[1:]):
        raise MalformedNumberError(raw, "digit groups are not of three digits")


def to_float(value: Optional[Decimal]) -> Optional[float]:
    return None if value is None else float(value)


# --- formatting (the inverse, used by the property tests and in messages) -------------------

def format_number(value: Decimal, decimals: int = 0, *, style: Literal["id", "en"] = "id") -> str:
    """Write ``value`` as a report would: ``format_number(Decimal("2270000000"), 2)`` gives
    ``"2.270.000.000,00"``."""
    q = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    v = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if v < 0 else ""
    v = abs(v)
    integer, _, fraction = f"{v:f}".partition(".")
    group, point = (".", ",") if style == "id" else (",", ".")
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    out = sign + group.join(groups)
    if decimals:
        out += point + fraction.ljust(decimals, "0")[:decimals]
    return out


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def truncate(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN)


def rounding_verdict(stated: Decimal, decimals: int, exact: Decimal) -> str:
    """How ``stated`` (written with ``decimals`` decimals) relates to the ``exact`` value:
    ``"consistent"`` (rounded half-up), ``"truncated"`` (cut) or ``"mismatch"``.

    The rule of the project's gold README; ``audit.verdict.percent_verdict`` is its public face.
    """
    if round_half_up(exact, decimals) == round_half_up(stated, decimals):
        return "consistent"
    if truncate(exact, decimals) == round_half_up(stated, decimals):
        return "truncated"
    return "mismatch"


# --- figures damaged by OCR or by copying out of a PDF ---------------------------------------
#
# The text is repaired into a copy of the same length, so that every offset found in the copy is
# an offset of the text itself; the mentions keep the text as written (mentions.extract_mentions).

# a token that may be a figure with misread letters: digits, misread letters and single separators
# between them, not inside a word; it must hold a real digit (checked in code)
_FIGURE_TOKEN = regex_cache.compile(r"(?<![\p{L}\d])(?=[OolIS.,]{0,12}\d)[\dOolIS](?:[\dOolIS]|[.,](?=[\dOolIS]))*+(?![\p{L}\d])")
# what makes a repaired token clearly a figure
_GROUPED = regex_cache.compile(r"\d{1,3}(?:[.,]\d{3})++(?:[.,]\d{1,2})?")
_PLAIN_OR_DECIMAL = regex_cache.compile(r"\d{1,3}(?:[.,]\d{1,2})?|\d++(?:[.,]\d{3})*+(?:[.,]\d{1,2})?")
_YEAR = regex_cache.compile(r"(?:19|20)\d\d")
_PERCENT_AFTER = regex_cache.compile(r"[ ]{0,3}(?:%|persen\b|prosen\b)", regex.I)
_RP_BEFORE = regex_cache.compile(r"(?:\bRp\.?|\bIDR)[ \t.:,;]{0,4}$", regex.I)
# a figure broken over a line end by the copy: a group separator ends the line and the next starts
# with the rest ("Rp 1.250.\n000.000", "95,\n5%"); joined only where the rest is clearly the same
# figure: more groups follow (or a money tail), or one group with a leading zero (no number of its
# own starts with 0: "Rp 1.250.000.\n000 untuk"), or decimals and a percent sign; a sentence that
# ends after an amount with a count on the next line ("Rp 2.000.000.\n150 orang") stays apart
_BROKEN_AMOUNT = regex_cache.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})*[.,])([ \t]*\n[ \t]*)(\d{3}(?:(?:[.,]\d{3})++(?:[.,]\d{1,2}|,-|\.-)?|[.,]\d{1,2}|,-|\.-)|0\d\d)(?![\d.,]?\d)")
_BROKEN_PERCENT = regex_cache.compile(r"(?<![\d.,])(\d{1,3},)([ \t]*\n[ \t]*)(\d{1,2})(?=[ ]{0,3}(?:%|persen\b|prosen\b))")
# the same broken by a space, as OCR and old PDF converters leave figures ("Rp. 5.263.400. 000",
# "1.270. 110.500", "97, 45 %"): the piece before is already a figure's (a thousands group before
# the separator, or an amount right after "Rp") and the piece after completes it as above
_SPLIT_AMOUNT = regex_cache.compile(r"(?<!\d|\d[.,])(?P<head>\d{1,3}(?:(?P<sep>[.,])\d{3})+(?P=sep)|(?<=\bRp\.?[ ]{0,2})\d{1,3}[.,])(?P<gap>[ ]{1,2})(?P<tail>\d{3}(?:(?:[.,]\d{3})++(?:[.,]\d{1,2}|,-|\.-)?|[.,]\d{1,2}|,-|\.-)|0\d\d)(?![\d.,]?\d)", regex.I)
_SPLIT_PERCENT = regex_cache.compile(r"(?<!\d|\d[.,]|\d,[ ])(?P<head>\d{1,3},)(?P<gap>[ ])(?P<tail>\d{1,2})(?=[ ]{0,3}(?:%|persen\b|prosen\b))", regex.I)
# a cell of a decimal comma and two decimals split: "89, 34" (a column of percentages)
_SPLIT_DECIMALS_CELL = regex_cache.compile(r"(?P<head>\d{1,3},)(?P<gap>[ ])(?P<tail>\d{2})")
# "Rp 2 .500.000": the space before the first separator
_SPLIT_BEFORE_SEPARATOR = regex_cache.compile(r"(?<=\bRp\.?[ ]{0,2})(?P<head>\d{1,3})(?P<gap>[ ])(?P<tail>[.,]\d{3}(?:[.,]\d{3})*+(?:,\d{1,2}|,-|\.-)?)(?![\d.,]?\d)", regex.I)
# what every match of the three holds: a digit, then a separator and a space and a digit, or a
# space and a separator
_SPLIT_IN_FIGURE = regex_cache.compile(r"\d(?:[.,][ ]{1,2}\d| [.,]\d)")


# _FIGURE_TOKEN where a letter may stand among its digits: the tokens of digits alone (nine in ten)
# are none to repair, and are not found (a token without a misread letter has none in the run of
# digits and separators its start opens, nor does any offset inside it)
_LETTERED_FIGURE_TOKEN = regex_cache.compile(r"(?<![\p{L}\d])(?=[\d.,]*+[OolIS])(?=[OolIS.,]{0,12}\d)[\dOolIS](?:[\dOolIS]|[.,](?=[\dOolIS]))*+(?![\p{L}\d])")
# what every match of _BROKEN_AMOUNT and _BROKEN_PERCENT holds: a separator, the line break, a digit
_BREAK_IN_FIGURE = regex_cache.compile(r"[.,][ \t]*\n[ \t]*\d")
_FIGURE_RUN_BEFORE = regex_cache.compile(r"(?r)[\d.,]+")


def _broken_figures(pattern: regex.Pattern, text: str):
    """``pattern.finditer(text)`` for _BROKEN_AMOUNT or _BROKEN_PERCENT, tried only where a figure
    may be broken (a scan for the break costs a fraction of the pattern's tries at every offset).
    A match's first part runs from the start of a run of digits and separators (its lookbehind)
    to the separator before the break: the run that ends there is the one place it may start."""
    pos = 0
    for hit in _BREAK_IN_FIGURE.finditer(text):
        start = _FIGURE_RUN_BEFORE.search(text, 0, hit.start() + 1).start()
        if start < pos:
            continue  # (in a run the match before took: finditer goes on from its end)
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


# a word hyphenated over a line end ("ju-\nta rupiah", "per-\nsen", "ji-\nwa"): joined where the
# whole is a word of figures (number words, scale and unit words, "persen", "rupiah"), so the amount
# in words or the unit beside a figure is read; other words are left as they are
_HYPHENATED = regex_cache.compile(r"(?<!\p{L})(\p{L}{1,12})(-[ \t]*\n[ \t]*)(\p{L}{1,12})(?!\p{L})")


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    from .grammar import load_grammar

    words: set[str] = {"persen", "prosen", "rupiah"}
    for name, keys in (("words", ("units", "multipliers", "scales")), ("scales", ("scale_words",)),
                       ("counts", ("units",))):
        vocab = load_grammar(name).vocabulary or {}
        for key in keys:
            words.update(str(w).lower() for w in vocab.get(key, {}) if " " not in str(w))
    return frozenset(words)


def _join_hyphenated(m: regex.Match) -> str:
    if (m.group(1) + m.group(3)).lower() not in _figure_words():
        return m.group(0)
    # the hyphen becomes a space after the word, the line break stays: same length
    return m.group(1) + m.group(3) + " " + m.group(2)[1:]


@lru_cache(maxsize=1)
def _digit_misreads() -> dict[str, str]:
    from .grammar import load_grammar

    vocab = load_grammar("ocr").vocabulary or {}
    return {str(k): str(v) for k, v in vocab["digit_misreads"].items()}


def _repaired_token(text: str, m: regex.Match) -> Optional[str]:
    """The token of ``m`` with its misread letters as digits, or None where it is no clear figure."""
    token = m.group(0)
    letters = [ch for ch in token if ch.isalpha()]
    digits = sum(ch.isdigit() for ch in token)
    if not letters or not digits or token[0] == "S":
        return None
    if "S" in token and not regex.search(r"\dS", token):
        return None
    fixed = "".join(_digit_misreads().get(ch, ch) for ch in token)
    if _GROUPED.fullmatch(fixed) and digits > len(letters):
        return fixed
    if _PERCENT_AFTER.match(text, m.end()) and regex.fullmatch(r"\d{1,3}(?:[.,]\d{1,2})?", fixed):
        return fixed
    if _RP_BEFORE.search(text, max(0, m.start() - 10), m.start()) and _PLAIN_OR_DECIMAL.fullmatch(fixed):
        return fixed
    if _YEAR.fullmatch(fixed) and digits >= 3:
        return fixed
    return None


_HYPHEN_BREAK = regex_cache.compile(r"-[ \t]*\n")  # what every match of _HYPHENATED holds after its first part


def _hyphenated(text: str):
    """``_HYPHENATED.finditer(text)``, tried only at the twelve offsets before each hyphen that
    ends a line (its first part: one to twelve letters)."""
    pos = tried = 0
    for hit in _HYPHEN_BREAK.finditer(text):
        for start in range(max(pos, tried, hit.start() - 12), hit.start()):
            tried = start + 1
            m = _HYPHENATED.match(text, start)
            if m is not None:
                yield m
                pos = tried = m.end()
                break


def _split_figures(text: str):
    """The figures split by a space (_SPLIT_AMOUNT, _SPLIT_PERCENT, _SPLIT_BEFORE_SEPARATOR),
    tried only at the runs of digits and separators before each split."""
    pos = 0
    for hit in _SPLIT_IN_FIGURE.finditer(text):
        start = _FIGURE_RUN_BEFORE.search(text, 0, hit.start() + 1).start()
        while text[start] in ".,":  # "Rp.1.270. 110.500": the run's figure starts at its digit
            start += 1
        if start < pos:
            continue
        for pattern in (_SPLIT_AMOUNT, _SPLIT_PERCENT, _SPLIT_BEFORE_SEPARATOR):
            m = pattern.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break


def _join_split(m: regex.Match) -> str:
    # the figure's two pieces together, the gap after them: same length
    return m.group("head") + m.group("tail") + m.group("gap")


def join_split_figures(text: str) -> str:
    """``text`` with its figures split by a space joined ("1.550. 800.000" → "1.550.800.000 "),
    of the same length: a table cell's figure as OCR left it."""
    if not _SPLIT_IN_FIGURE.search(text):
        return text
    if (m := _SPLIT_DECIMALS_CELL.fullmatch(text)) is not None:
        return m.group("head") + m.group("tail") + m.group("gap")  # "89, 34" alone: 89,34
    for m in list(_split_figures(text)):
        text = text[:m.start()] + _join_split(m) + text[m.end():]
    return text


def _join_broken(m: regex.Match) -> str:
    # the line break goes after the figure: same length, the figure whole
    return m.group(1) + m.group(3) + m.group(2)


# --- the same for a table cell, where the cell is the context ---------------------------------
#
# A cell that holds one figure says by itself that it is one: "2.OOO.OOO" in a column of amounts,
# "9O,0" in a column of percentages, "1O" alone. What stands beside the figure may only be a
# currency ("Rp", "IDR"), a sign or a bound, brackets, a money dash, a percent sign, or a unit or
# scale word ("1.25O Jiwa", "2,5 M"); anything else (a code, a date, a name) leaves the cell alone.

_CELL_SUSPECT = regex_cache.compile(r"[OolIS]")
_CELL_BEFORE = regex_cache.compile(r"[\s(±≥≤<>=+\-–]*(?:(?:Rp|IDR)\.?[\s(:]*)?[\-–]?\s*", regex.I)
_CELL_AFTER = regex_cache.compile(r"[\s.,\-–)]*(?:%|(?P<word>\p{L}[\p{L}/.]{0,24}))?[\s.)]*")
_SMALL_DECIMAL = regex_cache.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
_LEADING_ZERO = regex_cache.compile(r"0\d")
_CELL_DATE = regex_cache.compile(r"\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d")


def repair_cell(text: str, *, percent: bool = False) -> str:
    """A table cell with its figure's misread letters read as digits ("1OO%", "Rp l.250.000",
    "2.OOO.OOO", "9O,0" where ``percent`` says the column holds percentages), of the same length.
    A clean cell, or one whose figure is not clearly one, comes back unchanged."""
    if not _CELL_SUSPECT.search(text) or not any(ch.isdigit() for ch in text):
        return text
    tokens = list(_FIGURE_TOKEN.finditer(text))
    if not tokens:
        return text
    alone = len(tokens) == 1 and _alone_in_cell(text, tokens[0])
    out = text
    for m in tokens:
        if m.group(0).isdigit() or not any(ch.isalpha() for ch in m.group(0)):
            continue
        fixed = _repaired_token(text, m)
        if fixed is None and alone:
            fixed = _repaired_cell_token(text, m, percent)
        if fixed is not None:
            out = out[:m.start()] + fixed + out[m.end():]
    return out


def _alone_in_cell(text: str, m: regex.Match) -> bool:
    before, after = _CELL_BEFORE.fullmatch(text[:m.start()]), _CELL_AFTER.fullmatch(text[m.end():])
    if not before or not after:
        return False
    word = (after.group("word") or "").lower().rstrip(".")
    return not word or word in _figure_words() or word.split("/")[0] in _figure_words() or word in ("pct", "prosen")


def _repaired_cell_token(text: str, m: regex.Match, percent: bool) -> Optional[str]:
    token = m.group(0)
    if token[0] == "S" or "S" in token and not regex.search(r"\dS", token):
        return None
    fixed = "".join(_digit_misreads().get(ch, ch) for ch in token)
    digits = sum(ch.isdigit() for ch in token)
    if _GROUPED.fullmatch(fixed) or _CELL_DATE.fullmatch(fixed):
        return fixed  # "2.OOO.OOO": thousands groups are a figure's; "26.O2.2024" a date (no figure)
    if (percent or _PERCENT_AFTER.match(text, m.end())) and _SMALL_DECIMAL.fullmatch(fixed):
        return fixed  # "9O,0" in a column of percentages
    letters = len(token) - digits - token.count(".") - token.count(",")
    if (token[0].isdigit() or digits > letters) and _PLAIN_OR_DECIMAL.fullmatch(fixed) \
            and not _LEADING_ZERO.match(fixed):
        # "1OO" alone in its cell (read as it was, "1" with the unit "OO", it was wrong without a
        # word), "1O", "l00": a figure that starts with a digit or has more digits than letters
        return fixed
    return None


@per_document
@lru_cache(maxsize=8)
def repair_figures(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with its figures repaired (letters read for digits, a figure broken over a line end
    joined), of the same length, and the spans of the repaired figures (a mention's span that
    ends or starts inside one is widened to it). Clean text comes back unchanged."""
    regions: list[tuple[int, int]] = []
    pieces: list[str] = []
    done = 0
    for m in _LETTERED_FIGURE_TOKEN.finditer(text):
        if m.group(0).isdigit() or not any(ch.isalpha() for ch in m.group(0)):
            continue
        fixed = _repaired_token(text, m)
        if fixed is not None:
            pieces += [text[done:m.start()], fixed]
            done = m.end()
            regions.append((m.start(), m.end()))
    out = "".join(pieces) + text[done:] if pieces else text
    for pattern in (_BROKEN_AMOUNT, _BROKEN_PERCENT):
        if "\n" not in out:
            break
        found = list(_broken_figures(pattern, out))
        regions += [m.span() for m in found]
        if found:  # (as pattern.sub(_join_broken, out), from the matches found already)
            out = "".join(piece for a, m, b in zip([None, *found], found, [*found[1:], None])
                          for piece in (out[a.end() if a else 0:m.start()], _join_broken(m))) + out[found[-1].end():]
    if _SPLIT_IN_FIGURE.search(out):
        found = list(_split_figures(out))
        regions += [m.span() for m in found]
        for m in found:  # (same length: the gap goes after the figure)
            out = out[:m.start()] + _join_split(m) + out[m.end():]
        regions.sort()
    if "-" in out and "\n" in out:
        for m in _hyphenated(out):
            joined = _join_hyphenated(m)
            if joined != m.group(0):
                out = out[:m.start()] + joined + out[m.end():]
                regions.append((m.start(), m.start() + len(m.group(1)) + len(m.group(3)) + len(m.group(2))))
    return out, tuple(sorted(regions))
