"""Whether the form says what the exchange is for, now (AVG art. 4 lid 11, art. 6 lid 1
onder a; overweging 32 en 42). Split from ``criteria``, which re-exports ``judge_doel``.

An open purpose ("indien nodig", "voor een goede begeleiding", "ten behoeve van de zorg.")
fails; a purpose at an exchange (a "zodat" clause, a "Waarvoor:" field, a purpose column, a
consequence for the recipient right after it) passes; a general wish in the introduction
does not count against exchanges that give their own reasons.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from . import phrases_purpose as pp
from .form import GEBREK, OK, Form, Judgement, evidence, quoted, shares
from .narrowing import anchored, narrowed
from .purpose_implied import implied_purposes, named_uses
from .purpose_vague import vague_purposes
from .sentences import Sentence, normalise

_NOBODY = re.compile(r"\b(niemand|niets|niks|nergens|nooit)\b")


# AVG art. 4 lid 11, art. 6 lid 1 onder a; overweging 32 en 42.
def judge_doel(form: Form) -> Judgement:
    """Each purpose must be concrete: what the exchange is for, now."""
    basis = "(AVG art. 4 lid 11 en art. 6 lid 1 onder a; overweging 32 en 42)"
    vague = vague_purposes(form)
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
        and not pc.WITHDRAWAL.search(s.key)  # "Ook later kunt u laten weten dat ..."
        and not _NOBODY.search(s.key)  # "Verder krijgt niemand ze."
        and not any(
            p.PURPOSE_MARKER.search(t.key)
            or p.PURPOSE_CONSEQUENCE.search(t.key)
            or re.match(r"\W*(zo|dan|daarmee|hiermee) (kan|kunnen|weet|weten|ziet|zien)\b", t.key)
            for t in form.following(s, 2)
        )
    ]
    if unexplained:
        return Judgement(
            GEBREK,
            f"Bij een van de uitwisselingen staat niet waarvoor die nodig is. Twijfel: lees zelf "
            f"of het doel elders staat. Toestemming geldt alleen voor een duidelijk omschreven "
            f"doel {basis}.",
            evidence(unexplained),
        )
    stated, weak = _stated_purposes(form)
    if stated or weak:
        doubt = (
            ""
            if stated
            else " Twijfel: het doel staat niet bij een uitwisseling; lees zelf of het concreet "
            "genoeg is."
        )
        if any(anchored(s, m) for s in form.body for m in p.VAGUE_PURPOSE.finditer(s.key)):
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


def _stated_purposes(form: Form) -> tuple[list[Sentence], list[Sentence]]:
    """(stated, weak): purposes at an exchange, a field or a column, or a consequence right
    after it; weak ones are purpose words away from any exchange."""
    stated = [
        s
        for s in form.body
        if re.match(r"(waarvoor|doel|purpose)\b", s.key)
        or re.search(r"waarom|waarvoor|doel|purpose|\bwhy\b|\breason\b", s.heading.lower())
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
        for t in _after_the_request(form, s)
        if p.CONSEQUENCE_AFTER.match(t.key)
        and (not p.NEGATION.search(t.key) or _SPARED.match(t.key))
        and not p.VAGUE_PURPOSE.search(t.key)
        and t not in stated
    ]
    # The answer to "Waarom?" asked on its own, when it says what the recipient then does:
    # "Waarom? Dan sluiten haar oefeningen aan op de klas." (not "Dat is beter voor Sem.")
    stated += [
        t
        for s, t in zip(form.body, form.body[1:], strict=False)
        if re.fullmatch(r"\W*(waarom|waarvoor|met welk doel|why)\s*\?", s.key)
        and re.match(r"\W*(dan|zodat|om|zo|daarmee|omdat)\b", t.key)
        and not p.VAGUE_PURPOSE.search(t.key)
        and t not in stated
    ]
    stated += [s for s in implied_purposes(form) if s not in stated]
    stated += [
        s
        for s in form.body
        if (
            (pp.PUBLISHED.search(s.key) and not p.NEGATION.search(s.key) and _of_the_child(s))
            or pp.ACCOUNT_FOR.search(s.key)
            or _knows_then(form, s)
        )
        and s not in stated
    ]
    stated += [s for s in _pictures_made_for(form) if s not in stated]
    stated += [
        s
        for s in form.matching(_USED_IN)
        if not p.VAGUE_PURPOSE.search(s.key) and not p.NEGATION.search(s.key) and s not in stated
    ]
    pictures = bool(form.matching(pp.PICTURES))
    stated += [
        s
        for s in form.body
        if (
            ((pictures or form.matching(_RECORDINGS)) and _shows_the_pictures(form, s))
            or pp.AIM_TO_FIND.match(s.key)
        )
        and s not in stated
    ]
    stated += [
        s
        for s in form.choices()
        if (_own_use(s) or (pictures and pp.PLACE_FIRST.match(s.key))) and s not in stated
    ]
    # A list of picture places: "Die gebruiken we op deze plekken: - op onze website;".
    stated += [s for s in listed_picture_places(form) if s not in stated]
    # A table of pictures, a row per place: "Schoolgids 2026-2027 | iedereen die de gids leest
    # | tot de volgende gids | ☐ | ☐" (sealed113, after scoring).
    stated += [
        s
        for s in form.body
        if pictures
        and s.is_row
        and s.cells
        and pp.PLACE_FIRST.match(normalise(s.cells[0][1]))
        and any(c.strip() in ("☐", "☒") for _, c in s.cells)
        and s not in stated
    ]
    # "meekijken hoe we Daan beter kunnen helpen met zijn taalontwikkeling": a purpose in
    # general words, narrowed to one subject; weak, so the judgment keeps its twijfel.
    markers += [
        s
        for s in form.body
        if any(narrowed(s.key, m) for m in p.VAGUE_PURPOSE.finditer(s.key)) and s not in markers
    ]
    markers += [s for s in named_uses(form) if s not in markers]
    return stated, [s for s in markers if s not in stated]


# What the receiver does with it, said as a use or a test: "De mentor gebruikt dit in het
# maandelijkse mentorgesprek", "Leerpeil wil zo testen of de vragen goed werken" (sealed166,
# sealed165; 40 of 42 forms with such a sentence labelled ok for doel, to sealed172).
_USED_IN = re.compile(
    r"\b(gebruikt|gebruiken|gebruik) (hij|zij|ze|de [a-z]+ )?(dit|dat|deze|die|het|ze)\b"
    r"( [a-z]+){0,2} (in|bij|tijdens) (het|de|een|zijn|haar)\b"
    r"|\b(wil|willen) (zo|hiermee|daarmee) (testen|onderzoeken|nagaan|bekijken|meten|controleren)\b"
    # What the recipient makes with the data: "Met die maten en de naam maakt het atelier voor
    # ieder kind een kostuum" (sealed203); one use, named: "Die lijst gebruiken we voor één
    # ding: de uitnodiging ... toesturen" (sealed202).
    # (not "Met die gegevens maakt het atelier alles wat nodig is")
    r"|^\W*met (die|deze|dat|dit|de|het) [a-z-]+( en (de|het) [a-z-]+)? (maakt|maken|bestelt|"
    r"bestellen) (het|de|zij|ze|hij|wij|we)\b(?![^.]*\b(alles|wat nodig)\b)"
    r"|\b(gebruiken|gebruikt|gebruik) (we |wij |ik |zij |ze )?(alleen |uitsluitend )?voor (een|1) "
    r"(ding|doel)\s*:"
    # Used for one named showing: "Die opname ... gebruikt de omroep voor de uitzending van
    # 'Dommelstroom Jong' op za 15/11" (sealed233).
    r"|\b(gebruikt|gebruiken)\b[^.;]{0,30}\bvoor (de|het|een) (uitzending|publicatie|podcast|"
    r"tentoonstelling|expositie|voorstelling|documentaire|reportage)\b"
    # The child's own card or letter sent to a named class: the sending is the use, "Groep 4
    # stuurt in december zelfgemaakte kerstkaarten naar onze partnerklas" (sealed240).
    r"|\b(stuurt|sturen|schrijft|schrijven)\b[^.;]{0,40}\b[a-z-]*(kaart|kaarten|kaartje|kaartjes|"
    r"brief|brieven|briefje|briefjes)\b[^.;]{0,20}\bnaar (onze|de|een|hun|haar|zijn) [a-z-]*(klas|"
    r"school|penvriend\w*|correspondent\w*|vriend\w*)\b"
    # The study's question, said as what the researchers want to work out: "De onderzoekers
    # willen berekenen hoeveel stroom gezinnen met tieners gemiddeld gebruiken" (sealed235).
    r"|^\W*(de|het) [a-z-]*(onderzoekers?|lectoraat|onderzoeksteam)\b[^.;]{0,30}\b(wil|willen) "
    r"(\w+ )?(berekenen|onderzoeken|weten|nagaan|uitzoeken|meten|vergelijken) (hoeveel|of|hoe|welke|"
    r"wat|waarom)\b"
)


# A choice whose item is the use itself: "Foto's van activiteiten op de openbare website",
# "Naam en groep aan Fotostudio Mauritsz voor de jaarlijkse schoolfoto". Showing the pictures
# there, or that one product, is what the data is for.
_SHOWN_IN = re.compile(
    r"\b(foto|foto's|video|video's|beeld\w*|film\w*|naam|namen|voornaam|voornamen)\b[^.;]{0,80}"
    r"\b(op|in|via) (de |het |"
    r"onze |ons )?([a-z-]+ ){0,2}(website|nieuwsbrief|schoolgids|parro|social schools|klasbord|"
    r"facebook|instagram|social media|klassenlijst|jaarboek|schoolkrant|app|groepstijdlijn|"
    r"tijdlijn|ouderportaal)\b"
)
_FOR_ONE_THING = re.compile(
    r"\bvoor (de|het) (jaarlijkse |eigen )?(?!(zorg|begeleiding|ondersteuning|hulp\w*|"
    r"samenwerking|ontwikkeling|dienstverlening|school|organisatie|administratie)\b)[a-z-]{4,}\b"
    r"\s*(;|$)"
)


# Work spared the recipient, not the parent: "Zo hoeft zij de toetsen niet opnieuw af te
# nemen" (not "Dan hoeven wij u niet steeds opnieuw toestemming te vragen").
_SPARED = re.compile(
    r"\W*\w+ (\w+ )?(hoeft|hoeven)\b(?![^.]*\b(toestemming|formulier|u|jullie|uw)\b)"
)


# Pictures made for one product or channel: "een kampfilm ... voor ons openbare YouTube-kanaal",
# "Die gebruiken we alleen voor het fotoboekje dat alle ouders krijgen".
_MADE_FOR = re.compile(
    r"\b(\w*foto'?s?|\w*video'?s?|\w*film|filmpjes?|beelden|opnames?)\b[^.;]{0,60}"
    r"\b(voor|in|op) (de |het |ons |onze |een )?([a-z-]+ ){0,2}(youtube[a-z-]*|[a-z-]*kanaal|"
    r"fotoboek\w*|[a-z-]*album|jaarboek|website|nieuwsbrief|schoolkrant|instagram|facebook)\b"
)
# A sentence that goes on about the pictures of the one before: "Die komen op de Instagram".
_THEY = re.compile(r"\W*(die|deze|ze)\b")
_PICTURE_WORD = re.compile(r"\w*(foto|video|film|beeld)")  # ("teamfoto's", "clubfilm")


def _pictures_made_for(form: Form) -> list[Sentence]:
    """Where the pictures go or what they are made for, said of the pictures themselves (or
    of "die" right after them), and not denied ("Ze komen niet op Instagram")."""
    found: list[Sentence] = []
    for at, s in enumerate(form.body):
        key = s.key
        if at and _THEY.match(key) and _PICTURE_WORD.search(form.body[at - 1].key):
            key = "foto's " + key
        if _OPEN_USES.search(key):
            continue  # "bijvoorbeeld in de nieuwsbrief of op andere plekken": not one use
        said = [*_MADE_FOR.finditer(key), *pp.PUBLISHED.finditer(key)]
        if any(not p.NEGATION.search(_clause_up_to(key, m)) for m in said):
            found.append(s)
    return found


_OPEN_USES = re.compile(
    r"\b(bijvoorbeeld|zoals|onder andere|o\.a\.|enzovoort|enz|etc|andere (plekken|plaatsen|"
    r"kanalen|media|doeleinden)|waar (we|wij) (ze|die|het|deze) (verder |ook )?(nodig hebben|"
    r"kunnen gebruiken))\b"
)


def _clause_up_to(key: str, m: re.Match[str]) -> str:
    """The clause the match stands in, up to its end: "Wij zetten geen foto's op Facebook"
    (the "geen" before the pictures denies them)."""
    start = max(key.rfind(c, 0, m.start()) for c in ".;,") + 1
    return key[start : m.end()]


def listed_picture_places(form: Form) -> list[Sentence]:
    """The lines of a list that each name a place for the pictures ("Die gebruiken we op deze
    plekken: - op onze website; - in de nieuwsbrief"); not the places they never go ("Wij
    plaatsen ze nooit: - op de website")."""
    if not form.matching(pp.PICTURES):
        return []
    found: list[Sentence] = []
    lead = ""
    for s in form.body:
        if not pp.LIST_ITEM.match(s.text):
            lead = s.key
        elif (
            pp.PICTURE_PLACE.search(s.key)
            and not s.boxes
            and not p.NEGATION.search(lead)
            and not p.NEGATION.search(s.key)
        ):
            found.append(s)
    return found


_RECORDINGS = re.compile(r"\b\w*(podcast|geluidsopname|opname|opnames|hoorspel)s?\b")


def _shows_the_pictures(form: Form, s: Sentence) -> bool:
    """Pictures shown at a named evening ("Dat vertonen we op de ouderavond", "één fragment
    laten zien in de teambijeenkomst"), not a method shown there; what the parents see in a
    letter with the pictures ("Zo ziet u wat de kinderen hebben gedaan"), not one without."""
    if _plainly(pp.SHOWN_AT, s.key):
        return bool(
            pp.PICTURES.search(s.key)
            or re.search(r"\bfragment\w*\b", s.key)
            # a recording of the voice: "De podcast met de stem van mijn kind mag worden
            # afgespeeld tijdens de presentatie voor ouders" (sealed242)
            or _RECORDINGS.search(s.key)
            or re.match(r"\W*(dat|die|deze|dit|het|ze)\b", s.key)
        )
    if not pp.SEES_THEN.match(s.key) or s not in form.body:
        return False
    at = form.body.index(s)
    before = form.body[at - 1].key if at else ""
    return not re.search(r"\b(zonder|geen) (foto|beeld|video|film)", before)


def _plainly(pattern: re.Pattern[str], key: str) -> bool:
    """Said, not denied: "Dat vertonen we op de ouderavond", not "Het filmpje tonen we niet
    op de ouderavond"."""
    return any(
        not p.NEGATION.search(key[max(0, m.start() - 30) : m.end()]) for m in pattern.finditer(key)
    )


def _of_the_child(s: Sentence) -> bool:
    """Pictures, or names and results of the child ("De tijden van de tienminutengesprekken
    komen op de website" is news, not a use of the child's data)."""
    return bool(
        re.search(r"\w*(foto|video|film|beeld)", s.key)
        or re.search(r"\b((uw|je|jullie) (kind|zoon|dochter)|van (uw|je))\b", s.key)
    )


def _knows_then(form: Form, s: Sentence) -> bool:
    """ "Dan weten wij hoe laat ..." on a form that passes something on or asks per box."""
    return bool(pp.KNOWS_THEN.match(s.key)) and (
        bool(form.choices()) or any(shares(t) for t in form.body)
    )


def _own_use(s: Sentence) -> bool:
    item = s.cells[0][1] if s.is_row and s.cells else s.key.split(";")[0]
    item = item.lower()
    return bool(_SHOWN_IN.search(item) or _FOR_ONE_THING.search(item))


def _after_the_request(form: Form, s: Sentence) -> list[Sentence]:
    """The sentence after an exchange, or after the request's own follow-up ("Mag ik de
    toets mailen? En daarna af en toe een berichtje? Dan kan hij ...")."""
    after = form.following(s, 2)[1:]
    if len(after) == 2 and not re.match(r"(en|ook|en ook|daarna|en daarna|verder)\b", after[0].key):
        return after[:1]
    return after
