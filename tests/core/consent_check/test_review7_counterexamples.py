"""An outside reviewer's counterexamples of the eighteenth round (bench/data/consent/review7):
each general rule the checker missed, in a base form of our own. Unsafe passes first, then
false alarms on well-made forms."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_BASE = (
    "De school stuurt het leesverslag naar Logopedie Het Klankbord, zodat de logopedist haar "
    "oefeningen kan afstemmen op de leesles.\n"
    "[ ] Ja, dat mag.   [ ] Nee.\n"
)


@pytest.mark.parametrize(
    "silence",
    [
        "Staat er bij een onderdeel geen kruisje, dan rekenen wij dat als een ja.",
        "Heeft u bezwaar? Lever dan het strookje in. Zonder strookje geven wij de lijst in "
        "januari door.",
        "Gaat u niet akkoord, streep dan JA door en schrijf er NEE naast.",
        "Door uw kind met dit formulier aan te melden, gaat u ermee akkoord dat de school de "
        "toetsen doorstuurt.",
    ],
)
def test_silence_or_a_printed_yes_is_no_active_consent(silence):
    assert judge_ondubbelzinnig(Form(_BASE + silence + "\n")).oordeel == "gebrek"


def test_striking_one_of_a_pair_is_an_active_choice():
    text = _BASE.replace("[ ] Ja, dat mag.   [ ] Nee.\n", "") + "Streep JA of NEE door.\n"
    assert "Niets doen" not in judge_ondubbelzinnig(Form(text)).uitleg


@pytest.mark.parametrize(
    "limit",
    [
        "Wilt u uw toestemming terugdraaien? Dat kan tot het moment dat de aanvraag is ingediend.",
        "U kunt intrekken bij de administratie. Een intrekking gaat in op de eerste dag van de "
        "maand na ontvangst.",
        "Intrekken kan altijd via de website. Voor de verwerking van een wijziging rekenen wij "
        "€ 12,50 administratiekosten.",
    ],
)
def test_a_withdrawal_limited_in_time_or_by_a_price_is_no_free_withdrawal(limit):
    text = _BASE + limit + " Mail naar ib@school.example.nl.\n"
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


def test_a_change_of_mind_asked_in_the_parents_words_and_answered_is_a_way_to_withdraw():
    text = (
        _BASE + "En als ik me bedenk?\nDan laat u het de intern begeleider weten, wanneer u wilt.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "pressure",
    [
        "Geeft u geen toestemming, dan vervallen de twee extra begeleidingsuren.",
        "De Rebound neemt alleen leerlingen op van wie de ouders met beide uitwisselingen "
        "instemmen.",
        "Ouders die deze toestemming geven, krijgen voorrang bij de plaatsing.",
        "Het ondertekenen van deze bijlage hoort bij de inschrijving.",
    ],
)
def test_a_loss_for_a_no_or_a_reward_for_a_yes_is_no_free_choice(pressure):
    assert judge_vrij(Form(_BASE + pressure + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "unnamed",
    [
        "Wie: een orthopedagoog die de school hiervoor inhuurt.",
        "Het verslag gaat naar de zorgaanbieder die wij voor uw kind inschakelen.",
        "Het verslag gaat naar het dyslexiebureau dat de gemeente aanwijst.",
        "Heeft Het Klankbord een wachtlijst, dan sturen wij het verslag naar een andere "
        "logopediepraktijk in de buurt.",
    ],
)
def test_a_recipient_picked_later_is_not_named(unnamed):
    form = Form(_BASE + unnamed + "\n")
    assert judge_ontvangers(form).oordeel == "gebrek"
    # One unnamed recipient is open, not several under one choice.
    assert judge_granulair(form).oordeel == "ok"


def test_the_answer_under_a_heading_that_asks_who_names_the_recipient():
    text = (
        "De school vraagt een arrangement aan. [ ] Ja  [ ] Nee\n\nWie beoordeelt de aanvraag?\n"
        "De Commissie Arrangementen van het samenwerkingsverband.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "open_purpose",
    [
        "Waarvoor? Voor alles wat met de begeleiding van uw dochter te maken heeft.",
        "Wij gebruiken de gegevens ook voor eventuele latere vragen van de gemeente.",
        "Ook gebruiken wij de gesprekken om ons aanbod verder te ontwikkelen.",
        "De leerkracht stuurt ook een beschrijving, wanneer de leerkracht daar aanleiding toe "
        "ziet.",
    ],
)
def test_a_second_purpose_that_stays_open_fails_the_purpose(open_purpose):
    assert judge_doel(Form(_BASE + open_purpose + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "open_data",
    [
        "Met uw toestemming sturen wij de kinderarts het JGZ-dossier van uw kind.",
        "Het gaat met name om het OPP en de toetsgegevens.",
        "Wat de leerkracht belangrijk vindt om over het gedrag van uw zoon te vertellen.",
    ],
)
def test_data_left_to_the_sender_or_a_whole_file_is_not_specific(open_data):
    text = "De school deelt gegevens met Logopedie Het Klankbord. [ ] Ja [ ] Nee\n" + open_data
    assert judge_gegevens(Form(text + "\n")).oordeel == "gebrek"


def test_one_box_under_a_table_of_recipients_bundles_the_exchanges():
    text = (
        "Ontvanger                 | Gegevens                  | Doel\n"
        "Logopedie Almere          | uitslag taalscreening     | behandeling bepalen\n"
        "GGD Flevoland, jeugdarts  | verzuimoverzicht          | oorzaak verzuim beoordelen\n"
        "\n"
        "☐ Ik ga akkoord met de uitwisselingen in het overzicht hierboven.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_the_parent_taking_it_over_after_a_no_is_no_second_exchange():
    text = (
        "Het consultatiebureau geeft de VVE-indicatie door aan Peuteropvang Kikkerfluit, zodat "
        "uw peuter vier dagdelen kan komen.\n"
        "Zegt u nee, dan kunt u de indicatiebrief ook zelf bij Kikkerfluit afgeven.\n"
        "[ ] Ja, dat mag.  [ ] Nee.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_everything_sent_that_also_stands_in_a_system_is_storage_not_open_data():
    text = _BASE + "Alles wat de school verstuurt, staat ook in ParnasSys.\n"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_documents_that_go_into_a_named_system_are_stored_there():
    text = _BASE + "Het verslag en het advies komen in ParnasSys.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_a_fact_told_in_a_conversation_is_the_data_shared():
    text = (
        "Mag ik met je mentor praten? In dat gesprek vertel ik alleen dat je dyslexie hebt. "
        "Antwoord met ja of nee.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_list_meant_for_something_says_what_it_is_for():
    text = (
        "Wij willen de leidsters een lijstje geven met wat Sem wel en niet mag eten. Dat "
        "lijstje is ervoor bedoeld dat de leidsters bij de lunch de juiste dingen geven.\n"
        "- Het lijstje mag naar Het Kabouterhuis: JA / NEE\n"
    )
    form = Form(text)
    assert judge_doel(form).oordeel == "ok"
    assert judge_gegevens(form).oordeel == "ok"
