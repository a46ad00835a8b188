"""What other pages show of letters: the Logboek's name for a letter."""

from __future__ import annotations

from django.utils.translation import gettext as _

from dossierwijs.contributions import labels_or_deleted

from .models import Letter


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """A letter by its title ("Inzageverzoek aan OSG De Klimop – 12 maart 2026 (zakelijk)")."""
    if object_type != "letter":
        return {}
    found = Letter.objects.filter(vault=vault, pk__in=ids).values_list("pk", "title")
    return labels_or_deleted(ids, {str(pk): title for pk, title in found}, _("Brief (verwijderd)"))
