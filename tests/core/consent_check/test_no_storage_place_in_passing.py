"""Words that look like keeping but name no place for the data (AVG art. 13): the child placed
("het plaatsen van uw kind op een VVE-plek"), a balance kept ("het evenwicht te houden op de
balk"), a meeting on a day ("Het gesprek staat op woensdag"). Found as false "zegt waar de
gegevens worden bewaard" on spent sealed forms; with the neighbours that do name a place."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

_ASK = (
    "Beste ouders,\n\n"
    "De kinderfysiotherapeut wil haar verslag over Noor delen met de leerkracht, zodat die de "
    "gymles kan aanpassen.\n{line}\n[ ] Ja [ ] Nee\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Daarom is deze toestemming nodig voor het plaatsen van uw kind op een VVE-plek.",
        "Bij de gymles zie ik dat Noor het lastig vindt om het evenwicht te houden op de balk.",
        "Het gesprek met de leerkracht staat op woensdag 10 februari.",
    ],
)
def test_words_in_passing_name_no_place(line):
    assert judge_opslag(Form(_ASK.format(line=line))).oordeel == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Wij zetten het verslag in het leerlingdossier van Noor.",
        "Het verslag staat daarna in ParnasSys.",
        "De leerkracht houdt de afspraken bij in het groepsplan in ParnasSys.",
    ],
)
def test_a_named_place_still_counts(line):
    assert judge_opslag(Form(_ASK.format(line=line))).oordeel == "ok"
