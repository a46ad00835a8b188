"""False alarms on valid forms left in the spent sets (sealed25-38), in sentences of our own:
an open group or open data in an introduction that separate choices spell out, a field in
a header block, a purpose tied to a moment and a person, a call back, a confirmation of the
parent's own ticks. Each with a guard that the defect it resembles is still found."""

import pytest

from dossierwijs.core.consent_check.choice import judge_granulair, judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form

_ITEMS = (
    "1. Wij sturen het OPP naar Yara Kuipers, orthopedagoog van SWV PO Vlietlanden, zodat zij "
    "het arrangement kan voortzetten.\n   [ ] ja   [ ] nee\n"
    "2. Wij vragen bij Leesbrug Dyslexiezorg het eindverslag op, om de dyslexiepas klaar te "
    "hebben.\n   [ ] ja   [ ] nee\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Onze zorgcoördinator wil graag met anderen contact hebben. Wij vragen daarvoor uw "
        "toestemming per onderdeel.",
        "We willen twee dingen graag vooraf met anderen delen. Daarvoor hebben we uw toestemming "
        "nodig, per onderdeel.",
        "Hieronder vragen wij apart of u het OPP met anderen wilt laten delen. Elke keuze staat "
        "los van de andere.",
    ],
)
def test_an_open_group_summing_up_choices_per_item_is_no_open_list(intro):
    assert judge_ontvangers(Form(intro + "\n\n" + _ITEMS)).oordeel == "ok"


def test_a_subject_line_sums_up_the_items():
    text = (
        "Betreft: toestemming contact met anderen\n\nWij vragen uw toestemming per onderdeel.\n\n"
    )
    assert judge_ontvangers(Form(text + _ITEMS)).oordeel == "ok"


def test_a_withdrawal_per_row_does_not_close_an_open_group():
    text = (
        _ITEMS + "3. Wij delen het handelingsplan met overige betrokken hulpverleners.\n"
        "   [ ] ja   [ ] nee\n\nU kunt uw toestemming altijd intrekken, per regel of helemaal.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_field_in_a_header_block_names_its_value():
    text = (
        "Leerling: Jurre, geb. 09-04-2013 huidige school: OBS De Wilgenhoek Aanvraag voor: TLV "
        "vso Mogelijke school: VSO De Bolderberg, Oostervliet\n\n" + _ITEMS
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "U kiest per onderdeel. Bij elk onderdeel mag u nee kiezen.",
        "U mag ook nee antwoorden.",
    ],
)
def test_saying_no_is_allowed_is_a_free_choice(sentence):
    judgement = judge_vrij(Form(_ITEMS + sentence + "\n"))
    assert judgement.oordeel == "ok" and "twijfel" not in judgement.uitleg.lower()


@pytest.mark.parametrize(
    "item",
    [
        "Wij delen het Zo ben ik-formulier met de vier begeleiders van zijn groep, zodat zij hem "
        "vanaf de eerste dag goed kunnen opvangen.",
        "Wij geven de allergie door aan het zwembad, zodat de badmeester bij een allergische "
        "reactie direct weet wat er speelt.",
    ],
)
def test_a_manner_word_tied_to_a_moment_is_concrete(item):
    assert judge_doel(Form(item + "\n   [ ] ja   [ ] nee\n")).oordeel == "ok"


def test_help_with_one_named_activity_is_no_open_word():
    text = (
        "Wij delen de toetsplanning met de huiswerkklas, zodat die het plannen kan oefenen. De "
        "begeleiders kunnen beter helpen plannen als ze weten welke toetsen eraan komen.\n"
        "   [ ] ja   [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "item",
    [
        "Wij delen het OPP met de ambulant begeleider voor een goede begeleiding.",
        "Wij delen het OPP met de ambulant begeleider, zodat zij uw kind beter kan begeleiden.",
        "Wij delen het OPP met de ambulant begeleider om te kijken wat er speelt.",
    ],
)
def test_an_open_purpose_stays_open(item):
    assert judge_doel(Form(item + "\n   [ ] ja   [ ] nee\n")).oordeel == "gebrek"


def test_a_call_back_is_no_purpose():
    text = (
        "Wij vragen het verslag van de school op om de intake voor te bereiden.\n"
        "   [ ] ja   [ ] nee\nBel gerust; indien nodig belt de intaker u zelf terug.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_confirmation_of_the_parents_own_ticks_is_no_pre_ticked_form():
    text = (
        "U heeft vanavond in de ouderapp uw keuzes gemaakt. Alle vakjes stonden leeg; hieronder "
        "ziet u wat u zelf heeft aangevinkt.\n\n  [x] Foto's in het dagverslag\n"
        "  [ ] Foto's in de nieuwsbrief\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_boxes_ticked_by_the_school_stay_ticked_in_advance():
    text = "Hieronder ziet u onze keuzes.\n\n  [x] Foto's in het dagverslag\n  [ ] Nieuwsbrief\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "intro",
    [
        "Om de overstap goed te laten verlopen, willen wij de school vertellen wat wij over uw "
        "kind weten. Dat doen wij op twee manieren.",
        "Toestemming: informatie over uw kind delen met de school",
    ],
)
def test_open_data_summing_up_choices_per_item_is_no_open_data(intro):
    assert judge_gegevens(Form(intro + "\n\n" + _ITEMS)).oordeel == "ok"


def test_erasing_all_data_is_no_open_data():
    text = _ITEMS + "Stoppen kan altijd: mail ons, dan wissen wij alle gegevens van uw kind.\n"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_fill_in_below_does_not_excuse_open_data():
    text = (
        "Wij geven de allergieën en andere relevante gegevens van uw kind door aan de leiders van "
        "de kampdag. Vul hieronder in wat wij moeten weten:\n\n" + _ITEMS
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_one_signature_for_the_parts_named_by_letter_bundles_them():
    text = (
        "Onderdeel A – Steunpunt Autisme\nWat: het OPP.\nWaarvoor: een advies over een werkplek.\n\n"
        "Onderdeel B – Jeugdarts van de GGD\nWat: het verzuimoverzicht.\nWaarvoor: het consult.\n\n"
        "Met uw handtekening hieronder stemt u in met de gegevensdeling zoals beschreven in de "
        "onderdelen A, B en C.\n\nHandtekening: ______________________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"
