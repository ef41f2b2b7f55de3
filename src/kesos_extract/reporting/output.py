"""Writing a rendered report to a file: whole or not at all.

The folder is checked before any work is done; the text goes to a temporary file beside the
target that replaces it only once fully written, so a full disk or a broken pipe never leaves a
truncated or empty report behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import KesosError


class OutputError(KesosError):
    """The output file cannot be written; the message names it and the problem in one line."""

    def __init__(self, path: Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"cannot write {path}: {problem}")


def check_output_path(path: Path) -> None:
    """Raise :class:`OutputError` if ``path`` cannot be a file to write (its folder is missing or
    is not a folder, or ``path`` is a folder)."""
    folder = path.parent
    if path.is_dir():
        raise OutputError(path, "it is a folder")
    if not folder.exists():
        raise OutputError(path, f"folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(path, f"{folder} is not a folder")


def write_output(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (UTF-8) atomically, or raise :class:`OutputError` and leave no
    file behind."""
    check_output_path(path)
    data = text.encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(path, f"cannot create a file in {path.parent}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            view = memoryview(data)
            while view:
                n = os.write(f.fileno(), view)
                view = view[n:]
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise OutputError(path, e.strerror or str(e)) from e
