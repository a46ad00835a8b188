"""Wordings found after scoring sealed101-104, each as a class with a neighbour that must
keep its judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.which_data import judge_gegevens

PARTS = (
    "a. Wij sturen het groeidocument naar de orthopedagoog van het samenwerkingsverband.\n"
    "b. De intern begeleider filmt een leesles voor de video-interactiebegeleider.\n"
    "c. Wij geven het ziekteverzuim door aan de jeugdarts van de GGD.\n\n"
    "{answer}\n\n                 JA    /    NEE\n       (omcirkel wat van toepassing is)\n"
)


# Overweging 32 en 43: one yes for items above, each its own exchange.
def test_one_yes_for_items_a_b_and_c_is_no_choice_per_item():
    form = Form(
        PARTS.format(answer="Ik geef toestemming voor a, b en c zoals hierboven beschreven:")
    )
    judgement = judge_granulair(form)
    assert judgement.oordeel == "gebrek"
    assert "“toestemming voor a, b en c”" in judgement.uitleg


def test_how_long_the_consent_for_the_items_lasts_is_no_bundle():
    text = PARTS.replace(".\n", ".   [ ] ja  [ ] nee\n").format(
        answer="Uw toestemming voor a, b en c geldt tot 31 juli 2026."
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


SPONSOR = (
    "Om het sponsorgeld te innen geven we de naam en groep van je kind en het aantal rondjes "
    "door aan {who}. Akkoord? Antwoord JA.\n"
)


# AVG art. 13 lid 1 onder e: an organisation said to exist, but without its name.
def test_an_outside_bureau_without_a_name_is_no_named_recipient():
    judgement = judge_ontvangers(Form(SPONSOR.format(who="een extern administratiebureau")))
    assert judgement.oordeel == "gebrek"
    assert "“een extern administratiebureau”" in judgement.uitleg


def test_the_same_bureau_by_its_name_is_named():
    form = Form(SPONSOR.format(who="Administratiebureau Telgen BV in Zwolle"))
    assert judge_ontvangers(form).oordeel == "ok"


LIST = (
    "Mogen we een lijstje meenemen met de allergieën van uw kind, zodat de begeleiders weten "
    "wat uw kind niet mag eten? Stuur me JA of NEE.\n"
    "Het lijstje zit in de EHBO-tas van juf Esra en gaat {when} door de papierversnipperaar.\n"
)


# AVG art. 5 lid 1 onder e: destroyed on a day named.
def test_shredded_on_a_named_day_is_an_end():
    assert judge_termijn(Form(LIST.format(when="vrijdag 23 mei"))).oordeel == "ok"


def test_shredded_some_day_is_no_end():
    assert judge_termijn(Form(LIST.format(when="later"))).oordeel == "gebrek"


RIGHTS = (
    "Wij sturen het verslag van de logopedist naar de ambulant begeleider, zodat zij weet "
    "welke oefeningen helpen. [ ] ja [ ] nee\n"
    "In ons privacyreglement leest u welke rechten u heeft, {tail}.\n"
)


# AVG art. 15: the parent's right to see the file is no open list of shared data.
def test_the_right_to_see_the_file_is_no_open_list_of_data():
    form = Form(RIGHTS.format(tail="zoals het recht om het dossier in te zien"))
    assert judge_gegevens(form).oordeel == "ok"


def test_sharing_the_file_is_still_an_open_list():
    form = Form(RIGHTS.format(tail="en wij delen daarnaast het dossier met de GGD"))
    assert judge_gegevens(form).oordeel == "gebrek"


ASK = (
    "Wij willen Ravi met naam bespreken met de consulent van het samenwerkingsverband, met "
    "zijn toetsuitslagen rekenen, om te zien welke rekenhulp past. [ ] ja [ ] nee\n{then}\n"
)


# AVG art. 7 lid 4: what a refusal costs the school, or the thing asked itself, is no pressure.
@pytest.mark.parametrize(
    "then",
    [
        "Als u dat niet wilt, bespreken we de vraag zonder naam; dan krijgen we algemene tips.",
        "Zonder ingevulde strook doet uw kind niet mee.",
        "Zonder ingevulde strook krijgt uw kind geen account.",
    ],
)
def test_what_a_refusal_leaves_out_of_the_exchange_is_no_pressure(then):
    assert judge_vrij(Form(ASK.format(then=then))).oordeel == "ok"


@pytest.mark.parametrize(
    "then",
    [
        "Als u dat niet wilt, krijgt uw kind geen extra begeleiding.",
        "Zonder ingevulde strook krijgt uw kind geen extra begeleiding.",
    ],
)
def test_support_lost_after_a_refusal_is_still_pressure(then):
    assert judge_vrij(Form(ASK.format(then=then))).oordeel == "gebrek"


PLATFORM = (
    "Vanaf dit jaar oefenen de kinderen met het leerplatform Lexaro van Lexaro Educatief B.V. "
    "De leerkracht ziet de scores, zodat zij de instructie kan aanpassen. {use}\n"
    "[ ] Ja, ik geef toestemming voor het gebruik van Lexaro.\n[ ] Nee.\n"
)


# Overweging 32 en 43: the supplier's own use beside the school's, under one box.
def test_the_suppliers_own_use_beside_the_schools_needs_its_own_choice():
    use = "Lexaro gebruikt de scores daarnaast ook zelf, om nieuwe oefeningen te ontwikkelen."
    assert judge_granulair(Form(PLATFORM.format(use=use))).oordeel == "gebrek"


def test_a_supplier_that_does_not_use_the_data_itself_is_one_exchange():
    use = "Lexaro gebruikt de scores niet zelf, ook niet voor nieuwe oefeningen."
    assert judge_granulair(Form(PLATFORM.format(use=use))).oordeel == "ok"


SCREEN = (
    "Open dag zaterdag 8 maart\n"
    "Mogen wij op de open dag foto's van uw kind maken voor de nieuwsbrief van 14 maart?\n"
    "{choice}\n\n"
    "  🏠 Home     💬 Berichten     📅 Agenda     ✔ Toestemmingen\n"
)


# AVG art. 4 lid 11, overweging 32: an app's tab icon is no box ticked in advance.
def test_a_tick_icon_in_an_apps_tab_bar_is_no_ticked_box():
    form = Form(SCREEN.format(choice="○ Ja  ○ Nee"))
    assert judge_ondubbelzinnig(form).oordeel == "ok"


def test_a_ticked_choice_above_the_tab_bar_still_counts():
    form = Form(SCREEN.format(choice="✔ Ja  ○ Nee"))
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"
