"""What a consent form says about who gets the data (the data itself is in ``which_data``,
the purpose in ``purpose``, storage and duration in ``keeping``, the choice itself in
``choice`` and ``granular``; those judges are re-exported here).

Each function reads the form's sentences and returns a ``Judgement``: ``ok`` or
``gebrek``, a plain-Dutch explanation with the legal basis, and the sentences of
the form the judgment rests on (or none, with a statement that the form does not
say it). Where the wording leaves room for doubt the explanation says ``twijfel``.
Sources: AVG art. 4 lid 11, 5, 6, 7, 13 and overwegingen 32, 42, 43 (see
../shared/facts/legal_facts.md, facts 1.25-1.30 and 5.1-5.6).
"""

from __future__ import annotations

import re

from . import phrases as p
from .consent_term import judge_termijn  # noqa: F401  (re-exported)
from .form import (
    GEBREK,
    OK,
    Form,
    Judgement,
    evidence,
    footnotes,
    organisation_names,
    quoted,
    same_clause,
    shares,
)
from .keeping import judge_opslag  # noqa: F401  (re-exported)
from .open_groups import NOT_YET_KNOWN, open_recipient_groups
from .purpose import judge_doel  # noqa: F401  (re-exported)
from .sentences import Sentence
from .which_data import judge_gegevens  # noqa: F401  (re-exported)

# Initials and titles hold a full stop that is no end of a clause ("dr. E. Mulder").
_TITLES = re.compile(r"\b(dr|drs|mr|mw|mevr|dhr|ir|prof|ing)\.|\b[A-Z]\.")
# A name that acts in the exchange: "GGD Twente ontvangt", "Praktijk X stuurt".
_ACTS = re.compile(
    r"^\W*(\w+\W+){0,2}(ontvangt|krijgt|stuurt|geeft|deelt|vraagt|bespreekt|overlegt|"
    r"wisselt|verstrekt|mag|kan|doet|schrijft|observeert|onderzoekt|maakt)\b",
    re.IGNORECASE,
)


# The party the consent question names: "Mag Luchtwijs uw kind deze vragen stellen en de
# antwoorden ... noteren?" (sealed230).
_MAY_NAME = re.compile(
    # (a name may open with "De": "Mag De Reddingsboei ...", not "Mag De juf ...")
    r"(^|[:.]\s+)(Mag|Mogen) (?!(?i:ik|wij|we|u|jij|jullie|uw|onze?|zij|ze|hij|juf|meester|meneer|"
    r"mevrouw|mentor)\b)(?!(?i:de|het) (?-i:[a-z]))(?P<name>[A-Z][\w-]+"
    # (also what of the child: "Mag De Reddingsboei het diploma van uw kind registreren ...?")
    r"( [A-Z][\w-]+)*) ((het|de) [a-z-]+ van )?(uw|je|jullie) (kind|zoon|dochter|gegevens)\b[^?]{0,120}\?"
)


def _asked_by_name(text: str, whole: str) -> bool:
    """A one-word name only if the form names it elsewhere too: not a person by a first name,
    "Mag Anne uw kind vijf vragen stellen?" """
    m = _MAY_NAME.search(text)
    if m is None:
        return False
    name = m.group("name")
    return " " in name or len(re.findall(rf"\b{re.escape(name)}\b", whole)) >= 2


# The writer and a named colleague are the only ones who see it: "Alleen ik en mijn
# duo-collega juf Ellen kennen dit lijstje" (sealed230).
# (also the colleague by name or first: "Alleen ik en juf Ellen kennen ...", "Alleen mijn
# duo-collega en ik zien ...")
_COLLEAGUE = r"((mijn|onze) [a-z-]+( (juf|meester|meneer|mevrouw) [a-z]+)?|(juf|meester|meneer|mevrouw) [a-z]+)"
_ONLY_WE_KNOW = re.compile(
    rf"\W*alleen ((ik|wij|we) (en|of) {_COLLEAGUE}|{_COLLEAGUE} (en|of) (ik|wij|we)) "
    r"(kennen|kent|zien|ziet|lezen|leest|krijgen|krijgt|hebben|heeft|bewaren)\b(?! (geen|niet|niets)\b)"
)
_PART_LABEL = re.compile(r"\b(DEEL|Deel|ONDERDEEL|Onderdeel|PART|Part) [A-H1-9]\b")


