""""P persen di antaranya" after a part's percentage: among those just counted (the nearest larger
count that is itself a part), not the whole stated before them (claims._Finder.implicit_whole)."""

from __future__ import annotations

from kesos_extract import extract_text


def _share(text: str, stated: float):
    (check,) = [c for c in extract_text(text).checks if c.stated == stated]
    return check


def test_among_the_part_counted_just_before() -> None:
    check = _share(
        "Sasaran kepesertaan PBI daerah tahun ini ditetapkan 410.000 jiwa. Hingga November, yang sudah "
        "terdaftar aktif di BPJS Kesehatan 396.547 jiwa atau 96,71 persen. Sebanyak 124.200 jiwa atau "
        "31,32 persen di antaranya berusia di atas 60 tahun.", 31.32)
    assert check.operands == {"numerator": 124200.0, "denominator": 396547.0}
    assert check.verdict == "consistent"


def test_among_the_whole_when_no_part_was_counted() -> None:
    check = _share(
        "Sasaran kepesertaan PBI daerah tahun ini ditetapkan 410.000 jiwa. Sebanyak 124.200 jiwa atau "
        "30,29 persen di antaranya berusia di atas 60 tahun.", 30.29)
    assert check.operands == {"numerator": 124200.0, "denominator": 410000.0}
    assert check.verdict == "consistent"
