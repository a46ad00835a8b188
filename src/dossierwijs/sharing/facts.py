"""What the sharing ledger knows about one organisation, for other apps' pages (contract hook)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from dossierwijs.contributions import OrganisationFact

from .models import HoldingStatus, SharedItem


def organisation_facts(vault, organisation) -> list[OrganisationFact]:
    """One fact per document the organisation still has (or wants to keep), oldest share first."""
    items = (
        SharedItem.objects.filter(
            vault=vault,
            share__organisation=organisation,
            status__in=(HoldingStatus.HOLDS, HoldingStatus.KEPT),
        )
        .select_related("share")
        .order_by("share__shared_on", "title")
    )
    return [
        OrganisationFact(
            kind="heeft",
            text=_("heeft: %(title)s sinds %(date)s")
            % {"title": item.title, "date": item.share.shared_on.strftime("%d-%m-%Y")},
            url=reverse("sharing:detail", args=[item.share_id]),
        )
        for item in items
    ]
