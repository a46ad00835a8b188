"""Classes seen after scoring sealed109-112 (tuned, not a measure), each with a neighbour
that keeps its judgment.

- "Intrekken kan altijd: pas uw antwoord aan in deze app": "pas" is the imperative of
  "aanpassen", not "only then" (sealed112).
- "dan wordt uw kind niet gecontroleerd", when the choice asks for that check, is no loss
  (sealed109); a check lost when the choice only passes its result on still is.
- A required box that states who the parent is ("Ik ben ouder/verzorger met gezag") is no
  consent made compulsory (sealed109); a required consent box still is.
- "Mogen wij deze foto ... in onze e-mailnieuwsbrief zetten?" names the photo as the data
  (sealed109).
- "vertellen dat Aziz ... bij zijn vader woont" says what is told (sealed110). ("om te horen
  hoe het gaat" was taken out after the outside review: "horen wat er thuis allemaal speelt"
  names nothing.)
- "nadat wij alle stukken hebben ontvangen" waits for papers, and "verwijdert elke opname
  ..., en alle overige gegevens uiterlijk 1 mei" throws them away (sealed110, sealed111).
"""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.boxes import ocr_boxes
from dossierwijs.core.consent_check.data_scope import open_data
from dossierwijs.core.consent_check.form import Form


def _judged(text: str, code: str) -> str:
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria[code].oordeel


def _open(text: str) -> list[str | None]:
    return [open_data(s) for s in Form(text).sentences]


_LETTER = (
    "Mag juf Esmee haar observatielijst taal van Fenna aan logopedist Jeroen mailen? Dan weet hij "
    "waar hij moet beginnen.\n\n     ◯ Ja   ◯ Nee\n\n{line}\n"
)


def test_adjusting_the_answer_in_the_app_is_no_limit_on_withdrawing():
    line = "Intrekken kan altijd: pas uw antwoord aan in deze app of stuur juf Esmee een bericht."
    assert _judged(_LETTER.format(line=line), "intrekken") == "ok"


def test_withdrawing_only_later_is_still_a_limit():
    line = "Intrekken kan pas na afloop van het schooljaar, via de administratie."
    assert _judged(_LETTER.format(line=line), "intrekken") == "gebrek"


_CHECK = (
    "1. Mag de luizenwerkgroep het haar van uw kind {asked}? *\n   ( ) Ja\n   ( ) Nee\n\n"
    "Als u geen toestemming geeft, wordt uw kind niet gecontroleerd. Dat heeft verder geen "
    "enkel gevolg voor uw kind.\n"
)


def test_the_check_asked_for_not_done_is_no_loss():
    assert _judged(_CHECK.format(asked="controleren op hoofdluis"), "vrij") == "ok"


def test_a_check_lost_when_only_its_result_is_asked_is_a_loss():
    text = (
        "1. Mag de uitkomst van de luizencontrole naar de GGD? *\n   ( ) Ja\n   ( ) Nee\n\n"
        "Als u geen toestemming geeft, wordt uw kind niet gecontroleerd.\n"
    )
    assert _judged(text, "vrij") == "gebrek"


_REQUIRED = (
    "* = verplicht veld\n\n1. Mag de juf een foto van uw kind in de klassenapp zetten? *\n"
    "   ( ) Ja\n   ( ) Nee\n\n{box}\n"
)


def test_a_required_statement_of_who_the_parent_is_is_no_forced_consent():
    box = "[ ] Ik ben ouder/verzorger met gezag van dit kind. *"
    assert _judged(_REQUIRED.format(box=box), "vrij") == "ok"


def test_a_required_consent_box_is_still_forced():
    box = "[ ] Ik geef toestemming om de gegevens met de GGD te delen. *"
    assert _judged(_REQUIRED.format(box=box), "vrij") == "gebrek"


def test_a_photo_to_be_put_in_the_newsletter_is_the_data():
    text = (
        "Mogen wij deze foto (zonder namen) bij het verslag van de excursie in onze "
        "e-mailnieuwsbrief voor ouders zetten? Sms JA of NEE terug."
    )
    assert _judged(text, "gegevens") == "ok"


@pytest.mark.parametrize(
    "text",
    [
        "Mag ik meester Jeroen vertellen dat Aziz sinds januari om de week bij zijn vader woont?",
    ],
)
def test_what_is_asked_or_told_as_a_clause_is_the_data(text):
    assert _judged(text, "gegevens") == "ok"


def test_a_call_about_nothing_in_particular_names_no_data():
    assert _judged("Ik wil graag even met meester Jeroen bellen.", "gegevens") == "gebrek"


@pytest.mark.parametrize(
    "text",
    [
        "U krijgt binnen 8 weken nadat wij alle stukken hebben ontvangen een besluit.",
        "Luisterlab verwijdert elke opname binnen twee weken nadat hij is geanalyseerd, en alle "
        "overige gegevens uiterlijk 1 mei 2026.",
    ],
)
def test_papers_waited_for_or_thrown_away_are_not_shared(text):
    assert _open(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Zodra wij alle stukken hebben, sturen wij alles naar de GGD.",
        "Wij verwijderen de opname binnen een week, en sturen alle gegevens naar de GGD.",
    ],
)
def test_open_data_passed_on_beside_them_stays_open(text):
    assert _open(text) != [None]


def test_an_app_bar_with_a_tick_icon_is_no_ticked_box():
    line = "🏠 Home   💬 Berichten   📅 Agenda   ✅ Toestemmingen"
    assert "✅" not in ocr_boxes(line)


def test_whatever_the_record_holds_is_open_data():
    text = (
        "Voor de verjaardagskalender gebruikt SchoolSpiegel de leerlinggegevens van uw kind die "
        "de school in de leerlingadministratie heeft staan."
    )
    assert _open(text) != [None]
    # Named data from the same record is not: "de voornaam en de verjaardag uit de
    # leerlingadministratie".
    named = (
        "Voor de verjaardagskalender gebruikt SchoolSpiegel de voornaam en de verjaardag van uw "
        "kind uit de leerlingadministratie."
    )
    assert _open(named) == [None]
