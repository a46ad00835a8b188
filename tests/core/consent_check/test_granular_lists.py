"""One choice over a list of recipients (overweging 32 en 43 bij de AVG), each class with a
neighbour that keeps its judgment: an app's buttons, a list of participants in a meeting,
packages to buy that are no choice. The sentences here are our own."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.participants import outside_parties

from .granular_reading import reading

PORTAL = (
    "Beste mevrouw Smit,\n\nWe bespreken Jesse op 4 maart in het zorgoverleg om zijn verzuim "
    "te verminderen. Daarvoor delen we zijn verzuimoverzicht van dit schooljaar.\n\n"
    "Uw keuze\n\n  [ Ik geef toestemming voor het delen met {who} ]\n\n"
    "  [ Ik geef geen toestemming ]\n"
)


def test_one_button_for_three_recipients_is_no_choice_per_recipient():
    form = Form(PORTAL.format(who="de jeugdarts, de leerplichtambtenaar en Jeugdhulp Het Anker"))
    assert judge_granulair(form).oordeel == "gebrek"


def test_one_button_for_one_recipient_is_enough():
    form = Form(PORTAL.format(who="de jeugdarts van GGD Noordkust"))
    assert judge_granulair(form).oordeel == "ok"


def test_a_button_is_read_as_a_box_with_its_words():
    form = Form(PORTAL.format(who="de jeugdarts"))
    labels = [b.label for s in form.choices() for b in s.boxes]
    assert labels == ["Ik geef toestemming voor het delen met de jeugdarts"]


MEETING = (
    "Beste ouders van Fenna,\n\nWe organiseren een overleg over Fenna om samen te bepalen of "
    "zij extra leesbegeleiding nodig heeft.\n\n{lead}\n"
    "- Marleen de Vries, intern begeleider OBS De Wilg\n"
    "- Tom de Jong, leerkracht groep 5\n"
    "{outside}"
    "\nEen week van tevoren sturen wij het groeidocument van Fenna naar de deelnemers.\n\n"
    "{answer}\n\nMet vriendelijke groet,\n\nMarleen de Vries\nIntern begeleider OBS De Wilg\n"
)
TWO_OUTSIDE = (
    "- Sanne Bos, orthopedagoog van Samenwerkingsverband Passend Onderwijs Wildervank\n"
    "- mw. dr. A. van Dam, jeugdarts, GGD Veenkoloniën\n"
)
ONE_BOX = "[ ] ja, akkoord    [ ] nee, niet akkoord"


@pytest.mark.parametrize("lead", ["Aanwezig zijn:", "Bij het overleg zijn:", "Deelnemers:"])
def test_one_choice_for_a_meeting_with_two_outside_organisations(lead):
    form = Form(MEETING.format(lead=lead, outside=TWO_OUTSIDE, answer=ONE_BOX))
    assert len(outside_parties(form)) == 2
    assert judge_granulair(form).oordeel == "gebrek"


def test_the_schools_own_staff_and_one_outside_party_are_one_exchange():
    outside = "- Sanne Bos, orthopedagoog van Samenwerkingsverband Passend Onderwijs Wildervank\n"
    form = Form(MEETING.format(lead="Aanwezig zijn:", outside=outside, answer=ONE_BOX))
    assert len(outside_parties(form)) == 1
    assert judge_granulair(form).oordeel == "ok"


def test_a_list_without_a_lead_naming_participants_is_not_read_as_one():
    form = Form(MEETING.format(lead="Wat we al weten:", outside=TWO_OUTSIDE, answer=ONE_BOX))
    assert outside_parties(form) == []


@pytest.mark.parametrize(
    "answer",
    [
        'Wilt u per deelnemer laten weten of u het goedvindt? Bijvoorbeeld "1 ja, 2 nee".',
        'Willen jullie per persoon laten weten of dat goed is? Een mailtje met "Sanne ja, '
        'Annet nee" is genoeg.',
    ],
)
def test_an_answer_per_participant_is_a_choice_per_recipient(answer):
    form = Form(MEETING.format(lead="Aanwezig zijn:", outside=TWO_OUTSIDE, answer=answer))
    assert judge_granulair(form).oordeel == "ok"


PACKAGES = (
    "Kies uw pakket:\n"
    "[ ] Basis – 2 middagen per week        € 189,- per maand\n"
    "[ ] Plus – 3 middagen per week         € 259,- per maand\n\n"
    "Wij vragen de school om de cijfers van uw kind, zodat wij weten waar we mee moeten "
    "oefenen. Daarnaast delen wij foto's van de lessen op onze website.\n\n"
    "Handtekening ouder: ____________\n"
)


def test_packages_to_buy_are_no_choice_per_exchange():
    form = Form(PACKAGES)
    assert Form(PACKAGES).choices() == []
    assert reading(judge_granulair(form)) == "twijfel"  # "Daarnaast delen wij foto's ..."


def test_boxes_without_a_price_are_still_choices():
    form = Form(PACKAGES.replace("€ 189,- per maand", "").replace("€ 259,- per maand", ""))
    assert len(form.choices()) == 2


ITEMS = (
    "Wij willen het volgende doen:\n"
    "a. Wij sturen het verslag van de logopedist naar de ambulant begeleider.\n"
    "b. Wij sturen de toetsuitslagen naar de orthopedagoog van het samenwerkingsverband.\n"
    "c. Wij bespreken de medicatie met de jeugdarts van de GGD.\n\n"
    "{choice}\n"
)


def test_one_box_for_the_items_above_together_is_no_choice_per_item():
    form = Form(
        ITEMS.format(choice="[ ] Ik geef toestemming voor de uitwisseling onder a, b en c.")
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == "gebrek"
    assert "“onder a, b en c”" in judgement.uitleg


def test_a_box_per_item_is_a_choice_per_item():
    text = ITEMS.replace(".\n", ".   [ ] ja  [ ] nee\n").format(
        choice="Wat u bij a, b en c kiest, zetten wij in het dossier."
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "box",
    [
        "[ ] Ja, ik geef toestemming dat mijn kind Rekenmaatje gebruikt en dat Leerwerk BV de "
        "resultaten gebruikt voor nieuwe oefeningen.",
        "[ ] Ja, ik geef toestemming voor de overdracht aan De Kiem en voor foto's van mijn kind "
        "in het afscheidsboekje.",
    ],
)
def test_one_box_for_two_consents_joined_by_and(box):
    assert judge_granulair(Form(box + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "box",
    [
        "[ ] Ja, ik geef toestemming dat mijn kind Rekenmaatje gebruikt.",
        "[ ] Ja, ik geef toestemming voor de overdracht aan De Kiem.",
    ],
)
def test_one_box_for_one_consent_is_enough(box):
    assert judge_granulair(Form(box + "\n")).oordeel == "ok"
