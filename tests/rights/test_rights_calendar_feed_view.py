"""/agenda/<token>.ics: the read-only calendar subscription; the secret token is the only key."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client, RequestFactory
from icalendar import Calendar

from dossierwijs.core.calendar import deadline_uid
from dossierwijs.rights import services
from dossierwijs.rights.views.calendar import calendar_feed
from dossierwijs.vault import keyholder


def feed_url(token: str) -> str:
    return f"/agenda/{token}.ics"


def events(body: bytes) -> list:
    return list(Calendar.from_ical(body).walk("VEVENT"))


@pytest.mark.parametrize("persona", ["ouder", "meelezer", "outsider", "anonymous"])
def test_a_wrong_token_is_not_found_for_everyone(client_for, cheap_request, persona):
    services.calendar_token(cheap_request.vault)
    assert client_for(persona).get(feed_url("geraden-token")).status_code == 404


def test_the_right_token_gives_the_open_deadlines_without_login(cheap_request):
    token = services.calendar_token(cheap_request.vault).token
    response = Client().get(feed_url(token))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    [event] = events(response.content)
    assert event.decoded("dtstart") == date(2026, 3, 2)  # the rules core's deadline
    assert str(event["summary"]) == "Antwoord op uw inzageverzoek aan OSG De Klimop"
    assert str(event["uid"]) == deadline_uid(f"verzoek:{cheap_request.pk}")
    assert "AVG artikel 12 lid 3" in str(event["description"])


def test_a_valid_extension_moves_the_event_and_keeps_its_uid(family, cheap_request):
    token = services.calendar_token(cheap_request.vault).token
    services.record_extension(
        rights_request=cheap_request,
        by=family.ouder,
        announced_on=date(2026, 2, 20),
        with_reasons=True,
    )
    [event] = events(Client().get(feed_url(token)).content)
    assert event.decoded("dtstart") == date(2026, 4, 30)
    assert str(event["uid"]) == deadline_uid(f"verzoek:{cheap_request.pk}")
    assert int(event["sequence"]) == 1


def test_a_new_link_makes_the_old_one_stop_working(client_for, cheap_request):
    old = services.calendar_token(cheap_request.vault).token
    response = client_for("ouder").post("/verzoeken/agenda/nieuwe-link/")
    assert response.status_code == 302
    new = services.calendar_token(cheap_request.vault).token
    assert new != old
    assert Client().get(feed_url(old)).status_code == 404
    assert Client().get(feed_url(new)).status_code == 200


def test_closed_requests_are_not_in_the_feed(family, cheap_request):
    token = services.calendar_token(cheap_request.vault).token
    services.mark_done(rights_request=cheap_request, by=family.ouder)
    assert events(Client().get(feed_url(token)).content) == []


def test_while_the_vault_is_locked_the_feed_says_so_and_asks_to_retry(cheap_request):
    token = services.calendar_token(cheap_request.vault).token
    request = RequestFactory().get(feed_url(token))
    keyholder.lock()
    response = calendar_feed(request, feed_token=token)
    assert response.status_code == 503
    assert response["Retry-After"] == "3600"
    assert "dossierwijs is vergrendeld" in response.content.decode()
    assert token not in response.content.decode()


def test_deadlines_of_other_apps_are_in_the_same_subscription(cheap_request):
    from dossierwijs.knowledge.deadlines import OpenDeadline
    from tests.contributing import register_deadline_source, unregister_deadline_source

    def meeting_reports(vault):
        return [
            OpenDeadline(
                title="Reageren op het verslag van het MDO",
                due=date(2026, 3, 5),
                url=None,
                next_step=None,
                kind="gespreksverslag",
                key="mdo:1",
            )
        ]

    token = services.calendar_token(cheap_request.vault).token
    register_deadline_source(meeting_reports)
    try:
        body = Client().get(feed_url(token)).content
    finally:
        unregister_deadline_source(meeting_reports)
    found = {str(e["summary"]): e.decoded("dtstart") for e in events(body)}
    assert found == {
        "Antwoord op uw inzageverzoek aan OSG De Klimop": date(2026, 3, 2),
        "Reageren op het verslag van het MDO": date(2026, 3, 5),
    }


@pytest.mark.parametrize("token", ["é-ü", "x" * 300, "%00"])
def test_odd_tokens_are_simply_not_found(cheap_request, token):
    services.calendar_token(cheap_request.vault)
    assert Client().get(feed_url(token)).status_code == 404
