"""The library's own exceptions. All subclass ``KesosError`` (a ``ValueError``), never carry an
empty message, and name the file where there is one."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union


class KesosError(ValueError):
    """Base class of every error kesos_extract raises on bad input."""


class InputError(KesosError):
    """A file cannot be read as a report: missing, unsupported, encrypted, scanned, not text..."""

    def __init__(self, path: Union[str, Path, None], problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class UnsupportedFormatError(InputError):
    """The file's type is not one kesos_extract reads."""


class EncryptedDocumentError(InputError):
    """The PDF is encrypted and cannot be opened without a password."""


class NoTextError(InputError):
    """The document has no text layer (a scan) or is empty."""


class MalformedNumberError(KesosError):
    """A number-like string that cannot be read honestly (``13,11,00``, ``54, 907`` alone...)."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {text!r} as a number: {reason}")


class GrammarError(KesosError):
    """A grammar data file is invalid: the message names the file and key."""

    def __init__(self, file: str, key: Optional[str], problem: str):
        self.file = file
        self.key = key
        super().__init__(f"grammar {file}{' key ' + key if key else ''}: {problem}")
