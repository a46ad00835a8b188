"""POST /gesprekken/<id>/als-juist/ and /reactie/: silence after two weeks, or a reaction."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from dossierwijs.meetings import services
from dossierwijs.meetings.models import OwnReport
from dossierwijs.vault.journal_model import JournalEntry


def test_after_the_reaction_date_without_reaction_the_report_counts_as_correct(
    ouder, family, reported_meeting
):
    services.mark_report_sent(
        report=reported_meeting.own_report, by=family.ouder, sent_on=date(2026, 1, 5)
    )
    ouder.post(reverse("meetings:correct", args=[reported_meeting.pk]))
    report = OwnReport.objects.get(meeting=reported_meeting)
    assert report.considered_correct_on is not None
    assert JournalEntry.objects.filter(vault=family.vault, summary__contains="als juist").exists()


def test_a_recorded_reaction_means_it_never_counts_as_correct(ouder, family, reported_meeting):
    services.mark_report_sent(
        report=reported_meeting.own_report, by=family.ouder, sent_on=date(2026, 1, 5)
    )
    ouder.post(reverse("meetings:reaction", args=[reported_meeting.pk]), {"on": "2026-01-12"})
    ouder.post(reverse("meetings:correct", args=[reported_meeting.pk]))
    report = OwnReport.objects.get(meeting=reported_meeting)
    assert report.reaction_on == date(2026, 1, 12)
    assert report.considered_correct_on is None


def test_an_unsent_report_cannot_count_as_correct(ouder, reported_meeting):
    ouder.post(reverse("meetings:correct", args=[reported_meeting.pk]))
    assert OwnReport.objects.get(meeting=reported_meeting).considered_correct_on is None
