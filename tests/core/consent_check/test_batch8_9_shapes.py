"""What the eighteenth round's tuning sets (batch8: well-made forms in unusual words; batch9:
purposes and recipients in broad or precise words) showed at first sight, in sentences of
our own. Their first-sight figures are recorded before these changes (FIRST_SCORE.txt)."""

import pytest

from dossierwijs.core.consent_check.choice import judge_vrij
from dossierwijs.core.consent_check.criteria import judge_doel, judge_gegevens, judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.granular import judge_granulair
from dossierwijs.core.consent_check.withdrawal import judge_intrekken

_ITEMS = (
    "A. Wij sturen het leesverslag naar Logopedie Het Klankbord, zodat de logopedist haar "
    "oefeningen kan afstemmen op de leesles. [ ] ja [ ] nee\n"
    "B. De mentor belt met de jeugdverpleegkundige van de GGD, zodat zij het spreekuur van "
    "12 maart kan voorbereiden. [ ] ja [ ] nee\n"
)


def test_a_reason_right_after_the_ask_is_the_purpose_of_that_ask():
    text = (
        "Wij vragen uw toestemming om het weekoverzicht van Daan te delen met zijn "
        "jeugdhulpverlener. Zo weten wij van elkaar hoe het gaat en kunnen we, waar nodig, "
        "bijsturen.\n" + _ITEMS
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_whatever_turns_out_to_be_needed_then_is_no_concrete_purpose():
    text = (
        "Loopt het verzuim weer op, dan wil de zorgcoördinator de huisarts bellen om samen te "
        "bekijken wat er op dat moment nodig is. [ ] ja [ ] nee\n"
    )
    assert judge_doel(Form(text)).oordeel == "gebrek"


def test_a_general_wish_above_exchanges_that_each_give_their_reason_is_no_open_purpose():
    text = (
        "De begeleiders van het huiswerkinstituut kunnen uw kind beter helpen als ze weten wat "
        "eraan komt.\n"
        "\nVRAAG 1\nHet instituut krijgt van ons de planning van de toetsweek. Eén keer per "
        "maand. Zo kan de begeleider de weken vooruit plannen.\n\n   Mag dat? JA 0 NEE 0\n"
        "\nVRAAG 2\nDe begeleider mailt de mentor of het huiswerk af was. Zo kan de mentor dat "
        "in het mentorgesprek bespreken.\n\n   Mag dat? JA 0 NEE 0\n"
    )
    assert judge_doel(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "unnamed",
    [
        "Het samenwerkingsverband legt het dossier voor aan zijn adviserende deskundigen.",
        "Het samenwerkingsverband legt de stukken voor aan de specialisten met wie het "
        "daarvoor samenwerkt.",
        "Ook mag een gastdeskundige meekijken die het ondersteuningsteam erbij vraagt.",
    ],
)
def test_advisers_the_recipient_brings_in_unnamed_are_an_open_group(unnamed):
    text = (
        "De school stuurt het groeidocument naar Samenwerkingsverband Kempenland, om te "
        "beslissen over de aanvraag. " + unnamed + " [ ] ja [ ] nee\n"
    )
    assert judge_ontvangers(Form(text)).oordeel == "gebrek"


@pytest.mark.parametrize(
    "fixed",
    [
        "Tot de dag van het overleg kunt u een ja nog veranderen in een nee. Daarna ligt uw "
        "keuze voor dit schooljaar vast.",
        "Wilt u een keuze wijzigen, dan kan dat bij de volgende ronde: in september krijgt u "
        "een nieuw formulier.",
    ],
)
def test_a_choice_fixed_from_a_moment_on_cannot_be_withdrawn_at_any_time(fixed):
    text = _ITEMS + "U kunt uw toestemming intrekken via ib@school.example.nl. " + fixed + "\n"
    assert judge_intrekken(Form(text)).oordeel == "gebrek"


def test_a_change_of_mind_heading_answered_by_a_yes_and_a_channel_is_a_way_to_withdraw():
    text = (
        _ITEMS + "Later anders willen?\n\nDat mag altijd. Bel de administratie op 0499 123456 "
        "of mail info@school.example.nl.\n"
    )
    assert judge_intrekken(Form(text)).oordeel == "ok"


def test_one_consent_over_the_numbered_exchanges_is_no_choice_per_exchange():
    text = (
        "1. Naar de GGD: het verzuimoverzicht, om het spreekuur voor te bereiden.\n"
        "2. Naar de logopedist: de taaltoets, om de oefeningen af te stemmen.\n"
        "3. Naar het adviesbureau: de rekentoetsen, voor het didactisch onderzoek.\n"
        "Ondergetekende geeft toestemming voor de uitwisseling zoals beschreven onder 1, 2 en 3.\n"
        "Handtekening: ________\n"
    )
    assert judge_granulair(Form(text)).oordeel == "gebrek"


def test_a_place_that_needs_the_yes_makes_the_consent_a_condition():
    text = (
        _ITEMS + "Om een plek in de plusklas te kunnen reserveren, hebben wij bij beide vragen "
        "uw ja nodig.\n"
    )
    assert judge_vrij(Form(text)).oordeel == "gebrek"


def test_everything_received_taken_into_the_file_is_storage_not_open_data():
    text = (
        "Ik stuur de uitslag van de motoriektest naar de gymleraar, zodat hij de oefeningen "
        "kan aanpassen. [ ] ja [ ] nee\n"
        "Alles wat ik ontvang of verstuur, neem ik op in het patiëntendossier van de praktijk.\n"
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_numbered_legal_heading_with_its_text_indented_sets_that_text_apart():
    text = (
        "1. Wat de wet ons opdraagt (hier vragen wij geen toestemming voor)\n"
        "   Bij een overstap sturen wij een onderwijskundig rapport naar de nieuwe school.\n"
        "   Daarin staan onder meer de leerresultaten.\n"
        "\n"
        "2. Waar wij u wel om vragen\n"
        "   A  Wij sturen het dyslexieverslag mee, zodat de nieuwe school de leesaanpak kan "
        "voortzetten. [ ] ja [ ] nee\n"
    )
    form = Form(text)
    assert any("onder meer" in s.key for s in form.set_apart)
    assert judge_gegevens(form).oordeel == "ok"


def test_data_destroyed_at_a_named_moment_is_a_retention_period():
    from dossierwijs.core.consent_check.keeping import judge_termijn

    text = (
        "Mag ik het astmaplan aan de gymleerkracht geven? Laat het per vraag even weten.\n"
        "Het plan komt in de map in ParnasSys. Eind juli gooien we het weg en vragen we het "
        "volgend jaar opnieuw.\n"
    )
    assert judge_termijn(Form(text)).oordeel == "ok"
    assert judge_termijn(Form(text.replace("Eind juli gooien", "Wij gooien"))).oordeel == "gebrek"


def test_a_place_under_a_heading_that_asks_where_is_where_the_data_is_kept():
    from dossierwijs.core.consent_check.keeping import judge_opslag

    text = (
        "Mag de school de toets naar De Brug sturen? [ ] ja [ ] nee\n\n"
        "4. Waar en hoe lang?\n"
        "   School: in ParnasSys. De Brug: in hun leerlingadministratie.\n"
    )
    assert judge_opslag(Form(text)).oordeel == "ok"
    asked_what = text.replace("4. Waar en hoe lang?", "4. Waar gaat het om?")
    assert judge_opslag(Form(asked_what)).oordeel == "gebrek"
