"""What the spent sealed8 showed, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

ASK = "De mentor wil met Jeugdteam Oost overleggen, zodat thuis en school hetzelfde doen.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bedenk je je later, wanneer dan ook: even een appje, dan stoppen we meteen.",
        "Mocht u zich bedenken, bel of mail mij dan.",
        "En als je halverwege denkt 'liever toch niet', dan stuur je me een appje.",
    ],
)
def test_changing_ones_mind_in_everyday_words(sentence):
    assert judge_intrekken(Form(ASK + sentence + "\n")).oordeel == "ok"


def test_nothing_more_is_no_second_exchange():
    text = ASK + "Verder niks: niets over thuis en niets van wat jij ons vertelt.\n"
    assert judge_doel(Form(text)).oordeel == "ok"


def test_the_answer_named_before_the_verb_is_an_asked_reply():
    text = ASK + 'Wilt u met "ja" of "nee" op deze mail antwoorden?\n'
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_where_we_write_it_down_is_a_storage_question():
    text = ASK + "Waar schrijven we het op?\nDe mentor zet een aantekening in Magister.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_what_a_study_wants_to_know_is_its_purpose():
    text = (
        "Wij willen weten of leerlingen met extra ondersteuning beter meedoen als er twee "
        "leerkrachten in de klas staan.\nDe school geeft ons de toetsresultaten van de klas.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
