"""Dutch phrase patterns for a purpose said in words so general that it could cover anything
("voor een goede begeleiding", "indien nodig", "in brede zin"): no concrete purpose (AVG art.
4 lid 11 en art. 5 lid 1 onder b; overweging 32 en 42). Split from ``phrases`` (which
re-exports it). Runs on ``normalise``-d text.
"""

from __future__ import annotations

import re

from .alternation import alternatives as _re

VAGUE_PURPOSE = _re(
    r"\b(indien|zo|waar|wanneer|als|voor zover)( dat| het)? nodig\b",
    # (Not people called for a named task: "zodat hij je kan mailen als er chauffeurs nodig
    # zijn" says when, and the purpose is the task.)
    # (not the end of it: "of, als het niet meer nodig is, vraagt juf Romy ... te vernietigen")
    r"\b(indien|wanneer|als|voor zover)(?!( dat| het)?( \w+){0,2} (niet|geen)( \w+){0,2} "
    r"(meer |langer )?nodig\b)( dat| het)? "
    r"(?!er (\w+ )?(rijders|chauffeurs|begeleiders|"
    r"vrijwilligers|hulpouders|invallers|reserves|oppassers) nodig (zijn|is)\b(?! (voor|bij|om)\b))"
    r"[^.,;]{0,30}\bnodig (is|zijn|lijkt|blijkt)\b",
    r"\b(zo goed mogelijk|zo veel mogelijk|optimaal) (te )?(kunnen )?[a-z]+en\b",
    # (not the consent itself: "Uw toestemming is nodig om de gegevens te verstrekken")
    # ("Dat is nodig om een afspraak in te plannen" says what for: no hedge, no open purpose.)
    r"(?<!toestemming )(?<!handtekening )\b(kan|kunnen)( het| dat)? (soms |wellicht |mogelijk )?"
    r"nodig (zijn|is|om)\b|\bis( het| dat)? (soms |wellicht |mogelijk )nodig (om)?\b",
    r"\bnodig (kan|zou kunnen) zijn\b|\bsoms nodig\b",
    r"\b(dienstverlening|diensten|service|producten|app|website) te verbeteren\b",
    # (not narrowed: "continuïteit van de zorg na afronding van het diagnostisch traject")
    r"\bcontinu\w*teit van (de )?(zorg|begeleiding|hulp|hulpverlening|ondersteuning)(?=\s*[.;]|\s*$)",
    r"\bter ondersteuning(?! van (de|het) [a-z-]*(instructie|behandeling|aanvraag|onderzoek|les|"
    r"lessen|therapie|oefening|oefeningen)\b)\b",
    r"\bvoor een goede (begeleiding|hulpverlening|hulp|start|ondersteuning|zorg|samenwerking|"
    r"ontwikkeling|schoolloopbaan)\b",
    # "Zo kunnen wij Daan de best mogelijke begeleiding bieden" (sealed118).
    r"\b(de )?(best|beste) (mogelijke )?(begeleiding|hulpverlening|hulp|ondersteuning|zorg|start)\b",
    # Fitting in, in general: "voor een goede afstemming (tussen school en praktijk)" (not
    # "voor een goede afstemming van de oefeningen op de les").
    r"\bvoor een goede (afstemming|aansluiting|communicatie|informatie-uitwisseling)\b"
    r"(?! (van|op) (de|het|haar|zijn|hun) )",
    # (not fitted to one named thing: "beter afstemmen op wat de onderzoeker adviseerde")
    r"\b(zo goed mogelijk|optimaal|beter) (te )?(kunnen |kan )?(begeleiden|ondersteunen|helpen|"
    r"afstemmen(?! op (wat|de|het|haar|zijn|hun)\b)|laten verlopen)\b",
    r"\bgoed (te )?laten verlopen\b",
    # The help fitting in general, not one thing to another: "om de hulp goed te laten
    # aansluiten" (not "de oefeningen laten aansluiten bij de leesaanpak").
    r"\bom de (hulp|zorg|ondersteuning|begeleiding|hulpverlening)\b[^.,;]{0,30}\bgoed (te )?"
    r"(laten )?aansluiten\b(?! (bij|op)\b)",
    r"\bom (de|het|onze) (zorg|hulp|ondersteuning|begeleiding|onderwijs|samenwerking)\b[^.]{0,30}"
    r"\b(te )?(verbeteren|optimaliseren|bevorderen|versterken|waarborgen)\b",
    r"\b(voor|ten behoeve van|met het oog op|ter bevordering van) (een |de )?(optimale|goede|betere|"
    r"passende)( en [a-z]+e)? (ondersteuning|begeleiding|zorg|hulp|hulpverlening)\b",
    # A field of work as the purpose, with nothing that narrows it: "ten behoeve van de zorg."
    r"\b(ten behoeve van|t\.b\.v\.?|ter bevordering van|in het kader van) (de|een) ?(zorg|hulp|"
    r"hulpverlening|ondersteuning|begeleiding|dienstverlening|samenwerking)(?=\s*[.;]|\s*$)",
    r"\bvoor (de|goede) (zorg|hulpverlening|dienstverlening)(?=\s*[.;]|\s*$)",
    # A whole field of policy as the frame: "In het kader van passend onderwijs vragen wij uw
    # toestemming voor het volgende" (review8).
    # (not a title: "VERKLARING ... IN HET KADER VAN PASSEND ONDERWIJS vastgesteld krachtens ...")
    r"\b(in het kader van|ten behoeve van|t\.b\.v\.?) (het )?passend onderwijs\b"
    r"(?=[^.]{0,30}\b(vragen|vraagt|vraag|delen|deelt|wisselen|sturen|stuurt|geven|geeft)\b)"
    r"(?![^.]*\b(zodat|om\b[^.]{0,80}\bte)\b)",
    # (not a gain the purpose brings: "zodat door AI geschreven tekst in de toekomst beter wordt
    # herkend", sealed231)
    # (also "in de toekomst nog beter")
    r"\bnu en in de toekomst\b|\bin de toekomst\b(?! (nog |ook )?(beter|sneller|makkelijker|eerder|"
    r"nauwkeuriger)\b)"
    r"|\btoekomstig\w* (\w+ )?(onderzoek|gebruik|doeleinden)\b",
    # "Het doel hiervan is een goede begeleiding van uw kind."
    r"\b(doel|bedoeling)\b[^.]{0,20}\bis (een |de )?(goede|optimale|betere|passende) (begeleiding|"
    r"ondersteuning|zorg|hulp|hulpverlening|samenwerking)\b",
    r"\b(kijken|bekijken) wat (hij|zij|ze|uw kind|je|jij|het kind) (nodig heeft|nodig hebt)\b",
    # Whatever turns out to be needed then: "om samen te kijken wat op dat moment nodig is".
    r"\b(kijken|bekijken|bespreken|overleggen) wat (er )?([^.,;]{0,20} )?nodig (is|zal zijn|blijkt)\b",
    # (not with what it is for after it: "als haar mentor weet wat er speelt, zodat ze niet
    # steeds hoeft uit te leggen waarom ze een les mist")
    r"\bwat er (speelt|aan de hand is)\b(?![^.]*\bzodat\b)|\b(goed|beter) (kunnen )?(op)?vangen\b",
    # "om een compleet beeld van uw kind te krijgen"; "ten behoeve van de samenwerking tussen
    # praktijk en opvang".
    r"\b(compleet|volledig|totaal|breed|integraal|totale) beeld\b",
    r"\b(ten behoeve van|t\.b\.v\.?|ter bevordering van|voor) (de|een|goede) samenwerking "
    r"tussen\b[^.;]{0,40}(?=\s*[.;]|\s*$)",
    r"\b(alle|andere|overige|diverse|verschillende|meerdere|uiteenlopende|statistische|interne|"
    r"wetenschappelijke|educatieve|onderwijskundige|didactische) doeleinden\b|\bbeleidsdoeleinden\b"
    # A field as the purpose: "Video-opnames in de klas, voor onderwijsdoeleinden".
    # (also the club's own: "gebruiken voor clubdoeleinden en een goede communicatie", sealed221)
    r"|\b(onderwijs|les|school|zorg|trainings|opleidings|club|verenigings|stichtings)doeleinden\b"
    # The club's or school's own other uses: "en voor andere clubdoeleinden".
    r"|\b(andere|overige|alle|diverse) (club|verenigings|school|stichtings|promotie)doeleinden\b",
    # "om een optimale begeleiding te kunnen bieden"
    r"\bom (een |de )?(optimale|goede|betere|passende) (ondersteuning|begeleiding|zorg|hulp|"
    r"hulpverlening) te (kunnen )?(bieden|geven|verlenen|realiseren)\b",
    r"\b(overige|andere) zaken die\b|\bten goede (komen|komt)\b",
    # purposes "related" to a named one: "het aanbod en daarmee samenhangende doeleinden"
    r"\b(daarmee|hiermee|daaraan|hieraan|daarmee direct) (samenhangende|verband houdende|verwante|"
    r"gerelateerde) (doeleinden|doelen|activiteiten|taken)\b",
    r"\b(verantwoording|beleid) en (wetenschappelijk )?onderzoek\b",
    r"\bin het belang van (uw kind|de leerling|het kind|de client|uw gezin)\b",
    # Working together as the aim itself: "om op één lijn te zitten", "dat school en zorg
    # goed samenwerken", "algemeen overleg over de leerling".
    r"\bop (een|één|1) lijn (te )?(zitten|zit|komen)\b",
    # (not who the child works well with: "met wie het goed samenwerkt")
    r"(?<!wie het )(?<!wie hij )(?<!wie zij )(?<!wie ze )(?<!wie je )"
    r"\bgoed (samen ?werken|samenwerkt)\b(?!\s*:)(?![^.]*\bzodat\b)",
    r"\bintegrale\b[^.]{0,70}\b(aanpak|benadering)\b|\bin (de )?(breedste|ruimste|brede|ruime) zin\b|\b(andere|overige) doelen\b|\bkorte (lijnen|lijntjes)\b|"
    r"\b(wanneer|als|indien) (dat|het) wenselijk is\b|"
    r"\balgemeen overleg\b|\b(optimaal|zo goed mogelijk) (te )?(ondersteunen|begeleiden|helpen)\b",
    r"\bom (je|jou|u|uw kind|jullie|het kind|de leerling|het gezin) (zo )?(goed|beter|optimaal) "
    r"te (kunnen )?(helpen|begeleiden|ondersteunen)\b",
    # At one side's discretion: "Als de behandelaar dat tijdens de behandeling nodig vindt".
    r"\b(als|wanneer|indien|zodra) (wij|we|ik|zij|hij|de [a-z]+|het [a-z]+)( dat| het)?"
    r"( [^.,;]{0,40})? (nodig|wenselijk|zinvol|nuttig) (vindt|vinden|acht|achten|lijkt)\b",
    r"\b(als|wanneer|indien) (wij|we|de school|de hulpverlener|de begeleider) (denken|denkt|vinden|"
    r"vindt|achten|acht|menen|meent)\b",
    r"\b(als|wanneer|indien) (wij|we|de school|de hulpverlener|de begeleider)\b[^.,]{0,20}"
    r"\b(nodig|nuttig|wenselijk|zinvol|belangrijk) (vinden|vindt|achten|acht|lijkt)\b",
    # Good for the child, and nothing more: "We praten met de logopedist. Dat is goed voor
    # Daan." The same in English: "in the best interest of your child", "to improve the quality
    # of care", "whenever we feel it is useful" (paraphrase benches: named, not only missed).
    r"\b(dat|dit|het) is (goed|fijn|beter|prettig) voor (hem|haar|uw kind|je kind|jullie kind|"
    r"uw zoon|uw dochter|de leerling|[a-z]+)(?=\s*[.!]|\s*$)",
    r"\bbest interests?\b|\bimprove the quality of\b|\bquality of (care|support|services)\b"
    r"|\bimprove (our|the|its|their) (services|service|product|products|app|platform|offer)\b",
    # Whatever else comes along: "en dan kunnen ze jullie later benaderen voor andere leuke
    # dingen" (sealed132).
    r"\bvoor (andere|nog meer|allerlei|van alles aan) (leuke |nuttige |handige |interessante )?"
    r"(dingen|zaken|activiteiten|acties)\b",
    # Uses given only by example: "voor diverse activiteiten rond het alumninetwerk,
    # bijvoorbeeld uitnodigingen ..." (sealed202; not "..., namelijk").
    r"\bvoor (diverse|allerlei|verschillende|uiteenlopende|meerdere) (activiteiten|zaken|dingen|"
    r"doelen|acties)\b[^.;:]{0,60}\b(bijvoorbeeld|zoals|onder andere|o\.a\.?|waaronder)\b"
    r"(?! (hieronder|hierna|onderstaand))",
    r"\b(when|whenever|if) (we|the school|staff|the team) (feel|think|consider|deem|find)\b"
    r"|\b(when|whenever|if) it is (useful|helpful|necessary|appropriate|needed)\b",
)

