"""What the consent register tells other apps' pages (contract hooks): what it knows about one
organisation, and what the Logboek calls a consent or a form check.

The Logboek's names live here, not in ``presenting.py``: that module loads the consent checker
(0.3 s), which the Logboek has no need of.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from dossierwijs.contributions import OrganisationFact, labels_or_deleted

from .deadlines import _about
from .models import Consent, FormCheck, Status


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


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """A consent by whom it was given to and what for; a form check by the form's name."""
    if object_type == "consent":
        rows = Consent.objects.filter(vault=vault, pk__in=ids).select_related(
            "from_organisation", "to_organisation"
        )
        found = {
            str(c.pk): _("Toestemming %(about)s: %(purpose)s")
            % {"about": _about(c), "purpose": Truncator(c.purpose).chars(80)}
            for c in rows
        }
        return labels_or_deleted(ids, found, _("Toestemming (verwijderd)"))
    if object_type == "formcheck":
        found = FormCheck.objects.filter(vault=vault, pk__in=ids).values_list("pk", "title")
        return labels_or_deleted(
            ids,
            {str(pk): _("Formuliercontrole: %(form)s") % {"form": title} for pk, title in found},
            _("Formuliercontrole (verwijderd)"),
        )
    return {}
