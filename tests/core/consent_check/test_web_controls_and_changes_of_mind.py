"""Shapes seen on spent sets and known gaps, in sentences of our own: web forms that ask with
buttons or a dropdown instead of boxes, a change of mind asked as a short heading, a yes to
every question as the ticket to a waiting list, a refusal and its cost in one sentence, an
empty box taken as a yes, and a form that says a choice per part is not on offer."""

import pytest

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.which_data import judge_gegevens

_ASK = (
    "Logopedist Sanne Vos wil het verslag van het onderzoek van Mila delen met intern\n"
    "begeleider Ruud Bakker, zodat hij de leesaanpak in de klas kan afstemmen.\n\n"
    "Geeft u toestemming?\n\n"
)


@pytest.mark.parametrize(
    "control",
    [
        "   ( Ja, ik geef toestemming )      ( Nee )\n",
        "   [ Toestaan ]            [ Niet nu ]\n",
        "   [ Nee ]   [ Akkoord ]\n",
        "   Uw keuze:  [ - kies - ▼ ]\n\n   [ Mijn keuzes opslaan ]\n",
        "   Uw antwoord: [ Selecteer een antwoord ▾ ]\n",
    ],
)
def test_answer_buttons_or_an_open_dropdown_are_a_place_to_consent(control):
    assert judge_ondubbelzinnig(Form(_ASK + control)).oordeel == "ok"


@pytest.mark.parametrize(
    "control",
    [
        "   Uw keuze:  [ Ja ▼ ]\n\n   [ Opslaan ]\n",  # filled in for the parent
        "   [ Opslaan ]      [ Annuleren ]\n",  # no answer at all
        "   ( Ja, ik geef toestemming )\n",  # a yes with no way to say no
    ],
)
def test_a_dropdown_already_answered_or_a_lone_button_is_no_place_to_consent(control):
    assert judge_ondubbelzinnig(Form(_ASK + control)).oordeel == "gebrek"


_WAITING_LIST = (
    "4.1  Wij vragen bij de huisarts de verwijsbrief op, om te bepalen hoe dringend de hulp is.\n"
    "        ( Ja, ik geef toestemming )    ( Nee )\n"
    "4.2  Wij geven de hulpvraag door aan Jeugdzorg De Oever, voor een intakeafspraak.\n"
    "        ( Ja, ik geef toestemming )    ( Nee )\n\n"
)


