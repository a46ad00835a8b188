"""POST /verzoeken/<id>/verstuurd/: the date and the way the request went out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.core.rules.deadlines import rights_request_deadline
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.rights.models import RightsRequest, Status
from tests.rights.conftest import page_text


def url(request):
    return reverse("rights:mark_sent", args=[request.pk])


def test_an_email_is_received_the_same_day_and_the_deadline_starts(ouder, draft_request):
    response = ouder.post(
        url(draft_request), {"sent_on": "2026-01-31", "how": "email"}, follow=True
    )
    request = RightsRequest.objects.get(pk=draft_request.pk)
    assert request.status == Status.VERSTUURD
    assert request.received_on == date(2026, 1, 31)
    due = rights_request_deadline(date(2026, 1, 31)).due
    assert f"De termijn loopt tot en met {long_date(due)}." in page_text(response)


def test_a_letter_by_post_is_taken_as_received_two_days_later(ouder, draft_request):
    ouder.post(url(draft_request), {"sent_on": "2026-01-29", "how": "post"})
    request = RightsRequest.objects.get(pk=draft_request.pk)
    assert request.received_on == date(2026, 1, 31)
    text = page_text(ouder.get(reverse("rights:detail", args=[request.pk])))
    assert "Per post rekenen wij 2 dagen. Weet u de echte datum, pas die dan aan." in text


def test_the_parent_can_give_the_real_date_of_receipt(ouder, draft_request):
    ouder.post(
        url(draft_request), {"sent_on": "2026-01-29", "how": "post", "received_on": "2026-02-03"}
    )
    assert RightsRequest.objects.get(pk=draft_request.pk).received_on == date(2026, 2, 3)


def test_a_date_in_the_future_is_refused_in_dutch(ouder, draft_request):
    future = (timezone.localdate() + timedelta(days=2)).isoformat()
    response = ouder.post(url(draft_request), {"sent_on": future, "how": "email"}, follow=True)
    assert "Deze datum ligt in de toekomst." in page_text(response)
    assert RightsRequest.objects.get(pk=draft_request.pk).sent_on is None


def test_receipt_before_sending_is_refused(ouder, draft_request):
    response = ouder.post(
        url(draft_request),
        {"sent_on": "2026-01-29", "how": "post", "received_on": "2026-01-20"},
        follow=True,
    )
    assert "Het verzoek kan niet eerder zijn ontvangen dan verstuurd." in page_text(response)


def test_only_post_is_allowed(ouder, cheap_request):
    assert ouder.get(url(cheap_request)).status_code == 405


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_change_it(client_for, cheap_request, persona, status):
    response = client_for(persona).post(
        url(cheap_request), {"sent_on": "2026-01-01", "how": "email"}
    )
    assert response.status_code == status
    assert RightsRequest.objects.get(pk=cheap_request.pk).sent_on == date(2026, 1, 31)


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    response = client_for("anonymous").post(url(cheap_request), {"sent_on": "2026-01-01"})
    assert reverse("vault:login") in response["Location"]
