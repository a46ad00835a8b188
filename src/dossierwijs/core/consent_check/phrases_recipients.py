"""Recipients (AVG art. 13 lid 1 onder e; overweging 42): groups left open, roles, lists that
close. Split from ``phrases``, which re-exports them. Runs on ``normalise``-d text."""

from __future__ import annotations

import re

from .alternation import alternatives as _re

# One recipient someone picks later: "een orthopedagoog die de school hiervoor inhuurt", "de
# zorgaanbieder die wij voor uw kind inschakelen", "het dyslexiebureau dat de gemeente
# aanwijst". Unnamed, but one: an open recipient, not several under one choice.
PICKED_LATER = (
    r"\b(een|de|het) ([a-z-]+ )?[a-z-]*(pedagoog|psycholoog|aanbieder|bureau|praktijk|instelling|"
    r"organisatie|specialist|deskundige|therapeut|hulpverlener|begeleider|coach|logopedist|"
    r"fysiotherapeut|adviseur|expert) (die|dat) (?!(u|je|jij|jullie|de ouders?|uzelf)\b)[^.;]{0,50}\b(inhuurt|inhuren|inschakelt|"
    r"inschakelen|aanwijst|aanwijzen|kiest|kiezen|uitkiest|selecteert|contracteert|zoekt|vindt|"
    r"toewijst|toewijzen|aanstelt)\b"
)
# A stand-in left open: "dan sturen wij het naar een andere logopediepraktijk in de buurt".
STAND_IN = (
    # (also as an alternative: "naar een logopediepraktijk of een andere zorgaanbieder in de
    # regio die op dat moment plek heeft", sealed219)
    # (and "een vergelijkbare zorgaanbieder": review of sealed219's change)
    r"\b(naar|aan|met|bij|of) een (andere|vergelijkbare|soortgelijke) [a-z-]*(praktijk|aanbieder|"
    r"instelling|bureau|specialist|"
    r"therapeut|logopedist|behandelaar|hulpverlener|zorgverlener)\b"
    # Passed on to whoever fits: "soms past een andere organisatie beter; het wijkteam stuurt
    # uw aanmelding dan door".
    r"|\been andere (organisatie|instantie|instelling|aanbieder|zorgaanbieder|hulpverlener)\b"
    r"[^.]{0,60}\b(stuurt|sturen|geeft|geven|verwijst|verwijzen)\b[^.]{0,30}\bdoor\b"
)
# One of a group, which one unsaid: "Eén van onze jubileumsponsors wil alle ouders bedanken"
# (sealed124). Not "een van de twee praktijken hierboven".
ONE_OF = (
    r"\b(een|één) van (onze|de|hun|haar|zijn) (?!(twee|drie|vier|beide|genoemde)\b)[a-z-]*(sponsors|"
    r"partners|leveranciers|bedrijven|organisaties|instanties|aanbieders|praktijken|hulpverleners|"
    r"zorgaanbieders|instellingen)\b(?! (hieronder|hierboven|die (hier|hier)boven))"
    # (named right after: "Eén van onze sponsors, Bakkerij De Korenaar, ...", "een van de
    # praktijken in Zandpad: Logopedie Spraakwater")
    r"(?!\s*[,:(])(?![^.;,]{0,25}:)"
)
ONE_UNNAMED = re.compile(f"{PICKED_LATER}|{STAND_IN}|{ONE_OF}")

# Firms of a kind the organisation works with: "een van de vertaalbureaus waarmee de school
# samenwerkt", "de spellenuitgevers en -leveranciers waarmee wij samenwerken" (sealed222, sealed228);
# not a group closed by its list after a colon, nor a named firm said to be one of them:
# "Taalbrug Vertalingen is een van de bureaus waarmee wij samenwerken". (Also "waar ... mee":
# "een van de bureaus waar de school mee samenwerkt".)
FIRMS_WE_WORK_WITH = (
    r"(?<!\bis een van de )(?<!\bis een van )"
    r"\b[a-z-]*(bureaus|uitgevers|leveranciers|bedrijven|scholen|clubs|verenigingen|fabrikanten|"
    r"drukkerijen|fotografen|vervoerders|vertalers|tolken|aanbieders)\b[^.;:]{0,10}"
    r"\b(?:(waarmee|met wie) (wij|we|de school|de [a-z]+)\b[^.;:]{0,30}\b"
    r"|waar (?:wij|we|de school|de [a-z]+)\b[^.;:]{0,30}\bmee )samenwerk\w*(?![^.;]{0,40}:)"
)


