"""The report's models share one set of given field names per class and fields given
(models._Model.model_post_init), and still say which fields were given, as pydantic does."""

from __future__ import annotations

import copy

import pytest

from kesos_extract import extract_text
from kesos_extract.models import Cell, Check, Mention

MENTION = dict(kind="percentage", value=95.0, unit="%", text="95%", start=0, end=3)


def test_models_given_the_same_fields_share_one_set():
    a, b = Cell(text="a"), Cell(text="b")
    assert a.model_fields_set is b.model_fields_set
    assert a.model_fields_set == {"text"}
    c = Cell(text="c", value=1.0)
    assert c.model_fields_set == {"text", "value"}
    assert c.model_fields_set is not a.model_fields_set


@pytest.mark.parametrize("build", [
    lambda: Cell(text="x"),
    lambda: Cell.model_validate({"text": "x"}),
    lambda: Mention(**MENTION),
    lambda: Mention.model_validate_json('{"kind": "count", "value": 5, "text": "5 KK", "start": 0, "end": 4}'),
])
def test_assigning_a_field_changes_only_that_model(build):
    one, other = build(), build()
    before = set(other.model_fields_set)
    one.unit = "orang"
    assert "unit" in one.model_fields_set
    assert other.model_fields_set == before  # the shared set was not changed
    assert one.unit == "orang" and other.unit != "orang"


def test_copies_keep_their_own_field_names():
    a = Cell(text="a")
    b = a.model_copy(update={"unit": "%"})
    assert b.model_fields_set == {"text", "unit"} and a.model_fields_set == {"text"}
    d = copy.deepcopy(a)
    d.value = 2.0
    assert d.model_fields_set == {"text", "value"} and a.model_fields_set == {"text"}


def test_dumps_that_leave_out_unset_fields_are_as_pydantic_makes_them():
    check = Check(check="budget_percent", verdict="consistent", severity="info", quote="q", start=0, end=1,
                  message="m")
    assert set(check.model_dump(exclude_unset=True)) == {"check", "verdict", "severity", "quote", "start", "end",
                                                          "message"}
    check.stated = 95.0
    assert "stated" in check.model_dump(exclude_unset=True)
    assert "stated" not in Check(**check.model_dump(exclude={"stated"})).model_dump(exclude_unset=True)


def test_a_whole_report_shares_the_sets():
    report = extract_text("Realisasi anggaran Rp 950.000.000 dari pagu Rp 1.000.000.000 atau 95%.\n\n"
                          "| Program | Pagu | Realisasi | % |\n|---|---|---|---|\n| A | 100 | 90 | 90 |\n")
    sets = {id(m.model_fields_set) for m in report.mentions}
    assert len(report.mentions) >= 3 and len(sets) < len(report.mentions)
    cells = [c for t in report.tables for r in t.rows for c in r]
    assert cells and len({id(c.model_fields_set) for c in cells}) < len(cells)


def test_models_hold_their_values_in_dicts_of_their_own():
    # the values of each model are kept in a key-sharing copy (models._key_sharing_copy): each
    # model's values stay its own, in pydantic's field order, through assignment, copy and pickle
    import pickle

    a, b = Mention(**MENTION), Mention(**MENTION)
    assert a.__dict__ is not b.__dict__
    assert list(a.__dict__) == list(Mention.model_fields)
    a.value, a.unit = 96.0, "persen"
    assert (b.value, b.unit) == (95.0, "%")
    assert a.model_dump()["value"] == 96.0 and b.model_dump()["value"] == 95.0
    for twin in (copy.deepcopy(a), pickle.loads(pickle.dumps(a)), a.model_copy()):
        assert twin == a and twin.__dict__ is not a.__dict__
    assert Mention.model_validate_json(a.model_dump_json()) == a
