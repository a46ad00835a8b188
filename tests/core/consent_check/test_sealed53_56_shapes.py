"""What sealed53-56 showed once scored, in sentences of our own: silence taken as a yes in
new words, an open group in a field of recipients, a withdrawal only at the end of a block
or before a first meeting, and a place or a start that waits for a yes on every question.
Their first-sight figures are recorded before these changes (FIRST_SCORE.txt)."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.which_data import judge_gegevens

_ASK = (
    "Mag de logopedist het verslag van Sem bespreken met juf Petra van groep 3?\n"
    "[ ] Ja     [ ] Nee\n"
)


@pytest.mark.parametrize(
    "silence",
    [
        "Krijgen wij het strookje niet terug, dan gaan we ervan uit dat het u goed uitkomt.",
        "Ligt er na vrijdag geen strookje in het bakje, dan gaan we uit van twee keer ja.",
        "Een vraag overgeslagen? Geen probleem! Dan zetten wij daar zelf een kruisje bij Ja.",
    ],
)
def test_silence_or_a_yes_ticked_by_the_school_is_no_active_consent(silence):
    assert judge_ondubbelzinnig(Form(_ASK + silence + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "kept",
    [
        "Krijgen wij het strookje niet terug, dan gaan we ervan uit dat u geen toestemming geeft.",
        "Ligt er na vrijdag geen strookje in het bakje, dan gaan we uit van nee.",
    ],
)
def test_silence_taken_as_a_no_is_fine(kept):
    assert judge_ondubbelzinnig(Form(_ASK + kept + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "text",
    [
        "Wie krijgen het?\nAntwoord: de intern begeleider van De Vuurtoren, en verder iedereen "
        "die Sem bij de overstap nog gaat begeleiden.\n",
        "Wie ziet het: de trainers, clubverzorger Ineke Pot en de begeleiders met wie we op "
        "toernooidagen samenwerken.\n",
    ],
)
def test_an_open_group_in_the_answer_to_who_gets_it_is_a_defect(text):
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "text",
    [
        "Wilt u stoppen, dan kunt u de toestemming schriftelijk intrekken tegen het einde van "
        "een behandelblok van twaalf weken.\n",
        "Van gedachten veranderd?\nLaat het juf Mirjam weten vóór het eerste oudergesprek in "
        "oktober (mirjam@school.example.nl). Daarna liggen de afspraken vast tot de zomer.\n",
    ],
)
def test_a_withdrawal_only_at_the_end_of_a_block_or_before_a_first_meeting_is_restricted(text):
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "gate",
    [
        "Zolang we niet op beide vragen een ja hebben, zetten we zijn plek in de leesgroep even "
        "op pauze.",
        "Zodra wij bij beide vragen uw 'Ja' binnen hebben, kan Elif instromen in de taalgroep.",
    ],
)
def test_a_place_that_waits_for_a_yes_on_every_question_is_no_free_choice(gate):
    text = "1. Mogen wij het verslag delen met de logopedist?\n2. Mag de tolk meelezen?\n" + gate
    assert judge_vrij(Form(text + "\n")).oordeel == "gebrek"


def test_turning_back_when_you_like_in_a_chat_is_a_withdrawal():
    text = (
        "En mocht je later iets terug willen draaien: een appje hier of een mail naar "
        "info@zwemschool.example.nl, wanneer je maar wilt.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_switches_left_off_are_a_place_to_consent():
    text = (
        "Elke schakelaar staat standaard UIT; zet hem zelf op AAN als u het goed vindt.\n"
        "Overdrachtsformulier naar de leerkracht                 [ UIT ○ ]\n"
        "Warm overdrachtsgesprek met de intern begeleider        [ UIT ○ ]\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_switch_set_on_beforehand_is_not():
    text = (
        "Elke schakelaar staat standaard AAN; zet hem op UIT als u het niet wilt.\n"
        "Overdrachtsformulier naar de leerkracht                 [ UIT ○ ]\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_everything_that_goes_into_a_named_dossier_is_kept_not_shared():
    text = (
        "Ik stuur de juf het oefenschema van Elif, zodat zij kan aansluiten.\n"
        "Alles wat ik krijg of opschrijf, komt in Elifs leerlingdossier in MuziekPlan.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_others_only_when_the_law_requires_it_is_no_open_group():
    text = (
        "Naam en klas gaan naar Drukkerij Van Hemert voor het jaarboek.\n"
        "Gegevens gaan alleen naar anderen als de wet dat verplicht.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_a_report_kept_with_the_recipient_in_their_system_names_the_place():
    text = (
        "Het verslag staat bij Kernwerk in hun cliëntsysteem, en op school in het "
        "leerlingdossier in Leerlingkompas. Wij bewaren het tot de zomer van 2029.\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"