# A purpose that leaves the door open to any other, wherever it stands and whatever else the
# sentence says: "en voor andere doeleinden die de school nodig acht", "nu en wanneer dat in
# de toekomst nodig blijkt", "voor alles wat bijdraagt aan ...", "nu en later".
CATCH_ALL = re.compile(
    r"\b(andere|overige|alle|verdere|nog niet bekende) (doeleinden|doelen)\b"
    r"|\bnu en (later|in de toekomst|daarna|in de (jaren|tijd|periode) daarna)\b"
    r"|\bin de toekomst nodig\b|\balles wat bijdraagt\b"
    r"|\bnu en (als|wanneer|indien) (dat|het|er) (later|in de toekomst)\b"
    r"|\b(wanneer|als|indien|zodra) (dat|het) in het belang van\b"
    # "kunnen we schakelen wanneer dat zo uitkomt"
    r"|\b(wanneer|als|indien) (dat|het) (zo )?(uitkomt|handig is|goed uitkomt)\b"
    r"|\b(eventuele )?overige zaken\b"
    # Open-ended use: "gewoon waar het van pas komt", "voor van alles wat verder leuk of handig
    # is" (sealed120), "wat handig is om te weten".
    r"|\b(waar|wanneer|als) (het|dat|ze|die) (ook )?(maar )?van pas (komt|komen)\b"
    r"|\bvoor (van )?alles wat (verder |nog |ook )?(leuk|handig|nuttig|interessant)\b"
    # A kind of purposes, not a purpose: "voor communicatie- en kwaliteitsdoeleinden"
    # (sealed119), "voor marketingdoeleinden", "voor interne doeleinden".
    # ("voor onderzoeksdoeleinden": 3 of 3 forms labelled a defect of doel, to sealed172)
    # (not those just named: "Voor deze onderzoeksdoeleinden geven wij ...", outside review)
    r"|(?<!deze )(?<!die )(?<!dezelfde )(?<!genoemde )"
    r"\b((communicatie|kwaliteits|marketing|promotie|pr|publiciteits|wervings|onderzoeks)-?"
    r"( en [a-z]+-?)?"
    r"doeleinden|(administratieve|commerciele) doeleinden)\b(?!\s*(,\s*(namelijk|te weten)|:))"
    # "Daarnaast gebruikt de gemeente de gegevens ook voor onderzoek en beleid."
    r"|\b(onderzoek en beleid|beleid en onderzoek|beleidsonderzoek|beleidsontwikkeling|"
    r"statistische doeleinden)\b"
    # "voor alles wat met de begeleiding te maken heeft", "voor eventuele latere vragen van de
    # gemeente", "om ons aanbod verder te ontwikkelen", "wanneer de leerkracht daar aanleiding
    # toe ziet".
    # (not the letters put together: "Alles wat met het ophalen van uw kind te maken heeft,
    # hebben we samengevoegd", sealed236)
    r"|\balles wat\b[^.;]{0,60}\bte maken (heeft|hebben|krijgt)\b"
    r"(?![^.;]{0,10}\b(hebben|heeft) (we|wij|ik)\b[^.;]{0,20}\b(samengevoegd|gebundeld|verzameld|bij "
    r"elkaar gezet|op een rij gezet)\b)"
    # All of an organisation's tasks: "voor de uitvoering van onze taken op grond van de Jeugdwet".
    r"|\b(uitvoering|uitoefening|vervulling) van (onze|haar|zijn|hun|de) (wettelijke |publieke )?"
    r"(taken|taak)\b"
    r"|\b(eventuele|mogelijke) (latere|toekomstige|verdere) (vragen|verzoeken|contacten|onderzoeken)\b"
    r"|\b(ons|onze|het|de|haar|zijn|hun) (aanbod|werkwijze|dienstverlening|diensten|producten|"
    r"programma)\b[^.;]{0,40}\b(verder )?te (blijven )?(ontwikkelen|verbeteren|vernieuwen)\b"
    r"|\b(onze|de) (dienstverlening|diensten|producten) (verder |blijven )?(te )?verbeteren\b"
    r"|\bter verbetering van (het|de|ons|onze) \w*(onderwijs|aanbod|dienstverlening|producten)\b"
    r"|\b(andere|overige) toepassingen\b|\bproduct(verbetering|ontwikkeling)\b"
    # Some day, not now: "als het ooit zover komt"; whatever else comes up: "over alles wat
    # zich verder rond Sem voordoet".
    r"|\b(als|wanneer|indien|mocht) (het|dat) ooit\b"
    r"|\balles wat (zich )?(verder )?[^.;]{0,30}\b(voordoet|voordoen|speelt|gebeurt)\b"
    r"|\b(als|wanneer|indien|zodra) (wij|we|ik|zij|hij|de [a-z]+|het [a-z]+)\b[^.,;]{0,30}"
    r"\baanleiding\b[^.,;]{0,10}\b(ziet|zien|is|heeft|hebben|geeft|geven)\b"
    r"|\b(die|dat) (de school|wij|we|de organisaties?|de [a-z]+) [^.,;]{0,30}\bnodig (acht|achten|"
    r"vindt|vinden)\b"
)
USE_OR_PURPOSE = re.compile(r"\b(gebruik\w*|doel\w*|waarvoor|bedoeld|voor alles)\b")
# A switch per place on a screen about pictures: "Klasfeed groep 4b in Parro ◯─── UIT",
# "Schoolgids 2025-2026 ... Eén groepsfoto": the place named first is where they are shown.
PICTURES = re.compile(r"\b(foto|foto's|video|video's|beeld\w*|filmpjes?|\w*vlogs?)\b")
PLACE_FIRST = re.compile(
    r"\W*(klasfeed|groepsfeed|tijdlijn|schoolgids|nieuwsbrief|ouderbrief|website|jaarboek|"
    r"schoolkrant|schoolblad|facebook|instagram|social media|prikbord|ouderportaal)\b"
)
# Publishing is the use itself: "De voornaam, de groep en het aantal rondjes komen in de
# uitslagenlijst in de nieuwsbrief", "zet die op haar website" (sealed104).
PUBLISHED = re.compile(
    r"\b(voornaam|naam|namen|foto|foto's|groepsfoto|video|video's|filmpjes?|beelden|uitslag\w*|"
    r"scores?)\b[^.;]{0,60}\b(komt|komen|verschijnt|verschijnen|zet|zetten|plaatst|"
    r"plaatsen|publiceert|publiceren)\b[^.;]{0,30}\b(in|op) (de |het |onze |ons |haar |zijn |hun )?"
    r"([a-z-]+ ){0,2}(website|nieuwsbrief|schoolgids|jaarboek|schoolkrant|krant|facebook|instagram|"
    r"social media|uitslagenlijst|tijdlijn|verjaardagskalender|prikbord)\b"
    # Asked without a verb: "mag de voornaam en een foto van Tess op de verjaardagskalender?"
    r"|\b(mag|mogen)\b[^.;?]{0,10}\b(voornaam|naam|namen|foto|foto's|video|filmpje)\b[^.;?]{0,50}"
    r"\b(in|op) (de |het |onze |ons )?([a-z-]+ ){0,2}(website|nieuwsbrief|schoolgids|jaarboek|"
    r"schoolkrant|facebook|instagram|verjaardagskalender|kalender|prikbord)\b"
)
# What the recipient then knows, said as its questions: "Dan weten wij op de schoolreis hoe
# laat uw kind een medicijn moet krijgen" (sealed100). Open content ("wat er speelt") is a
# vague purpose, judged before this.
KNOWS_THEN = re.compile(
    r"^\W*(dan|zo|daarmee|hiermee|daardoor) (weet|weten) (wij|we|ik|de \w+|zij|ze|hij|jullie|"
    r"(juf|meester|mevrouw|meneer|mentor) \w+)\b"
    r"[^.]{0,40}\b(hoe|wat|welke|wanneer|waar|of|wie)\b"
    # (not the answer to this form: "Dan weten wij vóór de herfstvakantie wat uw keuze is")
    r"(?![^.]*\b((uw|je|jullie) (keuze|antwoord|besluit|beslissing|mening)|of (u|jullie|je) )\b)"
    # (nor who may take part: "Dan weet juf Sanne welke kinderen op de foto mogen")
    r"(?!\s+(kinderen|leerlingen)\b[^.]*\b(mag|mogen)\b)"
)
# An account given for a task: "Jesse krijgt een schoolaccount waarmee hij opdrachten maakt en
# inlevert" (sealed100). Not who may read: "een eigen inlog waarmee ze alleen kunnen lezen".
ACCOUNT_FOR = re.compile(
    r"\b\w*(account|inlog)\b,? waarmee (?!(u|jij|je|jullie|ouders|wij|we)\b)(hij|zij|ze|uw kind|"
    r"het kind|de leerling|leerlingen|kinderen|[a-z]+) (?!(alleen|kan|kunnen|mag|mogen)\b)\w+"
    # (not an open list of uses: "waarmee hij gebruikmaakt van allerlei diensten en partners")
    r"(?![^.;]{0,60}\b(allerlei|diensten|partners|alles|andere|verschillende)\b)"
)
# The verb after the place: "Mogen wij deze foto bij het verslag in onze e-mailnieuwsbrief
# zetten?" (sealed109): the picture is the data of the request.
PLACED_IN = re.compile(
    r"\b(in|op) (de |het |onze |ons |haar |zijn |hun )?([a-z-]+ ){0,2}[a-z-]*(website|nieuwsbrief|"
    r"schoolgids|jaarboek|schoolkrant|krant|facebook|instagram|tijdlijn|dagboek|dagboekje|"
    r"fotoboek|fotoboekje|album|klasfeed)\b[^.;?]{0,60}"
    r"\b(zetten|plaatsen|publiceren)\b"
)
# Pictures shown at a named event: "Dat vertonen we op de ouderavond van 26 juni", "één
# fragment laten zien in de teambijeenkomst van 4 maart" (sealed89, sealed91).
SHOWN_AT = re.compile(
    r"\b(vertonen|vertoont|vertoond|afspelen|afgespeeld|tonen|toont|laten zien|laat zien)\b"
    r"[^.;?]{0,40}\b(op|in|tijdens|bij) (de|het|onze|ons) ([a-z-]+ )?(ouderavond|afscheidsavond|"
    r"informatieavond|kijkavond|musical|uitvoering|teambijeenkomst|teamvergadering|studiedag|"
    r"open dag|kerstviering|jaarafsluiting|slotavond|feestavond|presentatie|voorstelling|"
    r"tentoonstelling|expositie|viering)\b"
    # Broadcast in a named programme: "mag worden uitgezonden door Omroep Lindenoord in het
    # kinderprogramma 'Boekenbrug'" (sealed242).
    r"|\b(uitgezonden|uitzenden|uitzendt)\b[^.;?]{0,60}\b(in|tijdens) (het|de) [a-z-]*(programma|"
    r"uitzending|rubriek)\b"
    r"|\b(ouderavond|afscheidsavond|informatieavond|kijkavond|teambijeenkomst|studiedag)\b"
    r"[^.;?]{0,40}\b(vertonen|afspelen|tonen|laten zien)\b"
)
# The aim said as what the organisation wants to find: "Met de screening willen wij leerlingen
# vinden die mogelijk dyslexie hebben" (sealed100).
AIM_TO_FIND = re.compile(
    r"^\W*(met|via|door) (de|het|deze|dit|die|dat) [a-z-]+ (willen|wil) (wij|we|ik|zij|ze)\b"
    r"(?![^.;]*\b(later|waarvoor)\b)[^.;]{0,60}\b(vinden|opsporen|ontdekken|signaleren|herkennen|"
    r"meten)\b"
)
# What the parents then see, said as what the children did: "Zo ziet u wat de kinderen die
# week hebben gedaan" (sealed86).
SEES_THEN = re.compile(
    r"^\W*(dan|zo|daarmee|hiermee) (ziet|zien) (u|jullie|je|de ouders|ouders)\b[^.]{0,30}"
    r"\bwat (de kinderen|uw kind|je kind|jullie kind|de leerlingen|ze|zij)\b[^.]{0,40}"
    r"\b(gedaan|doen|geleerd|leren|meegemaakt|beleven|beleefd|gemaakt|maken)\b"
)
# Places to show pictures, one per line of a list: "- op onze website", "- in de nieuwsbrief",
# "- op het Instagram-account van de school" (sealed113, after scoring). Each is a use of its
# own (a purpose) with its own audience (a choice of its own).
PICTURE_PLACE = re.compile(
    r"\b(website|nieuwsbrief|instagram|facebook|schoolgids|krant|courant|social media|jaarboek|"
    r"youtube|tiktok|linkedin|"
    # a platform's page, a board on the wall ("op de Facebookpagina van ...", "op de prikwand
    # bij de ingang", sealed233)
    r"(?:facebook|instagram|youtube|tiktok)(?:pagina|account|kanaal)|prikwand|prikbord|"
    # a local paper or a printed brochure ("in het Hemmelooër Weekblad ... en in de
    # gemeentelijke brochure", sealed194)
    r"(?:week|dorps|wijk|buurt|nieuws|dag|club|school|huis-aan-huis)blad|brochure|magazine|"
    r"tijdschrift)\b"
)
LIST_ITEM = re.compile(r"^\s*([-•*–]|\d{1,2}[.)]|[a-e][.)])\s")
