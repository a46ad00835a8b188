"""The home page: the child, and the sections of the vault."""

from __future__ import annotations

from collections.abc import Callable

from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from ..permissions import member_required
from ..roles import Capability

# Each section names the URL that a later part of dossierwijs provides; until
# that part exists, the card says honestly what it will do.
SECTIONS = [
    (
        "dossier",
        _("Dossier"),
        "dossier:list",
        _("Alle verslagen, brieven en e-mails over uw kind op één plek, versleuteld."),
    ),
    (
        "delen",
        _("Delen"),
        "sharing:ledger",
        _("Deel alleen wat nodig is, voor een duidelijk doel, en zie wie wat heeft."),
    ),
    (
        "toestemmingen",
        _("Toestemmingen"),
        "consent:list",
        _("Geef toestemming per uitwisseling, en controleer formulieren van school."),
    ),
    (
        "gesprekken",
        _("Gesprekken"),
        "meetings:list",
        _("Bereid gesprekken voor en leg zelf vast wat er is afgesproken."),
    ),
    (
        "brieven",
        _("Brieven & verzoeken"),
        "letters:list",
        _("Vraag inzage, correctie of verwijdering, en houd de termijn bij."),
    ),
    (
        "termijnen",
        _("Termijnen"),
        "knowledge:deadlines",
        _("Wanneer moet school antwoorden? dossierwijs rekent het uit."),
    ),
    (
        "kennis",
        _("Kennis"),
        "knowledge:index",
        _("Wat mag school delen, en wat zijn uw rechten? Uitgelegd met de bron erbij."),
    ),
]


# A section's app may add one line about what is in it ("12 documenten").
_summaries: dict[str, Callable[[object], str | None]] = {}


def register_section_summary(key: str, summary: Callable[[object], str | None]) -> None:
    _summaries[key] = summary


def _section_cards(vault):
    cards = []
    for key, title, url_name, description in SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            url = None
        summary = _summaries[key](vault) if url and key in _summaries else None
        cards.append(
            {"key": key, "title": title, "url": url, "description": description, "summary": summary}
        )
    return cards


@member_required
def home(request):
    member = request.member
    if not member.can(Capability.VIEW_VAULT):
        return render(request, "vault/home_buddy.html", {})
    return render(request, "vault/home.html", {"sections": _section_cards(request.vault)})
