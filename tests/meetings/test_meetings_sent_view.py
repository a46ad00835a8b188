"""POST /gesprekken/<id>/verstuurd/: the two weeks to react, on the page and in Termijnen."""

from __future__ import annotations

from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone

from dossierwijs.meetings.models import OwnReport
from tests.meetings.conftest import page_text


def test_sent_before_christmas_the_reaction_date_moves_past_both_days_and_the_weekend(
    ouder, reported_meeting
):
    response = ouder.post(
        reverse("meetings:sent", args=[reported_meeting.pk]), {"on": "2025-12-11"}, follow=True
    )
    assert OwnReport.objects.get(meeting=reported_meeting).sent_on == date(2025, 12, 11)
    text = page_text(response)
    assert "Horen wij uiterlijk maandag 29 december 2025 niets van u" in text
    # Sent long ago: the page says at once that the term passed and the report counts as correct.
    assert (
        "Er kwam geen reactie tot en met maandag 29 december 2025, dus het verslag geldt sinds "
        "dinsdag 30 december 2025 als juist." in text
    )


def test_the_reaction_date_is_on_termijnen(ouder, reported_meeting):
    ouder.post(reverse("meetings:sent", args=[reported_meeting.pk]), {"on": "2026-04-13"})
    text = page_text(ouder.get(reverse("knowledge:deadlines")))
    assert "Reactie op uw gespreksverslag: Gesprek over rekenen" in text


def test_a_date_in_the_future_is_refused_in_dutch(ouder, reported_meeting):
    future = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = ouder.post(
        reverse("meetings:sent", args=[reported_meeting.pk]), {"on": future}, follow=True
    )
    assert "Deze datum ligt in de toekomst." in page_text(response)
    assert OwnReport.objects.get(meeting=reported_meeting).sent_on is None
