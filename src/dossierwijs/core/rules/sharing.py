""" "Mag dit?": may an organisation share information about a child without the parents' consent?

A decision over (sender, recipient, purpose, enrolled) using the legal exceptions in the fact
sheet (sections 2 and 3d/3e). Each outcome names its basis and the confidence of the weakest
source it rests on. The vocabulary (Dutch keys, as used on the command line) is in
``SENDERS``, ``RECIPIENTS`` and ``PURPOSES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from dossierwijs.core.rules.sources import Confidence, hedge_sentence, source_dicts, weakest
from dossierwijs.core.rules.sources import source as get_source

ConsentNeeded = Literal["ja", "nee", "hangt_ervan_af"]

SENDERS: dict[str, str] = {
    "school": "de school van uw kind (ook de vorige school)",
    "swv": "het samenwerkingsverband passend onderwijs",
    "zorgverlener": "een zorgverlener: therapeut, psycholoog, arts of jeugdhulp",
    "kinderopvang": "kinderopvang, peuterspeelzaal of voorschool",
}
RECIPIENTS: dict[str, str] = {
    "school": "een (andere of nieuwe) school",
    "swv": "het samenwerkingsverband passend onderwijs",
    "zorgverlener": "een zorgverlener: therapeut, psycholoog, orthopedagoog, arts of jeugdhulp",
    "inspectie": "de Inspectie van het Onderwijs",
    "veilig_thuis": "Veilig Thuis",
    "verwijsindex": "de Verwijsindex risicojongeren",
    "raad": "de Raad voor de Kinderbescherming",
    "gezinsvoogd": "de gezinsvoogd (bij een ondertoezichtstelling)",
    "anders": "een andere organisatie",
}
# One question, one meaning, wherever "enrolled" is asked (wizard, "Mag dit?", CLI).
ENROLLED_QUESTION = "Is uw kind al ingeschreven bij de school die de gegevens krijgt?"

PURPOSES: dict[str, str] = {
    "overstap": "uw kind gaat naar een andere school (onderwijskundig rapport)",
    "aanmelding": "uw kind is aangemeld en de school wil informatie opvragen",
    "tlv": "een toelaatbaarheidsverklaring (TLV) voor speciaal onderwijs",
    "arrangement": "extra ondersteuning of een arrangement",
    "advies": "advies over de ondersteuning van uw kind",
    "toezicht": "toezicht door de inspectie",
    "zorgen": "zorgen over de veiligheid van uw kind (meldcode)",
    "signaal": "een signaal in de Verwijsindex",
    "na_match": "inhoudelijke informatie na een match in de Verwijsindex",
    "onderzoek": "onderzoek door de Raad voor de Kinderbescherming",
    "begeleiding": "hulp, behandeling of begeleiding van uw kind",
    "anders": "een ander doel",
}


@dataclass(frozen=True)
class SharingAnswer:
    consent_needed: ConsentNeeded
    basis: str  # Dutch: the legal basis, or why consent is needed
    inform_parents: bool  # must the parents be told (or get a copy)?
    explanation: str  # Dutch, plain
    what_you_can_do: list[str]
    confidence: Confidence
    sources: tuple[str, ...]
    rule: str  # short id of the rule that decided, for tests and "Waarom?" links
    who_consents: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON of ``dossierwijs mag-delen --json`` (and of a share draft's rules answer).
        Its Dutch keys, their order and the English ``sources`` are a contract."""
        return {
            "toestemming_nodig": self.consent_needed,
            "grondslag": self.basis,
            "ouders_informeren": self.inform_parents,
            "uitleg": self.explanation,
            "wat_kunt_u_doen": list(self.what_you_can_do),
            "zekerheid": self.confidence,
            "sources": self.sources,
            "regel": self.rule,
            "wie_geeft_toestemming": self.who_consents,
            "kanttekeningen": list(self.notes),
            "bronnen": source_dicts(self.sources),
        }


class UnknownTerm(ValueError):
    """A sender, recipient or purpose outside the vocabulary; the message is Dutch."""

    def __init__(self, what: str, value: str, valid: dict[str, str]):
        self.what, self.value, self.valid = what, value, valid
        super().__init__(f"Onbekende waarde voor {what}: '{value}'. Kies uit: {', '.join(valid)}.")


