"""On a document's page: ask the organisation to correct or delete it (letters prefilled)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from dossierwijs.core.letters.model import dutch_date

# Letters about one document, and the form field the document's title goes into.
ABOUT_DOCUMENT = {
    "correctie": "source",
    "verwijdering": "items",
    "beperking": "items",
}


def ask_about_document(document, member) -> list[dict]:
    """``[{"url", "label"}]`` for a document someone else wrote (not for our own letters)."""
    if document.origin == "eigen" or not member.can("edit_dossier"):
        return []
    query = urlencode({"document": str(document.pk)})
    return [
        {
            "url": f"{reverse('letters:new', args=['correctie'])}?{query}",
            "label": _("Correctie vragen"),
        },
        {
            "url": f"{reverse('letters:new', args=['verwijdering'])}?{query}",
            "label": _("Verwijdering vragen"),
        },
    ]


def prefill_from_document(kind: str, document) -> dict:
    """Form initial values for a letter about ``document``."""
    field = ABOUT_DOCUMENT.get(kind)
    if field is None:
        return {}
    described = document.title
    if document.document_date:
        described = f"{described} ({dutch_date(document.document_date)})"
    return {f"f_{field}": described}
