"""Changes to one member: their passphrase, role, gezag and own details, or their removal.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from . import journal, keyholder, readers
from .files import keyring_lock
from .journal_model import Action
from .keyring import KeyEntry
from .models import Member
from .roles import PARENT_ROLES, Capability, Gezag, Role
from .vault_folder import VaultError, _change_keyring, _data_dir


def set_passphrase(*, member: Member, passphrase: str) -> None:
    """Give a member a new passphrase: one keyring entry is rewrapped, nothing else.

    Crash-safe order: the keyring first holds the old and the new entry, then the
    database points to the new one, then the old entry goes. A crash at any moment
    leaves a passphrase that opens (tests/vault/test_keyring_crash.py).
    """
    old_entry_id = member.key_entry_id
    new_entry = KeyEntry.wrap(keyholder.key(), passphrase, "member")
    with keyring_lock(_data_dir()):
        _change_keyring(add=[new_entry])
        with transaction.atomic():
            member.key_entry_id = new_entry.id
            member.save(update_fields=["key_entry_id"])
            journal.record(vault=member.vault, actor=member, action=Action.PASSPHRASE_CHANGED)
        _change_keyring(remove=[old_entry_id])


def change_role(*, member: Member, role: str, by: Member) -> None:
    if member.pk == by.pk:
        raise VaultError(_("U kunt uw eigen rol niet wijzigen."))
    if member.role in PARENT_ROLES and not by.can(Capability.REMOVE_PARENT):
        raise VaultError(_("Alleen een ouder kan de rol van een ouder wijzigen."))
    if role in PARENT_ROLES and not by.can(Capability.REMOVE_PARENT):
        # Who becomes a parent decides who can remove a parent: a parent's decision.
        raise VaultError(_("Alleen een ouder kan iemand ouder maken."))
    if Role.MEELEZER in (member.role, role) and member.role != role:
        # A meelezer holds only a reader key, the others the vault key: no role change
        # can swap one for the other without the person's own passphrase.
        raise VaultError(
            _(
                "Een meelezer heeft een andere sleutel dan de andere rollen. Verwijder deze "
                "persoon en nodig hem of haar opnieuw uit met de nieuwe rol."
            )
        )
    old = member.get_role_display()
    with transaction.atomic():
        member.change_role(role)
        journal.record(
            vault=member.vault,
            actor=by,
            action=Action.ROLE_CHANGE,
            obj=member,
            summary=_("Rol van %(old)s naar %(new)s")
            % {"old": old, "new": member.get_role_display()},
        )


def remove_member(*, member: Member, by: Member) -> None:
    """Remove a member and their key. For good riddance, also renew the vault key (later)."""
    if member.pk == by.pk:
        raise VaultError(_("U kunt uzelf niet verwijderen."))
    if member.role in PARENT_ROLES and not by.can(Capability.REMOVE_PARENT):
        raise VaultError(_("Alleen een ouder kan een ouder verwijderen."))
    with transaction.atomic():
        journal.record(
            vault=member.vault,
            actor=by,
            action=Action.MEMBER_REMOVED,
            obj=member,
            summary=_("%(role)s verwijderd") % {"role": member.get_role_display()},
        )
        user = member.user
        member.delete()
        user.delete()
    _change_keyring(remove=[member.key_entry_id])
    readers.forget(member)
    readers.end_sessions_of(member.key_entry_id)


def set_gezag(*, member: Member, gezag: str) -> None:
    """A parent changes their own answer to "Heeft u gezag?" (journaled)."""
    if gezag not in Gezag.values:
        raise VaultError(_("Kies bij gezag: met gezag, zonder gezag of weet ik niet."))
    if member.gezag == gezag:
        return
    with transaction.atomic():
        member.gezag = gezag
        member.save(update_fields=["gezag"])
        journal.record(
            vault=member.vault,
            actor=member,
            action=Action.EDIT,
            obj=member,
            summary=_("Gezag aangepast: %(g)s") % {"g": Gezag(gezag).label},
        )


def update_profile(
    *, member: Member, display_name: str, email: str, postal_address: str, gezag: str | None
) -> None:
    """Mijn gegevens: the name, e-mail and address letters need, and a parent's gezag."""
    with transaction.atomic():
        member.display_name = display_name
        member.email = email
        member.postal_address = postal_address
        member.save(update_fields=["display_name", "email", "postal_address"])
        if gezag:
            set_gezag(member=member, gezag=gezag)
        journal.record(
            vault=member.vault,
            actor=member,
            action=Action.EDIT,
            obj=member,
            summary=_("Eigen gegevens gewijzigd"),
        )
