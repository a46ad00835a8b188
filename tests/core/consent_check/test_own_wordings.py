"""Each criterion probed in words of our own: valid sentences a school might write that the
rules must read as meeting it, and near misses they must not. Written before sealed53-56
were scored, none taken from a labelled form. Each runs through the whole checker (rules and
the reading by meaning) inside an otherwise valid form."""

import pytest

from dossierwijs.core.consent_check import check_consent_form

_FORM = """Basisschool De Regenboog, Zwolle
Toestemming voor het delen van gegevens met de logopedist

Beste ouders van Sem (groep 3),

PURPOSE
STORAGE
TERM
U bent vrij om nee te zeggen; Sem krijgt dan gewoon dezelfde begeleiding.
WITHDRAWAL

Kruis per onderdeel aan wat u wilt:
[ ] Ja, delen met logopedist Anna de Wit     [ ] Nee
[ ] Ja, bespreken met de jeugdverpleegkundige  [ ] Nee

Naam ouder: ______________________
Handtekening: ____________________   Datum: __________
"""
_PURPOSES = (
    "Wij willen het leesverslag van Sem en de uitslag van de DMT-toets delen met\n"
    "logopedist Anna de Wit van Praktijk Spraakwater, zodat zij haar behandeling kan\n"
    "afstemmen op wat Sem in de klas leert. Daarnaast willen wij de uitslag van de\n"
    "taalscreening bespreken met de jeugdverpleegkundige van de GGD IJsselland, om te\n"
    "bepalen of verder onderzoek nodig is."
)
_PARTS = {
    "PURPOSE": _PURPOSES,
    "STORAGE": "De gegevens staan in ParnasSys en worden bewaard tot het einde van dit schooljaar.",
    "TERM": "Deze toestemming geldt tot 31 juli 2027.",
    "WITHDRAWAL": "U kunt uw toestemming altijd intrekken met een mail aan ib@regenboog.example.nl.",
}


def _form_probing(part: str, **changed: str) -> str:
    """The valid form with ``part`` left open for the line under test (XLINE)."""
    text = _FORM
    for name, value in {**_PARTS, **changed, part: "XLINE"}.items():
        text = text.replace(name, value)
    return text


_WITHDRAWAL_FORM = _form_probing("WITHDRAWAL")
# Without the retention period, which is an end of its own.
_TERM_FORM = _form_probing("TERM", STORAGE="De gegevens staan in ParnasSys.")
# One exchange, asked with one pair of boxes.
_PURPOSE_FORM = _form_probing("PURPOSE").replace(
    "Kruis per onderdeel aan wat u wilt:\n"
    "[ ] Ja, delen met logopedist Anna de Wit     [ ] Nee\n"
    "[ ] Ja, bespreken met de jeugdverpleegkundige  [ ] Nee\n",
    "[ ] Ja, ik geef toestemming     [ ] Nee, ik geef geen toestemming\n",
)


def _judged(form: str, line: str, code: str) -> str:
    return check_consent_form(form.replace("XLINE", line)).criteria[code].oordeel


@pytest.mark.parametrize(
    "line",
    [
        "Wilt u niet meer meedoen? Stuur een berichtje, dan stoppen we.",
        "Later toch nee? Geef het door aan de balie.",
        "Uw toestemming kunt u op elk moment weer opzeggen bij de administratie.",
        "U mag op ieder moment terugkomen op uw besluit; een mailtje aan ib@regenboog.example.nl volstaat.",
        "Mocht u uw keuze willen herzien, neem dan contact op met de intern begeleider.",
        "U kunt uw antwoord altijd nog veranderen via het ouderportaal.",
        "Als u het niet meer wilt, zeg het dan tegen de juf.",
        "Is het toch niet goed? Even bellen naar 038-1234567 is genoeg.",
        "Intrekken? Eén klik in de app.",
        "U zit niet vast aan uw antwoord: mail de intern begeleider en wij passen het aan.",
        "Uw keuze ligt niet vast; u kunt hem wijzigen bij de administratie.",
        "U kunt er altijd nog van afzien; meld dit bij de groepsleerkracht.",
        "Toestemming terugnemen kan, ook halverwege, via ib@regenboog.example.nl.",
        "Wie zich bedenkt, stuurt een mail naar ib@regenboog.example.nl.",
        "Van mening veranderd? Mail ib@regenboog.example.nl.",
        "Wilt u het stopzetten, mail dan de intern begeleider.",
        "Uw ja is niet voor altijd: een berichtje aan de IB'er en we stoppen met delen.",
        "Niet meer akkoord? Bel ons op 038-1234567; vanaf dat moment delen we niets meer.",
        "U kunt uw toestemming op ieder moment herroepen door een e-mail te sturen aan de school.",
        "Wilt u later toch geen uitwisseling meer? Geef het aan bij de IB'er.",
        "Geeft u nu ja en wilt u later nee, dan kan dat: mail de IB'er.",
        "Een ja kunt u altijd omzetten in een nee, via de IB'er.",
        "U kunt uw toestemming intrekken wanneer u wilt. Dat kan per mail of telefonisch.",
        "Hebt u er later spijt van? Meld het bij de IB'er, dan stoppen wij.",
        "Uw toestemming vervalt zodra u ons laat weten dat u niet langer akkoord bent (mail of brief).",
        "Ook na uw ja kunt u nog nee zeggen. Dat regelt u met één mail aan de IB'er.",
        "U kunt uw besluit op elk moment terugdraaien bij de administratie.",
        "Zegt u later toch nee, dan halen wij uw ja uit het systeem. Stuur daarvoor een mail aan de IB'er.",
        "Afmelden voor de uitwisseling kan altijd bij de IB'er.",
        "Wilt u ermee ophouden? Bel of mail de school.",
    ],
)
def test_a_withdrawal_in_words_of_its_own_is_read(line):
    assert _judged(_WITHDRAWAL_FORM, line, "intrekken") == "ok"


