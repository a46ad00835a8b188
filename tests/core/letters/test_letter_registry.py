from dataclasses import fields

import pytest

from dossierwijs.core.letters.model import LetterError, MissingData, Paragraph
from dossierwijs.core.letters.registry import (
    KINDS,
    check_edited,
    essential_phrases,
    form_fields,
    get_kind,
    write_letter,
)
from tests.core.letters.letter_family import context_for, family_context, sample_input

EXPECTED_KINDS = {
    "inzage",
    "correctie",
    "verwijdering",
    "beperking",
    "bezwaar",
    "herinnering",
    "klacht_ap",
    "intrekking",
    "verkort_verslag",
    "aanbieding",
    "mentor_update",
    "geen_toestemming",
    "machtiging",
    "informatie",
    "verslag_reactie",
    "gesprek_voorbereiding",
}


def test_every_letter_kind_is_registered_with_a_dutch_label():
    assert set(KINDS) == EXPECTED_KINDS
    for kind in KINDS.values():
        assert kind.label and kind.description
        assert kind.essential_facts


@pytest.mark.parametrize("key", sorted(EXPECTED_KINDS))
def test_form_fields_match_the_input_dataclass(key):
    form = form_fields(key)
    assert [f.name for f in form] == [f.name for f in fields(get_kind(key).input_type)]
    for f in form:
        assert f.label and f.label[0].isupper()
        if f.widget in ("choice", "checklist"):
            assert f.choices


def test_inzage_form_offers_the_checklist_all_ticked():
    checklist = next(f for f in form_fields("inzage") if f.name == "checklist")
    assert len(checklist.choices) == 11
    assert set(checklist.default) == {key for key, _ in checklist.choices}


@pytest.mark.parametrize(
    "key", ["correctie", "verwijdering", "bezwaar", "aanbieding", "geen_toestemming"]
)
def test_empty_required_fields_are_asked_for_by_label(key):
    kind = get_kind(key)
    required = [f for f in form_fields(key) if f.required]
    empty = {f.name: "" if f.widget not in ("lines",) else () for f in required}
    data = kind.input_type(**{**sample_input(key).__dict__, **empty})
    with pytest.raises(MissingData) as caught:
        write_letter(key, data, context_for(key), "zakelijk")
    assert set(caught.value.labels) == {f.label for f in required}


def test_whitespace_only_counts_as_missing():
    data = get_kind("bezwaar").input_type(processing="   ", situation="Sanne is bang.")
    with pytest.raises(MissingData) as caught:
        write_letter("bezwaar", data, family_context(), "vriendelijk")
    assert caught.value.labels == ("Tegen welk gebruik maakt u bezwaar",)


def test_unknown_kind_and_tone_give_a_dutch_message():
    with pytest.raises(LetterError, match="Onbekende soort brief"):
        get_kind("liefdesbrief")
    with pytest.raises(LetterError, match="Onbekende toon"):
        write_letter("inzage", sample_input("inzage"), family_context(), "boos")


def test_an_edit_that_drops_the_copy_request_is_flagged():
    ctx, data = family_context(), sample_input("inzage")
    letter = write_letter("inzage", data, ctx, "zakelijk")
    assert check_edited(letter, data, ctx) == []
    kept = tuple(p for p in letter.paragraphs if "artikel 15 lid 3" not in p.text)
    from dataclasses import replace

    edited = replace(letter, paragraphs=kept + (Paragraph("Graag een overzicht."),))
    lost = check_edited(edited, data, ctx)
    assert "Uitdrukkelijk een kopie gevraagd (artikel 15 lid 3 AVG)" in lost
    # the digital, free copy paragraph also cites artikel 15 lid 3 and went with it
    assert "Een digitale kopie, de eerste kosteloos, niet alleen inzien op school" in lost


def test_essential_phrases_include_what_the_parent_filled_in():
    ctx, data = family_context(), sample_input("verwijdering")
    phrases = essential_phrases("verwijdering", data, ctx)
    assert phrases["Welke documenten of gegevens"] == (
        "het volledige psychodiagnostisch verslag van De Vlinderboom",
    )
