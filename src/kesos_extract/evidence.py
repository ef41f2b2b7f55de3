"""Operands by evidence: what the phrase finders of :mod:`kesos_extract.claims` leave unexplained.

Real reports and the news that quotes them put a percentage and its operands in every order:
the budget and the realisation in different sentences ("dianggarkan sebesar Rp 25,57 miliar.
Hanya saja, realisasinya mencapai Rp24,83 miliar alias 97,10 persen"), the headline figure
first and the amounts paragraphs later, the whole of a list of shares stated once before the
list ("Anggaran ... Rp 78.256.327.121.000 ... belanja pegawai Rp 517,6 miliar atau 0,66
persen"), a change between two amounts ("turun 26,79 persen dibanding ... Rp 106 triliun").

Rather than one rule per phrasing, every number near a percentage is a *candidate*, with

- a **family**: money, count or percentage (a pair is of one family);
- a **role** read from the words around it (``grammars/claims.yaml``, ``role_words``): a
  budget or target word makes a denominator, a realisation word a numerator, a remainder word
  ("sisa") neither;
- its **distance** to the percentage, and whether it stands right before it ("Rp X atau P
  persen") or right after "dari ..." ("P persen dari pagu Rp Y").

Each numerator/denominator pair gets a score from these cues, plus a bonus when it explains the
stated value within the operands' precision: most stated percentages in real reports are right,
so a pair that explains the value is strong evidence that it is the intended one (AggChecker,
Jo et al., SIGMOD 2019). A pair whose cues alone identify it gets a verdict whatever it is; a
pair found only because it explains the value is reported only as consistent; and where two
pairs are equally likely but disagree, no claim is made rather than a false alarm.
"""

from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import AbstractSet, Iterable, Optional

import regex
from pydantic import BaseModel, ConfigDict, ValidationError

from . import regex_cache
from .document import LABELLED_LINE, Document
from .errors import GrammarError, MalformedNumberError
from .grammar import alternation, load_grammar
from .intervals import DisjointSpans
from .mentions import bare_numbers, canonical_unit
from .models import Mention
from .numbers import parse_number, rounding_verdict
from .ratios import ClaimKind, Operand, RatioClaim, mention_operand
from .segments import SHORT_PARAGRAPH, Segments, segments

ROLES = ("budget", "real", "target", "remainder", "whole")
DENOMINATOR_ROLES = {"budget", "target", "whole"}
# how far around a percentage operands are looked for (characters)
BACK_REACH = 450
AHEAD_REACH = 160
FORWARD_REACH = 900  # a headline percentage whose amounts come in later paragraphs
WHOLE_REACH = 1500  # the whole of a list of shares, stated before the list
# a numbered or lettered item starting on a line ("11. Rehabilitasi ...", "b) Pelayanan ..."):
# the shares of the next item are a list of their own
NEW_ITEM_LINE = regex_cache.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))[ \t]+\p{Lu}")
# the same, its item in lower case too: under a line that introduces a list ("terdiri atas:" /
# "a. fakir miskin 15.972 jiwa;"), where the introduction says it is one
ITEM_LINE = regex_cache.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))[ \t]+\p{L}")


# --- vocabulary ---------------------------------------------------------------------------------

class CueWeights(BaseModel):
    """How much each piece of evidence counts for a numerator/denominator pair (``cue_weights``
    in ``claims.yaml``)."""

    model_config = ConfigDict(extra="forbid")
    adjacent_part: float  # the number right before the percentage ("Rp X atau P persen") is the numerator
    whole_after: float  # the number introduced by "dari"/"of" right after it is the denominator
    numerator_role: float  # a realisation word before the numerator
    denominator_role: float  # a budget, target or whole word before the denominator
    role_reversed: float  # a budget or target word before the would-be numerator
    denominator_taken: float  # the budget already has its realisation in another claim
    denominator_unnamed: float  # nothing says the denominator is a whole
    per_100_chars: float  # distance of each operand from the percentage
    fits: float  # the pair gives the stated value within the operands' precision
    for_verdict: float  # cue score (fit left out) a pair needs to be judged whatever its arithmetic
    at_least: float  # below this even a pair that fits is a coincidence
    rival_margin: float  # a disagreeing reading this close to the best one: no claim


class EvidenceVocabulary(BaseModel):
    """The part of ``claims.yaml``'s vocabulary this module reads, checked when loaded."""

    role_words: dict[str, list[str]]
    role_words_after: dict[str, list[str]]
    goal_words: list[str]
    decrease_words: list[str]
    increase_words: list[str]
    old_value_words: list[str]
    new_value_words: list[str]
    indicator_header_words: dict[str, list[str]]
    part_then_percent_words: list[str]
    percent_then_part_words: list[str]
    whole_after_words: list[str]
    respectively_words: list[str]
    money_words: list[str]
    reference_words: list[str]
    fraction_words: list[str] = []
    percent_name_words: list[str] = []
    quota_words: list[str]
    demonstrative_words: list[str]
    benchmark_words: list[str]
    agency_words: list[str]
    agency_aliases: dict[str, str] = {}
    generic_agency_words: list[str] = []
    region_words: list[str] = []
    revenue_words: list[str] = []
    contrast_opening_words: list[str] = []
    target_levels: list[str] = []
    same_thing_units: list[list[str]] = []
    classifier_units: list[str] = []
    place_units: list[str] = []
    ratio_words: list[str] = []
    conclusion_words: list[str] = []
    target_after_words: list[str] = []
    not_achieved_words: list[str] = []
    approximate_operand_words: dict[str, list[str]] = {}
    cue_weights: CueWeights


def _words_re(words: Iterable[str], *, suffix: bool = True, anchor: str = "") -> regex.Pattern:
    alt = _alt(words)
    tail = r"(?:nya)?" if suffix else ""
    return regex_cache.compile(rf"(?<!\w)(?:{alt}){tail}(?!\w){anchor}", regex.I)


@dataclass(frozen=True)
class _Vocab:
    role_before: regex.Pattern
    role_of: dict[str, str]
    role_after: regex.Pattern
    goal_before: regex.Pattern
    decrease: regex.Pattern
    increase: regex.Pattern
    old_value: regex.Pattern
    old_value_ending: regex.Pattern  # an old-value word right before a number ("turun dari Rp X")
    new_value: regex.Pattern
    header: dict[str, regex.Pattern]
    gap_before: regex.Pattern  # between a part and its percentage
    gap_after: regex.Pattern  # between a percentage and its part
    whole_after: regex.Pattern  # "dari", "of" right after a percentage
    respectively: regex.Pattern
    money: regex.Pattern  # a money word, or a budget or realisation role word
    reference: frozenset[str]
    quota: frozenset[str]  # a whole named by them alone is a quota the text gives by its count
    demonstrative: regex.Pattern
    benchmark: regex.Pattern
    agency: regex.Pattern  # an agency's name: its opening word and the capitalised words after it
    agency_aliases: dict[str, tuple[str, ...]]  # "dinsos": ("dinas", "sosial")
    generic_agency: frozenset[str]  # "dinas", "opd": an agency word that names none in particular
    region: regex.Pattern  # "belanja daerah", "Pemkab": the whole region's money
    revenue: regex.Pattern  # "pendapatan", "PAD", "retribusi": money coming in, not spent
    contrast_opening: regex.Pattern  # "Sementara", "Adapun" opening a sentence: of another thing
    target_levels: frozenset[str]  # "nasional", "RPJMD": a target set by another level or plan
    thing_of_unit: dict[str, str]  # "orang" -> "jiwa", "rumah" -> "RTLH": units naming one thing
    classifiers: frozenset[str]  # "unit", "buah": a count of whatever thing the context counts
    places: frozenset[str]  # "desa", "kelurahan": where things are, never what a classifier counts
    clause_words: frozenset[str]  # words a percentage's clause may use of any figures: reference, ratio, role
    target_after: regex.Pattern  # "400 RTLH yang ditargetkan", "120 KPM sasaran": a target named after its number
    not_achieved: regex.Pattern  # "belum", "adalah": a part that is no achievement of a target
    # "sekitar 2.500 KK", "lebih dari 300 orang", "hampir 1.000 jiwa": which side of the figure as
    # written the real one is on ("around", "above", "below"), by the words right before it
    approximate: dict[str, regex.Pattern]
    weights: CueWeights


@lru_cache(maxsize=1)
def vocabulary() -> _Vocab:
    raw = load_grammar("claims").vocabulary or {}
    try:
        v = EvidenceVocabulary.model_validate(raw)
    except ValidationError as e:
        first = e.errors()[0]
        raise GrammarError("claims.yaml", "vocabulary." + ".".join(map(str, first["loc"])), first["msg"]) from e
    for name in list(v.role_words) + list(v.role_words_after):
        if name not in ROLES:
            raise GrammarError("claims.yaml", f"vocabulary.role_words.{name}", f"unknown role; known: {ROLES}")
    role_of = {" ".join(w.lower().split()): role for role, ws in v.role_words.items() for w in ws}
    return _Vocab(
        role_before=_words_re(role_of),
        role_of=role_of,
        role_after=_words_re([w for ws in v.role_words_after.values() for w in ws], suffix=False),
        # "target serapan semester I sebesar 40 persen": a period named after the goal's words
        # (the uptake aimed at may stand between: "Dinsos menargetkan serapan 95 persen")
        goal_before=_words_re(v.goal_words, anchor=r"(?:\s+(?:\w+\s+){0,2}?(?:(?:semester|triwulan|tw|tahap|bulan)\s+\w+\s+)?"
                                                   r"(?:hanya|sebesar|sekitar|minimal|mencapai)|\s+(?:serapan|penyerapan|realisasi)"
                                                   r"(?:\s+(?:anggaran|keuangan|dana|belanja))?)?\s*$"),
        decrease=_words_re(v.decrease_words, suffix=False, anchor=r"(?:\s+\w+){0,3}\s*$"),
        increase=_words_re(v.increase_words, suffix=False, anchor=r"(?:\s+\w+){0,3}\s*$"),
        old_value=_words_re(v.old_value_words, suffix=False),
        old_value_ending=_words_re(v.old_value_words, suffix=False, anchor=r"\s*(?:sebesar\s*)?$"),
        new_value=_words_re(v.new_value_words, suffix=False),
        header={k: _words_re(ws, suffix=False) for k, ws in v.indicator_header_words.items()},
        # "14 provinsi lainnya (41,18%)": "the others" between a count and its share
        # "Rp 11,2 miliar atau hanya 60,87 persen": "only", "just" weigh the share, name no other
        # "Rp A atau separuhnya (50 persen)": a fraction word says the percentage again
        # "Rp 9,86 miliar itu cuma 0,74 persen dari ...": the part pointed at, then "only"
        gap_before=regex_cache.compile(r"^[\s,]*(?:(?:lainnya|itu|tersebut)\s*)?(?:\(\s*)?(?:" + _alt(v.part_then_percent_words) + r")?\s*"
                                 r"(?:(?:" + _alt(v.percent_name_words or ["(?!)"]) + r")\s+)?"
                                 r"(?:(?:hanya|baru|cuma|sekadar)\s+)?"
                                 r"(?:(?:" + _alt(v.fraction_words or ["(?!)"]) + r")(?:nya)?[\s,]*)?"
                                 r"(?:sebesar|sekitar|sekira|kurang\s+lebih|mencapai|lebih\s+dari)?\s*\(?\s*$", regex.I),
        # "96,5% anggaran atau Rp X": a noun may name what the percentage is of before the joining word
        gap_after=regex_cache.compile(r"^[\s,)]*(?:(?:\p{L}{3,}[\s,]+)?(?:" + _alt(v.percent_then_part_words) + r")|)"
                                r"\s*(?:sebanyak|sebesar)?\s*\(?\s*$", regex.I),
        whole_after=regex_cache.compile(r"[\s)]*(?:" + _alt(v.whole_after_words) + r")(?!\w)", regex.I),
        respectively=_words_re(v.respectively_words, suffix=False),
        money=_words_re(list(v.money_words) + list(v.role_words.get("budget", [])) + list(v.role_words.get("real", []))),
        reference=frozenset([*(w.lower() for w in v.reference_words),
                             *(f"{p.lower()}{tail}" for w in v.fraction_words for p in w.split() for tail in ("", "nya"))]),
        quota=frozenset(w.lower() for w in v.quota_words),
        demonstrative=_words_re(v.demonstrative_words, suffix=False),
        # up to three words of what is averaged, then a word linking its value ("rata-rata realisasi
        # OPD Pemkot yang 41,2 persen")
        benchmark=_words_re(v.benchmark_words, suffix=False,
                            anchor=r"(?:\s+\p{L}+){0,3}(?:\s+(?:yang|sebesar|sekitar|hanya|baru|mencapai)){0,2}\s*$"),
        agency=regex_cache.compile(r"(?<!\w)(?i:" + _alt(v.agency_words) + r")(?!\w)(?:[ ]+\p{Lu}[\p{L}&.-]*){0,3}"),
        agency_aliases={k.lower(): tuple(w.lower().split()) for k, w in v.agency_aliases.items()},
        generic_agency=frozenset(w.lower() for w in v.generic_agency_words),
        region=_words_re(v.region_words or ["(?!)"], suffix=False),
        revenue=_words_re(v.revenue_words or ["(?!)"], suffix=False),
        thing_of_unit={u: group[0] for group in v.same_thing_units for u in group},
        classifiers=frozenset(v.classifier_units),
        places=frozenset(v.place_units),
        clause_words=frozenset(p.lower() for w in [*v.reference_words, *v.ratio_words, *v.conclusion_words,
                                                   *(w for ws in v.role_words.values() for w in ws)]
                               for p in w.split()),
        target_levels=frozenset(w.lower() for w in v.target_levels),
        contrast_opening=regex_cache.compile(r"[\s\"“]*(?:" + _alt(v.contrast_opening_words or ["(?!)"]) + r")(?!\w)", regex.I),
        # the thing counted may be named between the number and the words ("400 RTLH yang
        # ditargetkan"), in up to two words that join no other clause
        target_after=regex_cache.compile(r"(?:[ \t]+(?!(?:dari|atau|dan|yang|sebanyak|sejumlah|telah|sudah)\b)[\p{L}-]+){0,2}?"
                                   r"[ \t]+(?:" + _alt(v.target_after_words or ["(?!)"]) + r")(?!\w)", regex.I),
        not_achieved=_words_re(v.not_achieved_words or ["(?!)"], suffix=False),
        approximate={side: regex_cache.compile(r"(?<![\w±])(?:" + _alt(ws) + r")\s*(?:(?:sebanyak|sejumlah|sebesar|senilai)\s*)?"
                                         r"(?:Rp\.?\s*)?$", regex.I)
                     for side, ws in v.approximate_operand_words.items()},
        weights=v.cue_weights,
    )


_alt = alternation  # (the words as a regex alternation, longest first)


def _role_word(found: str) -> str:
    key = " ".join(found.lower().split())
    if key.endswith("nya") and key not in vocabulary().role_of:
        key = key[:-3]
    return vocabulary().role_of.get(key, "")


# --- candidates ---------------------------------------------------------------------------------

# between two counts of a list, each with up to three words of what it counts: "300 orang lansia
# dan 200 orang", "320 anak terlantar, 145 lansia dan 85"
# a percentage's clause naming the whole it is of after "terhadap", right before it: "capaian
# terhadap anggaran kas 92,24 persen", "serapan terhadap rencana penarikan dana sebesar"
_AGAINST_NAMED_WHOLE = regex_cache.compile(r"\bterhadap\s+(?P<name>(?:\p{L}+\s+){0,3}?\p{L}+)\s*(?:sebesar|mencapai|yaitu|:)?\s*\(?\s*$",
                                     regex.I)
# words of a whole's name that name no whole in particular
_GENERIC_WHOLE_WORDS = frozenset({"yang", "dan", "total", "jumlah", "seluruh", "keseluruhan", "tahun", "ini", "itu",
                                  "tersebut"})
# words after a count that make it a whole named back or described, no list item ("1.250 penerima
# itu, ...", "400 RTLH yang ditargetkan, ...")
_WHOLE_NAMED_BACK = regex_cache.compile(r"\b(?:itu|tersebut|ini|yang)\b", regex.I)
_DARI_BEFORE_COUNT = regex_cache.compile(r"\bdari\s*$", regex.I)
# (a space may be a line break, where a copy wrapped its lines; not a blank line)
COUNT_LIST_GAP = regex_cache.compile(r"(?:(?:[ \t]|\n(?![ \t]*\n))+\p{L}+){0,3}(?:[ \t]|\n(?![ \t]*\n))*"
                               r"(?:,(?:[ \t]|\n(?![ \t]*\n))*(?:(?:dan|serta)(?:[ \t]|\n(?![ \t]*\n))+)?"
                               r"|(?:[ \t]|\n(?![ \t]*\n))+(?:dan|serta)(?:[ \t]|\n(?![ \t]*\n))+)", regex.I)


def listed_together(text: str, a: Operand, b: Operand) -> bool:
    """Are two counts, ``a`` before ``b``, successive items of one list ("300 orang lansia dan
    200 orang disabilitas")? Not a whole and its part ("Dari 1.250 penerima itu, 875 orang",
    "Dari 400 RTLH yang ditargetkan, 412 unit")."""
    return bool(COUNT_LIST_GAP.fullmatch(text, a.end, b.start)) and not _WHOLE_NAMED_BACK.search(text, a.end, b.start) \
        and not _DARI_BEFORE_COUNT.search(text, max(0, a.start - 8), a.start)


@dataclass(frozen=True)
class Candidate:
    op: Operand
    family: str  # money | count | percent
    role: Optional[str]


# patterns of the role and change finders, compiled once
# (an aspect word may stand between: "PMKS yang belum tertangani", "anak yang sudah dilayani")
_YANG_BEFORE = regex_cache.compile(r"\byang\s+(?:(?:belum|tidak|sudah|telah|masih)\s+)?$", regex.I)
# a full stop ending a sentence inside what the segmenter holds for one: after a word or a
# figure, before a bullet or a capital ("... 120 anak.\n- Capaian", not "Rp. 4.697")
_INNER_FULL_STOP = regex_cache.compile(r"(?<=[\p{Ll}\d])\.\s+(?=[-•*▪]|\p{Lu})")
# the opening of a relative clause right after a number: "400 RTLH yang ditargetkan, ..."
_RELATIVE_OF_PREVIOUS = regex_cache.compile(r"^\s*yang(?:\s+\p{L}+){0,2}\s+$", regex.I)
# "dibagi" names the divisor whatever words name it before its number ("dibagi jumlah PMKS yang
# terdata dalam basis data sebanyak 7.800 jiwa"), unlike "dari", which has other senses
_DIVIDED_BY = regex_cache.compile(r"dibagi|divided", regex.I)
_BEFORE_WHOLE_NUMBER = regex_cache.compile(r"\s*(?:sebesar|sebanyak|Rp\.?|IDR)?\s*", regex.I)
# a whole's name of up to three words before its number, right after "dari" after a percentage
_NAMED_BEFORE_WHOLE_NUMBER = regex_cache.compile(
    r"(?:\s+(?!(?:yang|dan|atau|serta|tahun|pada|di|ke|untuk)\b)[\p{L}-]+){1,3}\s*(?:sebesar|sebanyak|Rp\.?|IDR)?\s*",
    regex.I)
_NEXT_FIGURE_OR_CLAUSE = regex_cache.compile(r"[,;]|\batau\b|\bor\b|\d")
_SEMULA_AFTER = regex_cache.compile(r"\s*\S*\s*(?:semula|sebelumnya)", regex.I)
_OWN_PERCENT_AFTER = regex_cache.compile(r"[\s,]*(?:atau|alias|yaitu)?\s*(?:sebesar|sekitar)?\s*\(?\s*\d[\d.,]*\s*(?:%|persen)",
                                   regex.I)
# a full stop and a space, not the dot of an abbreviation ("Rp. 4,6 miliar", "Kab. Bima", "No. 5"):
# a clause's end
FULL_STOP = r"(?<!\b(?:Rp|Kab|Kec|Kel|No|Prov|Dr|Drs|Ir|H|Jl|Jln|Tbk))\.\s"
_CLAUSE_STOP = regex_cache.compile(r"[;:]|,\s+(?:sedangkan|sementara|serta|dan)\b|" + FULL_STOP)
# ("serapannya", "penyerapannya": the possessive suffix of news copy)
_FINANCIAL = regex_cache.compile(r"\b(?:anggaran\w*|dana|pagu|belanja|keuangan|serapan(?:nya)?|penyerapan(?:nya)?|terserap"
                           r"|realisasi\w*|apbd|apbn)\b", regex.I)


# a period of the year with its numeral: "triwulan II", "semester I", "tahap 2"
_PERIOD_LABEL = regex_cache.compile(r"\b(triwulan|tw|semester|kuartal|caturwulan|tahap|termin)\s*-?\s*"
                              r"([IVX]{1,4}|\d|pertama|kedua|ketiga|keempat)\b", regex.I)
_ORDINAL = {"pertama": "i", "kedua": "ii", "ketiga": "iii", "keempat": "iv", "1": "i", "2": "ii", "3": "iii", "4": "iv"}


def _period_key(m: regex.Match) -> tuple[str, str]:
    word = m.group(1).lower()
    word = "triwulan" if word in ("tw", "kuartal") else word
    n = m.group(2).lower()
    return word, _ORDINAL.get(n, n)


# for claims.py, which tells the periods of two counts apart by them
PERIOD_LABEL, period_key = _PERIOD_LABEL, _period_key


# what names one part of an agency's budget: a program, an activity, a sub-activity
_PART_OF_BUDGET = regex_cache.compile(r"\b(?:program|kegiatan|sub\s*-?\s*kegiatan|subkegiatan)\b", regex.I)
# "realisasi fisik", "capaian kinerja", "progres pekerjaan", "kemajuan konstruksi": the progress of
# works or of an indicator ("progres serapan" is of money)
_NON_FINANCIAL = regex_cache.compile(r"\b(?:fisik|kinerja|capaian|(?:progres|progress|kemajuan)(?!\s+(?:serapan|penyerapan|realisasi)\b))"
                               r"\b[^%\d]*$", regex.I)
# "Capaian serapan Dinsos 88 persen": the uptake of money, whatever word reports it
_FINANCIAL_NEAR = regex_cache.compile(r"\b(?:keuangan|anggaran|dana|pagu|belanja|serapan|penyerapan)\b[^%\d]*$", regex.I)


# "... realisasi Rp 430.000.000, capaian 95,56%": a bare "capaian" right after an amount is the
# amount's share of its budget
# "Rp B, capaian P%", "Rp B - Capaian P%", "Rp B | Capaian: P%": an amount's own achievement is of money
# (or "Rp B, persentase capaian sebesar P%", "Rp A; persentase capaian sebesar P persen dengan realisasi Rp B")
_AMOUNT_THEN_CAPAIAN = regex_cache.compile(
    r"\brp\.?\s*\d[\d.,]*(?:\s*(?:ribu|juta|jt|miliar|milyar|m|triliun|t)\b)?[\s,;:|\-–—(]*"
    r"(?:(?:persentase|prosentase|tingkat)\s+)?capaian(?:nya)?(?:\s+(?:sebesar|mencapai|adalah))?\W*$", regex.I)


def amount_then_achievement(before: str) -> bool:
    """Does an amount end ``before``, then a bare "capaian" ("... realisasi Rp B; capaian")? The
    percentage after is that amount's share of its budget."""
    return bool(_AMOUNT_THEN_CAPAIAN.search(before))


def not_financial(before: str) -> bool:
    """The words before a percentage name a physical or performance figure, not money."""
    return bool(_NON_FINANCIAL.search(before)) and not _FINANCIAL_NEAR.search(before) \
        and not _AMOUNT_THEN_CAPAIAN.search(before)


_WORD = regex_cache.compile(r"[\p{L}/]+")
_PREFIX = regex_cache.compile(r"^(?:di|ter|ber|be|meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|ke|se)(?=\p{L}{4})")
_SUFFIX = regex_cache.compile(r"(?<=\p{L}{4})(?:nya|kan|an|i)$")


def stem(word: str) -> str:
    """A light Indonesian stem: affixes off ("diverifikasi" and "verifikasi", "tertangani" and
    "penanganan" come near enough for telling whether a word was said before)."""
    return _PREFIX.sub("", _SUFFIX.sub("", word.lower()))


def stems_meet(a: str, b: str) -> bool:
    """Do two light stems name one word? Equal, or one begins or ends the other (a light stem
    leaves a prefix or a suffix: "realisas" of "Realisasi", "alur" of "penyaluran" and "salur")."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a))


def clause_is_about(clause: str, figures: str, unit: Optional[str] = None) -> bool:
    """Is a percentage's clause about what the figures' text speaks of: is each of its words a
    reference, ratio, conclusion or role word, a word of the figures' text (by its stem), or a
    name of what the figure counts ("peserta" of "36 orang": ``unit``)? "Penyaluran bantuan
    sosial tunai mencapai" is not about "Dari 12 indikator kinerja, 10 indikator tercapai"."""
    said = {stem(w) for w in _WORD.findall(figures)}
    allowed = vocabulary().clause_words
    for word in _WORD.findall(clause):
        low = word.lower()
        if low in allowed or (low.endswith("nya") and low[:-3] in allowed):
            continue
        if unit is not None and canonical_unit(low) == unit:
            continue
        mine = stem(low)
        if not any(stems_meet(mine, t) for t in said):
            return False
    return True


def goal_before(before: str) -> bool:
    """Do the words right before a percentage make it a goal or a benchmark, not a ratio of the
    figures around it ("Target serapan anggaran sebesar", "Rata-rata serapan nasional")? The
    later items of a list of goals are goals too ("dari target 80% dan 85%")."""
    before = _after_listed_goals(before)
    goal = vocabulary().goal_before.search(before)
    if goal is not None and _ACHIEVEMENT_AGAINST.search(before, 0, goal.start()):
        goal = None  # "capaian terhadap target akhir Renstra sebesar 89,05%": an achievement
    return bool(goal or vocabulary().benchmark.search(before))


# where a whole's name after "dari" ends: an aspect word or a verb ("... dari kuota provinsi belum
# menerima", "... dari penduduk miskin menerima bantuan", "... telah disalurkan")
_PREDICATE_WORDS = frozenset({"belum", "sudah", "telah", "masih", "akan", "tidak", "sedang", "baru", "pun"})
_PREDICATE_VERB = regex_cache.compile(r"(?:me|di|ter|ber)\p{L}{4,}$", regex.I)
# words opening a whole's name that name nothing themselves ("dari total kuota provinsi")
_WHOLE_OPENERS = frozenset({"total", "jumlah", "seluruh", "keseluruhan", "dari"})
NAMED_WHOLE_REACH = 1200  # characters before the part's sentence searched for the named whole's figure
STORY_REACH = 2000  # characters before a realisation's sentence searched for its budget (story_budget)
# the first change word of a sentence, where its subject ends: "... tahun 2020 meningkat dibandingkan ..."
# a figure that is the whole of a part stated before it: "A dari (rencana|target|...) B"
_FIRST_DIGIT = regex_cache.compile(r"\d")
_CLAUSE_END_IN = regex_cache.compile(r"[.;,](?:\s|$)")
_PART_PREDICATE = regex_cache.compile(r"\b(?:telah|sudah|belum|yang|akan|masih|baru|sehingga|atau)\b", regex.I)
_WHOLE_AFTER_DARI = regex_cache.compile(r"\bdari(?:[ \t]+(?:rencana|target|sasaran|total|jumlah|seluruh|kuota))?[ \t]*$", regex.I)
_CHANGE_VERB = regex_cache.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|menyusut)\b", regex.I)
_FIGURE = regex_cache.compile(r"\d[\d.,]*\d|\d")
# a year a change is compared with, right after its percentage, no figure: " dibanding tahun 2023"
_COMPARED_YEAR_AFTER = regex_cache.compile(r"\s*(?:dibanding(?:kan)?|daripada)\s+(?:dengan\s+)?(?:tahun\s+)?(?:anggaran\s+)?"
                                     r"(?P<year>(?:19|20)\d\d)(?!\d)(?!\s*(?:yang\s+)?(?:sebesar|sebanyak|senilai|mencapai|:|=|Rp))",
                                     regex.I)
_CLAUSE_BREAK = regex_cache.compile(r"[,;:()]|\.\s")
# after a change's percentage, the year before as its base: " dibandingkan tahun sebelumnya", " dari tahun lalu"
_AGAINST_YEAR_BEFORE = regex_cache.compile(r"\s*(?:(?:di)?banding(?:kan)?\s+(?:dengan\s+)?|dari\s+)(?:realisasi\s+)?tahun\s+"
                                           r"(?:sebelumnya|lalu)\b", regex.I)
# between a value and its change's percentage: " atau turun ", ", naik sebesar ", the change said
# by a noun too: ", sehingga terjadi peningkatan sebesar "
_CHANGE_GAP = regex_cache.compile(r"\s*,?\s*(?:(?:sehingga|maka|atau)\s+)?(?:terjadi\s+|ada\s+|mengalami\s+)?"
                                        r"(?:naik|turun|meningkat|menurun|bertambah|berkurang|peningkatan|penurunan|kenaikan|"
                                        r"pertambahan|pengurangan)(?:\s+(?:sebesar|sekitar|sebanyak))?\s*", regex.I)
# the region's total spending, named before its figure: "total APBD", "total belanja daerah",
# "seluruh belanja APBD" (an agency's budget is part of it)
_REGION_TOTAL = regex_cache.compile(r"\b(?:total|seluruh|keseluruhan|jumlah)\s+(?:belanja\s+)?(?:APBD|APBN|belanja\s+daerah)\b"
                                    r"|\bbelanja\s+(?:daerah|APBD|APBN)\b"
                                    # "belanja langsung Kabupaten X tahun 2018 yang sebesar": the region's, not an agency's
                                    r"|\bbelanja\s+(?:langsung|tidak\s+langsung)\s+(?:Kabupaten|Kota|Provinsi|Pemerintah|Pemkab|Pemkot|Pemprov)\b",
                                    regex.I)
REGION_TOTAL_REACH = 90  # characters before a figure read for the words naming it the region's total
# between an amount and its share of a whole named after the percentage: ", menyerap ", " yang
# mencapai ", ", yaitu "
_SHARE_VERB_GAP = regex_cache.compile(r"[\s,]*(?:yang\s+)?(?:menyerap|mencapai|menyumbang|setara(?:\s+dengan)?|merupakan|"
                                      r"yaitu|yakni|atau|sebesar)(?:\s+(?:sekitar|sebesar))?\s*", regex.I)
# the words before a figure that make it another year's, compared with: "lebih kecil daripada
# tahun 2021 yang mencapai ", "dibandingkan dengan anggaran tahun 2022 sebesar "
_COMPARED_YEAR_LEAD = regex_cache.compile(r"\b(?:daripada|dibanding(?:kan)?(?:\s+dengan)?)\s+(?:\p{L}+\s+){0,3}?(?:tahun|TA)\s+"
                                          r"(?:anggaran\s+)?(?:19|20)\d\d\s+(?:yang\s+)?(?:sebesar|mencapai|senilai|"
                                          r"sebanyak|yaitu|berjumlah|:)?\s*(?:Rp\.?\s*)?$", regex.I)
# after a change's percentage, the first budget as its base: " dari pagu awal", " dibanding anggaran semula"
_FIRST_BUDGET_AFTER = regex_cache.compile(r"\s*(?:(?:di)?banding(?:kan)?\s+(?:dengan\s+)?|dari\s+)(?:pagu|anggaran|alokasi)\s+"
                                          r"(?:awal|semula|murni|induk|sebelumnya|sebelum\s+perubahan)\b", regex.I)
# "dari" right before a figure, maybe with a word naming it a total: "dari 15 kecamatan", "dari
# total 1.200 jiwa"; not "lebih dari 300 orang" (a bound), "terdiri dari 4.160 KPM" (a part)
DARI_RIGHT_BEFORE = regex_cache.compile(r"(?<!\b(?:lebih|kurang|terdiri|berasal|mulai)\s)\bdari\s+"
                                        r"(?:(?:total|jumlah|seluruh|keseluruhan)\s+)?(?:sebanyak\s+|sejumlah\s+)?$", regex.I)
