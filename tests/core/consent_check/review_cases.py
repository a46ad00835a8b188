"""The tests every outside-review module runs over its cases: each case keeps the judgment a
careful reader gives it, and each known gap is still read wrongly (strict xfail, so a gap
that closes is noticed); the newer modules also check the rules alone on every case. A case
the finding calibration doubts (``doubted``) keeps its finding, shown as a possible defect
that does not count (calibration.py; also doubt.purpose_absence_as_doubt)."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.calibration import MAYBE


def review_tests(cases: dict, known_gaps: dict, doubted: tuple[str, ...] = ()):
    """(test of the cases, test of the known gaps) for a module to bind at its top level."""

    @pytest.mark.parametrize("name", [n for n in cases if n not in known_gaps])
    def test_the_review_case_keeps_the_careful_judgment(name):
        criterion, expected, text, why = cases[name]
        judgement = check_consent_form(text).criteria[criterion]
        if name in doubted:
            assert expected == "gebrek" and judgement.oordeel == "ok", why
            assert judgement.uitleg.startswith(MAYBE), judgement.uitleg
        else:
            assert judgement.oordeel == expected, why

    @pytest.mark.parametrize("name", list(known_gaps) or ["none"])
    @pytest.mark.xfail(strict=True, reason="known gap, see KNOWN_GAPS")
    def test_the_known_gaps_are_still_read_wrongly(name):
        if name == "none":
            pytest.fail("no known gaps")  # an expected failure, so the strict mark holds
        criterion, expected, text, _ = cases[name]
        assert check_consent_form(text).criteria[criterion].oordeel == expected

    return (
        test_the_review_case_keeps_the_careful_judgment,
        test_the_known_gaps_are_still_read_wrongly,
    )


def rules_alone_test(cases: dict, doubted: tuple[str, ...] = ()):
    """A test that the rules alone (no reading by meaning) keep every careful judgment; a
    ``doubted`` case shows its finding as a possible defect that does not count."""

    @pytest.mark.parametrize("name", list(cases))
    def test_the_rules_alone_keep_every_careful_judgment(name):
        criterion, expected, text, why = cases[name]
        judgement = check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion]
        if name in doubted:
            assert expected == "gebrek" and judgement.oordeel == "ok", why
            assert judgement.uitleg.startswith(MAYBE), judgement.uitleg
        else:
            assert judgement.oordeel == expected, why

    return test_the_rules_alone_keep_every_careful_judgment
