"""Withdrawing and an end said the way a message says them (AVG art. 7 lid 3; art. 5 lid 1
onder e), found on sealed77 after scoring: "En willen jullie er later alsnog vanaf, op welk
moment ook: een berichtje in de app is voldoende", "Jullie kunnen altijd op jullie keuze
terugkomen", "Ze mag het gebruiken tot de zomervakantie"."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_ASK = (
    "Hoi Sanne en Ahmed, mag ik het verslag van de leestoets van Elif naar Letterlicht sturen, "
    "zodat de begeleider weet waar ze staat?\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "En willen jullie er later alsnog vanaf, op welk moment ook: een berichtje hier in de app "
        "aan mij is voldoende.",
        "Jullie kunnen altijd op jullie keuze terugkomen. Een mailtje naar juf@school.nl is genoeg.",
    ],
)
def test_withdrawing_said_as_a_message_says_it(line):
    assert judge_intrekken(Form(_ASK.format(line=line))).oordeel == "ok"


def test_leaving_something_else_is_no_withdrawal():
    line = "Willen jullie er vanaf de zomer een andere begeleider bij?"
    assert judge_intrekken(Form(_ASK.format(line=line))).oordeel == "gebrek"


def test_what_the_recipient_may_do_until_an_end_is_the_duration():
    line = "Ze mag het verslag gebruiken tot de zomervakantie; daarna vraag ik het opnieuw."
    assert judge_termijn(Form(_ASK.format(line=line))).oordeel == "ok"
