"""Correctie of aanvulling: a wrong statement corrected, or a supplementary statement added.

AVG art. 16 (rectification; completion "including by means of a supplementary
statement"), art. 19 (tell every recipient), art. 12 lid 3 (one month).
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
    one_month_term,
    pick,
    quoted,
    require_rights_writer,
    rights_ending,
    we,
    who_asks,
)

KIND = "correctie"
LABEL = "Correctie of aanvulling (artikel 16 AVG)"
DESCRIPTION = "Vraag om een onjuist gegeven te verbeteren of een onvolledig gegeven aan te vullen."
RIGHTS_REQUEST = True
CHOICES = {
    "mode": (
        ("correctie", "Het klopt niet: verbeteren"),
        ("aanvulling", "Het is onvolledig: aanvullen"),
    )
}


@dataclass(frozen=True)
class CorrectieInput:
    statement: str = field(
        metadata=label("Welke tekst of welk gegeven klopt niet (letterlijk)", widget="text")
    )
    source: str = field(
        metadata=label(
            "Waar staat het", help="Bijvoorbeeld: logboek in Magister, notitie van 3 maart 2026."
        )
    )
    reason: str = field(metadata=label("Waarom klopt het niet of is het onvolledig", widget="text"))
    correction: str = field(metadata=label("Wat moet er staan, of wat moet erbij", widget="text"))
    mode: str = field(
        default="correctie", metadata=label("Verbeteren of aanvullen", widget="choice")
    )


ESSENTIAL_FACTS = (
    EssentialFact(
        "artikel_16", "Het recht op correctie (artikel 16 AVG)", phrases=("artikel 16 van de AVG",)
    ),
    EssentialFact(
        "welke_tekst",
        "Welke tekst het is en waar die staat",
        dynamic=lambda d, ctx: (d.statement.strip(), d.source.strip()),
    ),
    EssentialFact("waarom", "Waarom het niet klopt", dynamic=lambda d, ctx: (d.reason.strip(),)),
    EssentialFact(
        "juiste_tekst",
        "De juiste of aanvullende tekst",
        dynamic=lambda d, ctx: (d.correction.strip(),),
    ),
    INFORM_RECIPIENTS,
    ONE_MONTH,
    WHO_ASKS,
)


def compose(data: CorrectieInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the correction (or completion) request in ``tone``."""
    check_input(data)
    require_rights_writer(ctx)
    child = about(ctx)
    fix = data.mode == "aanvulling"
    verb = "aan te vullen" if fix else "te verbeteren"
    wrong = "onvolledig" if fix else "onjuist"
    opening = pick(
        tone,
        vriendelijk=we(
            ctx,
            f"In uw gegevens over {child} staat iets dat {wrong} is. Wij vragen u dit {verb}, "
            "op grond van artikel 16 van de AVG.",
            f"In uw gegevens over {child} staat iets dat {wrong} is. Ik vraag u dit {verb}, "
            "op grond van artikel 16 van de AVG.",
        ),
        zakelijk=we(ctx, "Hierbij verzoeken wij u", "Hierbij verzoek ik u")
        + f" op grond van artikel 16 van de AVG {wrong}e gegevens over {child} {verb}.",
        stellig="Op grond van artikel 16 van de AVG "
        + we(ctx, "hebben wij", "heb ik")
        + f" recht op correctie van {wrong}e gegevens. "
        + we(ctx, "Wij verzoeken u", "Ik verzoek u")
        + f" daarom de volgende gegevens over {child} {verb}.",
    )
    what = Paragraph(f"Het gaat om deze tekst ({data.source.strip()}):", (quoted(data.statement),))
    why = Paragraph(
        pick(
            tone,
            "Waarom dit niet klopt:",
            "Reden van het verzoek:",
            "Dit is onjuist. De reden:",
        )
        if not fix
        else pick(
            tone, "Wat er ontbreekt:", "Reden van het verzoek:", "Dit is onvolledig. De reden:"
        ),
        (data.reason.strip(),),
    )
    new = Paragraph(
        we(ctx, "Wij vragen u", "Ik vraag u")
        + (
            " deze aanvullende verklaring aan het dossier toe te voegen:"
            if fix
            else " de tekst te vervangen door:"
        ),
        (quoted(data.correction),),
    )
    done = "de gegevens zijn aangevuld" if fix else "de gegevens zijn verbeterd"
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Verzoek om {'aanvulling' if fix else 'correctie'} van gegevens over "
        f"{ctx.child.name} (artikel 16 AVG)",
        paragraphs=[
            Paragraph(who_asks(ctx)),
            Paragraph(opening),
            what,
            why,
            new,
            Paragraph(inform_recipients(ctx, tone)),
            Paragraph(one_month_term(ctx, tone)),
            Paragraph(rights_ending(ctx, tone, done)),
        ],
        guidance=[
            "Feiten moet de school verbeteren. Een mening of oordeel van een leraar hoeft de "
            "school meestal niet te veranderen. Dan kunt u vragen uw eigen reactie toe te "
            "voegen: kies dan 'aanvullen'.",
            "Vraag daarna een kopie van de aangepaste tekst, en bewaar die in uw dossier.",
        ],
    )
