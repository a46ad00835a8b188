"""An outside reviewer, who saw only the diff of the session of 3 December, wrote sentences
that the session's widened rules judged wrong. Each is closed; the sentences are theirs."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import (
    judge_gegevens,
    judge_ontvangers,
    judge_opslag,
)
from dossierwijs.core.consent_check.form import Form

_SHARE = (
    "Wij sturen het verslag van de logopedist naar de jeugdarts van GGD Hollands Midden,\n"
    "zodat zij de hulp in de klas kan afstemmen.\n"
)
_BOXES = "[ ] ja   [ ] nee\n"


def test_a_notice_that_asks_nothing_is_no_active_consent():
    text = _SHARE + "Het verslag bewaren wij in ParnasSys tot 31 juli 2026.\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "opt_out",
    [
        "Meedoen is vrijwillig. Wilt u dit liever niet, stuur dan vóór 10 oktober een e-mail "
        "naar ib@deklimop.nl.",
        "Zonder afmelding vóór 10 oktober gaat de bespreking door.",
        "Mocht u dit niet willen, dan horen wij dat graag vóór 10 oktober.",
        "Bent u het hier niet mee eens? Neem dan vóór 10 oktober contact op met de intern "
        "begeleider.",
        "Uw toestemming nemen wij aan zolang u niet anders aangeeft.",
        "Parents who wish to opt out can email the mentor.",
    ],
)
def test_an_opt_out_with_no_place_to_consent_is_no_active_consent(opt_out):
    assert judge_ondubbelzinnig(Form(_SHARE + opt_out + "\n")).oordeel == "gebrek"


def test_a_box_ticked_in_advance_stays_seen_when_its_item_hangs_on_with_a_question():
    text = (
        "( ) ja  ( ) nee   1. Het rapport naar de mentor van het Waldcollege.\n"
        "\n"
        "(x) ja  ( ) nee   2. Het verslag van het onderzoek naar de jeugdarts van GGD\n"
        "                     Hollands Midden (wilt u dit niet? kruis dan nee aan).\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "refusal",
    [
        "Nee zeggen is geen probleem; zonder uw toestemming kan de logopedist de behandeling "
        "alleen niet voortzetten.",
        "Geen toestemming geven is ook prima, al kan uw kind dan niet verder met de "
        "behandeling bij Klankkast.",
    ],
)
def test_no_problem_in_saying_no_with_a_price_after_it_is_no_free_choice(refusal):
    assert judge_vrij(Form(_SHARE + _BOXES + refusal + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zegt u nee bij onderdeel 1, dan krijgt zij geen toetsuitslagen van ons.",
        "Nee zeggen mag altijd, maar laat het de mentor dan even weten zodat hij de "
        "begeleiding niet onnodig inplant.",
    ],
)
def test_what_only_concerns_the_recipient_or_a_practical_request_is_free(sentence):
    assert judge_vrij(Form(_SHARE + _BOXES + sentence + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "topic",
    [
        "Dit formulier gaat over het contact met de jeugdarts en andere hulpverleners die bij "
        "Sem betrokken raken.",
        "Deze brief gaat over de samenwerking met derden, zoals de GGD en de logopedist.",
    ],
)
def test_a_topic_sentence_with_its_own_open_group_is_open(topic):
    text = (
        "☐ ja ☐ nee  A. De mentor van het Waldcollege bijpraten over de lesstof.\n"
        "☐ ja ☐ nee  B. De orthopedagoog van Kindcentrum Eiland vragen naar haar advies.\n"
        "\nWij delen het verslag met hen. " + topic + "\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "storage",
    [
        "The results go into the file for the meeting in October.",
        "The results go into a file, which we discuss with you in June.",
    ],
)
def test_going_into_an_unnamed_file_is_no_place(storage):
    assert judge_opslag(Form(_SHARE + _BOXES + storage + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    ("withdrawal", "oordeel"),
    [
        (
            "U kunt altijd intrekken met een mail aan de IB'er. De intrekking gaat in op de "
            "eerstvolgende werkdag.",
            "ok",
        ),
        (
            "U kunt altijd intrekken met een mail aan de IB'er. Trekt u uw toestemming in, dan "
            "wisselen wij pas na overleg met u weer gegevens uit.",
            "ok",
        ),
        (
            "U kunt intrekken met een mail aan de mentor, maar pas nadat de zorgcoördinator met "
            "u heeft gesproken.",
            "gebrek",
        ),
        (
            "Intrekken is pas mogelijk na afstemming met de jeugdarts; mail daarvoor de IB'er.",
            "gebrek",
        ),
        (
            "U kunt intrekken met een mail aan de IB'er, mits de intern begeleider daarmee "
            "instemt.",
            "gebrek",
        ),
    ],
)
def test_a_withdrawal_is_restricted_only_by_a_talk_or_consent_it_waits_for(withdrawal, oordeel):
    assert judge_intrekken(Form(_SHARE + _BOXES + withdrawal + "\n")).oordeel == oordeel


@pytest.mark.parametrize(
    ("data", "oordeel"),
    [
        (
            "Wat: de benodigde toetsgegevens, namelijk de uitslagen van de toetsen Woordenschat "
            "en Technisch lezen.",
            "ok",
        ),
        (
            "Wij sturen alleen de benodigde contactgegevens: de naam van uw kind, uw e-mailadres "
            "en uw telefoonnummer.",
            "ok",
        ),
        ("Wij sturen de relevante onderwijs- en ondersteuningsgegevens.", "gebrek"),
        ("Wij sturen alle belangrijke leerlinggegevens.", "gebrek"),
        ("Wij sturen alle relevante gegevens, zoals de toetsen.", "gebrek"),
    ],
)
def test_open_words_for_data_are_closed_only_by_the_list_after_them(data, oordeel):
    text = "Aan de logopedist van Praktijk Klankkast, zodat zij de behandeling kan afstemmen.\n"
    assert judge_gegevens(Form(text + data + "\n" + _BOXES)).oordeel == oordeel
