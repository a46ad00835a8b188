"""What the dossier's pages and other apps' cards show about documents."""

from __future__ import annotations

from django.utils.translation import ngettext

from dossierwijs import contributions

from .models import Document


def document_actions(document, member) -> list[dict]:
    """The buttons other apps declare for a document's page (``[{"url", "label"}]``)."""
    found, _failed = contributions.gather("document_actions", document, member)
    return found


def home_summary(vault) -> str | None:
    """One line on the home page's Dossier card."""
    count = Document.objects.filter(vault=vault).count()
    if not count:
        return None
    return ngettext("%(n)s document", "%(n)s documenten", count) % {"n": count}
