"""Boxes in every shape, legends that show them, and OCR that reads an m as "rn".

Each form here is written for the test (issue 13, fourth round): ◯/⬤ and □/■ boxes, a
legend line "■ betekent ja", and a scan that reads "toestemming" as "toesternrning".
"""

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.sentences import split_form


def _box_lines(text: str) -> list[tuple[str, list[bool]]]:
    return [(s.text, [b.checked for b in s.boxes]) for s in split_form(text) if s.boxes]


def test_large_circles_are_empty_boxes_and_a_filled_one_is_ticked():
    text = "Foto's in de nieuwsbrief      ◯ ja   ◯ nee\n⬤ Ja, mijn kind mag in beeld\n◯ Nee\n"
    lines = _box_lines(text)
    assert [checked for _, checked in lines] == [[False, False], [True], [False]]


def test_filled_shapes_are_bullets_on_a_form_without_empty_boxes():
    text = "Wat wij delen:\n■ de uitslag van de leestoets\n● het handelingsplan\n"
    assert _box_lines(text) == []


def test_a_filled_square_in_a_table_of_spaces_is_a_ticked_box():
    text = (
        "Met wie                      Wat                        Ja   Nee\n"
        "Mentor, Het Lyceum           De planningsafspraken      ■    □\n"
        "Huisarts dr. N. Peters       Een kort verslag           ■    □\n"
    )
    rows = [s for s in split_form(text) if s.is_row]
    assert len(rows) == 2 and all(any(b.checked for b in s.boxes) for s in rows)
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_legend_that_shows_the_boxes_offers_no_choice():
    text = (
        "Een gevuld blokje ■ betekent ja, een leeg blokje □ betekent nee.\n\n"
        "De leerkracht stuurt de leestoets naar de logopedist.   □ ja   □ nee\n"
    )
    lines = _box_lines(text)
    assert len(lines) == 1 and "logopedist" in lines[0][0]
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_ocr_rn_for_m_is_mended_only_where_the_word_needs_it():
    text = (
        "BSO De Speeltuin - toesternrning\n\n"
        "Onze rnedewerker belt de 1eerkracht om af te sternrnen wat nodig is.\n"
        "De intern begeleider bewaart het verslag; dat is ernstig genoeg.\n"
    )
    words = " ".join(s.text for s in split_form(text))
    for mended in ("toestemming", "medewerker", "leerkracht", "af te stemmen"):
        assert mended in words
    assert "intern begeleider" in words and "ernstig" in words


def test_ocr_round_boxes_read_as_letters_before_ja_and_nee_are_boxes():
    text = (
        "A. Wij sturen het OPP naar de intern begeleider van De Berkenschool.\n\nOja Onee\n"
        "B. De leerkracht belt de nieuwe leerkracht.\n\nOja DO nee\n"
    )
    lines = _box_lines(text)
    assert [checked for _, checked in lines] == [[False, False], [False, False]]


def test_an_exclamation_o_ja_is_no_box():
    assert _box_lines("O ja, nog iets: de foto's komen op de website.\n") == []


def test_a_choice_announced_per_item_holds_when_a_scan_lost_the_boxes():
    from dossierwijs.core.consent_check.choice import judge_granulair

    text = (
        "Om het plan met de school, de huisarts en het wijkteam af te stemmen, kiest u hieronder "
        "per gegeven en per ontvanger of het gedeeld mag worden.\n"
        "Het gezinsplan Mentor Huisarts Wijkteam\n"
        "Handtekening ouder: ____________"
    )
    judged = judge_granulair(Form(text))
    assert judged.oordeel == "ok" and "twijfel" in judged.uitleg.lower()


def test_ocr_boxes_read_as_digits_or_letters_at_the_start_of_a_choice_line():
    text = "0 Ja, de brief mag naar de intern begeleider.\n1 Nee.\n\nOja O Nee\n"
    lines = _box_lines(text)
    assert [checked for _, checked in lines] == [[False], [False], [False, False]]


def test_writing_a_letter_to_someone_is_sharing():
    from dossierwijs.core.consent_check.criteria import judge_gegevens

    text = "De kinderarts schrijft een korte brief aan de intern begeleider over de medicijnen."
    assert judge_gegevens(Form(text)).oordeel == "ok"
