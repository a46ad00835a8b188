"""Small files of the vault (the keyring, the journal anchor) written so a crash never halves them.

``write_private_file`` writes a temporary file in the same folder, flushes it to disk,
renames it over the old one and flushes the folder: after a crash at any moment the
file is the old one or the new one, never a mix, and the rename itself survives a
power cut. Each step is its own function so a test can stop the process between them.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_thread_lock = threading.RLock()
_depth = threading.local()
LOCK_NAME = ".keyring.lock"


def _write_temp(path: Path, data: bytes) -> Path:
    # The writer's pid in the name: the start-up sweep removes what a killed writer left.
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return tmp


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably; only the owner may read it."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = _write_temp(path, data)
    try:
        _replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(path.parent)


@contextmanager
def keyring_lock(data_dir: Path) -> Iterator[None]:
    """One writer of the keyring at a time: threads of this process, and other processes
    (the command line beside the server). Hold it from reading the keyring until every
    step that depends on what was read is written."""
    with _thread_lock:
        folder = Path(data_dir)
        depth = getattr(_depth, "n", 0)
        if depth or not folder.exists():
            # Nested in this thread: the outer call holds the file lock already.
            _depth.n = depth + 1
            try:
                yield
            finally:
                _depth.n = depth
            return
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        _depth.n = 1
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            _depth.n = 0
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
