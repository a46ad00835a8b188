"""Writing a letter: the form, the preview with editable text, and producing it."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from dossierwijs.core import letters as engine
from dossierwijs.core.rules.gezag import rights_request_refusal
from dossierwijs.dossier.models import Document
from dossierwijs.vault.permissions import get_for_member, member_required, require
from dossierwijs.vault.roles import Capability

from ..catalogue import kind_info
from ..deadlines import prefill_from_last_year
from ..document_actions import prefill_from_document
from ..forms import LetterForm, child_is_16_plus
from ..services import compose, editable_text, produce_letter, save_missing_data


def _kind_or_404(kind: str) -> str:
    if kind not in engine.KINDS:
        raise Http404()
    return kind


def _gezag_notice(request, kind: str) -> str:
    """Said before the form: this parent cannot sign this rights request (core.rules.gezag)."""
    member = request.member
    needs_gezag = engine.get_kind(kind).rights_request or kind == "geen_toestemming"
    if not needs_gezag or not member.is_parent or member.gezag == "met":
        return ""
    if child_is_16_plus(request.vault):
        return ""  # from 16 the young person writes, or authorises the parents
    return rights_request_refusal(member.gezag).message


def _context(request, form, kind, **more):
    info = kind_info(kind)
    return {
        "form": form,
        "gezag_notice": _gezag_notice(request, kind),
        "kind": info,
        "is_inzage": kind == "inzage",
        "child_16_plus": child_is_16_plus(request.vault),
        **more,
    }


@member_required
def new_letter(request, kind):
    require(request, Capability.EDIT_DOSSIER)
    kind = _kind_or_404(kind)
    initial = {}
    organisation_id = _uuid(request.GET.get("organisatie", ""))
    document = _document(request)
    if document is not None:
        initial.update(prefill_from_document(kind, document))
    if kind == "mentor_update":  # the yearly letter starts from last year's
        initial.update(prefill_from_last_year(request.vault))
    form = LetterForm(kind=kind, vault=request.vault, member=request.member, initial=initial)
    if document is not None and document.organisation and not organisation_id:
        match = form.fields["organisation"].queryset.filter(name__iexact=document.organisation)
        if match.exists():
            form.initial["organisation"] = match.first().pk
        else:
            form.initial["organisation_name"] = document.organisation
    elif organisation_id:
        match = form.fields["organisation"].queryset.filter(pk=organisation_id).first()
        if match is not None:
            form.initial["organisation"] = match.pk
    elif request.vault.school_name:
        school = form.fields["organisation"].queryset.filter(name=request.vault.school_name).first()
        if school is not None:
            form.initial["organisation"] = school.pk
        else:
            form.initial["organisation_name"] = request.vault.school_name
    return render(request, "letters/new.html", _context(request, form, kind))


def _document(request):
    """The dossier document a letter is about (``?document=<uuid>``), if the member may see it."""
    pk = _uuid(request.GET.get("document", ""))
    return get_for_member(request, Document, pk=pk) if pk else None


def _uuid(text: str):
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _save_typed_data(request, form) -> None:
    data = form.cleaned_data
    saved = save_missing_data(
        vault=request.vault,
        member=request.member,
        address=data.get("address", "") if data.get("save_address") else "",
        email=(data.get("email") or "") if data.get("save_email") else "",
        birth_date=data.get("child_birth_date"),
    )
    if saved:
        messages.success(
            request, _("Bewaard voor de volgende keer: %(what)s.") % {"what": ", ".join(saved)}
        )


def _letter_args(request, form, kind) -> dict:
    return {
        "vault": request.vault,
        "by": request.member,
        "kind": kind,
        "tone": form.cleaned_data["tone"],
        "fields": form.letter_fields(),
        "organisation": form.cleaned_data.get("organisation"),
        "sign_as_both": form.sign_as_both,
        "extra": form.extra(),
    }


@member_required
def preview(request, kind):
    require(request, Capability.EDIT_DOSSIER)
    kind = _kind_or_404(kind)
    if request.method != "POST":
        return redirect("letters:new", kind=kind)
    form = LetterForm(request.POST, kind=kind, vault=request.vault, member=request.member)
    if not form.is_valid():
        return render(request, "letters/new.html", _context(request, form, kind), status=200)
    if not request.htmx:
        _save_typed_data(request, form)
    action = request.POST.get("action", "")
    args = _letter_args(request, form, kind)
    try:
        letter, data, ctx = compose(**args)
    except engine.MissingData as missing:
        form.add_error(
            None,
            _("Om deze brief te maken is nog nodig: %(labels)s.")
            % {"labels": "; ".join(missing.labels)},
        )
        return render(request, "letters/new.html", _context(request, form, kind))
    except engine.LetterError as error:
        form.add_error(None, error.message)
        return render(request, "letters/new.html", _context(request, form, kind))
    edited = (form.cleaned_data.get("edited_text") or "").strip()
    regenerate = action in ("tone", "reset", "") or not edited
    text = editable_text(letter) if regenerate else edited
    error = ""
    lost: list[str] = []
    if action == "produce":
        try:
            result = produce_letter(**args, edited_text=text)
        except engine.LetterError as problem:
            error = problem.message
        else:
            messages.success(request, _("De brief is gemaakt en bewaard in het dossier."))
            return redirect("letters:detail", letter_id=result.letter.pk)
    elif not regenerate:
        lost = engine.check_edited(letter.with_edited_body(text), data, ctx)
    facts = list(engine.essential_phrases(kind, data, ctx))
    page = _context(
        request, form, kind, letter=letter, text=text, facts=facts, lost=lost, error=error
    )
    template = "letters/preview.html#preview" if request.htmx else "letters/preview.html"
    return render(request, template, page)
