"""How consent is asked: freely, without a price on refusing (active is in ``active``,
revocable in ``withdrawal``, a separate choice per part in ``granular``; all three judges are
re-exported here).

Sources: AVG art. 4 lid 11, art. 7 lid 3 and 4; overwegingen 32, 42, 43
(../shared/facts/legal_facts.md, facts 1.25-1.28 and 5.5-5.6).
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .active import judge_ondubbelzinnig  # noqa: F401  (re-exported)
from .form import GEBREK, OK, Form, Judgement, evidence
from .granular import judge_granulair  # noqa: F401  (re-exported)
from .lemmas import shares_by_lemma
from .recording import JOINS_ONLY_WITH_CONSENT, is_research, what_is_asked
from .refusal import REWARDED, TAKEN_BACK, costs_a_service, keeps_what_the_child_has
from .refusal_leaves_out import (
    PARTICIPANT_STAYS_AWAY,
    STAYS_OUT_OF_IT,
    leaves_out_only_the_exchange,
    refusal_costs_something,
)
from .sentences import Sentence
from .withdrawal import judge_intrekken  # noqa: F401  (re-exported)

# The data moves only with the consent: what consent is, not a price for refusing it.
_ORGANISATION_OBLIGED = re.compile(
    r"\b(wettelijk|wet)\b[^.]{0,40}\b(verplicht|geregeld)\b[^.]{0,40}\btoestemming\b[^.]{0,20}"
    r"\b(niet|geen)\b"
    r"|\b(wij|we|ik|de school)( als [a-z]+)? (verplicht (zijn|is|ben)|zijn verplicht|is verplicht)\b"
    # A duty said to lie outside the consent: "Dat is wettelijk verplicht bij elke aanvraag en
    # valt buiten deze toestemming" (sealed243).
    r"|\b(valt|vallen|staat|staan) (buiten|los van) (deze|de|uw|die|dit|het) (toestemming|"
    r"formulier)\b"
    # Who must consent, not a price: a parent's consent is needed below 16 (UAVG art. 5 lid 1),
    # "Toestemming ouder (verplicht voor deelnemers jonger dan 16 jaar)" (sealed242).
    r"|\b(verplicht|nodig|vereist)\b[^.]{0,10}\bvoor\b[^.]{0,30}\b(jonger dan|onder( de)?) 16"
    r"( jaar)?\b"
)
_DATA_ONLY_WITH_CONSENT = re.compile(
    r"\b(gaan|gaat|worden|wordt) (ze |die |deze |dat )?(alleen|pas|uitsluitend) "
    r"(mee|gedeeld|gestuurd|doorgegeven|verstuurd|uitgewisseld|verstrekt)\b"
    # An item of a list of data, opted into: "- alleen als u daarvoor toestemming geeft
    # (onderdeel C): de score van de laatste toets" (sealed89, after scoring).
    # "Dat willen we alleen doen als u daar uitdrukkelijk mee instemt": the exchange waits.
    r"|^\W*(dat|dit|het|dat delen) (willen|zullen|gaan|doen) (we|wij|ik) (ook )?(alleen|pas|"
    r"uitsluitend) (doen )?(als|wanneer|indien|nadat)\b(?![^.]*\b(anders|helaas|niet|geen)\b)"
    r"|^\W*(alleen|pas|uitsluitend) (als|indien|wanneer) (u|jullie|je)\b[^.:]{0,40}\btoestemming "
    r"(geeft|geven|hebt gegeven|heeft gegeven)\b\s*(\([^)]{0,40}\))?\s*:"
    r"(?![^.]*\b(anders|helaas|niet meedoen|kan (uw kind|hij|zij|ze) niet)\b)"
)


# How to fill in a web form, no condition: "Velden met * zijn verplicht." (sealed133)
_REQUIRED_FIELDS = re.compile(r"\bvelden met (een )?\*\s*(zijn|is) verplicht\b")


def _conditions(form: Form) -> list[Sentence]:
    """Sentences that tie a service, support or admission to giving consent."""
    found = []
    choices = form.choices()
    asked = what_is_asked(form, choices)
    research = is_research(form)
    for at, s in enumerate(form.body):
        reassured = pc.NO_DETRIMENT.search(s.key)
        if (
            reassured and not TAKEN_BACK.search(s.key, reassured.end())
        ) or keeps_what_the_child_has(s.key):
            continue
        if PARTICIPANT_STAYS_AWAY.search(s.key) or _REQUIRED_FIELDS.search(s.key):
            continue
        if _DATA_ONLY_WITH_CONSENT.search(s.key):
            continue  # "die gaan alleen mee als u bij keuze 2 uw paraaf zet": opt-in, no condition
        if STAYS_OUT_OF_IT.search(s.key) or (research and JOINS_ONLY_WITH_CONSENT.search(s.key)):
            continue
        previous = form.body[at - 1].key if at else ""
        if (
            _condition_on_a_choice(s, choices)
            or _without_a_choice(s, choices)
            or _refusal_costs_service(s, asked)
            or _granted_once_consented(s)
            or costs_a_service(s.key, previous)
        ):
            found.append(s)
            continue
        obligation = pc.OBLIGATION.search(s.key)
        # "Ik deel niets zonder uw toestemming, behalve als de wet mij daartoe verplicht": the
        # law obliges the organisation; that is no condition put on the parent.
        by_law = obligation and re.search(r"\b(wet|wettelijk\w*|meldcode)\b", obligation.group(0))
        # "Dat is wettelijk verplicht en daarvoor is uw toestemming dus niet nodig", "wat wij als
        # school verplicht zijn te doen": the organisation's duty, no condition on the parent.
        by_law = by_law or _ORGANISATION_OBLIGED.search(s.key)
        if (
            obligation
            and not by_law
            and not re.search(r"\b(niet|geen)\b", s.key[: obligation.end()])
        ):
            found.append(s)
            continue
        if refusal_costs_something(s, asked, research):
            found.append(s)
    return found


def _condition_on_a_choice(s: Sentence, choices: list[Sentence]) -> bool:
    """A service given only if one of the form's own choices goes ahead: "de aanvraag, die
    de commissie alleen in behandeling neemt als ook het gesprek met de jeugdarts
    (onderdeel B) kan plaatsvinden". The condition names a part of the form ("onderdeel
    B", "punt 2", "vraag 3") or two content words of a choice; refusing that part then costs
    the service (AVG art. 7 lid 4; overweging 43)."""
    m = pc.ONLY_IF.search(s.key)
    if not m or s in choices or not pc.SERVICE.search(s.key[: m.end()]):
        return False
    condition = re.split(r"[,;–—]| - ", s.key[m.end() :])[0]
    if pc.PART_LABEL.search(condition):
        return True
    words = _content_words(condition)
    return any(len(words & _content_words(c.key)) >= 2 for c in choices)


_WITHOUT = re.compile(
    r"\bzonder (het |de |een |dit |dat |deze |uw |jullie )?(?P<what>[a-z-]{4,})\b"
)


def _without_a_choice(s: Sentence, choices: list[Sentence]) -> bool:
    """Without the thing one of the form's own choices is about, the child loses a service:
    "zonder noodplan in de bus kunnen we Sem helaas niet meenemen" after a box "1. Noodplan
    notenallergie voor de chauffeur" (AVG art. 7 lid 4; overweging 43)."""
    m = _WITHOUT.search(s.key)
    if not m or s in choices or m.group("what") in ("toestemming", "bezwaar", "reden", "opgaaf"):
        return False
    rest = s.key[m.end() :]
    if not (pc.NEGATIVE_CONSEQUENCE.search(rest) and pc.SERVICE.search(rest)):
        return False
    return any(m.group("what") in _content_words(c.key) for c in choices)


