"""Private scratch folders for the few tools that only work on files (LibreOffice).

A folder lives under one private parent (``<temp>/dossierwijs-<uid>``, mode 700) and is
named after the process that made it. The process removes it when done; if the process
was killed (``kill -9`` during a conversion), the next start of dossierwijs removes it
(``remove_abandoned``), so a document's content never stays behind in the temp folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def root() -> Path:
    base = Path(tempfile.gettempdir()) / f"dossierwijs-{os.getuid()}"
    base.mkdir(mode=0o700, exist_ok=True)
    if base.is_symlink() or base.stat().st_uid != os.getuid():
        raise PermissionError(f"{base} is not ours")
    os.chmod(base, 0o700)
    return base


@contextmanager
def workdir(purpose: str) -> Iterator[Path]:
    """A fresh private folder for this process, removed afterwards whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=f"{purpose}-{os.getpid()}-", dir=root()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_abandoned() -> int:
    """Remove the folders of processes that no longer run; returns how many."""
    try:
        folders = list(root().iterdir())
    except OSError:
        return 0
    removed = 0
    for folder in folders:
        parts = folder.name.split("-")
        pid = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None
        if pid is None or (pid != os.getpid() and not process_alive(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
