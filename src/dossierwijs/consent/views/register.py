"""Toestemmingen: the register, giving a specific consent, registering one on paper, withdrawing."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.addressbook.models import Organisation
from dossierwijs.core.consent_check.compose import ConsentTextError
from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.dossier.models import Document
from dossierwijs.letters.services import save_missing_data
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import GiveForm, RegisterForm, WithdrawForm
from ..models import Consent, Status
from .check import _needs_address


def _choices(request):
    return {
        "organisations": visible(request, Organisation),
        "documents": visible(request, Document).order_by("title"),
    }


def _rules_answer(request, form):
    """What the rules core says about who signs, for the organisations chosen (or the school)."""
    organisations = []
    if form.is_bound and form.is_valid():
        organisations = [form.cleaned_data.get(n) for n in ("from_organisation", "to_organisation")]
    return {
        "avg": services.who_signs(vault=request.vault, organisations=[]),
        "wgbo": _wgbo(request),
        "chosen": services.who_signs(vault=request.vault, organisations=organisations)
        if organisations
        else None,
    }


def _wgbo(request):
    class CareProvider:
        rules_kind = "zorgverlener"

    return services.who_signs(vault=request.vault, organisations=[CareProvider()])


@member_required
def consent_list(request):
    require(request, Capability.VIEW_VAULT)
    today = timezone.localdate()
    consents = list(
        visible(request, Consent).select_related("from_organisation", "to_organisation")
    )
    current = [c for c in consents if c.is_current(today)]
    other = [c for c in consents if not c.is_current(today)]
    return render(
        request,
        "consent/list.html",
        {
            "current": current,
            "other": other,
            "can_edit": request.member.can(Capability.EDIT_DOSSIER),
            "today": today,
        },
    )


def _signer_warning(request, consent) -> None:
    answer = services.who_signs(vault=request.vault, organisations=consent.organisations())
    if answer is not None and not set(answer.deciders) <= set(consent.given_by):
        messages.warning(
            request,
            _("Let op: %(why)s Volgens de regels tekent dus: %(who)s (%(basis)s).")
            % {
                "why": answer.explanation,
                "who": _(" en ").join(_signer_word(s) for s in answer.deciders),
                "basis": answer.basis,
            },
        )


def _signer_word(code: str) -> str:
    return _("de ouders met gezag") if code == "ouders" else _("uw kind zelf")


@member_required
def consent_give(request):
    require(request, Capability.EDIT_DOSSIER)
    choices = _choices(request)
    # A new organisation or a new purpose needs a new, specific consent: start from the
    # earlier one (same organisation and data), with the purpose and recipient left open.
    earlier = None
    earlier_id = request.GET.get("naar-aanleiding-van", "")
    if earlier_id:
        try:
            earlier = get_for_member(request, Consent, pk=uuid.UUID(earlier_id))
        except ValueError:
            earlier = None
    initial = (
        {
            "from_organisation": earlier.from_organisation_id,
            "data": earlier.data,
            "storage": earlier.storage,
        }
        if earlier is not None
        else {}
    )
    form = GiveForm(request.POST or None, initial=initial, **choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            content = services.ConsentContent(
                given_by=data["given_by"],
                from_organisation=data["from_organisation"],
                to_organisation=data.get("to_organisation"),
                purpose=data["purpose"],
                data=data["data"],
                storage=data["storage"],
                withdraw_contact=data["withdraw_contact"],
                valid_until=data.get("valid_until"),
                trajectory=data.get("trajectory", ""),
            )
            consent = services.consent_give(
                vault=request.vault,
                by=request.member,
                content=content,
                documents=data.get("documents") or [],
            )
        except ConsentTextError as error:
            form.add_error(None, error.message)
        except ValueError as error:
            form.add_error(None, str(error))
        else:
            _signer_warning(request, consent)
            messages.success(
                request,
                _(
                    "De toestemming is gemaakt en bewaard in het dossier. Download het formulier, "
                    "kruis per onderdeel ja of nee aan, teken het en geef het aan de organisatie."
                ),
            )
            return redirect("consent:detail", consent_id=consent.pk)
    return render(
        request,
        "consent/give.html",
        {
            "form": form,
            "earlier": earlier,
            "rules": _rules_answer(request, form),
            "has_organisations": choices["organisations"].exists(),
        },
    )


@member_required
def consent_register(request):
    require(request, Capability.EDIT_DOSSIER)
    choices = _choices(request)
    form = RegisterForm(request.POST or None, request.FILES or None, **choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data.get("evidence")
        try:
            consent = services.consent_register(
                vault=request.vault,
                by=request.member,
                given_by=data["given_by"],
                from_organisation=data["from_organisation"],
                to_organisation=data.get("to_organisation"),
                purpose=data["purpose"],
                data=data["data"],
                storage=data.get("storage", ""),
                valid_until=data.get("valid_until"),
                trajectory=data.get("trajectory", ""),
                given_on=data["given_on"],
                status=data["status"],
                evidence_upload=(upload.name, upload.read()) if upload else None,
                documents=data.get("documents") or [],
            )
        except services.CheckError as error:
            form.add_error(None, error.message)
        else:
            _signer_warning(request, consent)
            messages.success(request, _("De toestemming staat in het overzicht."))
            return redirect("consent:detail", consent_id=consent.pk)
    return render(
        request,
        "consent/register.html",
        {
            "form": form,
            "rules": _rules_answer(request, form),
            "has_organisations": choices["organisations"].exists(),
        },
    )


def _detail_page(request, consent, withdraw_form, status=200):
    return render(
        request,
        "consent/detail.html",
        {
            "consent": consent,
            "withdraw_form": withdraw_form,
            "can_edit": request.member.can(Capability.EDIT_DOSSIER),
            "rules": services.who_signs(vault=request.vault, organisations=consent.organisations()),
            "needs_address": _needs_address(request),
            "is_current": consent.is_current(),
            "documents": list(consent.documents.all()),
        },
        status=status,
    )


@member_required
def consent_detail(request, consent_id):
    require(request, Capability.VIEW_VAULT)
    consent = get_for_member(
        request,
        Consent.objects.select_related("from_organisation", "to_organisation", "evidence"),
        pk=consent_id,
    )
    return _detail_page(request, consent, WithdrawForm(vault=request.vault, member=request.member))


@require_POST
@member_required
def consent_withdraw(request, consent_id):
    require(request, Capability.EDIT_DOSSIER)
    consent = get_for_member(request, Consent, pk=consent_id)
    if consent.status != Status.GEGEVEN:
        messages.info(request, _("Deze toestemming geldt al niet meer. Intrekken is niet nodig."))
        return redirect("consent:detail", consent_id=consent.pk)
    form = WithdrawForm(request.POST, vault=request.vault, member=request.member)
    if not form.is_valid():
        return _detail_page(request, consent, form)
    extra = form.extra()
    address = extra.get("address", "")
    if form.cleaned_data.get("child_birth_date"):
        save_missing_data(
            vault=request.vault,
            member=request.member,
            birth_date=form.cleaned_data["child_birth_date"],
        )
    try:
        services.consent_withdraw(
            consent=consent, by=request.member, tone=form.cleaned_data["tone"], extra=extra or None
        )
    except MissingData as missing:
        form.add_error(
            None,
            _(
                "De toestemming is nog niet ingetrokken: voor de brief is nog nodig: %(labels)s. "
                "Vul het hieronder in en probeer het opnieuw."
            )
            % {"labels": "; ".join(missing.labels)},
        )
        return _detail_page(request, consent, form)
    except LetterError as error:
        form.add_error(None, error.message)
        return _detail_page(request, consent, form)
    if address:
        save_missing_data(vault=request.vault, member=request.member, address=address)
    messages.success(
        request,
        _(
            "De toestemming is ingetrokken. De brief staat klaar en is bewaard in het dossier; "
            "verstuur hem zelf aan %(org)s."
        )
        % {"org": consent.from_organisation.name},
    )
    return redirect("consent:detail", consent_id=consent.pk)


@require_POST
@member_required
def trajectory_ended(request, consent_id):
    require(request, Capability.EDIT_DOSSIER)
    consent = get_for_member(request, Consent, pk=consent_id)
    if consent.status == Status.GEGEVEN and not consent.trajectory_ended:
        services.consent_trajectory_ended(consent=consent, by=request.member)
        messages.success(request, _("Bewaard. Deze toestemming geldt niet meer."))
    return redirect("consent:detail", consent_id=consent.pk)


@require_POST
@member_required
def consent_expire(request, consent_id):
    require(request, Capability.EDIT_DOSSIER)
    consent = get_for_member(request, Consent, pk=consent_id)
    if consent.status == Status.GEGEVEN and consent.has_lapsed():
        services.consent_expire(consent=consent, by=request.member)
        messages.success(request, _("De toestemming is afgesloten als verlopen."))
    return redirect("consent:detail", consent_id=consent.pk)


@member_required
def consent_word(request, consent_id):
    require(request, Capability.VIEW_VAULT)
    consent = get_for_member(request, Consent, pk=consent_id)
    if not consent.text:
        raise Http404()
    response = HttpResponse(
        services.consent_word_file(consent),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["Content-Disposition"] = 'attachment; filename="toestemming.docx"'
    return response
