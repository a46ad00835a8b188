"""Machtiging: a young person of 16+ authorises the parents to ask for access.

The wording and the age rule come from the rules core
(``dossierwijs.core.rules.age.authorisation_text`` and ``access_request_requester``;
UAVG art. 5, AVG art. 15). It is a document to sign, so it has one wording for all tones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from dossierwijs.core.rules.age import (
    AUTHORISED_REQUESTS,
    access_request_requester,
    authorisation_text,
)

from ..model import Letter, LetterContext, LetterError, Paragraph, Writer
from .base import EssentialFact, build_letter, check_input, label

KIND = "machtiging"
LABEL = "Machtiging van uw kind (16 jaar of ouder)"
DESCRIPTION = (
    "Uw kind van 16 of ouder machtigt u om namens hem of haar één verzoek te doen, zoals "
    "inzage of correctie."
)
RIGHTS_REQUEST = False
SAME_IN_EVERY_TONE = True


REQUEST_LABELS = {
    "inzage": "Inzage en een kopie",
    "correctie": "Correctie of aanvulling",
    "verwijdering": "Verwijdering",
    "beperking": "Beperking van het gebruik",
    "bezwaar": "Bezwaar",
    "intrekking": "Intrekking van toestemming",
    "geen_toestemming": "Geen toestemming geven voor een formulier",
    "klacht_ap": "Een klacht bij de Autoriteit Persoonsgegevens",
}
CHOICES = {"request": tuple(REQUEST_LABELS.items())}


@dataclass(frozen=True)
class MachtigingInput:
    """Child, parents and organisation come from the context; ``request`` is what it covers."""

    request: str = field(
        default="inzage",
        metadata=label(
            "Voor welk verzoek geldt de machtiging",
            required=False,
            help="Een machtiging geldt voor één verzoek.",
            widget="choice",
        ),
    )


def _article(data: MachtigingInput) -> tuple[str, ...]:
    text = AUTHORISED_REQUESTS.get(data.request, "")
    found = re.search(r"AVG artikel [0-9]+( lid [0-9]+)?", text)
    return (found.group(0),) if found else ()


def _parents(ctx: LetterContext) -> tuple[str, ...]:
    return tuple(p.name for p in ctx.signers + ctx.other_parents if p.name.strip())


ESSENTIAL_FACTS = (
    EssentialFact(
        "wie",
        "Wie machtigt wie, bij welke organisatie",
        dynamic=lambda d, ctx: (ctx.child.name, *_parents(ctx), ctx.recipient.name),
    ),
    EssentialFact(
        "verzoek", "Voor welk verzoek (met het artikel)", dynamic=lambda d, ctx: _article(d)
    ),
    EssentialFact("intrekken", "De machtiging kan worden ingetrokken", phrases=("intrekken",)),
)


def compose(data: MachtigingInput, ctx: LetterContext, tone: str) -> Letter:
    """The authorisation to print and have the young person sign (``tone`` is ignored)."""
    check_input(data)
    requester = access_request_requester(ctx.child.birth_date, ctx.date)
    if not requester.needs_authorisation:
        raise LetterError(f"{requester.explanation} Een machtiging is dus niet nodig.")
    if data.request not in AUTHORISED_REQUESTS:
        raise LetterError(f"Voor dit verzoek maakt dossierwijs geen machtiging: {data.request}.")
    text = authorisation_text(
        ctx.child.name, _parents(ctx), ctx.recipient.name, ctx.date, data.request
    )
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    title = blocks[0]
    # The signature line becomes our signature block, which leaves room to sign by hand.
    body = [b for b in blocks[1:] if not b.startswith("Handtekening")]
    ctx = replace(ctx, writer=Writer.JONGERE)
    letter = build_letter(
        kind=KIND,
        tone=tone,
        ctx=ctx,
        subject=title,
        paragraphs=[Paragraph(" ".join(b.split())) for b in body],
        guidance=[requester.explanation],
    )
    return replace(
        letter, salutation="", closing="", signatures=(ctx.child.name,), to=(), cc=(), cc_names=()
    )
