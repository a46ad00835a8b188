"""More ways a form says when consent or the data ends, kept apart from ``duration`` (which
adds them to its list): a retention period ("bewaart het dossier 20 jaar na ...", "niet
langer dan zes maanden"), an end verb with its moment ("loopt af aan het eind van je
stageperiode"), a state reached ("zodra de plaatsing rond is, vervalt ..."), a bare school
year in a field ("Termijn | einde schooljaar 2025-2026") and English forms ("valid for the
current academic year", "until 31 January 2026"). AVG art. 5 lid 1 onder e, 13 lid 2
onder a. All patterns run on ``normalise``-d text.
"""

from __future__ import annotations

import re

from .dates import DATE, DAY_MONTH, MONTHS

NUMBER = (
    r"(een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|\d{1,3})"
)
UNIT = r"(schooljaren|schooljaar|jaren|jaar|maanden|maand|weken|week|dagen|seizoenen|seizoen)"
# An age a young child will reach ends a consent; 16 or 18 is the whole school career.
YOUNG_AGE = r"(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|[1-9]|1[0-2])"
_EN_MONTHS = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december)"
)
_EN_DATE = (
    rf"(\b\d{{1,2}} {_EN_MONTHS}( \d{{4}})?\b|\b{_EN_MONTHS} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}\b)"
)
_NUMBER_EN = r"(one|two|three|four|five|six|twelve|\d{1,3})"
_END_VERB = r"(loopt af|afloopt|eindigt|vervalt|verloopt|stopt|houdt op)"
_MOMENT = r"(einde?|eind|afloop|afronding|afsluiting|sluiting)"
# The data itself destroyed (camera images "worden automatisch overschreven", sealed183); a
# site going offline is not (outside review).
_DESTROYED_DATA = (
    r"(versnipperaar|shredder|vernietig\w*|verwijder\w*|gewist|wissen|wist|overschreven)"
)
_DESTROYED = rf"({_DESTROYED_DATA[1:-1]}|offline|deleted|destroyed|overschrijven|overschrijft)"

# A moment hedged or denied is no end: "verwijderen we ze niet", "in ieder geval tot 1
# september, en daarna ook", "Eind 2026 bekijken we of we ze verwijderen".
_UNHEDGED = (
    r"(?![^.;?]*\b(niet|niets|niks|geen|of (we|wij|ze|zij|ik)|bekijken|kijken|minstens|ten minste|"
    r"misschien|wellicht|eventueel|(?<!zo snel )(?<!zo veel )(?<!zo goed )mogelijk|"
    r"in ieder geval|zeker|daarna (ook|blijft|blijven|alleen|nog|wel)|langer)\b)"
)
_PART_OF_A_YEAR = (
    r"((in|na|voor) (de |het )?(zomer|winter|herfst|lente|voorjaar|najaar|begin|eind|einde|"
    r"midden|zomervakantie|kerstvakantie) (van )?(20\d{2})\b"
    r"|\b(eind|begin|medio|uiterlijk eind) (20\d{2})\b)"
)

# The recipient sees the data only for a window of days: that window is when the sharing
# ends (sealed91, after scoring).
ACCESS_WINDOW = re.compile(
    rf"{_UNHEDGED}\b(alleen|enkel|uitsluitend) (van|tussen) \d{{1,2}}( {MONTHS})? (t/m|tot en met|tot|en) "
    rf"\d{{1,2}} {MONTHS}\b[^.;?]{{0,30}}\b(inzien|in te zien|inkijken|bekijken|gebruiken|"
    r"toegang|open)\b"
    rf"|{_UNHEDGED}\b(inzien|in te zien|inkijken|bekijken|gebruiken|toegang)\b[^.;?]{{0,30}}\b(alleen|enkel|"
    rf"uitsluitend) (van|tussen) \d{{1,2}}( {MONTHS})? (t/m|tot en met|tot|en) \d{{1,2}} "
    rf"{MONTHS}\b"
)