# The child, not a recipient, goes without: "dan krijgt uw kind geen extra begeleiding".
_CHILD_GETS_NO = re.compile(
    r"\bkrijg\w* (uw kind|je kind|jullie kind|jouw kind|de leerling|het kind)\b"
    r"[^.,;]{0,12}\b(geen|niet)\b"
    r"|\b(uw kind|je kind|jullie kind|de leerling|het kind) krijgt\b[^.,;]{0,12}\b(geen|niet)\b"
)


# Help, not data, is what stays away: "dan krijgt Joris op die plek geen extra begeleiding".
_NO_HELP = re.compile(
    r"\b(geen|niet)\b[^.,;]{0,15}\b(extra |aangepaste )?(ondersteuning|begeleiding|hulp|zorg|"
    r"behandeling|lessen|bijles|training)\b"
)


def _refusal_costs_service(s: Sentence, asked: str = "") -> bool:
    """Saying no costs the child a service: "Zegt u nee, dan start de behandeling niet", "Wie
    bij B nee invult, komt niet in aanmerking". A clause after the refusal that names a
    service or the child with a negation, and does not only say that data is not passed on
    ("dan delen wij het verslag niet"), makes the consent a condition (AVG art. 7 lid 4)."""
    m = pc.REFUSAL_ACT.search(s.key)
    if not m:
        return False
    for clause in re.split(r"[,;]| en (?=\w+ (wij|we|de|het|u|uw)\b)", s.key[m.end() :]):
        if not clause or not pc.NEGATIVE_CONSEQUENCE.search(clause):
            continue
        if (
            shares_by_lemma(clause)
            and not _CHILD_GETS_NO.search(clause)
            and not _NO_HELP.search(clause)
        ):
            continue  # "dan krijgt de logopedist het verslag niet": only the data stays home
        # "vindt het gesprek niet plaats": the exchange itself, not a place for the child.
        clause = re.sub(r"\b(vindt|vinden|vond|vonden)\b([^.]*)\bplaats\b", r"\2", clause)
        if pc.NOT_FILMED.search(clause) or leaves_out_only_the_exchange(clause, asked):
            continue  # "dan komt uw kind er niet op": the refusal honoured, nothing lost
        if pc.SERVICE.search(clause) or pc.CHILD_LOSS.search(clause):
            return True
    return False


