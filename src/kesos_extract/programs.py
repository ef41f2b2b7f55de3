"""Programs with their budgets (pagu, realisasi, percent) and activities.

The program list itself is found by :func:`kesos_extract.structure.program_list`.

Budgets come from the budget claims (:mod:`kesos_extract.claims`) inside a program's span that
are the program's own, never one of its kegiatan's or sub kegiatan's; activities from
enumerations ("didukung oleh 9 kegiatan yaitu A, B, ..."), numbered sub-items ("1.1 ...") and the
activity rows of a budget table or a "Kegiatan" column. Where a program's text names sub kegiatan
(Permendagri 90/2019), its activities are its kegiatan and their sub kegiatan in the text's order:
see "kegiatan and sub kegiatan" below.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Optional

import regex

from . import regex_cache
from .catalogue import ACTIVITY_LEVELS, match
from .claims import RatioClaim
from .document import Block, Document
from .grammar import load_grammar
from .intervals import DisjointSpans
from .models import Activity, Budget, Mention, Program, Section, Span, Table
from .numbers import parse_number
from .named_programs import NamedProgram, clause_end, is_generic, is_verb, named_programs, unbroken_words
from .tables import header_has, header_size, is_nomenclature_code, without_group_labels
from .structure import _FLAT_ROW, _Candidate, clean_name, flat_row, program_list

# "didukung oleh 9 kegiatan", "di dukung oleh 29 (dua puluh sembilan) kegiatan"
# (or after the name in brackets: "Program Pemberdayaan Sosial (2 kegiatan)")
COUNT_STATED = regex_cache.compile(r"(?:didukung|di\s*dukung|dilaksanakan|terdiri)\s+(?:oleh\s+|atas\s+|dari\s+|melalui\s+)?"
                              r"(?P<n>\d{1,3})\s*(?:\([^)]{1,40}\)\s*)?kegiatan|\((?P<n>\d{1,3})\s+kegiatan\)"
                              r"|jumlah\s+kegiatan\s*:?\s*(?P<n>\d{1,3})\b", regex.I)  # ("Jumlah Kegiatan : 2 kegiatan")
# (or a relative clause of a di- verb and a colon: "Kegiatan yang dilaksanakan:", "kegiatan yang
# telah dilakukan pada tahun 2023 adalah sebagai berikut :")
# ("kegiatan-kegiatan", the plural, as the word)
_ENUMERATION = regex_cache.compile(
    r"kegiatan(?:-kegiatan)?(?:nya)?\s*(?:(?:tersebut|dimaksud)\s+(?:adalah\s*)?|(?:pokok|utama|prioritas|unggulan|strategis)\s+)?,?\s*"
    r"(?:(?:yaitu|yakni|antara\s+lain|meliputi|berupa|sebagai\s+berikut)\s*:?|:)\s*(?P<list>\S)"
    # (the colon may be a word, "Kegiatan yang dilaksanakan yaitu A dan B", or left out before a
    # list on the next lines: "b. Kegiatan yang dilaksanakan" / "1) A" / "2) B", an LKPJ's layout)
    r"|kegiatan(?:-kegiatan)?\s+yang\s+(?:telah\s+|sudah\s+)?di\p{Ll}{3,}\b(?:[^\n:.;]|\n(?=[ \t]*\p{Ll}))"
    r"{0,60}?"  # (a line wrapped before a lower-case word goes on: "dilaksanakan pada" / "program ini adalah:")
    r"(?::|\s(?:yaitu|yakni|adalah|antara\s+lain|meliputi)\b[ \t]*:?"
    r"|[ \t]*(?=\n[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•▪·])[ \t]))\s*(?P<list>\S)"
    # "Kegiatan yang mendukung program ini antara lain:", "Adapun kegiatan-kegiatan dalam program ini
    # adalah sebagai berikut:"
    # (or a sentence naming them after a word: "Kegiatan yang mendukung program ini yaitu A dan B")
    r"|kegiatan(?:-kegiatan)?\s+(?:yang\s+(?:men|mem|meng|meny|me|ber)\p{Ll}{3,}|(?:dalam|pada|pendukung|penunjang)\s+program)"
    r"\b[^\n:.;]{0,60}?(?::[ \t]*(?=\n|\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•▪·])"  # (a list, not a sentence, after it)
    r"|\s(?:yaitu|yakni|adalah|antara\s+lain|meliputi)\b[ \t]*:?[ \t]*(?-i:(?=\p{Lu})))\s*(?P<list>\S)"
    # "Program ini didukung oleh kegiatan A dan B" (the count, where stated, is COUNT_STATED's)
    r"|didukung\s+oleh\s+(?:\d{1,2}\s+(?:\([^)]{1,30}\)\s+)?)?kegiatan(?:-kegiatan)?\s*:?\s*(?-i:(?=\p{Lu}))(?P<list>\S)"
    r"|(?:dilaksanakan\s+melalui|melalui|meliputi|mencakup)\s+(?:\d{1,2}\s+(?:\([^)]{1,30}\)\s+)?)?kegiatan(?:-kegiatan)?"
    r"\s*:?\s*(?P<list>\S)"
    # "Anggaran Rp ..., dengan kegiatan Pembinaan Anak Terlantar melalui ...": one kegiatan named
    # after "dengan kegiatan", capitalised as a name
    r"|dengan\s+kegiatan\s+(?=\p{Lu})(?P<list>\S)"
    # "... terealisasi Rp ... (97%), untuk kegiatan peningkatan peran aktif masyarakat ...", "...
    # atau 95,62 %, antara lain untuk kegiatan Pengelolaan Data Fakir Miskin ...": the kegiatan the
    # program's money went to
    r"|(?:antara\s+lain\s+)?untuk\s+(?:sub\s+)?kegiatan\s+(?!(?:ini|itu|tersebut|lain(?:nya)?|yang|dan|lainnya)\b)(?P<list>\S)"
    # "Kegiatan pada program penanggulangan bencana meliputi A dan B": the program named between
    r"|kegiatan(?:-kegiatan)?\s+(?:pada|dalam|untuk)\s+program\b[^\n:.;]{0,80}?\s(?:meliputi|mencakup|yaitu|yakni|antara\s+lain"
    r"|terdiri\s+(?:dari|atas))\b\s*:?\s*(?P<list>\S)",
    regex.I)
# the end of an enumeration: a full stop (not in "Rp." or an abbreviation), or a paragraph that
# ends with one; line breaks inside it are the conversion's, not the writer's
_LIST_END = regex_cache.compile(r"(?<!\b(?:Rp|Kab|Kec|No|dll|dsb))\.(?=\s|$)|\n(?:[ \t]*\n)?(?=[ \t]*(?:[-•·▪➤]|\d{1,2}[.)]\s|[a-z][.)]\s))")
# a line the program's figures start, after a list that runs on its own line ("Kegiatan: A, B"
# / "Pagu Rp 700.000.000, realisasi ..."); a wrapped name may go on with "Anggaran" ("Penyusunan
# Rencana Kerja dan" / "Anggaran SKPD"), so the label must be followed by its figure
_BUDGET_LINE_AHEAD = regex_cache.compile(r"\n[ \t]*(?:[-•▪·*][ \t]*)?(?:pagu|anggaran|realisasi|alokasi)\b[^\n\d]{0,25}?(?::|\bRp\b|\bsebesar\b)",
                                   regex.I)
# a sentence that goes on about the program named in the one before
# a sentence that opens by announcing kegiatan ("Kegiatan yang dilaksanakan antara lain ...",
# "Adapun kegiatannya meliputi ..."), after a sentence that names one program: its kegiatan
_KEGIATAN_SENTENCE = regex_cache.compile(r"\s*(?:adapun\s+)?kegiatan(?:-kegiatan)?(?:nya)?\s+(?:yang\s+di\p{Ll}{3,}|meliputi|antara\s+lain"
                                   r"|yaitu|yakni|berupa|mencakup|(?:pada|dalam|untuk|di)\s+program\s+(?:ini|tersebut|itu)\b)",
                                   regex.I)  # ("Kegiatan pada program ini:")
_ANAPHOR = regex_cache.compile(r"\s*(?:program|anggaran|dana|kegiatan\s+program)\s+(?:tersebut|ini|itu)\b", regex.I)
_HEADING_AHEAD = regex_cache.compile(r"(?m)^[ \t]*(?:BAB\s+[IVX]+\b|\d+\.\s*URUSAN\b|URUSAN\b|\d+\.\d+\.?\s+\p{Lu}{3,})")


# --- spans ----------------------------------------------------------------------------------

# a line's list marker: a number or a letter and its delimiter
_LINE_MARKER = regex_cache.compile(r"(?m)^[ \t]*(?P<open>\()?(?P<num>\d{1,2}|[IVX]{2,4}|[a-zA-Z])(?P<delim>[.)])[ \t]+\S")
_ROMAN_NUMERAL = regex_cache.compile(r"[IVX]{1,4}")
_ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


_ANY_MARKER = regex_cache.compile(r"[ \t]*\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[IVX]{1,4})[.)]")


def _marker_style(m: regex.Match) -> tuple[str, str, str]:
    """A marker's numbering style: digits or letters (and their case), its brackets."""
    num = m.group("num")
    kind = "1" if num.isdigit() else ("a" if num.islower() else "A")
    return kind, m.group("open") or "", m.group("delim")


def _parent_sibling(doc: Document, items: list[_Candidate]) -> Optional[int]:
    """Where the item over the list ends: the list's items are lettered ("a. Program A"), the line
    before them numbered in another style ("1. Program dan Kegiatan"); that numbering's next line
    ("2. Realisasi Program dan Kegiatan") closes the list's last program."""
    first = items[0]
    if first.table is not None or first.inline or first.delim in ("code", "row") or not first.label:
        return None
    line_start = doc.text.rfind("\n", 0, first.start) + 1
    own = _LINE_MARKER.match(doc.text, line_start)
    parent = None
    # the nearest numbered line within a few lines before the list (a lead-in sentence between;
    # blank lines count for nothing)
    lines = 0
    while lines < 3:
        if line_start == 0:
            break
        line_start = doc.text.rfind("\n", 0, line_start - 1) + 1
        if not doc.text[line_start:doc.text.find("\n", line_start) if doc.text.find("\n", line_start) >= 0 else len(doc.text)].strip():
            continue
        lines += 1
        if _ANY_MARKER.match(doc.text, line_start):
            parent = _LINE_MARKER.match(doc.text, line_start)  # ("1.1. DINAS SOSIAL", a section's number: none)
            break
    if own is None or parent is None or _marker_style(parent) == _marker_style(own):
        return None
    kind, opener, delim = _marker_style(parent)
    num = parent.group("num")
    nxt = [str(int(num) + 1)] if kind == "1" else ([chr(ord(num) + 1)] if len(num) == 1 else [])
    if _ROMAN_NUMERAL.fullmatch(num) and num in _ROMAN_NUMERALS[:-1]:
        # "I. Program dan Kegiatan" ... "II. Realisasi Program dan Kegiatan" ("I" may be a letter too)
        nxt.append(_ROMAN_NUMERALS[_ROMAN_NUMERALS.index(num) + 1])
    if not nxt:
        return None
    alternatives = "|".join(regex.escape(n) for n in nxt)
    sibling = regex.compile(rf"(?m)^[ \t]*{regex.escape(opener)}(?:{alternatives}){regex.escape(delim)}[ \t]+\S")
    m = sibling.search(doc.text, items[-1].end)
    return m.start() if m else None


def _runs(items: list[_Candidate]) -> list[list[int]]:
    """The items' indices grouped by list: a chapter that presents several urusan has a list for
    each, its numbering starting again."""
    runs: list[list[int]] = []
    for i, item in enumerate(items):
        if i == 0 or item.num <= items[i - 1].num or item.delim != items[i - 1].delim:
            runs.append([])
        runs[-1].append(i)
    return runs


def _spans(doc: Document, items: list[_Candidate]) -> list[tuple[int, int]]:
    spans = []
    closing = _parent_sibling(doc, items) if items else None
    run_of = {i: run for run in _runs(items) for i in run}
    for i, c in enumerate(items):
        if i + 1 < len(items) and run_of[i + 1] is run_of[i]:
            end = items[i + 1].start
        else:
            # (a list's last program: the next list, if any, starts after it)
            run = [items[k] for k in run_of[i]]
            next_list = items[i + 1].start if i + 1 < len(items) else len(doc.text)
            lengths = [b.start - a.start for a, b in zip(run, run[1:])]
            cap = c.start + int(1.5 * max(lengths)) if lengths else next_list
            if lengths and "\n" in doc.text[c.start:c.end]:
                # (from the title's end, where its name was broken over lines: "2. Program" /
                # "Pemberdayaan Fakir Miskin, ... Lainnya" / "Anggaran Rp ...")
                cap = max(cap, c.end + int(1.5 * max(max(0, b.start - a.end) for a, b in zip(run, run[1:]))))
            nxt = _HEADING_AHEAD.search(doc.text, c.end, next_list)
            limit = min(nxt.start() if nxt else next_list, closing or len(doc.text))
            if c.inline:
                # "... adalah (1) Program A, ... dan (5) Program E.": the list is one sentence; what
                # follows its paragraph speaks of the programs by name, not of the last one
                blank = _BLANK_LINE.search(doc.text, c.end)
                limit = min(limit, blank.start() if blank else len(doc.text))
            # (the list's parent's next sibling ends the last program wherever it stands: "A. Program
            # dan Kegiatan" / "1. ..." / "2. ..." / "B. Hasil yang Dicapai")
            end = limit if closing is not None and closing == limit else min(_through_anaphor(doc.text, cap, limit), limit)
            restated = _paragraph_on_listed(doc.text, [clean_name(x.title) for x in run[:-1]], c.end, end)
            end = min(end, restated) if restated is not None else end
        spans.append((c.start, max(end, c.end)))
    return spans


# a paragraph's opening words before the program it speaks of: "Untuk Program A, ...", "Pada
# Program A ...", "Realisasi Program A ..."
_PARAGRAPH_LEAD = regex_cache.compile(r"\n[ \t]*\n[ \t]*(?:(?:untuk|pada|dalam|melalui|adapun|sedangkan)[ \t]+)?"
                                      # (or the program's figures' words: "Realisasi anggaran Program A sebesar ...")
                                      r"(?:(?:realisasi|anggaran|pagu|alokasi|serapan)(?:[ \t]+(?:anggaran|belanja))?[ \t]+)?",
                                      regex.I)


def _name_pattern(name: str) -> Optional[regex.Pattern]:
    """The program's name as a pattern, its spacing free, and each part written out then
    abbreviated ("Komunitas Adat Terpencil (KAT)") matched by the abbreviation alone too: a report
    that restates its programs shortens them ("Program Pemberdayaan Fakir Miskin, KAT dan PMKS
    Lainnya")."""
    words = name.split()
    if len(words) < 2:
        return None
    parts, i = [], 0
    while i < len(words):
        spelled = _spelled_out_before(words, i)
        if spelled:
            full = r"\s+".join(regex.escape(w) for w in words[i - spelled:i + 1])
            parts[-spelled:] = [r"(?:" + full + "|" + regex.escape(words[i][1:-1]) + ")"]
        else:
            parts.append(regex.escape(words[i]))
        i += 1
    return regex_cache.compile(r"\s+".join(parts) + r"(?![\p{L}\d])", regex.I)


_BRACKETED_ACRONYM = regex_cache.compile(r"\((\p{Lu}{2,8})\)")


def _spelled_out_before(words: list[str], i: int) -> int:
    """How many words before ``words[i]``, an abbreviation in brackets ("(PMKS)"), spell it out by
    their initials ("Penyandang Masalah Kesejahteraan Sosial"); 0 where they do not."""
    m = _BRACKETED_ACRONYM.fullmatch(words[i])
    if m is None:
        return 0
    n = len(m.group(1))
    before = words[max(0, i - n):i]
    if len(before) == n and "".join(w[0] for w in before).upper() == m.group(1):
        return n
    return 0


def _paragraph_on_listed(text: str, names: list[str], start: int, end: int) -> Optional[int]:
    """Where a paragraph after the list that opens with the name of another program of the list
    starts ("Program Rehabilitasi Sosial dilaksanakan melalui ...", "Untuk Program A, kegiatan
    ..."): the list's last program ends before it, which speaks of the one it names."""
    patterns = [p for p in map(_name_pattern, names) if p is not None]
    # (or a list under the list that restates its programs: "b) Pagu dan Realisasi / 1. Program A:
    # pagu Rp ...")
    restated = next((lead.start() for lead in _ITEM_LINE_LEAD.finditer(text, start, end)
                     if any(p.match(text, lead.end()) for p in patterns)), None)
    if restated is not None:
        end = restated
    for lead in _PARAGRAPH_LEAD.finditer(text, start, end):
        if any(p.match(text, lead.end()) for p in patterns):
            return lead.start()
        # ("Program dengan penyerapan tertinggi adalah Program A, ...": its opening words first)
        opening = _OPENING_BEFORE_PROGRAM.match(text, lead.end())
        if opening is not None and any(p.match(text, opening.end()) for p in patterns):
            return lead.start()
    return restated


def _restated_activities(doc: Document, name: str, after: int, others: list[str],
                         before: Optional[int] = None) -> list[tuple[int, int]]:
    """The kegiatan of a listed program that a paragraph after the list names, where the list
    named none: the paragraph opens on the program ("Program Rehabilitasi Sosial dilaksanakan
    melalui Kegiatan A dengan pagu ... dan Kegiatan B ...", "Untuk Program A, kegiatan yang
    direncanakan meliputi B"), up to another program of the list it names."""
    pattern = _name_pattern(name)
    if pattern is None:
        return []
    text = doc.text
    other_patterns = [p for p in map(_name_pattern, others) if p is not None]
    # (or a sentence of a paragraph that goes through the list's programs one by one: "... .
    # Program Rehabilitasi Sosial mencakup kegiatan A dan kegiatan B. Program C meliputi D, sementara
    # Program E dilaksanakan melalui F.")
    # (or an item of a list that restates the programs with their kegiatan: "c) Kegiatan / 1.
    # Program A: Penyediaan B dan Pelayanan C;")
    stop = len(text) if before is None else before
    leads = sorted([*_PARAGRAPH_LEAD.finditer(text, max(0, after - 2), stop),
                    *_SENTENCE_LEAD.finditer(text, max(0, after - 2), stop),
                    *_ITEM_LINE_LEAD.finditer(text, max(0, after - 1), stop)],
                   key=lambda m: m.end())
    for lead in leads:
        m = pattern.match(text, lead.end())
        if m is not None and (acts := _kegiatan_of_paragraph(doc, m, other_patterns)):
            return acts
    # (or a sentence whose opening words come before the program: "Dari tabel tersebut, Program A
    # terealisasi ... . Dana tersebut dipakai untuk kegiatan B", "Program dengan penyerapan
    # tertinggi adalah Program A, ..., yang dilaksanakan melalui kegiatan B")
    for lead in _ANY_SENTENCE_LEAD.finditer(text, max(0, after - 2), stop):
        opening = _OPENING_BEFORE_PROGRAM.match(text, lead.end())
        if opening is None or any(p.search(text, lead.end(), opening.end()) for p in other_patterns):
            continue
        m = pattern.match(text, opening.end())
        if m is not None and (acts := _kegiatan_of_paragraph(doc, m, other_patterns)):
            return acts
    return []


# a sentence's start: a paragraph's, or a capital after a full stop
_ANY_SENTENCE_LEAD = regex_cache.compile(r"(?:\n[ \t]*\n|(?<=[\p{Ll}\d)%][.;])[ \t]|^)[ \t]*(?=\p{Lu})")
# a sentence's opening words before the program it speaks of: a clause closed by a comma, or what
# the program is said to be ("Program dengan penyerapan tertinggi adalah Program A")
_OPENING_BEFORE_PROGRAM = regex_cache.compile(r"(?:[^\n.;,:]{2,60}?,[ \t]+|[^\n.;,:]{2,60}?[ \t](?:adalah|ialah|yakni|yaitu)[ \t]+)"
                                              r"(?=[Pp]rogram\b)")


def _kegiatan_of_paragraph(doc: Document, m: regex.Match, other_patterns: list[regex.Pattern]) -> list[tuple[int, int]]:
    """The kegiatan the paragraph names after the program's name ``m``, up to the paragraph's end
    or another program of the list it names."""
    text = doc.text
    nxt = _BLANK_LINE.search(text, m.end())
    stop = nxt.start() if nxt else len(text)
    for p in other_patterns:
        o = p.search(text, m.end(), stop)
        stop = o.start() if o else stop
    acts, _ = _enumerated_activities(doc, m.start(), stop)
    if not acts:
        acts = _named_kegiatan(text, m.end(), stop)
    if not acts:
        acts = _official_names_after_verb(text, m.end(), stop)
    if not acts:
        acts = _activity_names_after_colon(text, m.end(), stop)
    return acts


# a list item's start on its line: "1. ", "b) "
_ITEM_LINE_LEAD = regex_cache.compile(r"(?:^|(?<=\n))[ \t]*\(?(?:\d{1,2}|[a-z])[.)][ \t]+")
_COLON = regex_cache.compile(r"[ \t]*:[ \t]*")