# Translators of a kind, not by name: "Wij laten de brief vertalen door externe vertalers"
# (sealed222).
TRANSLATORS_UNNAMED = r"\bexterne (vertalers|tolken)\b"
# Members of a network, not named: "onze aangesloten bijlesbureaus in de regio" (sealed226).
MEMBERS_UNNAMED = (
    r"\b(onze|de|alle) aangesloten [a-z-]*(bureaus|aanbieders|organisaties|partners|scholen|"
    r"praktijken|bedrijven|clubs|verenigingen|instellingen)\b"
)


_RECIPIENT_GROUP = (
    r"(instanties|instellingen|hulpverleners|deskundigen|partijen|organisaties|professionals|"
    r"zorgverleners|specialisten|betrokkenen|partners|ketenpartners|samenwerkingspartners|"
    r"netwerkpartners|zorgaanbieders|personen|anderen|medewerkers|hulpdiensten|vrijwilligers|"
    r"artsen|behandelaars|therapeuten|leden|teamleden|collega's|leveranciers|aanbieders|bedrijven|"
    r"onderzoekers|zorgprofessionals|jeugdprofessionals|dienstverleners|serviceverleners|"
    r"verwerkers|subverwerkers|softwareleveranciers)"
)
VAGUE_RECIPIENT = _re(
    rf"\b(alle |de )?(betrokken|andere|externe|overige|diverse|eventuele|relevante|"
    rf"bevoegde|betreffende|eerdere|vorige) ([a-z]+e )?{_RECIPIENT_GROUP}\b",
    r"\bderden\b",
    # Outside helpers of a kind, not by name: "werkt met externe begeleiders" (sealed133).
    r"\bexterne (begeleiders|coaches|adviseurs|experts|ondersteuners|trainers)\b",
    TRANSLATORS_UNNAMED,
    MEMBERS_UNNAMED,
    # One more, unnamed: "een andere deskundige die de school er zo nodig bij vraagt".
    # (Not "een andere organisatie": a new school or JGZ after a move is often named later.)
    r"\been (andere|externe) (deskundige|hulpverlener|specialist|professional|zorgverlener)\b",
    # An outside partner described, not named: "doorgeven aan een externe partner die
    # gespecialiseerd is in verkeerseducatie" (sealed205; not after its name, "Veilig Op Weg,
    # een externe partner die ...").
    r"(?<![,(:–-] )(?<!\()(?<!\bis )(?<!\bzijn )(?<!\bwas )\been externe (partner|organisatie|partij|"
    r"instantie)\b(?= (die|dat) (gespecialiseerd|"
    r"zich (bezighoudt|richt)|werkt|ervaring))",
    PICKED_LATER,
    STAND_IN,
    ONE_OF,
    # Someone brought in later, unnamed: "een gastdeskundige die het OT erbij haalt".
    r"\been (gast)?(deskundige|specialist|expert|adviseur) die\b[^.;]{0,40}\b(erbij|bij) (haalt|"
    r"halen|vraagt|vragen|betrekt|betrekken)\b|\been gastdeskundige\b",
    # "onderzoekspartners in binnen- en buitenland": who, is left open
    r"\b[a-z]*partners (in|uit) (binnen- en )?(het )?buitenland\b",
    rf"\b{_RECIPIENT_GROUP}\b[^.;]{{0,60}}\bdie\b[^.;]{{0,40}}\bbetrokken (zijn|raken|worden|is|"
    rf"zijn geweest)\b",
    r"\b(ketenpartners|samenwerkingspartners|netwerkpartners|zorgpartners|zorgnetwerk)\b",
    # Any kind of partner, more of them: "bij andere onderwijspartners" (sealed131).
    r"(?<!samen met )\b(andere|externe|overige|diverse|eventuele|betrokken) [a-z]+partners\b",
    # More of a kind, unnamed: "Daarin werken de gemeente en verschillende partners samen"
    # (sealed241).
    # (those it goes to or works with, not those who asked: "verschillende partijen hebben ons
    # om informatie gevraagd")
    r"(?<!samen met )\b(aan|naar|met|bij|en) (de )?(verschillende|diverse|meerdere|allerlei) "
    r"(partners|partijen|organisaties|"
    r"instanties|bedrijven|instellingen)\b(?![^.;:]{0,30}\b(hieronder|hierboven|genoemd|vermeld)\b)"
    r"(?!\s*[:(])"
    r"(?! (hebben|heeft|vragen|vroegen|willen|wilden)\b)",
    # "specialisten uit het netwerk dat om onze school heen staat", "partners uit ons netwerk"
    rf"\b{_RECIPIENT_GROUP}\b (uit|van) (het|ons|onze|een) ([a-z-]+ )?netwerk\b",
    r"\b(andere|overige) mensen\b",
    # A blank the organisation fills in later: "Ontvangende partij(en): ____ (in te vullen door
    # de school)".
    r"\b(ontvang\w*|ontvanger\w*|naar wie|aan wie|naam organisatie|organisatie|behandelaar|bij wie)\b"
    r"[^.]{0,60}\bin te vullen door (de school|ons|de organisatie|de instelling|de praktijk|de "
    r"consulent|de gemeente|de medewerker|de begeleider|de coach|het team)\b",
    r"\b(partner organi[sz]ations|partner agencies|third parties|other (professionals|agencies|"
    r"organi[sz]ations|schools|parties)|relevant (professionals|parties|agencies)|external "
    r"(experts|professionals|parties))\b",
    r"\b(een |de )?(eventuele|toekomstige|mogelijke) (nieuwe )?(school|behandelaar|hulpverlener|"
    r"zorgverlener|instantie|organisatie)\b",
    r"\b(partners|partijen|organisaties|instanties) (in|uit|binnen|van) (de|het|onze|ons) "
    r"(jeugdketen|keten|zorgketen|netwerk|wijk|regio|zorg|samenwerking)\b",
    # A kind of place, by where it is: "leerbedrijven in de regio", "sportclubs uit de buurt"
    # (sealed131): which ones is left open.
    # (sent to them, not a channel or where a folder lies: "de verbinding tussen de scholen in
    # onze regio", "verspreid op basisscholen in de regio")
    # (not who the school works with, "samen met de scholen in de regio", nor a group closed by
    # its list: "waarmee wij werken: Bakkerij Jansen, Garage Noord ...")
    r"(?:(?<=\bnaar )|(?<=\baan ))(de |alle |enkele |een aantal |verschillende |diverse )?"
    r"\w*(bedrijven|scholen|verenigingen|clubs|"
    r"praktijken|instellingen|aanbieders) (in|uit) (de|het|onze|ons) (regio|buurt|wijk|omgeving)\b"
    r"(?![^.;:]{0,40}:)",
    # (not how the child gets on with others: "hoe uw kind met anderen omgaat")
    r"\b(met|aan|bij|naar|door) (de )?(hulpverleners|instanties|deskundigen|zorgverleners|"
    r"anderen)\b(?! (om ?gaat|omgaan|speelt|spelen|samen ?werkt|samen ?werken|rekening houdt))",
    r"\b(iedereen|al wie|ieder) die\b",
    r"\b(wie|iedereen die) (dat |het |deze informatie |die informatie )?nodig (heeft|hebben)\b",
    # Whomever the recipient brings in: "en wie zij daarbij nodig heeft", "en wie hij erbij haalt".
    # (not the parent's own choice: "met wie u wel wilt", "wie ze krijgt, kiest u")
    r"\b(en|of|met) (wie|iedereen die|degenen die) (?!(u|jullie|je|jij)\b)[^.;,]{0,30}\b(nodig "
    r"(heeft|hebben|vindt|vinden|acht|achten)|inschakelt|inschakelen|erbij (haalt|halen|vraagt|"
    r"vragen|betrekt|betrekken))\b",
    r"\b(instanties|organisaties|partijen|partners|instellingen|begeleiders|hulpverleners|"
    r"specialisten|deskundigen|therapeuten|vrijwilligers|ehbo'ers)\b[^.;]{0,10}\b(waarmee|met wie|waar)"
    r" (wij|we|het|zij|hij|de school|de praktijk|de [a-z]+)\b[^.;]{0,30}\bsamenwerk\w*",
    FIRMS_WE_WORK_WITH,
    # Those who do the work for us, unnamed: "De opvang wordt verzorgd door de organisaties die
    # dat voor ons doen" (sealed229).
    r"\bde (organisaties|bedrijven|bureaus|instanties|partijen|aanbieders) die (dat|dit|het|deze "
    r"\w+) (voor (ons|de school|onze school) )?(doen|verzorgen|regelen|uitvoeren|leveren)\b",
    # A group by a tie: "de jeugdhulpaanbieders waarmee de gemeente een contract heeft", "de
    # organisaties ... in de wijk waarmee Zonnestraal samenwerkt".
    r"\b\w*(aanbieders|organisaties|instanties|partijen|instellingen|praktijken|partners)\b[^.;]{0,60}"
    r"\b(waarmee|met wie)\b[^.;]{0,40}\b(contract\w*|afspraken|overeenkomst\w*|samenwerk\w*)\b",
    # Its own advisers, unnamed: "aan zijn adviserende deskundigen", "onze vaste specialisten".
    r"\b(zijn|haar|hun|onze|eigen) (eigen |vaste |adviserende |externe )*(deskundigen|"
    r"specialisten|adviseurs|experts)\b",
    # "naar wie verder bij de begeleiding betrokken is": a group by its involvement.
    r"\b(wie|degenen die|diegenen die|die) (verder |nog |ook |daarnaast )?(bij|in|aan)\b[^.;]{0,40}"
    r"\bbetrokken (is|zijn|raakt|raken|wordt|worden)\b",
    # "wie er vanuit school verder bij betrokken is": whoever else, however phrased.
    r"\bwie( \w+){0,4} (bij|in|aan)\b[^.;]{0,40}\bbetrokken (is|zijn|raakt|raken|wordt|worden)\b",
    r"\balle (medewerkers|collega'?s|personeelsleden|invalkrachten|begeleiders)\b|\bhulpdiensten\b",
    # "aan alle betrokkenen bij die excursie", "met betrokkenen": who, is left open (sealed220).
    r"\balle betrokkenen\b|\b(met|aan|naar) betrokkenen\b",
    r"\b(de|onze|alle|hun|zijn|haar) partners\b",
    # A kind, no article and no name: "door aan fondsen die schoolkosten vergoeden" (sealed243).
    # (not those listed: "alleen aan organisaties die hieronder staan", "die u aankruist")
    r"\b(aan|naar|bij) (fondsen|stichtingen|organisaties|instanties|bedrijven|instellingen|partijen|"
    r"aanbieders) die\b(?![^.;:]{0,30}\b(hieronder|hierboven|genoemd|vermeld|aankruist|aanvinkt)\b)",
    # Wherever the class goes, and a list left open: "aan de plek waar we naartoe gaan
    # (museum, kinderboerderij enz.)".
    r"\bde (plek|plekken|plaats|plaatsen|locatie|locaties) waar (we|wij)\b[^.;]{0,20}\b(naartoe )?"
    r"(gaan|komen|heen gaan)\b",
    r"\b(aan|naar|met)\b[^.;]{0,80}\((\w+, ?){1,5}\w+,? (enz|etc|enzovoort|e\.d)\b",
    # Help as a whole, no one named: "de hulpverlening erbij betrekken", "naar de jeugdhulp".
    r"\b(de|het) (hulpverlening|jeugdhulp|jeugdzorg|zorg|hulp) (erbij |er ook bij )?(betrekken|"
    r"betrokken|inschakelen|ingeschakeld|inlichten|ingelicht)\b",
    r"\b(naar|met|aan) de (hulpverlening|jeugdhulp|jeugdzorg)\b(?! (van|bij|in|door)\b)",
    # "het netwerk rond uw kind": whoever belongs to it.
    r"\b(het|uw|je|ons) (zorg)?netwerk (rond|om|rondom|van) (uw kind|je|jou|het kind|de leerling|"
    r"het gezin|uw gezin)\b",
)
OPEN_LIST = re.compile(
    rf"\b{_RECIPIENT_GROUP}\b[^.;]{{0,20}}\b(zoals|bijvoorbeeld|bijv|o\.a|onder andere)\b"
    r"|\b(zoals|bijvoorbeeld)\b[^.;]{0,160}\b(en|of) (zo nodig |indien nodig |eventueel )?"
    r"(andere|overige)\b"
    # (examples of things, not of recipients: "allergieen (bijvoorbeeld hooikoorts), astma of
    # andere klachten", sealed224)
    r"(?! (klachten|dingen|zaken|gegevens|informatie|activiteiten|ziekte\w*|aandoening\w*|"
    r"allergie\w*|medicijnen|materialen|spullen|producten|vakken|lessen|sporten|spellen|boeken|"
    r"onderwerpen|vragen|problemen|documenten|stukken|kosten|middelen|apps|programma's)\b)"
)
# One recipient named by a role instead of a name: "met de decaan", "aan uw huisarts",
# "aan de basisschool die u heeft opgegeven". Plural groups are open lists (above).
ROLE_WORDS = (
    r"(?P<role>basisschool|middelbare school|vo-school|school|mentor|leerkracht|groepsleerkracht|"
    r"juf|meester|intern begeleider|ib'?-?er|zorgcoordinator|decaan|huisarts|jeugdarts|"
    r"jeugdverpleegkundige|schoolarts|logopedist|fysiotherapeut|ergotherapeut|orthopedagoog|"
    r"psycholoog|gezinscoach|ambulant begeleider|remedial teacher|leerplichtambtenaar|"
    r"behandelaar|begeleider|consulent|kinderarts|gymdocent|docent|studieloopbaanbegeleider|"
    r"slb'?-?er|directeur|kinderopvang|peuterspeelzaal|bso|praktijk|specialist|trainer|coach|"
    r"teammanager)\b(?!en\b|s\b)"
)
_ROLE_DET = (
    r"(?P<det>de|het|uw|je|jouw|jullie|zijn|haar) "
    r"(?P<adj>eigen |nieuwe |huidige |vorige |behandelend\w* )?"
)
ROLE_RECIPIENT = re.compile(
    rf"\b(naar|met|aan|bij|tussen|voor) {_ROLE_DET}{ROLE_WORDS}"
    # Or the indirect object before a verb of telling: "de leerkracht vertellen".
    rf"|\b{_ROLE_DET.replace('?P<det>', '?P<det2>').replace('?P<adj>', '?P<adj2>')}"
    rf"{ROLE_WORDS.replace('?P<role>', '?P<role2>')}"
    r"(?= (vertellen|informeren|inlichten|adviseren|laten weten|uitleg geven))"
    # Or right after a verb of asking or sending: "Ik vraag de groepsleerkracht om de
    # uitslagen", "stuur ik de leerkracht een kort verslag".
    r"|\b(vraag|vragen|vraagt|stuur|sturen|stuurt|mail|mailen|mailt|bel|bellen|belt)"
    rf"( (ik|wij|we|zij|ze))? {_ROLE_DET.replace('?P<det>', '?P<det3>').replace('?P<adj>', '?P<adj3>')}"
    rf"{ROLE_WORDS.replace('?P<role>', '?P<role3>')}"
)
# A sentence that closes the list: nobody else gets the data without asking again.
CLOSED_LIST = _re(
    r"\b(andere|overige) (personen|partijen|organisaties|instanties|deelnemers)\b"
    r"[^.]{0,60}\bniet\b",
    r"\bniet\b[^.]{0,40}\b(aan|met) (anderen|andere|derden)\b",
    # (not who may look inside the school's own system: "waar alleen de mentor en ik bij
    # kunnen", "alleen de zorgcoördinator kan het daar inzien", sealed105 and sealed171)
    r"\balleen (de|het|aan|met|naar)\b(?![^.;]{0,60}\b((bij|erbij|in) (kan|kunnen)|"
    r"(kan|kunnen)\b[^.;]{0,30}\b(inzien|zien|bij|erbij))\b)",
    r"\bzonder (eerst |opnieuw )+.{0,30}toestemming\b",
)
