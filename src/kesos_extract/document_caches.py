"""Work done once on a document's whole text and kept while the document is extracted.

Several stages ask the same things of the text (its sentences, its repaired figures, the line
starts of its headings), so those answers are cached, keyed by the text. Once the report is made
they are of no use, and a cache that holds a long report's text and its answers (megabytes) would
keep them until a later document pushed them out: a batch would hold up to eight documents it
is done with. Caches of this kind say so with :func:`per_document`, and :func:`forget` (called
when a document's report is made) empties them all.
"""

from __future__ import annotations

from typing import Callable, Optional, TypeVar

_CLEARERS: list[Callable[[], None]] = []
# the caches that no stage after a given one asks for, by that stage's name
_CLEARERS_AFTER: dict[str, list[Callable[[], None]]] = {}

F = TypeVar("F")


def per_document(cached: Optional[F] = None, *, until: Optional[str] = None):  # type: ignore[no-untyped-def]
    """Mark an ``lru_cache``-wrapped function whose entries belong to one document's text.
    ``until``: the stage ("outline": the program list and the outline) after which no stage
    asks for them: the pipeline lets them go then (:func:`forget` ``after=``), not only once the
    report is made, so that they do not add to the memory the last stages hold."""
    def mark(f: F) -> F:
        _CLEARERS.append(f.cache_clear)  # type: ignore[attr-defined]
        if until is not None:
            _CLEARERS_AFTER.setdefault(until, []).append(f.cache_clear)  # type: ignore[attr-defined]
        return f

    return mark if cached is None else mark(cached)


def forget_on_done(clear: Callable[[], None]) -> None:
    """Register another per-document cache by the function that empties it (a plain dict's ``clear``)."""
    _CLEARERS.append(clear)


def forget(after: Optional[str] = None) -> None:
    """Empty every per-document cache: the document they were filled for is done. With
    ``after``, only those that no stage after that one asks for (:func:`per_document`'s ``until``)."""
    for clear in _CLEARERS if after is None else _CLEARERS_AFTER.get(after, []):
        clear()
