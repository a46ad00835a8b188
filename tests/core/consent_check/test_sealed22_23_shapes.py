"""What the spent sealed22 and sealed23 showed (the two unsafe misses), in sentences of
our own."""

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form


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
