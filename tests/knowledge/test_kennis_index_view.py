"""Kennis index: every item in plain Dutch with its confidence, for every member."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.core.knowledge import ITEMS
from tests.knowledge.conftest import page_text

URL = "/kennis/"


def test_the_url_name_the_home_page_uses_resolves_here():
    assert reverse("knowledge:index") == URL


@pytest.mark.parametrize("persona", ["ouder", "mede_ouder", "kind_16plus", "meelezer", "outsider"])
def test_every_member_may_read_kennis(client_for, persona):
    response = client_for(persona).get(URL)
    assert response.status_code == 200
    assert "Kennis" in page_text(response)


def test_anonymous_is_sent_to_the_login(client_for):
    response = client_for("anonymous").get(URL)
    assert response.status_code == 302
    assert reverse("vault:login") in response["Location"]


def test_lists_every_item_with_a_link_to_its_page(client_for):
    html = client_for("ouder").get(URL).content.decode()
    for item in ITEMS:
        assert f'href="/kennis/{item.slug}/"' in html
        assert item.title in html


def test_inferred_items_are_hedged_in_the_list(client_for):
    text = page_text(client_for("ouder").get(URL))
    # eigen-gespreksverslag rests on a working agreement (I), never stated as law.
    assert "Meestal geldt: schrijf na een gesprek op wat er is afgesproken." in text
    assert "Onze uitleg op basis van de bronnen: meestal klopt het, vraag het na" in text


def test_shows_no_family_data(client_for):
    # A meelezer reads it too: nothing about the child may appear.
    assert "Sanne" not in page_text(client_for("meelezer").get(URL))
