"""Work done once on a document's whole text and kept while the document is extracted.

Several stages ask the same things of the text (its sentences, its repaired figures, the line
starts of its headings), so those answers are cached, keyed by the text. Once the report is made
they are of no use, and a cache that holds a long report's text and its answers (megabytes) would
keep them until a later document pushed them out: a batch would hold up to eight documents it
is done with. Caches of this kind say so with :func:`per_document`, and :func:`forget` (called
when a document's report is made) empties them all.
"""

from __future__ import annotations

from typing import Callable, TypeVar

_CLEARERS: list[Callable[[], None]] = []

F = TypeVar("F")


def per_document(cached: F) -> F:
    """Mark an ``lru_cache``-wrapped function whose entries belong to one document's text."""
    _CLEARERS.append(cached.cache_clear)  # type: ignore[attr-defined]
    return cached


def forget_on_done(clear: Callable[[], None]) -> None:
    """Register another per-document cache by the function that empties it (a plain dict's ``clear``)."""
    _CLEARERS.append(clear)


def forget() -> None:
    """Empty every per-document cache: the document they were filled for is done."""
    for clear in _CLEARERS:
        clear()
