"""A glyph that only shows how to mark a box is no box; a word in brackets is no box."""

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.boxes import offered_boxes
from dossierwijs.core.consent_check.sentences import split_form


def test_a_filled_shape_after_an_instruction_is_an_example():
    assert offered_boxes("Maak het vakje van uw antwoord helemaal zwart, zo: ■") == ()
    assert offered_boxes("Vul het bolletje in, bijvoorbeeld ●") == ()


def test_a_legend_with_an_equals_sign_offers_no_choice():
    assert offered_boxes("☒ = ja, leeg = nee") == ()


def test_boxes_before_a_choice_stay_boxes():
    boxes = offered_boxes("Zo kiest u: ◯ ja ◯ nee")
    assert [b.label for b in boxes] == ["ja", "nee"]


def test_a_word_in_brackets_is_no_box():
    lines = [s for s in split_form("Aanwezig: ________ (logopedist)\n") if s.boxes]
    assert lines == []
    lines = [s for s in split_form("Wij sturen (lees)verslagen door.\n") if s.boxes]
    assert lines == []


FORM = """Praktijk De Rietkraag

Hoe vult u dit in? Kleur het rondje van uw keuze helemaal in, zo: ●

1. Mogen wij het behandelplan voor de motoriek naar de groepsleerkracht sturen?
   ○ ja   ○ nee
2. Mogen wij de leerkracht bellen over de zithouding in de klas?
   ○ ja   ○ nee

Handtekening ouder: ____________
"""


def test_an_example_glyph_is_not_a_pre_ticked_box():
    result = check_consent_form(FORM)
    assert result.criteria["ondubbelzinnig"].oordeel == "ok"
    assert result.criteria["granulair"].oordeel == "ok"


def test_ocr_boxes_that_lost_their_closer_are_still_boxes():
    boxes = [s.boxes for s in split_form("[lja [nee\n") if s.boxes]
    assert [len(b) for b in boxes] == [2]


def test_a_lone_unlabelled_box_after_words_is_a_read_mark():
    lines = [s for s in split_form("Even een berichtje over de uitstap []\n") if s.boxes]
    assert lines == []
    assert [s for s in split_form("Ik ga akkoord [ ]\n") if s.boxes]


def test_a_sentence_split_by_a_blank_line_after_an_open_end_goes_on():
    text = "De toestemming geldt tot het nagesprek, uiterlijk\n\n14 mei 2027.\n"
    assert [s.text for s in split_form(text)] == [
        "De toestemming geldt tot het nagesprek, uiterlijk 14 mei 2027."
    ]


def test_an_ocr_ticked_box_glued_to_its_label_stays_ticked():
    boxes = [b for s in split_form("[Xlja []Nee\n") for b in s.boxes]
    assert [b.checked for b in boxes] == [True, False]


def test_a_lone_ticked_box_after_words_stays_a_ticked_box():
    boxes = [b for s in split_form("Het verslag gaat naar de GGD [x]\n") for b in s.boxes]
    assert [b.checked for b in boxes] == [True]


def test_a_word_in_brackets_that_a_scan_left_is_no_box():
    boxes = [b for s in split_form("~~~ [ vlek / onleesbaar: logo ] ~~~\n") for b in s.boxes]
    assert boxes == []
