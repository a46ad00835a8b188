"""Open words that are no open purpose where they stand (AVG art. 4 lid 11, art. 6 lid 1 onder
a; overweging 32): denied ("niet voor andere doeleinden"), or what a message tells ("In de
melding staat wat er aan de hand is"). Split from ``purpose_vague``.
"""

from __future__ import annotations

import re

# Denied at the end of a list of what is ruled out: "niet voor reclame of andere doelen"
# (sealed196). Not where the list turns round: "niet voor reclame, wel voor onderzoek en
# andere doeleinden", "niet enkel voor de oefeningen en andere doeleinden" (outside review).
_DENIED_LIST = re.compile(
    r"\b(niet|nooit|geen)\b(?! (alleen|enkel|uitsluitend|slechts)\b)"
    r"(?![^.]*\b(wel|maar|ook|enkel|uitsluitend|slechts)\b)"
    r"( voor)?(,? \w+){1,4} (of|en|noch)\s*$"
)


def ruled_out(key: str, start: int) -> bool:
    """The open words are denied: "Wij gebruiken deze gegevens niet voor andere doeleinden",
    "niet voor reclame of andere doelen"."""
    before = key[max(0, start - 45) : start]
    return bool(
        re.search(r"\b(niet|nooit|geen)\b( \w+)?\s*$", before) or _DENIED_LIST.search(before)
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


def what_a_message_says(key: str, m: re.Match[str]) -> bool:
    """The open words "wat er aan de hand is" as what a message tells the parent."""
    return m.group(0).startswith("wat er aan de hand") and bool(
        _MESSAGE_TELLS.search(key[max(0, m.start() - 100) : m.start()])
    )
