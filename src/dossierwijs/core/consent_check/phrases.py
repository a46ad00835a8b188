"""Dutch phrase patterns that show what a consent form says, or fails to say.

The patterns are written from the criteria (AVG art. 4 lid 11, 7, 13; overwegingen
32, 42, 43), not from any one form: they describe how Dutch schools and care
providers typically word an open purpose, a vague group of recipients, an
open-ended period or a condition. All patterns run on ``normalise``-d text:
lower case, no accents.
"""

from __future__ import annotations

import re

from .alternation import alternatives as _re
from .phrases_bundled import BUNDLED  # noqa: F401  (re-exported)
from .phrases_data import (  # noqa: F401  (re-exported)
    DATA_NOUN,
    TOLD_CONTENT,
    VAGUE_DATA,
    VAGUE_DATA_WHEN_SHARED,
)
from .phrases_purpose import VAGUE_PURPOSE  # noqa: F401  (re-exported)
from .phrases_recipients import (  # noqa: F401  (re-exported)
    CLOSED_LIST,
    ONE_OF,
    ONE_UNNAMED,
    OPEN_LIST,
    PICKED_LATER,
    ROLE_RECIPIENT,
    ROLE_WORDS,
    STAND_IN,
    VAGUE_RECIPIENT,
)
from .phrases_storage import STORAGE, STORAGE_PLACE  # noqa: F401  (re-exported)

# --- what the sentence is about -------------------------------------------------------

