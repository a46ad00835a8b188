"""What the dossier's pages and other apps' cards show about documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dossierwijs import contributions
from dossierwijs.contributions import TodoItem

from .models import Document, Origin


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


def unconfirmed_documents(vault, member) -> list[TodoItem]:
    """Documents just added whose suggested kind, date and sender nobody has confirmed.

    What dossierwijs wrote itself (letters) needs no check. More than two: one line.
    """
    waiting = (
        Document.objects.filter(vault=vault, metadata_confirmed=False)
        .exclude(origin=Origin.OWN)
        .order_by("created_at")
    )
    detail = _("dossierwijs heeft ze voorgesteld; klopt het, dan vindt u alles beter terug.")
    count = waiting.count()
    if count > 2:
        return [
            TodoItem(
                title=ngettext(
                    "Controleer soort, datum en afzender van %(n)s nieuw document",
                    "Controleer soort, datum en afzender van %(n)s nieuwe documenten",
                    count,
                )
                % {"n": count},
                url=reverse("dossier:detail", args=[waiting[0].pk]),
                kind="document",
                detail=detail,
            )
        ]
    return [
        TodoItem(
            title=_("Controleer soort, datum en afzender van “%(title)s”") % {"title": d.title},
            url=reverse("dossier:detail", args=[d.pk]),
            kind="document",
            detail=detail,
        )
        for d in waiting
    ]


def first_steps(vault, member) -> list[TodoItem]:
    """For a dossier with nothing in it yet: where to begin."""
    if Document.objects.filter(vault=vault).exists():
        return []
    return [
        TodoItem(
            title=_("Voeg uw eerste document toe"),
            url=reverse("dossier:upload"),
            kind="begin",
            rank=10,
            detail=_("Een verslag, een brief van school of een e-mail: alles kan."),
        )
    ]


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """The Logboek names a document by its title now (titles are never in the journal)."""
    if object_type != "document":
        return {}
    found = Document.objects.filter(vault=vault, pk__in=ids).values_list("pk", "title")
    return {str(pk): title for pk, title in found}


@dataclass(frozen=True)
class TimelineRow:
    when: date
    title: str
    url: str | None
    detail: str  # the kind of document and who made it, or what another app says it is


def timeline_rows(vault, documents) -> tuple[list[TimelineRow], bool]:
    """Documents and what other apps declare (meetings, reports sent), newest first.

    Returns the rows and whether an app failed to answer (the page then says so).
    """
    rows = [
        TimelineRow(
            d.sort_date,
            d.title,
            reverse("dossier:detail", args=[d.pk]),
            ", ".join(part for part in (d.get_doc_type_display(), d.organisation) if part),
        )
        for d in documents
    ]
    entries, failed = contributions.gather("timeline_entries", vault)
    rows += [TimelineRow(e.when, e.title, e.url, "") for e in entries]
    rows.sort(key=lambda r: (r.when, r.title), reverse=True)
    return rows, bool(failed)
