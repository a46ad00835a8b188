"""A purpose said as what happens with the data, and a sharing verb in the first person.

Four wordings the rules read as "no purpose" or "no data" on forms labelled ok (sealed100,
sealed104, before this round was written): publishing is the use itself ("komen in de
uitslagenlijst in de nieuwsbrief"), what the recipient then knows ("Dan weten wij op de
schoolreis hoe laat ..."), an account for a task ("een schoolaccount waarmee hij opdrachten
maakt") and "geef ik ... door aan" (AVG art. 4 lid 11). Each has a neighbour that must stay
as it was. Rules-only in-sample: 5 judgments fixed, none broken.
"""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.form import Form, shares
from dossierwijs.core.consent_check.purpose import judge_doel

_BOX = "\n\n☐ ja   ☐ nee"


@pytest.mark.parametrize(
    "text",
    [
        "De voornaam, de groep en het aantal rondjes van uw kind komen in de uitslagenlijst in "
        "de nieuwsbrief van 11 april.",
        "De stichting maakt een groepsfoto en zet die op haar website.",
        "Jesse krijgt een schoolaccount waarmee hij opdrachten maakt en inlevert.",
        "Gebruikt uw kind medicijnen? Dan weten wij op de schoolreis hoe laat uw kind een "
        "medicijn moet krijgen en wat uw kind niet mag eten.\n\n"
        "☐ De juf mag deze gegevens op de schoolreis bij zich hebben.",
    ],
)
def test_what_happens_with_the_data_is_its_purpose(text):
    assert judge_doel(Form(text + _BOX)).oordeel == "ok"


@pytest.mark.parametrize(
    "text",
    [
        # Not published: the negation says where the photos do not go.
        "Foto's komen niet op de website. Wij geven de foto's aan de fotograaf.",
        # Who may read, not what the account is for.
        "De begeleiders krijgen een eigen inlog waarmee ze alleen kunnen lezen. Wij geven hun "
        "het rapport.",
    ],
)
def test_neighbours_still_say_no_purpose(text):
    assert judge_doel(Form(text + _BOX)).oordeel == "gebrek"


def test_knowing_what_goes_on_is_still_an_open_purpose():
    text = "Wij sturen de notities naar de mentor. Dan weten ze wat er speelt." + _BOX
    judged = judge_doel(Form(text))
    assert judged.oordeel == "gebrek"
    assert "niet concreet" in judged.uitleg


def test_first_person_passing_on_names_the_data():
    text = (
        "Daarvoor geef ik de voornaam van je kind en jouw 06-nummer door aan de jeugdcommissie, "
        "zodat ze je één uitnodiging kunnen appen."
    )
    assert check_consent_form(text, by_meaning=False).criteria["gegevens"].oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Geef hieronder aan welke keuze u maakt.",
        "Ik geef toestemming aan de school om mij te bellen.",
        "Geef uw kind een bidon mee.",
    ],
)
def test_the_parent_giving_or_indicating_is_no_passing_on(sentence):
    assert not any(shares(s) for s in Form(sentence).sentences)
