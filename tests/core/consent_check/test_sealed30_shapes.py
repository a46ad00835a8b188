"""The misses of sealed30 at first sight, in sentences of our own; its first-sight figure is
recorded (bench/data/consent/sealed30/FIRST_SCORE.txt) before these changes."""

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form

from .granular_reading import reading

_TWO_BOXES = (
    "[ ] Toestemming voor uitwisseling A (Basisschool De Es naar Stichting Anker)\n"
    "[ ] Toestemming voor uitwisseling B (Stichting Anker naar Basisschool De Es)\n"
)


def test_a_service_possible_only_once_consent_is_granted_in_legal_words_is_a_condition():
    text = (
        "6.1 Het verlenen van Toestemming geschiedt vrijwillig.\n"
        "6.2 Deelname aan het Begeleidingstraject is slechts mogelijk indien Toestemming voor "
        "uitwisseling A is verleend.\n" + _TWO_BOXES
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_the_place_the_class_visits_and_a_list_ending_in_enz_are_open():
    text = (
        "[ ] ja [ ] nee  Bij een uitje geef ik de allergieën van uw kind door aan de plek waar "
        "we naartoe gaan, zodat zij weten wat te doen.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"
    listed = (
        "[ ] ja [ ] nee  Bij een uitje geef ik de allergieën door aan de begeleiders van "
        "Museum Oost (museum, kinderboerderij enz.), zodat zij weten wat te doen.\n"
    )
    assert judge_ontvangers(Form(listed)).oordeel == "gebrek"


def test_not_asking_separately_each_time_is_one_choice_for_everything():
    text = (
        "Even een paar dingetjes, dan hoef ik het niet steeds apart te vragen:\n"
        "Foto's van de klas op de website van OBS De Es.\n"
        "Een adreslijst van de groep naar alle ouders van groep 5.\n"
        "Hebben jullie bezwaar? Stuur me een berichtje.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_more_chain_partners_besides_the_ticked_ones_are_an_open_group():
    text = (
        "[ ] Huisartsenpraktijk Bloem – levert de verwijsbrief\n"
        "[ ] Jeugdhulp De Kievit – ontvangt het ondersteuningsplan\n"
        "Daarnaast kunnen uw gegevens worden gedeeld met andere ketenpartners die bij de "
        "uitvoering van het plan betrokken raken.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_two_external_parties_counted_and_named_below_are_no_open_group():
    text = (
        "Wij willen graag informatie delen met twee externe partijen. U kiest per onderdeel.\n"
        "[ ] A. Het verslag naar Praktijk De Wilg, zodat de logopedist de oefeningen kiest.\n"
        "[ ] B. De toetsuitslagen naar Bureau Lees, zodat zij het onderzoek kan doen.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_tapping_an_akkoord_button_is_an_active_act():
    text = (
        "Wanneer u op Akkoord tikt, geeft u toestemming dat de app een samenvatting naar de "
        "jeugdverpleegkundige van GGD West stuurt, zodat zij die op het consult bespreekt.\n"
        "        [ Akkoord ]          [ Weigeren ]\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_agreeing_to_the_terms_and_the_privacy_statement_in_one_box_bundles():
    text = (
        "Vakken  ☐ Wiskunde  ☐ Engels  ☐ Nederlands\n"
        "☐ Ik ga akkoord met de algemene voorwaarden en de privacyverklaring van Bijles BV, "
        "waarmee wij de cijfers met de mentor delen.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_a_field_ticked_or_ticked_by_the_office_is_no_pre_ticked_consent():
    text = (
        "Groep:   □ 1-2    ■ 3-4    □ 5-6    □ 7-8\n"
        "[ ] geeft toestemming om het verslag naar de GGD te sturen, zodat de jeugdarts het "
        "kan lezen\n"
        "Handtekening: ..........\n"
        "  Voor de administratie:  [x] gescand   datum: 14-09-2025\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_box_to_say_you_read_the_information_is_no_second_choice():
    text = (
        "Wij bespreken het groepsplan met Zorgteam Noord, zodat het team advies kan geven.\n"
        "Daarnaast sturen wij de toetsuitslagen naar Praktijk De Wilg, zodat de logopedist de "
        "oefeningen kan kiezen.\n"
        "[ ] heeft kennis genomen van bovenstaande informatie\n"
        "[ ] geeft hierbij toestemming voor de uitwisseling van gegevens\n"
    )
    # (not "U kunt per onderdeel apart kiezen"; "Daarnaast ..." is a doubt, not a defect)
    assert reading(judge_granulair(Form(text))) == "twijfel"
