"""Writes for meetings: each in one transaction, each written to the journal.

Never put names, report text or the school's words in a journal summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dossierwijs.addressbook.models import OrganisationKind
from dossierwijs.addressbook.services import add_organisation
from dossierwijs.core.letters import Attachment
from dossierwijs.core.meetings import compare_reports
from dossierwijs.core.rules.dutch_dates import day_month
from dossierwijs.dossier import api as dossier_api
from dossierwijs.letters.services import produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import (
    Meeting,
    OwnReport,
    Participant,
    Recording,
    RecordingNote,
    SchoolReportCheck,
)
from .participants import participant_views

MEETING_FIELDS = (
    "title",
    "held_on",
    "start_time",
    "place",
    "purpose",
    "agenda",
    "child_joins",
    "points",
    "questions",
    "wishes",
)
PARTICIPANT_FIELDS = ("role", "contribution", "will_see")
REPORT_FIELDS = ("attendees", "purpose", "discussed", "agreements", "positions", "follow_up")


def create_meeting(*, vault, by, **values) -> Meeting:
    """A new meeting, with an empty own report that starts from the preparation."""
    unknown = set(values) - set(MEETING_FIELDS)
    if unknown:
        raise TypeError(f"unknown meeting fields: {sorted(unknown)}")
    with transaction.atomic():
        meeting = Meeting.objects.create(vault=vault, **values)
        OwnReport.objects.create(vault=vault, meeting=meeting, purpose=meeting.purpose)
        journal.record(
            vault=vault, actor=by, action=Action.EDIT, obj=meeting, summary="Gesprek aangemaakt"
        )
    return meeting


class ParticipantError(ValueError):
    """A participant that does not fit the address book; the message is Dutch."""


class ReactionError(ValueError):
    """The school's reaction could not be read or stored; the message is Dutch."""


def _check_participant(vault, organisation, contact) -> None:
    if organisation is None or organisation.vault_id != vault.pk:
        raise ParticipantError(_("Kies een organisatie uit het adresboek."))
    if contact is not None and contact.organisation_id != organisation.pk:
        raise ParticipantError(_("Deze persoon werkt niet bij de gekozen organisatie."))


def add_participant(*, meeting: Meeting, by, organisation, contact=None, **values) -> Participant:
    """Someone from the address book takes part: a person at an organisation, or the organisation."""
    unknown = set(values) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    _check_participant(meeting.vault, organisation, contact)
    with transaction.atomic():
        participant = Participant.objects.create(
            vault=meeting.vault,
            meeting=meeting,
            organisation=organisation,
            contact=contact,
            **values,
        )
        journal.record(
            vault=meeting.vault,
            actor=by,
            action=Action.EDIT,
            obj=participant,
            summary="Deelnemer aan gesprek toegevoegd",
        )
    return participant


def change_participant(
    *, participant: Participant, by, organisation, contact=None, **values
) -> Participant:
    unknown = set(values) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    _check_participant(participant.vault, organisation, contact)
    with transaction.atomic():
        participant.organisation = organisation
        participant.contact = contact
        for name, value in values.items():
            setattr(participant, name, value)
        participant.save(update_fields=["organisation", "contact", *values])
        journal.record(
            vault=participant.vault,
            actor=by,
            action=Action.EDIT,
            obj=participant,
            summary="Deelnemer aan gesprek gewijzigd",
        )
    return participant


def remove_participant(*, participant: Participant, by) -> None:
    with transaction.atomic():
        journal.record(
            vault=participant.vault,
            actor=by,
            action=Action.DELETE,
            obj=participant,
            summary="Deelnemer aan gesprek verwijderd",
        )
        participant.delete()


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


def _school(vault, by, organisation, new_name: str):
    """The chosen school, or one typed in that is not yet in the address book (added)."""
    if organisation is not None:
        return organisation
    return add_organisation(vault=vault, by=by, name=new_name.strip(), kind=OrganisationKind.SCHOOL)


def make_reply(*, check: SchoolReportCheck, by, tone: str, organisation=None, new_name: str = ""):
    """The reply to the school's report (letter engine), with the own report attached as PDF.

    ``new_name``: a school not yet in the address book; it is added there.
    """
    # start-up weight: PDF rendering (fpdf, 0.5 s) only when a reply is made; every unlock
    # imports this module for its after_unlock hook.
    from dossierwijs.core.meetings.sending import report_filename, report_pdf

    meeting = check.meeting
    own = Attachment(
        report_filename(meeting.held_on),
        report_pdf(meeting.title, meeting.own_report.as_text(), held_on=meeting.held_on),
        "application/pdf",
    )
    with transaction.atomic():
        organisation = _school(check.vault, by, organisation, new_name)
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


def _participant_name(participant) -> str:
    """``Tom Bakker (De Klimop)``, or the organisation when no person is named."""
    if participant.contact is not None:
        return f"{participant.contact.name} ({participant.organisation.name})"
    return participant.organisation.name


def preparation_fields(meeting: Meeting) -> dict:
    """The preparation letter's input from the meeting: what the parents recorded, no more.

    Each participant: name, role and what they bring. Documents: what their organisation
    already has (the sharing ledger, through ``participant_views``) and what they will see.
    """
    participants, documents = [], []
    for view in participant_views(meeting):
        person = view.participant
        name = _participant_name(person)
        about = ", ".join(
            " ".join(part.split()) for part in (person.role, person.contribution) if part.strip()
        )
        participants.append(f"{name}: {about}" if about else name)
        documents += [f"{name} {fact.text}" for fact in view.holds]
        documents += [f"{name} krijgt te zien: {title}" for title in person.documents_to_see()]
    return {
        "meeting_date": meeting.held_on,
        "meeting_time": meeting.start_time.strftime("%H.%M uur") if meeting.start_time else "",
        "place": meeting.place,
        "subject": meeting.title,
        "purpose": meeting.purpose,
        "agenda": tuple(line for line in meeting.agenda.splitlines() if line.strip()),
        "participants": tuple(participants),
        "documents": tuple(documents),
    }


