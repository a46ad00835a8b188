"""The meeting pages: a report whose two weeks passed in silence counts as correct by itself."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from dossierwijs.meetings import services
from dossierwijs.meetings.models import OwnReport
from tests.meetings.conftest import page_text


def send(family, meeting, on=date(2026, 1, 5)):
    services.mark_report_sent(report=meeting.own_report, by=family.ouder, sent_on=on)


def test_after_the_term_the_detail_page_says_the_report_counts_as_correct(
    ouder, family, reported_meeting
):
    send(family, reported_meeting)  # the term ended on 19 January 2026, long before today
    text = page_text(ouder.get(reverse("meetings:detail", args=[reported_meeting.pk])))
    assert (
        "Er kwam geen reactie tot en met maandag 19 januari 2026, dus het verslag geldt sinds "
        "dinsdag 20 januari 2026 als juist." in text
    )
    assert "Verslag als juist beschouwen" not in text  # nothing left to press
    assert "Reactie noteren" in text  # a reaction can still be noted
    assert OwnReport.objects.get(meeting=reported_meeting).considered_correct_on == date(
        2026, 1, 20
    )


def test_the_list_page_settles_too(ouder, family, reported_meeting):
    send(family, reported_meeting)
    ouder.get(reverse("meetings:list"))
    assert OwnReport.objects.get(meeting=reported_meeting).considered_correct_on is not None


def test_before_the_end_of_the_term_the_page_says_until_when(ouder, family, reported_meeting):
    from django.utils import timezone

    send(family, reported_meeting, on=timezone.localdate())
    text = page_text(ouder.get(reverse("meetings:detail", args=[reported_meeting.pk])))
    assert "School kan reageren tot en met" in text
    assert "dan geldt het verslag daarna vanzelf als juist" in text
    assert OwnReport.objects.get(meeting=reported_meeting).considered_correct_on is None


def test_a_reaction_after_the_term_is_shown_and_said_to_be_late(ouder, family, reported_meeting):
    send(family, reported_meeting)
    ouder.get(reverse("meetings:detail", args=[reported_meeting.pk]))
    ouder.post(reverse("meetings:reaction", args=[reported_meeting.pk]), {"on": "2026-01-26"})
    text = page_text(ouder.get(reverse("meetings:detail", args=[reported_meeting.pk])))
    assert "School reageerde later, op maandag 26 januari 2026: na de termijn." in text
    assert "geldt sinds dinsdag 20 januari 2026 als juist" in text


def test_a_reaction_within_the_term_means_it_never_counts_as_correct(
    ouder, family, reported_meeting
):
    send(family, reported_meeting)
    ouder.post(reverse("meetings:reaction", args=[reported_meeting.pk]), {"on": "2026-01-12"})
    text = page_text(ouder.get(reverse("meetings:detail", args=[reported_meeting.pk])))
    report = OwnReport.objects.get(meeting=reported_meeting)
    assert report.reaction_on == date(2026, 1, 12)
    assert report.considered_correct_on is None
    assert "School reageerde op maandag 12 januari 2026." in text


def test_the_reaction_itself_is_kept_as_a_document_with_the_meeting(
    ouder, family, reported_meeting
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    send(family, reported_meeting)
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

    send(family, reported_meeting)
    empty = SimpleUploadedFile("leeg.pdf", b"", "application/pdf")
    response = ouder.post(
        reverse("meetings:reaction", args=[reported_meeting.pk]),
        {"on": "2026-01-12", "file": empty},
        follow=True,
    )
    assert OwnReport.objects.get(meeting=reported_meeting).reaction_on is None
    assert response.status_code == 200
    assert "leeg" in response.content.decode()
