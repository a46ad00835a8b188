"""Login throttling, kept in memory: the database may still be locked at the door."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

_lock = threading.Lock()
_failures: dict[str, list[float]] = {}
# Failed attempts made while the vault was locked: written to the journal at the
# next unlock, so the family sees them.
_pending_failed_logins: list[datetime] = []

WINDOW_SECONDS = 15 * 60
FREE_ATTEMPTS = 5
MAX_WAIT_SECONDS = 5 * 60


def wait_seconds(client: str) -> int:
    """How long this client must wait before trying again (0: go ahead)."""
    now = time.monotonic()
    with _lock:
        recent = [t for t in _failures.get(client, []) if now - t < WINDOW_SECONDS]
        _failures[client] = recent
        if len(recent) < FREE_ATTEMPTS:
            return 0
        wait = min(MAX_WAIT_SECONDS, 2 ** (len(recent) - FREE_ATTEMPTS + 1) * 15)
        remaining = wait - (now - recent[-1])
        return max(0, int(remaining + 0.999))


def register_failure(client: str) -> None:
    with _lock:
        _failures.setdefault(client, []).append(time.monotonic())
        _pending_failed_logins.append(datetime.now(UTC))


def register_success(client: str) -> None:
    with _lock:
        _failures.pop(client, None)


def take_pending_failed_logins() -> list[datetime]:
    with _lock:
        pending = list(_pending_failed_logins)
        _pending_failed_logins.clear()
        return pending


def reset() -> None:
    with _lock:
        _failures.clear()
        _pending_failed_logins.clear()
