"""Opening a backup: the header read within bounds and checked against the vault key, the
keyring opened with a passphrase or the recovery code, and the payload read back chunk by
chunk, each one authenticated, as frames (format 2) or from the one ZIP of format 1.

Split from ``backup``, which re-exports every name here.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from django.utils.translation import gettext as _

from . import crypto
from .backup_format import (
    _BLOB_SIZE,
    _LENGTH,
    MAGIC,
    MAGIC_V1,
    MAX_HEADER,
    MAX_SEALED_CHUNK,
    TAG_BYTES,
    BackupError,
    _chunk_aad,
    _damaged,
    _header_key,
)
from .keyring import KeyEntry, Keyring, WrongSecret


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
