"""Silence taken as consent, and the sentences that only look like it: nothing to do for what
needs no consent, silence read as a no, silence that leads to just what the No option says,
the parent's own act (AVG art. 4 lid 11; overweging 32). Split from ``active``.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .background import ALREADY_THERE
from .form import Form, shares
from .sentences import Sentence, normalise

_ASSUMES_NO = re.compile(r"\b(geen|niet) (toestemming|akkoord)\b|\bnee\b")


def silence_taken_as_yes(s: Sentence, before: Sentence | None = None) -> bool:
    """The sentence takes saying nothing as a yes ("Als wij niets horen, gaan wij ervan uit
    dat u akkoord bent"), and is not about something that needs no consent (``before``: the
    sentence before it)."""
    if _NO_CONSENT_NEEDED_FOR.match(s.key) or ALREADY_THERE.search(s.key):
        return False  # "Voor het gewone oefenen in de klas hoeft u niets te doen."
    if before is not None and _BY_LAW.search(before.key) and _NOTHING_TO_DO.search(s.key):
        return False  # "Het rapport sturen wij, zoals wettelijk verplicht, sowieso. Daarvoor ..."
    # Under "Waarvoor wij géén toestemming vragen": "Daarvoor hoeft u niets te doen."
    if _NOTHING_ASKED.search(normalise(s.heading)) and _NOTHING_TO_DO.search(s.key):
        return False
    # "Wilt u geen pas? Dan hoeft u niets te doen.": nothing to do for a no (not "Wilt u uw
    # kind niet afmelden?", the opt-out itself, nor a sentence that goes on to take a yes).
    if before is not None and _NOTHING_TO_DO_AT_ALL.match(s.key) and _NOT_WANTED.search(before.key):
        return False
    if _NOT_WANTED_THEN_NOTHING.search(s.key):
        return False  # "Wilt u dat niet, dan hoeft u niets te doen; wij geven dan niets door."
    # "Het voorschot verwacht ik binnen vier weken op uw rekening. Daarover hoeft u niets te
    # doen." Nothing to do about a payment (sealed187); a screening or a study the sentence
    # before announces may pass data on without a verb of sharing (outside review).
    if (
        before is not None
        and _NOTHING_TO_DO.search(s.key)
        and _MONEY.search(before.key)
        and not (shares(before) or _ABOUT_CONSENT.search(before.key))
    ):
        return False
    if _ABOUT_SOMETHING_ELSE.search(s.key):
        return False  # "Is Noor weer beter, dan hoeft u niets te doen."
    if SILENCE_IS_NO.search(s.key):
        return False  # "Als ik niets van je hoor, stuur ik niks door": silence is a no
    m = pc.SILENCE_IS_CONSENT.search(s.key)
    # "Alleen wat u zelf aanzet, geldt als toestemming": the parent's own act, not silence.
    if m and _ONLY_OWN_ACT.search(s.key[: m.start()]):
        return False
    return m is not None and not _ASSUMES_NO.search(m.group(0))


_NOTHING_TO_DO_AT_ALL = re.compile(
    r"^\W*dan (hoeft|hoeven) (u|jullie|je) (verder )?niets te doen\W*$"
)
# Not wanting the thing itself, asked: "Wilt u geen pas?", "Wilt u dat liever niet?" (not an
# act of opting out: "Wilt u geen bezwaar maken?", "Wilt u uw kind niet afmelden?").
_NOT_WANTED = re.compile(
    r"^\W*(wilt|wil) (u|jullie|je|jij) (liever )?geen (?!bezwaar\b)(\w+ ){0,2}"
    r"(?!(inleveren|maken|sturen|terugsturen|invullen|afmelden|doen|reageren|geven|tekenen)\b)"
    r"[\w'’]+\s*\?\s*$"
    r"|^\W*(wilt|wil) (u|jullie|je|jij) (dat|dit|het) (liever )?niet\s*\?\s*$"
)

_NOTHING_ASKED = re.compile(
    r"\b(geen|niet om) toestemming (vragen|vraagt|gevraagd|nodig)\b|\bwettelijke? (taak|plicht)\b"
)
# What the law makes the school do needs no consent (AVG art. 6 lid 1 onder c): the
# onderwijskundig rapport to the next school, an absence to the leerplichtambtenaar.
_BY_LAW = re.compile(
    r"\b(wettelijk|volgens de wet|bij wet) (verplicht|voorgeschreven)\b"
    r"|\b(de wet|de leerplichtwet|de wpo) (verplicht|schrijft voor)\b"
    r"|\b(zijn|is) (wij|we|de school|school) (wettelijk )?verplicht\b|\bwettelijke (taak|plicht)\b"
    r"|\b(wij|we|de school|school) (zijn|is) (wettelijk )?verplicht\b"
)
_NOTHING_TO_DO = re.compile(
    r"^\W*(daar|hier)(voor|over|mee) (hoeft|hoeven) (u|jullie|je) niets te doen\b"
)
_ABOUT_CONSENT = re.compile(
    r"\b(toestemming|akkoord|\w*gegevens|informatie|foto\w*|beeld\w*|\w*opname\w*|\w*dossier|"
    r"\w*verslag\w*|onderzo\w*|screening\w*|test\w*|meedoen|doet mee)\b"
)
_MONEY = re.compile(
    r"\b(voorschot|bedrag|rekening|betaling|betalen|betaald|euro|kosten|vergoeding|contributie|"
    r"factuur|bijdrage|uitkering|afgeschreven|overgemaakt)\b|€"
)
# Not wanting it, then nothing to do: silence is the no itself (sealed181). Not when the same
# sentence goes on to take a yes.
_NOT_WANTED_THEN_NOTHING = re.compile(
    r"(^|[.!?]\W*\s)\W*(wilt|wil) (u|jullie|je|jij) ((dat|dit|het)( liever)? niet|(liever )?geen \w+)"
    r"\s*,?\s*dan (hoeft|hoeven) "
    r"(u|jullie|je) (verder |ook )?niets te doen\b(?![^.]*\b(akkoord|toestemming|ervan uit)\b)"
)
_ONLY_OWN_ACT = re.compile(
    r"\b(alleen|uitsluitend|enkel|pas)\b[^.]{0,30}\b(u|je|jij|jullie) (zelf )?(?!(niets|niks|geen|niet)\b)"
    r"(\w+ )?(aanzet|aanzetten|"
    r"aankruist|aanvinkt|aanklikt|kiest|tekent|ondertekent|invult|inschakelt|bevestigt)\b"
)
# Nothing to do about something that needs no consent: the child getting better, an absence
# the school must record ("Is Noor weer beter, dan hoeft u niets te doen"; "De afwezigheid
# staat als ziekteverzuim genoteerd; daarvoor hoeft u niets te doen": sealed115).
_ABOUT_SOMETHING_ELSE = re.compile(
    r"^\W*(is|wordt|komt) (\w+ ){1,2}(weer )?(beter|hersteld|gezond|ziek|afwezig)\b[^.]{0,30}"
    r"\bdan (hoeft|hoeven) (u|jullie|je) niets te doen\b"
    # (not when what follows is the use itself: "...: het wordt dan gefotografeerd")
    r"(?![^.]*\b(foto\w*|gefotografeerd|gefilmd|gedeeld|doorgegeven|gestuurd|jaarboek|nieuwsbrief|"
    r"website)\b)"
    # Part of the lessons, no data asked: "Dat deel hoort gewoon bij de les; daarvoor hoeft u
    # niets te doen" (sealed235).
    r"|\b(hoort|horen) (gewoon |ook |nu eenmaal )?bij (de|het|ons|onze) (les|lessen|lesprogramma|"
    r"onderwijs|programma)\b[^.]{0,10}[;,:]\s*(daar|hier)voor (hoeft|hoeven) (u|jullie|je) niets te doen\b"
    r"|\b\w*(verzuim|afwezig|ziekmelding)\w*\b[^.]{0,40}\b(genoteerd|geregistreerd|gemeld)\b"
    r"[^.]{0,20}[;,:]\s*(daar|hier)voor (hoeft|hoeven) (u|jullie|je) niets te doen\b"
)
_NO_CONSENT_NEEDED_FOR = re.compile(
    r"\W*voor (het|de|dit|deze)\b[^.,]{0,60}\bhoeft u niets te doen\b"
)


SILENCE_IS_NO = re.compile(
    r"\bzonder (uw|je|jullie) (ondertekende |schriftelijke )?toestemming gebeurt er niets\b|"
    # Silence named with the no, the same answer: "Krijgen we van u geen antwoord of een nee,
    # dan ..."; taken as a no: "Zonder antwoord gaan we uit van nee" (sealed232, sealed230).
    r"\b(geen|zonder) (antwoord|reactie|bericht) (of|en) (een )?\W?nee\b|"
    r"\b(gaan|ga) (we|wij|ik) (er )?uit van (een )?\W?(nee|geen toestemming)\b|"
    # Written as a sum: "Geen antwoord = nee", "Niet reageren = niet op de lijst" (sealed124).
    r"\b(niet reageren|geen (antwoord|reactie|bericht)|niets (sturen|terugsturen|doen)|niks "
    r"(sturen|doen))\s*=\s*(nee|no|niet\b(?! erg)|geen\b(?! (bezwaar|probleem|punt|nadeel)))\b|"
    # "Een vraag die u niet beantwoordt, geldt als 'nee'."
    r"\b(niet beantwoordt|niet beantwoord|open laat|leeg laat|niet invult|niet aanvinkt)\b[^.]{0,20}"
    r"\b(geldt|telt|gelden|tellen) als\W{0,3}(een )?(nee|no|geen toestemming)\b|"
    r"\b(geen (antwoord|reactie|bericht)|(niets|niks) (van (u|jullie|je|jou) )?(horen|hoort|hoor)|"
    r"(hoort|horen|hoor|krijgt|krijgen|ontvangt|ontvangen) (\w+ ){0,3}(niets|niks|geen (antwoord|"
    r"reactie|bericht))|"
    r"no (reply|answer|response))\b(?![^.]*\b(bezwaar|oneens|akkoord|assume|objection|aan dat|"
    r"ervan uit)\b)[^.]{0,40}"
    r"(\b(antwoord|answer) (is )?'?(nee|no)\b|\bgebeurt er niets\b|\b(delen|deel|wisselen|sturen|"
    r"stuur|bellen|bel|doen|doe) (wij|we|ik) (ook )?(niets|niks|niet)\b|\bgeen toestemming\b|\bwon't\b|\bwill not\b|\bmeans no\b|'nee'"
    # (the child stays out: "Krijgen we geen antwoord, dan doet uw kind niet mee")
    r"|\bdan (doet|gaat|mag) ([\w'’]+ ){1,4}niet (mee|meedoen)( (aan|met) [^.,;]{1,40})?(?=[.;]|$)"
    r"|\bdan neemt ([\w'’]+ ){1,4}niet deel( aan [^.,;]{1,40})?(?=[.;]|$))"
)


def leads_to_the_no(form: Form, s: Sentence) -> bool:
    """Silence that leads to what the No option says is a no: "Zolang wij geen antwoord hebben,
    gebruikt uw kind het algemene schoolaccount" beside "o Nee, mijn kind gebruikt het algemene
    schoolaccount" (sealed228)."""
    parts = re.split(r",\s*", s.key, maxsplit=1)
    if len(parts) < 2 or p.NEGATION.search(parts[1]):
        return False
    if _as_said_for_a_refusal(form, s, parts[1]):
        return True
    # Only the No, nothing more or after: not "gebruikt uw kind eerst het algemene
    # schoolaccount; daarna geven we de naam aan Leesrijk", "naast het algemene schoolaccount
    # ook een account op naam" (words of the Yes).
    if re.search(r";|\b(daarna|eerst|naast|ook|tot|totdat|later)\b", parts[1]):
        return False
    said = _content_words(parts[1])
    if any(
        said & _content_words(b.label.lower())
        for t in form.body
        for b in t.boxes
        if re.match(r"\W*(ja|yes)\b", b.label.lower())
    ):
        return False
    return any(
        len(said & _content_words(b.label.lower())) >= 2
        for t in form.body
        for b in t.boxes
        if re.match(r"\W*(nee|neen)\b", b.label.lower())
        and not re.search(r"\b(niet|geen|nooit)\b", b.label.lower())
    )


