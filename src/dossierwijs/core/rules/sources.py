"""Registry of the legal sources the rules rest on.

Every source carries the confidence label of the fact sheet
(../shared/facts/legal_facts.md, numbers in ``fact``):

- ``V``     seen (near-)verbatim in the cited source (statute, authority, ruling)
- ``V-sec`` seen, but in a secondary source (law firm, school, NGO)
- ``I``     inferred or combined from sources: a rule candidate, not a citation
- ``NV``    not verified: never stated as law; the wording helpers hedge it

``checked`` is the date the fact was last compared with a stored copy of the page. The pages
were not fetched live: check the URL against the current text before relying on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Confidence = Literal["V", "V-sec", "I", "NV"]
CONFIDENCES: tuple[Confidence, ...] = ("V", "V-sec", "I", "NV")
_CHECKED = date(2026, 11, 28)


@dataclass(frozen=True)
class Source:
    id: str
    citation: str  # how we name it to parents, Dutch
    url: str
    confidence: Confidence
    checked: date = _CHECKED
    fact: str = ""  # number in the fact sheet, "" for sources found outside it


def weakest(confidences: list[Confidence] | tuple[Confidence, ...]) -> Confidence:
    """The least certain of several labels: a conclusion is only as sure as its weakest step."""
    return max(confidences, key=CONFIDENCES.index) if confidences else "NV"


_ALL = [
    Source(
        "avg-12-3",
        "AVG artikel 12 lid 3",
        "https://eulaw.online/l/reg-679-2016/article/12?lang=en",
        "V",
        fact="1.1-1.3",
    ),
    Source(
        "ap-inzage",
        "Autoriteit Persoonsgegevens: recht op inzage",
        "https://autoriteitpersoonsgegevens.nl/zelf-doen/gebruik-uw-privacyrechten/recht-op-inzage",
        "V",
        fact="1.6",
    ),
    Source(
        "ap-privacyrechten",
        "Autoriteit Persoonsgegevens: uw privacyrechten gebruiken",
        "https://www.autoriteitpersoonsgegevens.nl/themas/basis-avg/privacyrechten-avg/uw-privacyrechten-gebruiken?qa=rechten",
        "V",
        fact="2.3",
    ),
    Source(
        "eu-1182-71-3",
        "Verordening (EEG) 1182/71 artikel 3 (termijnen)",
        "http://wordscope.be/engels/nederlands/X-hour+week.html",
        "V",
        fact="1.7-1.9",
    ),
    Source(
        "toeters",
        "Hof van Justitie C-171/03 (Toeters): dag van ontvangst telt niet mee",
        "https://www.mishcon.com/news/ico-change-to-guidance-on-subject-access-request-time-limits",
        "V-sec",
        fact="1.10",
    ),
    Source(
        "atw-3",
        "Algemene termijnenwet artikel 1 en 3 (feestdagen, Goede Vrijdag gelijkgesteld)",
        "https://staatsrechtpraktijk.nl/nieuwjaarsdag-en-kerstmis-in-het-staatsrecht/",
        "V-sec",
    ),
    Source(
        "avg-15",
        "AVG artikel 15 (inzage en kopie)",
        "https://gdprhub.eu/index.php?title=Article_15_GDPR",
        "V",
        fact="1.13-1.14",
    ),
    Source(
        "cjeu-c487-21",
        "Hof van Justitie C-487/21: kopie is een getrouwe weergave",
        "https://gdprhub.eu/index.php?title=CJEU_-_C-487%2F21_-_F.F._v_DSB",
        "V",
        fact="1.15",
    ),
    Source(
        "avg-13-14",
        "AVG artikel 13 en 14 (informatieplicht)",
        "https://www.autoriteitpersoonsgegevens.nl/themas/basis-avg/privacyrechten-avg/recht-op-informatie",
        "V",
        fact="5.1-5.2",
    ),
    Source(
        "ibp-vastleggen",
        "IBP-platform: uitwisseling vastleggen in het dossier",
        "https://www.ibp-platform.nl/tag/vastleggen/",
        "V-sec",
        fact="5.3",
    ),
    Source(
        "avg-7",
        "AVG artikel 7 (voorwaarden voor toestemming)",
        "https://gdpr-ccpa.org/gdpr-articles/gdpr-article-7-conditions-for-consent",
        "V",
        fact="1.25",
    ),
    Source(
        "avg-rec-43",
        "AVG overweging 43 (ongelijke verhouding)",
        "https://overview.legal/laws/gdpr/rec-43",
        "V",
        fact="1.28-1.29",
    ),
    Source(
        "avg-9",
        "AVG artikel 9 (gezondheidsgegevens)",
        "https://gdprhub.eu/index.php?title=Article_9_GDPR&oldid=18315",
        "V",
        fact="1.30",
    ),
    Source(
        "uavg-5",
        "UAVG artikel 5 (kinderen onder 16)",
        "https://check-privacy.nl/faq/mogen-we-ouders-blijven-informeren-tot-18-jaar",
        "V-sec",
        fact="2.1-2.4",
    ),
    Source(
        "kennisnet-16",
        "Kennisnet: vanaf 16 beslist de leerling zelf",
        "https://support.kennisnet.org/Knowledgebase/Article/View/676/0/wat-is-de-exacte-leeftijd-waarop-de-leerling-om-toestemming-moet-worden-gevraagd-en-niet-de-ouders-er-komen-2-leeftijden-in-beeld-16-en-18-jaar-hoe-zit-dit",
        "V",
        fact="2.4-2.5",
    ),
    Source(
        "wvo-voortgang",
        "WVO: ouders van leerlingen van 16 en 17 horen de voortgang (artikel niet gecontroleerd)",
        "https://support.kennisnet.org/Knowledgebase/Article/View/676/0/wat-is-de-exacte-leeftijd-waarop-de-leerling-om-toestemming-moet-worden-gevraagd-en-niet-de-ouders-er-komen-2-leeftijden-in-beeld-16-en-18-jaar-hoe-zit-dit",
        "NV",
        fact="2.5",
    ),
    Source(
        "verzamelwet-12",
        "Wetsvoorstel Verzamelwet gegevensbescherming (rechten vanaf 12 jaar, status onbekend)",
        "https://www.lexdigitalis.nl/de-uitoefening-van-de-rechten-van-kinderen-als-betrokkene-respectievelijk-als-patient-en-het-beroepsgeheim-onder-de-verzamelwet-gegevensbescherming-en-de-wgbo/",
        "NV",
        fact="2.7",
    ),
    Source(
        "wgbo-450-465",
        "WGBO (BW 7:450 en 7:465): toestemming per leeftijd bij zorgverleners",
        "https://www.meldcode.nu/informatie-delen/",
        "V-sec",
        fact="2.8",
    ),
    Source(
        "wgbo-457",
        "WGBO (BW 7:457): beroepsgeheim van de zorgverlener",
        "https://www.sdu.nl/content/commentaar-op-burgerlijk-wetboek-boek-7-art-457-letselschade-en-vermogensrecht",
        "V",
        fact="2.10",
    ),
    Source(
        "therapeut-school",
        "Zorgverlener aan school: alleen met toestemming (afgeleid)",
        "https://www.meldcode.nu/informatie-delen/",
        "I",
        fact="2.11",
    ),
    Source(
        "bw-1-377c",
        "BW 1:377c: informatie voor een ouder zonder gezag",
        "https://www.boelszanders.nl/informatieplicht-van-school-aan-de-ouder-zonder-het-ouderlijk-gezag/",
        "V-sec",
        fact="2.14",
    ),
    Source(
        "wpo-42",
        "WPO artikel 42: onderwijskundig rapport, kopie voor ouders",
        "https://www.onderwijsinspectie.nl/onderwerpen/leraren/vraag-en-antwoord/zijn-er-voorschriften-hoe-wij-als-school-een-leerling-overdragen-aan-een-andere-school-of-vervolgonderwijs",
        "V",
        fact="3.1",
    ),
    Source(
        "besluit-okr",
        "Besluit uitwisseling leer- en begeleidingsgegevens (Stb. 2012, 234) artikel 2",
        "https://zoek.officielebekendmakingen.nl/stb-2012-234.html",
        "V",
        fact="3.2",
    ),
    Source(
        "okr-geen-toestemming",
        "Onderwijskundig rapport: geen toestemming nodig",
        "https://www.verus.nl/actueel/nieuws/wat-als-ouders-het-oneens-zijn-met-het-onderwijskundig-rapport",
        "V-sec",
        fact="3.4",
    ),
    Source(
        "lkc-106691",
        "Landelijke Klachtencommissie 106691: inzage vooraf en zienswijze ouders (aanbeveling)",
        "https://www.onderwijsgeschillen.nl/uitspraken/het-raadzaam-desgevraagd-het-onderwijskundig-rapport-ter-inzage-aan-ouders-te-geven",
        "V",
        fact="3.6",
    ),
    Source(
        "wpo-40a",
        "WPO artikel 40a: ontwikkelingsperspectief binnen 6 weken",
        "http://www.passendonderwijsenouders.nl/nl/wet--en-regelgeving/inspraak-ouders/leerlingniveau/ontwikkelingsperspectief/",
        "V-sec",
        fact="3.7",
    ),
    Source(
        "opp-instemming",
        "Instemmingsrecht op het handelingsdeel van het OPP (sinds 1 augustus 2017)",
        "https://www.onderwijsconsument.nl/instemmingsrecht-passend-onderwijs-voor-ouders-vanaf-1-augustus-2017/",
        "V",
        fact="3.8",
    ),
    Source(
        "ap-leerlingdossier",
        "Autoriteit Persoonsgegevens: leerlingdossier",
        "https://autoriteitpersoonsgegevens.nl/themas/onderwijs/gebruik-van-persoonsgegevens-in-het-onderwijs/leerlingdossier",
        "V",
        fact="3.10-3.11",
    ),
    Source(
        "kennisnet-bewaartermijnen",
        "Kennisnet: bewaartermijnenoverzicht",
        "https://aanpakibp.kennisnet.nl/bewaartermijnen",
        "V",
        fact="3.12",
    ),
    Source(
        "poraad-bewaren",
        "PO-Raad: bewaartermijnen leerlingdossier",
        "https://www.poraad.nl/veelgestelde-vragen/wat-zijn-de-bewaartermijnen-mbt-leerlingdossiers-en-dan-meer-specifiek-de",
        "V-sec",
        fact="3.13",
    ),
    Source(
        "vrijstellingsbesluit",
        "Oude Vrijstellingsbesluit Wbp (vervallen): 2 jaar na vertrek",
        "https://www.verus.nl/actueel/nieuws/een-jaar-avg-en-300-privacyvragen-verder-dit-is-een-van-de-meestgestelde",
        "V-sec",
        fact="3.14",
    ),
    Source(
        "lkc-104548",
        "Landelijke Klachtencommissie 104548: wat niet in het leerlingdossier hoort",
        "https://www.onderwijsgeschillen.nl/uitspraken/klacht-over-weigering-verstrekking-volledig-leerlingdossier-en-partijdige-opstelling",
        "V",
        fact="3.16",
    ),
    Source(
        "swv-taak",
        "WPO artikel 18a: school en samenwerkingsverband hebben elk een eigen wettelijke taak",
        "https://support.kennisnet.org/Knowledgebase/Article/View/673/111/is-voor-de-uitwisseling-van-gegevens-tussen-school-en-samenwerkingsverband-passend-onderwijs-een-verwerkersovereenkomst-nodig",
        "V",
        fact="3.17",
    ),
    Source(
        "swv-gezondheid",
        "WPO artikel 18a: gezondheidsgegevens bij het samenwerkingsverband, tot 3 jaar",
        "https://www.sterkmedezeggenschap.nl/ondersteuning/omgaan-met-privacy-op-school/",
        "V-sec",
        fact="3.18",
    ),
    Source(
        "swv-praktijk",
        "Voorbeeld uit de praktijk: ouders beslissen over medische verslagen bij een aanvraag",
        "https://www.swvapeldoornpo.nl/passend-onderwijs/privacy",
        "V",
        fact="3.19",
    ),
    Source(
        "kennisnet-uitwisselen",
        "Kennisnet: uitwisselen van persoonsgegevens",
        "https://aanpakibp.kennisnet.nl/uitwisselen-van-persoonsgegevens/",
        "V",
        fact="3.20",
    ),
    Source(
        "inspectie",
        "Inspectie mag het leerlingdossier inzien (WOT, artikel niet gecontroleerd)",
        "https://support.kennisnet.org/Knowledgebase/Article/View/667/111/mag-de-inspectie-van-het-onderwijs-gegevens-in-het-leerlingdossier-inzien",
        "V",
        fact="3.21",
    ),
    Source(
        "meldcode",
        "Wmo 2015 artikel 5.2.6 en Besluit verplichte meldcode",
        "https://www.onderwijsgeschillen.nl/thema/informatieverstrekking-aan-veilig-thuis",
        "V",
        fact="3.22",
    ),
    Source(
        "verwijsindex",
        "Jeugdwet 7.1.4.1: Verwijsindex risicojongeren",
        "https://www.verwijsindexhaaglanden.nl/professionals/juridisch-kader/",
        "V-sec",
        fact="3.23",
    ),
    Source(
        "raad-kb",
        "BW 1:240: informatie aan de Raad voor de Kinderbescherming",
        "https://www.gzr-updates.nl/commentaar/212761",
        "V",
        fact="3.24",
    ),
    Source(
        "gezinsvoogd",
        "Gezinsvoogd bij een ondertoezichtstelling (LKC 12-7-2017)",
        "https://www.boelszanders.nl/het-informeren-van-een-gezinsvoogd/",
        "V-sec",
        fact="3.25",
    ),
    Source(
        "wpo-18a-aanmelding",
        "Aanmelding: gegevens aanvullen, besluit binnen 4 weken (de bron noemt WPO 18a; dat "
        "artikel gaat over het samenwerkingsverband, de aanmelding staat in WPO 40)",
        "http://www.passendonderwijsenouders.nl/nl/wet--en-regelgeving/privacy-en-leerlingendossier/aanleveren-informatie-/",
        "V-sec",
        fact="3.26",
    ),
    Source(
        "aanmelding-toestemming",
        "Bij aanmelding geen informatie van anderen zonder toestemming",
        "https://www.ouderjeugdsteunpuntzob.nl/veelgestelde-vragen/welke-informatie-moet-ik-delen-met-school-en-school-met-mij/welke-informatie-moet-ik-delen-met-school-en-school-met-mij-2",
        "V-sec",
        fact="3.27",
    ),
    Source(
        "gpo",
        "Geschillencommissie Passend Onderwijs: verzoek binnen 6 weken",
        "https://www.onderwijsgeschillen.nl/uitspraken/verzoek-over-weigering-toelating-gegrond-vanwege-onvoldoende-onderzoek",
        "V",
        fact="3.31",
    ),
    Source(
        "gespreksverslag",
        "Werkwijze dossierwijs: twee weken om op een verslag te reageren (geen wet)",
        "",
        "I",
    ),
    Source(
        "onderzoek-ouders-eerst",
        "Ouders lezen een onderzoeksverslag eerst en beslissen of het naar school gaat",
        "https://www.ouderjeugdsteunpuntzob.nl/veelgestelde-vragen/welke-informatie-moet-ik-delen-met-school-en-school-met-mij/met-wie-mag-school-informatie-over-mijn-kind-bespreken",
        "V-sec",
        fact="5.7",
    ),
    Source(
        "avg-16",
        "AVG artikel 16 (rectificatie, aanvullende verklaring)",
        "https://gdprhub.eu/index.php?direction=next&oldid=18274&title=Article_16_GDPR",
        "V",
        fact="1.20",
    ),
    Source(
        "ap-klacht",
        "Autoriteit Persoonsgegevens: eerst de organisatie aanspreken, dan klagen",
        "https://www.autoriteitpersoonsgegevens.nl/vraag-van-de-maand/ik-wil-weten-welke-gegevens-een-organisatie-van-mij-heeft-hoe-moet-de-organisatie-mij-dat-laten-zien",
        "V",
        fact="1.33",
    ),
    Source(
        "gesprek-opnemen",
        "Wetboek van Strafrecht 139a: een gesprek opnemen waaraan u zelf deelneemt",
        "https://blog.iusmentis.com/tag/gesprek/",
        "V-sec",
        fact="4.1",
    ),
    Source(
        "opname-bewijs",
        "Hoge Raad 16 oktober 1987 (Bandopname): een opname van een deelnemer mag als bewijs",
        "https://inview.nl/document/id15761987101613253admusp",
        "V",
        fact="4.2",
    ),
    Source(
        "opname-delen",
        "Een opname verspreiden kan de privacy van anderen schenden (Grondwet 10, EVRM 8)",
        "https://www.bureaubedrijfsfraude.nl/nl/actueel/nieuws/heimelijk-opgenomen-gesprek-toelaatbaar-bewijs/",
        "V-sec",
        fact="4.4",
    ),
    Source(
        "opname-huishoudelijk",
        "Een opname voor uzelf valt volgens één auteur onder de huishoudelijke uitzondering (AVG 2)",
        "https://blog.iusmentis.com/tag/gesprek/",
        "V-sec",
        fact="4.5",
    ),
    Source(
        "balans-dos-donts",
        "Balans: do's en don'ts bij informatie-uitwisseling tussen ouders en school",
        "https://balansdigitaal.nl/kennisbank/onderwijs/neem-de-stille-regie/dos-en-donts-informatie-uitwisseling-ouders-school",
        "V",
        fact="6.4",
    ),
    Source(
        "goede-vrijdag",
        "Rijksoverheid: Goede Vrijdag is een officiële feestdag",
        "https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/goede-vrijdag-vrije-dag",
        "V",
    ),
    Source(
        "avg-77",
        "AVG artikel 77: gratis klagen bij de Autoriteit Persoonsgegevens",
        "https://legalviz.eu/gdpr/article/77",
        "V",
        fact="1.32",
    ),
    Source(
        "avg-17",
        "AVG artikel 17 (recht op verwijdering)",
        "https://privacy-web.nl/en/wetgeving/algemene-verordening-gegevensbescherming-avg-2/artikel-17/",
        "V",
        fact="1.22",
    ),
    Source(
        "gpo-106807",
        "GPO 106807: de school mocht weigeren, de ouders gaven te weinig informatie",
        "https://www.onderwijsgeschillen.nl/uitspraken/de-vmbo-school-mocht-de-leerling-weigeren-omdat-de-ouders-onvoldoende-gegevens-over-zijn",
        "V",
        fact="3.29",
    ),
    Source(
        "gpo-108241",
        "GPO 108241: de school had de aanmelding moeten opschorten in plaats van weigeren",
        "https://www.onderwijsgeschillen.nl/uitspraken/geschil-over-toelating-leerling-de-school-heeft-onvoldoende-invulling-gegeven-aan-haar",
        "V",
        fact="3.30",
    ),
    Source(
        "uavg-34-35",
        "UAVG artikel 34 en 35: bezwaar (Awb, 6 weken) bij een bestuursorgaan, anders een "
        "verzoekschrift bij de rechtbank binnen 6 weken",
        "https://lexboost.com/rechtspraak/ECLI:NL:HR:2023:1216",
        "V-sec",
        fact="1.35-1.36",
    ),
    Source(
        "wpo-40-toelating",
        "WPO artikel 40 (WVO artikel 27 oud, WEC artikel 40): besluit over toelating binnen 6 "
        "weken na de schriftelijke aanmelding, eenmaal 4 weken verlengen",
        "http://www.passendonderwijsenouders.nl/nl/wet--en-regelgeving/inspraak-ouders/leerlingniveau/toelating/",
        "V-sec",
    ),
    Source(
        "cjeu-c579-21",
        "Hof van Justitie C-579/21 (Pankki S): wanneer en waarvoor gegevens zijn geraadpleegd "
        "hoort bij inzage",
        "https://privacyoutloud.ro/2023/06/26/cjeu-delivers-judgment-on-data-subjects-right-to-know-the-date-of-and-the-reasons-for-the-consultation-of-their-personal-data",
        "V-sec",
    ),
    Source(
        "jeugdwet-7-3-11",
        "Jeugdwet artikel 7.3.11 lid 4: inlichtingen aan de gecertificeerde instelling bij een "
        "ondertoezichtstelling",
        "https://wetten.legaltools.nl/jeugdwet/artikel-7311",
        "V",
        fact="2.15",
    ),
    Source(
        "bw-1-377b",
        "BW 1:377b: de ouder met gezag informeert en raadpleegt de ouder zonder gezag",
        "https://inview.nl/document/id6509ae0eca24fdd9a93b983a1e8cb82a/burgerlijk-wetboek-boek-1-artikel-377b-informatierecht-tegenover-andere-ouder-01-05-2007-tot",
        "V",
    ),
    Source(
        "bw-1-251",
        "BW 1:251 lid 2: na een scheiding houden ouders samen het gezag, tenzij de rechter "
        "anders beslist",
        "https://adoc.pub/de-positie-van-de-school-ten-opzichte-van-ouders-met-een-ver.html",
        "V-sec",
    ),
    Source(
        "gezagsregister",
        "Het gezagsregister bij de rechtbank: wie het gezag heeft als het afwijkt van de "
        "hoofdregel",
        "https://www.debesteadvocaat.nl/wat-is-het-gezagsregister/",
        "V-sec",
    ),
]

SOURCES: dict[str, Source] = {source.id: source for source in _ALL}


_HEDGES: dict[str, str] = {
    "I": (
        "Dit is onze uitleg op basis van de bronnen, geen letterlijke wettekst. Meestal klopt "
        "het, maar vraag het na als er veel van afhangt."
    ),
    "NV": "Dit hebben wij niet kunnen controleren. Vraag het na voordat u erop vertrouwt.",
}


def hedge_sentence(confidence: Confidence) -> str:
    """The Dutch caution shown with an answer of this confidence ("" for V and V-sec)."""
    return _HEDGES.get(confidence, "")


def source(source_id: str) -> Source:
    """Look up one source; a KeyError here is a programming error, not user input."""
    return SOURCES[source_id]


def sources(*source_ids: str) -> tuple[Source, ...]:
    return tuple(SOURCES[i] for i in source_ids)


def source_dicts(source_ids: tuple[str, ...] | list[str]) -> list[dict[str, str]]:
    """Sources as plain data for JSON and templates (Dutch keys, as the CLI prints them)."""
    return [
        {
            "id": s.id,
            "bron": s.citation,
            "url": s.url,
            "zekerheid": s.confidence,
            "gecontroleerd": s.checked.isoformat(),
        }
        for s in sources(*source_ids)
    ]
