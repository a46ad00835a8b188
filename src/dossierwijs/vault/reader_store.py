"""A meelezer's reader store: the only thing their passphrase opens (no Django here).

``DATA_DIR/readers/<entry id>.json``, one per meelezer (or pending meelezer
invitation)::

    entry    a keyring entry of kind "reader": the meelezer's X25519 key pair
             (private half wrapped by their passphrase, or by the invitation code
             until it is accepted) and the reader key sealed to the public half
    content  AES-256-GCM under the reader key, associated data = vault id + entry id:
             for each shared document its id, title, date, file name, blob id and
             that blob's data key, and nothing else

The vault writes the store without knowing the passphrase (it seals a new reader
key to the public half each time), so every change, a revoked grant above all,
comes with a new reader key. The meelezer never holds the vault key: with a copy
of the data folder their passphrase opens this file and, through the data keys
in it, exactly the shared files.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import crypto
from .files import write_private_file
from .keyring import KeyEntry, WrongSecret

FOLDER = "readers"
FORMAT = 1

INVITED = "invited"  # opened by the invitation code
ACCEPTED = "accepted"  # opened by the passphrase; the vault has not yet made the member
ACTIVE = "active"


class ReaderStoreDamaged(Exception):
    pass


@dataclass(frozen=True)
class SharedFile:
    document_id: str
    title: str
    date: str  # ISO date or ""
    until: str  # ISO date or "": the grant's last day
    filename: str
    blob_id: str
    data_key: bytes

    def as_dict(self) -> dict:
        data = dict(self.__dict__)
        data["data_key"] = base64.b64encode(self.data_key).decode("ascii")
        return data

    @classmethod
    def from_dict(cls, data: dict) -> SharedFile:
        return cls(**{**data, "data_key": base64.b64decode(data["data_key"])})


@dataclass
class ReaderStore:
    vault_id: str
    entry: KeyEntry
    state: str = INVITED
    content: str = ""  # base64 of the sealed content; "" until the vault writes it

    # What an opened store holds (never written as such).
    files: list[SharedFile] = field(default_factory=list)
    private: bytes = b""

    @property
    def entry_id(self) -> str:
        return self.entry.id

    def _associated(self) -> bytes:
        return f"dossierwijs:reader:{self.vault_id}:{self.entry.id}".encode()

    # -- writing (the vault side: needs no secret) -------------------------------------
    def put_files(self, files: list[SharedFile]) -> None:
        """Replace what is shared, under a new reader key sealed to the meelezer."""
        reader_key = crypto.new_vault_key()
        self.entry.reseal(reader_key)
        payload = json.dumps(
            {
                "written": datetime.now(UTC).isoformat(timespec="seconds"),
                "files": [f.as_dict() for f in files],
            }
        ).encode("utf-8")
        sealed = crypto.encrypt(reader_key, payload, self._associated())
        self.content = base64.b64encode(sealed).decode("ascii")

    # -- reading (the meelezer side) -----------------------------------------------------
    def open(self, secret: str) -> list[SharedFile]:
        """The shared files, if this secret opens the store (else ``WrongSecret``)."""
        return self.open_with_private(self.entry.private_key(secret))

    def open_with_private(self, private: bytes) -> list[SharedFile]:
        reader_key = self.entry.unseal_with(private)
        if not self.content:
            return []
        try:
            raw = crypto.decrypt(reader_key, base64.b64decode(self.content), self._associated())
            return [SharedFile.from_dict(f) for f in json.loads(raw)["files"]]
        except (crypto.DecryptionFailed, ValueError, KeyError, TypeError) as exc:
            raise ReaderStoreDamaged(self.entry.id) from exc

    # -- the file --------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "dossierwijs",
                "kind": "reader",
                "format": FORMAT,
                "vault_id": self.vault_id,
                "state": self.state,
                "entry": self.entry.__dict__,
                "content": self.content,
            },
            indent=1,
        )

    def save(self, data_dir: Path) -> None:
        """Atomically and durably, readable by the owner only (as the keyring)."""
        write_private_file(path_of(data_dir, self.entry.id), self.to_json().encode("utf-8"))


def path_of(data_dir: Path, entry_id: str) -> Path:
    if len(entry_id) != 32 or not all(c in "0123456789abcdef" for c in entry_id):
        raise ReaderStoreDamaged(entry_id)
    return Path(data_dir) / FOLDER / f"{entry_id}.json"


def _parse(text: str) -> ReaderStore:
    try:
        raw = json.loads(text)
        if raw.get("app") != "dossierwijs" or raw.get("kind") != "reader":
            raise ValueError("not a reader store")
        return ReaderStore(
            vault_id=raw["vault_id"],
            entry=KeyEntry(**raw["entry"]),
            state=raw["state"],
            content=raw.get("content", ""),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReaderStoreDamaged(text[:0]) from exc


def load(data_dir: Path, entry_id: str) -> ReaderStore | None:
    try:
        return _parse(path_of(data_dir, entry_id).read_text("utf-8"))
    except FileNotFoundError:
        return None


def all_stores(data_dir: Path) -> list[ReaderStore]:
    folder = Path(data_dir) / FOLDER
    if not folder.is_dir():
        return []
    stores = []
    for path in sorted(folder.glob("*.json")):
        try:
            stores.append(_parse(path.read_text("utf-8")))
        except (OSError, ReaderStoreDamaged):
            continue  # a damaged store opens for nobody; the vault rewrites it
    return stores


def restore(data_dir: Path, text: str) -> None:
    """Put back a store from a backup (checked: well formed, a well-formed id)."""
    store = _parse(text)
    store.save(data_dir)  # path_of refuses an id that is not 32 hex characters


def delete(data_dir: Path, entry_id: str) -> None:
    path_of(data_dir, entry_id).unlink(missing_ok=True)


def new_store(vault_id: str, code: str, expires: str | None) -> ReaderStore:
    """A store for an invited meelezer, opened by the invitation code until accepted."""
    entry = KeyEntry.wrap(crypto.new_vault_key(), code, "reader", expires=expires)
    store = ReaderStore(vault_id=vault_id, entry=entry, state=INVITED)
    store.put_files([])
    return store


def open_with(data_dir: Path, secret: str, states: tuple[str, ...]) -> ReaderStore:
    """The store this secret opens, with its files read; else ``WrongSecret``."""
    for store in all_stores(data_dir):
        if store.state not in states or store.entry.is_expired():
            continue
        try:
            store.private = store.entry.private_key(secret)
        except WrongSecret:
            continue
        store.files = store.open_with_private(store.private)
        return store
    raise WrongSecret()


def read_file(data_dir: Path, shared: SharedFile) -> bytes:
    """A shared file's content, opened with its data key alone (no vault key)."""
    blob_id = shared.blob_id
    if len(blob_id) != 64 or not all(c in "0123456789abcdef" for c in blob_id):
        raise ReaderStoreDamaged(blob_id)
    sealed = (Path(data_dir) / "blobs" / blob_id[:2] / blob_id[2:]).read_bytes()
    return crypto.open_blob_with_data_key(shared.data_key, sealed, blob_id)
