"""The keyring: the only non-secret file of a vault, beside the encrypted database.

It holds one wrapped copy of the vault key per key holder (a member's
passphrase, the recovery code, a pending invitation code). No names are stored
here: the entry that opens tells who logs in; the database says the rest.

An entry made since key pairs exist holds an X25519 key pair (the private half
wrapped by the secret) and the vault key sealed to its public half, so
"Sleutel vernieuwen" can give every remaining holder the new vault key without
their secret (``KeyEntry.reseal``). Older entries wrap the vault key with the
secret directly; they get a key pair the next time their secret is typed.
A meelezer has no entry here: their passphrase opens only their reader store.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.utils.translation import gettext as _

from . import crypto
from .files import write_private_file

FORMAT = 1
FILENAME = "keyring.json"


class KeyringError(Exception):
    """The keyring is missing, damaged or not ours; ``message`` is Dutch."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class WrongSecret(Exception):
    """No entry opens with this passphrase or code."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def kdf_params() -> crypto.KdfParams:
    # Tests may ask for cheaper parameters; they are stored per entry, so a real
    # vault is never weakened by this.
    if os.environ.get("DOSSIERWIJS_FAST_KDF") == "1":
        return crypto.KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    return crypto.KdfParams()


def _private_aad(entry_id: str) -> bytes:
    return b"dossierwijs:private:" + entry_id.encode()


@dataclass
class KeyEntry:
    id: str
    kind: str  # member | recovery | invitation
    kdf: dict
    salt: str
    wrapped: str
    created: str
    expires: str | None = None
    role: str | None = None  # invitations only: the role the invitee will get
    public: str | None = None  # X25519 public key; ``wrapped`` is then sealed to it
    private: str | None = None  # its private key, wrapped by the secret

    @classmethod
    def wrap(
        cls, vault_key: bytes, secret: str, kind: str, entry_id: str | None = None, **extra
    ) -> KeyEntry:
        params = kdf_params()
        salt = os.urandom(16)
        entry_id = entry_id or uuid.uuid4().hex
        wrapping = crypto.derive_key(secret, salt, params)
        private, public = crypto.new_keypair()
        return cls(
            id=entry_id,
            kind=kind,
            kdf=params.as_dict(),
            salt=_b64(salt),
            wrapped=_b64(crypto.seal(public, vault_key, associated=entry_id.encode())),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            public=_b64(public),
            private=_b64(crypto.encrypt(wrapping, private, associated=_private_aad(entry_id))),
            **extra,
        )

    def unwrap(self, secret: str) -> bytes:
        wrapping = crypto.derive_key(
            secret, _unb64(self.salt), crypto.KdfParams.from_dict(self.kdf)
        )
        try:
            if self.private is None:  # an entry from before key pairs
                return crypto.decrypt(wrapping, _unb64(self.wrapped), associated=self.id.encode())
            private = crypto.decrypt(
                wrapping, _unb64(self.private), associated=_private_aad(self.id)
            )
            return crypto.unseal(private, _unb64(self.wrapped), associated=self.id.encode())
        except crypto.DecryptionFailed as exc:
            raise WrongSecret() from exc

    def private_key(self, secret: str) -> bytes:
        """The holder's private key (a meelezer's session keeps it to follow their store)."""
        if self.private is None:
            raise WrongSecret()
        wrapping = crypto.derive_key(
            secret, _unb64(self.salt), crypto.KdfParams.from_dict(self.kdf)
        )
        try:
            return crypto.decrypt(wrapping, _unb64(self.private), associated=_private_aad(self.id))
        except crypto.DecryptionFailed as exc:
            raise WrongSecret() from exc

    def unseal_with(self, private: bytes) -> bytes:
        """The key sealed to this entry, opened with its private key."""
        try:
            return crypto.unseal(private, _unb64(self.wrapped), associated=self.id.encode())
        except crypto.DecryptionFailed as exc:
            raise WrongSecret() from exc

    @property
    def can_be_resealed(self) -> bool:
        return self.public is not None

    def reseal(self, new_key: bytes) -> None:
        """Give this holder a new key without their secret (only entries with a key pair)."""
        if self.public is None:
            raise ValueError("an entry without a key pair cannot be resealed")
        self.wrapped = _b64(crypto.seal(_unb64(self.public), new_key, self.id.encode()))

    def is_expired(self, now: datetime | None = None) -> bool:
        if not self.expires:
            return False
        return (now or datetime.now(UTC)) > datetime.fromisoformat(self.expires)


@dataclass
class Keyring:
    vault_id: str
    entries: list[KeyEntry] = field(default_factory=list)
    created: str = ""
    # The key behind blob ids, wrapped by the vault key. It outlives a renewed vault key,
    # so identical files keep one id (deduplication) after "Sleutel vernieuwen".
    # Empty: derived from the vault key, as for every vault before the first renewal.
    blob_id_key: str = ""

    def id_key(self, vault_key: bytes) -> bytes:
        if not self.blob_id_key:
            return crypto.subkey(vault_key, "blob-id")
        return crypto.decrypt(
            crypto.subkey(vault_key, "blob-id-wrap"),
            _unb64(self.blob_id_key),
            associated=self.vault_id.encode(),
        )

    def set_id_key(self, vault_key: bytes, id_key: bytes) -> None:
        self.blob_id_key = _b64(
            crypto.encrypt(
                crypto.subkey(vault_key, "blob-id-wrap"),
                id_key,
                associated=self.vault_id.encode(),
            )
        )

    @classmethod
    def new(cls) -> Keyring:
        return cls(
            vault_id=uuid.uuid4().hex,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    # -- persistence ------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path) -> Keyring:
        path = Path(data_dir) / FILENAME
        try:
            raw = json.loads(path.read_text("utf-8"))
        except FileNotFoundError as exc:
            raise KeyringError(_("Er is nog geen kluis in deze gegevensmap.")) from exc
        except (OSError, ValueError) as exc:
            raise KeyringError(
                _(
                    "Het sleutelbestand van deze kluis is beschadigd. Er is niets gewijzigd. "
                    "Zet een back-up terug of neem contact op met wie u helpt."
                )
            ) from exc
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw) -> Keyring:
        """A keyring from its parsed JSON (the file, a backup's header, a pending renewal)."""
        if not isinstance(raw, dict) or raw.get("app") != "dossierwijs":
            raise KeyringError(
                _("Deze gegevensmap hoort niet bij dossierwijs. Er is niets gewijzigd.")
            )
        if raw.get("format") != FORMAT:
            raise KeyringError(
                _(
                    "Deze kluis is gemaakt met een andere versie van dossierwijs. "
                    "Er is niets gewijzigd."
                )
            )
        try:
            entries = [KeyEntry(**e) for e in raw["entries"]]
            for entry in entries:  # bounded before any key is derived from them
                crypto.KdfParams.from_dict(entry.kdf)
            return cls(
                vault_id=raw["vault_id"],
                entries=entries,
                created=raw.get("created", ""),
                blob_id_key=raw.get("blob_id_key", ""),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyringError(
                _("Het sleutelbestand van deze kluis is beschadigd. Er is niets gewijzigd.")
            ) from exc

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "dossierwijs",
                "format": FORMAT,
                "vault_id": self.vault_id,
                "created": self.created,
                "entries": [e.__dict__ for e in self.entries],
                **({"blob_id_key": self.blob_id_key} if self.blob_id_key else {}),
            },
            indent=2,
        )

    def save(self, data_dir: Path) -> None:
        """Write atomically and durably: a crash leaves the old keyring or the new one."""
        write_private_file(Path(data_dir) / FILENAME, self.to_json().encode("utf-8"))

    # -- key holders --------------------------------------------------------------
    def add(self, entry: KeyEntry) -> KeyEntry:
        self.entries.append(entry)
        return entry

    def remove(self, entry_id: str) -> None:
        self.entries = [e for e in self.entries if e.id != entry_id]

    def get(self, entry_id: str) -> KeyEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def open_with(self, secret: str, kinds: tuple[str, ...]) -> tuple[bytes, KeyEntry]:
        """Try the secret against each entry of these kinds; return the key and the entry."""
        for entry in self.entries:
            if entry.kind not in kinds or entry.is_expired():
                continue
            try:
                return entry.unwrap(secret), entry
            except WrongSecret:
                continue
        raise WrongSecret()
