"""The "Kennis" content: do's and don'ts for information exchange between parents and school.

Written in our own words, in plain Dutch (B1). Each item points to the rule in
``dossierwijs.core.rules`` it rests on (``rule``: "module:name") and to its sources, which carry
the date they were last checked. Where an item states what the sharing rules decide, ``check``
holds the question and the expected answer, so a test keeps text and rules in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from dossierwijs.core.rules.sources import Confidence, Source, sources, weakest

Kind = Literal["doe", "niet"]


@dataclass(frozen=True)
class SharingCheck:
    sender: str
    recipient: str
    purpose: str
    enrolled: bool | None
    expected: str  # toestemming_nodig


@dataclass(frozen=True)
class KnowledgeItem:
    slug: str
    kind: Kind  # "doe" (a do) or "niet" (a don't)
    title: str
    text: str  # plain Dutch, a few short sentences
    why: str  # "Waarom?" in one or two sentences, naming the rule
    rule: str  # "dossierwijs.core.rules.<module>:<name>"
    source_ids: tuple[str, ...]
    check: SharingCheck | None = None

    @property
    def confidence(self) -> Confidence:
        return weakest([s.confidence for s in self.sources])

    @property
    def sources(self) -> tuple[Source, ...]:
        return sources(*self.source_ids)

    @property
    def last_checked(self) -> date:
        """The oldest check date among its sources: the item is as fresh as its stalest source."""
        return min(s.checked for s in self.sources)


R = "dossierwijs.core.rules."

ITEMS: tuple[KnowledgeItem, ...] = (
    KnowledgeItem(
        "inzage-schriftelijk-met-kopie",
        "doe",
        "Vraag inzage op papier of per mail, en vraag om een kopie",
        "U mag het dossier van uw kind inzien. Doe dat schriftelijk, dan kunt u later laten zien "
        "wat u vroeg en wanneer. Schrijf er duidelijk bij dat u een kopie wilt van de gegevens. "
        "Een kort overzicht is dan niet genoeg.",
        "De AVG geeft recht op inzage en op een kopie. Het Europese Hof zegt dat die kopie een "
        "getrouwe weergave moet zijn, soms met hele documenten.",
        R + "deadlines:rights_request_deadline",
        ("avg-15", "cjeu-c487-21", "ap-inzage"),
    ),
    KnowledgeItem(
        "termijn-een-maand",
        "doe",
        "Noteer wanneer school uw verzoek kreeg",
        "School moet binnen een maand antwoorden. Die maand begint de dag na ontvangst. Valt de "
        "laatste dag in het weekend of op een feestdag, dan schuift hij op naar de eerstvolgende "
        "werkdag. Met de termijnrekenaar ziet u de precieze datum.",
        "AVG artikel 12 lid 3 geeft een maand. Hoe je die maand telt, staat in Verordening "
        "1182/71.",
        R + "deadlines:rights_request_deadline",
        ("avg-12-3", "eu-1182-71-3", "toeters"),
    ),
    KnowledgeItem(
        "verlenging-alleen-met-redenen",
        "doe",
        "Meer tijd? Alleen als school dat op tijd en met redenen meldt",
        "Soms heeft school meer tijd nodig, tot twee maanden extra. Dat mag alleen als school "
        "het binnen de eerste maand laat weten en uitlegt waarom. Kreeg u geen bericht? Dan "
        "geldt gewoon de termijn van een maand.",
        "Dat staat in AVG artikel 12 lid 3.",
        R + "deadlines:extension_announcement_ok",
        ("avg-12-3",),
    ),
    KnowledgeItem(
        "toestemming-per-doel",
        "niet",
        "Teken geen toestemming voor alles tegelijk",
        "Een formulier met één handtekening voor alle doelen is geen goede toestemming. U hoort "
        "per doel en per ontvanger te kunnen kiezen. Nee zeggen mag geen nadeel voor uw kind "
        "hebben.",
        "Toestemming moet vrij en specifiek zijn (AVG artikel 7 en overweging 43). Voor wat "
        "school moet doen, heeft school meestal een wettelijke taak en geen toestemming nodig.",
        R + "sharing:may_share",
        ("avg-7", "avg-rec-43"),
    ),
    KnowledgeItem(
        "toestemming-intrekken",
        "doe",
        "U kunt toestemming altijd intrekken",
        "Heeft u ooit ja gezegd, dan mag u later nee zeggen. Intrekken moet net zo makkelijk "
        "zijn als geven. Wat al gedeeld is, blijft wel gedeeld.",
        "AVG artikel 7 lid 3.",
        R + "sharing:may_share",
        ("avg-7",),
    ),
    KnowledgeItem(
        "verslag-zorgverlener-eerst-lezen",
        "niet",
        "Laat een verslag van een therapeut niet vanzelf naar school gaan",
        "Een therapeut, psycholoog of arts mag zonder uw toestemming niets aan school vertellen. "
        "Lees een verslag eerst zelf. Dan beslist u wat school krijgt, bijvoorbeeld alleen de "
        "samenvatting en het advies.",
        "Zorgverleners hebben een beroepsgeheim (BW 7:457). School is voor hen een buitenstaander. "
        "Alleen een wettelijke plicht of een wettelijk recht, zoals een melding bij Veilig Thuis, "
        "maakt dat meestal anders. Vraag het na als u twijfelt.",
        R + "sharing:may_share",
        ("wgbo-457", "therapeut-school", "onderzoek-ouders-eerst"),
        SharingCheck("zorgverlener", "school", "advies", True, "ja"),
    ),
    KnowledgeItem(
        "okr-eerst-lezen",
        "doe",
        "Vraag het onderwijskundig rapport te lezen voordat het weggaat",
        "Gaat uw kind naar een andere school, dan stuurt de oude school een onderwijskundig "
        "rapport. Daar is geen toestemming voor nodig, en u krijgt een kopie. Vraag of u het "
        "eerst mag lezen en of uw mening erbij mag. Dat is geen recht uit de wet, maar de "
        "klachtencommissie raadt het scholen aan.",
        "WPO artikel 42 geeft ouders een kopie. Meelezen vooraf is een aanbeveling van de "
        "Landelijke Klachtencommissie.",
        R + "sharing:may_share",
        ("wpo-42", "okr-geen-toestemming", "lkc-106691"),
        SharingCheck("school", "school", "overstap", True, "nee"),
    ),
    KnowledgeItem(
        "okr-vijf-onderdelen",
        "doe",
        "Controleer of het rapport bij de vijf onderdelen blijft",
        "In een onderwijskundig rapport mag alleen staan: gegevens als naam en groep, de "
        "schoolloopbaan en resultaten, sociaal-emotionele ontwikkeling en gedrag, de extra "
        "ondersteuning, en verzuim. Staat er iets anders in, zoals uw eigen situatie thuis? "
        "Vraag of dat eruit kan.",
        "Het Besluit uitwisseling leer- en begeleidingsgegevens noemt precies deze vijf "
        "onderdelen.",
        R + "dossier_contents:OKR_CATEGORIES",
        ("besluit-okr",),
    ),
    KnowledgeItem(
        "eigen-gespreksverslag",
        "doe",
        "Maak zelf een kort verslag van elk gesprek",
        "Schrijf na een gesprek op wat er is afgesproken. Stuur het naar school en vraag of zij "
        "binnen twee weken willen reageren. Zo weet iedereen later wat er is gezegd.",
        "Twee weken is een afspraak die wij voorstellen, geen wettelijke termijn. Vraag het na "
        "als school een andere termijn gebruikt.",
        R + "deadlines:meeting_report_deadline",
        ("balans-dos-donts", "gespreksverslag"),
    ),
    KnowledgeItem(
        "gesprek-opnemen",
        "doe",
        "Neem een belangrijk gesprek op, en houd de opname voor uzelf",
        "U mag een gesprek opnemen waaraan u zelf meedoet. Dat is niet strafbaar, ook niet als "
        "u het niet zegt. Zeg het liever wel: stiekem opnemen kan de verhouding met school "
        "schaden. Verspreid of publiceer de opname niet. Dat kan de privacy van de anderen "
        "schenden.",
        "Wetboek van Strafrecht 139a straft alleen opnemen van een gesprek waar u niet bij bent. "
        "Als bewijs bij de rechter mag uw opname meestal gebruikt worden (Hoge Raad 1987). Of "
        "dat ook geldt bij een geschillen- of klachtencommissie, hebben wij niet kunnen "
        "controleren.",
        R + "recording:may_record",
        ("gesprek-opnemen", "opname-bewijs", "opname-delen", "opname-huishoudelijk"),
    ),
    KnowledgeItem(
        "opp-handelingsdeel-instemming",
        "doe",
        "Het handelingsdeel van het OPP heeft uw instemming nodig",
        "Heeft uw kind extra ondersteuning nodig, dan maakt school binnen zes weken na "
        "inschrijving een ontwikkelingsperspectief (OPP). Daarover overlegt school met u. Voor "
        "het deel over de ondersteuning zelf, het handelingsdeel, is uw instemming nodig.",
        "WPO artikel 40a. Het instemmingsrecht geldt sinds 1 augustus 2017.",
        R + "deadlines:opp_deadline",
        ("wpo-40a", "opp-instemming"),
    ),
    KnowledgeItem(
        "tlv-aanvraag-meelezen",
        "doe",
        "Lees een aanvraag bij het samenwerkingsverband mee",
        "Voor een toelaatbaarheidsverklaring of een arrangement mag school gegevens sturen naar "
        "het samenwerkingsverband, ook zonder uw toestemming. U moet wel weten wat er gaat. "
        "Vraag de aanvraag te zien, en vraag of medische of psychologische stukken echt mee "
        "moeten.",
        "School en samenwerkingsverband hebben elk een eigen wettelijke taak (WPO artikel 18a).",
        R + "sharing:may_share",
        ("swv-taak", "swv-gezondheid", "swv-praktijk"),
        SharingCheck("school", "swv", "tlv", True, "nee"),
    ),
    KnowledgeItem(
        "aanmelding-niet-zomaar-opvragen",
        "niet",
        "Bij aanmelding mag school niet zomaar informatie opvragen bij anderen",
        "U meldt uw kind aan bij een nieuwe school. Die school mag dan niet zonder uw "
        "toestemming informatie halen bij de vorige school of een zorgverlener. Let wel op: "
        "geeft u te weinig informatie, dan mag school de aanmelding laten liggen. Dat mag pas "
        "na een redelijke termijn om aan te vullen.",
        "WPO artikel 18a regelt de aanmelding. School moet u eerst de kans geven om aan te vullen.",
        R + "sharing:may_share",
        ("aanmelding-toestemming", "wpo-18a-aanmelding"),
        SharingCheck("school", "school", "aanmelding", False, "ja"),
    ),
    KnowledgeItem(
        "fout-laten-verbeteren",
        "doe",
        "Klopt er iets niet? Vraag om verbetering",
        "Staat er een feitelijke fout in het dossier, vraag dan om correctie. Bent u het oneens "
        "met een oordeel van school, dan kunt u vragen om uw eigen reactie toe te voegen.",
        "AVG artikel 16 geeft recht op correctie en op een aanvullende verklaring.",
        R + "deadlines:rights_request_deadline",
        ("avg-16",),
    ),
    KnowledgeItem(
        "verwijderen-na-vertrek",
        "doe",
        "Vraag om verwijdering als uw kind al een tijd weg is",
        "Scholen bewaren het leerlingdossier meestal tot twee jaar nadat een kind de school "
        "verliet. Dat is een gewoonte, geen wet. Gegevens over verzuim en inschrijving moet "
        "school wel vijf jaar bewaren.",
        "De AVG kent geen vaste termijnen: niet langer dan nodig. De vijf jaar komt uit het "
        "Bekostigingsbesluit WPO.",
        R + "retention:retention",
        ("poraad-bewaren", "vrijstellingsbesluit", "avg-17"),
    ),
    KnowledgeItem(
        "vanaf-16-machtiging",
        "doe",
        "Vanaf 16 jaar beslist uw kind zelf",
        "Is uw kind 16 of ouder, dan beslist het zelf over zijn gegevens bij school. Wilt u dan "
        "het dossier inzien? Vraag uw kind om een schriftelijke machtiging.",
        "UAVG artikel 5: onder 16 beslissen de ouders.",
        R + "age:access_request_requester",
        ("uavg-5", "ap-privacyrechten"),
    ),
    KnowledgeItem(
        "niet-alles-tegenhouden",
        "niet",
        "Denk niet dat u elke uitwisseling kunt tegenhouden",
        "Soms mag school informatie geven zonder uw toestemming. Bijvoorbeeld aan de inspectie, "
        "of aan Veilig Thuis bij zorgen over veiligheid. Ook de Raad voor de Kinderbescherming "
        "en een gezinsvoogd kunnen informatie krijgen. U kunt wel vragen wat er is gedeeld.",
        "Deze organisaties hebben een wettelijke taak. U houdt wel uw recht op inzage (AVG "
        "artikel 15).",
        R + "sharing:may_share",
        ("inspectie", "meldcode", "raad-kb", "gezinsvoogd", "avg-15"),
        SharingCheck("school", "veilig_thuis", "zorgen", True, "nee"),
    ),
    KnowledgeItem(
        "vraag-met-wie-gedeeld",
        "doe",
        "Vraag met wie school gegevens deelt, en waarom",
        "School moet u vertellen welke gegevens zij gebruikt, waarvoor, op welke grond en met "
        "wie zij ze deelt. Vraag ook of school vastlegt wat zij aan wie gaf.",
        "AVG artikel 13 en 14 (informatieplicht).",
        R + "sharing:may_share",
        ("avg-13-14", "ibp-vastleggen"),
    ),
    KnowledgeItem(
        "eerst-school-dan-ap",
        "doe",
        "Bij een klacht: eerst naar school, dan naar de Autoriteit Persoonsgegevens",
        "Krijgt u geen of een slecht antwoord, spreek dan eerst school aan. Lukt dat niet, dan "
        "kunt u gratis klagen bij de Autoriteit Persoonsgegevens. Laat zien dat u het eerst bij "
        "school hebt geprobeerd.",
        "AVG artikel 77 geeft het recht om te klagen. De AP vraagt om eerst de organisatie aan te "
        "spreken.",
        R + "deadlines:rights_request_deadline",
        ("avg-77", "ap-klacht"),
    ),
    KnowledgeItem(
        "ouder-met-gezag-informeert",
        "doe",
        "Heeft u gezag? Houd de andere ouder op de hoogte",
        "Heeft de andere ouder geen gezag? Dan moet u hem of haar toch vertellen wat er "
        "belangrijk is over uw kind. Denk aan school, gezondheid en grote keuzes. Vraag ook wat "
        "hij of zij ervan vindt voordat u beslist.",
        "Dat staat in artikel 1:377b Burgerlijk Wetboek. Lukt het samen niet, dan kan de "
        "rechter een regeling maken.",
        R + "gezag:INFORM_OTHER_PARENT",
        ("bw-1-377b",),
    ),
    KnowledgeItem(
        "ouder-zonder-gezag-informatie",
        "doe",
        "Geen gezag? U mag de school toch om informatie vragen",
        "Ook zonder gezag mag u de school vragen hoe het met uw kind gaat. Denk aan rapporten, "
        "ondersteuning en belangrijke besluiten. Een inzageverzoek op grond van de AVG kan een "
        "ouder zonder gezag niet doen. dossierwijs maakt de brief 'informatie' voor u.",
        "Artikel 1:377c Burgerlijk Wetboek geeft dat recht. De school mag alleen weigeren als "
        "zij het ook niet aan de ouder met gezag zou geven, of als het uw kind schaadt. Dan "
        "moet de school uitleggen waarom.",
        R + "gezag:INFORMATION_RIGHT",
        ("bw-1-377c", "ap-privacyrechten"),
    ),
)

BY_SLUG: dict[str, KnowledgeItem] = {item.slug: item for item in ITEMS}


def items_for_rule(rule: str) -> list[KnowledgeItem]:
    """Items that rest on a rule ("module:name"), for contextual "Waarom?" links."""
    return [item for item in ITEMS if item.rule == rule or item.rule.endswith(":" + rule)]
