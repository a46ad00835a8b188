"""Formulier controleren: paste, upload or pick a form, see the nine criteria, refuse it by letter."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.addressbook.models import Organisation
from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.core.letters.kinds.geen_toestemming import doubtful_defects
from dossierwijs.dossier.models import Document, DocumentType
from dossierwijs.letters.services import save_missing_data
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..checking import form_name
from ..forms import CheckForm, CorrectionForm, RefuseForm
from ..models import FormCheck
from ..presenting import ask_first_text, form_sentences, present, verdict_text, verdict_title


def check_form_action(document, member) -> list[dict]:
    """ "Formulier controleren" on a document's page (for consent forms and unknown papers)."""
    if document.doc_type not in (DocumentType.TOESTEMMINGSFORMULIER, DocumentType.OVERIG):
        return []
    return [
        {
            "url": reverse("consent:check_document", args=[document.pk]),
            "label": _("Formulier controleren"),
        }
    ]


@member_required
def check(request):
    require(request, Capability.EDIT_DOSSIER)
    form = CheckForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data.get("file"):
                upload = data["file"]
                result = services.check_upload(
                    vault=request.vault,
                    by=request.member,
                    filename=upload.name,
                    data=upload.read(),
                    keep=bool(data.get("keep")),
                )
            else:
                result = services.check_text(
                    vault=request.vault,
                    by=request.member,
                    text=data["text"],
                    title=form_name(data["text"]),
                )
        except services.CheckError as error:
            form.add_error(None, error.message)
        else:
            return redirect("consent:check_result", check_id=result.pk)
    recent = visible(request, FormCheck)[:10]
    return render(request, "consent/check.html", {"form": form, "recent": recent})


@member_required
def check_document(request, document_id):
    require(request, Capability.EDIT_DOSSIER)
    document = get_for_member(request, Document, pk=document_id)
    if request.method == "POST":
        try:
            result = services.check_document(document=document, by=request.member)
        except services.CheckError as error:
            messages.error(request, error.message)
            return redirect("dossier:detail", document.pk)
        return redirect("consent:check_result", check_id=result.pk)
    return render(request, "consent/check_document.html", {"document": document})


def refuse_form_for(request, form_check, data=None):
    organisations = visible(request, Organisation)
    initial = {"form_title": form_name(form_check.text, form_check.title)}
    school = organisations.filter(name=request.vault.school_name).first()
    if school is not None:
        initial["organisation"] = school.pk
    elif request.vault.school_name:
        initial["organisation_name"] = request.vault.school_name
    # The defects the checker doubts go in the letter only when the parent ticks them.
    doubtful = doubtful_defects(form_check.judged_result())
    return RefuseForm(
        data,
        organisations=organisations,
        initial=initial,
        doubtful=doubtful,
        vault=request.vault,
        member=request.member,
    )


def _needs_address(request) -> bool:
    return not any(
        m.postal_address.strip()
        for m in request.vault.members.all()
        if m.role in ("ouder", "mede_ouder")
    )


def correction_form(form_check, code: str, checker_ok: bool, data=None, sentences=None):
    """The form under one criterion's card: the opposite of the checker's judgement."""
    if sentences is None:
        sentences = form_sentences(form_check.text)
    return CorrectionForm(data, prefix=code, checker_ok=checker_ok, sentences=sentences)


def result_context(request, form_check, refuse_form, bound: CorrectionForm | None = None):
    """What the result page and its partials show; ``bound``: a correction form with errors.

    ``cards``: each criterion with its correction form (none once corrected, or for a member
    who may not edit).
    """
    shown = present(
        form_check.text, form_check.result, form_check.corrections, str(request.member.pk)
    )
    can_edit = request.member.can(Capability.EDIT_DOSSIER)
    sentences = form_sentences(form_check.text) if can_edit else []
    cards = []
    for c in shown.criteria:
        form = None
        if bound is not None and bound.prefix == c.code:
            form = bound
        elif can_edit and not c.correction:
            form = correction_form(form_check, c.code, c.checker_ok, sentences=sentences)
        cards.append((c, form))
    # Each doubtful defect on the refusal form: the criterion and its checkbox.
    to_confirm = [
        (c, refuse_form[refuse_form.confirm_name(c.code)])
        for c in shown.to_confirm
        if refuse_form.confirm_name(c.code) in refuse_form.fields
    ]
    return {
        "check": form_check,
        "shown": shown,
        "cards": cards,
        "verdict_title": verdict_title(shown),
        "verdict_text": verdict_text(shown),
        "ask_first_text": ask_first_text(shown),
        "refuse_form": refuse_form,
        "to_confirm": to_confirm,
        "can_edit": can_edit,
        "needs_address": _needs_address(request),
    }


def _result_page(request, form_check, refuse_form, status=200):
    context = result_context(request, form_check, refuse_form)
    return render(request, "consent/result.html", context, status=status)


@member_required
def check_result(request, check_id):
    require(request, Capability.VIEW_VAULT)
    form_check = get_for_member(request, FormCheck, pk=check_id)
    return _result_page(request, form_check, refuse_form_for(request, form_check))


@require_POST
@member_required
def refuse(request, check_id):
    require(request, Capability.EDIT_DOSSIER)
    form_check = get_for_member(request, FormCheck, pk=check_id)
    form = refuse_form_for(request, form_check, request.POST)
    if not form.is_valid():
        return _result_page(request, form_check, form)
    data = form.cleaned_data
    extra = {}
    if not data.get("organisation"):
        extra["organisation_name"] = data["organisation_name"].strip()
    if data.get("organisation_email"):
        extra["organisation_email"] = data["organisation_email"]
    if (data.get("address") or "").strip():
        extra["address"] = data["address"].strip()
    if data.get("writer"):
        extra["writer"] = data["writer"]
    if data.get("child_birth_date"):
        # The letter reads it from the vault; kept for next time, as the letter forms do.
        save_missing_data(
            vault=request.vault, member=request.member, birth_date=data["child_birth_date"]
        )
    try:
        produced = services.refuse_form(
            check=form_check,
            by=request.member,
            tone=data["tone"],
            organisation=data.get("organisation"),
            extra=extra,
            form_title=data.get("form_title", ""),
            confirmed_doubtful=form.confirmed(),
        )
    except MissingData as missing:
        form.add_error(
            None,
            _("Om de brief te maken is nog nodig: %(labels)s. Vul het hieronder in.")
            % {"labels": "; ".join(missing.labels)},
        )
        return _result_page(request, form_check, form)
    except LetterError as error:
        form.add_error(None, error.message)
        return _result_page(request, form_check, form)
    if extra.get("address"):
        save_missing_data(vault=request.vault, member=request.member, address=extra["address"])
    messages.success(
        request,
        _(
            "De Geen-toestemmingsverklaring is gemaakt en bewaard in het dossier. Verstuur hem zelf."
        ),
    )
    return redirect("letters:detail", letter_id=produced.letter.pk)
