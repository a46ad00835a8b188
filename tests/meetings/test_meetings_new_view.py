"""GET/POST /gesprekken/nieuw/: prepare a meeting, with the age-aware suggestion."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from dossierwijs.meetings.models import Meeting, OwnReport
from dossierwijs.vault.journal_model import JournalEntry
from tests.meetings.conftest import page_text

URL = reverse("meetings:new")


def test_a_parent_prepares_a_meeting_and_gets_an_empty_own_report(ouder, family):
    response = ouder.post(
        URL,
        {
            "title": "Gesprek over de overstap",
            "held_on": "2026-03-12",
            "start_time": "09:30",
            "place": "School, kamer van de IB",
            "purpose": "De school wil de overstap naar het vso bespreken.",
            "agenda": "Overstap\nOndersteuning",
            "child_joins": "deels",
        },
    )
    meeting = Meeting.objects.get(vault=family.vault)
    assert response.status_code == 302
    assert response.url == reverse("meetings:detail", args=[meeting.pk])
    assert meeting.held_on == date(2026, 3, 12)
    report = OwnReport.objects.get(meeting=meeting)
    assert report.purpose == "De school wil de overstap naar het vso bespreken."
    entry = JournalEntry.objects.filter(vault=family.vault).first()
    assert entry.summary == "Gesprek aangemaakt" and "overstap" not in entry.summary


def test_without_a_date_nothing_is_made_and_the_form_says_so(ouder, family):
    response = ouder.post(URL, {"title": "Gesprek", "child_joins": "nee"})
    assert response.status_code == 200
    assert not Meeting.objects.filter(vault=family.vault).exists()
    assert "Dit veld is verplicht" in page_text(response)


def test_the_page_suggests_talking_with_a_12_year_old_not_about_it(ouder, family):
    family.vault.child_birth_date = date(2013, 1, 1)
    family.vault.save(update_fields=["child_birth_date"])
    text = page_text(ouder.get(URL))
    assert "Nodig uw kind uit" in text and "niet over uw kind" in text
