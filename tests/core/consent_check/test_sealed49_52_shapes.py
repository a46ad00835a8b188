"""What sealed49-52 showed once scored, in sentences of our own: five valid forms were called
invalid for boxes "ticked in advance" that were the parent's own choices on a printout, an
instruction to mark "(x)", or the steps of a web form. Their first-sight figures are recorded
before these changes."""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form

_ASK = (
    "1. Mogen wij het OPP van Mila sturen naar Samenwerkingsverband De Rivieren, voor de\n"
    "   aanvraag van een arrangement?\n"
)


@pytest.mark.parametrize(
    "state",
    [
        "Bij het openen van dit scherm stond alles op UIT. Alleen wat u zelf aanzet, telt.\n",
        "Hieronder ziet u de keuzes die u\nzelf heeft gemaakt.\n",
        "Ingevuld door: M. de Boer (moeder)          Ingediend: 3-10-2025 20:14\n",
    ],
)
def test_a_printout_of_the_parents_own_choices_is_no_box_ticked_in_advance(state):
    text = state + "\n" + _ASK + "      ● Ja   ◯ Nee\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_without_such_words_a_selected_yes_is_ticked_in_advance():
    text = _ASK + "      ● Ja   ◯ Nee\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_form_filled_in_beforehand_stays_ticked_in_advance_whatever_it_says():
    text = (
        "Hieronder ziet u de keuzes die u zelf heeft gemaakt; wij hebben ze alvast ingevuld.\n"
        + _ASK
        + "      ● Ja   ◯ Nee\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_the_mark_that_closes_an_instruction_is_no_ticked_box():
    text = "Kies per vraag (x).\n\n" + _ASK + "      ( ) ja      ( ) nee\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_the_steps_of_a_web_form_are_no_ticked_boxes():
    text = (
        "  [✓] 1 Gegevens kind   ›   [2] Toestemmingen   ›   [ ] 3 Versturen\n\n"
        + _ASK
        + "      ◯ Ja   ◯ Nee\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_request_quoted_in_an_email_reply_is_read_as_one_sentence():
    text = (
        "Hoi juf, ons antwoord staat achter elk punt.\n\n"
        "> Willen jullie achter elk nummer ja of nee\n"
        "> typen en deze mail terugsturen?\n"
        ">\n"
        "> 1. Het OPP meesturen met de aanvraag naar SWV De Duinrand.   -> ja\n"
    )
    judgement = judge_ondubbelzinnig(Form(text))
    assert judgement.oordeel == "ok"
    assert any("typen en deze mail terugsturen" in e for e in judgement.bewijs)


def test_a_yes_or_no_written_down_is_an_answer():
    text = (
        "Mag de logopedist van Praktijk Spreekwijs meekijken in de klas, zodat zij oefeningen\n"
        "kan meegeven? Willen jullie hieronder 'ja' of 'nee' schrijven, met je naam erbij?\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"
