"""Opening the vault with a member's passphrase or the recovery code, and what an opening
tidies: failed logins are journaled, entries an interrupted change left behind are removed.

Split from ``services``, which re-exports every name here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs import contributions

from . import crypto, journal, keyholder, readers, rekey, throttle
from .journal_model import Action
from .keyring import KeyEntry, Keyring, KeyringError, WrongSecret
from .models import Invitation, Member, Vault
from .roles import Role
from .vault_folder import VaultError, _change_keyring, _data_dir, migrate_if_needed


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
