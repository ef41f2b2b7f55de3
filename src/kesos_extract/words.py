"""Numbers written in Indonesian words (terbilang): ``Dua Puluh Tujuh Milyar ... Rupiah``.

The vocabulary lives in ``grammars/words.yaml``; :func:`parse_words` turns a phrase into an
integer and :func:`to_words` writes one, so the two can be tested as a round trip.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Optional

import regex

from . import regex_cache
from .errors import MalformedNumberError
from .grammar import load_grammar, longest_first


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, int], dict[str, int], dict[str, int], frozenset[str]]:
    g = load_grammar("words")
    v = g.vocabulary or {}
    return v["units"], v["multipliers"], v["scales"], frozenset(v.get("ignore", []))


@lru_cache(maxsize=1)
def _fraction_words() -> tuple[frozenset[str], frozenset[str]]:
    """The decimal point ("koma") and the half ("setengah")."""
    v = load_grammar("words").vocabulary or {}
    return frozenset(v.get("decimal_point", [])), frozenset(v.get("half", []))


def word_pattern() -> str:
    """A regex alternation of every number word, longest first (for the grammars)."""
    units, mult, scales, _ = _vocabulary()
    words = sorted(set(units) | set(mult) | set(scales), key=longest_first)
    return "|".join(regex.escape(w) for w in words)


_TOKEN_GAP = regex_cache.compile(r"[\s\-]+")
_GLUED = regex_cache.compile(r"^(?P<unit>\p{L}+?)(?P<mult>puluh|belas|ratus)$")


def _unglue(token: str, units: dict[str, int]) -> list[str]:
    """"tigapuluh" is "tiga puluh": typed together in some reports."""
    m = _GLUED.match(token)
    if m and m.group("unit") in units and not m.group("unit").startswith("se"):
        return [m.group("unit"), m.group("mult")]
    return [token]


def _join_se(tokens: list[str]) -> list[str]:
    """"se ratus", "se-ribu": the prefix "se" (one) typed apart from its word is joined to it."""
    out: list[str] = []
    for t in tokens:
        if out and out[-1] == "se":
            out[-1] = "se" + t
        else:
            out.append(t)
    return out


def _decimals_as_digits(tokens: list[str]) -> list[str]:
    """The decimals after "koma" read as one number ("dua koma dua puluh tujuh miliar": 2,27
    miliar, as it is often said) written digit by digit ("dua koma dua tujuh miliar"), the way the
    parser reads decimals. Only a number of tens ("puluh", "belas") is read so, between 10 and 99:
    the words can mean nothing else."""
    points, _ = _fraction_words()
    units, mult, scales, _ = _vocabulary()
    at = next((i for i, t in enumerate(tokens) if t in points), None)
    if at is None:
        return tokens
    end = next((i for i in range(at + 1, len(tokens)) if tokens[i] in scales), len(tokens))
    run = tokens[at + 1:end]
    if not run or not any(t in mult and mult[t] == 10 for t in run) or any(t not in units and t not in mult for t in run):
        return tokens
    try:
        n = parse_words(" ".join(run))
    except MalformedNumberError:
        return tokens
    if not 10 <= n <= 99:
        return tokens
    digit_word = {v: k for k, v in units.items() if v < 10 and not k.startswith("se")}
    return tokens[:at + 1] + [digit_word[int(d)] for d in str(n)] + tokens[end:]


def parse_words(text: str) -> int:
    """``parse_words("Empat Milyar Sembilan Ratus Empat Juta")`` gives ``4904000000``.

    Raises :class:`MalformedNumberError` when a word is not a number word or the order is
    impossible ("ratus dua").
    """
    units, mult, scales, ignore = _vocabulary()
    points, halves = _fraction_words()
    tokens = [t for t in _TOKEN_GAP.split(text.lower().strip(" ()")) if t]
    tokens = [part for t in tokens for part in _unglue(t, units)]
    tokens = _decimals_as_digits(_join_se(tokens))
    total, group, current = 0, 0, None
    last_scale = None
    seen_number = False
    # a fraction of the next scale word: the digits after "koma", or a half
    fraction: Optional[Fraction] = None
    decimals: Optional[str] = None  # digits after "koma" so far
    for tok in tokens:
        if tok in ignore:
            continue
        if decimals is not None and tok in units:
            if units[tok] > 9:
                raise MalformedNumberError(text, f"{tok!r} after 'koma' is not one digit")
            decimals += str(units[tok])
            continue
        if decimals is not None and tok not in scales:
            raise MalformedNumberError(text, f"{tok!r} after 'koma'")
        if decimals:
            fraction, decimals = Fraction(int(decimals), 10 ** len(decimals)), None
        if fraction is not None and tok not in scales:
            raise MalformedNumberError(text, f"a fraction not followed by a scale word, at {tok!r}")
        if tok in points:
            if decimals is not None or fraction is not None or current is None and not group:
                raise MalformedNumberError(text, "'koma' not after a number")
            decimals = ""
        elif tok in halves:
            if fraction is not None:
                raise MalformedNumberError(text, f"{tok!r} after a fraction")
            fraction = Fraction(1, 2)
            seen_number = True
        elif tok in units:
            if current is not None:
                raise MalformedNumberError(text, f"two numbers in a row at {tok!r}")
            current = units[tok]
            seen_number = True
        elif tok in mult:
            m = mult[tok]
            if tok.startswith("se") and tok not in ("sebelas",):
                # "seratus", "sepuluh", "seribu" carry their own one
                if current is not None:
                    raise MalformedNumberError(text, f"{tok!r} after a number")
                current = 1
            if m == 10 and tok == "belas":
                if current is None:
                    raise MalformedNumberError(text, "'belas' without a number")
                group += current + 10
            else:
                group += (current if current is not None else 1) * m
            current = None
            seen_number = True
        elif tok in scales:
            s = scales[tok]
            if tok.startswith("se"):
                if current is not None or group:
                    raise MalformedNumberError(text, f"{tok!r} after a number")
                current = 1
            if last_scale is not None and s >= last_scale:
                raise MalformedNumberError(text, f"{tok!r} out of order")
            group += current or 0
            if fraction is not None:
                whole = (group + fraction) * s
                if whole.denominator != 1:
                    raise MalformedNumberError(text, f"{float(group + fraction)} {tok} is not a whole number")
                total += int(whole)
            else:
                total += (group or 1) * s
            group, current, last_scale, fraction = 0, None, s, None
            seen_number = True
        else:
            raise MalformedNumberError(text, f"{tok!r} is not a number word")
    if decimals is not None or fraction is not None:
        raise MalformedNumberError(text, "a fraction not followed by a scale word")
    if not seen_number:
        raise MalformedNumberError(text, "no number words")
    return total + group + (current or 0)


def parse_words_decimal(text: str) -> Decimal:
    """A number in words that may end in a decimal fraction, as percentages do: "dua belas koma
    lima" gives ``Decimal("12.5")``; without "koma" it is :func:`parse_words`."""
    points, _ = _fraction_words()
    units = _vocabulary()[0]
    tokens = _decimals_as_digits([t for t in _TOKEN_GAP.split(text.lower().strip(" ()")) if t])
    at = next((i for i, t in enumerate(tokens) if t in points), None)
    if at is None or at == len(tokens) - 1 or any(units.get(t, 10) > 9 for t in tokens[at + 1:]):
        return Decimal(parse_words(text))
    return Decimal(f"{parse_words(' '.join(tokens[:at]))}.{''.join(str(units[t]) for t in tokens[at + 1:])}")


