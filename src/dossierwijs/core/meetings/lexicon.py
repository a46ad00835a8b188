"""Judgmental or ambiguous wording in a school's report, each with why it matters.

A report is read later by people who were not there: a new teacher, the samenwerkingsverband,
a commission. Words that judge a parent or child, or hint at something without saying what,
can colour their view. Each entry has the reason in plain Dutch; the comparer quotes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARENT = r"(?:moeder|vader|ouders?|het gezin|gezin|mw\.?\s+\w+|dhr\.?\s+\w+)"
_BE = (
    r"(?:is|was|zijn|waren|lijkt|lijken|leek|leken|bleek|bleken|reageerde|reageerden|reageert|"
    r"reageren|kwam|kwamen|komt|komen|oogde|oogden|maakte|maakten|maakt|maken|werd|werden|"
    r"stelt|stellen|stelde|stelden|gedroeg|gedroegen)"
)
_ADVERB = r"(?:\s+(?:erg|zeer|heel|nogal|wat|soms|vaak|enigszins|tamelijk|behoorlijk|te|"
_ADVERB += r"duidelijk|opvallend|wel|weer|ook|tijdens het gesprek|in het gesprek))*"


@dataclass(frozen=True)
class JudgingWords:
    pattern: re.Pattern[str]
    reason: str  # Dutch: why someone who was not there could misread it


def _entry(pattern: str, reason: str) -> JudgingWords:
    return JudgingWords(re.compile(pattern, re.IGNORECASE), reason)


_EMOTION = (
    "Dit beschrijft een gevoel, niet wat er gezegd is. Wie er niet bij was, kan denken dat de "
    "ouder het gesprek verstoorde, terwijl het om een zorg over het kind ging."
)
_ATTITUDE = (
    "Dit is een oordeel over de houding van de ouder, geen verslag van wat er gezegd is. Het "
    "kan later tegen u werken, bijvoorbeeld bij een aanvraag of een klacht."
)
_GUESS = (
    "Dit is een indruk of vermoeden dat als feit kan worden gelezen. Er staat niet waarop het "
    "berust of wie het zo zag."
)
_VAGUE_HOME = (
    "Dit is vaag over de situatie thuis. Wie het leest, kan er van alles in lezen; het is "
    "niet zo besproken."
)
_CHILD = (
    "Dit legt de oorzaak of schuld bij het kind, zonder te zeggen wat er precies gebeurde. "
    "Zo'n zin blijft in het dossier en kleurt hoe anderen het kind zien."
)

_AS_FACT = (
    "Een mening of vermoeden staat hier als vaststaand feit. Wie het later leest, neemt het "
    "over, ook als het in het gesprek nog een open vraag was."
)
_DIAGNOSIS = (
    "Een diagnose stelt alleen een deskundige na onderzoek. In een verslag van school is dit "
    "hooguit een vermoeden; zo opgeschreven gaat het een eigen leven leiden."
)
_REFUSE = (
    "'Weigeren' klinkt alsof u niet wilt meewerken. Staat er niet bij wat u wél wilde en "
    "waarom, dan mist de lezer uw kant."
)

LEXICON: tuple[JudgingWords, ...] = (
    _entry(
        r"\b(?:heeft|hebben)\s+(?:duidelijk |waarschijnlijk |vermoedelijk |zeker |gewoon )?"
        r"(?:adhd|add|autisme|ass|odd|dcd|pdd-nos|een stoornis|een hechtingsstoornis)\b",
        _DIAGNOSIS,
    ),
    _entry(
        r"\b(?:is|zijn|heeft|hebben|was|waren)\s+(?:duidelijk|overduidelijk|evident|"
        r"ongetwijfeld|zonder twijfel|zeker weten)\b",
        _AS_FACT,
    ),
    _entry(r"\bniet op (?:zijn|haar|hun) plek\b|\bhoort hier niet\b", _AS_FACT),
    _entry(r"\b(?:ouders?|moeder|vader)\s+(?:\w+\s+)?weiger\w*\b", _REFUSE),
    _entry(r"\b(?:emotioneel|overstuur|hysterisch|huilerig|dramatisch|in alle staten)\b", _EMOTION),
    _entry(
        r"\b(?:boos|kwaad|geïrriteerd|geagiteerd|opgefokt|agressief|dreigend|vijandig|fel|"
        r"heftig|opgewonden)\b(?![^.]*\bals\b)",
        _EMOTION,
    ),
    _entry(
        _PARENT + r"\s+" + _BE + _ADVERB + r"\s+(?:defensief|wantrouwend|achterdochtig|"
        r"argwanend|afwerend|star|onredelijk|lastig|moeilijk|moeizaam|dwingend|eisend|"
        r"veeleisend|claimend|ongeïnteresseerd|verward|onrealistisch|overbezorgd|"
        r"(?:erg |zeer |te |overdreven )bezorgd|nauwelijks betrokken|weinig betrokken)\b",
        _ATTITUDE,
    ),
    _entry(
        r"\b(?:defensief|wantrouwend|achterdochtig|onredelijk|veeleisend|overbezorgd)\b", _ATTITUDE
    ),
    _entry(r"\bhoge eisen\b|\bstellen eisen\b|\beisen dat\b", _ATTITUDE),
    _entry(
        r"\b(?:onderschatten|onderschat|overschatten|bagatelliseren|ontkennen|ontkent|"
        r"weinig inzicht|geen inzicht|niet open|houden de boot af|nauwelijks betrokken|"
        r"weinig betrokken|keek vaak op (?:zijn|haar) telefoon)\b",
        _ATTITUDE,
    ),
    _entry(
        r"\b(?:lijkt|lijken|leek|leken)\b(?!\s+(?:het ons|ons|mij)\b)"
        r"|\bvermoedelijk\b|\bde indruk\b|\bindruk\b|\bkomt\s+\w+\s+over\b|\bkwam\s+\w+\s+over\b",
        _GUESS,
    ),
    _entry(
        r"\b(?:chaotisch\w*|instabiel\w*|onrustig\w* thuis|thuis onrustig|zorgelijk\w* thuis|"
        r"thuissituatie|gezinssituatie|situatie thuis|spelen zaken|speelt (?:er )?(?:van alles|veel|iets)|"
        r"zaken in de familie|problemen thuis|relatieproblemen)\b",
        _VAGUE_HOME,
    ),
    _entry(
        r"\b(?:lokt\b[^.]{0,50}\buit|uitlokt|uitlokken|eigen schuld|expres|met opzet|lui|"
        r"ongemotiveerd|brutaal|manipulatief|zoekt aandacht|aandachtvragend|aandacht zoekend)\b",
        _CHILD,
    ),
)


def judging_reason(sentence: str) -> tuple[str, str] | None:
    """(the words, the reason) for the first judgmental wording in ``sentence``, or None."""
    for entry in LEXICON:
        match = entry.pattern.search(sentence)
        if match:
            return match.group(0), entry.reason
    return None
