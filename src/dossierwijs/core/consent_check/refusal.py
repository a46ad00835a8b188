"""Consent made a condition, read as two parts of one sentence: what the parent does or
leaves undone (refuses, does not sign, the consent is missing or is the ticket) and what the
child then loses (a place, help, a start, a trip). AVG art. 7 lid 4; overweging 42 en 43.

The phrase lists in ``phrases_choice`` name whole sayings; this reads the parts, so a new
way of putting either part ("Bij het uitblijven van toestemming wordt de zorgmelding
gesloten", "alleen dan kan uw zoon doorstromen") is still found. What stops is only the
exchange itself ("zonder toestemming delen wij niets") is no loss: that is what refusing
means.
"""

from __future__ import annotations

import re

from .child_gets import CARE, TICKET
from .lemmas import shares_by_lemma

# The parent refuses or does not act: "weigert", "stemt u niet in", "levert u het formulier
# niet in", "bij het uitblijven van toestemming", "wie niet tekent", "ouders die geen
# toestemming geven", "weigeren kan, maar dan", "...; anders", "without consent".
_REFUSED = re.compile(
    r"\b(als|indien|wanneer|mocht|bij)\b[^.;]{0,30}\b(weiger\w*|geweigerd)\b|\bweiger\w* (u|jullie|je)\b"
    r"|\bweigeren (kan|mag|is mogelijk)\b[^.;]{0,10}\bmaar\b"
    r"|\b((mag|mogen|kunt|kan) (u|je|jij|jullie)|(u|je|jij|jullie) (mag|mogen|kunt|kan)) "
    r"(ook |altijd |gerust )?nee (zeggen|kiezen)\b"
    r"[^.;]{0,10}\bmaar\b"
    # (also after a colon: "Daarom geldt: geeft u ... geen toestemming, dan ...", sealed209)
    r"|(^|: )\W*(stemt|stemmen|tekent|tekenen|ondertekent|levert|leveren|geeft|geven|krijgen|"
    r"ontvangen) (u|jullie|je|ouders|de ouders|wij|we)\b[^.,;]{0,40}\b(niet|geen)\b"
    # "zolang we niet op beide vragen een ja hebben, zetten we zijn plek ... op pauze"
    r"|\bzolang (wij|we|de school|ik)\b[^.,;]{0,20}\b(niet|geen)\b[^.,;]{0,30}\b(ja|toestemming|"
    r"akkoord|handtekening)\b"
    r"|\b(als|indien|wanneer|mocht)\b[^.,;]{0,30}\b(niet|geen)\b[^.,;]{0,20}\b(instemt|instemmen|"
    r"tekent|tekenen|ondertekent|inlevert|inleveren|terugstuurt|toestemming)\b"
    # the consent named first: "Wanneer u deze toestemming niet verleent, ..." (sealed165)
    r"|\b(als|indien|wanneer|mocht)\b[^.,;]{0,20}\btoestemming\b[^.,;]{0,10}\b(niet|geen)\b"
    r"[^.,;]{0,10}\b(verleent|verlenen|geeft|geven|ondertekent)\b"
    r"|\b(wie|ouders die|ouders van wie|leerlingen van wie|kinderen van wie)\b[^.,;]{0,30}"
    r"\b(niet|geen)\b[^.,;]{0,20}\b(tekent|tekenen|ondertekent|instemt|toestemming)\b"
    # The data not in the system the service runs on: "Kinderen van wie de gegevens niet in
    # Baanplan staan, kunnen niet meer worden ingepland" (sealed199).
    r"|\b(kinderen|leerlingen|deelnemers|leden) van wie (de |het )?(gegevens|naam|account)\b"
    r"[^.,;]{0,10}\b(niet|geen)\b (in|op|bij)\b"
    # Not wanting to be in it: "Wie niet in de film wil, kan helaas niet mee op kamp".
    r"|\b(wie|kinderen die|leerlingen die)\b (niet|liever niet)\b[^.,;]{0,30}\b(wil|wilt|willen|"
    r"mag|mogen)\b"
    # Not taking part: "kinderen die niet aan de controle meedoen, kunnen ... niet naar de
    # overblijf" (sealed197).
    r"|\b(kinderen|leerlingen) die (niet|liever niet)\b[^.,;]{0,30}\b(meedoen|deelnemen)\b"
    r"|\b(ontbreken|ontbreekt) (de|deze|uw|die)\b[^.,;]{0,30}\b(gegevens|toestemming|handtekening)\b"
    r"|^\W*(ontbreken|ontbreekt) (de|deze|uw|die)\b[^.,;]{0,30}, dan\b"
    r"|\b(uitblijven|ontbreken|zonder|bij gebrek aan)\b[^.,;]{0,20}\b(toestemming|handtekening|"
    r"ondertekening|formulier|machtiging|medewerking|koppeling|uitwisseling)\b"
    # Without the very papers the consent is for: "Zonder het onderwijskundig rapport kunnen
    # we je inschrijving niet afronden" (what follows must still be a loss).
    r"|^\W*(maar |en )?zonder (het|de|deze|dit|die|uw|je|jouw) ([a-z-]+ )?[a-z-]*(rapport|verslag|"
    r"gegevens|informatie|dossier|stukken|overdracht|verklaring|overleg|contact)\b"
    # "aanvragen waarbij deel D niet is ondertekend, worden niet in behandeling genomen"
    r"|\b(waarbij|waarvan|waarin|zonder dat)\b[^.,;]{0,30}\b(niet|geen)\b[^.,;]{0,20}"
    r"\b(ondertekend|getekend|ingevuld|toestemming)\b"
    # "Leerlingen zonder Schrijfmaatje-account volgen geen schrijfonderwijs".
    r"|\b(leerlingen|kinderen|deelnemers|ouders|studenten)\b zonder (een |het |de )?[\w-]*"
    r"(account|toestemming|aanmelding|inschrijving)\b"
    # "Studenten die geen toestemming geven", "Leden die niet tekenen".
    r"|\b\w+ die (niet|geen)\b[^.,;]{0,20}\b(tekent|tekenen|ondertekent|toestemming|instemmen|"
    r"instemt)\b"
    # "Moet ik tekenen? Ja, anders ...", "tja, anders komt ze niet in aanmerking".
    r"|^\W*(\[\w+\] )?(ja|tja|yes|nou|jawel)?\W{0,3}anders\b"
    # "... zodra vraag 1 met 'ja' terug is. Is dat niet zo, dan vervalt het halfuur."
    r"|^\W*(is dat niet zo|is dit niet zo|zo niet|gebeurt dat niet|komt die niet|komt dat niet)\b"
    # Not going along with it, said of the parents: "het weigeren van medewerking", "als
    # jullie niet meewerken".
    r"|\bweigeren van (de |uw |jullie |je )?(medewerking|toestemming)\b"
    r"|\b(als|indien|wanneer|mocht)\b[^.,;]{0,20}\b(niet|geen)\b[^.,;]{0,10}\b(meewerkt|meewerken|"
    r"medewerking)\b"
    r"|\b(who|that) (decline|refuse|do not consent|don't consent)\b"
    r"|\b(toestemming|handtekening|tekenen|formulier)\b[^.]{0,60}(\b(want|omdat)|[;,]) anders\b"
    r"|\b(without|no) (your |parental |written )?(consent|signature|permission)\b"
    r"|\b(if|when|unless)\b[^.,;]{0,30}\b(do|does|did) not (sign|consent|agree|give)\b"
    r"|\b(if|when) (you|parents) (refuse|decline|say no|don't sign|don't give)\b"
)
# The consent as the ticket: "pas nadat alle toestemmingen binnen zijn", "alleen dan kan",
# "is mogelijk na ontvangst van het ingevulde formulier", "gaat uit van uw medewerking,
# waaronder het geven van toestemming", "Om de plaatsing definitief te maken, hebben wij uw
# toestemming nodig" (or "uw ja nodig"), "only students whose parents have signed", "can be
# confirmed once we have received your signed consent". What it opens must be a service
# (``TICKET``, or help that starts), not the exchange itself or its purpose.
_GATE = re.compile(
    r"\b(pas|eerst|alleen|uitsluitend|enkel|only)\b[^.;]{0,60}\b(als|indien|wanneer|nadat|zodra|na|"
    r"met|mits|if|when|after|with|whose|once|van wie)\b[^.;]{0,40}\b(toestemming\w*|getekend\w*|"
    r"ondertekend\w*|handtekening|formulier|signed|sign|consent\w*|permission|form|aangekruist|"
    r"aangevinkt|akkoord gaan|akkoord gaat|akkoord zijn|akkoord is|strookje|antwoordstrook)\b"
    r"|\b(alleen|pas) dan\b"
    # "Wij kunnen alleen leerlingen inschrijven van wie de gegevens ... mogen worden
    # doorgegeven" (sealed172).
    r"|\b(alleen|uitsluitend|enkel)\b[^.;]{0,40}\b(inschrijven|toelaten|plaatsen|aannemen|"
    r"meenemen)\b[^.;]{0,15}\bvan wie\b[^.;]{0,60}\b(mogen|mag|mogen worden|toestemming)\b"
    # A yes everywhere as the ticket: "komt op de wachtlijst zodra u bij alle drie de vragen
    # 'Ja' heeft gekozen".
    r"|\b(zodra|nadat|als|wanneer|indien|mits|once|if)\b[^.;]{0,30}\b(alle|elke|iedere|overal|beide|"
    r"allebei|all|every|both)\b[^.;]{0,30}\W(ja|akkoord|yes)\W[^.;]{0,5}\b(heeft|hebt|hebben|is|zijn|"
    r"have|has)? ?(gekozen|gegeven|aangeklikt|aangevinkt|aangekruist|geantwoord|gezegd|ingevuld|"
    r"beantwoord|binnen hebben|binnen heeft|binnen is|answered|chosen|ticked)\b"
    r"|\bmogelijk (na|nadat|zodra|als|wanneer)\b[^.;]{0,60}\b(toestemming\w*|formulier|"
    r"handtekening|getekend|ondertekend)"
    r"|\bgaat uit van (uw|jullie|je) (medewerking|toestemming|instemming)\b"
    # "zodra wij dit formulier terug hebben, met bij beide organisaties een vinkje bij 'Ja'"
    r"|\b(zodra|nadat|als|wanneer)\b[^.;]{0,60}\bmet (bij )?(beide|alle|elke|iedere)\b[^.;]{0,30}"
    r"\b(vinkje|kruisje|kruis|ja)\b"
    r"|\b(zodra|nadat|als)\b[^.;]{0,30}\b(getekende|ondertekende|ingevulde) formulier\b"
    # A yes to two named parts as the ticket: "zodra u bij a en b 'ja' heeft aangekruist",
    # "zodra wij deze bijlage met een 'ja' bij (1) en (2) hebben ontvangen".
    r"|\b(zodra|nadat|pas als|pas wanneer)\b[^.;]{0,60}\bbij (vraag |onderdeel |punt |deel )?\(?\w{1,2}\)?"
    r" en \(?\w{1,2}\)?\W[^.;]{0,40}\b(heeft|hebt|hebben|zijn|is)\b"
    r"|\b(zodra|nadat|pas als|pas wanneer)\b[^.;]{0,40}\W(ja|akkoord)\W{1,3}bij (vraag |onderdeel |"
    r"punt |deel )?\(?\w{1,2}\)? en \(?\w{1,2}\)?\W"
    # The places go to those who said yes: "De plekken gaan eerst naar kinderen van wie wij een
    # 'ja' bij punt 1 hebben".
    r"|(\b(plek|plekken|plaatsen|plaats)\b[^.;]{0,40}\b(gaan|gaat)|\b(gaan|gaat) (de |alle )?"
    r"(plek|plekken|plaatsen)\b)[^.;]{0,30}\bnaar (de )?"
    r"(kinderen|leerlingen|ouders|deelnemers|gezinnen)\b[^.;]{0,10}\b(van wie|die|met)\b[^.;]{0,60}"
    r"\W(ja|toestemming|akkoord)\b"
    # "Het arrangement gaat in zodra de school het ondertekende OPP heeft ontvangen."
    r"|\b(zodra|nadat|pas als|wanneer|totdat|tot)\b[^.;]{0,40}\b(getekend|ondertekend)\w*\b"
    r"|\b(signed )?(consent|signature)\b[^.;]{0,20}\b(is|are) (required|needed|mandatory) for\b"
    r"|^\W*om\b[^.;]{0,60}\bte (maken|regelen|krijgen|starten|beginnen|kunnen)\b[^.;]{0,20}"
    r"\b(hebben|is|zijn)\b[^.;]{0,30}\b(toestemming|handtekening|(uw|jullie|je) (ja|akkoord))\b"
    r"[^.;]{0,10}\bnodig\b"
    r"|\b(toestemming\w*|handtekening|ondertekening)\b[^.;]{0,60}\b(is |zijn )?(nodig|"
    r"noodzakelijk|vereist) om\b"
    # One part of the form required for a place: "Let op: onderdeel A is nodig voor je toelating."
    r"|\b(onderdeel|deel|vraag|punt|toestemming|handtekening)\b[^.;]{0,12}\b(is|zijn) (nodig|"
    r"vereist|verplicht|noodzakelijk) (voor|bij)\b"
    r"|\b(can|will) be (confirmed|arranged|offered|started|given|scheduled)\b[^.;]{0,30}"
    r"\b(once|after|when|as soon as)\b[^.;]{0,50}\b(signed|consent|signature|permission)\b"
    r"|\b(every|all|each) (pupil|student|child|learner)s?\b[^.;]{0,40}\b(must|required)\b"
)
# The exchange itself or its purpose, not a service: "vragen wij de logopedist niet om advies",
# "bespreken wij het alleen binnen school", "we will not contact the therapist".
# "mee" after a verb of sending is the papers sent along ("die sturen wij alleen mee als ..."),
# not the child coming along ("mag alleen mee op kamp als ...").
# (also with the child and the thing between: "dan neemt uw kind het stageprofiel zelf mee",
# sealed131)
# (also with the pictures and the child between: "dan nemen we de foto's van uw kind niet mee",
# sealed217)
_SENT_ALONG = re.compile(
    r"\b(stur\w*|stuur|stuurt|geef|geeft|geven|zend\w*|neem|neemt|nemen)\b[^.,;]{0,35}$"
    r"|\b(neem|neemt|nemen|brengt|brengen)\b[^.,;]{0,45}\bzelf\s*$"
)
_EXCHANGE = re.compile(
    r"\b(advies|adviseren|overleg\w*|bespre\w*|afstemm\w*|afgestemd|contact|vragen|vraagt|"
    r"onderzoek|assessment|test\w*)\b"
)
# The child loses it: "kan uw kind niet mee", "your child cannot join", "lose the place".
_CHILD_LOSES = re.compile(
    r"\b(uw kind|je kind|jullie kind|your child|de leerling|het kind|hij|zij)\b[^.]{0,40}"
    r"\b(niet|geen|cannot|can't|not|lose|loses|miss|misses)\b"
    # the refused pupils themselves: "Leerlingen zonder account | volgen geen schrijfonderwijs"
    r"|^\W*(volgen|krijgen|doen|gaan|mogen|kunnen|hebben)\b[^.;]{0,30}\b(niet|geen)\b"
)
_LOSS = re.compile(
    r"\b(niet|geen|niks|helaas|beeindigd|beeindigen|gesloten|sluiten|stopt|stoppen|vervalt|vervallen|"
    r"achteraan|achteren|onderaan|langer|later|vertraging|uitgesteld|uitgesloten|afgewezen|"
    r"heroverwegen|genoodzaakt|unable|cannot|can't|not|lose|loses|lost|miss|pas daarna|pas later|"
    r"aan te houden|aanhouden|stopzetten|stopgezet|afbreken|afgebroken|annuleren|geannuleerd|"
    r"wachtlijst|pauze)\b"
)
# The clause that names the consent ("zodra we het getekende formulier hebben ontvangen"):
# its verbs are the consent's, not the service's.
_CONSENT_CLAUSE = re.compile(
    r"\b(zodra|nadat|als|wanneer|indien|mits|na|once|after|when|if)\b[^,;]*"
)
# The author presses the cost of refusing: "Weigeren kan, maar dan ...", "want anders",
# "helaas", "genoodzaakt".
_PRESSED = re.compile(r"\bmaar dan\b|\b(want|omdat|;|,) anders\b|\bhelaas\b|\bgenoodzaakt\b")
# Everyone must consent: "every pupil in the stream must have a signed consent form".
_OBLIGED = re.compile(
    r"\b(every|all|each) (pupil|student|child|learner|parent)s?\b[^.;]{0,40}\b(must|required|need "
    r"to)\b[^.;]{0,30}\b(sign|signed|consent)"
    r"|\balle (leerlingen|ouders|kinderen)\b[^.;]{0,40}\bmoeten\b[^.;]{0,30}\b(tekenen|"
    r"getekend|toestemming)"
)
# A price or a sanction is a loss of its own, whatever the service: "betalen de volledige
# bijdrage", "komen de kosten voor uw rekening", "kan meewegen in de beoordeling".
_PENALTY = re.compile(
    r"\b(kosten|voor uw rekening|betalen|betaalt|bijdrage|tarief|boete|sanctie\w*|maatregel\w*|"
    r"proces-verbaal|meewegen|meegewogen|beoordeling|wachttijd|voorrang|fee|charge|cost|toeslag|"
    r"kinderrechter|rechter|rapportage|"
    r"in rekening|verplicht(e)? (gesprek|afspraak)|verantwoorden|toe (te )?lichten)\b|€"
    # A burden put on the parent: "moet u de uitslagen zelf ophalen", "zelf een plek zoeken".
    r"|\b(moet|moeten) (u|je|jij|jullie|zij|ze|hij)?\b[^.]{0,30}\bzelf\b"
)
# A consequence that keeps what the child has: "krijgt gewoon dezelfde hulp", "heeft geen
# nadelige gevolgen", "de begeleiding gaat door", "will not be affected".
_KEPT = re.compile(
    r"\b(gewoon(?! (geen|niet)\b)|nog steeds|evengoed|net zo goed|hetzelfde|dezelfde|zelfde|hoe dan ook|ook zonder|"
    r"ook (kinderen|leerlingen) zonder toestemming (mogen|kunnen|blijven)\b(?![^.]*\b(maar|behalve|"
    r"geen)\b)|"
    # "Kinderen zonder toestemming doen aan alles mee" (sealed136)
    r"(doen|doet) (gewoon )?(aan alles|overal( aan)?|alles) mee(?![^.]*\b(maar|behalve|geen)\b)|"
    # "Uw kind kan ook meedoen als u geen toestemming geeft" (sealed227), "telt nergens voor
    # mee" (sealed223: the work of those who do not take part counts for nothing).
    r"(kan|mag|kunnen|mogen) (\w+ )?(ook|gewoon|toch|evengoed) (meedoen|mee doen|deelnemen|mee)"
    r"(?= (als|wanneer|indien) (u|je|jij|jullie) (geen|niet)\b| zonder\b)"
    # (not with a loss after it, which the match would hide: "Uw kind kan ook meedoen als u
    # geen toestemming geeft; het krijgt dan geen diploma")
    r"(?![^.]*\b(maar|behalve)\b|[^.]*\bdan (geen|niet)\b"
    r"|[^.]*\b(krijgt|krijgen|mag|mogen)\b[^.;]{0,30}\b(geen|niet)\b)|"
    # (the alternative work as "het", not the child's own: "Zonder toestemming telt het werk
    # van uw kind nergens voor mee" is a loss)
    r"(het|dat|die|dit|deze) (telt|tellen) nergens (voor )?mee|"
    r"geen( enkele)?( nadelige| negatieve)? (gevolgen|gevolg|invloed|nadeel|nadelen|consequenties)|"
    # ("op basis van die gegevens" says what the data is for, not what the child keeps)
    r"niet verplicht|(?<!alleen )(?<!uitsluitend )op basis van(?! (die|deze|de|uw|hun) "
    r"(gegevens|informatie|toestemming|uitslagen|resultaten)\b)|op een andere manier|staat los|"
    r"los van|(blijft|gaat|loopt) (gewoon |wel )?door\w*|verandert (er )?(verder |voor (uw|je) kind )?(niets|niet)|"
    # What goes on, said with "niet": "stopt de begeleiding niet" (not "niet meer", "niet
    # mee": a loss).
    r"(stopt|stoppen|eindigt|eindigen|vervalt|vervallen)( (de|het|uw|je|zijn|haar|onze)( \w+){1,6})? "
    r"(dan |daardoor |daarmee |ook )?niet(?! (meer|mee|door)\b)(?=\s*[.;,]|\s*$)"
    r"(?![^.]*\b(maar|echter|behalve|alleen nog|pas)\b)|"
    r"still|anyway|same|regardless|not required|not compulsory|no consequences|continues|"
    r"will continue|not (change|be affected|affect))\b"
)


