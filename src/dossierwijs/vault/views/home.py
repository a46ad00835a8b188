"""The home page: what needs doing now, then the sections of the vault."""

from __future__ import annotations

from django.shortcuts import render

from ..permissions import member_required
from ..presenting import section_cards, to_do
from ..roles import Capability


@member_required
def home(request):
    member = request.member
    if not member.can(Capability.VIEW_VAULT):
        return render(request, "vault/home_buddy.html", {})
    return render(
        request,
        "vault/home.html",
        {"todo": to_do(request.vault, member), "sections": section_cards(request.vault)},
    )
