"""The letter engine's LetterContext, filled from what the vault already knows."""

from __future__ import annotations

import re
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.core.letters import (
    Address,
    Child,
    LetterContext,
    MissingData,
    Organisation,
    Parent,
)
from dossierwijs.core.letters.model import Writer
from dossierwijs.vault.roles import PARENT_ROLES, Gezag, Role

POSTCODE = re.compile(r"\b(\d{4})\s?([A-Za-z]{2})\b[\s,]*(.*)$", re.DOTALL)

# Keys of ``extra`` that letter_context understands (typed into the letter form).
EXTRA_KEYS = (
    "address",  # the parents' postal address as text, when the profile has none
    "email",  # the producing member's e-mail address, when the profile has none
    "place",  # where the letter is signed; defaults to the city of the address
    "date",  # the letter date; defaults to today
    "writer",  # "ouders", "jongere" or "ouders_met_machtiging" (child of 16+)
    "child_email",  # when the young person writes
    "contact_person",  # a name at the organisation ("t.a.v.")
    "department",
    "organisation_name",  # an organisation typed in instead of chosen
    "organisation_address",
    "organisation_email",
    "attachments",  # core Attachments for any kind (e.g. the signed machtiging)
    "copy_other_parent",  # bool: parents who do not sign get a copy (the writer's choice)
)


def parse_address(text: str) -> Address:
    """``"Lijsterbeslaan 14, 3581 AB Utrecht"`` (or on two lines) -> :class:`Address`.

    Anything without a Dutch postcode stays incomplete, so the letter engine asks for it.
    """
    text = (text or "").strip()
    if not text:
        return Address("", "", "")
    match = POSTCODE.search(text)
    if not match:
        return Address(" ".join(text.split()), "", "")
    street = text[: match.start()].strip().strip(",").strip()
    street = " ".join(street.replace("\n", " ").split())
    city = " ".join(match.group(3).replace(",", " ").split())
    postcode = f"{match.group(1)} {match.group(2).upper()}"
    return Address(street, postcode, city)


def parents_of(vault) -> list:
    """The parent members (ouder, mede-ouder), the main parent first.

    Whether each has gezag is their own answer (``Member.gezag``), not their role.
    """
    members = list(vault.members.filter(role__in=PARENT_ROLES).order_by("joined_at"))
    members.sort(key=lambda m: 0 if m.role == Role.OUDER else 1)
    return members


_GEZAG = {Gezag.MET: True, Gezag.ZONDER: False, Gezag.ONBEKEND: None}


def _parent(member, email: str = "") -> Parent:
    return Parent(member.display_name, email or member.email or "", _GEZAG[member.gezag])


def co_signers_possible(vault, by) -> list:
    """Other parent members who may sign with ``by``: joined, and with gezag by their own word.

    A parent typed in at set-up who never joined has confirmed nothing in the app, so they
    never sign; they can get a copy (see ``letter_context``).
    """
    return [m for m in parents_of(vault) if m != by and m.gezag == Gezag.MET]


def other_parent_names(vault, by) -> list[str]:
    """Everyone who could get a copy as "the other parent": members and the typed-in name."""
    names = [m.display_name for m in parents_of(vault) if m != by]
    typed = vault.other_parent_name.strip()
    if typed and typed.lower() not in {n.strip().lower() for n in names} | {
        (by.display_name.strip().lower() if by is not None else "")
    }:
        names.append(typed)
    return names


def _organisation(organisation, extra: dict) -> Organisation:
    if organisation is not None and not isinstance(organisation, Organisation):
        name = organisation.name
        address = parse_address(organisation.address)
        email = organisation.email
    elif isinstance(organisation, Organisation):
        return organisation
    else:
        name = extra.get("organisation_name", "")
        address = parse_address(extra.get("organisation_address", ""))
        email = extra.get("organisation_email", "")
    contact = extra.get("contact_person") or ""
    if hasattr(contact, "name"):
        contact = contact.name
    return Organisation(
        name=(name or "").strip(),
        address=address if address.is_complete() else None,
        email=(extra.get("organisation_email") or email or "").strip(),
        contact_person=str(contact).strip(),
        department=(extra.get("department") or "").strip(),
    )


def letter_context(
    *,
    vault,
    by,
    organisation=None,
    sign_as_both: bool = True,
    copy_other_parent: bool | None = None,
    extra: dict | None = None,
) -> LetterContext:
    """The LetterContext for a letter from this vault.

    ``by`` is the member producing it. ``organisation`` is an address-book
    Organisation, a core Organisation, or None with ``extra["organisation_name"]`` etc.

    Signers: ``by`` (when a parent; else the parent members with gezag), plus, with
    ``sign_as_both``, the other parent members who joined and said themselves that they
    have gezag. Nobody else ever signs: a parent typed in at set-up who never joined, or
    a member without (known) gezag, is not named as co-signer. Parents who do not sign get
    a copy (CC) when ``copy_other_parent`` is True; None keeps the old default (a copy
    when the writer chose to sign alone). ``extra`` keys: see ``EXTRA_KEYS``.

    Data that is missing stays empty, so ``write_letter`` raises MissingData; only a
    missing birth date of the child is raised here (the context cannot be built
    without it), together with everything else that is missing.
    """
    extra = dict(extra or {})
    unknown = set(extra) - set(EXTRA_KEYS)
    if unknown:
        raise TypeError(f"unknown extra keys: {sorted(unknown)}")
    members = parents_of(vault)
    own_email = extra.get("email") or ""
    if by is not None and by in members:
        first = [by]
    else:
        first = [m for m in members if m.gezag == Gezag.MET][:1] or members[:1]
    co = [m for m in members if m not in first and m.gezag == Gezag.MET] if sign_as_both else []
    signer_members = first + co
    signers = tuple(_parent(m, own_email if m == by else "") for m in signer_members)
    if copy_other_parent is None:
        copy_other_parent = extra.get("copy_other_parent")
    if copy_other_parent is None:
        copy_other_parent = not sign_as_both
    others: tuple[Parent, ...] = ()
    if copy_other_parent:
        rest = [_parent(m) for m in members if m not in signer_members]
        typed = vault.other_parent_name.strip()
        known = {m.display_name.strip().lower() for m in members}
        if typed and typed.lower() not in known:
            rest.append(Parent(typed, "", _GEZAG[vault.other_parent_gezag]))
        others = tuple(rest)
    address_text = extra.get("address") or ""
    if not address_text:
        ordered = sorted(members, key=lambda m: 0 if m == by else 1)
        address_text = next((m.postal_address for m in ordered if m.postal_address.strip()), "")
    address = parse_address(address_text)
    writer = Writer(extra.get("writer") or Writer.OUDERS)
    ctx_date = extra.get("date") or timezone.localdate()
    place = extra.get("place") or address.city
    if vault.child_birth_date is None:
        partial = LetterContext(
            signers=signers,
            address=address,
            child=Child(vault.child_name, date.min),
            recipient=_organisation(organisation, extra),
            date=ctx_date,
            place=place,
            writer=writer,
        )
        raise MissingData([_("Geboortedatum van uw kind"), *partial.missing()])
    return LetterContext(
        signers=signers,
        address=address,
        child=Child(vault.child_name, vault.child_birth_date, extra.get("child_email") or ""),
        recipient=_organisation(organisation, extra),
        date=ctx_date,
        place=place,
        other_parents=others,
        writer=writer,
        attachments=tuple(extra.get("attachments") or ()),
    )
