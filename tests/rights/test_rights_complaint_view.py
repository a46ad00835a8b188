"""POST /verzoeken/<id>/klacht/ and /klacht-ingediend/: the complaint to the AP, with the timeline."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.letters.models import Letter
from dossierwijs.rights import services
from dossierwijs.rights.models import RightsRequest, Status
from tests.rights.conftest import page_text
from tests.rights.factories import access_request


def url(request):
    return reverse("rights:complaint", args=[request.pk])


def test_the_complaint_lists_the_timeline_of_the_request(family, ouder, overdue_request):
    services.make_reminder(rights_request=overdue_request, by=family.ouder, tone="zakelijk")
    response = ouder.post(url(overdue_request), {"klacht-tone": "zakelijk"}, follow=True)
    request = RightsRequest.objects.get(pk=overdue_request.pk)
    letter = Letter.objects.get(document=request.complaint_letter)
    assert letter.kind == "klacht_ap"
    assert "artikel 77 AVG" in letter.text
    assert "31 januari 2026" in letter.text
    assert "2 maart 2026" in letter.text
    assert "OSG De Klimop" in letter.text
    assert "herinnering verstuurd" in letter.text
    attached = json.loads(letter.letter_data)["attachment_names"]
    assert len(attached) == 2  # the request and the reminder, as PDFs from the dossier
    text = page_text(response)
    assert "Zo dient u de klacht in" in text
    assert "autoriteitpersoonsgegevens.nl" in text
    assert request.status != Status.KLACHT_INGEDIEND  # made, not yet filed


def test_filing_the_complaint_is_recorded_with_its_date(family, ouder, overdue_request):
    services.make_complaint(rights_request=overdue_request, by=family.ouder, tone="zakelijk")
    ouder.post(
        reverse("rights:complaint_filed", args=[overdue_request.pk]), {"ingediend-on": "2026-04-01"}
    )
    request = RightsRequest.objects.get(pk=overdue_request.pk)
    assert request.status == Status.KLACHT_INGEDIEND
    assert request.complaint_on == date(2026, 4, 1)


def test_no_complaint_while_the_term_runs_and_nothing_went_wrong(family, ouder):
    request = access_request(family, sent_on=timezone.localdate() - timedelta(days=2))
    response = ouder.post(url(request), {"klacht-tone": "zakelijk"}, follow=True)
    assert "Een klacht kan als de termijn voorbij is" in page_text(response)
    assert not Letter.objects.filter(kind="klacht_ap").exists()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_make_one(client_for, cheap_request, persona, status):
    response = client_for(persona).post(url(cheap_request), {"klacht-tone": "zakelijk"})
    assert response.status_code == status
    assert not Letter.objects.filter(kind="klacht_ap").exists()


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    assert reverse("vault:login") in client_for("anonymous").post(url(cheap_request))["Location"]


def test_after_a_partial_answer_the_complaint_says_what_is_missing_and_attaches_it(
    family, ouder, cheap_request
):
    from tests.documents import pdf_with_text
    from tests.rights.factories import ready_for_letters

    ready_for_letters(family)
    services.record_reply(
        rights_request=cheap_request,
        by=family.ouder,
        received_on=date(2026, 2, 20),
        kind="deels",
        note="zonder de notities",
        upload=("deel-dossier.pdf", pdf_with_text("Deel van het dossier.")),
    )
    ouder.post(
        url(cheap_request),
        {"klacht-tone": "stellig", "klacht-problem": "De notities van de mentor ontbreken."},
    )
    request = RightsRequest.objects.get(pk=cheap_request.pk)
    letter = Letter.objects.get(document=request.complaint_letter)
    assert "De notities van de mentor ontbreken." in letter.text
    assert "zonder de notities" in letter.text  # the reply, in the timeline
    assert json.loads(letter.letter_data)["attachment_names"] == ["deel-dossier.pdf"]
