"""How a parent answers, in shapes found on sealed77-78 after scoring (AVG art. 4 lid 11;
overweging 32): a text message that ends with a question before a label ("[15:42] Wilt u
antwoorden met JA of NEE? Po polsku: ...") is no chat header to drop; blanks typed as
underscores ("_ ja  _ nee") are empty boxes; a legend ("Zo kruist u aan: [x] = ja", "(x) in de
kolom ja of nee") is no box ticked in advance."""

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form

_ASK = (
    "Wij willen de rekentoetsen van Zofia naar Rekenpunt Oost sturen, zodat ze op het goede "
    "niveau kan beginnen.\n"
)


def test_a_question_before_a_label_in_a_text_message_is_kept():
    text = (
        "[15:41] " + _ASK + "\n"
        "[15:42] (4/4) Wilt u antwoorden met JA of NEE? Po polsku: Czy możemy wysłać wyniki? "
        "Proszę odpowiedzieć TAK lub NIE.\n"
    )
    judgement = judge_ondubbelzinnig(Form(text))
    assert judgement.oordeel == "ok", judgement
    assert any("JA of NEE" in quote for quote in judgement.bewijs)


def test_blanks_typed_as_underscores_are_empty_boxes():
    text = _ASK + " _ ja  _ nee   1. Ik stuur Rekenpunt de twee rekentoetsen.\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_legend_of_the_mark_is_no_box_ticked_in_advance():
    for legend in (
        "Zo kruist u aan: [x] = ja, dat mag",
        "Zet per regel een\n(x) in de kolom ja of nee.",
    ):
        text = _ASK + legend + "\n1. Toetsen naar Rekenpunt Oost [ ] ja [ ] nee\n"
        assert judge_ondubbelzinnig(Form(text)).oordeel == "ok", legend


def test_a_yes_ticked_in_advance_next_to_a_legend_stays_a_defect():
    text = _ASK + "Zo kruist u aan: [x] = ja\n1. Toetsen naar Rekenpunt Oost [x] ja [ ] nee\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_reply_asked_for_is_explained_as_a_reply_not_a_box():
    """Parent walk: a text message asking "JA of NEE" was explained as "een leeg vakje
    aankruisen of tekenen", which the message does not have."""
    text = "[15:41] " + _ASK + "[15:42] (3/3) Wilt u antwoorden met JA of NEE?\n"
    judgement = judge_ondubbelzinnig(Form(text))
    assert judgement.oordeel == "ok"
    assert "vakje" not in judgement.uitleg
    assert "ja of nee kiezen" in judgement.uitleg
    boxed = judge_ondubbelzinnig(Form(_ASK + "[ ] ja [ ] nee\n"))
    assert "een leeg vakje aankruisen of tekenen" in boxed.uitleg
