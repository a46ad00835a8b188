"""Open purposes ("indien nodig", "voor een goede begeleiding", "goed te laten verlopen")
where they bear on an exchange, and where such words are no purpose of the exchange: a
general wish above exchanges that give their own reasons, the parent's own option, a talk
with the parent, how a withdrawal is passed on, a wider circle of recipients (AVG art. 4
lid 11, art. 6 lid 1 onder a; overweging 32 en 42). Split from ``purpose``.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from . import phrases_purpose as pp
from .form import Form, shares
from .narrowing import anchored
from .purpose_denied import adjusts_if_needed, opens_the_data, ruled_out, what_a_message_says
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
# A refusal asked as a question: "Wilt u dit niet?", "Geeft u geen toestemming?".
_REFUSAL_ASKED = re.compile(
    r"\b(wilt|wil|geeft|geef|zegt|kiest|kies) (u|je|jij|jullie)\b[^.?]{0,20}\b(niet|geen|nee)\b"
    r"[^.?]{0,20}\?$"
)
_PARENT_OPTION = re.compile(r"\b(kunt|kan|mag|moet) (u|je|jij|jullie)\b")
# How a withdrawal just named is carried out: "Wij verwerken dat binnen een week en laten het
# zo nodig de redactie of de school weten." Its "zo nodig" is about who hears of the no.
_CARRYING_OUT = re.compile(
    r"\W*(wij|we|ik|de school|zij|ze|dan|daarna)\b[^.]{0,20}\b(verwerk\w*|regel\w*|geven\b"
    r"[^.]{0,30}\bdoor|laten\b[^.]{0,40}\bweten|meld\w*|informer\w*|brengen\b[^.]{0,30}\bop de hoogte)"
    # (what it passes on is the no itself, "dat" or "het", not a new exchange: "Wij
    # informeren zo nodig ook de jeugdarts over de uitslag" is one)
    r"(?=[^.]*\b(dat|dit|het|uw (keuze|intrekking|nee))\b)(?![^.]*\book\b)"
)


# What is done to carry out a withdrawal or a change of mind: the vlog adapted, taken down, the
# change passed on; not a new exchange ("ook").
# (taken off a place, the change passed on: not "Zo nodig halen wij informatie op van de vorige
# school", "Indien nodig geven wij gegevens door aan de jeugdarts")
_UNDOING = re.compile(
    r"\b(passen|pas|past)\b[^.;]{0,30}\baan\b|\b(halen|haal|haalt)\b[^.;]{0,40}\b(weg|eraf|"
    r"offline|(van|uit) (het|de|ons|onze) [a-z-]*(kanaal|website|site|account|pagina|app|platform|"
    r"tijdlijn|nieuwsbrief|lijst|map|dossier|systeem))\b|\bverwijder\w*|\b(geven|geeft) (we|wij|"
    r"ik|de school) (het|dat|dit|die|uw keuze|de wijziging|uw besluit)\b[^.;]{0,30}\bdoor\b"
)


def _undoes_a_change_of_mind(before: str, key: str) -> bool:
    return bool(
        (pc.WITHDRAWAL.search(before) or pc.CHANGE_OF_MIND.search(before))
        and _UNDOING.search(key)
        and not re.search(r"\book\b", key)
    )


_BACK_TO_EXCHANGE = re.compile(
    r"\W*(dat|dit) ((doen|delen|sturen|geven|vragen) (wij|we|ik)\b|(is|zijn) (zodat|om|omdat|"
    r"bedoeld|nodig|voor|ten behoeve)\b)"
)
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
        and not ruled_out(s.key, m.start(), m.end())
        and not _who_now_and_later(s, m)
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


def _who_now_and_later(s: Sentence, m: re.Match[str]) -> bool:
    """ "geven aan de vervoerder of vervoerders die het vervoer uitvoeren, nu en later": who
    gets it, now and in future (open recipients), or when ("nu en later in het traject"), not
    what it is for: no purpose stands before it (sealed122, sealed168)."""
    if not m.group(0).startswith("nu en"):
        return False
    if re.match(r" in (het|de|dit|deze)\b", s.key[m.end() :]):
        return True
    markers = list(p.PURPOSE_MARKER.finditer(s.key[: m.start()]))
    if not (markers or _PURPOSE_HEADING.search(s.heading.lower())):
        return True
    # The recipients stand between the purpose and the words: "Om het vervoer te regelen,
    # geven wij het plan aan de vervoerders die het uitvoeren, nu en later" (outside review).
    between = s.key[markers[-1].end() if markers else 0 : m.start()]
    return bool(re.search(r"\b(aan|met|naar) (de|het|een|alle)\b", between))


def vague_purposes(form: Form) -> list[tuple[Sentence, str]]:
    """Open purposes ("indien nodig", "voor een goede begeleiding") where they bear on an
    exchange. Exchanges that give their own reason ("zodat", "om ... te"): a general wish in
    the introduction ("Om de overstap goed te laten verlopen, vragen wij u ...") is not theirs."""
    vague = _catch_all_purposes(form)
    reasons_at = [
        at
        for at, s in enumerate(form.body)
        if ((shares(s) or s.boxes or s.is_row) and _gives_a_reason(s.key))
        or (shares(s) and _followed_by_its_reason(form, s))
    ]
    reasoned = bool(reasons_at)
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
                and (_gives_a_reason(s.key) or _followed_by_its_reason(form, s))
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
        # ... also in the next sentence: "U kunt een ja op elk moment weer intrekken ... Wij
        # passen het dan aan en laten het zo nodig aan Praktijk Kleine Stappen weten" (sealed226)
        if (
            at
            # (not "Tot dan geeft de praktijk uw gegevens zo nodig ook aan andere sprekers
            # door": until the withdrawal is the exchange itself)
            and re.match(r"\W*((?!tot\b)[a-z]+ ){1,4}dan\b", s.key)
            and pc.WITHDRAWAL.search(form.body[at - 1].key)
        ):
            continue
        if re.search(r"\bdan\b", s.key) and any(
            _REFUSAL_ASKED.search(t.key) for t in form.body[max(0, at - 2) : at]
        ):
            continue  # "Wilt u dit niet? Dat is goed! Uw kind krijgt dan de teksten op papier en
            # ik lees voor als dat nodig is": the other way, not what the data are for (sealed129)
        if at and pc.WITHDRAWAL.search(form.body[at - 1].key) and _CARRYING_OUT.match(s.key):
            continue
        if at and _undoes_a_change_of_mind(form.body[at - 1].key, s.key):
            continue  # "Beslist u later anders, ... Binnen een week passen we de vlog aan; zo
            # nodig halen we hem eerst van het kanaal" (sealed242, sealed237)
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
                # ("Ik wil daarbij informatie over Sem kunnen delen als dat nodig is".)
                r"\btoestemming\b|\b(wisselen|delen) (wij|we)\b|\b((willen|wil) (wij|we|ik)|"
                r"(ik|wij|we) (wil|willen))\b[^.,;]{0,60}\b(indien nodig|zo nodig|waar nodig|"
                r"als dat nodig is)\b"
                r"|\bkan het nodig zijn dat\b",
                s.key,
            )
        )
        if (
            reasoned
            and at < first_choice
            and (boxed or _points_ahead(form, at))
            and not (under_purpose or asks or _labels_a_bare_choice(form, s))
            # (The reason must be another's, below it, or a concrete one of its own: "Voor een
            # goede begeleiding willen we ... delen, zodat zij Daan indien nodig kunnen
            # ondersteunen" above bare yes/no choices gives only open words, sealed117.)
            and (
                any(other != at for other in reasons_at)
                or _own_reason_is_concrete(s)
                or _a_reason_elsewhere(form, at)
            )
        ):
            continue  # "Voor een goede start maken wij een overdracht", above reasoned choices
        if _PARENT_OPTION.search(s.key) and not shares(s):
            continue  # "indien nodig kunt u een tolk vragen": the parent's option, not a purpose
        if _OWN_LEGAL_TASK.search(s.key) and not (shares(s) or asked_for):
            continue  # "Als leerplichtambtenaar moet ik onderzoeken wat er aan de hand is"
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
            and not ruled_out(s.key, m.start(), m.end())
            and not anchored(s, m)
            # (Taking contact is the exchange itself when it is what the consent is asked for:
            # "toestemming om, indien nodig, contact op te nemen met de school", sealed118.)
            and not (_CONTACT_US.search(_clause_of(s.key, m.start())) and not asked_for)
            and not _calls_the_parent(s.key, m)
            and not _one_of_the_options(s, m)
            and not what_a_message_says(s.key, m)
            and not opens_the_data(s.key, m)
            and not adjusts_if_needed(s.key, m)
        )
        m = next(found, None)
        if m:
            vague.append((s, _whole_verb(s.key, m)))
    return vague


def _gives_a_reason(key: str) -> bool:
    """A purpose marker that gives a reason: not the consent's own object, "ik geef
    toestemming om de stukken te delen met het jeugdteam" (sealed171)."""
    return any(
        not (m.group(0).startswith("om ") and re.search(r"\btoestemming\s*$", key[: m.start()]))
        for m in p.PURPOSE_MARKER.finditer(key)
    )


