"""Rights requests: the list (most urgent first), starting one, and one request's page."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dossierwijs.addressbook import services as addressbook
from dossierwijs.addressbook.models import OrganisationKind
from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.dossier.models import Document
from dossierwijs.letters.forms import LetterForm
from dossierwijs.letters.models import Letter
from dossierwijs.letters.services import save_missing_data
from dossierwijs.vault.permissions import get_for_member, member_required, require, visible
from dossierwijs.vault.roles import Capability

from .. import services
from ..forms import (
    ComplaintForm,
    DateForm,
    ExtensionForm,
    KindForm,
    LetterToneForm,
    MarkSentForm,
    NotesForm,
    ReplyForm,
)
from ..models import RequestKind, RightsRequest, Status
from ..presenting import badge_class, letter_downloads, request_row, timeline, urgency

OPEN_FILTER = "open"


@member_required
def request_list(request):
    require(request, Capability.VIEW_VAULT)
    requests = visible(request, RightsRequest).select_related("organisation")
    show = request.GET.get("toon", OPEN_FILTER)
    rows = [request_row(r) for r in requests]
    if show == OPEN_FILTER:
        rows = [row for row in rows if row["open"]]
    rows.sort(key=lambda row: row["sort_key"])
    context = {"rows": rows, "show": show, "can_edit": request.member.can(Capability.EDIT_DOSSIER)}
    if request.htmx:
        return render(request, "rights/list.html#requests", context)
    return render(request, "rights/list.html", context)


def _untracked_letters(request):
    """Rights-request letters made on the Brieven pages that are not tracked here yet."""
    tracked = RightsRequest.objects.filter(vault=request.vault, letter__isnull=False).values(
        "letter_id"
    )
    return (
        visible(request, Letter)
        .filter(kind__in=RequestKind.values, companion_of__isnull=True)
        .exclude(document_id__in=tracked)
        .order_by("-created_at")[:20]
    )


def _organisation_for(request, form):
    """The chosen address-book organisation, or a new one from what the parent typed."""
    data = form.cleaned_data
    if data.get("organisation") is not None:
        return data["organisation"]
    name = data["organisation_name"].strip()
    return addressbook.add_organisation(
        vault=request.vault,
        by=request.member,
        name=name,
        kind=OrganisationKind.SCHOOL
        if name == request.vault.school_name
        else OrganisationKind.OVERIG,
        address=(data.get("organisation_address") or "").strip(),
        email=(data.get("organisation_email") or "").strip(),
    )


def _prefill_school(request, form) -> None:
    school_name = request.vault.school_name
    if not school_name:
        return
    school = form.fields["organisation"].queryset.filter(name=school_name).first()
    if school is not None:
        form.initial["organisation"] = school.pk
    else:
        form.initial["organisation_name"] = school_name


def _start_from_form(request, form, kind: str):
    """Keep what the parent filled in about themselves and start the request with its letter.

    Returns the new RightsRequest, or None with the engine's Dutch message on the form.
    """
    data = form.cleaned_data
    extra = {k: v for k, v in form.extra().items() if not k.startswith("organisation_")}
    if data.get("organisation") is not None and data.get("organisation_email"):
        extra["organisation_email"] = data["organisation_email"]
    try:
        with transaction.atomic():
            save_missing_data(
                vault=request.vault,
                member=request.member,
                address=data.get("address", "") if data.get("save_address") else "",
                email=(data.get("email") or "") if data.get("save_email") else "",
                birth_date=data.get("child_birth_date"),
            )
            rights_request, _produced = services.start_request(
                vault=request.vault,
                by=request.member,
                kind=kind,
                organisation=_organisation_for(request, form),
                tone=data["tone"],
                fields=form.letter_fields(),
                on_behalf_of_both=form.sign_as_both,
                extra=extra,
                notes=(request.POST.get("notes") or "").strip(),
            )
    except MissingData as exc:
        form.add_error(
            None,
            _("De brief kan nog niet gemaakt worden. Vul nog in: %(labels)s.")
            % {"labels": "; ".join(exc.labels)},
        )
    except LetterError as exc:
        form.add_error(None, exc.message)
    else:
        return rights_request
    return None


@member_required
def request_new(request):
    """Step 1: which right (or an existing letter). Step 2: the letters app's form for it."""
    require(request, Capability.EDIT_DOSSIER)
    kind = request.POST.get("soort") or request.GET.get("soort")
    if kind not in RequestKind.values:
        return render(
            request,
            "rights/new.html",
            {"kind_form": KindForm(), "untracked": _untracked_letters(request)},
        )

    form = LetterForm(request.POST or None, kind=kind, vault=request.vault, member=request.member)
    if request.method == "GET":
        _prefill_school(request, form)
    if request.method == "POST" and form.is_valid():
        rights_request = _start_from_form(request, form, kind)
        if rights_request is not None:
            messages.success(
                request,
                _(
                    "De brief staat klaar en is bewaard in het dossier. Verstuur hem, en zet "
                    "daarna hieronder de datum."
                ),
            )
            return redirect("rights:detail", request_id=rights_request.pk)
    return render(
        request,
        "rights/new.html",
        {
            "form": form,
            "kind": kind,
            "kind_label": RequestKind(kind).label,
            "is_inzage": kind == "inzage",
            "notes": request.POST.get("notes", ""),
        },
    )


