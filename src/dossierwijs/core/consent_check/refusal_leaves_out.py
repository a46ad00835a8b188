"""What a refusal leaves out: the exchange itself, or something the child gets (AVG art. 7
lid 4; overweging 42 en 43). Split from ``choice``, whose widest reading of a refusal ends
here: a refusal that only stops the processing asked for ("dan filmen wij uw kind niet",
"Wij sturen deze documenten alleen mee als ...") is what refusing means, not a price on it.
"""

from __future__ import annotations

import re

from . import phrases_choice as pc
from .lemmas import shares_by_lemma
from .phrases_data import DATA_NOUN
from .recording import recording_asked
from .sentences import Sentence

# Refused for one participant, that participant stays away from the meeting: "Geeft u voor een
# deelnemer geen toestemming, dan schuift die deelnemer niet aan bij de bespreking". That is
# the refusal itself (the data does not reach them), not a loss for the child.
PARTICIPANT_STAYS_AWAY = re.compile(
    r"\bdan (schuift|schuiven|komt|komen|zit|zitten|is|zijn|neemt|nemen) (die|deze|dat|de|het|"
    r"hij|zij|ze)\b[^.,;]{0,30}\bniet\b[^.,;]{0,5}\b(aan|bij|deel|mee|aanwezig)\b[^.,;]{0,15}"
    r"\b(bespreking|overleg|gesprek|vergadering|ot|mdo|zat|ondersteuningsteam|zorgteam)\b"
)


# What a refusal leaves out is the exchange itself, not something the child gets: "dan
# bespreken wij uw kind niet bij naam", "let de fotograaf erop dat uw kind niet in beeld komt",
# "dan gebruiken we op die plek geen beelden".
_ONLY_THE_EXCHANGE = re.compile(
    r"\b(niet bij naam|zonder naam|anoniem)\b|\bniet in beeld\b|\bbuiten beeld\b"
    # "zorgt ervoor dat kinderen zonder toestemming niet op de foto komen" (sealed194)
    # (also a kind of photo: "gaat uw kind niet mee op de groepsfoto", sealed233)
    r"|\bniet (mee )?(op|in) (de|een) [a-z]*(foto|film|video|opname)\b|\bniet (gefotografeerd|gefilmd)\b"
    # not recognisable where it is shown: "dat uw kind niet herkenbaar in de nieuwsbrief komt"
    r"|\bniet herkenbaar\b"
    # no notes made about the child, in a study: "dan worden er over uw kind geen aantekeningen
    # gemaakt" (sealed238)
    r"|\bgeen (aantekeningen|notities|observaties|opnames?|metingen) (\w+ )?(gemaakt|gedaan)\b"
    # not heard or seen in what is published: "maar is niet te horen of te zien in wat wij
    # publiceren" (sealed242)
    r"|\bniet te (horen|zien)( of te (horen|zien))? (in|op)\b"
    r"|\b(geen|niet)\b[^.,;]{0,20}\b(beelden|foto'?s|video'?s|filmpjes|opnames?)\b"
    # the pictures named first: "dan nemen we de foto's van uw kind niet mee" (sealed217)
    # (not the time they are made: "mag uw kind tijdens de opnames niet in de klas blijven")
    r"|(?<!tijdens )(?<!tijdens de )(?<!bij de )(?<!onder de )"
    r"\b(beelden|foto'?s|video'?s|filmpjes|opnames?)\b[^.,;]{0,25}\bniet (mee|op|in)\b"
    # the account the consent is asked for: "Zonder ingevulde strook krijgt uw kind geen account."
    r"|\bgeen (account|inlog|inloggegevens|pasje|pas|badge)\W*$"
    # not shown where the consent would show it: "staat uw kind niet op de gemeentelijke
    # webpagina" (sealed234); the recipient not seeing the child in its system: "ziet de
    # invaller uw kind niet in Kompas LVS" (sealed229)
    r"|\bniet op (de|het|onze|een) ([a-z-]+ )?(website|webpagina|pagina|site|poster|flyer|kaart)\b"
    r"|\b(ziet|zien) (de|het) [a-z-]+ (uw|je|jullie) (kind|zoon|dochter) niet in\b"
    # the papers stay home: "Kiest u bij een regel voor nee, dan gaat dat stuk niet mee."
    r"|\b(gaat|gaan) (dat|dit|die|het|deze) (stuk|stukken|document|documenten|verslag|"
    r"gegevens|onderdeel|informatie|rapport)\b[^.,;]{0,10}\bniet mee\b"
    # the questionnaire asked for is not filled in: "dan vult uw kind de vragenlijst niet in"
    # (sealed241)
    r"|\b(vult|vullen)\b[^.,;]{0,25}\b(vragenlijst|vragenlijsten|enqu[eê]te|enqu[eê]tes)\b"
    r"[^.,;]{0,10}\bniet in\b"
)
# "Krijgen we geen antwoord, dan doet uw kind niet mee.": the child stays out of what was
# asked, and nothing else (not "... niet mee met de schoolreis").
STAYS_OUT_OF_IT = re.compile(
    r"\bdan (doet|neemt) ([\w'’]+ ){1,4}niet (mee|deel)\W*$"
    # No slip back is a no: "Zonder ingevulde strook doet uw kind niet mee."
    r"|^\W*zonder (ingevulde?|ondertekende?|getekende?) (strook|strookje|formulier|antwoordstrook) "
    r"(doet|neemt) ([\w'’]+ ){1,4}niet (mee|deel)\W*$"
    # ... or without the yes itself: "Zonder 'JA' doet uw kind niet mee." (sealed231)
    r"|^\W*zonder (uw |je |jullie )?\W?(ja|akkoord)\W? (doet|neemt) ([\w'’]+ ){1,4}niet (mee|deel)\W*$"
    # ... after nothing passed on: "dan geven wij niets door en doet uw kind niet mee" (sealed238)
    r"|\bdan (geven|delen|sturen) (wij|we|ik) (niets|niks|geen gegevens)( door| mee)? en (doet|neemt) "
    r"([\w'’]+ ){1,4}niet (mee|deel)\W*$"
)
_THE_REFUSAL = re.compile(
    r"\b(als|wanneer|indien) (u|je|jullie) (dat |dit |het )?(niet wilt|niet willen|"
    r"geen toestemming geeft|geen toestemming geven|nee zegt|nee zeggen)\b"
)