def _activity_names_after_colon(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The kegiatan a restated program's item names after a colon ("1. Program Upaya Kesehatan
    Masyarakat: Pemeliharaan dan pemulihan kesehatan dan Penyediaan biaya operasional ...;"):
    taken only where every name starts as an activity's does (a nominalised verb), so that the
    item of a list of figures ("Program A: pagu Rp ...") gives none."""
    c = _COLON.match(text, start, stop)
    if c is None:
        return []
    end = _LIST_END.search(text, c.end(), stop)
    end_at = end.start() if end else stop
    pieces = [(c.end() + a, c.end() + b) for a, b in split_enumeration(text[c.end():end_at])]
    if not pieces or not all(_is_activity_head(text[a:b]) for a, b in pieces):
        return []
    return pieces


# a program's verb before the names of its kegiatan, the word "kegiatan" left out: "Program A
# meliputi B serta C", "Program D dilaksanakan melalui E"
_VERB_THEN_NAMES = regex_cache.compile(r"\s+(?:meliputi|mencakup|dilaksanakan\s+melalui|melalui|terdiri\s+(?:dari|atas))\s+(?=\p{Lu})",
                                       regex.I)
OFFICIAL_NAME_SCORE = 90.0  # how close to the nomenclature each name must be, the word "kegiatan" left out


def _official_names_after_verb(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The kegiatan a program's verb lists without the word "kegiatan" ("Program Perlindungan dan
    Jaminan Sosial meliputi Pemeliharaan Anak-Anak Terlantar serta Pengelolaan Data Fakir Miskin
    ..."): taken only where every name of the list is an official kegiatan's name (a list of
    what was done is no list of kegiatan)."""
    v = _VERB_THEN_NAMES.match(text, start, stop)
    if v is None:
        return []
    end = _LIST_END.search(text, v.end(), stop)
    end_at = end.start() if end else stop
    clause = _CLAUSE_AFTER_LIST.search(text, v.end(), end_at)
    end_at = clause.start() if clause else end_at
    pieces = [(v.end() + a, v.end() + b) for a, b in split_enumeration(text[v.end():end_at])]
    if not pieces:
        return []
    for a, b in pieces:
        # (the best candidate's score: a name both a kegiatan and a sub kegiatan is official, if
        # ambiguous as to which)
        found = match(text[a:b], level=ACTIVITY_LEVELS, score_cutoff=OFFICIAL_NAME_SCORE)
        if not found.candidates or found.candidates[0].score < OFFICIAL_NAME_SCORE:
            return []
    return pieces


# a clause after a list of names: ", sementara Program E ...", ", sedangkan ..."
_CLAUSE_AFTER_LIST = regex_cache.compile(r",\s*(?:sementara|sedangkan|adapun|namun|dengan)\b", regex.I)


_BLANK_LINE = regex_cache.compile(r"\n[ \t]*\n")
# a sentence's or a contrasting clause's start inside a paragraph, where a program it names opens it
_SENTENCE_LEAD = regex_cache.compile(r"(?:(?<=[\p{Ll}\d)][.;])[ \t]+|,[ \t]*(?:sementara|sedangkan)[ \t]+)(?=Program\b)")
_ANAPHOR_REACH = 300  # characters after the last item's estimated end where "program ini" still points back


def _through_anaphor(text: str, end: int, limit: int) -> int:
    """The estimated end of the list's last program, taken on to the end of the line that refers
    back to it ("Realisasi anggaran program ini sebesar Rp ...") just after, where one does."""
    if end >= limit:
        return end
    m = _ANAPHOR_IN.search(text, end, min(limit, end + _ANAPHOR_REACH))
    if m is None:
        return end
    after = text.find("\n", m.end())
    return len(text) if after < 0 else after


# --- budget -----------------------------------------------------------------------------------

def _as_budget(cl: RatioClaim) -> RatioClaim:
    return RatioClaim("budget", cl.percent, cl.numerator, cl.denominator)


def _line_share(text: str, claims: list[RatioClaim], item: _Candidate) -> Optional[RatioClaim]:
    """A ratio of two rupiah amounts on a program item's own line, with no budget word ("1)
    Program Pemberdayaan Sosial   Rp 450.000.000   Rp 430.000.000   95,56%", columns aligned with
    spaces): the line is the program's row, its ratio the realisation of the allocation."""
    for cl in claims:
        if (cl.kind == "share" and cl.change is None and item.start <= cl.start and cl.end <= item.end
                and cl.numerator.unit == cl.denominator.unit == "IDR" and cl.denominator.start < cl.numerator.start
                and not _REMAINDER_BEFORE.search(text, max(0, cl.numerator.start - 40), cl.numerator.start)
                and not _CHANGE_BEFORE.search(text, max(0, cl.numerator.start - 40), cl.numerator.start)):
            # (not what was left of it: "Pagu Rp A; ..., sisa anggaran Rp B atau 4,13% dari pagu"; nor
            # what its revision changed: "semula Rp A menjadi Rp B, berkurang Rp C atau 4,30%")
            return cl
    return None


def _claim_budget(doc: Document, cl: RatioClaim) -> Budget:
    """A program's budget as a realisation ratio states it, each figure with its place."""
    def span(op):
        return Span(start=op.start, end=op.end, page=doc.page_at(op.start))
    return Budget(pagu=float(cl.denominator.value), realisasi=float(cl.numerator.value),
                  percent=float(cl.percent.value), pagu_span=span(cl.denominator),
                  realisasi_span=span(cl.numerator), percent_span=span(cl.percent))


def _budget(doc: Document, claims: list[RatioClaim], start: int, end: int,
            acts: Optional[list[tuple[int, int]]] = None) -> Budget:
    """The first realisation ratio in ``start``-``end`` that is the program's own: not stated for
    one of its kegiatan or sub kegiatan (``acts``: the program's activities; :func:`_is_part_claim`)."""
    for cl in claims:
        if (cl.kind == "budget" or _spent_of_budget(doc.text, cl)) and start <= cl.start and cl.end <= end \
                and not cl.respective and not (acts is not None and _is_part_claim(doc.text, cl.start, acts)):
            return _claim_budget(doc, cl)
    return Budget()


# between two amounts of a program's line, the part and its whole: "Rp A dari Rp B", "Rp A dari pagu Rp B"
_PART_DARI_BUDGET = regex_cache.compile(r"(?:,-|,00)?[ \t]*dari[ \t]+(?:pagu(?:[ \t]+anggaran)?[ \t]+|anggaran[ \t]+)?(?:sebesar[ \t]+)?",
                                        regex.I)


def _spent_of_budget(text: str, cl: RatioClaim) -> bool:
    """Is a share of money stated as the part "dari" its whole and nothing more ("Program A: Rp
    3.012.455.000,00 dari Rp 3.215.000.000,00 (93,70 %)")? On a program's line it is what the
    program spent of its budget (a whole named otherwise, "dari total APBD Rp W", is not)."""
    n, d = cl.numerator, cl.denominator
    return cl.kind == "share" and n.unit == "IDR" and d.unit == "IDR" and n.end <= d.start \
        and _PART_DARI_BUDGET.fullmatch(text, n.end, d.start) is not None \
        and not _REMAINDER_BEFORE.search(text, max(0, n.start - 40), n.start)


# the part is what was left of the budget, not spent: "sisa anggaran Rp 98.700.000 atau 4,13% dari pagu"
_CHANGE_BEFORE = regex_cache.compile(r"\b(?:bertambah|berkurang|naik|turun|meningkat|menurun|kenaikan|penurunan|"
                                     r"penambahan|pengurangan|selisih(?:nya)?)\b[^.;]*$", regex.I)
_REMAINDER_BEFORE = regex_cache.compile(r"\b(?:sisa\w*|selisih|silpa|efisiensi|(?:tidak|belum)\s+(?:terserap|terealisasi))"
                                        r"[^\d.;]{0,25}$", regex.I)


# a rate, not a budget: "senilai Rp150.000 per bulan", "@Rp150.000/orang"
_RATE_AFTER = regex_cache.compile(r"\s*(?:/\s*\p{L}|per\s)", regex.I)
# the old value of a rate's change, or the low end of a range of rates: "naik dari Rp 200.000
# menjadi Rp 210.000 per KPM", "Rp 150.000 - Rp 300.000/bulan"
_TO_A_RATE = regex_cache.compile(r"\s*(?:menjadi|hingga|sampai(?:\s+dengan)?|s\.d\.?|-|–)\s*(?:Rp\.?|IDR)\s*\d[\d.,]*"
                           r"(?:\s*(?:ribu|rb|juta|jt))?\s*(?:/\s*\p{L}|per\s)", regex.I)
_REALISED = regex_cache.compile(r"\b(?:realisasi\w*|terealisasi|terserap|menyerap|diserap|serapan|tersalur\w*|digunakan)\b", regex.I)
# an amount right after "dari" that follows the realisation: its whole ("menyerap Rp A dari Rp B")
_DARI_BETWEEN = regex_cache.compile(r"[\s,]*dari\s+(?:total\s+|jumlah\s+)?", regex.I)
# "program A dan B, masing-masing Rp2 miliar dan Rp3 miliar": amounts shared out in order, not
# the first program's
_EACH = regex_cache.compile(r"\bmasing-\s*masing\b|\bberturut-\s*turut\b", regex.I)
_TOTAL = regex_cache.compile(r"\b(?:total|totalnya|jumlah|seluruh|keseluruhan)\b", regex.I)
# between two names of one list: separators only ("Program A, Program B, serta Program C")
_LIST_GAP = regex_cache.compile(r"[\s,;]*(?:(?:dan|serta)\s+)?", regex.I)
_ALLOCATION_WORD = regex_cache.compile(r"\b(?:pagu|anggaran|alokasi|dialokasikan|plafon)\b", regex.I)
_REALISED_BEFORE = regex_cache.compile(r"\b(?:realisasi|serapan|penyerapan)(?:\s+(?:anggaran|dana|keuangan|belanja|penyaluran))?"
                                 r"\s+(?:(?:untuk|pada|dari|bagi)\s+)?$", regex.I)
# "Rp3,2 miliar lebih untuk Program ...", "Rp 74,8 triliun atau 95,3 persen dialokasikan untuk Program
# ...": the amount before the name is its allocation
_ALLOCATED_TO = regex_cache.compile(r"\s*(?:lebih\s+)?(?:atau\s+(?:sekitar\s+)?\d[\d.,]*\s*(?:%|persen)\s+)?(?:(?:di)?alokasikan\s+|dianggarkan\s+|diperuntukkan\s+|disediakan\s+)?(?:untuk|bagi)\s+",
                              regex.I)
# "..., dan Rp 450 juta untuk Program B": an amount said to be for the program named after it
_FOR_NEXT_PROGRAM = regex_cache.compile(r"\s*(?:lebih\s+)?(?:(?:di)?alokasikan\s+|dianggarkan\s+|diperuntukkan\s+|disediakan\s+)?(?:untuk|bagi)\s+"
                                  r"program\b", regex.I)


# "Program B Rp 129,6 juta dari pagu Rp 135 juta": an amount stated as a part of the pagu
# that follows it is what was spent
_OF_A_PAGU = regex_cache.compile(r"\s*(?:atau\s+\d[\d.,]*\s*(?:%|persen)\s+)?dari\s+pagu(?:\s+anggaran)?\s+(?:sebesar\s+)?(?:Rp|IDR)",
                           regex.I)


# the old value of a revised figure: "semula sebesar Rp A menjadi Rp B", "Rp A dan setelah perubahan
# menjadi Rp B": the budget is the one it became
_REVISED_TO = regex_cache.compile(r"[\s,]*(?:(?:dan\s+)?(?:setelah|sesudah)\s+(?:perubahan|dilakukan\s+perubahan)[\s,]+)?"
                            r"(?:kemudian\s+)?(?:(?:pada|dalam|di)\s+(?:APBD[- ]?P(?:erubahan)?|anggaran\s+perubahan|DPPA|perubahan)\s+)?"
                            r"menjadi\s+(?:sebesar\s+)?(?:Rp|IDR)", regex.I)


def _span(doc: Document, m: Mention) -> Span:
    return Span(start=m.start, end=m.end, page=doc.page_at(m.start))


def _is_rate(doc: Document, m: Mention) -> bool:
    return bool(_RATE_AFTER.match(doc.text, m.end) or _TO_A_RATE.match(doc.text, m.end)) or \
        doc.text[max(0, m.start - 1):m.start] == "@"


def _stated_budget(doc: Document, amounts: list[Mention], mention: NamedProgram, end: int,
                   listed: bool = False) -> Budget:
    """The allocation and spending a sentence states for a program named in it without a
    realisation ratio: the clause's first amount is the allocation ("program keluarga harapan
    (PKH) sebesar Rp2,4 miliar"), the first one said to be spent its realisation ("... terealisasi
    Rp2,1 miliar"); or the allocation stands just before the name ("Rp3,2 miliar lebih untuk
    Program ..."). Rates ("Rp150.000 per bulan") are neither; amounts shared out "masing-masing"
    are no single program's, nor is a total after the last name of a list (``listed``: "Program
    A, Program B, serta Program C, dengan total anggaran Rp ...")."""
    pagu: Optional[Mention] = None
    real: Optional[Mention] = None
    since = mention.name_end
    # "Realisasi Program A mencapai Rp 1,8 miliar dari pagu Rp 2 miliar": the realisation word
    # stands before the name, and the first amount is what was spent
    realised_before = bool(_REALISED_BEFORE.search(doc.text, max(0, mention.start - 40), mention.start))
    for a in amounts:
        if not (mention.name_end <= a.start and a.end <= end) or _is_rate(doc, a) or _REVISED_TO.match(doc.text, a.end):
            continue  # (the budget before its revision: "semula Rp A menjadi Rp B")
        if _CHANGE_BEFORE.search(doc.text, max(since, a.start - 40), a.start):
            continue  # what the revision changed: "bertambah Rp C dari semula Rp A menjadi Rp B"
        if _FOR_NEXT_PROGRAM.match(doc.text, a.end):
            break  # the amount, and what follows, is the next program's
        if _EACH.search(doc.text, mention.name_end, a.start) or (listed and _TOTAL.search(doc.text, mention.name_end, a.start)):
            return Budget()
        if _REALISED.search(doc.text, since, a.start) or _OF_A_PAGU.match(doc.text, a.end) or (
                realised_before and since == mention.name_end and not _ALLOCATION_WORD.search(doc.text, since, a.start)):
            real = real or a
        elif pagu is None and (real is None or _ALLOCATION_WORD.search(doc.text, since, a.start)
                               or _DARI_BETWEEN.fullmatch(doc.text, since, a.start)):
            pagu = a  # "... terealisasi Rp X dari pagu Rp Y": the allocation may come second
        since = a.end
    if pagu is None and real is None:
        pagu = next((a for a in amounts if a.end <= mention.start and not _is_rate(doc, a)
                     and _ALLOCATED_TO.fullmatch(doc.text, a.end, mention.start)), None)
    return Budget(pagu=pagu.value if pagu else None, realisasi=real.value if real else None,
                  pagu_span=_span(doc, pagu) if pagu else None, realisasi_span=_span(doc, real) if real else None)


# the words between a program's name and the realisation percentage stated for it alone ("...
# Program Penanganan Bencana sebesar 98,50 persen", "Program A terealisasi 92 persen"): no figure,
# no physical or performance measure
# (and the date or period it is measured at: "... sampai dengan 31 Desember 2022 mencapai 97,45
# persen", "per akhir Triwulan IV", "pada tahun 2023")
_AS_AT = (r"(?:(?:(?:dinas\s+sosial|dinsos)(?:\s+(?:kabupaten|kab\.?|kota|provinsi))?(?:\s+\p{Lu}\p{Ll}+){1,2}\s+)?"  # (the agency's name: "Program A Dinas Sosial Sinjai tahun 2023")
          r"(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga|per|pada|sampai)?\s*(?:(?:akhir|tanggal|bulan)\s+)?"
          r"(?:(?:\d{1,2}\s+)?\p{L}+\s+(?:19|20)\d\d|(?:tahun(?:\s+anggaran)?\s+)?(?:19|20)\d\d|"
          r"(?:triwulan|semester|tw)\s+(?:[IV]{1,3}|\d)(?:\s+(?:tahun\s+)?(?:19|20)\d\d)?)[\s,:]+)")
_TO_PERCENT = regex_cache.compile(r"[\s,:]*(?:(?:dengan|yaitu|yakni|sebesar|mencapai|baru|hanya|hingga|atau|terealisasi|"
                            r"terserap|realisasi(?:nya)?|serapan(?:nya)?|penyerapan(?:nya)?|anggaran(?:nya)?|keuangan)"
                            r"[\s,:]+|" + _AS_AT +
                            # (its allocation in brackets after the name: "Program A (Rp 25.000.000) terealisasi 100%")
                            r"|\(\s*(?:(?:pagu|anggaran|alokasi)\s*:?\s*)?(?:Rp|IDR)\.?\s*\d[\d.,]*(?:\s*(?:miliar|milyar|juta|triliun|M|jt))?[,\-\s]*\)[\s,:]*"
                            r"){1,4}", regex.I)
_SPENT = regex_cache.compile(r"\b(?:realisasi\w*|terealisasi|terserap|serapan\w*|penyerapan\w*)\b", regex.I)
_NOT_BUDGET_MEASURE = regex_cache.compile(r"\b(?:fisik|kinerja|capaian|target|sasaran|indikator|penerima|cakupan)\b", regex.I)
_OF_A_TARGET = regex_cache.compile(r"\s*(?:dari\s+(?:target|sasaran|rencana|jumlah)|penerima)\b", regex.I)


# between two programs of one sentence, only the words of a parallel clause: ", sedangkan terendah "
_CONTRAST_ONLY = regex_cache.compile(r"(?:\s*" + _AS_AT + r"?(?:sebesar|yaitu|yakni|mencapai)?\s*\d[\d.,]*\s*(?:%|persen))?"  # (the first one's figure)
                               r"[\s,;]*(?:(?:sedangkan|sementara(?:\s+itu)?|dan|serta|adalah|yaitu|yakni|ialah|"
                               r"terendah|tertinggi|terbesar|terkecil|paling\s+(?:rendah|tinggi))[\s,;]*)+", regex.I)


def _stated_percent(doc: Document, percents: list[Mention], mention: NamedProgram, end: int,
                    since: tuple[int, ...] = ()) -> Budget:
    """The realisation percentage a sentence states for a program without its amounts
    ("realisasi tertinggi dicapai Program Penanganan Bencana sebesar 98,50 persen, sedangkan ...
    pada Program Rehabilitasi Sosial yaitu 85,20 persen"): right after the name, with a word of
    spending (realisasi, serapan, terealisasi) between them or in the words of its sentence just
    before the name (after ``since``: the end of the program named before it)."""
    p = next((p for p in percents if mention.name_end <= p.start < end), None)
    if p is None or not _TO_PERCENT.fullmatch(doc.text, mention.name_end, p.start):
        return Budget()
    before = doc.text[max(0, mention.start - 60, *since):mention.start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]  # (this sentence's words only)
    between = doc.text[mention.name_end:p.start]
    spent = _SPENT.search(between) or _SPENT.search(before)
    if not spent and since and _CONTRAST_ONLY.fullmatch(doc.text, max(since), mention.start):
        # "realisasi tertinggi Program A sebesar 99,1 persen, sedangkan terendah Program B sebesar
        # 82,4 persen": the second clause says what the first said of spending
        opening = doc.text[max(0, mention.start - 300):max(since)]
        opening = opening[max(opening.rfind(". "), opening.rfind("\n")) + 1:]
        spent = _SPENT.search(opening) and not _NOT_BUDGET_MEASURE.search(opening)
    if not spent or _NOT_BUDGET_MEASURE.search(before + between) or _OF_A_TARGET.match(doc.text, p.end):
        return Budget()
    return Budget(percent=p.value, percent_span=_span(doc, p))


# a line labelled with a budget word, its amount after it: "Pagu : Rp. 320.000.000", "Anggaran:
# Rp 1,2 miliar", "Realisasi Keuangan : Rp ...", "- Pagu anggaran sebesar Rp ..."
# (or a row of a table of two columns, label and value: "| Pagu setelah perubahan | Rp 2.350.000.000 |")
_LABEL_LINE = regex_cache.compile(r"[ \t]*(?:\|[ \t]*)?(?:[-•▪·*➤][ \t]*)?(?:(?P<pagu>pagu|anggaran|alokasi|dpa)|(?P<real>realisasi))\b"
                            r"(?:[ \t]+(?:anggaran|keuangan|program|definitif|perubahan|murni|indikatif|setelah|sebelum)){0,3}[ \t]*"
                            r"(?:(?:\(rp\.?\)|tahun[ \t]+\d{4})[ \t]*)?[:|]?[ \t]*(?:(?:sebesar|senilai)[ \t]*)?", regex.I)
# the line of the realisation's percentage under them: "Persentase: 97,36%", "| Capaian | 97,36% |"
_PERCENT_LABEL_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:\|[ \t]*)?(?:[-•▪·*➤][ \t]*)?(?:persentase|prosentase|capaian|realisasi[ \t]*\(%\))"
                                          r"(?:[ \t]+(?:realisasi|serapan|keuangan|anggaran)){0,2}[ \t]*[:|]?[ \t]*"
                                          r"(?P<p>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*(?:%|persen)[ \t]*\|?[ \t]*$", regex.I)
# a form's line that names the next program: "Program : Rehabilitasi Sosial", "Nama Program: ..."
_PROGRAM_LABEL_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*➤][ \t]*)?(?:nama[ \t]+)?program[ \t]*:", regex.I)
# where a program's own lines end: its kegiatan's list or heading
_KEGIATAN_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*➤][ \t]*)?(?:sub[ \t]+)?kegiatan\b", regex.I)


def _labelled_budget(doc: Document, amounts: list[Mention], start: int, end: int) -> Budget:
    """The budget a program states on lines of their own, labelled, without a realisation ratio
    ("Program Pemberdayaan Sosial" / "Pagu: Rp 320.000.000" / "Realisasi: Rp 300.800.000"): the
    first amount a pagu (anggaran, alokasi) line starts with and the first a realisasi line does,
    before the program's kegiatan (whose own lines may be labelled alike)."""
    kegiatan = _KEGIATAN_LINE.search(doc.text, start, end)
    end = kegiatan.start() if kegiatan else end
    pagu: Optional[Mention] = None
    real: Optional[Mention] = None
    for a in amounts:
        if not (start <= a.start and a.end <= end) or _is_rate(doc, a):
            continue
        line_start = doc.text.rfind("\n", 0, a.start) + 1
        if line_start <= start:
            continue  # on the program's own line: its sentence or row says what it is
        m = _LABEL_LINE.fullmatch(doc.text, line_start, a.start)
        if m is None:
            continue
        if m.group("pagu") and pagu is None:
            pagu = a
        elif m.group("real") and real is None:
            real = a
    if pagu is None:
        return Budget()
    budget = Budget(pagu=pagu.value, realisasi=real.value if real else None, pagu_span=_span(doc, pagu),
                    realisasi_span=_span(doc, real) if real else None)
    pct = _PERCENT_LABEL_LINE.search(doc.text, max(pagu.end, real.end if real else 0), end) if real else None
    if pct is not None and doc.text.count("\n", real.end, pct.start()) <= 2:
        written = parse_number(pct.group("p"), kind="percent")
        budget.percent = float(written.value)
        budget.percent_span = Span(start=pct.start("p"), end=pct.end("p"), page=doc.page_at(pct.start("p")))
    return budget


def _labelled_budget_after_parts_line(doc: Document, amounts: list[Mention], acts: list[tuple[int, int]],
                                      end: int) -> Budget:
    """The labelled budget of a program form whose kegiatan all stand on one "Kegiatan :" line,
    on the lines after it at that line's indent ("2. Program A" / "   Indikator : ..." / "
    Kegiatan : B; C" / "   Pagu indikatif : Rp ..."): the form's next field, the program's, not
    its last kegiatan's (whose own figures would follow it on its line or be indented under it)."""
    if not acts:
        return Budget()
    text = doc.text
    line_start = text.rfind("\n", 0, acts[0][0]) + 1
    line_end = text.find("\n", acts[-1][1])
    label = _KEGIATAN_LINE.match(text, line_start)
    if label is None or line_end < 0 or text.find("\n", line_start, acts[-1][0]) >= 0:
        return Budget()
    indent = _INDENT.match(text, line_start).group(0)
    # the lines after it at its indent, no deeper or shallower, up to a blank line (past the
    # estimated end of a list's last program: the form's fields are its own)
    stop = line_end + 1
    while stop < len(text):
        nxt = text.find("\n", stop)
        nxt = len(text) if nxt < 0 else nxt
        if _INDENT.match(text, stop).group(0) != indent or not text[stop:nxt].strip() or \
                _PROGRAM_LINE.match(text, stop):
            break
        stop = nxt + 1
    return _labelled_budget(doc, amounts, line_end, stop) if stop > line_end + 1 else Budget()


def _item_line_budget(doc: Document, amounts: list[Mention], item: _Candidate, name: str,
                      acts: list[tuple[int, int]], percents: Optional[list[Mention]] = None) -> Budget:
    """The figures a list item's own line states after the program's name, as a sentence would
    ("1. Program Pemberdayaan Sosial (Rp 300.000.000)", "- Program A, anggaran Rp ..."): read as
    :func:`_stated_budget` reads a clause, up to the first activity the line names (what follows
    it is the activity's: "... didukung oleh 2 kegiatan yaitu A dengan anggaran Rp ..."); with the
    realisation's percentage said right after its allocation where no realisation is ("5. Program
    Pemberdayaan Sosial (pagu Rp 742 juta) terealisasi 97,6 persen")."""
    words = name.split()
    end = min([item.end] + [s for s, _ in acts if item.start < s < item.end])
    first = next((a for a in amounts if item.start <= a.start and a.end <= end), None)
    if not words or first is None:
        return Budget()
    at = doc.text.rfind(words[-1], item.start, first.start)
    if at < 0:
        return Budget()
    mention = NamedProgram(name=name, start=item.start, name_end=at + len(words[-1]))
    budget = _stated_budget(doc, amounts, mention, end)
    if budget.pagu is not None and budget.realisasi is None and percents:
        said = _stated_percent(doc, percents, mention, end)
        if said.percent is not None:
            budget = budget.model_copy(update={"percent": said.percent, "percent_span": said.percent_span})
    return budget


def _funds_sentence_budget(doc: Document, amounts: list[Mention], item: _Candidate, end: int,
                           acts: list[tuple[int, int]]) -> Budget:
    """The funds the paragraph under a program's heading states without a realisation ratio, in
    the first sentence that names both ("Dana yang tersedia setelah perubahan APBD sebesar Rp. A,-
    dan yang terpakai Rp. B,-", "Anggaran program ini Rp A, terealisasi Rp B"): the first amount
    after a word of funds is the allocation, the first after a word of spending its realisation.
    Both or nothing: one amount alone may be anything the program did."""
    text = doc.text
    stop = min([end] + [s for s, _ in acts if s > item.end])
    blank = _BLANK_LINE.search(text, item.end, stop)
    stop = blank.start() if blank else stop
    at = item.end
    for sentence_end in [*(m.end() for m in _SENTENCE_BREAK.finditer(text, item.end, stop)), stop]:
        inside = [a for a in amounts if at <= a.start and a.end <= sentence_end and not _is_rate(doc, a)]
        pagu = real = None
        since = at
        for a in inside:
            if pagu is None and _FUNDS_WORD.search(text, since, a.start) and not _SPENT_WORD.search(text, since, a.start):
                pagu = a
            elif pagu is not None and _SPENT_WORD.search(text, since, a.start):
                real = a
                break
            since = a.end
        if pagu is not None and real is not None:
            return Budget(pagu=pagu.value, realisasi=real.value, pagu_span=_span(doc, pagu), realisasi_span=_span(doc, real))
        if inside:
            return Budget()  # (the paragraph's first figures are some other matter's)
        at = sentence_end
    return Budget()


_FUNDS_WORD = regex_cache.compile(r"\b(?:pagu|anggaran(?:nya)?|alokasi|dialokasikan|dianggarkan|plafon|dana|tersedia)\b", regex.I)
_SPENT_WORD = regex_cache.compile(r"\b(?:realisasi(?:nya)?|terealisasi|terserap|menyerap|diserap|serapan|terpakai|dipakai|"
                                  r"digunakan|dibelanjakan|membelanjakan)\b", regex.I)


@lru_cache(maxsize=1)
def _budget_columns() -> dict[str, regex.Pattern]:
    return {p.name: p.compiled for p in load_grammar("programs").patterns if p.name.endswith("_column")}


def _column(header: list[str], name: str, after: int = -1) -> Optional[int]:
    return next((i for i, h in enumerate(header) if i > after and _budget_columns()[name].search(h)), None)


def _headerless_row_budget(doc: Document, item: _Candidate, t: Table) -> Budget:
    """A program row of a table without a header ("Program A | Rp 412.000.000 | Rp 398.000.000 |
    96,60%"): two amounts and a percentage after them are its pagu, realisasi and percent when the
    percentage is the second's share of the first (rounded or cut to its decimals), as a row of
    allocation and realisation is; else no budget."""
    row = next((r for r in t.rows if any(c.start is not None and item.start <= c.start < item.end for c in r)), None)
    if row is None:
        return Budget()
    figures = [c for c in row if c.value is not None and c.start is not None and c.start >= item.start]
    money = [c for c in figures if c.unit != "%"]
    pct = [c for c in figures if c.unit == "%"]
    if len(money) != 2 or len(pct) != 1 or pct[0].start < money[1].start or not money[0].value:
        return Budget()
    p, r, q = money[0], money[1], pct[0]
    decimals = len(q.text.split(",")[1].rstrip("% ")) if "," in q.text else 0
    ratio = 100 * r.value * t.scale / (p.value * t.scale)
    if abs(ratio - q.value) > 10 ** -decimals:
        return Budget()

    def span(c):
        return Span(start=c.start, end=c.end, page=doc.page_at(c.start))
    return Budget(pagu=p.value * t.scale, realisasi=r.value * t.scale, percent=q.value,
                  pagu_span=span(p), realisasi_span=span(r), percent_span=span(q))


