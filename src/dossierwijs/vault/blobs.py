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
        # The writer's pid in the name: a file left by a killed process can go at once.
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
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

    def writer(self) -> BlobWriter:
        """A blob written as it arrives (a large upload), never whole in memory."""
        return BlobWriter(self)

    def _chunked(self, blob_id: str):
        """(open file, data key, layout) of a chunked blob, or None for a one-piece blob."""
        try:
            fh = open(self._path(blob_id), "rb")  # noqa: SIM115 - returned to the caller
        except FileNotFoundError as exc:
            raise BlobMissing(blob_id) from exc
        head = fh.read(crypto.BLOB_HEADER_BYTES + crypto.CHUNKED_PREFIX_BYTES)
        if not head[crypto.BLOB_HEADER_BYTES :].startswith(crypto.CHUNKED_MAGIC):
            fh.close()
            return None
        try:
            data_key = crypto.blob_data_key(self._key, head, blob_id)
            length = os.fstat(fh.fileno()).st_size - crypto.BLOB_HEADER_BYTES
            layout = crypto.ChunkLayout.of(head[crypto.BLOB_HEADER_BYTES :], length)
        except crypto.DecryptionFailed:
            fh.close()
            return None  # a one-piece body whose nonce starts with the magic by chance
        return fh, data_key, layout

    def size(self, blob_id: str) -> int:
        """The plaintext size; reads only the header of a chunked blob."""
        chunked = self._chunked(blob_id)
        if chunked is None:
            return len(self.get(blob_id))
        chunked[0].close()
        return chunked[2].size

    def iter_range(self, blob_id: str, start: int = 0, end: int | None = None):
        """Yield the plaintext bytes ``start`` to ``end`` (inclusive), a chunk at a time.

        A chunked blob decrypts only the chunks the range touches; a one-piece blob is
        opened whole (those are the small documents).
        """
        chunked = self._chunked(blob_id)
        if chunked is None:
            data = self.get(blob_id)
            yield data[start : (len(data) if end is None else end + 1)]
            return
        fh, data_key, layout = chunked
        last = layout.size - 1 if end is None else min(end, layout.size - 1)
        try:
            index = start // layout.chunk_bytes
            while index < layout.count and index * layout.chunk_bytes <= last:
                fh.seek(crypto.BLOB_HEADER_BYTES + layout.offset(index))
                sealed = fh.read(layout.stored_length(index))
                try:
                    plain = crypto.open_chunk(
                        data_key, index, sealed, final=index == layout.count - 1
                    )
                except crypto.DecryptionFailed as exc:
                    raise BlobDamaged(blob_id) from exc
                begin = index * layout.chunk_bytes
                yield plain[max(start - begin, 0) : last - begin + 1]
                index += 1
        finally:
            fh.close()

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


class BlobWriter:
    """Write one blob as its bytes arrive: encrypted chunk by chunk, never whole in memory.

    The file grows under a temporary name in the store; its id (an HMAC of all bytes) is
    known only at the end, when the data key is wrapped for that id into the header and
    the file takes its name. Nothing unencrypted reaches the disk. ``close`` returns
    (blob id, whether it was new); ``abort`` removes the partial file.
    """

    def __init__(self, store: BlobStore, chunk_bytes: int = crypto.CHUNK_BYTES):
        self._store = store
        self._chunk_bytes = chunk_bytes
        self._data_key = crypto.new_vault_key()
        self._mac = hmac.new(store._id_key, digestmod=hashlib.sha256)
        self._buffer = bytearray()
        self._index = 0
        self.size = 0
        store.root.mkdir(parents=True, exist_ok=True)
        self._tmp = store.root / f".incoming.{os.getpid()}-{secrets.token_hex(8)}.tmp"
        self._fh = open(self._tmp, "wb")  # noqa: SIM115 - closed in close/abort
        placeholder = crypto.BLOB_MAGIC + crypto.EMPTY_SLOT + crypto.EMPTY_SLOT
        self._fh.write(placeholder + crypto.chunked_prefix(chunk_bytes))

    def write(self, data: bytes) -> None:
        self._mac.update(data)
        self.size += len(data)
        self._buffer += data
        # Keep at least one byte back: the last chunk is sealed as the last one in close().
        while len(self._buffer) > self._chunk_bytes:
            piece = bytes(self._buffer[: self._chunk_bytes])
            del self._buffer[: self._chunk_bytes]
            self._fh.write(crypto.seal_chunk(self._data_key, self._index, piece, final=False))
            self._index += 1

    def close(self) -> tuple[str, bool]:
        try:
            self._fh.write(
                crypto.seal_chunk(self._data_key, self._index, bytes(self._buffer), final=True)
            )
            self._buffer.clear()
            blob_id = self._mac.hexdigest()
            self._fh.seek(len(crypto.BLOB_MAGIC))
            self._fh.write(crypto.wrap_data_key(self._store._key, self._data_key, blob_id))
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            path = self._store._path(blob_id)
            if path.exists():
                return blob_id, False
            path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self._tmp, path)
            return blob_id, True
        finally:
            self.abort()

    def abort(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)
