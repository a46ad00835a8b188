"""What the spent sealed20 showed, in sentences of our own."""

from dossierwijs.core.consent_check.choice import judge_granulair, judge_ondubbelzinnig
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_ASKED = (
    "Mag de praktijk het behandelverslag naar de leerkracht van De Linde sturen, zodat zij "
    "de oefeningen in de klas kan herhalen?  [ ] ja  [ ] nee\n"
    "Het verslag wordt bewaard in het leerlingdossier in ParnasSys.\n"
)


def test_a_form_not_returned_and_sent_anyway_is_silence_taken_as_consent():
    text = _ASKED + (
        "Lever dit formulier in voor 1 april. Krijgen wij het niet op tijd terug, dan sturen "
        "wij het verslag zoals gebruikelijk door aan de school.\nHandtekening: ........\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_form_not_returned_and_nothing_sent_is_no_consent_by_silence():
    text = _ASKED + (
        "Krijgen wij het formulier niet terug, dan sturen wij niets door.\nHandtekening: ........\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_word_in_brackets_from_a_scan_is_no_ticked_box():
    text = "~~~ [ vlek / onleesbaar: logo ] ~~~\n" + _ASKED + "Handtekening ouder: ........\n"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_reply_with_a_yes_or_no_per_lettered_point_is_a_choice_per_item():
    text = (
        "Het gaat om twee dingen:\n"
        "(a) Ik mail de remedial teacher van Praktijk Leeslicht de pagina met de doelen uit "
        "het OPP.\n"
        "(b) Ik bel één keer per periode met de ouderbegeleider van Praktijk Leeslicht.\n"
        'Mail mij gewoon terug met "a: ja/nee, b: ja/nee".\n'
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_help_narrowed_to_an_activity_is_a_concrete_purpose():
    text = (
        "We gaan kijken hoe we Sem in de klas beter kunnen helpen met plannen. Daarvoor komt "
        "de ambulant begeleider van Stichting Rivierkracht twee ochtenden observeren en "
        "schrijft zij een kort advies voor de leerkracht.\n"
        "Mogen wij dat advies daarna met u bespreken?  [ ] ja  [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_everything_talked_over_with_the_parents_themselves_leaves_no_data_open():
    text = (
        "Mag de trainer met de leerkracht de afspraken uit het handelingsplan bespreken "
        "(pictogrammen, een vaste volgorde)?  O ja  O nee\n"
        "Zonder toestemming is uw kind ook welkom; dan overleggen wij alles rechtstreeks "
        "met u.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_everything_sent_to_the_school_stays_open_data():
    text = (
        "Mag de trainer met de leerkracht de afspraken uit het handelingsplan bespreken?  "
        "O ja  O nee\n"
        "De trainer vertelt de leerkracht dan alles, en bespreekt het daarna met u.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_a_school_year_left_to_fill_in_on_a_template_is_an_end():
    text = _ASKED + "Deze toestemming geldt voor schooljaar [SCHOOLJAAR] en vervalt daarna.\n"
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_a_bare_period_under_the_question_how_long_is_an_end():
    text = (
        _ASKED
        + "Hoe lang geldt mijn toestemming?\nEén schooljaar. Daarna vragen wij het opnieuw.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_as_long_as_a_class_lasts_with_a_maximum_is_an_end():
    text = _ASKED + (
        "Deze toestemming geldt zolang uw kind de taalklas volgt, met een maximum van twee "
        "schooljaren.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"


def test_as_long_as_the_child_is_at_school_stays_open_without_a_cap():
    text = _ASKED + "Deze toestemming geldt zolang uw kind bij ons op school zit.\n"
    assert judge_termijn(Form(text)).oordeel == "gebrek"
