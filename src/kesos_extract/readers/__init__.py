"""Readers: one per format, each turning a file into one :class:`~kesos_extract.document.Document`.

``read_document(path)`` picks the reader from the file's extension and checks that the content
is what the extension says, raising :class:`~kesos_extract.errors.InputError` subclasses with
one clear message otherwise.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Union

from ..document import Document
from ..errors import InputError, UnsupportedFormatError

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                      ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


def format_of(path: Path) -> str:
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormatError(
            path, f"unsupported file type {path.suffix or '(no extension)'!r}; "
            f"kesos_extract reads {', '.join(sorted(set(SUPPORTED_SUFFIXES)))}")
    return fmt


def _reader(fmt: str) -> Callable[[Path, bytes], Document]:
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf
    if fmt == "docx":
        from .docx import read_docx
        return read_docx
    from .text import read_text
    return read_text


def read_document(path: Union[str, Path]) -> Document:
    """Read a report file into a normalised :class:`Document` with provenance."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a report file")
    fmt = format_of(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot be read: {e.strerror or e}") from e
    if not data.strip():
        raise InputError(path, "is empty")
    _check_magic(path, fmt, data)
    doc = _reader(fmt)(path, data)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc


def _check_magic(path: Path, fmt: str, data: bytes) -> None:
    """Refuse a file that is not what its extension says, before a parser fails obscurely."""
    head = data[:8]
    if fmt == "pdf" and not data[:1024].lstrip().startswith(b"%PDF"):
        raise InputError(path, "has a .pdf extension but is not a PDF file")
    if fmt == "docx" and not head.startswith(b"PK\x03\x04"):
        raise InputError(path, "has a .docx extension but is not a Word (.docx) file")
    if fmt in ("txt", "md", "html"):
        if head.startswith(b"%PDF"):
            raise InputError(path, f"is a PDF file, not {fmt}: rename it to .pdf")
        if head.startswith(b"PK\x03\x04"):
            raise InputError(path, f"is a zip/Office file, not {fmt}: rename it to .docx if it is a Word file")