# Verbs of exchanging, passing on or receiving data.
SHARING = _re(
    r"\b(delen|deelt|gedeeld|uitwissel\w*|uit te wisselen|wissel\w*\b.{0,60}\buit)\b",
    # The first person, which the lemmas read as nouns: "Ik deel dan de volgende gegevens"
    # (sealed167), "vertel ik de mentor".
    r"\b(ik|wij|we) (deel|vertel|bespreek)\b|\b(deel|vertel|bespreek) (ik|wij|we)\b",
    r"\b(verstrek\w*|opvra\w*|op te vragen|vraag\w*\b.{0,100}\bop|opgevraagd)\b",
    # "vragen wij ... de volgende gegevens over uw kind op bij de vervolgopleiding" (sealed131)
    r"\bvragen\b[^.]{0,100}\bop bij\b",
    # Asking another for a document: "vragen wij de gymleraar om het bewegingsplan".
    r"\b(vragen|vraagt|vraag)\b(?! (wij |we |ik )?(u|jullie|ouders|je|jou)\b)[^.]{0,60}"
    r"\bom (het|de|een|zijn|haar)\b"
    r"(?! (toestemming|handtekening|medewerking|reactie|antwoord)\b)",
    r"\b(doorge\w+|door te geven|geeft\b.{0,60}\bdoor|geven\b.{0,60}\bdoor)\b",
    # "stelt de school het leerlingdossier van uw kind ter beschikking aan de onderzoekers"
    # (sealed238)
    r"\bter beschikking (stellen|stelt|stel|gesteld|te stellen)\b"
    r"|\b(stellen|stelt|stel)\b[^.]{0,60}\bter beschikking\b",
    r"\b(overdra\w*|overgedragen|voorleggen|voorgelegd|leg\w*\b.{0,60}\bvoor aan)\b",
    r"\b(stuur\w*|sturen|stuurt|versturen|verstuurd|toegestuurd|ontvang\w*|krijg\w*)\b",
    r"\b(inzage|inzien|in te zien)\b",
    r"\bschrij\w*\b[^.]{0,40}\b(brief|verslag|bericht|mail|e-mail)\w*\b[^.]{0,20}\baan\b",
    r"\b(bespre\w*|besproken|terugkoppel\w*|informeren|melden|aanmeld\w*|gaat naar|gaan naar)\b",
    # An English or bilingual form: "We would share", "sends the report to", "pass on".
    r"\b(share|shares|shared|sharing|send|sends|sent|receive|receives|received|pass(es)? on|"
    r"passed on|exchange[sd]?|forward(s|ed)?|disclose[sd]?|request(s|ed)?)\b",
    r"\b(vertellen|vertelt|verteld|inlichten|licht\w*\b.{0,40}\bin|meedelen|doorspelen)\b",
    r"\b(geeft|geven)\b.{0,80}\b(aan|door)\b",
    # The first person: "Daarvoor geef ik de voornaam van je kind door aan de jeugdcommissie"
    # (sealed104). Not the imperative to the parent: "Geef hieronder aan ...", "Geef uw kind
    # een bidon mee".
    # ("Ik geef toestemming aan de school" is the consent itself.)
    r"\b(geef (ik|wij|we)|(ik|wij|we) geef)\b(?! (\w+ ){0,2}(toestemming|akkoord|geen)\b)[^.]{0,80}"
    r"\bdoor\b",
    r"\b(geeft|geven)\b(?! (u|jullie|je|dat|het)\b)",
    r"\b(van|door) (de |het )?[\w-]+ naar\b|\bnaar (de|het) \w+\b.{0,20}\b(gaat|gaan|sturen)\b",
    # Another asks to have the papers: "Rekenpunt wil graag Zofia's twee toetsen hebben"
    # (not contact, a reply or a talk: "wil graag contact met u hebben over het rapport").
    r"\b(wil|willen|zou|zouden)\b (graag|ook|nog)\b(?![^.]{0,60}\b(contact|gesprek|reactie|"
    r"antwoord|toestemming|handtekening|afspraak)\b)[^.]{0,60}\bhebben\b",
    # Papers taken along to a talk: "wil ik de uitslag van de gehoortest meenemen naar het
    # gesprek met de jeugdverpleegkundige" (not home: "neem het rapport mee naar huis").
    r"(?=[^.]*\b(gesprek|overleg|bespreking|mdo|intake|vergadering|afspraak)\w*\b)[^.]*"
    r"\b(meenemen|meegenomen|mee te nemen|neem\w*\b[^.]{0,60}\bmee)\b",
)
# Using data in other ways than passing it on: publishing photos, showing them to parents.
DATA_USE = re.compile(r"\b(laten zien|publiceren|gepubliceerd|plaatsen|tonen|gebruiken|gebruikt)\b")
# Making and watching pictures, which names the pictures as the data of the request: "een
# foto in het groepsalbum zetten", "bekijkt de opname", "vertonen op de ouderavond" (only for
# which data: as a use it would split one exchange into several).
PICTURE_USE = re.compile(
    r"\b(filmen|gefilmd|fotograferen|gefotografeerd|vertonen|vertoond|bekijkt|bekijken|bekeken|"
    r"terugkijken|terug te kijken)\b"
    # "in het klasalbum van groep 5 zetten", "zet ik in het album".
    r"|\bin het \w*album\b[^.;]{0,30}\b(zetten|zet)\b|\b(zetten|zet)\b[^.;]{0,15}\bin het \w*album\b"
)
# ("niks" is how a message says "niets": "Als ik niets van je hoor, stuur ik niks door".)
NEGATION = re.compile(r"\b(niet|geen|nooit|niemand|niets|niks|geen enkele|not|never|no|won't)\b")

# --- table columns: what a column holds, by its header ------------------------------------

DATA_COLUMN = re.compile(
    r"^(wat|welke gegevens|gegevens|welke informatie|informatie|welke stukken|stukken|"
    r"documenten|wat wij delen|wat delen wij|wat gaat er|wat wordt gedeeld|inhoud|"
    r"soort gegevens|information|data)\b"
)
PURPOSE_COLUMN = re.compile(r"^(waarom|waarvoor|doel|met welk doel|reden|purpose)\b")
RECIPIENT_COLUMN = re.compile(
    r"^(wie|met wie|aan wie|naar wie|ontvanger|ontvangers|naar|aan|organisatie|met|instantie|"
    r"instelling|partij|gedeeld met|recipient)\b"
)

# --- doel -----------------------------------------------------------------------------

