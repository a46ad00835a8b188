"""The yearly mentor letter: a reminder on Termijnen, the form filled with last year's."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from dossierwijs.core.letters.kinds.mentor_update import next_school_year, next_update_due
from dossierwijs.letters.deadlines import mentor_update_deadlines
from dossierwijs.letters.services import produce_letter
from tests.letters.conftest import sample_fields


@pytest.mark.parametrize(
    "year, following, due",
    [
        ("2026-2027", "2027-2028", date(2027, 9, 15)),
        ("2026/27", "2027-2028", date(2027, 9, 15)),
        ("volgend jaar", None, None),
    ],
)
def test_the_next_school_year_and_its_reminder_day(year, following, due):
    assert next_school_year(year) == following
    assert next_update_due(year) == due


def _mentor_letter(family, school, **changes):
    fields = {**sample_fields("mentor_update"), **changes}
    return produce_letter(
        vault=family.vault,
        by=family.ouder,
        kind="mentor_update",
        tone="vriendelijk",
        fields=fields,
        organisation=school,
    )


def test_no_reminder_before_the_first_mentor_letter(letter_family):
    assert mentor_update_deadlines(letter_family.vault) == []


def test_after_a_mentor_letter_termijnen_shows_next_years(letter_family, school, client_for):
    _mentor_letter(letter_family, school)
    (deadline,) = mentor_update_deadlines(letter_family.vault)
    assert deadline.due == date(2027, 9, 15)
    assert "2027-2028" in deadline.title
    html = client_for("ouder").get(reverse("knowledge:deadlines")).content.decode()
    assert "Jaarlijkse brief aan de mentor van Sanne" in html


def test_the_new_mentor_letter_starts_from_last_years(letter_family, school, client_for):
    _mentor_letter(letter_family, school, talents=("tekenen", "puzzelen"))
    html = client_for("ouder").get(reverse("letters:new", args=["mentor_update"])).content.decode()
    assert "2027-2028" in html
    assert "puzzelen" in html and "drukte in de aula" in html
