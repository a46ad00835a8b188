"""What a consent form says about the exchange: purpose, data and recipients, one small
function each (storage and duration are in ``keeping``, the choice itself in ``choice``).

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
from . import phrases_choice as pc
from .data_scope import open_data
from .form import (
    GEBREK,
    OK,
    Form,
    Judgement,
    evidence,
    open_recipient_groups,
    organisation_names,
    quoted,
    same_clause,
    shares,
)
from .keeping import judge_opslag, judge_termijn  # noqa: F401  (re-exported)
from .sentences import COLUMN_HEADS, Sentence

_PARENT_OPTION = re.compile(r"\b(kunt|kan|mag|moet) (u|je|jij|jullie)\b")


# AVG art. 4 lid 11, art. 6 lid 1 onder a; overweging 32 en 42.
def judge_doel(form: Form) -> Judgement:
    """Each purpose must be concrete: what the exchange is for, now."""
    basis = "(AVG art. 4 lid 11 en art. 6 lid 1 onder a; overweging 32 en 42)"
    vague: list[tuple[Sentence, str]] = []
    # Exchanges that give their own reason ("zodat", "om ... te"): a general wish in the
    # introduction ("Om de overstap goed te laten verlopen, vragen wij u ...") is not theirs.
    reasoned = any(
        (shares(s) or s.boxes or s.is_row) and p.PURPOSE_MARKER.search(s.key) for s in form.body
    )
    for s in form.body:
        if pc.WITHDRAWAL.search(s.key) or re.search(r"\bopnieuw\b|\bcontact\b", s.key):
            continue
        if _PARENT_OPTION.search(s.key) and not shares(s):
            continue  # "indien nodig kunt u een tolk vragen": the parent's option, not a purpose
        if reasoned and not (shares(s) or p.DATA_USE.search(s.key) or s.boxes or s.is_row):
            continue
        m = next(
            (
                m
                for m in p.VAGUE_PURPOSE.finditer(s.key)
                if not _widens_recipients(s, m) and not _anchored(s, m)
            ),
            None,
        )
        if m:
            vague.append((s, m.group(0)))
    if vague:
        return Judgement(
            GEBREK,
            f"Het doel is niet concreet. Het formulier gebruikt open woorden zoals "
            f"{quoted(vague)}. Dan weet u niet waarvoor de gegevens precies "
            f"worden gebruikt, en kan het doel later ruimer worden uitgelegd. Toestemming geldt "
            f"alleen voor een duidelijk omschreven doel {basis}.",
            evidence(s for s, _ in vague),
        )
    # "Daarnaast geven wij ... een toelichting." An exchange added without its own reason.
    unexplained = [
        s
        for s in form.body
        if p.ANOTHER_EXCHANGE.match(s.key)
        and shares(s)
        and not any(p.PURPOSE_MARKER.search(t.key) for t in form.following(s, 1))
    ]
    if unexplained:
        return Judgement(
            GEBREK,
            f"Bij een van de uitwisselingen staat niet waarvoor die nodig is. Twijfel: lees zelf "
            f"of het doel elders staat. Toestemming geldt alleen voor een duidelijk omschreven "
            f"doel {basis}.",
            evidence(unexplained),
        )
    stated = [
        s
        for s in form.body
        if re.match(r"(waarvoor|doel|purpose)\b", s.key)
        or re.search(r"waarom|waarvoor|doel|purpose", s.heading.lower())
    ]
    stated += [s for s in form.body if s.is_row and s.cell(p.PURPOSE_COLUMN) and s not in stated]
    markers = form.matching(p.PURPOSE_MARKER)
    stated += [s for s in markers if shares(s) and s not in stated]
    stated += [
        s
        for s in form.matching(p.PURPOSE_CONSEQUENCE)
        if shares(s) and not p.NEGATION.search(s.key) and s not in stated
    ]
    stated += [
        t
        for s in form.body
        if shares(s)
        for t in form.following(s, 1)[1:]
        if p.CONSEQUENCE_AFTER.match(t.key) and not p.NEGATION.search(t.key) and t not in stated
    ]
    weak = [s for s in markers if s not in stated]
    if stated or weak:
        doubt = (
            ""
            if stated
            else " Twijfel: het doel staat niet bij een uitwisseling; lees zelf of het concreet "
            "genoeg is."
        )
        if any(_anchored(s, m) for s in form.body for m in p.VAGUE_PURPOSE.finditer(s.key)):
            doubt += (
                " Twijfel: een doel is in algemene woorden gezegd (zoals “goed opvangen”); "
                "het zegt wel wie wat wanneer doet."
            )
        return Judgement(
            OK,
            f"Het formulier zegt concreet waarvoor de gegevens nodig zijn. Dat moet, omdat "
            f"toestemming alleen geldt voor een duidelijk omschreven doel {basis}.{doubt}",
            evidence(stated + weak),
        )
    # An advice passed on carries its own purpose: "de leerkracht vertellen dat hij beter
    # vooraan kan zitten" is told so that the teacher seats him there.
    advice = [s for s in form.body if shares(s) and p.ADVICE_TOLD.search(s.key)]
    if advice:
        return Judgement(
            OK,
            f"Het doel staat er niet letterlijk, maar volgt uit het advies dat wordt doorgegeven: "
            f"de ontvanger moet er iets mee doen. Twijfel: vraag na of het alleen daarvoor is "
            f"{basis}.",
            evidence(advice),
        )
    return Judgement(
        GEBREK,
        f"Het formulier zegt niet waarvoor de gegevens worden gebruikt. Zonder een concreet "
        f"doel kunt u niet weten waarmee u instemt {basis}.",
    )


# A moment the recipient acts: "vanaf de eerste dag", "in september", "bij de start".
_MOMENT = re.compile(
    r"\b(vanaf|op|in|bij|tijdens) (de |het )?(eerste|start|begin|\d{1,2}|januari|februari|maart|"
    r"april|mei|juni|juli|augustus|september|oktober|november|december|brugklas)\b"
)


def _anchored(s: Sentence, m: re.Match[str]) -> bool:
    """ "Zo kan de mentor haar vanaf de eerste dag goed opvangen": a manner word ("goed",
    "beter") in a consequence that names who acts and when is what the recipient will do,
    not an open purpose. "Voor een goede begeleiding" names neither."""
    if not re.search(r"\b(goed|beter)\b", m.group(0)):
        return False
    clause = s.key
    return bool(
        p.CONSEQUENCE_AFTER.match(clause) or re.match(r"zo (kan|kunnen|weet|weten)\b", clause)
    ) and bool(_MOMENT.search(clause) and p.PARTY_WORD.search(clause))


def _widens_recipients(s: Sentence, m: re.Match[str]) -> bool:
    """ "Zo nodig betrekt zij ook andere deskundigen": "zo nodig" opens the list of
    recipients (a defect of ``ontvangers``), not the purpose of the exchange. Sharing "waar
    nodig" ("delen wij, waar nodig, met ...") leaves the purpose itself open."""
    if "nodig" not in m.group(0) or p.PURPOSE_MARKER.search(s.key) or shares(s):
        return False
    return bool(p.VAGUE_RECIPIENT.search(s.key) or p.OPEN_LIST.search(s.key))


# AVG art. 4 lid 11; overweging 42.
def judge_gegevens(form: Form) -> Judgement:
    """The form must say which data or documents are exchanged."""
    basis = "(AVG art. 4 lid 11; overweging 42)"
    vague: list[tuple[Sentence, str]] = []
    for s in form.body:
        phrase = open_data(s)
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
