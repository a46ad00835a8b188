"""Beperking: the organisation may only store the data, not use it, for a while.

AVG art. 18 lid 1 (grounds a-d), lid 2 (only storage while restricted), lid 3 (notice
before lifting), art. 19 (tell every recipient), art. 12 lid 3 (one month).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Letter, LetterContext, Paragraph
from .base import (
    INFORM_RECIPIENTS,
    ONE_MONTH,
    WHO_ASKS,
    EssentialFact,
    about,
    build_letter,
    check_input,
    inform_recipients,
    label,
    lines,
    one_month_term,
    pick,
    require_rights_writer,
    rights_ending,
    we,
    who_asks,
)

KIND = "beperking"
LABEL = "Beperking van de verwerking (artikel 18 AVG)"
DESCRIPTION = "Vraag dat gegevens tijdelijk alleen bewaard en niet gebruikt worden."
RIGHTS_REQUEST = True

GROUNDS: dict[str, tuple[str, str]] = {
    "juistheid_betwist": (
        "De juistheid van de gegevens wordt betwist; de beperking geldt zolang u dat controleert",
        "artikel 18 lid 1 onder a AVG",
    ),
    "onrechtmatig": (
        "De verwerking is onrechtmatig, maar verwijderen is nu niet gewenst",
        "artikel 18 lid 1 onder b AVG",
    ),
    "rechtsvordering": (
        "De gegevens zijn nodig om een recht te kunnen onderbouwen of verdedigen",
        "artikel 18 lid 1 onder c AVG",
    ),
    "bezwaar_loopt": (
        "Er loopt een bezwaar tegen de verwerking; de beperking geldt zolang u dat beoordeelt",
        "artikel 18 lid 1 onder d AVG",
    ),
}
CHOICES = {"ground": tuple((k, v[0]) for k, v in GROUNDS.items())}


@dataclass(frozen=True)
class BeperkingInput:
    items: tuple[str, ...] = field(metadata=label("Om welke gegevens gaat het", widget="lines"))
    ground: str = field(metadata=label("Waarom", widget="choice"))
    explanation: str = field(
        default="", metadata=label("Toelichting", required=False, widget="text")
    )


def _ground(data: BeperkingInput) -> tuple[str, str]:
    try:
        return GROUNDS[data.ground]
    except KeyError:
        raise ValueError(f"unknown ground {data.ground!r}") from None


ESSENTIAL_FACTS = (
    EssentialFact("artikel_18", "Het recht op beperking (artikel 18 AVG)", phrases=("artikel 18",)),
    EssentialFact("grond", "De reden, met het artikel", dynamic=lambda d, ctx: _ground(d)),
    EssentialFact("wat", "Om welke gegevens het gaat", dynamic=lambda d, ctx: lines(d.items)),
    EssentialFact(
        "alleen_bewaren",
        "Alleen bewaren, niet gebruiken (artikel 18 lid 2)",
        phrases=("alleen nog bewaart", "artikel 18 lid 2"),
    ),
    EssentialFact(
        "vooraf_melden",
        "Vooraf melden als de beperking wordt opgeheven (artikel 18 lid 3)",
        phrases=("artikel 18 lid 3",),
    ),
    INFORM_RECIPIENTS,
    ONE_MONTH,
    WHO_ASKS,
)


def compose(data: BeperkingInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the restriction request in ``tone``."""
    check_input(data)
    require_rights_writer(ctx)
    ground, article = _ground(data)
    opening = pick(
        tone,
        vriendelijk=we(ctx, "Wij vragen u", "Ik vraag u")
        + f" om het gebruik van de volgende gegevens over {about(ctx)} tijdelijk te beperken "
        "(artikel 18 AVG):",
        zakelijk=we(ctx, "Hierbij verzoeken wij u", "Hierbij verzoek ik u")
        + f" op grond van artikel 18 AVG de verwerking van de volgende gegevens over {about(ctx)} "
        "te beperken:",
        stellig="Op grond van artikel 18 AVG "
        + we(ctx, "eisen wij", "eis ik")
        + f" dat u de verwerking van de volgende gegevens over {about(ctx)} beperkt:",
    )
    reason = f"{ground} ({article})."
    if data.explanation.strip():
        reason += " " + data.explanation.strip()
    meaning = (
        "Dat betekent dat u deze gegevens alleen nog bewaart. Anders gebruiken mag alleen met "
        + we(ctx, "onze", "mijn")
        + " toestemming, voor een rechtszaak, om de rechten van een ander te beschermen, of "
        "om gewichtige redenen van algemeen belang (artikel 18 lid 2 AVG). Voordat u de "
        "beperking opheft, laat u " + we(ctx, "ons", "mij") + " dat eerst weten (artikel 18 "
        "lid 3 AVG)."
    )
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Verzoek om beperking van de verwerking van gegevens over {ctx.child.name} "
        "(artikel 18 AVG)",
        paragraphs=[
            Paragraph(who_asks(ctx)),
            Paragraph(opening, lines(data.items)),
            Paragraph(
                pick(
                    tone,
                    "De reden is deze.",
                    "De grond voor dit verzoek is deze.",
                    "De wettelijke grond is deze.",
                )
                + " "
                + reason
            ),
            Paragraph(meaning),
            Paragraph(inform_recipients(ctx, tone)),
            Paragraph(one_month_term(ctx, tone)),
            Paragraph(rights_ending(ctx, tone, "de beperking is ingesteld")),
        ],
    )
