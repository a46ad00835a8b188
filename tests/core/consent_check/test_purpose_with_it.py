"""What the recipient does with the data, said with "daarmee" and no modal verb ("die
daarmee het lezen beoordeelt", "Het loket beoordeelt daarmee of ...") is a concrete
purpose (AVG art. 4 lid 11). In-sample, 23 of 25 forms with it were labelled ok for doel;
the other two used open words, which the checker judges first."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.purpose import judge_doel


@pytest.mark.parametrize(
    "text",
    [
        "De opname van het voorlezen gaat naar de leerkracht, die daarmee het vloeiend lezen "
        "beoordeelt.",
        "Wij sturen het groeidocument naar het loket. Het loket beoordeelt daarmee of uw kind in "
        "de taalklas past.",
        "Wij delen de foto's met de ouders die een school zoeken. Hiermee laten we zien hoe een "
        "dag bij ons eruitziet.",
    ],
)
def test_what_the_recipient_does_with_it_is_a_purpose(text):
    assert judge_doel(Form(text)).oordeel == "ok"


def test_an_open_purpose_with_daarmee_stays_open():
    text = (
        "Wij sturen de toetsuitslagen naar het samenwerkingsverband. Daarmee volgen zij de "
        "ontwikkeling van uw kind, indien nodig."
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"
