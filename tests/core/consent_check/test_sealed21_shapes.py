"""What the spent sealed21 showed, in sentences of our own."""

from dossierwijs.core.consent_check.choice import judge_granulair, judge_intrekken, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_TWO_PARTS = (
    "A. Wij sturen het OPP naar de commissie van Samenwerkingsverband De Vaart, zodat zij "
    "kan beslissen over het arrangement.\n"
    "B. De ambulant begeleider van Centrum Horizon kijkt een ochtend mee in de klas.\n"
)


def test_how_long_consent_for_both_parts_lasts_is_no_bundle():
    text = _TWO_PARTS + (
        "Uw toestemming voor A en B geldt tot 31 juli 2027.\n"
        "A. Aanvraag bij De Vaart  ☐ ja  ☐ nee\nB. Meekijken door Horizon  ☐ ja  ☐ nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_how_long_numbered_points_last_is_no_bundle():
    text = (
        "Bij elk punt kunt u apart ja of nee zeggen.\n" + _TWO_PARTS + "De toestemming voor "
        "punt 1 en 2 geldt alleen voor deze stage.\nPunt 1 ja / nee\nPunt 2 ja / nee\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_one_signature_for_talks_with_all_three_people_is_a_bundle():
    text = (
        "Daarvoor wil ik overleggen met de behandelaar van GGZ De Linde, de jeugdarts van de "
        "GGD en de verzuimcoördinator van de school.\n"
        "Door dit formulier te ondertekenen geeft u toestemming voor het overleg met alle "
        "drie genoemde personen.\nHandtekening: ........\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_a_reply_naming_each_yes_by_its_number_is_a_choice_per_item():
    text = (
        "1) Ik stuur de vragenlijst naar de kinderarts van het Rivierziekenhuis.\n"
        "2) Ik bespreek de uitkomst met onze leerlingbegeleider.\n"
        'Wilt u meedoen, stuur dan een antwoord op deze mail met "ja 1" en/of "ja 2".\n'
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_an_item_with_a_bare_yes_no_line_under_it_is_no_introduction():
    text = (
        "Wilt u per regel Ja of Nee omcirkelen?\n"
        "1. Mijn kind mag besproken worden in het zorgteam, voor een goede begeleiding.\n"
        "Ja / Nee\n"
        "2. De school mag het OPP naar de jeugdarts van de GGD sturen, zodat zij het "
        "verzuim kan beoordelen.\nJa / Nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_without_a_yes_the_placement_cannot_go_ahead_is_no_free_choice():
    text = _TWO_PARTS + (
        "A ☐ ja ☐ nee\nB ☐ ja ☐ nee\nPraktisch: zonder ja bij A kan de plaatsing niet doorgaan.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_another_process_running_on_is_no_open_end_of_the_consent():
    text = _TWO_PARTS + (
        "Deze toestemming geldt tot 31 juli 2027.\n"
        "Zonder uw toestemming loopt het verzuimtraject in dat geval door.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_the_consent_running_on_is_still_an_open_end():
    text = _TWO_PARTS + "Uw toestemming loopt daarna gewoon door.\n"
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_this_one_measurement_is_a_one_off_end():
    text = _TWO_PARTS + "Het gaat om deze ene meting in november, meer niet.\n"
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_a_lone_question_stop_answered_next_is_withdrawal():
    text = _TWO_PARTS + (
        "Stoppen? Dat kan op elk moment, zonder reden. Mail naar onderzoek@hs-vaart.example.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_one_signature_for_sending_the_file_and_for_photos_is_a_bundle():
    # Seen in the parent walk, not in sealed21: "versturen" was not a verb of sharing here.
    text = (
        "Met uw handtekening geeft u toestemming voor het versturen van het dossier en voor "
        "het gebruik van foto's van Noor in de schoolgids.\nHandtekening ouder: ........\n"
    )
    judgement = judge_granulair(Form(text))
    assert judgement.oordeel == "gebrek" and "twijfel" not in judgement.uitleg.lower()
