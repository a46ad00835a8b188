"""Wordings left wrong on sealed93-96 after the last session's fixes, each as a class with
a neighbour that must keep its judgment. The sentences here are our own, not the sealed
forms'."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

# AVG art. 4 lid 11; overweging 32: a sign the parent sends in a chat is an act of their own.
CHAT = (
    "[03-04-2026 20:10] Ilse (trainer JO9): De krant wil een foto van het team bij de finale, "
    "met de voornamen erbij, voor het verslag van zaterdag.\n"
    "[03-04-2026 20:11] Ilse (trainer JO9): Mag je zoon erbij? Stuur me dan een ✅ met zijn naam.\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "[03-04-2026 20:15] Kees: ✅ privé gestuurd\n",
        "[03-04-2026 20:16] Kees: ✅ verstuurd\n",
        "Geen ✅ = niet op de foto.\n",
    ],
)
def test_a_tick_sent_or_asked_for_in_a_chat_is_the_answer_not_a_box_ticked_in_advance(after):
    judgement = judge_ondubbelzinnig(Form(CHAT + after))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize(
    "choice", ["Foto in de krant:   ✅ ja   ☐ nee", "✅ Ja, mijn zoon mag op de foto\n☐ Nee"]
)
def test_a_tick_beside_a_choice_on_a_letter_is_still_ticked_in_advance(choice):
    letter = (
        "Beste ouders,\n\nDe krant wil een foto van het team bij de finale, met de voornamen "
        f"erbij, voor het verslag van zaterdag.\n\n{choice}\n\nNaam ouder: ________\n"
    )
    judgement = judge_ondubbelzinnig(Form(letter))
    assert judgement.oordeel == "gebrek"
    assert "vooraf" in judgement.uitleg


# AVG art. 7 lid 3: withdrawing asked as a short question, the way to do it right after.
REQUEST = (
    "Mag ik het verslag van de logopedie mailen naar de juf, zodat zij dezelfde klanken "
    "oefent? Sms 'JA' als het goed is.\n"
)


@pytest.mark.parametrize(
    "question", ["Later toch niet? Sms of bel dit nummer.", "Toch liever niet meer? Bel mij."]
)
def test_a_change_of_mind_asked_in_three_words_with_a_channel_is_a_withdrawal(question):
    assert judge_intrekken(Form(REQUEST + question + "\n")).oordeel == "ok"


@pytest.mark.parametrize("question", ["Komt u toch niet? Bel ons.", "Later toch niet?"])
def test_another_question_or_one_without_a_channel_is_no_withdrawal(question):
    assert judge_intrekken(Form(REQUEST + question + "\n")).oordeel == "gebrek"


# AVG art. 4 lid 11, overweging 32 en 42: "zo nodig" about who hears of a withdrawal is no
# open purpose of the exchange.
ROWS = """Sportclub De Vlieger

Foto's en gegevens: u kiest per regel

Regel 1 – Foto bij de uitreiking
Waarvoor: zodat u de foto thuis kunt downloaden.
Welke gegevens: één foto van uw kind.

Regel 2 – Naam in de krant
Waarvoor: de lijst met geslaagden in de Dorpskrant.
Welke gegevens: voornaam en behaald diploma.

Kruis per regel ja of nee aan.

U kunt elke toestemming op ieder moment apart intrekken aan de balie. {after}

                                  ja    nee
1. Foto bij de uitreiking         ☐     ☐
2. Naam in de Dorpskrant          ☐     ☐
"""


def test_how_a_withdrawal_is_passed_on_is_no_open_purpose():
    after = "Wij verwerken dat binnen een week en laten het zo nodig de krant weten."
    assert judge_doel(Form(ROWS.format(after=after))).oordeel == "ok"


def test_a_new_exchange_if_needed_after_the_withdrawal_is_still_an_open_purpose():
    after = "Wij delen de foto zo nodig ook met de zwembond."
    assert judge_doel(Form(ROWS.format(after=after))).oordeel == "gebrek"


# AVG art. 13: an app's screen gives each part of the consent as a label, a wide gap and its
# value; a rule drawn between the cards ends each one.
SCREEN = (
    "Met de schakelaar geeft u per app toestemming.\n\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "Spellingsteen                                 ( ○ uit )\n"
    "Waarvoor   Elke dag tien minuten spelling oefenen op eigen niveau.\n"
    "Gegevens   Voornaam, groep en scores\n"
    "Wie        Letterwerf BV (maker van Spellingsteen)\n"
    "{storage}\n"
    "Termijn    Tot 31 juli 2026; daarna wist Letterwerf het account\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
)


def test_a_storage_label_before_a_wide_gap_names_the_place():
    form = Form(SCREEN.format(storage="Opslag     Servers van Letterwerf BV in Nederland"))
    assert judge_opslag(form).oordeel == "ok"


@pytest.mark.parametrize("storage", ["", "Opmerking  Servers kunnen storing hebben"])
def test_without_that_label_the_screen_still_says_nowhere_where(storage):
    assert judge_opslag(Form(SCREEN.format(storage=storage))).oordeel == "gebrek"


# AVG art. 4 lid 11, overweging 32 en 42: a general wish that introduces points below it,
# each with its own reason, is no open purpose; the same wish that points to nothing below is.
POINTS = (
    "Beste ouders,\n\n{intro}\n\n"
    "Punt 1 - Verslag\nIk stuur de nieuwe school een verslag van wat Lisa bij ons heeft "
    "geleerd bij rekenen en taal. Zo kan haar nieuwe juf aansluiten op waar Lisa gebleven is.\n\n"
    "Punt 2 - Gesprek\nEen gesprek van een uur tussen mij en de nieuwe juf, zodat zij weet "
    "wat Lisa helpt als het haar te veel wordt.\n\n"
    'Wilt u antwoorden met per punt "ja" of "nee"?\n'
)


def test_a_wish_that_introduces_points_with_their_own_reasons_is_no_open_purpose():
    intro = (
        "Om de overstap goed te laten verlopen, wil ik graag een paar dingen met de nieuwe "
        "school delen. Ik noem ze hieronder apart."
    )
    assert judge_doel(Form(POINTS.format(intro=intro))).oordeel == "ok"


def test_the_same_wish_that_points_nowhere_is_still_an_open_purpose():
    intro = (
        "Om de overstap goed te laten verlopen, wil ik graag informatie met de nieuwe school delen."
    )
    assert judge_doel(Form(POINTS.format(intro=intro))).oordeel == "gebrek"
