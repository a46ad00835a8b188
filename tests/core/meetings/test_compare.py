"""The report comparer on small report pairs written for these tests, one per kind of difference."""

import pytest

from dossierwijs.core.meetings import KINDS, compare_reports

OWN = """Ons verslag van het gesprek over Isa

Datum: donderdag 12 maart 2026, 9.30 uur
Aanwezig: Hanneke Vermeulen (moeder), juf Karlijn (leerkracht groep 5), Joris Pels (intern begeleider)

Besproken
Juf Karlijn zei dat Isa bij taal goed meekomt, maar bij rekenen vastloopt bij breuken.
Wij hebben verteld dat Isa thuis veel moeite heeft met klokkijken.

Afspraken
- Joris vraagt voor 27 maart een rekenonderzoek aan bij het samenwerkingsverband.
- Isa krijgt twee keer per week een half uur extra rekenhulp van juf Karlijn.
- Wij oefenen thuis elke dag tien minuten met de rekenkaartjes.
- Evaluatie op donderdag 7 mei 2026 om 9.30 uur.
"""

SCHOOL_FAITHFUL = """Verslag oudergesprek Isa Vermeulen, groep 5
Datum: 12 maart 2026
Aanwezig: moeder, leerkracht, intern begeleider

De leerkracht geeft aan dat Isa bij taal goed meekomt; bij rekenen loopt zij vast op breuken.
Moeder vertelt dat Isa thuis veel moeite heeft met klokkijken.

Afspraken
- De intern begeleider vraagt voor 27 maart een rekenonderzoek aan bij het samenwerkingsverband.
- Isa krijgt twee keer per week een half uur extra rekenhulp van de leerkracht.
- Ouders oefenen thuis dagelijks tien minuten met rekenkaartjes.
- Evaluatie donderdag 7 mei 2026, 9.30 uur.
"""


def kinds(own: str, school: str) -> list[str]:
    return [d.soort for d in compare_reports(own, school).verschillen]


def only(own: str, school: str, kind: str):
    found = [d for d in compare_reports(own, school).verschillen if d.soort == kind]
    assert len(found) == 1, compare_reports(own, school)
    return found[0]


def test_a_faithful_report_in_other_words_has_no_differences():
    assert kinds(OWN, SCHOOL_FAITHFUL) == []


def test_an_agreement_left_out_is_ontbreekt_with_the_parents_sentence_and_no_school_sentence():
    school = SCHOOL_FAITHFUL.replace(
        "- Ouders oefenen thuis dagelijks tien minuten met rekenkaartjes.\n", ""
    )
    found = only(OWN, school, "ontbreekt")
    assert found.eigen == "Wij oefenen thuis elke dag tien minuten met de rekenkaartjes."
    assert found.school == ""
    assert "afspraak" in found.uitleg


def test_an_objection_left_out_is_ontbreekt_and_called_a_bezwaar():
    own = OWN.replace(
        "Wij hebben verteld",
        "Wij willen niet dat Isa voor rekenen naar een lagere groep gaat. Wij hebben verteld",
    )
    found = only(own, SCHOOL_FAITHFUL, "ontbreekt")
    assert found.eigen.startswith("Wij willen niet dat Isa")
    assert "bezwaar" in found.uitleg.lower()


def test_another_deadline_is_anders_and_names_both_dates():
    school = SCHOOL_FAITHFUL.replace("voor 27 maart", "voor de zomervakantie")
    found = only(OWN, school, "anders")
    assert "27 maart" in found.eigen and "zomervakantie" in found.school
    assert "27 maart" in found.uitleg and "zomervakantie" in found.uitleg


def test_another_time_is_anders():
    found = only(OWN, SCHOOL_FAITHFUL.replace("2026, 9.30 uur", "2026, 10.30 uur"), "anders")
    assert "9.30" in found.uitleg and "10.30" in found.uitleg


def test_another_number_or_frequency_is_anders():
    school = SCHOOL_FAITHFUL.replace(
        "twee keer per week een half uur", "één keer per week een half uur"
    )
    found = only(OWN, school, "anders")
    assert "ander aantal" in found.uitleg


