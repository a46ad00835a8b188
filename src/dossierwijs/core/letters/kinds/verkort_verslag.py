"""Verzoek om een verkort verslag: a care provider writes a short version for school.

School needs the conclusion and advice, not the whole report. The provider may not
give school anything without consent (BW 7:457); who consents depends on the child's
age under the WGBO (rules core, regime "wgbo").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dossierwijs.core.rules.age import who_decides

from ..model import Letter, LetterContext, LetterError, Paragraph, Writer
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

KIND = "verkort_verslag"
LABEL = "Verzoek om een verkort verslag voor school"
DESCRIPTION = (
    "Vraag een zorgverlener om een korte versie van een verslag, met alleen wat school nodig heeft."
)
RIGHTS_REQUEST = False

DEFAULT_INCLUDE = (
    "de conclusie",
    "de adviezen voor het onderwijs en de begeleiding op school",
)
DEFAULT_LEAVE_OUT = (
    "de voorgeschiedenis (anamnese) en de gezinssituatie",
    "testscores en andere ruwe gegevens",
    "informatie over andere gezinsleden",
)


@dataclass(frozen=True)
class VerkortVerslagInput:
    report: str = field(
        metadata=label(
            "Om welk verslag gaat het",
            help="Bijvoorbeeld: psychodiagnostisch onderzoek, maart 2026.",
        )
    )
    school: str = field(metadata=label("Voor welke school"))
    purpose: str = field(
        metadata=label(
            "Waarvoor heeft school het nodig", help="Bijvoorbeeld: het opstellen van het OPP."
        )
    )
    include: tuple[str, ...] = field(
        default=DEFAULT_INCLUDE, metadata=label("Wat mag erin", widget="lines")
    )
    leave_out: tuple[str, ...] = field(
        default=DEFAULT_LEAVE_OUT,
        metadata=label("Wat moet eruit blijven", required=False, widget="lines"),
    )


ESSENTIAL_FACTS = (
    EssentialFact("verslag", "Welk verslag", dynamic=lambda d, ctx: (d.report.strip(),)),
    EssentialFact(
        "doel",
        "Voor welke school en welk doel",
        dynamic=lambda d, ctx: (d.school.strip(), d.purpose.strip()),
    ),
    EssentialFact(
        "alleen", "Alleen wat het onderwijs nodig heeft", dynamic=lambda d, ctx: lines(d.include)
    ),
    EssentialFact(
        "geen_toestemming_geen_delen",
        "Zonder toestemming niets aan school (artikel 7:457 BW)",
        phrases=("artikel 7:457 van het Burgerlijk Wetboek", "zonder toestemming"),
    ),
    EssentialFact(
        "aan_ons",
        "Het verslag gaat naar de ouders, niet naar school",
        phrases=("niet rechtstreeks aan school",),
    ),
    WHO_ASKS,
)


def compose(data: VerkortVerslagInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the request for an abridged report in ``tone``."""
    check_input(data)
    decision = who_decides(ctx.child.birth_date, ctx.date, "wgbo")  # BW 7:450/7:465
    if decision.deciders == ["kind"] and ctx.writer is Writer.OUDERS:
        raise LetterError(
            f"{decision.explanation} Laat {ctx.child.first_name} deze brief zelf ondertekenen."
        )
    if "ouders" in decision.deciders and ctx.writer is Writer.JONGERE:
        raise LetterError(
            f"{decision.explanation} De ouders ondertekenen deze brief dus ook; kies de "
            "ouders als afzender."
        )
    child = ctx.child.first_name if ctx.writer is not Writer.JONGERE else "mij"
    opening = pick(
        tone,
        vriendelijk=we(ctx, "Wij zijn blij met", "Ik ben blij met")
        + f" het verslag ({data.report.strip()}). {data.school.strip()} vraagt om informatie "
        f"voor {data.purpose.strip()}. Wilt u daarvoor een verkorte versie maken?",
        zakelijk=we(ctx, "Wij vragen u", "Ik vraag u")
        + f" een verkorte versie te maken van het verslag ({data.report.strip()}), voor "
        f"{data.school.strip()}, voor {data.purpose.strip()}.",
        stellig=we(ctx, "Wij verzoeken u", "Ik verzoek u")
        + f" een verkorte versie te maken van het verslag ({data.report.strip()}). "
        f"{data.school.strip()} heeft alleen informatie nodig voor {data.purpose.strip()}.",
    )
    include = Paragraph("Zet in de verkorte versie alleen:", lines(data.include))
    paragraphs = [Paragraph(who_asks(ctx)), Paragraph(opening), include]
    if lines(data.leave_out):
        paragraphs.append(Paragraph("Laat weg:", lines(data.leave_out)))
    paragraphs.append(
        Paragraph(
            "Stuur de verkorte versie aan " + we(ctx, "ons", "mij") + " en niet rechtstreeks "
            "aan school. "
            + we(
                ctx,
                "Wij beslissen zelf of en wanneer wij die aan school geven.",
                "Ik beslis zelf of en wanneer ik die aan school geef.",
            )
        )
    )
    consent = (
        f"u mag zonder toestemming geen informatie over {child} aan school geven, ook niet "
        "in een gesprek (artikel 7:457 van het Burgerlijk Wetboek)."
    )
    if decision.deciders == ["kind", "ouders"]:
        consent += (
            f" {ctx.child.first_name} is {decision.age}: dan is toestemming nodig van "
            f"{ctx.child.first_name} én van de ouders. Daarom ondertekent "
            f"{ctx.child.first_name} deze brief mee."
        )
    paragraphs.append(
        Paragraph(
            pick(
                tone,
                "Goed om te weten: ",
                "Ter herinnering: ",
                we(ctx, "Wij wijzen", "Ik wijs") + " u erop: ",
            )
            + consent
        )
    )
    paragraphs.append(
        Paragraph(
            pick(
                tone,
                "Hartelijk dank voor uw hulp.",
                "Wilt u laten weten wanneer de verkorte versie klaar is?",
                we(ctx, "Wij ontvangen", "Ik ontvang")
                + " de verkorte versie graag zo snel mogelijk.",
            )
        )
    )
    letter = build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Verzoek om een verkort verslag over {ctx.child.name} voor school",
        paragraphs=paragraphs,
        guidance=[decision.explanation, *decision.notes],
    )
    if decision.deciders == ["kind", "ouders"] and ctx.writer is Writer.OUDERS:
        letter = replace(letter, signatures=(*letter.signatures, ctx.child.name))
    return letter
