"""Whether one choice covers several exchanges (overweging 32 en 43 bij de AVG): items
listed or counted, open groups, a second exchange or use "daarnaast", three or more parties
named, a table with a recipient per row under one box.

Split from ``granular``, which asks this only after finding no choice per part.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import Form, organisation_names, shares
from .open_group_signs import listed_parties, open_group_beside_one_choice, open_groups_sure
from .participants import senders
from .purpose_denied import ruled_out
from .recipient_names import recipient_names
from .sentences import Sentence, normalise

_CHOICE_COLUMN = re.compile(r"\W*(ja|nee|akkoord|paraaf|keuze|toestemming|yes|no)\b")


# "de onder a, b en c genoemde partijen", "de bij 1 t/m 3 vermelde ontvangers".
_LISTED_ITEMS = re.compile(
    r"\b(onder|bij|in) (punt |paragraaf |deel )?(\d+(\.\d+)* )?(\w)(, ?\w)* (en|t/m|tot en met) \w "
    r"(genoemde|vermelde|beschreven|bedoelde|opgesomde)\b"
    # "zoals beschreven onder punt 2 (a, b en c)"
    r"|\b(onder|bij|in) (punt|paragraaf|deel|artikel) \d+\s*\((\w, ?)*\w (en|t/m|tot en met) \w\)"
)


_SECOND_USE = re.compile(
    r"\b(gebruikt|gebruiken)\b[^.]{0,80}"
    r"(\b(daarnaast|ook zelf|zelf ook)\b[^.]{0,20}\b(om|voor)\b"
    # (not the tool's one purpose: "De app gebruikt de scores ook om de sommen aan te passen")
    r"|\book (voor|om)\b[^.]{0,30}\b(onderzoek|beleid|eigen|andere|nieuwe)\b)"
)


def covers_several_things(form: Form, choices: list[Sentence]) -> bool:
    """One choice for several exchanges, by a sign that was right most times it fired on forms
    the checker had never seen."""
    return any(check(form, choices) for check in _SURE)


def may_cover_several_things(form: Form, choices: list[Sentence]) -> list[Sentence]:
    """A weaker sign of several exchanges: at first sight over sealed105-148 these were wrong
    far more often than right (a second recipient added 6 wrong of 7, numbered uses 4 of 5,
    "daarnaast" 4 of 5, three names 2 of 2), and the checker of today, tuned on many of those
    sets, is still wrong on sealed105-148 in 18 of the 20 forms where only these fire. Nor did
    two such sentences each with a party and a purpose of their own tell the right ones apart
    (2 right of 6 over every labelled set). A parent sees them as a doubt to check, not as a
    defect. Returns the sentences that show the sign, for the parent to read."""
    return list(dict.fromkeys(s for check in _WEAK for s in check(form, choices)))


def _items_conjoined(form: Form, choices: list[Sentence]) -> bool:
    return any(len(p.ITEM_CONJUNCTION.findall(s.key)) >= 2 for s in choices)


def _items_listed(form: Form, choices: list[Sentence]) -> bool:
    # "te delen met de onder a, b en c genoemde partijen": one choice for all
    return any(_LISTED_ITEMS.search(s.key) and shares(s) for s in form.sentences)


def _open_purposes(form: Form, choices: list[Sentence]) -> bool:
    # "voor alle doeleinden van de Jeugdwet": many purposes, one signature
    return any(
        not ruled_out(s.key, m.start())
        for s in form.matching(p.OPEN_PURPOSES)
        for m in [p.OPEN_PURPOSES.search(s.key)]
        if m
    )


def _another_exchange(form: Form, choices: list[Sentence]) -> list[Sentence]:
    # "Daarnaast geven wij ...": a second exchange under the same choice (not "Verder
    # wisselen wij niets uit", which closes the list).
    return [
        s
        for s in form.body
        if p.ANOTHER_EXCHANGE.match(s.key) and shares(s) and not p.NEGATION.search(s.key)
    ]


def _second_use(form: Form, choices: list[Sentence]) -> bool:
    # The receiver's own use beside the one asked for: "Lexaro gebruikt de scores daarnaast
    # ook zelf, om nieuwe oefeningen te ontwikkelen", "gebruikt de gegevens ook voor beleid".
    return any(
        m and not p.NEGATION.search(s.key[: m.end()])
        for s in form.body
        for m in [_SECOND_USE.search(s.key)]
    )


def _table_of_exchanges(form: Form, choices: list[Sentence]) -> bool:
    """A table with a recipient per row and no choice in any row, under one box: "☐ Ik ga
    akkoord met de uitwisselingen in het overzicht hierboven"."""
    # (each row its own exchange: a recipient and a purpose of its own, not the steps of one)
    rows = [
        s for s in form.body if s.is_row and s.cell(p.RECIPIENT_COLUMN) and s.cell(p.PURPOSE_COLUMN)
    ]
    return (
        len({normalise(s.cell(p.RECIPIENT_COLUMN)) for s in rows}) >= 2
        and len({normalise(s.cell(p.PURPOSE_COLUMN)) for s in rows}) >= 2
        and not any(
            s.boxes or any(_CHOICE_COLUMN.match(h.lower()) for h, _ in s.cells) for s in rows
        )
        and len(choices) <= 1
    )