PURPOSE_MARKER = _re(
    r"^(waarvoor|doel|het doel|met als doel|reden)\b|\b(de )?bedoeling (is|daarvan|hiervan)\b",
    # "Het verslag is nodig voor haar verwijzing", not the consent act ("nodig voor het delen").
    r"\b(is|zijn) nodig voor (de|het|haar|zijn|hun|een) (?!(delen|uitwisselen|doorsturen|"
    r"versturen|verstrekken|toestemming|uitwisseling|dossier|administratie|registratie|archief)\b)"
    r"[a-z-]{4,}",
    r"\bzodat\b|\bso that\b|\bin order to\b",
    r"\b(is|zijn) (er|daar|hier)?voor bedoeld (dat|om)\b",  # "Dat lijstje is ervoor bedoeld dat"
    r"\bto (check|see|find out|assess|determine|decide|plan|adjust|prepare|understand|study|"
    r"learn|measure|compare|evaluate)\b",
    # Knowing what to do in an emergency: "the people around the pitch need to know what to
    # do", "de leiding moet weten wat ze moet doen".
    r"\bneeds? to know (what|how) to (do|act|help|react)\b|\bso (that )?(they|we|he|she|the \w+) "
    r"(can|know|will)\b",
    r"\b(moet|moeten) weten (wat|hoe) (te doen|te handelen|(ze|zij|hij|we|wij) (moet|moeten) doen)\b",
    # "a study of how children with ADHD keep their attention"
    r"\b(study|research|project) (of|into|on|about) (how|whether|what|which|why)\b",
    r"\b(study|research|project|trial) (tests|examines|investigates|explores|looks at) (how|whether|"
    r"if|what|which|why)\b",
    r"\b(willen|wil) (wij |we |ik )?(weten|onderzoeken|nagaan|begrijpen|uitzoeken) (of|hoe|wat|welke)\b",
    # The question of a study, verb first: "In groep 4 onderzoeken wij dit jaar hoe ...".
    r"\b(onderzoeken|bestuderen|onderzoekt|bestudeert) (wij|we|zij|ze|de onderzoekers)\b[^.,;]{0,30}"
    r"\b(hoe|of|welke|wat|waarom)\b",
    # Support of one named thing: "ter ondersteuning van de rekeninstructie" (not of "uw kind").
    r"\bter ondersteuning van (de|het) [a-z-]*(instructie|behandeling|aanvraag|onderzoek|les|lessen|"
    r"therapie|oefening|oefeningen)\b",
    # What a meeting weighs: "bespreken wij in een MDO of de ondersteuning werkt en wat er
    # anders moet" (sealed90, after scoring).
    r"\b(bespreken|bespreekt|evalueren|evalueert|bekijken|bekijkt)\b[^.,;]{0,40}\b(of|hoe|wat)\b"
    r"[^.]{0,60}\b(werkt|werken|helpt|helpen|aanslaat|aanslaan|anders moet|anders kan|beter kan)\b",
    r"\b(nagaan|nagegaan|bekijken|uitzoeken|onderzoeken|beoordelen|bepalen|vaststellen) (of|wat|"
    r"hoe|welke)\b",
    # What is looked at, in so many words: "Ze kijkt twintig minuten hoe een kind praat".
    r"\b(kijkt|kijken|bekijkt|luistert|luisteren)\b[^.,;]{0,30}\b(hoe|of) ((een|uw|het|je|jouw) "
    r"(kind|leerling|zoon|dochter)|hij|zij|ze|[a-z]+) (praat|leest|schrijft|rekent|beweegt|speelt|"
    r"spreekt|klanken|hoort|ziet|reageert|omgaat|werkt|loopt)\b",
    r"\bdan kan (ze|hij|zij|de \w+)\b[^.]{0,60}\b(aanpassen|afstemmen|laten aansluiten)\b",
    # Formal letters: "Teneinde ... te komen", "Ter voorbereiding daarop", "met het oog op".
    r"\bten ?einde\b[^.]{0,80}\bte\b|\bter voorbereiding (op|daarop|van)\b|\bmet het oog op\b",
    r"\bhet doel (is|van)\b|\bbedoeld (om|voor)\b|\bom te bepalen\b",
    # What it is meant as: "Het is bedoeld als spreekoefening Engels" (sealed240).
    # (not the letter itself: "Deze brief is bedoeld als toelichting")
    r"(?<!brief )(?<!formulier )(?<!mail )(?<!bericht )(?<!folder )(?<!document )"
    r"\b(is|zijn|wordt|worden) bedoeld als (een )?(?!(toelichting|aanvulling|uitleg|informatie|"
    r"bevestiging|herinnering|uitnodiging)\b)[a-z-]{5,}",
    # "om ... te", but not the consent act itself: "niet verplicht om toestemming te geven".
    # Nor the parent's freedom: "U bent vrij om nee te zeggen", "het recht om in te trekken".
    r"(?<!vrij )(?<!recht )(?<!keuze )(?<!mogelijkheid )(?<!gerechtigd )"
    r"\bom\b(?! (nee|geen toestemming)\b)(?![^.]{0,40}\b(in te trekken|te weigeren|terug te (nemen|"
    r"draaien|trekken)|te herroepen|te stoppen)\b)"
    r"(?! (uw |je |jullie |deze |dit )?(toestemming|akkoord|handtekening|formulier) te\b)"
    r"(?! (dit |het )?(formulier )?(te tekenen|te ondertekenen|in te vullen)\b).{0,80}\bte\b",
    # A purpose as a noun: "voor de beoordeling van de aanvraag", "ten behoeve van de planning".
    r"\b(voor|ten behoeve van|t\.b\.v\.?) (de|het) (beoordeling|voorbereiding|planning|bepaling|"
    r"vaststelling|keuze|afstemming|inschatting|beslissing|toewijzing) van\b",
    r"\bvoor (het|de|dit|deze) (onderzoek|evaluatie|aanvraag|consult|overleg|gesprek|behandeling|"
    r"aanmelding|observatie)\b",
    r"\bhelpt\b[^.]{0,30}\b(bepalen|kiezen|beslissen|beoordelen|vaststellen)\b",
    r"\bwaardoor\b|\bopdat\b|^(daarvoor|hiervoor|daarom)\b",
    # The same after a text message's part number: "[2/4] Daarvoor geven wij ..." (sealed206).
    r"^[\[(]\d{1,2}/\d{1,2}[\])] (daarvoor|hiervoor|daarom)\b",
    r"\b(wil|willen|kan|kunnen|gaat|gaan|zal|zullen)\b[^.,]{0,20}\b(daarmee|hiermee)\b",
    # What the recipient does with it, without a modal: "die daarmee het lezen beoordeelt",
    # "Het loket beoordeelt daarmee of ...".
    # (a looking or knowing verb says what: "kijken wij of ...", not "kijkt wat er nodig is",
    # "helpen wij Daan zo goed mogelijk", "weten wij dat u het formulier heeft gelezen")
    r"\b(daarmee|hiermee)\b[^.,;]{0,50}\b(beoordeelt|beoordelen|bepaalt|bepalen|bespreekt|bespreken|"
    r"afstemmen|stemt|aanpassen|past|plant|plannen)\b"
    r"|\b(daarmee|hiermee)\b[^.,;]{0,50}\b(bekijkt|bekijken|kijkt|kijken|ziet|zien|weet|weten)\b"
    r"[^.,;]{0,30}\b(of|hoe|welke|waar)\b"
    r"|\b\w+(t|en) (daarmee|hiermee) (of|hoe|welke|wie|waar)\b",
    r"^(voor|ten behoeve van|met het oog op) (het|de|een|dit|deze)\b",
    r"\bomdat\b|\bmee (te )?denken\b|^zo (kan|kunnen|kunt|weet|weten|krijgt|krijgen)\b"
    # "Zo komt alles sneller terug bij de eigenaar" (sealed228)
    # (back with its owner, not just faster: "Zo komt alles sneller online" says no what for)
    r"|^zo (komt|komen|vindt|vinden) (alles|het|ze|de|uw|je|jullie|elk|ieder)\b[^.;]{0,40}"
    r"\b(terug|terecht|eigena(ar|ren))\b",
    # The reason said before, the exchange after: "Ekelhof wil weten wie er komt. Wij geven
    # daarom de naam ... door" (sealed105, after scoring).
    # (also with the recipient between: "Wij mailen hem daarom elke dinsdag een lijst", sealed207)
    r"\b(wij|we|ik) (geven|sturen|delen|mailen|vragen)( hem| haar| hen| ze)? daarom\b",
    # A study of one's own: "voor haar afstudeeronderzoek", "voor zijn scriptie".
    r"\bvoor (haar|zijn|hun|mijn|een) [a-z-]*(onderzoek|scriptie|studie|stageopdracht)\b",
    # "Zo ontdekken wij hoofdluis op tijd", "Zo voorkomen we dat ...": what it brings about.
    r"^zo (ontdekken|ontdekt|voorkomen|voorkomt|signaleren|signaleert|zien|ziet|merken|merkt|"
    r"zorgen|zorgt|houden|houdt) (wij|we|zij|ze|hij|de [a-z]+)\b",
    # A purpose set off after the exchange: "delen wij ... met de KNVB, voor de spelerspassen".
    r", (voor|ten behoeve van|met het oog op) (het|de|een|uw|je) [a-z]+",
)
# Two purposes named side by side: "voor de spelerspassen en de teamfoto", "zodat ... en zodat".
TWO_PURPOSES = re.compile(
    r"\bvoor (de|het) [a-z]+ en (voor )?(de|het) [a-z]+|\bzodat\b[^.]{0,80}\ben zodat\b"
    # each recipient with its own: "met de GGD voor het advies en met de vervoerder voor de
    # instructie van de chauffeur"
    r"|\bvoor (de|het|een) [a-z]+\b[^.]{0,40}\ben (met|aan|naar) [^.]{0,60}\bvoor (de|het|een) [a-z]+"
    # "... met de logopedist, zodat zij kan oefenen, en met de jeugdarts, om te bepalen ..."
    r"|\b(zodat|om)\b[^.]{0,100}, en (ook )?(met|aan|naar) [^.]{0,80}\b(zodat|om|voor (de|het|een))\b"
)

