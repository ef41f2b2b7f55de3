"""Pydantic models for everything that leaves the library: the output contract (CONTRACT.md).

Offsets are half-open character offsets into ``Report.text`` (the normalised text of the
whole report), so ``report.text[m.start:m.end] == m.text`` for every mention. ``page`` is
1-based where the source has pages, else ``None``.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_serializer

SCHEMA_VERSION = "1"


class _SharedFieldNames(set):
    """The names of the fields given to a model, one set shared by every model of a class given
    the same fields (see :meth:`_Model.model_post_init`)."""

    __slots__ = ()


# (model class, the field names given) -> the one set of those names that all such models share
_FIELD_NAME_SETS: dict[tuple[type, frozenset[str]], _SharedFieldNames] = {}


# (model class, its field names in order) -> an empty-valued __dict__ whose keys the class's
# instances share (CPython's key-sharing dicts, PEP 412)
_KEY_SHARING_TEMPLATES: dict[tuple[type, tuple[str, ...]], dict[str, Any]] = {}


def _key_sharing_copy(model: BaseModel) -> dict[str, Any]:
    """The model's field values in a dict that shares its keys with the other models of its class.

    pydantic-core gives every model a dict of its own keys: 184 bytes for a table cell's five
    fields, 464 for a mention's thirteen. A copy of a key-sharing dict, filled in the same key
    order, stays key-sharing and holds only the values: 112 and 176 bytes (a 585-page report's
    17 485 cells, 5 795 mentions and 3 820 checks: about 4 MiB less). Where the interpreter
    does not share keys this way the copy is an ordinary dict, and nothing else changes."""
    values = model.__dict__
    key = (type(model), tuple(values))
    template = _KEY_SHARING_TEMPLATES.get(key)
    if template is None:
        bare = object.__new__(type(model))  # an instance's first attributes make its class's shared keys
        for name in values:
            object.__setattr__(bare, name, None)
        template = _KEY_SHARING_TEMPLATES[key] = bare.__dict__
    compact = template.copy()
    for name, value in values.items():
        compact[name] = value
    return compact


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # pydantic gives every model its own set of the names of the fields it was given: some 730
    # bytes a model with more than four, half of a long report's memory (16 680 table cells,
    # 5 835 mentions, 3 825 checks at 585 pages: 19 of 38 MiB). The models of a class given the
    # same fields share one set instead; a model whose field is assigned afterwards gets its own
    # copy first (__setattr__), so model_fields_set stays what pydantic says it is.
    def model_post_init(self, context: Any, /) -> None:
        names = self.__pydantic_fields_set__
        key = (type(self), frozenset(names))
        shared = _FIELD_NAME_SETS.get(key)
        if shared is None:
            shared = _FIELD_NAME_SETS[key] = _SharedFieldNames(names)
        object.__setattr__(self, "__pydantic_fields_set__", shared)
        object.__setattr__(self, "__dict__", _key_sharing_copy(self))

    def __setattr__(self, name: str, value: Any) -> None:
        names = self.__pydantic_fields_set__
        if type(names) is _SharedFieldNames and name not in names:
            object.__setattr__(self, "__pydantic_fields_set__", set(names))
        super().__setattr__(name, value)


class Span(_Model):
    """Where a thing stands in ``Report.text``."""

    start: int
    end: int
    page: Optional[int] = None


MentionKind = Literal["amount", "percentage", "count", "target"]


class Mention(_Model):
    """A number found in the text: its value, unit and evidence."""

    kind: MentionKind
    value: Optional[float] = Field(description="value in rupiah (after scale) for amounts, else as written")
    unit: Optional[str] = Field(default=None, description="IDR, %, or the count's unit (jiwa, KK, orang, ...)")
    text: str = Field(description="the raw text of the mention: Report.text[start:end]")
    start: int
    end: int
    page: Optional[int] = None
    scale: float = Field(default=1, description="multiplier applied to the written number (1000 for 'ribu', ...)")
    raw_value: Optional[float] = Field(default=None, description="the number as written, before the scale")
    decimals: Optional[int] = Field(default=None, description="how many decimals the number was written with")
    words_value: Optional[float] = Field(default=None, description="value of an amount written in words beside it")
    grammar: Optional[str] = Field(default=None, description="grammar pattern that matched, 'file:pattern'")
    ocr_confidence: Optional[float] = Field(
        default=None, description="only for text read by OCR (a scanned PDF page): Tesseract's confidence, 0..1, "
        "the lowest of the mention's words; absent for text from a text layer")

    @model_serializer(mode="wrap")
    def _without_absent_ocr(self, handler):  # the field appears only where OCR read the mention
        data = handler(self)
        if isinstance(data, dict) and data.get("ocr_confidence", 0) is None:
            del data["ocr_confidence"]
        return data


SectionKind = Literal["chapter", "urusan", "agency", "program", "subsection", "activity", "list_item", "table"]


class Section(_Model):
    """A node of the report's own outline."""

    kind: SectionKind
    label: Optional[str] = None
    title: str
    subsection_kind: Optional[str] = Field(
        default=None,
        description="canonical kind of a lettered subsection: tujuan, sasaran, kegiatan, pagu_realisasi, "
        "hasil, permasalahan, solusi, capaian, other; program_group for a heading over a group of programs "
        "('A. PROGRAM POKOK'), its programs its children",
    )
    start: int
    end: int
    page: Optional[int] = None
    children: list["Section"] = Field(default_factory=list)


