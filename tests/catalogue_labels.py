"""The labelled set of names (tests/data/catalogue_labels.csv) and how it is scored.

Every row is a program or activity name as written in a seed report (corpus/) or a report of
shared/dev (``seen_in``), labelled by hand with the code it means in the nomenclature of the
report's year, or ``none``. Activities are matched the way the extract pipeline does it
(:func:`kesos_extract.catalogue.annotate`): first the row's program, then the activity among
that program's kegiatan, then among all. ``benchmarks/measure_match.py`` prints the scorer
comparison and the precision/recall table from the same functions.
"""

from __future__ import annotations

import contextlib
import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from kesos_extract import catalogue

LABELS = Path(__file__).resolve().parent / "data" / "catalogue_labels.csv"


@dataclass(frozen=True)
class Row:
    seen_in: str
    year: Optional[int]
    government: Optional[str]
    level: str          # program | activity
    program: str        # the program's name as written, for an activity
    name: str
    code: Optional[str]  # None: no match
    note: str


@lru_cache(maxsize=1)
def rows() -> tuple[Row, ...]:
    with LABELS.open(encoding="utf-8", newline="") as f:
        return tuple(Row(seen_in=r["seen_in"], year=int(r["year"]) if r["year"] else None,
                         government=r["government"] or None, level=r["level"], program=r["program"],
                         name=r["name"], code=None if r["code"] == "none" else r["code"], note=r["note"])
                     for r in csv.DictReader(f))


def predict(row: Row, *, score_cutoff: float = catalogue.DEFAULT_CUTOFF) -> Optional[str]:
    """The code the library gives the row's name, as the pipeline would."""
    if row.level == "program":
        m = catalogue.match_program(row.name, year=row.year, government=row.government, score_cutoff=score_cutoff)
        return m.code if m else None
    program = None
    if row.program:
        p = catalogue.match_program(row.program, year=row.year, government=row.government, score_cutoff=score_cutoff)
        program = p.code if p else None
    m = catalogue.match_activity(row.name, year=row.year, program=program, government=row.government,
                                 score_cutoff=score_cutoff)
    return m.code if m else None


def gaps() -> list[float]:
    """For each row whose code the library finds (ignoring cutoff and margin), how far the next
    code's score is below it: the margin can be as wide as the smallest of these for free."""
    out = []
    for row in rows():
        if row.code is None:
            continue
        level = "program" if row.level == "program" else catalogue.ACTIVITY_LEVELS
        program = None
        if row.level == "activity" and row.program:
            p = catalogue.match_program(row.program, year=row.year, government=row.government)
            program = p.code if p else None
        for prog in ([program] if program else []) + [None]:
            m = catalogue.match(row.name, level=level, year=row.year, program=prog, government=row.government,
                                score_cutoff=0, margin=0)
            if m.code == row.code:
                if len(m.candidates) > 1:
                    out.append(m.candidates[0].score - m.candidates[1].score)
                break
    return out


@dataclass(frozen=True)
class Score:
    n: int
    correct: int        # the prediction equals the label (a code or no match)
    returned: int       # rows given a code
    right_codes: int    # ... and that code is the label
    labelled: int       # rows labelled with a code
    wrong: tuple[tuple[Row, Optional[str]], ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.n

    @property
    def precision(self) -> float:
        return self.right_codes / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        return self.right_codes / self.labelled


def score(*, score_cutoff: float = catalogue.DEFAULT_CUTOFF) -> Score:
    correct = returned = right = 0
    wrong = []
    for row in rows():
        got = predict(row, score_cutoff=score_cutoff)
        correct += got == row.code
        returned += got is not None
        right += got is not None and got == row.code
        if got != row.code:
            wrong.append((row, got))
    return Score(n=len(rows()), correct=correct, returned=returned, right_codes=right,
                 labelled=sum(r.code is not None for r in rows()), wrong=tuple(wrong))


@contextlib.contextmanager
def without_aliases():
    """Match with the official spellings only (catalogue/aliases.yaml left out)."""
    original = catalogue.load_aliases

    def clear():
        catalogue._index.cache_clear()
        catalogue._subset.cache_clear()

    catalogue.load_aliases = lambda: catalogue.Aliases(description="left out", aliases=[])
    clear()
    try:
        yield
    finally:
        catalogue.load_aliases = original
        clear()
