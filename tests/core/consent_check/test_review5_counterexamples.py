"""The sentences an outside reviewer wrote against this session's changes (review of
df86aa6 and what followed), each a judgment the widened rules got wrong at first: controls
and initials that are not the parent's consent, procedure sentences read as withdrawal, open
answers read as named data, vague consequences read as a purpose, open ends read as an end,
and a few new false alarms."""

import pytest

from dossierwijs.core.consent_check.choice import judge_granulair, judge_vrij
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.which_data import judge_gegevens
from tests.core.consent_check.test_own_wordings import (
    _ANSWER_FORM,
    _ONE_EXCHANGE,
    _PURPOSE_FORM,
    _TERM_FORM,
    _WITHDRAWAL_FORM,
    _judged,
)

_KEPT_FORM = (
    _PURPOSE_FORM.replace(
        "De gegevens staan in ParnasSys en worden bewaard tot het einde van dit schooljaar.",
        "XKEPT",
    )
    .replace("XLINE", _ONE_EXCHANGE)
    .replace("XKEPT", "XLINE")
)
# Without the line about free choice, whose "vrij om nee te zeggen" once read as a purpose.
_BARE_PURPOSE_FORM = _PURPOSE_FORM.replace(
    "U bent vrij om nee te zeggen; Sem krijgt dan gewoon dezelfde begeleiding.",
    "Nee zeggen heeft geen gevolgen voor Sem.",
)


@pytest.mark.parametrize(
    "line",
    [
        "Relatie tot Sem: vader / moeder / voogd (doorhalen wat niet van toepassing is)",
        "Gezien door de intern begeleider, paraaf: ______",
        "Paraaf leerkracht: ______",
        "[ Ja ✓ ]   [ Nee ]   (Ja is al voor u geselecteerd)",
        "Geeft u toestemming?  ( Ja, ik geef toestemming ) ( Nee )   De keuze staat standaard op Ja; wijzig deze alleen als u bezwaar heeft.",
        "Wilt u een kopie van het verslag ontvangen? ( Ja ) ( Nee ). Wie niet reageert, doet mee.",
        "[ Nee, annuleren ]  [ Ja, doorgaan ]",
    ],
)
def test_controls_initials_and_strike_outs_that_are_not_the_parents_consent(line):
    assert _judged(_ANSWER_FORM, line, "ondubbelzinnig") == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Na uw handtekening kunt u het formulier inleveren bij de administratie of mailen naar ib@regenboog.example.nl.",
        "Na uw toestemming kunt u de IB'er altijd mailen met vragen over het verslag.",
        "Het OPP wordt elk half jaar herzien; u kunt daarover altijd bellen met de IB'er.",
        "Deze toestemming geldt niet voor altijd; na een jaar kunt u een nieuw formulier ophalen bij de administratie.",
        "Is het toch niet goed? Dan kunt u een nieuw formulier invullen via het ouderportaal.",
        "Wie zich later bedenkt over de datum van het gesprek, kan bellen met de administratie.",
    ],
)
def test_procedure_sentences_are_no_withdrawal(line):
    assert _judged(_WITHDRAWAL_FORM, line, "intrekken") == "gebrek"


@pytest.mark.parametrize(
    "told",
    [
        "Wat ik haar zou vertellen: wat ik over Noor weet.",
        "Wat ik haar zou vertellen: hoe het met Noor gaat.",
        "Wat wij delen: wat nodig is voor de begeleiding.",
        "Wat wij doorgeven: onze zorgen over Noor.",
        "Wat wij doorgeven: informatie over Noor.",
        "Wat wij doorgeven: de dingen die zij vraagt.",
    ],
)
def test_an_answer_after_a_colon_that_names_nothing_is_no_data(told):
    text = "Ik wil graag bellen met juf Marloes van SO De Zeester.\n" + told + "\n"
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Deze gegevens zijn nodig voor het dossier.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Het verslag is nodig voor haar administratie.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Zo helpen wij Sem zo goed mogelijk.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Daarmee werken school en praktijk beter samen.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Daarmee maken wij het dossier compleet.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Dan hoeven wij u niet steeds opnieuw toestemming te vragen.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit. Waarom? Dat is beter voor Sem.",
    ],
)
def test_a_vague_consequence_or_answer_to_why_is_no_purpose(line):
    assert _judged(_BARE_PURPOSE_FORM, line, "doel") == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, om niet alle toetsen opnieuw te hoeven afnemen.",
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, om geen dubbele toetsen af te nemen.",
    ],
)
def test_a_purpose_with_a_negation_in_it_is_still_a_purpose(line):
    assert _judged(_BARE_PURPOSE_FORM, line, "doel") == "ok"


