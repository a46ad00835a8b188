from datetime import date

import pytest

from dossierwijs.core.rules.retention import RULES, retention


def test_leerlingdossier_is_a_two_year_convention_not_a_statute():
    answer = retention("leerlingdossier", date(2026, 7, 10))
    assert answer.keep_until == date(2028, 7, 10)
    assert answer.ask_deletion_from == date(2028, 7, 10)
    assert not answer.rule.is_statute and not answer.rule.is_minimum
    assert "niet in de wet" in answer.explanation


@pytest.mark.parametrize("kind", ["verzuim", "inschrijving"])
def test_absence_and_enrolment_data_must_be_kept_five_years(kind):
    answer = retention(kind, date(2026, 7, 10))
    assert answer.rule.is_minimum
    assert answer.keep_until == date(2031, 7, 10)
    assert answer.ask_deletion_from == date(2031, 7, 11)
    assert "bewaarplicht" in answer.explanation


def test_swv_keeps_at_most_three_years_and_the_start_is_hedged():
    answer = retention("samenwerkingsverband", date(2026, 3, 1))
    assert answer.keep_until == date(2029, 3, 1)
    assert answer.rule.confidence == "I"
    assert "Vraag het na" in answer.explanation


def test_leap_day_start_ends_on_28_february():
    assert retention("leerlingdossier", date(2024, 2, 29)).keep_until == date(2026, 2, 28)


def test_unknown_kind_is_refused_in_dutch():
    with pytest.raises(ValueError, match="Onbekende soort gegevens"):
        retention("foto's", date(2026, 1, 1))


def test_every_rule_has_sources():
    for rule in RULES.values():
        assert rule.source_ids and rule.basis


def test_asking_to_delete_the_pupil_file_keeps_the_five_year_data_apart():
    from datetime import date

    from dossierwijs.core.rules.retention import retention

    text = retention("leerlingdossier", date(2026, 7, 1)).explanation
    assert "alles te verwijderen" not in text
    assert "verzuim" in text and "5 jaar" in text


def test_the_bekostigingsbesluit_wpo_is_named_for_primary_schools_only():
    from dossierwijs.core.rules.retention import RULES

    for kind in ("verzuim", "inschrijving"):
        assert RULES[kind].basis.startswith("Basisonderwijs:")
        assert "voortgezet" in RULES[kind].hedge
