"""POST /verzoeken/<id>/afgerond/ and /notities/: closing a request, and the parent's notes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.rights.models import RightsRequest, Status
from tests.rights.conftest import page_text


def test_a_done_request_leaves_the_open_list_and_termijnen(ouder, cheap_request):
    response = ouder.post(reverse("rights:done", args=[cheap_request.pk]), follow=True)
    assert "Het verzoek is afgerond." in page_text(response)
    assert RightsRequest.objects.get(pk=cheap_request.pk).status == Status.AFGEROND
    assert "OSG De Klimop" not in page_text(ouder.get(reverse("rights:list")))
    assert "OSG De Klimop" not in page_text(ouder.get(reverse("knowledge:deadlines")))


def test_notes_are_kept(ouder, cheap_request):
    ouder.post(reverse("rights:notes", args=[cheap_request.pk]), {"notes": "Gebeld met de mentor"})
    assert RightsRequest.objects.get(pk=cheap_request.pk).notes == "Gebeld met de mentor"


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_close_it_or_write_notes(client_for, cheap_request, persona, status):
    client = client_for(persona)
    assert client.post(reverse("rights:done", args=[cheap_request.pk])).status_code == status
    response = client.post(reverse("rights:notes", args=[cheap_request.pk]), {"notes": "x"})
    assert response.status_code == status
    request = RightsRequest.objects.get(pk=cheap_request.pk)
    assert request.status == Status.VERSTUURD
    assert request.notes == ""


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    response = client_for("anonymous").post(reverse("rights:done", args=[cheap_request.pk]))
    assert reverse("vault:login") in response["Location"]
