"""Meelezers: their reader stores follow what the parents share, and they log in to those.

A meelezer holds no copy of the vault key. Their invitation code and later their
passphrase open only their reader store (``reader_store``), which the vault
rewrites, under a new reader key, whenever what they may see changes: a grant made
or revoked, a shared document changed or deleted, their access ended. The web app
serves a meelezer from that store alone (``ReaderSession``), so it works while the
vault is locked and never needs the database.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import crypto, journal, keyholder, reader_store
from .blobs import BlobDamaged, BlobMissing, BlobStore
from .files import keyring_lock
from .journal_model import Action
from .keyring import KeyEntry, Keyring, WrongSecret
from .models import BuddyGrant, Invitation, Member, Vault
from .roles import Capability, Role
from .users import new_user


def _data_dir() -> Path:
    return Path(settings.DATA_DIR)


# -- what a meelezer may see, written to their store --------------------------------------
def shared_files(member: Member) -> list[reader_store.SharedFile]:
    """The current file of everything shared with this meelezer, while allowed.

    A shared item says itself what a meelezer may see of it (``for_reader()``, see
    ``dossier.models.Document``): the vault knows grants, not the apps above it.
    """
    if not member.can(Capability.VIEW_SHARED_ONLY):
        return []  # their access has ended (access_until)
    today = timezone.localdate()
    store = BlobStore.for_data_dir(_data_dir())
    files = []
    grants = BuddyGrant.objects.filter(member=member).select_related("content_type")
    for grant in grants:
        if grant.until is not None and grant.until < today:
            continue
        item = grant.item
        shown = item.for_reader() if hasattr(item, "for_reader") else None
        if shown is None or item.vault_id != member.vault_id:
            continue
        try:
            data_key = store.data_key(shown["blob_id"])
        except (BlobMissing, BlobDamaged):
            continue  # a damaged file is not shared; the parent sees the damage themselves
        files.append(
            reader_store.SharedFile(
                document_id=str(item.pk),
                title=shown["title"],
                date=shown["date"].isoformat() if shown["date"] else "",
                until=grant.until.isoformat() if grant.until else "",
                filename=shown["filename"],
                blob_id=shown["blob_id"],
                data_key=data_key,
            )
        )
    return files


_sync_lock = threading.Lock()


def sync(member: Member) -> None:
    """Rewrite a meelezer's store from the database (with a new reader key)."""
    # One at a time, so a sync that read the database earlier never writes last.
    with _sync_lock:
        store = reader_store.load(_data_dir(), member.key_entry_id)
        if store is None:
            return  # a meelezer from before reader stores: converted at their next login
        store.put_files(shared_files(member))
        store.state = reader_store.ACTIVE
        store.save(_data_dir())


def sync_later(member: Member) -> None:
    """Sync once the current transaction is committed (nothing shared that was rolled back)."""
    member_id = member.pk
    transaction.on_commit(lambda: _sync_by_id(member_id))


def _sync_by_id(member_id) -> None:
    member = Member.objects.select_related("vault").filter(pk=member_id).first()
    if member is not None:
        sync(member)


def sync_document(document_id) -> None:
    """After a shared document changed or was deleted: rewrite the stores that list it."""
    member_ids = set(
        BuddyGrant.objects.filter(object_id=str(document_id)).values_list("member_id", flat=True)
    )
    for member_id in member_ids:
        transaction.on_commit(lambda m=member_id: _sync_by_id(m))


def set_grant(*, document, buddy: Member, by: Member, shared: bool) -> None:
    """Share a document with a meelezer or stop sharing it; their store follows."""
    if buddy.role != Role.MEELEZER or buddy.vault_id != document.vault_id:
        raise ValueError("only a meelezer of the document's own vault")
    content_type = ContentType.objects.get_for_model(type(document))
    with transaction.atomic():
        grants = BuddyGrant.objects.filter(
            member=buddy, content_type=content_type, object_id=str(document.pk)
        )
        if shared and not grants.exists():
            BuddyGrant.objects.create(
                member=buddy,
                content_type=content_type,
                object_id=str(document.pk),
                granted_by=by,
                until=buddy.access_until,
            )
        elif not shared:
            grants.delete()
        journal.record(
            vault=by.vault,
            actor=by,
            action=Action.SHARE,
            obj=document,
            summary=_("Meelezer-toegang gewijzigd"),
        )
        sync_later(buddy)


# -- invitations (made by services.create_invitation) ----------------------------
class AcceptedWhileLocked(Exception):
    """The meelezer has a passphrase now; the vault makes the member at its next unlock."""