def _numbered_uses(form: Form, choices: list[Sentence]) -> list[Sentence]:
    # numbered exchanges or uses, but one choice for all of them
    items = [
        s
        for s in form.body
        if re.match(r"^\W*(\d{1,2}|[a-h])[.)]\s", s.text, re.IGNORECASE)
        and (shares(s) or p.DATA_USE.search(s.key))
    ]
    return items if len(items) >= 2 else []


def _bulleted_exchanges(form: Form, choices: list[Sentence]) -> bool:
    """Bulleted exchanges with different parties: "- ... melden wij aan de
    leerplichtambtenaar", "- Wij informeren de jeugdarts van GGD X" (the same party twice is
    one exchange)."""
    bullets = [s for s in form.body if re.match(r"^\s*[-•*–]\s", s.text) and shares(s)]
    parties = {m.group(0) for s in bullets for m in p.PARTY_WORD.finditer(s.key)}
    return len(bullets) >= 2 and len(parties) >= 2 and not choices


def _bulleted_parties(form: Form, choices: list[Sentence]) -> bool:
    """ "toestemming voor het delen ... met:" and a bulleted party per line. Each item opens
    with its party ("- de orthopedagoog van ...", "- GGD Twente"); an item of data ("- welke
    klachten Daan heeft") names none."""
    bulleted = [s for s in form.body if _opens_with_party(s)]
    return len(bulleted) >= 2 and any(
        shares(s) and s.text.rstrip().endswith(":") for s in form.body
    )


def _sharing(form: Form) -> list[Sentence]:
    """Sentences that share, but not what a refusal leaves open: "Geeft u geen toestemming,
    dan kunt u de stukken ook zelf aan de praktijk geven"."""
    return [
        s
        for s in form.body
        if shares(s) and not pc.WITHDRAWAL.search(s.key) and not _REFUSAL_ALTERNATIVE.search(s.key)
    ]


def _recipient_added(form: Form, choices: list[Sentence]) -> list[Sentence]:
    return [s for s in _sharing(form) if _adds_a_recipient(s)]


def _pictures_beside(form: Form, choices: list[Sentence]) -> bool:
    # "... naar het samenwerkingsverband, en foto's van Sem op de website"
    pictured = (_AND_PICTURES.search(s.key) for s in _sharing(form))
    return any(m and not p.NEGATION.search(m.group(0)) for m in pictured)


def _parties_counted(form: Form, choices: list[Sentence]) -> bool:
    # "De gegevens gaan naar deze twee organisaties" under one signature
    # (not who deletes: "Uitgewisselde gegevens worden door beide organisaties uiterlijk 31
    # augustus 2026 verwijderd", the school and the one it shares with, sealed236)
    counted = (
        m
        for s in _sharing(form)
        if not _DELETED.search(s.key)
        for m in [_COUNTED_PARTIES.search(s.key)]
        if m
    )
    return any(not re.search(r"\b(niet|geen|niets|niks)\b", m.string[: m.start()]) for m in counted)


def _three_listed(form: Form, choices: list[Sentence]) -> bool:
    # "met de huisarts, de GGD en de jeugdhulp" under one choice
    # (own names looked up only when the form calls something its own: "De Kangoeroeklas,
    # onze plusklas")
    own = (
        {
            n
            for n in organisation_names(form.sentences)
            if re.search(rf"{re.escape(n)},? (onze|ons) ", form.text)
        }
        if re.search(r"\b(onze|ons) ", form.text)
        else set()
    )
    # (not where the parent writes to: "geef een briefje mee aan de leerkracht of mail naar
    # onze intern begeleider", sealed229)
    return any(
        listed_parties(s, own) >= 3
        for s in _sharing(form) + choices
        if not _PARENT_WRITES.match(s.key)
    )


