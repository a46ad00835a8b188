"""Encryption primitives of the vault (no Django).

The vault key is random; passphrases and the recovery code only wrap it
(Argon2id → AES-256-GCM), so changing a passphrase rewraps one entry.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
# Recovery and invitation codes: 8 groups of 4 from an alphabet without look-alikes.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class DecryptionFailed(Exception):
    """Wrong key, or the data was changed: AES-GCM detected it."""


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
        return cls(time_cost=data["t"], memory_cost=data["m"], parallelism=data["p"])


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
