"""Counterexamples an outside review wrote against this session's rules (after sealed109-112
were scored): texts where a new rule first gave the wrong judgment. Each keeps the judgment a
careful reader gives it (CRITERIA.md). The rules alone judge all eighteen right after
narrowing; four stay known gaps of the reading by meaning, which judged them the same way
before this session."""

from tests.core.consent_check.review_cases import review_tests, rules_alone_test

# (criterion, expected judgment, form text, why)
CASES = {
    "case 01": (
        "gegevens",
        "ok",
        "Beste ouders,\n\nWij willen voor volgend schooljaar een paar gegevens van uw kind gebruiken bij de indeling van de groepen. Wij gebruiken de adresgegevens die de school in de leerlingadministratie heeft staan, zodat broertjes en zusjes en buurkinderen bij elkaar kunnen blijven. De indeling wordt gemaakt in ParnasSys en na de zomer gewist.\n\n☐ Ja, dat mag\n☐ Nee, dat mag niet\n\nU kunt uw toestemming altijd intrekken door een mail te sturen aan de administratie.\n\nHandtekening ouder: ____________",
        "The data are named concretely: only the address data (adresgegevens) the school already holds, used to group neighbours; CRITERIA `gegevens` is met when the form says which data are exchanged. The new 'gegevens die de school in de administratie heeft staan' rule reads a specific kind of data as the whole record.",
    ),
    "case 02": (
        "intrekken",
        "gebrek",
        "Toestemming medicijngebruik\n\nDaan gebruikt een puffer tegen astma. Wij willen de naam van het medicijn en de tijden van inname doorgeven aan de gymdocent van groep 5, zodat hij Daan voor de gymles aan zijn puffer kan herinneren.\n\nMag de school dit doorgeven aan de gymdocent?\n☐ Ja  ☐ Nee\n\nDe gegevens staan in Parnassys en worden aan het eind van dit schooljaar verwijderd. Intrekken kan pas het volgende schooljaar, via een mail aan de mentor.\n\nHandtekening: __________",
        "'Intrekken kan pas het volgende schooljaar' limits when consent can be withdrawn; CRITERIA `intrekken` asks that it can be withdrawn at any time (AVG art. 7(3)). The new exception for 'pas uw/de ...' (meant for the imperative 'pas uw antwoord aan') now also lets 'pas het/de volgende ...' through.",
    ),
    "case 03": (
        "gegevens",
        "gebrek",
        "Overstap naar het voortgezet onderwijs\n\nBeste ouders van groep 8,\nIn maart sturen wij het onderwijskundig rapport via OSO naar de school waar uw kind is aangemeld. Controleer alle gegevens in het ouderportaal goed, want die gaan allemaal mee naar de nieuwe school.\n\n☐ Ja, ik geef toestemming om dit te versturen\n☐ Nee, ik geef geen toestemming\n\nU kunt uw toestemming tot 1 maart intrekken bij de leerkracht van groep 8.",
        "The letter says everything in the parent portal goes to the new school ('die gaan allemaal mee'), so the shared data are open, the typical 'alle relevante gegevens / het leerlingdossier without limits' defect of CRITERIA `gegevens`. 'Controleer alle gegevens' here is not just checking the form's own fields: those data are what is sent.",
    ),
    "case 04": (
        "gegevens",
        "gebrek",
        "Toestemming overdracht naar het voortgezet onderwijs\n\nUw zoon stroomt na de zomer door naar het Da Vinci College. Na de overstap verwijderen wij zijn foto's van onze website, en alle overige gegevens sturen wij via OSO door naar het Da Vinci College, zodat de mentor daar weet welke ondersteuning hij krijgt.\n\n☐ Ja, dit mag\n☐ Nee, dit mag niet\n\nIntrekken kan altijd, met een mail aan de intern begeleider.\nHandtekening ouder/verzorger: ______________",
        "'alle overige gegevens' are sent to the Da Vinci College (the verb 'sturen wij door' comes after the phrase), so the shared data are open-ended (CRITERIA `gegevens`). The new second-clause rule for thrown-away data only looks at sharing between the deletion verb and the phrase, so it wrongly reads the phrase as what is deleted.",
    ),
    "case 05": (
        "gegevens",
        "gebrek",
        "Toestemming aanvraag arrangement\n\nWij willen voor uw dochter een arrangement aanvragen bij Samenwerkingsverband Passend Onderwijs Eemland, zodat de commissie kan beslissen over extra begeleiding in de klas. Wij sturen het groeidocument naar het samenwerkingsverband. Zodra wij alle stukken van de vorige school binnen hebben, sturen wij die er ook heen.\n\n☐ Ja, ik geef toestemming\n☐ Nee, ik geef geen toestemming\n\nU kunt uw toestemming altijd intrekken bij de intern begeleider.\nNaam en handtekening ouder: __________",
        "Besides the groeidocument, 'alle stukken van de vorige school' are forwarded to the samenwerkingsverband: an open description of documents (CRITERIA `gegevens`). Waiting for the papers ('zodra wij ... binnen hebben') does not make them any less the shared data, because they are passed on right after.",
    ),
    "case 06": (
        "doel",
        "gebrek",
        "Toestemming contact met het wijkteam\n\nDe juf van groep 4 wil graag contact opnemen met Wijkteam Zuid over uw dochter Noor. Zij wil de aantekeningen uit de oudergesprekken van dit schooljaar met het wijkteam delen. Het wijkteam kan Noor beter helpen als ze weten hoe het thuis en op school met haar gaat.\n\n☐ Ja, dat mag\n☐ Nee, dat mag niet\n\nU kunt uw toestemming altijd intrekken bij de juf.\nHandtekening ouder: ______________",
        "'beter helpen' is the typical vague purpose ('voor een goede begeleiding'), and 'als ze weten hoe het thuis en op school met haar gaat' names no concrete use, only general knowledge of the child (CRITERIA `doel`: what the exchange is for, concretely).",
    ),
    "case 07": (
        "doel",
        "gebrek",
        "Beste ouders,\n\nVia Basisschool De Linde krijgt uw kind dit jaar een account bij Gynzy. De school geeft daarvoor de voornaam, achternaam en groep van uw kind door aan Gynzy. Uw kind krijgt een account waarmee hij gebruikmaakt van allerlei diensten van Gynzy en haar partners.\n\n☐ Ja, ik geef toestemming\n☐ Nee, ik geef geen toestemming\n\nU kunt uw toestemming altijd intrekken bij de groepsleerkracht.",
        "The only purpose is an account 'waarmee hij gebruikmaakt van allerlei diensten van Gynzy en haar partners': an open purpose close to 'voor alle doeleinden' (CRITERIA `doel`). The new ACCOUNT_FOR rule accepts any 'account waarmee ...' clause as a concrete purpose.",
    ),
    "case 08": (
        "doel",
        "gebrek",
        "Toestemming gegevens naschoolse opvang\n\nBeste ouders,\nWij willen de naam, de groep en de allergieën van uw kind doorgeven aan Kinderopvang De Boomhut.\n\n☐ Ja, dat mag\n☐ Nee, dat mag niet\n\nWilt u dit strookje vóór vrijdag inleveren bij de leerkracht? Dan weten wij vóór de herfstvakantie wat uw keuze is.\nU kunt uw toestemming altijd intrekken bij de administratie.\nHandtekening ouder: ______________",
        "The form never says why the name, group and allergies go to the after-school care; 'Dan weten wij vóór de herfstvakantie wat uw keuze is' only concerns handing in the slip, not what the exchange is for (CRITERIA `doel`). The new KNOWS_THEN rule takes any 'Dan weten wij wat/of ...' as a purpose.",
    ),
    "case 09": (
        "doel",
        "gebrek",
        "Toestemming gegevens naschoolse opvang\n\nBeste ouders,\nWij willen de naam, de groep en de allergieën van uw kind doorgeven aan Kinderopvang De Boomhut. Vink hieronder uw keuze aan.\n\n☐ Ja, dat mag\n☐ Nee, dat mag niet\n\nIn het ouderportaal heeft u een account waarmee u uw keuze altijd weer kunt aanpassen.\nHandtekening ouder: ______________",
        "No purpose is given for passing the data to the after-school care (CRITERIA `doel`). 'een account waarmee u uw keuze altijd weer kunt aanpassen' is about withdrawing the consent, yet ACCOUNT_FOR (subject '[a-z]+' matches 'u') counts it as the purpose.",
    ),
    "case 10": (
        "doel",
        "gebrek",
        "Nieuwsbericht groep 7 – Parro\n\nBeste ouders,\nWij willen de uitslagen van de Cito-toets rekenen van uw kind doorgeven aan Onderwijsbureau Rekenwijzer.\n\n☐ Ja, dat mag\n☐ Nee, dat mag niet\n\nDe tijden van de tienminutengesprekken komen volgende week op de website.\nU kunt uw toestemming altijd intrekken via Parro.",
        "Nothing says what Rekenwijzer does with the Cito results (CRITERIA `doel`). 'De tijden van de tienminutengesprekken komen ... op de website' is an unrelated announcement, but PUBLISHED ('tijden ... komen ... op de website') counts it as the purpose.",
    ),
    "case 11": (
        "vrij",
        "gebrek",
        "Toestemming jeugdgezondheidszorg groep 2\n\nIn groep 2 onderzoekt de jeugdarts van GGD Hollands Midden alle kinderen op groei, gehoor en ogen. Mag de school daarvoor de naam, geboortedatum en het adres van uw kind doorgeven aan de GGD, zodat zij u een uitnodiging voor het onderzoek kunnen sturen?\n\n☐ Ja\n☐ Nee\n\nZonder toestemming wordt uw kind niet onderzocht door de jeugdarts.\nU kunt uw toestemming altijd intrekken bij de administratie.\nHandtekening ouder: ____________",
        "Refusing to pass on the name and address means the child is not examined by the youth doctor: a negative consequence, a service made conditional on consent (CRITERIA `vrij`, AVG art. 7(4)). The choice asks about sharing data, not about the exam itself; the new 'onderzo' stem only matches because the question mentions 'het onderzoek'.",
    ),
    "case 12": (
        "vrij",
        "gebrek",
        "Toestemming doorgeven toetsresultaten\n\nMag de school de uitslagen van de lees- en spellingtests van groep 4 doorgeven aan Dyslexiecentrum Noord, zodat het centrum kan beoordelen of uw kind in aanmerking komt voor een dyslexieonderzoek?\n\n☐ Ja\n☐ Nee\n\nGeeft u geen toestemming, dan wordt uw kind niet getest op dyslexie.\nU kunt uw toestemming altijd intrekken bij de intern begeleider.\nHandtekening ouder: ____________",
        "Refusing to share the test results means 'wordt uw kind niet getest op dyslexie': support is made conditional on consent, the typical 'zonder toestemming kan de school geen ondersteuning bieden' defect (CRITERIA `vrij`). The choice is about passing on results, not about being tested; the new 'test' stem only matches 'spellingtests' in the question.",
    ),
    "case 13": (
        "vrij",
        "gebrek",
        "Inschrijving sportdag Korfbalclub De Zwaluwen – 14 juni\n\nNaam kind: ______________   Groep: ____\n\nOp de sportdag maakt onze vrijwilliger foto's van de wedstrijden. Die zetten wij op de website van de club, zodat ouders en leden kunnen terugkijken.\n\n[ ] Ik ben ermee bekend en eens dat foto's van mijn kind op de website van De Zwaluwen komen. * (verplicht)\n\nZonder het aanvinken van alle verplichte velden kunnen wij de inschrijving niet verwerken.\nU kunt uw toestemming altijd intrekken via secretariaat@dezwaluwen.nl.",
        "The only box is a required ('* verplicht') agreement that photos of the child go on the club website, and registration is refused without it: consent as a condition of a service (CRITERIA `vrij`, AVG art. 7(4)). The new DECLARATION exception treats 'Ik ben ermee bekend en eens dat ...' as a mere statement about the parent because it lacks the words toestemming/akkoord/mag.",
    ),
    "case 14": (
        "gegevens",
        "gebrek",
        "Toestemming contact huisarts\n\nOnze intern begeleider, mevrouw De Vries, maakt zich zorgen over de concentratie van uw zoon in de klas. Zij wil de huisarts van uw zoon bellen om te navragen wat er bij de praktijk over hem bekend is, zodat de school de lessen beter kan afstemmen op zijn concentratieproblemen.\n\n☐ Ja, de intern begeleider mag de huisarts bellen\n☐ Nee, liever niet\n\nU kunt uw toestemming altijd intrekken bij mevrouw De Vries.\nHandtekening ouder: ______________",
        "The school wants to find out 'wat er bij de praktijk over hem bekend is': whatever the GP holds, with no limits, the 'alle relevante gegevens' defect of CRITERIA `gegevens`. The new 'navragen' verb in TOLD_CONTENT reads any 'navragen wat ...' as named data.",
    ),
    "case 15": (
        "gegevens",
        "gebrek",
        "Toestemming contact huisarts\n\nOnze intern begeleider, mevrouw De Vries, maakt zich zorgen over de concentratie van uw zoon in de klas. Zij wil de huisarts van uw zoon bellen om te horen wat er thuis allemaal speelt, zodat de school de lessen beter kan afstemmen op zijn concentratieproblemen.\n\n☐ Ja, de intern begeleider mag de huisarts bellen\n☐ Nee, liever niet\n\nU kunt uw toestemming altijd intrekken bij mevrouw De Vries.\nHandtekening ouder: ______________",
        "'horen wat er thuis allemaal speelt' leaves the data fully open (CRITERIA `gegevens`). The new 'horen' verb in TOLD_CONTENT counts any 'horen wat ...' as named content, though 'wat er speelt' names nothing.",
    ),
    "case 16": (
        "granulair",
        "ok",
        "Beste ouders van groep 5,\n\nVoor de leesbevordering werkt onze groep dit jaar mee aan de Kinderjury van Bibliotheek Eemland. Ik geef daarvoor de voornaam en de leeftijd van uw kind door aan de bibliotheek, zodat uw kind kan stemmen op zijn favoriete boek. De bibliotheek bewaart deze gegevens in haar eigen stemsysteem en verwijdert ze op 1 juli.\n\n☐ Ja, mijn kind mag meedoen\n☐ Nee, mijn kind doet niet mee\n\nVerder geef ik elke vrijdag een leesrooster mee aan de kinderen.\nU kunt uw toestemming altijd intrekken door mij een bericht te sturen via Parro.\n\nJuf Anouk",
        "There is one exchange (first name and age to the library for the Kinderjury) with one purpose, one recipient and its own yes/no choice, so one choice is enough (CRITERIA `granulair`). 'Verder geef ik elke vrijdag een leesrooster mee aan de kinderen' is handing out paper, not a second exchange, but the new 'geef ik ... aan de' sharing pattern makes it one.",
    ),
    "case 17": (
        "gegevens",
        "gebrek",
        "Toestemming samenwerking Sportbedrijf Deventer\n\nDit schooljaar doet onze school mee aan het programma Gezonde School van Sportbedrijf Deventer. Wij wisselen daarvoor gegevens van uw kind uit met Sportbedrijf Deventer, zodat de buurtsportcoach naschoolse sportlessen op maat kan aanbieden. Het programma van de sportweek gaan wij ook in onze nieuwsbrief zetten.\n\n☐ Ja, dat mag\n☐ Nee, dat mag niet\n\nU kunt uw toestemming altijd intrekken bij de administratie.\nHandtekening ouder: ______________",
        "What is exchanged with Sportbedrijf Deventer is only 'gegevens van uw kind', with no limits (CRITERIA `gegevens`). The sports-week programme in the newsletter is no personal data, but PLACED_IN ('in onze nieuwsbrief zetten') makes it count as the named data.",
    ),
    "case 18": (
        "ondubbelzinnig",
        "gebrek",
        "Toestemming beeldmateriaal 2025-2026\n\nWij gebruiken foto's van schoolactiviteiten waarop uw kind te zien is, zodat ouders kunnen zien wat er in de groepen gebeurt. Hieronder staat waar wij de foto's plaatsen. Wij hebben alle drie alvast aangevinkt; streep door wat u niet wilt.\n\n✅ Schoolgids   ✅ Website   ✅ Nieuwsbrief\n\nDe foto's blijven tot het einde van het schooljaar staan. U kunt uw keuze altijd aanpassen bij de administratie.\n\nNaam kind: ______________   Handtekening ouder: ______________",
        "The three places are ticked in advance ('Wij hebben alle drie alvast aangevinkt; streep door wat u niet wilt'): pre-ticked boxes and opt-out, the typical defect of CRITERIA `ondubbelzinnig`. The signature does not undo that. The new nav-bar rule strips the ✅ marks from this row, so the pre-ticked boxes disappear.",
    ),
}

# The rules judge these right; the reading by meaning, which looks at sentences the rules
# found nothing in, takes them for the missing statement (as it did before this session).
KNOWN_GAPS = {
    "case 08": "the reading by meaning takes 'Dan weten wij ... wat uw keuze is' for a purpose",
    "case 09": "the reading by meaning takes 'een account waarmee u uw keuze kunt aanpassen' for a purpose",
    "case 10": "the reading by meaning takes 'De tijden ... komen op de website' for a purpose",
    "case 14": "the reading by meaning takes 'navragen wat er bij de praktijk bekend is' for named data",
}

(
    test_the_review_case_keeps_the_careful_judgment,
    test_the_known_gaps_are_still_read_wrongly,
) = review_tests(CASES, KNOWN_GAPS)


test_the_rules_alone_keep_every_careful_judgment = rules_alone_test(CASES)
