"""Restoring a backup into an empty data folder: rows, blobs and reader stores written back
in one transaction, the keyring last; on any refusal the folder is left empty.

Split from ``backup``, which re-exports every name here.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path

from django.core import serializers
from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs import contributions

from . import journal, keyholder, reader_store
from .backup_format import BackupError, _damaged
from .backup_opening import (
    _frames_v1,
    _frames_v2,
    _Header,
    _open_keyring,
    _OpeningReader,
    _read_header,
)
from .files import write_private_file
from .journal_model import Action
from .keyring import FILENAME as KEYRING_FILENAME
from .keyring import KeyEntry
from .models import Member, Vault
from .vault_folder import migrate_if_needed

BLOB_ID = re.compile(r"[0-9a-f]{64}")


def _check_source(path: Path) -> None:
    if path.is_dir():
        raise BackupError(
            _("%(path)s is een map, geen back-upbestand. Geef het bestand zelf op.")
            % {"path": path}
        )
    if not path.exists():
        raise BackupError(_("Het bestand %(path)s bestaat niet.") % {"path": path})


def _write_blob(root: Path, blob_id: str, pieces) -> None:
    if not BLOB_ID.fullmatch(blob_id):
        raise BackupError(
            _(
                "Dit back-upbestand bevat een bestandsnaam die niet goed gevormd is. "
                "Het is beschadigd of gemaakt om schade te doen; er is niets teruggezet."
            )
        )
    folder = root / blob_id[:2]
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / blob_id[2:]
    tmp = folder / f".{blob_id[2:]}.{secrets.token_hex(4)}.tmp"
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
        for piece in pieces:
            fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _make_private(data_dir: Path) -> None:
    """The same rights as a folder made by ``init``: only the owner may look inside."""
    for folder, _dirs, files in os.walk(data_dir):
        os.chmod(folder, 0o700)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o600)


def _clear(data_dir: Path, created: bool) -> None:
    keyholder.lock()  # closes the database before its file goes
    if created:
        shutil.rmtree(data_dir, ignore_errors=True)
        return
    for child in data_dir.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def restore_backup(path: Path, data_dir: Path, secret: str) -> None:
    """Restore into an empty data folder; on any refusal the folder is left empty."""
    path, data_dir = Path(path), Path(data_dir)
    _check_source(path)
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError(_("De gegevensmap is niet leeg. Terugzetten kan alleen in een lege map."))
    with open(path, "rb") as fh:
        header = _read_header(fh)
        key, entry = _open_keyring(header.keyring, secret)
        header.check(key)
        created = not data_dir.exists()
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(data_dir, 0o700)
        try:
            if header.version == 1:
                frames = _frames_v1(fh, header, key)
            else:
                frames = _frames_v2(_OpeningReader(fh, header, key))
            _restore_frames(frames, data_dir, key, header, entry)
        except BaseException:
            _clear(data_dir, created)
            raise
    _make_private(data_dir)


def _restore_frames(frames, data_dir: Path, key: bytes, header: _Header, entry: KeyEntry):
    keyholder.unlock(key)
    migrate_if_needed()
    blobs_root = data_dir / "blobs"
    deferred = []
    with transaction.atomic():
        for kind, name, data in frames:
            if kind == b"R":
                for obj in serializers.deserialize("json", data, handle_forward_references=True):
                    obj.save()
                    if obj.deferred_fields:
                        deferred.append(obj)
            elif kind == b"B":
                _write_blob(blobs_root, name, data)
            elif kind == b"S":
                try:
                    reader_store.restore(data_dir, data)
                except reader_store.ReaderStoreDamaged as exc:
                    raise _damaged() from exc
        for obj in deferred:
            obj.save_deferred_fields()
        vault = Vault.objects.filter(pk=header.keyring.vault_id).first()
        if vault is None:
            raise _damaged()
        # What is derived and not in the backup (the search index) is built again.
        contributions.call_all("after_restore", vault)
        actor = Member.objects.filter(key_entry_id=entry.id).first()
        journal.record(
            vault=vault,
            actor=actor,
            actor_label="" if actor else _("herstelcode"),
            action=Action.RESTORE,
        )
    # The keyring is written last (as it was, authenticated above): until it exists,
    # the folder holds no vault.
    write_private_file(data_dir / KEYRING_FILENAME, header.raw)