# The writer's own duty by law, which needs no consent: "Als leerplichtambtenaar moet ik
# vervolgens onderzoeken wat er aan de hand is" (sealed115, after scoring).
_OWN_LEGAL_TASK = re.compile(
    r"\bals (leerplichtambtenaar|leerplichtconsulent|rmc-consulent|jeugdarts|"
    r"jeugdverpleegkundige)\b[^.]{0,20}\b(moet|moeten) (ik|wij|we) (\w+ )?(onderzoeken|nagaan|"
    r"uitzoeken|vaststellen)\b"
)


# An introduction that announces the exchanges below it: "een paar dingen ... Ik noem ze
# hieronder apart".
_AHEAD = re.compile(
    r"\b(hieronder|hierna|onderstaande?|een paar dingen|een aantal (zaken|dingen|punten))\b"
    # "Om dit goed te laten verlopen hebben we twee vragen aan u." (sealed207)
    r"|\b(hebben|heb|stellen|stel) (wij|we|ik) (u )?(twee|drie|vier|enkele|een paar|een aantal) "
    r"vragen\b"
    # The exchanges listed below, each with its own reason (sealed204).
    r"|\bde volgende (uitwisselingen|stappen)\b[^.]*:\s*$"
)


def _points_ahead(form: Form, at: int) -> bool:
    # (Not "de volgende gegevens: ...": a list in the sentence itself, whose only purpose the
    # wish then is. Each point below is not checked for a reason of its own: a meeting point
    # says what it is for in what it settles, "Daarin maken we afspraken over ...".)
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


