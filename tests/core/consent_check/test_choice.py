"""The four criteria about how consent is asked: vrij, ondubbelzinnig, granulair, intrekken."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.form import Form


def judge(fn, text):
    return fn(Form(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Zonder ondertekende toestemming kan de aanvraag niet in behandeling worden genomen.",
        "Geeft u geen toestemming, dan komt uw kind niet in aanmerking voor faciliteiten.",
        "Een plaatsing is alleen mogelijk als u dit deel ondertekent.",
        "Zonder deze toestemming kunnen wij de hulp helaas niet starten.",
        "Indien u niet tekent, vervalt de aanvraag voor extra ondersteuning.",
        "De ondertekening van deze machtiging is een voorwaarde voor het in zorg nemen.",
        "Zonder jouw toestemming kunnen we je niet begeleiden.",
    ],
)
def test_consent_as_a_condition_is_a_defect(sentence):
    result = judge(judge_vrij, sentence)
    assert result.oordeel == "gebrek"
    assert result.bewijs == (sentence,)
    assert "AVG art. 7 lid 4" in result.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "U bent niet verplicht toestemming te geven.",
        "Als u geen toestemming geeft, heeft dat geen gevolgen voor de begeleiding van uw kind.",
        "Geeft u geen toestemming, dan nodigen wij de jeugdarts niet uit.",
        "Het is uw vrije keuze; de behandeling gaat hoe dan ook door.",
    ],
)
def test_a_free_choice_is_ok(sentence):
    text = sentence + " U bent niet verplicht."
    assert judge(judge_vrij, text).oordeel == "ok"


def test_silence_about_freedom_is_ok_with_doubt():
    # CRITERIA.md: the criterion is met when refusing has no negative consequence.
    result = judge(judge_vrij, "Wij sturen het OPP naar GGD Noord.")
    assert result.oordeel == "ok"
    assert result.bewijs == ()
    assert "twijfel" in result.uitleg.lower()


@pytest.mark.parametrize(
    "text",
    [
        "[x] Ik geef toestemming voor het delen van het OPP.",
        "☒ Foto's op de website",
        "Als wij niets van u horen, gaan wij ervan uit dat u akkoord gaat.",
        "Gaat u akkoord? Dan hoeft u niets te doen.",
        "Wij gaan ervan uit dat u instemt, tenzij u bezwaar laat weten.",
    ],
)
def test_pre_ticked_boxes_and_silence_are_not_consent(text):
    assert judge(judge_ondubbelzinnig, text).oordeel == "gebrek"


def test_empty_boxes_and_a_signature_are_active_consent():
    text = "[ ] Ja, ik geef toestemming\n[ ] Nee\nHandtekening: ________\n"
    assert judge(judge_ondubbelzinnig, text).oordeel == "ok"


def test_filled_in_question_boxes_are_not_pre_ticked_consent():
    text = "Heeft uw kind een OPP? [x] ja [ ] nee\nHandtekening: ________\n"
    assert judge(judge_ondubbelzinnig, text).oordeel == "ok"


def test_one_signature_for_everything_is_a_defect():
    result = judge(
        judge_granulair, "Met mijn handtekening ga ik akkoord met alle bovenstaande punten."
    )
    assert result.oordeel == "gebrek"


def test_a_choice_per_exchange_is_ok():
    text = (
        "1. Van school naar GGD Noord\n[ ] Ja   [ ] Nee\n\n"
        "2. Van GGD Noord naar school\n[ ] Ja   [ ] Nee\n"
    )
    assert judge(judge_granulair, text).oordeel == "ok"


def test_yes_no_pairs_left_by_ocr_count_as_separate_choices():
    # A scan loses the ☐ glyphs: "Ja ☐ Nee ☐" comes back as "Ja ll Nee".
    text = (
        "1. De school stuurt GGD Noord het OPP. Ja ll Nee\n"
        "2. GGD Noord stuurt Praktijk De Klank het advies. JA / NEE\n"
        "Kies per onderdeel ja of nee.\n"
    )
    form = Form(text)
    assert len(form.choices()) == 2
    assert judge(judge_granulair, text).oordeel == "ok"


def test_one_box_for_two_organisations_is_a_defect():
    text = (
        "Wij melden uw kind aan bij Stichting Welzijn Noord en bij GGD Noord, en sturen het "
        "verslag naar Praktijk De Klank.\n"
        "[ ] Ik ga akkoord met de aanmelding bij de werker en de arts en met de terugkoppeling.\n"
    )
    assert judge(judge_granulair, text).oordeel == "gebrek"


def test_one_choice_for_one_exchange_is_ok_with_doubt():
    text = "Wij sturen het OPP naar GGD Noord.\nHandtekening: ________\n"
    result = judge(judge_granulair, text)
    assert result.oordeel == "ok"
    assert "twijfel" in result.uitleg.lower()


def test_withdrawal_any_time_and_how_is_ok():
    text = (
        "U kunt uw toestemming op elk moment intrekken. Stuur daarvoor een e-mail aan ib@school.nl."
    )
    result = judge(judge_intrekken, text)
    assert result.oordeel == "ok"
    assert "AVG art. 7 lid 3" in result.uitleg


def test_stopping_consent_in_other_words_counts_as_withdrawal():
    text = "Je kunt altijd stoppen met je toestemming. Stuur dan een berichtje naar je begeleider."
    assert judge(judge_intrekken, text).oordeel == "ok"


def test_changing_your_mind_counts_as_withdrawal():
    text = "Wilt u stoppen? Dat kan altijd: zeg het tegen de logopedist."
    assert judge(judge_intrekken, text).oordeel == "ok"


def test_nothing_about_withdrawal_is_a_defect():
    result = judge(judge_intrekken, "Deze toestemming geldt tot 1 juli 2026.")
    assert result.oordeel == "gebrek"
    assert result.bewijs == ()


def test_withdrawal_only_at_the_start_of_a_school_year_is_a_defect():
    text = "Wijzigingen kunt u alleen aan het begin van een nieuw schooljaar doorgeven."
    assert judge(judge_intrekken, text).oordeel == "gebrek"


def test_withdrawal_without_how_is_a_doubtful_defect():
    result = judge(judge_intrekken, "U kunt uw toestemming altijd intrekken.")
    assert result.oordeel == "gebrek"
    assert "twijfel" in result.uitleg.lower()


def test_only_if_you_consent_is_a_condition():
    text = "Uw kind kan alleen deelnemen aan het programma als u toestemming geeft."
    assert judge(judge_vrij, text).oordeel == "gebrek"


def test_a_loss_for_the_child_on_refusal_is_a_condition():
    text = (
        "Let op: als u geen toestemming geeft, kunnen wij uw kind niet voordragen voor de plusklas."
    )
    assert judge(judge_vrij, text).oordeel == "gebrek"


def test_children_of_parents_who_refuse_missing_out_is_a_condition():
    text = (
        "Kinderen van ouders die geen toestemming geven, kunnen helaas niet meedoen "
        "aan de sportlessen."
    )
    assert judge(judge_vrij, text).oordeel == "gebrek"


def test_an_unplaced_consequence_of_refusing_is_flagged_as_doubt():
    text = "U bent niet verplicht. Geeft u geen toestemming, dan nodigen wij de arts niet uit."
    result = judge(judge_vrij, text)
    assert result.oordeel == "ok"
    assert "twijfel" in result.uitleg.lower()
    assert "Geeft u geen toestemming, dan nodigen wij de arts niet uit." in result.bewijs
