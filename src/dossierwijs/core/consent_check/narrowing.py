"""What narrows a manner word in a purpose to something concrete ("beter kunnen helpen met
zijn taalontwikkeling", "beter helpen plannen"), used by ``purpose``."""

from __future__ import annotations

import re

from . import phrases as p
from .sentences import Sentence


def helps_to_do(key: str, m: re.Match[str]) -> bool:
    """ "kunnen beter helpen plannen": the help is one named activity."""
    if not m.group(0).endswith("helpen"):
        return False
    verb = re.match(r" ([a-z]{3,}en)\b", key[m.end() :])
    return verb is not None and verb.group(1) in _ACTIVITIES


# Learning activities one can be helped with; "helpen functioneren" or "helpen binnen de klas"
# names none.
_ACTIVITIES = frozenset(
    ["plannen", "lezen", "rekenen", "schrijven", "spellen", "oefenen", "leren", "organiseren"]
    + ["onthouden", "concentreren", "starten", "studeren", "praten", "spreken"]
)


# "zodat instellingen zo nodig worden aangepast": what is adjusted is named, and "zo nodig"
# only says it may not need adjusting. The exchange keeps its concrete purpose.
ADJUSTED_IF_NEEDED = re.compile(
    r"\W*(kunnen |kan )?(worden|wordt) (aangepast|bijgesteld|gewijzigd|ingesteld|vervangen|"
    r"verlengd|hersteld|gerepareerd)\b"
)


# The help narrowed to one subject: "beter kunnen helpen met zijn taalontwikkeling", "goed
# begeleiden bij het rekenen". The child or the family as a whole does not narrow it.
# Without an article the subject is an activity: "beter helpen met concentreren".
_SUBJECT_AFTER = re.compile(
    r"\s*(met|bij|in|op) ((zijn|haar|hun|het|de|uw|je) (?P<what>[a-z-]+)|"
    r"(?P<activity>[a-z]{4,}(en|ing))\b)"
)
_WHOLE_CHILD = frozenset(
    [
        "ontwikkeling",
        "situatie",
        "gezondheid",
        "welzijn",
        "functioneren",
        "schoolloopbaan",
        "kind",
        "leerling",
        "toekomst",
        "problemen",
        "problematiek",
        "hulpvraag",
        "zorgvraag",
        "ondersteuningsbehoefte",
        "behoeften",
        "zorgen",
        "moeilijkheden",
        "dingen",
        "gezin",
        "leven",
        "school",
    ]
)


_NO_SUBJECT = frozenset(["elkaar", "alles", "andere", "anderen", "overleggen", "samenwerken"])


# The help narrowed by what the helper must know: "Zij kunnen sneller en beter helpen als ze
# weten of een kind een allergie of aandoening heeft" (sealed107). Not "wat er speelt" or
# "wat nodig is", which name nothing.
_KNOWING_WHAT = re.compile(
    r"\s*(als|wanneer|omdat|doordat) (ze|zij|hij|wij|we|de [a-z-]+) (\w+ )?(weten|kennen) "
    r"(of|welke) (?![^.;]{0,30}\b(er speelt|nodig|van belang|relevant)\b)[^.;]{8,}"
)


# The help narrowed by a named thing known or a named moment (sealed126, sealed128, after
# scoring): "beter helpen als wij het advies van de jeugdarts kennen", "beter kunnen helpen
# als ze overprikkeld raakt". Not "als dat nodig is" or "als er iets speelt".
_IN_A_SITUATION = re.compile(
    r"\s*(als|wanneer|zodra) (ze|zij|hij|wij|we|de [a-z-]+) "
    r"(?![^.;,]*\b(nodig|speelt|spelen|van belang|relevant|iets|er)\b)"
    r"((het|de|haar|zijn|hun) [^.;,]{3,40} (weten|kennen)"
    r"|[^.;,]{2,30} (raakt|raken|wordt|worden|krijgt|krijgen|voelt|voelen|heeft|hebben))\b"
)