def accept_invitation(*, code: str, passphrase: str, display_name: str = "") -> Member:
    """The meelezer chooses a passphrase; ``WrongSecret`` if the code opens no store.

    Works while the vault is locked too (``AcceptedWhileLocked``): the member is then
    made at the next unlock, with the name the parent gave the invitation.
    """
    code = crypto.normalise_code(code)
    store = reader_store.open_with(_data_dir(), code, (reader_store.INVITED,))
    # A new key pair, not the invitation's rewrapped: whoever saw the code (and a copy of
    # the store) must not be able to open what is shared later. Nothing is shared yet.
    store.entry = KeyEntry.wrap(
        crypto.new_vault_key(), passphrase, "reader", entry_id=store.entry_id
    )
    store.put_files([])
    store.state = reader_store.ACCEPTED
    store.save(_data_dir())
    if not keyholder.is_unlocked():
        raise AcceptedWhileLocked()
    joined = complete_joins(display_names={store.entry_id: display_name})
    member = next((m for m in joined if m.key_entry_id == store.entry_id), None)
    if member is None:
        raise WrongSecret()  # the invitation was revoked meanwhile
    return member


def complete_joins(display_names: dict[str, str] | None = None) -> list[Member]:
    """Make members for accepted meelezer invitations (the vault must be unlocked)."""
    joined = []
    for store in reader_store.all_stores(_data_dir()):
        if store.state != reader_store.ACCEPTED:
            continue
        invitation = Invitation.objects.filter(id=store.entry_id).select_related("vault").first()
        if invitation is None or str(invitation.vault_id) != store.vault_id:  # revoked
            reader_store.delete(_data_dir(), store.entry_id)
            continue
        name = (display_names or {}).get(store.entry_id) or invitation.name
        with transaction.atomic():
            member = Member.objects.create(
                vault=invitation.vault,
                user=new_user(),
                display_name=name,
                role=Role.MEELEZER,
                key_entry_id=store.entry_id,
                access_until=invitation.access_until,
            )
            journal.record(
                vault=member.vault,
                actor=member,
                action=Action.JOIN,
                summary=_("Lid geworden als %(role)s") % {"role": member.get_role_display()},
            )
            invitation.delete()
        sync(member)
        joined.append(member)
    return joined


def revoke_invitation(invitation: Invitation) -> None:
    reader_store.delete(_data_dir(), invitation.id)


def forget(member: Member) -> None:
    """A meelezer removed: their store goes, so their passphrase opens nothing."""
    # An id that was never a reader store's (a member from before) is not a file name.
    with contextlib.suppress(reader_store.ReaderStoreDamaged):
        reader_store.delete(_data_dir(), member.key_entry_id)


def convert_legacy(member: Member, passphrase: str) -> None:
    """A meelezer from before reader stores held the vault key in the keyring: give them
    a reader store under the same passphrase and take their vault-key entry away.

    Order: the store (with what is shared) first, then the vault-key entry goes, then the
    database points to the store. A crash leaves the meelezer a store that opens, and never
    a vault-key entry that outlives the conversion.
    """
    store = reader_store.new_store(str(member.vault_id), passphrase, None)
    store.put_files(shared_files(member))
    store.state = reader_store.ACTIVE
    store.save(_data_dir())
    old_entry = member.key_entry_id
    with keyring_lock(_data_dir()):
        keyring = Keyring.load(_data_dir())
        keyring.remove(old_entry)
        keyring.save(_data_dir())
    with transaction.atomic():
        member.key_entry_id = store.entry_id
        member.save(update_fields=["key_entry_id"])
        journal.record(
            vault=member.vault,
            actor=member,
            action=Action.EDIT,
            obj=member,
            summary=_(
                "Meelezer heeft voortaan alleen een eigen leessleutel; hij kende de "
                "kluissleutel, vernieuw die als dat nodig is"
            ),
        )


def after_unlock() -> None:
    """At every unlock: make members for invitations accepted while locked, drop expired
    grants from the stores, and journal what meelezers did meanwhile."""
    complete_joins()
    for store in reader_store.all_stores(_data_dir()):
        member = Member.objects.filter(key_entry_id=store.entry_id).select_related("vault")
        if member.exists():
            sync(member.get())
    _flush_reader_events()


# -- a meelezer's session: served from the store, without the database -------------------
COOKIE = "dossierwijs_reader"


