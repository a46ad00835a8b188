"""Consents on Termijnen and the home page: ending within 30 days, ended, or whose trajectory
ended; and, in a new vault, checking a consent form as a first step."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.contributions import OpenDeadline, TodoItem
from dossierwijs.dossier.models import Document

from .models import ENDS_SOON_DAYS, Consent, Status


def _about(consent: Consent) -> str:
    """What follows "Uw toestemming": "aan De Klimop", or "voor het delen van … met …"."""
    if consent.to_organisation is None:
        return _("aan %(org)s") % {"org": consent.from_organisation}
    return _("voor het delen van %(from)s met %(to)s") % {
        "from": consent.from_organisation,
        "to": consent.to_organisation,
    }


def consent_deadlines(vault) -> list[OpenDeadline]:
    """One entry per consent that needs the parent's attention; ``vault``'s own only."""
    if vault is None:  # no vault, no consents (and no database query)
        return []
    today = timezone.localdate()
    found: list[OpenDeadline] = []
    consents = Consent.objects.filter(vault=vault, status=Status.GEGEVEN).select_related(
        "from_organisation", "to_organisation"
    )
    for consent in consents:
        url = reverse("consent:detail", args=[consent.pk])
        who = _about(consent)
        if consent.trajectory_ended:
            found.append(
                OpenDeadline(
                    title=_("Het traject is afgelopen: uw toestemming %(who)s geldt niet meer")
                    % {"who": who},
                    due=consent.trajectory_ended_on or today,
                    url=url,
                    next_step=_(
                        "Vraag zo nodig om verwijdering van de gegevens, en sluit de toestemming af"
                    ),
                    kind="toestemming",
                    key=f"toestemming:{consent.pk}",
                )
            )
            continue
        if consent.valid_until is None:
            continue
        days = (consent.valid_until - today).days
        if days < 0:
            title = _("Uw toestemming %(who)s is verlopen") % {"who": who}
            step = _(
                "Er mag niets meer mee gedeeld worden. Sluit de toestemming af, of geef nieuwe "
                "toestemming als het nog nodig is"
            )
        elif days <= ENDS_SOON_DAYS:
            title = _("Uw toestemming %(who)s loopt af") % {"who": who}
            step = _("Laat haar aflopen, of geef nieuwe toestemming als het nog nodig is")
        else:
            continue
        found.append(
            OpenDeadline(
                title=title,
                due=consent.valid_until,
                url=url,
                next_step=step,
                kind="toestemming",
                key=f"toestemming:{consent.pk}",
            )
        )
    return found


def first_steps(vault, member) -> list[TodoItem]:
    """For a new vault: a consent form from school is often the first thing to check."""
    if (
        Consent.objects.filter(vault=vault).exists()
        or Document.objects.filter(vault=vault).exists()
    ):
        return []
    return [
        TodoItem(
            title=_("Laat een toestemmingsformulier van school controleren"),
            url=reverse("consent:check"),
            kind="begin",
            rank=30,
            detail=_("Voordat u tekent: dossierwijs zegt of het formulier geldig is, en waarom."),
        )
    ]
