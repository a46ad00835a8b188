"""The two criteria of information the organisation owes: where the data is kept and for
how long (AVG art. 5 lid 1 onder e, 13; the advice of parents' organisations).

Their absence does not make consent invalid, but makes the verdict ``onvolledig``.
Split from ``criteria`` (which re-exports both judges).
"""

from __future__ import annotations

import re

from . import duration
from . import phrases as p
from . import phrases_choice as pc
from . import phrases_storage as ps
from .end_phrasings import SHARING_ENDS
from .form import GEBREK, OK, Form, Judgement, evidence, quoted, quotes
from .kept_by import keeps_nothing, kept_by_name, system_keeps
from .sentences import Sentence, normalise

# What a no leads to is not where data are kept: "Zegt u nee bij a, dan wordt de partij van uw
# kind niet opgenomen; zegt u nee bij b, dan staat uw kind als 'speler De Kiezel' in de lijst"
# (sealed210).
_SAID_NO = re.compile(r"\W*(zegt|kiest|geeft|kruist) (u|je|jullie) (nee|geen)\b")


# AVG art. 13; advies van ouderorganisaties (waar worden de gegevens bewaard).
def judge_opslag(form: Form) -> Judgement:
    """The form must say where the data is kept (which system or organisation)."""
    basis = "(AVG art. 13; advies van ouderorganisaties)"
    # Changing a choice is not keeping data: "Een ja kunt u weer op Nee zetten in de app".
    stored = [
        s
        for s in form.body
        if (p.STORAGE.search(s.key) or p.STORAGE.search(s.heading.lower()))
        and not pc.WITHDRAWAL.search(s.key)
        and not _SAID_NO.match(s.key)
        and (
            _about_data(s.key)
            or p.STORAGE.search(s.heading.lower())
            or _STORAGE_FIELD.match(s.key)
            or (ps.RECORD_PLACE.search(s.key) and _KEPT_OR_ACCOUNT.search(s.key))
            or _PUT_INTO_A_SYSTEM.search(s.key)
        )
    ]
    # Put into a system by its name: "Het verslag en het advies komen in ParnasSys."
    stored += [
        s
        for s in form.body
        if re.search(r"\b(komt|komen) (ook |dan |daarna )?in [A-Z][\w-]+", s.text)
        and _about_data(s.key)
        and s not in stored
    ]
    # A place under a heading that asks where: "4. Waar en hoe lang?" / "School: in ParnasSys."
    stored += [
        s
        for s in form.body
        if _WHERE_HEADING.match(s.heading.lower())
        and not pc.WITHDRAWAL.search(s.key)
        and s not in stored
    ]
    # The answer to a question about storage in the line before: "Where is it kept? In ...".
    stored += [
        s
        for asked, s in zip(form.body, form.body[1:], strict=False)
        if asked.key.endswith("?") and p.STORAGE.search(asked.key) and s not in stored
    ]
    # A place is a kind of system ("het leerlingdossier") or a proper name ("in Magister").
    placed = [s for s in stored if _names_a_place(s) and not _ONLY_SAFE.search(s.key)]
    # "Dat dossier bewaar ik twintig jaar": the place named in one of the two sentences before.
    placed += [
        s
        for at, s in enumerate(form.body)
        if s in stored
        and _POINTS_BACK.match(s.key)
        and any(_places_it(before, s) for before in form.body[max(0, at - 2) : at])
        and s not in placed
    ]
    # "Daar blijven de stukken bewaard": there, in the system the sentence before named as
    # where the data are seen or kept ("alleen in MeldPunt Veilig, het afgeschermde
    # incidentensysteem van het bestuursbureau", sealed187).
    placed += [
        s
        for at, s in enumerate(form.body)
        if s in stored
        and at
        and _THERE.match(s.key)
        and not _ONLY_DESCRIBED.match(s.key)
        and not _A_TEXT_ON_IT.search(form.body[at - 1].key)
        and _names_a_place(form.body[at - 1])
        and re.search(r"\w*(dossier|systeem|archief|portaal)\b", form.body[at - 1].key)
        and s not in placed
    ]
    placed += [s for s in system_keeps(form) if s not in placed]
    # A table with a column that says where: "| waar en hoe lang |" / "in het kinddossier van
    # Smakelijk Samen (programma SamenPlan)" (sealed170).
    placed += [s for s in form.body if s.is_row and _kept_in_column(s) and s not in placed]
    if placed:
        return Judgement(
            OK,
            f"Het formulier zegt waar de gegevens worden bewaard. Zo weet u waar u ze later kunt "
            f"opvragen of laten verwijderen {basis}.",
            evidence(placed),
        )
    # Nothing is kept at all: "De robot bewaart niets: wat uw kind zegt, wordt niet opgeslagen".
    nothing_kept = keeps_nothing(form)
    if nothing_kept and all(s in nothing_kept for s in stored):
        return Judgement(
            OK,
            f"Het formulier zegt dat er niets wordt bewaard. Twijfel: lees zelf of dat voor "
            f"alles geldt wat wordt gedeeld {basis}.",
            evidence(nothing_kept),
        )
    if stored:
        return Judgement(
            GEBREK,
            f"Het formulier zegt wel dat gegevens worden bewaard, maar niet waar (in welk systeem "
            f"of bij welke organisatie) {basis}.",
            evidence(stored),
        )
    return Judgement(
        GEBREK,
        f"Het formulier zegt nergens waar de gegevens worden bewaard. U moet weten bij wie en "
        f"in welk systeem uw gegevens komen {basis}.",
    )


