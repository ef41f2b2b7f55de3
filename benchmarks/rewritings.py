#!/usr/bin/env python3
"""The same reports written the other ways real copies write them, and what changes.

    python benchmarks/rewritings.py                     # every rewriting, over the probe passages
    python benchmarks/rewritings.py rp_dot wrap40       # some of them
    python benchmarks/rewritings.py --reports wrap40    # over the seeds and dev texts (../shared)
    python benchmarks/rewritings.py --show wrap60 probe_web.txt#8   # one passage's differences
    python benchmarks/rewritings.py --packed            # documents of ~2 KB as a document site gives them
    python benchmarks/rewritings.py --packed --show - probes2/probe_web.txt#3   # one document's differences

``--packed``: the probe passages of each fixture file packed into documents of about 2 KB (as a
report runs on, passage after passage), each compared with its document-site copy (lines wrapped
at 72 columns, indented by four spaces, a blank line after every line, table rows included: rows
with tabs, pipes or two figures in a row are never wrapped), ignoring the check's kind (a claim
judged as a table's row in one and as prose in the other is the same finding). Stop 28: 208
documents, 50 differed, 5 new mismatches; after the fixes of branch document-sites, 34 and 1.

A rewriting that changes what the tool finds in a correct text is a bug, unless the rewriting is
one no real copy makes. The probe passages are tests/fixtures/probes*/*.txt, parted by two blank
lines (a correct passage, then often the same with a planted slip). Printed per rewriting: the
passages that differ as (passage, checks lost, checks new, of them mismatches, programs lost,
programs new). Stop 25 found with these: "Rp." with a dot ending a clause, "(P%)" before "dari
target", "9)" read as a count, text wrapped at 31-40 columns, a dateline before a goal. Measured,
never asserted: the tests keep what was fixed.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from pathlib import Path
from typing import Callable

from kesos_extract import extract_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _wrap(width: int) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        out = []
        for line in text.split("\n"):
            if len(line) > width and "|" not in line and "\t" not in line:
                out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            else:
                out.append(line)
        return "\n".join(out)
    return rewrite


def _double_spaces(text: str) -> str:
    rnd = random.Random(2)
    return re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if rnd.random() < 0.3 else " ", text)


def _document_site(text: str) -> str:
    """As document-sharing sites (123dok, vdokumen) give a PDF's text: lines wrapped at about 72
    columns, each indented and followed by a blank line, so that a paragraph's end is told only by
    a line that stops short."""
    return "\n\n".join("    " + line if line.strip() else "" for line in _wrap(72)(text).split("\n"))


REWRITINGS: dict[str, Callable[[str], str]] = {
    "wrap36": _wrap(36), "wrap40": _wrap(40), "wrap60": _wrap(60), "wrap72": _wrap(72),
    "rp_dot": lambda t: re.sub(r"\bRp\.? ?(?=\d)", "Rp. ", t),
    "rp_glued": lambda t: re.sub(r"\bRp\.? ?(?=[1-9])", "Rp", t),
    "bracket_percent": lambda t: re.sub(r"\batau\s+(\d[\d.,]*\s*(?:%|persen))", r"(\1)", t),
    "percent_sign": lambda t: re.sub(r"(\d) persen\b", r"\1%", t),
    "percent_space": lambda t: re.sub(r"(\d)%", r"\1 %", t),
    "paren_markers": lambda t: re.sub(r"(?m)^([ \t]*(?:- )?)(\d{1,2})\. ", r"\1\2) ", t),
    "no_blank_lines": lambda t: re.sub(r"\n[ \t]*\n(?=[^\t|\n]*(?:\n|$))", "\n", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nbsp": lambda t: re.sub(r"(\d) (miliar|juta|triliun|ribu|persen|%)", "\\1\u00a0\\2",
                             re.sub(r"(Rp\.?) (?=\d)", "\\1\u00a0", t)),
    "double_spaces": _double_spaces,
    "tabs_as_spaces": lambda t: t.replace("\t", "   "),
    "document_site": _document_site,
    "dateline": lambda t: "JAKARTA, KOMPAS.com - " + t,
    "counts_grouped": lambda t: re.sub(r"(?<![\d.,])(\d{4,7})(\s+(?:jiwa|orang|KK|KPM|anak|unit|paket))\b",
                                       lambda m: f"{int(m.group(1)):,}".replace(",", ".") + m.group(2), t),
}


def findings(text: str) -> tuple[list, list]:
    report = extract_text(text)
    checks = sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items()))) for c in report.checks)
    programs = [(" ".join(p.name.lower().split()), p.budget.pagu, p.budget.realisasi) for p in report.programs]
    return checks, programs


def passages() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("probes*/*.txt")):
        for k, text in enumerate(path.read_text(encoding="utf-8").split("\n\n\n")):
            if text.strip():
                out.append((f"{path.name}#{k}", text.strip("\n")))
    return out


# a flattened table's row (two figures apart by spaces): a PDF's row is never wrapped
_ROW = re.compile(r"\d[\d.,]*\s*%?\s+\S*\d[\d.,]*")


def _document_site_every_line(text: str) -> str:
    """A document site's copy with a blank line after every line, table rows too (dev 05)."""
    out = []
    for line in text.split("\n"):
        if len(line) > 72 and "|" not in line and "\t" not in line and not _ROW.search(line):
            out += textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        else:
            out.append(line)
    return "\n\n".join("    " + line if line.strip() else line for line in out)