@dataclass
class ReaderSession:
    """In this process's memory only, like the vault key of a parent's session."""

    token: str
    entry_id: str
    vault_id: str
    files: list[reader_store.SharedFile]
    private: bytes = field(repr=False, default=b"")  # to follow the store as it changes
    store_version: tuple[int, int] = (0, 0)
    last_seen: float = field(default_factory=time.monotonic)

    def refresh(self) -> bool:
        """Reread the store if the vault rewrote it (a revoked grant ends at once).
        False if the store is gone (the meelezer was removed)."""
        path = reader_store.path_of(_data_dir(), self.entry_id)
        try:
            stat = path.stat()
            version = (stat.st_ino, stat.st_mtime_ns)  # every write is a new file (rename)
        except FileNotFoundError:
            return False
        if version != self.store_version:
            store = reader_store.load(_data_dir(), self.entry_id)
            if store is None:
                return False
            try:
                self.files = store.open_with_private(self.private)
            except (WrongSecret, reader_store.ReaderStoreDamaged):
                return False
            self.store_version = version
        return True

    def file(self, document_id: str) -> reader_store.SharedFile | None:
        today = timezone.localdate().isoformat()
        for shared in self.files:
            if shared.document_id == document_id and (not shared.until or shared.until >= today):
                return shared
        return None

    def visible_files(self) -> list[reader_store.SharedFile]:
        return [f for f in self.files if self.file(f.document_id) is not None]


_sessions: dict[str, ReaderSession] = {}
_sessions_lock = threading.Lock()
# What meelezers did while the vault was locked: (vault id, entry id, action, document id).
# Journaled at the next unlock; lost if the process ends first (it holds no names).
_pending_events: list[tuple[str, str, str, str]] = []
MAX_PENDING_EVENTS = 1000


def login(passphrase: str) -> ReaderSession:
    """Open the meelezer's store with their passphrase; ``WrongSecret`` if none opens."""
    store = reader_store.open_with(
        _data_dir(), passphrase, (reader_store.ACCEPTED, reader_store.ACTIVE)
    )
    session = ReaderSession(
        token=secrets.token_urlsafe(32),
        entry_id=store.entry_id,
        vault_id=store.vault_id,
        files=store.files,
        private=store.private,
    )
    session.refresh()
    with _sessions_lock:
        _sessions[session.token] = session
    record_event(session, Action.LOGIN, "")
    return session


def session_for(token: str | None) -> ReaderSession | None:
    if not token:
        return None
    with _sessions_lock:
        session = _sessions.get(token)
        if session is None:
            return None
        if time.monotonic() - session.last_seen > settings.LOCK_AFTER_SECONDS:
            del _sessions[token]
            return None
        if not session.refresh():
            del _sessions[token]  # removed meanwhile
            return None
        session.last_seen = time.monotonic()
        return session


def end_session(token: str | None) -> None:
    with _sessions_lock:
        _sessions.pop(token or "", None)


def end_sessions_of(entry_id: str) -> None:
    with _sessions_lock:
        for token in [t for t, s in _sessions.items() if s.entry_id == entry_id]:
            del _sessions[token]


def record_event(session: ReaderSession, action: str, document_id: str) -> None:
    """Journal what a meelezer did: now if the vault is open, else at the next unlock."""
    if len(_pending_events) < MAX_PENDING_EVENTS:
        _pending_events.append((session.vault_id, session.entry_id, action, document_id))
    if keyholder.is_unlocked():
        _flush_reader_events()


def _flush_reader_events() -> None:
    summaries = {
        Action.LOGIN: _("Meelezer ingelogd"),
        Action.VIEW: _("Gedeeld document bekeken door meelezer"),
        Action.DOWNLOAD: _("Gedeeld document gedownload door meelezer"),
    }
    while _pending_events:
        vault_id, entry_id, action, document_id = _pending_events.pop(0)
        vault = Vault.objects.filter(pk=vault_id).first()
        member = Member.objects.filter(key_entry_id=entry_id).first()
        if vault is None:
            continue
        journal.record(
            vault=vault,
            actor=member,
            actor_label=member.display_name if member else _("meelezer"),
            action=action,
            object_type="document" if document_id else "",
            object_id=document_id,
            summary=summaries.get(action, ""),
        )


def read(session: ReaderSession, shared: reader_store.SharedFile) -> bytes:
    data = reader_store.read_file(_data_dir(), shared)
    record_event(session, Action.DOWNLOAD, shared.document_id)
    return data


__all__ = ["WrongSecret"]