def _row_budget(doc: Document, item: _Candidate, tables: list[Table], shared: bool = False) -> Budget:
    """A program row's budget from its table's "Pagu"/"Anggaran", "Realisasi" and "%" columns
    (money at the table's stated scale); none where the header names no such column. ``shared``:
    the row's figures are its first part's (a "Program" column beside a "Kegiatan" one): the
    program's are those of the sum row of its parts, where the table has one."""
    for t in tables:
        if not (t.start <= item.start < t.end):
            continue
        if not t.header:
            return Budget() if shared else _headerless_row_budget(doc, item, t)
        row = next((r for r in t.rows if any(c.start is not None and item.start <= c.start < item.end for c in r)), None)
        if shared:
            total = _parts_sum_row(t, row) if row is not None else None
            return _table_row_budget(doc, t, total) if total is not None else Budget()
        budget = _table_row_budget(doc, t, row)
        if budget.pagu is None and row is not None and (total := _program_sum_row(t, row)) is not None:
            budget = _table_row_budget(doc, t, total)
        return budget
    return Budget()


_PROGRAM_LABEL = regex_cache.compile(r"^\W*program\b", regex.I)


def _program_sum_row(t: Table, row: list) -> Optional[list]:
    """A program's row without figures, its kegiatan under it, then their sum ("1.06.02 | Program
    Pemberdayaan Sosial | | |" ... "Jumlah Program | 443.350.000 | 428.188.500 | 96,58", or "Jumlah"
    alone): that sum's row (:func:`_parts_sum_row`); else None."""
    if any(c.value is not None and c.unit != "%" and not is_nomenclature_code(c.text) for c in row[1:]):
        return None
    return _parts_sum_row(t, row)


def _parts_sum_row(t: Table, row: list) -> Optional[list]:
    """The sum row of a program's parts under a program row that gives its first part's figures
    ("1 | Program A | Kegiatan A1 | 48.750.000 ..." / "| | Kegiatan A2 | ..." / "| | Jumlah Program |
    3.673.330.000 ..."): the first total row before the next program's row. After the table's
    last program, a total row is the program's only where another follows it (the table's grand
    total) or the program is the table's only one."""
    k = next((i for i, r in enumerate(t.rows) if r is row), None)
    if k is None:
        return None
    totals: list[int] = []
    for i in range(k + 1, len(t.rows)):
        labels = [c.text for c in t.rows[i] if c.text and c.value is None]
        if any(_PROGRAM_LABEL.match(x) for x in labels):
            return t.rows[totals[0]] if totals else None
        if any(_total_row().match(x) for x in labels[:2]):
            totals.append(i)
    alone = not any(_PROGRAM_LABEL.match(c.text) for r in t.rows[:k] for c in r if c.text and c.value is None)
    return t.rows[totals[0]] if len(totals) >= 2 or totals and alone else None


def _table_row_budget(doc: Document, t: Table, row: Optional[list]) -> Budget:
    """A row's budget from its table's "Pagu"/"Anggaran", "Realisasi" and "%" columns."""
    if row is None or len(row) != len(t.header):
        return Budget()
    header = t.header if _column(t.header, "pagu_column") is not None else without_group_labels(t.header)
    header = _latest_year_only(header)
    pagu = _column(header, "pagu_column")
    # the realisation of the budget stands after it: a "Realisasi" before the budget is the
    # indicator's ("Target | Realisasi | Capaian (%) | Pagu (Rp) | Realisasi (Rp) | %")
    real = _column(header, "realisasi_column", pagu if pagu is not None else -1)
    if real is None:
        real = _column(header, "realisasi_column")
        if real is not None and pagu is not None and real < pagu and any(header_has(h, "target") for h in header[:real]):
            real = None  # "Target | Realisasi | Capaian (%) | Anggaran (Rp)": the indicator's
    if pagu is not None and real is not None:
        # "Anggaran Murni | Anggaran Perubahan | Realisasi": the realisation is of the budget as
        # revised, the last before it
        pagu = max(k for k in range(pagu, real) if _budget_columns()["pagu_column"].search(header[k]))
        # "Realisasi s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini", "Realisasi TW I | TW II | TW III |
        # s.d. TW III": the realisation so far, the last that says so
        so_far = [k for k in range(real, len(header)) if _SO_FAR.search(header[k]) and
                  _budget_columns()["realisasi_column"].search(header[k]) and row[k].unit != "%"
                  and not header_has(header[k], "percent")]
        real = so_far[-1] if so_far else real
    pct = _column(header, "percent_column", max(x for x in (pagu, real, -1) if x is not None))
    if pagu is None:
        pagu, real, pct = _money_members(t.header)
    if pagu is None:
        return Budget()

    def cell(i: Optional[int], scale: float) -> tuple[Optional[float], Optional[Span]]:
        # (a label over two cells, "Rp." in the first and the figure in the second: Word's merged
        # header cell repeats its label)
        while i is not None and row[i].value is None and i + 1 < min(len(row), len(header)) and header[i + 1] == header[i]:
            i += 1
        c = row[i] if i is not None else None
        if c is None or c.value is None or c.start is None or c.end is None:
            return None, None
        return c.value * scale, Span(start=c.start, end=c.end, page=doc.page_at(c.start))
    (p, ps), (r, rs), (q, qs) = cell(pagu, t.scale), cell(real, t.scale), cell(pct, 1.0)
    p, r = _cells_in_rupiah(p, r, q, t.scale)
    return Budget(pagu=p, realisasi=r, percent=q, pagu_span=ps, realisasi_span=rs, percent_span=qs)


_YEAR_IN_LABEL = regex_cache.compile(r"\b((?:19|20)\d\d)\b")
# a column of what was realised so far: "s.d. TW III", "s/d Bulan Ini", "Kumulatif"
_SO_FAR = regex_cache.compile(r"\bs\s*[./]\s*d\b\.?|\bsampai\s+dengan\b|\bkumulatif\b", regex.I)
_FORWARD_ESTIMATE = regex_cache.compile(r"\b(?:prakiraan\s+maju|kebutuhan\s+dana|proyeksi)\b", regex.I)
_TOO_MUCH_FOR_A_ROW = 1e13


def _latest_year_only(header: list[str]) -> list[str]:
    """A header of the same columns for several years ("Tahun 2021 Anggaran | ... | Tahun 2022
    Anggaran | ..."): the latest year's labels, the others blanked (a report's budget is its own
    year's); the header as it is where fewer than two years name its columns."""
    # (a Renja's forward estimate, "Prakiraan Maju Tahun 2025 Kebutuhan Dana", is no year of the report's)
    years = {j: m.group(1) for j, h in enumerate(header) if (m := _YEAR_IN_LABEL.search(h)) and not _FORWARD_ESTIMATE.search(h)}
    if len(set(years.values())) < 2 or not any(_budget_columns()["pagu_column"].search(header[j]) for j in years):
        return header
    latest = max(years.values())
    return [h if years.get(j, latest) == latest else "" for j, h in enumerate(header)]


_MONEY_MEMBER = regex_cache.compile(r"^\s*(?:rp\.?|anggaran|keuangan|dana)\s*$", regex.I)


def _money_members(header: list[str]) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """In a Renja evaluation's header of groups over "K | Rp" ("Target Renja Tahun 2022 K |
    Target Renja Tahun 2022 Rp | Realisasi Tahun 2022 K | Realisasi Tahun 2022 Rp | Tingkat Capaian
    (%) K | Tingkat Capaian (%) Rp"): the money member under the target's group is the budget, the
    one under the realisation's its realisation, the one under the achievement its percentage."""
    own = without_group_labels(header)
    money = [k for k in range(len(header)) if own[k] != header[k] and _MONEY_MEMBER.match(own[k])]
    group = {k: header[k][:len(header[k]) - len(own[k])] for k in money}
    target = [k for k in money if header_has(group[k], "target") and not header_has(group[k], "realisation")]
    pct = [k for k in money if _budget_columns()["percent_column"].search(group[k])]
    real = [k for k in money if header_has(group[k], "realisation") and not header_has(group[k], "target")
            and k not in pct]  # ("Tingkat Capaian Realisasi (%)": the achievement's group, no realisation)
    if len(target) != 1 or len(real) != 1:
        return None, None, None
    return target[0], real[0], pct[0] if len(pct) == 1 else None


def _cells_in_rupiah(pagu: Optional[float], real: Optional[float], pct: Optional[float],
                     scale: float) -> tuple[Optional[float], Optional[float]]:
    """A table headed in thousands ("Dalam ribuan rupiah") whose row writes one of its figures in
    full rupiah ("4.193.000 | 4.437.951.948 | 98,42"): the reading (both at the table's scale,
    the realisation as written, the budget as written) that the row's percentage gives, else the
    one whose realisation stands near its budget (a tenth to one and a half times it) rather
    than a thousand times off. The audit infers each cell's scale the same way."""
    if pagu is None or real is None or scale <= 1 or not pagu:
        return pagu, real
    readings = [(pagu, real), (pagu, real / scale), (pagu / scale, real)]
    if max(pagu, real) > _TOO_MUCH_FOR_A_ROW:
        # both written in full rupiah whatever the header says: ten trillion rupiah is no row's
        readings = [(pagu / scale, real / scale)] + readings

    def by_percent(a: float, b: float) -> bool:
        return pct is not None and abs(100 * b / a - pct) < 0.5

    def near(a: float, b: float) -> bool:
        return 0.1 <= b / a <= 1.5
    for test in (by_percent, near):
        for a, b in readings:
            if test(a, b):
                return a, b
    return pagu, real


def _total_row_budget(doc: Document, tables: list[Table], start: int, end: int) -> Budget:
    """A program's budget from the total row ("Jumlah", "Total") of the table of its kegiatan in
    its text ("1. Program A" / "No | Kegiatan | Pagu | Realisasi | %" / ... / "| Jumlah | ..."):
    the kegiatan's total is the program's. Only a table with a kegiatan column: an indicator
    table's total is no budget of the program's."""
    for t in tables:
        if not (start <= t.start < end) or not t.header or not any(_KEGIATAN_HEADER.match(h) for h in t.header):
            continue
        if t.total_rows:  # (the last: a grand total after sub totals)
            return _table_row_budget(doc, t, t.rows[t.total_rows[-1]])
    return Budget()


def _total_row_budget_under(doc: Document, tables: list[Table], heading: NamedProgram,
                            every: list[NamedProgram]) -> Budget:
    """:func:`_total_row_budget` of a program named as a heading of its own: the first table
    under it, before the next program named and close below it (the heading's own table, not one
    further on that another heading's text came between)."""
    after = [o.start for o in every if o.start > heading.name_end]
    end = min(after, default=len(doc.text))
    first = min((t.start for t in tables if heading.name_end <= t.start < end), default=None)
    if first is None or first - heading.name_end > MAX_GAP_TO_ITS_TABLE:
        return Budget()
    return _total_row_budget(doc, tables, first, end)


MAX_GAP_TO_ITS_TABLE = 300  # characters between a program's heading and the table of its kegiatan


# --- activities -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _activity_heads() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    v = load_grammar("sections").vocabulary or {}
    return (tuple(v.get("activity_head_suffixes", [])), frozenset(w.lower() for w in v.get("activity_head_words", [])),
            tuple(v.get("activity_head_prefixes", [])))


def _is_activity_head(piece: str) -> bool:
    """Does this piece start like an activity name ("Pemberdayaan ...", "Rehabilitasi ...")?

    Activity names start with a nominalised verb: pe(N)-/pa-/ke- ... -an ("Pemberdayaan",
    "Kesiap-siagaan"), a loanword in -asi/-si ("Rehabilitasi", "Deteksi"), or a listed word.
    """
    words = piece.split()
    if not words:
        return False
    # (the first word of a list in the name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja ...")
    first = words[0].lower().strip("(\"'").rstrip(",;")
    suffixes, heads, prefixes = _activity_heads()
    if first in heads:
        return True
    if not words[0][:1].isupper() or len(first) < 6:
        return False
    return (first.endswith("an") and first.startswith(prefixes)) or first.endswith(tuple(x for x in suffixes if x != "an"))


def _pieces(text: str, sep: regex.Pattern) -> list[tuple[int, int]]:
    pieces, pos = [], 0
    for m in sep.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


# a comma or semicolon "dan" that closes an enumeration ("A, B, dan C")
_CLOSING_AND = regex_cache.compile(r"[,;]\s*(?:dan|serta)\s")
_SEMICOLONS = regex_cache.compile(r"\s*;\s*(?:dan\s+|serta\s+)?")
_COMMAS = regex_cache.compile(r"\s*,\s*(?:dan\s+|serta\s+)?")
_LAST_AND = regex_cache.compile(r"\s+(?:dan|serta)\s+(?=\S+\s+\S)")


# a capitalised word ("Pemberian"): an acronym in capitals ("(UEP)") says nothing of how the list is written
_CAPITAL_WORD = regex_cache.compile(r"(?<!\p{L})\p{Lu}(?=\p{Ll})")


# "... dan kegiatan ...", "..., serta sub kegiatan ...": a join, then the level word of the next name
_AND_LEVEL_WORD = regex_cache.compile(r"[ \t]+(?:dan|serta)[ \t]+(?:sub[ \t-]*kegiatan|kegiatan)[ \t]+(?=\p{L})", regex.I)
_LEVEL_WORD_LEAD = regex_cache.compile(r"[ \t]*(?:sub[ \t-]*kegiatan|kegiatan)[ \t]+(?=\p{Lu})", regex.I)


