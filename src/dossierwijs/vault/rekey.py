"""Sleutel vernieuwen: a new vault key, so a removed member's old copy of it opens nothing new.

What changes:

- ``vault.db`` is re-encrypted with the new key (SQLCipher ``PRAGMA rekey``, then a
  checkpoint so no page under the old key stays in the file or its ``-wal``).
- Every blob's data key is rewrapped for the new key, in place (``BlobStore.rewrap``);
  the files themselves are not rewritten.
- Every remaining member's keyring entry gets the new key sealed to its public key,
  without their passphrase. Entries from before key pairs cannot be reached that way:
  those members must be invited again (the parent is told who). The member doing it
  types their passphrase, so their own entry is always renewed.
- The recovery code is replaced (the removed person may have seen the old one); the
  new code is shown once. Pending invitations for full roles keep working.
- The blob-id key is carried over, so deduplication keeps working.

What does not change: old backups and old copies of the folder still open with the
old key and the passphrases of that moment. Blobs that existed before keep their data
keys, so someone who held the old vault key and kept those keys can still open those
files (which they could read before anyway); everything stored after the renewal is
out of their reach. Meelezers are not affected: they never held the vault key.

Crash safety: ``rekey.json`` (the new key wrapped by the old one, and the new keyring)
is written first. Until the new keyring is in place, every passphrase still opens the
old key, and unlocking with it finishes the job (``resume``): blobs, database, keyring.
"""

from __future__ import annotations

import base64
import contextlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.utils.translation import gettext as _
from sqlcipher3 import dbapi2 as sqlcipher

from . import crypto, journal, journal_anchor, keyholder
from .blobs import BlobStore
from .files import keyring_lock, write_private_file
from .journal_model import Action
from .keyring import KeyEntry, Keyring, WrongSecret
from .models import Invitation, Member, Vault

PENDING = "rekey.json"
BUSY_SECONDS = 20  # how long the database rekey waits for another writer to finish


class RekeyError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Renewed:
    recovery_code: str
    must_be_invited_again: list[str] = field(default_factory=list)  # display names


def _data_dir() -> Path:
    return Path(settings.DATA_DIR)


def _pending_key(old_key: bytes) -> bytes:
    return crypto.subkey(old_key, "rekey-pending")


def _write_pending(data_dir: Path, keyring: Keyring, old_key: bytes, new_key: bytes) -> None:
    sealed = crypto.encrypt(_pending_key(old_key), new_key, keyring.vault_id.encode())
    payload = {
        "vault_id": keyring.vault_id,
        "new_key": base64.b64encode(sealed).decode("ascii"),
        "keyring": keyring.to_json(),
    }
    write_private_file(data_dir / PENDING, json.dumps(payload).encode("utf-8"))


def _read_pending(data_dir: Path, old_key: bytes) -> tuple[bytes, Keyring] | None:
    """The new key and keyring of an unfinished renewal that ``old_key`` started, or None."""
    path = data_dir / PENDING
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text("utf-8"))
        new_key = crypto.decrypt(
            _pending_key(old_key), base64.b64decode(raw["new_key"]), raw["vault_id"].encode()
        )
    except (ValueError, KeyError, crypto.DecryptionFailed):
        # Left over from a renewal that finished (the keyring holds its key already):
        # it must not stay, since it holds that key wrapped by the one before.
        path.unlink(missing_ok=True)
        return None
    return new_key, Keyring.from_dict(json.loads(raw["keyring"]))


