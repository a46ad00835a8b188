"""Verkorte versie, step 3: the preview page by page, then "Maken" stores the verified copy."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.vault.permissions import get_for_member, member_required, require
from dossierwijs.vault.roles import Capability

from .. import services
from ..models import AbridgeDraft
from .steps import back_to_step_one


def _failed_checks(result) -> list[str]:
    if result.verification is None:
        return []
    return [c.name for c in result.verification.checks if not c.passed]


def _result_context(draft, result, *, with_pages: bool) -> dict:
    context = {
        "draft": draft,
        "document": draft.document,
        "result": result,
        "failed_checks": _failed_checks(result),
        "passed_checks": [c.name for c in result.verification.checks if c.passed]
        if result.verification
        else [],
        "images": [],
    }
    if result.ok and with_pages:
        pngs = services.preview_pages(result.output)
        # Data URIs: the preview lives only in this response, never on disk or in a cache.
        context["images"] = [
            {"number": n, "src": "data:image/png;base64," + base64.b64encode(png).decode()}
            for n, png in enumerate(pngs, start=1)
        ]
    return context


@member_required
def preview(request, abridge_id):
    """The copy, made again in memory for this request. With htmx the page shows "bezig…" first."""
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, AbridgeDraft, pk=abridge_id)
    if not services.searched(draft):
        return back_to_step_one(request, draft)
    if request.htmx or request.GET.get("nu"):
        try:
            result = services.make_copy(draft)
            context = _result_context(draft, result, with_pages=True)
        except services.AbridgeError as error:
            context = {"draft": draft, "document": draft.document, "error": error.message}
        context["ready"] = True
        template = "minimiser/preview.html#result" if request.htmx else "minimiser/preview.html"
        return render(request, template, context)
    return render(request, "minimiser/preview.html", {"draft": draft, "document": draft.document})


@require_POST
@member_required
def make(request, abridge_id):
    """Make the copy once more, verify it, and store it in the dossier; or say why not."""
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, AbridgeDraft, pk=abridge_id)
    if not services.searched(draft):
        return back_to_step_one(request, draft)
    try:
        result, document = services.store_copy(draft=draft, by=request.member)
    except services.AbridgeError as error:
        messages.error(request, error.message)
        return redirect("minimiser:preview", draft.pk)
    if document is None:
        context = _result_context(draft, result, with_pages=False)
        context["ready"] = True
        return render(request, "minimiser/preview.html", context, status=200)
    messages.success(
        request,
        _("De verkorte versie staat in uw dossier. Het origineel is niet veranderd."),
    )
    return redirect("dossier:detail", document.pk)
