"""What the spent sealed12 showed, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

ASK = (
    "De school wil met de jeugdarts overleggen over het verzuim, zodat hij weer naar school gaat.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wilt u de toestemming intrekken, dan kunt u dat zeggen in het evaluatiegesprek.",
        "Intrekken is uitsluitend mogelijk per 1 september, bij aangetekend schrijven.",
    ],
)
def test_withdrawal_at_one_meeting_or_one_date_is_restricted(sentence):
    assert judge_intrekken(Form(ASK + sentence + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze verklaring vormt een integraal onderdeel van de aanmelding.",
        "De inschrijving wordt eerst definitief na ontvangst van de ondertekende verklaring.",
    ],
)
def test_consent_as_part_of_the_enrolment_is_a_condition(sentence):
    assert judge_vrij(Form(ASK + sentence + "\n")).oordeel == "gebrek"


def test_silence_counted_as_a_no_is_no_silent_consent():
    text = ASK + (
        "Ik geef WEL / GEEN toestemming voor het overleg (doorhalen wat niet van toepassing is; "
        "als u niets doorhaalt, ga ik ervan uit dat u géén toestemming geeft).\n"
        "Handtekening: ______________\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"
    yes = ASK + "Als u niets doorhaalt, ga ik ervan uit dat u toestemming geeft.\n"
    assert judge_ondubbelzinnig(Form(yes)).oordeel == "gebrek"


def test_pressing_yes_or_no_in_the_app_is_an_active_reply():
    text = ASK + "Wilt u hieronder op 'Ja' of 'Nee' drukken?\n   [  Ja  ]     [  Nee  ]\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_withdrawing_for_all_or_for_one_is_no_single_consent_for_all():
    text = (
        "[ ] ja [ ] nee  De school mag de toets delen met de logopedist.\n"
        "[ ] ja [ ] nee  De school mag het verslag delen met de fysiotherapeut.\n"
        "U kunt uw toestemming op ieder moment intrekken, voor alle organisaties of voor één "
        "ervan.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"