_WHERE_HEADING = re.compile(
    r"\W*(\d{1,2}[.)]\s*)?(waar|where)\b"
    r"(?! (kunt|kan|can|moet|must|vind|find|gaat|gaan|dient|dienen|is it for)\b)"
    r"([^?]{0,40}\?|( en hoe lang| and (for )?how long)?\W*$)"
)


# What is kept must be the data: a document or data word, or a word that points back to it
# ("wat", "alles", "ze", "het in ..."). "De nieuwe vakantieplanning staat in de app" keeps
# the organisation's own news, not the child's data.
_POINTS_TO_DATA = re.compile(
    r"\b(gegevens|informatie|info|data|stukken|formulier|opnames?|opnamen|beelden|wat|alles|ze|"
    r"dit|deze|die|dat|hij|zij)\b"
    r"|\bhet\b\s*(in|op|bij|zit|ligt|gaat|blijft|[.,;]|$)|\b(kept|stored|saved|keeps|stores)\b"
    r"|\b(briefje|lijstje|strookje|aanvraag|aanmelding|cv|profiel|profielen|melding|meldingen)\b"
    # papers about the child, kept (sealed168, sealed169): "De instructie komt in het
    # chauffeursdossier", "Kim bewaart het paspoort in de bureaula"
    r"|\b\w*(instructie|paspoort|kaartje)s?\b|\b(het )?origineel\b"
    # What the parent or child sends and is held: "Uw antwoorden worden opgeslagen bij
    # Peilwerk", "De chatberichten worden opgeslagen in ...", "uw nummer staat in ...".
    r"|\b(antwoorden|\w*berichten|nummers?)\b"
)


# Only that it is kept safely, with no system or organisation: "in een beveiligde omgeving",
# "in de cloud".
_ONLY_SAFE = re.compile(
    r"(?<!niet )(?<!nooit )\b(in|op) (een|de) (beveiligde |veilige |digitale |afgesloten )?(omgeving|cloud|server)\b"
    r"(?![^.]{0,40}\b(van|bij) [a-z]+)"
)
_STORAGE_FIELD = re.compile(
    r"\W*(opslag\w*|bewaring|bewaarplaats|bewaarlocatie|storage|waar (wordt |worden )?bewaard|waar(?=\s*:)|"
    r"waar (kept|stored))\b[^:|]{0,20}[:|]"
)


# A record place holds the data when something is kept there or it is the child's own
# account: not "Het rooster van de logopedie staat in ParnasSys".
_KEPT_OR_ACCOUNT = re.compile(
    r"\b(bewaar\w*|bewaren|bewaard|opgeslagen|opslaan|slaat\b.{0,40}\bop|archiveren|gearchiveerd|"
    r"opslag|account|profiel|portfolio|bestand|bestanden)\b"
)


# Kept up or put into a system, whatever the thing is called: "De uren worden bijgehouden in
# de ledenadministratie", "Het uittreksel zetten wij in ons ritplanningssysteem CabLine".
_PUT_INTO_A_SYSTEM = re.compile(
    r"\b(bijgehouden|bijhouden|zetten (wij|we|ik)|zet (ik|hij|zij))\b[^.;]{0,30}\b(in|op) "
    r"(het|de|ons|onze|zijn|haar|hun) [\w-]*(systeem|administratie|dossier|portaal)\b"
)


