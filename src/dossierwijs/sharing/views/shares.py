"""Sharing with a purpose: the wizard, the ledger ("Wie heeft wat"), and the actions from it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.addressbook.models import Organisation
from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.core.rules.sharing import UnknownTerm, may_share
from dossierwijs.core.sharing.purpose import (
    PARENT_QUESTIONS,
    SHARING_NOTHING_NOTE,
    assess_answers,
    assess_parent_answers,
    assess_purpose,
    document_warnings,
    parse_pages,
    whole_dossier_warning,
)
from dossierwijs.dossier.models import Document
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import ItemAnswerForm, RegisterShareForm, ShareStartForm
from ..models import HoldingStatus, SharedItem, ShareDraft, ShareEvent, ShareMethod


def _url_or_none(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


@member_required
def ledger(request):
    require(request, Capability.VIEW_VAULT)
    return render(
        request,
        "sharing/ledger.html",
        {
            "ledger": services.ledger(request.vault),
            "shares": ShareEvent.objects.filter(vault=request.vault).select_related("organisation")[
                :20
            ],
            "has_organisations": Organisation.objects.filter(vault=request.vault).exists(),
            "can_edit": request.member.can(Capability.EDIT_DOSSIER),
        },
    )


@member_required
def share_start(request):
    require(request, Capability.EDIT_DOSSIER)
    form = ShareStartForm(request.POST or None, vault=request.vault)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        draft = services.start_draft(vault=request.vault, by=request.member, **data)
        return redirect("sharing:draft_consent", draft_id=draft.pk)
    return render(
        request,
        "sharing/start.html",
        {
            "form": form,
            "purpose_remarks": assess_purpose(request.POST.get("purpose", ""))
            if request.method == "POST"
            else [],
        },
    )


def _rules_answer(draft: ShareDraft) -> dict | None:
    enrolled = {"ja": True, "nee": False}.get(draft.enrolled)
    try:
        return may_share(
            draft.sender, draft.organisation.rules_kind, draft.purpose_key or "anders", enrolled
        ).as_dict()
    except UnknownTerm:
        return None


@member_required
def draft_consent(request, draft_id):
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, ShareDraft, pk=draft_id)
    answers = {
        "school_purpose": draft.school_purpose,
        "partner_purpose": draft.partner_purpose,
        "joint_purpose": draft.joint_purpose,
        "compatible": draft.compatible,
    }
    own = {
        "needs": draft.needs,
        "stored_where": draft.stored_where,
        "keep_for": draft.keep_for,
        "who_sees": draft.who_sees,
    }
    return render(
        request,
        "sharing/consent_step.html",
        {
            "draft": draft,
            "purpose_remarks": assess_purpose(draft.purpose),
            "own_answers": [
                (PARENT_QUESTIONS[key], value) for key, value in own.items() if value.strip()
            ],
            "own_prompts": assess_parent_answers(own),
            "sharing_nothing": SHARING_NOTHING_NOTE,
            "other_consents": services.other_consents(
                vault=request.vault, organisation=draft.organisation
            ),
            "issues": assess_answers(answers),
            "answer": _rules_answer(draft),
            "consent": services.consent_for(
                vault=request.vault, organisation=draft.organisation, purpose=draft.purpose
            ),
            "consent_url": _url_or_none("consent:list"),
        },
    )


@member_required
def draft_documents(request, draft_id):
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, ShareDraft, pk=draft_id)
    documents = list(visible(request, Document).prefetch_related("versions"))
    errors: list[str] = []
    if request.method == "POST":
        chosen = set(request.POST.getlist("documents"))
        left_out: dict[str, list[int]] = {}
        for document in documents:
            if str(document.pk) not in chosen:
                continue
            text = request.POST.get(f"leave_out_{document.pk}", "")
            try:
                pages = parse_pages(
                    text, max(document.current.page_count if document.current else 1, 1)
                )
            except ValueError as exc:
                errors.append(f"{document.title}: {exc}")
                continue
            if pages:
                left_out[str(document.pk)] = sorted(pages)
        if not chosen:
            errors.append(_("Kies minstens één document."))
        if not errors:
            services.choose_documents(
                draft=draft, document_ids=chosen & {str(d.pk) for d in documents}, left_out=left_out
            )
            return redirect("sharing:draft_finish", draft_id=draft.pk)
    rows = []
    for document in documents:
        warnings = document_warnings(
            doc_type=document.doc_type,
            special_category=document.special_category,
            is_abridged=document.derived_from_id is not None,
            purpose_key=draft.purpose_key,
        )
        abridge_url = _url_or_none("minimiser:new", document.pk)
        rows.append(
            {
                "document": document,
                "warnings": warnings,
                "abridge_url": abridge_url,
                "checked": str(document.pk) in draft.document_ids,
            }
        )
    return render(
        request,
        "sharing/documents_step.html",
        {
            "draft": draft,
            "rows": rows,
            "errors": errors,
            "whole": whole_dossier_warning(len(draft.document_ids), len(documents)),
        },
    )


@member_required
def draft_finish(request, draft_id):
    require(request, Capability.EDIT_DOSSIER)
    draft = get_for_member(request, ShareDraft, pk=draft_id)
    documents = Document.objects.filter(vault=request.vault, pk__in=draft.document_ids)
    register_form = RegisterShareForm(request.POST or None, vault=request.vault)
    if request.method == "POST":
        if request.POST.get("method") == ShareMethod.OTHER:
            if register_form.is_valid():
                share = services.record_share(
                    draft=draft,
                    by=request.member,
                    method=ShareMethod.OTHER,
                    shared_on=register_form.cleaned_data["shared_on"],
                    from_organisation=register_form.cleaned_data["from_organisation"],
                    note=register_form.cleaned_data["note"],
                    rules_answer=_rules_answer(draft),
                )
                messages.success(request, _("De deling is vastgelegd."))
                return redirect("sharing:detail", share_id=share.pk)
        else:
            share = services.record_share(
                draft=draft,
                by=request.member,
                method=ShareMethod.PACKAGE,
                rules_answer=_rules_answer(draft),
            )
            try:
                services.package_pdf(share, by=request.member)
            except (MissingData, LetterError, ValueError) as exc:
                messages.error(
                    request, _("Het pakket kon niet worden gemaakt: %(why)s") % {"why": exc}
                )
            else:
                messages.success(request, _("Het pakket is klaar. Download het en stuur het zelf."))
            return redirect("sharing:detail", share_id=share.pk)
    return render(
        request,
        "sharing/finish_step.html",
        {
            "draft": draft,
            "documents": documents,
            "register_form": register_form,
            "whole": whole_dossier_warning(
                len(draft.document_ids), visible(request, Document).count()
            ),
        },
    )


@member_required
def share_detail(request, share_id):
    require(request, Capability.VIEW_VAULT)
    share = get_for_member(request, ShareEvent, pk=share_id)
    items = list(share.items.select_related("document"))
    answer_forms = [
        (item, ItemAnswerForm(prefix=f"i{item.pk.hex[:8]}"))
        for item in items
        if item.status == HoldingStatus.DELETION_ASKED
    ]
    return render(
        request,
        "sharing/detail.html",
        {
            "share": share,
            "items": items,
            "answer_forms": answer_forms,
            "can_edit": request.member.can(Capability.EDIT_DOSSIER),
        },
    )


@member_required
def share_package(request, share_id, fmt):
    require(request, Capability.VIEW_VAULT)
    share = get_for_member(request, ShareEvent, pk=share_id)
    try:
        pdf = services.package_pdf(share, by=request.member)
    except (MissingData, LetterError, ValueError) as exc:
        messages.error(request, _("Het pakket kon niet worden gemaakt: %(why)s") % {"why": exc})
        return redirect("sharing:detail", share_id=share.pk)
    if fmt == "eml":
        response = HttpResponse(services.package_eml(share, pdf), content_type="message/rfc822")
        response["Content-Disposition"] = f'attachment; filename="gedeeld-{share.shared_on}.eml"'
    else:
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="gedeeld-{share.shared_on}.pdf"'
    return response


@require_POST
@member_required
def ask_deletion(request, share_id):
    require(request, Capability.EDIT_DOSSIER)
    share = get_for_member(request, ShareEvent, pk=share_id)
    chosen = request.POST.getlist("items")
    items = (
        list(share.items.filter(pk__in=chosen, status=HoldingStatus.HOLDS))
        if chosen
        else list(share.items.filter(status=HoldingStatus.HOLDS))
    )
    if not items:
        messages.error(request, _("Er is niets meer om verwijdering van te vragen."))
        return redirect("sharing:detail", share_id=share.pk)
    try:
        produced = services.request_deletion(items=items, by=request.member)
    except (MissingData, LetterError, ValueError) as exc:
        messages.error(request, _("De brief kon niet worden gemaakt: %(why)s") % {"why": exc})
        return redirect("sharing:detail", share_id=share.pk)
    if produced is not None and getattr(produced, "letter", None) is not None:
        letter_url = _url_or_none("letters:detail", produced.letter.pk)
        if letter_url:
            messages.success(request, _("De brief met het verzoek om verwijdering staat klaar."))
            return redirect(letter_url)
    messages.success(request, _("Verwijdering gevraagd. Leg het antwoord vast zodra het komt."))
    return redirect("sharing:detail", share_id=share.pk)


@require_POST
@member_required
def item_answer(request, item_id):
    require(request, Capability.EDIT_DOSSIER)
    item = get_for_member(request, SharedItem, pk=item_id)
    form = ItemAnswerForm(request.POST, prefix=request.POST.get("prefix") or None)
    if form.is_valid():
        services.record_answer(
            item=item,
            status=form.cleaned_data["status"],
            answer=form.cleaned_data["answer"],
            by=request.member,
        )
        messages.success(request, _("Het antwoord is vastgelegd."))
    return redirect("sharing:detail", share_id=item.share_id)


@member_required
def document_holders(request, document_id):
    require(request, Capability.VIEW_VAULT)
    document = get_for_member(request, Document, pk=document_id)
    items = SharedItem.objects.filter(vault=request.vault, document=document).select_related(
        "share", "share__organisation"
    )
    current = document.current
    return render(
        request,
        "sharing/holders.html",
        {
            "document": document,
            "items": items,
            "outdated": [
                i
                for i in items
                if current and i.version_number < current.number and i.status == HoldingStatus.HOLDS
            ],
            "correction_url": _url_or_none("letters:new", "correctie"),
        },
    )
