"""What the rights pages show: rows for the list, the timeline, badges and letter downloads."""

from __future__ import annotations

import json

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from dossierwijs.contributions import labels_or_deleted
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.letters.models import Letter

from .deadlines import title_for
from .models import ReplyKind, RightsRequest, SentHow, Status

# The three letters a request can have, as (URL word, model field, Dutch label).
LETTERS = (
    ("verzoek", "letter", gettext_lazy("Verzoek")),
    ("herinnering", "reminder_letter", gettext_lazy("Herinnering")),
    ("klacht", "complaint_letter", gettext_lazy("Klacht voor de Autoriteit Persoonsgegevens")),
)
FORMATS = (
    ("pdf", gettext_lazy("PDF om te printen")),
    ("docx", gettext_lazy("Word-bestand (DOCX)")),
    ("eml", gettext_lazy("E-mail (.eml)")),
)


def days_left_text(days: int) -> str:
    if days < 0:
        return ngettext("{n} dag te laat", "{n} dagen te laat", -days).format(n=-days)
    if days == 0:
        return _("Vandaag is de laatste dag")
    return ngettext("Nog {n} dag", "Nog {n} dagen", days).format(n=days)


def urgency(r: RightsRequest) -> str:
    """ "bad" (too late), "warn" (a week or less, or not sent yet), "ok", or "" (closed)."""
    if r.status == Status.CONCEPT:
        return "warn"
    deadline = r.deadline()
    if not r.is_waiting or deadline is None:
        return ""
    days = (deadline.due - timezone.localdate()).days
    return "bad" if days < 0 else "warn" if days <= 7 else "ok"


def badge_class(r: RightsRequest) -> str:
    level = urgency(r)
    return f"badge badge--{level}" if level else "badge"


def request_row(r: RightsRequest) -> dict:
    deadline = r.deadline()
    waiting = r.is_waiting and deadline is not None
    days = (deadline.due - timezone.localdate()).days if deadline else None
    if waiting:
        sort_key = (0, deadline.due.toordinal(), "")
    elif r.status == Status.CONCEPT:
        sort_key = (1, 0, "")
    else:
        sort_key = (2, -r.created_at.toordinal(), "")
    return {
        "r": r,
        "title": title_for(r),
        "status": r.shown_status_label(),
        "badge": badge_class(r),
        "due": long_date(deadline.due) if deadline else "",
        "due_iso": deadline.due.isoformat() if deadline else "",
        "days_left": days_left_text(days) if waiting else "",
        "open": r.status != Status.AFGEROND,
        "sort_key": sort_key,
    }


def timeline(r: RightsRequest) -> list[dict]:
    """What happened, in date order, one line each (the deadline included)."""
    org = r.organisation.name
    events: list[tuple] = [
        (timezone.localtime(r.created_at).date(), 0, _("Brief gemaakt"), "", None)
    ]
    if r.sent_on:
        events.append(
            (
                r.sent_on,
                1,
                _("Verstuurd: %(how)s") % {"how": SentHow(r.how).label.lower()}
                if r.how in SentHow.values
                else _("Verstuurd"),
                "",
                None,
            )
        )
    if r.received_on:
        detail = ""
        if r.how == SentHow.POST:
            detail = _("Per post rekenen wij 2 dagen. Weet u de echte datum, pas die dan aan.")
        events.append((r.received_on, 2, _("Ontvangen door %(org)s") % {"org": org}, detail, None))
    verdict = r.extension_verdict()
    if verdict is not None:
        text = (
            _("Verlenging gemeld, met redenen")
            if r.extension_with_reasons
            else _("Verlenging gemeld, zonder redenen")
        )
        events.append((r.extension_announced_on, 3, text, verdict[1], None))
    for reply in r.replies.all():
        text = _("Reactie: %(kind)s") % {"kind": ReplyKind(reply.kind).label.lower()}
        url = reverse("dossier:detail", args=[reply.document_id]) if reply.document_id else None
        events.append((reply.received_on, 4, text, reply.note, url))
    if r.reminder_on:
        events.append((r.reminder_on, 5, _("Herinnering gemaakt"), "", None))
    if r.complaint_on:
        events.append(
            (r.complaint_on, 6, _("Klacht ingediend bij de Autoriteit Persoonsgegevens"), "", None)
        )
    deadline = r.deadline()
    if deadline is not None:
        label = (
            _("Uiterste dag voor het antwoord (na verlenging)")
            if verdict and verdict[0]
            else _("Uiterste dag voor het antwoord")
        )
        events.append((deadline.due, 7, label, deadline.explanation, None))
    events.sort(key=lambda e: (e[0], e[1]))
    return [
        {
            "date": long_date(day),
            "iso": day.isoformat(),
            "text": text,
            "detail": detail,
            "url": url,
            "is_deadline": order == 7,
        }
        for day, order, text, detail, url in events
    ]


def letter_row(document):
    """The letters app's record of a produced letter (for DOCX and .eml), or None."""
    if document is None:
        return None

    return Letter.objects.filter(vault=document.vault, document=document).first()


def letter_downloads(r: RightsRequest) -> list[dict]:
    result = []
    for word, field, label in LETTERS:
        document = getattr(r, field)
        row = letter_row(document)
        if row is None:
            continue
        data = json.loads(row.letter_data or "{}")
        has_email = bool(data.get("to"))
        links = [
            {
                "label": fmt_label,
                "fmt": fmt,
                "url": reverse("letters:download", args=[row.pk, fmt]),
            }
            for fmt, fmt_label in FORMATS
            if fmt != "eml" or has_email
        ]
        result.append(
            {
                "label": label,
                "document": document,
                "links": links,
                "row": row,
                # The engine's steps for the parent (how to file the complaint); not sent.
                "guidance": data.get("guidance") if word == "klacht" else None,
            }
        )
    return result


# A request as the Logboek names it.
JOURNAL_LABELS = {
    "inzage": gettext_lazy("Inzageverzoek aan %(organisation)s"),
    "correctie": gettext_lazy("Correctieverzoek aan %(organisation)s"),
    "verwijdering": gettext_lazy("Verwijderingsverzoek aan %(organisation)s"),
    "beperking": gettext_lazy("Verzoek om beperking aan %(organisation)s"),
    "bezwaar": gettext_lazy("Bezwaar bij %(organisation)s"),
}
OTHER_REQUEST = gettext_lazy("Verzoek aan %(organisation)s")


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """A request by its kind and organisation ("Inzageverzoek aan OSG De Klimop")."""
    if object_type == "calendartoken":  # one per vault: nothing to look up
        return dict.fromkeys(ids, _("Agenda-link"))
    if object_type != "rightsrequest":
        return {}
    rows = RightsRequest.objects.filter(vault=vault, pk__in=ids).select_related("organisation")
    found = {
        str(r.pk): JOURNAL_LABELS.get(r.kind, OTHER_REQUEST) % {"organisation": r.organisation.name}
        for r in rows
    }
    return labels_or_deleted(ids, found, _("Verzoek (verwijderd)"))