# The form's own refusal and what follows it: "Geeft u voor A en/of B geen toestemming, dan
# doet uw kind gewoon mee. Uw kind krijgt dan een oranje polsbandje, ...".
_REFUSED = re.compile(
    r"\b(geen toestemming|nee (zegt|kiest)|(zegt|kiest) (u|je|jullie) nee|niet (wilt|willen))\b"
)


def _as_said_for_a_refusal(form: Form, s: Sentence, outcome: str) -> bool:
    """Silence leads to what the form says a refusal leads to: "Levert u de strook niet in, dan
    krijgt uw kind ook een oranje polsbandje" after "Geeft u ... geen toestemming, ... Uw kind
    krijgt dan een oranje polsbandje, zodat de fotograaf ... niet herkenbaar in beeld" (sealed239)."""
    said = _content_words(outcome)
    body = form.body
    for at, t in enumerate(body):
        if t is s or not (_REFUSED.search(t.key) or (at and _REFUSED.search(body[at - 1].key))):
            continue
        # (said without a "not": not "dan wordt uw kind niet gefotografeerd tijdens de
        # schoolreis" before "..., dan wordt uw kind gefotografeerd tijdens de schoolreis")
        clauses = [c for c in re.split(r"[,;:]", t.key) if not p.NEGATION.search(c)]
        words = set().union(*(_content_words(c) for c in clauses)) if clauses else set()
        if len(said & words) >= 2 and not _REFUSED.search(s.key):
            return True
    return False


def _content_words(text: str) -> set[str]:
    return {w[:7] for w in re.findall(r"[a-z]{6,}", text) if w[:7] not in _COMMON_STEMS}


# Words of any consent sentence, which say nothing of what the No leads to.
_COMMON_STEMS = frozenset(
    ["toestem", "gegeven", "akkoord", "gebruik", "informa", "school", "ouders", "verzorg"]
)
