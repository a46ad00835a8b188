"""What the meeting pages show: the child suggestion, the report's status, the differences."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dossierwijs.contributions import labels_or_deleted
from dossierwijs.core.meetings import child_participation
from dossierwijs.core.rules.dutch_dates import day_month, long_date

from .models import Meeting, OwnReport, Participant, Recording, RecordingNote, SchoolReportCheck

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


def meeting_label(meeting: Meeting) -> str:
    """A meeting as the Logboek names it: "Gesprek over rekenen (12 maart 2026)"."""
    return _("%(title)s (%(date)s)") % {
        "title": meeting.title,
        "date": day_month(meeting.held_on, year=True),
    }


def _participant_label(participant: Participant) -> str:
    who = participant.organisation.name
    if participant.contact is not None:
        who = f"{participant.contact.name} ({who})"
    return _("Deelnemer %(who)s: %(meeting)s") % {
        "who": who,
        "meeting": meeting_label(participant.meeting),
    }


# Per journaled model: what the label needs beside the row (fetched in the same query), the
# label, and what the Logboek says once the row is gone.
_JOURNALED = {
    "meeting": (Meeting, (), meeting_label, gettext_lazy("Gesprek (verwijderd)")),
    "participant": (
        Participant,
        ("meeting", "organisation", "contact"),
        _participant_label,
        gettext_lazy("Deelnemer aan een gesprek (verwijderd)"),
    ),
    "ownreport": (
        OwnReport,
        ("meeting",),
        lambda r: _("Eigen verslag: %(meeting)s") % {"meeting": meeting_label(r.meeting)},
        gettext_lazy("Eigen verslag (verwijderd)"),
    ),
    "schoolreportcheck": (
        SchoolReportCheck,
        ("meeting",),
        lambda c: _("Verslag van school: %(meeting)s") % {"meeting": meeting_label(c.meeting)},
        gettext_lazy("Verslag van school (verwijderd)"),
    ),
    "recording": (
        Recording,
        ("meeting",),
        lambda r: _("Opname: %(meeting)s") % {"meeting": meeting_label(r.meeting)},
        gettext_lazy("Opname (verwijderd)"),
    ),
    "recordingnote": (
        RecordingNote,
        ("recording__meeting",),
        lambda n: (
            _("Notitie bij de opname: %(meeting)s")
            % {"meeting": meeting_label(n.recording.meeting)}
        ),
        gettext_lazy("Notitie bij een opname (verwijderd)"),
    ),
}


def journal_labels(vault, object_type: str, ids: list[str]) -> dict[str, str]:
    """The Logboek names a meeting, and what belongs to it, by its subject and date."""
    if object_type not in _JOURNALED:
        return {}
    model, related, label, deleted = _JOURNALED[object_type]
    rows = model.objects.filter(vault=vault, pk__in=ids)
    if related:  # select_related() without names would follow every foreign key
        rows = rows.select_related(*related)
    return labels_or_deleted(ids, {str(row.pk): label(row) for row in rows}, str(deleted))