def make_preparation_letter(
    *, meeting: Meeting, by, tone: str, organisation=None, new_name: str = ""
):
    """The preparation letter to school (letter engine): purpose, agenda, who comes and why,
    the documents they have, and the ask to confirm it before the meeting.

    Kept in the dossier and linked to the meeting. ``new_name``: a school not yet in the
    address book; it is added there.
    """
    with transaction.atomic():
        organisation = _school(meeting.vault, by, organisation, new_name)
        produced = produce_letter(
            vault=meeting.vault,
            by=by,
            kind="gesprek_voorbereiding",
            tone=tone,
            organisation=organisation,
            fields=preparation_fields(meeting),
        )
        meeting.preparation_letter = produced.letter
        meeting.save(update_fields=["preparation_letter"])
        journal.record(
            vault=meeting.vault,
            actor=by,
            action=Action.EDIT,
            obj=meeting,
            summary="Voorbereidingsbrief voor gesprek gemaakt",
        )
    return produced


# Audio formats parents' phones and laptops make, recognised by their first bytes.
AUDIO_TYPES = (
    (b"ID3", 0, "audio/mpeg"),
    (b"\xff\xfb", 0, "audio/mpeg"),
    (b"\xff\xf3", 0, "audio/mpeg"),
    (b"\xff\xf1", 0, "audio/aac"),
    (b"\xff\xf9", 0, "audio/aac"),
    (b"OggS", 0, "audio/ogg"),
    (b"\x1aE\xdf\xa3", 0, "audio/webm"),
    (b"ftyp", 4, "audio/mp4"),
)
MAX_RECORDING_BYTES = 500 * 1024 * 1024


def audio_type(data: bytes) -> str | None:
    """The MIME type of a recording, or None when the bytes are not a known audio format."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    for magic, offset, mime in AUDIO_TYPES:
        if data[offset : offset + len(magic)] == magic:
            return mime
    return None


NOT_AUDIO = gettext_lazy(
    "Dit bestand is geen geluidsopname die wij kennen (mp3, m4a, aac, wav, ogg, opus, webm of mp4)."
)
TOO_LARGE = gettext_lazy("Deze opname is groter dan 500 MB. Deel haar op in kortere stukken.")
SNIFF_BYTES = 12  # enough for every signature in AUDIO_TYPES and WAV


@dataclass(frozen=True)
class StoredRecording:
    file_id: str
    mime_type: str
    size: int


class RecordingSink:
    """Takes a recording as it arrives and keeps it encrypted, never whole in memory.

    The first bytes must be audio and the whole must stay under 500 MB; otherwise
    ``write`` raises ValueError (Dutch) and nothing is kept. ``close`` → StoredRecording.
    """

    def __init__(self):
        self._writer = dossier_api.working_file_writer()
        self._head = b""
        self.mime_type: str | None = None

    def write(self, data: bytes) -> None:
        try:
            if self.mime_type is None:
                self._head += data[:SNIFF_BYTES]
                if len(self._head) >= SNIFF_BYTES:
                    self.mime_type = audio_type(self._head)
                    if self.mime_type is None:
                        raise ValueError(NOT_AUDIO)
            if self._writer.size + len(data) > MAX_RECORDING_BYTES:
                raise ValueError(TOO_LARGE)
            self._writer.write(data)
        except BaseException:
            self._writer.abort()
            raise

    def close(self) -> StoredRecording:
        if self.mime_type is None:  # shorter than the signatures
            self.mime_type = audio_type(self._head)
        if self.mime_type is None:
            self._writer.abort()
            raise ValueError(NOT_AUDIO)
        file_id, _new = self._writer.close()
        return StoredRecording(file_id, self.mime_type, self._writer.size)

    def abort(self) -> None:
        self._writer.abort()


def add_stored_recording(
    *, meeting: Meeting, by, filename: str, stored: StoredRecording
) -> Recording:
    """Record a recording that a RecordingSink already keeps encrypted."""
    with transaction.atomic():
        recording = Recording.objects.create(
            vault=meeting.vault,
            meeting=meeting,
            filename=filename[:255],
            mime_type=stored.mime_type,
            size=stored.size,
            file_id=stored.file_id,
        )
        journal.record(
            vault=meeting.vault,
            actor=by,
            action=Action.UPLOAD,
            obj=recording,
            summary="Opname van gesprek toegevoegd",
        )
    return recording


def discard_unclaimed_recording(stored: StoredRecording) -> None:
    """Remove an uploaded recording no Recording took (the upload was refused).

    Identical bytes share one encrypted file, so a file a kept recording uses stays.
    """
    still_used = Recording.objects.filter(file_id=stored.file_id).exists()
    dossier_api.forget_working_file(stored.file_id, still_used=still_used)


def add_recording(*, meeting: Meeting, by, filename: str, data: bytes) -> Recording:
    """Keep a recording of ``meeting`` encrypted; raises ValueError (Dutch) if it is not audio."""
    sink = RecordingSink()
    sink.write(data)
    return add_stored_recording(meeting=meeting, by=by, filename=filename, stored=sink.close())


def add_recording_note(*, recording: Recording, by, at_seconds: int, text: str) -> RecordingNote:
    with transaction.atomic():
        note = RecordingNote.objects.create(
            vault=recording.vault, recording=recording, at_seconds=at_seconds, text=text
        )
        journal.record(
            vault=recording.vault,
            actor=by,
            action=Action.EDIT,
            obj=note,
            summary="Notitie bij opname",
        )
    return note
