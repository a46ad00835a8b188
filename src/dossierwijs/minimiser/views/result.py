"""Verkorte versie, step 3: the preview page by page, then "Maken" stores the verified copy."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from dossierwijs.core.minimiser import redact
from dossierwijs.vault.permissions import get_for_member, member_required, require
from dossierwijs.vault.roles import Capability

from .. import services
from ..models import AbridgeDraft
from .steps import back_to_step_one, made_already

# How a page of the copy was made, for the parent.
PAGE_MADE = {
    redact.MADE_AS_TEXT: gettext_lazy("tekst, zoals in het origineel"),
    redact.MADE_AS_TEXT_IMAGE_PART: gettext_lazy(
        "tekst, zoals in het origineel; in een afbeelding is een deel weggelakt"
    ),
    redact.MADE_AS_IMAGE_WITH_OCR: gettext_lazy(
        "afbeelding met een onzichtbare laag herkende tekst (de tekst is nog te zoeken)"
    ),
    redact.MADE_AS_COVER: gettext_lazy("voorblad"),
}


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
        "checks": result.verification.checks if result.verification else [],
        "pages_made": [
            {"number": n, "how": PAGE_MADE.get(how, how)}
            for n, how in enumerate(result.pages_made, start=1)
        ],
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
    if draft.made_copy_id:
        return made_already(request, draft)
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
    if draft.made_copy_id:
        return made_already(request, draft)
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
