"""A probe file's report cut into its passages, for the tests that compare a text with its PDF and
Word exports passage by passage (test_probe_exports.py, test_probe_exports2.py): written once."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from kesos_extract import extract

# what a reader may leave out or put between a passage's words: spaces, bullets, pipes, stars
SKIPPED = "*|•-–:"


def squeeze(text: str) -> tuple[str, list[int]]:
    """The text without spaces, bullets, pipes and markdown stars, and each kept character's offset."""
    kept, where = [], []
    for i, ch in enumerate(text):
        if ch.isspace() or ch in SKIPPED:
            continue
        kept.append(ch)
        where.append(i)
    return "".join(kept), where


def passage_results(path: Path, blocks: list[str], find: Callable[[str, str, int], int],
                    activities: bool = False) -> list[dict]:
    """The result of one file cut into its passages (``blocks``, in order): a passage starts where
    ``find`` (squeezed text, passage, from) finds its first words. Per passage: its checks (check,
    verdict, stated, operands), programs (name, pagu, realisasi, percent, and the activities' names
    where ``activities``) and number of tables."""
    report = extract(path)
    squeezed, where = squeeze(report.text)
    starts, at = [], 0
    for block in blocks:
        found = find(squeezed, block, at)
        assert found >= 0, f"{path.name}: passage not found: {block[:60]!r}"
        start = where[found]
        while start and report.text[start - 1] in SKIPPED + " \t":  # a table's pipe, a bullet before it
            start -= 1
        starts.append(start)
        at = found + 1
    ends = starts[1:] + [len(report.text) + 1]
    out = []
    for start, end in zip(starts, ends):
        inside = lambda s: s is not None and start <= s < end  # noqa: E731
        out.append({
            "checks": sorted((c.check, c.verdict, c.stated, tuple(sorted(c.operands.items())))
                             for c in report.checks if inside(c.start)),
            "programs": [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent)
                         + ((tuple(a.name for a in p.activities),) if activities else ())
                         for p in report.programs if inside(p.start)],
            "tables": len([t for t in report.tables if inside(t.start)]),
        })
    return out
