"""A place that only holds records ("het leerlingdossier", "ParnasSys", "de servers van ...")
says where the data is kept, whatever the sentence calls what is put there ("de kaart", "het
account"); and a system by its name needs no article ("zet ik in Magister"). In-sample, 38
forms labelled ok for opslag were read as silent on it; these are classes among them, in
sentences of our own."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

SHARE = "Wij sturen het verslag van de ergotherapeut naar de mentor. "


@pytest.mark.parametrize(
    "said",
    [
        "Op school bewaren wij de kaart in het leerlingdossier in ParnasSys.",
        "Het verslag en de verklaring zet ik in Magister, onder het tabblad begeleiding.",
        "Het account van uw kind staat op de servers van Leesmaatje B.V. in Nederland.",
        "Wat ik ontvang voeg ik toe aan uw digitale dossier in Suite4Jeugd.",
        "Wat ik uit het overleg noteer, zet ik in Somtoday bij de aantekeningen.",
    ],
)
def test_a_record_system_says_where(said):
    assert judge_opslag(Form(SHARE + said)).oordeel == "ok"


@pytest.mark.parametrize(
    "said",
    [
        "Bewaar deze brief goed.",
        "De mentor bewaart de sleutel van het lokaal.",
        "Zet een kruisje in het vakje van uw keuze.",
    ],
)
def test_keeping_without_a_record_place_says_nothing_of_where(said):
    assert judge_opslag(Form(SHARE + said)).oordeel == "gebrek"
