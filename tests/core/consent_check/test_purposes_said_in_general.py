"""Purposes said so generally that they cover anything (AVG art. 4 lid 11; art. 5 lid 1 onder
b): "voor wetenschappelijke doeleinden", "om een optimale begeleiding te kunnen bieden",
improving an offer or a product, "andere toepassingen", "als het ooit zover komt",
"alles wat zich verder voordoet". And two that name what they are for after all: "wat er
speelt, zodat ...", "beter afstemmen op wat de onderzoeker adviseerde". Found on spent sealed
forms; in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form

_ASK = (
    "Beste ouders,\n\n"
    "Wij willen de toetsresultaten van Lotte delen met Rekenpraktijk Plus. {purpose}\n"
    "[ ] Ja, dat mag.\n[ ] Nee.\n"
)


@pytest.mark.parametrize(
    "purpose",
    [
        "De praktijk gebruikt ze voor wetenschappelijke doeleinden.",
        "Om een optimale begeleiding te kunnen bieden, wisselen wij deze gegevens uit.",
        "De praktijk gebruikt ze om haar aanbod te blijven verbeteren.",
        "Dat is ter verbetering van het rekenonderwijs in de regio.",
        "De gegevens zijn ook voor andere toepassingen die daarbij aansluiten.",
        "Dan heeft de praktijk ze alvast, als het ooit zover komt.",
        "De praktijk overlegt dan met de mentor over alles wat zich verder rond Lotte voordoet.",
        "De gegevens worden ingezet voor productverbetering.",
        "Zo houden we korte lijntjes.",
    ],
)
def test_a_purpose_in_general_words_is_not_concrete(purpose):
    judgement = judge_doel(Form(_ASK.format(purpose=purpose)))
    assert judgement.oordeel == "gebrek", judgement


@pytest.mark.parametrize(
    "purpose",
    [
        "Lotte wil graag dat haar mentor weet wat er speelt, zodat ze niet steeds hoeft uit "
        "te leggen waarom ze een les mist.",
        "Zo kan de remedial teacher haar plan beter afstemmen op wat de praktijk adviseerde.",
    ],
)
def test_a_purpose_that_names_what_for_is_concrete(purpose):
    judgement = judge_doel(Form(_ASK.format(purpose=purpose)))
    assert judgement.oordeel == "ok", judgement