# A consequence for the recipient, in a sentence that shares: "De juf krijgt de uitslag,
# dan weet ze welke letters hij moet oefenen".
PURPOSE_CONSEQUENCE = re.compile(
    r"\bdan (weet|weten|kan|kunnen|snapt|begrijpt|ziet|zien)\b"
    # What the recipient then does: "Zij sturen dan een tolk naar de gesprekken."
    r"|^\W*(zij|ze|hij|die) \w+ dan\b"
)
# The same consequence as a sentence of its own, right after the exchange: "... mailen. Dan kan
# zij de oefeningen daarop laten aansluiten."
CONSEQUENCE_AFTER = re.compile(
    r"^(dan|daarmee|hiermee|daardoor) (weet|weten|kan|kunnen|snapt|begrijpt|ziet|zien|(kent|"
    # (knowing the child is no use: "Dan kent zij uw kind beter")
    r"kennen)(?! ((hij|zij|ze) |de [a-z-]+ )?((uw|je|jullie) (kind|zoon|dochter|leerling)|hem|haar|"
    r"het kind|de situatie)\b))\b"
    # "Met dat verslag kan zij zien ...", "Daarmee bereidt zij het gesprek voor", "Dan sluiten
    # haar oefeningen aan op de klas".
    r"|^(met|door) (dat|dit|die|deze|het|de) [a-z-]+ (kan|kunnen|weet|weten|ziet|zien)\b"
    r"|^(dan|daarmee|hiermee|daardoor|zo) (\w+ )?(hoeft|hoeven|sluit|sluiten|bereidt|bereiden|"
    r"kiest|kiezen|stemt|stemmen|bepaalt|bepalen|past|passen|gebruikt|gebruiken)\b"
    # The recipient first: "Lindenhaven College kan Jesse dan in de tweede ronde meenemen".
    # (not "Jeugdteam Oost weet dan meer": knowing says no use)
    r"|^([a-z-]+ ){1,3}(kan|kunnen) ([a-z-]+ ){1,2}dan\b(?! ook\b)"
    # The teacher then seats the child: "Dan zet ik hem of haar graag dicht bij het raam"
    # (sealed230), not a list: "Dan zet ik uw kind op de lijst".
    r"|^dan (zet|zetten|plaats|plaatsen) (ik|we|wij) (hem of haar|hem|haar|uw kind|je kind)( graag| dan)? "
    r"(dicht|vooraan|achteraan|naast|ver|vlak|in de buurt)\b"
    # The recipient then acts for the parent: "Zij stuurt u dan 1 sms met de vraag hoe u de
    # avond vond" (sealed226).
    # (with the question it asks; "Zij belt u dan", "Zij mailt u dan over andere zaken" say no
    # what for)
    r"|^(zij|ze|hij) (stuurt|sturen|belt|bellen|mailt|mailen|vraagt|vragen) (u|je|jullie) dan\b"
    r"[^.;]{0,25}\b(met (de|een) vraag|om (te|u|je)\b)"
    # The same set-up at the recipient: "Dan staat LeesLint op school net zo ingesteld als bij
    # ons" (sealed201).
    r"|^(dan|zo|daarmee) (staat|staan) [^.,;]{0,50}\b(net zo|hetzelfde|op dezelfde manier) "
    r"(ingesteld|afgesteld)\b"
    # After the event it is for: "Valt een kind of raakt het de weg kwijt, dan kan de controleur
    # u meteen bellen" (sealed205); not after the parent's answer ("Als u nee zegt, dan ...").
    r"|^((als|wanneer|mocht) (een|uw|je|het) (kind|leerling|zoon|dochter)|(valt|vallen|raakt|raken|"
    r"gaat|wordt|krijgt) (een|uw|je|het) (kind|leerling|zoon|dochter))\b[^.]{0,100}, dan (kan|kunnen) "
    r"(de|het|hij|zij|ze) (?![^.]*\b(niet|geen|nooit|noch)\b)([a-z-]+ )?[a-z]+ (\w+ )?(bellen|halen|"
    r"ophalen|waarschuwen|vinden|terugbrengen)\b"
)
# An advice as the content told: "vertellen dat hij beter rechts vooraan kan zitten".
ADVICE_TOLD = re.compile(
    r"\b(vertel\w*|verteld|laten weten|laat\b[^.]{0,20}\bweten|adviseren|adviseert|doorgeven)\b"
    r"[^.]{0,60}\bdat\b[^.]{0,60}\b(beter|best|moet|moeten|nodig heeft|nodig hebben)\b"
    # or an instruction to act on: "uitleg geven over ... wat te doen bij een hypo"
    r"|\b(uitleg|instructie|advies|adviezen|tips|protocol)\b[^.]{0,80}\b(wat te doen|hoe te "
    r"handelen|wat (zij|hij|ze|de school|de leerkracht) moet doen)\b"
    # an advice for a place of use: "doorgeven welk advies zij heeft voor in de klas"
    r"|\b(advies|adviezen|tips)\b[^.]{0,40}\bvoor (in|op) (de|het) (klas|groep|les|lessen|school|"
    r"thuis|gymles)\b"
)

