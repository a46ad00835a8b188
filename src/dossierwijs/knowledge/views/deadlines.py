"""Termijnen: the calculator, the check of an announced extension, and the open deadlines.

The calculator and the extension check hold no family data: every member may use them, a
meelezer too. "Open termijnen" and its calendar file show the vault's own deadlines, so only
members who may see the whole vault get them (``Capability.VIEW_VAULT``).

Both forms are GET forms (nothing changes). With htmx only the result is swapped in:
``knowledge/deadlines.html#result`` or ``#extension``, chosen by the form's hx-target.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from dossierwijs.core.rules.deadlines import (
    deadline_for,
    extension_announcement_explained,
    rights_request_deadline,
)
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.core.rules.source_kinds import strongest_kind
from dossierwijs.vault.permissions import member_required, require
from dossierwijs.vault.roles import Capability

from ..deadlines import open_deadlines
from ..forms import START_LABELS, DeadlineForm, ExtensionForm
from ..presenting import confidence_view, source_views, why_links

try:  # written by another part of dossierwijs; the download is offered only if it is there
    from dossierwijs.core import calendar as ical
except ImportError:  # pragma: no cover - present in this tree
    ical = None

KIND_WHY = {
    "verzoek": ("termijn-een-maand", "verlenging-alleen-met-redenen"),
    "gespreksverslag": ("eigen-gespreksverslag",),
    "opp": ("opp-handelingsdeel-instemming",),
    "aanmelding": ("aanmelding-niet-zomaar-opvragen",),
    "gpo": (),
}
KIND_LABELS = {
    "verzoek": gettext_lazy("Verzoek"),
    "gespreksverslag": gettext_lazy("Gespreksverslag"),
    "gpo": gettext_lazy("Geschillencommissie"),
    "opp": gettext_lazy("OPP"),
    "aanmelding": gettext_lazy("Aanmelding"),
}


def _deadline_view(deadline) -> dict:
    return {
        "due": long_date(deadline.due),
        "due_iso": deadline.due.isoformat(),
        "explanation": deadline.explanation,
        "basis": deadline.basis,
        "notes": deadline.notes,
        "confidence": confidence_view(deadline.confidence, strongest_kind(deadline.source_ids)),
        "sources": source_views(deadline.source_ids),
    }


def _result_context(form: DeadlineForm) -> dict:
    kind, start = form.cleaned_data["soort"], form.cleaned_data["datum"]
    context = {
        "kind": kind,
        "start_label": START_LABELS[kind],
        "start": long_date(start),
        "deadline": _deadline_view(deadline_for(kind, start)),
        "why": why_links(KIND_WHY.get(kind, ())),
    }
    if kind == "verzoek":
        context["extended"] = _deadline_view(rights_request_deadline(start, extended=True))
    return context


def _extension_context(form: ExtensionForm) -> dict:
    data = form.cleaned_data
    valid, why = extension_announcement_explained(
        data["ontvangen"], data["gemeld"], data["redenen"]
    )
    return {
        "valid": valid,
        "explanation": why,
        "applies": _deadline_view(rights_request_deadline(data["ontvangen"], extended=valid)),
    }


def _days_left_text(days: int) -> str:
    if days < 0:
        return ngettext("{n} dag te laat", "{n} dagen te laat", -days).format(n=-days)
    if days == 0:
        return _("Vandaag is de laatste dag")
    return ngettext("Nog {n} dag", "Nog {n} dagen", days).format(n=days)


def _open_context(request) -> dict:
    if not request.member.can(Capability.VIEW_VAULT):
        return {"show_open": False}
    collected = open_deadlines(request.vault)
    today = timezone.localdate()
    rows = []
    for item in collected.deadlines:
        days = (item.due - today).days
        rows.append(
            {
                "item": item,
                "due": long_date(item.due),
                "due_iso": item.due.isoformat(),
                "kind": KIND_LABELS.get(item.kind, item.kind),
                "days_left": _days_left_text(days),
                "urgency": "bad" if days < 0 else "warn" if days <= 7 else "ok",
            }
        )
    return {
        "show_open": True,
        "open_rows": rows,
        "failed_sources": collected.failed_sources,
        "calendar_available": ical is not None,
        # The rights app offers a calendar subscription that keeps itself up to date.
        "subscription_url": reverse("rights:calendar"),
    }


@member_required
def deadlines(request):
    form = DeadlineForm(request.GET if "datum" in request.GET else None)
    extension_form = ExtensionForm(request.GET if "gemeld" in request.GET else None)
    context = {"form": form, "extension_form": extension_form}
    if form.is_bound and form.is_valid():
        context.update(_result_context(form))
    if extension_form.is_bound and extension_form.is_valid():
        context["extension"] = _extension_context(extension_form)
    if request.htmx:
        partial = "extension" if request.htmx.target == "extension" else "result"
        return render(request, f"knowledge/deadlines.html#{partial}", context)
    context.update(_open_context(request))
    return render(request, "knowledge/deadlines.html", context)


@member_required
def deadlines_ics(request):
    """The open deadlines as an .ics file, so the parent's own calendar reminds them."""
    require(request, Capability.VIEW_VAULT)
    if ical is None:  # pragma: no cover - present in this tree
        return HttpResponse(_("Agenda-export is nog niet beschikbaar."), status=404)
    entries, seen = [], set()
    for item in open_deadlines(request.vault).deadlines:
        key = item.calendar_key()
        while key in seen:  # two sources without their own key that look alike
            key += "+"
        seen.add(key)
        entries.append(
            ical.CalendarDeadline(
                key=key,
                title=item.title,
                due=item.due,
                description=item.next_step or "",
                url=request.build_absolute_uri(item.url) if item.url else "",
            )
        )
    response = HttpResponse(
        ical.deadlines_to_ical(entries), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="dossierwijs-termijnen.ics"'
    return response
