"""Dutch phrase patterns for how consent is asked: free, active, revocable.

Split from ``phrases`` (which re-exports every name here): a condition on a service, silence
taken as consent, a signature, and how and when consent can be withdrawn. The patterns run
on ``normalise``-d text (lower case, no accents) and are written from the criteria (AVG art.
4 lid 11, 7 lid 3 and 4; overwegingen 32, 42, 43), not from one form.
"""

from __future__ import annotations

import re

# How a reply asks for the answer, kept apart for length; re-exported here.
from .phrases_answer import ANSWER_PER_ITEM, ANSWER_REQUEST  # noqa: F401


def alternatives(*patterns: str) -> re.Pattern[str]:
    """One pattern that matches any of ``patterns``."""
    return re.compile("|".join(f"(?:{a})" for a in patterns))


_re = alternatives

# --- vrij -----------------------------------------------------------------------------

REFUSAL_CONDITION = _re(
    r"\bzonder\b[^.,]{0,40}(toestemming\w*|ondertekening|handtekening|bespreking|"
    r"gegevens|formulier|verklaring|informatie|machtiging)\b",
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
    r"\bgeen toestemming (geeft|geven|heeft gegeven|hebben gegeven)\b",
    r"\b(tekent|geeft|ondertekent|geven|tekenen) (u|jullie|je)\b[^.,]{0,20}\b(niet|geen)\b",
    # "Kruist u onderdeel 2 niet aan, dan plaatsen wij Sara in een gewone groepsles."
    r"\b(kruist|vinkt|kruisen|vinken) (u|jullie|je)\b[^.,]{0,30}\bniet aan\b",
    r"\bpas (compleet|volledig|geldig|in behandeling|mogelijk)\b",
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
    r"\b(ondersteuning|basisondersteuning|begeleiding|hulp|hulpverlening|zorg|aanmelding|plaatsing|inschrijving|"
    r"toelating|aanvraag|behandeling|faciliteiten|voorziening\w*|schoolreis|kamp|excursie\w*|"
    r"uitstapje\w*|arrangement|onderzoek|starten|start|lessen|toets\w*|examen\w*|"
    r"in aanmerking|mee|diensten|dienstverlening|toegang|deelname|dyslexiecoach|"
    r"begeleiden|helpen|ondersteunen|behandelen|plaatsen|inschrijven|toelaten|aanvragen|"
    r"meedoen|deelnemen|in zorg|aanmelden|aangemeld|plaats|plek|aanbod|indicatie|verwijzing|"
    r"vergoeding|toewijzing|tlv|intake|wachtlijst|opname|traject|opdracht|uitvoering|"
    # scheduling the help: "plant de gesprekken pas in nadat ..."
    r"plant|plannen|inplannen|ingepland|stageplaats|stage)\b"
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
)
# Refusing as an act of its own: "als u nee zegt", "Kiest u nee bij vraag 2", "bij een nee op
# onderdeel A", "Wie bij B nee invult", "zonder onderdeel B".
REFUSAL_ACT = _re(
    r"\b(als|indien|wanneer|mocht) (u|jullie|je|jij)\b[^.,]{0,30}\bnee\b",
    r"\b(zegt|kiest|kruist|vult|antwoordt|geeft|klikt|tikt) (u|jullie|je|jij)\b[^.,]{0,30}\bnee\b",
    r"\b(bij|met|na) een nee\b|\been nee (bij|op|voor)\b|\bwie\b[^.,]{0,30}\bnee\b",
    r"\bzonder (onderdeel|punt|vraag|deel|keuze) ([a-h]|\d{1,2})\b",
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
    r"\bgewoon (door|mee)\b|\bverandert (er |dat )?(niets|niet)\b|\bin alle gevallen\b",
    r"\bmerk\w* (er|daar|daarvan) niets( van)?\b",
    r"\b(zelfde|dezelfde) (hulp|ondersteuning|begeleiding|zorg|lessen|behandeling)\b",
    # "Uw kind krijgt dan toch de hulp die de school al geeft."
    r"\bkrijgt (hij|zij|ze|uw kind|je kind|jouw kind)? ?dan (toch|gewoon|evengoed|nog steeds)\b",
)
FREE_CHOICE = _re(
    r"\bniet verplicht\b|\bvrijwillig\b|\bvrij om\b|\bmag (ook )?weigeren\b|\bgeen voorwaarde\b",
    r"\b(mag|mogen|kunt|kan|kunnen)( u| je| jij| jullie)? (altijd |gerust |ook |gewoon )?nee "
    r"(zeggen|kiezen|antwoorden)\b",
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

# --- ondubbelzinnig -------------------------------------------------------------------

SILENCE_IS_CONSENT = _re(
    r"\b(als|indien|wanneer)\b[^.]{0,60}\b(niets|geen reactie|geen bericht|niet)\b[^.]{0,40}"
    r"\b(horen|hoor|hoort|ontvangen|ontvang|hebben|terug|krijgen|krijg)\b[^.]{0,60}\b(ervan uit|akkoord|toestemming)\b",
    r"\ber ?van ?uit dat (het|dit|alles) (goed|prima|akkoord|in orde) is\b",
    r"\ber ?van ?uit( dat)? (u|jullie|je|jij)\b[^.]{0,40}"
    r"\b(akkoord|toestemming|instemt|geen bezwaar|goed vindt|goedvindt|eens bent|mee eens)\b",
    r"\b(gaan|gaat) (wij|we|de school)\b[^.]{0,20}\ber ?van uit\b[^.]{0,40}"
    r"\b(akkoord|toestemming|instemt|geen bezwaar|goed vindt|goedvindt|eens bent)\b",
    r"\b(horen|ontvangen|krijgen) (wij|we)\b[^.,]{0,20}\b(niets|geen reactie|geen bericht)\b"
    r"[^.]{0,60}\b(er ?van uit|akkoord|goed vindt|instemt|gaan (wij|we) door)\b",
    r"\bhoeft u niets te doen\b|\bhoeven jullie niets te doen\b",
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
    r"\b(met|door) (de |uw )?(ondertekening|inschrijving|aanmelding)\b"
    r"(?! (van )?(deze|dit) (verklaring|formulier|toestemmings\w*|machtiging)\b)[^.]{0,50}"
    r"\b(heeft|hebt|geeft) "
    r"(u|je|jullie)\b[^.]{0,10}\b(al |ook )?(toestemming|akkoord)\b",
    # "Stuurt u geen mail, dan is uw antwoord ja."
    r"\b(stuurt|reageert|antwoordt|mailt|belt|appt) (u|je|jij|jullie) (geen|niet)\b[^.]{0,40}"
    r"\b(ja|akkoord|toestemming)\b",
    # "Lukt het niet om te reageren vóór 16 september, dan ga ik uit van twee keer ja."
    r"\b(niet|geen)\b[^.]{0,40}\b(reageren|reageert|reactie|antwoord\w*|terugsturen|inleveren|"
    r"horen|in te leveren|terug te (sturen|geven))\b[^.]{0,60}"
    r"\b(ga|gaan|gaat) (ik|wij|we|de school)\b[^.]{0,15}\buit van\b"
    r"(?:(?!\b(geen|niet|nee)\b)[^.]){0,30}(\bja\b|akkoord|toestemming|instemming)",
    # English: "No reply means yes", "If you do not reply, we will count your answer as yes".
    r"\bno (reply|answer|response) (means|counts as) (yes|consent|agreement)\b",
    r"\bif you (do not|don't) (reply|respond|answer)\b[^.]{0,60}\b(yes|consent|agree|assume)\b",
    r"\btenzij (u|jullie)\b[^.]{0,40}\b(bezwaar|aangeeft|aangeven|laat weten|laten weten)\b",
    r"\bheeft u bezwaar\b[^.]{0,60}\b(lever|stuur|meld|geef|laat|vul)\w*",
    r"\bbezwaar\b[^.]{0,40}\b(strookje|formulier)\b|\bstrookje\b[^.]{0,40}\bbezwaar\b",
    r"\bgeldt als (toestemming|akkoord)\b|\bautomatisch (toestemming|akkoord)\b",
    # "Blijft een reactie uit, dan ...", "Niet reageren betekent ja", "dat zien wij als akkoord".
    r"\b(blijft|blijven) (een |uw |jullie |je )?(reactie|antwoord|bericht|tegenbericht)\b[^.]{0,10}"
    r"\buit\b",
    r"\b(niet|geen) (reageren|reactie|antwoord|antwoorden|bericht)\b[^.]{0,20}\b(betekent|geldt als|"
    r"telt als|staat voor)\W{0,3}(een |uw )?(ja|akkoord|toestemming|instemming)\b",
    r"\b(beschouwen|zien|rekenen|nemen|tellen) (wij|we|ik)\b[^.]{0,30}\bals (akkoord|toestemming|"
    r"instemming|ja)\b",
    r"\bdoor (het|de|uw)\b[^.]{0,40}\b(inschrijving|inschrijven|aanmelden|aanmelding)\b[^.]{0,30}"
    r"\b(geeft u|gaat u akkoord|stemt u in)\b",
    # Consent folded into signing something else: "Door ondertekening van dit
    # inschrijfformulier geeft u toestemming".
    r"\bdoor (het |de |uw )?(ondertekening|ondertekenen|tekenen|invullen|inleveren)\b[^.]{0,40}"
    r"\b(inschrijf\w*|aanmeld\w*|inschrijving|contract|overeenkomst|plaatsingsovereenkomst)\b"
    r"[^.]{0,30}\b(geeft u|gaat u akkoord|stemt u in|geven jullie)\b",
)
SIGNATURE = re.compile(
    r"\b(hand ?tekening|ondertekening|ondertekenen|onderteken\w*|tekenen|teken|getekend|"
    r"akkoord geven|digitaal akkoord|aanvinken|aankruisen)\b"
    # A button the parent presses in an app or on a website: "Tik op 'Akkoord'".
    r"|\b(tik|tikt|klik|klikt|druk|drukt)\b[^.]{0,30}\bop\b[^.]{0,15}\b(akkoord|ja|ik geef|toestemming)"
    r"|\bkruis\w*\b[^.]{0,20}\baan\b|\b(zet|zetten)\b[^.]{0,20}\b(naam|handtekening|paraaf)\b"
    r"[^.]{0,20}\bonder\b"
    r"|\[\s*(akkoord|accepteren|toestaan|ja, ik geef toestemming)\s*\]"
    r"|\bop\W{0,2}(akkoord|accepteren|toestaan|ja)\W{0,2} (tikt|tik|klikt|klik|drukt|druk)\b"
    r"|\b(sign|signs|signed|signing|signature)\b|\bschakelaar aan\b|\b(switch|turn) (it )?on\b"
    # A yes of one's own as the answer: "Reply YES in the app", "app mij 'ja'".
    r"|(?<!\bgeen )(?<!\bniet )(?<!\bnot )(?<!\bno )(?<!don't )"
    r"\b(reply|answer|antwoord|app|stuur|mail)\w*\b(?! (dan )?is)[^.]{0,20}\W(yes|ja)\b"
)

# --- intrekken ------------------------------------------------------------------------

WITHDRAWAL = _re(
    r"\bintrek\w*\b|\bingetrokken\b|\btrek\w*\b[^.]{0,40}\bin\b|\bherroep\w*\b",
    r"\bterug ?(te )?(trekken|nemen|draaien)\b|\bterugtrek\w*\b|\bstopzetten\b",
    r"\bterug ?(te )?(komen|komt) op\b|\b(niet meer|niet langer) (mag|mogen|goed is|goed vindt)\b",
    r"\bstoppen met (je|jouw|uw|de|jullie|deze) toestemming\b",
    # The question alone, answered next: "Stoppen? Dat kan op elk moment, zonder reden."
    r"^\W*(ermee |toch |later )?(stoppen|ophouden)\s*\?$",
    r"^\W*(toch |later )?anders (besloten|beslist|bedacht|gekozen)\s*\?",
    # "Denkt u er over een paar maanden anders over, laat het mij weten."
    r"\b(denkt|denken|kijkt|kijken) (u|je|jij|jullie)\b[^.?]{0,40}\banders (over|tegenaan)\b",
    # "En als ik er later anders over denk?"
    r"\b(als|wanneer|mocht) (ik|u|je|jij|jullie|we|wij) (er )?(\w+ )?anders over (denk|denkt|denken)\b",
    # The question of a leaflet: "Kunt u stoppen?", "Mag mijn kind later stoppen?".
    r"\b(kunt|kan|mag|mogen|kunnen) (u|je|jij|jullie|ik|mijn kind|uw kind) (\w+ )?(later |altijd |"
    r"nog |tussentijds )?(stoppen|ophouden)\b",
    r"\b(wilt|wil) (u|je|jij|jullie)\b[^.?]{0,20}\b(stoppen|niet langer|niet meer)\b",
    # The same in a clause of its own: "laten weten dat u wilt stoppen", "als je ermee wilt ophouden".
    r"\b(u|je|jij|jullie) (\w+ ){0,2}(wilt|wil|willen) (stoppen|ophouden)\b",
    r"\b(bedenkt|bedenken) (u|je|jij|jullie) zich\b",
    # "Bedenk je je later", "Mocht u zich bedenken", "als je denkt 'liever toch niet'".
    r"\bbedenk\w* (u|je|jij|jullie) (zich|je|jezelf)\b|\b(u|je|jij|jullie) (zich|je) (later )?bedenk\w*\b",
    r"\bliever toch niet\b|\btoch liever niet\b",
    # A change of mind, asked or conditional: "Verandert u later van mening?", "Twijfelen
    # jullie later toch?", "Wilt u iets veranderen in wat u hebt aangekruist?".
    r"\b(twijfelt|twijfelen) (u|je|jij|jullie) (later|achteraf|alsnog)\b",
    r"\b(wilt|wil) (u|je|jij|jullie) (later )?iets (veranderen|wijzigen|aanpassen)\b",
    # Cancelling the consent, not a contract: "het opvangcontract opzeggen" is no withdrawal.
    r"(?<!contract )(?<!lidmaatschap )(?<!abonnement )(?<!overeenkomst )(?<!plaats )"
    r"\b(weder)?opzeggen\b(?![^.]{0,30}\bopzegtermijn\b)|\bopgezegd\b",
    # English forms: "You may withdraw ...", "If you change your mind".
    r"\bwithdraw\w*\b|\bchang(e|ed) your mind\b|\brevok\w*\b|\bcan be stopped\b|\bopt out\b",
    r"\b(dat|als|wanneer|of) (u|je|jij|jullie)\b[^.]{0,50}\b(niet meer|niet langer|"
    r"geen toestemming meer)\b[^.]{0,10}\b(wilt|wil|willen)\b",
    r"\b(alsnog|later|op (elk|ieder) moment|altijd)\b[^.]{0,20}\bnee (zeggen|zegt)\b",
    r"\bvan (gedachten|mening|idee) (veranderen|verandert|veranderd|verander)\b"
    r"|\b(u|je|jij|jullie)\b[^.?]{0,20}\banders (willen|wilt|wil|beslissen|beslist|besluiten|"
    r"besluit|denken|denkt|kiezen|kiest)\b"
    r"|\b(verandert|veranderen) (u|je|jij|jullie)( \w+){0,4} van (gedachten|mening|idee)\b",
    # Changing the choice is withdrawing it: "een ja in een nee veranderen", "uw keuze aanpassen".
    r"\b(ja|toestemming|keuze|aan)\b[^.]{0,20}\b(in|naar|op) (een )?(nee|uit)\b[^.]{0,15}"
    r"\b(veranderen|verandert|wijzigen|omzetten|zetten)\b",
    r"\b(uw|je|jouw|jullie|elke|iedere|een) (keuze|keuzes|antwoord)\b[^.]{0,40}\b(wijzigen|aanpassen|"
    r"veranderen)\b",
    r"\b(veranderen|wijzigen|aanpassen) (in|aan) wat (u|je|jullie) (hebt|heeft|hebben) "
    r"(aangekruist|gekozen|ingevuld)\b",
    r"\b(toestemming|akkoord)\b[^.]{0,30}\b(stoppen|stopzetten|beeindigen|terugdraaien|terugnemen)\b",
    # The verb before the new answer: "elk 'Ja' veranderen in een 'Nee'", "weer op Uit zetten".
    r"\b(veranderen|verandert|wijzigen|wijzigt|omzetten|zetten|zet|aanpassen)\b[^.]{0,25}"
    r"\b(in|naar|op) (een )?\W?(nee|uit|niet akkoord|geen toestemming)\b",
    r"\b(veranderd|verandert|veranderen|gewijzigd|anders) van (gedachten|mening|idee)\b",
    # Stopping the exchange itself: "stoppen met de uitwisseling", "met het delen stoppen".
    r"\b(stoppen|stopt|stop|ophouden) met (de|het|dit|deze|die|dat|alle) \w*"
    r"(uitwissel|delen|deling|overleg|contact|doorsturen|sturen|verstrekken)\w*",
    r"\b(uitwissel|delen|deling|overleg|doorsturen)\w* (laten )?(stoppen|stopzetten|beeindigen)\b",
    # Wanting out: "Wil je er later toch vanaf?", "Toch liever niet meer?".
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (er )?(later |achteraf )?(toch )?(er )?(vanaf|van af|"
    r"uit|mee stoppen|niet meer aan meedoen)\b",
    r"\b(toch )?liever niet (meer|langer)\b|\btoch niet meer\b",
    # A toggle or consent switched off: "totdat je hem zelf uitzet", "uitschakelen".
    r"\b(uitzet|uitzetten|uitschakel\w*)\b|\b(in|naar|op) (een )?\W?(nee|uit)\W? "
    r"(zetten|zet|veranderen|omzetten|schakelen)\b",
    # Opting out of the exchange (not of an activity): "afmelden voor het overleg".
    r"\b(afmelden|afmeldt|uitschrijven)\b[^.]{0,30}\b(overleg|uitwisseling|delen|contact)\b",
    # "Wijzigingen in uw keuze kunt u doorgeven", "Toestemming wijzigen kan altijd via ...",
    # "uw toestemming later in te trekken".
    r"\bwijziging\w* (in|van) (uw|je|jouw|jullie) (keuze|keuzes|toestemming|antwoord)\b",
    r"\b(toestemming|keuze|keuzes|voorkeur\w*)\b[^.]{0,10}\b(wijzigen|aanpassen|veranderen)\b",
    r"\bin te trekken\b",
    # Asked about later: "Kan ik dit later veranderen?", "achteraf nog wijzigen".
    r"\b(later|achteraf|nadien)\b[^.]{0,15}\b(veranderen|wijzigen|aanpassen|terugdraaien)\b",
)
# A change of mind in words of its own, which counts only with a channel or with what then
# stops: "Spijt van uw keuze?", "Mocht u er anders over gaan denken", "Niet langer
# akkoord?", "Zegt u later alsnog nee", "Liever toch geen contact meer met school?".
CHANGE_OF_MIND = _re(
    r"\bspijt\b|\banders (over )?(gaan |gaat )?(denken|denkt)\b|\ber anders over\b",
    r"^\W*(later|toch|alsnog) anders\b",  # "Later anders? Zet een keuze terug naar Nee."
    r"\b(niet|geen) (meer|langer) (akkoord|eens|willen|wilt|wil)\b",
    r"\b(geen|niet) \w+ meer (willen|wilt|wil)\b",
    r"\b(alsnog|later|achteraf) (nog |toch )?nee\b|\btoch (liever )?geen \w+ meer\b",
    r"\b(ophouden|ophoudt|houden (wij|we) op|afzien)\b|\bzie\w* (u|je|jij|jullie) (er )?(later |"
    r"alsnog |toch )?(van )?af\b",
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (later |toch )?(geen|niet)\b[^.?]{0,30}\bmeer\b",
    r"\bvervalt (zodra|als|wanneer|op het moment dat) (u|je|jij|jullie)\b",
    r"\b(u|je|jij|jullie) (mag|mogen|kunt|kan|kunnen) (altijd |later |alsnog )?(terug|eruit|stoppen)\b",
    # Asking the organisation to stop: "Wilt u dat we hiermee eerder stoppen?", "Would you
    # like us to stop?".
    r"\b(wilt|wil|willen) (u|je|jij|jullie) dat (we|wij|ik|de school|de praktijk)\b[^.?]{0,40}"
    r"\b(stoppen|stopt|ophouden|niets meer|niet meer|niet langer)\b",
    r"\b(like|want) us to stop\b|\bstop (sharing|exchanging)\b",
    # "Wilt u er op enig moment toch van af, helemaal of voor één regel?"
    r"\b(wilt|wil|willen) (u|je|jij|jullie) (er|ervan|hiervan|daarvan)\b[^.?]{0,30}\b(van )?af\b",
)
ANY_TIME = _re(
    r"\baltijd\b|\bop (elk|ieder|enig) (gewenst )?moment\b|\bte allen tijde\b|\belk moment\b",
    r"\b(at )?any time\b",
    r"\bwanneer (u|jullie) (maar )?(wilt|willen)\b|\bzonder (opgave van )?(een )?reden\b",
    r"\book (later|nog)\b",
)
WITHDRAW_HOW = _re(
    r"\be-?mail\w*\b|@|\bmail\w*\b|\bbrief\b|\bschriftelijk\b|\bmondeling\b|\btelefonisch\b",
    r"\bbel\w*\b|\bmeld\w*\b|\bstuur\w*\b|\bvul\w*\b|\blaat\b[^.]{0,30}\bweten\b|\blaten weten\b",
    r"\bdoor\b[^.]{0,60}\b(te )?(sturen|melden|bellen|invullen|aan te geven|door te geven)\b",
    r"\bbericht\w*\b|\bbriefje\b|\b(aan|bij|tegen) (de|het|uw|jullie|je)\b|\bformulier\b|\w*portaal\b|\bapp\b|\bwebsite\b|\bvia\b",
    r"\b(zeg|zegt|vertel|vertelt)\b[^.]{0,20}\btegen\b",
    r"\bcontact\b(?! (hebben|heeft|hebt|houden|houdt))[^.]{0,30}\b(met|via)\b|\btelefoon\w*\b|\bappje\b|\bwhatsapp\b",
    r"\b(bij|aan|tegen|via) (mevrouw|meneer|mevr|mw|dhr|de heer|juf|meester|ons|hem|haar|mij)\b",
    # A button, an account or a message: "Gebruik de knop 'Intrekken' in je account", "even
    # appen naar mij", "Send a note to the coordinator".
    r"\b(knop|button|account|instellingen|settings|appen|appt|sms\w*)\b",
    r"\b(send|email|e-mail|call|phone|tell|write|contact)\s+(us|the|our|your|mr|ms|mrs|dr|an?|to|"
    r"him|her)\b|\bportal\b|\bby (e-?mail|letter|phone|post)\b",
    # A page or toggle of a portal: "op deze pagina wijzigen", "zet de schakelaar op Uit".
    r"\b(op|via) (deze|die|de) (pagina|site|webpagina)\b|\bschakelaar\w*\b",
    r"^\W*zet\b[^.]{0,40}\b(hier|terug|weer uit|op nee|naar \W?nee)\b",  # "Zet een keuze hier terug"
    # The school's own app: "in Parro aanpassen", "via Social Schools".
    r"\b(in|via|met) (de )?(parro|social ?schools|klasbord|schoolapp|ouderapp|digiduif|mijnschool)\b",
)
# What follows a withdrawal says the sharing stops: "Vanaf dat moment delen wij niets
# meer", "dan stoppen we ermee", "wij passen het dezelfde dag aan", "is genoeg".
WITHDRAW_STOP = re.compile(
    r"\b(vanaf dat moment|vanaf dan|daarna|dan)\b[^.]{0,80}\b(niets|niet|geen \w+) meer\b"
    r"|\b(stoppen|stopt) (we|wij|de school|de praktijk|ik)\b[^.]{0,15}\b(ermee|daarmee|direct|"
    r"meteen|met)\b"
    r"|\b(we|wij|ik) (stoppen|stop|stoppen dan|stop dan)\b"
    r"|\bpassen (we|wij) (het|dat|uw keuze)\b[^.]{0,30}\baan\b|\b(is|zijn) genoeg\b|\bvolstaat\b"
    r"|\bstop (sharing|using)\b"
)
# An instruction after a condition: "Wilt u later iets terugnemen, mail dan de ib'er".
WITHDRAW_INSTRUCTION = re.compile(
    r"[,;:]\s*(dan )?(app|bel|mail|stuur|laat|meld|zeg)\b|"
    r"^\W*(laat|meld|stuur|bel|mail|e-mail|zeg|geef|neem|vul|gebruik|klik|tik|druk|ga|kom|"
    r"schrijf|zet|schakel|vink|app|send|email|call|tell|use|fill|write|let|contact|update|change|pas)\b"
    r"|\b(laat|meld|stuur|bel|mail|zeg|geef)\b[^.?]{0,30}\bdan\b"
)
# A label for withdrawing with its answer after it: "Toestemming intrekken | per brief",
# "Intrekken: mail naar ...".
WITHDRAW_FIELD = re.compile(
    r"^[^|:.?]{0,40}\b(intrek\w*|withdraw\w*|stoppen|wijzigen|anders besluiten|terugdraaien)\b"
    r"[^|:.?]{0,20}[|:]\s*\S"
)
WITHDRAW_RESTRICTED = _re(
    r"\balleen (aan het begin|aan het eind|aan het einde|per (nieuw )?schooljaar|na afloop|"
    r"eenmaal|een keer|met een nieuw formulier)\b",
    r"\bniet (meer )?(worden )?(ingetrokken|intrekken|wijzigen|gewijzigd)\b",
    # "per aangetekende brief", not "de intrekking wordt in het EPD aangetekend" (recorded).
    r"\baangetekende? (brief|post|zending)\b|\baangetekend (versturen|verzenden|sturen|schrijven)\b",
    # Only on one date, or only in one meeting: "uitsluitend mogelijk per 1 augustus", "kunt u
    # dat aangeven in het evaluatiegesprek aan het einde van het traject".
    r"\b(alleen|uitsluitend|enkel) (mogelijk )?(per|op) (\d{1,2} [a-z]+|de eerste)\b",
    # Taking effect only later: "gaat in bij de start van het volgende schooljaar".
    r"\bgaat (pas )?in (bij|per|op|na) (de start van |het begin van )?(het |de )?volgende "
    r"(schooljaar|periode|maand|evaluatie)\b",
    r"\b(in|tijdens|bij) (het|de) (evaluatiegesprek|eindgesprek|eindevaluatie|evaluatie aan het "
    r"einde|volgende (gesprek|overleg|bespreking|evaluatie))\b",
    r"\bin persoon\b|\bpersoonlijk langs\w*\b|\bnotari\w*\b",
    r"\b(niet|geen) (meer )?mogelijk\b|\bonmogelijk\b|\bnot possible\b|\bcannot be withdrawn\b",
    r"\b(een|één) keer per (jaar|schooljaar)\b|\bin de eerste (\w+ )?weken van het schooljaar\b",
    r"\bpas (bij|na) de (eerstvolgende )?(evaluatie|opp-evaluatie|bespreking)\b",
    # Until a moment, and not after: "intrekken kan schriftelijk tot de startdatum",
    # "tot de eerste les", "until the start date".
    r"\b(kan|kunt|mag|mogelijk|possible)\b[^.]{0,40}\b(tot|until|before) (de|het|the) "
    r"(start|startdatum|begin|aanvang|eerste \w+|start date|first \w+)\b",
)
CHANGE_LIMITED = re.compile(
    r"\bwijziging\w*\b[^.]{0,80}\balleen\b"
    r"|\btussentijdse? (wijziging\w*|intrekking\w*|aanpassing\w*)\b[^.]{0,50}\bniet\b"
)
