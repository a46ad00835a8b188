"""Every write to the address book: in a transaction, journaled (never with the names)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import Contact, Organisation

ORGANISATION_FIELDS = ("name", "kind", "school_relation", "address", "email", "phone", "notes")
CONTACT_FIELDS = ("name", "role", "email", "phone")


def add_organisation(*, vault, by, **fields) -> Organisation:
    with transaction.atomic():
        organisation = Organisation.objects.create(
            vault=vault, **{k: v for k, v in fields.items() if k in ORGANISATION_FIELDS}
        )
        journal.record(
            vault=vault,
            actor=by,
            action=Action.EDIT,
            obj=organisation,
            summary=_("Organisatie aan het adresboek toegevoegd"),
        )
    return organisation


def update_organisation(*, organisation: Organisation, by, **fields) -> None:
    with transaction.atomic():
        for name, value in fields.items():
            if name in ORGANISATION_FIELDS:
                setattr(organisation, name, value)
        organisation.save()
        journal.record(
            vault=organisation.vault,
            actor=by,
            action=Action.EDIT,
            obj=organisation,
            summary=_("Gegevens van een organisatie gewijzigd"),
        )


def add_contact(*, organisation: Organisation, by, **fields) -> Contact:
    with transaction.atomic():
        contact = Contact.objects.create(
            vault=organisation.vault,
            organisation=organisation,
            **{k: v for k, v in fields.items() if k in CONTACT_FIELDS},
        )
        journal.record(
            vault=organisation.vault,
            actor=by,
            action=Action.EDIT,
            obj=organisation,
            summary=_("Contactpersoon toegevoegd"),
        )
    return contact
