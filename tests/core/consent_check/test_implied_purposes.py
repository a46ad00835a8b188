"""Short requests that say what the data is for without purpose words, and what still has
no purpose. Written after the twenty-fifth round (sealed89-92), where short messages were
called ongeldig for "no purpose". The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form

# AVG art. 4 lid 11; overweging 32 en 42: the use must be clear, not written as "het doel is".
IMPLIED = {
    "a picture in one named place": (
        "Hoi allemaal! Mag de klassenfoto met voornamen op de groepspagina van de website van "
        "BSO De Vlinder?\n"
    ),
    "a question after a number": (
        "Twee vragen:\n1) Mag de teamfoto zonder namen in het clubblad van HV Polder?\n"
    ),
    "pointing back to the sentence before": (
        "De kok van het kamphuis kookt glutenvrij als wij vooraf doorgeven welk kind dat "
        "nodig heeft. Mogen wij hiervoor de naam en het dieet van Lotte naar de kok mailen?\n"
    ),
    "what the recipient then does with the data": (
        "Mevrouw Pauw van de bibliotheek wil graag de leestoets van Joris zien.\n"
        "Dan kan zij boeken voor hem kiezen die bij zijn niveau passen.\n"
    ),
    "a row per use under 'gebruikt worden voor:'": (
        "Mogen foto's van de uitvoering gebruikt worden voor:\n"
        "de jaarkalender van de muziekschool [ ] ja [ ] nee\n"
        "het prikbord in de hal [ ] ja [ ] nee\n"
    ),
}
NO_PURPOSE = {
    "a picture with no place": "Mag ik een foto van de groep maken?\n",
    "pointing back to an open purpose": (
        "Wij willen uw kind zo goed mogelijk helpen. Mogen wij daarvoor het dossier opvragen?\n"
    ),
    "a consequence after no data": (
        "Meneer Bos komt volgende week langs.\nDan kan hij kennismaken met de groep.\n"
    ),
}


@pytest.mark.parametrize("text", IMPLIED.values(), ids=IMPLIED.keys())
def test_a_short_request_gives_its_purpose_without_purpose_words(text):
    judgement = judge_doel(Form(text))
    assert judgement.oordeel == "ok", judgement.uitleg
    assert judgement.bewijs


@pytest.mark.parametrize("text", NO_PURPOSE.values(), ids=NO_PURPOSE.keys())
def test_a_request_without_a_use_still_lacks_a_purpose(text):
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_what_a_meeting_weighs_is_its_purpose():
    form = Form(
        "Twee keer per jaar bespreken wij met de ambulant begeleider of de hulp uit het plan "
        "werkt en wat er anders moet.\n[ ] De school mag het plan van Ravi met haar bespreken.\n"
    )
    judgement = judge_doel(form)
    assert judgement.oordeel == "ok", judgement.uitleg
    unweighed = Form("Twee keer per jaar bespreken wij met de ambulant begeleider het plan.\n")
    assert judge_doel(unweighed).oordeel == "gebrek"
