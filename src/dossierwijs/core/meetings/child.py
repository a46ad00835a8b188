"""Does the child take part in the meeting? An age-aware suggestion ("praten met, niet over").

Built on the age rules of ``core.rules.age`` (UAVG art. 5 for school; WGBO for care providers):
- under 12: the parents decide; still, talk with the child, not about it: ask beforehand what
  the child wants said, or let it join the part about what it needs (Balans, fact 6.4);
- 12 to 15: the child's view carries weight: towards a care provider the child decides with
  the parents (WGBO, fact 2.8), and a bill would give children from 12 their own privacy
  rights (fact 2.7, status not verified);
- from 16: the young person decides about their own data at school (UAVG art. 5, fact 2.3).
The suggestion is advice, not law (confidence I).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dossierwijs.core.rules.age import age_on, who_decides
from dossierwijs.core.rules.sources import Confidence

SUGGESTIONS = ("vooraf_vragen", "uitnodigen", "kind_beslist")


@dataclass(frozen=True)
class ChildParticipation:
    suggestion: str  # one of SUGGESTIONS
    age: int
    title: str  # Dutch, one line
    explanation: str  # Dutch, a few short sentences
    confidence: Confidence
    source_ids: tuple[str, ...]
    next_change: date | None  # the birthday on which the suggestion changes


def child_participation(born: date, on: date) -> ChildParticipation:
    """Whether and how the child joins a meeting on ``on``."""
    age = age_on(born, on)
    school = who_decides(born, on, "avg")
    care = who_decides(born, on, "wgbo")
    if "kind" in school.deciders:
        return ChildParticipation(
            suggestion="kind_beslist",
            age=age,
            title="Uw kind hoort bij het gesprek en beslist mee",
            explanation=(
                f"{school.explanation} Het gesprek gaat over die gegevens. Vraag uw kind dus of "
                "het meekomt, en wat er met wie gedeeld mag worden."
            ),
            confidence="I",
            source_ids=("uavg-5", "ap-privacyrechten", "balans-dos-donts"),
            next_change=None,
        )
    if "kind" in care.deciders:
        return ChildParticipation(
            suggestion="uitnodigen",
            age=age,
            title="Nodig uw kind uit voor (een deel van) het gesprek",
            explanation=(
                f"Uw kind is {age} jaar. Vanaf 12 jaar weegt de mening van uw kind zwaar. Bij "
                "een zorgverlener beslist uw kind al mee over zijn gegevens. Praat dus met uw "
                "kind, niet over uw kind: laat het zelf vertellen wat het nodig heeft. Over "
                "gegevens bij school beslist u tot de 16e verjaardag."
            ),
            confidence="I",
            source_ids=("wgbo-450-465", "verzamelwet-12", "uavg-5", "balans-dos-donts"),
            next_change=school.next_change,
        )
    return ChildParticipation(
        suggestion="vooraf_vragen",
        age=age,
        title="Vraag vooraf wat uw kind zelf wil zeggen",
        explanation=(
            f"Uw kind is {age} jaar. U beslist als ouder. Praat wel met uw kind, niet over uw "
            "kind: vraag vooraf wat het zelf wil laten weten. Misschien kan het meedoen met het "
            "deel over wat het nodig heeft."
        ),
        confidence="I",
        source_ids=("uavg-5", "balans-dos-donts"),
        next_change=care.next_change,
    )
