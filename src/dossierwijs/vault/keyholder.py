"""The unlocked vault key, held in this process's memory only.

The database backend asks for it on every new connection; locking forgets it
and closes the connections, so nothing can be read until someone unlocks again.
"""

from __future__ import annotations

import threading
import time


class VaultLocked(Exception):
    """The vault is locked: nobody has unlocked it in this process."""


_lock = threading.Lock()
_key: bytes | None = None
_last_activity = 0.0


def unlock(key: bytes) -> None:
    global _key, _last_activity
    with _lock:
        _key = bytes(key)
        _last_activity = time.monotonic()


def lock() -> None:
    """Forget the key and close every database connection of this process."""
    global _key
    _anchor_journal()
    with _lock:
        _key = None
    try:
        from django.db import connections

        # Only SQLCipher connections hold the key; a PostgreSQL connection (hosted mode)
        # holds none, and closing it would end the transaction of whoever else is busy.
        if connections["default"].vendor == "sqlite":
            connections.close_all()
    except Exception:  # noqa: BLE001, S110 - nothing to close before Django is set up
        pass


def _anchor_journal() -> None:
    """Write the journal's latest head before the database closes (see journal_anchor)."""
    if _key is None:
        return
    try:
        from . import journal_anchor

        journal_anchor.flush()
    except Exception:  # noqa: BLE001, S110 - locking must never fail; verify will tell
        pass


def is_unlocked() -> bool:
    return _key is not None


def key() -> bytes:
    current = _key
    if current is None:
        raise VaultLocked()
    return current


def touch() -> None:
    global _last_activity
    _last_activity = time.monotonic()


def idle_seconds() -> float:
    return time.monotonic() - _last_activity
