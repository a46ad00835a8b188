"""Who may write a rights request at the child's age: the letter engine asks the rules core."""

from __future__ import annotations

from dossierwijs.core.rules.age import who_decides

from .model import LetterContext, LetterError, Writer


def check_writer_for_age(ctx: LetterContext) -> None:
    """Refuse a rights letter from the wrong writer for the child's age on the letter date.

    Under 16 the parents with gezag make the request; from 16 the young person does,
    or the parents with the young person's written authorisation (UAVG art. 5; the
    rule itself lives in ``dossierwijs.core.rules.age``).
    """
    decision = who_decides(ctx.child.birth_date, ctx.date, "avg")
    child = ctx.child.name
    if "kind" in decision.beslist and ctx.writer is Writer.OUDERS:
        raise LetterError(
            f"{decision.explanation} Laat {child} de brief zelf ondertekenen, of laat "
            f"{child} u schriftelijk machtigen. dossierwijs maakt die machtiging voor u."
        )
    if "kind" not in decision.beslist and ctx.writer is not Writer.OUDERS:
        raise LetterError(
            f"{decision.explanation} Een machtiging van {child} is dus niet nodig: "
            "u schrijft de brief zelf als ouder met gezag."
        )
