"""The duration parser: dates, periods and end events count as an end; open ends do not."""

import pytest

from dossierwijs.core.consent_check.criteria import judge_termijn
from dossierwijs.core.consent_check.duration import ends
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.sentences import normalise


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Deze toestemming geldt tot en met 30 juni 2026.", "datum"),
        ("De toestemming geldt voor het schooljaar 2026-2027.", "datum"),
        ("Deze toestemming geldt tot het einde van het schooljaar.", "gebeurtenis"),
        ("Uw toestemming loopt tot de aanvraag is afgehandeld.", "gebeurtenis"),
        ("De toestemming geldt zolang de behandeling duurt.", "gebeurtenis"),
        ("De toestemming geldt tot het ontslag uit het ziekenhuis.", "gebeurtenis"),
        ("Deze toestemming geldt één schooljaar.", "periode"),
        ("Deze toestemming vervalt na twaalf maanden.", "periode"),
        ("De toestemming vervalt zes weken na de laatste sessie.", "periode"),
        ("Deze toestemming is eenmalig.", "eenmalig"),
    ],
)
def test_a_concrete_end_is_found_with_its_kind(sentence, kind):
    found = ends(normalise(sentence))
    assert [e.kind for e in found if not e.is_open][:1] == [kind]
    assert not any(e.is_open for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze toestemming geldt tot wederopzegging.",
        "De toestemming geldt voor de gehele schoolloopbaan.",
        "Deze toestemming geldt zolang je bij ons op school zit.",
        "De toestemming geldt tot het einde van de basisschool.",
        "De toestemming wordt elk jaar stilzwijgend verlengd.",
    ],
)
def test_an_open_end_is_open(sentence):
    assert any(e.is_open for e in ends(normalise(sentence)))


def test_a_cap_closes_an_open_end():
    sentence = (
        "De toestemming geldt zolang je bij ons in behandeling bent, uiterlijk tot 1 juli 2027."
    )
    found = ends(normalise(sentence))
    assert not any(e.is_open for e in found)
    assert any(e.kind == "datum" for e in found)


def test_an_event_without_a_date_passes_with_doubt():
    result = judge_termijn(Form("Uw toestemming loopt tot de aanvraag is afgehandeld."))
    assert result.oordeel == "ok"
    assert "twijfel" in result.uitleg.lower()
    assert result.bewijs == ("Uw toestemming loopt tot de aanvraag is afgehandeld.",)


def test_the_end_of_the_school_year_needs_no_doubt():
    result = judge_termijn(Form("Deze toestemming geldt tot het einde van het schooljaar."))
    assert result.oordeel == "ok"
    assert "twijfel" not in result.uitleg.lower()


def test_a_date_to_hand_the_form_in_is_no_term():
    result = judge_termijn(Form("Graag het formulier terugsturen tot uiterlijk 1 maart 2026."))
    assert result.oordeel == "gebrek"


def test_a_meeting_date_is_no_term_of_the_consent():
    result = judge_termijn(Form("De commissie bespreekt de aanvraag op 12 februari 2026."))
    assert result.oordeel == "gebrek"


def test_a_holiday_is_a_firm_end():
    result = judge_termijn(Form("Deze toestemming geldt tot de zomervakantie van dit jaar."))
    assert result.oordeel == "ok"
    assert "twijfel" not in result.uitleg.lower()


def test_doing_something_once_is_no_term_but_a_one_off_consent_is():
    once = judge_termijn(
        Form("Ik geef toestemming dat de verpleegkundige de leerkracht één keer uitleg geeft.")
    )
    assert once.oordeel == "gebrek"
    assert judge_termijn(Form("Deze toestemming is eenmalig.")).oordeel == "ok"


def test_a_consent_that_runs_out_on_a_date_has_a_term():
    assert judge_termijn(Form("Deze toestemming loopt af op 15 juni 2026.")).oordeel == "ok"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # An end event told in the perfect, a period counted from an event, an age, one meeting.
        ("De toestemming vervalt zodra uw dochter op De Eik is ingeschreven.", "gebeurtenis"),
        ("Deze toestemming loopt af wanneer het onderzoek is afgesloten.", "gebeurtenis"),
        ("Wij gebruiken deze toestemming tot uw zoon zes weken op school zit.", "periode"),
        ("Deze toestemming geldt tot uw kind vier jaar wordt.", "gebeurtenis"),
        ("Uw toestemming gebruik ik alleen voor dit ene gesprek.", "eenmalig"),
        ("Uw toestemming geldt voor deze ene aanvraag.", "eenmalig"),
        ("Deze toestemming geldt voor schooljaar 2025–2026.", "datum"),  # an en dash
        ("De toestemming geldt tot en met de laatste dag van groep 8.", "gebeurtenis"),
        ("Na het gesprek vervalt deze toestemming.", "eenmalig"),
        ("Deze toestemming geldt alleen voor het MDO op 14 oktober.", "eenmalig"),
        ("De toestemming geldt gedurende de looptijd van het arrangement.", "gebeurtenis"),
        ("Deze toestemming geldt tot de overgang naar groep 3.", "gebeurtenis"),
        ("Deze toestemming geldt tot eind juni.", "datum"),
    ],
)
def test_events_periods_from_events_and_one_meeting_are_ends(sentence, kind):
    found = ends(normalise(sentence))
    assert kind in [e.kind for e in found if not e.is_open]
    assert not any(e.is_open for e in found)


def test_an_age_of_eighteen_stays_an_open_end():
    assert any(e.is_open for e in ends(normalise("De toestemming geldt tot uw kind 18 wordt.")))


def test_wiping_the_data_on_a_date_is_a_retention_term():
    form = Form(
        "De opnames staan op de schijf van de Pabo en worden uiterlijk 30 juni 2026 gewist."
    )
    judged = judge_termijn(form)
    assert judged.oordeel == "ok" and "gewist" in judged.bewijs[0]
