"""Claims: what a stated percentage says it is the ratio of.

Stage "claims" of the pipeline (mentions → claims → checks). From the mentions and the words
around them (``grammars/claims.yaml``) it finds, for each percentage of the prose:

- **budget**: a realisation amount and the budget (pagu) it is a share of, told apart by the
  nearest budget or realisation word before each amount ("pagu sebesar Rp X terealisasi
  sebesar 98,67% atau Rp Y", "realisasi ... Rp X dari anggaran Rp Y atau 96,89 %");
- **target**: a count and the target after the percentage ("45 KT atau 75 % dari target
  sebesar 60 KT"), the count possibly far before it in the sentence or a sum of counts, or a
  "target ... realisasi ... prosentase" triple;
- **share**: a count and the whole after the percentage ("141 jiwa atau 78,33% dari 180 jiwa")
  or stated earlier in the paragraph ("menjangkau 75 anak. ... sebanyak 47 anak atau 63,52%").

Money has more than a realisation and its pagu (:meth:`_Finder.money_claims`, each percentage
claimed by the first that explains it): what is left of a pagu ("sisa anggaran Rp C atau 3,2
persen"), a change between two amounts whichever two of old value, new value and change the
sentence states ("turun dari Rp A atau turun 15,68 persen menjadi Rp B", "bertambah Rp D menjadi
Rp B (15%)"; also its word after the percentage, "P persen lebih tinggi dibanding tahun 2023
sebesar Rp A", a "selisih" of two years' amounts, a signed percentage, or its two values in the
sentence before, "Kenaikan sebesar P persen itu", or in a list of years), the realisations of
successive periods of one pagu ("triwulan I ... (15%), triwulan II ... (40%)"), and an amount's
share of a whole the words name ("2,5 persen dari total APBD Rp W", "65 persen di antaranya atau
Rp A").

Nothing here judges: :mod:`kesos_extract.audit.prose` turns claims into checks.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Iterable, Iterator, Optional

import regex

from . import regex_cache
from . import evidence
from .document import Document
from .errors import GrammarError, MalformedNumberError
from .grammar import alternation, compile_pattern, load_grammar
from .intervals import DisjointSpans
from .mentions import bare_numbers
from .models import Mention, Table
from .numbers import parse_number, rounding_verdict
from .ratios import Operand, RatioClaim, mention_operand
from .segments import SHORT_PARAGRAPH, Segments, segments

# a line that is a label and its value ("Realisasi : Rp 1.350.000.000,00"), short, alone
_LABELLED_LINE = regex_cache.compile(r"\s*\p{L}[\p{L} ]{1,40}?\s*:\s*\S[^\n:]{0,60}\s*$")
MAX_RECORD_LINES = 4  # the labelled lines of one record read together, at most
# a paragraph that is a list's item: "a. ...", "2) ...", "- ..."
_ITEM_PARAGRAPH = regex_cache.compile(r"[ \t]*(?:[a-z][.)]|\d{1,2}[.)]|[-•▪·])[ \t]+\S")
DIFFERENCE_TOLERANCE = 0.05  # a difference written rounded is still the two amounts' difference
SUM_TOLERANCE = 0.005  # parts written rounded ("Rp 65,1 miliar dan Rp 13,3 miliar") still add up to their whole
MAX_CHANGE_OPENING_WORDS = 6  # "Kenaikan anggaran sebesar": the words opening a sentence that names a change before


# --- vocabulary --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_grammar("claims").vocabulary or {}


@lru_cache(maxsize=1)
def _keyword_re() -> regex.Pattern:
    """Budget, realisation and remainder words in one alternation, longest first, so that "realisasi
    anggaran" is one realisation phrase and not "realisasi" followed by the budget word "anggaran",
    and "sisa anggaran" one remainder phrase."""
    words = sorted(_keyword_roles(), key=len, reverse=True)
    roles = _keyword_roles()

    def phrase(w: str) -> str:
        # a budget or realisation word with its enclitic ("realisasinya Rp A", "pagunya Rp B");
        # not a remainder word: "sisanya" points back to a whole (back_reference_words)
        suffix = "(?:nya)?" if roles[w] != "remainder" else ""
        return r"\s+".join(regex.escape(p) for p in w.split()) + suffix

    return regex_cache.compile(r"\b(?:" + "|".join(phrase(w) for w in words) + r")\b", regex.I)


def _keyword_role(phrase: str) -> str:
    """The role of a phrase :func:`_keyword_re` found, its enclitic "-nya" aside."""
    key = " ".join(phrase.lower().split())
    roles = _keyword_roles()
    return roles[key] if key in roles else roles[key[:-3]]


@lru_cache(maxsize=1)
def _keyword_roles() -> dict[str, str]:
    v = _vocab()
    roles = {w.lower(): "budget" for w in v["budget_words"]}
    roles.update({w.lower(): "real" for w in v["realisation_words"]})
    roles.update({w.lower(): "remainder" for w in v["remainder_words"]})
    return roles


@lru_cache(maxsize=1)
def _change_re() -> regex.Pattern:
    words = sorted(_vocab()["change_words"], key=len, reverse=True)
    return regex_cache.compile(r"\b(?:" + _alternation(words) + r")(?:nya)?\b(?:\s+\w+){0,2}\s*$", regex.I)


@lru_cache(maxsize=1)
def _difference_re() -> regex.Pattern:
    """A difference of two amounts that says no direction: "selisih", "perbedaan"."""
    return regex_cache.compile(rf"(?<!\w)(?:{_alternation(_vocab()['difference_words'])})(?:nya)?(?!\w)", regex.I)


@lru_cache(maxsize=1)
def _back_reference_re() -> regex.Pattern:
    words = _vocab()["back_reference_words"]
    return regex_cache.compile(rf"\b(?:{_alternation(words)})\b", regex.I)  # "Dari  total": any spaces between words


@lru_cache(maxsize=1)
def _gap_re() -> regex.Pattern:
    return compile_pattern("{{count_to_percent_gap}}", where="claims.yaml:count_to_percent_gap")


@dataclass(frozen=True)
class _MoneyWords:
    """The words of the money finders beyond a realisation and its pagu: a change and its old and
    new values, a period of the year, a total (``grammars/claims.yaml``)."""

    change: regex.Pattern  # a decrease or an increase word, anywhere
    cut: regex.Pattern  # a cut word with the amount cut right after it ("dipotong Rp D")
    decrease: frozenset[str]
    old_before: regex.Pattern  # right before an old value: "dari", "semula", "dibandingkan tahun 2023 sebesar"
    old_after_change: regex.Pattern  # "dari" a few words before an old value after a change word ("dari total Rp A")
    new_before: regex.Pattern  # right before a new value: "menjadi", "menjadi sebesar"
    period: regex.Pattern
    total: regex.Pattern


@lru_cache(maxsize=1)
def _money_words() -> _MoneyWords:
    v = _vocab()
    dec, inc = v["decrease_words"], v["increase_words"]
    # "dibandingkan tahun 2023 sebesar", "dibanding tahun lalu yang sebesar": the old value's word
    # may stand a few words before it; "dari" only right before it ("dari semula", "dari sebelumnya")
    filler = r"(?:\s+(?!(?:dari|menjadi|atau|dan)\b)[\p{L}\d/]+){0,4}?"
    old_words = [w for w in v["old_value_words"] if w.lower() != "dari"]
    return _MoneyWords(
        # with its enclitic: "Kenaikannya 10 persen", "penurunannya"
        change=regex_cache.compile(rf"(?<!\w)(?:{_alternation(dec + inc)})(?:nya)?(?!\w)", regex.I),
        cut=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['cut_words'])})(?=\s+(?:lagi\s+)?(?:sebesar\s+|senilai\s+)?"
                          r"(?:Rp|IDR)\b)", regex.I),
        decrease=frozenset(" ".join(w.lower().split()) + nya for w in dec + v["cut_words"] for nya in ("", "nya")),
        old_before=regex_cache.compile(rf"(?:(?<!\w)(?:{_alternation(old_words)}){filler}"
                                 r"|(?<!\w)dari(?:\s+(?:semula|sebelumnya))?)"
                                 r"\s*(?:yang\s+)?(?:sebesar|senilai|sejumlah|hanya|yaitu|yakni)?\s*$", regex.I),
        # "naik 10 persen dari 2023 (Rp 12 miliar)": the old value in brackets after its year
        old_after_change=regex_cache.compile(rf"(?<!\w)dari{filler}\s*(?:yang\s+)?(?:sebesar|senilai|sejumlah)?\s*\(?\s*$",
                                       regex.I),
        new_before=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['new_value_words'])})"
                                 r"\s*(?:sebesar|senilai|hanya|tinggal)?\s*$", regex.I),
        period=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['period_words'])})(?!\w)", regex.I),
        total=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['total_words'])})(?!\w)", regex.I),
    )


_alternation = alternation  # (the words as a regex alternation, longest first)


@lru_cache(maxsize=1)
def _achievement_re() -> regex.Pattern:
    return compile_pattern("{{target_to_achievement_gap}}", where="claims.yaml:target_to_achievement_gap")


@lru_cache(maxsize=1)
def _percent_target_lead_re() -> regex.Pattern:
    return compile_pattern("{{percent_target_lead}}", where="claims.yaml:percent_target_lead")


@lru_cache(maxsize=1)
def _part_to_whole_re() -> regex.Pattern:
    return compile_pattern("{{part_to_whole_gap}}", where="claims.yaml:part_to_whole_gap")


@lru_cache(maxsize=1)
def _whole_to_percent_re() -> regex.Pattern:
    return compile_pattern("{{whole_to_percent_gap}}", where="claims.yaml:whole_to_percent_gap")


_DARI = regex_cache.compile(r"^\s*\)?\s*(?:dari|terhadap)\b", regex.I)
_DARI_ALONE = regex_cache.compile(r"\s*dari\s+", regex.I)
_NOUN_AFTER = regex_cache.compile(r"[ \t]+\p{Ll}{3,}")
_WHOLE_LEAD = regex_cache.compile(r"(?:sebanyak|sebesar|berjumlah|jumlah|total|sejumlah)\s*$", regex.I)
_TARGET_WORD = regex_cache.compile(r"\b(?:target|sasaran|rencana)\b", regex.I)
_PERCENT_AHEAD = regex_cache.compile(r"^[\s,]*(?:atau\s+|alias\s+)?(?:sekitar\s+|sebesar\s+)?\(?\s*(?P<pct>\d[\d.,]*)\s*"
                               r"(?:%|\)|persen\b|prosen\b|percent\b)")


_operand = mention_operand


# a slash record ("Rp A / Rp B / P%", "(Rp A / Rp B) atau P%"): the slash between its amounts, and
# what stands between the second amount and the percentage
_SLASH_BETWEEN = regex_cache.compile(r"[ \t]*/[ \t]*")
_SLASH_TAIL = regex_cache.compile(r"[ \t]*(?:/|(?P<bracket>\))[ \t]*(?:,?[ \t]*(?:atau|yaitu|yakni|=|setara(?:[ \t]+dengan)?)"
                            r"[ \t]*)?\(?|\()[ \t]*", regex.I)
# an unlabelled slash record ends with its percentage: the line, the field or the bracket closes there
_RECORD_END = regex_cache.compile(r"[ \t]*(?:[.;,)|]|\n|$)")
# the next field of a record after a remainder's percentage, when it is the pagu: "Sisa: Rp C (P%);
# Pagu: Rp A"; the colon or "=" makes it a label, not prose going on to another budget
_NEXT_FIELD_BUDGET = regex_cache.compile(r"[ \t]*\)?[ \t]*[;|/][ \t]*(?:pagu|anggaran)(?:[ \t]+anggaran)?[ \t]*[:=][ \t]*",
                                   regex.I)
# a header naming the columns of a slash record: "Pagu/Realisasi/%:", "Realisasi / Anggaran (%)"
_SLASH_HEADER = regex_cache.compile(
    r"\b(?:(?P<real_first>realisasi)[ \t]*/[ \t]*(?:pagu|anggaran)|(?:pagu|anggaran)(?:[ \t]+anggaran)?[ \t]*/[ \t]*realisasi)\b",
    regex.I)


# an item of a bulleted list, and how many items up its intro line is looked for (_list_intro)
# the start of a line of a list: a bullet, a number or a letter ("\n- ", "\n• ", "\n2) ", "\nb. ")
_LIST_ITEM_LINE = regex_cache.compile(r"\n[ \t]*(?:[-•·▪➤*–]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))[ \t]+")
_BULLET = regex_cache.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)]|[a-z][.)])[ \t]+")
MAX_LIST_ITEMS = 12
# a record of figures between slashes under a header naming its columns (header_record_claims)
RECORD_ROLES = ("budget", "real", "remainder", "target", "percent")
SLASH_NOTE = "a record of figures between slashes"  # its order (pagu, then realisation) names them
HEADER_NOTE = "a record whose header names its columns"  # the header, not the words before each figure, names them


@dataclass(frozen=True)
class _RecordGrammar:
    header: regex.Pattern  # "Pagu / Realisasi (Rp) :", "Target/Realisasi:", "Pagu/Realisasi/Sisa/%:"
    label: regex.Pattern  # one column's label, its role word in the group of the role
    field: regex.Pattern  # one figure: "Rp 500.000.000", "500.000.000", "230 orang", "90%", "90"
    percent_after: regex.Pattern  # the percentage after the last figure: " (92%)", " atau 92%"


# a character no record header holds (its labels are words, "%", spaces and slashes, then an
# optional "(Rp)" and a ":"): the header regex, an alternation tried at every position, is run only
# over the stretches free of these that hold a "/" (_header_stretches), a few in a long report. The
# characters bounding a stretch are no word characters, no spaces, letters or digits, so the
# regex's look-arounds and \b read the same there as over the whole text
_NOT_IN_HEADER = regex_cache.compile(r"[^\w\s/%().:=]")
_LAST_NOT_IN_HEADER = regex_cache.compile(r"(?r)[^\w\s/%().:=]")


def _header_stretches(text: str):
    """(start, end) of each stretch of ``text`` that may hold a record header, left to right."""
    slash = text.find("/")
    while slash != -1:
        before = _LAST_NOT_IN_HEADER.search(text, 0, slash)
        after = _NOT_IN_HEADER.search(text, slash)
        end = after.start() if after else len(text)
        yield (before.end() if before else 0), end
        slash = text.find("/", end)


@lru_cache(maxsize=1)
def _record_grammar() -> _RecordGrammar:
    words: dict[str, list[str]] = _vocab()["record_column_words"]
    unknown = set(words) - set(RECORD_ROLES)
    if unknown:
        raise GrammarError("claims.yaml", "vocabulary.record_column_words", f"unknown roles {sorted(unknown)}")
    # a label may carry a year ("Pagu 2023/Realisasi 2023"); the "%" label is no word, so no \b around it
    role_alt = "|".join(f"(?P<{role}>{_alternation(ws)})" for role, ws in words.items())
    label = rf"(?:{role_alt})(?![\p{{L}}])(?:[ \t]+(?:tahun[ \t]+)?(?P<year>(?:19|20)\d\d))?"
    any_label = rf"(?:{_alternation([w for ws in words.values() for w in ws])})(?![\p{{L}}])(?:[ \t]+(?:tahun[ \t]+)?(?:19|20)\d\d)?"
    return _RecordGrammar(
        header=regex_cache.compile(rf"(?<![\p{{L}}\d/])(?P<labels>{any_label}(?:[ \t]*/[ \t]*{any_label})+)"
                             rf"(?:[ \t]*\([ \t]*(?P<unit>rp\.?|rupiah|%|\p{{L}}{{2,20}})[ \t]*\))?[ \t]*[:=][ \t]*", regex.I),
        label=regex_cache.compile(label, regex.I),
        field=regex_cache.compile(r"(?P<rp>rp\.?[ \t]*)?(?P<number>\d[\d.,]*\d|\d)(?:[ \t]*(?P<sign>%|persen\b))?", regex.I),
        percent_after=regex_cache.compile(r"[ \t]*(?:\(|/|,?[ \t]*(?:atau|=)[ \t]*\(?|[;,][ \t]*(?:capaian|persentase|prosentase)"
                                    r"(?:[ \t]+kinerja)?[ \t]*(?::|sebesar)?)[ \t]*(?P<pct>(?P<number>\d[\d.,]*\d|\d)[ \t]*"
                                    r"(?:%|persen\b))[ \t]*\)?", regex.I),
    )


# --- the claim finder ----------------------------------------------------------------------

class _Finder:
    def __init__(self, doc: Document, mentions: list[Mention]):
        self.text = doc.text
        self.seg: Segments = segments(doc.text)
        self.table_spans = [(b.start, b.end) for b in doc.tables_of_figures()]
        self.table_index = DisjointSpans(self.table_spans)
        usable = [m for m in mentions if m.value is not None]
        self.amounts = [m for m in usable if m.kind == "amount"]
        self.amount_starts = [m.start for m in self.amounts]
        self.percents = [m for m in usable if m.kind == "percentage" and not self._in_table(m.start)
                         and not evidence.in_table_row(doc.text, m.start, m.end)]
        self.percent_starts = [m.start for m in self.percents]
        self.counts = [m for m in usable if m.kind == "count"]  # mentions come in text order
        self.count_starts = [m.start for m in self.counts]
        self.targets = [m for m in usable if m.kind == "target"]
        self.target_starts = [m.start for m in self.targets]
        self.taken = DisjointSpans((m.start, m.end) for m in usable)
        self._bare: dict[tuple[int, int], list[Mention]] = {}  # bare_numbers by (start, end)
        self.old_values: set[int] = set()  # the old values of the money changes found (money_claims)
        self.change_percents: set[int] = set()  # and their percentages
        # percentages whose operands the words leave open (an achievement of a list of counts whose
        # target names one of the list's kinds, none of them giving it): no later finder pairs them
        self.unjudged: set[int] = set()
        self.change_figures: set[tuple[int, int]] = set()  # and the spans of their written figures

    # lookups by offset (bisect), so that a long report costs time in proportion to its length
    def _targets_between(self, start: int, end: int) -> list[Mention]:
        return self.targets[bisect.bisect_left(self.target_starts, start):bisect.bisect_left(self.target_starts, end)]

    def _percents_between(self, start: int, end: int) -> list[Mention]:
        return self.percents[bisect.bisect_left(self.percent_starts, start):bisect.bisect_left(self.percent_starts, end)]

    def _in_table(self, offset: int) -> bool:
        return self.table_index.contains(offset)

    # numbers without a unit ("menjangkau 560 atau 93,33%") are operands too
    def bare_numbers(self, start: int, end: int) -> list[Operand]:
        # the finders ask for the same stretches again and again (each clause of each percentage):
        # the numbers read once a stretch, each call given operands of its own
        found = self._bare.get((start, end))
        if found is None:
            found = self._bare[(start, end)] = bare_numbers(self.text, start, end, self.taken)
        return [_operand(m) for m in found]

    def count_operands(self, start: int, end: int) -> list[Operand]:
        """Counts and bare numbers of the prose between two offsets (table cells are not prose)."""
        lo = bisect.bisect_left(self.count_starts, start)
        hi = bisect.bisect_left(self.count_starts, end)
        ops = [_operand(m) for m in self.counts[lo:hi] if m.end <= end]
        ops += self.bare_numbers(start, end)
        return sorted((o for o in ops if not self._in_table(o.start)), key=lambda o: o.start)

    # -- pieces --
    def adjacent_count(self, p: Mention) -> Optional[Operand]:
        """The count written right before a percentage: "55 orsos atau 82,08%"."""
        s, _ = self.seg.sentence(p.start)
        for op in reversed(self.count_operands(max(s, p.start - 120), p.start)):
            if _gap_re().match(self.text[op.end:p.start]):
                return op
            break
        return None

    def _part_before_dari_whole(self, p: Mention, pct: Operand, whole: Operand) -> Optional[RatioClaim]:
        """The count right before "dari" and the whole beside the percentage: "38 anak terlantar,
        dari 40 anak yang direncanakan (95%)", "310 jiwa korban ..., dari 350 jiwa yang terdampak,
        atau 88,57%". None where no count of the whole's thing stands there with only its words
        between ("18 orang ... dari 20 kasus": people of cases, not told)."""
        s, _ = self.seg.sentence(p.start)
        dari = evidence.DARI_RIGHT_BEFORE.search(self.text, max(0, whole.start - 30), whole.start)
        before = [op for op in self.count_operands(max(s, dari.start() - 120), dari.start()) if op.end <= dari.start()]
        if not before or not _PART_WORDS_BEFORE_DARI.fullmatch(self.text, before[-1].end, dari.start()) or \
                not _units_compatible(self.text, whole, before[-1]) or before[-1].value > whole.value:
            return None
        kind = "target" if self._is_target(whole) or evidence.names_target_after(self.text, whole.end) else "share"
        return RatioClaim(kind, pct, before[-1], whole)

    def _part_before_place(self, p: Mention, beside: Operand, whole: Operand) -> Optional[Operand]:
        """The count of the whole's thing right before the count beside a percentage that counts
        something else: "2.150 KK di 9 desa atau 86 persen dari 2.500 KK" gives 2.150 KK. None when
        the words between are more than a short phrase of place or kind, or no such count is there."""
        s, _ = self.seg.sentence(p.start)
        before = [op for op in self.count_operands(max(s, beside.start - 60), beside.start) if op.end <= beside.start]
        if not before:
            return None
        op = before[-1]
        if not _PLACE_BETWEEN.fullmatch(self.text[op.end:beside.start]) or not _units_compatible(self.text, whole, op):
            return None
        return op

    def whole_after(self, p: Mention) -> Optional[tuple[Operand, bool]]:
        """The whole a percentage is "of", stated after it: ("dari target 60 KT", is_target)."""
        after = self.text[p.end:p.end + 12]
        for t in self._targets_between(p.end, p.end + 10):
            # (a bracketed percentage's bracket may stand between: "150 jiwa (30 %) dari target 500 jiwa")
            # (or a line break, where a copy wrapped the sentence: not a blank line)
            between = self.text[p.end:t.start]
            if p.end <= t.start <= p.end + 9 and not between.strip(" ,)\n") and "\n\n" not in between:
                return _operand(t), True
        if not _DARI.match(after):
            return None
        _, s_end = self.seg.sentence(p.start)
        limit = min(s_end, p.end + 160)
        nxt = [q.start for q in self._percents_between(p.end + 1, limit)]
        limit = min([limit] + nxt)
        phrase_start = p.end
        for op in self.count_operands(p.end, limit):
            lead = self.text[phrase_start:op.start]
            if _NEXT_CLAUSE.search(lead):
                return None  # "... dari total KPM PKH se-kabupaten, dan 4.312 KPM Program Sembako": another part
            if op.unit or _WHOLE_LEAD.search(lead) or (
                    _DARI_ALONE.fullmatch(lead) and _NOUN_AFTER.match(self.text, op.end) and not _is_date(self.text, op)):
                # ("77,3 persen dari 75 usulan": a figure right after "dari", a noun after it)
                return op, bool(_TARGET_WORD.search(self.text[p.end:op.start]))
        return None

    def _total_after_list(self, p: Mention, part: Operand) -> Optional[Operand]:
        """The total line under a list whose items each give a count and its share ("• Kecamatan
        Kendal : 1.245 jiwa (24,9%)" ... / "Jumlah : 5.000 jiwa"): the one count of that line, of
        the part's thing and not below it. None where the percentage's line is no list item or no
        such line closes the list."""
        line_start = self.text.rfind("\n", 0, p.start) + 1
        if not _BULLET.match(self.text, line_start):
            # an item wrapped before its percentage ("• Kecamatan Kendal : 1.245 jiwa" / "(24,9%)")
            line_start = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1
            if not _BULLET.match(self.text, line_start) or self._percents_between(line_start, p.start):
                return None
        at = self.text.find("\n", p.end)
        while at >= 0:
            nxt = self.text.find("\n", at + 1)
            line_end = nxt if nxt >= 0 else len(self.text)
            if not _TOTAL_LINE.match(self.text, at + 1, line_end) and (
                    _BULLET.match(self.text, at + 1) or self._percents_between(at + 1, line_end)):
                at = nxt  # another item of the list, or the rest of one wrapped
                continue
            if not _TOTAL_LINE.match(self.text, at + 1, line_end):
                return None
            ops = [op for op in self.count_operands(at + 1, line_end) if not _is_date(self.text, op)]
            if len(ops) != 1 or ops[0].value < part.value or not _units_compatible(self.text, ops[0], part):
                return None
            return ops[0]
        return None

    def count_then_target(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """"1.200 KK dari target 1.500 KK (80%)", "3.240 jiwa (target 3.600 jiwa), capaian 90%": the
        percentage follows the target, which follows the achieved count."""
        s, _ = self.seg.sentence(p.start)
        targets = [t for t in self._targets_between(s, p.start) if t.end <= p.start
                   and (_gap_re().match(self.text[t.end:p.start]) or _achievement_re().match(self.text[t.end:p.start]))]
        if not targets:
            return None
        t = targets[-1]
        # "1.200 KK dari target 1.500 KK", "3.240 jiwa (target 3.600 jiwa)", "4.215 jiwa PPKS dari
        # target 4.500 jiwa" (a few words naming what is counted)
        counts = [op for op in self.count_operands(s, t.start)
                  if _COUNTED_THING.fullmatch(self.text, op.end, t.start) and _units_compatible(self.text, _operand(t), op)]
        if not counts:
            realised = self._realised_before_target(s, t, pct) if _achievement_re().match(self.text[t.end:p.start]) else None
            if realised is None:
                return None
        else:
            # "320 anak terlantar, 145 lansia dan 85 penyandang disabilitas dari target 600 orang":
            # the last count closes a list, whose achievement the target may be of
            items = self._list_ending_with(s, counts[-1], _operand(t))
            realised = self._list_realisation(items, t, pct) if len(items) > 1 else counts[-1]
            if realised is None:
                return None
        return RatioClaim("target", pct, realised, _operand(t))

    def _list_ending_with(self, s: int, last: Operand, target: Operand) -> list[Operand]:
        """The counts of a list whose last item is ``last`` ("320 anak terlantar, 145 lansia dan
        85 penyandang disabilitas"), each of the target's kind and joined by a comma or "dan"; just
        ``last`` where no list ends with it."""
        before = [op for op in self.count_operands(s, last.start) if op.end <= last.start]
        items = [last]
        for op in reversed(before):
            if op.unit is None or _is_date(self.text, op) or not _units_compatible(self.text, target, op) \
                    or not evidence.listed_together(self.text, op, items[0]):
                break
            items.insert(0, op)
        return items

    def _list_realisation(self, items: list[Operand], t: Mention, pct: Operand) -> Optional[Operand]:
        """What a target's achievement is of, when a list of counts is achieved: the sum where it
        gives the percentage; the one item whose kind the target names ("target penanganan lansia
        330 orang"); the sum where the target names none of the list's kinds
        ("target penanganan 550 orang": the list is what it counts, a wrong percentage is judged
        against the sum); else None, and the percentage is left unjudged (the words do not tell
        which, and a later finder's pairing would be a guess)."""
        target = _operand(t)
        first, last = items[0], items[-1]
        total = Operand(sum((op.value for op in items), Decimal(0)), first.start, last.end, self.text[first.start:last.end],
                        max(op.decimals for op in items), first.scale, first.unit)
        if evidence.explains(pct, total, target, self.text):
            return total
        target_words = _kind_words(t.text)
        kinds = [_kind_words(self.text[op.start:nxt.start]) for op, nxt in zip(items, items[1:])]
        kinds.append(_kind_words(self.text[last.start:last.end] + " " + _COUNTED_THING.match(self.text, last.end).group(0)))
        named = [op for op, words in zip(items, kinds) if words & target_words]
        if not named:
            return total
        if len(named) == 1:
            return named[0]
        self.unjudged.add(pct.start)
        return None

    def _realised_before_target(self, s: int, t: Mention, pct: Operand) -> Optional[Operand]:
        """What was achieved, stated in an earlier clause of the sentence than its target, with a
        share of another whole between: "Jumlah PMKS yang tertangani sebanyak 2.150 orang dari 2.500
        orang PMKS yang terdata (86%), sedangkan target penanganan 2.300 orang, sehingga capaian
        kinerja 93,48%". The one count of the target's kind before it that is no whole ("dari
        2.500 orang") and no other year's; or the sum of a list of such counts ("300 orang lansia
        dan 200 orang disabilitas tertangani"), where the sum gives the percentage (whether one
        of them is what the target counts, the words do not tell)."""
        target = _operand(t)
        counts = [op for op in self.count_operands(s, t.start) if op.unit is not None and not _is_date(self.text, op)
                  and _units_compatible(self.text, target, op)
                  and not _DARI_BEFORE.search(self.text, max(s, op.start - 20), op.start)
                  and not _OTHER_PERIOD_AFTER.match(self.text, op.end)]
        if len(counts) == 1:
            return counts[0]
        if len(counts) < 2 or not all(_LIST_ITEM_GAP.fullmatch(self.text, a.end, b.start) for a, b in zip(counts, counts[1:])):
            return None
        return self._list_realisation(counts, t, pct)

    def part_of_whole_before(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """"320 dari 400 penyandang disabilitas (80 persen)", "46 LKS dari 50 LKS ( 92 % )", "18 desa
        dari 24 desa sasaran atau 75 persen", "2.400 paket telah disalurkan dari 3.000 paket yang
        disediakan, atau 80%": a part, "dari" and its whole, then the percentage."""
        if _DARI.match(self.text[p.end:p.end + 12]):
            return None  # "(2 persen dari jumlah penduduk)": the percentage names its own whole
        s, _ = self.seg.sentence(p.start)
        prev = [q.end for q in self._percents_between(max(0, s - 200), p.start) if s <= q.end <= p.start and q is not p]
        ops = self.count_operands(max([s, p.start - 250] + prev), p.start)
        if len(ops) < 2:
            return None
        num, den = ops[-2], ops[-1]
        tail = self.text[den.end:p.start]
        if not _whole_to_percent_re().match(tail) or not _part_to_whole_re().match(self.text[num.end:den.start]):
            return None
        if not _units_compatible(self.text, den, num) or not den.value:
            return None
        is_target = bool(_TARGET_OF_WHOLE.search(tail))
        if num.value > den.value and not is_target:
            return None  # a part is not above its whole
        return RatioClaim("target" if is_target else "share", pct, num, den)

    def count_change_before(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """"menurun dari 12.000 KPM menjadi 10.200 KPM atau 15%": a change of a count, both values
        before the percentage, which is (old - new) / old for a fall, (new - old) / old for a rise
        (a "rise" to a lower value is a slip of the word, not of the figure: the change is the
        difference whichever way it goes)."""
        if _DARI.match(self.text[p.end:p.end + 12]):
            return None  # "(12% dari total penduduk miskin)": the percentage names its own whole
        s, _ = self.seg.sentence(p.start)
        ops = self.count_operands(max(s, p.start - 250), p.start)
        if len(ops) < 2:
            return None
        old, new = ops[-2], ops[-1]
        if not _NEW_VALUE_GAP.match(self.text[old.end:new.start]) or not _CHANGE_TO_PERCENT.match(self.text[new.end:p.start]):
            return None
        m = _change_word_re().search(self.text[max(s, old.start - 80):old.start]) or self._list_change_word(s, old)
        if m is None or not _units_compatible(self.text, old, new) or not old.value:
            return None
        word = m.group(0).lower()
        sign = 1 if " ".join(word.split()) in _decrease_words() else -1
        return self._count_change_claim(pct, old, new, sign)

    def part_named_by_kind(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """A share whose part its sentence names by the kind the sentence before gave it in a
        breakdown: "Penerima BPNT sebanyak 6.400 KPM, terdiri dari 4.160 KPM reguler dan 2.240 KPM
        perluasan. Penerima reguler mencakup 62 persen dari total penerima" (4.160 / 6.400). The
        percentage's clause has no figure, "dari total" (or "jumlah", "keseluruhan") follows it;
        the whole is the count the breakdown word follows, the part the one of the parts whose
        word after it the clause says, and only that one."""
        s, _ = self.seg.sentence(p.start)
        clause = self.text[s:p.start]
        if regex.search(r"\d", clause) or not _OF_THE_WHOLE_AFTER.match(self.text, p.end):
            return None
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        breakdown = _BREAKDOWN.search(self.text, ps, pe)
        if breakdown is None:
            return None
        counts = [op for op in self.count_operands(ps, pe) if op.unit is not None and not _is_date(self.text, op)]
        wholes = [op for op in counts if op.end <= breakdown.start()]
        parts = [op for op in counts if op.start >= breakdown.end() and _units_compatible(self.text, op, wholes[-1])] \
            if wholes else []
        if len(parts) < 2:
            return None
        said = {w.lower() for w in _WORD.findall(clause)}
        named = [op for op in parts if (kind := _KIND_AFTER.match(self.text, op.end)) and kind.group(1).lower() in said]
        if len(named) != 1 or named[0].value >= wholes[-1].value:
            return None
        return RatioClaim("share", pct, named[0], wholes[-1], implicit_denominator=True,
                          notes=["the part named by its kind in the breakdown of the sentence before"])

    def breakdown_kind_shares(self, claimed: set[int]) -> list[RatioClaim]:
        """The shares a sentence lists of the kinds the sentence before broke a count into, each
        percentage after the words naming its kind: "Sasarannya 1.050 orang, terdiri dari 640
        lansia dan 410 penyandang disabilitas. Jadi lansia itu 60,9 persen, penyandang disabilitas
        39 persen" (640 / 1.050 and 410 / 1.050). The percentages' sentence has no other figure; each
        percentage's own words (since the one before it) name exactly one part's kind, as the
        words after its number in the breakdown."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            s, e = self.seg.sentence(p.start)
            if regex.search(r"\d", _DAY_MONTH.sub("", _PERCENT_FIGURES.sub("", self.text[s:e]))):
                continue  # (a news date in brackets, "ungkapnya, Senin (7/11)", is no figure of it)
            # the breakdown: the sentence before, or (the whole named after the percentage, "78,26
            # persen dari total penerima") the nearest of a few before with no percentage between
            ps, pe = self._filled_sentence_before(s)
            named_whole = _OF_THE_WHOLE_AFTER.match(self.text, p.end) is not None
            for _ in range(_BREAKDOWN_SENTENCES if named_whole else 1):
                if not pe or _BREAKDOWN.search(self.text, ps, pe) or self._percents_between(ps, pe):
                    break
                ps, pe = self._filled_sentence_before(ps)
            breakdown = _BREAKDOWN.search(self.text, ps, pe) if pe else None
            if breakdown is None or self._percents_between(ps, s):
                continue
            counts = [op for op in self.count_operands(ps, pe) if not _is_date(self.text, op)]
            # (the whole may be a target: "Sasarannya 1.050 orang, terdiri dari ...")
            wholes = sorted([op for op in counts if op.end <= breakdown.start()] +
                            [_operand(t) for t in self._targets_between(ps, breakdown.start()) if t.value],
                            key=lambda op: op.start)
            parts = [op for op in counts if op.start >= breakdown.end()]
            parts = [op for op in parts if wholes and _units_compatible(self.text, op, wholes[-1])]
            if not wholes or len(parts) < 2 or sum(op.value for op in parts) > wholes[-1].value:
                continue
            # (a count's text holds its kind's words: "640 lansia", "410 penyandang disabilitas")
            kinds = [_kind_after_number(op.text, len(_LEADING_NUMBER.match(op.text).group(0)), len(op.text))
                     if _LEADING_NUMBER.match(op.text) else "" for op in parts]
            before = [q for q in self._percents_between(s, p.start) if q is not p]
            own = self.text[before[-1].end if before else s:p.start].lower()
            own += " " + " ".join(_spelled_out(own))  # "lansia" for "lanjut usia"
            named = [op for op, kind in zip(parts, kinds)
                     if kind and regex.search(r"(?<!\p{L})" + r"\s+".join(map(regex.escape, kind.split())) + r"(?!\p{L})", own)]
            if len(named) != 1:
                continue
            out.append(RatioClaim("share", _operand(p), named[0], wholes[-1], implicit_denominator=True,
                                  notes=["the part named by its kind in the breakdown of the sentence before"]))
        return out

    def part_of_total_before(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """A count's share "dari total" (or "jumlah", "keseluruhan", "seluruh") with no figure after
        it, the count a few words before the percentage and the whole the one count of its kind in
        the sentence before: "... menyalurkan bantuan kepada 12.500 KPM. Sebanyak 11.875 KPM telah
        menerima bantuan, atau 95 persen dari total KPM sasaran" (11.875 / 12.500). The words after
        "dari total" name no other whole (:func:`evidence.names_other_whole` is asked first), the
        percentage's sentence has one count only, the sentence before no percentage."""
        if not _OF_THE_WHOLE_AFTER.match(self.text, p.end) or \
                regex.match(r"[^.\n\d]{0,40}\d", self.text[p.end:p.end + 60]):
            return None  # "dari total 12.500 KPM": the whole after it (whole_after's)
        s, _ = self.seg.sentence(p.start)
        parts = [op for op in self.count_operands(s, p.start) if op.unit is not None and not _is_date(self.text, op)]
        if len(parts) != 1 or self._percents_between(s, p.start) or \
                regex.search(r"\d", _YEAR.sub("", self.text[parts[0].end:p.start])):
            return None
        if evidence.names_other_whole(self.text, p, evidence.own_clause(self.text, s, p.start), parts[0].unit):
            return None  # "... atau 5 persen dari total penduduk": of another whole
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        wholes = [op for op in self.count_operands(ps, pe) if op.unit is not None and not _is_date(self.text, op)
                  and _units_compatible(self.text, op, parts[0])]
        if len(wholes) > 1:  # "300 lansia dan 120 anak terlantar. Sebanyak 60 anak ...": the one of its own unit
            wholes = [op for op in wholes if evidence.same_counted_thing(self.text, op, parts[0])]
        if len(wholes) != 1 or wholes[0].value <= parts[0].value:
            return None
        return RatioClaim("share", pct, parts[0], wholes[0], implicit_denominator=True,
                          notes=["the total named after the percentage, the one count of its kind in the sentence before"])

    def _count_named_by_noun_before(self, p: Mention, part: Operand) -> Optional[Operand]:
        """The count of the sentence before that the noun after the percentage names ("... 35 persen
        dari pengungsi" after "jumlah pengungsi pada puncak kejadian mencapai 1.260 jiwa"): the one
        count of the part's kind there whose own words (back to the figure or sentence start before
        it) hold that noun, larger than the part."""
        m = _OF_NOUN_AFTER.match(self.text, p.end)
        if m is None:
            return None
        noun = m.group("noun").lower()
        s, _ = self.seg.sentence(p.start)
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        named, at = [], ps
        for op in self.count_operands(ps, pe):
            words = [w.lower() for w in _WORD.findall(self.text[at:op.start])]
            at = op.end
            # the noun not qualified further ("jumlah penduduk miskin 12.000 jiwa" counts the poor,
            # not "penduduk"): the word after it joins it to its figure, or is the figure
            k = words.index(noun) if noun in words else -1
            if k < 0 or (k + 1 < len(words) and words[k + 1] not in _JOINS_NOUN_TO_FIGURE):
                continue
            if op.unit is not None and _units_compatible(self.text, op, part) and op.value > part.value:
                named.append(op)
        return named[0] if len(named) == 1 else None

    def part_named_by_name(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """A share whose part its sentence names by the name the sentence before gave it in a list
        of counts that add up to their total: "Rincian penerima BPNT yakni Desa A 412 KPM, Desa B
        287 KPM, Desa C 356 KPM dan Desa D 195 KPM, sehingga total 1.250 KPM. Dari jumlah tersebut,
        Desa A menjadi penerima terbanyak dengan 32,96 persen" (412 / 1.250). The percentage's
        clause has no figure and points back to the total ("Dari jumlah tersebut", "... persen dari
        total"): "Desa A memiliki angka kemiskinan 12 persen" is of something else. An item's name
        is the words between the list's separator and its count, with a capital letter (a place,
        an agency; a kind of thing is :meth:`part_named_by_kind`'s); one name only must be said
        again. The sum proves the list the total's breakdown, its total before or after its items."""
        s, _ = self.seg.sentence(p.start)
        clause = self.text[s:p.start]
        if regex.search(r"\d", clause) or not (_back_reference_re().search(clause) or
                                               _OF_THE_WHOLE_AFTER.match(self.text, p.end)):
            return None
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        counts = [op for op in self.count_operands(ps, pe) if op.unit is not None and not _is_date(self.text, op)]
        if len(counts) < 3:
            return None
        # the list's total in its sentence, before or after its items; or stated before the list
        # ("... sebanyak 17.846 KPM. ... // Sebaran penerima per kecamatan yakni Ampenan 3.412 KPM,
        # ..., dan Sandubaya 3.503 KPM"), the one earlier count the items add up to
        readings = [(counts[-1], counts[:-1]), (counts[0], counts[1:])]
        summed = sum(op.value for op in counts)
        # (counts with units only: no bare numbers read and kept for the stretch at every list)
        lo, hi = bisect.bisect_left(self.count_starts, max(0, ps - _LIST_TOTAL_BEFORE)), bisect.bisect_left(self.count_starts, ps)
        earlier = [op for op in map(_operand, self.counts[lo:hi]) if op.end <= ps and op.value == summed
                   and not self._in_table(op.start) and all(_units_compatible(self.text, op, c) for c in counts)]
        if earlier:
            readings.append((earlier[-1], counts))
        for whole, parts in readings:
            if sum(op.value for op in parts) != whole.value or \
                    not all(_units_compatible(self.text, whole, op) for op in parts):
                continue
            said = " ".join(clause.lower().split())
            named = [op for op, name in zip(parts, self._item_names(ps, parts)) if name and name in said]
            if len(named) == 1:
                return RatioClaim("share", pct, named[0], whole, implicit_denominator=True,
                                  notes=["the part named again by its name in the list of the sentence before"])
        return None

    def _item_names(self, start: int, items: list, proper: bool = True) -> list[Optional[str]]:
        """The name before each figure of a list ("Desa Sukamaju 412 KPM, Desa Cibodas 356 KPM",
        "belanja operasi Rp A dan belanja modal Rp B"): the words after the separator before it, if
        they are a few (and, where ``proper``, one of them is capitalised)."""
        names: list[Optional[str]] = []
        prev = start
        for op in items:
            lead = self.text[prev:op.start]
            words = _LIST_SEPARATORS.split(lead)[-1].split()
            named = 0 < len(words) <= 4 and (any(w[:1].isupper() for w in words) if proper else
                                               any(len(w) >= 4 and w.isalpha() for w in words))
            names.append(" ".join(words).lower() if named else None)
            prev = op.end
        return names

    def respective_list_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """Percentages of two lists of figures said "masing-masing" (respectively), item by item:

        - the parts right before the percentages, the wholes after "dari": "Realisasi Program A
          dan Program B masing-masing sebesar Rp R1 dan Rp R2 atau 96,5% dan 91,2% dari pagu Rp W1
          dan Rp W2", "Penerima PKH dan BPNT masing-masing 1.200 KPM dan 2.400 KPM, atau 96% dan
          92% dari kuota 1.250 KPM dan 2.600 KPM";
        - the wholes, then a word of spending and the parts right before the percentages: "...
          masing-masing Rp W1 dan Rp W2, terealisasi Rp R1 dan Rp R2 atau 95 persen dan 95 persen".

        The percentages stand together as a list ("P1 dan P2", "P1, P2 dan P3"), as many as the
        parts and the wholes; each list of one kind (money, or counts)."""
        out: list[RatioClaim] = []
        done: set[int] = set()
        for p, s, e in self._open_percents(claimed, done):
            if not _RESPECTIVELY.search(self.text, s, p.start):
                continue
            pcts = self._listed_run(self._percents_between(p.start, e))
            if len(pcts) < 2 or any(q.start in claimed for q in pcts):
                continue
            for figures in (self._amounts_between, self._counts_between):
                found = self._respective_lists(figures, pcts, s, e)
                if found is not None:
                    kind, parts, wholes = found
                    done.update(q.start for q in pcts)
                    out += [RatioClaim(kind, _operand(q), _operand(a), _operand(w), respective=True,
                                       notes=["two lists said 'masing-masing', item by item"])
                            for q, a, w in zip(pcts, parts, wholes)]
                    break
        return out

    def _respective_lists(self, figures, pcts: list[Mention], s: int, e: int):
        """(kind, parts, wholes) of :meth:`respective_list_claims`, of the figures ``figures`` finds
        between two offsets; None where the sentence has no such lists."""
        k = len(pcts)
        parts = self._listed_run(figures(s, pcts[0].start)[::-1])[::-1]
        if len(parts) < k or not _LIST_JOIN.fullmatch(self.text, parts[-1].end, pcts[0].start):
            return None
        parts = parts[-k:]
        lead = _WHOLES_AFTER.match(self.text, pcts[-1].end)
        if lead is not None:
            wholes = self._listed_run(figures(lead.end(), e))
            if len(wholes) >= k and wholes[0].start == lead.end():
                kind = "budget" if _keyword_re().search(lead.group(0)) else \
                    "target" if _TARGET_WORD.search(lead.group(0)) else "share"
                return kind, parts, wholes[:k]
        wholes = self._listed_run(figures(s, parts[0].start)[::-1])[::-1]
        if len(wholes) >= k and _SPENT_BETWEEN.fullmatch(self.text, wholes[-1].end, parts[0].start):
            return "budget", parts, wholes[-k:]
        return None

    def _counts_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.count_starts, start)
        hi = bisect.bisect_left(self.count_starts, end)
        return [m for m in self.counts[lo:hi] if m.end <= end and not self._in_table(m.start)]

    def _open_percents(self, claimed: set[int], done: set[int]) -> Iterator[tuple[Mention, int, int]]:
        """Each percentage neither claimed nor done (``done`` may grow as they are given), with the
        bounds of its sentence."""
        for p in self.percents:
            if p.start in claimed or p.start in done:
                continue
            s, e = self.seg.sentence(p.start)
            yield p, s, e

    def _listed_run(self, found: list[Mention]) -> list[Mention]:
        """The first mentions of ``found`` (in text order, or reversed) that stand as one list, only
        ", ", "dan", "serta" between each two."""
        run = found[:1]
        for m in found[1:]:
            a, b = (run[-1], m) if m.start > run[-1].start else (m, run[-1])
            if not _LIST_JOIN.fullmatch(self.text, a.end, b.start):
                break
            run.append(m)
        return run

    def _unclaimed_with_clause(self, claimed: set[int]) -> Iterator[tuple[Mention, int, int, str]]:
        """Each percentage no claim has taken (asked as each is reached: ``claimed`` grows), with its
        sentence's bounds and the words of its sentence before it."""
        for p in self.percents:
            if p.start not in claimed:
                s, e = self.seg.sentence(p.start)
                yield p, s, e, self.text[s:p.start]

    def money_part_named_again(self, claimed: set[int]) -> list[RatioClaim]:
        """A share whose part is an item of a breakdown of money in the sentence before, named
        again, with no amount in its own sentence: "Total belanja Rp W yang terdiri dari belanja
        operasi Rp A dan belanja modal Rp B. Belanja operasi menyerap 83 persen dari total belanja"
        (A / W). As :meth:`part_named_by_name` reads counts: the items add up to the whole (before
        or after them; within what rounding allows), the clause points back to it and names one
        item only."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            if regex.search(r"\d", _YEAR.sub("", clause)) or self._amounts_between(s, e) or \
                    not (_back_reference_re().search(clause) or _OF_THE_WHOLE_AFTER.match(self.text, p.end)):
                continue
            ps, pe = self._filled_sentence_before(s)
            if pe == 0 or self._percents_between(ps, pe):
                continue
            amounts = self._amounts_between(ps, pe)
            if len(amounts) < 3:
                continue
            said = " ".join(clause.lower().split())
            for whole, parts in ((amounts[0], amounts[1:]), (amounts[-1], amounts[:-1])):
                if abs(sum(a.value for a in parts) - whole.value) > SUM_TOLERANCE * whole.value:
                    continue
                named = [a for a, name in zip(parts, self._item_names(ps, parts, proper=False)) if name and name in said]
                if len(named) == 1:
                    out.append(RatioClaim("share", _operand(p), _operand(named[0]), _operand(whole),
                                          implicit_denominator=True,
                                          notes=["the part named again by its name in the breakdown of the sentence before"]))
                    break
        return out

    def _list_change_word(self, s: int, old: Operand) -> Optional[regex.Match]:
        """The change word of a list of count changes that only its first item says: "Bantuan A naik
        dari 1.200 orang menjadi 1.380 orang atau 15 persen, bantuan B dari 400 orang menjadi 440
        orang atau 10 persen" (as :meth:`_change_of_list_item` reads money). The item is "dari A
        menjadi B" after an earlier item's percentage; the words of change before it go one way."""
        if not _DARI_BEFORE.search(self.text, max(s, old.start - 20), old.start) or not self._percents_between(s, old.start):
            return None
        words = list(_money_words().change.finditer(self.text, s, old.start))
        return words[-1] if words and _decrease_told(words) is not None else None

    def count_change_new_first(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """"naik menjadi 2,1 juta KPM dari 1,9 juta KPM tahun lalu, atau bertambah 10,5 persen": a
        change of a count told new value first, the old one after "dari", then the percentage."""
        if _DARI.match(self.text[p.end:p.end + 12]):
            return None  # the percentage names its own whole
        s, _ = self.seg.sentence(p.start)
        ops = [op for op in self.count_operands(max(s, p.start - 250), p.start) if not _is_date(self.text, op)]
        if len(ops) < 2:
            return None
        new, old = ops[-2], ops[-1]
        if not _OLD_AFTER_NEW_GAP.fullmatch(self.text, new.end, old.start) or \
                not _OLD_VALUE_THEN_PERCENT.fullmatch(self.text, old.end, p.start):
            return None
        m = _change_then_new_value_re().search(self.text, max(s, new.start - 60), new.start)
        if m is None or not _units_compatible(self.text, old, new):
            return None
        word = m.group(0).lower().split()[0]
        sign = 1 if any(w.split()[0] == word for w in _decrease_words()) else -1
        return self._count_change_claim(pct, old, new, sign)

    def count_change_stated(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """A change of a count whose percentage follows a change word, its values before it in
        other shapes than "dari A menjadi B":

        - the change and the new value: "bertambah 300 orang menjadi 2.300 orang (15%)" (the old
          value, never written, is 2.300 - 300);
        - the old and the new value, each told by its year: "2022 = 150 orang, 2023 = 180 orang
          (naik 20%)", "tahun 2022 sebanyak 150 orang dan tahun 2023 sebanyak 180 orang atau naik
          20 persen";
        - the new value after "menjadi", the old one alone in the sentence before, of an earlier
          year: "Pada tahun 2022 ... tercatat 12.500 jiwa. Tahun 2023 jumlahnya turun menjadi
          11.250 jiwa atau berkurang 10 persen".

        The percentage is the change over the old value."""
        if _DARI.match(self.text[p.end:p.end + 12]) and not _OF_EARLIER_TIME.match(self.text, p.end):
            return None  # "menjadi 340.838 orang pada tahun 2012 atau 28,94 % dari total populasi": its own whole
        s, _ = self.seg.sentence(p.start)
        lo = max([s] + [q.end for q in self._percents_between(s, p.start) if q is not p])
        ops = [op for op in self.count_operands(lo, p.start) if not _is_date(self.text, op)]
        if not ops or not (_CHANGE_THEN_PERCENT.match(self.text[ops[-1].end:p.start]) or
                           _CHANGE_CONCLUDED_GAP.match(self.text[ops[-1].end:p.start])):
            return None
        new = ops[-1]
        words = [m for m in _money_words().change.finditer(self.text, lo, p.start)]
        if not words:
            return None
        decrease = _decrease_told(words)
        if decrease is None:
            return None  # a fall and a rise in one clause: which is the percentage's is not told
        sign = 1 if decrease else -1
        if len(ops) >= 2 and _units_compatible(self.text, ops[-2], new):
            prev = ops[-2]
            lead = self.text[max(lo, prev.start - 40):prev.start]
            if _CHANGE_BEFORE_DIFF.search(lead) and _NEW_VALUE_GAP.match(self.text[prev.end:new.start]):
                # "bertambah 300 orang menjadi 2.300 orang (15%)": old = new -/+ the change
                old_value = new.value + prev.value * sign
                if old_value <= 0:
                    return None
                old = Operand(old_value, prev.start, new.end, self.text[prev.start:new.end],
                              max(prev.decimals, new.decimals), new.scale, new.unit)
                return RatioClaim("share", pct, prev, old, notes=[
                    f"the change over the old value ({'new + decrease' if decrease else 'new - increase'})"])
            # each value's year in its lead ("tahun 2022 sebanyak A") or right after it ("A pada 2022")
            after_prev = _YEAR_RIGHT_AFTER.match(self.text, prev.end, prev.end + 30)
            y_old = _year_of_lead(self.text[max(lo, prev.start - 40):prev.start]) or \
                (int(after_prev.group(1)) if after_prev else None)
            y_new = self._count_year_after(new) or \
                _year_of_lead(self.text[after_prev.end() if after_prev else prev.end:new.start])
            between = _YEAR.sub("", self.text[prev.end:new.start])
            if y_old and y_new and y_old < y_new and not regex.search(r"\d", between):
                return self._count_change_claim(pct, prev, new, sign)
            # ... or its period of the year: "2.500 KPM pada tahap pertama dan 2.750 KPM pada tahap kedua,
            # meningkat 10 persen"
            periods = [self._period_of_count(op, lo) for op in (prev, new)]
            if None not in periods and periods[0][0] == periods[1][0] and periods[0][1] < periods[1][1] and \
                    not regex.search(r"\d", evidence.PERIOD_LABEL.sub("", between)):
                return self._count_change_claim(pct, prev, new, sign)
            return None
        # the new value alone in its clause after "menjadi", or compared with an earlier time after
        # the percentage ("turun 10 persen dibanding tahun lalu"): the old one in the sentence before
        if len(ops) != 1 or not (_MENJADI_BEFORE.search(self.text[max(lo, new.start - 30):new.start]) or
                                 _COMPARED_WITH_EARLIER.match(self.text, p.end)):
            return None
        ps, pe = self.seg.previous_sentence(new.start)
        if pe == 0 or self.seg.paragraph(ps)[0] != self.seg.paragraph(s)[0]:
            return None
        before = [op for op in self.count_operands(ps, pe) if not _is_date(self.text, op)
                  and _units_compatible(self.text, op, new)]
        if len(before) != 1 or self._percents_between(ps, pe) or \
                not _earlier_sentence(self.text[ps:pe], self.text[s:p.start]):
            return None
        return self._count_change_claim(pct, before[0], new, sign)

    def _period_of_count(self, op: Operand, lo: int) -> Optional[tuple[str, int]]:
        """The period of the year a count is of, by the label right after it ("2.500 KPM pada tahap
        pertama") or right before it ("triwulan II sebanyak 2.750 KPM"): (its kind, its number)."""
        m = _PERIOD_RIGHT_AFTER.match(self.text, op.end, op.end + 40) or \
            _PERIOD_RIGHT_BEFORE.search(self.text, max(lo, op.start - 40), op.start)
        if m is None:
            return None
        kind, number = evidence.period_key(m)
        order = _PERIOD_ORDER.get(number)
        return (kind, order) if order else None

    def count_change_named_after(self, p: Mention) -> Optional[RatioClaim]:
        """A change of a count named in the sentence after the one that gives its two values, as
        :meth:`_change_named_after` reads money: "Penerima naik menjadi 1.200 KPM pada 2021 dan
        1.236 KPM pada 2022. Persentase kenaikan tahun 2022 sebesar 3 persen", or one value a
        sentence: "Pada 2022 penerima PKH 1.200 KPM. Pada 2023 jumlahnya naik menjadi 1.380 KPM.
        Kenaikan itu sebesar 15 persen". The percentage's sentence opens with a few change and
        reference words and no figure but years; the earlier year's count is the old value."""
        s, _ = self.seg.sentence(p.start)
        words = list(_money_words().change.finditer(self.text, s, p.start))
        clause = _YEARS_SPAN.sub(" ", self.text[s:p.start])
        if not words or regex.search(r"\d", clause) or len(_WORD.findall(clause)) > MAX_CHANGE_OPENING_WORDS or \
                not _WORDS_ONLY.fullmatch(_YEARS_SPAN.sub(" ", self.text[words[-1].end():p.start])):
            return None
        if _keyword_re().search(clause):
            return None  # "Anggarannya naik 10 persen": money, read by the change finders
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        before = [op for op in self.count_operands(ps, pe) if op.unit is not None and not _is_date(self.text, op)]
        if len(before) == 1:
            qs, qe = self._filled_sentence_before(ps)
            earlier = [op for op in self.count_operands(qs, qe) if op.unit is not None and not _is_date(self.text, op)]
            if qe == 0 or self._percents_between(qs, qe) or len(earlier) != 1 or \
                    not self._speaks_of_the_same(qs, qe, ps, before[0].start):
                return None
            ps, before = qs, earlier + before
        if len(before) != 2 or not _units_compatible(self.text, before[0], before[1]):
            return None
        plain = _money_words().change.sub(" ", _CHANGE_FILLER.sub(" ", clause))
        if not _tie_words().words_allowed(plain, self.text[ps:pe]):
            return None
        years = [self._figure_year(op, self.seg.sentence(op.start)[0]) or
                 (("year", int(y)) if (y := self._only_year_before(op)) else None) for op in before]
        if None in years or years[0][0] != years[1][0] or years[0] == years[1]:  # type: ignore[index]
            return None
        old, new = before if years[0] < years[1] else before[::-1]  # type: ignore[operator]
        named_years = {int(y) for y in _YEAR.findall(self.text, s, p.start)}
        new_year = years[before.index(new)]
        if named_years and new_year != ("year", max(named_years)):
            return None  # a change of other years than the two counts'
        decrease = " ".join(words[-1].group(0).lower().split()) in _money_words().decrease
        claim = self._count_change_claim(_operand(p), old, new, 1 if decrease else -1)
        if claim is not None:
            claim.implicit_denominator = True
            claim.notes.append("the two values in the sentences before")
        return claim

    def _count_year_after(self, op: Operand) -> Optional[int]:
        m = _YEAR_RIGHT_AFTER.match(self.text, op.end, op.end + 30)
        return int(m.group(1)) if m else None

    def count_change_from(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """"Realisasi tahun 2023 sebanyak 480 KPM, naik dari tahun 2022 sebanyak 400 KPM atau 20%":
        the new value first, then a change word and "dari" the old value, then the percentage,
        which is the change over the old value (the old value is no part of the new)."""
        s, _ = self.seg.sentence(p.start)
        lo = max([s] + [q.end for q in self._percents_between(s, p.start) if q is not p])
        ops = [op for op in self.count_operands(lo, p.start) if not _is_date(self.text, op)]
        if len(ops) < 2 or not _CHANGE_TO_PERCENT.match(self.text[ops[-1].end:p.start]):
            return None
        new, old = ops[-2], ops[-1]
        m = _CHANGE_FROM_GAP.match(self.text[new.end:old.start])
        if m is None or not _units_compatible(self.text, new, old) or not old.value:
            return None
        sign = 1 if " ".join(m.group("word").lower().split()) in _decrease_words() else -1
        return self._count_change_claim(pct, old, new, sign)

    def count_change_of_amount(self, p: Mention) -> Optional[Operand]:
        """The change of a count written right before a percentage after its change word:
        "berkurang 936 jiwa atau 10,01 persen", "bertambah sebanyak 85 orang (25%)". Such a
        percentage is a change, never the count's share of a whole stated earlier."""
        adjacent = self.adjacent_count(p)
        if adjacent is None or _is_date(self.text, adjacent):
            return None
        s, _ = self.seg.sentence(p.start)
        if not _CHANGE_BEFORE_DIFF.search(self.text, max(s, adjacent.start - 40), adjacent.start):
            return None
        return adjacent

    def count_change_of_stated_amount(self, p: Mention, pct: Operand, diff: Operand) -> Optional[RatioClaim]:
        """A change of a count stated as a count, over its old value: the old value named after the
        percentage ("berkurang 936 jiwa atau 10,01 persen dibanding tahun 2022 yang mencapai 9.348
        jiwa", "naik 150 orang atau 12,5 persen dari tahun lalu sebanyak 1.200 orang") or, where
        none is, the new value right before the change word ("tercatat 8.412 jiwa, berkurang 936
        jiwa atau 10,01 persen"): the old value is then new + decrease (new - increase)."""
        s, e = self.seg.sentence(p.start)
        m = _CHANGE_BEFORE_DIFF.search(self.text, max(s, diff.start - 40), diff.start)
        decrease = " ".join(m.group("word").lower().split()) in _money_words().decrease
        after = [op for op in self.count_operands(p.end, e) if not _is_date(self.text, op)]
        if after and _units_compatible(self.text, after[0], diff) and \
                _COUNT_OLD_LEAD.search(self.text, max(p.end, after[0].start - 60), after[0].start):
            old = after[0]
            if old.value <= 0 or (decrease and diff.value >= old.value):
                return None
            return RatioClaim("share", pct, diff, old, notes=["the change stated as a count over the old value"])
        if _DARI.match(self.text[p.end:p.end + 12]) and not _OF_EARLIER_TIME.match(self.text, p.end):
            return None  # "naik 150 orang atau 12,5 persen dari total penduduk miskin": of a whole not given
        before = [op for op in self.count_operands(s, m.start()) if not _is_date(self.text, op)]
        if not before and (old := self._old_of_pair_told_before(s, diff, decrease)) is not None:
            # "... tercatat 14.220 KPM, turun dari 15.010 KPM pada 2021. // "Turunnya 790 KPM atau
            # 5,26 persen ...": the pair the sentence before told, proved by the exact difference
            return RatioClaim("share", pct, diff, old, notes=["the change stated as a count over the old value "
                                                              "the sentence before gives"])
        if not before or not _SUBJECT_GAP.fullmatch(self.text[before[-1].end:m.start()]) or \
                not _units_compatible(self.text, before[-1], diff):
            return None
        new = before[-1]
        if _COMPARED_LEAD.search(self.text, max(s, new.start - 60), new.start):
            # "Jika dibandingkan dengan realisasi tahun 2017 sebanyak 1.390 jiwa, terjadi kenaikan 234
            # jiwa atau 16,83 persen": the count before is the old value the change is over
            if new.value <= 0 or (decrease and diff.value >= new.value):
                return None
            return RatioClaim("share", pct, diff, new, notes=["the change stated as a count over the old value"])
        old_value = new.value + diff.value * (1 if decrease else -1)
        if old_value <= 0:
            return None
        old = Operand(old_value, new.start, diff.end, self.text[new.start:diff.end], max(new.decimals, diff.decimals),
                      new.scale, new.unit)
        return RatioClaim("share", pct, diff, old, notes=[
            f"the change over the old value ({'new + decrease' if decrease else 'new - increase'})"])

    def _old_of_pair_told_before(self, s: int, diff: Operand, decrease: bool) -> Optional[Operand]:
        """The old value of a change stated by its amount alone at the start of its sentence: of the
        two counts of the sentence before (across a paragraph break: a quote after the report of
        it) whose difference the amount is exactly, the larger for a decrease, else the smaller."""
        ps = self._sentence_before(s)
        if ps >= s:
            return None
        ops = [op for op in self.count_operands(ps, s) if not _is_date(self.text, op)
               and _units_compatible(self.text, op, diff)]
        pairs = [(a, b) for a, b in itertools.combinations(ops, 2) if abs(a.value - b.value) == diff.value]
        if len(pairs) != 1:
            return None
        a, b = pairs[0]
        return max(a, b, key=lambda o: o.value) if decrease else min(a, b, key=lambda o: o.value)

    def count_change_said_after(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """A change of a count whose word follows its percentage: "sebanyak 2.700 orang, 25 persen
        lebih sedikit dari tahun sebelumnya yang mencapai 3.600 orang"."""
        m = _CHANGE_AFTER_PERCENT.match(self.text, p.end)
        s, e = self.seg.sentence(p.start)
        before = [op for op in self.count_operands(s, p.start) if not _is_date(self.text, op)]
        after = [op for op in self.count_operands(m.end(), e) if not _is_date(self.text, op)]
        if not before and after:
            # "... mencapai 850 orang. Angka ini 15 persen lebih banyak dari tahun 2022 yang sebanyak 740
            # orang": the new value is the one count of the sentence before, which the words point back to
            before = self._count_pointed_back_to(s, p.start)
        elif before and not _NEW_BEFORE_PERCENT.fullmatch(self.text, before[-1].end, p.start):
            return None
        if not before or not after:
            return None
        new, old = before[-1], after[0]
        if not _COUNT_OLD_LEAD.search(self.text, max(m.start(), old.start - 60), old.start) or \
                not _units_compatible(self.text, old, new):
            return None
        word = " ".join(m.group("word").lower().split())
        sign = 1 if word in _money_words().decrease or word in _FEWER_WORDS else -1
        return self._count_change_claim(pct, old, new, sign)

    def _count_pointed_back_to(self, s: int, end: int) -> list[Operand]:
        """The one count of the sentence before ``s`` (in its paragraph, with no percentage), where
        the words of ``s:end`` are only a reference back ("Angka ini", "Jumlah tersebut"): else none."""
        opening = self.text[s:end]
        if regex.search(r"\d", opening) or not evidence.vocabulary().demonstrative.search(opening) or \
                len(_WORD.findall(opening)) > MAX_CHANGE_OPENING_WORDS:
            return []
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self.seg.paragraph(ps)[0] != self.seg.paragraph(s)[0] or self._percents_between(ps, pe):
            return []
        counts = [op for op in self.count_operands(ps, pe) if not _is_date(self.text, op)]
        return counts if len(counts) == 1 else []

    def _count_change_claim(self, pct: Operand, old: Operand, new: Operand, sign: int) -> Optional[RatioClaim]:
        if not old.value:
            return None
        diff = (old.value - new.value) * sign
        notes = []
        if diff < 0:
            sign, diff = -sign, -diff
            notes.append(f"the words say {'fall' if sign < 0 else 'rise'}, the values {'rise' if sign < 0 else 'fall'}")
        if not diff:
            return None
        lo, hi = old.start, new.end
        num = Operand(diff, lo, hi, self.text[lo:hi], max(old.decimals, new.decimals), old.scale, old.unit)
        kind = "decrease" if sign > 0 else "increase"
        return RatioClaim("share", pct, num, old, change=(old, new),
                          notes=[f"a percentage {kind}: ({'old - new' if sign > 0 else 'new - old'}) / old"] + notes)

    def target_before(self, p: Mention, part: Operand) -> Optional[Operand]:
        """A target stated before the achievement in the same sentence: "dari target 100 orang,
        terealisasi 90 orang (90%)"; not one of another year than the achievement's clause names
        ("... tahun 2023 ... dari target 500 orang), sedangkan tahun 2022 sebanyak 400 orang (85%)")."""
        s, _ = self.seg.sentence(p.start)
        before = [t for t in self._targets_between(s, part.start) if t.end <= part.start]
        if not before:
            return None
        item = _LIST_ITEM_LINE.search(self.text, before[-1].end, part.start)
        if item is not None and (not _units_compatible(self.text, _operand(before[-1]), part) or
                                 self._percents_between(before[-1].end, item.start())):
            # the segmenter holds a list's lines for one sentence: a target in an item before is
            # that item's when it counts another thing ("- ... target 26 kelompok, realisasi 30
            # kelompok" / "- Dari 3 panti ..., 2 panti (66,66%)") or its item states its own
            # achievement ("ditargetkan 85 anak, terealisasi 80 anak atau 94,12%;" / "• ... 1.340
            # jiwa, seluruhnya (100%) tertangani"); a record's "- Target : 150 anak" / "- Realisasi :
            # 120 anak (80%)" keeps its target
            return None
        mine, theirs = self._clause_years(part.start), self._clause_years(before[-1].start)
        if mine and theirs and not mine & theirs:
            return None
        return _operand(before[-1])

    def _clause_years(self, offset: int) -> set[str]:
        """The years named in the clause of ``offset`` before it (from its sentence's start or the
        last clause break: "; realisasi 2022:", ", sedangkan tahun 2022")."""
        return evidence.clause_years(self.text, self.seg.sentence(offset)[0], offset)

    def counts_before_in_sentence(self, p: Mention) -> list[Operand]:
        s, _ = self.seg.sentence(p.start)
        prev_pct = [q.end for q in self._percents_between(max(0, s - 200), p.start)
                    if s <= q.end <= p.start and q is not p]
        start = max([s] + prev_pct)
        return [op for op in self.count_operands(start, p.start)]

    def implicit_whole(self, p: Mention, part: Operand, pct: Optional[Operand] = None) -> Optional[Operand]:
        """A whole stated earlier: the nearest larger count in the paragraph that is not itself
        a part ("menjangkau 490 anak, dimana sebanyak 351 anak atau 71,63% ..., 104 anak ...")."""
        remainder_of = self._whole_of_remainder(part)
        if remainder_of is not None:
            return remainder_of
        ps, _ = self.seg.paragraph(part.start)
        # a numbered or lettered item starting a line within the paragraph is a statement of its
        # own ("10. ... 1.368 jiwa ..." / "11. ... 166 jiwa atau 65,09 %"): its whole is its own
        items = list(evidence.NEW_ITEM_LINE.finditer(self.text, ps, part.start))
        if items:
            ps = items[-1].start() + 1
        scopes = [(ps, part.start)]
        s, _ = self.seg.sentence(part.start)
        # "... 700 penerima atau 20 persen dari total penerima": the reference may follow the percentage
        if _back_reference_re().search(self.text[s:p.end]) or _back_reference_re().match(self.text, p.end, p.end + 30) \
                or _OF_THE_TOTAL_COUNT.match(self.text, p.end, p.end + 40):
            pps, _ = self.seg.previous_paragraph(part.start)
            scopes.append((pps, ps))
        if _AMONG_PART.search(self.text, part.end, p.start) or _AMONG_AFTER.match(self.text, p.end):
            # "45 orang dari 50 orang (90%) lulus, 30 orang di antaranya (66,67%) ...", "... 396.547
            # jiwa atau 96,71 persen. Sebanyak 124.200 jiwa atau 31,32 persen di antaranya ...": among
            # those of the last part, the nearest larger count that is itself a part
            ops = [op for op in reversed(self.count_operands(ps, part.start))
                   if op.value > part.value and _units_compatible(self.text, op, part)]
            parts = [op for op in ops if self._part_of_next(op) or (self._own_percent(op) and not self._whole_of_part(op))]
            return (parts or ops or [None])[0]
        for start, end in scopes:
            for op in reversed(self.count_operands(start, end)):
                ahead = _PERCENT_AHEAD.match(self.text[op.end:op.end + 30])
                own = ahead.group("pct") if ahead else self._own_percent(op)
                # a count followed by its own percentage is a part ("120 LKS yang terakreditasi, atau
                # sekitar 48 persen"), unless it is the whole at 100%; but the whole of an earlier
                # part keeps its part's percentage after it: "45 dari 50 anak (90%) ...; 5 anak
                # (10%)": 50 is the whole of both
                whole_of_part = self._whole_of_part(op)
                # (a count whose own percentage is of another whole named in words is still a whole
                # of what follows: "45.300 jiwa atau 11,2 persen dari total penduduk. ... 3.240
                # lansia (7,2 persen dari jumlah lansia)")
                if op.value <= part.value or (own and own not in ("100", "100,00", "100.00") and not whole_of_part
                                              and not self._share_of_named_whole(op)):
                    continue
                if own and not whole_of_part and _SIBLING_CLAUSE.search(self.text, op.end, part.start):
                    # "terbanyak ... 31.420 KPM atau 22,50% dari seluruh penerima, sedangkan yang paling
                    # sedikit ... 21.566 KPM (15,44%)": a share set beside another, of the same whole
                    continue
                if self._part_of_next(op):
                    continue  # "45 dari 50 anak (90%) ...; 5 anak (10%)": 45 is a part of 50, not a whole
                if self._listed_component(op, part):
                    continue  # "8.000 jiwa, terdiri dari 5.000 ... dan 3.000 jiwa lansia": 3.000 is a part of 8.000
                if not _units_compatible(self.text, op, part):
                    continue
                if self._other_period_count(op, part):
                    continue  # "86 anak, turun dari 120 anak pada tahun sebelumnya": last year's, no whole of this year's part
                opened = self._opening_whole(op)
                if opened is not None and pct is not None:
                    # "Dari 1.300 KPM ..., sebanyak 1.245 KPM sudah menerima. ... 55 KPM atau 4,23
                    # persen yang belum menerima": of the part or of the whole it was taken from?
                    # The one the arithmetic gives, if only one does; else no claim
                    fit = [w for w in (op, opened) if _fits(part.value, w.value, pct)]
                    return fit[0] if len(fit) == 1 else None
                return op
        return self._same_word_whole_before(part, ps)

    def _target_mention_before(self, p: Mention, part: Operand, pct: Operand) -> Optional[Operand]:
        """The target a part achieved where no count before it is its whole: the nearest target
        mention earlier in its paragraph, of the part's kind, not below it ("Target 2024 sebanyak
        1.500 KPM, naik dari 1.200 KPM pada 2023. Hingga Juni, 900 KPM atau 60 persen telah
        menerima": 1.200 is last year's). A part told as undone or as a kind among the whole is
        left to the share finders (:func:`evidence.achieved_part`)."""
        if not evidence.achieved_part(self.text, part, pct, self.seg.sentence(part.start)):
            return None
        ps, _ = self.seg.paragraph(part.start)
        targets = [t for t in self._targets_between(ps, part.start) if t.end <= part.start]
        if not targets:
            return None
        target = _operand(targets[-1])
        if target.value < part.value or not _units_compatible(self.text, target, part):
            return None
        part_years = self._clause_years(part.start)
        target_years = self._clause_years(target.start) | set(_YEAR.findall(target.text))
        if part_years and target_years and not part_years & target_years:
            return None  # "... (90% dari target 500 orang), sedangkan tahun 2022 sebanyak 400 orang (85%)": another year's
        if evidence.named_target_not_given(self.text, p) and \
                evidence.other_level_target(self.text, p, target.start, self.seg.sentence(target.start)[0]):
            return None  # "... 1.500 KPM atau 80 persen dari target nasional": not the target stated
        return target

    def _same_word_whole_before(self, part: Operand, ps: int) -> Optional[Operand]:
        """News gives a sentence a paragraph: "... untuk 3.500 penerima. // Setiap penerima
        mendapatkan Rp 1,6 juta. // "... 3.150 penerima atau 90 persen sudah mencairkan"". Where the
        part's paragraph has no count before it, the whole is the nearest larger count of the two
        paragraphs before that names the same thing with the same word ("penerima", "KPM"), is no
        part of another and has no percentage of its own."""
        if not part.unit or [op for op in self.count_operands(ps, part.start) if not _is_day_month(self.text, op)]:
            return None
        if evidence.NEW_ITEM_LINE.match("\n" + self.text[ps:ps + 12]):
            return None  # "11. Rehabilitasi ... 166 jiwa atau 65,09 %": an item of a list states its own whole
        word = _counted_word(part.text)
        start = ps
        for _ in range(2):
            pps, _ = self.seg.previous_paragraph(start)
            if pps >= start or start - pps > 700:
                break
            start = pps
        years = evidence.years_of(self.text[slice(*self.seg.sentence(part.start))])

        def whole_alike(op: Operand) -> bool:
            # the same word, or the acronym the whole's words were read as ("18.240 keluarga
            # penerima manfaat (KPM)" ... "16.872 KPM")
            named_alike = _counted_word(op.text) == word or (op.unit == part.unit and _counted_word(op.text) !=
                                                             op.unit.lower() and word == part.unit.lower())
            # (nor another period's count: "dibanding tahun lalu ... untuk 18.000 penerima"; nor a
            # part of the whole its sentence opens with: "Dari 13.350 penerima ..., sebanyak 13.127 orang")
            return named_alike and op.value > part.value and not self._own_percent(op) and \
                not self._part_of_next(op) and not self._whole_of_part(op) and \
                not self._other_period_count(op, part) and self._opening_whole(op) is None
        for op in reversed(self.count_operands(start, ps)):
            if not whole_alike(op):
                continue
            if evidence.other_year(years, self.text[slice(*self.seg.sentence(op.start))]):
                return None  # "... 3.500 penerima. // Tahun lalu 2.800 penerima atau 80 persen"
            return op
        # or the story's lead states it, paragraphs before ("Sebanyak 24.315 keluarga penerima
        # manfaat (KPM) ... menerima bantuan" ... "dicairkan oleh 23.471 KPM atau 96,5 persen"): the
        # one larger count named alike since the story's start, stated in its first paragraphs
        if self._targets_between(ps, part.start):
            return None  # "Tahun ini ditargetkan 1.480 KPM graduasi. Realisasinya 1.272 KPM, atau 85,94 persen": of its target
        lead_end = min(self._lead_end(), start)
        if not any(whole_alike(op) for op in self.count_operands(0, lead_end)):
            return None  # (the lead's counts, read once: the same stretch each time)
        # the counts with units since (not the bare numbers: read for so long a stretch at every
        # part, they would be cached once a part)
        lo, hi = bisect.bisect_left(self.count_starts, lead_end), bisect.bisect_left(self.count_starts, start)
        wholes = [op for op in self.count_operands(0, lead_end) if whole_alike(op)] + \
            [op for op in map(_operand, self.counts[lo:hi]) if op.end <= start and not self._in_table(op.start)
             and whole_alike(op)]
        if len({op.value for op in wholes}) != 1:
            return None
        if any(evidence.other_year(years, self.text[slice(*self.seg.sentence(op.start))]) for op in wholes):
            return None
        return wholes[-1]

    def _lead_end(self) -> int:
        """Where a story's lead ends: the end of its second paragraph (the first is its headline)."""
        at = len(self.text) - len(self.text.lstrip())
        end = at
        for _ in range(2):
            if at >= len(self.text):
                break
            _, end = self.seg.paragraph(at)
            nxt = end + len(self.text[end:]) - len(self.text[end:].lstrip())
            if nxt <= at:
                break
            at = nxt
        return end

    def _share_of_named_whole(self, op: Operand) -> bool:
        """Is the percentage right after ``op`` said to be of a whole named in words and given by no
        number, other than a whole of ``op``'s own unit ("45.300 jiwa atau 11,2 persen dari total
        penduduk")? Then ``op`` is a part of that whole only."""
        _, e = self.seg.sentence(op.start)
        for q in self._percents_between(op.end, min(e, op.end + 80)):
            if not _gap_re().match(self.text[op.end:q.start]):
                return False
            return evidence.names_other_whole(self.text, q, "", op.unit) and \
                not evidence.named_target_not_given(self.text, q)
        return False

    def _whole_of_remainder(self, part: Operand) -> Optional[Operand]:
        """The whole of a remainder ("Sisanya 1.368 KPM atau 7,5 persen", "selebihnya 25 anak"):
        the count before it that is the sum of the part before it and the remainder ("18.240 KPM
        ... sudah 16.872 KPM yang menerima ... Sisanya 1.368 KPM"), however many short paragraphs
        of news stand between. None where the words do not open a remainder or no count adds up."""
        if not _REMAINDER_LEAD.search(self.text, max(0, part.start - 30), part.start):
            return None
        before = [op for op in self.count_operands(max(0, part.start - 1500), part.start)
                  if op.end <= part.start and _units_compatible(self.text, op, part)]
        if len(before) < 2:
            return None
        taken = before[-1]
        for op in reversed(before[:-1]):
            if op.value == taken.value + part.value and _units_compatible(self.text, op, taken):
                return op
        return None

    def _percent_of_count(self, p: Mention) -> bool:
        """Is the percentage joined to a count of things right before it ("138 rumah atau 92
        persen", "1.245 KPM (95,77%)") with no amount of money between them? Then it is the
        share of that count, not of an amount of money around it."""
        part = self.adjacent_count(p)
        if part is None and (whole := self.whole_after(p)) is not None and whole[0].unit is not None and \
                whole[0].unit != "IDR":
            return True  # "jumlah ini 90,5% dari 1.200 jiwa": a count's share, its whole a count
        if part is None or part.unit is None or self._amounts_between(part.end, p.start):
            return False
        # "1.200 KPM atau 90 persen dari pagu Rp 5 miliar" is of money: an amount "dari" gives
        # in the percentage's own clause
        whole = self._amount_after_dari(p)
        return whole is None or bool(regex.search(r"[,;]", self.text[p.end:whole.start]))

    def _other_period_count(self, op: Operand, part: Operand) -> bool:
        """Is ``op`` the count of another period that this period's count is set against: "turun
        dari 480 anak pada tahun sebelumnya", "dibandingkan tahun lalu yang mencapai 13.562 jiwa",
        "naik dari 1.000 orang"? Such a count is the whole of no part of this period's; but a part
        in its own sentence may be of that period too ("Pada tahun lalu tercatat 5.000 KPM, dan
        4.000 KPM atau 80 persen ..."), unless the count is the old value of a change."""
        s, _ = self.seg.sentence(op.start)
        before = self.text[max(s, op.start - 80):op.start]
        if _FROM_OLD_VALUE.search(before):
            return True
        if self.seg.sentence(part.start)[0] == s:
            return False
        return bool(_OTHER_PERIOD_BEFORE.search(before) or _OTHER_PERIOD_AFTER.match(self.text, op.end, op.end + 40)
                    or _OTHER_PERIOD_IN_CLAUSE.search(before))

    def _opening_whole(self, op: Operand) -> Optional[Operand]:
        """The whole ``op`` is a part of when its sentence opens with it: "Dari 1.300 KPM yang
        terdaftar, sebanyak 1.245 KPM ..." (1.300 for 1.245)."""
        s, _ = self.seg.sentence(op.start)
        m = _OPENING_DARI_COUNT.match(self.text, s)
        if m is None:
            return None
        first = [o for o in self.count_operands(m.end(), op.start) if o.start == m.end()]
        if not first or first[0].start == op.start or first[0].value < op.value or \
                not _units_compatible(self.text, first[0], op):
            return None
        return first[0]

    def _whole_of_part(self, op: Operand) -> bool:
        """Is ``op`` the whole of the count before it ("45 dari 50 anak"; not "terdiri dari 2.400")?"""
        before = self.count_operands(max(0, op.start - 120), op.start)
        return bool(before) and before[-1].value <= op.value and \
            bool(_part_to_whole_re().match(self.text[before[-1].end:op.start]))

    def _listed_component(self, op: Operand, part: Operand) -> bool:
        """Is ``op`` one of the components a larger count of its sentence is broken into ("Jumlah
        PMKS 8.000 jiwa, terdiri dari 5.000 jiwa fakir miskin dan 3.000 jiwa lansia"), a count
        larger than ``part`` standing before the breakdown? Then that count, not ``op``, is the
        whole of what follows."""
        s, _ = self.seg.sentence(op.start)
        for m in _BREAKDOWN.finditer(self.text, s, op.start):
            if any(w.value > op.value and w.value > part.value for w in self.count_operands(s, m.start())):
                return True
        return False

    def _count_is_whole(self, p: Mention) -> bool:
        """Before "P persen di antaranya", is the count before the percentage its whole (only a
        comma between: "1.500 orang, 45 persen di antaranya") rather than its part ("45 orang
        atau 75% di antaranya")?"""
        part = self.adjacent_count(p)
        return part is None or not self.text[part.end:p.start].strip(" ,\t\n")

    def _part_of_next(self, op: Operand) -> bool:
        """Is ``op`` a part of the count after it ("45 dari 50 anak", "147/150"; not "4.000 orang
        terdiri dari 2.400 laki-laki")?"""
        after = [o for o in self.count_operands(op.end, min(len(self.text), op.end + 120)) if o.start >= op.end]
        return bool(after) and op.value <= after[0].value and \
            bool(_part_to_whole_re().match(self.text[op.end:after[0].start]))

    def _own_percent(self, op: Operand) -> Optional[str]:
        """The number of the percentage a count has, joined to it as adjacent_count joins them
        ("120 LKS yang terakreditasi, atau sekitar 48 persen")."""
        _, e = self.seg.sentence(op.start)
        for q in self._percents_between(op.end, min(e, op.end + 80)):
            if _gap_re().match(self.text[op.end:q.start]):
                return regex.sub(r"\s*(?:%|persen|prosen|percent)\s*$", "", q.text, flags=regex.I)
            break
        return None

    # -- claims --
    def money_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """The claims of percentages of money: what is left of a budget, a change between two
        amounts, a realisation and its budget, and the realisations of successive periods of one
        budget (in that order: each percentage is claimed by the first that explains it)."""
        roles = {id(a): self._role(a) for a in self.amounts}
        # two lists said "masing-masing" first: their percentages are each item's, whatever stands nearer
        out = self.respective_list_claims(claimed)
        out += [c for c in self.remainder_claims(roles) if c.percent.start not in claimed | {c.percent.start for c in out}]
        out += self.change_claims(claimed | {c.percent.start for c in out})
        # the old value of a change is last year's budget, not the pagu of this year's realisation
        # ("Anggaran 2024 Rp B, naik 10 persen dari 2023 (Rp A), dengan serapan Rp C atau 40 persen")
        changes = [c for c in out if c.change is not None or "old value" in " ".join(c.notes)]
        self.old_values = {c.denominator.start for c in changes}
        self.change_percents = {c.percent.start for c in changes}
        self.change_figures = {(op.start, op.end) for c in changes for op in (c.numerator, c.denominator)}
        out += self.revised_budget_claims(claimed | {c.percent.start for c in out}, roles)
        budget = self.budget_claims(claimed | {c.percent.start for c in out}, roles)
        out += budget
        out += self.period_claims(budget, claimed | {c.percent.start for c in out}, roles)
        out += self.subject_back_claims(claimed | {c.percent.start for c in out})
        out += self.named_back_part_claims(claimed | {c.percent.start for c in out})
        out += self.agency_share_claims(claimed | {c.percent.start for c in out})
        out += self.share_claims(claimed | {c.percent.start for c in out}, roles)
        out += self.money_headline_claims(claimed | {c.percent.start for c in out}, roles)
        out += self.money_part_named_again(claimed | {c.percent.start for c in out})
        return out

    def money_headline_claims(self, claimed: set[int], roles: dict[int, Optional[str]]) -> list[RatioClaim]:
        """A headline percentage of uptake with no figure of its own, its realisation and pagu in the
        next sentence of its paragraph ("Capaian serapan Dinsos 88 persen. Dari Rp 14,8 miliar, yang
        terserap Rp 12,3 miliar", "Serapan anggaran Dinsos 83 persen. Yakni Rp 12,3 miliar dari total
        Rp 14,8 miliar"): that sentence holds no percentage and exactly two amounts, one the part
        and the other its whole by a role word or by "dari". Judged whatever the arithmetic."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            if self._percents_between(s, e) != [p] or self._amounts_between(s, e) or self._clause_ops(s, e):
                continue
            uptake = _tie_words().uptake.search(clause)
            if not (evidence.speaks_of_realisation(clause) or uptake) or self._is_change_or_goal(p, s) or \
                    evidence.names_other_whole(self.text, p, clause) or evidence.goal_before(clause[-60:]) or \
                    evidence.not_financial(clause[-45:]) or evidence.goal_subject(clause) or \
                    not (_tie_words().money.search(clause) or uptake):
                continue  # "Realisasi fisik 100 persen", "Target serapan 95 persen", "Rata-rata serapan 80 persen"
            if e >= len(self.text) or self.seg.paragraph(e)[0] != self.seg.paragraph(p.start)[0]:
                continue
            ns, ne = self.seg.sentence(e)
            found = self._amounts_between(ns, ne)
            if self._percents_between(ns, ne) or len(found) != 2 or self._clause_ops(ns, ne):
                continue
            # the sentence details the headline, it names no subject of its own ("Belanja modal
            # terserap Rp A dari pagu Rp B", "Sementara itu, realisasi Dinkes Rp A ..." are others')
            detail = _DETAIL_OPENING.match(self.text, _after_dateline(self.text, ns), found[0].end)
            if detail is None or not (detail.group("word") or detail.group("dari")):
                continue
            pair = self._part_and_its_whole(found, roles, ns)
            if pair is None or pair[0].value > pair[1].value or \
                    evidence.other_year(evidence.years_of(clause), self.text[ns:ne]) or \
                    evidence.other_year(evidence.years_of(self.text[ns:ne]), clause):
                continue  # "Tahun lalu serapan 88 persen. Tahun ini dari pagu Rp B terserap Rp A"
            out.append(RatioClaim("budget", _operand(p), _operand(pair[0]), _operand(pair[1]), implicit_denominator=True,
                                  notes=["the realisation and its pagu stated in the sentence after the headline"]))
        return out

    def lead_forward_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A news story's lead that gives an agency's uptake as a percentage alone, its pagu and
        realisation paragraphs later ("Realisasi keuangan Dinas Sosial Kota Ambon hingga akhir
        semester I tahun 2024 tercatat 47,38 persen. ... // ... // Kepala Dinas Sosial ... menjelaskan
        pagu anggaran Dinsos tahun ini sebesar Rp A. Sampai 30 Juni, dana yang sudah dibelanjakan
        sebesar Rp B."): the story's first two amounts after it, in one paragraph, one a budget and
        the other a realisation, the budget's words naming the same agency, no other percentage
        between but a goal's, and no other year. Judged whatever the arithmetic."""
        roles = {id(a): self._role(a) for a in self.amounts}
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            # (a lead: no figure of money before it in the story's last paragraphs; a sentence, not
            # a headline, which restates the story's figure without a full stop)
            if self._amounts_between(max(0, s - _LEAD_FORWARD_REACH), e) or self._percents_between(s, e) != [p] \
                    or not self.text[s:e].rstrip().endswith("."):
                continue
            agency = self._agency_at(p.start)
            if not agency or not evidence.speaks_of_realisation(clause) or self._is_change_or_goal(p, s) or \
                    evidence.names_other_whole(self.text, p, clause) or evidence.not_financial(clause[-45:]) or \
                    evidence.goal_subject(clause) or \
                    _OF_NAMED.match(self.text, p.end) and not _OF_THE_BUDGET_ALONE.match(self.text, p.end):
                continue
            ahead = self._amounts_between(e, min(len(self.text), e + _LEAD_FORWARD_REACH))[:2]
            if len(ahead) != 2 or self.seg.paragraph(ahead[0].start) != self.seg.paragraph(ahead[1].start):
                continue
            budget = next((a for a in ahead if roles[id(a)] == "budget"), None)
            real = next((a for a in ahead if roles[id(a)] == "real"), None)
            if budget is None or real is None or real.value > budget.value or self._per_unit(budget):
                continue
            if self._agency_at(budget.start) not in ((), agency) or self._agency_at(real.start) not in ((), agency) or \
                    agency not in (self._agency_at(budget.start), self._agency_at(real.start)):
                continue
            # the figures of an item of the budget ("kegiatan pelatihan dengan pagu Rp A baru terserap
            # Rp B") are not the agency's whole uptake
            if any(_ITEM_OF_BUDGET.search(self.text, max(self.seg.sentence(a.start)[0], a.start - 60), a.start) for a in ahead):
                continue
            # (a goal between is no uptake of its own: "Angka ini masih di bawah target realisasi
            # pertengahan tahun yang dipatok Pemkot Ambon sebesar 50 persen")
            between = [q for q in self._percents_between(e, max(a.end for a in ahead))
                       if not _GOAL_WORD.search(self.text, self.seg.sentence(q.start)[0], q.start)]
            years = evidence.years_of(self.text[s:e])
            if between or any(evidence.other_year(years, self.text[slice(*self.seg.sentence(a.start))]) for a in ahead):
                continue
            out.append(RatioClaim("budget", _operand(p), _operand(real), _operand(budget), implicit_denominator=True,
                                  notes=["the lead's uptake, its pagu and realisation given further on in the story"]))
        return out

    def opening_year_whole_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A share whose sentence opens with the budget it is of, named by a year and no figure
        ("Dari anggaran tahun ini, Rp 11,2 miliar atau 42 persen tersedot untuk belanja pegawai"
        after "Pada APBD 2023, Dinsos mengelola anggaran Rp A, sedangkan tahun ini hanya Rp B"): the
        part the amount right before the percentage, the whole the one earlier amount whose words
        since the figure before it name that year (2023, or "tahun ini", "tahun lalu") in a
        sentence that names the budget."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            opening = _OPENING_YEAR_WHOLE.match(self.text, _after_dateline(self.text, s))
            if opening is None or opening.end() > p.start:
                continue
            years = evidence.years_of(opening.group(0))
            part = self._amount_beside(p)
            if not years or part is None or part.start < opening.end() or part.end > p.start:
                continue
            wholes = []
            reach = self._amounts_between(max(0, s - _LEAD_FORWARD_REACH), s)
            for k, a in enumerate(reach):
                ws, we = self.seg.sentence(a.start)
                lead_start = max(ws, reach[k - 1].end if k else ws)
                if evidence.years_of(self.text[lead_start:a.start]) == years and \
                        _BUDGET_NAMED.search(self.text, ws, we) and not self._per_unit(a):
                    wholes.append(a)
            if len(wholes) != 1 or wholes[0].value < part.value:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(part), _operand(wholes[0]), implicit_denominator=True,
                                  notes=["the whole the sentence opens with, named by its year"]))
        return out

    def money_part_named_by_name_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A share whose part its clause names by the name a list of sums gave it before, the
        list adding up to a total stated with it: "Total bantuan sosial ... mencapai Rp 14,62
        triliun. Angka itu merupakan gabungan dari Program Keluarga Harapan (PKH) Rp 6,91 triliun,
        ... // PKH menjadi penyumbang terbesar, yakni 47,3 persen dari total bansos tersebut"
        (6,91 / 14,62). The percentage's sentence has no other figure before it; the clause names
        one item only, by the short form in brackets after its name, by two capitalised words of
        its name, or by a word of its own. Taken where it gives the percentage, or beside shares of
        the same list that do: a name said again alone may open a statement about something else
        ("PKH menjangkau 40 persen keluarga miskin")."""
        out: list[RatioClaim] = []
        unfit: list[tuple[Operand, Operand, Operand]] = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            # (its own words since the percentage before it in its sentence: "Disusul PKH dengan
            # 34,5 persen, lalu BLT BBM 16,5 persen")
            before = [q for q in self._percents_between(s, p.start) if q is not p]
            clause = self.text[before[-1].end if before else s:p.start]
            if regex.search(r"\d", _YEAR.sub("", _DAY_MONTH.sub("", clause))):
                continue
            listed = self._named_sums_before(s)
            if listed is None:
                continue
            total, items = listed
            said = clause.rsplit(";", 1)[-1]
            if _its_portion().fullmatch(said):
                # "Program Sembako masih menjadi penyumbang terbesar. Porsinya sekitar 45 persen":
                # the part is what the sentence before names
                ps, pe = self._filled_sentence_before(s)
                said = self.text[ps:pe]
            said += " " + " ".join(_spelled_out(said))  # "lansia": "lanjut usia"
            named = [op for op, names in items if any(_names_item(said, n) for n in names)]
            if len(named) != 1:
                continue
            pct = _operand(p)
            if not evidence.explains(pct, named[0], total, self.text):
                unfit.append((pct, named[0], total))
                continue
            out.append(RatioClaim("share", pct, named[0], total, implicit_denominator=True,
                                  notes=["the part named again by its name in a list of sums that add up to the total"]))
        # a share that does not fit among shares of the same list that do ("porsi sembako 61,2
        # persen ... sandang menyerap 21,2%, sedangkan hunian sementara 18,6 persen"): its slip
        for pct, part, total in unfit:
            if any(c.denominator.start == total.start and abs(c.percent.start - pct.start) <= _SHARES_RUN
                   for c in out):
                out.append(RatioClaim("share", pct, part, total, implicit_denominator=True,
                                      notes=["the part named again by its name in a list of sums that add up to the total,"
                                             " beside shares of the same list that fit"]))
        return out

    def listed_parts_of_earlier_sum(self, claimed: set[int]) -> list[RatioClaim]:
        """The shares a breakdown gives of a sum stated before it: "... realisasi sebesar Rp W ... //
        Realisasi Belanja Bantuan Sosial tersebut terdiri atas bantuan sosial yang direncanakan
        sebesar Rp A (70,81%) dan bantuan sosial yang tidak dapat direncanakan sebelumnya sebesar
        Rp B (29,19%)". Each amount of the breakdown's sentence has its own percentage beside it,
        no amount stands before the breakdown word, and the amounts add up to one amount of the
        sentences before (within their precision): that is the whole of every share. Judged
        whatever the arithmetic: the sum ties them."""
        out: list[RatioClaim] = []
        done: set[int] = set()
        for p, s, e in self._open_percents(claimed, done):
            breakdown = _BREAKDOWN.search(self.text, s, e)
            if breakdown is None or breakdown.start() > p.start:
                continue
            amounts = self._amounts_between(s, e)
            pcts = self._percents_between(s, e)
            if len(amounts) < 2 or len(pcts) != len(amounts) or amounts[0].start < breakdown.end() or \
                    any(q.start in claimed for q in pcts):
                continue
            pairs = [(a, self._amount_beside(q)) for a, q in zip(amounts, pcts)]
            if any(b is not a for a, b in pairs):
                continue
            ops = [_operand(a) for a in amounts]
            before = self._amounts_between(max(0, s - _LIST_TOTAL_REACH), s)
            wholes = [w for w in before if w.value >= max(a.value for a in amounts) and _sum_fits(_operand(w), ops)]
            if not wholes:
                continue
            whole = _operand(wholes[-1])
            for a, q in zip(amounts, pcts):
                done.add(q.start)
                out.append(RatioClaim("share", _operand(q), _operand(a), whole, implicit_denominator=True,
                                      notes=["a part of a breakdown whose amounts add up to the sum stated before it"]))
        return out

    def item_named_budget_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """An item's realisation whose budget an earlier sentence gives under the same name ("...
        terdiri dari Belanja Tidak Langsung sebesar Rp A dan Belanja Langsung sebesar Rp B.
        Realisasi Belanja Tidak Langsung mencapai Rp C (97,33%), sedangkan Belanja Langsung
        terealisasi Rp D atau 95,19%"): the amount right before the percentage is the item's
        realisation, its clause's words name the item (two capitalised words at the least), and
        the one earlier sum of its paragraph whose own words since the separator before it are that
        name and no realisation's word is its budget. Judged whatever the arithmetic: both figures
        are tied by the name."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            real = self._amount_beside(p)
            if real is None or real.start > p.start:
                continue
            lead = _CLAUSE_START.split(self.text[s:real.start])[-1]
            if not evidence.REALISED_WORD.search(lead):
                continue
            name = [w for w in _WORD_RE.findall(evidence.REALISED_WORD.sub(" ", lead)) if w[:1].isupper()]
            if len(name) < 2:
                continue
            ps, _ = self.seg.paragraph(p.start)
            key = " ".join(w.lower() for w in name)
            budgets = []
            for a in self._amounts_between(ps, real.start):
                own = _SUM_NAME_TAIL.sub("", _LIST_SEPARATORS_OUTSIDE_BRACKETS.split(
                    self.text[max(ps, a.start - 120):a.start])[-1])
                words = [w for w in _WORD_RE.findall(own) if w[:1].isupper()]
                if " ".join(w.lower() for w in words) == key and not evidence.REALISED_WORD.search(own):
                    budgets.append(a)
            if len(budgets) != 1 or not budgets[0].value:
                continue
            out.append(RatioClaim("budget", _operand(p), _operand(real), _operand(budgets[0]), implicit_denominator=True,
                                  notes=["the item's budget given under its name earlier in the paragraph"]))
        return out

    def _named_sums_before(self, s: int) -> Optional[tuple[Operand, list[tuple[Operand, list[str]]]]]:
        """The last list of named sums before offset ``s`` (within a few paragraphs) that adds up
        to a sum stated right before it or after it in its sentence or the one before: (the total,
        [(item, its names)])."""
        amounts = self._amounts_between(max(0, s - _LEAD_FORWARD_REACH), s)
        for k in range(len(amounts) - 1, 0, -1):
            ls, le = self.seg.sentence(amounts[k].start)
            group = [a for a in amounts if ls <= a.start < le]
            told = self._ordinal_sentences_before(ls, amounts)
            if told is not None:
                ls, group = told[0], told[1] + group
            # the total: the sentence's first or last sum, or a sum a few sentences before it (the
            # last before the list that the items add up to)
            # (a list's first item may have a sentence of its own: "Program A mendapat alokasi
            # terbesar, Rp A, ... . Program B mendapat Rp B, Program C Rp C, ...")
            ps, pe = self._filled_sentence_before(ls) if ls > 0 else (ls, ls)
            first = [a for a in amounts if ps <= a.start < pe]
            if len(first) == 1 and pe and self.seg.paragraph(ps) == self.seg.paragraph(ls) and \
                    not self._percents_between(ps, le):
                group, ls = first + group, ps
            earlier = [a for a in amounts if max(0, ls - _LIST_TOTAL_REACH) <= a.start < ls]
            if len(group) < 3 and not (len(group) >= 2 and earlier):
                continue
            for total, parts in ((group[0], group[1:]), (group[-1], group[:-1])) + \
                    tuple((a, group) for a in reversed(earlier)):
                ops = [_operand(a) for a in parts]
                if len(ops) < 2 or not _sum_fits(_operand(total), ops):
                    continue
                start = total.end if total.start < parts[0].start else ls
                names = self._sum_names(start, parts)
                # (one item may go without a name: "... serta ATENSI dan bantuan lainnya sebesar Rp D")
                if sum(1 for n in names if not n) <= 1 and len(parts) - sum(1 for n in names if not n) >= 2:
                    return _operand(total), list(zip(ops, names))
            return None
        return None


    def _ordinal_sentences_before(self, ls: int, amounts: list[Mention]) -> Optional[tuple[int, list[Mention]]]:
        """A list told a sentence an item, each opening with its ordinal ("Pertama, bantuan bagi anak
        yatim sebesar Rp A. Kedua, ... Rp B. Ketiga, ... Rp C."): for the sentence at ``ls`` opening
        with a later ordinal, where the sentences before it down to the one opening with the first
        each open with an ordinal and hold amounts, (the first one's start, their amounts); else None."""
        opening = _ordinal_opening().match(self.text, ls)
        if opening is None or opening.group(1).lower() == _ORDINALS_FIRST:
            return None
        start, before = ls, []
        for _ in range(12):
            ps, pe = self._filled_sentence_before(start)
            opening = _ordinal_opening().match(self.text, ps) if pe else None
            mine = [a for a in amounts if ps <= a.start < pe]
            if opening is None or not mine:
                return None
            start, before = ps, mine + before
            if opening.group(1).lower() == _ORDINALS_FIRST:
                return start, before
        return None

    def _sum_names(self, start: int, parts: list[Mention]) -> list[list[str]]:
        """The names each sum of a list is given before it ("Program Keluarga Harapan (PKH) Rp A",
        "bantuan sosial dari APBD Provinsi Jatim sebesar Rp B"): the short form in brackets, the
        capitalised words since the separator before it, and a word of its own that no other item's
        words hold ("paket sembako ... Rp A, bantuan sandang ... Rp B": "sembako", "sandang")."""
        out = []
        words = []
        prev = start
        for a in parts:
            whole = _SUM_NAME_TAIL.sub("", self.text[prev:a.start])
            lead = _LIST_SEPARATORS_OUTSIDE_BRACKETS.split(whole)[-1]
            names = [m.group(1) for m in _SHORT_FORM.finditer(lead)]
            caps = [w for w in _WORD_RE.findall(_SHORT_FORM.sub(" ", lead)) if w[:1].isupper() and len(w) > 1]
            if len(caps) >= 2:
                names.append(" ".join(caps))
            out.append(names)
            # (an item's words run up to its sum, past "dan" and commas inside it)
            words.append({w.lower() for w in _WORD_RE.findall(_SENTENCE_SEPARATOR.split(whole)[-1])
                          if len(w) >= 5 and w.lower() not in _GENERIC_ITEM_WORDS})
            prev = a.end
        for k, mine in enumerate(words):
            others = set().union(*(w for j, w in enumerate(words) if j != k))
            if not out[k]:
                out[k] = sorted(mine - others)
        return out

    def _part_and_its_whole(self, two: list[Mention], roles: dict[int, Optional[str]],
                            sentence_start: int) -> Optional[tuple[Mention, Mention]]:
        """Which of two amounts of a sentence is the realisation and which its pagu: by their role
        words ("terserap Rp A", "pagu Rp B"), by "Rp A dari (total) Rp B", or by an opening "Dari Rp
        B, ... Rp A"."""
        a, b = two
        # a realisation word may follow its amount instead ("baru Rp A yang terpakai")
        ra, rb = (roles[id(m)] or ("real" if evidence.named_real_after(self.text, m) else None) for m in two)
        if ra == "real" and rb in ("budget", None) and (rb == "budget" or _DARI_BEFORE.search(self.text[a.end:b.start])):
            return a, b
        if rb == "real" and ra in ("budget", None) and (ra == "budget" or _OPENING_DARI.match(
                self.text, _after_dateline(self.text, sentence_start)) is not None):
            return b, a
        if ra is None and rb is None and _DARI_BEFORE.search(self.text[a.end:b.start]):
            return a, b
        return None

    def named_by_words_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A share whose part and whole its clause names only by words of two amounts stated
        before it, no figure beside it: "Pagu indikatif ... ditetapkan Rp A, sedangkan nilai
        seluruh usulan mencapai Rp B sehingga pagu hanya menampung 40 persen dari nilai usulan"
        (A / B), "... dengan total Rp W. ... Kota Kendari Rp A ... // Bantuan terbanyak diterima
        Kota Kendari, yakni 10,59 persen dari total alokasi" (A / W). The whole is the one amount
        whose sentence, up to it, says every word named after "dari"; the part the one other
        amount whose own words (back to the figure or clause break before it) share a word with
        the clause before the percentage. Judged whatever the arithmetic: the words tie them."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            named = _NAMED_WHOLE_AFTER.match(self.text, p.end)
            s, _ = self.seg.sentence(p.start)
            clause = evidence.own_clause(self.text, s, p.start)
            # "..., sedangkan nilai seluruh usulan mencapai Rp B sehingga pagu hanya menampung": the
            # conclusion's own words, after its joining word
            conclusion = _last_match(_CONCLUSION_JOIN.finditer(clause))
            if conclusion is not None:
                clause = clause[conclusion.end():]
            if named is None or regex.search(r"\d", clause) or self._percents_between(s, p.start):
                continue
            if evidence.goal_before(clause[-60:]):
                continue  # "BLT-DD dianggarkan paling banyak 25 persen dari Dana Desa": a rule's cap, no share
            whole_words = _content_stems(named.group("name"))
            part_words = _content_stems(clause)
            lo = self._named_scope_start(p)
            amounts = [a for a in self._amounts_between(lo, p.start) if not self._per_unit(a)]
            if not whole_words or not part_words or len(amounts) < 2:
                continue
            wholes = [a for a in amounts if _all_said(whole_words, self.text[self.seg.sentence(a.start)[0]:a.start])]
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            # "Tahun lalu pagu menampung 35 persen dari usulan": another year's share, not of these
            mine = evidence.years_of(self.text[s:p.end + len(named.group(0))])
            if evidence.other_year(mine, self.text[lo:s]) or (mine and s <= lo):
                continue
            parts = [a for a in amounts if a is not whole and a.value <= whole.value and _any_said(
                part_words - whole_words, evidence.lead(self.text, _operand(a), self.seg.sentence(a.start)[0]))]
            if len(parts) != 1:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(parts[0]), _operand(whole),
                                  notes=["the part and the whole named by words of the amounts before"]))
        return out

    def _named_scope_start(self, p: Mention) -> int:
        """Where the amounts a percentage may name by words begin: its paragraph, or the one before
        where its own is a sentence or two (news gives a sentence a paragraph)."""
        ps, pe = self.seg.paragraph(p.start)
        if pe - ps < 300:
            pps, ppe = self.seg.previous_paragraph(ps)
            if ppe > 0:
                return pps
        return ps

    def subject_back_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A sentence whose subject points back to the amount of the sentence before and states its
        share of a whole after "dari" ("Bantuan Rp 1,26 miliar untuk 350 lansia, masing-masing Rp
        300 ribu per bulan. Anggaran itu 10 persen dari total pagu Dinas Sosial Rp 12,6 miliar"):
        the part is the one amount of that sentence that is no rate per person or per month."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            s, _ = self.seg.sentence(p.start)
            if not _SUBJECT_BACK.fullmatch(self.text, _after_dateline(self.text, s), p.start):
                continue
            whole = self._amount_after_dari(p)
            ps, pe = self._filled_sentence_before(s)
            if whole is None or pe == 0 or self._percents_between(ps, pe):
                continue
            head = self._list_head_before(ps, pe)
            # the sentence before closes a list: the subject points back to what the list details,
            # the amount of the line that introduces it ("... senilai Rp A, yang terdiri dari:" /
            # "1. ...: Rp A1;" / ... / "Jumlah itu setara P persen dari pagu ...")
            totals = [a for a in (self._amounts_between(*head) if head else self._amounts_between(ps, pe))
                      if not self._per_unit(a)]
            if len(totals) != 1 or totals[0].value > whole.value:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(totals[0]), _operand(whole),
                                  notes=["the part is the amount of the sentence before, which the subject points back to"]))
        return out

    def named_back_part_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A sentence whose subject names back an amount given paragraphs before and states its
        share of a whole given after it ("... dari total anggaran BST sebesar Rp7,2 miliar. ... //
        Anggaran BST tersebut merupakan bagian dari total anggaran JPS sebesar Rp 35 miliar, atau
        sekitar 20,57 persen"): the part is the one earlier amount whose own words hold every noun
        of the subject (here "anggaran" and "BST"); none where two or none do."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            s, _ = self.seg.sentence(p.start)
            opening = _NAMED_SUBJECT_BACK.match(self.text, _after_dateline(self.text, s), p.start)
            if opening is None:
                continue
            whole = next(iter(self._amounts_between(opening.end(), p.start)), None)
            if whole is None or not _WHOLE_THEN_PERCENT.fullmatch(self.text, whole.end, p.start) or \
                    len(self._amounts_between(opening.end(), p.start)) != 1:
                continue
            nouns = {w.lower() for w in _WORD.findall(opening.group("name"))} - _GENERIC_BACK_NOUNS
            if not nouns:
                continue
            hits, lead_start = [], max(0, s - _NAMED_PART_REACH)
            for m in self._amounts_between(lead_start, s):
                lead = {w.lower() for w in _WORD.findall(self.text[max(lead_start, m.start - 60):m.start])}
                if nouns <= lead and not self._per_unit(m):
                    hits.append(m)
                lead_start = m.end
            if len(hits) != 1 or hits[0].value > whole.value:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(hits[0]), _operand(whole), implicit_denominator=False,
                                  notes=[f"the part is the amount the subject names back ({opening.group('name')!r})"]))
        return out

    def agency_share_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """An agency's budget as a share of the region's whole budget, the budget given before by
        the agency's name ("... total pagu Dinsos setelah APBD Perubahan 2023 sebesar Rp A. ... //
        Ia menyebut, porsi anggaran Dinsos hanya 0,74 persen dari total APBD Kota Padang 2023 yang
        mencapai Rp W", "Dinsos Kukar hanya mendapat Rp A ... // Padahal APBD Kukar 2024 ditetapkan
        Rp W. Dengan demikian porsi anggaran Dinsos hanya 0,45 persen dari total APBD"): the whole
        given after "dari ... APBD" in the sentence, or the one amount the sentence before names
        APBD; the part the last amount before whose own words name the budget and the agency the
        subject names, of no other year, no realisation and no earlier year's value of a change."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            subject = _AGENCY_BUDGET_SUBJECT.search(clause)
            named = _OF_THE_REGION_BUDGET.match(self.text, p.end, min(e, p.end + 80))
            if subject is None or named is None or self._amounts_between(s, p.start):
                continue
            whole = next(iter(self._amounts_between(named.end(), min(e, named.end() + 60))), None)
            if whole is not None and regex.search(r"\d", _YEAR.sub("", self.text[named.end():whole.start])):
                whole = None
            if whole is None:
                ps, pe = self._filled_sentence_before(s)
                before = [a for a in self._amounts_between(ps, pe) if _REGION_BUDGET_WORD.search(self.text[max(ps, a.start - 60):a.start])]
                whole = before[0] if pe and len(before) == 1 and len(self._amounts_between(ps, pe)) == 1 else None
            if whole is None:
                continue
            agency = subject.group("agency").lower()
            years = evidence.years_of(self.text[s:e])
            parts = []
            for a in self._amounts_between(max(0, s - _AGENCY_PART_REACH), s):
                if a is whole or a.start in self.old_values or self._per_unit(a):
                    continue
                a_s, a_e = self.seg.sentence(a.start)
                lead = self.text[max(a_s, a.start - 60):a.start]
                if agency not in lead.lower() or not _AGENCY_BUDGET_LEAD.search(lead) or evidence.REALISED_WORD.search(lead) \
                        or _PERCENT_BEFORE.search(lead) or evidence.other_year(years, self.text[a_s:a_e]):
                    continue
                parts.append(a)
            if not parts or parts[-1].value >= whole.value:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(parts[-1]), _operand(whole), implicit_denominator=False,
                                  notes=[f"the budget of {subject.group('agency')!r} named before, over the whole named after the percentage"]))
        return out

    def region_share_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A budget's share of the region's spending, both in the percentage's sentence: "didukung
        anggaran sebesar Rp A yang merupakan 0,63 % dari belanja APBD Kabupaten X sebesar Rp W",
        "dialokasikan Rp A dengan realisasi Rp B (95,51%), atau 0,74% dari belanja daerah Kota X
        yang sebesar Rp W". The whole is the amount the words after the percentage name the
        region's (:data:`_OF_THE_REGION_SPENDING`); the part the nearest amount before the
        percentage that its words make a budget, not a realisation."""
        out = []
        for p, s, e, _ in self._unclaimed_with_clause(claimed):
            named = _OF_THE_REGION_SPENDING.match(self.text, p.end, min(e, p.end + 110))
            if named is None:
                continue
            whole = next(iter(self._amounts_between(named.end(), e)), None)
            if whole is None or whole.start > named.end() + 4:
                continue
            budgets = [a for a in self._amounts_between(s, p.start) if self._role(a) == "budget"]
            if not self._amounts_between(s, p.start) and _BUDGET_SUBJECT.match(self.text, s, p.start):
                # "Anggaran urusan sosial sebesar Rp A dengan realisasi Rp B. Anggaran program urusan
                # sosial ini baru P% dari belanja langsung ...": the one budget of the sentence before
                ps, pe = self._filled_sentence_before(s)
                # (its one amount, that no word makes a realisation or a remainder: "Tahun ini angkanya
                # menjadi Rp A." / "Porsi itu setara P persen dari total belanja daerah ...")
                before = self._amounts_between(ps, pe)
                budgets = [a for a in before if self._role(a) == "budget"]
                if not budgets and len(before) == 1 and self._role(before[0]) is None:
                    budgets = before
                budgets = budgets if pe and len(budgets) == 1 else []
            if not budgets or budgets[-1].value >= whole.value:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(budgets[-1]), _operand(whole),
                                  notes=["the budget before the percentage, over the region's spending named after it"]))
        return out

    def program_budget_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A program's realisation whose budget the report states with the program's name
        elsewhere, no budget in its own sentence: "Program A (Rp 936.750.000), Program B (Rp
        248.000.000) ... // Untuk Program B, ... dengan realisasi Rp 240.560.000 (97,00 persen
        dari pagu)", "Rp 958.400.000 disediakan bagi Program C, meliputi ... . Terealisasi Rp
        911.246.300, daya serap 95,08%". The program is the last one named in the percentage's
        paragraph before it; its budget the amount the text gives right with that name (in
        brackets after it, after a budget word after it, or before "disediakan bagi" it), one
        value however often given, and not below the realisation."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            mine = self._amounts_between(s, p.start)
            if len(mine) != 1 or self._role(mine[0]) != "real":
                continue
            if self._percents_between(s, p.start) or self._amounts_between(p.end, e):
                continue
            ps, _ = self.seg.paragraph(p.start)
            names = list(_PROGRAM_NAME.finditer(self.text, ps, p.start))
            if not names:
                continue
            key = _program_key(names[-1].group(0))
            pagus = {a.value: a for a in self._budgets_named_with(key, p.start)}
            if len(pagus) != 1:
                continue
            pagu = next(iter(pagus.values()))
            if pagu.value < mine[0].value:
                continue
            out.append(RatioClaim("budget", _operand(p), _operand(mine[0]), _operand(pagu), implicit_denominator=True,
                                  notes=[f"the budget stated with the program's name, {names[-1].group(0)!r}"]))
        return out

    def program_whole_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A part's share of its program's budget, the whole named by the words and given where the
        program is: "- Pengadaan sarana ... (Rp 548.400.000,-), yang merupakan 55,65% dari anggaran
        program" under "a. Program A" / "Anggaran Rp 985.400.000,-, realisasi ...". The part is the
        amount right before the percentage; the whole the program's budget: stated with the
        program's name where the sentence names one, else the first budget after the last
        program named before, in the paragraphs since."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            named = _OF_THE_PROGRAM_BUDGET.match(self.text, p.end)
            if not named:
                continue
            # ("... atau 57,03% dari total realisasi program": of the program's realisation)
            role = "real" if named.group("kind").lower() == "realisasi" else "budget"
            before = self._amounts_between(s, p.start)
            part = before[-1] if before and _PART_TO_SHARE_GAP.fullmatch(self.text, before[-1].end, p.start) else None
            if part is None:
                continue
            names = list(_PROGRAM_NAME.finditer(self.text, max(0, p.start - 3000), part.start))
            if not names:
                continue
            own = [m for m in names if m.start() >= s]
            if own and role == "budget":
                found = {a.value: a for a in self._budgets_named_with(_program_key(own[-1].group(0)), p.start)}
                whole = next(iter(found.values())) if len(found) == 1 else None
            elif own:
                whole = None  # (a realisation named with the program in the part's own sentence: not read)
            else:
                budgets = [a for a in self._amounts_between(names[-1].end(), part.start) if self._role(a) == role]
                whole = budgets[0] if budgets else None
            if whole is None or whole.value <= part.value:
                continue
            out.append(RatioClaim("share", _operand(p), _operand(part), _operand(whole), implicit_denominator=True,
                                  notes=[f"the {'realisation' if role == 'real' else 'budget'} of the program the part is of"]))
        return out

    def table_total_claims(self, claimed: set[int], tables: list[Table]) -> list[RatioClaim]:
        """A share of a total the words name and a table before gives in its total row, no figure
        of it in the sentence: "Program Rehabilitasi Sosial menyerap Rp455.612.300, atau 12,49%
        dari total realisasi belanja dinas" after a table whose "Jumlah" row gives the realisation,
        "Program A masih menyerap 55,37 persen dari total pagu urusan sosial" (the part then the
        program's row of that table, in the column of the total). The table is the last one before
        the percentage, within TABLE_REACH characters; the column the one the words name (pagu,
        anggaran: the budget's; realisasi: the realisation's), one of each."""
        out = []
        for p, s, e, clause in self._unclaimed_with_clause(claimed):
            named = _OF_A_NAMED_TOTAL.match(self.text, p.end, e)
            if named is None or self._amounts_between(p.end, e):
                continue
            if _OF_ONE_PART.match(self.text, named.end(), e):
                continue  # "... 57,03% dari total realisasi program": the program's, no table's total
            before = [t for t in tables if t.end <= p.start and p.start - t.end <= TABLE_REACH and t.total_rows]
            if not before:
                continue
            t = before[-1]
            role = "realisation" if named.group("kind").lower().startswith("realisasi") else "budget"
            col = self._total_column(t, role)
            if col is None:
                continue
            whole = _cell_operand(self.text, t, t.rows[t.total_rows[-1]], col)
            mine = self._amounts_between(s, p.start)
            part = None
            if mine and _PART_TO_SHARE_GAP.fullmatch(self.text, mine[-1].end, p.start):
                part = _operand(mine[-1])
            elif not mine:
                names = list(_PROGRAM_NAME.finditer(self.text, s, p.start))
                row = self._row_named(t, _program_key(names[-1].group(0))) if names else None
                part = _cell_operand(self.text, t, row, col) if row is not None else None
            if whole is None or part is None or not 0 < part.value <= whole.value:
                continue
            out.append(RatioClaim("share", _operand(p), part, whole, implicit_denominator=True,
                                  notes=[f"the total row of the table before, column {t.header[col]!r}"]))
        return out

    @staticmethod
    def _total_column(t: Table, role: str) -> Optional[int]:
        """The one column of a table whose header names the role, and no percentage or remainder."""
        from .tables import header_has

        cols = [i for i, h in enumerate(t.header) if header_has(h, role) and not header_has(h, "percent")
                and not header_has(h, "remaining") and (role != "budget" or not header_has(h, "realisation"))]
        return cols[0] if len(cols) == 1 else None

    @staticmethod
    def _row_named(t: Table, key: str) -> Optional[list]:
        """The table's row whose cell names the program of that key, if one."""
        rows = [r for r in t.rows if any(_program_key(c.text) == key for c in r)]
        return rows[0] if len(rows) == 1 else None

    def _budgets_named_with(self, key: str, end: int) -> list[Mention]:
        """The amounts before ``end`` stated right with a program's name (its key): "Program A (Rp
        X)", "Program A, pagu Rp X", "Rp X disediakan bagi Program A"."""
        out = []
        for m in _PROGRAM_NAME.finditer(self.text, 0, end):
            if _program_key(m.group(0)) != key:
                continue
            after = _BUDGET_AFTER_NAME.match(self.text, m.end())
            if after is not None:
                found = self._amounts_between(after.end(), after.end() + 40)
                out += [a for a in found[:1] if a.start == after.end()]
            before = [a for a in self._amounts_between(max(0, m.start() - 60), m.start())
                      if _BUDGET_BEFORE_NAME.fullmatch(self.text, a.end, m.start())]
            out += before[-1:]
        return [a for a in out if a.end <= end and self._role(a) != "real"]

    def _list_head_before(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """Where the sentence from ``start`` to ``end`` ends a list one item a line ("3. Program
        Penanganan Bencana: Rp 2.300.000.000."), the span of the sentence that introduces the list,
        ending with a colon on the line before its first item; (0, 0) when no such line does; None
        when it ends no list (no item opens a line in it). (Items and the introducing sentence may
        each wrap over lines.)"""
        # (a sentence may start after its item's marker: "3. " before "Program ...")
        line_start = self.text.rfind("\n", 0, start + 1)
        if line_start >= 0 and _MARKER_ONLY.fullmatch(self.text, line_start + 1, start):
            start = line_start
        if not _ITEM_LINE.search(self.text, max(0, start - 1), end):
            return None
        line = self.text.rfind("\n", 0, end)
        seen_item = False
        for _ in range(MAX_LIST_LINES):
            if line < 0:
                return (0, 0) if seen_item else None
            if _ITEM_LINE.match(self.text, line):
                seen_item = True
            prev = self.text.rfind("\n", 0, line)
            above = self.text[prev + 1:line]
            if not above.strip():
                return (0, 0) if seen_item else None  # a blank line: no introducing line
            if above.rstrip().endswith(":"):
                if not _ITEM_LINE.match(self.text, line):
                    return None  # the line after the colon opens no item
                return self.seg.sentence(line - 1)[0], line
            line = prev
        return (0, 0) if seen_item else None

    def _per_unit(self, a: Mention) -> bool:
        """Is the amount a rate ("masing-masing Rp A", "Rp A per bulan", "Rp A/KPM", "setiap KPM Rp A")?"""
        return bool(_PER_UNIT_AFTER.match(self.text, a.end, a.end + 20) or
                    _PER_UNIT_BEFORE.search(self.text, max(0, a.start - 30), a.start))

    def revised_budget_claims(self, claimed: set[int], roles: dict[int, Optional[str]]) -> list[RatioClaim]:
        """A realisation "atau P persen dari pagu perubahan" whose revised pagu is not written after
        it but stated a few sentences before, as what the budget was changed to ("Dalam APBD
        Perubahan 2023, anggaran Dinsos bertambah dari Rp A menjadi Rp B. ... Hingga November,
        realisasinya Rp C atau 89,08 persen dari pagu perubahan"): C over B."""
        out = []
        for p in self.percents:
            if p.start in claimed or not _OF_REVISED_BUDGET.match(self.text, p.end, p.end + 60):
                continue
            real = self._amount_beside(p)
            if real is None or real.start > p.start or roles[id(real)] != "real":
                continue
            revised = self._revised_budget_before(p)
            if revised is None or revised.value < real.value:
                continue
            out.append(RatioClaim("budget", _operand(p), _operand(real), _operand(revised), implicit_denominator=True,
                                  notes=["the revised budget, stated before as what the budget was changed to"]))
        return out

    def _revised_budget_before(self, p: Mention) -> Optional[Mention]:
        """The last amount of the few sentences before the percentage's (its own included) that a
        revision names: "menjadi Rp B" in a sentence of a revision ("APBD Perubahan", "setelah
        refocusing"), or "pagu perubahan Rp B", "APBD-P sebesar Rp B"."""
        s, _ = self.seg.sentence(p.start)
        start, found = s, None
        for _ in range(MAX_REVISION_SENTENCES):
            ps, pe = self._filled_sentence_before(start)
            if pe == 0:
                break
            revision = bool(_REVISION.search(self.text, ps, pe) or _REVISED_WORD.search(self.text, ps, pe))
            for a in self._amounts_between(ps, pe):
                lead = self.text[max(ps, a.start - 40):a.start]
                if (revision and _MENJADI_BEFORE.search(lead)) or _REVISED_LEAD.search(lead):
                    found = a
            if found is not None:
                return found
            start = ps
        return None

    def _agency_at(self, offset: int) -> tuple[str, ...]:
        """The agency the words before ``offset`` in its sentence name last, if any; one pointed
        back to ("dinas tersebut", "dinas itu") is the one the sentences before name last."""
        s, _ = self.seg.sentence(offset)
        found = None
        for found in evidence.vocabulary().agency.finditer(self.text, s, offset):
            pass
        if found is not None and _POINTED_BACK_AFTER.match(self.text, found.end()):
            for earlier in evidence.vocabulary().agency.finditer(self.text, max(0, s - _AGENCY_BACK_REACH), s):
                if not _POINTED_BACK_AFTER.match(self.text, earlier.end()):
                    found = earlier
        return evidence.agency_key(found.group()) if found else ()

    def _other_agency_between(self, p: Mention, offset: int) -> bool:
        """Do the words between a percentage and a figure after it in its sentence name an agency
        that is not the one the percentage's words name?"""
        mine = self._agency_at(p.start)
        if not mine:
            return False
        return any(not evidence.same_agency(mine, evidence.agency_key(m.group()))
                   for m in evidence.vocabulary().agency.finditer(self.text, p.end, offset))

    def _dated_apart(self, percent_at: int, operand_at: int) -> bool:
        """Is the percentage at ``percent_at`` dated to another year than the undated amount of an
        earlier sentence at ``operand_at`` (evidence.dated_apart)? The amount's year is the one the
        sentence before it in its paragraph names."""
        os_, oe = self.seg.sentence(operand_at)
        bs, be = self.seg.previous_sentence(os_)
        before = self.text[bs:be] if be and self.seg.paragraph(bs)[0] == self.seg.paragraph(os_)[0] else ""
        return evidence.dated_apart(self.text[slice(*self.seg.sentence(percent_at))], self.text[os_:oe], before,
                                    self._text_year)

    @cached_property
    def _text_year(self) -> Optional[str]:
        """The year the story is dated by its datelines, if they name one."""
        return evidence.dateline_year(self.text)

    def _of_other_agency(self, a: int, b: int) -> bool:
        """Do the sentences of two offsets each name an agency before them, and not one?"""
        mine, theirs = self._agency_at(a), self._agency_at(b)
        return bool(mine and theirs and not evidence.same_agency(mine, theirs))

    def _whole_stated_after(self, p: Mention) -> Optional[Mention]:
        """The amount a percentage says it is of, right after it: "93,71% dari rencana Rp C",
        "P persen terhadap target penarikan dana Rp C" (a few words between, no other number)."""
        k = bisect.bisect_left(self.amount_starts, p.end)
        if k >= len(self.amounts):
            return None
        a = self.amounts[k]
        return a if _WHOLE_GIVEN_AFTER.fullmatch(self.text, p.end, a.start) else None

    def budget_claims(self, claimed: Optional[set[int]] = None,
                      roles: Optional[dict[int, Optional[str]]] = None) -> list[RatioClaim]:
        """Each realisation amount with its budget and the percentage nearest to it."""
        if roles is None:
            roles = {id(a): self._role(a) for a in self.amounts}
        claimed = claimed or set()
        best: dict[tuple[int, int], tuple[int, RatioClaim]] = {}
        for p in self.percents:
            if p.start in claimed:
                continue
            if evidence.not_financial(self.text[max(0, p.start - 45):p.start]) and not (
                    _REALISATION_WORD_BEFORE.search(self.text, max(0, p.start - 45), p.start)
                    and self._amount_beside(p, after=True) is not None):
                # "capaian kinerja 95,5%", "realisasi fisik 100%": not a share of money; but
                # "Capaian realisasinya 93,99 persen, yakni Rp A": the realisation, its amount beside
                continue
            if _change_re().search(self.text[max(0, p.start - 30):p.start]):
                continue  # "realisasi Rp B dari pagu Rp A atau turun 5 persen dibanding tahun lalu": a change
            if self._percent_of_count(p):
                continue  # "terealisasi 138 rumah atau 92 persen dari target, dengan realisasi anggaran Rp B (92%)"
            ws = self._sentence_before(p.start)
            ws = self._record_start(p.start, ws)
            _, we = self.seg.sentence(p.start)
            lo = bisect.bisect_left(self.amount_starts, max(ws, p.start - 450))
            hi = bisect.bisect_left(self.amount_starts, min(we, p.end + 150))
            near = [a for a in self.amounts[lo:hi] if a.end <= min(we, p.end + 150)]
            if near and evidence.goal_before(self.text[max(ws, p.start - 60):p.start]):
                continue  # "Target serapan anggaran sebesar 95 persen", "Rata-rata serapan nasional 55 persen"
            # an amount of another sentence that speaks of another year than the percentage's
            # ("... 2023 sebesar Rp A dari pagu Rp B. Pada tahun 2022, serapan mencapai 85 persen")
            ps, pe = self.seg.sentence(p.start)
            years = evidence.years_of(self.text[ps:pe])
            near = [a for a in near if ps <= a.start < pe or
                    not evidence.other_year(years, self.text[slice(*self.seg.sentence(a.start))])
                    and not self._dated_apart(p.start, a.start)
                    and not evidence.of_other_item(self.text, self.text[ps:p.start],
                                                   evidence.own_clause(self.text, self.seg.sentence(a.start)[0], a.start))]
            # an amount of another sentence that names another agency than the percentage's
            # ("Pagu Dinsos Rp B dan realisasi Rp A. Serapan Dinkes 85 persen dari pagu")
            near = [a for a in near if ps <= a.start < pe or not self._of_other_agency(p.start, a.start)]
            # a paragraph before that speaks only of last or next year ("Pagu Dinsos tahun lalu Rp 11 M.")
            # is not of a percentage whose sentence names no year (this year's)
            if not years:
                own_ps = self.seg.paragraph(p.start)[0]
                near = [a for a in near if a.start >= own_ps or not evidence.only_another_relative_year(
                    self.text[slice(*self.seg.sentence(a.start))])]
            # an amount after the percentage, past the name of another agency than the percentage's
            # ("Serapan Dinas Sosial 85 persen, lebih tinggi dari serapan Dinas Kesehatan yang hanya
            # Rp A dari pagu Rp B"): that agency's
            near = [a for a in near if not (p.end <= a.start < pe and self._other_agency_between(p, a.start))]
            # an amount in a list item after the percentage is the item's ("... terealisasi Rp B atau
            # 94,96%, melalui kegiatan:" / "a) ...: pagu Rp C, realisasi Rp D;"), not of the percentage
            near = [a for a in near if a.start < p.end or not _LIST_ITEM_LINE.search(self.text, p.end, a.start)]
            reals = [a for a in near if roles[id(a)] == "real"]
            if not reals:
                continue
            # "Realisasi 2023: Rp A dari pagu Rp C (95%); realisasi 2022: Rp B (92%)": a realisation
            # its words give a year the percentage's clause does not name is another year's
            mine = self._clause_years(p.start)
            reals = [a for a in reals if not mine or self._lead_year(a) in (None, *mine)]
            if not reals:
                continue
            real = min(reals, key=lambda a: _distance(a, p))
            if p.end <= real.start and _PERCENT_AHEAD.match(self.text[real.end:real.end + 30]):
                # a realisation after the percentage with its own percentage right after it is that
                # one's part ("Dana Rp W itu 100 persen bersumber dari APBD, dan sudah terserap Rp A
                # atau 90 persen")
                continue
            if self._other_subject_realised_before(p, real, reals):
                continue
            if real.end <= p.start:
                lo = bisect.bisect_right(self.percent_starts, real.end)
                between = [q for q in self.percents[lo:lo + 3] if q.start < p.start]
                second = self._second_whole(p, real, between) if between else None
                if second is not None:
                    # "Realisasi Rp A atau 98,5% dari anggaran perubahan Rp B, atau 105,51% dari
                    # anggaran murni Rp C": the same realisation over the other budget named
                    best[(real.start, second.start)] = (_distance(real, p), RatioClaim(
                        "budget", _operand(p), _operand(real), _operand(second),
                        notes=["the realisation of the percentage before, over the other budget named"]))
                    continue
            # a line that states a total over items listed on the lines before it is no share of
            # the last item ("2.1 ..., pagu Rp A, realisasi Rp B" / "Secara keseluruhan realisasi
            # anggaran Dinas Sosial mencapai P%")
            line_start = evidence.statement_line_start(self.text, p.start)
            if real.end <= line_start and _money_words().total.search(self.text[line_start:p.start]) \
                    and self._listed_realisation_before(real, roles):
                continue
            # a percentage between the realisation and an amount closes another claim: that
            # amount is not this realisation's budget ("... anggaran Rp A (82,30%), sedangkan
            # ... terealisasi Rp B dari Rp C (98,70%)")
            # but a total realisation is of the whole budget named before its items' claims
            # ("anggaran Rp W terdiri dari ... Realisasi belanja operasi Rp A (94,13%) dan belanja
            # modal Rp B (94,84%), sehingga total realisasi Rp C atau 94,17%": C / W)
            of_total = _money_words().total.search(self._words_before(real)) is not None
            near = [a for a in near if not self._percent_between(a, real, but=p)
                    or (of_total and a.end <= real.start and roles[id(a)] == "budget")]
            s, e = self.seg.sentence(real.start)
            # "... Rp B dari Rp A": the unnamed amount next after the realisation, just after
            # "dari", is its own budget, whatever budget was named before
            after = [a for a in near if real.end <= a.start]
            nxt = min(after, key=lambda a: a.start) if after else None
            pagus = [nxt] if nxt is not None and roles[id(nxt)] is None and nxt.end <= e \
                and _DARI_BEFORE.search(self.text[real.end:nxt.start]) else []
            # "Anggaran tahun 2022 Rp A dan tahun 2023 Rp C, realisasi tahun 2023 Rp B": an amount
            # its words give another year than the realisation's is not its budget
            year = self._lead_year(real)
            near = [a for a in near if year is None or self._lead_year(a) in (None, year)]
            if not pagus:
                pagus = self._budget_of_same_item(real, near)
            if not pagus:
                pagus = [a for a in near if roles[id(a)] == "budget"]
            if not pagus:
                # "Program X sebesar Rp A dengan realisasi Rp B": the unnamed amount before the
                # realisation in its sentence is the budget
                pagus = [a for a in near if roles[id(a)] is None and s <= a.start and a.end <= real.start
                         # (not an amount below the realisation its percentage says is short of its
                         # budget: "..., dan bimbingan teknis Rp C, sehingga realisasi berjumlah Rp B
                         # atau 95,42%": C is one of B's items)
                         and (a.value >= real.value or p.value is None or p.value > 100)]
            # (a rate is no budget: "60 unit ... senilai Rp 10 juta per unit ..., sehingga serapannya
            # sudah Rp A atau P persen")
            pagus = [a for a in pagus if a.start not in self.old_values and not self._per_unit(a)]
            if not pagus:
                continue
            pagu = min(pagus, key=lambda a: _distance(a, real))
            stated_whole = self._whole_stated_after(p)
            if stated_whole is not None and stated_whole is not pagu and roles[id(stated_whole)] != "budget":
                # "realisasi Rp A (70,28% dari pagu; 93,71% dari rencana Rp C)": the percentage names
                # its own whole, given right after it, and that is no budget: not of the pagu
                continue
            if not ps <= real.start < pe and pagu is not None and any(
                    ps <= a.start < pe and roles[id(a)] == "budget" and a is not pagu for a in near):
                # "Realisasi Dinkes Rp A dari pagu Rp B. Adapun Dinsos, dari pagu Rp C, realisasinya
                # P persen": P is of the budget of its own sentence, whose realisation is not given
                continue
            if not ps <= real.start < pe and ps <= pagu.start < pe and any(
                    q is not p for q in self._percents_between(*self.seg.sentence(real.start))):
                # "... penyerapan anggaran 90 persen dengan nilai Rp A. // ... sudah mencapai 90 persen
                # dari total anggaran Rp W": a realisation of another sentence that has its own
                # percentage is that one's, not the part of a percentage that states its own whole
                continue
            if real.value > pagu.value and not ps <= pagu.start < pe:
                continue  # "... pagu Rp A. Pada triwulan II realisasi Rp B (> A) atau 80 persen dari pagu perubahan"
            clause = evidence.own_clause(self.text, self.seg.sentence(p.start)[0], p.start)
            if evidence.names_other_whole(self.text, p, clause):
                continue  # "anggaran Rp A atau 1,5 persen dari total APBD": a share of another whole
            if evidence.revenue_and_spending(clause, evidence.own_clause(self.text, s, real.start)):
                continue  # "APBD ... baru terserap Rp A. Realisasi pendapatan asli daerah sudah 102 persen"
            # amounts not beside the percentage: its own clause must speak of money ("Dari pagu
            # Rp A, realisasi Rp B. Angka kemiskinan 9,5 persen" is no ratio of the two)
            if not (evidence.beside(self.text, p, real) or evidence.beside(self.text, p, pagu)) and \
                    not evidence.speaks_of_money(clause) and \
                    not evidence.amount_then_achievement(self.text[max(ps, p.start - 60):p.start]):
                continue  # (but "Pagu Rp A; realisasi Rp B; capaian P%": a form's fields parted by semicolons)
            lo = bisect.bisect_right(self.percent_starts, min(p.end, real.end))
            between = [q for q in self.percents[lo:lo + 3] if q.start < max(p.start, real.start)]
            if between:
                continue
            # another amount beside the percentage is what it is of ("Pagu Rp A dengan realisasi
            # Rp B, sedangkan belanja modal Rp C atau 20 persen"): not this realisation's share
            own = self._amount_beside(p)
            if own is not None and own is not real and own is not pagu:
                continue
            num = _operand(real)
            listed = [a for a in near if real.end <= a.start and a.end <= p.start and a is not pagu
                      and roles[id(a)] in (None, "real")]
            if listed:
                # "realisasi triwulan I Rp A dan triwulan II Rp B, sehingga total realisasi 40
                # persen": realisations listed before the percentage are summed where its clause
                # says so; otherwise which of them it is of is not told
                if own is not None or not _money_words().total.search(clause):
                    continue
                last = listed[-1]
                total = num.value + sum(Decimal(str(a.value)) for a in listed)
                num = Operand(total, real.start, last.end, self.text[real.start:last.end], num.decimals,
                              max([num.scale] + [Decimal(str(a.scale)) for a in listed]), num.unit)
                if total > Decimal(str(pagu.value)):
                    continue
            claim = RatioClaim("budget", _operand(p), num, _operand(pagu))
            if listed:
                claim.notes.append(f"the sum of the {len(listed) + 1} realisations listed")
            key = (real.start, pagu.start)
            d = _distance(real, p)
            if key not in best or d < best[key][0]:
                best[key] = (d, claim)
        # a pagu has one realisation: of two realisations with their own percentages paired with
        # one pagu, the one nearer to it is its own ("Hingga Juni realisasi Dinsos Rp A (40%) dari
        # pagu Rp C, sedangkan ... realisasi Dinkes Rp B atau 25 persen"); the other is the
        # realisation of another period of it (period_claims) or of a pagu not stated
        by_pagu: dict[int, RatioClaim] = {}
        for _, c in sorted(best.values(), key=lambda dc: dc[1].percent.start):
            other = by_pagu.get(c.denominator.start)
            if other is None or _operand_distance(c.numerator, c.denominator) < \
                    _operand_distance(other.numerator, other.denominator):
                by_pagu[c.denominator.start] = c
        return sorted(by_pagu.values(), key=lambda c: c.percent.start)

    def _words_before(self, a: Mention) -> str:
        """The words between an amount and the figure or sentence start before it."""
        ws, _ = self.seg.sentence(a.start)
        i = bisect.bisect_left(self.amount_starts, a.start)
        start = max([m.end for m in self.amounts[max(0, i - 3):i] if m.end <= a.start] + [ws, a.start - 200])
        return self.text[start:a.start]

    def _budget_of_same_item(self, real: Mention, near: list[Mention]) -> list[Mention]:
        """The amount before a realisation named by the same item of the budget, where the
        realisation names one: "anggaran Rp W yang terdiri dari belanja operasi Rp A dan belanja
        modal Rp B. Realisasi belanja operasi Rp C (94,13%)" is C / A, not C / W."""
        item = evidence.item_named(self._words_before(real))
        if item is None:
            return []
        return [a for a in near if a.end <= real.start and a.value >= real.value
                and evidence.item_named(self._words_before(a)) == item]

    def _other_subject_realised_before(self, p: Mention, real: Mention, reals: list[Mention]) -> bool:
        """Is the realisation nearest to a percentage of a sentence before it only one of several,
        each in a sentence of its own ("Dinas Sosial menyerap Rp A dari pagu Rp B. Dinas Kesehatan
        menyerap Rp C dari pagu Rp D. Dengan demikian serapan Dinas Sosial 71,77 persen")? Each
        sentence then speaks of its own subject, and which of them the percentage is of is not told
        by nearness (a parallel conclusion is read by :meth:`concluded_list_claims`)."""
        ps, pe = self.seg.sentence(p.start)
        if ps <= real.start < pe:
            return False
        own = self.seg.sentence(real.start)[0]
        # another realisation of another sentence, with no percentage of its own between it and
        # this one (a percentage after it closes its claim: "Realisasi : Rp A / Capaian : 95%")
        if any(a is not real and a.end <= p.start and not ps <= a.start < pe and self.seg.sentence(a.start)[0] != own
               and not self._percents_between(a.end, p.start) for a in reals):
            return True
        # the sentence before the realisation's, when it has no percentage of its own, lies
        # outside the percentage's window but may hold the realisation it speaks of
        bs, be = self._filled_sentence_before(own)
        if be == 0 or self._percents_between(bs, be) or self._percents_between(real.end, p.start):
            return False
        return any(self._role(a) == "real" for a in self._amounts_between(bs, be))

    def concluded_list_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A sentence of k percentages and no amount of its own that concludes from the k
        realisations and budgets stated before it, each pair in a sentence of its own and in the
        same order ("Dinas Sosial menyerap Rp A dari pagu Rp B. Dinas Kesehatan menyerap Rp C dari
        pagu Rp D. Dengan demikian serapan Dinsos P persen dan Dinkes Q persen"): the i-th
        percentage is the i-th realisation over its budget. Nothing unless the counts agree and
        every pair is one realisation and one budget (named or after "dari")."""
        out: list[RatioClaim] = []
        done: set[int] = set()
        for p in self.percents:
            s, e = self.seg.sentence(p.start)
            if s in done or p.start in claimed:
                continue
            done.add(s)
            pcts = [q for q in self._percents_between(s, e) if q.start not in claimed]
            if len(pcts) < 2 or self._amounts_between(s, e) or self._clause_ops(s, e):
                continue
            if not evidence.speaks_of_realisation(self.text[s:pcts[0].start]):
                continue
            pairs = self._realised_pairs_before(s, len(pcts))
            if pairs is None:
                continue
            for q, (real, budget) in zip(pcts, pairs):
                out.append(RatioClaim("budget", _operand(q), _operand(real), _operand(budget), implicit_denominator=True,
                                      notes=["the percentages conclude the realisations before them, in the same order"]))
        return out

    def _realised_pairs_before(self, s: int, k: int) -> Optional[list[tuple[Mention, Mention]]]:
        """The k (realisation, budget) pairs of the k sentences right before the one starting at
        ``s`` (over blank lines), one pair a sentence, or None where the sentences hold anything
        else (another percentage, an amount of a third role, fewer or more amounts)."""
        pairs: list[tuple[Mention, Mention]] = []
        start = s
        for _ in range(k):
            ps, pe = self._filled_sentence_before(start)
            if pe == 0 or self._percents_between(ps, pe):
                return None
            found = self._amounts_between(ps, pe)
            if len(found) != 2:
                return None
            roles = [self._role(a) for a in found]
            if "real" not in roles:
                return None
            real = found[roles.index("real")]
            budget = found[1 - roles.index("real")]
            budget_role = roles[1 - roles.index("real")]
            if budget_role != "budget" and not (budget.start > real.end and
                                                 _DARI_BEFORE.search(self.text[real.end:budget.start])):
                return None
            pairs.append((real, budget))
            start = ps
        return list(reversed(pairs))  # found from the last sentence back: in text order again

    def _listed_realisation_before(self, real: Mention, roles: dict[int, Optional[str]], reach: int = 500) -> bool:
        """Is another realisation stated within ``reach`` characters before ``real`` (an item of a
        list before it)?"""
        i = bisect.bisect_left(self.amount_starts, real.start)
        return any(roles[id(a)] == "real" for a in self.amounts[:i] if a.start >= real.start - reach)

    def _lead_year(self, a: Mention) -> Optional[str]:
        """The year the words right before an amount give it, back to the figure before it in its
        clause ("Anggaran tahun 2022 Rp A", "realisasi tahun 2023 Rp B"), or None."""
        years = _YEAR.findall(self.text[self._lead_start(a):a.start])
        return years[-1] if years else None

    def _lead_start(self, a: Mention) -> int:
        """Where the words right before an amount that may name its year start: back to the figure
        before it in its clause, at most 60 characters, after the last ";" or comma."""
        s, _ = self.seg.sentence(a.start)
        i = bisect.bisect_left(self.amount_starts, a.start)
        previous = [m for m in self.amounts[max(0, i - 1):i] if m.end <= a.start]
        lo = max([s, a.start - 60] + [m.end for m in previous])
        if previous and lo == previous[0].end and (own := self._year_right_after(previous[0])):
            # "Rp A pada 2021 dan Rp B pada 2022": the year right after the amount before is its own
            lo = self.text.find(own, lo) + len(own)
        stop = list(regex.finditer(r"[;]|,\s", self.text[lo:a.start]))
        return lo + stop[-1].end() if stop else lo

    def _record_start(self, offset: int, start: int) -> int:
        """Where the record of labelled lines that ``offset`` ends stands: "Pagu anggaran : Rp A"
        / "Realisasi : Rp B" / "Persentase : P %", each line a paragraph of its own in a Word
        file or a PDF, are read together as a sentence. ``start``: where the search would
        start otherwise (returned when ``offset`` is not in such a record)."""
        s, e = self.seg.sentence(offset)
        if not self._labelled(s, e):
            return start
        out = min(start, s)
        for _ in range(MAX_RECORD_LINES):
            ps, pe = self.seg.sentence(max(0, out - 1))
            if out == 0 or not self._labelled(ps, pe):
                break
            out = ps
        return out

    def _labelled(self, start: int, end: int) -> bool:
        """Does the sentence end in a labelled line (a heading may stand on its lines before)?"""
        return bool(_LABELLED_LINE.match(self.text[start:end].strip().rsplit("\n", 1)[-1]))

    def _percent_between(self, a: Mention, b: Mention, but: Mention) -> bool:
        """Does a percentage other than ``but`` stand between the two mentions?"""
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        k = bisect.bisect_left(self.percent_starts, lo)
        while k < len(self.percents) and self.percents[k].start < hi:
            # a change's percentage closes no claim of its new value ("Anggaran 2024 Rp B, naik 10
            # persen dari 2023 (Rp A), dengan serapan Rp C atau 40 persen": B is C's pagu)
            # nor does a count's ("Rp A. ... 138 rumah atau 92 persen dari target, dengan realisasi
            # anggaran Rp B (92%)": A is B's pagu)
            if self.percents[k] is not but and self.percents[k].start not in self.change_percents \
                    and not self._percent_of_count(self.percents[k]):
                return True
            k += 1
        return False

    def _role(self, a: Mention) -> Optional[str]:
        """'budget' or 'real' from the nearest keyword before the amount (same sentence or the one before)."""
        ws, _ = self.seg.sentence(a.start)
        i = bisect.bisect_left(self.amount_starts, a.start)
        prev_amount_end = max([m.end for m in self.amounts[max(0, i - 3):i] if m.end <= a.start] + [ws, a.start - 200])
        # a role word before a percentage is that percentage's, unless the amount is the percentage's
        # own ("Realisasi mencapai 45 persen atau Rp A"): "Palu Rp A (realisasi 92 persen), Sigi Rp B"
        # names no realisation B
        pcts = self._percents_between(prev_amount_end, a.start)
        if pcts and not evidence.beside(self.text, pcts[-1], a) and _NEXT_ITEM_AFTER.match(self.text, pcts[-1].end, a.start):
            prev_amount_end = pcts[-1].end
        if prev_amount_end == ws and (back := _tie_words().pointing_back.match(self.text, ws, a.start)):
            # "Dari sisa anggaran tersebut, Rp A ...": the back reference's words name the whole, not A
            prev_amount_end = back.end()
        window = self.text[prev_amount_end:a.start]
        role = None
        for m in _keyword_re().finditer(window):
            phrase = m.group(0)
            if _FISCAL_YEAR.search(window, 0, m.start()) and phrase.lower().startswith("anggaran"):
                continue  # "realisasi sampai akhir tahun anggaran sebesar Rp B": the fiscal year, no budget
            if "\n" in phrase and window[m.end():].lstrip(" \t").startswith(":"):
                # "Pagu dan Realisasi\nAnggaran: Rp ...": a label on a line of its own, not the
                # phrase "realisasi anggaran" run over a line break
                phrase = phrase.rsplit("\n", 1)[1]
                last = _keyword_re().fullmatch(phrase.strip())
                if last is None:
                    continue
                phrase = last.group(0)
            role = _keyword_role(phrase)
        if role is None and i and (_REVISED_TO.fullmatch(window) or _REVISED_BY.fullmatch(window)) and \
                self._role(self.amounts[i - 1]) == "budget":
            # "Pagu anggaran murni Rp A, setelah perubahan menjadi Rp B": the budget as revised
            role = "budget"
        if role is not None and _CHANGED_FROM.search(window):
            # "Rp A atau 67,48% dari pagu, naik dari Rp B (45,93%) pada akhir Triwulan II": B is
            # where the figure rose from, an earlier realisation, whatever word came before; nor
            # is it an unnamed amount after "dari", the budget of the realisation before it
            role = "earlier"
        return role

    # -- money: what is left of a budget, changes between two amounts, successive periods --
    def _amounts_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.amount_starts, start)
        hi = bisect.bisect_left(self.amount_starts, end)
        return [a for a in self.amounts[lo:hi] if a.end <= end and not self._in_table(a.start)]

    def _amount_beside(self, p: Mention, after: bool = False) -> Optional[Mention]:
        """The amount right before the percentage ("Rp X atau P persen", "Rp X (P%)") or right
        after it ("P persen (Rp X)", "P persen atau Rp X", "P persen di antaranya atau Rp X"), in
        its sentence; ``after``: only after it."""
        s, e = self.seg.sentence(p.start)
        before = self._amounts_between(max(s, p.start - 80), p.start)
        # "Rp A di antaranya atau P persen" as "Rp A atau P persen"
        if not after and before and (evidence.beside(self.text, p, before[-1]) or evidence.vocabulary().gap_before.match(
                _AMONG.sub("", self.text[before[-1].end:p.start], count=1))):
            return before[-1]
        following = self._amounts_between(p.end, min(e, p.end + 80))
        if following:
            # "P%, yaitu sisa Rp A": the word naming the amount after "yaitu" (its role) is no gap
            gap = _NAMED_AFTER_YAITU.sub(r"\g<1>", _AMONG.sub("", self.text[p.end:following[0].start], count=1))
            if evidence.vocabulary().gap_after.match(gap):
                return following[0]
        return None

    def _of_another_year(self, p: Mention, whole: Mention | Operand) -> bool:
        """Do the words between a percentage and the whole after it name a year ("105 persen dari
        realisasi tahun sebelumnya sebesar Rp W", "dari tahun 2022 Rp W")? The ratio of this
        year's figure to that year's may pass 100."""
        return whole.start > p.end and bool(_ANOTHER_YEAR.search(self.text, p.end, whole.start))

    def _part_dari_whole(self, p: Mention, beside: Mention) -> Optional[Mention]:
        """The amount right before "dari" and the amount ``beside`` before the percentage ``p``:
        "Rp 96 jt dari Rp 240 jt atau 40%" (the part of the whole beside the percentage)."""
        if beside.end > p.start:
            return None
        s, _ = self.seg.sentence(p.start)
        before = [m for m in self._amounts_between(max(s, beside.start - 60), beside.start) if m.end <= beside.start]
        if not before or not _PART_DARI_WHOLE.fullmatch(self.text, before[-1].end, beside.start):
            return None
        words = _money_words()
        if words.change.search(self.text, max(s, before[-1].start - 80), p.start) or \
                words.new_before.search(self.text, max(s, before[-1].start - 30), before[-1].start) or \
                _NOW_BEFORE.search(self.text, max(s, before[-1].start - 30), before[-1].start):
            return None  # "turun menjadi Rp 8 M dari Rp 10 M atau 20 persen": a change, not a part
        return before[-1] if before[-1].value <= beside.value else None

    def _amount_after_dari(self, p: Mention) -> Optional[Mention]:
        """"P persen dari (total) pagu Rp Y": the amount that "dari" introduces right after the
        percentage (or another figure), with no other figure between."""
        if not _DARI.match(self.text[p.end:p.end + 12]) or _OF_THE_TOTAL.match(self.text, p.end, p.end + 40):
            return None  # "... atau 20 persen dari total, sementara Kota X Rp B": the whole is not given here
        _, e = self.seg.sentence(p.start)
        after = self._amounts_between(p.end, min(e, p.end + 90))
        if not after:
            return None
        between = self.text[p.end:after[0].start]
        # a year may name the whole ("125 persen dari pagu 2024 yang sebesar Rp W"); no other figure
        if regex.search(r"\d", _YEAR.sub("", between)) or evidence.vocabulary().respectively.search(between):
            return None  # "dari pagu masing-masing Rp C dan Rp D": the wholes of a list in order
        return after[0]

    def _window_start(self, p: Mention) -> int:
        """Where a percentage's operands may start: its sentence and the one before (a record of
        labelled lines read whole)."""
        ws, _ = self.seg.previous_sentence(p.start)
        return max(self._record_start(p.start, ws), p.start - 450)

    def remainder_claims(self, roles: dict[int, Optional[str]]) -> list[RatioClaim]:
        """"Dari pagu Rp A, terealisasi Rp B sehingga sisa anggaran Rp C atau 3,2 persen", "SILPA
        Rp C atau 8 persen dari pagu Rp A": what is left of a budget, as a share of it (not the
        realisation's share, whichever stands nearer)."""
        out = []
        for p in self.percents:
            a = self._amount_beside(p)
            if a is None or roles[id(a)] != "remainder":
                continue
            # "P%, yaitu sisa Rp C dari Rp A": the whole after the part
            den = self._amount_after_dari(a if a.start > p.start else p)
            if den is not None and roles[id(den)] not in (None, "budget"):
                continue
            if den is None:
                # the budget named so, or an amount unnamed after "dari" ("terserap Rp B dari Rp A,
                # dengan sisa Rp C (P%)"): the nearest (an earlier item's pagu is not this one's)
                budgets = [b for b in self._amounts_between(self._window_start(p), a.start) if roles[id(b)] == "budget"
                           or roles[id(b)] is None and evidence.DARI_RIGHT_BEFORE.search(self.text, max(0, b.start - 40), b.start)]
                den = budgets[-1] if budgets else None
            if den is None:
                den = self._budget_field_after(p)
            if den is None:
                den = self._budget_before_realisation(p, a, roles)
            if den is None or den.value < a.value:
                continue
            clause = evidence.own_clause(self.text, self.seg.sentence(p.start)[0], p.start)
            if den.start < p.start and evidence.names_other_whole(self.text, p, clause):
                continue  # "sisa Rp C atau 0,2 persen dari total APBD"
            out.append(RatioClaim("share", _operand(p), _operand(a), _operand(den),
                                  notes=["what is left of the budget (sisa) as a share of it"]))
        return out

    def _second_whole(self, p: Mention, real: Mention, between: list[Mention]) -> Optional[Mention]:
        """The other budget a second percentage of one realisation is of, where one percentage
        of it and that percentage's own budget stand between: "Rp A atau 98,5% dari anggaran
        perubahan Rp B, atau 105,51% dari anggaran murni Rp C" (C after the percentage), "...
        Rp B, sedangkan terhadap anggaran murni Rp C realisasinya mencapai 105,51%" (C before it).
        The words between are only those; None otherwise (a percentage of another subject)."""
        if len(between) != 1 or not real.end <= between[0].start:
            return None
        q = between[0]
        after_q = [a for a in self.amounts if q.end <= a.start and a.end <= p.start]
        if not after_q and _BUDGET_NAMED_ONLY.fullmatch(self.text, q.end, p.start):
            # "realisasi Rp A (70,28% dari pagu; 93,71% dari rencana Rp C)": the first of the
            # budget named before, the second of the whole it gives right after it
            return self._whole_stated_after(p)
        if len(after_q) == 1 and _PLAN_OPENS_NEXT_SENTENCE.fullmatch(self.text, q.end, after_q[0].start) \
                and _REALISED_OF_IT.fullmatch(self.text, after_q[0].end, p.start):
            # "realisasi Rp A (57,81% dari pagu). Dibandingkan rencana penarikan Rp C realisasi baru
            # 77,08%", "... Rp A atau 67,47%. Terhadap rencana penarikan dana sebesar Rp C, realisasi
            # tersebut mencapai 89,96%": the same realisation over the plan the next sentence names
            return after_q[0]
        if not after_q or not _WHOLE_NAMED_AFTER.fullmatch(self.text, q.end, after_q[0].start):
            return None  # the percentage between does not name its own budget right after it
        if len(after_q) == 1:
            if not _SECOND_PERCENT_LEAD.fullmatch(self.text, after_q[0].end, p.start):
                return None
            nxt = [a for a in self.amounts if p.end <= a.start][:1]
            if not nxt or not _WHOLE_NAMED_AFTER.fullmatch(self.text, p.end, nxt[0].start):
                return None
            return nxt[0]
        if len(after_q) == 2 and _SECOND_WHOLE_BEFORE.fullmatch(self.text, after_q[0].end, after_q[1].start) \
                and _REALISATION_THEN_PERCENT.fullmatch(self.text, after_q[1].end, p.start):
            return after_q[1]
        return None

    def _budget_before_realisation(self, p: Mention, rest: Mention, roles: dict[int, Optional[str]]) -> Optional[Mention]:
        """The pagu of a remainder stated two sentences back, a realisation between ("Pagu Dinsos Rp
        A. Hingga Desember terserap Rp B. Sisa Rp C atau 5 persen ..."), with no percentage between."""
        s, _ = self.seg.sentence(p.start)
        rs, re_ = self._filled_sentence_before(s)
        if re_ == 0:
            return None
        reals = self._amounts_between(rs, re_)
        if len(reals) != 1 or roles[id(reals[0])] != "real":
            return None
        bs, be = self._filled_sentence_before(rs)
        budgets = [b for b in self._amounts_between(bs, be) if roles[id(b)] == "budget"] if be else []
        if len(budgets) != 1 or self._percents_between(bs, rest.start):
            return None
        return budgets[0]

    def _budget_field_after(self, p: Mention) -> Optional[Mention]:
        """The pagu given as the next field of the record after the percentage ("Realisasi: Rp B;
        Sisa: Rp C (P%); Pagu: Rp A")."""
        i = bisect.bisect_left(self.amount_starts, p.end)
        if i == len(self.amounts):
            return None
        nxt = self.amounts[i]
        if self._in_table(nxt.start) or not _NEXT_FIELD_BUDGET.fullmatch(self.text, p.end, nxt.start):
            return None
        return nxt

    def change_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A percentage decrease or increase of money, whichever two of its three amounts the
        clause states: the old and the new value ("turun dari Rp A atau turun 15,68 persen
        menjadi Rp B", "sebesar Rp B, turun dari Rp A atau 15,68 persen", "naik dari Rp A menjadi
        Rp B (15%)", "tahun 2023 Rp A dan tahun 2024 Rp B atau naik 15 persen"), the old value and
        the change ("berkurang Rp D dari Rp A atau turun 15,68 persen", "dipangkas Rp D atau 15,68
        persen dari semula Rp A"), or the new value and the change ("bertambah Rp D menjadi Rp B
        (15%)": the old value is then B - D). The percentage is the change over the old value.
        The old value may stand alone in the sentence before, of an earlier year ("Anggaran 2021
        Rp A. Pada 2022 anggaran turun menjadi Rp B atau 15,68 persen")."""
        out = []
        for p, lo, hi, words in self._change_clauses(claimed):
            if not words:
                claim = self._change_said_after(p, lo, hi) or self._change_of_list_item(p, lo) or \
                    self._signed_change(p, lo) or self._difference_of_two_years(p, lo)
                if claim is not None:
                    out.append(claim)
                continue
            if evidence.compared_value_before(self.text, lo, p.start):
                continue  # "naik dari 1,5 persen menjadi 1,8 persen", "lebih tinggi dari inflasi 2,8 persen": a value
            decrease = _decrease_told(words)
            if decrease is None:
                continue  # a decrease and an increase in one clause: which is the percentage's is not told
            amounts = self._amounts_between(lo, hi)
            # the amounts of its clause; else those of the sentence before, or of a list of years
            claim = (self._change(p, words, amounts, decrease, lo) if amounts else None) or \
                self._change_concluded(p, words[-1], decrease) or self._change_named_after(p, words[-1], decrease) or \
                self._change_of_listed_years(p, lo, decrease) or self._change_on_year_line(p, decrease)
            if claim is not None:
                out.append(claim)
        return out

    def _change_clauses(self, claimed: set[int]) -> Iterator[tuple[Mention, int, int, list[regex.Match]]]:
        """Each percentage not yet claimed, with its clause's bounds and change words (:meth:`_change_clause`)."""
        for p in self.percents:
            if p.start not in claimed:
                yield (p, *self._change_clause(p))

    def _change_clause(self, p: Mention) -> tuple[int, int, list[regex.Match]]:
        """The bounds of a percentage's clause and the change words in it before the percentage:
        after the sentence's last percentage or clause break before it, up to the next ("Anggaran
        turun Rp D menjadi Rp B, sementara realisasi naik 5 persen": the amounts are not the
        rise's)."""
        mw = _money_words()
        s, e = self.seg.sentence(p.start)
        lo = max([s] + [q.end for q in self._percents_between(s, p.start)] +
                 [s + m.end() for m in _CLAUSE_BREAK.finditer(self.text[s:p.start])])
        # (a percentage compared with, "naik 10 persen, lebih tinggi dari inflasi 2,8 persen, menjadi Rp
        # B", ends no clause)
        hi = min([e] + [q.start for q in self._percents_between(p.end, e)
                        if not evidence.compared_value_before(self.text, p.end, q.start)] +
                 [p.end + m.start() for m in _CLAUSE_BREAK.finditer(self.text[p.end:e])][:1])
        words = sorted([*mw.change.finditer(self.text, lo, p.start), *mw.cut.finditer(self.text, lo, p.start)],
                       key=lambda m: m.start())
        return lo, hi, words

    def changes_against_earlier_years(self, claimed: set[int]) -> list[RatioClaim]:
        """The changes :meth:`_change_against_earlier_year` reads, after every other finder: their
        new value may be a share of its own, which those read first."""
        out = []
        for p, lo, hi, words in self._change_clauses(claimed):
            if not words or evidence.compared_value_before(self.text, lo, p.start):
                continue
            decrease = _decrease_told(words)
            if decrease is None:
                continue
            claim = self._change_against_earlier_year(p, words[-1], self._amounts_between(lo, hi), decrease, lo)
            if claim is not None:
                out.append(claim)
        return out

    def _change_against_earlier_year(self, p: Mention, word: regex.Match, amounts: list[Mention], decrease: bool,
                                     lo: int) -> Optional[RatioClaim]:
        """A change told against an earlier year's value, its new value stated in the sentences
        before: "... memegang pagu Rp B. Angka itu lebih besar dibanding tahun sebelumnya. Pada APBD
        Perubahan 2022, pagu dinas yang sama tercatat Rp A, sehingga dalam setahun anggaran sosial
        naik 12,48 persen", "• Pagu: Rp B ... // • Dibanding 2021 (Rp A), pagu naik 10%". The
        percentage follows its change word; its clause's one amount, before the word, is of an
        earlier year (a year named with it, or "tahun lalu"); the new value is the nearest amount
        of the sentences before (within a few) that names no year but a later one, and whose
        sentence shares a noun with the clause ("pagu", "iuran", "urusan sosial"). Taken only where
        the values fit the percentage: a new value this far may be another's."""
        if len(amounts) != 1 or amounts[0].end > word.start() or \
                not _WORDS_ONLY.fullmatch(self.text[word.end():p.start]) or self._per_unit(amounts[0]):
            return None
        old = amounts[0]
        s, _ = self.seg.sentence(p.start)
        lead = self.text[max(s, old.start - 80):old.start] + " " + self.text[old.end:min(old.end + 20, word.start())]
        years = [int(y) for y in _YEAR.findall(lead)]
        earlier = _EARLIER_YEAR_WORDS.search(lead)
        if not years and not earlier:
            return None
        nouns = _content_stems(self.text[s:p.start]) - _CHANGE_GENERIC_NOUNS
        if not nouns:
            return None
        start = s
        for _ in range(_CHANGE_NEW_VALUE_SENTENCES):
            ps, pe = self._filled_sentence_before(start)
            if pe == 0:
                return None
            before = [a for a in self._amounts_between(ps, pe) if not self._per_unit(a)]
            if before:
                new = before[0] if len(before) == 1 else None
                if new is None:
                    return None
                theirs = [int(y) for y in _YEAR.findall(self.text[ps:pe])]
                if years and theirs and max(theirs) <= max(years):
                    return None  # of the same or an earlier year: no new value
                if not (_content_stems(self.text[ps:pe]) & nouns):
                    return None
                claim = self._change_claim(p, old, new, None, decrease)
                if claim is None or not evidence.explains(claim.percent, claim.numerator, claim.denominator, self.text):
                    return None  # taken only where it fits, as a far new value is (test_news_changes.py)
                claim.implicit_denominator = False
                claim.notes.append("the new value stated in the sentences before, against an earlier year's")
                return claim
            start = ps
        return None

    def _change_of_listed_years(self, p: Mention, lo: int, decrease: bool) -> Optional[RatioClaim]:
        """A change between two years whose values are in a list of years before its sentence, one
        line a year ("- Tahun 2022 : 5.480 KPM", "2023 = Rp 12,5 miliar"): "Pada tahun 2023 jumlah
        KPM naik 10 persen dibanding tahun 2022". The percentage's clause names the later year and
        has no figure but the percentage; the year compared with follows the percentage."""
        line_start = self.text.rfind("\n", 0, p.start) + 1  # a list's lines end with no full stop
        lo = max(lo, line_start)
        clause = self.text[lo:p.start]
        own_years = _YEAR.findall(clause)
        m = _COMPARED_WITH_YEAR.match(self.text, p.end)
        if not own_years or m is None or regex.search(r"\d", _YEAR.sub("", clause)):
            return None
        if any(_keyword_role(k.group(0)) != "budget" for k in _keyword_re().finditer(clause)):
            return None  # "Realisasi tahun 2023 naik 12 persen": of what was spent, not of the amounts listed
        new_year = int(own_years[-1])
        old_year = new_year - 1 if m.group("year") is None else int(m.group("year"))
        if old_year >= new_year:
            return None
        listed = self._listed_years(line_start)
        if old_year not in listed or new_year not in listed:
            return None
        return self._listed_change(p, listed[old_year], listed[new_year], decrease,
                                   "the two values in the list of years before")

    def _listed_change(self, p: Mention, old: Operand, new: Operand, decrease: bool,
                       note: str) -> Optional[RatioClaim]:
        """The change claim of two values of a list of years, of one kind (money or one thing counted)."""
        if old.unit != new.unit or (old.unit != "IDR" and not _units_compatible(self.text, old, new)):
            return None
        claim = self._count_change_claim(_operand(p), old, new, 1 if decrease else -1)
        if claim is not None:
            claim.implicit_denominator = True
            claim.notes.append(note)
        return claim

    def _change_on_year_line(self, p: Mention, decrease: bool) -> Optional[RatioClaim]:
        """A change written on its year's line of a list of years, beside the year's figure, the
        old value on an earlier year's line: "Tahun 2019 : Rp 10.250.000.000" / "Tahun 2020 : Rp
        8.900.000.000 (turun 13,17%)". The line holds one figure before the percentage and only a
        bracket and change words between them; the old value is the latest earlier year's."""
        if _DARI.match(self.text[p.end:p.end + 12]) and not _COMPARED_WITH_YEAR.match(self.text, p.end):
            return None  # "(turun 5% dari target)": its own whole
        line_start = self.text.rfind("\n", 0, p.start) + 1
        m = _YEAR_LINE.match(self.text, line_start)
        if m is None:
            return None
        figures = [op for op in self.count_operands(m.end(), p.start) if not _is_date(self.text, op)]
        figures += [_operand(a) for a in self._amounts_between(m.end(), p.start)]
        if len(figures) != 1 or not _CHANGE_IN_BRACKET.fullmatch(self.text, figures[0].end, p.start):
            return None
        new_year, new = int(m.group("year")), figures[0]
        earlier = {year: op for year, op in self._listed_years(line_start).items() if year < new_year}
        if not earlier:
            return None
        return self._listed_change(p, earlier[max(earlier)], new, decrease,
                                   "the old value on an earlier year's line of the list")

    def _listed_years(self, before: int) -> dict[int, Operand]:
        """The figure of each year of the list of years right before ``before``: lines that open
        with a year (after a bullet, "Tahun") and hold one figure, up to MAX_LIST_ITEMS of them."""
        out: dict[int, Operand] = {}
        end = before
        for _ in range(MAX_LIST_ITEMS):
            start = self.text.rfind("\n", 0, max(0, end - 1)) + 1
            line = self.text[start:end]
            m = _YEAR_LINE.match(line)
            if m is None:
                if out or not line.strip() or start == 0:
                    break
                end = start  # the list's own heading sentence may stand between: "... sebagai berikut:"
                continue
            figures = [op for op in self.count_operands(start + m.end(), end) if not _is_date(self.text, op)]
            figures += [_operand(a) for a in self._amounts_between(start + m.end(), end)]
            if len(figures) != 1 or int(m.group("year")) in out:
                return {}
            out[int(m.group("year"))] = figures[0]
            if start == 0:
                break
            end = start
        return out

    def _change_of_list_item(self, p: Mention, lo: int) -> Optional[RatioClaim]:
        """A change in a list of changes whose change word the first item alone says: "Bantuan A
        naik dari Rp A1 menjadi Rp B1 atau 12,5 persen, bantuan B dari Rp A2 menjadi Rp B2 atau 10
        persen". The clause is "dari Rp A menjadi Rp B" and its percentage, nothing else."""
        mw = _money_words()
        s, _ = self.seg.sentence(p.start)
        earlier = list(mw.change.finditer(self.text, s, lo))
        amounts = self._amounts_between(lo, p.start)
        if not earlier or len(amounts) != 2 or not self._from_to(amounts[0], amounts[1], s) or \
                not _NEW_BEFORE_PERCENT.fullmatch(self.text, amounts[1].end, p.start):
            return None
        decrease = _decrease_told(earlier)
        if decrease is None:
            return None
        claim = self._change_claim(p, amounts[0], amounts[1], None, decrease)
        if claim is not None:
            claim.notes.append("the change word of the list's first item")
        return claim

    def _difference_of_two_years(self, p: Mention, lo: int) -> Optional[RatioClaim]:
        """A difference in money beside its percentage, of two amounts its sentence or the one
        before gives ("Pagu 2025 Rp B, sedangkan APBD 2024 Rp A. Selisih Rp D atau 20 persen itu
        ..."): the percentage is the difference over the old value (the earlier year's, or the one
        "dari" names). The difference must be the two amounts' own, so that another difference is
        not read as this one."""
        word = _difference_re().search(self.text, lo, p.start)
        if word is None:
            return None
        diffs = self._amounts_between(word.end(), p.start)
        if len(diffs) != 1 or not _NEW_BEFORE_PERCENT.fullmatch(self.text, diffs[0].end, p.start):
            return None
        diff = diffs[0]
        s, _ = self.seg.sentence(p.start)
        pair_of = self._amounts_between(s, word.start())
        if not pair_of:
            ps, pe = self._filled_sentence_before(s)
            if pe == 0 or self._percents_between(ps, pe):
                return None
            pair_of, s = self._amounts_between(ps, pe), ps
        if len(pair_of) != 2:
            return None
        pair = self._old_and_new(pair_of[0], pair_of[1], s)
        if pair is None:
            return None
        old, new = pair
        if not _is_difference(new.value, old.value, diff.value):
            return None
        claim = self._change_claim(p, old, None, diff, new.value < old.value)
        if claim is not None:
            claim.implicit_denominator = True
            claim.notes.append("the difference of the two amounts before, over the old value")
        return claim

    def _signed_change(self, p: Mention, lo: int) -> Optional[RatioClaim]:
        """A change whose sign says its direction, no word: "berubah dari Rp A pada APBD murni
        menjadi Rp B pada APBD perubahan (-12,5%)", "dari Rp A menjadi Rp B atau minus 12,5 persen"."""
        sign = _SIGN_BEFORE.search(self.text, max(lo, p.start - 8), p.start)
        if sign is None:
            return None
        s, _ = self.seg.sentence(p.start)
        amounts = self._amounts_between(max(lo, s), p.start)
        if len(amounts) != 2 or not _SIGNED_GAP.fullmatch(self.text, amounts[1].end, sign.start()):
            return None
        pair = self._old_and_new(amounts[0], amounts[1], s)
        if pair is None:
            return None
        claim = self._change_claim(p, pair[0], pair[1], None, sign.group("minus") is not None)
        if claim is not None:
            claim.notes.append("the sign of the percentage says the direction")
        return claim

    def _change_said_after(self, p: Mention, lo: int, hi: int) -> Optional[RatioClaim]:
        """A change whose word follows its percentage, the new value before it and the old one
        after the comparison: "sebesar Rp B, 10 persen lebih tinggi dibanding tahun 2023 sebesar Rp
        A", "Rp B atau 25 persen lebih rendah dari tahun sebelumnya yang mencapai Rp A"."""
        m = _CHANGE_AFTER_PERCENT.match(self.text, p.end, hi)
        if m is None:
            return None
        word = " ".join(m.group("word").lower().split())
        decrease = word in _money_words().decrease or word in _FEWER_WORDS
        new = [a for a in self._amounts_between(lo, p.start) if _NEW_BEFORE_PERCENT.fullmatch(self.text, a.end, p.start)]
        old = [a for a in self._amounts_between(m.end(), hi)
               if _money_words().old_after_change.search(self.text, max(m.start(), a.start - 60), a.start)
               or _COUNT_OLD_LEAD.search(self.text, max(m.start(), a.start - 60), a.start)]
        if not new or not old:
            return None
        claim = self._change_claim(p, old[0], new[-1], None, decrease)
        if claim is not None:
            claim.notes.append("the change word after the percentage")
        return claim

    def _change_concluded(self, p: Mention, word: regex.Match, decrease: bool) -> Optional[RatioClaim]:
        """A change concluded, with no amount of its own, from the two amounts of the sentence
        before, which its words give two years ("Dinsos mengusulkan Rp B untuk 2025, sementara
        pagu 2024 hanya Rp A. Artinya ada kenaikan 25 persen"): the earlier year's is the old
        value. Only a sentence opening with a conclusion word whose other words are the sentence
        before's (or reference and role words) is read so: "Artinya jumlah penerima naik 10 persen"
        speaks of something else."""
        s, _ = self.seg.sentence(p.start)
        if not _WORDS_ONLY.fullmatch(self.text[word.end():p.start]):
            return None
        clause = self.text[s:word.start()]
        tw = _tie_words()
        if regex.search(r"\d", clause) or not tw.conclusion.match(clause):
            return None
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        before = self._amounts_between(ps, pe)
        if len(before) != 2 or not tw.words_allowed(_CHANGE_FILLER.sub(" ", clause), self.text[ps:pe]):
            return None
        years = [self._lead_year(a) or self._year_right_after(a) for a in before]
        if None in years or years[0] == years[1]:
            return None
        old, new = sorted(before, key=lambda a: years[before.index(a)])  # type: ignore[arg-type, return-value]
        claim = self._change_claim(p, old, new, None, decrease)
        if claim is not None:
            claim.implicit_denominator = True
            claim.notes.append("the two values in the sentence before, told apart by their years")
        return claim

    def _change_named_after(self, p: Mention, word: regex.Match, decrease: bool) -> Optional[RatioClaim]:
        """A change named in the sentence after the one that gives its two values: "Anggaran 2024
        sebesar Rp B, naik dari Rp A pada 2023. Kenaikan sebesar 18,4 persen itu ...", "Pagu
        semula Rp A kemudian menjadi Rp B. Penurunan anggaran tersebut mencapai 12 persen". The
        percentage's sentence opens with its few change and reference words and no figure; the
        sentence before has exactly two amounts, no percentage, and tells which is the old value
        (:meth:`_old_and_new`)."""
        s, _ = self.seg.sentence(p.start)
        # the years it is between may be named: "Kenaikan anggaran dari tahun 2023 ke tahun 2024 sebesar"
        named_years = {int(y) for y in _YEAR.findall(self.text, s, p.start)}
        clause = _YEARS_SPAN.sub(" ", self.text[s:p.start])
        if regex.search(r"\d", clause) or len(_WORD.findall(clause)) > MAX_CHANGE_OPENING_WORDS or \
                not _WORDS_ONLY.fullmatch(_YEARS_SPAN.sub(" ", self.text[word.end():p.start])):
            return None
        if any(_keyword_role(m.group(0)) != "budget" for m in _keyword_re().finditer(clause)):
            return None  # "Realisasinya naik 12 persen": a change of what was spent, not of the amounts before
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        before = self._amounts_between(ps, pe)
        if len(before) == 1:
            # "Tahun 2021 anggaran Rp A. Tahun 2022 naik menjadi Rp B. Kenaikan itu sebesar P persen"
            ps, before = self._one_value_a_sentence_before(ps, before)
        # the difference stated between the two values: "Rp B, turun Rp C dari 2023 yang Rp A.
        # Penurunan sekitar 9 persen ini ...": the change is C over A
        diff = before.pop(1) if len(before) == 3 and _CHANGE_BEFORE_DIFF.search(
            self.text, max(ps, before[1].start - 30), before[1].start) else None
        # its other words are reference words or the sentence before's: "Kenaikan anggaran itu", not
        # "Realisasinya naik" or "Jumlah penerima naik"
        words = _money_words().change.sub(" ", _CHANGE_FILLER.sub(" ", clause))
        if len(before) != 2 or not _tie_words().words_allowed(words, self.text[ps:pe]):
            return None
        pair = self._old_and_new(before[0], before[1], ps)
        if pair is None:
            return None
        if diff is not None:
            claim = self._change_claim(p, pair[0], None, diff, decrease)
            if claim is not None:
                claim.implicit_denominator = True
                claim.notes.append("the change and its old value in the sentence before")
            return claim
        pair_years = [self._lead_year(a) or self._year_right_after(a) for a in pair]
        if named_years and (None in pair_years or not named_years <= {int(y) for y in pair_years if y} or
                            int(pair_years[1] or 0) not in named_years):
            return None  # a change of other years than the two amounts' ("tahun 2024" is the new value's)
        claim = self._change_claim(p, pair[0], pair[1], None, decrease)
        if claim is not None:
            claim.implicit_denominator = True
            claim.notes.append("the two values in the sentence before")
        return claim

    # -- achievements against targets named by their plans ----------------------------------------
    def named_target_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """Achievements against targets a report names by their plans, often two of one indicator
        stated before ("Target Renstra ... adalah 78%, sedangkan target Perjanjian Kinerja 80%",
        "ditargetkan 80% dalam Renstra dan 75% dalam PK"): each percentage that names its target
        ("terhadap target Renstra sebesar 98,08%", "95% terhadap target PK") is the realisation
        stated before it over the target of that name (the short form matches the initials, "PK" =
        "Perjanjian Kinerja"), in its sentence or the two before. Nothing where the name matches
        no target, or two."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            s, _ = self.seg.sentence(p.start)
            name = self._target_name_of_percent(p, s)
            if name is None:
                continue
            # the targets and the realisation may stand a sentence each before it, in its paragraph
            ps, _ = self.seg.paragraph(p.start)
            start = max(ps, self._sentence_before(self._sentence_before(s)))
            targets = self._named_targets(start, p.start)
            hits = [t for key, t in targets if _same_plan(key, name)]
            if len(hits) != 1:
                continue
            target = hits[0]
            real = self._realisation_of_named_target(p, target, start)
            if real is None:
                continue
            out.append(RatioClaim("target", _operand(p), real, target,
                                  notes=[f"the target named '{name}' of the targets stated before"]))
        return out

    def percent_target_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """The achievement of a target that is a percentage, whose realisation (a percentage too)
        the sentence states before the target or the paragraph before the sentence: "Rasio ini
        (84,44%) sedikit di bawah target 85%; capaiannya 99,34%", "... sebanyak 172 anak, dengan
        kata lain 95,56%. Dibanding target 90%, capaian indikator ini adalah 106,18%". The target is
        the percentage right before the achievement's words; the realisation the nearest percentage
        before it that is no target, no achievement and not of another year than the target's."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            s, _ = self.seg.sentence(p.start)
            before = [q for q in self._percents_between(s, p.start) if q.end <= p.start]
            if not before or not _achievement_re().match(self.text[before[-1].end:p.start]):
                continue
            t = before[-1]
            if not self._is_percent_target(t, s):
                continue
            real = self._realised_percent_before(t, s)
            if real is None:
                continue
            pct = _operand(p)
            if real.start < s and not _fits(real.value, _operand(t).value, pct):
                # "Target 80%, capaian 82%." often states the realisation itself as the
                # achievement: a percentage sentences before is its realisation only where it fits
                continue
            out.append(RatioClaim("target", pct, real, _operand(t)))
        return out

    def _is_percent_target(self, q: Mention, s: int) -> bool:
        return bool(_percent_target_lead_re().search(self.text[max(s, q.start - 50):q.start]))

    def _realised_percent_before(self, t: Mention, s: int) -> Optional[Operand]:
        ps, _ = self.seg.paragraph(t.start)
        target_years = self._clause_years(t.start)
        for q in reversed([q for q in self._percents_between(ps, t.start) if q.end <= t.start]):
            qs, _ = self.seg.sentence(q.start)
            if self._is_percent_target(q, qs):
                continue
            if _ACHIEVEMENT_BEFORE.search(self.text[max(qs, q.start - 60):q.start]):
                continue  # another target's achievement ("capaian indikator ini adalah 106,18%")
            years = self._clause_years(q.start)
            if years and target_years and not years & target_years:
                return None  # "Pada tahun 2021 dan 2022 realisasi indikator ini masing-masing 88,2%"
            return _operand(q)
        return None

    def _target_name_of_percent(self, p: Mention, s: int) -> Optional[str]:
        """The plan a percentage names its target by: "terhadap target PK sebesar P%" before it,
        "P% terhadap target Renstra" after it."""
        m = _NAMED_TARGET_BEFORE.search(self.text, max(s, p.start - 80), p.start)
        if m is None:
            m = _NAMED_TARGET_AFTER.match(self.text, p.end)
        return _plan_name(m.group("name")) if m else None

    def _named_targets(self, start: int, end: int) -> list[tuple[str, Operand]]:
        """The targets stated between two offsets with the plan that names each: "target Renstra
        ... adalah 78%", "target PK 1.000 orang", "80% dalam Renstra"."""
        out: list[tuple[str, Operand]] = []
        for m in _TARGET_NAMED_FIRST.finditer(self.text, start, end):
            name = _plan_name(m.group("name"))
            fig = self._first_figure(m.end("name"), min(end, m.end("name") + 90))
            if name and fig is not None:
                out.append((name, fig))
        for m in _TARGET_NAMED_AFTER.finditer(self.text, start, end):
            name = _plan_name(m.group("name"))
            fig = self._figure_ending_at(m.start())
            if name and fig is not None and _TARGET_VERB.search(self.text, max(start, fig.start - 80), fig.start):
                out.append((name, fig))
        return out

    def _first_figure(self, start: int, end: int) -> Optional[Operand]:
        """The first percentage, count or target figure from ``start`` in its clause (years skipped)."""
        clause_end = _CLAUSE_BREAK.search(self.text, start, end)
        end = clause_end.start() if clause_end else end
        figures = [_operand(q) for q in self._percents_between(start, end)]
        figures += [o for o in self.count_operands(start, end) if o.unit is not None]
        figures += [_operand(t) for t in self.targets if t.start < start < t.end]
        return min(figures, key=lambda f: f.start) if figures else None

    def _figure_ending_at(self, offset: int) -> Optional[Operand]:
        """The percentage or count right before ``offset`` with only spaces between."""
        for q in self._percents_between(max(0, offset - 30), offset):
            if not self.text[q.end:offset].strip():
                return _operand(q)
        for o in self.count_operands(max(0, offset - 40), offset):
            if o.unit is not None and not self.text[o.end:offset].strip():
                return o
        return None

    def _realisation_of_named_target(self, p: Mention, target: Operand, start: int) -> Optional[Operand]:
        """The realisation an achievement is of: the figure after the last realisation word before the
        percentage, after the target, in the target's kind of figure."""
        words = list(_REALISED_WORD.finditer(self.text, max(start, target.end), p.start))
        if not words:
            return None
        fig = self._first_figure(words[-1].end(), p.start)
        if fig is None or fig.start >= p.start or (fig.unit == "%") != (target.unit == "%"):
            return None
        if fig.unit != "%" and not _units_compatible(self.text, target, fig):
            return None
        return fig

    # -- the new value as a percentage of the old one ---------------------------------------------
    def earlier_value_share_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A percentage that is a value's share of its value at an earlier time, named after it
        ("Tahun ini Rp B, hanya 80 persen dari tahun lalu", "turun menjadi Rp B dari Rp A, atau 80
        persen dari tahun lalu", "1.200 KPM atau 80 persen dari tahun 2022 yang mencapai 1.500
        KPM"): new / old. The new value is the figure right before the percentage; the old one
        is in its sentence (after "dari", "semula", or of an earlier year), right after the earlier
        time it names ("dari tahun lalu (Rp A)"), or the one figure of the sentence before, of an
        earlier year. A change word right before the percentage makes it a change ("naik 80 persen
        dari tahun lalu"), read by the change finders."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            when = _earlier_value_re().match(self.text, p.end)
            if when is None:
                continue
            claim = self._earlier_value_share(p, when)
            if claim is not None:
                out.append(claim)
        return out

    def _earlier_value_share(self, p: Mention, when: regex.Match) -> Optional[RatioClaim]:
        """The claim of one percentage ``p`` that names an earlier time ``when`` (see
        :meth:`earlier_value_share_claims`)."""
        s, e = self.seg.sentence(p.start)
        new = self._figure_right_before(p, s)
        if new is None:
            return self._earlier_value_share_after(p, when, e) or self._earlier_value_share_concluded(p, s) or \
                self._earlier_value_share_headline(p, s, e)
        if when.group("noun") and _keyword_roles().get(when.group("noun").lower()) == "budget" and \
                any(_keyword_role(k.group(0)) == "real" for k in _keyword_re().finditer(self.text, s, new.start)):
            return None  # "Realisasi Rp A atau 90 persen dari pagu tahun 2023": of its budget
        gap = self.text[new.end:p.start]
        if _money_words().change.search(gap) or _CHANGE_AMOUNT_LEAD.search(self.text, max(s, new.start - 30), new.start):
            return None  # "naik 80 persen dari tahun lalu", "berkurang Rp D atau 20 persen": a change
        named_new = self._new_value_before_old(new, s)
        if named_new is not None:
            new, old = named_new, new  # "menjadi Rp B dari Rp A, atau 80 persen": the old value is the one beside it
        else:
            old = self._earlier_value(p, new, when, s, e)
        if old is None or old.value <= 0 or old.start == new.start:
            return None
        # the old value in a sentence before the percentage's is not in its quote
        claim = RatioClaim("share", _operand(p), new, old, implicit_denominator=old.start < s,
                           notes=["the new value as a percentage of the old one (new / old)"])
        change = self._change_reading(p, new, old, s)
        if change is not None and not evidence.explains(claim.percent, new, old, self.text):
            # "turun menjadi Rp B dari Rp A atau 20 persen dari tahun lalu": the change's, if it explains
            # the percentage or comes nearer to it than the share does
            if evidence.explains(change.percent, change.numerator, change.denominator, self.text) or \
                    abs(change.numerator.value * 100 / old.value - claim.percent.value) < \
                    abs(new.value * 100 / old.value - claim.percent.value):
                return change
        return claim

    def _earlier_value_share_after(self, p: Mention, when: regex.Match, e: int) -> Optional[RatioClaim]:
        """The two values right after the earlier time the percentage names, the new one first:
        "Anggaran tahun ini hanya 80 persen dari tahun lalu, yakni Rp B dari Rp A", "(Rp B dari Rp A)"."""
        after = self._amounts_between(when.end(), e)
        if len(after) < 2:
            return None
        new, old = after[0], after[1]
        if not _VALUES_AFTER_TIME.fullmatch(self.text, when.end(), new.start) or \
                not _NEW_FROM_OLD.fullmatch(self.text, new.end, old.start):
            return None
        return RatioClaim("share", _operand(p), _operand(new), _operand(old),
                          notes=["the new value as a percentage of the old one (new / old)"])

    def _earlier_value_share_headline(self, p: Mention, s: int, e: int) -> Optional[RatioClaim]:
        """The share stated first, its two values in the sentence after it, in its paragraph ("Anggaran
        Dinsos tahun ini hanya 80 persen dari tahun lalu. Tahun lalu Dinsos mendapat Rp A, tahun
        ini Rp B"): the percentage's sentence speaks of money, has no figure but years and the
        percentage, and no word the next does not say; the next has exactly two amounts, no
        percentage, which their years tell apart."""
        clause = self.text[s:e]
        if regex.search(r"\d", _YEARS_SPAN.sub(" ", clause.replace(p.text, " "))) or _money_words().change.search(clause):
            return None
        ns, ne = self.seg.sentence(e)
        if e >= len(self.text) or self.seg.paragraph(ns)[0] != self.seg.paragraph(s)[0] or self._percents_between(ns, ne):
            return None
        after = self._amounts_between(ns, ne)
        tw = _tie_words()
        # it speaks of money and of what the next sentence names: not "Jumlah penerima tahun ini ..."
        subject = _YEARS_SPAN.sub(" ", self.text[s:p.start])
        if len(after) != 2 or not tw.money.search(subject) or \
                not tw.words_allowed(tw.money.sub(" ", subject), self.text[ns:ne]):
            return None
        pair = self._old_and_new(after[0], after[1], ns)
        if pair is None:
            return None
        return RatioClaim("share", _operand(p), _operand(pair[1]), _operand(pair[0]), implicit_denominator=True,
                          notes=["the new value as a percentage of the old one (new / old), both in the sentence after"])

    def _earlier_value_share_concluded(self, p: Mention, s: int) -> Optional[RatioClaim]:
        """The new value's share of the old one concluded from the sentence or two before, which give
        the two amounts ("Tahun 2023 anggaran Rp A. Tahun 2024 turun menjadi Rp B. Dengan demikian,
        anggaran tahun 2024 hanya 90 persen dari tahun sebelumnya"): the percentage's clause has no
        figure but years and no word the sentences before do not say (or reference words)."""
        clause = self.text[s:p.start]
        if regex.search(r"\d", _YEARS_SPAN.sub(" ", clause)) or _money_words().change.search(clause) or \
                len(_WORD.findall(clause)) > 2 * MAX_CHANGE_OPENING_WORDS:
            return None
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        before = self._amounts_between(ps, pe)
        if len(before) == 1:
            ps, before = self._one_value_a_sentence_before(ps, before)
        if len(before) != 2 or not _tie_words().words_allowed(_YEARS_SPAN.sub(" ", clause), self.text[ps:pe]):
            return None
        pair = self._old_and_new(before[0], before[1], ps)
        if pair is None:
            return None
        named = {int(y) for y in _YEAR.findall(clause)}
        new_year = self._lead_year(pair[1]) or self._year_right_after(pair[1]) or self._only_year_before(pair[1])
        if named and {int(new_year or 0)} != named:
            return None  # the share of another year than the new value's
        old, new = _operand(pair[0]), _operand(pair[1])
        return RatioClaim("share", _operand(p), new, old, implicit_denominator=True,
                          notes=["the new value as a percentage of the old one (new / old), both in the "
                                 "sentences before"])

    def _new_value_before_old(self, beside: Operand, s: int) -> Optional[Operand]:
        """Where the figure beside the percentage is an old value ("menjadi Rp B dari Rp A, atau 80
        persen"), the new value of its sentence, named by "menjadi" before it; else None."""
        mw = _money_words()
        if not mw.old_before.search(self.text, max(s, beside.start - 40), beside.start):
            return None
        for f in reversed(self._figures(s, beside.start)):
            if (f.unit == "IDR") == (beside.unit == "IDR") and mw.new_before.search(self.text, max(s, f.start - 40), f.start):
                return f
        return None

    def _change_reading(self, p: Mention, new: Operand, old: Operand, s: int) -> Optional[RatioClaim]:
        """The percentage read as the change from old to new, where its clause has a change word."""
        words = list(_money_words().change.finditer(self.text, s, p.start))
        if not words or new.value == old.value:
            return None
        decrease = " ".join(words[-1].group(0).lower().split()) in _money_words().decrease
        change = (old.value - new.value) if decrease else (new.value - old.value)
        if change <= 0:
            return None
        first, last = min(old.start, new.start), max(old.end, new.end)
        num = Operand(change, first, last, self.text[first:last], max(old.decimals, new.decimals),
                      max(old.scale, new.scale), old.unit)
        return RatioClaim("share", _operand(p), num, old, change=(old, new),
                          notes=[f"a percentage {'decrease: (old - new)' if decrease else 'increase: (new - old)'} / old"])

    def _figure_right_before(self, p: Mention, s: int) -> Optional[Operand]:
        """The amount or count right before a percentage, with only joining words between
        ("Rp B, hanya 80 persen", "1.200 KPM atau 80 persen")."""
        figures = [_operand(a) for a in self._amounts_between(max(s, p.start - 80), p.start)]
        figures += self.count_operands(max(s, p.start - 80), p.start)
        figures = [f for f in figures if f.end <= p.start and f.unit != "%"]
        if not figures:
            return None
        last = max(figures, key=lambda f: f.end)
        return last if _LEVEL_GAP.fullmatch(self.text[last.end:p.start]) else None

    def _earlier_value(self, p: Mention, new: Operand, when: regex.Match, s: int, e: int) -> Optional[Operand]:
        """The old value a new value's percentage names by its time ``when``."""
        money = new.unit == "IDR"
        named_year = when.group("year")

        def like(op: Operand) -> bool:
            same_kind = (op.unit == "IDR") == money
            return same_kind and op.start != new.start and (money or _units_compatible(self.text, new, op))

        # right after the time named: "dari tahun lalu (Rp A)", "dari tahun 2022 yang mencapai 1.500 KPM"
        after = [f for f in self._figures(when.end(), min(e, when.end() + 60)) if like(f)]
        if after and _OLD_AFTER_TIME.fullmatch(self.text[when.end():after[0].start]):
            return after[0]
        # in its sentence: "turun menjadi Rp B dari Rp A", "Anggaran 2023 Rp A, tahun 2024 Rp B"
        own = [f for f in self._figures(s, new.start) if like(f)]
        mw = _money_words()
        for f in reversed(own):
            if mw.old_before.search(self.text, max(s, f.start - 40), f.start):
                return f
        new_year = self._figure_year(new, s)
        for f in reversed(own):
            if self._earlier_than(self._figure_year(f, s), new_year, named_year):
                return f
        if own:
            return None
        # the one figure of the sentence before, of an earlier year (its own, no percentage)
        ps, pe = self._filled_sentence_before(s)
        if pe == 0 or self._percents_between(ps, pe):
            return None
        before = [f for f in self._figures(ps, pe) if like(f)]
        if len(before) == 1 and self._earlier_than(self._figure_year(before[0], ps), new_year, named_year):
            return before[0]
        return None

    def _figures(self, start: int, end: int) -> list[Operand]:
        """The amounts and counts of the prose between two offsets, in text order."""
        ops = [_operand(a) for a in self._amounts_between(start, end) if a.end <= end]
        ops += [o for o in self.count_operands(start, end) if o.unit is not None]
        return sorted(ops, key=lambda o: o.start)

    def _figure_year(self, op: Operand, s: int) -> Optional[tuple[str, int]]:
        """The year the words beside a figure give it: ("year", 2023) from "tahun 2023 Rp A" or
        "Rp A pada 2023", ("relative", -1) from "tahun lalu Rp A"; None where they give none."""
        after = _YEAR_RIGHT_AFTER.match(self.text, op.end, op.end + 30)
        if after:
            return "year", int(after.group(1))
        lo = max(s, op.start - 60)
        figures = [f for f in self._figures(lo, op.start) if f.end <= op.start]
        if figures:
            lo = figures[-1].end
            own = _YEAR_RIGHT_AFTER.match(self.text, lo, lo + 30)
            lo = own.end() if own else lo
        lead = self.text[lo:op.start]
        stop = list(regex.finditer(r"[;]|,\s", lead))
        lead = lead[stop[-1].end():] if stop else lead
        if years := _YEAR.findall(lead):
            return "year", int(years[-1])
        if rel := list(_RELATIVE_YEAR.finditer(lead)):
            return "relative", _relative_offset(rel[-1].group("when"))
        return None

    @staticmethod
    def _earlier_than(old: Optional[tuple[str, int]], new: Optional[tuple[str, int]], named_year: Optional[str]) -> bool:
        """Is a figure of year ``old`` the earlier value of one of year ``new``? The year named after
        the percentage ("dari tahun 2022") must be the old figure's; "tahun lalu" must be a year
        before the new one's, or named so ("tahun lalu Rp A")."""
        if old is None:
            return False
        if named_year is not None:
            return old == ("year", int(named_year))
        if new is None:
            return old == ("relative", -1)
        return old[0] == new[0] and old[1] < new[1]

    def _one_value_a_sentence_before(self, ps: int, before: list[Mention]) -> tuple[int, list[Mention]]:
        """The two values of a change named after them, one a sentence ("Tahun lalu anggaran Dinsos
        Rp A. Tahun ini Rp B. Kenaikannya P persen"): ``before`` is the one amount of the sentence
        before the change's (starting at ``ps``); when the sentence before that has one amount and
        no percentage either, the two sentences are read as one. Else ``ps`` and ``before`` as
        they were."""
        qs, qe = self._filled_sentence_before(ps)
        if qe == 0 or self._percents_between(qs, qe):
            return ps, before
        earlier = self._amounts_between(qs, qe)
        if len(earlier) != 1 or not self._speaks_of_the_same(qs, qe, ps, before[0].start):
            return ps, before
        return qs, earlier + before

    def _speaks_of_the_same(self, qs: int, qe: int, ps: int, second: int) -> bool:
        """Does the sentence at ``ps`` name, before its figure at ``second``, nothing the sentence
        ``qs:qe`` before it does not (its time, change and reference words aside)? "Tahun 2021
        anggaran Rp A. Tahun 2022 naik menjadi Rp B", "Tahun lalu ... Rp A. Tahun ini Rp B": one
        value of one thing a sentence; not "Tahun 2022 hibah Rp A. Tahun 2023 belanja pegawai Rp B"."""
        lead = _YEARS_SPAN.sub(" ", self.text[ps:second])
        words = _money_words().change.sub(" ", lead)
        words = " ".join(w for w in _WORD.findall(words) if w.lower() not in _SENTENCE_OPENERS)
        return _tie_words().words_allowed(words, self.text[qs:qe])

    def _old_and_new(self, first: Mention, second: Mention, sentence_start: int) -> Optional[tuple[Mention, Mention]]:
        """The old and the new value of two amounts of one sentence: "dari Rp A menjadi Rp B",
        "Rp B, naik dari Rp A", or two amounts of two years (the earlier year's is the old value);
        None where the words do not tell."""
        mw = _money_words()
        if mw.old_before.search(self.text, max(sentence_start, first.start - 60), first.start) and \
                mw.new_before.search(self.text, first.end, second.start):
            return first, second  # "semula Rp A kemudian menjadi Rp B"
        lead = self.text[max(first.end, second.start - 60):second.start]
        if mw.old_before.search(lead) and mw.change.search(lead):
            return second, first  # "sebesar Rp B, naik dari Rp A"
        years = [self._lead_year(a) or self._year_right_after(a) for a in (first, second)]
        if None in years and self.seg.sentence(first.start) != self.seg.sentence(second.start):
            # one amount a sentence: "Pada 2022, pagu tercatat Rp A. Pada 2023 ... menjadi Rp B"
            years = [y or self._only_year_before(a) for y, a in zip(years, (first, second))]
        if None in years:
            # "tahun lalu Rp A ... tahun ini Rp B": years named by their distance from the report's
            years = [self._lead_relative_year(a) for a in (first, second)]
        if None in years or years[0] == years[1]:
            return None
        return (first, second) if years[0] < years[1] else (second, first)  # type: ignore[operator]

    def _only_year_before(self, a: Mention | Operand) -> Optional[str]:
        """The one year its sentence names before an amount ("Pada 2022, pagu ... tercatat Rp A"), or
        None where it names none or several."""
        s, _ = self.seg.sentence(a.start)
        years = set(_YEAR.findall(self.text[s:a.start]))
        return years.pop() if len(years) == 1 else None

    def _lead_relative_year(self, a: Mention) -> Optional[str]:
        """The year the words right before an amount name from the year of writing: "tahun lalu",
        "tahun sebelumnya" (-1), "tahun ini", "tahun berjalan" (0), "tahun depan" (+1), as a
        string that sorts as the years do; None where they name none or a year in digits."""
        lead = self.text[self._lead_start(a):a.start]
        found = list(_RELATIVE_YEAR.finditer(lead))
        if not found or _YEAR.search(lead):
            return None
        return str(1 + _relative_offset(found[-1].group("when")))  # "0", "1", "2": sort as the years do

    def _year_right_after(self, a: Mention) -> Optional[str]:
        """The year written right after an amount ("Rp A untuk 2025", "Rp A pada tahun 2024")."""
        m = _YEAR_RIGHT_AFTER.match(self.text, a.end, a.end + 30)
        return m.group(1) if m else None

    def _change(self, p: Mention, words: list[regex.Match], amounts: list[Mention], decrease: bool,
                lo: int) -> Optional[RatioClaim]:
        """The change claim of ``p`` from the change words and the amounts of its clause."""
        mw = _money_words()
        w = words[-1]
        old = new = diff = None
        years: dict[int, int] = {}  # an amount's year, told in its lead ("tahun 2023 Rp A")
        prev_end = lo
        for a in amounts:
            lead = self.text[max(prev_end, a.start - 60):a.start]
            prev_end = a.end
            if y := _YEAR.findall(lead):
                years[id(a)] = int(y[-1])  # "tahun 2023 Rp A"
            elif y_after := _YEAR_AFTER.match(self.text, a.end, a.end + 20):
                years[id(a)] = int(y_after.group(1))  # "Rp A tahun 2023"
            later = [x for x in words if x.start() >= a.end]
            if any(x.end() <= a.start and _CHANGE_AMOUNT.fullmatch(self.text[x.end():a.start].replace(" lagi", "", 1))
                   for x in words):
                diff = diff or a  # "berkurang Rp D", "penurunan sebesar Rp D"
            elif mw.new_before.search(lead):
                new = new or a
            elif mw.old_before.search(lead) or (a.start > words[0].end() and mw.old_after_change.search(lead)):
                old = old or a  # "dari semula Rp A", "dibanding tahun lalu sebesar Rp A", "turun ... dari total Rp A"
            elif later and _SUBJECT_GAP.fullmatch(self.text[a.end:later[0].start()]):
                new = new or a  # "sebesar Rp B, turun dari Rp A"
        if old is not None and new is not None and diff is not None and \
                abs(abs(new.value - old.value) - diff.value) > 0.5:  # type: ignore[operator]
            new = self._new_of_stated_difference(old, diff, new)
        by_year = False
        if old is None and diff is None and new is not None:
            old = self._old_by_year(new, amounts, years)
            by_year = old is not None
        beside = self._amount_beside(p)
        if old is None and new is None and diff is not None and beside is not None and beside.end <= p.start:
            # "APBD induk Rp A. ... dipotong Rp D atau 15 persen, lalu ..., sehingga total pemotongan
            # Rp E atau 25 persen": each cut beside its percentage, of the one amount of the sentence before
            if any(x.end() <= beside.start and _CHANGE_AMOUNT.fullmatch(self.text[x.end():beside.start].replace(" lagi", "", 1))
                   for x in words):
                diff = beside
            old = self._old_in_sentence_before(diff) if diff is beside else None
        if old is None and new is None and diff is not None and beside is diff:
            old = self._old_of_pair_before(diff, decrease) or self._old_of_revision_before(diff, decrease)
        # the percentage is the change's: right after its word ("atau turun 15,68 persen"), beside
        # the change amount ("berkurang Rp D atau 15,68 persen"), or beside the new value after
        # the old value or the change ("naik dari Rp A menjadi Rp B (15%)", "bertambah Rp D
        # menjadi Rp B (15%)")
        after_word = _WORDS_ONLY.fullmatch(self.text[w.end():p.start]) is not None
        first = old if old is not None else diff
        after_new = beside is not None and beside is new and first is not None and \
            (by_year or words[0].end() <= first.start) and first.start < new.start  # type: ignore[union-attr]
        if not (after_word or (beside is not None and beside is diff) or after_new):
            return None
        if after_new and not after_word and _DARI.match(self.text[p.end:p.end + 12]):
            return None  # "naik dari Rp A menjadi Rp B (95%) dari pagu Rp C": a share of something else
        claim = self._change_claim(p, old, new, diff, decrease)
        if claim is not None and after_new and not after_word and self._realisation_before(words[0].start()) and \
                not evidence.explains(claim.percent, claim.numerator, claim.denominator, self.text):
            return None  # "realisasi naik dari Rp A menjadi Rp B (95%)": perhaps B's share of its pagu
        return claim

    def _new_of_stated_difference(self, old: Mention, diff: Mention, new: Mention) -> Mention:
        """The new value of a change whose old value and difference are stated, where the amount
        read as the new one is not old plus or minus the difference: the one other amount of the
        sentence that is ("Realisasi Belanja Barang sebesar Rp A atau 94,43 persen dari anggaran
        Rp B, naik Rp D atau 9,85 persen dibanding realisasi tahun 2018 sebesar Rp C": A = C + D,
        not B)."""
        s, e = self.seg.sentence(diff.start)
        exact = [a for a in self._amounts_between(s, e) if a is not old and a is not diff and a.value is not None
                 and abs(abs(a.value - old.value) - diff.value) <= 0.5]  # type: ignore[operator]
        return exact[0] if len(exact) == 1 else new

    def _short_paragraph_run(self, offset: int) -> tuple[int, int]:
        """The paragraph at ``offset``, widened over the short paragraphs right before it when it is
        short itself (news gives each period of a list a paragraph: "Hingga triwulan I, realisasi Rp
        A atau 10,5 persen. // Hingga triwulan II Rp B atau 39 persen.")."""
        ps, pe = self.seg.paragraph(offset)
        if pe - ps >= SHORT_PARAGRAPH:
            return ps, pe
        for _ in range(4):
            qs, qe = self.seg.previous_paragraph(ps)
            if qe == 0 or qs >= ps or qe - qs >= SHORT_PARAGRAPH or not self.text[qs:qe].strip():
                break
            ps = qs
        return ps, pe

    def _sentence_before(self, offset: int) -> int:
        """Where the sentence before the one at ``offset`` starts; across a paragraph break when
        both paragraphs are short, a sentence each (news: "Pagu tahun ini Rp A, kata dia. // Hingga
        triwulan I, realisasi Rp B atau 10,5 persen.")."""
        ws, we = self.seg.previous_sentence(offset)
        if we and not self.text[ws:we].strip():
            s, e = self.seg.sentence(offset)
            ps, pe = self.seg.previous_sentence(ws)
            if e - s < SHORT_PARAGRAPH and pe - ps < SHORT_PARAGRAPH and \
                    self.seg.paragraph(ps)[0] == ps and self.seg.paragraph(s)[0] == s:
                return ps
        return ws

    def _revised_budget(self, ps: int, pe: int, s: int, e: int) -> bool:
        """Does the sentence before name an original budget ("pagu ... APBD induk", "anggaran murni")
        and this one the budget after its revision ("Setelah refocusing, pagu bertambah menjadi Rp
        B"), with no percentage of its own in the sentence before?"""
        return bool(_ORIGINAL_BUDGET.search(self.text, ps, pe) and _REVISION.search(self.text, s, e)
                    and not self._percents_between(ps, pe))

    def _old_in_sentence_before(self, diff: Mention) -> Optional[Mention]:
        """The old value of a change stated only by its amount: the one amount of the sentence
        before (across a paragraph break too), which has no percentage, if it is larger."""
        s, _ = self.seg.sentence(diff.start)
        ps, pe = self._filled_sentence_before(s)
        if pe == 0:
            return None
        before = self._amounts_between(ps, pe)
        if len(before) == 2 and self._from_to(before[0], before[1], ps):
            # "... bertambah dari Rp A menjadi Rp B. Penambahan sebesar Rp D atau 10 persen": the old
            # value is the one the sentence before changes from
            before = before[:1]
        if len(before) != 1 or self._percents_between(ps, pe) or before[0].value <= diff.value:
            return None
        return before[0]

    def _old_of_pair_before(self, diff: Mention, decrease: bool) -> Optional[Mention]:
        """The old value of a change stated by its amount after the two amounts it is the
        difference of, with no word telling which is which: "Realisasi TA 2022 dan TA 2021
        masing-masing sebesar Rp A dan Rp B, sehingga terdapat kenaikan sebesar Rp D atau P%" (a
        CaLK's way). The difference proves the pair (within DIFFERENCE_TOLERANCE, for a difference
        written rounded); the old value is the smaller for a rise, the larger for a fall. The
        sentence must name two years before the pair, the pair's: two amounts of other things
        ("belanja pegawai Rp 5 miliar dan belanja barang Rp 3 miliar") may differ by the change by chance."""
        s, _ = self.seg.sentence(diff.start)
        before = self._amounts_between(s, diff.start)
        if len(before) < 2 or self._percents_between(before[-2].start, diff.start) or \
                len(set(_YEAR.findall(self.text, s, before[-2].start))) != 2:
            return None
        a, b = before[-2], before[-1]
        if not diff.value or not _is_difference(a.value, b.value, diff.value):
            return None
        return max(a, b, key=lambda m: m.value) if decrease else min(a, b, key=lambda m: m.value)

    def _old_of_revision_before(self, diff: Mention, decrease: bool) -> Optional[Mention]:
        """The old value of a change stated by its amount alone in its sentence, of the revision the
        sentence before tells: "... yang semula dianggarkan Rp A pada perubahan menjadi Rp B.
        Anggaran program ini berkurang Rp D atau P%". The sentence before holds those two amounts
        only, the first after "semula" or "dari", "menjadi" between them, and D is their
        difference (which proves the pair), in the change's direction."""
        s, _ = self.seg.sentence(diff.start)
        if self._amounts_between(s, diff.start):
            return None
        ps, pe = self._filled_sentence_before(s)
        pair = self._amounts_between(ps, pe) if pe else []
        if len(pair) != 2:
            return None
        a, b = pair
        if not (_REVISION_OLD_BEFORE.search(self.text, max(ps, a.start - 40), a.start)
                and _REVISION_NEW_BETWEEN.fullmatch(self.text, a.end, b.start)):
            return None
        if not diff.value or not _is_difference(a.value, b.value, diff.value) or (a.value > b.value) != decrease:
            return None
        return a

    def _from_to(self, old: Mention, new: Mention, sentence_start: int) -> bool:
        """Are two amounts of one sentence a change "dari Rp A menjadi Rp B" (after a change word),
        or "semula Rp A menjadi Rp B" (which says the change itself)?"""
        mw = _money_words()
        lead = self.text[max(sentence_start, old.start - 60):old.start]
        return bool(mw.old_before.search(lead) and mw.new_before.search(self.text[old.end:new.start])
                    and (mw.change.search(self.text, sentence_start, old.start) or _FORMERLY_BEFORE.search(lead)))

    def _old_by_year(self, new: Mention, amounts: list[Mention], years: dict[int, int]) -> Optional[Mention]:
        """The old value of a change whose new value has no "dari" before it: the amount of an
        earlier year before it in its clause ("tahun 2023 Rp A dan tahun 2024 Rp B atau naik 15
        persen"), or the one amount of the sentence before, which speaks of an earlier year only
        ("Anggaran tahun 2021 Rp A. Pada tahun 2022 anggaran turun menjadi Rp B ...")."""
        if id(new) in years:
            earlier = [a for a in amounts if a.end <= new.start and years.get(id(a), 9999) < years[id(new)]]
            if earlier:
                return earlier[-1]
        s, e = self.seg.sentence(new.start)
        if id(new) in years and (contrasted := self._contrasted_year_amount(new, years[id(new)], s)) is not None:
            return contrasted
        ps, pe = self.seg.previous_sentence(new.start)
        # (the sentence's paragraph is its first word's: a sentence after a full stop at a line's
        # end starts with that line break, which is the paragraph before's)
        if pe == 0 or self.seg.paragraph(_first_word(self.text, ps, pe))[0] != self.seg.paragraph(s)[0]:
            return None
        theirs, ours = _YEAR.findall(self.text[ps:pe]), _YEAR.findall(self.text[s:e])
        before = self._amounts_between(ps, pe)
        if len(before) != 1:
            return None
        if self._revised_budget(ps, pe, s, e):
            return before[0]
        if not theirs and not ours:
            # years told relative to the text's: "Tahun lalu anggaran bansos Rp A. Tahun ini naik 15
            # persen menjadi Rp B"
            theirs_rel, ours_rel = evidence.years_of(self.text[ps:pe]), evidence.years_of(self.text[s:e])
            return before[0] if theirs_rel == {"@-1"} and ours_rel <= {"@0"} else None
        if not theirs or not ours or max(map(int, theirs)) >= min(map(int, ours)):
            return None
        return before[0]

    def _contrasted_year_amount(self, new: Mention, year: int, sentence_start: int) -> Optional[Mention]:
        """The amount of an earlier year that the clause before a contrasting "sedangkan" or
        "sementara" states, with no percentage of its own ("Anggaran Dinsos 2023 Rp A, sedangkan 2024
        Rp B atau turun 8,55 persen"): the one amount of the sentence before the new value's clause."""
        breaks = [m for m in _CONTRAST_BREAK.finditer(self.text, sentence_start, new.start)]
        if not breaks:
            return None
        before = self._amounts_between(sentence_start, breaks[-1].start())
        if len(before) != 1 or self._percents_between(sentence_start, new.start):
            return None
        lead = self._lead_year(before[0])
        return before[0] if lead is not None and int(lead) < year else None

    def _change_claim(self, p: Mention, old: Optional[Mention], new: Optional[Mention], diff: Optional[Mention],
                      decrease: bool) -> Optional[RatioClaim]:
        sign = 1 if decrease else -1
        pct = _operand(p)
        if diff is not None and old is not None and new is not None and \
                (old.value - new.value) * sign > 0 and not _is_difference(old.value, new.value, diff.value):
            # "semula Rp A menjadi Rp B atau bertambah Rp D (P%)" where D is not B - A: one of the
            # figures slipped; the percentage is judged as a change of the two values (the gold's
            # rule), so that the slip shows, whichever figure it is in
            claim = self._change_claim(p, old, new, None, decrease)
            if claim is not None:
                claim.notes.append(f"the change stated, {diff.text.strip()}, is not the difference of the two values")
            return claim
        if diff is not None and (old is not None or new is not None):
            d = _operand(diff)
            if old is not None:
                o = _operand(old)
            else:
                n = _operand(new)  # type: ignore[arg-type]
                coarse = max((n, d), key=lambda x: Decimal(1).scaleb(-x.decimals) * x.scale)
                first, last = min(n.start, d.start), max(n.end, d.end)
                o = Operand(n.value + d.value * sign, first, last, self.text[first:last], coarse.decimals,
                            coarse.scale, n.unit)
            if o.value <= 0 or (decrease and d.value >= o.value):
                return None
            note = "the change stated in money over the old value" if old is not None else \
                f"the change over the old value ({'new + decrease' if decrease else 'new - increase'})"
            return RatioClaim("share", pct, d, o, notes=[note])
        if old is not None and new is not None:
            o, n = _operand(old), _operand(new)
            change = (o.value - n.value) * sign
            if o.value <= 0 or change <= 0:
                return None  # the values go the other way than the word says: not these
            first, last = min(o.start, n.start), max(o.end, n.end)
            num = Operand(change, first, last, self.text[first:last], max(o.decimals, n.decimals),
                          max(o.scale, n.scale), o.unit)
            formula = "decrease: (old - new)" if decrease else "increase: (new - old)"
            return RatioClaim("share", pct, num, o, change=(o, n), notes=[f"a percentage {formula} / old"])
        return None

    def _realisation_before(self, offset: int) -> bool:
        s, _ = self.seg.sentence(offset)
        return any(_keyword_role(m.group(0)) == "real"
                   for m in _keyword_re().finditer(self.text, s, offset))

    def period_claims(self, budget: list[RatioClaim], claimed: set[int],
                      roles: dict[int, Optional[str]]) -> list[RatioClaim]:
        """The realisations of successive periods of one pagu ("hingga triwulan I terealisasi Rp A
        (15%), triwulan II Rp B (40%)", "Pada triwulan I realisasi Rp A atau 15 persen. Pada
        triwulan II realisasi Rp B atau 48 persen.", "triwulan I 15 persen (Rp A), triwulan II 40
        persen (Rp B) ... dari pagu Rp C"): each one's percentage is of the pagu a realisation of
        another period in its paragraph was stated with. The clause must name its period, another
        than that claim's, and nothing else but money words ("sedangkan hingga Juni Dinas Kesehatan
        menyerap Rp B" is another budget)."""
        out: list[RatioClaim] = []
        # "... triwulan III 65 persen (Rp A) dari pagu Rp C": a period's realisation named by its
        # place, the pagu after it, is an anchor too
        for p in self.percents:
            a = self._amount_beside(p)
            if p.start in claimed or a is None or roles[id(a)] not in (None, "real"):
                continue
            den = self._amount_after_dari(a if a.start > p.start else p)  # "65 persen (Rp A) dari pagu Rp C"
            if den is None or roles[id(den)] != "budget" or a.value > den.value or \
                    not self._period_label(p.start, a.start, bare=True):
                continue
            out.append(RatioClaim("budget", _operand(p), _operand(a), _operand(den),
                                  notes=["a period's realisation of the pagu after it"]))
        claimed = claimed | {c.percent.start for c in out}
        refs = [(c, self._period_label(c.percent.start, c.numerator.start)) for c in budget + out if c.kind == "budget"]
        refs = [(c, lab) for c, lab in refs if lab]
        used = {c.numerator.start for c in budget + out} | {c.denominator.start for c in budget + out}
        for p in self.percents:
            if p.start in claimed or not refs:
                continue
            a = self._amount_beside(p)
            if a is None or a.start in used or roles[id(a)] not in (None, "real"):
                continue
            _, se = self.seg.sentence(p.start)
            label = self._period_label(p.start, a.start, bare=True)
            if label:
                # the periods of its own paragraph first, then of the short paragraphs before it
                near = []
                for ps, pe in (self.seg.paragraph(p.start), self._short_paragraph_run(p.start)):
                    near = near or [(c, lab) for c, lab in refs if lab != label and ps <= c.percent.start < pe
                                    and (c.percent.start < p.start or c.percent.start < se)]
            else:
                # the list's first item may name the list's subject ("Realisasi Dinsos s.d. TW III
                # Rp A (65%) dan s.d. TW IV Rp B (95%) dari pagu Rp C"): of the pagu after it in
                # its sentence
                label = self._period_label(p.start, a.start)
                near = [(c, lab) for c, lab in refs if label and lab != label and p.end <= c.percent.start < se]
            if not near:
                continue
            c, _ = min(near, key=lambda r: abs(r[0].percent.start - p.start))
            den = c.denominator
            if a.value > den.value:
                continue
            claim = RatioClaim("budget", _operand(p), _operand(a), den, implicit_denominator=True,
                               notes=["the realisation of another period of the same pagu"])
            out.append(claim)
            used.add(a.start)
            refs.append((claim, label))
        return out

    def later_period_claims(self, claims: list[RatioClaim]) -> list[RatioClaim]:
        """:meth:`period_claims` again, anchored on the budget claims of every finder."""
        roles = {id(a): self._role(a) for a in self.amounts}
        budget = [c for c in claims if c.kind == "budget" and c.change is None]
        return self.period_claims(budget, {c.percent.start for c in claims}, roles)

    def share_claims(self, claimed: set[int], roles: dict[int, Optional[str]]) -> list[RatioClaim]:
        """An amount's share of a whole that the words name as its whole: "Rp A atau 2 persen dari
        total APBD Rp W", "45 persen (Rp A) dari total anggaran Rp W", "Dari total anggaran Rp W,
        sebesar 45 persen atau Rp A dialokasikan ...", "Anggaran Dinsos Rp W, 65 persen di
        antaranya atau Rp A untuk bansos". The part stands beside the percentage."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            a = self._amount_beside(p)
            if a is not None and a.end <= p.start and (after := self._amount_beside(p, after=True)) is not None \
                    and self._whole_referred_to(p, after) is a:
                a = after  # "Dari total anggaran Rp W, sebesar 45 persen atau Rp A": W is the whole
            if a is None or roles[id(a)] == "remainder":
                continue
            part_before = self._part_dari_whole(p, a)
            spent = False
            if part_before is not None:
                # "baru Rp 96 jt dari Rp 240 jt atau 40%": the part, "dari" and its whole, then the percentage
                a, whole = part_before, a
                if roles[id(a)] == "remainder":
                    continue
                # "realisasinya Rp A dari Rp W": a realisation word of the part's own clause
                spent = evidence.speaks_of_realisation(evidence.own_clause(self.text, self.seg.sentence(a.start)[0],
                                                                           a.start))
            else:
                whole = self._amount_after_dari(a if a.start > p.start else p)
            referred = whole is None  # (a whole the words name away from the part, no "dari" after it)
            if whole is None:
                whole = self._whole_referred_to(p, a) or self._total_of_sentence_before(p, a)
            if whole is None or whole is a or whole.value <= 0:
                continue
            if whole.value < a.value and not self._of_another_year(p, whole):
                continue  # a part is not above its whole; another year's figure may be below this one's
            if referred and self._listed_shares_overflow(p, whole):
                # "Total realisasi Rp W, yaitu sub kegiatan A Rp X (98,44%) dan B Rp Y (99,39%)": the
                # parts' percentages add up to far more than the whole, so each is of its own pagu
                continue
            lead = self.text[max(0, whole.start - 40):whole.start]
            # a realisation, or a part of a budget ("Rp A atau 72,51 persen dari pagu Rp W"), is the
            # budget's realisation; a part of another whole ("dari total APBD Rp W") its share
            # a realisation as the whole ("105 persen dari realisasi tahun sebelumnya Rp W") is
            # no budget: the ratio of two realisations is a share
            kind = "target" if _TARGET_WORD.search(lead) else "share" if roles[id(whole)] == "real" else \
                "budget" if spent or roles[id(a)] == "real" or roles[id(whole)] == "budget" else "share"
            out.append(RatioClaim(kind, _operand(p), _operand(a), _operand(whole),  # type: ignore[arg-type]
                                  notes=["the whole named as such by the words around the percentage"]))
        return out

    def _listed_shares_overflow(self, p: Mention, whole: Mention) -> bool:
        """Do the percentages of the sentence that each stand beside an amount below ``whole``
        (``p`` among them) add up to more than a whole, none of them its amount's share of it? (One
        slipped share of several makes them add up to more too: the others still fit.)"""
        s, e = self.seg.sentence(p.start)
        listed = [(q, a) for q in self.percents if s <= q.start < e and q.value is not None
                  and (a := self._amount_beside(q)) is not None and a is not whole and a.value <= whole.value]
        return len(listed) >= 2 and any(q is p for q, _ in listed) \
            and sum(q.value for q, _ in listed) > _WHOLE_AND_ROUNDING \
            and not any(_fits(_operand(a).value, _operand(whole).value, _operand(q)) for q, a in listed)

    def _whole_referred_to(self, p: Mention, part: Mention) -> Optional[Mention]:
        """The whole before a part that the words point back to: a sentence opening "Dari (total
        ...) Rp W," before the part, or "di antaranya" right after the percentage or the part."""
        s, _ = self.seg.sentence(p.start)
        first = min(p.start, part.start)
        # an amount with a percentage of its own beside it is a part of a list of shares ("35 persen
        # atau Rp 2,1 miliar untuk ..., dan 15 persen atau Rp 900 juta"), not the next one's whole
        before = [m for m in self._amounts_between(s, first) if not self._percents_between(m.end, first)
                  and not self._has_own_percent(m, s, p)]
        s = _after_dateline(self.text, s)
        opening = _OPENING_DARI.match(self.text, s)
        if not before:
            # the second share of a list under its opening whole: "Dari anggaran Rp W, 40 persen atau
            # Rp A untuk ..., dan 60 persen atau Rp B untuk ..."
            listed = self._amounts_between(s, first)
            if opening and listed and opening.end() == listed[0].start and \
                    not regex.search(r"\d", _YEAR.sub("", self._without_earlier_shares(listed[0].end, first, s, p))):
                return listed[0]
            return self._whole_pointed_back(p, part)
        # a year may name the whole's budget between it and the part ("Dari total belanja daerah Rp
        # W dalam APBD 2024, Dinas Sosial mendapat Rp A atau P persen"); no other figure
        if opening and opening.end() == before[0].start and \
                not regex.search(r"\d", _YEAR.sub("", self._without_earlier_shares(before[0].end, first, s, p))):
            return before[0]
        # "Total APBD tahun 2023 Rp W, sedangkan anggaran Dinas Sosial Rp A atau 2 persen": the
        # sentence opens with the total, the part the one amount after it
        total = _OPENING_TOTAL.match(self.text, s)
        if total and total.end() == before[0].start and len(before) == 1 and \
                not regex.search(r"\d", _YEAR.sub("", self.text[before[0].end:first])) and \
                not _money_words().change.search(self.text, before[0].end, p.start):
            return before[0]
        if len(before) == 1 and (_AMONG.match(self.text, p.end) or _AMONG.match(self.text, part.end)):
            return before[0]
        return None

    def _filled_sentence_before(self, s: int) -> tuple[int, int]:
        """The span of the sentence before the one starting at ``s``, over the blank line between
        two paragraphs; (0, 0) at the text's start."""
        ps, pe = self.seg.previous_sentence(s)
        if pe and not self.text[ps:pe].strip():
            ps, pe = self.seg.previous_sentence(ps)
        return ps, pe

    def _total_of_sentence_before(self, p: Mention, part: Mention) -> Optional[Mention]:
        """"Bantuan ... senilai Rp W disalurkan ke 11 kabupaten. Merangin menerima Rp A atau 20
        persen dari total": a percentage "dari total" with no figure right after it, its part beside
        it, no other amount before the part in its sentence; the whole is the one amount of
        the sentence before (across a paragraph break too), which has no percentage of its own."""
        if not _OF_THE_TOTAL.match(self.text, p.end, p.end + 40):
            return None
        s, _ = self.seg.sentence(p.start)
        if [m for m in self._amounts_between(s, part.start) if m.end <= part.start]:
            return None
        ps, pe = self._filled_sentence_before(s)
        if pe == 0:
            return None
        before = self._amounts_between(ps, pe)
        if len(before) != 1 or self._percents_between(ps, pe) or before[0].value < part.value:
            return None
        return before[0]

    def _has_own_percent(self, m: Mention, sentence_start: int, but: Mention) -> bool:
        """Is a percentage of the sentence other than ``but`` right before or right after the amount ``m``?"""
        near = self._percents_between(max(sentence_start, m.start - 40), m.end + 40)
        return any(q is not but and evidence.beside(self.text, q, m) for q in near)

    def _without_earlier_shares(self, start: int, end: int, sentence_start: int, p: Mention) -> str:
        """The text between two offsets without the earlier items of a list of shares ("Dari
        anggaran Rp W, 40 persen atau Rp A untuk ..., dan 60 persen atau Rp B untuk ...": before the
        second, "40 persen atau Rp A" is the first item, no figure of the second's)."""
        spans = [(q.start, q.end) for q in self._percents_between(start, end) if q is not p]
        spans += [(a.start, a.end) for a in self._amounts_between(start, end)
                  if a.end <= end and self._has_own_percent(a, sentence_start, p)]
        if not spans:
            return self.text[start:end]
        kept, at = [], start
        for a, b in sorted(spans):
            kept.append(self.text[at:a])
            at = max(at, b)
        kept.append(self.text[at:end])
        return " ".join(kept)

    def _has_own_share_of_list(self, m: Mention, sentence_start: int, but: Mention) -> bool:
        """Has the amount ``m`` a percentage of its own beside it that names no whole after it?"""
        near = self._percents_between(max(sentence_start, m.start - 40), m.end + 40)
        return any(q is not but and evidence.beside(self.text, q, m) and not _DARI.match(self.text[q.end:q.end + 12])
                   for q in near)

    def _opened_by_its_whole(self, m: Mention, sentence_start: int) -> bool:
        """Does the sentence of ``m`` open with "Dari" and an amount before it, its whole ("Dari Rp W
        itu, Rp A atau 25 persen ...")?"""
        s = _after_dateline(self.text, sentence_start)
        opening = _OPENING_DARI.match(self.text, s)
        before = self._amounts_between(s, m.start)
        return bool(opening and before and before[0].start == opening.end() and before[0].value > m.value)

    def _whole_pointed_back(self, p: Mention, part: Mention) -> Optional[Mention]:
        """"Total belanja hibah dan bansos Rp W. Dari jumlah tersebut, Rp A atau 25 persen ...": a
        sentence opening with a back reference, the whole the one amount of the sentence before
        (in the paragraph, with no percentage of its own)."""
        s, _ = self.seg.sentence(p.start)
        opening = _tie_words().pointing_back.match(self.text, s)
        # "Dinsos mengalokasikan Rp W ... . Sebanyak Rp A di antaranya atau P persen ...": the part
        # names itself one among the whole of the sentence before
        among = opening is None and part.end <= p.start and _tie_words().among.match(self.text, part.end) is not None
        if not among and (opening is None or opening.end() > min(p.start, part.start)):
            return None
        ps, pe = self._filled_sentence_before(s)
        if pe == 0:
            return None
        wholes = self._amounts_between(ps, pe)
        named = None if among else self._amount_named_by(opening.group(0), wholes, ps)
        if named is None and not wholes:
            # a sentence with no figure between ("SiLPA ... Rp W atau 4,2 persen dari .... Angka itu
            # disampaikan dalam rapat Pansus. // Dari sisa lebih itu, Rp A ..."): the noun may name
            # an amount of the sentence before that one, or, where that one compares it with another
            # year's ("Jumlah itu naik dibandingkan anggaran tahun 2023 sebesar Rp V"), of the one
            # before it ("Anggaran Dinas Sosial ... pada APBD 2024 ditetapkan sebesar Rp W.")
            qs, qe = self._filled_sentence_before(ps)
            for _ in range(2):
                if not qe:
                    break
                named = self._amount_named_by(opening.group(0), [a for a in self._amounts_between(qs, qe)
                                                                 if not self._compared_old_value(a, qs)], qs)
                if named is not None or not evidence.POINTS_BACK_SUBJECT.match(self.text, qs):
                    break
                qs, qe = self._filled_sentence_before(qs)
            ps = qs if named is not None else ps
        if named is not None:
            # "... rencana anggaran tahun 2025 sebesar Rp W, naik 8,5 persen dari Rp V. // Dari
            # rencana tersebut, Rp A atau 40 persen ...": the amount the opening's noun names, in the
            # sentence before even across a paragraph break (news gives a sentence a paragraph)
            # a percentage of its own makes it a part of a list, unless that percentage names the
            # whole it is of ("SiLPA Rp W atau 4,2 persen dari total belanja Rp V. Dari sisa lebih
            # itu, Rp A atau P persen ...": W is a part of V and the whole of A)
            # (nor where its own percentage is of the whole its sentence opens with: "Dari Rp W itu, Rp A
            # atau 25 persen merupakan ...": A is a whole in turn, as "dari" after the percentage would say)
            return named if named.value >= part.value and (not self._has_own_share_of_list(named, ps, p)
                                                           or self._opened_by_its_whole(named, ps)) else None
        # a change told in the sentence before is no whole: "Pagu 2024 Rp W, naik Rp C atau 1,5 persen
        # dibanding pagu 2023 sebesar Rp V. Dari jumlah itu, Rp A atau P persen ...": W is the whole
        if self.seg.paragraph(ps)[0] != self.seg.paragraph(s)[0] or \
                any(q.start not in self.change_percents for q in self._percents_between(ps, pe)):
            return None
        wholes = [w for w in wholes if (w.start, w.end) not in self.change_figures]
        if len(wholes) != 1 or wholes[0].value < part.value:
            return None
        return wholes[0]

    def _compared_old_value(self, a: Mention, sentence_start: int) -> bool:
        """Is the amount the other year's value a change compares with ("naik dibandingkan anggaran
        tahun 2023 sebesar Rp V", "turun dari Rp V")?"""
        return a.start in self.old_values or evidence.changed_from_before(self.text, max(sentence_start, a.start - 60), a.start)

    def _amount_named_by(self, opening: str, amounts: list[Mention], sentence_start: int) -> Optional[Mention]:
        """The one amount of ``amounts`` whose words before it (from the amount before) name the noun
        of a back reference ("Dari rencana tersebut" names "rencana anggaran ... sebesar Rp W"). Nouns
        of any figure ("jumlah", "total") name none."""
        nouns = {w.lower() for w in _WORD.findall(opening)} - _GENERIC_BACK_NOUNS - \
            {w.lower() for w in _vocab()["demonstrative_words"]}
        if not nouns:
            return None
        hits = []
        lead_start = sentence_start
        spelled = _vocab().get("abbreviation_words", {})
        for m in amounts:
            lead = {w.lower() for w in _WORD.findall(self.text[lead_start:m.start])}
            lead |= {w for abbreviation in lead for w in spelled.get(abbreviation, ())}  # "SiLPA": "sisa lebih"
            if lead & nouns:
                hits.append(m)
            lead_start = m.end
        if not hits and amounts:
            # or the words after an amount say what it is, to the next amount or the sentence's end
            # ("Dari Rp W itu, Rp A atau sekitar 25 persen merupakan belanja bantuan sosial. Dari
            # anggaran bansos tersebut, ..."): the opening's abbreviation spelled out
            nouns |= {w for n in list(nouns) for w in spelled.get(n, ())}
            _, sentence_end = self.seg.sentence(amounts[-1].start)
            for m, nxt in zip(amounts, [a.start for a in amounts[1:]] + [sentence_end]):
                tail = {w.lower() for w in _WORD.findall(self.text[m.end:nxt])}
                if tail & nouns:
                    hits.append(m)
        return hits[0] if len(hits) == 1 else None

    def _period_label(self, p_start: int, a_start: int, bare: bool = False) -> Optional[frozenset[str]]:
        """The period a realisation's clause names ("triwulan ii", "semester i", "juni"), as its
        words and the numeral after each, or None. ``bare``: the clause must say nothing but its
        period, its realisation and money words (no other agency or subject)."""
        start = min(p_start, a_start)
        s, _ = self.seg.sentence(start)
        clause_start = max([s, start - 150] + [q.end for q in self._percents_between(max(0, s), start)] +
                           [m.end for m in self._amounts_between(max(s, start - 150), start)])
        clause = self.text[clause_start:start]
        stop = list(_CLAUSE_BREAK.finditer(clause))
        if stop:
            clause = clause[stop[-1].end():]
        label = set()
        for m in _money_words().period.finditer(clause):
            label.add(" ".join(m.group(0).lower().split()))
            nxt = _NUMERAL_AFTER.match(clause, m.end())
            if nxt:
                label.add(nxt.group(1).lower())
        if not label:
            return None
        if bare:
            v = evidence.vocabulary()
            allowed = v.reference | _CONNECTIVES
            for word in _WORD.findall(clause):
                low = word.lower()
                if low in allowed or low in label or _money_words().period.fullmatch(word) or \
                        _keyword_re().fullmatch(word) or v.money.fullmatch(word):
                    continue
                return None
        return frozenset(label)

    def triple_claims(self) -> list[RatioClaim]:
        out = []
        for pat in load_grammar("claims").patterns:
            for m in pat.finditer(self.text):
                ops = {}
                for g in ("numerator", "denominator", "percent"):
                    try:
                        parsed = parse_number(m.group(g), kind="percent" if g == "percent" else "count")
                    except MalformedNumberError:
                        break
                    ops[g] = Operand(parsed.value, m.start(g), m.end(g), m.group(g), parsed.decimals)
                else:
                    pct = ops["percent"]
                    # an indicator's target, realisation and achievement, the percentage closing the
                    # phrase (its sign part of it); not "95% dari target, yaitu 950 dari 1.000 orang"
                    indicator = pat.kind == "target" and m.start("percent") > max(m.start("numerator"),
                                                                                  m.start("denominator"))
                    if indicator:
                        pct = Operand(pct.value, pct.start, m.end(), self.text[pct.start:m.end()], pct.decimals)
                    out.append(RatioClaim(pat.kind or "target", pct, ops["numerator"], ops["denominator"],  # type: ignore[arg-type]
                                          indicator=indicator))
        return out

    def slash_record_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """A budget record with its figures between slashes: "Rp A / Rp B / P%", "Pagu/Realisasi/%:
        Rp A / Rp B / P%", "(Rp A / Rp B) atau P%". The roles come from the words before the
        amounts or a header naming the columns ("Realisasi/Pagu/%:"); with neither, the order of
        the reports (pagu, then realisation) is taken only when the figures agree with it (B <= A):
        a record whose second amount is larger says nothing of which is which, and is not judged."""
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            lo = bisect.bisect_left(self.amount_starts, max(0, p.start - 200))
            hi = bisect.bisect_left(self.amount_starts, p.start)
            near = [a for a in self.amounts[lo:hi] if a.end <= p.start and not self._in_table(a.start)]
            if len(near) < 2:
                continue
            first, second = near[-2], near[-1]
            tail = _SLASH_TAIL.fullmatch(self.text, second.end, p.start)
            if not _SLASH_BETWEEN.fullmatch(self.text, first.end, second.start) or tail is None:
                continue
            if len(near) > 2 and _SLASH_BETWEEN.fullmatch(self.text, near[-3].end, first.start):
                continue  # "Pagu/Realisasi/Sisa/%: Rp A / Rp B / Rp C / P%": which two the percentage is of is not told
            lead = self.text[self.text.rfind("\n", 0, first.start) + 1:first.start]
            if _SLASH_HEADER.search(lead) is None and (intro := self._list_intro(first.start)) is not None \
                    and _SLASH_HEADER.search(intro):
                # "Realisasi per OPD (realisasi / pagu / persen):" over "- Dinas Sosial: Rp A / Rp B /
                # P%": the list's intro line names the columns of each item
                lead = intro + " " + lead
            if tail.group("bracket") and not lead.rstrip().endswith("("):
                continue  # "Rp A / Rp B) atau P%" with no bracket opening the pair: not one record
            if evidence.goal_before(lead[-60:]) or _change_re().search(lead[-30:]):
                continue
            header = _record_grammar().header.search(lead)
            if header is not None and not _SLASH_HEADER.search(header.group(0)):
                continue  # "Pagu/Sisa: Rp A / Rp B (P%)": columns header_record_claims could not read
            num, den, labelled = self._slash_roles(first, second, lead)
            if num is None or den is None or not den.value:
                continue
            if not labelled and not _RECORD_END.match(self.text, p.end):
                continue  # "Rp A / Rp B / 90% paket tersalurkan": a percentage of something else
            claim = RatioClaim("budget", _operand(p), _operand(num), _operand(den))
            claim.notes.append(SLASH_NOTE)
            out.append(claim)
        return out

    def _list_intro(self, offset: int) -> Optional[str]:
        """The line that introduces the bulleted list whose item holds ``offset`` (the first line
        above the item's that is no item, ending with a colon), or None. One blank line between
        the items and before the first is no end of the list: a Word file's list items are
        paragraphs, and a PDF's lines read as paragraphs, which the document's text parts so."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        if not _BULLET.match(self.text, line_start):
            return None
        blank = False
        for _ in range(2 * MAX_LIST_ITEMS):
            if line_start == 0:
                return None
            prev = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[prev:line_start - 1]
            if not line.strip() and not blank:
                blank = True
                line_start = prev
                continue
            if not _BULLET.match(line):
                return line if line.rstrip().endswith(":") else None
            blank = False
            line_start = prev
        return None

    def header_record_claims(self) -> list[RatioClaim]:
        """A record whose header names its columns, its figures between slashes after it:

        - "Pagu/Realisasi (%): Rp 500.000.000 / Rp 450.000.000 / 90": the "%" of the header makes
          the last figure the percentage, sign or no sign;
        - "Pagu / Realisasi (Rp) : 500.000.000 / 450.000.000 / 95%": "(Rp)" makes the figures
          amounts, "Rp" or no "Rp";
        - "Target/Realisasi: 250/230 orang (92%)": a target and its realisation (target);
        - "Pagu/Realisasi/Sisa: Rp A / Rp B / Rp C (12%)": a percentage after the remainder is the
          remainder's share of the pagu, unless only the realisation's share gives it.

        The header says which figure is which, so the claim is judged whatever its arithmetic;
        a header whose columns are not a whole and its part (two realisations, two years) says
        nothing, and neither does one whose labels name different years."""
        g = _record_grammar()
        out = []
        headers = (h for start, end in _header_stretches(self.text) for h in g.header.finditer(self.text, start, end))
        for h in headers:
            if self._in_table(h.start()) or evidence.in_table_row(self.text, h.start(), h.end()):
                continue
            roles, years = [], set()
            for part in regex.split(r"[ \t]*/[ \t]*", h.group("labels")):
                lab = g.label.fullmatch(part.strip())
                if lab is None:
                    break
                roles.append(next(r for r in RECORD_ROLES if lab.group(r)))
                if lab.group("year"):
                    years.add(lab.group("year"))
            else:
                if len(years) <= 1:
                    claim = self._header_record(h, roles)
                    if claim is not None:
                        out.append(claim)
        return out

    def _header_record(self, h: regex.Match, roles: list[str]) -> Optional[RatioClaim]:
        g = _record_grammar()
        unit = (h.group("unit") or "").lower().rstrip(".")
        if roles.count("percent") > 1 or ("percent" in roles and roles[-1] != "percent"):
            return None
        # "Pagu/Realisasi (%)", "Pagu/Realisasi/%": the ratio is the record's last field, its sign
        # given by the header
        percent_field = roles[-1] == "percent" or unit == "%"
        columns = [r for r in roles if r != "percent"]
        figures, pos = self._record_figures(h.end(), len(columns) + percent_field, money=unit in ("rp", "rupiah"))
        pct: Optional[Operand] = None
        bracketed = False
        if percent_field and len(figures) == len(columns) + 1 and figures[-1][1] in ("count", "percent") and \
                not figures[-1][0].unit:
            pct = figures.pop()[0]  # a bare number under the header's "%" is the percentage
        elif len(figures) == len(columns) and figures and \
                (figures[-1][1] != "percent" or all(fam == "percent" for _, fam in figures)):
            # the percentage after the last figure: "(92%)", "atau 92%", "/ 95%"
            after = g.percent_after.match(self.text, pos)
            if after is None:
                return None
            parsed = parse_number(after.group("number"), kind="percent")
            pct = Operand(parsed.value, after.start("pct"), after.end("pct"), after.group("pct"), parsed.decimals)
            pos, bracketed = after.end(), "/" not in after.group(0)
        if pct is None or not (_RECORD_END.match(self.text, max(pos, pct.end)) or
                               _SLASH_BETWEEN.match(self.text, max(pos, pct.end))):
            return None  # the record ends with its percentage, or goes on to another field
        if "budget" in columns:
            # "Realisasi/Pagu (%): 450.000.000 / 500.000.000 / 90": a pagu's figures are money, "Rp" or
            # no "Rp"; a figure with a unit of things ("12/10 kegiatan") is no pagu's
            figures = [(op, "money" if fam == "count" and op.unit is None else fam) for op, fam in figures]
        families = {fam for _, fam in figures}
        if len(families) != 1:
            return None
        by_role = {r: op for r, (op, _) in zip(columns, figures)}
        if len(by_role) != len(columns):
            return None  # a role named twice ("Realisasi 2022/Realisasi 2023")
        return self._record_claim(pct, by_role, bracketed, families.pop())

    def _record_figures(self, pos: int, most: int, money: bool) -> tuple[list[tuple[Operand, str]], int]:
        """The figures of a record between slashes from ``pos`` (at most ``most``), each with its
        family (money, count, percent), and where they end. ``money``: the header says "(Rp)"."""
        g = _record_grammar()
        figures: list[tuple[Operand, str]] = []
        while len(figures) < most:
            f = g.field.match(self.text, pos)
            if f is None:
                break
            kind = "percent" if f.group("sign") else "count"
            try:
                parsed = parse_number(f.group("number"), kind=kind)
            except MalformedNumberError:
                break
            mention = None if f.group("sign") else self._mention_at(f.start())
            if mention is not None:
                op, end = _operand(mention), max(f.end(), mention.end)
                family = "money" if mention.kind == "amount" else "money" if money else "count"
            else:
                family = "percent" if f.group("sign") else "money" if (f.group("rp") or money) else "count"
                op = Operand(parsed.value, f.start("number"), f.end(), self.text[f.start("number"):f.end()],
                             parsed.decimals, unit="IDR" if family == "money" else None)
                end = f.end()
            figures.append((op, family))
            pos = end
            sep = _SLASH_BETWEEN.match(self.text, pos)
            if sep is None or len(figures) == most:
                break
            pos = sep.end()
        return figures, pos

    def _record_claim(self, pct: Operand, by_role: dict[str, Operand], bracketed: bool,
                      family: str) -> Optional[RatioClaim]:
        """The claim of a record's percentage from the operands its header names."""
        note = [HEADER_NOTE]
        real = by_role.get("real")
        whole = by_role.get("budget") if family == "money" else by_role.get("target")
        if real is None or whole is None or not whole.value or set(by_role) - {"budget", "target", "real", "remainder"}:
            return None
        if family == "money" and "target" in by_role:
            return None
        kind = "budget" if family == "money" else "target"
        rest = by_role.get("remainder")
        if rest is None:
            return RatioClaim(kind, pct, real, whole, notes=note)  # type: ignore[arg-type]
        # a remainder's column too: the percentage is the remainder's share if the header puts it
        # right after it in brackets, or whichever share alone gives it
        fits = [c for c in ((kind, real), ("share", rest)) if _fits(c[1].value, whole.value, pct)]
        if len(fits) == 1:
            k, num = fits[0]
        elif not fits and bracketed:
            k, num = "share", rest
        else:
            return None
        return RatioClaim(k, pct, num, whole, notes=note + (["what is left of the budget as a share of it"]  # type: ignore[arg-type]
                                                          if num is rest else []))

    def _mention_at(self, start: int) -> Optional[Mention]:
        """The amount or count mention that starts where a record's figure does."""
        for group, starts in ((self.amounts, self.amount_starts), (self.counts, self.count_starts)):
            i = bisect.bisect_left(starts, start)
            if i < len(group) and group[i].start == start:
                return group[i]
        return None

    def _slash_roles(self, first: Mention, second: Mention,
                     lead: str) -> tuple[Optional[Mention], Optional[Mention], bool]:
        """(realisation, pagu, whether words named them) of a slash record, or (None, None, False)
        when nothing tells them apart."""
        header = _SLASH_HEADER.search(lead)
        labelled = True
        if header is not None:
            reversed_ = bool(header.group("real_first"))
        else:
            # each amount its own label ("Realisasi Rp B / Pagu Rp A / P%"); one label alone may be
            # the record's title ("Realisasi keuangan: Rp A / Rp B / P%"), not its first column's
            roles = (self._role(first), self._role(second))
            if roles == ("real", "budget"):
                reversed_ = True
            elif roles == ("budget", "real"):
                reversed_ = False
            elif second.value <= first.value:  # type: ignore[operator]
                reversed_, labelled = False, False  # no label: the usual order, which the figures bear out
            else:
                return None, None, False
        return ((first, second) if reversed_ else (second, first)) + (labelled,)

    def count_claims(self, claimed: set[int]) -> list[RatioClaim]:
        out = []
        for p in self.percents:
            if p.start in claimed:
                continue
            if (named := self.count_change_named_after(p)) is not None:
                out.append(named)  # "... 1.380 KPM pada 2023. Kenaikan itu sebesar 15 persen."
                continue
            if _change_re().search(self.text[max(0, p.start - 30):p.start]):
                # "meningkat 15% dari ..." is a change, not a share; its values may stand before it
                # (the change word said twice: "naik dari 11.200 orang ... atau meningkat 11,16 persen")
                change = self.count_change_stated(p, _operand(p)) or self.count_change_new_first(p, _operand(p)) or \
                    self.count_change_from(p, _operand(p)) or self.count_change_before(p, _operand(p))
                if change is not None:
                    out.append(change)
                continue
            if _CHANGE_AFTER_PERCENT.match(self.text, p.end):
                # "2.700 orang, 25 persen lebih sedikit dari tahun sebelumnya yang 3.600 orang": a change
                change = self.count_change_said_after(p, _operand(p))
                if change is not None:
                    out.append(change)
                continue
            if (diff := self.count_change_of_amount(p)) is not None:
                # "berkurang 936 jiwa atau 10,01 persen": a change, whether or not its old value is told
                change = self.count_change_of_stated_amount(p, _operand(p), diff)
                if change is not None:
                    out.append(change)
                continue
            if _OF_THEM_AFTER.match(self.text, p.end, min(len(self.text), p.end + 30)) and self._count_is_whole(p):
                continue  # "4.500 jiwa dari 1.200 KK, 60 persen di antaranya perempuan": of a part not given
            pct = _operand(p)
            change = self.count_change_before(p, pct) or self.count_change_stated(p, pct) or \
                self.count_change_from(p, pct) or self.count_change_new_first(p, pct)
            if change is not None:
                out.append(change)
                continue
            whole = self.whole_after(p)
            part = self.adjacent_count(p)
            if whole is None and part is not None and \
                    evidence.DARI_RIGHT_BEFORE.search(self.text, max(0, part.start - 30), part.start) and \
                    (_WHOLE_NAMED_AFTER_COUNT.match(self.text, part.end)
                     or _BARE_PART_DARI.search(self.text, max(0, part.start - 30), part.start)) \
                    and not _DARI.match(self.text[p.end:p.end + 12]):
                # "38 anak terlantar, dari 40 anak yang direncanakan (95%)": the count beside the
                # percentage is its whole; the part the count before "dari", of the same thing, or none
                claim = self._part_before_dari_whole(p, pct, part)
                if claim is not None:
                    out.append(claim)
                continue
            if whole is None and part is not None and (total := self._total_after_list(p, part)) is not None:
                whole = (total, False)
            if whole is not None:
                den, is_target = whole
                if part is not None and not _units_compatible(self.text, den, part):
                    # "3.420 jiwa di 14 kecamatan, atau 87,5 persen dari 3.909 jiwa": the count beside
                    # the percentage places the part, it is not the part
                    part = self._part_before_place(p, part, den)
                    if part is None:
                        continue
                num = part or self._numerator_for_target(p, den, pct) or self._part_after_count_whole(p, den) or \
                    self._part_of_percent_before(p, den)
                if num is None or (not is_target and num.value > den.value and not self._of_another_year(p, den)):
                    continue  # a part is not above its whole (another year's count may be below this one's) ("Dari 26.500 KPM terdaftar, ... 99,2 persen dari 25.000 KPM")
                out.append(RatioClaim("target" if is_target else "share", pct, num, den))
                continue
            claim = self.part_of_whole_before(p, pct)
            if claim is not None:
                out.append(claim)
                continue
            if part is None:
                claim = self.count_then_target(p, pct) or self.part_named_by_kind(p, pct) or \
                    self.part_named_by_name(p, pct) or self.part_of_total_before(p, pct) or \
                    self.realisation_defined_after(p, pct)
                if claim is not None:
                    out.append(claim)
                continue
            target = self.target_before(p, part)
            if target is not None and not _units_compatible(self.text, target, part):
                continue  # "15 TKSK dari 15 kecamatan seluruhnya (100%)" after "dari rencana 120 orang": not its target
            if target is not None:
                out.append(RatioClaim("target", pct, part, target))
                continue
            clause = evidence.own_clause(self.text, self.seg.sentence(p.start)[0], p.start)
            if evidence.names_other_whole(self.text, p, clause, part.unit):
                # "450 KPM atau 3 persen dari total penduduk miskin": not of a count before; unless
                # the sentence before counts that noun ("jumlah pengungsi ... mencapai 1.260 jiwa.
                # Sebanyak 420 jiwa atau 35 persen dari pengungsi adalah anak-anak")
                named = self._count_named_by_noun_before(p, part)
                if named is not None:
                    out.append(RatioClaim("share", pct, part, named, implicit_denominator=True,
                                          notes=["the whole the noun after the percentage names, counted in the sentence before"]))
                continue
            den = self.implicit_whole(p, part, pct)
            if den is None and (target := self._target_mention_before(p, part, pct)) is not None:
                out.append(RatioClaim("target", pct, part, target, implicit_denominator=True,
                                      notes=["the target stated earlier in the paragraph"]))
                continue
            if den is None or part.value * 100 / den.value > 100:
                continue
            of_target = evidence.named_target_not_given(self.text, p)
            if of_target and (not self._is_target(den) or evidence.other_level_target(
                    self.text, p, den.start, self.seg.sentence(den.start)[0])):
                continue  # "2.000 KPM. ... 400 KPM atau 5 persen dari target nasional": 2.000 is no target
            out.append(RatioClaim("target" if of_target else "share", pct, part, den, implicit_denominator=True))
        return out

    # -- a percentage and its operands in different sentences, tied by the words --
    def tied_claims(self, claimed: set[int]) -> list[RatioClaim]:
        """Count claims whose percentage and operands stand in different sentences of one
        paragraph, where the words tie them (judged whatever the arithmetic, as the words alone
        say which numbers are meant):

        - the part's sentence points back to the whole of the sentence before: "Bantuan
          dialokasikan untuk 2.400 KK. Dari jumlah itu, 2.136 KK telah menerima bantuan atau 89
          persen", "... sebanyak 560 anak. Sebanyak 476 anak di antaranya telah mendapatkan
          pelayanan, atau 85 persen";
        - the percentage's sentence draws the conclusion of the sentences before, which state a
          part and its whole (or target) and nothing else of the kind: "Dari 1.300 KPM yang
          terdaftar, sebanyak 1.245 KPM sudah menerima bantuan. Artinya, penyaluran mencapai
          95,77 persen", "Dari total 48 LKS ..., baru 36 LKS yang terakreditasi. Persentase LKS
          terakreditasi sebesar 75 persen", labelled lines "Jumlah KPM sasaran : 1.500 KPM" /
          "Jumlah KPM yang menerima : 1.425 KPM" / "Persentase : 95 %"."""
        out = []
        for p in self.percents:
            if p.start in claimed or self._in_table(p.start):
                continue
            claim = self._pointed_back(p) or self._concluded(p) or self._headline(p)
            if claim is not None:
                out.append(claim)
        return out

    def _clause_ops(self, start: int, end: int) -> list[Operand]:
        """Counts, targets and bare numbers between two offsets, dates left out."""
        ops = [op for op in self.count_operands(start, end) if not _is_date(self.text, op)]
        ops += [_operand(t) for t in self._targets_between(start, end) if t.end <= end and not self._in_table(t.start)]
        return sorted(ops, key=lambda o: o.start)

    def _pointed_back(self, p: Mention) -> Optional[RatioClaim]:
        """"Dari jumlah itu, N KK ... atau P persen", "Dari jumlah tersebut, P persen atau N jiwa
        ...", "N anak di antaranya ..., atau P persen": the part beside the percentage, its whole
        the one count of the part's unit the sentence before states (or, for "di antaranya", the
        part's own sentence before it)."""
        s, _ = self.seg.sentence(p.start)
        lo = max([s] + [q.end for q in self._percents_between(s, p.start) if q is not p])
        opening = _tie_words().pointing_back.match(self.text, s)
        ops = [op for op in self._clause_ops(lo, p.start) if op.start >= lo]
        among = _tie_words().among.match(self.text, ops[-1].end) if ops else None
        if among is not None:
            # "... 600 orang (60%) telah menerima bantuan, 250 orang di antaranya ...": among those
            # of the nearest larger count before it in its sentence, if any
            part = ops[-1]
            opening = None
        elif opening is not None:
            mine = [op for op in ops if op.start >= opening.end()]
            if len(mine) > 1:
                return None
            if mine:
                part = mine[0]
            else:
                # "Dari jumlah tersebut, 75 persen atau 6.000 jiwa ...": the part right after it
                _, e = self.seg.sentence(p.start)
                after = [op for op in self._clause_ops(p.end, min(e, p.end + 60)) if op.start >= p.end]
                if not after or not evidence.vocabulary().gap_after.match(self.text[p.end:after[0].start]):
                    return None
                part = after[0]
        else:
            return None
        if part.end <= p.start and not _tie_words().part_to_percent.fullmatch(self.text[part.end:p.start]):
            return None
        if self._is_change_or_goal(p, min(part.end, p.start)):
            return None
        if evidence.names_other_whole(self.text, p, self.text[lo:p.start][-200:], part.unit):
            return None  # "400 KPM atau 5 persen dari total penduduk miskin": of a whole not given
        wholes = []
        if among is not None:
            before = [op for op in self._clause_ops(s, part.start) if op.end <= part.start
                      and _same_unit(self.text, op, part) and op.value >= part.value]
            wholes = before[-1:]
        if not wholes:
            span = self._sentence_pointed_back_to(s)
            if span is None:
                return None
            wholes = [op for op in self._clause_ops(*span) if _same_unit(self.text, op, part)
                      and not self._other_period_count(op, part)]
        if len(wholes) != 1 or not wholes[0].value or wholes[0].value < part.value:
            return None
        whole = wholes[0]
        kind = "target" if self._is_target(whole) else "share"
        if evidence.named_target_not_given(self.text, p) and (kind != "target" or evidence.other_level_target(
                self.text, p, whole.start, self.seg.sentence(whole.start)[0])):
            return None  # "Penerima PKH 2.000 KPM. Dari jumlah tersebut, 400 KPM atau 5 persen dari target nasional"
        return RatioClaim(kind, _operand(p), part, whole, implicit_denominator=True,
                          notes=["the whole stated before, pointed back to by the words"])

    def _sentence_pointed_back_to(self, s: int) -> Optional[tuple[int, int]]:
        """The sentence a sentence opening "Dari jumlah tersebut, ..." at ``s`` points back to: the
        one before it in its paragraph, or the last of the paragraph before where both paragraphs
        are short (news gives a sentence a paragraph). A sentence between that only sets that
        whole against another period's ("Jumlah ini turun 8,2 persen dibandingkan tahun
        sebelumnya yang mencapai 13.562 jiwa") is passed over: its figure is no whole of this
        year's parts. None where the sentence found states a percentage of its own."""
        ps, pe = self._sentence_before_in_statement(s)
        if pe == 0:
            return None
        # a sentence of no figure between ("Bantuan disalurkan dalam empat tahap ...") points to
        # nothing: "jumlah itu" is the figure before it
        if not self._clause_ops(ps, pe) or (_OTHER_PERIOD_COMPARISON.match(self.text, ps, pe)
                                            and _OTHER_PERIOD_WORDS.search(self.text, ps, pe)):
            ps, pe = self._sentence_before_in_statement(ps)
            if pe == 0:
                return None
        if self._percents_between(ps, pe):
            return None
        return ps, pe

    def _sentence_before_in_statement(self, s: int) -> tuple[int, int]:
        """The sentence before ``s`` in its paragraph, or in the short paragraph before when ``s``
        opens a short paragraph; (0, 0) where there is none."""
        ps, pe = self.seg.previous_sentence(s)
        while pe > 0 and not self.text[ps:pe].strip():
            ps, pe = self.seg.previous_sentence(ps)  # the blank lines between paragraphs
        if pe == 0:
            return 0, 0
        par_start, par_end = self.seg.paragraph(s)
        if self.seg.paragraph(ps)[0] == par_start:
            return ps, pe
        before_start, before_end = self.seg.paragraph(ps)
        if par_start != s or par_end - par_start >= SHORT_PARAGRAPH or before_end - before_start >= SHORT_PARAGRAPH:
            return 0, 0
        return ps, pe

    def _concluded(self, p: Mention) -> Optional[RatioClaim]:
        """A percentage whose sentence (or labelled line) concludes from the figures before it: it
        holds no figure of its own, opens with a conclusion word or names a ratio, and says nothing
        the sentences before do not; those state exactly two counts, the whole or the target named
        as such ("Dari 1.300 KPM", "Sasaran ... adalah 5.000 KPM", "Jumlah KPM sasaran :")."""
        s, e = self.seg.sentence(p.start)
        line = self.text.rfind("\n", s, p.start) + 1
        line_end = self.text.find("\n", p.end, e)
        labelled = line > s and bool(_LABELLED_LINE.match(self.text[line:e if line_end < 0 else line_end]))
        start = line if labelled else s
        clause = self.text[start:p.start]
        if regex.search(r"\d", _YEAR.sub("", clause)) or not self._speaks_only_of(clause, p, self._unit_of_whole_named(p)):
            return None
        if self._clause_ops(p.end, e) or self._amounts_between(p.end, e) or self._is_change_or_goal(p, start):
            return None
        ps, _ = self.seg.paragraph(p.start)
        scope_start = start
        items_from: Optional[int] = None
        if labelled:
            # the labelled lines of the record before the percentage's line
            k = 0
            while k < MAX_RECORD_LINES and scope_start > s:
                prev = self.text.rfind("\n", s, scope_start - 1) + 1
                if not _LABELLED_LINE.match(self.text[prev:scope_start - 1]):
                    break
                scope_start, k = prev, k + 1
        if scope_start == start and scope_start <= ps:
            # the conclusion opens its paragraph: of the figures of the paragraph before ("Target :
            # 1.500 KPM / Realisasi : 1.425 KPM", a blank line, "Dengan demikian, capaian kinerja
            # sebesar 95 persen"), if that one has no percentage of its own (its figures are its)
            pps, ppe = self.seg.previous_paragraph(ps)
            if ppe == 0 or self._percents_between(pps, ppe):
                return None
            ps = pps
        # ... or of the items of the list right before, each a line or a paragraph ("a. Jumlah ... :
        # 3.412 jiwa", a blank line or none, "b. ... : 3.650 jiwa", a blank line or none, "Capaian
        # kinerja : 93,48%"): a Word file's list items are paragraphs, and so are a PDF's lines read
        # as such; read whole (a letter's dot, "a. Jumlah", ends a sentence; a formula's "x 100%"
        # in the sentence before is no percentage of theirs)
        if scope_start == start:
            items_from = self._items_before(self.text.rfind("\n", 0, p.start) + 1)
            ps = min(ps, items_from) if items_from is not None else ps
        # a headline whose figures come in the sentences after it ("Tingkat penyerapan anggaran
        # sebesar 88 persen. Anggaran yang tersedia Rp A sedangkan yang terserap Rp B") is no conclusion
        # (a clause opening with a conclusion word, "Dengan demikian capaian ...", refers back
        # whatever follows: "... Nilai tersebut meningkat dibandingkan tahun 2022 yaitu B (62,48)")
        _, pe = self.seg.paragraph(p.start)
        if e < pe and not _tie_words().conclusion.match(clause) and not self._record_line_before(p) and \
                (self._clause_ops(e, min(pe, e + 300)) or self._amounts_between(e, min(pe, e + 300))):
            return None
        for _ in range(2):  # up to two sentences before, in the paragraph, none with a percentage
            if scope_start <= ps:
                break
            b, _ = self.seg.sentence(scope_start - 1)
            b = max(b, ps)
            if self._percents_between(b, scope_start):
                break
            scope_start = b
        if items_from is not None:
            scope_start = min(scope_start, items_from)
        if scope_start == start:
            return None
        ops = self._clause_ops(scope_start, start)
        amounts = self._amounts_between(scope_start, start)
        kind: str
        if amounts and (not ops or evidence.speaks_of_money(clause)):
            # "Belanja Dinsos Rp A dari total APBD Rp W. Ini berarti porsi belanja sosial hanya P persen"
            if len(amounts) != 2:
                return None
            roles = [self._money_lead_role(a, scope_start) for a in amounts]
            named = [i for i, r in enumerate(roles) if r in ("budget", "whole")]
            if len(named) != 1 or roles[1 - named[0]] not in (None, "real"):
                return None
            den, num = _operand(amounts[named[0]]), _operand(amounts[1 - named[0]])
            kind = "budget" if "budget" in roles or "real" in roles else "share"
        elif len(ops) > 2 and not amounts:
            # "... ditangani 120 anak terlantar, 85 lansia terlantar dan 45 penyandang disabilitas,
            # dari target 258 orang. Capaian 96,90%": a list of counts achieved against one target
            listed = self._concluded_list(ops, scope_start, start, _operand(p))
            if listed is None:
                return None
            num, den = listed
            kind = "target"
        else:
            if len(ops) != 2 or not _same_unit(self.text, ops[0], ops[1]) or amounts:
                return None
            pair = _part_and_named_whole(ops, [self._lead_role(op, scope_start) for op in ops])
            if pair is None:
                return None
            num, den, kind = pair
        if not den.value or (kind != "target" and num.value > den.value):
            return None
        if not _tie_words().words_allowed(clause, self.text[scope_start:start]):
            return None
        figures = self.text[scope_start:start]
        if evidence.other_year(evidence.years_of(clause), figures):
            return None  # "... tahun 2023 ... 1.840 KPM dari target 2.000 KPM. Capaian tahun 2021 tercatat 88 persen"
        if self._year_not_of_figures(clause, figures) and not _fits(num.value, den.value, _operand(p)):
            return None  # "... terealisasi 120 anak. Capaian tahun 2022 sebesar 75 persen": maybe another year's
        return RatioClaim(kind, _operand(p), num, den, implicit_denominator=True,  # type: ignore[arg-type]
                          notes=["the part and its whole stated in the sentences before the conclusion"])

    def _concluded_list(self, ops: list[Operand], start: int, end: int, pct: Operand) -> Optional[tuple[Operand, Operand]]:
        """The achieved and the target a conclusion is of, where the sentences before state a list
        of counts and then its one target, and no other figure: the list (every count before the
        target, one list joined by commas or "dan", each of the target's kind, the last right before
        the target's words) is achieved as :meth:`_list_realisation` says (its sum, or the one item
        the target names; None where the words do not tell)."""
        targets = [t for t in self._targets_between(start, end) if t.end <= end]
        if len(targets) != 1 or targets[0].start != ops[-1].start:
            return None
        t = targets[0]
        target, counts = _operand(t), ops[:-1]
        last = counts[-1]
        if not _COUNTED_THING.fullmatch(self.text, last.end, t.start) or not _units_compatible(self.text, target, last):
            return None
        items = self._list_ending_with(self.seg.sentence(last.start)[0], last, target)
        if [op.start for op in items] != [op.start for op in counts]:
            return None
        realised = self._list_realisation(items, t, pct)
        return (realised, target) if realised is not None else None

    def _items_before(self, line: int) -> Optional[int]:
        """Where the list's items start that stand right before the line at ``line``, each one
        line with no percentage, with one blank line or none between them and before that line;
        None where no item stands there."""
        found = None
        for _ in range(MAX_RECORD_LINES - 1):
            if line == 0:
                break
            prev = self.text.rfind("\n", 0, line - 1) + 1
            if not self.text[prev:line].strip() and prev > 0:
                prev = self.text.rfind("\n", 0, prev - 1) + 1
            end = self.text.find("\n", prev)
            if not _ITEM_PARAGRAPH.match(self.text, prev) or self._percents_between(prev, end if end >= 0 else len(self.text)):
                break
            line = found = prev
        return found

    def _record_line_before(self, p: Mention) -> bool:
        """Does the percentage end its line, that line stating two figures before it ("Program
        Pemberdayaan Sosial (Pagu: Rp A; Realisasi: Rp B; Capaian: P%)")? Then the figures of the
        lines after are the next records', not this percentage's own told after it."""
        line_end = self.text.find("\n", p.end)
        if self.text[p.end:len(self.text) if line_end < 0 else line_end].strip(" \t).;,") != "":
            return False
        line_start = self.text.rfind("\n", 0, p.start) + 1
        return len(self._amounts_between(line_start, p.start)) >= 2 or len(self._clause_ops(line_start, p.start)) >= 2

    def realisation_defined_after(self, p: Mention, pct: Operand) -> Optional[RatioClaim]:
        """An indicator's realisation in percent ("... ditargetkan 65%, dan terealisasi 68,4%, sehingga
        capaian kinerjanya 105,23%.") whose two counts the next sentence of its paragraph gives, the
        whole first and the part after what was done to it: "Jumlah PMKS ... sebanyak 48.320 jiwa,
        yang tertangani sebanyak 33.051 jiwa." Judged whatever the arithmetic where the part's verb
        says what the indicator's words say was done ("tertangani"), else only where it fits."""
        s, e = self.seg.sentence(p.start)
        if not _REALISED_JUST_BEFORE.search(evidence.own_clause(self.text, s, p.start)):
            return None
        rest = self.text[e:e + 200]
        start = e + len(rest) - len(rest.lstrip())
        if start >= len(self.text) or self.seg.paragraph(start)[0] != self.seg.paragraph(p.start)[0]:
            return None
        ns, ne = self.seg.sentence(start)
        if self._percents_between(ns, ne) or self._amounts_between(ns, ne):
            return None
        ops = [op for op in self._clause_ops(ns, ne) if not (op.unit is None and 1900 <= op.value <= 2100)]
        if len(ops) != 2 or ops[0].unit is None or not _same_unit(self.text, ops[0], ops[1]):
            return None
        whole, part = ops
        said = self.text[whole.end:part.start]
        if not part.value < whole.value:
            return None
        if not _DONE_TO_PART.fullmatch(said):
            # "Dari 1.840 PSKS yang terdata, sebanyak 1.334 PSKS aktif ...": the whole named by "dari"
            pair = _part_and_named_whole(ops, [self._lead_role(op, ns) for op in ops])
            if pair is None or pair[2] != "share" or pair[1] is not whole:
                return None
            said = self.text[part.end:ne]
        ps, _ = self.seg.previous_sentence(s)
        indicator = self.text[max(ps, self.seg.paragraph(s)[0]):p.start]
        if not _done_word_echoes(said, indicator) and not _fits(part.value, whole.value, pct):
            return None
        return RatioClaim("share", pct, part, whole, implicit_denominator=True,
                          notes=["the indicator's whole and part given in the sentence after it"])

    def _headline(self, p: Mention) -> Optional[RatioClaim]:
        """A headline percentage whose whole and part come in the next sentence: "Penyaluran
        bantuan pangan tahun ini mencapai 92 persen. Dari 3.000 paket yang disiapkan, 2.700 paket
        sudah tersalurkan". The headline names a realisation or an achievement and holds no other
        figure; the next sentence, in its paragraph and with no percentage, states exactly two
        counts of one unit, the whole or target named as such ("Dari 3.000 paket", "target 400
        unit"); and the words after the whole say what the headline says was done ("tersalurkan"
        for "Penyaluran", "direhabilitasi" for "rehabilitasi"): then judged whatever the
        arithmetic, the words alone tie them. Where they say something else ("mencairkan"), only
        if the arithmetic fits."""
        s, e = self.seg.sentence(p.start)
        clause = self.text[s:p.start]
        if regex.search(r"\d", _YEAR.sub("", clause)) or self._clause_ops(p.end, e) or self._amounts_between(p.end, e):
            return None
        if _PERCENT_OPENS.fullmatch(self.text, _after_dateline(self.text, s), p.start):
            # "Sebanyak 96 persen bantuan sembako tahap II telah diterima warga": what was done is
            # said after the percentage
            clause = clause + self.text[p.end:e]
        if self._percents_between(s, e) != [p] or self._is_change_or_goal(p, s):
            return None
        if not _tie_words().headline.search(clause) or evidence.names_other_whole(self.text, p, clause):
            return None
        if _tie_words().money.search(clause):
            return None  # "Penyerapan anggaran mencapai 92 persen": of money, not of the counts after it
        if e >= len(self.text) or self.seg.paragraph(e)[0] != self.seg.paragraph(p.start)[0]:
            return None
        ns, ne = self.seg.sentence(e)
        if self._percents_between(ns, ne) or self._amounts_between(ns, ne):
            return None
        ops = [op for op in self._clause_ops(ns, ne) if not (op.unit is None and 1900 <= op.value <= 2100)]
        if len(ops) > 2:
            # "Dari 10.500 paket yang dikirim ke 14 kecamatan, 10.080 paket ...": the places the
            # things went to are not counts of the things; the two of one unit are the pair
            ops = [op for op in ops if op.unit is not None
                   and sum(o.unit is not None and _same_unit(self.text, op, o) for o in ops) == 2]
        if len(ops) != 2 or ops[0].unit is None or not _same_unit(self.text, ops[0], ops[1]):
            return None
        pair = _part_and_named_whole(ops, [self._lead_role(op, ns) for op in ops])
        if pair is None:
            return None
        num, den, kind = pair
        # what was done is said of the part: after it, up to the whole if that comes later
        predicate = self.text[num.end:ne if den.start < num.start else den.start]
        if evidence.other_year(evidence.years_of(clause), self.text[ns:ne]):
            return None
        if not _done_word_echoes(predicate, clause) and not _fits(num.value, den.value, _operand(p)):
            # the words do not tie them ("Penyaluran BST mencapai 95,4 persen. Dari 87.500 KPM,
            # sebanyak 83.475 KPM sudah mencairkan"): only the arithmetic may
            return None
        return RatioClaim(kind, _operand(p), num, den, implicit_denominator=True,  # type: ignore[arg-type]
                          notes=["the part and its whole stated in the sentence after the headline"])

    @staticmethod
    def _year_not_of_figures(clause: str, figures: str) -> bool:
        """Does a concluding clause that opens with no conclusion word name a year the sentences
        of its figures do not ("Capaian tahun 2022 sebesar ..." after figures of no year)? The
        percentage may then be another year's: it is tied to the figures only if they give it."""
        if _tie_words().conclusion.match(clause):
            return False
        mine = {y for y in evidence.years_of(clause) if y[0] != "@"}
        return bool(mine) and not evidence.years_of(figures)

    def _money_lead_role(self, a: Mention, lo: int) -> Optional[str]:
        """"whole" for an amount after "dari (total) <a few words>" ("dari total APBD Rp W"), else
        its budget or realisation role."""
        prev = [m for m in self._amounts_between(max(lo, a.start - 60), a.start) if m.end <= a.start]
        lead = self.text[max([lo, a.start - 60] + [m.end for m in prev]):a.start]
        if _MONEY_WHOLE_LEAD.search(lead):
            return "whole"
        return self._role(a)

    def _speaks_only_of(self, clause: str, p: Mention, unit: Optional[str] = None) -> bool:
        """Does the clause before a concluding percentage open with a conclusion word or name a
        ratio, with no other whole named after the percentage? A whole named by the unit of the
        counts concluded from is theirs ("... 3.600 KPM sudah menerima. Jumlah itu setara 90 persen
        dari seluruh KPM"): ``unit``."""
        tw = _tie_words()
        if not (tw.conclusion.match(clause) or tw.ratio.search(clause)):
            return False
        return not evidence.names_other_whole(self.text, p, clause, unit)

    def _unit_of_whole_named(self, p: Mention) -> Optional[str]:
        """The unit of the counts of the one or two sentences before a concluding percentage, where
        they share one (the whole it names, "dari seluruh KPM", may be theirs); else None."""
        s, _ = self.seg.sentence(p.start)
        ps, _ = self.seg.paragraph(p.start)
        lo = ps if ps < s else self.seg.previous_paragraph(ps)[0]
        units = {op.unit for op in self.count_operands(max(lo, s - 400), s)}
        return units.pop() if len(units) == 1 else None

    def _is_change_or_goal(self, p: Mention, start: int) -> bool:
        before = self.text[start:p.start]
        return bool(_money_words().change.search(before) or evidence.goal_before(before[-60:]))

    def _lead_role(self, op: Operand, lo: int) -> Optional[str]:
        """"target"/"whole" from the words right before a count ("Dari 1.300 KPM", "Sasaran ...
        adalah 5.000 KPM", "Jumlah KPM sasaran : 1.500"), else None."""
        if op.unit is not None and any(t.start == op.start for t in self.targets):
            return "target"
        lead = self.text[max(lo, op.start - 60):op.start]
        lead = _LEAD_BREAK.split(lead)[-1]
        prev = [o for o in self.count_operands(max(lo, op.start - 60), op.start) if o.end <= op.start]
        if prev:
            lead = self.text[max(prev[-1].end, op.start - len(lead)):op.start]
        if _tie_words().whole_lead.search(lead) or evidence.names_those_to_serve(lead):
            return "whole"
        # "Kuota PBI JK yang diberikan pusat untuk Kabupaten Kediri sebanyak 152.000 jiwa": a quota
        # is the whole its recipients are counted of, however long its name (back to the figure
        # or clause break before the count)
        clause = evidence.own_clause(self.text, max(lo, self.seg.sentence(op.start)[0], prev[-1].end if prev else 0), op.start)
        if evidence.names_quota(clause):
            return "whole"
        if _tie_words().target_lead.search(lead):
            return "target"
        return None

    def _is_target(self, op: Operand) -> bool:
        """Do the words make ``op`` a target ("target 500 KPM", "Sasaran ... adalah 5.000 KPM")?"""
        if self._lead_role(op, max(0, op.start - 60)) == "target":
            return True
        # "Dinas Sosial menargetkan rehabilitasi sosial rumah tidak layak huni (RS-RTLH) sebanyak
        # 150 unit": the verb of the clause makes its one count a target, however long the name
        # of what is targeted between them
        s, _ = self.seg.sentence(op.start)
        return bool(_TARGET_VERB_LEAD.search(self.text, max(s, op.start - 160), op.start))

    def _part_of_percent_before(self, p: Mention, den: Operand) -> Optional[Operand]:
        """A second percentage of the part of the one right before it, of another whole: "587 jiwa
        dari target 600 jiwa (97,83%), atau 91,71% dari realisasi tahun 2020 sebanyak 640 jiwa".
        The part is the one count before the first percentage (its target is no count of the
        sentence's), or the one the sentence gives as a part of the next ("587 jiwa dari 600 jiwa")."""
        s, _ = self.seg.sentence(p.start)
        before = [q for q in self._percents_between(s, p.start) if q.end <= p.start]
        if not before or not _SECOND_PERCENT_GAP.fullmatch(self.text, before[-1].end, p.start):
            return None
        counts = self.counts_before_in_sentence(before[-1])
        parts = counts if len(counts) == 1 else [op for op in counts if self._part_of_next(op)]
        if len(parts) != 1 or not _units_compatible(self.text, den, parts[0]):
            return None
        return parts[0]

    def _part_after_count_whole(self, p: Mention, den: Operand) -> Optional[Operand]:
        """The part named right after the whole a percentage is "dari", when nothing before it
        is: "85 persen dari target 1.200 KPM, yaitu 960 KPM", "92,5 persen dari sasaran 400
        keluarga, atau sebanyak 370 keluarga". The one figure of the rest of the sentence, of the
        whole's kind (more would be the whole's components, or another clause's)."""
        _, e = self.seg.sentence(p.start)
        after = [op for op in self.count_operands(den.end, e) if not _is_date(self.text, op)]
        if len(after) != 1 or self._percents_between(den.end, after[0].start):
            return None
        part = after[0]
        if not _COUNT_PART_AFTER_WHOLE_GAP.fullmatch(self.text, den.end, part.start) or part.unit is None \
                or not _units_compatible(self.text, den, part):
            return None
        return part

    def _numerator_for_target(self, p: Mention, den: Operand, pct: Operand) -> Optional[Operand]:
        """The achieved count stands earlier in the sentence; it may be a sum ("100 Anak nakal
        dan 80 Korban ... atau 100% dari target ... 180 orang")."""
        before = self.counts_before_in_sentence(p)
        if not before:
            return None
        nearest = before[-1]
        if len(before) > 1 and not _fits(nearest.value, den.value, pct):
            total = sum(op.value for op in before)
            if _fits(total, den.value, pct):
                return Operand(total, before[0].start, nearest.end, self.text[before[0].start:nearest.end],
                               0, Decimal(1), nearest.unit)
        return nearest


def _decrease_told(words: list[regex.Match]) -> Optional[bool]:
    """Do a clause's change words tell a decrease (True) or an increase (False)? None where they
    tell both."""
    decrease = _money_words().decrease
    kinds = {" ".join(w.group(0).lower().split()) in decrease for w in words}
    return kinds.pop() if len(kinds) == 1 else None


def _first_word(text: str, start: int, end: int) -> int:
    """Where the text between two offsets has its first character that is no space."""
    m = _NO_SPACE.search(text, start, end)
    return m.start() if m else start


_NO_SPACE = regex_cache.compile(r"\S")


@dataclass(frozen=True)
class _TieWords:
    """The words that tie a percentage to operands in other sentences (``grammars/claims.yaml``)."""

    pointing_back: regex.Pattern  # a sentence opening "Dari jumlah itu,"
    among: regex.Pattern  # right after a part: "di antaranya"
    part_to_percent: regex.Pattern  # from a part to its percentage, over a few words
    conclusion: regex.Pattern  # a sentence opening "Artinya,", "Dengan demikian,"
    ratio: regex.Pattern  # "Persentase", "Capaian", "Tingkat"
    headline: regex.Pattern  # "Penyaluran", "Realisasi", "Capaian": what a headline percentage says was done
    money: regex.Pattern  # "anggaran", "dana", "belanja": a percentage of money
    uptake: regex.Pattern  # "serapan", "penyaluran", "pencairan": the uptake of money, no money word needed
    whole_lead: regex.Pattern  # "Dari", "dari total" right before a whole
    target_lead: regex.Pattern  # "target", "sasaran ... adalah" before a target
    allowed: frozenset[str]

    def words_allowed(self, clause: str, before: str) -> bool:
        """Are all the words of a concluding clause reference, ratio or role words, or words of
        the sentences it concludes from?"""
        said = {w.lower() for w in _WORD.findall(before)}
        stems = {evidence.stem(w) for w in said}
        for word in _WORD.findall(clause):
            low = word.lower()
            if low in self.allowed or low in said or (low.endswith("nya") and low[:-3] in said | self.allowed):
                continue
            stem = evidence.stem(low)
            if stem in stems or (len(stem) >= 4 and any(len(t) >= 4 and (t.endswith(stem) or stem.endswith(t))
                                                        for t in stems)):
                continue
            return False
        return True


@lru_cache(maxsize=1)
def _tie_words() -> _TieWords:
    v = _vocab()
    demonstratives = _alternation(v["demonstrative_words"])
    roles = v["role_words"]
    allowed = {w.lower() for w in v["reference_words"] + v["ratio_words"]}
    allowed |= {p.lower() for w in v["conclusion_words"] for p in w.split()}
    allowed |= {p.lower() for ws in roles.values() for w in ws for p in w.split()}
    return _TieWords(
        pointing_back=regex_cache.compile(rf"\W*(?:dari|di\s*antara)\s+(?:[\p{{L}}/-]+\s+){{0,3}}?"
                                    rf"(?:{demonstratives})\b[\s,]*", regex.I),
        among=regex_cache.compile(rf"\s*,?\s*(?:{_alternation(v['among_words'])})\b", regex.I),
        # "N KK telah menerima bantuan atau", "N anak di antaranya telah mendapatkan pelayanan sosial, atau",
        # "N KPM (": up to twelve words, none joining another clause, then a joining word or a bracket
        # (a name's short form in brackets is one word: "menerima Asistensi Rehabilitasi Sosial (ATENSI) atau")
        # ("dan" before a second verb of the same subject goes on: "142 LKS di antaranya dinyatakan
        # aktif dan memenuhi standar, atau"; not before another subject: "dan sisanya ...")
        part_to_percent=regex_cache.compile(r"(?:[\s,]+(?!(?:sedangkan|sementara|namun|tetapi|serta|dari|terhadap)\b"
                                      r"|dan\b(?!\s+(?:me|ber|di|ter)\p{Ll}{3,}))"
                                      r"(?:[\p{L}/-]+|\(\p{Lu}[\p{L}-]*\))){0,12}[\s,]*(?:(?:atau|yaitu|yakni|alias|setara(?:\s+dengan)?)\s*"
                                      r"(?:(?:sebesar|sekitar|kurang\s+lebih|mencapai)\s*)?\(?|\()\s*", regex.I),
        conclusion=regex_cache.compile(rf"\W*(?:{_alternation(v['conclusion_words'])})\b", regex.I),
        ratio=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['ratio_words'])})(?!\w)", regex.I),
        money=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['money_words'])})(?:nya)?(?!\w)", regex.I),
        uptake=regex_cache.compile(rf"(?<!\w)(?:{_alternation(v['uptake_words'])})(?:nya)?(?!\w)", regex.I),
        headline=regex_cache.compile(rf"(?<!\w)(?:{_alternation(roles['real'] + v['headline_words'])})(?:nya)?(?!\w)", regex.I),
        # "Dari 1.300 KPM", "dari total penduduk 310.000 jiwa" (not "terdiri dari 2.400 laki-laki")
        whole_lead=regex_cache.compile(r"(?<!\w)(?<!(?:terdiri|berasal|bersumber)\s+)(?:dari|terhadap)"
                                 r"(?:\s+(?:total|jumlah|seluruh|keseluruhan))?(?:\s+\p{L}+){0,3}?"
                                 r"(?:\s+(?:sebanyak|sejumlah))?\s*$", regex.I),
        target_lead=regex_cache.compile(rf"(?<!\w)(?:{_alternation(roles['target'])})(?:nya)?(?!\w)"
                                  r"(?:\s+(?!dari\b)[\p{L}/()-]+){0,6}?\s*"
                                  r"(?:sebanyak|sejumlah|sebesar|adalah|yaitu|:)?\s*$",
                                  regex.I),
        allowed=frozenset(allowed),
    )


# "dari total APBD Rp W", "dari jumlah anggaran urusan sosial sebesar Rp W": a whole named before its amount
_MONEY_WHOLE_LEAD = regex_cache.compile(r"(?<!\w)dari\s+(?:(?:total|jumlah|seluruh|keseluruhan)\s+)?(?:[\p{L}/]+\s+){0,4}?"
                                  r"(?:sebesar\s+|senilai\s+)?$", regex.I)


# a verb form: what was done ("tersalurkan", "direhabilitasi", "menerima", "berhasil")
# a realisation word right before a percentage: "dan terealisasi 68,4%", "realisasinya 72,5%"
_REALISED_JUST_BEFORE = regex_cache.compile(r"\b(?:terealisasi|realisasi(?:nya)?|tercapai)\s+(?:sebesar\s+|mencapai\s+)?$", regex.I)
# between a whole and its part: ", yang tertangani sebanyak", ", dan yang sudah mendapatkan bantuan sejumlah"
_DONE_TO_PART = regex_cache.compile(r"[\s,;]*(?:dan\s+|dari\s+jumlah\s+(?:itu|tersebut)\s*,?\s*)?(?:yang\s+)?(?:sudah\s+|telah\s+|berhasil\s+)?"
                              r"(?:ter|di|men?|ber)\p{L}{3,}(?:\s+\p{L}+){0,2}?\s+(?:sebanyak|sejumlah|sebesar)?\s*", regex.I)
_VERB_FORM = regex_cache.compile(r"^(?:di|ter|me|ber)\p{L}{4}", regex.I)


def _done_word_echoes(figures: str, headline: str) -> bool:
    """Does a verb of the figures' sentence say what the headline's words say was done
    ("tersalurkan" for "Penyaluran", "direhabilitasi" for "Capaian rehabilitasi")?"""
    said = {evidence.stem(w) for w in _WORD.findall(headline) if len(evidence.stem(w)) >= 4}
    for word in _WORD.findall(figures):
        if not _VERB_FORM.match(word):
            continue
        stem = evidence.stem(word)
        if len(stem) >= 4 and any(evidence.stems_meet(stem, t) for t in said):
            return True
    return False


def _same_unit(text: str, a: Operand, b: Operand) -> bool:
    """Do two counts count one thing (or is either's unit unsaid)? (:func:`evidence.same_counted_thing`)"""
    return evidence.same_counted_thing(text, a, b)


def _fits(num: Decimal, den: Decimal, pct: Operand) -> bool:
    if not den:
        return False
    return rounding_verdict(pct.value, pct.decimals, num * 100 / den) != "mismatch"


# "30 orang di antaranya": of the part just stated (count claims)
# between two percentages of one part: "(97,83%), atau 91,71% dari ...", "97,83 persen dan 91,71 persen dari"
_SECOND_PERCENT_GAP = regex_cache.compile(r"[)\s,;]*(?:atau|dan|serta|sekaligus|sedangkan)?[\s,]*(?:sebesar|sekitar)?\s*", regex.I)
# a clause of its own after a percentage's whole named in words: its count is no whole of that percentage
_NEXT_CLAUSE = regex_cache.compile(r",\s*(?:dan|serta|sedangkan|sementara|kemudian)\s|;", regex.I)
_AMONG_PART = regex_cache.compile(r"\bdi\s*antaranya\b", regex.I)
_AMONG_AFTER = regex_cache.compile(r"\s*di\s*antaranya\b", regex.I)  # right after the percentage
# after a percentage, words that make the number before it its whole, the part unnamed by any
# number ("1.500 orang, 45 persen di antaranya ...", "60 persen darinya")
_OF_THEM_AFTER = regex_cache.compile(r"\s*(?:di\s*antaranya|darinya|dari\s+(?:jumlah|total)\s+(?:itu|tersebut|ini))\b", regex.I)
# the period an old value is of, named without its year: "980 anak pada tahun sebelumnya"
_EARLIER_PERIOD = r"(?:tahun|periode|semester|triwulan|bulan)\s+(?:sebelumnya|lalu)"
# a change told new value first: "... menjadi 2,1 juta KPM dari 1,9 juta KPM tahun lalu, atau bertambah 10,5 persen"
_OLD_AFTER_NEW_GAP = regex_cache.compile(r"\s+dari\s+(?:semula\s+|sebelumnya\s+)?(?:sebanyak\s+|sejumlah\s+)?", regex.I)
_OLD_VALUE_THEN_PERCENT = regex_cache.compile(
    r"(?:\s+(?:pada\s+)?(?:tahun\s+(?:lalu|sebelumnya|(?:19|20)\d\d)|(?:19|20)\d\d))?[\s,]*(?:atau\s+)?"
    r"(?:naik|bertambah|meningkat|turun|berkurang|menurun)(?:\s+sebesar)?\s*\(?\s*", regex.I)
# a change of a count: "dari 12.000 KPM [pada 2022] menjadi 10.200 KPM [pada 2023] atau 15%"
# (a value's time after it: "pada 2021", "pada akhir 2021", "per awal tahun 2022")
_AT_TIME = r"(?:(?:pada|per)\s+)?(?:(?:akhir|awal|pertengahan|penghujung)\s+)?(?:(?:tahun\s+)?(?:19|20)\d\d|" + _EARLIER_PERIOD + r")"
_NEW_VALUE_GAP = regex_cache.compile(r"^(?:[\s,]+" + _AT_TIME + r")?[\s,]*menjadi\s+(?:sebanyak\s+|sejumlah\s+)?$", regex.I)
# (the change word said again before the percentage: "naik dari 11.200 orang atau meningkat 11,16
# persen", "(naik 20%)")
_CHANGE_TO_PERCENT = regex_cache.compile(r"^(?:[\s,]+" + _AT_TIME + r")?[\s,]*(?:\(\s*|(?:atau|yaitu|alias|sebesar)\s+)"
                                   r"(?:(?:mengalami\s+)?(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|"
                                   r"penurunan|peningkatan|penambahan|pengurangan)\s+)?(?:sebesar\s+|sekitar\s+)?\(?\s*$", regex.I)


# between a change's new value and its percentage: "(", "atau", "(naik", "atau berkurang", "sebesar"
_CHANGE_THEN_PERCENT = regex_cache.compile(r"^(?:[\s,]+(?:pada\s+)?(?:(?:tahun\s+)?(?:19|20)\d\d|"
                                     r"(?:triwulan|tw|semester|kuartal|caturwulan|tahap|termin)\s*-?\s*"
                                     r"(?:[IVX]{1,4}|\d|pertama|kedua|ketiga|keempat)\b))?"
                                     r"[\s,]*(?:\(\s*|(?:atau|yaitu|alias|sebesar)\s+)?(?:\p{L}+\s+){0,2}?"
                                     r"(?:sebesar\s+|sekitar\s+)?\(?\s*$", regex.I)
# between a change's new value and its percentage, a clause that concludes the change: ", sehingga terjadi
# penurunan sebesar", ", dengan demikian mengalami kenaikan"
_CHANGE_CONCLUDED_GAP = regex_cache.compile(r"^[\s,]*(?:sehingga|hingga|dengan\s+demikian|artinya)[\s,]+(?:(?:terjadi|ada|"
                                      r"mengalami|telah|sudah)\s+){0,2}(?:kenaikan|peningkatan|penurunan|pengurangan|"
                                      r"penambahan|pertambahan|naik|turun|meningkat|menurun|bertambah|berkurang)\s+"
                                      r"(?:sebesar\s+|sekitar\s+|sebanyak\s+)?\(?\s*$", regex.I)
# the years a change is between, named in its clause: "dari tahun 2023 ke tahun 2024", "tahun 2024", "2023-2024"
_YEARS_SPAN = regex_cache.compile(r"(?:\b(?:dari|antara|pada|di)\s+)?(?:\btahun\s+)?(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)"
                            r"(?:\s*(?:[-–]|\bke\b|\bhingga\b|\bsampai\b|\bdan\b|\bdengan\b)\s*(?:\btahun\s+)?"
                            r"(?:19|20)\d\d(?![\d.,]\d))?", regex.I)
# a change word right before the amount of the change: "bertambah 300 orang", "berkurang sebanyak 500 jiwa"
# (with its enclitic: "Turunnya 790 KPM atau 5,26 persen", "kenaikannya")
_CHANGE_BEFORE_DIFF = regex_cache.compile(r"\b(?P<word>(?:bertambah|berkurang|naik|turun|meningkat|menurun|pertambahan|"
                                    r"pengurangan|penambahan|kenaikan|penurunan)(?:nya)?)(?:\s+(?:sebesar|sebanyak|sejumlah))?\s*$",
                                    regex.I)
# right before the old value of a count after its change: "dibanding tahun 2022 yang mencapai", "dari tahun
# lalu sebanyak", "dari semula"
# the words before a figure that make it what another is compared with: "dibandingkan dengan
# realisasi tahun 2017 sebanyak ", "semula "
_COMPARED_LEAD = regex_cache.compile(r"(?<!\w)(?:dibanding(?:kan)?|semula|sebelumnya)(?:\s+(?!(?:menjadi|atau|dan)\b)"
                                     r"[\p{L}\d/]+){0,4}?\s*(?:yang\s+)?(?:sebanyak|sejumlah|sebesar|mencapai|hanya|tercatat)?\s*$",
                                     regex.I)
# what names such a whole after its count: a relative clause ("dari 40 anak yang direncanakan",
# "dari 350 jiwa yang terdampak", "dari 20 kasus yang dilaporkan")
# (or by a participle that names a whole: "dari 1.318 KPM terdata telah menerima bantuan, atau 94,84 persen")
# a clause set beside the one before, its share of the same whole: ", sedangkan ...", ", disusul ..."
_SIBLING_CLAUSE = regex_cache.compile(r"[,;]\s*(?:sedangkan|sementara(?:\s+itu)?|disusul|diikuti|kemudian)\b", regex.I)
# a bare count right before "dari" and the whole: "30 dari 35 tempat tidur terisi (85,71%)"
_BARE_PART_DARI = regex_cache.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\s+dari\s+$")
_WHOLE_NAMED_AFTER_COUNT = regex_cache.compile(r"\s+(?:yang\s+(?:telah\s+|sudah\s+)?\p{L}{3,}|(?:terdata|terdaftar|tercatat|terverifikasi)\b)",
                                               regex.I)
# between a part and the "dari" of its whole: what it counts and what was done, no figure, no clause's end
_PART_WORDS_BEFORE_DARI = regex_cache.compile(r"[^\d;.:]{0,100}?[\s,]", regex.I)
_COUNT_OLD_LEAD = regex_cache.compile(r"(?<!\w)(?:dari|dibanding(?:kan)?|semula|sebelumnya)(?:\s+(?!(?:menjadi|atau|dan)\b)"
                                r"[\p{L}\d/]+){0,4}?\s*(?:yang\s+)?(?:sebanyak|sejumlah|sebesar|mencapai|hanya)?\s*$", regex.I)
# a change word right after its percentage, then what it is compared with: "10 persen lebih tinggi
# dibanding tahun 2023", "25 persen lebih sedikit dari tahun sebelumnya"
_CHANGE_AFTER_PERCENT = regex_cache.compile(r"\s*\)?\s*(?P<word>lebih\s+(?:tinggi|rendah|besar|kecil|banyak|sedikit))\s+"
                                      r"(?:dari|daripada|dibanding(?:kan)?)\b", regex.I)
# a count's period of the year right after it or right before it (evidence.PERIOD_LABEL)
_PERIOD_RIGHT_AFTER = regex_cache.compile(r"[\s,]*(?:(?:pada|di|untuk|dalam)\s+)?(?=(?:triwulan|tw|semester|kuartal|caturwulan|tahap|termin)\b)"
                                    + evidence.PERIOD_LABEL.pattern, regex.I)
_PERIOD_RIGHT_BEFORE = regex_cache.compile(evidence.PERIOD_LABEL.pattern + r"[\s,:]*(?:(?:sebanyak|sejumlah|sebesar|yaitu|mencapai)\s+)?$",
                                     regex.I)
_PERIOD_ORDER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_FEWER_WORDS = frozenset({"lebih kecil", "lebih sedikit", "lebih rendah"})
# between a new value and its percentage right after it: "Rp B, 10 persen", "2.700 orang atau 25 persen"
_NEW_BEFORE_PERCENT = regex_cache.compile(r"[\s,]*(?:(?:atau|yaitu|yang|dan)\s+)?(?:sekitar\s+|hampir\s+)?\(?\s*", regex.I)
# after a change's percentage, the earlier time it is compared with: "dibanding tahun lalu", "dari tahun
# sebelumnya", "dibandingkan dengan tahun 2022"
_COMPARED_WITH_EARLIER = regex_cache.compile(r"[\s,]*(?:dari|dibanding(?:kan)?(?:\s+dengan)?)\s+(?:(?:periode\s+yang\s+sama\s+)?"
                                       r"tahun\s+(?:lalu|sebelumnya|kemarin|(?:19|20)\d\d)|(?:19|20)\d\d)\b", regex.I)
# after a change's percentage, the year it is compared with: "dibanding tahun 2022", "dari tahun sebelumnya"
_COMPARED_WITH_YEAR = regex_cache.compile(r"[\s,]*(?:dari|dibanding(?:kan)?(?:\s+dengan)?)\s+(?:tahun\s+)?"
                                    r"(?:(?P<year>(?:19|20)\d\d)(?![\d.,]\d)|sebelumnya\b)", regex.I)
# a line of a list of years: "- Tahun 2022 : 5.480 KPM", "2023 = Rp 12,5 miliar", "• 2021: 1.200 jiwa"
_YEAR_LINE = regex_cache.compile(r"[ \t]*(?:[-•*–][ \t]*|\d{1,2}[.)][ \t]*)?(?:tahun[ \t]+)?(?P<year>(?:19|20)\d\d)"
                           r"[ \t]*(?:[:=–-][ \t]*|[ \t]+)(?=\S)", regex.I)
# between a year's figure and its change on its line: "Rp 8.900.000.000 (turun 13,17%)", ", naik 25,84%"
_CHANGE_IN_BRACKET = regex_cache.compile(r"[ \t]*[(,]?[ \t]*(?:\p{L}+[ \t]+){0,2}?\p{L}+[ \t]+(?:sebesar[ \t]+)?", regex.I)
# a sign right before a change's percentage: "(-12,5%)", "minus 12,5 persen", "+10%"
_SIGN_BEFORE = regex_cache.compile(r"(?:(?P<minus>(?<![\w\d])[-–−][ \t]?|\bminus\s+)|(?P<plus>\+[ \t]?|\bplus\s+))$", regex.I)
# between a new value and its signed percentage: " pada APBD perubahan (", " pada 2024, atau "
_SIGNED_GAP = regex_cache.compile(r"(?:[ \t]+(?:pada|dalam|di)(?:[ \t]+(?:\p{L}+|(?:19|20)\d\d)){1,3})?[\s,]*(?:atau\s+)?\(?\s*",
                            regex.I)
@lru_cache(maxsize=1)
def _plan_words() -> frozenset[str]:
    v = _vocab()
    return frozenset(" ".join(w.lower().split()) for w in v["target_plan_words"] + v["target_levels"])


# the name of a plan after "target": capitalised words or acronyms ("Renstra", "Perjanjian Kinerja",
# "PK", "RPJMD"), or a plan word of claims.yaml ("nasional", "tahunan")
_PLAN_NAME = r"(?P<name>(?:\p{Lu}[\p{L}]*|[a-z]+)(?:[ ]+\p{Lu}[\p{L}]*){0,2})"
_NAMED_TARGET_BEFORE = regex_cache.compile(rf"(?:terhadap|dari|atas)\s+(?:target|sasaran)\s+{_PLAN_NAME}\s*(?:tahun\s+\d{{4}}\s*)?"
                                     r"(?:sebesar|adalah|yaitu|mencapai|:)?\s*\(?\s*$")
_NAMED_TARGET_AFTER = regex_cache.compile(rf"\s*\)?\s*(?:terhadap|dari|atas)\s+(?:target|sasaran)\s+{_PLAN_NAME}(?![\p{{L}}])")
_TARGET_NAMED_FIRST = regex_cache.compile(rf"(?<![\p{{L}}])(?:(?:terhadap|dari|atas)\s+)?(?i:target|sasaran)\s+{_PLAN_NAME}(?![\p{{L}}])")
_TARGET_NAMED_AFTER = regex_cache.compile(rf"[ ]+(?:dalam|pada|di|menurut|sesuai|berdasarkan)\s+(?:(?i:target)\s+)?{_PLAN_NAME}(?![\p{{L}}])")
_TARGET_VERB = regex_cache.compile(r"(?<!\w)(?:ditargetkan|ditetapkan|target(?:nya)?|sasaran)(?!\w)", regex.I)
# an achievement's words before its percentage, in its clause: "capaian indikator ini adalah 106,18%"
_ACHIEVEMENT_BEFORE = regex_cache.compile(r"\bcapaian(?:nya)?\b[^.;%\d]*$", regex.I)
_REALISED_WORD = regex_cache.compile(r"(?<!\w)(?:realisasi(?:nya)?|terealisasi|tercapai|dicapai|mencapai\s+realisasi)(?!\w)", regex.I)


def _plan_name(words: str) -> Optional[str]:
    """A plan's name as written, lower case; None when its words name no plan (a lower-case word
    that is not a plan word: "target penanganan")."""
    name = " ".join(words.lower().split())
    if words[:1].islower() and name not in _plan_words():
        first = name.split()[0]
        return first if first in _plan_words() else None
    return name


def _same_plan(a: str, b: str) -> bool:
    """Do two names of a plan name one plan: "pk" and "perjanjian kinerja", "renstra" and "Renstra"?"""
    if a == b:
        return True
    initials = {x: "".join(w[0] for w in x.split()) for x in (a, b)}
    return (" " not in a and a == initials[b]) or (" " not in b and b == initials[a])


# between two items of a list of counts (evidence.py reads such lists too)
_LIST_ITEM_GAP = evidence.COUNT_LIST_GAP
# "62 persen dari total penerima": a percentage of a whole its words name, no figure after it
# words between a counted noun and its figure that qualify it no further: "jumlah pengungsi pada
# puncak kejadian mencapai 1.260 jiwa"
_JOINS_NOUN_TO_FIGURE = frozenset({"pada", "di", "yang", "mencapai", "sebanyak", "tercatat", "sebesar", "adalah",
                                   "ada", "berjumlah", "sejumlah", "kini", "saat", "hingga", "sampai", "per", "tahun",
                                   "ini", "itu", "tersebut", "sekitar", "total", "seluruhnya"})
# the noun a percentage's whole is named by after it: "35 persen dari pengungsi", "dari seluruh penerima"
_OF_NOUN_AFTER = regex_cache.compile(r"\s*dari\s+(?:(?:total|jumlah|seluruh|keseluruhan)\s+)?(?P<noun>\p{L}{4,})\b", regex.I)
_OF_THE_WHOLE_AFTER = regex_cache.compile(r"\s*\)?\s*dari\s+(?:total|jumlah|keseluruhan|seluruh)\b", regex.I)
# the word of kind right after a part of a breakdown ("4.160 KPM reguler", "2.240 KPM perluasan"), not a
# joining word
_KIND_AFTER = regex_cache.compile(r"[ \t]+(?!(?:dan|serta|atau|yang|di|ke|dari|pada|untuk|dengan|sedangkan|sementara)\b)"
                            r"(\p{L}{3,})\b", regex.I)


# the words that open a sentence on a time or a place, not on what it counts ("Dalam APBD 2024", "Pada 2023")
_SENTENCE_OPENERS = frozenset({"pada", "dalam", "di", "untuk", "sejak", "hingga", "sampai", "per", "lalu", "kini",
                               "sekarang", "ini", "depan", "mendatang", "berjalan", "sebelumnya", "kemarin", "sedangkan",
                               "sementara", "adapun", "kemudian", "dan", "serta", "namun"})


def _relative_offset(when: str) -> int:
    """The year a word of :data:`_RELATIVE_YEAR` names, from the year of writing: "lalu" -1, "ini" 0, "depan" +1."""
    word = when.lower()
    return -1 if word in ("lalu", "sebelumnya", "kemarin") else 1 if word in ("depan", "mendatang") else 0


# a percentage's "dari" naming an earlier time, not a whole: "dari tahun lalu", "dari semula", "dari 2022"
_OF_EARLIER_TIME = regex_cache.compile(r"\s*\)?\s*(?:dari|terhadap)\s+(?:(?:tahun|periode|semula|sebelumnya|(?:19|20)\d\d)\b)",
                                 regex.I)
# between a new value and its old one after it: ", naik dari tahun 2022 sebanyak", " atau turun dibandingkan 2022 yang"
_CHANGE_FROM_GAP = regex_cache.compile(r"^[\s,]*(?:(?:atau|yang|dan)\s+)?(?:mengalami\s+)?(?P<word>naik|turun|meningkat|menurun|"
                                 r"bertambah|berkurang|kenaikan|penurunan|peningkatan)\s+(?:dari|dibanding(?:kan)?"
                                 r"(?:\s+dengan)?)\s+(?:(?:pada\s+)?(?:(?:tahun\s+)?(?:19|20)\d\d|tahun\s+(?:lalu|sebelumnya))\s*)?"
                                 # "turun dibandingkan tahun 2021 yang mencapai 10.260 KPM"
                                 r"(?:(?:yang\s+)?(?:sebanyak|sejumlah|sebesar|mencapai|tercatat|berjumlah)\s+)?$", regex.I)
# between a budget and its revised value: ", setelah perubahan menjadi", " dan berubah menjadi", " (P-APBD menjadi"
_REVISED_TO = regex_cache.compile(r"[\s,;(]*(?:(?:dan|yang|kemudian|lalu|namun)\s+)?(?:(?:setelah|sesudah|melalui)\s+)?"
                            r"(?:(?:pada|dalam|di)\s+(?:APBD[- ]?P(?:erubahan)?|anggaran\s+perubahan|DPPA|perubahan)\s+)?"
                            r"(?:(?:\p{L}+-?\p{L}*)\s+){0,2}?(?:berubah\s+)?menjadi\s+(?:sebesar\s+|senilai\s+)?", regex.I)
# between a budget and the same budget revised, without "menjadi": "pagu murni Rp A, setelah
# refocusing Rp B", "Rp A,-, bertambah melalui realokasi menjadi Rp B", "semula Rp A, setelah perubahan Rp B"
_REVISED_BY = regex_cache.compile(r"[\s,;(\-]*(?:(?:dan|yang|kemudian|lalu|namun)\s+)?(?:(?:bertambah|berkurang|naik|turun|"
                            r"dipangkas|dikurangi|ditambah)\s+)?(?:setelah|sesudah|melalui|hasil|pasca)\s+"
                            r"(?:refocusing|realokasi|pergeseran|rasionalisasi|perubahan|penyesuaian|APBD[- ]?P(?:erubahan)?)"
                            r"(?:\s+(?:dan\s+)?(?:refocusing|realokasi|anggaran))?\s*(?:(?:berubah\s+)?menjadi\s+)?"
                            r"(?:sebesar\s+|senilai\s+)?:?\s*", regex.I)
# a whole that is a sum of realisations: "dari total realisasi Rp W", "terhadap jumlah realisasi belanja Rp W"
_TOTAL_REALISATION_BEFORE = regex_cache.compile(r"\b(?:total|jumlah|seluruh|keseluruhan)\s+realisasi\b(?:\s+\p{L}+){0,3}\s*"
                                          r"(?:sebesar\s*)?$", regex.I)
# between a part and its whole: "... atau 65,43 persen dari pagu (anggaran) ..." (_not_realisation_of_budget)
# a decimal point ("65.43 persen", news written in English number format) ends no sentence
_OF_THE_PAGU = regex_cache.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bdari\s+(?:pagu|pagu\s+anggaran)\s*(?:sebesar\s*)?$", regex.I)
# a percentage and its word, taken out of a sentence to see whether any other figure is left in it
_PERCENT_FIGURES = regex_cache.compile(r"\d[\d.,]*\s*(?:%|persen\b|prosen\b)", regex.I)
# the words naming a part's kind right after its number in a breakdown: "640 lansia", "410 penyandang
# disabilitas" (up to a comma, "dan", "serta", a bracket or a stop)
_KIND_AFTER_NUMBER = regex_cache.compile(r"[ \t]+(?P<kind>\p{L}+(?:[ \t]+(?!dan\b|serta\b|atau\b|yang\b)\p{L}+){0,3})", regex.I)


_LEADING_NUMBER = regex_cache.compile(r"\d[\d.,]*")
_BREAKDOWN_SENTENCES = 6  # sentences before a share naming its whole looked through for the breakdown


def _kind_after_number(text: str, pos: int, end: int) -> str:
    m = _KIND_AFTER_NUMBER.match(text, pos, end)
    return m.group("kind").lower() if m else ""


# the words that break a count into its components: "8.000 jiwa, terdiri dari 5.000 ... dan 3.000 ..."
_BREAKDOWN = regex_cache.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|yaitu|yakni|dengan\s+rincian)\b", regex.I)
_REACHED_BEFORE = regex_cache.compile(r"\b(?:mencapai|tercapai|sudah|telah|baru)\b[^.;,]{0,12}$", regex.I)
_ALLOTTED = regex_cache.compile(r"\b(?:dialokasikan|alokasi|dianggarkan|diperuntukkan|dipagukan|untuk\s+alokasi)\b", regex.I)
# a performance formula's terms named before its figures: "Realisasi/Pagu x 100%", "(Realisasi / Target) x 100%"
_FORMULA_NAMES = regex_cache.compile(r"\b(?:realisasi|capaian)(?:[ \t]+\p{L}+)?[ \t]*/[ \t]*(?:(?P<budget>pagu|anggaran|alokasi|dpa)"
                               r"|(?P<target>target|rencana|sasaran))\b", regex.I)
# a formula whose result is named an achievement: "Capaian kinerja = ", "Tingkat capaian ="
_ACHIEVEMENT_FORMULA = regex_cache.compile(r"\W*(?:tingkat\s+|persentase\s+)?(?:capaian|pencapaian)(?:[ \t]+\p{L}+){0,3}[ \t]*=[ \t]*\(?[ \t]*$",
                                     regex.I)
_TIMES_100 = regex_cache.compile(r"[ \t]*(?:%[ \t]*|\p{L}+[ \t]*)?\)?[ \t]*[xX×*][ \t]*100")
# a percentage "of the revised pagu" named and not written after it: "atau 89,08 persen dari pagu perubahan"
_OF_REVISED_BUDGET = regex_cache.compile(r"\s*\)?\s*dari\s+(?:pagu|anggaran|alokasi)(?:\s+anggaran)?\s+(?:APBD[- ]?P\b|"
                                   r"(?:APBD\s+|hasil\s+|setelah\s+)?perubahan\b)(?!\s*(?:tahun\s+\d+\s*)?"
                                   r"(?:yang\s+)?(?:sebesar|senilai)?\s*(?:Rp|IDR))", regex.I)
_REVISED_WORD = regex_cache.compile(r"\bperubahan\b", regex.I)
# the words right before an amount that name it the revised budget: "pagu perubahan Rp B", "APBD-P sebesar Rp B"
_REVISED_LEAD = regex_cache.compile(r"(?:\bAPBD[- ]?P|\b(?:pagu|anggaran)\s+perubahan)\b(?:\s+(?:tahun\s+)?\d{4})?"
                              r"\s*(?:(?:yang\s+)?(?:sebesar|senilai|menjadi)\s*)?$", regex.I)
MAX_REVISION_SENTENCES = 3  # how far back a revised pagu named "pagu perubahan" is looked for
# a percentage's whole named by words after it, no figure: "40 persen dari nilai usulan.", "10,59
# persen dari total alokasi."
# (a space may be a line break of a wrapped copy)
_NAMED_WHOLE_AFTER = regex_cache.compile(r"\s*dari(?:[ \t]|\n(?![ \t]*\n))+(?P<name>(?:\p{L}+(?:[ \t]|\n(?![ \t]*\n))+){0,2}"
                                   r"\p{L}+)[ \t]*(?:[.;]|,\s|$)", regex.I)
# words that name no particular amount: joining and reference words, amount words, degree words
_NO_NAME_WORDS = frozenset({"dari", "yang", "dan", "atau", "itu", "ini", "tersebut", "total", "jumlah", "seluruh",
                            "keseluruhan", "nilai", "sebesar", "senilai", "sehingga", "hanya", "baru", "sekitar",
                            "yakni", "yaitu", "adalah", "merupakan", "setara", "dengan", "untuk", "pada", "tahun",
                            "mencapai", "sedangkan", "sementara", "anggaran", "dana"})


# a word that joins a conclusion to the figures before it in one sentence
_CONCLUSION_JOIN = regex_cache.compile(r"\b(?:sehingga|maka|artinya|berarti)\b", regex.I)


def _last_match(matches: Iterable[regex.Match]) -> Optional[regex.Match]:
    last = None
    for last in matches:
        pass
    return last


def _content_stems(phrase: str) -> set[str]:
    """The light stems of the words of a phrase that may name an amount ("pagu", "usulan",
    "alokasi"), its joining and amount words left out."""
    return {evidence.stem(w) for w in regex.findall(r"\p{L}{3,}", phrase) if w.lower() not in _NO_NAME_WORDS}


def _all_said(stems: set[str], text: str) -> bool:
    said = _content_stems(text)
    return all(any(evidence.stems_meet(a, b) for b in said) for a in stems)


def _any_said(stems: set[str], text: str) -> bool:
    said = _content_stems(text)
    return any(evidence.stems_meet(a, b) for a in stems for b in said)


_MARKER_ONLY = regex_cache.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\)|[-•*▪])?[ \t]*")
MAX_LIST_LINES = 40  # how many lines back a list's introducing line is looked for
# a line opening an item of a list: "\n1. Program", "\nb) Seksi", "\n- Program"
_ITEM_LINE = regex_cache.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\)|[-•*▪])[ \t]+\p{Lu}")
# a sentence whose subject points back to the amount before, then its percentage: "Anggaran itu",
# "Jumlah tersebut setara", "Dana bantuan itu sebesar", "Usulan tersebut setara"
_SUBJECT_BACK = regex_cache.compile(r"[\s\"“]*(?:anggaran|jumlah|dana|nilai|bantuan|alokasi|total|usulan|kebutuhan)(?:\s+\p{L}+){0,2}?\s+"
                              r"(?:itu|tersebut|ini)(?:\s+(?:setara(?:\s+dengan)?|sama\s+dengan|sekitar|sebesar|"
                              r"mencapai|merupakan|adalah|hanya|baru))*\s*", regex.I)
# a subject naming back an amount by its words, then its share of a whole named and given: "Anggaran
# BST tersebut merupakan bagian dari total anggaran JPS Kota Samarinda sebesar " (named_back_part_claims)
_NAMED_SUBJECT_BACK = regex_cache.compile(r"[\s\"“]*(?P<name>(?:anggaran|dana|alokasi|pagu|bantuan)(?:\s+[\p{L}()/-]+){1,4}?)\s+"
                                    r"(?:itu|tersebut)\s+(?:merupakan|adalah|menjadi)\s+(?:bagian|porsi)\s+dari\s+"
                                    r"(?:total\s+|jumlah\s+|keseluruhan\s+)?[^\d\n.;]{0,80}?(?:sebesar|senilai|yakni|yaitu)?\s*"
                                    r"(?=(?:Rp|IDR)\b)", regex.I)
# between that whole and the percentage: ", atau sekitar ", " atau "
_WHOLE_THEN_PERCENT = regex_cache.compile(r"\s*,?\s*(?:atau|alias|yaitu|yakni)\s+(?:sekitar\s+|sebesar\s+|hanya\s+)?", regex.I)
_NAMED_PART_REACH = 3000  # characters before the sentence searched for the amount its subject names
_LEAD_FORWARD_REACH = 1200  # characters after a lead's sentence searched for its pagu and realisation
_ITEM_OF_BUDGET = regex_cache.compile(r"\b(?:kegiatan|program|sub\s*kegiatan|belanja\s+(?:modal|barang|pegawai|hibah))\b", regex.I)
_GOAL_WORD = regex_cache.compile(r"\b(?:target\w*|ditargetkan|dipatok|dipasang|sasaran)\b", regex.I)
# a percentage's whole named after it: "... 47 persen dari pagu", "... dari target" (lead_forward_claims
# takes only a percentage that names none)
_OF_NAMED = regex_cache.compile(r"\s*\)?\s*(?:dari|terhadap)\b", regex.I)
# an agency named back: "dinas tersebut", "dinas itu" (_agency_at)
_POINTED_BACK_AFTER = regex_cache.compile(r"\s+(?:tersebut|itu|ini)\b", regex.I)
_AGENCY_BACK_REACH = 600  # characters before a sentence searched for the agency it names back
# the budget named by its word alone after the percentage, no other whole: "27,3 persen dari anggaran
# yang tersedia", "... dari pagu." (lead_forward_claims: its figures further on are the budget's)
_OF_THE_BUDGET_ALONE = regex_cache.compile(r"\s*\)?\s*(?:dari|terhadap)\s+(?:total\s+)?(?:pagu|anggaran|alokasi)(?:nya)?"
                                           r"(?:\s+(?:yang\s+)?(?:tersedia|ada|dialokasikan|disediakan|dimiliki))?\s*[.,;]", regex.I)
# an agency's budget named as the subject of its share, no figure: "porsi anggaran Dinsos hanya ",
# "proporsi belanja Dinas Sosial terhadap ..." (agency_share_claims)
_AGENCY_BUDGET_SUBJECT = regex_cache.compile(r"\b(?:porsi|proporsi|persentase|prosentase|kontribusi|alokasi)\s+(?:anggaran|pagu|belanja)\s+"
                                       r"(?P<agency>dinsos|dinas\s+sosial|dissos|dinas\s+\p{L}+|urusan\s+sosial)\b[^\d]*$", regex.I)
# after the percentage, the region's whole budget named: " dari total APBD Kota Padang 2023 yang mencapai ",
# " terhadap APBD"
_OF_THE_REGION_BUDGET = regex_cache.compile(r"\s*(?:dari|terhadap)\s+(?:total\s+|keseluruhan\s+)?(?:APBD|belanja\s+daerah|anggaran\s+daerah)\b"
                                      r"[^\n.;,]{0,50}?(?:yang\s+)?(?:mencapai|sebesar|senilai|sejumlah)?\s*", regex.I)
# after a percentage, the region's spending it is of, up to the word before its figure: " dari belanja
# APBD Kabupaten X sebesar ", " dari belanja daerah Kota X yang sebesar ", " dari belanja langsung
# Kabupaten X tahun 2018 yang sebesar "
_OF_THE_REGION_SPENDING = regex_cache.compile(
    r"\s*(?:dari|terhadap)\s+(?:total\s+|keseluruhan\s+|seluruh\s+)?(?:belanja\s+(?:APBD|daerah|langsung|tidak\s+langsung)|APBD|anggaran\s+daerah)"
    r"\s+(?:(?:Kabupaten|Kota|Provinsi|Pemerintah)\b[^\n.;,\d]{0,50}?)?(?:(?:tahun\s+(?:anggaran\s+)?)?(?:19|20)\d\d\s+)?"
    r"(?:yang\s+)?(?:sebesar|senilai|sejumlah|mencapai|berjumlah)\s*", regex.I)
# a sentence whose subject is a budget, no figure before the percentage: "Anggaran program urusan sosial ini baru ",
# or points back to one: "Porsi itu setara "
_BUDGET_SUBJECT = regex_cache.compile(r"[\s\"“]*(?:(?:anggaran|pagu|alokasi)\b|(?:porsi|angka|nilai|jumlah)[ \t]+(?:itu|tersebut|ini)\b)"
                                      r"[^\d.;]*$", regex.I)
# a program's name in the prose (evidence.PROGRAM_NAME)
_PROGRAM_NAME = evidence.PROGRAM_NAME
# after a program's name, the words before its budget: " (Rp ", ", pagu Rp ", " dengan anggaran sebesar Rp "
_BUDGET_AFTER_NAME = regex_cache.compile(r"(?:[ \t]*\([\d.]+\))?[ \t]*(?:\(|[,:]?[ \t]*(?:dengan[ \t]+)?(?:pagu|anggaran|alokasi)"
                                         r"(?:[ \t]+anggaran)?[ \t]*(?:sebesar[ \t]*)?)[ \t]*(?=Rp)")
# between a budget and the program's name after it: " disediakan bagi ", " dialokasikan untuk "
_BUDGET_BEFORE_NAME = regex_cache.compile(r"(?:,-|,00)?[ \t]+(?:disediakan|dialokasikan|dianggarkan)[ \t]+(?:bagi|untuk)[ \t]+")


def _program_key(name: str) -> str:
    return " ".join(name.lower().replace(",", " ").split())


# after a percentage, the words that make its whole the budget of the program the text is about:
# " dari anggaran program", "(2,94% dari pagu programnya)", " terhadap total pagu program ini"
_OF_THE_PROGRAM_BUDGET = regex_cache.compile(r"[ \t]*(?:dari|terhadap)[ \t]+(?:total[ \t]+)?(?P<kind>anggaran|pagu|alokasi|realisasi)[ \t]+"
                                             r"program(?:nya|[ \t]+(?:ini|tersebut))?\b", regex.I)
# between an amount and its share after it: " (", "), yang merupakan ", ", atau ", " atau setara "
_PART_TO_SHARE_GAP = regex_cache.compile(r"(?:,-|,00)?[ \t]*\)?[ \t]*[,(]?[ \t]*(?:yang[ \t]+)?(?:merupakan|atau|setara(?:[ \t]+dengan)?|sebesar|yaitu)?"
                                         r"[ \t]*(?:sebesar[ \t]*)?\(?[ \t]*", regex.I)
TABLE_REACH = 1500  # characters after a table that prose may name its total row in
# after a percentage, a total the words name and give no figure of: " dari total realisasi belanja dinas",
# " dari total pagu urusan sosial", " dari jumlah anggaran Dinas Sosial"
# the total named is one program's or kegiatan's: " dari total realisasi program", "... kegiatan ini"
_OF_ONE_PART = regex_cache.compile(r"[ \t]+(?:program|kegiatan|sub[ \t]+kegiatan)(?:nya|[ \t]+(?:ini|tersebut))?\b(?![ \t]*(?:dan|serta)\b)",
                                   regex.I)
_OF_A_NAMED_TOTAL = regex_cache.compile(r"\s*(?:dari|terhadap)\s+(?:total|jumlah|keseluruhan)\s+(?P<kind>pagu|anggaran|realisasi|alokasi)\b",
                                        regex.I)


def _cell_operand(text: str, t: Table, row: Optional[list], col: int) -> Optional[Operand]:
    """A table cell as an operand (its value as written, the table's scale its scale)."""
    if row is None or col >= len(row):
        return None
    c = row[col]
    if c.value is None or c.start is None or c.end is None:
        return None
    try:
        parsed = parse_number(c.text, kind="amount")
    except MalformedNumberError:
        return None
    scale = Decimal(str(t.scale)) if t.scale != 1 else Decimal("1.0")
    return Operand(Decimal(str(c.value)) * scale, c.start, c.end, text[c.start:c.end], parsed.decimals, scale, "IDR")


_REGION_BUDGET_WORD = regex_cache.compile(r"\b(?:APBD|belanja\s+daerah|anggaran\s+daerah)\b", regex.I)
# the words before an agency's budget: "total pagu Dinsos ... sebesar", "Dinsos Kukar hanya mendapat"
_AGENCY_BUDGET_LEAD = regex_cache.compile(r"\b(?:pagu|anggaran|alokasi|mendapat(?:kan)?|memperoleh|dialokasikan|dianggarkan)\b", regex.I)
_PERCENT_BEFORE = regex_cache.compile(r"\d\s*(?:%|persen)", regex.I)
_AGENCY_PART_REACH = 2500  # characters before the share's sentence searched for the agency's budget
# an amount that is a rate, not a total: "Rp A per bulan", "Rp A/KPM", "masing-masing Rp A", "setiap KPM Rp A"
_PER_UNIT_AFTER = regex_cache.compile(r"\s*(?:/\s*\p{L}|per\s+\p{L}|setiap\b|tiap\b)", regex.I)
_PER_UNIT_BEFORE = regex_cache.compile(r"(?:masing-\s*masing|per\s+\p{L}+|(?:setiap|tiap)\s+\p{L}+)\s*(?:sebesar\s+|senilai\s+)?$",
                                 regex.I)
# a sentence that details the headline before it: "Rinciannya, ...", "Yakni Rp A ...", "Dari Rp B, ...",
# "Dari pagu Rp B ..." (up to its first amount)
_DETAIL_OPENING = regex_cache.compile(r"[\W_]*(?P<word>(?:adapun\s+)?rincian(?:nya)?|yakni|yaitu|dengan\s+rincian)?[\s,:]*"
                                r"(?P<dari>dari\s+(?:(?:total|jumlah|pagu|anggaran|alokasi)\s+){0,2}(?:sebesar\s+)?"
                                r"(?=Rp|IDR))?", regex.I)
_MENJADI_BEFORE = regex_cache.compile(r"\bmenjadi\s+(?:sebanyak\s+|sejumlah\s+|hanya\s+)?$", regex.I)
# a year leading a value: "2022 = 150 orang", "tahun 2023 sebanyak 180 orang", "pada 2023: 180 orang"
_YEAR_LEAD = regex_cache.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)(?:\s*[=:]\s*|\s+(?:\p{L}+\s+){0,3}?)$", regex.I)
_MONTH_AFTER = regex_cache.compile(r"\s+(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
                             r"nopember|november|desember)\b", regex.I)


def _year_of_lead(lead: str) -> Optional[int]:
    m = _YEAR_LEAD.search(lead)
    return int(m.group(1)) if m else None


# a sentence that speaks of the figure before it ("Jumlah ini turun 8,2 persen ...", "Angka
# tersebut meningkat ...") and of another period's ("... dibandingkan tahun sebelumnya yang
# mencapai 13.562 jiwa", "... dari 13.562 jiwa pada 2021"): a comment on a whole, not a whole
_OTHER_PERIOD_COMPARISON = regex_cache.compile(r"\W*(?:jumlah|angka|capaian|realisasi|data)(?:\s+\p{L}+)?\s+"
                                         r"(?:ini|itu|tersebut)\b", regex.I)
_OTHER_PERIOD_WORDS = regex_cache.compile(r"\b(?:tahun|periode|bulan|semester|triwulan)\s+(?:sebelumnya|lalu)\b|"
                                    r"\b(?:dibanding(?:kan)?|dari)\s+(?:tahun\s+)?(?:19|20)\d\d\b", regex.I)


# the count of another period set against this one's: "turun dari 480 anak", "dibandingkan tahun
# sebelumnya yang mencapai 13.562 jiwa", "1.000 orang pada tahun lalu" (_Finder._other_period_count)
_FROM_OLD_VALUE = regex_cache.compile(r"\b(?:turun|naik|menurun|meningkat|berkurang|bertambah|dibanding(?:kan)?)"
                                r"(?:\s+(?:dengan|dari))?\s+(?:sebanyak\s+|sejumlah\s+)?$", regex.I)
_OTHER_PERIOD_BEFORE = regex_cache.compile(r"(?:\b(?:tahun|periode|semester|triwulan)\s+(?:sebelumnya|lalu)|"
                                     r"\b(?:dibanding(?:kan)?|dari)\s+(?:dengan\s+)?(?:(?:tahun|periode)\s+)?(?:19|20)\d\d)"
                                     r"\s+(?:yang\s+)?"
                                     r"(?:(?:hanya|baru)\s+)?(?:mencapai|sebanyak|sejumlah|sebesar|tercatat|ada)?\s*$",
                                     regex.I)
# the period named earlier in the count's own clause ("dibanding tahun lalu yang mencapai Rp21,6
# miliar untuk 18.000 penerima"): no clause break (a comma and a space, a semicolon) between
_OTHER_PERIOD_IN_CLAUSE = regex_cache.compile(r"\b(?:tahun|periode|semester|triwulan)\s+(?:sebelumnya|lalu)\b(?:(?!,\s|;)[^.])*$", regex.I)
_OTHER_PERIOD_AFTER = regex_cache.compile(r"[ \t]*(?:\p{L}+[ \t]+)?(?:pada|di)?[ \t]*(?:tahun|periode|semester|triwulan)[ \t]+"
                                    r"(?:sebelumnya|lalu)\b", regex.I)


# a verb of targeting, then only words (no figure, no clause break) up to the count it targets
_TARGET_VERB_LEAD = regex_cache.compile(r"(?<!\w)(?:menargetkan|ditargetkan|direncanakan|merencanakan|menyasar|disasar)\b[^\d,;.:!?\n]{0,140}$",
                                  regex.I)


# the words opening a remainder: "Sisanya 1.368 KPM", "sisa 20 unit", "selebihnya sebanyak 25 anak"
_REMAINDER_LEAD = regex_cache.compile(r"(?<!\w)(?:sisanya|sisa|selebihnya)(?:\s+(?:sebanyak|sejumlah|yakni|yaitu))?[\s:]*$",
                                regex.I)


# the words a headline may open with before its percentage, its subject coming after it:
# "Sebanyak 96 persen bantuan sembako ...", "Hampir 90 persen KPM ..."
_PERCENT_OPENS = regex_cache.compile(r"\W*(?:(?:sebanyak|sekitar|hampir|baru|lebih\s+dari|kurang\s+lebih)\s*)?", regex.I)


# a day and month in brackets, as news dates the day it speaks of: "Hingga Jumat (15/3), ..."
_DAY_MONTH = regex_cache.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")


def _is_day_month(text: str, op: Operand) -> bool:
    """Is ``op`` the day or the month of a bracketed date ("(15/3)"), not a count?"""
    lo = max(0, op.start - 8)
    return op.unit is None and any(m.start() < op.start and op.end < m.end()
                                   for m in _DAY_MONTH.finditer(text, lo, min(len(text), op.end + 8)))


def _is_date(text: str, op: Operand) -> bool:
    """"31 Desember 2022": a day of a month, not a count."""
    return op.unit is None and bool(_MONTH_AFTER.match(text, op.end))


@lru_cache(maxsize=1)
def _decrease_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _vocab()["decrease_words"])


@lru_cache(maxsize=1)
def _change_then_new_value_re() -> regex.Pattern:
    """A decrease or increase word, then "menjadi" and the new value: "naik menjadi ", "turun
    drastis menjadi sebanyak " (claims.yaml decrease_words, increase_words)."""
    alt = alternation(_vocab()["decrease_words"] + _vocab()["increase_words"])
    return regex.compile(r"\b(?:" + alt + r")\b(?:\s+\p{L}+){0,2}?\s+menjadi\s+(?:sebanyak\s+|sejumlah\s+)?$", regex.I)


@lru_cache(maxsize=1)
def _change_word_re() -> regex.Pattern:
    """The decrease or increase word before "dari X menjadi Y" (claims.yaml decrease_words, increase_words)."""
    alt = alternation(_vocab()["decrease_words"] + _vocab()["increase_words"])
    return regex.compile(r"\b(?:" + alt + r")\b(?=(?:\s+\p{L}+){0,3}\s+dari\s+(?:sebanyak\s+|sejumlah\s+)?\S*$)", regex.I)


# words after a whole that make it a target: "dari 24 desa sasaran", "dari 50 RTLH yang direncanakan"
_TARGET_OF_WHOLE = regex_cache.compile(r"\b(?:target\w*|sasaran|rencana|direncanakan|ditargetkan|ditetapkan)\b", regex.I)
# between a whole after "dari" and the part named after it: ", yaitu", ", atau sebanyak"
# (a space may be a line break of a wrapped copy)
_COUNT_PART_AFTER_WHOLE_GAP = regex_cache.compile(r"[ \t]*,?(?:[ \t]|\n(?![ \t]*\n))*(?:yakni|yaitu|atau)(?:[ \t]|\n(?![ \t]*\n))+"
                                          r"(?:(?:sebanyak|sejumlah)(?:[ \t]|\n(?![ \t]*\n))+)?", regex.I)
# between a percentage and the whole it names by its amount: "dari rencana", "terhadap target
# penarikan dana s.d. Triwulan III sebesar" (words, no figure)
# "Capaian realisasinya 93,99 persen": the realisation's word right before the percentage (no
# "fisik" after it)
_REALISATION_WORD_BEFORE = regex_cache.compile(r"\brealisasi(?:nya)?\s+(?:(?:mencapai|sebesar|adalah|baru|hanya)\s+)?$", regex.I)
# "tahun anggaran" (a fiscal year) right before the budget word: "akhir tahun anggaran sebesar Rp B"
_FISCAL_YEAR = regex_cache.compile(r"\btahun\s+$", regex.I)
# a percentage's budget named by its word alone before the next percentage: " dari pagu; "
# after a realisation's percentage, the next sentence opening on a plan and its amount: "). Dibandingkan
# rencana penarikan ", ". Terhadap rencana penarikan dana s.d. Triwulan III sebesar ", "). Rencana
# penarikan s.d. Triwulan III "
_PLAN_OPENS_NEXT_SENTENCE = regex_cache.compile(
    r"[^\d.;]{0,20}?[.)]*\.\s+(?:(?:dibandingkan|terhadap|dari)\s+(?:dengan\s+)?)?(?:rencana|target)\b[^\d]{0,70}?"
    r"(?:sebesar\s+|senilai\s+)?", regex.I)
# ... and the realisation said again before the second percentage: ", realisasi tersebut mencapai ",
# " realisasi baru ", " baru terealisasi "
_REALISED_OF_IT = regex_cache.compile(
    r"[\s,]*(?:realisasi(?:nya)?(?:\s+(?:tersebut|ini|itu))?|(?:baru\s+|telah\s+|sudah\s+)?terealisasi)\s+"
    r"(?:(?:baru|hanya|telah|sudah|mencapai|sebesar)\s+)*", regex.I)
# (or a plan's, pointed back to: " dari rencana penarikan dana tersebut, atau ")
_BUDGET_NAMED_ONLY = regex_cache.compile(r"\s*(?:dari|terhadap)\s+(?:total\s+)?(?:anggaran|pagu|dpa|alokasi|rencana|target)"
                                         r"(?:\s+\p{L}+){0,4}?\s*[;,]\s*(?:dan\s+|atau\s+|serta\s+)?", regex.I)
# the words before an amount that a figure changed from: "naik dari", "meningkat dari", "turun dari"
_CHANGED_FROM = regex_cache.compile(r"\b(?:naik|meningkat|turun|menurun|bertambah|berkurang)\s+(?:\p{L}+\s+){0,2}?dari\s*$",
                                    regex.I)
_WHOLE_GIVEN_AFTER = regex_cache.compile(r"\s*(?:dari|terhadap|thd\.?)\s+(?:[\p{L}/.]+\s+){0,6}?(?:sebesar\s+)?", regex.I)
_DARI_BEFORE = regex_cache.compile(r"\bdari\s*(?:total\s+)?$", regex.I)
# a budget named right after a percentage, its amount next: " dari anggaran murni sebesar ",
# " terhadap pagu perubahan " (up to four words naming it)
_WHOLE_NAMED_AFTER = regex_cache.compile(r"[\s)]*(?:dari|terhadap)\s+(?:total\s+)?(?:anggaran|pagu|dpa|apbd|alokasi)"
                                   r"(?:\s+(?!dan\b|atau\b)[\p{L}-]+){0,4}?[\s,]*(?:yang\s+)?(?:sebesar|senilai|yaitu)?\s*",
                                   regex.I)
# between one budget's amount and a second percentage of the same realisation: ", atau ", " dan "
_SECOND_PERCENT_LEAD = regex_cache.compile(r"[\s,]*(?:atau|dan|serta|sedangkan|sementara)?\s*(?:sebesar|mencapai|setara(?:\s+dengan)?)?\s*",
                                     regex.I)
# "..., sedangkan terhadap anggaran murni " before the other budget's amount
_SECOND_WHOLE_BEFORE = regex_cache.compile(r"[\s,.]*(?:(?:sedangkan|sementara|adapun|dan)\s+)?(?:terhadap|dibandingkan\s+dengan)\s+"
                                     r"(?:anggaran|pagu|dpa|apbd|alokasi)(?:\s+(?!dan\b|atau\b)[\p{L}-]+){0,4}?[\s,]*"
                                     r"(?:yang\s+)?(?:sebesar|senilai)?\s*", regex.I)
# "..., realisasinya mencapai ", ", realisasi tersebut sebesar " after it, the percentage next
_REALISATION_THEN_PERCENT = regex_cache.compile(r"[\s,]*(?:maka\s+)?(?:realisasi(?:nya|\s+tersebut)?|serapan(?:nya)?|capaian(?:nya)?)"
                                          r"\s*(?:mencapai|sebesar|adalah|menjadi|setara(?:\s+dengan)?)?\s*", regex.I)
# between a change word and its amount: "berkurang Rp D", "mengalami penurunan sebesar Rp D"
_CHANGE_AMOUNT = regex_cache.compile(r"\s*(?:sebesar|senilai|sekitar|sejumlah)?\s*", regex.I)
# between the new value and the change word after it: "Rp B, turun dari", "Rp B atau naik", "Rp B yang turun"
_SUBJECT_GAP = regex_cache.compile(r"[\s,]*(?:(?:atau|yang|dan|itu|ini|mengalami|sehingga|terjadi)[\s,]+)*", regex.I)
# between a change word and its percentage: "turun 15,68", "mengalami penurunan sebesar 12"
_WORDS_ONLY = regex_cache.compile(r"(?:\s+\p{L}+){0,3}\s*\(?\s*", regex.I)
# the line that closes a list with its total: "Jumlah : 5.000 jiwa", "Total PMKS 5.000 jiwa"
_TOTAL_LINE = regex_cache.compile(r"[ \t]*(?:jumlah|total)\b[^\n%]*$", regex.I | regex.M)
_CONTRAST_BREAK = regex_cache.compile(r",\s+(?:sedangkan|sementara)\b")
_CLAUSE_BREAK = regex_cache.compile(r"[;:]|,\s+(?:sedangkan|sementara|serta|namun)\b|" + evidence.FULL_STOP)
_NUMERAL_AFTER = regex_cache.compile(r"\s+([IVX]{1,4}|\d{1,2}|pertama|kedua|ketiga|keempat|awal|akhir)(?![\w.,]\d)", regex.I)
_WORD = regex_cache.compile(r"[\p{L}/]+")
# a sentence that opens with the whole its parts are of: "Dari total anggaran Dinsos Rp W, ..."
_DATELINE_LEAD = evidence.DATELINE_LEAD


def _after_dateline(text: str, start: int) -> int:
    """Where a sentence's words start, after the dateline a news story opens with."""
    m = _DATELINE_LEAD.match(text, start)
    return m.end() if m else start


_OPENING_DARI = regex_cache.compile(r"\s*[\"“]?\s*dari\s+(?:(?:total|jumlah|keseluruhan|seluruh)\s+)?"
                              r"(?:[\p{L}/]+\s+){0,4}?(?=Rp|IDR)", regex.I)
# a sentence opening with a budget named by its year and no figure: "Dari anggaran tahun ini,",
# "Dari pagu APBD 2024 tersebut,"
_OPENING_YEAR_WHOLE = regex_cache.compile(
    r"\s*[\"“]?\s*dari\s+(?:total\s+)?(?:anggaran|pagu|alokasi|apbd)(?:\s+(?!(?:Rp|IDR)\b)[\p{L}/]+){0,3}?"
    r"\s+(?:(?:pada\s+)?tahun\s+(?:anggaran\s+)?(?:ini|lalu|(?:19|20)\d\d)|(?:19|20)\d\d)(?:\s+(?:ini|itu|tersebut))?\s*,", regex.I)
# a sentence that names a budget ("Dinsos mengelola anggaran Rp A, sedangkan tahun ini hanya Rp B")
_BUDGET_NAMED = regex_cache.compile(r"\b(?:anggaran|pagu|alokasi|apbd)\b", regex.I)
# the words between a sum's name and its figure ("sebesar", "senilai", "yakni"), and a short form
# in brackets after a name ("Program Keluarga Harapan (PKH)")
_SUM_NAME_TAIL = regex_cache.compile(r"(?:\s+(?:sebesar|senilai|sejumlah|yakni|yaitu|mencapai|dengan\s+nilai))?\s*:?\s*$", regex.I)
_SHORT_FORM = regex_cache.compile(r"\(\s*([A-Z][A-Za-z-]{1,9})\s*\)")
_LIST_SEPARATORS_OUTSIDE_BRACKETS = regex_cache.compile(r"[,;:]|\b(?:dan|serta|yakni|yaitu|meliputi|antara\s+lain|"
                                                       r"terdiri\s+(?:dari|atas)|gabungan\s+dari)\b", regex.I)
_WORD_RE = regex_cache.compile(r"[\p{L}][\p{L}-]*")
_SENTENCE_SEPARATOR = regex_cache.compile(r"[.:;](?:\s|$)")
# words of any item of a list of aid ("bantuan", "paket", "kegiatan"), no item's own name
_GENERIC_ITEM_WORDS = frozenset({"bantuan", "paket", "kegiatan", "program", "belanja", "berupa", "termasuk", "sebesar",
                                 "senilai", "sejumlah", "untuk", "serta", "lainnya", "sosial", "tersebut", "rinci",
                                 "merinci", "dengan", "dalam"})
_LIST_TOTAL_REACH = 600  # characters before a list's sentence searched for the total its sums add up to
_LIST_TOTAL_BEFORE = 1500  # characters before a list of counts searched for the total they add up to
_SHARES_RUN = 300  # characters between shares of one list said one after another
# where a clause starts: a comma, a semicolon, a colon, "sedangkan", "sementara"
_CLAUSE_START = regex_cache.compile(r"[,;:]|\b(?:sedangkan|sementara|namun|adapun)\b", regex.I)


_ORDINALS_FIRST = "pertama"


@lru_cache(maxsize=1)
def _ordinal_opening() -> regex.Pattern:
    """A sentence opening with its ordinal: "Pertama, ...", "Kedua, ..."."""
    words = _vocab()["ordinal_opening_words"]
    return regex_cache.compile(r"\s*[\"“]?\s*(" + "|".join(map(regex.escape, words)) + r")\b\s*,", regex.I)


@lru_cache(maxsize=1)
def _its_portion() -> regex.Pattern:
    """A clause that is only a share pointing back ("Porsinya sekitar", "Kontribusinya mencapai")."""
    words = _vocab()["its_portion_words"]
    return regex_cache.compile(r"\s*[\"“]?\s*(?:" + "|".join(map(regex.escape, words)) + r")\b"
                               r"(?:\s+(?:sekitar|kira-kira|kurang\s+lebih|mencapai|sebesar|hampir|lebih\s+dari|"
                               r"yakni|yaitu|adalah|hanya))*\s*", regex.I)


def _spelled_out(text: str) -> list[str]:
    """The words the abbreviations of ``text`` stand for ("lansia": "lanjut", "usia")."""
    spelled = _vocab().get("abbreviation_words", {})
    return [w for word in _WORD_RE.findall(text) for w in spelled.get(word.lower(), ())]


def _names_item(clause: str, name: str) -> bool:
    """Does the clause name a list's item by ``name``: its short form as a word ("PKH"), every
    capitalised word of a longer name but the last, which a writer often leaves out ("APBD
    Provinsi" for "APBD Provinsi Jatim"), or a long name's first two words?"""
    words = name.split()
    if len(words) == 1:
        return regex.search(r"(?<![\p{L}])" + regex.escape(name) + r"(?![\p{L}])", clause) is not None
    said = {w.lower() for w in _WORD_RE.findall(clause)}
    needed = words[:-1] if len(words) > 2 else words
    # (or a long name's first two words: "program penunjang" for "Program Penunjang Urusan
    # Pemerintahan Daerah Kabupaten/Kota"; the caller asks that one item only be named)
    return all(w.lower() in said for w in needed) or len(words) > 3 and all(w.lower() in said for w in words[:2])


def _sum_fits(total: Operand, parts: list[Operand]) -> bool:
    """Do the parts add up to the total, within the precision each is written with?"""
    t_lo, t_hi = evidence.bounds(total)
    lo = sum((evidence.bounds(op)[0] for op in parts), Decimal(0))
    hi = sum((evidence.bounds(op)[1] for op in parts), Decimal(0))
    return lo <= t_hi and t_lo <= hi


# a sentence that opens with the whole of the count after it: "Dari 1.300 KPM yang terdaftar, sebanyak 1.245 KPM"
_OPENING_DARI_COUNT = regex_cache.compile(r"\s*[\"“]?\s*dari\s+(?:(?:total|jumlah|keseluruhan|seluruh)\s+)?", regex.I)
# a sentence that opens with the total its part is of: "Total APBD Kabupaten tahun 2023 Rp W, ..."
_OPENING_TOTAL = regex_cache.compile(r"\s*[\"“]?\s*(?:total|jumlah|keseluruhan)\s+(?:(?!Rp|IDR)[\p{L}\d/.]+\s+){0,7}?"
                               r"(?:(?:adalah|yaitu|sebesar|senilai|mencapai)\s+)?(?=Rp|IDR)", regex.I)
# what ends the words a count's role is told by: a sentence or clause end, a line that ends a label
# or a figure ("Target : 1.500 KPM" / "Realisasi : ..."), not a line wrapped in mid-phrase ("Target
# penerima jaminan sosial" / "1.200 jiwa, terealisasi 1.300 jiwa")
_LEAD_BREAK = regex_cache.compile(r"[;.]\s|(?<![\p{L},-][ \t]*)\n|\n(?=[ \t]*\n)")
# "yaitu sisa " before an amount: the word naming it, after "yaitu"
_NAMED_AFTER_YAITU = regex_cache.compile(r"(\b(?:yaitu|yakni)\s+)(?:sisa(?:nya)?|sisa\s+anggaran|sisa\s+dana|silpa)\s*$",
                                   regex.I)
# "65 persen di antaranya", "(65 persen) dari jumlah tersebut": of the whole just stated
_AMONG = regex_cache.compile(r"[\s)]*(?:di\s*antaranya|dari\s+jumlah\s+(?:tersebut|itu)"
                       r"|dari\s+(?:total\s+)?anggaran\s+(?:tersebut|itu))\b", regex.I)
# after an item's percentage, the next item of a list: "(realisasi 92 persen), Kabupaten Sigi Rp B"
_NEXT_ITEM_AFTER = regex_cache.compile(r"\s*\)?\s*(?:[,;]\s*(?:(?:dan|serta|sedangkan|sementara)\s+)?|"
                                 r"(?:dan|serta|sedangkan|sementara)\s+)\p{L}", regex.I)
# a percentage's whole named but not given after it: "atau 20 persen dari total", "dari total anggaran"
_OF_THE_TOTAL = regex_cache.compile(r"\s*\)?\s*dari\s+(?:total|keseluruhan)(?:\s+(?:anggaran|bantuan|pagu|alokasi|dana))?"
                              r"\s*(?:[,.;)]|$|\s+(?:dan|sedangkan|sementara|serta)\b)", regex.I)
# the original budget and its revision: "APBD induk", "anggaran murni", "semula" / "setelah refocusing",
# "APBD Perubahan", "pergeseran"
_ORIGINAL_BUDGET = regex_cache.compile(r"\b(?:induk|murni|semula|awal(?:nya)?)\b", regex.I)
_REVISION = regex_cache.compile(r"\b(?:setelah|pasca|usai)\s+(?:re-?f?o[ck]+us+ing|recofusing|perubahan|pergeseran|rasionalisasi"
                          r"|efisiensi|pemangkasan|pemotongan|penyesuaian)"
                          r"|\bAPBD[- ]?P\b|\bAPBD\s+Perubahan\b|\bPerubahan\s+APBD\b", regex.I)
# "dari total penerima", "dari jumlah KPM": a count's whole named after its percentage, not given there
_OF_THE_TOTAL_COUNT = regex_cache.compile(r"\s*\)?\s*dari\s+(?:total|jumlah|keseluruhan|seluruh)\s+\p{L}+\s*(?:[,.;)]|$)", regex.I)
# a year named between a percentage and its whole: "dari tahun lalu yang sebanyak", "dari realisasi
# tahun 2022 sebesar", "dibanding periode yang sama tahun sebelumnya"
_ANOTHER_YEAR = regex_cache.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)|\btahun\s+(?:anggaran\s+)?(?:lalu|sebelumnya|kemarin)\b",
                              regex.I)
# between a part and its whole, two amounts: "Rp 96 jt dari Rp 240 jt", "Rp A dari total Rp W"
_PART_DARI_WHOLE = regex_cache.compile(r"\s+dari\s+(?:(?:total|jumlah|alokasi|pagu|anggaran|sebesar)\s+){0,2}", regex.I)
# a new value of a change whose words are left out ("kini Rp 8 miliar dari Rp 10 miliar")
_NOW_BEFORE = regex_cache.compile(r"(?<!\w)(?:kini|sekarang|tinggal|hanya\s+tinggal)(?:\s+\w+){0,2}\s*$", regex.I)
# between a count and its target: nothing, or up to three words naming what is counted ("4.215 jiwa
# PPKS dari target"), no word joining another clause
# (a line break of a wrapped copy is a space)
_COUNTED_THING = regex_cache.compile(r"(?:[ ,(]|\n(?![ \t]*\n))*(?:(?!(?:dan|atau|serta|sedangkan|sementara|dengan|pada|di|ke)\b)"
                               r"[\p{L}/-]+(?:[ ,]|\n(?![ \t]*\n))+){0,3}", regex.I)
# words of a back reference ("Dari jumlah tersebut") that name no particular figure
_GENERIC_BACK_NOUNS = frozenset({"dari", "di", "antara", "jumlah", "total", "keseluruhan", "seluruh", "angka", "nilai"})
# between a part and a count of where or among whom it is ("2.150 KK di 9 desa", "3.420 jiwa yang
# tersebar di 14 kecamatan"): a few words of place, no figure, no stop
_PLACE_BETWEEN = regex_cache.compile(r"[ ,]+(?:(?:yang|tersebar|berada|tinggal|pada|di|dari|dalam|se)[ ]+){1,3}", regex.I)
# an earlier year named by words: "tahun lalu", "tahun sebelumnya", "periode yang sama tahun lalu"
_EARLIER_YEAR_WORDS = regex_cache.compile(r"\btahun\s+(?:lalu|sebelumnya|kemarin)\b", regex.I)
# words of any change's clause, naming no figure's thing
_CHANGE_GENERIC_NOUNS = frozenset({"tahun", "sebelumnya", "lalu", "tercatat", "mencapai", "sebesar", "sehingga",
                                   "dalam", "setahun", "terjadi", "jadi", "dibanding", "dibandingkan", "pada", "yang",
                                   "sama", "naik", "turun", "kenaikan", "penurunan", "meningkat", "menurun", "hanya"})
_CHANGE_NEW_VALUE_SENTENCES = 4  # sentences before a change searched for its new value
_YEAR_AFTER = regex_cache.compile(r"\s*(?:pada\s+)?(?:tahun|TA\.?)\s+((?:19|20)\d\d)\b", regex.I)
# "semula Rp A menjadi Rp B": the old value of a change no change word names
# a revision told in one sentence: "semula (dianggarkan) Rp A ... menjadi Rp B", "dari Rp A menjadi Rp B"
_REVISION_OLD_BEFORE = regex_cache.compile(r"\b(?:semula|dari)\b[^.;\d]{0,30}$", regex.I)
_REVISION_NEW_BETWEEN = regex_cache.compile(r"[^.;\d]{0,40}\bmenjadi\b[^.;\d]{0,12}", regex.I)
_FORMERLY_BEFORE = regex_cache.compile(r"(?<!\w)(?:dari\s+)?semula\s*(?:sebesar\s*|senilai\s*)?$", regex.I)
# what parts the items of a list of counts: their names are the words after the last of these
_LIST_SEPARATORS = regex_cache.compile(r"[,;:(]|\b(?:dan|serta|yakni|yaitu|meliputi|antara\s+lain|terdiri\s+(?:dari|atas)|"
                                 r"sebanyak|sejumlah|ialah|adalah)\b", regex.I)
# lists said item by item: "masing-masing", "berturut-turut"
# (a line end may follow the hyphen: "masing-\nmasing" in a text copied out of a PDF)
_RESPECTIVELY = regex_cache.compile(r"(?<!\w)(?:masing-\s*masing|berturut-\s*turut)(?!\w)", regex.I)
# between two items of a list ("Rp A dan Rp B", "P1, P2 dan P3"), or a list and what it is said of ("... atau")
_LIST_JOIN = regex_cache.compile(r"\s*(?:(?:,|\(|\)|(?:dan|serta|atau)(?!\w))\s*){0,3}", regex.I)
# between the wholes' list and the parts' list: "..., terealisasi", "dengan realisasi masing-masing"
_SPENT_BETWEEN = regex_cache.compile(r"\s*,?\s*(?:dengan\s+|sedangkan\s+)?(?:realisasi(?:nya)?|terealisasi|terserap|diserap|"
                               r"tersalurkan|disalurkan|tercapai|dicapai)\s+(?:masing-masing\s+)?(?:sebesar\s+)?", regex.I)
# the wholes' list after the percentages': "dari pagu", "dari anggaran sebesar", "terhadap target"
_WHOLES_AFTER = regex_cache.compile(r"\s*(?:dari|terhadap)\s+(?:[\p{L}/]+\s+){0,3}?(?:sebesar\s+|masing-masing\s+)?(?=Rp|IDR|\d)", regex.I)
_YEAR = regex_cache.compile(r"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d.,]\d)")
# a percentage's "dari" naming an earlier time, not a whole: "80 persen dari tahun lalu", "dari anggaran
# tahun 2022", "dari pagu semula" (grammars/claims.yaml earlier_value_words)
@lru_cache(maxsize=1)
def _earlier_value_re() -> regex.Pattern:
    v = _vocab()
    return regex_cache.compile(rf"\s*\)?\s*(?:dari|terhadap|dibanding(?:kan)?(?:\s+dengan)?)\s+"
                         rf"(?:(?P<noun>{_alternation(v['earlier_value_nouns'])})\s+(?:\p{{L}}+\s+)?)?"
                         rf"(?:{_alternation(v['earlier_value_words'])}|(?:pada\s+)?(?:tahun|TA\.?)\s+(?:anggaran\s+)?"
                         rf"(?P<year>(?:19|20)\d\d))(?![\w.,]\d)(?!\w)", regex.I)


# between a new value and its percentage of the old one: "Rp B, hanya 80 persen", "1.200 KPM atau sekitar 80 persen"
_LEVEL_GAP = regex_cache.compile(r"[\s,]*(?:(?:atau|yaitu|yakni|alias|yang|dan)\s+)?(?:(?:hanya|tinggal|baru|sekitar|hampir|"
                           r"kurang\s+lebih|sebesar|setara(?:\s+dengan)?|mencapai)\s+)*\(?\s*", regex.I)
# a change word with its amount: "berkurang Rp D", "naik sebesar 150 KPM"
_CHANGE_AMOUNT_LEAD = regex_cache.compile(r"(?<!\w)(?:naik|turun|bertambah|berkurang|meningkat|menurun|kenaikan|penurunan|"
                                    r"peningkatan|selisih|dipangkas|dipotong)(?:nya)?\s*(?:sebesar|senilai|sekitar|sejumlah|sebanyak)?\s*$",
                                    regex.I)
# between an earlier time and its value after it: "dari tahun lalu (Rp A)", "dari tahun 2022 yang mencapai 1.500 KPM"
_OLD_AFTER_TIME = regex_cache.compile(r"[\s,]*(?:\(\s*|(?:yang\s+)?(?:(?:sebesar|sebanyak|senilai|sejumlah|mencapai|hanya|"
                                r"tercatat)\s+)?|(?:yaitu|yakni|sebesar)\s+)", regex.I)
# from an earlier time to its two values after it: "dari tahun lalu, yakni Rp B dari Rp A", "(Rp B dari Rp A)"
_VALUES_AFTER_TIME = regex_cache.compile(r"[\s,]*(?:\(\s*|(?:yakni|yaitu|atau|dari)\s+)", regex.I)
_NEW_FROM_OLD = regex_cache.compile(r"\s+(?:dari|dibanding(?:kan)?)\s+(?:(?:sebelumnya|semula|tahun\s+lalu)\s+)?(?:sebesar\s+)?", regex.I)
# a year named by its distance from the year of writing: "tahun lalu", "tahun anggaran sebelumnya", "tahun ini"
_RELATIVE_YEAR = regex_cache.compile(r"\btahun\s+(?:anggaran\s+)?(?P<when>lalu|sebelumnya|kemarin|ini|berjalan|sekarang|"
                               r"depan|mendatang)\b", regex.I)
_YEAR_RIGHT_AFTER = regex_cache.compile(r"\s*(?:(?:untuk|pada|di|bagi)\s+)?(?:(?:tahun|TA\.?)\s+(?:anggaran\s+)?)?((?:19|20)\d\d)(?![\d.,]\d)",
                                  regex.I)
# the verbs and particles of a concluded change's clause: "Artinya ada kenaikan", "terjadi penurunan"
_CHANGE_FILLER = regex_cache.compile(r"(?<!\w)(?:ada|terjadi|terdapat|mengalami)(?!\w)", regex.I)
# words a period's clause may have besides its period, money and reference words
_CONNECTIVES = frozenset({"dan", "serta", "sedangkan", "sementara", "kemudian", "lalu", "pada", "untuk", "di", "ke",
                          "naik", "meningkat", "bertambah", "kumulatif", "total", "secara", "i", "ii", "iii", "iv",
                          "dengan", "tahun", "sudah", "telah", "baru", "mencapai",
                          # "Memasuki akhir Juni (TW II) naik menjadi Rp B": words of the period's time
                          "akhir", "awal", "pertengahan", "memasuki", "menjadi", "posisi", "tercatat"})
def _counted_word(text: str) -> str:
    """The word a count is written with ("3.500 penerima" -> "penerima")."""
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def _operand_distance(a: Operand, b: Operand) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _distance(a: Mention, b: Mention) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _part_and_named_whole(ops: list[Operand], roles: list[Optional[str]]) -> Optional[tuple[Operand, Operand, str]]:
    """Of two counts, the one the words name a target or a whole and the other its part: (part,
    whole, "target" or "share"); None unless exactly one is so named, or the part of a whole
    that is no target is larger than it."""
    named = [i for i, r in enumerate(roles) if r in ("target", "whole")]
    if len(named) != 1:
        return None
    den, num = ops[named[0]], ops[1 - named[0]]
    kind = "target" if roles[named[0]] == "target" else "share"
    if not den.value or (kind != "target" and num.value > den.value):
        return None
    return num, den, kind


def _earlier_sentence(before: str, ours: str) -> bool:
    """Does the sentence ``before`` speak of an earlier year than ``ours`` (the clause up to a
    change's percentage)? By the years written ("Pada 2022 ... Tahun 2023 ..."), or, where none
    is, by years told relative to the text's ("Tahun lalu ... Tahun ini ...")."""
    theirs, own = _YEAR.findall(before), _YEAR.findall(ours)
    if theirs and own:
        return max(map(int, theirs)) < min(map(int, own))
    if theirs or own:
        return False
    return evidence.years_of(before) == {"@-1"} and evidence.years_of(ours) <= {"@0"}


# words that say what a list item or a target counts without naming a kind of it: units of people
# and households, joining words, a target's own words
_NO_KIND_WORDS = frozenset({"orang", "jiwa", "kk", "kpm", "keluarga", "rumah", "tangga", "unit", "dan", "serta",
                            "dari", "target", "sasaran", "rencana", "penanganan", "sebanyak", "sejumlah", "sebesar",
                            "tahun", "yang", "atau", "pada", "di", "untuk", "dengan", "ini", "itu"})


def _kind_words(phrase: str) -> set[str]:
    """The words of a count's or target's phrase that may name a kind of what is counted
    ("orang lansia" gives {"lansia"}, "target penanganan 550 orang" none)."""
    return {w for w in (m.group(0).lower() for m in regex.finditer(r"\p{L}{3,}", phrase)) if w not in _NO_KIND_WORDS}


def _is_difference(a: float, b: float, diff: float) -> bool:
    """Is ``diff`` the difference of ``a`` and ``b``, within what writing it rounded allows?"""
    return abs(abs(a - b) - diff) <= DIFFERENCE_TOLERANCE * diff


# a whole's shares add up to 100 per cent, give or take their rounding
_WHOLE_AND_ROUNDING = 100.5


def _units_compatible(text: str, whole: Operand, part: Operand) -> bool:
    """May ``part`` be a part of ``whole`` (or the two values of one change)? Counts of one thing
    (:func:`evidence.same_counted_thing`), or people counted by a kind of them ("Dari 1.500 jiwa,
    300 anak"), or households by a kind of them; never people against households ("4.500 jiwa
    dari 1.200 KK")."""
    if evidence.same_counted_thing(text, whole, part):
        return True
    return any(whole.unit in group and part.unit in group for group in (evidence.PERSONS, evidence.HOUSEHOLDS))


# a news page's link to another story, a line of its own between the paragraphs ("Baca juga:
# Serapan APBD Sulsel Semester I Capai 43,7 Persen"): its figures are the other story's
_RELATED_LINK_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:baca[ \t]+juga|lihat[ \t]+juga|simak[ \t]+juga|berita[ \t]+terkait|"
                                   r"artikel[ \t]+terkait)[ \t]*:?[^\n]*", regex.I)


def _outside_related_links(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are not in a "Baca juga:" line: neither its percentage nor its amounts
    are a claim or an operand of this story's."""
    links = DisjointSpans((m.start(), m.end()) for m in _related_link_lines(text))
    return [m for m in mentions if not links.contains(m.start)]


# what every line _RELATED_LINK_LINE matches holds ("Baca juga", "Berita terkait"): each word scanned
# alone costs a fraction of the line pattern's tries at every offset
_RELATED_LINK_WORDS = (regex.compile(r"juga", regex.I), regex.compile(r"terkait", regex.I))


def _related_link_lines(text: str):
    """``_RELATED_LINK_LINE.finditer(text)``, tried only at the starts of the lines holding
    "juga" or "terkait" (it matches one line, from its start)."""
    starts = sorted({text.rfind("\n", 0, m.start()) + 1 for w in _RELATED_LINK_WORDS for m in w.finditer(text)})
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = _RELATED_LINK_LINE.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


def find_claims(doc: Document, mentions: list[Mention], tables: Optional[list[Table]] = None) -> list[RatioClaim]:
    """Every ratio claim of the prose, in text order. ``tables``: the document's typed tables,
    whose total rows a percentage may name as its whole ("... atau 12,49% dari total realisasi
    belanja dinas")."""
    mentions = _outside_related_links(doc.text, mentions)
    f = _Finder(doc, mentions)
    # "Rp A dan Rp B dari pagu Rp C dan Rp D atau 90% dan 75%": lists read in parallel first, the
    # nearest-figure finders would pair their items across
    claims = evidence.respective_lists(doc, mentions)
    parallel = {c.percent.start for c in claims}
    claims += [c for c in f.triple_claims() if c.percent.start not in parallel]
    # "... Rp A dari pagu Rp B. ... Rp C dari pagu Rp D. Dengan demikian serapan P% dan Q%": each
    # percentage in the order of the pairs, before the nearest-figure finders pair them across
    claims += f.concluded_list_claims({c.percent.start for c in claims})
    # a record whose header names its columns: the header says which figure is which
    taken = {c.percent.start for c in claims}
    claims += [c for c in f.header_record_claims() if c.percent.start not in taken]
    # "capaian terhadap target Renstra 98,08% dan terhadap target PK 95,63%": each of the targets named
    claims += f.named_target_claims({c.percent.start for c in claims})
    # "Rasio ini (84,44%) sedikit di bawah target 85%; capaiannya 99,34%": a percentage's target
    claims += f.percent_target_claims({c.percent.start for c in claims})
    # "Rp A yang merupakan 0,63 % dari belanja APBD Kabupaten X sebesar Rp W": before the money finders,
    # which would read a realisation beside it as its part
    claims += f.region_share_claims({c.percent.start for c in claims})
    claims += f.money_claims({c.percent.start for c in claims})
    # "Rp B, hanya 80 persen dari tahun lalu": the new value's share of the old one, where no finder
    # of money found a realisation of its pagu ("90 persen dari pagu tahun 2023") or a change
    claims += f.earlier_value_share_claims({c.percent.start for c in claims})
    # "Program B (Rp A) ... // Untuk Program B, ... realisasi Rp R (97,00 persen dari pagu)": by the name
    claims += f.program_budget_claims({c.percent.start for c in claims})
    # "(Rp A), yang merupakan 55,65% dari anggaran program": the program's budget, given where it is named
    claims += f.program_whole_claims({c.percent.start for c in claims})
    # "Program B menyerap Rp A, atau 12,49% dari total realisasi belanja dinas": the table's total row
    claims += f.table_total_claims({c.percent.start for c in claims}, tables or [])
    claims += f.slash_record_claims({c.percent.start for c in claims})
    claimed = {c.percent.start for c in claims}
    claims += f.count_claims(claimed)
    # "... 1.050 orang, terdiri dari 640 lansia dan 410 penyandang disabilitas. Jadi lansia itu 60,9
    # persen, penyandang disabilitas 39 persen": each kind's share, told by its name
    claims += f.breakdown_kind_shares({c.percent.start for c in claims})
    claims += [c for c in f.tied_claims({c.percent.start for c in claims}) if c.percent.start not in f.unjudged]
    # "sehingga pagu hanya menampung 40 persen dari nilai usulan": part and whole named by words
    claims += f.named_by_words_claims({c.percent.start for c in claims} | f.unjudged)
    # "Realisasi ... PKH dan Kartu Sembako, masing-masing Rp A dan Rp B. Pagu PKH Rp C, sedangkan Kartu
    # Sembako Rp D. Artinya, serapan PKH P persen dan Kartu Sembako Q persen": each item by its name
    claims += evidence.named_item_claims(doc, mentions, {c.percent.start for c in claims} | f.unjudged)
    # what the phrase finders leave unexplained, by weighing the evidence of the numbers around it
    claims += [c for c in evidence.resolve(doc, mentions, claims) if c.percent.start not in f.unjudged]
    # the realisations of successive periods whose one pagu only the weighing above paired with
    # the first of them ("TW I Rp A atau 8,3 persen. ... TW II Rp B atau 34,08 persen." and the pagu
    # in the next paragraph)
    claims += f.later_period_claims(claims)
    # "Realisasi keuangan Dinas Sosial ... tercatat 47,38 persen. ... // ... pagu anggaran Dinsos tahun
    # ini sebesar Rp A. Sampai 30 Juni, dana yang sudah dibelanjakan sebesar Rp B.": a lead that no
    # finder explained, its figures paragraphs on
    claims += f.lead_forward_claims({c.percent.start for c in claims} | f.unjudged)
    # "Dari anggaran tahun ini, Rp 11,2 miliar atau 42 persen ..."
    claims += f.opening_year_whole_claims({c.percent.start for c in claims} | f.unjudged)
    # "... gabungan dari Program Keluarga Harapan (PKH) Rp 6,91 triliun, ... // PKH menjadi penyumbang
    # terbesar, yakni 47,3 persen dari total bansos tersebut"
    claims += f.money_part_named_by_name_claims({c.percent.start for c in claims} | f.unjudged)
    # "... Belanja Langsung sebesar Rp B. ..., sedangkan Belanja Langsung terealisasi Rp D atau 95,19%"
    claims += f.item_named_budget_claims({c.percent.start for c in claims} | f.unjudged)
    # "... realisasi Rp W ... // Realisasi ... tersebut terdiri atas ... Rp A (70,81%) dan ... Rp B
    # (29,19%)": the shares of a breakdown that adds up to the sum before it
    claims += f.listed_parts_of_earlier_sum({c.percent.start for c in claims} | f.unjudged)
    # "... pagu Rp B. ... Pada APBD Perubahan 2022, pagu ... Rp A, sehingga ... naik 12,48 persen": a
    # change against an earlier year's value, its new value stated before
    claims += f.changes_against_earlier_years({c.percent.start for c in claims} | f.unjudged)
    # an end of a range of percentages ("target 90 - 95 persen") is a target or a band, stated of
    # no two figures: the realisation beside it ("Realisasi 93 persen ... target 90 - 95 persen")
    # is no part of it
    claims = [c for c in claims if evidence.range_end(c.percent, doc.text) is None]
    seg = segments(doc.text)
    return sorted((_named(doc.text, seg, _read_alike(doc.text, c)) for c in claims), key=lambda c: c.percent.start)


# a target mention's own text opens with its target word ("Target 2024 sebanyak 1.500 KPM"), which
# is then not in the words before it
_TARGET_MENTION_TEXT = regex_cache.compile(r"(?:target|sasaran|rencana)\b", regex.I)


def _named(text: str, seg: Segments, claim: RatioClaim) -> RatioClaim:
    """The claim under the name of the check it is: a share of counts whose whole the words name
    a target ("Dari 400 RTLH yang ditargetkan, 380 unit telah direhabilitasi (95%)", "Rencana 50
    unit, terealisasi 45 unit atau 90%") is an achievement against that target (``target``), as
    the output contract defines it, whichever finder paired them; unless the part is no
    achievement of it (what is left undone, a kind among the whole: :func:`evidence.achieved_part`).
    Money whose whole is named a target and no budget ("Target PAD Rp A, realisasi Rp B (90%)") is
    the same. Two amounts taken for a realisation and its budget are a share where nothing was
    spent (:func:`_not_realisation_of_budget`); a formula's named terms ("Realisasi/Pagu x 100% =")
    name its check. A change, a header record and a part named a target itself keep their names."""
    if claim.kind not in ("share", "budget") or claim.change is not None or HEADER_NOTE in claim.notes:
        return claim
    num, den, pct = claim.numerator, claim.denominator, claim.percent
    if claim.kind == "share" and _TIMES_100.match(text, den.end):
        # a formula written out: "Persentase = Realisasi/Pagu x 100% = A/B x 100% = P%"
        named = _FORMULA_NAMES.search(text, text.rfind("\n", 0, num.start) + 1, num.start)
        if named is not None:
            return replace(claim, kind="budget" if named.group("budget") else "target",
                           notes=claim.notes + ["the formula names its terms"])
        if _ACHIEVEMENT_FORMULA.match(text, text.rfind("\n", 0, num.start) + 1, num.start):
            # "Capaian kinerja = 76,5 / 80 x 100% = 95,63%": an achievement is of a target
            return replace(claim, kind="target", notes=claim.notes + ["the formula names an achievement"])
    if claim.kind == "budget" and _not_realisation_of_budget(text, seg, claim):
        return replace(claim, kind="share", notes=claim.notes + ["a part of a whole that is no realisation of its budget"])
    if not (evidence.names_target(text, den, seg.sentence(den.start)[0]) or _TARGET_MENTION_TEXT.match(den.text)) or \
            evidence.names_target(text, num, seg.sentence(num.start)[0]):
        return claim
    if not evidence.achieved_part(text, num, pct, seg.sentence(num.start)):
        return claim
    return replace(claim, kind="target", notes=claim.notes + ["the whole is named a target"])


def _not_realisation_of_budget(text: str, seg: Segments, claim: RatioClaim) -> bool:
    """Is a percentage of two amounts that a finder took for a budget's realisation a share: the
    part named a budget ("Alokasi bansos Rp A atau 20% dari total anggaran Rp W", "Pagu kegiatan
    Rp A atau 8% dari pagu Dinas Rp W") or the whole named a realisation ("Realisasi belanja modal
    Rp A atau 20% dari total realisasi Rp W"), or no word near them saying anything was spent?"""
    num, den = claim.numerator, claim.denominator
    if (evidence.lead_roles(text, num, seg.sentence(num.start)[0]) == {"budget"} and
            not evidence.named_real_after(text, num)) or \
            _TOTAL_REALISATION_BEFORE.search(evidence.lead(text, den, seg.sentence(den.start)[0])):
        return True
    # no word of the claim's clause says anything was spent: "Dari total anggaran Rp W, sebesar 45
    # persen atau Rp A dialokasikan untuk bantuan sosial", "Anggaran Dinsos Rp W, 65 persen di
    # antaranya atau Rp A untuk bansos" (a slash record's order names its figures without words)
    if SLASH_NOTE in claim.notes:
        return False
    # "belanja bansos mencapai Rp A atau 65 persen dari pagu Rp W": an amount reached, as a part
    # of the pagu itself (not of a total anggaran), is what was spent unless it was allotted
    if _OF_THE_PAGU.match(text, num.end, den.start) and _REACHED_BEFORE.search(text, max(0, num.start - 30), num.start) \
            and not _ALLOTTED.search(text, seg.sentence(claim.start)[0], claim.end + 40):
        return False
    # generous bounds: the claim's sentence and the one before it in its paragraph, and a little
    # after it; a realisation word anywhere there keeps the finder's reading
    s, _ = seg.sentence(claim.start)
    ps, _ = seg.previous_sentence(claim.start)
    lo = max(seg.paragraph(claim.start)[0], min(s, ps)) if ps < s else s
    hi = claim.end + 40
    return not evidence.speaks_of_realisation(text[lo:hi]) and \
        all(_keyword_role(m.group(0)) != "real" for m in _keyword_re().finditer(text, lo, hi))


def _read_alike(text: str, claim: RatioClaim) -> RatioClaim:
    """The claim with its operands (and a change's two values) read to the precision the pair
    shows (:func:`evidence.read_alike`: "Rp 2 miliar" beside "Rp 1,9 miliar" is "2,0 miliar")."""
    num, den = evidence.read_alike(text, claim.numerator, claim.denominator)
    change = evidence.read_alike(text, *claim.change) if claim.change is not None else None
    return replace(claim, numerator=num, denominator=den, change=change)
