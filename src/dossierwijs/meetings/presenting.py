"""What the meeting pages show: the child suggestion, the report's status, the differences."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from dossierwijs.core.meetings import child_participation
from dossierwijs.core.rules.dutch_dates import long_date

from .models import OwnReport

KIND_LABELS = {
    "ontbreekt": _("Ontbreekt bij school"),
    "anders": _("Anders weergegeven"),
    "oordelend": _("Oordelend of vaag"),
    "extra": _("Niet besproken"),
}


def child_suggestion(vault, on: date):
    """The age-aware suggestion whether the child joins, or None without a birth date."""
    born = getattr(vault, "child_birth_date", None)
    if born is None or on < born:
        return None
    return child_participation(born, on)


def report_status(report: OwnReport, today: date) -> dict:
    """Where the own report stands, in plain Dutch, with the reaction date if sent."""
    clause = report.clause()
    if clause is None:
        return {"state": "concept", "text": _("Nog niet verstuurd."), "clause": None}
    due = long_date(clause.due)
    if report.reaction_on and report.considered_correct_on:
        text = _(
            "Verstuurd op %(sent)s. Er kwam geen reactie tot en met %(due)s, dus het verslag "
            "geldt sinds %(since)s als juist. School reageerde later, op %(on)s: na de "
            "termijn. Lees de reactie en kijk of u er iets mee wilt doen."
        ) % {
            "sent": long_date(report.sent_on),
            "due": due,
            "since": long_date(report.considered_correct_on),
            "on": long_date(report.reaction_on),
        }
        state = "reactie_na_termijn"
    elif report.reaction_on:
        text = _("Verstuurd op %(sent)s. School reageerde op %(on)s.") % {
            "sent": long_date(report.sent_on),
            "on": long_date(report.reaction_on),
        }
        state = "reactie"
    elif report.considered_correct_on:
        text = _(
            "Verstuurd op %(sent)s. Er kwam geen reactie tot en met %(due)s, dus het verslag "
            "geldt sinds %(since)s als juist. Dit staat in het logboek."
        ) % {
            "sent": long_date(report.sent_on),
            "due": due,
            "since": long_date(report.considered_correct_on),
        }
        state = "juist"
    elif report.may_count_as_correct(today):
        text = _("De termijn is voorbij (%(due)s) zonder reactie.") % {"due": due}
        state = "voorbij"
    else:
        text = _("Verstuurd op %(sent)s. School kan reageren tot en met %(due)s.") % {
            "sent": long_date(report.sent_on),
            "due": due,
        }
        state = "wacht"
    return {"state": state, "text": text, "clause": clause}


def differences(check) -> list[dict]:
    return [
        {
            **item,
            "index": i,
            "label": KIND_LABELS.get(item["soort"], item["soort"]),
            "chosen": i in check.to_raise,
        }
        for i, item in enumerate(check.differences)
    ]
