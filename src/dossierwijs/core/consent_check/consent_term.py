"""How long the consent lasts (AVG art. 5 lid 1 onder e, 13 lid 2 onder a): a date, a
period or a named end, told apart from how long data are kept or when a form is handed in.

Its absence does not make consent invalid, but makes the verdict ``onvolledig``. Split from
``keeping`` (which re-exports ``judge_termijn``).
"""

from __future__ import annotations

import re

from . import duration
from . import phrases as p
from . import phrases_choice as pc
from .duration_labels import about_other_span, is_return_deadline, labels_the_consent
from .end_phrasings import SHARING_ENDS
from .form import GEBREK, OK, Form, Judgement, evidence, quoted, quotes
from .sentences import Sentence, normalise


def _about_validity(s: Sentence, previous: str = "") -> bool:
    """The sentence speaks of the consent lasting, itself or by where it stands: under a
    heading "Hoe lang geldt uw toestemming?" or in a column "Geldig tot". Not when the
    label or the question before is about something else ("Duur van de behandeling:",
    "Hoe lang duurt de behandeling?", "Until when can I hand in this form?")."""
    if about_other_span(s.key):
        return False
    if duration.about_validity(s.key):
        return True
    if duration.answers_how_long(s.key):
        return not (about_other_span(previous) or is_return_deadline(previous))
    if s.is_row:
        return any(c and labels_the_consent(normalise(h)) for h, c in s.cells)
    return labels_the_consent(normalise(s.heading))


def _once_withdrawn(s: Sentence, before: str) -> bool:
    """What is deleted after a withdrawal is no retention period: "U kunt elke toestemming
    intrekken. ... Opnames verwijderen wij dan binnen een week." """
    return bool(
        re.search(r"\bdan\b", s.key)
        and (pc.WITHDRAWAL.search(normalise(s.heading)) or pc.WITHDRAWAL.search(before))
    )


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
    r"|\b(vernietig\w*|verwijder\w*|wist|wissen|gewist|gooi\w*\b[^.;]{0,30}\b(weg|uit|eruit))\b"
    r"(?![^.;]{0,40}\b(niet|geen|niets|niks|nooit)\b)[^.;]{0,40}"
    # (a weekday between: "verwijdert het lijstje op woensdag 4 februari", sealed239)
    r"\b(uiterlijk|op|vóór|voor|na|per)( (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
    r"zondag|ma|di|wo|do|vr|za|zo))? \d{1,2} (jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|"
    r"dec|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)\b"
    # A span after one meeting, the span first: "Drie maanden na het intakegesprek verwijderen
    # wij het dossier" (sealed227); not after the child leaves, which has no date.
    r"|^\W*(\d+|een|twee|drie|vier|zes|acht|tien|twaalf) (dagen|weken|maanden|jaar) na (het|de) "
    r"(?!(vertrek|uitschrijving|uitstroom|afscheid|einde van de (inschrijving|schooltijd)))"
    r"[a-z-]*(gesprek|overleg|bijeenkomst|intake|kamp|reis|wedstrijd|les|avond|dag)\b"
    # (nor the day the child leaves, "Twee jaar na de dag van uitschrijving verwijderen wij",
    # nor a deletion denied, "... verwijderen wij niets")
    r"(?! van (de |het |zijn |haar |hun )?(uitschrijving|vertrek|uitstroom|afscheid))[^.;]{0,30}"
    r"\b(vernietig\w*|verwijder\w*|gewist|wissen)\b(?![^.;]{0,40}\b(niet|geen|niets|niks|nooit)\b)"
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
    r"gooi\w*\b[^.;]{0,40}\b(uit|eruit|weg))\b"
    # Right after the one job it is for, done once: "De namenlijst wordt direct na het
    # bedrukken van de hesjes vernietigd"; "verwijdert de bestelgegevens zodra de jacks
    # geleverd zijn" (sealed232).
    r"|\b(direct |meteen |vlak )?na het (?!einde?\b)[a-z]+en\b[^.;]{0,40}\b(vernietig\w*|verwijder\w*|"
    r"gewist|wissen|weg)\b"
    r"|\b(vernietig\w*|verwijder\w*|wist|wissen)\b[^.;]{0,40}\bzodra (de|het) [a-z-]+ (geleverd|"
    r"gemaakt|bedrukt|gedrukt|geborduurd|verstuurd|klaar|afgerond|uitgedeeld) (zijn|is)\b"
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


def _firm_ends(keys: list[str]) -> list[list[duration.End]]:
    # (not a day to hand the form in: "Graag het strookje uiterlijk 1 oktober inleveren")
    return [
        [e for e in duration.ends(key) if not e.is_open]
        for key in keys
        if not is_return_deadline(key)
    ]


# Shown for a span, then taken down: "Tot 1 september 2027 staan de verslagen met namen online",
# "Het filmpje zelf blijft 12 maanden op Instagram staan" (sealed234, sealed235).
_SHOWN_UNTIL = re.compile(
    r"\b(staan|staat|blijft|blijven)\b[^.;]{0,50}\b(online|zichtbaar|op (de |het |onze |ons )?"
    r"[a-z-]*(website|site|pagina|kanaal|instagram|facebook|youtube|tiktok))\b"
)
# ... but not a floor with more after it: "blijft in ieder geval tot 1 september online, en
# daarna ook", "werkt zeker tot 1 september, daarna blijft het album gewoon online".
_STAYS_AFTER = re.compile(
    r"\b(daarna|erna|nadien) (ook|nog|blijft|blijven|gewoon)\b|\bin ieder geval\b|\bminstens\b"
    r"|\b(ten minste|tenminste)\b"
    r"|\bzeker tot\b"
)


def _shown_until(key: str) -> bool:
    return bool(_SHOWN_UNTIL.search(key)) and not _STAYS_AFTER.search(key)


_BACK_TO_END = re.compile(
    r"\btot (die|deze|dat|dezelfde|diezelfde) (datum|dag|moment|tijd)\b|\btot dan\b"
)


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
        "|" in line and labels_the_consent(normalise(line)) for line in form.text.splitlines()
    )
    for s in form.sentences:
        before, previous = previous, s.key
        # A note in brackets under a validity field: "Geldig tot: ____" / "(uiterlijk 30 juni)".
        noted = s.text.lstrip().startswith("(") and duration.about_validity(before)
        if s.is_heading and not (noted or labels_the_consent(s.key)):
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
        if valid and not is_return_deadline(s.key):
            # A question asks, it does not state: "Hoe lang blijft mijn toestemming gelden?"
            if not s.key.endswith("?"):
                open_ended += [(s, e.phrase) for e in found if e.is_open]
            ends += [(s, e) for e in found if not e.is_open]
        elif (
            (p.RETENTION.search(s.key) or _shown_until(s.key))
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
