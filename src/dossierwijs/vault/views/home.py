"""The home page: the child, and the sections of the vault."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse

from dossierwijs import contributions

from ..permissions import member_required
from ..roles import Capability

def _section_cards(vault):
    """The cards the apps declare (``home_cards``), each with its line of what is in it."""
    return [
        {
            "key": card.key,
            "title": card.title,
            "url": reverse(card.url_name),
            "description": card.description,
            "summary": summary(vault) if summary else None,
        }
        for card, summary in contributions.home_cards()
    ]


@member_required
def home(request):
    member = request.member
    if not member.can(Capability.VIEW_VAULT):
        return render(request, "vault/home_buddy.html", {})
    return render(request, "vault/home.html", {"sections": _section_cards(request.vault)})
