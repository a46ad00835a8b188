"""Brieven & verzoeken: the letters made so far, the kinds to choose from, and one letter."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from dossierwijs.core import letters as engine
from dossierwijs.core.letters.kinds.timeline import REQUEST_KINDS
from dossierwijs.core.letters.mailto import mailto_link, mailto_warnings
from dossierwijs.vault import journal
from dossierwijs.vault.downloads import content_disposition
from dossierwijs.vault.journal_model import Action
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from ..catalogue import choosable_kinds, kind_info
from ..models import Letter
from ..services import delete_letter, kind_title, letter_from_json
from ..services import render as render_letter

DOWNLOADS = ("pdf", "docx", "eml", "txt")


@member_required
def letter_list(request):
    require(request, Capability.VIEW_VAULT)
    letters = list(visible(request, Letter).select_related("organisation", "document"))
    for row in letters:  # kind and tone on every row: versions of one letter differ
        row.kind_label = kind_title(row.kind) if row.kind in engine.KINDS else row.kind
        row.tone_label = engine.TONE_LABELS.get(row.tone, row.tone)
    return render(
        request,
        "letters/list.html",
        {
            "letters": letters,
            "kinds": choosable_kinds(),
            "can_edit": request.member.can(Capability.EDIT_DOSSIER),
        },
    )


def _formats(core_letter) -> list[dict]:
    rows = []
    for fmt in DOWNLOADS:
        if fmt == "eml" and not core_letter.to:
            continue
        rows.append({"fmt": fmt, "label": engine.FORMATS[fmt][1]})
    return rows


@member_required
def letter_detail(request, letter_id):
    require(request, Capability.VIEW_VAULT)
    row = get_for_member(request, Letter, pk=letter_id)
    core_letter = letter_from_json(row.letter_data)
    mailto = mailto_link(core_letter) if core_letter.to else ""

    return render(
        request,
        "letters/detail.html",
        {
            "row": row,
            # A rights request has a deadline: offer "Volgen" right here.
            "trackable": row.kind in REQUEST_KINDS,
            "kind": kind_info(row.kind),
            "core": core_letter,
            "body": core_letter.body_text(),
            "formats": _formats(core_letter),
            "mailto": mailto,
            "mailto_warnings": mailto_warnings(core_letter) if mailto else [],
            "companion": row.companion,
            "companion_of": row.companion_of.first(),
            "can_edit": request.member.can(Capability.EDIT_DOSSIER),
        },
    )


@member_required
def download(request, letter_id, letter_format):
    require(request, Capability.VIEW_VAULT)
    row = get_for_member(request, Letter, pk=letter_id)
    if letter_format not in DOWNLOADS:
        raise Http404()
    try:
        produced = render_letter(row, letter_format)
    except engine.LetterError:
        raise Http404() from None
    journal.record(
        vault=request.vault,
        actor=request.member,
        action=Action.DOWNLOAD,
        obj=row,
        summary=_("Brief gedownload (%(fmt)s)") % {"fmt": letter_format},
    )
    response = HttpResponse(produced.content, content_type=produced.mime_type)
    response["Content-Disposition"] = content_disposition(produced.filename)
    return response


@member_required
def delete(request, letter_id):
    require(request, Capability.EDIT_DOSSIER)
    row = get_for_member(request, Letter, pk=letter_id)
    if request.method != "POST":
        return redirect("letters:detail", letter_id=row.pk)
    delete_letter(letter=row, by=request.member)
    messages.success(request, _("De brief is verwijderd, ook uit het dossier."))
    return redirect("letters:list")
