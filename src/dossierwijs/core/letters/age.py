"""Who may write a rights request at the child's age: the letter engine asks the rules core."""

from __future__ import annotations

from dataclasses import replace

from dossierwijs.core.rules.age import who_decides

from .model import Letter, LetterContext, LetterError, Paragraph, Writer

# Kinds that settle the child's part themselves: the authorisation is the child's own,
# the short-report request follows the WGBO ages, the 1:377c request is the parent's own.
_OWN_AGE_RULES = ("machtiging", "verkort_verslag", "informatie")


def check_writer_for_age(ctx: LetterContext) -> None:
    """Refuse a rights letter from the wrong writer for the child's age on the letter date.

    Under 16 the parents with gezag make the request; from 16 the young person does,
    or the parents with the young person's written authorisation (UAVG art. 5; the
    rule itself lives in ``dossierwijs.core.rules.age``).
    """
    decision = who_decides(ctx.child.birth_date, ctx.date, "avg")
    child = ctx.child.name
    if "kind" in decision.deciders and ctx.writer is Writer.OUDERS:
        raise LetterError(
            f"{decision.explanation} Laat {child} de brief zelf ondertekenen, of laat "
            f"{child} u schriftelijk machtigen. dossierwijs maakt die machtiging voor u."
        )
    if "kind" not in decision.deciders and ctx.writer is not Writer.OUDERS:
        raise LetterError(
            f"{decision.explanation} Een machtiging van {child} is dus niet nodig: "
            "u schrijft de brief zelf als ouder met gezag."
        )


def with_agreement_of_16_plus(letter: Letter, ctx: LetterContext) -> Letter:
    """A letter from the parents about a child of 16+ carries the child's agreement.

    From 16 the young person decides about their own data (UAVG art. 5; the rule is
    ``core.rules.age.who_decides``), so a letter that is not a rights request (those need
    the young person or a machtiging, see ``check_writer_for_age``) says the young person
    agrees and leaves room for their signature. Other letters are returned unchanged.
    """
    if letter.kind in _OWN_AGE_RULES or ctx.writer is not Writer.OUDERS:
        return letter
    decision = who_decides(ctx.child.birth_date, ctx.date, "avg")
    if "kind" not in decision.deciders:
        return letter
    first = ctx.child.first_name
    agreement = Paragraph(
        f"{first} is 16 jaar of ouder en beslist zelf over de eigen gegevens. {first} is het "
        "met deze brief eens en ondertekent hem mee."
    )
    paragraphs = (*letter.paragraphs[:1], agreement, *letter.paragraphs[1:])
    return replace(letter, paragraphs=paragraphs, signatures=(*letter.signatures, ctx.child.name))
