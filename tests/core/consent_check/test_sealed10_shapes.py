"""What the spent sealed10 showed, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair

ASK = (
    "[ ] ja  [ ] nee  De praktijk mag het verslag van het leesonderzoek aan de mentor van "
    "uw kind geven, zodat de mentor de toetsen kan aanpassen.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Let op: deel B is nodig voor je inschrijving.",
        "Zonder het leesverslag kunnen we je aanmelding niet afronden.",
    ],
)
def test_a_part_needed_for_a_place_makes_consent_a_condition(sentence):
    text = ASK + "Toestemming geven is vrijwillig.\n" + sentence + "\n"
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_without_the_report_and_the_help_goes_on_is_no_condition():
    text = ASK + "Zonder het verslag gaat de begeleiding gewoon door.\n"
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_the_role_right_after_asking_or_sending_is_the_recipient():
    text = "Ik vraag de mentor om de cijferlijst.\nIk stuur de mentor elke maand een verslag.\n"
    judged = judge_ontvangers(Form(text))
    assert judged.oordeel == "ok"
    assert "“de mentor”" in judged.uitleg  # the role, not "vraag de mentor"


def test_withdrawing_one_or_both_parts_is_no_single_consent_for_both():
    text = (
        "1. Het rapport ophalen bij school.   [ ] ja  [ ] nee\n"
        "2. Een verslag naar school sturen.   [ ] ja  [ ] nee\n"
        "U kunt uw toestemming altijd intrekken, voor één of voor beide onderdelen.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_rows_with_their_own_boxes_after_a_lead_in_are_separate_choices():
    text = (
        "Mila mag in het zorgoverleg besproken worden met:\n"
        "de schoolarts van GGD Rivierenland      [ ] ja    [ ] nee\n"
        "de wijkcoach van Team Oost              [ ] ja    [ ] nee\n"
    )
    form = Form(text)
    assert len(form.choices()) == 2
    assert judge_granulair(form).oordeel == "ok"


def test_a_person_of_an_organisation_a_quoted_reply_and_the_mail_system_are_one_party():
    text = (
        "In het overleg wil ik met Ruud Smit, ambulant begeleider van Expertisecentrum Kompas, "
        "bespreken hoe Mila het best kan leren.\n"
        'Wilt u antwoorden met "Ja, Mila mag besproken worden" of "Nee"?\n'
        "Dit bericht is verstuurd met Veilig Mailen.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_boxes_under_a_question_about_a_fact_are_no_consent_choice():
    text = (
        "Slaapt uw kind meestal goed?\n"
        "                 O ja      O nee\n"
        "Heeft uw kind een huisarts?\n"
        "                 O ja      O nee\n"
        "Met mijn handtekening geef ik toestemming:\n"
        "- dat de verpleegkundige mijn kind onderzoekt;\n"
        "- dat zij de uitkomsten doorgeeft aan de huisarts;\n"
        "- dat de antwoorden zonder naam worden gebruikt voor de monitor van de gemeente.\n"
        "Handtekening: ____________\n"
    )
    form = Form(text)
    assert form.choices() == []
    assert judge_granulair(form).oordeel == "gebrek"  # one signature over three consents


def test_a_table_with_tick_and_cross_columns_and_wrapped_rows():
    text = (
        "Zet per regel één vinkje: in de kolom ✔ als het mag, in de kolom ✘ als het niet mag.\n\n"
        " nr | wat delen we           | met wie                  | ✔ | ✘\n"
        "----+------------------------+--------------------------+---+---\n"
        " 1  | het medicijnprotocol   | Manege De Hoef, de       |   |\n"
        "    | van thuis              | instructeur              |   |\n"
        "----+------------------------+--------------------------+---+---\n"
        " 2  | het laatste verslag    | Jobcoach Noord           |   |\n"
    )
    form = Form(text)
    rows = [s for s in form.sentences if s.is_row]
    assert len(rows) == 2
    assert "het medicijnprotocol van thuis" in rows[0].text
    assert judge_ondubbelzinnig(form).oordeel == "ok"  # the marks name columns; nothing ticked
    assert judge_granulair(form).oordeel == "ok"


def test_an_english_form_names_its_data_and_its_party():
    text = (
        "The assessment would be carried out by Dr. Anna Visser of Visser Child Psychology.\n"
        "1. Sharing school information with Dr. Visser\n"
        "   What:  reading scores of the last two years and the teacher reports.\n"
        "   [ ] I agree   [ ] I do not agree\n"
        "Our coordinator, Ms. Lena Vos, writes the learning plan.\n"
    )
    form = Form(text)
    assert judge_gegevens(form).oordeel == "ok"
    assert judge_ontvangers(form).oordeel == "ok"
    assert any(s.text.startswith("Our coordinator, Ms. Lena Vos") for s in form.sentences)


def test_who_may_look_into_the_kept_file_is_no_open_data():
    text = (
        "Welke gegevens: de afspraken over de ochtendroutine uit het gezinsplan.\n"
        "Alleen uw gezinscoach en haar teamleider kunnen het dossier inzien.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"
