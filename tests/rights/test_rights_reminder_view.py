"""POST /verzoeken/<id>/herinnering/: the reminder, only after the deadline passed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.letters.models import Letter
from dossierwijs.rights.models import RightsRequest, Status
from tests.rights.conftest import page_text
from tests.rights.factories import access_request


def url(request):
    return reverse("rights:reminder", args=[request.pk])


def test_an_overdue_request_gets_a_reminder_with_the_dates_filled_in(ouder, overdue_request):
    response = ouder.post(url(overdue_request), {"herinnering-tone": "vriendelijk"}, follow=True)
    request = RightsRequest.objects.get(pk=overdue_request.pk)
    letter = Letter.objects.get(document=request.reminder_letter)
    assert letter.kind == "herinnering"
    assert "31 januari 2026" in letter.text  # when the request was sent
    assert "2 maart 2026" in letter.text  # the deadline that passed
    assert "artikel 12 lid 3 AVG" in letter.text
    assert request.reminder_on == timezone.localdate()
    assert request.status == Status.GEEN_REACTIE
    text = page_text(response)
    assert "De herinnering staat klaar" in text
    assert "Herinnering gemaakt" in text


def test_no_reminder_while_the_term_still_runs(family, ouder):
    request = access_request(family, sent_on=timezone.localdate() - timedelta(days=2))
    response = ouder.post(url(request), {"herinnering-tone": "zakelijk"}, follow=True)
    assert "Een herinnering kan pas als de termijn voorbij is" in page_text(response)
    assert RightsRequest.objects.get(pk=request.pk).reminder_letter is None
    assert not Letter.objects.filter(kind="herinnering").exists()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_make_one(client_for, cheap_request, persona, status):
    response = client_for(persona).post(url(cheap_request), {"herinnering-tone": "zakelijk"})
    assert response.status_code == status
    assert not Letter.objects.filter(kind="herinnering").exists()


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    assert reverse("vault:login") in client_for("anonymous").post(url(cheap_request))["Location"]