@pytest.mark.parametrize(
    "line",
    [
        "Deze toestemming eindigt wanneer u haar opzegt.",
        "Deze toestemming eindigt als u bezwaar maakt.",
        "De toestemming vervalt zodra u een nieuw formulier inlevert.",
        "Deze toestemming eindigt wanneer Sem naar het voortgezet onderwijs gaat.",
        "Deze toestemming eindigt als Sem niet langer bij ons staat ingeschreven.",
        "Als de inschrijving van Sem eindigt, vervalt ook de toestemming.",
        "Deze toestemming eindigt als Sem van basisschool wisselt of de schoolloopbaan afrondt.",
        "Deze toestemming vervalt op de laatste schooldag van Sem bij ons op school.",
        "Deze toestemming eindigt als wij de gegevens niet langer nodig hebben.",
        "Deze toestemming stopt zodra de school dat nodig vindt.",
        "De toestemming eindigt zodra Sem groep 8 heeft afgerond.",
    ],
)
def test_an_end_that_is_the_whole_school_career_or_a_withdrawal_is_open(line):
    assert _judged(_TERM_FORM, line, "termijn") == "gebrek"


@pytest.mark.parametrize(
    "line",
    [
        "Bij het gesprek noteert Ruud Bakker de afspraken. Die notities bewaren wij vijf jaar.",
        "In het gesprek met Anna de Wit maken wij notities. Die notities bewaren wij vijf jaar.",
    ],
)
def test_a_person_named_in_the_sentence_before_is_no_place_of_keeping(line):
    assert _judged(_KEPT_FORM, line, "opslag") == "gebrek"


_SHARE = (
    "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, zodat zij haar "
    "oefeningen kan afstemmen.\n"
)
_TWO_BOXES = (
    "[ ] Ja, delen met logopedist Anna de Wit     [ ] Nee\n"
    "[ ] Ja, bespreken met de jeugdverpleegkundige  [ ] Nee\n"
)


@pytest.mark.parametrize(
    "refusal",
    [
        "U mag nee zeggen; Sem krijgt dan niet minder begeleiding.",
        "Nee zeggen is prima, Sem krijgt dan geen andere begeleiding dan nu.",
    ],
)
def test_help_that_is_not_less_after_a_no_is_a_free_choice(refusal):
    assert judge_vrij(Form(_SHARE + refusal + "\n")).oordeel == "ok"


def test_being_put_on_a_waiting_list_after_a_no_is_no_free_choice():
    text = _SHARE + "Bij een nee plaatsen wij Sem op de wachtlijst voor de leesgroep.\n"
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_all_at_once_not_being_possible_next_to_a_choice_per_part_is_no_bundle():
    text = (
        _SHARE
        + "U kunt per onderdeel kiezen; alles in één keer aankruisen is niet mogelijk.\n"
        + "Kruis per onderdeel aan:\n"
        + _TWO_BOXES
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_pictures_said_not_to_be_part_of_the_form_are_no_second_use():
    text = (
        "Wij willen het leesverslag van Sem delen met logopedist Anna de Wit, zodat zij haar "
        "oefeningen kan afstemmen, en niet over foto's op de website.\n[ ] Ja   [ ] Nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "gate, verdict",
    [
        (
            "Sem krijgt de extra ondersteuning zodra u bij alle vragen ja heeft aangekruist.",
            "gebrek",
        ),
        ("De logopedist krijgt het verslag zodra u bij alle vragen ja heeft aangekruist.", "ok"),
    ],
)
def test_help_the_child_gets_only_after_a_yes_everywhere_is_no_free_choice(gate, verdict):
    assert judge_vrij(Form(_SHARE + gate + "\n")).oordeel == verdict


def test_saying_that_nothing_was_filled_in_beforehand_is_no_box_ticked_in_advance():
    line = '[ ] Ja   [ ] Nee   Kies zelf "Ja" of "Nee"; er is niets vooraf ingevuld.'
    assert _judged(_ANSWER_FORM, line, "ondubbelzinnig") == "ok"
