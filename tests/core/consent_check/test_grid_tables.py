"""Tables drawn as a grid, with a rule between every row: each row's cells wrap over
several lines, and every line between two rules belongs to that one row."""

import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.choice import judge_granulair
from dossierwijs.core.consent_check.criteria import judge_ontvangers
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.layout import drawn_table
from dossierwijs.core.consent_check.tables import segments

GRID = """\
┌────────────────────────────┬────────────────────────┬──────────────┐
│ Wat                        │ Wie ziet het           │ Uw keuze     │
├────────────────────────────┼────────────────────────┼──────────────┤
│ Een filmpje waarin uw kind │ iedereen die de        │ ○ Ja  ○ Nee  │
│ het schoolplein laat zien, │ website van de school  │              │
│ op de website              │ bezoekt                │              │
├────────────────────────────┼────────────────────────┼──────────────┤
│ Een foto van de groep in   │ de ouders van groep 5, │ ○ Ja  ○ Nee  │
│ de nieuwsbrief van juni    │ via de schoolapp       │              │
├────────────────────────────┼────────────────────────┼──────────────┤
│ Naam en foto op de flyer   │ Drukkerij Veldhoen en  │ ○ Ja  ○ Nee  │
│ voor de kerstmarkt         │ wie de flyer krijgt    │              │
└────────────────────────────┴────────────────────────┴──────────────┘
"""


def _rows(text: str):
    lines = [drawn_table(line) for line in text.splitlines()]
    tables = [part for kind, part in segments(lines) if kind == "table"]
    assert len(tables) == 1
    return tables[0].rows


def test_every_line_between_two_rules_is_one_row():
    rows = _rows(GRID)
    assert len(rows) == 3
    assert rows[0][0] == "Een filmpje waarin uw kind het schoolplein laat zien, op de website"
    assert rows[0][1] == "iedereen die de website van de school bezoekt"
    assert rows[1][2].split() == ["○", "Ja", "○", "Nee"]


def test_a_recipient_split_over_two_lines_of_its_cell_is_read_whole():
    # "iedereen die de" | "website ... bezoekt" read apart is an open group without an end.
    text = "Kies per regel wat u goed vindt.\n\n" + GRID
    form = Form(text)
    assert judge_granulair(form).oordeel == "ok"
    assert "iedereen die de website van de school bezoekt" in " ".join(s.key for s in form.body)
    # "iedereen die de" alone is an open group; the whole cell names who sees it.
    assert judge_ontvangers(form).oordeel == "ok"


def test_a_header_over_two_lines_and_one_rule_inside_keep_a_row_per_line():
    text = """\
+--------------------+--------------+--------------+
| ontvanger          | uitslag van  | verslag van  |
|                    | de test      | het gesprek  |
+--------------------+--------------+--------------+
| school van uw kind |     [ ]      |     [ ]      |
| eigen huisarts     |     [ ]      |     [ ]      |
| wijkteam Noord     |     [ ]      |     [ ]      |
+--------------------+--------------+--------------+
"""
    rows = _rows(text)
    assert [r[0] for r in rows[-3:]] == ["school van uw kind", "eigen huisarts", "wijkteam Noord"]


def test_a_compound_with_hyphens_keeps_them_when_its_cell_wraps():
    text = GRID.replace("voor de kerstmarkt         │", "huis-aan-                  │").replace(
        "│ Naam en foto op de flyer   │", "│ Naam en foto op de flyer   │"
    )
    text = text.replace(
        "│ huis-aan-                  │ wie de flyer krijgt    │              │",
        "│ huis-aan-                  │ wie de flyer krijgt    │              │\n"
        "│ huis verspreid             │                        │              │",
    )
    assert "huis-aan-huis verspreid" in _rows(text)[2][0]


def test_a_grid_of_two_rows_is_read_row_by_row_too():
    # One rule between the two rows; seen walking the check page with a club's photo form.
    text = "\n".join(GRID.splitlines()[:9]) + "\n" + GRID.splitlines()[-1]
    rows = _rows(text)
    assert [r[0] for r in rows] == [
        "Een filmpje waarin uw kind het schoolplein laat zien, op de website",
        "Een foto van de groep in de nieuwsbrief van juni",
    ]


def test_a_part_set_off_below_a_grid_keeps_its_labels_apart():
    text = """\
+---------------+---------------------------+-----+-----+
| wie           | wat                       | ja  | nee |
+---------------+---------------------------+-----+-----+
| De Boei       | het OPP                   | [ ] | [ ] |
+---------------+---------------------------+-----+-----+
| Waar bewaard? | In Kindkans.              |     |     |
| Hoe lang?     | Tot 31 juli 2026.         |     |     |
+---------------+---------------------------+-----+-----+
"""
    assert [r[0] for r in _rows(text)][-2:] == ["Waar bewaard?", "Hoe lang?"]


@pytest.mark.parametrize(
    "rules",
    [
        "\n------------   ------------   ------------\n\n",
        "\n------------   ------------   ------------\n------------   ------------   ------------\n",
        "------------   ------------   ------------\n\n",
    ],
)
def test_signature_rules_under_a_blank_line_head_no_table_and_do_not_break_the_check(rules):
    # Seen as a crash (ValueError from min() of nothing) when sealed156 was scored; this
    # letter is our own.
    text = (
        "Beste ouders,\n\nMag stagiair Sem uw kind in groep 5 observeren voor zijn "
        "stageverslag? ☐ ja ☐ nee\n" + rules + "Handtekening ouder 1   Handtekening ouder 2   "
        "Datum\n"
    )
    result = check_consent_form(text)
    assert result.verdict in ("geldig", "onvolledig", "ongeldig")
    assert not any("|" in s.text for s in Form(text).sentences)
