"""Readings that close an open description of data again: the words stand in what is kept,
sent before, refused, left out or only talked about, or in what a refusal does not change
(AVG art. 4 lid 11; overweging 42). Split from ``data_scope``, which asks these in turn.
All patterns run on ``normalise``-d text.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import clause_at, clause_shares, in_stored_subject, same_clause
from .lemmas import shares_by_lemma

# A topic that narrows "alles wat ... over": not the child or the family as a whole.
_BROAD_TOPIC = re.compile(
    r"\b(uw|je|jouw|zijn|haar|hun|het|de) (kind|zoon|dochter|leerling|ontwikkeling|"
    r"thuissituatie|gezinssituatie|gezin|situatie|gezondheid|welzijn|functioneren|kinderen)\b"
)
_QUALIFIED = re.compile(
    r"\b(relevant\w*|benodigd\w*|nodig\w*|noodzakelijk\w*|van belang|belangrijk)\b"
)
_TOPIC = re.compile(r"^[^,;:]{0,50}?\bover (?P<what>(de|het|zijn|haar|uw|je|hun) \w+)")
# Talking something through, and passing something on.
_TALK = re.compile(r"\b(bespre\w*|besproken|overleg\w*|bekijken|kijken|nagaan|praten|afspreken)\b")
_TRANSFER = re.compile(
    r"\b(delen|deelt|sturen|stuurt|geven|geeft|doorgeven|verstrek\w*|uitwissel\w*|opvragen|"
    r"mailen|doorsturen)\b"
)


def after_no_detriment(key: str, at: int) -> bool:
    """The open words stand in what a refusal does not change, with nothing passed on between:
    not "heeft geen gevolgen voor de lessen, maar wij sturen de GGD alles wat ..." (review)."""
    harmless = pc.NO_DETRIMENT.search(key, 0, at)
    if not harmless:
        return False
    between = key[harmless.end() : at]
    return not (
        re.search(r"[.;]|\b(maar|wel|bij een ja)\b", between)
        or p.SHARING.search(between)
        or shares_by_lemma(between)
    )


# Care for the data, the data between "met" and "om" (not "... om en sturen alle informatie").
CARE = re.compile(
    r"\b(gaat|gaan|ga)\b[^.;]{0,20}\b(zorgvuldig|vertrouwelijk|veilig|voorzichtig)\b (om )?met\b"
    r"(?P<what>[^.;,]{0,40}?)\bom\b"
)


def stored(key: str, m: re.Match[str]) -> bool:
    """The phrase is what is kept, not what is shared: in a clause about storage, or opening
    a sentence whose main clause stores it ("Alles wat wij uitwisselen, leggen wij vast")."""
    if same_clause(key, m.start(), p.STORAGE) or in_stored_subject(key, m.start()):
        return True
    # What is thrown away: "uiterlijk 1 april gooit hij alle gegevens weg" (sealed106), also
    # with the verb left out of a second clause: "Luisterlab verwijdert elke opname ..., en
    # alle overige gegevens uiterlijk 1 mei" (sealed111), unless something is sent in between.
    if same_clause(key, m.start(), _THROWN_AWAY) and not sent_before(key, m):
        return True
    thrown = list(_THROWN_AWAY.finditer(key, 0, m.start()))
    between = key[thrown[-1].end() : m.start()] if thrown else ""
    after = re.match(r"[^.;]*", key[m.end() :])
    sent_after = bool(p.SHARING.search(after.group(0) if after else ""))
    if (
        thrown
        and not sent_after
        and not p.SHARING.search(between)
        and re.match(r"[^.;]{0,120},? (en|of) $", between)
    ):
        return True
    # Said in the passive: "Alle gegevens, rapporten en overzichten worden uiterlijk op 1
    # september 2026 verwijderd" (sealed131), with nothing passed on in between.
    deleted = _DELETED.search(key, m.end())
    between = key[m.end() : deleted.start()] if deleted else ""
    if (
        deleted
        and len(between) <= 80
        and not re.search(r"[.;]", between)
        and not p.SHARING.search(between)
        and not sent_before(key, m)
    ):
        return True
    # Waiting for the papers: "U krijgt een besluit nadat wij alle stukken hebben ontvangen".
    waited = _WHEN_RECEIVED.search(key[max(0, m.start() - 30) : m.end() + 40])
    if waited and not p.SHARING.search(key[max(0, m.start() - 30) + waited.end() :]):
        return True  # (not "Zodra wij alle stukken binnen hebben, sturen wij die er ook heen")
    # "Alle gegevens staan bij Slimtaal zelf, in een datacenter", "Bij Het Baken staan alle
    # stukken in het afgeschermde zorgdeel van Magister": where it lies, not who gets it.
    clause = clause_at(key, m.start())
    return bool(
        _LIES.search(clause)
        and p.STORAGE_PLACE.search(key, m.end())
        and not clause_shares(key, m.start())
    )


def sent_before(key: str, m: re.Match[str]) -> bool:
    """The phrase's clause passes it on before naming it: "Wij verwijderen de opname en sturen
    alle gegevens naar de GGD" (not "verwijderen alle gegevens die wij hebben ontvangen")."""
    clause = clause_at(key, m.start())
    at = clause.find(m.group(0))
    # (the verb of its own subject: "De ouders geven hun lijstje aan mij terug en ik versnipper
    # alles", sealed135)
    own = re.split(
        r"\b(?:en|maar|want) (?:ik|wij|we|zij|ze|hij|de school)\b", clause[: max(at, 0)]
    )[-1]
    return at > 0 and bool(p.SHARING.search(own))


