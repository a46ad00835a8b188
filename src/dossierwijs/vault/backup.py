"""One encrypted backup file, and a plain export the parent can take anywhere.

Backup file layout::

    b"DOSSIERWIJS-BACKUP\\n" | u32 length | keyring JSON (wrapped keys only)
    then chunks: u32 length | AES-GCM(backup key, chunk, aad = index + last flag)

The payload is a ZIP of ``records.json`` (every row of the vault), the blobs as
they are stored (still encrypted) and nothing else. Any member's passphrase or
the recovery code opens the keyring inside, so the backup needs no extra secret.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.db import transaction

from . import crypto, keyholder
from .blobs import BlobStore
from .keyring import Keyring

MAGIC = b"DOSSIERWIJS-BACKUP\n"
CHUNK = 4 * 1024 * 1024
OUR_APPS_PREFIX = "dossierwijs."


class BackupError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def vault_models() -> list:
    """Every model of our apps, parents before children (as Django sorts them)."""
    models = [m for m in apps.get_models() if m.__module__.startswith(OUR_APPS_PREFIX)]
    return serializers.sort_dependencies([(None, models)], allow_cycles=True)


def _rows_of_vault(vault) -> Iterator:
    user_ids = list(vault.members.values_list("user_id", flat=True))
    yield from get_user_model().objects.filter(pk__in=user_ids)
    for model in vault_models():
        if model._meta.model_name == "vault":
            yield from model.objects.filter(pk=vault.pk)
        elif any(f.name == "vault" for f in model._meta.fields):
            yield from model._default_manager.filter(vault=vault).order_by("pk")
        else:
            # Models without a vault field hang off one that has it (see DEVELOPERS.md).
            yield from model._default_manager.order_by("pk")


def records_json(vault) -> str:
    return serializers.serialize(
        "json", _rows_of_vault(vault), use_natural_foreign_keys=True, indent=1
    )


def write_backup(vault, data_dir: Path, out) -> int:
    """Write an encrypted backup of the unlocked vault to the binary file ``out``."""
    data_dir = Path(data_dir)
    keyring = Keyring.load(data_dir)
    store = BlobStore.for_data_dir(data_dir)
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("records.json", records_json(vault))
        archive.writestr("meta.json", json.dumps({"vault_id": str(vault.pk), "format": 1}))
        for blob_id in store.all_ids():
            archive.write(store._path(blob_id), f"blobs/{blob_id}")
    backup_key = crypto.subkey(keyholder.key(), "backup")
    header = keyring.to_json().encode("utf-8")
    out.write(MAGIC + struct.pack(">I", len(header)) + header)
    data = payload.getvalue()
    written = 0
    chunks = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        aad = struct.pack(">I?", index, last)
        sealed = crypto.encrypt(backup_key, chunk, associated=aad)
        out.write(struct.pack(">I", len(sealed)) + sealed)
        written += len(chunk)
    return written


def read_keyring(path: Path) -> Keyring:
    with open(path, "rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise BackupError("Dit is geen back-upbestand van dossierwijs.")
        try:
            (length,) = struct.unpack(">I", fh.read(4))
            raw = json.loads(fh.read(length).decode("utf-8"))
        except (struct.error, ValueError, UnicodeDecodeError) as exc:
            raise BackupError("Dit back-upbestand is beschadigd.") from exc
    keyring = Keyring(vault_id=raw.get("vault_id", ""), created=raw.get("created", ""))
    try:
        from .keyring import KeyEntry

        keyring.entries = [KeyEntry(**e) for e in raw["entries"]]
    except (KeyError, TypeError) as exc:
        raise BackupError("Dit back-upbestand is beschadigd.") from exc
    return keyring


def decrypt_payload(path: Path, vault_key: bytes) -> zipfile.ZipFile:
    backup_key = crypto.subkey(vault_key, "backup")
    out = io.BytesIO()
    with open(path, "rb") as fh:
        fh.read(len(MAGIC))
        (length,) = struct.unpack(">I", fh.read(4))
        fh.read(length)
        index = 0
        while True:
            size_bytes = fh.read(4)
            if len(size_bytes) < 4:
                raise BackupError("Dit back-upbestand is onvolledig (afgebroken).")
            (size,) = struct.unpack(">I", size_bytes)
            sealed = fh.read(size)
            for last in (False, True):
                try:
                    chunk = crypto.decrypt(backup_key, sealed, struct.pack(">I?", index, last))
                    break
                except crypto.DecryptionFailed:
                    continue
            else:
                raise BackupError("Dit back-upbestand is beschadigd of gewijzigd.")
            out.write(chunk)
            index += 1
            if last:
                break
    out.seek(0)
    return zipfile.ZipFile(out)


def restore_backup(path: Path, data_dir: Path, secret: str) -> None:
    """Restore into an empty data folder; nothing is written until the secret opens it."""
    from .keyring import WrongSecret

    data_dir = Path(data_dir)
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError("De gegevensmap is niet leeg. Terugzetten kan alleen in een lege map.")
    keyring = read_keyring(path)
    try:
        key, _entry = keyring.open_with(secret, ("member",))
    except WrongSecret:
        try:
            key, _entry = keyring.open_with(crypto.normalise_code(secret), ("recovery",))
        except WrongSecret as exc:
            raise BackupError(
                "Deze wachtzin of herstelcode opent de back-up niet. Er is niets gewijzigd."
            ) from exc
    archive = decrypt_payload(path, key)
    records = archive.read("records.json").decode("utf-8")
    data_dir.mkdir(parents=True, exist_ok=True)
    keyholder.unlock(key)
    from .services import migrate_if_needed

    migrate_if_needed()
    with transaction.atomic():
        for obj in serializers.deserialize("json", records, handle_forward_references=True):
            obj.save()
    blobs_root = data_dir / "blobs"
    for name in archive.namelist():
        if name.startswith("blobs/"):
            blob_id = name.split("/", 1)[1]
            target = blobs_root / blob_id[:2] / blob_id[2:]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    keyring.save(data_dir)
