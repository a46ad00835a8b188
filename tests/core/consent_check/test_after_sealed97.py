"""Wordings found after scoring sealed97-100, each as a class with a neighbour that must keep
its judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.which_data import judge_gegevens

REQUEST = (
    "Mag de school uw naam en telefoonnummer aan de klassenouder geven, zodat zij u kan "
    "bellen voor het rijden naar de excursie? Antwoord met JA of NEE.\n"
)


# AVG art. 4 lid 11; overweging 42: what the parent receives is no open list of shared data.
def test_information_the_parent_receives_is_no_open_list_of_data():
    form = Form(REQUEST + "Zegt u nee, dan krijgt u alle info gewoon via de ouderapp.\n")
    assert judge_gegevens(form).oordeel == "ok"


def test_all_info_passed_on_is_still_an_open_list():
    form = Form(REQUEST + "Zegt u ja, dan geven wij ook alle info aan de ouderraad.\n")
    assert judge_gegevens(form).oordeel == "gebrek"


# AVG art. 6 lid 1 onder c: what the school does as a legal task, told after a semicolon, is
# no part of the consent asked.
LEGAL = (
    "Wij vragen uw toestemming om het verslag van de logopedist naar de ambulant begeleider "
    "te sturen, zodat zij weet welke oefeningen helpen.\n[ ] ja [ ] nee\n\n"
    "Als de school later een toelaatbaarheidsverklaring aanvraagt, stuurt zij de nodige "
    "stukken naar de commissie van het samenwerkingsverband{tail}\n"
)


def test_open_words_in_a_legal_task_told_after_a_semicolon_are_set_apart():
    form = Form(LEGAL.format(tail="; dat is een wettelijke taak."))
    assert judge_gegevens(form).oordeel == "ok"


def test_the_same_open_words_without_the_legal_task_still_count():
    assert judge_gegevens(Form(LEGAL.format(tail="."))).oordeel == "gebrek"


# AVG art. 5 lid 1 onder e: an end the day after an outing.
TRIP = (
    "Wij nemen de medicijnlijst van uw kind mee op schoolreis, zodat de juf weet wat uw kind "
    "nodig heeft.\n[ ] ja [ ] nee\n\n{end}\n"
)


@pytest.mark.parametrize(
    "end",
    [
        "De dag na de schoolreis gaat het papier in de papierversnipperaar.",
        "Een week na het kamp gooien wij de lijst weg.",
    ],
)
def test_destroyed_the_day_after_an_outing_is_an_end(end):
    assert judge_termijn(Form(TRIP.format(end=end))).oordeel == "ok"


def test_an_outing_without_destruction_is_no_end():
    form = Form(TRIP.format(end="De dag na de schoolreis krijgt u het papier terug in de tas."))
    assert judge_termijn(form).oordeel == "gebrek"


# AVG art. 4 lid 11; overweging 32 en 42: "als er chauffeurs nodig zijn" says when, for a
# named task; "als er meer informatie nodig is" leaves the use open.
DRIVERS = (
    "Als je hier ja op zegt, krijgt de coördinator jouw naam en e-mailadres, zodat hij je kan "
    "mailen als er {what} nodig {verb}.\n[ ] ja [ ] nee\n"
)


def test_people_called_for_a_named_task_are_no_open_purpose():
    assert judge_doel(Form(DRIVERS.format(what="chauffeurs", verb="zijn"))).oordeel == "ok"


def test_more_information_if_needed_is_still_an_open_purpose():
    form = Form(DRIVERS.format(what="meer informatie", verb="is"))
    assert judge_doel(form).oordeel == "gebrek"


# AVG art. 4 lid 11; overweging 42: the sender's own say, in the first person.
DOCTOR = (
    "Ik wil als huisarts contact kunnen hebben met de jeugdarts van de GGD. {purpose}\n"
    "Het gaat om de medische gegevens van Sem die ik {data}.\n\n"
    "Ik geef de huisarts toestemming om medische gegevens over Sem te delen met:\n"
    "☐ ja ☐ nee de jeugdarts van GGD Noord\n"
)


def test_sharing_if_needed_and_data_the_sender_deems_important_are_open():
    form = Form(
        DOCTOR.format(
            purpose="Ik wil daarbij informatie over Sem kunnen delen als dat nodig is.",
            data="voor die begeleiding van belang vind",
        )
    )
    assert judge_doel(form).oordeel == "gebrek"
    assert judge_gegevens(form).oordeel == "gebrek"


def test_a_named_purpose_and_named_papers_stay_concrete():
    form = Form(
        DOCTOR.format(
            purpose="Ik wil de uitslag van het gehoortest delen, zodat de jeugdarts die kent.",
            data="bij het spreekuur van 3 oktober heb gemeten",
        )
    )
    assert judge_doel(form).oordeel == "ok"
    assert judge_gegevens(form).oordeel == "ok"


# AVG art. 13 lid 1 onder e: a recipient the school picks later is no named recipient, and
# the finding stands whatever the calibration says of open groups.
LATER = (
    "Wij vragen een dyslexieonderzoek voor Noor aan. Het onderzoek wordt gedaan door {who}. "
    "Dat bureau heeft het leesdossier van Noor nodig om te beoordelen of Noor in aanmerking "
    "komt voor het onderzoek. "
    + "Het leesdossier bevat de toetsen van groep 3 en 4. " * 12
    + "\nMag de school het leesdossier naar het bureau sturen?\n[ ] ja [ ] nee\n"
)


def test_a_recipient_picked_later_is_a_certain_defect():
    judgement = judge_ontvangers(
        Form(LATER.format(who="een onderzoeksbureau dat wij later kiezen"))
    )
    assert judgement.oordeel == "gebrek"
    assert "twijfel" not in judgement.uitleg.lower()
    shipped = check_consent_form(LATER.format(who="een onderzoeksbureau dat wij later kiezen"))
    assert shipped.criteria["ontvangers"].oordeel == "gebrek"


def test_a_named_bureau_is_a_named_recipient():
    form = Form(LATER.format(who="Leesbureau De Letterboom in Zwolle"))
    assert judge_ontvangers(form).oordeel == "ok"


# Overweging 32 en 43: items that each send to someone else, under one signature.
ITEMS = (
    "Daarvoor hebben wij uw toestemming nodig voor het volgende:\n\n"
    "  o  Wij sturen het behandelplan naar haar huisarts, zodat hij weet hoe het gaat.\n\n"
    "  o  Wij sturen een adviesbrief naar {second}, zodat zij in de klas dezelfde aanpak "
    "gebruikt.\n\n"
    "Ondergetekende verklaart akkoord te gaan met bovenstaande.\n\n"
    "Handtekening: ____________________\n"
)


def test_one_signature_over_items_for_different_parties_is_not_granular():
    form = Form(ITEMS.format(second="de leerkracht van Tess"))
    assert judge_granulair(form).oordeel == "gebrek"


def test_one_signature_over_items_for_the_same_party_is_one_exchange():
    form = Form(ITEMS.format(second="haar huisarts"))
    assert judge_granulair(form).oordeel == "ok"
