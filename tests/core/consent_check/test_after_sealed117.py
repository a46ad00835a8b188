"""Readings found after sealed117-120 were scored once (tuned, not a measure): each with the
neighbour that must keep its old reading. Rules alone, without the calibration."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.boxes import ocr_boxes

_LETTER = (
    "Beste ouders van Sem,\n"
    "Sem gaat vanaf 22 april naar Montessorischool De Zandloper. {before}\n\n"
    "Wij willen ook het leesplan van Sem aan juf Anna van De Zandloper mailen, zodat zij weet "
    "waar Sem met lezen is. {data}\n"
    "Uw toestemming geldt tot 1 juli 2026. Het leesplan staat in ParnasSys. U mag nee zeggen; "
    "dat heeft geen gevolgen. U kunt uw toestemming altijd intrekken via ib@zandpad.example.nl."
    "\n\n{question}\n{answer}\n"
)


def _judged(criterion: str, **parts: str) -> str:
    fill = {"before": "", "data": "", "question": "Mag het leesplan naar juf Anna?"}
    fill["answer"] = "☐ ja ☐ nee"
    text = _LETTER.format(**(fill | parts))
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria[criterion].oordeel


@pytest.mark.parametrize(
    "before",
    [
        "Het onderwijskundig rapport sturen wij, zoals wettelijk verplicht, sowieso naar De "
        "Zandloper. Daarvoor hoeven jullie niets te doen.",
        "De school is verplicht het onderwijskundig rapport te sturen. Daarvoor hoeft u niets "
        "te doen.",
    ],
)
def test_nothing_to_do_for_what_the_law_requires_is_no_silence_taken_as_a_yes(before):
    assert _judged("ondubbelzinnig", before=before) == "ok"


def test_nothing_to_do_for_a_sending_the_law_does_not_require_stays_silence():
    before = "Het onderwijskundig rapport sturen wij naar De Zandloper. Daarvoor hoeven jullie niets te doen."
    assert _judged("ondubbelzinnig", before=before) == "gebrek"


def test_when_a_child_struggles_is_no_open_list_of_data():
    data = "Sem vertelt dat hij vooral bij toetsen in de klas dichtklapt."
    assert _judged("gegevens", data=data) == "ok"


def test_a_list_left_open_stays_open():
    data = "Wij sturen onder andere de toetsresultaten mee."
    assert _judged("gegevens", data=data) == "gebrek"


def test_a_small_o_before_each_choice_of_a_pair_is_a_box():
    assert ocr_boxes("  o ja   o nee    De tekening mag op de website.") == (
        "  ☐ ja   ☐ nee    De tekening mag op de website."
    )


@pytest.mark.parametrize(
    "line", ["O ja, en vergeet de gymspullen niet.", "o ja, dat vergat ik: o nee toch niet"]
)
def test_the_word_o_ja_is_no_box(line):
    assert ocr_boxes(line) == line


def test_a_choice_per_picture_place_in_small_o_boxes_is_granular():
    places = (
        "We willen de tekeningen laten zien:\n"
        "- op de website van Waterschap Veenstromen, met voornaam en leeftijd;\n"
        "- in de gedrukte Waterkalender;\n"
        "- in een persbericht aan de Harkelose Courant.\n\n"
        "Kleur per regel het rondje bij ja of bij nee in.\n"
        "  o ja   o nee    De tekening mag met voornaam op de website.\n"
        "  o ja   o nee    Als de tekening wint, mag hij in de Waterkalender.\n"
        "  o ja   o nee    Als mijn kind wint, mag de voornaam in het persbericht.\n"
    )
    text = _LETTER.format(before="", data="", question=places, answer="")
    found = check_consent_form(text, by_meaning=False, calibrated=False)
    assert found.criteria["granulair"].oordeel == "ok"


def test_a_question_heading_over_who_takes_part_names_no_open_group():
    from dossierwijs.core.consent_check.meaning_defects import _names_an_open_group
    from dossierwijs.core.consent_check.sentences import normalise

    assert not _names_an_open_group(normalise("Wie zijn erbij betrokken?"))
    assert _names_an_open_group(normalise("Ook andere betrokkenen kunnen de gegevens krijgen."))
    assert _names_an_open_group(normalise("Mogen wij het delen met alle betrokkenen?"))
