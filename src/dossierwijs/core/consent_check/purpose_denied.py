"""Open words that are no open purpose where they stand (AVG art. 4 lid 11, art. 6 lid 1 onder
a; overweging 32): denied ("niet voor andere doeleinden"), what a message tells ("In de
melding staat wat er aan de hand is"), or what helpers know in an emergency ("zodat zij bij
een noodgeval weten wat er aan de hand is"). Split from ``purpose_vague``.
"""

from __future__ import annotations

import re

from .phrases_data import VAGUE_DATA

# Denied at the end of a list of what is ruled out: "niet voor reclame of andere doelen"
# (sealed196). Not where the list turns round: "niet voor reclame, wel voor onderzoek en
# andere doeleinden", "niet enkel voor de oefeningen en andere doeleinden" (outside review).
_DENIED_LIST = re.compile(
    r"\b(niet|nooit|geen)\b(?! (alleen|enkel|uitsluitend|slechts)\b)"
    r"(?![^.]*\b(wel|maar|ook|enkel|uitsluitend|slechts)\b)"
    r"( voor)?(,? \w+){1,4} (of|en|noch)\s*$"
)


# Denied at the end of the clause they open: "Voor andere dingen bellen we uw kind niet"
# (sealed221), not "Voor andere dingen bellen we uw kind ook, maar niet 's avonds".
# (Also with the verb after the "niet" and a clause after it: "Voor andere dingen worden de
# gegevens niet gebruikt en niemand anders krijgt ze" (sealed191), "Voor andere doeleinden mogen
# zij het nummer niet gebruiken"; not a "niet" of a clause within: "Voor andere dingen bellen
# we uw kind als de ouders niet opnemen", nor "... alleen als u dat wilt, en anders niet".)
_DENIED_AFTER = re.compile(
    r"(?![^.;:!?]*(\b(maar|wel|ook|behalve|tenzij|zonder)\b|\banders (niet|nooit)\b))"
    r"(?![^.;:!?,]*\b(als|wanneer|zolang|indien|zodra|omdat|voordat|nadat)\b)"
    r"[^.;:!?,]{0,50}\b(niet|nooit)( [a-z]+(en|t|d))?\s*([.;!,]|$| en\b)"
)


def ruled_out(key: str, start: int, end: int | None = None) -> bool:
    """The open words are denied: "Wij gebruiken deze gegevens niet voor andere doeleinden",
    "niet voor reclame of andere doelen", "Voor andere dingen bellen we uw kind niet"."""
    before = key[max(0, start - 45) : start]
    if re.search(r"\b(niet|nooit|geen)\b( \w+)?\s*$", before) or _DENIED_LIST.search(before):
        return True
    return (
        end is not None
        # (the open words may follow the "voor" that opens the clause: "Voor andere doeleinden
        # gebruiken we het nummer niet")
        and re.search(r"(^|[.;:]\s)\W*(voor )?$", key[:start]) is not None
        and _DENIED_AFTER.match(key, end) is not None
    )


# What happened, as what a message tells the parent: "In de melding staat wat er aan de hand
# is", "krijgt u een bericht met wat er aan de hand is", "wie niet meedoet, hoort via de
# leerkracht wat er aan de hand is" (sealed192). The notice itself is the exchange; its reason
# stands elsewhere ("Bij een ontruiming ..."). Not what the organisation hears or is told: "Zo
# horen wij van de logopedist wat er aan de hand is" stays an open purpose (outside review).
_MESSAGE_TELLS = re.compile(
    r"\b(melding|bericht|sms|sms'je|mail|e-mail|appje|pushbericht|notificatie)\s+met\s*$"
    r"|\bin (de|het|een|die|dat|dit|deze|elke|ieder) (melding|bericht|sms|mail|e-mail|appje|"
    r"pushbericht|notificatie)\b[^.;:]{0,20}\b(staat|leest u|lees je|ziet u|zie je)\s*$"
    r"|\b(u|je|jij|jullie) (hoort|horen|leest|lezen)\b[^.;:]{0,50}$"
    r"|\bwie\b[^.;:]{0,30},\s*(hoort|leest)\b[^.;:]{0,60}$"
)


# What those who help know in an emergency: "zodat zij bij een noodsituatie tijdens de les
# weten wat er aan de hand is en wie zij moeten bellen" (sealed199). The emergency is the
# purpose; "zodat de leerkracht weet wat er aan de hand is" stays open.
_KNOWN_IN_AN_EMERGENCY = re.compile(
    r"\b(bij|in|tijdens) (een|het|zo'n) (nood(geval\w*|situatie\w*)?|ongeval\w*|ongeluk\w*|calamiteit\w*|"
    r"aanval|insult|epileptische aanval)\b[^.;:]{0,60}\b(weten|weet)\s*$"
)


def what_a_message_says(key: str, m: re.Match[str]) -> bool:
    """The open words "wat er aan de hand is" as what a message tells the parent, or as what
    helpers know in an emergency."""
    before = key[max(0, m.start() - 100) : m.start()]
    return m.group(0).startswith("wat er aan de hand") and bool(
        _MESSAGE_TELLS.search(before) or _KNOWN_IN_AN_EMERGENCY.search(before)
    )


# "worden zo nodig ook andere relevante gegevens gedeeld", "beeld en geluid en andere gegevens
# van de kinderen gebruikt, voor zover nodig" (sealed198, sealed200): the data are left open,
# a defect of gegevens, not of the purpose.
_OPENS_THE_DATA = re.compile(
    r"\W*(ook )?(andere|overige|aanvullende|meer|verdere|extra)\b[^.,;]{0,20}"
    r"\b(gegevens|informatie|stukken|documenten)\b"
)
_OPEN_DATA_BEFORE = re.compile(
    r"\b(andere|overige|aanvullende|verdere)( \w+)? (gegevens|informatie)\b[^.;]{0,45}$"
)


def opens_the_data(key: str, m: re.Match[str]) -> bool:
    """ "zo nodig" or "voor zover nodig" that qualifies open data, not the purpose."""
    # (only where the data are then a defect of their own: "ook andere informatie ..., voor zover
    # nodig" names no open data list, and stays an open purpose; outside review)
    if "nodig" not in m.group(0) or not VAGUE_DATA.search(key):
        return False
    return bool(_OPENS_THE_DATA.match(key[m.end() : m.end() + 60])) or bool(
        _OPEN_DATA_BEFORE.search(key[max(0, m.start() - 60) : m.start()])
        and re.fullmatch(r"\W*", key[m.end() :])
    )


# Adjusting a named approach if needed is part of a concrete purpose: "om te kijken of de aanpak
# werkt, en om die aanpak zo nodig samen met de school bij te stellen" (sealed202).
_ADJUSTS_IF_NEEDED = re.compile(
    r"\bom (die|deze|de|het|dat|dit) (aanpak|plan|afspraken|werkwijze|oefeningen|[a-z]+plan) $"
)
_ADJUSTING = re.compile(r"[^.;]{0,40}\b(bij te stellen|aan te passen|te wijzigen)\b")


def adjusts_if_needed(key: str, m: re.Match[str]) -> bool:
    """ "om die aanpak zo nodig bij te stellen": the need qualifies a named adjustment."""
    return bool(
        _ADJUSTS_IF_NEEDED.search(key[max(0, m.start() - 40) : m.start()])
        and _ADJUSTING.match(key[m.end() :])
    )
