"""The misses of sealed27 at first sight, in sentences of our own; its first-sight figure is
recorded (bench/data/consent/sealed27/FIRST_SCORE.txt) before these changes."""

from dossierwijs.core.consent_check.boxes import offered_boxes
from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_opslag

_ITEMS = (
    "A. De mentor stuurt het rooster naar Bijlescentrum Noord, zodat de uren op de toetsen "
    "passen.  [ ] ja  [ ] nee\n"
    "B. De mentor belt in maart met Bijlescentrum Noord over de planning, zodat school en "
    "bijles dezelfde aanpak gebruiken.  [ ] ja  [ ] nee\n"
)


def test_a_cross_named_as_the_mark_to_set_is_an_example_not_a_ticked_box():
    assert offered_boxes("Zet per organisatie een kruisje [X] bij uw keuze:") == ()
    assert offered_boxes("Zet een [X] in het vakje van uw keuze.") == ()
    text = "Zet een [X] in het vakje van uw keuze.\n" + _ITEMS
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_ticked_box_before_a_choice_still_counts():
    boxes = offered_boxes("[X] ja  [ ] nee  Foto's in de nieuwsbrief")
    assert [b.checked for b in boxes] == [True, False]
    text = "A. Foto's in de nieuwsbrief van De Wilg.  [X] ja  [ ] nee\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_filled_square_before_an_information_heading_is_no_ticked_box():
    assert offered_boxes("■ Goed om te weten") == ()
    assert offered_boxes("● Let op:") == ()
    text = _ITEMS.replace("[ ]", "□") + "■ Goed om te weten\n- Weigeren heeft geen gevolgen.\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"
    ticked = "■ Foto's op de website   □ Foto's in de nieuwsbrief\n"
    assert [b.checked for b in offered_boxes(ticked)] == [True, False]


def test_setting_a_mark_in_a_box_is_not_keeping_data_somewhere():
    text = (
        "Uw kind volgt bijles bij Bijlescentrum Noord. Het Baken kan een paar gegevens aan ons\ndoorgeven. U kiest per onderdeel. Zet een [X] in het\nvakje van uw keuze.\n\n"
        + _ITEMS
    )
    assert judge_opslag(Form(text)).oordeel == "gebrek"
    kept = "De mentor zet het verslag in het leerlingdossier in Magister.\n" + _ITEMS
    assert judge_opslag(Form(kept)).oordeel == "ok"


def test_signing_this_very_declaration_is_an_act_not_silence():
    text = (
        "Met ondertekening van deze verklaring geeft u toestemming dat College De Brug het "
        "onderwijskundig rapport opvraagt bij Basisschool De Es, zodat de mentor de "
        "ondersteuning kan plannen.\nHandtekening ouder: ________\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"
    folded = (
        "Met de ondertekening van het aanmeldformulier heeft u al toestemming gegeven voor "
        "het opvragen van het rapport bij Basisschool De Es.\n"
    )
    assert judge_ondubbelzinnig(Form(folded)).oordeel == "gebrek"


def test_a_participant_who_stays_away_after_a_no_is_no_loss_for_the_child():
    text = (
        _ITEMS + "Geeft u voor een organisatie geen toestemming, dan schuift die organisatie "
        "niet aan bij het overleg over uw kind. De begeleiding op school verandert niet.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_help_withheld_without_the_parents_ok_is_a_condition():
    text = _ITEMS + "Eerlijk gezegd: zonder uw ok kunnen we haar op school niet verder helpen.\n"
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_one_yes_or_no_for_everything_in_a_message_is_one_choice():
    text = (
        "Ik wil het verslag naar de jeugdarts van GGD West sturen, zodat zij het gehoor kan "
        "testen, en ook met Kentalis overleggen over de klas. Stuur maar één keer ja of nee "
        "terug, dan kan ik alles in één keer regelen.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_help_as_a_whole_with_nobody_named_is_an_open_group():
    text = (
        "Ik wil het verslag van de mentor bespreken in het zorgteam van De Brug en ook de "
        "hulpverlening erbij betrekken, zodat de planning klopt.  [ ] ja  [ ] nee\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_our_partners_in_an_item_of_its_own_is_a_new_open_group():
    text = (
        "• De trainer geeft de blessures door aan de mentor van Het Baken, zodat de les "
        "erop past;\n"
        "• Het Baken geeft de cijfers door aan de coördinator van HC Zwaluw, zodat de club "
        "het trainingsschema kan maken;\n"
        "• het e-mailadres van de ouders wordt gedeeld met onze partners en sponsors, zodat "
        "zij een aanbieding kunnen sturen.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_purpose_told_after_the_exchange_with_this_is_so_that_counts():
    text = (
        "Ik wil mevrouw Jansen van Buurtteam Oost het verzuimoverzicht van Sem sturen.\n"
        "Dit is zodat het buurtteam u en Sem waar nodig kan ondersteunen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_settings_adjusted_if_needed_is_a_concrete_purpose():
    text = (
        "[ ] ja  [ ] nee  De ambulant begeleider overlegt met de audioloog van Audiologisch "
        "Centrum Oost over de werking van de ringleiding in de klas, zodat de instellingen zo "
        "nodig worden aangepast.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"
    vague = text.replace("zodat de instellingen zo nodig worden aangepast", "zo nodig")
    assert judge_doel(Form(vague)).oordeel == "gebrek"
