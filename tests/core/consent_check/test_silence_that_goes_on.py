"""Silence taken as a yes in more shapes (AVG art. 4 lid 11; overweging 32): the slip not
returned ("Ontvangen we dit strookje niet terug, dan nemen we aan ..."), the inaction asked
first ("Geen strookje terug? Dan regelen wij het gewoon"), and going on as planned ("dan
werken we gewoon volgens de afspraken; u hoeft daarvoor dus niets te doen"). Found on spent
sealed forms; in sentences of our own, with the neighbours that ask for an active yes."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form

_ASK = (
    "Beste ouders,\n\n"
    "Wij willen het OPP van Daan sturen naar de zorgcoördinator van het Veldcollege, zodat "
    "die zijn begeleiding in de brugklas kan voorbereiden.\n"
    "Afspraak 1 – OPP naar het Veldcollege: ☐ akkoord ☐ niet akkoord\n\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Ontvangen we dit strookje niet voor 14 maart terug, dan nemen we aan dat de afspraak "
        "zo kan blijven staan.",
        "Geen strookje terug? Dan regelen wij het gewoon voor u.",
        "Hebben we dan niets van u ontvangen, dan werken we gewoon volgens de afspraak "
        "hierboven; u hoeft daarvoor dus niets te doen.",
    ],
)
def test_silence_that_lets_the_exchange_go_on_is_no_active_yes(line):
    judgement = judge_ondubbelzinnig(Form(_ASK.format(line=line)))
    assert judgement.oordeel == "gebrek", judgement


@pytest.mark.parametrize(
    "line",
    [
        "Ontvangen we dit strookje niet voor 14 maart terug, dan nemen we contact met u op.",
        "Geen strookje terug? Dan sturen wij niets door.",
        "Hebben we niets van u ontvangen, dan sturen wij u een herinnering.",
    ],
)
def test_silence_that_stops_or_follows_up_leaves_the_yes_active(line):
    judgement = judge_ondubbelzinnig(Form(_ASK.format(line=line)))
    assert judgement.oordeel == "ok", judgement
