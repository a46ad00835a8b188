"""The content store: every document is one file, encrypted with AES-256-GCM.

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


class BlobMissing(Exception):
    pass


class BlobDamaged(Exception):
    """The stored file was changed or belongs to another vault."""


class BlobStore:
    def __init__(self, root: Path, vault_key: bytes):
        self.root = Path(root)
        self._key = vault_key
        self._id_key = crypto.subkey(vault_key, "blob-id")

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> BlobStore:
        return cls(Path(data_dir) / "blobs", keyholder.key())

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
        sealed = crypto.encrypt(self._key, data, associated=blob_id.encode())
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(sealed)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return blob_id, True

    def get(self, blob_id: str) -> bytes:
        path = self._path(blob_id)
        try:
            sealed = path.read_bytes()
        except FileNotFoundError as exc:
            raise BlobMissing(blob_id) from exc
        try:
            return crypto.decrypt(self._key, sealed, associated=blob_id.encode())
        except crypto.DecryptionFailed as exc:
            raise BlobDamaged(blob_id) from exc

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
