"""/verzoeken/agenda/: the download, the subscription link, and what happens while locked."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.rights import services
from tests.rights.conftest import page_text

URL = "/verzoeken/agenda/"


def test_the_page_shows_the_secret_link_and_explains_the_locked_vault(family, ouder):
    text = page_text(ouder.get(URL))
    token = services.calendar_token(family.vault).token
    assert f"/agenda/{token}.ics" in ouder.get(URL).content.decode()
    assert "Is dossierwijs vergrendeld" in text
    assert "later opnieuw moet proberen" in text
    # Words for parents (issue 14): no status code, no host name, no URL scheme.
    for jargon in ("foutcode", "503", "localhost", "webcal"):
        assert jargon not in text
    assert "Maak een nieuwe link" in text
    assert "De link werkt alleen op deze computer." in text


def test_a_meelezer_is_refused(client_for):
    assert client_for("meelezer").get(URL).status_code == 403
    assert client_for("meelezer").post(reverse("rights:calendar_token")).status_code == 403


def test_the_outsider_sees_their_own_link_not_the_familys(family, client_for):
    token = services.calendar_token(family.vault).token
    response = client_for("outsider").get(URL)
    assert response.status_code == 200
    assert token not in response.content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_is_sent_to_the_login(client_for, method):
    target = URL if method == "get" else reverse("rights:calendar_token")
    response = getattr(client_for("anonymous"), method)(target)
    assert reverse("vault:login") in response["Location"]
