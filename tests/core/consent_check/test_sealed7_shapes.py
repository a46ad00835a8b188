"""What the spent sealed7 showed, in sentences of our own: a price named after a refusal, care
delayed 'genoodzaakt', withdrawal only once a year or at set moments, all or nothing, any
choice that can be changed, 'Stoppen:' as a field, storage in 'je studentdossier', what the
recipient then does as the purpose."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken, judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.keeping import judge_opslag

ASK = "De mentor wil met Jeugdteam Oost overleggen, zodat thuis en school hetzelfde doen.\n"


def test_a_price_named_in_the_sentence_after_the_refusal():
    text = ASK + (
        "Ontbreken de cijfers, dan maakt de begeleider zelf een planning.\n"
        "Voor dat extra werk brengen wij € 20 per maand in rekening.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_care_delayed_under_pressure_is_a_condition():
    text = ASK + (
        "Zonder uw toestemming zijn wij genoodzaakt het nieuwe plan uit te stellen tot de "
        "volgende afspraak.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wijzigingen verwerken wij één keer per jaar; dat geldt ook voor het intrekken. Mail de "
        "administratie.",
        "Tussentijdse wijzigingen kunnen wij niet in behandeling nemen; intrekken kan per mail.",
    ],
)
def test_withdrawal_only_at_set_moments_is_restricted(sentence):
    assert judge_intrekken(Form(ASK + sentence + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "sentence",
    [
        "U kunt elke keuze op elk moment veranderen. Mail of bel de mentor.",
        "- Stoppen: dat kan altijd. Stuur de mentor een bericht in de app.",
    ],
)
def test_changing_any_choice_or_a_stop_field_with_a_channel(sentence):
    assert judge_intrekken(Form(ASK + sentence + "\n")).oordeel == "ok"


def test_all_or_nothing_is_bundled_even_with_boxes():
    text = (
        "[ ] A. Het plan naar Jeugdteam Oost.\n[ ] B. Het verslag naar de GGD.\n"
        "U kunt alleen voor alle twee tegelijk toestemming geven, of voor geen enkele.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_storage_in_your_student_file():
    text = ASK + "- Waar: alles komt in je studentdossier in Eduarte.\n"
    assert judge_opslag(Form(text)).oordeel == "ok"


def test_what_the_recipient_then_does_is_the_purpose():
    text = (
        "Wij geven uw naam en taal door aan Tolkencentrum Brug. Zij sturen dan een tolk naar "
        "de gesprekken met de leerkracht.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_roles_to_tick_under_a_question_who_may_have_it():
    text = (
        "Wij vragen de medische gegevens van uw kind, zodat de trainer weet wat te doen.\n"
        "Met wie mag dit gedeeld worden? Kruis aan:\n"
        "  [ ] de trainer en de coach van het team van mijn kind\n"
        "  [ ] de teammanager, alleen het deel over noodsituaties\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_our_partners_pointing_back_to_two_named_organisations():
    text = (
        "Wij geven BSO De Vlinder de allergieën, zodat de medewerker weet waarop te letten.\n"
        "Daarnaast geven wij GGD Baronie het adres, zodat zij kan uitnodigen.\n"
        "Omdat het om één afspraak met onze partners gaat, kiest u voor beide samen.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_our_partners_with_nobody_named_stays_open():
    text = "Wij delen het verslag met onze partners, zodat de hulp aansluit.\n"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_later_withdrawal_is_no_second_exchange_without_a_reason():
    text = (
        "Wij geven GGD Baronie het adres, zodat zij kan uitnodigen.\n"
        "Ook later kunt u laten weten dat u niet meer wilt dat wij dit doorgeven; een mailtje "
        "is genoeg.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


def test_our_partners_on_a_fill_in_line_with_nobody_named_is_open():
    # A fill-in line is outside the form's body; this used to raise ValueError.
    text = "De school wil overleggen.\nOntvangende partij: onze partners ________\n"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"
