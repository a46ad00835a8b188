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
from .purpose_implied import implied_purposes
from .sentences import Sentence

# "Neem bij vragen contact op", "wij vragen het opnieuw": how to reach us, not a purpose.
_CONTACT_US = re.compile(
    r"\bopnieuw\b|\bcontact ?op\b|\bneem\w*\b[^.]{0,30}\bcontact\b|\bcontactpersoon\b|"
    r"\bbij vragen\b|\b(bel|mail|app) (gerust|ons|mij|me)\b|\bbelt\b[^.;]{0,40}\bterug\b"
)
# What happens when the parent says no: "Vult u niets in of kiest u nee, dan ... wij bellen u
# dan als uw kind iets nodig lijkt te hebben".
_ON_REFUSAL = re.compile(
    r"\b(kiest|zegt|antwoordt|kruist|vinkt) (u|je|jij|jullie)\b[^.,;]{0,20}\bnee\b[^.]{0,20}, dan\b"
    r"|\b(vult|levert) (u|je|jij|jullie) niets in\b[^.]{0,40}, dan\b"
)
_PARENT_OPTION = re.compile(r"\b(kunt|kan|mag|moet) (u|je|jij|jullie)\b")
# How a withdrawal just named is carried out: "Wij verwerken dat binnen een week en laten het
# zo nodig de redactie of de school weten." Its "zo nodig" is about who hears of the no.
_CARRYING_OUT = re.compile(
    r"\W*(wij|we|ik|de school|zij|ze|dan|daarna)\b[^.]{0,20}\b(verwerk\w*|regel\w*|geven\b"
    r"[^.]{0,30}\bdoor|laten\b[^.]{0,40}\bweten|meld\w*|informer\w*|brengen\b[^.]{0,30}\bop de hoogte)"
)


# AVG art. 4 lid 11, art. 6 lid 1 onder a; overweging 32 en 42.
def judge_doel(form: Form) -> Judgement:
    """Each purpose must be concrete: what the exchange is for, now."""
    basis = "(AVG art. 4 lid 11 en art. 6 lid 1 onder a; overweging 32 en 42)"
    vague = _vague_purposes(form)
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


_BACK_TO_EXCHANGE = re.compile(
    r"\W*(dat|dit) ((doen|delen|sturen|geven|vragen) (wij|we|ik)\b|(is|zijn) (zodat|om|omdat|"
    r"bedoeld|nodig|voor|ten behoeve)\b)"
)
_NOBODY = re.compile(r"\b(niemand|niets|niks|nergens|nooit)\b")
_PURPOSE_HEADING = re.compile(r"^\W*(waarom|waarvoor|doel|purpose|why)\b")


# The consent asked, with what it is for: "Wij vragen u toestemming om ... contact op te nemen".
_CONSENT_TO = re.compile(
    r"\b((vragen|vraag) (wij|we|ik)|(wij|we) vragen|ik vraag) (u|uw|jullie|je|jouw)\b[^.]{0,20}"
    r"\btoestemming om\b"
)
# A conversation with the parents themselves: "Ik wil graag met u en Daan in gesprek".
_TALK_WITH_PARENT = re.compile(
    r"\bmet (u|jullie|jou|je)\b( en [\w']+)?( graag)? (in gesprek|spreken|praten|bespreken|"
    r"kennismaken)\b"
    # "bespreken we met u hoe we dat kunnen aanvragen"
    r"|\b(bespreken|overleggen|praten|spreken) (we|wij|ik) (dat |dit |het )?(eerst |dan )?"
    r"met (u|jullie|jou|je)\b"
    # "We gaan samen kijken wat er nodig is": the parent and the helper, together.
    r"|\b(we|wij) (gaan )?samen (kijken|bekijken|zoeken|uitzoeken|nadenken)\b"
)


def _catch_all_purposes(form: Form) -> list[tuple[Sentence, str]]:
    return [
        (s, m.group(0))
        for s in form.body
        for m in [pp.CATCH_ALL.search(s.key)]
        if m
        and not pc.WITHDRAWAL.search(s.key)
        and not ruled_out(s.key, m.start())
        and (
            shares(s)
            or pp.USE_OR_PURPOSE.search(s.key)
            or _PURPOSE_HEADING.search(s.heading.lower())
            or p.DATA_USE.search(s.key)
            # a purpose of its own: "Zo houden wij de lijnen kort, nu en later"
            or p.PURPOSE_MARKER.search(s.key)
            or _SO_THAT.match(s.key)
            or re.match(r"\W*dan\b", s.key)
        )
    ]


def ruled_out(key: str, start: int) -> bool:
    """The open words are denied: "Wij gebruiken deze gegevens niet voor andere doeleinden"."""
    return bool(re.search(r"\b(niet|nooit|geen)\b( \w+)?\s*$", key[max(0, start - 25) : start]))


