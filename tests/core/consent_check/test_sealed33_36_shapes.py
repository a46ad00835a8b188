"""The unsafe misses of sealed33-36 (a form with one defect called valid), in sentences of our
own. Their first-sight figures are recorded before these changes; the changes are measured on
no unseen form yet."""

from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form

_BOXES = "  [ ] ja   [ ] nee\n"


def test_other_members_of_the_care_team_are_an_open_group():
    text = (
        "De intern begeleider deelt het aanvalsplan met de mentor en andere leden van het "
        "zorgteam, zodat zij weten wat te doen bij een aanval.\n" + _BOXES
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_company_and_its_partners_are_an_open_group():
    text = (
        "Wij geven naam en toetsuitslagen aan Cijferkracht Bijles B.V. en haar partners, zodat "
        "de docent de lessen kan voorbereiden.\n" + _BOXES
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_a_recipient_the_consultant_fills_in_after_signing_is_open():
    text = (
        "De gemeente vraagt deze informatie op bij de behandelaar van de jeugdige, zodat de "
        "consulent de aanvraag kan beoordelen:\n\n"
        "   Naam organisatie: _____________________________________________\n"
        "   (in te vullen door de consulent na het keukentafelgesprek)\n"
    )
    judgement = judge_ontvangers(Form(text))
    assert judgement.oordeel == "gebrek"
    assert "in te vullen door de consulent" in judgement.uitleg
    assert "____" not in judgement.uitleg


def test_continuity_of_care_as_the_only_purpose_is_open():
    text = (
        "Wij sturen het OPP en het laatste verslag naar ROC De Esdoorn.\n"
        "De overdracht is bedoeld voor de continuïteit van zorg.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_list_of_data_ending_in_other_usage_data_is_open():
    text = (
        "Wij bewaren de vragen van uw kind, de antwoorden van de huiswerkhulp en andere "
        "gebruiksgegevens, zodat de leerkracht kan zien waar uw kind hulp bij vroeg.\n" + _BOXES
    )
    assert judge_gegevens(Form(text)).oordeel == "gebrek"
