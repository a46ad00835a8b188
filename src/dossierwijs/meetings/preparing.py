"""Preparing a meeting: the meeting itself, who takes part, and the preparation letter.

Each write in one transaction, each written to the journal. Never put names, report text or
the school's words in a journal summary.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from dossierwijs.addressbook.models import OrganisationKind
from dossierwijs.addressbook.services import add_organisation
from dossierwijs.letters.services import produce_letter
from dossierwijs.vault import journal
from dossierwijs.vault.journal_model import Action

from .models import Meeting, OwnReport, Participant
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
        organisation = school_to_write_to(meeting.vault, by, organisation, new_name)
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


def school_to_write_to(vault, by, organisation, new_name: str):
    """The chosen school, or one typed in that is not yet in the address book (added)."""
    if organisation is not None:
        return organisation
    return add_organisation(vault=vault, by=by, name=new_name.strip(), kind=OrganisationKind.SCHOOL)
