"""What other pages show of sharing: "Wie heeft dit document", and keep-until dates passing."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.contributions import OpenDeadline

from .models import HoldingStatus, SharedItem


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