# Not signed up, where signing up is what is asked: "zonder uw ja melden we uw kind niet aan"
# below "wilt u laten weten of we uw kind mogen aanmelden?" (sealed223).
_NOT_SIGNED_UP = re.compile(
    r"\b(melden|meld|schrijven|schrijf) (we|wij|ik) ([\w'’]+ ){1,3}niet (aan|in)\W*$"
)
_SIGN_UP_ASKED = re.compile(r"\b(aan ?te melden|aanmelden|aangemeld|inschrijven|ingeschreven)\b")


# Not shown in the very place the choice names: "Zegt u nee bij B, dan komt uw kind niet in
# het album" beside "B ... mogen foto's van mijn kind in het album ... zetten" (sealed229).
_NOT_IN_THE_PLACE = re.compile(
    r"\b(komt|komen|staat|staan|verschijnt) (uw|je|jullie|het) (kind|zoon|dochter|naam)\b"
    r"( dan| ook)? niet (in|op) (het|de|ons|onze) ([a-z-]+ )?(?P<place>[a-z-]{4,})\b"
)
# (a place where things are shown, not what the child takes part in: "dan komt uw kind niet
# op de sportdag", "niet in het team" beside "foto's van de sportdag op de website van het team")
_SHOW_PLACE = re.compile(
    r"[a-z-]*(album|website|site|pagina|nieuwsbrief|jaarboek|app|krant|blad|gids|brochure|"
    r"folder|poster|flyer|presentatie|film|video|tijdlijn|prikbord|prikwand|kalender|facebook|kaart|"
    r"plattegrond|boek|instagram|kanaal)"
)


def leaves_out_only_the_exchange(clause: str, asked: str = "") -> bool:
    """``asked``: what the form's choices say, lowercased."""
    if recording_asked(clause, asked):
        return True
    shown = _NOT_IN_THE_PLACE.search(clause)
    if (
        shown
        and _SHOW_PLACE.fullmatch(shown.group("place"))
        and re.search(rf"\b{re.escape(shown.group('place'))}\b", asked)
    ):
        return True
    if _NOT_SIGNED_UP.search(clause) and _SIGN_UP_ASKED.search(asked):
        return True
    clause = re.sub(r"\bop (die|deze|de|een) (plek|plaats)\b", " ", clause)
    left_out = _ONLY_THE_EXCHANGE.search(clause)
    # (what stays behind is the papers, not the child coming along: "dat stuk gaat niet mee")
    rest = clause[: left_out.start()] + " " + clause[left_out.end() :] if left_out else clause
    return bool(left_out) and not pc.SERVICE.search(rest)


