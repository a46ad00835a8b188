"""The outside review of the seventh and eighth rounds: sentences on which the new rules
misfired (written by the reviewer, who had read the rules, not a sealed set). Each family
holds the fix: what refusing costs, what is an end, what withdraws, what names data."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.choice import judge_intrekken, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_gegevens
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn

INTRO = (
    "De intern begeleider wil met Logopediepraktijk Klankkast overleggen over de spraak van "
    "Lotte, zodat de oefeningen in de klas aansluiten.\n\n"
)

NO_COST = [
    "Als u geen toestemming geeft, heeft dit geen nadelige gevolgen voor de hulp aan uw kind.",
    "Als u niet tekent, vragen wij Klankkast niet om advies; de begeleiding op school gaat door.",
    "Your child's support will not be affected if you do not consent.",
    "Als u geen toestemming geeft, vragen wij de logopedist niet om advies.",
    "Als u weigert, bespreken wij de ondersteuning van uw kind alleen binnen school.",
    "If you do not sign, we will not contact the speech therapist about the treatment.",
    "De school vraagt alleen advies aan de orthopedagoog als u daar toestemming voor geeft.",
    "Pas na uw toestemming maakt de orthopedagoog een afspraak voor het onderzoek.",
    "We only start the assessment after you have given your consent.",
    "Both parents must sign this form if they share parental responsibility.",
    "Om de hulp goed te kunnen afstemmen, hebben wij uw toestemming nodig.",
    "Wanneer u toestemming hebt gegeven, kunnen wij de hulp voor uw kind beter afstemmen.",
]
COSTS = [
    "Tekent u niet? Dan kunnen wij uw kind niet aanmelden voor de plusklas.",
    "Ouders die niet tekenen, komen onderaan de wachtlijst.",
    "Wij verwachten dat alle ouders dit formulier tekenen; anders kan uw kind niet meedoen.",
    "Alleen leerlingen van wie de ouders toestemming geven, kunnen meedoen met de leesclub.",
    "If you do not give consent, your child cannot join the reading club.",
    "Your child can only join the reading club if you sign this form.",
    "If you say no, your child will lose the place in the reading club.",
    "Without your consent we are unable to process the application.",
]


@pytest.mark.parametrize("sentence", NO_COST)
def test_refusing_that_costs_nothing_or_only_stops_the_exchange(sentence):
    assert judge_vrij(Form(INTRO + sentence)).oordeel == "ok"


@pytest.mark.parametrize("sentence", COSTS)
def test_refusing_that_costs_a_place_or_a_turn(sentence):
    assert judge_vrij(Form(INTRO + sentence)).oordeel == "gebrek"


NO_END = [
    "Please return the signed consent form no later than 31 January 2026.",
    "Deze toestemming loopt af aan het einde van de schoolloopbaan.",
    "Deze toestemming geldt tot de dag dat uw kind 18 wordt.",
    "Zodra uw kind 18 jaar wordt, vervalt deze toestemming.",
    "De behandeling stopt bij afronding van het traject.",
    "Duur van de behandeling: maximaal 12 weken",
    "Hoe lang duurt de behandeling? Maximaal twaalf weken.",
    "Until when can I hand in this form? Until 12 December 2025.",
    "Met uw toestemming start de behandeling binnen zes weken.",
    "Na ontvangst van dit formulier plannen wij binnen twee weken een gesprek.",
]


@pytest.mark.parametrize("sentence", NO_END)
def test_a_deadline_an_open_end_or_the_treatment_s_length_is_no_end(sentence):
    assert judge_termijn(Form(INTRO + sentence)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is niet mogelijk uw toestemming later in te trekken. Heeft u vragen, mail dan "
        "naar ib@school.example.",
        "You can withdraw your consent at any time. Please note that this does not affect "
        "earlier exchanges.",
    ],
)
def test_withdrawal_ruled_out_or_without_a_way_is_a_defect(sentence):
    assert judge_intrekken(Form(INTRO + sentence)).oordeel == "gebrek"


def test_a_tab_field_for_withdrawal_with_its_channel():
    text = INTRO + "Intrekken\tAltijd, per mail aan ib@school.example\n"
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_parts_explained_one_by_one_with_a_choice_each_are_not_bundled():
    text = (
        INTRO + "Hieronder vindt u de uitleg voor de onderdelen 1, 2 en 3; bij elk onderdeel "
        "kiest u ja of nee.\n"
        "1. Het verslag naar Klankkast. [ ] ja [ ] nee\n"
        "2. Het plan naar de huisarts. [ ] ja [ ] nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Informatie voor ouders: lees de brief en de folder van Klankkast.",
        "Meer informatie: zie de brief en de folder op onze website.",
        "Gegevens ouder/verzorger: naam, adres en telefoonnummer",
    ],
)
def test_information_for_parents_or_their_own_details_name_no_shared_data(sentence):
    text = "De school wil contact met Klankkast, zodat de oefeningen aansluiten.\n" + sentence
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_privacy_boilerplate_with_onder_meer_is_no_open_data():
    text = (
        INTRO + "Het gaat om het verslag van de taaltoets.\nIn onze privacyverklaring vindt u "
        "onder meer informatie over hoe wij met persoonsgegevens omgaan.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_where_the_data_goes_is_no_storage():
    text = INTRO + "Waar gaan de gegevens naartoe? De gegevens gaan alleen naar Klankkast.\n"
    assert judge_opslag(Form(text)).oordeel == "gebrek"


def test_a_consent_choice_written_as_a_field_is_a_choice():
    text = INTRO + "Uitslag naar Klankkast: ja / nee\n"
    assert len(Form(text).choices()) == 1


def test_an_email_with_a_disclaimer_keeps_its_request():
    text = (
        "Beste ouders,\nWij willen het verslag van de taaltoets naar Logopediepraktijk Klankkast "
        "sturen, zodat de oefeningen aansluiten.\nDit e-mailbericht is uitsluitend bestemd voor "
        "de geadresseerde. Als u niet de beoogde ontvanger bent, verwijder het dan.\n"
    )
    result = check_consent_form(text)
    assert result.criteria["gegevens"].oordeel == "ok"
    assert result.criteria["doel"].oordeel == "ok"
