"""Toestemming geven: a short form that writes a consent meeting all nine criteria."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse

from dossierwijs.consent.models import Consent, Status
from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.dossier.models import DocumentType
from tests.consent.factories import organisation


def composed_text(today: date) -> str:
    from dossierwijs.core.consent_check.compose import Exchange, Storage, compose_specific_consent

    return compose_specific_consent(
        child="Sanne Canarisvogel",
        given_by=["Eva Canarisvogel"],
        requested_by="Logopedie De Klank",
        exchanges=[
            Exchange("OSG De Klimop", "Logopedie De Klank", ["het OPP"], "advies over lezen")
        ],
        storage=[Storage("Logopedie De Klank", "het cliëntdossier in Intramed")],
        withdraw_contact="Logopedie De Klank, info@deklank.example",
        valid_until=today + timedelta(days=200),
        today=today,
    )


def give_data(family, **overrides):
    data = {
        "from_organisation": organisation(family, "Logopedie De Klank", "zorg").pk,
        "given_by": ["ouders", "kind"],
        "purpose": "advies over de leesbegeleiding van Sanne in groep 7",
        "data": "het OPP van dit schooljaar\nhet verslag van het leesonderzoek",
        "storage": "het cliëntdossier in Intramed",
        "valid_until": (date.today() + timedelta(days=200)).isoformat(),
        "withdraw_contact": "Logopedie De Klank, info@deklank.example",
    }
    data.update(overrides)
    return data


def test_giving_a_consent_stores_a_form_that_the_checker_calls_geldig(family, eva):
    response = eva.post(reverse("consent:give"), give_data(family))
    consent = Consent.objects.get(vault=family.vault)
    assert response["Location"] == reverse("consent:detail", args=[consent.pk])
    assert consent.status == Status.GEGEVEN
    assert check_consent_form(consent.text).verdict == "geldig"
    # The PDF in the dossier reads back as a valid consent too.
    document = consent.evidence
    assert document.doc_type == DocumentType.TOESTEMMINGSFORMULIER
    assert check_consent_form(document.current.text).verdict == "geldig"
    assert "Sanne Canarisvogel" in consent.text
    assert "Eva Canarisvogel" in consent.text


def test_the_consent_text_can_be_downloaded_as_word(family, eva):
    import io

    import docx

    eva.post(reverse("consent:give"), give_data(family))
    consent = Consent.objects.get(vault=family.vault)
    response = eva.get(reverse("consent:word", args=[consent.pk]))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "U kunt deze toestemming op elk moment intrekken" in text


def test_a_vague_purpose_is_refused_with_the_reason(family, eva):
    response = eva.post(
        reverse("consent:give"),
        give_data(family, purpose="indien nodig voor een goede begeleiding"),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "te open" in page
    assert not Consent.objects.exists()


def test_a_vague_purpose_the_composer_lets_through_is_caught_by_the_checker(family, eva):
    response = eva.post(
        reverse("consent:give"), give_data(family, purpose="alles wat nodig is voor de begeleiding")
    )
    page = response.content.decode()
    assert "Zo zou het formulier niet aan alle eisen voldoen." in page
    assert "alles wat nodig is" in page
    assert not Consent.objects.exists()


def test_a_consent_needs_an_end(family, eva):
    response = eva.post(reverse("consent:give"), give_data(family, valid_until=""))
    assert "Zeg tot wanneer de toestemming geldt" in response.content.decode()
    assert not Consent.objects.exists()


def test_the_form_says_who_must_sign_at_this_age(family, eva):
    page = eva.get(reverse("consent:give")).content.decode()
    assert "Wie moet tekenen?" in page
    assert "UAVG artikel 5" in page
    assert "van 12 tot 16 jaar toestemming nodig" in page  # the child is 13: WGBO


def test_a_care_provider_consent_without_the_child_gets_a_warning(family, eva):
    response = eva.post(
        reverse("consent:give"), give_data(family, given_by=["ouders"]), follow=True
    )
    assert "Let op:" in response.content.decode()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("anonymous", 302)])
def test_a_meelezer_or_a_stranger_cannot_give_consent(family, client_for, persona, status):
    response = client_for(persona).post(reverse("consent:give"), give_data(family))
    assert response.status_code == status
    assert not Consent.objects.exists()


def test_an_outsider_cannot_use_the_familys_organisations(family, client_for):
    response = client_for("outsider").post(reverse("consent:give"), give_data(family))
    assert response.status_code == 200  # the organisation is not a valid choice for them
    assert not Consent.objects.exists()
