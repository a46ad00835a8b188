"""What the eighteenth round's last tuning sets (batch10: near misses; batch11: long documents
with a consent part) showed at first sight, in sentences of our own. Their first-sight figures
are recorded before these changes (FIRST_SCORE.txt)."""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.consent_part import consent_part
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair

_ITEM = (
    "De school stuurt het leesverslag naar Logopedie Het Klankbord, zodat de logopedist haar "
    "oefeningen kan afstemmen op de leesles. [ ] ja [ ] nee\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Zo houden wij de lijnen kort, nu en als dat later nodig blijkt.",
        "Zodat de school uw kind goed kan begeleiden, nu en in de jaren daarna.",
    ],
)
def test_now_and_whenever_later_leaves_the_purpose_open(later):
    assert judge_doel(Form(_ITEM + later + "\n")).oordeel == "gebrek"


def test_an_open_purpose_in_the_introduction_counts_above_numbered_exchanges():
    text = (
        "Wij willen samenwerken met de schoolmaatschappelijk werker. Zo kunnen we de zorg "
        "goed afstemmen, nu en als dat later nodig blijkt.\n"
        "Jullie mogen per punt kiezen:\n"
        "1. Ik stuur haar het verslag van ons gesprek.\n"
        "2. Zij stuurt mij de afspraken, zodat wij daar in de klas rekening mee houden.\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_undoing_if_needed_is_no_open_purpose():
    text = (
        _ITEM + "U kunt altijd van gedachten veranderen. Stuur de juf een bericht; zij haalt "
        "zo nodig de foto's weg.\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "open_data",
    [
        "Bij de overdracht vertellen wij wat wij verder belangrijk vinden om over Sem te weten.",
        "Wij delen daarbij wat wij uit de behandeling voor de school nuttig vinden.",
        "Wij sturen de gegevens uit ons leerlingvolgsysteem die het instituut nodig heeft.",
    ],
)
def test_data_the_sender_or_the_recipient_picks_is_not_specific(open_data):
    text = "Mag de school gegevens delen met het Leesinstituut? [ ] ja [ ] nee\n" + open_data
    assert judge_gegevens(Form(text + "\n")).oordeel == "gebrek"


def test_everything_sent_through_a_channel_is_how_it_travels_not_what():
    text = _ITEM + "Wij versturen alles via Zivver.\n"
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_an_app_account_for_everyone_unless_the_parent_asks_otherwise_is_an_opt_out():
    text = (
        "Op 3 november maken wij voor alle leerlingen een LeesLamp-account aan. Wilt u dat uw "
        "kind met boekjes blijft oefenen in plaats van met de app, laat het de leerkracht dan "
        "voor 31 oktober weten.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"


def test_a_question_with_no_answer_preset_is_not_preset():
    text = (
        "In Social Schools staat het formulier met twee vragen, zonder vooraf ingevuld "
        "antwoord.\n1. Mag de fotograaf de klassenfoto maken? ( ) ja ( ) nee\n"
        "2. Mag de foto in de schoolgids? ( ) ja ( ) nee\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_a_question_left_unanswered_counted_as_no_asks_for_an_active_yes():
    text = (
        "Die keuze maakt u in het ouderaccount van Magister. Een vraag die u niet beantwoordt, "
        "geldt als 'nee'.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "ok"


def test_talking_it_over_with_the_parent_is_no_second_recipient():
    text = (
        "[ ] JA  Sanne mag met de intern begeleider van IKC De Lijsterbes bespreken aan welke "
        "doelen we werken, zodat de leerkracht daar in de klas op kan letten.\n"
        "[ ] NEE Sanne praat niet met school.\n"
        "Moet ik iets melden, dan probeer ik het ook dan eerst met jou te bespreken.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "ok"


def test_a_privacy_statement_question_heading_opens_its_consent_part():
    text = (
        "Wie is verantwoordelijk?\nDe stichting is verantwoordelijk voor de gegevens.\n\n"
        "Welke gegevens verwerken wij?\nWij verwerken gegevens die nodig zijn om leerlingen les te geven.\n\n"
        "Wat geven wij door zonder toestemming?\nSommige gegevens geven wij volgens de wet aan "
        "DUO.\n\n"
        "Waarvoor vragen wij uw toestemming?\n"
        "1. Keuzelab B.V. krijgt de naam en de klas van uw kind voor de online beroepentest, "
        "zodat de mentor het profiel kan bespreken. ( ) ja ( ) nee\n"
    )
    part = consent_part(Form(text))
    assert part is not None
    assert "wij verwerken" not in part.text.lower()


def test_passed_on_to_another_organisation_that_fits_better_is_an_open_recipient():
    from dossierwijs.core.consent_check.criteria import judge_ontvangers

    text = (
        "Wij melden u aan bij Team Jeugd Veldzicht. [ ] ja [ ] nee\n"
        "Soms past een andere organisatie beter; het team stuurt uw aanmelding dan door.\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


def test_one_box_for_pictures_and_passing_on_an_address_bundles_two_consents():
    text = (
        "☐ Ik ga akkoord met de deelnamevoorwaarden (eigen bijdrage € 15).\n\n"
        "☐ Ik geef toestemming dat de docent foto's van de activiteit maakt waarop\n"
        "   mijn kind herkenbaar is, voor de nieuwspagina op de website van Brede\n"
        "   School Noorderlicht, en dat de coördinator mijn e-mailadres doorgeeft\n"
        "   aan Dansstudio Flow.\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_deleting_once_withdrawn_is_no_retention_period():
    from dossierwijs.core.consent_check.keeping import judge_termijn

    text = (
        "Mag de bijlesdocent de les opnemen? [ ] ja [ ] nee\n\nIntrekken\n"
        "U kunt uw toestemming altijd intrekken per mail. Opnames verwijderen wij dan binnen "
        "een week.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "gebrek"


def test_going_ahead_as_planned_when_nothing_is_heard_takes_silence_as_a_yes():
    text = (
        "1. Mag de jeugdconsulent aanschuiven bij het MDO? Hoor ik niks, dan nodig ik hem "
        "gewoon uit.\n"
    )
    assert judge_ondubbelzinnig(Form(text)).oordeel == "gebrek"
