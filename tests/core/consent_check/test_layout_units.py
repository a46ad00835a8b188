"""Layout read as units: field labels start their own line of meaning, a framed box is its
text, a capital title is a heading, a line that stops mid-clause goes on, and changing a
choice in an app is not where data is kept."""

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.sentences import split_form


def test_each_field_label_starts_its_own_unit():
    text = (
        "Onderwerp 1\n"
        "Wat:       het leesplan van groep 6\n"
        "Met wie:   Remedial teacher Ilse Vos\n"
        "Waarvoor:  de oefenstof voor de leesles kiezen\n"
    )
    texts = [s.text for s in split_form(text) if not s.is_heading]
    assert any(t.startswith("Waarvoor:") for t in texts), texts
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_framed_box_of_one_cell_is_its_text():
    text = (
        "Tot wanneer?\n"
        "   +-------------------------------+\n"
        "   | De toestemming loopt tot en met |\n"
        "   | 14 februari 2028              |\n"
        "   +-------------------------------+\n"
    )
    judged = judge_termijn(Form(text))
    assert judged.oordeel == "ok", judged.uitleg


def test_a_long_title_in_capitals_is_a_heading_not_a_group_of_recipients():
    text = (
        "UITWISSELING MET DE BASISSCHOOL EN ANDERE ZORGVERLENERS VAN UW KIND (GRAAG LEZEN)\n\n"
        "Wij sturen het verslag naar Fysiotherapie De Brug, zodat zij de oefeningen kent.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_switching_a_choice_back_in_an_app_is_not_storage():
    text = "Een ja kunt u later weer op Nee zetten in de app, onder Instellingen.\n"
    assert judge_opslag(Form(text)).oordeel == "gebrek"


def test_whoever_else_is_involved_is_an_open_group():
    text = "Wij delen het verslag met de juf en wie er vanuit school nog bij betrokken is.\n"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_the_whole_form_reads_the_fields_as_one_exchange_each():
    text = (
        "1  Toetsgegevens naar de remedial teacher\n"
        "Wat:      de drie laatste rekentoetsen\n"
        "Met wie:  Remedial teacher Ilse Vos van Praktijk Rekenrijk\n"
        "Waarvoor: een oefenplan maken\n"
        "   Uit [ o  ] Aan\n"
    )
    result = check_consent_form(text)
    assert result.criteria["doel"].oordeel == "ok"
    assert result.criteria["gegevens"].oordeel == "ok"


def test_a_pronoun_recipient_points_back_to_the_person_named_before():
    text = (
        "Dinsdag komt Femke de Wit, logopedist van Praktijk Klankkast, in de klas luisteren.\n"
        "Daarna wil ik haar de spellingtoetsen van dit jaar mailen.\n"
    )
    judged = judge_ontvangers(Form(text))
    assert judged.oordeel == "ok", judged.uitleg
    assert any("Klankkast" in quote for quote in judged.bewijs)


def test_a_possessive_pronoun_is_no_recipient():
    text = "Gisteren belde Femke de Wit, logopedist van Praktijk Klankkast.\nWij sturen haar rapport op.\n"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_table_whose_columns_ran_together_still_names_its_data():
    text = (
        "Kies per regel.\n\n"
        "Wie Wat Waarom Ja of nee\n\n"
        "Juf Anke van groep 4 De uitslag van de oogmeting Zodat zij hem vooraan zet ja / nee\n\n"
        "Uw huisarts De groeicurve Zodat hij die kan vergelijken ja / nee\n"
    )
    judged = judge_gegevens(Form(text))
    assert judged.oordeel == "ok", judged.uitleg
    assert any("oogmeting" in quote for quote in judged.bewijs)