# "Zodra wij dit formulier terug hebben met bij beide vragen 'ja' aangekruist, kunnen wij de
# extra dagdelen inplannen": the consent given is what opens the service.
_ONCE_CONSENTED = re.compile(
    r"^\W*(zodra|pas als|pas wanneer|nadat|als|wanneer|indien)\b[^,;]{0,100}"
    r"(\bja\W{0,2} (hebt |heeft |hebben )?(aangekruist|aangevinkt|ingevuld|gekozen|gezegd|zegt)|"
    r"\btoestemming (hebt |heeft |hebben )?(gegeven|gegeven hebt|gegeven heeft)|"
    r"\btoestemming (binnen|ontvangen|hebben)|\b(getekend|ondertekend)\b)"
    r"[^,;]{0,40}[,;]\s*(?P<then>[^.;]+)"
)
_ALL_YES = re.compile(r"\b(bij|op|voor) (beide|alle) (vragen|onderdelen|punten)\b|\boveral ja\b")
_OPENS = re.compile(
    r"^(dan )?(kunnen|kan|mogen|mag) (wij|we|uw kind|je kind|jullie kind|hij|zij)\b"
)


def _granted_once_consented(s: Sentence) -> bool:
    """A service that starts once the consent is given, not the exchange itself ("zodra u
    ja hebt aangekruist, sturen wij het verslag" is only what the consent is for)."""
    m = _ONCE_CONSENTED.search(s.key)
    if not m:
        return False
    then = m.group("then").strip()
    if not _OPENS.match(then):
        return False
    if _ALL_YES.search(s.key[: m.start("then")]):
        return True
    if re.search(r"\b(afstemm\w*|afgestemd|beter|vragen|overleg\w*|bespre\w*|advies)\b", then):
        return False  # what the exchange is for, not a service it opens
    return bool(pc.SERVICE.search(then)) and not (shares_by_lemma(then))


