"""Readers: one per format, each turning a file into one :class:`~kesos_extract.document.Document`.

``read_document(path)`` picks the reader from the file's extension and checks that the content
is what the extension says, raising :class:`~kesos_extract.errors.InputError` subclasses with
one clear message otherwise.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Union

from ..document import Document
from ..errors import InputError, KesosError, UnsupportedFormatError

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                      # reStructuredText (pandoc -t rst, docutils): plain text with ruled tables (readers/ruled.py)
                      ".rst": "txt",
                      ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx",
                      # Word's macro-enabled documents and templates: the same package (readers/docx.py)
                      ".docm": "docx", ".dotx": "docx", ".dotm": "docx"}


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


@dataclass(frozen=True)
class ReadLimits:
    """How much a file may ask of the reader before it is refused with a clear error. Raise them
    for a genuine report that needs more: ``read_document(path, limits=ReadLimits(...))``."""

    # a DOCX is a zip: its members unpacked together, and how many there are (zip bombs)
    max_unpacked_bytes: int = 512 * 2**20
    max_members: int = 5000


DEFAULT_LIMITS = ReadLimits()


def read_document(path: Union[str, Path], *, limits: ReadLimits = DEFAULT_LIMITS, ocr: Optional[str] = None) -> Document:
    """Read a report file into a normalised :class:`Document` with provenance.

    Every problem of the file itself ends in an :class:`InputError` naming the file; the
    parser's own exception stays as its ``__cause__``. ``ocr`` (PDF): "auto", "never" or "always"
    (:mod:`.ocr`); $KESOS_OCR, else "auto", where not given."""
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
    if fmt == "docx":
        _check_container(path, data, limits)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        # PDFium and pdfplumber read the file from disk as they need it: a long PDF's bytes (or a
        # scanned one's images) are not held in memory while its pages are read
        data = None  # type: ignore[assignment]
    try:
        doc = _reader(fmt)(path, data, ocr=ocr) if ocr and fmt == "pdf" else _reader(fmt)(path, data)
    except KesosError:
        raise
    except RecursionError as e:
        raise InputError(path, f"is nested too deeply to be read as {fmt}") from e
    except Exception as e:  # noqa: BLE001 - a damaged file may make a parser raise anything
        raise InputError(path, f"is a damaged {fmt.upper()} file ({type(e).__name__}: {_short(e)})") from e
    doc.sha256 = sha256
    return doc


def _check_magic(path: Path, fmt: str, data: bytes) -> None:
    """Refuse a file that is not what its extension says, before a parser fails obscurely."""
    head = data[:8]
    if fmt == "pdf" and not data[:1024].lstrip().startswith(b"%PDF"):
        raise InputError(path, "has a .pdf extension but is not a PDF file")
    if fmt == "docx" and not head.startswith(b"PK\x03\x04"):
        raise InputError(path, f"has a {path.suffix.lower()} extension but is not a Word (.docx) file")
    if fmt in ("txt", "md", "html"):
        if head.startswith(b"%PDF"):
            raise InputError(path, f"is a PDF file, not {fmt}: rename it to .pdf")
        if head.startswith(b"PK\x03\x04"):
            raise InputError(path, f"is a zip/Office file, not {fmt}: rename it to .docx if it is a Word file")


def _short(e: Exception, limit: int = 160) -> str:
    text = " ".join(str(e).split())
    return text if len(text) <= limit else text[:limit] + "..."


def _check_container(path: Path, data: bytes, limits: ReadLimits) -> None:
    """Look inside a DOCX before any XML is parsed: refuse a zip bomb (by the sizes its directory
    declares, which zipfile then holds the members to) and XML with a DTD (entities are never
    expanded: there is nothing a report needs from a DTD)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > limits.max_members:
                raise InputError(path, f"holds {len(infos)} parts, more than the limit of {limits.max_members} "
                                       "(ReadLimits.max_members)")
            unpacked = sum(i.file_size for i in infos)
            if unpacked > limits.max_unpacked_bytes:
                raise InputError(path, f"unpacks to {unpacked / 2**20:,.0f} MB, more than the limit of "
                                       f"{limits.max_unpacked_bytes / 2**20:,.0f} MB (ReadLimits.max_unpacked_bytes)")
            for i in infos:
                if i.filename.endswith((".xml", ".rels")):
                    with z.open(i) as f:
                        head = f.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputError(path, f"has a DTD in {i.filename}; Word never writes one, so it is refused")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
            ValueError) as e:
        raise InputError(path, f"is not a readable Word document ({type(e).__name__}: {_short(e)})") from e
