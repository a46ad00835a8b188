"""Formulier controleren: pasted text, an uploaded PDF or photo, and who may use it."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from dossierwijs.consent.models import FormCheck
from dossierwijs.core.consent_check import CRITERIA, VALIDITY_CRITERIA
from dossierwijs.dossier.models import Document, DocumentType
from tests.consent.factories import BLANKET_FORM
from tests.documents import pdf_with_text


def test_a_pasted_blanket_form_shows_each_defect_and_the_verdict_ongeldig(family, eva):
    response = eva.post(reverse("consent:check"), {"text": BLANKET_FORM})
    check = FormCheck.objects.get(vault=family.vault)
    assert response.status_code == 302
    assert response["Location"] == reverse("consent:check_result", args=[check.pk])
    page = eva.get(response["Location"]).content.decode()
    assert "Oordeel: ongeldig" in page
    for code, (title, _judge) in CRITERIA.items():
        section = page.split(f'id="eis-{code}"')[1].split("</li>")[0]
        assert title in section
        # Storage and duration are owed information, not conditions of validity.
        expected = "gebrek" if code in VALIDITY_CRITERIA else "ontbreekt: vraag het na"
        assert expected in section, code
    # The sentences the judgments rest on are marked and linked to their criterion.
    assert '<mark class="highlight" id="zin-1">' in page
    assert "alle betrokken instanties" in page
    assert 'href="#eis-ontvangers"' in page
    assert (
        "dossierwijs vond hierover geen zin in het formulier." in page
    )  # opslag, termijn, intrekken
    assert "AVG art. 4 lid 11" in page


def test_the_check_is_kept_with_its_published_json(family, eva):
    eva.post(reverse("consent:check"), {"text": BLANKET_FORM})
    check = FormCheck.objects.get(vault=family.vault)
    assert check.result["verdict"] == "ongeldig"
    assert set(check.result["criteria"]) == set(CRITERIA)
    assert check.document is None


def test_an_uploaded_pdf_is_stored_in_the_dossier_as_a_consent_form(family, eva):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("formulier.pdf", pdf_with_text(BLANKET_FORM), "application/pdf")
    response = eva.post(reverse("consent:check"), {"file": upload, "keep": "on"})
    assert response.status_code == 302
    check = FormCheck.objects.get(vault=family.vault)
    assert check.document is not None
    assert check.document.doc_type == DocumentType.TOESTEMMINGSFORMULIER
    assert check.result["verdict"] == "ongeldig"


def test_an_upload_the_parent_does_not_keep_leaves_the_dossier_alone(family, eva):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("formulier.pdf", pdf_with_text(BLANKET_FORM), "application/pdf")
    eva.post(reverse("consent:check"), {"file": upload})
    assert not Document.objects.filter(vault=family.vault).exists()
    assert FormCheck.objects.get(vault=family.vault).result["verdict"] == "ongeldig"


def test_an_unreadable_file_gives_a_dutch_message_and_keeps_nothing(family, eva):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("formulier.pdf", b"%PDF-1.4 kapot", "application/pdf")
    response = eva.post(reverse("consent:check"), {"file": upload})
    assert response.status_code == 200
    assert re.search(r"alert--error", response.content.decode())
    assert not FormCheck.objects.filter(vault=family.vault).exists()


def test_nothing_pasted_asks_for_the_text(family, eva):
    response = eva.post(reverse("consent:check"), {"text": "  "})
    assert "Plak de tekst van het formulier of kies het bestand." in response.content.decode()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("anonymous", 302)])
def test_a_meelezer_or_a_stranger_cannot_check_a_form(family, client_for, persona, status):
    response = client_for(persona).post(reverse("consent:check"), {"text": BLANKET_FORM})
    assert response.status_code == status
    if persona == "anonymous":
        assert reverse("vault:login") in response["Location"]
    assert not FormCheck.objects.exists()


def test_an_outsider_checks_in_their_own_vault_only(family, client_for):
    client_for("outsider").post(reverse("consent:check"), {"text": BLANKET_FORM})
    assert not FormCheck.objects.filter(vault=family.vault).exists()
    assert FormCheck.objects.get().vault == family.outsider.vault


def photo_of(text: str) -> bytes:
    """A PNG of the form, as a phone photo or scanner would give it (no text layer)."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(60, 60, 540, 780), text, fontsize=13)
    return page.get_pixmap(dpi=200).tobytes("png")


@pytest.mark.slow
def test_a_photo_of_the_form_is_read_by_ocr_and_gets_the_same_verdict(family, eva):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("foto.png", photo_of(BLANKET_FORM), "image/png")
    response = eva.post(reverse("consent:check"), {"file": upload, "keep": "on"})
    assert response.status_code == 302
    check = FormCheck.objects.get(vault=family.vault)
    assert check.result["verdict"] == "ongeldig"
    assert check.result["criteria"]["ontvangers"]["oordeel"] == "gebrek"
    assert check.document.doc_type == DocumentType.TOESTEMMINGSFORMULIER


def test_a_word_file_is_checked_too(family, eva):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.documents import docx_with_text

    upload = SimpleUploadedFile("formulier.docx", docx_with_text(*BLANKET_FORM.split("\n")))
    eva.post(reverse("consent:check"), {"file": upload})
    assert FormCheck.objects.get(vault=family.vault).result["verdict"] == "ongeldig"
