"""What a consent form says about the exchange: data and recipients, one small function
each (the purpose is in ``purpose``, storage and duration in ``keeping``, the choice itself
in ``choice`` and ``granular``; ``judge_doel`` and the keeping judges are re-exported here).

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
from .data_scope import open_data
from .form import (
    GEBREK,
    OK,
    Form,
    Judgement,
    evidence,
    footnoted,
    footnotes,
    open_recipient_groups,
    organisation_names,
    quoted,
    same_clause,
    shares,
)
from .keeping import judge_opslag, judge_termijn  # noqa: F401  (re-exported)
from .purpose import judge_doel  # noqa: F401  (re-exported)
from .sentences import COLUMN_HEADS, Sentence


# AVG art. 4 lid 11; overweging 42.
def judge_gegevens(form: Form) -> Judgement:
    """The form must say which data or documents are exchanged."""
    basis = "(AVG art. 4 lid 11; overweging 42)"
    vague: list[tuple[Sentence, str]] = []
    defined = any(_DOSSIER_DEFINED.search(s.key) for s in form.sentences)
    # A line read as a heading can hold the open phrase too ("Alle gegevens die de school
    # heeft over uw kind", "Gegevens | zie dossier").
    for s in form.body + [s for s in form.sentences if s.is_heading]:
        phrase = open_data(s)
        if phrase and defined and re.fullmatch(r"het ([a-z-]+)?dossier", phrase.lower()):
            continue  # "het dossier" points back to the one the form spelled out
        at = s.key.find(phrase.lower()) if phrase else -1
        if phrase and at != -1 and footnoted(form, s, at + len(phrase)):
            continue  # "relevante gegevens²" with footnote 2 saying which
        if phrase:
            vague.append((s, phrase))
    if vague:
        return Judgement(
            GEBREK,
            f"Er staat niet precies welke gegevens worden gedeeld: {quoted(vague)}. "
            f"Zo'n open omschrijving kan het hele dossier betekenen. U moet vooraf weten om "
            f"welke gegevens of documenten het gaat {basis}.",
            evidence(s for s, _ in vague),
        )
    named = [
        s
        for s in form.matching(p.DATA_NOUN)
        if shares(s)
        or p.DATA_USE.search(s.key)
        or s.boxes
        or p.SHARING.search(s.heading.lower())
        or re.match(
            r"(wat|welke gegevens|gegevens:|het gaat om|het betreft|om welke gegevens)\b", s.key
        )
    ]
    named += [s for s in form.body if "gegevens" in s.heading.lower() and s not in named]
    # Items under a heading that names the papers: "De stukken", "Welke documenten".
    named += [
        s
        for s in form.body
        if _DATA_HEADING.search(s.heading.lower())
        and not re.match(r"\W*(waar|bewaren|hoe lang)\b", s.heading.lower())
        and not p.STORAGE.search(s.key)
        and p.DATA_NOUN.search(s.key)
        and s not in named
    ]
    named += [s for s in _answers_or_lists(form) if s not in named]
    # A footnote that spells out which data ("² Dit zijn uitsluitend: het OPP en ...").
    named += [s for s in footnotes(form) if p.DATA_NOUN.search(s.key) and s not in named]
    # What is told, said as a clause: "vertellen wat wij in de peutergroep hebben gezien".
    named += [s for s in form.matching(p.TOLD_CONTENT) if s not in named]
    # A table row says its data in its data column, whatever words the cell uses.
    named += [s for s in form.body if s.is_row and s.cell(p.DATA_COLUMN) and s not in named]
    # A table whose columns a scan ran together: under a header line "Wie Wat Waarom Ja of
    # nee" each line with its own yes / no is a row that names its data in its "Wat" part.
    named += [
        s
        for s in form.body
        if COLUMN_HEADS.fullmatch(s.heading.strip())
        and p.CHOICE_PAIR.search(s.key)
        and s not in named
    ]
    if named:
        return Judgement(
            OK,
            f"Het formulier noemt welke gegevens of documenten worden gedeeld. U weet dus "
            f"waarvoor u toestemming geeft {basis}.",
            evidence(named),
        )
    return Judgement(
        GEBREK,
        f"Het formulier zegt niet welke gegevens of documenten worden gedeeld. Zonder die "
        f"informatie kunt u niet goed kiezen {basis}.",
    )


# A question about the data ("Welke gegevens?", "Wat delen wij?") or a line that leads a
# list ("Bijgevoegd bij de aanvraag:"); "Shared with ...: the report" in English.
_DATA_QUESTION = re.compile(
    r"\b(welke (gegevens|informatie|info|stukken|documenten|verslagen|data)|"
    r"wat (delen|sturen|geven|vertellen|wisselen) (wij|we)|"
    r"what (is|will be) shared|which (data|information|documents))\b"
    r"|\b(bijgevoegd|meegestuurd|meegegeven|shared with|sent to|(will be|are|is) (shared|sent))"
    r"\b[^.?]{0,40}:"
    # A field for the data: "Type gegevens: video-opnamen", "Gegevens | NAW, BSN".
    r"|^\W*([a-z]+ ){0,2}(gegevens|informatie|stukken|documenten|data|info)( [a-z]+){0,2}\s*[:|]\s*\S"
)
# Data of the parents or the child for the form itself, or reading for the parents: no data
# that is passed on ("Gegevens ouder/verzorger: naam, adres", "Meer informatie: zie de brief").
_NOT_SHARED_DATA = re.compile(
    r"\b(meer informatie|informatie (voor|over) (u|ouders|jou|jullie)|(gegevens|informatie) "
    r"(van )?(de |het |uw )?(ouder|ouders|leerling|kind|verzorger|verzorgers|school|aanvrager|"
    r"contactpersoon|jeugdige)\b)"
)
_EN_DATA = re.compile(
    r"\b(report|record|plan|results?|scores?|assessment|observations?|notes|letter|name)\b"
    r"|\b(naw|bsn|adres\w*|opnamen)\b"
)


# Collecting or putting data somewhere names it as much as sharing does: "We record ...",
# "The data collected consists of ...", "Op de website zetten we ...".
_COLLECTS = re.compile(
    r"\b(record|records|recorded|collect\w*|consists? of|include|includes|zetten|verzamelen|"
    r"noteren|vastleggen)\b"
)
_DATA_HEADING = re.compile(
    r"\b(stukken|documenten|verslagen|bijlagen|documents|information shared)\b"
)
# A dossier the form spells out: "Het digitale JGZ-dossier: groei, gehoor, vaccinaties",
# "Het dossier bestaat uit:", "Het aanvraagdossier bevat ...".
_DOSSIER_DEFINED = re.compile(
    r"\b[a-z-]*dossier\b[^.:;]{0,25}(:\s*\S|\b(bestaat uit|bevat|omvat|houdt in)\b)"
)


def _answers_or_lists(form: Form) -> list[Sentence]:
    """What stands right after a data question or a lead-in, and names data; and a sentence
    that lists two or more kinds of data ("naam, geboortedatum, groep en de uitslag")."""
    found = []
    for s in form.body + [s for s in form.sentences if s.is_heading]:
        lead = _DATA_QUESTION.search(s.key)
        if not lead or _NOT_SHARED_DATA.search(s.key):
            continue
        # The answer in the same line after a colon or bar, else in the lines that follow.
        value = re.split(r"[:|]", s.key[lead.start() :], maxsplit=1)[1:]
        if value and _names_data(value[0]):
            found.append(s)
        after = form.following(s, 3)[1:] if s in form.body else form.under(s)[:3]
        found += [t for t in after if _names_data(t.key)]
    found += [
        s
        for s in form.body
        if len(p.DATA_NOUN.findall(s.key)) >= 2
        and "," in s.key
        and (shares(s) or p.DATA_USE.search(s.key) or _COLLECTS.search(s.key))
    ]
    return found


def _names_data(key: str) -> bool:
    return bool(p.DATA_NOUN.search(key) or _EN_DATA.search(key))


# Initials and titles hold a full stop that is no end of a clause ("dr. E. Mulder").
_TITLES = re.compile(r"\b(dr|drs|mr|mw|mevr|dhr|ir|prof|ing)\.|\b[A-Z]\.")
# A name that acts in the exchange: "GGD Twente ontvangt", "Praktijk X stuurt".
_ACTS = re.compile(
    r"^\W*(\w+\W+){0,2}(ontvangt|krijgt|stuurt|geeft|deelt|vraagt|bespreekt|overlegt|"
    r"wisselt|verstrekt|mag|kan|doet|schrijft|observeert|onderzoekt|maakt)\b",
    re.IGNORECASE,
)


def _names_a_party(s: Sentence) -> bool:
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
    for name in names:
        at = text.find(name)
        if at == -1:
            continue
        if re.search(r"\b(naar|met|aan|tussen|bij|van|door|voor)\b[^.;]{0,60}$", text[:at]):
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
        (s, m.group(0))
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
    det = m.group("det") or m.group("det2")
    role = m.group("role") or m.group("role2")
    own = det in ("uw", "je", "jouw", "jullie", "zijn", "haar") or m.group("adj") or m.group("adj2")
    # The child's own school staff: the form comes from that school.
    own = own or role in _SCHOOL_STAFF
    return bool(own or re.match(r"\s+(van|die|bij|op|in|waar)\b", key[m.end() :]))


# AVG art. 13 lid 1 onder e; overweging 42.
def judge_ontvangers(form: Form) -> Judgement:
    """The organisations that receive or provide data must be named (a closed list)."""
    basis = "(AVG art. 13 lid 1 onder e; overweging 42)"
    strong, weak = open_recipient_groups(form)
    closed = form.matching(p.CLOSED_LIST)
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
        )
        and _names_a_party(s)
    ]
    # A table row names its recipient in its recipient column ("Huisarts van uw kind").
    with_names += [
        s for s in form.body if s.is_row and s.cell(p.RECIPIENT_COLUMN) and s not in with_names
    ]
    with_names += [s for s in _named_just_before(form) if s not in with_names]
    with_names += [s for s in _named_items(form) if s not in with_names]
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
    return Judgement(
        GEBREK,
        f"Het formulier noemt geen organisatie bij naam die de gegevens krijgt of geeft. "
        f"Twijfel: misschien staat het er in andere woorden; vraag het na. U moet vooraf weten "
        f"wie de gegevens krijgt {basis}.",
    )
