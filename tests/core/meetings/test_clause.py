"""The two-week sentence under the parents' report: sending date + 14 days, past holidays."""

from datetime import date

import pytest

from dossierwijs.core.meetings.clause import considered_correct, report_clause


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        (date(2026, 3, 2), date(2026, 3, 16)),  # a plain Monday two weeks on
        (date(2026, 2, 28), date(2026, 3, 16)),  # Saturday 14 March -> Monday 16 March
        # Christmas: Friday 25 Dec 2026 is Eerste Kerstdag, then Tweede Kerstdag (Saturday)
        # and a Sunday, so Monday 28 December.
        (date(2026, 12, 11), date(2026, 12, 28)),
        # Thursday 24 Dec 2026 -> Thursday 7 January 2027: across New Year, no holiday then.
        (date(2026, 12, 24), date(2027, 1, 7)),
        # Sent 18 December 2026: Friday 1 January 2027 is Nieuwjaarsdag -> Monday 4 January.
        (date(2026, 12, 18), date(2027, 1, 4)),
        # Koningsdag: Tuesday 27 April 2027 -> Wednesday 28 April.
        (date(2027, 4, 13), date(2027, 4, 28)),
        # Koningsdag 2025 fell on a Sunday and moved to Saturday 26 April -> Monday 28 April.
        (date(2025, 4, 12), date(2025, 4, 28)),
    ],
)
def test_the_reaction_date_is_two_weeks_on_or_the_next_working_day(sent, due):
    assert report_clause(sent).due == due


def test_the_sentence_names_the_date_with_weekday_and_says_what_silence_means():
    clause = report_clause(date(2026, 12, 11))
    assert "maandag 28 december 2026" in clause.sentence
    assert "juiste weergave" in clause.sentence
    assert clause.deadline.kind == "gespreksverslag"
    assert "Eerste Kerstdag" in clause.deadline.explanation


def test_a_report_counts_as_correct_only_after_the_date_and_without_a_reaction():
    clause = report_clause(date(2026, 3, 2))
    assert not considered_correct(clause, date(2026, 3, 16), reaction_received=False)
    assert considered_correct(clause, date(2026, 3, 17), reaction_received=False)
    assert not considered_correct(clause, date(2026, 4, 1), reaction_received=True)
