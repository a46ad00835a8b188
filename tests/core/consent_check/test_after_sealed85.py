"""Wordings found after scoring sealed85-88, each with a neighbour that must keep its
judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.data_scope import open_data
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.scope import takes_silence_as_consent
from dossierwijs.core.consent_check.withdrawal import judge_intrekken


@pytest.mark.parametrize(
    "clause",
    [
        # a change of mind asked to "jullie", with "het", and answered next (AVG art. 7 lid 3)
        "Willen jullie het later anders? App of bel mij, dan zet ik de toegang meteen uit.",
        "Wilt u het toch anders? Mail de mentor; hij past het dezelfde dag aan.",
        # the doubt said in order, with what then happens: the exchange stops, nothing is lost
        "Zeggen jullie eerst ja en gaan jullie later twijfelen? Laat het de juf weten. Dan gaat "
        "het niet door of stoppen we ermee.",
    ],
)
def test_a_change_of_mind_in_these_words_is_a_withdrawal_clause(clause):
    judgement = judge_intrekken(Form(clause + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg
    assert judgement.bewijs


def test_withdrawing_that_ends_the_childs_help_is_still_a_limit():
    form = Form(
        "Trekken jullie je toestemming later in, laat het mij weten. Dan moet ik de "
        "begeleiding stoppen.\n"
    )
    judgement = judge_intrekken(form)
    assert judgement.oordeel == "gebrek"
    assert "beperkt" in judgement.uitleg


def test_who_is_entitled_to_a_place_is_no_group_of_recipients():
    form = Form(
        "Wij sturen het intakeverslag naar de studieloopbaanbegeleider van de opleiding.\n"
        "Het is geen toelatingsexamen: iedereen die zich op tijd aanmeldt, heeft recht op een "
        "plek.\n"
    )
    assert judge_ontvangers(form).oordeel == "ok"


def test_everyone_who_works_with_the_child_is_still_an_open_group():
    form = Form("Wij delen het verslag met iedereen die met uw kind werkt.\n")
    assert judge_ontvangers(form).oordeel == "gebrek"


def _sentence(text: str):
    return Form(text + "\n").body[0]


def test_open_words_spelled_out_after_a_short_purpose_are_a_closed_list():
    said = "Wij geven de vervoerder de gegevens die nodig zijn om te rijden: naam, adres en school."
    assert open_data(_sentence(said)) is None


def test_open_words_with_only_a_purpose_stay_open():
    said = "Wij geven de vervoerder de gegevens die nodig zijn om te rijden."
    assert open_data(_sentence(said)) is not None


def _key(text: str) -> str:
    return Form(text + "\n").sentences[0].key


def test_what_happens_even_if_the_parent_does_nothing_is_no_silent_yes():
    said = (
        "Ook als u niets invult of deze brief niet terugstuurt, wordt Mila iedere ochtend "
        "gewoon door de taxi opgehaald."
    )
    assert not takes_silence_as_consent(_key(said))


@pytest.mark.parametrize(
    "said",
    [
        # the data goes all the same: silence still stands for the parent's answer
        "Ook als u niet reageert, sturen wij het verslag naar de jeugdarts.",
        # no concession: the child is signed up unless the parent answers
        "Als u deze brief niet terugstuurt, wordt Mila gewoon aangemeld bij de logopedist.",
    ],
)
def test_silence_that_still_moves_the_child_or_the_data_is_a_silent_yes(said):
    assert takes_silence_as_consent(_key(said))
