"""What batch7 showed at first sight, in sentences of our own: a withdrawal recorded
('aangetekend') is not one by registered letter, a date of deletion and 'tot die datum',
English data words, data out of the whole file, sharing and pictures under one consent, one
line with a box per party, a letter that only announces a legal duty, the papers under their
heading, footnotes that spell out a phrase, OCR boxes read as 'TD', a broken table whose
column says how long."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import _names_a_party, judge_granulair
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.sentences import split_form

ASK = "De mentor wil met Jeugdteam Oost overleggen, zodat thuis en school hetzelfde doen.\n"


def test_a_withdrawal_recorded_in_the_file_is_no_restriction():
    text = ASK + (
        "U kunt altijd intrekken, per mail aan de mentor; de intrekking wordt in het dossier "
        "aangetekend.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_withdrawal_by_registered_letter_only_is_restricted():
    text = ASK + "Intrekken kan alleen per aangetekende brief aan de directeur.\n"
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het plan wordt op 1 augustus 2027 verwijderd; tot die datum geldt deze toestemming.",
        "Op 1 augustus 2027 wordt het plan vernietigd.",
    ],
)
def test_a_date_of_deletion_is_an_end(sentence):
    assert judge_termijn(Form(ASK + sentence + "\n")).oordeel == "ok"


def test_english_data_words_name_the_data():
    text = ASK + "I share a one-page summary of the strategies that help, and his attendance.\n"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_data_out_of_the_whole_file_is_open():
    text = ASK + "Wij delen gegevens uit het leerlingdossier met het jeugdteam.\n"
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_sharing_and_pictures_under_one_consent_are_bundled():
    text = (
        "Met mijn handtekening geef ik toestemming voor het delen van de medische gegevens en "
        "het gebruik van foto's op de website.\nHandtekening: ________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_one_line_with_a_box_per_party_is_a_choice_per_party():
    text = ASK + ("Ik maak bezwaar tegen:  [ ] a. jeugdteam   [ ] b. logopedie   [ ] c. GGD\n")
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_a_box_per_subject_is_no_box_per_party():
    line = split_form("Vakken: [ ] rekenen  [ ] Engels  [ ] Nederlands\n")[0]
    assert not any(_names_a_party(b.label) for b in line.boxes)


def test_a_letter_that_only_announces_a_legal_duty_leaves_no_free_choice():
    text = (
        "Omdat het verzuim doorging, zijn wij op grond van de Leerplichtwet verplicht het te "
        "melden aan de leerplichtambtenaar.\nWij vragen daarvoor geen toestemming.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_the_papers_under_their_heading_are_named_data():
    text = ASK + "De stukken\n  - het groeidocument;\n  - het verslag van het oudergesprek.\n"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_footnote_spells_out_a_phrase_that_looks_open():
    text = (
        "Daarvoor delen wij relevante gegevens² met de betrokken partijen³.\n"
        "Handtekening: ________\n\n"
        "² Dit zijn uitsluitend: het OPP en de rekenresultaten van dit schooljaar.\n"
        "³ Er zijn maar twee partijen: de orthopedagoog van SWV Noord en de commissie.\n"
    )
    form = Form(text)
    assert judge_gegevens(form).oordeel == "ok"
    assert judge_ontvangers(form).oordeel == "ok"


def test_boxes_read_as_td_and_a_split_signature_word():
    text = ASK + (
        "TD Ja, ik geef toestemming 0 Nee, ik geef geen toestemming\nHand tekening ouder: ____\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_broken_table_whose_column_says_how_long():
    text = (
        "| Nr | Gegevens | Naar | Waarom | Hoe lang | Akkoord |\n"
        "Spraakwerk | taalplan maken | tot 31 juli 2027 | [] ja [] nee\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"
