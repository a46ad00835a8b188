"""An open-sounding description of data next to concrete data: closed again by a topic, by a
sentence about storage or by a meeting's subject; open additions stay open."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens
from dossierwijs.core.consent_check.form import Form

CONCRETE = "Wij sturen het verslag van de leesbegeleiding naar de logopedist.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij delen alles wat de juf ziet over de fijne motoriek met de ergotherapeut.",
        "Alles wat wij met de logopedist uitwisselen, leggen wij vast in ons dossiersysteem.",
        "Op school staan alle stukken in Kindvolg, ons leerlingsysteem.",
        "Met het buurtteam bespreken wij hoe Tim weer op tijd op school komt en wat daarvoor "
        "nodig is.",
    ],
)
def test_a_closed_open_phrase_leaves_the_data_named(sentence):
    judged = judge_gegevens(Form(CONCRETE + sentence + "\n"))
    assert judged.oordeel == "ok", judged.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij delen onze observaties en wat we verder over haar weten met de juf.",
        "Wij delen alle relevante informatie over de motoriek met de ergotherapeut.",
        "Wij sturen alles wat daarvoor nodig is naar de logopedist.",
        "Wij delen alles wat wij weten over uw kind met de ergotherapeut.",
    ],
)
def test_an_open_phrase_stays_open(sentence):
    judged = judge_gegevens(Form(CONCRETE + sentence + "\n"))
    assert judged.oordeel == "gebrek"
    assert judged.bewijs


def test_support_that_needs_the_whole_file_is_a_condition():
    text = (
        "De coach begint alleen met een compleet dossier aan de begeleiding van uw zoon.\n"
        "Wij sturen het plan naar de coach.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"
