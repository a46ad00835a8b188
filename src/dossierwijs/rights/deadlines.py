"""Open rights requests as deadlines: for the Termijnen page and for the parent's calendar.

The due date is always the rules core's (``RightsRequest.deadline()``); this module only
says what it is about and what the parent can do next.
"""

from __future__ import annotations

from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dossierwijs import contributions
from dossierwijs.contributions import OpenDeadline, TodoItem
from dossierwijs.core import calendar as ical

from .models import RightsRequest, Status

# How a request is called in a sentence ("uw inzageverzoek aan ...").
REQUEST_NOUNS = {
    "inzage": gettext_lazy("inzageverzoek"),
    "correctie": gettext_lazy("correctieverzoek"),
    "verwijdering": gettext_lazy("verwijderingsverzoek"),
    "beperking": gettext_lazy("verzoek om beperking"),
    "bezwaar": gettext_lazy("bezwaar"),
}


def open_requests(vault):
    """Requests that wait for (part of) an answer, most urgent first."""
    found = [
        r
        for r in RightsRequest.objects.filter(vault=vault).select_related("organisation")
        if r.is_waiting
    ]
    return sorted(found, key=lambda r: r.deadline().due)


def title_for(request: RightsRequest) -> str:
    return _("Antwoord op uw %(noun)s aan %(organisation)s") % {
        "noun": REQUEST_NOUNS.get(request.kind, _("verzoek")),
        "organisation": request.organisation.name,
    }


def next_step(request: RightsRequest, today: date | None = None) -> str:
    """What the parent can do now, in plain Dutch."""
    today = today or timezone.localdate()
    deadline = request.deadline()
    if request.status == Status.DEELS_BEANTWOORD:
        return _(
            "Vraag om de rest van het antwoord, of dien een klacht in bij de "
            "Autoriteit Persoonsgegevens"
        )
    if deadline is None or not request.is_overdue(today):
        return _("Wacht op het antwoord. Komt het niet op tijd, stuur dan een herinnering")
    if request.reminder_on is None:
        return _("Stuur een herinnering")
    return _("Dien een klacht in bij de Autoriteit Persoonsgegevens")


def open_request_deadlines(vault) -> list:
    """The deadline source for the knowledge app's Termijnen page."""
    if vault is None:  # no vault, no requests (and no database query)
        return []
    return [
        OpenDeadline(
            title=title_for(r),
            due=r.deadline().due,
            url=reverse("rights:detail", args=[r.pk]),
            next_step=next_step(r),
            kind="verzoek",
            key=f"verzoek:{r.pk}",
        )
        for r in open_requests(vault)
    ]


def calendar_entries(vault, absolute) -> list[ical.CalendarDeadline]:
    """Calendar events for every open deadline of the vault; ``absolute(path)`` makes a URL.

    Requests get the full explanation of their date; deadlines of other apps come from the
    Termijnen registry as they are.
    """
    entries = []
    for r in open_requests(vault):
        deadline = r.deadline()
        verdict = r.extension_verdict()
        entries.append(
            ical.from_rules_deadline(
                f"verzoek:{r.pk}",
                title_for(r),
                deadline,
                url=absolute(reverse("rights:detail", args=[r.pk])),
                alarm_days_before=(7, 1),
                # The date moves once, when a valid extension is recorded.
                sequence=1 if verdict and verdict[0] else 0,
            )
        )
    return entries + _other_apps_entries(vault, absolute, {e.key for e in entries})


def _other_apps_entries(vault, absolute, taken: set[str]) -> list[ical.CalendarDeadline]:
    """Open deadlines other apps declare, so one subscription holds them all."""
    deadlines, _failed = contributions.gather("deadline_sources", vault)
    entries = []
    for item in deadlines:
        key = item.calendar_key()
        if key in taken:
            continue
        taken.add(key)
        entries.append(
            ical.CalendarDeadline(
                key=key,
                title=item.title,
                due=item.due,
                description=item.next_step or "",
                url=absolute(item.url) if item.url else "",
            )
        )
    return entries


def unsent_requests(vault, member) -> list[TodoItem]:
    """Requests written but not yet marked as sent: the month starts only when it is sent."""
    if vault is None:
        return []
    unsent = RightsRequest.objects.filter(vault=vault, status=Status.CONCEPT).select_related(
        "organisation"
    )
    return [
        TodoItem(
            title=_("Verstuur uw %(noun)s aan %(organisation)s en noteer wanneer")
            % {
                "noun": REQUEST_NOUNS.get(r.kind, _("verzoek")),
                "organisation": r.organisation.name,
            },
            url=reverse("rights:detail", args=[r.pk]),
            kind="verzoek",
            detail=_("De termijn van de school begint pas als het verzoek binnen is."),
        )
        for r in unsent
    ]
