"""What the spent sealed69-72 showed, in sentences of our own: where the data is kept, said
as a copy to a named place, a file of the child or an organisation that keeps it; and a
required dropdown ("Uw keuze *"). Each with the neighbour that must stay a defect."""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

_TALK = (
    "Beste ouders,\n\n"
    "Juf Anouk wil de opname van de les van Lotte bespreken met de coach van het "
    "samenwerkingsverband, zodat zij samen kunnen kijken hoe Lotte beter meedoet.\n"
)


@pytest.mark.parametrize(
    "kept",
    [
        "Na de les kopieert juf Anouk de opname naar de beveiligde schijf van ons schoolbestuur.",
        "De coach maakt een korte notitie in Lotte's leerlingdossier bij het Baken College.",
        "Het Baken College bewaart de notitie tot het einde van het schooljaar.",
        "Leerwerk slaat de opname op servers in Nederland op.",
    ],
)
def test_a_place_or_an_organisation_that_keeps_it_is_where(kept):
    assert judge_opslag(Form(_TALK + kept + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "kept",
    [
        "Wij bewaren de notitie tot het einde van het schooljaar.",
        "Juf Anouk bewaart de notitie tot het einde van het schooljaar.",
        "De opname gaat naar de coach en wordt daarna bewaard.",
    ],
)
def test_keeping_without_a_place_or_organisation_says_not_where(kept):
    judgement = judge_opslag(Form(_TALK + kept + "\n"))
    assert judgement.oordeel == "gebrek"


def test_a_required_dropdown_named_as_the_choice_is_an_empty_choice():
    text = (
        _TALK + "Mag Juf Anouk de opname delen met de coach?\nUw keuze *   [ Maak een keuze   ▾ ]\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"
