"""Sentences in shapes no bench form uses, one family per rule of the seventh round: consent
as a condition read as its two parts (refusal or gate, and a loss of a service), ends said
as retention periods, end verbs, states reached and in English, withdrawal as a question or
a field, data named by a question, a list or a fragment, and the layout fixes (a question
with boxes, chat headers, list items that are no headings). Each is invented here, not
copied from a form or a snippet."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.purpose import judge_doel
from dossierwijs.core.consent_check.refusal import costs_a_service
from dossierwijs.core.consent_check.sentences import normalise, split_form

INTRO = (
    "De mentor wil met Jeugdteam Oost overleggen over het rooster van Noor, zodat thuis en "
    "school dezelfde afspraken volgen.\n\n"
)

CONDITIONS = [
    "Weigert u, dan kan de intern begeleider helaas geen extra begeleiding aanvragen.",
    "Bij het ontbreken van een handtekening wordt de aanmelding voor de plusklas gesloten.",
    "Stemmen jullie niet in, dan vervalt de plek in de taalgroep.",
    "Zonder machtiging kunnen wij de hulp thuis niet voortzetten.",
    "Only children whose parents have signed may join the swimming programme.",
    "Without your consent we cannot offer a place in the reading support group.",
    "De intake wordt pas gepland als alle toestemmingen binnen zijn.",
    "Het ondersteuningsaanbod gaat uit van uw medewerking, ook bij het geven van toestemming.",
    "Een plaats op de wachtlijst is mogelijk nadat het ondertekende formulier binnen is.",
    "Levert u het formulier niet in, dan komt uw kind achteraan op de wachtlijst.",
]
NO_CONDITION = [
    "Zonder uw toestemming delen wij niets met het jeugdteam.",
    "Als u geen toestemming geeft, krijgt Noor gewoon dezelfde begeleiding.",
    "Als u niet tekent, kunnen wij het verslag niet naar het jeugdteam sturen.",
    "Pas als u tekent, sturen wij het rooster naar het jeugdteam.",
    "Wij vragen alleen toestemming voor het delen van het rooster, niet voor de hulp.",
    "Alleen de intern begeleider ziet het ingevulde formulier.",
    "U bent niet verplicht toestemming te geven; de begeleiding gaat hoe dan ook door.",
    "Geeft u geen toestemming, dan bespreekt de commissie de aanvraag op basis van het OPP.",
    "Het wel of niet geven van toestemming staat los van de plaatsing van Noor.",
]


@pytest.mark.parametrize("sentence", CONDITIONS)
def test_a_refusal_or_gate_with_a_lost_service_is_a_condition(sentence):
    assert costs_a_service(normalise(sentence))
    assert judge_vrij(Form(INTRO + sentence)).oordeel == "gebrek"


@pytest.mark.parametrize("sentence", NO_CONDITION)
def test_what_only_stops_the_exchange_or_keeps_the_help_is_no_condition(sentence):
    assert not costs_a_service(normalise(sentence))
    assert judge_vrij(Form(INTRO + sentence)).oordeel == "ok"


ENDS = [
    "De praktijk bewaart het verslag vijftien jaar na de laatste afspraak.",
    "Na de overstap naar het mbo bewaren wij het overzicht niet langer dan drie maanden.",
    "Uw toestemming loopt af aan het einde van de observatieperiode.",
    "Zodra de indicatie definitief is, vervalt deze toestemming.",
    "Termijn | einde schooljaar 2026-2027",
    "This consent is valid for the current school year.",
    "Consent expires on 1 July 2027.",
    "Hoelang bewaren we het? Het plan blijft nog één schooljaar bewaard.",
    "- Hoe lang: tot de evaluatie van het plan in juni.",
]
NO_END = [
    "Wij nemen binnen twee weken contact met u op over een afspraak.",
    "Het jeugdteam stuurt elke zes weken een kort verslag.",
    "Deze toestemming geldt tot wederopzegging.",
]


@pytest.mark.parametrize("sentence", ENDS)
def test_an_end_in_other_words_is_an_end(sentence):
    assert judge_termijn(Form(INTRO + sentence)).oordeel == "ok"


@pytest.mark.parametrize("sentence", NO_END)
def test_a_reply_time_a_rhythm_or_an_open_end_is_no_end(sentence):
    assert judge_termijn(Form(INTRO + sentence)).oordeel == "gebrek"


def test_an_end_standing_alone_answers_a_question_a_layout_moved_away():
    text = (
        INTRO + "Hoe lang geldt deze toestemming?\n"
        "Wat het jeugdteam krijgt\n"
        "Tot het einde van schooljaar 2026-2027.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


WITHDRAWALS = [
    "Hoe trekt u uw toestemming in? Vul het formulier op onze website in.",
    "Stoppen met delen? Gebruik de knop 'Intrekken' in het ouderportaal.",
    "Toestemming intrekken | per brief aan de directeur",
    "Wilt u dat wij eerder stoppen? Laat het de mentor weten; daarna delen wij niets meer.",
    "Wil je het later terugdraaien? Een mailtje aan mij is genoeg.",
]


@pytest.mark.parametrize("sentence", WITHDRAWALS)
def test_withdrawal_as_a_question_or_a_field_with_its_channel(sentence):
    assert judge_intrekken(Form(INTRO + sentence)).oordeel == "ok"


def test_withdrawal_without_a_channel_is_still_a_defect():
    text = INTRO + "Wilt u dat wij eerder stoppen? Dat kan."
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


NAMED_DATA = [
    "Welke gegevens? Naam, groep en de uitslag van de laatste rekentoets.",
    "Meegestuurd met de aanvraag:\n- het groeidocument\n- het verslag van het MDO",
    "Shared with the new school: the attendance record and the end-of-year report.",
]
OPEN_DATA = [
    "Hieronder vallen onder meer toetsresultaten en verslagen.",
    "Gegevens: naam, groep en indien nodig aanvullende informatie.",
    "Gegevens | zie dossier",
    "alle gegevens die de schoo1 heeft over uw kind",
]


@pytest.mark.parametrize("sentence", NAMED_DATA)
def test_data_named_by_a_question_a_lead_in_or_a_list(sentence):
    assert judge_gegevens(Form(INTRO.replace("het rooster van ", "") + sentence)).oordeel == "ok"


@pytest.mark.parametrize("sentence", OPEN_DATA)
def test_an_open_list_or_a_pointer_to_the_file_is_vague(sentence):
    assert judge_gegevens(Form(INTRO + sentence)).oordeel == "gebrek"


def test_a_question_with_boxes_that_asks_for_consent_is_a_choice():
    text = (
        INTRO + "1. Het rooster naar Jeugdteam Oost\n   Geeft u toestemming?   O ja   O nee\n\n"
        "2. Het verslag naar de huisarts\n   Geeft u toestemming?   O ja   O nee\n"
    )
    assert len(Form(text).choices()) == 2
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_a_question_with_boxes_about_a_fact_is_no_choice():
    text = INTRO + "Heeft Noor een diagnose?   [ ] ja   [ ] nee\n"
    assert Form(text).choices() == []


def test_each_chat_message_is_its_own_block_without_its_header():
    text = (
        "[03-02-27 10:01] Mentor Jansen: Mag ik met het jeugdteam bellen over Noor\n"
        "[03-02-27 10:02] Mentor Jansen: Je mag bij elk punt ja of nee zeggen.\n"
    )
    keys = [s.key for s in split_form(text)]
    assert keys == [
        "mag ik met het jeugdteam bellen over noor",
        "je mag bij elk punt ja of nee zeggen.",
    ]


def test_a_list_item_is_no_heading():
    sentences = split_form("Wat wij sturen:\n- het groeidocument\n- het handelingsplan\n")
    assert not any(s.is_heading for s in sentences)


def test_a_place_and_the_child_are_no_recipients():
    text = (
        "Wij willen voor uw zoon Daan contact hebben met Logopediepraktijk De Klank in Zwolle, "
        "zodat de logopedist haar oefeningen afstemt op de klas.\n"
        "[ ] ja  [ ] nee  De school mag contact hebben met Logopediepraktijk De Klank.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


# Second part of the round: what sealed6 and the sealed snippets showed, again in sentences
# of our own.

PENALTIES = [
    "Ouders die niet tekenen, betalen het volle tarief voor de zwemles.",
    "Als u geen toestemming geeft, komen de kosten van de test voor uw rekening.",
    "Let op: als u geen toestemming geeft, kan dat meewegen in de beoordeling van het verzuim.",
    "Bij weigering zijn wij genoodzaakt de begeleiding te heroverwegen.",
    "Wie niet tekent, kan geen gebruik maken van de huiswerkklas.",
    "Weigeren kan, maar dan kan de orthopedagoog geen advies geven over de ondersteuning.",
    "Graag uw handtekening, want anders kunnen we Noor niet laten testen.",
    "Om de inschrijving rond te maken, hebben wij uw toestemming nodig.",
    "A place in the reading club can be confirmed once we have your signed consent.",
]


@pytest.mark.parametrize("sentence", PENALTIES)
def test_a_price_a_sanction_or_a_polite_gate_is_a_condition(sentence):
    assert judge_vrij(Form(INTRO + sentence)).oordeel == "gebrek"


def test_a_refusal_asked_first_and_its_loss_in_the_next_sentence():
    text = INTRO + "Tekent u niet? Dan kan Noor niet mee naar de taalklas."
    assert judge_vrij(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kiest u nee, dan heeft dat geen enkele invloed op de hulp aan Noor.",
        "Zonder toestemming bespreken wij Noor niet met het jeugdteam, maar haar begeleiding "
        "blijft gewoon doorgaan.",
    ],
)
def test_help_that_goes_on_is_no_condition(sentence):
    assert judge_vrij(Form(INTRO + sentence)).oordeel == "ok"


def test_an_email_disclaimer_is_not_part_of_the_request():
    text = (
        INTRO + "Met vriendelijke groet,\nMentor Jansen\n\n"
        "DISCLAIMER: Dit bericht is uitsluitend bestemd voor de geadresseerde. Het is niet "
        "toegestaan de inhoud bekend te maken aan derden. Wij aanvaarden geen aansprakelijkheid.\n"
    )
    assert not any("derden" in s.key for s in Form(text).sentences)


def test_a_label_and_its_value_separated_by_a_tab_is_a_field():
    text = INTRO + "Opslag\tSchool: in het leerlingdossier in Magister.\n"
    assert split_form(text)[-1].key.startswith("opslag: school:")
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_where_the_report_goes_is_a_question_about_storage():
    text = INTRO + "Waar komt het verslag?\nIn het leerlingdossier van Noor in Somtoday.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_a_question_about_how_long_is_no_open_end():
    text = (
        INTRO + "3. Hoe lang blijft mijn toestemming gelden?\n"
        "   Tot de commissie over de aanvraag heeft besloten.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_one_box_for_numbered_parts_together_is_bundled():
    text = (
        "1. De mentor praat met Jeugdteam Oost over het rooster, zodat thuis en school hetzelfde "
        "doen.\n2. De school geeft de cateraar de allergieën door, zodat Noor veilig eet.\n\n"
        "Kind 1: [ ] Ik geef toestemming voor punt 1 en 2 hierboven.\n"
        "Kind 2: [ ] Ik geef toestemming voor punt 1 en 2 hierboven.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_a_chat_export_with_a_weekday_and_month_name():
    text = "ma 10 nov, 09:12  Juf Anna: Mag ik het verslag naar de logopedist sturen?\n"
    assert split_form(text)[0].key == "mag ik het verslag naar de logopedist sturen?"


def test_as_needed_before_other_parties_opens_the_recipients_not_the_purpose():
    text = (
        "Doel: de logopedist stemt haar oefeningen af op de klas.\n"
        "Uitwisseling met: Logopedie De Klank, en waar nodig andere zorgverleners van uw kind.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_an_english_why_heading_states_the_purpose():
    text = (
        "Why are we asking?\nWe would like Dr Vos to assess whether your child has dyslexia "
        "and to advise us on adjustments in class.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


# Scans: what tesseract made of boxes in the sealed6 scans, in lines of our own.


def test_a_square_box_before_a_number_that_ocr_merged():
    text = "[]1. De school stuurt het rooster naar Jeugdteam Oost.\n[ 12. De mentor belt de GGD.\n"
    assert [len(s.boxes) for s in split_form(text)] == [1, 1]


def test_boxes_read_as_characters_under_a_yes_no_header():
    text = (
        "Uw keuze Ja Nee\n"
        "De school geeft het rooster aan het jeugdteam 1 0\n"
        "Het jeugdteam geeft het plan aan de school 0 0\n"
    )
    assert [len(s.boxes) for s in split_form(text)[1:]] == [2, 2]


def test_a_capital_in_brackets_is_no_box():
    assert split_form("Contactpersoon school (IB/mentor): ______\n")[0].boxes == ()


def test_a_yes_no_field_about_a_fact_is_no_choice():
    text = (
        INTRO + "Ouder 1: naam telefoon gezag: ja / nee\nOuder 2: naam telefoon gezag: ja / nee\n"
    )
    assert Form(text).choices() == []


def test_a_numbered_english_item_names_its_recipient_in_its_title():
    text = (
        "A. Speech Therapy Zeezicht\n"
        "   We would share: the latest reading scores.\n"
        "   [ ] I agree      [ ] I do not agree\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"