def _vague_purposes(form: Form) -> list[tuple[Sentence, str]]:
    """Open purposes ("indien nodig", "voor een goede begeleiding") where they bear on an
    exchange. Exchanges that give their own reason ("zodat", "om ... te"): a general wish in
    the introduction ("Om de overstap goed te laten verlopen, vragen wij u ...") is not theirs."""
    vague = _catch_all_purposes(form)
    reasoned = any(
        (shares(s) or s.boxes or s.is_row) and p.PURPOSE_MARKER.search(s.key) for s in form.body
    ) or any(shares(s) and _followed_by_its_reason(form, s) for s in form.body)
    choices = form.choices()
    first_choice = form.body.index(choices[0]) if len(choices) >= 2 else -1
    boxed = first_choice >= 0
    if not boxed and reasoned:
        # A reply per point has no boxes: the introduction stands above the first exchange
        # that gives its own reason ("Om de terugkeer goed te laten verlopen, wil ik een paar
        # dingen delen. Punt 1 ... Zo kan meester Jelle aansluiten").
        first_choice = next(
            (
                at
                for at, s in enumerate(form.body)
                if shares(s)
                and not p.VAGUE_PURPOSE.search(s.key)
                and (p.PURPOSE_MARKER.search(s.key) or _followed_by_its_reason(form, s))
            ),
            -1,
        )
    for at, s in enumerate(form.body):
        if (
            pc.WITHDRAWAL.search(s.key)
            or pc.NO_DETRIMENT.search(s.key)
            or _ON_REFUSAL.search(s.key)
        ):
            continue  # what follows a withdrawal or a refusal is no purpose of the exchange
        if at and pc.WITHDRAWAL.search(form.body[at - 1].key) and _CARRYING_OUT.match(s.key):
            continue
        # A section headed "Waarom?" or "Doel" is the purpose itself, never an introduction.
        # So is a sentence that names itself the purpose: "Het doel hiervan is ...".
        under_purpose = bool(
            _PURPOSE_HEADING.search(s.heading.lower())
            or re.match(
                r"\W*(het )?doel (hiervan|daarvan|van (dit|deze|het)\b[^.]{0,30}|is)\b", s.key
            )
            # "De overdracht is bedoeld voor de continuïteit van zorg."
            or re.match(r"\W*(de|het|deze|dit) [a-z-]+ (is|zijn) bedoeld (voor|om)\b", s.key)
        )
        # The consent asked for an exchange ("toestemming te geven om het OPP te delen met ...,
        # ten behoeve van een goede begeleiding") is never a mere introduction either.
        # Nor is the exchange itself, made conditional: "willen wij indien nodig kunnen
        # overleggen met de ambulant begeleider".
        # So is the consent asked for contact at the organisation's discretion: "toestemming
        # om, wanneer het team dat voor een goede begeleiding nodig vindt, contact op te nemen".
        asked_for = bool(_CONSENT_TO.search(s.key)) or _says_why_it_is_asked(form, at)
        asks = asked_for or (
            shares(s)
            and re.search(
                r"\btoestemming\b|\b(wisselen|delen) (wij|we)\b|\b(willen|wil) (wij|we|ik)\b"
                r"[^.,;]{0,15}\b(indien nodig|zo nodig|waar nodig|als dat nodig is)\b"
                r"|\bkan het nodig zijn dat\b",
                s.key,
            )
        )
        if (
            reasoned
            and at < first_choice
            and (boxed or _points_ahead(form, at))
            and not (under_purpose or asks or _labels_a_bare_choice(form, s))
        ):
            continue  # "Voor een goede start maken wij een overdracht", above reasoned choices
        if _PARENT_OPTION.search(s.key) and not shares(s):
            continue  # "indien nodig kunt u een tolk vragen": the parent's option, not a purpose
        if _TALK_WITH_PARENT.search(s.key) and not shares(s):
            continue  # "met u in gesprek om te begrijpen wat er speelt": a talk, no exchange
        # "Dat doen wij ter ondersteuning van Noor, waar dat nodig blijkt": the exchange before.
        about_exchange = shares(s) or _BACK_TO_EXCHANGE.match(s.key)
        if (
            reasoned
            and not (about_exchange or p.DATA_USE.search(s.key) or s.boxes or s.is_row)
            and not (under_purpose or asked_for)
        ):
            continue
        found = (
            m
            for m in p.VAGUE_PURPOSE.finditer(s.key)
            if not _widens_recipients(s, m)
            and not ruled_out(s.key, m.start())
            and not anchored(s, m)
            and not _CONTACT_US.search(_clause_of(s.key, m.start()))
        )
        m = next(found, None)
        if m:
            vague.append((s, _whole_verb(s.key, m)))
    return vague


# An introduction that announces the exchanges below it: "een paar dingen ... Ik noem ze
# hieronder apart".
_AHEAD = re.compile(
    r"\b(hieronder|hierna|onderstaande?|de volgende|een paar dingen|een aantal (zaken|dingen|punten))\b"
)


