"""Withdrawing said without a modal verb (AVG art. 7 lid 3): consent "geldig tot u deze
intrekt", a heading "Terugkomen op een ja" answered "Dat staat u op ieder ogenblik vrij",
and leaving a study "laten weten dat uw kind niet meer meedoet". Found on spent sealed forms;
in sentences of our own, with the neighbours that still say nothing about withdrawing."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_ASK = (
    "Beste ouders,\n\n"
    "Wij sturen het verslag van Fenna naar Praktijk De Brug, zodat de therapeut de les kan "
    "voorbereiden.\n[ ] Ja [ ] Nee\n\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Deze toestemming blijft geldig tot u deze schriftelijk intrekt bij De Brug "
        "(info@debrug.nl).",
        "Terugkomen op een ja\nDat staat u op ieder ogenblik vrij. Mail naar info@debrug.nl.",
        "U kunt op elk moment laten weten dat Fenna niet meer meedoet, via info@debrug.nl.",
    ],
)
def test_withdrawing_said_in_other_words(line):
    judgement = judge_intrekken(Form(_ASK.format(line=line)))
    assert judgement.oordeel == "ok", judgement


@pytest.mark.parametrize(
    "line",
    [
        "Deze toestemming blijft geldig tot het einde van het schooljaar.",
        "Het staat u vrij om ja of nee te kiezen.",
        "Fenna doet niet meer mee aan de leesgroep na de zomer.",
    ],
)
def test_without_a_word_for_withdrawing_it_stays_a_defect(line):
    judgement = judge_intrekken(Form(_ASK.format(line=line)))
    assert judgement.oordeel == "gebrek", judgement
