"""Data the rules cannot find, on a form of some length that never speaks of data in general
words, are a point to read, not a defect (doubt.absence_as_doubt). A form that speaks of
"informatie" without saying which keeps the defect, and so does a missing purpose; vague
wording keeps its own finding."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.calibration import open_to_doubt
from dossierwijs.core.consent_check.form import GEBREK, Judgement

_PHOTO = (
    "Beste ouders,\n\n"
    "Op de sportdag van vrijdag 12 juni maakt meester Bas foto's van de spellen.\n"
    "{line}\n\n"
    "Mag de foto van uw kind in de schoolgids 2026-2027?\n☐ ja ☐ nee\n\n"
    "De foto's staan in de beveiligde map van de school op SharePoint en worden op 31 juli 2027 "
    "verwijderd. U mag nee zeggen; uw kind doet dan gewoon mee. Intrekken kan altijd via "
    "info@rietland.example.nl.\n\nNaam ouder: ..........   Handtekening: ..........\n"
)


def _judged(text: str) -> dict[str, Judgement]:
    return check_consent_form(text, by_meaning=False, calibrated=False).criteria


def test_a_purpose_the_rules_cannot_find_stays_a_defect():
    criteria = _judged(_PHOTO.format(line=""))
    assert criteria["doel"].oordeel == "gebrek"
    assert criteria["doel"].uitleg.startswith("Het formulier zegt niet waarvoor")


_ROBOT = (
    "Beste ouders van groep 6,\n\n"
    "Jesse is ziek en volgt de lessen dit jaar thuis, via een kleine robot op zijn plek in de "
    "klas. Hij ziet en hoort dan wat er in de kring gebeurt en kan zelf vragen stellen. Er wordt "
    "niets opgenomen. {line}\n\n"
    "Mag uw kind in de kring zitten als de robot aan staat?\n☐ ja ☐ nee\n\n"
    "U mag nee zeggen; uw kind krijgt dan een plek buiten beeld. Intrekken kan altijd via "
    "juf Roos (roos@zonnedak.example.nl).\n"
)


def test_a_form_that_never_speaks_of_data_in_general_words_is_a_point_to_read():
    criteria = _judged(_ROBOT.format(line=""))
    assert criteria["gegevens"].oordeel == "ok"
    assert "Twijfel" in criteria["gegevens"].uitleg


def test_information_passed_on_without_saying_which_keeps_the_defect():
    line = "Daarvoor geven wij informatie over de klas door aan de ouders van Jesse."
    assert _judged(_ROBOT.format(line=line))["gegevens"].oordeel == "gebrek"


def test_a_talk_about_the_child_with_nothing_said_of_what_keeps_the_defect():
    text = (
        "Beste ouders,\n\nWe praten met de jeugdarts over uw kind. Zo kan zij de oefeningen "
        "afstemmen. Mag dat?\n☐ ja ☐ nee\n"
    )
    assert _judged(text)["gegevens"].oordeel == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Wij delen de foto's met de sportclub. Dat is goed voor uw kind.",
        "We share the photos with the sports club in the best interest of your child.",
        "We share the photos with Sportlab BV to improve our services.",
        "De sportclub krijgt uw e-mailadres, zodat ze u later kan benaderen voor andere leuke dingen.",
        "Wij delen de foto's ten behoeve van een goede en integrale hulpverlening.",
        "In het kader van passend onderwijs vragen wij uw toestemming voor het volgende.",
    ],
)
def test_vague_purposes_keep_their_own_finding(line):
    assert _judged(_PHOTO.format(line=line))["doel"].oordeel == "gebrek"


def test_passend_onderwijs_in_a_forms_title_is_no_open_purpose():
    line = "VERKLARING IN HET KADER VAN PASSEND ONDERWIJS vastgesteld krachtens artikel 9"
    text = _PHOTO.format(
        line="Wij zetten de foto's in de schoolgids, zodat nieuwe ouders zien hoe "
        "een sportdag bij ons gaat."
    ).replace("Beste ouders,", line + "\n\nBeste ouders,")
    assert _judged(text)["doel"].oordeel == "ok"


_NOT_FREE = "U heeft geen echte keuze: als u niet tekent, krijgt uw kind iets niet."


def test_help_put_off_on_a_refusal_is_never_doubted_by_the_calibration():
    found = Judgement(
        GEBREK, _NOT_FREE, ("Weigert u, dan start de begeleiding op school pas daarna.",)
    )
    assert not open_to_doubt("vrij", found)


def test_another_cost_of_a_refusal_may_be_doubted():
    found = Judgement(GEBREK, _NOT_FREE, ("Zegt u nee, dan staat uw kind niet op de klassenfoto.",))
    assert open_to_doubt("vrij", found)
