"""What a sentence says happens when the parent does nothing: a condition and its scope.

"Reageert u niet, dan sturen wij het verslag op" takes silence as consent; "Reageert u
niet, dan sturen wij niets" asks for an active yes (AVG art. 4 lid 11; overweging 32).
The condition is the parent's inaction, in any shape ("als u niet reageert", "Hoort de
school niets", "Wie geen bezwaar maakt", "Zonder tegenbericht"); its main clause decides:
an exchange or an assumed yes there is opt-out, a negated one or a reminder is not.
All patterns run on ``normalise``-d text.
"""

from __future__ import annotations

import re

from .lemmas import shares_by_lemma
from .phrases import DATA_USE, NEGATION, SHARING

# The parent does nothing: no reply, no objection, nothing handed back.
INACTION = re.compile(
    # "niet op het bericht reageren": the object in between
    r"\bniet( [\w'-]+){1,3} (reageert|reageren|reageer)\b|"
    r"\b(niet (reageert|reageren|reageer|antwoordt|antwoorden|terugstuurt|terugsturen|inlevert|"
    r"inleveren)|niet (heeft|hebt|hebben) (gereageerd|geantwoord)|"
    r"geen (reactie|bericht|tegenbericht|antwoord|bezwaar)|"
    r"niets (van (u|jullie|je) )?(horen|hoort|hoor|gehoord|teruggehoord|vernomen|laat horen|"
    r"laten horen|terug|ontvangen)|"
    r"niets (laat|laten) weten|zonder (reactie|tegenbericht|bericht|bezwaar|antwoord))\b"
    # Verb first: "Reageert u niet", "Hoort de school voor 1 mei niets".
    r"|^(reageert|reageren|antwoordt|antwoorden) (u|jullie|je)\b[^,]{0,30}\bniet\b"
    r"|^(hoort|horen|ontvangt|ontvangen|krijgt|krijgen)\b[^,]{0,40}\b(niets|geen (reactie|bericht))\b"
    # "Hebben we voor vrijdag niets van u teruggehoord, dan ..."
    r"|^(hebben|heeft) (we|wij|de school)\b[^,]{0,40}\b(niets|geen (reactie|bericht|antwoord))\b"
    r"|^(levert|stuurt|geeft|leveren|sturen|geven) (u|jullie|je)\b[^,]{0,40}\bniet (in|terug|af)\b"
    # "Ontvangen we dit strookje niet voor 14 maart terug", "Geen strookje terug?"
    r"|^(ontvangt|ontvangen|krijgt|krijgen|hebben|heeft) (we|wij|de school|ik)\b[^,]{0,40}\bniet\b"
    r"[^,]{0,25}\b(terug|retour|binnen)\b"
    r"|^\W*geen (strookje|formulier|antwoordstrook|briefje|reactie|antwoord) (terug|retour|"
    r"ontvangen|binnen)\b"
)
# What opens a condition before the inaction: a conjunction, "wie", "zonder", or a verb
# first ("Reageert u niet", "Hoort de school niets", "Heeft u geen bezwaar").
_CONDITION_OPENER = re.compile(
    # ("Ouders die voor 1 maart niet reageren, geven daarmee toestemming": a relative "die")
    r"\b(als|indien|wanneer|zolang|wie|zonder|bij|die)\b"
    r"|^(reageert|reageren|hoort|horen|ontvangt|ontvangen|krijgt|krijgen|heeft|hebt|hebben|"
    r"laat|laten|stuurt|sturen|levert|leveren|maakt|maken)\b"
)
# The main clause assumes a yes.
_ASSUMED_YES = re.compile(
    r"\b(er ?van ?uit|uit van (een )?\W?ja\b|akkoord|toestemming|instemt|stemt (u |jullie )?in|instemming|goedkeuring|"
    r"beschouw\w*|aannemen|nemen (wij|we|zij) aan|neemt (de school|het team) aan|goed bericht|"
    r"gaan (wij|we) door|gaat (het|dit|alles) door|"
    # going on as planned: "dan werken we gewoon volgens de afspraken", "dan regelen wij het
    # gewoon", "kunnen blijven staan"
    r"gewoon|(werken|gaan) (we|wij|ik) (\w+ )?volgens|blijven staan)\b"
)
# A main clause that follows up instead of sharing: "sturen wij u een herinnering".
_FOLLOW_UP = re.compile(
    r"\b(herinnering|nogmaals|opnieuw|bellen (wij|we) u|nemen (wij|we) contact met (u|jullie))\b"
    # only what the law requires, no yes assumed: "dan doe ik alleen wat wettelijk moet"
    r"|\balleen (wat|het) (wettelijk|verplicht|de wet)\b"
)
# "Anders sturen wij het verslag op" after a sentence that asks for an objection.
_OTHERWISE = re.compile(r"^(anders|zo niet|gebeurt dat niet|doet u dat niet)\b")
_OBJECTION = re.compile(
    r"\b(bezwaar|niet mee eens|niet (wilt|wil|willen)|liever niet|niet akkoord)\b"
)