def _answer(
    needed: ConsentNeeded,
    basis: str,
    inform: bool,
    text: str,
    todo: list[str],
    source_ids: tuple[str, ...],
    rule: str,
    notes: list[str] | None = None,
    at_most: Confidence | None = None,
) -> SharingAnswer:
    confidences = [get_source(i).confidence for i in source_ids]
    if at_most is not None:
        confidences.append(at_most)
    hedge = hedge_sentence(weakest(confidences))
    notes = [*(notes or []), *([hedge] if hedge else [])]
    return SharingAnswer(
        consent_needed=needed,
        basis=basis,
        inform_parents=inform,
        explanation=text,
        what_you_can_do=todo,
        confidence=weakest(confidences),
        sources=source_ids,
        rule=rule,
        notes=notes,
    )


ASK_BASIS = (
    "Vraag de organisatie met wie zij deelt, waarom en op welke grondslag. Zij moet u dat "
    "vertellen (AVG artikel 13 en 14)."
)
ASK_RECORD = "Vraag of de school vastlegt wat zij aan wie gaf, met welk doel en op welke grond."


def _care_provider_to_other(recipient: str) -> SharingAnswer:
    # BW 7:457: a school (or anyone outside the treatment) is an "other" (facts 2.10, 2.11).
    return _answer(
        "ja",
        "Beroepsgeheim van de zorgverlener (BW 7:457): delen met anderen alleen met toestemming",
        False,
        f"Een zorgverlener mag zonder toestemming niets over uw kind vertellen aan "
        f"{RECIPIENTS[recipient]}. Dat is het beroepsgeheim. Alleen bij een wettelijke plicht "
        "of een wettelijk recht (zoals een melding bij Veilig Thuis) is het anders.",
        [
            "Lees het verslag eerst zelf. U beslist of het naar school gaat.",
            "Geef toestemming alleen voor een bepaald stuk, aan een bepaalde ontvanger, "
            "voor een bepaald doel. Bijvoorbeeld alleen de samenvatting en het advies.",
            "U kunt toestemming altijd weer intrekken.",
        ],
        ("wgbo-457", "therapeut-school", "onderzoek-ouders-eerst", "avg-7"),
        "beroepsgeheim",
    )


def _okr(enrolled: bool | None = True) -> SharingAnswer:
    before_enrolment = enrolled is not True
    notes = (
        [
            "Is uw kind nog niet ingeschreven, maar wel aangemeld? Dan gaat het rapport naar "
            "de school waar u uw kind aanmeldde, voor het besluit over toelating. Van "
            "basisschool naar voortgezet onderwijs gaat dat meestal via het overstapsysteem. "
            "Andere informatie dan het onderwijskundig rapport mag die school niet zonder "
            "toestemming opvragen."
        ]
        if before_enrolment
        else []
    )
    return _answer(
        "nee",
        "Onderwijskundig rapport (WPO artikel 42; Besluit uitwisseling leer- en "
        "begeleidingsgegevens)",
        True,
        "Als uw kind naar een andere school gaat, maakt de oude school een onderwijskundig "
        "rapport voor de nieuwe school. Daar is geen toestemming voor nodig en u kunt het niet "
        "tegenhouden. U krijgt wel een kopie. Het rapport mag alleen gaan over vijf dingen: "
        "administratieve gegevens, schoolloopbaan en resultaten, sociaal-emotionele "
        "ontwikkeling en gedrag, de (extra) ondersteuning, en verzuim.",
        [
            "Vraag om het rapport te lezen voordat het wordt verstuurd. Dat is geen wettelijk "
            "recht, maar de klachtencommissie raadt het scholen aan.",
            "Vraag of uw mening in het rapport wordt opgenomen.",
            "Staat er een feitelijke fout in? Vraag om correctie (AVG artikel 16).",
            "Staat er iets in dat niet bij de vijf onderdelen hoort? Vraag om het weg te laten.",
        ],
        ("wpo-42", "besluit-okr", "okr-geen-toestemming", "lkc-106691", "avg-16"),
        "onderwijskundig_rapport",
        notes=notes,
        at_most="I" if before_enrolment else None,
    )


