"""POST /verzoeken/<id>/verlenging/: an announced extension, checked against AVG art. 12 lid 3."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.core.rules.deadlines import rights_request_deadline
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.rights.models import RightsRequest, Status
from tests.rights.conftest import RECEIVED, page_text

FIRST = rights_request_deadline(RECEIVED).due  # Monday 2 March 2026
EXTENDED = rights_request_deadline(RECEIVED, extended=True).due  # Thursday 30 April 2026


def url(request):
    return reverse("rights:extension", args=[request.pk])


def detail(client, request) -> str:
    return page_text(client.get(reverse("rights:detail", args=[request.pk])))


def test_an_extension_in_time_with_reasons_moves_the_deadline_to_three_months(ouder, cheap_request):
    response = ouder.post(
        url(cheap_request), {"announced_on": "2026-02-20", "with_reasons": "ja"}, follow=True
    )
    text = page_text(response)
    assert date(2026, 4, 30) == EXTENDED
    assert f"Uiterlijk antwoord: {long_date(EXTENDED)}" in text
    assert "De verlenging telt." in text
    assert "Uiterste dag voor het antwoord (na verlenging)" in text
    assert RightsRequest.objects.get(pk=cheap_request.pk).status == Status.VERLENGD


def test_an_extension_announced_too_late_does_not_count_and_says_why(ouder, cheap_request):
    ouder.post(url(cheap_request), {"announced_on": "2026-03-03", "with_reasons": "ja"})
    text = detail(ouder, cheap_request)
    assert f"Uiterlijk antwoord: {long_date(FIRST)}" in text
    assert "De verlenging telt niet." in text
    assert "De verlenging is te laat gemeld" in text
    assert "Daarom blijft de eerste termijn staan" in text
    assert "(AVG artikel 12 lid 3)" in text


def test_an_extension_without_reasons_does_not_count_and_says_why(ouder, cheap_request):
    response = ouder.post(
        url(cheap_request), {"announced_on": "2026-02-10", "with_reasons": "nee"}, follow=True
    )
    text = page_text(response)
    assert f"Uiterlijk antwoord: {long_date(FIRST)}" in text
    assert "Zonder redenen geldt de verlenging niet." in text
    assert "De eerste termijn blijft dus staan (AVG artikel 12 lid 3)." in text


def test_an_unsent_request_has_no_extension(ouder, draft_request):
    response = ouder.post(
        url(draft_request), {"announced_on": "2026-02-10", "with_reasons": "ja"}, follow=True
    )
    assert "Zet eerst de datum waarop u het verzoek verstuurde." in page_text(response)
    assert RightsRequest.objects.get(pk=draft_request.pk).extension_announced_on is None


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_record_one(client_for, cheap_request, persona, status):
    response = client_for(persona).post(
        url(cheap_request), {"announced_on": "2026-02-10", "with_reasons": "ja"}
    )
    assert response.status_code == status
    assert RightsRequest.objects.get(pk=cheap_request.pk).extension_announced_on is None


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    response = client_for("anonymous").post(url(cheap_request), {})
    assert reverse("vault:login") in response["Location"]
