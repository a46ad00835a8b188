"""Checking the school's report against the parents' own, and the reply to school about the
differences the parents choose to raise.

Each write in one transaction, each written to the journal. Never put names, report text or
the school's words in a journal summary.
"""

from __future__ import annotations

from django.db import transaction

from dossierwijs.core.letters import Attachment
from dossierwijs.core.meetings import compare_reports
from dossierwijs.letters.services import produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import Meeting, SchoolReportCheck
from .preparing import school_to_write_to


def check_school_report(*, meeting: Meeting, by, school_text: str) -> SchoolReportCheck:
    """Compare the school's report with the parents' own and keep the differences."""
    result = compare_reports(meeting.own_report.as_text(), school_text)
    with transaction.atomic():
        check = SchoolReportCheck.objects.create(
            vault=meeting.vault,
            meeting=meeting,
            school_text=school_text,
            differences=result.to_json()["verschillen"],
        )
        journal.record(
            vault=meeting.vault,
            actor=by,
            action=Action.EDIT,
            obj=check,
            summary=f"Verslag van school vergeleken: {len(check.differences)} verschillen",
        )
    return check


def choose_points(*, check: SchoolReportCheck, by, indexes: list[int]) -> SchoolReportCheck:
    """The differences the parent wants to raise with school."""
    valid = sorted({i for i in indexes if 0 <= i < len(check.differences)})
    with transaction.atomic():
        check.to_raise = valid
        check.save(update_fields=["to_raise"])
        journal.record(
            vault=check.vault,
            actor=by,
            action=Action.EDIT,
            obj=check,
            summary=f"{len(valid)} verschillen gekozen om voor te leggen",
        )
    return check


# How each kind of difference is put to school (the parent's explanation stays with the parent).
POINT_WORDING = {
    "ontbreekt": "Ontbreekt in uw verslag: \u201c{eigen}\u201d",
    "anders": "Uw verslag: \u201c{school}\u201d Afgesproken of gezegd was: \u201c{eigen}\u201d",
    "oordelend": "Oordelend of vaag in uw verslag: \u201c{school}\u201d",
    "extra": "Staat in uw verslag, maar is niet besproken: \u201c{school}\u201d",
}


def reply_points(check: SchoolReportCheck) -> tuple[str, ...]:
    """The chosen differences as the lines of the reply letter."""
    return tuple(
        POINT_WORDING[d["soort"]].format(eigen=d["eigen"], school=d["school"])
        for i, d in enumerate(check.differences)
        if i in check.to_raise
    )


def make_reply(*, check: SchoolReportCheck, by, tone: str, organisation=None, new_name: str = ""):
    """The reply to the school's report (letter engine), with the own report attached as PDF.

    ``new_name``: a school not yet in the address book; it is added there.
    """
    # start-up weight: PDF rendering (fpdf, 0.5 s) only when a reply is made; every unlock
    # imports this module (through meetings.services, for its after_unlock hook).
    from dossierwijs.core.meetings.sending import report_filename, report_pdf

    meeting = check.meeting
    own = Attachment(
        report_filename(meeting.held_on),
        report_pdf(meeting.title, meeting.own_report.as_text(), held_on=meeting.held_on),
        "application/pdf",
    )
    with transaction.atomic():
        organisation = school_to_write_to(check.vault, by, organisation, new_name)
        produced = produce_letter(
            vault=check.vault,
            by=by,
            kind="verslag_reactie",
            tone=tone,
            organisation=organisation,
            fields={
                "meeting_date": meeting.held_on,
                "subject": meeting.title,
                "points": reply_points(check),
                "own_report": own,
            },
        )
        check.reply = produced.letter
        check.save(update_fields=["reply"])
        journal.record(
            vault=check.vault,
            actor=by,
            action=Action.EDIT,
            obj=check,
            summary="Reactie op verslag van school gemaakt",
        )
    return produced
