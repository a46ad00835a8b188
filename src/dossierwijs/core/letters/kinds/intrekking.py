"""Intrekking toestemming: withdraw a consent, from today.

AVG art. 7 lid 3 (withdraw at any time; as easy as giving; earlier processing stays
lawful), art. 17 lid 1 b (erasure when consent was the only basis), art. 19.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Letter, LetterContext, Paragraph, Writer, dutch_date
from .base import (
    WHO_ASKS,
    EssentialFact,
    about,
    build_letter,
    check_input,
    data_of,
    label,
    pick,
    we,
    who_asks,
)

KIND = "intrekking"
LABEL = "Intrekking van toestemming (artikel 7 lid 3 AVG)"
DESCRIPTION = "Trek een toestemming in die u eerder gaf. Dat kan altijd."
RIGHTS_REQUEST = True


@dataclass(frozen=True)
class IntrekkingInput:
    consent_for: str = field(
        metadata=label(
            "Waarvoor gaf u toestemming",
            help="Bijvoorbeeld: het uitwisselen van het OPP met de jeugdarts.",
        )
    )
    given_on: date | None = field(
        default=None, metadata=label("Wanneer gaf u die toestemming", required=False)
    )
    ask_erasure: bool = field(
        default=True,
        metadata=label("Ook vragen om de gegevens te verwijderen", required=False),
    )


ESSENTIAL_FACTS = (
    EssentialFact(
        "artikel_7_3",
        "Intrekken kan altijd (artikel 7 lid 3 AVG)",
        phrases=("artikel 7 lid 3 AVG",),
    ),
    EssentialFact("waarvoor", "Welke toestemming", dynamic=lambda d, ctx: (d.consent_for.strip(),)),
    EssentialFact(
        "vanaf",
        "Vanaf welke datum",
        dynamic=lambda d, ctx: (f"met ingang van {dutch_date(ctx.date)}",),
    ),
    EssentialFact(
        "geen_nadeel",
        "Intrekken mag geen nadelige gevolgen hebben",
        phrases=("geen nadelige gevolgen",),
    ),
    WHO_ASKS,
)


def compose(data: IntrekkingInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the withdrawal in ``tone``."""
    check_input(data)
    given = f", gegeven op {dutch_date(data.given_on)}," if data.given_on else ""
    opening = pick(
        tone,
        vriendelijk=we(ctx, "Wij trekken", "Ik trek")
        + f" de toestemming{given} voor het volgende in, met ingang van {dutch_date(ctx.date)}:",
        zakelijk=we(ctx, "Hierbij trekken wij", "Hierbij trek ik")
        + f" de toestemming{given} voor het volgende in, met ingang van {dutch_date(ctx.date)}:",
        stellig=we(ctx, "Wij trekken", "Ik trek")
        + f" de toestemming{given} voor het volgende uitdrukkelijk in, met ingang van "
        f"{dutch_date(ctx.date)}:",
    )
    harmed = (
        "mij" if ctx.writer is Writer.JONGERE else f"{about(ctx)} en voor " + we(ctx, "ons", "mij")
    )
    meaning = (
        "Toestemming kan altijd worden ingetrokken (artikel 7 lid 3 AVG). Vanaf nu mag u "
        f"{data_of(ctx)} hiervoor niet meer gebruiken of delen. Het intrekken mag voor "
        f"{harmed} geen nadelige gevolgen hebben."
    )
    paragraphs = [
        Paragraph(who_asks(ctx)),
        Paragraph(opening, (data.consent_for.strip(),)),
        Paragraph(meaning),
    ]
    if data.ask_erasure:
        paragraphs.append(
            Paragraph(
                we(ctx, "Wij vragen u", "Ik vraag u")
                + " ook de gegevens die u met deze toestemming kreeg of deelde te verwijderen "
                "(artikel 17 lid 1 onder b AVG), en iedereen aan wie u ze gaf daarvan op de "
                "hoogte te brengen (artikel 19 AVG)."
            )
        )
    ending = pick(
        tone,
        vriendelijk=we(ctx, "Wilt u ons laten weten", "Wilt u mij laten weten")
        + " wanneer u de intrekking hebt verwerkt? Alvast bedankt.",
        zakelijk=we(ctx, "Wij ontvangen graag", "Ik ontvang graag")
        + " een schriftelijke bevestiging zodra u de intrekking hebt verwerkt.",
        stellig="Bevestig schriftelijk dat u de intrekking hebt verwerkt en dat u de gegevens "
        "hiervoor niet meer gebruikt.",
    )
    paragraphs.append(Paragraph(ending))
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Intrekking van toestemming voor gegevens van {ctx.child.name}",
        paragraphs=paragraphs,
        guidance=[
            "Wat de organisatie vóór vandaag met uw toestemming deed, blijft geldig. Vanaf "
            "vandaag mag het niet meer.",
        ],
    )
