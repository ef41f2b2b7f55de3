"""Reports as they come out of copying: the same findings as the clean text.

Each report of the seeds and the dev set is changed the way copying it out of a web page, a PDF
viewer or a word processor changes it, in ways that change nothing a reader of it would see:
Windows line ends, no-break spaces, trailing spaces (a markdown line break), indented lines,
curly quotes, a byte-order mark, HTML's ``&nbsp;`` left in, a zero-width space; and a page's mark
("Halaman 2 dari 40", "- 2 -", "III-2", "LKPJ ... - Halaman 2", a page number alone inside a
table of one cell a line) left on a line of its own every 40 lines, wherever that falls: between
paragraphs, inside a table, or in the middle of a sentence. Every check, every program with its
budget and every rupiah amount must come out as from the clean text.

Before this file: trailing spaces and indented lines lost seed 001's three program budgets and
their checks ("Rp.   " / blank line / "   5.146.855.883,-": the amount grammar allowed four
characters of white space over a line break), and "Halaman 2 dari 40" in the middle of a
sentence lost a budget check and raised a false alarm (97,57% read as 2 of 40).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest

from kesos_extract import extract_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORTS = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "dev").glob("*.txt"))


def findings(text: str):
    report = extract_text(text)
    checks = sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in report.checks)
    programs = [(" ".join(p.name.split()), p.budget.pagu, p.budget.realisasi) for p in report.programs]
    amounts = sorted(m.value for m in report.mentions if m.kind == "amount" and m.value is not None)
    return checks, programs, amounts


def _each_line(text: str, change: Callable[[str], str], prose_only: bool = False) -> str:
    return "\n".join(change(ln) if ln.strip() and not (prose_only and ("\t" in ln or "|" in ln)) else ln
                     for ln in text.split("\n"))


def _every_40_lines(text: str, mark: Callable[[int], list[str]]) -> str:
    """``mark(page)``'s lines put in after every 40th line of the text, pages counted from 2."""
    out: list[str] = []
    for k, line in enumerate(text.split("\n"), start=1):
        out.append(line)
        if k % 40 == 0:
            out += mark(k // 40 + 1)
    return "\n".join(out)


COPIES: dict[str, Callable[[str], str]] = {
    "windows line ends": lambda t: t.replace("\n", "\r\n"),
    "no-break spaces": lambda t: re.sub(r"(\d) (miliar|milyar|juta|triliun|ribu|persen|%)", "\\1\u00a0\\2",
                                        re.sub(r"(Rp\.?) (?=\d)", "\\1\u00a0", t)),
    "trailing spaces": lambda t: _each_line(t, lambda ln: ln + "  "),
    "indented lines": lambda t: _each_line(t, lambda ln: "   " + ln, prose_only=True),
    "curly quotes": lambda t: t.replace('"', "\u201c").replace("'", "\u2019").replace(" - ", " \u2013 "),
    "byte-order mark": lambda t: "\ufeff" + t,
    "html &nbsp;": lambda t: re.sub(r"(Rp\.?) (?=\d)", "\\1&nbsp;", t).replace(" & ", " &amp; "),
    "zero-width space": lambda t: t.replace("Program ", "Program\u200b "),
    "page mark 'Halaman N dari 40'": lambda t: _every_40_lines(t, lambda p: ["", f"Halaman {p} dari 40", ""]),
    "page mark '- N -'": lambda t: _every_40_lines(t, lambda p: [f"- {p} -"]),
    "page mark 'III-N'": lambda t: _every_40_lines(t, lambda p: ["", f"III-{p}", ""]),
    "running title with its page": lambda t: _every_40_lines(
        t, lambda p: ["", f"LKPJ Bupati Contoh Tahun 2022 - Halaman {p}", ""]),
    "page number alone": lambda t: _every_40_lines(t, lambda p: ["", str(p), ""]),
}


@pytest.fixture(scope="module")
def clean_findings():
    return {p: findings(p.read_text(encoding="utf-8")) for p in REPORTS}


@pytest.mark.skipif(not REPORTS, reason="../shared (seeds, dev) is not next to the repository")
@pytest.mark.parametrize("copy", list(COPIES))
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem[:24])
def test_a_copied_report_gives_what_the_report_gives(path, copy, clean_findings):
    assert findings(COPIES[copy](path.read_text(encoding="utf-8"))) == clean_findings[path]


def test_a_page_mark_inside_a_sentence_is_passed_over():
    text = ("Program Pemberdayaan Sosial dengan pagu sebesar Rp 2.806.079.420,- dengan realisasi Rp 2.737.997.440,-\n"
            "\nHalaman 2 dari 40\n\n(97,57%) secara rinci dapat dilihat pada lampiran.\n")
    report = extract_text(text)
    assert [(c.check, c.verdict, c.stated) for c in report.checks] == [("budget_percent", "consistent", 97.57)]
    assert len(report.text) == len(text)  # the mark became spaces: offsets stay put
    assert "Halaman" not in report.text


@pytest.mark.parametrize("line", [
    "Untuk rinciannya dapat dilihat pada halaman 12",   # a sentence naming a page, no running title
    "12",                                                # a number alone: as often a wrapped figure
    "Hal tersebut disebabkan oleh 3 faktor",
])
def test_a_line_that_is_no_page_mark_stays(line):
    text = f"Realisasi anggaran tahun 2022\n\n{line}\n\nsebesar 95%.\n"
    assert line in extract_text(text).text
