"""kesos_extract: Indonesian social-welfare reports into checked, structured data.

>>> import kesos_extract as kx
>>> kx.parse_amount("Rp. 2.270.000.000,00")
Decimal('2270000000.00')
"""

from .catalogue import MatchResult, match
from .errors import (EncryptedDocumentError, GrammarError, InputError, KesosError, MalformedNumberError,
                     NoTextError, UnsupportedFormatError)
from .mentions import extract_mentions
from .models import Report, report_json_schema
from .numbers import ParsedNumber, format_number, parse_number
from .parsers import parse_amount, parse_percentage
from .pipeline import extract, extract_text
from .readers import ReadLimits, read_document
from .words import parse_words, to_words

__version__ = "0.1.0"

from . import batch  # noqa: E402 - needs __version__

__all__ = [
    "extract", "extract_text", "read_document", "ReadLimits", "match", "MatchResult", "extract_mentions", "parse_number",
    "parse_amount",
    "parse_percentage", "parse_words", "to_words", "format_number", "ParsedNumber", "Report",
    "report_json_schema", "KesosError", "InputError", "UnsupportedFormatError", "EncryptedDocumentError",
    "NoTextError", "MalformedNumberError", "GrammarError", "batch", "__version__",
]
