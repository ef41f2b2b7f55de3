"""The official nomenclature of programs and activities, and fuzzy matching of names to it.

The catalogue is data (``catalogue/nomenclature.yaml``), validated when loaded. Matching follows
RapidFuzz's conventions: keyword-only options, an explicit processor, a ``score_cutoff`` below
which the answer is ``None`` (an honest "no match"), and ties resolved by catalogue order.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal, Optional

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process, utils

from .errors import GrammarError
from .models import CatalogueMatch

EntryKind = Literal["program", "activity"]
DEFAULT_CUTOFF = 88.0


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str
    kind: EntryKind
    name: str
    regulation: str
    aliases: list[str] = Field(default_factory=list)


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    entries: list[Entry]


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    path = resources.files("kesos_extract").joinpath("catalogue/nomenclature.yaml")
    try:
        return Catalogue.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (ValidationError, yaml.YAMLError) as e:
        raise GrammarError("catalogue/nomenclature.yaml", None, str(e).splitlines()[0]) from e


def _processor(name: str) -> str:
    """Lower case, no punctuation, no leading "Program": the word says nothing about which one."""
    s = utils.default_process(name)
    return regex.sub(r"^program\s+", "", s)


@lru_cache(maxsize=2)
def _choices(kind: EntryKind) -> tuple[list[str], list[Entry]]:
    names, entries = [], []
    for e in load_catalogue().entries:
        if e.kind == kind:
            for n in [e.name, *e.aliases]:
                names.append(n)
                entries.append(e)
    return names, entries


def program_names() -> list[str]:
    """Every official program name and alias, in catalogue order."""
    return list(_choices("program")[0])


def match(name: str, *, kind: EntryKind = "program", score_cutoff: float = DEFAULT_CUTOFF) -> Optional[CatalogueMatch]:
    """The catalogue entry ``name`` most likely means, or ``None`` when none scores ``score_cutoff``.

    >>> match("Program pembinaan anak terlantar").code
    '1.13.17'
    >>> match("Program Penanggulangan Bencana Berbasis Masyarakat") is None
    True
    """
    names, entries = _choices(kind)
    if not name.strip() or not names:
        return None
    best = process.extractOne(name, names, scorer=fuzz.token_sort_ratio, processor=_processor,
                              score_cutoff=score_cutoff)
    if best is None:
        return None
    _, score, index = best
    entry = entries[index]
    return CatalogueMatch(code=entry.code, name=entry.name, score=round(float(score), 1))


def match_program(name: str, *, score_cutoff: float = DEFAULT_CUTOFF) -> Optional[CatalogueMatch]:
    return match(name, kind="program", score_cutoff=score_cutoff)


def match_activity(name: str, *, score_cutoff: float = DEFAULT_CUTOFF) -> Optional[CatalogueMatch]:
    return match(name, kind="activity", score_cutoff=score_cutoff)
