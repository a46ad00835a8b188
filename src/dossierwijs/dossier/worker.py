"""Imports in the background, with progress the page can show after navigating away.

The upload is first stored encrypted (a blob), so a killed process loses nothing: a job
left "bezig" or "wachten" is picked up again by ``resume_pending``.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import close_old_connections, connection
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.vault.blobs import BlobMissing, BlobStore

from . import orphans
from .models import DocumentVersion, ImportJob, ImportStatus
from .services import import_file

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()
_running: set[str] = set()
# Jobs whose parent pressed "Stoppen": OCR ends after the page it is on (same process: the
# web server runs imports in its own background thread).
_stop_requested: set[str] = set()


def request_stop(job: ImportJob) -> bool:
    """Ask a running import to stop reading pages; True when it was still running."""
    if str(job.pk) not in _running:
        return False
    _stop_requested.add(str(job.pk))
    return True


def _pool() -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            # One file at a time; OCR inside a file already uses every core.
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import")
        return _executor


def start_import(
    *, vault, by, files: list[tuple[str, bytes]], new_version_of=None
) -> list[ImportJob]:
    store = BlobStore.for_data_dir(settings.DATA_DIR)
    jobs = []
    for filename, data in files:
        blob_id, new = orphans.put(store, data) if data else ("", False)
        try:
            job = ImportJob.objects.create(
                vault=vault,
                created_by=by,
                filename=filename[:300],
                upload_blob_id=blob_id,
                new_version_of=new_version_of,
            )
        except BaseException:
            orphans.discard(store, [blob_id] if new else [])
            raise
        orphans.settle([blob_id] if new else [])
        jobs.append(job)
    for job in jobs:
        _submit(job)
    return jobs


def _submit(job: ImportJob) -> None:
    if settings.IMPORT_IN_BACKGROUND:
        _running.add(str(job.pk))
        _pool().submit(_run_in_thread, job.pk)
    else:
        run_job(job.pk)


def _run_in_thread(job_id) -> None:
    close_old_connections()
    try:
        run_job(job_id)
    finally:
        _running.discard(str(job_id))
        _stop_requested.discard(str(job_id))
        # This thread's connection holds the key; close it so locking forgets it too.
        connection.close()


def run_job(job_id) -> None:
    job = ImportJob.objects.select_related("vault", "created_by", "new_version_of").get(pk=job_id)
    store = BlobStore.for_data_dir(settings.DATA_DIR)
    job.status = ImportStatus.BUSY
    job.save(update_fields=["status"])
    last_write = [0.0]

    def progress(event) -> None:
        now = time.monotonic()
        if now - last_write[0] < 0.3 and event.fraction < 1.0:
            return
        last_write[0] = now
        ImportJob.objects.filter(pk=job.pk).update(
            progress=event.fraction, step_label=event.label[:200]
        )

    try:
        data = store.get(job.upload_blob_id) if job.upload_blob_id else b""
    except BlobMissing:
        data = None
    if data is None:
        _finish(
            job,
            ImportStatus.FAILED,
            _("Het bestand is onderweg kwijtgeraakt. Voeg het opnieuw toe."),
        )
        return
    outcomes = import_file(
        vault=job.vault,
        by=job.created_by,
        filename=job.filename,
        data=data,
        progress=progress,
        new_version_of=job.new_version_of,
        should_stop=lambda: str(job.pk) in _stop_requested,
    )
    first = outcomes[0]
    messages = list(first.errors or first.warnings)
    extra = [o for o in outcomes[1:]]
    for attachment in extra:
        state = (
            _("bewaard")
            if attachment.document
            else (attachment.errors[0] if attachment.errors else _("stond er al in"))
        )
        messages.append(
            _("Bijlage %(name)s: %(state)s") % {"name": attachment.filename, "state": state}
        )
    if first.document is not None:
        job.document = first.document
        status = ImportStatus.DONE
    elif first.duplicate_of is not None:
        job.document = first.duplicate_of
        status = ImportStatus.DUPLICATE
    else:
        status = ImportStatus.FAILED
    # The upload blob is the document's own blob when it was stored; otherwise remove it.
    if (
        status != ImportStatus.DONE
        and job.upload_blob_id
        and not DocumentVersion.objects.filter(blob_id=job.upload_blob_id).exists()
    ):
        store.delete(job.upload_blob_id)
    _finish(job, status, "\n".join(messages))


def _finish(job: ImportJob, status: str, message: str) -> None:
    job.status = status
    job.message = message
    job.progress = 1.0
    job.step_label = ""
    job.finished_at = timezone.now()
    job.save()


def resume_pending(vault) -> int:
    """Re-queue jobs that a stopped process left unfinished (and remove its orphan blobs)."""
    orphans.sweep()
    pending = ImportJob.objects.filter(
        vault=vault, status__in=[ImportStatus.WAITING, ImportStatus.BUSY]
    ).exclude(pk__in=list(_running))
    count = 0
    for job in pending:
        ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.WAITING, progress=0.0)
        _submit(job)
        count += 1
    return count