# the words before a figure that make it another year's: "Pada tahap II 2023 tercatat ", "tahun lalu sebanyak "
_OTHER_YEAR_LEAD = regex_cache.compile(r"(?:\b(?:19|20)\d\d\b|\btahun\s+(?:lalu|sebelumnya|kemarin)\b)[^.;]{0,40}$", regex.I)
# the change said of this year: "sehingga tahun ini turun"
_THIS_YEAR = regex_cache.compile(r"\b(?:tahun\s+ini|saat\s+ini|sekarang|kini)\b", regex.I)
# between a percentage and the figure of the whole its words name: " dari total Dana Desa Purworejo
# 2023 sebesar ", " terhadap seluruh belanja daerah yang mencapai "
_WHOLE_WORDS_THEN_FIGURE = regex_cache.compile(r"\s*(?:dari|terhadap)\s+(?:total|seluruh|keseluruhan|jumlah)\s+[^\d;.]{0,60}?"
                                               r"(?:(?:19|20)\d\d\s+)?(?:sebesar|senilai|sejumlah|yang\s+(?:mencapai|berjumlah|sebesar))"
                                               r"\s*(?:Rp\.?\s*)?", regex.I)
# a budget word naming the whole after a percentage: " dari pagu Dinsos", " dari anggaran", " terhadap alokasi"
_REALISATION_NAMED_AFTER = regex_cache.compile(r"\s*\)?\s*(?:dari|terhadap)\s+(?:total\s+)?(?:realisasi|serapan)\b", regex.I)
_BUDGET_NAMED_AFTER = regex_cache.compile(r"\s*\)?\s*(?:dari|terhadap)\s+(?:total\s+)?(?:pagu|anggaran|alokasi|plafon)\b", regex.I)
# a short sentence naming an uptake before its percentage: "Persentasenya ", "Daya serapnya dengan
# demikian ", "Persentase realisasinya sebesar "
_UPTAKE_CONCLUSION = regex_cache.compile(r"[\s\"“]*(?:persentase(?:nya)?|prosentase(?:nya)?|daya\s+serap(?:nya)?|"
                                         r"serapan(?:nya)?|penyerapan(?:nya)?|tingkat\s+(?:serapan|penyerapan|realisasi)(?:nya)?)"
                                         r"(?:\s+(?:realisasi(?:nya)?|anggaran(?:nya)?|keuangan(?:nya)?))?"
                                         r"(?:\s+(?:dengan\s+demikian|sebesar|mencapai|adalah|yaitu))*\s*", regex.I)
SUBJECT_VALUE_REACH = 2500  # characters before a change's sentence searched for the value its subject names
SPLIT_PAIR_REACH = 700  # characters after a change searched for its two values in sentences of their own
# words of a change's subject that name no particular figure ("Jumlah ... tahun ini naik", "... yang ...")
_GENERIC_SUBJECT_WORDS = frozenset({"jumlah", "tahun", "ini", "itu", "yang", "dan", "pada", "di", "untuk", "bagi",
                                    "dari", "total", "sebanyak", "sebesar", "angka", "nilai", "ia", "menjelaskan",
                                    "mengatakan", "menyebut", "menyebutkan", "kata", "ujarnya", "jelasnya"})
STORY_RATIO_WIDTH = Decimal("1")  # percentage points the operands of such a far pair may leave open
# the words right before what a budget was changed to: "menjadi Rp B", "menjadi sebesar Rp B"
_MENJADI_LEAD = regex_cache.compile(r"\bmenjadi\s+(?:sebesar\s+|hanya\s+)?$", regex.I)
# between the whole after a percentage and its part: ", yakni ", " yaitu sebesar "
_PART_AFTER_WHOLE_GAP = regex_cache.compile(r"\s*,?\s*(?:yakni|yaitu)\s+(?:sebesar\s+|senilai\s+|sebanyak\s+)?", regex.I)
# a sentence opening with a noun or two and a demonstrative: "Usulan tersebut", "Jumlah itu", "Anggaran ini"
_BACK_REFERENCE_SUBJECT = regex_cache.compile(r"\s*[\"“]?\s*(?:\p{L}+\s+){1,2}(?:tersebut|itu|ini)\b", regex.I)
# between one percentage of a part (with its whole) and the same part's percentage of another whole
_ANOTHER_WHOLE_GAP = regex_cache.compile(r"\s*[,;]?\s*(?:atau|dan|serta|yaitu|yakni|sedangkan)\s+(?:sebesar\s+|setara\s+)?", regex.I)
# an achievement measured against the target named after it: "tingkat capaian terhadap ", "capaian
# kinerja dari " (then "target ... sebesar P%": P is the achievement, not the target)
_ACHIEVEMENT_AGAINST = regex_cache.compile(r"\b(?:capaian|pencapaian)(?:nya)?(?:\s+[\p{L}-]+){0,2}?\s+(?:terhadap|dari|atas)\s+$",
                                     regex.I)


# percentages listed before one, back to the words before the first: "target 80%, 85% dan"
_LISTED_PERCENTS_BEFORE = regex_cache.compile(r"(?:\d[\d.,]*\s*(?:%|persen)\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+))+$",
                                        regex.I)


def _after_listed_goals(before: str) -> str:
    """The words before a list of percentages whose last item ends ``before``: "dari target 80%
    dan" -> "dari target" (what the first item is, the later ones are too)."""
    m = _LISTED_PERCENTS_BEFORE.search(before)
    return before[:m.start()].rstrip() if m else before


@lru_cache(maxsize=1)
def _indicator_words() -> tuple[regex.Pattern, regex.Pattern]:
    """targets.yaml: the words that make a percentage a difference of percentages, and those that
    make it an achievement."""
    v = load_grammar("targets").vocabulary or {}
    return (_words_re(v.get("percent_difference_words") or ["(?!)"], suffix=False, anchor=r"(?:\s+\S+){0,4}\s*$"),
            _words_re(v.get("achievement_words") or ["(?!)"], suffix=True))


@lru_cache(maxsize=1)
def _lower_is_better_res() -> tuple[regex.Pattern, regex.Pattern]:
    """claims.yaml ``lower_is_better``: what says so of an indicator, and what names one."""
    words = (load_grammar("claims").vocabulary or {}).get("lower_is_better", {})
    return tuple(regex_cache.compile("|".join(f"(?:{w})" for w in words.get(k, [])) or r"(?!)", regex.I)
                 for k in ("said", "named"))  # type: ignore[return-value]


def names_lower_is_better(text: str) -> bool:
    """Does an indicator's name (a table row's label) say lower is better: "Persentase PMKS yang
    belum tertangani", "Angka kemiskinan", "(indikator negatif)"?"""
    said, named = _lower_is_better_res()
    return bool(said.search(text) or named.search(text))


def lower_is_better_at(text: str, start: int, percent_start: int) -> bool:
    """Is the achievement stated at ``percent_start``, of figures from ``start`` on, of an
    indicator where lower is better: said so in its paragraph up to the end of the percentage's
    sentence ("merupakan indikator negatif", "semakin sedikit ... semakin baik"), or named so by
    the sentences of its figures ("angka kemiskinan", "yang belum tertangani")?"""
    seg = segments(text)
    para_start, _ = seg.paragraph(start)
    _, end = seg.sentence(percent_start)
    own_start, _ = seg.sentence(start)
    # in rows run together into one sentence ("... belum tertangani 20% 18% 110% Tercapai ... Persentase
    # Penyandang Disabilitas yang Mandiri 25% ..."), the name is the words after the last figure before
    own_start = max([own_start] + [m.end() for m in _PERCENT_FIGURE.finditer(text, own_start, start)])
    said, named = _lower_is_better_res()
    if said.search(text, para_start, end) or named.search(text, own_start, end):
        return True
    # said in a paragraph of its own right before, one that states no figure of its own ("Indikator
    # ini merupakan indikator negatif, semakin kecil realisasi semakin baik." / "Pada tahun 2023 ...")
    before_start, before_end = seg.previous_paragraph(para_start)
    return before_end > 0 and not _PERCENT_FIGURE.search(text, before_start, before_end) and \
        bool(said.search(text, before_start, before_end))


_PERCENT_FIGURE = regex_cache.compile(r"\d\s*(?:%|persen\b)", regex.I)


def fits_lower_is_better(pct: Operand, num: Operand, den: Operand) -> bool:
    """Does the stated achievement fit a formula of an indicator where lower is better: (target -
    (realisation - target)) / target, or target / realisation? (Only where the words say the
    indicator is one: :func:`lower_is_better_at`.)"""
    if den.value <= 0 or num.value <= 0:
        return False
    return any(rounding_verdict(pct.value, pct.decimals, r) != "mismatch"
               for r in ((2 * den.value - num.value) * 100 / den.value, den.value * 100 / num.value))


@lru_cache(maxsize=1)
def _should_be_served_re() -> regex.Pattern:
    words = (load_grammar("targets").vocabulary or {}).get("should_be_served_words") or ["(?!)"]
    return regex.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)(?:\s+[\p{{L}}/()-]+){{0,6}}?\s*(?:sebanyak|sejumlah|:)?\s*$",
                         regex.I)


def names_those_to_serve(lead: str) -> bool:
    """Do the words before a count name it the people who should be served ("Jumlah PMKS yang
    seharusnya memperoleh bantuan sosial :"), the whole of an SPM or LPPD indicator?"""
    return bool(_should_be_served_re().search(lead))


@lru_cache(maxsize=1)
def _done_before_re() -> regex.Pattern:
    v = load_grammar("targets").vocabulary or {}
    aux, undone = v.get("done_auxiliaries") or ["(?!)"], v.get("not_done_participles") or ["(?!)"]
    return regex_cache.compile(rf"(?<!\w)(?:{_alt(aux)})\s+(?!(?:{_alt(undone)})(?!\w))(?:di|ter)\p{{L}}{{3,}}"
                         r"(?:\s+(?!(?:dari|target\w*|sasaran|pagu|anggaran|yang)\b)[\p{L}-]+){0,4}?\s*"
                         r"(?:sebanyak|sejumlah|sebesar|mencapai|:)?\s*$", regex.I)


def said_done_before(window: str) -> bool:
    """Do the words right before a count say it was done, by a perfect participle ("yang telah
    direhabilitasi secara kumulatif sebanyak"), not one of planning or listing ("yang telah
    ditetapkan sebanyak", "yang sudah terdaftar")?"""
    return bool(_done_before_re().search(window))


def difference_of_percents_before(before: str) -> bool:
    """Do the few words before a percentage name a difference of two percentages ("terdapat
    efisiensi penggunaan anggaran sebesar", "selisih")? Then the percentages around it are not
    its numerator and denominator."""
    return bool(_indicator_words()[0].search(before))


def achievement_not_target(before: str) -> bool:
    """Is a percentage the words make a target ("capaian kinerja sasaran sebesar 100%": "sasaran"
    names the objective) an achievement instead: an achievement word after the last target word
    of its clause? ("target capaian 90%" keeps the target: its target word comes first.)"""
    ach = _last(_indicator_words()[1].finditer(before))
    if ach is None:
        return False
    return not any(_role_word(m.group(0)) == "target" for m in vocabulary().role_before.finditer(before, ach.end()))


# a sentence whose subject is a goal, a few words and then the percentage: "Target serapan tahun
# ini 95 persen", "Sasaran penyaluran bansos 100 persen"
_VERB_FORM = regex_cache.compile(r"(?:di|ter|me|ber)\p{L}{4,}", regex.I)
_GOAL_SUBJECT = regex_cache.compile(r"^[\W_]*(?:target|sasaran)\s+(?:[^\W\d_]+\s+){0,4}$", regex.I)


# a news story's dateline before its first sentence: "TENGGARONG – ", "SUMBAWA BESAR, suarantb.id – ",
# "JAKARTA (ANTARA) - " (the place in capitals, then a dash)
DATELINE_LEAD = regex_cache.compile(r"[ \t]*\p{Lu}[\p{Lu} .'-]{2,40}?(?:,[ \t]*[\w.]{2,30})?[ \t]*(?:\([^()\n]{1,30}\))?"
                              r"[ \t]*[–—-][ \t]*(?=\S)")


def goal_subject(clause: str) -> bool:
    """Is the clause before a percentage a goal as its subject, with no realisation word ("Target
    serapan tahun ini 95 persen"; not "Target penerima terealisasi 90 persen"), after the dateline
    of a story's first sentence ("JAKARTA, KOMPAS.com - Target serapan ...")?"""
    if dateline := DATELINE_LEAD.match(clause):
        clause = clause[dateline.end():]
    if not _GOAL_SUBJECT.match(clause):
        return False
    # a realisation said by a verb ("terealisasi", "disalurkan") makes the percentage what was
    # reached; a noun ("Target serapan", "Target realisasi") names the goal
    verbs = [w for w in clause.split() if _VERB_FORM.match(w)]
    return not speaks_of_realisation(" ".join(verbs))


def years_of(text: str) -> set[str]:
    return _years(text)


def other_year(years: set[str], text: str) -> bool:
    return _other_year(years, text)


def own_clause(text: str, sentence_start: int, offset: int) -> str:
    """The clause a figure at ``offset`` stands in, up to it (from the sentence start or the last
    clause break: ";", ":", ", sedangkan", ". ")."""
    window = text[max(sentence_start, offset - 200):offset]
    stop = _last(_CLAUSE_STOP.finditer(window))
    return window[stop.end():] if stop else window


def statement_line_start(text: str, offset: int) -> int:
    """The start of the line a figure at ``offset`` stands on, taken back over the lines its
    statement was wrapped from: the line before where the figure opens its line ("... Dinas Sosial
    mencapai" / "93,37%."), and up to two lines before that end no sentence and hold no figure
    ("Secara keseluruhan realisasi anggaran" / "Dinas Sosial mencapai 93,37%.")."""
    start = text.rfind("\n", 0, offset) + 1
    if start > 0 and not text[start:offset].strip():
        start = text.rfind("\n", 0, start - 1) + 1
    for _ in range(2):
        if start == 0:
            break
        before = text.rfind("\n", 0, start - 1) + 1
        line = text[before:start - 1]
        if not line.strip() or _ENDS_STATEMENT.search(line) or _HAS_DIGIT.search(line):
            break
        start = before
    return start


_ENDS_STATEMENT = regex_cache.compile(r"[.:;!?][\s\"”)]*$")
_HAS_DIGIT = regex_cache.compile(r"\d")


def agency_key(name: str) -> tuple[str, ...]:
    """An agency's name as the words that tell it from another: its first two, the short name
    spelt out ("Dinsos Kota Bima" and "Dinas Sosial Kota Kupang" are both ("dinas", "sosial"))."""
    words = [w.strip(".").lower() for w in name.split()]
    if not words:
        return ()
    words = list(vocabulary().agency_aliases.get(words[0], (words[0],))) + words[1:]
    return tuple(words[:2])


REGION = ("@region",)  # the agency key of the whole region's money


