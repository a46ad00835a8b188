"""Recording a meeting you take part in (fact sheet section 4).

- Recording a conversation you take part in is not an offence, even without telling the
  others; recording one you are not part of is (afluisteren). # Sr 139a/139b (fact 4.1, V-sec)
- As evidence in a civil case a participant's secret recording is generally admissible; the
  law of evidence is free. # Rv 152; HR 16-10-1987, NJ 1988/850 (fact 4.2, V)
- Spreading or publishing it can breach the others' privacy. # Gw 10; EVRM 8 (fact 4.4, V-sec)
- Kept to yourself it arguably falls under the AVG household exemption (one author's view).
  # AVG 2(2)(c) (fact 4.5, V-sec opinion)
- Whether the same holds before the GPO, a klachtencommissie or in administrative procedures
  was not verified (fact 4.6, NV).
"""

from __future__ import annotations

from dataclasses import dataclass

from dossierwijs.core.rules.sources import Confidence, weakest
from dossierwijs.core.rules.sources import source as get_source


@dataclass(frozen=True)
class RecordingAnswer:
    allowed: bool  # recording is not an offence
    explanation: str  # Dutch
    notes: tuple[str, ...]  # Dutch: evidence, sharing, what we could not check
    confidence: Confidence
    source_ids: tuple[str, ...]


def may_record(*, takes_part: bool) -> RecordingAnswer:
    """May a parent record a conversation? Only one they take part in (Sr 139a)."""
    if not takes_part:
        return RecordingAnswer(
            allowed=False,
            explanation=(
                "Een gesprek opnemen waar u zelf niet bij bent, is afluisteren. Dat is "
                "strafbaar (Wetboek van Strafrecht 139a)."
            ),
            notes=(),
            confidence="V-sec",
            source_ids=("gesprek-opnemen",),
        )
    source_ids = ("gesprek-opnemen", "opname-bewijs", "opname-delen", "opname-huishoudelijk")
    return RecordingAnswer(
        allowed=True,
        explanation=(
            "U mag een gesprek opnemen waaraan u zelf meedoet, ook zonder het te zeggen. Dat "
            "is niet strafbaar (Wetboek van Strafrecht 139a)."
        ),
        notes=(
            "Als bewijs bij de rechter mag zo'n opname meestal gebruikt worden (Hoge Raad "
            "1987). Of dat ook geldt bij de Geschillencommissie of een klachtencommissie, "
            "hebben wij niet kunnen controleren.",
            "Houd de opname voor uzelf. Wie haar verspreidt of publiceert, kan de privacy van "
            "de anderen schenden.",
            "Zeg liever vooraf dat u opneemt. Heimelijk opnemen kan de verhouding met school "
            "schaden.",
        ),
        confidence=weakest([get_source(i).confidence for i in source_ids]),
        source_ids=source_ids,
    )


__all__ = ["RecordingAnswer", "may_record"]
