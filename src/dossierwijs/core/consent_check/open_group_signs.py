"""An open group of recipients as a sign that one choice covers several exchanges
(overweging 32 en 43 bij de AVG), and the parties a list names. Split from
``several_exchanges``.

Under a form without one yes / no of its own, an open group ("betrokken hulpverleners") is
many exchanges at once. Beside one box it is so only with a sign of more than one exchange;
otherwise it is one exchange's recipients left open, a defect of ``ontvangers`` alone.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .data_scope import open_data
from .form import Form, organisation_names
from .open_groups import open_recipient_groups
from .phrases_recipients import FIRMS_WE_WORK_WITH, MEMBERS_UNNAMED, TRANSLATORS_UNNAMED
from .purpose_vague import vague_purposes
from .sentences import Sentence


def _open_group_found(form: Form) -> list[tuple[Sentence, str]]:
    strong, weak = open_recipient_groups(form)
    # (one recipient left unnamed is open, not several: "een orthopedagoog die wij inhuren";
    # nor are the people of one outing or one treat: "alle betrokkenen bij die excursie", "met
    # betrokkenen", labelled one exchange on sealed216 and sealed220)
    strong = [(s, group) for s, group in strong if not _one_kind_alone(s, group)]
    weak = [(s, group) for s, group in weak if not _one_kind_alone(s, group)]
    if weak and form.matching(p.CLOSED_LIST):
        weak = []
    return strong + weak


def _one_kind_alone(s: Sentence, group: str) -> bool:
    """One kind, and no other open group after it in the sentence: "externe vertalers", not
    "aan externe vertalers en andere instanties" (only the first group is reported)."""
    return bool(_ONE_OR_PEOPLE.fullmatch(group)) and not any(
        not _ONE_OR_PEOPLE.fullmatch(m.group(0))
        for m in p.VAGUE_RECIPIENT.finditer(s.key)
        if m.start() >= s.key.find(group) + len(group)
    )


def open_groups_sure(form: Form, choices: list[Sentence]) -> bool:
    # Under a form without one yes / no of its own (a signature, silence, a reply), an open
    # group is many exchanges at once. Beside one box it is so only with a sign of more than
    # one exchange (_more_than_the_group); otherwise it is one exchange's recipients left
    # open: see open_group_beside_one_choice.
    found = _open_group_found(form)
    return bool(found) and (not _one_answer(form, choices) or _more_than_the_group(form, found))


def _one_answer(form: Form, choices: list[Sentence]) -> bool:
    """One yes / no: a box, or a reply asked for ("Stuur JA of NEE", "Antwoord op deze mail").
    Over sealed100-228, an open group under a reply and no boxes was labelled one exchange 16
    times in 17; under a signature alone, several 70 times in 82."""
    # (a box "Ik geef toestemming" on a linked page is one tick for all it covers, as a
    # signature is: sealed230)
    replies = [s for s in form.matching(pc.ANSWER_REQUEST) if not re.search(r"\bvakje\b", s.key)]
    return len(choices) == 1 or (not choices and bool(replies))


def open_group_beside_one_choice(form: Form, choices: list[Sentence]) -> list[Sentence]:
    """An open group ("externe deskundigen", "betrokken hulpverleners") beside one yes / no.
    Where no other sign fired, this was wrong 7 times in 7 on sealed141-164, and 13 times in
    23 over every labelled set (the brief: one purpose, one kind of recipient and one choice
    is no bundle). It stays a defect of ``ontvangers``."""
    found = _open_group_found(form)
    if not found or not _one_answer(form, choices) or _more_than_the_group(form, found):
        return []
    return list(dict.fromkeys(s for s, _ in found))


# An exchange added to another: "Daarnaast willen wij ...", "Ook willen wij het later ...".
_ADDED = re.compile(
    r"^\W*(ook|daarnaast|verder|tevens|bovendien)\b|\b(daarnaast|tevens|bovendien)\b"
)


def _more_than_the_group(form: Form, found: list[tuple[Sentence, str]]) -> bool:
    """Beside the open group, parties listed with it ("met de CAT, de jeugdhulp en andere
    betrokken instanties") or in the next sentence, a second group of its own, or the group
    added to another exchange ("Daarnaast ... met betrokken hulpverleners"): outside review."""
    groups = list(dict.fromkeys(s for s, _ in found))
    strong = {
        re.sub(r"^(met|door|naar|aan|de|het|een) ", "", g)
        for _, g in open_recipient_groups(form)[0]
        if not p.ONE_UNNAMED.fullmatch(g)
    }
    distinct = {g for g in strong if not any(g != h and g in h for h in strong)}
    return (
        len(distinct) >= 2
        or any(listed_parties(s, set()) >= 2 for s in groups)
        or any(
            len(set(p.PARTY_WORD.findall(t.key))) >= 2
            for s in groups
            for t in form.following(s, 1)[1:]
        )
        or any(_ADDED.search(s.key) for s in groups)
        # a blanket consent: the data and the purpose left open too ("voor zover nodig voor de
        # begeleiding, alle relevante informatie ... met externe instanties"), or the group an
        # example of more ("onder andere de GGD")
        or any(_SOME_NAMED.search(s.key) for s in groups)
        or bool(set(groups) & {s for s, _ in vague_purposes(form)} & _with_open_data(groups))
    )


def _with_open_data(groups: list[Sentence]) -> set[Sentence]:
    return {s for s in groups if open_data(s)}


# (nor one kind of firm, unnamed: "externe vertalers", "onze aangesloten bijlesbureaus", "de
# vertaalbureaus waarmee de school samenwerkt": one purpose, one kind of recipient, sealed222)
_ONE_OR_PEOPLE = re.compile(
    rf"{p.ONE_UNNAMED.pattern}|(alle|met|aan|naar) betrokkenen|{TRANSLATORS_UNNAMED}"
    rf"|{MEMBERS_UNNAMED}|{FIRMS_WE_WORK_WITH}"
)
_SOME_NAMED = re.compile(r"\b(onder andere|onder meer|o\.a\.|waaronder|zoals)\b")


# Parents or volunteers in a role at school are recipients of their own: "met de leesouders,
# de klassenouder en de rijouders" (sealed184); not "de ouders" of the class.
# (not family: "pleegouders", "gastouder", a meeting "met de pleegouders, de mentor en ...")
_HELPER_ROLE = re.compile(
    r"\b(lees|voorlees|klassen|klas|rij|hulp|overblijf|tso|bieb|luizen|excursie|sport|kook|"
    r"computer|knutsel)(ouders?|moeders?|vaders?|vrijwilligers?)\b"
)


def listed_parties(s: Sentence, own: set[str]) -> int:
    """How many parties a list after "met", "naar" or "aan" names ("de huisarts, de GGD en
    de jeugdhulp", "de jeugdarts, de leerplichtambtenaar en De Overstap"): items split on
    commas and "en"/"of", counted when they name a party or an organisation by its name."""
    key = s.key
    names = tuple(  # (not "De Kangoeroeklas, onze plusklas")
        re.sub(r"^(de|het) ", "", n.lower())
        for n in organisation_names([s])
        if " " in n and n not in own
    )
    most = 0
    for m in re.finditer(r"\b(met|naar|aan)\s+", key):
        listed = re.split(r"[.;:()]", key[m.end() :], maxsplit=1)[0]
        count = 0
        for item in re.split(r",\s*|\s+(?:en|of)\s+(?:(?:met|naar|aan)\s+)?", listed):
            # The list ends where a clause begins: a long item or a conjunction.
            if len(item.split()) > 6 or re.match(
                r"(zodat|om|omdat|wat|die|dat|als|want|maar)\b", item
            ):
                break
            named = re.sub(r"^(de|het) ", "", item).startswith(names) if names else False
            count += bool(p.PARTY_WORD.search(item) or named or _HELPER_ROLE.search(item))
        most = max(most, count)
    return most
