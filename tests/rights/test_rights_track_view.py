"""POST /verzoeken/volgen/<letter>/: track a request whose letter was made on the Brieven pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.letters.services import produce_letter
from dossierwijs.rights.models import RightsRequest, Status
from tests.rights.conftest import page_text
from tests.rights.factories import ready_for_letters, school


@pytest.fixture
def made_letter(family):
    """An access request made (and perhaps edited) on the Brieven pages, not tracked yet."""
    ready_for_letters(family)
    return produce_letter(
        vault=family.vault,
        by=family.ouder,
        kind="inzage",
        tone="stellig",
        fields={},
        organisation=school(family),
    ).letter


def url(letter):
    return reverse("rights:track", args=[letter.pk])


def test_a_letter_made_on_brieven_is_offered_for_tracking(ouder, made_letter):
    html = ouder.get(reverse("rights:new")).content.decode()
    assert made_letter.title in html
    assert url(made_letter) in html


def test_tracking_it_starts_a_request_with_that_letter(family, ouder, made_letter):
    response = ouder.post(url(made_letter))
    request = RightsRequest.objects.get(vault=family.vault)
    assert response["Location"] == reverse("rights:detail", args=[request.pk])
    assert request.letter == made_letter.document
    assert request.organisation == made_letter.organisation
    assert request.kind == "inzage"
    assert request.on_behalf_of_both  # both parents signed
    assert request.status == Status.CONCEPT
    assert made_letter.title not in page_text(ouder.get(reverse("rights:new")))


def test_tracking_twice_keeps_one_request(family, ouder, made_letter):
    ouder.post(url(made_letter))
    ouder.post(url(made_letter))
    assert RightsRequest.objects.filter(vault=family.vault).count() == 1


def test_a_letter_without_a_deadline_is_not_tracked(family, ouder):
    ready_for_letters(family)
    letter = produce_letter(
        vault=family.vault,
        by=family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields={
            "school_year": "2026-2027",
            "talents": "tekenen",
            "difficulties": "plannen",
            "helps": "een vaste plek",
            "does_not_help": "drukte",
        },
        organisation=school(family),
    ).letter
    response = ouder.post(url(letter), follow=True)
    assert "Deze brief is geen verzoek dat een termijn heeft." in page_text(response)
    assert not RightsRequest.objects.exists()


@pytest.mark.parametrize(("persona", "status"), [("meelezer", 403), ("outsider", 404)])
def test_others_cannot_track_it(client_for, made_letter, persona, status):
    assert client_for(persona).post(url(made_letter)).status_code == status
    assert not RightsRequest.objects.exists()


def test_anonymous_is_sent_to_the_login(client_for, made_letter):
    assert reverse("vault:login") in client_for("anonymous").post(url(made_letter))["Location"]
