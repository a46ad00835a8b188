"""Extra verification checks for tests: plain module-level functions without Django, so the
limited child process that makes a copy can import them."""

from __future__ import annotations

from collections.abc import Sequence

from dossierwijs.core.minimiser.verify import Check

LEAKED = "Marloes Verhagen"


def always_leaks(pdf: bytes, removed: Sequence[str]) -> Check:
    """A stricter check that never passes: the copy must then be refused."""
    return Check("strenge controle", False, [(LEAKED, None)])
