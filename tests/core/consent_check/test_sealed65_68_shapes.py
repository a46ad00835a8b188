"""What the spent sealed65-68 showed, in sentences of our own: four false alarms of the rules,
each with the neighbour that must stay a defect."""

import pytest

from dossierwijs.core.consent_check.choice import judge_granulair, judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_ONE_EXCHANGE = (
    "Beste ouders,\n\n"
    "Ik wil het leesverslag van Timo naar Praktijk Klankrijk sturen, zodat de logopedist "
    "dezelfde woorden met hem oefent als wij in de klas.\n"
)


def test_also_with_a_thing_after_the_preposition_adds_no_recipient():
    text = _ONE_EXCHANGE + (
        "Ik vertel de logopedist dan ook kort hoe Timo's eerste weken bij ons gaan.\n"
        "[ ] Ja, dat is goed   [ ] Nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_also_to_a_second_party_under_the_same_box_is_still_a_bundle():
    text = _ONE_EXCHANGE + (
        "Daarnaast sturen wij het verslag ook naar de jeugdarts van de GGD.\n"
        "[ ] Ja, dat is goed   [ ] Nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_keeping_while_the_child_is_at_school_besides_a_consent_date_is_an_end():
    text = _ONE_EXCHANGE + (
        "\nHoe lang?\n"
        "Uw toestemming geldt tot en met 30 juni 2026.\n"
        "Het verslag blijft in ParnasSys zolang Timo bij ons op school zit; twee jaar nadat hij "
        "de school verlaat wordt het verwijderd.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_consent_that_lasts_while_the_child_is_at_school_has_no_end():
    text = _ONE_EXCHANGE + "Uw toestemming geldt zolang Timo bij ons op school zit.\n"
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_a_request_to_mail_back_in_own_words_is_an_active_answer():
    text = _ONE_EXCHANGE + 'Zouden jullie willen terugmailen met bijvoorbeeld "ja, dat mag"?\n'
    judgement = judge_ondubbelzinnig(Form(text))
    assert judgement.oordeel == "ok"
    assert "twijfel" in judgement.uitleg.lower()


@pytest.mark.parametrize(
    "offer",
    [
        "Heeft u vragen, dan kunt u deze mail gewoon beantwoorden.",
        "Wij kunnen al uw vragen over de logopedie beantwoorden.",
    ],
)
def test_an_offer_to_answer_questions_is_no_place_to_consent(offer):
    assert judge_ondubbelzinnig(Form(_ONE_EXCHANGE + offer + "\n")).oordeel == "gebrek"


_ASKED = (
    "Wij vragen uw toestemming om het advies over het gehoor van Lotte op te vragen bij de "
    "audioloog van het Audiologisch Centrum, zodat wij haar zo goed mogelijk laten meedoen"
)


def test_an_aim_spelled_out_by_its_means_is_concrete():
    text = _ASKED + ": bijvoorbeeld door de kring klein te houden.\n[ ] Ja   [ ] Nee\n"
    assert judge_doel(Form(text)).oordeel == "ok"


def test_the_same_aim_without_its_means_stays_open():
    text = _ASKED + ".\n[ ] Ja   [ ] Nee\n"
    assert judge_doel(Form(text)).oordeel == "gebrek"
