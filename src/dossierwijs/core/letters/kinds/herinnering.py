"""Herinnering: the answer term of a rights request has passed.

The deadline comes from the rules core (AVG art. 12 lid 3; Verordening 1182/71 art. 3),
including whether an announced extension counts (reasons, within the first month).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from dossierwijs.core.rules.holidays import next_working_day

from ..model import Letter, LetterContext, LetterError, Paragraph, dutch_date
from .base import (
    WHO_ASKS,
    EssentialFact,
    about,
    build_letter,
    check_input,
    label,
    pick,
    we,
    who_asks,
)
from .timeline import HOW, REQUEST_KINDS, Reply, RequestHistory

KIND = "herinnering"
LABEL = "Herinnering: de termijn is voorbij"
DESCRIPTION = "Herinner de organisatie aan uw verzoek als zij niet op tijd heeft geantwoord."
RIGHTS_REQUEST = True
CHOICES = {
    "request_kind": tuple((k, v[0]) for k, v in REQUEST_KINDS.items()),
    "how": tuple(HOW.items()),
}
__all__ = ["HerinneringInput", "Reply", "compose"]


@dataclass(frozen=True)
class HerinneringInput(RequestHistory):
    answer_within_days: int = field(
        default=14, metadata=label("Binnen hoeveel dagen wilt u alsnog antwoord", required=False)
    )


def _answer_by(data: HerinneringInput, ctx: LetterContext) -> str:
    """The new reply date, moved to the next working day (Goede Vrijdag counted as a holiday:
    the cautious choice), as a date the school can actually answer on."""
    day = ctx.date + timedelta(days=data.answer_within_days)
    return dutch_date(next_working_day(day, good_friday=True))


ESSENTIAL_FACTS = (
    EssentialFact(
        "verzoek",
        "Welk verzoek en wanneer verstuurd",
        dynamic=lambda d, ctx: (d.request_noun(), dutch_date(d.sent_on)),
    ),
    EssentialFact(
        "termijn_voorbij",
        "De uiterste datum die voorbij is (artikel 12 lid 3 AVG)",
        phrases=("artikel 12 lid 3 AVG",),
        dynamic=lambda d, ctx: (dutch_date(d.due()),),
    ),
    EssentialFact(
        "nieuwe_datum",
        "Tot wanneer u alsnog antwoord wilt",
        dynamic=lambda d, ctx: (_answer_by(d, ctx),),
    ),
    EssentialFact(
        "klacht",
        "Anders een klacht bij de Autoriteit Persoonsgegevens",
        phrases=("Autoriteit Persoonsgegevens",),
    ),
    WHO_ASKS,
)


def compose(data: HerinneringInput, ctx: LetterContext, tone: str) -> Letter:
    """Write the reminder in ``tone``; refuses while the term is still running."""
    check_input(data)
    if data.request_kind not in REQUEST_KINDS:
        raise LetterError("Kies om welk verzoek het gaat.")
    due = data.due()
    if ctx.date <= due:
        raise LetterError(
            f"De termijn loopt nog tot en met {dutch_date(due)}. Een herinnering kunt u "
            "daarna sturen."
        )
    counts, why = data.extension()
    sent = dutch_date(data.sent_on)  # type: ignore[arg-type]
    noun, article = data.request_noun(), data.request_article()
    facts = (
        we(
            ctx,
            f"Op {sent} stuurden wij u een {noun} over {about(ctx)} ({article}).",
            f"Op {sent} stuurde ik u een {noun} ({article}).",
        )
        + f" U hebt het op {dutch_date(data.received)} ontvangen."
    )
    if counts:
        term = (
            f"U hebt de termijn verlengd. De uiterste datum voor uw antwoord was {dutch_date(due)}"
        )
    else:
        term = (
            "U moest binnen één maand antwoorden (artikel 12 lid 3 AVG), dus uiterlijk op "
            f"{dutch_date(due)}"
        )
    term += " (artikel 12 lid 3 AVG)." if counts else "."
    if data.extension_on is not None and not counts:
        term += f" U meldde op {dutch_date(data.extension_on)} een verlenging, maar: {why}"
    late = we(
        ctx,
        "Die datum is voorbij en wij hebben nog geen volledig antwoord gekregen.",
        "Die datum is voorbij en ik heb nog geen volledig antwoord gekregen.",
    )
    replies = tuple(f"{dutch_date(r.on)}: {r.summary.strip()}" for r in data.replies)
    answer_by = _answer_by(data, ctx)
    ask = pick(
        tone,
        vriendelijk="Misschien is het verzoek bij u blijven liggen. Wilt u alsnog antwoorden, "
        f"uiterlijk op {answer_by}?",
        zakelijk=we(ctx, "Wij verzoeken u", "Ik verzoek u")
        + f" alsnog volledig te antwoorden, uiterlijk op {answer_by}.",
        stellig=we(ctx, "Wij verwachten", "Ik verwacht")
        + f" uw volledige antwoord uiterlijk op {answer_by}.",
    )
    then = pick(
        tone,
        vriendelijk=we(ctx, "Lukt dat niet, dan dienen wij", "Lukt dat niet, dan dien ik")
        + " een klacht in bij de Autoriteit Persoonsgegevens. "
        + we(ctx, "Dat doen wij liever niet.", "Dat doe ik liever niet."),
        zakelijk=we(
            ctx,
            "Ontvangen wij dan geen antwoord, dan dienen wij",
            "Ontvang ik dan geen antwoord, dan dien ik",
        )
        + " een klacht in bij de Autoriteit Persoonsgegevens (artikel 77 AVG).",
        stellig=we(ctx, "Anders dienen wij", "Anders dien ik")
        + " zonder verdere aankondiging een klacht in bij de Autoriteit Persoonsgegevens "
        "(artikel 77 AVG).",
    )
    paragraphs = [Paragraph(who_asks(ctx)), Paragraph(facts), Paragraph(term + " " + late)]
    if replies:
        paragraphs.append(
            Paragraph(
                we(ctx, "Wat wij tot nu toe van u ontvingen:", "Wat ik tot nu toe van u ontving:"),
                replies,
            )
        )
    paragraphs += [Paragraph(ask), Paragraph(then)]
    return build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=f"Herinnering: {noun} van {sent} over {ctx.child.name}",
        paragraphs=paragraphs,
        guidance=[
            "Stuur de herinnering op dezelfde manier als het verzoek, en noteer de datum in "
            "dossierwijs. Bij een klacht laat u zien dat u het eerst zelf hebt geprobeerd.",
        ],
    )
