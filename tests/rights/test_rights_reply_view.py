"""POST /verzoeken/<id>/reactie/: a reply becomes a document in the dossier and part of the request."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dossierwijs.dossier.models import Document, Origin
from dossierwijs.dossier.services import import_file
from dossierwijs.rights.models import RightsReply, RightsRequest, Status
from tests.documents import pdf_with_text
from tests.rights.conftest import page_text


def url(request):
    return reverse("rights:reply", args=[request.pk])


def upload(text="Hierbij het leerlingdossier van Sanne."):
    return SimpleUploadedFile("antwoord-school.pdf", pdf_with_text(text), "application/pdf")


def test_an_uploaded_reply_is_stored_as_a_dossier_document(family, ouder, cheap_request):
    response = ouder.post(
        url(cheap_request),
        {
            "reactie-received_on": "2026-02-20",
            "reactie-kind": "antwoord",
            "reactie-note": "het hele dossier",
            "reactie-file": upload(),
        },
        follow=True,
    )
    reply = RightsReply.objects.get(request=cheap_request)
    document = reply.document
    assert document.vault == family.vault
    assert document.origin == Origin.RECEIVED
    assert document.received_date == date(2026, 2, 20)
    assert "leerlingdossier van Sanne" in document.current.text
    assert RightsRequest.objects.get(pk=cheap_request.pk).status == Status.BEANTWOORD
    text = page_text(response)
    assert "De reactie is bewaard in het dossier en bij dit verzoek." in text
    assert "vrijdag 20 februari 2026: Reactie: antwoord" in text
    assert reverse("dossier:detail", args=[document.pk]) in response.content.decode()


def test_a_document_already_in_the_dossier_can_be_picked(family, ouder, cheap_request):
    existing = import_file(
        vault=family.vault,
        by=family.ouder,
        filename="brief-school.pdf",
        data=pdf_with_text("Wij hebben meer tijd nodig."),
    )[0].document
    ouder.post(
        url(cheap_request),
        {
            "reactie-received_on": "2026-02-10",
            "reactie-kind": "verlenging",
            "reactie-with_reasons": "on",
            "reactie-document": str(existing.pk),
        },
    )
    reply = RightsReply.objects.get(request=cheap_request)
    assert reply.document == existing
    request = RightsRequest.objects.get(pk=cheap_request.pk)
    assert request.extension_announced_on == date(2026, 2, 10)
    assert request.extension_with_reasons
    assert request.deadline().due == date(2026, 4, 30)


def test_a_partial_answer_offers_the_complaint(ouder, cheap_request):
    ouder.post(
        url(cheap_request),
        {
            "reactie-received_on": "2026-02-20",
            "reactie-kind": "deels",
            "reactie-note": "zonder de notities",
        },
    )
    request = RightsRequest.objects.get(pk=cheap_request.pk)
    assert request.status == Status.DEELS_BEANTWOORD
    assert request.offers_complaint()


def test_a_file_and_a_document_at_once_is_refused_and_nothing_is_stored(
    family, ouder, cheap_request
):
    existing = import_file(
        vault=family.vault, by=family.ouder, filename="x.pdf", data=pdf_with_text("Iets anders.")
    )[0].document
    response = ouder.post(
        url(cheap_request),
        {
            "reactie-received_on": "2026-02-20",
            "reactie-kind": "antwoord",
            "reactie-file": upload(),
            "reactie-document": str(existing.pk),
        },
        follow=True,
    )
    assert "Kies een bestand óf een document uit het dossier, niet allebei." in page_text(response)
    assert not RightsReply.objects.exists()
    assert Document.objects.filter(vault=family.vault).count() == 1


def test_a_document_of_another_vault_cannot_be_picked(family, client_for, cheap_request):
    from dossierwijs.vault.models import Member

    outsider = Member.objects.get(pk=family.outsider.pk)
    theirs = import_file(
        vault=outsider.vault,
        by=outsider,
        filename="hun.pdf",
        data=pdf_with_text("Van een ander gezin."),
    )[0].document
    client_for("ouder").post(
        url(cheap_request),
        {
            "reactie-received_on": "2026-02-20",
            "reactie-kind": "antwoord",
            "reactie-document": str(theirs.pk),
        },
    )
    assert not RightsReply.objects.exists()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_add_a_reply(client_for, cheap_request, persona, status):
    response = client_for(persona).post(
        url(cheap_request),
        {"reactie-received_on": "2026-02-20", "reactie-kind": "antwoord", "reactie-file": upload()},
    )
    assert response.status_code == status
    assert not RightsReply.objects.exists()
    assert not Document.objects.exists()


def test_anonymous_is_sent_to_the_login(client_for, cheap_request):
    response = client_for("anonymous").post(url(cheap_request), {})
    assert reverse("vault:login") in response["Location"]
