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


_idle_timer: threading.Timer | None = None


def unlock(key: bytes) -> None:
    global _key, _last_activity
    with _lock:
        _key = bytes(key)
        _last_activity = time.monotonic()
    _watch_idle()


def _idle_limit() -> float | None:
    try:
        from django.conf import settings

        return float(settings.LOCK_AFTER_SECONDS)
    except Exception:  # noqa: BLE001 - before Django is set up there is no limit
        return None


def _watch_idle() -> None:
    """Drop the key when the idle time is up, even if no request comes to notice it."""
    global _idle_timer
    limit = _idle_limit()
    with _lock:
        if _idle_timer is not None:
            _idle_timer.cancel()
            _idle_timer = None
        if _key is None or limit is None:
            return
        wait = max(limit - (time.monotonic() - _last_activity), 0.0) + 0.05
        _idle_timer = threading.Timer(wait, _lock_if_idle)
        _idle_timer.daemon = True
        _idle_timer.name = "dossierwijs-idle-lock"
        _idle_timer.start()


def _lock_if_idle() -> None:
    limit = _idle_limit()
    if _key is None or limit is None:
        return
    if idle_seconds() >= limit:
        lock()
    else:
        _watch_idle()  # someone was active meanwhile: look again when their time is up


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
        # start-up weight: the keyholder loads with the database backend, before Django's
        # models can; journal_anchor needs the journal model.
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
