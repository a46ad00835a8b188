"""Making a backup: the vault's rows, every blob as stored and the meelezers' reader
stores, sealed chunk by chunk into one file (the layout is described in ``backup_format``).

Split from ``backup``, which re-exports every name here.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder

from . import crypto, keyholder, reader_store
from .backup_format import _BLOB_SIZE, _LENGTH, CHUNK, MAGIC, _chunk_aad, _header_key
from .blobs import BlobStore
from .keyring import Keyring

OUR_APPS_PREFIX = "dossierwijs."


def vault_models() -> list:
    """Every model of our apps, parents before children (as Django sorts them)."""
    models = [m for m in apps.get_models() if m.__module__.startswith(OUR_APPS_PREFIX)]
    return serializers.sort_dependencies([(None, models)], allow_cycles=True)


def _rows_of_vault(vault) -> Iterator:
    user_ids = list(vault.members.values_list("user_id", flat=True))
    yield from get_user_model().objects.filter(pk__in=user_ids).iterator()
    for model in vault_models():
        if model._meta.model_name == "vault":
            yield from model.objects.filter(pk=vault.pk)
        elif any(f.name == "vault" for f in model._meta.fields):
            yield from model._default_manager.filter(vault=vault).order_by("pk").iterator()
        else:
            # Models without a vault field hang off one that has it (see DEVELOPERS.md).
            yield from model._default_manager.order_by("pk").iterator()


class _ExactTimes(DjangoJSONEncoder):
    """Django's encoder rounds times to the millisecond; a backup must give back the very same
    vault, so times keep their microseconds (a restore of an older backup still reads)."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


def records_json(vault) -> str:
    return serializers.serialize(
        "json", _rows_of_vault(vault), use_natural_foreign_keys=True, indent=1, cls=_ExactTimes
    )


class _SealingWriter:
    """A write-only stream that seals every CHUNK bytes as they come."""

    def __init__(self, out, backup_key: bytes, header_digest: bytes):
        self._out = out
        self._key = backup_key
        self._digest = header_digest
        self._buffer = bytearray()
        self._index = 0
        self.written = 0

    def write(self, data) -> int:
        self._buffer += data
        # Keep at least one byte back: the chunk that ends the stream must say so.
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        sealed = crypto.encrypt(
            self._key, chunk, associated=_chunk_aad(self._digest, self._index, last)
        )
        self._out.write(_LENGTH.pack(len(sealed)) + sealed)
        self._index += 1
        self.written += len(chunk)

    def close(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()


def _frame(kind: bytes, data: bytes) -> bytes:
    return kind + _LENGTH.pack(len(data)) + data


def write_backup(vault, data_dir: Path, out) -> int:
    """Write an encrypted backup of the unlocked vault to the binary file ``out``."""
    data_dir = Path(data_dir)
    keyring = Keyring.load(data_dir)
    store = BlobStore.for_data_dir(data_dir)
    vault_key = keyholder.key()
    header = keyring.to_json().encode("utf-8")
    start = MAGIC + _LENGTH.pack(len(header)) + header
    tag = hmac.new(_header_key(vault_key), start, hashlib.sha256).digest()
    out.write(start + tag)
    writer = _SealingWriter(
        out, crypto.subkey(vault_key, "backup"), hashlib.sha256(start + tag).digest()
    )
    writer.write(_frame(b"M", json.dumps({"vault_id": str(vault.pk), "format": 2}).encode()))
    for row in _rows_of_vault(vault):
        record = serializers.serialize(
            "json", [row], use_natural_foreign_keys=True, cls=_ExactTimes
        )
        writer.write(_frame(b"R", record.encode("utf-8")))
    for blob_id in store.all_ids():
        path = store._path(blob_id)
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            writer.write(b"B" + blob_id.encode("ascii") + _BLOB_SIZE.pack(size))
            while piece := fh.read(CHUNK):
                writer.write(piece)
    # Meelezers' reader stores (encrypted to each meelezer), so a restore keeps their access.
    for store_path in sorted((data_dir / reader_store.FOLDER).glob("*.json")):
        writer.write(_frame(b"S", store_path.read_bytes()))
    writer.write(b"E")
    writer.close()
    return writer.written
