"""What the probe modules of news passages assert, written once: the percentage checks of a text,
its rupiah amounts, and that its claims are the expected ones with no other mismatch."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text

PERCENT_CHECKS = ("budget_percent", "target_percent", "share_percent")


def percent_checks(text: str):
    return [c for c in extract_text(text).checks if c.check in PERCENT_CHECKS]


def amounts(text: str) -> list[float]:
    return [m.value for m in extract_text(text).mentions if m.kind == "amount"]


def expected_hits(checks: list, expected: list) -> list:
    """The checks each expected (check or checks, stated, numerator, denominator, verdict) finds,
    asserting there is one at least, of that check and with that verdict."""
    found = []
    for check, stated, num, den, verdict in expected:
        hits = [c for c in checks if c.stated == pytest.approx(stated)
                and (c.operands["numerator"], c.operands["denominator"]) == (pytest.approx(num), pytest.approx(den))]
        assert hits, (stated, [c.message for c in checks])
        kinds = (check,) if isinstance(check, str) else check
        assert all(c.check in kinds for c in hits), [c.check for c in hits]
        assert all(c.verdict == verdict for c in hits), [c.message for c in hits]
        found += hits
    return found


def assert_claims(text: str, expected: list) -> None:
    """Each expected (check or checks, stated, numerator, denominator, verdict) is among the text's
    checks with that verdict, and no other check of the text is a mismatch."""
    checks = percent_checks(text)
    expected_hits(checks, expected)
    mismatches = {round(s, 4) for _, s, _, _, v in expected if v == "mismatch"}
    assert [c.message for c in checks if c.verdict == "mismatch" and round(c.stated, 4) not in mismatches] == []


def slipped_claims(expected: list, before: float, after: float) -> list:
    """The expected claims of a passage whose percentage ``before`` was changed to ``after`` (a
    planted slip): that claim becomes a mismatch stating ``after``, the others stay."""
    slipped = [(check, after, num, den, "mismatch") if stated == before else (check, stated, num, den, verdict)
               for check, stated, num, den, verdict in expected]
    assert slipped != expected, f"no expected claim states {before}"
    return slipped


def passage_tests(passages: dict, slips: list):
    """The three tests of a probe module of passages, written once: each passage's claims are the
    expected ones (``passages``: name -> (text, [(check, stated, numerator, denominator, verdict)])),
    a passage expecting none has no percentage check, and each planted slip (``slips``: (name, text
    as written, text with the slip, stated before, stated after)) is the one mismatch. A module
    binds them to names starting with ``test_`` for pytest to collect."""

    @pytest.mark.parametrize("name", list(passages))
    def passage_claims(name):
        text, expected = passages[name]
        assert_claims(text, expected)

    @pytest.mark.parametrize("name", [n for n, (_, expected) in passages.items() if not expected])
    def control_has_no_claim(name):
        text, _ = passages[name]
        assert [c.message for c in percent_checks(text)] == []

    @pytest.mark.parametrize("name,old,new,before,after", slips, ids=[f"{s[0]}-{s[3]}->{s[4]}" for s in slips])
    def slip_is_the_one_mismatch(name, old, new, before, after):
        text, expected = passages[name]
        assert text.count(old) == 1
        assert_claims(text.replace(old, new), slipped_claims(expected, before, after))

    return passage_claims, control_has_no_claim, slip_is_the_one_mismatch