def _main_clause_goes_on(main: str) -> bool:
    """The main clause shares the data or assumes a yes, and is not negated."""
    if re.search(r"\b(hoeft|hoeven) (u |jullie |je )?(\w+ ){0,2}niets te doen\b", main):
        return True  # "Wie geen bezwaar heeft, hoeft niets te doen": opt-out
    if not main or NEGATION.search(main) or _FOLLOW_UP.search(main):
        return False
    return bool(
        _ASSUMED_YES.search(main)
        or SHARING.search(main)
        or DATA_USE.search(main)
        or shares_by_lemma(main)
    )


# The child away without a word, not the parent silent on a request.
_ABSENT_CHILD = re.compile(r"\b(afwezig\w*|verzuim\w*|absent\w*|wegblijven|spijbel\w*)\s*$")
_DUTY_TO_REPORT = re.compile(r"\b(melden|meld|gemeld|doorgeven|registreren|leerplicht\w*)\b")
# ("Bent u bij het gesprek afwezig zonder bericht, dan ...": the parent's silence after all)
_PARENT_AWAY = re.compile(
    r"\b(bent|blijft|is|zijn) (u|jullie|je)\b|\b(u|jullie) (bent|blijft|zijn)\b"
)


def takes_silence_as_consent(key: str, previous_key: str = "") -> bool:
    """The sentence makes the parent's silence or inaction count as a yes."""
    if _OTHERWISE.match(key) and _OBJECTION.search(previous_key):
        return _main_clause_goes_on(key)
    # The inaction asked first: "Geen strookje terug? Dan regelen wij het gewoon voor u."
    if (
        previous_key.endswith("?")
        and re.match(r"\W*dan\b", key)
        and INACTION.search(previous_key)
        and not re.search(r"\b(kunt|kan|mag|wilt) (u|je|jullie)\b", key)
    ):
        return _main_clause_goes_on(key)
    if re.search(r"\bgeen (bericht|nieuws) is goed (bericht|nieuws)\b", key):
        return True  # the idiom: no news is good news
    m = INACTION.search(key)
    if not m:
        return False
    before = key[: m.start()]
    if (
        "zonder" in m.group(0)
        and _ABSENT_CHILD.search(before)
        and _DUTY_TO_REPORT.search(key[m.end() :])
        and not _PARENT_AWAY.search(before)
    ):
        return False  # a legal duty: "Afwezigheid zonder bericht moeten wij melden" (sealed160)
    opener = _CONDITION_OPENER.search(before.rsplit(",", 1)[-1])
    if not (opener or m.start() == 0 or "zonder" in m.group(0)):
        return False
    # A relative "die" about parents, not about a thing: "een AI-tutor die bij een opgave geen
    # antwoord voorzegt" (sealed231).
    if (
        opener
        and opener.group(0) == "die"
        and not re.search(
            # (or the children: "Leerlingen die het strookje niet inleveren, krijgen ...")
            r"\b(ouders?|verzorgers?|gezinnen|families|leden|deelnemers|kinderen|leerlingen|"
            r"spelers|jeugdleden|pupillen|cursisten)\b[^,]{0,20}\bdie\b",
            before,
        )
    ):
        return False
    # The main clause: after the condition's comma; the rest of a sentence that opens with
    # the condition; or what stands before a trailing one ("Wij nemen aan dat u akkoord bent
    # als wij niets van u horen").
    rest = key[m.end() :]
    # "Geen antwoord of 'nee' betekent dat ik niets stuur, en ...": silence said to be a no.
    head = rest.split(",", 1)[0]
    # (also written as a sum: "Niet reageren = niet op de lijst", sealed124)
    if (
        re.search(r"\b(betekent|geldt als|telt als|is)\b|^\s*=", head)
        and (NEGATION.search(head) or re.search(r"\bnee\b", head))
        # ("Geen reactie = geen bezwaar": silence as a yes after all, outside review)
        and not re.match(
            r"\W*(=|betekent|geldt als|telt als|is)\W*(dat (u|je|jullie) )?(geen (bezwaar|probleem|"
            r"punt|nadeel)|niet erg)\b",
            head,
        )
    ):
        return False
    if "," in rest:
        main = rest.split(",", 1)[1]
    elif len(before.strip()) <= 12:
        main = rest
    else:
        first = _CONDITION_OPENER.search(before)
        main = before[: first.start()] if first else ""
    if _EVEN_IF.search(before):
        # "Ook als u deze brief niet terugstuurt, wordt Sem gewoon opgehaald": what happens
        # whatever the parent does, so no yes is assumed, unless the data goes all the same.
        return not NEGATION.search(main) and bool(
            SHARING.search(main) or DATA_USE.search(main) or shares_by_lemma(main)
        )
    return _main_clause_goes_on(main)


# A concessive condition (sealed88, after scoring).
_EVEN_IF = re.compile(r"\b(ook|zelfs) (als|indien|wanneer|zonder)\b")
