"""Words for parents in Django's own widgets and in calendar reminders (issue 14)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dossierwijs.core.calendar import CalendarDeadline, deadlines_to_ical
from dossierwijs.dossier.forms import DocumentForm
from dossierwijs.sharing.forms import ContactForm, OrganisationForm


def test_selects_offer_a_dutch_empty_choice_not_dashes():
    for form in (OrganisationForm(), ContactForm(), DocumentForm()):
        html = str(form)
        assert "---------" not in html, type(form).__name__
    assert "— kies —" in str(OrganisationForm())


def test_a_reminder_one_day_ahead_says_morgen_not_over_1_dagen():
    ics = deadlines_to_ical(
        [
            CalendarDeadline(
                key="k", title="Antwoord school", due=date(2027, 3, 10), alarm_days_before=(1, 3)
            )
        ],
        stamp=datetime(2027, 3, 1, tzinfo=UTC),
    ).decode()
    assert "Morgen: Antwoord school" in ics
    assert "Over 3 dagen: Antwoord school" in ics
    assert "Over 1 dagen" not in ics


def test_waiting_after_failed_logins_is_counted_in_dutch():
    from dossierwijs.vault.views.door import too_many_attempts

    assert "over 1 seconde opnieuw" in too_many_attempts(1)
    assert "over 30 seconden opnieuw" in too_many_attempts(30)