def _names_a_party(s: Sentence, whole: str = "") -> bool:
    """A proper name that receives or provides: "naar GGD X", "met Praktijk Y", a name that
    acts in the exchange ("GGD X ontvangt"), or any name on a box line, table row or bullet.

    A name alone in a sentence about sharing is not enough: "ik machtig de gemeente X om
    gegevens te delen" names who asks, not with whom it shares.
    """
    names = organisation_names([s])
    if not names:
        return False
    if (
        s.boxes
        or s.is_row
        or re.match(r"^\W*[-•*]|(ontvangers?|aan wie|naar wie|met wie)\s*:", s.text, re.I)
    ):
        return True
    text = _TITLES.sub(lambda m: m.group(0).rstrip("."), s.text)
    if _asked_by_name(text, whole):
        return True
    for name in names:
        at = text.find(name)
        if at == -1:
            continue
        # Dutch, or English on an English or bilingual form ("carried out by Dr. X of Y").
        if re.search(
            r"\b(naar|met|aan|tussen|bij|van|door|voor|with|to|from|of|by)\b[^.;]{0,60}$", text[:at]
        ):
            return True
        # The party as the one given to: "Wij geven BSO De Vlinder de allergieën".
        if re.search(
            r"\b(geven|geeft|sturen|stuurt|mailen|mailt|vertellen|vertelt|tonen|toont)\s+"
            r"(wij|we|ik|zij|ze|de school)?\s*$",
            text[:at],
            re.IGNORECASE,
        ):
            return True
        if shares(s) and _ACTS.search(text[at + len(name) :]):
            return True
    return False


def _roles(sentences: list[Sentence]) -> list[tuple[Sentence, str]]:
    return [
        # "vraag de groepsleerkracht": quote the role, not the verb before it.
        (s, m.group(0)[m.start("det3") - m.start() :] if m.group("det3") else m.group(0))
        for s in sentences
        for m in p.ROLE_RECIPIENT.finditer(s.key)
        if _tied_role(s.key, m)
    ]


# A pronoun as the one who receives: "wil ik haar de toetsen mailen", "sturen wij hem het".
_PRONOUN_RECIPIENT = re.compile(
    r"\b(ik|wij|we|zij|ze) (haar|hem|hen)\b|\b(haar|hem|hen) (de|het|zijn|haar|een|onze|ons|mijn)\b"
)


# A field the parent fills in with the party: "School: ______", "Huisarts (naam): ....".
_PARTY_FIELD = re.compile(
    r"\b(?P<party>school|basisschool|huisarts|zorgverlener|praktijk|behandelaar|kinderopvang|"
    r"opvang)\b( \([^)]*\))?\s*:\s*([_.…]{4,}|[a-z]+( \([^)]*\))?\s*:)"
    # a label alone on its line, where a scan lost the blank: "School:"
    r"|^\W*(naam )?(?P<alone>school|basisschool|huisarts|zorgverlener|praktijk|behandelaar)\s*:\s*$"
)


def _roles_to_tick(form: Form) -> list[Sentence]:
    """Boxes that each name one role under a question who may have it: "Met wie mag dit
    gedeeld worden? [ ] de trainer en de coach van het team  [ ] de teammanager"."""
    found = []
    for at, s in enumerate(form.body):
        asked = any(
            re.search(r"\b(met wie|aan wie|wie mag|wie mogen|wie krijgt|wie krijgen)\b", t.key)
            for t in form.body[max(0, at - 3) : at]
        )
        if asked and any(p.PARTY_WORD.match(b.label.lower().removeprefix("de ")) for b in s.boxes):
            found.append(s)
    return found


