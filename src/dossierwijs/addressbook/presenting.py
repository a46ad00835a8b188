"""What other pages show of the address book: the Logboek's name for an organisation."""

from __future__ import annotations

from django.utils.translation import gettext as _

from dossierwijs.contributions import labels_or_deleted

from .models import Organisation


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """An organisation by its name as it is now in the address book."""
    if object_type != "organisation":
        return {}
    found = Organisation.objects.filter(vault=vault, pk__in=ids).values_list("pk", "name")
    return labels_or_deleted(
        ids, {str(pk): name for pk, name in found}, _("Organisatie (verwijderd)")
    )
