"""Klacht bij de Autoriteit Persoonsgegevens: the organisation did not answer in time.

AVG art. 77 (right to lodge a complaint), art. 57 lid 3 (free of charge), art. 12 lid 3
(one month). AP practice: raise it with the organisation first and show that you did.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dossierwijs.core.rules.deadlines import COURT_ROUTE

from ..model import (
    Attachment,
    Letter,
    LetterContext,
    LetterError,
    Organisation,
    Paragraph,
    dutch_date,
)
from .base import (
    WHO_ASKS,
    EssentialFact,
    build_letter,
    check_input,
    label,
    pick,
    we,
    who_asks,
)
from .timeline import HOW, REQUEST_KINDS, RequestHistory

KIND = "klacht_ap"
LABEL = "Klacht bij de Autoriteit Persoonsgegevens (artikel 77 AVG)"
DESCRIPTION = "Een klacht als de organisatie niet (volledig) of niet op tijd antwoordt."
RIGHTS_REQUEST = True
CHOICES = {
    "request_kind": tuple((k, v[0]) for k, v in REQUEST_KINDS.items()),
    "how": tuple(HOW.items()),
}
AUTORITEIT_PERSOONSGEGEVENS = Organisation(name="Autoriteit Persoonsgegevens")


@dataclass(frozen=True)
class KlachtInput(RequestHistory):
    organisation: str = field(default="", metadata=label("Over welke organisatie klaagt u"))
    problem: str = field(
        default="",
        metadata=label(
            "Wat is er mis met het antwoord",
            required=False,
            widget="text",
            help="Bijvoorbeeld: de notities in het leerlingvolgsysteem ontbreken.",
        ),
    )
    attachments: tuple[Attachment, ...] = field(
        default=(),
        metadata=label(
            "Bijlagen (uw verzoek, herinnering, reacties)", required=False, widget="files"
        ),
    )


ESSENTIAL_FACTS = (
    EssentialFact("artikel_77", "Klacht op grond van artikel 77 AVG", phrases=("artikel 77 AVG",)),
    EssentialFact(
        "organisatie", "Over welke organisatie", dynamic=lambda d, ctx: (d.organisation.strip(),)
    ),
    EssentialFact(
        "tijdlijn",
        "Het verloop: verstuurd, ontvangen, uiterste datum, reacties",
        phrases=("artikel 12 lid 3 AVG",),
        dynamic=lambda d, ctx: tuple(d.events(d.organisation.strip())),
    ),
    WHO_ASKS,
)


def compose(data: KlachtInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the complaint text in ``tone``; ``ctx.recipient`` becomes the AP."""
    check_input(data)
    if data.request_kind not in REQUEST_KINDS:
        raise LetterError("Kies om welk verzoek het gaat.")
    ctx = replace(ctx, recipient=AUTORITEIT_PERSOONSGEGEVENS)
    org = data.organisation.strip()
    noun, article = data.request_noun(), data.request_article()
    due = data.due()
    if ctx.date <= due and not data.problem.strip():
        raise LetterError(
            f"{org} heeft nog tot en met {dutch_date(due)} de tijd om te antwoorden. "
            "Klaagt u over de inhoud van het antwoord, beschrijf dan wat er mis is."
        )
    opening = pick(
        tone,
        vriendelijk=we(ctx, "Wij dienen", "Ik dien")
        + f" een klacht in over {org}, op grond van artikel 77 AVG.",
        zakelijk=we(ctx, "Hierbij dienen wij", "Hierbij dien ik")
        + f" op grond van artikel 77 AVG een klacht in over {org}.",
        stellig=we(ctx, "Wij dienen", "Ik dien")
        + f" op grond van artikel 77 AVG een formele klacht in over {org}.",
    )
    what = (
        we(ctx, f"{org} heeft ons {noun}", f"{org} heeft mijn {noun}")
        + f" ({article}) niet binnen de termijn van artikel 12 lid 3 AVG volledig beantwoord."
        if ctx.date > due
        else we(ctx, f"{org} heeft ons {noun}", f"{org} heeft mijn {noun}")
        + f" ({article}) niet volledig beantwoord (artikel 12 lid 3 AVG)."
    )
    paragraphs = [
        Paragraph(who_asks(ctx)),
        Paragraph(f"{opening} {what}"),
        Paragraph("Het verloop:", tuple(data.events(org))),
    ]
    if data.problem.strip():
        paragraphs.append(Paragraph("Wat er mis is met het antwoord:", (data.problem.strip(),)))
    ask = pick(
        tone,
        vriendelijk=we(ctx, "Wij vragen u", "Ik vraag u")
        + f" {org} te helpen het verzoek alsnog volledig te beantwoorden.",
        zakelijk=we(ctx, "Wij verzoeken u", "Ik verzoek u")
        + f" {org} erop aan te spreken dat het verzoek alsnog volledig wordt beantwoord.",
        stellig=we(ctx, "Wij verzoeken u", "Ik verzoek u")
        + f" op te treden, zodat {org} het verzoek alsnog volledig beantwoordt en zich in de "
        "toekomst aan de termijn houdt.",
    )
    paragraphs.append(Paragraph(ask))
    guidance = [
        "Stap 1: stuurde u nog geen herinnering? Doe dat eerst. De Autoriteit "
        "Persoonsgegevens vraagt dat u het probleem eerst zelf met de organisatie probeert op "
        "te lossen.",
        "Stap 2: dien de klacht in via de website van de Autoriteit Persoonsgegevens "
        "(autoriteitpersoonsgegevens.nl). Neem deze tekst over in het klachtformulier.",
        "Stap 3: voeg kopieën toe van uw verzoek, het bewijs van verzending of ontvangst, "
        "uw herinnering en de reacties die u kreeg.",
        "Een klacht indienen is gratis (artikel 57 lid 3 AVG). De Autoriteit "
        "Persoonsgegevens laat u binnen drie maanden weten hoe het met uw klacht staat.",
        COURT_ROUTE,
    ]
    if data.reminder_on is None:
        guidance.insert(0, "Let op: u hebt nog geen herinnering gestuurd.")
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Klacht over {org}: {noun} niet op tijd of niet volledig beantwoord",
        paragraphs=paragraphs,
        attachments=data.attachments,
        guidance=guidance,
    )