def _admission(sender: str) -> SharingAnswer:
    # Facts 3.26, 3.27: parents need not supply or consent, but an incomplete application may
    # be left unhandled after a chance to complete it.
    return _answer(
        "ja",
        "Tijdens de aanmelding: geen wettelijke uitzondering, dus toestemming nodig (AVG "
        "artikel 6; bij zorgverleners ook BW 7:457)",
        False,
        f"Zolang uw kind nog niet is ingeschreven, mag de nieuwe school geen informatie "
        f"opvragen bij {SENDERS[sender]} zonder toestemming. Onder 16 geeft u die "
        "toestemming. Vanaf 16 geeft uw kind zelf toestemming, in plaats van u.",
        [
            "Vraag waarom de school de informatie wil hebben en wie het leest.",
            "U kunt ervoor kiezen alleen de samenvatting en het advies te delen.",
            "Let op: geeft u te weinig informatie, dan mag de school de aanmelding na een "
            "redelijke termijn niet verder behandelen. Zij moet u eerst de kans geven om aan "
            "te vullen.",
        ],
        ("aanmelding-toestemming", "wpo-18a-aanmelding", "wgbo-457"),
        "aanmelding",
    )


def _school_swv(sender: str, enrolled: bool | None) -> SharingAnswer:
    if enrolled is False:
        return _answer(
            "hangt_ervan_af",
            "Eigen wettelijke taak van school en samenwerkingsverband (WPO artikel 18a), maar "
            "alleen voor een school waar uw kind is aangemeld of ingeschreven",
            True,
            "School en samenwerkingsverband mogen gegevens delen voor een TLV, arrangement "
            "of advies. Het samenwerkingsverband mag gezondheidsgegevens alleen geven aan de "
            "school waar uw kind is aangemeld of ingeschreven. Is uw kind daar niet "
            "aangemeld? Dan is uw toestemming nodig.",
            [ASK_BASIS, ASK_RECORD],
            ("swv-taak", "swv-gezondheid"),
            "samenwerkingsverband_niet_ingeschreven",
            at_most="I",
        )
    return _answer(
        "nee",
        "Eigen wettelijke taak van school en samenwerkingsverband (WPO artikel 18a; "
        "WVO artikel 17a, oude nummering)",
        True,
        "School en samenwerkingsverband hebben allebei een wettelijke taak. Voor een "
        "toelaatbaarheidsverklaring, een arrangement of advies mogen zij gegevens delen zonder "
        "uw toestemming. Gezondheidsgegevens alleen voor zover nodig. Het "
        "samenwerkingsverband bewaart die gegevens hooguit 3 jaar. U moet wel weten wat er "
        "wordt gedeeld.",
        [
            "Vraag om de aanvraag te zien voordat die wordt verstuurd.",
            "Vraag of medische of psychologische verslagen echt mee moeten. Sommige "
            "samenwerkingsverbanden laten ouders daarover beslissen.",
            ASK_RECORD,
        ],
        ("swv-taak", "swv-gezondheid", "swv-praktijk", "avg-13-14", "ibp-vastleggen"),
        "samenwerkingsverband",
        notes=[] if enrolled else ["Dit geldt als uw kind bij de school is ingeschreven."],
    )


def _school_to_care(recipient: str) -> SharingAnswer:
    return _answer(
        "ja",
        "Geen wettelijke uitzondering bekend: toestemming nodig (AVG artikel 6 en 9)",
        False,
        f"Wil school gegevens delen met {RECIPIENTS[recipient]}? Daar is meestal uw "
        "toestemming voor nodig, zeker voor toetsuitslagen en gezondheidsgegevens.",
        [
            "Vraag precies welke stukken school wil delen, met wie en waarom.",
            "Geef toestemming per stuk en per ontvanger. U kunt haar altijd intrekken.",
        ],
        ("kennisnet-uitwisselen", "avg-9", "avg-7"),
        "school_naar_zorg",
        at_most="I",
    )


