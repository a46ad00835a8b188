"""What the spent sealed73-76 showed, in sentences of our own: how long consent for every
part lasts, or what refusing it costs, is no single choice for all parts (that is termijn,
or vrij); withdrawal asked as a question about stopping or said as "tot u laat weten dat het
niet meer hoeft". Each with the neighbour that must stay a defect."""

import pytest

from dossierwijs.core.consent_check.choice import judge_granulair
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_TWO_PARTS = (
    "Beste ouders,\n\n"
    "Wij vragen uw toestemming voor twee dingen.\n"
    "A. Het OPP van Joris gaat naar het samenwerkingsverband Passend Wijs, voor de aanvraag "
    "van een arrangement.\n[ ] ja  [ ] nee\n"
    "B. De intern begeleider bespreekt Joris met de jeugdarts van GGD Oost, over zijn "
    "vermoeidheid in de klas.\n[ ] ja  [ ] nee\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Uw toestemming voor beide punten geldt tot 1 oktober 2027.",
        "De toestemming voor alle drie de onderdelen loopt af op 31 december 2027.",
        "Zonder toestemming voor onderdeel A en B kunnen wij het arrangement niet aanvragen.",
    ],
)
def test_how_long_every_part_lasts_or_what_refusing_costs_is_no_bundle(line):
    assert judge_granulair(Form(_TWO_PARTS + line + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "line",
    [
        "Met uw handtekening geeft u toestemming voor beide punten.",
        "Ik geef toestemming voor onderdeel A en B.",
    ],
)
def test_one_consent_for_every_part_stays_a_bundle(line):
    assert judge_granulair(Form(_TWO_PARTS + line + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Uw toestemming blijft geldig tot u laat weten dat het niet meer hoeft. Dat kan altijd: "
        "een mail of een telefoontje aan de intern begeleider is genoeg.",
        "Willen jullie eerder stoppen? Een mail of telefoontje naar mij is voldoende; daarna heb ik "
        "geen contact meer met de GGD.",
        "Wilt u op een later moment niet meer dat wij met de GGD overleggen? Bel of mail de "
        "intern begeleider (ib@school.example).",
    ],
)
def test_stopping_later_asked_or_said_in_passing_is_withdrawal(line):
    assert judge_intrekken(Form(_TWO_PARTS + line + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "line",
    [
        "Wilt u niet meer dat wij u bellen? Dan sturen wij voortaan een brief.",
        "Heeft u vragen, bel dan de intern begeleider.",
    ],
)
def test_stopping_something_else_is_no_withdrawal(line):
    assert judge_intrekken(Form(_TWO_PARTS + line + "\n")).oordeel == "gebrek"
