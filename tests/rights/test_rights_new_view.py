"""/verzoeken/nieuw/: choose the right, the organisation and on whose behalf; get the letter."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.addressbook.models import Organisation
from dossierwijs.dossier.models import Document, DocumentType
from dossierwijs.letters.models import Letter
from dossierwijs.rights.models import RightsRequest, Status
from dossierwijs.vault.journal_model import JournalEntry
from tests.rights.conftest import page_text
from tests.rights.factories import BIRTH_DATE, ready_for_letters, school

URL = "/verzoeken/nieuw/"


def post_inzage(client, organisation, **extra):
    data = {
        "soort": "inzage",
        "organisation": str(organisation.pk),
        "sign_as": "both",
        "tone": "zakelijk",
        "f_checklist": ["leerlingvolgsysteem", "ontvangers", "bewaartermijn"],
        "f_pupil_system": "Magister",
    }
    data.update(extra)
    return client.post(URL, data)


def test_the_url_name_resolves_here():
    assert reverse("rights:new") == URL


def test_first_the_parent_chooses_which_right(ouder):
    text = page_text(ouder.get(URL))
    assert "Wat wilt u vragen?" in text
    assert "Inzage en een kopie (artikel 15 AVG)" in text
    assert "Bezwaar tegen het gebruik (artikel 21 AVG)" in text


def test_an_access_request_offers_the_checklist_schools_tend_to_leave_out(family, ouder):
    school(family)
    text = page_text(ouder.get(URL, {"soort": "inzage"}))
    assert "Waar vraagt u in het bijzonder om" in text
    assert "Documenten in het leerlingvolgsysteem, ook de verborgen" in text
    assert "Aan wie gegevens zijn verstrekt (artikel 15 lid 1 c)" in text
    assert "OSG De Klimop" in text  # from the address book


def test_an_access_request_on_behalf_of_both_parents_makes_the_letter(family, ouder):
    ready_for_letters(family)
    organisation = school(family)
    response = post_inzage(ouder, organisation)
    request = RightsRequest.objects.get(vault=family.vault)
    assert response.status_code == 302
    assert response["Location"] == reverse("rights:detail", args=[request.pk])
    assert request.kind == "inzage"
    assert request.on_behalf_of_both
    assert request.status == Status.CONCEPT
    assert request.letter.doc_type == DocumentType.BRIEF
    letter = Letter.objects.get(document=request.letter)
    assert "Magister" in letter.text
    assert "Eva Canarisvogel" in letter.text and "Joost Canarisvogel" in letter.text
    assert JournalEntry.objects.filter(
        object_id=str(request.pk), summary="Verzoek gestart"
    ).exists()


def test_a_new_organisation_can_be_typed_in(family, ouder):
    ready_for_letters(family)
    response = ouder.post(
        URL,
        {
            "soort": "correctie",
            "organisation_name": "Jeugdteam Oost",
            "organisation_address": "Oostweg 2, 3511 BB Utrecht",
            "sign_as": "me",
            "tone": "vriendelijk",
            "f_statement": "Sanne is vaak afwezig.",
            "f_source": "het verslag van 3 maart",
            "f_reason": "Sanne was twee keer ziek gemeld.",
            "f_correction": "Sanne was twee keer afwezig wegens ziekte.",
            "f_mode": "correctie",
        },
    )
    assert response.status_code == 302
    request = RightsRequest.objects.get(vault=family.vault)
    assert request.organisation.name == "Jeugdteam Oost"  # now in the address book too
    assert request.organisation.address == "Oostweg 2, 3511 BB Utrecht"
    assert not request.on_behalf_of_both


def test_missing_vault_data_is_asked_for_in_dutch_and_nothing_is_stored(family, ouder):
    family.vault.child_birth_date = BIRTH_DATE
    family.vault.save()
    organisation = school(family)  # no address: the letter cannot be written
    response = post_inzage(ouder, organisation)
    assert response.status_code == 200
    assert "De brief kan nog niet gemaakt worden. Vul nog in:" in page_text(response)
    assert "Uw adres" in page_text(response)
    assert not RightsRequest.objects.exists()
    assert not Document.objects.filter(vault=family.vault).exists()


def test_the_kind_fields_are_required_where_the_letter_needs_them(family, ouder):
    ready_for_letters(family)
    response = ouder.post(
        URL,
        {
            "soort": "bezwaar",
            "organisation": str(school(family).pk),
            "sign_as": "both",
            "tone": "zakelijk",
        },
    )
    assert response.status_code == 200
    assert "Dit veld is verplicht." in page_text(response)
    assert not RightsRequest.objects.exists()


def test_no_organisation_says_so(family, ouder):
    ready_for_letters(family)
    response = ouder.post(
        URL,
        {
            "soort": "inzage",
            "sign_as": "both",
            "tone": "zakelijk",
            "f_checklist": ["toegang"],
        },
    )
    assert "Kies een organisatie uit uw adresboek, of typ de naam" in page_text(response)
    assert not Organisation.objects.filter(vault=family.vault).exists()


def test_an_outsider_cannot_address_a_letter_to_anothers_organisation(family, client_for):
    ready_for_letters(family)
    response = post_inzage(client_for("outsider"), school(family))
    assert response.status_code == 200  # not a choice in their own address book
    assert "OSG De Klimop" not in page_text(response)
    assert not RightsRequest.objects.exists()


def test_a_meelezer_is_refused(client_for):
    assert client_for("meelezer").get(URL).status_code == 403


def test_anonymous_is_sent_to_the_login(client_for):
    response = client_for("anonymous").post(URL, {"soort": "inzage"})
    assert response.status_code == 302
    assert reverse("vault:login") in response["Location"]


@pytest.mark.parametrize("kind", ["verwijdering", "beperking", "bezwaar"])
def test_every_kind_has_its_own_questions(ouder, kind):
    from dossierwijs.core.letters import form_fields

    text = page_text(ouder.get(URL, {"soort": kind}))
    for field in form_fields(kind):
        assert field.label in text


def test_for_a_child_of_16_the_parents_write_with_her_authorisation(family, ouder):
    from datetime import date

    ready_for_letters(family)
    family.vault.child_birth_date = date(2008, 4, 12)
    family.vault.save(update_fields=["child_birth_date"])
    assert "Wie schrijft de brief" in page_text(ouder.get(URL, {"soort": "inzage"}))
    response = post_inzage(ouder, school(family), writer="ouders_met_machtiging")
    assert response.status_code == 302
    letter = Letter.objects.get(document=RightsRequest.objects.get().letter)
    assert letter.companion is not None  # the machtiging, produced by the letters app
    assert letter.companion.kind == "machtiging"


def test_for_a_child_of_16_the_parents_alone_are_refused_in_dutch(family, ouder):
    from datetime import date

    ready_for_letters(family)
    family.vault.child_birth_date = date(2008, 4, 12)
    family.vault.save(update_fields=["child_birth_date"])
    response = post_inzage(ouder, school(family))
    assert response.status_code == 200
    assert "Wie schrijft de brief" in page_text(response)
    assert not RightsRequest.objects.exists()
