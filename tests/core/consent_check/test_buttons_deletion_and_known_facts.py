"""Portal buttons, data thrown away, the parent's own check, and help narrowed by what the
helper must know: four readings that made careful forms fail in-sample (sealed82, sealed96,
sealed100, sealed103, sealed107, sealed108; before this round was written). Rules-only
in-sample 2,370 -> 2,373 of 2,511, 7 judgments fixed, none broken. Each with a neighbour.
"""

import pytest

from dossierwijs.core.consent_check.boxes import ocr_boxes
from dossierwijs.core.consent_check.data_scope import open_data
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.purpose import judge_doel


def _open(text: str) -> list[str | None]:
    return [open_data(s) for s in Form(text).sentences]


@pytest.mark.parametrize(
    ("line", "boxes"),
    [
        ("    [ Ja ]   [ Nee ]          Status: nog niet beantwoord", 2),
        ("   [ Ja, ik geef toestemming ]   [ Nee ]", 2),
        ("A – live meedoen via Teams      [ Ja ]   [ Nee ]", 2),
        # One bracket alone is no pair of buttons, a dialog's buttons are no answer, and a
        # button already ticked is not an empty box.
        ("[ Ja ] alleen", 0),
        ("[ Nee, annuleren ]  [ Ja, doorgaan ]", 0),
        ("[ Ja ✓ ]   [ Nee ]", 0),
    ],
)
def test_a_pair_of_portal_buttons_is_two_boxes(line, boxes):
    assert ocr_boxes(line).count("☐") == boxes


def test_two_questions_with_buttons_each_are_two_choices():
    text = (
        "Vraag 1\nMag de school het OPP aan de ambulant begeleider geven? Dan weet hij welke "
        "afspraken er zijn.\n\n    [ Ja ]   [ Nee ]          Status: nog niet beantwoord\n\n"
        "Vraag 2\nMag de ambulant begeleider na elk bezoek een kort verslag naar de juf sturen? "
        "Dan kan zij de tips gebruiken.\n\n    [ Ja ]   [ Nee ]          Status: nog niet beantwoord\n"
    )
    assert len(Form(text).choices()) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Op 31 augustus 2026 haalt Letterlamp alle gegevens weg.",
        "The account ends on 31 July 2025 and all data is then deleted.",
        "Controleer alle gegevens, vul aan waar nodig en onderteken op de laatste pagina.",
    ],
)
def test_data_thrown_away_or_read_over_by_the_parent_is_not_shared(text):
    assert _open(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Wij halen alle gegevens op bij de vorige school.",
        "We share all data with the school.",
        "Wij controleren alle gegevens en sturen ze naar de GGD.",
    ],
)
def test_open_data_that_is_passed_on_stays_open(text):
    assert _open(text) != [None]


_BOX = "\n\n☐ ja   ☐ nee"


def test_help_narrowed_by_what_the_helper_must_know_is_concrete():
    text = (
        "Die wordt bemand door vrijwilligers van de EHBO-vereniging. Zij kunnen sneller en beter "
        "helpen als ze weten of een kind een allergie of aandoening heeft. Daarom maken we een "
        "EHBO-lijst. De lijst gaat naar de EHBO-post." + _BOX
    )
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize("known", ["wat er speelt", "of er iets nodig is"])
def test_help_narrowed_by_nothing_stays_open(known):
    text = (
        f"Wij geven de lijst aan de EHBO-vereniging. Zij kunnen beter helpen als ze weten "
        f"{known}." + _BOX
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"