_DELETED = re.compile(r"\b(verwijder\w*|vernietig\w*|gewist|wissen|wist)\b")
# (not "Geef hieronder aan of wij ... mogen delen met A, B en C": the parent says which)
_PARENT_WRITES = re.compile(
    r"^\W*(geef(?! (hieronder |hierbij |hier |per [a-z]+ |bij [a-z]+ [a-z]+ )?aan\b)|mail|bel|stuur|"
    r"app|lever|meld)\b(?! (wij|we|ik)\b)"
)


# Three things done, listed in one box: "Ik ga akkoord met de opname van de bijeenkomst, het
# sturen van de notulen naar de MR en het gebruik van mijn uitspraken" (sealed186).
_AGREED_TO = re.compile(
    r"\b(akkoord (gaan |ga |gaat )?met|toestemming (voor|om)|stem (ik )?in met)\s+"
)
_ACTION_ITEM = re.compile(
    r"(de|het) (opname|opnemen|gebruik|gebruiken|sturen|versturen|doorsturen|delen|plaatsen|geven|"
    r"bekijken|inzien|"
    # (keeping is no exchange: "het opnemen, het tonen aan de begeleider en het bewaren")
    r"plaatsing|publicatie|publiceren|doorgeven|verstrekken|verstrekking|tonen|vertonen|"
    r"filmen|fotograferen|noemen|vermelden|vermelding|citeren|overdracht|uitwisselen|"
    r"uitwisseling)\b"
)


def _three_actions(form: Form, choices: list[Sentence]) -> bool:
    for s in choices:
        agreed = _AGREED_TO.search(s.key)
        if not agreed:
            continue
        listed = re.split(r"[.;:()]", s.key[agreed.end() :], maxsplit=1)[0]
        items = re.split(r",\s*|\s+en\s+(?=(?:de|het)\b)", listed)
        heads = {m.group(2) for item in items if item for m in [_ACTION_ITEM.match(item)] if m}
        if len(heads) >= 3:
            return True
    return False


def _two_named_two_purposes(form: Form, choices: list[Sentence]) -> bool:
    # Two named recipients, each for its own purpose: "met de KNVB en met onze sponsor X, voor
    # de spelerspassen en de teamfoto" is two exchanges under one choice.
    return any(
        len(recipient_names([s])) >= 2 and p.TWO_PURPOSES.search(s.key) for s in _sharing(form)
    )


def _three_names(form: Form, choices: list[Sentence]) -> list[Sentence]:
    # The organisation that sends the form is no recipient: "komt naar De Klaverhoeve"; nor is
    # a thing named with an acronym ("VVE-uren", "LVS-toetsen") or the child, a single name
    # the form keeps coming back to ("Mila").
    names = recipient_names(_sharing(form)) - senders(form)
    names = {n for n in names if not _THING.match(n) and not _the_child(form.text, n)}
    # One tool named twice: "Briefbode van Postkoets BV" and "ons Briefbode-account".
    names = {n for n in names if not _compound_of_another(n, names)}
    if len(names) < 3:
        return []
    return [s for s in _sharing(form) if any(n in s.text for n in names)]


_SURE = (
    _items_conjoined,
    _items_listed,
    _open_purposes,
    _second_use,
    open_groups_sure,
    _table_of_exchanges,
    _bulleted_exchanges,
    _bulleted_parties,
    _pictures_beside,
    _parties_counted,
    _two_named_two_purposes,
    _three_listed,
    _three_actions,
)
_WEAK = (
    _another_exchange,
    _numbered_uses,
    _recipient_added,
    _three_names,
    open_group_beside_one_choice,
)


def _compound_of_another(name: str, names: set[str]) -> bool:
    """ "Briefbode-account" beside "Briefbode van Postkoets BV"; not "Zorgteam Noord" beside
    "Zorgteam Zuid"."""
    head = name.split("-", 1)[0].lower()
    return "-" in name and any(n != name and n.lower().split()[0] == head for n in names)


