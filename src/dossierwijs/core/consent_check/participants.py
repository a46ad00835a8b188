"""Who takes part in a meeting or gets the data, one per line under a lead that announces
them ("Aanwezig zijn:", "Aan het OT nemen deel:", "Deze gegevens delen we met:").

Split from ``granular``, which asks how many organisations outside the sender one choice
covers (overweging 32 en 43 bij de AVG): the school's own staff and the parents are no
recipients; a jeugdarts of the GGD and an orthopedagoog of the samenwerkingsverband are two.
"""

from __future__ import annotations

import re

from . import phrases as p
from .boxes import BOX_RE
from .form import Form, organisation_names
from .layout import CLOSING
from .sentences import Sentence, split_form

# A lead that names who comes or who gets it, ending in a colon.
_LEAD = re.compile(
    r"\b(aanwezig|deelnemers?|nemen deel|neemt deel|zitten|zit|schuiven aan|sluiten aan|"
    r"krijgen|ontvangen|met wie|wie|(zijn|is) (er )?bij|bij het (overleg|gesprek))\b"
    # A verb of sending leads to who only when it ends on who: "Deze gegevens delen we met:",
    # not "Deze stukken sturen wij naar De Klank:" over a list of papers.
    r"|\b((delen|deel|sturen|stuur) (we|wij|ik)|uitwisselen|wisselen (we|wij)|gaat|gaan)\b"
    r"[^:]*\b(met|naar|aan):$"
    r"|\b(met wie|wat) (we|wij) (uitwisselen|delen):$"
    # A count of organisations over their list: "kennis met vijf sportverenigingen uit
    # Ommerhoek:" (sealed132).
    r"|\b(twee|drie|vier|vijf|zes|zeven|acht|[2-9]) \w*(verenigingen|organisaties|partijen|"
    r"instanties|clubs|praktijken|instellingen|bedrijven)\b[^:]*:$"
)
_ITEM = re.compile(r"^\s*([-•*–]|\d{1,2}[.)]|[a-h][.)])\s+")
# The sender's own people and the parents: "intern begeleider", "juf Marieke", "de ouders zelf".
_OWN_PEOPLE = re.compile(
    r"\b(intern begeleider|ib'?-?er|leerkracht|groepsleerkracht|juf|meester|mentor|"
    r"zorgco[oö]rdinator|directeur|docent|decaan|teamleider|locatieleider|ouders?|verzorgers?|"
    r"u|jullie|uzelf)\b"
)
# A person before the role: "mw. dr. E. Kamstra, jeugdarts, ...", "Rianne Mulder, ...".
_PERSON_FIRST = re.compile(
    r"^((mw|mevr|mevrouw|dhr|de heer|meneer|dr|drs|prof)\.?\s+)*([A-Z]\.\s*)*"
    r"([A-Z][\w'-]+\s+((van|de|der|den|ter|el|van der|van de|van den)\s+)?){0,3}[A-Z][\w'-]+,\s*"
)


def outside_parties(form: Form) -> list[str]:
    """The organisations outside the sender that a listed line names, each once, in order."""
    own = {n.lower() for n in senders(form)}
    found: dict[str, str] = {}
    for item in _listed_items(form.text):
        party = _party_of(item, own)
        if party:
            found.setdefault(party.lower(), party)
    return list(found.values())


def _listed_items(text: str) -> list[str]:
    """The items under a lead, each with the indented lines that carry it on."""
    items: list[str] = []
    in_list = False
    for line in text.splitlines():
        stripped = line.strip()
        if _ITEM.match(line):
            if in_list:
                items.append(stripped)
            continue
        if in_list and stripped and line[:1].isspace() and items:
            items[-1] += " " + stripped  # "  Lek & IJssel": the item goes on
            continue
        if in_list and not stripped:
            continue
        clause = re.split(r"(?<=[.!?])\s", stripped)[-1].lower()
        in_list = stripped.endswith(":") and bool(_LEAD.search(clause))
    return [item for item in items if not BOX_RE.search(item)]


def _party_of(item: str, own: set[str]) -> str | None:
    rest = _PERSON_FIRST.sub("", _ITEM.sub("", item), count=1)
    if re.search(r"^[^,:;(]{0,40}\b(van|bij) (onze|ons)\b|^(onze|ons)\b", rest.lower()):
        return None  # "de orthopedagoog van onze school": the sender's own
    names = [
        n
        for n in organisation_names([Sentence(text=rest, heading="")])
        if " " in n and n.lower() not in own
    ]
    if names:
        return min(names, key=rest.find)
    key = rest.lower()
    for m in p.PARTY_WORD.finditer(key):
        if not _OWN_PEOPLE.fullmatch(m.group(0)):
            return m.group(0)
    return None


_SIGNATURE_LINES = 6


def _signature(text: str) -> list[str]:
    """The lines under the first greeting, up to the first blank line (at most a few): in a
    newsletter the next section follows, and the clubs it lists are not the sender."""
    raw = text.splitlines()
    start = next((n for n, line in enumerate(raw) if CLOSING.match(line.strip())), len(raw))
    signature: list[str] = []
    for line in raw[start + 1 :]:
        stripped = line.strip()
        if not stripped:
            if signature:
                break
            continue
        if _ITEM.match(line) or stripped.endswith(":") or len(signature) >= _SIGNATURE_LINES:
            break
        signature.append(stripped)
    return signature


def senders(form: Form) -> set[str]:
    """Names in the letterhead (the first lines, before any sentence) or under the greeting:
    the form's own organisation."""
    lines = [line.strip() for line in form.text.splitlines() if line.strip()]
    head = []
    for line in lines[:3]:
        if line.endswith((".", "?", "!", ":")):
            break
        head.append(line)
    # The signature is a few lines: in a newsletter the next section follows a greeting, and
    # the clubs it lists are not the sender (sealed132).
    signature = _signature(form.text)
    return organisation_names(split_form("\n".join(head + signature)))


def others_named(form: Form, before: list[Sentence], named: set[str]) -> set[str]:
    """The names an "onze partners" can point back to: organisations other than the sender,
    and a one-word name only where something goes to or comes from it ("met Kentalis") or in
    a list of such names.
    Not the school itself nor its pupils or a department: "Oud-leerlingen van De Werf komen
    vertellen ...; de lunch wordt verzorgd door de afdeling Horeca" named no partner
    (sealed202)."""
    own = {n.lower() for n in senders(form)}
    text = " ".join(t.text for t in before)
    others = set()
    for name in named:
        core = name.lower().split(" van ", 1)[-1]
        if any(core in o or o in name.lower() for o in own):
            continue
        # ("met Kramerbouw en Ankerzorg", "met Kentalis, Auris en de GGD": the list goes on)
        if len(name.split()) == 1 and not re.search(
            rf"(\b(met|naar|aan|bij|door|via|en|of) (de |het )?|, ){re.escape(name)}\b", text
        ):
            continue
        others.add(name)
    return others
