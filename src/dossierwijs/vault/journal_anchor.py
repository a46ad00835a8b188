"""The journal's anchor: its latest sequence number and head hash, kept outside the table.

The hash chain alone shows a changed or removed entry in the middle, but not a
missing tail (the last rows deleted) nor a chain re-hashed from the start. So the
head is also written to ``journal-anchor.json`` beside the keyring, with an HMAC
under a key derived from the vault key. Whoever changes the database without the
vault key (a database administrator in hosted mode, an older copy of ``vault.db``
put back) cannot make a matching anchor. Whoever holds the vault key can: the
journal cannot prove anything against them (README, Kennis "logboek").

It is a separate file, not the keyring itself, so that the frequent anchor writes
never put the keys at risk; and it is written at most once per ``INTERVAL`` per
process (and when the vault locks, when the process ends, before every check), so
a page view does not become a contended file write. Entries of the last moments
before a crash may be unanchored: their removal would not be noticed.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import crypto
from .files import keyring_lock, write_private_file
from .journal_model import JournalEntry

FILENAME = "journal-anchor.json"
INTERVAL = 1.0  # seconds between anchor writes of one process

_lock = threading.Lock()
_pending: dict[str, tuple[Anchor, float]] = {}
_last_write = 0.0
FORGET_AFTER = 60.0  # a noted head never committed (rolled back) is dropped after this


@dataclass(frozen=True)
class Anchor:
    vault_id: str
    seq: int
    head: str
    mac: str

    @classmethod
    def make(cls, vault_key: bytes, vault_id: str, seq: int, head: str) -> Anchor:
        return cls(vault_id, seq, head, _mac(vault_key, vault_id, seq, head))

    def is_authentic(self, vault_key: bytes) -> bool:
        expected = _mac(vault_key, self.vault_id, self.seq, self.head)
        return hmac.compare_digest(expected, self.mac)


def _mac(vault_key: bytes, vault_id: str, seq: int, head: str) -> str:
    key = crypto.subkey(vault_key, "journal-anchor")
    message = f"{vault_id}\n{seq}\n{head}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _data_dir() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR)


def read_all(data_dir: Path | None = None) -> dict[str, Anchor]:
    path = (data_dir or _data_dir()) / FILENAME
    try:
        raw = json.loads(path.read_text("utf-8"))
        return {
            vault_id: Anchor(vault_id, int(a["seq"]), str(a["head"]), str(a["mac"]))
            for vault_id, a in raw["anchors"].items()
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        # A damaged anchor file is an anchor that does not match: verify says so.
        return {"": Anchor("", 0, "", "")}


def read(vault_id) -> Anchor | None:
    anchors = read_all()
    if "" in anchors:
        return anchors[""]
    return anchors.get(str(vault_id))


def note(*, vault_key: bytes, vault_id, seq: int, head: str) -> None:
    """Remember a new head (inside the journal's transaction; written after commit)."""
    vault_id = str(vault_id)
    with _lock:
        current = _pending.get(vault_id)
        if current is None or seq >= current[0].seq:
            _pending[vault_id] = (Anchor.make(vault_key, vault_id, seq, head), time.monotonic())


def flush_soon() -> None:
    """After a commit: write now unless this process wrote an anchor a moment ago."""
    if time.monotonic() - _last_write >= INTERVAL:
        flush()


def flush() -> None:
    """Write every pending head that the database shows as committed and chained on."""
    global _last_write
    with _lock:
        pending = dict(_pending)
    if not pending:
        return

    data_dir = _data_dir()
    if not data_dir.exists():
        return
    with keyring_lock(data_dir):
        stored = read_all(data_dir)
        if "" in stored:
            return  # damaged: keep it as the evidence it is
        changed = False
        for vault_id, (anchor, noted) in pending.items():
            head = _hash_of(JournalEntry, vault_id, anchor.seq)
            if head is None and time.monotonic() - noted < FORGET_AFTER:
                continue  # not committed yet: keep it (a later head replaces it)
            if head == anchor.head and _continues(JournalEntry, stored.get(vault_id), anchor):
                stored[vault_id] = anchor
                changed = True
            with _lock:
                if _pending.get(vault_id, (None,))[0] is anchor:
                    del _pending[vault_id]
        if changed:
            body = {
                "anchors": {
                    v: {"seq": a.seq, "head": a.head, "mac": a.mac} for v, a in stored.items()
                }
            }
            write_private_file(data_dir / FILENAME, json.dumps(body, indent=1).encode())
            _last_write = time.monotonic()


def _hash_of(model, vault_id: str, seq: int) -> str | None:
    return model.objects.filter(vault_id=vault_id, seq=seq).values_list("hash", flat=True).first()


def _continues(model, stored: Anchor | None, new: Anchor) -> bool:
    """Move the anchor only forward along the same chain: a head that no longer matches
    (rows deleted, the chain rewritten) stays as it is, as evidence for verify."""
    if stored is None:
        return True
    if new.seq <= stored.seq:
        return False
    return _hash_of(model, stored.vault_id, stored.seq) == stored.head


def forget_pending() -> None:
    with _lock:
        _pending.clear()


def _flush_at_exit() -> None:
    # At exit the database may be gone already; then there is nothing to anchor.
    with contextlib.suppress(Exception):
        flush()


atexit.register(_flush_at_exit)
