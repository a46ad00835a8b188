"""The parents' own report of a meeting: writing it, sending it, the school's reaction, and
the two weeks after which it counts as correct.

Each write in one transaction, each written to the journal. Never put names, report text or
the school's words in a journal summary.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dossierwijs.core.rules.dutch_dates import day_month
from dossierwijs.dossier import api as dossier_api
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import OwnReport, RecordingNote

REPORT_FIELDS = ("attendees", "purpose", "discussed", "agreements", "positions", "follow_up")


class ReactionError(ValueError):
    """The school's reaction could not be read or stored; the message is Dutch."""


def save_own_report(*, report: OwnReport, by, **values) -> OwnReport:
    unknown = set(values) - set(REPORT_FIELDS)
    if unknown:
        raise TypeError(f"unknown report fields: {sorted(unknown)}")
    with transaction.atomic():
        for name, value in values.items():
            setattr(report, name, value)
        report.save(update_fields=list(values))
        journal.record(
            vault=report.vault,
            actor=by,
            action=Action.EDIT,
            obj=report,
            summary="Eigen verslag bijgewerkt",
        )
    return report


def pull_recording_notes(*, report: OwnReport, by) -> int:
    """Put the notes made at moments in the recordings under "wat er besproken is".

    Appended, never replacing what the parent wrote; returns how many notes went in.
    """
    notes = RecordingNote.objects.filter(recording__meeting=report.meeting).order_by(
        "recording__created_at", "at_seconds"
    )
    lines = [f"[{note.moment}] {note.text.strip()}" for note in notes if note.text.strip()]
    if not lines:
        return 0
    with transaction.atomic():
        before = report.discussed.rstrip()
        heading = _("Uit de opname:")
        report.discussed = (before + "\n\n" if before else "") + heading + "\n" + "\n".join(lines)
        report.save(update_fields=["discussed"])
        journal.record(
            vault=report.vault,
            actor=by,
            action=Action.EDIT,
            obj=report,
            summary=_("Notities uit de opname in het eigen verslag gezet"),
        )
    return len(lines)


def mark_report_sent(*, report: OwnReport, by, sent_on: date) -> OwnReport:
    """The parent sent the report: the two weeks to react start the day after ``sent_on``."""
    with transaction.atomic():
        report.sent_on = sent_on
        report.considered_correct_on = None
        report.save(update_fields=["sent_on", "considered_correct_on"])
        journal.record(
            vault=report.vault,
            actor=by,
            action=Action.EDIT,
            obj=report,
            summary="Eigen verslag verstuurd",
        )
    return report


def record_reaction(
    *, report: OwnReport, by, received_on: date, upload: tuple[str, bytes] | None = None
) -> OwnReport:
    """The school reacted: the date, and the reaction itself as a dossier document if given.

    A reaction within the term means the report never counted as correct (if the term had
    been settled before the parent noted it, that is undone). A reaction after the term is
    kept with the report, and the report still counted as correct from the day after the
    term: the status says that school reacted late, the parent decides what to do with it.
    """
    with transaction.atomic():
        # As stored now: the term may have been settled since this object was read.
        report.refresh_from_db(fields=["sent_on", "reaction_on", "considered_correct_on"])
        clause = report.clause()
        in_time = clause is None or received_on <= clause.due
        if not in_time and report.considered_correct_on is None:
            _settle(report)  # the term had passed before this reaction came
        if upload is not None:
            filename, data = upload
            outcome = dossier_api.import_file(
                vault=report.vault, by=by, filename=filename, data=data
            )[0]
            document = outcome.document or outcome.duplicate_of
            if document is None:
                raise ReactionError(" ".join(outcome.errors))
            report.reaction_document = document
        withdrawn = in_time and report.considered_correct_on is not None
        report.reaction_on = received_on
        if in_time:
            report.considered_correct_on = None
        report.save(update_fields=["reaction_on", "considered_correct_on", "reaction_document"])
        if withdrawn:
            summary = _(
                "Reactie op verslag vastgelegd, binnen de termijn: geldt niet meer als juist"
            )
        elif in_time:
            summary = _("Reactie op verslag vastgelegd")
        else:
            summary = _("Reactie op verslag vastgelegd, na de termijn")
        journal.record(
            vault=report.vault, actor=by, action=Action.EDIT, obj=report, summary=summary
        )
    return report


def _settle(report: OwnReport) -> bool:
    """Mark one report as correct from the day after its term, if nobody did so meanwhile.

    The update is conditional, so two callers at once journal it once. Call in a transaction.
    """
    clause = report.clause()
    if clause is None:
        return False
    since = clause.due + timedelta(days=1)
    changed = OwnReport.objects.filter(
        pk=report.pk,
        sent_on=report.sent_on,
        reaction_on__isnull=True,
        considered_correct_on__isnull=True,
    ).update(considered_correct_on=since)
    if not changed:
        return False
    report.considered_correct_on = since
    journal.record(
        vault=report.vault,
        action=Action.EDIT,
        actor_label=_("automatisch"),
        obj=report,
        summary=_(
            "Eigen verslag geldt als juist: de reactietermijn liep tot en met %(due)s en is "
            "voorbij zonder dat er een reactie is vastgelegd"
        )
        % {"due": day_month(clause.due, year=True)},
    )
    return True


def settle_passed_reports(*, today: date, vault=None) -> int:
    """Every sent report whose term passed with no reaction recorded now counts as correct.

    Idempotent: a report is marked (and journaled) once. ``vault=None``: every vault (after
    unlock). Returns how many reports were marked now.
    """
    pending = OwnReport.objects.filter(
        sent_on__isnull=False, reaction_on__isnull=True, considered_correct_on__isnull=True
    ).select_related("vault")
    if vault is not None:
        pending = pending.filter(vault=vault)
    passed = [report for report in pending if report.may_count_as_correct(today)]
    if not passed:
        return 0
    with transaction.atomic():
        return sum(_settle(report) for report in passed)


def settle_after_unlock() -> None:
    """``after_unlock`` hook: reports whose term passed while the vault was locked."""
    settle_passed_reports(today=timezone.localdate())
