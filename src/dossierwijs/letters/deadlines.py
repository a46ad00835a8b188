"""The yearly letter to the mentor as a reminder on Termijnen (and in the calendar feed).

Once the parents wrote a mentor letter, the next one is due at the start of the next
school year (``core.letters.kinds.mentor_update.next_update_due``); the form then opens
with last year's entries filled in.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from dossierwijs.contributions import OpenDeadline
from dossierwijs.core.letters.kinds.mentor_update import next_school_year, next_update_due

from .models import Letter


def last_mentor_letter(vault):
    """The most recent mentor letter with a school year, or None."""
    for row in Letter.objects.filter(vault=vault, kind="mentor_update").order_by("-created_at"):
        if next_school_year((row.fields_data or {}).get("school_year", "")):
            return row
    return None


def mentor_update_deadlines(vault) -> list[OpenDeadline]:
    """The next yearly mentor letter, once there is a last one to start from."""
    if vault is None:  # no vault, no letters (and no database query)
        return []
    last = last_mentor_letter(vault)
    if last is None:
        return []
    school_year = last.fields_data["school_year"]
    due = next_update_due(school_year)
    child = vault.child_first_name() or vault.child_name
    return [
        OpenDeadline(
            title=_("Jaarlijkse brief aan de mentor van %(child)s (schooljaar %(year)s)")
            % {"child": child, "year": next_school_year(school_year)},
            due=due,
            url=reverse("letters:new", args=["mentor_update"]) + "?vorig-jaar=1",
            next_step=_("Schrijf de brief; de tekst van vorig jaar staat er al in."),
            kind="mentor_update",
            key=f"mentor_update:{vault.pk}",
        )
    ]


def prefill_from_last_year(vault) -> dict:
    """Initial form values: last year's entries, with the next school year."""
    last = last_mentor_letter(vault)
    if last is None:
        return {}
    data = last.fields_data
    initial = {"f_school_year": next_school_year(data["school_year"])}
    for name in ("talents", "difficulties", "helps", "does_not_help"):
        values = data.get(name) or []
        initial[f"f_{name}"] = "\n".join(values) if isinstance(values, list) else str(values)
    return initial
