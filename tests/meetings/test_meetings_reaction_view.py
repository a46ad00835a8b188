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


def test_the_reaction_itself_is_kept_as_a_document_with_the_meeting(
    ouder, family, reported_meeting
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    services.mark_report_sent(
        report=reported_meeting.own_report, by=family.ouder, sent_on=date(2026, 1, 5)
    )
    reaction = SimpleUploadedFile(
        "reactie-school.txt", b"Wij zien de afspraak over toetstijd anders.", "text/plain"
    )
    ouder.post(
        reverse("meetings:reaction", args=[reported_meeting.pk]),
        {"on": "2026-01-12", "file": reaction},
    )
    report = OwnReport.objects.get(meeting=reported_meeting)
    assert report.reaction_on == date(2026, 1, 12)
    assert report.reaction_document is not None
    assert "toetstijd" in report.reaction_document.current.text
    page = ouder.get(reverse("meetings:detail", args=[reported_meeting.pk])).content.decode()
    assert reverse("dossier:detail", args=[report.reaction_document.pk]) in page


def test_an_unreadable_reaction_file_is_refused_in_dutch_and_nothing_is_noted(
    ouder, family, reported_meeting
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    services.mark_report_sent(
        report=reported_meeting.own_report, by=family.ouder, sent_on=date(2026, 1, 5)
    )
    empty = SimpleUploadedFile("leeg.pdf", b"", "application/pdf")
    response = ouder.post(
        reverse("meetings:reaction", args=[reported_meeting.pk]),
        {"on": "2026-01-12", "file": empty},
        follow=True,
    )
    assert OwnReport.objects.get(meeting=reported_meeting).reaction_on is None
    assert response.status_code == 200
    assert "leeg" in response.content.decode()
