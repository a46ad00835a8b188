"""What a parent typed into a letter form, kept for next time: the organisation in the
address book, the parent's own address and e-mail, the child's birth date.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import Organisation, OrganisationKind
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .writing import address_book_row


def remember_organisation(*, vault, by, organisation, recipient):
    """Keep the organisation typed into a letter in the address book (one place for all apps).

    A name typed instead of chosen becomes an address-book entry (or finds the one with the
    same name); an e-mail address or postal address typed for a known organisation fills
    its empty fields. The next letter and the share e-mail then have a recipient.
    Returns the address-book row, or None when there is no name.
    """
    row = address_book_row(organisation)
    name = (recipient.name or "").strip()
    if row is None:
        if not name:
            return None
        row = Organisation.objects.filter(vault=vault, name__iexact=name).first()
        if row is None:
            school = name.lower() == (vault.school_name or "").strip().lower()
            row = Organisation.objects.create(
                vault=vault,
                name=name,
                kind=OrganisationKind.SCHOOL if school else OrganisationKind.OVERIG,
            )
            journal.record(
                vault=vault,
                actor=by,
                action=Action.EDIT,
                obj=row,
                summary=_("Organisatie toegevoegd vanuit een brief"),
            )
    changed = []
    if recipient.email and not row.email:
        row.email = recipient.email
        changed.append("email")
    if recipient.address is not None and not row.address.strip():
        row.address = "\n".join(recipient.address.lines())
        changed.append("address")
    if changed:
        row.save(update_fields=changed)
        journal.record(
            vault=vault,
            actor=by,
            action=Action.EDIT,
            obj=row,
            summary=_("Adresgegevens van de organisatie aangevuld vanuit een brief"),
        )
    return row


def save_missing_data(
    *, vault, member, address: str = "", email: str = "", birth_date: date | None = None
) -> list[str]:
    """Keep data typed into a letter form for next time; returns Dutch labels of what was saved."""
    saved = []
    address = "\n".join(line.strip() for line in address.strip().splitlines() if line.strip())
    with transaction.atomic():
        changed = []
        if address and address != member.postal_address.strip().replace("\r\n", "\n"):
            member.postal_address = address
            changed.append("postal_address")
            saved.append(_("uw adres"))
        if email.strip() and email.strip() != member.email:
            member.email = email.strip()
            changed.append("email")
            saved.append(_("uw e-mailadres"))
        if changed:
            member.save(update_fields=changed)
            journal.record(
                vault=vault,
                actor=member,
                action=Action.EDIT,
                obj=member,
                summary=_("Contactgegevens aangevuld vanuit een brief"),
            )
        if birth_date is not None and vault.child_birth_date != birth_date:
            vault.child_birth_date = birth_date
            vault.save(update_fields=["child_birth_date"])
            journal.record(
                vault=vault,
                actor=member,
                action=Action.EDIT,
                obj=vault,
                summary=_("Geboortedatum van het kind ingevuld"),
            )
            saved.append(_("de geboortedatum van uw kind"))
    return saved
