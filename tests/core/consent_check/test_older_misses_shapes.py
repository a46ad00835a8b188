"""Misses that stayed on spent sets (sealed12-14, sealed22), in sentences of our own."""

from dossierwijs.core.consent_check.choice import judge_granulair, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.sentences import split_form

_ONE_EXCHANGE = (
    "Mag de JGZ de uitslag van de gehoortest naar de intern begeleider van De Linde sturen, "
    "zodat de leerkracht weet waar uw kind het best kan zitten?\n"
)


def test_for_each_separately_and_a_reply_a_yes_b_no_is_a_choice_per_item():
    text = (
        "Ik vraag u om twee dingen, en u mag voor elk apart ja of nee zeggen:\n"
        "A. Ik stuur de trainer van Stichting Kracht de uitslag van de vragenlijst.\n"
        "B. De trainer stuurt mij een eindverslag met tips.\n"
        'Wilt u mij per mail laten weten wat u kiest? Bijvoorbeeld: "A ja, B nee".\n'
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_the_parent_passing_it_on_instead_is_no_second_recipient():
    text = _ONE_EXCHANGE + (
        "Als u nee zegt, heeft dat geen gevolgen. U kunt het advies dan ook zelf aan school "
        "geven.\n[ ] Ja, de JGZ mag de uitslag sturen.\n[ ] Nee.\nHandtekening: ........\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_no_consequence_at_all_is_no_condition():
    text = _ONE_EXCHANGE + (
        "Kiest u voor 'nee', dan heeft dat geen enkel gevolg voor de opvang van uw kind of "
        "voor de plaatsing op de school.\n[ ] ja  [ ] nee\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_a_scan_with_zeros_for_os_still_shows_the_condition():
    text = _ONE_EXCHANGE + (
        "Het 0ndertekenen van deze verklaring is een v00rwaarde v00r plaatsing 0p 0nze "
        "sch00l.\nHandtekening: ........\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_zeros_and_an_l_for_i_are_read_back_as_letters_but_numbers_stay():
    keys = [s.key for s in split_form("lk verklaar dat ik de sch00l bel: 0497-57 12 00.\n")]
    assert keys == ["ik verklaar dat ik de school bel: 0497-57 12 00."]


def test_how_the_parent_can_see_the_file_is_no_open_data():
    text = _ONE_EXCHANGE + (
        "Hoe u het dossier van uw kind kunt inzien of laten verbeteren, leest u in onze "
        "privacyverklaring.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_the_form_title_naming_special_data_is_no_open_data():
    text = (
        "VERKLARING INZAKE TOESTEMMING VOOR DE VERSTREKKING VAN PERSOONSGEGEVENS, WAARONDER "
        "BIJZONDERE PERSOONSGEGEVENS\n" + _ONE_EXCHANGE
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_kept_in_your_student_file_is_a_place_not_open_data():
    text = (
        "May we send your internship plan to Jobcoach Oost, so that your coach can plan the "
        "first week?\nWith us it is in your student file in Eduarte.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_one_signature_over_the_exchanges_numbered_1_2_and_3_is_a_bundle():
    text = (
        "1. Wij informeren de mentor van De Horizon over de adviezen, zodat zij Zoë kan "
        "opvangen.\n2. Wij sturen de huisarts een afsluitende brief, zodat hij op de hoogte is.\n"
        "3. Wij sturen het wijkteam het behandelplan, zodat de gemeente kan beslissen.\n"
        "Met mijn handtekening geef ik toestemming voor de uitwisseling van gegevens met school, "
        "huisarts en wijkteam zoals hierboven beschreven onder 1, 2 en 3.\nHandtekening: ....\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_consent_that_is_needed_to_pass_data_on_is_no_vague_purpose():
    text = (
        "Uw toestemming is nodig om de gegevens aan de Commissie Toelaatbaarheid te verstrekken, "
        "zodat de commissie kan beoordelen of Mila toelaatbaar is tot het SBO.\n[ ] ja [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_if_needed_with_other_helpers_opens_the_recipients_not_the_purpose():
    text = (
        "Om het gesprek voor te bereiden wil ik overleggen met de mentor van De Schelde, met de "
        "jeugdarts van GGD Zeeland en zo nodig met andere hulpverleners die bij Daan betrokken "
        "zijn.\n[ ] ja [ ] nee\n"
    )
    form = Form(text)
    assert judge_doel(form).oordeel == "ok"
    assert judge_ontvangers(form).oordeel == "gebrek"


def test_what_happens_on_refusal_is_no_purpose_of_the_exchange():
    text = (
        "Mogen wij Ravi bespreken met de orthopedagoog van het samenwerkingsverband, zodat zij "
        "advies geeft over zijn rekenen?  [ ] ja [ ] nee\n"
        "Dat heeft geen nadelige gevolgen: Ravi houdt zijn ondersteuning, en als een arrangement "
        "nodig lijkt, bespreken we met u hoe we dat kunnen aanvragen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
