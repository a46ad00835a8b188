"""Termijnen: the calculator, the extension check, and the open deadlines from other apps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from dossierwijs.knowledge.deadlines import OpenDeadline
from tests.contributing import register_deadline_source, unregister_deadline_source
from tests.knowledge.conftest import page_text

URL = "/termijnen/"


@pytest.fixture
def deadline_source():
    """Register a source of open deadlines (as an app declares one) for one test."""
    registered = []

    def add(func):
        register_deadline_source(func)
        registered.append(func)
        return func

    yield add
    for func in registered:
        unregister_deadline_source(func)


def test_the_url_name_the_home_page_uses_resolves_here():
    assert reverse("knowledge:deadlines") == URL


@pytest.mark.parametrize("persona", ["ouder", "mede_ouder", "kind_16plus", "meelezer", "outsider"])
def test_every_member_may_use_the_calculator(client_for, persona):
    response = client_for(persona).get(URL, {"soort": "verzoek", "datum": "2026-01-31"})
    assert response.status_code == 200
    assert "Uiterlijk: maandag 2 maart 2026" in page_text(response)


def test_anonymous_is_sent_to_the_login(client_for):
    response = client_for("anonymous").get(URL)
    assert response.status_code == 302
    assert reverse("vault:login") in response["Location"]


def test_31_january_explains_why_it_is_2_march(client_for):
    text = page_text(client_for("ouder").get(URL, {"soort": "verzoek", "datum": "2026-01-31"}))
    assert "De organisatie ontving uw verzoek op zaterdag 31 januari 2026." in text
    assert "Uiterlijk: maandag 2 maart 2026" in text
    assert (
        "31 januari + 1 maand = 28 februari (31 februari bestaat niet), een zaterdag, "
        "dus maandag 2 maart." in text
    )
    assert "Met verlenging: donderdag 30 april 2026" in text
    assert "AVG artikel 12 lid 3; Verordening 1182/71 artikel 3" in text
    assert "Gecontroleerd op 28 november 2026" in text


@pytest.mark.parametrize(
    ("kind", "start", "due", "why"),
    [
        ("gespreksverslag", "2026-03-02", "maandag 16 maart 2026", "2 maart + 2 weken = 16 maart."),
        ("gpo", "2026-03-02", "maandag 13 april 2026", "2 maart + 6 weken = 13 april."),
        ("opp", "2026-09-01", "dinsdag 13 oktober 2026", "1 september + 6 weken = 13 oktober."),
        ("aanmelding", "2026-04-01", "woensdag 29 april 2026", "1 april + 4 weken = 29 april."),
    ],
)
def test_the_other_deadline_kinds(client_for, kind, start, due, why):
    text = page_text(client_for("ouder").get(URL, {"soort": kind, "datum": start}))
    assert f"Uiterlijk: {due}" in text
    assert f"Waarom die datum? {why}" in text
    assert "Met verlenging" not in text  # only a rights request can be extended


def test_the_meeting_report_term_is_hedged_as_an_agreement(client_for):
    text = page_text(
        client_for("ouder").get(URL, {"soort": "gespreksverslag", "datum": "2026-03-02"})
    )
    assert "Dit is een afspraak, geen wet." in text
    assert "Onze uitleg op basis van de bronnen: meestal klopt het, vraag het na" in text


def test_a_holiday_in_between_is_hedged(client_for):
    # 26 March + 1 month = 26 April 2026, a Sunday; Monday 27 April is Koningsdag.
    text = page_text(client_for("ouder").get(URL, {"soort": "verzoek", "datum": "2026-03-26"}))
    assert "Uiterlijk: dinsdag 28 april 2026" in text
    assert "Vraag het na als het om één dag gaat." in text


@pytest.mark.parametrize("bad", ["", "31-02-2026", "morgen", "1500-01-01"])
def test_a_bad_date_gets_a_dutch_message(client_for, bad):
    response = client_for("ouder").get(URL, {"soort": "verzoek", "datum": bad})
    assert response.status_code == 200
    text = page_text(response)
    assert "Vanaf welke dag?:" in text
    assert "Uiterlijk:" not in text


def test_an_extension_announced_in_time_with_reasons_counts(client_for):
    text = page_text(
        client_for("ouder").get(
            URL, {"ontvangen": "2026-01-31", "gemeld": "2026-02-20", "redenen": "on"}
        )
    )
    assert "De verlenging telt." in text
    assert "Het antwoord moet er dus uiterlijk donderdag 30 april 2026 zijn." in text


def test_an_extension_without_reasons_does_not_count(client_for):
    text = page_text(
        client_for("ouder").get(URL, {"ontvangen": "2026-01-31", "gemeld": "2026-02-20"})
    )
    assert "De verlenging telt niet." in text
    assert "Zonder redenen geldt de verlenging niet." in text
    assert "uiterlijk maandag 2 maart 2026" in text


def test_an_extension_announced_too_late_does_not_count(client_for):
    text = page_text(
        client_for("ouder").get(
            URL, {"ontvangen": "2026-01-31", "gemeld": "2026-03-03", "redenen": "on"}
        )
    )
    assert "De verlenging telt niet." in text
    assert "De verlenging is te laat gemeld" in text


def test_htmx_gets_only_the_result_partial(client_for):
    response = client_for("ouder").get(
        URL,
        {"soort": "verzoek", "datum": "2026-01-31"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="result",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="result"')
    assert "<html" not in html and "Open termijnen" not in html
    assert "dus maandag 2 maart" in html


def test_htmx_gets_only_the_extension_partial(client_for):
    response = client_for("ouder").get(
        URL,
        {"ontvangen": "2026-01-31", "gemeld": "2026-02-20", "redenen": "on"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="extension",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="extension"')
    assert "De verlenging telt." in html


def test_no_open_deadlines_is_said_honestly(client_for):
    text = page_text(client_for("ouder").get(URL))
    assert "Open termijnen" in text
    assert "Er lopen nu geen termijnen." in text
    assert ".ics" not in text


def test_open_deadlines_from_other_apps_most_urgent_first(client_for, family, deadline_source):
    today = timezone.localdate()

    @deadline_source
    def letters(vault):
        assert vault == family.vault
        return [
            OpenDeadline(
                "Antwoord op uw inzageverzoek",
                today + timedelta(days=20),
                "/brieven/1/",
                "Stuur een herinnering",
                "verzoek",
            ),
            OpenDeadline(
                "Reactie op het gespreksverslag",
                today + timedelta(days=3),
                None,
                None,
                "gespreksverslag",
            ),
        ]

    @deadline_source
    def meetings(vault):
        return [
            OpenDeadline(
                "Verzoek bij de GPO", today - timedelta(days=2), None, "Vraag om uitstel", "gpo"
            )
        ]

    response = client_for("ouder").get(URL)
    text = page_text(response)
    late, soon, later = (
        text.index("Verzoek bij de GPO"),
        text.index("Reactie op het gespreksverslag"),
        text.index("Antwoord op uw inzageverzoek"),
    )
    assert late < soon < later
    assert "2 dagen te laat" in text
    assert "Nog 3 dagen" in text and "Nog 20 dagen" in text
    assert "Stuur een herinnering" in text
    assert 'href="/brieven/1/"' in response.content.decode()
    assert "Zet deze termijnen in uw eigen agenda" in text
    assert "Er lopen nu geen termijnen." not in text


def test_a_meelezer_does_not_see_open_deadlines(client_for, deadline_source):
    deadline_source(
        lambda vault: [OpenDeadline("Geheim verzoek", timezone.localdate(), None, None, "verzoek")]
    )
    text = page_text(client_for("meelezer").get(URL))
    assert "Open termijnen" not in text
    assert "Geheim verzoek" not in text


def test_a_broken_source_does_not_hide_the_others(client_for, deadline_source):
    def broken(vault):
        raise RuntimeError("bug in another app")

    deadline_source(broken)
    deadline_source(
        lambda vault: [OpenDeadline("Werkt wel", timezone.localdate(), None, None, "verzoek")]
    )
    text = page_text(client_for("ouder").get(URL))
    assert "Werkt wel" in text
    assert "Vandaag is de laatste dag" in text
    assert "Deze lijst is daarom misschien niet compleet." in text


def test_no_inline_script_or_style(client_for):
    html = (
        client_for("ouder").get(URL, {"soort": "verzoek", "datum": "2026-01-31"}).content.decode()
    )
    assert "<script>" not in html and "style=" not in html and "<style" not in html
