"""A change of mind asked in two or three words and answered next ("Toch iets anders? Dat mag
altijd."), and stopping at any time said after the subject ("U of uw kind kan op elk moment
stoppen"), are withdrawal clauses (AVG art. 7 lid 3). Found after scoring sealed82-84; the
sentences here are our own."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.withdrawal import judge_intrekken


@pytest.mark.parametrize(
    "clause",
    [
        "Toch iets anders?\nDat mag altijd. Pas uw keuze aan in de ouderapp of zeg het tegen de juf.",
        "Later toch anders? Zet het schuifje uit wanneer u wilt, hier in de app.",
        "Wilt u later iets anders? Dat kan op elk moment: mail de mentor, dan stoppen wij ermee.",
        "Stoppen mag altijd\nU of uw dochter kan op elk moment stoppen. Bel of mail ons.",
        "Uw zoon mag wanneer hij wil stoppen; laat het de begeleider weten.",
        "Ook later kunt u op ieder moment stoppen met I of II; een berichtje aan ons is genoeg.",
    ],
)
def test_a_short_change_of_mind_with_a_way_to_say_it_is_a_withdrawal_clause(clause):
    judgement = judge_intrekken(Form(clause + "\n"))
    assert judgement.oordeel == "ok", clause
    assert judgement.bewijs


@pytest.mark.parametrize(
    "clause",
    [
        "Is het anders? Bel dan de school.",
        "Heeft u vragen? Bel dan de school.",
        "Nog iets anders? Bel ons gerust.",
        "De training stopt in juni.",
        "Uw kind kan altijd stoppen met zwemmen, maar de foto's blijven op de website staan.",
    ],
)
def test_a_question_that_changes_nothing_is_no_withdrawal_clause(clause):
    assert judge_intrekken(Form(clause + "\n")).oordeel == "gebrek", clause
