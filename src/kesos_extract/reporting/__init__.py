"""Reports for people, above the pipeline: the audit's checks arranged as findings
(:mod:`.findings`) and rendered as text, Markdown, CSV, JSON or one self-contained HTML page
(:mod:`.formats`), written so that a failure leaves no file behind (:mod:`.output`).

Data flows one way: the pipeline (and its audit stage) makes a :class:`~kesos_extract.models.Report`;
this package only reads reports.
"""

from __future__ import annotations

from .findings import Finding, Place, ReportView, Segment, build_view, build_views, likely_cause, summary_line
from .formats import RENDERERS, neutralise, render_csv, render_html, render_json, render_markdown, render_text
from .output import OutputError, check_output_path, write_output

__all__ = [
    "Finding", "Place", "ReportView", "Segment", "build_view", "build_views", "likely_cause", "summary_line",
    "RENDERERS", "neutralise", "render_csv", "render_html", "render_json", "render_markdown", "render_text",
    "OutputError", "check_output_path", "write_output",
]
