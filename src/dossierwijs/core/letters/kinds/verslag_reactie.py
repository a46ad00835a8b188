"""Reactie op het verslag van school: the points where it differs from the parents' own report.

The parents tick which differences to raise (``core.meetings.compare_reports`` finds them);
the letter lists them, attaches the parents' own report, and asks school to correct its
report or keep the parents' report with it. The right to have incorrect data corrected or
completed with a statement is AVG art. 16 (fact 1.20, V).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Attachment, Letter, LetterContext, Paragraph, dutch_date
from .base import (
    WHO_ASKS,
    EssentialFact,
    build_letter,
    check_input,
    label,
    lines,
    pick,
    we,
    who_asks,
)

KIND = "verslag_reactie"
LABEL = "Reactie op het gespreksverslag van school"
DESCRIPTION = (
    "Laat school weten welke punten in hun verslag anders zijn dan u ze opschreef, met uw "
    "eigen verslag als bijlage."
)
RIGHTS_REQUEST = False


@dataclass(frozen=True)
class VerslagReactieInput:
    meeting_date: date = field(metadata=label("Datum van het gesprek", widget="date"))
    subject: str = field(metadata=label("Waar ging het gesprek over"))
    points: tuple[str, ...] = field(
        metadata=label(
            "De punten die u wilt voorleggen",
            help="Eén punt per regel: wat school schreef, en wat u opschreef.",
            widget="lines",
        )
    )
    own_report: Attachment | None = field(
        default=None, metadata=label("Uw eigen verslag", required=False, widget="file")
    )


ESSENTIAL_FACTS = (
    EssentialFact(
        "gesprek",
        "Over welk gesprek het gaat (datum)",
        dynamic=lambda d, ctx: (dutch_date(d.meeting_date),),
    ),
    EssentialFact("punten", "Elk punt dat u voorlegt", dynamic=lambda d, ctx: lines(d.points)),
    EssentialFact(
        "verbeteren_of_bewaren",
        "Het verslag verbeteren, of uw verslag erbij in het dossier (artikel 16 AVG)",
        phrases=("artikel 16 AVG", "in het dossier"),
    ),
    WHO_ASKS,
)


# A meeting's title often names the meeting itself ("Gesprek over rekenen"); after
# "het gesprek op 12 maart over" only its topic should follow.
_MEETING_WORD = re.compile(
    r"^(?:het\s+)?(?:gesprek|overleg|oudergesprek|zorgoverleg|mdo|bespreking)\s+over\s+",
    re.IGNORECASE,
)


def topic_of(subject: str) -> str:
    """ "Gesprek over rekenen" -> "rekenen"; a topic stays as it is."""
    return _MEETING_WORD.sub("", subject.strip()) or subject.strip()


def compose(data: VerslagReactieInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the reply to the school's report in ``tone``."""
    check_input(data)
    when = dutch_date(data.meeting_date)
    subject = topic_of(data.subject)
    ours = we(ctx, "ons", "mijn")
    opening = pick(
        tone,
        vriendelijk=f"Dank u voor het verslag van het gesprek op {when} over {subject}. "
        + we(ctx, "Wij lazen", "Ik las")
        + " het goed na. Op een paar punten staat het anders dan "
        + we(ctx, "wij het hebben", "ik het heb")
        + " opgeschreven:",
        zakelijk=f"{we(ctx, 'Wij hebben', 'Ik heb')} uw verslag van het gesprek op {when} over "
        f"{subject} ontvangen. Op de volgende punten wijkt het af van {ours} eigen verslag:",
        stellig=f"Uw verslag van het gesprek op {when} over {subject} geeft het gesprek op de "
        "volgende punten niet juist weer:",
    )
    paragraphs = [Paragraph(who_asks(ctx)), Paragraph(opening, lines(data.points))]
    if data.own_report is not None:
        paragraphs.append(
            Paragraph(
                f"{ours.capitalize()} eigen verslag van het gesprek zit als bijlage bij deze brief."
            )
        )
    paragraphs.append(
        Paragraph(
            pick(
                tone,
                vriendelijk="Wilt u uw verslag op deze punten aanpassen? Of bewaar "
                + we(ctx, "ons verslag", "mijn verslag")
                + " erbij in het dossier, zodat later duidelijk is wat er is besproken. Dat "
                "mag volgens artikel 16 AVG.",
                zakelijk=we(ctx, "Wij vragen u", "Ik vraag u")
                + " het verslag op deze punten te verbeteren, of "
                + we(ctx, "ons verslag", "mijn verslag")
                + " als aanvulling op te nemen in het dossier (artikel 16 AVG).",
                stellig="Verbeter het verslag op deze punten, of neem "
                + we(ctx, "ons verslag", "mijn verslag")
                + " als aanvulling op in het dossier. Dat is "
                + we(ctx, "ons", "mijn")
                + " recht volgens artikel 16 AVG. Laat binnen twee weken weten wat u hebt "
                "gedaan.",
            )
        )
    )
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Reactie op het verslag van het gesprek op {when}",
        paragraphs=paragraphs,
        attachments=(data.own_report,) if data.own_report is not None else (),
    )
