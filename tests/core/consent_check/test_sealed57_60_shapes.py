"""What sealed57-60 showed once scored, in sentences of our own: a purpose that leaves the door
open to any other, a form refused when an answer is no or empty, silence in a relative
clause, only the legal minimum after silence, a signature that is itself the act, a
required answer that may be no, a radio button on its placeholder. Their first-sight
figures are recorded before these changes (FIRST_SCORE.txt)."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form


@pytest.mark.parametrize(
    "catch_all",
    [
        "Wij gebruiken de gegevens voor de genoemde doelen en voor andere doeleinden die de "
        "school in het belang van de leerling nodig acht.",
        "Doel: het begeleiden van Mees in de klas, nu en wanneer dat in de toekomst nodig blijkt.",
        "Waarvoor gebruiken jullie dat? Voor alles wat bijdraagt aan de ontwikkeling van uw kind.",
    ],
)
def test_a_purpose_that_leaves_the_door_open_is_no_concrete_purpose(catch_all):
    text = (
        "1. Wij sturen het leesverslag naar Logopedie Het Klankbord, zodat de logopedist haar "
        "oefeningen kan afstemmen op de leesles. [ ] ja [ ] nee\n" + catch_all + "\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_form_refused_when_an_answer_is_no_or_empty_is_no_free_choice():
    text = (
        "F1 Mag de basisschool het OPP naar ons sturen? ( ) ja ( ) nee\n"
        "F2 Mag de zorgcoördinator met de ib'er bellen? ( ) ja ( ) nee\n"
        "Een formulier waarop F1 of F2 op nee staat of leeg is gelaten, kunnen wij niet als "
        "volledige aanmelding in behandeling nemen.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


_BUTTONS = "In de app staan twee knoppen: 'akkoord' en 'niet akkoord'.\n"


def test_silence_in_a_relative_clause_takes_it_as_a_yes():
    text = (
        _BUTTONS
        + "Ouders die voor 1 maart niet op het bericht reageren, geven daarmee toestemming.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "no_yes_assumed",
    [
        "Ouders die niet op het bericht reageren, krijgen na een week een herinnering.",
        "Horen we niets, dan doe ik alleen wat wettelijk moet: het onderwijskundig rapport sturen.",
    ],
)
def test_silence_that_assumes_no_yes_is_fine(no_yes_assumed):
    text = (
        "Mag ik het verslag van de logopedist meesturen naar de nieuwe school? Antwoord met ja "
        "of nee.\nHandtekening ouder: ______\n" + no_yes_assumed + "\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_signature_that_is_itself_the_act_is_no_consent_read_into_another_act():
    text = (
        "1. Het OPP gaat naar de nieuwe school.\n2. De mentor belt met de ib'er.\n"
        "Door ondertekening geeft u toestemming voor de uitwisselingen 1 tot en met 4.\n"
        "Handtekening ouder: ______________\n"
    )
    assert "Niets doen" not in judge_ondubbelzinnig(Form(text)).uitleg
    # Signed with the enrolment: still a signature, an active act (CRITERIA.md), but a no
    # costs the place, so the choice is not free (labelled so on all 7 labelled forms).
    folded = text.replace(
        "Door ondertekening geeft", "Met de ondertekening van het inschrijfformulier geeft"
    )
    assert judge_ondubbelzinnig(Form(folded)).oordeel == "ok"
    from dossierwijs.core.consent_check.choice import judge_vrij

    assert judge_vrij(Form(folded)).oordeel == "gebrek"


def test_a_required_answer_that_may_be_no_and_a_radio_on_its_placeholder():
    text = (
        "Mag de school de naam en het adres van Sem doorgeven aan Taxi Rijnland, zodat de "
        "chauffeur weet waar hij Sem ophaalt?\n"
        "(•) nog geen keuze   ( ) Ja   ( ) Nee      * verplicht veld\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"
    only_yes = text.replace("(•) nog geen keuze   ( ) Ja   ( ) Nee", "[ ] Ja, dat mag")
    assert judge_vrij(Form(only_yes)).oordeel == "gebrek"


def test_signing_along_is_no_service_lost():
    text = (
        "Jonas wil graag dat zijn mentor weet wat hij oefent. Dat kan alleen als jullie alle "
        "drie (Jonas is 15, dus hij tekent mee) daar ja op zeggen.\n"
        "A. Ik stuur mentor mw. Dekker de behandeldoelen, zodat zij Jonas in de klas kan "
        "helpen oefenen. [ ] ja [ ] nee\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_deciding_otherwise_at_any_moment_is_withdrawal():
    from dossierwijs.core.consent_check.choice import judge_intrekken

    text = (
        "Mag de fysiotherapeut de school laten weten hoe moe Daan is? [ ] ja [ ] nee\n"
        "Anders besluiten kan op elk moment, voor één regel of voor alles. Laat het de "
        "behandelcoördinator weten, per mail of telefoon.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"
