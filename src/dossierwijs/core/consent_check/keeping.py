"""Where the data is kept, one of the two criteria of information the organisation owes (AVG
art. 13; the advice of parents' organisations). The other, how long, is ``consent_term``
(re-exported here for older callers).

Their absence does not make consent invalid, but makes the verdict ``onvolledig``.
Split from ``criteria`` (which re-exports both judges).
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from . import phrases_storage as ps
from .consent_term import judge_termijn  # noqa: F401  (re-exported)
from .form import GEBREK, OK, Form, Judgement, evidence
from .kept_by import keeps_nothing, kept_by_name, kept_on_paper_only, system_keeps
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
        if (
            re.search(r"\b(komt|komen) (ook |dan |daarna )?in [A-Z][\w-]+", s.text)
            # or into the recipient's own register: "De lijst komt in hun bezoekersregistratie"
            # (sealed233)
            or re.search(
                r"\b(komt|komen) (ook |dan |daarna )?in (hun|haar|zijn|ons|onze) [a-z-]*"
                r"(registratie|administratie|systeem|dossier|archief)\b",
                s.key,
            )
        )
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
    # A field that asks where, in words of its own: "• Waar het staat: in LeerlingNet" (sealed236).
    stored += [s for s in form.body if _STORAGE_FIELD.match(s.key) and s not in stored]
    # The answer to a question about storage in the line before: "Where is it kept? In ...".
    stored += [
        s
        for asked, s in zip(form.body, form.body[1:], strict=False)
        if asked.key.endswith("?") and p.STORAGE.search(asked.key) and s not in stored
    ]
    # A place is a kind of system ("het leerlingdossier") or a proper name ("in Magister").
    # (a safe server beside a place owned by a name is no "only safe": "staan in de
    # beheeromgeving van Sensa Klimaat BV, op een server in Nederland", sealed230)
    placed = [
        s
        for s in stored
        if _names_a_place(s)
        and not (_ONLY_SAFE.search(s.key) and not _OWNED_BY_NAME.search(s.text))
    ]
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
    placed += [
        s for s in form.body if s in stored and _THERE_IN_ONE.search(s.key) and s not in placed
    ]
    placed += [s for s in system_keeps(form) + kept_on_paper_only(form) if s not in placed]
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
    # (and the file: "Het bestand van het boekje staat op de beveiligde schoolschijf", sealed218)
    # (not a text to read: "Het bestand met het aanmeldformulier staat in de app", review)
    r"|\b(briefje|lijstje|strookje|aanvraag|aanmelding|cv|profiel|profielen|melding|meldingen|"
    # (also of what kind: "Het originele filmbestand bewaren we in ...", sealed235)
    r"[\w-]*bestand(en)?(?! (met|van) (de|het|ons|onze) [\w-]*(formulier|verklaring|reglement|"
    r"brochure|folder|gids|beleid|protocol)\b))\b"
    # papers about the child, kept (sealed168, sealed169): "De instructie komt in het
    # chauffeursdossier", "Kim bewaart het paspoort in de bureaula"
    # (and a card about the child: "De kaart staat in PoolPlanner", sealed229)
    r"|\b\w*(instructie|paspoort|kaartje)s?\b|\b(het )?origineel\b|^\W*de \w*kaart\b"
    # the child's work: "Het werk wordt gescand en bewaard in een gedeelde map" (sealed240)
    r"|^\W*(het|dat|dit) werk\b|\b(leerling|schrijf|teken)werk\b"
    # What the parent or child sends and is held: "Uw antwoorden worden opgeslagen bij
    # Peilwerk", "De chatberichten worden opgeslagen in ...", "uw nummer staat in ...".
    r"|\b(antwoorden|\w*berichten|nummers?)\b"
)


# Only that it is kept safely, with no system or organisation: "in een beveiligde omgeving",
# "in de cloud".
_OWNED_BY_NAME = re.compile(r"\b(van|bij) [A-Z][\w-]+")
_ONLY_SAFE = re.compile(
    r"(?<!niet )(?<!nooit )\b(in|op) (een|de) (beveiligde |veilige |digitale |afgesloten )?(omgeving|cloud|server)\b"
    r"(?![^.]{0,40}\b(van|bij) [a-z]+)"
)
_STORAGE_FIELD = re.compile(
    # (also "• Waar het staat: in LeerlingNet", sealed236)
    r"\W*(opslag\w*|bewaring|bewaarplaats|bewaarlocatie|storage|waar (wordt |worden )?bewaard|waar(?=\s*:)|"
    r"waar (het|ze|dit|dat|alles|de gegevens|de lijst) (staat|staan|blijft|blijven)(?=\s*:)|"
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
    key = _MENU_ITEM.sub(" ", key)
    return bool(p.DATA_NOUN.search(key) or _POINTS_TO_DATA.search(key))


# A menu or folder by its quoted name says where to look, not what is kept: "Het rooster staat
# vanaf vrijdag in KlasLink onder 'Documenten'" (sealed222).
_MENU_ITEM = re.compile(r"\bonder ['‘\"“][\w -]{1,30}['’\"”]")


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
        # A record place named in quotes after its kind: 'in ons eigen deelnemersregister
        # "Woordwacht Online"' (sealed223; not a paper: 'in de schoolkrant "De Dauwdruppel"').
        or re.search(
            r"\b([Ii]n|[Oo]p|[Bb]ij) ([^\W\dA-Z_]+ ){0,2}[a-z-]*(register|systeem|bestand|archief|"
            r"map|dossier|administratie|database|omgeving|portaal) ['‘\"“][A-Z]\w+",
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
# (also with the subject between: "Daar worden de gegevens ook bewaard", sealed235)
_THERE = re.compile(
    r"\W*(daar|daarin|hierin) (\w+ ){0,4}(bewaar\w*|blijf\w*|blijven|slaan|slaat|staat|staan|komt|"
    r"komen)\b"
)
# The place and "daar" in one sentence: "De opname gaat via de beveiligde uploadomgeving van
# Ashcombe, de "Centre Portal", en wordt daar door Ashcombe bewaard" (sealed244).
_THERE_IN_ONE = re.compile(
    r"\b(in|via|naar|op) (de|het|een|hun|haar|zijn) [a-z -]{0,30}?[a-z-]*(omgeving|portaal|portal|"
    r"systeem|platform|archief|database)\b[^.;]{0,60}\b(daar|daarin)\b[^.;]{0,30}\b(bewaard|"
    r"bewaart|bewaren|opgeslagen)\b"
    # the place named before a colon: "Ze werkt alleen binnen ElevenLearn: de teksten blijven
    # daar staan" (sealed244)
    r"|\b(in|binnen|op) [a-z][a-z0-9-]{3,}\s*:[^.;]{0,60}\b(blijven|blijft|worden|wordt) (daar|daarin) "
    r"(staan|bewaard|opgeslagen)\b"
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
