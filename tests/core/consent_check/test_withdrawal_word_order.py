"""A change of mind said with the verb first ("Wilt u het later anders, dan ...", "Komt u
later op uw beslissing terug, mail dan ...") or with stopping as the subject ("Stoppen mag
altijd") is a way to withdraw when a channel follows (AVG art. 7 lid 3). Before, 57 forms
labelled ok in-sample were read as saying nothing about withdrawing; these are the classes
among them, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

SHARE = "Wij sturen het verslag van de logopedist naar de groepsleerkracht. "


@pytest.mark.parametrize(
    "said",
    [
        "Stoppen mag altijd, zeg het tegen meester Ruud.",
        "Later toch stoppen kan altijd: een mail aan ib@deklimop.nl is genoeg.",
        "Jullie mogen je altijd nog bedenken, ook na de eerste les. App de juf.",
        "Wilt u het later anders, dan kunt u dat altijd aan de mentor doorgeven.",
        "U kunt altijd, ook halverwege, besluiten te stoppen. Mail ib@deklimop.nl.",
        "Komt u later op uw besluit terug, stuur me dan een mail (ib@deklimop.nl).",
        "Wilt u later toch niet dat wij iets doorgeven, dan kunt u dat altijd zeggen of mailen.",
        "Wilt u dat het contact stopt, dan kunt u dat op elk moment per mail laten weten.",
        "Elk onderdeel kunt u later alsnog weigeren: stuur een e-mail aan ib@deklimop.nl.",
        "U kunt op elk moment op een ja terugkomen: bel 0511 - 23 45 67.",
        "Besluiten jullie later toch anders, dan is een mailtje aan mij genoeg.",
        "Als jullie later liever hebben dat ik niet meer met haar bel, app me dan.",
    ],
)
def test_a_change_of_mind_with_its_verb_first_and_a_channel_is_a_withdrawal(said):
    assert judge_intrekken(Form(SHARE + said)).oordeel == "ok"


def test_saying_no_beforehand_is_no_withdrawal():
    # An objection before the list goes out, not a way to take a yes back later.
    text = SHARE + "Wil je niet dat ik je nummer doorgeef? Stuur me dan vóór vrijdag een bericht."
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


def test_a_change_only_at_the_evaluation_is_a_limit():
    text = SHARE + (
        "Wilt u later op een keuze terugkomen? Dat kan bij de evaluatie aan het eind van het "
        "schooljaar. Tussentijds wijzigen is helaas niet mogelijk."
    )
    judgement = judge_intrekken(Form(text))
    assert judgement.oordeel == "gebrek"
    assert judgement.uitleg.startswith("Het formulier beperkt")


def test_a_channel_is_still_needed():
    assert judge_intrekken(Form(SHARE + "Stoppen mag altijd.")).uitleg.startswith(
        "Het formulier zegt dat u kunt intrekken, maar niet hoe"
    )
