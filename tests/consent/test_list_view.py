"""The register "Toestemmingen": current consents first, the rest below."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.consent.models import Status
from tests.consent.factories import consent


def test_the_list_shows_current_and_ended_consents_apart(family, eva):
    consent(family, purpose="de overstap naar het vso")
    consent(family, purpose="het logopedieverslag bespreken", valid_until=date(2020, 1, 1))
    consent(family, purpose="het mdo in maart", status=Status.INGETROKKEN)
    page = eva.get(reverse("consent:list")).content.decode()
    current, other = page.split("Ingetrokken, geweigerd of verlopen</h2>")
    assert "de overstap naar het vso" in current
    assert "het logopedieverslag bespreken" in other and "Verlopen" in other
    assert "het mdo in maart" in other and "Ingetrokken" in other


def test_the_home_page_card_points_here(family, eva):
    assert reverse("consent:list") in eva.get(reverse("vault:home")).content.decode()


def test_an_empty_register_explains_what_consent_is_for(family, eva):
    page = eva.get(reverse("consent:list")).content.decode()
    assert "Er geldt nu geen toestemming." in page
    assert "artikel 4 lid 11" in page
    assert reverse("knowledge:item", args=["toestemming-per-doel"]) in page


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("anonymous", 302)])
def test_a_meelezer_or_a_stranger_does_not_see_the_register(family, client_for, persona, status):
    consent(family)
    assert client_for(persona).get(reverse("consent:list")).status_code == status


def test_an_outsider_sees_only_their_own_register(family, client_for):
    consent(family, purpose="de overstap naar het vso")
    page = client_for("outsider").get(reverse("consent:list")).content.decode()
    assert "de overstap naar het vso" not in page
