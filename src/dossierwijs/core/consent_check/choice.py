"""Two criteria about how consent is asked: free and active (revocable is in
``withdrawal``, a separate choice per part in ``granular``; both judges are re-exported).

Sources: AVG art. 4 lid 11, art. 7 lid 3 and 4; overwegingen 32, 42, 43
(../shared/facts/legal_facts.md, facts 1.25-1.28 and 5.5-5.6).
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import (
    GEBREK,
    OK,
    Form,
    Judgement,
    boxes_of_a_field,
    evidence,
)
from .granular import judge_granulair  # noqa: F401  (re-exported)
from .lemmas import shares_by_lemma
from .lost_boxes import items_without_box
from .refusal import costs_a_service, keeps_what_the_child_has
from .scope import takes_silence_as_consent
from .sentences import Sentence
from .withdrawal import judge_intrekken  # noqa: F401  (re-exported)

# The data moves only with the consent: what consent is, not a price for refusing it.
_DATA_ONLY_WITH_CONSENT = re.compile(
    r"\b(gaan|gaat|worden|wordt) (ze |die |deze |dat )?(alleen|pas|uitsluitend) "
    r"(mee|gedeeld|gestuurd|doorgegeven|verstuurd|uitgewisseld|verstrekt)\b"
)


# Refused for one participant, that participant stays away from the meeting: "Geeft u voor een
# deelnemer geen toestemming, dan schuift die deelnemer niet aan bij de bespreking". That is
# the refusal itself (the data does not reach them), not a loss for the child.
_PARTICIPANT_STAYS_AWAY = re.compile(
    r"\bdan (schuift|schuiven|komt|komen|zit|zitten|is|zijn|neemt|nemen) (die|deze|dat|de|het|"
    r"hij|zij|ze)\b[^.,;]{0,30}\bniet\b[^.,;]{0,5}\b(aan|bij|deel|mee|aanwezig)\b[^.,;]{0,15}"
    r"\b(bespreking|overleg|gesprek|vergadering|ot|mdo|zat|ondersteuningsteam|zorgteam)\b"
)


def _conditions(form: Form) -> list[Sentence]:
    """Sentences that tie a service, support or admission to giving consent."""
    found = []
    choices = form.choices()
    for at, s in enumerate(form.body):
        if pc.NO_DETRIMENT.search(s.key) or keeps_what_the_child_has(s.key):
            continue
        if _PARTICIPANT_STAYS_AWAY.search(s.key):
            continue
        if _DATA_ONLY_WITH_CONSENT.search(s.key):
            continue  # "die gaan alleen mee als u bij keuze 2 uw paraaf zet": opt-in, no condition
        previous = form.body[at - 1].key if at else ""
        if (
            _condition_on_a_choice(s, choices)
            or _refusal_costs_service(s)
            or _granted_once_consented(s)
            or costs_a_service(s.key, previous)
        ):
            found.append(s)
            continue
        obligation = pc.OBLIGATION.search(s.key)
        # "Ik deel niets zonder uw toestemming, behalve als de wet mij daartoe verplicht": the
        # law obliges the organisation; that is no condition put on the parent.
        by_law = obligation and re.search(r"\b(wet|wettelijk\w*|meldcode)\b", obligation.group(0))
        if (
            obligation
            and not by_law
            and not re.search(r"\b(niet|geen)\b", s.key[: obligation.end()])
        ):
            found.append(s)
            continue
        m = pc.REFUSAL_CONDITION.search(s.key)
        if not m:
            continue
        rest = s.key[: m.start()] + " " + s.key[m.end() :]
        if not (pc.SERVICE.search(s.key) or pc.CHILD_LOSS.search(rest)):
            continue
        granted_after = re.search(r"\bmogelijk (nadat|zodra|als|wanneer|indien|na)\b", m.group(0))
        if (
            re.match(r"((kan|kunnen|mag|mogen) )?(pas|alleen|uitsluitend|enkel)\b", m.group(0))
            or granted_after
            or (pc.NEGATIVE_CONSEQUENCE.search(rest))
        ):
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


# The child, not a recipient, goes without: "dan krijgt uw kind geen extra begeleiding".
_CHILD_GETS_NO = re.compile(
    r"\bkrijg\w* (uw kind|je kind|jullie kind|jouw kind|de leerling|het kind|hij|zij|ze)\b"
    r"[^.,;]{0,12}\b(geen|niet)\b"
    r"|\b(uw kind|je kind|jullie kind|de leerling|het kind) krijgt\b[^.,;]{0,12}\b(geen|niet)\b"
)


def _refusal_costs_service(s: Sentence) -> bool:
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
        if shares_by_lemma(clause) and not _CHILD_GETS_NO.search(clause):
            continue  # "dan krijgt de logopedist het verslag niet": only the data stays home
        # "vindt het gesprek niet plaats": the exchange itself, not a place for the child.
        clause = re.sub(r"\b(vindt|vinden|vond|vonden)\b([^.]*)\bplaats\b", r"\2", clause)
        if pc.NOT_FILMED.search(clause):
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
def judge_vrij(form: Form) -> Judgement:
    """Refusing must have no negative consequence and may not be a condition for a service."""
    basis = "(AVG art. 7 lid 4; overweging 42 en 43)"
    conditions = _conditions(form)
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


def _conditions_in(s: Sentence) -> bool:
    return bool(pc.REFUSAL_CONDITION.search(s.key) or pc.OBLIGATION.search(s.key))


def _nothing_happens_unless(s: Sentence) -> bool:
    """ "Wij delen niets, tenzij u dit vakje aankruist" is opt-in, not opt-out; so is an end
    unless renewed: "Na 30 juni vernietigen we het, tenzij u dan een nieuw formulier invult"."""
    m = p.OPT_OUT_UNLESS.search(s.key)
    before = (s.key[: m.start()] if m else s.key).rsplit(". ", 1)[-1]
    return bool(p.NEGATION.search(before) or _ENDS.search(before))


_ENDS = re.compile(
    r"\b(vernietig\w*|verwijder\w*|wissen|wist|stop\w*|vervalt|eindigt|beeindig\w*)\b"
)


# "[scan pagina 1/1 - door ouder ingevuld, per post ontvangen]": the form as returned, in a
# line that says it was scanned or received (not the instruction "wordt door de ouders ingevuld").
_RETURNED = re.compile(r"\b(scan\w*|gescand|ontvangen|retour)\b")
_FILLED_IN_BY_PARENT = re.compile(
    r"\b(door (de )?(ouders?|verzorgers?|ouder/verzorger)\b[^.\n]{0,15}\bingevuld|ingevuld door (de )?"
    r"(ouders?|verzorgers?|ouder/verzorger))\b"
)


# AVG art. 4 lid 11; overweging 32.
def judge_ondubbelzinnig(form: Form) -> Judgement:
    """Consent must be an active act: empty boxes, a signature; silence is not consent."""
    basis = "(AVG art. 4 lid 11; overweging 32)"
    lines = form.text.lower().splitlines()
    ticked = [
        s
        for s in form.body
        if any(b.checked and not _SET_TO_NO.match(b.label) for b in s.boxes)
        and "?" not in s.text
        and not boxes_of_a_field(s)
    ]
    if any(_RETURNED.search(line) and _FILLED_IN_BY_PARENT.search(line) for line in lines):
        ticked = []  # a scan of the form as the parent returned it: the crosses are theirs
    lowered = form.text.lower()
    if pc.OWN_CHOICES_CONFIRMED.search(lowered) and not pc.FILLED_IN_BEFOREHAND.search(lowered):
        ticked = []  # a confirmation of choices the parent made: "wat u zelf heeft aangevinkt"
    # "als u niets doorhaalt, ga ik ervan uit dat u géén toestemming geeft": silence is a no.
    silence = [s for s in form.body if _silence_taken_as_yes(s)]
    silence += [
        s
        for n, s in enumerate(form.body)
        if s not in silence
        and "?" not in s.text
        and takes_silence_as_consent(s.key, form.body[n - 1].key if n else "")
    ]
    silence += [s for s in form.matching(p.OPT_OUT_UNLESS) if not _nothing_happens_unless(s)]
    lost = items_without_box(form.text)
    if ticked or silence or lost:
        parts = []
        if ticked:
            parts.append(
                "Er staan vakjes die al vooraf zijn aangekruist. Heeft u ze niet zelf "
                "aangekruist, dan geldt dit deel niet."
            )
        if silence:
            parts.append("Niets doen of niet reageren telt volgens het formulier als toestemming.")
        if lost:
            parts.append(
                "Twijfel: bij een keuze staat geen vakje, terwijl de keuzes ernaast er wel "
                "een hebben. Op een scan valt een vooraf aangekruist vakje vaak weg; kijk op "
                "het papier of dit punt al is aangekruist."
            )
        return Judgement(
            GEBREK,
            " ".join(parts) + f" Toestemming moet een actieve keuze van u zijn: zelf een vakje "
            f"aankruisen of tekenen. Stilte of een vooraf aangekruist vakje is geen toestemming "
            f"{basis}.",
            evidence(silence + [_with_its_words(form, s) for s in ticked]) + tuple(lost[:2]),
        )
    empty_boxes = [
        s
        for s in form.choices()
        if not any(b.checked and not _SET_TO_NO.match(b.label) for b in s.boxes)
    ]
    signed = [s for s in form.sentences if s.is_fill_in and pc.SIGNATURE.search(s.key)]
    signed += [s for s in form.body if pc.SIGNATURE.search(s.key) and not _conditions_in(s)]
    if empty_boxes or signed:
        return Judgement(
            OK,
            f"U geeft toestemming door zelf iets te doen: een leeg vakje aankruisen of tekenen. "
            f"Zo hoort het {basis}.",
            evidence(empty_boxes + signed, limit=3),
        )
    asked = form.matching(p.PERMISSION_QUESTION, [s for s in form.body if "?" in s.text])
    # A request to reply may stand alone at the end, read as a heading.
    asked += [s for s in form.matching(pc.ANSWER_REQUEST, form.sentences) if s not in asked]
    # "Hoort de school niets van u, dan is het antwoord 'nee'": only a yes of one's own counts.
    asked += [s for s in form.matching(_SILENCE_IS_NO, form.sentences) if s not in asked]
    if asked:
        return Judgement(
            OK,
            f"U wordt om toestemming gevraagd en geeft die alleen door zelf ja te antwoorden. "
            f"Twijfel: er is geen vakje of handtekening; antwoord schriftelijk (per e-mail) en "
            f"noem precies waarvoor u ja zegt {basis}.",
            evidence(asked),
        )
    return Judgement(
        GEBREK,
        f"Het formulier heeft geen leeg vakje en geen plek om te tekenen. Twijfel: misschien "
        f"ontbreekt een deel van het formulier. Toestemming moet een actieve keuze zijn {basis}.",
    )


def _with_its_words(form: Form, s: Sentence) -> Sentence:
    """A box alone on its line ("☒*" under a switch's text) shown by the words above it."""
    at = form.body.index(s)
    if at and not re.search(r"[^\W\d_]", s.text):
        return form.body[at - 1]
    return s


_ASSUMES_NO = re.compile(r"\b(geen|niet) (toestemming|akkoord)\b|\bnee\b")


def _silence_taken_as_yes(s: Sentence) -> bool:
    if _NO_CONSENT_NEEDED_FOR.match(s.key):
        return False  # "Voor het gewone oefenen in de klas hoeft u niets te doen."
    m = pc.SILENCE_IS_CONSENT.search(s.key)
    return m is not None and not _ASSUMES_NO.search(m.group(0))


# A box set in advance to "no" ("( ) aan (•) uit", "[x] nee") asks nothing of the parent. Not
# "[x] geen bezwaar" or "[x] niet tegen": that is a yes ticked in advance.
_SET_TO_NO = re.compile(
    r"\W*(uit|nee|neen|geen|niet|off|no)\b(?!\W*(bezwaar|probleem|moeite|tegen|erg)\b)",
    re.IGNORECASE,
)
_NO_CONSENT_NEEDED_FOR = re.compile(
    r"\W*voor (het|de|dit|deze)\b[^.,]{0,60}\bhoeft u niets te doen\b"
)


def _asks_anything(form: Form) -> bool:
    """The form asks the parent something: a choice, a question, a reply, a signature that is
    more than "voor gezien"."""
    return bool(
        form.choices()
        or form.matching(p.PERMISSION_QUESTION)
        or form.matching(pc.ANSWER_REQUEST)
        or form.matching(pc.FREE_CHOICE)
        or any(pc.SIGNATURE.search(s.key) and not _ONLY_SEEN.search(s.key) for s in form.sentences)
    )


# A letter that announces the sharing as a duty: "Wij vragen daarvoor geen toestemming", "zijn
# wij verplicht het verzuim te melden".
_ANNOUNCED_DUTY = re.compile(
    r"\b((vragen|vraag) (wij|we|ik)|(wij|we|ik) (vragen|vraag)) (u )?(daarvoor |hiervoor |daar |"
    r"hier )?geen toestemming\b"
    r"|\b(zijn|is) (wij|we|de school)\b[^.]{0,80}\bverplicht\b[^.]{0,40}\bte (melden|delen|"
    r"verstrekken|sturen|geven)\b|\bwe do not (need|ask for) your consent\b"
)
# Signing to say the letter arrived is no consent: "voor gezien tekenen", "voor ontvangst".
_ONLY_SEEN = re.compile(r"\bvoor (gezien|ontvangst|kennisname|akkoord ontvangst)\b")
_SILENCE_IS_NO = re.compile(
    r"\bzonder (uw|je|jullie) (ondertekende |schriftelijke )?toestemming gebeurt er niets\b|"
    r"\b(geen (antwoord|reactie|bericht)|(niets|niks) (van u |van jullie )?(horen|hoort|hoor)|"
    r"(hoort|horen|hoor|krijgt|krijgen|ontvangt|ontvangen) (\w+ ){0,3}(niets|niks|geen (antwoord|"
    r"reactie|bericht))|"
    r"no (reply|answer|response))\b(?![^.]*\b(bezwaar|oneens|akkoord|assume|objection|aan dat|"
    r"ervan uit)\b)[^.]{0,40}"
    r"(\b(antwoord|answer) (is )?'?(nee|no)\b|\bgebeurt er niets\b|\b(delen|deel|wisselen|sturen|"
    r"stuur|bellen|bel|doen|doe) (wij|we|ik) (ook )?(niets|niks|niet)\b|\bgeen toestemming\b|\bwon't\b|\bwill not\b|\bmeans no\b|'nee')"
)
