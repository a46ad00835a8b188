"""Open words about data that say nothing about what is shared (AVG art. 4 lid 11): where
everything lies ("Alle gegevens staan bij ... in een datacenter"), a list the form denies
("nooit achternamen, adressen of andere gegevens"), and what the parent may ask to see.
Found as false "Er staat niet precies welke gegevens" on spent sealed forms; each in
sentences of our own, with the neighbour that must stay open."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.which_data import judge_gegevens

_ASK = (
    "Beste ouders,\n\n"
    "Wij sturen het verslag van de leestoets van Sam naar Leespraktijk De Uil, zodat de "
    "remedial teacher daar de oefeningen kan kiezen.\n"
    "{line}\n"
    "[ ] Ja, dat mag.\n[ ] Nee.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Alle gegevens staan bij De Uil zelf, in een datacenter in Nederland.",
        "Alles wat we over Sam bijhouden staat in ons eigen leerlingprogramma LesKompas.",
        "Bij De Uil staan alle stukken in het afgeschermde zorgdeel van Magister.",
        "We zetten nooit achternamen, adressen of andere gegevens bij een foto.",
        "U mag altijd vragen wat wij over uw kind hebben genoteerd.",
    ],
)
def test_open_words_that_share_nothing_leave_the_data_named(line):
    judgement = judge_gegevens(Form(_ASK.format(line=line)))
    assert judgement.oordeel == "ok", judgement


@pytest.mark.parametrize(
    "line",
    [
        "Daarnaast sturen wij alle gegevens die De Uil nodig heeft.",
        "Alle gegevens gaan naar De Uil, in een beveiligde omgeving.",
        "Wij bewaren niets op papier; wij sturen De Uil alle gegevens uit het dossier.",
    ],
)
def test_open_words_about_what_goes_stay_open(line):
    judgement = judge_gegevens(Form(_ASK.format(line=line)))
    assert judgement.oordeel == "gebrek", judgement
