"""Adding documents: several files at once, with a progress bar per file."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from dossierwijs.core.documents.errors import human_size
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services, worker
from ..forms import NewVersionForm, UploadForm
from ..models import Document, ImportJob

DISK_FULL = gettext_lazy(
    "De bestanden konden niet worden bewaard: er is geen ruimte meer op de schijf, of de "
    "gegevensmap is niet beschrijfbaar. Er is niets veranderd aan uw dossier. Maak ruimte vrij "
    "en probeer het opnieuw."
)


def _read_files(request, field: str) -> tuple[list[tuple[str, bytes]], list[str]]:
    files, refused = [], []
    for upload in request.FILES.getlist(field):
        if upload.size > settings.MAX_UPLOAD_BYTES:
            refused.append(
                _("%(name)s is te groot (%(size)s). Het maximum is %(max)s.")
                % {
                    "name": upload.name,
                    "size": human_size(upload.size),
                    "max": human_size(settings.MAX_UPLOAD_BYTES),
                }
            )
            continue
        files.append((upload.name, upload.read()))
    return files, refused


@member_required
def upload(request):
    require(request, Capability.EDIT_DOSSIER)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        files, refused = _read_files(request, "files")
        for message in refused:
            messages.error(request, message)
        if files:
            try:
                worker.start_import(vault=request.vault, by=request.member, files=files)
            except OSError:
                messages.error(request, DISK_FULL)
                return render(request, "dossier/upload.html", {"form": form})
            return redirect("dossier:imports")
        if not refused:
            messages.error(request, _("Kies eerst een of meer bestanden."))
    return render(request, "dossier/upload.html", {"form": form})


@member_required
def import_list(request):
    require(request, Capability.EDIT_DOSSIER)
    worker.resume_pending(request.vault)
    jobs = ImportJob.objects.filter(vault=request.vault).select_related("document")[:50]
    context = {"jobs": jobs, "busy": any(not j.finished for j in jobs)}
    if request.htmx:
        return render(request, "dossier/imports.html#jobs", context)
    return render(request, "dossier/imports.html", context)


@require_POST
@member_required
def new_version(request, document_id):
    require(request, Capability.EDIT_DOSSIER)
    document = get_for_member(request, Document, pk=document_id)
    form = NewVersionForm(request.POST, request.FILES)
    files, refused = _read_files(request, "file")
    for message in refused:
        messages.error(request, message)
    if form.is_valid() and files:
        try:
            worker.start_import(
                vault=request.vault, by=request.member, files=files[:1], new_version_of=document
            )
        except OSError:
            messages.error(request, DISK_FULL)
            return redirect("dossier:detail", document_id=document.pk)
        return redirect("dossier:imports")
    if not refused:
        messages.error(request, _("Kies het bestand met de nieuwe versie."))
    return redirect("dossier:detail", document_id=document.pk)


@require_POST
@member_required
def clear_finished(request):
    require(request, Capability.EDIT_DOSSIER)
    services.clear_finished_imports(vault=request.vault)
    return redirect("dossier:imports")


@require_POST
@member_required
def stop_import(request):
    """Stop reading the pages of a long scan; what was read so far is kept."""
    require(request, Capability.EDIT_DOSSIER)
    try:
        job_id = uuid.UUID(request.POST.get("job", ""))
    except ValueError:
        return redirect("dossier:imports")
    job = visible(request, ImportJob).filter(pk=job_id).first()
    if job is not None and worker.request_stop(job):
        messages.info(
            request,
            _("Het lezen stopt na de pagina waar het nu is. Wat al gelezen is, blijft bewaard."),
        )
    return redirect("dossier:imports")
