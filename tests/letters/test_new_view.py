"""The letter form: the kind's own fields, the address book, tones, signers, missing data."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.core.letters import KINDS, form_fields


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_its_form(kind, letter_family, school, client_for):
    response = client_for("ouder").get(reverse("letters:new", args=[kind]))
    assert response.status_code == 200
    html = response.content.decode()
    for spec in form_fields(kind):
        if spec.widget in ("file", "files"):
            assert spec.label in html  # documents from the dossier (none here yet)
        elif spec.widget != "object":
            assert f'name="f_{spec.name}"' in html
    assert html.count('name="tone"') == 3


def test_inzage_checklist_is_all_on_and_id_guidance_is_shown(letter_family, school, client_for):
    html = client_for("ouder").get(reverse("letters:new", args=["inzage"])).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="f_checklist"[^>]*>', html)
    assert len(boxes) == 11
    assert all("checked" in box for box in boxes)
    assert 'value="leerlingvolgsysteem"' in html
    assert "burgerservicenummer (BSN) en de pasfoto" in html
    assert reverse("letters:id_copy") in html


def test_the_school_is_chosen_and_tones_are_explained(letter_family, school, client_for):
    html = client_for("ouder").get(reverse("letters:new", args=["inzage"])).content.decode()
    assert f'<option value="{school.pk}" selected>' in html
    assert "Beleefd en gericht op samenwerking" in html
    assert "Alleen ik; Joost Canarisvogel krijgt een kopie" in html


def test_for_a_child_of_16_the_writer_is_asked(letter_family, school, client_for):
    letter_family.vault.child_birth_date = date(2008, 3, 1)
    letter_family.vault.save()
    html = client_for("ouder").get(reverse("letters:new", args=["inzage"])).content.decode()
    assert 'name="writer"' in html
    assert "artikel 5 UAVG" in html
    html = client_for("ouder").get(reverse("letters:new", args=["mentor_update"])).content.decode()
    assert 'name="writer"' not in html  # not a rights request


def test_unknown_kind_is_not_found(letter_family, client_for):
    assert client_for("ouder").get("/brieven/nieuw/onzin/").status_code == 404


@pytest.mark.parametrize("persona,status", [("meelezer", 403), ("outsider", 200)])
def test_a_meelezer_cannot_write_letters(persona, status, letter_family, client_for):
    response = client_for(persona).get(reverse("letters:new", args=["inzage"]))
    assert response.status_code == status
    assert "Klimop" not in response.content.decode()


def test_a_received_document_offers_a_correction_letter(letter_family, school, client_for):
    from dossierwijs.dossier.models import Document
    from dossierwijs.dossier.services import add_document
    from tests.documents import pdf_with_text

    document = add_document(
        vault=letter_family.vault,
        by=letter_family.ouder,
        filename="verslag.pdf",
        data=pdf_with_text("Verslag van het OPP-gesprek"),
        title="Verslag OPP-gesprek",
        origin="ontvangen",
    )
    Document.objects.filter(pk=document.pk).update(organisation="OSG De Klimop")
    client = client_for("ouder")
    page = client.get(reverse("dossier:detail", args=[document.pk])).content.decode()
    url = reverse("letters:new", args=["correctie"]) + f"?document={document.pk}"
    assert url in page
    html = client.get(url).content.decode()
    assert 'value="Verslag OPP-gesprek"' in html
    assert f'<option value="{school.pk}" selected>' in html


def test_a_document_of_another_vault_cannot_be_named(letter_family, client_for):
    from dossierwijs.dossier.services import add_document
    from tests.documents import pdf_with_text

    document = add_document(
        vault=letter_family.vault,
        by=letter_family.ouder,
        filename="verslag.pdf",
        data=pdf_with_text("Verslag"),
        title="Verslag",
        origin="ontvangen",
    )
    url = reverse("letters:new", args=["correctie"]) + f"?document={document.pk}"
    assert client_for("outsider").get(url).status_code == 404
    assert client_for("ouder").get(url.replace(str(document.pk), "onzin")).status_code == 200


def test_the_form_links_to_the_kennis_page(letter_family, client_for):
    html = client_for("ouder").get(reverse("letters:new", args=["inzage"])).content.decode()
    assert reverse("knowledge:item", args=["inzage-schriftelijk-met-kopie"]) in html


def test_a_parent_without_gezag_is_told_before_filling_in_an_access_request(
    letter_family, school, client_for
):
    from dossierwijs.vault import services

    services.set_gezag(member=letter_family.mede_ouder, gezag="zonder")
    html = client_for("mede_ouder").get(reverse("letters:new", args=["inzage"])).content.decode()
    assert "Alleen een ouder met gezag kan dit verzoek doen" in html
    assert reverse("letters:new", args=["informatie"]) in html
    own = client_for("ouder").get(reverse("letters:new", args=["inzage"])).content.decode()
    assert "Alleen een ouder met gezag kan dit verzoek doen" not in own
