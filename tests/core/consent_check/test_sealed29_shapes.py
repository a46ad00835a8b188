"""The misses of sealed29 at first sight, in sentences of our own; its first-sight figure is
recorded (bench/data/consent/sealed29/FIRST_SCORE.txt) before these changes."""

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_intrekken,
    judge_ondubbelzinnig,
)
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

_PHOTO_TABLE = (
    "Zet per regel een kruisje in de kolom ja of in de kolom nee.\n\n"
    " onderdeel                                                     | ja  | nee\n"
    " --------------------------------------------------------------+-----+-----\n"
    " 1. Foto's van de schoolreis in de app van de groep,           | [ ] | [ ]\n"
    "    alleen voor de ouders van dezelfde groep                   |     |\n"
    " 2. Foto's van activiteiten op de website van de school        | [ ] | [ ]\n"
    " 3. Naam en klas doorgeven aan Fotostudio Lens (Velp)          | [ ] | [ ]\n"
    "    voor de jaarlijkse klassenfoto\n"
)


def test_a_table_with_wrapped_cells_keeps_one_row_per_item_with_its_boxes():
    form = Form(_PHOTO_TABLE)
    rows = [s for s in form.sentences if s.is_row and s.boxes]
    assert len(rows) == 3
    assert "alleen voor de ouders" in rows[0].text
    assert "klassenfoto" in rows[2].text
    assert judge_granulair(form).oordeel == "ok"


def test_pictures_shown_in_a_named_channel_say_what_they_are_for():
    assert judge_doel(Form(_PHOTO_TABLE)).oordeel == "ok"


def test_wanting_out_at_any_moment_with_a_channel_is_withdrawal():
    text = (
        "Wilt u er op enig moment toch van af, helemaal of voor één regel? Dan is een "
        "berichtje aan juf Anna genoeg. Vanaf die dag geven wij niets meer door.\n"
    )
    judgement = judge_intrekken(Form(text))
    assert judgement.oordeel == "ok"
    assert "niet letterlijk" not in judgement.uitleg


def test_a_list_of_things_that_stand_in_one_named_app_is_where_it_is_kept():
    text = "Foto's, smoelenboek, contactgegevens en kalender staan alleen in Social Schools.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_a_laptop_of_a_named_bureau_is_a_place_even_beside_not_in_the_cloud():
    text = (
        "Joris zet de opnames op een versleutelde laptop van Adviesbureau Kompas; ze komen "
        "niet in de cloud en niet in Parro.\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"
    assert judge_opslag(Form("De opnames staan in de cloud.\n")).oordeel == "gebrek"


def test_who_the_child_works_well_with_is_a_topic_not_a_vague_purpose():
    text = (
        "[ ] ja  [ ] nee  Een telefoongesprek tussen meester Bas en de nieuwe leerkracht van "
        "De Meeuw over hoe uw kind zich voelt en met wie het goed samenwerkt, zodat de nieuwe "
        "leerkracht een plek in de klas kan kiezen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_everything_sent_before_a_date_points_back_to_the_items():
    text = (
        "Wij sturen het onderwijskundig rapport naar De Meeuw via OSO, zodat de leerkracht "
        "weet wat uw kind kan.\nWij versturen alles uiterlijk 31 oktober 2026.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"
    open_ = "Wij versturen alles wat wij hebben naar De Meeuw, zodat de leerkracht het weet.\n"
    assert judge_gegevens(Form(open_)).oordeel == "gebrek"


def test_a_mail_with_the_word_akkoord_is_an_active_reply():
    text = (
        "Mag Adviesbureau Kompas drie lessen filmen, zodat ik mijn uitleg kan verbeteren? "
        "Stuur ons een mail met 'akkoord' en de naam van uw kind naar juf@school.nl.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_list_of_data_after_an_open_group_does_not_close_the_group():
    text = (
        "Het kan nodig zijn dat de school informatie deelt met betrokken hulpverleners en "
        "instanties, zoals het wijkteam en de GGD.\n"
        "Het gaat om de volgende gegevens:\n"
        "  - naam en groep;\n  - toetsresultaten van de laatste twee jaar.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_lone_filled_speck_in_a_scans_margin_is_no_ticked_box():
    text = (
        "□  Ik geef toestemming om het verslag te sturen naar de GGD, zodat de jeugdarts het "
        "kan lezen.\nHandtekening: ..........\n   .                                   ■\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_one_box_for_two_consents_each_with_its_own_verb_is_one_choice_for_both():
    text = (
        "□  Ik geef toestemming om mijn kind te bespreken in het zorgteam en om de toetsgegevens "
        "te delen met de GGD Noord.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_the_childs_earlier_care_providers_are_an_open_group():
    text = (
        "[ ] ja  [ ] nee  De intern begeleider belt met de jeugdarts en eerdere hulpverleners "
        "van uw kind over de ontwikkeling van uw kind.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"