def _parted_at_level_word(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The piece ``s:e`` cut where "dan kegiatan" / "serta sub kegiatan" joins two names, and past
    the level word it opens with after a comma ("A, kegiatan B"): the name starts after it."""
    lead = _LEVEL_WORD_LEAD.match(text, s, e) if s else None
    out, at = [], lead.end() if lead else s
    for m in _AND_LEVEL_WORD.finditer(text, s, e):
        out.append((at, m.start()))
        at = m.end()
    return out + [(at, e)]


def split_enumeration(text: str) -> list[tuple[int, int]]:
    """Split "A, B, C dan D" (or "A; B; dan C") into (start, end) offsets of the names in ``text``.

    Semicolons, where the writer used them, are the only separators. Otherwise a comma piece
    joins the one before it unless it starts like an activity name, so that "Penghargaan Bagi
    Pahlawan, Perintis Kemerdekaan, dan Pejuang" stays one activity; and the last piece is cut
    at the first "dan" that joins two names, only when no comma "dan" closed the list; a "dan"
    between two activity words does not count
    ("Peningkatan dan Pengembangan", "Verifikasi dan Validasi").
    """
    semicolons = ";" in text
    pieces = _pieces(text, _SEMICOLONS if semicolons else _COMMAS)
    # "A dan kegiatan B": the level word said again starts a second name, after it
    pieces = [p for s, e in pieces for p in _parted_at_level_word(text, s, e)]
    closed = bool(_CLOSING_AND.search(text))
    # a list written all in lower case (news: "kegiatan antara lain rehabilitasi sosial dasar anak
    # terlantar, rehabilitasi ...") starts its names in lower case, as does one whose first name
    # starts so ("penyediaan bufferstock logistik dan pelatihan Taruna Siaga Bencana (Tagana)")
    lower = not _CAPITAL_WORD.search(text) or text.lstrip()[:1].islower()
    head = (lambda p: _is_activity_head(p.lstrip()[:1].upper() + p.lstrip()[1:])) if lower else _is_activity_head
    if pieces and not closed:
        s, e = pieces[-1]
        for m in _LAST_AND.finditer(text, s, e):
            before = text[s:m.start()].split()
            after = text[m.end():e].split()
            # "Penyediaan Permakanan dan Penyediaan Sandang": the head word again starts a second name
            repeated = len(before) >= 2 and after[0].lower() == before[0].lower() and head(text[m.end():e])
            if repeated or len(before) >= 2 and not head(before[-1]) and head(text[m.end():e]):
                pieces[-1:] = [(s, m.start()), (m.end(), e)]
                break
    if semicolons:
        return pieces
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        # a one-word piece is never a whole activity
        if merged and (not head(text[s:e]) or len(text[merged[-1][0]:merged[-1][1]].split()) < 2):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_OFFICIAL_NAME_SCORE = 95.0  # a run of pieces the catalogue knows word for word as one name
_JOIN_REACH = 3  # pieces after the first an official name may take in ("A, B, dan C" is one)


def _official_names_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of an enumeration with each run the catalogue knows as one kegiatan or sub
    kegiatan made one: an official name may hold commas ("Perencanaan, Penganggaran, dan Evaluasi
    Kinerja Perangkat Daerah"), which split it where the writer listed it with commas."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        j = i
        for k in range(min(i + _JOIN_REACH, len(pieces) - 1), i, -1):
            found = match(text[pieces[i][0]:pieces[k][1]], level=ACTIVITY_LEVELS, score_cutoff=0).candidates
            if found and found[0].score >= _OFFICIAL_NAME_SCORE:
                j = k
                break
        out.append((pieces[i][0], pieces[j][1]))
        i = j + 1
    return [part for s, e in out for part in _two_official_names(text, s, e)]


# "dan" or "serta" between two names
_JOINER = regex_cache.compile(r"[ \t\n]+(?:dan|serta)[ \t\n]+")


def _official_score(name: str) -> float:
    found = match(name, level=ACTIVITY_LEVELS, score_cutoff=0).candidates
    return found[0].score if found else 0.0


def _two_official_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The piece ``s:e`` as two names where it is two official ones joined by "dan"/"serta" ("A
    di Luar Panti Sosial dan Rehabilitasi Sosial PMKS Lainnya ...": the list's last join, left
    whole where an official name's own commas and "serta" closed the list), else as it is."""
    joins = [m for m in _JOINER.finditer(text, s, e) if _is_activity_head(text[m.end():e])]
    if not joins or _official_score(text[s:e]) >= _OFFICIAL_NAME_SCORE:
        return [(s, e)]
    for m in joins:
        if _official_score(text[s:m.start()]) >= _OFFICIAL_NAME_SCORE and \
                _official_score(text[m.end():e]) >= _OFFICIAL_NAME_SCORE:
            return [(s, m.start()), (m.end(), e)]
    return [(s, e)]


# the words that join an enumeration's introducer to its list ("melalui 2 kegiatan, yaitu:",
# "... kegiatan yang terdiri dari A, B"): the list starts after them
_LEADING_CONNECTOR = regex_cache.compile(r"[ \t]*,?[ \t]*(?:(?:yang[ \t]+)?(?:terdiri[ \t]+(?:dari|atas)|meliputi|mencakup)"
                                   r"|yaitu|yakni|"
                                   r"antara[ \t]+lain|sebagai[ \t]+berikut|berupa)?[ \t]*:?[ \t]*", regex.I)


@lru_cache(maxsize=1)
def _part_patterns() -> dict[str, regex.Pattern]:
    """``part_connector`` and ``part_line`` of grammars/programs.yaml (kegiatan and sub kegiatan)."""
    return {p.name: p.compiled for p in load_grammar("programs").patterns if p.name.startswith("part_")}


@lru_cache(maxsize=1)
def _running_header() -> regex.Pattern:
    """``running_header`` of grammars/programs.yaml: a page's header or footer inside a copied text."""
    return next(p.compiled for p in load_grammar("programs").patterns if p.name == "running_header")


# (or the figures after the last name: "Kegiatan: A, pagu Rp 60.000.000, realisasi ...")
_BRACKETED_FIGURES = regex_cache.compile(r"[ \t]*(?:\((?:Rp\.?|IDR)[ \t]*\d[^()\n]{0,40}\)"
                                         # (or said: "A sebesar Rp. 180.000.000,- dan B sebesar Rp. ...")
                                         r"|(?:sebesar|senilai)[ \t]+(?:Rp\.?|IDR)[ \t]*\d[\d.,]*\d(?:,-)?)[ \t]*,?"
                                         r"(?![ \t]*;)", regex.I)  # (a list parted by semicolons is read as it is)
# a passive verb before a count ends the name before it: "... eks penyandang penyakit sosial
# dilatih 30 orang" (not a noun in di-: "penyandang disabilitas 20 orang")
_PASSIVE_BEFORE_COUNT = r"(?<!\byang)[ \t]+(?!(?:disabilitas|distribusi|digital|dinas|diklat|diri)\b)di\p{Ll}{3,}\b(?=[ \t]+\d)"
_ENUM_STOP = regex_cache.compile(r"\s+(?:di\s+\d+\s|dengan\s+sasaran|dengan\s+total|dengan\s+pagu)|(?<!\b(?:Rp|Kab|Kec|No))\.\s|\.$"
                           r"|" + _PASSIVE_BEFORE_COUNT +
                           # (or what it gave: "A, dengan keluaran 36 orang ...", "A dengan hasil ...")
                           r"|,?\s+dengan\s+(?:keluaran|output|hasil|capaian|target|realisasi)\b"
                           # (or a demonstrative closing the phrase that named it: "Program dengan
                           # kegiatan A ini memperoleh anggaran ...")
                           r"|\s+(?:ini|tersebut|itu)\b(?=\s+\p{Ll})"
                           # (or its sub kegiatan: "Kegiatan A, (dengan) sub kegiatan B": the kegiatan's
                           # own, no activity of the program's list)
                           r"|,\s*(?:dengan\s+)?sub\s+kegiatan\b"
                           # (or the subject of the sentence's clause after it: "Melalui kegiatan A,
                           # Dinas Sosial menyalurkan ...")
                           r"|,\s+(?=(?-i:Dinas|Dinsos|Kementerian|Kemensos|Pemerintah|Pemkab|Pemkot|Pemprov|Bidang|UPTD?)\b"
                           r"|(?:pihaknya|kami|kita)\b"
                           # ("Melalui kegiatan A dan B, program ini menyerap ...")
                           r"|(?i:program|kegiatan)\s+(?i:ini|tersebut|itu)\b)"
                           # (or what is said of the last name after a comma: "A, berupa penyediaan
                           # makanan, sandang ...", "A, termasuk penyediaan cadangan logistik")
                           r"|,\s*(?:berupa|termasuk|misalnya|seperti|antara\s+lain)\s"
                           # (or how it was done: "A melalui pemberian bantuan biaya pendidikan"; a
                           # name in capitals goes on: "Pendidikan Kemasyarakatan Produktif melalui
                           # Peningkatan Pelayanan Panti Sosial")
                           r"|\s+melalui\s+(?=(?-i:\p{Ll}))"
                           # (or a passive verb of what was done: "Melalui kegiatan A dilakukan
                           # pembinaan terhadap ..."; a name in capitals goes on)
                           r"|(?<!\byang)\s+(?-i:di\p{Ll}{3,}(?:kan|i))\s+(?=(?-i:\p{Ll}))"
                           # "melalui 2 kegiatan dengan anggaran Rp ...": no list follows the count
                           r"|^dengan\s+(?:pagu|anggaran|alokasi|realisasi|total)\b"
                           r"|[,;]\s*(?:pagu|anggaran|alokasi|realisasi)\b(?=[^\n]{0,30}?\bRp(?:\b|(?=\d)))", regex.I)


# a list of one activity a line, bulleted or numbered: "Kegiatan:\n - Rehabilitasi sosial dasar lansia:
# Rp 700.000.000 ...", "melalui kegiatan:\n1) Pengelolaan Data Fakir Miskin ..."
_PROGRAM_START = regex_cache.compile(r"\W*program\b", regex.I)
_BULLET_LINE = regex_cache.compile(r"[ \t]*(?:[-•▪·*]|\(?\d{1,2}[.)]|\(?[a-z][.)]"
                          r"|\d{1,2}(?:\.\d{1,4}){3,5}(?<=\.0\d[\d.]*)\.?"
                          r"|\d{1,2}\.\d{1,2}\.?)[ \t]+"
                          r"(?P<name>[^\n]*)")  # or a kegiatan's or sub kegiatan's code: "1.06.04.2.01.0001 ..."
# (or a kegiatan numbered under its program's number: "Program 1: ..." / "Kegiatan:" / "1.1. ...")
# where an activity's name on its line ends: its budget or what is said of it
_BLANK_LINES = regex_cache.compile(r"(?:[ \t]*\n)+")
_DEEPER_LINE = regex_cache.compile(r"(?P<indent>[ \t]+)\S[^\n]*(?:\n|$)")
# (or a tab: the next cell of a table's row read as a line, "1.1\tPelatihan ...\t315.600\t...")
_NAME_TAIL = regex_cache.compile(r"\s*(?::|\t|(?:\([ \t]*)?\b(?:Rp|IDR)(?:\b|(?=\d))|(?:[,;(\u2014\u2013]|\s-)\s*(?:realisasi|dengan|sebesar|pagu|anggaran|alokasi|sub\s+kegiatan)\b"
                           r"|\s(?:dengan\s+(?:pagu|anggaran)|"
                           r"sebesar|terealisasi|realisasi)\b"
                           # a sentence after the name on its line ("... Keluarga Miskin. Melalui kegiatan
                           # ini ..."), not an abbreviation's point ("Kab. Gunung Mas")
                           r"|(?<=\p{L}{5})\.(?=[ \t]+(?-i:\p{Lu}\p{Ll}+[ \t]+\p{Ll})))", regex.I)


def _bulleted_activities(text: str, start: int, end: int, own_line: bool = False) -> list[tuple[int, int]]:
    """The names of a bulleted list of activities that starts at ``start``, each cut before its
    budget ("- Rehabilitasi sosial dasar lansia: Rp. 700.000.000,- realisasi ..."); empty when
    the list is not one item a line. Blank lines between the items are a layout's (a Word
    document made from text puts one after each paragraph), not the list's end. A list of one
    item counts where it starts on a line of its own (``own_line``: "didukung oleh 1 kegiatan,
    yaitu:" / "1. Perlindungan Sosial Korban Bencana ...")."""
    out: list[tuple[int, int]] = []
    pos = start
    first_style, first_depth = "", 0
    last_marker = ""
    line_start = text.rfind("\n", 0, start) + 1
    # the items' indent, where the list starts on its own line: a line indented deeper under an
    # item is that item's own ("- Perlindungan Sosial Korban Bencana" / "    Anggaran: Rp ...")
    indent = start - line_start if not text[line_start:start].strip() else None
    while pos < end:
        if out:  # blank lines between two items, and an item's own lines under it
            while (deeper := _DEEPER_LINE.match(text, pos, end)) and indent is not None and \
                    len(deeper.group("indent").expandtabs(4)) > indent and not _BULLET_LINE.match(text, pos, end):
                pos = deeper.end()
            blank = _BLANK_LINES.match(text, pos, end)
            if blank and _BULLET_LINE.match(text, blank.end(), end):
                pos = blank.end()
            elif not _BULLET_LINE.match(text, pos, end) and (nxt := _next_item_after_wrap(text, pos, end, last_marker)) is not None:
                pos = nxt  # the last item's name or figures wrapped at the items' own indent (a PDF's lines)
        m = _BULLET_LINE.match(text, pos, end)
        if m is None or _PROGRAM_START.match(m.group("name")):
            break  # the list ends where its items do, or at the next program
        marker = text[m.start():m.start("name")]
        style, depth = _bullet_style(marker), len(_INDENT.match(marker).group(0).expandtabs(4))
        if out and style != first_style and depth <= first_depth:
            break  # "1) A" / "2) B" / "2. Realisasi ...": a line numbered otherwise, no deeper, is another list's
        if not out:
            first_style, first_depth = style, depth
        name_start = m.start("name")
        # (its figures' words may open the next line: "... Kabupaten/Kota dengan" / "pagu Rp ...")
        line_after = text.find("\n", m.end("name") + 1, end)
        tail = _NAME_TAIL.search(text, name_start, line_after if line_after >= 0 else end)
        tail = tail if tail is not None and tail.start() < m.end("name") else None
        name_end = tail.start() if tail else m.end("name")
        last_marker = marker
        if text[name_start:name_end].strip():
            out.append((name_start, name_end))
        nl = text.find("\n", m.end(), end)
        if nl < 0:
            break
        pos = nl + 1
    return out if len(out) >= 2 or (own_line and out) else []


WRAPPED_ITEM_LINES = 3  # lines an item's text may wrap onto at the items' own indent


def _next_item_after_wrap(text: str, pos: int, end: int, marker: str) -> Optional[int]:
    """Where the next item of a lettered or numbered list starts when the last one wrapped onto
    lines at the items' own indent ("a. Pengumpulan ... dengan pagu Rp." / "48.500.000,00 dan
    realisasi ...;" / "b. Pengembangan ..."): the line within WRAPPED_ITEM_LINES whose marker is
    the next letter or number of the same style; None where there is none (the list has ended)."""
    want = _next_marker(marker)
    if want is None:
        return None
    at = pos
    for _ in range(WRAPPED_ITEM_LINES):
        line_end = text.find("\n", at, end)
        if line_end < 0 or not text[at:line_end].strip():
            return None
        at = line_end + 1
        m = _BULLET_LINE.match(text, at, end)
        if m is not None:
            got = text[m.start():m.start("name")].strip()
            return at if got == want else None
    return None


def _next_marker(marker: str) -> Optional[str]:
    """"a." -> "b.", "1)" -> "2)", "(c)" -> "(d)"; None for bullets and codes."""
    m = _BULLET_STYLE.match(marker)
    if m is None or not (m.group("digit") or m.group("lower") or m.group("upper")):
        return None
    if m.group("digit"):
        nxt = str(int(m.group("digit")) + 1)
    else:
        letter = m.group("lower") or m.group("upper")
        if letter in "zZ":
            return None
        nxt = chr(ord(letter) + 1)
    return (m.group("open") or "") + nxt + m.group("delim")


_BULLET_STYLE = regex_cache.compile(r"[ \t]*(?:(?P<bullet>[-•▪·*])|(?P<open>\()?(?:(?P<digit>\d{1,2})|(?P<lower>[a-z])|(?P<upper>[A-Z]))"
                           r"(?P<delim>[.)])|(?P<code>\d))")


def _bullet_style(marker: str) -> str:
    """A list marker's style ("-", "1)", "(a)", "1.", a code): the items of one list share it."""
    m = _BULLET_STYLE.match(marker)
    if m is None:
        return ""
    if m.group("bullet") or m.group("code"):
        return "bullet" if m.group("bullet") else "code"
    kind = "1" if m.group("digit") else ("a" if m.group("lower") else "A")
    return (m.group("open") or "") + kind + m.group("delim")


# the next line's marker, over one blank line (a Word document's paragraphs spaced after)
_NEXT_LINE_MARK = regex_cache.compile(r"\n(?:[ \t]*\n)?(?P<indent>[ \t]*)(?=[-•▪·*]|\(?\d{1,2}[.)]|\(?[a-z][.)])")
_INDENT = regex_cache.compile(r"[ \t]*")


# the first marker of a list: "1.", "a)", "(1)", a bullet
_FIRST_MARKER = regex_cache.compile(r"[ \t]*(?:[-•▪·*]|\(?(?:1|a|A)[.)])[ \t]")


def _bullets_under(text: str, start: int, end: int, heading: bool = False, listed: bool = False) -> list[tuple[int, int]]:
    """Activities bulleted right under a program's line with no "Kegiatan:" before them ("•
    Program Pemberdayaan Sosial" / "  - Pemberdayaan Sosial KAT" / "  - Pengembangan ..."): the
    bullets must be indented deeper than the program's line and each must start like an activity
    name (a nominalised verb), with no figures that make it a sentence about the program. Under
    a ``heading`` (a line the program's name fills, with no marker of its own: a profile page's
    "PROGRAM PENANGANAN BENCANA" / "- Pelayanan Penyelamatan ..."), bullets at its own indent are
    its own too."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start, end)
    m = _NEXT_LINE_MARK.match(text, line_end, end) if line_end >= 0 else None
    if m is None and line_end >= 0 and (figures := _FIGURES_LINE_AFTER.match(text, line_end, end)):
        # the program's figures on a line of their own first ("2. Program A" / "Anggaran Rp ...
        # terealisasi Rp ... (96,04%)." / "• B — Rp ..."): its kegiatan are bulleted after them
        m = _NEXT_LINE_MARK.match(text, figures.end(), end)
    if m is None:
        return []
    own = _INDENT.match(text, line_start).group(0)  # the program line's own indent, before its marker
    deeper = len(m.group("indent").expandtabs(4)) > len(own.expandtabs(4))
    same_indent = len(m.group("indent").expandtabs(4)) == len(own.expandtabs(4))
    # an item of the program list ("b. Program B"), a list restarting under it at its own indent
    # ("a. Pemeliharaan Anak-Anak Terlantar" / "b. ...": a PDF's text loses the indent) is its
    # kegiatan: the program list's next item follows them
    # (the same under a heading with its own number: "1) Program A:" / "a. B" / "b. C")
    restarts = (listed or heading) and same_indent and _FIRST_MARKER.match(text, m.end())
    if not deeper and not restarts and not (heading and not _OWN_MARKER.match(text, line_start) and same_indent):
        return []
    items = _bulleted_activities(text, m.end(), end, own_line=True)
    for s, e in items:
        rest = text[e:text.find("\n", e) if text.find("\n", e) >= 0 else len(text)]
        # a percentage makes the line a sentence about the program, unless it is the activity's
        # own budget after its name ("- Pengelolaan Data Fakir Miskin: pagu Rp ..., realisasi Rp ... (95%)")
        if not _is_activity_head(text[s:e]) or "%" in text[s:e] or "%" in rest and not _OWN_BUDGET.match(rest):
            return []
    return items


def _bullets_under_its_heading(text: str, name: str, after: int) -> list[tuple[int, int]]:
    """The kegiatan bulleted under a line that the program's name fills, after its table row
    ("Kegiatan ... sebagai berikut:" / "Program Rehabilitasi Sosial" / "- Rehabilitasi Sosial
    Dasar ..." / "- Penyediaan Alat Bantu ..."): the first such line's."""
    pattern = regex.compile(r"(?m)^[ \t]*" + r"\s+".join(regex.escape(w) for w in name.split()) + r"[ \t]*:?[ \t]*$", regex.I)
    m = pattern.search(text, after)
    return _bullets_under(text, m.start(), len(text), heading=True) if m else []


def _activities_under_its_heading(doc: Document, name: str, after: int, others: list[str],
                                  before: Optional[int] = None) -> list[tuple[int, int]]:
    """The kegiatan of a program of a table that a section after the table takes up under a
    heading its name fills, or in a paragraph it opens ("Program Pemberdayaan Sosial" / "Program
    ini dilaksanakan melalui 2 (dua) kegiatan ..., yaitu:" / "• A;" / "• B"; "Program
    Perlindungan dan Jaminan Sosial" / "... digunakan untuk kegiatan A dan kegiatan B."; "Program
    A dengan anggaran Rp ... . Kegiatan pada program ini antara lain:" / "• B ..."): listed,
    bulleted or named by the word in the text up to the next program's line (or the next heading
    of the document's outline). ``before``: the section stands before that offset (a report that
    takes its programs up before the table of their figures)."""
    text = doc.text

    def opening(program: str) -> regex.Pattern:
        # a line the name fills, or that the name opens ("Program A dengan anggaran Rp ..."), its
        # number and emphasis before it or not ("**1) Program A**")
        # (and its code: "1. 1.06.02 Program Pemberdayaan Sosial")
        return regex.compile(r"(?m)^[ \t]*(?:[*_#]+[ \t]*)?(?:\(?(?:\d{1,2}|[a-zA-Z])[.)][ \t]+)?(?:[*_]+)?"
                             r"(?:\d{1,2}(?:\.\d{1,2}){1,5}\.?[ \t]+)?" +
                             r"\s+".join(regex.escape(w) for w in program.split()) +
                             r"(?:[*_]*[ \t]*:?[ \t]*$|(?=[ \t]*[,(]?[ \t]*\p{Ll}))", regex.I)
    m = opening(name).search(text, after, len(text) if before is None else before)
    if m is None:
        return []
    stop = len(text) if before is None else before
    for other in others:
        o = opening(other).search(text, m.end(), stop)
        if o is not None:
            stop = o.start()
    heading = _NEXT_NUMBERED_HEADING.search(text, m.end(), stop)
    stop = heading.start() if heading else stop
    acts, _ = _enumerated_activities(doc, m.end(), stop)
    if not acts:
        acts = _bullets_under(text, m.start(), stop, heading=True)
    if not acts and (intro := _LINE_ENDING_WITH_COLON.search(text, m.end(), stop)):
        # the bullets under the sentence that opens them ("Program ini dilaksanakan melalui 2
        # (dua) kegiatan dengan anggaran Rp ..., yaitu:")
        acts = _bullets_under(text, intro.start(), stop, heading=True)
    if not acts:
        acts = _bullets_after_a_paragraph(text, m.end(), stop)
    return acts or _named_kegiatan(text, m.end(), stop)


def _bullets_after_a_paragraph(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The kegiatan bulleted under the paragraph that follows a program's heading and says what
    the program does, no colon before them ("Program Rehabilitasi Sosial" / "Rehabilitasi sosial
    dilaksanakan di luar panti, meliputi ..." / "- Rehabilitasi Sosial Dasar ..." / "- ..."): the
    first bullets after ``start``, under the one paragraph line right before them."""
    bullet = _FIRST_BULLET_LINE.search(text, start, stop)
    if bullet is None:
        return []
    before = text[:bullet.start()].rstrip()
    intro_start = before.rfind("\n") + 1
    if intro_start <= start or text.count("\n", start, intro_start) > 3:
        return []  # (the paragraph right after the heading: no other text between)
    return _bullets_under(text, intro_start, stop, heading=True)


_LINE_ENDING_WITH_COLON = regex_cache.compile(r"(?m)^[^\n]*:[ \t]*$")
_FIRST_BULLET_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*]|[a-z][.)])[ \t]+\p{Lu}")
# a numbered heading of the outline ("3.1.4 Permasalahan", "BAB IV"): a program's section ends there
_NEXT_NUMBERED_HEADING = regex_cache.compile(r"(?m)^[ \t]*(?:\d+(?:\.\d+)+\.?[ \t]+\p{Lu}|BAB[ \t]+[IVX\d]+\b)")


# a line of a program's figures after its name's line: "Anggaran Rp ... terealisasi Rp ...",
# "Realisasi Rp ... dari pagu Rp ...", up to the line's end
_FIGURES_LINE_AFTER = regex_cache.compile(r"\n(?:[ \t]*\n)?[ \t]*(?:pagu|anggaran|alokasi|realisasi|dpa)\b[^\n]*?\bRp\b[^\n]*",
                                          regex.I)


# an activity's own budget after its name on its bullet line
_OWN_BUDGET = regex_cache.compile(r"[ \t]*(?::|[,;(]|-|–)?[ \t]*(?:dengan[ \t]+)?(?:pagu|anggaran|alokasi|realisasi|rp\b)", regex.I)


# the figures an enumerated name goes on with: "A dengan anggaran Rp 50.000.000 ..., serta B ..."
_FIGURES_TAIL = regex_cache.compile(r"[\s,;(]*(?:dengan\s+)?(?<!\p{L})(?:pagu|anggaran|alokasi|realisasi|terealisasi|sebesar|senilai)\b"
                              r"(?=[^\n]{0,40}?(?:\bRp\b|\d))|[\s,;(]*\bRp(?:\b|(?=\d))"
                              # (or a table row's next cells, read as a line: "A\t315.600\t304.120\t96,36")
                              r"|[ \t]*\t", regex.I)


def _before_figures(text: str, start: int, end: int) -> int:
    """The end of a name in ``text[start:end]`` before the figures stated for it, if any (a word
    such as "Realisasi" inside a name is no figure: an amount must follow it)."""
    m = _FIGURES_TAIL.search(text, start, end)
    return m.start() if m and m.start() > start else end


# a number of kegiatan where a list might start: "2 kegiatan", "3 (tiga) kegiatan"
_A_COUNT = regex_cache.compile(r"\d{1,3}[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?(?:sub[ \t]+)?kegiatan\b[ \t]*(?:\n|$)", regex.I)
# a form's line naming one kegiatan: "Kegiatan  : Rehabilitasi Sosial Dasar Anak Terlantar"
_KEGIATAN_LABEL = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*➤][ \t]*)?kegiatan[ \t]*:[ \t]*(?P<name>\p{Lu}[^\n]*)", regex.I)


def _enumerated_activities(doc: Document, start: int, end: int) -> tuple[list[tuple[int, int]], Optional[int]]:
    stated = None
    m = COUNT_STATED.search(doc.text, start, end)
    if m:
        stated = int(m.group("n"))
    labels = list(_KEGIATAN_LABEL.finditer(doc.text, start, end))
    if len(labels) >= 2:  # a form that repeats its "Kegiatan :" line for each kegiatan, its figures under each
        return [(m.start("name"), _before_figures(doc.text, m.start("name"), m.end("name"))) for m in labels], stated
    for e in _ENUMERATION.finditer(doc.text, start, end):
        lst_start = e.start("list")
        if _A_COUNT.match(doc.text, lst_start):
            continue  # "Jumlah Kegiatan : 2 kegiatan": how many, not which
        # the list runs to its last bullet line, even past an estimated end of the last program
        # (or the list's first item opens with its marker: "Kegiatan : 1. A" / "           2. B")
        # (not "antara lain: 1) A 2) B 3) C", a list inside its sentence)
        line_end = doc.text.find("\n", lst_start)
        own_line = "\n" in doc.text[e.start():lst_start] or bool(
            _ITEM_MARK.match(doc.text, lst_start)
            and not _marked_pieces(doc.text[lst_start:line_end if line_end >= 0 else len(doc.text)]))
        bulleted = _bulleted_activities(doc.text, lst_start, len(doc.text), own_line)
        if bulleted:
            return bulleted, stated
        lead = _LEADING_CONNECTOR.match(doc.text, lst_start, end)
        if lead and lead.end() > lst_start:
            # "melalui 2 kegiatan, yaitu:" / "melalui 3 kegiatan yang terdiri dari A, B": the list
            # starts after its connecting words, on the next line where they end it
            lst_start = lead.end()
            if doc.text[lst_start:lst_start + 1] == "\n" or not doc.text[lst_start:lst_start + 1].strip():
                bulleted = _bulleted_activities(doc.text, lst_start + 1, len(doc.text), own_line=True)
                if bulleted:
                    return bulleted, stated
        stop_at = _LIST_END.search(doc.text, lst_start, min(end, lst_start + 3000))
        text = doc.text[lst_start:stop_at.start() if stop_at else min(end, lst_start + 3000)]
        # a page's running header where the list runs over a page break goes as blanks (the
        # offsets stay the document's)
        text = _running_header().sub(lambda h: " " * len(h.group(0)), text)
        joined = _joining_phrase(text, 0, len(text))
        if joined is not None:  # "Kegiatan A dengan Sub Kegiatan sebagai berikut:": A's name ends before it
            text = text[:joined]
        part_line = _KEGIATAN_LINE.search(text, 1)
        if part_line:  # "Kegiatan : A" / "Sub Kegiatan : B": the next line's label ends A's list
            text = text[:part_line.start()]
        program_line = _PROGRAM_LABEL_LINE.search(text, 1)
        if program_line:  # "Kegiatan : A" / "Program : B" (a form's next program) ends it too
            text = text[:program_line.start()]
        label = _BUDGET_LINE_AHEAD.search(text)
        if label:  # "Kegiatan: A, B" / "Pagu Rp ...": the list ends with its line
            text = text[:label.start()]
        stop = _ENUM_STOP.search(text)
        if stop:
            text = text[:stop.start()]
        # each name's figures after it end it, as a semicolon would ("A (Rp. 360.000.000,-), B (Rp.
        # 600.000.000,-) dan C (Rp. ...)"): the figures' commas are no list's
        text = _BRACKETED_FIGURES.sub(lambda f: ";" + " " * (len(f.group(0)) - 1), text)
        marked = _marked_pieces(text)
        pieces = marked or _official_names_joined(text, split_enumeration(text))
        spans = [(lst_start + s, lst_start + _before_figures(text, s, t)) for s, t in pieces]
        if spans:
            return _titled_past_figures(doc.text, spans, end), stated
    return [], stated


def _titled_past_figures(text: str, spans: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The names of an enumeration, gone on past its first name's figures where the sentence names
    more kegiatan by their title ("melalui Kegiatan A dengan pagu Rp ... dan Kegiatan B dengan
    pagu Rp ..."): the enumeration ends at A's figures, the titled names do not."""
    sentence_end = _SENTENCE_END.search(text, spans[-1][1], end)
    titled = _named_kegiatan(text, max(0, spans[0][0] - 20), sentence_end.end() if sentence_end else end)
    if len(titled) > len(spans) and titled[0][0] == spans[0][0]:
        return titled
    return spans


# a list marker inside a sentence: "1) A 2) B", "(1) A; (2) B", "a) A, b) B, dan c) C"
_INLINE_MARKER = regex_cache.compile(r"(?:^|(?<=[\s,;:]))(?:\((?P<n>\d{1,2}|[a-z])\)|(?P<n>\d{1,2}|[a-z])\))[ \t]+")
_PIECE_TAIL = regex_cache.compile(r"(?:[\s,;]|\b(?:dan|serta)\b)+$")


def _marked_pieces(text: str) -> list[tuple[int, int]]:
    """The items of an enumeration numbered inside its sentence ("antara lain: 1) A 2) B 3) C",
    "a) A, b) B, dan c) C"), each without its marker and the separators after it; empty unless the
    markers count 1, 2, 3 ... (or a, b, c ...) from the list's start."""
    marks = list(_INLINE_MARKER.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    first = marks[0].group("n")
    for i, m in enumerate(marks):
        n = m.group("n")
        if (n.isdigit() != first.isdigit()) or (int(n) if n.isdigit() else ord(n) - 96) != i + 1:
            return []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        tail = _PIECE_TAIL.search(text, m.end(), end)
        end = tail.start() if tail else end
        if end > m.end():
            out.append((m.end(), end))
    return out


def _numbered_activities(doc: Document, prefix: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines numbered under the program's own number: "1.1 ...", "1.2 ..." under "1. Program ...",
    "2.1.1 ..." under "2.1 Program ..." (not the next program's "2.2 Program ...")."""
    # (a code of the nomenclature between the number and the name is neither: "1.1  1.06.01.2.01  Perencanaan ...")
    pat = regex.compile(rf"(?m)^[ \t]*(?:[-•▪·][ \t]*)?{regex.escape(prefix)}\.\d{{1,2}}\.?[ \t]+"
                        rf"(?:\d{{1,2}}(?:\.\d{{1,4}}){{1,6}}\.?[ \t]+(?=\p{{L}}))?(?P<name>[^\n]+?)[ \t;.]*$")
    # (each cut before the figures stated for it: "1.1 A, pagu Rp 85.000.000, realisasi ...", or
    # before a table row's figure cells, its name wrapped to the lines below in its column)
    return [(m.start("name"), _wrapped_cell_end(doc.text, m.start("name"),
                                                _before_figures(doc.text, m.start("name"), m.end("name"))))
            for m in pat.finditer(doc.text, start, _line_end(doc.text, end))
            if not _PROGRAM_START.match(doc.text, m.start("name"))]


def _wrapped_cell_end(text: str, pos: int, end: int) -> int:
    """Where a name that starts at ``pos`` on a table row laid out with spaces ends: before the
    row's figure cells, or at the end of the lines it wraps to below in its own column (plain
    text copied from a PDF: "2.1    Rehabilitasi Sosial Dasar Penyandang      412.500.000 ..." /
    "       Disabilitas Terlantar, Anak Terlantar,"). Lines of words alone that start where the
    name starts are its rest; ``end`` where the line has no figure cells."""
    cells = _FIGURE_CELLS_AFTER.search(text, pos, end)
    if cells is None or cells.start() <= pos or "  " not in text[cells.start():cells.end()]:
        return end
    column = pos - (text.rfind("\n", 0, pos) + 1)
    out = cells.start()
    line = end if end < len(text) and text[end] == "\n" else text.find("\n", end)
    while 0 <= line < len(text) - 1:
        nxt = text.find("\n", line + 1)
        nxt = len(text) if nxt < 0 else nxt
        body = text[line + 1:nxt]
        indent = len(body) - len(body.lstrip(" "))
        if abs(indent - column) > 1 or not _WRAPPED_NAME_LINE.fullmatch(body.strip()):
            break
        out = line + 1 + len(body.rstrip())
        line = nxt
    return out


# the rest of a wrapped name cell: words, with no figure cell nor a row number before them
_WRAPPED_NAME_LINE = regex_cache.compile(r"(?!\d+(?:\.\d+)*\.?\s)[\p{L}(][^\d\t]*")


def _coded_activities(doc: Document, code: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines under a program headed by its code whose code extends the program's: its kegiatan
    and sub kegiatan in the nomenclature ("1.06.02.2.01 Pemberdayaan Sosial KAT" under "1.06.02
    Program Pemberdayaan Sosial")."""
    pat = regex.compile(rf"(?m)^[ \t]*(?:[-•▪·][ \t]*)?{regex.escape(code.rstrip('.'))}(?:\.\d{{1,4}}){{1,3}}\.?[ \t]+"
                        rf"(?P<name>\p{{Lu}}[^\n]+?)[ \t;.]*$")
    # a sub kegiatan's line may go on with its figures ("..., pagu Rp ... realisasi ..."), or with a
    # table row's cells flattened after it ("... Kabupaten/Kota 385.500.000 372.090.000 96,52")
    return [(m.start("name"), _part_name_end(doc.text, m.start("name"), m.end("name")))
            for m in pat.finditer(doc.text, start, _line_end(doc.text, end))]


def _line_end(text: str, end: int) -> int:
    """The end of the line ``end`` falls in: a part's line that starts inside a program's
    estimated span is read whole (the last program's span is a guess, and may stop mid-line)."""
    if end <= 0 or end >= len(text) or text[end - 1] == "\n":
        return end
    nl = text.find("\n", end)
    return len(text) if nl < 0 else nl


# the figure cells a flattened row's line ends with: amounts with thousands dots, decimals, dashes
# (signed ones among them: a deviation "-5,00", an accounting negative "(14.250.000,00)")
_FIGURE_CELLS_AFTER = regex_cache.compile(r"(?:[ \t]+(?:[-–]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-–]?\d+,\d+|\d+(?:,\d+)?%|[-–]"
                                          r"|\((?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)\)))+[ \t]*$")


def _flat_row_activities(doc: Document, item: _Candidate, end: int) -> list[tuple[int, int]]:
    """The kegiatan rows under a program row of a budget table flattened to text ("1 Penyediaan
    jasa komunikasi ... 474.000.000 108.400.000"): rows numbered 1, 2, ... after the program's
    own, each name up to its figures (over the lines it wraps to). A row out of that count (a
    column-number row, a page's number) is no kegiatan."""
    out: list[tuple[int, int]] = []
    for m in _FLAT_ROW.finditer(doc.text, item.end, end):
        if m.group("num") != str(len(out) + 1):
            continue
        row = flat_row(doc.text, m.end(), strict=False)
        if row is not None and row[0]:
            out.append((m.end(), row[1]))
    return out


_CODE_PARTS = regex_cache.compile(r"\d+")


def _flat_table_activities(item: _Candidate, tables: list[Table]) -> list[tuple[int, int]]:
    """The names of the rows under a program's row in a budget table flattened to lines
    (flat_tables.py): those of the shallowest code under it where codes mark them (kegiatan,
    not their sub kegiatan), else all of them, up to the next program or the total."""
    for t in tables:
        if not (t.start <= item.start < t.end):
            continue
        at = next((i for i, r in enumerate(t.rows) if r and r[0].start == item.start), None)
        if at is None:
            return []
        under = []
        for i in range(at + 1, len(t.rows)):
            if i in t.total_rows or _PROGRAM_WORD_IN.match(_code_and_name(t.rows[i])[1].text):
                break
            under.append(_code_and_name(t.rows[i]))
        depths = [len(_CODE_PARTS.findall(code.text)) for code, _ in under]
        top = min(depths, default=0)
        coded = len(set(depths)) > 1
        return [(name.start, name.end) for (_, name), d in zip(under, depths)
                if (not coded or d == top) and name.start is not None and name.end is not None]
    return []


_NOMENCLATURE_CODE = regex_cache.compile(r"\d{1,2}(?:\.\d{1,4}){1,7}\.?")


def _code_and_name(row: list) -> tuple:
    """A flattened budget row's code cell and name cell: "1.06.02.2.01" | "Pemberdayaan Sosial KAT",
    or after the row's number "2.1" | "1.06.02.2.01" | "Pemberdayaan ..." (the code the last of
    the leading cells of figures and dots, the name the first cell with a letter after it)."""
    lead = 0
    while lead + 1 < len(row) and lead < 2 and _NOMENCLATURE_CODE.fullmatch(row[lead + 1].text.strip() or "-") \
            and _NOMENCLATURE_CODE.fullmatch(row[lead].text.strip() or "-"):
        lead += 1
    name = next((c for c in row[lead + 1:] if _LETTER.search(c.text)), row[min(lead + 1, len(row) - 1)])
    return row[lead], name


# a table's column of kegiatan names: "Kegiatan", "Komponen", "Nama Kegiatan", or one whose cells
# also hold each kegiatan's figures ("Nama Kegiatan / Anggaran")
_KEGIATAN_COLUMN = regex_cache.compile(r"(?:nama\s+)?(?:kegiatan|komponen)(?:\s*/\s*(?:pagu|anggaran|realisasi|dana)\b.*)?",
                                       regex.I | regex.S)


def _table_activities(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Names in the "Kegiatan"/"Komponen" column of a table inside the program's span."""
    for block in doc.tables():
        if not (start <= block.start < end) or not block.rows:
            continue
        header = [c.text.lower() for c in block.rows[0]]
        col = next((i for i, h in enumerate(header) if _KEGIATAN_COLUMN.fullmatch(h)), None)
        if col is None:
            continue
        # (a cell may go on with the kegiatan's figures: "Penyediaan ATK Pagu: Rp 45.500.000 ...")
        return [(row[col].start, _before_figures(doc.text, row[col].start, row[col].end)) for row in block.rows[1:]
                if len(row) > col and row[col].text and not _total_row().match(row[col].text)]  # (not "Jumlah")
    return []


# cells of a budget table row (patterns compiled once: regex's cache lookup at each cell cost more
# than the matching)
_COLUMN_NUMBERS = regex_cache.compile(r"[\d.\s]*")  # a column-number row: "1  2  3"
# a kegiatan row's number or letter before its name, in its cell or in a cell of its own ("1. A",
# "a. A", "a) A"; "1" | "A", "a" | "A")
# (a letter without its dot before a capitalised name: "a Pelatihan Keterampilan ...", a flattened row)
_NUMBER_THEN_NAME = regex_cache.compile(r"^(?:(?:\d{1,2}\.?|[a-z][.)])\s+(?=\p{L})|[a-z]\s+(?=\p{Lu}\p{Ll}))")
_ROW_NUMBER = regex_cache.compile(r"\d{1,2}\.?|[a-z][.)]?")
_LETTER = regex_cache.compile(r"\p{L}")
_CAPITALISED = regex_cache.compile(r"\p{Lu}\p{Ll}")


@lru_cache(maxsize=1)
def _total_row() -> regex.Pattern:
    """A table's total row label ("Jumlah", "Total", "Sub Total"), as tables.yaml names it."""
    return regex.compile((load_grammar("tables").vocabulary or {})["total_row"], regex.I)


# a table's note under its rows, which a reader may take for a last row
_NOTE_ROW = regex_cache.compile(r"\s*(?:sumber(?:\s+data)?|ket(?:erangan)?|catatan)\s*:", regex.I)


def _budget_table_activities(item: _Candidate, items: list[_Candidate],
                             chains: dict[int, list[Block]]) -> list[tuple[int, int]]:
    """Rows after a program row of a budget table, up to the next program row."""
    if item.table is None:
        return []
    out: list[tuple[int, int]] = []
    later = [c.start for c in items if c.start > item.start]
    stop = min(later) if later else None
    started = False
    chain = chains.get(id(item.table), [item.table])
    # the header's labels: a header repeated at a page's top inside the rows is no kegiatan
    labels = " | ".join(c.text for block in chain for row in (block.rows or [])[:max(1, block.header_rows or header_size(block.rows or []))]
                        for c in row if c.text)
    # the rows of this table and of the tables that continue it after a repeated header
    for block in chain:
        for r, row in enumerate(block.rows or []):
            if r == 0:
                continue  # a (repeated) header
            if all(c.text in labels for c in row if c.text):
                continue
            first = next((c for c in row if c.text), None)
            # rows up to the program's own are skipped first: each program of the table reads
            # the table from its top
            if first is None or first.start < item.end:
                continue  # (or the rest of its name, wrapped into the next row)
            if all(_COLUMN_NUMBERS.fullmatch(c.text) for c in row):
                continue  # a column-number row
            if stop is not None and first.start >= stop:
                return out
            started = True
            cells = [c for c in row if c.text]
            if any(_total_row().match(c.text) for c in cells[:2]):
                return out  # "Jumlah", "Total", "Sub Total": the program's rows have ended
            if _NOTE_ROW.match(cells[0].text):
                return out  # "Sumber : Dinas Sosial ..., 2020": the table's note, read as its last row
            name = None
            for i, c in enumerate(cells):
                m = _NUMBER_THEN_NAME.match(c.text)
                if m:
                    name = (c.start + m.end(), c.end)
                    break
                if _ROW_NUMBER.fullmatch(c.text) and i + 1 < len(cells) and _LETTER.match(cells[i + 1].text):
                    name = (cells[i + 1].start, cells[i + 1].end)
                    break
                coded = _CODE_BEFORE_NAME.match(c.text)
                if coded and i <= 1:
                    name = (c.start + coded.end(), c.end)  # "1.13.1.13.01.01.01 Penyediaan jasa surat menyurat"
                    break
                bullet = _BULLET_BEFORE_NAME.match(c.text)
                if bullet and i <= 1:
                    name = (c.start + bullet.end(), c.end)  # "- Pemberdayaan Sosial KAT"
                    break
                if _CAPITALISED.match(c.text) and i <= 1:
                    name = (c.start, c.end)
                    break
            if name:
                out.append(name)
    return out if started else []


_CODE_BEFORE_NAME = regex_cache.compile(r"^\d{1,2}(?:\.\d{1,4}){1,7}\.?\s+(?=\p{L})")
_BULLET_BEFORE_NAME = regex_cache.compile(r"^[-–•·▪*]\s+(?=\p{Lu})")
_KEGIATAN_HEADER = regex_cache.compile(r"^\W*(?:nama\s+)?(?:sub\s*)?(?:kegiatan|komponen)\b(?!\s*/)", regex.I)


def _part_columns(block: Block) -> list[int]:
    """The columns of a table that name the program's parts beside a "Program" column ("Program |
    Kegiatan | Sub Kegiatan | Anggaran | ..."), kegiatan first."""
    header = [c.text for c in (block.rows or [[]])[0]]
    return [i for i, h in enumerate(header) if _KEGIATAN_HEADER.match(h)]


def _bulleted_cells_of_its_row(item: _Candidate) -> list[tuple[int, int]]:
    """A program's row whose other cells are bullets ("I. Program A" | "• B" | "• C"): a heading
    and the bulleted list under it that a PDF reader set side by side, the bullets' indent read as
    cells. Each bullet is a kegiatan, a cell without a bullet the rest of the one before ("• Rehabilitasi
    Sosial Dasar ..., Lanjut Usia" | "Terlantar, serta ..."); nothing where a cell holds a figure."""
    if item.table is None or item.row is None or not item.table.rows or item.row >= len(item.table.rows):
        return []
    row = item.table.rows[item.row]
    cells = [c for c in row if c.text and c.start >= item.end]
    if not cells or not _BULLET_CELL.match(cells[0].text) or any(_ANY_DIGIT.search(c.text) for c in cells):
        return []
    out: list[tuple[int, int]] = []
    for c in cells:
        if _BULLET_CELL.match(c.text):
            out.append((c.start + _BULLET_CELL.match(c.text).end(), c.end))
        else:
            out[-1] = (out[-1][0], c.end)
    return out


def _bullets_in_its_cell(text: str, item: _Candidate) -> list[tuple[int, int]]:
    """The kegiatan bulleted under the program's name in its own cell ("Program A • Penyediaan B
    • Pemeliharaan C": a Word cell of a name and a bulleted list under it)."""
    bullets = list(_IN_CELL_BULLET.finditer(text, item.start, item.end))
    if not bullets:
        return []
    ends = [b.start() for b in bullets[1:]] + [item.end]
    return [(b.end(), e) for b, e in zip(bullets, ends) if text[b.end():e].strip()]


_IN_CELL_BULLET = regex_cache.compile(r"[ \t]+•[ \t]+")
_BULLET_CELL = regex_cache.compile(r"[ \t]*[•▪·*➤-][ \t]*")
_ANY_DIGIT = regex_cache.compile(r"\d")


def _column_activities(item: _Candidate, items: list[_Candidate], chains: dict[int, list[Block]]
                       ) -> tuple[list[tuple[int, int]], bool]:
    """A program row's activities from the table's own kegiatan (and sub kegiatan) columns: the
    cells on the program's row and on the rows after it, up to the next program row, row by row;
    and whether the program's row shares its figures with its parts: it names one, and more
    follow in the most detailed part column (the figures are then the first part's)."""
    if item.table is None or item.row is None:
        return [], False
    cols = _part_columns(item.table)
    if not cols:
        return [], False
    later = [c.start for c in items if c.start > item.start]
    stop = min(later) if later else None
    out: list[tuple[int, int]] = []
    own = False
    deepest = 0  # cells of the last part column ("Sub Kegiatan" where there is one)
    for block in chains.get(id(item.table), [item.table]):
        for r, row in enumerate(block.rows or []):
            if r == 0 or (block is item.table and r < item.row):
                continue
            first = next((c for c in row if c.text), None)
            if first is None:
                continue
            if stop is not None and first.start >= stop:
                return out, own and deepest > 1
            for col in cols:
                cell = row[col] if len(row) > col else None
                if cell is not None and cell.text and _total_row().match(cell.text):
                    break  # "Jumlah Program" in the kegiatan column: the parts' sum, no part
                if cell is not None and cell.text and not _COLUMN_NUMBERS.fullmatch(cell.text):
                    own = own or (block is item.table and r == item.row)
                    deepest += col == cols[-1]
                    out.append((cell.start, cell.end))
    return out, own and deepest > 1


def _table_chains(doc: Document, items: list[_Candidate]) -> dict[int, list[Block]]:
    """A table continued after a repeated header is one table for the activities' sake: for each
    program row's table (by id), that table and the ones that continue it."""
    chains: dict[int, list[Block]] = {}
    tables = doc.tables()
    for c in items:
        if c.table is None:
            continue
        i = next(k for k, b in enumerate(tables) if b is c.table)
        chain = [c.table]
        head = [x.text for x in (c.table.rows or [[]])[0]]
        for b in tables[i + 1:]:
            if [x.text for x in (b.rows or [[]])[0]] == head:
                chain.append(b)
            else:
                break
        chains[id(c.table)] = chain
    return chains


# --- kegiatan and sub kegiatan (Permendagri 90/2019) ---------------------------------------------
#
# Since Permendagri 90/2019 a report describes each program through its kegiatan AND their sub
# kegiatan. The contract's activities are one flat list: where a program's text names sub kegiatan,
# its activities are its kegiatan and their sub kegiatan in the order the report gives them (a
# kegiatan, then its sub kegiatan), each named without its level word, code or connecting phrase;
# the level of each is its catalogue match's ``level`` where the catalogue is sure. A line indented
# under a listed kegiatan's bullet without a marker of its own ("- Kegiatan A" / "    Sub kegiatan:
# B") stays that bullet's text, as its "Anggaran:" line would. Reports that name no sub kegiatan
# (Permendagri 13/2006: kegiatan only) are read as before.

# the text names sub kegiatan: the word, or a sub kegiatan's code opening a line ("1.06.04.2.01.0001")
_NAMES_SUB_KEGIATAN = regex_cache.compile(r"\bsub[ \t-]*kegiatan(?:nya)?\b|\bsubkegiatan\b|(?m)^[ \t]*(?:[-•▪·*][ \t]*)?"
                                    r"\d{1,2}(?:\.\d{1,4}){3,4}\.\d{4}\b", regex.I)
# "sub kegiatan" inside a sentence, and the words between it and its list ("dengan Sub Kegiatan
# sebagai berikut:", "yang terdiri dari Sub Kegiatan A, B, dan C", "meliputi 2 sub kegiatan, yaitu")
_SUB_INTRODUCER = regex_cache.compile(r"\bsub[ \t-]*kegiatan(?:nya)?\b(?:[ \t]+yang[ \t]+(?:telah[ \t]+|sudah[ \t]+)?di\p{Ll}{3,})?"
                                r"[ \t]*,?[ \t]*(?:(?:sebagai[ \t]+berikut|yaitu|yakni|antara[ \t]+lain|meliputi|berupa|adalah|ialah)\b)?"
                                r"[ \t]*:?[ \t]*", regex.I)
_CAPITAL_AHEAD = regex_cache.compile(r"(?:\(\d{1,2}\)[ \t]*)?[\"“]?\p{Lu}")  # "(1) Penyediaan ..." too
_LINE_BREAK_AHEAD = regex_cache.compile(r"[ \t]*\n")
# where an inline list of sub kegiatan ends: the sentence's end, or the figures that follow it
_INLINE_PARTS_END = regex_cache.compile(r"(?<!\b(?:Rp|Kab|Kec|No|dll|dsb))\.(?=\s|$)|\n|[,;]?\s+(?:dengan\s+)?(?:pagu|anggaran|"
                                  r"alokasi|realisasi|terealisasi|sebesar|senilai)\b|\bRp(?:\b|(?=\d))"
                                  # what the part gave: "B, dengan keluaran 3.420 KPM ..."
                                  r"|[,;]?\s+dengan\s+(?:keluaran|output|hasil|capaian|target)\b", regex.I)
_WORD_AFTER_COMMA = regex_cache.compile(r",\s+(\p{L}+)")
_LOWER_WORD_IN = regex_cache.compile(r"\s(\p{Ll}+)\b")


# a kegiatan on a line of its own after a list marker ("a. Kegiatan Rehabilitasi Sosial Dasar ...",
# "- KEGIATAN PENANGGULANGAN BENCANA"): the program's parts are listed, each with its own figures
_MARKED_KEGIATAN_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:[-•▪·*]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+kegiatan\b[ \t]*:?[ \t]*\p{Lu}",
                                      regex.I)


def _names_sub_kegiatan(text: str, start: int, end: int) -> bool:
    """Does the program's text name its parts by level: sub kegiatan, or kegiatan on marked lines?"""
    return (_NAMES_SUB_KEGIATAN.search(text, start, end) is not None
            or _MARKED_KEGIATAN_LINE.search(text, start, end) is not None)


# a verb in lower case after a name says what was done ("Kegiatan A memberikan bantuan kursi roda
# ..."): the name ends before it (a name's own "melalui" goes on: "Pemberdayaan Fakir Miskin melalui KUBE")
_VERB_AFTER_NAME = regex_cache.compile(r"[ \t]+(?!melalui\b)me(?:m|n|ng|ny)?\p{Ll}{2,}(?:kan|i)\b(?=[ \t]+\p{Ll})"
                                       # a passive verb ("... Kabupaten/Kota dilakukan pembinaan ..."), or
                                       # the name's figures by their verb ("... menyerap Rp ...")
                                       r"|(?<!\byang)[ \t]+di\p{Ll}{3,}(?:kan|i)\b(?=[ \t]+\p{Ll})"
                                       r"|" + _PASSIVE_BEFORE_COUNT +
                                       r"|[ \t]+(?:menyerap|terserap|terealisasi|direalisasikan)(?=[ \t]+(?:Rp|sebesar|\d))")


def _part_name_end(text: str, pos: int, end: int) -> int:
    """Where the name that starts at ``pos`` on a part's line ends: its figures, a colon, its
    connecting phrase, or the line's end."""
    line_end = text.find("\n", pos, end)
    line_end = end if line_end < 0 else line_end
    tab = text.find("\t", pos, line_end)
    stops = [line_end] + ([tab] if tab >= 0 else [])  # a tab is a table's cell border
    for pattern in (_NAME_TAIL, _part_patterns()["part_connector"], _LIST_END, _VERB_AFTER_NAME):
        m = pattern.search(text, pos, line_end)
        if m:
            stops.append(m.start())
    end = min(stops)
    # (a table row's figure cells flattened after the name: "... Kabupaten/Kota 385.500.000 372.090.000 96,52")
    cells = _FIGURE_CELLS_AFTER.search(text, pos, end)
    if cells is None or cells.start() <= pos:
        return end
    return _wrapped_cell_end(text, pos, end) if end == line_end else cells.start()


def _labelled_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts on lines their level word or code opens ("a. Sub Kegiatan Penyediaan Permakanan,
    pagu ...", "1.06.04.2.02.0001 Penyediaan Sandang", "Kegiatan Penanggulangan Bencana, yang
    terdiri dari:", "Sub Kegiatan: A; B"); a label ending its line ("Sub Kegiatan:") introduces the
    bulleted lines under it."""
    out: list[tuple[int, int]] = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        m = _part_patterns()["part_line"].match(text, line_start, line_end)
        # a name after a level word starts like one ("Kegiatan Tahun 2023:" names none); after a
        # code, whatever it is
        named = m is not None and _CAPITAL_AHEAD.match(text, m.end(), line_end) and (
            m.group("code") or _starts_a_name(text, m.end(), line_end))
        if named:
            stop = _part_name_end(text, m.end(), line_end)
            if (m.group("level") or "").lower().startswith("sub") and regex.search(r"[;,]", text[m.end():stop]):
                out.extend((m.end() + s, m.end() + e) for s, e in split_enumeration(text[m.end():stop]))
            elif text[m.end():stop].strip():
                out.append((m.end(), stop))
        elif m is not None and m.group("level") and not text[m.end():line_end].strip(" \t:"):
            out.extend(_bulleted_activities(text, line_end + 1, end, own_line=True))
        line_start = line_end + 1
    return out


def _introduced_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sub kegiatan a sentence introduces: bulleted on the lines after it ("... dengan Sub Kegiatan
    sebagai berikut:" / "a. ...") or listed in it ("yang terdiri dari Sub Kegiatan A, B, dan C.",
    "untuk sub kegiatan penyediaan permakanan, ..." in a news item's lower case)."""
    out: list[tuple[int, int]] = []
    found = list(_SUB_INTRODUCER.finditer(text, start, end))
    for m, nxt in zip(found, found[1:] + [None]):
        if _LINE_BREAK_AHEAD.match(text, m.end(), end):
            out.extend(_bulleted_activities(text, text.index("\n", m.end()) + 1, end, own_line=True))
        elif _starts_a_name(text, m.end(), end):
            # "sub kegiatan A dan sub kegiatan B": the level word again starts the next name
            again = _LEVEL_WORD_AGAIN.match(text, m.end(), nxt.end()) if nxt is not None else None
            out.extend(_inline_parts(text, m.end(), again.start("joiner") if again else end))
    return out


# the words up to a sub kegiatan's level word said again in the same list ("A dan sub kegiatan B")
_LEVEL_WORD_AGAIN = regex_cache.compile(r"[^.\n]*?(?P<joiner>[ \t]*[,;]?[ \t]*(?:(?:dan|serta)[ \t]+)?)(?=sub[ \t-]*kegiatan\b)",
                                  regex.I)


_INLINE_MARK = regex_cache.compile(r"\(\d{1,2}\)[ \t]*")
# a verb, not a name: "sub kegiatan dievaluasi setiap triwulan", "... sub kegiatan meliputi"
_VERB_START = regex_cache.compile(r"(?:di|me|ber|ter)\p{Ll}", regex.I)


def _starts_a_name(text: str, pos: int, end: int) -> bool:
    """Does a sub kegiatan's name start at ``pos`` in a sentence: an activity's head word
    ("Penyediaan", "pemberian", "Rehabilitasi"), capitalised or in a news item's lower case, after
    an inline marker "(1)" if any ("sub kegiatan tahun 2023 sebanyak 12", "sub kegiatan dievaluasi
    ..." name none)?"""
    mark = _INLINE_MARK.match(text, pos, end)
    head = text[mark.end() if mark else pos:min(end, pos + 60)]
    if not head[:1].isalpha() or _VERB_START.match(head):
        return False
    return _is_activity_head(head[:1].upper() + head[1:])


# after one part's figures, the next part of the same sentence: "A dengan anggaran Rp ... (100%)
# serta B dengan anggaran ...", "A, pagu Rp ...; B, pagu Rp ..."
_NEXT_PART = regex_cache.compile(r"(?:[^.\n]|(?<=\d|\bRp)\.)*?(?:\)|%|\d)[ \t]*"
                           r"(?:[,;][ \t]*(?:(?:dan|serta)[ \t]+)?|,?[ \t]*(?:dan|serta)[ \t]+)"
                           r"(?=\p{L})(?!(?:realisasi\w*|terealisasi|pagu|anggaran|alokasi|sebesar|senilai|dengan|atau|dari)\b)"
                           # (nor what the figures come to: "...; daya serap 93,51%", "; capaian 100%")
                           r"(?!(?:daya\s+serap|serapan|penyerapan|capaian|persentase|tingkat|sisa|efisiensi)\b)",
                           regex.I)


def _inline_parts(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The names of a list of parts in a sentence from ``pos``, each up to its figures where it
    states them; after a part's figures the list goes on with the next name."""
    out: list[tuple[int, int]] = []
    while pos < end:
        stop = _INLINE_PARTS_END.search(text, pos, end)
        piece_end = stop.start() if stop else end
        verb = next((m for m in _WORD_AFTER_COMMA.finditer(text, pos, piece_end) if is_verb(m.group(1))), None)
        if verb is not None:  # "... sub kegiatan A dan B, terlaksana ...": a verb after a comma ends the list
            out.extend((pos + s, pos + e) for s, e in split_enumeration(text[pos:verb.start()]))
            break
        # (a verb in lower case after the name is the sentence's: "Sub kegiatan A memakai Rp ...",
        # "Sub kegiatan Penyediaan Permakanan menjangkau 730 jiwa ...")
        verb = next((w for w in _LOWER_WORD_IN.finditer(text, pos, piece_end)
                     if len(text[pos:w.start()].split()) >= 2 and is_verb(w.group(1))), None)
        if verb is not None:
            piece_end = verb.start()
        # (a name is two words at least: "realisasi" after a comma is the figures' word)
        out.extend((pos + s, pos + e) for s, e in split_enumeration(text[pos:piece_end])
                   if len(text[pos + s:pos + e].split()) >= 2)
        if stop is None or text[stop.start():stop.start() + 1] in ".\n":
            break
        nxt = _NEXT_PART.match(text, stop.end(), end)
        if nxt is None:
            break
        pos = nxt.end()
    return out


# a line's own list marker: a bullet, a letter, a number or a section number ("1.2 Sub Kegiatan ...")
_OWN_MARKER = regex_cache.compile(r"[ \t]*(?:[-–•▪·*➤]|\(?\d{1,2}(?:\.\d{1,4})*[.)]?|\(?[a-zA-Z][.)])[ \t]+")


def _item_line(text: str, s: int) -> tuple[int, int]:
    """The start and the indent of the line a name at ``s`` stands on."""
    line_start = text.rfind("\n", 0, s) + 1
    return line_start, len(_INDENT.match(text, line_start).group(0).expandtabs(4))


def _under_an_item(text: str, s: int, items: list[tuple[int, int]]) -> bool:
    """Is ``s`` on a line indented under a listed item's line, without a marker of its own (that
    item's own text: "- Kegiatan A" / "    Sub kegiatan: B")?"""
    line_start, indent = _item_line(text, s)
    before = [a for a, _ in items if a < line_start]
    if not before or _OWN_MARKER.match(text, line_start):
        return False
    item_start, item_indent = _item_line(text, before[-1])
    between = text[item_start:line_start].split("\n")[1:-1]
    return indent > item_indent and all(not _BULLET_LINE.match(line) for line in between)


# "Kegiatan Penanggulangan Bencana" inside a sentence: the word and a capitalised name after it
_KEGIATAN_NAMED = regex_cache.compile(r"\b(?<!sub[ \t-]?)kegiatan[ \t]+(?=\p{Lu})", regex.I)


def _kegiatan_before_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A kegiatan a sentence names just before the phrase that introduces its sub kegiatan
    ("dilaksanakan Kegiatan Penanggulangan Bencana dengan sub kegiatan ...")."""
    out: list[tuple[int, int]] = []
    for joined in _part_patterns()["part_connector"].finditer(text, start, end):
        if "kegiatan" not in joined.group(0).lower():
            continue
        opened = max(text.rfind("\n", start, joined.start()) + 1, start)
        named = None
        for named in _KEGIATAN_NAMED.finditer(text, opened, joined.start()):
            pass
        if named is not None and not regex.search(r"\d|\bRp\b|[.;:]", text[named.end():joined.start()]):
            out.append((named.end(), joined.start()))
    return out


# "Kegiatan Pemberdayaan Sosial KAT dengan pagu ...": the word, capitalised as in a title or not
# ("terdiri dari kegiatan Rehabilitasi Sosial Dasar ... dengan anggaran Rp ..."), and a
# capitalised name after it
_TITLED_KEGIATAN = regex_cache.compile(r"\b(?<!\b[Ss]ub[ \t-]?)[Kk]egiatan[ \t]+(?=\p{Lu})")


def _named_kegiatan(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Kegiatan a sentence names by their title ("... dan Kegiatan Pengembangan Potensi ... dengan
    pagu Rp ..."), each up to its figures, its connecting phrase or the sentence's end."""
    out: list[tuple[int, int]] = []
    for m in _TITLED_KEGIATAN.finditer(text, start, end):
        if not _starts_a_name(text, m.end(), end):
            continue
        s, e = m.end(), _part_name_end(text, m.end(), end)
        clause = _CLAUSE_AFTER_SEMICOLON.search(text, s, e)
        e = clause.start() if clause else e  # "... kegiatan A, B, dan C; porsi terbesar ...": the list ends
        if _LEVEL_WORD_IN.search(text, s, e):
            out.append((s, e))  # "kegiatan A dan kegiatan B": each found by its own word
            continue
        # "terdiri dari kegiatan A, B dan C": an enumeration after the word, each name its own
        # (a name the catalogue knows with its commas stays one)
        pieces = _official_names_joined(text, [(s + a, s + b) for a, b in split_enumeration(text[s:e])])
        if len(pieces) == 1 and _FIGURES_THEN_NEXT_NAME.match(text, e, end):
            # "kegiatan A (Rp 214.750.000), B (Rp 322.000.000) dan C (Rp 400.000.000)": each name
            # up to its figures, the list going on after them
            pieces = [(a, _before_open_bracket(text, a, b)) for a, b in _inline_parts(text, s, end)]
        out.extend(pieces if len(pieces) > 1 else [(s, e)])
    return out


_LEVEL_WORD_IN = regex_cache.compile(r"\bkegiatan\b", regex.I)
# a semicolon opening a clause of its own, not the list's next item ("; porsi terbesar ...", not
# "; dan B" nor "; Penyediaan ...")
_CLAUSE_AFTER_SEMICOLON = regex_cache.compile(r";[ \t]+(?!(?:dan|serta|atau)\b)(?=\p{Ll})")


def _before_open_bracket(text: str, s: int, e: int) -> int:
    """``e`` moved back over the spaces and the bracket that opened the name's figures ("A (")."""
    while e > s and text[e - 1] in " \t(":
        e -= 1
    return e


# a name's figures in brackets, then the next name of its list: " (Rp 214.750.000), P", " (Rp X) dan P"
_FIGURES_THEN_NEXT_NAME = regex_cache.compile(r"[ \t]*\((?:Rp\.?[ \t]*)?[\d.,]+[^()\n]{0,20}\)[ \t]*(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|(?:dan|serta)[ \t]+)\p{Lu}")


# a line that another program opens ("2. Program ...", "1.06.05 PROGRAM ...", "- Program ...")
_PROGRAM_LINE = regex_cache.compile(r"(?m)^[ \t]*(?:(?:[-•▪·*➤]|\(?\d{1,2}(?:\.\d{1,3}){0,5}[.)]?|\(?[a-zA-Z][.)]"
                           r"|[IVX]{1,4}[.)])[ \t]+)?"
                           r"(?=(?i:program)[ \t]+\p{L})")


def _next_program_line(text: str, start: int, end: int) -> int:
    """Where the next line another program opens stands after the program's own line, or
    ``end``: a program's parts are not read past it ("Program ini ..." and other generic uses of
    the word open no program)."""
    first_line_end = text.find("\n", start, end)
    if first_line_end < 0:
        return end
    for m in _PROGRAM_LINE.finditer(text, first_line_end + 1, end):
        if not is_generic(text, m.end()):
            return m.start()
    return end


def _with_parts(doc: Document, acts: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The program's activities with the kegiatan and sub kegiatan its text names (where it names
    sub kegiatan at all), in the text's order, each once."""
    end = _next_program_line(doc.text, start, end)
    if not _names_sub_kegiatan(doc.text, start, end):
        return acts
    found = (_labelled_parts(doc.text, start, end) + _kegiatan_before_parts(doc.text, start, end)
             + _named_kegiatan(doc.text, start, end) + _introduced_parts(doc.text, start, end))
    spans = [_clean_span(doc.text, s, e) for s, e in acts]
    tables = DisjointSpans((b.start, b.end) for b in doc.tables())
    for s, e in sorted(_clean_span(doc.text, s, e) for s, e in found):
        if e <= s or _under_an_item(doc.text, s, acts) or tables.contains(s):
            continue  # (a table's rows are read as a table's: _budget_table_activities)
        if any(s < e2 and s2 < e for s2, e2 in spans):
            continue  # the same name, found by two readings
        spans.append((s, e))
    return sorted(spans)


# a part's level word or code before its name ("Sub Kegiatan Penyediaan Permakanan",
# "1.06.04.2.02.0001 Penyediaan Sandang"): not part of the name
# (the code may stand before the level word or after it: "1.06.04.2.01 Kegiatan ...", "Kegiatan
# 1.06.04.2.01 Rehabilitasi ...")
_PART_PREFIX = regex_cache.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,4}){3,5}\.?[ \t]+)?(?:(?:sub[ \t-]*kegiatan|subkegiatan|kegiatan)"
                             r"\b[ \t]*:?[ \t]*(?:\d{1,2}(?:\.\d{1,4}){3,5}\.?[ \t]+)?(?=\S))?", regex.I)


# the end of a list's introducer: a colon, or nothing more ("... meliputi:", "... sebagai berikut")
_INTRODUCER_END = regex_cache.compile(r"\s*(?::|$)")


def _joining_phrase(text: str, start: int, end: int) -> Optional[int]:
    """Where the phrase that joins a name to the list after it starts, in ``start``-``end``: one
    that names the sub kegiatan ("dengan Sub Kegiatan ...", "yang terdiri dari Sub Kegiatan A,
    ...") or one that ends the text ("..., meliputi:"); a "meliputi" inside a sentence that goes on
    ("Pelatihan ... meliputi 50 KK, dan ...") joins nothing."""
    for m in _part_patterns()["part_connector"].finditer(text, start, end):
        if "kegiatan" in m.group(0).lower() or _INTRODUCER_END.match(text, m.end(), end):
            return m.start()
    return None


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    """A name's span without its marker, level word or code before it, nor a connecting phrase
    ("..., yang terdiri dari:") after it."""
    m = _ITEM_MARK.match(text, s, e)
    if m:
        s = m.end()
    m = _PART_PREFIX.match(text, s, e)
    if m and m.end() < e and _CAPITAL_AHEAD.match(text, m.end(), e):
        s = m.end()
    joined = _joining_phrase(text, s, e)
    if joined is not None and joined > s:
        e = joined
    closing = _ITEM_CLOSING_AND.search(text, s, e)
    if closing is not None and closing.start() > s:
        e = closing.start()  # "1) Pengelolaan Data Fakir Miskin ...; dan": the list's joiner, not the name's
    while e > s and text[e - 1] in " \t\n;,.:\u2014\u2013":  # (and a dash before its figures: "A — Rp ...")
        e -= 1
    return s, e


# the joining word a list's last but one item ends with ("1) A; dan" / "2) B.")
_ITEM_CLOSING_AND = regex_cache.compile(r"[;,][ \t]*(?:dan|serta|atau)[ \t\n;,.]*$", regex.I)


def _is_part_claim(text: str, at: int, acts: list[tuple[int, int]]) -> bool:
    """Is a budget stated at ``at`` a part's (a kegiatan's or a sub kegiatan's), not its program's?
    It is when its sentence is opened by a part's level word or code ("a. Sub Kegiatan A, pagu
    ...", "Kegiatan B dengan pagu ...", "1.06.04.2.02.0001 C, pagu ..."), when its line is a listed
    activity's item line, or when it stands on a line indented under one."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = line_start
    for m in _SENTENCE_BREAK.finditer(text, line_start, at):
        opened = m.end()
    label = _part_patterns()["part_line"].match(text, opened, at)
    if label is not None and _figures_of_the_listed_whole(text, [a for a in acts if opened <= a[0] and a[1] <= at], at):
        # "Kegiatan A dan B, dengan pagu Rp ... dan realisasi Rp ...": a sentence that lists the
        # program's kegiatan, its figures after the last name and a comma, none after the others
        return False
    if label is not None and label.end() < at and not _PROGRAM_WORD_IN.search(text, label.end(), at):
        return True  # (not "Kegiatan pada program ini terealisasi Rp ...": the program's)
    for s, _ in acts:
        prefix = text[line_start:s]
        if line_start <= s < at and (not prefix.strip() or _ITEM_MARK.fullmatch(prefix)
                                     or _part_patterns()["part_line"].fullmatch(prefix)):
            return True  # "- Penyediaan Permakanan, anggaran Rp ...": the activity's own line
    # "... sub kegiatan A dengan anggaran Rp ... serta B dengan anggaran ...": the figures follow A's
    # name (a program's only part, "didukung oleh 1 kegiatan yaitu A dengan anggaran ...", shares them)
    for k, (s, e) in enumerate(acts if len(acts) > 1 else []):
        if (opened <= s and e <= at and at - e <= _FIGURES_REACH and _figures_after_name(text, e, at)
                and not _PROGRAM_OR_TOTAL.search(text, e, at)):
            if k == len(acts) - 1 and "," in text[e - 1:e] + text[e:at].lstrip()[:1] and not any(
                    _figures_after_name(text, e2, nxt) for (_, e2), (nxt, _) in zip(acts, acts[1:])):
                # "didukung oleh 4 kegiatan yaitu A; B; C; dan D, dengan pagu sebesar Rp ...": the
                # figures after the list's last name and a comma, no name before with its own,
                # are the list's whole's
                continue
            return True
    return bool(acts) and (_under_an_item(text, at, acts) or _stacked_under_an_item(text, at, acts))


def _figures_of_the_listed_whole(text: str, listed: list[tuple[int, int]], at: int) -> bool:
    """Are the figures at ``at`` those of two or more kegiatan listed before them together: after
    the last name and a comma, the names joined as a list's (so with no figures between)?"""
    if len(listed) < 2 or not _COMMA_THEN_FIGURES.match(text, listed[-1][1]):
        return False
    # (names of one list: "A dan B", "A, B serta C"; not a kegiatan and its sub kegiatan, "A dengan sub kegiatan B")
    return all(_LIST_JOINT.fullmatch(text, e, nxt) for (_, e), (nxt, _) in zip(listed, listed[1:]))


_COMMA_THEN_FIGURES = regex_cache.compile(r"[ \t]*,[ \t]*(?:dengan|pagu|anggaran|realisasi|sebesar)\b", regex.I)
_LIST_JOINT = regex_cache.compile(r"[ \t]*(?:[,;][ \t]*(?:dan[ \t]+|serta[ \t]+)?|dan[ \t]+|serta[ \t]+)(?:kegiatan[ \t]+)?", regex.I)


# a labelled line of figures: "Pagu Anggaran : Rp 500.000.000", "Realisasi: Rp ...", "Persentase : 90 %"
_LABELLED_LINE = regex_cache.compile(r"[ \t]*\p{L}[^\n:=]{0,40}[:=][ \t]*\S[^\n]*")


def _stacked_under_an_item(text: str, at: int, items: list[tuple[int, int]]) -> bool:
    """Is ``at`` on a labelled line stacked right under a listed item's line, at its own indent,
    with only labelled lines between ("a. Kegiatan A" / "Pagu Anggaran : Rp ..." / "Realisasi :
    Rp ...")? Those figures are the item's."""
    line_start, indent = _item_line(text, at)
    before = [a for a, _ in items if a < line_start]
    if not before:
        return False
    item_start, item_indent = _item_line(text, before[-1])
    item_end = text.find("\n", item_start)
    if not 0 <= item_end < line_start or indent < item_indent or not _ITEM_MARK.match(text, item_start) \
            or sum(1 for a, _ in items if item_start <= a < item_end) != 1:
        return False  # not an item's own line after its marker ("Kegiatan: A; B." lists the program's)
    lines = text[item_end + 1:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)].split("\n")
    # labelled figures only, none naming the program or a total ("Jumlah program: ...")
    return all(_LABELLED_LINE.fullmatch(line) and not _PROGRAM_OR_TOTAL.search(line.split(":")[0]) for line in lines)


_PROGRAM_WORD_IN = regex_cache.compile(r"\bprogram\b", regex.I)
# figures after a part's name are the program's where the words between say so ("..., dengan total
# anggaran program Rp ...")
_PROGRAM_OR_TOTAL = regex_cache.compile(r"\b(?:program|total|jumlah|seluruh|keseluruhan|secara\s+keseluruhan)\b", regex.I)
# a name's own figures follow it at once: "A dengan anggaran Rp ...", "A, pagu Rp ...", "A (Rp ...)"
# ("Program ini, melalui sub kegiatan A dan B, terealisasi Rp ...": the program's)
# (past the name's code in brackets, "A (1.06.04.2.01) sebesar Rp ...", and a verb that gives it
# the figures: "A (1.06.05.2.02), dianggarkan Rp ...", "A memiliki pagu Rp ...")
_FIGURES_AFTER_NAME = regex_cache.compile(r"(?:[ \t]*\(\d{1,2}(?:\.\d{1,4}){2,5}\))?[ \t,:;(]*(?:dengan[ \t]+|yang[ \t]+)?"
                                    r"(?:(?:di)?(?:anggarkan|alokasikan)[ \t]+(?:sebesar[ \t]+)?(?=rp\b)|"
                                    r"(?:memiliki|mendapat(?:kan)?|memperoleh)[ \t]+(?=pagu|anggaran|alokasi|dana))?"
                                    r"(?:(?:pagu|anggaran|alokasi|dana|realisasi|rp)\b|sebesar\b)",
                                    regex.I)
_FIGURES_REACH = 60  # "dengan pagu anggaran sebesar " and the like, between a name and its figures


def _figures_after_name(text: str, name_end: int, at: int) -> bool:
    """Do the words after a name ending at ``name_end`` lead to figures by ``at`` (an amount's
    start: its "Rp" is the amount's own, "A (Rp 462.400.000)")?"""
    m = _FIGURES_AFTER_NAME.match(text, name_end)
    return m is not None and m.end() <= at + 3


# a sentence's end inside a line ("... di Luar Panti. Kegiatan ini dengan pagu ..."): not a list
# marker's dot ("a.", "1."), nor an abbreviation's ("Rp.")
_SENTENCE_BREAK = regex_cache.compile(r"(?<=[\p{Ll}\d%)]{2})\.[ \t]+(?=\p{Lu})")


_ITEM_MARK = regex_cache.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,2}[.)]?(?<=[.)]|\.\d{1,2})|[a-z][.)]|[-•▪·])\s+")


# after a kegiatan's name, a comma and what is said of it: its content, examples, what it gave
# (no official name holds "antara lain", "meliputi", "berupa", "di antaranya" or a count after
# "sebanyak": those need no comma before them; "termasuk" does, "... anak terlantar termasuk anak
# jalanan" is a 13/2006 kegiatan's own words)
_SAID_OF_THE_NAME = regex_cache.compile(r",\s*(?:antara\s+lain|berupa|termasuk|misalnya|seperti|yaitu|yakni|meliputi|diantaranya|"
                                        r"di\s+antaranya)\s+(?=\p{Ll}|\d)"
                                        r"|\s+(?:antara\s+lain|meliputi|berupa|di\s*antaranya)\s+(?=\p{Ll}|\d)"
                                        r"|\s+(?:sebanyak|sejumlah)\s+(?=\d)|,\s*(?:untuk|bagi|kepada)\s+(?=\d)"
                                        # (or where it was done: no official name names a village, a
                                        # district: "Pemberdayaan Sosial KAT di Dusun Lebangkar ...")
                                        r"|,?\s+di\s+(?i:dusun|desa|kampung|kelurahan|kecamatan|distrik|nagari|gampong|pekon|"
                                        r"lembang|negeri)\b|,?\s+di\s+(?i:kabupaten|kota|provinsi)\s+\p{Lu}")


def _activity(doc: Document, s: int, e: int) -> Activity:
    # "(1) Pelayanan ...", "a) Sub Kegiatan ...", "1.06.04.2.01 ...": the marker, the level word and
    # the code are not part of the name, nor is a connecting phrase after it
    s, e = _clean_span(doc.text, s, e)
    # a word the copy hyphenated at a line break ("pem-\nberdayaan") is one word again
    code = _CODE_IN_BRACKETS.search(doc.text, s, e)
    if code is not None and code.start() > s:
        # "Pengembangan Potensi ... Kabupaten/Kota (1.06.02.2.04), antara lain ...": the name ends
        # before the nomenclature's code in brackets after it
        s, e = _clean_span(doc.text, s, code.start())
    said = _SAID_OF_THE_NAME.search(doc.text, s, e)
    if said is not None and said.start() > s:
        # "Pengembangan Potensi ... Kabupaten/Kota, antara lain pembinaan 35 Karang Taruna ...",
        # "Perlindungan Sosial Korban Bencana ..., berupa penyediaan makanan": what is said of it
        s, e = _clean_span(doc.text, s, said.start())
    text = doc.text[s:e]
    if "\n" in text:
        # a table row's name wrapped over lines, the row's figure cells after its first line
        text = _FIGURE_CELLS_BEFORE_BREAK.sub("", text)
    name = " ".join(unbroken_words(text).split()).strip(" ;,.")
    return Activity(name=name, start=s, end=e, page=doc.page_at(s))


def _activities(doc: Document, acts: list[tuple[int, int]], stop: int, amounts: list[Mention],
                claims: list[RatioClaim], tables: Optional[list[Table]], names: Iterable[int] = ()) -> list[Activity]:
    """The activities at ``acts``, each with its own figures (:func:`_activity_budget`); ``stop``:
    where their program's text ends, ``names``: where programs are named (an activity's figures
    end before the next)."""
    out = []
    names = sorted(names)
    for k, (s, e) in enumerate(acts):
        act = _activity(doc, s, e)
        if not _WORD.search(act.name):
            continue  # figures read where a name should stand (a row whose name wrapped off its line): no name
        own_stop = min([stop] + [n for n in names[bisect_right(names, e - 1):][:1]])
        act.budget = _activity_budget(doc, acts, k, own_stop, amounts, claims, tables or [])
        out.append(act)
    return out


_WORD = regex_cache.compile(r"\p{L}{3}")
# how far after a kegiatan's name its own figures may start ("..., dengan pagu anggaran sebesar Rp")
_ACTIVITY_FIGURES_REACH = 240
# an amount that is not the kegiatan's allocation though it follows its name: what is left or
# saved of it, or a figure for each beneficiary ("bantuan Rp 1.000.000 per unit": a rate, read apart)
_NOT_AN_ALLOCATION = regex_cache.compile(r"\b(?:sisa\w*|selisih|efisiensi|silpa|tambahan|kurang|lebih|bantuan|senilai)\b",
                                         regex.I)


def _activity_budget(doc: Document, acts: list[tuple[int, int]], k: int, stop: int, amounts: list[Mention],
                     claims: list[RatioClaim], tables: list[Table]) -> Budget:
    """A kegiatan's own figures: its table row's ("Pagu" / "Realisasi" / "%" columns), else a
    realisation ratio stated after its name before the next kegiatan ("a. Kegiatan A dengan pagu
    Rp ... terealisasi Rp ... (96,5%)"), else the amounts its own line or clause gives ("- A, Rp
    412.000.000,-;", "A" / "Pagu : Rp ..." / "Realisasi : Rp ..."): the first an allocation, the
    first after a realisation word its realisation. Only amounts the program's reading counts as
    the part's (:func:`_is_part_claim`), within the kegiatan's sentence or item."""
    s, e = acts[k]
    row = _table_row_at(tables, s)
    in_row = Budget()
    if row is not None:
        in_row = _table_row_budget(doc, row[0], row[0].rows[row[1]])
        cell = next((c for c in row[0].rows[row[1]] if c.start is not None and c.start <= s < (c.end or 0)), None)
        if in_row.pagu is not None or in_row.realisasi is not None or cell is None or cell.end <= e:
            return in_row
        # a name cell that goes on with the kegiatan's figures ("A Pagu: Rp ... Realisasi: Rp ...",
        # a cell of several paragraphs), its row's other cells only a percentage: read within the cell
        stop = min(stop, cell.end)
    text = doc.text
    limit = min(stop, e + _ACTIVITY_FIGURES_REACH, acts[k + 1][0] if k + 1 < len(acts) else len(text))
    nxt = _NEXT_ITEM_OR_PARAGRAPH.search(text, e, limit) if limit > e else None
    limit = nxt.start() if nxt is not None else limit
    for cl in claims:
        if (cl.kind == "budget" and not cl.respective and cl.change is None and e <= cl.start and cl.end <= limit
                and not _SENTENCE_BREAK.search(text, e, cl.start) and _is_part_claim(text, cl.start, acts)):
            return _claim_budget(doc, cl)
    pagu: Optional[Mention] = None
    real: Optional[Mention] = None
    last = e
    for a in amounts:
        if a.start < e:
            continue
        if a.end > limit or _SENTENCE_BREAK.search(text, last, a.start):
            break  # past its item, or its sentence has ended
        before = text[last:a.start]
        last = a.end
        if _is_rate(doc, a) or not _is_part_claim(text, a.start, acts):
            continue
        if _REALISED.search(before):
            real = real or a
        elif pagu is None and real is None and not _NOT_AN_ALLOCATION.search(before):
            pagu = a
    if pagu is None and real is None:
        # "• Rp1.515.000.000 untuk kegiatan A;": the amount its own line gives before its name
        line_start = text.rfind("\n", 0, s) + 1
        pagu = next((a for a in amounts if line_start <= a.start and a.end <= s and not _is_rate(doc, a)
                     and _ALLOCATED_TO_PART.fullmatch(text, a.end, s)), None)
    if pagu is None and real is None:
        return in_row
    return Budget(pagu=pagu.value if pagu else None, realisasi=real.value if real else None,
                  pagu_span=_span(doc, pagu) if pagu else None, realisasi_span=_span(doc, real) if real else None,
                  percent=in_row.percent, percent_span=in_row.percent_span)


_ALLOCATED_TO_PART = regex_cache.compile(r"[ \t]*(?:(?:di)?alokasikan[ \t]+|dianggarkan[ \t]+|diperuntukkan[ \t]+)?(?:untuk|bagi)[ \t]+"
                                         r"(?:sub[ \t-]*)?kegiatan[ \t]+", regex.I)


# a kegiatan's or sub kegiatan's code in brackets after its name: " (1.06.02.2.04)"
_CODE_IN_BRACKETS = regex_cache.compile(r"[ \t]*\(\d{1,2}(?:\.\d{1,4}){2,5}\)")
# a table row's figure cells after the first line of its wrapped name (an accounting negative among
# them: "(25.260.786,00)"; a grouped figure a name pushed on stands one space after it: "Pengembangan Potensi Sumber Kesejahteraan 412.500.000,00 ...")
_FIGURE_CELLS_BEFORE_BREAK = regex_cache.compile(r"(?:[ \t]+(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\((?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)\))"
                                                 r"|[ \t]{2,}(?:\d+,\d+|\d+(?:,\d+)?%|[-–]))+[ \t]*(?=\n)")


# a program's name as a sentence of its own: "Program Penanganan Bencana. Kinerja program ..."
_NAME_AS_SENTENCE = regex_cache.compile(r"\.[ \t]+\p{Lu}")


_PART_WORD_OPENING = regex_cache.compile(r"[ \t]*(?:sub[ \t-]*)?kegiatan\b", regex.I)


_SUB_KEGIATAN_BEFORE = regex_cache.compile(r"\bsub[ \t-]*kegiatan[ \t:]*$", regex.I)


def _only_kegiatan_s_next_sentence(doc: Document, claims: list[RatioClaim], acts: list[tuple[int, int]],
                                   end: int) -> Budget:
    """"Kegiatan: A." / "Pagu Rp ..., realisasi Rp ... (96,73%).": a sentence after the one that
    names a program's only kegiatan, opened by no part's word, gives figures the kegiatan shares
    with its program (figures in the kegiatan's own sentence are its own: "Kegiatan: A, pagu Rp ...")."""
    if len(acts) != 1 or _SUB_KEGIATAN_BEFORE.search(doc.text, max(0, acts[0][0] - 30), acts[0][0]):
        return Budget()
    after = acts[0][1]
    return _budget(doc, [cl for cl in claims if _SENTENCE_BREAK.search(doc.text, after, cl.start)
                         and not _in_a_part_s_sentence(doc.text, cl.start)], after, end)


def _in_a_part_s_sentence(text: str, at: int) -> bool:
    """Does the sentence that holds ``at`` open on a part's level word ("Kegiatan A menyerap ...")?"""
    line_start = text.rfind("\n", 0, at) + 1
    opened = line_start
    for m in _SENTENCE_BREAK.finditer(text, line_start, at):
        opened = m.end()
    return _PART_WORD_OPENING.match(text, opened, at) is not None


def _run_in_title_end(text: str, m: NamedProgram, every: list[NamedProgram]) -> Optional[int]:
    """Where the paragraph a program's name opens as a sentence of its own ends (up to the next
    program it names), or None where the name opens no paragraph so."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if not _NAME_AS_SENTENCE.match(text, m.name_end) or text[line_start:m.start].strip():
        return None
    nl = text.find("\n", m.name_end)
    later = [o.start for o in every if o.start > m.start]
    return min([len(text) if nl < 0 else nl] + later)


def _prose_activities(doc: Document, first: NamedProgram, every: list[NamedProgram]
                      ) -> tuple[list[tuple[int, int]], Optional[int]]:
    """The activities of a program named in the prose (at its first mention), and the number of
    kegiatan the text states."""
    end = clause_end(doc.text, first, every)
    # an enumeration of kegiatan runs past semicolons to its full stop ("melalui kegiatan: (1)
    # A; (2) B; dan (3) C."), not past the next program
    period = _LIST_END.search(doc.text, first.name_end)
    later = [o.start for o in every if o.start > first.start]
    if period and (_ANAPHOR.match(doc.text, period.end()) or _KEGIATAN_SENTENCE.match(doc.text, period.end())):
        # "... Program A mendapat anggaran Rp 640 juta. Program tersebut meliputi kegiatan X
        # dan Y.", "... dengan pagu Rp 356 juta. Kegiatan yang dilaksanakan antara lain X dan Y.":
        # the next sentence goes on about it
        lead = period.end()
        period = _LIST_END.search(doc.text, period.end()) or period
        colon = _LIST_ON_THE_LINES_AFTER.match(doc.text, lead)
        if colon is not None:
            # "... (96,12%). Kegiatan pada program ini:" / "a) A: pagu ...;" / "b) B ...": the
            # list on the lines after, to its paragraph's end
            blank = _BLANK_LINE.search(doc.text, colon.end())
            period = blank or period
    acts_end = max(end, min([period.end() if period else len(doc.text)] + later))
    if _NAME_AS_SENTENCE.match(doc.text, first.name_end) and \
            not doc.text[doc.text.rfind("\n", 0, first.start) + 1:first.start].strip():
        # "Program Penanganan Bencana. Kinerja program tercapai ... Sub kegiatan A memakai Rp ...":
        # a name as the sentence opening its paragraph heads all of it
        nl = doc.text.find("\n", first.name_end)
        acts_end = max(acts_end, min([len(doc.text) if nl < 0 else nl] + later))
    # (a sentence that opens on the kegiatan of the program it names: "Kegiatan pada program A
    # meliputi ...", read from its start)
    lead = _KEGIATAN_OF.search(doc.text, max(0, first.start - 40), first.start)
    acts, stated = _enumerated_activities(doc, lead.start() if lead else first.start, acts_end)
    if not acts and (first.heading or first.item):
        acts = _bullets_under(doc.text, first.start, end, heading=first.heading)
    if not acts and first.heading:
        acts = _kegiatan_table_under(doc, first, later)
    if not acts and first.heading and (code := _CODE_OPENING.fullmatch(doc.text, doc.text.rfind("\n", 0, first.start) + 1,
                                                                       first.start)):
        # a lone program headed by its code ("1.06.06 PROGRAM PENANGANAN BENCANA"): the lines
        # under it whose code extends its own are its kegiatan, as in a list of programs
        acts = _coded_activities(doc, code.group("code"), first.start, end)
    if not acts and not first.heading:
        # a program's line that goes on with its figures ("Program A (Rp 650.000.000)"), its kegiatan
        # listed under the "Kegiatan:" line right after it
        next_line = doc.text.find("\n", first.name_end) + 1
        if next_line > 0 and _KEGIATAN_LINE.match(doc.text, next_line) and \
                _OWN_MARKER_OR_NONE.fullmatch(doc.text, doc.text.rfind("\n", 0, first.start) + 1, first.start):
            acts, stated = _enumerated_activities(doc, next_line, min(later + [len(doc.text)]))
            acts_end = max([acts_end] + [e for _, e in acts])
    if not acts and not first.heading:
        # "... Rp 3.150.000.000 untuk Program A, yang terdiri atas kegiatan:" / "1) B: Rp ...;" /
        # "2) C: Rp ...": the kegiatan listed on the lines after the line that names the program
        # and announces them in the same sentence (no other program named between)
        line_end = doc.text.find("\n", first.name_end)
        if line_end > 0 and _KEGIATAN_LIST_LEAD.search(doc.text, first.name_end, line_end) and \
                not _SENTENCE_END.search(doc.text, first.name_end, line_end) and \
                not any(first.name_end <= o < line_end for o in later):
            acts = _bulleted_activities(doc.text, line_end + 1, min(later + [len(doc.text)]), own_line=True)
            acts_end = max([acts_end] + [e for _, e in acts])
    if not acts and not first.heading:
        # "Program A dengan pagu ... terdiri dari Kegiatan B dengan pagu ... serta Kegiatan C ...":
        # the kegiatan its sentence names by their title after it
        acts = _named_kegiatan(doc.text, first.name_end, acts_end)
    if not acts and not first.heading:
        acts = _kegiatan_named_before(doc.text, first, every)
    if not acts and not first.heading:
        acts = _official_kegiatan_in_lower_case(doc.text, first.name_end, acts_end)
    if not acts and not first.heading:
        # a later sentence of the program's paragraph, before another program is named ("...
        # atau 15,28 persen. Program ini mencakup kegiatan A.", "Realisasinya ... . Kegiatan
        # utamanya adalah B"): the kegiatan named by the word
        blank = _BLANK_LINE.search(doc.text, acts_end)
        stop = min(later + [blank.start() if blank else len(doc.text)])
        if stop > acts_end:
            # (or announced by the word: "... (91,68%). Sisa anggaran ... . Kegiatan yang dilaksanakan
            # meliputi A, B, serta C.", "Program ini didukung oleh 3 (tiga) kegiatan, yakni A, B, serta C.")
            acts, said = _enumerated_activities(doc, acts_end, stop)
            if acts and not _ANNOUNCES_KEGIATAN.match(doc.text, _sentence_start(doc.text, acts_end, acts[0][0])):
                acts, said = [], None  # ("Adapun jadwal kegiatan: 1) Rapat koordinasi ...": no kegiatan)
            stated = stated if stated is not None else said
            acts = acts or _named_kegiatan(doc.text, acts_end, stop) or _official_kegiatan_in_lower_case(doc.text, acts_end, stop)
            acts_end = max([acts_end] + [e for _, e in acts])
    return _with_parts(doc, acts, first.start, max(end, acts_end)), stated


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, not before ``lo``: after the last full stop and
    space, or line break, before it."""
    stop = max(text.rfind(". ", lo, at) + 2, text.rfind("\n", lo, at) + 1, lo)
    while stop < at and text[stop] in " \t":
        stop += 1
    return stop


# a sentence that opens by announcing a program's kegiatan: "Kegiatan yang dilaksanakan meliputi",
# "Adapun kegiatannya", "Program ini didukung oleh 3 (tiga) kegiatan, yakni"
_ANNOUNCES_KEGIATAN = regex_cache.compile(
    r"(?:adapun\s+)?kegiatan(?:-kegiatan)?(?:nya)?\b|(?:program|kegiatan)\s+(?:ini|tersebut)\s+(?:di\s*dukung|dilaksanakan|terdiri|meliputi|mencakup)",
    regex.I)


def _kegiatan_table_under(doc: Document, first: NamedProgram, later: list[int]) -> list[tuple[int, int]]:
    """A program's heading, a few short lines of its figures ("Pagu: Rp ...", "Realisasi: Rp ..."),
    then a table of its kegiatan ("Nama Kegiatan / Anggaran | %"), as a layout table's cells put
    them: the table's kegiatan names, if it starts before the next program does."""
    stop = min(later + [len(doc.text)])
    table = next((b for b in doc.tables() if first.name_end <= b.start < stop), None)
    if table is None:
        return []
    lines = [ln for ln in doc.text[first.name_end:table.start].split("\n") if ln.strip()]
    if len(lines) > _FIGURE_LINES_BEFORE_TABLE or any(len(ln) > 80 for ln in lines):
        return []  # (a paragraph between: the table is the text's, not the heading's)
    return _table_activities(doc, table.start, table.start + 1)


_FIGURE_LINES_BEFORE_TABLE = 5


# the word "kegiatan" before names written in lower case, as news write them ("Kegiatan di program
# ini antara lain pemberdayaan sosial komunitas adat terpencil dan ...", "Program ini menampung
# kegiatan pengelolaan data fakir miskin ... serta ...")
_KEGIATAN_THEN_LOWER = regex_cache.compile(r"\b[Kk]egiatan(?:nya)?(?:\s+(?:di|pada|dalam)\s+program\s+(?:ini|tersebut))?"
                                           r"(?:\s+(?:antara\s+lain|meliputi|yaitu|yakni|berupa|seperti))?[\s:]+(?=\p{Ll})")


def _official_kegiatan_in_lower_case(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The kegiatan a sentence names after the word "kegiatan" in lower case: taken only where
    every name of the list is an official kegiatan's (the catalogue, at OFFICIAL_NAME_SCORE), as a
    list of what was done is no list of kegiatan."""
    for m in _KEGIATAN_THEN_LOWER.finditer(text, start, end):
        stop = _SENTENCE_END.search(text, m.end(), end)
        stop_at = stop.start() if stop else end
        clause = _CLAUSE_AFTER_LIST.search(text, m.end(), stop_at)
        stop_at = clause.start() if clause else stop_at
        pieces = [(m.end() + a, m.end() + b) for a, b in split_enumeration(text[m.end():stop_at])]
        if pieces and all(_is_official_kegiatan(text[a:b]) for a, b in pieces):
            return pieces
    return []


def _is_official_kegiatan(name: str) -> bool:
    found = match(name, level=ACTIVITY_LEVELS, score_cutoff=OFFICIAL_NAME_SCORE)
    return bool(found.candidates) and found.candidates[0].score >= OFFICIAL_NAME_SCORE


# a sentence that announces a list on the lines after it: "Kegiatan pada program ini:"
_LIST_ON_THE_LINES_AFTER = regex_cache.compile(r"[^\n.]{0,80}:[ \t]*\n")


# the words before a program's name that make the sentence about its kegiatan: "Kegiatan pada ",
# "Adapun kegiatan dalam "
_KEGIATAN_OF = regex_cache.compile(r"(?<!\p{L})(?:adapun\s+)?kegiatan(?:-kegiatan)?(?:nya)?\s+(?:pada|dalam|untuk)\s+$", regex.I)
# a nomenclature code alone before a program's name on its line ("1.06.06 ", "1.06.06. ")
_CODE_OPENING = regex_cache.compile(r"[ \t]*(?P<code>\d{1,2}(?:\.\d{1,2}){2,3})\.?[ \t]+")
# a full stop ending a sentence, not an abbreviation's ("Kab. Garut", "Rp. 4,6 miliar")
_SENTENCE_END = regex_cache.compile(r"(?<!\b(?:Rp|Kab|Kec|Kel|No|Prov|dll|dsb))[.!?](?=\s)")
# what may stand before a program's name on its line for the line to be the program's own
_OWN_MARKER_OR_NONE = regex_cache.compile(r"[ \t]*(?:(?:[-–•▪·*➤]|\(?\d{1,2}(?:\.\d{1,4})*[.)]?|\(?[a-zA-Z][.)])[ \t]+)?")
# the line over a bulleted list of kegiatan ("... melaksanakan kegiatan sebagai berikut:",
# "Kegiatan yang dilaksanakan:")
_KEGIATAN_LIST_LEAD = regex_cache.compile(r"\bkegiatan(?:-kegiatan)?(?:nya)?\b[^\n]*:[ \t]*$", regex.I)


def _bulleted_before(text: str, at: int) -> list[tuple[int, int]]:
    """The bulleted kegiatan that end on the line before ``at`` under a line that announces them
    ("Pada tahun 2022 Dinas Sosial melaksanakan kegiatan sebagai berikut:" / "- A;" / "- B." /
    "Kedua kegiatan tersebut ...")."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip():
        return []  # the handing-over phrase does not open its line
    first = line_start
    while first > 0:
        prev = text.rfind("\n", 0, first - 1) + 1
        if not _BULLET_LINE.match(text, prev, first - 1) or prev == first:
            break
        first = prev
    if first == line_start or first == 0:
        return []
    lead_start = text.rfind("\n", 0, first - 1) + 1
    if not _KEGIATAN_LIST_LEAD.search(text, lead_start, first - 1):
        return []
    return _bulleted_activities(text, first, line_start, own_line=True)


# the words that hand the kegiatan of the sentence before to the program named right after them:
# "Kedua kegiatan tersebut termasuk dalam Program ...", "Seluruh kegiatan di atas merupakan bagian
# dari Program ...", "Kegiatan-kegiatan tersebut dilaksanakan melalui Program ..."
_KEGIATAN_BELONG_TO = regex_cache.compile(
    r"\b(?:(?:kedua|ketiga|keempat|kelima|keenam|ketujuh|seluruh|semua|\d{1,2})\s+(?:\([^)\n]{1,20}\)\s+)?)?"
    r"(?:sub\s+)?kegiatan(?:-kegiatan)?\s+(?:tersebut|di\s+atas|itu)\s+(?:(?:seluruhnya|semuanya)\s+)?"
    r"(?:termasuk|merupakan|masuk|tercakup|berada|dilaksanakan|adalah|menjadi)\s+"
    r"(?:(?:bagian|rangkaian)\s+)?(?:(?:dari|dalam|pada|di\s+bawah|ke\s+dalam|melalui)\s+)?$", regex.I)
# or, where the sentence opens with the kegiatan it hands over, the verb alone ("Kegiatan A dan
# Kegiatan B yang dilaksanakan tahun 2023 masuk dalam Program ...")
_BELONGS_IN = regex_cache.compile(r"\b(?:termasuk|masuk|tercakup|(?:merupakan|menjadi)\s+bagian)\s+(?:dalam|dari|ke\s+dalam|pada)\s+$",
                            regex.I)
_OPENS_WITH_KEGIATAN = regex_cache.compile(r"\s*(?:[\"“]\s*)?kegiatan\b", regex.I)
# where one such kegiatan's name ends: the next one's level word after a comma, "dan" or "serta"
_NEXT_KEGIATAN = regex_cache.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?=kegiatan\b)", regex.I)
# "menjalankan kegiatan A pada Program B": one kegiatan named right before its program
_KEGIATAN_ON = regex_cache.compile(r"\b(?<!sub[ \t-]?)kegiatan[ \t]+(?=\p{Lu})(?P<name>[^.;:\n]{3,200}?)[ \t]+(?:pada|dalam|di[ \t]+bawah)[ \t]+$",
                             regex.I)


def _kegiatan_of_program(text: str, first: NamedProgram) -> list[tuple[int, int]]:
    """The kegiatan its sentence names just before the program it is of ("Dinas Sosial
    menjalankan kegiatan Pengelolaan Data Fakir Miskin ... pada Program Perlindungan dan Jaminan
    Sosial"), where no figure nor another kegiatan stands between."""
    m = _KEGIATAN_ON.search(text, max(0, first.start - 220), first.start)
    if m is None or regex.search(r"\d|\bRp\b|\bkegiatan\b", m.group("name"), flags=regex.I):
        return []
    s, e = _clean_span(text, m.start("name"), m.end("name"))
    return [(s, e)] if _starts_a_name(text, s, e) else []


_BELONG_REACH = 600  # characters before the handing-over sentence where its kegiatan are named
_LOWER_WORD = regex_cache.compile(r"(?<![\p{L}-])\p{Ll}+\b")
# what the sentence says of a kegiatan after its name: a relative clause ("... yang dilaksanakan
# tahun 2023"), the year, its place ("di 12 kecamatan"), what it is for ("untuk 250 lansia")
_SAID_OF_KEGIATAN = regex_cache.compile(r"[ \t,]+(?:yang[ \t]+(?:telah[ \t]+|sudah[ \t]+)?(?:di|ter|ber|me)\p{Ll}+|pada[ \t]+tahun|tahun[ \t]+\d{4}"
                                  r"|di[ \t]+\d|untuk[ \t]+\d|sebanyak[ \t]+\d)\b", regex.I)


def _kegiatan_named_before(text: str, first: NamedProgram, every: list[NamedProgram]) -> list[tuple[int, int]]:
    """The kegiatan the sentence before a program's names, where the program's own sentence hands
    them to it ("Dinas Sosial melaksanakan Kegiatan A serta Kegiatan B. Kedua kegiatan tersebut
    termasuk dalam Program Perlindungan dan Jaminan Sosial ..."): each "kegiatan" and its
    capitalised name, up to the next one or the sentence's end; or the bulleted list of kegiatan
    over that sentence (:func:`_bulleted_before`); or, where the sentence opens with them, those
    it hands over with a verb alone ("Kegiatan A dan Kegiatan B ... masuk dalam Program ...");
    else the one kegiatan named right before the program (:func:`_kegiatan_of_program`). None
    where another program is named between them (its kegiatan are its own)."""
    back = _KEGIATAN_BELONG_TO.search(text, max(0, first.start - 120), first.start)
    verb_only = back is None
    if verb_only:
        back = _BELONGS_IN.search(text, max(0, first.start - 40), first.start)
    if back is None:
        return _kegiatan_of_program(text, first)
    if not verb_only and (bulleted := _bulleted_before(text, back.start())):
        return bulleted
    # the sentence that names them: the one before the phrase's own, or, where the phrase goes on
    # a sentence ("..., dan kedua kegiatan tersebut merupakan ..."), its own words before it
    lo = max(0, back.start() - _BELONG_REACH)
    ends = list(_LIST_END.finditer(text, lo, back.start()))
    if ends and not text[ends[-1].end():back.start()].strip():
        sentence_end = ends[-1].start()
        lo = ends[-2].end() if len(ends) > 1 else lo
    else:
        sentence_end = back.start()
        lo = ends[-1].end() if ends else lo
    if verb_only and (sentence_end != back.start() or not _OPENS_WITH_KEGIATAN.match(text, lo)):
        return []  # the verb alone hands over only the kegiatan its own sentence opens with
    if any(lo <= o.start < back.start() for o in every if o is not first):
        return []
    out = []
    # (each the level word and a capitalised name: "Kegiatan Penyediaan Permakanan", not "kegiatan tersebut")
    for m in _KEGIATAN_NAMED.finditer(text, lo, sentence_end):
        nxt = _NEXT_KEGIATAN.search(text, m.end(), sentence_end)
        e = _part_name_end(text, m.end(), nxt.start() if nxt else sentence_end)
        said = _SAID_OF_KEGIATAN.search(text, m.end(), e)
        e = said.start() if said else e
        verb = next((w for w in _LOWER_WORD.finditer(text, m.end(), e) if is_verb(w.group(0))), None)
        s, e = _clean_span(text, m.end(), verb.start() if verb else e)  # ("... Pendamping Sosial diikuti 45 peserta")
        if e - s > 3:
            out.append((s, e))
    return out


_OTHER_THAN = regex_cache.compile(r"\b(?:selain|di\s+luar|bukan|berbeda\s+dengan)\s*$", regex.I)
_ALLOCATION_OR_SPENDING = regex_cache.compile(r"\b(?:pagu|anggaran(?:nya)?|alokasi|dana|dianggarkan|dialokasikan|mendapat(?:kan)?|"
                                        r"memperoleh|menyerap|terserap|realisasi(?:nya)?|terealisasi|sebesar|senilai)\b", regex.I)
# "program ini", "program tersebut" in the sentence after a program's: the same program
# (or the word alone after a budget word, no name after it: "Realisasi anggaran program sebesar
# Rp ...", "Pagu program: Rp ...")
_ANAPHOR_IN = regex_cache.compile(r"\bprogram\s+(?:ini|tersebut|itu)\b"
                            # ("Program dengan pagu Rp 6.240.000.000 ini hanya terealisasi ...")
                            r"|\bprogram\s+(?=dengan\s+(?:pagu|anggaran|alokasi)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:ini|tersebut)\b)"
                            r"|\b(?:pagu|alokasi|anggaran|realisasi|serapan)"
                            r"(?:\s+(?:anggaran|keuangan|dana))?\s+program\b(?=\s*(?::|\d|(?:sebesar|senilai|mencapai|adalah|yaitu|"
                            r"berjumlah|rp|tahun|pada|hingga|sampai|secara)\b))", regex.I)


_ANAPHOR_WORD = regex_cache.compile(r"\b(?:ini|tersebut|itu)\b", regex.I)
# the words that make "anggaran program" the money of all the programs, not of the one named before
_ALL_PROGRAMS_BEFORE = regex_cache.compile(r"\b(?:keseluruhan|seluruh|semua|secara\s+total)\b", regex.I)
_PROGRAMS_COUNTED = regex_cache.compile(r"\b(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|"
                                  r"seluruh|semua)\s+(?:\([^)\n]{1,20}\)\s+)?program\b", regex.I)


def _anaphor_budget(doc: Document, claims: list[RatioClaim], amounts: list[Mention], first: NamedProgram,
                    every: list[NamedProgram]) -> Budget:
    """The figures the next sentence states for a program it calls "program ini" before them
    ("... menjalankan program "Kampung Ramah Lansia" sejak 2019. Pada tahun 2021 program ini
    mendapat anggaran Rp 175.000.000 yang terealisasi Rp 168.000.000 atau 96 persen."), where no
    other program is named before them."""
    start = clause_end(doc.text, first, every)
    if start >= len(doc.text) or doc.text[start] not in ".;":
        return Budget()  # (the clause ended at another program's name, not its sentence's end)
    stop = _LIST_END.search(doc.text, start + 1)
    end = stop.start() if stop else len(doc.text)
    if _FROM_ITS_BUDGET.match(doc.text, start + 1) and not any(start < o.start < end for o in every):
        # "Serapan paling rendah ada pada Program A. Dari pagu Rp 1,25 miliar, yang terealisasi baru
        # Rp 191 juta atau 15,28 persen.": the next sentence opens on the budget of the one named
        budget = _budget(doc, claims, start + 1, end)
        if budget.pagu is not None or budget.realisasi is not None:
            return budget
    m = _ANAPHOR_IN.search(doc.text, start, end)
    if m is None:
        # or a later sentence of the paragraph, where none before names money: "Program
        # Rehabilitasi Sosial. Indikator ... 75%, ... 68%. ... Dari sisi anggaran, tingkat realisasi
        # program 95,07%, yaitu Rp A dari pagu Rp B."
        nl = doc.text.find("\n", start)
        end = len(doc.text) if nl < 0 else nl
        m = _ANAPHOR_IN.search(doc.text, start, end)
        if m is not None:
            stop = _LIST_END.search(doc.text, m.end())
            end = min(end, stop.start()) if stop else end
    if m is None or any(start <= a.start < m.start() for a in amounts) or any(start < o.start < end for o in every):
        return Budget()
    if not _ANAPHOR_WORD.search(m.group(0)) and (_ALL_PROGRAMS_BEFORE.search(doc.text, max(start, m.start() - 30), m.start())
                                                  or _PROGRAMS_COUNTED.search(doc.text, m.end(), end)):
        return Budget()  # "Secara keseluruhan, anggaran program ... untuk lima program": all the programs' money
    first_amount = next((a.start for a in amounts if m.end() <= a.start < end), end)
    # (the budget word may stand before the anaphor: "anggaran program ini mencapai Rp ...")
    if _OTHER_THAN.search(doc.text, max(start, m.start() - 20), m.start()) or \
            not _ALLOCATION_OR_SPENDING.search(doc.text, max(start, m.start() - 12), first_amount):  # ("anggaran program Rp ...": the word is the anaphor's)
        return Budget()  # "Selain program tersebut, ... bantuan sembako senilai Rp 500 juta": another thing's
    budget = _budget(doc, claims, m.end(), end)
    if budget.pagu is None and budget.realisasi is None:
        budget = _stated_budget(doc, amounts, NamedProgram(name=first.name, start=m.start(), name_end=m.end()), end)
    return budget


# a sentence opening on a budget, its realisation to follow: "Dari pagu Rp 2.145.600.000, ..."
_FROM_ITS_BUDGET = regex_cache.compile(r"\s*Dari\s+(?:total\s+)?(?:pagu|anggaran|alokasi)(?:\s+(?:anggaran|sebesar|program|tersebut))*\s+(?:Rp|IDR)",
                                       regex.I)
# the acronym a program's name gives itself: "Program Keluarga Harapan (PKH)"
_OWN_ACRONYM = regex_cache.compile(r"\((\p{Lu}[\p{Lu}\d-]{1,9})\)\s*$")
# a budget word before a later use of that acronym, "program" between or not ("Anggaran PKH tahun
# ini", "pagu program BST", "realisasi PKH"); {acronym} is filled in
_ACRONYM_RESTATED = r"\b(?:program|anggaran(?:nya)?|pagu|alokasi|dana|realisasi|serapan)\s+(?:program\s+)?{acronym}\b"


def _acronym_budget(doc: Document, claims: list[RatioClaim], amounts: list[Mention], first: NamedProgram,
                    every: list[NamedProgram]) -> Budget:
    """The figures a later sentence states for a program under the acronym it was named with ("...
    melalui Program Bantuan Sosial Tunai (BST) ... Anggaran untuk program BST mencapai Rp 32,4
    triliun"), where no other program is named between the acronym and its figures."""
    own = _OWN_ACRONYM.search(first.name)
    if own is None:
        return Budget()
    pattern = regex.compile(_ACRONYM_RESTATED.format(acronym=regex.escape(own.group(1))), regex.I)
    text = doc.text
    for m in pattern.finditer(text, clause_end(text, first, every)):
        if not own.group(1) in m.group(0):
            continue  # the acronym in its capitals ("pkh" in lower case is a word of something else)
        restated = NamedProgram(name=first.name, start=m.start(), name_end=m.end())
        end = clause_end(text, restated, [o for o in every if o.start > m.end()])
        first_amount = next((a.start for a in amounts if m.end() <= a.start < end), None)
        if first_amount is None or _OTHER_THAN.search(text, max(0, m.start() - 20), m.start()):
            continue
        budget = _budget(doc, claims, m.end(), end)
        if budget.pagu is None and budget.realisasi is None:
            budget = _stated_budget(doc, amounts, restated, end)
        if budget.pagu is not None or budget.realisasi is not None:
            return budget
    return Budget()


def _claim_of_stated_amount(doc: Document, claims: list[RatioClaim], budget: Budget, first: NamedProgram,
                            every: list[NamedProgram]) -> Budget:
    """The whole budget of a program whose sentence states one amount of it, when a realisation
    ratio of the next sentence has that amount for its realisation ("Realisasi penyaluran Program
    Sembako telah mencapai Rp 22,6 triliun. Angka itu setara 49,2 persen dari total pagu program
    tersebut yang mencapai Rp 45,9 triliun.") or its pagu ("Program A mendapat alokasi Rp 4,6
    miliar. Hingga akhir tahun, realisasinya mencapai Rp 4,4 miliar atau 95,65 persen."), with no
    other program named before its end."""
    stated = {sp.start for sp in (budget.realisasi_span, budget.pagu_span) if sp is not None}
    if not stated:
        return budget
    for cl in claims:
        if cl.kind == "budget" and cl.change is None and stated & {cl.numerator.start, cl.denominator.start} and \
                not any(first.start < o.start < cl.end for o in every):
            return _claim_budget(doc, cl)
    return budget


# "Program A dan Program B masing-masing sebesar Rp X dan Rp Y": the figures go to the names in order
_RESPECTIVELY = regex_cache.compile(r"[^.;\n]{0,60}?\b(?:masing-\s*masing|berturut-\s*turut)\b", regex.I)


def _respective_budgets(doc: Document, amounts: list[Mention], every: list[NamedProgram],
                        claims: list[RatioClaim]) -> dict[int, Budget]:
    """The budgets a sentence shares out over the programs it lists, by the mention's start: as
    many realisation ratios of lists said "masing-masing" as names (:attr:`RatioClaim.respective`),
    each to its name in order; else as many amounts after "masing-masing" in the sentence as names
    in the list, each to its name in order, or one amount that each got; the realisations where a
    word of spending stands before the first name or between the last name and them."""
    out: dict[int, Budget] = {}
    ordered = sorted((m for m in every if not m.heading), key=lambda m: m.start)
    run: list[NamedProgram] = []
    for m in ordered + [None]:  # (None closes the last run)
        if m is not None and run and _LIST_GAP.fullmatch(doc.text, run[-1].name_end, m.start):
            run.append(m)
            continue
        if len(run) >= 2:
            out.update(_shared_out(doc, amounts, run, claims))
        run = [m] if m is not None else []
    return out


def _shared_out(doc: Document, amounts: list[Mention], run: list[NamedProgram],
                claims: list[RatioClaim]) -> dict[int, Budget]:
    last = run[-1]
    each = _RESPECTIVELY.match(doc.text, last.name_end)
    if each is None:
        return {}
    stop = _LIST_END.search(doc.text, each.end())
    end = stop.start() if stop else len(doc.text)
    listed = sorted((cl for cl in claims if cl.respective and each.end() <= cl.percent.start < end),
                    key=lambda cl: cl.percent.start)
    if len(listed) == len(run) and all(cl.kind == "budget" for cl in listed):
        return {m.start: _claim_budget(doc, cl) for m, cl in zip(run, listed)}
    figures = [a for a in amounts if each.end() <= a.start and a.end <= end and not _is_rate(doc, a)]
    if len(figures) == 1 and not _TOTAL.search(doc.text, last.name_end, figures[0].start):
        figures *= len(run)  # "masing-masing mendapat Rp 500 juta": each the same
    if len(figures) != len(run):
        return {}
    spent = bool(_REALISED.search(doc.text, last.name_end, figures[0].start)
                 or _REALISED_BEFORE.search(doc.text, max(0, run[0].start - 40), run[0].start))
    return {m.start: Budget(realisasi=a.value, realisasi_span=_span(doc, a)) if spent
            else Budget(pagu=a.value, pagu_span=_span(doc, a)) for m, a in zip(run, figures)}


def _table_row_at(tables: list[Table], pos: int) -> Optional[tuple[Table, int]]:
    """The table and the index of its row that a cell starting at ``pos`` opens or names."""
    for t in tables:
        if t.start <= pos < t.end:
            for i, row in enumerate(t.rows):
                if any(c.start is not None and c.end is not None and c.start <= pos < c.end for c in row):
                    return t, i
    return None


_ROW_MARKER = regex_cache.compile(r"^(?:\d{1,2}\.?|[a-z][.)])\s+(?=\p{L})")


def _lone_row_parts(t: Table, at: int) -> list[tuple[int, int]]:
    """The rows under a table's one program row ("1 | Program A | pagu | ..." / "a. B | ..." /
    "b. C | ..."): its kegiatan, each row's first cell of words (its number or letter left out), up
    to a total row or another program's row."""
    out = []
    for row in t.rows[at + 1:]:
        cell = next((c for c in row if c.start is not None and c.end is not None and _LETTER.search(c.text)
                     and not _ROW_NUMBER.fullmatch(c.text)), None)
        if cell is None:
            continue
        if _total_row().match(cell.text) or _PROGRAM_START.match(cell.text) or _NOTE_ROW.match(cell.text):
            break
        marker = _ROW_MARKER.match(cell.text)
        out.append((cell.start + (marker.end() if marker else 0), cell.end))
    return out


def _programs_in_prose(doc: Document, mentions: list[Mention], claims: list[RatioClaim],
                       tables: Optional[list[Table]] = None) -> list[Program]:
    """Programs a report without a program list names in its sentences, with the budget their
    clause states: a realisation ratio ("dengan pagu Rp... terealisasi Rp... atau 96
    persen") or an allocation. Each clause ends at its sentence's end or the next program."""
    named = named_programs(doc)
    every = [m for _, ms in named for m in ms]
    amounts = sorted((m for m in mentions if m.kind == "amount" and m.value is not None), key=lambda m: m.start)
    percents = sorted((m for m in mentions if m.kind == "percentage" and m.value is not None), key=lambda m: m.start)
    respective = _respective_budgets(doc, amounts, every, claims)
    out = []
    for first, ms in named:
        acts, stated = _prose_activities(doc, first, every)
        for later in ms[1:] if not acts else ():
            # a program named again further on with its kegiatan ("Program A / Indikator / ..." in
            # a plan's table, then "Untuk Program A, kegiatan yang direncanakan meliputi B")
            acts, said = _prose_activities(doc, later, every)
            if acts:
                stated = stated if stated is not None else said
                break
        budget = Budget()
        for m in ms:
            end = clause_end(doc.text, m, every)
            budget = _budget(doc, claims, m.name_end, end, acts)
            if budget.pagu is None and budget.realisasi is None and m.heading:
                budget = _only_kegiatan_s_next_sentence(doc, claims, acts, end)
            if budget.pagu is None and budget.realisasi is None and (titled := _run_in_title_end(doc.text, m, every)):
                # "Program Pemberdayaan Sosial. Melalui kegiatan A dilakukan ... . Realisasi Rp ...
                # dari pagu Rp ... (98,06%).": a name as the sentence opening its paragraph heads
                # all of it, its figures those of a ratio the paragraph states for none of its kegiatan
                # (a sentence that opens on a kegiatan states its figures: "Kegiatan A menyerap Rp
                # ... dari pagu Rp ...", "Sub kegiatan B memakai Rp ...")
                budget = _budget(doc, [cl for cl in claims if not _in_a_part_s_sentence(doc.text, cl.start)],
                                 m.name_end, titled, acts)
                if budget.pagu is None and budget.realisasi is None and len(acts) == 1 and \
                        not _SUB_KEGIATAN_BEFORE.search(doc.text, max(0, acts[0][0] - 30), acts[0][0]):
                    # "Program A. Kegiatan B menyerap Rp ... dari pagu Rp ... (97,51%).": a program's
                    # only kegiatan shares its figures, as in a list ("didukung oleh 1 kegiatan yaitu B
                    # dengan anggaran ..."); not its only sub kegiatan named, one of a kegiatan's parts
                    budget = _budget(doc, claims, m.name_end, titled)
            if budget.pagu is None and not m.heading:
                listed = any(o.name_end <= m.start and _LIST_GAP.fullmatch(doc.text, o.name_end, m.start) for o in every)
                # the amounts after the first kegiatan its clause names are the kegiatan's ("Pada
                # Program A, kegiatan yang dilaksanakan adalah B dengan anggaran Rp ...")
                own_end = min([end] + [s for s, _ in acts if m.name_end <= s < end])
                budget = _stated_budget(doc, amounts, m, own_end, listed)
                said = _stated_percent(doc, percents, m, end, tuple(o.name_end for o in every if o.name_end <= m.start))
                if budget.pagu is None and budget.realisasi is None:
                    budget = said
                elif budget.realisasi is None and said.percent is not None:
                    # "Serapan anggaran Program A mencapai 98 persen dari pagu Rp 1,5 miliar": the
                    # allocation and the share of it spent, no amount spent
                    budget.percent, budget.percent_span = said.percent, said.percent_span
            elif budget.pagu is None:
                budget = _labelled_budget(doc, amounts, m.name_end, end)
            if budget.pagu is not None or budget.realisasi is not None or budget.percent is not None:
                break
        if budget.pagu is None and budget.realisasi is None and budget.percent is None and not first.heading:
            budget = _anaphor_budget(doc, claims, amounts, first, every)
        if budget.pagu is None and budget.realisasi is None and budget.percent is None and not first.heading:
            budget = _acronym_budget(doc, claims, amounts, first, every)
        if budget.pagu is None and budget.realisasi is None and budget.percent is None:
            budget = next((respective[m.start] for m in ms if m.start in respective), budget)
        if budget.percent is None:
            budget = _claim_of_stated_amount(doc, claims, budget, first, every)
        if budget.pagu is None and budget.realisasi is None and budget.percent is None and first.heading:
            # "Program A" as a heading of its own over the table of its kegiatan, whose total row
            # ("Jumlah Program") is the program's, as under a numbered program (_total_row_budget)
            budget = _total_row_budget_under(doc, tables or [], first, every)
        if budget.pagu is None and budget.realisasi is None and budget.percent is None:
            # a table of its own for one program ("No | Program/Kegiatan | Pagu | Realisasi | %",
            # the program's row, its kegiatan's rows), wherever else the text names it: the row's
            # figures, and the rows under it its kegiatan
            for t, i in filter(None, (_table_row_at(tables or [], m.start) for m in ms)):
                budget = _table_row_budget(doc, t, t.rows[i])
                if budget.pagu is not None:
                    acts = _lone_row_parts(t, i) or acts
                    break
        end = clause_end(doc.text, first, every)
        out.append(Program(name=first.name, start=first.start, end=end, page=doc.page_at(first.start), budget=budget,
                           activities=_activities(doc, acts, len(doc.text), amounts, claims, tables,
                                                  (o.start for o in every)),
                           stated_activity_count=stated))
    return [p for p in out if not _short_form_of_another(p, out)]


def _short_form_of_another(program: Program, programs: list[Program]) -> bool:
    """Is a program named in the prose only a short form of another the text names in full ("...,
    Program Bencana Terendah" in a headline, "Program Penanganan Bencana" in the story): no
    official name, nothing of its own (no figure, no kegiatan), its words all words of the
    other's longer name?"""
    if program.activities or any(v is not None for v in (program.budget.pagu, program.budget.realisasi,
                                                          program.budget.percent)):
        return False
    words = set(_name_key(program.name).split()) - {"program"}
    if not words:
        return False
    others = [o for o in programs if o is not program and len(_name_key(o.name).split()) > len(_name_key(program.name).split())
              and words <= set(_name_key(o.name).split())]
    if not others:
        return False
    found = match(program.name, level="program", score_cutoff=OFFICIAL_NAME_SCORE)
    return not (found.candidates and found.candidates[0].score >= OFFICIAL_NAME_SCORE)


def find_programs(doc: Document, sections: list[Section], mentions: list[Mention], tables: list[Table],
                  claims: Optional[list[RatioClaim]] = None, program_items: Optional[list[_Candidate]] = None
                  ) -> list[Program]:
    """The report's programs in order, each with its budget and activities: the items of its
    program list (``program_items`` where the caller has it already), or, where it presents
    none, the programs its sentences name."""
    items = program_list(doc) if program_items is None else program_items
    if not items:
        return _programs_in_prose(doc, mentions, claims or [], tables)
    chains = _table_chains(doc, items)
    claims = claims or []
    amounts = sorted((m for m in mentions if m.kind == "amount" and m.value is not None), key=lambda m: m.start)
    percents = sorted((m for m in mentions if m.kind == "percentage" and m.value is not None), key=lambda m: m.start)
    programs = []
    spans = _spans(doc, items)
    # a form that repeats its "Kegiatan :" line for each kegiatan, each with its own "Pagu :" lines:
    # a program's only kegiatan has its own figures too (_labelled_budget_after_parts_line)
    form_per_kegiatan = any(len(_KEGIATAN_LABEL.findall(doc.text, s, e)) >= 2 for s, e in spans)
    for item, (start, end) in zip(items, spans):
        name = clean_name(item.title)
        # (a table's program: its kegiatan are read from the table's rows, or else from the text
        # after the table that names the program; the estimated end of the table's last program
        # may reach into a paragraph about another)
        acts, stated = _enumerated_activities(doc, start, min(end, item.table.end) if item.table is not None else end)
        flat_rows = False  # the rows under it in a budget table flattened to lines (its kegiatan, not their sub kegiatan)
        if not acts and item.table is None and (item.delim.startswith("flat") or item.delim == "code"):
            acts = _flat_table_activities(item, tables)
            flat_rows = bool(acts)
        if not acts:
            acts = (_coded_activities(doc, item.label, start, end) if item.delim == "code"
                    else _numbered_activities(doc, item.label.rstrip(".") if item.delim.startswith("sub") else str(item.num),
                                              start, end))
        shared_row = False  # the program's row gives the figures of the first of its kegiatan
        if not acts and item.table is not None:
            acts = _bullets_in_its_cell(doc.text, item)
        if not acts and item.table is not None:
            acts, shared_row = _column_activities(item, items, chains)
        if not acts and item.table is not None:
            acts = _bulleted_cells_of_its_row(item)
        if not acts and item.table is not None:
            acts = _budget_table_activities(item, items, chains)
        if not acts:
            acts = _table_activities(doc, start, end)
        if not acts and item.delim.startswith("flat"):
            acts = _flat_row_activities(doc, item, end)
        if not acts and item.table is not None:
            # "Program B" as a line of its own after the table, its kegiatan bulleted under it,
            # or listed or named in the paragraph under it
            others = [clean_name(c.title) for c in items if c is not item]
            acts = _bullets_under_its_heading(doc.text, name, item.table.end) or \
                _activities_under_its_heading(doc, name, item.table.end, others) or \
                _activities_under_its_heading(doc, name, 0, others, before=item.table.start)
        if not acts and item.table is None:
            acts = _bullets_under(doc.text, item.start, end, listed=not item.inline)
        if not acts and item.table is None and not item.inline:
            acts = _bullets_after_a_paragraph(doc.text, item.end, end)
        if not acts and item.table is None:
            # "Anggaran Rp A dibagi ke kegiatan B sebesar Rp C dan kegiatan D sebesar Rp E": kegiatan
            # its sentences name by the word, without a list
            acts = _named_kegiatan(doc.text, start, _next_program_line(doc.text, item.start, end))
        if item.table is None and not flat_rows:
            acts = _with_parts(doc, acts, start, end)
        # the program runs at least to its last activity (a list may run past the estimated end)
        last = max(end, acts[-1][1]) if acts and item.table is None else end
        if item.table is not None:
            budget = _row_budget(doc, item, tables, shared=shared_row)
        elif (item.delim.startswith("flat") or item.delim == "code") and \
                (budget := _row_budget(doc, item, tables)).pagu is not None:
            pass  # a row of a budget table flattened to lines, its figures in the header's columns
        else:
            budget = _budget(doc, claims, start, end, acts)
            if budget.pagu is None and budget.realisasi is None:
                budget = _only_kegiatan_s_next_sentence(doc, claims, acts, end)
            share = _line_share(doc.text, claims, item) if budget.pagu is None else None
            if share is not None:
                budget = _budget(doc, [_as_budget(share)], item.start, item.end)
            if budget.pagu is None and budget.realisasi is None:
                budget = _labelled_budget(doc, amounts, item.end, min([end] + [s for s, _ in acts[:1]]))
            if budget.pagu is None and budget.realisasi is None and not form_per_kegiatan:
                budget = _labelled_budget_after_parts_line(doc, amounts, acts, end)
            if budget.pagu is None and budget.realisasi is None:
                budget = _item_line_budget(doc, amounts, item, name, acts, percents)
            if budget.pagu is None and budget.realisasi is None and not item.inline:
                budget = _funds_sentence_budget(doc, amounts, item, end, acts)
            if budget.pagu is None and budget.realisasi is None:
                budget = _total_row_budget(doc, tables, start, end)
        programs.append(Program(
            name=name, start=item.start, end=last, page=doc.page_at(item.start),
            budget=budget,
            activities=_activities(doc, acts, last, amounts, claims, tables),
            stated_activity_count=stated))
    for p, (after, before) in zip(programs, _restatement_windows(items, programs, len(doc.text))):
        if p.budget.pagu is None and p.budget.realisasi is None and p.budget.percent is None:
            p.budget = _restated_budget(doc, claims, p.name, after, before)
        if p.budget.pagu is None and p.budget.realisasi is None and p.budget.percent is None:
            p.budget = _named_row_budget(doc, tables, p.name)
        if not p.activities:
            acts = _restated_activities(doc, p.name, after, [o.name for o in programs if o is not p], before)
            if not acts:
                acts = _named_row_activities(tables, p.name)
            p.activities = _activities(doc, acts, len(doc.text), amounts, claims, tables)
    return programs


def _restatement_windows(items: list[_Candidate], programs: list[Program], text_end: int) -> list[tuple[int, int]]:
    """Where each program's list may be restated with figures or kegiatan: after the list's last
    program, up to the next list (a chapter that presents several urusan lists the programs of each
    and restates them under it: "c) Kegiatan / 1. Program A: kegiatan B dan C")."""
    runs = _runs(items)
    if len(runs) == 1:
        return [(max(p.end for p in programs), text_end)] * len(programs)
    windows: list[tuple[int, int]] = []
    for k, run in enumerate(runs):
        # (the estimated end of a run's last program may take in the restatement under it)
        after = max(items[i].end for i in run)
        before = items[runs[k + 1][0]].start if k + 1 < len(runs) else text_end
        windows += [(after, max(after, before))] * len(run)
    return windows


def _named_row_budget(doc: Document, tables: list[Table], name: str) -> Budget:
    """The figures of the one row of a budget table (a "Pagu"/"Anggaran" column in its header)
    whose label is the program's name: a report that presents its programs in prose, then
    tabulates their realisation ("Tabel 4.1 Realisasi Anggaran Belanja per Program": "1 | Program
    Rehabilitasi Sosial | 2.047.800.000 | 1.991.265.400 | ... | 97,24"). None where no row bears
    the name, or rows that do (in a table of the programs and one of their kegiatan) differ."""
    key = _name_key(name)
    if len(key.split()) < 2:
        return Budget()
    found = []
    for t in tables:
        if not t.header or _column(without_group_labels(t.header), "pagu_column") is None and \
                _column(t.header, "pagu_column") is None:
            continue
        for row in t.rows:
            labels = [_name_key(c.text) for c in row if c.value is None and c.text and _LETTER_WORD.search(c.text)]
            # (the name the row's last label: a row that names a kegiatan after its program, in a
            # column for each level, gives the kegiatan's figures)
            if labels and _same_name(key, labels[-1]):
                found.append((t, row))
    budgets = [b for b in (_table_row_budget(doc, t, row) for t, row in found) if b.pagu is not None]
    # (a program's row in a table of the programs and again in one of their kegiatan, the same figures)
    if not budgets or len({(b.pagu, b.realisasi) for b in budgets}) != 1:
        return Budget()
    return budgets[0]


_LETTER_WORD = regex_cache.compile(r"\p{L}{3}")


def _named_row_activities(tables: list[Table], name: str) -> list[tuple[int, int]]:
    """The kegiatan of a program presented in prose, as the rows under its row in a table of
    programs and their kegiatan ("Tabel 3.3 Realisasi Anggaran per Program dan Sub Kegiatan":
    "| Program Rehabilitasi Sosial | 1.274.650.000 | ..." / "1 | Penyediaan Permakanan | ..."), up
    to the next program's row or a total: the label of each row (its code left out). Only a
    table whose header names kegiatan; the rows of one table, or of the tables that continue it
    with the same header on the next pages."""
    key = _name_key(name)
    if len(key.split()) < 2:
        return []
    for k, t in enumerate(tables):
        if not any(_KEGIATAN_WORD.search(h) for h in t.header):
            continue
        rows = [r for u in [t] + _continuations(tables, k) for r in u.rows]
        # (the program's cell may open with its code: "1.06.01 Program Penunjang ...")
        at = next((i for i, row in enumerate(rows) if any(_same_name(key, _name_key(_LEADING_CODE.sub("", c.text, count=1)))
                                                          for c in row if c.value is None and c.text)), None)
        if at is None:
            continue
        out: list[tuple[int, int]] = []
        for row in rows[at + 1:]:
            label = next((c for c in row if c.value is None and c.text and _LETTER_WORD.search(c.text)
                          and c.start is not None and c.end is not None), None)
            if label is None or _total_row().match(label.text) or _NOTE_ROW.match(label.text):
                break
            if _PROGRAM_ROW_LABEL.match(label.text):
                break  # the next program's row
            code = _LEADING_CODE.match(label.text)
            assert label.start is not None and label.end is not None
            out.append((label.start + (code.end() if code else 0), label.end, len(_CODE_PARTS.findall(code.group(0))) if code else 0))
        # where codes tell the levels apart, the shallowest are the kegiatan (not their sub kegiatan)
        top = min((d for *_, d in out if d), default=0)
        return [(s, e) for s, e, d in out if not top or d == top]
    return []


def _continuations(tables: list[Table], k: int) -> list[Table]:
    """The tables right after table ``k`` with its header: the same table over the next pages."""
    out = []
    for t in tables[k + 1:]:
        if t.header != tables[k].header:
            break
        out.append(t)
    return out


_KEGIATAN_WORD = regex_cache.compile(r"\bkegiatan\b", regex.I)
_PROGRAM_ROW_LABEL = regex_cache.compile(r"\s*(?:[\d.]+\s+)?program\b", regex.I)
_LEADING_CODE = regex_cache.compile(r"\s*\d+(?:\.\d+){2,}\.?\s+")


def _name_key(name: str) -> str:
    return " ".join(regex.sub(r"[^\p{L}\d/]+", " ", name.lower()).split())


def _same_name(a: str, b: str) -> bool:
    """Two names of one program: the same letters, "Program" before them or not, spaces aside (a
    PDF's narrow cell breaks a word where it has no room: "Kabupaten/Kot a"); "Program pembinaan
    Anak Terlantar dlm panti" is another program than "Program Pembinaan Anak Terlantar"."""
    return a.removeprefix("program ").replace(" ", "") == b.removeprefix("program ").replace(" ", "")


def _restated_budget(doc: Document, claims: list[RatioClaim], name: str, after: int,
                     before: Optional[int] = None) -> Budget:
    """The figures of a program listed again after the list, on a line its name opens (an LKPJ's
    "1. Program dan Kegiatan" names the programs with their kegiatan, its "2. Realisasi Program
    dan Kegiatan" again with their figures: "a. Program A dianggarkan Rp ... dan terealisasi Rp
    ... (97,00%)")."""
    pattern = _name_pattern(name)
    if pattern is None:
        return Budget()
    text = doc.text
    for m in pattern.finditer(text, after, len(text) if before is None else before):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _CLAUSE_OPENING.search(text, line_start, m.start()):
            # a clause of a sentence that goes through the programs one by one ("...; Program B
            # terealisasi Rp ... dari pagu Rp ... atau 96,26 %; sedangkan Program C ..."): its figures
            # up to the clause's end
            end = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 400))
            budget = _budget(doc, claims, m.start(), end.start() if end else min(len(text), m.end() + 400))
            if budget.pagu is not None or budget.realisasi is not None:
                return budget
            continue
        if text[line_start:m.start()].strip() and not _OWN_MARKER.fullmatch(text, line_start, m.start()):
            continue  # inside a sentence, not opening its line
        # its line, and the lines under it up to the next item or paragraph ("a) Program A" / "Alokasi ...")
        reach = min(len(text), m.end() + 600)
        nxt = _NEXT_ITEM_OR_PARAGRAPH.search(text, m.end(), reach)
        return _budget(doc, claims, line_start, nxt.start() if nxt else reach)
    return Budget()


# the words before a program's name that open a clause of a sentence, and a clause's end
_CLAUSE_OPENING = regex_cache.compile(r"(?<=[\p{Ll}\d%)][.;])[ \t]+(?:(?:sedangkan|sementara|adapun|dan|serta)[ \t]+)?$", regex.I)
_CLAUSE_END = regex_cache.compile(r";|(?<!\b(?:Rp|Kab|Kec|No))\.(?=\s|$)")
_NEXT_ITEM_OR_PARAGRAPH = regex_cache.compile(r"\n[ \t]*(?:\n|(?:[-•▪·*]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])[ \t])")
