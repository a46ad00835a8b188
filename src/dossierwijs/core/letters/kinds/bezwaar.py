"""Bezwaar: object to a use of the child's data because of the family's particular situation.

AVG art. 21 lid 1 (objection against processing on art. 6(1)(e) or (f), the usual
basis of a school being its public task; processing stops unless the controller shows
compelling legitimate grounds), art. 18 lid 1 d (restriction while it is assessed),
art. 12 lid 3 (one month).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Letter, LetterContext, Paragraph, Writer
from .base import (
    ONE_MONTH,
    WHO_ASKS,
    EssentialFact,
    build_letter,
    check_input,
    data_of,
    label,
    one_month_term,
    pick,
    require_rights_writer,
    rights_ending,
    we,
    who_asks,
)

KIND = "bezwaar"
LABEL = "Bezwaar tegen gebruik van gegevens (artikel 21 AVG)"
DESCRIPTION = "Maak bezwaar tegen een bepaald gebruik van de gegevens van uw kind."
RIGHTS_REQUEST = True


@dataclass(frozen=True)
class BezwaarInput:
    processing: str = field(
        metadata=label(
            "Tegen welk gebruik maakt u bezwaar",
            help="Bijvoorbeeld: het delen van het OPP met de jeugdarts.",
        )
    )
    situation: str = field(
        metadata=label(
            "Wat is er bijzonder aan uw situatie",
            help="De wet vraagt om redenen die met uw eigen situatie te maken hebben.",
            widget="text",
        )
    )


ESSENTIAL_FACTS = (
    EssentialFact(
        "artikel_21", "Het recht van bezwaar (artikel 21 AVG)", phrases=("artikel 21 lid 1 AVG",)
    ),
    EssentialFact(
        "welk_gebruik", "Tegen welk gebruik", dynamic=lambda d, ctx: (d.processing.strip(),)
    ),
    EssentialFact(
        "situatie", "De bijzondere situatie", dynamic=lambda d, ctx: (d.situation.strip(),)
    ),
    EssentialFact(
        "stoppen",
        "Stoppen, tenzij dwingende gerechtvaardigde gronden",
        phrases=("dwingende gerechtvaardigde gronden",),
    ),
    ONE_MONTH,
    WHO_ASKS,
)


def compose(data: BezwaarInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the objection in ``tone``."""
    check_input(data)
    require_rights_writer(ctx)
    opening = pick(
        tone,
        vriendelijk=we(ctx, "Wij maken", "Ik maak")
        + f" bezwaar tegen het volgende gebruik van {data_of(ctx)} "
        "(artikel 21 lid 1 AVG):",
        zakelijk=we(ctx, "Hierbij maken wij", "Hierbij maak ik")
        + f" op grond van artikel 21 lid 1 AVG bezwaar tegen het volgende gebruik van "
        f"{data_of(ctx)}:",
        stellig="Op grond van artikel 21 lid 1 AVG "
        + we(ctx, "maken wij", "maak ik")
        + f" uitdrukkelijk bezwaar tegen het volgende gebruik van {data_of(ctx)}:",
    )
    stop = (
        "Na dit bezwaar mag u de gegevens hiervoor niet meer gebruiken, tenzij u dwingende "
        "gerechtvaardigde gronden aantoont die zwaarder wegen dan "
        + (
            "mijn belangen, rechten en vrijheden"
            if ctx.writer is Writer.JONGERE
            else f"de belangen, rechten en vrijheden van {ctx.child.first_name}"
        )
        + ", of die nodig zijn voor een rechtszaak (artikel 21 lid 1 AVG). Zolang u het "
        "bezwaar beoordeelt, "
        + we(ctx, "vragen wij", "vraag ik")
        + " u het gebruik te beperken (artikel 18 lid 1 onder d AVG)."
    )
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Bezwaar tegen gebruik van gegevens over {ctx.child.name} (artikel 21 AVG)",
        paragraphs=[
            Paragraph(who_asks(ctx)),
            Paragraph(opening, (data.processing.strip(),)),
            Paragraph(
                pick(
                    tone, "Dit is waarom:", "Reden, gelet op onze bijzondere situatie:", "De reden:"
                )
                if ctx.plural
                else pick(
                    tone, "Dit is waarom:", "Reden, gelet op mijn bijzondere situatie:", "De reden:"
                ),
                (data.situation.strip(),),
            ),
            Paragraph(stop),
            Paragraph(one_month_term(ctx, tone)),
            Paragraph(rights_ending(ctx, tone, "u met het gebruik bent gestopt")),
        ],
    )
