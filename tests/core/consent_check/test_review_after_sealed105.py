"""Counterexamples an outside review wrote against this session's rules (before sealed105-108
were scored): texts where a new rule first gave the wrong judgment. Each keeps the judgment a
careful reader gives it (CRITERIA.md). The rules alone judge all twenty right after
narrowing; three stay known gaps of the reading by meaning."""

from tests.core.consent_check.review_cases import review_tests, rules_alone_test

# (criterion, expected judgment, form text, why)
CASES = {
    "case 01": (
        "doel",
        "gebrek",
        "Beste ouders/verzorgers van Daan,\n\nBasisschool De Klimop wil het verslag van de klassenobservatie van Daan delen met Jeugdteam Zwolle-Oost. Hiermee helpen wij Daan zo goed mogelijk.\nHet verslag bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij het verslag.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Daan op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@deklimop.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, het observatieverslag mag naar Jeugdteam Zwolle-Oost.\n[ ] Nee, het observatieverslag mag niet naar Jeugdteam Zwolle-Oost.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Hiermee helpen wij Daan zo goed mogelijk” is the open purpose CRITERIA.md lists as a defect (“voor een goede begeleiding”); nothing says what the Jeugdteam will do with the report. Change 2 (daarmee/hiermee + helpen) now reads it as a stated purpose.",
    ),
    "case 02": (
        "doel",
        "gebrek",
        "Beste ouders/verzorgers van Ruben,\n\nBasisschool De Vlinderboom wil het verslag van de klassenobservatie van Ruben delen met Jeugdteam Zwolle-Oost. Daarmee kijkt het jeugdteam wat er nodig is.\nHet verslag bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij het verslag.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Ruben op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@devlinderboom.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, het observatieverslag mag naar Jeugdteam Zwolle-Oost.\n[ ] Nee, het observatieverslag mag niet naar Jeugdteam Zwolle-Oost.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Daarmee kijkt het jeugdteam wat er nodig is” is the typical “indien nodig” purpose: no concrete use of the report is named. Change 2 (daarmee + kijkt) counts it as a purpose.",
    ),
    "case 03": (
        "doel",
        "gebrek",
        "Beste ouders/verzorgers van Fenna,\n\nBasisschool De Springplank wil het verslag van de klassenobservatie van Fenna delen met Jeugdteam Zwolle-Oost.\nHet verslag bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij het verslag.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Fenna op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@despringplank.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, het observatieverslag mag naar Jeugdteam Zwolle-Oost.\n[ ] Nee, het observatieverslag mag niet naar Jeugdteam Zwolle-Oost.\n\nLever dit strookje vóór vrijdag in bij de juf. Daarmee weten wij dat u het formulier heeft gelezen.\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "The only “daarmee” sentence is about handing in the slip (“Daarmee weten wij dat u het formulier heeft gelezen”); the form never says what the report is for. Change 2 (daarmee + weten) takes this admin sentence as the purpose.",
    ),
    "case 04": (
        "intrekken",
        "gebrek",
        "Beste ouders/verzorgers van Jesse,\n\nBasisschool De Linde wil de leesresultaten van Jesse (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Jesse extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Jesse op school.\n\nDe logopedist bespreekt de uitslag met u op dinsdag 14 oktober om 15.00 uur op school. Wilt u het anders, bel dan met de administratie (038-4561234).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "The form says nothing about withdrawing consent; “Wilt u het anders, bel dan ...” is about moving the appointment. Change 3's verb-first change-of-mind pattern (“wilt u het ... anders”) plus the phone number makes new judge a withdrawal route.",
    ),
    "case 05": (
        "intrekken",
        "gebrek",
        "Beste ouders/verzorgers van Sara,\n\nBasisschool De Regenboog wil de leesresultaten van Sara (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Sara extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Sara op school.\n\nDe logopedist bespreekt de uitslag graag met u. Komt u op dinsdag 14 oktober terug voor dat gesprek? Meld u dan bij de administratie.\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Komt u op dinsdag 14 oktober terug voor dat gesprek?” asks the parent to come back for an appointment, not to reverse the consent; no withdrawal is mentioned. Change 3's “komt u ... op ... terug” pattern is far too broad.",
    ),
    "case 06": (
        "intrekken",
        "ok",
        "Beste ouders/verzorgers van Bram,\n\nBasisschool De Wegwijzer wil de leesresultaten van Bram (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Bram extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Bram op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@dewegwijzer.nl). Tussentijds intrekken hoeft u niet toe te lichten.\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "The form says consent can be withdrawn at any time and how (e-mail to the IB'er); “Tussentijds intrekken hoeft u niet toe te lichten” is no limit but a reassurance. Change 3's new limit (“tussentijds intrekken ... niet” within 20 characters) turns it into a restriction.",
    ),
    "case 07": (
        "intrekken",
        "gebrek",
        "Beste ouders/verzorgers van Tess,\n\nBasisschool De Horizon wil de leesresultaten van Tess (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Tess extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Tess op school.\n\nU kunt zich tot 1 oktober bedenken; mail dan naar ib@dehorizon.nl.\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“U kunt zich tot 1 oktober bedenken” limits withdrawal to a date; art. 7(3) requires withdrawal at any time, so this is a defect. Change 3's “u kunt zich ... bedenken” pattern accepts it and the limit is not recognised.",
    ),
    "case 08": (
        "intrekken",
        "gebrek",
        "Beste ouders/verzorgers van Luuk,\n\nBasisschool De Zonnewijzer wil de leesresultaten van Luuk (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Luuk extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Luuk op school.\n\nKiest u later toch anders, dan kan dat tot 1 oktober via ib@dezonnewijzer.nl.\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Kiest u later toch anders, dan kan dat tot 1 oktober” allows withdrawal only until 1 October, a limit in time. Change 3's “kiest u later toch anders” makes it a withdrawal, and CHANGE_LIMITED does not see “dan kan dat tot <date>”.",
    ),
    "case 09": (
        "intrekken",
        "gebrek",
        "Beste ouders/verzorgers van Noah,\n\nBasisschool De Kroonsteen wil de leesresultaten van Noah (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Noah extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Noah op school.\n\nAls u liever heeft dat Noah niet meer onder schooltijd naar de logopedie gaat, laat het ons dan weten via ib@dekroonsteen.nl.\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Als u liever heeft dat Noah niet meer onder schooltijd naar de logopedie gaat” is about when the therapy is scheduled, not about the consent to share the test results; withdrawal is never mentioned. Change 3's “liever heeft dat ... niet meer” pattern treats it as a change of mind.",
    ),
    "case 10": (
        "termijn",
        "gebrek",
        "Beste ouders/verzorgers van Julia,\n\nBasisschool De Achtbaan wil de leesresultaten van Julia (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Julia extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Deze toestemming geldt alleen voor de tijd dat Julia bij ons op school zit en vervalt daarna.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Julia op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@deachtbaan.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Geldt alleen voor de tijd dat Julia bij ons op school zit en vervalt daarna” is the whole school career, which CRITERIA.md names as a defect (“gedurende de hele schoolloopbaan”). Change 4's “alleen voor ... en vervalt daarna” accepts any span before “en vervalt daarna”.",
    ),
    "case 11": (
        "termijn",
        "gebrek",
        "Beste ouders/verzorgers van Mees,\n\nBasisschool De Toermalijn wil de leesresultaten van Mees (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Mees extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Uw toestemming geldt alleen voor de begeleiding na deze intake.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Mees op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@detoermalijn.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Alleen voor de begeleiding na deze intake” names no end: the support after the intake can go on for years (the checker itself treats “voor de duur van de begeleiding” as open). Change 4's extension “(de|het) X na deze intake” makes it a one-time consent.",
    ),
    "case 12": (
        "termijn",
        "gebrek",
        "Beste ouders/verzorgers van Yara,\n\nBasisschool De Startbaan wil de leesresultaten van Yara (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Yara extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Dit formulier is op 3 september 2025 opgesteld door de intern begeleider.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Yara op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@destartbaan.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Dit formulier is op 3 september 2025 opgesteld” is the date the form was written, not when consent or data ends; no duration is given. Change 4's new “is (alleen) op <date>” date pattern takes it as an end date.",
    ),
    "case 13": (
        "termijn",
        "gebrek",
        "Beste ouders/verzorgers van Finn,\n\nBasisschool De Bolster wil de leesresultaten van Finn (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Finn extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. Uw toestemming is voor 1 oktober 2025 nodig, want dan start de logopedie.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Finn op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@debolster.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“Uw toestemming is voor 1 oktober 2025 nodig” is a deadline to return the form (voor = before), not an end of the consent; no duration is given. Change 4's “is (alleen) voor <date>” reads it as a one-day consent.",
    ),
    "case 14": (
        "termijn",
        "gebrek",
        "Beste ouders/verzorgers van Lieke,\n\nBasisschool Het Palet wil de leesresultaten van Lieke (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Lieke extra leesbegeleiding nodig heeft.\nDe gegevens bewaren wij in ParnasSys. De aanmeldingen voor de leesgroep lopen af op 1 november.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Lieke op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@hetpalet.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "“De aanmeldingen voor de leesgroep lopen af op 1 november” is a registration deadline for something else; the form never says how long consent or data lasts. Change 4's plural “lopen af ... op <date>” accepts it.",
    ),
    "case 15": (
        "opslag",
        "gebrek",
        "Beste ouders/verzorgers van Sem,\n\nBasisschool De Driemaster wil de leesresultaten van Sem (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Sem extra leesbegeleiding nodig heeft.\nDeze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nHet rooster van de logopedie staat in ParnasSys.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Sem op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@dedriemaster.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "Only the therapy timetable is said to be in ParnasSys; where the shared test results are kept is not said. Change 5 lets any STORAGE sentence that names a record system count, without it being about the data.",
    ),
    "case 16": (
        "opslag",
        "gebrek",
        "Beste ouders/verzorgers van Zoë,\n\nBasisschool De Meander wil de leesresultaten van Zoë (de uitslag van de AVI-toets en de DMT-toets) delen met Logopediepraktijk Spraakwater in Zwolle. De logopedist gebruikt deze uitslagen om te bepalen of Zoë extra leesbegeleiding nodig heeft.\nDeze toestemming geldt tot 31 juli 2026; daarna verwijderen wij de gegevens.\nHet oefenmateriaal voor thuis zet de leerkracht in ParnasSys, zodat u samen met Zoë kunt oefenen.\nGeeft u geen toestemming, dan heeft dat geen gevolgen voor de begeleiding van Zoë op school.\nU kunt uw toestemming altijd intrekken door een e-mail te sturen aan de intern begeleider, mevrouw Jansen (ib@demeander.nl).\n\nKruis aan wat u wilt:\n[ ] Ja, ik geef toestemming om de leesresultaten te delen met Logopediepraktijk Spraakwater.\n[ ] Nee, ik geef geen toestemming.\n\nNaam ouder: ____________  Handtekening: ____________  Datum: ________",
        "Putting practice material for home in ParnasSys says nothing about where the child's test results are kept. Change 5's “zet ... in <system>” pattern plus the RECORD_PLACE escape count it as storage of the data.",
    ),
    "case 17": (
        "vrij",
        "gebrek",
        "Beste ouders/verzorgers van Noor,\n\nIn groep 2 onderzoekt de jeugdverpleegkundige van GGD IJsselland bij alle kinderen de ogen en het gehoor. Wij vragen uw toestemming om de uitslag van dit onderzoek te delen met Basisschool De Regenboog, zodat de leerkracht Noor een goede plek in de klas kan geven als zij slecht ziet of hoort.\nDe GGD bewaart de uitslag in het digitaal dossier jeugdgezondheidszorg. Deze toestemming geldt tot 31 juli 2026.\nGeeft u geen toestemming, dan wordt uw kind niet gescreend.\nU kunt uw toestemming altijd intrekken met een mail aan jgz@ggdijsselland.nl.\n\n[ ] Ja, de uitslag van ogen en gehoor mag naar Basisschool De Regenboog.\n[ ] Nee, de uitslag mag niet naar de school.\n\nNaam ouder: ____________  Handtekening: ____________",
        "Refusing to share the result with the school costs the child the eye and hearing screening itself, a health service; CRITERIA.md: refusing may not be a condition for a service. Change 6 (“wordt uw kind niet gescreend” = only the exchange) makes this free.",
    ),
    "case 18": (
        "vrij",
        "gebrek",
        "Beste ouders/verzorgers van Sem,\n\nSem krijgt dit schooljaar video-interactiebegeleiding (VIB) van onze schoolvideo-interactiebegeleider, meester Rik. Meester Rik filmt daarvoor een paar lessen en bespreekt de beelden met de leerkracht. Wij vragen uw toestemming om twee korte fragmenten van die beelden ook te laten zien aan de supervisor van Onderwijsadviesbureau Cedin, zodat zij meester Rik kan helpen de begeleiding van Sem goed af te stemmen.\nDe beelden staan op de beveiligde schijf van Basisschool De Wilgen en worden op 31 juli 2026 verwijderd.\nGeeft u geen toestemming, dan filmen wij uw kind niet.\nU kunt uw toestemming altijd intrekken door een mail te sturen aan meester Rik (rik@dewilgen.nl).\n\n[ ] Ja, de twee fragmenten mogen naar de supervisor van Cedin.\n[ ] Nee, de fragmenten mogen niet naar Cedin.\n\nNaam ouder: ____________  Handtekening: ____________",
        "The consent asked is only for showing two clips to the Cedin supervisor, but refusing means Sem is not filmed, i.e. loses the video-interaction guidance he gets this year. That is a loss of support; change 6 (“filmen wij uw kind niet”) excuses it.",
    ),
    "case 19": (
        "vrij",
        "gebrek",
        "Beste ouders/verzorgers van Lotte,\n\nOp 12 november wordt Lotte besproken in het ondersteuningsteam van Basisschool De Wilgen. Wij vragen uw toestemming om het verslag van de logopedist (de uitslag van het taalonderzoek) vooraf te sturen naar de jeugdarts van GGD Gelderland-Zuid, zodat zij in het overleg kan meedenken over de uitleg van de uitslag.\nHet verslag staat in ParnasSys. Deze toestemming geldt tot 31 december 2025.\nGeeft u geen toestemming, dan wordt uw kind niet besproken in het ondersteuningsteam.\nU kunt uw toestemming altijd intrekken door een mail te sturen aan de intern begeleider (ib@dewilgen.nl).\n\n[ ] Ja, het logopedieverslag mag naar de jeugdarts van GGD Gelderland-Zuid.\n[ ] Nee, het logopedieverslag mag niet naar de jeugdarts.\n\nNaam ouder: ____________  Handtekening: ____________",
        "The consent asked is for sending the speech therapist's report to the youth doctor; refusing means Lotte is not discussed in the ondersteuningsteam at all, which is the route to extra support. Change 6 (“wordt uw kind niet besproken”) treats this as the exchange itself.",
    ),
    "case 20": (
        "termijn",
        "gebrek",
        "Beste ouders/verzorgers van Mila,\n\nBasisschool Het Kompas deelt alleen gegevens van Mila als u per regel ja kiest. Alle gegevens bewaren wij in ParnasSys.\n\n| Wat en met wie | Waarvoor | Hoe lang | Ja | Nee |\n|---|---|---|---|---|\n| Uitslag leestoets naar Logopediepraktijk De Spraakboom | zodat de logopedist de oefeningen op het niveau van Mila afstemt | zolang Mila bij ons op school zit | [ ] | [ ] |\n| Verslag klassenobservatie naar Logopediepraktijk De Spraakboom | zodat de logopedist weet hoe Mila in de klas praat | maximaal 1 jaar | [ ] | [ ] |\n|---|---|---|---|---|\n| Naam en groep naar Fotostudio Lens | voor de jaarlijkse schoolfoto | tot 31 juli 2026 | [ ] | [ ] |\n|---|---|---|---|---|\n| Portretfoto van Mila in de schoolgids | zodat nieuwe ouders de klassen leren kennen | tot 31 juli 2026 | [ ] | [ ] |\n|---|---|---|---|---|\n\nNee zeggen heeft geen gevolgen voor Mila. U kunt uw toestemming altijd intrekken via een mail aan de administratie (info@hetkompas.nl).\n\nNaam ouder: ____________  Handtekening: ____________",
        "The first row's consent lasts “zolang Mila bij ons op school zit”, an open end (school career). Change 1 merges the two rows between rules into one row, so “maximaal 1 jaar” from the next row caps the open end and the row reads as limited.",
    ),
}

# The rules judge these right; the reading by meaning, which looks at sentences the rules
# found nothing in, takes them for the missing statement (as it did before this session).
KNOWN_GAPS = {
    "case 10": "the reading by meaning takes 'alleen voor de tijd dat ... op school zit' for an end",
    "case 13": "the reading by meaning takes 'is voor 1 oktober nodig' (a deadline) for an end",
    "case 15": "the reading by meaning takes 'het rooster staat in ParnasSys' for where data is kept",
}

(
    test_the_review_case_keeps_the_careful_judgment,
    test_the_known_gaps_are_still_read_wrongly,
) = review_tests(CASES, KNOWN_GAPS)


test_the_rules_alone_keep_every_careful_judgment = rules_alone_test(CASES)