def _points_ahead(form: Form, at: int) -> bool:
    return any(_AHEAD.search(t.key) for t in form.body[at : at + 2])


# What the consent just asked for brings about: "Wij vragen uw toestemming om ... uit te
# wisselen. Zo blijven wij op de hoogte en kunnen we, waar dat nodig blijkt, ...".
_SO_THAT = re.compile(r"\W*(zo|daarmee|hiermee|op die manier|zodoende)\b")


def _followed_by_its_reason(form: Form, s: Sentence) -> bool:
    """ "Slim Verder krijgt van ons de planning. Elke maand één keer. Zo kan de begeleider de
    planning voor de komende weken maken.": an exchange with its own reason just after it."""
    so = r"(^|[.;:] )\W*zo (kan|kunnen|weet|weten)\b"
    # (a reason in open words is no reason of its own: "Zo kan de juf hem beter helpen.")
    return any(
        (p.CONSEQUENCE_AFTER.match(t.key) or re.search(so, t.key))
        and not any(not anchored(t, m) for m in p.VAGUE_PURPOSE.finditer(t.key))
        for t in form.following(s, 2)
    )


def _says_why_it_is_asked(form: Form, at: int) -> bool:
    return bool(
        at and _SO_THAT.match(form.body[at].key) and _CONSENT_TO.search(form.body[at - 1].key)
    )


_BARE_CHOICE = re.compile(r"\W*(ja|nee|yes|no)\W*(of|/)?\W*(ja|nee|yes|no)\W*")


def _labels_a_bare_choice(form: Form, s: Sentence) -> bool:
    """ "1. Mijn kind mag besproken worden in het ZAT, voor een goede begeleiding." with
    "Ja / Nee" alone on the next line: the item the parent answers, not an introduction."""
    after = form.following(s, 1)[1:]
    return bool(after) and _BARE_CHOICE.fullmatch(after[0].key) is not None


def _whole_verb(key: str, m: re.Match[str]) -> str:
    """The phrase with the verb that "laten" or "doen" governs, as a school will read it
    quoted back: "zo goed mogelijk te laten verlopen", not "... te laten"."""
    phrase = m.group(0)
    if phrase.endswith((" laten", " doen")):
        verb = re.match(r" [a-z]+", key[m.end() :])
        if verb:
            phrase += verb.group(0)
    return phrase


def _clause_of(key: str, at: int) -> str:
    """The part of the sentence between semicolons (or colons) that holds position ``at``."""
    start = max(key.rfind(";", 0, at), key.rfind(":", 0, at)) + 1
    ends = [i for i in (key.find(";", at), key.find(":", at)) if i != -1]
    return key[start : min(ends) if ends else len(key)]


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
    pictures = bool(form.matching(pp.PICTURES))
    stated += [
        s
        for s in form.choices()
        if (_own_use(s) or (pictures and pp.PLACE_FIRST.match(s.key))) and s not in stated
    ]
    # "meekijken hoe we Daan beter kunnen helpen met zijn taalontwikkeling": a purpose in
    # general words, narrowed to one subject; weak, so the judgment keeps its twijfel.
    markers += [
        s
        for s in form.body
        if any(narrowed(s.key, m) for m in p.VAGUE_PURPOSE.finditer(s.key)) and s not in markers
    ]
    return stated, [s for s in markers if s not in stated]


# A choice whose item is the use itself: "Foto's van activiteiten op de openbare website",
# "Naam en groep aan Fotostudio Mauritsz voor de jaarlijkse schoolfoto". Showing the pictures
# there, or that one product, is what the data is for.
_SHOWN_IN = re.compile(
    r"\b(foto|foto's|video|video's|beeld\w*|film\w*|naam|namen)\b[^.;]{0,80}\b(op|in|via) (de |het |"
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


def _widens_recipients(s: Sentence, m: re.Match[str]) -> bool:
    """ "Zo nodig betrekt zij ook andere deskundigen": "zo nodig" opens the list of
    recipients (a defect of ``ontvangers``), not the purpose of the exchange. Sharing "waar
    nodig" ("delen wij, waar nodig, met ...") leaves the purpose itself open."""
    if "nodig" not in m.group(0):
        return False
    # "en waar nodig andere zorgverleners": the words qualify the parties that follow.
    after = s.key[m.end() : m.end() + 60]
    if re.match(r"\W*((met|aan|naar|bij) )?(ook )?(andere|overige|meer|extra|nog)\b", after) and (
        p.VAGUE_RECIPIENT.search(after) or p.PARTY_WORD.search(after)
    ):
        return True
    if p.PURPOSE_MARKER.search(s.key) or shares(s):
        return False
    return bool(p.VAGUE_RECIPIENT.search(s.key) or p.OPEN_LIST.search(s.key))
