"""Counterexamples an outside review wrote against this session's rules (after sealed113-116
were scored): texts where a new rule first gave the wrong judgment, most of them a denial the
rule did not see ("worden niet verwijderd", "ze komen niet in het portfolio", "Wij plaatsen ze
nooit: - op de website") or a neighbouring wording about something else ("wij zullen hier later
op terugkomen", "tonen wij de nieuwe leesmethode"). Each keeps the judgment a careful reader
gives it (CRITERIA.md). The rules alone judge all 37 right after narrowing; two stay known gaps
of the reading by meaning, which judged them the same way before this session."""

from tests.core.consent_check.review_cases import review_tests, rules_alone_test

# (criterion, expected judgment, form text, why)
CASES = {
    "case 01": (
        "granulair",
        "ok",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's komen alleen in de nieuwsbrief van juni. Wij plaatsen ze nooit:\n- op de website\n- op Facebook of Instagram\n- in de schoolgids\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The form asks about one use only (the June newsletter), so one choice is enough (granulair: separate choices per purpose; there is only one). The new picture-places rule counts the bulleted list of places where the photos will NOT go as several uses and demands a choice per place.",
    ),
    "case 02": (
        "vrij",
        "ok",
        "Overdracht naar groep 5b – Basisschool De Klimop\n\nBeste ouders van Lotte,\n\nNa de zomervakantie gaat Lotte naar groep 5b van juf Esra. Juf Anouk (groep 4) wil juf Esra het verslag van de leesobservatie van Lotte van dit schooljaar geven, zodat juf Esra in september meteen weet met welk leesniveau Lotte begint.\n\nHet verslag staat in het leerlingdossier van Lotte in ParnasSys. Uw toestemming geldt tot 1 oktober 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg. Ook als u nee zegt, plaatsen wij Lotte in groep 5b, zoals afgesproken.\n\nU kunt uw toestemming altijd intrekken met een mail aan juf Anouk (anouk@klimop.nl).\n\nMag juf Anouk het verslag van de leesobservatie aan juf Esra geven?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Refusing costs nothing: the form says so and confirms Lotte goes to group 5b either way (vrij: refusing has no negative consequence). The new NEGATIVE_CONSEQUENCE branch reads 'plaatsen wij Lotte in groep 5b' after 'als u nee zegt' as a child moved to another class as a penalty.",
    ),
    "case 03": (
        "intrekken",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nHeeft u later een klacht of bezwaar over het schoolreisje, dan kunt u terecht bij de klachtencommissie van Stichting Primo via klachten@primo.nl.\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nothing says the consent can be withdrawn; the only 'bezwaar' is a complaint about the trip, sent to a complaints board (intrekken: it must say consent can be withdrawn at any time and how). The new 'later ... bezwaar' rule takes the complaint procedure for a way to withdraw.",
    ),
    "case 04": (
        "intrekken",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nDe datum van de ouderavond over het schoolreisje is nog niet bekend; wij zullen hier later op terugkomen via een bericht in Parro.\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The school will come back to a date later; nothing is said about the parent withdrawing consent (intrekken). The new 'hier later op terugkomen' rule reads the school's promise as the parent's change of mind and the Parro message as its channel.",
    ),
    "case 05": (
        "intrekken",
        "gebrek",
        "Toestemming studiekeuzetest – Het Meerwijk College\n\nBeste leerling van 4 havo,\n\nIn oktober maak je de interessetest van Qompas. De decaan, mevrouw Bos, bespreekt de uitslag met jou in een gesprek over je profielkeuze voor 5 havo. De uitslag gaat naar niemand anders.\n\nDe uitslag staat in je Qompas-account en wordt op 31 juli 2026 verwijderd.\n\nMeedoen is vrijwillig; als je nee zegt, krijg je gewoon een keuzegesprek met de decaan.\n\nVerander je later van gedachten over je profielkeuze? Mail dan mevrouw Bos (decaan@meerwijk.nl), dan plannen we een nieuw gesprek.\n\nMag de decaan de uitslag van jouw interessetest inzien en met jou bespreken?\n☐ Ja ☐ Nee\n\nHandtekening leerling: ____________   Handtekening ouder: ____________",
        "The change of mind is about the pupil's choice of subjects, not about the consent; there is no word on withdrawing it (intrekken). The new 'verander je ... van gedachten' rule treats it as a withdrawal with a channel.",
    ),
    "case 06": (
        "intrekken",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nAls u wilt dat wij u niet langer telefonisch benaderen over schoolactiviteiten, geef dan uw e-mailadres door aan de administratie (administratie@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The sentence is about how the school contacts the parent, not about the photos; withdrawal of consent is never mentioned (intrekken). The new 'als u wilt dat ... niet langer' rule reads it as a change of mind and the address as the way to withdraw.",
    ),
    "case 07": (
        "intrekken",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nEerst nee gezegd? Later bedacht? Mail juf Sanne (sanne@klimop.nl); dan mag uw kind alsnog op de foto's in de nieuwsbrief.\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "'Later bedacht?' here is the parent who said no and wants to say yes after all; the form never says a yes can be withdrawn (intrekken). The new '^Later bedacht?' rule takes it for a withdrawal with a channel.",
    ),
    "case 08": (
        "ondubbelzinnig",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nAlle kinderen van groep 5 staan voor de foto's in de nieuwsbrief genoteerd; daarvoor hoeft u niets te doen. Wilt u niet dat uw kind op een foto in de nieuwsbrief komt, mail dan juf Sanne vóór 1 juni.",
        "Every child is put down for the newsletter photos unless the parent objects: silence counts as consent (ondubbelzinnig: 'als wij niets horen ... akkoord', opt-out wording). The new 'genoteerd; daarvoor hoeft u niets te doen' exception treats the opt-out as something that needs no consent.",
    ),
    "case 09": (
        "ondubbelzinnig",
        "gebrek",
        "Inhaalmoment schoolfotograaf – Basisschool De Klimop\n\nBeste ouders,\n\nUw kind was ziek op de fotodag. Op 3 juni komt fotograaf Studio Lens terug voor de kinderen die er toen niet waren. De foto's zijn voor het jaarboek 2024-2025, dat alle gezinnen van school krijgen.\n\nStudio Lens bewaart de foto's in zijn eigen fotoarchief en verwijdert ze op 31 december 2025. Meedoen is vrijwillig en heeft geen gevolgen. U kunt uw toestemming altijd intrekken met een mail aan de administratie (administratie@klimop.nl).\n\nIs uw kind weer beter, dan hoeft u niets te doen: het wordt dan op 3 juni gefotografeerd en de foto komt in het jaarboek.\n\nWilt u niet dat uw kind op 3 juni op de foto gaat? Vul dan hieronder in en geef het strookje mee.\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The photo for the yearbook is taken and published unless the parent acts: silence is taken as consent (ondubbelzinnig: opt-out wording). The new '^Is ... weer beter, dan hoeft' exception was meant for sick-leave notes and here waves through a real opt-out.",
    ),
    "case 10": (
        "ondubbelzinnig",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nFoto's in de nieuwsbrief van juni\n\nVoor uw gemak staat er al een kruisje [X] in één van de twee vakjes, bij ja. Wilt u dat niet, zet dan een kruisje bij nee.\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The box for yes is ticked by the school in advance; the parent only acts to refuse (ondubbelzinnig: pre-ticked boxes). The new 'in één van de ... vakjes' rule reads the ticked [X] as a mere example of how to mark.",
    ),
    "case 11": (
        "termijn",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wanneer uw kind naar groep 6 gaat, worden de foto's niet verwijderd; ze gaan mee in de fotomap van de klas.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The form says the photos are NOT deleted when the child moves on, and gives no other end (termijn: no end date). The new 'wanneer uw kind naar groep N gaat ... verwijder' branch has no negation check and reads it as a deletion moment.",
    ),
    "case 12": (
        "termijn",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Na 2 maanden verwijderen wij de foto's niet, maar zetten wij ze over naar het fotoarchief van de school.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The photos are explicitly kept on, moved to an archive, with no end (termijn: no end date). The new 'na 2 maanden ... verwijder' branch has no negation check and reads it as deletion after two months.",
    ),
    "case 13": (
        "termijn",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Een foto laten verwijderen kunt u vragen bij juf Sanne, of op 20 juni tijdens de kijkavond.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The date is when the parent can ask for a photo to be removed, not how long the photos are kept or the consent lasts (termijn). The new verb-then-date branch reads 'verwijderen ... op 20 juni' as a deletion date.",
    ),
    "case 14": (
        "termijn",
        "gebrek",
        "Jaarlijkse toestemming foto's en video's 2025-2026 – Basisschool De Klimop\n\nBeste ouders,\n\nOok dit schooljaar plaatsen wij foto's van activiteiten in de nieuwsbrief die alle ouders van school krijgen. Het gaat om foto's van uw kind, zonder naam. De foto's worden bewaard in de fotomap van De Klimop op de schoolserver van Stichting Primo.\n\nGraag het strookje uiterlijk 1 oktober inleveren bij de leerkracht. Tot die datum geldt de toestemming die u vorig schooljaar gaf.\n\nMeedoen is vrijwillig en heeft geen gevolgen. U kunt uw toestemming altijd intrekken met een mail aan de directeur (directie@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief plaatsen?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "1 October is the return deadline and the end of LAST year's consent; how long the new consent lasts or the photos are kept is not said (termijn: no end date). The new 'Tot die datum' rule borrows the return deadline from the sentence before as this consent's end.",
    ),
    "case 15": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl). Onderaan deze brief staat de naam van de jeugdarts.\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). The new '(staat) de naam' rule takes 'staat de naam van de jeugdarts' (the doctor's name printed on the letter) for a named data item.",
    ),
    "case 16": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl). Vul het formulier in en zet uw naam en handtekening erbij.\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). The new 'naam ... erbij' rule takes the signing instruction for data shown with the exchange.",
    ),
    "case 17": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl). Wij houden een lijst bij van de ouders die het formulier hebben ingeleverd.\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). The new 'houden een lijst bij' rule takes the school's list of returned forms for the data exchanged.",
    ),
    "case 18": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts. De jeugdarts wil graag een overzicht van hoe het met Daan gaat.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl).\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). 'Een overzicht van hoe het met Daan gaat' names nothing; the new 'wil ... een overzicht' rule counts it as named data.",
    ),
    "case 19": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl). Dat kan ook in de ouderapp: u maakt daar eenmalig een account aan met uw telefoonnummer.\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). The parent's own phone number for an app account is not data exchanged; the new 'account ... aan met' rule counts it.",
    ),
    "case 20": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts. Wij noemen dit in de schoolgids een consultatie (zie pagina 12).\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl).\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). The new '(wij) noemen' rule matches any 'wij noemen', here naming the kind of meeting, plus 'pagina' as a data noun.",
    ),
    "case 21": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. Daarvoor willen wij informatie over Daan bespreken met de jeugdarts.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl).\n\nUw antwoord op deze brief\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "Which data go to the jeugdarts is only 'informatie over Daan' (gegevens: it must say which data or documents are exchanged; open wording is a defect). The new heading rule sees the data noun 'brief' in the answer heading above the bare yes/no and counts it as the data.",
    ),
    "case 22": (
        "gegevens",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij willen samen met de jeugdarts van GGD Hollands Midden nagaan of een gehoortest nodig is. De jeugdarts is Ilse Bakker. Daarvoor willen wij het verslag van de leestoets en alle andere informatie over Daan bespreken met u en Ilse.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl).\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "'Alle andere informatie over Daan' goes to the jeugdarts Ilse Bakker as well as to the parents, an open scope (gegevens: 'alle relevante gegevens' is a defect). The new _TO_PARENT tail ' en <word>' takes 'met u en Ilse' for the parent-and-child case and excuses the open words.",
    ),
    "case 23": (
        "doel",
        "gebrek",
        "Toestemming foto's en video's – Basisschool De Klimop\n\nBeste ouders,\n\nDit schooljaar maken de leerkrachten foto's en korte video's van de kinderen in de klas. Het gaat om beelden van uw kind, zonder naam erbij. Wij delen de beelden met niemand buiten Basisschool De Klimop. Op de informatieavond van 2 oktober tonen wij de nieuwe leesmethode; u bent van harte welkom.\n\nDe beelden worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen alle beelden op 31 juli 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg voor uw kind.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de directeur (directie@klimop.nl).\n\nMogen de leerkrachten foto's en video's van uw kind maken?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The form never says what the photos and videos are for (doel: each purpose must be concrete). The new SHOWN_AT rule takes 'op de informatieavond ... tonen wij de nieuwe leesmethode' for showing the pictures at an event.",
    ),
    "case 24": (
        "doel",
        "gebrek",
        "Toestemming foto's en video's – Basisschool De Klimop\n\nBeste ouders,\n\nDit schooljaar maken de leerkrachten foto's en korte video's van de kinderen in de klas. Het gaat om beelden van uw kind, zonder naam erbij. Wij delen de beelden met niemand buiten Basisschool De Klimop. Elke vrijdag krijgt u per mail de weekbrief, zonder foto's. Zo ziet u wat de kinderen die week hebben geleerd.\n\nDe beelden worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen alle beelden op 31 juli 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg voor uw kind.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de directeur (directie@klimop.nl).\n\nMogen de leerkrachten foto's en video's van uw kind maken?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The form never says what the photos and videos are for (doel: each purpose must be concrete). The weekly letter has no photos, yet the new SEES_THEN rule reads 'Zo ziet u wat de kinderen ... geleerd' as the photos' purpose.",
    ),
    "case 25": (
        "doel",
        "gebrek",
        "Toestemming foto's en video's – Basisschool De Klimop\n\nBeste ouders,\n\nDit schooljaar maken de leerkrachten foto's en korte video's van de kinderen in de klas. Het gaat om beelden van uw kind, zonder naam erbij. Wij delen de beelden met niemand buiten Basisschool De Klimop. Lever het strookje uiterlijk vrijdag in. Dan weet juf Sanne welke kinderen op de foto mogen.\n\nDe beelden worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen alle beelden op 31 juli 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg voor uw kind.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de directeur (directie@klimop.nl).\n\nMogen de leerkrachten foto's en video's van uw kind maken?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The form never says what the photos and videos are for (doel: each purpose must be concrete). 'Dan weet juf Sanne welke kinderen op de foto mogen' is about collecting the answers; the new 'juf X' branch of KNOWS_THEN counts it as a purpose.",
    ),
    "case 26": (
        "doel",
        "gebrek",
        "Toestemming foto's en video's – Basisschool De Klimop\n\nBeste ouders,\n\nDit schooljaar maken de leerkrachten foto's en korte video's van de kinderen in de klas. Het gaat om beelden van uw kind, zonder naam erbij. Wij delen de beelden met niemand buiten Basisschool De Klimop. Met deze beelden willen wij later bepalen waarvoor wij ze gebruiken.\n\nDe beelden worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen alle beelden op 31 juli 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg voor uw kind.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de directeur (directie@klimop.nl).\n\nMogen de leerkrachten foto's en video's van uw kind maken?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The form never says what the photos and videos are for (doel: each purpose must be concrete). It even says the use is decided later; the new AIM_TO_FIND rule reads 'Met deze beelden willen wij ... bepalen' as a concrete aim.",
    ),
    "case 27": (
        "doel",
        "gebrek",
        "Toestemming foto's en video's – Basisschool De Klimop\n\nBeste ouders,\n\nDit schooljaar maken de leerkrachten foto's en korte video's van de kinderen in de klas. Het gaat om beelden van uw kind, zonder naam erbij. Wij delen de beelden met niemand buiten Basisschool De Klimop.\n\nDe beelden worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen alle beelden op 31 juli 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg voor uw kind.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de directeur (directie@klimop.nl). Vragen stellen kan ook op deze manieren:\n\n| Waar | Hoe | Antwoord binnen |\n|---|---|---|\n| Ouderportaal | bericht aan de directie | 2 werkdagen |\n| Website | contactformulier op www.klimop.nl | 5 werkdagen |\n\nMogen de leerkrachten foto's en video's van uw kind maken?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The form never says what the photos and videos are for (doel: each purpose must be concrete). The table lists contact channels; the new picture-place row rule takes the rows starting with 'Ouderportaal' and 'Website' for places where the pictures are shown.",
    ),
    "case 28": (
        "doel",
        "gebrek",
        "Toestemming foto's en video's – Basisschool De Klimop\n\nBeste ouders,\n\nDit schooljaar maken de leerkrachten foto's en korte video's van de kinderen in de klas. Het gaat om beelden van uw kind, zonder naam erbij. Wij delen de beelden met niemand buiten Basisschool De Klimop. De dagen waarop we foto's maken, komen op de kalender in Parro.\n\nDe beelden worden bewaard in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo. Wij verwijderen alle beelden op 31 juli 2025.\n\nU bent vrij om nee te zeggen; dat heeft geen enkel gevolg voor uw kind.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de directeur (directie@klimop.nl).\n\nMogen de leerkrachten foto's en video's van uw kind maken?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The form never says what the photos and videos are for (doel: each purpose must be concrete). Only the photo days go on the calendar, not the photos; the new 'kalender' place in PUBLISHED reads it as publishing the pictures.",
    ),
    "case 29": (
        "doel",
        "gebrek",
        "Toestemming overleg met de jeugdarts – Basisschool De Klimop\n\nBeste ouders van Daan,\n\nDaan heeft de laatste tijd moeite met lezen. Wij sturen het verslag van de leestoets naar de jeugdarts van GGD Hollands Midden. Als school moeten wij nagaan wat Daan nodig heeft voor een goede begeleiding.\n\nWij bewaren dit formulier in het leerlingdossier van Daan in ParnasSys. Uw toestemming geldt tot 31 juli 2025.\n\nU bent vrij om nee te zeggen. Daan krijgt dan gewoon dezelfde begeleiding in de klas.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar de intern begeleider, Marieke de Vries (ib@klimop.nl).\n\nGeeft u toestemming voor het overleg met de jeugdarts?\n☐ Ja ☐ Nee\n\nHandtekening ouder: ____________",
        "The only purpose given is 'voor een goede begeleiding', the typical vague purpose in CRITERIA.md (doel). The new _OWN_LEGAL_TASK skip ('moeten wij nagaan') drops that sentence as a legal duty of the writer, and the form then passes.",
    ),
    "case 30": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nWij vragen de begeleiders om geen foto's van de kinderen op hun telefoon te bewaren. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). It only says where they are NOT kept; the new 'telefoon' place makes 'op hun telefoon te bewaren' a storage place.",
    ),
    "case 31": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard; servers van Google of Apple gebruiken wij daarvoor niet. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). The new 'servers van <Name>' rule takes the excluded Google/Apple servers as the place.",
    ),
    "case 32": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's worden bewaard; ze komen niet in het portfolio van uw kind. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). The new 'portfolio' place turns 'komen niet in het portfolio' into a storage place.",
    ),
    "case 33": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nUw antwoorden bewaren wij, ook als u bij Nee een kruisje zet. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). The new 'antwoorden' pointer makes the sentence a storage sentence, and the capitalised answer 'bij Nee' is then read as a named place.",
    ),
    "case 34": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nHet strookje met uw antwoord bewaren wij, ook als u bij 'Nee' een kruisje zet. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). The new quoted-name branch reads \"bij 'Nee'\" as a place with a proper name.",
    ),
    "case 35": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nIk sla de foto's niet op in de klassenapp Parro. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). It says only where they are NOT kept; the new 'ik sla ... op' rule counts it as storage in Parro.",
    ),
    "case 36": (
        "opslag",
        "gebrek",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nSinds de nieuwe privacyregels in 2018 werden ingevoerd in de Europese Unie, vragen wij u dit elk jaar. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "Nowhere does the form say where the photos are kept (opslag: which system or organisation). The new 'ingevoerd in' rule reads privacy rules 'ingevoerd in de Europese Unie' as data entered into a named place.",
    ),
    "case 37": (
        "opslag",
        "ok",
        "Toestemming foto's schoolreisje groep 5 – Basisschool De Klimop\n\nBeste ouders,\n\nTijdens het schoolreisje naar Artis op 12 juni maakt juf Sanne foto's van de kinderen. Wij willen deze foto's laten zien in de nieuwsbrief van juni, zodat u ziet hoe de dag verliep. Het gaat om foto's van uw kind, zonder naam.\n\nDe foto's bewaren we in de beveiligde fotomap van De Klimop op de schoolserver van Stichting Primo, en we zetten ze niet op een USB-stick. Wij verwijderen de foto's op 31 juli 2025.\n\nMeedoen is vrijwillig. Als u nee zegt, gaat uw kind gewoon mee en heeft dat geen enkel gevolg.\n\nU kunt uw toestemming altijd intrekken door een mail te sturen naar juf Sanne (sanne@klimop.nl).\n\nMogen wij foto's van uw kind in de nieuwsbrief van juni zetten?\n☐ Ja ☐ Nee\n\nNaam kind: ____________\nHandtekening ouder: ____________",
        "The place is named: the photo folder of De Klimop on Stichting Primo's school server (opslag). The new _PUT_NOWHERE filter throws the whole sentence away because it also says 'we zetten ze niet op een USB-stick'.",
    ),
}

# Read wrongly by the reading by meaning, before this session as after (checked on 2fa2f60).
# A purpose not found on a form of 150 words or more with fewer than three findings is a doubt
# that does not count (doubt.purpose_absence_as_doubt, 6 December 2026: such findings were
# right 0 times in 54 at first sight). This review letter (154 words) lacks its purpose on
# purpose: the price of that rule, shown to the parent as a possible defect.
DOUBTED = ("case 27",)

KNOWN_GAPS = {
    "case 14": "the reading by meaning takes the return deadline's 'Tot die datum geldt ...' for an end",
    "case 26": "the reading by meaning takes 'willen wij later bepalen waarvoor' for a purpose",
}

(
    test_the_review_case_keeps_the_careful_judgment,
    test_the_known_gaps_are_still_read_wrongly,
) = review_tests(CASES, KNOWN_GAPS, DOUBTED)


test_the_rules_alone_keep_every_careful_judgment = rules_alone_test(CASES, DOUBTED)
