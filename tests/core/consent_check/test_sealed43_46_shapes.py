"""What sealed43-46 showed once scored, in sentences of our own: one-defect forms that passed
(a condition on refusing, one signature for named parts, a withdrawal that waits, an open
group with an adjective) and false alarms on valid ones (a switch with its state in words,
a withdrawal in everyday words). Their first-sight figures are recorded before these
changes; the changes are measured on no unseen form yet."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_ontvangers,
    judge_opslag,
)
from dossierwijs.core.consent_check.form import Form

_BOXES = "  [ ] ja   [ ] nee\n"
_SHARE = "Wij delen het verslag van de logopedist met de intern begeleider.\n\n"


@pytest.mark.parametrize(
    "condition",
    [
        "Leerlingen zonder Schrijfmaatje-account volgen in die periode geen schrijfonderwijs.",
        "Wij kunnen alleen een overblijfplek toekennen als beide vakjes zijn aangekruist.",
        "De extra rekenbegeleiding kan alleen blijven doorgaan als deze aanvraag wordt "
        "ingediend. Uw toestemming is daarvoor dus nodig.",
    ],
)
def test_consent_made_a_condition_is_no_free_choice(condition):
    assert judge_vrij(Form(_SHARE + _BOXES + condition + "\n")).oordeel == "gebrek"


def test_children_without_consent_keeping_the_same_is_free():
    text = _SHARE + _BOXES + "Ook kinderen zonder toestemming mogen de stilteplek gebruiken.\n"
    assert judge_vrij(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "signature",
    [
        "Door hieronder te tekenen geeft u toestemming voor de drie contacten hierboven.",
        "Ik, ouder van ____________ (groep 5), geef toestemming voor deelname van\n"
        'mijn kind aan het onderzoek "Rekenen met Pip", onderdelen a, b en c zoals hierboven '
        "beschreven.",
    ],
)
def test_one_consent_for_several_named_parts_bundles_them(signature):
    text = (
        "a. Wij filmen de les.\nb. Wij interviewen uw kind.\nc. Wij sturen de beelden naar de "
        "maker.\n\n" + signature + "\n\nHandtekening: ______________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "limit",
    [
        "Intrekken van de toestemming kan alleen schriftelijk, met opgave van redenen, en niet "
        "zolang het onderzoek loopt.",
        "Intrekken van deze toestemming is mogelijk met ingang van het volgende schooljaar.",
    ],
)
def test_a_withdrawal_that_waits_is_restricted(limit):
    assert judge_intrekken(Form(_SHARE + _BOXES + limit + "\n")).oordeel == "gebrek"


def test_a_withdrawal_without_giving_reasons_is_not_restricted():
    text = _SHARE + _BOXES + "U kunt altijd intrekken, zonder opgave van redenen: mail ons.\n"
    assert judge_intrekken(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "withdrawal",
    [
        "Bedenkt u zich? Dan trekt u een ja in wanneer het u uitkomt: in de ouderapp.",
        "Mocht u zich bedenken, schrijf het dan gewoon hier in het schriftje.",
        "Wilt u later een deelnemer schrappen, laat het de intern begeleider weten.",
    ],
)
def test_a_withdrawal_in_everyday_words(withdrawal):
    assert judge_intrekken(Form(_SHARE + _BOXES + withdrawal + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "group",
    [
        "kunnen wij de gecodeerde gegevens ook delen met andere wetenschappelijke onderzoekers.",
        "[ ] ja  [ ] nee   Jeugdarts en andere zorgprofessionals die bij uw kind betrokken zijn.",
    ],
)
def test_an_open_group_with_an_adjective_or_a_compound_is_open(group):
    assert judge_ontvangers(Form(_SHARE + group + "\n")).oordeel == "gebrek"


def test_a_catch_all_purpose_row_is_open():
    text = _SHARE + "Overige zaken die de begeleiding van uw kind ten goede komen.\n" + _BOXES
    assert judge_doel(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Account Schrijfmaatje                      (   ○)  UIT", "ok"),
        ("Account Schrijfmaatje                      (○   )  AAN", "gebrek"),
    ],
)
def test_a_switch_with_its_state_in_words_is_what_the_words_say(line, expected):
    assert judge_ondubbelzinnig(Form(_SHARE + line + "\n")).oordeel == expected


def test_a_child_kept_out_of_the_picture_loses_nothing():
    text = (
        _SHARE + _BOXES + "Kruist u nee aan, dan zet de student de camera zo neer dat uw kind er "
        "niet op komt.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nog dezelfde dag zet ze de opname op WaalboogVideo, het afgeschermde videoplatform van "
        "de hogeschool.",
        "De onderzoekers zien de gegevens onder een nummer, op de beveiligde onderzoeksopslag van "
        "de universiteit.",
    ],
)
def test_a_named_platform_or_research_storage_is_a_place(sentence):
    assert judge_opslag(Form(_SHARE + sentence + "\n")).oordeel == "ok"


def test_a_file_the_data_stays_out_of_is_no_open_data():
    text = (
        _SHARE
        + _BOXES
        + "My notes are kept in our own client system, not in the school's student file.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"