def same_agency(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """May two agency names name one agency? One is the other's beginning ("Dinas Sosial",
    "Dinas"), or one names none in particular ("OPD", "Kepala Dinas")."""
    generic = vocabulary().generic_agency
    if (a == REGION) != (b == REGION):
        return False
    if (len(a) == 1 and a[0] in generic) or (len(b) == 1 and b[0] in generic):
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


# what a clause is of: one item of the budget ("belanja modal", "program rehabilitasi", "kegiatan
# pelatihan"), or the whole of it ("secara keseluruhan")
_ITEM = regex_cache.compile(r"\b(?:belanja|program|kegiatan)\s+(?!(?:dinas|dinsos|anggaran|daerah|yang|dan|sebesar|tahun|"
                      r"hingga|sampai|mencapai|per|pada|di|ini|itu|tersebut|rp)\b)(\p{L}+)", regex.I)
_WHOLE_SCOPE = regex_cache.compile(r"\b(?:secara\s+keseluruhan|keseluruhan|seluruhnya|secara\s+total|total\s+serapan|"
                             r"total\s+realisasi)\b", regex.I)


def item_named(words: str) -> Optional[str]:
    """The item of the budget the words right before a figure name, the last one ("Realisasi
    belanja operasi sebesar" -> "belanja operasi"), or None."""
    found = _last(_ITEM.finditer(words))
    return None if found is None else found.group(0).lower().split()[0] + " " + found.group(1).lower()


# a program's name in the prose: "Program" and its words in capitals, with the small words between
# ("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", "Program Pemberdayaan Fakir Miskin, KAT dan
# PMKS Lainnya")
PROGRAM_NAME = regex_cache.compile(r"\bProgram(?:[ \t]+(?:\p{Lu}[\p{L}/-]*|dan|serta|bagi|,(?=[ \t]+\p{Lu})))+")


def _last_program_named(text: str, start: int, end: int) -> Optional[tuple[str, ...]]:
    """The first two words after "Program" of the last program named between two offsets,
    lower-cased ("Program Pembinaan Anak Terlantar": pembinaan, anak)."""
    found = list(PROGRAM_NAME.finditer(text, start, end))
    return tuple(w.lower() for w in found[-1].group(0).replace(",", " ").split()[1:3]) if found else None


def of_other_item(text: str, p_clause: str, op_clause: str) -> bool:
    """Does a percentage's clause speak of another item of the budget than the clause of a figure
    in another sentence ("Realisasi belanja modal hanya Rp 300 juta dari pagu Rp 1 miliar. Serapan
    belanja pegawai 97 persen"), or of the whole where the figure is one item's ("Secara
    keseluruhan serapan Dinsos 88 persen")?"""
    mine = {m.group(0).lower().split()[0] + " " + m.group(1).lower() for m in _ITEM.finditer(p_clause)}
    theirs = {m.group(0).lower().split()[0] + " " + m.group(1).lower() for m in _ITEM.finditer(op_clause)}
    if mine and theirs and not mine & theirs:
        return True
    return bool(theirs) and not mine and bool(_WHOLE_SCOPE.search(p_clause))


def names_quota(lead: str) -> bool:
    """Do the words before a count name it a quota ("Kuota PKH Kabupaten Tasikmalaya tahun 2024
    sebanyak 86.450 KPM")? A quota is the whole its recipients are counted of."""
    return _quota_re().search(lead) is not None


@lru_cache(maxsize=1)
def _quota_re() -> regex.Pattern:
    return _words_re(vocabulary().quota or ["(?!)"], suffix=False)


def speaks_of_money(clause: str) -> bool:
    """Does the clause before a percentage make it a ratio of money, or at least not of something
    else? It names money ("Serapan anggaran mencapai"), or is only a back reference ("Dengan
    demikian persentasenya mencapai", "atau sebesar"); "Angka kemiskinan", "Sebanyak" (of a
    count: "Sebanyak 35 persen penerima bantuan ...") and "Inflasi daerah tercatat" name
    something else."""
    v = vocabulary()
    if v.money.search(clause):
        return True
    return all(w.lower() in v.reference for w in _WORD.findall(clause))


_NAMED_WHOLE_AFTER = regex_cache.compile(r"[\s)]*(?:dari|terhadap|of)\s+(?P<words>[^\d.,;:()%]{1,60})", regex.I)
_NAMED_WHOLE_BEFORE = regex_cache.compile(r"\b(?:terhadap|dibanding(?:kan)?)\s+(?P<words>[^\d.,;:()%]{1,60})$", regex.I)
# a clause that opens with the whole its percentage is of, given by no number, and no figure
# after it up to the percentage: "Dari total APBD Kabupaten Gowa 2023, belanja urusan sosial hanya
# 1,8 persen"
_NAMED_WHOLE_OPENING = regex_cache.compile(r"\s*[\"“]?\s*dari\s+(?:total|jumlah|seluruh|keseluruhan)\s+"
                                     r"(?P<words>[^\d.,;:()%]{1,60}?)(?:\s+(?:tahun\s+)?(?:19|20)\d\d)?\s*,[^\d]*$",
                                     regex.I)
_WHOLE_ROLES = ("budget", "target")
NAMED_WHOLE_WORDS = 3  # "dari total penduduk miskin belum menerima ...": the whole's name is its first words


def _same_thing(a: Optional[str], b: Optional[str]) -> bool:
    """Do two units count one thing (claims.yaml ``same_thing_units``: "jiwa" and "PMKS")?"""
    if a is None or b is None:
        return False
    of = vocabulary().thing_of_unit
    return a == b or of.get(a, a) == of.get(b, b)


def names_other_whole(text: str, p: Mention, clause: str, unit: Optional[str] = None) -> bool:
    """Does the percentage say by name what it is of, a whole that is not a budget or a target and
    is given by no number ("Rp 20 miliar atau 1,5 persen dari total APBD", "kontribusi belanja
    sosial terhadap PDRB sebesar 0,8 persen", "0,45 persen dari jumlah penduduk")? Then the
    numbers around it are not its operands. A back reference ("dari jumlah tersebut") names no
    other whole, nor does a budget or target word ("dari pagu", "terhadap target"), nor the unit
    of the part ("450 KPM atau 22,5 persen dari total KPM": ``unit``)."""
    v = vocabulary()
    found = []
    if m := _NAMED_WHOLE_AFTER.match(text, p.end, p.end + 70):
        # "dari total anggaran Rp Y", "dari 1.500 KPM": the whole is given by its number
        given = m.end() < len(text) and text[m.end()].isdigit()
        found.append((m.group("words"), given))
    if m := _NAMED_WHOLE_BEFORE.search(clause):
        found.append((m.group("words"), False))
    if m := _NAMED_WHOLE_OPENING.match(clause):
        found.append((m.group("words"), False))
    for words, given in found:
        # up to the first word joining another clause
        cut = _WHOLE_WORDS_END.split(words, maxsplit=1)
        if given and (len(cut) == 1 or _FIGURE_INTRODUCED.fullmatch(words, len(cut[0]))):
            continue  # "dari kuota nasional sebanyak 10.000.000 KPM": the whole is its number
        roles = {_role_word(r.group(0)) for r in v.role_before.finditer(cut[0])}
        if roles & set(_WHOLE_ROLES):
            continue
        named = [w.lower() for w in _WORD.findall(cut[0])][:NAMED_WHOLE_WORDS]
        if v.demonstrative.search(" ".join(named)):
            continue
        if unit and any(_same_thing(canonical_unit(w), unit) for w in named):
            continue  # (or a unit counting the same thing: "4.970 jiwa atau 27% dari total PMKS")
        if any(w in v.quota for w in named) and all(w in v.quota or w in v.reference for w in named):
            continue  # "dari kuota": the quota given by its count
        if any(w not in v.reference for w in named):
            return True
    return False


# where the words before a number stop being its own: a clause break or another figure
# ("Dari 400 RTLH yang ditargetkan, 380 unit": the target word is the 400's, not the 380's)
_LEAD_STOP = regex_cache.compile(r"[;.,]\s|\d")
LEAD_REACH = 60  # characters before a number read for the word naming it


def names_target_after(text: str, end: int, limit: Optional[int] = None) -> bool:
    """Do the words right after a number make it a target ("400 RTLH yang ditargetkan", "120 KPM
    sasaran", "50 unit yang direncanakan"; claims.yaml ``target_after_words``)?"""
    return vocabulary().target_after.match(text, end, len(text) if limit is None else limit) is not None


# a break between clauses that may speak of different years; a colon is a label's ("Realisasi 2023: Rp A")
_YEAR_CLAUSE_BREAK = regex_cache.compile(r";|,\s+(?:sedangkan|sementara|serta|namun|adapun)\b|" + FULL_STOP)


def clause_years(text: str, sentence_start: int, offset: int) -> set[str]:
    """The years named in the clause of ``offset`` before it, from its sentence's start or the last
    clause break ("; realisasi 2022:", ", sedangkan tahun 2022")."""
    words = text[sentence_start:offset]
    stop = _last(_YEAR_CLAUSE_BREAK.finditer(words))
    if stop is not None:
        words = words[stop.end():]
    return set(_YEAR.findall(words))


def lead(text: str, op: Operand, sentence_start: int) -> str:
    """The words before the number ``op`` that are its own: back to the figure, the comma or the
    clause break before it, at most ``LEAD_REACH`` characters."""
    lo = max(sentence_start, op.start - LEAD_REACH)
    # a reach that ends inside a word takes the whole word ("Realisasi anggaran untuk Program
    # Pemberdayaan Sosial adalah sebesar Rp A": a long name between cuts "Realisasi" in two)
    while lo > sentence_start and text[lo - 1].isalpha() and text[lo].isalpha():
        lo -= 1
    # a reach that ends right after a role word keeps its phrase whole ("Realisasi | anggaran Dinas
    # Sosial Kota Bandung sampai triwulan III baru Rp A": a realisation, not a budget)
    # (word by word: "realisasi | anggaran | Direktorat Jenderal ...": the realisation's, not a budget)
    while lo > sentence_start and (cut := _WORD_RIGHT_BEFORE.search(text, max(sentence_start, lo - 40), lo)) \
            is not None and vocabulary().role_before.fullmatch(cut.group(1)):
        lo = cut.start(1)
    words = text[lo:op.start]
    stop = _last(_LEAD_STOP.finditer(words))
    return words[stop.end():] if stop is not None else words


_WORD_RIGHT_BEFORE = regex_cache.compile(r"(\p{L}+)[ \t]+$")


def lead_role(text: str, op: Operand, sentence_start: int) -> Optional[str]:
    """The role the nearest role word before the number ``op`` in its clause gives it ("Rencana 50
    unit": target), or None. A target reached for ("Anggaran untuk mencapai sasaran tersebut
    sebesar Rp A": the objective the money serves) names no figure: the role word before it does."""
    words = lead(text, op, sentence_start)
    found = [m for m in vocabulary().role_before.finditer(words)
             if not (_role_word(m.group(0)) == "target" and _REACHED_FOR.search(words, 0, m.start()))]
    return (_role_word(found[-1].group(0)) or None) if found else None


# a sentence opening by pointing back to a realisation: "Realisasi tahun 2023 tersebut", "Capaian
# itu", "Jumlah tersebut"
_REALISATION_NAMED_BACK = regex_cache.compile(r"\s*(?:Realisasi|Capaian|Jumlah|Angka)(?:\s+(?:pada\s+)?tahun\s+(?P<year>(?:19|20)\d\d))?"
                                        r"\s+(?:tersebut|itu|ini)\b", regex.I)


# a target word heading the realisation word after it: "Target realisasi keuangan triwulan II
# sebesar 45%", "target penyerapan anggaran 95%": the figure is the target (of a realisation)
_TARGET_OF = regex_cache.compile(r"(?<!\w)(?:target|ditargetkan|rencana|sasaran)\s+$", regex.I)


# a verb of reaching for a target right before it: the target is the aim, not the figure's name
_REACHED_FOR = regex_cache.compile(r"(?<!\w)(?:untuk|dalam|guna)\s+(?:rangka\s+)?(?:mencapai|pencapaian|mewujudkan|"
                             r"perwujudan|mendukung|menunjang)\s+$", regex.I)


def named_real_after(text: str, op: Operand) -> bool:
    """Do realisation words follow the number in its clause ("anggaran Rp B telah terserap",
    "Rp B digunakan untuk ...")?"""
    after = _NEXT_FIGURE_OR_CLAUSE.split(text[op.end:op.end + 40], maxsplit=1)[0]
    return vocabulary().role_after.search(after) is not None


def _elliptic(clause: str) -> bool:
    """Is a clause only a subject's name and an adverb, its verb left out ("sementara Dinas Sosial
    baru")? Every word capitalised or one of ``_ELLIPSIS_WORDS``, at least one capitalised."""
    words = _WORD.findall(clause)
    named = [w for w in words if w[0].isupper()]
    return bool(named) and all(w[0].isupper() or w.lower() in _ELLIPSIS_WORDS for w in words)


# what an elliptic clause has besides its subject: a connective and an adverb of degree or time
_ELLIPSIS_WORDS = frozenset({"sementara", "sedangkan", "dan", "serta", "adapun", "baru", "hanya", "sudah", "telah",
                             "masih", "sekitar", "kurang", "lebih", "dari", "yang", "itu", "mencapai", "sebesar"})


def revenue_and_spending(one: str, other: str) -> bool:
    """Does one of two clauses speak of money coming in (``revenue_words``: "pendapatan", "PAD")
    and the other not? A percentage of revenue is no ratio of amounts spent, nor the reverse."""
    revenue = vocabulary().revenue
    return bool(revenue.search(one)) != bool(revenue.search(other))


def speaks_of_realisation(words: str) -> bool:
    """Does a realisation word stand in ``words`` ("terealisasi", "dicairkan", "tersalurkan", a
    participle after its amount)?"""
    v = vocabulary()
    return any(_role_word(m.group(0)) == "real" for m in v.role_before.finditer(words)) or \
        v.role_after.search(words) is not None


def lead_roles(text: str, op: Operand, sentence_start: int) -> set[str]:
    """Every role the role words before the number ``op`` in its clause give it ("menyerap
    anggaran Rp A": real and budget; "Alokasi bansos Rp A": budget alone)."""
    return {r for m in vocabulary().role_before.finditer(lead(text, op, sentence_start)) if (r := _role_word(m.group(0)))}


def names_target(text: str, op: Operand, sentence_start: int) -> bool:
    """Is the number ``op`` named a target by its words: the nearest role word before it in its
    clause is a target word ("Rencana 50 unit", "Target tahun ini 400 RTLH", "dari target 200
    orang"), or target words follow it (:func:`names_target_after`)?"""
    return lead_role(text, op, sentence_start) == "target" or names_target_after(text, op.end)


def achieved_part(text: str, part: Operand, pct: Operand, sentence: tuple[int, int]) -> bool:
    """Is ``part`` told as what was achieved, not as what is left undone ("20 unit belum selesai")
    or as a kind among the whole ("300 KPM (15%) adalah lansia", "di antaranya")? Only an
    achievement against a target is the target's percentage (achieved / target); the others are
    shares of it. Read from a little before the part to the end of its clause after the percentage."""
    s, e = sentence
    lo = max(s, part.start - 25)
    hi = min(e, max(part.end, pct.end) + 40)
    words = text[lo:hi]
    if (cut := regex.search(r"[;.]\s|,\s+(?:sedangkan|sementara|namun)\b", words[max(part.end, pct.end) - lo:])):
        words = words[:max(part.end, pct.end) - lo + cut.start()]
    return vocabulary().not_achieved.search(words) is None


def named_target_not_given(text: str, p: Mention) -> bool:
    """Is the percentage said to be of a target that no number after it gives ("400 KPM atau 5
    persen dari target nasional", "80 persen terhadap target RPJMD")? Then its whole is a target
    stated elsewhere or not at all: a count that is not a target (the number of recipients
    before it) is not its whole. :func:`names_other_whole` lets target words pass, as the
    target may be one stated before ("Target 500 KPM. ... 400 KPM atau 80 persen dari target")."""
    m = _NAMED_WHOLE_AFTER.match(text, p.end, p.end + 70)
    if m is None:
        return False
    cut = _WHOLE_WORDS_END.split(m.group("words"), maxsplit=1)
    if len(cut) == 1 and m.end() < len(text) and text[m.end()].isdigit():
        return False  # "dari target 2.000 KPM": given here
    first = _WORD.findall(cut[0])[:NAMED_WHOLE_WORDS]
    roles = {_role_word(r.group(0)) for r in vocabulary().role_before.finditer(" ".join(first))}
    return "target" in roles and not vocabulary().demonstrative.search(" ".join(first))


def other_level_target(text: str, p: Mention, whole_start: int, sentence_start: int) -> bool:
    """Is the percentage of a target set by another level or plan ("80 persen dari target
    nasional", "terhadap target RPJMD"; claims.yaml ``target_levels``) than the target figure
    at ``whole_start``, whose sentence (from ``sentence_start``) does not name that level ("Target
    penerima PKH sebanyak 2.000 KPM")? Then that figure is not its whole."""
    m = _NAMED_WHOLE_AFTER.match(text, p.end, p.end + 70)
    if m is None:
        return False
    first = _WORD.findall(_WHOLE_WORDS_END.split(m.group("words"), maxsplit=1)[0])[:NAMED_WHOLE_WORDS]
    levels = [w.lower() for w in first if w.lower() in vocabulary().target_levels]
    before = text[sentence_start:whole_start].lower()
    return any(not regex.search(r"\b" + regex.escape(w) + r"\b", before) for w in levels)


# the words that only introduce the figure of a whole named before them ("dari kuota nasional
# sebanyak 10.000.000 KPM", "dari total belanja sebesar Rp 12 miliar")
_FIGURE_INTRODUCED = regex_cache.compile(r"(?:\s*\b(?:sebesar|sebanyak|senilai|berjumlah|Rp\.?|IDR)(?!\w))+\s*", regex.I)
_WHOLE_WORDS_END = regex_cache.compile(r"\b(?:yang|dan|serta|sedangkan|sementara|atau|dengan|sebesar|sebanyak|senilai|yaitu|"
                                 r"yakni|pada|Rp|IDR|and|with|which)\b", regex.I)


# what may follow a classifier used alone ("352 unit telah direhabilitasi", "45 unit, atau"):
# punctuation, a joining word, or a verb; any other word is the thing it counts ("352 unit rumah")
_BARE_CLASSIFIER_AFTER = regex_cache.compile(
    r"\s*(?:$|[^\w\s]|(?:atau|yang|telah|sudah|baru|masih|dari|dengan|di|pada|dan|serta|untuk|hingga|sampai|"
    r"selesai|berhasil|sebesar|sebanyak|tahun|dalam|ini|itu|tersebut)\b|(?:di|ter|ber|me)\p{L}{3,})", regex.I)
# between a count and its percentage, a predicate of a few words with a verb in it, then a joining
# word or a bracket: "352 RTLH telah selesai direhabilitasi atau", "2.250 KPM sudah menerima ("
_PREDICATE_GAP = regex_cache.compile(
    r"^[\s,]*(?:(?!(?:dari|terhadap|dan|serta|sedangkan|sementara|namun|tetapi|target\w*|sasaran|pagu|anggaran|"
    r"total|jumlah|menjadi|naik|turun)\b)\p{L}[\p{L}-]*[\s,]+){0,4}?"
    # (a verb, or a word said of the count with "belum", "kembali" ...: "belum masuk DTKS",
    # "kembali turun ke jalan")
    r"(?:(?:di|ter|ber|me)\p{L}{3,}|(?:belum|tidak|sudah|telah|masih|kembali)[\s]+\p{L}{3,})[\s,]+"
    r"(?:(?!(?:dari|terhadap|dan|serta|sedangkan|sementara|namun|tetapi)\b)\p{L}[\p{L}-]*[\s,]+){0,2}?"
    r"(?:(?:atau|yaitu|alias)\s+(?:sebesar\s+|sekitar\s+|mencapai\s+)?\(?|\()\s*$", regex.I)
# between a part and its percentage, what the part is for, in a few words, then a joining word or a
# bracket: "di antaranya untuk bantuan pangan, atau ", "dialokasikan bagi lansia ("
_PURPOSE_GAP = regex_cache.compile(
    r"^[\s,]*(?:di\s*antaranya\s+)?(?:(?:di|ter)\p{L}{3,}\s+)?(?:untuk|bagi|guna)\s+"
    r"(?:(?!(?:dari|terhadap|dan|serta|sedangkan|sementara|namun|tetapi|atau|target\w*|pagu|anggaran|total|jumlah)\b)"
    r"\p{L}[\p{L}-]*[\s,]+){1,6}?(?:(?:atau|yaitu|alias)\s+(?:sebesar\s+|sekitar\s+|mencapai\s+)?\(?|\()\s*$", regex.I)
# people, and households, counted under several names: a part of one may be named by another
# ("Dari 1.500 jiwa, 300 anak"), never people as a part of households; a classifier ("unit") never
# counts either
PERSONS = frozenset({"jiwa", "orang", "anak"})
HOUSEHOLDS = frozenset({"keluarga", "KK", "RTM", "KPM", "rumah tangga"})


# the name of what a count counts, written out and then abbreviated in brackets: "45 Lembaga
# Kesejahteraan Sosial (LKS)", "12 Kelompok Usaha Bersama (KUBE)", "30 Potensi dan Sumber
# Kesejahteraan Sosial (PSKS)"
_NAME_THEN_ABBREVIATION = regex_cache.compile(r"((?:(?:[ \t]|\n(?![ \t]*\n))+(?:\p{Lu}[\p{L}-]*|dan|serta)){0,6})"
                                        r"(?:[ \t]|\n(?![ \t]*\n))*\((\p{Lu}{2,8})\)")
_NAME_JOINING_WORDS = frozenset({"dan", "serta"})


def _abbreviates(abbr: str, words: list[str]) -> bool:
    """Is ``abbr`` made of the words' beginnings in order, each word giving one letter or more
    ("KUBE": Kelompok Usaha BErsama), the joining words ("dan") none or their first?"""
    if not words:
        return not abbr
    head, rest = words[0], words[1:]
    if head in _NAME_JOINING_WORDS and _abbreviates(abbr, rest):
        return True
    return any(abbr[:k] == head[:k] and _abbreviates(abbr[k:], rest) for k in range(1, min(len(abbr), len(head)) + 1))


def _abbreviation_after(text: str, op: Operand) -> Optional[str]:
    """The abbreviation (lower case) of the name a count's unit opens, where the text gives it in
    brackets right after the name and the name's words' beginnings make it; else None."""
    if not op.unit:
        return None
    m = _NAME_THEN_ABBREVIATION.match(text, op.end)
    if m is None:
        return None
    abbr = m.group(2).lower()
    return abbr if _abbreviates(abbr, [op.unit.lower()] + m.group(1).lower().split()) else None


def same_counted_thing(text: str, a: Operand, b: Operand) -> bool:
    """Do two counts count one thing? The same unit, or none said for one of them; units the
    language uses for one thing ("jiwa" and "orang", "KPM" and "keluarga", "RTLH" and "rumah":
    ``same_thing_units`` in ``claims.yaml``); or a classifier alone ("352 unit" after "400 RTLH",
    not "352 unit kursi roda"), which counts the thing the other counts, unless that is people or
    households (no "unit" of them), nor places ("3 unit" after "tersebar di 18 kelurahan")."""
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return True
    if _abbreviation_after(text, a) == b.unit.lower() or _abbreviation_after(text, b) == a.unit.lower():
        return True  # "45 Lembaga Kesejahteraan Sosial (LKS)" and "42 LKS"
    v = vocabulary()
    if v.thing_of_unit.get(a.unit, a.unit) == v.thing_of_unit.get(b.unit, b.unit):
        return True
    for one, other in ((a, b), (b, a)):
        if one.unit in v.classifiers and other.unit not in v.classifiers and other.unit not in PERSONS | HOUSEHOLDS \
                and other.unit not in v.places and _BARE_CLASSIFIER_AFTER.match(text, one.end):
            return True
    return False


# a sentence opening with the word that makes its percentage the portion of what the sentence
# before gave: "Porsinya 32 persen.", "Proporsinya sekitar 24 persen."
_PORTION_OPENING = regex_cache.compile(r"[\s\"'\u201c]*(?:porsi|proporsi|pangsa)(?:nya)?(?:\s+(?:itu|tersebut))?"
                                       r"(?:\s+(?:sekitar|kira-kira|hampir|hanya|mencapai|sebesar|setara|adalah|yakni|yaitu))*\s*",
                                       regex.I)


def beside(text: str, p: Mention, m: Mention) -> bool:
    """Is ``m`` the number right before the percentage ``p`` ("Rp X atau P persen", "Rp X (P%)")
    or right after it ("P persen, yaitu Rp X")?"""
    v = vocabulary()
    if m.end <= p.start:
        return bool(v.gap_before.match(text[m.end:p.start]))
    return p.end <= m.start and bool(v.gap_after.match(text[p.end:m.start]))


def in_table_row(text: str, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` a cell of a table row the readers did not rebuild
    ("1.<tab>Cakupan PMKS<tab>%<tab>1,58<tab>2,2", "430 425 96% Persentase korban ...")? Such
    figures are judged by the table checks if at all, never as prose claims."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls:le if le >= 0 else len(text)]
    return ("\t" in line and not LABELLED_LINE.match(line) and not _TABBED_ITEM.match(line)) or \
        bool(_FIGURES_BEFORE.search(text, max(ls, start - 40), start)) or \
        bool(_PERCENT_NEIGHBOUR_BEFORE.search(text, max(ls, start - 20), start)) or \
        bool(_PERCENT_NEIGHBOUR_AFTER.match(text, end, end + 20)) or \
        bool(_FIGURE_BEFORE.search(text, max(ls, start - 30), start) and _FIGURE_AFTER.match(text, end, end + 30))


# where the words of a whole end: a clause's break ("Rp A, sementara Dinas Kesehatan ...")
_WHOLES_CLAUSE_END = regex_cache.compile(r"[,;:.]|\b(?:sedangkan|sementara|namun|tetapi|dan|serta|atau)\b", regex.I)
# a list's item whose marker a tab sets apart (a hanging indent), one cell of prose after it:
# "1.<TAB>Program A: pagu Rp ..., realisasi Rp ... (92,24 %)"
_TABBED_ITEM = regex_cache.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[-•·▪])\t+[^\t]*\p{L}{3}[^\t]*$")
# a percentage beside another with nothing but spaces between: "35% 10,99% 31.40%"
_PERCENT_NEIGHBOUR_BEFORE = regex_cache.compile(r"\d\s*%[ \t]+$")
_PERCENT_NEIGHBOUR_AFTER = regex_cache.compile(r"[ \t]+\d[\d.,]*\s*%")
# a bare figure right before a percentage and another right after: a row of a Renstra's five
# years, a target and its pagu each ("80% 300.000.000 85% 310.000.000 90% ...")
_FIGURE_BEFORE = regex_cache.compile(r"(?<![\w.,])\d[\d.,]*[ ]+$")
_FIGURE_AFTER = regex_cache.compile(r"[ ]+\d[\d.,]*(?![\w])")
# two bare figures right before a percentage: "430 425 96%"
_FIGURES_BEFORE = regex_cache.compile(r"(?<![\w.,])\d[\d.,]*[ ]+\d[\d.,]*[ ]+$")
# target and realisation, each maybe with its unit word, before an indicator row's percentage
_TWO_FIGURES_BEFORE = regex_cache.compile(r"(?<![\w.,])(?P<t>\d[\d.,]*)(?:[ ]+(?P<u1>\p{L}{1,12}))?[ ]+"
                                    r"(?P<r>\d[\d.,]*)(?:[ ]+(?P<u2>\p{L}{1,12}))?[ ]+$")
_SEPARATOR = regex_cache.compile(r"[.,]")
# between a percentage and its count after a few words saying what the part is: "30 persen adalah
# lansia, yaitu 360 KPM", "15 persen penyandang disabilitas berat (180 KPM)"; no word that joins
# another clause or names a whole, a budget or a target
_DESCRIBED_PART_GAP = regex_cache.compile(
    r"^[\s,]*(?:(?:adalah|merupakan|ialah|berupa)\s+)?"
    r"(?:(?!(?:dari|terhadap|dan|serta|sedangkan|sementara|namun|tetapi|pada|tahun|target\w*|sasaran|pagu|"
    r"anggaran|realisasi\w*|total|jumlah|dibanding\w*|naik|turun|menjadi)\b)\p{L}[\p{L}-]+[\s,]+){1,4}?"
    r"(?:(?:yaitu|yakni|sebanyak|sejumlah|atau)\s+(?:sebanyak\s+|sejumlah\s+)?|\(\s*)$", regex.I)
_LETTER_BEFORE = regex_cache.compile(r"\p{L}{3}[\p{L})]*[ ]+$")  # a word (the indicator's name) right before
_DIGIT = regex_cache.compile(r"\d")


def _family(m: Mention) -> str:
    if m.kind == "amount":
        return "money"
    if m.kind == "percentage":
        return "percent"
    return "count"


_operand = mention_operand


class _Context:
    """Mentions, sentences and what earlier finders took, with lookups by offset."""

    def __init__(self, doc: Document, mentions: list[Mention], claims: list[RatioClaim]):
        self.text = doc.text
        self.seg: Segments = segments(doc.text)
        self.tables = DisjointSpans((b.start, b.end) for b in doc.tables_of_figures())
        self.ops = [m for m in mentions if m.value is not None and m.kind in ("amount", "count", "target")
                    and not self.tables.contains(m.start)]
        self.op_starts = [m.start for m in self.ops]
        self.percents = [m for m in mentions if m.value is not None and m.kind == "percentage"]
        self.percent_starts = [m.start for m in self.percents]
        self.claimed_percent = {c.percent.start for c in claims}
        self.numerators = {c.numerator.start for c in claims}
        self.shares_by_whole: dict[int, list[RatioClaim]] = {}
        self.add_shares(claims)
        self._roles: dict[int, Optional[str]] = {}
        self.taken = DisjointSpans((m.start, m.end) for m in mentions)

    def add_shares(self, claims: list[RatioClaim]) -> None:
        """Keep the shares among ``claims`` by their whole (the earlier items of a list; a part of
        a budget is taken for its realisation until :func:`kesos_extract.claims._named` names it)."""
        for c in claims:
            if c.kind in ("share", "budget") and c.change is None:
                self.shares_by_whole.setdefault(c.denominator.start, []).append(c)

    # -- what stands where --
    def operands_between(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.op_starts, start), bisect.bisect_left(self.op_starts, end)
        return [m for m in self.ops[lo:hi] if m.end <= end]

    def percents_between(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.percent_starts, start), bisect.bisect_left(self.percent_starts, end)
        return self.percents[lo:hi]

    def role(self, m: Mention) -> Optional[str]:
        """The role the words around ``m`` give it: the nearest role word before it in its clause
        (back to the number before it), else a realisation participle right after it."""
        if m.start in self._roles:
            return self._roles[m.start]
        s, e = self.seg.sentence(m.start)
        i = bisect.bisect_left(self.op_starts, m.start)
        prev_end = self.ops[i - 1].end if i else 0
        prevp = self.percents_between(max(s, m.start - 120), m.start)
        lo = max(s, prev_end, m.start - 120, prevp[-1].end if prevp else 0)
        window = self.text[lo:m.start]
        stop = list(_CLAUSE_STOP.finditer(window))
        if stop:
            window = window[stop[-1].end():]
        role = None
        found = list(vocabulary().role_before.finditer(window))
        if found and i and lo == prev_end and not stop and self._of_previous(window, found[-1], lo, m.start) and \
                regex.match(r"[^,;]*,", window[found[-1].end():]):
            # "Dari 400 RTLH yang ditargetkan, sebanyak 352 RTLH", "Dari 80 desa sasaran, 72 desa":
            # the words are of the 400 and the 80
            found = []
        if found:
            role = _role_word(found[-1].group(0)) or None
            # "Target indikator persentase PMKS yang tertangani ... sebesar 65%": a participle in
            # a relative clause names the indicator; the target word before it gives the role
            if role == "real" and _YANG_BEFORE.search(window[:found[-1].start()]):
                earlier = [_role_word(f.group(0)) for f in found[:-1]]
                if "target" in earlier:
                    role = "target"
            # "Target realisasi keuangan triwulan II sebesar 45%": the target word heads the phrase
            if role == "real" and _TARGET_OF.search(window, 0, found[-1].start()):
                role = "target"
            # "dari" makes a whole only right before its number ("dari 1.500 lansia", "dari total
            # Rp 22 miliar"), not in "Dari jumlah tersebut, sebanyak Rp X telah digunakan"
            if role == "whole" and not _DIVIDED_BY.match(found[-1].group(0)) and \
                    not _BEFORE_WHOLE_NUMBER.fullmatch(window[found[-1].end():]) and \
                    not (m.kind == "count" and prevp and lo == prevp[-1].end and not window[:found[-1].start()].strip()
                         and _NAMED_BEFORE_WHOLE_NUMBER.fullmatch(window[found[-1].end():])):
                # (but "P persen dari kuota nasional 10.000.000 KPM": the percentage's own whole,
                # named before its number; of money, a name not a budget's may be a rate's base:
                # "dipotong 5 persen dari honor pendamping sebesar Rp 3.000.000")
                role = None
                # the role word before it then names the figure: "Total anggaran yang disiapkan dari
                # APBD 2021 sebesar Rp 2 miliar" is a budget (its source after "dari")
                earlier = [_role_word(f.group(0)) for f in found[:-1]]
                if earlier and earlier[-1] in ("budget", "target"):
                    role = earlier[-1]
        if role in (None, "whole") and names_target_after(self.text, m.end, e):
            role = "target"  # "Dari 400 RTLH yang ditargetkan, ...", "dari 120 KPM sasaran"
        if role is None and said_done_before(window):
            role = "real"  # "RTLH yang telah direhabilitasi secara kumulatif sebanyak 1.175 unit"
        if role is None:
            nxt = self.ops[i + 1].start if i + 1 < len(self.ops) else e
            after = self.text[m.end:min(nxt, e, m.end + 40)]
            # the participle must belong to this number, not to a percentage after it
            # ("Rp 97,3 miliar atau 0,13 persen yang digunakan untuk ...")
            after = _NEXT_FIGURE_OR_CLAUSE.split(after, maxsplit=1)[0]
            if vocabulary().role_after.search(after):
                role = "real"
        self._roles[m.start] = role
        return role

    def _of_previous(self, window: str, found: regex.Match, lo: int, end: int) -> bool:
        """Is the role word ``found`` (in ``window``, which starts at ``lo``, right after the number
        before) a word of that number: a relative clause opening after it ("400 RTLH yang
        ditargetkan"), or target words after it ("80 desa sasaran")?"""
        if _RELATIVE_OF_PREVIOUS.match(window[:found.start()]):
            return True
        after = vocabulary().target_after.match(self.text, lo, end)
        return after is not None and lo + found.end() <= after.end()

    def bare_numbers(self, start: int, end: int) -> list[Mention]:
        return bare_numbers(self.text, start, end, self.taken)

    def agency_at(self, offset: int) -> tuple[str, ...]:
        """The agency the words before ``offset`` in its sentence are of: the last one they name,
        else the whole region ("belanja daerah", "Pemkab": ``REGION``) where they name it."""
        s, _ = self.seg.sentence(offset)
        found = _last(vocabulary().agency.finditer(self.text, s, offset))
        if found:
            return agency_key(found.group())
        return REGION if vocabulary().region.search(self.text, s, offset) else ()

    def of_other_item(self, p: Mention, op: Operand) -> bool:
        """A figure of another sentence whose clause names another item of the budget than the
        percentage's (:func:`of_other_item`)."""
        ps, _ = self.seg.sentence(p.start)
        os_, _ = self.seg.sentence(op.start)
        if ps == os_:
            return False
        return of_other_item(self.text, own_clause(self.text, ps, p.start), own_clause(self.text, os_, op.start))

    def of_other_program(self, p: Mention, op: Operand) -> bool:
        """Is the figure ``op``, after the percentage's sentence, of another program than the
        percentage: the percentage's sentence names a program before it, and the text between
        that sentence and the figure names another one ("Untuk Program Pembinaan Anak Terlantar, ... realisasi Rp B (97,00
        persen dari pagu). // Adapun Program Pemberdayaan Fakir Miskin ... Dari anggaran program
        Rp C ...")?"""
        s, e = self.seg.sentence(p.start)
        if op.start < e:
            return False
        mine = _last_program_named(self.text, s, p.start)
        theirs = _last_program_named(self.text, e, op.start)
        return mine is not None and theirs is not None and mine != theirs

    def of_other_agency(self, p: Mention, op: Operand) -> bool:
        """Is the figure ``op`` of another agency than the percentage ``p``: each is in a clause
        that names an agency ("Dinas Kesehatan menyerap Rp 62,3 miliar dari pagu Rp 80 miliar.
        Dinas Sosial menyerap 88,5 persen"), and the two cannot be one? Within a sentence only
        across a clause break ("..., sedangkan Dinsos 88,5 persen")."""
        mine, theirs = self.agency_at(p.start), self.agency_at(op.start)
        if not mine or not theirs or same_agency(mine, theirs):
            return False
        if self.seg.sentence(p.start) != self.seg.sentence(op.start):
            return True
        lo, hi = (op.end, p.start) if op.end <= p.start else (p.end, op.start)
        if p.end <= op.start and vocabulary().agency.search(self.text, p.end, op.start):
            # the other agency named after the percentage, before the figure ("Serapan Dinas Sosial
            # 85 persen, lebih tinggi dari serapan Dinas Kesehatan yang hanya Rp A dari pagu Rp B")
            return True
        return bool(_CLAUSE_STOP.search(self.text, lo, hi))

    def candidate(self, m: Mention) -> Candidate:
        return Candidate(_operand(m), _family(m), "target" if m.kind == "target" else self.role(m))


# --- judging a pair -------------------------------------------------------------------------------

def bounds(op: Operand) -> tuple[Decimal, Decimal]:
    """The values a number written rounded may stand for ("Rp 25,57 miliar", "9,71%")."""
    if op.scale > 1 or op.unit == "%":
        half = Decimal(1).scaleb(-op.decimals) / 2 * op.scale
        return op.value - half, op.value + half
    return op.value, op.value


def written_bounds(op: Operand, text: Optional[str]) -> tuple[Decimal, Decimal]:
    """The values an operand may stand for, by its precision (:func:`bounds`) and by the words
    around it in ``text``: an end of a range ("target 1.000 - 1.200 orang", "90 - 95%") stands for
    the whole range, and a figure the words make approximate for the values on its side ("lebih
    dari 300 orang": 300 to 400; "sekitar 2.500 KK": 2.450 to 2.550; "hampir 1.000": 900 to
    1.000), within one unit of its last significant digit. A claim against a range or an
    approximation is consistent when some value of it gives the stated percentage."""
    lo, hi = bounds(op)
    if text is None:
        return lo, hi
    other = range_end(op, text)
    if other is not None:
        return min(lo, other), max(hi, other)
    if not _STARTS_WITH_FIGURE.match(op.text):
        return lo, hi  # "lebih dari target 300 orang": the words are of what passed the target, not of its figure
    before = text[max(0, op.start - 40):op.start]
    for side, pattern in vocabulary().approximate.items():
        if pattern.search(before) or (side == "above" and _APPROXIMATE_AFTER_COUNT.match(text, op.end)):
            unit = _last_digit_unit(op)
            if side == "around":
                return min(lo, op.value - unit / 2), max(hi, op.value + unit / 2)
            if side == "above":
                return lo, max(hi, op.value + unit)
            return min(lo, op.value - unit), hi
    return lo, hi


# an operand whose text opens with its figure ("300 orang", "Rp 2 miliar"), not with a word ("dari target 300 orang")
_STARTS_WITH_FIGURE = regex_cache.compile(r"(?:Rp\.?\s*|IDR\s*)?\d", regex.I)
# "300 orang lebih": a count with "lebih" after it is at least that many
_APPROXIMATE_AFTER_COUNT = regex_cache.compile(r"\s+lebih\b(?!\s+(?:dari|daripada|kurang|tinggi|rendah|besar|kecil|banyak)\b)", regex.I)
# the other end of a range beside an operand: "1.000 - 1.200 orang", "90 – 95%", "40 s.d. 50",
# "antara 40 dan 50", "Rp 1 - 2 miliar" (grammars/amounts.yaml: span_dash); the other end is a bare number
_RANGE_DASH = r"(?:[-–—]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|(?<=\bantara\s{1,3}[\d.,]{1,12}\s{0,2})dan\b)"
_RANGE_LOW_BEFORE = regex_cache.compile(r"(?<![\w.,])(?P<n>\d[\d.,]*\d|\d)\s*(?:%|persen)?\s*" + _RANGE_DASH + r"\s*(?:Rp\.?\s*)?$", regex.I)
_RANGE_HIGH_AFTER = regex_cache.compile(r"\s*" + _RANGE_DASH + r"\s*(?:Rp\.?\s*)?(?P<n>\d[\d.,]*\d|\d)(?![\d.,]?\d)", regex.I)


def range_end(op: Operand, text: str) -> Optional[Decimal]:
    """The other end of the range the operand ends or starts, in the operand's unit and scale;
    None where it is no range (a year span, "2019 - 2023"; a low end above the high end)."""
    low = _RANGE_LOW_BEFORE.search(text, max(0, op.start - 30), op.start)
    # the range goes on after the operand's number: at its end ("ditargetkan 1.000" of
    # "ditargetkan 1.000 - 1.200 orang"), or before its unit ("1.000 orang - 1.200 orang")
    high = None if low else (_RANGE_HIGH_AFTER.match(text, op.end)
                             or _RANGE_HIGH_AFTER.match(text, op.start + len(_number_part(op.text))))
    m = low or high
    if m is None:
        return None
    if _YEAR.match(m.group("n")) and not _BARE_FOUR_DIGITS.search(_number_part(op.text)):
        return None  # "1.200 orang hingga 2025": a time, not the range's other end ("1500-2000 orang" is one)
    kind = "percent" if op.unit == "%" else "scaled" if op.scale > 1 else "count"
    try:
        other = parse_number(m.group("n"), kind=kind).value
    except MalformedNumberError:
        return None
    if op.scale > 1 and other < op.value / op.scale * 1000:
        other *= op.scale  # "Rp 1 - 2 miliar": the scale word is the high end's
    if _is_year(op.value) and _is_year(other):
        return None
    if (low and other >= op.value) or (high and other <= op.value):
        return None
    return other


_YEAR = regex_cache.compile(r"(?:19|20)\d\d$")
_BARE_FOUR_DIGITS = regex_cache.compile(r"(?<![\d.,])\d{4}$")


def _number_part(text: str) -> str:
    m = regex.search(r"\d[\d.,]*\d|\d", text)
    return text[:m.end()] if m else text


def _is_year(v: Decimal) -> bool:
    return v == v.to_integral_value() and 1900 <= v <= 2100


def _last_digit_unit(op: Operand) -> Decimal:
    """One unit of the operand's last significant digit: 100 for "2.500" or "300", 1 for
    "2.537"; for a figure with a scale word or decimals, the unit it is written to."""
    if op.scale > 1 or op.decimals or op.unit == "%":
        return Decimal(1).scaleb(-op.decimals) * op.scale
    return whole_digit_unit(op.value)


def whole_digit_unit(value: Decimal) -> Decimal:
    """One unit of the last significant digit of a whole number: 100 for 2.500, 1 for 2.537."""
    n = abs(int(value))
    unit = 1
    while n and n % 10 == 0:
        n //= 10
        unit *= 10
    return Decimal(unit)


def read_alike(text: Optional[str], a: Operand, b: Operand) -> tuple[Operand, Operand]:
    """Two operands of one claim, each read to the precision the pair shows. A whole number before
    a scale word ("Rp 2 miliar") may stand for anything from 1,5 to 2,5 miliar read alone; beside a
    figure of the same scale word written with decimals ("terserap Rp 1,9 miliar") the writer shows
    that they give that scale decimals, and "2 miliar" is "2,0 miliar" with the ",0" dropped: it is
    read to one decimal. Not where the words make it approximate ("sekitar Rp 2 miliar", "Rp 2
    miliar lebih", "Rp 2 miliaran"), and not beside a figure of another scale ("Rp 45.678.000.000"
    or "Rp 950 juta" beside "APBD Rp 2 triliun", "450.123 jiwa" of "5 juta jiwa"): a total of the
    context is often given in round figures whatever the precision of the part. With the whole
    unit, a slip ("Rp 1,9 miliar dari Rp 2 miliar (80%)") passes for correct; with one decimal it is
    caught, and a stated 95,12% (1,85..1,95 over 1,95..2,05) still is not."""
    return _finer_if_sibling(text, a, b), _finer_if_sibling(text, b, a)


def _finer_if_sibling(text: Optional[str], op: Operand, sibling: Operand) -> Operand:
    if op.scale <= 1 or op.decimals or op.unit == "%" or sibling.scale != op.scale or not sibling.decimals:
        return op
    if _APPROXIMATE_SCALE.search(op.text) or text is not None and (
            _APPROXIMATE_BEFORE.search(text, max(0, op.start - 30), op.start) or _APPROXIMATE_AFTER.match(text, op.end)):
        return op
    return replace(op, decimals=1)


# words that make an amount approximate: "sekitar Rp 2 miliar", "Rp 2 miliar lebih", "Rp 2 miliaran"
_APPROXIMATE_BEFORE = regex_cache.compile(r"(?<!\w)(?:sekitar|sekira|kira-\s*kira|kurang\s+lebih|lebih\s+dari|lebih\s+kurang|"
                                    r"hampir|nyaris|mendekati|kisaran|ditaksir|diperkirakan|estimasi|±|\+/-|about|around|"
                                    r"nearly|almost|approximately|over)\s*(?:sebesar\s*|senilai\s*)?$", regex.I)
_APPROXIMATE_AFTER = regex_cache.compile(r"-?an\b|\s+lebih\b", regex.I)
# a scale word read with its "-an" (grammars/scales.yaml: "miliaran", "jutaan"): some billions
_APPROXIMATE_SCALE = regex_cache.compile(r"\p{L}{2}an\s*(?:rupiah)?$", regex.I)


def _ratio_width(num: Operand, den: Operand, text: Optional[str] = None) -> Decimal:
    """How wide, in percentage points, the ratios the operands allow within their written
    precision are."""
    num, den = read_alike(text, num, den)
    nlo, nhi = written_bounds(num, text)
    dlo, dhi = written_bounds(den, text)
    if dlo <= 0:
        return Decimal("Infinity")
    return nhi * 100 / dlo - nlo * 100 / dhi


def explains(pct: Operand, num: Operand, den: Operand, text: Optional[str] = None) -> bool:
    """Does some value within the operands' precision give the stated percentage (rounded or cut)?
    The operands are read alike (:func:`read_alike`); ``text`` tells which are approximate."""
    num, den = read_alike(text, num, den)
    if den.value <= 0:
        return False
    if rounding_verdict(pct.value, pct.decimals, num.value * 100 / den.value) != "mismatch":
        return True
    nlo, nhi = written_bounds(num, text)
    dlo, dhi = written_bounds(den, text)
    if dlo <= 0:
        return False
    lo, hi = nlo * 100 / dhi, nhi * 100 / dlo
    unit = Decimal(1).scaleb(-pct.decimals)
    # rounded: [p - unit/2, p + unit/2); cut: [p, p + unit)
    return lo < pct.value + unit and pct.value - unit / 2 <= hi


@dataclass
class _Scored:
    num: Candidate
    den: Candidate
    cue: float
    fits: bool

    @property
    def score(self) -> float:
        return self.cue + (vocabulary().weights.fits if self.fits else 0.0)


def _kind(num: Candidate, den: Candidate) -> ClaimKind:
    if den.role == "target":
        return "target"  # an achievement may pass its target, money included ("105 persen dari target")
    if num.family == "money" and (den.role == "budget" or num.role == "real"):
        return "budget"
    return "share"


class _Resolver:
    def __init__(self, doc: Document, mentions: list[Mention], claims: list[RatioClaim]):
        self.cx = _Context(doc, mentions, claims)
        self.text = doc.text
        self.taken_numerators: set[int] = set(self.cx.numerators)
        # for a percentage, the realisations of the sentence before that it is the achievement of
        # against a target of its own sentence: judged against another target already, they may be
        # its part again (:meth:`_percent_realisation_before`)
        self.realised_before: dict[int, set[int]] = {}
        self.taken_pairs: set[tuple[int, int]] = {(c.numerator.start, c.denominator.start) for c in claims}
        self.taken_denominators: set[int] = {c.denominator.start for c in claims}
        self.dateline_year = _dateline_year(doc.text)
        self.prior_claims = claims
        # the percentages whose target and realisation :meth:`_percent_pair_before` took from the
        # sentence before
        self.concluded_from_before: set[int] = set()

    # -- the percentage's own words --
    def clause_before(self, p: Mention) -> str:
        s, _ = self.cx.seg.sentence(p.start)
        return self.text[max(s, p.start - 120):p.start]

    def is_goal(self, p: Mention) -> bool:
        before = self.clause_before(p)
        return goal_before(before[-60:]) or goal_subject(before)

    def adjacent_before(self, p: Mention) -> Optional[Mention]:
        s, _ = self.cx.seg.sentence(p.start)
        if _PORTION_OPENING.fullmatch(self.text, s, p.start):
            return self._amount_of_sentence_before(s)
        ops = self.cx.operands_between(max(0, p.start - 80), p.start)
        if ops and vocabulary().gap_before.match(self.text[ops[-1].end:p.start]):
            return ops[-1]
        if ops:
            return self._rate_before_rate(p, ops[-1])
        return None

    def _amount_of_sentence_before(self, s: int) -> Optional[Mention]:
        """The amount a sentence opening "Porsinya P persen" speaks of: the last amount of the
        sentence before ("... mendapat Rp 2,4 miliar untuk 2.000 anak. Porsinya 32 persen."), not
        a rate, that sentence holding no percentage of its own."""
        if s == 0:
            return None
        ps, _ = self.cx.seg.sentence(max(0, s - 2))
        if self.cx.percents_between(ps, s):
            return None
        amounts = [o for o in self.cx.operands_between(ps, s) if o.kind == "amount" and _rate_units(self.text, o.end) is None]
        return amounts[-1] if amounts else None

    def _rate_before_rate(self, p: Mention, op: Mention) -> Optional[Mention]:
        """A rate right before the percentage, its units between them, whose whole after "dari" is
        a rate of the same units: "Rp 200.000 per KPM per bulan, atau 20 persen dari garis
        kemiskinan rumah tangga Rp 1.000.000 per bulan". Both are money per the same period (the
        whole's "per ..." are among the part's), so the one is the other's part as a figure right
        before it is; a whole of other units, or of none said, is not."""
        if op.kind != "amount":
            return None
        part_units = _rate_units(self.text, op.end)
        if part_units is None or not vocabulary().gap_before.match(self.text[part_units[1]:p.start]):
            return None
        _, whole = self.dari_whole(p)
        if whole is None or whole.kind != "amount":
            return None
        whole_units = _rate_units(self.text, whole.end)
        if whole_units is None or not whole_units[0] <= part_units[0]:
            return None
        return op

    def _money_whole_named_by_words(self, p: Mention, cands: list[Candidate],
                                    adj: Optional[Mention]) -> Optional[Candidate]:
        """The one earlier sum of money whose own words name the whole a percentage is "dari" by
        name and no figure ("... atau 40 persen dari total bantuan" after "Total bantuan sosial
        tahun ini Rp 12 miliar"): every word of the name (but "total", "seluruh" and their kind)
        among the words of the figure's clause before it. None where no sum, or more than one,
        is named so, or no money part stands right before the percentage."""
        if adj is None or adj.kind != "amount":
            return None
        m = _NAMED_WHOLE_AFTER.match(self.text, p.end, p.end + 70)
        if m is None or (m.end() < len(self.text) and self.text[m.end()].isdigit()):
            return None
        v = vocabulary()
        first = _WORD.findall(_WHOLE_WORDS_END.split(m.group("words"), maxsplit=1)[0])[:NAMED_WHOLE_WORDS]
        words = [stem(w.lower()) for w in first if w.lower() not in v.reference]
        if not words or v.demonstrative.search(" ".join(first)):
            return None
        found = []
        for c in cands:
            if c.family != "money" or c.op.start >= adj.start:
                continue
            ms, _ = self.cx.seg.sentence(c.op.start)
            lead = _CLAUSE_BREAK.split(self.text[max(ms, c.op.start - 60):c.op.start])[-1]
            said = [stem(w) for w in _WORD.findall(lead.lower())]
            if all(any(stems_meet(w, x) for x in said) for w in words):
                found.append(c)
        return found[0] if len(found) == 1 else None

    def _count_then_predicate(self, p: Mention, start: int) -> Optional[Mention]:
        """"sebanyak 352 RTLH telah selesai direhabilitasi atau 88 persen": a count, what was done
        to it, then its percentage; or a figure, what it is for, then its percentage ("Rp 4,8 miliar
        di antaranya untuk bantuan pangan, atau 40 persen")."""
        ops = self.cx.operands_between(max(start, p.start - 80), p.start)
        if not ops or ops[-1].kind not in ("count", "amount"):
            return None
        gap = self.text[ops[-1].end:p.start]
        if ops[-1].kind == "count" and _PREDICATE_GAP.match(gap) or _PURPOSE_GAP.match(gap):
            return ops[-1]
        return None

    def adjacent_after(self, p: Mention) -> Optional[Mention]:
        _, e = self.cx.seg.sentence(p.start)
        ops = self.cx.operands_between(p.end, min(e, p.end + 60))
        if not ops:
            return None
        gap = self.text[p.end:ops[0].start]
        if vocabulary().gap_after.match(gap) and ops[0].start <= p.end + 40:
            return ops[0]
        if ops[0].kind == "count" and _DESCRIBED_PART_GAP.match(gap):
            return ops[0]  # "30 persen adalah lansia, yaitu 360 KPM", "15 persen penyandang disabilitas (180 KPM)"
        return None

    def dari_whole(self, p: Mention) -> tuple[bool, Optional[Mention]]:
        """"P persen dari pagu Rp Y": (whether "dari" follows, the number it introduces if any)."""
        m = vocabulary().whole_after.match(self.text, p.end, p.end + 12)
        if not m:
            return False, None
        _, e = self.cx.seg.sentence(p.start)
        nxt = self.cx.percents_between(p.end, min(e, p.end + 90))
        limit = min([e, p.end + 90] + [q.start for q in nxt])
        # (a whole that starts within reach counts, however long its figure: " dari belanja langsung
        # Kabupaten X tahun 2018 yang sebesar Rp 102.315.000.000,-")
        ops = [o for o in self.cx.operands_between(m.end(), e) if o.start < limit]
        return True, (ops[0] if ops else None)

    # -- the search --
    def pairs(self, p: Mention, cands: list[Candidate], adj: Optional[Mention], whole: Optional[Mention]) -> list[_Scored]:
        pct = _operand(p)
        clause = own_clause(self.text, self.cx.seg.sentence(p.start)[0], p.start)
        if names_other_whole(self.text, p, clause):
            # "1,5 persen dari total APBD": the whole it is of is none of the numbers; but a whole
            # named by the unit of counts before ("... 3.600 KPM sudah menerima. Jumlah itu setara
            # 90 persen dari seluruh KPM") is of those counts
            units = {c.op.unit for c in cands if c.family == "count" and c.op.unit}
            named = {u for u in units if not names_other_whole(self.text, p, clause, u)}
            if len(named) == 1:
                cands = [c for c in cands if c.family == "count" and c.op.unit in named]
            elif (whole_named := self._money_whole_named_by_words(p, cands, adj)) is not None:
                # "Total bantuan sosial tahun ini Rp 12 miliar. Sebanyak Rp 4,8 miliar untuk bantuan
                # pangan, atau 40 persen dari total bantuan": the whole is the figure its words name
                cands = [c for c in cands if adj is not None and c.op.start == adj.start or c is whole_named]
            else:
                return []
        if self._budget_share_of_named_whole(p, adj, whole):
            # "anggaran Rp A atau 31,03% dari anggaran urusan sosial, dengan realisasi Rp B": the
            # budget's share of a larger budget, which no number here gives; no realisation is its part
            return []
        if not_financial(self.clause_before(p)[-45:]):
            # "capaian kinerja 95,5%", "realisasi fisik 100%": a performance figure, not a share of money
            cands = [c for c in cands if c.family != "money"]
        elif not speaks_of_money(clause) and not (_elliptic(clause) and speaks_of_money(self.clause_before(p))):
            # (an elliptic clause says what the clause before it says: "Dinas Kesehatan baru menyerap
            # 54 persen ..., sementara Dinas Sosial baru 41 persen")
            # "Dari pagu Rp A, realisasi Rp B. Angka kemiskinan 9,5 persen": amounts are its
            # operands only when one stands beside it or is the whole it is "dari"
            near = {m.start for m in (adj, whole) if m is not None}
            if not any(c.op.start in near for c in cands if c.family == "money"):
                cands = [c for c in cands if c.family != "money"]
        # "... dari target nasional": the whole is a target no number gives here; only a figure
        # the words make a target may be it
        target_named = named_target_not_given(self.text, p)
        # "capaian terhadap anggaran kas 92,24 persen": a second whole the percentage names, whose
        # part may be a realisation judged already against the first
        second = self._whole_named_against(p, cands)
        # "Target tahun 2018 sebanyak 400 KK sedangkan target akhir Renstra tahun 2019 sebanyak 500 KK.
        # Realisasi tahun 2018 sebanyak 380 KK sehingga capaian kinerja 76%": of targets named by
        # year, the realisation's year's is its target, whether or not the arithmetic fits it
        target_years = {c.op.start: self._lead_year_of(c.op) for c in cands if c.role == "target"}
        out = []
        for num in cands:
            again = num.op.start in self.taken_numerators and (
                self._part_again(p, num.op, whole) or (second is not None and num.role in (None, "real"))
                or num.op.start in self.realised_before.get(p.start, ()))
            if again and whole is None and second is not None:
                whole = second
            if num.role in ("remainder",) or num.op.start in self.taken_numerators and not again:
                continue
            if whole is not None and self._listed_after(whole, num.op.start):
                continue  # "dari pagu masing-masing Rp 12 miliar dan Rp 9 miliar": a whole too
            for den in cands:
                if den is num or den.family != num.family or den.role in ("remainder", "real"):
                    continue
                if again and (whole is None or den.op.start != whole.start) and not (
                        num.op.start in self.realised_before.get(p.start, ()) and den.role == "target"
                        and den.op.start >= self.cx.seg.sentence(p.start)[0]):
                    # a part judged already is this one's only against the whole it names (or, a
                    # realisation of the sentence before, against the target of its own sentence)
                    continue
                if (num.op.start, den.op.start) in self.taken_pairs or den.op.value <= 0:
                    continue
                if target_named and (den.role != "target" or other_level_target(
                        self.text, p, den.op.start, self.cx.seg.sentence(den.op.start)[0])):
                    continue
                if den.op.start in self.taken_denominators and self._other_agency_between(den.op, p):
                    continue
                if num.family == "count" and not same_counted_thing(self.text, num.op, den.op):
                    continue
                if den.role == "target" and num.role == "real" and \
                        (year := self._lead_year_of(num.op)) is not None and \
                        target_years.get(den.op.start) not in (None, year) and year in target_years.values():
                    continue
                if num.family == "percent" and not self._percents_are_operands(p, num, den):
                    continue  # percentages are operands only where the words say so ("target 90%, realisasi 85%")
                kind = _kind(num, den)
                if kind != "target" and num.op.value > den.op.value:
                    continue  # a share or a realisation is not above its whole
                cue = self._cue(p, num, den, adj, whole)
                fits = explains(pct, num.op, den.op, self.text) or (
                    kind == "target" and fits_lower_is_better(pct, num.op, den.op) and
                    lower_is_better_at(self.text, min(num.op.start, den.op.start, p.start), p.start))
                out.append(_Scored(num, den, cue, fits))
        return sorted(out, key=lambda s: -s.score)

    def _lead_year_of(self, op: Operand) -> Optional[str]:
        """The year the words right before a figure name in its clause ("Realisasi tahun 2018
        sebanyak", "target akhir Renstra tahun 2019 sebanyak"), if one."""
        s, _ = self.cx.seg.sentence(op.start)
        # (a target's own text may hold its words: "target akhir Renstra tahun 2019 sebanyak 500 KK")
        own = self.text[op.start:op.end]
        numbers = [m for m in _FIGURE.finditer(own) if not _YEAR.fullmatch(m.group(0))]
        own_words = own[:numbers[0].start()] if numbers else ""
        lead = _CLAUSE_BREAK.split(self.text[max(s, op.start - 50):op.start])[-1]
        years = _YEAR.findall(own_words) or (_YEAR.findall(lead) if not own_words.strip() else [])
        return years[-1] if years else None

    def _budget_share_of_named_whole(self, p: Mention, adj: Optional[Mention], whole: Optional[Mention],
                                     roles: tuple[Optional[str], ...] = ("budget",)) -> bool:
        """Is the percentage a budget's share of a whole its words name after it and no number
        gives ("anggaran Rp A atau 31,03% dari anggaran urusan sosial", "pagu Rp A (12%) dari total
        belanja daerah")? The amount right before it is a budget, and a budget is no realisation
        of anything: the percentage is no ratio of the realisation and the budget around it.
        (``roles``: the roles the amount may have; an amount no word names, "dan Belanja Langsung
        Rp Y atau 67,28% dari total anggaran", may be such a part too.)"""
        if adj is None or adj.kind != "amount" or self.cx.candidate(adj).role not in roles:
            return False
        m = _NAMED_WHOLE_AFTER.match(self.text, p.end, p.end + 70)
        if m is None:
            return False
        words = _WHOLE_WORDS_END.split(m.group("words"), maxsplit=1)
        if not _WORD.findall(words[0]):
            return False
        # a figure right after the whole's words ("dari pagu perubahan sebesar Rp C") gives it; one
        # past a clause's break (", dengan realisasi Rp B") does not
        given = whole is not None and (len(words) == 1 or _FIGURE_INTRODUCED.fullmatch(m.group("words"), len(words[0]))) \
            and (whole.start <= m.end() or _FIGURE_INTRODUCED.fullmatch(self.text, m.end(), whole.start) is not None)
        return not given

    def _whole_named_against(self, p: Mention, cands: list[Candidate]) -> Optional[Mention]:
        """The figure of the whole a percentage names after "terhadap" ("capaian terhadap
        anggaran kas 92,24 persen"): the one money figure of its sentence, before it, whose own
        words name that whole ("Target semester I dalam anggaran kas sebesar Rp A"); else None."""
        s, _ = self.cx.seg.sentence(p.start)
        m = _AGAINST_NAMED_WHOLE.search(self.text, s, p.start)
        if m is None:
            return None
        named = {w.lower() for w in regex.findall(r"\p{L}{3,}", m.group("name"))} - _GENERIC_WHOLE_WORDS
        if not named:
            return None
        found = [c.op for c in cands if c.family == "money" and s <= c.op.start < m.start()
                 and named <= {w.lower() for w in regex.findall(r"\p{L}{3,}", self.text[s:c.op.start])}]
        if len(found) != 1:
            return None
        return next((a for a in self.cx.operands_between(found[0].start, found[0].end) if a.start == found[0].start), None)

    def _sentence_text_start(self, p: Mention) -> int:
        """Where the words of the percentage's sentence start (past its leading blanks)."""
        s, _ = self.cx.seg.sentence(p.start)
        return s + len(self.text[s:p.start]) - len(self.text[s:p.start].lstrip())

    def _list_item_before_back_reference(self, p: Mention, op: Operand) -> bool:
        """Is ``op`` in an item of a list ("b. Program Dukungan Manajemen: Rp 350.000.000.000;")
        before the line of ``p``, whose sentence opens with a subject that points back ("Usulan
        tersebut", "Jumlah itu")? Then the percentage is of the whole the list details."""
        s = self._sentence_text_start(p)
        if not _BACK_REFERENCE_SUBJECT.match(self.text, s, p.start) or op.start >= s:
            return False
        line = self.text.rfind("\n", 0, op.start)
        if line < 0 or self.text.rfind("\n", 0, s) == line:
            return False  # no line of its own, or the percentage's own line
        return bool(ITEM_LINE.match(self.text, line)) and bool(self._list_head_figures(op))

    def named_whole_before(self, p: Mention) -> Optional[RatioClaim]:
        """"52.410 KPM atau 12,71 persen dari kuota provinsi": a part right before the percentage,
        its whole named after "dari" by words and no figure, the figure given paragraphs before
        under those words ("... menetapkan kuota penerima PKH untuk Provinsi NTT ... sebanyak
        412.350 KPM"). The one earlier figure of the part's kind whose clause has every word
        naming the whole is it, judged whatever its arithmetic; none where two have them, or where
        the percentage's sentence and the figure's name different years."""
        part = self.adjacent_before(p) or self._part_before_its_verb(p)
        m = _NAMED_WHOLE_AFTER.match(self.text, p.end, p.end + 70)
        if part is None or m is None or part.start in self.taken_numerators:
            return None
        if m.end() < len(self.text) and self.text[m.end()].isdigit():
            return None  # the whole's figure follows its words: not this reading's
        named = []
        for w in _WORD.findall(_WHOLE_WORDS_END.split(m.group("words"), maxsplit=1)[0]):
            if w.lower() in _WHOLE_OPENERS and not named:
                continue
            if w.lower() in _PREDICATE_WORDS or _PREDICATE_VERB.match(w):
                break  # "dari kuota provinsi belum menerima": the name ends where the predicate starts
            named.append(w.lower())
        named = named[:NAMED_WHOLE_WORDS]
        if len(named) < 2 or vocabulary().demonstrative.search(" ".join(named)):
            return None  # one noun ("dari jumlah penduduk") may name a larger whole than a figure under it
        s, e = self.cx.seg.sentence(part.start)
        mine = _years(self.text[s:e])
        found = []
        for op in self.cx.operands_between(max(0, s - NAMED_WHOLE_REACH), s):
            if _family(op) != _family(part) or not op.value or op.value <= part.value:
                continue
            if _family(op) == "count" and not same_counted_thing(self.text, _operand(part), _operand(op)):
                continue
            os_, oe = self.cx.seg.sentence(op.start)
            lead = [stem(w) for w in _WORD.findall(own_clause(self.text, os_, op.start))]
            # "dari seluruh realisasi dinas": a word naming no agency in particular is the agency
            # the figure's sentence or the one before names ("Dinas Sosial memperoleh pagu ... .
            # ... anggaran tersebut terealisasi Rp W")
            agency = bool(self.cx.agency_at(op.start)) or bool(self.cx.agency_at(max(os_ - 1, 0)))
            if all(any(stems_meet(stem(n), w) for w in lead) or (agency and n in vocabulary().generic_agency)
                   for n in named):
                found.append((op, _other_year(mine, self.text[os_:oe])))
        if len(found) > 1:
            # "Total anggaran urusan sosial Rp W dengan realisasi Rp R": of the figures under the
            # whole's words, a realisation is not the whole they name, unless they name one ("dari
            # total realisasi urusan sosial": the realisation, not the pagu after it)
            realised = _role_word(" ".join(named)) == "real" or any(_role_word(n) == "real" for n in named)
            found = [f for f in found if (self.cx.candidate(f[0]).role == "real") == realised] or found
        if len(found) != 1 or found[0][1]:
            return None
        whole = found[0][0]
        self.taken_numerators.add(part.start)
        return RatioClaim("share", _operand(p), _operand(part), _operand(whole), implicit_denominator=True,
                          notes=[f"the whole is named after the percentage ({m.group('words').strip()!r}) and given "
                                 f"before under those words"])

    def _part_before_its_verb(self, p: Mention) -> Optional[Mention]:
        """The amount the percentage's clause opens with, a verb of taking a share between them
        ("Program A, dengan realisasi Rp 1.712.640.000, menyerap 38,32 persen dari ..."): the last
        amount of the sentence before the percentage, no other figure between."""
        s, _ = self.cx.seg.sentence(p.start)
        ops = self.cx.operands_between(s, p.start)
        if not ops or ops[-1].kind != "amount" or not _SHARE_VERB_GAP.fullmatch(self.text, ops[-1].end, p.start):
            return None
        return ops[-1]

    def story_budget(self, p: Mention) -> Optional[RatioClaim]:
        """A realisation's percentage whose budget the story gave paragraphs before ("Pagu Dinsos naik
        dari Rp 22,6 miliar pada APBD murni menjadi Rp 25,35 miliar di APBD Perubahan ... // ... //
        Hingga akhir Oktober realisasi keuangan Dinsos baru Rp 16,4 miliar atau 64,7 persen"), out
        of the nearer readings' reach: the one earlier budget of the agency (a figure named a budget,
        or what a budget was changed to: "menjadi Rp B"), the last one given, where it explains the
        percentage. Only where the arithmetic fits, so it never raises an alarm: which budget a far
        realisation is of is a guess the words do not back."""
        part = self.adjacent_before(p) or self._realised_just_before(p)
        if part is None or part.kind != "amount" or part.start in self.taken_numerators or \
                self.cx.candidate(part).role != "real":
            return None
        s, e = self.cx.seg.sentence(p.start)
        if self.dari_whole(p)[1] is not None or \
                [m for m in self.cx.operands_between(min(s, part.start), part.start) if m.kind == "amount"]:
            return None
        clause = own_clause(self.text, s, p.start)
        if names_other_whole(self.text, p, clause) or not_financial(clause[-45:]) or goal_before(clause[-60:]):
            return None
        # (a sentence naming no year is of the year its paragraph opens with: "Pada tahun 2022 ...
        # Alokasi tersebut lebih kecil daripada tahun 2021 yang mencapai Rp C ... Realisasi ... Rp A,
        # yang berarti penyerapan anggaran P persen": C is 2021's)
        years = _years(self.text[s:e]) or self._paragraph_opening_years(p)
        pct, num = _operand(p), _operand(part)
        found = []
        for op in self.cx.operands_between(max(0, s - STORY_REACH), s):
            if op.kind != "amount" or not op.value or op.value <= part.value:
                continue
            whole = _operand(op)
            if self.cx.of_other_agency(p, whole) or self.cx.of_other_item(p, whole):
                continue
            os_, oe = self.cx.seg.sentence(op.start)
            lead = self.text[max(os_, op.start - 40):op.start]
            if _other_year(years, self.text[os_:oe]) or changed_from_before(self.text, max(os_, op.start - 60), op.start):
                continue
            if _COMPARED_YEAR_LEAD.search(self.text, max(os_, op.start - 70), op.start):
                continue  # "lebih kecil daripada tahun 2021 yang mencapai Rp C": another year's budget
            if self.cx.candidate(op).role != "budget" and not _MENJADI_LEAD.search(lead):
                continue
            found.append(op)
        # the budget the story gave last (a later one replaced an earlier), where it explains the
        # percentage closely: figures written to the whole miliar ("Rp 9 miliar" of "Rp 10 miliar":
        # 85 to 95 persen) fit too much to tell a far budget
        # (unless the percentage names the budget it is of, "96 persen dari anggaran", and the story
        # gave one budget: "Total anggaran ... sebesar Rp 2 miliar")
        named_budget = self.dari_whole(p)[0] and len(found) == 1
        if not found or not explains(pct, num, _operand(found[-1]), self.text) or \
                (_ratio_width(num, _operand(found[-1]), self.text) > STORY_RATIO_WIDTH and not named_budget):
            return None
        self.taken_numerators.add(part.start)
        return RatioClaim("budget", pct, num, _operand(found[-1]), implicit_denominator=True,
                          notes=["the budget the story gave last before it"])

    def _realised_just_before(self, p: Mention) -> Optional[Mention]:
        """The realisation a short sentence of its percentage concludes ("Sampai dengan 31
        Desember 2022 terealisasi Rp A. Persentasenya 95,27%."): the one amount of the sentence
        right before, where the percentage's sentence names its uptake in a few words and no figure."""
        s = self._sentence_text_start(p)
        if self.cx.operands_between(s, p.start) or not _UPTAKE_CONCLUSION.fullmatch(self.text, s, p.start):
            return None
        ps, pe = self._previous_sentence(s)
        amounts = [m for m in self.cx.operands_between(ps, min(pe, s)) if m.kind == "amount"]
        return amounts[0] if len(amounts) == 1 else None

    def _paragraph_opening_years(self, p: Mention) -> set[str]:
        """The years the first sentence of the percentage's paragraph names (none where that is
        the percentage's own sentence)."""
        ps, _ = self.cx.seg.paragraph(p.start)
        fs, fe = self.cx.seg.sentence(ps + len(self.text[ps:p.start]) - len(self.text[ps:p.start].lstrip()))
        if fe > p.start:
            return set()
        return {y for y in _years(self.text[fs:fe]) if y.isdigit()}

    def story_count(self, p: Mention) -> Optional[RatioClaim]:
        """A count reached, its percentage right after it, whose whole the story gave paragraphs
        before ("Bantuan diberikan kepada 5.750 penerima yang terdiri dari ... // ... // bantuan
        tahap I sudah tersalur kepada 5.012 penerima atau 87,17 persen"): the last earlier count of
        the same thing above it, where it gives the percentage; never an alarm (as
        :meth:`story_budget`)."""
        part = self.adjacent_before(p)
        if part is None or part.kind != "count" or part.start in self.taken_numerators:
            return None
        s, e = self.cx.seg.sentence(p.start)
        if self.dari_whole(p)[0] or [m for m in self.cx.operands_between(s, part.start) if m.kind in ("count", "target")]:
            return None
        clause = own_clause(self.text, s, p.start)
        if not _DONE_IN_SENTENCE.search(clause) or names_other_whole(self.text, p, clause) or goal_before(clause[-60:]):
            return None
        years = _years(self.text[s:e])
        pct, num = _operand(p), _operand(part)
        for op in reversed(self.cx.operands_between(max(0, s - STORY_REACH), s)):
            if op.kind not in ("count", "target") or not op.value or op.value <= part.value:
                continue
            whole = _operand(op)
            if not same_counted_thing(self.text, num, whole):
                continue
            os_, oe = self.cx.seg.sentence(op.start)
            if _other_year(years, self.text[os_:oe]) or changed_from_before(self.text, max(os_, op.start - 60), op.start):
                return None
            if rounding_verdict(pct.value, pct.decimals, num.value * 100 / whole.value) == "mismatch":
                return None
            self.taken_numerators.add(part.start)
            return RatioClaim("share", pct, num, whole, implicit_denominator=True,
                              notes=["the count the story gave last before it, of the same thing"])
        return None

    def count_and_amount_part(self, p: Mention) -> Optional[RatioClaim]:
        """A part given as a count and its value, the percentage after the value: "Hingga akhir
        tahun, 42 LKS telah menerima, senilai Rp 630.000.000 atau 93,33%", after "Dana hibah untuk
        45 LKS sebesar Rp 675.000.000". The whole is the one count of the same thing with its
        value in one clause of the sentences before (in the paragraph): the percentage is the
        value's share of that value and the count's of that count. It is judged of the values where
        they give it, of the counts where only they do; where neither does, only where the two
        readings are one (the values in the counts' proportion: each item the same amount), so a
        mismatch is one whichever is meant; else nothing is judged."""
        part = self.adjacent_before(p)
        if part is None or part.kind != "amount" or part.value is None or part.start in self.taken_numerators:
            return None
        s, e = self.cx.seg.sentence(p.start)
        before = self.cx.operands_between(s, part.start)
        if not before or before[-1].kind != "count" or not _COUNT_WITH_VALUE.fullmatch(self.text, before[-1].end, part.start):
            return None
        n = before[-1]
        # (the paragraph, or the short ones before it, two sentences back at most, as :meth:`local`)
        s1 = self._filled_sentence_start_before(p.start)
        lo = max(self._short_paragraphs_start(p.start), self._filled_sentence_start_before(max(0, s1)) if s1 > 0 else 0)
        years = _years(self.text[s:e])
        wholes = []
        for w in self.cx.operands_between(lo, s):
            if w.kind != "amount" or w.value is None or w.value <= part.value or _rate_units(self.text, w.end):
                continue
            ws, we = self.cx.seg.sentence(w.start)
            if _other_year(years, self.text[ws:we]):
                continue
            counts = [c for c in self.cx.operands_between(ws, we) if c.kind == "count" and c.value
                      and same_counted_thing(self.text, _operand(c), _operand(n))]
            tied = [c for c in counts if (c.end <= w.start and _COUNT_WITH_VALUE.fullmatch(self.text, c.end, w.start))
                    or (w.end <= c.start and _VALUE_FOR_COUNT.fullmatch(self.text, w.end, c.start))]
            if len(counts) == 1 and tied and tied[0].value > n.value:
                wholes.append((tied[0], w))
        if len(wholes) != 1:
            return None
        big_n, big_w = wholes[0]
        pct = _operand(p)
        a, w, cn, cw = _operand(part), _operand(big_w), _operand(n), _operand(big_n)
        note = "the part is a count and its value, the whole the count and value of the sentence before"
        if explains(pct, a, w, self.text):
            claim = RatioClaim("share", pct, a, w, notes=[note])
        elif explains(pct, cn, cw, self.text):
            claim = RatioClaim("share", pct, cn, cw, notes=[note + "; of the counts"])
        elif abs(a.value / w.value - cn.value / cw.value) * 100 < Decimal("0.005"):
            claim = RatioClaim("share", pct, a, w, notes=[note + "; the values in the counts' proportion"])
        else:
            return None
        self.taken_numerators.add(claim.numerator.start)
        return claim

    def _part_after_whole(self, p: Mention, whole: Optional[Mention]) -> Optional[Mention]:
        """The part named after the whole a percentage is "dari": "0,8 persen dari APBD Rp 1,4
        triliun, yakni Rp 11,2 miliar"."""
        if whole is None:
            return None
        _, e = self.cx.seg.sentence(p.start)
        after = self.cx.operands_between(whole.end, e)
        # one figure only: "dari pagu Rp 10 miliar, yaitu Rp 4 miliar ... dan Rp 6 miliar ..." lists
        # the whole's components, none of them the part
        if len(after) == 1 and after[0].start <= whole.end + 40 and \
                _PART_AFTER_WHOLE_GAP.fullmatch(self.text, whole.end, after[0].start):
            return after[0]
        return None

    def _list_head_figures(self, item: Operand) -> list[Mention]:
        """The figures of the line that introduces the list ``item`` is in ("Menteri Sosial
        menyampaikan usulan tambahan ... sebesar Rp A, dengan rincian:"): the whole the list details."""
        line = self.text.rfind("\n", 0, item.start)
        while line > 0 and ITEM_LINE.match(self.text, line):
            head = self.text.rfind("\n", 0, line)
            if not ITEM_LINE.match(self.text, max(head, 0)):
                if not self.text[head + 1:line].rstrip().endswith(":"):
                    return []  # no line introducing a list
                # (the introduction may be wrapped: "... tercatat 18.406 jiwa, terdiri" / "atas:")
                s, _ = self.cx.seg.sentence(head + 1)
                return self.cx.operands_between(min(s, head + 1), line)[-1:]
            line = head
        return []

    def _part_again(self, p: Mention, part: Mention, whole: Optional[Mention]) -> bool:
        """Is ``p`` the same part's percentage of a second whole it names right after it, in the
        sentence of a claim already made of that part: "Rp 6,2 miliar atau 62 persen dari pagu Rp 10
        miliar, atau 88,57 persen dari target triwulan III sebesar Rp 7 miliar"? Only the figures of
        that claim stand between the part and ``p``."""
        if whole is None or whole.start < p.end:
            return False
        s, e = self.cx.seg.sentence(p.start)
        for c in self.prior_claims:
            if c.numerator.start != part.start or not s <= part.start < c.percent.start < p.start:
                continue
            last = max(c.percent.end, c.denominator.end)
            if last > p.start or c.denominator.start < part.start:
                continue
            between = {m.start for m in self.cx.operands_between(part.end, p.start)}
            if between <= {c.denominator.start} and _ANOTHER_WHOLE_GAP.fullmatch(self.text, last, p.start):
                return True
        return False

    def _percents_are_operands(self, p: Mention, num: Candidate, den: Candidate) -> bool:
        """May a percentage be achieved of a percentage target: the words make them a
        realisation and a target, the target is no achievement ("capaian kinerja sasaran sebesar
        100%"), and the stated one is no difference of them ("efisiensi sebesar 4,2 persen")?"""
        if den.role != "target" or (num.role != "real" and not self._achieved_of_target_after(num, den)):
            return False
        s, e = self.cx.seg.sentence(den.op.start)
        if achievement_not_target(self.text[max(s, den.op.start - 60):den.op.start]):
            return False
        if self.cx.role(p) in ("real", "target") and not _indicator_words()[1].search(self.clause_before(p)[-60:]):
            return False  # "triwulan II target 50% terealisasi 45%": a value, no achievement of the others
        if self._listed_value(p):
            return False  # "realisasi 68,2%, 72,1% dan 76,5%": the later items of a list of values
        if den.op.start < p.start and self._followed_by_its_target(p, e):
            return False  # "... sedangkan persentase LKS yang dibina mencapai 91,8% dari target 85%": a realisation
        last = max(num.op.end, den.op.end)
        if last <= p.start:
            # "72,3% dari target 75%, sedangkan serapan anggaran 93,2%": another clause's figure,
            # unless that clause names the achievement ("..., sedangkan capaiannya 96,40%")
            brk = _last(_OTHER_CLAUSE.finditer(self.text, last, p.start))
            if brk is not None and not _indicator_words()[1].search(self.text, brk.end(), p.start):
                return False
        return not difference_of_percents_before(self.clause_before(p)[-60:])

    def _other_agency_between(self, den: Operand, p: Mention) -> bool:
        """Is an agency named between a whole and the percentage that its words do not name
        (the whole's sentence up to it)? Then the percentage is of that agency's money."""
        if den.end > p.start:
            return False
        s, _ = self.cx.seg.sentence(den.start)
        own_names = {" ".join(m.group().lower().split()) for m in vocabulary().agency.finditer(self.text, s, den.end)}
        for m in vocabulary().agency.finditer(self.text, den.end, p.start):
            if not _WHOLES_CLAUSE_END.search(self.text, den.end, m.start()):
                continue  # the whole's own words: "22.095 jiwa PMKS yang tercatat dalam basis data Dinas Sosial"
            name = " ".join(m.group().lower().split())
            if name not in own_names and not any(name.startswith(o) or o.startswith(name) for o in own_names):
                return True
        return False

    def _listed_after(self, whole: Mention, start: int) -> bool:
        """Does the number at ``start`` follow ``whole`` in a list of numbers ("Rp 12 miliar dan
        Rp 9 miliar", "Rp 12 miliar, Rp 9 miliar")? Then it is one more whole, not a part."""
        return start >= whole.end and bool(_LIST_JOIN.fullmatch(self.text[whole.end:start]))

    def _cue(self, p: Mention, num: Candidate, den: Candidate, adj: Optional[Mention], whole: Optional[Mention]) -> float:
        w = vocabulary().weights
        cue = 0.0
        if adj is not None and num.op.start == adj.start:
            cue += w.adjacent_part
        if whole is not None and den.op.start == whole.start:
            cue += w.whole_after
        # a budget's share of the region's total spending its words name ("Alokasi ini setara dengan
        # 1,27 persen dari total belanja APBD ... yang berjumlah Rp B"): the budget is the part
        of_region_total = num.family == "money" and num.role == "budget" and den.role is None and \
            (self._names_region_total(den.op) or bool(_WHOLE_WORDS_THEN_FIGURE.fullmatch(self.text, p.end, den.op.start)))
        if num.role == "real" or self._achieved_of_target_after(num, den):
            cue += w.numerator_role
        elif num.role in DENOMINATOR_ROLES and not of_region_total:
            cue += w.role_reversed
        if den.role in DENOMINATOR_ROLES or of_region_total:
            cue += w.denominator_role
        if of_region_total and (adj is None or adj.start != num.op.start) and self._pointed_back_budget(p, num.op):
            cue += w.adjacent_part  # "... anggaran sebesar Rp A. Alokasi ini setara dengan P persen dari ..."
        if den.op.start in self.taken_denominators and den.role != "whole" and not of_region_total:
            cue += w.denominator_taken  # a budget has one realisation; a whole ("dari total ...") many parts
        elif den.role is None and whole is None and not of_region_total:
            cue += w.denominator_unnamed
        # near numbers are more likely meant
        for c in (num, den):
            d = max(0, p.start - c.op.end, c.op.start - p.end)
            cue += w.per_100_chars * d / 100
        return cue

    def _pointed_back_budget(self, p: Mention, op: Operand) -> bool:
        """Does the percentage's sentence open by pointing back to money ("Alokasi ini", "Anggaran
        tersebut") and is ``op`` the one budget of the sentence before?"""
        s = self._sentence_text_start(p)
        if not POINTS_BACK_SUBJECT.match(self.text, s, p.start):
            return False
        ps, pe = self._previous_sentence(s)
        budgets = [m for m in self.cx.operands_between(ps, min(pe, s)) if m.kind == "amount"
                   and self.cx.candidate(m).role == "budget"]
        return len(budgets) == 1 and budgets[0].start == op.start

    def _names_region_total(self, op: Operand) -> bool:
        """Do the words of the figure's clause right before it name the region's total spending
        ("dengan total APBD Kota X 2024 sebesar", "dari total belanja daerah dalam APBD Perubahan
        Tahun 2022 senilai", "total belanja APBD ... yang berjumlah")?"""
        s, _ = self.cx.seg.sentence(op.start)
        lead = self.text[max(s, op.start - REGION_TOTAL_REACH):op.start]
        found = list(_REGION_TOTAL.finditer(lead))
        # (no other figure between the words and this one: they are its own)
        return bool(found) and not _FIGURE.search(_YEAR.sub(" ", lead[found[-1].end():]))

    def _listed_value(self, p: Mention) -> bool:
        """Is ``p`` a later item of a list of percentages whose first the words make a realisation
        or a target ("realisasi 68,2%, 72,1% dan 76,5%")?"""
        s, _ = self.cx.seg.sentence(p.start)
        first = p
        while (before := self.cx.percents_between(s, first.start)) and _LIST_JOIN.fullmatch(self.text, before[-1].end,
                                                                                            first.start):
            first = before[-1]
        return first is not p and self.cx.role(first) in ("real", "target")

    def _followed_by_its_target(self, q: Mention, end: int) -> bool:
        """Is the percentage ``q`` followed by its target, a percentage too ("8,75% dari target
        9,00%")? Then it is what was achieved of that target, with no realisation word before it."""
        nxt = self.cx.percents_between(q.end, end)
        return bool(nxt) and bool(_OF_TARGET_GAP.fullmatch(self.text, q.end, nxt[0].start))

    def _achieved_of_target_after(self, num: Candidate, den: Candidate) -> bool:
        """Is ``num`` the figure achieved of the target right after it ("sebesar 82,47 dari target
        80", "82,47 dari target 80"): nothing between them but the target's own "dari"?"""
        if num.role is not None or den.role != "target" or den.op.start < num.op.end:
            return False
        if not self.text[num.op.end:den.op.start].strip():
            return bool(_DARI_OPENING.match(den.op.text))
        # "8,75% dari target 9,00%": a percentage's target after it in words
        return bool(_OF_TARGET_GAP.fullmatch(self.text, num.op.end, den.op.start))

    def _under_listed_figures(self, line_start: int, back: int = 6) -> bool:
        """Do the line right before ``line_start`` and another of the ``back`` lines before it each
        hold a figure (items of a list, rows of a table in text, one a line; headings between)?"""
        end, with_figures = line_start - 1, 0
        for k in range(back):
            if end <= 0:
                break
            start = self.text.rfind("\n", 0, end) + 1
            # (a figure on the line, or ending on it: "... realisasi Rp" / "57.000.000", wrapped)
            if any(op.end > start for op in self.cx.operands_between(max(0, start - 40), end)):
                with_figures += 1
            elif k == 0:
                return False
            end = start - 1
        return with_figures >= 2

    def candidates(self, start: int, end: int) -> list[Candidate]:
        return [self.cx.candidate(m) for m in self.cx.operands_between(start, end)]

    def local(self, p: Mention) -> Optional[RatioClaim]:
        """Operands in the percentage's sentence and the two before it (within its paragraph, or
        over the break between two short paragraphs: news gives a sentence or two a paragraph)."""
        own_ps, _ = self.cx.seg.paragraph(p.start)
        ps = self._short_paragraphs_start(p.start)
        s1 = self._filled_sentence_start_before(p.start)
        s0 = self._filled_sentence_start_before(max(0, s1))
        s, e = self.cx.seg.sentence(p.start)
        start = max(ps, s0 if s1 > 0 else 0, p.start - BACK_REACH)
        # numbers before an earlier percentage are that percentage's operands, not this one's;
        # but a physical or performance figure owns no money ("... terealisasi Rp B dengan
        # realisasi fisik 100% dan realisasi keuangan 90%")
        earlier = self.cx.percents_between(start, p.start)
        if _FINANCIAL_NEAR.search(self.clause_before(p)[-45:]):
            earlier = [q for q in earlier if not not_financial(self.clause_before(q)[-45:])]
        _, whole = self.dari_whole(p)
        # "Rp A atau 62 persen dari pagu Rp B, atau 88,57 persen dari target ... Rp C": A is the
        # earlier percentage's part and this one's too
        again = [m for m in self.cx.operands_between(start, earlier[-1].start) if self._part_again(p, m, whole)] \
            if earlier else []
        # a budget's share of a whole named and not given is of no figure here: the budget right
        # before it is the realisation's after it ("anggaran Rp A atau 31% dari anggaran urusan
        # sosial, dengan realisasi Rp B atau 95,25%")
        shared = self.adjacent_before(earlier[-1]) if earlier else None
        if shared is None or not self._budget_share_of_named_whole(earlier[-1], shared, self.dari_whole(earlier[-1])[1],
                                                                   roles=("budget", None)):
            shared = None
        # "... terverifikasi 17.982 KK. Capaiannya 97,2%. Jumlah KK ... tersebut setara 21,6% dari
        # 83.250 KK": a subject pointing back to a count, its whole given after, takes the counts of
        # the whole's unit from before the earlier percentage too
        pointed = self._counts_pointed_back(p, s, start, earlier[-1].start, whole) if earlier else []
        if pointed:
            # (a part the earlier percentage took already is this one's too, against the whole it names)
            self.realised_before.setdefault(p.start, set()).update(m.start for m in pointed)
        if earlier:
            start = earlier[-1].end
        nxt = self.cx.percents_between(p.end, min(e, p.end + AHEAD_REACH))
        end = min([e, p.end + AHEAD_REACH] + [q.start for q in nxt])
        adj = self.adjacent_before(p) or self.adjacent_after(p) or self._count_then_predicate(p, start) or \
            self._part_after_whole(p, whole)
        cands = [self.cx.candidate(m) for m in again[-1:] + ([shared] if shared is not None else []) + pointed] + \
            self.candidates(start, end)
        bare = self.cx.bare_numbers(start, end)
        if adj is None:
            before = [b for b in bare if b.end <= p.start]
            if before and vocabulary().gap_before.match(self.text[before[-1].end:p.start]):
                adj = before[-1]
        cands += [self.cx.candidate(b) for b in bare]
        # of the short paragraphs before its own, only a budget the words name as one: "... total
        # pagu Rp W. // Hingga Desember, realisasi mencapai Rp A atau P persen" (a realisation
        # there is another statement's: "... 90 persen dengan nilai Rp A. // ... 90 persen dari
        # total anggaran Rp W")
        prior = cands
        cands = [c for c in cands if c.op.start >= own_ps or (c.family == "money" and c.role == "budget")]
        cands += self._achieved_before_its_target(prior, cands, s, e, own_ps)
        cands += self._realisation_named_back(cands, s, e, own_ps)
        cands += self._realisation_judged_before(p, cands)
        cands += self._budget_named_back(p, cands, s, own_ps)
        # "..., dengan rincian: a. ... Rp A; b. ... Rp B. // Usulan tersebut setara P persen dari ...":
        # a sentence whose subject points back is of what the list details, not of its last item
        items = [c for c in cands if self._list_item_before_back_reference(p, c.op)]
        pointed_back: set[int] = set()  # the whole the list details, which the percentage's subject names back
        if items:
            heads = [self.cx.candidate(m) for m in self._list_head_figures(items[0].op)]
            if _DARI_OPENING.match(self.text, self._sentence_text_start(p)):
                # "Dari jumlah tersebut, yang telah mendapatkan pelayanan sebanyak 4.970 jiwa atau 27%":
                # what the list details is the whole of the part the sentence then names
                heads = [Candidate(c.op, c.family, "whole") for c in heads]
            pointed_back = {c.op.start for c in heads}
            cands = [c for c in cands if c not in items and c.op.start not in pointed_back] + heads
        # the old value of a change ("45.200 jiwa (9,8 persen), turun dari 48.100 jiwa") is the same
        # quantity earlier, no whole of a part
        # (read within the figure's own sentence, which may be before the percentage's)
        cands = [c for c in cands if not changed_from_before(
            self.text, max(self.cx.seg.sentence(c.op.start)[0], c.op.start - 60), c.op.start)]
        # numbers of another sentence that speaks of another year than the percentage's ("...
        # 2023 sebesar Rp A dari pagu Rp B. Pada tahun 2022, serapan anggaran mencapai 85 persen")
        years = _years(self.text[s:e])
        cands = [c for c in cands if s <= c.op.start < e or
                 not _other_year(years, self.text[slice(*self.cx.seg.sentence(c.op.start))])]
        # a paragraph before that speaks only of last or next year ("Pagu Dinsos tahun lalu Rp 11 M.")
        # is not of a percentage whose sentence names no year (this year's)
        if not years:
            cands = [c for c in cands if c.op.start >= own_ps or
                     not only_another_relative_year(self.text[slice(*self.cx.seg.sentence(c.op.start))])]
            # nor, in its paragraph, a sentence that names only another year than the paragraph's
            # opening one ("Pada akhir tahun 2021 tercatat ... 3,90%. ... Tahun 2020 realisasinya
            # 4,35%, ... . Terhadap target akhir Renstra ... 3,50%, capaian ... 88,57%": 4,35 is 2020's)
            cands = [c for c in cands if not self._of_a_year_before_the_opening(c.op, s, e, own_ps)]
        # within the sentence, a figure of a clause naming another year than the percentage's clause
        # ("Realisasi 2023: Rp A dari pagu Rp C (95%); realisasi 2022: Rp B (92%)": A is not B's whole)
        mine = clause_years(self.text, s, p.start)
        cands = [c for c in cands if not (s <= c.op.start < e and mine and
                                          (theirs := clause_years(self.text, s, c.op.start)) and not mine & theirs)]
        # numbers of a clause that names another agency than the percentage's are that agency's;
        # but the region's where the percentage's is its agency ("Pemkot menganggarkan Rp W untuk
        # permakanan. Kepala Dinsos mengatakan, realisasi Rp A atau P persen") may be the agency's
        # budget: only where the arithmetic says so
        of_region = {c.op.start for c in cands if self.cx.of_other_agency(p, c.op) and REGION in
                     (self.cx.agency_at(p.start), self.cx.agency_at(c.op.start))}
        cands = [c for c in cands if c.op.start in of_region or
                 (not self.cx.of_other_agency(p, c.op) and not self.cx.of_other_item(p, c.op))]
        # a sentence that states its own budget ("Adapun Dinas Sosial, dari pagu Rp 12 miliar,
        # realisasinya 88,5 persen") is of that budget, not of one another sentence states
        # (the whole a list details, named back by the subject "Usulan tersebut", is no budget of
        # another statement: it is the part here)
        if any(s <= c.op.start < e and c.family == "money" and c.role == "budget" for c in cands):
            cands = [c for c in cands if s <= c.op.start < e or c.family != "money" or c.role != "budget"
                     or c.op.start in pointed_back]
        # a line stating a total ("Secara keseluruhan realisasi anggaran Dinas Sosial mencapai
        # 93,37%") under lines that each list an item's figures is of the items' sum, not of the
        # last item's figures
        line_start = statement_line_start(self.text, p.start)
        if _TOTAL_WORD.search(self.text, line_start, p.start) and self._under_listed_figures(line_start):
            cands = [c for c in cands if c.op.start >= line_start]
        unsure = {c.op.start for c in cands if self._maybe_of_another_sentence_topic(p, c.op)} | of_region
        # percentages of the sentence as operands, where the words make them a target and its
        # realisation ("target kinerja 90%, realisasi 85%, capaian 94,44%")
        own = [c for q in self.cx.percents_between(s, end) if q is not p and not self.tabular(q)
               and ((c := self.cx.candidate(q)).role in ("real", "target") or self._followed_by_its_target(q, end))]
        target_after = self._percent_target_after(p)
        before = (self._percent_target_before(p, s, own_ps, own) + self._percent_realisation_before(p, s, own_ps, own)
                  + self._percent_pair_before(p, s, e, own_ps, own) if target_after is None else [])
        if not years:
            before = [c for c in before if not self._of_a_year_before_the_opening(c.op, s, e, own_ps)]
        cands += own + before
        if target_after is not None and whole is None:
            # "76,5% telah mencapai 85,00% dari target akhir Renstra tahun 2026 sebesar 90%"
            cands.append(Candidate(_operand(target_after), "percent", "target"))
            whole = target_after
        return self._decide(p, cands, adj, whole, implicit=False, unsure=unsure)

    def _of_a_year_before_the_opening(self, op: Operand, s: int, e: int, own_ps: int) -> bool:
        """Is ``op``, in another sentence of the percentage's paragraph, of another year than the
        one the paragraph opens with, its sentence naming only others ("Pada akhir tahun 2021
        tercatat ... 3,90%. ... Tahun 2020 realisasinya 4,35%, ... . Terhadap target akhir Renstra
        ... 3,50%, capaian ... 88,57%": 4,35 is 2020's)? For a percentage whose sentence names no
        year (the paragraph's)."""
        if op.start < own_ps or s <= op.start < e:
            return False
        opening = {y for y in _years(self.text[slice(*self.cx.seg.sentence(own_ps))]) if y[0] != "@"}
        named = {y for y in _years(self.text[slice(*self.cx.seg.sentence(op.start))]) if y[0] != "@"}
        return bool(opening) and bool(named) and not named & opening

    def _realisation_judged_before(self, p: Mention, kept: list[Candidate]) -> list[Candidate]:
        """The realisation of the sentences before, already the part of its own claim of a budget,
        where the percentage names a second whole its sentence gives ("... Rp 5.073.200.000 dari
        DPA Rp 11.000.000.000." / "Target semester I dalam anggaran kas sebesar Rp 5.500.000.000,
        sehingga capaian terhadap anggaran kas 92,24 persen"): the one such realisation there.
        (It stands before that claim's percentage, or is in another paragraph, so the search
        by proximity leaves it out.)"""
        if self._whole_named_against(p, kept) is None:
            return []
        s, _ = self.cx.seg.sentence(p.start)
        lo = min(self._short_paragraphs_start(p.start), self._filled_sentence_start_before(p.start))
        judged = {c.numerator.start: c.numerator for c in self.prior_claims
                  if c.kind == "budget" and c.change is None and max(lo, 0) <= c.numerator.start < s}
        if len(judged) != 1:
            return []
        op = next(iter(judged.values()))
        if any(c.op.start == op.start for c in kept):
            return []
        found = [m for m in self.cx.operands_between(op.start, op.end) if m.start == op.start and m.kind == "amount"]
        # (the part of a budget's claim is its realisation, whatever words stand before it)
        return [Candidate(self.cx.candidate(found[0]).op, "money", "real")] if found else []

    @staticmethod
    def _achieved_before_its_target(prior: list[Candidate], kept: list[Candidate], s: int, e: int,
                                    own_ps: int) -> list[Candidate]:
        """The count achieved, stated in the short paragraph before, where the percentage's own
        sentence names its target and no other count ("... direhabilitasi sebanyak 1.175 unit." /
        "Capaian terhadap target akhir Renstra sebanyak 2.000 unit baru mencapai 58,75%": each
        sentence a line): the last count of the target's unit there."""
        mine = [c for c in kept if s <= c.op.start < e and c.family == "count"]
        if len(mine) != 1 or mine[0].role != "target" or not mine[0].op.unit:
            return []
        unit = mine[0].op.unit
        before = [c for c in prior if c.op.start < own_ps and c.family == "count" and c.role != "target"
                  and c.op.unit == unit]
        return before[-1:]

    def _realisation_named_back(self, kept: list[Candidate], s: int, e: int, own_ps: int) -> list[Candidate]:
        """The count achieved, in the sentence before of the same paragraph, where the percentage's
        sentence opens by pointing back to it and names its target and no other count ("... menjadi
        14.400 KPM pada tahun 2023, atau naik 28 persen. Realisasi tahun 2023 tersebut melampaui
        target akhir Renstra sebesar 13.500 KPM dengan capaian 106,67 persen"): of the target's
        unit, the one of the year the subject names, else the only one, else the one a change
        ended at ("menjadi ..."). (The sentence before's figures stand before its own percentage,
        so the search by proximity leaves them out.)"""
        mine = [c for c in kept if s <= c.op.start < e and c.family == "count"]
        if len(mine) != 1 or mine[0].role != "target" or not mine[0].op.unit:
            return []
        opening = _REALISATION_NAMED_BACK.match(self.text, s, mine[0].op.start)
        if opening is None:
            return []
        ps, pe = self._previous_sentence(s)
        if pe == 0 or ps < own_ps or ps >= s:
            return []
        unit = mine[0].op.unit
        counts = [m for m in self.cx.operands_between(ps, pe) if m.kind == "count" and
                  _operand(m).unit == unit and not names_target(self.text, _operand(m), ps)]
        if opening.group("year"):
            year = opening.group("year")
            counts = [m for m in counts if regex.match(rf"\s*(?:pada\s+)?(?:tahun\s+)?{year}(?!\d)", self.text[m.end:pe])
                      or regex.search(rf"(?<!\d){year}\s*(?:sebanyak|sejumlah|sebesar|mencapai|tercatat|:)?\s*$",
                                      self.text[max(ps, m.start - 40):m.start])]
        elif len(counts) > 1:
            counts = [m for m in counts if regex.search(r"(?<!\w)menjadi\s+(?:sebanyak\s+)?$", self.text[ps:m.start])]
        if len(counts) != 1 or any(c.op.start == counts[0].start for c in kept):
            return []
        return [Candidate(self.cx.candidate(counts[0]).op, "count", "real")]

    def _short_paragraphs_start(self, offset: int) -> int:
        """The start of the paragraph at ``offset``, or of the short ones before it (two at most)
        where it is short too."""
        ps, pe = self.cx.seg.paragraph(offset)
        if pe - ps >= SHORT_PARAGRAPH:
            return ps
        for _ in range(2):
            qs, qe = self.cx.seg.previous_paragraph(ps)
            if qs >= ps or qe - qs >= SHORT_PARAGRAPH or not self.text[qs:qe].strip():
                break
            ps = qs
        return ps

    def _budget_named_back(self, p: Mention, kept: list[Candidate], s: int, own_ps: int) -> list[Candidate]:
        """The budget of the sentence before, where the percentage's clause points back to it and a
        percentage of its own stands after it there, which the search by proximity stops at ("...
        didukung anggaran sebesar Rp A yang merupakan 0,63 % dari belanja APBD ... . Sampai dengan
        tanggal 31 Desember 2023 anggaran tersebut telah direalisasikan sebesar Rp B dengan
        persentase 95,33 %"): the one amount of that sentence the words make a budget."""
        if not _BUDGET_POINTED_BACK.search(self.text, s, p.start):
            return []
        ps, pe = self._previous_sentence(s)
        if ps < own_ps or not self.cx.percents_between(ps, pe):
            return []
        amounts = [self.cx.candidate(m) for m in self.cx.operands_between(ps, pe) if m.kind == "amount"]
        budgets = [c for c in amounts if c.role == "budget"]
        if len(budgets) != 1 or any(c.op.start == budgets[0].op.start for c in kept):
            return []
        return budgets

    def _counts_pointed_back(self, p: Mention, s: int, start: int, end: int, whole: Optional[Mention]) -> list[Mention]:
        """The counts between ``start`` and ``end`` of the unit of the whole given after the
        percentage, where the percentage's clause opens by pointing back to a count ("Jumlah KK
        ... tersebut setara P% dari W KK")."""
        if whole is None or whole.kind != "count" or not getattr(whole, "unit", None):
            return []
        if not _COUNT_POINTED_BACK.match(self.text, s, p.start):
            return []
        return [m for m in self.cx.operands_between(start, end) if m.kind == "count" and getattr(m, "unit", None) == whole.unit]

    def _previous_sentence(self, s: int) -> tuple[int, int]:
        """The sentence before the one at ``s``, from its first character: the run of blank lines
        between two paragraphs is a sentence of its own (segments.py), taken as empty, at the start
        of the paragraph after it."""
        ps, pe = self.cx.seg.previous_sentence(s)
        while ps < pe and self.text[ps].isspace():
            ps += 1
        return ps, pe

    def _filled_sentence_start_before(self, offset: int) -> int:
        """Where the sentence before the one at ``offset`` starts, over a blank line between them."""
        s, e = self.cx.seg.previous_sentence(offset)
        if e and not self.text[s:e].strip():
            s, _ = self.cx.seg.previous_sentence(s)
        return s

    def _percent_target_before(self, p: Mention, s: int, own_ps: int, own: list[Candidate]) -> list[Candidate]:
        """The target written as a percentage that ends the sentence before, in the paragraph, where
        the percentage's sentence states a realisation in percent and no target, and names no
        measure of its own before it nor another year ("Indikator ... ditargetkan 70%. Pada tahun
        2022 terealisasi 73,5% sehingga capaiannya 105%"; not "... ditargetkan 70%. Sementara
        persentase PSKS yang aktif terealisasi 73,5% ...": another indicator's)."""
        if not any(c.role == "real" for c in own) or any(c.role == "target" for c in own):
            return []
        ps, pe = self._previous_sentence(s)
        if ps < own_ps or pe > s or _MEASURE_NOUN.search(self.text, s, p.start) or \
                _other_year(_years(self.text[s:p.end]), self.text[ps:pe]):
            return []
        before = [q for q in self.cx.percents_between(ps, pe) if not self.tabular(q)]
        last = self.cx.candidate(before[-1]) if before else None
        return [last] if last is not None and last.role == "target" else []

    def _percent_realisation_before(self, p: Mention, s: int, own_ps: int, own: list[Candidate]) -> list[Candidate]:
        """The realisation written as a percentage in the sentence before, in the paragraph, where
        the percentage's sentence states a target in percent and no realisation, and names no
        measure of its own before it ("Jumlah PMKS yang tertangani sebanyak 2.540 orang dari 3.175
        orang, atau sebesar 80%. Target yang ditetapkan adalah 75%, sehingga capaian kinerja sebesar
        106,67%"; "... realisasi 57,5%, sehingga capaian 95,83%. Jika dibandingkan dengan target
        akhir Renstra tahun 2021 sebesar 70%, capaian s.d. tahun 2019 baru 82,14%"): the sentence
        before's percentage the words name a realisation, else its last one where the sentence says
        what was done and that percentage is no achievement nor goal."""
        if not any(c.role == "target" for c in own) or any(c.role == "real" for c in own):
            return []
        ps, pe = self._previous_sentence(s)
        if ps < own_ps or pe > s or _MEASURE_NOUN.search(self.text, s, p.start):
            return []
        before = [q for q in self.cx.percents_between(ps, pe) if not self.tabular(q)]
        named = [c for q in before if (c := self.cx.candidate(q)).role == "real"]
        if named:
            self.realised_before[p.start] = {named[-1].op.start}
            return named[-1:]
        if not before or not _DONE_IN_SENTENCE.search(self.text, ps, before[-1].start):
            return []
        last = before[-1]
        clause = self.clause_before(last)[-45:]
        if goal_before(clause) or _ACHIEVEMENT_WORD.search(clause) or self.cx.candidate(last).role == "target":
            return []
        self.realised_before[p.start] = {last.start}
        return [Candidate(_operand(last), "percent", "real")]

    def _percent_pair_before(self, p: Mention, s: int, e: int, own_ps: int, own: list[Candidate]) -> list[Candidate]:
        """The target and the realisation, both in percent, that the sentence before states, where
        the percentage's own sentence concludes their achievement and states no figure of its own
        ("Target persentase PMKS yang belum tertangani pada tahun 2022 adalah 15% dengan realisasi
        12%. Karena indikator ini bersifat semakin kecil semakin baik, capaiannya sebesar 125,00%"):
        the sentence before, in the paragraph, of no other year, has those two percentages and no
        other figure; the percentage's sentence names an achievement, no measure of its own (but
        the one pointed back to: "indikator ini"), no total or average, and opens with no contrast."""
        if own or self.cx.operands_between(s, e) or self.cx.percents_between(s, e) != [p]:
            return []
        # (the reason it gives for the indicator's polarity left out: "Karena indikator ini bersifat
        # semakin kecil semakin baik,", "Mengingat indikator ini merupakan indikator negatif,")
        said, _ = _lower_is_better_res()
        clause = _POLARITY_REASON.sub(" ", said.sub(" ", self.text[s:p.start]))
        if not _ACHIEVEMENT_WORD.search(clause) or _MEASURE_NOUN_OF_ITS_OWN.search(clause + p.text) or \
                _TOTAL_WORD.search(clause) or vocabulary().benchmark.search(clause) or \
                vocabulary().contrast_opening.match(self.text, s):
            return []
        ps, pe = self._previous_sentence(s)
        if ps < own_ps or pe > s or _other_year(_years(self.text[s:e]), self.text[ps:pe]):
            return []
        if self.cx.operands_between(ps, pe):
            return []
        # every word of the conclusion a word of the figures' sentence or of a conclusion: "Capaian
        # sasaran strategis sebesar 98%" is of more
        if not clause_is_about(clause, self.text[ps:pe]):
            return []
        before = [self.cx.candidate(q) for q in self.cx.percents_between(ps, pe)]
        if len(before) != 2 or any(self.tabular(c.op) for c in before) or \
                sorted(str(c.role) for c in before) != ["real", "target"]:
            return []
        self.concluded_from_before.add(p.start)
        return before

    def _percent_target_after(self, p: Mention) -> Optional[Mention]:
        """The target written as a percentage that "dari target ..." right after ``p`` introduces
        ("85,00% dari target akhir Renstra tahun 2026 sebesar 90%"), with no other figure between
        but a year, in the percentage's sentence; None where there is none."""
        m = vocabulary().whole_after.match(self.text, p.end, p.end + 12)
        if m is None:
            return None
        _, e = self.cx.seg.sentence(p.start)
        nxt = self.cx.percents_between(p.end, min(e, p.end + 90))
        if not nxt or self.tabular(nxt[0]):
            return None
        if not _TARGET_WORDS_THEN_FIGURE.fullmatch(self.text, m.end(), nxt[0].start):
            return None
        # the realisation it is achieved of stands in its clause, right before it ("Realisasi ...
        # 76,5% tersebut telah mencapai 85,00%"); after a clause break ("Realisasi anggaran 93,2%,
        # sedangkan capaian kinerja 85% dari target 90%") the percentage is a value of its own
        s, _ = self.cx.seg.sentence(p.start)
        before = self.cx.percents_between(s, p.start)
        if not before or self.cx.candidate(before[-1]).role != "real" or \
                not _SAME_CLAUSE_GAP.fullmatch(self.text, before[-1].end, p.start):
            return None
        return nxt[0]

    def _maybe_of_another_sentence_topic(self, p: Mention, op: Operand) -> bool:
        """May a figure of another sentence be of something else than the percentage, by the
        words of the percentage's sentence? Such a figure is its operand only where the
        arithmetic says so. The sentence

        - opens with a contrast ("Sementara", "Adapun": of another thing);
        - speaks of something the counts before it do not count ("Dari 12 indikator kinerja, ...
          Penyaluran bantuan sosial tunai mencapai 98 persen");
        - names a year the figure's sentence does not, or names it another way ("Dari target 150
          anak, terealisasi 120 anak. Capaian tahun 2022 sebesar 75 persen"; "Tahun sebelumnya
          ... 85 persen" before "Realisasi anggaran tahun 2022 ..."); figures of no year after a
          headline naming one are the headline's.

        Only where the percentage's sentence has no figure of its own: "Target 500 KPM.
        Sementara yang sudah menerima 450 KPM atau 90 persen" sets a realisation against its
        target."""
        s, e = self._own_sentence(p.start)
        if s <= op.start < e or self.cx.operands_between(s, e):
            return False
        if vocabulary().contrast_opening.match(self.text, s):
            return True
        fs, fe = self._own_sentence(op.start)
        if op.start < s and op.unit != "IDR" and not clause_is_about(self.clause_before(p), self.text[fs:s], op.unit):
            return True  # "Dari 12 indikator kinerja, ... Penyaluran bantuan sosial tunai mencapai 98 persen"
        if op.unit == "IDR" and self._revenue_and_spending(p, op):
            return True  # "APBD ... baru terserap Rp A. Realisasi pendapatan asli daerah sudah 102 persen"
        mine = {y for y in _years(self.text[s:e]) if y != "@0"}
        theirs = _years(self.text[fs:fe])
        if not mine:
            return False
        if not theirs:
            # before the percentage, figures of no year are of the text's own; after a headline
            # naming the year ("Serapan anggaran ... tahun 2024 mencapai 92 persen. ... Dari pagu
            # Rp A, telah digunakan Rp B") they are of the headline's
            return op.start < s
        if theirs == {"@0"} and mine == {self.dateline_year}:
            return False  # "... hingga 30 Juni 2024 ... 46,12 persen." / "Pagu kita tahun ini Rp A" in a story dated 2024
        # one names years by number, the other relative to the report's ("tahun sebelumnya")
        return {y[0] == "@" for y in mine} != {y[0] == "@" for y in theirs}


    def _revenue_and_spending(self, p: Mention, op: Operand) -> bool:
        theirs = own_clause(self.text, self.cx.seg.sentence(op.start)[0], op.start)
        return revenue_and_spending(self.clause_before(p), theirs)

    def _own_sentence(self, offset: int) -> tuple[int, int]:
        """The sentence at ``offset``, cut at the full stops the segmenter leaves inside it
        (the lines of a bulleted list: "- ... realisasi 120 anak.\n- Capaian tahun 2022 ...")."""
        s, e = self.cx.seg.sentence(offset)
        before = _last(_INNER_FULL_STOP.finditer(self.text, s, offset))
        after = _INNER_FULL_STOP.search(self.text, offset, e)
        return (before.end() if before else s), (after.start() + 1 if after else e)

    def forward(self, p: Mention) -> Optional[RatioClaim]:
        """A headline figure ("Serapan anggaran ... mencapai 89,69 persen.") whose budget and
        realisation come in the paragraphs after it."""
        if not _FINANCIAL.search(self.clause_before(p)) or self.is_goal(p):
            return None  # (nor a benchmark: "jauh di bawah rata-rata serapan perangkat daerah yang mencapai 87,9 persen")
        if self.dari_whole(p)[1] is not None:
            return None  # "96,5 persen dari pagu Rp 12 miliar": its whole is given, no later pagu is it
        _, e = self.cx.seg.sentence(p.start)
        later = self.cx.percents_between(e, e + FORWARD_REACH)
        # stop at the next financial percentage that is no goal: the amounts after it are its own
        end = e + FORWARD_REACH
        for q in later:
            if _FINANCIAL.search(self.clause_before(q)) and not self.is_goal(q):
                end = q.start
                break
        years = _years(self.text[self.cx.seg.sentence(p.start)[0]:e])
        cands = [c for c in self.candidates(e, end) if c.family == "money"
                 and not _other_year(years, self.text[slice(*self.cx.seg.sentence(c.op.start))])
                 and not self.cx.of_other_agency(p, c.op) and not self._of_a_part(p, c.op)
                 and not self.cx.of_other_item(p, c.op) and not self._of_other_period(p, c.op)
                 and not self.cx.of_other_program(p, c.op)]
        adj = self.adjacent_before(p)
        if adj is not None and adj.kind == "amount":
            cands.insert(0, self.cx.candidate(adj))  # "realisasi Rp X atau 51 persen. Pagu Rp Y."
        scored = [s for s in self.pairs(p, cands, adj, None)
                  if s.num.role == "real" and s.den.role == "budget"]
        if not scored:
            return None
        best = scored[0]
        if not best.fits and any(self._maybe_of_another_sentence_topic(p, c.op) for c in (best.num, best.den)):
            return None  # "Sementara itu tahun 2021 serapan anggaran mencapai 92 persen. Dari pagu Rp 3 miliar, ..."
        return self._claim(p, best, implicit=True)

    def forward_part(self, p: Mention) -> Optional[RatioClaim]:
        """A headline percentage of money whose whole its own sentence gives and whose part, the
        realisation, the sentence after it states: "Realisasi anggaran ... tercatat sebesar 94,12
        persen dari total pagu Rp 38,5 miliar. // Kepala Dinsos ... mengatakan anggaran yang
        terserap sebesar Rp 36,24 miliar." The whole is a budget's ("dari (total) pagu/anggaran
        Rp W") and the only other figure of the percentage's sentence; the next sentence, in its
        paragraph or the next short one, has no percentage and one amount the words name a
        realisation (a remainder beside it aside), of the same year, agency, item and period as
        the headline: then the words tie them, and they are judged whatever the arithmetic."""
        if not _FINANCIAL.search(self.clause_before(p)) or self.is_goal(p):
            return None
        _, whole = self.dari_whole(p)
        if whole is None or _family(whole) != "money" or self.cx.role(whole) != "budget":
            return None
        s, e = self.cx.seg.sentence(p.start)
        if [m for m in self.cx.operands_between(s, e) if m.start != whole.start] or self.cx.percents_between(s, e) != [p]:
            return None  # a figure of its own sentence is the part, or another percentage's: the local reading's
        after = self._sentence_after(p.start, e)
        if after is None:
            return None
        ns, ne = after
        if self.cx.percents_between(ns, ne):
            return None
        money = [m for m in self.cx.operands_between(ns, ne) if _family(m) == "money"]
        reals = [m for m in money if self.cx.role(m) == "real"]
        if len(reals) != 1 or any(self.cx.role(m) not in ("real", "remainder") for m in money):
            return None
        real = reals[0]
        if real.value is None or whole.value is None or real.value > whole.value or real.start in self.taken_numerators:
            return None
        if _other_year(_years(self.text[s:e]), self.text[ns:ne]) or self.cx.of_other_agency(p, real) or \
                self._of_a_part(p, real) or self.cx.of_other_item(p, real) or self._of_other_period(p, real):
            return None
        num, den = self.cx.candidate(real), self.cx.candidate(whole)
        claim = self._claim(p, _Scored(num, den, 0.0, fits=False), implicit=True)
        claim.notes.append("the whole given with the percentage, the realisation in the sentence after it")
        return claim

    def _sentence_after(self, offset: int, end: int) -> Optional[tuple[int, int]]:
        """The sentence after the one ending at ``end`` (of the text at ``offset``), where it is in
        the same paragraph, or opens the next one after a short paragraph (news gives a sentence
        or two a paragraph); None at the text's end or after a long paragraph."""
        rest = self.text[end:end + 400]
        gap = len(rest) - len(rest.lstrip())
        if end + gap >= len(self.text):
            return None
        ps, pe = self.cx.seg.paragraph(offset)
        ns, ne = self.cx.seg.sentence(end + gap)
        if ns < pe:
            return ns, ne
        # the next paragraph, right after a short one (nothing but white space between)
        if pe - ps < SHORT_PARAGRAPH and not self.text[pe:self.cx.seg.paragraph(ns)[0]].strip():
            return ns, ne
        return None

    def _of_other_period(self, p: Mention, op: Operand) -> bool:
        """Do a headline percentage and a figure after it name different periods of the year
        ("Pada triwulan I realisasi Dinsos 15 persen, triwulan II 38 persen. ... realisasi hingga
        triwulan II Rp 3,04 miliar": the amount is the second quarter's)? The percentage's own
        words run from the percentage before it in its sentence."""
        s, _ = self.cx.seg.sentence(p.start)
        prev = [q.end for q in self.cx.percents_between(s, p.start) if q.end <= p.start]
        mine = {_period_key(m) for m in _PERIOD_LABEL.finditer(self.text, max([s] + prev), p.start)}
        theirs = {_period_key(m) for m in _PERIOD_LABEL.finditer(own_clause(self.text, self.cx.seg.sentence(op.start)[0],
                                                                           op.start))}
        return bool(mine and theirs and not mine & theirs)

    def _of_a_part(self, p: Mention, op: Operand) -> bool:
        """Is a figure after a headline percentage of one program or activity ("Serapan anggaran
        Dinsos baru 45 persen. ... kegiatan pelatihan dengan pagu Rp 600 juta baru terserap Rp 150
        juta"), which the headline's own words do not name? It is that part's, not the whole's."""
        clause = own_clause(self.text, self.cx.seg.sentence(op.start)[0], op.start)
        mine = self.clause_before(p)
        # an item of spending too: "Serapan anggaran Dinsos mencapai 96,5 persen. Belanja modal
        # terserap Rp 2 miliar dari pagu Rp 2,5 miliar"
        return bool(_PART_OF_BUDGET.search(clause) or _ITEM.search(clause)) and \
            not (_PART_OF_BUDGET.search(mine) or _ITEM.search(mine))

    def _decide(self, p: Mention, cands: list[Candidate], adj: Optional[Mention], whole: Optional[Mention],
                implicit: bool, unsure: AbstractSet[int] = frozenset()) -> Optional[RatioClaim]:
        scored = self.pairs(p, cands, adj, whole)
        if not scored:
            return None
        best = scored[0]
        w = vocabulary().weights
        if best.cue < w.for_verdict and not best.fits:
            return None  # neither the words nor the arithmetic tell which numbers are meant
        if not best.fits and {best.num.op.start, best.den.op.start} & unsure:
            return None  # the words leave open whether the figures are of the percentage's year or thing
        if best.cue < w.at_least:
            return None  # the arithmetic alone, with nothing in the words, is a coincidence
        if not best.fits and self._other_whole_said(p, best, whole):
            # "15 TKSK dari 15 kecamatan seluruhnya (100%)", "... jumlah ini 90,5% dari 1.200 jiwa":
            # the words give the whole, and the pair that does not fit does not use it
            return None
        rival = next((s for s in scored[1:] if s.fits != best.fits), None)
        if rival is not None and rival.score >= best.score - w.rival_margin:
            return None  # two readings, equally likely, disagree: no verdict rather than a false one
        if not best.fits and self._other_part_as_likely(best, scored[1:]):
            return None
        if not best.fits and p.start in self.concluded_from_before and \
                fits_lower_is_better(_operand(p), best.num.op, best.den.op):
            # "Target persentase balita gizi buruk 9% dengan realisasi 8,5%. Capaian kinerjanya 105,88%":
            # a conclusion of the sentence before that fits the formula of an indicator where lower
            # is better, which no word says this one is: a guess either way
            return None
        if not best.fits and self._restated(best.num.op, best.den.op):
            return None  # "... 90 persen dengan nilai Rp 400 miliar. ... dari total anggaran Rp 400 miliar": one amount twice
        if not best.fits and best.num.family == "count" and _MONEY_UPTAKE_BEFORE.search(self.text, max(0, p.start - 50), p.start):
            # "dana yang terpakai Rp1,13 miliar dengan tingkat serapan 94,17%": an uptake of money is
            # no ratio of the counts served before it
            return None
        if not best.fits and best.num.family == "count":
            items = self._count_list_around(best.num, cands)
            if len(items) > 1:
                return self._list_sum_claim(p, best, items, implicit)
        return self._claim(p, best, implicit)

    def _other_whole_said(self, p: Mention, best: "_Scored", whole: Optional[Mention]) -> bool:
        """Does the percentage's stretch of its sentence (back to the percentage or semicolon
        before it) give a whole by "dari" and its number, right before the percentage or as its
        whole after it, that the pair ``best`` does not take as its denominator?"""
        s, _ = self.cx.seg.sentence(p.start)
        before = self.cx.percents_between(s, p.start)
        lo = max([s, self.text.rfind(";", s, p.start) + 1] + [q.end for q in before])
        said = [m.start for m in self.cx.operands_between(lo, p.start) if DARI_RIGHT_BEFORE.search(self.text, lo, m.start)]
        if whole is not None:
            said.append(whole.start)
        return bool(said) and best.den.op.start not in said

    def _count_list_around(self, num: Candidate, cands: list[Candidate]) -> list[Operand]:
        """The counts of the list ``num`` is an item of ("300 orang lansia dan 200 orang
        disabilitas"), in text order; just ``num`` where it stands in no list."""
        counts = sorted({c.op.start: c.op for c in cands if c.family == "count"}.values(), key=lambda o: o.start)
        at = next(i for i, op in enumerate(counts) if op.start == num.op.start)
        lo = hi = at
        while lo > 0 and listed_together(self.text, counts[lo - 1], counts[lo]) and \
                same_counted_thing(self.text, counts[lo - 1], num.op):
            lo -= 1
        while hi + 1 < len(counts) and listed_together(self.text, counts[hi], counts[hi + 1]) and \
                same_counted_thing(self.text, counts[hi + 1], num.op):
            hi += 1
        return counts[lo:hi + 1]

    def _list_sum_claim(self, p: Mention, best: "_Scored", items: list[Operand], implicit: bool) -> Optional[RatioClaim]:
        """A pairing whose part is one count of a list and does not give the percentage: the
        list's sum where that gives it ("300 orang lansia dan 200 orang disabilitas tertangani,
        sedangkan target penanganan lansia dan disabilitas 550 orang, sehingga capaian 90,91%"),
        else no claim (whether the whole counts one item, some or all, the words do not tell: a
        mismatch against one item would be a guess)."""
        first, last = items[0], items[-1]
        total = Operand(sum((op.value for op in items), Decimal(0)), first.start, last.end, self.text[first.start:last.end],
                        max(op.decimals for op in items), first.scale, first.unit)
        if best.den.op.start <= last.end or not explains(_operand(p), total, best.den.op, self.text):
            return None
        return self._claim(p, _Scored(Candidate(total, best.num.family, best.num.role), best.den, best.cue, True), implicit)

    def _restated(self, a: Operand, b: Operand) -> bool:
        """Are two operands of two sentences the same value: the one amount said twice, no ratio
        of a thing to itself?"""
        return a.value == b.value and self.cx.seg.sentence(a.start) != self.cx.seg.sentence(b.start)

    @staticmethod
    def _other_part_as_likely(best: "_Scored", others: list["_Scored"]) -> bool:
        """Is another figure as likely the part of the same whole, neither giving the percentage
        ("92 persen dari pagu Rp 10 miliar, yaitu Rp 4 miliar untuk belanja pegawai dan Rp 6
        miliar ...": the realisation is not among them)? A mismatch of a guessed part would be
        a false alarm."""
        margin = vocabulary().weights.rival_margin
        if best.num.family != "money":
            return False  # percentages and counts pair by their clauses' words ("TW II target 50% terealisasi 45%")
        # (a budget or a target as the part of another whole is no such figure)
        return any(not s.fits and s.den.op.start == best.den.op.start and s.num.op.start != best.num.op.start
                   and s.num.role not in ("budget", "target") and s.score >= best.score - margin for s in others)

    def _claim(self, p: Mention, s: _Scored, implicit: bool) -> RatioClaim:
        self.taken_numerators.add(s.num.op.start)
        self.taken_denominators.add(s.den.op.start)
        self.taken_pairs.add((s.num.op.start, s.den.op.start))
        notes = [] if implicit else ["operands chosen by the words around them"]
        return RatioClaim(_kind(s.num, s.den), _operand(p), s.num.op, s.den.op, implicit_denominator=implicit,
                          notes=notes)

    def tabular(self, p: Mention) -> bool:
        return in_table_row(self.text, p.start, p.end)

    # -- "masing-masing" --
    def respective(self, p: Mention) -> Optional[RatioClaim]:
        """"Rp X (95,2 %) dan Rp Y (99,1 %) dari pagu masing-masing Rp A dan Rp B": the k-th
        percentage is the k-th part over the k-th whole."""
        s, e = self.cx.seg.sentence(p.start)
        word = vocabulary().respectively.search(self.text, p.end, e)
        if word is None:
            return None
        pcts = [q for q in self.cx.percents_between(s, word.start())]
        parts = [self.adjacent_before(q) for q in pcts]
        if any(part is None for part in parts) or len(pcts) < 2:
            return None
        fam = _family(parts[0])  # type: ignore[arg-type]
        wholes = [m for m in self.cx.operands_between(word.end(), e) if _family(m) == fam]
        if len(wholes) != len(pcts):
            return None
        k = next(i for i, q in enumerate(pcts) if q.start == p.start)
        part, whole = parts[k], wholes[k]
        assert part is not None
        lead = self.text[max(s, word.start() - 30):word.start()]
        role = _role_word(m.group(0)) if (m := _last(vocabulary().role_before.finditer(lead))) else None
        kind: ClaimKind = "budget" if fam == "money" and role == "budget" else "target" if role == "target" else "share"
        self.taken_numerators.add(part.start)
        return RatioClaim(kind, _operand(p), _operand(part), _operand(whole),
                          notes=["the wholes are given in the order of the parts (masing-masing)"])

    # -- changes --
    def change(self, p: Mention) -> Optional[RatioClaim]:
        """"turun 26,79 persen dibanding anggaran 2021 sebesar Rp X", "penurunan 26,79% yang semula
        X menjadi Y": the percentage is (old - new) / old (or (new - old) / old for a rise)."""
        before = self.clause_before(p)[-45:]
        v = vocabulary()
        if compared_value_before(self.text, p.start - len(before), p.start):
            return None  # "naik dari 1,5 persen menjadi 1,8 persen": the percentage is a value, not the change
        given = self._difference_given(p)
        if given is not None:
            return given
        if v.decrease.search(before):
            sign = 1
        elif v.increase.search(before):
            sign = -1
        else:
            return None
        s, e = self.cx.seg.sentence(p.start)
        _, e2 = self.cx.seg.sentence(e) if e < len(self.text) else (e, e)
        after = [m for m in self.cx.operands_between(p.end, min(e2, p.end + 250)) if m.kind in ("amount", "count")]
        old = new = None
        for m in after:
            lead = self.text[max(p.end, m.start - 60):m.start]
            if old is None and v.old_value.search(lead):
                old = m
            elif old is not None and new is None and _same_quantity(self.text, old, m) and \
                    v.new_value.search(self.text[old.end:m.start]):
                new = m
        if old is not None and old.end > e and not _SEMULA_AFTER.match(self.text[e:e + 30]):
            old = new = None  # the old value belongs to the next sentence only when it opens with "semula"
        if old is None:
            pair = self._change_before(p, s) or self._compared_back(p, s) or self._year_compared_after(p, s, sign) \
                or self._year_before_change(p, s, sign) or self._first_budget_named_after(p, s, sign) \
                or self._pair_in_next_sentence(p, s, e)
            if pair is None:
                return None
            old, new = pair
        if new is None:
            # the new value stands before the change: "Rp 78,2 triliun ... yang turun 26,79 persen"
            ps = self.cx.seg.previous_sentence(p.start)[0]
            if POINTS_BACK_SUBJECT.match(self.text, s):
                # "... plafon sementara Dinsos ... sebesar Rp 42,6 miliar. // Plafon itu naik 10,94
                # persen dibandingkan ...": a subject pointing back reaches over the paragraph's break
                # (news give a sentence a paragraph)
                qs, qe = self.cx.seg.previous_sentence(s)
                if qs > 0 and not self.text[qs:qe].strip():
                    qs, _ = self.cx.seg.previous_sentence(qs)
                ps = min(ps, qs)
            prior = [m for m in self.cx.operands_between(max(0, ps), p.start) if _same_quantity(self.text, old, m)]
            if not prior:
                prior = self._budget_named_by_subject(p, s, old) or self._value_named_by_subject(p, s, old)
            elif budget_subject(own_clause(self.text, s, p.start)):
                # "Dari total anggaran Rp A, yang terserap Rp B. ... anggaran Dinsos turun 8,4 persen
                # dibandingkan ...": a subject naming the budget changes the budget, not what was spent
                prior = [m for m in prior if self.cx.candidate(m).role == "budget"] or prior
            if not prior:
                return None
            prior = self._not_the_whole_of_a_part(prior, own_clause(self.text, s, p.start))
            new = prior[-1]
        o, n = _operand(old), _operand(new)
        diff = (o.value - n.value) * sign
        if o.value <= 0 or diff <= 0:
            return None
        lo, hi = min(o.start, n.start), max(o.end, n.end)
        num = Operand(diff, lo, hi, self.text[lo:hi], max(o.decimals, n.decimals), max(o.scale, n.scale), o.unit)
        word = "decrease" if sign > 0 else "increase"
        return RatioClaim("share", _operand(p), num, o, change=(o, n),
                          notes=[f"a percentage {word}: ({'old - new' if sign > 0 else 'new - old'}) / old"])

    def _pair_in_next_sentence(self, p: Mention, s: int, e: int) -> Optional[tuple[Mention, Mention]]:
        """A change that ends its sentence with no figure, both values told in the next one by the
        time each is of ("Anggaran Dinsos turun 24,9 persen. Pada APBD 2023 anggarannya Rp 40 miliar,
        sedangkan tahun ini Rp 30,04 miliar"; "... naik 12,5 persen. Tahun lalu Rp 20 miliar, kini
        menjadi Rp 22,5 miliar"): exactly two figures of one quantity there, each with a year (or
        "tahun lalu", "tahun ini", "kini") of its own before it, the older one the old value. Where
        the change's subject names the budget and the figures are money, a wrong percentage is an
        alarm; otherwise the pair is taken only where it gives the percentage."""
        if any(m.kind in ("amount", "count") for m in self.cx.operands_between(s, e)) or e >= len(self.text):
            return None
        ns, ne = self.cx.seg.sentence(e)
        if ns < e:  # (a sentence ends inside the next one: nothing to read)
            return None
        figures = [m for m in self.cx.operands_between(ns, ne) if m.kind in ("amount", "count")]
        starts = [ns, ns]  # where the words of each figure's time may start
        if not figures:
            # or the first two sentences after it that give a figure, a sentence of no figure between
            # ("... naik 9,4 persen dibanding tahun sebelumnya. Kenaikan itu ... // ... // Pada APBD
            # 2024, Dinsos mendapat Rp 72,8 miliar. Tahun ini, angkanya menjadi Rp 79,64 miliar.")
            figures, starts = self._figures_of_two_sentences_after(ns, min(len(self.text), e + SPLIT_PAIR_REACH))
        if len(figures) != 2 or not _same_quantity(self.text, figures[0], figures[1]):
            return None
        times = []
        lead_start = starts[0]
        for k, m in enumerate(figures):
            lead = self.text[max(lead_start, starts[k]):m.start]
            years = _years(lead) | ({"@0"} if _NOW_WORD.search(lead) else set())
            if len(years) != 1:
                return None
            times.append(_year_order(years.pop()))
            lead_start = m.end
        if None in times or times[0] == times[1]:
            return None
        old, new = figures if times[0] < times[1] else figures[::-1]
        subject = own_clause(self.text, s, p.start)
        if not (old.kind == "amount" and budget_subject(subject)):
            o, n, pct = _operand(old), _operand(new), _operand(p)
            if not o.value or rounding_verdict(pct.value, pct.decimals, abs(o.value - n.value) * 100 / o.value) == "mismatch":
                return None
        return old, new

    def _figures_of_two_sentences_after(self, start: int, end: int) -> tuple[list[Mention], list[int]]:
        """The figures of the first two sentences from ``start`` (before ``end``) that give one each,
        no percentage up to them, and their sentences' starts; ([], []) where it is not so."""
        figures: list[Mention] = []
        starts: list[int] = []
        at = start
        while at < end and len(figures) < 2:
            ss, se = self.cx.seg.sentence(at)
            if se <= at:
                break
            if self.cx.percents_between(ss, se):
                return [], []
            mine = [m for m in self.cx.operands_between(ss, se) if m.kind in ("amount", "count")]
            if len(mine) > 1:
                return [], []
            if mine:
                figures.append(mine[0])
                starts.append(ss)
            at = se
        return (figures, starts) if len(figures) == 2 and figures[1].end <= end else ([], [])

    def _not_the_whole_of_a_part(self, prior: list[Mention], subject: str) -> list[Mention]:
        """The figures a change's subject may point back to, less the whole of a part stated with
        it ("... 2.148 KK dari rencana 2.200 KK. Jumlah keluarga penerima ini bertambah 8,48%
        ...": the part changed, 2.148, not the plan), unless the subject names the whole by the
        words around it ("Jumlah PMKS terdata naik ...")."""
        def digits_at(m: Mention) -> int:  # (a target's mention opens with its words: "dari rencana 2.200 KK")
            first = _FIRST_DIGIT.search(self.text, m.start, m.end)
            return first.start() if first else m.start
        wholes = [m for m in prior if _WHOLE_AFTER_DARI.search(self.text, max(0, m.start - 30), digits_at(m))]
        if not wholes or len(wholes) == len(prior):
            return prior
        words = {stem(w) for w in _WORD.findall(subject.lower())} - {stem(w) for w in _GENERIC_SUBJECT_WORDS}
        keep = []
        for m in prior:
            if m in wholes:
                # the whole's own words: from "dari" to the figure, and after it to its clause's end
                # or the part's predicate ("dari 12.160 jiwa PMKS terdata telah menerima ...")
                after = self.text[m.end:min(len(self.text), m.end + 40)]
                after = _PART_PREDICATE.split(_CLAUSE_END_IN.split(after, 1)[0], 1)[0]
                lead = _WHOLE_AFTER_DARI.search(self.text, max(0, m.start - 30), digits_at(m))
                around = (self.text[lead.start():digits_at(m)] + " " + after).lower()
                if not words & {stem(w) for w in _WORD.findall(around)}:
                    continue
            keep.append(m)
        return keep or prior

    def _value_named_by_subject(self, p: Mention, s: int, old: Mention) -> list[Mention]:
        """The new value of a change whose subject names it by words and no figure, given earlier
        in the text: "Jumlah PMKS yang tertangani tahun 2020 meningkat dibandingkan tahun 2019 yang
        sebanyak 21.780 jiwa, atau naik sebesar 16,16%" after "... jumlah PMKS yang tertangani
        sebanyak 25.300 jiwa ...": the last figure of the old value's quantity, within reach, whose
        sentence before it holds every word of the subject (two at least, none generic), of no
        other year, and no old value of another change."""
        subject = own_clause(self.text, s, p.start)
        change = _CHANGE_VERB.search(subject)
        if change is None:
            return []
        raw = set(_WORD.findall(subject[:change.start()].rsplit(",", 1)[-1].lower())) - _GENERIC_SUBJECT_WORDS
        words = {stem(w) for w in raw}
        years = _years(subject[:change.start()])
        # "Dibandingkan realisasi tahun 2020 sebesar Rp B, realisasi tahun 2021 naik 12,49 persen":
        # one role word and a year name it, the figure of that year given before (only where it fits)
        by_year = {y for y in years if y.isdigit()} if len(raw) == 1 and _role_word(next(iter(raw))) else set()
        if len(words) < 2 and not by_year:
            return []
        matched: list[Mention] = []
        for m in self.cx.operands_between(max(0, s - SUBJECT_VALUE_REACH), s):
            if m.kind not in ("amount", "count") or not _same_quantity(self.text, old, m):
                continue
            ms, me = self.cx.seg.sentence(m.start)
            # the words of the figure's own clause: before it since the last comma, after it to the next
            lead = _CLAUSE_BREAK.split(self.text[max(ms, m.start - 60):m.start])[-1]
            after = _CLAUSE_BREAK.split(self.text[m.end:min(me, m.end + 60)])[0]
            said = {stem(w) for w in _WORD.findall((lead + " " + self.text[m.start:m.end] + " " + after).lower())}
            if not all(any(stems_meet(w, x) for x in said) for w in words):
                continue
            if _other_year(years, self.text[ms:me]) or changed_from_before(self.text, max(ms, m.start - 60), m.start):
                continue
            if by_year and not by_year & _years(self.text[ms:me]):
                continue
            matched.append(m)
        # ("718 KPM yang menyatakan graduasi mandiri dari 11.000 KPM PKH" for "Jumlah KPM yang
        # graduasi": the part, not its whole)
        found = self._not_the_whole_of_a_part(matched, subject)[-1] if matched else None
        if found is not None and by_year:
            o, n, pct = _operand(old), _operand(found), _operand(p)
            if not o.value or rounding_verdict(pct.value, pct.decimals, abs(o.value - n.value) * 100 / o.value) == "mismatch":
                return []
        return [found] if found is not None else []

    def _year_compared_after(self, p: Mention, s: int, sign: int) -> Optional[tuple[Mention, Mention]]:
        """A change of the figure right before it against a year named after it and given earlier
        ("Untuk tahun 2024, pagu anggaran Dinsos sebesar Rp 10,55 miliar atau turun 12,52 persen
        dibanding tahun 2023" after "... realisasi anggaran tahun 2023 sebesar Rp 11,42 miliar dari
        pagu Rp 12,06 miliar"): the old value is the one earlier figure of the same quantity and role
        whose sentence names that year. Taken only where it gives the percentage (never an alarm):
        the words tie the year, not the figure."""
        year = _COMPARED_YEAR_AFTER.match(self.text, p.end)
        before = [m for m in self.cx.operands_between(s, p.start) if m.kind in ("amount", "count")]
        new = before[-1] if before else None
        if year is None or new is None or not _CHANGE_GAP.fullmatch(self.text, new.end, p.start):
            return None
        role = self.cx.candidate(new).role
        found = []
        for m in self.cx.operands_between(max(0, s - SUBJECT_VALUE_REACH), s):
            if m.kind != new.kind or not _same_quantity(self.text, new, m) or self.cx.candidate(m).role != role:
                continue
            ms, me = self.cx.seg.sentence(m.start)
            if year.group("year") in _years(self.text[ms:me]) and not self.cx.of_other_item(p, _operand(m)):
                found.append(m)
        if len(found) != 1:
            return None
        o, n = _operand(found[0]), _operand(new)
        if o.value <= 0 or rounding_verdict(_operand(p).value, _operand(p).decimals, (o.value - n.value) * sign * 100 / o.value) == "mismatch":
            return None
        return found[0], new

    def _difference_given(self, p: Mention) -> Optional[RatioClaim]:
        """A change whose difference stands beside its percentage ("Realisasi tahun 2021 sebesar Rp
        A; dengan demikian realisasi tahun 2022 bertambah Rp D (6,35%)"): the difference over the one
        earlier figure of its quantity, in its sentence or the one before, that gives the percentage.
        Only where one fits (never an alarm): which figure is the old value the words leave open."""
        adj = self.adjacent_before(p)
        if adj is None or adj.kind not in ("amount", "count") or \
                not _DIFFERENCE_LEAD.search(self.text, max(0, adj.start - 40), adj.start):
            return None
        s, _ = self.cx.seg.sentence(p.start)
        ps, _ = self.cx.seg.previous_sentence(s) if s > 0 else (s, s)
        pct, diff = _operand(p), _operand(adj)
        fits = [m for m in self.cx.operands_between(min(ps, s), adj.start)
                if m.kind == adj.kind and m.value and _same_quantity(self.text, adj, m) and
                rounding_verdict(pct.value, pct.decimals, diff.value * 100 / _operand(m).value) != "mismatch"]
        if len(fits) != 1:
            return None
        return RatioClaim("share", pct, diff, _operand(fits[0]), notes=["a change stated as its difference, over the old value"])

    def _first_budget_named_after(self, p: Mention, s: int, sign: int) -> Optional[tuple[Mention, Mention]]:
        """A change of the budget right before it against the first budget, named after it and
        given earlier ("... memperoleh alokasi APBD sebesar Rp A. Setelah refocusing ..., pagu
        berkurang menjadi Rp B atau turun 10,26% dari pagu awal"): the old value is the last
        earlier budget of its paragraph, not the new one. Taken only where it fits (never an alarm):
        the words name the first budget, not its figure."""
        if not _FIRST_BUDGET_AFTER.match(self.text, p.end):
            return None
        before = [m for m in self.cx.operands_between(s, p.start) if m.kind == "amount"]
        new = before[-1] if before else None
        if new is None or not _CHANGE_GAP.fullmatch(self.text, new.end, p.start):
            return None
        ps, _ = self.cx.seg.paragraph(p.start)
        found = [m for m in self.cx.operands_between(ps, s) if m.kind == "amount" and _same_quantity(self.text, new, m)
                 and self.cx.candidate(m).role == "budget"]
        if not found:
            return None
        o, n = _operand(found[-1]), _operand(new)
        if o.value <= 0 or rounding_verdict(_operand(p).value, _operand(p).decimals, (o.value - n.value) * sign * 100 / o.value) == "mismatch":
            return None
        return found[-1], new

    def _year_before_change(self, p: Mention, s: int, sign: int) -> Optional[tuple[Mention, Mention]]:
        """A change against the year before, whose sentence gives that year's figure and the
        paragraph before it the next year's ("Realisasi tahun 2018 sebanyak 380 KK ... . Pada tahun
        2017 realisasi ... sebanyak 320 KK, sehingga terjadi peningkatan sebesar 18,75% dibandingkan
        tahun sebelumnya"): the old value is the figure right before the percentage, of the one year
        its clause names; the new the one earlier figure of the paragraph of the same quantity and
        role whose sentence names the year after. Taken only where it gives the percentage (never
        an alarm): the words tie the years, not the figures."""
        if not _AGAINST_YEAR_BEFORE.match(self.text, p.end):
            return None
        before = [m for m in self.cx.operands_between(s, p.start) if m.kind in ("amount", "count")]
        old = before[-1] if before else None
        if old is None or not _CHANGE_GAP.fullmatch(self.text, old.end, p.start):
            return None
        years = _years(_CLAUSE_BREAK.split(self.text[s:old.start])[-1]) or _years(self.text[s:old.start])
        if len(years) != 1 or not next(iter(years)).isdigit():
            return None  # (a year named relative to the report's, "tahun lalu", is "@-1")
        later = str(int(next(iter(years))) + 1)
        role = self.cx.candidate(old).role
        ps, _ = self.cx.seg.paragraph(p.start)
        found = []
        for m in self.cx.operands_between(ps, s):
            if m.kind != old.kind or not _same_quantity(self.text, old, m) or self.cx.candidate(m).role != role:
                continue
            ms, me = self.cx.seg.sentence(m.start)
            if _years(self.text[ms:me]) == {later}:
                found.append(m)
        if len(found) != 1:
            return None
        o, n = _operand(old), _operand(found[0])
        if o.value <= 0 or rounding_verdict(_operand(p).value, _operand(p).decimals, (o.value - n.value) * sign * 100 / o.value) == "mismatch":
            return None
        return old, found[0]

    def _compared_back(self, p: Mention, s: int) -> Optional[tuple[Mention, Mention]]:
        """A change whose sentence names the old value before the percentage and points back to
        the new one: "Anggaran ... ditetapkan sebesar Rp 18,6 miliar. Jumlah itu naik dibandingkan
        anggaran tahun 2023 sebesar Rp 15,5 miliar, atau naik 16,67 persen": the old value is the
        sentence's one figure, told by its words, the new the one figure of the sentence before of
        the same quantity; or, where the subject names it by words, the figure they name earlier
        (:meth:`_value_named_by_subject`)."""
        mine = [m for m in self.cx.operands_between(s, p.start) if m.kind in ("amount", "count")]
        if len(mine) != 1:
            return None
        lead = self.text[max(s, mine[0].start - 60):mine[0].start]
        if not vocabulary().old_value.search(lead):
            # "Pada tahap II 2023 tercatat 19.870 KPM, sehingga tahun ini turun 7,15 persen": a figure
            # of another year, the change said of this one: the new value given earlier (if it fits)
            if _OTHER_YEAR_LEAD.search(lead) and _THIS_YEAR.search(self.text, mine[0].end, p.start):
                found = self._earlier_value_that_fits(p, s, mine[0])
                return (mine[0], found) if found is not None else None
            return None
        if not POINTS_BACK_SUBJECT.match(self.text, s):
            # "Jumlah PMKS yang tertangani tahun 2020 meningkat dibandingkan tahun 2019 yang sebanyak
            # 21.780 jiwa, atau naik 16,16%": the subject names the new value given earlier
            named = self._value_named_by_subject(p, s, mine[0])
            if not named:
                # "Jumlah penerima tahun ini bertambah dibanding 2023 yang hanya 4.100 anak, atau naik
                # 18,54 persen": too few words to name it, the new value given earlier (if it fits)
                found = self._earlier_value_that_fits(p, s, mine[0])
                return (mine[0], found) if found is not None else None
            return (mine[0], named[0])
        ps, pe = self.cx.seg.previous_sentence(s)
        prior = [m for m in self.cx.operands_between(ps, pe) if _same_quantity(self.text, mine[0], m)]
        if len(prior) > 1:
            # "Alokasi tersebut" after "... anggaran Rp A ..., atau 1,32% dari total belanja daerah
            # ... senilai Rp T": the subject's word names the role of the figure it points back to
            named = _role_word(_WORD.findall(POINTS_BACK_SUBJECT.match(self.text, s).group(0))[0])
            prior = [m for m in prior if named and self.cx.candidate(m).role == named and
                     not self._names_region_total(_operand(m))]
        return (mine[0], prior[0]) if len(prior) == 1 else None

    def _earlier_value_that_fits(self, p: Mention, s: int, old: Mention) -> Optional[Mention]:
        """The new value of a change over ``old`` that the story gave before its sentence: the
        nearest earlier figure of the same quantity, within reach, of no sentence naming the old
        value's year, that gives the percentage in the change's direction. Only where it fits (never
        an alarm): the words name no figure."""
        before = self.clause_before(p)[-45:]
        v = vocabulary()
        sign = 1 if v.decrease.search(before) else -1 if v.increase.search(before) else 0
        if not sign:
            return None
        o, pct = _operand(old), _operand(p)
        if o.value <= 0:
            return None
        os_, oe = self.cx.seg.sentence(old.start)
        old_years = {y for y in _years(self.text[max(os_, old.start - 60):old.start]) if y.isdigit()}
        for m in reversed(self.cx.operands_between(max(0, s - SUBJECT_VALUE_REACH), s)):
            if m.kind != old.kind or not _same_quantity(self.text, old, m) or self.cx.candidate(m).role == "target":
                continue
            ms, me = self.cx.seg.sentence(m.start)
            if old_years & _years(self.text[ms:me]):
                continue  # a figure of the old value's year
            n = _operand(m)
            diff = (o.value - n.value) * sign
            if diff > 0 and rounding_verdict(pct.value, pct.decimals, diff * 100 / o.value) != "mismatch":
                return m
        return None

    def _budget_named_by_subject(self, p: Mention, s: int, old: Mention) -> list[Mention]:
        """The new value of a change whose sentence opens a paragraph and whose subject names the
        budget without its figure ("... Dari total anggaran Rp 18,6 miliar, yang terserap Rp 16,9
        miliar. // ..., anggaran Dinsos tahun 2023 turun 8,4 persen dibandingkan tahun 2022 yang
        mencapai Rp 20,3 miliar"): the one budget of the sentence before, over the paragraph's
        break, where the year the subject names is named there too; else none."""
        if not budget_subject(own_clause(self.text, s, p.start)):
            return []
        fs = self._filled_sentence_start_before(p.start)
        if fs >= s:
            return []
        years = _years(self.text[s:p.start])
        if years and not years & _years(self.text[self.cx.seg.paragraph(fs)[0]:s]):
            return []
        found = [m for m in self.cx.operands_between(fs, s)
                 if _same_quantity(self.text, old, m) and self.cx.candidate(m).role == "budget"]
        return found if len(found) == 1 else []

    def _change_before(self, p: Mention, sentence_start: int) -> Optional[tuple[Mention, Mention]]:
        """Both values of a change before its percentage, in its sentence: "turun dari 12.500 jiwa
        pada 2019 menjadi 11.250 jiwa pada 2020 atau berkurang 10 persen" (the last such pair).
        The old value is told by a word before it ("dari", "semula"), or by the years the two
        values are of: "pada tahun 2020 ... sebanyak 5.400 jiwa, sedangkan pada tahun 2021 menjadi
        6.210 jiwa atau naik 15 persen"."""
        v = vocabulary()
        prior = [m for m in self.cx.operands_between(sentence_start, p.start) if m.kind in ("amount", "count")]
        for k in range(len(prior) - 1, 0, -1):
            new = prior[k]
            old = next((m for m in reversed(prior[:k]) if _same_quantity(self.text, m, new)), None)
            if old is None or new.start - old.end > 80:
                continue
            between = self.text[old.end:new.start]
            told = v.old_value_ending.search(self.text[max(sentence_start, old.start - 30):old.start]) or \
                _YEAR_PHRASE.search(self.text[sentence_start:old.start]) and _YEAR_PHRASE.search(between)
            if told and v.new_value.search(between) and \
                    _CHANGE_FOLLOWS.fullmatch(_YEAR_PHRASE.sub("", self.text[new.end:p.start])):
                return old, new
            return None  # only the pair right before the change word
        return None

    # -- shares of a whole stated before a list --
    def in_list(self, p: Mention) -> bool:
        """"Belanja pegawai Rp 20 miliar atau 40 persen": a part right before the percentage, with
        no whole after it and no realisation word making it a budget's realisation."""
        part = self.adjacent_before(p)
        if part is None or part.start in self.taken_numerators or \
                self.cx.role(part) == "real" and not self._opens_a_list_of_shares(p, part):
            return False
        if named_target_not_given(self.text, p):
            return False  # "750 orang atau 15 persen dari sasaran nasional": of a target, not of a whole before
        _, whole = self.dari_whole(p)
        return whole is None

    def _opens_a_list_of_shares(self, p: Mention, part: Mention) -> bool:
        """Does a part the words make a realisation open a list of shares, the realisation word said
        of the whole list ("Bantuan disalurkan ke Kota Mataram sebesar Rp 1,25 miliar (13,89 persen),
        Lombok Barat Rp 2,1 miliar (23,33 persen), ... dari total Rp 9 miliar")? So where the next
        percentage of its sentence has a part of its kind right before it that no word names, no
        budget stands in the sentence before it (a realisation of a pagu is no list's item), and the
        sentence's last percentage names the whole after "dari"."""
        s, e = self.cx.seg.sentence(p.start)
        nxt = [q for q in self.cx.percents_between(p.end, e)]
        if not nxt:
            return False
        other = self.adjacent_before(nxt[0])
        if other is None or other.start <= p.end or _family(other) != _family(part) or self.cx.role(other) is not None:
            return False
        if any(self.cx.role(m) == "budget" for m in self.cx.operands_between(s, part.start)):
            return False
        # the list's whole named after its last share, in its sentence ("... (33,33 persen) dari total Rp
        # 9 miliar"): not the realisations of successive periods with a pagu elsewhere
        return self.dari_whole(nxt[-1])[1] is not None

    def list_shares(self, listed: list[Mention]) -> tuple[list[RatioClaim], list[Mention]]:
        """"belanja pegawai Rp 517,6 miliar atau 0,66 persen dari total anggaran. ... belanja modal
        Rp 97,3 miliar atau 0,13 persen": parts with their percentages, the whole stated once
        before them. The whole is the earlier number that explains most of the list's
        percentages; a part it does not explain is then judged against it too. Returns the
        claims and the percentages no whole explains. The whole may also be named after the list
        ("... Rp B (57,05%) dari total anggaran Rp Y")."""
        items = [(p, part) for p in listed if (part := self.adjacent_before(p)) is not None]
        out: list[RatioClaim] = []
        left: list[Mention] = []
        i = 0
        while i < len(items):
            # a run: items no further apart than a paragraph or two (in characters, and in
            # paragraph breaks: short paragraphs of other figures between two shares end a list)
            j = i + 1
            while j < len(items) and items[j][0].start - items[j - 1][0].end < 600 and \
                    self._paragraph_breaks(items[j - 1][0].end, items[j][0].start) <= 2 and \
                    not NEW_ITEM_LINE.search(self.text, items[j - 1][0].end, items[j][1].start):
                j += 1
            claims = self._judge_run(items[i:j])
            judged = {c.percent.start for c in claims}
            out += claims
            left += [p for p, _ in items[i:j] if p.start not in judged]
            i = j
        return out, left

    def _paragraph_breaks(self, start: int, end: int) -> int:
        starts = self.cx.seg.paragraph_starts
        return bisect.bisect_right(starts, end) - bisect.bisect_right(starts, start)

    def _judge_run(self, run: list[tuple[Mention, Mention]]) -> list[RatioClaim]:
        first_part = run[0][1]
        fam = _family(first_part)
        wholes = [m for m in self.cx.operands_between(max(0, first_part.start - WHOLE_REACH), first_part.start)
                  if _family(m) == fam and not self._is_part(m)] + self._whole_after_list(run[-1][0], fam)
        paragraph, _ = self.cx.seg.paragraph(first_part.start)
        # a figure of a clause naming another year than the list's is no whole of it ("Realisasi
        # 2023: Rp A ...; realisasi 2022: Rp B (92%)")
        mine = self._years_at(first_part.start)
        wholes = [w for w in wholes if not (mine and (theirs := self._years_at(w.start)) and not mine & theirs)]
        if any(_BUDGET_NAMED_AFTER.match(self.text, p.end) for p, _ in run):
            # "Rp 2,1 miliar atau 21,3 persen dari pagu Dinsos": a pagu, never the realisation before
            wholes = [w for w in wholes if self.cx.role(w) != "real"]
        elif any(_REALISATION_NAMED_AFTER.match(self.text, p.end) for p, _ in run):
            # "kelebihan pembayaran Rp A atau 1,99% dari realisasi belanja bantuan sosial": the
            # realisation, never the budget beside it (whichever the arithmetic would fit)
            wholes = [w for w in wholes if self.cx.role(w) == "real"]
        best, best_key = None, None
        for w in wholes:
            wop = _operand(w)
            n = sum(1 for p, part in run if part.value <= w.value and explains(_operand(p), _operand(part), wop, self.text))
            # the list's first items may have been judged already with their whole named ("Rp A
            # (94,94 persen dari total), ... Rp B (3,94 persen)"): they explain the rest's whole too
            n += self._earlier_items_of(w, first_part)
            if n == 0:
                continue
            # most explained, then one in the list's own paragraph (a whole of another paragraph
            # explains a list's rounded figures by chance: "Anggaran urusan sosial sebesar Rp 10
            # miliar, belanja pegawai Rp 4 miliar (40%)" is not of the Rp 9.750.000.000 above),
            # then the one written exactly ("Rp 78.256.327.121.000" over "Rp 78,2 triliun"), then
            # the nearest
            key = (n, w.start >= paragraph, w.scale <= 1, w.start)
            if best_key is None or key > best_key:
                best, best_key = w, key
        if best is None:
            return []
        explained = best_key[0] if best_key else 0
        out = []
        for p, part in run:
            if part.value > best.value:
                continue
            fits = explains(_operand(p), _operand(part), _operand(best), self.text)
            # a part the whole does not explain is judged only when the whole explains others of
            # the list: two of them, or half of a short list whose whole the words name
            # ("Anggaran urusan sosial Rp X. Belanja langsung Rp A (60%) dan ... Rp B (45%)")
            # (an earlier item of the list judged with it names it too: "Rp A atau 20 persen dari total")
            named = self.cx.role(best) in ("budget", "whole") or self._earlier_items_of(best, first_part) > 0
            if not fits and explained < 2 and not (named and explained * 2 >= len(run)):
                continue
            self.taken_numerators.add(part.start)
            out.append(RatioClaim("share", _operand(p), _operand(part), _operand(best), implicit_denominator=True,
                                  notes=[f"the whole of a list of {len(run)} shares, stated "
                                         f"{'before' if best.start < first_part.start else 'after'} it"]))
        return out

    def _earlier_items_of(self, whole: Mention, first_part: Mention) -> int:
        """How many shares of ``whole`` that earlier finders found, whose percentage stands in the
        sentence of a list's first part and before it, fit their whole: earlier items of one list."""
        s, _ = self.cx.seg.sentence(first_part.start)
        # a realisation of the whole is no item of a list of its parts ("Dari pagu Rp W, realisasi
        # Rp A (90%), sedangkan belanja modal Rp B (45%)")
        items = [c for c in self.cx.shares_by_whole.get(whole.start, []) if s <= c.percent.start < first_part.start
                 and not any(m.start == c.numerator.start and self.cx.role(m) == "real"
                             for m in self.cx.operands_between(c.numerator.start, c.numerator.end))]
        return sum(1 for c in items if explains(c.percent, c.numerator, c.denominator, self.text))

    def _years_at(self, offset: int) -> set[str]:
        return clause_years(self.text, self.cx.seg.sentence(offset)[0], offset)

    def _whole_after_list(self, last: Mention, fam: str) -> list[Mention]:
        """"belanja tidak langsung Rp A (42,95%) dan belanja langsung Rp B (57,05%) dari total
        anggaran Rp Y": the whole named after the list's last percentage, or after the next one
        in its sentence (the list's last item, which has the whole after it)."""
        _, e = self.cx.seg.sentence(last.start)
        out = []
        for q in [last] + self.cx.percents_between(last.end, e)[:1]:
            has, whole = self.dari_whole(q)
            if has and whole is not None and _family(whole) == fam:
                out.append(whole)
        return out

    def _is_part(self, m: Mention) -> bool:
        """A number followed by its own percentage is a part of something, not a whole."""
        return bool(_OWN_PERCENT_AFTER.match(self.text[m.end:m.end + 30]))

    # -- indicator rows on one line --
    def indicator_rows(self) -> list[RatioClaim]:
        """"Prosentase keluarga miskin ... 14% 9,71% 69.33%" under a header "Target Realisasi
        Capaian": three percentages in a row are target, realisation and achievement."""
        out = []
        ps = self.cx.percents
        for i in range(len(ps) - 2):
            a, b, c = ps[i], ps[i + 1], ps[i + 2]
            if c.start in self.cx.claimed_percent or self.cx.tables.contains(c.start):
                continue
            if self.text[a.end:b.start].strip() or self.text[b.end:c.start].strip():
                continue
            if i + 3 < len(ps) and not self.text[c.end:ps[i + 3].start].strip():
                continue  # four or more in a row: the columns are not these three
            if i > 0 and not self.text[ps[i - 1].end:a.start].strip():
                continue
            if not self._indicator_header_before(a.start):
                continue
            out.append(RatioClaim("target", _operand(c), _operand(b), _operand(a), indicator=True,
                                  notes=["an indicator row: target, realisation and achievement"]))
        taken = {x.percent.start for x in out}
        for c in ps:
            if c.start in taken or c.start in self.cx.claimed_percent or self.cx.tables.contains(c.start):
                continue
            pair = self._figures_before(c)
            if pair is not None and self._indicator_header_before(pair[0].start):
                out.append(RatioClaim("target", _operand(c), pair[1], pair[0], indicator=True,
                                      notes=["an indicator row: target, realisation and achievement"]))
        return sorted(out, key=lambda x: x.percent.start)

    def _figures_before(self, c: Mention) -> Optional[tuple[Operand, Operand]]:
        """"Jumlah panti yang dibina 14 15 100%", "... 60 anak 56 anak 90,33%": the two figures
        (target, realisation; each with the same unit word or none) right before a percentage
        at the end of an indicator's name, on its line, with nothing after the percentage on
        the line but words ("Tercapai")."""
        line_start = self.text.rfind("\n", 0, c.start) + 1
        m = _TWO_FIGURES_BEFORE.search(self.text, max(line_start, c.start - 60), c.start)
        if m is None or not _LETTER_BEFORE.search(self.text, line_start, m.start()):
            return None
        if (m.group("u1") or "").lower() != (m.group("u2") or "").lower():
            return None
        line_end = self.text.find("\n", c.end)
        if _DIGIT.search(self.text, c.end, len(self.text) if line_end < 0 else line_end):
            return None  # more figures after it: the columns are not these three
        out = []
        for g in ("t", "r"):
            try:
                parsed = parse_number(m.group(g), kind="count")
            except MalformedNumberError:
                return None
            if 1900 <= parsed.value <= 2100 and not _SEPARATOR.search(m.group(g)):
                return None  # a year
            out.append(Operand(parsed.value, m.start(g), m.end(g), m.group(g), parsed.decimals,
                               Decimal(1), canonical_unit(m.group("u1")) if m.group("u1") else None))
        return out[0], out[1]

    def _indicator_header_before(self, offset: int) -> bool:
        window = self.text[max(0, offset - 3000):offset]
        h = vocabulary().header
        t = [m.start() for m in h["target"].finditer(window)]
        for ts in t:
            rest = window[ts:ts + 80]
            r = h["realisation"].search(rest)
            if r and h["achievement"].search(rest, r.end()):
                return True
        return False


# between a count and the value of what it counts, in one clause: "42 LKS telah menerima, senilai ",
# "45 Lembaga Kesejahteraan Sosial (LKS) sebesar ", "120 unit rumah dengan nilai "
_COUNT_WITH_VALUE = regex_cache.compile(r"(?:[\s,()]+(?!(?:dan|serta|sedangkan|sementara|namun|tetapi|atau|dari)\b)"
                                  r"[\p{L}-]+\)?){0,7}[\s,]+(?:senilai|sebesar|bernilai|dengan\s+(?:total\s+)?nilai"
                                  r"(?:\s+sebesar)?|dengan\s+total|total)[\s:]+", regex.I)
# between a value and the count it is for: " untuk ", " bagi 45 ..."
_VALUE_FOR_COUNT = regex_cache.compile(r"[\s,]+(?:(?:yang|diberikan|disalurkan|dialokasikan)[\s]+){0,2}(?:untuk|bagi|kepada)\s+", regex.I)


# the units of a rate after its amount: "per KPM per bulan", "/orang/bulan", "setiap bulan"
_RATE_UNIT = regex_cache.compile(r"(?:[ \t]|\n(?![ \t]*\n))*(?:/[ \t]*|(?:per|setiap|tiap)(?:[ \t]|\n(?![ \t]*\n))+)(\p{L}+)", regex.I)


def _rate_units(text: str, end: int) -> Optional[tuple[frozenset[str], int]]:
    """The units said right after an amount that make it a rate ("Rp 200.000 per KPM per bulan":
    {"kpm", "bulan"}), and where they end; None where it is no rate."""
    units, pos = set(), end
    while (m := _RATE_UNIT.match(text, pos)) is not None:
        units.add(m.group(1).lower())
        pos = m.end()
    return (frozenset(units), pos) if units else None


def resolve(doc: Document, mentions: list[Mention], claims: list[RatioClaim]) -> list[RatioClaim]:
    """Claims for the prose percentages that ``claims`` (the phrase finders' output) leave
    unexplained, in text order."""
    r = _Resolver(doc, mentions, claims)
    out = r.indicator_rows()
    done = r.cx.claimed_percent | {c.percent.start for c in out}
    listed, pending = [], []
    for p in r.cx.percents:
        if p.start in done or r.cx.tables.contains(p.start) or r.tabular(p):
            continue
        claim = r.change(p) or r.respective(p)
        if claim is not None:
            out.append(claim)
        elif r.is_goal(p) or _is_change(r, p):
            continue
        elif r.in_list(p):
            listed.append(p)
        else:
            pending.append(p)
    shares, unexplained = r.list_shares(listed)
    out += shares
    for p in sorted(pending + unexplained, key=lambda m: m.start):
        claim = r.local(p) or r.count_and_amount_part(p) or r.forward(p) or r.forward_part(p) or r.named_whole_before(p) \
            or r.story_budget(p) or r.story_count(p)
        if claim is not None:
            out.append(claim)
    # a list's later items whose whole only an earlier item, judged just now, names ("Rp A (94,94
    # persen dari total), Rp B (3,94 persen)"): the list again, with those items known
    done = {c.percent.start for c in out}
    left = [p for p in unexplained if p.start not in done]
    if left:
        r.cx.add_shares([c for c in out if c.percent.start not in {q.start for q in listed}])
        out += r.list_shares(left)[0]
    return sorted(out, key=lambda c: c.percent.start)


# a word stating a total over the figures before it ("secara keseluruhan", "total", "seluruhnya")
_TOTAL_WORD = regex_cache.compile(r"(?<!\w)(?:secara\s+keseluruhan|keseluruhan|seluruhnya|total|kumulatif|akumulasi)(?!\w)", regex.I)
_YEAR = regex_cache.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
# a year named relative to the one the text is of: "tahun lalu" (-1), "tahun ini" (0), "tahun
# depan" (+1); not a comparison with it ("naik 5 persen dibanding tahun lalu" is of this year)
_RELATIVE_YEAR = regex_cache.compile(
    r"(?<!\w)(?P<cmp>(?:dibanding(?:kan)?|daripada|dari|than)\s+(?:dengan\s+)?(?:(?:periode|waktu|masa)\s+"
    r"(?:yang\s+)?sama\s+(?:pada\s+)?)?)?(?:tahun|TA)\s+(?:anggaran\s+)?(?:yang\s+)?(?P<rel>lalu|sebelumnya|kemarin|"
    r"ini|berjalan|depan|mendatang|berikutnya|akan\s+datang)(?!\w)"
    r"|(?<!\w)(?P<cmp2>than\s+)?(?P<en>last|this|next)\s+year(?!\w)", regex.I)
_RELATIVE = {"lalu": "@-1", "sebelumnya": "@-1", "kemarin": "@-1", "ini": "@0", "berjalan": "@0", "depan": "@+1",
             "mendatang": "@+1", "berikutnya": "@+1", "last": "@-1", "this": "@0", "next": "@+1"}


# the date of a news story in brackets after the day ("Selasa (9/7/2024)", "(14/11/2024)")
_DATELINE = regex_cache.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)\s*\)")


_DARI_OPENING = regex_cache.compile(r"dari\b", regex.I)
# a sentence's subject pointing back to the figure before: "Jumlah itu", "Angka tersebut", "Anggaran ini"
# a clause's words pointing back to a budget stated before: "anggaran tersebut telah direalisasikan"
_BUDGET_POINTED_BACK = regex_cache.compile(r"\b(?:anggaran|pagu|alokasi|dana)\s+(?:itu|tersebut)\b", regex.I)
# a clause opening with a count's subject that points back: "Jumlah KK dalam DTKS hasil verifikasi
# tersebut setara ", "Jumlah itu ", "Angka tersebut"
_COUNT_POINTED_BACK = regex_cache.compile(r"[\s\"“]*(?:jumlah|angka|total)\b[^.;:\d%]{0,60}?\b(?:tersebut|itu)\b[^.;\d%]{0,30}$", regex.I)
POINTS_BACK_SUBJECT = regex_cache.compile(r"[\s\"“]*(?:jumlah|angka|nilai|anggaran|pagu|plafon|dana|alokasi)\s+(?:itu|tersebut|ini)\b",
                                           regex.I)
# a change's subject that names the budget, no realisation and no figure but a year: "anggaran
# Dinsos tahun 2023 turun ", "Pagu Dinas Sosial tahun ini berkurang " (budget_subject)
_BUDGET_WORD = regex_cache.compile(r"\b(?:anggaran|pagu|alokasi|apbd)\b", regex.I)
# words of what was spent: a budget's realisation, not the budget
REALISED_WORD = regex_cache.compile(r"\b(?:realisasi\w*|terealisasi|serapan|terserap|penyerapan|tersalur\w*|dibelanjakan)\b", regex.I)
_FIGURE_BUT_YEAR = regex_cache.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]?\d))\d")


def budget_subject(clause: str) -> bool:
    """Does the clause before a change's percentage name the budget as what changed, and no
    realisation, with no figure but a year? (From its last comma: "Kepala Dinas ..., Jumat
    (12/1/2024) menjelaskan, anggaran Dinsos tahun 2023 turun ")"""
    clause = clause.rsplit(",", 1)[-1]
    return bool(_BUDGET_WORD.search(clause)) and not REALISED_WORD.search(clause) and not _FIGURE_BUT_YEAR.search(clause)


# what opens another clause after an indicator's figures
_OTHER_CLAUSE = regex_cache.compile(r";|\b(?:sedangkan|sementara|namun|tetapi|adapun|serta)\b", regex.I)
# between an achieved figure and its target: "dari target ", "dari target yang ditetapkan sebesar "
_OF_TARGET_GAP = regex_cache.compile(r"\s*(?:dari|terhadap)\s+(?:target|sasaran)(?:nya)?(?:\s+(?!(?:dan|atau|serta)\b)[\p{L}-]+){0,3}?"
                               r"\s*(?:sebesar\s*)?", regex.I)
# between "dari" and a target's figure: the target word, its qualifiers and year, no other figure
# ("dari target akhir Renstra tahun 2026 sebesar ", "dari target tahun 2023 yaitu ")
_TARGET_WORDS_THEN_FIGURE = regex_cache.compile(
    r"\s+(?:target|sasaran)(?:nya)?(?:\s+(?:[\p{L}-]+|(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?)){0,6}?"
    r"\s*(?:sebesar|yaitu|yakni|adalah|:)?\s*", regex.I)


# between a realisation and the percentage it makes of a target, in one clause: a few words, none
# joining another clause ("76,5% tersebut telah mencapai ", "76,5% atau baru ")
_SAME_CLAUSE_GAP = regex_cache.compile(r"(?:\s+(?!(?:dan|serta|sedangkan|sementara|namun|tetapi|capaian\w*|pencapaian)\b)"
                                 r"\p{L}[\p{L}-]*){0,5}\s+", regex.I)


def _dateline_year(text: str) -> Optional[str]:
    """The year a news story is dated, where all its datelines ("Selasa (9/7/2024)") name one."""
    years = {m.group(1) for m in _DATELINE.finditer(text)}
    return years.pop() if len(years) == 1 else None


# what was done, said in a sentence: its percentage is a realisation ("yang tertangani sebanyak ...
# atau sebesar 80%")
_DONE_IN_SENTENCE = regex_cache.compile(r"\b(?:tertangani|ditangani|terlayani|dilayani|terealisasi|direalisasikan|realisasi\w*|"
                                  r"tercapai|terpenuhi|mendapat(?:kan)?|menerima|memperoleh|tersalur(?:kan)?|disalurkan)\b",
                                  regex.I)
# a percentage's own words that make it an achievement, not a realisation
_ACHIEVEMENT_WORD = regex_cache.compile(r"\b(?:capaian\w*|pencapaian\w*|persentase\s+capaian|kinerja)\b", regex.I)


# a noun naming what a figure measures ("indikator", "persentase", "jumlah"): a sentence that names
# one states a measure of its own
_MEASURE_NOUN = regex_cache.compile(r"\b(?:indikator|persentase|prosentase|jumlah|angka|rasio|tingkat|cakupan|indeks)\b", regex.I)


# the words that give the reason for an indicator's polarity, around what says it ("Karena indikator
# ini bersifat ...", "mengingat indikator ini merupakan ...")
_POLARITY_REASON = regex_cache.compile(r"\b(?:oleh\s+)?karena|\bmengingat|\bbersifat|\bmerupakan|\bsifat(?:nya)?|\bpolaritas(?:nya)?\b",
                                 regex.I)
# a measure noun that names one of its own, not one pointed back to ("indikator ini", "capaian tersebut")
# ("tingkat capaian", "tingkat pencapaian" name the achievement itself)
_MEASURE_NOUN_OF_ITS_OWN = regex_cache.compile(r"\b(?:indikator|persentase|prosentase|jumlah|angka|rasio|tingkat|cakupan|indeks)"
                                         r"\b(?!\s+(?:ini|tersebut|itu)\b)(?<!\btingkat(?=\s+(?:capaian|pencapaian)\b))"
                                         # (nor one followed by its figure: "Tingkat capaian indikator 90,67%")
                                         r"(?!\s*(?:(?:sebesar|mencapai|adalah|yaitu|yakni|tercatat)\s*)?(?::\s*)?\d)",
                                         regex.I)


def _years(text: str) -> set[str]:
    """The years a text is of: those it names ("2023") and those it names relative to the
    report's ("tahun lalu" as "@-1", "tahun ini" as "@0", "tahun depan" as "@+1")."""
    text = _without_plan_horizons(text)
    out = set(_YEAR.findall(text))
    for m in _RELATIVE_YEAR.finditer(text):
        if m.group("cmp") or m.group("cmp2"):
            continue
        word = (m.group("rel") or m.group("en")).lower()
        out.add(_RELATIVE.get(word.split()[0], "@+1"))
    return out


@lru_cache(maxsize=1)
def _plan_horizon_re() -> regex.Pattern:
    """targets.yaml ``plan_horizon_words``, with the year or span of years after them (up to two
    words between: "Renstra Dinas Sosial 2021-2026", "target akhir Renstra tahun 2026")."""
    words = (load_grammar("targets").vocabulary or {}).get("plan_horizon_words") or ["(?!)"]
    return regex_cache.compile(rf"(?<!\w)(?:{_alt(words)})(?:\s+(?!(?:19|20)\d\d\b)[\p{{L}}.]+){{0,2}}?\s+(?:tahun\s+)?"
                         r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d|\s+s\.?\s?d\.?\s+(?:19|20)\d\d)?(?!\d)", regex.I)


def _without_plan_horizons(text: str) -> str:
    """The text with the years of a plan's horizon blanked: "target akhir Renstra tahun 2026" names
    no period the figures around it are of; nor does the date a news story gives a statement in
    figures ("Kepala Dinas ..., Selasa (9/1/2024), menjelaskan bahwa dari pagu Rp A ...": the day it
    was said, in the next year, of the last year's budget)."""
    text = _NUMERIC_DATE.sub(lambda m: " " * len(m.group(0)), text)
    return _plan_horizon_re().sub(lambda m: " " * len(m.group(0)), text)


# a date in figures: "9/1/2024", "09-01-2024"
_NUMERIC_DATE = regex_cache.compile(r"(?<![\d/.-])\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d(?![\d/.-])")


# a sentence that opens by setting the year it speaks of, as a frame before its subject: "Tahun 2022,
# serapan hanya 85 persen", "Pada 2022 serapan ...", "Sementara pada tahun 2021, ...", "Di tahun 2022
# ..." (not "Serapan anggaran tahun 2023 mencapai ...": a year inside the subject frames nothing)
_YEAR_FRAME_OPENING = regex_cache.compile(
    r"[\W_]*(?:(?:sementara(?:\s+itu)?|sedangkan|adapun|namun|padahal|bandingkan(?:\s+dengan)?|bahkan)[\s,]+)?"
    r"(?:(?:pada|di|untuk|selama|dalam)\s+)?(?:(?:tahun|TA)\s+(?:anggaran\s+)?)?((?:19|20)\d\d)(?![\d.,]\d)", regex.I)


def framed_year(sentence: str) -> Optional[str]:
    """The year a sentence opens by framing itself in ("Tahun 2022, serapan hanya 85 persen":
    2022); None where it opens otherwise. A bare figure opening it is a year only with "tahun",
    "pada", "di" ... before it or a comma after it."""
    m = _YEAR_FRAME_OPENING.match(sentence)
    if m is None:
        return None
    framed = m.group(0)[: m.start(1) - m.start(0)].strip(" ,\t\n\"“")
    if not framed and not regex.match(r"\s*,", sentence[m.end():]):
        return None  # "2022 menjadi tahun ...": a bare year opening is a frame only before a comma
    return m.group(1)


def dateline_year(text: str) -> Optional[str]:
    """The year a news story is dated, where all its datelines ("Selasa (9/7/2024)") name one."""
    return _dateline_year(text)


def dated_apart(percent_sentence: str, operand_sentence: str, sentence_before_operand: str,
                text_year: Optional[str] = None) -> bool:
    """Is a percentage's sentence dated to another year than the amounts of an earlier sentence
    that name none? Their year is the one the sentence before them names, where it names one
    ("Hingga Desember 2023 ... Realisasi Rp A dari pagu Rp B. Tahun 2022, serapan hanya 85
    persen"); where nothing dates them, a percentage whose sentence opens on a year of its own
    ("Realisasi Rp A dari pagu Rp B. Tahun 2022, serapan hanya 85 persen") turns to that year and
    concludes nothing of them, unless that is the year the story is dated (``text_year``: undated
    amounts are of the text's own). A year inside the percentage's subject with nothing dating the
    amounts ("... Dengan demikian, serapan anggaran tahun 2023 mencapai 91 persen") is theirs.
    Operands that name a year themselves are other_year's to judge."""
    mine = {y for y in _years(percent_sentence) if y[0] != "@"}
    if not mine or _years(operand_sentence):
        return False
    in_force = {y for y in _years(sentence_before_operand) if y[0] != "@"}
    if in_force:
        return not mine & in_force
    framed = framed_year(percent_sentence)
    return framed is not None and framed != text_year


def only_another_relative_year(text: str) -> bool:
    """Does ``text`` name no year but last or next year, relatively ("tahun lalu", "tahun depan")?"""
    theirs = _years(text)
    return bool(theirs) and all(y[0] == "@" for y in theirs) and bool(theirs - {"@0"})


def _other_year(years: set[str], text: str) -> bool:
    """Does ``text`` speak of another year than ``years`` ("realisasi 2020 ... 93,5 persen" and
    "Pagu anggaran tahun 2021 ...", "Tahun lalu ... Rp A dari pagu Rp B" and "Tahun ini ... 70
    persen")? Years named as numbers are compared with each other, years named relatively with
    each other; a percentage of last or next year ("Pada periode yang sama tahun lalu, serapan
    sudah 48 persen") is not of figures that name no year at all (this year's)."""
    theirs = _years(text)
    mine_abs, theirs_abs = {y for y in years if y[0] != "@"}, {y for y in theirs if y[0] != "@"}
    if mine_abs and theirs_abs:
        return not mine_abs & theirs_abs
    mine_rel, theirs_rel = years - mine_abs, theirs - theirs_abs
    if mine_rel and theirs_rel:
        return not mine_rel & theirs_rel
    return bool(mine_rel - {"@0"}) and not mine_abs and not theirs


# what may stand between a change's new value and its percentage: "pada 2020", then "atau" and
# the change word ("..., atau mengalami penurunan sebesar"), not a clause about something else
# (", dan realisasi anggaran naik")
_YEAR_PHRASE = regex_cache.compile(r"\b(?:pada|di|tahun)\s+(?:tahun\s+)?(?:19|20)\d\d\b", regex.I)
_CHANGE_FOLLOWS = regex_cache.compile(r"[\s,;(]*(?:(?:atau|alias|yaitu|yakni|sehingga)\s+)?(?:\w+\s+){0,3}", regex.I)


# what joins the numbers of a list: a comma, "dan", "serta", "and" (the next number's currency
# sign belongs to the number)
_LIST_JOIN = regex_cache.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+|and\s+)?|dan\s+|serta\s+|and\s+|&\s*)", regex.I)


# a word that puts a figure at the report's present ("kini menjadi Rp B", "sekarang Rp B")
_NOW_WORD = regex_cache.compile(r"\b(?:kini|sekarang|saat\s+ini)\b", regex.I)


def _year_order(year: str) -> Optional[float]:
    """A year of :func:`_years` as a number to order by: "2023" as 2023, "tahun lalu" ("@-1") and
    "tahun ini" ("@0") after every year written out (a change compares the present with the past
    the report names), in their own order; None for a year of a plan ahead ("@+1")."""
    if year.startswith("@"):
        return None if year == "@+1" else 10_000 + int(year[1:])
    return float(year)


def _same_quantity(text: str, a: Mention, b: Mention) -> bool:
    """Two numbers that can be compared: both money, or counts of one thing (:func:`same_counted_thing`:
    "dari 2.000 keluarga menjadi 2.300 KPM")."""
    if a.kind == "amount" or b.kind == "amount":
        return a.kind == b.kind
    if a.unit is None or b.unit is None:
        return a.unit == b.unit
    return same_counted_thing(text, _operand(a), _operand(b))


def _last(it: Iterable[regex.Match]) -> Optional[regex.Match]:
    last = deque(it, maxlen=1)
    return last[0] if last else None


def _is_change(r: _Resolver, p: Mention) -> bool:
    before = r.clause_before(p)[-45:]
    v = vocabulary()
    if v.decrease.search(before) or v.increase.search(before):
        return True
    # "realisasi tahun 2022 bertambah Rp 413.192.650 (6,35%)": the figure beside it is a change's
    # difference, and the percentage that change (of an old value), no share of a budget
    adj = r.adjacent_before(p)
    return adj is not None and bool(_DIFFERENCE_LEAD.search(r.text, max(0, adj.start - 40), adj.start))


# the words before a figure that make it a change's difference: "bertambah Rp ", "kenaikan sebesar "
_DIFFERENCE_LEAD = regex_cache.compile(r"\b(?:bertambah|berkurang|naik|turun|meningkat|menurun|kenaikan(?:nya)?|"
                                       r"penurunan(?:nya)?|peningkatan(?:nya)?|pertambahan(?:nya)?|pengurangan(?:nya)?)"
                                       r"\s+(?:sebesar\s+|sebanyak\s+|senilai\s+)?$", regex.I)


# --- lists read in parallel ("masing-masing", "berturut-turut") ------------------------------------

# between two items of a list: a join, possibly after the first item's own percentage or a unit
# ("Rp A (90%) dan Rp B", "180 anak dari target 200 anak dan 120 orang")
_ITEM_GAP = regex_cache.compile(r"\s*(?:\(?\s*\d[\d.,]*\s*(?:%|persen|prosen|percent)\s*\)?)?\s*"
                          r"(?:,\s*(?:dan\s+|serta\s+|and\s+)?|dan\s+|serta\s+|and\s+|&\s*)", regex.I)
# between a part and its whole: "Rp A dari Rp B", "180 anak dari target 200 anak", "dari pagu masing-masing"
_PART_WHOLE_GAP = regex_cache.compile(r"(?:dari|terhadap|of)\b(?:\s+\p{L}+){0,3}?\s*$", regex.I)
_PERCENT_ITEM = regex_cache.compile(r"\(?\s*\d[\d.,]*\s*(?:%|persen|prosen|percent)\s*\)?", regex.I)


class _MentionsByStart:
    """Mentions, with those that start within a span found by bisection where they are in text
    order: a long report has thousands, and a scan of them all for each sentence with "masing-masing"
    cost more than the rest of :func:`respective_lists`."""

    def __init__(self, mentions: list[Mention]):
        self.all = mentions
        self.starts = [m.start for m in mentions]
        self.in_order = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """In their order, the mentions that start in ``start..end`` (both included), and where they
        are not in text order, all of them: the callers still test the span themselves."""
        if not self.in_order:
            return self.all
        return self.all[bisect.bisect_left(self.starts, start):bisect.bisect_right(self.starts, end)]


# the whole all the listed parts are of, after their percentages: "... atau 36,7 persen dan 57,6
# persen dari pagu Kemensos Rp"
_ONE_WHOLE_LEAD = regex_cache.compile(r"[ \t\n]*\)?[ \t\n]*(?:dari|terhadap)[ \t\n]+(?:[\p{L}/-]+[ \t\n]+){0,4}$", regex.I)


def _pairs_of_one_whole(text: str, mine: list[Mention], pcts: list[Mention]) -> Optional[list[tuple[Mention, Mention]]]:
    """Each of k parts with the one whole after the k percentages ("masing-masing Rp A dan Rp B atau
    36,7 persen dan 57,6 persen dari pagu Rp W"), or None where the figures stand otherwise."""
    *parts, whole = mine
    if pcts[-1].end > whole.start or not _ONE_WHOLE_LEAD.match(text, pcts[-1].end, whole.start):
        return None
    if any(part.value is None or whole.value is None or part.value > whole.value for part in parts):
        return None
    return [(part, whole) for part in parts]


def respective_lists(doc: Document, mentions: list[Mention]) -> list[RatioClaim]:
    """A sentence with "masing-masing" or "berturut-turut" and k percentages whose operands are
    2k numbers of one kind, in one of the orders such sentences use:

    - parts then wholes: "Rp A dan Rp B dari pagu Rp C dan Rp D atau 90% dan 75%", "Rp A (90%) dan
      Rp B (75%) dari pagu masing-masing Rp C dan Rp D";
    - each part with its whole: "masing-masing 92,5% dan 88%, yaitu Rp A dari Rp C dan Rp B dari Rp D".

    The i-th percentage is then the i-th part over the i-th whole, wherever the percentages stand.
    Only a sentence whose numbers fit one of these orders exactly is read so."""
    text = doc.text
    v = vocabulary()
    seg = segments(text)
    tables = DisjointSpans((b.start, b.end) for b in doc.tables_of_figures())
    usable = [m for m in mentions if m.value is not None and not tables.contains(m.start)]
    by_start = _MentionsByStart(usable)
    out: list[RatioClaim] = []
    done_sentences: set[int] = set()
    for word in v.respectively.finditer(text):
        s, e = seg.sentence(word.start())
        if s in done_sentences or tables.contains(word.start()):
            continue
        done_sentences.add(s)
        pcts = [m for m in by_start.starting_in(s, e) if m.kind == "percentage" and s <= m.start < e
                and not in_table_row(text, m.start, m.end)]
        k = len(pcts)
        if k == 0:
            out += _wholes_of_the_sentence_before(text, seg, by_start, s, e)
            continue
        if k < 2:
            continue
        achieved = _respective_percent_targets(text, pcts)
        if achieved:
            out += achieved
            continue
        ops = [m for m in by_start.starting_in(s, e) if m.kind in ("amount", "count", "target") and s <= m.start and m.end <= e]
        for fam in ("money", "count"):
            mine = [m for m in ops if _family(m) == fam]
            if len(mine) == k + 1:
                pairs = _pairs_of_one_whole(text, mine, pcts)
            elif len(mine) == 2 * k:
                pairs = _parallel_pairs(text, mine, k)
            else:
                continue
            if pairs is None:
                continue
            for p, (part, whole) in zip(pcts, pairs):
                lead = text[max(s, whole.start - 40):whole.start]
                role = _role_word(m.group(0)) if (m := _last(v.role_before.finditer(lead))) else None
                if whole.kind == "target":
                    role = "target"
                real = v.role_before.search(text, s, pairs[0][0].start)
                kind: ClaimKind = "target" if role == "target" else "budget" if fam == "money" and (
                    role == "budget" or (real is not None and _role_word(real.group(0)) == "real")) else "share"
                out.append(RatioClaim(kind, _operand(p), _operand(part), _operand(whole),
                                      notes=["the percentages, parts and wholes are given in the same order "
                                             f"({word.group(0).lower()})"]))
            break
    # lists of an indicator's targets, realisations and achievements need no "masing-masing": the
    # words before each list say what it is ("Target ... 70%, 75%, 80%, sedangkan realisasinya ...")
    by_sentence: dict[int, list[Mention]] = {}
    for m in usable:
        if m.kind == "percentage" and not in_table_row(text, m.start, m.end):
            by_sentence.setdefault(seg.sentence(m.start)[0], []).append(m)
    for s, pcts in by_sentence.items():
        if s not in done_sentences and len(pcts) >= 6:
            out += _respective_percent_targets(text, sorted(pcts, key=lambda m: m.start))
    return out


def _respective_percent_targets(text: str, pcts: list[Mention]) -> list[RatioClaim]:
    """Indicators whose values are percentages, listed in parallel: "masing-masing sebesar 76,5% dan
    91,8% dari target 80% dan 85%, sehingga capaian kinerjanya masing-masing 95,63% dan 108,00%",
    "Target ... berturut-turut 70%, 75% dan 80%; realisasi 68,2%, 72,1% dan 76,5%; sehingga capaian
    97,43%, 96,13% dan 95,63%": three lists of k, the words before each naming it the targets,
    the realisations or the achievements (one list each, in any order); the i-th achievement is of
    the i-th realisation and target. Nothing unless the sentence's 3k percentages stand exactly so."""
    k, rest = divmod(len(pcts), 3)
    if rest or k < 2:
        return []
    runs = [pcts[:k], pcts[k:2 * k], pcts[2 * k:]]
    if not all(_LIST_JOIN.fullmatch(text, a.end, b.start) for run in runs for a, b in zip(run, run[1:])):
        return []
    by_role: dict[str, list[Mention]] = {}
    lead_start = text.rfind("\n", 0, pcts[0].start) + 1
    for run in runs:
        lead = text[max(lead_start, run[0].start - 80):run[0].start]
        role = _list_role(lead)
        if role is None or role in by_role:
            return []
        by_role[role] = run
        lead_start = run[-1].end
    if set(by_role) != {"real", "target", "achievement"}:
        return []
    return [RatioClaim("target", _operand(p), _operand(r), _operand(t),
                       notes=["the realisations, targets and achievements are given in the same order"])
            for r, t, p in zip(by_role["real"], by_role["target"], by_role["achievement"]) if t.value]


def _list_role(lead: str) -> Optional[str]:
    """What the last role word of the words before a list of percentages makes them: "target",
    "real" or "achievement" ("capaian"); None where no such word, or a figure, stands there."""
    if regex.search(r"\d\s*(?:%|persen)", lead):
        return None
    found = [(m.end(), _role_word(m.group(0))) for m in vocabulary().role_before.finditer(lead)]
    found += [(m.end(), "achievement") for m in _indicator_words()[1].finditer(lead)]
    found = [(end, role) for end, role in found if role in ("target", "real", "achievement")]
    return max(found)[1] if found else None


# a name of an item of spending: a run of capitalised words or acronyms ("PKH", "Kartu Sembako",
# "Program Keluarga Harapan"); of it, the words that open a sentence, join clauses or name a role
# or a kind of item are no part of the name ("Pagu PKH" is PKH's, "Program BPNT" is BPNT's)
_CAPITALISED_RUN = regex_cache.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}\d/-]*(?:[ \t]+\p{Lu}[\p{L}\d/-]*)*")
_NOT_A_NAME = frozenset("""artinya sementara sedangkan adapun dengan untuk dari hingga sampai pada tahun dan atau yakni yaitu
    masing-masing rp persen program kegiatan bantuan realisasi realisasinya serapan serapannya penyerapan pagu anggaran
    alokasi total jumlah dana belanja capaian sisa selain kemudian lalu namun tetapi itu ini tersebut terbesar
    januari februari maret april mei juni juli agustus september oktober november desember senin selasa rabu kamis
    jumat sabtu minggu triwulan semester tahap""".split())
# a name followed by its acronym in brackets: "Program Keluarga Harapan (PKH)" is named PKH
_NAME_THEN_ACRONYM = regex_cache.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}\d/-]*(?:[ \t]+\p{Lu}[\p{L}\d/-]*)*[ \t]*(?=\(\s*\p{Lu}{2,}\s*\))")
NAMED_ITEMS_REACH = 600  # how far before the percentages the sentences of their items may start


def _item_names(clause: str) -> list[str]:
    """The names of items in ``clause``, in order, lower-cased, without the words that are no name."""
    names = []
    for m in _CAPITALISED_RUN.finditer(_NAME_THEN_ACRONYM.sub("", clause)):
        words = [w for w in m.group(0).lower().split() if w not in _NOT_A_NAME]
        if words:
            names.append(" ".join(words))
    return names


def _named_amounts(text: str, seg: Segments, amounts: list[Mention], s: int, e: int) -> Optional[list[tuple[str, str, Mention]]]:
    """The (name, role, amount) of each amount of the sentence ``s:e``: named in order by the list
    before "masing-masing" ("... dari PKH dan Kartu Sembako, masing-masing sebesar Rp A dan Rp B"),
    else each by the one name of its own clause ("Pagu PKH tahun ini Rp A, sedangkan Kartu Sembako
    Rp B"); the role is the last role word before it in the sentence. None where an amount has no
    name or two."""
    v = vocabulary()
    out = []
    respectively = v.respectively.search(text, s, e)
    listed = [m for m in amounts if respectively is not None and m.start >= respectively.end()]
    if listed:
        names = _item_names(own_clause(text, s, respectively.start()))
        if len(names) != len(listed) or len(amounts) != len(listed):
            return None
        role = _role_said_before(text, s, listed[0].start)
        return [(n, role, m) for n, m in zip(names, listed)]
    previous_end = s
    for m in amounts:
        names = _item_names(own_clause(text, previous_end, m.start))
        if len(names) != 1:
            return None
        out.append((names[0], _role_said_before(text, s, m.start), m))
        previous_end = m.end
    return out


def _role_said_before(text: str, start: int, end: int) -> str:
    """The role the last role word of ``text[start:end]`` names, "dari" aside ("Realisasi terbesar
    berasal dari PKH ..." is of realisations); "" where none does."""
    roles = [_role_word(m.group(0)) for m in vocabulary().role_before.finditer(text, start, end)]
    return next((r for r in reversed(roles) if r != "whole"), "")


def named_item_claims(doc: Document, mentions: list[Mention], claimed: set[int]) -> list[RatioClaim]:
    """A sentence of two or more percentages of named items and no figure ("Artinya, serapan PKH
    baru 75,26 persen dan Kartu Sembako 73,61 persen"), after the sentences that give each item's
    realisation and pagu under its name ("Realisasi terbesar berasal dari PKH dan Kartu Sembako,
    masing-masing sebesar Rp A dan Rp B. Pagu PKH tahun ini Rp C, sedangkan Kartu Sembako Rp D."):
    each percentage is its item's realisation over its pagu, judged whatever the arithmetic (the
    names and the roles tie them). Nothing unless every percentage names one item of its own that
    has exactly one realisation and one pagu, each at most ``NAMED_ITEMS_REACH`` before, in the
    percentage's paragraph or the short ones before it."""
    text = doc.text
    seg = segments(text)
    tables = DisjointSpans((b.start, b.end) for b in doc.tables_of_figures())
    usable = [m for m in mentions if m.value is not None and not tables.contains(m.start)]
    by_start = _MentionsByStart(usable)
    out: list[RatioClaim] = []
    done: set[int] = set()
    for p in usable:
        if p.kind != "percentage" or p.start in claimed:
            continue
        s, e = seg.sentence(p.start)
        if s in done:
            continue
        done.add(s)
        mine = by_start.starting_in(s, e)
        pcts = [m for m in mine if m.kind == "percentage" and s <= m.start < e]
        if len(pcts) < 2 or any(m.kind != "percentage" for m in mine if s <= m.start < e) or \
                all(q.start in claimed for q in pcts):
            continue
        if not _FINANCIAL.search(text, s, pcts[0].start):
            continue  # not of spending ("serapan", "realisasi anggaran")
        leads, previous_end, v = [], s, vocabulary()
        for q in pcts:
            lead = own_clause(text, previous_end, q.start)
            if v.decrease.search(lead) or v.increase.search(lead) or goal_before(lead):
                leads = []
                break  # "PKH naik 80 persen", "target 90 persen": no realisation's share
            leads.append(_item_names(lead))
            previous_end = q.end
        if not leads:
            continue
        if any(len(ns) > 1 for ns in leads):
            continue  # a percentage whose words name two items: which is its, they do not say
        # (a percentage that names no item, "sedangkan program lain 90 persen", is left to the others)
        named = [(q, ns[0]) for q, ns in zip(pcts, leads) if ns]
        if not named or len({n for _, n in named}) != len(named):
            continue
        items = _items_before(text, seg, by_start, s)
        if items is None:
            continue
        found = []
        for q, name in named:
            parts = [m for n, role, m in items if n == name and role == "real"]
            wholes = [m for n, role, m in items if n == name and role == "budget"]
            if len(parts) != 1 or len(wholes) != 1 or parts[0].value > wholes[0].value:  # type: ignore[operator]
                break
            found.append(RatioClaim("budget", _operand(q), _operand(parts[0]), _operand(wholes[0]), implicit_denominator=True,
                                    notes=["the item's realisation and pagu given under its name in the sentences before"]))
        else:
            # (a percentage an earlier finder judged keeps its claim)
            out += [c for c in found if c.percent.start not in claimed]
    return out


def _items_before(text: str, seg: Segments, by_start: "_MentionsByStart", s: int) -> Optional[list[tuple[str, str, Mention]]]:
    """The named amounts (:func:`_named_amounts`) of the two sentences before ``s``, in its
    paragraph or the short ones before it; None where one of them has an amount without a name."""
    items: list[tuple[str, str, Mention]] = []
    start = s
    for _ in range(2):
        ps, pe = seg.previous_sentence(start)
        if pe and not text[ps:pe].strip():
            ps, pe = seg.previous_sentence(ps)  # the blank line between two paragraphs
        if pe == 0 or ps < s - NAMED_ITEMS_REACH:
            break
        if seg.paragraph(ps)[0] != seg.paragraph(s)[0] and seg.paragraph(s)[1] - seg.paragraph(s)[0] >= SHORT_PARAGRAPH:
            break
        amounts = [m for m in by_start.starting_in(ps, pe) if ps <= m.start and m.end <= pe and _family(m) == "money"]
        if [m for m in by_start.starting_in(ps, pe) if ps <= m.start < pe and m.kind == "percentage"]:
            break  # a sentence with percentages of its own: its amounts are theirs
        named = _named_amounts(text, seg, amounts, ps, pe) if amounts else []
        if named is None:
            return None
        items = named + items
        start = ps
    return items or None


def _wholes_of_the_sentence_before(text: str, seg: Segments, by_start: _MentionsByStart, s: int,
                                    e: int) -> list[RatioClaim]:
    """"Ditjen A Rp 18,4 triliun (61,3 persen), Ditjen B Rp 24,9 triliun (58,6 persen) ... Pagu
    masing-masing unit tersebut Rp 30 triliun, Rp 42,5 triliun dan ...": a sentence of wholes
    only, named budgets or targets, in the order of the parts of the sentence before it, each of
    which has its percentage beside it. Nothing unless the counts agree and every part is at most
    its whole."""
    v = vocabulary()
    wholes = [m for m in by_start.starting_in(s, e) if m.kind in ("amount", "count", "target") and s <= m.start and m.end <= e]
    lead = text[s:wholes[0].start] if wholes else ""
    roles = {_role_word(m.group(0)) for m in v.role_before.finditer(lead)}
    if len(wholes) < 2 or not roles & {"budget", "target"}:
        return []
    ps, pe = seg.previous_sentence(s)
    if not text[ps:pe].strip():
        ps, pe = seg.previous_sentence(ps)  # the blank line between two paragraphs
    previous = by_start.starting_in(ps, pe)
    pcts = [m for m in previous if m.kind == "percentage" and ps <= m.start < pe]
    parts = [next((m for m in previous if m.kind in ("amount", "count") and ps <= m.start < pe and beside(text, p, m)
                   and m.end <= p.start), None) for p in pcts]
    if len(pcts) != len(wholes) or any(part is None for part in parts):
        return []
    pairs = list(zip(pcts, parts, wholes))
    if any(_family(part) != _family(whole) or (part.value > whole.value and "target" not in roles)  # type: ignore[union-attr]
           for _, part, whole in pairs):
        return []
    kind: ClaimKind = "target" if "target" in roles else "budget" if _family(wholes[0]) == "money" else "share"
    return [RatioClaim(kind, _operand(p), _operand(part), _operand(whole), implicit_denominator=True,  # type: ignore[arg-type]
                       notes=["the wholes given in the next sentence in the order of the parts (masing-masing)"])
            for p, part, whole in pairs]


def _parallel_pairs(text: str, nums: list[Mention], k: int) -> Optional[list[tuple[Mention, Mention]]]:
    """The k (part, whole) pairs of 2k numbers, if they stand in one of the orders of
    :func:`respective_lists`; every part at most its whole unless the wholes are targets."""
    def joined(a: Mention, b: Mention) -> bool:
        return bool(_ITEM_GAP.fullmatch(text[a.end:b.start]))

    def part_whole(a: Mention, b: Mention) -> bool:
        gap = _PERCENT_ITEM.sub("", text[a.end:b.start], count=1)
        if regex.search(r"\d", gap):
            return False
        # a target mention holds its own "dari target"
        return bool(_PART_WHOLE_GAP.search(gap)) or (b.kind == "target" and not gap.strip(" ,"))

    parts, wholes = nums[:k], nums[k:]
    blocked = all(joined(parts[i], parts[i + 1]) and joined(wholes[i], wholes[i + 1]) for i in range(k - 1)) and \
        part_whole(parts[-1], wholes[0])
    interleaved = all(part_whole(nums[2 * i], nums[2 * i + 1]) for i in range(k)) and \
        all(joined(nums[2 * i + 1], nums[2 * i + 2]) for i in range(k - 1))
    if blocked and not interleaved:
        pairs = list(zip(parts, wholes))
    elif interleaved and not blocked:
        pairs = [(nums[2 * i], nums[2 * i + 1]) for i in range(k)]
    else:
        return None
    for part, whole in pairs:
        if whole.value <= 0 or (whole.kind != "target" and part.value > whole.value):
            return None
    return pairs


# right before a percentage that is itself a value compared or changed, not the change: "naik dari 1,5
# persen menjadi 1,8 persen", "lebih tinggi dari inflasi 2,8 persen" ("dibanding tahun lalu sebesar 15
# persen" is the change)
_COMPARED_VALUE = regex_cache.compile(r"(?<!\w)(?:dari|daripada|dibanding(?:kan)?(?:\s+dengan)?|menjadi|semula)"
                                r"(?:\s+(?!(?:atau|sebesar|sekitar|hingga|mencapai)\b)\p{L}+){0,3}\s*$", regex.I)


def compared_value_before(text: str, lo: int, offset: int) -> bool:
    """Is the percentage at ``offset`` a value that changed or is compared ("naik dari 1,5 persen
    menjadi 1,8 persen", "lebih tinggi dari inflasi 2,8 persen"), not the change itself? ``lo`` is
    where its clause starts."""
    return _COMPARED_VALUE.search(text, max(lo, offset - 50), offset) is not None


@lru_cache(maxsize=1)
def _changed_from() -> regex.Pattern:
    raw = load_grammar("claims").vocabulary or {}
    words = _alt(list(raw["decrease_words"]) + list(raw["increase_words"]))
    # the change's size may stand between ("naik 8 persen dibanding realisasi tahun 2015 sebesar Rp A"),
    # and the old value's noun after the comparison word
    return regex_cache.compile(rf"(?<!\w)(?:{words})(?:\s+(?:sebesar\s+)?\d[\d.,]*\s*(?:%|persen))?"
                         r"\s+(?:dari|dibanding(?:kan)?(?:\s+dengan)?)"
                         r"(?:\s+(?:pada|tahun|yang|sebelumnya|lalu|realisasi|anggaran|pagu|belanja|jumlah|(?:19|20)\d\d))*"
                         r"\s*(?:sebanyak|sebesar|sejumlah)?\s*$",
                         regex.I)


def changed_from_before(text: str, start: int, offset: int) -> bool:
    """Does a change word and its "dari" stand right before the figure at ``offset`` ("turun dari
    48.100 jiwa", "naik dibanding tahun 2022 sebanyak 960 KK"): the figure is a change's old value?"""
    return _changed_from().search(text, start, offset) is not None


# the uptake of money named right before a percentage: "tingkat serapan", "daya serap anggaran", "penyerapan dana"
_MONEY_UPTAKE_BEFORE = regex_cache.compile(
    r"\b(?:tingkat\s+|daya\s+)?(?:serap(?:an)?|penyerapan)(?:\s+(?:anggaran|dana|keuangan))?"
    r"(?:\s+(?:sebesar|mencapai|adalah|sekitar|hanya|baru))?\s*:?\s*$", regex.I)
