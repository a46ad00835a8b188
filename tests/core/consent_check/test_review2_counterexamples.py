"""The second outside review (after the eighth round): sentences on which the new rules
misfired, written by the reviewer on a well-formed letter. Each holds its fix."""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.purpose import judge_doel

ASK = "De intern begeleider wil met Logopediepraktijk Klankkast overleggen over Lotte.\n"
THREE_CHOICES = (
    "1. Het verslag naar Klankkast.  [ ] ja [ ] nee\n"
    "2. Het behandelplan naar school.  [ ] ja [ ] nee\n"
    "3. Foto's van de oefeningen in de klas.  [ ] ja [ ] nee\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Met dit formulier vragen wij uw toestemming voor het delen van gegevens met Klankkast "
        "en voor het gebruik van de gegevens in het behandelplan.",
        "Wij vragen toestemming voor het uitwisselen van gegevens met Klankkast en het maken van "
        "foto's van de oefeningen.",
    ],
)
def test_an_introduction_listing_what_the_choices_ask_is_no_bundle(intro):
    assert judge_granulair(Form(intro + "\n" + THREE_CHOICES)).oordeel == "ok"


def test_one_choice_for_three_organisations_in_a_list_is_bundled():
    text = (
        "Wij sturen het verslag naar Logopediepraktijk Klankkast, Fysiotherapie Beweegwijs en "
        "GGD Lindewijk.\n[ ] Ja, de school mag dit delen    [ ] Nee, de school mag dit niet delen\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "De school stuurt de volgende gegevens uit het leerlingdossier naar Klankkast: de "
        "uitslagen van de leestoets en het handelingsplan.",
        "Wij sturen alleen deze gegevens uit het leerlingdossier, namelijk de leestoets.",
    ],
)
def test_data_out_of_the_file_that_the_sentence_lists_is_named(sentence):
    assert judge_gegevens(Form(ASK + sentence + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Horen wij niets van u, dan nemen wij aan dat u er geen bezwaar tegen hebt.",
        "If we receive no reply, we will assume you have no objection.",
        "Stuurt u geen mail, dan is uw antwoord ja.",
        "No reply means yes.",
    ],
)
def test_silence_taken_as_a_yes_is_no_act(sentence):
    assert judge_ondubbelzinnig(Form(ASK + sentence + "\n")).oordeel == "gebrek"


def test_working_together_explained_after_a_colon_is_concrete():
    text = (
        ASK + "Zo kunnen de logopedist en de leerkracht goed samenwerken: de leerkracht laat "
        "dezelfde oefeningen in de klas terugkomen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit is ter ondersteuning van de hulpverlening.",
        "Dit is ter ondersteuning van het onderwijs.",
    ],
)
def test_support_of_a_whole_field_is_vague(sentence):
    assert judge_doel(Form(ASK + sentence + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "We share all relevant information with Klankkast, for example test results.",
        "We share your child's school record with Klankkast.",
    ],
)
def test_english_open_data(sentence):
    assert judge_gegevens(Form(ASK + sentence + "\n")).oordeel == "gebrek"


def test_english_never_to_third_parties_is_closed():
    text = ASK + "We send the report to Klankkast. We never share it with third parties.\n"
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_an_open_group_with_examples_after_a_colon_is_open():
    text = ASK + (
        "Wij delen het verslag ook met derden: denk aan de jeugdarts, het wijkteam of andere "
        "hulpverleners.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_question_ending_in_an_open_group_is_no_footnote():
    text = (
        "1 Van school naar Klankkast\n"
        "Mag de intern begeleider de voortgang ook bespreken met andere hulpverleners?\n"
        "[ ] ja [ ] nee\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_asking_the_parent_to_read_the_form_is_no_exchange():
    text = (
        ASK + "Het gaat om het verslag van de leestoets.\nWij vragen u om het formulier goed "
        "te lezen en alles in te vullen wat op uw kind van toepassing is.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_where_the_reports_are_kept_names_no_shared_data():
    text = (
        "De school wil met Klankkast overleggen over uw kind.\nWaar blijven de verslagen?\n"
        "De school bewaart de verslagen in ParnasSys.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_until_that_date_after_a_start_date_is_no_end():
    text = ASK + (
        "Uw toestemming gaat in op 1 februari 2026, als de behandeling start; tot die datum "
        "wisselen wij niets uit.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_a_reporting_duty_mentioned_in_a_request_that_asks_leaves_the_choice_free():
    text = (
        "Wij zijn wettelijk verplicht verzuim te melden bij de leerplichtambtenaar.\nLos daarvan "
        "willen wij met Klankkast overleggen. Dat is niet verplicht en heeft geen gevolgen.\n"
        "Wilt u per mail laten weten of u hiermee akkoord gaat?\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_duty_announced_and_signed_for_receipt_only_leaves_no_choice():
    text = (
        "Wij zijn op grond van de Leerplichtwet verplicht het verzuim te melden.\n"
        "Wij vragen daarvoor geen toestemming.\nWilt u deze brief voor gezien tekenen?\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_a_label_with_a_colon_in_a_sentence_is_no_party_field():
    text = (
        "De school stuurt het OPP naar de behandelaar, zodat zij de oefeningen afstemt.\n"
        "Toelichting voor de behandelaar:\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_vague_purpose_next_to_a_contact_line():
    text = ASK + (
        "Dit is nodig om samen op één lijn te zitten; neem bij vragen contact op met de intern "
        "begeleider.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"
