"""Counterexamples an outside review wrote against this session's patterns (after sealed101
was scored): texts where a new rule first gave the wrong judgment, or where a rule meant to
fix a reading still misses it. Each keeps the judgment a careful reader gives it
(CRITERIA.md). Three are known gaps, marked as such."""

from tests.core.consent_check.review_cases import review_tests

# (criterion, expected judgment, form text, why)
CASES = {
    "case 01": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nWij willen het verslag van de leestoets van uw kind delen met logopediepraktijk De Klank, zodat de logopedist de behandeling kan afstemmen.\nHet verslag blijft in ParnasSys en wordt na afloop van de behandeling verwijderd, uiterlijk 31 juli 2025.\nU kunt uw toestemming altijd intrekken door een mail te sturen naar ib@deregenboog.nl.\nAls u geen toestemming geeft, heeft dat geen gevolgen voor de begeleiding van uw kind.\n☐ Ik geef toestemming dat de school het leesverslag naar De Klank stuurt en dat De Klank het verslag na de behandeling vernietigt.\nHandtekening ouder: ____________",
        "One exchange (school -> De Klank); the second 'dat'-clause is De Klank's promise to destroy the report, not a second consent. New TWO_CONSENTS pattern 'toestemming dat X ... en dat Y' reads it as two consents.",
    ),
    "case 02": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nWij willen het leesverslag van uw kind delen met logopediepraktijk De Klank, zodat de logopedist de behandeling kan afstemmen.\nHet verslag blijft in ParnasSys en wordt na afloop van de behandeling verwijderd, uiterlijk 31 juli 2025.\nU kunt uw toestemming altijd intrekken door een mail te sturen naar ib@deregenboog.nl.\nAls u geen toestemming geeft, heeft dat geen gevolgen voor de begeleiding van uw kind.\n☐ Ik geef toestemming voor het delen van het leesverslag met De Klank, en voor de duur van de behandeling.\nHandtekening ouder: ____________",
        "One exchange with one recipient; 'en voor de duur van de behandeling' states the period, not a second purpose. New pattern 'toestemming voor de A ... en voor B' reads any 'en voor' + word as a second consent.",
    ),
    "case 03": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nWij sturen de volgende stukken naar logopediepraktijk De Klank, zodat de logopedist de behandeling kan afstemmen:\na. de uitslag van de leestoets van januari;\nb. het handelingsplan lezen;\nc. de observatie van de groepsleerkracht.\nDe stukken blijven in ParnasSys en worden na de behandeling verwijderd, uiterlijk 31 juli 2025.\nU kunt uw toestemming altijd intrekken door een mail te sturen naar ib@deregenboog.nl.\nAls u geen toestemming geeft, heeft dat geen gevolgen voor de begeleiding van uw kind.\n☐ Ik geef toestemming voor het delen van de stukken onder a, b en c met De Klank.\nHandtekening ouder: ____________",
        "a, b and c are three documents of one exchange to one recipient (De Klank) for one purpose, so one box is enough. New _ITEMS_TOGETHER ('onder a, b en c') treats any lettered list under one consent as several exchanges.",
    ),
    "case 04": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nWij sturen de volgende stukken naar logopediepraktijk De Klank, zodat de logopedist de behandeling kan afstemmen:\n1. de uitslag van de leestoets van januari;\n2. het handelingsplan lezen;\n3. de observatie van de groepsleerkracht.\nDe stukken blijven in ParnasSys en worden na de behandeling verwijderd, uiterlijk 31 juli 2025.\nU kunt uw toestemming altijd intrekken door een mail te sturen naar ib@deregenboog.nl.\nAls u geen toestemming geeft, heeft dat geen gevolgen voor de begeleiding van uw kind.\n☐ Ik geef toestemming voor 1, 2 en 3 zoals hierboven beschreven.\nHandtekening ouder: ____________",
        "Items 1-3 are the documents of a single exchange to De Klank, not separate exchanges. New 'toestemming voor 1, 2 en 3 zoals hierboven' rule fires without checking that the items are exchanges/recipients.",
    ),
    "case 05": (
        "granulair",
        "ok",
        "Rekenapp Telwijs – toestemming ouders\nBeste ouders,\nVanaf oktober oefent groep 5 met de app Telwijs van Leerwerk BV. Wij geven daarvoor de naam, groep en rekenscores van uw kind door aan Leerwerk BV.\nDe app gebruikt de scores ook om de moeilijkheid van de sommen aan uw kind aan te passen.\nDe gegevens staan op de servers van Leerwerk BV in Nederland en worden aan het eind van het schooljaar, uiterlijk 31 juli 2025, gewist.\nU kunt uw toestemming altijd intrekken bij de leerkracht. Zonder toestemming rekent uw kind gewoon op papier met dezelfde sommen.\n☐ Ik geef toestemming dat mijn kind Telwijs gebruikt.\nHandtekening ouder: ____________",
        "Adapting the exercises to the child is the app's own (single) purpose, not a second use by the supplier. New _SECOND_USE ('gebruikt ... ook ... om') fires on any 'ook om'.",
    ),
    "case 06": (
        "granulair",
        "gebrek",
        "Rekenapp Telwijs – toestemming ouders\nBeste ouders,\nVanaf oktober oefent groep 5 met de app Telwijs van Leerwerk BV. Wij geven daarvoor de naam, groep en rekenscores van uw kind door aan Leerwerk BV.\nLeerwerk BV gebruikt de scores daarnaast zelf om nieuwe oefeningen te ontwikkelen; voor u kost dat niets en het levert geen extra werk op.\nDe gegevens staan op de servers van Leerwerk BV in Nederland en worden aan het eind van het schooljaar, uiterlijk 31 juli 2025, gewist.\nU kunt uw toestemming altijd intrekken bij de leerkracht. Zonder toestemming rekent uw kind gewoon op papier met dezelfde sommen.\n☐ Ik geef toestemming dat mijn kind Telwijs gebruikt.\nHandtekening ouder: ____________",
        "Leerwerk BV's own use to develop new exercises is a second purpose under one box, exactly what _SECOND_USE targets; it is missed because the same sentence has 'geen' ('geen extra werk') after a semicolon, which the negation guard treats as negating the use. Both wrong; the new rule was meant to catch this.",
    ),
    "case 07": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nOp 14 maart is er een overleg over de ontwikkeling van Daan. Wij bespreken daar zijn toetsresultaten en het handelingsplan, om samen te bepalen of Daan extra zorg nodig heeft.\nAanwezig zijn:\n- juf Marieke, groepsleerkracht\n- Ilse Bakker, intern begeleider\n- Rianne Mulder, jeugdarts\n- Karin Smit, jeugdverpleegkundige\nMevrouw Mulder en mevrouw Smit werken allebei bij GGD Twente.\nHet verslag komt in ParnasSys en wordt uiterlijk 31 juli 2025 verwijderd.\nU kunt uw toestemming altijd intrekken bij de intern begeleider. Als u geen toestemming geeft, heeft dat geen gevolgen voor de zorg voor Daan.\n☐ Ik geef toestemming voor het bespreken van Daan in dit overleg met de GGD.\nHandtekening ouder: ____________",
        "Both outside participants work for one organisation (GGD Twente, stated in the next line), and the box names that one recipient, so one choice is enough. participants.py counts the roles 'jeugdarts' and 'jeugdverpleegkundige' as two organisations.",
    ),
    "case 08": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nOp 14 maart is er een overleg over de ontwikkeling van Daan. Wij bespreken daar zijn toetsresultaten en het handelingsplan, om samen te bepalen of Daan extra zorg nodig heeft.\nAanwezig zijn:\n- juf Marieke, groepsleerkracht\n- Mirjam de Boer, orthopedagoog van onze school\n- Peter Bakker, jeugdarts van GGD Twente\nHet verslag komt in ParnasSys en wordt uiterlijk 31 juli 2025 verwijderd.\nU kunt uw toestemming altijd intrekken bij de intern begeleider. Als u geen toestemming geeft, heeft dat geen gevolgen voor de zorg voor Daan.\n☐ Ik geef toestemming voor het bespreken van Daan in dit overleg met de jeugdarts van GGD Twente.\nHandtekening ouder: ____________",
        "Only one outside organisation (GGD Twente); the orthopedagoog is the school's own staff. participants.py counts 'orthopedagoog van onze school' as an outside party because _OWN_PEOPLE does not know it.",
    ),
    "case 09": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nLogopediepraktijk De Klank gaat Daan behandelen. Deze stukken sturen wij naar De Klank:\n- het verslag van de jeugdarts over het gehoor van Daan\n- het advies van de orthopedagoog over zijn leesontwikkeling\nZo kan de logopedist de behandeling afstemmen. De stukken blijven in ParnasSys en worden uiterlijk 31 juli 2025 verwijderd.\nU kunt uw toestemming altijd intrekken bij de intern begeleider. Als u geen toestemming geeft, heeft dat geen gevolgen voor de zorg voor Daan.\n☐ Ik geef toestemming om deze twee stukken naar De Klank te sturen.\nHandtekening ouder: ____________",
        "The bulleted lines are the documents sent to one recipient (De Klank), not participants. participants.py takes the lead 'Deze stukken sturen wij naar De Klank:' and counts the authors named in the documents (jeugdarts, orthopedagoog) as two receiving organisations.",
    ),
    "case 10": (
        "granulair",
        "ok",
        "Voetbalvereniging SV Oranje '58\nBeste ouders,\nOp 7 juni is ons jeugdtoernooi voor JO11. Voor de leeftijdscontrole geven wij naam en geboortedatum van uw kind door aan de toernooileiding, Stichting Jeugdtoernooi Flevoland.\nDeelnemers:\n- SV Oranje '58 JO11-1\n- VV De Zwaluwen JO11-2\n- SC Lelystad JO11-1\nDe andere clubs krijgen geen gegevens van uw kind. De stichting verwijdert de lijst na afloop van het toernooi en bewaart hem tot die tijd in haar eigen administratie.\nU kunt uw toestemming altijd intrekken via secretaris@svoranje58.nl. Geeft u geen toestemming, dan heeft dat geen gevolgen voor uw kind.\n☐ Ik geef toestemming om naam en geboortedatum van mijn kind door te geven aan Stichting Jeugdtoernooi Flevoland.\nHandtekening ouder: ____________",
        "Data go to one recipient (the tournament foundation); the clubs listed under 'Deelnemers:' are teams playing and the form says they get no data. participants.py treats every club under 'Deelnemers:' as a receiving organisation.",
    ),
    "case 11": (
        "granulair",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nUw kind komt mogelijk in aanmerking voor De Kangoeroeklas, onze plusklas op school. Om dat te bepalen bespreken wij de toetsuitslagen met de leerkracht, de intern begeleider en De Kangoeroeklas.\nDe uitslagen blijven in ParnasSys en worden uiterlijk 31 juli 2025 verwijderd.\nU kunt uw toestemming altijd intrekken bij de intern begeleider. Als u geen toestemming geeft, heeft dat geen gevolgen voor uw kind.\n☐ Ik geef toestemming om de toetsuitslagen van mijn kind hiervoor te bespreken.\nHandtekening ouder: ____________",
        "Everyone in the list is inside the school (De Kangoeroeklas is the school's own plusklas), one purpose, so one choice is enough. The widened _listed_parties counts the proper name 'De Kangoeroeklas' as a third party.",
    ),
    "case 12": (
        "granulair",
        "gebrek",
        "Hoi ouders van JO11-2,\nMogen we de voornamen en rugnummers van het team doorgeven aan de KNVB voor het digitale wedstrijdformulier en aan onze sponsor Bakkerij Jansen voor de teamfoto in de Stedenbode? Laat even weten of dat goed is. Per organisatie sturen we alleen wat die nodig heeft.\nDe gegevens staan in Sportlink en gaan na dit seizoen (30 juni 2025) uit het team.\nJe kunt je toestemming altijd intrekken door mij een appje te sturen. Nee zeggen heeft geen gevolgen: je kind speelt gewoon mee.\nGroet, Mark (trainer JO11-2, VV De Zwaluwen)",
        "Two recipients (KNVB, sponsor Bakkerij Jansen) for two purposes under one 'laat weten of dat goed is'; 'Per organisatie sturen we alleen wat die nodig heeft' only limits the data and is no answer per organisation. New ANSWER_PER_ITEM 'per organisatie' counts it as a yes/no per recipient.",
    ),
    "case 13": (
        "granulair",
        "gebrek",
        "Leerlingapp Schoolwijs – toestemming\nGroep 6 werkt dit jaar met de leesapp Lezenplus van Uitgeverij Noord. Wij geven daarvoor de naam en groep van uw kind door aan Uitgeverij Noord, zodat uw kind kan inloggen en oefenen.\nDaarnaast zetten wij foto's van de klas in de fotogalerij van de app, zodat de ouders van groep 6 kunnen zien wat de klas doet.\nDe gegevens staan op de servers van Uitgeverij Noord en worden op 31 juli 2025 gewist.\nU kunt uw keuze altijd wijzigen in de app onder Instellingen > Toestemmingen.\nWeigeren heeft geen gevolgen: uw kind leest dan uit papieren boeken.\n[ Ja, ik geef toestemming voor Lezenplus en de fotogalerij ]\n[ Nee, ik geef geen toestemming ]",
        "One button covers two uses (data to Uitgeverij Noord for Lezenplus and class photos in the gallery for all parents). The new _BUTTON rule now reads one box + a refusal (ondubbelzinnig fixed), but granulair still says 'one exchange', because the one-choice checks miss the photo gallery. Both wrong; the button rule was meant to make exactly this one-button bundle visible.",
    ),
    "case 14": (
        "granulair",
        "ok",
        "Voetbalvereniging SV Oranje '58\nBeste ouders,\nWij vragen uw toestemming voor twee dingen. U kunt ze los van elkaar aankruisen.\n1. ☐ Ik geef toestemming dat de club naam en geboortedatum van mijn kind doorgeeft aan de KNVB, zodat mijn kind een spelerspas krijgt (de pas kost € 7,50 per jaar, dat betaalt de club).\n2. ☐ Ik geef toestemming dat de club mijn telefoonnummer deelt met de andere ouders van het team, voor het rijschema naar uitwedstrijden.\nDe gegevens staan in de ledenadministratie van de club (Sportlink) en worden uiterlijk een jaar na het einde van het lidmaatschap verwijderd.\nNiet aankruisen heeft geen gevolgen: uw kind speelt gewoon mee.\nU kunt uw toestemming altijd intrekken via secretaris@svoranje58.nl.\nHandtekening ouder: ____________",
        "Two separate consent boxes, one per exchange. Box 1 mentions the cost of the player's pass ('€ 7,50 per jaar, dat betaalt de club'); the new _PRICED rule drops it as a 'package to buy', leaving one choice over two numbered exchanges.",
    ),
    "case 15": (
        "vrij",
        "ok",
        "Basisschool De Regenboog\nBeste ouders,\nRavi krijgt twee keer per week rekenhulp in de klas. Wij willen zijn rekentoetsen delen met Bijlesinstituut Plusminus, zodat de bijlesdocent daar op dezelfde manier kan oefenen.\nDe toetsen blijven in ParnasSys en worden op 31 juli 2025 verwijderd.\nAls u dat niet wilt, krijgt Plusminus de toetsen niet en oefent de bijlesdocent met eigen materiaal.\nU kunt uw toestemming altijd intrekken bij de intern begeleider (ib@deregenboog.nl).\n☐ Ik geef toestemming om de rekentoetsen van Ravi te delen met Plusminus.\nHandtekening ouder: ____________",
        "Refusing only means Plusminus does not get the tests; the child loses nothing (the tutor uses his own material). The new refusal condition 'Als u dat niet wilt' now opens the sentence, and 'krijgt Plusminus de toetsen niet' is read as a lost service ('toetsen', the data, matches SERVICE).",
    ),
    "case 16": (
        "vrij",
        "gebrek",
        "CBS De Wegwijzer\nBeste ouders,\nOp 12 juni gaat groep 7 op excursie naar het Rijksmuseum. Het museum vraagt vooraf de namen en eventuele allergieën van de leerlingen, zodat de rondleiders daar rekening mee kunnen houden.\nHet museum bewaart de lijst in zijn bezoekerssysteem en verwijdert hem na afloop van de excursie.\nU kunt uw toestemming altijd intrekken bij de leerkracht.\nZonder ingevulde strook doet uw kind niet mee.\n☐ Ik geef toestemming om de naam en allergieën van mijn kind door te geven aan het Rijksmuseum.\nHandtekening ouder: ____________",
        "The consent is for passing names and allergies to the museum; without the slip the child is kept out of the school excursion, so consent is a condition for a service. The new _STAYS_OUT_OF_IT branch ('Zonder ingevulde strook doet uw kind niet mee') assumes 'niet mee' means staying out of what was asked.",
    ),
    "case 17": (
        "vrij",
        "gebrek",
        "Het Stedelijk College\nBeste ouders,\nVanaf dit schooljaar staat al het huiswerk en alle studiewijzers voor wiskunde en Engels alleen in de online leeromgeving Studiewijs van Leerwerk BV. Wij geven daarvoor naam, klas en e-mailadres van uw kind door aan Leerwerk BV, zodat uw kind kan inloggen.\nDe gegevens staan op de servers van Leerwerk BV en worden op 31 juli 2025 gewist.\nU kunt uw toestemming altijd intrekken bij de mentor.\nZonder ingevulde strook krijgt uw kind geen account.\n☐ Ik geef toestemming om naam, klas en e-mailadres van mijn kind door te geven aan Leerwerk BV.\nHandtekening ouder: ____________",
        "All homework for two subjects is only in Studiewijs, so 'geen account' means the pupil loses access to the homework: refusal has a real cost. The new _ONLY_THE_EXCHANGE branch 'geen account$' treats losing the account as just the refusal itself.",
    ),
    "case 18": (
        "gegevens",
        "gebrek",
        "Basisschool De Regenboog\nBeste ouders,\nWij willen het hele dossier van Daan naar De Kiem sturen, zodat de nieuwe school hem goed kan opvangen; u krijgt de kans het eerst in te zien.\nHet blijft ook in ParnasSys en wordt op 31 juli 2025 verwijderd.\nU kunt uw toestemming altijd intrekken bij de intern begeleider. Als u geen toestemming geeft, heeft dat geen gevolgen voor Daan.\n☐ Ik geef toestemming voor de overdracht aan De Kiem zoals hierboven beschreven.\nHandtekening ouder: ____________",
        "'Het hele dossier' is an open description of the data, and the box refers back to it. Widened _PARENT_RIGHTS ('u ... in te zien') skips the whole sentence because it also says the parent may look first.",
    ),
    "case 19": (
        "termijn",
        "gebrek",
        "Basisschool De Regenboog\nBeste ouders,\nOp 12 maart is er een overleg over de leesontwikkeling van Daan. Daarvoor sturen wij het verslag van de leestoets naar logopediepraktijk De Klank.\nHet verslag van het overleg van dinsdag 12 maart wordt niet vernietigd, maar bewaard in het leerlingdossier in ParnasSys.\nU kunt uw toestemming altijd intrekken door een mail te sturen naar ib@deregenboog.nl.\nAls u geen toestemming geeft, heeft dat geen gevolgen voor de begeleiding van Daan.\n☐ Ik geef toestemming om het leesverslag te delen met De Klank, zodat de logopedist de behandeling kan afstemmen.\nHandtekening ouder: ____________",
        "Nothing says how long the consent runs or the data are kept: the report is explicitly NOT destroyed but kept in the dossier. The new day+destruction branch of _DESTROYED_AT matches '12 maart ... vernietigd' and ignores the 'niet'.",
    ),
    "case 20": (
        "termijn",
        "gebrek",
        "CBS De Wegwijzer\nBeste ouders,\nVrijdag 20 juni gaan we op schoolreis naar de Efteling. Wij geven de namen en allergieën van de leerlingen door aan Touringcar Van der Wal, zodat de chauffeur weet wat te doen bij een allergische reactie.\nJuf Anouk bewaart de lijst in haar map en neemt hem mee als we vrijdag 20 juni om half negen weg gaan.\nU kunt uw toestemming altijd intrekken door even te bellen met juf Anouk.\nGeeft u geen toestemming, dan gaat uw kind gewoon mee op schoolreis.\n☐ Ik geef toestemming om de naam en allergie van mijn kind door te geven aan Touringcar Van der Wal.\nHandtekening ouder: ____________",
        "No retention period or end of consent is given for the list; the date is the day of the trip and 'weg gaan' means leaving by bus. The new day+destruction branch counts 'weg' within 40 characters of '20 juni' as destruction.",
    ),
}

KNOWN_GAPS = {
    "case 13": "one app button over two uses (a reading app and a photo gallery) read as one",
    "case 16": "'Zonder ingevulde strook doet uw kind niet mee' where 'mee' is the outing itself",
    "case 17": "no account when all homework is only in that platform: a loss, read as the thing asked",
}


(
    test_the_review_case_keeps_the_careful_judgment,
    test_the_known_gaps_are_still_read_wrongly,
) = review_tests(CASES, KNOWN_GAPS)
