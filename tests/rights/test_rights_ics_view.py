"""/verzoeken/termijnen.ics: the open deadlines as a file for the parent's own calendar."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.rights.factories import bare_request, other_organisation

URL = "/verzoeken/termijnen.ics"


def test_the_url_name_resolves_here():
    assert reverse("rights:ics") == URL


def test_every_open_request_is_one_event_on_its_deadline(family, ouder):
    bare_request(family, received_on=date(2026, 1, 31))
    bare_request(family, received_on=date(2026, 2, 10), organisation=other_organisation(family))
    bare_request(family)  # not sent: no deadline yet
    response = ouder.get(URL)
    assert response.status_code == 200
    assert 'filename="dossierwijs-termijnen.ics"' in response["Content-Disposition"]
    found = sorted(
        e.decoded("dtstart") for e in Calendar.from_ical(response.content).walk("VEVENT")
    )
    assert found == [date(2026, 3, 2), date(2026, 3, 10)]


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("anonymous", 302)])
def test_others_get_no_calendar(client_for, cheap_request, persona, status):
    assert client_for(persona).get(URL).status_code == status


def test_an_outsider_gets_only_their_own_empty_calendar(client_for, cheap_request):
    response = client_for("outsider").get(URL)
    assert response.status_code == 200
    assert b"VEVENT" not in response.content