SHOWN_THEN_GONE = re.compile(
    rf"{_UNHEDGED}\b(staat|staan|blijft|blijven|hangt|hangen)\b[^.;]{{0,20}}\b{NUMBER} {UNIT}\b"
    r"[^.;]{0,60}\b(verdwijnt|verdwijnen|offline|verwijderd|verwijderen|gewist|eraf|weg)\b"
)
OPEN_UNTIL = re.compile(
    rf"{_UNHEDGED}\b(\w*link|album|map|toegang)\b[^.;]{{0,30}}\btot (en met )?\d{{1,2}} {MONTHS}( \d{{4}})?"
    r"\b[^.;]{0,10}\b(werkt|werken|open|beschikbaar|zichtbaar|online|geldig)\b"
)
# The use itself ends on a date: "Wij gebruiken de lijst tot en met 31 juli 2025" (sealed208).
USED_UNTIL = re.compile(
    rf"{_UNHEDGED}\b((wij|we|ik|de school|zij|ze|hij) (gebruiken|gebruikt|gebruik)|(gebruiken|"
    r"gebruikt|gebruik) (wij|we|ik|de school|zij|ze|hij)) (de|het|deze|dit|die|uw|je) "
    rf"[a-z-]+ (alleen |uitsluitend )?tot (en met )?\d{{1,2}} {MONTHS}( \d{{4}})?\b"
    # (not renewed: "... tot 31 juli 2026 en verlengen hem elk jaar automatisch")
    r"(?![^.]*\b(verleng\w*|automatisch|elk (school)?jaar|ieder (school)?jaar|opnieuw)\b)"
    r"(?!\.? daarna (blijft|blijven|bewaren)\b)"
)
# Ends of the sharing itself, whatever the sentence says about consent or keeping.
SHARING_ENDS = (ACCESS_WINDOW, SHOWN_THEN_GONE, OPEN_UNTIL, USED_UNTIL)

