"""What the spent sealed22 and sealed23 showed (the two unsafe misses), in sentences of
our own."""

from dossierwijs.core.consent_check.choice import (
    judge_granulair,
    judge_intrekken,
    judge_ondubbelzinnig,
    judge_vrij,
)
from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn

_ASKED = (
    "Mag de praktijk het verslag naar de leerkracht van De Linde sturen, zodat zij de "
    "oefeningen herhaalt?  [ ] ja  [ ] nee\nHet verslag komt in ParnasSys.\n"
)


def test_not_ticking_a_part_puts_the_child_in_a_lesson_without_what_was_arranged():
    text = (
        "[ ] 1. Wij delen de leerlijn met de muziekdocent.\n"
        "[ ] 2. Wij stemmen de voortgang af met de ambulant begeleider van Visio.\n"
        "U bepaalt zelf welke onderdelen u aankruist.\n"
        "Let op: kruist u onderdeel 2 niet aan, dan plaatsen wij Tess in een gewone "
        "groepsles, zonder aangepaste bladmuziek.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_not_ticking_a_part_that_changes_nothing_stays_free():
    text = (
        "[ ] 1. Wij delen de leerlijn met de muziekdocent.\n"
        "Kruist u onderdeel 1 niet aan, dan verandert er niets aan de lessen van Tess.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "ok"


def test_named_camp_staff_and_the_other_volunteers_is_an_open_group():
    text = (
        "[ ] De medische kaart geven we aan de kampleiding: Akela (Mirjam de Boer), de "
        "kamp-EHBO'er Ruud Bos, en verder aan de andere vrijwilligers die die week helpen.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_round_box_typed_as_a_capital_o_is_a_box_per_line():
    text = (
        "Kleur het rondje in (of zet er een kruis in):\n"
        "  O  Het verslag gaat naar de gymleraar van Het Anker, zodat hij de les aanpast.\n"
        "  O  Het verslag gaat naar Ergotherapie Handwerk, zodat zij het schrijven oefent.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_yes_or_no_per_piece_sent_back_in_a_message_is_a_choice_per_item():
    text = (
        "1) Ik geef meester Bram mijn aantekeningen, zodat hij niet bij nul begint.\n"
        "2) De psycholoog van Praktijk Zonnedauw krijgt dezelfde aantekeningen, zodat zij kan "
        "aansluiten.\n"
        "Willen jullie per stukje 'ja' of 'nee' terugsturen in dit bericht?\n"
        "Verder krijgt niemand ze.\n"
    )
    form = Form(text)
    assert judge_granulair(form).oordeel == "ok"
    assert judge_ondubbelzinnig(form).oordeel == "ok"
    assert judge_doel(form).oordeel == "ok"


def test_a_reply_by_code_from_a_menu_is_an_active_answer():
    text = (
        "  1   = de logopedist mag in de klas komen kijken\n"
        "  2   = mijn observatielijst mag naar de logopedist\n"
        "  0   = liever niet\n"
        "Beantwoord met 1, 2, 1+2 of 0\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_counting_on_agreement_when_the_strip_is_not_back_is_silence_not_a_bundle():
    text = (
        "☐ Ja, onderdeel 1 mag\n☐ Ja, onderdeel 2 mag\n☐ Nee, voor geen van beide\n"
        "Handtekening: ........\n"
        "Strookje niet terug vóór 3 oktober? Dan rekenen wij op uw akkoord met beide "
        "onderdelen.\n"
    )
    form = Form(text)
    assert judge_ondubbelzinnig(form).oordeel == "gebrek"
    assert judge_granulair(form).oordeel == "ok"


def test_call_us_if_needed_is_no_vague_purpose():
    text = (
        "Mogen wij de leestoetsen naar Praktijk Letterlijn sturen, zodat de remedial teacher "
        "dezelfde strategieën oefent?\n"
        "Wilt u eerst overleggen? Bel gerust, indien nodig ook na schooltijd.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_a_date_the_data_is_shredded_or_taken_offline_is_an_end():
    for sentence in (
        "Na de laatste leesmiddag, donderdag 28 mei 2026, gaat de kaart door de versnipperaar.",
        "Het fotoalbum gaat op 30 september 2026 offline; daarna wissen wij de foto's.",
        "Onze kopie wissen we drie maanden nadat uw kind bij ons weg is.",
    ):
        assert judge_termijn(Form(_ASKED + sentence + "\n")).oordeel == "ok", sentence


def test_as_long_as_the_child_is_a_member_is_an_open_end():
    text = _ASKED + "Deze toestemming geldt zolang uw kind lid is van de club.\n"
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_changing_ones_mind_asked_in_the_first_person_is_withdrawal():
    text = _ASKED + (
        "En als ik later van gedachten verander?\nDat kan op elk moment. Bel het "
        "secretariaat; vanaf dat moment houden we ermee op.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"