def narrowed(key: str, m: re.Match[str]) -> bool:
    """The help narrowed to a subject or an activity after it ("beter helpen met rekenen")."""
    if _KNOWING_WHAT.match(key, m.end()) or _IN_A_SITUATION.match(key, m.end()):
        return True
    after = _SUBJECT_AFTER.match(key, m.end())
    if after is None:
        return False
    what = after.group("what") or after.group("activity")
    return what not in _WHOLE_CHILD and what not in _NO_SUBJECT


# A moment the recipient acts: "vanaf de eerste dag", "in september", "bij de start".
_MOMENT = re.compile(
    r"\b(vanaf|op|in|bij|tijdens) (de |het )?(eerste|start|begin|\d{1,2}|januari|februari|maart|"
    r"april|mei|juni|juli|augustus|september|oktober|november|december|brugklas)\b"
    r"|\bbij een ([a-z]+ )?(reactie|aanval|insult|ongeluk|noodgeval|val)\b"
)
_EVENT = re.compile(r"\bbij een ([a-z]+ )?(reactie|aanval|insult|ongeluk|noodgeval|val)\b")


# The aim spelled out by its means right after it: "zo goed mogelijk laten meedoen:
# bijvoorbeeld door de kring klein te houden en gebaren te gebruiken".
_MEANS_AFTER = re.compile(r"[^.;:]{0,25}[:,]\s*(bijvoorbeeld|zoals) door\b(?P<means>[^.;]*)")
# Means that are themselves open: "door de gegevens te delen", "door een goede samenwerking".
_OPEN_MEANS = re.compile(
    r"\b(delen|uitwisselen|samenwerk\w*|goede?|passend\w*|nodig\w*|afstemm\w*|overleg\w*)\b"
)


def anchored(s: Sentence, m: re.Match[str]) -> bool:
    """ "Zo kan de mentor haar vanaf de eerste dag goed opvangen": a manner word ("goed",
    "beter") in a consequence that names who acts and when is what the recipient will do,
    not an open purpose. "Voor een goede begeleiding" names neither."""
    if "nodig" in m.group(0):
        # Undoing, if needed: "zij haalt zo nodig foto's of uw nummer weg".
        undone = re.match(
            r"[^.;,]{0,40}\b(weg|verwijderd|verwijdert|verwijderen)\b", s.key[m.end() :]
        )
        return bool(ADJUSTED_IF_NEEDED.match(s.key[m.end() :]) or undone)
    if not re.search(r"\b(goed|beter)\b|\bwat er speelt\b", m.group(0)):
        return False
    means = _MEANS_AFTER.match(s.key, m.end())
    if means and not _OPEN_MEANS.search(means.group("means")):
        return True
    if narrowed(s.key, m) or helps_to_do(s.key, m):
        return True
    # The consequence clause the words stand in: the sentence, or its "zodat" part ("...,
    # zodat zij hem vanaf de eerste dag goed kunnen opvangen").
    # Knowing "wat er speelt" is concrete only at a named event ("bij een allergische reactie");
    # help in general ("beter kan begeleiden") stays open whatever moment it starts.
    so_that = s.key.rfind("zodat ", 0, m.start())
    clause = s.key[so_that:] if so_that != -1 else s.key
    if "wat er speelt" in m.group(0):
        return so_that != -1 and bool(_EVENT.search(clause))
    # Help needs a named helper ("Zo kan de juf hem vanaf de eerste week beter helpen"); "zodat
    # zij hem vanaf de eerste dag goed kunnen opvangen" may point back to the recipients.
    helps = re.search(r"\b(begeleiden|ondersteunen|helpen)\b", m.group(0))
    acts = p.PARTY_WORD.search(clause) or (
        not helps and re.match(r"zodat (zij|hij|ze|de [a-z-]+)\b", clause)
    )
    return bool(
        p.CONSEQUENCE_AFTER.match(clause)
        or re.match(r"(zo|zodat) (kan|kunnen|weet|weten)\b", clause)
        or (so_that != -1 and not helps)
    ) and bool(_MOMENT.search(clause) and acts)