def keeps_what_the_child_has(key: str) -> bool:
    """The sentence says refusing costs nothing ("blijft gewoon doorgaan", "geen enkele
    invloed op de behandeling"); not when a "maar" takes it back ("niet verplicht, maar zonder
    deze gegevens kan uw kind niet deelnemen")."""
    kept = _KEPT.search(key)
    return kept is not None and not TAKEN_BACK.search(key, kept.end())


# (also "...; wel kan uw kind zonder toestemming niet meedoen", outside review)
TAKEN_BACK = re.compile(r"(\b(maar|echter)\b|;\s*wel\b)[^.]{0,80}\b(niet|geen)\b")


_SAYS_NO = re.compile(r"\bnee (zeggen|zegt|kiezen|kiest)\b|\bweiger\w*\b")
_NEEDED_FOR_THAT = re.compile(
    r"\W*(uw |jullie |je )?(toestemming|handtekening) is (daarvoor|hiervoor) (dus |dan ook )?"
    r"(nodig|vereist|noodzakelijk)\b"
)
_ONLY_IF = re.compile(r"\b(alleen|pas|uitsluitend)\b[^.;]{0,60}\b(als|indien|wanneer|nadat)\b")


def _no_with_its_cost(key: str) -> bool:
    """Saying no and what the child then misses, in one sentence: "Nee zeggen is geen
    probleem, uw kind krijgt dan geen extra ondersteuning" (the child by name too)."""
    said_no = _SAYS_NO.search(key)
    if not said_no:
        return False
    then = re.search(
        r"[,;:] (uw kind|je kind|jullie kind|het kind|de leerling|\w+) (krijgt|gaat|mag|kan|"
        r"komt|doet|heeft|volgt|blijft)\b[^,;:]*\bdan\b[^,;:]*$",
        key[said_no.end() :],
    )
    if not then:
        return False
    # "krijgt" is what the child gets here; another verb of sharing keeps only data home.
    rest = re.sub(r"\b(krijgt|krijgen)\b", " ", then[0])
    lost = (
        re.search(r"\b(geen|niet)\b", rest)
        and not re.search(r"\b(geen|niet) (minder|andere|anders|slechtere|kleinere)\b", rest)
        and not shares_by_lemma(rest)
    )
    return bool(lost and (CARE.search(then[0]) or TICKET.search(then[0])))


