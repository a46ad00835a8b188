"""What the spent sealed15, sealed16 and sealed17 showed, in sentences of our own."""

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn
from dossierwijs.core.consent_check.withdrawal import judge_intrekken


def test_everything_a_system_holds_is_open_data():
    text = (
        "Wij laten de begeleider het OPP zien, de cijferlijst en verder alle gegevens die in "
        "Somtoday over Mees zijn vastgelegd.\n[ ] ja  [ ] nee\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_everything_received_is_kept_is_storage_not_open_data():
    text = (
        "Wij sturen het verslag van de logopedist naar de mentor.\n"
        "Alle informatie die wij van de praktijk krijgen, wordt opgeslagen in het dossier in "
        "Magister.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_list_of_what_is_kept_back_is_no_open_data():
    text = (
        "Ik stuur de school mijn advies voor in de klas.\n"
        "Wat ik niet deel met school: de uitslag van de hoortest en alles wat u mij over thuis "
        "vertelt.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_without_the_research_asked_for_the_child_gets_less_support():
    text = (
        "Wij vragen uw toestemming voor een onderzoek naar het rekenen van Sara.\n"
        "Let op: zonder dit onderzoek kan de school geen extra ondersteuning voor Sara "
        "aanvragen.\n[ ] ja  [ ] nee\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_left_with_basic_support_only_is_a_loss():
    text = (
        "Wij willen het verslag delen met het samenwerkingsverband.\n"
        "Zonder uw toestemming blijft Sara aangewezen op de basisondersteuning.\n"
        "[ ] ja  [ ] nee\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_papers_sent_along_only_with_consent_are_no_condition():
    text = (
        "Het overstapdossier gaat naar de nieuwe school. De twee verslagen hieronder sturen wij "
        "alleen mee als u daar per verslag toestemming voor geeft.\n"
        "[ ] ja, het verslag van de logopedist  [ ] nee\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


CHAT = """WhatsApp · Meester Tim (groep 6)

[09:12] Meester Tim: Goedemorgen! Mag ik iets over Noor doorsturen naar de RT'er?
[09:13] Meester Tim: Het gaat om:
- haar laatste spellingtoets
- mijn korte notitie over hoe ze in de klas schrijft
[09:13] Meester Tim: Het is eenmalig: alleen voor het eerste gesprek met de RT'er.
[09:14] Meester Tim: Laat het me weten, app me gewoon terug met ja of nee.
[09:14] Meester Tim: Hoor ik niks, dan stuur ik ook niks
"""


def test_a_chat_with_times_only_is_read_message_by_message():
    form = Form(CHAT)
    assert judge_gegevens(form).oordeel == "ok"  # "Het gaat om:" and the list under it
    assert judge_termijn(form).oordeel == "ok"  # a one-off exchange ends by itself
    assert judge_ondubbelzinnig(form).oordeel == "ok"  # silence means no


def test_an_agenda_line_is_no_chat_header():
    form = Form("09:00 Opening: welkom door de directeur.\n")
    assert form.sentences[0].text.startswith("09:00 Opening")


def test_a_box_shown_in_brackets_in_the_instructions_is_not_ticked():
    text = (
        "Zet per regel een kruis in het vakje van uw keuze (☒). Alle vakjes zijn nu leeg (☐).\n"
        "☐ ja  ☐ nee  De ergotherapeut mag het verslag aan de leerkracht sturen.\n"
        "Handtekening: ____________\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_rule_of_secrecy_names_no_open_group_of_recipients():
    for rule in (
        "Medische informatie geven wij uitsluitend aan derden als u daarvoor toestemming geeft.",
        "Andere partijen krijgen zonder nieuwe toestemming niets.",
    ):
        text = f"{rule}\nWij sturen het protocol naar de groepsleerkracht van De Linde.\n"
        assert judge_ontvangers(Form(text)).oordeel == "ok", rule


def test_only_the_members_you_choose_get_access_to_the_file():
    text = (
        "De stukken staan in het digitale dossier van het samenwerkingsverband: het OPP en het "
        "verslag van de observatie. Alleen de leden voor wie u ja kiest, krijgen toegang tot "
        "het dossier.\n[ ] ja  [ ] nee  De orthopedagoog\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_table_field_where_it_is_kept():
    text = (
        "| Wat?            | Het OPP en de aanvraag.                 |\n"
        "| Waar bewaard?   | In Kindkans van het samenwerkingsverband. |\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_the_leaflet_question_can_you_stop_with_its_answer():
    text = (
        "7. Kunt u stoppen?\n"
        "Ja, op elk moment: mail het onderzoeksteam of zeg het tegen de leerkracht.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_freedom_to_refuse_some_parts_is_no_bundle():
    text = (
        "a. Wij sturen de leerkracht een vragenlijst.  [ ] ja  [ ] nee\n"
        "b. Wij vragen de toetsuitslagen op.  [ ] ja  [ ] nee\n"
        "Voor de onderdelen a en b bent u vrij om nee te kiezen.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_a_reply_per_number_is_a_choice_per_question():
    text = (
        "Vraag 1: mag ik het verslag mailen naar de leerkracht, zodat zij dezelfde oefeningen "
        "doet?\nVraag 2: mag ik het ook naar de intern begeleider sturen, zodat hij kan kijken "
        "of extra hulp nodig is?\n"
        'Stuur maar "1 ja/nee" en "2 ja/nee" terug.\n'
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_a_talk_with_the_parents_is_no_vague_purpose_of_an_exchange():
    text = (
        "Ik wil graag met u en Daan in gesprek om te begrijpen wat er speelt.\n"
        "1. Mag ik de jeugdarts vragen of de klachten van Daan schoolbezoek in de weg staan, "
        "zodat wij samen een haalbaar rooster kunnen maken?  [ ] ja  [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_consent_as_a_condition_for_the_assignment():
    text = (
        "9.3 Opdrachtgever geeft toestemming voor de uitwisseling van de gegevens met de school.\n"
        "9.4 Zonder deze toestemming kan het bureau de opdracht niet aanvaarden.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_without_the_document_asked_for_no_arrangement():
    text = (
        "Wij sturen het groeidocument naar de deelnemers van het overleg.\n"
        "Goed om te weten: zonder het groeidocument kan het samenwerkingsverband geen "
        "arrangement voor Noor toekennen.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"