def test_a_yes_to_every_question_as_the_ticket_to_the_waiting_list_is_no_free_choice():
    text = _WAITING_LIST + (
        '- Milan komt op de wachtlijst zodra u bij alle vragen "Ja" heeft gekozen.\n'
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_the_waiting_list_starting_whatever_the_answers_is_a_free_choice():
    text = _WAITING_LIST + (
        "- Milan komt op de wachtlijst zodra wij de aanmelding hebben ontvangen, ook als u "
        "nee kiest.\n"
    )
    assert judge_vrij(Form(text)).oordeel != "gebrek"


_KEPT_AT = "Het verslag komt in ParnasSys.\n"


@pytest.mark.parametrize(
    "heading, answer",
    [
        ("▾ Toch anders?", "Scan de QR-code opnieuw en zet uw antwoord om, of bel 0591-622047."),
        ("Anders willen?", "Dat kan elke dag: open de link opnieuw en kies een ander antwoord."),
        ("Toch weer weg?", 'Dat kan altijd: kies "Groep verlaten" en laat het Esther weten.'),
    ],
)
def test_a_change_of_mind_asked_as_a_heading_and_answered_under_it_is_a_withdrawal(heading, answer):
    text = _KEPT_AT + "\n" + heading + "\n" + answer + "\n"
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_a_switch_turned_off_again_at_any_moment_is_a_withdrawal():
    text = (
        "Het dossier verwijderen wij twee jaar na het einde van de opvang. (i) Terugdraaien?\n"
        "Een schuifje zet u op elk gewenst moment weer UIT via Mijn gegevens > Toestemmingen.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "text",
    [
        "▾ Toch anders?\nDe uitslag staat in het portaal.\n",  # answered by nothing
        "Nog iets anders?\nBel ons gerust op 0591-622047.\n",  # any other question
    ],
)
def test_a_question_that_is_no_change_of_mind_or_is_left_unanswered_is_no_withdrawal(text):
    assert judge_intrekken(Form(_KEPT_AT + "\n" + text)).oordeel == "gebrek"


_PARTS = (
    "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, en de uitslag van de\n"
    "taalscreening bespreken met de jeugdverpleegkundige van de GGD.\n"
)


@pytest.mark.parametrize(
    "refusal",
    [
        "Nee zeggen is geen probleem, uw kind krijgt dan geen extra ondersteuning bij het lezen.",
        "Nee zeggen is geen probleem, Noor krijgt dan geen extra leesbegeleiding van de IB'er.",
    ],
)
def test_saying_no_and_its_cost_in_one_sentence_is_no_free_choice(refusal):
    assert judge_vrij(Form(_PARTS + refusal + "\n")).oordeel == "gebrek"


def test_saying_no_with_the_help_kept_in_one_sentence_is_a_free_choice():
    text = _PARTS + (
        "Nee zeggen is geen probleem, uw kind krijgt dan gewoon dezelfde ondersteuning.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


_BOXES = (
    "[ ] Ja, delen met logopedist Anna de Wit       [ ] Nee\n"
    "[ ] Ja, bespreken met de jeugdverpleegkundige  [ ] Nee\n"
)


@pytest.mark.parametrize(
    "after, verdict",
    [
        ("Heeft u niets aangekruist, dan gaan wij uit van ja\n", "gebrek"),
        ("Heeft u niets aangekruist, dan gaan wij uit van nee\n", "ok"),
    ],
)
def test_an_empty_box_taken_as_a_yes_is_silence_as_consent(after, verdict):
    text = "Kruis per onderdeel aan wat u wilt:\n" + _BOXES + after
    assert judge_ondubbelzinnig(Form(text)).oordeel == verdict


@pytest.mark.parametrize(
    "line, verdict",
    [
        ("Per punt apart kiezen is bij dit formulier niet mogelijk.", "gebrek"),
        ("U kunt niet per onderdeel kiezen; het is alles of niets.", "gebrek"),
        ("Gedeeltelijke toestemming geven kan niet.", "gebrek"),
        ("U kunt per punt apart kiezen.", "ok"),
        ("Het is geen alles of niets: kies wat u goed vindt.", "ok"),
    ],
)
def test_a_form_that_says_a_choice_per_part_is_not_on_offer_bundles_it(line, verdict):
    text = _PARTS + line + "\n\nKruis per onderdeel aan wat u wilt:\n" + _BOXES
    assert judge_granulair(Form(text)).oordeel == verdict


# What is told, said after a colon in the writer's own words, and a lead-in that lets
# someone know ("laten weten"), name the data.
@pytest.mark.parametrize(
    "told",
    [
        "Wat ik haar zou vertellen: hoe de pianolessen gaan en waar het lastig wordt.\n",
        "Wat ik vertel: aan welke doelen Noor werkt en wat haar helpt om tot rust te komen.\n",
        "We willen hem daarom twee dingen laten weten:\n"
        "  A. Kaans voornaam en zijn leeftijd, zodat hij de groepen kan indelen.\n",
    ],
)
def test_what_is_told_after_a_colon_names_the_data(told):
    text = "Ik wil graag één keer bellen met juf Marloes van SO De Zeester.\n" + told
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_what_is_told_left_open_after_a_colon_names_no_data():
    text = (
        "Ik wil graag één keer bellen met juf Marloes van SO De Zeester.\n"
        "Wat ik haar zou vertellen: alles wat zij wil weten.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "kept",
    [
        "Ik maak een notitie in het elektronische dossier van Noor bij Praktijk Het Speelhuis.\n"
        "Dat dossier bewaar ik twintig jaar, zoals de wet voorschrijft.\n",
        "- Bij ons in het Digitaal Dossier JGZ (DD JGZ). Dat bewaren we tot 20 jaar na het\n"
        "  laatste contact.\n",
        "Mijn aantekeningen staan in mijn elektronisch dossier (Intramed). Dat dossier moet ik\n"
        "twintig jaar bewaren.\n",
        "We bewaren de informatie in het cliëntsysteem van Team Jeugd\n"
        "(Suite4Sociaal Domein). Alleen uw consulent kan het lezen.\n",
    ],
)
def test_a_place_named_in_the_sentence_before_or_in_brackets_is_where_data_is_kept(kept):
    assert judge_opslag(Form(kept)).oordeel == "ok"


def test_keeping_without_a_place_before_it_is_still_no_place():
    text = "Ik maak een korte notitie van het gesprek.\nDat dossier bewaar ik twintig jaar.\n"
    assert judge_opslag(Form(text)).oordeel == "gebrek"


def test_a_recipient_named_in_the_sentence_before_is_no_place_of_keeping():
    text = (
        "Wij delen het verslag met logopedist Anna de Wit bij Praktijk Spraakwater.\n"
        "Dat verslag bewaren wij twee jaar.\n"
    )
    assert judge_opslag(Form(text)).oordeel == "gebrek"