# A reward for a yes is the same pressure as a loss for a no (AVG art. 7 lid 4; overweging
# 43): "Ouders die deze toestemming geven, krijgen voorrang bij de plaatsing".
REWARDED = re.compile(
    r"\b(die|wie|als|wanneer|indien)\b[^.;]{0,40}\b(toestemming|akkoord|ja)\b[^.;]{0,30}"
    r"\b(krijgen|krijgt|ontvangen|ontvangt|hebben|heeft|gaan|gaat|komen|komt)\b[^.;]{0,30}"
    r"\b(voorrang|korting|voordeel|eerder aan de beurt|bonus|cadeau\w*|beloning|sneller)\b"
    r"|\b(voorrang|korting|voordeel|beloning)\b[^.;]{0,40}\b(als|wanneer|indien|bij)\b[^.;]{0,30}"
    r"\b(toestemming|akkoord)\b"
    # "Als dank voor uw medewerking ontvangt u na afloop een boekenbon."
    r"|\b(als dank|als bedankje|als beloning|ter compensatie)\b[^.;]{0,40}\b(medewerking|deelname|"
    r"meedoen|toestemming|ja)\b[^.;]{0,40}\b(ontvangt|krijgt|ontvangen|krijgen)\b"
)
# A consent form that is part of the enrolment is no separate choice: "Het ondertekenen van
# deze bijlage hoort bij de inschrijving".
_PART_OF_ENROLMENT = re.compile(
    r"\b(ondertekenen|invullen|inleveren|tekenen)\b[^.;]{0,40}\b(hoort|horen) bij (de|uw|het) "
    r"(inschrijving|aanmelding|plaatsing|intake|toelating|aanmeldprocedure)\b"
    # Consent signed with the enrolment itself: "Door ondertekening van dit inschrijfformulier
    # geeft u toestemming", "Met uw aanmelding geeft u toestemming". The signature is an active
    # act (ondubbelzinnig), but a no means no place: labelled a defect of vrij on all 7
    # labelled forms that say it (outside review, 6 December 2026).
    r"|\bdoor (het |de |uw )?(ondertekening|ondertekenen|tekenen|invullen|inleveren)\b[^.;]{0,40}"
    r"\b(inschrijf\w*|aanmeld\w*|inschrijving|contract|overeenkomst|plaatsingsovereenkomst)\b"
    r"[^.;]{0,30}\b(geeft u|gaat u akkoord|stemt u in|geven jullie)\b"
    r"|\b(met|door) (de |uw )?(ondertekening van (het|de|uw|dit) [\w-]*(inschrijf|aanmeld)\w*|"
    r"inschrijving|aanmelding|aanvraag)\b[^.;]{0,50}\b(geeft u|gaat u akkoord|stemt u in)\b"
)


