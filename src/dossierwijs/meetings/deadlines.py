"""Sent own reports as deadlines on Termijnen: the day until which school can react."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from dossierwijs.contributions import OpenDeadline

from .models import OwnReport


def report_deadlines(vault) -> list[OpenDeadline]:
    """Sent reports without a reaction and not yet counted as correct."""
    found = []
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
                next_step=_(
                    "Geen reactie na deze dag? Dan mag u het verslag als juist beschouwen."
                ),
                kind="gespreksverslag",
                key=f"gespreksverslag:{report.pk}",
            )
        )
    return sorted(found, key=lambda d: d.due)
