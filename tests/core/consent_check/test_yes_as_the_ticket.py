"""A yes as the ticket to help, a place or a clean record is no free choice (AVG art. 7 lid 4;
overweging 42 en 43). Found on spent sealed forms, where the checker said "noemt geen
nadeel": the service waits for a yes to named parts, the places go to those who said yes,
a "Zo niet, dan vervalt ..." after the yes, refusing weighed or reported, and a required
web-form question whose only option is a yes. Each shape in sentences of our own, with the
neighbour that must stay free."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import GEBREK, OK, Form

_ASK = (
    "Beste ouders,\n\n"
    "Onze remedial teacher wil de toetsuitslagen van Mila delen met Leescentrum Het Boek, "
    "zodat het centrum de oefeningen op haar niveau kan afstemmen.\n"
    "a. [ ] Ja, de uitslagen mogen naar Leescentrum Het Boek.\n"
    "b. [ ] Ja, het centrum mag ons terugkoppelen hoe het gaat.\n"
    "c. [ ] Ja, het centrum mag een korte video van een les maken.\n"
)


@pytest.mark.parametrize(
    "condition",
    [
        "De eerste les plannen wij in zodra u bij a en b 'ja' heeft aangekruist.",
        'Wij bevestigen de startdatum zodra wij dit formulier met een "ja" bij (a) en (b) '
        "hebben ontvangen.",
        "De plekken gaan eerst naar kinderen van wie wij een 'ja' bij punt a hebben; de "
        "anderen komen op de reservelijst.",
        "Omdat de groep klein is, gaan de plekken naar kinderen van wie wij bij alle drie de "
        "onderdelen een ja hebben.",
        "De lessen zetten wij in het rooster zodra vraag a met ja terug is. Is dat niet zo, "
        "dan vervalt het halfuur bij de remedial teacher.",
        "Het weigeren van medewerking wordt door de leerplichtambtenaar meegewogen bij de "
        "beoordeling van het verzuim.",
        "Ik moet in mijn rapportage aan de kinderrechter vermelden als jullie niet meewerken.",
    ],
)
def test_a_yes_as_the_ticket_is_no_free_choice(condition):
    judgement = judge_vrij(Form(_ASK + "\n" + condition + "\n"))
    assert judgement.oordeel == GEBREK, judgement
    assert judgement.bewijs


@pytest.mark.parametrize(
    "neighbour",
    [
        # the order of events, not a condition: what the yes is for
        "Zodra u bij a 'ja' heeft aangekruist, sturen wij de uitslagen naar het centrum.",
        # refusing named only to deny a loss
        "Het weigeren van toestemming heeft geen gevolgen voor de lessen van Mila.",
        "Is dat niet zo, dan krijgt Mila gewoon dezelfde lessen.",
        # "Zo niet" after a sentence that is not about the consent
        "Komt u op de ouderavond? Zo niet, dan sturen wij het verslag na.",
    ],
)
def test_its_neighbours_stay_free(neighbour):
    judgement = judge_vrij(Form(_ASK + "\n" + neighbour + "\n"))
    assert judgement.oordeel == OK, judgement


_WEB_FORM = (
    "Aanmelding BSO De Vlinder\n"
    "Alle vragen met een * moeten zijn beantwoord voordat u het formulier kunt verzenden.\n\n"
    "4. Foto's in de ouderapp *\n"
    "Wij zetten foto's van activiteiten in de besloten groep van uw kind in de app.\n"
    "◯ Ja, dat mag\n◯ Nee, liever niet\n\n"
    "5. Ouderonderzoek *\n"
    "Wij geven uw naam en e-mailadres door aan bureau Peilwerk, dat u in maart een "
    "vragenlijst stuurt.\n"
    "{options}\n\n"
    "6. Opmerkingen\nVoer uw antwoord in\n"
)


def test_a_required_question_whose_only_option_is_a_yes_is_no_free_choice():
    options = "◯ Ik geef toestemming om mijn naam en e-mailadres door te geven aan Peilwerk"
    judgement = judge_vrij(Form(_WEB_FORM.format(options=options)))
    assert judgement.oordeel == GEBREK, judgement
    assert any("Peilwerk" in quote for quote in judgement.bewijs)


def test_a_required_question_with_a_no_leaves_the_choice():
    options = "◯ Ja, dat mag\n◯ Nee, liever niet"
    judgement = judge_vrij(Form(_WEB_FORM.format(options=options)))
    assert judgement.oordeel == OK, judgement
