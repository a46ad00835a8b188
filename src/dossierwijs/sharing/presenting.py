"""What other pages show of sharing: "Wie heeft dit document", keep-until dates passing, and
what the Logboek calls a share."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.contributions import OpenDeadline, labels_or_deleted
from dossierwijs.core.rules.dutch_dates import day_month

from .models import HoldingStatus, SharedItem, ShareEvent


def holders_action(document, member) -> list[dict]:
    return [
        {
            "url": reverse("sharing:holders", args=[document.pk]),
            "label": _("Wie heeft dit document"),
        }
    ]


def keep_until_deadlines(vault) -> list[OpenDeadline]:
    """Per share: the day the organisation should have deleted what it still holds.

    From a month before that day on, and after it: the parent asks for deletion (AVG art. 17).
    """
    if vault is None:
        return []
    soon = timezone.localdate() + timedelta(days=30)
    first_due: dict = {}
    for item in SharedItem.objects.filter(
        vault=vault, status=HoldingStatus.HOLDS, keep_until__lte=soon
    ).select_related("share__organisation"):
        share = item.share
        if share.pk not in first_due or item.keep_until < first_due[share.pk][1]:
            first_due[share.pk] = (share, item.keep_until)
    return [
        OpenDeadline(
            title=_("%(org)s mag de gedeelde stukken niet langer bewaren")
            % {"org": share.organisation.name},
            due=due,
            url=reverse("sharing:ask_deletion", args=[share.pk]),
            next_step=_("Vraag om verwijdering"),
            kind="bewaartermijn",
            key=f"bewaartermijn:{share.pk}",
        )
        for share, due in first_due.values()
    ]


def _share_label(share: ShareEvent) -> str:
    on = day_month(share.shared_on, year=True)
    if share.from_organisation is not None:  # recorded: one organisation passed it on
        return _("Doorgegeven door %(from)s aan %(to)s (%(date)s)") % {
            "from": share.from_organisation.name,
            "to": share.organisation.name,
            "date": on,
        }
    return _("Gedeeld met %(to)s (%(date)s)") % {"to": share.organisation.name, "date": on}


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """A share by who received it and when ("Gedeeld met Praktijk De Brug (12 maart 2026)")."""
    if object_type != "shareevent":
        return {}
    rows = ShareEvent.objects.filter(vault=vault, pk__in=ids).select_related(
        "organisation", "from_organisation"
    )
    found = {str(share.pk): _share_label(share) for share in rows}
    return labels_or_deleted(ids, found, _("Gedeelde stukken (verwijderd)"))
