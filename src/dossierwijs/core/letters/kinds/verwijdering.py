"""Verwijdering: erase documents or data the organisation no longer may keep.

AVG art. 17 lid 1 (grounds a-d), lid 3 (exceptions, e.g. a legal obligation),
art. 19 (tell every recipient), art. 12 lid 3 (one month).
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

KIND = "verwijdering"
LABEL = "Verwijdering (artikel 17 AVG)"
DESCRIPTION = "Vraag om documenten of gegevens te verwijderen die niet (meer) bewaard mogen worden."
RIGHTS_REQUEST = True

# AVG art. 17 lid 1: the ground, in plain Dutch, with its sub-paragraph.
GROUNDS: dict[str, tuple[str, str]] = {
    "niet_meer_nodig": (
        "De gegevens zijn niet meer nodig voor het doel waarvoor u ze hebt verzameld",
        "artikel 17 lid 1 onder a AVG",
    ),
    "bewaartermijn": (
        "De bewaartermijn is voorbij, dus de gegevens zijn niet meer nodig",
        "artikel 17 lid 1 onder a AVG",
    ),
    "toestemming_ingetrokken": (
        "De toestemming is ingetrokken en er is geen andere grondslag om de gegevens te gebruiken",
        "artikel 17 lid 1 onder b AVG",
    ),
    "bezwaar": (
        "Er is bezwaar gemaakt tegen het gebruik en er zijn geen zwaarder wegende redenen om "
        "door te gaan",
        "artikel 17 lid 1 onder c AVG",
    ),
    "onrechtmatig": ("De gegevens worden onrechtmatig verwerkt", "artikel 17 lid 1 onder d AVG"),
}
CHOICES = {"ground": tuple((k, v[0]) for k, v in GROUNDS.items())}


@dataclass(frozen=True)
class VerwijderingInput:
    items: tuple[str, ...] = field(
        metadata=label("Welke documenten of gegevens moeten weg", widget="lines")
    )
    ground: str = field(metadata=label("Waarom moeten ze weg", widget="choice"))
    explanation: str = field(
        default="", metadata=label("Toelichting", required=False, widget="text")
    )


def _ground(data: VerwijderingInput) -> tuple[str, str]:
    try:
        return GROUNDS[data.ground]
    except KeyError:
        raise ValueError(f"unknown ground {data.ground!r}") from None


ESSENTIAL_FACTS = (
    EssentialFact(
        "artikel_17", "Het recht op verwijdering (artikel 17 AVG)", phrases=("artikel 17",)
    ),
    EssentialFact("grond", "De reden, met het artikel", dynamic=lambda d, ctx: _ground(d)),
    EssentialFact("wat", "Welke documenten of gegevens", dynamic=lambda d, ctx: lines(d.items)),
    INFORM_RECIPIENTS,
    ONE_MONTH,
    WHO_ASKS,
)


def compose(data: VerwijderingInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the erasure request in ``tone``."""
    check_input(data)
    require_rights_writer(ctx)
    ground, article = _ground(data)
    child = about(ctx)
    opening = pick(
        tone,
        vriendelijk=we(
            ctx,
            f"Wij vragen u om de volgende documenten en gegevens over {child} te verwijderen:",
            f"Ik vraag u om de volgende documenten en gegevens over {child} te verwijderen:",
        ),
        zakelijk=we(ctx, "Hierbij verzoeken wij u", "Hierbij verzoek ik u")
        + f" de volgende documenten en gegevens over {child} te verwijderen:",
        stellig=we(ctx, "Wij eisen", "Ik eis")
        + f" dat u de volgende documenten en gegevens over {child} verwijdert:",
    )
    reason = f"{ground} ({article})."
    if data.explanation.strip():
        reason += " " + data.explanation.strip()
    reason_intro = pick(
        tone,
        "De reden is deze.",
        "De grond voor dit verzoek is deze.",
        "De wettelijke grond is duidelijk.",
    )
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Verzoek om verwijdering van gegevens over {ctx.child.name} (artikel 17 AVG)",
        paragraphs=[
            Paragraph(who_asks(ctx)),
            Paragraph(opening, lines(data.items)),
            Paragraph(f"{reason_intro} {reason}"),
            Paragraph(
                "Dit verzoek is gebaseerd op artikel 17 van de AVG. Moet u een deel van deze "
                "gegevens volgens de wet toch bewaren (artikel 17 lid 3 AVG), laat dan per "
                "document weten welke wettelijke plicht dat is en tot wanneer."
            ),
            Paragraph(inform_recipients(ctx, tone)),
            Paragraph(one_month_term(ctx, tone)),
            Paragraph(rights_ending(ctx, tone, "de gegevens zijn verwijderd")),
        ],
        guidance=[
            "Sommige gegevens moet een school een tijd bewaren, bijvoorbeeld gegevens over "
            "verzuim en in- en uitschrijving (meestal vijf jaar). Die hoeft de school niet "
            "eerder te verwijderen.",
        ],
    )
