""" "Mag dit?": what each rule of ``core.rules.sharing`` answers.

One function per rule, in the order ``core.rules.sharing`` tries them: the answer in plain
Dutch, its legal basis, what parents can do, and the sources it rests on (facts 2.8-2.11,
3.1-3.6, 3.17-3.27 of the fact sheet). Which rule applies is decided in ``core.rules.sharing``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from dossierwijs.core.rules.sources import Confidence, hedge_sentence, source_dicts, weakest
from dossierwijs.core.rules.sources import source as get_source

ConsentNeeded = Literal["ja", "nee", "hangt_ervan_af"]


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


def meldcode() -> SharingAnswer:
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


def child_protection_board(purpose: str) -> SharingAnswer:
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


def verwijsindex_signal() -> SharingAnswer:
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


def verwijsindex_match() -> SharingAnswer:
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


def family_guardian() -> SharingAnswer:
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


def care_provider_secrecy(recipient: str) -> SharingAnswer:
    """A care provider shares with `recipient` (its description from ``RECIPIENTS``)."""
    # BW 7:457: a school (or anyone outside the treatment) is an "other" (facts 2.10, 2.11).
    return _answer(
        "ja",
        "Beroepsgeheim van de zorgverlener (BW 7:457): delen met anderen alleen met toestemming",
        False,
        f"Een zorgverlener mag zonder toestemming niets over uw kind vertellen aan "
        f"{recipient}. Dat is het beroepsgeheim. Alleen bij een wettelijke plicht "
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


def inspectorate(purpose: str) -> SharingAnswer:
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


def school_report(enrolled: bool | None = True) -> SharingAnswer:
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


def admission(sender: str) -> SharingAnswer:
    """A new school asks `sender` (its description from ``SENDERS``) before enrolment."""
    # Facts 3.26, 3.27: parents need not supply or consent, but an incomplete application may
    # be left unhandled after a chance to complete it.
    return _answer(
        "ja",
        "Tijdens de aanmelding: geen wettelijke uitzondering, dus toestemming nodig (AVG "
        "artikel 6; bij zorgverleners ook BW 7:457)",
        False,
        f"Zolang uw kind nog niet is ingeschreven, mag de nieuwe school geen informatie "
        f"opvragen bij {sender} zonder toestemming. Onder 16 geeft u die "
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


def school_and_swv(enrolled: bool | None) -> SharingAnswer:
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


def school_to_care(recipient: str) -> SharingAnswer:
    """School or SWV shares with `recipient` (its description from ``RECIPIENTS``)."""
    return _answer(
        "ja",
        "Geen wettelijke uitzondering bekend: toestemming nodig (AVG artikel 6 en 9)",
        False,
        f"Wil school gegevens delen met {recipient}? Daar is meestal uw "
        "toestemming voor nodig, zeker voor toetsuitslagen en gezondheidsgegevens.",
        [
            "Vraag precies welke stukken school wil delen, met wie en waarom.",
            "Geef toestemming per stuk en per ontvanger. U kunt haar altijd intrekken.",
        ],
        ("kennisnet-uitwisselen", "avg-9", "avg-7"),
        "school_naar_zorg",
        at_most="I",
    )


def no_fixed_rule() -> SharingAnswer:
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