_LIES = re.compile(r"\b(staat|staan|ligt|liggen)\b")
_DELETED = re.compile(r"\b(wordt|worden)\b[^.;]{0,60}\b(verwijderd|vernietigd|gewist|weggegooid)\b")
_WHEN_RECEIVED = re.compile(
    r"\b(nadat|zodra|wanneer|als|tot) (wij|we|ik|de [a-z-]+|u|jullie) (alle|alles)\b[^.;,]{0,30}"
    r"\b(ontvangen|binnen|compleet|volledig|gekregen)\b"
)
_THROWN_AWAY = re.compile(
    r"\b(gooit|gooien|gooi|haalt|halen|haal)\b[^.;]{0,40}\bweg\b|\b(verwijdert|verwijderen|"
    r"vernietigt|vernietigen|wissen|versnipper|versnippert|versnipperen)\b"
    r"|\bwist (alle|de|het|die|deze|ze|haar|zijn|hun) "  # (not "De leiding wist te weinig")
    # ... with its subject after the verb: "Op 31 augustus wist KluisWijs alle gegevens", and
    # taken out of a system: "haalt de gemeente alle gegevens uit BelWijzer" (sealed221, 224),
    # not taken out to be sent: "haalt de gegevens uit het dossier en stuurt ze naar ...".
    # (not "wist" as knew how to: "wist KluisWijs alle gegevens naar de gemeente te sturen";
    # nor taken out to be mailed or put elsewhere: "haalt ... uit het dossier en mailt ze aan
    # de GGD", "uit Magister om die in de app te zetten")
    r"|\bwist (?!(niet|wat|dat|hoe|te|wel|al|nog|ook|er|dit)\b)[a-z-]+ (alle|de|het|ze) "
    r"(?![^.;]*\bte [a-z]+en\b)"
    r"|\b(haalt|halen|haal)\b[^.;]{0,60}\buit\b(?![^.;]*\b(stuurt|sturen|geeft|geven|deelt|"
    r"delen|door|naar|mailt|mailen|zet|zetten|plaatst|plaatsen|levert|leveren)\b)"
    # "all data is then deleted" (sealed100, an English line beside the Dutch).
    r"|\b(is|are|will be|gets|get) (then |also |automatically )?(deleted|erased|destroyed|removed)\b"
)
# The parent asked to check the form's own fields: "Controleer alle gegevens, vul aan waar
# nodig en onderteken" (sealed82). What the parent reads over is not what is shared.
PARENT_CHECKS = re.compile(
    r"^\W*(controleer|check|lees|bekijk)\b[^.;]{0,10}\b(alle|alles)\b"
    r"(?=[^.]*\b(vul|onderteken|teken|verbeter|wijzig|pas)\b)"
)


def refused(key: str, m: re.Match[str]) -> bool:
    """The phrase is what is not asked or not needed: "andere delen van het leerlingdossier
    vragen wij niet op", "zonder dat je alles opnieuw hoeft te vertellen". "Alle gegevens,
    zonder uitzondering" and "niet alleen ..." stay open."""
    if _QUALIFIED.search(m.group(0)):
        return False
    clause = clause_at(key, m.start())
    at = clause.find(m.group(0))
    before, after = clause[: max(at, 0)], clause[max(at, 0) + len(m.group(0)) :]
    negated_after = re.search(r"\b(niet|nooit|geen)\b(?! (alleen|enkel|uitsluitend)\b)", after)
    return bool(negated_after or re.search(r"\bzonder dat\b", before))


# "alleen wat nodig is voor de zorg op school, niet de rest van het dossier": a limit.
_EXCLUSION = re.compile(
    r"\b(niet|geen) (de rest|het overige|de overige|andere|meer dan)\b|\bniets (anders|meer)\b"
)


def excluding(key: str, m: re.Match[str]) -> bool:
    """ "alleen wat nodig is voor ..." with what stays out named in the same sentence."""
    limited = re.search(r"\b(alleen|uitsluitend|enkel)\b", key[max(0, m.start() - 20) : m.end()])
    return bool(limited) and bool(_EXCLUSION.search(key, m.end()))


def scoped(key: str, m: re.Match[str]) -> bool:
    """ "Alles wat wij zien over de motoriek": the topic narrows it, unless the topic is the
    child as a whole or the phrase is itself open ("alle relevante informatie over ...")."""
    if _QUALIFIED.search(m.group(0)):
        return False
    topic = _TOPIC.search(key[m.end() :])
    return topic is not None and not _BROAD_TOPIC.fullmatch(topic.group("what"))


def topic_of_talk(key: str, m: re.Match[str]) -> bool:
    """ "bespreken hoe ... en wat daarvoor nodig is": what is needed is the meeting's subject,
    when a verb of talking governs it and no verb of passing data on stands in between."""
    if "nodig" not in m.group(0):
        return False
    talks = list(_TALK.finditer(key, 0, m.start()))
    if not talks or _TRANSFER.search(key, talks[-1].end(), m.start()):
        return False
    # A second question after one about the child ("hoe ... en wat daarvoor nodig is"); "met
    # de GGD bespreken wat nodig is" alone leaves open what the GGD hears.
    between = key[talks[-1].end() : m.start()]
    if re.search(r"\bmet (u|jou|je|jullie)\b(?! en\b)", between):
        return True  # "dan praten wij met u over wat nodig is": the parent hears it, nobody else
    asked = re.search(r"\b(hoe|of|welke|waarom|wanneer)\b", between)
    return bool(asked) and between.endswith("en ")