def test_another_person_responsible_is_anders_with_names_resolved_to_roles():
    school = SCHOOL_FAITHFUL.replace(
        "De intern begeleider vraagt voor 27 maart", "Ouders vragen voor 27 maart"
    )
    found = only(OWN, school, "anders")
    assert found.eigen.startswith("Joris vraagt")
    assert "de intern begeleider" in found.uitleg and "de ouders" in found.uitleg


def test_a_position_turned_around_is_anders():
    own = OWN.replace(
        "Afspraken", "Wij zijn het niet eens met het uitstel van het onderzoek.\n\nAfspraken"
    )
    school = SCHOOL_FAITHFUL.replace(
        "Afspraken", "Ouders zijn het eens met het uitstel van het onderzoek.\n\nAfspraken"
    )
    found = only(own, school, "anders")
    assert "omgedraaid" in found.uitleg


def test_a_dropped_condition_is_anders_and_quotes_the_condition():
    own = OWN.replace(
        "Afspraken",
        "Wij geven toestemming voor het rekenonderzoek, op voorwaarde dat wij de uitslag eerst "
        "lezen.\n\nAfspraken",
    )
    school = SCHOOL_FAITHFUL.replace(
        "Afspraken", "Ouders geven toestemming voor het rekenonderzoek.\n\nAfspraken"
    )
    found = only(own, school, "anders")
    assert "op voorwaarde dat wij de uitslag eerst lezen" in found.uitleg


def test_judgmental_wording_is_oordelend_with_the_reason_it_matters():
    school = SCHOOL_FAITHFUL.replace(
        "Moeder vertelt dat", "Moeder was erg emotioneel. Moeder vertelt dat"
    )
    found = only(OWN, school, "oordelend")
    assert found.school == "Moeder was erg emotioneel."
    assert "emotioneel" in found.uitleg and "niet wat er gezegd is" in found.uitleg


def test_wording_the_parents_used_themselves_is_not_oordelend():
    own = OWN.replace("Wij hebben verteld", "Isa is thuis vaak boos. Wij hebben verteld")
    school = SCHOOL_FAITHFUL.replace("Moeder vertelt", "Isa is thuis vaak boos. Moeder vertelt")
    assert kinds(own, school) == []


def test_an_action_not_discussed_is_extra():
    school = SCHOOL_FAITHFUL.replace(
        "- Evaluatie", "- De leerkracht meldt Isa aan voor de schoolarts van de GGD.\n- Evaluatie"
    )
    found = only(OWN, school, "extra")
    assert found.eigen == "" and "GGD" in found.school


def test_a_share_limited_by_the_parents_and_widened_by_school_is_anders():
    own = OWN.replace(
        "- Evaluatie",
        "- Wij sturen alleen de samenvatting van het logopedieverslag naar Joris.\n- Evaluatie",
    )
    school = SCHOOL_FAITHFUL.replace(
        "- Evaluatie",
        "- Ouders sturen het volledige logopedieverslag naar de intern begeleider.\n- Evaluatie",
    )
    found = only(own, school, "anders")
    assert "beperking" in found.uitleg


def test_every_difference_has_a_known_kind_both_sentences_as_strings_and_an_explanation():
    school = SCHOOL_FAITHFUL.replace("voor 27 maart", "na de meivakantie").replace(
        "Moeder vertelt dat", "De thuissituatie lijkt onrustig. Moeder vertelt dat"
    )
    result = compare_reports(OWN, school).to_json()
    assert set(result) == {"verschillen"}
    for item in result["verschillen"]:
        assert set(item) == {"soort", "eigen", "school", "uitleg"}
        assert item["soort"] in KINDS
        assert isinstance(item["eigen"], str) and isinstance(item["school"], str)
        assert item["eigen"] or item["school"]
        assert len(item["uitleg"]) > 20


@pytest.mark.parametrize("text", ["", "   \n", "Verslag\n\nAfspraken\n"])
def test_empty_or_heading_only_reports_give_no_error(text):
    compare_reports(text, SCHOOL_FAITHFUL)
    compare_reports(OWN, text)
