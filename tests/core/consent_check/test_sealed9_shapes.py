"""What the spent sealed9 showed, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.boxes import ocr_boxes
from dossierwijs.core.consent_check.choice import judge_intrekken, judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn

ASK = "De logopedist wil met de leerkracht van groep 4 overleggen, zodat zij hetzelfde oefenen.\n"


def test_a_scan_that_read_one_box_as_a_zero_and_the_other_right():
    assert ocr_boxes("     0 ja          [ ] nee") == "     ☐ ja          [ ] nee"
    assert ocr_boxes("[ ] ja    O nee") == "[ ] ja    ☐ nee"
    assert ocr_boxes("Oja, dat klopt.") == "Oja, dat klopt."  # no box beside it: a word
    text = (
        "Wilt u per onderdeel aankruisen of u toestemming geeft?\n\n"
        "1.  De fysiotherapeut mag eens per maand in de gymles meekijken.\n"
        "       [ ] ja          [l nee\n\n"
        "2.  De school mag het bewegingsverslag aan de fysiotherapeut geven.\n"
        "       0 ja            [ ] nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_switches_drawn_in_round_brackets_are_choices_switched_off():
    text = (
        "Elke schakelaar is een aparte keuze.\n\n"
        "( UIT )  Het leesverslag delen met Bijlesbureau Plus\n\n"
        "( UIT )  Aanmelden voor de sociale-vaardigheidstraining bij Praktijk Stevig\n"
    )
    form = Form(text)
    assert len(form.choices()) == 2
    assert judge_granulair(form).oordeel == "ok"
    assert judge_ondubbelzinnig(form).oordeel == "ok"
    switched_on = Form(text.replace("( UIT )  Het", "( AAN )  Het", 1))
    assert judge_ondubbelzinnig(switched_on).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ook zonder dit overleg met de school blijft de behandeling gewoon doorgaan.",
        "U kunt ook mailen naar praktijk@voorbeeld.nl.",
    ],
)
def test_even_without_and_a_second_channel_are_no_second_recipient(sentence):
    text = "[ ] ja  [ ] nee  De logopedist mag de leerkracht bellen over de oefeningen.\n"
    assert judge_granulair(Form(text + sentence + "\n")).oordeel == "ok"


def test_a_first_name_after_the_full_name_is_the_same_person():
    text = (
        "Je vertelde dat Tim op dinsdag huiswerkbegeleiding krijgt bij Lotte Smit van "
        "Huiswerkhuis Kompas.\nMag ik zijn toetscijfers naar Lotte sturen?\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "U kunt altijd laten weten dat u wilt stoppen; mail of bel mij dan.",
        "Laat het me weten als jullie ermee willen ophouden, dan stuur ik niets meer.",
    ],
)
def test_wanting_to_stop_in_a_clause_of_its_own(sentence):
    assert judge_intrekken(Form(ASK + sentence + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik mail de juf elke maand welke woorden Lisa oefent.",
        "Ik laat de mentor weten op welke dagen Jop naar de therapie gaat.",
        "Ik geef de ib'er door hoeveel minuten hij per dag kan lezen.",
    ],
)
def test_what_is_told_as_a_which_clause_names_the_data(sentence):
    assert judge_gegevens(Form(sentence + "\n")).oordeel == "ok"


def test_a_condition_with_wanneer_names_no_data():
    text = "Wij delen informatie met de partners wanneer wij dat nodig vinden.\n"
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_a_lead_in_with_a_colon_and_the_data_listed_below():
    text = (
        "Met uw toestemming geven wij deze gegevens van uw kind door:\n"
        " • het handelingsplan;\n"
        " • de uitslagen van de laatste rekentoetsen.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_vague_why_section_above_per_recipient_choices_is_the_purpose():
    text = (
        "Waarom vragen wij dit?\n"
        "Om uw gezin zo goed mogelijk te ondersteunen is het soms nodig om informatie te "
        "delen.\n\n"
        "Met wie? Zet per regel een kruisje.\n"
        "   Huisarts Van Dam                 [ ] ja   [ ] nee\n"
        "   Basisschool De Regenboog         [ ] ja   [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_consequence_after_the_requests_own_follow_up_is_its_purpose():
    # An app message: the request wraps over its lines, as typed.
    text = (
        "Hoi Sanne! Mag ik het verslag van de leestoets\nnaar Mark sturen? En daarna elke "
        "maand\neen kort bericht over wat we in de klas oefenen?\nDan kan Mark in de bijles "
        "met dezelfde woorden\nwerken.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_recording_far_from_its_verb_is_storage():
    text = ASK + (
        "De praktijk legt het verslag van het overleg en dit formulier samen vast in het "
        "cliëntdossier in Intramed.\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_an_article_title_with_a_how_to_note_is_a_heading_over_its_items():
    text = (
        "Artikel 3 — Ontvangers en doelen (per ontvanger aankruisen: ja of nee)\n"
        "a. Praktijk Stevig, kindercoach: het voeren van drie gesprekken over faalangst.   "
        "[ ] ja  [ ] nee\n"
        "b. GGD, jeugdarts: het bespreken van het verzuim op het spreekuur.   [ ] ja  [ ] nee\n"
    )
    form = Form(text)
    assert form.sentences[0].is_heading
    assert judge_doel(form).oordeel == "ok"


def test_a_cap_in_brackets_under_a_fill_in_validity_field():
    text = ASK + (
        "Deze toestemming geldt tot en met: ____ - ____ - ______\n"
        "(vul zelf een datum in; uiterlijk 31 mei 2027)\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"
    without = ASK + "Deze toestemming geldt tot en met: ____ - ____ - ______\n"
    assert judge_termijn(Form(without)).oordeel == "gebrek"


def test_an_open_end_is_quoted_with_the_rest_of_its_clause():
    # The letter to the school quotes it: "blijft geldig" alone reads as a misquote.
    text = ASK + "Deze toestemming blijft geldig zolang uw kind bij ons op school zit.\n"
    judged = judge_termijn(Form(text))
    assert judged.oordeel == "gebrek"
    assert "“Deze toestemming blijft geldig zolang uw kind bij ons op school zit”" in judged.uitleg


def test_how_to_reach_the_school_is_no_evidence_of_an_exchange():
    text = (
        "Met dit formulier mag de school gegevens delen met het samenwerkingsverband, de wijkcoach en de "
        "jeugdarts.\nVragen? Stuur een mail naar ib@school.nl.\n"
        "Handtekening: ____________\n"
    )
    judged = judge_granulair(Form(text))
    assert judged.oordeel == "gebrek"
    assert not any("@" in quote for quote in judged.bewijs)
