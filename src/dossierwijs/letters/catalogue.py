"""The letter kinds as parents choose them: name, what it is for, and the law behind it."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from dossierwijs.core import letters as engine
from dossierwijs.core.knowledge import BY_SLUG

# Where each letter's right or rule comes from, in plain words. The rules themselves
# live in the letter engine and the rules core; this is only the citation shown.
LEGAL_SOURCE = {
    "inzage": _(
        "Artikel 15 AVG (inzage en een kopie); antwoord binnen één maand, artikel 12 lid 3 AVG"
    ),
    "correctie": _(
        "Artikel 16 AVG (correctie en aanvulling) en artikel 19 AVG (ontvangers informeren)"
    ),
    "verwijdering": _("Artikel 17 AVG (verwijdering) en artikel 19 AVG (ontvangers informeren)"),
    "beperking": _("Artikel 18 AVG (beperking van de verwerking)"),
    "bezwaar": _("Artikel 21 AVG (bezwaar)"),
    "herinnering": _("Artikel 12 lid 3 en 4 AVG (de termijn om te antwoorden)"),
    "klacht_ap": _("Artikel 77 AVG (klacht bij de Autoriteit Persoonsgegevens)"),
    "intrekking": _("Artikel 7 lid 3 AVG (toestemming intrekken kan altijd)"),
    "verkort_verslag": _("Artikel 7:457 Burgerlijk Wetboek (beroepsgeheim van de zorgverlener)"),
    "aanbieding": _("Artikel 5 lid 1 onder b en c AVG (een duidelijk doel, niet meer dan nodig)"),
    "mentor_update": _("Geen wettelijke plicht: u deelt zelf wat helpt"),
    "geen_toestemming": _(
        "Artikel 4 punt 11 en artikel 7 AVG (toestemming moet vrij en specifiek zijn)"
    ),
    "machtiging": _(
        "Artikel 5 UAVG (vanaf 16 jaar beslist uw kind zelf over zijn of haar gegevens)"
    ),
    "informatie": _("Artikel 1:377c Burgerlijk Wetboek (informatie voor een ouder zonder gezag)"),
    "verslag_reactie": _("Artikel 16 AVG (een onjuist verslag laten verbeteren of aanvullen)"),
    "gesprek_voorbereiding": _(
        "Geen wettelijke plicht: u vraagt vooraf waarvoor het gesprek is en wie er komen"
    ),
}


# The Kennis page that explains the rule behind a letter ("Waarom?").
KNOWLEDGE = {
    "inzage": "inzage-schriftelijk-met-kopie",
    "correctie": "fout-laten-verbeteren",
    "verwijdering": "verwijderen-na-vertrek",
    "herinnering": "termijn-een-maand",
    "klacht_ap": "eerst-school-dan-ap",
    "intrekking": "toestemming-intrekken",
    "verkort_verslag": "verslag-zorgverlener-eerst-lezen",
    "geen_toestemming": "toestemming-per-doel",
    "aanbieding": "toestemming-per-doel",
    "informatie": "ouder-zonder-gezag-informatie",
    "verslag_reactie": "fout-laten-verbeteren",
}


@dataclass(frozen=True)
class KindInfo:
    key: str
    label: str
    description: str
    source: str
    knowledge: str  # a Kennis slug, or ""


def _knowledge_slug(key: str) -> str:
    slug = KNOWLEDGE.get(key, "")
    return slug if slug in BY_SLUG else ""


def kind_info(key: str) -> KindInfo:
    kind = engine.get_kind(key)
    return KindInfo(
        key, kind.label, kind.description, str(LEGAL_SOURCE.get(key, "")), _knowledge_slug(key)
    )


def choosable_kinds() -> list[KindInfo]:
    return [kind_info(key) for key in engine.KINDS]
