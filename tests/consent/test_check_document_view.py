"""Checking a form that is already in the dossier, from the document's page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.consent.models import FormCheck
from dossierwijs.dossier.services import import_file
from tests.consent.factories import BLANKET_FORM
from tests.documents import pdf_with_text


def _form_in_dossier(family):
    return import_file(
        vault=family.vault,
        by=family.ouder,
        filename="toestemming_school.pdf",
        data=pdf_with_text(BLANKET_FORM),
        overrides={"doc_type": "toestemmingsformulier"},
    )[0].document


def test_the_document_page_offers_formulier_controleren(family, eva):
    document = _form_in_dossier(family)
    page = eva.get(reverse("dossier:detail", args=[document.pk])).content.decode()
    assert reverse("consent:check_document", args=[document.pk]) in page
    assert "Formulier controleren" in page


def test_checking_a_dossier_document_keeps_the_link_to_it(family, eva):
    document = _form_in_dossier(family)
    assert eva.get(reverse("consent:check_document", args=[document.pk])).status_code == 200
    response = eva.post(reverse("consent:check_document", args=[document.pk]))
    check = FormCheck.objects.get(vault=family.vault)
    assert response["Location"] == reverse("consent:check_result", args=[check.pk])
    assert check.document == document
    assert check.result["verdict"] == "ongeldig"


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_cannot_check_the_familys_document(family, client_for, persona, status):
    document = _form_in_dossier(family)
    response = client_for(persona).post(reverse("consent:check_document", args=[document.pk]))
    assert response.status_code == status
    assert not FormCheck.objects.exists()
