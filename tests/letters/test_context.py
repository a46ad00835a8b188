"""letter_context: the vault's child, parents and the organisation, and nothing made up."""

from __future__ import annotations

import pytest

from dossierwijs.core.letters import Address, MissingData
from dossierwijs.core.letters.model import Writer
from dossierwijs.letters.context import letter_context, parse_address


@pytest.mark.parametrize(
    "text",
    [
        "Lijsterbeslaan 14, 3581 AB Utrecht",
        "Lijsterbeslaan 14\n3581AB Utrecht",
        "Lijsterbeslaan 14\n3581 ab  Utrecht\n",
    ],
)
def test_address_is_read_on_one_line_or_two(text):
    assert parse_address(text) == Address("Lijsterbeslaan 14", "3581 AB", "Utrecht")


def test_address_without_postcode_stays_incomplete():
    assert not parse_address("ergens in Utrecht").is_complete()
    assert not parse_address("").is_complete()


def test_both_parents_sign_and_the_second_is_copied(letter_family, school):
    ctx = letter_context(vault=letter_family.vault, by=letter_family.ouder, organisation=school)
    assert [p.name for p in ctx.signers] == ["Eva Canarisvogel", "Joost Canarisvogel"]
    assert [p.email for p in ctx.copied_parents] == ["joost@example.nl"]
    assert ctx.child.name == "Sanne Canarisvogel"
    assert ctx.address.city == "Utrecht" and ctx.place == "Utrecht"
    assert ctx.recipient.name == "OSG De Klimop"
    assert ctx.recipient.email == "administratie@klimop.example"
    assert ctx.recipient.address == Address("Schoolpad 3", "3512 KL", "Utrecht")


def test_signing_alone_puts_the_other_parent_in_copy(letter_family, school):
    ctx = letter_context(
        vault=letter_family.vault,
        by=letter_family.mede_ouder,
        organisation=school,
        sign_as_both=False,
    )
    assert [p.name for p in ctx.signers] == ["Joost Canarisvogel"]
    assert [p.name for p in ctx.other_parents] == ["Eva Canarisvogel"]


def test_a_typed_in_organisation_and_contact_person(letter_family):
    ctx = letter_context(
        vault=letter_family.vault,
        by=letter_family.ouder,
        extra={
            "organisation_name": "GGD Utrecht",
            "organisation_address": "Postbus 1, 3500 AA Utrecht",
            "organisation_email": "privacy@ggd.example",
            "contact_person": "Dr. Bakker",
        },
    )
    assert ctx.recipient.name == "GGD Utrecht"
    assert ctx.recipient.contact_person == "Dr. Bakker"
    assert ctx.recipient.address.postcode == "3500 AA"


def test_missing_address_stays_missing(letter_family, school):
    letter_family.ouder.postal_address = ""
    letter_family.ouder.save()
    ctx = letter_context(vault=letter_family.vault, by=letter_family.ouder, organisation=school)
    assert any("adres" in label for label in ctx.missing())


def test_missing_birth_date_is_asked_for_with_the_rest(family):
    family.vault.child_birth_date = None
    family.vault.save()
    with pytest.raises(MissingData) as caught:
        letter_context(vault=family.vault, by=family.ouder, extra={"organisation_name": "X"})
    assert "Geboortedatum van uw kind" in caught.value.labels
    assert any("adres" in label for label in caught.value.labels)


def test_the_young_person_can_write(letter_family, school):
    ctx = letter_context(
        vault=letter_family.vault,
        by=letter_family.kind_16plus,
        organisation=school,
        extra={"writer": "jongere"},
    )
    assert ctx.writer is Writer.JONGERE
    assert ctx.signer_names == ("Sanne Canarisvogel",)


def test_unknown_extra_is_a_programming_error(letter_family):
    with pytest.raises(TypeError):
        letter_context(vault=letter_family.vault, by=letter_family.ouder, extra={"adres": "x"})