# "tenzij u dit vakje aankruist": the parent must act to refuse (opt-out), unless the main
# clause itself says nothing happens ("wij delen niets, tenzij u ...").
OPT_OUT_UNLESS = re.compile(
    r"\btenzij (u|jullie|je|jij)\b(?![^.]{0,40}\b(ja|toestemming geeft)\b)[^.]{0,40}"
    r"\b(aankruist|aanvinkt|aangeeft|invult|doorstreept|meldt|inlevert)\b"
)
# A question that asks the parent's permission, answered by a reply: "Is het goed als ...?"
PERMISSION_QUESTION = re.compile(
    r"\b(u|jullie|je) het goed (vindt|vinden|vind)\b|\blaten weten of\b|\bweten of (u|jullie|je)\b"
    r"|\b(is het goed|vindt u het goed|vinden jullie het goed|vind je het goed|mag ik|mogen wij|"
    r"mogen we|gaat u akkoord|gaan jullie akkoord|ga je akkoord|geeft u toestemming|"
    r"geven jullie toestemming|heb ik (uw|jullie|je) toestemming)\b"
    r"|\b(is|vindt|vind|vinden) (u |je |jullie )?(dat|dit|het) (goed|akkoord|oke|ok|prima)\b"
    r"|\b(mag|mogen) (dat|dit|het)\b|\b(bent|zijn|ben) (u|jullie|je) (daarmee |hiermee )?"
    r"(akkoord|het eens)\b|\b(gaat|gaan) (u|jullie|je) (daarmee |hiermee )?akkoord\b"
)

