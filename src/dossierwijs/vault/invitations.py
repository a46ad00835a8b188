"""Inviting someone into the vault, and joining with the code the parent passed on.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import crypto, journal, keyholder, reader_store, readers
from .journal_model import Action
from .keyring import KeyEntry, WrongSecret
from .models import Invitation, Member
from .roles import PARENT_ROLES, Gezag, Role
from .unlocking import _open, _unlock
from .users import new_user
from .vault_folder import VaultError, _change_keyring, _data_dir


def create_invitation(*, by: Member, role: str, name: str, access_until=None, days: int = 7):
    """A one-time code that the parent passes on themselves; the app sends nothing."""
    if role not in Role.values:
        raise VaultError(_("Onbekende rol."))
    code = crypto.new_code(groups=6)
    expires = timezone.now() + timedelta(days=days)
    if role == Role.MEELEZER:
        # Their code opens an empty reader store of their own, never the vault key.
        store = reader_store.new_store(str(by.vault.pk), code, expires.isoformat())
        entry_id, save = store.entry_id, store.save
    else:
        entry = KeyEntry.wrap(
            keyholder.key(), code, "invitation", expires=expires.isoformat(), role=role
        )
        entry_id = entry.id

        def save(_data_dir) -> None:
            _change_keyring(add=[entry])

    with transaction.atomic():
        invitation = Invitation.objects.create(
            id=entry_id,
            vault=by.vault,
            role=role,
            name=name,
            created_by=by,
            expires_at=expires,
            access_until=access_until,
        )
        journal.record(
            vault=by.vault,
            actor=by,
            action=Action.INVITE,
            obj=invitation,
            summary=_("Uitnodiging als %(role)s") % {"role": Role(role).label},
        )
    save(_data_dir())
    return invitation, code


def revoke_invitation(*, invitation: Invitation, by: Member) -> None:
    _change_keyring(remove=[invitation.id])
    readers.revoke_invitation(invitation)
    with transaction.atomic():
        journal.record(vault=by.vault, actor=by, action=Action.INVITE_REVOKED, obj=invitation)
        invitation.delete()


def accept_invitation(
    *, code: str, display_name: str, passphrase: str, gezag: str | None = Gezag.MET
) -> Member:
    """Join with an invitation code. ``gezag`` is the joining parent's own answer.

    The invitation page passes what the person chose, or None when they chose nothing:
    a parent must answer (nothing is changed until they do); for other roles it is ignored.
    """
    if gezag is not None and gezag not in Gezag.values:
        raise VaultError(_("Kies bij gezag: met gezag, zonder gezag of weet ik niet."))
    try:
        keyring, entry, key = _open(crypto.normalise_code(code), ("invitation",))
    except WrongSecret:
        # A meelezer's code opens their reader store (raises WrongSecret if not that either).
        return readers.accept_invitation(
            code=code, passphrase=passphrase, display_name=display_name
        )
    _unlock(key)
    invitation = Invitation.objects.select_related("vault").filter(id=entry.id).first()
    if invitation is None:
        raise VaultError(_("Deze uitnodiging is al gebruikt of ingetrokken."))
    if invitation.role in PARENT_ROLES and gezag is None:
        raise VaultError(
            _(
                "U bent uitgenodigd als ouder. Geef aan of u gezag heeft over het kind "
                "(met gezag, zonder gezag of weet ik niet). Er is nog niets gewijzigd."
            )
        )
    member_entry = KeyEntry.wrap(key, passphrase, "member")
    # Crash-safe order: the code and the new passphrase both in the keyring, then the
    # member in the database, then the code goes; a crash leaves one that opens.
    _change_keyring(add=[member_entry])
    with transaction.atomic():
        member = Member.objects.create(
            vault=invitation.vault,
            user=new_user(),
            display_name=display_name or invitation.name,
            role=invitation.role,
            gezag=gezag if invitation.role in PARENT_ROLES else Gezag.ONBEKEND,
            key_entry_id=member_entry.id,
            access_until=invitation.access_until,
        )
        journal.record(
            vault=member.vault,
            actor=member,
            action=Action.JOIN,
            summary=_("Lid geworden als %(role)s") % {"role": member.get_role_display()},
        )
        invitation.delete()
    _change_keyring(remove=[entry.id])
    return member
