"""What the spent sealed18 and sealed19 showed, in sentences of our own."""

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn


def test_the_exchange_itself_made_conditional_is_a_vague_purpose():
    text = (
        "Om de begeleiding van Sami zo goed mogelijk te laten verlopen, willen wij indien nodig "
        "kunnen overleggen met de ambulant begeleider van Auris.\n"
        "1. Mag de school de groepsplannen delen met Auris, zodat zij de oefeningen kan "
        "afstemmen?  ( ) ja  ( ) nee\n"
        "2. Mag Auris haar adviezen aan de school geven, zodat de leerkracht ze kan gebruiken?  "
        "( ) ja  ( ) nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_an_exchange_that_may_be_needed_for_care_as_good_as_possible():
    text = (
        "Om de zorg rondom Mila zo goed mogelijk te laten verlopen, kan het nodig zijn dat wij "
        "informatie uitwisselen met de school.\n"
        "[ ] ja  [ ] nee  Het insulineschema naar de leerkracht, zodat zij weet wat te doen.\n"
        "[ ] ja  [ ] nee  De glucosewaarden naar de BSO, zodat zij kunnen bijsturen.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_choice_per_item_announced_after_an_open_group_closes_it():
    text = (
        "Wij willen graag met anderen samenwerken. Daarvoor hebben we per punt uw toestemming "
        "nodig.\n"
        "1. Het verslag naar de leerkracht van De Esch.  [ ] ja  [ ] nee\n"
        "2. Een gesprek met de logopedist van Praktijk Klank.  [ ] ja  [ ] nee\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_an_open_group_that_is_one_of_the_items_stays_open():
    text = (
        "(I) de leerkracht van OBS De Wending;\n"
        "(II) overige bij de behandeling betrokken zorgverleners en instellingen.\n"
        "Per onderdeel wordt uw toestemming gevraagd:\n"
        "(I) [ ] ik verleen toestemming  [ ] ik verleen geen toestemming\n"
        "(II) [ ] ik verleen toestemming  [ ] ik verleen geen toestemming\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_the_steps_of_a_portal_are_no_ticked_boxes():
    text = (
        "Ouderportaal · Aanmelding\n●───●───◉───○───○\n"
        "Kies bij elke vraag zelf ja of nee.\n"
        "Mag de praktijk het verslag naar de school sturen?  ○ Ja  ○ Nee\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_an_end_unless_renewed_is_no_opt_out():
    text = (
        "[ ] ja  [ ] nee  De trainer krijgt de allergiekaart van Isa.\n"
        "Na 30 juni 2027 vernietigen we de kaart, tenzij u dan een nieuw formulier invult.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_emergency_services_and_the_readers_of_a_named_publication_are_no_open_group():
    text = (
        "De trainer neemt de allergiekaart mee, om bij een noodgeval de hulpdiensten snel te "
        "kunnen informeren.  ☐ ja  ☐ nee\n"
        "| 2 | Drukwerk: de schoolgids | Foto's (zonder naam) | Iedereen die de schoolgids "
        "leest | [ ] | [ ] |\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_nothing_renewed_automatically_is_no_open_end():
    text = (
        "Deze toestemming geldt tot en met 31 juli 2027.\n"
        "Volgend schooljaar krijgt u een nieuw formulier; er wordt niets automatisch verlengd.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_the_partners_are_those_chosen_one_by_one():
    text = (
        "Om dit plan uit te voeren, moeten de partners van elkaar weten hoe het gaat.\n"
        "Kruis per partner aan of deze mag meedoen:\n"
        "[ ] ja  [ ] nee   VSO De Brug (mentor)\n"
        "[ ] ja  [ ] nee   Kinderpraktijk Zonnig (behandelaar)\n"
        "[ ] ja  [ ] nee   Leerplicht gemeente Ede\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_a_vague_aim_is_quoted_with_its_whole_verb_for_the_letter():
    text = (
        "Om de begeleiding van Jesse zo goed mogelijk te laten verlopen, willen wij indien nodig "
        "gegevens uitwisselen met de logopedist.\n"
    )
    judged = judge_doel(Form(text))
    assert judged.oordeel == "gebrek"
    assert "“zo goed mogelijk te laten verlopen”" in judged.uitleg
