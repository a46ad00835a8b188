"""A longer document around a consent question: what it itself sets apart (a legal duty, an
exchange that already happened or "staat los van" this one) is not judged as part of the
consent, and what speaks of the choice or of keeping the data stays in. Sentences of our
own, in the shapes of a school guide, a privacy statement and a report."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.background import outside_the_request
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.sentences import split_form

_QUESTION = (
    "3. Eén vraag aan u\n"
    "Mogen wij de uitslag van de leestoets van Sem sturen naar Logopedie Het Klankbord, zodat "
    "de logopedist haar oefeningen kan afstemmen op de leesles?\n"
    "[ ] Ja   [ ] Nee\n"
    "U hoeft geen toestemming te geven; Sem krijgt dan gewoon de leesles in de klas.\n"
    "Het Klankbord bewaart de uitslag in haar cliëntdossier. De toestemming geldt tot 1 juli 2027. U kunt haar "
    "altijd intrekken met een mail aan de intern begeleider.\n"
    "Handtekening ouder: ______________   Datum: ________\n"
)


def _set_apart(text: str) -> list[str]:
    sentences = split_form(text)
    return [sentences[i].text for i in sorted(outside_the_request(sentences))]


def test_a_section_about_what_the_law_requires_is_not_part_of_the_consent():
    text = (
        "1. Wat wij altijd vastleggen\n"
        "Bij de inschrijving noteren wij naam, adres, BSN en alle medische bijzonderheden.\n"
        "Dat is wettelijk verplicht en gebeurt zonder toestemming.\n"
        "Ons bestuur krijgt twee keer per jaar de toetsgegevens van alle groepen.\n\n" + _QUESTION
    )
    apart = _set_apart(text)
    assert any("noteren wij naam" in t for t in apart)
    assert any("Ons bestuur krijgt" in t for t in apart)
    assert not any("leestoets" in t for t in apart)
    result = check_consent_form(text)
    # "alle medische bijzonderheden" and "Ons bestuur" are not what the parent is asked.
    assert result.criteria["gegevens"].oordeel == "ok"
    assert result.criteria["ontvangers"].oordeel == "ok"
    assert result.verdict == "geldig"


def test_the_sentence_a_legal_remark_points_back_to_is_set_apart():
    text = (
        "Het onderwijskundig rapport sturen wij naar iedere nieuwe school en naar alle "
        "betrokken instanties.\nDat is wettelijk geregeld; daarvoor vragen wij geen "
        "toestemming.\n\n" + _QUESTION
    )
    assert len(_set_apart(text)) == 2
    assert check_consent_form(text).criteria["ontvangers"].oordeel == "ok"


@pytest.mark.parametrize(
    "kept",
    [
        "U hoeft geen toestemming te geven.",
        "U bent niet verplicht toestemming te geven; zonder toestemming sturen wij alleen de "
        "wettelijk verplichte gegevens.",
        "De wet verplicht ons het dossier twintig jaar te bewaren.",
        "Een aparte handtekening is niet nodig.",
        "Deelname aan het kamp staat los van dit strookje.",
    ],
)
def test_what_speaks_of_the_choice_or_of_keeping_stays_in(kept):
    assert _set_apart(kept + "\n\n" + _QUESTION) == []


def test_a_section_that_asks_the_parent_something_stays_whole():
    text = (
        "Privacy\n"
        "Voor de leerlingadministratie is geen toestemming nodig.\n\n"
        "Voor foto's in de schoolgids vragen wij wel uw toestemming: [ ] ja [ ] nee\n"
    )
    assert _set_apart(text) == ["Voor de leerlingadministratie is geen toestemming nodig."]


def test_an_exchange_that_already_happened_is_background():
    text = (
        "Beginsituatie\n"
        "De vorige school heeft het hele dossier bij de overstap naar ons gestuurd.\n\n" + _QUESTION
    )
    assert _set_apart(text) == [
        "De vorige school heeft het hele dossier bij de overstap naar ons gestuurd."
    ]
    assert check_consent_form(text).criteria["gegevens"].oordeel == "ok"


@pytest.mark.parametrize(
    "kept",
    [
        "Als de logopedist het verslag heeft gestuurd, bespreken wij het met u.",
        "U heeft mij het verslag gemaild.",
        "Heeft de school zorgen met u gedeeld?",
    ],
)
def test_a_condition_a_question_or_the_parents_own_act_is_no_past_exchange(kept):
    assert _set_apart(kept + "\n\n" + _QUESTION) == []


def test_an_exchange_set_apart_from_this_study_is_not_judged_with_it():
    text = (
        "De school deelt daarnaast de namen van alle leerlingen met de bibliotheek; dat staat "
        "los van ons onderzoek.\n\n" + _QUESTION
    )
    assert len(_set_apart(text)) == 1
    assert Form(text).set_apart


def test_a_form_without_such_remarks_loses_nothing():
    assert _set_apart(_QUESTION) == []
