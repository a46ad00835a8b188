"""The misses of sealed28 at first sight, in sentences of our own; its first-sight figure is
recorded (bench/data/consent/sealed28/FIRST_SCORE.txt) before these changes."""

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_TWO_QUESTIONS = (
    "Vraag A: De logopedist van Praktijk Taalrijk vertelt onze coach wat de taaltest liet "
    "zien, zodat de coach de voorleesmomenten kan kiezen.\n     ☐ ja      ☐ nee\n\n"
    "Vraag B: Wij sturen Praktijk Taalrijk twee keer per jaar de observatie van taal, zodat "
    "de logopedist ziet of de oefeningen helpen.\n     ☐ ja      ☐ nee\n\n"
)


def test_a_place_offered_only_when_both_answers_are_yes_is_a_condition():
    text = (
        _TWO_QUESTIONS + "____\n¹ Een plaats op de peutergroep met subsidie kan alleen worden "
        'aangeboden als bij beide vragen "ja" is aangekruist.\n'
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_round_boxes_typed_as_a_letter_o_in_aligned_columns_are_a_choice_per_item():
    text = (
        "Strookje toestemming\n\n"
        "1. Verslag naar Kinderfysiotherapie De Sprong            O ja   O nee\n"
        "2. Kopie van het verslag naar Huisartsenpraktijk Oost   O ja   O nee\n\n"
        "Handtekening: ..........\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_a_letter_o_after_ja_and_nee_is_a_box_per_question():
    text = (
        "1. Mogen wij het rapport opvragen bij Basisschool De Es, om te zien welke hulp uw "
        "kind daar kreeg?\n                       ja O      nee O\n"
        "2. Mogen wij het verslag opvragen bij Praktijk De Wilg, om de begeleiding af te "
        "stemmen?\n                       ja O      nee O\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_crosses_on_a_scan_the_parent_filled_in_are_the_parents_own():
    form = (
        "1. Het verslag gaat naar de huisarts van Praktijk Oost, zodat die het kan lezen.\n"
        "   [x] ja   [ ] nee\n"
        "2. Het verslag gaat naar de mentor van De Es, zodat die de les kan aanpassen.\n"
        "   [ ] ja   [x] nee\n"
        "Handtekening ouder: ..........\n"
    )
    returned = "[scan pagina 1/1 - door ouder ingevuld, per post ontvangen 02-05-2025]\n" + form
    assert judge_ondubbelzinnig(Form(returned)).oordeel == "ok"
    assert judge_ondubbelzinnig(Form(form)).oordeel == "gebrek"


def test_for_as_long_as_the_support_lasts_has_no_end():
    text = "Deze toestemming geldt voor de duur van de ondersteuning door het Wijkteam.\n"
    assert judge_termijn(Form(text)).oordeel == "gebrek"
    dated = "Deze toestemming geldt voor de duur van de begeleiding, tot en met 30 april 2027.\n"
    assert judge_termijn(Form(dated)).oordeel == "ok"


_TWO_THINGS = (
    "1) Zorgoverleg: onze coach bespreekt de observatie met de jeugdverpleegkundige van JGZ "
    "Oost, zodat het consultatiebureau dit meeneemt in het consult.\n"
    "2) Foto's: wij plaatsen foto's van activiteiten in de groepstijdlijn van de app.\n"
)


def test_silence_taken_as_a_yes_to_both_points_is_one_choice_for_both():
    text = _TWO_THINGS + "Als u met beide punten akkoord bent, hoeft u niets te doen.\n"
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_silence_beside_an_answer_per_point_is_said_under_unambiguous_only():
    text = (
        _TWO_THINGS + "Wilt u deze mail beantwoorden met bij 1 en bij 2 'ja' of 'nee'?\n"
        "Als wij niets van u horen, gaan we ervan uit dat u met beide punten akkoord bent.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_an_instruction_that_parents_fill_the_form_in_keeps_pre_ticked_boxes_a_defect():
    # Only a line that says the scan came back filled in makes the crosses the parent's own.
    text = (
        "Dit formulier wordt door de ouders ingevuld en ondertekend.\n"
        "1. Het verslag gaat naar de huisarts van Praktijk Oost, zodat die het kan lezen.\n"
        "   [x] ja   [ ] nee\n"
        "Handtekening ouder: ..........\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"
