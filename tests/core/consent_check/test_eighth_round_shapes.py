"""Sentences in shapes no bench form uses, one family per rule of the eighth round (what
batch6 showed at first sight): a dossier the form spells out, data guarded rather than
shared, a decision that stays valid, a start once the signed plan is in, consent folded
into agreeing to a plan, parties in dashes under one choice, an ASCII grid table, a
footnote star, a school the parent fills in, formal purpose words. Each is invented here."""

import re

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.sentences import split_form

ASK = (
    "De intern begeleider wil met Praktijk Rekenrijk overleggen, zodat de oefeningen aansluiten.\n"
)


def test_a_dossier_spelled_out_makes_the_dossier_later_no_open_phrase():
    text = (
        ASK + "Het overdrachtsdossier: de laatste rekentoets, het handelingsplan en het verslag "
        "van het MDO.\nWij sturen het dossier per beveiligde mail naar de praktijk.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_the_dossier_stays_open_when_the_form_spells_nothing_out():
    text = ASK + "Wij sturen het dossier per beveiligde mail naar de praktijk.\n"
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Alle gegevens worden gecodeerd voordat de onderzoekers ze zien.",
        "Uw keuzes en alles wat wij uitwisselen, leggen wij vast in Parnassys.",
        "Niemand anders krijgt het dossier te zien.",
    ],
)
def test_data_guarded_kept_or_kept_back_is_no_open_phrase(sentence):
    text = ASK + "Het gaat om de uitslag van de laatste rekentoets.\n" + sentence + "\n"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_decision_that_stays_valid_is_no_open_consent():
    text = (
        ASK + "Deze toestemming geldt tot 1 juli 2027.\n"
        "Trekt u haar in, dan stopt het overleg; een besluit dat al genomen is blijft wel gelden.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_a_retention_period_after_an_event_far_from_its_verb():
    text = ASK + "Het verslag wordt vijf jaar na de laatste evaluatie van het plan verwijderd.\n"
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_a_service_that_starts_once_the_signed_plan_is_in_is_a_condition():
    text = ASK + "De extra begeleiding start zodra wij het ondertekende plan hebben ontvangen.\n"
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_consent_folded_into_agreeing_to_a_plan_is_bundled():
    text = (
        "Ouders gaan akkoord met het handelingsplan en geven toestemming voor het delen ervan "
        "met Praktijk Rekenrijk.\nHandtekening: ________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_parties_in_dashes_under_one_signature_are_bundled():
    text = (
        "Wij geven toestemming voor het delen van het plan met:\n"
        "  - de orthopedagoog van Samenwerkingsverband Noord, voor de aanvraag;\n"
        "  - Praktijk Rekenrijk, zodat de oefeningen aansluiten.\n"
        "Handtekening ouder: ________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_an_ascii_grid_table_keeps_its_header():
    text = (
        "+----+-----------------+-----------------+----+-----+\n"
        "| nr | wat             | waarvoor        | ja | nee |\n"
        "+----+-----------------+-----------------+----+-----+\n"
        "| 1  | de rekentoets   | de oefeningen   | [ ]| [ ] |\n"
        "|    |                 | afstemmen       |    |     |\n"
        "+----+-----------------+-----------------+----+-----+\n"
    )
    rows = [s for s in split_form(text) if s.is_row]
    assert len(rows) == 1 and rows[0].cells[2] == ("waarvoor", "de oefeningen afstemmen")


def test_a_footnote_star_is_no_ticked_box():
    text = (
        ASK + "Haal door wat niet van toepassing is (*).\n"
        "Ik geef wel / geen* toestemming.\nHandtekening: ________\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_school_the_parent_fills_in_is_a_named_party():
    text = (
        "School: ____________________\n"
        "[ ] ja [ ] nee  De consulent mag de school vertellen welk schoolwerk uw kind hier maakt.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_formal_purpose_words_state_a_purpose():
    text = (
        "Teneinde een passende plek voor Daan te vinden, wens ik het verzuimoverzicht uit te "
        "wisselen met Het Esker College.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_asking_another_for_a_document_names_the_data():
    text = (
        "Voor de sportgroep vragen wij de gymleraar van De Springplank om het bewegingsplan "
        "van Mees, zodat de training daarop aansluit.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_name_in_brackets_after_a_thing_is_no_recipient():
    text = (
        "De Boomhut vraagt JGZ Noord om de uitslag van de taaltest (Van Wiechen), zodat de "
        "leidsters weten wat zij oefenen.\n[ ] Ja, De Boomhut mag de taaltest opvragen bij JGZ "
        "Noord.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


# What the second snippet set (purpose, recipients, storage, the act) showed, in our words.


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij overleggen met Praktijk Rekenrijk om op één lijn te zitten.",
        "Omdat wij het belangrijk vinden dat school en zorg goed samenwerken.",
        "Wij hebben contact met Praktijk Rekenrijk om Daan optimaal te begeleiden.",
        "Doel: algemeen overleg over de leerling.",
    ],
)
def test_working_together_as_the_aim_is_no_concrete_purpose(sentence):
    assert judge_doel(Form(sentence + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "We share the maths scores with the tutor to check whether the new method helps.",
        "Wij willen met de orthopedagoog nagaan of de rekenproblemen met het geheugen te maken "
        "hebben.",
        "Ter ondersteuning van de rekeninstructie maakt de tutor oefenkaarten voor de klas.",
    ],
)
def test_a_purpose_said_as_checking_or_supporting_one_thing(sentence):
    assert judge_doel(Form(sentence + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shared with: Praktijk Rekenrijk and our partner organisations.",
        "Het plan kan ook naar een eventuele nieuwe school worden gestuurd.",
        "Het verslag wordt besproken in het zorgnetwerk rond de school.",
    ],
)
def test_partner_organisations_a_future_school_or_the_network_are_open(sentence):
    assert judge_ontvangers(Form(ASK + sentence + "\n")).oordeel == "gebrek"


def test_an_open_group_as_a_label_for_a_closed_value_is_closed():
    text = ASK + "Betrokken hulpverleners: alleen de tutor van Praktijk Rekenrijk.\n"
    assert judge_ontvangers(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opslag | Leerlingvolgsysteem Magister van de school",
        "Bewaarlocatie: het cliëntdossier van Praktijk Rekenrijk",
        "The tutor keeps her notes in a locked cabinet at the practice.",
    ],
)
def test_storage_as_a_field_or_in_english(sentence):
    text = ASK + "Het gaat om de rekentoets.\n" + sentence + "\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Toestemming overleg [ UIT ] - zet de schakelaar aan als u akkoord gaat.",
        "D ik geef toestemming    D ik geef geen toestemming",
        "Your consent counts once you have signed this form.",
        "Hoort de mentor niets van u, dan is het antwoord nee en bellen wij niet.",
    ],
)
def test_an_act_of_ones_own_in_other_shapes(sentence):
    assert judge_ondubbelzinnig(Form(ASK + sentence + "\n")).oordeel == "ok"


def test_a_grid_table_as_a_scan_reads_it_keeps_its_purpose_column():
    text = (
        "Feet + + Peene\n"
        "| nr | wat delen wij | met wie | waarvoor |ja | nee |\n"
        "Feet + + Penken\n"
        "1 | de rekentoets | Praktijk Rekenrijk | de oefeningen afstemmen [ 1 [1]\n"
        "Feet + + Penken\n"
    )
    rows = [s for s in split_form(text) if s.is_row]
    assert rows and rows[0].cell(re.compile("waarvoor")).startswith("de oefeningen")


def test_a_school_field_whose_line_a_scan_lost_still_names_the_party():
    text = (
        "School: Contactpersoon (mentor/IB):\n"
        "[ ] ja [ ] nee  De consulent mag de school vertellen welk schoolwerk uw kind maakt.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"
