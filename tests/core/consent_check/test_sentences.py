from dossierwijs.core.consent_check.sentences import normalise, read_boxes, split_form


def texts(form_text):
    return [s.text for s in split_form(form_text)]


def test_square_bracket_boxes_are_read_as_ticked_or_empty():
    boxes = read_boxes("[x] Ja   [ ] Nee")
    assert [(b.checked, b.label) for b in boxes] == [(True, "Ja"), (False, "Nee")]


def test_ballot_glyphs_are_read_as_boxes():
    boxes = read_boxes("☒ foto's op de website ☐ foto's in de nieuwsbrief")
    assert [b.checked for b in boxes] == [True, False]
    assert boxes[1].label == "foto's in de nieuwsbrief"


def test_ocr_variants_of_boxes_are_recognised():
    assert [b.checked for b in read_boxes("[xl akkoord")] == [True]
    assert [b.checked for b in read_boxes("[]Ja []Nee")] == [False, False]
    assert [b.checked for b in read_boxes("[1 lk ga akkoord")] == [False]


def test_text_in_brackets_is_not_a_box():
    assert read_boxes("het plan (OPP) [zie bijlage]") == ()
    assert read_boxes("zie noot [1] onderaan") == ()


def test_ocr_wrapped_lines_are_joined_into_one_sentence():
    text = (
        "De school geeft de uitslagen van de leestoets aan de logopedist, zodat zij de\n"
        "oefeningen kan afstemmen.\n"
    )
    assert texts(text) == [
        "De school geeft de uitslagen van de leestoets aan de logopedist, zodat zij de "
        "oefeningen kan afstemmen."
    ]


def test_ocr_hyphenation_is_undone():
    text = "Daarna vragen wij u op-\nnieuw om toestemming.\n"
    assert texts(text) == ["Daarna vragen wij u opnieuw om toestemming."]


def test_short_line_before_a_sentence_is_a_heading_for_what_follows():
    sentences = split_form("Intrekken\nU kunt altijd intrekken. Mail de school.\n")
    assert sentences[0].is_heading
    assert [s.heading for s in sentences[1:]] == ["Intrekken", "Intrekken"]
    assert [s.text for s in sentences[1:]] == ["U kunt altijd intrekken.", "Mail de school."]


def test_abbreviations_do_not_end_a_sentence():
    assert texts("Wij delen bijv. het OPP met de GGD. Meer niet.") == [
        "Wij delen bijv. het OPP met de GGD.",
        "Meer niet.",
    ]


def test_box_lines_and_fill_in_lines_stay_separate():
    text = "Wat: het OPP.\n[ ] Ja\n[ ] Nee\nHandtekening: ________\n"
    sentences = split_form(text)
    assert [s.text for s in sentences] == [
        "Wat: het OPP.",
        "[ ] Ja",
        "[ ] Nee",
        "Handtekening: ________",
    ]
    assert sentences[1].has_boxes and sentences[3].is_fill_in


def test_normalise_strips_accents_and_case():
    assert normalise("Géén  Cliëntdossier") == "geen clientdossier"


def test_original_phrase_quotes_the_form_as_printed():
    from dossierwijs.core.consent_check.sentences import original_phrase

    text = "Wij delen het met  Alle Betrokken instanties, maar géén derden."
    assert original_phrase(text, "alle betrokken instanties") == "Alle Betrokken instanties"
    assert original_phrase(text, "geen derden") == "géén derden"


def test_a_yes_no_line_left_by_ocr_is_not_a_heading():
    sentences = split_form(
        "a) Het verslag van Centrum Noord.\nDO wel toestemming U geen toestemming\n"
    )
    assert not any(s.is_heading for s in sentences)


def test_a_blank_line_inside_a_sentence_from_ocr_is_bridged():
    text = "Uw kind wordt onderzocht. De\n\npsycholoog wil het verslag lezen.\n"
    assert texts(text) == ["Uw kind wordt onderzocht.", "De psycholoog wil het verslag lezen."]