# What the school must know by itself (not "De logopedist moet het dossier kunnen inzien").
_MUST_KNOW = re.compile(r"\b(moeten|moet) (wij|we|ik|de school) (\w+ )?weten\b")
_ABOUT_CONSENT = re.compile(
    r"\b(toestemming|akkoord|tekenen|teken|ondertekenen|handtekening|formulier|strookje|ja|"
    r"instemmen|machtiging|consent|sign)\b"
)


# An adult walking along with the photographer, not the child left out: "De leerkracht loopt
# met de fotograaf mee" (sealed194). ("Zonder toestemming loopt uw kind niet mee in de
# optocht" is the child's loss and stays one.)
_WALKS_ALONG_WITH = re.compile(
    r"\b(loopt|lopen|liep|liepen) (met|samen met) (de|een) (fotograaf|fotografe|cameraman|"
    r"filmploeg|begeleider|verslaggever|journalist)\w*\s*$"
)


def costs_a_service(key: str, previous: str = "") -> bool:
    """The sentence makes the consent a condition for something the child gets. ``previous``
    is the sentence before, for a refusal asked first: "Tekent u niet? Dan kan ..."."""
    if REWARDED.search(key) or _PART_OF_ENROLMENT.search(key):
        return True
    kept = _KEPT.search(key)
    if kept:
        # "niet verplicht, maar zonder deze gegevens kan uw kind niet deelnemen": what comes
        # after the "maar" is what counts.
        but = re.search(r"\b(maar|echter)\b", key[kept.end() :])
        if not but:
            return False
        key = key[kept.end() + but.end() :]
    # The loss in a sentence of its own after the refusal: "Weigeren heeft geen gevolgen voor
    # de begeleiding. Wel kan de school dan geen extra uren voor haar aanvragen."
    if (
        _SAYS_NO.search(previous)
        and re.match(r"\W*(wel|maar|alleen)\b", key)
        and re.search(r"\bdan\b", key)
        and re.search(r"\b(geen|niet)\b", key)
        and (CARE.search(key) or TICKET.search(key) or re.search(r"\buren\b", key))
    ):
        return True
    if previous.endswith("?") and re.match(r"\W*(dan|then)\b", key) and _REFUSED.search(previous):
        key = previous[:-1] + ", " + key
    # The refusal in the sentence before, its cost after: "U mag nee zeggen. Uw kind krijgt
    # dan gewoon geen extra leesbegeleiding."
    after_no = _SAYS_NO.search(previous) and re.search(r"\bdan\b", key) and not _KEPT.search(key)
    if after_no and _CHILD_LOSES.search(key) and (CARE.search(key) or _a_ticket(key)):
        return True
    if _no_with_its_cost(key):
        return True
    # The price named in the next sentence: "Ontbreken de gegevens, dan ... Voor deze extra
    # inzet brengen wij een toeslag in rekening."
    if (
        _PENALTY.search(key)
        and _REFUSED.search(previous)
        and not _KEPT.search(key)
        # "Het weigeren ... heeft geen gevolgen", unless a "Wel ..." turns it round
        and not (keeps_what_the_child_has(previous) and not re.match(r"\W*(wel|maar)\b", key))
    ):
        return True
    if _OBLIGED.search(key):
        return True
    # The gate in the sentence before, the consent named as its key after: "De begeleiding kan
    # alleen doorgaan als deze aanvraag wordt ingediend. Uw toestemming is daarvoor dus nodig."
    if _NEEDED_FOR_THAT.match(key) and _ONLY_IF.search(previous):
        return bool(CARE.search(previous) or TICKET.search(previous))
    refused = _REFUSED.search(key)
    if (
        refused
        and re.match(r"\W*(anders|is d\w+ niet zo|zo niet|gebeurt|komt)\b", refused.group(0))
        and not _ABOUT_CONSENT.search(previous)
    ):
        refused = None  # "Zeg een afspraak af. Anders brengen wij € 30 in rekening."
    gate = None if refused else _GATE.search(key)
    if (
        gate
        and re.fullmatch(r"(alleen|pas) dan", gate.group(0))
        and _MUST_KNOW.search(previous)
        and not _ABOUT_CONSENT.search(previous + " " + key)
    ):
        # "Wie het gezag heeft, moeten wij weten. Alleen dan weten we wie mag beslissen": the
        # "dan" points back to what the school must know, not to the consent (sealed122).
        gate = None
    part = refused or gate
    if not part:
        return False
    # What the refusal leads to, or what the gate opens, without the consent words themselves.
    consequence = (key[: part.start()] + " " + key[part.end() :]).strip()
    if refused:  # what follows the refusal must be a loss
        if _PENALTY.search(consequence):
            return True
        if not _LOSS.search(consequence):
            return False
    else:
        consequence = key  # the gate names the service: "pas starten met de begeleiding zodra"
    if _a_ticket(consequence):
        return True
    pressed = _PRESSED.search(key)
    if pressed and re.search(r"\b(uit te stellen|uitstellen|uitgesteld|vertragen|wachten)\b", key):
        return True  # "genoodzaakt de aanpassing uit te stellen": care delayed
    if not (CARE.search(consequence) or (pressed and _EXCHANGE.search(consequence))):
        return False
    # Help is lost when the child is said to lose it, when the author presses the cost ("maar
    # dan", "want anders", "helaas"), or when the sentence is not about the exchange itself
    # ("Zonder toestemming delen wij niets", "vragen wij geen advies").
    rest = _CONSENT_CLAUSE.sub(" ", key) if gate else consequence
    # "Sem krijgt de extra ondersteuning zodra ...": help the child gets, not data passed on.
    rest = re.sub(r"\bkrijg\w*\b", " ", rest) if CARE.search(rest) else rest
    exchange = shares_by_lemma(rest) or _EXCHANGE.search(rest)
    return bool(_CHILD_LOSES.search(consequence) or pressed or not exchange)


def _a_ticket(consequence: str) -> bool:
    """What the child gets for the consent ("mag dan niet mee"), not papers or pictures sent
    along ("dan nemen we de foto's van uw kind niet mee", sealed217)."""
    ticket = TICKET.search(consequence)
    sent_along = (
        ticket is not None
        and ticket[0] == "mee"
        and (
            _SENT_ALONG.search(consequence[: ticket.start()]) is not None
            or _WALKS_ALONG_WITH.search(consequence[: ticket.start()]) is not None
        )
    )
    return ticket is not None and not sent_along
