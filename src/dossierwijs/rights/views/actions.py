"""Changes to one request: each a POST that redirects back to the request's page."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.dossier.models import Document
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import (
    ComplaintForm,
    DateForm,
    ExtensionForm,
    LetterToneForm,
    MarkSentForm,
    NotesForm,
    ReplyForm,
)
from ..models import RightsRequest


def _editable(request, request_id) -> RightsRequest:
    require(request, Capability.EDIT_DOSSIER)
    return get_for_member(
        request, RightsRequest.objects.select_related("organisation"), pk=request_id
    )


def _back(rights_request):
    return redirect("rights:detail", request_id=rights_request.pk)


def _form_problem(request, form) -> None:
    errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
    messages.error(request, _("Dit is niet bewaard. %(errors)s") % {"errors": " ".join(errors)})


@require_POST
@member_required
def mark_sent(request, request_id):
    rights_request = _editable(request, request_id)
    form = MarkSentForm(request.POST)
    if not form.is_valid():
        _form_problem(request, form)
        return _back(rights_request)
    data = form.cleaned_data
    services.mark_sent(
        rights_request=rights_request,
        by=request.member,
        on=data["sent_on"],
        how=data["how"],
        received_on=data["received_on"],
    )
    messages.success(
        request,
        _("Bewaard. De termijn loopt tot en met %(due)s.")
        % {"due": long_date(rights_request.deadline().due)},
    )
    return _back(rights_request)


@require_POST
@member_required
def record_extension(request, request_id):
    rights_request = _editable(request, request_id)
    form = ExtensionForm(request.POST)
    if rights_request.received_on is None:
        messages.error(request, _("Zet eerst de datum waarop u het verzoek verstuurde."))
        return _back(rights_request)
    if not form.is_valid():
        _form_problem(request, form)
        return _back(rights_request)
    services.record_extension(
        rights_request=rights_request,
        by=request.member,
        announced_on=form.cleaned_data["announced_on"],
        with_reasons=form.cleaned_data["with_reasons"] == "ja",
    )
    counts, why = rights_request.extension_verdict()
    if counts:
        messages.success(request, why)
    else:
        messages.warning(
            request,
            _("%(why)s De eerste termijn blijft dus staan (AVG artikel 12 lid 3).") % {"why": why},
        )
    return _back(rights_request)


@require_POST
@member_required
def record_reply(request, request_id):
    rights_request = _editable(request, request_id)

    form = ReplyForm(
        request.POST, request.FILES, documents=visible(request, Document), prefix="reactie"
    )
    if not form.is_valid():
        _form_problem(request, form)
        return _back(rights_request)
    data = form.cleaned_data
    upload = None
    document = None
    if data.get("file"):
        upload = (data["file"].name, data["file"].read())
    elif data.get("document"):
        document = get_for_member(request, Document, pk=data["document"])
    try:
        services.record_reply(
            rights_request=rights_request,
            by=request.member,
            received_on=data["received_on"],
            kind=data["kind"],
            note=data.get("note", ""),
            upload=upload,
            document=document,
            with_reasons=data.get("with_reasons", False),
        )
    except ValueError as exc:
        messages.error(request, str(exc))
        return _back(rights_request)
    messages.success(request, _("De reactie is bewaard in het dossier en bij dit verzoek."))
    return _back(rights_request)


def _letter_problem(request, exc: LetterError) -> None:
    if isinstance(exc, MissingData):
        messages.error(
            request,
            _("De brief kan nog niet gemaakt worden. Vul nog in: %(labels)s.")
            % {"labels": "; ".join(exc.labels)},
        )
    else:
        messages.error(request, exc.message)


@require_POST
@member_required
def make_reminder(request, request_id):
    rights_request = _editable(request, request_id)
    form = LetterToneForm(request.POST, prefix="herinnering")
    if not form.is_valid() or not rights_request.offers_reminder():
        messages.error(
            request,
            _("Een herinnering kan pas als de termijn voorbij is en er nog geen antwoord is."),
        )
        return _back(rights_request)
    try:
        services.make_reminder(
            rights_request=rights_request, by=request.member, tone=form.cleaned_data["tone"]
        )
    except LetterError as exc:
        _letter_problem(request, exc)
        return _back(rights_request)
    messages.success(
        request, _("De herinnering staat klaar en is bewaard in het dossier. Verstuur hem zelf.")
    )
    return _back(rights_request)


@require_POST
@member_required
def make_complaint(request, request_id):
    rights_request = _editable(request, request_id)
    form = ComplaintForm(request.POST, prefix="klacht")
    if not form.is_valid() or not rights_request.offers_complaint():
        messages.error(
            request,
            _("Een klacht kan als de termijn voorbij is, of als het antwoord niet volledig is."),
        )
        return _back(rights_request)
    try:
        services.make_complaint(
            rights_request=rights_request,
            by=request.member,
            tone=form.cleaned_data["tone"],
            problem=form.cleaned_data["problem"],
        )
    except LetterError as exc:
        _letter_problem(request, exc)
        return _back(rights_request)
    messages.success(
        request, _("De tekst van uw klacht staat klaar. Hieronder leest u hoe u hem indient.")
    )
    return _back(rights_request)


@require_POST
@member_required
def complaint_filed(request, request_id):
    rights_request = _editable(request, request_id)
    form = DateForm(request.POST, prefix="ingediend")
    if not form.is_valid():
        _form_problem(request, form)
        return _back(rights_request)
    services.record_complaint_filed(
        rights_request=rights_request, by=request.member, on=form.cleaned_data["on"]
    )
    messages.success(request, _("Bewaard: u hebt de klacht ingediend."))
    return _back(rights_request)


@require_POST
@member_required
def mark_done(request, request_id):
    rights_request = _editable(request, request_id)
    services.mark_done(rights_request=rights_request, by=request.member)
    messages.success(request, _("Het verzoek is afgerond. U vindt het nog onder 'Alle verzoeken'."))
    return _back(rights_request)


@require_POST
@member_required
def save_notes(request, request_id):
    rights_request = _editable(request, request_id)
    form = NotesForm(request.POST)
    if form.is_valid():
        services.update_notes(
            rights_request=rights_request, by=request.member, notes=form.cleaned_data["notes"]
        )
        messages.success(request, _("De notities zijn bewaard."))
    return _back(rights_request)
