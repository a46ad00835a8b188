"""/verzoeken/: every request of the vault, most urgent first, with a status badge."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.rights import services
from tests.rights.conftest import page_text
from tests.rights.factories import bare_request, other_organisation

URL = "/verzoeken/"


def test_the_url_name_resolves_here():
    assert reverse("rights:list") == URL


@pytest.mark.parametrize("persona", ["ouder", "mede_ouder", "kind_16plus"])
def test_members_who_see_the_vault_see_its_requests(client_for, cheap_request, persona):
    text = page_text(client_for(persona).get(URL))
    assert "Antwoord op uw inzageverzoek aan OSG De Klimop" in text


def test_a_meelezer_is_refused(client_for, cheap_request):
    assert client_for("meelezer").get(URL).status_code == 403


def test_an_outsider_sees_only_their_own_empty_list(client_for, cheap_request):
    response = client_for("outsider").get(URL)
    assert response.status_code == 200
    assert "OSG De Klimop" not in page_text(response)
    assert "Er lopen nu geen verzoeken" in page_text(response)


def test_anonymous_is_sent_to_the_login(client_for):
    response = client_for("anonymous").get(URL)
    assert response.status_code == 302
    assert reverse("vault:login") in response["Location"]


def test_the_most_urgent_request_comes_first(family, ouder):
    bare_request(family, received_on=timezone.localdate(), organisation=other_organisation(family))
    bare_request(family, received_on=date(2026, 1, 31))
    text = page_text(ouder.get(URL))
    assert text.index("OSG De Klimop") < text.index("Samenwerkingsverband Utrecht")
    assert "maandag 2 maart 2026" in text
    assert "dagen te laat" in text


def test_status_badges_say_how_urgent_it_is(family, ouder):
    bare_request(family, received_on=date(2026, 1, 31))
    html = ouder.get(URL).content.decode()
    assert 'class="badge badge--bad">Geen reactie<' in html


def test_finished_requests_are_listed_only_under_all(family, ouder):
    request = bare_request(family, received_on=date(2026, 1, 31))
    services.mark_done(rights_request=request, by=family.ouder)
    assert "OSG De Klimop" not in page_text(ouder.get(URL))
    assert "Afgerond" in page_text(ouder.get(URL, {"toon": "alle"}))


def test_htmx_swaps_only_the_list(ouder, cheap_request):
    response = ouder.get(URL, {"toon": "alle"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="requests"')
    assert "<html" not in html