# A party inside a compound or a group of people: "schoolmaatschappelijk werker", "de ouders
# die rijden", "andere scholen", "het zorgteam", "de wijkverpleegkundige".
_PARTY_NOUN = re.compile(
    r"\w*(werkers?|ouders|verleners?|instanties|organisaties|partijen|deskundigen|professionals|"
    r"begeleiders?|therapeut\w*|artsen|arts|coach\w*|leerkrachten|docenten|school|scholen|"
    r"verpleegkundigen?|team|teams|bestuur|psychiaters?|fotograaf|verzekeraars?|inspectie|"
    r"onderzoekers?|instellingen?|dienst|diensten|centrum|praktijk\w*|gemeenten?|consulent\w*|"
    r"specialist\w*)\b"
)
# "bij ons", "met mij": the sender or the parent, no one new.
_PRONOUN_FIRST = re.compile(r"\s*(ons|mij|me|hem|hen|zichzelf)\b")
# The other parent or the family: "ook sturen naar Mila's vader" (sealed122) adds a person
# who has a right to know, not an organisation with a purpose of its own.
# (The child's own: not "de ouders die rijden", other children's parents, sealed44.)
_FAMILY_FIRST = re.compile(
    r"\s*((([\w-]+'?s|zijn|haar|hun|uw|je|jouw) (andere )?)(vader|moeder|ouders?|pleegouders?|"
    r"pleegvader|pleegmoeder|stiefvader|stiefmoeder|verzorgers?|grootouders?|opa|oma))\b"
    # (not "de vader van Sem uit groep 5", nor "de moeder- en kindafdeling": outside review)
)


def _adds_a_recipient(s: Sentence) -> bool:
    """ "Daarnaast sturen wij het verslag naar de GGD": a second party under the same choice.
    What follows the preposition must name a party, not "bij ons" or "bij toetsen"."""
    names = [n.lower() for n in organisation_names([s])]
    for m in p.ADDITIONAL_RECIPIENT.finditer(s.key):
        after = s.key[m.end() : m.end() + 50]
        if _PRONOUN_FIRST.match(after) or _FAMILY_FIRST.match(after):
            continue
        head = " ".join(after.split()[:4])
        if p.PARTY_WORD.search(after) or _PARTY_NOUN.search(head) or any(n in after for n in names):
            return True
    return False


# A data exchange and the publishing of pictures in one sentence: two uses, one choice.
_AND_PICTURES = re.compile(
    r"\ben\b[^.]{0,40}\b(foto|foto's|fotos|video|video's|beeldmateriaal|beelden|filmpjes?)\b"
    r"[^.]{0,50}\b(website|nieuwsbrief|social media|facebook|instagram|schoolgids|jaarboek|"
    r"schoolkrant)\b"
)
# Recipients counted: "deze twee organisaties", "beide instanties".
_COUNTED_PARTIES = re.compile(
    r"\b((deze|die|de) (twee|drie|vier|vijf)|beide) (organisaties|instanties|partijen|ontvangers|"
    r"bedrijven|instellingen|praktijken)\b"
)


_PARTY_ITEM = re.compile(
    r"^\s*[-•*–]\s+((de|het|een|uw|je|mevrouw|meneer|mevr\.|mw\.|dhr\.) )?", re.IGNORECASE
)


def _opens_with_party(s: Sentence) -> bool:
    item = _PARTY_ITEM.match(s.text)
    if not item:
        return False
    rest = s.text[item.end() :]
    if p.PARTY_WORD.match(normalise(rest)):
        return True
    # (not a score or level written like a name: "- het AVI-niveau van januari", sealed191)
    return any(rest.startswith(name) for name in organisation_names([s]) if not _THING.match(name))


_REFUSAL_ALTERNATIVE = re.compile(
    r"\b(geen toestemming|nee (zegt|kiest)|weiger\w*)\b[^.]{0,40},"
    # The parent passes it on instead: "U kunt het advies dan ook zelf aan school geven."
    r"|\b(u|je|jij|jullie) (kunt|kan|mag|mogen|kunnen) [^.]{0,40}\b(zelf|uzelf)\b"
    r"|\b(kunt|kan|mag|mogen|kunnen) (u|je|jij|jullie) [^.]{0,40}\b(zelf|uzelf)\b"
    r"|\b(zegt|kiest) (u|je|jij|jullie) nee\b[^.]{0,40},"
)


_THING = re.compile(r"^[A-Z]{2,}-[a-z]")


def _the_child(text: str, name: str) -> bool:
    return " " not in name and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 3
