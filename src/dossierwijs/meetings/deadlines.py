"""What the meetings add to Termijnen and the timeline.

Termijnen: the day until which school can react to a sent own report, and the agreements
in the own report that name a date ("de volgende update op 15 januari").
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.contributions import OpenDeadline, TimelineEntry
from dossierwijs.core.meetings.agreements import dated_agreements
from dossierwijs.dossier import api as dossier_api

from .models import Meeting, OwnReport

# Agreements whose date passed this long ago leave Termijnen (they stay in the report).
AGREEMENT_GRACE_DAYS = 14


def report_deadlines(vault) -> list[OpenDeadline]:
    """Sent reports without a reaction and not yet counted as correct."""
    found: list[OpenDeadline] = []
    if vault is None:  # no vault, no reports (and no database query)
        return found
    reports = OwnReport.objects.filter(
        vault=vault,
        sent_on__isnull=False,
        reaction_on__isnull=True,
        considered_correct_on__isnull=True,
    ).select_related("meeting")
    for report in reports:
        clause = report.clause()
        found.append(
            OpenDeadline(
                title=_("Reactie op uw gespreksverslag: %(title)s")
                % {"title": report.meeting.title},
                due=clause.due,
                url=reverse("meetings:detail", args=[report.meeting.pk]),
                next_step=_("Geen reactie tot en met deze dag? Dan geldt het verslag als juist."),
                kind="gespreksverslag",
                key=f"gespreksverslag:{report.pk}",
            )
        )
    return sorted(found, key=lambda d: d.due)


def agreement_deadlines(vault) -> list[OpenDeadline]:
    """Agreements with a date, from two weeks ago on."""
    today = timezone.localdate()
    found: list[OpenDeadline] = []
    if vault is None:  # no vault, no agreements (and no database query)
        return found
    for report in OwnReport.objects.filter(vault=vault).select_related("meeting"):
        url = reverse("meetings:detail", args=[report.meeting.pk])
        for number, agreement in enumerate(
            dated_agreements(report.agreements, report.meeting.held_on)
        ):
            if (today - agreement.due).days > AGREEMENT_GRACE_DAYS:
                continue
            found.append(
                OpenDeadline(
                    title=_("Afspraak: %(text)s") % {"text": agreement.text},
                    due=agreement.due,
                    url=url,
                    next_step=_("Is het gebeurd? Zo niet, vraag ernaar en noem het gesprek."),
                    kind="afspraak",
                    key=f"afspraak:{report.pk}:{number}",
                )
            )
    return sorted(found, key=lambda d: d.due)


def timeline(vault) -> list[TimelineEntry]:
    """Each meeting, and the day the own report went out."""
    entries: list[TimelineEntry] = []
    if vault is None:  # asked without a vault (a check of the contract): nothing to show
        return entries
    for meeting in Meeting.objects.filter(vault=vault).select_related("own_report"):
        url = reverse("meetings:detail", args=[meeting.pk])
        entries.append(
            TimelineEntry(
                meeting.held_on, _("Gesprek: %(t)s") % {"t": meeting.title}, url, "gesprek"
            )
        )
        if meeting.own_report.sent_on:
            entries.append(
                TimelineEntry(
                    meeting.own_report.sent_on,
                    _("Eigen verslag verstuurd: %(t)s") % {"t": meeting.title},
                    url,
                    "gesprek",
                )
            )
    return entries


def export_meetings(vault, options) -> list[tuple[str, bytes]]:
    """For "Alles downloaden": each own report as the PDF the school gets; recordings only when
    ticked. No .txt beside it: the PDF holds real text, and records.json has every field."""
    # start-up weight: PDF rendering (fpdf, 0.5 s) only for an export; Termijnen and the home
    # page import this module for its deadlines.
    from dossierwijs.core.meetings.sending import report_pdf

    files = []
    for meeting in Meeting.objects.filter(vault=vault).select_related("own_report"):
        folder = f"gesprekken/{meeting.held_on.isoformat()} {meeting.title}"
        pdf = report_pdf(meeting.title, meeting.own_report.as_text(), held_on=meeting.held_on)
        files.append((f"{folder}/eigen-verslag.pdf", pdf))
        if "opnames" in options:
            for number, recording in enumerate(meeting.recordings.all(), start=1):
                files.append(
                    (
                        f"{folder}/opname-{number}-{recording.filename}",
                        dossier_api.read_working_file(recording.file_id),
                    )
                )
    return files
