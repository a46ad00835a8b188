"""The open deadlines as an iCalendar download, for members who may see the vault."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from dossierwijs.knowledge.deadlines import OpenDeadline
from tests.contributing import register_deadline_source, unregister_deadline_source

URL = "/termijnen/termijnen.ics"


def two_requests(vault):
    return [
        OpenDeadline(
            "Antwoord van de school",
            date(2026, 3, 2),
            "/brieven/1/",
            "Stuur een herinnering",
            "verzoek",
            key="verzoek:1",
        ),
        OpenDeadline("Reactie op verslag", date(2026, 2, 16), None, None, "gespreksverslag"),
    ]


@pytest.fixture
def registered():
    register_deadline_source(two_requests)
    yield
    unregister_deadline_source(two_requests)


def events(response):
    return [c for c in Calendar.from_ical(response.content).walk("VEVENT")]


def test_parents_download_their_open_deadlines(client_for, registered):
    response = client_for("ouder").get(URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    found = events(response)
    assert [str(e["SUMMARY"]) for e in found] == ["Reactie op verslag", "Antwoord van de school"]
    school = found[1]
    assert school.decoded("DTSTART") == date(2026, 3, 2)
    assert str(school["DESCRIPTION"]) == "Stuur een herinnering"
    assert str(school["URL"]) == "http://testserver/brieven/1/"


def test_the_uid_stays_when_the_date_moves(client_for):
    def before(vault):
        return [OpenDeadline("Antwoord", date(2026, 3, 2), None, None, "verzoek", key="verzoek:7")]

    def after(vault):
        return [OpenDeadline("Antwoord", date(2026, 4, 30), None, None, "verzoek", key="verzoek:7")]

    uids = []
    for source in (before, after):
        register_deadline_source(source)
        try:
            uids.append(str(events(client_for("ouder").get(URL))[0]["UID"]))
        finally:
            unregister_deadline_source(source)
    assert uids[0] == uids[1]


def test_look_alike_deadlines_without_a_key_both_appear(client_for):
    def twins(vault):
        return [OpenDeadline("Antwoord", date(2026, 3, 2), None, None, "verzoek")] * 2

    register_deadline_source(twins)
    try:
        assert len(events(client_for("ouder").get(URL))) == 2
    finally:
        unregister_deadline_source(twins)


def test_no_deadlines_gives_an_empty_calendar(client_for):
    response = client_for("ouder").get(URL)
    assert response.status_code == 200
    assert events(response) == []


def test_a_meelezer_may_not_download_family_deadlines(client_for, registered):
    response = client_for("meelezer").get(URL)
    assert response.status_code == 403
    assert b"Antwoord van de school" not in response.content


def test_anonymous_is_sent_to_the_login(client_for):
    assert client_for("anonymous").get(URL).status_code == 302


def test_the_outsider_gets_only_their_own_vault(client_for, family):
    seen = []

    def spy(vault):
        seen.append(vault)
        return []

    register_deadline_source(spy)
    try:
        client_for("outsider").get(URL)
    finally:
        unregister_deadline_source(spy)
    assert seen == [family.outsider.vault]
