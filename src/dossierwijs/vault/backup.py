"""One encrypted backup file, streamed in and out in bounded memory.

Backup file layout (format 2)::

    b"DOSSIERWIJS-BACKUP-2\\n" | u32 length | keyring JSON (wrapped keys only)
    | 32-byte HMAC of everything before it (key derived from the vault key)
    then chunks: u32 length | AES-GCM(backup key, chunk, aad = header digest + index + last)

Any member's passphrase or the recovery code opens the keyring inside, so the
backup needs no extra secret; the HMAC then proves that no entry of the header
was changed (a damaged recovery entry would otherwise be restored "successfully").

The decrypted payload is a stream of frames, so neither side holds the vault:
``M`` meta JSON, ``R`` one database row as JSON, ``B`` one blob as stored (still
encrypted under the vault key), ``E`` the end. Format 1 (payload one ZIP, header
not authenticated) is still read, with the same checks on blob ids.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import re
import secrets
import shutil
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs import contributions

from . import crypto, journal, keyholder, reader_store
from .blobs import BlobStore
from .files import write_private_file
from .journal_model import Action
from .keyring import FILENAME as KEYRING_FILENAME
from .keyring import KeyEntry, Keyring, WrongSecret
from .models import Member, Vault
from .services import migrate_if_needed

MAGIC_V1 = b"DOSSIERWIJS-BACKUP\n"
MAGIC = b"DOSSIERWIJS-BACKUP-2\n"
CHUNK = 1024 * 1024
# What a reader accepts before it authenticates anything: a keyring of hundreds of members
# fits in the header, and a sealed chunk is CHUNK plus nonce and tag.
MAX_HEADER = 1024 * 1024
MAX_SEALED_CHUNK = CHUNK + 1024
TAG_BYTES = 32
OUR_APPS_PREFIX = "dossierwijs."
BLOB_ID = re.compile(r"[0-9a-f]{64}")
_LENGTH = struct.Struct(">I")
_BLOB_SIZE = struct.Struct(">Q")


class BackupError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _damaged() -> BackupError:
    return BackupError(_("Dit back-upbestand is beschadigd of gewijzigd. Er is niets teruggezet."))


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


def records_json(vault) -> str:
    return serializers.serialize(
        "json", _rows_of_vault(vault), use_natural_foreign_keys=True, indent=1
    )


def _header_key(vault_key: bytes) -> bytes:
    return crypto.subkey(vault_key, "backup-header")


def _chunk_aad(header_digest: bytes, index: int, last: bool) -> bytes:
    return header_digest + struct.pack(">I?", index, last)


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
        record = serializers.serialize("json", [row], use_natural_foreign_keys=True)
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


# -- reading ------------------------------------------------------------------------
class _Header:
    def __init__(self, version: int, keyring: Keyring, raw: bytes, signed: bytes, tag: bytes):
        self.version = version
        self.keyring = keyring  # its entries, to open it
        self.raw = raw  # the keyring file as it was, written back as it is
        self.signed = signed
        self.tag = tag

    def check(self, vault_key: bytes) -> None:
        if self.version == 1:
            return  # format 1 carried no tag; its chunks are still authenticated
        expected = hmac.new(_header_key(vault_key), self.signed, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, self.tag):
            raise BackupError(
                _(
                    "De sleutels in dit back-upbestand zijn beschadigd of gewijzigd. "
                    "Er is niets teruggezet. Gebruik een andere back-up."
                )
            )

    def aad(self, index: int, last: bool) -> bytes:
        if self.version == 1:
            return struct.pack(">I?", index, last)
        return _chunk_aad(hashlib.sha256(self.signed + self.tag).digest(), index, last)


def _read_header(fh) -> _Header:
    start = fh.read(len(MAGIC))
    if start == MAGIC:
        version = 2
    elif start[: len(MAGIC_V1)] == MAGIC_V1:
        version = 1
        fh.seek(len(MAGIC_V1))
        start = MAGIC_V1
    else:
        raise BackupError(_("Dit is geen back-upbestand van dossierwijs."))
    try:
        length_bytes = fh.read(4)
        (length,) = _LENGTH.unpack(length_bytes)
        if length > MAX_HEADER:
            raise _damaged()
        header = fh.read(length)
        raw = json.loads(header.decode("utf-8"))
        keyring = Keyring(vault_id=raw["vault_id"], created=raw.get("created", ""))
        keyring.entries = [KeyEntry(**e) for e in raw["entries"]]
        for entry in keyring.entries:
            crypto.KdfParams.from_dict(entry.kdf)  # bounded before any key is derived
        keyring.blob_id_key = raw.get("blob_id_key", "")  # kept over "Sleutel vernieuwen"
    except (struct.error, ValueError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise _damaged() from exc
    tag = fh.read(TAG_BYTES) if version == 2 else b""
    if len(tag) != (TAG_BYTES if version == 2 else 0):
        raise _damaged()
    return _Header(version, keyring, header, start + length_bytes + header, tag)


def read_keyring(path: Path) -> Keyring:
    with open(path, "rb") as fh:
        return _read_header(fh).keyring


class _OpeningReader:
    """Reads the decrypted payload one chunk at a time."""

    def __init__(self, fh, header: _Header, vault_key: bytes):
        self._fh = fh
        self._header = header
        self._key = crypto.subkey(vault_key, "backup")
        self._buffer = b""
        self._pos = 0
        self._index = 0
        self.finished = False

    def _next_chunk(self) -> bool:
        if self.finished:
            return False
        size_bytes = self._fh.read(4)
        if len(size_bytes) < 4:
            raise BackupError(
                _("Dit back-upbestand is onvolledig (afgebroken). Er is niets teruggezet.")
            )
        (size,) = _LENGTH.unpack(size_bytes)
        if size > MAX_SEALED_CHUNK:
            raise _damaged()  # before reading it: a crafted length could ask for gigabytes
        sealed = self._fh.read(size)
        for last in (False, True):
            try:
                chunk = crypto.decrypt(self._key, sealed, self._header.aad(self._index, last))
                break
            except crypto.DecryptionFailed:
                continue
        else:
            raise _damaged()
        self._index += 1
        self.finished = last
        left = self._buffer[self._pos :]
        self._buffer = left + chunk if left else chunk
        self._pos = 0
        return True

    def read(self, n: int) -> bytes:
        while len(self._buffer) - self._pos < n:
            if not self._next_chunk():
                raise _damaged()
        data = self._buffer[self._pos : self._pos + n]
        self._pos += n
        return data

    def read_some(self, n: int) -> bytes:
        """Up to ``n`` bytes, at least one: what is left of the current chunk, not joined."""
        if self._pos == len(self._buffer) and not self._next_chunk():
            raise _damaged()
        data = self._buffer[self._pos : self._pos + n]
        self._pos += len(data)
        return data

    def at_end(self) -> bool:
        while self._pos == len(self._buffer):
            if not self._next_chunk():
                return self._fh.read(1) == b""
        return False


def _frames_v2(reader: _OpeningReader) -> Iterator[tuple[bytes, str, object]]:
    """Yield (kind, name, data): rows as text; blobs as a reader of their bytes."""
    while True:
        kind = reader.read(1)
        if kind == b"E":
            if not reader.at_end():
                raise _damaged()
            return
        if kind in (b"M", b"R", b"S"):
            (length,) = _LENGTH.unpack(reader.read(4))
            yield kind, "", reader.read(length).decode("utf-8")
        elif kind == b"B":
            blob_id = reader.read(64).decode("ascii", errors="replace")
            (size,) = _BLOB_SIZE.unpack(reader.read(8))
            pieces = _BlobPieces(reader, size)
            yield kind, blob_id, pieces
            for _piece in pieces:  # a reader that skipped the blob: step over its bytes
                pass
        else:
            raise _damaged()


class _BlobPieces:
    def __init__(self, reader: _OpeningReader, size: int):
        self._reader, self._left = reader, size

    def __iter__(self) -> Iterator[bytes]:
        while self._left:
            piece = self._reader.read_some(self._left)
            self._left -= len(piece)
            yield piece


def _frames_v1(fh, header: _Header, vault_key: bytes) -> Iterator[tuple[bytes, str, object]]:
    """Format 1 held one ZIP, which must be read whole; only old backups take this path."""
    reader = _OpeningReader(fh, header, vault_key)
    payload = io.BytesIO()
    while reader._next_chunk():
        payload.write(reader._buffer)
        reader._buffer = b""
    try:
        archive = zipfile.ZipFile(payload)
        yield b"M", "", archive.read("meta.json").decode("utf-8")
        for row in json.loads(archive.read("records.json").decode("utf-8")):
            yield b"R", "", json.dumps([row])
        for name in archive.namelist():
            if name.startswith("blobs/"):
                yield b"B", name.split("/", 1)[1], iter([archive.read(name)])
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise _damaged() from exc


def _check_source(path: Path) -> None:
    if path.is_dir():
        raise BackupError(
            _("%(path)s is een map, geen back-upbestand. Geef het bestand zelf op.")
            % {"path": path}
        )
    if not path.exists():
        raise BackupError(_("Het bestand %(path)s bestaat niet.") % {"path": path})


def _open_keyring(keyring: Keyring, secret: str) -> tuple[bytes, KeyEntry]:
    try:
        return keyring.open_with(secret, ("member",))
    except WrongSecret:
        try:
            return keyring.open_with(crypto.normalise_code(secret), ("recovery",))
        except WrongSecret as exc:
            raise BackupError(
                _("Deze wachtzin of herstelcode opent de back-up niet. Er is niets gewijzigd.")
            ) from exc


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
