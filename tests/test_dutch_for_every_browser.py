"""The interface is Dutch, also for a parent whose browser asks for English: no page mixes
Dutch text with English dates or English form errors (found on a parent walk)."""

from __future__ import annotations

from django.urls import reverse

from tests.meetings.factories import meeting


def test_an_english_browser_gets_dutch_dates_and_dutch_form_errors(client_for, family):
    client = client_for("ouder")
    held = meeting(family)
    page = client.get(
        reverse("meetings:detail", args=[held.pk]), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9"
    ).content.decode()
    month = held.held_on.month
    dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
    dutch += ["september", "oktober", "november", "december"]
    assert dutch[month - 1] in page
    assert 'lang="nl"' in page
    response = client.post(
        reverse("meetings:new"),
        {"title": "Gesprek", "held_on": "geen datum"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    page = response.content.decode()
    assert "Voer een geldige datum in." in page
    assert "Enter a valid date" not in page
