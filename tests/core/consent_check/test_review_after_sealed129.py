"""Counterexamples an outside review wrote against this session's rules (after sealed129-132
were scored, and the data absence read as doubt): letters where a new rule first gave the wrong
judgment, most of them a weak form that passed. Each keeps the judgment a careful reader gives
it (CRITERIA.md), with the rules alone and with the reading by meaning and the calibration."""

from tests.core.consent_check.review_cases import review_tests, rules_alone_test

# (criterion, expected judgment, form text, why)
CASES = {
    "case 01": (
        "gegevens",
        "gebrek",
        "Beste ouders van Jesse,\n\nJesse gaat na de zomer naar Het Stedelijk College. Wij doen een overdracht naar de mentor van het Stedelijk College, zodat zijn nieuwe school weet wat hij nodig heeft in de brugklas.\n\nWat wij doorsturen bewaren wij in ParnasSys, ons leerlingvolgsysteem, tot Jesse van school gaat. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "An overdracht to the new school's mentor says nothing of what goes into it: the data stay unnamed, however general the form's words (absence_as_doubt).",
    ),
    "case 02": (
        "gegevens",
        "gebrek",
        "Beste ouders van Jesse,\n\nWij willen een melding maken bij het Samenwerkingsverband De Eem, zodat Jesse in aanmerking komt voor een arrangement voor extra rekenhulp op school.\n\nWat wij doorsturen bewaren wij in ParnasSys, ons leerlingvolgsysteem, tot Jesse van school gaat. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "A melding to the samenwerkingsverband with nothing said of what is reported.",
    ),
    "case 03": (
        "gegevens",
        "gebrek",
        "Beste ouders van Jesse,\n\nWij willen Jesse doorverwijzen naar Jeugdhulp Twente voor een onderzoek naar zijn lezen. Daarvoor sturen wij een verwijzing naar Jeugdhulp Twente, zodat zij kunnen beoordelen of zij Jesse kunnen helpen.\n\nWat wij doorsturen bewaren wij in ParnasSys, ons leerlingvolgsysteem, tot Jesse van school gaat. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "A verwijzing sent to a youth care provider, its contents unnamed.",
    ),
    "case 04": (
        "gegevens",
        "gebrek",
        "Beste ouders van Sem,\n\nZoals besproken in het gesprek van vorige week willen wij Sem aanmelden bij Praktijk De Klank, logopedie in Utrecht. Daarvoor sturen wij een aanmelding naar de praktijk. Het doel is dat de logopedist kan beoordelen of Sem logopedie nodig heeft voor zijn uitspraak.\n\nDe aanmelding wordt bewaard in ons leerlingvolgsysteem ParnasSys en na twee jaar verwijderd. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om nee te zeggen; dat heeft geen gevolgen voor de begeleiding van Sem op school. U kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider.\n\n☐ Ja, ik geef toestemming voor de aanmelding bij Praktijk De Klank.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n",
        "An aanmelding sent to a practice, its contents unnamed.",
    ),
    "case 05": (
        "gegevens",
        "gebrek",
        "Beste ouders van Jesse,\n\nWij willen Jesse aanmelden bij Jeugdhulp Twente voor een onderzoek naar zijn lezen. Wij delen daarvoor het hele leerlingdossier, dat na de intake wordt vernietigd.\n\nWat wij doorsturen bewaren wij in ParnasSys, ons leerlingvolgsysteem, tot Jesse van school gaat. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "'Het hele leerlingdossier' is shared before it is destroyed: the deletion does not make it stored rather than shared.",
    ),
    "case 06": (
        "gegevens",
        "gebrek",
        "Beste ouders van Jesse,\n\nWij willen Jesse aanmelden bij Jeugdhulp Twente voor een onderzoek naar zijn lezen. Daarvoor sturen wij het groeidocument en alle relevante gegevens, die daar worden gebruikt en na de intake verwijderd.\n\nWat wij doorsturen bewaren wij in ParnasSys, ons leerlingvolgsysteem, tot Jesse van school gaat. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "'alle relevante gegevens' are sent before they are deleted.",
    ),
    "case 07": (
        "ondubbelzinnig",
        "gebrek",
        "Nieuwsbrief groep 5 – oktober\n\nBeste ouders,\n\nOp vrijdag 17 oktober gaan we met de klas naar Dierenpark Amersfoort. We zoeken nog drie ouders die willen rijden. Zet in Parro de keuze bij 'Schoolreis' op Ja als u mee wilt rijden.\n\nTijdens de schoolreis maakt juf Sanne foto's van de kinderen. Die foto's zetten wij in het fotoalbum van de klas in Parro en een paar op de website van de school, www.obsdewilg.nl, zodat u kunt zien wat we gedaan hebben. De foto's blijven staan tot het einde van het schooljaar.\n\nHeeft u liever niet dat uw kind op de website komt? Laat het juf Sanne weten. Van gedachten veranderd? U kunt uw toestemming altijd intrekken met een mail aan juf Sanne.\n\nGroetjes,\nJuf Sanne en meester Bas\n",
        "A yes set in the app to drive along on a trip is no active consent to the photos, which are opt-out.",
    ),
    "case 08": (
        "ondubbelzinnig",
        "gebrek",
        "[03-10-2025 19:12] Juf Sanne: Hoi ouders van groep 5! Vrijdag 17 oktober gaan we naar Dierenpark Amersfoort. Kunnen jullie hieronder even 'ja' zetten als je kunt rijden, of 'nee' als het niet lukt?\n[03-10-2025 19:13] Juf Sanne: Ik maak die dag ook foto's van de kinderen. Die zet ik in het fotoalbum van de klas in Parro, zodat jullie kunnen zien wat we gedaan hebben. Ze blijven daar tot het einde van het schooljaar en dan verwijder ik ze. Heb je liever niet dat jouw kind erop staat? Laat het me even weten. Nee zeggen heeft geen gevolgen. Later van gedachten veranderd? Stuur me een berichtje, dan haal ik de foto's weg.\n[03-10-2025 19:30] Mama van Lieke: ja\n[03-10-2025 19:31] Papa van Ties: nee helaas\n",
        "'ja' or 'nee' under a chat message about driving is no answer to the photo consent, which is opt-out.",
    ),
    "case 09": (
        "ondubbelzinnig",
        "gebrek",
        "[22-09-2025 18:30] Anouk (klassenouder): Hoi allemaal! Juf Sanne vroeg mij even deze app te openen voor de vraag over de foto's van het herfstfeest 🍂\n[22-09-2025 18:41] Juf Sanne: Dank Anouk! Beste ouders, op het herfstfeest maak ik foto's van de kinderen. Die zet ik in het fotoalbum van de klas in Parro, zodat u kunt zien wat we gedaan hebben. De foto's staan in Parro tot het einde van het schooljaar en worden dan verwijderd. Nee zeggen heeft geen gevolgen voor uw kind. U kunt het altijd intrekken door mij een berichtje te sturen.\n[22-09-2025 18:42] Juf Sanne: ✅ Foto's in het Parro-album van groep 4\n[22-09-2025 18:43] Juf Sanne: Willen jullie hieronder even 'ja' zetten als dat goed is, of 'nee' als je dat liever niet hebt?\n[22-09-2025 19:05] Mama van Lieke: ja\n[22-09-2025 19:07] Papa van Ties: ja hoor\n",
        "The teacher's own ✅ stays a choice set beforehand, whoever opened the chat.",
    ),
    "case 10": (
        "ondubbelzinnig",
        "gebrek",
        "Ouderportaal – Toestemmingen schooljaar 2025-2026\n\nBeste ouder van Lotte,\n\nWij maken foto's en korte filmpjes tijdens activiteiten. Die zetten wij op de website van OBS De Wilg en in de klassenapp in Parro, zodat u kunt zien wat de kinderen op school doen. Wij bewaren de foto's in Parro tot het einde van het schooljaar en halen ze daarna weg. Weigeren heeft geen gevolgen voor Lotte. U kunt uw keuze altijd wijzigen op deze pagina.\n\n✔ Foto's op de website: toegestaan\n✔ Foto's in de klassenapp: toegestaan\n\nWilt u iets veranderen? Tik op een keuze en zet hem op Ja als u toestemming geeft, of op Nee als u dat niet wilt.\n\nTeam OBS De Wilg\n",
        "'✔ Foto's op de website: toegestaan' is a choice set beforehand, not a step done.",
    ),
    "case 11": (
        "intrekken",
        "gebrek",
        "Beste ouders,\n\nWij maken foto's tijdens de sportdag op 12 april. Een selectie zetten wij op de website van OBS De Wilg, zodat ouders kunnen zien wat de kinderen hebben gedaan. De foto's staan op de website tot 1 september 2026 en worden dan verwijderd. Weigeren heeft geen gevolgen voor uw kind.\n\n☐ Ja, foto's van mijn kind mogen op de website.\n\nHandtekening: __________\n\nU kunt uw toestemming intrekken. De foto's blijven wel op dezelfde plek staan.\n\nMet vriendelijke groet,\nTeam OBS De Wilg\n\n",
        "'De foto's blijven wel op dezelfde plek staan' says nothing of how to withdraw.",
    ),
    "case 12": (
        "intrekken",
        "gebrek",
        "Beste ouders,\n\nWij maken foto's tijdens de sportdag op 12 april. Een selectie zetten wij op de website van OBS De Wilg, zodat ouders kunnen zien wat de kinderen hebben gedaan. De foto's staan op de website tot 1 september 2026 en worden dan verwijderd. Weigeren heeft geen gevolgen voor uw kind.\n\n☐ Ja, foto's van mijn kind mogen op de website.\n\nHandtekening: __________\n\nIntrekken kan tot 1 mei, op dezelfde plek waar u toestemming gaf.\n\nMet vriendelijke groet,\nTeam OBS De Wilg\n\n",
        "Withdrawing 'kan tot 1 mei' limits it to a date.",
    ),
    "case 13": (
        "intrekken",
        "gebrek",
        "Beste ouders,\n\nWij maken foto's tijdens de sportdag op 12 april. Een selectie zetten wij op de website van OBS De Wilg, zodat ouders kunnen zien wat de kinderen hebben gedaan. De foto's staan op de website tot 1 september 2026 en worden dan verwijderd. Weigeren heeft geen gevolgen voor uw kind.\n\n☐ Ja, foto's van mijn kind mogen op de website.\n\nHandtekening: __________\n\nLater van gedachten veranderd? Op dezelfde manier kunt u zich aanmelden voor de volgende sportdag.\n\nMet vriendelijke groet,\nTeam OBS De Wilg\n\n",
        "'Op dezelfde manier kunt u zich aanmelden' is about signing up, not withdrawing.",
    ),
    "case 14": (
        "intrekken",
        "ok",
        "Beste ouders,\n\nWij maken foto's tijdens de sportdag op 12 april. Een selectie zetten wij op de website van OBS De Wilg, zodat ouders kunnen zien wat de kinderen hebben gedaan. De foto's staan op de website tot 1 september 2026 en worden dan verwijderd. Weigeren heeft geen gevolgen voor uw kind.\n\n☐ Ja, foto's van mijn kind mogen op de website.\n\nHandtekening: __________\n\nIntrekken kan altijd, op dezelfde plek: zet de keuze terug op Nee.\n\nMet vriendelijke groet,\nTeam OBS De Wilg\n\n",
        "'op dezelfde plek: zet de keuze terug op Nee' says how.",
    ),
    "case 15": (
        "intrekken",
        "ok",
        "Beste ouders,\n\nWij maken foto's tijdens de sportdag op 12 april. Een selectie zetten wij op de website van OBS De Wilg, zodat ouders kunnen zien wat de kinderen hebben gedaan. De foto's staan op de website tot 1 september 2026 en worden dan verwijderd. Weigeren heeft geen gevolgen voor uw kind.\n\n☐ Ja, foto's van mijn kind mogen op de website.\n\nHandtekening: __________\n\nWilt u uw toestemming intrekken? Dat kan altijd: pas uw keuze aan in Parro.\n\nMet vriendelijke groet,\nTeam OBS De Wilg\n\n",
        "'Dat kan altijd: pas uw keuze aan' is no limit.",
    ),
    "case 16": (
        "ontvangers",
        "ok",
        "Beste ouders van Jesse,\n\nOnze school werkt voor passend onderwijs samen met de scholen in de regio, in Samenwerkingsverband Passend Onderwijs Zuid. Voor Jesse willen wij een arrangement voor extra leeshulp aanvragen. Daarvoor sturen wij zijn groeidocument en zijn toetsresultaten van de laatste twee jaar naar de commissie van Samenwerkingsverband Passend Onderwijs Zuid, zodat de commissie kan beslissen over de leeshulp.\n\nHet groeidocument bewaren wij in ParnasSys tot twee jaar nadat Jesse van school is gegaan. Deze toestemming geldt tot 1 augustus 2026.\n\nU bent vrij om te weigeren; Jesse krijgt in de klas dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming om het groeidocument en de toetsresultaten te sturen naar Samenwerkingsverband Passend Onderwijs Zuid.\n\nHandtekening: __________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n",
        "'samen met de scholen in de regio' describes who the school works with, no recipient.",
    ),
    "case 17": (
        "ontvangers",
        "ok",
        "Beste ouders van Jesse,\n\nOnze school werkt voor passend onderwijs samen met andere onderwijspartners in Samenwerkingsverband Passend Onderwijs Zuid. Voor Jesse willen wij een arrangement voor extra leeshulp aanvragen. Daarvoor sturen wij zijn groeidocument en zijn toetsresultaten van de laatste twee jaar naar de commissie van Samenwerkingsverband Passend Onderwijs Zuid, zodat de commissie kan beslissen over de leeshulp.\n\nHet groeidocument bewaren wij in ParnasSys tot twee jaar nadat Jesse van school is gegaan. Deze toestemming geldt tot 1 augustus 2026.\n\nU bent vrij om te weigeren; Jesse krijgt in de klas dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming om het groeidocument en de toetsresultaten te sturen naar Samenwerkingsverband Passend Onderwijs Zuid.\n\nHandtekening: __________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n",
        "'samen met andere onderwijspartners' describes who the school works with.",
    ),
    "case 18": (
        "ontvangers",
        "ok",
        "Beste ouders van Fenna,\n\nFenna gaat in het tweede leerjaar op stage. Wij sturen haar stageprofiel met haar cijfers en haar werkhouding naar de leerbedrijven in de regio waarmee wij werken: Bakkerij Jansen, Garage Noord en Zorgcentrum De Linde. Zo kan een leerbedrijf kijken of Fenna daar past. Het stageprofiel staat in Magister en wordt op 1 september 2026 verwijderd. Deze toestemming geldt tot 1 september 2026.\n\nGeeft u geen toestemming, dan neemt Fenna het stageprofiel zelf mee naar het kennismakingsgesprek; dat heeft verder geen gevolgen. U kunt uw toestemming altijd intrekken met een mail aan de stagecoördinator.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening: __________\n\nMet vriendelijke groet,\nMevrouw De Vries, stagecoördinator\nPraktijkschool Het Baken\n\n",
        "'de leerbedrijven in de regio waarmee wij werken:' is closed by its list.",
    ),
    "case 19": (
        "ontvangers",
        "gebrek",
        "Beste ouders van Fenna,\n\nFenna gaat in het tweede leerjaar op stage. Wij sturen haar stageprofiel met haar cijfers en haar werkhouding naar verschillende leerbedrijven in de regio. Zo kan een leerbedrijf kijken of Fenna daar past. Het stageprofiel staat in Magister en wordt op 1 september 2026 verwijderd. Deze toestemming geldt tot 1 september 2026.\n\nGeeft u geen toestemming, dan neemt Fenna het stageprofiel zelf mee naar het kennismakingsgesprek; dat heeft verder geen gevolgen. U kunt uw toestemming altijd intrekken met een mail aan de stagecoördinator.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening: __________\n\nMet vriendelijke groet,\nMevrouw De Vries, stagecoördinator\nPraktijkschool Het Baken\n\n",
        "'naar verschillende leerbedrijven in de regio' is an open group.",
    ),
    "case 20": (
        "granulair",
        "ok",
        "Beste ouders van Sem,\n\nBasisschool De Wilg wil het logopedieverslag van Sem van groep 3 delen met Logopediepraktijk De Klank in Ommen, zodat de logopedist de juf oefeningen kan geven voor zijn uitspraak. Het verslag gaat via Zivver, de beveiligde mail van Stichting Catent, van Basisschool De Wilg naar Logopediepraktijk De Klank.\n\nWij bewaren het verslag in ParnasSys tot Sem van school gaat. Deze toestemming geldt tot 1 juli 2026. U bent vrij om nee te zeggen; Sem krijgt dan gewoon dezelfde hulp in de klas. Intrekken kan altijd met een mail aan de intern begeleider.\n\n☐ Ja, het logopedieverslag mag naar Logopediepraktijk De Klank.\n\nHandtekening: __________\n\nMet vriendelijke groet,\n\nAnne Bakker\nIntern begeleider groep 1 t/m 4\nTel. 0529-123456\nE-mail: ib@dewilg.nl\nBasisschool De Wilg\nStichting Catent\n",
        "A five-line signature: the school on its fifth line is the sender, not a recipient.",
    ),
    "case 21": (
        "granulair",
        "ok",
        "Beste ouders van Sem,\n\nBasisschool De Wilg wil het logopedieverslag van Sem delen met Logopediepraktijk De Klank, zodat de logopedist oefeningen kan geven voor zijn uitspraak.\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nBASISSCHOOL DE WILG\nStichting Catent\n",
        "The school's name in capitals in the signature is the sender.",
    ),
    "case 22": (
        "granulair",
        "ok",
        "Beste ouders van Sem,\n\nBasisschool De Wilg wil het logopedieverslag van Sem delen met Logopediepraktijk De Klank, zodat de logopedist oefeningen kan geven voor zijn uitspraak.\n\nMet vriendelijke groet,\nA. Bakker, intern begeleider (ma, di en do aanwezig).\nBasisschool De Wilg\n",
        "A role line ending in a full stop does not end the signature.",
    ),
    "case 23": (
        "doel",
        "ok",
        "Beste ouders van Jesse,\n\nIn het kader van passend onderwijs delen wij het groeidocument van Jesse met Samenwerkingsverband De Eem, om een arrangement voor extra leeshulp aan te vragen.\n\nHet verslag bewaren wij in ParnasSys, ons leerlingvolgsysteem, tot Jesse van school gaat. Deze toestemming geldt tot het einde van dit schooljaar.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "'In het kader van passend onderwijs ... om een arrangement aan te vragen' gives its own concrete purpose.",
    ),
    "case 24": (
        "gegevens",
        "ok",
        "Beste ouders,\n\nTijdens activiteiten maken wij foto's van de kinderen. Die foto's gebruiken wij op de website van OBS De Wilg, op onze Instagram-pagina en in de schoolgids, zodat we met ouders kunnen delen wat we allemaal doen in de klas. De foto's staan er tot 1 september 2026. Weigeren heeft geen gevolgen voor uw kind. Intrekken kan altijd met een mail aan de directeur.\n\n☐ Ja, foto's van mijn kind mogen gebruikt worden.\n\nHandtekening: __________\n\nMet vriendelijke groet,\nMarieke Jansen, directeur\nOBS De Wilg\n",
        "'wat we allemaal doen in de klas' under a photo form leaves the photos as the data.",
    ),
    "case 25": (
        "termijn",
        "ok",
        "Beste ouders van Jesse,\n\nWij willen het logopedieverslag van Jesse delen met Logopediepraktijk De Klank, zodat de logopedist de juf oefeningen kan geven voor zijn uitspraak. Het verslag staat in ParnasSys, ons leerlingvolgsysteem.\n\nLet op: uw toestemming geldt niet voor de hele basisschoolperiode, maar alleen tot 1 juli 2026.\n\nU bent vrij om te weigeren. Jesse krijgt op school dan gewoon dezelfde begeleiding. U kunt uw toestemming altijd intrekken met een mail aan de intern begeleider.\n\n☐ Ja, ik geef toestemming.\n\nHandtekening ouder: ____________\n\nMet vriendelijke groet,\nJuf Anne, intern begeleider\nOBS De Wilg\n\n",
        "'niet voor de hele basisschoolperiode, maar alleen tot 1 juli 2026' ends on a date.",
    ),
}

KNOWN_GAPS: dict[str, str] = {}

(
    test_the_review_case_keeps_the_careful_judgment,
    test_the_known_gaps_are_still_read_wrongly,
) = review_tests(CASES, KNOWN_GAPS)

test_the_rules_alone_keep_every_careful_judgment = rules_alone_test(CASES)