def may_share(
    sender: str,
    recipient: str,
    purpose: str,
    enrolled: bool | None,
    *,
    child_age: int | None = None,
) -> SharingAnswer:
    """May `sender` give information about the child to `recipient` for `purpose` without the
    parents' consent? `enrolled` answers ``ENROLLED_QUESTION``: is the child already enrolled
    at the school that receives the data (None: unknown). It matters only when a school
    receives; for the samenwerkingsverband as recipient it is not asked.

    Raises ``UnknownTerm`` (a ValueError with a Dutch message) for words outside the vocabulary.
    Sources per rule: facts 2.8-2.11, 3.1-3.6, 3.17-3.27 of the fact sheet.
    """
    for what, value, valid in (
        ("--van", sender, SENDERS),
        ("--naar", recipient, RECIPIENTS),
        ("--doel", purpose, PURPOSES),
    ):
        if value not in valid:
            raise UnknownTerm(what, value, valid)
    answer = _decide(sender, recipient, purpose, enrolled)
    # After a Verwijsindex match the care regime applies (Jeugdwet 7.1.4.1; fact 3.23).
    regime = "zorgverlener" if purpose == "na_match" else sender
    who = "" if answer.consent_needed == "nee" else _who_consents(regime, child_age)
    return replace(answer, who_consents=who)


def _who_consents(sender: str, child_age: int | None) -> str:
    if sender == "zorgverlener":
        if child_age is None:
            return "Onder 12: de ouders. Van 12 tot 16: uw kind én de ouders. Vanaf 16: uw kind."
        if child_age < 12:
            return "De ouders met gezag."
        if child_age < 16:
            return "Uw kind én de ouders met gezag, samen."
        return "Uw kind zelf."
    if child_age is None:
        return "Onder 16: de ouders met gezag. Vanaf 16: uw kind zelf."
    return "De ouders met gezag." if child_age < 16 else "Uw kind zelf."


