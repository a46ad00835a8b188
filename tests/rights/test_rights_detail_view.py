"""/verzoeken/<id>/: the timeline, the deadline with its explanation, and the next step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.core.rules.deadlines import rights_request_deadline
from dossierwijs.core.rules.dutch_dates import long_date
from tests.rights.conftest import RECEIVED, page_text
from tests.rights.factories import access_request


def url(request):
    return reverse("rights:detail", args=[request.pk])


def test_the_deadline_shown_is_the_rules_cores_with_its_explanation(ouder, overdue_request):
    deadline = rights_request_deadline(RECEIVED)
    text = page_text(ouder.get(url(overdue_request)))
    assert f"Uiterlijk antwoord: {long_date(deadline.due)}" in text
    assert deadline.explanation in text
    assert "AVG artikel 12 lid 3" in text


def test_the_timeline_lists_sending_receipt_and_the_deadline(ouder, overdue_request):
    text = page_text(ouder.get(url(overdue_request)))
    assert "zaterdag 31 januari 2026: Verstuurd: per e-mail" in text
    assert "zaterdag 31 januari 2026: Ontvangen door OSG De Klimop" in text
    assert "maandag 2 maart 2026: Uiterste dag voor het antwoord" in text


def test_an_overdue_request_offers_the_reminder_and_the_complaint(ouder, overdue_request):
    html = ouder.get(url(overdue_request)).content.decode()
    assert reverse("rights:reminder", args=[overdue_request.pk]) in html
    assert reverse("rights:complaint", args=[overdue_request.pk]) in html
    assert "Geen reactie" in html


def test_a_request_still_in_time_offers_neither(family, ouder):
    request = access_request(family, sent_on=timezone.localdate() - timedelta(days=3))
    html = ouder.get(url(request)).content.decode()
    assert reverse("rights:reminder", args=[request.pk]) not in html
    assert reverse("rights:complaint", args=[request.pk]) not in html
    assert "Nog " in page_text(ouder.get(url(request)))


def test_a_request_not_yet_sent_asks_for_the_date(ouder, draft_request):
    text = page_text(ouder.get(url(draft_request)))
    assert "Dit verzoek is nog niet verstuurd." in text
    assert "Markeer als verstuurd" in text


def test_the_letter_can_be_downloaded_as_pdf_docx_and_eml(ouder, draft_request):
    from dossierwijs.letters.models import Letter

    letter = Letter.objects.get(document=draft_request.letter)
    html = ouder.get(url(draft_request)).content.decode()
    for fmt in ("pdf", "docx", "eml"):
        assert reverse("letters:download", args=[letter.pk, fmt]) in html
    eml = ouder.get(reverse("letters:download", args=[letter.pk, "eml"]))
    assert eml.status_code == 200
    assert b"privacy@klimop.example" in eml.content


@pytest.mark.parametrize("persona", ["mede_ouder", "kind_16plus"])
def test_other_members_of_the_vault_see_it(client_for, cheap_request, persona):
    assert client_for(persona).get(url(cheap_request)).status_code == 200


def test_a_meelezer_is_refused(client_for, cheap_request):
    assert client_for("meelezer").get(url(cheap_request)).status_code == 403


def test_an_outsider_learns_nothing(client_for, cheap_request):
    assert client_for("outsider").get(url(cheap_request)).status_code == 404


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    response = client_for("anonymous").get(url(cheap_request))
    assert response.status_code == 302
    assert reverse("vault:login") in response["Location"]
