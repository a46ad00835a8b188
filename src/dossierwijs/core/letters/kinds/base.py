"""Shared building blocks for the letter kinds: essential facts, tone wording, letterhead.

A tone changes the wording, never the substance: every kind declares its essential
facts as phrases that must appear in the letter whatever the tone, and
:func:`missing_facts` proves it (also after the parent edited the text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import MISSING, dataclass, fields
from datetime import date
from typing import Any

from dossierwijs.core.rules.gezag import ONBEKEND, ZONDER, rights_request_refusal

from ..model import (
    TONES,
    Attachment,
    Letter,
    LetterContext,
    LetterError,
    MissingData,
    Paragraph,
    Writer,
    dutch_date,
    join_names,
    normalise,
)


@dataclass(frozen=True)
class EssentialFact:
    """A fact the letter must state in every tone.

    ``phrases`` must all appear (case and spacing ignored). ``dynamic`` builds
    extra phrases from the input, e.g. each category asked for.
    """

    key: str
    label: str
    phrases: tuple[str, ...] = ()
    dynamic: Callable[[Any, LetterContext], Sequence[str]] | None = None

    def required(self, data: Any, ctx: LetterContext) -> tuple[str, ...]:
        extra = tuple(self.dynamic(data, ctx)) if self.dynamic else ()
        return self.phrases + extra


def missing_facts(
    text: str, facts: Sequence[EssentialFact], data: Any, ctx: LetterContext
) -> list[str]:
    """Dutch labels of the essential facts ``text`` no longer states."""
    haystack = normalise(text)
    return [
        fact.label
        for fact in facts
        if any(normalise(p) not in haystack for p in fact.required(data, ctx))
    ]


def label(text: str, *, required: bool = True, help: str = "", widget: str = "") -> Any:
    """Dataclass field metadata: the Dutch label shown in the form and in MissingData."""
    return {"label": text, "required": required, "help": help, "widget": widget}


def check_input(data: Any) -> None:
    """Raise MissingData for every required field of ``data`` that is empty."""
    missing = []
    for f in fields(data):
        meta = f.metadata
        if not meta.get("required", False):
            continue
        value = getattr(data, f.name)
        if value is None or (isinstance(value, str | tuple | list) and not _filled(value)):
            missing.append(meta.get("label", f.name))
    if missing:
        raise MissingData(missing)


def _filled(value: str | tuple | list) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return any(str(v).strip() for v in value)


def has_default(f: Any) -> bool:
    return f.default is not MISSING or f.default_factory is not MISSING


def pick(tone: str, vriendelijk: str, zakelijk: str, stellig: str) -> str:
    """The wording for ``tone``."""
    if tone not in TONES:
        raise LetterError(f"Onbekende toon: kies uit {', '.join(TONES)}.")
    return {"vriendelijk": vriendelijk, "zakelijk": zakelijk, "stellig": stellig}[tone]


def we(ctx: LetterContext, plural: str, singular: str) -> str:
    """Choose the "wij" or the "ik" form of a sentence."""
    return plural if ctx.plural else singular


def about(ctx: LetterContext) -> str:
    """How the letter refers to the child after the first mention ("mij" for the young person)."""
    return "mij" if ctx.writer is Writer.JONGERE else ctx.child.first_name


def data_of(ctx: LetterContext) -> str:
    """``de gegevens van Sanne``, or ``mijn gegevens`` when the young person writes."""
    return "mijn gegevens" if ctx.writer is Writer.JONGERE else f"de gegevens van {about(ctx)}"


def child_line(ctx: LetterContext) -> str:
    """``Sanne Canarisvogel, geboren op 12 april 2013``."""
    return f"{ctx.child.name}, geboren op {dutch_date(ctx.child.birth_date)}"


def _all_signers_have_gezag(ctx: LetterContext) -> bool:
    return bool(ctx.signers) and all(p.gezag is True for p in ctx.signers)


def who_asks(ctx: LetterContext) -> str:
    """One sentence stating who writes, on whose behalf and in which capacity.

    "met gezag" is said only of signers who said so themselves in the app: a parent who
    has no gezag, or does not know, is never described as having it.
    """
    child = child_line(ctx)
    names = join_names(ctx.signer_names)
    if ctx.writer is Writer.JONGERE:
        return f"Ik ben {child}. Ik ben 16 jaar of ouder en schrijf deze brief zelf."
    if ctx.writer is Writer.OUDERS_MET_MACHTIGING:
        # One parent with the machtiging writes as "ik": "Wij, Els Bakker, schrijven" read
        # wrong to a school.
        return (
            f"{we(ctx, 'Wij', 'Ik')}, {names}, {we(ctx, 'schrijven', 'schrijf')} deze brief "
            f"namens {child}. {ctx.child.name} is 16 jaar of ouder en heeft "
            f"{we(ctx, 'ons', 'mij')} daarvoor schriftelijk gemachtigd; de machtiging zit als "
            "bijlage bij deze brief."
        )
    gezag = _all_signers_have_gezag(ctx)
    if len(ctx.signers) > 1:
        if gezag:
            return f"Wij, {names}, zijn de ouders met gezag van {child}."
        return f"Wij, {names}, zijn de ouders van {child}."
    if gezag:
        return f"Ik, {names}, ben ouder met gezag van {child}."
    return f"Ik, {names}, ben ouder van {child}."


def who_asks_phrases(_data: Any, ctx: LetterContext) -> tuple[str, ...]:
    phrases = [*ctx.signer_names, child_line(ctx)]
    if ctx.writer is Writer.OUDERS_MET_MACHTIGING:
        phrases.append("schriftelijk gemachtigd")
    elif ctx.writer is Writer.OUDERS and _all_signers_have_gezag(ctx):
        phrases.append("met gezag")
    return tuple(phrases)


WHO_ASKS = EssentialFact(
    "wie_namens_wie",
    "Wie schrijft, namens wie (ouders met gezag of de jongere)",
    dynamic=who_asks_phrases,
)


def require_rights_writer(ctx: LetterContext) -> None:
    """A rights request for a child under 16 comes from parents with gezag (UAVG art. 5).

    Every signer must have said in the app that they have gezag; the rule and the Dutch
    message live in ``dossierwijs.core.rules.gezag``.
    """
    if ctx.writer is not Writer.OUDERS:
        return
    for parent in ctx.signers:
        if parent.gezag is not True:
            status = ONBEKEND if parent.gezag is None else ZONDER
            raise LetterError(rights_request_refusal(status).message)


def one_month_term(ctx: LetterContext, tone: str) -> str:
    """The one-month answer term of AVG art. 12 lid 3, in the tone asked."""
    # AVG art. 12 lid 3: answer without undue delay, at the latest within one month
    # of receipt; extension by two months only with reasons, told within that month.
    # The extension only where the complexity and number of requests make it necessary
    # (AVG art. 12 lid 3, second sentence; fact 1.2), announced with reasons (fact 1.3).
    core = (
        "binnen één maand na ontvangst (artikel 12 lid 3 AVG). Die termijn kan alleen "
        "met twee maanden worden verlengd als dat nodig is omdat het verzoek ingewikkeld is "
        "of omdat u veel verzoeken krijgt, en als u dat binnen de eerste maand laat weten, "
        "met de reden erbij."
    )
    return pick(
        tone,
        vriendelijk=we(ctx, "Wij horen graag", "Ik hoor graag") + f" van u, uiterlijk {core}",
        zakelijk=we(ctx, "Wij verwachten", "Ik verwacht") + f" uw antwoord {core}",
        stellig="U bent verplicht te antwoorden " + core,
    )


ONE_MONTH = EssentialFact(
    "termijn",
    "De termijn van één maand (artikel 12 lid 3 AVG)",
    phrases=("binnen één maand na ontvangst", "artikel 12 lid 3 AVG"),
)


def inform_recipients(ctx: LetterContext, tone: str) -> str:
    """Ask that every recipient is told (AVG art. 19), grammatical in every tone.

    "Wilt u ... brengen" takes a bare infinitive; "vragen/verplicht ... te brengen" a te-one.
    """
    # AVG art. 19: the controller tells every recipient about a rectification,
    # erasure or restriction, and tells the data subject who they are on request.
    whom = "iedereen aan wie u deze gegevens hebt verstrekt"
    us = we(ctx, "ons", "mij")
    return pick(
        tone,
        vriendelijk=f"Wilt u ook {whom} hiervan op de hoogte brengen (artikel 19 AVG) en {us} "
        "laten weten wie dat zijn?",
        zakelijk=we(ctx, "Wij vragen u ook", "Ik vraag u ook")
        + f" {whom} hiervan op de hoogte te brengen (artikel 19 AVG) en {us} te laten weten "
        "wie dat zijn.",
        stellig=f"Ook bent u verplicht {whom} hiervan op de hoogte te brengen (artikel 19 AVG) "
        f"en {us} desgevraagd te laten weten wie dat zijn.",
    )


# Keyed on the article, not on a phrase whose grammar changes with the tone.
INFORM_RECIPIENTS = EssentialFact(
    "ontvangers_informeren",
    "Alle ontvangers informeren (artikel 19 AVG)",
    phrases=("artikel 19 AVG", "op de hoogte"),
)


def salutation(ctx: LetterContext, tone: str) -> str:
    person = ctx.recipient.contact_person.strip()
    if person:
        return pick(tone, f"Beste {person},", f"Geachte {person},", f"Geachte {person},")
    return "Geachte heer, mevrouw,"


def closing(tone: str) -> str:
    return pick(tone, "Met vriendelijke groet,", "Met vriendelijke groet,", "Hoogachtend,")


def build_letter(
    *,
    kind: str,
    tone: str,
    ctx: LetterContext,
    subject: str,
    paragraphs: Sequence[Paragraph],
    attachments: Sequence[Attachment] = (),
    attachment_names: Sequence[str] = (),
    guidance: Sequence[str] = (),
    salutation_text: str | None = None,
) -> Letter:
    """Assemble a :class:`Letter` with letterhead, recipient block, signatures and copies."""
    missing = ctx.missing()
    if missing:
        raise MissingData(missing)
    if ctx.writer is Writer.JONGERE:
        sender_names: tuple[str, ...] = (ctx.child.name,)
        sender_mail = ctx.child.email
    else:
        sender_names = ctx.signer_names
        sender_mail = ctx.signers[0].email
    sender_lines: tuple[str, ...] = (join_names(sender_names), *ctx.address.lines())
    if sender_mail:
        sender_lines = (*sender_lines, sender_mail)
    attachments = (*attachments, *ctx.attachments)
    has_authorisation = any("machtiging" in a.filename.lower() for a in attachments)
    if ctx.writer is Writer.OUDERS_MET_MACHTIGING and not has_authorisation:
        attachment_names = (f"Schriftelijke machtiging van {ctx.child.name}", *attachment_names)
    rec = ctx.recipient
    recipient_lines = [rec.name]
    if rec.department:
        recipient_lines.append(rec.department)
    if rec.contact_person:
        recipient_lines.append(f"t.a.v. {rec.contact_person}")
    if rec.address is not None and rec.address.is_complete():
        recipient_lines += list(rec.address.lines())
    names = list(attachment_names) + [a.filename for a in attachments]
    return Letter(
        kind=kind,
        tone=tone,
        subject=subject,
        salutation=salutation_text or salutation(ctx, tone),
        paragraphs=tuple(paragraphs),
        closing=closing(tone),
        signatures=ctx.signer_names,
        sender_lines=tuple(sender_lines),
        recipient_lines=tuple(recipient_lines),
        place_date=f"{ctx.place}, {dutch_date(ctx.date)}",
        to=(rec.email,) if rec.email else (),
        cc=tuple((p.name, p.email) for p in ctx.copied_parents if p.email),
        cc_names=tuple(p.name for p in ctx.other_parents),
        attachments=tuple(attachments),
        attachment_names=tuple(dict.fromkeys(names)),
        from_address=(sender_names[0], sender_mail) if sender_mail else None,
        guidance=tuple(guidance),
    )


def on_date(day: date | None) -> str:
    return dutch_date(day) if day else ""


def rights_ending(ctx: LetterContext, tone: str, done: str) -> str:
    """Closing paragraph of a rights request: ask for confirmation once ``done`` happened."""
    return pick(
        tone,
        vriendelijk=we(ctx, "Wilt u ons laten weten", "Wilt u mij laten weten")
        + f" wanneer {done}? Alvast bedankt.",
        zakelijk=we(ctx, "Wij ontvangen graag", "Ik ontvang graag")
        + f" een schriftelijke bevestiging zodra {done}.",
        stellig=f"Bevestig schriftelijk wanneer {done}. Doet u niets met het verzoek, of maar "
        "een deel, dan moet u dat zonder vertraging en uiterlijk binnen één maand laten weten, "
        "met de redenen, en wijzen op de mogelijkheid van een klacht bij de Autoriteit "
        "Persoonsgegevens en van een beroep bij de rechter (artikel 12 lid 4 AVG).",
    )


def quoted(text: str) -> str:
    return f"\u201c{text.strip()}\u201d"


def lines(values: Sequence[str]) -> tuple[str, ...]:
    """The non-empty entries, stripped."""
    return tuple(v.strip() for v in values if v and v.strip())
