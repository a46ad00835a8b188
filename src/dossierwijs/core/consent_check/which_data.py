"""Which data a consent form says it shares (AVG art. 4 lid 11; overweging 42).

Named data counts wherever the form says it: in a sentence about the exchange, a box line,
a field, a list after a lead-in, a footnote, a table's data column, or as what is told
("vertellen wat wij hebben gezien"). An open phrase ("alle relevante gegevens", "het
dossier" unless the form spells the dossier out) is a defect (``data_scope``).
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_purpose as pp
from .data_scope import open_data
from .form import GEBREK, OK, Form, Judgement, evidence, footnoted, footnotes, quoted, shares
from .sentences import COLUMN_HEADS, Sentence, normalise

# The form's own title names the legal category, not what is shared: "VERKLARING ... VAN
# PERSOONSGEGEVENS, WAARONDER BIJZONDERE PERSOONSGEGEVENS".
_FORM_TITLE = re.compile(r"\b(verklaring|toestemmingsformulier|formulier|machtiging)\b")


# A pointer to the items that spell the data out: "Dat doen wij op drie manieren", "hieronder".
_ITEMS_AHEAD = re.compile(
    r"\bop (twee|drie|vier|vijf|de volgende) (manieren|punten|onderdelen)\b"
    r"|\b(hieronder|hierna)\b[^.]{0,30}\bper (punt|onderdeel|vraag)\b"
    # "... en wij geven de stukken mee die u hieronder aankruist."
    r"|\b(hieronder|hierna)\b[^.]{0,10}\b(aankruist|aanvinkt|aanklikt|kiest)\b"
    # "In de tabel hieronder staat per regel wat we willen delen" (sealed170).
    r"|\b(tabel|hieronder|hierna)\b[^.]{0,40}\bper (regel|rij|punt|onderdeel)\b[^.]{0,10}\bwat\b"
)
_DOCUMENT = re.compile(r"\w*(verslag|rapport|plan|opp|lijst|overzicht|verklaring)\b")
# A title or subject line over the items: "Toestemming: informatie over uw kind delen met ...".
_TITLE_LINE = re.compile(r"\W*(toestemming|betreft|onderwerp|subject)\s*:")


def _introduces_items(form: Form, s: Sentence) -> bool:
    """The open words sum up what separate choices below spell out."""
    if len(form.choices()) < 2:
        return False
    if _TITLE_LINE.match(s.key):
        return any(
            p.DATA_NOUN.search(t.key) or _DOCUMENT.search(t.key) for t in form.body if t is not s
        )
    return any(_ITEMS_AHEAD.search(t.key) for t in form.following(s, 1)[1:])


# The form's own title, not a section about the data: "Toestemming gegevens delen".
_FORM_TITLE = re.compile(r"\b(toestemming\w*|formulier|verklaring|machtiging)\b")


_ACCESS = re.compile(r"(inzage|inzicht|toegang|inkijk)\b")
_ONLY = re.compile(r"\b(alleen|uitsluitend|enkel|slechts|beperkt tot)\b")


def _narrowed_next(form: Form, s: Sentence) -> bool:
    """Access to the file, narrowed in the next sentence to what is taken from it."""
    return any(_ONLY.search(t.key) and p.DATA_NOUN.search(t.key) for t in form.following(s, 1)[1:])


# AVG art. 4 lid 11; overweging 42.
def judge_gegevens(form: Form) -> Judgement:
    """The form must say which data or documents are exchanged."""
    basis = "(AVG art. 4 lid 11; overweging 42)"
    vague: list[tuple[Sentence, str]] = []
    defined = any(_DOSSIER_DEFINED.search(s.key) for s in form.sentences)
    # A line read as a heading can hold the open phrase too ("Alle gegevens die de school
    # heeft over uw kind", "Gegevens | zie dossier").
    titles = [
        s
        for s in form.sentences
        if (s.is_heading or s.text.isupper()) and _FORM_TITLE.search(s.key)
    ]
    read = form.body + [s for s in form.sentences if s.is_heading]
    for s in [s for s in read if s not in titles]:
        phrase = open_data(s)
        if phrase and defined and re.fullmatch(r"het ([a-z-]+)?dossier", phrase.lower()):
            continue  # "het dossier" points back to the one the form spelled out
        at = s.key.find(phrase.lower()) if phrase else -1
        if phrase and at != -1 and footnoted(form, s, at + len(phrase)):
            continue  # "relevante gegevens²" with footnote 2 saying which
        if phrase and _ACCESS.match(phrase.lower()) and _narrowed_next(form, s):
            continue  # "inzage in het leerlingdossier. Zij nemen daaruit alleen de uitslagen ..."
        if phrase and _introduces_items(form, s):
            continue  # "... vertellen wat wij over uw kind weten. Dat doen wij op drie manieren."
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
        if s not in titles
        and not _only_this_letter(s.key)
        and (
            shares(s)
            or p.DATA_USE.search(s.key)
            or p.PICTURE_USE.search(s.key)
            or (pp.PLACED_IN.search(s.key) and pp.PICTURES.search(s.key))
            or _NAMED_IN_PASSING.search(
                s.key
            )  # "Ze schrijft alleen zijn antwoorden en leeftijd op."
            or _SPELLED_OUT.search(s.key)
            or s.boxes
            or p.SHARING.search(s.heading.lower())
            or re.match(
                r"(wat|welke gegevens|gegevens:|het gaat om|het betreft|om welke gegevens)\b",
                s.key,
            )
        )
    ]
    # Under a heading about the data. Under the form's title ("Toestemming gegevens delen")
    # these are shown only when nothing else names the data: the greeting is no evidence.
    under_title = [s for s in form.body if "gegevens" in s.heading.lower() and s not in named]
    named += [s for s in under_title if not _FORM_TITLE.search(s.heading.lower())]
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
    named += [s for s in form.body if _SPELLED_OUT.search(s.key) and s not in named]
    # The question above a yes / no names the data: "2. Mag uw kind in de opname blijven staan
    # die daarna terug te kijken is?" / "[ Ja ] [ Nee ]" (sealed116, after scoring).
    named += [
        c
        for c in form.choices()
        if _BARE_YES_NO.fullmatch(c.key)
        and (_ASKS_MAY.match(normalise(c.heading)) or _NUMBERED_ITEM.match(c.heading))
        and p.DATA_NOUN.search(normalise(c.heading))
        and not _FORM_TITLE.search(normalise(c.heading))
        and c not in named
    ]
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
    # (shown first what the form names, not what it rules out: "Voor andere dingen gebruiken
    # we de lijst niet")
    named.sort(key=lambda s: bool(p.NEGATION.search(s.key)))
    if named or under_title:
        return Judgement(
            OK,
            f"Het formulier noemt welke gegevens of documenten worden gedeeld. U weet dus "
            f"waarvoor u toestemming geeft {basis}.",
            evidence(named or under_title),
        )
    return Judgement(
        GEBREK,
        f"Het formulier zegt niet welke gegevens of documenten worden gedeeld. Zonder die "
        f"informatie kunt u niet goed kiezen {basis}.",
    )


# What is told, as a lead with the answer after a colon: "Wat ik haar zou vertellen: hoe de
# pianolessen gaan", "Wat wij doorgeven: ...".
_WHAT_IS_TOLD = re.compile(
    r"\W*wat (ik|we|wij|de school|zij|hij|jullie) (haar|hem|hen|u|jullie|jou)? ?(zou|zouden|ga|"
    r"gaan|wil|willen)? ?(vertel|vertelt|vertellen|deel|deelt|delen|doorgeef|doorgeven|geef door|"
    r"geven door|laat weten|laten weten|stuur|sturen|meestuur|meesturen|meegeef|meegeven|noem|"
    r"noemen)\b[^:?]{0,20}:"
)
# A question about the data ("Welke gegevens?", "Wat delen wij?") or a line that leads a
# list ("Bijgevoegd bij de aanvraag:"); "Shared with ...: the report" in English.
_DATA_QUESTION = re.compile(
    r"\b(welke (gegevens|informatie|info|stukken|documenten|verslagen|data)|"
    r"wat (delen|deel|sturen|stuur|geven|geef|vertellen|vertel|wisselen|wissel) (wij|we|ik)|"
    r"what (is|will be) shared|which (data|information|documents)|"
    # the passive question: "Wat wordt er genoteerd?", "Wat wordt er doorgegeven?"
    r"wat (wordt|worden) (er )?(genoteerd|gedeeld|doorgegeven|vastgelegd|bijgehouden|gestuurd|"
    r"opgeschreven|verteld|gemeten|gefilmd|opgenomen|verzameld))\b"
    r"|\b(bijgevoegd|meegestuurd|meegegeven|shared with|sent to|(will be|are|is) (shared|sent))"
    r"\b[^.?]{0,40}:"
    # A list led in by what it is about: "Het gaat om:", "Dit betreft:".
    r"|^\W*(het|dit|dat) (gaat om|betreft|zijn)\s*:\s*$"
    # A field for the data: "Type gegevens: video-opnamen", "Gegevens | NAW, BSN", "What: ...".
    r"|^\W*(wat|what)\s*[:|]\s*\S"
    r"|^\W*([a-z]+ ){0,2}(gegevens|informatie|stukken|documenten|data|info)( [a-z]+){0,2}\s*[:|]\s*\S"
    r"|^" + _WHAT_IS_TOLD.pattern
)
# What the organisation asks of the parent, above what it names: "Wat vragen we van u?" over "De
# naam en geboortedatum van uw kind, uw adres ..." (sealed224).
_ASKED_OF_YOU = re.compile(r"\bwat (vragen|vraag) (wij|we|ik) (van|aan) (u|jullie|je|jou)\b")
# The letter itself, no data passed on: "De aanmelding is pas compleet als deze pagina is
# ondertekend" (seen under gegevens in a parent walk).
_THIS_LETTER = re.compile(r"\b(deze|dit) (pagina|blad|brief|formulier)\b")


def _only_this_letter(key: str) -> bool:
    found = list(p.DATA_NOUN.finditer(key))
    return bool(found) and all(
        any(t.start() <= m.start() < t.end() for t in _THIS_LETTER.finditer(key)) for m in found
    )


_THE_FOLLOWING = re.compile(
    r"\b(de|deze) volgende (gegevens|informatie|stukken|documenten|persoonsgegevens)\b"
    # "Als u meedoet, komen deze gegevens in Lingolijn te staan:" (sealed222)
    r"|\b(deze|onderstaande|hieronder genoemde) (gegevens|informatie|stukken|documenten|"
    r"persoonsgegevens)\b"
)
# What goes onto a card or list named before: "Voor uw kind zou ik daarop willen zetten:"
# (sealed229).
_PUT_ON_IT = re.compile(
    r"\b(daarop|daarin|erop|erin|op (de|het|die|dat|deze) [\w'-]+)\b[^.:;]{0,30}\b(zetten|zet|"
    r"noteren|noteer|schrijven|opnemen|vermelden)\s*:"
)
# A lead-in that lets someone know: "We willen hem daarom twee dingen laten weten:".
_LET_KNOW = re.compile(r"\b(laten|laat) weten\b")
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
_ASKS_MAY = re.compile(r"\W*(\d{1,2}[.)]\s*)?(mag|mogen)\b[^?]*\?\s*$")
_BARE_YES_NO = re.compile(r"\W*[☐○□]\s*(ja|yes)\W*[☐○□]\s*(nee|no)\W*")
# Or a numbered item that names it: "1. Portretfoto en naam van mijn kind op de klassenpagina"
# above "○ Ja ○ Nee" (sealed209).
_NUMBERED_ITEM = re.compile(r"\s*\d{1,2}[.)]\s+\S")
# Data named without an exchange verb: written down ("Ze schrijft alleen zijn antwoorden en
# leeftijd op"), kept on a list, asked for by the recipient, shown with the piece, put in an
# account, or mentioned by the caller.
# The data spelled out in brackets: "de gegevens van het bandje (inslaaptijd, wektijd, totale
# slaapduur en hoe onrustig ze sliepen)" (sealed241).
_SPELLED_OUT = re.compile(
    r"\b\w*(gegevens|informatie|data|meetwaarden)\b( van [a-z -]{2,30})? \((?![^)]*\b(zie|art)\b)"
    r"[^()]{2,80}(,[^()]{2,80}){1,}( en |, )[^()]{2,60}\)"
)
_NAMED_IN_PASSING = re.compile(
    r"\b(schrijft|schrijven|noteert|noteren)\b[^.;]{0,60}\bop\b"
    # Noted, with what: "Wij noteren naam en mobiel nummer van mevrouw Brink" (sealed236).
    # (or the verb first: "Daarvoor slaan we de voornaam, achternaam ... op", sealed233)
    r"|\b((wij|we|ik|zij|ze) (noteren|noteer|noteert|registreren|registreert)|(slaan|sla|slaat) "
    r"(wij|we|ik|zij|ze))\b[^.;]{0,20}(?:" + p.DATA_NOUN.pattern + r")"
    # What the organisation needs, named between: "Om Sem in te schrijven hebben we zijn voor-
    # en achternaam, groep en de naam van zijn school nodig" (sealed223).
    # Put on a list named before: "Op die lijst zetten we de naam van uw kind, de namen van de
    # volwassenen die uw kind mogen ophalen en een mobiel nummer van u" (a parent walk).
    # (the data after the verb, not "Op die lijst zetten we wat nodig is")
    r"|^\W*(op|in) (die|de|deze|het|dat) [a-z-]*(lijst|overzicht|register|bestand)\b[^.;]{0,10}"
    r"\b(zetten|zet|noteren|noteert|schrijven|schrijft|komt|komen|staat|staan)\b[^.;]{0,40}(?:"
    + p.DATA_NOUN.pattern
    + r")"
    # Taken into a file or list of the organisation: "Wij willen de naam en leeftijd van Mila
    # graag opnemen in ons talentbestand" (sealed223).
    r"|\b(opnemen|opneemt|opgenomen)\b[^.;]{0,10}\bin (ons|onze|de|het|een|hun|haar|zijn) "
    r"[a-z-]*(bestand|lijst|systeem|register|overzicht|administratie)\b"
    r"|\b(hebben|heeft|heb) (we|wij|ik|zij|ze)\b[^.;]{0,60}(?:"
    + p.DATA_NOUN.pattern
    + r")[^.;]{0,60}\bnodig\b"
    # A list kept or made with the data: "Per groep houden we een lijst bij met de voor- en
    # achternaam", "een lijst van alle kinderen uit 5b met adres, telefoonnummers en
    # verjaardag" (sealed107, sealed93).
    r"|\b(houden|houdt|houd|hou)\b[^.;]{0,40}\b(lijst|overzicht|register)\w*\b[^.;]{0,10}\bbij met\b"
    r"|\b\w*(lijst|overzicht|register)\b[^.;]{0,40}\bmet (de |hun |zijn |haar |uw )?"
    r"(voornaam|achternaam|voor- en achternaam|naam|namen|adres\w*|telefoon\w*|geboortedatum|"
    r"verjaardag\w*|groep|klas|e-mail\w*)\b"
    # The recipient asks for it: "De decaan daar wil vooraf de uitslag van de interessetest"
    # (sealed91).
    r"|\b(wil|willen|vraagt|vragen)\b (graag |vooraf |alvast |ook )*(de|het|een|zijn|haar|"
    r"jouw|je|uw) \w*(uitslag|verslag|rapport|resultaten|toets|cijferlijst|oefenlijst)"
    # The name shown with the piece: "met voornaam en groep erbij", "bij zijn of haar stukken
    # staan voornaam en groep" (sealed96).
    r"|\b(voornaam|naam|achternaam)( van (je|uw|jullie) kind| en (groep|klas|leeftijd))\b"
    r"[^.;]{0,10}\berbij\b"
    r"|\b(staan|staat)\b (de |zijn |haar |hun |uw )?(voornaam|naam|achternaam) en (groep|klas|"
    r"leeftijd)\b"
    # An account made with the data: "maakt Codewerf een account aan met de voornaam, ..."
    # (sealed113, after scoring).
    r"|\b(account|profiel|inlog)\w*\b[^.;]{0,15}\b(aan )?met (de|zijn|haar) (voornaam|naam|"
    r"achternaam|schoolmail\w*|e-mailadres|leerlingnummer|groep|klas)\b"
    # What the caller mentions: "Ik noem alleen dat advies en zijn verzuim" (sealed115).
    r"|\b(ik|wij|we|zij|ze|hij) (noem|noemt|noemen) (dan |daarbij )?(alleen|enkel)\b"
    # What stands on the paper: "Daarop staat wat hij spannend vindt ... Jouw telefoonnummer
    # staat er ook op" (sealed168).
    r"|\b(daarop|daarin|hierop|hierin) (staat|staan)\b|\b(staat|staan) er (ook |verder )?(op|in)\b"
)
_DATA_HEADING = re.compile(
    r"\b(stukken|documenten|verslagen|bijlagen|documents|information shared)\b"
    # A heading that asks what is written down or passed on: "Wat schrijven de luizenouders
    # op?", "Wat geven wij door?" (sealed107, after scoring).
    r"|^\W*wat (schrijven|schrijft|noteren|noteert|geven|geeft|sturen|stuurt|delen|deelt|vertellen|"
    r"vertelt|krijgt|krijgen)\b"
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
        asked_of_you = _ASKED_OF_YOU.search(s.key)
        lead = _DATA_QUESTION.search(s.key) or asked_of_you
        # or a lead-in to a list: "Met uw akkoord mogen wij deze gegevens delen:"
        # (or one that needs them: "Daarvoor heeft de club de volgende gegevens nodig:")
        lead_in = (
            shares(s)
            or _LET_KNOW.search(s.key)
            or _THE_FOLLOWING.search(s.key)
            or _PUT_ON_IT.search(s.key)
        ) and s.key.rstrip().endswith(":")
        if not (lead or lead_in) or (_NOT_SHARED_DATA.search(s.key) and not lead_in):
            continue
        # The answer in the same line after a colon or bar, else in the lines that follow.
        value = re.split(r"[:|]", s.key[lead.start() :], maxsplit=1)[1:] if lead else []
        if value and _names_data(value[0]):
            found.append(s)
        elif value and _WHAT_IS_TOLD.match(s.key) and _concrete_answer(value[0].strip(" .")):
            found.append(s)  # "Wat ik vertel: hoe de lessen gaan", in whatever words
        after = form.following(s, 3)[1:] if s in form.body else form.under(s)[:3]
        found += [t for t in after if _names_data(t.key)]
        # The answer right after the question itself ("Wat deel ik? Alleen de woordenlijst
        # ..."): what it names is the data, in whatever words (open words are judged above).
        # ... unless the answer itself is open: "Alles wat de school heeft vastgelegd."
        # ("Wat vragen we van u?" may ask anything: "Dat u het formulier invult".)
        answer = after[0] if after and lead and s.key.endswith("?") and not asked_of_you else None
        if answer and answer not in found and not _open_answer(answer.key):
            found.append(answer)
    found += [
        s
        for s in form.body
        if len(p.DATA_NOUN.findall(s.key)) >= 2
        and "," in s.key
        and (shares(s) or p.DATA_USE.search(s.key) or _COLLECTS.search(s.key))
    ]
    return found


# An answer that names nothing: "wat zij nodig heeft", "hoe het met Noor gaat", "onze zorgen",
# "informatie over Noor", "de dingen die zij vraagt".
_NAMES_NOTHING = re.compile(
    r"\W*(wat|alles|informatie|info|gegevens|de dingen|dingen|zaken|onze zorgen|zorgen|"
    r"het nodige|hoe het (met \w+ )?gaat)\b"
)


def _concrete_answer(answer: str) -> bool:
    return bool(answer) and not _open_answer(answer) and not _NAMES_NOTHING.match(answer)


def _open_answer(key: str) -> bool:
    return bool(
        p.VAGUE_DATA.search(key)
        or re.match(r"\W*(alles|alle)\b", key)
        # left to someone else, or to the moment: "Dat bepalen de professionals in overleg,
        # afhankelijk van de situatie."
        or re.search(
            r"\b(bepalen|bepaalt|beslissen|beslist)\b|\bafhankelijk van\b|\bper situatie\b", key
        )
    )


def _names_data(key: str) -> bool:
    return bool(p.DATA_NOUN.search(key) or _EN_DATA.search(key))
