"""What narrows a manner word in a purpose to something concrete ("beter kunnen helpen met
zijn taalontwikkeling", "beter helpen plannen"), used by ``purpose``."""

from __future__ import annotations

import re


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


def narrowed(key: str, m: re.Match[str]) -> bool:
    """The help narrowed to a subject or an activity after it ("beter helpen met rekenen")."""
    after = _SUBJECT_AFTER.match(key, m.end())
    if after is None:
        return False
    what = after.group("what") or after.group("activity")
    return what not in _WHOLE_CHILD and what not in _NO_SUBJECT
