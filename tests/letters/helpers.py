"""Objects of the family's vault for URL parameters of the letters app (authorization matrix)."""

from __future__ import annotations

from datetime import date


def prepare_family(family) -> None:
    """Give the family what letters need: the child's birth date, an address, e-mail addresses."""
    vault = family.vault
    vault.child_birth_date = date(2013, 4, 12)
    vault.save()
    family.ouder.postal_address = "Lijsterbeslaan 14\n3581 AB Utrecht"
    family.ouder.email = "eva@example.nl"
    family.ouder.save()
    family.mede_ouder.email = "joost@example.nl"
    family.mede_ouder.save()


def family_school(family):
    from dossierwijs.addressbook.models import Organisation

    organisation, _created = Organisation.objects.get_or_create(
        vault=family.vault,
        name="OSG De Klimop",
        defaults={
            "kind": "school",
            "address": "Schoolpad 3, 3512 KL Utrecht",
            "email": "administratie@klimop.example",
        },
    )
    return organisation


def family_letter(family):
    from dossierwijs.letters.models import Letter
    from dossierwijs.letters.services import produce_letter

    existing = Letter.objects.filter(vault=family.vault).first()
    if existing is not None:
        return existing
    prepare_family(family)
    return produce_letter(
        vault=family.vault,
        by=family.ouder,
        kind="inzage",
        tone="zakelijk",
        fields={},
        organisation=family_school(family),
    ).letter


def letter_parameter(name: str, family):
    if name == "kind":
        return "inzage"
    if name == "letter_format":
        return "pdf"
    return family_letter(family).pk
