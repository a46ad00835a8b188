"""Rights requests: the list (most urgent first), starting one, and one request's page."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.core.letters import LetterError, MissingData
from dossierwijs.core.rules.age import who_decides
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.sharing.models import Organisation, OrganisationKind
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
    NewRequestForm,
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


def _needs_writer(vault) -> bool:
    """From 16 the young person decides on an AVG request (UAVG art. 5, via the rules core)."""
    if vault.child_birth_date is None:
        return False
    decision = who_decides(vault.child_birth_date, timezone.localdate(), "avg")
    return "kind" in decision.beslist


def _organisation_for(request, form: NewRequestForm):
    """The chosen address-book organisation, or a new one (created in the same transaction)."""
    data = form.cleaned_data
    if data.get("organisation"):
        return get_for_member(request, Organisation, pk=data["organisation"])
    name = data["new_organisation_name"].strip()
    return Organisation.objects.create(
        vault=request.vault,
        name=name,
        kind=OrganisationKind.SCHOOL
        if name == request.vault.school_name
        else OrganisationKind.OVERIG,
        address=data.get("new_organisation_address", "").strip(),
        email=data.get("new_organisation_email", "").strip(),
    )


@member_required
def request_new(request):
    require(request, Capability.EDIT_DOSSIER)
    kind = request.POST.get("soort") or request.GET.get("soort")
    if kind not in RequestKind.values:
        return render(request, "rights/new.html", {"kind_form": KindForm()})
    organisations = list(visible(request, Organisation))
    needs_writer = _needs_writer(request.vault)
    options = {"kind": kind, "organisations": organisations, "needs_writer": needs_writer}
    initial = {}
    if not organisations and request.vault.school_name:
        initial["new_organisation_name"] = request.vault.school_name
    form = NewRequestForm(request.POST or None, initial=initial, **options)
    problem = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        extra = {}
        if data.get("address", "").strip():
            extra["address"] = data["address"].strip()
        if data.get("writer"):
            extra["writer"] = data["writer"]
        try:
            with transaction.atomic():
                organisation = _organisation_for(request, form)
                rights_request, produced = services.start_request(
                    vault=request.vault,
                    by=request.member,
                    kind=kind,
                    organisation=organisation,
                    tone=data["tone"],
                    fields=form.letter_input(),
                    on_behalf_of_both=data["on_behalf_of"] == "both",
                    extra=extra,
                    notes=data.get("notes", ""),
                )
        except MissingData as exc:
            problem = _("De brief kan nog niet gemaakt worden. Vul nog in: %(labels)s.") % {
                "labels": "; ".join(exc.labels)
            }
        except LetterError as exc:
            problem = exc.message
        else:
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
            "letter_fields": [form[name] for name in form.letter_field_names],
            "problem": problem,
            "has_organisations": bool(organisations),
        },
    )


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
        from dossierwijs.dossier.models import Document

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
            reply_form=ReplyForm(documents=documents),
            reminder_form=LetterToneForm(prefix="herinnering"),
            complaint_form=ComplaintForm(prefix="klacht"),
            filed_form=DateForm(prefix="ingediend"),
            notes_form=NotesForm(initial={"notes": rights_request.notes}),
        )
    return render(request, "rights/detail.html", context)
