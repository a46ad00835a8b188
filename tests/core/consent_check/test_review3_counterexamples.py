"""An outside review of this session's changes wrote sentences that the widened rules let
through as 'ok' while the checker before them found the defect. Each stays a defect here;
the shapes the changes were made for stay ok (their own tests)."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_opslag,
    judge_termijn,
)
from dossierwijs.core.consent_check.form import Form

_SHARE = "Wij sturen het dyslexieverslag van Noor naar de ambulant begeleider van het SWV.\n\n"
_BOXES = "  [ ] ja   [ ] nee\n"


def test_a_contact_line_two_sentences_on_is_no_way_to_withdraw():
    text = (
        _SHARE + _BOXES + "Spijt van uw keuze? Uw keuze geldt voor het hele schooljaar. Bel bij "
        "vragen de school.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "lead",
    [
        "Wij hebben uw keuze van vorig jaar alvast ingevuld. Controleer of dit klopt met wat u "
        "zelf hebt gekozen.",
        "Alleen wat u zelf heeft aangevinkt telt; de school heeft alvast ja ingevuld.",
        "Hieronder ziet u wat u zelf heeft aangevinkt; punt 2 hebben wij vooraf ingevuld.",
    ],
)
def test_a_form_filled_in_beforehand_stays_pre_ticked(lead):
    text = _SHARE + lead + "\n\n  [x] Ja, het verslag mag naar de ambulant begeleider\n  [ ] Nee\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ook kinderen zonder toestemming blijven in de klas, maar zij krijgen geen extra "
        "leesbegeleiding.",
        "U mag nee zeggen. Uw kind krijgt dan gewoon geen extra leesbegeleiding.",
        "U mag nee zeggen, maar dan kan uw kind niet meedoen aan de leesbegeleiding.",
    ],
)
def test_a_loss_after_a_kind_word_is_still_a_condition(sentence):
    assert judge_vrij(Form(_SHARE + _BOXES + sentence + "\n")).oordeel == "gebrek"


def test_as_long_as_the_treatment_is_needed_is_an_open_end():
    text = _SHARE + _BOXES + "Deze toestemming geldt zolang de behandeling nodig is.\n"
    assert judge_termijn(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het verslag gaat in een gesloten envelop mee naar mevrouw Jansen.",
        "Mevrouw Jansen zit in het zorgteam en bespreekt het daar.",
    ],
)
def test_sending_or_sitting_on_a_team_is_no_place_of_storage(sentence):
    assert judge_opslag(Form(_SHARE + _BOXES + sentence + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "De kampleiding wist vorig jaar te weinig en krijgt daarom alle gegevens van uw kind.",
        "In een overleg bespreken wij met u en de jeugdarts wat nodig is.",
    ],
)
def test_open_data_behind_a_lookalike_word_stays_open(sentence):
    assert judge_gegevens(Form(_SHARE + _BOXES + sentence + "\n")).oordeel == "gebrek"


def test_a_title_over_choices_that_name_no_data_stays_open():
    text = (
        "Toestemming: alle gegevens van uw kind delen met school en logopedie\n\n"
        "1. Delen met de intern begeleider van De Linde\n" + _BOXES + "2. Delen met de "
        "logopedist van Praktijk Klank\n" + _BOXES
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "purpose",
    [
        "zodat zij uw kind vanaf de start van het schooljaar beter kan begeleiden.",
        "zodat zij uw kind beter kan helpen functioneren.",
        "zodat zij vanaf de eerste dag weet wat er speelt.",
    ],
)
def test_help_in_general_stays_an_open_purpose(purpose):
    text = "Wij sturen het OPP naar de ambulant begeleider, " + purpose + "\n" + _BOXES
    assert judge_doel(Form(text)).oordeel == "gebrek"