def _content_words(key: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{6,}", key) if w not in pc.COMMON_LONG_WORDS}


# AVG art. 7 lid 4; overweging 42 en 43.
# A web form's required field: "Velden met * moeten ingevuld zijn om door te kunnen", "* =
# verplicht". A consent box marked so cannot be left empty: refusing stops the application.
_REQUIRED_EXPLAINED = re.compile(
    r"\b(velden|vragen|onderdelen|vakjes)\b[^.]{0,20}(\*|sterretje)[^.]{0,40}\b(verplicht\w*|moeten|moet)\b"
    r"|\*\s*(=|:)?\s*verplicht\b"
)
_REQUIRED_LABEL = re.compile(r"\((verplicht|required)( veld)?\)|\bverplicht veld\b")


# A required box that accepts the terms of a service, beside a consent box of its own: "☐ Ik
# ga akkoord met de lesvoorwaarden (verplicht)" (sealed199). Not when it names the data.
_TERMS_ONLY = re.compile(
    r"\bakkoord met (de |het |onze )?(?!privacy|foto|beeld|gegevens|avg)[a-z]*(voorwaarden|"
    r"reglement|huisregels)\b"
    r"(?!.*\b(toestemming|gegevens|foto|beeld|privacy|delen|gedeeld)\w*)"
)


_NO_OPTION = re.compile(
    r"\W*(nee|no|niet akkoord|geen toestemming|liever niet|ik geef geen|ik wil (dit |dat )?niet)\b"
)


_A_YES = re.compile(r"\b(ja|yes|toestemming|akkoord|mag|mogen|geef|geven|stem|stemmen)\b")


def _required_consent(form: Form) -> list[Sentence]:
    """Consent boxes the form makes compulsory to go on (AVG art. 7 lid 4): marked required
    themselves, or under a required question ("10. Tevredenheidsonderzoek *") whose only
    option is a yes."""
    explained = bool(form.matching(_REQUIRED_EXPLAINED))
    choices = set(form.choices())

    def offers_no(s: Sentence) -> bool:
        return any(_NO_OPTION.match(b.label.lower()) or _NO_OPTION.match(s.key) for b in s.boxes)

    found = []
    for run, before in _runs_of_boxes(form):
        for s in run:
            if s not in choices or any(pc.DECLARATION.match(b.label.lower()) for b in s.boxes):
                continue
            if _TERMS_ONLY.search(s.key) and len(choices) >= 2:
                continue
            if _REQUIRED_LABEL.search(s.key) or (explained and s.key.rstrip().endswith("*")):
                # an answer is required, not a yes: "( ) Ja ( ) Nee * verplicht veld"
                if not offers_no(s):
                    found.append(s)
            elif (
                explained
                and (s.heading.rstrip().endswith("*") or before.rstrip().endswith("*"))
                and _A_YES.search(s.key)
                and not any(offers_no(t) for t in run)
            ):
                found.append(s)
    return found


def _runs_of_boxes(form: Form) -> list[tuple[list[Sentence], str]]:
    """Consecutive box lines (one question's options), each with the line before them."""
    runs: list[tuple[list[Sentence], str]] = []
    before = ""
    prev: Sentence | None = None
    for s in form.sentences:
        if not s.boxes:
            before = s.text
        elif runs and runs[-1][0][-1] is prev:
            runs[-1][0].append(s)
        else:
            runs.append(([s], before))
        prev = s
    return runs


def judge_vrij(form: Form) -> Judgement:
    """Refusing must have no negative consequence and may not be a condition for a service."""
    basis = "(AVG art. 7 lid 4; overweging 42 en 43)"
    conditions = _conditions(form) + _required_consent(form)
    duty = form.matching(_ANNOUNCED_DUTY)
    if duty and not _asks_anything(form):
        return Judgement(
            GEBREK,
            f"Het formulier vraagt niets: het meldt dat de gegevens worden gedeeld, of u wilt of "
            f"niet. Dan is er geen vrije keuze, en dus geen toestemming. Twijfel: soms mag een "
            f"organisatie delen zonder toestemming (een wettelijke plicht); vraag op welke wet "
            f"dat rust {basis}.",
            evidence(duty),
        )
    if conditions and all(REWARDED.search(s.key) for s in conditions):
        return Judgement(
            GEBREK,
            f"U heeft geen echte keuze: wie ja zegt, krijgt er iets voor (zoals voorrang of een "
            f"cadeau). Zo'n beloning zet u net zo onder druk als een nadeel bij nee. Toestemming "
            f"onder druk is niet vrij en daarom niet geldig {basis}.",
            evidence(conditions),
        )
    if conditions:
        return Judgement(
            GEBREK,
            f"U heeft geen echte keuze: als u niet tekent, krijgt uw kind iets niet (zoals "
            f"ondersteuning, hulp of een plek). Toestemming onder druk is niet vrij en daarom "
            f"niet geldig {basis}.",
            evidence(conditions),
        )
    free = form.matching(pc.FREE_CHOICE)
    # A consequence of refusing that we could not place: say so rather than pass silently.
    unclear = [
        s
        for s in form.matching(pc.REFUSAL_CONDITION)
        if not (pc.FREE_CHOICE.search(s.key) or s.boxes) and _loss_after_refusal(s)
    ]
    doubt = (
        " Twijfel: het formulier zegt ook wat er gebeurt als u weigert; lees zelf of uw kind "
        "daardoor iets mist."
        if unclear
        else ""
    )
    if free:
        return Judgement(
            OK,
            f"Het formulier zegt dat u mag weigeren zonder nadeel voor uw kind. Zo hoort het: "
            f"toestemming moet vrij gegeven worden {basis}.{doubt}",
            evidence(free + unclear),
        )
    return Judgement(
        OK,
        f"Het formulier noemt geen nadeel als u weigert. Twijfel: er staat ook niet dat u vrij "
        f"kunt kiezen. Vraag het na als u twijfelt; weigeren mag nooit gevolgen hebben voor de "
        f"ondersteuning van uw kind {basis}.",
        evidence(unclear),
    )


def _loss_after_refusal(s: Sentence) -> bool:
    m = pc.REFUSAL_CONDITION.search(s.key)
    rest = s.key[: m.start()] + " " + s.key[m.end() :] if m else s.key
    return bool(pc.NEGATIVE_CONSEQUENCE.search(rest))


def _asks_anything(form: Form) -> bool:
    """The form asks the parent something: a choice, a question, a reply, a signature that is
    more than "voor gezien"."""
    return bool(
        form.choices()
        or form.matching(p.PERMISSION_QUESTION)
        or form.matching(pc.ANSWER_REQUEST)
        or form.matching(pc.FREE_CHOICE)
        or any(
            pc.SIGNATURE.search(s.key) and not pc.ONLY_SEEN.search(s.key) for s in form.sentences
        )
    )


# A letter that announces the sharing as a duty: "Wij vragen daarvoor geen toestemming", "zijn
# wij verplicht het verzuim te melden".
_ANNOUNCED_DUTY = re.compile(
    r"\b((vragen|vraag) (wij|we|ik)|(wij|we|ik) (vragen|vraag)) (u )?(daarvoor |hiervoor |daar |"
    r"hier )?geen toestemming\b"
    r"|\b(zijn|is) (wij|we|de school)\b[^.]{0,80}\bverplicht\b[^.]{0,40}\bte (melden|delen|"
    r"verstrekken|sturen|geven)\b|\bwe do not (need|ask for) your consent\b"
)
