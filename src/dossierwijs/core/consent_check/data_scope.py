"""Whether an open-sounding description of data really leaves the data open.

"Alle informatie", "alles wat", "wat daarvoor nodig is" leave open what is shared (AVG art. 4
lid 11; overweging 42) — unless the sentence closes them again: a concrete topic ("alles wat
wij zien over de motoriek"), a sentence about where things are kept ("Alles wat wij
uitwisselen, leggen wij vast in ..."), or a meeting's topic rather than its data ("bespreken
hoe hij weer naar school kan en wat daarvoor nodig is"). Open additions stay open: "onze
observaties en wat we verder van hem weten".
All patterns run on ``normalise``-d text.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import clause_at, clause_shares
from .open_data_closed import (
    CARE,
    PARENT_CHECKS,
    after_no_detriment,
    excluding,
    refused,
    scoped,
    stored,
    topic_of_talk,
)
from .sentences import Sentence

# "en wat we verder van hem weten": whatever else the sender knows.
_WHATEVER_ELSE = re.compile(
    r"\bwat (wij|we|ik|de school|de opvang|zij|ze) (verder|nog|allemaal|zoal|daarnaast)"
    r"( \w+){0,3} (weten|hebben|horen|zien|merken|kennen)\b"
    # "wat wij over uw kind weten": whatever is known about the child as a whole.
    r"|\bwat (wij|we|ik|de school|de opvang|zij|ze) (over|van) (uw|je|jullie|het|de) "
    r"(kind|zoon|dochter|leerling)( \w+){0,2} (weten|hebben|horen|zien|merken|kennen)\b"
    # ("hebben" as an auxiliary: "wat we over Yusuf hebben besproken" is what was said in one
    # talk, not all that is known, sealed186)
    r"(?! (\w+ )?(besproken|afgesproken|gezegd|verteld)\b)"
)
# Everything a system holds, given or shown: "inzage in ... en verder in alle informatie die in
# Magister over Fenna is vastgelegd" (not what the form itself lists: "alle gegevens die
# hierboven staan"). Storage words are part of the phrase, so it is no storage clause.
_EVERYTHING_HELD = re.compile(
    r"\balle (informatie|gegevens|stukken|documenten|persoonsgegevens)\b (die|wat|welke) "
    r"(?![^.;]{0,60}\b(hierboven|hieronder|hiervoor|in deze brief|op dit formulier|genoemd)\b)"
    r"[^.;]{0,60}\b(is|zijn|staat|staan) (vastgelegd|opgeslagen|geregistreerd|bewaard|genoteerd|"
    r"bijgehouden)\b"
    # "wat er sinds groep 1 in ons systeem over Mila is vastgelegd"
    r"|\bwat (er )?[^.;]{0,30}\bin (ons|onze|het|de|zijn|haar|hun) [a-z-]*(systeem|dossier|administratie|"
    r"archief)\b[^.;]{0,40}\b(is|zijn|staat|staan|wordt|worden) (vastgelegd|opgeslagen|geregistreerd|"
    r"bewaard|genoteerd|bijgehouden)\b"
    # "de leerlinggegevens van uw kind die de school in de leerlingadministratie heeft staan"
    # (sealed109): whatever the record holds, unnamed.
    r"|\b(leerling|persoons|kind)?gegevens( van (uw|je|jullie) (kind|zoon|dochter))? die (de school|wij|we|zij|[a-z]+) "
    r"in (de|het|ons|onze|zijn|haar) [a-z-]*(administratie|systeem|dossier|archief)\b "
    r"(heeft|hebben) (staan|opgeslagen|vastgelegd)\b"
)
# A list of what is kept back: "Wat ik niet deel met school: mijn testuitslagen en alles wat
# jullie mij over thuis vertellen."
_KEPT_BACK = re.compile(
    r"\b(niet|nooit)\b (\w+ ){0,3}(deel|delen|gedeeld|doorgeven|geef|geven|stuur|sturen|vertel|"
    r"vertellen)\b[^:.;]{0,40}:"
)
# What stays where it is: "Wat we verder besproken hebben en waarom, blijft bij mij."
_STAYS = re.compile(
    r"[^.;:]{0,40}\b(blijft|blijven)\b (\w+ )?(bij|op|in|binnen) (mij|ons|haar|hem|hen|de|het|onze|"
    r"mijn|zijn)\b(?![^.;]*\b(gedeeld|delen|inzien|sturen|gestuurd|doorgegeven|doorgeven|verstrekt|"
    r"verstrekken|gegeven|naar|aan)\b)"
)
_SHOWN = re.compile(r"\b(inzage|inzien|toegang)\b")

# The fields of the form itself, named on it; whether a file is complete, not the file.
_OF_THIS_FORM = re.compile(
    r"\s*(op|in|van) (dit|deze) (formulier|strook|strookje|lijst|blad|kaart)\b"
)
_WHETHER_COMPLETE = re.compile(
    r"^[^.;]{0,40}\b(compleet|volledig|in orde|op orde|actueel) (is|zijn)\b"
)
_EMERGENCY_TOLD = re.compile(r"\b(levensbedreigend\w*|noodgeval\w*|ambulance|112|spoedeisend\w*)\b")
# (told to the services, the emergency said first: not "De begeleiders vertellen de jeugdzorg
# wat nodig is, ook bij een noodgeval")
_EMERGENCY_SERVICE = re.compile(
    r"\b(ambulance\w*|hulpdienst\w*|112|spoedeisende hulp|ziekenhuis|eerste hulp|brandweer)\b"
)


def open_data(s: Sentence) -> str | None:
    """The phrase that leaves the shared data open in ``s``, or None."""
    key = s.key
    if pc.WITHDRAWAL.search(key) or pc.WITHDRAW_STOP.search(key):
        return None  # what stops after a withdrawal ("wat ze nog niet gebruikt hebben")
    whatever = _WHATEVER_ELSE.search(key)
    if whatever and clause_shares(key, whatever.start()) and not _STAYS.match(key, whatever.end()):
        return whatever.group(0)
    held = _EVERYTHING_HELD.search(key)
    rest = key[: held.start()] + key[held.end() :] if held else ""
    if held and (_SHOWN.search(rest) or p.SHARING.search(rest) or p.DATA_USE.search(rest)):
        return held.group(0)
    matches = list(p.VAGUE_DATA.finditer(key))
    # (or under a heading that asks what is passed on: "Wat geven wij door?")
    heading = s.heading.lower()
    shared_here = bool(
        re.match(r"\W*(wat|welke)\b", heading)
        and p.SHARING.search(heading)
        and not p.STORAGE.search(key)
    )
    matches += [
        m
        for m in p.VAGUE_DATA_WHEN_SHARED.finditer(key)
        if shared_here or clause_shares(key, m.start())
    ]
    for m in matches:
        if _DENIED.search(key[max(0, m.start() - 60) : m.start()]) or refused(key, m):
            continue
        if _KEPT_BACK.search(key, 0, m.start()) or _STAYS.match(key, m.end()):
            continue  # "Andere delen van het dossier blijven bij de GGD": what is not shared
        if stored(key, m) or scoped(key, m) or topic_of_talk(key, m) or excluding(key, m):
            continue
        if after_no_detriment(key, m.start()):
            continue  # "Niet meedoen heeft geen gevolgen: het advies en alles wat daarbij hoort"
        if _ONE_TALK_RECORDED.search(key[max(0, m.start() - 50) : m.start()]) and _SAID_IN_IT.match(
            key, m.start()
        ):
            continue  # "Op de opname staat alles wat er in het overleg gezegd wordt"
        if PARENT_CHECKS.match(key):
            continue  # "Controleer alle gegevens en onderteken": the parent reads the form
        care = CARE.search(key)
        if care and care.start("what") <= m.start() < care.end("what"):
            continue  # "AuditPunt gaat zorgvuldig met alle gegevens om": care (sealed185)
        if _PROTECTED.search(clause_at(key, m.start())):
            continue  # "Alle gegevens krijgen een code": how the data is guarded, not shared
        if _PER_ITEM.search(key):
            continue  # "Daarom vragen wij per specialist of wij gegevens mogen uitwisselen"
        if _OF_THIS_FORM.match(key, m.end()) or (
            re.search(r"\bof\s*$", key[: m.start()])
            and _WHETHER_COMPLETE.search(key[m.start() : m.end() + 30])
        ):
            continue  # "Alle gegevens op dit formulier ...", "noteert alleen of het dossier
            # compleet is" (sealed239, sealed238); not "Zodra het dossier van uw kind compleet
            # is, sturen wij het naar de jeugdarts"
        if (
            _EMERGENCY_TOLD.search(key[: m.start()])
            and _EMERGENCY_SERVICE.search(key)
            and re.match(r"(alles )?wat (er )?nodig is", key[m.start() :])
        ):
            continue  # "In een levensbedreigende situatie vertellen de begeleiders aan de
            # ambulance ... wat nodig is om uw kind te helpen" (sealed239)
        if _ACCESS.search(key):
            continue  # "Alleen uw coach kan het dossier inzien": who may look, not what goes
        if _PARENT_RIGHTS.search(key):
            continue  # "hoe u het dossier kunt inzien of laten verbeteren": the parent's rights
        if any(r.start() < m.start() < r.end() for r in _RIGHT_TO_SEE.finditer(key)):
            continue  # "welke rechten u heeft, zoals het recht om het dossier in te zien"
        if m.group(0) == "alles" and _ONLY_WHEN.match(key, m.end()):
            continue  # "Wij versturen alles uiterlijk 31 oktober": when the listed items go
        if _PARENT_RECEIVES.search(key[max(0, m.start() - 40) : m.start()]):
            continue
        if _TRANSLATED.search(key[max(0, m.start() - 30) : m.start()]):
            continue
        if _PARENT_KEEPS_GETTING.search(key[: m.start()]) and re.match(
            r"[^.;]{0,60}\b(krijgen|ontvangen)\b", key[m.end() :]
        ):
            continue  # "U blijft alle informatie over Noor krijgen waar u recht op heeft"
        if _COUNTED.search(key[max(0, m.start() - 40) : m.end()]):
            continue  # "Dat zijn de enige twee stukken die ik van belang vind": a closed list
        if _TOLD_TO_PARENT.search(clause_at(key, m.start())):
            continue  # "stuur ik jullie een overzicht van alles wat er gebeurt": the parent reads it
        if m.group(0) == "alles" and _ROUTE_ONLY.match(key, m.end()):
            continue  # "Wij versturen alles via Zivver.": how the listed items travel
        if _TO_PARENT.match(key, m.end()):
            continue  # "dan overleggen wij alles rechtstreeks met jullie": the parent hears it
        if _SPELLED_OUT.match(key, m.end()):
            continue  # "de benodigde gegevens, namelijk de uitslagen van ...": a closed list
        return m.group(0)
    return None


# The open words spelled out right after them ("..., namelijk", "..., te weten", "...:").
# Not "zoals" or "bijvoorbeeld": examples leave the list open.
# Also after a short purpose: "de gegevens die nodig zijn om te rijden: naam, adres, ...".
_SPELLED_OUT = re.compile(
    r"(\s+(om|voor) [^.:;,]{1,30}?)?"
    r"(\s*(,\s*(namelijk|te weten|dat wil zeggen|d\.w\.z\.?)\s|:\s*)(de |het |een )?\w"
    # or a list in brackets: "De gegevens die wij voor de inschrijving wettelijk nodig hebben
    # (burgerservicenummer, adres, geboortedatum)" (sealed121), not "(zoals ...)".
    r"|\s*\((?![^()]*(\b(zoals|bijvoorbeeld|bijv|bv|o\.a|onder andere|onder meer|waaronder|denk "
    r"aan|e\.d|en dergelijke|enz|enzovoort|etc|inclusief|onder andere|of meer)\b|\.\.\.|…))"
    # (a list of things, not a remark: "(dit kan veel zijn, en verschilt per kind)")
    r"(?![^()]*\b(kan|kunnen|is|zijn|wordt|worden|verschilt|dit|dat|wij|we|u)\b)"
    r"\s*[a-z-]+( [a-z-]+){0,3}(\s*,\s*[a-z-]+( [a-z-]+){0,3})+(\s*(en|of) [a-z-]+( [a-z-]+){0,3})?\s*\))"
)
_ONLY_WHEN = re.compile(
    r"\s+(uiterlijk|vóór|voor|op|binnen|na|rond|in de week van)\s+(\d|de|het|eind|begin|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
    r"[^.;,]*[.;]?\s*$"
)


# What the clause gives to the parents themselves, nobody else: "... alles rechtstreeks met
# jullie", "alles eerst aan u".
# Denied just before, or at the head of a list that ends in it: "We zetten nooit achternamen,
# adressen of andere gegevens bij een beeld".
_DENIED = re.compile(
    r"\b(niet|geen|nooit|niemand( anders)?|not|never)\b(?!.*\b(maar|wel|behalve|but)\b)"
    r"(.{0,25}|( [\w'-]+){1,3}(,( [\w'-]+){1,3})*,? (of|en|or|and) )$"
)
_RIGHT_TO_SEE = re.compile(
    r"\brecht (om|op)\b[^.]{0,40}\b(in te zien|inzage|te verbeteren|te laten (verbeteren|wissen))\b"
)
_PARENT_RIGHTS = re.compile(
    r"\b(u|je|jij|jullie)\b[^.]{0,40}\b(inzien|inzage|opvragen|verbeteren|corrigeren|"
    r"laten wissen)\b"
    # "U mag altijd vragen wat wij over uw kind hebben genoteerd."
    r"|\b((mag|mogen|kunt|kan) (u|je|jij|jullie)|(u|je|jij|jullie) (mag|mogen|kunt|kan)) (altijd |ook |op elk moment |gerust )?(vragen|"
    r"nalezen|bekijken|nakijken) (wat|welke)\b"
)
# "Wij versturen alles via Zivver", "... alles via beveiligde mail": how, not what or to whom.
_ROUTE_ONLY = re.compile(r"\s+(via|per|met) ((beveiligde|veilige|versleutelde|gewone) )?\w+\W*$")
_TOLD_TO_PARENT = re.compile(
    r"\b(stuur|stuurt|sturen|mail|mailen|geef|geven|schrijf|schrijven) (ik|wij|we) (jullie|u|je|jou)\b"
    r"(?! (en|of)\b)"
)
_COUNTED = re.compile(
    r"\b(de )?(enige|beide) (twee|drie|vier|vijf|\d) (stukken|documenten|verslagen|gegevens)\b"
)
# "Zegt u nee, dan krijgt u alle info gewoon via de ouderapp": the open words are what the
# parent receives, said right after the verb (not "krijgen jullie en de jeugdarts ...").
_PARENT_RECEIVES = re.compile(
    r"\b((krijgt|ontvangt) (u|je|jij)|(krijgen|ontvangen) jullie"
    # (also the parent first: "u krijgt alle informatie in het Nederlands", sealed222)
    r"|(u|je|jij) (krijgt|ontvangt)|jullie (krijgen|ontvangen))( (dan|ook|gewoon|daarna|zelf))* $"
)
# What an interpreter puts into the other language: "De tolk vertaalt alles wat tijdens het
# overleg gezegd wordt" (sealed222), not what is passed on.
_TRANSLATED = re.compile(r"\b(vertaalt|vertalen|vertaal|tolkt|tolken)( (dan|ook|gewoon))* $")
# The parent as the subject of a verb that ends the clause: "u blijft ... krijgen".
# (Not "Ook de schoolarts en u mogen alle gegevens ontvangen": others get them too.)
_PARENT_KEEPS_GETTING = re.compile(
    r"(^|[,;:]\s*|\b(en|maar|dan|want)\s+)\W*(u|je|jij|jullie) (blijft|blijven|blijf)"
    r"( (ook|gewoon|altijd|dan|zelf))* $"
)
_TO_PARENT = re.compile(
    r"[^.;,]{0,30}\b(met|aan) (u|jullie|jou|uzelf|de ouders)( zelf)?"
    # "... alles alleen met u en uw kind; verder verandert er niets" (not a name: "met u en
    # Ilse" may be the doctor).
    r"( en (uw|je|jullie) (kind|zoon|dochter))?\s*([.;]|$)"
)
# Asked per item below, each item saying its own data: "per specialist", "per regel".
_PER_ITEM = re.compile(
    r"\b(per|voor elke|voor iedere|bij elke) (specialist|regel|onderdeel|organisatie|ontvanger|"
    r"uitwisseling|partij|hulpverlener)\b"
)
# Who may look into the kept data, limited: "Alleen uw gezinscoach kan het dossier inzien".
_ACCESS = re.compile(
    r"\b(alleen|uitsluitend|enkel)\b[^.]{0,60}\b(kunnen|kan|mogen|mag|hebben|heeft|krijgen|"
    r"krijgt)\b[^.]{0,30}"
    r"\b(inzien|inzage|bekijken|openen|lezen|toegang)\b"
)
# Guarding the data is no exchange of it: coded, encrypted, anonymised, destroyed.
_PROTECTED = re.compile(
    r"\b(een code|codeer\w*|gecodeerd|versleutel\w*|anoniem\w*|geanonimiseerd|pseudoniem\w*|"
    r"gepseudonimiseerd|vernietig\w*|verwijder\w*|gewist|wissen|beveiligd opgeslagen)\b"
    # "de uitkomsten van alle onderzoeken zonder namen, adressen of geboortedata" (sealed134)
    r"|\bzonder (namen|naam|de naam|de namen)\b"
    # "Ik ga zorgvuldig en vertrouwelijk om met alle gegevens": care, not sharing.
    r"|\b(zorgvuldig|vertrouwelijk|veilig|voorzichtig)\b[^.;]{0,20}\bom met\b"
    # Taken out again: "Ik haal dan alles wat ik van uw kind heb uit mijn bestanden."
    r"|\b(haal|haalt|halen)\b[^.;]{0,60}\buit (mijn|ons|onze|de|het|haar|zijn)\b[^.;]{0,20}"
    r"\b(bestand\w*|map|mappen|systeem|dossier|administratie|computer|laptop|app)\b"
    r"(?![^.;]*\b(stuur\w*|sturen|delen|deelt|geven|geeft|door|naar|aan)\b)"
)


# A record of one talk holds what was said in it: "Op de opname staat alles wat er in het
# overleg gezegd wordt", "een verslag van alles wat we besproken hebben" (sealed186). Whatever
# the parent tells in general ("alles wat u ons vertelt") stays open.
_ONE_TALK_RECORDED = re.compile(
    r"\b(opname|opnamen|opnames|geluidsopname|video-?opname|verslag|gespreksverslag|notulen|"
    r"transcript|samenvatting)\b"
)
_SAID_IN_IT = re.compile(
    r"(alles )?wat (er )?[^.;]{0,50}\b(in|tijdens|bij) (het|de|dit|dat|deze|die) (\w+ )?(overleg|"
    r"gesprek|vergadering|bijeenkomst|avond|ouderavond|mdo)\b[^.;]{0,20}\b(gezegd|besproken|"
    r"verteld|afgesproken)\b"
    r"|(alles )?wat (we|wij|jullie) (samen )?(besproken|afgesproken) (hebben|heeft)\b"
)