def refusal_costs_something(s: Sentence, asked: str, research: bool) -> bool:
    """The last, widest reading: a refusal or a missing consent named in the sentence, and a
    loss or a gate after it. What the refusal stops must be more than the processing that was
    asked for ("film ik uw kind niet", "dan komt uw kind niet in beeld", "Wij sturen deze
    documenten alleen mee als ..."): that is what refusing means, not a price on it."""
    m = pc.REFUSAL_CONDITION.search(s.key)
    if not m or (re.fullmatch(r"[^.!;]+\?", s.key.strip()) and not pc.CHILD_LOSS.search(s.key)):
        # (a question states no cost: "Doet u liever niet mee, of geeft u geen toestemming?";
        # its answer follows in a sentence of its own, sealed185)
        return False
    rest = s.key[: m.start()] + " " + s.key[m.end() :]
    # (the refusal itself is no loss: "Als u dat niet wilt, bespreken we ...")
    rest = _THE_REFUSAL.sub(" ", rest)
    if not (pc.SERVICE.search(s.key) or pc.CHILD_LOSS.search(rest) or _stays_behind(rest)):
        return False
    losses = [
        c
        # (each part on its own: "niet delen en kan uw kind niet naar de logopedie")
        for c in re.split(r"[,;]| en ", rest)
        if (pc.NEGATIVE_CONSEQUENCE.search(c) or _stays_behind(c)) and not _NO_ANSWER.search(c)
    ]
    if losses and all(
        leaves_out_only_the_exchange(c, asked) or _stops_only_the_processing(c, research)
        for c in losses
    ):
        return False
    gated = re.match(r"((kan|kunnen|mag|mogen) )?(pas|alleen|uitsluitend|enkel)\b", m.group(0))
    if gated and not losses and _stops_only_the_processing(s.key[: m.start()], research):
        return False  # "Wij sturen deze documenten alleen mee als ...": the exchange waits
    granted_after = re.search(r"\bmogelijk (nadat|zodra|als|wanneer|indien|na)\b", m.group(0))
    return bool(gated or granted_after or losses)


# Left behind while the others go: "Kinderen van wie we geen toestemming krijgen, blijven die
# ochtend op school in groep 5" (sealed233).
_STAYS_BEHIND = re.compile(r"\b(blijft|blijven)\b[^.,;]{0,30}\b(op school|achter|thuis)\b")


def _stays_behind(text: str) -> bool:
    """The child stays, not the data: "dan blijft de uitslag op school" keeps the result
    there (sealed159)."""
    m = _STAYS_BEHIND.search(text)
    if m is None:
        return False
    # (nor a thing: "dan blijft de map op school", "dan blijft het werkstuk thuis"; "de hele
    # ochtend" is when)
    if re.search(
        r"\b(blijft|blijven) (gewoon |dan )?(de|het|dat|dit|deze) (?!((ge)?hele )?(ochtend|middag|"
        r"avond|dag|week|les|tijd)\b)[a-z-]+\b(?<!kind)",
        m.group(0),
    ) or re.match(r"\w+ (het|alles|dat|dit)( gewoon| dan)? (op school|achter|thuis)$", m.group(0)):
        return False
    return not (DATA_NOUN.search(m.group(0)) or re.search(r"\b\w*gegevens\b", m.group(0)))


# The parent's own silence or refusal, said as a clause of the condition: "krijg ik van u
# geen antwoord", "dat u geen toestemming geeft".
_NO_ANSWER = re.compile(
    r"\bgeen (antwoord|reactie|bericht|strookje|formulier)\b(?! (meer )?(voor|van) (uw|je|het) kind)"
    r"|\b(u|je|jullie) geen toestemming (geeft|geven)\b"
    # "Wilt u het niet, dan kunt u "nee" terugmailen of gewoon niet reageren" (sealed223)
    r"|\b(niet|nooit) (te )?(reageren|reageert|reageer|antwoorden|antwoordt)\b"
    r"|^\W*(wilt|wil) (u|je|jullie) (het|dat|dit) niet\W*$"
)
# Help or a place the child gets, not the data: what a refusal may not cost.
_GETS = re.compile(
    r"\b(begeleid\w*|ondersteun\w*|hulp\w*|zorg|behandel\w*|plek|plaats|plaatsen|plaatsing|"
    r"aanmelding|inschrijving|toelating|lessen|les|toets\w*|examen\w*|herkans\w*|kamp|schoolreis|"
    r"excursie|traject|arrangement|faciliteit\w*|voorziening\w*|intake|aanvraag|wachtlijst|"
    r"meedoen|deelnemen|starten|start)\b"
)


# No data used or passed on, said of the data: "gebruikt de student geen gegevens van uw kind".
_NO_DATA = re.compile(
    r"\b(geen|niet)\b[^.,;]{0,30}\b(gegevens|informatie|beelden|documenten|verslag\w*|dossier|"
    r"aantekeningen|notities|observaties)\b"
)


def _stops_only_the_processing(clause: str, research: bool) -> bool:
    """The clause says the data is not passed on or (in a study) the child is not taken into
    the study, and names no help, place or other service the child would miss. (A recording
    not made is only the exchange when the choices ask for it: ``recording_asked``.)"""
    study = (
        re.search(r"\b(in|aan) (het|dit|ons|de) (\w+)?onderzoek\b", clause) if research else None
    )
    rest = clause[: study.start()] + " " + clause[study.end() :] if study else clause
    if _GETS.search(rest) or pc.SERVICE.search(rest) or re.search(r"\bhelaas\b", rest):
        return False
    return bool(
        study
        or _NO_DATA.search(rest)
        # (the child received or getting something is no data: "kunnen wij uw kind niet
        # langer op het kindcentrum ontvangen")
        or shares_by_lemma(re.sub(r"\b(krijg|ontvang)\w*\b", " ", rest))
    )