# --- termijn --------------------------------------------------------------------------

OPEN_ENDED = _re(
    r"\b(gehele|hele|volledige|complete) (school(loop)?baan|schoolperiode|schooltijd|"
    r"basisschooltijd|periode|duur|inschrijving|looptijd)\b",
    r"\bzolang\b[^.]{0,40}\b(op (school|de school)|ingeschreven|leerling|bij ons|bij onze|"
    r"onderwijs|voorziening\w*|gebruik\w*|nodig|cliënt|client|in zorg)\b",
    r"\btot (het einde|het eind|het afscheid) van (de|het) (basisschool|basisschooltijd|"
    r"middelbare school|schooltijd|opleiding|voortgezet onderwijs|school|schoolloopbaan)\b",
    r"\b(tot|totdat) (uw kind|de leerling|je|jij)\b[^.]{0,30}\b(van school gaat|school verlaat|"
    r"uitstroomt|verlaat)\b",
    r"\btot wederopzegging\b|\bonbepaalde tijd\b|\bvoor altijd\b|\bblijvend\b",
    r"\btot (u|jullie) (de |deze |uw )?(toestemming )?(intrekt|intrekken)\b",
    r"\bloopt\b[^.]{0,20}\bdoor\b|\b(automatisch|stilzwijgend|jaarlijks) (verlengd|door)\b",
    r"\bblijft\b[^.]{0,30}\b(geldig|gelden|van kracht)\b(?![^.]{0,20}\btot\b)",
)
RETENTION = re.compile(
    r"\b(bewaar\w*|bewaren|bewaard|vernietig\w*|verwijder\w*|wis\w*|gewist|stored|kept|retained|"
    r"deleted|destroyed|erased|\w*versnipperaar|shredder|shredded|offline|overschreven)\b"
    r"|\bblijv?(en|t)\b[^.;]{0,40}\bstaan\b"
    # "eind juli gooien we het weg", "dan wordt het versnipperd".
    r"|\b(gooien|gooi|gooit)\b[^.;]{0,30}\bweg\b|\bweg(gegooid|gooien|gooit)\b|\bversnipper\w*\b"
    # "gooi ik alle nummers uit mijn telefoon" (sealed109).
    r"|\b(gooien|gooi|gooit)\b[^.;]{0,40}\buit (mijn|de|het|onze|ons)\b"
    # "gooien we de hele uitleenlijst van dit kamp eruit" (sealed228)
    r"|\b(gooien|gooi|gooit)\b[^.;]{0,50}\beruit\b"
)

