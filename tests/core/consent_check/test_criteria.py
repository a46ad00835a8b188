"""The five criteria about what a form says: doel, gegevens, ontvangers, opslag, termijn."""

import pytest

from dossierwijs.core.consent_check.criteria import (
    judge_doel,
    judge_gegevens,
    judge_ontvangers,
    judge_opslag,
    judge_termijn,
)
from dossierwijs.core.consent_check.form import Form


def judge(fn, text):
    return fn(Form(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij wisselen indien nodig gegevens uit met de jeugdarts.",
        "Zo kunnen wij uw kind optimaal ondersteunen bij het leren.",
        "De gegevens worden ook gebruikt voor beleidsdoeleinden.",
        "Het delen gebeurt ter ondersteuning van de ontwikkeling van uw kind.",
        "Wij delen de toetsen als wij denken dat het uw kind helpt.",
    ],
)
def test_open_purposes_are_a_defect(sentence):
    result = judge(judge_doel, sentence)
    assert result.oordeel == "gebrek"
    assert result.bewijs == (sentence,)
    assert "AVG art. 4 lid 11" in result.uitleg


def test_a_concrete_purpose_is_ok():
    result = judge(
        judge_doel,
        "Waarvoor: de logopedist stemt haar oefeningen af op wat uw kind in de klas laat zien.",
    )
    assert result.oordeel == "ok"
    assert result.bewijs


def test_asking_again_when_needed_is_not_an_open_purpose():
    text = (
        "Wij sturen het OPP, zodat de arts het consult kan "
        "voorbereiden. Daarna vragen wij u zo nodig opnieuw."
    )
    assert judge(judge_doel, text).oordeel == "ok"


def test_a_form_without_any_purpose_says_so_without_evidence():
    result = judge(judge_doel, "Toestemming. Handtekening: ______")
    assert result.oordeel == "gebrek"
    assert result.bewijs == ()
    assert "zegt niet waarvoor" in result.uitleg


@pytest.mark.parametrize(
    "sentence",
    [
        "De school deelt alle relevante gegevens met de GGD.",
        "Wij sturen het volledige leerlingdossier naar het samenwerkingsverband.",
        "Het gaat om informatie die van belang kan zijn voor de begeleiding, die wij delen.",
    ],
)
def test_unbounded_data_is_a_defect(sentence):
    assert judge(judge_gegevens, sentence).oordeel == "gebrek"


def test_named_documents_are_ok():
    result = judge(
        judge_gegevens, "Wij sturen de uitslag van de leestoets en het OPP naar De Leeswijzer."
    )
    assert result.oordeel == "ok"


def test_storing_all_documents_is_not_about_which_data_is_shared():
    text = (
        "Wij sturen het OPP naar GGD Noord. De school bewaart alle stukken in het leerlingdossier."
    )
    assert judge(judge_gegevens, text).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij wisselen gegevens uit met alle betrokken instanties.",
        "De uitkomsten mogen worden gedeeld met derden.",
        "Wij delen het OPP met instanties, zoals de GGD, het wijkteam en andere hulpverleners.",
        "Wij delen het verslag met partners in de jeugdketen.",
    ],
)
def test_open_groups_of_recipients_are_a_defect(sentence):
    result = judge(judge_ontvangers, sentence)
    assert result.oordeel == "gebrek"
    assert sentence in result.bewijs


def test_named_organisations_are_ok():
    result = judge(judge_ontvangers, "De school stuurt het OPP naar GGD Hollands Midden.")
    assert result.oordeel == "ok"
    assert result.bewijs == ("De school stuurt het OPP naar GGD Hollands Midden.",)


def test_a_negated_group_does_not_count():
    text = "Wij delen het verslag met Praktijk De Klank. Andere instanties krijgen het niet."
    assert judge(judge_ontvangers, text).oordeel == "ok"


def test_roles_without_an_organisation_name_are_doubtful():
    result = judge(judge_ontvangers, "Wij delen het verslag met de jeugdarts.")
    assert result.oordeel == "gebrek"
    assert "twijfel" in result.uitleg.lower()


def test_storage_in_a_named_system_is_ok():
    result = judge(
        judge_opslag, "De school bewaart het verslag in het leerlingdossier in Magister."
    )
    assert result.oordeel == "ok"


def test_storage_without_a_place_is_a_defect():
    result = judge(judge_opslag, "Wij bewaren de gegevens zorgvuldig en veilig.")
    assert result.oordeel == "gebrek"
    assert result.bewijs == ("Wij bewaren de gegevens zorgvuldig en veilig.",)


