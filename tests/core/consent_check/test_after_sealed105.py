"""Wordings found after scoring sealed105-108, each as a class with a neighbour that must
keep its judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.which_data import judge_gegevens

STUDY = (
    "Wij doen mee aan een onderzoek naar hoe kinderen plannen. Uw kind vult daarvoor een "
    "vragenlijst in. De antwoorden sturen wij naar Hogeschool Leidenvoort, lectoraat Leren.\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "De gegevens worden niet gedeeld met de school, met de makers van andere apps of met "
        "andere organisaties.",
        "Wij geven geen antwoorden door aan de leerkracht, de ouders of andere organisaties.",
    ],
)
def test_an_open_group_at_the_end_of_a_list_of_who_gets_nothing_is_no_recipient(said):
    assert judge_ontvangers(Form(STUDY + said)).oordeel == "ok"


def test_an_open_group_after_a_turn_still_counts():
    said = "Wij delen niets met de school, maar wel met andere organisaties."
    assert judge_ontvangers(Form(STUDY + said)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "said",
    [
        "Een kind doet alleen mee aan het onderzoek als wij een ondertekend strookje hebben.",
        "Alleen met uw handtekening doet uw kind mee aan de vragenlijst.",
        "Ook als u geen toestemming geeft, mist uw kind geen zorg of les.",
    ],
)
def test_taking_part_in_a_study_only_with_consent_is_an_opt_in(said):
    assert judge_vrij(Form(STUDY + said + "\n\n[ ] ja   [ ] nee")).oordeel == "ok"


def test_an_outing_only_with_consent_is_still_a_condition():
    text = (
        "Wij geven de medische gegevens van uw kind aan de kampleiding van Kamp Wildhoeve.\n\n"
        "Uw kind doet alleen mee aan het kamp als wij een ondertekend strookje hebben.\n\n"
        "[ ] ja   [ ] nee"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "text",
    [
        "Het museum wil vooraf weten wie er komt. Wij geven daarom de naam en de groep van uw "
        "kind door aan Museum De Waag.",
        "Jesse, student pabo, wil uw kind tien minuten interviewen voor haar afstudeeronderzoek.",
        "Zijn er luizen? Dan belt de juf u dezelfde dag. Zo kunt u thuis meteen beginnen met "
        "kammen. Het lijstje gaat alleen naar de juf.",
    ],
)
def test_a_reason_said_around_the_exchange_is_a_purpose(text):
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_consent_for_tomorrow_only_has_an_end():
    text = "Mogen wij Mila morgen een tablet tegen wagenziekte geven? Geldt alleen voor morgen."
    assert judge_termijn(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "text",
    [
        "Wat schrijven de luizenouders op?\n- de naam van uw kind\n- de groep\n",
        "De student interviewt uw kind. Ze schrijft alleen zijn antwoorden en leeftijd op.",
    ],
)
def test_what_is_written_down_names_the_data(text):
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_blank_before_each_choice_on_its_own_line_is_a_box():
    text = (
        "Mag de luizenouder het haar van uw kind nakijken? De juf krijgt het lijstje.\n\n"
        " _ ja, mijn kind mag gecontroleerd worden\n _ nee, liever niet\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_all_data_thrown_away_is_no_open_description_of_what_is_shared():
    text = (
        "De student schrijft de leeftijd en het aantal baantjes op en stuurt dat naar zijn "
        "docent. Uiterlijk 1 april gooit hij alle gegevens weg."
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_all_data_passed_on_is_still_open():
    text = "De student schrijft de leeftijd op en stuurt alle gegevens naar zijn docent."
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_servers_are_a_place():
    text = (
        "Wij sturen de vragenlijst naar het Kennisinstituut Jeugd en Leren. Alle gegevens worden "
        "opgeslagen op de beveiligde servers van het instituut."
    )
    assert judge_opslag(Form(text)).oordeel == "ok"
