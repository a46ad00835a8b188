"""A purpose in general words is open, unless it names who acts and when; an English form
names its purpose and its storage in its own words."""

from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

EXCHANGE = "Wij geven het groeiverslag van de peutergroep door aan de juf van groep 1.\n"


def test_a_manner_word_with_an_actor_and_a_moment_is_a_purpose_with_doubt():
    judged = judge_doel(Form(EXCHANGE + "Zo kan de juf hem vanaf de eerste week beter helpen.\n"))
    assert judged.oordeel == "ok"
    assert "twijfel" in judged.uitleg.lower()


def test_a_manner_word_alone_stays_open():
    judged = judge_doel(Form(EXCHANGE + "Zo kan de juf hem beter helpen.\n"))
    assert judged.oordeel == "gebrek"


def test_an_english_purpose_field_and_storage_count():
    text = (
        "We would share: the reading plan of grade 3.\n"
        "Purpose: the therapist plans the first six sessions.\n"
        "All documents are kept in our student information system, Klasnet.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    assert judge_opslag(Form(text)).oordeel == "ok"
