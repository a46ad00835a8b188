"""A consent given on paper: registered with the signed form as evidence."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dossierwijs.consent.models import Consent, Status
from tests.consent.factories import organisation
from tests.documents import pdf_with_text


def paper(family, **overrides):
    data = {
        "from_organisation": organisation(family).pk,
        "given_by": ["ouders"],
        "purpose": "het groepsplan lezen met de ib'er bespreken",
        "data": "het groepsplan lezen",
        "valid_until": "2027-07-31",
        "given_on": "2026-09-01",
        "status": "gegeven",
    }
    data.update(overrides)
    return data


def test_a_paper_consent_is_registered_with_its_signed_form(family, eva):
    upload = SimpleUploadedFile(
        "getekend.pdf", pdf_with_text("Getekend formulier"), "application/pdf"
    )
    response = eva.post(reverse("consent:register"), {**paper(family), "evidence": upload})
    consent = Consent.objects.get(vault=family.vault)
    assert response["Location"] == reverse("consent:detail", args=[consent.pk])
    assert consent.evidence.doc_type == "toestemmingsformulier"
    assert consent.given_on.isoformat() == "2026-09-01"
    assert consent.text == ""


def test_a_refusal_can_be_registered_too(family, eva):
    eva.post(reverse("consent:register"), paper(family, status="geweigerd"))
    assert Consent.objects.get(vault=family.vault).status == Status.GEWEIGERD


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("anonymous", 302)])
def test_others_cannot_register(family, client_for, persona, status):
    assert (
        client_for(persona).post(reverse("consent:register"), paper(family)).status_code == status
    )
    assert not Consent.objects.exists()
