"""Wordings found after scoring sealed105-108, each as a class with a neighbour that must
keep its judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form

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
