"""What the consent register knows about one organisation, for other apps' pages (contract hook)."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.contributions import OrganisationFact

from .models import Consent, Status


def organisation_facts(vault, organisation) -> list[OrganisationFact]:
    """Each current consent naming the organisation, or one fact saying there is none.

    Kinds: ``toestemming`` (a current consent) and ``geen_toestemming`` (none in the register).
    """
    today = timezone.localdate()
    consents = Consent.objects.filter(vault=vault, status=Status.GEGEVEN).filter(
        Q(from_organisation=organisation) | Q(to_organisation=organisation)
    )
    facts = []
    for consent in consents:
        if not consent.is_current(today):
            continue
        if consent.valid_until:
            text = _("toestemming geldig tot en met %(date)s: %(purpose)s") % {
                "date": consent.valid_until.strftime("%d-%m-%Y"),
                "purpose": consent.purpose,
            }
        else:
            text = _("toestemming zonder einddatum: %(purpose)s") % {"purpose": consent.purpose}
        facts.append(
            OrganisationFact(
                kind="toestemming", text=text, url=reverse("consent:detail", args=[consent.pk])
            )
        )
    if not facts:
        facts.append(
            OrganisationFact(
                kind="geen_toestemming",
                text=_("geen geldige toestemming in het register"),
                url=reverse("consent:list"),
            )
        )
    return facts