PHRASINGS: list[tuple[str, re.Pattern[str]]] = [
    # A day named before and pointed back to: "Na de laatste clubmiddag (17 december) haal ik
    # het eruit, en de toestemming geldt ook tot die dag."
    (
        "gebeurtenis",
        re.compile(
            r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
            r"november|december)\b[^.]{0,120}\b(geldt|geldig|loopt)\b[^.]{0,20}\btot (die|deze|"
            r"dezelfde) (dag|datum)\b"
        ),
    ),
    ("periode", re.compile(rf"\btot {NUMBER} {UNIT} na\b")),
    (
        "vakantie",
        re.compile(
            r"\btot (de|het) (start van de |begin van de )?"
            r"(zomer|kerst|herfst|voorjaars|mei|krokus)(vakantie)?\b"
            # just after it: "tot (we) na de herfstvakantie (verhuizen)" (sealed230)
            r"|\btot ((we|wij|de klas|de groep) )?(vlak |direct )?na de "
            r"(zomer|kerst|herfst|voorjaars|mei|krokus)vakantie\b"
        ),
    ),
    (
        "periode",
        re.compile(rf"\b(vervalt|verloopt|eindigt|stopt)\b[^.;]{{0,10}}\b{NUMBER} {UNIT} na\b"),
    ),
    (
        "eenmalig",
        # The consent itself is one-off, not something done once ("één keer uitleg geven").
        re.compile(
            r"\beenmalig\w* (toestemming|uitwisseling|gebruik|overleg|gesprek)\b"
            r"|\b(toestemming|machtiging|geldt|geldig|is|zijn)\b[^.;]{0,20}\beenmalig\b"
            r"|\b(geldt|geldig)\b[^.;]{0,10}\b(een|één) (keer|enkele keer)\b"
            # "Geldt alleen voor morgen."
            r"|\b(geldt|gelden|geldig|is)\b (alleen|uitsluitend|enkel) (voor )?(morgen|vandaag|"
            r"overmorgen)\b"
            r"|\b(toestemming|akkoord)\b[^.;]{0,20}\bvoor (een|1) (keer|enkele keer)\b"
            # "Uw handtekening geldt alleen voor deze screening van dit voorjaar."
            r"|\b(toestemming|handtekening|akkoord|ja)\b[^.;]{0,10}\b(geldt|gelden|is)\b (alleen|"
            r"uitsluitend|enkel) (voor|bij) ((de|het) [a-z-]+ (van|bij|op) |(de|het) (terugkoppeling|"
            r"uitslag|bespreking|nabespreking|uitkomst|verslag) na )?(deze|dit) (ene )?"
            r"[a-z-]*(screening|observatie|onderzoek|test|meting|afspraak|overleg|bespreking|gesprek|"
            r"aanvraag|aanmelding|consult|keer|uitwisseling|overdracht|kamp|reis|excursie|workshop|"
            r"toernooi|uitje|voorstelling|intake)\b(?! en\b)"
            # "geldt alleen voor de screening van 17/9 en vervalt daarna"
            # (not the time at school: "alleen voor de tijd dat Julia bij ons zit")
            r"|\b(geldt|gelden|is)\b (alleen|uitsluitend|enkel) (voor|bij) (?![^.;]{0,60}\b(tijd dat|"
            r"zolang|periode dat|duur van|schoolloopbaan|schooltijd)\b)[^.;]{3,60} en "
            r"(vervalt|verloopt|eindigt|stopt) (direct |meteen )?(daarna|na afloop)\b"
        ),
    ),
    # The bare answer under "Hoe lang geldt mijn toestemming?": "Eén schooljaar."
    ("periode", re.compile(rf"^\W*{NUMBER} {UNIT}\b(?! (na|geleden|oud)\b)")),
    (
        # Kept for a period: "bewaart het dossier 20 jaar na de laatste behandeling", "blijft
        # nog één schooljaar bewaard", "wordt na drie maanden verwijderd".
        "periode",
        re.compile(
            rf"\b(bewaa?r\w*|opgeslagen|verwijder\w*|vernietig\w*|gewist|wissen|wist)\b[^.;]{{0,60}}"
            rf"\b{NUMBER} {UNIT}\b"
            rf"|\b{NUMBER} {UNIT}\b[^.;]{{0,45}}\b(bewaard|bewaren|bewaart|opgeslagen|"
            r"verwijderd|vernietigd|gewist|overschreven)\b"
        ),
    ),
    # Shown for a span: "Het filmpje zelf blijft 12 maanden op Instagram staan" (sealed235).
    (
        "periode",
        # (or to watch back: "De opname is twaalf maanden terug te kijken", sealed234)
        re.compile(
            rf"\b(blijft|blijven|staat|staan) {NUMBER} {UNIT} (online|op|in|zichtbaar)\b"
            rf"|\b(is|zijn|blijft|blijven) {NUMBER} {UNIT} (terug te (kijken|zien|luisteren)|te zien)\b"
        ),
    ),
    # A cap: "niet langer dan zes maanden", "maximaal twee jaar".
    (
        "periode",
        re.compile(
            rf"\b(niet langer dan|maximaal|hooguit|ten hoogste|uiterlijk|(met|tot) een maximum "
            rf"van)\b[^.;]{{0,10}}"
            rf"\b{NUMBER} {UNIT}\b"
        ),
    ),
    (
        # "Je toestemming loopt af aan het eind van je stageperiode (week 26)."
        "gebeurtenis",
        re.compile(
            r"\b(toestemming|machtiging|consent|verklaring|formulier|akkoord|deze|dit)\b[^.;]{0,20}"
            rf"\b{_END_VERB}\b[^.;]{{0,15}}\b(aan|bij|op|na|met) (het )?{_MOMENT} van "
            r"(het|de|dit|deze|uw|je|jouw|zijn|haar) [a-z-]+"
        ),
    ),
    (
        # "Zodra de plaatsing op de nieuwe school rond is, vervalt deze machtiging."
        "gebeurtenis",
        re.compile(
            r"\b(zodra|wanneer|als|nadat)\b[^.;]{0,60}\b(rond|klaar|definitief|bekend|voorbij) "
            rf"(is|zijn)\b[^.;]{{0,30}}\b{_END_VERB}\b"
            rf"|\b{_END_VERB}\b[^.;]{{0,30}}\b(zodra|wanneer|als|nadat)\b[^.;]{{0,60}}"
            r"\b(rond|klaar|definitief|bekend|voorbij) (is|zijn)\b"
        ),
    ),
    # "geldt voor een periode van twee schooljaren", "een termijn van zes maanden".
    ("periode", re.compile(rf"\b(periode|duur|termijn|looptijd) van {NUMBER} {UNIT}\b")),
    (
        # A date field: "Verloopdatum toestemming: 15-02-2026", "Expiry date: 1 July 2027".
        "datum",
        re.compile(
            r"\b(verloopdatum|vervaldatum|einddatum|geldig tot|geldig t/m|expiry date|end date|"
            rf"valid until)\b[^.;]{{0,30}}({DATE.pattern}|{_EN_DATE})"
        ),
    ),
    (
        # An age reached: "stopt op het moment dat uw kind 4 jaar wordt".
        "gebeurtenis",
        re.compile(
            r"\b(op het moment dat|wanneer|zodra|(de )?dag (dat|waarop))\b[^.;]{0,15}"
            rf"\b(uw|je|het|de) \w+ {YOUNG_AGE} (jaar )?wordt\b"
        ),
    ),
    (
        # "wordt op 31 juli 2026 verwijderd"; "tot die datum geldt deze toestemming".
        "datum",
        re.compile(
            rf"\b(op|per) ({DATE.pattern})[^.;]{{0,30}}\b(verwijderd|vernietigd|gewist|vervalt)\b"
            rf"|\b(verwijderd|vernietigd|gewist)\b[^.;]{{0,10}}\b(op|per) ({DATE.pattern})"
            rf"|^(?!.*\b(vanaf|gaat in|start|begint|ingaat)\b)(?=.*({DATE.pattern})).*"
            r"\btot (die|deze|dezelfde) datum\b(?![^.;]*\b(niets|geen|niet)\b)"
            # A message writes the day without the year: "wordt op 1 juli gewist", "op 31
            # januari ... wis ik de foto" (sealed91, after scoring).
            rf"|{_UNHEDGED}\b(op|per|uiterlijk|voor) \d{{1,2}} {MONTHS}\b[^.;?]{{0,50}}\b(verwijder\w*|"
            r"vernietig\w*|gewist|wis|wist|wissen|weggegooid|opgeheven|gooi\w*\b[^.;?]{0,30}\bweg|"
            r"heft\b[^.;?]{0,30}\bop|(haal\w*|halen)\b[^.;?]{0,30}\b(weg|eraf|offline))\b"
            # A text message's day and month in figures: "en worden 30/6 gewist".
            rf"|{_UNHEDGED}\b(wordt|worden) (op |per )?\d{{1,2}}/\d{{1,2}}(?![/\d]) "
            r"(gewist|verwijderd|vernietigd|weggegooid)\b"
            # "de badmeester gooit zijn print op 26 januari weg", "haal ik ze op 1 juli eraf"
            rf"|{_UNHEDGED}\b(gooi\w*|haal\w*)\b[^.;?]{{0,30}}\b(op|per|uiterlijk|voor|na) \d{{1,2}} "
            rf"{MONTHS}( \d{{4}})?\b[^.;?]{{0,10}}\b(weg|eraf|offline)\b"
            rf"|{_UNHEDGED}\b(verwijder\w*|vernietig\w*|gewist|wis|wist|wissen)\b[^.;?]{{0,20}}\b(op|per|"
            rf"uiterlijk|voor) \d{{1,2}} {MONTHS}\b"
        ),
    ),
    # A date in a sentence that destroys the data: "Na de laatste leesmiddag, donderdag 28 mei
    # 2026, gaat de kaart door de versnipperaar", "gaat op 30 september 2026 offline".
    (
        "datum",
        re.compile(
            rf"({DATE.pattern}|{_EN_DATE})(?=[^.;]*\b{_DESTROYED}\b)"
            rf"|\b{_DESTROYED}\b[^.;]{{0,60}}({DATE.pattern}|{_EN_DATE})"
            # (a day and month without a year: "gaat 17 dec door de versnipperaar", sealed184)
            rf"|{_UNHEDGED}{DAY_MONTH}(?=[^.;?]*\b{_DESTROYED_DATA}\b)"
        ),
    ),
    # A part of a year with its year, where the data goes: "in de zomer van 2027
    # verwijderen we ze", "eind 2026 wist de club de foto's" (sealed91, after scoring).
    (
        "datum",
        re.compile(
            rf"{_UNHEDGED}\b{_PART_OF_A_YEAR}(?=[^.;?]*\b{_DESTROYED}\b)"
            rf"|{_UNHEDGED}\b{_DESTROYED}\b[^.;?]{{0,40}}\b{_PART_OF_A_YEAR}"
        ),
    ),
    # Shown for a period and then gone: "het artikel staat een jaar in het online archief en
    # verdwijnt dan" (sealed93, after scoring).
    ("periode", SHOWN_THEN_GONE),
    # A link or an album open until a day: "via een downloadlink die tot 1 september werkt".
    ("datum", OPEN_UNTIL),
    # A season with its years: "Wat u hier kiest, geldt voor seizoen 2025-2026".
    (
        "datum",
        re.compile(
            r"\b(geldt|gelden|geldig|loopt)\b[^.;]{0,20}\b(voor|in|tijdens|gedurende) (het )?"
            r"(seizoen|schooljaar|cursusjaar|verenigingsjaar|clubjaar) \d{4} ?[-/] ?\d{2,4}\b"
        ),
    ),
    # Access for a window of days only: "Zij kan het alleen van 5 t/m 16 augustus inzien".
    ("datum", ACCESS_WINDOW),
    # A class year that comes soon: "tot het eind van groep 2" (groep 8 is the whole school).
    ("gebeurtenis", re.compile(r"\btot (het )?(einde?|eind) van groep [1-7]\b")),
    # A school year with its years: "einde schooljaar 2025-2026".
    ("datum", re.compile(r"\b(einde?|eind) (van )?(het )?schooljaar \d{4} ?[-/] ?\d{2,4}\b")),
    (
        "datum",
        re.compile(
            rf"\b(until|till|through|no later than|expires( on)?|ends( on)?|valid (until|to|"
            rf"through))\b[^.;]{{0,30}}({DATE.pattern}|{_EN_DATE})"
        ),
    ),
    (
        "periode",
        re.compile(
            r"\b(valid|applies|lasts|consent)\b[^.;]{0,20}\bfor (the|this|one) (current |coming |"
            r"whole )?(school|academic) year\b"
            rf"|\b(valid|applies|lasts|kept|stored)\b[^.;]{{0,20}}\bfor {_NUMBER_EN} "
            r"(years?|months?|weeks?)\b"
        ),
    ),
    (
        # "Consent expires ... after 24 months", "deleted within 30 days".
        "periode",
        re.compile(
            rf"\b(expires|ends|lapses|deleted|destroyed|erased|stored|kept|retained)\b[^.;]{{0,60}}"
            rf"\b(after|within|for) {_NUMBER_EN} (years?|months?|weeks?|days?)\b"
        ),
    ),
    (
        "gebeurtenis",
        re.compile(
            r"\buntil (the|your|this) ([a-z-]+ ){0,3}(is|has been|are|have been) "
            r"(finished|completed|closed|made|decided|done|over)\b"
            r"|\buntil the end of (the|this|your) ([a-z-]+ ){0,2}(treatment|referral|process|"
            r"programme|program|term|year|school year|assessment)\b"
        ),
    ),
    # A named school day: "loopt af op de laatste schooldag van dit jaar".
    (
        "gebeurtenis",
        re.compile(
            rf"\b{_END_VERB}\b[^.;]{{0,15}}\b(op|per|na|bij|met) (de|het) (laatste|eerste) "
            r"(schooldag|lesdag|werkdag|les|dag|week) (van|voor) (dit|het|deze) (schooljaar|jaar|"
            r"zomer|zomervakantie|periode|blok|semester)\b"
        ),
    ),
    # The consent ends with something that ends, or when something happens that is not the
    # end of school ("eindigt als Sem naar groep 4 gaat", "Zodra de logopedie stopt, stopt
    # ook deze toestemming"); leaving school or withdrawing are open ends.
    (
        "gebeurtenis",
        re.compile(
            rf"\b(toestemming|machtiging|akkoord|deze|dit)\b[^.;]{{0,20}}\b{_END_VERB} "
            r"(als|wanneer|zodra|op het moment dat)\b"
            r"(?![^.;]*\b(van school|school verlaat|verlaat|uitstroomt|18|achttien|intrekt|"
            r"intrekken|stopzet|niet meer|geen \w+ meer|opzeg\w*|bezwaar|nieuw formulier|niet "
            r"langer|ingeschreven|inschrijving|voortgezet onderwijs|basisschool|schoolloopbaan|"
            r"nodig|doel|groep 8|wisselt|wisselen)\b)[^.;]{3,60}"
            rf"|\b(zodra|als|wanneer)\b(?![^.;,]*\b(inschrijving|school|schoolloopbaan|"
            rf"ingeschreven|opvang|lidmaatschap)\b)[^.;,]{{0,50}}\b(stopt|eindigt|afloopt|ophoudt|klaar is|"
            rf"voorbij is)\b,? {_END_VERB} (ook )?(de|deze|uw|je|het) (toestemming|machtiging|akkoord)\b"
        ),
    ),
    # A period as a field or counted in the form's own units: "Looptijd van de toestemming:
    # zes maanden", "voor de komende twee rapportperiodes".
    (
        "periode",
        re.compile(
            rf"\b(looptijd|geldigheid\w*|duur)\b[^.;]{{0,30}}\b{NUMBER} {UNIT}\b"
            rf"|\bvoor de (komende|eerstvolgende|volgende) {NUMBER} ([a-z]+)?(periodes?|perioden|"
            r"weken|maanden|lessen|sessies|bijeenkomsten|schooljaren|blokken)\b"
        ),
    ),
]
