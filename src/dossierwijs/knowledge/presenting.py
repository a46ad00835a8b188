"""Turn rules-core results into what the templates show: plain words for confidence, hedges,
sources with their check date, and the home page's line about open deadlines.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dossierwijs.core.knowledge import BY_SLUG, confidence_label, hedge
from dossierwijs.core.knowledge.wording import checked_text
from dossierwijs.core.rules.source_kinds import SourceKind, kind_of, strongest_kind
from dossierwijs.core.rules.sources import Confidence, sources

from .deadlines import open_deadlines

HEDGED = ("I", "NV")


def confidence_view(confidence: Confidence, kind: SourceKind | None = None) -> dict:
    """The label in plain words; pass the kind of source so "Staat zo in de wet" is only said
    of a law (``strongest_kind(source_ids)`` for a conclusion resting on several)."""
    return {
        "code": confidence,
        "label": confidence_label(confidence, kind),
        "hedged": confidence in HEDGED,
    }


def source_views(source_ids) -> list[dict]:
    """Each source with its confidence in plain words and the date it was last checked."""
    return [
        {
            "citation": s.citation,
            "url": s.url,
            "confidence": confidence_view(s.confidence, kind_of(s.id)),
            "checked": checked_text(s.checked),
        }
        for s in sources(*source_ids)
    ]


def item_view(item) -> dict:
    return {
        "slug": item.slug,
        "kind": item.kind,
        "title": item.title,
        # I/NV items are never stated as law: "Meestal geldt: … Vraag het na …".
        "text": hedge(item.text, item.confidence),
        "why": hedge(item.why, item.confidence),
        "rule": item.rule.removeprefix("dossierwijs.core.rules."),
        "confidence": confidence_view(item.confidence, strongest_kind(item.source_ids)),
        "checked": checked_text(item.last_checked),
        "sources": source_views(item.source_ids),
        "url": reverse("knowledge:item", kwargs={"slug": item.slug}),
    }


def why_links(slugs) -> list[dict]:
    return [
        {"title": BY_SLUG[s].title, "url": reverse("knowledge:item", kwargs={"slug": s})}
        for s in slugs
    ]


def tool_for_rule(rule: str) -> dict | None:
    """The page where a parent can apply the rule an item rests on."""
    module = rule.removeprefix("dossierwijs.core.rules.").split(":")[0]
    if module == "deadlines":
        return {"url": reverse("knowledge:deadlines"), "label": _("Reken de termijn uit")}
    if module in ("sharing", "age"):
        return {"url": reverse("knowledge:may_share"), "label": _("Zoek het uit met Mag dit?")}
    return None


def deadlines_summary(vault) -> str | None:
    """One line on the home page's Termijnen card: how many, and the first date."""
    deadlines = open_deadlines(vault).deadlines
    if not deadlines:
        return None
    first = deadlines[0]
    return ngettext("%(n)s open termijn", "%(n)s open termijnen", len(deadlines)) % {
        "n": len(deadlines)
    } + _(", de eerste op %(date)s") % {"date": date_format(first.due, "j F Y")}
