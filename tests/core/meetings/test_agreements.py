"""Agreements with a date become deadlines; a date without a year follows the meeting."""

from datetime import date

from dossierwijs.core.meetings.agreements import dated_agreements

AGREEMENTS = """- Juf Marieke stuurt elke twee weken een update, de volgende op 15 januari.
- Sandra maakt het dossier uiterlijk 1 april 2027 compleet.
- Wij lezen thuis vijf keer per week een kwartier.
- Evaluatie op 25-03-2027.
- Kapotte datum: 31 februari.
"""


def test_dated_lines_are_found_in_date_order_and_undated_ones_left_out():
    found = dated_agreements(AGREEMENTS, held_on=date(2026, 12, 8))
    assert [(a.due, a.text[:12]) for a in found] == [
        (date(2027, 1, 15), "Juf Marieke "),
        (date(2027, 3, 25), "Evaluatie op"),
        (date(2027, 4, 1), "Sandra maakt"),
    ]


def test_a_date_without_a_year_is_the_first_one_on_or_after_the_meeting():
    [found] = dated_agreements("Bellen op 10 maart.", held_on=date(2026, 3, 10))
    assert found.due == date(2026, 3, 10)
    [later] = dated_agreements("Bellen op 9 maart.", held_on=date(2026, 3, 10))
    assert later.due == date(2027, 3, 9)
