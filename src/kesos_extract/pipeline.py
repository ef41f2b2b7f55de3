"""The whole job for one report: read → normalise → structure → mentions → claims → checks.

Each stage only reads what the stages before it produced; none reaches back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from . import document_caches
from .audit import audit
from .catalogue import annotate
from .claims import find_claims
from .document import Document
from .errors import KesosError
from .mentions import extract_mentions
from .models import Report, Source
from .programs import find_programs
from .readers import DEFAULT_LIMITS, ReadLimits, read_document
from .readers.text import text_document
from .normalise import normalise_text
from .structure import build_outline, program_list, report_metadata
from .flat_tables import flat_budget_tables
from .tables import type_tables


def extract(path: Union[str, Path], *, limits: ReadLimits = DEFAULT_LIMITS, ocr: Optional[str] = None) -> Report:
    """Read the report at ``path`` and return its checked, structured :class:`Report`.
    ``limits`` bounds what a file may ask of the reader (:class:`~kesos_extract.readers.ReadLimits`);
    ``ocr``: "auto", "never" or "always" for PDF pages without a text layer (readers/ocr.py)."""
    return extract_document(read_document(path, limits=limits, ocr=ocr))


def extract_or_error(path: Union[str, Path]) -> tuple[Optional[Report], Optional[str]]:
    """:func:`extract`, with a bad input turned into its one-line reason (naming the file) instead
    of an exception: what batch tools need, so that one bad file never stops the others."""
    try:
        return extract(path), None
    except KesosError as e:
        message = str(e)
        return None, message if message.startswith(str(path)) else f"{path}: {message}"
    except Exception as e:  # noqa: BLE001 - a bug on one file must not stop a batch
        return None, f"{path}: internal error ({type(e).__name__}: {e}); please report it with this file"


def extract_text(text: str, *, name: str = "<text>") -> Report:
    """The same as :func:`extract` for a string already in memory."""
    import hashlib

    doc = text_document(normalise_text(text), name)  # as readers.text reads a file
    doc.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_document(doc)


def extract_document(doc: Document) -> Report:
    try:
        return _extract_document(doc)
    finally:
        document_caches.forget()  # what the stages cached of this document's text


def _extract_document(doc: Document) -> Report:
    items = program_list(doc)  # the program list: for the outline and for the programs
    sections = build_outline(doc, items)
    document_caches.forget(after="outline")  # (the line starts of program names, headings, ...)
    mentions = extract_mentions(doc.text, page_at=doc.page_at)
    if doc.ocr_pages:  # text read by OCR: each mention says how sure Tesseract was
        for m in mentions:
            m.ocr_confidence = doc.ocr_confidence(m.start, m.end)
    # tables read from their cells, and budget tables flattened to lines read from their program rows
    tables = sorted(type_tables(doc) + flat_budget_tables(doc, items), key=lambda t: t.start)
    claims = find_claims(doc, mentions, tables)
    programs = find_programs(doc, sections, mentions, tables, claims, items)
    checks = audit(doc, mentions, claims, programs, tables)
    meta = report_metadata(doc)
    # catalogue codes in the nomenclature of the report's year, kegiatan within their program's
    annotate(programs, year=meta.year, region=meta.region)
    return Report(
        source=Source(path=doc.path, sha256=doc.sha256, format=doc.format,  # type: ignore[arg-type]
                      pages=doc.pages, encoding=doc.encoding, warnings=list(doc.warnings)),
        report=meta,
        text=doc.text,
        sections=sections,
        programs=programs,
        mentions=mentions,
        tables=tables,
        checks=checks,
    )