@pytest.mark.parametrize(
    "line",
    [
        "Heeft u vragen? Mail de intern begeleider.",
        "Is er iets niet duidelijk? Bel ons gerust op 038-1234567.",
        "Wijzigt uw telefoonnummer? Pas het aan in het ouderportaal.",
        "Na uw handtekening sturen wij het verslag binnen een week door.",
        "Na uw toestemming plannen wij een afspraak met de logopedist.",
        "Uw toestemming ligt vast in ParnasSys.",
        "De afspraken liggen niet vast; de logopedist plant ze in overleg met u.",
        "Is het rooster toch niet goed? Laat het de juf weten.",
        "Intrekken kan alleen schriftelijk aan het begin van het schooljaar.",
        "Vragen? Eén klik in de app.",
        "De datum staat nog niet vast; wij mailen u zodra hij bekend is.",
        "Wie zich bedenkt na de inschrijving, betaalt de volledige bijdrage; mail de administratie.",
        "Het verslag is niet voor altijd: na twee jaar verwijderen wij het.",
    ],
)
def test_questions_changes_and_limits_that_are_no_free_withdrawal_are_not(line):
    assert _judged(_WITHDRAWAL_FORM, line, "intrekken") == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Uw toestemming loopt af op de laatste schooldag van dit jaar.",
        "Na de zomervakantie van 2027 vervalt deze toestemming vanzelf.",
        "De toestemming is geldig voor de duur van de behandeling, die naar verwachting twaalf weken duurt.",
        "Zodra de logopedie stopt, stopt ook deze toestemming.",
        "Deze toestemming is voor één keer: alleen voor het gesprek van 14 maart.",
        "Uw ja geldt voor dit schooljaar; in september vragen wij het opnieuw.",
        "De toestemming eindigt als Sem naar groep 4 gaat.",
        "Geldigheid: t/m 31-07-2027.",
        "Deze toestemming houdt op te bestaan wanneer het traject is afgerond.",
        "De toestemming geldt maximaal één jaar na ondertekening.",
        "Wij gebruiken uw toestemming tot en met de evaluatie in juni 2027.",
        "Looptijd van de toestemming: zes maanden vanaf vandaag.",
        "Na afloop van het onderzoek is uw toestemming niet meer geldig.",
        "Deze toestemming vervalt op 1 augustus 2027, of eerder als Sem van school gaat.",
        "Uw toestemming geldt tot het eind van groep 3.",
        "De toestemming duurt tot de overdracht naar de nieuwe school klaar is.",
        "Elk schooljaar vragen wij uw toestemming opnieuw; deze geldt dus tot de zomer.",
        "De afspraak: we wisselen uit tot de kerstvakantie, daarna niet meer.",
        "Het verslag vernietigen wij na afloop van het schooljaar; de toestemming stopt dan ook.",
        "Wij vragen uw toestemming voor de komende twee rapportperiodes.",
    ],
)
def test_an_end_in_words_of_its_own_is_read(line):
    assert _judged(_TERM_FORM, line, "termijn") == "ok"


@pytest.mark.parametrize(
    "line",
    [
        "De toestemming eindigt als Sem van school gaat.",
        "De toestemming eindigt als u haar intrekt.",
        "Deze toestemming stopt wanneer u niet meer wilt dat wij delen.",
        "Wij vragen dit voor de komende periode.",
        "De toestemming geldt zolang Sem bij ons op school zit.",
        "Deze toestemming geldt tot wederopzegging.",
        "Zodra Sem de school verlaat, vervalt de toestemming.",
    ],
)
def test_an_open_end_or_none_is_no_term(line):
    assert _judged(_TERM_FORM, line, "termijn") == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Met dat verslag kan zij zien welke klanken Sem in de klas al oefent.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Zo hoeft zij de toetsen niet opnieuw af te nemen.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, die daarmee haar oefeningen kiest.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Het doel: één aanpak thuis, op school en in de praktijk.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Waarom? Dan sluiten haar oefeningen aan op de klas.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Zij gebruikt het om haar behandelplan te maken.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, ter voorbereiding op de intake van 12 maart.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Dat helpt haar bij het kiezen van de juiste oefeningen.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Reden: zij start in maart met de behandeling van Sem en wil weten waar hij staat.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Zij kan dan bepalen of Sem in aanmerking komt voor dyslexiezorg.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, met het oog op de aanvraag van een dyslexieonderzoek.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Bedoeling is dat zij en de juf dezelfde leesstrategie gebruiken.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Daarmee bereidt zij het gesprek van 14 maart voor.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Het verslag is nodig voor haar verwijzing naar de kinderarts.",
    ],
)
def test_a_purpose_in_words_of_its_own_is_read(line):
    assert _judged(_PURPOSE_FORM, line, "doel") == "ok"


@pytest.mark.parametrize(
    "line",
    [
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, ter ondersteuning.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Dat is fijn voor iedereen.",
    ],
)
def test_no_purpose_or_an_open_one_is_a_defect(line):
    assert _judged(_PURPOSE_FORM, line, "doel") == "gebrek"


def test_the_freedom_to_say_no_is_no_purpose():
    form = _PURPOSE_FORM.replace(
        "U bent vrij om nee te zeggen; Sem krijgt dan gewoon dezelfde begeleiding.",
        "U bent vrij om nee te zeggen. U heeft ook het recht om uw toestemming in te trekken.",
    )
    line = "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit."
    assert _judged(form, line, "doel") == "gebrek"
