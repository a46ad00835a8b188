"""Encryption primitives of the vault (no Django).

The vault key is random; passphrases and the recovery code only wrap it
(Argon2id → AES-256-GCM), so changing a passphrase rewraps one entry.

Two additions keep keys to those who may hold them:

- Each key holder also has an X25519 key pair whose private half is wrapped by
  their secret. The vault can hand them a new key (``seal``) without knowing
  their secret, so "Sleutel vernieuwen" reaches every remaining member while a
  removed member, who knew the old vault key and the whole database, learns
  nothing: the database holds no private key.
- Every blob has its own random data key, wrapped by a key derived from the
  vault key (``seal_blob``). Rotating the vault key rewraps 60 bytes per blob,
  and a meelezer can be given the data keys of just what was shared.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
# Recovery and invitation codes: 8 groups of 4 from an alphabet without look-alikes.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class DecryptionFailed(Exception):
    """Wrong key, or the data was changed: AES-GCM detected it."""


# Bounds on stored Argon2id parameters (time, memory in KiB, lanes): far above today's
# defaults so they can still grow, far below what would exhaust a parent's laptop.
KDF_BOUNDS = ((1, 20), (8 * 1024, 2 * 1024 * 1024), (1, 16))


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside each wrapped key so they can grow later."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 2

    def as_dict(self) -> dict:
        return {"t": self.time_cost, "m": self.memory_cost, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        """Parameters as stored; ValueError outside what this app could ever have written.

        They are read before anything is authenticated (a backup's header, a keyring), so a
        crafted file could otherwise ask for terabytes of memory or years of hashing.
        """
        params = cls(time_cost=data["t"], memory_cost=data["m"], parallelism=data["p"])
        for value, (low, high) in zip(
            (params.time_cost, params.memory_cost, params.parallelism), KDF_BOUNDS, strict=True
        ):
            if type(value) is not int or not low <= value <= high:
                raise ValueError("Argon2 parameters out of bounds")
        return params


def new_vault_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def encrypt(key: bytes, plaintext: bytes, associated: bytes = b"") -> bytes:
    """AES-256-GCM; returns nonce + ciphertext-with-tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def decrypt(key: bytes, blob: bytes, associated: bytes = b"") -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


def subkey(vault_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (blob ids, backups) derived from the vault key."""
    return hmac.new(vault_key, b"dossierwijs:" + purpose.encode(), hashlib.sha256).digest()


def new_code(groups: int = 8) -> str:
    """A high-entropy code a person can write down: 8×4 characters ≈ 160 bits."""
    chars = [secrets.choice(CODE_ALPHABET) for _ in range(groups * 4)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, len(chars), 4))


def normalise_code(code: str) -> str:
    """Accept a code typed with spaces, lower case or without dashes."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


# -- sealing a key for a holder without knowing their secret -----------------------
def new_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 (private, public) pair, both as 32 raw bytes."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def _seal_key(shared: bytes, ephemeral_public: bytes, public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"dossierwijs:seal:" + ephemeral_public + public,
    ).derive(shared)


def seal(public: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """Encrypt for the holder of ``public``: ephemeral X25519, HKDF-SHA256, AES-256-GCM."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    return ephemeral_public + encrypt(
        _seal_key(shared, ephemeral_public, public), plaintext, associated
    )


def unseal(private: bytes, sealed: bytes, associated: bytes) -> bytes:
    if len(sealed) < KEY_BYTES + NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    me = X25519PrivateKey.from_private_bytes(private)
    ephemeral_public = sealed[:KEY_BYTES]
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise DecryptionFailed("bad ephemeral key") from exc
    public = me.public_key().public_bytes_raw()
    return decrypt(_seal_key(shared, ephemeral_public, public), sealed[KEY_BYTES:], associated)


# -- blobs: a data key per blob (envelope) -------------------------------------------
# Layout: MAGIC | slot 0 | slot 1 | nonce + ciphertext + tag (under the data key).
# A slot is the data key wrapped by a vault-derived key, or zeros. Two slots let a
# key rotation write the new wrapping beside the old one in place, and only then
# wipe the old: a crash at any point leaves a slot that opens.
BLOB_MAGIC = b"DWB2"
WRAPPED_KEY_BYTES = NONCE_BYTES + KEY_BYTES + 16
BLOB_HEADER_BYTES = len(BLOB_MAGIC) + 2 * WRAPPED_KEY_BYTES
EMPTY_SLOT = bytes(WRAPPED_KEY_BYTES)


def blob_wrapping_key(vault_key: bytes) -> bytes:
    return subkey(vault_key, "blob-data-key")


def _slot_associated(blob_id: str) -> bytes:
    return b"dossierwijs:blob-key:" + blob_id.encode()


def _body_associated(blob_id: str) -> bytes:
    return blob_id.encode()


def wrap_data_key(vault_key: bytes, data_key: bytes, blob_id: str) -> bytes:
    return encrypt(blob_wrapping_key(vault_key), data_key, _slot_associated(blob_id))


def seal_blob(vault_key: bytes, plaintext: bytes, blob_id: str) -> bytes:
    """A new blob file: a fresh data key, wrapped in slot 0; the content under that key."""
    data_key = new_vault_key()
    header = BLOB_MAGIC + wrap_data_key(vault_key, data_key, blob_id) + EMPTY_SLOT
    return header + encrypt(data_key, plaintext, _body_associated(blob_id))


def is_enveloped(sealed: bytes) -> bool:
    return len(sealed) > BLOB_HEADER_BYTES and sealed[: len(BLOB_MAGIC)] == BLOB_MAGIC


def blob_slots(sealed: bytes) -> list[bytes]:
    start = len(BLOB_MAGIC)
    return [
        sealed[start + i * WRAPPED_KEY_BYTES : start + (i + 1) * WRAPPED_KEY_BYTES] for i in (0, 1)
    ]


def slot_offset(index: int) -> int:
    return len(BLOB_MAGIC) + index * WRAPPED_KEY_BYTES


def open_slot(vault_key: bytes, slot: bytes, blob_id: str) -> bytes:
    if slot == EMPTY_SLOT:
        raise DecryptionFailed("empty slot")
    return decrypt(blob_wrapping_key(vault_key), slot, _slot_associated(blob_id))


def blob_data_key(vault_key: bytes, sealed: bytes, blob_id: str) -> bytes:
    """The data key of an enveloped blob, from whichever slot the vault key opens."""
    for slot in blob_slots(sealed):
        try:
            return open_slot(vault_key, slot, blob_id)
        except DecryptionFailed:
            continue
    raise DecryptionFailed("no slot opens with this key")


# A large file (a recording) is written as it arrives, before its blob id (an HMAC of all of
# it) is known: the same header, then a body in chunks. Each chunk is AES-256-GCM under the
# blob's own data key with a nonce made of its index, and its index and whether it is the
# last one as associated data, so chunks cannot be reordered, dropped or cut off. The blob
# id is bound through the key slot (wrapped with the id as associated data), so a file moved
# to another name still does not open. A chunk can be opened alone: seeking reads only the
# chunks it needs.
CHUNKED_MAGIC = b"DWC1"
CHUNK_BYTES = 64 * 1024
CHUNKED_PREFIX_BYTES = len(CHUNKED_MAGIC) + 4
TAG_BYTES = 16


def _chunk_nonce(index: int) -> bytes:
    return bytes(NONCE_BYTES - 8) + index.to_bytes(8, "big")


def _chunk_associated(index: int, final: bool) -> bytes:
    return CHUNKED_MAGIC + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def chunked_prefix(chunk_bytes: int = CHUNK_BYTES) -> bytes:
    return CHUNKED_MAGIC + chunk_bytes.to_bytes(4, "big")


def seal_chunk(data_key: bytes, index: int, plaintext: bytes, *, final: bool) -> bytes:
    return AESGCM(data_key).encrypt(_chunk_nonce(index), plaintext, _chunk_associated(index, final))


def open_chunk(data_key: bytes, index: int, sealed: bytes, *, final: bool) -> bytes:
    try:
        return AESGCM(data_key).decrypt(
            _chunk_nonce(index), sealed, _chunk_associated(index, final)
        )
    except InvalidTag as exc:
        raise DecryptionFailed("chunk changed, moved or cut off") from exc


@dataclass(frozen=True)
class ChunkLayout:
    """Where the chunks of a chunked body are, from the body's length alone."""

    chunk_bytes: int
    count: int
    size: int  # plaintext bytes

    @classmethod
    def of(cls, prefix: bytes, body_length: int) -> ChunkLayout:
        if len(prefix) < CHUNKED_PREFIX_BYTES or not prefix.startswith(CHUNKED_MAGIC):
            raise DecryptionFailed("not a chunked body")
        chunk_bytes = int.from_bytes(prefix[len(CHUNKED_MAGIC) : CHUNKED_PREFIX_BYTES], "big")
        stored = body_length - CHUNKED_PREFIX_BYTES
        if chunk_bytes == 0 or stored < TAG_BYTES:
            raise DecryptionFailed("not a chunked body")
        full = chunk_bytes + TAG_BYTES
        count = max(1, -(-stored // full))
        last = stored - (count - 1) * full
        if last < TAG_BYTES:
            raise DecryptionFailed("chunked body cut off")
        return cls(chunk_bytes, count, (count - 1) * chunk_bytes + last - TAG_BYTES)

    def offset(self, index: int) -> int:
        """Where chunk ``index`` starts, counted from the start of the body."""
        return CHUNKED_PREFIX_BYTES + index * (self.chunk_bytes + TAG_BYTES)

    def stored_length(self, index: int) -> int:
        if index < self.count - 1:
            return self.chunk_bytes + TAG_BYTES
        return self.size - (self.count - 1) * self.chunk_bytes + TAG_BYTES


def open_chunked_body(data_key: bytes, body: bytes) -> bytes:
    layout = ChunkLayout.of(body[:CHUNKED_PREFIX_BYTES], len(body))
    parts = []
    for index in range(layout.count):
        start = layout.offset(index)
        sealed = body[start : start + layout.stored_length(index)]
        parts.append(open_chunk(data_key, index, sealed, final=index == layout.count - 1))
    return b"".join(parts)


def open_blob_with_data_key(data_key: bytes, sealed: bytes, blob_id: str) -> bytes:
    """What a meelezer does: open one blob with its data key alone (either body form)."""
    if not is_enveloped(sealed):
        raise DecryptionFailed("not an enveloped blob")
    body = sealed[BLOB_HEADER_BYTES:]
    if body.startswith(CHUNKED_MAGIC):
        try:
            return open_chunked_body(data_key, body)
        except DecryptionFailed:
            pass  # a one-piece body whose random nonce starts with the magic by chance
    return decrypt(data_key, body, _body_associated(blob_id))


def open_blob(vault_key: bytes, sealed: bytes, blob_id: str) -> bytes:
    """Open a blob of either format: enveloped, or (before envelopes) under the vault key."""
    if is_enveloped(sealed):
        try:
            data_key = blob_data_key(vault_key, sealed, blob_id)
        except DecryptionFailed:
            # 1 in 2**32 old blobs starts with the magic by chance: try the old way too.
            return decrypt(vault_key, sealed, _body_associated(blob_id))
        return open_blob_with_data_key(data_key, sealed, blob_id)
    return decrypt(vault_key, sealed, _body_associated(blob_id))