@require_POST
@member_required
def track_letter(request, letter_id):
    """Track a rights-request letter that was made (previewed and edited) on the Brieven pages."""
    require(request, Capability.EDIT_DOSSIER)

    letter = get_for_member(request, Letter, pk=letter_id)
    existing = RightsRequest.objects.filter(vault=request.vault, letter=letter.document).first()
    if existing is not None and letter.document_id is not None:
        return redirect("rights:detail", request_id=existing.pk)
    if letter.kind not in RequestKind.values:
        messages.error(request, _("Deze brief is geen verzoek dat een termijn heeft."))
        return redirect("rights:new")
    rights_request = services.track_letter(vault=request.vault, by=request.member, letter=letter)
    messages.success(request, _("dossierwijs houdt de termijn van dit verzoek nu bij."))
    return redirect("rights:detail", request_id=rights_request.pk)


@member_required
def request_detail(request, request_id):
    require(request, Capability.VIEW_VAULT)
    rights_request = get_for_member(
        request, RightsRequest.objects.select_related("organisation"), pk=request_id
    )
    can_edit = request.member.can(Capability.EDIT_DOSSIER)
    deadline = rights_request.deadline()
    verdict = rights_request.extension_verdict()
    original = rights_request.original_deadline()
    context = {
        "r": rights_request,
        "row": request_row(rights_request),
        "timeline": timeline(rights_request),
        "deadline": deadline,
        "deadline_due": long_date(deadline.due) if deadline else "",
        "original_due": long_date(original.due) if original else "",
        "verdict": verdict,
        "urgency": urgency(rights_request),
        "badge": badge_class(rights_request),
        "downloads": letter_downloads(rights_request),
        "replies": rights_request.replies.select_related("document"),
        "can_edit": can_edit,
        "offers_reminder": rights_request.offers_reminder(),
        "offers_complaint": rights_request.offers_complaint(),
        "closed": rights_request.status in (Status.AFGEROND,),
    }
    if can_edit:
        documents = visible(request, Document).order_by("-created_at")[:200]
        context.update(
            sent_form=MarkSentForm(
                initial={
                    "sent_on": rights_request.sent_on,
                    "how": rights_request.how,
                    "received_on": rights_request.received_on,
                }
                if rights_request.sent_on
                else None
            ),
            extension_form=ExtensionForm(),
            reply_form=ReplyForm(documents=documents, prefix="reactie"),
            reminder_form=LetterToneForm(prefix="herinnering"),
            complaint_form=ComplaintForm(prefix="klacht"),
            filed_form=DateForm(prefix="ingediend"),
            notes_form=NotesForm(initial={"notes": rights_request.notes}),
        )
    return render(request, "rights/detail.html", context)
