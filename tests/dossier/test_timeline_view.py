"""The timeline: documents, and what other apps declare (meetings, reports sent), by date."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from tests.contributing import contributing
from tests.meetings.factories import meeting
from tests.test_authorization_matrix import family_document

URL = reverse("dossier:timeline")


def test_documents_and_meetings_stand_together_newest_first(client_for, family):
    document = family_document(family)
    gesprek = meeting(family)
    html = client_for("ouder").get(URL).content.decode()
    assert document.title in html
    assert f"Gesprek: {gesprek.title}" in html
    assert reverse("meetings:detail", args=[gesprek.pk]) in html


def test_an_app_that_fails_is_said_not_hidden(client_for, family):
    from dossierwijs.contributions import TimelineEntry

    def broken(vault):
        raise RuntimeError("boom")

    def fine(vault):
        return [TimelineEntry(date(2026, 3, 2), "Iets van een ander onderdeel", None, "x")]

    with contributing("knowledge", timeline_entries=(broken, fine)):
        html = client_for("ouder").get(URL).content.decode()
    assert "Iets van een ander onderdeel" in html
    assert "De tijdlijn is misschien niet compleet" in html


def test_a_meelezer_has_no_timeline(client_for, family):
    assert client_for("meelezer").get(URL).status_code == 403