def _database_opens_with(path: Path, key: bytes) -> bool:
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def _rekey_database(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the whole database; a no-op if it is under the new key already."""
    if not path.exists() or not _database_opens_with(path, old_key):
        return
    connections.close_all()  # this thread's connection holds the old key
    conn = sqlcipher.connect(str(path), timeout=BUSY_SECONDS)
    try:
        conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        # Move every page out of the -wal into the file, under the new key.
        for _attempt in range(int(BUSY_SECONDS * 5)):
            if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0:
                break
            time.sleep(0.2)
    finally:
        conn.close()
    # SQLCipher's rekey says nothing when another writer holds the database: check.
    if not _database_opens_with(path, new_key):
        raise sqlcipher.OperationalError("the database was busy; it still has the old key")


def _reanchor(data_dir: Path, old_key: bytes, new_key: bytes) -> None:
    """The journal's anchor is authenticated with the vault key: carry it over, unchanged
    otherwise. An anchor that the old key does not vouch for stays as the evidence it is."""
    anchors = journal_anchor.read_all(data_dir)
    if not anchors or "" in anchors:
        return
    renewed = {
        vault_id: journal_anchor.Anchor.make(new_key, vault_id, a.seq, a.head)
        if a.is_authentic(old_key)
        else a
        for vault_id, a in anchors.items()
    }
    body = {
        "anchors": {v: {"seq": a.seq, "head": a.head, "mac": a.mac} for v, a in renewed.items()}
    }
    write_private_file(
        data_dir / journal_anchor.FILENAME, json.dumps(body, indent=1).encode("utf-8")
    )


def _rekey_this_database(old_key: bytes, new_key: bytes) -> None:
    if connections["default"].vendor == "sqlite":
        _rekey_database(Path(connections["default"].settings_dict["NAME"]), old_key, new_key)


def _finish(data_dir: Path, old_key: bytes, new_key: bytes, keyring: Keyring) -> None:
    """Every step safe to run again: database, blobs, anchor, keyring; then the pending file."""
    _rekey_this_database(old_key, new_key)
    store = BlobStore.for_data_dir(data_dir, old_key)
    for blob_id in store.all_ids():
        store.rewrap(blob_id, new_key)
    _reanchor(data_dir, old_key, new_key)
    keyring.save(data_dir)
    (data_dir / PENDING).unlink(missing_ok=True)


def renew_vault_key(*, by: Member, passphrase: str) -> Renewed:
    """Re-encrypt the vault with a new key; return the new recovery code (shown once)."""
    data_dir = _data_dir()
    old_key = keyholder.key()
    journal_anchor.flush()  # anchor the journal's head under the old key first
    with keyring_lock(data_dir):
        keyring = Keyring.load(data_dir)
        own = keyring.get(by.key_entry_id)
        try:
            if own is None or own.unwrap(passphrase) != old_key:
                raise WrongSecret()
        except WrongSecret as exc:
            raise RekeyError(_("Deze wachtzin klopt niet. Er is niets gewijzigd.")) from exc
        if (data_dir / PENDING).exists():
            _read_pending(data_dir, old_key)  # finishes nothing, but clears a stale file
        new_key = crypto.new_vault_key()
        members = {m.key_entry_id: m for m in Member.objects.filter(vault=by.vault)}
        renewed = Keyring(vault_id=keyring.vault_id, created=keyring.created)
        renewed.set_id_key(new_key, keyring.id_key(old_key))
        left_out: list[str] = []
        dropped_invitations: list[str] = []
        for entry in keyring.entries:
            if entry.kind == "recovery":
                continue  # replaced below
            if entry.id == by.key_entry_id:
                renewed.add(KeyEntry.wrap(new_key, passphrase, "member", entry_id=entry.id))
            elif entry.kind == "member" and entry.id not in members:
                continue  # left over (a removed member, an interrupted change)
            elif entry.can_be_resealed:
                entry.reseal(new_key)
                renewed.add(entry)
            elif entry.kind == "member":
                left_out.append(members[entry.id].display_name)
            elif entry.kind == "invitation":
                dropped_invitations.append(entry.id)
        recovery_code = crypto.new_code()
        renewed.add(KeyEntry.wrap(new_key, recovery_code, "recovery"))
        busy = RekeyError(
            _(
                "De kluis is nu bezig (bijvoorbeeld met een import). Er is niets "
                "gewijzigd. Probeer het over een paar minuten opnieuw."
            )
        )
        try:
            # The new code is shown once: until a parent types it back, the gate of
            # vault.recovery stands, also when resume() finishes the renewal after a crash.
            Vault.objects.filter(pk=by.vault_id).update(recovery_confirmed=False)
        except DatabaseError as exc:
            raise busy from exc
        _write_pending(data_dir, renewed, old_key, new_key)
        try:
            # The database first: it is what can be busy (another tab, an import). If it
            # refuses, nothing has changed yet and the renewal is simply not done.
            _rekey_this_database(old_key, new_key)
        except sqlcipher.OperationalError as exc:
            (data_dir / PENDING).unlink(missing_ok=True)
            with contextlib.suppress(DatabaseError):  # the old code still works: say so
                Vault.objects.filter(pk=by.vault_id).update(recovery_confirmed=True)
            raise busy from exc
        try:
            _finish(data_dir, old_key, new_key, renewed)
        except OSError as exc:
            # Half done: the next login with any passphrase finishes it (``resume``).
            keyholder.lock()
            raise RekeyError(
                _(
                    "Het vernieuwen van de sleutel is onderbroken (is de schijf vol?). De "
                    "kluis is vergrendeld; log opnieuw in, dan wordt het afgemaakt."
                )
            ) from exc
        keyholder.unlock(new_key)
    with transaction.atomic():
        Invitation.objects.filter(id__in=dropped_invitations).delete()
        journal.record(
            vault=by.vault,
            actor=by,
            action=Action.EDIT,
            object_type="vault",
            object_id=str(by.vault.pk),
            summary=_("Sleutel van de kluis vernieuwd; nieuwe herstelcode gemaakt"),
        )
    return Renewed(recovery_code=recovery_code, must_be_invited_again=left_out)


def not_reachable(*, by: Member) -> list[str]:
    """Members a renewal cannot reach (entries from before key pairs; they have not logged
    in since): they would have to be invited again. Meelezers hold no vault key."""
    keyring = Keyring.load(_data_dir())
    names = []
    for member in Member.objects.filter(vault=by.vault).exclude(pk=by.pk):
        entry = keyring.get(member.key_entry_id)
        if entry is not None and not entry.can_be_resealed:
            names.append(member.display_name)
    return names


def give_key_pair(entry_id: str, secret: str) -> None:
    """At a login: give an entry from before key pairs one (same id, same key), so a later
    renewal reaches this member without them being invited again."""
    data_dir = _data_dir()
    with keyring_lock(data_dir):
        keyring = Keyring.load(data_dir)
        entry = keyring.get(entry_id)
        if entry is None or entry.can_be_resealed:
            return
        key = entry.unwrap(secret)  # raises WrongSecret: then nothing changes
        renewed = KeyEntry.wrap(
            key, secret, entry.kind, entry_id=entry.id, expires=entry.expires, role=entry.role
        )
        keyring.entries = [renewed if e.id == entry_id else e for e in keyring.entries]
        keyring.save(data_dir)


def resume(data_dir: Path, key: bytes) -> bytes:
    """Before unlocking: finish a renewal a crash cut off; return the key that opens now."""
    data_dir = Path(data_dir)
    if not (data_dir / PENDING).exists():
        return key
    with keyring_lock(data_dir):
        pending = _read_pending(data_dir, key)
        if pending is None:
            return key
        new_key, keyring = pending
        try:
            _finish(data_dir, key, new_key, keyring)
        except (sqlcipher.OperationalError, OSError) as exc:
            raise RekeyError(
                _(
                    "Het vernieuwen van de sleutel kon nog niet worden afgemaakt: de kluis "
                    "is bezig of de schijf is vol. Probeer het over een paar minuten opnieuw."
                )
            ) from exc
    return new_key