_ABOUT_THE_LETTER = re.compile(
    r"\b(formulier|strookje|antwoordstrook|brief|inleveren|lever|retour|terugsturen|invullen|"
    r"ondertekenen|reageren)\b|\b(u|jullie|je|jou) (te )?(informeren|laten weten|op de hoogte)\b"
)


def _one_of_the_options(s: Sentence, m: re.Match[str]) -> bool:
    """ "( ) wekelijks ( ) een paar keer per jaar ( ) alleen als het echt nodig is": an answer
    among three or more to a question of how often, not the purpose (sealed124)."""
    labels = [b.label.lower() for b in s.boxes]
    return (
        len(labels) >= 3
        and any(m.group(0) in label for label in labels)
        and any(_HOW_OFTEN.search(label) for label in labels)
    )


_HOW_OFTEN = re.compile(
    r"\b(dagelijks|wekelijks|maandelijks|jaarlijks|per (dag|week|maand|jaar)|keer|nooit|altijd)\b"
)


def _a_reason_elsewhere(form: Form, at: int) -> bool:
    """ "De school gebruikt dit om de juf van groep 1 voor te bereiden": a reason beside the
    introduction, in words that are not open (not what a refusal or a withdrawal brings, nor
    the parent's own option: "U bent welkom om aan te sluiten")."""
    return any(
        p.PURPOSE_MARKER.search(t.key)
        and not any(not anchored(t, m) for m in p.VAGUE_PURPOSE.finditer(t.key))
        and not (
            pc.WITHDRAWAL.search(t.key)
            or pc.NO_DETRIMENT.search(t.key)
            or _ON_REFUSAL.search(t.key)
            or _PARENT_OPTION.search(t.key)
            or re.search(r"\b(welkom|vrij|verplicht)\b", t.key)
            # (nor the letter's own business: "Lever dit formulier vóór 1 juni in, zodat wij
            # de overdracht kunnen plannen", "Wij sturen u deze brief om u te informeren")
            or _ABOUT_THE_LETTER.search(t.key)
        )
        or (t.is_row and t.cell(p.PURPOSE_COLUMN))
        for t in form.body[:at] + form.body[at + 1 :]
    )


def _own_reason_is_concrete(s: Sentence) -> bool:
    """ "..., zodat de nieuwe school weet welke toetsen Sem al heeft gemaakt": the sentence
    gives a reason of its own, in words that are not open."""
    markers = list(p.PURPOSE_MARKER.finditer(s.key))
    if not markers:
        return False
    # (the last marker: "Voor een goede start ..., zodat de mentor weet ..." has two)
    reason = re.split(r"[.;]", s.key[markers[-1].start() :], maxsplit=1)[0]
    return not any(not anchored(s, m) for m in p.VAGUE_PURPOSE.finditer(reason))


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


# A call or note to the parent, if needed: "en u zo nodig bellen", "zodat zij u zelf kunnen
# bellen als dat nodig is" (sealed170, sealed171). The parent hears it; no purpose is open.
_PARENT_CALLED = re.compile(
    r"\b(u|jullie|je)\b( [a-z]+){0,5} (bellen|mailen|appen|opbellen|terugbellen)\b"
    r"|\b(bellen|mailen|appen) (wij|we|ik|zij|ze|hij) (u|jullie|je)\b"
)


def _calls_the_parent(key: str, m: re.Match[str]) -> bool:
    near = key[max(0, m.start() - 45) : m.end() + 45]
    # (only the bare "if needed": "als er meer informatie nodig is" leaves the use open)
    bare = re.fullmatch(
        r"(zo|indien|waar|wanneer|als|voor zover)( dat| het)? nodig( is| blijkt| lijkt)?",
        m.group(0),
    )
    return bool(bare and _PARENT_CALLED.search(near))


def _clause_of(key: str, at: int) -> str:
    """The part of the sentence between semicolons (or colons) that holds position ``at``."""
    start = max(key.rfind(";", 0, at), key.rfind(":", 0, at)) + 1
    ends = [i for i in (key.find(";", at), key.find(":", at)) if i != -1]
    return key[start : min(ends) if ends else len(key)]


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
