"""Voorbereiding van een gesprek: purpose, agenda, who comes and why, the documents they have.

Parents are advised to prepare a meeting about support by asking school beforehand what the
meeting is for, who comes in what role, and which documents those people have seen or will
see. The letter sets out what the parents know and asks school to confirm it (or fill in
what is missing) before the meeting. It states no legal rule: it only asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Letter, LetterContext, Paragraph, dutch_date
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

KIND = "gesprek_voorbereiding"
LABEL = "Voorbereiding van een gesprek"
DESCRIPTION = (
    "Zet voor een gesprek op een rij waarvoor het is, wat er op de agenda staat, wie er komen "
    "en welke stukken zij hebben. School bevestigt dat vooraf."
)
RIGHTS_REQUEST = False


@dataclass(frozen=True)
class GesprekVoorbereidingInput:
    meeting_date: date = field(metadata=label("Datum van het gesprek", widget="date"))
    subject: str = field(metadata=label("Waar gaat het gesprek over"))
    meeting_time: str = field(
        default="", metadata=label("Tijd", required=False, help="Bijvoorbeeld 14.30 uur.")
    )
    place: str = field(default="", metadata=label("Plaats", required=False))
    purpose: str = field(
        default="",
        metadata=label(
            "Waarvoor is het gesprek",
            required=False,
            help="Het antwoord van school, als u dat al heeft.",
        ),
    )
    agenda: tuple[str, ...] = field(
        default=(),
        metadata=label("Agenda", required=False, help="Eén punt per regel.", widget="lines"),
    )
    participants: tuple[str, ...] = field(
        default=(),
        metadata=label(
            "Wie komen er, en waarom",
            required=False,
            help="Eén persoon per regel: naam (rol) en wat hij of zij inbrengt.",
            widget="lines",
        ),
    )
    documents: tuple[str, ...] = field(
        default=(),
        metadata=label(
            "Stukken die zij hebben of krijgen",
            required=False,
            help="Eén stuk per regel, met wie het heeft of krijgt.",
            widget="lines",
        ),
    )


def _confirm_phrase(_data: GesprekVoorbereidingInput, _ctx: LetterContext) -> tuple[str, ...]:
    return ("het doel", "de agenda", "vóór het gesprek")


ESSENTIAL_FACTS = (
    EssentialFact(
        "gesprek",
        "Over welk gesprek het gaat (datum)",
        dynamic=lambda d, ctx: (dutch_date(d.meeting_date),),
    ),
    EssentialFact(
        "doel_agenda_deelnemers",
        "Het doel, de agenda en wie er komen, zoals u ze kent",
        dynamic=lambda d, ctx: (
            *((d.purpose.strip().rstrip("."),) if d.purpose.strip() else ()),
            *lines(d.agenda),
            *lines(d.participants),
        ),
    ),
    EssentialFact(
        "stukken", "De stukken die gedeeld zijn", dynamic=lambda d, ctx: lines(d.documents)
    ),
    EssentialFact(
        "bevestigen",
        "De vraag om het doel, de agenda en de deelnemers vóór het gesprek te bevestigen",
        dynamic=_confirm_phrase,
    ),
    WHO_ASKS,
)


def _meeting_lines(data: GesprekVoorbereidingInput, subject: str) -> tuple[str, ...]:
    """Subject, date (and time) and place as listed lines: any title or place reads right."""
    when = dutch_date(data.meeting_date)
    if data.meeting_time.strip():
        when += f", {' '.join(data.meeting_time.split())}"
    place = " ".join(data.place.split())
    return (f"Onderwerp: {subject}", f"Datum: {when}", *((f"Plaats: {place}",) if place else ()))


def compose(data: GesprekVoorbereidingInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the preparation letter in ``tone``."""
    check_input(data)
    subject = " ".join(data.subject.split())
    child = about(ctx)
    agenda = lines(data.agenda)
    participants = lines(data.participants)
    documents = lines(data.documents)
    opening = pick(
        tone,
        vriendelijk=we(ctx, "Wij hebben", "Ik heb")
        + " binnenkort een gesprek met u. "
        + we(ctx, "Wij willen ons", "Ik wil mij")
        + " daar goed op voorbereiden. Daarom staat hieronder wat "
        + we(ctx, "wij", "ik")
        + " van het gesprek "
        + we(ctx, "weten.", "weet."),
        zakelijk="Hieronder staat wat "
        + we(ctx, "wij weten", "ik weet")
        + " over het gesprek dat gepland staat: het doel, de agenda en wie er komen.",
        stellig="Voor het gesprek dat gepland staat, "
        + we(ctx, "zetten wij", "zet ik")
        + " hieronder op een rij wat er vooraf duidelijk moet zijn.",
    )
    paragraphs = [
        Paragraph(who_asks(ctx)),
        Paragraph(opening),
        Paragraph("Het gaat om dit gesprek:", _meeting_lines(data, subject)),
    ]
    if data.purpose.strip():
        paragraphs.append(
            Paragraph(
                "Het doel van het gesprek, zoals "
                + we(ctx, "wij het begrijpen", "ik het begrijp")
                + ":",
                (" ".join(data.purpose.split()),),
            )
        )
    else:
        paragraphs.append(
            Paragraph(
                pick(
                    tone,
                    vriendelijk="Het is "
                    + we(ctx, "ons", "mij")
                    + " nog niet helemaal duidelijk waarvoor het gesprek is.",
                    zakelijk="Het doel van het gesprek is "
                    + we(ctx, "ons", "mij")
                    + " nog niet bekend.",
                    stellig="Waarvoor het gesprek is, heeft u nog niet laten weten.",
                )
            )
        )
    if agenda:
        paragraphs.append(Paragraph("Op de agenda staan deze punten:", agenda))
    else:
        paragraphs.append(Paragraph("Er is nog geen agenda. Welke punten wilt u bespreken?"))
    if participants:
        paragraphs.append(
            Paragraph(
                "Bij het gesprek zijn, voor zover "
                + we(ctx, "wij weten", "ik weet")
                + ", deze mensen. Achter elke naam staat waarom hij of zij erbij is:",
                participants,
            )
        )
    else:
        paragraphs.append(
            Paragraph(
                we(ctx, "Wij weten", "Ik weet")
                + " nog niet wie er bij het gesprek zijn. Wie komen er, in welke rol, en "
                "waarom?"
            )
        )
    if documents:
        paragraphs.append(
            Paragraph(
                f"Deze stukken over {child} hebben de deelnemers al, of krijgen zij voor het "
                "gesprek:",
                documents,
            )
        )
    else:
        paragraphs.append(
            Paragraph(
                we(ctx, "Wij hebben", "Ik heb")
                + f" voor dit gesprek geen stukken over {child} gedeeld. Krijgen de "
                "deelnemers toch stukken over "
                + child
                + "? Laat dan weten welke stukken dat zijn en wie ze krijgt."
            )
        )
    paragraphs.append(
        Paragraph(
            pick(
                tone,
                vriendelijk="Wilt u vóór het gesprek laten weten of dit klopt: het doel, de "
                "agenda en wie er komen? Vult u gerust aan wat ontbreekt. Dan "
                + we(ctx, "kunnen wij", "kan ik")
                + " goed voorbereid naar het gesprek komen.",
                zakelijk=we(ctx, "Wij vragen u", "Ik vraag u")
                + " vóór het gesprek te bevestigen dat het doel, de agenda en de lijst van "
                "deelnemers kloppen, en aan te vullen wat ontbreekt.",
                stellig="Bevestig vóór het gesprek het doel, de agenda en wie er komen, en vul "
                "aan wat ontbreekt. Komt er iemand anders bij het gesprek, laat dan vooraf "
                "weten wie dat is en waarom.",
            )
        )
    )
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Voorbereiding van het gesprek op {dutch_date(data.meeting_date)}",
        paragraphs=paragraphs,
    )
