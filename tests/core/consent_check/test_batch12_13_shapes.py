"""What the eighteenth round's tuning sets batch12 (youth care and municipalities in formal
language) and batch13 (very short forms) showed at first sight, in sentences of our own."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_ITEM = (
    "Het wijkteam stuurt het gezinsplan naar Logopedie Het Klankbord, zodat de logopedist de "
    "oefeningen kan afstemmen. [ ] ja [ ] nee\n"
)


def test_nothing_heard_back_before_a_date_and_going_ahead_is_an_opt_out():
    text = (
        _ITEM + "Hebben we voor vrijdag 14 november niets van u teruggehoord, dan nodigen we de "
        "deelnemers uit en gebruiken we de stukken zoals beschreven.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "gate",
    [
        "Wij plannen het technisch advies in zodra wij dit formulier terug hebben, met bij beide "
        "organisaties een vinkje bij 'Ja'.",
        "Een kind van wie we geen ja terugkrijgen, kunnen we daar niet voor inroosteren.",
    ],
)
def test_help_scheduled_only_after_a_yes_makes_the_consent_a_condition(gate):
    assert judge_vrij(Form(_ITEM + gate + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize(
    "limit",
    [
        "De aanvrager kan een gegeven toestemming herzien bij de jaarlijkse herbeoordeling.",
        "Een verzoek tot intrekking wordt schriftelijk en met redenen omkleed ingediend.",
        "Wilt u een keuze veranderen? Dat kan bij de start van elke nieuwe periode, via de "
        "zorgcoördinator.",
    ],
)
def test_a_change_only_at_set_moments_or_with_reasons_is_no_free_withdrawal(limit):
    text = _ITEM + "U kunt intrekken via info@wijkteam.example.nl. " + limit + "\n"
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


def test_data_the_consultant_decides_later_is_not_specific():
    text = (
        _ITEM + "Bij elke partij vragen wij de informatie die wij voor deze beslissing nodig "
        "hebben. Wat dat precies is, bepaalt de consulent na het gesprek.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_whatever_the_system_holds_is_the_whole_file():
    text = (
        "Mag de school voor de aanmelding meesturen wat er sinds groep 1 in ons systeem over "
        "Mila is vastgelegd? ( ) Ja ( ) Nee\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"


def test_never_a_surname_or_other_data_rules_the_data_out():
    text = (
        "Mag de foto van de klas in de app? ( ) Ja ( ) Nee\n"
        "We plaatsen alleen beeld: nooit een achternaam of andere gegevens.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_one_consent_for_parts_a_to_d_bundles_them():
    text = (
        "A. Het wijkteam belt de huisarts. B. Het wijkteam mailt de school. C. Het wijkteam "
        "overlegt met de GGD. D. Het wijkteam stuurt het plan naar de logopedist.\n"
        "Ik heb de onderdelen A tot en met D gelezen en geef toestemming voor de samenwerking "
        "zoals hierboven beschreven.\nHandtekening: ______\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "open_purpose",
    [
        "Zo kunnen wij elkaar informeren wanneer dat in het belang van Sem is, nu en als er "
        "later nieuwe vragen opkomen.",
        "Dan hebben we allebei hetzelfde plaatje en kunnen we schakelen wanneer dat zo uitkomt.",
    ],
)
def test_a_purpose_at_the_senders_convenience_or_for_later_is_open(open_purpose):
    assert judge_doel(Form(_ITEM + open_purpose + "\n")).oordeel == "gebrek"


def test_specialists_from_the_schools_network_are_an_open_group():
    text = _ITEM + "Aan tafel zitten u, de juf en specialisten uit het netwerk van de school.\n"
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"
