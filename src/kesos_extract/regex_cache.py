"""Compiled regexes kept on disk between runs, as Python keeps compiled modules in ``__pycache__``.

The ``regex`` module parses a pattern in Python: the grammars' patterns (some of them thousands of
characters long) take about 0.15-0.2 s of CPU to compile, at the first extraction of every process
(a third of the time a 50-page PDF takes), and the modules' own patterns (some 700, compiled when
they are imported) about 0.3 s more. A compiled ``regex`` pattern pickles as its compiled code,
and unpickles without being parsed again (the 71 grammar patterns: 4 ms; all 860: 45 ms). So the
patterns compiled here (the grammars', the modules', and those built from the grammars'
vocabularies at the first extraction) are kept in one pickle file per ``regex`` and Python version, in
``$KESOS_CACHE_DIR``, else ``$XDG_CACHE_HOME/kesos_extract``, else ``~/.cache/kesos_extract``;
``KESOS_CACHE_DIR=off`` keeps nothing on disk.

The cache is an optimisation only: a file that is missing, unreadable, from another version or
damaged is ignored (the patterns are compiled as usual), and a directory that cannot be written
is left alone. A pattern is looked up by its source text and flags, so a changed grammar is
compiled again, never taken from the cache. The file is written once, when the process ends,
if a pattern was compiled that it did not hold, with the patterns that process used (those of
an older grammar do not pile up); processes writing it at once each replace it whole (never a
file half written).
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Optional

import regex

_OFF = {"off", "0", "no", "false", "none"}

_patterns: Optional[dict[tuple[str, int], regex.Pattern]] = None  # loaded at the first compile
_new = False  # a pattern was compiled that the file does not hold
_used: set[tuple[str, int]] = set()  # the patterns this process asked for: what the file keeps


def cache_file() -> Optional[Path]:
    """Where the compiled patterns are kept, or None when keeping them is turned off."""
    where = os.environ.get("KESOS_CACHE_DIR")
    if where is not None and where.strip().lower() in _OFF:
        return None
    if not where:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "kesos_extract")
    version = getattr(regex, "__version__", "unknown")
    return Path(where) / f"regex-{version}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def _load() -> dict[tuple[str, int], regex.Pattern]:
    path = cache_file()
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            got = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: compile as usual
        return {}
    if not isinstance(got, dict):
        return {}
    return {k: v for k, v in got.items()
            if isinstance(k, tuple) and len(k) == 2 and isinstance(v, regex.Pattern) and v.pattern == k[0]}


def compile(pattern: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - regex.compile's name and use
    """``regex.compile(pattern, flags)``, taken from the disk cache when it holds it."""
    global _patterns, _new
    if _patterns is None:
        _patterns = _load()
        atexit.register(save)
    key = (pattern, flags)
    _used.add(key)
    got = _patterns.get(key)
    if got is None:
        got = _patterns[key] = regex.compile(pattern, flags)
        _new = True
    return got


def save() -> None:
    """Write the cache file if a pattern was compiled that it did not hold (at exit)."""
    global _new
    path = cache_file()
    if not _new or path is None or not _patterns:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                # only what this process used: patterns of an older grammar do not pile up
                pickle.dump({k: v for k, v in _patterns.items() if k in _used}, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _new = False
    except OSError:
        pass  # a read-only home, a full disk: the next run compiles again
