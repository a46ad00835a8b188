"""When a no means only that the filming, screening or observing asked for does not happen
("dan wordt uw kind niet gescreend", "filmen wij uw kind niet"), the parent loses nothing
besides the exchange itself: consent is free (AVG art. 7 lid 4, overweging 43). A test or
an examination that leads to help is another matter: that is a service lost."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form

ASK = (
    "De logopedist van praktijk Klankrijk kijkt in groep 2 hoe kinderen klanken uitspreken. "
    "Zij maakt een geluidsopname die alleen zij beluistert.\n\n[ ] ja   [ ] nee\n\n"
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


def test_help_that_stops_is_still_a_loss():
    said = "Geeft u geen toestemming, dan krijgt uw kind geen logopedie op school."
    assert judge_vrij(Form(ASK + said)).oordeel == "gebrek"
