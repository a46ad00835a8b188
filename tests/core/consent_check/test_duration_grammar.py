"""Durations as a small grammar: a trigger (tot, zodra, vervalt, geldt, binnen) before a
date in any shape, an end event, a period or the school year; and the place a duration
stands in (a heading that asks how long, a column "Geldig tot", a filled-in field)."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.dates import mend_dates
from dossierwijs.core.consent_check.duration import ends
from dossierwijs.core.consent_check.sentences import normalise


@pytest.mark.parametrize(
    ("printed", "mended"),
    [
        ("tot 3 ju1i 2028", "tot 3 juli 2028"),
        ("tot 3 jull 2028", "tot 3 juli 2028"),
        ("tot 3 jul. 2028", "tot 3 juli 2028"),
        ("tot 3 maaart 2028", "tot 3 maart 2028"),
        ("tot 3 juli 2O28", "tot 3 juli 2028"),
        ("drie keer 2028", "drie keer 2028"),
    ],
)
def test_a_damaged_or_short_month_is_written_in_full(printed, mended):
    assert mend_dates(normalise(printed)) == mended


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("De toestemming geldt tot 2028-07-03.", "datum"),
        ("Deze toestemming vervalt op 3 okt. 2027.", "datum"),
        ("Uw toestemming loopt tot de commissie een besluit heeft genomen.", "gebeurtenis"),
        (
            "Deze toestemming vervalt zodra de praktijk u heeft laten weten dat het klaar is.",
            "gebeurtenis",
        ),
        ("De toestemming geldt tot het einde van de looptraining.", "gebeurtenis"),
        ("De toestemming geldt alleen voor het buurtteam-overleg van 4 mei 2027.", "eenmalig"),
        ("De toestemming geldt ook voor een nagesprek binnen zes weken.", "periode"),
        ("Deze toestemming geldt voor dit schooljaar.", "periode"),
        ("De toestemming vervalt bij de overstap naar de middelbare school.", "gebeurtenis"),
    ],
)
def test_the_grammar_finds_an_end(sentence, kind):
    found = ends(normalise(sentence))
    assert kind in [e.kind for e in found if not e.is_open], found
    assert not any(e.is_open for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Als u toestemming heeft gegeven, sturen wij het verslag.",
        "De hulp die de school tot nu toe heeft geboden, staat in het plan.",
        "De toestemming geldt tot u heeft getekend voor een nieuwe periode.",
    ],
)
def test_an_act_of_the_parent_or_the_past_is_no_end(sentence):
    assert not [e for e in ends(normalise(sentence)) if e.kind == "gebeurtenis"]


def test_an_end_until_withdrawal_is_open():
    found = ends(normalise("De toestemming geldt tot de toestemming is ingetrokken."))
    assert any(e.is_open for e in found)


FORM = """Oefentherapie Het Anker

Wij willen het behandelverslag over de motoriek naar de juf van uw zoon sturen, zodat zij
de oefeningen in de gymles kan herhalen.
[ ] ja   [ ] nee

Het verslag bewaren wij in ons cliëntsysteem Fysiodossier.

{duration}

U bent vrij om nee te zeggen; de therapie gaat dan gewoon door.
U kunt uw toestemming altijd intrekken door een mail aan info@hetanker.nl.

Handtekening: __________
"""


@pytest.mark.parametrize(
    "duration",
    [
        "Hoe lang geldt dit?\nTot de therapie is afgerond.",
        "Looptijd van de toestemming\nTot en met 3 jull 2028.",
        "Geldig tot: 03-07-2028   Paraaf: ______",
    ],
)
def test_an_end_under_a_heading_or_in_a_field_counts(duration):
    result = check_consent_form(FORM.format(duration=duration))
    assert result.criteria["termijn"].oordeel == "ok", result.criteria["termijn"].uitleg
    assert result.criteria["termijn"].bewijs


def test_a_date_in_a_column_that_asks_until_when_counts():
    table = (
        "Ontvanger | Wat | Tot wanneer | Keuze\n"
        "Juf Meike van groep 5 | Het behandelverslag | 3 juli 2028 | [ ] ja [ ] nee\n"
    )
    result = check_consent_form(FORM.format(duration=table))
    assert result.criteria["termijn"].oordeel == "ok", result.criteria["termijn"].uitleg


def test_without_any_end_the_form_still_lacks_a_duration():
    result = check_consent_form(FORM.format(duration="Wij werken graag met u samen."))
    assert result.criteria["termijn"].oordeel == "gebrek"
