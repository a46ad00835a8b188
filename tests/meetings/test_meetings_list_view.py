"""GET /gesprekken/: the family's meetings, and the way to prepare a new one."""

from __future__ import annotations

from django.urls import reverse

from tests.meetings.conftest import page_text


def test_an_empty_list_invites_to_prepare_a_meeting(ouder):
    text = page_text(ouder.get(reverse("meetings:list")))
    assert "U hebt nog geen gesprekken vastgelegd." in text


def test_the_list_shows_the_meeting_and_its_date(ouder, a_meeting):
    text = page_text(ouder.get(reverse("meetings:list")))
    assert "Gesprek over rekenen" in text and "12 maart 2026" in text


def test_another_family_does_not_see_it(client_for, a_meeting):
    text = page_text(client_for("outsider").get(reverse("meetings:list")))
    assert "Gesprek over rekenen" not in text
