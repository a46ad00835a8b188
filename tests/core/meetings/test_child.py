"""Whether the child joins the meeting: praten met, niet over; weight from 12; decides from 16."""

from datetime import date

from dossierwijs.core.meetings.child import child_participation
from dossierwijs.core.rules.sources import sources

BORN = date(2014, 5, 20)


def test_under_12_ask_beforehand_what_the_child_wants_said():
    answer = child_participation(BORN, date(2026, 5, 19))  # the day before the 12th birthday
    assert answer.age == 11
    assert answer.suggestion == "vooraf_vragen"
    assert "niet over uw kind" in answer.explanation
    assert answer.next_change == date(2026, 5, 20)


def test_from_the_12th_birthday_invite_the_child_its_view_carries_weight():
    answer = child_participation(BORN, date(2026, 5, 20))
    assert (answer.age, answer.suggestion) == (12, "uitnodigen")
    assert "weegt" in answer.explanation
    assert "tot de 16e verjaardag" in answer.explanation
    assert answer.next_change == date(2030, 5, 20)


def test_from_the_16th_birthday_the_child_decides_about_its_data():
    before = child_participation(BORN, date(2030, 5, 19))
    on = child_participation(BORN, date(2030, 5, 20))
    assert before.suggestion == "uitnodigen"
    assert (on.age, on.suggestion) == (16, "kind_beslist")
    assert "beslist" in on.explanation and on.next_change is None


def test_the_suggestion_is_advice_with_known_sources():
    answer = child_participation(BORN, date(2026, 9, 1))
    assert answer.confidence == "I"
    assert len(sources(*answer.source_ids)) == len(answer.source_ids)