def _decide(sender: str, recipient: str, purpose: str, enrolled: bool | None) -> SharingAnswer:
    if recipient == "veilig_thuis" and purpose == "zorgen":
        return _answer(
            "nee",
            "Meldcode huiselijk geweld en kindermishandeling (Wmo 2015 artikel 5.2.6); bij "
            "zorgverleners het meldrecht",
            True,
            "Bij zorgen over de veiligheid van een kind mag school (of een zorgverlener) "
            "informatie geven aan Veilig Thuis, ook zonder toestemming. Ook mag school vragen "
            "van Veilig Thuis beantwoorden. Normaal gesproken praat school eerst met u voordat "
            "zij meldt; dat is een stap van de meldcode. Alleen als de veiligheid van uw kind "
            "dat niet toelaat, gebeurt dat niet.",
            [
                "Vraag school welke stappen van de meldcode zijn gezet en waarom er wel of niet "
                "eerst met u is gepraat.",
                "Vraag inzage in wat over uw kind is vastgelegd (AVG artikel 15).",
            ],
            ("meldcode", "therapeut-school", "avg-15"),
            "meldcode",
        )
    if recipient == "raad":
        return _answer(
            "nee",
            "Burgerlijk Wetboek 1:240: informatie aan de Raad voor de Kinderbescherming",
            True,
            "De Raad voor de Kinderbescherming mag informatie krijgen zonder toestemming als "
            "dat nodig is voor zijn taak. De school of zorgverlener moet dat eerst zorgvuldig "
            "afwegen en alleen geven wat nodig is. Normaal gesproken hoort u dat de Raad "
            "informatie over uw kind vraagt; vraag het na als u het niet weet.",
            [
                "Vraag wat er is gedeeld en vraag inzage (AVG artikel 15).",
                "Klopt er iets niet? U kunt een aanvullende verklaring geven (AVG artikel 16).",
            ],
            ("raad-kb", "avg-15", "avg-16"),
            "raad_kinderbescherming",
            at_most="V" if purpose == "onderzoek" else "I",
        )
    if recipient == "verwijsindex" and purpose == "signaal":
        return _answer(
            "nee",
            "Jeugdwet artikel 7.1.4.1: recht (geen plicht) om een signaal af te geven",
            True,
            "Alleen een professional die daarvoor is aangewezen (meldingsbevoegd), mag uw kind "
            "zonder toestemming melden in de Verwijsindex. Er "
            "staat alleen dát er zorgen zijn, niet wat. Ouders van een kind onder 16 en "
            "jongeren vanaf 12 moeten daarover worden ingelicht; dat mag soms later, als dat "
            "wordt uitgelegd en vastgelegd. Een signaal blijft hooguit 2 jaar staan.",
            [
                "Vraag wie het signaal heeft afgegeven en waarom.",
                "Inhoudelijke informatie delen na een match mag alleen met toestemming.",
            ],
            ("verwijsindex",),
            "verwijsindex_signaal",
        )
    if purpose == "na_match":
        return _answer(
            "ja",
            "Jeugdwet artikel 7.1.4.1: na een match in de Verwijsindex alleen met toestemming",
            True,
            "Na een match in de Verwijsindex mogen professionals pas echte informatie over uw "
            "kind uitwisselen als er toestemming is. Onder 12 geven de ouders die. Van 12 tot "
            "16 geven uw kind én de ouders allebei toestemming. Vanaf 16 beslist uw kind zelf.",
            ["Vraag welke informatie gedeeld wordt en met wie, voordat u ja zegt."],
            ("verwijsindex",),
            "verwijsindex_match",
        )
    if recipient == "gezinsvoogd":
        # Jeugdwet art. 7.3.11 lid 4 (fact 2.15, V): third parties who professionally hold
        # information needed for the OTS give it to the certified institution on request, or
        # may give it on their own initiative, without consent and if need be breaking
        # professional secrecy. Schools and care providers alike.
        return _answer(
            "nee",
            "Jeugdwet artikel 7.3.11 lid 4: bij een ondertoezichtstelling geven wie beroepshalve "
            "informatie hebben die op verzoek aan de gecertificeerde instelling (de "
            "gezinsvoogd), zonder toestemming",
            True,
            "Staat uw kind onder toezicht? Dan moet een school of zorgverlener de gezinsvoogd "
            "op verzoek de informatie geven die nodig is voor de ondertoezichtstelling, zonder "
            "uw toestemming. Zij mogen dat ook uit zichzelf doen, zo nodig ondanks hun "
            "beroepsgeheim. Het gaat alleen om wat nodig is. Meestal hoort u ervan; vraag het "
            "anders na.",
            [
                "Vraag wat er is gedeeld en vraag inzage (AVG artikel 15).",
                "Klopt er iets niet? U kunt een aanvullende verklaring geven (AVG artikel 16).",
            ],
            ("jeugdwet-7-3-11", "gezinsvoogd", "avg-15", "avg-16"),
            "gezinsvoogd",
        )
    if sender == "zorgverlener":
        return _care_provider_to_other(recipient)
    if recipient == "inspectie" and sender in ("school", "swv"):
        return _answer(
            "nee",
            "Wettelijke taak van de Inspectie van het Onderwijs (Wet op het onderwijstoezicht)",
            False,
            "De inspectie mag het leerlingdossier inzien voor haar toezicht, zonder "
            "toestemming van school of ouders. Meestal vraagt zij om gegevens zonder naam; "
            "gegevens met naam gebruikt zij alleen bij uitzondering.",
            ["Vraag school of de inspectie het dossier van uw kind heeft ingezien."],
            ("inspectie",),
            "inspectie",
            at_most="V" if purpose == "toezicht" else "I",
        )
    # The SWV may give its data to a school where the child is only registered (aangemeld).
    if sender == "school" and recipient == "school" and purpose == "overstap":
        # The OKR also goes to the school of registration before enrolment (PO->VO via the
        # transfer system, after aanmelding, for the admission decision). WPO 42 and the
        # Besluit name the receiving school; the timing is our reading (I).
        return _okr(enrolled)
    not_enrolled = enrolled is False and sender != "swv"
    if recipient == "school" and (purpose == "aanmelding" or not_enrolled):
        return _admission(sender)
    if {sender, recipient} == {"school", "swv"} and purpose in ("tlv", "arrangement", "advies"):
        # One question, one meaning: "enrolled at the school that receives". When the
        # samenwerkingsverband receives, the question does not apply (the school's own task).
        return _school_swv(sender, enrolled if recipient == "school" else True)
    if sender in ("school", "swv") and recipient == "zorgverlener":
        return _school_to_care(recipient)
    return _answer(
        "hangt_ervan_af",
        "Geen vaste uitzondering bekend: het hangt af van de wettelijke taak of plicht van de "
        "organisatie (AVG artikel 6)",
        True,
        "Voor deze situatie kennen wij geen vaste regel. Heeft de organisatie geen "
        "wettelijke taak of plicht om dit te delen, dan is meestal uw toestemming nodig. Vraag "
        "het na.",
        [ASK_BASIS, ASK_RECORD],
        ("avg-13-14", "ibp-vastleggen", "avg-rec-43"),
        "onbekend",
        at_most="I",
    )
