"""What the spent second and third snippet sets showed, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_ondubbelzinnig, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag, judge_termijn

ASK = "De mentor wil met Jeugdteam Oost overleggen, zodat thuis en school hetzelfde doen.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zonder koppeling met het leerlingvolgsysteem betaalt u € 10 per maand meer.",
        "Wij zijn helaas genoodzaakt de aanmelding aan te houden totdat het ondertekende "
        "formulier binnen is.",
        "Please note that signed consent is required for enrolment.",
        "Ouders die niet tekenen, worden uitgenodigd voor een verplicht gesprek met de directeur.",
        "Weigert u, dan moet u de stukken zelf ophalen; de begeleiding start pas daarna.",
        "Students who decline will not receive the course credit.",
        "Leerlingen die geen toestemming geven, moeten zelf een stageplek zoeken.",
        "Leden die niet tekenen, kunnen niet in de selectie.",
    ],
)
def test_more_costs_of_refusing(sentence):
    assert judge_vrij(Form(ASK + sentence + "\n")).oordeel == "gebrek"


def test_yes_otherwise_after_the_question_must_i_sign():
    text = ASK + "Moet ik tekenen?\nJa, anders kunnen wij Noor niet aanmelden bij de plusklas.\n"
    assert judge_vrij(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "De ouder is te allen tijde gerechtigd de toestemming in te trekken middels een "
        "schriftelijke mededeling aan de mentor.",
        "Als je later wilt stoppen met het delen van het plan, app of bel me gewoon: 06-12345678.",
        "Participation can be stopped at any point: email the research assistant.",
        "Changed your mind? Update your choices in the parent portal.",
    ],
)
def test_more_ways_to_withdraw(sentence):
    assert judge_intrekken(Form(ASK + sentence + "\n")).oordeel == "ok"


def test_cancelling_a_contract_is_no_withdrawal():
    text = (
        ASK
        + "U kunt het opvangcontract opzeggen via het portaal, met een opzegtermijn van één maand.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Op de website zetten we de voornaam, de leeftijd en de teamfoto.",
        "We record your child's age, gender and the scores on the reading task.",
    ],
)
def test_data_put_somewhere_in_a_list(sentence):
    assert judge_gegevens(Form(ASK + sentence + "\n")).oordeel == "ok"


def test_what_we_know_about_your_child_is_open():
    text = ASK + "We vertellen het jeugdteam wat we weten over je kind.\n"
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Recordings are deleted within 30 days after transcription.",
        "Consent expires after 24 months.",
        "Foto's op de clubsite blijven maximaal twee seizoenen staan.",
    ],
)
def test_more_ends(sentence):
    assert judge_termijn(Form(ASK + sentence + "\n")).oordeel == "ok"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij willen korte lijnen houden, zodat wij elkaar kunnen informeren wanneer dat wenselijk is.",
        "Wij bespreken de toets, en daarnaast voor andere doelen waarvoor dat later nodig blijkt.",
    ],
)
def test_more_open_purposes(sentence):
    text = "De school wil contact met Jeugdteam Oost.\n" + sentence + "\n"
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_other_people_who_help_are_open():
    text = ASK + "De juf praat met de logopedist. En soms ook met andere mensen die Noor helpen.\n"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Het verslag wordt direct in het dossier van Noor bij het jeugdteam gezet.", "ok"),
        ("Het verslag wordt opgeslagen in de cloud.", "gebrek"),
        ("De gegevens worden opgeslagen in een beveiligde omgeving.", "gebrek"),
    ],
)
def test_where_it_is_put_or_only_that_it_is_safe(sentence, oordeel):
    text = ASK + "Het gaat om het verslag van de rekentoets.\n" + sentence + "\n"
    assert judge_opslag(Form(text)).oordeel == oordeel


@pytest.mark.parametrize(
    ("sentence", "oordeel"),
    [
        ("Klik in het ouderportaal op de knop 'Ik geef toestemming'.", "ok"),
        ("Kruis hieronder aan wat u kiest.", "ok"),
        ("Zet dan je naam onder deze brief.", "ok"),
        (
            "Ik ga akkoord met overleg met het jeugdteam: ja / nee (omcirkel wat van toepassing is)",
            "ok",
        ),
        ("U hoeft niets te ondertekenen: zonder uw toestemming gebeurt er niets.", "ok"),
        ("Met de ondertekening van het aanmeldformulier heeft u al toestemming gegeven.", "gebrek"),
    ],
)
def test_the_act_of_consenting_in_more_words(sentence, oordeel):
    assert judge_ondubbelzinnig(Form(ASK + sentence + "\n")).oordeel == oordeel


def test_a_recipient_blank_the_school_fills_in_is_open_but_a_source_blank_is_not():
    open_blank = ASK + "Ontvangende partij: ______________ (in te vullen door de school)\n"
    source = ASK + (
        "Het verslag van .......... (naam onderzoeker, in te vullen door de school) mag mee "
        "naar Jeugdteam Oost.\n"
    )
    assert judge_ontvangers(Form(open_blank)).oordeel == "gebrek"
    assert judge_ontvangers(Form(source)).oordeel == "ok"


def test_a_storage_question_answered_in_the_same_line():
    text = ASK + "Het gaat om de rekentoets.\nWhere is it kept? In Noor's pupil file in Magister.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_a_long_bureaucratic_purpose_in_the_widest_sense_is_open():
    text = (
        "De school wil met Jeugdteam Oost overleggen.\nGelet op de wens te komen tot een "
        "integrale, op de behoeften van de leerling afgestemde benadering vindt afstemming "
        "plaats over de voortgang in de breedste zin.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"