class CatalogueMatch(_Model):
    """The canonical nomenclature entry a name was matched to."""

    code: str
    name: str
    score: float
    regulation: Optional[str] = None
    level: Optional[Literal["program", "kegiatan", "sub_kegiatan"]] = None


class Budget(_Model):
    pagu: Optional[float] = None
    realisasi: Optional[float] = None
    percent: Optional[float] = None
    pagu_span: Optional[Span] = None
    realisasi_span: Optional[Span] = None
    percent_span: Optional[Span] = None


class Activity(_Model):
    name: str
    start: int
    end: int
    page: Optional[int] = None
    budget: Budget = Field(default_factory=Budget, description="the kegiatan's own figures, where the text "
                           "gives them after its name or in its table row; each may be null")
    catalogue: Optional[CatalogueMatch] = None


class Program(_Model):
    name: str
    start: int
    end: int
    page: Optional[int] = None
    budget: Budget = Field(default_factory=Budget)
    activities: list[Activity] = Field(default_factory=list)
    stated_activity_count: Optional[int] = None
    catalogue: Optional[CatalogueMatch] = None


class Cell(_Model):
    text: str
    value: Optional[float] = None
    unit: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Table(_Model):
    caption: Optional[str] = None
    page: Optional[int] = None
    start: int
    end: int
    scale: float = 1
    header: list[str] = Field(default_factory=list)
    rows: list[list[Cell]] = Field(default_factory=list)
    total_rows: list[int] = Field(default_factory=list, description="indexes of rows that are totals (Jumlah)")


CheckName = Literal[
    "budget_percent",
    "target_percent",
    "share_percent",
    "row_difference",
    "row_percent",
    "column_total",
    "row_total",
    "program_sum",
    "amount_in_words",
    "count_agreement",
    "count_times_rate",
    "parts_total",
    "unparseable",
]
Verdict = Literal["consistent", "truncated", "capped", "mismatch", "unparseable"]
Severity = Literal["error", "warning", "info"]


class Check(_Model):
    """One claim the audit tested, whatever its verdict."""

    check: CheckName
    verdict: Verdict
    severity: Severity
    stated: Optional[float] = None
    expected: Optional[float] = None
    operands: dict[str, Optional[float]] = Field(default_factory=dict)
    quote: str
    start: int
    end: int
    page: Optional[int] = None
    message: str


class Source(_Model):
    path: str
    sha256: str
    format: Literal["pdf", "docx", "txt", "md", "html"]
    pages: Optional[int] = None
    encoding: Optional[str] = None
    warnings: list[str] = Field(default_factory=list)


ReportType = Literal["LKPJ", "LKjIP", "LAKIP", "laporan_tahunan", "berita", "unknown"]


class ReportMeta(_Model):
    type: ReportType = "unknown"
    region: Optional[str] = None
    year: Optional[int] = None
    agency: Optional[str] = None
    evidence: dict[str, Span] = Field(default_factory=dict,
                                      description="where the text says each of type, region, year, agency (first place)")


class Report(_Model):
    """The JSON every report becomes (CONTRACT.md, version 1)."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    report: ReportMeta = Field(default_factory=ReportMeta)
    text: str
    sections: list[Section] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)


def report_json_schema() -> dict[str, Any]:
    """The full JSON Schema of :class:`Report`, as printed by ``kesos-extract schema``."""
    return Report.model_json_schema()


JSONValue = Union[dict, list, str, int, float, bool, None]