def _about_data(key: str) -> bool:
    return bool(p.DATA_NOUN.search(key) or _POINTS_TO_DATA.search(key))


def _about_validity(s: Sentence, previous: str = "") -> bool:
    """The sentence speaks of the consent lasting, itself or by where it stands: under a
    heading "Hoe lang geldt uw toestemming?" or in a column "Geldig tot". Not when the
    label or the question before is about something else ("Duur van de behandeling:",
    "Hoe lang duurt de behandeling?", "Until when can I hand in this form?")."""
    if duration.about_other_span(s.key):
        return False
    if duration.about_validity(s.key):
        return True
    if duration.answers_how_long(s.key):
        return not (duration.about_other_span(previous) or duration.is_return_deadline(previous))
    if s.is_row:
        return any(c and duration.labels_the_consent(normalise(h)) for h, c in s.cells)
    return duration.labels_the_consent(normalise(s.heading))


def _once_withdrawn(s: Sentence, before: str) -> bool:
    """What is deleted after a withdrawal is no retention period: "U kunt elke toestemming
    intrekken. ... Opnames verwijderen wij dan binnen een week." """
    return bool(
        re.search(r"\bdan\b", s.key)
        and (pc.WITHDRAWAL.search(normalise(s.heading)) or pc.WITHDRAWAL.search(before))
    )


def _places_it(before: Sentence, s: Sentence) -> bool:
    return (
        before.heading == s.heading
        and _names_a_place(before)
        and re.search(r"\w*(dossier|systeem|archief|portaal)\b", before.key) is not None
        and bool(p.STORAGE.search(before.key) or _RECORDED.search(before.key))
    )


# A column about keeping ("opslag", "waar bewaard", "waar en hoe lang") may name the place
# by its name alone; a bare "waar" may be where it is talked about ("in het zorgoverleg",
# "tijdens het gesprek bij Kentalis"), so it must name a system or a file (outside review).
_KEEPING_COLUMN = re.compile(
    r"^(opslag|bewaard|bewaring|bewaarplaats|storage|waar (bewaard|opgeslagen|en hoe lang))\b"
)
_WHERE_COLUMN = re.compile(r"^(waar|where)\b")


def _kept_in_column(s: Sentence) -> bool:
    kept = _affirmed(s.cell(_KEEPING_COLUMN))
    if kept and (
        p.STORAGE_PLACE.search(normalise(kept))
        or re.match(r"\W*([Ii]n |[Oo]p |[Bb]ij )?([^\W\dA-Z_]+ ){0,3}[A-Z]\w+", kept)
    ):
        return True
    where = _affirmed(s.cell(_WHERE_COLUMN))
    return bool(where and p.STORAGE_PLACE.search(normalise(where)))


def _names_a_place(s: Sentence) -> bool:
    """A kind of system ("het leerlingdossier") or a proper name ("in Magister"); a bare "in
    ons systeem" names neither (whose system, which one?)."""
    if s.key.endswith("?") and not re.search(r"[.;:?]", s.key[:-1]):
        return False  # a question names no place: "En wat staat er dan in dat dossier?"
    text = _BARE_PLACE.sub(" ", _affirmed(s.text))
    return bool(
        p.STORAGE_PLACE.search(normalise(text))
        # (a name in quotes: "staan in 'Mijn Kunstkwartier', ons eigen leerlingsysteem")
        # (not an answer: "ook als u bij 'Nee' een kruisje zet")
        or re.search(
            r"\b([Ii]n|[Oo]p|[Bb]ij) ['‘\"“]?([^\W\dA-Z_]+ ){0,3}(?!(Ja|Nee|Yes|No)\b)[A-Z]\w+",
            text,
        )
        # Whose servers: "Waar staan de gegevens?: servers Vingervlug B.V., Nederland".
        or re.search(r"\b[Ss]ervers? (van )?[A-Z]\w+", text)
        # A field that names the place without a preposition: "Opslag: zaaksysteem gemeente
        # Veenhorst".
        or _field_names_place(s.key)
        # A system named after the kind: "in mijn elektronisch dossier (Intramed)".
        or re.search(r"\w*(dossier|systeem|archief|omgeving|map)\s*\([A-Z][\w-]+", text)
        or re.search(r"\b[Ii]n [A-Z]\w+'s\b", text)
        or kept_by_name(text)
    )


