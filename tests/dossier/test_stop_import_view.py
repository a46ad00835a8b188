"""Stopping a long scan while it is being read: the file is kept, the parent is told."""

from __future__ import annotations

import shutil

import pytest
from django.conf import settings
from django.urls import reverse

from dossierwijs.core.documents import errors
from dossierwijs.dossier import worker
from dossierwijs.dossier.models import ImportJob, ImportStatus
from dossierwijs.vault.blobs import BlobStore
from tests.documents import scanned_pdf


@pytest.fixture
def running_job(family):
    scan = scanned_pdf("Verslag van het gesprek over lezen en rekenen.")
    blob_id = BlobStore.for_data_dir(settings.DATA_DIR).put(scan)[0]
    job = ImportJob.objects.create(
        vault=family.vault,
        created_by=family.ouder,
        filename="scan.pdf",
        upload_blob_id=blob_id,
        status=ImportStatus.BUSY,
    )
    worker._running.add(str(job.pk))  # as the background thread does when it picks it up
    yield job
    worker._running.discard(str(job.pk))
    worker._stop_requested.discard(str(job.pk))


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_parent_stops_reading_a_scan_and_keeps_the_file(client_for, running_job):
    response = client_for("ouder").post(reverse("dossier:stop_import"), {"job": running_job.pk})
    assert response.status_code == 302
    worker.run_job(running_job.pk)
    running_job.refresh_from_db()
    assert running_job.status == ImportStatus.DONE and running_job.document is not None
    reason = errors.OCR_REASON_STOPPED
    assert errors.OCR_NONE.format(reason=reason) in running_job.message


def test_an_outsider_cannot_stop_a_family_import(client_for, running_job):
    response = client_for("outsider").post(reverse("dossier:stop_import"), {"job": running_job.pk})
    assert response.status_code == 302
    assert str(running_job.pk) not in worker._stop_requested


def test_a_meelezer_may_not_stop_imports(client_for, running_job):
    response = client_for("meelezer").post(reverse("dossier:stop_import"), {"job": running_job.pk})
    assert response.status_code == 403
    assert str(running_job.pk) not in worker._stop_requested