# --- granulair ------------------------------------------------------------------------

# A party in a list of recipients: a role, a kind of organisation or a known acronym.
PARTY_WORD = re.compile(
    ROLE_WORDS.replace("?P<role>", "")
    + r"|\b(ggd|ggz|swv|cjg|jgz|wijkteam|jeugdhulp|jeugdzorg|gemeente|samenwerkingsverband|"
    r"veilig thuis|politie|leerplicht|consultatiebureau|ziekenhuis|opvang|uwv)\b"
)
# A yes/no pair at the end of an item whose boxes were lost in a scan ("... Ja ll Nee",
# "JA / NEE", "0 wel toestemming 0 geen toestemming").
CHOICE_PAIR = re.compile(
    r"\b(ja|wel( toestemming)?)\b[^a-z]{0,6}(\b(?!of\b)[a-z]{1,2}\b[^a-z]{0,4})?"
    r"\b(nee|geen( toestemming)?)\b\W*$"
)
PER_ITEM = re.compile(
    r"\b(per|bij elk|bij ieder|voor elk|voor ieder|bij elke|voor elke|achter elk|achter ieder|"
    r"achter elke) (ontvanger|regel|onderdeel|"
    r"punt|gegeven|organisatie|doel|vraag|deel|rij|kolom|uitwisseling|partij|deelnemer|persoon)\b"
    # "u mag voor elk apart ja of nee zeggen"
    r"|\b(elk|ieder|elke|iedere|allebei|beide)( \w+)? (apart|afzonderlijk)\b"
)
INLINE_CHOICE = re.compile(r"\b(wel|ja) ?/ ?(geen|niet|nee)\b\*?")
CHOICE_INSTRUCTION = re.compile(
    # (not a purpose: "om samen een aanpak voor groep 4 te kiezen")
    r"\b(kies|kiest|kiezen(?<!te kiezen)|kruis\w*|omcirkel\w*|vul\w*|paraaf|parafeer\w*|initialen)\b"
)
ITEM_CONJUNCTION = re.compile(r"\ben (met|aan|bij|naar|voor|de|het)\b")
# A proper name: capitalised words in a row, e.g. "GGD Brakelland", "Stichting De Linde".
ORGANISATION_NAME = re.compile(
    r"\b[A-Z][\w'&-]*(?:\s+(?:(?:de|het|van|voor|e\.o\.)\s+)?[A-Z][\w'&-]*){0,4}"
)
# Capitalised words that start sentences or labels rather than name an organisation.
_NOT_A_NAME_WORDS = """
    u uw wij we jullie ik ja nee de het een dit deze die dat daarna als bij na per van voor in
    op met naam handtekening datum school ouder ouders let wat waarvoor doel
    januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag
"""
NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
# Short capitals that name an organisation (others, like OPP or AVI, name a document).
ORGANISATION_ACRONYMS = frozenset(["ggd", "ggz", "swv", "cjg", "jgz", "uwv", "rivm", "duo", "svb"])
# Open purposes in the plural: one signature for every purpose of a law or an organisation.
OPEN_PURPOSES = re.compile(
    r"\b(alle|andere|overige|diverse|verschillende|meerdere|uiteenlopende) doeleinden\b"
    r"|\bbeleidsdoeleinden\b"
)
# A sentence that adds an exchange: "Daarnaast geven wij ...", "Ook sturen wij ...".
ANOTHER_EXCHANGE = re.compile(
    r"^\W*(daarnaast|bovendien|tevens|verder|ook)\b(?! (als|wanneer|indien|zonder|dan|niet|niks|"
    r"niets|geen)\b)"
)
# "ook aan ...": the form adds another recipient or purpose to the same consent.
ADDITIONAL_RECIPIENT = re.compile(
    # Not "ook zonder …" / "ook als …" (even without, even if: what a refusal leaves), and not
    # a second channel ("U kunt ook mailen naar zorg@school.nl").
    r"\b(ook(?! (zonder|als|wanneer|indien|na|niet|al)\b)|daarnaast|bovendien|tevens)\b[^.]{0,80}"
    # (nor the parent: "Ook dan probeer ik het eerst met jou te bespreken.")
    r"\b(aan|met|naar|bij|voor)\b(?!\s+\S+@)(?!\s+(u|jou|je|jullie|uzelf|jezelf)\b)"
)
