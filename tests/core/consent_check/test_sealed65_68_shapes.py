"""What the spent sealed65-68 showed, in sentences of our own: four false alarms of the rules,
each with the neighbour that must stay a defect."""

import pytest

from dossierwijs.core.consent_check.choice import judge_granulair, judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

from .granular_reading import reading

_ONE_EXCHANGE = (
    "Beste ouders,\n\n"
    "Ik wil het leesverslag van Timo naar Praktijk Klankrijk sturen, zodat de logopedist "
    "dezelfde woorden met hem oefent als wij in de klas.\n"
)


def test_also_with_a_thing_after_the_preposition_adds_no_recipient():
    text = _ONE_EXCHANGE + (
        "Ik vertel de logopedist dan ook kort hoe Timo's eerste weken bij ons op school gaan.\n"
        "[ ] Ja, dat is goed   [ ] Nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "second",
    [
        "Daarnaast sturen wij het verslag ook naar de jeugdarts van de GGD.",
        "Wij sturen het verslag ook naar andere scholen in de regio.",
        "Wij bespreken het ook met de wijkverpleegkundige.",
        "Wij bespreken het ook met het bestuur van de stichting.",
        "Wij bespreken het ook met het zorgteam.",
        "Wij sturen de foto ook naar de schoolfotograaf.",
    ],
)
def test_also_to_a_second_party_under_the_same_box_is_still_a_sign_of_a_bundle(second):
    # Shown as a doubt, not counted: at first sight over sealed105-148 a party added with
    # "ook" or "daarnaast" was wrong 10 times in 12 (several_exchanges.may_cover_several_things).
    text = _ONE_EXCHANGE + second + "\n[ ] Ja, dat is goed   [ ] Nee\n"
    assert reading(judge_granulair(Form(text))) == "twijfel"


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


@pytest.mark.parametrize(
    "kept",
    [
        "Daarna bewaren wij het verslag voor onbepaalde tijd.",
        "Wij bewaren het verslag en delen het met de logopedist zolang Timo bij ons op school zit.",
    ],
)
def test_keeping_for_ever_or_sharing_on_is_open_even_next_to_a_date(kept):
    text = _ONE_EXCHANGE + "\nHoe lang?\nUw toestemming geldt tot en met 30 juni 2026.\n" + kept
    assert judge_termijn(Form(text + "\n")).oordeel == "gebrek"


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
        "Wij kunnen u binnen een week antwoorden met een voorstel.",
        "Als u bezwaar heeft, kunt u tot 1 maart reageren via de mail.",
        "Wilt u deze mail alleen beantwoorden als u het er niet mee eens bent?",
        "Wilt u meer weten, dan kunt u deze mail beantwoorden.",
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


@pytest.mark.parametrize(
    "means",
    [
        ".",
        ", door de gegevens met elkaar te delen.",
        ": door een goede samenwerking.",
        ", bijvoorbeeld door een passend aanbod te zoeken.",
    ],
)
def test_the_same_aim_without_concrete_means_stays_open(means):
    text = _ASKED + means + "\n[ ] Ja   [ ] Nee\n"
    assert judge_doel(Form(text)).oordeel == "gebrek"
