from datetime import date

import pytest

from dossierwijs.core.letters.model import (
    Address,
    MissingData,
    Paragraph,
    dutch_date,
    join_names,
    placeholders_in,
)
from dossierwijs.core.letters.registry import write_letter
from tests.core.letters.letter_family import family_context, sample_input


def test_dates_are_written_the_dutch_way():
    assert dutch_date(date(2013, 4, 12)) == "12 april 2013"


def test_names_are_joined_with_en():
    assert join_names(["Eva", "Joost"]) == "Eva en Joost"
    assert join_names(["A", "B", "C"]) == "A, B en C"
    assert join_names(["Eva"]) == "Eva"


@pytest.mark.parametrize(
    "text", ["Geachte [naam],", "Beste {mentor}", "<<school>>", "Datum: XXX", "adres invullen", "…"]
)
def test_placeholder_scan_finds_template_leftovers(text):
    assert placeholders_in(text)


def test_placeholder_scan_accepts_a_normal_sentence():
    assert placeholders_in("Wij vragen om een kopie (artikel 15 lid 3 AVG).") == []


def test_missing_data_lists_the_dutch_labels_once():
    error = MissingData(["Naam van uw kind", "Naam van uw kind", "Uw adres"])
    assert error.labels == ("Naam van uw kind", "Uw adres")
    assert error.message == "Vul nog in: Naam van uw kind; Uw adres."


def test_context_without_address_asks_for_it():
    ctx = family_context(address=Address("", "", ""), place="")
    with pytest.raises(MissingData) as caught:
        write_letter("inzage", sample_input("inzage"), ctx, "zakelijk")
    assert "Uw adres (straat en huisnummer, postcode, plaats)" in caught.value.labels
    assert "Plaats van ondertekening" in caught.value.labels


def test_edited_body_round_trips_paragraphs_and_bullets():
    letter = write_letter(
        "verwijdering", sample_input("verwijdering"), family_context(), "zakelijk"
    )
    text = "\n\n".join(
        "\n".join(([p.text] if p.text else []) + [f"- {i}" for i in p.items])
        for p in letter.paragraphs
    )
    assert letter.with_edited_body(text).paragraphs == letter.paragraphs


def test_edited_body_keeps_the_parents_changes():
    letter = write_letter(
        "verwijdering", sample_input("verwijdering"), family_context(), "zakelijk"
    )
    edited = letter.with_edited_body("Eerste alinea.\n\nTweede:\n- een\n- twee")
    assert edited.paragraphs == (Paragraph("Eerste alinea."), Paragraph("Tweede:", ("een", "twee")))
    assert edited.salutation == letter.salutation
