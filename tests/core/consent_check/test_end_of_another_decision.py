"""The end of another decision is not how long the consent lasts (AVG art. 5 lid 1 onder e):
"De TLV van uw kind loopt af op 31 juli", "De toelaatbaarheidsverklaring loopt aan het einde
van dit schooljaar af", "Aanmelden: van 2 tot en met 13 maart". Found as false "zegt tot
wanneer de toestemming geldt" on spent sealed forms; with the neighbour whose consent ends."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_ASK = (
    "Beste ouders,\n\n"
    "Voor de aanvraag van een nieuwe TLV sturen wij het OPP van Zoë naar "
    "Samenwerkingsverband Oost, zodat de commissie kan beslissen.\n{line}\n[ ] Ja [ ] Nee\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "De huidige TLV van Zoë loopt af op 31 juli 2026.",
        "De toelaatbaarheidsverklaring van Zoë loopt aan het einde van dit schooljaar af.",
        "Huidige indicatie: cluster 2, geldig tot en met 31 januari 2026.",
        "- Aanmelden: van maandag 2 tot en met vrijdag 13 maart 2026.",
    ],
)
def test_the_end_of_another_decision_is_no_end_of_the_consent(line):
    assert judge_termijn(Form(_ASK.format(line=line))).oordeel == "gebrek"


def test_the_consent_that_ends_with_the_decision_still_has_an_end():
    line = (
        "Uw toestemming geldt tot de commissie over de TLV heeft beslist, uiterlijk 31 juli 2026."
    )
    assert judge_termijn(Form(_ASK.format(line=line))).oordeel == "ok"