def test_nothing_about_storage_is_a_defect_without_evidence():
    result = judge(judge_opslag, "Wij sturen het OPP naar GGD Noord.")
    assert result.oordeel == "gebrek" and result.bewijs == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze toestemming geldt tot en met 31 juli 2026.",
        "Deze toestemming is geldig tot één jaar na de datum van ondertekening.",
        "De toestemming geldt voor het MDO van 20 januari 2026.",
    ],
)
def test_an_end_date_is_ok(sentence):
    assert judge(judge_termijn, sentence).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze toestemming geldt gedurende de gehele schoolloopbaan van uw kind.",
        "Deze toestemming geldt tot wederopzegging.",
        (
            "De toestemming geldt tot juli 2026 en loopt daarna door "
            "zolang uw kind bij ons op school zit."
        ),
        "Deze machtiging geldt voor onbepaalde tijd.",
    ],
)
def test_an_open_end_is_a_defect_even_with_a_date(sentence):
    assert judge(judge_termijn, sentence).oordeel == "gebrek"


def test_a_return_deadline_is_not_an_end_date():
    result = judge(judge_termijn, "Graag vóór 12 december 2025 inleveren bij de leerkracht.")
    assert result.oordeel == "gebrek"


def test_only_a_retention_period_is_ok_with_doubt():
    result = judge(
        judge_termijn, "De bibliotheek verwijdert het overzicht uiterlijk op 31 mei 2026."
    )
    assert result.oordeel == "ok"
    assert "twijfel" in result.uitleg.lower()


def test_explanation_quotes_the_words_of_the_form():
    result = judge(judge_ontvangers, "Wij delen het verslag met Alle Betrokken Instanties.")
    assert "“Alle Betrokken Instanties”" in result.uitleg


def test_a_period_of_one_year_is_an_end():
    assert judge(judge_termijn, "Deze toestemming geldt voor één jaar.").oordeel == "ok"


def test_everyone_involved_is_an_open_group():
    text = "Wij delen het OPP met iedereen die bij uw kind betrokken is."
    assert judge(judge_ontvangers, text).oordeel == "gebrek"


def test_data_about_your_child_without_naming_it_is_not_specific():
    result = judge(judge_gegevens, "Wij delen gegevens over uw kind met GGD Noord.")
    assert result.oordeel == "gebrek"


def test_sharing_only_what_is_needed_is_not_specific():
    text = "Wij delen met de partners in het ZAT alleen wat daarvoor nodig is."
    assert judge(judge_gegevens, text).oordeel == "gebrek"
    assert judge(judge_ontvangers, text).oordeel == "gebrek"


def test_knowing_what_is_needed_is_not_about_data():
    text = "Wij sturen het OPP naar GGD Noord, zodat de arts weet wat nodig is."
    assert judge(judge_gegevens, text).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "De gegevens worden gebruikt om de zorg rond uw kind te verbeteren.",
        "Ten behoeve van een optimale ondersteuning delen wij het OPP met GGD Noord.",
    ],
)
def test_improving_care_in_general_is_not_a_concrete_purpose(sentence):
    assert judge(judge_doel, sentence).oordeel == "gebrek"


def test_a_year_followed_by_a_word_is_not_a_postcode():
    text = "Wij vragen bij Praktijk Inzicht het verslag uit 2024 op."
    assert judge(judge_ontvangers, text).oordeel == "ok"


def test_the_parents_own_option_is_not_an_open_purpose():
    text = (
        "Wij sturen het OPP naar GGD Noord, zodat de arts het consult voorbereidt. "
        "Indien nodig kunt u een tolk vragen."
    )
    assert judge(judge_doel, text).oordeel == "ok"


def test_an_event_can_end_the_consent():
    text = "Deze toestemming geldt tot de eerste schooldag van uw kind op de basisschool."
    assert judge(judge_termijn, text).oordeel == "ok"


def test_all_staff_and_emergency_services_are_an_open_group():
    text = "Wij delen de gegevens met alle medewerkers en met de hulpdiensten."
    assert judge(judge_ontvangers, text).oordeel == "gebrek"


def test_names_in_a_table_row_count_as_recipients():
    text = "| Leesdossier groep 3 | De Vuurtoren | Praktijk Zeezicht |\n"
    assert judge(judge_ontvangers, text).oordeel == "ok"


def test_names_after_a_letterhead_glued_to_the_text_still_count():
    text = (
        "Kindcentrum De Bron, Bronlaan 2, 6811 BB Arnwijk Wij sturen het OPP naar "
        "Praktijk Zeezicht."
    )
    assert judge(judge_ontvangers, text).oordeel == "ok"
