"""What the spent sealed13 showed, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

ASK = "De opvang wil met de jeugdverpleegkundige overleggen, zodat Noor de juiste hulp krijgt.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "U beslist zelf. Maar zonder dit overleg kunnen wij Noor helaas niet aanmelden voor de "
        "extra dagdelen.",
        "Aanvragen waarbij deel C niet is ondertekend, worden niet in behandeling genomen.",
    ],
)
def test_without_the_exchange_the_child_loses_a_place_or_the_request(sentence):
    assert judge_vrij(Form(ASK + sentence + "\n")).oordeel == "gebrek"


def test_without_the_exchange_and_nothing_changes_is_free():
    text = ASK + "U beslist zelf. Zonder dit overleg blijft Noor gewoon op de groep.\n"
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_rather_not_after_all_is_a_change_of_mind():
    text = ASK + "Willen jullie het toch liever niet? Stuur dan een berichtje in de app.\n"
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_the_child_and_a_thing_named_with_an_acronym_are_no_parties():
    text = (
        "Omdat Noor bij ons de extra VVE-uren had, sturen wij het overdrachtsformulier naar "
        "Basisschool De Linde.\n"
        "Wij sturen de uitslagen van de LVS-toetsen en Noor haar tekeningen naar De Linde.\n"
        "Daarin staat hoe Noor speelt en praat, en wat Noor helpt.\n"
        "☐ Ja, het formulier mag naar De Linde.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_bulleted_exchanges_with_different_parties_and_no_choice():
    text = (
        "Wij zijn wettelijk verplicht het verzuim te melden. Wij vragen daarvoor geen toestemming.\n"
        "  - Via het loket melden wij het verzuim aan de leerplichtambtenaar.\n"
        "  - Wij informeren de jeugdarts over het verzuim.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"
    one_party = (
        "Met uw toestemming:\n"
        "  - stuur ik de mentor elke maand een kort verslag;\n"
        "  - bel ik de mentor als er iets bijzonders is.\n"
        "Handtekening: __________\n"
    )
    assert judge_granulair(Form(one_party)).oordeel == "ok"
