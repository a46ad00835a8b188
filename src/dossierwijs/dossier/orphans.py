"""Blobs an interrupted import may leave behind, and their removal at the next start.

An import writes the encrypted file first and the database rows that point to it after. A
process stopped in between (``kill -9``, a power cut) or a failure in between (a full disk)
would leave a blob nobody refers to. So before writing a new blob the import notes its id in
``DATA_DIR/pending/<blob id>`` (the id is an HMAC, it reveals nothing; the note holds the
writer's process id). The note goes once the rows are committed; after a failure the blob goes
with it. A note that is still there at the next start, from a process that no longer runs,
means that process was stopped: the blob is removed unless a row refers to it after all.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from django.conf import settings
from django.db import transaction

from dossierwijs.vault.blobs import BlobStore

from .models import DocumentVersion, ImportJob

PENDING = "pending"
# A blob's temporary file lives for milliseconds; one this old was left by a stopped process.
STALE_TEMPORARY_SECONDS = 15 * 60
_TEMPORARY_WRITER = re.compile(r"\.(\d+)-[0-9a-f]+\.tmp$")


def _folder() -> Path:
    return Path(settings.DATA_DIR) / PENDING


def put(store: BlobStore, data: bytes) -> tuple[str, bool]:
    """``store.put(data)``, noted as pending when the blob is new (see the module docstring).

    Call :func:`settle` in the transaction that stores the rows, or :func:`discard` on failure.
    """
    blob_id = store.blob_id(data)
    if store.exists(blob_id):
        return blob_id, False
    folder = _folder()
    folder.mkdir(mode=0o700, exist_ok=True)
    note = folder / blob_id
    note.write_text(str(os.getpid()))
    try:
        return store.put(data)
    except BaseException:
        _remove_unreferenced(store, blob_id)
        raise


def settle(blob_ids: list[str]) -> None:
    """The rows that refer to these blobs are committed (or will be, with this transaction)."""
    if blob_ids:
        transaction.on_commit(lambda: _forget(blob_ids))


def discard(store: BlobStore, blob_ids: list[str]) -> None:
    """An import failed after writing these new blobs: remove them again."""
    for blob_id in blob_ids:
        _remove_unreferenced(store, blob_id)


def _forget(blob_ids: list[str]) -> None:
    for blob_id in blob_ids:
        with contextlib.suppress(OSError):
            (_folder() / blob_id).unlink(missing_ok=True)


def _referenced(blob_id: str) -> bool:
    from django.db.models import Q

    versions = DocumentVersion.objects.filter(Q(blob_id=blob_id) | Q(pdf_blob_id=blob_id))
    return versions.exists() or ImportJob.objects.filter(upload_blob_id=blob_id).exists()


def _remove_unreferenced(store: BlobStore, blob_id: str) -> None:
    with contextlib.suppress(Exception):  # a database that is full or gone: the note stays
        if not _referenced(blob_id):
            store.delete(blob_id)
        _forget([blob_id])


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep() -> int:
    """Remove what stopped imports left behind; return how many files went. Run at start-up."""
    store = BlobStore.for_data_dir(settings.DATA_DIR)
    removed = 0
    folder = _folder()
    for note in sorted(folder.iterdir()) if folder.is_dir() else []:
        try:
            writer = int(note.read_text() or 0)
        except (OSError, ValueError):
            writer = 0
        if writer and _alive(writer):
            continue  # an import that is still running (this or another process)
        if not _referenced(note.name):
            with contextlib.suppress(Exception):
                store.delete(note.name)
                removed += 1
        note.unlink(missing_ok=True)
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    data = Path(settings.DATA_DIR)
    blobs = data / "blobs"
    temporaries = [*blobs.glob("*/.*.tmp"), *blobs.glob(".*.tmp")] if blobs.is_dir() else []
    # The keyring, the journal anchor and the readers' files are written through a
    # temporary file too (vault/files.py); a kill between writing and renaming leaves it.
    temporaries += [*data.glob(".*.tmp"), *data.glob("readers/.*.tmp")]
    for temporary in temporaries:
        writer = _TEMPORARY_WRITER.search(temporary.name)
        with contextlib.suppress(OSError):
            # A writer that no longer runs: at once. Otherwise (or an older name): when stale.
            gone = writer is not None and not _alive(int(writer.group(1)))
            if gone or temporary.stat().st_mtime < cutoff:
                temporary.unlink()
                removed += 1
    return removed