def packed() -> list[tuple[str, str]]:
    """The probe passages of each fixture file packed into documents of about 2 KB."""
    out = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("probes*/*.txt")):
        docs, current = [], ""
        for passage in path.read_text(encoding="utf-8").split("\n\n\n"):
            current += passage.strip("\n") + "\n\n"
            if len(current) > 1500:
                docs.append(current)
                current = ""
        if current:
            docs.append(current)
        out += [(f"{path.parent.name}/{path.name}#{k}", doc) for k, doc in enumerate(docs)]
    return out


def kindless(found: tuple[list, list]) -> tuple[list, list]:
    """Findings without the check's kind (verdict, stated, operands)."""
    checks, programs = found
    return sorted(set(c[1:] for c in checks)), programs


def reports() -> list[tuple[str, str]]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "dev").glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def differences(before: tuple[list, list], after: tuple[list, list]) -> tuple[list, list, list, list]:
    return ([c for c in before[0] if c not in after[0]], [c for c in after[0] if c not in before[0]],
            [p for p in before[1] if p not in after[1]], [p for p in after[1] if p not in before[1]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rewritings", nargs="*", help=f"some of: {', '.join(REWRITINGS)}")
    parser.add_argument("--reports", action="store_true", help="the seeds and dev texts, not the probe passages")
    parser.add_argument("--packed", action="store_true",
                        help="documents of ~2 KB of probe passages against their document-site copies")
    parser.add_argument("--show", nargs=2, metavar=("REWRITING", "PASSAGE"), help="one passage's differences")
    args = parser.parse_args()
    if args.packed:
        return _main_packed(args.show[1] if args.show else None)
    texts = reports() if args.reports else passages()
    if args.show:
        name, key = args.show
        text = dict(texts)[key]
        lost_c, new_c, lost_p, new_p = differences(findings(text), findings(REWRITINGS[name](text)))
        for label, items in (("LOST", lost_c), ("NEW ", new_c), ("LOST PROGRAM", lost_p), ("NEW PROGRAM ", new_p)):
            for item in items:
                print(label, item)
        print(REWRITINGS[name](text))
        return
    names = args.rewritings or list(REWRITINGS)
    unknown = [n for n in names if n not in REWRITINGS]
    if unknown:
        sys.exit(f"unknown rewriting(s): {', '.join(unknown)}; known: {', '.join(REWRITINGS)}")
    base = {key: findings(text) for key, text in texts}
    for name in names:
        changed = []
        for key, text in texts:
            lost_c, new_c, lost_p, new_p = differences(base[key], findings(REWRITINGS[name](text)))
            if lost_c or new_c or lost_p or new_p:
                mismatches = sum(1 for c in new_c if c[1] == "mismatch")
                changed.append((key, len(lost_c), len(new_c), mismatches, len(lost_p), len(new_p)))
        print(f"{name}: {len(changed)} of {len(texts)} differ, {sum(c[3] for c in changed)} new mismatches",
              changed, flush=True)


def _main_packed(show: str | None) -> None:
    changed = []
    for key, doc in packed():
        if show and key != show:
            continue
        copy = _document_site_every_line(doc)
        lost_c, new_c, lost_p, new_p = differences(kindless(findings(doc)), kindless(findings(copy)))
        if show:
            for label, items in (("LOST", lost_c), ("NEW ", new_c), ("LOST PROGRAM", lost_p), ("NEW PROGRAM ", new_p)):
                for item in items:
                    print(label, item)
            print(copy)
            return
        if lost_c or new_c or lost_p or new_p:
            mismatches = sum(1 for c in new_c if c[0] == "mismatch")
            changed.append((key, len(lost_c), len(new_c), mismatches, len(lost_p), len(new_p)))
            print(*changed[-1], flush=True)
    print(f"packed document_site: {len(changed)} of {len(packed())} differ, "
          f"{sum(c[3] for c in changed)} new mismatches")


if __name__ == "__main__":
    main()
