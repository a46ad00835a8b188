"""Informatieverzoek: a parent without gezag asks the school for important information.

BW 1:377c lid 1: a third party who professionally holds information about important facts
and circumstances concerning the child, its care and upbringing, gives it on request to
the parent without gezag, unless it would not give it in the same way to the parent with
gezag, or the child's interest opposes it. A refusal must be reasoned (fact 2.14, V-sec).
This is not an AVG access request: no copy of the file, and no one-month term.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossierwijs.core.rules.gezag import (
    INFORM_OTHER_PARENT,
    INFORMATION_EXCEPTIONS,
)

from ..model import Letter, LetterContext, LetterError, Paragraph
from .base import (
    EssentialFact,
    build_letter,
    check_input,
    child_line,
    label,
    pick,
)

KIND = "informatie"
LABEL = "Informatieverzoek van een ouder zonder gezag (artikel 1:377c BW)"
DESCRIPTION = (
    "Heeft u geen gezag? Vraag de school dan om belangrijke informatie over uw kind, "
    "zoals de voortgang en de ondersteuning."
)
RIGHTS_REQUEST = False

TOPICS: dict[str, str] = {
    "voortgang": "de voortgang en de resultaten, zoals rapporten en toetsuitslagen",
    "ondersteuning": (
        "de ondersteuning die {kind} krijgt, zoals het ontwikkelingsperspectief en de "
        "afspraken daarover"
    ),
    "welbevinden": "hoe het met {kind} gaat op school: welbevinden, gedrag en contact met anderen",
    "verzuim": "afwezigheid en verzuim",
    "besluiten": (
        "belangrijke gesprekken en besluiten, zoals een verwijzing, een overstap of een "
        "schooladvies"
    ),
}
TOPIC_LABELS: dict[str, str] = {
    "voortgang": "Voortgang en resultaten",
    "ondersteuning": "Ondersteuning en OPP",
    "welbevinden": "Welbevinden en gedrag",
    "verzuim": "Afwezigheid en verzuim",
    "besluiten": "Belangrijke gesprekken en besluiten",
}
CHOICES = {"topics": tuple(TOPIC_LABELS.items())}

ARTICLE = "artikel 1:377c van het Burgerlijk Wetboek"


@dataclass(frozen=True)
class InformatieInput:
    topics: tuple[str, ...] = field(
        default=tuple(TOPICS),
        metadata=label(
            "Waarover wilt u informatie",
            help="Kies wat u wilt weten. U kunt hieronder nog iets toevoegen.",
            widget="checklist",
        ),
    )
    extra: tuple[str, ...] = field(
        default=(),
        metadata=label("Wat wilt u nog meer weten", required=False, widget="lines"),
    )
    keep_informed: bool = field(
        default=True,
        metadata=label(
            "Ook voortaan op de hoogte blijven (bijvoorbeeld rapporten en uitnodigingen)",
            required=False,
        ),
    )


def _items(data: InformatieInput, ctx: LetterContext) -> list[str]:
    unknown = [key for key in data.topics if key not in TOPICS]
    if unknown:
        raise ValueError(f"unknown topics: {unknown}")
    first = ctx.child.first_name
    items = [TOPICS[key].format(kind=first) for key in TOPICS if key in data.topics]
    return items + [e.strip() for e in data.extra if e.strip()]


ESSENTIAL_FACTS = (
    EssentialFact("artikel", "De grondslag (artikel 1:377c BW)", phrases=(ARTICLE,)),
    EssentialFact(
        "uitzonderingen",
        "De twee redenen om te weigeren (artikel 1:377c BW)",
        phrases=INFORMATION_EXCEPTIONS,
    ),
    EssentialFact(
        "motivering",
        "Een weigering met redenen",
        phrases=("schriftelijk en met redenen",),
    ),
    EssentialFact(
        "onderwerpen", "Waarover u informatie vraagt", dynamic=lambda d, ctx: _items(d, ctx)
    ),
    EssentialFact("wie", "Wie vraagt, over welk kind", dynamic=lambda d, ctx: (*ctx.signer_names,)),
)


def _check_writer(ctx: LetterContext) -> None:
    if len(ctx.signers) != 1:
        raise LetterError(
            "Een informatieverzoek (artikel 1:377c BW) komt van één ouder: de ouder zonder "
            "gezag. Kies 'Alleen ik'."
        )
    if ctx.signers[0].gezag is True:
        raise LetterError(
            "U heeft gezag. Dan heeft u dit verzoek niet nodig: als ouder met gezag vraagt u "
            "de school om inzage en een kopie van de gegevens (de brief 'inzage')."
        )


def compose(data: InformatieInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the information request of a parent without gezag in ``tone``."""
    check_input(data)
    _check_writer(ctx)
    org, first = ctx.recipient.name, ctx.child.first_name
    parent = ctx.signers[0]
    who = f"Ik, {parent.name}, ben ouder van {child_line(ctx)}."
    if parent.gezag is False:
        who += f" Ik heb geen gezag over {first}."
    opening = pick(
        tone,
        vriendelijk=f"Ik wil graag goed op de hoogte blijven van hoe het met {first} gaat op "
        f"school. Daarom vraag ik {org} om informatie, op grond van {ARTICLE}.",
        zakelijk=f"Hierbij vraag ik {org} op grond van {ARTICLE} om informatie over "
        f"belangrijke feiten en omstandigheden die {first} betreffen.",
        stellig=f"Op grond van {ARTICLE} heb ik recht op informatie over belangrijke feiten "
        f"en omstandigheden die {first} betreffen. Ik vraag {org} mij die informatie te "
        "geven.",
    )
    law = (
        "Volgens dit artikel geeft een school die zulke informatie heeft, die op verzoek ook "
        "aan de ouder zonder gezag. U mag dat alleen weigeren als "
        f"{INFORMATION_EXCEPTIONS[0]}, of als {INFORMATION_EXCEPTIONS[1]}."
    )
    reasons = pick(
        tone,
        vriendelijk="Als u mij iets niet kunt geven, wilt u mij dat dan schriftelijk en met "
        "redenen laten weten? Dan weet ik waar ik aan toe ben.",
        zakelijk="Weigert u mij (een deel van) de informatie, laat mij dat dan schriftelijk "
        "en met redenen weten.",
        stellig="Een weigering moet u schriftelijk en met redenen onderbouwen.",
    )
    asks = pick(
        tone,
        vriendelijk="Het gaat mij om:",
        zakelijk="Ik vraag in het bijzonder om informatie over:",
        stellig="Het verzoek gaat in elk geval over:",
    )
    paragraphs = [
        Paragraph(who),
        Paragraph(opening),
        Paragraph(asks, tuple(_items(data, ctx))),
    ]
    if data.keep_informed:
        paragraphs.append(
            Paragraph(
                "Ik vraag u ook om mij voortaan op de hoogte te houden, bijvoorbeeld door mij "
                "de rapporten te sturen en mij uit te nodigen voor de rapportgesprekken."
            )
        )
    paragraphs += [
        Paragraph(law),
        Paragraph(reasons),
        Paragraph(
            pick(
                tone,
                vriendelijk="Ik hoor graag binnen vier weken van u. Alvast bedankt.",
                zakelijk="Ik ontvang uw antwoord graag binnen vier weken.",
                stellig="Ik verwacht uw antwoord binnen vier weken.",
            )
        ),
    ]
    guidance = [
        "Dit is geen inzageverzoek op grond van de AVG: u vraagt om informatie, niet om een "
        "kopie van het dossier. De wet noemt geen vaste termijn; vier weken is een redelijke "
        "vraag.",
        INFORM_OTHER_PARENT,
        "De school mag informatie weigeren die zij ook niet aan de ouder met gezag zou geven, "
        "of als het belang van uw kind zich ertegen verzet. Dan moet de school uitleggen "
        "waarom.",
    ]
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Verzoek om informatie over {ctx.child.name} (artikel 1:377c BW)",
        paragraphs=paragraphs,
        guidance=guidance,
    )
