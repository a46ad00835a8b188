"""Open groups of recipients on a consent form ("alle betrokken instanties", "derden",
"zoals ... en andere"), and the ways a form closes such a group again: a list below it, a
footnote, words that point back to organisations named before, a count ("twee externe
partijen"). AVG art. 13 lid 1 onder e; overweging 42. Split from ``form``.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import Form, footnoted, in_stored_subject, organisation_names, same_clause, shares
from .lemmas import shares_by_lemma
from .participants import others_named
from .phrases_recipients import ONE_UNNAMED
from .sentences import Sentence

# A pointer to the list that follows: "Hieronder staat precies met wie", "namelijk:".
_FORWARD_LIST = re.compile(
    r"\b(hieronder|hierna|onderstaande?|op de volgende)\b[^.]{0,40}\b(met wie|wie|welke "
    r"(organisaties|partijen|instanties|personen)|per (organisatie|instantie|partij|ontvanger))\b"
    r"|\b(met|aan|naar) (anderen|andere \w+), (namelijk|te weten)\b"
    # The group itself pointed down to: "bij de instanties hieronder".
    r"|\b(instanties|organisaties|partijen|personen|hulpverleners|anderen) (hieronder|hierna)\b"
)
# A choice per item announced after an open group in an introduction: "Wij willen graag met
# anderen samenwerken. Daarvoor hebben we per punt uw toestemming nodig."
_PER_ITEM_AHEAD = re.compile(
    r"\bper (punt|instantie|organisatie|partij|regel|rij|onderdeel)\b[^.]{0,40}\b(toestemming|"
    r"kiezen|kiest|ja of nee)\b"
    r"|\b(kies|kiest|kiezen|kruis\w*|vink\w*)\b[^.]{0,20}\bper (punt|instantie|organisatie|partij|"
    r"regel|rij|onderdeel)\b"
    # "Wij vragen daarvoor uw toestemming per onderdeel", "Elke keuze staat los van de andere".
    # (not a withdrawal: "u kunt uw toestemming intrekken, per regel of helemaal")
    r"|\b(vragen|vraag)\b[^.]{0,30}\btoestemming\b[^.]{0,20}\bper (punt|instantie|organisatie|"
    r"partij|regel|rij|onderdeel)\b"
    r"|\btoestemming (nodig|vragen)\b[^.]{0,10}\bper (punt|instantie|organisatie|partij|regel|rij|"
    r"onderdeel)\b"
    r"|\b(elke|iedere) (keuze|vraag|regel) staat los\b"
)
# The subject line of a letter: "Betreft: toestemming contact met anderen".
_SUBJECT_LINE = re.compile(
    r"^\W*(betreft|onderwerp|subject)\b\s*:"
    # Or a sentence naming the topic: "Dit formulier gaat alleen over het contact met anderen."
    r"|^\W*(dit|deze) (formulier|brief|vragenlijst|strookje)( \w+)? (gaat|gaan) (alleen |"
    r"uitsluitend |enkel )?over (het |de )?(contact|samenwerking|samenwerken|overleg) met "
    r"anderen\W*$"
)
_WHO_FIELD = re.compile(r"\W*(wie|aan wie|met wie|naar wie|ontvanger\w*)\b[^:?]{0,25}[:?]")
_AN_ITEM = re.compile(r"^\s*(\(?([ivx]{1,4}|\d{1,2}|[a-h])[.)]|[-•*–])\s", re.IGNORECASE)


_COUNTED = re.compile(r"\b(twee|drie|vier|vijf|zes|[2-6]|beide|deze)( \w+)?\s*$")
_DATA_LEAD = re.compile(r"\b(volgende |deze )?(gegevens|informatie|stukken|documenten)\s*:?\s*$")
# The data announced before who gives them: "vragen wij de volgende gegevens over uw kind op bij
# de vervolgopleiding en bij andere onderwijspartners:" (sealed131).
_NEXT_DATA = re.compile(r"\bde volgende (gegevens|informatie|stukken|documenten)\b")


def _capitalised(text: str, words: str) -> bool:
    """The words open a field of their own in a block of fields ("... 2025-2026 Mogelijke
    school: VSO De Bolderberg"), read as one sentence."""
    found = re.search(rf"(?<!\w){re.escape(words)}(?=\s*[:|])", text, re.IGNORECASE)
    return found is not None and found.group(0)[0].isupper()


_ANNOUNCES_PARTS = re.compile(
    # (not the data pointed to: "We delen de gegevens hieronder met ... externe deskundigen")
    r"(?<!gegevens )(?<!informatie )(?<!stukken )(?<!dan )"
    r"\b(hieronder|hierna|de volgende|op (twee|drie|vier|vijf) (manieren|punten)|"
    r"(twee|drie|vier|vijf) (onderwerpen|onderdelen|punten|manieren|vragen))\b"
)


def _named_choices(form: Form) -> int:
    """Choices with boxes that each name an organisation: the list a topic line refers to."""
    return sum(1 for c in form.choices() if c.boxes and organisation_names([c]))


_BY_EXAMPLE = re.compile(r"\b(bijvoorbeeld|zoals|onder andere|o\.a\.|denk aan)\b")


def _listed_below(form: Form, s: Sentence) -> bool:
    """An open group announced and then closed by a list the form points to: "wil Ilse
    soms informatie uitwisselen met anderen. Hieronder staat precies met wie"."""
    if any(_FORWARD_LIST.search(t.key) for t in form.following(s, 1)):
        return True
    # Not when the group is one of the items: "(II) overige betrokken zorgverleners", nor when
    # it is given by examples: "met externe begeleiders, bijvoorbeeld van het
    # samenwerkingsverband" (the numbered steps below say what they do, not who they are).
    if _AN_ITEM.match(s.text) or _BY_EXAMPLE.search(s.key):
        return False
    # The sentence itself announces the list: "Hieronder vindt u drie onderwerpen waarbij wij
    # gegevens met anderen willen delen", "werken wij op drie manieren samen met anderen",
    # each with a choice of its own or named in a numbered item.
    boxed = [c for c in form.choices() if c.boxes or c.is_row]
    items = [t for t in form.body if re.match(r"^\s*(\d{1,2}|[a-h])[.)]\s", t.text)]
    if _ANNOUNCES_PARTS.search(s.key) and (len(boxed) >= 2 or len(organisation_names(items)) >= 2):
        return True
    # The choice per row may come a few sentences on: "... werkt samen met anderen. Meldingen
    # doen wij op grond van de wet. Voor de samenwerking hieronder vragen wij wel
    # toestemming. Kruis per regel ja of nee aan."
    if any(_PER_ITEM_AHEAD.search(t.key) for t in form.following(s, 3)):
        return True
    # A subject line names the topic of a letter that asks per item further on.
    if _SUBJECT_LINE.match(s.key) and (
        any(_PER_ITEM_AHEAD.search(t.key) for t in form.body) or _named_choices(form) >= 2
    ):
        return True
    # A lead-in to the list itself: "Toestemming voor contact met anderen — kies per regel:"
    # over box lines or items that each name one.
    # Or the sentence after it leads in the list: "... met anderen. Wij vragen u daarom
    # toestemming om contact op te nemen met:" over "1. de groepsleerkracht ...".
    for lead in form.following(s, 1):
        after = form.following(lead, 1)[1:]
        if _DATA_LEAD.search(lead.key) or _NEXT_DATA.search(lead.key):
            continue  # "Het gaat om de volgende gegevens:" lists the data, not who gets it
        # (and the items name who gets it, not which papers: "Zet een kruisje bij wat u goed
        # vindt:" over "□ een kopie van het vaccinatieboekje", sealed123)
        if lead.text.rstrip().endswith(":") and any(
            (t.boxes or re.match(r"^\s*([-•*–]|\d{1,2}[.)])\s", t.text))
            and (p.PARTY_WORD.search(t.key) or organisation_names([t]))
            for t in after
        ):
            return True
    return False


def _points_back(form: Form, s: Sentence, m: re.Match[str]) -> bool:
    """ "onze partners", "deze partijen" after the same section named two organisations:
    the words point back to them ("Omdat het om één afspraak met onze partners gaat")."""
    if s not in form.body:
        return False
    # "de (andere) partners" when the form opens with its list: "Partners in dit arrangement:"
    # over the named organisations.
    # ("Daarnaast ... met andere ketenpartners die ... betrokken raken": more of them, not those.)
    word = re.search(r"\b(partners|partijen|deelnemers)\b", m.group(0))
    more = re.search(r"\b(daarnaast|bovendien|verder|ook nog)\b", s.key[: m.start()])
    if word and not more and re.match(r"(de|alle|andere|de andere) ", m.group(0)):
        lead = re.compile(rf"^\W*{word.group(1)}\b[^.]{{0,40}}:\s*$")
        for at, t in enumerate(form.sentences):
            if lead.match(t.key) and len(organisation_names(form.sentences[at + 1 : at + 6])) >= 2:
                return True
        # ... or when the form asks a choice per partner, each on its own box line ("[ ] ja
        # [ ] nee  Lindenhof Jeugd-GGZ"): "de partners" are those.
        if len(organisation_names([t for t in form.body if t.boxes])) >= 2:
            return True
    if not re.match(r"(onze|deze|beide|die|genoemde|bovengenoemde) ", m.group(0)):
        return False
    # An item of its own that shares with them: "• ... worden gedeeld met onze partners en
    # sponsors" is a new exchange, not a word for the organisations named in other items.
    if shares(s) and re.match(r"\W*([-•*▪–]|[a-z0-9]{1,2}[.)])\s", s.text):
        return False
    before = [t for t in form.body[: form.body.index(s)] if t.heading == s.heading]
    # (organisations, not a feast or a teacher: "vlak voor Pinksteren", "Juf Miriam neemt de
    # viering op video" named nobody the words could point back to, sealed189)
    named = {n for n in organisation_names(before) if not _NOT_AN_ORGANISATION.match(n)}
    return len(others_named(form, before, named)) >= 2


_NOT_AN_ORGANISATION = re.compile(
    r"(juf|meester|mevrouw|meneer|dhr|mw|mr|mrs|pinksteren|pasen|kerst|kerstmis|kerstfeest|"
    r"sinterklaas|ramadan|suikerfeest|offerfeest|hemelvaart|eén|één|een)\b",
    re.IGNORECASE,
)


# The guests of an event open to all, not recipients: "een open huis voor iedereen die ooit bij
# ons op school zat" (sealed202).
_OPEN_TO_ALL = re.compile(
    r"\b(open huis|open dag|feest|reunie|viering|markt|voorstelling|inloop|borrel) (open )?voor\s*$"
)
# Who is entitled to something, not who receives the data (sealed85, after scoring).
_ENTITLED = re.compile(r"\b(heeft|hebben|krijgt|krijgen) recht op\b")
# A named place where something is published, whose readers are anyone by design.
_PUBLISHED = re.compile(
    r"\b(schoolgids|website|facebook\w*|instagram|nieuwsbrief|jaarboek|krant|publicati\w*|"
    # (a board in the hall too, sealed200; not the digital board in a classroom)
    r"openbaar|www\.\S+|(prik|mededelingen|informatie|foto)?bord\b)"
)
# The helpers of one outing: "Ik ga mee als begeleider op 15 oktober", "de andere
# begeleiders" (sealed220: "alle begeleiders" of that day is a closed group).
# ("als begeleider" only going along: not a job, "werkt als begeleider passend onderwijs";
# review of sealed220's change)
_HELPERS_OF_AN_OUTING = re.compile(
    r"\bmee\w*\b[^.?!]{0,30}\bals begeleider\b|\bals begeleider\b[^.?!]{0,30}\bmee\w*\b"
    r"|\bde andere begeleiders\b"
    r"|\bbegeleiders? (die )?(mee ?gaan|mee ?gaat|mee ?lopen|mee ?loopt|mee ?rijden|mee ?rijdt)\b"
)
# ... but the helpers of an organisation stay open: "alle begeleiders van onze stichting".
_OF_AN_ORGANISATION = re.compile(
    r"\s*van (de|het|onze|ons|uw) [\w-]*(stichting|organisatie|vereniging|samenwerkingsverband|"
    r"bestuur|school|scholen|instelling|team|dienst)\b"
)
# "alle betrokkenen", "met betrokkenen" are recipients only where something goes to them: not
# "Dank aan alle betrokkenen", "Alle betrokkenen hebben een geheimhoudingsplicht", "de privacy
# van alle betrokkenen" (data subjects) (review of sealed220's change).
_GOES_TO = re.compile(
    r"\b(krijgt|krijgen|ontvangt|ontvangen|stuurt|sturen|gestuurd|verstuurd|verstuurt|versturen|"
    r"deelt|delen|gedeeld|door|doorgeven|doorgegeven|geeft|geven|gegeven|inzien|"
    r"(gaat|gaan) (\w+ )?(naar|aan)|"
    r"informeren|mailen|gemaild|zichtbaar|te zien|bekend|bespreken|bespreekt|besproken|"
    r"overleg\w*)\b"
)
_NAMED_SERVICES = re.compile(r"\b(brandweer|ambulance|politie)")
# The group as subject of a sentence saying it gets nothing: "Anderen, zoals ouders van
# teamgenoten of leden van andere teams, zien niets."
_SEE_NOTHING = re.compile(
    r"[^.;]{0,80}\b(zien|ziet|krijgen|krijgt|ontvangen|ontvangt|horen|lezen|hebben|heeft) (er )?"
    r"(niets|niks|geen (toegang|inzage|gegevens|foto'?s|informatie))\b"
    # "Anderen, zoals ouders van teamgenoten, kunnen de lijst niet zien"
    r"|[^.;]{0,80}\b(kunnen|kan|mogen|mag) (er |het |dat |die |de [a-z-]+ )?(niets|niks|niet) "
    r"(zien|inzien|lezen|bekijken)\b"
)
_EMERGENCY = re.compile(r"\b(noodgeval\w*|nood|noodsituatie\w*|spoed\w*|112|ongeval\w*)\b")
# A rule of secrecy, not a recipient of this exchange: "Informatie verstrekken wij uitsluitend
# aan derden indien u daarvoor uitdrukkelijk toestemming hebt gegeven", "nooit zonder uw
# toestemming aan anderen".
_ONLY_WITH_CONSENT = re.compile(
    r"\b(uitsluitend|alleen|enkel)\b[^.]{0,60}\b(indien|als|wanneer|met|na)\b[^.]{0,40}"
    r"\b(toestemming|akkoord|goed ?vind\w*|goedkeuring|instemt|instemmen)\b"
    # or by law: "Gegevens gaan alleen naar anderen als de wet dat verplicht."
    r"|\b(uitsluitend|alleen|enkel)\b[^.]{0,60}\b(indien|als|wanneer)\b[^.]{0,10}\b(de )?wet\b"
    r"|\b(nooit|niet)\b[^.]{0,60}\bzonder\b[^.]{0,30}\b(toestemming|akkoord)\b"
    # "Voordat ik iets bij anderen opvraag of met anderen deel, wil ik uw toestemming."
    r"|^\W*(voordat|voor|eer) (ik|wij|we)\b[^.]{0,80}\b(wil|willen|vraag|vragen)\b[^.]{0,20}"
    r"\b(uw|jullie|je|jouw) toestemming\b"
    # "Andere partijen ontvangen zonder nieuwe, schriftelijke toestemming niets."
    r"|\bzonder\b[^.]{0,40}\b(toestemming|akkoord)\b[^.]{0,20}\b(niets|niks|geen|niet)\b"
)


_ASKS_THE_PARENT = re.compile(r"\W*(zijn|is) er\b[^.?]*\?")
_BOX_START = re.compile(r"\[\s?\]|\(\s?\)|[☐□○]")


# "De gegevens worden niet gedeeld met Apple, met de makers van andere apps of met andere
# organisaties": the group ends a list of those who get nothing. Not after a turn: "niet
# met de buurt, maar wel met andere organisaties".
_TURN = re.compile(
    r"\b(maar|wel|alleen|behalve|tenzij|dan|zodat|omdat|als|wanneer|ook)\b|\ben (wij|we|de|zij|ze)\b|[;:]"
)


def _ends_a_denied_list(key: str, start: int) -> bool:
    denials = list(p.NEGATION.finditer(key[:start]))
    if not denials:
        return False
    between = key[denials[-1].end() : start]
    return len(between) < 120 and not _TURN.search(between)


def _with_note_below(form: Form, s: Sentence) -> Sentence:
    after = form.sentences.index(s) + 1
    note = form.sentences[after] if after < len(form.sentences) else None
    if note is None or not re.match(r"\W*in te vullen door\b", note.key):
        return s
    return Sentence(text=f"{s.text} {note.text}", heading=s.heading, is_fill_in=True)


# Help for the parent with their own dealings (sealed123, after scoring).
_HELPS_THE_PARENT = re.compile(
    r"\b(helpt|helpen|ondersteunt|ondersteunen|begeleidt|begeleiden) (u|jullie|je|jou)\b"
    r"[^.;]{0,40}\b(bij|met) (afspraken|contacten|gesprekken|brieven|formulieren|aanvragen)\b"
)


def open_recipient_groups(
    form: Form,
) -> tuple[list[tuple[Sentence, str]], list[tuple[Sentence, str]]]:
    """Open groups of recipients ("alle betrokken instanties", "derden", "zoals ... en andere").

    Returns (strong, weak): strong ones sit in a sentence about sharing data or in an open
    list; weak ones only describe who takes part and count unless the form closes the list.
    A group in a negated clause ("andere personen nodigen wij niet uit") does not count.
    """
    strong: list[tuple[Sentence, str]] = []
    weak: list[tuple[Sentence, str]] = []
    # A blank line the organisation fills in later is a field too: "Ontvangende partij: ____
    # (in te vullen door de school)".
    # So is a blank whose note below says who fills it in: "Naam organisatie: ____" over
    # "(in te vullen door de consulent na het keukentafelgesprek)".
    fill_ins = [_with_note_below(form, s) for s in form.sentences if s.is_fill_in]
    for s in form.body + fill_ins:
        if pc.WITHDRAWAL.search(s.key) or (p.STORAGE.search(s.key) and not shares(s)):
            continue
        if _ASKS_THE_PARENT.match(s.key):
            continue  # an intake question: "Zijn er andere behandelaars betrokken? ____"
        if _HELPS_THE_PARENT.search(s.key) and not shares(s):
            continue  # "Zij helpt u bij afspraken met instanties": the parent's own contacts
        m = p.VAGUE_RECIPIENT.search(s.key) or p.OPEN_LIST.search(s.key)
        # The boxes after the item ("[ ] akkoord [ ] niet akkoord") negate nothing in it.
        before_boxes = _BOX_START.split(s.key, maxsplit=1)[0]
        # (boxes in the middle of a row: "... ☐ ☐ schriftje. Deze foto's gaan alleen naar u,
        # niet naar anderen." is judged on its own words)
        words = before_boxes if m and m.start() < len(before_boxes) else s.key
        if not m or same_clause(words, min(m.start(), len(words)), p.NEGATION):
            continue
        # "We geven niets door aan ... of aan andere organisaties dan hierboven genoemd."
        if re.search(r"\b(niets|niks|niet|geen|nooit)\b", s.key[: m.start()]) and re.match(
            r"\s*dan (hier)?(boven|hierboven|eerder|genoemd)\b", s.key[m.end() :]
        ):
            continue
        if _ends_a_denied_list(s.key, m.start()):
            continue
        if re.search(r"\bouders van (de |alle )?(andere )?$", s.key[: m.start()]):
            continue  # "de ouders van de andere betrokken leden": those of one incident (sealed171)
        if in_stored_subject(s.key, m.start()) or _listed_below(form, s):
            continue
        if footnoted(form, s, m.end()) or _points_back(form, s, m):
            continue
        if _COUNTED.search(s.key[: m.start()]):
            continue  # "met twee externe partijen": a counted group, named where it is listed
        if _ONLY_WITH_CONSENT.search(s.key):
            continue  # a principle ("aan derden alleen met uw toestemming"), not this exchange
        if (
            m.group(0) == "alle begeleiders"
            and _HELPERS_OF_AN_OUTING.search(form.text.lower())
            and not _OF_AN_ORGANISATION.match(s.key, m.end())
        ):
            continue  # the parents who go along on one trip, a group the letter is sent to
        if re.fullmatch(r"(alle|met|aan|naar) betrokkenen", m.group(0)) and not (
            shares(s) or _GOES_TO.search(s.key) or s.boxes or s.is_row
        ):
            continue  # thanked, bound to secrecy or whose privacy it is: no recipients
        if "hulpdienst" in m.group(0) and (
            _EMERGENCY.search(s.key) or len(set(_NAMED_SERVICES.findall(form.text.lower()))) >= 2
        ):
            continue  # "bij een noodgeval de hulpdiensten informeren": 112, a closed group;
            # or those the form names ("brandweer, ambulancedienst en politie", sealed239)
        if re.match(r"\W*$", s.key[: m.start()]) and _SEE_NOTHING.match(s.key, m.end()):
            continue  # "Anderen, zoals ouders van teamgenoten ..., zien niets." (sealed239)
        if m.group(0).startswith(("iedereen", "ieder ")) and _PUBLISHED.search(s.key):
            continue  # "Schoolgids | Iedereen die de schoolgids leest": the channel is named
        if m.group(0).startswith(("iedereen", "ieder ")) and (
            _THOSE_PRESENT.match(s.key, m.end())
            or not (
                shares(s)
                or p.DATA_NOUN.search(s.key)
                or _TOLD.search(s.key)
                or s.boxes
                or s.is_row
                or shares_by_lemma(s.heading.lower())  # under "Wie krijgen het?"
            )
        ):
            continue  # "open voor iedereen die even samen wil zijn", "krijgt iedereen die
            # aanwezig was": no data, or those at one meeting (sealed181, sealed186)
        if (
            m.group(0).startswith(("iedereen", "ieder "))
            and _CHECKED_WHETHER.search(s.key[: m.start()])
            and not _PASSED_ON.search(s.key, m.end())
        ):
            continue  # "controleert of iedereen die binnenkomt bij de groep hoort" (sealed189)
        if (
            m.group(0).startswith(("iedereen", "ieder "))
            and _OPEN_TO_ALL.search(s.key[: m.start()])
            and not (_PASSED_ON.search(s.key, m.end()) or re.search(r"\berom vra", s.key))
        ):
            continue  # "een open huis voor iedereen die ooit bij ons zat": guests (sealed202)
        if m.group(0).startswith(("iedereen", "ieder ")) and _ENTITLED.search(s.key, m.end()):
            continue  # "iedereen die zich op tijd aanmeldt, heeft recht op een plek": a right
        label = (
            re.match(r"\W*(alle |de )?$", s.key[: m.start()]) or _capitalised(s.text, m.group(0))
        ) and re.match(r"\s*[:|]\s*\S", s.key[m.end() :])
        if label and not re.search(r"\b(bijvoorbeeld|denk aan|zoals|o\.a\.|onder andere)\b", s.key):
            continue  # a label ("Betrokken hulpverleners: de logopedist van ..."): its value says
        is_strong = (
            shares(s)
            or p.OPEN_LIST.search(s.key)
            or p.VAGUE_PURPOSE.search(s.key)
            or s.boxes
            or s.is_row  # a row is an exchange of its own
            or _AN_ITEM.match(s.text)  # "- en eventueel andere betrokkenen" ends a list of names
            or shares_by_lemma(s.heading.lower())  # the answer under "Wie krijgen het?"
            or _WHO_FIELD.match(s.key)  # "Wie ziet het: de twee trainers ... en ..."
            # The one who will do the work, picked later: "Het onderzoek wordt gedaan door een
            # onderzoeksbureau dat wij als school later kiezen" (sealed99, after scoring).
            or ONE_UNNAMED.search(s.key)
        )
        phrase = m.group(0)
        # Quote who fills the blank in, not the blank: "in te vullen door de consulent".
        phrase = phrase[phrase.find("in te vullen") :] if "in te vullen" in phrase else phrase
        (strong if is_strong else weak).append((s, phrase))
    strong += [
        (s, m.group(0))
        for s in form.body
        for m in [NOT_YET_KNOWN.search(s.key)]
        if m
        and (
            m.group(1) == "wie"
            or _WHICH_PARTY.match(m.group(0))
            or p.PARTY_WORD.search(s.key[max(0, m.start() - 60) : m.end()])
        )
        and (s, m.group(0)) not in strong
    ]
    return strong, weak


# Those checked, not those who receive: "controleert een bestuurslid bij de ingang of
# iedereen die binnenkomt bij de groep hoort".
# (not when the sentence passes the data on to them: "kijkt of iedereen die bij de zorg
# betrokken is het verslag nodig heeft, en stuurt het dan door", outside review)
_PASSED_ON = re.compile(
    r"\b(krijgt|krijgen|ontvangt|ontvangen|nodig (heeft|hebben)|stuurt|sturen|deelt|delen|door|"
    r"doorgeven|geeft|geven|inzien|inziet)\b"
)
_CHECKED_WHETHER = re.compile(
    r"\b(controleert|controleren|controleer|nagaan|nagegaan|gaat na|gaan na|kijkt|kijken|checkt|"
    r"checken|telt|tellen|zien|ziet)\b[^.;:]{0,50}\bof\s*$"
)


# Told or shown, in other words than passing on: "handig als iedereen die met haar te maken
# heeft op de hoogte is" (sealed61).
_TOLD = re.compile(
    r"\b(op de hoogte|informeren|geinformeerd|ingelicht|inzien|inzage|krijgt|krijgen|ontvangt|"
    # (not remembering: "Iedereen die daar vorige zomer heeft getraind, weet het nog", sealed230)
    r"ontvangen|(weet|weten)(?! (het|dat|dit) nog\b))\b"
)
# Those at one meeting, past: not "iedereen die bij de ondersteuning is betrokken", nor an
# audience to come, "iedereen die aanwezig is op de open dag" (outside review).
_THOSE_PRESENT = re.compile(
    r"\s*(er )?(aanwezig|erbij|bij (het|de|dit|dat|deze) \w+) (was|waren)\b(?! (\w+ )?betrokken\b)"
    r"|\s*(er )?(aan|bij) (het|de|dit|dat|deze) \w+ (deelnam|deelnamen|meedeed|meededen)\b"
)


# Who gets it is not known yet: "Welk bedrijf dat precies wordt, weten wij nog niet",
# "Wie dat wordt, weten we nog niet", "welke het voor Luuk wordt, weten we nog niet" (4 of 4
# such forms labelled a defect of ontvangers, to sealed172), "Welke praktijk dat wordt, is nog
# niet bekend". Not which of those named, nor who of the parents: "Wie van u beiden komt".
_WHICH_PARTY = re.compile(
    r"welke? (bedrijf|organisatie|instelling|instantie|praktijk|school|persoon|[a-z]*(aanbieder|"
    r"vervoerder|begeleider|hulpverlener|deskundige|specialist|therapeut|logopedist|bureau))"
    r"(s|en|n)?\b"
)
NOT_YET_KNOWN = re.compile(
    r"\b(wie|welke?)\b(?! van (u|jullie|hen|ons|beiden)\b)[^.;]{0,40}(\b(weten|weet) (wij|we|ik)\b"
    r"( \w+)?( nu)? nog niet|\bis (nu )?nog (niet bekend|onbekend|niet duidelijk))\b"
)
