"""Kennis: the do's and don'ts, each with its rule, its sources and when they were checked.

No family data on these pages: every member of the vault may read them, a meelezer too.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from dossierwijs.core.knowledge import BY_SLUG, ITEMS
from dossierwijs.core.knowledge.glossary import GLOSSARY
from dossierwijs.vault.permissions import member_required

from ..presenting import confidence_view, item_view, source_views, tool_for_rule


@member_required
def index(request):
    views = [item_view(item) for item in ITEMS]
    return render(
        request,
        "knowledge/index.html",
        {
            "do_items": [v for v in views if v["kind"] == "doe"],
            "dont_items": [v for v in views if v["kind"] == "niet"],
        },
    )


@member_required
def item(request, slug: str):
    found = BY_SLUG.get(slug)
    if found is None:
        raise Http404()
    related = [
        item_view(other) for other in ITEMS if other.slug != slug and other.rule == found.rule
    ]
    return render(
        request,
        "knowledge/item.html",
        {"item": item_view(found), "tool": tool_for_rule(found.rule), "related": related},
    )


@member_required
def glossary(request):
    terms = [
        {
            "slug": term.slug,
            "word": term.word,
            "text": term.text,
            "confidence": confidence_view(term.confidence),
            "sources": source_views(term.source_ids),
        }
        for term in GLOSSARY
    ]
    return render(request, "knowledge/glossary.html", {"terms": terms})
