"""Outline of a report: chapters, urusan, agency, programs, lettered subsections, activities.

Stage 3 of the pipeline (read → normalise → structure → mentions → claims → checks).
"""

from __future__ import annotations

from .document import Document
from .models import ReportMeta, Section


def build_outline(doc: Document) -> list[Section]:
    """The nested outline of ``doc`` (headings recognised by pattern and position)."""
    return []


def report_metadata(doc: Document) -> ReportMeta:
    """Report type, region, reporting year and agency, or None where the text does not say."""
    return ReportMeta()
