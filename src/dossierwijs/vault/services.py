"""Writes that touch the keyring and several models: one function each, in a transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs import contributions

from . import crypto, journal, keyholder, reader_store, readers, rekey, throttle
from .files import keyring_lock
from .journal_model import Action
from .keyring import KeyEntry, Keyring, KeyringError, WrongSecret
from .models import Invitation, Member, Vault
from .roles import PARENT_ROLES, Capability, Gezag, Role
from .users import new_user


class VaultError(Exception):
    """A Dutch message for the person in front of the screen."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class NewVault:
    vault: Vault
    member: Member
    recovery_code: str


def _data_dir() -> Path:
    return Path(settings.DATA_DIR)


def migrate_if_needed() -> None:
    connection = connections["default"]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def create_vault(
    *,
    child_name: str,
    parent_name: str,
    passphrase: str,
    child_birth_date=None,
    school_name: str = "",
    other_parent_name: str = "",
    parent_gezag: str = Gezag.MET,
    other_parent_gezag: str = Gezag.ONBEKEND,
    vault_key: bytes | None = None,
    is_demo: bool = False,
    recovery_confirmed: bool = True,
) -> NewVault:
    """Create the keyring, the encrypted database and the first parent.

    ``parent_gezag`` and ``other_parent_gezag`` are the first parent's answers (met,
    zonder, onbekend). The wizard and ``dossierwijs init`` always ask and pass them.
    """
    if parent_gezag not in Gezag.values or other_parent_gezag not in Gezag.values:
        raise VaultError(_("Kies bij gezag: met gezag, zonder gezag of weet ik niet."))
    data_dir = _data_dir()
    if (data_dir / "keyring.json").exists():
        raise VaultError(_("In deze gegevensmap staat al een kluis."))
    key = vault_key or crypto.new_vault_key()
    keyring = Keyring.new()
    member_entry = keyring.add(KeyEntry.wrap(key, passphrase, "member"))
    recovery_code = crypto.new_code()
    keyring.add(KeyEntry.wrap(key, recovery_code, "recovery"))
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    keyholder.unlock(key)
    migrate_if_needed()
    with transaction.atomic():
        vault = Vault.objects.create(
            id=uuid.UUID(keyring.vault_id),
            child_name=child_name,
            child_birth_date=child_birth_date,
            school_name=school_name,
            other_parent_name=other_parent_name,
            other_parent_gezag=other_parent_gezag if other_parent_name.strip() else Gezag.ONBEKEND,
            is_demo=is_demo,
            # The wizard shows the code and waits for the parent to type it back.
            recovery_confirmed=recovery_confirmed,
        )
        member = Member.objects.create(
            vault=vault,
            user=new_user(),
            display_name=parent_name,
            role=Role.OUDER,
            gezag=parent_gezag,
            key_entry_id=member_entry.id,
        )
        journal.record(vault=vault, actor=member, action=Action.VAULT_CREATED)
    # The keyring is written last: until it exists, the folder holds no vault.
    keyring.save(data_dir)
    return NewVault(vault=vault, member=member, recovery_code=recovery_code)


def _open(secret: str, kinds: tuple[str, ...]) -> tuple[Keyring, KeyEntry, bytes]:
    try:
        keyring = Keyring.load(_data_dir())
    except KeyringError as exc:
        raise VaultError(exc.message) from exc
    key, entry = keyring.open_with(secret, kinds)  # raises WrongSecret
    try:
        renewed = rekey.resume(_data_dir(), key)
    except rekey.RekeyError as exc:
        raise VaultError(exc.message) from exc
    if renewed != key:
        # A key renewal was cut off by a crash and is now finished: open the new keyring.
        keyring = Keyring.load(_data_dir())
        key, entry = keyring.open_with(secret, kinds)
    if keyholder.is_unlocked() and keyholder.key() != key:
        raise VaultError(_("Deze sleutel hoort bij een andere kluis."))
    return keyring, entry, key


def _unlock(key: bytes) -> None:
    was_unlocked = keyholder.is_unlocked()
    keyholder.unlock(key)
    try:
        migrate_if_needed()
    except Exception as exc:
        if not was_unlocked:
            keyholder.lock()
        raise VaultError(
            _(
                "De kluis kon niet worden geopend: de database is beschadigd of hoort niet "
                "bij deze sleutels. Er is niets gewijzigd."
            )
        ) from exc
    readers.after_unlock()
    if not was_unlocked:
        # Tidy-ups other apps declare (what a killed import left behind): once per unlock.
        contributions.call_all_quietly("after_unlock")


