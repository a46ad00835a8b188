"""Aanbiedingsbrief: the cover letter when parents share documents for one stated purpose.

Purpose limitation and data minimisation (AVG art. 5 lid 1 b, c, e): exactly these
documents, for this purpose, not passed on, not kept longer than the purpose needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Attachment, Letter, LetterContext, Paragraph
from .base import (
    WHO_ASKS,
    EssentialFact,
    about,
    build_letter,
    check_input,
    label,
    lines,
    pick,
    we,
    who_asks,
)

KIND = "aanbieding"
LABEL = "Aanbiedingsbrief bij het delen van documenten"
DESCRIPTION = "Een begeleidende brief: precies deze documenten, voor dit doel."
RIGHTS_REQUEST = False


@dataclass(frozen=True)
class AanbiedingInput:
    purpose: str = field(
        metadata=label(
            "Voor welk doel deelt u de documenten",
            help="Zo concreet mogelijk, bijvoorbeeld: de aanvraag van een "
            "toelaatbaarheidsverklaring.",
        )
    )
    documents: tuple[str, ...] = field(metadata=label("Welke documenten deelt u", widget="lines"))
    occasion: str = field(
        default="",
        metadata=label(
            "Naar aanleiding van", required=False, help="Bijvoorbeeld: uw e-mail van 3 maart."
        ),
    )
    keep_until: str = field(
        default="",
        metadata=label(
            "Tot wanneer mogen ze de documenten bewaren",
            required=False,
            help="Bijvoorbeeld: tot het besluit over de aanvraag.",
        ),
    )
    attachments: tuple[Attachment, ...] = field(
        default=(), metadata=label("De documenten zelf", required=False, widget="files")
    )


ESSENTIAL_FACTS = (
    EssentialFact("doel", "Het doel", dynamic=lambda d, ctx: (purpose_text(d.purpose),)),
    EssentialFact(
        "documenten", "Precies welke documenten", dynamic=lambda d, ctx: lines(d.documents)
    ),
    EssentialFact("alleen_dit_doel", "Alleen voor dit doel", phrases=("alleen voor dit doel",)),
    EssentialFact(
        "andere_niet_relevant",
        "Andere documenten zijn niet relevant voor dit doel",
        phrases=("andere documenten zijn voor dit doel niet relevant",),
    ),
    EssentialFact(
        "niet_doorgeven", "Niet doorgeven zonder toestemming", phrases=("niet door aan anderen",)
    ),
    WHO_ASKS,
)


# A purpose typed as a clause ("zodat De Klimop ...", "om ...") follows a comma, not "voor".
_CLAUSE_STARTS = ("zodat", "om", "omdat", "opdat", "waarmee", "waardoor", "want")


def purpose_text(typed: str) -> str:
    """The purpose as the school reads it inside a sentence: no capital, no closing stop."""
    text = " ".join(typed.split()).rstrip(" .;:")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text


def for_purpose(purpose: str) -> str:
    """ "voor de aanvraag van een TLV" or ", zodat de school ..." after a main clause."""
    first = purpose.split(" ", 1)[0].lower()
    return f", {purpose}" if first in _CLAUSE_STARTS else f" voor {purpose}"


def compose(data: AanbiedingInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the cover letter in ``tone``."""
    check_input(data)
    purpose = purpose_text(data.purpose)
    occasion = f"Naar aanleiding van {data.occasion.strip()} " if data.occasion.strip() else ""
    send = (
        we(ctx, "sturen wij u", "stuur ik u") if occasion else we(ctx, "Wij sturen u", "Ik stuur u")
    )
    opening = pick(
        tone,
        vriendelijk=f"{occasion}{send} graag de volgende documenten over {about(ctx)}"
        f"{for_purpose(purpose)}:",
        zakelijk=f"{occasion}{send} de volgende documenten over {about(ctx)}"
        f"{for_purpose(purpose)}:",
        stellig=f"{occasion}{send} uitsluitend de volgende documenten over {about(ctx)}"
        f"{for_purpose(purpose)}:",
    )
    scope = (
        "Wij geven deze documenten alleen voor dit doel. Andere documenten zijn voor dit doel "
        "niet relevant; die sturen wij daarom niet mee."
        if ctx.plural
        else "Ik geef deze documenten alleen voor dit doel. Andere documenten zijn voor dit "
        "doel niet relevant; die stuur ik daarom niet mee."
    )
    use = pick(
        tone,
        vriendelijk="Wilt u de documenten niet voor iets anders gebruiken, en ze niet door aan "
        "anderen geven zonder " + we(ctx, "onze", "mijn") + " toestemming?",
        zakelijk="Gebruik de documenten niet voor een ander doel en geef ze niet door aan "
        "anderen zonder " + we(ctx, "onze", "mijn") + " toestemming.",
        stellig="U mag de documenten niet voor een ander doel gebruiken en geeft ze niet door "
        "aan anderen zonder " + we(ctx, "onze", "mijn") + " toestemming.",
    )
    until = data.keep_until.strip().rstrip(".")
    keep = (
        f"Bewaar ze niet langer dan nodig voor dit doel, en niet langer dan {until}."
        if until
        else "Bewaar ze niet langer dan nodig voor dit doel."
    )
    paragraphs = [
        Paragraph(who_asks(ctx)),
        Paragraph(opening, lines(data.documents)),
        Paragraph(scope),
        Paragraph(f"{use} {keep}"),
        Paragraph(
            pick(
                tone,
                "Hebt u voor dit doel nog iets anders nodig? Vraag het "
                + we(ctx, "ons", "mij")
                + " gerust, en vertel erbij waarvoor.",
                "Hebt u voor dit doel meer informatie nodig, laat "
                + we(ctx, "ons", "mij")
                + " dan weten wat en waarom.",
                we(ctx, "Meer informatie geven wij", "Meer informatie geef ik")
                + " alleen op een concrete vraag, met het doel erbij.",
            )
        ),
    ]
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Documenten over {ctx.child.name} (doel: {purpose})",
        paragraphs=paragraphs,
        attachments=data.attachments,
        attachment_names=lines(data.documents) if not data.attachments else (),
    )