def _affirmed(text: str) -> str:
    """The clauses that do not deny: "De foto's bewaren we in de fotomap op de schoolserver, en
    we zetten ze niet op een USB-stick" keeps its first clause; "Ik sla de foto's niet op in
    Parro" and "dan zet ik niets van uw kind op de lijst" keep nothing (sealed113, review)."""
    clauses = re.split(
        r"[,;:]|\s(?=(?:maar|want)\s)|\s(?=(?:en|of) (?:\w+ ){0,2}(?:niet|geen|nooit|niets)\b)",
        text,
    )
    return ", ".join(c for c in clauses if c and not p.NEGATION.search(c.lower()))


def _field_names_place(key: str) -> bool:
    field = _STORAGE_FIELD.match(key)
    return bool(field and _FIELD_PLACE.match(key[field.end() :]))


_FIELD_PLACE = re.compile(r"\s*[\w-]*(systeem|dossier|archief|portaal|servers?|database)\b")


# Destroyed at a named moment, without "tot": "eind juli gooien we het weg", "na afloop van
# het schooljaar wordt het vernietigd".
# Also the day after an outing: "De dag na de schoolreis gaat het papier in de
# papierversnipperaar" (sealed100, after scoring).
_DESTROYED_AT = re.compile(
    r"\b(eind|einde|eind van|begin|na afloop van|aan het eind van|"
    r"(de|een) (dag|week) na|\w+ (dagen|weken) na|na)( de maand)? (januari|februari|"
    r"maart|april|mei|juni|juli|augustus|september|oktober|november|december|het schooljaar|"
    r"dit schooljaar|de behandeling|het traject|de schoolreis|het schoolreisje|het kamp|"
    r"de excursie|de reis|de activiteit|de wedstrijd|het toernooi|de sportdag|de uitvoering|"
    # "Na 2 maanden verwijdert de app ze", "wist het na de toetsweek" (sealed86, sealed105)
    r"(\d+|een|twee|drie|vier|zes|acht|tien) (dagen|weken|maanden|jaar)|de toetsweek|"
    r"de laatste (les|schooldag|training))\b"
    r"[^.;]{0,40}\b(vernietig\w*|verwijder\w*|gewist|wissen|wissen we|weg|\w*versnipper\w*)\b"
    # The verb first, then the day: "wist het na de toetsweek, uiterlijk 20 dec", "gooit deze
    # lijst weg na de laatste les op 24 juni" (not "verwijdert niets vóór 1 juli").
    r"|\b(vernietig\w*|verwijder\w*|wist|wissen|gewist|gooi\w*\b[^.;]{0,30}\b(weg|uit))\b"
    r"(?![^.;]{0,40}\b(niet|geen|niets|niks|nooit)\b)[^.;]{0,40}"
    r"\b(uiterlijk|op|vóór|voor|na|per) \d{1,2} (jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|"
    r"dec|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)\b"
    # When the child moves on: "Wanneer uw kind naar groep 3 gaat, verwijderen wij het
    # formulier" (sealed100).
    r"|\b(wanneer|als|zodra) (uw kind|je kind|hij|zij|[a-z]+) naar (groep \d|de brugklas|"
    r"het voortgezet onderwijs|de basisschool) gaat\b[^.;]{0,40}\b(vernietig\w*|verwijder\w*|"
    r"gewist|wissen)\b"
    # "gaat vrijdag 23 mei door de papierversnipperaar": a day of its own (not "weg", which
    # may be going away: "op 20 juni om half negen weg gaan"; nor denied: "wordt niet ...").
    r"|\b((maan|dins|woens|donder|vrij|zater|zon)dag )?(\d{1,2} (januari|februari|maart|april|mei|"
    r"juni|juli|augustus|september|oktober|november|december)|\d{1,2}-\d{1,2}-\d{4})\b"
    r"(?![^.;]{0,40}\b(niet|geen|niets|niks|nooit)\b)"
    r"[^.;]{0,40}\b(vernietig\w*|verwijder\w*|gewist|wissen|wissen we|\w*versnipper\w*|"
    r"gooi\w*\b[^.;]{0,40}\b(uit|weg))\b"
)


