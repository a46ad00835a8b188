"""A consent's own page, the trajectory that ends, and closing a lapsed consent."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.consent.models import Status
from tests.consent.factories import consent, organisation


def test_the_detail_page_shows_what_was_agreed_and_who_signs(family, eva):
    item = consent(family, to_organisation=organisation(family, "GGD Utrecht", "ggd"))
    page = eva.get(reverse("consent:detail", args=[item.pk])).content.decode()
    assert "van OSG De Klimop naar GGD Utrecht" in page
    assert "het OPP van dit schooljaar" in page
    assert "Toestemming intrekken en brief maken" in page
    assert "BW 7:450" in page or "zorgverlener" in page  # a care provider takes part: WGBO


def test_marking_the_trajectory_ended_stops_the_consent(family, eva):
    item = consent(family, valid_until=None, trajectory="de behandeling bij Logopedie De Klank")
    eva.post(reverse("consent:trajectory_ended", args=[item.pk]))
    item.refresh_from_db()
    assert item.trajectory_ended and item.trajectory_ended_on == date.today()
    assert item.current_status() == Status.VERLOPEN


def test_a_lapsed_consent_can_be_closed_as_verlopen(family, eva):
    item = consent(family, valid_until=date(2020, 1, 1))
    eva.post(reverse("consent:expire", args=[item.pk]))
    item.refresh_from_db()
    assert item.status == Status.VERLOPEN


def test_a_current_consent_is_not_closed_as_verlopen(family, eva):
    item = consent(family)
    eva.post(reverse("consent:expire", args=[item.pk]))
    item.refresh_from_db()
    assert item.status == Status.GEGEVEN


@pytest.mark.parametrize(
    ("persona", "status"), [("meelezer", 403), ("outsider", 404), ("anonymous", 302)]
)
def test_others_cannot_see_or_change_a_consent(family, client_for, persona, status):
    item = consent(family, valid_until=date(2020, 1, 1))
    client = client_for(persona)
    assert client.get(reverse("consent:detail", args=[item.pk])).status_code == status
    assert client.post(reverse("consent:expire", args=[item.pk])).status_code == status
    item.refresh_from_db()
    assert item.status == Status.GEGEVEN


def test_a_new_organisation_or_purpose_asks_a_new_specific_consent(family, eva):
    # Issue 16: the seed's re-consent practice; the earlier consent stays as it was.
    item = consent(family)
    page = eva.get(reverse("consent:detail", args=[item.pk])).content.decode()
    give = reverse("consent:give") + f"?naar-aanleiding-van={item.pk}"
    assert "Nieuwe organisatie of nieuw doel?" in page and give in page
    form_page = eva.get(give)
    assert form_page.context["form"].initial["data"] == item.data
    assert "Die toestemming geldt niet voor een nieuwe organisatie" in form_page.content.decode()
    assert eva.get(reverse("consent:give") + "?naar-aanleiding-van=geen-uuid").status_code == 200
