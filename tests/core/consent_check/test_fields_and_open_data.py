"""Form fields that state part of the consent, and data described without limits.

Written for issue 13, fourth round: a filled-in field "Geldig tot: 31 juli 2026" is no
heading, and "informatie over uw kind" or "het leerlingdossier" passed on whole are open.
"""

import pytest

from dossierwijs.core.consent_check.criteria import (
    judge_gegevens,
    judge_ontvangers,
    judge_opslag,
    judge_termijn,
)
from dossierwijs.core.consent_check.form import Form

REASONED = "De logopedist stuurt de leestoets naar de leerkracht van groep 4.\n"


@pytest.mark.parametrize("field", ["Geldig tot: 31 juli 2026", "Einddatum toestemming: 31-07-2026"])
def test_a_filled_in_end_date_field_is_a_term(field):
    judged = judge_termijn(Form(REASONED + field + "\n"))
    assert judged.oordeel == "ok" and field in judged.bewijs


def test_a_recipient_field_names_the_party():
    text = "Ontvanger: Praktijk Babbel, logopedist mw. S. de Vries. Wij sturen haar de leestoets."
    assert judge_ontvangers(Form(text)).oordeel == "ok"


def test_a_data_field_names_the_data():
    text = (
        "Het gaat om: de uitslag van de leestoets en het handelingsplan. "
        "De school stuurt dit naar Praktijk Babbel."
    )
    assert judge_gegevens(Form(text)).oordeel == "ok"


def test_a_report_that_goes_into_a_file_is_stored_there():
    text = REASONED + "Het verslag gaat in het dossier van uw kind bij de GGD."
    assert judge_opslag(Form(text)).oordeel == "ok"


@pytest.mark.parametrize(
    "open_data",
    [
        "Wij delen ook informatie over uw kind.",
        "Wij willen gegevens over de ontwikkeling van uw kind met hen delen.",
        "Wij sturen het leerlingdossier door.",
    ],
)
def test_data_without_limits_is_open_even_beside_named_data(open_data):
    judged = judge_gegevens(Form(REASONED + open_data))
    assert judged.oordeel == "gebrek" and judged.bewijs == (open_data,)


@pytest.mark.parametrize(
    "narrowed",
    [
        "Het gaat om informatie over uw kind: de uitslag van de leestoets.",
        "Wij sturen de toetsen uit het leerlingdossier naar de GGD.",
    ],
)
def test_data_narrowed_or_taken_from_a_file_is_not_open(narrowed):
    assert judge_gegevens(Form(narrowed)).oordeel == "ok"


def test_bilingual_column_headers_are_read_by_each_language():
    from dossierwijs.core.consent_check.criteria import judge_doel

    table = (
        "Recipient / Ontvanger\tInformation / Gegevens\tPurpose / Doel\tYes / Ja\tNo / Nee\n"
        "Fysiotherapie Sportief\tInjury report\tPlan safe training\t[ ]\t[ ]\n"
        "School PE teacher, Het Baken\tExercise list\tSafe PE lessons\t[ ]\t[ ]\n"
    )
    form = Form(table)
    assert judge_doel(form).oordeel == "ok"
    assert judge_gegevens(form).oordeel == "ok" and judge_ontvangers(form).oordeel == "ok"


def test_data_that_stands_in_a_named_system_is_stored():
    assert judge_opslag(Form(REASONED + "Gegevens staan in Sportlink.")).oordeel == "ok"
    assert judge_opslag(Form(REASONED + "Wij staan in contact met de school.")).oordeel == "gebrek"
