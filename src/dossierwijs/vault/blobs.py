"""The content store: every document is one file, encrypted with AES-256-GCM.

Each file has its own random data key, wrapped by a key derived from the vault
key (see ``crypto.seal_blob``). Files written before that (encrypted with the
vault key itself) are still read, and are moved to the new form when their
data key is needed (sharing with a meelezer) or the vault key is renewed.

Blob ids are an HMAC of the content under a key derived from the vault key, so
identical files are stored once, yet a copy of the folder does not reveal
whether a known public document is in it. The id is the associated data, so a
blob moved to another name does not decrypt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from . import crypto, keyholder
from .keyring import FILENAME, Keyring


class BlobMissing(Exception):
    pass


class BlobDamaged(Exception):
    """The stored file was changed or belongs to another vault."""


_id_keys: dict[tuple[str, bytes], bytes] = {}


def id_key_for(data_dir: Path, vault_key: bytes) -> bytes:
    """The blob-id key of this vault (kept in the keyring once the vault key was renewed)."""
    cache_key = (str(data_dir), hashlib.sha256(vault_key).digest())
    if cache_key not in _id_keys:
        if (Path(data_dir) / FILENAME).exists():
            _id_keys[cache_key] = Keyring.load(data_dir).id_key(vault_key)
        else:  # a folder being set up or restored: the key is the derived one
            return crypto.subkey(vault_key, "blob-id")
    return _id_keys[cache_key]


class BlobStore:
    def __init__(self, root: Path, vault_key: bytes, id_key: bytes | None = None):
        self.root = Path(root)
        self._key = vault_key
        self._id_key = id_key or crypto.subkey(vault_key, "blob-id")

    @classmethod
    def for_data_dir(cls, data_dir: Path, vault_key: bytes | None = None) -> BlobStore:
        key = vault_key or keyholder.key()
        return cls(Path(data_dir) / "blobs", key, id_key_for(data_dir, key))

    def blob_id(self, data: bytes) -> str:
        return hmac.new(self._id_key, data, hashlib.sha256).hexdigest()

    def _path(self, blob_id: str) -> Path:
        if len(blob_id) != 64 or not all(c in "0123456789abcdef" for c in blob_id):
            raise BlobMissing(blob_id)
        return self.root / blob_id[:2] / blob_id[2:]

    def exists(self, blob_id: str) -> bool:
        return self._path(blob_id).exists()

    def put(self, data: bytes) -> tuple[str, bool]:
        """Store and return (blob id, whether it was new)."""
        blob_id = self.blob_id(data)
        path = self._path(blob_id)
        if path.exists():
            return blob_id, False
        path.parent.mkdir(parents=True, exist_ok=True)
        self._write(path, crypto.seal_blob(self._key, data, blob_id))
        return blob_id, True

    @staticmethod
    def _write(path: Path, sealed: bytes) -> None:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(sealed)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    def _read(self, blob_id: str) -> bytes:
        try:
            return self._path(blob_id).read_bytes()
        except FileNotFoundError as exc:
            raise BlobMissing(blob_id) from exc

    def get(self, blob_id: str) -> bytes:
        sealed = self._read(blob_id)
        try:
            return crypto.open_blob(self._key, sealed, blob_id)
        except crypto.DecryptionFailed as exc:
            raise BlobDamaged(blob_id) from exc

    def upgrade(self, blob_id: str) -> bool:
        """Give a blob of the old form its own data key; True if it was rewritten."""
        sealed = self._read(blob_id)
        if crypto.is_enveloped(sealed):
            try:
                crypto.blob_data_key(self._key, sealed, blob_id)
                return False
            except crypto.DecryptionFailed:
                pass  # an old blob whose nonce happens to start with the magic
        try:
            data = crypto.decrypt(self._key, sealed, associated=blob_id.encode())
        except crypto.DecryptionFailed as exc:
            raise BlobDamaged(blob_id) from exc
        self._write(self._path(blob_id), crypto.seal_blob(self._key, data, blob_id))
        return True

    def data_key(self, blob_id: str) -> bytes:
        """The blob's own key, for a meelezer's reader store (upgrades an old blob first)."""
        try:
            with open(self._path(blob_id), "rb") as fh:
                header = fh.read(crypto.BLOB_HEADER_BYTES)
        except FileNotFoundError as exc:
            raise BlobMissing(blob_id) from exc
        if header.startswith(crypto.BLOB_MAGIC):
            try:
                return crypto.blob_data_key(self._key, header, blob_id)
            except crypto.DecryptionFailed:
                pass  # an old blob that happens to start with the magic: upgrade it
        self.upgrade(blob_id)
        try:
            return crypto.blob_data_key(self._key, self._read(blob_id), blob_id)
        except crypto.DecryptionFailed as exc:
            raise BlobDamaged(blob_id) from exc

    def rewrap(self, blob_id: str, new_vault_key: bytes) -> None:
        """Wrap the blob's data key for a new vault key, in place, without a window.

        The new wrapping goes into the free slot and reaches the disk before the old
        one is wiped, so a crash leaves a slot that opens with the old or the new key.
        Running it again after a crash finishes the job.
        """
        sealed = self._read(blob_id)
        if not crypto.is_enveloped(sealed) or not any(
            self._opens(slot, blob_id, key)
            for slot in crypto.blob_slots(sealed)
            for key in (self._key, new_vault_key)
        ):
            self.upgrade(blob_id)
        path = self._path(blob_id)
        fd = os.open(path, os.O_RDWR)
        try:
            header = os.pread(fd, crypto.BLOB_HEADER_BYTES, 0)
            slots = crypto.blob_slots(header)
            for index, slot in enumerate(slots):
                try:
                    crypto.open_slot(new_vault_key, slot, blob_id)
                    new_index = index
                    break
                except crypto.DecryptionFailed:
                    continue
            else:
                opening = [i for i, slot in enumerate(slots) if self._opens(slot, blob_id)]
                if not opening:
                    raise BlobDamaged(blob_id)
                new_index = 1 - opening[0]
                data_key = crypto.open_slot(self._key, slots[opening[0]], blob_id)
                wrapped = crypto.wrap_data_key(new_vault_key, data_key, blob_id)
                os.pwrite(fd, wrapped, crypto.slot_offset(new_index))
                os.fsync(fd)
            other = 1 - new_index
            if slots[other] != crypto.EMPTY_SLOT:
                os.pwrite(fd, crypto.EMPTY_SLOT, crypto.slot_offset(other))
                os.fsync(fd)
        finally:
            os.close(fd)

    def _opens(self, slot: bytes, blob_id: str, key: bytes | None = None) -> bool:
        if slot == crypto.EMPTY_SLOT:
            return False
        try:
            crypto.open_slot(key or self._key, slot, blob_id)
            return True
        except crypto.DecryptionFailed:
            return False

    def delete(self, blob_id: str) -> None:
        self._path(blob_id).unlink(missing_ok=True)

    def all_ids(self) -> list[str]:
        if not self.root.exists():
            return []
        return sorted(
            p.parent.name + p.name
            for p in self.root.glob("??/*")
            if p.is_file() and not p.name.startswith(".")
        )
