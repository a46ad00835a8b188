"""Jaarlijkse update voor de mentor: what the child is good at, what is hard, what helps.

Not a rights request: the parents decide what they share. It keeps last year's
entries so the mentor (and the parents) can see what changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Letter, LetterContext, Paragraph
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

KIND = "mentor_update"
LABEL = "Jaarlijkse brief aan de mentor"
DESCRIPTION = "Vertel de (nieuwe) mentor wat uw kind goed kan, wat moeilijk is en wat helpt."
RIGHTS_REQUEST = False


@dataclass(frozen=True)
class SchoolYearNotes:
    """One school year's picture of the child, in the parents' words."""

    school_year: str = field(metadata=label("Schooljaar", help="Bijvoorbeeld: 2026-2027."))
    talents: tuple[str, ...] = field(metadata=label("Waar is uw kind goed in", widget="lines"))
    difficulties: tuple[str, ...] = field(
        metadata=label("Wat vindt uw kind moeilijk", widget="lines")
    )
    helps: tuple[str, ...] = field(metadata=label("Wat helpt", widget="lines"))
    does_not_help: tuple[str, ...] = field(metadata=label("Wat helpt niet", widget="lines"))


@dataclass(frozen=True)
class MentorUpdateInput(SchoolYearNotes):
    previous: SchoolYearNotes | None = field(
        default=None,
        metadata=label("Vorig schooljaar (ter vergelijking)", required=False, widget="object"),
    )


# When the yearly letter is due: a practice, not a rule of law. The new mentor is known in the
# first weeks of the school year (which starts between mid-August and early September).
REMINDER_DAY = (9, 15)  # 15 September
_YEAR = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d{2}|\d{4})\s*$")


def next_school_year(school_year: str) -> str | None:
    """``"2026-2027"`` -> ``"2027-2028"``; None for text that is not a school year."""
    found = _YEAR.match(school_year or "")
    if not found:
        return None
    start = int(found.group(1)) + 1
    return f"{start}-{start + 1}"


def next_update_due(school_year: str) -> date | None:
    """The day to send next year's mentor letter (15 September of the next school year)."""
    following = next_school_year(school_year)
    if following is None:
        return None
    return date(int(following[:4]), *REMINDER_DAY)


SECTIONS = (
    ("talents", "Waar {kind} goed in is:"),
    ("difficulties", "Wat {kind} moeilijk vindt:"),
    ("helps", "Wat helpt:"),
    ("does_not_help", "Wat niet helpt:"),
)


def _all_entries(d: MentorUpdateInput, _ctx: LetterContext) -> tuple[str, ...]:
    entries = [d.school_year.strip()]
    for name, _ in SECTIONS:
        entries += lines(getattr(d, name))
    return tuple(entries)


ESSENTIAL_FACTS = (
    EssentialFact(
        "inhoud", "Schooljaar, talenten, moeilijkheden, wat helpt en wat niet", dynamic=_all_entries
    ),
    EssentialFact(
        "vorig_jaar",
        "Vorig schooljaar ter vergelijking",
        dynamic=lambda d, ctx: (
            (f"Vorig schooljaar ({d.previous.school_year.strip()})",) if d.previous else ()
        ),
    ),
    EssentialFact(
        "niet_verder_delen",
        "Alleen voor wie lesgeeft; niet verder delen zonder overleg",
        phrases=("niet verder zonder overleg",),
    ),
    WHO_ASKS,
)


def _sections(notes: SchoolYearNotes, child: str) -> list[Paragraph]:
    return [
        Paragraph(title.format(kind=child), lines(getattr(notes, name))) for name, title in SECTIONS
    ]


def compose(data: MentorUpdateInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the yearly letter to the mentor in ``tone``."""
    check_input(data)
    if data.previous is not None:
        check_input(data.previous)
    child = ctx.child.first_name
    year = data.school_year.strip()
    opening = pick(
        tone,
        vriendelijk=f"Een nieuw schooljaar ({year}) is begonnen. "
        + we(ctx, "Wij vertellen u", "Ik vertel u")
        + f" graag wat meer over {child}, zodat u een goede start kunt maken.",
        zakelijk=f"Voor het schooljaar {year} "
        + we(ctx, "geven wij u", "geef ik u")
        + f" een overzicht van wat {child} goed kan, wat moeilijk is en wat helpt.",
        stellig=f"Voor het schooljaar {year} "
        + we(ctx, "geven wij u", "geef ik u")
        + f" de informatie die nodig is om {child} goed te begeleiden. "
        + we(ctx, "Wij rekenen erop", "Ik reken erop")
        + " dat u hiermee rekening houdt.",
    )
    paragraphs = [Paragraph(who_asks(ctx)), Paragraph(opening), *_sections(data, child)]
    if data.previous is not None:
        prev = data.previous
        paragraphs.append(
            Paragraph(
                f"Vorig schooljaar ({prev.school_year.strip()}) "
                + we(ctx, "schreven wij", "schreef ik")
                + " dit. Zo kunt u zien wat er is veranderd."
            )
        )
        paragraphs += _sections(prev, child)
    paragraphs.append(
        Paragraph(
            "Deze informatie is voor u en voor de docenten die "
            + child
            + " lesgeven. Geef haar niet verder zonder overleg met "
            + we(ctx, "ons", "mij")
            + "."
        )
    )
    paragraphs.append(
        Paragraph(
            pick(
                tone,
                we(ctx, "Wij maken", "Ik maak") + " graag kennis. Zullen we in de eerste weken "
                "een kort gesprek plannen?",
                we(ctx, "Wij stellen", "Ik stel") + " een kennismakingsgesprek in de eerste "
                "weken op prijs.",
                we(ctx, "Wij willen", "Ik wil") + " in de eerste weken een gesprek met u om "
                "dit door te nemen.",
            )
        )
    )
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Over {ctx.child.name}: schooljaar {year}",
        paragraphs=paragraphs,
    )
