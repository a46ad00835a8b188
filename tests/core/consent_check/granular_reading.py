"""How the granular judgment reads for a parent: a defect, ``ok``, or ``ok`` with the weaker
sign of several exchanges shown as a doubt (``several_exchanges.may_cover_several_things``)."""

from dossierwijs.core.consent_check.form import Judgement
from dossierwijs.core.consent_check.granular import MAYBE_SEVERAL


def reading(judged: Judgement) -> str:
    """ "gebrek", "twijfel" (the weaker sign, not counted) or "ok"."""
    if judged.oordeel == "ok" and judged.uitleg.startswith(MAYBE_SEVERAL):
        return "twijfel"
    return judged.oordeel