def _filled_in_party(form: Form) -> list[Sentence]:
    """Exchanges with "de school" on a form where the parent writes in which school: the
    field names the one party, as a printed name would."""
    fields = {
        m.group("party") or m.group("alone")
        for s in form.sentences
        for m in _PARTY_FIELD.finditer(s.key)
    }
    return [
        s
        for s in form.body
        if (shares(s) or s.boxes)
        and any(re.search(rf"\b(de|het|die|deze|naar|met) {f}\b", s.key) for f in fields)
    ]


def _named_items(form: Form) -> list[Sentence]:
    """A numbered item whose title names the party and whose text shares or asks a choice:
    "A. SWV Duinrand - expertise team" over "We would share: ...  [ ] I agree"."""
    return [
        h
        for h in form.sentences
        if h.is_heading
        and re.match(r"^\W*([a-h]|\d{1,2})[.)]\s", h.text, re.IGNORECASE)
        and organisation_names([h])
        and any(shares(t) or t.boxes for t in form.under(h))
    ]


def _named_just_before(form: Form) -> list[Sentence]:
    """The person a pronoun points back to was named in the sentence before, with where she
    works: "Marloes Hendriks, orthopedagoog van het samenwerkingsverband, komt ... Vrijdag
    wil ik haar de toetsen mailen." Returns both sentences."""
    found = []
    for before, s in zip(form.body, form.body[1:], strict=False):
        if s.heading != before.heading or not shares(s) or not _PRONOUN_RECIPIENT.search(s.key):
            continue
        if organisation_names([before]) and re.search(r"\bvan\b", before.key):
            found += [before, s]
    return found


_SCHOOL_STAFF = frozenset(
    ["mentor", "leerkracht", "groepsleerkracht", "intern begeleider", "zorgcoordinator", "decaan"]
)


def _tied_role(key: str, m: re.Match[str]) -> bool:
    """A role is one known recipient when it is the child's own ("uw huisarts") or tied to a
    place ("de mentor van", "de school die u"); a bare "de jeugdarts" stays unclear."""
    det = m.group("det") or m.group("det2") or m.group("det3")
    role = m.group("role") or m.group("role2") or m.group("role3")
    adj = m.group("adj") or m.group("adj2") or m.group("adj3")
    own = det in ("uw", "je", "jouw", "jullie", "zijn", "haar") or adj
    # The child's own school staff: the form comes from that school.
    own = own or role in _SCHOOL_STAFF
    return bool(own or re.match(r"\s+(van|die|bij|op|in|waar)\b", key[m.end() :]))


# AVG art. 13 lid 1 onder e; overweging 42.
_WHO_HEADING = re.compile(r"\W*(\d{1,2}[.)]\s*)?((naar|aan|met) )?(wie|who)\b[^?]{0,50}\?")


_UNNAMED_ORGANISATION = re.compile(
    r"\b(een|één) ((extern|ander|gespecialiseerd|commercieel|particulier)e? )?"
    r"\w*(bureau|bedrijf|organisatie|instantie|leverancier|dienstverlener)\b"
)


