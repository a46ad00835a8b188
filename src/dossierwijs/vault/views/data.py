"""Backup and "Alles downloaden": the family's data, portable."""

from __future__ import annotations

import tempfile

from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import journal
from ..backup import write_backup
from ..downloads import content_disposition
from ..export import build_export
from ..journal_model import Action
from ..permissions import member_required, require
from ..roles import Capability


@member_required
def data_page(request):
    require(request, Capability.EXPORT)
    return render(request, "vault/data.html", {})


@require_POST
@member_required
def backup_download(request):
    require(request, Capability.EXPORT)
    # Written to an unnamed file in the data folder (it is encrypted), then streamed: the
    # vault is never held in memory. The file is gone as soon as the response is closed.
    target = tempfile.TemporaryFile(dir=settings.DATA_DIR)  # noqa: SIM115 - FileResponse closes it
    try:
        write_backup(request.vault, settings.DATA_DIR, target)
    except BaseException:
        target.close()
        raise
    target.seek(0)
    journal.record(vault=request.vault, actor=request.member, action=Action.BACKUP)
    stamp = timezone.localdate().isoformat()
    response = FileResponse(target, content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition(f"dossierwijs-backup-{stamp}.dwbackup")
    return response


@require_POST
@member_required
def export_download(request):
    require(request, Capability.EXPORT)
    options = frozenset({"opnames"}) if request.POST.get("opnames") else frozenset()
    data = build_export(request.vault, options)
    journal.record(
        vault=request.vault,
        actor=request.member,
        action=Action.EXPORT,
        summary=_("Alles gedownload (export)"),
    )
    response = HttpResponse(data, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="dossierwijs-export-{stamp}.zip"'
    return response