def _flush_failed_logins(vault: Vault) -> None:
    for at in throttle.take_pending_failed_logins():
        journal.record(
            vault=vault,
            action=Action.LOGIN_FAILED,
            actor_label=_("onbekend"),
            summary=_("Mislukte inlogpoging om %(time)s")
            % {"time": timezone.localtime(at).strftime("%d-%m-%Y %H:%M")},
        )


def login_with_passphrase(passphrase: str) -> Member:
    """Unlock the vault with a member's passphrase and return that member."""
    keyring, entry, key = _open(passphrase, ("member",))
    _unlock(key)
    member = Member.objects.select_related("vault", "user").filter(key_entry_id=entry.id).first()
    if member is None:
        member = _member_of_another_entry(keyring, passphrase, entry)
    if member is None:
        raise VaultError(_("Dit account bestaat niet meer in de kluis."))
    if member.role == Role.MEELEZER:
        # From before reader stores: this passphrase must stop opening the vault key.
        readers.convert_legacy(member, passphrase)
    else:
        rekey.give_key_pair(member.key_entry_id, passphrase)  # an entry from before, once
    _flush_failed_logins(member.vault)
    journal.record(vault=member.vault, actor=member, action=Action.LOGIN)
    _forget_abandoned_entries(keyring)
    return member


# An entry this old that no member or invitation uses was left by a crash between the
# steps of a passphrase change or a join (see set_passphrase); younger ones may belong to
# one that is running right now.
ABANDONED_AFTER = timedelta(minutes=10)


def _forget_abandoned_entries(keyring: Keyring) -> None:
    """Remove the left-over entry of an interrupted passphrase change or join: an old
    passphrase must not keep opening the vault key in keyring.json."""
    now = timezone.now()
    candidates = {
        e.id: e.kind
        for e in keyring.entries
        if e.kind in ("member", "invitation")
        and e.created
        and now - datetime.fromisoformat(e.created) > ABANDONED_AFTER
    }
    if not candidates:
        return
    used = set(
        Member.objects.filter(key_entry_id__in=candidates).values_list("key_entry_id", flat=True)
    )
    used |= {
        str(i) for i in Invitation.objects.filter(id__in=candidates).values_list("id", flat=True)
    }
    abandoned = [entry_id for entry_id in candidates if entry_id not in used]
    if abandoned:
        _change_keyring(remove=abandoned)


def _member_of_another_entry(keyring: Keyring, passphrase: str, opened: KeyEntry):
    """A passphrase change or a join cut off by a crash can leave an entry that no member
    uses; the same passphrase may open a later entry that a member does use."""
    others = [e.id for e in keyring.entries if e.kind == "member" and e.id != opened.id]
    members = Member.objects.select_related("vault", "user").filter(key_entry_id__in=others)
    for member in members:
        try:
            keyring.get(member.key_entry_id).unwrap(passphrase)
        except WrongSecret:
            continue
        return member
    return None


def record_failed_login() -> None:
    """Journal a failed attempt now if the vault is open, else at the next unlock."""
    if keyholder.is_unlocked():
        try:
            vault_id = Keyring.load(_data_dir()).vault_id
        except KeyringError:
            return
        vault = Vault.objects.filter(pk=vault_id).first()
        if vault is not None:
            _flush_failed_logins(vault)


def unlock_with_recovery_code(code: str) -> Vault:
    keyring, _entry, key = _open(crypto.normalise_code(code), ("recovery",))
    _unlock(key)
    vault = Vault.objects.get(pk=keyring.vault_id)
    journal.record(vault=vault, action=Action.RECOVERY_USED, actor_label=_("herstelcode"))
    return vault


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


def _change_keyring(*, add: tuple | list = (), remove: tuple | list = ()) -> None:
    """Read, change and write the keyring under its lock, so that what another writer
    changed meanwhile (an invitation, a passphrase) is kept, not overwritten."""
    data_dir = _data_dir()
    with keyring_lock(data_dir):
        keyring = Keyring.load(data_dir)
        for entry in add:
            keyring.add(entry)
        for entry_id in remove:
            keyring.remove(entry_id)
        keyring.save(data_dir)


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
