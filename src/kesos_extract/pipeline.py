"""The whole job for one report: read → normalise → structure → mentions → claims → checks.

Each stage only reads what the stages before it produced; none reaches back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

from .audit import audit
from .claims import find_claims
from .document import Document
from .mentions import extract_mentions
from .models import Report, Source
from .programs import find_programs
from .readers import read_document
from .readers.text import split_blocks
from .normalise import normalise_text
from .structure import build_outline, report_metadata
from .tables import type_tables


def extract(path: Union[str, Path]) -> Report:
    """Read the report at ``path`` and return its checked, structured :class:`Report`."""
    return extract_document(read_document(path))


def extract_text(text: str, *, name: str = "<text>") -> Report:
    """The same as :func:`extract` for a string already in memory."""
    import hashlib

    norm = normalise_text(text)
    doc = Document(path=name, format="txt", text=norm, blocks=split_blocks(norm),
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding="utf-8")
    return extract_document(doc)


def extract_document(doc: Document) -> Report:
    sections = build_outline(doc)
    mentions = extract_mentions(doc.text, page_at=doc.page_at)
    tables = type_tables(doc)
    claims = find_claims(doc, mentions)
    programs = find_programs(doc, sections, mentions, tables, claims)
    checks = audit(doc, mentions, claims, programs, tables)
    return Report(
        source=Source(path=doc.path, sha256=doc.sha256, format=doc.format,  # type: ignore[arg-type]
                      pages=doc.pages, encoding=doc.encoding, warnings=list(doc.warnings)),
        report=report_metadata(doc),
        text=doc.text,
        sections=sections,
        programs=programs,
        mentions=mentions,
        tables=tables,
        checks=checks,
    )