def judge_ontvangers(form: Form) -> Judgement:
    """The organisations that receive or provide data must be named (a closed list)."""
    basis = "(AVG art. 13 lid 1 onder e; overweging 42)"
    strong, weak = open_recipient_groups(form)
    closed = form.matching(p.CLOSED_LIST)
    if strong and all(NOT_YET_KNOWN.search(phrase) for _, phrase in strong):
        return Judgement(
            GEBREK,
            f"Het formulier zegt dat nog niet vaststaat wie de gegevens krijgt: "
            f"{quoted(strong)}. Dan weet u niet aan wie u toestemming geeft. U moet vooraf "
            f"weten welke organisatie de gegevens krijgt {basis}.",
            evidence(s for s, _ in strong),
        )
    if strong or (weak and not closed):
        doubt = "" if strong else " Twijfel: de zin is niet helemaal duidelijk, vraag het na."
        found = strong or weak
        return Judgement(
            GEBREK,
            f"Het formulier noemt geen vaste lijst van organisaties, maar een open groep: "
            f"{quoted(found)}. Dan kan de lijst later groeien zonder dat u het "
            f"weet. U moet vooraf weten welke organisaties de gegevens krijgen {basis}.{doubt}",
            evidence(s for s, _ in found),
        )
    with_names = [
        s
        for s in form.sentences
        if (
            shares(s)
            or s.boxes
            or re.match(r"^\W*[-•*]", s.text)
            or s.is_row
            or re.search(r"\b(naar|met|aan|tussen|bij)\b", s.key)
            or _asked_by_name(s.text, form.text)
        )
        and _names_a_party(s, form.text)
    ]
    # A table row names its recipient in its recipient column ("Huisarts van uw kind").
    with_names += [
        s for s in form.body if s.is_row and s.cell(p.RECIPIENT_COLUMN) and s not in with_names
    ]
    with_names += [s for s in _named_just_before(form) if s not in with_names]
    # A part headed by its organisation, with a choice of its own: "DEEL A – Kinderfysiotherapie
    # De Sprong" over "[ ] ja, ik geef toestemming".
    with_names += [
        h
        for h in form.sentences
        if h.is_heading
        and organisation_names([h]) - {m.group(0) for m in _PART_LABEL.finditer(h.text)}
        and any(s.boxes for s in form.body if s.heading == h.text)
        and h not in with_names
    ]
    with_names += [s for s in _named_items(form) if s not in with_names]
    # The answer under a heading that asks who: "Wie beoordeelt de aanvraag?" / "De Commissie
    # Arrangementen van het samenwerkingsverband."
    with_names += [
        s
        for s in form.body
        if _WHO_HEADING.match(s.heading.lower())
        and (_names_a_party(s) or p.PARTY_WORD.search(s.key))
        and s not in with_names
    ]
    with_names += [s for s in footnotes(form) if organisation_names([s]) and s not in with_names]
    if with_names:
        extra = (
            " Er staat ook een algemene groep, maar het formulier zegt dat anderen niet zonder "
            "nieuwe toestemming meedoen."
            if weak
            else ""
        )
        return Judgement(
            OK,
            f"Het formulier noemt de organisaties bij naam. U weet dus wie de gegevens krijgt of "
            f"geeft {basis}.{extra}",
            evidence(with_names),
        )
    # No name, but one person or school in a role tied to the child or an organisation:
    # "aan uw huisarts", "met de decaan van het ROC", "de basisschool die u opgaf".
    by_role = [
        s
        for s in form.body
        if (shares(s) or s.boxes or s.is_row)
        and any(
            _tied_role(s.key, m) and not same_clause(s.key, m.start(), p.NEGATION)
            for m in p.ROLE_RECIPIENT.finditer(s.key)
        )
    ]
    by_role += [s for s in form.body if _ONLY_WE_KNOW.match(s.key) and s not in by_role]
    by_role += [s for s in _filled_in_party(form) if s not in by_role]
    by_role += [s for s in _roles_to_tick(form) if s not in by_role]
    if by_role:
        return Judgement(
            OK,
            f"Het formulier zegt wie de gegevens krijgt of geeft: één persoon of school in een "
            f"vaste rol ({quoted(_roles(by_role))}). "
            f"Twijfel: er staat geen naam; vraag welke organisatie het is als dat niet duidelijk "
            f"is {basis}.",
            evidence(by_role),
        )
    # Said to be an organisation, but left without a name: "aan een extern
    # administratiebureau" (not a role tied to the child, which was read above).
    unnamed = [
        (s, m.group(0))
        for s in form.body
        if shares(s)
        for m in [_UNNAMED_ORGANISATION.search(s.key)]
        if m and not p.NEGATION.search(s.key[: m.start()])
    ]
    if unnamed:
        return Judgement(
            GEBREK,
            f"De gegevens gaan naar een organisatie zonder naam: {quoted(unnamed, 1)}. U moet "
            f"vooraf weten welke organisatie de gegevens krijgt {basis}.",
            evidence(s for s, _ in unnamed),
        )
    return Judgement(
        GEBREK,
        f"Het formulier noemt geen organisatie bij naam die de gegevens krijgt of geeft. "
        f"Twijfel: misschien staat het er in andere woorden; vraag het na. U moet vooraf weten "
        f"wie de gegevens krijgt {basis}.",
    )
