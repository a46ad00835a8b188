"""When a no means only that the filming, screening or observing asked for does not happen
("dan wordt uw kind niet gescreend", "filmen wij uw kind niet"), the parent loses nothing
besides the exchange itself: consent is free (AVG art. 7 lid 4, overweging 43). Only when the
choice asks for that recording: when it only passes a result on, the screening lost is a
service, as is help that stops."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form

ASK = (
    "1. Mag de logopedist van praktijk Klankrijk uw kind in de klas observeren, screenen en "
    "daarbij filmen? Zij bespreekt wat zij ziet alleen met de leerkracht.\n\n"
    "[ ] ja   [ ] nee\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Geeft u geen toestemming, dan wordt uw kind niet gescreend.",
        "Zonder ingevuld strookje filmen wij uw kind niet.",
        "Zegt u nee, dan neem ik uw kind niet mee in de observatie.",
    ],
)
def test_the_recording_not_made_is_no_loss(said):
    assert judge_vrij(Form(ASK + said)).oordeel == "ok"


def test_a_screening_lost_when_only_its_result_is_asked_is_a_loss():
    # The choice passes the result on; the screening itself is a service the child loses.
    text = (
        "De jeugdverpleegkundige onderzoekt bij alle kinderen de ogen. Mag de uitslag naar de "
        "school, zodat de juf uw kind een goede plek in de klas geeft?\n\n[ ] ja   [ ] nee\n\n"
        "Geeft u geen toestemming, dan wordt uw kind niet gescreend."
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_help_that_stops_is_still_a_loss():
    said = "Geeft u geen toestemming, dan krijgt uw kind geen logopedie op school."
    assert judge_vrij(Form(ASK + said)).oordeel == "gebrek"


def test_a_choice_line_with_its_no_box_still_asks_for_the_screening():
    # Found rereading the change: every line with "nee" was dropped from what is asked, so
    # "☐ ja, mijn kind mag gescreend worden  ☐ nee" asked nothing.
    text = (
        "De logopedist van praktijk Klankrijk screent in groep 2 hoe kinderen klanken "
        "uitspreken.\n\n☐ ja, mijn kind mag gescreend worden   ☐ nee\n\n"
        "Geeft u geen toestemming, dan wordt uw kind niet gescreend."
    )
    assert judge_vrij(Form(text)).oordeel == "ok"
