from datetime import date

import pytest

from dossierwijs.core.rules.age import (
    access_request_requester,
    age_on,
    authorisation_text,
    birthday_in,
    who_decides,
)

BORN = date(2012, 5, 1)


def test_contract_example_parents_decide_at_14_under_avg():
    decision = who_decides(BORN, date(2026, 11, 28), "avg")
    assert decision.deciders == ["ouders"]
    assert decision.age == 14
    assert decision.next_change == date(2028, 5, 1)
    assert "UAVG" in decision.basis


def test_child_decides_from_the_16th_birthday_exactly():
    assert who_decides(BORN, date(2028, 4, 30), "avg").deciders == ["ouders"]
    assert who_decides(BORN, date(2028, 5, 1), "avg").deciders == ["kind"]


def test_parents_of_16_and_17_year_olds_get_a_hedged_note_about_progress():
    notes = " ".join(who_decides(BORN, date(2029, 1, 1), "avg").notes)
    assert "studievoortgang" in notes and "vraag het na" in notes


def test_avg_answer_mentions_the_unverified_bill_about_age_12_as_hedged():
    notes = " ".join(who_decides(BORN, date(2026, 1, 1), "avg").notes)
    assert "wetsvoorstel" in notes and "vraag het na" in notes


@pytest.mark.parametrize(
    "on, beslist",
    [
        (date(2024, 4, 30), ["ouders"]),  # day before the 12th birthday
        (date(2024, 5, 1), ["kind", "ouders"]),  # 12th birthday
        (date(2028, 4, 30), ["kind", "ouders"]),  # 15
        (date(2028, 5, 1), ["kind"]),  # 16th birthday
    ],
)
def test_care_provider_ages_12_and_16_on_the_day(on, beslist):
    assert who_decides(BORN, on, "wgbo").deciders == beslist


def test_wgbo_from_12_warns_that_the_file_is_not_simply_for_parents():
    assert "eigen rechten" in " ".join(who_decides(BORN, date(2025, 1, 1), "wgbo").notes)


def test_leap_day_child_turns_a_year_older_on_1_march_in_common_years():
    born = date(2012, 2, 29)
    assert birthday_in(born, 2029) == date(2029, 3, 1)
    assert age_on(born, date(2029, 2, 28)) == 16
    assert age_on(born, date(2029, 3, 1)) == 17
    assert age_on(born, date(2028, 2, 29)) == 16  # leap year: the real birthday
    assert age_on(born, date(2028, 2, 28)) == 15


def test_leap_day_child_in_2100_turns_12_on_1_march():
    born = date(2088, 2, 29)
    assert who_decides(born, date(2100, 2, 28), "wgbo").deciders == ["ouders"]
    assert who_decides(born, date(2100, 3, 1), "wgbo").deciders == ["kind", "ouders"]


def test_date_before_birth_and_unknown_regime_are_refused():
    with pytest.raises(ValueError):
        who_decides(BORN, date(2011, 1, 1), "avg")
    with pytest.raises(ValueError):
        who_decides(BORN, date(2026, 1, 1), "jeugdwet")


def test_access_request_by_parent_under_16_and_by_child_or_authorised_parent_from_16():
    under = access_request_requester(BORN, date(2028, 4, 30))
    assert under.requesters == ["ouders"] and not under.needs_authorisation
    over = access_request_requester(BORN, date(2028, 5, 1))
    assert over.requesters == ["kind"] and over.needs_authorisation
    assert "machtiging" in over.explanation


def test_authorisation_text_names_child_parents_organisation_and_the_request():
    text = authorisation_text(
        "Sam de Vries", ["Anna", "Bart"], "Het Stedelijk Lyceum", date(2028, 6, 3)
    )
    assert "Ik, Sam de Vries, geef mijn ouders Anna en Bart toestemming" in text
    assert "Het Stedelijk Lyceum" in text
    assert "intrekken" in text
    assert "AVG artikel 15" in text
    # the date stands once, in the letter head; the child speaks as "ik" throughout
    assert "3 juni 2028" not in text and "wie wij zijn" not in text
    assert "wie ik ben en wie mijn ouders zijn" in text
    assert "\n\n\n" not in text


@pytest.mark.parametrize(
    "request_kind, article",
    [
        ("correctie", "AVG artikel 16"),
        ("verwijdering", "AVG artikel 17"),
        ("beperking", "AVG artikel 18"),
        ("bezwaar", "AVG artikel 21"),
    ],
)
def test_an_authorisation_covers_the_request_it_goes_with_not_inzage(request_kind, article):
    # Issue 16 item 4: a machtiging for inzage does not cover a correction request.
    text = authorisation_text("Sam", ["Anna"], "School", date(2028, 6, 3), request_kind)
    assert article in text and "inzage" not in text
    with pytest.raises(ValueError):
        authorisation_text("Sam", ["Anna"], "School", date(2028, 6, 3), "informatie")


def test_authorisation_text_for_one_parent_and_refusal_of_empty_names():
    assert "mijn ouder Anna " in authorisation_text("Sam", ["Anna"], "School", date(2028, 6, 3))
    with pytest.raises(ValueError):
        authorisation_text("Sam", [" "], "School", date(2028, 6, 3))
