"""Brieven & verzoeken: the letters made, and every kind to choose with its legal source."""

from __future__ import annotations

import pytest
from django.urls import reverse

from dossierwijs.core.letters import KINDS
from tests.letters.helpers import family_letter


def test_every_kind_is_offered_with_its_source(letter_family, client_for):
    html = client_for("ouder").get(reverse("letters:list")).content.decode()
    for key, kind in KINDS.items():
        assert reverse("letters:new", args=[key]) in html
        assert kind.label in html
    assert "Artikel 15 AVG" in html
    assert "U hebt nog geen brieven gemaakt" in html


def test_produced_letters_are_listed(letter_family, client_for):
    letter = family_letter(letter_family)
    html = client_for("mede_ouder").get(reverse("letters:list")).content.decode()
    assert reverse("letters:detail", args=[letter.pk]) in html
    assert "Inzageverzoek aan OSG De Klimop" in html


@pytest.mark.parametrize("persona,status", [("meelezer", 403), ("kind_16plus", 200)])
def test_who_may_see_letters(persona, status, letter_family, client_for):
    assert client_for(persona).get(reverse("letters:list")).status_code == status


def test_an_outsider_sees_nothing_of_this_family(letter_family, client_for):
    family_letter(letter_family)
    html = client_for("outsider").get(reverse("letters:list")).content.decode()
    assert "Klimop" not in html and "Sanne" not in html


def test_three_tones_of_one_letter_are_told_apart_by_kind_and_tone(letter_family, client_for):
    from dossierwijs.letters.services import produce_letter
    from tests.letters.helpers import family_school

    school = family_school(letter_family)
    for tone in ("vriendelijk", "zakelijk", "stellig"):
        produce_letter(
            vault=letter_family.vault,
            by=letter_family.ouder,
            kind="inzage",
            tone=tone,
            fields={},
            organisation=school,
        )
    html = client_for("ouder").get(reverse("letters:list")).content.decode()
    for label in ("Vriendelijk", "Zakelijk", "Stellig"):
        assert f"Inzageverzoek · toon: {label}" in html
    assert "(vriendelijk)" in html and "(stellig)" in html  # in the title, so in the dossier too