_UNITS_OUT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _below_thousand(n: int) -> list[str]:
    out: list[str] = []
    h, rest = divmod(n, 100)
    if h == 1:
        out.append("seratus")
    elif h:
        out += [_UNITS_OUT[h], "ratus"]
    if rest == 10:
        out.append("sepuluh")
    elif rest == 11:
        out.append("sebelas")
    elif 12 <= rest <= 19:
        out += [_UNITS_OUT[rest - 10], "belas"]
    else:
        t, u = divmod(rest, 10)
        if t:
            out += [_UNITS_OUT[t], "puluh"]
        if u:
            out.append(_UNITS_OUT[u])
    return out


def to_words(n: int, *, capitalise: bool = False, suffix: Optional[str] = None) -> str:
    """Write a non-negative integer in Indonesian words (``1000`` → ``"seribu"``)."""
    if n < 0:
        raise ValueError("to_words takes a non-negative integer")
    if n == 0:
        out = ["nol"]
    else:
        out = []
        for scale, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
            q, n = divmod(n, scale)
            if q == 1 and scale == 1000:
                out.append("seribu")
            elif q:
                out += _below_thousand(q) + [name]
        out += _below_thousand(n)
    if suffix:
        out.append(suffix)
    if capitalise:
        out = [w.capitalize() for w in out]
    return " ".join(out)