def _destroyed_at(key: str) -> bool:
    """Destroyed at a named moment, and not denied just after the verb ("Na 2 maanden
    verwijderen wij de foto's niet, maar ..."), nor asked for by the parent ("Een foto laten
    verwijderen kunt u vragen ... op 20 juni")."""
    return any(
        not re.search(r"\b(niet|geen|nooit)\b", key[m.start() : m.end() + 25])
        and not re.search(
            r"\blaten (verwijderen|wissen|vernietigen)\b|\b(kunt|kan) (u|je)\b", m.group(0)
        )
        for m in _DESTROYED_AT.finditer(key)
    )


# The sentence before puts the data somewhere: "Ik maak een notitie in het dossier van ...".
_RECORDED = re.compile(
    r"\b(notitie\w*|noteer\w*|noteren|vastleggen|vastgelegd|leg\w* \w+ vast|zet\w*|komt in|komen in|"
    r"staat in|staan in|opslaan|opgeslagen|archiver\w*|gearchiveerd|dossier)\b"
    # "Ik maak een kort verslagje in ParnasSys."
    r"|\b(maak|maakt|maken)\b[^.]{0,30}\b\w*(verslag|notitie|aantekening)\w* in\b"
)
_POINTS_BACK = re.compile(
    r"\W*(dat|dit|die|deze|het) ([a-z-]+ )?([a-z-]*(dossier|verslag|notitie|notities|systeem|"
    r"map|bestand|document|documenten|formulier|archief)(je|jes)?)\b"
    r"|\W*(dat|dit|die|deze) (bewaren|bewaar|bewaart|houden|staat|blijft) (we|wij|ik|zij|hij)?\b"
)
_THERE = re.compile(
    r"\W*(daar|daarin|hierin) (\w+ )?(bewaar\w*|blijf\w*|blijven|slaan|slaat|staat|staan|komt|komen)\b"
)
# "Daarin staat ook hoe lang wij gegevens bewaren": what a text says, not where data are kept;
# a policy or a letter on a portal is no place for the child's data (outside review).
_ONLY_DESCRIBED = re.compile(
    r"\W*(daar|daarin|hierin) staat (ook |verder )?(hoe|wat|dat|welke|beschreven)\b"
)
_A_TEXT_ON_IT = re.compile(
    r"\b\w*(reglement|beleid|verklaring|statement|brochure|schoolgids|nieuwsbrief|folder)\b"
)
_BARE_PLACE = re.compile(r"\b(in|op) (ons|onze|het) (systeem|administratie|computer)\b(?! van\b)")


def _firm_ends(keys: list[str]) -> list[list[duration.End]]:
    # (not a day to hand the form in: "Graag het strookje uiterlijk 1 oktober inleveren")
    return [
        [e for e in duration.ends(key) if not e.is_open]
        for key in keys
        if not duration.is_return_deadline(key)
    ]


_BACK_TO_END = re.compile(r"\btot (die|deze|dat|dezelfde) (datum|dag|moment|tijd)\b|\btot dan\b")


# The consent itself is one-off: "Het is eenmalig", "Het gaat om deze ene meting".
_ONE_OFF = re.compile(r"\beenmalig\w*\b|\b(dit|deze) ene\b")


# Kept for the child's time at school, an end the school's own rules give; not "voor
# onbepaalde tijd", and not while the exchange goes on ("... en delen het zolang ...").
_KEPT_WHILE_AT_SCHOOL = re.compile(r"(zolang|tot (het )?(eind|einde)|eind|einde|aan het eind)\b")
_GOES_ON_SHARING = re.compile(
    r"\b(delen|deelt|sturen|stuurt|doorsturen|uitwisselen|wisselen|geven|geeft|bespreken)\b"
)


# AVG art. 5 lid 1 onder e; art. 13 lid 2 onder a.
def judge_termijn(form: Form) -> Judgement:
    """The form must say how long the consent is valid (a date, a period or a named end)."""
    basis = "(AVG art. 5 lid 1 onder e en art. 13 lid 2 onder a)"
    open_ended: list[tuple[Sentence, str]] = []
    ends: list[tuple[Sentence, duration.End]] = []
    retention: list[Sentence] = []
    # A filled-in field ("Geldig tot: 16-07-2027") states an end as well as a sentence does,
    # and so does a line read as a heading that holds its answer ("Termijn | einde
    # schooljaar 2025-2026").
    previous = ""
    recent: list[str] = []
    # A table with a column "Hoe lang" whose rows a scan broke: each row's date is its end.
    column = any(
        "|" in line and duration.labels_the_consent(normalise(line))
        for line in form.text.splitlines()
    )
    for s in form.sentences:
        before, previous = previous, s.key
        # A note in brackets under a validity field: "Geldig tot: ____" / "(uiterlijk 30 juni)".
        noted = s.text.lstrip().startswith("(") and duration.about_validity(before)
        if s.is_heading and not (noted or duration.labels_the_consent(s.key)):
            continue
        found = duration.ends(s.key)
        # "Dan kan zij ... tot de zomervakantie herhalen. Tot die datum geldt je ja."
        if not found and _BACK_TO_END.search(s.key) and duration.about_validity(s.key):
            found = next((e for e in _firm_ends(recent) if e), [])
        recent = [s.key, *recent[:1]]
        if not found:
            # (not when the same data stays elsewhere: "...; in Parro blijft het staan")
            if (
                p.RETENTION.search(s.key)
                and _destroyed_at(s.key)
                and not re.search(r"\b(blijft|blijven)\b", s.key)
            ):
                retention.append(s)
            continue
        in_column = column and ("|" in s.text or s.is_row)
        # "Het is eenmalig: alleen voor deze intake": a one-off exchange is its own end.
        once = any(e.kind == "eenmalig" for e in found) and bool(_ONE_OFF.search(s.key))
        window = any(end.search(s.key) for end in SHARING_ENDS)
        valid = _about_validity(s, before) or in_column or noted or once or window
        if valid and not duration.is_return_deadline(s.key):
            # A question asks, it does not state: "Hoe lang blijft mijn toestemming gelden?"
            if not s.key.endswith("?"):
                open_ended += [(s, e.phrase) for e in found if e.is_open]
            ends += [(s, e) for e in found if not e.is_open]
        elif (
            p.RETENTION.search(s.key)
            and any(not e.is_open for e in found)
            and not _once_withdrawn(s, before)
        ):
            retention.append(s)
    # "Uw toestemming geldt tot en met 31 januari 2025. ... De verslagen blijven in Magister
    # zolang Julia bij ons op school zit": the consent ends on its date; how long the school
    # keeps what it has is said besides, not an open end of the consent.
    if any(duration.about_validity(s.key) and e.kind in ("datum", "periode") for s, e in ends):
        open_ended = [
            (s, phrase)
            for s, phrase in open_ended
            if duration.about_validity(s.key)
            or not p.RETENTION.search(s.key)
            or not _KEPT_WHILE_AT_SCHOOL.match(phrase)
            or _GOES_ON_SHARING.search(s.key)
        ]
    if open_ended:
        return Judgement(
            GEBREK,
            f"De toestemming heeft geen echt einde: {quoted(open_ended)}. "
            f"Toestemming moet een einddatum hebben of eindigen met een genoemd traject, en de "
            f"gegevens mogen niet langer bewaard worden dan nodig {basis}.",
            evidence(s for s, _ in open_ended),
        )
    if ends:
        firm = any(
            e.kind in ("datum", "periode", "eenmalig", "vakantie") or "schooljaar" in e.phrase
            for _, e in ends
        )
        doubt = (
            ""
            if firm
            else " Twijfel: er staat geen datum, alleen het einde van een traject; vraag een "
            "einddatum als u het niet zeker weet."
        )
        return Judgement(
            OK,
            f"Het formulier zegt tot wanneer de toestemming geldt "
            f"({quotes(e.phrase for _, e in ends)}). Daarna mag er niets meer "
            f"worden gedeeld zonder nieuwe toestemming {basis}.{doubt}",
            evidence([s for s, _ in ends] + retention),
        )
    if retention:
        return Judgement(
            OK,
            f"Het formulier zegt tot wanneer de gegevens worden bewaard. Twijfel: er staat niet "
            f"apart tot wanneer de toestemming zelf geldt; vraag daar een datum voor {basis}.",
            evidence(retention),
        )
    return Judgement(
        GEBREK,
        f"Het formulier zegt niet hoe lang de toestemming geldt. Zonder einddatum blijft de "
        f"toestemming open staan {basis}.",
    )
